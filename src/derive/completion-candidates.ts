/**
 * The values a completion script offers for a kind of argument, read off a facts file, each
 * with a few words that say what it is (fish shows them beside the value). One pass over the
 * file's figures, places or sources: linear in their number.
 */
import type { FactsFile } from '../facts/schema.js';

/** The kinds of value that come from a facts file. */
export const FACTS_CANDIDATE_KINDS = ['figures', 'indicators', 'series', 'places', 'sources'] as const;
export type FactsCandidateKind = (typeof FACTS_CANDIDATE_KINDS)[number];

export interface Candidate {
  value: string;
  description: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Each indicator once, in the order of its first figure, with how many figures it has. */
function indicators(data: Pick<FactsFile, 'figures'>): Candidate[] {
  const counts = new Map<string, number>();
  for (const f of data.figures) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, description: `indicator, ${plural(n, 'figure')}` }));
}

/**
 * The words that name a place: its id, the ISO3 code of a country, and a name that only one
 * place has (a name shared by several does not say which one is meant), each described by the
 * place's name (a name, by its id).
 */
function places(data: Pick<FactsFile, 'places'>): Candidate[] {
  const out: Candidate[] = data.places.map((p) => ({ value: p.id, description: p.name }));
  const seen = new Set(out.map((c) => c.value));
  for (const p of data.places) {
    if (p.iso3 !== undefined && p.level === 0 && !seen.has(p.iso3)) {
      seen.add(p.iso3);
      out.push({ value: p.iso3, description: p.name });
    }
  }
  const byName = new Map<string, string[]>();
  for (const p of data.places) byName.set(p.name, [...(byName.get(p.name) ?? []), p.id].slice(0, 2));
  for (const [name, ids] of byName) if (ids.length === 1 && !seen.has(name)) out.push({ value: name, description: `place ${ids[0]!}` });
  return out;
}

/** The candidates of one kind from a facts file. */
export function completionCandidates(data: Pick<FactsFile, 'figures' | 'places' | 'sources'>, kind: FactsCandidateKind): Candidate[] {
  switch (kind) {
    case 'figures':
      return data.figures.map((f) => ({ value: f.id, description: f.label }));
    case 'indicators':
      return indicators(data);
    case 'series':
      // history and compare take an indicator, or a figure id standing for its indicator
      return [...indicators(data), ...data.figures.map((f) => ({ value: f.id, description: f.label }))];
    case 'places':
      return places(data);
    case 'sources':
      return data.sources.map((s) => ({ value: s.id, description: `${s.publisher}: ${s.title}` }));
  }
}
