/**
 * The figure as the JSON contract describes it (README "JSON output"): every field present,
 * `null` where the facts file gives nothing, bounds resolved, place and source expanded.
 */
import type { Qualifier } from '../domain/qualifier.js';
import type { FactsIndex } from '../facts/facts-index.js';
import type { Figure } from '../facts/schema.js';
import { figureBounds } from './figure-bounds.js';

export interface StatedRecord {
  value: number;
  unit: string;
  qualifier: Qualifier;
  quote: string;
}

export interface FigureRecord {
  id: string;
  label: string;
  indicator: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  asOf: string;
  place: PlaceRecord;
  source: { id: string; publisher: string; title: string; published: string; url: string | null };
  quote: string;
  stated: StatedRecord[];
  notes: string | null;
  /** dimension -> value; null for a total */
  breakdown: Record<string, string> | null;
  /** the period the figure covers, where its source gives one */
  period: { start: string; end: string } | null;
}

/** A figure's place: its id and name, and where the facts file gives them, ISO3, admin level, p-code and parent. */
export interface PlaceRecord {
  id: string;
  name: string;
  iso3: string | null;
  level: number | null;
  pcode: string | null;
  parent: string | null;
}

type SourceRecord = FigureRecord['source'];

/**
 * The place and source records of a facts index, each made once and frozen: every figure of a
 * place shares one, so a batch of a thousand ids builds a thousand figure records but not a
 * thousand copies of each place and source. Besides the allocations, this keeps
 * toFigureRecord's own code short: V8 then compiles it later, and the background compile that
 * the process waits for at exit no longer falls inside a batch of 1,000 ids (docs/performance.md).
 */
const shared = new WeakMap<FactsIndex, { places: Map<string, PlaceRecord>; sources: Map<string, SourceRecord> }>();

function recordsOf(facts: FactsIndex): { places: Map<string, PlaceRecord>; sources: Map<string, SourceRecord> } {
  let own = shared.get(facts);
  if (own === undefined) {
    own = { places: new Map(), sources: new Map() };
    shared.set(facts, own);
  }
  return own;
}

/** The shared record of `id` in `own`, made by `make` (then frozen) the first time it is asked for. */
function sharedRecord<T extends object>(own: Map<string, T>, id: string, facts: FactsIndex, make: (id: string, facts: FactsIndex) => T): T {
  let record = own.get(id);
  if (record === undefined) {
    record = Object.freeze(make(id, facts));
    own.set(id, record);
  }
  return record;
}

function makePlaceRecord(id: string, facts: FactsIndex): PlaceRecord {
  const place = facts.places.get(id);
  return { id, name: place?.name ?? id, iso3: place?.iso3 ?? null, level: place?.level ?? null, pcode: place?.pcode ?? null, parent: place?.parent ?? null };
}

function makeSourceRecord(id: string, facts: FactsIndex): SourceRecord {
  const source = facts.sources.get(id);
  return { id, publisher: source?.publisher ?? '', title: source?.title ?? '', published: source?.published ?? '', url: source?.url ?? null };
}

/** The JSON-contract record of one figure. */
export function toFigureRecord(fig: Figure, facts: FactsIndex): FigureRecord {
  const { low, high } = figureBounds(fig);
  const own = recordsOf(facts);
  return {
    id: fig.id,
    label: fig.label,
    indicator: fig.indicator,
    value: fig.value,
    unit: fig.unit,
    qualifier: fig.qualifier,
    low,
    high,
    asOf: fig.asOf,
    place: sharedRecord(own.places, fig.place, facts, makePlaceRecord),
    source: sharedRecord(own.sources, fig.source, facts, makeSourceRecord),
    quote: fig.quote,
    stated: (fig.stated ?? []).map((s) => ({ value: s.value, unit: s.unit, qualifier: s.qualifier ?? 'exact', quote: s.quote })),
    notes: fig.notes ?? null,
    breakdown: fig.breakdown ? { ...fig.breakdown } : null,
    period: fig.period ? { start: fig.period.start, end: fig.period.end } : null,
  };
}

/** A breakdown as words, "sector FSC, sex f": how every output names the part a figure is. */
export function breakdownWords(breakdown: Readonly<Record<string, string>>): string {
  return Object.entries(breakdown)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

/**
 * The places above the records' places that none of the records is placed in, each once, in the
 * order the records first lead to them: what an export of figure rows would otherwise name only
 * as a parent's id, without its name, level or own parent (a market's district and province).
 */
export function placesAboveOnly(records: readonly FigureRecord[], facts: FactsIndex): PlaceRecord[] {
  const own = recordsOf(facts);
  const placed = new Set<string>();
  for (const r of records) placed.add(r.place.id);
  const seen = new Set<string>();
  const above: PlaceRecord[] = [];
  const done = new Set<string>();
  for (const r of records) {
    if (done.has(r.place.id)) continue;
    done.add(r.place.id);
    // (the Set ends a cycle in a hand-made file; a chain is as long as the places, never more)
    for (let id = r.place.parent; id !== null && !seen.has(id) && facts.places.has(id); ) {
      seen.add(id);
      const place = sharedRecord(own.places, id, facts, makePlaceRecord);
      if (!placed.has(id)) above.push(place);
      id = place.parent;
    }
  }
  return above;
}
