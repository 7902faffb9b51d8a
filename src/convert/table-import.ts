/**
 * A plain dated table of rates in any base, as central banks and the IMF publish them once
 * saved as CSV, and as users keep them:
 *  - long: a header `date,currency,rate` (any order, any case), one rate per line;
 *  - wide: a header `date,USD,JPY,...`, one line per day, a column per currency (an empty
 *    cell or N/A: no rate that day).
 * Every rate is units of the row's currency per `per` units of `base` (the user says which with
 * --base and --per: a table "in AMD per USD" is base USD); it is stored per 1 unit of the base,
 * divided exactly (per is a power of ten). Dates are YYYY-MM-DD.
 */

import type { OnProgress } from '../domain/progress.js';
import { IssueList } from './issue-list.js';
import { isIsoDate } from '../domain/dates.js';
import { isCurrencyCode } from '../domain/currency.js';
import { FileInvalidError } from '../errors.js';
import { dataLines, splitCsvCells, textLines, type CsvCell } from './csv-cells.js';
import { Dec, toPlain } from './decimal.js';
import { isRateText, notARate } from './rate-text.js';
import type { RateDay } from './rate-table.js';

/** How a plain table quotes its rates. */
export interface TableQuoting {
  /** the currency every rate is per */
  base: string;
  /** rates are per this many units of the base: "1", "10", "100", "1000"... */
  per: string;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * What is wrong with a rate's currency code, or undefined: three upper-case letters of an ISO 4217
 * currency (a code humfig does not know could never be converted to or from), and not XXX or XTS,
 * ISO's codes for no currency and for tests.
 */
function currencyProblem(code: string): string | undefined {
  if (!CURRENCY_CODE.test(code)) return `'${code}' is not a currency code; expected 3 upper-case letters such as AMD`;
  if (code === 'XXX' || code === 'XTS') return `'${code}' is ISO 4217's code for ${code === 'XXX' ? 'no currency' : 'tests'}, not a currency a rate can be of`;
  if (!isCurrencyCode(code)) return `'${code}' is no ISO 4217 currency code humfig knows (such as AMD, ETB, XOF): a rate of it could never be used`;
  return undefined;
}
const LONG_COLUMNS = ['date', 'currency', 'rate'] as const;

/** The shape a header gives a plain table, or undefined when it is neither. */
export function tableShapeOf(cells: readonly string[]): 'long' | 'wide' | undefined {
  const lower = cells.map((c) => c.toLowerCase());
  if (lower.length === 3 && LONG_COLUMNS.every((c) => lower.includes(c))) return 'long';
  if (lower[0] === 'date' && cells.length >= 2 && cells.slice(1).every((c) => /^[A-Za-z]{3}$/.test(c))) return 'wide';
  return undefined;
}

/** True when `per` is a power of ten we accept: 1, 10, 100... up to 1,000,000. */
export function isPer(per: string): boolean {
  return /^10{0,6}$/.test(per);
}

/** Reads a plain table (long or wide, told apart by its header) into days oldest first. */
export function parseRateTable(text: string, fileName: string, quoting: TableQuoting, onProgress?: OnProgress): { shape: 'long' | 'wide'; days: RateDay[] } {
  const issues = new IssueList(fileName);
  const add = issues.add.bind(issues);
  const fail = (): never => {
    throw new FileInvalidError(issues.issues, 'rates');
  };
  const lines = textLines(text);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const headerLine = headerIndex + 1;
  const header = splitCsvCells(lines[headerIndex] ?? '');
  if (!Array.isArray(header)) {
    add(headerLine, header.unclosedAt, 'header', 'a quoted cell is not closed on the line');
    return fail();
  }
  if (header.length > 1 && header.at(-1)!.text === '') header.pop(); // a trailing comma, as the ECB writes
  const shape = tableShapeOf(header.map((c) => c.text));
  if (shape === undefined) {
    add(headerLine, 1, 'header', "expected a header 'date,currency,rate' (one rate a line) or 'date,USD,JPY,...' (a column per currency)");
    return fail();
  }
  const per = new Dec(quoting.per);
  const stored = (text: string): string => (quoting.per === '1' ? text : toPlain(new Dec(text).div(per)));
  const byDate = new Map<string, Record<string, string>>();
  const seenAt = new Map<string, number>();

  /** Checks one rate cell; stores it, or adds an issue. */
  const take = (lineNo: number, date: CsvCell, code: string, codeCell: CsvCell | undefined, value: CsvCell, path: string): void => {
    const problem = currencyProblem(code);
    if (problem !== undefined) {
      add(lineNo, codeCell?.column ?? value.column, `${path}, column currency`, problem);
      return;
    }
    if (code === quoting.base) {
      add(lineNo, codeCell?.column ?? value.column, path, `${code} is the base (--base ${quoting.base}): every rate is per ${quoting.base}, so it has no rate of its own`);
      return;
    }
    if (!isRateText(value.text)) {
      add(lineNo, value.column, `${path}, column ${shape === 'long' ? 'rate' : code}`, notARate(value.text));
      return;
    }
    const key = `${date.text} ${code}`;
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      add(lineNo, date.column, `${path}, column date`, `${code} on ${date.text} is also on line ${earlier}; one rate a currency a day`);
      return;
    }
    seenAt.set(key, lineNo);
    let rates = byDate.get(date.text);
    if (!rates) byDate.set(date.text, (rates = {}));
    rates[code] = stored(value.text);
  };

