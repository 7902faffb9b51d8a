/**
 * Readers for the four files the ECB publishes its euro reference rates in, all giving units of
 * a currency per 1 EUR:
 *  - eurofxref-hist.csv: header `Date,USD,JPY,...,`, one line per day, newest first, `N/A` for
 *    a currency without a rate that day, a trailing comma on every line;
 *  - eurofxref.csv (the latest day): header `Date, USD, JPY, ..., ` with a space after each comma,
 *    then one line dated like `11 October 2024`;
 *  - eurofxref-daily.xml and eurofxref-hist.xml: a gesmes:Envelope holding
 *    `<Cube><Cube time="2024-10-11"><Cube currency="USD" rate="1.0938"/>...</Cube></Cube>`.
 * Everything is checked; every problem becomes an issue of one FileInvalidError carrying line,
 * column and a path such as `row 12, column CHF`. A UTF-8 byte-order mark and CRLF line ends are
 * accepted. No XML library: the XML reader handles exactly the ECB's shape.
 */

import type { OnProgress } from '../domain/progress.js';
import { IssueList } from './issue-list.js';
import { isRateText, notARate, RATE_ALLOWED } from './rate-text.js';
import { dataLines } from './csv-cells.js';
import { isIsoDate } from '../domain/dates.js';
import type { ImportFormat } from './rates-file.js';

/** One day read from an ECB file: currency -> units per 1 EUR, as published. */
export interface EcbDay {
  date: string;
  rates: Record<string, string>;
}

/** What parseEcbFile returns: the format it recognised and the days, oldest first. */
export interface EcbImport {
  format: ImportFormat;
  days: EcbDay[];
}

const NOT_AVAILABLE = 'N/A';
const CURRENCY_CODE = /^[A-Z]{3}$/;



/**
 * Reads any of the ECB's four reference-rate files (recognised by content, not by name) into
 * days sorted oldest first; a FileInvalidError lists every problem found.
 */
export function parseEcbFile(text: string, fileName: string, onProgress?: OnProgress): EcbImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues: IssueList = new IssueList(fileName);
  const start = body.trimStart();
  if (start === '') {
    issues.fail(undefined, undefined, '', 'the file is empty; expected an ECB reference-rate file (eurofxref-hist.csv, eurofxref.csv, eurofxref-daily.xml or eurofxref-hist.xml)');
  }
  const result = start.startsWith('<') ? readXml(body, issues) : /^date\s*,/i.test(start) ? readCsv(body, issues, onProgress) : undefined;
  if (result === undefined) {
    const line = body.slice(0, body.length - start.length).split('\n').length;
    issues.fail(line, 1, '', "not a rates file: expected a humfig rates file (JSON, made by humfig rates import), an ECB CSV whose header starts with 'Date,' or the ECB XML (<gesmes:Envelope> with <Cube time=...> elements)");
  }
  issues.throwIfAny();
  result.days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return result;
}

/** One CSV cell: its text without surrounding spaces and the 1-based column it starts at. */
interface Cell {
  text: string;
  column: number;
}

