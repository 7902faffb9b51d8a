/**
 * Tables for people, drawn by our own renderer. Colour only when the caller says so (cli.ts
 * decides once from the flags, NO_COLOR, FORCE_COLOR and whether stdout is a terminal); every
 * cell is sanitised, since facts files are untrusted.
 *
 * Given a width (the terminal's, or COLUMNS when piped), the table fits it: the widest columns
 * shrink first, never below their longest number with its unit nor their longest word (up
 * to SOFT_WORDS columns); text wraps at word boundaries (wrap-text.ts). A table that
 * cannot fit even so is printed as one block of "field value" lines per record. Cells are
 * wrapped as plain text and coloured afterwards, line by line, so no escape sequence is ever
 * cut. Without a width, rows are not wrapped.
 *
 * Time and memory are linear in the number of cells and the stack is constant: no spread of
 * rows into a call, no recursion (cli-table3, used before, took 177 s for 40,000 rows and ran
 * out of stack at 130,000).
 */
import { Chalk } from 'chalk';
import type { Column, Paint, RenderOptions } from './formats.js';
import { formatNumber } from './format-number.js';
import { sanitizeTerminalMultiline } from './sanitize.js';
import { textWidth } from './text-width.js';
import { cellLimits, type CellLimits, widestLine, wrapText } from './wrap-text.js';

/**
 * A column shrinks no further than its longest number with its unit, nor than its longest
 * word up to 16 columns (ids, place names); failing that, up to 14, 12, 10. A table that cannot fit
 * so is stacked: cutting every word to a few letters is unreadable.
 */
const SOFT_WORDS = [16, 14, 12, 10] as const;
/** Prose fields of a single record (quote, notes) wrap to this width when piped. */
const DETAIL_WIDTH_WHEN_PIPED = 100;

function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : sanitizeTerminalMultiline(value);
}

/**
 * Column widths whose sum is at most `available`: the natural widths, or those with the widest
 * columns lowered to a common cap (never below each column's minimum). Undefined when even the
 * minimums do not fit.
 */
export function fitWidths(natural: readonly number[], min: readonly number[], available: number): number[] | undefined {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) <= available) return [...natural];
  const floor = natural.map((n, i) => Math.min(n, min[i]!));
  if (sum(floor) > available) return undefined;
  const capped = (cap: number) => natural.map((n, i) => Math.max(floor[i]!, Math.min(n, cap)));
  // the highest cap that fits, by bisection over [0, widest]
  let lo = 0;
  let hi = natural.reduce((a, b) => Math.max(a, b), 0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(capped(mid)) <= available) lo = mid;
    else hi = mid - 1;
  }
  const widths = capped(lo);
  // hand the columns left over to the capped columns: first whole to those they make whole
  // (fewest missing first), then one each, leftmost first
  let spare = available - sum(widths);
  const capped_ = widths.map((w, i) => ({ i, missing: natural[i]! - w })).filter((c) => c.missing > 0);
  capped_.sort((a, b) => a.missing - b.missing || a.i - b.i);
  for (const c of capped_) {
    if (c.missing > spare) break;
    widths[c.i] = natural[c.i]!;
    spare -= c.missing;
  }
  for (let i = 0; i < widths.length && spare > 0; i++) {
    if (widths[i]! < natural[i]!) {
      widths[i]! += 1;
      spare--;
    }
  }
  return widths;
}

interface Grid {
  head?: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  /** columns that never shrink (the labels of a detail view) */
  fixed?: readonly boolean[];
  /** pictures: the narrowest each may be, and how to draw row r's at a width */
  pictures?: ReadonlyArray<{ min: number; draw: (row: number, width: number) => string } | undefined>;
  /** how each column's body lines are coloured, after layout */
  style?: ReadonlyArray<((line: string, paint: Paint) => string) | undefined>;
  /** bold the first column (labels) */
  boldFirst?: boolean;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - textWidth(text)));

/** Rows drawn between two flushes of the output: their lines are joined into one flat string. */
const FLUSH_ROWS = 1024;

/** Runs of spaces, shared: padding takes one of these rather than making a new string. */
const SPACES: string[] = [''];
const spaces = (k: number): string => {
  if (k <= 0) return '';
  while (SPACES.length <= k) SPACES.push(`${SPACES[SPACES.length - 1]!} `);
  return SPACES[k]!;
};

