/**
 * The real HDX files of ../shared/corpus/hxl/, read where they are: each family imports (the 3W
 * file is refused with its columns listed), with no `-2` ids, and with the facts that users of
 * each family rely on (COD-PS by sex and age, Mali HNO national rows as Mali, FTS by cluster).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakdownOnlyGroups, headlineFigures } from '../../src/derive/select-figures.js';
import { importHxl, type ImportResult } from '../../src/hxl/import-hxl.js';
import { HxlInvalidError } from '../../src/hxl/parse-hxl.js';
import { validateFactsText } from '../../src/facts/validate-facts.js';
import { findCorpus } from './corpus.js';

const corpus = findCorpus();
const TODAY = '2026-01-15';

function load(name: string, options: { asOf?: string; latin1?: boolean } = {}): ImportResult {
  const bytes = readFileSync(corpus!.path('hxl', name));
  const text = options.latin1 ? new TextDecoder('windows-1252').decode(bytes) : bytes.toString('utf8');
  return importHxl(text, name, { today: TODAY, ...(options.asOf ? { asOf: options.asOf } : {}) });
}

describe.skipIf(!corpus)('real HDX files (../shared/corpus/hxl)', () => {
  // file, --as-of where the file has no date column, read as Windows-1252
  const files: Array<[string, string | undefined, boolean]> = [
    ['idmc_idps_displacement.csv', undefined, false],
    ['cod_ps_afg_adm1_2021.csv', '2021', false],
    ['hno_2024_mli.csv', '2024', false],
    ['fts_requirements_funding_cluster_afg.csv', undefined, false],
    ['acled_hapi_conflict_event_2025_hti_bfa_sdn.csv', undefined, false],
    ['input-valid-latin1.csv', undefined, true],
  ];

  it.each(files)('%s imports into a valid facts file, without -2 ids, with totals or only breakdowns said', (name, asOf, latin1) => {
    const r = load(name, { ...(asOf ? { asOf } : {}), latin1 });
    expect(r.report.figures).toBeGreaterThan(0);
    const issues = validateFactsText(JSON.stringify(r.facts), 'x.json', () => ({ ok: false, reason: 'none' })).issues;
    expect(issues).toEqual([]);
    const ids = r.facts.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /-\d+$/.test(id) && !/-(?:19|20)\d\d(?:-\d\d){0,2}$/.test(id) && !/-\d+-\d+-\d{4}/.test(id))).toEqual([]);
    // summary: every indicator/place/unit has a total headline, or is listed as breakdowns only
    const headlines = headlineFigures(r.facts.figures);
    expect(headlines.every((f) => f.breakdown === undefined)).toBe(true);
    const groups = new Set(r.facts.figures.map((f) => `${f.indicator}|${f.place}|${f.unit}`));
    const covered = new Set([...headlines.map((f) => `${f.indicator}|${f.place}|${f.unit}`), ...breakdownOnlyGroups(r.facts.figures).map((g) => `${g.indicator}|${g.place}|${g.unit}`)]);
    expect(covered).toEqual(groups);
  });

  it('files without a date column ask for --as-of', () => {
    expect(() => load('cod_ps_afg_adm1_2021.csv')).toThrow(/--as-of/);
    expect(() => load('hno_2024_mli.csv')).toThrow(/--as-of/);
  });

  it('the 3W file is refused, with its columns listed', () => {
    expect(() => load('ocha_3w_whowhatwhere.csv')).toThrow(HxlInvalidError);
    expect(() => load('ocha_3w_whowhatwhere.csv')).toThrow(/3W.*Columns: 1 "Month" #date\+reported.*#sector\+cluster/);
  });

  it('COD-PS figures carry sex and age, under provinces whose parent is Afghanistan', () => {
    const r = load('cod_ps_afg_adm1_2021.csv', { asOf: '2021' });
    const badakhshan = r.facts.figures.filter((f) => f.place === 'AF17');
    expect(badakhshan.find((f) => f.breakdown?.sex === 'f' && f.breakdown.age === '0-4')?.value).toBe(119853);
    expect(badakhshan.find((f) => f.breakdown?.sex === 'm' && f.breakdown.age === '80+')).toBeDefined();
    expect(badakhshan.find((f) => f.breakdown === undefined && f.indicator === 'population')?.value).toBe(1357036);
    expect(r.facts.places.find((p) => p.id === 'AF17')).toMatchObject({ name: 'Badakhshan', level: 1, parent: 'AFG', iso3: 'AFG' });
  });

  it('Mali HNO national rows are Mali (MLI), and its national total people in need is the headline', () => {
    const r = load('hno_2024_mli.csv', { asOf: '2024' });
    const headline = headlineFigures(r.facts.figures).find((f) => f.indicator === 'people-in-need' && f.place === 'MLI');
    expect(headline).toMatchObject({ value: 7107194, asOf: '2024' });
    expect(r.facts.places.find((p) => p.id === 'MLI')).toMatchObject({ name: 'Mali', level: 0 });
    expect(r.facts.figures.some((f) => f.place === 'MLI' && f.breakdown?.sector !== undefined)).toBe(true);
  });

  it('FTS gives one figure per cluster with the cluster as sector, and no headline from a cluster', () => {
    const r = load('fts_requirements_funding_cluster_afg.csv');
    const required2018 = r.facts.figures.filter((f) => f.indicator === 'funding-required' && f.asOf === '2018');
    expect(required2018.length).toBeGreaterThan(5);
    expect(new Set(required2018.map((f) => f.breakdown?.sector)).size).toBe(required2018.length);
    expect(required2018.find((f) => f.breakdown?.sector === 'Agriculture')?.value).toBe(85670595);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
    // by plan (the appeal code) and cluster: one plan's cluster is never Afghanistan's total
    expect(breakdownOnlyGroups(r.facts.figures).find((g) => g.indicator === 'funding-required')).toMatchObject({ place: 'AFG', dimensions: ['appeal', 'sector'] });
    expect(required2018.every((f) => f.breakdown?.appeal === 'HAFG18')).toBe(true);
  });

  it('ACLED events are counted in events, not people, by event type', () => {
    const r = load('acled_hapi_conflict_event_2025_hti_bfa_sdn.csv');
    const events = r.facts.figures.filter((f) => f.indicator === 'events');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((f) => f.unit === 'event' && f.breakdown?.['event-type'] !== undefined && f.period !== undefined)).toBe(true);
  });
});