/** The cells of a CSV line, without the empty one the trailing comma leaves. */
function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const raw of line.split(',')) {
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), column: at + lead + 1 });
    at += raw.length + 1;
  }
  if (cells.length > 1 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LONG_DATE = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/** "11 October 2024" -> "2024-10-11"; undefined when the text is not of that shape. */
function fromLongDate(text: string): string | undefined {
  const m = LONG_DATE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Reads either CSV file; the date style of the first row decides which one it is. */
function readCsv(body: string, issues: IssueList, onProgress: OnProgress | undefined): EcbImport {
  const lines = body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const headerLine = headerIndex + 1;
  const header = splitCells(lines[headerIndex]!);
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const cell of header.slice(1)) {
    if (!CURRENCY_CODE.test(cell.text)) {
      issues.add(headerLine, cell.column, `header, column ${codes.length + 2}`, `'${cell.text}' is not a currency code; expected 3 upper-case letters such as USD`);
    } else if (cell.text === 'EUR') {
      issues.add(headerLine, cell.column, 'header, column EUR', "a column EUR: the ECB's rates are units per 1 EUR, so EUR cannot be one of them (a table in another base: import it with --base and --source)");
    } else if (seen.has(cell.text)) {
      issues.add(headerLine, cell.column, `header, column ${cell.text}`, `currency ${cell.text} is named twice in the header`);
    }
    seen.add(cell.text);
    codes.push(cell.text);
  }
  if (codes.length === 0) issues.add(headerLine, 1, 'header', "the header names no currencies; expected 'Date,USD,JPY,...'");
  issues.throwIfAny();

  let style: 'hist' | 'daily' | undefined;
  const days: EcbDay[] = [];
  const dateLines = new Map<string, number>();
  for (const { line, lineNo } of dataLines(lines, headerIndex + 1, onProgress)) {
    const row = `row ${lineNo}`;
    const cells = splitCells(line);
    if (cells.length !== header.length) {
      issues.add(lineNo, 1, row, `the row has ${cells.length} cells but the header has ${header.length} (Date and ${codes.length} currencies)`);
      continue;
    }
    const dateCell = cells[0]!;
    const rowStyle = isIsoShape(dateCell.text) ? 'hist' : LONG_DATE.test(dateCell.text) ? 'daily' : undefined;
    style ??= rowStyle;
    const date = rowStyle === 'hist' ? dateCell.text : rowStyle === 'daily' ? fromLongDate(dateCell.text) : undefined;
    if (rowStyle === undefined || rowStyle !== style) {
      const expected = style === 'daily' ? 'a date such as 11 October 2024' : 'a date such as 2024-10-11';
      issues.add(lineNo, dateCell.column, `${row}, column Date`, `'${dateCell.text}' is not a date; expected ${expected}`);
      continue;
    }
    if (date === undefined || !isIsoDate(date)) {
      issues.add(lineNo, dateCell.column, `${row}, column Date`, `'${dateCell.text}' is not a real calendar date`);
      continue;
    }
    const earlier = dateLines.get(date);
    if (earlier !== undefined) {
      issues.add(lineNo, dateCell.column, `${row}, column Date`, `date ${date} is also on line ${earlier}; each day may appear once`);
      continue;
    }
    dateLines.set(date, lineNo);
    const rates: Record<string, string> = {};
    codes.forEach((code, c) => {
      const cell = cells[c + 1]!;
      if (cell.text === NOT_AVAILABLE) return;
      if (cell.text === '') issues.add(lineNo, cell.column, `${row}, column ${code}`, `empty cell; ${RATE_ALLOWED}, or N/A`);
      else if (!isRateText(cell.text)) issues.add(lineNo, cell.column, `${row}, column ${code}`, `${notARate(cell.text)}, or N/A`);
      else rates[code] = cell.text;
    });
    days.push({ date, rates });
  }
  if (days.length === 0 && issues.issues.length === 0) {
    issues.add(headerLine + 1, 1, '', 'the file has a header but no dated rows');
  }
  return { format: style === 'daily' ? 'ecb-csv-daily' : 'ecb-csv-hist', days };
}

/** True for text shaped YYYY-MM-DD (the calendar check comes later). */
function isIsoShape(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** What an open Cube element is: the outer wrapper, one day, or one rate. */
type CubeKind = 'group' | 'day' | 'rate';

const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes written inside a tag, by name. */
function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1]!, m[2] ?? m[3] ?? '');
  return found;
}

/**
 * Reads the ECB XML (daily or historical: same shape, one or many days). Tags other than Cube
 * (the envelope, subject, sender) are passed over; comments, the XML declaration and text
 * between tags are ignored.
 */
