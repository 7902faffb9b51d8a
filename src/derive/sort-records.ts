/**
 * `list --sort` and `--limit`: figure records in a chosen order, by code point (never by the
 * machine's locale) and stable, so that equal keys keep the order of the facts file.
 */
import type { FigureRecord } from './figure-record.js';

export const SORT_KEYS = ['id', 'value', 'as-of', 'place', 'indicator', 'source', '-value', '-as-of'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const KEY_OF: Record<SortKey, (r: FigureRecord) => string | number> = {
  id: (r) => r.id,
  value: (r) => r.value,
  '-value': (r) => r.value,
  'as-of': (r) => r.asOf,
  '-as-of': (r) => r.asOf,
  place: (r) => r.place.id,
  indicator: (r) => r.indicator,
  source: (r) => r.source.id,
};

/** The records sorted by `key` (a leading '-' for descending). */
export function sortRecords(records: readonly FigureRecord[], key: SortKey): FigureRecord[] {
  const of = KEY_OF[key];
  const sign = key.startsWith('-') ? -1 : 1;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return records
    .map((r, i) => ({ r, i, k: of(r) }))
    .sort((a, b) => sign * cmp(a.k, b.k) || a.i - b.i)
    .map((x) => x.r);
}
