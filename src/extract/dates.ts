/**
 * Date mentions in a source text: "2023-09-28", "September 28, 2023", "28 September 2023",
 * "28 September" (year from the publication date), "September 2023" (a month) and weekday
 * names ("on Sunday": the latest such day on or before publication). Pure.
 */
import { fromDayNumber, isIsoDate, toDayNumber } from '../domain/dates.js';
import type { Span } from './text.js';

export interface DateMention extends Span {
  written: string;
  /** YYYY-MM-DD or YYYY-MM; undefined when it cannot be resolved (no year and no publication date) */
  value: string | undefined;
  /** whether the text itself gives the year (or is an ISO date): such dates can anchor publication */
  full: boolean;
  weekday: boolean;
  /** a span of days ("last week": Monday to Sunday of the week before publication); value is its last day */
  period?: { start: string; end: string };
}

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
  ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sept', 9],
  ['Sep', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
  // in capitals, as a key-figure box or a heading writes them: "people assisted in JANUARY 2024"
  ['JANUARY', 1], ['FEBRUARY', 2], ['MARCH', 3], ['APRIL', 4], ['MAY', 5], ['JUNE', 6], ['JULY', 7],
  ['AUGUST', 8], ['SEPTEMBER', 9], ['OCTOBER', 10], ['NOVEMBER', 11], ['DECEMBER', 12],
];
const MONTH_NUMBER = new Map(MONTHS);
const MONTH = `(${MONTHS.map(([m]) => m).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "this year" after a day and its month: the publication's year, whatever the day */
const THIS_YEAR = ',?\\s+(?:of\\s+)?this\\s+year';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const PATTERNS: ReadonlyArray<readonly [RegExp, 'iso' | 'mdy' | 'dmy' | 'my' | 'weekday' | 'relative' | 'ago' | 'span' | 'dotted']> = [
  // "on 16.10.23", "16.10.2023": a day, a month and a year joined by points, day first (never a version number: the day
  // and the month must be a real date, and a year of two digits is this century's)
  [/(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d|[\d,])/g, 'dotted'],
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, 'iso'],
  // ("As of May 2 this year, 249,500 people ...": the publication's year said in words, part of the date)
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4})|${THIS_YEAR})?(?![\\p{N}\\p{L}])`, 'gu'), 'mdy'],
  // ("Tuesday,11th Oct 2022": a comma after a weekday, no space, still opens a date; one after a digit does not)
  // ("as of 27th of January": "of" between the day and its month)
  [new RegExp(`(?<![\\p{N}\\p{L}.])(?<!\\d,)${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})|${THIS_YEAR})?(?![\\p{N}\\p{L}])`, 'gu'), 'dmy'],
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{4})(?![\\p{N}])`, 'gu'), 'my'],
  [new RegExp(`(?<![\\p{L}])(${WEEKDAYS.join('|')})(?![\\p{L}])`, 'gu'), 'weekday'],
  // "yesterday", "today": relative to publication; a numeric day/month in parentheses after it is part of it ("yesterday (08/04)")
  [/(?<![\p{L}])([Yy]esterday|[Tt]oday)(?:\s*\((\d{1,2})[/.](\d{1,2})(?:[/.]\d{2,4})?\))?(?![\p{L}'’])/gu, 'relative'],
  // "two days ago", "3 days ago", "a day ago": so many days before publication (weeks and months are not day-precise)
  [/(?<![\p{L}\p{N}])(a|one|two|three|four|five|six|seven|[1-9])\s+days?\s+ago(?![\p{L}])/giu, 'ago'],
  // "last week", "earlier this week", "over the weekend", "last month", "earlier this month": a span
  // of days before publication, never one day (see spanBefore)
  [/(?<![\p{L}])((?:over|in|during|within)\s+the\s+(?:last|past)\s+(?:week|month)|(?<!the\s+)last\s+week|(?:earlier\s+)?this\s+week|(?:over|at|during)\s+the\s+weekend|this\s+weekend|last\s+weekend|(?<!the\s+)last\s+month|earlier\s+this\s+month)(?![\p{L}])/giu, 'span'],
];
const DAYS_AGO: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7]]);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How many days after the publication date a date in the text may fall and still date a figure:
 * a page's date is often its first posting, a day behind in another time zone, or only a month
 * ("2024-09-01" for a report of September that says "as of 13 September 2024").
 */
export const LATE_DATE_GRACE_DAYS = 31;

/**
 * Whether a date the text names (a day, a month or a year) can be a figure's date: on or before
 * publication, or a day at most LATE_DATE_GRACE_DAYS after it in the same year.
 */
export function datesFigure(value: string, published: string): boolean {
  if (value <= published.slice(0, value.length)) return true;
  if (value.length !== 10 || !isIsoDate(value) || !isIsoDate(published) || value.slice(0, 4) !== published.slice(0, 4)) return false;
  return toDayNumber(value) - toDayNumber(published) <= LATE_DATE_GRACE_DAYS;
}

/**
 * The year a day and month without a year fall in: the publication year, or the year before
 * when that would put the day after publication ("28 December" in a text of 3 January).
 */
function yearFor(month: number, day: number, published: string | undefined): string | undefined {
  if (published === undefined) return undefined;
  const year = Number(published.slice(0, 4));
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (isIsoDate(date) && !datesFigure(date, published)) return `${year - 1}-${pad(month)}-${pad(day)}`;
  return date;
}

/**
 * The date "(30/05)" or "(05/30)" names, day or month first, in the year yearFor gives: of the
 * readings that are dates on or before publication, the one nearest the day the word names.
 */
function dayInParentheses(a: number, b: number, relative: string, published: string): string | undefined {
  let best: string | undefined;
  for (const [day, month] of [[a, b], [b, a]] as const) {
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = yearFor(month, day, published);
    if (date === undefined || !isIsoDate(date) || date > published) continue;
    if (best === undefined || Math.abs(toDayNumber(date) - toDayNumber(relative)) < Math.abs(toDayNumber(best) - toDayNumber(relative))) best = date;
  }
  return best;
}

/** The latest `weekday` (0 = Sunday) on or before `published`. */
export function latestWeekday(weekday: number, published: string): string {
  const day = toDayNumber(published);
  const current = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return fromDayNumber(day - ((current - weekday + 7) % 7));
}

/**
 * The span of days a relative phrase names before publication (weeks run Monday to Sunday):
 * "last week" the week before publication's, "this week" its Monday to publication ("earlier this
 * week" to the day before), "over the weekend" the latest Saturday and Sunday on or before it,
 * "last weekend" those before its week, "last month" the month before (a month: no period),
 * "earlier this month" its first day to the day before; "over the past week" ("in the last month") the
 * 7 (30) days up to publication. Undefined when the span would be empty.
 */
export function spanBefore(phrase: string, published: string): { value: string; period?: { start: string; end: string } } | undefined {
  const words = phrase.toLowerCase().replace(/\s+/g, ' ');
  const day = toDayNumber(published);
  const monday = day - ((((day + 4) % 7) + 7 + 6) % 7); // 1970-01-01 was a Thursday
  const earlier = words.startsWith('earlier');
  let start: number;
  let end: number;
  if (/the (?:last|past) (?:week|month)$/.test(words)) {
    // "over the past week": the seven (or thirty) days up to publication, not a calendar week or month
    start = day - (words.endsWith('week') ? 6 : 29);
    end = day;
  } else if (words === 'last month') {
    const y = Number(published.slice(0, 4));
    const m = Number(published.slice(5, 7));
    return { value: m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}` };
  } else if (words === 'earlier this month') {
    start = toDayNumber(`${published.slice(0, 7)}-01`);
    end = day - 1;
  } else if (words === 'last week') {
    start = monday - 7;
    end = monday - 1;
  } else if (words.endsWith('this week')) {
    start = monday;
    end = earlier ? day - 1 : day;
  } else if (words === 'last weekend') {
    start = monday - 2;
    end = monday - 1;
  } else {
    start = toDayNumber(latestWeekday(6, published));
    end = Math.min(start + 1, day);
  }
  if (end < start) return undefined;
  const period = { start: fromDayNumber(start), end: fromDayNumber(end) };
  return { value: period.end, period };
}