/** Draws a grid of plain-text cells with box borders, fitted to `width` when given. */
function drawGrid(grid: Grid, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Paint = { bold: (t) => chalk.bold(t), dim: (t) => chalk.dim(t), accent: (t) => chalk.cyan(t) };
  const { head, rows } = grid;
  const n = (head ?? rows[0])?.length ?? 0;
  // the width of every body cell's widest line, measured once: fitting, wrapping and padding
  // all need it, and measuring is most of a large table's cost
  const cellWidths = new Int32Array(rows.length * n);
  const natural = new Array<number>(n).fill(0);
  if (head) for (let c = 0; c < n; c++) natural[c] = widestLine(head[c]!);
  for (let r = 0, k = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < n; c++, k++) {
      const w = widestLine(row[c]!);
      cellWidths[k] = w;
      if (w > natural[c]!) natural[c] = w;
    }
  }

  let widths = natural;
  if (options.width !== undefined) {
    // each column has one space of padding each side; n + 1 vertical borders
    const available = options.width - 3 * n - 1;
    const total = natural.reduce((a, b) => a + b, 0);
    if (total > available) {
      const limits = columnLimits(grid, n, cellWidths);
      // a header is never cut (up to 16 columns): a column is at least as wide as its header
      const headFloor = head?.map((h) => Math.min(widestLine(h), SOFT_WORDS[0])) ?? [];
      const floors = (longest: number, keepIds: boolean) =>
        limits.map((l, c) => {
          const picture = grid.pictures?.[c];
          if (picture) return Math.min(natural[c]!, Math.max(headFloor[c] ?? 0, picture.min));
          return grid.fixed?.[c] || (keepIds && !l.prose) ? natural[c]! : Math.max(1, headFloor[c] ?? 0, l.numeric, Math.min(l.word, longest));
        });
      // pictures take no room from text: they are fitted at their narrowest, then widened
      // with what the text leaves over
      const pictures = grid.pictures;
      const wanted = pictures ? natural.map((w, c) => (pictures[c] ? Math.min(w, Math.max(headFloor[c] ?? 0, pictures[c].min)) : w)) : natural;
      // a picture is an aid: it is drawn only beside text that keeps one line per row
      if (pictures && wanted.reduce((a, b) => a + b, 0) > available) return drawGrid(withoutPictures(grid), options);
      // identifiers whole if possible, then words of up to 16, 14, 12, 10 columns whole
      let fitted = fitWidths(wanted, floors(SOFT_WORDS[0], true), available);
      for (const longest of SOFT_WORDS) fitted ??= fitWidths(wanted, floors(longest, false), available);
      // a picture is an aid: a table without it beats one record per block
      if (!fitted && pictures) return drawGrid(withoutPictures(grid), options);
      if (!fitted) return drawStacked(grid, options.width, chalk);
      if (pictures) {
        let spare = available - fitted.reduce((a, b) => a + b, 0);
        for (let c = 0; c < n && spare > 0; c++) {
          if (!pictures[c]) continue;
          const more = Math.min(spare, natural[c]! - fitted[c]!);
          fitted[c]! += more;
          spare -= more;
        }
      }
      widths = fitted;
    }
  }

  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}\n`;
  const out: string[] = [rule('┌', '┬', '┐')];
  // a picture narrowed by the fitting is drawn again at its width, never wrapped
  const redraw = grid.pictures?.map((p, c) => (p && widths[c]! < natural[c]! ? p.draw : undefined));
  const style = grid.style;
  /** A cell's line, painted as its column asks, then padded to the column's width. */
  const cell = (text: string, width: number, c: number, bold: boolean): string => {
    if (text === '') return spaces(widths[c]!);
    const paintCell = style?.[c];
    const styled = bold ? chalk.bold(text) : paintCell ? paintCell(text, paint) : text;
    return styled + spaces(widths[c]! - width);
  };
  /** The lines of one row; `r` is its index among the body rows, or -1 for the header. */
  const drawRow = (row: readonly string[], r: number, bold: (c: number) => boolean): string => {
    // most rows fit on one line: every cell no wider than its column, none with a newline
    let oneLine = true;
    for (let c = 0; c < n && oneLine; c++) {
      const w = r >= 0 ? cellWidths[r * n + c]! : widestLine(row[c]!);
      oneLine = w <= widths[c]! && !row[c]!.includes('\n') && redraw?.[c] === undefined;
    }
    if (oneLine) {
      let line = '│';
      for (let c = 0; c < n; c++) line += ` ${cell(row[c]!, r >= 0 ? cellWidths[r * n + c]! : widestLine(row[c]!), c, bold(c))} │`;
      return `${line}\n`;
    }
    // a cell that fits keeps its one line and its known width; the others are wrapped
    const cells: string[][] = [];
    const known: Array<number | undefined> = [];
    let height = 1;
    for (let c = 0; c < n; c++) {
      const text = row[c]!;
      const w = r >= 0 ? cellWidths[r * n + c]! : widestLine(text);
      const picture = r >= 0 ? redraw?.[c] : undefined;
      const fits = w <= widths[c]! && !text.includes('\n');
      cells.push(picture ? [picture(r, widths[c]!)] : fits ? [text] : wrapText(text, widths[c]!));
      known.push(fits && !picture ? w : undefined);
      if (cells[c]!.length > height) height = cells[c]!.length;
    }
    let text = '';
    for (let l = 0; l < height; l++) {
      let line = '│';
      for (let c = 0; c < n; c++) {
        const piece = cells[c]![l] ?? '';
        const w = l === 0 ? known[c] : undefined;
        line += ` ${cell(piece, w ?? textWidth(piece), c, bold(c))} │`;
      }
      text += `${line}\n`;
    }
    return text;
  };
  if (head) {
    out.push(drawRow(head, -1, () => true));
    out.push(rule('├', '┼', '┤'));
  }
  // rows are joined a block at a time: a flat string per block, so that the lines of a large
  // table are short-lived garbage rather than a million strings held to the end
  let block: string[] = [];
  const boldFirst = grid.boldFirst === true;
  for (let r = 0; r < rows.length; r++) {
    block.push(drawRow(rows[r]!, r, (c) => c === 0 && boldFirst));
    if (block.length === FLUSH_ROWS) {
      out.push(block.join(''));
      block = [];
    }
  }
  out.push(block.join(''));
  out.push(rule('└', '┴', '┘'));
  return out.join('');
}

/** The grid without its picture columns. */
function withoutPictures(grid: Grid): Grid {
  const keep = (_: unknown, c: number) => !grid.pictures?.[c];
  return {
    rows: grid.rows.map((row) => row.filter(keep)),
    ...(grid.head ? { head: grid.head.filter(keep) } : {}),
    ...(grid.fixed ? { fixed: grid.fixed.filter(keep) } : {}),
    ...(grid.style ? { style: grid.style.filter(keep) } : {}),
    ...(grid.boldFirst !== undefined ? { boldFirst: grid.boldFirst } : {}),
  };
}

/** The limits of each column: the largest of its cells' (one pass over the cells, whose widths are known). */
function columnLimits(grid: Grid, n: number, cellWidths: Int32Array): CellLimits[] {
  const limits = Array.from({ length: n }, () => ({ numeric: 0, word: 0, prose: false }));
  const add = (text: string, w: number, l: CellLimits) => {
    // a cell no wider than what already sets the column's floors (its widest number, or a
    // word of the shortest soft length) cannot raise any floor: skip splitting it
    if (w <= l.numeric || w <= Math.min(l.word, SOFT_WORDS[SOFT_WORDS.length - 1]!)) {
      l.prose ||= text.includes(' ');
      return;
    }
    const cell = cellLimits(text);
    l.numeric = Math.max(l.numeric, cell.numeric);
    l.word = Math.max(l.word, cell.word);
    l.prose ||= cell.prose;
  };
  if (grid.head) for (let c = 0; c < n; c++) add(grid.head[c]!, widestLine(grid.head[c]!), limits[c]!);
  for (let r = 0, k = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    for (let c = 0; c < n; c++, k++) add(row[c]!, cellWidths[k]!, limits[c]!);
  }
  return limits;
}

/** A table too wide for the terminal: one block of "field value" lines per record. */
function drawStacked(grid: Grid, width: number, chalk: InstanceType<typeof Chalk>): string {
  const labels = grid.head ?? grid.rows.map((r) => r[0]!);
  let labelWidth = 0;
  for (const l of labels) labelWidth = Math.max(labelWidth, textWidth(l));
  const valueWidth = Math.max(1, width - labelWidth - 2);
  const out: string[] = [];
  const block = (pairs: ReadonlyArray<readonly [string, string]>) => {
    for (const [label, value] of pairs) {
      wrapText(value, valueWidth).forEach((line, i) => {
        const left = i === 0 ? pad(chalk.bold(label), labelWidth) : ' '.repeat(labelWidth);
        out.push(`${left}  ${line}`.trimEnd() + '\n');
      });
    }
  };
  if (grid.head) {
    grid.rows.forEach((row, r) => {
      if (r > 0) out.push('\n');
      block(row.map((v, c) => [grid.head![c]!, v] as const));
    });
  } else {
    block(grid.rows.map((row) => [row[0]!, row.slice(1).join(' ')] as const));
  }
  return out.join('');
}

/** A horizontal table: one row per record. */
export function renderTable<R>(records: readonly R[], columns: ReadonlyArray<Column<R>>, options: RenderOptions): string {
  const rows = records.map((r) => columns.map((c) => cellText(c.value(r))));
  const pictures = columns.some((c) => c.picture)
    ? columns.map((c) => c.picture && { min: c.picture.min, draw: (row: number, width: number) => c.picture!.draw(records[row]!, width) })
    : undefined;
  const style = columns.some((c) => c.style) ? columns.map((c) => c.style) : undefined;
  return drawGrid({ head: columns.map((c) => sanitizeTerminalMultiline(c.header)), rows, ...(pictures ? { pictures } : {}), ...(style ? { style } : {}) }, options);
}

/** A vertical table of one record: field name, then value; prose wraps in its column. */
export function renderDetail(pairs: ReadonlyArray<readonly [string, string | number | null]>, options: RenderOptions): string {
  const rows = pairs.map(([k, v]) => [sanitizeTerminalMultiline(k), cellText(v)] as const);
  return drawGrid({ rows, fixed: [true, false], boldFirst: true }, { ...options, width: options.width ?? DETAIL_WIDTH_WHEN_PIPED });
}
