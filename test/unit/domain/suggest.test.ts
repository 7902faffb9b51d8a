/** "Did you mean": the closest candidates by edit distance, and those that contain what was typed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/domain/suggest.js';

/** The plain definition suggest() must agree with: full edit distances, no early exit. */
function reference(typed: string, candidates: string[], max = 3): string[] {
  const needle = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(typed.length / 3));
  const scored = candidates
    .map((c) => [c, c.toLowerCase().includes(needle) && needle.length >= 3 ? 0.5 : editDistance(needle, c.toLowerCase())] as const)
    .filter(([, d]) => d <= limit);
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0], 'en'));
  return scored.slice(0, max).map(([c]) => c);
}

describe('suggest', () => {
  it('finds near misses and prefixes', () => {
    expect(suggest('residnets', ['residents', 'appeal-amount', 'displaced-population'])).toEqual(['residents']);
    expect(suggest('appeal', ['appeal-amount', 'residents'])).toEqual(['appeal-amount']);
    expect(suggest('zzzzzz', ['residents'])).toEqual([]);
  });

  it('agrees with the plain definition on any strings (its early exit changes nothing)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'D', '1'), maxLength: 14 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 25 }), (typed, candidates) => {
        expect(suggest(typed, candidates)).toEqual(reference(typed, candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
