import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIGITS, findNumbers, FRACTION_NEEDS, FRACTION_WORDS, nextDigits, VAGUE_NEEDS, VAGUE_WORDS } from '../../../src/extract/numbers.js';

// findNumbers scans a sentence with the long expressions of vague amounts and fractions only when a
// cheap test finds what every match of them holds. The cheap test may let through a sentence the
// expression then finds nothing in, but must never turn away one it would match: a share or a
// "tens of thousands" lost is a figure missed.
const PIECES = [
  'one', 'One', 'ONE', 'two', 'three', 'nine', 'ten', 'a', 'A', '1', '3', '9', '10', '73', 'in', 'In', 'out of', 'every', 'child', 'person',
  'woman', 'household', 'people', 'children', 'refugees', 'villages', 'half', 'Half', 'third', 'thirds', 'quarter', 'quarters', 'fifth',
  'tenth', 'of', 'the', 'were', 'are', 'have', 'funded', 'appeal', 'plan', 'it', 'is', 'several', 'a few', 'hundred', 'hundreds', 'Hundreds',
  'thousand', 'thousands', 'tens of thousands', 'tens-of-thousands', 'dozens', 'millions', 'billions', 'lakhs', 'displaced', 'killed', 'forcing',
  'to flee', 'by the', 'died', 'ſeveral', 'HALF', 'Kessa', '(', ')', ',', '.', '-', '%', '2,400', 'million', 'a million',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '-', '\u00a0', ''];
const sentence = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.exec(s) !== null;
  re.lastIndex = 0;
  return found;
}

describe('the tests before the scans of vague amounts and fractions never hide a match', () => {
  it('finds what every fraction holds in each sentence the fraction expression matches', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (matches(FRACTION_WORDS, s)) expect(FRACTION_NEEDS.test(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it('finds what every vague amount holds in each sentence the vague expression matches', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (matches(VAGUE_WORDS, s)) expect(VAGUE_NEEDS.test(s), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it('lets through one sentence of each form the expressions read', () => {
    const fractions = [
      'one in three children are out of school', 'one out of five people', 'Two in 10 households', '3 out of 4 people', '9 in 10 families',
      '1 in every 5 children', 'One in 73 people', 'one child in every five is out of school', 'a seventh of the people', 'two thirds of the people',
      'Half of the people', 'the appeal is half funded', 'a quarter (about 20) have already left',
    ];
    for (const s of fractions) {
      expect(matches(FRACTION_WORDS, s), s).toBe(true);
      expect(FRACTION_NEEDS.test(s), s).toBe(true);
    }
    const vague = ['several hundred people fled', 'a few thousand families', 'tens of thousands of people', 'hundreds were killed', 'displacing thousands in the north', 'forcing millions to flee', 'died by the hundreds', 'lakhs of people'];
    for (const s of vague) {
      expect(matches(VAGUE_WORDS, s), s).toBe(true);
      expect(VAGUE_NEEDS.test(s), s).toBe(true);
    }
  });
});

describe('the scan of numbers in digits, tried at digits only, finds what a scan at every position finds', () => {
  // every reading of digits starts with one, so the sticky expression tried at each digit finds the same numbers
  const piece = fc.constantFrom('12', '2,400', '1.5', '3.000', '80 418', '1,23,456', '½', 'US$', 'USD', 'SFr', 'Rs.', 'KSh', 'approx.', 'a', 'A', 'people', ':', '/', ',', '.', '-', ' ', '\n', 'Ostra:', 'households/', '2024', '7½', 'é', '٣', '😀');
  const text = fc.array(piece, { minLength: 1, maxLength: 20 }).map((p) => p.join(''));
  it('gives the same matches at the same places', () => {
    const global = new RegExp(DIGITS.source, 'gu');
    fc.assert(
      fc.property(text, (t) => {
        const everywhere = [...t.matchAll(global)].map((m) => [m.index, m[0]]);
        const atDigits: [number, string][] = [];
        DIGITS.lastIndex = 0;
        for (let m = nextDigits(t); m; m = nextDigits(t)) atDigits.push([m.index, m[0]]);
        expect(atDigits, JSON.stringify(t)).toEqual(everywhere);
      }),
      { numRuns: 5000 },
    );
  });
  it('reads the numbers of a sentence', () => {
    const t = 'In Ostra:2,400 people, US$1.5 million and 80 418 households/12 sites';
    expect(findNumbers(t, 0, t.length, { european: false, evidence: undefined }, []).tokens.map((k) => k.value)).toEqual([2400, 1500000, 80418, 12]);
  });
});
