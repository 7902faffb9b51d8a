/**
 * Tables for people, drawn with cli-table3. Colour only when the caller says so (cli.ts decides
 * once from the flags, NO_COLOR, FORCE_COLOR and whether stdout is a terminal); every cell is
 * sanitised, since facts files are untrusted.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Column, RenderOptions } from './formats.js';
import { formatNumber } from './format-number.js';
import { sanitizeTerminalMultiline } from './sanitize.js';

function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : sanitizeTerminalMultiline(value);
}

/** Widths that fit `width` columns, shrinking the widest columns first. */
function fitWidths(natural: number[], width: number): number[] {
  // a column is its text plus one space of padding each side; n + 1 vertical borders
  const borders = natural.length + 1;
  const widths = natural.map((w) => w + 2);
  while (widths.reduce((a, b) => a + b, 0) + borders > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]! -= 1;
  }
  return widths;
}

/** A horizontal table: one row per record. */
export function renderTable<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const rows = records.map((r) => columns.map((c) => cellText(c.value(r))));
  const natural = columns.map((c, i) => Math.max(c.header.length, ...rows.map((row) => longestLine(row[i]!))));
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
    style: { head: [], border: [], compact: true },
    // wrap long cells anywhere rather than cut them: a range must never lose its high end
    ...(options.width ? { colWidths: fitWidths(natural, options.width), wordWrap: true, wrapOnWordBoundary: false } : {}),
  });
  for (const row of rows) table.push(row);
  return `${table.toString()}\n`;
}

/** A vertical table of one record: field name, then value. */
export function renderDetail(pairs: ReadonlyArray<readonly [string, string | number | null]>, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const labelWidth = Math.max(...pairs.map(([k]) => k.length)) + 2;
  // prose fields (quote, notes) wrap to the terminal, or to 100 columns when piped
  const width = options.width ?? DETAIL_WIDTH_WHEN_PIPED;
  const table = new Table({
    style: { head: [], border: [], compact: true },
    colWidths: [labelWidth, Math.max(20, width - labelWidth - 3)],
    wordWrap: true,
  });
  for (const [k, v] of pairs) table.push({ [chalk.bold(k)]: cellText(v) });
  return `${table.toString()}\n`;
}

const DETAIL_WIDTH_WHEN_PIPED = 100;

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((l) => l.length));
}
