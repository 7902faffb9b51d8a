import { describe, expect, it } from 'vitest';
import { completionCandidates, type FactsCandidateKind } from '../../../src/derive/completion-candidates.js';
import type { FactsFile } from '../../../src/facts/schema.js';

const figure = (id: string, indicator: string, label = id) => ({ id, indicator, label }) as FactsFile['figures'][number];
const DATA = {
  figures: [figure('kabul-idps', 'displaced', 'IDPs in Kabul'), figure('herat-idps', 'displaced'), figure('afg-pop', 'population')],
  places: [
    { id: 'afg', name: 'Afghanistan', iso3: 'AFG', level: 0 },
    { id: 'AF01', name: 'Kabul', level: 1, parent: 'afg' },
    { id: 'AF0101', name: 'Kabul', level: 2, parent: 'AF01' },
    { id: 'AF30', name: 'Herat', level: 1, pcode: 'AF30', iso3: 'AFG' },
  ],
  sources: [{ id: 'iom-dtm', publisher: 'IOM', title: 'DTM round 19' }],
} as unknown as Pick<FactsFile, 'figures' | 'places' | 'sources'>;

describe('completionCandidates', () => {
  it.each<[FactsCandidateKind, string[][]]>([
    ['figures', [['kabul-idps', 'IDPs in Kabul'], ['herat-idps', 'herat-idps'], ['afg-pop', 'afg-pop']]],
    ['indicators', [['displaced', 'indicator, 2 figures'], ['population', 'indicator, 1 figure']]],
    ['series', [['displaced', 'indicator, 2 figures'], ['population', 'indicator, 1 figure'], ['kabul-idps', 'IDPs in Kabul'], ['herat-idps', 'herat-idps'], ['afg-pop', 'afg-pop']]],
    // ids, then the ISO3 code of a country (not of an admin area), then names only one place has
    ['places', [['afg', 'Afghanistan'], ['AF01', 'Kabul'], ['AF0101', 'Kabul'], ['AF30', 'Herat'], ['AFG', 'Afghanistan'], ['Afghanistan', 'place afg'], ['Herat', 'place AF30']]],
    ['sources', [['iom-dtm', 'IOM: DTM round 19']]],
  ])('%s', (kind, expected) => {
    expect(completionCandidates(DATA, kind).map((c) => [c.value, c.description])).toEqual(expected);
  });

  it('counts each indicator once over a large file (100,000 figures of 1,000 indicators)', () => {
    const figures = Array.from({ length: 100_000 }, (_, i) => figure(`f-${i}`, `ind-${i % 1000}`));
    const out = completionCandidates({ ...DATA, figures }, 'series');
    expect(out.length).toBe(101_000);
    expect(out[0]).toEqual({ value: 'ind-0', description: 'indicator, 100 figures' });
  });
});
