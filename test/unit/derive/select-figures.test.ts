/** Choosing figures for get: an indicator's totals or the breakdown asked for, places by what users call them, "did you mean". */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkNamed, filterFigures, indicatorFigures, namedPlace, namedPlaceOrCountry, whereFlag } from '../../../src/derive/select-figures.js';
import { toFigureRecord } from '../../../src/derive/figure-record.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import type { FactsFile } from '../../../src/facts/schema.js';
import { latestOfEachSeries } from '../../../src/trust/history.js';
import { NotFoundError } from '../../../src/errors.js';
import { catchError } from '../catch-error.js';

const FACTS = JSON.parse(readFileSync(new URL('../../fixtures/facts/breakdowns.json', import.meta.url), 'utf8')) as FactsFile;
const { figures, places } = FACTS;
const ids = (fs: ReadonlyArray<{ id: string }>) => fs.map((f) => f.id);

describe('indicatorFigures', () => {
  it('gives the totals, and names the places that have only breakdowns', () => {
    const r = indicatorFigures(figures, 'people-in-need', {}, places);
    expect(ids(r.figures)).toEqual(['pin-mli-2024']);
    expect(r.breakdownOnly).toEqual([
      { indicator: 'people-in-need', place: 'ML01', unit: 'person', figures: 1, dimensions: ['sector'] },
      { indicator: 'people-in-need', place: 'BFA', unit: 'person', figures: 2, dimensions: ['sector'] },
    ]);
  });

  it('gives breakdown rows only when a breakdown is named, and then only those broken down by it alone', () => {
    // (not the sector's women within it as well: added up, they would be counted twice)
    expect(ids(indicatorFigures(figures, 'people-in-need', { breakdown: new Map([['sector', 'fsc']]) }, places).figures)).toEqual(['pin-mli-fsc-2024', 'pin-ml01-fsc-2024']);
    expect(ids(indicatorFigures(figures, 'people-in-need', { breakdown: new Map([['sector', 'fsc'], ['sex', 'F']]) }, places).figures)).toEqual(['pin-mli-fsc-f-2024']);
  });

  it("counts a figure of a named sector and an appeal as the sector's own (an appeal tells one plan from the next), and a sector as the file writes it first", () => {
    const base = figures[0]!;
    const fts: FactsFile['figures'] = [
      { ...base, id: 'hea-2017', asOf: '2017', breakdown: { appeal: 'H17', sector: 'Health' } },
      { ...base, id: 'hea-2018', asOf: '2018', breakdown: { appeal: 'H18', sector: 'Health' } },
      { ...base, id: 'hea-f-2018', asOf: '2018', breakdown: { appeal: 'H18', sector: 'Health', sex: 'f' } },
      { ...base, id: 'nfi-2018', asOf: '2018', breakdown: { sector: 'NFI' } },
      { ...base, id: 'shl-2018', asOf: '2018', breakdown: { sector: 'Shelter' } },
    ];
    expect(ids(indicatorFigures(fts, 'people-in-need', { breakdown: new Map([['sector', 'HEA']]) }, places).figures)).toEqual(['hea-2017', 'hea-2018']);
    expect(ids(indicatorFigures(fts, 'people-in-need', { breakdown: new Map([['sector', 'nfi']]) }, places).figures)).toEqual(['nfi-2018']);
    expect(ids(indicatorFigures(fts, 'people-in-need', { breakdown: new Map([['sector', 'SHL']]) }, places).figures)).toEqual(['nfi-2018', 'shl-2018']);
  });

  it('says where a named breakdown has only finer ones, and refuses to present one of them as it', () => {
    const onlyFiner: FactsFile['figures'] = figures.filter((f) => f.id !== 'pin-ml01-fsc-2024').map((f) => (f.id === 'pin-mli-fsc-2024' ? { ...f, place: 'ML01' } : f));
    const r = indicatorFigures(onlyFiner, 'people-in-need', { breakdown: new Map([['sector', 'FSC']]) }, places);
    expect(ids(r.figures)).toEqual(['pin-mli-fsc-2024']);
    expect(r.breakdownOnly).toEqual([{ indicator: 'people-in-need', place: 'MLI', unit: 'person', figures: 1, dimensions: ['sex'], of: 'sector=FSC' }]);
    const error = catchError(() => indicatorFigures(onlyFiner, 'people-in-need', { breakdown: new Map([['sector', 'FSC']]), place: 'MLI' }, places));
    expect(error.code).toBe('ONLY_BREAKDOWNS');
    expect(error.message).toContain('has only finer breakdowns');
    expect(error.hints[0]).toContain('--where sex=f');
  });

  it("gives a named item's prices where each gives the same unit, price type and flag, which tell none apart", () => {
    const base = figures[0]!;
    const price = (id: string, item: string, unit: string): FactsFile['figures'][number] => ({ ...base, id, breakdown: { item, 'item-unit': unit, 'price-type': 'Retail', 'price-flag': 'aggregate' } });
    const prices = [price('wheat-kg', 'Wheat', 'KG'), price('rice-kg', 'Rice', 'KG')];
    expect(ids(indicatorFigures(prices, 'people-in-need', { breakdown: new Map([['item', 'Wheat']]) }, places).figures)).toEqual(['wheat-kg']);
    const twoUnits = [...prices, price('wheat-10kg', 'Wheat', '10 KG')];
    expect(catchError(() => indicatorFigures(twoUnits, 'people-in-need', { breakdown: new Map([['item', 'Wheat']]) }, places)).code).toBe('ONLY_BREAKDOWNS');
  });

  it('where a place has no figure but the places within it do, says how many and how to ask for them', () => {
    const error = catchError(() => indicatorFigures(figures.filter((f) => f.place !== 'MLI'), 'people-in-need', { place: 'MLI', breakdown: new Map([['sector', 'FSC']]) }, places));
    expect(error.message).toBe("no figure of indicator 'people-in-need' for place 'MLI' matches the filters");
    expect(error.hints).toEqual(['1 figure of 1 place within MLI, none for MLI itself: humfig get people-in-need --within MLI --where sector=FSC']);
    // (the places within have breakdowns only, no total get would answer with: no such hint)
    expect(catchError(() => indicatorFigures(figures.filter((f) => f.place !== 'MLI'), 'people-in-need', { place: 'MLI' }, places)).hints).toEqual(['humfig list --indicator people-in-need shows its figures']);
    expect(catchError(() => indicatorFigures(figures, 'people-in-need', { place: 'ARM' }, places)).hints).toEqual(['humfig list --indicator people-in-need shows its figures']);
  });

  it('refuses to present a breakdown row as the total', () => {
    const error = catchError(() => indicatorFigures(figures, 'people-in-need', { place: 'BFA' }, places));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('ONLY_BREAKDOWNS');
  });

  it('with a breakdown asked for, each series keeps its newest figure', () => {
    const facts = new FactsIndex(FACTS);
    const chosen = indicatorFigures(figures, 'people-in-need', { breakdown: new Map([['sector', 'FSC']]), place: 'MLI' }, places).figures;
    expect(ids(latestOfEachSeries(chosen.map((f) => toFigureRecord(f, facts))))).toEqual(['pin-mli-fsc-2024']);
  });
});

