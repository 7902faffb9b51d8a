/**
 * Exact decimal arithmetic for money and quantities. Every number a user or a file gives us is
 * read from its text straight into a Decimal: no value passes through a JavaScript float.
 */

import DecimalImport from 'decimal.js';
import type { Decimal } from 'decimal.js';
import { UsageError } from '../errors.js';
import { currencyDecimals } from '../domain/currency.js';

/**
 * decimal.js ships CommonJS types but an ESM build whose default export is the class itself,
 * so TypeScript (NodeNext) and Node disagree about what the default import is; take the class
 * from wherever it is.
 */
const DecimalClass: typeof Decimal =
  (DecimalImport as unknown as { default?: typeof Decimal }).default ?? (DecimalImport as unknown as typeof Decimal);

/**
 * The project's Decimal: 40 significant digits (far beyond any published rate, which has at most
 * 6 or 7, and any amount we meet, so products stay exact and only divisions round), rounding half
 * to even, and exponents kept out of printed strings for any value we can meet.
 */
export const Dec = DecimalClass.clone({
  precision: 40,
  rounding: DecimalClass.ROUND_HALF_EVEN,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** A value of the project's Decimal (same shape as decimal.js's own type). */
export type Dec = Decimal;

/** Significant digits kept by every computation here (see `Dec`). */
export const PRECISION = 40;

const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const UNDERSCORED = /^[+-]?\d+(_\d+)*(\.\d+(_\d+)*)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EXPONENT = /^[+-]?\d+(\.\d+)?[eE][+-]?\d{1,4}$/;

/** What parseDecimal accepts, for error messages. */
export const DECIMAL_FORMS = 'digits with an optional fraction after a point: 20000000, 20_000_000, 20,000,000, 2.8e6 or 0.25';

/** The plain decimal text of a number: no exponent, no grouping, no trailing fraction zeros. */
export function toPlain(value: Decimal): string {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}

/** The number in a text, as a Decimal, or undefined when it is not one of the accepted forms. */
export function tryDecimal(text: string): Decimal | undefined {
  const t = text.trim();
  if (PLAIN.test(t) || EXPONENT.test(t)) return new Dec(t);
  if (UNDERSCORED.test(t)) return new Dec(t.replace(/_/g, ''));
  if (GROUPED.test(t)) return new Dec(t.replace(/,/g, ''));
  return undefined;
}

/**
 * Reads a number written as 20000000, 20_000_000, 20,000,000 (groups of exactly three) or
 * 2.8e6 and returns its plain decimal text ("20000000", "2800000"); a UsageError otherwise.
 */
export function parseDecimal(text: string, what = 'number'): string {
  const value = tryDecimal(text);
  if (value === undefined) throw badNumber(text, what);
  return toPlain(value);
}

/** Scale words and suffixes, lower case, with the power of ten each stands for. */
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 3], ['k', 3],
  ['lakh', 5], // South Asian usage, common in figures from India, Pakistan, Bangladesh: 100,000
  ['million', 6], ['m', 6], ['mn', 6], ['mio', 6],
  ['crore', 7], // 10,000,000, also South Asian
  ['billion', 9], ['bn', 9], ['b', 9], // short scale: 10^9, as in English-language reporting
  ['trillion', 12], // no 'tn': it reads as tonnes
];

const QUANTITY = /^(.*?\d)\s*([a-z]+)$/i;

/**
 * Reads a quantity that may carry a scale word or suffix ("2.8 million", "1.5 billion",
 * "35 thousand", "20m", "2.8M", "3bn", "35k") and returns its exact plain decimal text.
 * Billion is the short scale (10^9). A UsageError names the accepted forms otherwise.
 */
export function parseQuantity(text: string, what = 'quantity'): string {
  const t = text.trim();
  const plain = tryDecimal(t);
  if (plain !== undefined) return toPlain(plain);
  const m = QUANTITY.exec(t);
  if (m) {
    const scale = SCALES.find(([word]) => word === m[2]!.toLowerCase());
    const number = tryDecimal(m[1]!);
    if (scale && number !== undefined) return toPlain(number.times(new Dec(10).pow(scale[1])));
  }
  throw badNumber(text, what, true);
}

/** The UsageError for text that is not a number we accept. */
function badNumber(text: string, what: string, scaled = false): UsageError {
  const hints = [`write ${DECIMAL_FORMS}`];
  if (scaled) hints.push("a scale may follow: '2.8 million', '35 thousand', '1.5 billion', '20m', '35k', '3bn'");
  if (/^\d+,\d{1,2}$/.test(text.trim())) hints.push("use '.' for a decimal fraction, not ','");
  return new UsageError(`'${text}' is not a valid ${what}`, hints);
}

/** The Decimal of a string known to be a valid decimal (a parsed value or a validated file's). */
export function dec(text: string | Decimal): Decimal {
  return new Dec(text);
}

/**
 * An exact amount rounded half to even to the currency's minor unit (JPY 0 decimals, KWD 3,
 * most 2), as plain text with exactly that many decimals ("21913331.26", "100.00", "158").
 */
export function roundToMinor(exact: Decimal, currency: string): string {
  return roundToDecimals(exact, currencyDecimals(currency));
}

/** A value rounded half to even to a fixed number of decimals, without a "-0". */
export function roundToDecimals(value: Decimal, decimals: number): string {
  const text = new Dec(value).toFixed(decimals, DecimalClass.ROUND_HALF_EVEN);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A rate for display with `sig` significant digits, half to even, without trailing zeros:
 * 1.0956665632433550...  -> "1.0956666". Never uses exponent notation.
 */
export function formatRate(value: string | Decimal, sig = 8): string {
  return toPlain(new Dec(value).toSignificantDigits(sig, DecimalClass.ROUND_HALF_EVEN));
}