/** Every date mention in [from, to) of the text, in order, overlaps resolved longest first. */
export function findDates(text: string, published: string | undefined, from = 0, to = text.length): DateMention[] {
  const body = text.slice(from, to);
  const found: DateMention[] = [];
  for (const [re, kind] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = from + m.index;
      const end = start + m[0].length;
      let value: string | undefined;
      let full = false;
      let period: { start: string; end: string } | undefined;
      if (kind === 'span') {
        const span = published === undefined ? undefined : spanBefore(m[1]!, published);
        if (span === undefined) continue;
        value = span.value;
        period = span.period;
      } else if (kind === 'iso') {
        const iso = m[0];
        if (!isIsoDate(iso)) continue;
        value = iso;
        full = true;
      } else if (kind === 'relative') {
        if (published === undefined) continue;
        const relative = m[1]!.toLowerCase() === 'today' ? published : fromDayNumber(toDayNumber(published) - 1);
        // the day in parentheses, where it reads as a date on or before publication, says which day
        // ("Yesterday (30/05)" in a text published on 1 June is 30 May, written the day before)
        value = m[2] !== undefined ? (dayInParentheses(Number(m[2]), Number(m[3]), relative, published) ?? relative) : relative;
      } else if (kind === 'ago') {
        if (published === undefined) continue;
        const n = DAYS_AGO.get(m[1]!.toLowerCase()) ?? Number(m[1]);
        value = fromDayNumber(toDayNumber(published) - n);
      } else if (kind === 'weekday') {
        value = published ? latestWeekday(WEEKDAYS.indexOf(m[1]!), published) : undefined;
      } else if (kind === 'dotted') {
        const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
        const iso = `${year}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
        if (!isIsoDate(iso) || (published !== undefined && iso > published)) continue;
        value = iso;
        full = true;
      } else if (kind === 'my') {
        value = `${m[2]}-${pad(MONTH_NUMBER.get(m[1]!)!)}`;
        full = true;
      } else {
        const [month, day, year] = kind === 'mdy' ? [m[1]!, Number(m[2]), m[3]] : [m[2]!, Number(m[1]), m[3]];
        const mm = MONTH_NUMBER.get(month)!;
        if (year !== undefined) {
          value = `${year}-${pad(mm)}-${pad(day)}`;
          full = true;
        } else if (published !== undefined && /\byear$/.test(m[0])) {
          value = `${published.slice(0, 4)}-${pad(mm)}-${pad(day)}`;
          full = true;
        } else {
          value = yearFor(mm, day, published);
        }
        if (value !== undefined && !isIsoDate(value)) continue;
      }
      found.push({ start, end, written: m[0], value, full, weekday: kind === 'weekday', ...(period ? { period } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
