/**
 * The ECB Data Portal's CSV of exchange rates (dataflow EXR, the format the ECB now points
 * people to): a header `KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,
 * OBS_VALUE,...` then one line per observation, one or many series (`EXR.D.USD.EUR.SP00.A`...).
 * The euro reference rates are the series with FREQ=D, CURRENCY_DENOM=EUR, EXR_TYPE=SP00 (spot)
 * and EXR_SUFFIX=A (the day's reference value): units of CURRENCY per 1 EUR, the same numbers as
 * eurofxref-hist.csv. Any other series is refused with what it is, rather than read as if it
 * were one of them (a monthly average is not a day's rate).
 */

import type { OnProgress } from '../domain/progress.js';
import { IssueList } from './issue-list.js';
import { isIsoDate } from '../domain/dates.js';
import { FileInvalidError } from '../errors.js';
import { dataLines, splitCsvCells, textLines } from './csv-cells.js';
import type { RateDay } from './rate-table.js';
import { isRateText, notARate } from './rate-text.js';

/** The columns a Data Portal CSV must have; the others (titles, flags) are passed over. */
export const PORTAL_COLUMNS = ['FREQ', 'CURRENCY', 'CURRENCY_DENOM', 'TIME_PERIOD', 'OBS_VALUE'] as const;

const FREQUENCIES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  A: 'annual',
  H: 'half-yearly',
  Q: 'quarterly',
  M: 'monthly',
  W: 'weekly',
  D: 'daily',
});

/** True when a header's cells name the Data Portal's columns (enough of them to be sure). */
export function isPortalHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((c) => c.toUpperCase()));
  return names.has('TIME_PERIOD') && names.has('OBS_VALUE') && (names.has('KEY') || names.has('CURRENCY'));
}

