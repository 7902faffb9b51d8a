/**
 * Tables of euro reference rates: for each currency, dated values of "units of that currency per
 * 1 EUR", as the ECB publishes them. Two implementations: one that reads the bundled ECB history
 * in place (the CLI starts once per command, so a lookup must not parse 6,600 lines), and one
 * over days already parsed (imported files, tests).
 */

import { FileInvalidError } from '../errors.js';

/** Where a table's rates come from, for citing them next to a result. */
export interface RateSourceInfo {
  id: string;
  name: string;
  publisher?: string;
  url?: string | null;
  retrieved?: string;
  file?: string;
}

/**
 * The RateSourceInfo a rates meta file describes (data/rates/eurofxref-hist.meta.json): its
 * citing fields, without the others (dates covered, attribution text, notes). Here rather than
 * beside the meta file's zod schema, so that the bundled table opens without loading zod.
 */
export function sourceFromMeta(meta: RateSourceInfo): RateSourceInfo {
  return { id: meta.id, name: meta.name, publisher: meta.publisher, url: meta.url, retrieved: meta.retrieved, file: meta.file };
}

/** One published value: `value` units of the currency per 1 unit of the table's base, as decimal text. */
export interface RatePoint {
  date: string;
  value: string;
}

/** One day of rates: currency code -> units per 1 unit of the base (decimal text). */
export interface RateDay {
  date: string;
  rates: Readonly<Record<string, string>>;
}

/**
 * Dated rates in one base, read-only: each value is units of a currency per 1 unit of `base`
 * (the ECB's tables have base EUR; a central bank's table may have base USD). Dates are
 * YYYY-MM-DD.
 */
export interface RateTable {
  readonly source: RateSourceInfo;
  /** the currency every value is per 1 unit of */
  readonly base: string;
  /** every currency with at least one value, sorted */
  currencies(): string[];
  firstDate(): string | undefined;
  lastDate(): string | undefined;
  /** the latest value on or before `date`, never a later one; days without a value are skipped */
  onOrBefore(currency: string, date: string): RatePoint | undefined;
  /** every value from `from` to `to` inclusive, oldest first */
  range(currency: string, from: string, to: string): RatePoint[];
  /** the table's latest day on or before `date`, whatever currencies it quotes that day */
  dayOnOrBefore(date: string): string | undefined;
}

const NOT_AVAILABLE = 'N/A';
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A table over the text of the ECB's eurofxref-hist.csv, newest day first: header
 * `Date,USD,JPY,...,` then one line per day, `N/A` where a currency had no rate, a trailing comma
 * on every line. Lookups binary-search the text by character offset and split only the lines they
 * read, so opening is cheap and a lookup costs about 13 line reads. The text is trusted to be the
 * file we ship (tests check it in full); a malformed line met on the way still raises
 * FileInvalidError rather than a wrong answer.
 */
export function openEcbCsvTable(text: string, source: RateSourceInfo): RateTable {
  return new EcbCsvTable(text, source);
}

class EcbCsvTable implements RateTable {
  readonly source: RateSourceInfo;
  readonly base = 'EUR';
  private readonly text: string;
  /** offset of the first data line */
  private readonly dataStart: number;
  /** offset just past the last non-blank character */
  private readonly end: number;
  /** currency -> index of its cell in a line (0 is the date) */
  private readonly columns: ReadonlyMap<string, number>;
  private currencyList: string[] | undefined;

  constructor(text: string, source: RateSourceInfo) {
    this.source = source;
    this.text = text;
    const fileName = source.file ?? source.id;
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const headerEnd = text.indexOf('\n', bom);
    const header = text.slice(bom, headerEnd < 0 ? text.length : headerEnd).replace(/\r$/, '');
    const cells = header.split(',').map((c) => c.trim());
    if (cells[cells.length - 1] === '') cells.pop();
    if (cells[0] !== 'Date' || cells.length < 2) {
      throw new FileInvalidError(
        [{ file: fileName, path: 'header', line: 1, column: 1, message: "expected the ECB header 'Date,USD,JPY,...'" }],
        'rates',
      );
    }
    const columns = new Map<string, number>();
    cells.forEach((code, i) => {
      if (i > 0) columns.set(code, i);
    });
    this.columns = columns;
    this.dataStart = headerEnd < 0 ? text.length : headerEnd + 1;
    let end = text.length;
    while (end > this.dataStart && /\s/.test(text[end - 1]!)) end--;
    this.end = end;
  }

  currencies(): string[] {
    if (this.currencyList === undefined) {
      // scan from the newest day back until every column has shown a value; withdrawn
      // currencies (CYP, ROL...) take us back to their last day, a one-off cost per process
      const pending = new Map(this.columns);
      const found: string[] = [];
      for (let at = this.dataStart; at < this.end && pending.size > 0; at = this.nextLine(at)) {
        const cells = this.cells(at);
        for (const [code, index] of pending) {
          const cell = cells[index];
          if (cell !== undefined && cell !== NOT_AVAILABLE && cell !== '') {
            found.push(code);
            pending.delete(code);
          }
        }
      }
      this.currencyList = found.sort();
    }
    return [...this.currencyList];
  }