describe('namedPlace and checkNamed', () => {
  it.each([['Mali', 'MLI'], ['mali', 'MLI'], ['mli', 'MLI'], ['ML01', 'ML01'], ['kayes', 'ML01'], ['Burkina Faso', 'BFA']])('%s is %s', (text, id) => {
    expect(namedPlace(places, text, '--place')).toBe(id);
  });

  it('suggests places by prefix, substring and edit distance', () => {
    expect(catchError(() => namedPlace(places, 'Burkina', '--place')).hints).toEqual(['did you mean Burkina Faso (BFA)?']);
    expect(catchError(() => namedPlace(places, 'Kays', '--within')).hints).toEqual(['did you mean Kayes (ML01)?']);
    expect(catchError(() => namedPlace(places, 'Atlantis', '--place')).hints).toEqual([]);
  });

  it('an Object.prototype name is an unknown value, not a match', () => {
    expect(catchError(() => namedPlace(places, 'constructor', '--place')).code).toBe('UNKNOWN_PLACE');
    expect(catchError(() => checkNamed(new Set(['refugees']), '__proto__', '--indicator', 'indicator')).code).toBe('UNKNOWN_VALUE');
  });

  it('matches without regard to case, as the filters do', () => {
    expect(() => checkNamed(new Set(['hno-2024']), 'HNO-2024', '--source', 'source')).not.toThrow();
    expect(catchError(() => checkNamed(new Set(['hno-2024', 'sitrep']), 'sitrp', '--source', 'source')).hints).toEqual(['did you mean sitrep?']);
  });
});

