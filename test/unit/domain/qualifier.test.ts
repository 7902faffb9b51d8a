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

describe('ranges of decimal values carry no binary floating-point noise', () => {
  it.each([
    [2.8, 2.75, 2.85],
    [1.1, 1.05, 1.15],
    [0.7, 0.65, 0.75],
    [12.3, 12.25, 12.35],
    [4.35, 4.345, 4.355],
  ])('approximately %d is %d to %d exactly', (value, low, high) => {
    expect(impliedBounds(value, 'approximately')).toEqual({ low, high });
  });
});