  lastDate(): string | undefined {
    return this.dataStart < this.end ? this.dateAt(this.dataStart) : undefined;
  }

  firstDate(): string | undefined {
    if (this.dataStart >= this.end) return undefined;
    const lastLine = this.text.lastIndexOf('\n', this.end - 1) + 1;
    return this.dateAt(Math.max(lastLine, this.dataStart));
  }

  onOrBefore(currency: string, date: string): RatePoint | undefined {
    const index = this.columns.get(currency);
    if (index === undefined) return undefined;
    for (let at = this.firstLineOnOrBefore(date); at < this.end; at = this.nextLine(at)) {
      const value = this.cellAt(at, index);
      if (value !== undefined) return { date: this.dateAt(at), value };
    }
    return undefined;
  }

  dayOnOrBefore(date: string): string | undefined {
    const at = this.firstLineOnOrBefore(date);
    return at < this.end ? this.dateAt(at) : undefined;
  }

  range(currency: string, from: string, to: string): RatePoint[] {
    const index = this.columns.get(currency);
    const points: RatePoint[] = [];
    if (index === undefined || from > to) return points;
    for (let at = this.firstLineOnOrBefore(to); at < this.end; at = this.nextLine(at)) {
      const date = this.dateAt(at);
      if (date < from) break;
      const value = this.cellAt(at, index);
      if (value !== undefined) points.push({ date, value });
    }
    return points.reverse();
  }

  /**
   * Offset of the newest line dated on or before `date` (this.end when none). Lines run newest
   * first, so we bisect character offsets: `lo` is always a line start with every line before it
   * dated after `date`, `hi` a line start (or the end) dated on or before it.
   */
  private firstLineOnOrBefore(date: string): number {
    let lo = this.dataStart;
    let hi = this.end;
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const start = mid === lo ? lo : this.lineStartFrom(mid);
      if (start >= hi) {
        // no line starts in [mid, hi): settle the line at lo itself
        if (this.dateAt(lo) <= date) return lo;
        lo = this.nextLine(lo);
      } else if (this.dateAt(start) <= date) {
        hi = start;
      } else {
        lo = this.nextLine(start);
      }
    }
    return lo;
  }

  /** The first line start at or after offset `at` (`at` > dataStart). */
  private lineStartFrom(at: number): number {
    if (this.text.charCodeAt(at - 1) === 10) return at;
    return this.nextLine(at);
  }

  /** The start of the line after the one containing offset `at`, or this.end. */
  private nextLine(at: number): number {
    const newline = this.text.indexOf('\n', at);
    return newline < 0 || newline + 1 > this.end ? this.end : newline + 1;
  }

  /** The date that starts the line at `at`; a FileInvalidError if it is not one. */
  private dateAt(at: number): string {
    const date = this.text.slice(at, at + 10);
    if (!ISO_DATE_SHAPE.test(date) || this.text[at + 10] !== ',') throw this.badLine(at, 'expected a YYYY-MM-DD date then a comma');
    return date;
  }

  /** The cell `index` of the line at `at`, or undefined when it is N/A or empty. */
  private cellAt(at: number, index: number): string | undefined {
    const newline = this.text.indexOf('\n', at);
    const lineEnd = newline < 0 ? this.text.length : newline;
    let start = at;
    for (let i = 0; i < index; i++) {
      const comma = this.text.indexOf(',', start);
      if (comma < 0 || comma > lineEnd) throw this.badLine(at, 'the line has fewer cells than the header');
      start = comma + 1;
    }
    let stop = start;
    while (stop < this.text.length) {
      const c = this.text.charCodeAt(stop);
      if (c === 44 || c === 10 || c === 13) break; // ',' '\n' '\r'
      stop++;
    }
    const cell = this.text.slice(start, stop).trim();
    return cell === NOT_AVAILABLE || cell === '' ? undefined : cell;
  }

  /** Every cell of the line at `at`. */
  private cells(at: number): string[] {
    const newline = this.text.indexOf('\n', at);
    return this.text
      .slice(at, newline < 0 ? this.text.length : newline)
      .replace(/\r$/, '')
      .split(',')
      .map((c) => c.trim());
  }

  /** A FileInvalidError for the line at `at`, with its line number (counted only now, when needed). */
  private badLine(at: number, message: string): FileInvalidError {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1)) line++;
    return new FileInvalidError([{ file: this.source.file ?? this.source.id, path: `row ${line}`, line, column: 1, message }], 'rates');
  }
}

/**
 * A table over days already parsed and validated (an imported rates file, a test). Days may
 * come in any order; each currency's series is built on first use.
 */
