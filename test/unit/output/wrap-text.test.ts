import { describe, expect, it } from 'vitest';
import { cellLimits, wrapText } from '../../../src/output/wrap-text.js';
import { textWidth } from '../../../src/output/text-width.js';

describe('wrapText', () => {
  it.each([
    ['fits as it is', 'Armenia', 10, ['Armenia']],
    ['exactly the width', 'abcde', 5, ['abcde']],
    ['cuts at spaces', 'Residents of Nagorno-Karabakh before the exodus', 20, ['Residents of', 'Nagorno-Karabakh', 'before the exodus']],
    ['keeps a number with its unit', '≈120,000 people (115,000–125,000)', 17, ['≈120,000 people', '(115,000–125,000)']],
    ['keeps a scaled number with its unit', 'about 2.8 million people live there', 20, ['about', '2.8 million people', 'live there']],
    ['keeps an amount with its currency', 'appeal of 20,000,000 CHF', 15, ['appeal of', '20,000,000 CHF']],
    ['cuts a long word after a hyphen', 'displaced-population', 12, ['displaced-', 'population']],
    ['cuts an id before its date, not inside it', 'article-2023-10-01', 14, ['article-2023-', '10-01']],
    ['cuts a word with no hyphen between letters', 'accommodation', 5, ['accom', 'modat', 'ion']],
    ['moves a run of digits whole to the next line', 'ab12345', 4, ['ab', '1234', '5']],
    ['keeps explicit newlines', 'first line\nsecond', 20, ['first line', 'second']],
    ['keeps an empty line', 'a\n\nb', 5, ['a', '', 'b']],
    // calc's inputs are indented under its result: wrapping keeps them (and what they wrap to) indented
    ['keeps the indent of a line on every line it wraps to', 'result\n  input: from the source', 14, ['result', '  input: from', '  the source']],
    ['cuts a number only when it alone is wider than the line', '1234567890', 4, ['1234', '5678', '90']],
    ['counts wide characters as two columns', '漢字漢字', 4, ['漢字', '漢字']],
    ['never cuts inside an emoji sequence (two columns)', 'ab👨‍👩‍👧cd', 3, ['ab', '👨‍👩‍👧c', 'd']],
  ])('%s', (_, text, width, lines) => {
    const out = wrapText(text, width);
    expect(out).toEqual(lines);
    for (const line of out) expect(textWidth(line)).toBeLessThanOrEqual(Math.max(width, 2));
  });

  it('loses no character but the spaces it cuts at', () => {
    const text = 'People who fled Nagorno-Karabakh, ≈120,000 people (110,000–125,000), on 2023-10-01';
    for (let width = 1; width <= text.length; width++) {
      expect(wrapText(text, width).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});

describe('cellLimits', () => {
  it.each([
    ['≈120,000 people (115,000–125,000)', { numeric: 17, word: 0, prose: true }],
    ['displaced-population', { numeric: 0, word: 20, prose: false }],
    ['20,000,000 CHF', { numeric: 14, word: 0, prose: false }],
    ['Population of Armenia\n2023', { numeric: 4, word: 10, prose: true }],
    ['', { numeric: 0, word: 0, prose: false }],
  ])('%j', (text, limits) => {
    expect(cellLimits(text)).toEqual(limits);
  });
});
