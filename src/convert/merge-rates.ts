/**
 * Merging an import into the tables a rates file already holds: a table is one source's rates
 * in one base; the incoming table joins the existing table of the same source and base, or is
 * added after the others. Within a table, a day in both keeps every currency of either, the
 * incoming rate winning where both have one (a Data Portal file of two series adds them to the
 * day rather than dropping the other currencies).
 */

import type { RateDay } from './rate-table.js';
import type { RatesTableContent } from './rates-file.js';

/** The merged tables, and how many of the incoming days were new or already there. */
export interface MergeResult {
  tables: RatesTableContent[];
  added: number;
  replaced: number;
}

/** Days of `incoming` merged into `existing`, oldest first. */
export function mergeDays(existing: readonly RateDay[], incoming: readonly RateDay[]): { days: RateDay[]; added: number; replaced: number } {
  const byDate = new Map<string, RateDay>(existing.map((d) => [d.date, d]));
  let added = 0;
  let replaced = 0;
  for (const d of incoming) {
    const before = byDate.get(d.date);
    if (before) replaced++;
    else added++;
    byDate.set(d.date, before ? { date: d.date, rates: { ...before.rates, ...d.rates } } : d);
  }
  return { days: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), added, replaced };
}

/** `incoming` merged into `tables` (see above); the incoming source and provenance replace the old ones. */
export function mergeTables(tables: readonly RatesTableContent[], incoming: RatesTableContent): MergeResult {
  const at = tables.findIndex((t) => t.source.id === incoming.source.id && t.base === incoming.base);
  if (at < 0) return { tables: [...tables, incoming], added: incoming.days.length, replaced: 0 };
  const merged = mergeDays(tables[at]!.days, incoming.days);
  const out = [...tables];
  out[at] = { ...incoming, days: merged.days };
  return { tables: out, added: merged.added, replaced: merged.replaced };
}
