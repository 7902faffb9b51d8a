import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, impliedBounds, roundingHalfWidth } from '../../../src/domain/qualifier.js';

describe('roundingHalfWidth: half the step the number was rounded to', () => {
  it.each([
    [120000, 5000],
    [2800000, 50000],
    [35000, 500],
    [12500, 50],
    [3, 0.5],
    [1, 0.5],
    [100000, 10000], // one significant digit: capped at 10%
    [20000000, 2000000],
    [2.5, 0.05],
    [0, 0],
  ])('%d -> %d', (value, half) => {
    expect(roundingHalfWidth(value)).toBeCloseTo(half, 10);
  });
});

describe('impliedBounds', () => {
  it.each([
    ['exact', 35000, 35000, 35000],
    ['approximately', 120000, 115000, 125000],
    ['nearly', 120000, 110000, 120000],
    ['more-than', 300, 300, null],
    ['at-least', 300, 300, null],
    ['fewer-than', 50, 0, 50],
    ['up-to', 20000, 0, 20000],
  ] as const)('%s %d -> [%d, %s]', (qualifier, value, low, high) => {
    expect(impliedBounds(value, qualifier)).toEqual({ low, high });
  });

  it('always contains the value, for every qualifier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUALIFIERS), fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true })), (q, v) => {
        const { low, high } = impliedBounds(v, q);
        expect(low).toBeLessThanOrEqual(v);
        if (high !== null) expect(high).toBeGreaterThanOrEqual(v);
        expect(low).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
