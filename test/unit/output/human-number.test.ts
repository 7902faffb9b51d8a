/** --human numbers: "2.8 million" for people, "120,000" stays, the exact value never lost. */
import { describe, expect, it } from 'vitest';
import { humanIsExact, humanNumber, humanSpan } from '../../../src/output/human-number.js';
import { formatQuantity } from '../../../src/output/format-quantity.js';

describe('humanNumber', () => {
  it.each([
    [2_800_000, '2.8 million'],
    [85_670_595, '85.7 million'],
    [1_000_000, '1 million'],
    [999_999, '999,999'],
    [120_000, '120,000'],
    [35_000, '35,000'],
    [0.25, '0.25'],
    // (a model's fraction keeps three significant digits, a larger one its whole digits and a decimal: round 37)
    [0.40026249203107533, '0.4'],
    [12.3456, '12.3'],
    [1234.5678, '1,234.6'],
    [999_999_999, '1 billion'],
    [1_250_000_000, '1.25 billion'],
    [3_400_000_000_000, '3.4 trillion'],
    [-2_800_000, '-2.8 million'],
  ])('%d is "%s"', (value, text) => {
    expect(humanNumber(value)).toBe(text);
  });

  it('says whether the words keep the exact value', () => {
    expect(humanIsExact(2_800_000)).toBe(true);
    expect(humanIsExact(120_000)).toBe(true);
    expect(humanIsExact(85_670_595)).toBe(false);
    expect(humanIsExact(0.25)).toBe(true);
    expect(humanIsExact(0.40026249203107533)).toBe(false);
  });

  it('says the scale of a range once when both ends share it', () => {
    expect(humanSpan(2_750_000, 2_850_000)).toBe('2.75–2.85 million');
    expect(humanSpan(950_000, 1_050_000)).toBe('950,000–1.05 million');
  });

  it('formatQuantity keeps sign, unit and range, and is unchanged without human', () => {
    const q = { value: 2_800_000, unit: 'person', qualifier: 'approximately' as const, low: 2_750_000, high: 2_850_000 };
    expect(formatQuantity(q, true)).toBe('≈2.8 million people (2.75–2.85 million)');
    expect(formatQuantity(q)).toBe('≈2,800,000 people (2,750,000–2,850,000)');
    expect(formatQuantity({ value: 2000000, unit: 'person', qualifier: 'range', low: 2000000, high: 3000000 }, true)).toBe('2–3 million people');
  });
});
