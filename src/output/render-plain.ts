/**
 * Plain text for people and for `grep`/`awk`: columns padded with spaces, no borders, no
 * colour, one record per line; every cell sanitised for the terminal and kept on one line.
 */
import { maxOf } from '../domain/extremes.js';
import type { Column } from './formats.js';
import { formatNumber } from './format-number.js';
import { oneLine, sanitizeTerminal } from './sanitize.js';

function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : sanitizeTerminal(oneLine(value));
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
  const widths = columns.map((_, i) => maxOf(rows.map((row) => width(row[i]!)), 0));
  return rows.map((row) => `${row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ')}`.trimEnd() + '\n').join('');
}

/** "key: value" lines for one record, for detail views in plain format. */
export function renderPlainDetail(pairs: ReadonlyArray<readonly [string, string | number | null]>): string {
  const w = maxOf(pairs.map(([k]) => k.length), 0);
  return pairs.map(([k, v]) => `${k.padEnd(w)}  ${cellText(v)}\n`).join('');
}
