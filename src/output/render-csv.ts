/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a header row, fields quoted
 * when they hold a comma, quote, CR or LF, quotes doubled. Cells that a spreadsheet would run
 * as formulas are neutralised; numbers are written plainly (no grouping, no exponent).
 */
import type { Column } from './formats.js';
import { plainNumber } from './format-number.js';
import { neutraliseFormula } from './sanitize.js';

/** One CSV field, quoted when needed and guarded against formula injection. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: the header row then one row per record. */
export function renderCsv<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
