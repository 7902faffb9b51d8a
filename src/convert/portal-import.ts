/**
 * The ECB Data Portal's CSV of exchange rates (dataflow EXR, the format the ECB now points
 * people to): a header `KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,
 * OBS_VALUE,...` then one line per observation, one or many series (`EXR.D.USD.EUR.SP00.A`...).
 * The euro reference rates are the series with FREQ=D, CURRENCY_DENOM=EUR, EXR_TYPE=SP00 (spot)
 * and EXR_SUFFIX=A (the day's reference value): units of CURRENCY per 1 EUR, the same numbers as
 * eurofxref-hist.csv. Any other series is refused with what it is, rather than read as if it
 * were one of them (a monthly average is not a day's rate).
 */

import { isIsoDate } from '../domain/dates.js';
import { FileInvalidError, type FileIssue } from '../errors.js';
import { splitCsvCells, textLines } from './csv-cells.js';
import type { RateDay } from './rate-table.js';

/** The columns a Data Portal CSV must have; the others (titles, flags) are passed over. */
export const PORTAL_COLUMNS = ['FREQ', 'CURRENCY', 'CURRENCY_DENOM', 'TIME_PERIOD', 'OBS_VALUE'] as const;

const MAX_ISSUES = 50;
const POSITIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
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
export function parsePortalCsv(text: string, fileName: string): RateDay[] {
  const issues: FileIssue[] = [];
  const add = (line: number, column: number | undefined, path: string, message: string): void => {
    if (issues.length >= MAX_ISSUES) return;
    const issue: FileIssue = { file: fileName, path, line, message };
    if (column !== undefined) issue.column = column;
    issues.push(issue);
  };
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
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
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
    if (!POSITIVE_DECIMAL.test(value.text) || !/[1-9]/.test(value.text)) {
      add(lineNo, value.column, `${path}, column OBS_VALUE`, `'${value.text}' is not a rate; expected a positive decimal such as 1.0594`);
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
  if (issues.length > 0) throw new FileInvalidError(issues, 'rates');
  if (byDate.size === 0) throw new FileInvalidError([{ file: fileName, path: '', line: headerIndex + 2, message: 'the file has a header but no observations' }], 'rates');
  return [...byDate].map(([date, rates]) => ({ date, rates })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