/** Reads a Data Portal CSV into days oldest first, rates per 1 EUR; FileInvalidError lists every problem. */
export function parsePortalCsv(text: string, fileName: string, onProgress?: OnProgress): RateDay[] {
  const issues = new IssueList(fileName);
  const add = issues.add.bind(issues);
  const lines = textLines(text);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const header = splitCsvCells(lines[headerIndex] ?? '');
  if (!Array.isArray(header)) throw new FileInvalidError([{ file: fileName, path: 'header', line: headerIndex + 1, column: header.unclosedAt, message: 'a quoted cell is not closed on the line' }], 'rates');
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    if (!index.has(cell.text.toUpperCase())) index.set(cell.text.toUpperCase(), i);
  });
  const missing = PORTAL_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new FileInvalidError([{ file: fileName, path: 'header', line: headerIndex + 1, column: 1, message: `an ECB Data Portal CSV needs the columns ${PORTAL_COLUMNS.join(', ')}; this one lacks ${missing.join(', ')}` }], 'rates');
  }
  const col = (name: string): number => index.get(name)!;
  const keyCol = index.get('KEY');
  const typeCol = index.get('EXR_TYPE');
  const suffixCol = index.get('EXR_SUFFIX');

  const byDate = new Map<string, Record<string, string>>();
  const seenAt = new Map<string, number>();
  const refused = new Set<string>();
  for (const { line, lineNo } of dataLines(lines, headerIndex + 1, onProgress)) {
    const cells = splitCsvCells(line);
    if (!Array.isArray(cells)) {
      add(lineNo, cells.unclosedAt, `row ${lineNo}`, 'a quoted cell is not closed on the line');
      continue;
    }
    if (cells.length < header.length) {
      add(lineNo, 1, `row ${lineNo}`, `the row has ${cells.length} cells but the header has ${header.length}`);
      continue;
    }
    const cell = (name: string) => cells[col(name)]!;
    const currency = cell('CURRENCY').text;
    const denom = cell('CURRENCY_DENOM').text;
    const freq = cell('FREQ').text;
    const type = typeCol === undefined ? 'SP00' : cells[typeCol]!.text;
    const suffix = suffixCol === undefined ? 'A' : cells[suffixCol]!.text;
    const series = keyCol !== undefined && cells[keyCol]!.text !== '' ? cells[keyCol]!.text : `EXR.${freq}.${currency}.${denom}.${type}.${suffix}`;
    const path = `row ${lineNo}, series ${series}`;
    let refusal: string | undefined;
    if (freq !== 'D') {
      refusal = `FREQ=${freq}${FREQUENCIES[freq] ? ` (${FREQUENCIES[freq]})` : ''}: humfig imports the daily reference rates only (FREQ=D); download the daily series`;
    } else if (denom !== 'EUR') {
      refusal = `CURRENCY_DENOM=${denom}: the ECB's reference rates are per 1 EUR (CURRENCY_DENOM=EUR)`;
    } else if (type !== 'SP00' || suffix !== 'A') {
      refusal = `EXR_TYPE=${type}, EXR_SUFFIX=${suffix}: the reference rates are EXR_TYPE=SP00 and EXR_SUFFIX=A`;
    } else if (!/^[A-Z]{3}$/.test(currency)) {
      refusal = `'${currency}' is not a currency code; expected 3 upper-case letters such as USD`;
    } else if (currency === 'EUR') {
      refusal = 'CURRENCY=EUR: EUR is the base of these rates (units per 1 EUR) and cannot be quoted in itself';
    }
    if (refusal !== undefined) {
      // one issue per series: a refused series of 6,000 days is one problem, not 6,000
      if (!refused.has(series)) add(lineNo, undefined, path, refusal);
      refused.add(series);
      continue;
    }
    const date = cell('TIME_PERIOD');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.text) || !isIsoDate(date.text)) {
      add(lineNo, date.column, `${path}, column TIME_PERIOD`, `'${date.text}' is not a day; expected YYYY-MM-DD such as 2023-09-29`);
      continue;
    }
    const value = cell('OBS_VALUE');
    // the Portal leaves a day without an observation empty or writes NaN: no rate that day
    if (value.text === '' || value.text === 'NaN') continue;
    if (!isRateText(value.text)) {
      add(lineNo, value.column, `${path}, column OBS_VALUE`, notARate(value.text));
      continue;
    }
    const key = `${date.text} ${currency}`;
    const earlier = seenAt.get(key);
    if (earlier !== undefined) {
      add(lineNo, date.column, `${path}, column TIME_PERIOD`, `${currency} on ${date.text} is also on line ${earlier}; each series has one value a day`);
      continue;
    }
    seenAt.set(key, lineNo);
    let rates = byDate.get(date.text);
    if (!rates) byDate.set(date.text, (rates = {}));
    rates[currency] = value.text;
  }
  issues.throwIfAny();
  if (byDate.size === 0) throw new FileInvalidError([{ file: fileName, path: '', line: headerIndex + 2, message: 'the file has a header but no observations' }], 'rates');
  return [...byDate].map(([date, rates]) => ({ date, rates })).sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** An EXR series key inside a cell, as the ECB's per-series downloads name their columns. */
const SERIES_KEY = /\bEXR\.([A-Z0-9]+)\.([A-Z0-9]+)\.([A-Z0-9]+)\.([A-Z0-9]+)\.([A-Z0-9]+)\b/;

/** How many lines before the first dated row a per-series download may have. */
const MAX_PREAMBLE = 20;

/** True when a text is an ECB per-series download: an EXR series key before its first dated row. */
export function isSeriesExport(text: string): boolean {
  const lines = textLines(text).slice(0, MAX_PREAMBLE + 1);
  const data = lines.findIndex((l) => /^\s*"?\d{4}-\d{2}-\d{2}"?\s*,/.test(l));
  return data > 0 && lines.slice(0, data).some((l) => SERIES_KEY.test(l));
}

/**
 * Reads the ECB's per-series downloads: the Statistical Data Warehouse's quick-view export (a
 * few lines naming the series, `EXR.D.USD.EUR.SP00.A`, then `"2023-09-29","1.0594"` rows) and
 * the Data Portal's series download (a header `"DATE","TIME PERIOD","US dollar/Euro
 * (EXR.D.USD.EUR.SP00.A)",...`, a column per series). Rows start with their ISO date; each
 * series' value is in the column its key heads, or, with a single key above the rows, the last
 * cell. The same series are accepted as in the Data Portal CSV (daily reference rates per EUR).
 */
