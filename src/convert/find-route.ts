/**
 * Finding a chain of published rates between two currencies across several rate tables, each
 * in its own base (the ECB's in EUR, a central bank's in USD...). Each table is a star: its base
 * linked to every currency it quotes on or before the date. A route is a path from one currency
 * to the other; each step is one published rate.
 *
 * Which route, when there are several (documented in docs/conversion.md):
 *  1. the fewest published rates: every rate is a rounded figure and a step of its own to cite;
 *  2. among those, the freshest: the route whose oldest rate is the newest;
 *  3. then the order of the tables (a rates file's own order), so the answer never depends on
 *     anything but the files.
 */

import type { RatePoint, RateTable } from './rate-table.js';

/** One step of a route: a published rate of `quote` per 1 `base`, read forwards or backwards. */
export interface RouteStep {
  table: RateTable;
  base: string;
  quote: string;
  point: RatePoint;
  /** true when the step goes from `quote` to `base` (the amount is divided by the rate) */
  inverse: boolean;
}

/** A route so far: its steps and its oldest date (the bottleneck compared in rule 2). */
interface Partial {
  steps: RouteStep[];
  oldest: string;
}

/** Past every date, so that the empty route's oldest date loses to none. */
const NO_DATE = '9999-99-99';

/** Rule 2 then rule 3: true when `a` is a better route than `b` of the same length. */
function better(a: Partial, b: Partial | undefined): boolean {
  return b === undefined || a.oldest > b.oldest;
}

/** `partial` extended by one step. */
function extend(partial: Partial, step: RouteStep): Partial {
  return { steps: [...partial.steps, step], oldest: step.point.date < partial.oldest ? step.point.date : partial.oldest };
}

/** The steps linking `x` and `y` directly (one published rate), in table order. */
function directSteps(tables: readonly RateTable[], x: string, y: string, date: string): RouteStep[] {
  const steps: RouteStep[] = [];
  for (const table of tables) {
    if (table.base === x) {
      const point = table.onOrBefore(y, date);
      if (point) steps.push({ table, base: x, quote: y, point, inverse: false });
    } else if (table.base === y) {
      const point = table.onOrBefore(x, date);
      if (point) steps.push({ table, base: y, quote: x, point, inverse: true });
    }
  }
  return steps;
}

/**
 * The best route from `from` to `to` using rates on or before `date` (see the rules above), or
 * undefined when no chain of rates links them. Breadth-first, one level per published rate:
 * each level first looks for a step straight to `to` (cheap lookups) and lists a table's whole
 * currency set only when it must go further, so that the common route through one base reads
 * a handful of rates. The work is bounded by the number of currencies times the number of tables.
 */
export function findRoute(tables: readonly RateTable[], from: string, to: string, date: string): RouteStep[] | undefined {
  if (from === to) return [];
  const reached = new Set<string>([from]);
  let frontier = new Map<string, Partial>([[from, { steps: [], oldest: NO_DATE }]]);
  while (frontier.size > 0) {
    let arrival: Partial | undefined;
    for (const partial of frontier.values()) {
      const at = partial.steps.at(-1);
      const here = at === undefined ? from : at.inverse ? at.base : at.quote;
      for (const step of directSteps(tables, here, to, date)) {
        const route = extend(partial, step);
        if (better(route, arrival)) arrival = route;
      }
    }
    if (arrival) return arrival.steps;

    const next = new Map<string, Partial>();
    const offer = (currency: string, route: Partial): void => {
      if (reached.has(currency)) return;
      if (better(route, next.get(currency))) next.set(currency, route);
    };
    for (const [here, partial] of frontier) {
      for (const table of tables) {
        if (table.base === here) {
          for (const currency of table.currencies()) {
            if (reached.has(currency)) continue;
            const point = table.onOrBefore(currency, date);
            if (point) offer(currency, extend(partial, { table, base: here, quote: currency, point, inverse: false }));
          }
        } else {
          const point = table.onOrBefore(here, date);
          if (point) offer(table.base, extend(partial, { table, base: table.base, quote: here, point, inverse: true }));
        }
      }
    }
    for (const currency of next.keys()) reached.add(currency);
    frontier = next;
  }
  return undefined;
}
