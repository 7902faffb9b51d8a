/**
 * Calendar dates as ISO strings. Pure: nothing here reads the clock; callers pass "today" in.
 * Dates are proleptic Gregorian, days counted in UTC so that no time zone shifts a date.
 */

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Days in a month of a year (month 1-12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day `extract` writes where a text gives no publication date (source.published and every
 * asOf), for a reviewer to replace: `check` warns wherever it is left.
 */
export const PLACEHOLDER_DATE = '1970-01-01';

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is false). */
export function isIsoDate(text: string): boolean {
  const m = FULL.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL.exec(text);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  return isIsoDate(text);
}

/** Why a date string is not acceptable, or undefined when it is. */
export function explainBadDate(text: string, partialAllowed: boolean): string | undefined {
  if (partialAllowed ? isPartialDate(text) : isIsoDate(text)) return undefined;
  const shape = partialAllowed ? PARTIAL : FULL;
  if (!shape.test(text)) {
    return partialAllowed
      ? `'${text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`
      : `'${text}' is not a date; write YYYY-MM-DD`;
  }
  return `'${text}' is not a real calendar date`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(day: number): string {
  return isoDateOf(new Date(day * DAY_MS));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The last day a partial date covers: 2023 -> 2023-12-31, 2023-09 -> 2023-09-30.
 * A rate "as of" a month is the rate of its last day, never of a later one.
 */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  const year = Number(date.slice(0, 4));
  const month = date.length === 7 ? Number(date.slice(5, 7)) : 12;
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * The YYYY-MM-DD date in UTC of an instant (today's date, for the command layer). Built from
 * the UTC fields rather than toISOString(), whose first call in a process costs about a
 * millisecond, a noticeable part of a cold `humfig convert`. Years outside 0..9999, which
 * toISOString() writes with a sign, are left to it.
 */
export function isoDateOf(instant: Date): string {
  const year = instant.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return instant.toISOString().slice(0, 10);
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${String(year).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
}
