/**
 * Plain text for people and for `grep`/`awk`: columns padded with spaces, no borders, no
 * colour, one record per line; every cell sanitised for the terminal and kept on one line.
 */
import type { Column } from './formats.js';
import { formatNumber } from './format-number.js';
import { sanitizeTerminal } from './sanitize.js';

function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : sanitizeTerminal(value.replace(/\r?\n/g, ' '));
}

/** Width in terminal columns, counting each code point as one (good enough for aligned Latin text). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Aligned columns with a header line. */
export function renderPlain<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  const rows = [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => cellText(c.value(r))))];
  // a loop, not Math.max(...rows): a spread of 200,000 rows overflows the stack
  const widths = columns.map(() => 0);
  for (const row of rows) for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i]!, width(row[i]!));
  return rows.map((row) => `${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ')}`.trimEnd() + '\n').join('');
}

/** "key: value" lines for one record, for detail views in plain format. */
export function renderPlainDetail(pairs: ReadonlyArray<readonly [string, string | number | null]>): string {
  let w = 0;
  for (const [k] of pairs) w = Math.max(w, k.length);
  return pairs.map(([k, v]) => `${k.padEnd(w)}  ${cellText(v)}\n`).join('');
}
