/**
 * Pictures of a series in text: a sparkline (one block character per value, ▁ to █) and a small
 * line chart drawn with box-drawing characters. Values in, lines out; no colour, no I/O.
 */

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The level 0..levels-1 of `value` between `min` and `max` (the middle one when they are equal). */
function level(value: number, min: number, max: number, levels: number): number {
  if (max === min) return Math.floor((levels - 1) / 2);
  return Math.round(((value - min) / (max - min)) * (levels - 1));
}

/** The lowest and highest of `values` (a loop: no spread of an input-sized array). */
export function extent(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** One block character per value, scaled between `min` and `max` (by default the series' own). */
export function sparkline(values: readonly number[], scale = extent(values)): string {
  let out = '';
  for (const v of values) out += BLOCKS[level(v, scale.min, scale.max, BLOCKS.length)];
  return out;
}

export interface LineChartOptions {
  /** rows of the plot (at least 2) */
  height: number;
  /** total width in columns, axis labels included */
  width: number;
  /** how a value is written on the axis */
  format: (value: number) => string;
  /** the labels under the first and last point (dates) */
  first?: string;
  last?: string;
}

/**
 * A line chart of `values` in order, left to right: the highest, middle and lowest values
 * labelled on the left axis. With more values than columns, each column shows the last value
 * that falls in it (the caller says so to the user).
 */
export function lineChart(values: readonly number[], options: LineChartOptions): string[] {
  const height = Math.max(2, options.height);
  const { min, max } = extent(values);
  const labelAt = new Map<number, string>(
    max === min ? [[level(min, min, max, height), options.format(min)]] : [[height - 1, options.format(max)], [0, options.format(min)]],
  );
  if (height >= 5 && max !== min) labelAt.set(Math.floor((height - 1) / 2), options.format(min + ((max - min) * Math.floor((height - 1) / 2)) / (height - 1)));
  let labelWidth = 0;
  for (const l of labelAt.values()) labelWidth = Math.max(labelWidth, l.length);
  const plotWidth = Math.max(1, options.width - labelWidth - 2);

  // x position of each point: spread over the plot, at most 8 columns apart
  const n = values.length;
  const step = n <= 1 ? 0 : Math.min(8, (plotWidth - 1) / (n - 1));
  const points: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < n; i++) {
    const x = Math.round(i * step);
    const y = level(values[i]!, min, max, height);
    if (points.length > 0 && points[points.length - 1]!.x === x) points[points.length - 1] = { x, y };
    else points.push({ x, y });
  }
  const used = points[points.length - 1]!.x + 1;
  const grid = Array.from({ length: height }, () => new Array<string>(used).fill(' '));
  const put = (x: number, y: number, ch: string) => (grid[height - 1 - y]![x] = ch);
  put(points[0]!.x, points[0]!.y, '─');
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (let x = a.x + 1; x < b.x; x++) put(x, a.y, '─');
    if (a.y === b.y) {
      put(b.x, b.y, '─');
      continue;
    }
    const up = b.y > a.y;
    put(b.x, a.y, up ? '╯' : '╮');
    for (let y = Math.min(a.y, b.y) + 1; y < Math.max(a.y, b.y); y++) put(b.x, y, '│');
    put(b.x, b.y, up ? '╭' : '╰');
  }

  const lines = grid.map((row, r) => {
    const label = labelAt.get(height - 1 - r);
    return `${(label ?? '').padStart(labelWidth)} ${label === undefined ? '│' : '┤'}${row.join('')}`.trimEnd();
  });
  if (options.first !== undefined || options.last !== undefined) {
    const first = options.first ?? '';
    const last = options.last ?? '';
    const indent = ' '.repeat(labelWidth + 2);
    const gap = used - first.length - last.length;
    lines.push(`${indent}${gap >= 1 ? `${first}${' '.repeat(gap)}${last}` : `${first} … ${last}`}`.trimEnd());
  }
  return lines;
}
