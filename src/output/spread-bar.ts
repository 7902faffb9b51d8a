/**
 * The spread of a comparison as a picture: for each source a bar on one scale per group, from
 * the group's lowest to its highest value or bound. The bar marks the value with ┃ and the
 * interval an approximate value stands for with ━ (to the edge, ending in < or >, when it is
 * open on that side); the rest of the scale is dotted. All characters are one column wide and
 * none is a space, so a bar is one word that a table never wraps. Values in, text out.
 *
 *     ·····━━━━┃━━━━·····   ≈2,300 (2,250–2,350)
 *     ┃··················   1,800, the lowest
 *     ·······┃━━━━━━━━━━>   3,400 or more
 */
import type { Paint } from './formats.js';

/** A value with the bounds of what it stands for (null: open on that side). */
export interface BarPoint {
  value: number;
  low: number | null;
  high: number | null;
}

export interface BarScale {
  min: number;
  max: number;
}

const TRACK = '·';
const INTERVAL = '━';
const VALUE = '┃';

/** The scale of a group: its lowest and highest value or finite bound (a loop, any size). */
export function barScale(points: readonly BarPoint[]): BarScale {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    for (const v of [p.value, p.low, p.high]) {
      if (v === null || !Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { min, max };
}

/** The bar of one point, `width` (at least 3) columns wide, on `scale`. */
export function spreadBar(point: BarPoint, scale: BarScale, width: number): string {
  const w = Math.max(3, Math.floor(width));
  const span = scale.max - scale.min;
  // one value on the whole scale: everything sits in the middle
  const at = (v: number) => (span > 0 ? Math.min(w - 1, Math.max(0, Math.round(((v - scale.min) / span) * (w - 1)))) : Math.floor((w - 1) / 2));
  const cells = new Array<string>(w).fill(TRACK);
  const from = point.low === null ? 0 : at(point.low);
  const to = point.high === null ? w - 1 : at(point.high);
  for (let i = from; i <= to; i++) cells[i] = INTERVAL;
  if (point.low === null) cells[0] = '<';
  if (point.high === null) cells[w - 1] = '>';
  cells[at(point.value)] = VALUE;
  return cells.join('');
}

/** Colours a laid-out line of bars: the interval in the accent colour, the value bold, the track dim. */
export function paintBar(line: string, paint: Paint): string {
  return line.replace(/·+|━+|┃/g, (run) => (run[0] === TRACK ? paint.dim(run) : run[0] === VALUE ? paint.bold(run) : paint.accent(run)));
}