export function parseSeriesExport(text: string, fileName: string): RateDay[] {
  const lines = textLines(text);
  const dataStart = lines.findIndex((l) => /^\s*"?\d{4}-\d{2}-\d{2}"?\s*,/.test(l));
  const fail = (line: number, message: string): never => {
    throw new FileInvalidError([{ file: fileName, path: '', line, message }], 'rates');
  };
  // the columns: from the last line above the rows that names series in its cells
  const columns = new Map<number, { key: string; currency: string; line: number }>();
  let keysSeen: Array<{ key: string; currency: string; line: number }> = [];
  for (let i = 0; i < dataStart; i++) {
    const cells = splitCsvCells(lines[i]!);
    if (!Array.isArray(cells)) continue;
    const found: Array<[number, { key: string; currency: string; line: number }]> = [];
    cells.forEach((cell, c) => {
      const m = SERIES_KEY.exec(cell.text);
      if (!m) return;
      const [key, freq, currency, denom, type, suffix] = m as unknown as [string, string, string, string, string, string];
      if (freq !== 'D') fail(i + 1, `series ${key}: FREQ=${freq}${FREQUENCIES[freq] ? ` (${FREQUENCIES[freq]})` : ''}: humfig imports the daily reference rates only (FREQ=D); download the daily series`);
      if (denom !== 'EUR') fail(i + 1, `series ${key}: rates per ${denom}; the ECB's reference rates are per 1 EUR`);
      if (type !== 'SP00' || suffix !== 'A') fail(i + 1, `series ${key}: EXR_TYPE=${type}, EXR_SUFFIX=${suffix}: the reference rates are EXR_TYPE=SP00 and EXR_SUFFIX=A`);
      if (currency === 'EUR' || !/^[A-Z]{3}$/.test(currency)) fail(i + 1, `series ${key}: '${currency}' is not a currency humfig can take rates per EUR for`);
      found.push([c, { key, currency, line: i + 1 }]);
    });
    if (found.length > 0) keysSeen = found.map(([, k]) => k);
    if (found.length > 0 && cells.length > 1 && found.every(([c]) => c > 0)) {
      columns.clear();
      for (const [c, k] of found) columns.set(c, k);
    }
  }
  const single = keysSeen.length === 1 && columns.size !== 1 ? keysSeen[0] : undefined;
  if (columns.size === 0 && single === undefined) fail(dataStart, 'the series named above the rows cannot be matched to their columns; download one series a file, or the Data Portal CSV');
  const currencies = [...columns.values()].map((k) => k.currency).concat(single ? [single.currency] : []);
  if (new Set(currencies).size !== currencies.length) fail(dataStart, 'a currency is named by two series; one column per currency');

  const issues = new IssueList(fileName);
  const byDate = new Map<string, Record<string, string>>();
  const take = (lineNo: number, date: string, currency: string, cell: { text: string; column: number }): void => {
    const text = cell.text;
    if (text === '' || text === '-' || text === 'NaN') return; // no observation that day
    if (!isRateText(text)) {
      issues.add(lineNo, cell.column, `row ${lineNo}, ${currency}`, notARate(text));
      return;
    }
    let rates = byDate.get(date);
    if (!rates) byDate.set(date, (rates = {}));
    rates[currency] = text;
  };
  const seen = new Map<string, number>();
  for (const { line, lineNo } of dataLines(lines, dataStart)) {
    const cells = splitCsvCells(line);
    if (!Array.isArray(cells) || cells.length < 2) {
      issues.add(lineNo, undefined, `row ${lineNo}`, 'expected a date and a rate');
      continue;
    }
    const date = cells[0]!.text;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) {
      issues.add(lineNo, 1, `row ${lineNo}`, `'${date}' is not a real date; expected YYYY-MM-DD`);
      continue;
    }
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      issues.add(lineNo, 1, `row ${lineNo}`, `date ${date} is also on line ${earlier}; each day may appear once`);
      continue;
    }
    seen.set(date, lineNo);
    if (single) take(lineNo, date, single.currency, cells.at(-1)!);
    for (const [c, k] of columns) {
      const cell = cells[c];
      if (cell === undefined) {
        issues.add(lineNo, undefined, `row ${lineNo}`, `the row has no cell for ${k.key}`);
      } else take(lineNo, date, k.currency, cell);
    }
  }
  issues.throwIfAny();
  if (byDate.size === 0) fail(dataStart + 1, 'the file names its series but holds no observations');
  return [...byDate].map(([d, rates]) => ({ date: d, rates })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
