/**
 * Numbers as people say them, for `--human` in tables and plain text: 2,800,000 is "2.8 million",
 * 85,670,595 "85.7 million", 1,250,000,000 "1.25 billion"; below a million the grouped digits
 * stay ("120,000"). Never used for JSON, CSV, TSV or HXL, which keep the exact value.
 */
import { formatNumber } from './format-number.js';

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** The significant digits a scaled number keeps. */
const DIGITS = 3;

/** A value in words of scale: "2.8 million"; below a million, grouped digits. */
export function humanNumber(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  // round first, so that 999,999,999 becomes "1 billion", not "1,000 million"
  const rounded = humanRounded(value);
  if (Math.abs(value) < 1e6) return formatNumber(rounded);
  for (const [size, word] of SCALES) {
    if (Math.abs(rounded) >= size) return `${formatNumber(Number((rounded / size).toPrecision(DIGITS)))} ${word}`;
  }
  return formatNumber(value);
}

/**
 * The number humanNumber says: from a million up, three significant digits; below, a whole number as it is
 * and a fraction with three significant digits and at least one decimal (a model's 0.40026249203107533 people
 * is 0.4, 1,234.5678 is 1,234.6).
 */
function humanRounded(value: number): number {
  if (Math.abs(value) >= 1e6) return Number(value.toPrecision(DIGITS));
  if (Number.isInteger(value)) return value;
  return Number(value.toPrecision(Math.max(DIGITS, Math.floor(Math.log10(Math.abs(value))) + 2)));
}

/** Whether humanNumber shows the value exactly (2,800,000 is; 3,613,244 is not; nor 0.40026). */
export function humanIsExact(value: number): boolean {
  return humanRounded(value) === value;
}

/** A range in words of scale, the scale said once when both ends share it: "2.75–2.85 million". */
export function humanSpan(low: number, high: number): string {
  const [a, b] = [humanNumber(low), humanNumber(high)];
  const word = (t: string) => / ([a-z]+)$/.exec(t)?.[1];
  const scale = word(a);
  return scale !== undefined && scale === word(b) ? `${a.slice(0, -scale.length - 1)}–${b}` : `${a}–${b}`;
}
