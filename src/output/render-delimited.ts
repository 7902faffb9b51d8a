/**
 * Delimited text for spreadsheets and Unix tools. CSV as RFC 4180 describes it (comma, CRLF,
 * quotes doubled, a field quoted when it holds a comma, quote, CR or LF); TSV as the IANA
 * text/tab-separated-values type (tab, LF) with tab, newline, carriage return and backslash
 * written as \t \n \r \\ so that every record stays on one line; HXL as CSV with the hashtag
 * row under the header. Text cells that a spreadsheet would run as formulas are neutralised;
 * numbers are written plainly (no grouping, no exponent), negative ones included. Control and
 * bidirectional characters are shown escaped (`\x1B`), as everywhere humfig prints text.
 */
import type { Column } from './formats.js';
import { plainNumber } from './format-number.js';
import { neutraliseFormula, sanitizeTerminal, sanitizeTerminalMultiline } from './sanitize.js';

/** One CSV field, quoted when needed and guarded against formula injection. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  // line breaks inside a quoted field are data; every other control character is shown escaped
  const safe = sanitizeTerminalMultiline(neutraliseFormula(value.replace(/\r\n/g, '\n')));
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const TSV_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

/** One TSV field: escapes keep it on one line and free of tabs. */
export function tsvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return sanitizeTerminal(neutraliseFormula(value).replace(/[\t\n\r\\]/g, (c) => TSV_ESCAPES[c]!));
}

/** A CSV document: the header row then one row per record. */
export function renderCsv<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV rows without the header, for streaming after renderCsv([]) printed it. */
export function renderCsvRows<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  return records.map((r) => `${columns.map((c) => csvField(c.value(r))).join(',')}\r\n`).join('');
}

/** A TSV document: the header line then one line per record. */
export function renderTsv<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>, header = true): string {
  const lines = header ? [columns.map((c) => tsvField(c.header)).join('\t')] : [];
  for (const r of records) lines.push(columns.map((c) => tsvField(c.value(r))).join('\t'));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A column's hashtag: its own, else `#meta` with its header as the attribute (`rate_date`: `#meta+rate_date`), never none. */
function hashtagOf<R>(c: Column<R>): string {
  if (c.hxl !== undefined) return c.hxl;
  const attribute = c.header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return attribute === '' ? '#meta' : `#meta+${/^[a-z]/.test(attribute) ? attribute : `c${attribute}`}`;
}

/** An HXL-tagged CSV: header row, hashtag row (every column tagged), data rows. */
export function renderHxl<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  const head = `${columns.map((c) => csvField(c.header)).join(',')}\r\n${columns.map((c) => csvField(hashtagOf(c))).join(',')}\r\n`;
  return head + renderCsvRows(records, columns);
}