describe('namedPlaceOrCountry: a country by the names people give it (round 32)', () => {
  const file = [
    { id: 'SYR', name: 'Syrian Arab Republic', level: 0, iso3: 'SYR' },
    { id: 'PSE', name: 'State of Palestine', level: 0, iso3: 'PSE' },
    { id: 'MDA', name: 'Republic of Moldova', level: 0, iso3: 'MDA' },
    { id: 'SY01', name: 'Damascus', level: 1, iso3: 'SYR', parent: 'SYR' },
  ];
  it.each([['Syria', 'SYR'], ['SY', 'SYR'], ['oPt', 'PSE'], ['Palestine', 'PSE'], ['Moldova', 'MDA'], ['Damascus', 'SY01']])('%s is %s', async (text, id) => {
    expect(await namedPlaceOrCountry(file, text, '--within')).toBe(id);
  });
  it("says so of a country the file does not hold, as namedPlace does", async () => {
    await expect(namedPlaceOrCountry(file, 'Lebanon', '--within')).rejects.toMatchObject({ code: 'UNKNOWN_PLACE' });
  });
});

describe('whereFlag: one --where flag as a shell takes it', () => {
  it.each([
    ['sector', 'WASH', '--where sector=WASH'],
    ['age', '0-17', '--where age=0-17'],
    ['appeal', 'Not specified', "--where 'appeal=Not specified'"],
    ['organisation', "Médecins Sans Frontières", "--where 'organisation=Médecins Sans Frontières'"],
    ['note', "it's", "--where 'note=it'\\''s'"],
    ['cmd', '$(rm -rf x)', "--where 'cmd=$(rm -rf x)'"],
  ])('%s=%s -> %s', (key, value, flag) => {
    expect(whereFlag(key, value)).toBe(flag);
  });
});

describe('a breakdown filter over the figures of several sources', () => {
  const fig = (id: string, source: string, sector: string) => ({ id, label: id, indicator: 'people-in-need', value: 1, unit: 'person', qualifier: 'exact' as const, place: 'AFG', asOf: '2024', source, quote: '1', breakdown: { sector } });
  const figures = [fig('a-fsc', 'hpc', 'FSC'), fig('b-fs', 'hapi', 'Food Security'), fig('b-nfi', 'hapi', 'NFI'), fig('b-shelter', 'hapi', 'Shelter')];
  it("matches each source's own spelling of the cluster, and keeps apart two values one source gives", () => {
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'FSC']]) }).map((f) => f.id)).toEqual(['a-fsc', 'b-fs']);
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'NFI']]) }).map((f) => f.id)).toEqual(['b-nfi']);
  });
});

describe('a sector filter over FTS files (round 34 review)', () => {
  const fig = (id: string, appeal: string, sector: string) => ({ id, label: id, indicator: 'funding-required', value: 1, unit: 'USD', qualifier: 'exact' as const, place: 'AFG', asOf: '2020', source: 'fts', quote: '1', breakdown: { appeal, sector } });
  it("matches each appeal's own spelling of a cluster in one file: WASH in one plan, 'Water, Sanitation and Hygiene' in another", () => {
    const figures = [fig('pse-wash', 'HPSE20', 'WASH'), fig('afg-wash', 'HAFG20', 'Water, Sanitation and Hygiene'), fig('afg-nfi', 'HAFG20', 'NFI'), fig('afg-shl', 'HAFG20', 'Shelter')];
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'WASH']]) }).map((f) => f.id)).toEqual(['pse-wash', 'afg-wash']);
    // (one plan's NFI and Shelter stay apart)
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'NFI']]) }).map((f) => f.id)).toEqual(['afg-nfi']);
  });
  it('finds a flow to several clusters (#sector+list) under each of them, by name or by cluster', () => {
    const figures = [fig('both', 'HAFG20', 'Child Protection,Protection'), fig('pro', 'HAFG20', 'Protection'), fig('hea-nut', 'HAFG20', 'Health,Nutrition'), fig('wash', 'HAFG20', 'Water, Sanitation and Hygiene')];
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'Protection']]) }).map((f) => f.id)).toEqual(['both', 'pro']);
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'PRO_CPM']]) }).map((f) => f.id)).toEqual(['both']);
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'NUT']]) }).map((f) => f.id)).toEqual(['hea-nut']);
    // (a cluster's name with a comma in it is one cluster, and a word of it no other)
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'Water']]) }).map((f) => f.id)).toEqual([]);
    expect(filterFigures(figures, { breakdown: new Map([['sector', 'WSH']]) }).map((f) => f.id)).toEqual(['wash']);
  });
});

describe('namedPlaceOrCountry: a name the file gives several places stays ambiguous (round 32 review)', () => {
  it("says 'Guatemala' is the name of the country, a department and a city, rather than picking the country", async () => {
    const file = [
      { id: 'GTM', name: 'Guatemala', level: 0, iso3: 'GTM' },
      { id: 'GT01', name: 'Guatemala', level: 1, iso3: 'GTM', parent: 'GTM' },
    ];
    await expect(namedPlaceOrCountry(file, 'Guatemala', '--within')).rejects.toMatchObject({ code: 'AMBIGUOUS_PLACE' });
  });
});
