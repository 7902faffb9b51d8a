/**
 * The text of a rate, as every rates format writes it (the ECB's files, its Data Portal CSV, a
 * dated table, humfig's rates file): checked here once, without decimal.js, which the start of a
 * call that only reads a rates file does not need.
 */
import { clipInput } from '../errors.js';

/**
 * A rate as every rates format writes it: a positive decimal without sign, exponent or grouping,
 * of at most 15 digits before the point and 15 after it. No rate table comes near (the ECB's have
 * 4 to 6 significant digits; the largest rates, of the rial or the dong to the euro, have 5 or 6
 * whole digits), and a rate of 100,000 digits had made each conversion with it take seconds.
 */
const RATE_TEXT = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
export const RATE_ALLOWED = 'expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after)';

/** What is said of a cell that is no rate: the cell as written (clipped), and what is allowed. */
export function notARate(text: string): string {
  return `'${clipInput(text)}' is not a rate; ${RATE_ALLOWED}`;
}

/** Whether a text is a rate we accept (RATE_TEXT, and not zero). */
export function isRateText(text: string): boolean {
  return RATE_TEXT.test(text) && /[1-9]/.test(text);
}

/**
 * A rate as humfig's rates file stores it: as RATE_TEXT, with six more decimals, those of a rate
 * quoted per up to 1,000,000 units of the base (--per) and stored per 1, divided exactly.
 */
const STORED_RATE_TEXT = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,21})?$/;
export const STORED_RATE_ALLOWED = 'no sign, exponent or grouping; at most 15 digits before the point and 21 after';

/** Whether a text is a rate a rates file may hold (STORED_RATE_TEXT, and not zero). */
export function isStoredRateText(text: string): boolean {
  return STORED_RATE_TEXT.test(text) && /[1-9]/.test(text);
}
