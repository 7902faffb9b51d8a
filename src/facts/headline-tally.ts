/**
 * The headline figures of a file, gathered one figure at a time: per indicator, place and unit,
 * the total (a figure without a breakdown) with the latest asOf, and for the groups that have
 * no total, how many breakdown figures they have and by which dimensions. It holds one entry
 * per group, never the figures themselves, so `summary` reads a file of any size in bounded
 * memory; a streamed file's two threads each fill one and the main thread merges them in file
 * order. derive/select-figures.ts answers the same questions of an array through it.
 */
import type { Figure } from './schema.js';

/** An indicator/place/unit group with breakdown figures and no total. */
export interface BreakdownOnly {
  indicator: string;
  place: string;
  unit: string;
  figures: number;
  dimensions: string[];
  /** the breakdown asked for ("sector=FSC") when the figures are finer breakdowns of it and none is it alone */
  of?: string;
}

interface Group {
  indicator: string;
  place: string;
  unit: string;
  /** the chosen total, and its index in the file (or in this thread's part of it) */
  best: Figure | undefined;
  index: number;
  /** the breakdown figures' count and dimensions */
  breakdowns: number;
  dims: Set<string>;
}

/** A tally in a form a worker thread can post: its groups in order of first appearance. */
export interface TallyState {
  groups: { key: string; indicator: string; place: string; unit: string; best: Figure | undefined; index: number; breakdowns: number; dims: string[] }[];
}

/** Compares partial ISO dates by the last day they cover: "2023" sorts after "2023-09-28". */
export function asOfKey(asOf: string): string {
  return asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? `${asOf}-31` : asOf;
}

function groupKey(f: Figure): string {
  return `${f.indicator}\u0000${f.place}\u0000${f.unit}`;
}

/**
 * Whether a total read later is a better headline than one read before, of its indicator and place: a later date, or
 * of one date another source first by source id, as `get` breaks such a tie (two sources' death tolls of one day:
 * summary and get give one answer); of one source and date the first read stays.
 */
function isBetterHeadline(later: Figure, earlier: Figure): boolean {
  const a = asOfKey(later.asOf);
  const b = asOfKey(earlier.asOf);
  if (a !== b) return a > b;
  return later.source !== earlier.source && later.source < earlier.source;
}

export class HeadlineTally {
  private readonly groups = new Map<string, Group>();

  /** Counts figure `index` of the file (indexes rise as the file is read). */
  add(figure: Figure, index: number): void {
    const key = groupKey(figure);
    let g = this.groups.get(key);
    if (!g) {
      g = { indicator: figure.indicator, place: figure.place, unit: figure.unit, best: undefined, index: -1, breakdowns: 0, dims: new Set() };
      this.groups.set(key, g);
    }
    if (figure.breakdown === undefined) {
      // (of equal dates, the first source by id: the answer `get` gives, whatever the file's order)
      if (!g.best || isBetterHeadline(figure, g.best)) {
        g.best = figure;
        g.index = index;
      }
    } else {
      g.breakdowns++;
      for (const k in figure.breakdown) g.dims.add(k);
    }
  }

  /** The tally of a part read after everything counted here, whose indexes start at `offset`. */
  merge(later: TallyState, offset: number): void {
    for (const s of later.groups) {
      const g = this.groups.get(s.key);
      if (!g) {
        this.groups.set(s.key, { indicator: s.indicator, place: s.place, unit: s.unit, best: s.best, index: s.best ? s.index + offset : -1, breakdowns: s.breakdowns, dims: new Set(s.dims) });
        continue;
      }
      if (s.best && (!g.best || isBetterHeadline(s.best, g.best))) {
        g.best = s.best;
        g.index = s.index + offset;
      }
      g.breakdowns += s.breakdowns;
      for (const d of s.dims) g.dims.add(d);
    }
  }

  state(): TallyState {
    const groups: TallyState['groups'] = [];
    for (const [key, g] of this.groups) groups.push({ key, indicator: g.indicator, place: g.place, unit: g.unit, best: g.best, index: g.index, breakdowns: g.breakdowns, dims: [...g.dims] });
    return { groups };
  }

  /** The chosen totals, in the order of the file. */
  headlines(): Figure[] {
    const chosen: { figure: Figure; index: number }[] = [];
    for (const g of this.groups.values()) if (g.best) chosen.push({ figure: g.best, index: g.index });
    chosen.sort((a, b) => a.index - b.index);
    return chosen.map((c) => c.figure);
  }

  /** The groups with breakdowns and no total, in order of their first figure. */
  breakdownOnly(): BreakdownOnly[] {
    const out: BreakdownOnly[] = [];
    for (const g of this.groups.values()) {
      if (g.best) continue;
      out.push({ indicator: g.indicator, place: g.place, unit: g.unit, figures: g.breakdowns, dimensions: [...g.dims].sort() });
    }
    return out;
  }
}
