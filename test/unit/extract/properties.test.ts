/**
 * Properties of the extractor on generated texts: it never throws, its draft always validates
 * against the text, every quote is a verbatim piece of the text holding its number, and hostile
 * inputs (long runs that could make a regular expression backtrack) stay fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/extract.js';
import { normaliseForQuote } from '../../../src/facts/check-facts.js';
import { quoteHasNumber } from '../../../src/facts/number-forms.js';
import { draftIssues, SOURCE_FILE } from './helpers.js';

/** Pieces of situation-report prose; generated texts are random sequences of them. */
const PIECES = [
  'Some', 'about', 'nearly all of', 'more than', 'at least', 'up to', 'fewer than', 'an estimated', 'over',
  '120,000', '35.000', '1.200.000', '2,5', '2.8 million', '20m', '1.5bn', '45%', '12.5', '2023', '6-59', '10:30',
  'one-day', 'three', 'twenty-five', 'a dozen', 'a hundred',
  'people', 'residents', 'refugees', 'households', 'families', 'children', 'decades', 'days', 'km', 'tonnes', 'tons',
  '$', 'US$', '€', '£', 'CHF', 'Swiss Francs', 'euros', 'drams', 'USD', '(', ')', ', or',
  'fled', 'were displaced', 'are currently in temporary accommodations', 'appeal for', 'were killed', 'funded',
  'in', 'into', 'the region', 'the enclave', 'the country', "Kessa's", 'Lower Tavarra province', 'Armenia', 'Port Ostrel',
  'on Sunday', '28 September', 'September 28, 2023', '2023-09-28', 'since', 'per cent',
  ',', '.', ';', ':', ' - ', '\n', '\n\n', 'LENA VOSS / AFP', 'date 2024-05-20',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));

describe('extractFigures properties', () => {
  it('always drafts a valid document whose quotes are verbatim and hold their numbers', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('2023-10-01', '2024-02-29', '2025-01-01'), { nil: undefined }), (t, published) => {
        const r = extractFigures(t, { published, sourceFile: SOURCE_FILE });
        expect(draftIssues(r, t)).toEqual([]);
        const body = normaliseForQuote(t);
        for (const c of r.candidates) {
          expect(body).toContain(c.quote);
          expect(quoteHasNumber(c.quote, c.value)).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          for (const s of c.stated) expect(body).toContain(s.quote);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(extractFigures(t, { published: '2024-05-20' })).toEqual(extractFigures(t, { published: '2024-05-20' }));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a long run of capitalised words after "nearly all of"', `Nearly all of ${'Upper Besk '.repeat(3000)}120,000 residents fled.`],
    ['a long capitalised line without a slash', `${'ANA KOVAC '.repeat(5000)}said 300 people fled.`],
    ['a long run of digits and commas', `${'1,2'.repeat(20000)} people`],
    ['one very long line of prose', 'Some 2,000 people fled Pell on Monday, '.repeat(8000)],
    ['many dots', `${'. '.repeat(50000)}500 people`],
    // (a lookbehind over a run of spaces once took 35 s on this: "killed" then 100,000 spaces)
    ['a long run of spaces after a verb of casualty', `killed${' '.repeat(100000)}thousands of people; over${' '.repeat(50000)}hundred fled`],
  ])('drafts a valid file from %s (its time is a row of npm run bench, not a test)', (_what, hostile) => {
    const r = extractFigures(hostile, { published: '2024-05-20', sourceFile: SOURCE_FILE });
    expect(draftIssues(r, hostile)).toEqual([]);
  });
});
