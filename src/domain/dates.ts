/**
 * Calendar dates as ISO strings. Pure: nothing here reads the clock; callers pass "today" in.
 * Dates are proleptic Gregorian, days counted in UTC so that no time zone shifts a date.
 */

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a year of the proleptic Gregorian calendar is a leap year (year 0 is). */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Days in a month of a year (month 1-12). By arithmetic, not Date.UTC, which reads the years 0 to
 * 99 as 1900 to 1999 (so February of year 0 had 28 days).
 */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
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

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date, for any year 0000 to 9999: counted by arithmetic on
 * the calendar's 400-year cycles (146,097 days), not by Date.UTC, which reads the years 0 to 99 as
 * 1900 to 1999.
 */
export function toDayNumber(date: string): number {
  const month = Number(date.slice(5, 7));
  // a year from March, so that a leap day ends it
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 to 1970-01-01
  return era * 146_097 + dayOfEra - 719_468;
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