  const names = header.map((c) => c.text.toLowerCase());
  const at = { date: names.indexOf('date'), currency: names.indexOf('currency'), rate: names.indexOf('rate') };
  const codes = header.slice(1).map((c) => c.text);
  if (shape === 'wide') {
    const seen = new Set<string>();
    header.slice(1).forEach((cell, i) => {
      const problem = currencyProblem(cell.text);
      if (problem !== undefined) add(headerLine, cell.column, `header, column ${i + 2}`, problem);
      else if (cell.text === quoting.base) add(headerLine, cell.column, `header, column ${cell.text}`, `${cell.text} is the base (--base ${quoting.base}): every rate is per ${quoting.base}, so it has no column`);
      else if (seen.has(cell.text)) add(headerLine, cell.column, `header, column ${cell.text}`, `currency ${cell.text} is named twice in the header`);
      seen.add(cell.text);
    });
    issues.throwIfAny();
  }

  for (const { line, lineNo } of dataLines(lines, headerIndex + 1, onProgress)) {
    const row = `row ${lineNo}`;
    const cells = splitCsvCells(line);
    if (!Array.isArray(cells)) {
      add(lineNo, cells.unclosedAt, row, 'a quoted cell is not closed on the line');
      continue;
    }
    if (cells.length === header.length + 1 && cells.at(-1)!.text === '') cells.pop();
    if (cells.length !== header.length) {
      add(lineNo, 1, row, `the row has ${cells.length} cells but the header has ${header.length}`);
      continue;
    }
    const date = cells[shape === 'long' ? at.date : 0]!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.text) || !isIsoDate(date.text)) {
      add(lineNo, date.column, `${row}, column date`, `'${date.text}' is not a date; write dates as YYYY-MM-DD, such as 2023-09-29`);
      continue;
    }
    if (shape === 'long') {
      const code = cells[at.currency]!;
      take(lineNo, date, code.text, code, cells[at.rate]!, row);
    } else {
      codes.forEach((code, c) => {
        const value = cells[c + 1]!;
        if (value.text === '' || value.text === 'N/A') return;
        take(lineNo, date, code, undefined, value, row);
      });
    }
  }
  issues.throwIfAny();
  if (byDate.size === 0) {
    add(headerLine + 1, 1, '', 'the file has a header but no dated rates');
    fail();
  }
  return { shape, days: [...byDate].map(([date, rates]) => ({ date, rates })).sort((a, b) => (a.date < b.date ? -1 : 1)) };
}
