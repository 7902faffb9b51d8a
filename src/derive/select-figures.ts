/**
 * Choosing figures: by filters (list), and the headline figures (summary): the newest figure
 * of each indicator, place and unit, in the order of the facts file.
 */
import type { Figure } from '../facts/schema.js';

export interface FigureFilter {
  indicator?: string | undefined;
  place?: string | undefined;
  unit?: string | undefined;
  source?: string | undefined;
}

/** Figures matching every given filter; place and unit match without regard to case. */
export function filterFigures(figures: readonly Figure[], filter: FigureFilter): Figure[] {
  const eq = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
  return figures.filter(
    (f) => eq(f.indicator, filter.indicator) && eq(f.place, filter.place) && eq(f.unit, filter.unit) && eq(f.source, filter.source),
  );
}

/** Compares partial ISO dates by the last day they cover: "2023" sorts after "2023-09-28". */
function asOfKey(asOf: string): string {
  return asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? `${asOf}-31` : asOf;
}

/** The headline figures: per indicator, place and unit, the one with the latest asOf. */
export function headlineFigures(figures: readonly Figure[]): Figure[] {
  const best = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.indicator}\u0000${f.place}\u0000${f.unit}`;
    const cur = best.get(key);
    if (!cur || asOfKey(f.asOf) > asOfKey(cur.asOf)) best.set(key, f);
  }
  const chosen = new Set(best.values());
  return figures.filter((f) => chosen.has(f));
}
