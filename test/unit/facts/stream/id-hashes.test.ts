/** The pieces of the large-file reader that are pure functions of their input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53, repeatedIn, sortHashes } from '../../../../src/facts/stream/id-hashes.js';

describe('sortHashes', () => {
  const hash = fc.oneof(fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 48, 2 ** 53 - 1), fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 70_000 }));

  it('sorts as Float64Array.prototype.sort does, repeats and all, in place', () => {
    fc.assert(
      fc.property(fc.array(hash, { minLength: 1000, maxLength: 3000 }), (values) => {
        const a = Float64Array.from(values);
        const expected = Float64Array.from(values).sort();
        expect(sortHashes(a)).toBe(a);
        expect(a).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('sorts the hashes of real ids, and merging finds the one repeated', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `figure-${i}`);
    const a = sortHashes(Float64Array.from([...ids, 'figure-17'].map(hash53)));
    for (let i = 1; i < a.length; i++) expect(a[i - 1]).toBeLessThanOrEqual(a[i]!);
    expect([...repeatedIn(a)]).toEqual([hash53('figure-17')]);
  });
});