/** How many of `items` (dated, oldest first) are dated on or before `date`. */
function countOnOrBefore(items: ReadonlyArray<{ date: string }>, date: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rateTableFromDays(days: readonly RateDay[], source: RateSourceInfo, base = 'EUR'): RateTable {
  return new DaysTable(days, source, base);
}

class DaysTable implements RateTable {
  readonly source: RateSourceInfo;
  readonly base: string;
  private readonly days: readonly RateDay[];
  private readonly series = new Map<string, RatePoint[]>();
  private currencyList: string[] | undefined;

  constructor(days: readonly RateDay[], source: RateSourceInfo, base: string) {
    this.source = source;
    this.base = base;
    this.days = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  currencies(): string[] {
    // a route across tables asks for them at each step: one pass over the days, kept
    if (this.currencyList === undefined) {
      const codes = new Set<string>();
      for (const day of this.days) for (const [code, value] of Object.entries(day.rates)) if (value !== NOT_AVAILABLE) codes.add(code);
      this.currencyList = [...codes].sort();
    }
    return [...this.currencyList];
  }

  firstDate(): string | undefined {
    return this.days[0]?.date;
  }

  lastDate(): string | undefined {
    return this.days[this.days.length - 1]?.date;
  }

  onOrBefore(currency: string, date: string): RatePoint | undefined {
    const points = this.pointsOf(currency);
    const n = countOnOrBefore(points, date);
    return n > 0 ? { ...points[n - 1]! } : undefined;
  }

  dayOnOrBefore(date: string): string | undefined {
    const n = countOnOrBefore(this.days, date);
    return n > 0 ? this.days[n - 1]!.date : undefined;
  }

  range(currency: string, from: string, to: string): RatePoint[] {
    return this.pointsOf(currency)
      .filter((p) => p.date >= from && p.date <= to)
      .map((p) => ({ ...p }));
  }

  private pointsOf(currency: string): RatePoint[] {
    let points = this.series.get(currency);
    if (!points) {
      points = [];
      for (const day of this.days) {
        const value = Object.prototype.hasOwnProperty.call(day.rates, currency) ? day.rates[currency] : undefined;
        if (value !== undefined && value !== NOT_AVAILABLE) points.push({ date: day.date, value });
      }
      this.series.set(currency, points);
    }
    return points;
  }
}

/**
 * The bundled ECB history split by year at build time (scripts/build.mjs writes one file per
 * year, newest day first, each with the header): a lookup reads the file of the requested year,
 * about 70 KB, and earlier years only when it must walk back (a date early in January, a currency
 * withdrawn years before). `loadYear` returns a year's text, or undefined when there is none.
 */
export function openYearlyEcbTable(years: readonly number[], loadYear: (year: number) => string, source: RateSourceInfo): RateTable {
  const sorted = [...years].sort((a, b) => a - b);
  const tables = new Map<number, RateTable>();
  const table = (year: number): RateTable => {
    let t = tables.get(year);
    if (!t) tables.set(year, (t = openEcbCsvTable(loadYear(year), source)));
    return t;
  };
  /** The first answer of the year of `date`, else of each year before it, latest first. */
  const latestYearFirst = <T>(date: string, ask: (t: RateTable) => T | undefined): T | undefined => {
    const year = Number(date.slice(0, 4));
    for (let i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i]! > year) continue;
      const found = ask(table(sorted[i]!));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    source,
    base: 'EUR',
    currencies: () => [...new Set(sorted.flatMap((y) => table(y).currencies()))].sort(),
    firstDate: () => (first === undefined ? undefined : table(first).firstDate()),
    lastDate: () => (last === undefined ? undefined : table(last).lastDate()),
    onOrBefore: (currency, date) => latestYearFirst(date, (t) => t.onOrBefore(currency, date)),
    dayOnOrBefore: (date) => latestYearFirst(date, (t) => t.dayOnOrBefore(date)),
    range(currency, from, to) {
      const lo = Number(from.slice(0, 4));
      const hi = Number(to.slice(0, 4));
      return sorted.filter((y) => y >= lo && y <= hi).flatMap((y) => table(y).range(currency, from, to));
    },
  };
}

/**
 * The rate tables in use, in the order given (a rates file's tables, in file order): a
 * conversion routes across them. `source` is the first table's, for a one-line citation.
 */
export interface RateBook {
  readonly tables: readonly RateTable[];
  readonly source: RateSourceInfo;
}

/** A book of the given tables (at least one). */
export function rateBookOf(tables: readonly RateTable[]): RateBook {
  const first = tables[0];
  if (first === undefined) throw new Error('a rate book needs at least one table');
  return { tables, source: first.source };
}

/** The tables of a book, or the one table given alone. */
export function tablesOf(rates: RateTable | RateBook): readonly RateTable[] {
  return 'tables' in rates ? rates.tables : [rates];
}
