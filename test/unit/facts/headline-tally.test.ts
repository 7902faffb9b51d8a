/**
 * The headline tally that summary keeps while streaming: the same headline figures and
 * breakdown-only groups as a reading of the whole array, however the file is split between the
 * two threads (the later part's tally posted as plain data and merged).
 */
import { describe, expect, it } from 'vitest';
import { HeadlineTally, asOfKey } from '../../../src/facts/headline-tally.js';
import type { Figure } from '../../../src/facts/schema.js';

const SEED = 20261204;

/** A small fixed-seed generator (mulberry32): the same figures on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function figures(n: number, seed: number): Figure[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: Figure[] = [];
  for (let i = 0; i < n; i++) {
    const breakdown = r() < 0.5 ? undefined : r() < 0.5 ? { sector: pick(['FSC', 'EDU']) } : { sex: pick(['f', 'm']), age: '0-4' };
    out.push({
      id: `f${i}`,
      label: 'L',
      indicator: pick(['pin', 'idps', 'funding']),
      value: i,
      unit: pick(['person', 'USD']),
      qualifier: 'exact',
      place: pick(['MLI', 'ML01', 'BFA', 'NER']),
      // a year, a month and days: equal keys ("2023" and "2023-12-31") make ties the order decides
      asOf: pick(['2023', '2023-12', '2023-12-31', '2024-01-15', '2024']),
      // (two sources: of one date, the first by id is the headline, wherever it stands in the file)
      source: pick(['s', 'r']),
      quote: 'q',
      ...(breakdown ? { breakdown } : {}),
    } as Figure);
  }
  return out;
}

/** What summary answered before the tally: the reading of the whole array, written plainly. */
function reference(fs: readonly Figure[]) {
  const best = new Map<string, Figure>();
  const groups = new Map<string, { total: boolean; count: number; dims: Set<string>; f: Figure }>();
  for (const f of fs) {
    const key = `${f.indicator}|${f.place}|${f.unit}`;
    const g = groups.get(key) ?? { total: false, count: 0, dims: new Set<string>(), f };
    groups.set(key, g);
    if (f.breakdown === undefined) {
      g.total = true;
      const cur = best.get(key);
      // (of one date, another source first by source id; of one source, the first read)
      if (!cur || asOfKey(f.asOf) > asOfKey(cur.asOf) || (asOfKey(f.asOf) === asOfKey(cur.asOf) && f.source !== cur.source && f.source < cur.source)) best.set(key, f);
    } else {
      g.count++;
      for (const k of Object.keys(f.breakdown)) g.dims.add(k);
    }
  }
  const chosen = new Set(best.values());
  return {
    headlines: fs.filter((f) => chosen.has(f)).map((f) => f.id),
    only: [...groups.values()].filter((g) => !g.total).map((g) => ({ indicator: g.f.indicator, place: g.f.place, unit: g.f.unit, figures: g.count, dimensions: [...g.dims].sort() })),
  };
}

function tally(fs: readonly Figure[]): HeadlineTally {
  const t = new HeadlineTally();
  fs.forEach((f, i) => t.add(f, i));
  return t;
}

describe('HeadlineTally', () => {
  it(`answers as the whole array does, split anywhere between two threads (seed ${SEED})`, () => {
    const fs = figures(120, SEED);
    const want = reference(fs);
    expect(want.headlines.length).toBeGreaterThan(5);
    expect(want.only.length).toBeGreaterThan(0);
    for (let k = 0; k <= fs.length; k++) {
      const first = tally(fs.slice(0, k));
      // the later part arrives from the worker as posted data
      first.merge(structuredClone(tally(fs.slice(k)).state()), k);
      expect(first.headlines().map((f) => f.id), `split at ${k}`).toEqual(want.headlines);
      expect(first.breakdownOnly(), `split at ${k}`).toEqual(want.only);
    }
  });

  it('keeps the first of two totals of the same date, and a breakdown is never a headline', () => {
    const base = { label: 'L', indicator: 'pin', value: 1, unit: 'person', qualifier: 'exact', place: 'MLI', source: 's', quote: 'q' } as const;
    const t = new HeadlineTally();
    t.add({ ...base, id: 'year', asOf: '2024' } as Figure, 0);
    t.add({ ...base, id: 'last-day', asOf: '2024-12-31' } as Figure, 1);
    t.add({ ...base, id: 'newer-part', asOf: '2025-01-01', breakdown: { sector: 'FSC' } } as Figure, 2);
    expect(t.headlines().map((f) => f.id)).toEqual(['year']);
    expect(t.breakdownOnly()).toEqual([]);
  });

  it("answers with the first source by id where two sources give one day's total, as get does, whatever the file's order", () => {
    const base = { label: 'L', indicator: 'deaths', unit: 'person', qualifier: 'exact', place: 'NPL', quote: 'q', asOf: '2023-11-06' } as const;
    for (const order of [
      ['red-cross', 'government'],
      ['government', 'red-cross'],
    ]) {
      const t = new HeadlineTally();
      order.forEach((source, i) => t.add({ ...base, id: `deaths-${source}`, source, value: source === 'government' ? 157 : 154 } as Figure, i));
      expect(t.headlines().map((f) => f.value)).toEqual([157]);
    }
  });
});
