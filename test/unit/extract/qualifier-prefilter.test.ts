import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANY_QUALIFIER, mayEndWithQualifier } from '../../../src/extract/extract.js';

// The cheap test before the qualifier expression may let through a lead the expression then
// rejects, but must never turn away one it would match: a hedge lost is a figure made exact.
const WORDS = [
  'more than', 'MORE THAN', 'over', 'Over', 'about', 'approx.', 'app.', 'c.', '~', 'an estimated', 'estimated at', 'at least',
  'no fewer than', 'up to', 'as many as', 'a maximum of', 'below', 'topped', 'stopped', 'cover', 'than', 'of', 'at', 'to',
  'people', 'some', 'awesome', 'éabout', 'ſome', 'ABOUT', 'Kessa', 'US$', '(', ',', '2024', '—', 'et', 'plus de',
];
const SPACES = [' ', '  ', '\n', '\u00a0', '\t', '\u2003', ''];

describe('mayEndWithQualifier: a prefilter that never hides a qualifier', () => {
  it('is true for every lead the qualifier expression matches', () => {
    const lead = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { minLength: 0, maxLength: 6 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(lead, (l) => {
        if (ANY_QUALIFIER.test(l)) expect(mayEndWithQualifier(l), JSON.stringify(l)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('turns away leads that end in a word no qualifier ends with', () => {
    expect(mayEndWithQualifier('displaced in Kessa ')).toBe(false);
    expect(mayEndWithQualifier('roughly ')).toBe(true);
    expect(mayEndWithQualifier('ſome ')).toBe(true); // a letter outside ASCII: the expression decides
  });
});