function readXml(body: string, issues: IssueList): EcbImport {
  const days: EcbDay[] = [];
  const dateLines = new Map<string, number>();
  const stack: Array<{ kind: CubeKind; line: number; column: number }> = [];
  let day: { date: string; rates: Record<string, string>; valid: boolean } | undefined;
  let sawEnvelope = false;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  /** Brings `line` up to date with offset `to`. */
  const advance = (to: number): void => {
    for (let i = body.indexOf('\n', counted); i >= 0 && i < to; i = body.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = Math.max(counted, to);
  };

  let at = body.indexOf('<');
  while (at >= 0) {
    advance(at);
    const tagLine = line;
    const column = at - lineStart + 1;
    if (body.startsWith('<!--', at)) {
      const close = body.indexOf('-->', at + 4);
      if (close < 0) issues.fail(tagLine, column, '', 'a comment is not closed with -->');
      at = body.indexOf('<', close + 3);
      continue;
    }
    const close = body.indexOf('>', at);
    if (close < 0) issues.fail(tagLine, column, '', "a tag is not closed with '>'");
    const tag = body.slice(at + 1, close);
    at = body.indexOf('<', close + 1);
    if (tag.startsWith('?') || tag.startsWith('!')) continue;

    const closing = tag.startsWith('/');
    const selfClosing = !closing && tag.endsWith('/');
    const inner = closing ? tag.slice(1) : selfClosing ? tag.slice(0, -1) : tag;
    const name = /^\s*([A-Za-z_][\w:.-]*)/.exec(inner)?.[1];
    if (name === undefined) {
      issues.add(tagLine, column, '', `'<${tag}>' is not a tag`);
      continue;
    }
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'Envelope') sawEnvelope = true;
    if (local !== 'Cube') continue;

    if (closing) {
      const open = stack.pop();
      if (open === undefined) issues.add(tagLine, column, '', '</Cube> closes no open <Cube>');
      else if (open.kind === 'day') day = undefined;
      continue;
    }

    const attrs = attributes(inner.slice(inner.indexOf(name) + name.length));
    const time = attrs.get('time');
    const currency = attrs.get('currency');
    const rate = attrs.get('rate');
    const inside = stack[stack.length - 1]?.kind;
    let kind: CubeKind = 'group';

    if (time !== undefined) {
      kind = 'day';
      const path = `day ${time}`;
      if (inside === 'day' || inside === 'rate') {
        issues.add(tagLine, column, path, 'a dated <Cube time=...> sits inside another dated Cube; days may not nest');
      }
      if (!isIsoShape(time) || !isIsoDate(time)) {
        issues.add(tagLine, column, path, `time='${time}' is not a real date; expected YYYY-MM-DD such as 2024-10-11`);
        day = { date: time, rates: {}, valid: false };
      } else if (dateLines.has(time)) {
        issues.add(tagLine, column, path, `date ${time} is also on line ${dateLines.get(time)}; each day may appear once`);
        day = { date: time, rates: {}, valid: false };
      } else {
        dateLines.set(time, tagLine);
        day = { date: time, rates: {}, valid: true };
        days.push(day);
      }
    } else if (currency !== undefined || rate !== undefined) {
      kind = 'rate';
      const path = `${day ? `day ${day.date}, ` : ''}currency ${currency ?? '?'}`;
      if (day === undefined || inside !== 'day') {
        issues.add(tagLine, column, path, 'a rate <Cube currency=... rate=...> must sit inside a dated <Cube time=...>');
      } else if (currency === undefined || rate === undefined) {
        issues.add(tagLine, column, path, 'a rate Cube needs both currency=... and rate=...');
      } else if (!CURRENCY_CODE.test(currency)) {
        issues.add(tagLine, column, path, `'${currency}' is not a currency code; expected 3 upper-case letters such as USD`);
      } else if (currency === 'EUR') {
        issues.add(tagLine, column, path, "currency='EUR': the ECB's rates are units per 1 EUR, so EUR cannot be one of them");
      } else if (!isRateText(rate)) {
        issues.add(tagLine, column, path, notARate(rate));
      } else if (currency in day.rates) {
        issues.add(tagLine, column, path, `currency ${currency} appears twice on ${day.date}`);
      } else {
        day.rates[currency] = rate;
      }
    }
    if (selfClosing) {
      if (kind === 'day') day = undefined;
    } else {
      stack.push({ kind, line: tagLine, column });
    }
  }
  for (const open of stack) issues.add(open.line, open.column, '', '<Cube> is never closed');
  if (days.length === 0 && issues.issues.length === 0) {
    issues.add(undefined, undefined, '', sawEnvelope ? 'the XML holds no <Cube time=...> days' : 'not the ECB XML: no <gesmes:Envelope> and no <Cube time=...> days');
  }
  return { format: 'ecb-xml', days: days.map(({ date, rates }) => ({ date, rates })) };
}
