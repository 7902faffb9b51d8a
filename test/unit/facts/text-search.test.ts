/** QuoteSearch answers as String.includes does, before and after it indexes its text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuoteSearch } from '../../../src/facts/text-search.js';

const SEED = 20261206;

describe('QuoteSearch', () => {
  it('finds every substring and refuses what is not there, once indexed (fixed seed, printed on failure)', () => {
    // a small alphabet makes runs of six characters repeat, as a report's phrases do
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', ','), minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', ',', 'c'), maxLength: 12 })), { minLength: 1, maxLength: 30 }), (body, probes) => {
        // every position indexed, and (as a long text is) every third or seventh
        for (const maxIndexed of [Number.POSITIVE_INFINITY, Math.ceil(body.length / 3), Math.ceil(body.length / 7)]) {
          const search = new QuoteSearch(body, { smallText: 0, readsBeforeIndex: 0, maxIndexed: Math.max(1, maxIndexed) });
          for (const [start, length, other] of probes) {
            const from = body.length === 0 ? 0 : start % body.length;
            for (const quote of [body.slice(from, from + length), other, body.slice(from, from + length) + other]) {
              expect(search.includes(quote), JSON.stringify(quote)).toBe(body.includes(quote));
            }
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('indexes a long text only after many whole readings, and answers the same before and after', () => {
    const body = Array.from({ length: 4000 }, (_, i) => `In the district, the report says ${i} people were displaced.`).join('\n');
    const search = new QuoteSearch(body);
    const quotes = Array.from({ length: 40 }, (_, i) => `report says ${i * 97} people`);
    for (const q of quotes.slice(0, 10)) expect(search.includes(q)).toBe(true);
    expect(search.isIndexed).toBe(false);
    for (const q of quotes.slice(10)) expect(search.includes(q)).toBe(true);
    expect(search.isIndexed).toBe(true);
    expect(search.includes('report says 4000 people')).toBe(false);
    expect(search.includes('the report says 3999 people were displaced.')).toBe(true);
    // a short text is never indexed
    const small = new QuoteSearch('a short text');
    for (let i = 0; i < 100; i++) small.includes('short');
    expect(small.isIndexed).toBe(false);
  });
});
