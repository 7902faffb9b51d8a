/**
 * One small invented file per HDX family (test/fixtures/hxl/families/), read as the importer
 * should read the real ones: breakdowns, admin places, periods, units, files as they come.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toFigureRecord } from '../../../src/derive/figure-record.js';
import { breakdownOnlyGroups, filterFigures, headlineFigures, placesWithin, resolvePlace } from '../../../src/derive/select-figures.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';
import { importHxl, RECORD_ID_USE, type ImportOptions, type ImportResult } from '../../../src/hxl/import-hxl.js';
import { figureView, breakdownColumns } from '../../../src/output/figure-view.js';
import { renderHxl } from '../../../src/output/render-delimited.js';
import { checkClaims } from '../../../src/trust/check.js';

const TODAY = '2025-06-01';
const load = (name: string, options: Partial<ImportOptions> = {}) =>
  importHxl(readFileSync(new URL(`../../fixtures/hxl/families/${name}`, import.meta.url), 'utf8'), name, { today: TODAY, ...options });
const valid = (r: ImportResult) => validateFactsText(JSON.stringify(r.facts), 'x.json', () => ({ ok: false, reason: 'none' })).issues;
const byId = (r: ImportResult, id: string) => r.facts.figures.find((f) => f.id === id);
/** The report's notes but the one on a source's date the import worked out (said for every file with no #date+published; tested in import-hxl.test.ts). */
const fileNotes = (r: ImportResult) => r.report.notes.filter((n) => !n.endsWith('give --published YYYY-MM-DD where the real day is known'));

describe('an HNO-shaped file: national rows, admin rows, breakdown columns', () => {
  const r = load('hno-shaped.csv', { asOf: '2024' });

  it('is valid, and its rows without an admin code are the country its p-codes name', () => {
    expect(valid(r)).toEqual([]);
    // the year 2024 as asOf already covers 2024-01-01 to 2024-12-31: no period is written for it
    expect(byId(r, 'people-in-need-bfa-2024')).toMatchObject({ value: 1200000, place: 'BFA', asOf: '2024' });
    expect(byId(r, 'people-in-need-bfa-2024')).not.toHaveProperty('period');
    expect(byId(r, 'people-in-need-bfa-2024')).not.toHaveProperty('breakdown');
    expect(fileNotes(r)).toEqual([
      expect.stringContaining('Burkina Faso (BFA)'),
      "3 cells of figure columns say \"no data\" ('-', '_', 'n/a' and the like): no figure, and not 0; 1 row gives nothing else, so its place has no figure at all (line 7 'ALL')",
    ]);
  });

  it('reads ALL and a as totals, and the other values as the breakdown', () => {
    expect(byId(r, 'people-in-need-bfa-fsc-2024')).toMatchObject({ value: 500000, breakdown: { sector: 'FSC' } });
    expect(byId(r, 'people-in-need-bfa-f-0-17-2024')).toMatchObject({ value: 300000, breakdown: { sex: 'f', age: '0-17' } });
    expect(byId(r, 'people-in-need-bf0101-edu-f-5-17-2024')).toMatchObject({ value: 12000, place: 'BF0101' });
  });

  it("skips '-', '_' and 'n/a' cells, and reads '1 200 000'", () => {
    expect(r.report.rejected.filter((x) => !x.reason.startsWith('repeats'))).toEqual([]);
    expect(r.facts.figures.some((f) => f.breakdown?.['population-group'] === 'IDP')).toBe(false);
  });

  it('rejects a repeated row with the line it repeats, never a -2 copy', () => {
    expect(r.report.rejected).toEqual([
      { line: 10, column: 'In Need', reason: "repeats the figure 'people-in-need-bf0101-edu-f-5-17-2024' of line 9 (same indicator, place, breakdown and date)" },
      { line: 10, column: 'Targeted', reason: "repeats the figure 'people-targeted-bf0101-edu-f-5-17-2024' of line 9 (same indicator, place, breakdown and date)" },
    ]);
  });

  it('builds the hierarchy: admin 2 under admin 1 under the country', () => {
    expect(r.facts.places).toEqual([
      { id: 'BFA', name: 'Burkina Faso', iso3: 'BFA', level: 0 },
      { id: 'BF01', name: 'BF01', iso3: 'BFA', level: 1, pcode: 'BF01', parent: 'BFA' },
      { id: 'BF0101', name: 'BF0101', iso3: 'BFA', level: 2, pcode: 'BF0101', parent: 'BF01' },
    ]);
    expect([...placesWithin(r.facts.places, 'BFA')].sort()).toEqual(['BF01', 'BF0101', 'BFA']);
    expect([...placesWithin(r.facts.places, 'BF01')].sort()).toEqual(['BF01', 'BF0101']);
  });

  it('gives totals as headlines, never a breakdown row', () => {
    const headlines = headlineFigures(r.facts.figures);
    expect(headlines.map((f) => f.id)).toEqual(['people-in-need-bfa-2024', 'people-targeted-bfa-2024', 'people-in-need-bf01-2024', 'people-targeted-bf01-2024']);
    expect(breakdownOnlyGroups(r.facts.figures)).toEqual([
      { indicator: 'people-in-need', place: 'BF0101', unit: 'person', figures: 1, dimensions: ['age', 'sector', 'sex'] },
      { indicator: 'people-targeted', place: 'BF0101', unit: 'person', figures: 1, dimensions: ['age', 'sector', 'sex'] },
    ]);
  });

  it('filters on breakdowns and places', () => {
    const ids = (filter: Parameters<typeof filterFigures>[1]) => filterFigures(r.facts.figures, filter, r.facts.places).map((f) => f.id);
    expect(ids({ breakdown: new Map([['sector', 'fsc']]) })).toEqual(['people-in-need-bfa-fsc-2024']);
    expect(ids({ within: 'BF01', indicator: 'people-targeted' })).toEqual(['people-targeted-bf01-2024', 'people-targeted-bf0101-edu-f-5-17-2024']);
    expect(resolvePlace(r.facts.places, 'Burkina Faso')).toBe('BFA');
    expect(resolvePlace(r.facts.places, 'bfa')).toBe('BFA');
    expect(resolvePlace(r.facts.places, 'bf0101')).toBe('BF0101');
    expect(resolvePlace(r.facts.places, 'Nowhere')).toBeUndefined();
  });

  it('without --as-of, says that the file needs it', () => {
    expect(() => load('hno-shaped.csv')).toThrow(/has no date column .* --as-of YYYY/);
  });
});

describe('a COD-PS-shaped file: sex and age in the attributes', () => {
  const r = load('cod-ps-shaped.csv', { asOf: '2023' });

  it('reads +f/+m and +ageN_M / +ageNplus as the breakdown, +ind as the total', () => {
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.filter((f) => f.place === 'CI01').map((f) => [f.id, f.value, f.breakdown ?? null])).toEqual([
      ['population-ci01-f-2023', 2100, { sex: 'f' }],
      ['population-ci01-m-2023', 2000, { sex: 'm' }],
      ['population-ci01-2023', 4100, null],
      ['population-ci01-f-0-4-2023', 300, { sex: 'f', age: '0-4' }],
      ['population-ci01-m-80plus-2023', 20, { sex: 'm', age: '80+' }],
      ['population-ci01-0-4-2023', 610, { age: '0-4' }],
    ]);
  });

  it("finds Côte d'Ivoire by its ISO2 code and makes it the provinces' parent", () => {
    expect(r.facts.places[0]).toEqual({ id: 'CIV', name: "Côte d'Ivoire", iso3: 'CIV', level: 0 });
    expect(r.facts.places[1]).toMatchObject({ id: 'CI01', name: 'Abidjan', level: 1, parent: 'CIV' });
  });
});

describe('an FTS-shaped file: clusters, periods, fractions, text columns', () => {
  const r = load('fts-shaped.csv');

  it('gives one figure per cluster, the cluster name as sector, with the plan period', () => {
    expect(valid(r)).toEqual([]);
    const required = r.facts.figures.filter((f) => f.indicator === 'funding-required');
    expect(required.map((f) => [f.breakdown?.sector, f.value, f.unit, f.place, f.asOf])).toEqual([
      ['Food Security', 1000000, 'USD', 'SYR', '2024'],
      ['Health', 500000, 'USD', 'SYR', '2024'],
      ['Shelter', 200000, 'USD', 'SYR', '2024'],
    ]);
    expect(required[0]!.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('scales a column of fractions to percent, and says so once', () => {
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => f.value)).toEqual([40, 50, 25]);
    // (the cluster's own requirement and funding say they are fractions)
    expect(fileNotes(r)).toEqual([expect.stringContaining('the funding received over the funding required of its row, read as fractions and scaled to percent')]);
  });

  it('leaves a column of text alone, saying why', () => {
    expect(r.report.unmapped.find((c) => c.label === 'Method')?.reason).toMatch(/^text, not numbers \(3 of 3 cells, such as 'Pooled fund'\)/);
    expect(r.report.rejected).toEqual([]);
  });
});

describe('an ACLED-shaped TSV file: events are not people', () => {
  const r = load('acled-shaped.tsv');

  it('counts events in events and fatalities as deaths, by event type, with the month as period', () => {
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.id, f.value, f.unit])).toEqual([
      ['events-hti-battles-2025-01-31', 4, 'event'],
      ['deaths-hti-battles-2025-01-31', 7, 'person'],
      ['events-hti-riots-2025-01-31', 2, 'event'],
      ['deaths-hti-riots-2025-01-31', 0, 'person'],
    ]);
    expect(r.facts.figures[0]!.period).toEqual({ start: '2025-01-01', end: '2025-01-31' });
  });
});

describe('round trip: list --format hxl, then import hxl', () => {
  it.each([
    ['hno-shaped.csv', '2024'],
    ['cod-ps-shaped.csv', '2023'],
    ['fts-shaped.csv', undefined],
    ['hapi-needs-shaped.csv', undefined],
    ['fts-flows-shaped.csv', undefined],
    ['idmc-events-shaped.csv', undefined],
    ['idmc-event-records.csv', undefined],
    ['idmc-event-records-no-id.csv', undefined],
  ])('%s keeps figures, breakdowns, places with their hierarchy and periods', (name, asOf) => {
    const first = load(name, asOf ? { asOf } : {});
    const index = new FactsIndex(first.facts);
    const records = first.facts.figures.map((f) => toFigureRecord(f, index));
    const text = renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]);
    const again = importHxl(text, 'export.csv', { today: TODAY });
    expect(valid(again)).toEqual([]);
    expect(again.report.rejected).toEqual([]);
    const key = (f: (typeof first.facts.figures)[number]) => [f.id, f.indicator, f.value, f.unit, f.place, f.asOf, f.breakdown ?? null, f.period ?? null];
    expect(again.facts.figures.map(key)).toEqual(first.facts.figures.map(key));
    expect(again.facts.places).toEqual(first.facts.places);
  });
});

describe('a HAPI needs-shaped file: the population status names the indicator', () => {
  const r = load('hapi-needs-shaped.csv');

  it('reads INN, TGT and POP rows of #population as people in need, targeted and population; intersectoral is the total', () => {
    expect(valid(r)).toEqual([]);
    const national = headlineFigures(r.facts.figures).filter((f) => f.place === 'TCD');
    expect(national.map((f) => [f.indicator, f.value])).toEqual([
      ['people-in-need', 900000],
      ['people-targeted', 600000],
      ['population', 5000000],
    ]);
    expect(byId(r, 'people-in-need-tcd-food-security-2025-12-31')).toMatchObject({ value: 700000, breakdown: { sector: 'Food Security' } });
  });

  it('reads #category "Children - Female" as sex and age group, "total" meaning all, and a status it does not know as a breakdown of population', () => {
    expect(byId(r, 'people-in-need-tcd-f-children-2025-12-31')).toMatchObject({ value: 250000, breakdown: { sex: 'f', 'age-group': 'children' } });
    expect(byId(r, 'population-tcd-protection-displaced-2025-12-31')).toMatchObject({ breakdown: { sector: 'Protection', 'population-status': 'Displaced' } });
  });

  it("skips the rows the file marks in #meta+error, and reads pandas' nan p-code as no p-code, keeping districts apart", () => {
    expect(r.report.rejected).toEqual([
      { line: 8, column: 'population', reason: "repeats the figure 'people-in-need-tcd-food-security-2025-12-31' of line 7 (same indicator, place, breakdown and date)" },
      { line: 12, reason: 'the file marks the row as an error: Duplicate row' },
    ]);
    expect(r.facts.places.filter((p) => p.level === 2).map((p) => [p.id, p.name, p.parent])).toEqual([
      ['tcd-bol', 'Bol', 'TD01'],
      ['tcd-mamdi', 'Mamdi', 'TD01'],
    ]);
  });
});

describe('an FTS flows-shaped file: each flow is a part, never the country total', () => {
  const r = load('fts-flows-shaped.csv');

  it('gives each flow its appeal code, sector, funder and recipient, in the country it goes to, on its own date (not the day it was reported)', () => {
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.unit, f.place, f.asOf, f.breakdown])).toEqual([
      [250000, 'USD', 'TCD', '2025-02-03', { appeal: 'HTCD25', sector: 'Food Security', funder: 'Ruritania, Government of', recipient: 'World Food Programme' }],
      [90000, 'USD', 'TCD', '2025-02-03', { appeal: 'HTCD25', sector: 'Shelter', funder: 'Ruritania, Government of', recipient: 'Shelter Partner' }],
      [1000000, 'USD', 'TCD', '2025-02-10', { appeal: 'not named', funder: 'Chad Humanitarian Fund', recipient: 'UNICEF', sector: 'not named' }],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
    expect(r.facts.places.map((p) => p.id)).toEqual(['TCD']);
    expect(r.facts.sources[0]!.publisher).toBe('Unknown publisher');
  });

  it("says once why the funder's country and an amount without currency are not used, and rejects a flow to two countries", () => {
    const why = (label: string) => r.report.unmapped.find((c) => c.label === label)?.reason;
    expect(why('srcLocations')).toBe("a funder's or an origin's place, not where the figures are");
    expect(why('originalAmount')).toMatch(/^an amount of money in no stated currency/);
    expect(r.report.rejected).toEqual([{ line: 6, reason: "'TCD,CMR' names several countries; a figure has one place; 1 figure not imported" }]);
  });
});

describe('a COD-PS file with population codes (T_TL, F_TL, M_00_04) and no sex or age column', () => {
  const r = load('cod-ps-coded.csv');

  it('reads the code as sex and age, T_TL as the total, a UNHCR population type as those people, <Null> as no admin area', () => {
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.id, f.value, f.breakdown ?? null])).toEqual([
      ['population-td01-2023', 500000, null],
      ['population-td01-f-2023', 260000, { sex: 'f' }],
      ['population-td01-m-0-4-2023', 45000, { sex: 'm', age: '0-4' }],
      ['population-td01-f-80plus-2023', 3000, { sex: 'f', age: '80+' }],
      // the population of the IDP group is the internally displaced people there
      ['internally-displaced-td01-2023', 20000, null],
      ['population-tcd-2023', 18000000, null],
    ]);
  });
});

describe('a food-prices-shaped file: commodities, and a price in two currencies', () => {
  const r = load('food-prices-shaped.csv');

  it('gives each commodity, unit, price type and flag its own figure, in the local currency and in USD, never a total', () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit, f.breakdown?.item, f.breakdown?.['price-type']])).toEqual([
      ['value', 42.5, 'AFN', 'Wheat flour', 'Retail'],
      ['value-usd', 0.5912, 'USD', 'Wheat flour', 'Retail'],
      ['value', 38, 'AFN', 'Wheat flour', 'Wholesale'],
      ['value-usd', 0.5286, 'USD', 'Wheat flour', 'Wholesale'],
      ['value', 72.2, 'AFN', 'Oil (cooking)', 'Retail'],
      ['value-usd', 1.004, 'USD', 'Oil (cooking)', 'Retail'],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
  });
});

describe('an HNO-shaped file from the HPC API: description, cluster code, age group, percentages', () => {
  const r = load('hno-hpc-shaped.csv', { asOf: '2025' });

  it('reads the cluster code first (ALL: the total) and the description where the code is empty', () => {
    expect(valid(r)).toEqual([]);
    expect(headlineFigures(r.facts.figures).filter((f) => f.place === 'NER').map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['population', 3000000, 'person'],
      ['people-in-need', 1200000, 'person'],
      ['people-targeted', 600000, 'person'],
      ['people-targeted-percent', 50, 'percent'],
    ]);
    expect(byId(r, 'people-in-need-ner-refugee-response-children-2025')).toMatchObject({ value: 50000, breakdown: { sector: 'Refugee Response', 'age-group': 'children' } });
    expect(byId(r, 'people-in-need-ner-0-17-2025')).toMatchObject({ value: 700000, breakdown: { age: '0-17' } });
    expect(r.report.rejected).toEqual([]);
  });
});

describe('an IDMC event-shaped file: one row per displacement event', () => {
  const r = load('idmc-events-shaped.csv');

  it('keeps each event apart, by its name, type and displacement type, with its own period, and none as the year total', () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.place, f.asOf, f.period, f.breakdown])).toEqual([
      [120, 'NPL', '2024-07-02', { start: '2024-07-02', end: '2024-07-02' }, { 'displacement-type': 'Disaster', 'event-type': 'Flood', event: 'Nepal: Flood - Koshi - 02/07/2024' }],
      [45, 'NPL', '2024-07-09', { start: '2024-07-09', end: '2024-07-09' }, { 'displacement-type': 'Disaster', 'event-type': 'Mass movement', event: 'Nepal: Landslide - Bagmati - 09/07/2024' }],
      [300, 'NPL', '2024-08-03', { start: '2024-08-01', end: '2024-08-03' }, { 'displacement-type': 'Conflict', 'event-type': 'Violence', event: 'Nepal: Communal violence - Lumbini - 01/08/2024' }],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
  });
});

describe('a UCDP-shaped events file: years of the event beside its days', () => {
  it('dates each event by its own days (#date+start, #date+end), not by the year columns beside them: two events of one place in a year are two figures', () => {
    const r = load('ucdp-events-shaped.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.unit, f.asOf, f.period])).toEqual([
      [4, 'person', '2019-03-03', { start: '2019-03-02', end: '2019-03-03' }],
      [1, 'person', '2019-07-11', { start: '2019-07-11', end: '2019-07-11' }],
      [2, 'person', '2020-01-20', { start: '2020-01-20', end: '2020-01-20' }],
    ]);
  });
});

describe('IDMC event records: several records of one event, place and date', () => {
  const figures = (r: ImportResult) => r.facts.figures.map((f) => [f.id, f.value, f.asOf, f.period, f.breakdown?.record]);

  it('holds each record on the last day of its own displacement period, not on the year it is filed under', () => {
    const r = load('idmc-event-records.csv');
    expect(valid(r)).toEqual([]);
    expect(figures(r).map(([, value, asOf, period]) => [value, asOf, period])).toEqual([
      [40, '2024-06-27', { start: '2024-06-27', end: '2024-06-27' }],
      [15, '2024-06-27', { start: '2024-06-27', end: '2024-06-27' }],
      [15, '2024-06-27', { start: '2024-06-27', end: '2024-06-27' }],
      [2100, '2024-07-12', { start: '2024-07-10', end: '2024-07-12' }],
      [900, '2024-07-15', { start: '2024-07-14', end: '2024-07-15' }],
    ]);
  });

  it("keeps records that share every key as distinct records, by the file's record id: none rejected, no '-2' id, none a headline", () => {
    const r = load('idmc-event-records.csv');
    expect(r.report.rejected).toEqual([]);
    expect(figures(r).map(([, value, , , record]) => [value, record])).toEqual([[40, '9101'], [15, '9102'], [15, '9103'], [2100, '9104'], [900, '9105']]);
    const ids = r.facts.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids.filter((id) => /-\d$/.test(id.replace(/-\d{4}-\d{2}-\d{2}$/, '')))).toEqual([]);
    expect(r.report.columns[0]).toMatchObject({ label: 'id', mappedTo: expect.stringContaining('record') });
    // the qualifier column (tagged #total by IDMC) qualifies its row's figure
    expect(r.facts.figures.map((f) => f.qualifier)).toEqual(['exact', 'exact', 'more-than', 'exact', 'approximately']);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
  });

  it('tells such records apart by their line where the file gives no record id, the first too (none shaped as the event\'s whole), and says so', () => {
    const r = load('idmc-event-records-no-id.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(figures(r).map(([, value, , , record]) => [value, record])).toEqual([[40, 'line 3'], [15, 'line 4'], [15, 'line 5'], [2100, undefined], [900, undefined]]);
    expect(r.report.notes.join('\n')).toContain('3 rows are records of an event, place and date that another row gives too (line 3 first), with no record id');
    expect(new Set(r.facts.figures.map((f) => f.id)).size).toBe(5);
  });

  it('still rejects a true repeat in a file that is not of event records', () => {
    const text = 'country,figure,year\n#country+iso3,#affected+displaced,#date+year\nNPL,40,2024\nNPL,15,2024\n';
    const r = importHxl(text, 'stock.csv', { today: TODAY });
    expect(r.facts.figures).toHaveLength(1);
    // two values for one figure: the report gives both, never a silent "repeat"
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: "gives 15 for the figure 'displaced-npl-2024', which line 3 gives as 40 (same indicator, place, breakdown and date): the first is kept; check which is right" })]);
  });
  it('calls a row that gives the same value again a repeat', () => {
    const text = 'country,figure,year\n#country+iso3,#affected+displaced,#date+year\nNPL,40,2024\nNPL,40,2024\n';
    const r = importHxl(text, 'stock.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: "repeats the figure 'displaced-npl-2024' of line 3 (same indicator, place, breakdown and date)" })]);
  });
});

describe('IPC tables: people by phase, analysis areas, projections', () => {
  const rows = (r: ImportResult) => r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.unit, f.asOf, f.breakdown ?? null]);

  it('long form: #loc+level1 and #loc+area are the places, the phase and the projection are breakdowns, all phases are the population analysed', () => {
    const r = load('ipc-long-shaped.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.places).toContainEqual({ id: 'som-bay', name: 'Bay', level: 1, iso3: 'SOM', parent: 'SOM' });
    expect(r.facts.places).toContainEqual({ id: 'som-baidoa', name: 'Baidoa', iso3: 'SOM', parent: 'som-bay' });
    expect(rows(r)).toEqual([
      ['population-analysed', 'som-baidoa', 900000, 'person', '2024-06-30', null],
      ['people-in-ipc-phase', 'som-baidoa', 360000, 'person', '2024-06-30', { severity: '3+' }],
      ['share-in-ipc-phase', 'som-baidoa', 40, 'percent', '2024-06-30', { severity: '3+' }],
      ['people-in-ipc-phase', 'som-baidoa', 90000, 'person', '2024-06-30', { severity: '4' }],
      ['share-in-ipc-phase', 'som-baidoa', 10, 'percent', '2024-06-30', { severity: '4' }],
      ['population-analysed', 'som-burhakaba', 200000, 'person', '2024-06-30', null],
      ['people-in-ipc-phase', 'som-burhakaba', 60000, 'person', '2024-06-30', { severity: '3+' }],
      ['share-in-ipc-phase', 'som-burhakaba', 30, 'percent', '2024-06-30', { severity: '3+' }],
      ['population-analysed', 'som-baidoa', 910000, 'person', '2024-06-30', { projection: 'first projection' }],
      ['people-in-ipc-phase', 'som-baidoa', 455000, 'person', '2024-06-30', { projection: 'first projection', severity: '3+' }],
      ['share-in-ipc-phase', 'som-baidoa', 50, 'percent', '2024-06-30', { projection: 'first projection', severity: '3+' }],
    ]);
  });

  it("does not read the country's population, repeated on each area's row, as the area's", () => {
    const r = load('ipc-long-shaped.csv');
    expect(r.facts.figures.some((f) => f.value === 18000000)).toBe(false);
    expect(r.facts.figures[0]!.label).toBe('Population analysed (all phases)');
    expect(r.report.unmapped).toContainEqual(expect.objectContaining({ label: 'Total country population', reason: expect.stringContaining('country population') }));
    // the headline of an area is its current population analysed, never a projection or a phase
    expect(headlineFigures(r.facts.figures).map((f) => [f.indicator, f.place, f.value])).toEqual([
      ['population-analysed', 'som-baidoa', 900000],
      ['population-analysed', 'som-burhakaba', 200000],
    ]);
  });

  it('wide form: +phase4/+p3plus are the phase, +first_projection the projection, dated by its own #date+start/+end columns', () => {
    const r = load('ipc-wide-shaped.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    const baidoa = r.facts.figures.filter((f) => f.place === 'som-baidoa').map((f) => [f.indicator, f.value, f.asOf, f.period, f.breakdown ?? null]);
    expect(baidoa).toEqual([
      ['population-analysed', 900000, '2024-06-30', { start: '2024-03-01', end: '2024-06-30' }, null],
      ['people-in-ipc-phase', 360000, '2024-06-30', { start: '2024-03-01', end: '2024-06-30' }, { severity: '3+' }],
      ['share-in-ipc-phase', 40, '2024-06-30', { start: '2024-03-01', end: '2024-06-30' }, { severity: '3+' }],
      ['people-in-ipc-phase', 90000, '2024-06-30', { start: '2024-03-01', end: '2024-06-30' }, { severity: '4' }],
      ['population-analysed', 910000, '2024-09-30', { start: '2024-07-01', end: '2024-09-30' }, { projection: 'first projection' }],
      ['people-in-ipc-phase', 455000, '2024-09-30', { start: '2024-07-01', end: '2024-09-30' }, { projection: 'first projection', severity: '3+' }],
      ['share-in-ipc-phase', 50, '2024-09-30', { start: '2024-07-01', end: '2024-09-30' }, { projection: 'first projection', severity: '3+' }],
    ]);
    expect(r.report.columns.find((c) => c.label === 'First projection to')?.mappedTo).toContain('period of the columns with +first_projection');
  });

  it('reads the older spelling +projected and +second_projected as the first and second projections, and their all-phase columns as the population analysed', () => {
    const text = [
      'Date of analysis,Country,Area,Current from,Current to,Population analyzed current,Phase 3+ number current,Projection from,Projection to,Population analyzed projection,Phase 3+ number projection,Second projection from,Second projection to,Population analyzed second projection,Phase 3+ number second projection',
      '#date+analysis,#country+code,#loc+area,#date+start+current,#date+end+current,#affected+num+ipc+current+total,#affected+num+ipc+current+p3plus,#date+start+projected,#date+end+projected,#affected+num+ipc+projected+total,#affected+num+ipc+projected+p3plus,#date+start+second_projected,#date+end+second_projected,#affected+num+ipc+second_projected+total,#affected+num+ipc+second_projected+p3plus',
      'May 2021,ETH,Zone A,2021-05-01,2021-06-30,1400000,1200000,2021-07-01,2021-09-30,1450000,1250000,2021-10-01,2021-12-31,1460000,900000',
      // an analysis that made no second projection writes 0 under it, with no dates: no figure, and no rejection
      'May 2021,ETH,Zone B,2021-05-01,2021-06-30,300000,100000,2021-07-01,2021-09-30,310000,120000,,,0,',
    ].join('\n');
    const r = importHxl(text, 'ipc-eth.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.asOf, f.breakdown ?? null])).toEqual([
      ['population-analysed', 1400000, '2021-06-30', null],
      ['people-in-ipc-phase', 1200000, '2021-06-30', { severity: '3+' }],
      ['population-analysed', 1450000, '2021-09-30', { projection: 'first projection' }],
      ['people-in-ipc-phase', 1250000, '2021-09-30', { projection: 'first projection', severity: '3+' }],
      ['population-analysed', 1460000, '2021-12-31', { projection: 'second projection' }],
      ['people-in-ipc-phase', 900000, '2021-12-31', { projection: 'second projection', severity: '3+' }],
      ['population-analysed', 300000, '2021-06-30', null],
      ['people-in-ipc-phase', 100000, '2021-06-30', { severity: '3+' }],
      ['population-analysed', 310000, '2021-09-30', { projection: 'first projection' }],
      ['people-in-ipc-phase', 120000, '2021-09-30', { projection: 'first projection', severity: '3+' }],
    ]);
    expect(r.report.notes).toContainEqual('column 14 "Population analyzed second projection" #affected+num+ipc+second_projected+total: 1 row gives 0 where Second projection to has no date: no analysis of that period, not imported');
    // a forecast is never an area's headline
    expect(headlineFigures(r.facts.figures).map((f) => [f.indicator, f.value])).toEqual([
      ['population-analysed', 1400000],
      ['population-analysed', 300000],
    ]);
  });
});

describe('IPC tables with analyses of one area, phase and period at two dates', () => {
  const r = load('ipc-analyses-shaped.csv');
  const of = (asOf: string) => r.facts.figures.filter((f) => f.indicator === 'population-analysed' && f.asOf === asOf).map((f) => [f.value, f.breakdown ?? null]);

  it('takes the latest analysis as the figure wherever it comes in the file; an earlier one is a breakdown by its analysis date, not a repeat', () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    // Jan 2024 comes first in the file, Apr 2024 re-analysed the same quarter: Apr's is the figure
    expect(of('2024-03-31')).toEqual([
      [850000, { analysis: '2024-01' }],
      [830000, null],
    ]);
    expect(of('2024-06-30')).toEqual([
      [850000, { analysis: '2024-01', projection: 'first projection' }],
      [830000, { projection: 'first projection' }],
    ]);
    // an analysis no later one repeats is the figure, as before
    expect(of('2023-12-31')).toEqual([[800000, null]]);
    expect(byId(r, 'people-in-ipc-phase-som-baidoa-2024-01-3plus-2024-03-31')).toMatchObject({ value: 280000, breakdown: { analysis: '2024-01', severity: '3+' } });
    expect(r.report.columns[0]!.mappedTo).toContain('an earlier one is a breakdown analysis');
  });

  it('gives the latest analysis as the headline, and never adds an earlier one to it', () => {
    expect(headlineFigures(r.facts.figures).map((f) => [f.indicator, f.value, f.asOf])).toEqual([['population-analysed', 830000, '2024-03-31']]);
  });

  it('wide form: the projection columns of two analyses of one period are told apart by the analysis too', () => {
    const text = [
      'Date of analysis,Country,Area,From,To,Analysed,Phase 3+,Projection from,Projection to,Projected analysed,Projected 3+',
      '#date+analysis,#country+code,#loc+area,#date+start+current,#date+end+current,#affected+num+ipc+current+total,#affected+num+ipc+current+p3plus,#date+start+first_projection,#date+end+first_projection,#affected+num+ipc+first_projection+total,#affected+num+ipc+first_projection+p3plus',
      'Sep 2023,SOM,Baidoa,2023-10-01,2023-12-31,800000,240000,2024-01-01,2024-03-31,820000,300000',
      'Jan 2024,SOM,Baidoa,2024-01-01,2024-03-31,850000,280000,2024-04-01,2024-06-30,850000,300000',
      'Nov 2023,SOM,Baidoa,2023-11-01,2023-12-31,810000,250000,2024-01-01,2024-03-31,830000,310000',
      'Oct 2023,SOM,Baidoa,2023-10-01,2023-11-30,805000,245000,2024-01-01,2024-03-31,825000,305000',
    ].join('\n');
    const w = importHxl(text, 'ipc-wide.csv', { today: TODAY });
    expect(w.report.rejected).toEqual([]);
    const q1 = w.facts.figures.filter((f) => f.asOf === '2024-03-31' && f.indicator === 'population-analysed').map((f) => [f.value, f.breakdown ?? null]);
    // Sep's, Nov's and Oct's projections of Q1 2024 (each analysis's current period ends on another
    // day): Nov's is the latest; Jan's current estimate is no projection
    expect(q1).toEqual([
      [820000, { analysis: '2023-09', projection: 'first projection' }],
      [850000, null],
      [830000, { projection: 'first projection' }],
      [825000, { analysis: '2023-10', projection: 'first projection' }],
    ]);
    // Sep's and Nov's current periods differ (Oct-Dec, Nov-Dec) but end on one day, the figures' date: Nov's is the figure
    expect(w.facts.figures.filter((f) => f.asOf === '2023-12-31' && f.indicator === 'population-analysed').map((f) => [f.value, f.breakdown ?? null, f.period])).toEqual([
      [800000, { analysis: '2023-09' }, { start: '2023-10-01', end: '2023-12-31' }],
      [810000, null, { start: '2023-11-01', end: '2023-12-31' }],
    ]);
  });

  it('wide form: an analysis that only updates a projection (its current period blank) gives that projection, the latest, and the earlier one of that period is history', () => {
    const text = [
      'Date of analysis,Country,From,To,Analysed,Phase 3+,Projection from,Projection to,Projected analysed,Projected 3+',
      '#date+analysis,#country+code,#date+start+current,#date+end+current,#affected+num+ipc+current+total,#affected+num+ipc+current+p3plus,#date+start+first_projection,#date+end+first_projection,#affected+num+ipc+first_projection+total,#affected+num+ipc+first_projection+p3plus',
      'Sep 2021,CAF,2021-09-01,2022-03-31,4900000,2300000,2022-04-01,2022-08-31,4950000,2360000',
      'Mar 2022,CAF,,,,,2022-04-01,2022-08-31,4946679,2208902',
    ].join('\n');
    const w = importHxl(text, 'ipc-national.csv', { today: TODAY });
    expect(w.report.rejected).toEqual([]);
    expect(w.facts.figures.filter((f) => f.asOf === '2022-08-31').map((f) => [f.indicator, f.value, f.breakdown ?? null])).toEqual([
      ['population-analysed', 4950000, { analysis: '2021-09', projection: 'first projection' }],
      ['people-in-ipc-phase', 2360000, { analysis: '2021-09', projection: 'first projection', severity: '3+' }],
      ['population-analysed', 4946679, { projection: 'first projection' }],
      ['people-in-ipc-phase', 2208902, { projection: 'first projection', severity: '3+' }],
    ]);
  });
});

describe('round trip of places whose parent has no p-code and no figure (IPC areas under a level-1 name)', () => {
  it.each(['ipc-long-shaped.csv', 'ipc-wide-shaped.csv'])('%s keeps the figures and each chain to the country', (name) => {
    const first = load(name);
    const index = new FactsIndex(first.facts);
    const records = first.facts.figures.map((f) => toFigureRecord(f, index));
    const again = importHxl(renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]), 'export.csv', { today: TODAY });
    expect(valid(again)).toEqual([]);
    expect(again.report.rejected).toEqual([]);
    const key = (f: (typeof first.facts.figures)[number]) => [f.id, f.indicator, f.value, f.unit, f.place, f.asOf, f.breakdown ?? null, f.period ?? null];
    expect(again.facts.figures.map(key)).toEqual(first.facts.figures.map(key));
    // the export names the parent (som-bay) but not its name: it is kept by its id, one level up
    const chain = (places: typeof first.facts.places) => places.map((p) => [p.id, p.parent ?? null, p.iso3 ?? null]).sort();
    expect(chain(again.facts.places)).toEqual(chain(first.facts.places));
    expect(again.facts.places.find((p) => p.id === 'som-bay')).toEqual({ id: 'som-bay', name: 'som-bay', iso3: 'SOM', parent: 'SOM' });
    expect([...placesWithin(again.facts.places, 'SOM')]).toEqual(expect.arrayContaining(['som-bay', 'som-baidoa', 'som-burhakaba']));
  });
});

describe("WHO's Global Health Observatory tables: units from the indicator's name, #dimension breakdowns, spans of years", () => {
  const r = load('who-gho-shaped.csv');

  it('reads (years) as years and (%) as percent, never as people, and refuses a rate it has no unit for', () => {
    expect(valid(r)).toEqual([]);
    const units = new Map(r.facts.figures.map((f) => [f.indicator, f.unit]));
    expect(Object.fromEntries(units)).toEqual({ 'life-exp': 'year', 'water-basic': 'percent', doctors: 'person' });
    expect(r.report.rejected.find((x) => x.line === 8)).toEqual(expect.objectContaining({ reason: expect.stringMatching(/no unit given.*rate.*#indicator\+unit/) }));
  });

  it('never assumes people where the name does not say so: a bare code or "treatment coverage" (percentages both) is refused, naming the unit column', () => {
    expect(r.report.rejected.map((x) => [x.line, x.column])).toEqual([
      [8, 'GHO (DISPLAY)'],
      [10, 'GHO (DISPLAY)'],
      [11, 'GHO (DISPLAY)'],
    ]);
    expect(r.report.rejected.slice(1).map((x) => x.reason)).toEqual([
      "no unit given, and the indicator's name ('Tuberculosis treatment coverage') does not say what it counts (people, a percentage, years): give the unit in an #indicator+unit column",
      "no unit given, and the indicator's name ('WSH_SANITATION_BASIC') does not say what it counts (people, a percentage, years): give the unit in an #indicator+unit column",
    ]);
    expect(r.facts.figures.some((f) => f.unit === 'person' && f.indicator !== 'doctors')).toBe(false);
  });

  it('makes #dimension+type and +code a breakdown (SEX_FMLE -> sex f, SEX_BTSX the total), so no row repeats another', () => {
    expect(r.facts.figures.filter((f) => f.indicator === 'life-exp').map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [71.2, { sex: 'f' }],
      [68.4, { sex: 'm' }],
      [69.8, null],
    ]);
    // (round 35: WHO's area of residence is the urban-rural dimension, as UNHCR's files name it)
    expect(r.facts.figures.filter((f) => f.indicator === 'water-basic').map((f) => f.breakdown)).toEqual([{ 'urban-rural': 'urban' }, { 'urban-rural': 'rural' }]);
  });

  it("reads a span of years ('2019-2021') as its last year over the span", () => {
    expect(r.facts.figures.find((f) => f.indicator === 'doctors')).toMatchObject({ value: 2890, asOf: '2021', period: { start: '2019-01-01', end: '2021-12-31' } });
  });
});

describe('an IOM DTM-shaped file: IDPs by reason for displacement and by area of origin', () => {
  const r = load('dtm-shaped.csv');

  it('reads #cause+type as a breakdown, so the rows of one place and date are parts, not repeats, and none is the headline', () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.slice(0, 7).map((f) => [f.place, f.value, f.breakdown ?? null])).toEqual([
      ['NPL', 5200, { cause: 'Conflict' }],
      ['NPL', 800, { cause: 'Natural disaster' }],
      ['NP01', 3000, { origin: 'Bagmati', cause: 'Conflict' }],
      ['NP01', 1400, { origin: 'Bagmati', sex: 'm', cause: 'Conflict' }],
      ['NP01', 1600, { origin: 'Bagmati', sex: 'f', cause: 'Conflict' }],
      ['NP01', 700, { origin: 'NP05', cause: 'Conflict' }],
      ['NPL', 2100, { origin: 'Madhesh', cause: 'Conflict' }],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
  });

  it('reads the area people fled (#adm1+name+origin, its code where the name is empty) as a breakdown, never the place, and "Not available" as no origin', () => {
    // two origins of one place, cause and date are two parts: neither is the place's figure, neither a repeat
    expect(r.facts.figures.filter((f) => f.asOf === '2024-06-30').map((f) => [f.id, f.breakdown?.origin])).toEqual([
      ['internally-displaced-npl-madhesh-conflict-2024-06-30', 'Madhesh'],
      ['internally-displaced-npl-gandaki-conflict-2024-06-30', 'Gandaki'],
    ]);
    expect(r.facts.places.map((p) => p.id)).toEqual(['NPL', 'NP01']);
    expect(r.report.columns.filter((c) => c.tag?.includes('+origin')).map((c) => c.mappedTo)).toEqual(['breakdown origin', 'breakdown origin (where column 11 is empty)']);
  });
});

describe('a 3W table with figures: people targeted by organisation, sector and sex', () => {
  const r = load('3w-targeted-shaped.csv', { asOf: '2024' });

  it("reads #population+sex as the sex, and an #org column naming several organisations as each one's part, never the place's total", () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown])).toEqual([
      ['pan-los-santos', 100, { organisation: 'Agencia Uno', sector: 'WASH', subsector: 'Higiene', sex: 'm' }],
      ['pan-los-santos', 120, { organisation: 'Agencia Uno', sector: 'WASH', subsector: 'Higiene', sex: 'f' }],
      ['pan-los-santos', 40, { organisation: 'Agencia Dos', sector: 'WASH', subsector: 'Higiene', sex: 'm' }],
      ['col-choco', 300, { organisation: 'Agencia Dos', sector: 'Salud', subsector: 'Vacunación', sex: 'f' }],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
    expect(r.facts.sources[0]!.publisher).toBe('Unknown publisher');
    expect(r.report.columns[2]!.mappedTo).toMatch(/^breakdown organisation/);
  });
});

describe('files that name no country: a note, and --country', () => {
  it('says that admin areas named without a country or p-code are in no country', () => {
    const r = load('food-prices-no-country.csv');
    expect(r.facts.places.find((p) => p.id === 'balkh')).toEqual({ id: 'balkh', name: 'Balkh', level: 1 });
    expect(r.report.notes).toContainEqual(expect.stringMatching(/^no column names the country .*'balkh', 'mazar-e-sharif', 'hirat' are in no country .*--country/));
  });

  it('gives every place the country --country names, and says so once', () => {
    const r = load('food-prices-no-country.csv', { country: 'AFG' });
    expect(valid(r)).toEqual([]);
    expect(r.facts.places.slice(0, 3)).toEqual([
      { id: 'AFG', name: 'Afghanistan', iso3: 'AFG', level: 0 },
      { id: 'afg-balkh', name: 'Balkh', level: 1, iso3: 'AFG', parent: 'AFG' },
      { id: 'afg-mazar-e-sharif', name: 'Mazar-e-Sharif', level: 2, iso3: 'AFG', parent: 'afg-balkh' },
    ]);
    expect(fileNotes(r)).toEqual(['every figure is in Afghanistan (AFG), as --country says']);
    // the district Hirat, in the province Hirat, is a place of its own under it
    expect(r.facts.places.find((p) => p.level === 2 && p.name === 'Hirat')).toEqual({ id: 'afg-hirat-hirat', name: 'Hirat', level: 2, iso3: 'AFG', parent: 'afg-hirat' });
    expect(r.facts.figures.map((f) => f.place)).toEqual(['afg-mazar-e-sharif', 'afg-hirat-hirat']);
    expect([...placesWithin(r.facts.places, 'AFG')]).toHaveLength(5);
  });

  it('makes a file with no place column at all (a WHO country file) the country --country names; without it, says to give it', () => {
    const text = 'GHO (CODE),GHO (DISPLAY),ENDYEAR,Numeric\n#indicator+code,#indicator+name,#date+year,#indicator+value+num\nLIFE_EXP,Life expectancy at birth (years),2021,62.0\n';
    expect(importHxl(text, 'who_afg.csv', { today: TODAY, country: 'Afghanistan' }).facts.figures.map((f) => [f.place, f.unit, f.value])).toEqual([['AFG', 'year', 62]]);
    expect(importHxl(text, 'who_afg.csv', { today: TODAY }).report.rejected[0]!.reason).toMatch(/no place column .*--country/);
  });

  it('refuses a --country that is no country, and one the p-codes contradict', () => {
    expect(() => load('food-prices-no-country.csv', { country: 'Atlantis' })).toThrow(/--country 'Atlantis' is not a country/);
    expect(() => load('hno-shaped.csv', { asOf: '2024', country: 'MLI' })).toThrow(/--country MLI disagrees with the file's p-codes, which name Burkina Faso \(BFA\)/);
  });
});

describe('an HNO drought table by cluster: sector attributes and columns that share a hashtag', () => {
  const r = load('drought-by-cluster-shaped.csv', { asOf: '2022' });

  it('reads +food, +protection+child and +protection+gbv as the sectors FSC, PRO_CPM and PRO_GBV, never as totals', () => {
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.filter((f) => f.place === 'SO1104').map((f) => [f.indicator, f.value, f.breakdown ?? null])).toEqual([
      ['people-affected', 23353, null],
      ['people-targeted', 20000, null],
      ['people-in-need', 12000, { sector: 'FSC' }],
      ['people-targeted', 9000, { sector: 'FSC' }],
      ['people-in-need', 800, { sector: 'PRO_CPM' }],
      ['people-in-need', 450, { sector: 'PRO_GBV' }],
      ['people-in-need', 3100, { sector: 'SHL' }],
      ['people-in-need', 2700, { sector: 'AGRICULTURE' }],
    ]);
  });

  it('reads two columns under one plain #inneed by the group header above each (SHELTER, AGRICULTURE): each a sector, neither the total', () => {
    expect(r.report.unmapped.filter((c) => c.tag === '#inneed')).toEqual([]);
    expect(r.facts.figures.filter((f) => f.value === 900).map((f) => [f.place, f.breakdown])).toEqual([['SO1102', { sector: 'AGRICULTURE' }]]);
    expect(headlineFigures(r.facts.figures).every((f) => f.breakdown === undefined && ['people-affected', 'people-targeted'].includes(f.indicator))).toBe(true);
  });

  it('reads neither of two columns under one plain #inneed where no group header names them: neither is the total', () => {
    const text = 'District,admin2Pcode,Total,Affected,Affected\n#adm2+name,#adm2+code,#affected+total,#inneed,#inneed\nZeylac,SO1104,"23,353","3,100","2,700"\n';
    const t = importHxl(text, 'x.csv', { today: TODAY, asOf: '2022' });
    expect(t.facts.figures.map((f) => f.value)).toEqual([23353]);
    expect(t.report.unmapped.filter((c) => c.tag === '#inneed').map((c) => [c.index, c.reason])).toEqual([
      [3, 'the same hashtag as column 5: which figure each holds the hashtags do not say, so neither is read as the total'],
      [4, 'the same hashtag as column 4: which figure each holds the hashtags do not say, so neither is read as the total'],
    ]);
  });

  it("reads a hashtag with a stray mark ('#sector?') as the hashtag: MAM and SAM are parts, not a figure and its repeat", () => {
    const t = load('hno-sector-typo.csv', { asOf: '2017' });
    expect(t.report.rejected).toEqual([]);
    expect(t.facts.figures.filter((f) => f.place === 'NER' && f.indicator === 'people-in-need').map((f) => [f.value, f.breakdown])).toEqual([
      [380000, { sector: 'MAM' }],
      [120000, { sector: 'SAM' }],
    ]);
    expect(headlineFigures(t.facts.figures)).toEqual([]);
  });
});

describe('a key-figures access sheet: counts of events named further by their attributes', () => {
  it('keeps the incidents of the previous year, of this year and since the start of the previous year apart, none the events of the date', () => {
    const r = load('access-key-figures.csv', { asOf: '2024' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.unit, f.value])).toEqual([
      ['events-year-previous', 'event', 20],
      ['events-year-todate', 'event', 2],
      ['events-year-previous-todate', 'event', 22],
    ]);
  });
});

describe('series columns: an operation, an assessment, a market', () => {
  it('makes the operation and the assessment a breakdown only where one place and date has several, so neither row is rejected as a repeat nor shown as the total', () => {
    const r = load('dtm-operations-shaped.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.asOf, f.value, f.breakdown ?? null])).toEqual([
      ['HTI', '2016-12-31', 42553, { cause: 'Natural disaster', operation: 'Floods in Ruritania' }],
      ['HTI', '2016-12-31', 46691, { cause: 'Natural disaster', operation: 'Earthquake in Ruritania' }],
      ['HTI', '2017-03-31', 30100, { cause: 'Natural disaster' }],
      ['TCD', '2019-09-30', 169003, { 'assessment-type': 'SA', cause: 'Conflict' }],
      // (round 35: a baseline assessment beside a site assessment of its day is the day's whole, but not where the site
      // assessment is larger, as here: both stay parts)
      ['TCD', '2019-09-30', 145153, { 'assessment-type': 'BA', cause: 'Conflict' }],
      ['TCD', '2019-12-31', 150200, { cause: 'Conflict' }],
    ]);
  });

  it('keeps a market apart where an area has several on one day, and leaves it out where it has one', () => {
    const r = load('food-prices-markets.csv', { country: 'AFG' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.market ?? null])).toEqual([
      [42.5, 'Kestrel Main Market'],
      [44, 'Kestrel East Market'],
      [40, null],
    ]);
  });
});

describe('IDMC as another pipeline tags it: +internaldisp and raw twins', () => {
  it('reads +internaldisp as new displacements (+newdisp), and a +conflict_raw twin not at all: one headline a measure, the published figure', () => {
    const r = load('idmc-raw-twins.csv');
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['internally-displaced-stock-conflict', 1286000],
      ['internally-displaced-newdisp-conflict', 474000],
    ]);
    expect(r.report.unmapped.filter((u) => u.reason.includes('raw twin')).map((u) => u.index)).toEqual([4, 6]);
  });
});

describe("IDMC's GIDD files: +new and +total, and the published rounding beside the raw value", () => {
  const gidd = [
    'iso3,country_name,year,new_displacement,new_displacement_rounded,total_displacement,total_displacement_rounded',
    '#country+code,#country+name,#date+year,#affected+idps+ind+new+conflict,,#affected+idps+ind+total+conflict,',
    'AFG,Afghanistan,2012,100400,100000,486298,486000',
    'AGO,Angola,2009,0,,,',
    'ARM,Armenia,2009,0,,8400,8400',
  ].join('\n');
  it('reads the published rounding, never a raw 0 that has none, and names new and total as IDMC\'s other files do', () => {
    const r = importHxl(gidd, 'gidd.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value])).toEqual([
      ['internally-displaced-newdisp-conflict', 'AFG', 100000],
      ['internally-displaced-stock-conflict', 'AFG', 486000],
      ['internally-displaced-stock-conflict', 'ARM', 8400],
    ]);
    expect(r.report.notes.some((n) => n.startsWith('2 cells of a figure column with no published rounding'))).toBe(true);
    expect(valid(r)).toEqual([]);
  });
  it("leaves a DTM file's +new arrivals and +total alone: IDMC's columns say the displacement's cause", () => {
    const r = importHxl('code,date,new,total\n#adm1+code,#date,#affected+idps+new,#affected+idps+total\nSO11,2023-01-01,120,5000\n', 'dtm.csv', { today: TODAY, country: 'SOM' });
    expect(r.facts.figures.map((f) => f.indicator)).toEqual(['internally-displaced-new', 'internally-displaced']);
  });
  it('leaves +total alone where the file has no column of new displacements', () => {
    const r = importHxl('Country,Year,IDPs\n#country+code,#date+year,#affected+idps+total\nAFG,2020,1000', 'idps.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.indicator)).toEqual(['internally-displaced']);
  });
});

describe('a coverage column beside the funding it is the ratio of', () => {
  const sheet = (rows: string[]) =>
    ['Country,Requirement,Funded,Funded %', '#country+code,#value+funding+required+usd,#value+funding+total+usd,#value+funding+pct', ...rows].join('\n');
  it("reads fractions by the row's own funding, an over-funded appeal's 1.31 included", () => {
    const r = importHxl(sheet(['ETH,1000,600,0.6', 'KEN,250461585,329014517,1.31']), 'kf.csv', { today: TODAY, asOf: '2022' });
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => [f.place, f.value])).toEqual([
      ['ETH', 60],
      ['KEN', 131],
    ]);
    expect(r.report.notes.some((n) => n.includes('funding received over the funding required of its row (1.31 on line 4'))).toBe(true);
  });
  it('scales no cell written with a percent sign, nor one above 1 that its own row does not show to be a fraction', () => {
    const r = importHxl(sheet(['SDN,1000,1310,1.31', 'ETH,1000,500,0.5', 'SOM,1000,700,70%', 'YEM,,,45']), 'kf.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => [f.place, f.value])).toEqual([
      ['SDN', 131],
      ['ETH', 50],
      ['SOM', 70],
      ['YEM', 45],
    ]);
    expect(r.report.notes.some((n) => n.startsWith('2 cells of a column read as fractions are read as written (70% on line 5)'))).toBe(true);
  });
  it('reads a column whose rows say both as written, and says how many rows say which', () => {
    const r = importHxl(sheet(['ETH,1000,600,0.6', 'KEN,1000,500,50', 'SOM,1000,300,30']), 'kf.csv', { today: TODAY, asOf: '2022' });
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => f.value)).toEqual([0.6, 50, 30]);
    expect(r.report.notes.filter((n) => n.includes('as a fraction and'))).toEqual([
      'column 4 "Funded %" #value+funding+pct: 1 value(s) are the funding received over required as a fraction and 2 in percent; read as percent as written: check them',
    ]);
  });
  it('takes nothing funded, 0, for no evidence either way', () => {
    const r = importHxl(sheet(['ETH,1000,0,0', 'KEN,1000,500,50', 'SOM,1000,300,30']), 'kf.csv', { today: TODAY, asOf: '2022' });
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => f.value)).toEqual([0, 50, 30]);
    expect(r.report.notes.filter((n) => n.includes('funding received over'))).toEqual([]);
  });
  it('keeps small percentages that the funding proves are percent, though all lie within 0 to 1', () => {
    const r = importHxl(sheet(['ETH,1000,5,0.5', 'KEN,1000,8,0.8']), 'kf.csv', { today: TODAY, asOf: '2022' });
    expect(r.facts.figures.filter((f) => f.indicator === 'funding-coverage').map((f) => f.value)).toEqual([0.5, 0.8]);
  });
});

describe('a long file with no date and no unit for any row', () => {
  it('is refused for its units at once, not first asked for a date that would change nothing', () => {
    const text = 'country,indicator,value\n#country+code,#indicator+name,#indicator+num\nHTI,litpop,1200.5\nHTI,litpop,88.1\n';
    // (no figure at all: the command refuses the file, exit 65, with the first row's reason)
    const r = importHxl(text, 'litpop.csv', { today: TODAY });
    expect(r.facts.figures).toEqual([]);
    expect(r.report.rejected.map((x) => x.reason)).toEqual([expect.stringMatching(/^no unit given, and the indicator's name \('litpop'\)/), expect.any(String)]);
  });
  it('is still asked for its date where a row can be read', () => {
    const text = 'country,indicator,value\n#country+code,#indicator+name,#indicator+num\nHTI,litpop,1200.5\nHTI,People affected,88\n';
    expect(() => importHxl(text, 'litpop.csv', { today: TODAY })).toThrow(/has no date column/);
  });
});

describe('a header that names another caseload than its hashtag', () => {
  it("reads the hashtag and says once that the header disagrees (a drought sheet's 'Affected' over #inneed+food)", () => {
    const text = 'County,code,Total Affected,Affected,Target\n#adm1+name,#adm1+code,#affected+total,#inneed+food,#targeted+food\nGarissa,KE007,371951,252406,168271\n';
    const r = importHxl(text, 'drought.csv', { today: TODAY, asOf: '2022', country: 'KEN' });
    expect(r.facts.figures.map((f) => f.indicator)).toEqual(['people-affected', 'people-in-need', 'people-targeted']);
    expect(r.report.notes.filter((n) => n.includes('the header says'))).toEqual([
      'column 4 "Affected" #inneed+food: the header says affected, the hashtag in need; read as the hashtag says (check which the file means)',
    ]);
  });
});

describe('a header that counts houses over a hashtag of people', () => {
  it.each([
    ['Maisons Détruites', true],
    ['Damaged houses', true],
    ['Homes flooded', true],
    ['Viviendas afectadas', true],
    ['Logements inondés', true],
    ['Buildings', true],
    // a header of people or households where the houses are: no note
    ['People in damaged houses', false],
    ['Personnes sans maison', false],
    ['Personnes Blessées', false],
    ['Homeless', false],
    // (people in shelters as often as shelters)
    ['Shelters', false],
  ])('%s: noted %s, and the figure stays as the hashtag says', (header, noted) => {
    const text = `Pcode,${header}\n#adm1+code,#affected+damaged\nMDG72,83\n`;
    const r = importHxl(text, 'sava.csv', { today: TODAY, asOf: '2017-03' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([['people-affected-damaged', 83, 'person']]);
    expect(r.report.notes.filter((n) => n.includes('houses or other buildings'))).toEqual(
      noted ? [`column 2 ${JSON.stringify(header)} #affected+damaged: the header names houses or other buildings, the hashtag counts people (or households); read as the hashtag says: check which the file means (+unit_house on the hashtag reads a column as houses)`] : [],
    );
  });

  it('names each such column once, in one note', () => {
    const text = 'Pcode,Personnes Blessées,Maisons Détruites,Maisons Inondées\n#adm1+code,#affected+injured,#affected+damaged,#affected+flooded+hh\nMDG72,3,83,64\n';
    const r = importHxl(text, 'sava.csv', { today: TODAY, asOf: '2017-03' });
    expect(r.report.notes.filter((n) => n.includes('houses or other buildings'))).toEqual([expect.stringMatching(/^columns 3 "Maisons Détruites" #affected\+damaged, 4 "Maisons Inondées" #affected\+flooded\+hh: /)]);
  });
});

describe("UNHCR's population statistics: a population type and breakdown codes under #indicator", () => {
  const unhcr = [
    '"Year","ISO3CoO","ISO3CoA","PT","urbanRural","Female_0_4","Female_60","Female_Unknown","Total"',
    '"#date+year","#country+origin+code","#country+asylum+code","#indicator+population_type","#indicator+urban_rural+code","#affected+f+infants+age_0_4","#affected+f+elderly+age_60_","#affected+f+unknown_age","#affected+all+total"',
    '2001,"AFG","AFG","IDP","",10,20,5,1200000',
    '2001,"AFG","IRN","REF","",30,40,0,1482000',
  ].join('\n');
  it('names each row\'s count by its population type, with origin, sex and age as its breakdown, and imports every row', () => {
    const r = importHxl(unhcr, 'unhcr.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.breakdown])).toEqual([
      // (IDPs of AFG in AFG: their origin is their own country, no part of its people)
      ['internally-displaced', 'AFG', 10, { sex: 'f', age: '0-4' }],
      ['internally-displaced', 'AFG', 20, { sex: 'f', age: '60+' }],
      ['internally-displaced', 'AFG', 5, { sex: 'f', 'age-group': 'unknown' }],
      ['internally-displaced', 'AFG', 1200000, undefined],
      ['refugees', 'IRN', 30, { origin: 'AFG', sex: 'f', age: '0-4' }],
      ['refugees', 'IRN', 40, { origin: 'AFG', sex: 'f', age: '60+' }],
      ['refugees', 'IRN', 0, { origin: 'AFG', sex: 'f', 'age-group': 'unknown' }],
      ['refugees', 'IRN', 1482000, { origin: 'AFG' }],
    ]);
  });
  it("keeps an HNO's #affected IDPs as people affected: there the group is a part of the affected", () => {
    const hno = 'Admin 1,Group,Affected\n#adm1+code,#population_group+code,#affected\nML01,IDP,500\nML01,ALL,2000\n';
    const r = importHxl(hno, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['people-affected', 500],
      ['people-affected', 2000],
    ]);
  });
});

describe('FTS incoming flows: pledges, and an original amount in no stated currency', () => {
  const flows = [
    'date,amountUSD,srcOrganization,destPlanCode,status,originalAmount,id',
    '#date,#value+funding+total+usd,#org+name+funder,#activity+appeal+id+external,#status+text,#value+funding+total,#activity+id+fts_internal',
    '2020-02-19,55127,"Malta, Government of",HPSE20,commitment,50000,101',
    '2020-02-19,29621,"Malta, Government of",HPSE20,pledge,27000,102',
    '2020-02-19,1000,"Malta, Government of",HPSE20,paid,900,103',
  ].join('\n');
  it('keeps a pledge apart as funding-pledged and adds up the commitment and the paid contribution as funding-received', () => {
    // (three rows are too few to tell a file of records by its ids: --repeats sum says it)
    const r = importHxl(flows, 'flows.csv', { today: TODAY, country: 'PSE', repeats: 'sum' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['funding-received', 56127],
      ['funding-pledged', 29621],
    ]);
    expect(r.report.notes.some((n) => n.startsWith('1 figure is a pledge'))).toBe(true);
  });
  it('counts the pledges written, not a pledge rejected as another value of one figure', () => {
    const twice = [flows.split('\n')[0], flows.split('\n')[1], flows.split('\n')[3], flows.split('\n')[3]!.replace('29621', '30000').replace(',102', ',104')].join('\n');
    const r = importHxl(twice, 'flows.csv', { today: TODAY, country: 'PSE' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([['funding-pledged', 29621]]);
    expect(r.report.rejected).toHaveLength(1);
    expect(r.report.notes.filter((n) => n.includes('pledge'))).toEqual([expect.stringMatching(/^1 figure is a pledge/)]);
  });
  it("marks a country's rows of an appeal of several countries (code and name do not name it), never \"Not specified\"", () => {
    const text = [
      'countryCode,name,code,year,Cluster,Requirements,Funding',
      '#country+code,#activity+appeal+name,#activity+appeal+id+external,#date+year,#sector+cluster+name,#value+funding+required+usd,#value+funding+total+usd',
      'CPV,West Africa 2007,CXWAF07,2007,Food Security,173029390,60000000',
      'CPV,Cape Verde Flash Appeal 2007,FCPV07,2007,Food Security,2000000,500000',
      'CPV,Not specified,Not specified,2007,Food Security,,300000',
    ].join('\n');
    const r = importHxl(text, 'fts.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown?.['appeal-scope'] ?? null])).toEqual([
      ['funding-required', 173029390, 'several countries'],
      ['funding-received', 60000000, 'several countries'],
      ['funding-required', 2000000, null],
      ['funding-received', 500000, null],
      ['funding-received', 300000, null],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringMatching(/^1 row is of an appeal whose code and name do not name the row's country \(CXWAF07 'West Africa 2007' on CPV's rows\)/));
  });
  it('marks a regional plan named after another country whose name holds the row\'s ("South Sudan Regional Refugee Response Plan" on Sudan\'s rows)', () => {
    const text = [
      'countryCode,name,code,year,Requirements',
      '#country+code,#activity+appeal+name,#activity+appeal+id+external,#date+year,#value+funding+required+usd',
      'SDN,South Sudan Regional Refugee Response Plan 2024,RSSD24,2024,100000000',
      'SDN,Sudan Humanitarian Response Plan 2024,HSDN24,2024,2700000000',
    ].join('\n');
    const r = importHxl(text, 'fts.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown?.['appeal-scope'] ?? null)).toEqual(['several countries', null]);
  });
  it('reads the flows\' boundary in a file with no status column', () => {
    const text = 'date,amountUSD,destOrganization,boundary\n#date,#value+funding+total+usd,#org+name+impl,#financial+direction\n2020-09-15,350000,Action Contre la Faim,internal\n';
    const r = importHxl(text, 'flows.csv', { today: TODAY, country: 'JOR' });
    expect(r.facts.figures.map((f) => f.indicator)).toEqual(['funding-internal']);
  });
  it("keeps a pooled fund's allocations (an internal flow) and an outgoing flow apart from the funding received", () => {
    const text = [
      'date,amountUSD,srcOrganization,destOrganization,destPlanCode,boundary,status,id',
      '#date,#value+funding+total+usd,#org+name+funder,#org+name+impl,#activity+appeal+id+external,#financial+direction,#status+text,#activity+id+fts_internal',
      '2020-08-12,2484472,"United Kingdom, Government of",Jordan Humanitarian Fund,RSYR20,incoming,paid,201',
      '2020-09-15,350000,Jordan Humanitarian Fund,Action Contre la Faim,RSYR20,internal,paid,202',
      '2020-09-20,70000,Jordan Humanitarian Fund,Some NGO,RSYR20,outgoing,commitment,203',
    ].join('\n');
    const r = importHxl(text, 'flows.csv', { today: TODAY, country: 'JOR' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown?.recipient])).toEqual([
      ['funding-received', 2484472, 'Jordan Humanitarian Fund'],
      ['funding-internal', 350000, 'Action Contre la Faim'],
      ['funding-outgoing', 70000, 'Some NGO'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringMatching(/^1 internal and 1 outgoing flows \(column 6 "boundary" #financial\+direction\): imported as funding-internal and funding-outgoing, apart from the funding received/));
  });
});

describe("an HNO's category that counts households", () => {
  it('counts "Total Households" and "Female-Headed Households" in households, not people', () => {
    const text = [
      'Country ISO3,Admin 1 PCode,Description,Cluster,Category,In Need',
      '#country+code,#adm1+code,#sector+description,#sector+cluster+code,#category,#inneed',
      'AFG,AF01,Final HNRP Caseload,ALL,Female-Headed Households,22416',
      'AFG,AF01,Final HNRP Caseload,ALL,Total Households,484749',
      'AFG,AF01,Final HNRP Caseload,ALL,total,3393245',
    ].join('\n');
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.value, f.unit, f.breakdown ?? null])).toEqual([
      [22416, 'household', { category: 'Female-Headed Households' }],
      [484749, 'household', { category: 'Total Households' }],
      [3393245, 'person', null],
    ]);
    expect(headlineFigures(r.facts.figures).map((f) => [f.value, f.unit])).toEqual([[3393245, 'person']]);
  });
  it('keeps people in a category that names households only as where they live ("People in female-headed households")', () => {
    const text = 'iso3,Category,In Need\n#country+code,#category,#inneed\nAFG,People in female-headed households,5000\nAFG,Children in host households,300\nAFG,Women-headed households,200\nAFG,Households with children under 5,100\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.unit)).toEqual(['person', 'person', 'household', 'household']);
  });

  it('tells apart two rows of one cluster code by their description: the whole keeps the code, the part is named', () => {
    const text = [
      'Country ISO3,Admin 1 PCode,Description,Cluster,Category,In Need',
      '#country+code,#adm1+code,#sector+description,#sector+cluster+code,#category,#inneed',
      'AFG,,Final HNRP Caseload,ALL,,23666389',
      'AFG,,General Protection,PRO,,14809904',
      'AFG,,Protection (overall),PRO,,20806009',
      'AFG,,Health,HEA,,17936233',
      'SDN,,Final HRP caseload,ALL,,24786370',
      'SDN,,Health,HEA,,15000000',
    ].join('\n');
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown?.sector ?? null])).toEqual([
      ['AFG', 23666389, null],
      ['AFG', 14809904, 'General Protection'],
      ['AFG', 20806009, 'PRO'],
      ['AFG', 17936233, 'HEA'],
      ['SDN', 24786370, null],
      ['SDN', 15000000, 'HEA'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("a code is written with several names in column 3 \"Description\" #sector+description (PRO: 'General Protection', 'Protection (overall)')"));
  });
});

describe('a p-code written with several names', () => {
  it('keeps one place by its code and says which codes carry other names (a code cut short, shared by states)', () => {
    const text = 'iso3,adm1 code,adm1,month,events\n#country+code,#adm1+code,#adm1+name,#date+month,#event+num\nNGA,NG02,Niger,2025-01,3\nNGA,NG02,Ogun,2025-02,4\nNGA,NG02,Niger,2025-03,5\n';
    const r = importHxl(text, 'acled.csv', { today: TODAY });
    expect(new Set(r.facts.figures.map((f) => f.place))).toEqual(new Set(['NG02']));
    expect(r.report.notes.filter((n) => n.includes('several names'))).toEqual([
      "1 p-code is written with several names: NG02 ('Niger', 'Ogun'); each is one place, named as first written, and its rows are kept under it: check the file's codes (they may be cut short or reused)",
    ]);
  });
});

describe("a source's publication date where the file gives none, from figures of long periods", () => {
  it('is the first day the latest figure\'s asOf names, so that check passes on the fresh import', () => {
    const text = 'code,name,population,start,end\n#adm1+code,#adm1+name,#population,#date+start,#date+end\nCF11,Bimbo,276042,2015-01-01,2022-12-31\nCF12,Begoua,100000,2015-01-01,2021-12-31\n';
    const r = importHxl(text, 'cod.csv', { today: TODAY });
    expect(r.facts.sources[0]!.published).toBe('2022-12-31');
    expect(checkClaims(r.facts, { today: TODAY }).filter((f) => f.check === 'date' && f.level === 'fail')).toEqual([]);
  });
});

describe("FTS's funding of no appeal ('Not specified', no start or end) recorded for next year", () => {
  it('covers its year as the appeals beside it do, so that check on the fresh import warns of a plan and fails nothing', () => {
    const text = [
      'countryCode,name,code,startDate,endDate,year,requirements,funding',
      '#country+code,#activity+appeal+name,#activity+appeal+id+external,#date+start,#date+end,#date+year,#value+funding+required+usd,#value+funding+total+usd',
      'UKR,Not specified,,,,2027,,2994012',
      'UKR,Not specified,,,,2026,,7592229',
      'UKR,Ukraine 2025,HUKR25,2025-01-01,2025-12-31,2025,2600000000,1200000000',
    ].join('\n');
    const r = importHxl(text, 'fts-ukr.csv', { today: '2026-12-06' });
    expect(r.facts.figures.filter((f) => f.breakdown?.appeal === 'Not specified').map((f) => [f.asOf, f.period ?? null])).toEqual([
      ['2027', { start: '2027-01-01', end: '2027-12-31' }],
      ['2026', { start: '2026-01-01', end: '2026-12-31' }],
    ]);
    const dates = checkClaims(r.facts, { today: '2026-12-06' }).filter((f) => f.check === 'date' && f.level !== 'pass');
    expect(dates.map((f) => [f.figure, f.level])).toEqual([['funding-received-ukr-not-specified-2027', 'warn']]);
  });
});

describe("HAPI's enum spelling of IPC phases and types, and a 3W's national coverage", () => {
  it('reads IPCPhase.PHASE_2 as phase 2 and IPCType.FIRST_PROJECTION as the first projection', () => {
    const text = 'code,phase,type,people,start,end\n#adm1+code,#severity+v_ipc,#period+v_ipc,#affected,#date+start,#date+end\nAF01,IPCPhase.PHASE_2,IPCType.FIRST_PROJECTION,1200,2024-05-01,2024-10-31\nAF01,IPCPhase.PHASE_3_PLUS,IPCType.CURRENT,800,2024-05-01,2024-10-31\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([
      { projection: 'first projection', severity: '2' },
      { severity: '3+' },
    ]);
  });
  it('reads IPCPhase.ALL as all phases, the total', () => {
    const text = 'code,phase,people,start,end\n#adm1+code,#severity+v_ipc,#affected,#date+start,#date+end\nAF01,IPCPhase.ALL,3000,2024-05-01,2024-10-31\nAF01,IPCPhase.PHASE_2,1200,2024-05-01,2024-10-31\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown ?? null)).toEqual([null, { severity: '2' }]);
  });
  it('dates a source no later than today, though a projection ends after it: by the start of its period, still running', () => {
    const text = 'code,people,start,end\n#adm1+code,#affected,#date+start,#date+end\nAF01,1200,2025-05-01,2025-10-31\n';
    const r = importHxl(text, 'ipc.csv', { today: '2025-06-01' });
    expect(r.facts.sources[0]!.published).toBe('2025-05-01');
  });
  it('reads "Cobertura Nacional" as the country, as "National" is', () => {
    const text = 'country,adm1 code,adm1,reached\n#country+code,#adm1+code,#adm1+name,#reached\nSLV,SV00,Cobertura Nacional,500\n';
    const r = importHxl(text, '3w.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures.map((f) => f.place)).toEqual(['SLV']);
  });
});

describe("an HNO's categories in French and with a population group", () => {
  it('reads "Filles < 5 ans" as girls under five, "Adult - female - pdi" as adult women IDPs, and keeps "Fefa" as written', () => {
    const text = 'iso3,sector,category,in need\n#country+code,#sector+code,#category,#inneed\nMLI,NUT,Filles < 5 ans,1208663\nMLI,NUT,Garçons < 5 ans,1223255\nMLI,WSH,Adult - female - pdi,46165\nMLI,NUT,Fefa,908866\nMLI,PRO,Personnes âgées - hommes,1200\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([
      { sector: 'NUT', sex: 'f', age: '0-4' },
      { sector: 'NUT', sex: 'm', age: '0-4' },
      { sector: 'WSH', 'population-group': 'IDP', sex: 'f', 'age-group': 'adults' },
      { sector: 'NUT', category: 'Fefa' },
      { sector: 'PRO', sex: 'm', 'age-group': 'elderly' },
    ]);
  });
  it('reads "Femmes et filles" as women and girls, not girls alone, and "> 5 ans" as 6 and over', () => {
    const text = 'iso3,category,in need\n#country+code,#category,#inneed\nCMR,Femmes et filles,300\nCMR,Femmes > 5 ans,200\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([{ sex: 'f' }, { sex: 'f', age: '6+' }]);
  });
  it('reads "IDP - Total" and "Refugees - Total" as all of that group, and "Hostcommunities" as the host community', () => {
    const text = 'iso3,category,in need\n#country+code,#category,#inneed\nAFG,IDP - Total,35891\nAFG,Refugees - Total,409\nAFG,Hostcommunities,1200\nAFG,Host Community - Female,600\nAFG,Total - Border / EC,14500\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([
      { 'population-group': 'IDP' },
      { 'population-group': 'REF' },
      { 'population-group': 'host' },
      { 'population-group': 'host', sex: 'f' },
      // (round 34: "Total - Border / EC" is the whole of the group "Border / EC", as "IDP - Total" is all IDPs)
      { category: 'Border / EC' },
    ]);
  });
  it('reads "Host-Community - Male" as the host group', () => {
    const text = 'iso3,category,in need\n#country+code,#category,#inneed\nAFG,Host-Community - Male,100\n';
    expect(importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' }).facts.figures.map((f) => f.breakdown)).toEqual([{ 'population-group': 'host', sex: 'm' }]);
  });
  it('reads "Community - Female" as women of a category "Community" (round 28: parts of a category read apart), "community" alone naming no group', () => {
    const text = 'iso3,category,in need\n#country+code,#category,#inneed\nAFG,Community - Female,100\nAFG,Women - Total,90\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([{ category: 'Community', sex: 'f' }, { sex: 'f' }]);
  });
});

describe('a share column of nothing but 0 and 1', () => {
  it('reads 1.0 as 100 percent where the header names a fraction, and says so', () => {
    const text = 'code,phase,people,population_fraction_in_phase,start,end\n#adm1+code,#severity+v_ipc,#affected,#affected+pct,#date+start,#date+end\nAF01,2,15,1.0,2024-01-01,2024-12-31\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.unit === 'percent').map((f) => f.value)).toEqual([100]);
    expect(r.report.notes).toContainEqual(expect.stringContaining('the header names a fraction'));
  });
  it('does not scale a proportion whose header says percent', () => {
    const text = 'code,people,Proportion of households (%)\n#adm1+code,#affected,#affected+pct\nAF01,15,1\nAF02,0,0\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.unit === 'percent').map((f) => f.value)).toEqual([1, 0]);
  });
  it('keeps 1 as one percent where the header does not say, and asks to check it', () => {
    const text = 'code,people,share\n#adm1+code,#affected,#affected+pct\nAF01,15,1\nAF02,0,0\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.unit === 'percent').map((f) => f.value)).toEqual([1, 0]);
    expect(r.report.notes).toContainEqual(expect.stringContaining('every value is 0 or 1, which may be fractions'));
  });
});

describe("a provider's placeholder for a missing admin 2", () => {
  it('names HAPI\'s "AB01-XXX, Unspecified" as written, under its admin 1, not as a place called by the code', () => {
    const text = 'a1,a2code,a2name,idps,date\n#adm1+code,#adm2+code,#adm2+name,#affected+idps,#date\nAF01,AF01-XXX,Unspecified,500,2024-01-01\nAF01,AF0101,Kabul,300,2024-01-01\n';
    const r = importHxl(text, 'idps.csv', { today: TODAY });
    expect(r.facts.places.find((p) => p.id === r.facts.figures[0]!.place)).toMatchObject({ name: 'Unspecified', level: 2, parent: 'AF01' });
    expect(r.facts.places.find((p) => p.id === r.facts.figures[0]!.place)).not.toHaveProperty('pcode');
  });
  it('names a placeholder code with no name column "Unspecified", never by the code', () => {
    const text = 'a1,a2code,idps,date\n#adm1+code,#adm2+code,#affected+idps,#date\nAF01,AF01-XXX,500,2024-01-01\n';
    const r = importHxl(text, 'idps.csv', { today: TODAY });
    expect(r.facts.places.find((p) => p.id === r.facts.figures[0]!.place)).toMatchObject({ name: 'Unspecified', parent: 'AF01' });
  });
  it('keeps the unspecified parts of two admin 1 areas apart: two places, no row rejected', () => {
    const text = 'a1,a2name,idps,date\n#adm1+code,#adm2+name,#affected+idps,#date\nAF01,Unspecified,500,2024-01-01\nAF02,Unspecified,700,2024-01-01\n';
    const r = importHxl(text, 'idps.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, r.facts.places.find((p) => p.id === f.place)?.parent])).toEqual([
      [500, 'AF01'],
      [700, 'AF02'],
    ]);
  });
});

describe("an IPC area analysed with the country's whole population", () => {
  it("rejects the area's all-phases row that equals the country's population on its row, and keeps the others", () => {
    const text =
      'Date,Country,Total country population,Level 1,Validity period,From,To,Phase,Number,Percentage\n' +
      '#date+analysis,#country+code,#population,#loc+level1,#period+v_ipc,#date+start,#date+end,#severity+v_ipc,#affected+num,#affected+pct\n' +
      'Mar 2024,BEN,12910087,Ostra,current,2024-03-01,2024-05-31,all,12910087,1.0\n' +
      'Mar 2024,BEN,12910087,Pell,current,2024-03-01,2024-05-31,all,519639,1.0\n' +
      'Mar 2024,BEN,12910087,Pell,current,2024-03-01,2024-05-31,3+,39117,0.08\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['population-analysed', 519639],
      ['people-in-ipc-phase', 39117],
      ['share-in-ipc-phase', 8],
    ]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining("equals the whole country's population on its row") })]);
  });
  it('compares each analysis with its own country population (a file of two rounds)', () => {
    const text =
      'Date,Country,Total country population,Level 1,Validity period,From,To,Phase,Number\n' +
      '#date+analysis,#country+code,#population,#loc+level1,#period+v_ipc,#date+start,#date+end,#severity+v_ipc,#affected+num\n' +
      'Mar 2023,BEN,12500000,Ostra,current,2023-03-01,2023-05-31,all,12500000\n' +
      'Mar 2023,BEN,12500000,Pell,current,2023-03-01,2023-05-31,all,400000\n' +
      'Mar 2024,BEN,12910087,Ostra,current,2024-03-01,2024-05-31,all,12910087\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.report.rejected.map((x) => x.line)).toEqual([3, 5]);
    expect(r.facts.figures.map((f) => f.value)).toEqual([400000]);
  });
  it("compares no area with a #population that varies within its country (then it is the areas' own)", () => {
    const text =
      'Date,Country,Population,Level 1,Validity period,From,To,Phase,Number\n' +
      '#date+analysis,#country+code,#population,#loc+level1,#period+v_ipc,#date+start,#date+end,#severity+v_ipc,#affected+num\n' +
      'Mar 2024,BEN,519639,Pell,current,2024-03-01,2024-05-31,all,519639\n' +
      'Mar 2024,BEN,300000,Ostra,current,2024-03-01,2024-05-31,all,300000\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['population-analysed', 519639],
      ['population-analysed', 300000],
    ]);
  });
});

describe('a funding coverage against a requirement of 0', () => {
  it('rejects the coverage and the requirement of 0, with why, and keeps the funding', () => {
    const text =
      'iso3,appeal,required,funding,pct,start,end\n#country+code,#activity+appeal+id+external,#value+funding+required+usd,#value+funding+total+usd,#value+funding+pct,#date+start,#date+end\n' +
      'AFG,CAFG01,0,2053268,0,2001-01-01,2001-09-30\nAFG,CAFG02,1000000,520000,52,2002-01-01,2002-12-31\n';
    const r = importHxl(text, 'funding.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.unit === 'percent').map((f) => f.value)).toEqual([52]);
    // (the requirement of 0 beside money received is no requirement recorded: not a figure either)
    expect(r.facts.figures.filter((f) => f.unit === 'USD').map((f) => f.value)).toEqual([2053268, 1000000, 520000]);
    expect(r.report.rejected).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringContaining('is no requirement recorded') }),
      expect.objectContaining({ line: 3, reason: expect.stringContaining('against a requirement of 0') }),
    ]);
  });
  it('keeps its reasons short, whatever the length of the cells', () => {
    const long = `0.${'0'.repeat(5000)}`;
    const text = `iso3,appeal,required,funding,pct,start,end\n#country+code,#activity+appeal+id+external,#value+funding+required+usd,#value+funding+total+usd,#value+funding+pct,#date+start,#date+end\nAFG,CAFG01,${long},2053268${long.slice(1)},${long},2001-01-01,2001-09-30\n`;
    const r = importHxl(text, 'funding.csv', { today: TODAY });
    expect(r.report.rejected.length).toBe(2);
    for (const x of r.report.rejected) expect(x.reason.length).toBeLessThan(300);
  });
});

describe('a price in USD in both the local and the USD column', () => {
  it('gives one figure, the USD column\'s, and says so once', () => {
    const text =
      'iso3,date,market,commodity,currency,price,usdprice\n#country+code,#date,#loc+market+name,#item+name,#currency+code,#value,#value+usd\n' +
      'NIC,2023-01-15,National Average,Bread,USD,0.79,0.79\nNIC,2023-01-15,Managua,Bread,NIO,29,0.8\n';
    const r = importHxl(text, 'wfp.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [0.79, 'USD'],
      [29, 'NIO'],
      [0.8, 'USD'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("1 amount in the row's own currency is the same as the row's amount in a column of that fixed currency"));
  });
});

describe('a header row shifted one column against the hashtag row (WFP\'s global price files)', () => {
  const text =
    'countryiso3,countryiso32,date,market,market_id,commodity,unit,currency,price,usdprice\n' +
    '#country+code,#date,#loc+market+name,#loc+market+code,#item+name,#item+unit,#currency+code,#value,#value+usd,\n' +
    'COG,2023-01-15,Brazzaville,7775,Cassava flour,KG,XAF,448,0.74,\n';
  it('labels each figure from the header one column over, and says so', () => {
    const r = importHxl(text, 'wfp.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit, f.label.split(' (')[0]])).toEqual([
      [448, 'XAF', 'price'],
      [0.74, 'USD', 'usdprice'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining('the header row is shifted against the hashtag row'));
  });
  it('leaves a header as written where it agrees with the hashtags under it', () => {
    const plain = 'iso3,date,market,commodity,currency,price,usdprice\n#country+code,#date,#loc+market+name,#item+name,#currency+code,#value,#value+usd\nCOG,2023-01-15,Brazzaville,Cassava flour,XAF,448,0.74\n';
    const r = importHxl(plain, 'wfp.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.label.split(' (')[0])).toEqual(['price', 'usdprice']);
    expect(r.report.notes.join(' ')).not.toContain('shifted');
  });
});

describe("IDMC's older disaster files: events named in #description", () => {
  const text =
    'ISO3,Name,Year,Start Date,Event Name,Hazard Type,New Displacements\n#country+code,#country+name,#date+year,#date+start,#description,#crisis+type,#affected+idps+ind+newdisp+disaster\n' +
    'AFG,Afghanistan,2018,2018-04-29,Flash flood - Bamyan,Flood,7\nAFG,Afghanistan,2018,2018-07-10,Floods - Herat,Flood,1200\nAFG,Afghanistan,2018,2018-01-01,Drought,Drought,300\n';
  it('gives each event its own figure, named and dated by its start day, never one flood total for the year', () => {
    const r = importHxl(text, 'disaster.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.asOf, f.breakdown])).toEqual([
      [7, '2018-04-29', { event: 'Flash flood - Bamyan', 'crisis-type': 'Flood' }],
      [1200, '2018-07-10', { event: 'Floods - Herat', 'crisis-type': 'Flood' }],
      // (a 1 January stands for a day unknown: the year)
      [300, '2018', { event: 'Drought', 'crisis-type': 'Drought' }],
    ]);
  });
  it('leaves #description a note outside that shape, where it would hide a conflict', () => {
    const other = 'adm1,type,note,people,date\n#adm1+code,#crisis+type,#description,#affected,#date\nAF01,Flood,Source: OCHA,500,2024-01-01\nAF01,Flood,Source: OCHA,900,2024-01-01\n';
    const r = importHxl(other, 'floods.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([500]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: expect.stringContaining('gives 900') })]);
  });
});

describe('a population table that gives one p-code twice', () => {
  it('keeps the first, names the conflict in the facts file, and does not advise adding populations up', () => {
    const text = 'adm1,adm2,pop,year\n#adm1+code,#adm2+code,#population,#date+year\nCF71,CF711,15716,2015\nCF71,CF711,823365,2015\n';
    const r = importHxl(text, 'pop.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([15716]);
    expect(r.facts.dataset.description).toContain('population-cf711-2015 (15716 kept; line 4 gives 823365)');
    expect(r.report.notes.join(' ')).toContain("the file gives a place two populations (a code repeated, or a row of category 'total' beside the row of no category");
    expect(r.report.notes.join(' ')).not.toContain('--repeats sum');
  });
  it('names a figure once in the description though several later rows contradict it', () => {
    const text = 'adm1,adm2,pop,year\n#adm1+code,#adm2+code,#population,#date+year\nCF71,CF711,15716,2015\nCF71,CF711,823365,2015\nCF71,CF711,800000,2015\n';
    const r = importHxl(text, 'pop.csv', { today: TODAY });
    expect(r.facts.dataset.description).toContain('2 later rows give another value');
    expect(r.facts.dataset.description!.match(/population-cf711-2015/g)).toHaveLength(1);
  });
});

describe("a 3W's planned activities", () => {
  it('imports no people reached from an activity whose untagged status says it is planned, and says so', () => {
    const text =
      'org,adm1,sector,ESTADO,reached\n#org+name,#adm1+code,#sector+name,,#reached+total\n' +
      'SC,HN16,Education,Planeada,663\nSC,HN17,Education,En curso,120\nSC,HN18,Education,Finalizada,80\n';
    const r = importHxl(text, '3w.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['HN17', 120],
      ['HN18', 80],
    ]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining("the row's activity is not under way ('Planeada'") })]);
    expect(r.report.notes.join(' ')).toContain('1 people-reached figure is of activities not under way');
  });
});

describe('places named alike at two levels, with no p-codes', () => {
  it("keeps the LGA Nasarawa of Kano and Nasarawa State apart, each at its own level, and imports both rows", () => {
    const text = 'Date,Country,Admin 1,Admin 2,IDPs\n#date,#country+name,#adm1,#adm2,#affected+idps\n2016-06-03,Nigeria,KANO,NASARAWA,396\n2016-06-03,Nigeria,NASARAWA,AWE,59\n';
    const r = importHxl(text, 'lcb.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    expect(r.facts.places.filter((p) => p.name === 'NASARAWA').map((p) => [p.level, p.parent])).toEqual([
      [2, 'nga-kano'],
      [1, 'NGA'],
    ]);
    const awe = r.facts.places.find((p) => p.name === 'AWE')!;
    expect(r.facts.places.find((p) => p.id === awe.parent)).toMatchObject({ name: 'NASARAWA', level: 1 });
    expect(r.facts.figures.map((f) => f.value)).toEqual([396, 59]);
  });
  it("puts a district whose p-code does not begin with its state's under the country, not under that state, and says so", () => {
    const text = [
      'country,state code,state,district code,district,events',
      '#country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name,#indicator+event+num',
      'NGA,NG002,Adamawa,NG002012,Mayo-Belwa,3',
      'NGA,NG002,Adamawa,NG021023,Kusada,1',
    ].join('\n');
    const r = importHxl(text, 'acled.csv', { today: TODAY, asOf: '2025-01' });
    expect(valid(r)).toEqual([]);
    expect(r.facts.places.filter((p) => p.level === 2).map((p) => [p.id, p.parent])).toEqual([
      ['NG002012', 'NG002'],
      ['NG021023', 'NGA'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("1 p-code does not begin with the p-code of the area the row names as its parent (NG021023 under NG002 'Adamawa')"));
  });
  it("reads a country whose code and name disagree by its admin p-codes (\"Zimbabwe\" with ZMB, regions ZW11), and rejects a row where nothing decides", () => {
    const text = 'country,code,region,region code,IDPs\n#country+name,#country+code,#adm1+name,#adm1+code,#affected+idps\nZimbabwe,ZMB,Manicaland,ZW11,36940\nZimbabwe,ZMB,Lusaka,,500\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY, asOf: '2020' });
    expect(valid(r)).toEqual([]);
    expect(r.facts.places.find((p) => p.id === 'ZW11')).toMatchObject({ iso3: 'ZWE', parent: 'ZWE' });
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: "the country code ZMB (Zambia) and the country name 'Zimbabwe' (ZWE) name two countries, and no p-code says which; 1 figure not imported" })]);
  });
  it('reads a placeholder name "NA" beside a country code as no name, but a code as a name of another country is rejected', () => {
    const text = 'country,code,IDPs\n#country+name,#country+code,#affected+idps\nNA,SOM,500\nSDN,SOM,300\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['SOM', 500]]);
    expect(r.report.rejected).toHaveLength(1);
  });
  it('names the asylum column before the origin one as the place to tag, and says how an origin is tagged', () => {
    const text = 'Country of origin,Country of asylum,Refugees\n,,#affected+refugees\nSYR,TUR,5000\n';
    const reason = importHxl(text, 'unhcr.csv', { today: TODAY, asOf: '2024' }).report.rejected[0]!.reason;
    expect(reason).toContain('column 2 "Country of asylum"');
    expect(reason).toContain('a country of origin #country+code+origin');
  });
  it('names an untagged country column, not --country, when a file of several countries has no place column', () => {
    const text = 'Country ISO3,Sector,In Need\n,#sector+code,#inneed\nAFG,ALL,23666389\nSDN,ALL,24786370\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.report.rejected[0]!.reason).toContain('column 1 "Country ISO3", which has no hashtag, names a country (\'AFG\'): tag the column of the country the figures are in #country+code (or #country+name; a country of origin #country+code+origin); --country imports that one country\'s rows only');
  });
  it('reads "#affected+type" beside "#affected+displaced" as the population group, not a dropped column whose pairs are summed', () => {
    const text = 'Country,Region,Period,Displaced,Type\n#country+name,#adm1+name,#date,#affected+displaced,#affected+type\nNiger,Diffa,2016-12-31,96940,refugee\nNiger,Diffa,2016-12-31,108998,IDP\n';
    const r = importHxl(text, 'lcb.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [96940, { 'population-group': 'refugee' }],
      [108998, { 'population-group': 'IDP' }],
    ]);
  });
  it('places a code under the nearest code above it that it begins with, and catches broken codes under a parent ending in 0', () => {
    const text = 'a,b,c,IDPs\n#adm1+code,#adm2+code,#adm3+code,#affected+idps\nAF01,AF0201,AF010101,5\nNG020,NG021023,,7\nCF12,CF124,CF1251,9\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    const parentOf = (id: string) => r.facts.places.find((p) => p.id === id)?.parent;
    expect([parentOf('AF010101'), parentOf('NG021023'), parentOf('CF1251')]).toEqual(['AF01', 'NGA', 'CF12']);
    expect(r.report.notes).toContainEqual(expect.stringContaining('do not begin with the p-code of the area the row names as their parent'));
  });
  it('keeps the tree of p-code schemes that skip a level or pad with zeros (Myanmar, the Philippines), and a row repeating its admin 1 code at admin 2', () => {
    const mm = 'state,district,township,IDPs\n#adm1+code,#adm2+code,#adm3+code,#affected+idps\nMMR001,MMR001D001,MMR001001,100\n';
    const r1 = importHxl(mm, 'mmr.csv', { today: TODAY, asOf: '2024' });
    expect(r1.facts.places.filter((p) => p.level !== 0).map((p) => [p.id, p.parent])).toEqual([
      ['MMR001', 'MMR'],
      ['MMR001D001', 'MMR001'],
      ['MMR001001', 'MMR001D001'],
    ]);
    const ph = 'region,province,municipality,IDPs\n#adm1+code,#adm2+code,#adm3+code,#affected+idps\nPH010000000,PH012800000,PH012812000,100\n';
    const r2 = importHxl(ph, 'phl.csv', { today: TODAY, asOf: '2024' });
    expect(r2.facts.places.filter((p) => p.level !== 0).map((p) => [p.id, p.parent])).toEqual([
      ['PH010000000', 'PHL'],
      ['PH012800000', 'PH010000000'],
      ['PH012812000', 'PH012800000'],
    ]);
    expect(r2.report.notes.some((n) => n.includes('do not begin') || n.includes('does not begin'))).toBe(false);
    const so = 'adm1,adm1 name,adm2,adm2 name,IDPs\n#adm1+code,#adm1+name,#adm2+code,#adm2+name,#affected+idps\nSO22,Banadir,SO22,Banadir,500\nSO22,Banadir,SO2201,Hodan,100\n';
    const r3 = importHxl(so, 'som.csv', { today: TODAY, asOf: '2024' });
    expect(r3.report.rejected).toEqual([]);
    expect(r3.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['SO22', 500],
      ['SO2201', 100],
    ]);
  });
  it('clips a huge code in its messages', () => {
    const huge = `NG${'1'.repeat(5000)}`;
    const text = `a,b,IDPs\n#adm1+code,#adm2+code,#affected+idps\nNG002,NG002001,5\nNG002,${huge},7\n${huge},NG002009,9\n`;
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    const messages = [...r.report.notes, ...r.report.rejected.map((x) => x.reason)];
    expect(messages.filter((m) => m.includes('NG1111'))).toHaveLength(2);
    for (const m of messages) expect(m.length).toBeLessThan(600);
  });
  it('rejects a row that gives a p-code at another level than an earlier row did, and says why', () => {
    const text = 'Date,Admin 1 code,Admin 2 code,IDPs\n#date,#adm1+code,#adm2+code,#affected+idps\n2016-06-03,NG020,NG020001,100\n2016-06-03,NG020001,NG021002,50\n';
    const r = importHxl(text, 'codes.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['NG020001', 100]]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: 'the p-code NG020001 is given here as admin 1 but earlier as admin 2: one p-code names one place; 1 figure not imported' })]);
  });
});

describe('shares under a hashtag of no count (an access key-figures sheet)', () => {
  it('reads +pct under #access or #activity as a figure in percent, named by its hashtag, and no date as one', () => {
    const r = load('access-shares.csv', { asOf: '2024' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.unit])).toEqual([
      ['access-visas', 'AFG', 20, 'percent'],
      ['activity-cerf-project-insecurity', 'AFG', 57.1, 'percent'],
      ['access-travel', 'PSE', 35, 'percent'],
      ['activity-cerf-project-insecurity', 'PSE', 0, 'percent'],
    ]);
  });
});

describe('a situation report whose rows name their indicator (#indicator+code, #indicator+name)', () => {
  it("names each row's figures by the row's indicator, so two indicators of one place and date are two figures, not a conflict", () => {
    const r = load('sitrep-indicators-shaped.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['cv-03-04-people-affected-reached', 2133],
      ['cv-03-04-people-affected-targeted', 36000],
      ['cv-01-02-people-affected-reached', 150000],
      ['cv-01-02-people-affected-targeted', 400000],
      ['number-of-people-reached-with-messages-people-affected-reached', 5000],
    ]);
    expect(r.facts.figures[0]!.label).toBe('Number of children 6-59 months admitted for treatment of SAM: OBS_VALUE');
  });
});

describe('--as-of on a file that dates its rows', () => {
  it('says it was not used, or which rows it dated (those with an empty date cell)', () => {
    expect(load('dtm-operations-shaped.csv', { asOf: '2030' }).report.notes).toContain('--as-of 2030 was not used: the file dates every row in column 5 (reportingDate)');
    const text = 'country,date,idps\n#country+code,#date,#affected+idps\nAFG,2024-03-31,100\nPAK,,200\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.place, f.asOf])).toEqual([
      ['AFG', '2024-03-31'],
      ['PAK', '2024'],
    ]);
    expect(r.report.notes).toContain("--as-of 2024 dated only the 1 row whose date cell in column 2 (date) is empty; the others keep the file's dates");
  });
});

describe('a file whose numbers are under hashtags of no known count', () => {
  it('is refused naming the columns of numbers and how to retag them, not called a 3W list', () => {
    const text = 'Country,ISO3,Doses,Funder\n#country+name,#country+code,#capacity+vaccine+doses,#meta+vaccine+funder\nAfghanistan,AFG,"500,000",India\n';
    let message = '';
    try {
      importHxl(text, 'covax.csv', { today: TODAY, asOf: '2021' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('column 3 (#capacity+vaccine+doses) holds numbers under a hashtag that names no count of people, money, percentage or events');
    expect(message).toContain('#indicator+num+vaccine_doses+unit_dose');
    expect(message).not.toContain('3W');
  });
});

describe('what a file leaves blank or writes with fractions', () => {
  it('names the figure columns with no value in any row, and counts the counts of people with a fraction, kept as written', () => {
    const text = 'Admin 1,In need,Reached,Targeted\n#adm1+code,#inneed,#reached,#targeted\nAF01,170917.438,,100\nAF02,2000,,\n';
    const r = importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([170917.438, 100, 2000]);
    expect(r.report.notes).toContain('a figure column has no value in any row: 3 "Reached" #reached');
    expect(r.report.notes).toContain("1 count of people or households has a fraction, as a model's estimates do (170917.438 on line 3): kept as written, not rounded; round it where you quote it");
  });
});

describe("an estimate's bounds in a WHO-shaped long file", () => {
  it('reads #indicator+value+low and +high as the figure\'s low and high', () => {
    const text =
      'GHO (CODE),GHO (DISPLAY),YEAR,COUNTRY,Numeric,Low,High\n#indicator+code,#indicator+name,#date+year,#country+code,#indicator+value+num,#indicator+value+low,#indicator+value+high\n' +
      'LIFE_EXP,Life expectancy at birth (years),2021,NPL,71.2,69.8,72.5\n';
    const r = importHxl(text, 'who.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.low, f.high, f.unit])).toEqual([[71.2, 69.8, 72.5, 'year']]);
    expect(valid(r)).toEqual([]);
  });
});

describe('refusals and rejections this round added', () => {
  const refusal = (text: string) => {
    try {
      importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  it('refuses a file whose only figure columns cannot be told apart, saying each column says why', () => {
    const message = refusal('District,Affected,Affected\n#adm2+code,#inneed,#inneed\nSO1104,"3,100","2,700"\n');
    expect(message).toContain('no column can be read as figures: each column below says why');
    expect(message).toContain('the same hashtag as column 3');
  });
  it('names at most five of the other columns of one hashtag, so that thousands of them make a report of their size, not of its square', () => {
    const n = 3000;
    const text = `${Array.from({ length: n }, (_, i) => `c${i}`).join(',')}\n${Array(n).fill('#affected').join(',')}\n${Array(n).fill('1').join(',')}\n`;
    let caught: unknown;
    try {
      importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    } catch (e) {
      caught = e;
    }
    const message = (caught as Error).message;
    expect(message).toContain('the same hashtag as columns 2, 3, 4, 5, 6 and 2994 more');
    // (each column's reason names five others: the whole report grows with the columns)
    expect(message.length).toBeLessThan(200 * n);
  });
  it("rejects a row of a file whose rows name their indicator when the row names none, naming the column", () => {
    const r = importHxl('country,code,date,reached\n#country+code,#indicator+code,#date,#affected+reached\nAFG,CV-01,2020-04-24,10\nAFG,,2020-04-24,20\n', 'x.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([10]);
    expect(r.report.rejected).toEqual([{ line: 4, reason: "no indicator in the row's #indicator+code column, which names the figures of each row; 1 figure not imported" }]);
  });
});

describe('withdrawn and non-ISO codes: a clear note, never a wrong place or currency', () => {
  it('reads a renamed country (ZAR: Zaire) as the country it is now, keeps a split one (YUG) and a non-ISO one (AB9) apart in no country, and says each once', () => {
    const r = load('idmc-former-codes.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.asOf, f.value])).toEqual([
      ['COD', '1996', 400000],
      ['YUG', '1999', 600000],
      ['AB9', '2015', 82000],
      ['XKX', '2010', 0],
      ['XKX', '2010', 18300],
      ['COD', '2020', 2200000],
      ['COD', '2020', 5300000],
    ]);
    expect(r.facts.places).toEqual([
      { id: 'COD', name: 'Democratic Republic of the Congo', iso3: 'COD', level: 0 },
      { id: 'YUG', name: 'Yugoslavia' },
      { id: 'AB9', name: 'Abyei Area' },
      { id: 'XKX', name: 'Kosovo', iso3: 'XKX', level: 0 },
    ]);
    expect(fileNotes(r)).toEqual([
      "'ZAR' is the withdrawn ISO 3166 code of Zaire (until 1997), now Democratic Republic of the Congo (COD): its rows are read as COD",
      "'YUG' is the withdrawn ISO 3166 code of Yugoslavia (until 2003), which split into several countries: its rows have a place of their own, 'YUG', in no country",
      "'AB9' (Abyei Area) is no ISO 3166 country: its rows have a place of their own, 'AB9', in no country",
    ]);
  });

  it('does not import an amount in a withdrawn currency (BYR), says why once, and keeps the USD price of its row', () => {
    const r = load('food-prices-former-currency.csv');
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.unit, f.value, f.asOf])).toEqual([
      ['value-usd', 'USD', 1.05, '2012-04-14'],
      ['value-usd', 'USD', 0.41, '2012-04-14'],
      ['value', 'BYN', 0.95, '2017-04-14'],
      ['value-usd', 'USD', 0.48, '2017-04-14'],
    ]);
    expect(r.report.rejected.map((x) => [x.line, x.reason])).toEqual([
      [3, "'BYR' is the Belarusian rouble, withdrawn in 2016 (10,000 BYR became 1 BYN): not imported"],
      [4, "'BYR' is the Belarusian rouble, withdrawn in 2016 (10,000 BYR became 1 BYN): not imported"],
    ]);
    expect(fileNotes(r)).toEqual([
      "'BYR' is the Belarusian rouble, withdrawn in 2016 (10,000 BYR became 1 BYN): the 2 amounts in BYR are not imported, since the file does not say whether they are written in BYR or in BYN; other columns of their rows (a +usd price) are",
    ]);
  });
});

describe('round trip of a long file with decimal prices', () => {
  it("reads '1.004' back as a decimal where the value column writes decimals with a point", () => {
    const first = load('food-prices-shaped.csv');
    const index = new FactsIndex(first.facts);
    const records = first.facts.figures.map((f) => toFigureRecord(f, index));
    const again = importHxl(renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]), 'export.csv', { today: TODAY });
    expect(again.report.rejected).toEqual([]);
    expect(again.facts.figures.map((f) => [f.id, f.value, f.unit, f.breakdown])).toEqual(first.facts.figures.map((f) => [f.id, f.value, f.unit, f.breakdown]));
  });
});

describe('a key-figures sheet with one IPC column among its counts', () => {
  const r = load('key-figures-one-ipc-column.csv');

  it('reads Total Affected as people affected, not as an IPC population analysed', () => {
    expect(valid(r)).toEqual([]);
    expect(byId(r, 'people-affected-ken-2022-08-24')).toMatchObject({ value: 4350000, label: 'Total Affected' });
    expect(r.facts.figures.some((f) => f.indicator === 'population-analysed')).toBe(false);
    // the headline of people affected in Kenya is the sheet's latest total, not its IPC column
    expect(headlineFigures(r.facts.figures).filter((f) => f.indicator === 'people-affected').map((f) => f.id)).toEqual(['people-affected-ken-2022-09-21']);
  });

  it('keeps each counted group its own figure, none rejected as a clash with the total', () => {
    expect(r.report.rejected).toEqual([]);
    expect(byId(r, 'people-affected-sam-ken-2022-09-21')).toMatchObject({ value: 130000 });
    expect(byId(r, 'people-affected-mam-ken-2022-09-21')).toMatchObject({ value: 690000 });
    expect(byId(r, 'internally-displaced-ken-2022-09-21')).toMatchObject({ value: 52000 });
    // the IPC column is the people in phase 3 or worse: a breakdown, never the headline, and of the people in IPC
    // phases (round 29: not a part of the sheet's people affected, which an IPC analysis of its own may exceed)
    // (round 35: its +food names what IPC classifies, no cluster: no sector FSC)
    expect(byId(r, 'people-in-ipc-phase-ken-3plus-2022-09-21')).toMatchObject({ value: 3900000, breakdown: { severity: '3+' } });
  });

  it('passes check where the IPC column exceeds the total affected (Kenya, 21 September 2022: 4,354,545 in phase 3+, 4,200,000 affected)', () => {
    const text =
      'Country,Date,Total Affected,Food Insecurity,SAM,Internal Displacement\n#country+code,#date,#affected+total,#affected+food+ipc+p3plus+num,#affected+sam,#affected+idps\nKEN,2022-09-21,4200000,4354545,222720,54500\n';
    const t = importHxl(text, 'kf.csv', { today: TODAY });
    expect(t.facts.figures.map((f) => [f.indicator, f.value]).slice(0, 2)).toEqual([['people-affected', 4200000], ['people-in-ipc-phase', 4354545]]);
    expect(valid(t)).toEqual([]);
    expect(checkClaims(t.facts, { today: TODAY }).filter((f) => f.level === 'fail')).toEqual([]);
  });
});

describe("files tagged in HXL's beta (2014), before HXL 1.0", () => {
  it('reads #refugee_num, #reached_num, #period_date and #origin_id as the HXL 1.x hashtags they stand for, and says so', () => {
    const r = load('hxl-beta-refugees.csv');
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.report.notes[0]).toBe("hashtags of HXL's beta (2014) read as HXL 1.x: #period_date as #date, #country_id as #country+code, #origin_id as #country+code+origin, #refugee_num as #affected+refugees, #reached_num as #reached");
    const somalis = r.facts.figures.find((f) => f.indicator === 'refugees' && f.place === 'KEN' && f.breakdown?.origin === 'SOM');
    expect(somalis).toMatchObject({ value: 420000, asOf: '2013' });
    expect(r.facts.figures.filter((f) => f.indicator === 'people-reached').map((f) => f.value)).toEqual([380000, 85000]);
    // refugees by origin are parts of a country's refugees: never its headline
    expect(headlineFigures(r.facts.figures)).toEqual([]);
    expect(breakdownOnlyGroups(r.facts.figures).find((g) => g.indicator === 'refugees' && g.place === 'KEN')).toMatchObject({ figures: 2, dimensions: ['origin'] });
  });

  it("refuses a file whose only counts are the beta's people involved without a status, and says why of each", () => {
    let message = '';
    try {
      load('hxl-beta-sites.csv');
    } catch (e) {
      message = (e as Error).message;
    }
    // (the message opens with the retag these columns need, not with a 3W list's "no column holds figures")
    expect(message).toContain("no column can be read as figures: #households_num, #people_num are HXL beta's counts of people or households without a status");
    expect(message).toContain(`5 "Individuals" #people_num: HXL beta's count of people or households involved, without saying whether affected, in need or displaced`);
  });
});

describe('what a file leaves out is said', () => {
  it('counts cells that say "no data" and names the rows that give nothing else (a country all "-" vanished without a word)', () => {
    const text = ['Country,sector,In need,Targeted', '#country+name,#sector,#inneed,#targeted', 'Mali,MAM,"1,000",500', 'Gambia,MAM,-,-', 'Gambia,GAM,n/a,', 'Chad,MAM,_,200'].join('\n');
    const r = importHxl(text, 'sahel.csv', { today: TODAY, asOf: '2017' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['MLI', 1000], ['MLI', 500], ['TCD', 200]]);
    expect(r.report.notes).toContainEqual('4 cells of figure columns say "no data" (\'-\', \'_\', \'n/a\' and the like): no figure, and not 0; 2 rows give nothing else, so their places have no figure at all (line 4 \'Gambia\', line 5 \'Gambia\')');
  });

  it('says when it reads a hashtag without a stray mark after it ("#sector?")', () => {
    const text = ['Country,sector,In need', '#country+name,#sector?,#inneed', 'Mali,MAM,"1,000"'].join('\n');
    const r = importHxl(text, 'marked.csv', { today: TODAY, asOf: '2017' });
    expect(r.facts.figures[0]!.breakdown).toEqual({ sector: 'MAM' });
    expect(r.report.notes).toContainEqual("column 2 '#sector?': read as #sector (the mark after the hashtag, a tagger's query or footnote, is not part of it): check that the column is what the hashtag says");
  });
});

describe('a date column that ends each row\'s period', () => {
  const file = (label: string, tag: string, dates: string[]) =>
    [`${label},region,deaths`, `${tag},#adm1+name,#affected+killed`, ...dates.flatMap((d, i) => [`${d},Ostra,${i + 1}`, `${d},Pell,${i + 10}`])].join('\n');

  it('dates each row by its month where every day is a month\'s last under a header of a period\'s end (PERIOD_ENDING, #date+bin)', () => {
    const r = importHxl(file('PERIOD_ENDING', '#date+bin', ['2017-10-31', '2017-11-30', '2018-02-28']), 'fatalities.csv', { today: TODAY, country: 'NGA' });
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.filter((f) => f.place.endsWith('ostra')).map((f) => [f.asOf, f.value])).toEqual([
      ['2017-10', 1],
      ['2017-11', 2],
      ['2018-02', 3],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("ends each row's period, and every date in it is the last day of a month: each row's figures are that month's"));
    // a #date+end without a start says the same
    expect(importHxl(file('date', '#date+end', ['2017-10-31', '2017-11-30']), 'f.csv', { today: TODAY, country: 'NGA' }).facts.figures[0]!.asOf).toBe('2017-10');
  });

  it('keeps the day where the header names no period\'s end, or a day is no month\'s last', () => {
    expect(importHxl(file('reportingDate', '#date+reported', ['2017-10-31', '2017-11-30']), 'f.csv', { today: TODAY, country: 'NGA' }).facts.figures[0]!.asOf).toBe('2017-10-31');
    expect(importHxl(file('PERIOD_ENDING', '#date+bin', ['2017-10-31', '2017-11-29']), 'f.csv', { today: TODAY, country: 'NGA' }).facts.figures[0]!.asOf).toBe('2017-10-31');
    // one month only: nothing says the rows are months
    expect(importHxl(file('PERIOD_ENDING', '#date+bin', ['2017-10-31']), 'f.csv', { today: TODAY, country: 'NGA' }).facts.figures[0]!.asOf).toBe('2017-10-31');
  });
});

describe('a file of records (events, activities): rows that give one figure again are added up', () => {
  // deaths by admin area and year, one row per event (as UCDP's), and a 3W's activities by organisation
  const events = [
    'year,division,deaths',
    '#date+year,#adm1+name,#affected+killed',
    ...['1991,Ostra Division,1', '1991,Ostra Division,3', '1991,Ostra Division,2', '1991,Pell Division,4', '1992,Ostra Division,1', '1992,Ostra Division,1'],
    ...Array.from({ length: 12 }, (_, i) => `2000,Pell Division,${i + 1}`),
  ].join('\n');

  it('adds the rows of each place and year, says so once, and keeps the lines in the note', () => {
    const r = importHxl(events, 'events.csv', { today: TODAY, country: 'AFG' });
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    const ostra1991 = r.facts.figures.find((f) => f.asOf === '1991' && f.label.startsWith('deaths') && f.value === 6);
    expect(ostra1991).toMatchObject({ value: 6, unit: 'person', qualifier: 'exact', quote: '#affected+killed: the sum of 3 rows [6]' });
    expect(ostra1991!.notes).toContain('lines 3, 4, 5');
    // two rows of the same value are two records, not a repeat: 1 + 1
    expect(r.facts.figures.filter((f) => f.asOf === '1992').map((f) => f.value)).toEqual([2]);
    expect(r.facts.figures.filter((f) => f.asOf === '2000').map((f) => f.value)).toEqual([78]);
    expect(r.facts.figures.reduce((sum, f) => sum + f.value, 0)).toBe(1 + 3 + 2 + 4 + 1 + 1 + 78);
    expect(r.report.notes.join('\n')).toContain('the file lists records (events, activities) rather than totals');
  });

  it('counts what it added: 17 rows of a file of one figure column, 24 cells of twelve rows and two columns, never the cells as rows', () => {
    const r = importHxl(events, 'events.csv', { today: TODAY, country: 'AFG' });
    expect(r.report.notes).toContainEqual(expect.stringMatching(/^3 figures are sums of the 17 rows that give their indicator, place, breakdown and date more than once: /));
    const wide = ['division,deaths,injured', '#adm1+name,#affected+killed,#affected+injured', ...Array.from({ length: 12 }, () => 'Pell Division,1,2')].join('\n');
    const w = importHxl(wide, 'sava.csv', { today: TODAY, country: 'AFG', asOf: '2017-03' });
    expect(w.facts.figures.map((f) => [f.indicator, f.value])).toEqual([['deaths', 12], ['injured', 24]]);
    expect(w.report.notes).toContainEqual(expect.stringMatching(/^2 figures are sums of 24 cells, from rows that give their indicator, place, breakdown and date more than once: .* as 11 of its 12 rows repeat/));
  });

  it('keeps the first row and reports the others with --repeats first, pointing to --repeats sum', () => {
    const r = importHxl(events, 'events.csv', { today: TODAY, country: 'AFG', repeats: 'first' });
    expect(r.facts.figures.filter((f) => f.asOf === '1991').map((f) => f.value).sort()).toEqual([1, 4]);
    expect(r.report.rejected.slice(0, 3).map((x) => x.line)).toEqual([4, 5, 8]);
    expect(r.report.notes.join('\n')).toContain('13 rows give another value for a figure an earlier row gave (rejected below; the facts file\'s description names them): if the file lists records (events, activities) rather than totals, --repeats sum adds them up');
  });

  it('never adds up people counted at a date (displaced, in need) when a file repeats them without saying which part each row is', () => {
    // a country's row, then its admin areas' rows, with nothing to tell the levels apart (a QuickCharts cut of DTM)
    const rows = (date: string) => ['Ostra,1000', ...Array.from({ length: 4 }, () => 'Ostra,250'), ...Array.from({ length: 8 }, () => 'Ostra,125')].map((r) => r.replace(',', `,${date},`));
    const idps = ['country,date,idps', '#country+name,#date+reported,#affected+idps', ...rows('2024-06-30'), ...rows('2024-07-31')].join('\n');
    const r = importHxl(idps, 'dtm.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    // the first row of each date is kept: never 3,000, the three levels added up
    expect(r.facts.figures.map((f) => [f.asOf, f.value])).toEqual([
      ['2024-06-30', 1000],
      ['2024-07-31', 1000],
    ]);
    expect(r.report.rejected).toHaveLength(24);
    const notes = r.report.notes.join('\n');
    expect(notes).toContain('count people at a date (displaced, refugees, in need) or are running totals (+cumulative), so the two are two sources or two series, not parts to add up');
    expect(notes).not.toContain('rather than totals, so such rows are added up');
    // asked for, the sum is made
    expect(importHxl(idps, 'dtm.csv', { today: TODAY, repeats: 'sum' }).facts.figures.map((f) => f.value)).toEqual([3000, 3000]);
  });

  it('does not add up a few conflicting rows of a file of totals, nor percentages', () => {
    const totals = ['place,year,in need', '#adm1+name,#date+year,#inneed', 'Ostra,2024,"1,000"', 'Ostra,2024,"1,200"', ...Array.from({ length: 20 }, (_, i) => `Place ${i},2024,${i + 10}`)].join('\n');
    const r = importHxl(totals, 'totals.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.figures.filter((f) => f.value >= 1000).map((f) => f.value)).toEqual([1000]);
    expect(r.report.rejected).toHaveLength(1);
    const shares = ['place,year,share', '#adm1+name,#date+year,#inneed+pct', ...Array.from({ length: 12 }, () => 'Ostra,2024,10%')].join('\n');
    const p = importHxl(shares, 'shares.csv', { today: TODAY, country: 'AFG', repeats: 'sum' });
    expect(p.facts.figures.map((f) => [f.value, f.unit])).toEqual([[10, 'percent']]);
  });

  it('still adds a row to a figure already waiting once the cap of waiting figures is reached', () => {
    const text = ['year,district,deaths', '#date+year,#adm1+name,#affected+killed', '1991,Gao,3', '1991,Mopti,5', '1991,Kidal,7', '1991,Gao,4', '1991,Gao,6'].join('\n');
    const r = importHxl(text, 'events.csv', { today: TODAY, country: 'MLI', repeats: 'sum', pendingCap: 2 });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value]).sort()).toEqual([
      ['mli-gao', 13],
      ['mli-kidal', 7],
      ['mli-mopti', 5],
    ]);
  });

  it('adds a part given as a range to the others, the sum approximately and without bounds', () => {
    const text = [
      'CODE,NAME,YEAR,COUNTRY,Numeric,Low,High',
      '#indicator+code,#indicator+name,#date+year,#country+code,#indicator+value+num,#indicator+value+low,#indicator+value+high',
      'DEATHS,Deaths (people),2021,NPL,100,,',
      'DEATHS,Deaths (people),2021,NPL,50,40,60',
      'DEATHS,Deaths (people),2021,NPL,70,,',
    ].join('\n');
    const r = importHxl(text, 'who.csv', { today: TODAY, repeats: 'sum' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.qualifier, f.low ?? null, f.high ?? null])).toEqual([[220, 'approximately', null, null]]);
    expect(r.facts.figures[0]!.notes).toContain('the bounds and equivalents dropped');
    expect(valid(r)).toEqual([]);
  });

  it('warns, where an untagged column may tell the summed rows apart, that the sum can count people twice', () => {
    const text = ['district,sector,reached', '#adm1+name,,#reached', ...Array.from({ length: 12 }, (_, i) => `Gao,Sector ${i},${100 + i}`)].join('\n');
    const r = importHxl(text, 'reached.csv', { today: TODAY, country: 'MLI', asOf: '2024' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([1266]);
    expect(r.report.notes.join('\n')).toContain('where an untagged column tells such rows apart as parts of another kind (a sector, a sex), the sum counts some people twice');
  });

  it('does not add up people in need by an untagged sector column: the first row is kept and the column named as what may tell them apart', () => {
    const text = ['district,sector,in need', '#adm1+name,,#inneed', ...Array.from({ length: 12 }, (_, i) => `Gao,Sector ${i},${100 + i}`)].join('\n');
    const r = importHxl(text, 'pin.csv', { today: TODAY, country: 'MLI', asOf: '2024' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([100]);
    expect(r.report.rejected).toHaveLength(11);
    expect(r.report.notes.join('\n')).toContain('count people at a date (displaced, refugees, in need) or are running totals (+cumulative), so the two are two sources or two series, not parts to add up');
  });

  it('adds the activities of one organisation, place and sector, and keeps organisations apart', () => {
    const w3 = [
      'org,adm1,sector,reached',
      '#org+name,#adm1+code,#sector+name,#reached+total',
      'ACH,AF01,Health,9',
      'ACH,AF01,Health,238671',
      'MSF,AF01,Health,100',
      ...Array.from({ length: 10 }, (_, i) => `ACH,AF02,Food,${i}`),
    ].join('\n');
    const r = importHxl(w3, '3w.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures.map((f) => [f.place, f.breakdown, f.value])).toEqual([
      ['AF01', { organisation: 'ACH', sector: 'Health' }, 238680],
      ['AF01', { organisation: 'MSF', sector: 'Health' }, 100],
      ['AF02', { organisation: 'ACH', sector: 'Food' }, 45],
    ]);
  });
});

describe('a country column of another list than ISO 3166 (UNHCR codes)', () => {
  const text = ['year,asylum,refugees', '#date+year,#country,#affected+refugees', ...['AUS', 'AUL', 'ALG', 'ANG', 'BAH', 'BKF', 'BSN', 'CHD', 'GRE', 'ICO', 'LEB', 'AFG', 'ALB'].map((c, i) => `2012,${c},${1000 + i}`)].join('\n');

  it('reads none of its codes as an ISO country, says why once, and places no row in a wrong country', () => {
    const r = importHxl(text, 'unhcr.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    // AUS is Austria in UNHCR's list: never Australia
    expect(r.facts.places.some((p) => p.iso3 !== undefined)).toBe(false);
    // (its own id and name, never the ISO code's: `--place AUS`, Australia's code, must not answer with Austria)
    expect(r.facts.figures.find((f) => f.value === 1000)!.place).toBe('code-aus');
    expect(r.facts.places.find((p) => p.id === 'code-aus')!.name).toBe("AUS (the file's own code, not ISO 3166)");
    expect(r.facts.places.some((p) => p.id.toUpperCase() === 'AUS' || p.name === 'AUS')).toBe(false);
    expect(r.report.notes.filter((n) => n.includes('ISO'))).toEqual([expect.stringContaining("10 of the 13 codes in 2 \"asylum\" #country are no ISO 3166 alpha-3 code ('AUL', 'ALG', 'ANG', 'BAH', 'BKF' ...)")]);
  });

  it('keeps a column of ISO codes with a few codes for the unknown or stateless', () => {
    const iso = ['AFG', 'SDN', 'SSD', 'SYR', 'YEM', 'SOM', 'ETH', 'COD', 'CAF', 'MLI', 'NER', 'TCD', 'NGA', 'HTI', 'UKR', 'MMR', 'BGD', 'PAK', 'IRQ', 'LBY'];
    const r = importHxl(['year,origin,refugees', '#date+year,#country+code,#affected+refugees', ...[...iso, 'UNK', 'XXA', 'TIB', 'STA', 'ZZZ'].map((c, i) => `2012,${c},${1000 + i}`)].join('\n'), 'iso.csv', { today: TODAY });
    expect(r.facts.figures.find((f) => f.value === 1000)!.place).toBe('AFG');
    expect(r.facts.places.find((p) => p.id === 'AFG')).toMatchObject({ iso3: 'AFG', level: 0 });
  });

  it('still reads the ISO codes of a column with a single code of no country', () => {
    const r = importHxl(['year,country,idps', '#date+year,#country+code,#affected+idps', '2012,AFG,10', '2012,AB9,20', '2012,SDN,30'].join('\n'), 'idmc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.place)).toEqual(['AFG', 'AB9', 'SDN']);
  });
});

describe('month names in French, Spanish and Portuguese', () => {
  it("dates a Mali-shaped table of months ('Septembre 2012', 'Decembre  2012', 'fevrier 2014') by each month", () => {
    const text = [
      'Date,IDPs,Refugees',
      '#period_date,#idp_num,#refugee_num',
      'Septembre 2012,118795,110963',
      'Decembre  2012,228918,122328',
      'fevrier 2014,199575,160272',
      'Août 2013,333622,163326',
    ].join('\n');
    const r = importHxl(text, 'mli-movements.csv', { today: TODAY, country: 'MLI' });
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.filter((f) => f.indicator === 'internally-displaced').map((f) => [f.asOf, f.value])).toEqual([
      ['2012-09', 118795],
      ['2012-12', 228918],
      ['2014-02', 199575],
      ['2013-08', 333622],
    ]);
  });
});

describe("a dot and three digits ('68.957'), decided by the other cells of its column", () => {
  it('reads it as a decimal beside 5.6 or 1,234, as thousands beside 1.234.567, and refuses it where the column says nothing or both; said once a column', () => {
    const text = [
      'Country,Date,A,B,C,D,E',
      '#country+code,#date,#value+a+usd,#value+b+usd,#value+c+usd,#value+d+usd,#value+e+usd',
      'AFG,2020,5.6,"1,234",1.234.567,68.957,5.6',
      'AFG,2021,68.957,68.957,68.957,12,1.234.567',
      'AFG,2022,75.325,,,,68.957',
    ].join('\n');
    const r = importHxl(text, 'dots.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.id, f.value])).toEqual([
      ['a-afg-2020', 5.6],
      ['b-afg-2020', 1234],
      ['c-afg-2020', 1234567],
      ['e-afg-2020', 5.6],
      ['a-afg-2021', 68.957],
      ['b-afg-2021', 68.957],
      ['c-afg-2021', 68957],
      ['d-afg-2021', 12],
      ['a-afg-2022', 75.325],
    ]);
    expect(fileNotes(r)).toEqual([
      `column 3 "A" #value+a+usd: '68.957' and 1 more read as decimals, because the column writes decimals with a dot (line 3: '5.6')`,
      `column 4 "B" #value+b+usd: '68.957' read as decimals, because the column groups thousands with commas (line 3: '1,234')`,
      `column 5 "C" #value+c+usd: '68.957' read as thousands, because the column groups thousands with dots (line 3: '1.234.567')`,
      `column 7 "E" #value+e+usd: '68.957' not read: the column writes decimals with a dot (line 3: '5.6') and groups thousands with dots (line 4: '1.234.567'), so a dot and three digits could be either`,
    ]);
    expect(r.report.rejected.map((x) => [x.line, x.column, x.reason.slice(0, 40)])).toEqual([
      [3, 'D', "'68.957' is ambiguous: thousands grouped"],
      [4, 'E', "'1.234.567' is ambiguous: thousands grou"],
      [5, 'E', "'68.957' is ambiguous: thousands grouped"],
    ]);
  });

  it("decides a long file's values and bounds together, whichever row comes first", () => {
    const text = [
      'Country,Year,Indicator,Unit,Value,Low',
      '#country+code,#date+year,#indicator+name,#indicator+unit,#indicator+value+num,#indicator+value+low',
      'AFG,2017,Life expectancy,year,63.125,61.250',
      'AFG,2018,Life expectancy,year,64.5,',
    ].join('\n');
    const r = importHxl(text, 'long.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.low])).toEqual([
      [63.125, 61.25],
      [64.5, undefined],
    ]);
    expect(fileNotes(r)).toEqual([`column 5 "Value" #indicator+value+num: '63.125' and 1 more read as decimals, because the column writes decimals with a dot (line 4: '64.5')`]);
  });
});

describe("a money-looking column (#value+amount) in a file with an #indicator+unit column: the row's unit decides", () => {
  it("reads each row's amount in its row's unit (people, percent, a currency); an empty unit cell is read as before, an unknown one refused", () => {
    const text = [
      'countryiso,indicator,date,unit,value',
      '#country+code,#indicator+name,#date,#indicator+unit,#value+amount',
      'AFG,"Population, total",2018-01-01,people,37172386',
      'AFG,Urban population,2018-01-01,%,25.5',
      'AFG,GDP,2018-01-01,USD,18000000000',
      'AFG,Remittances,2018-01-01,xof,1500',
      'AFG,Households,2018-01-01,households,4000000',
      'AFG,Aid,2018-01-01,,1000',
      'AFG,Bananas,2018-01-01,bananas,12',
    ].join('\n');
    const r = importHxl(text, 'worldbank-topline.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['population-total-amount', 37172386, 'person'],
      ['urban-population-amount', 25.5, 'percent'],
      ['gdp-amount', 18000000000, 'USD'],
      ['remittances-amount', 1500, 'XOF'],
      ['households-amount', 4000000, 'household'],
    ]);
    expect(r.report.rejected).toEqual([
      { line: 8, column: 'value', reason: 'no currency: add one to the hashtag (+usd) or a #currency column' },
      { line: 9, column: 'unit', reason: "unknown unit 'bananas' for the value column; write one humfig knows (people, households, percent, an ISO 4217 currency code such as USD)" },
    ]);
    expect(r.report.columns[3]!.mappedTo).toBe("unit of the row's figures in the columns of money whose hashtag names no currency");
  });

  it('takes the unit cell before the #currency column, and the #currency column where the unit cell is empty', () => {
    const text = [
      'country,indicator,date,unit,currency,value',
      '#country+code,#indicator+name,#date,#indicator+unit,#currency,#value+amount',
      'AFG,Population,2018,people,AFN,37172386',
      'AFG,Aid,2018,,AFN,1000',
    ].join('\n');
    const r = importHxl(text, 'x.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['population-amount', 37172386, 'person'],
      ['aid-amount', 1000, 'AFN'],
    ]);
  });

  it('keeps a currency the hashtag names (+usd), and an #indicator+unit column empty in every row changes nothing', () => {
    const named = importHxl(['country,indicator,date,unit,value', '#country+code,#indicator+name,#date,#indicator+unit,#value+amount+usd', 'AFG,Aid,2018,people,1000'].join('\n'), 'x.csv', { today: TODAY });
    expect(named.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1000, 'USD']]);
    const empty = importHxl(['country,indicator,date,unit,value', '#country+code,#indicator+name,#date,#indicator+unit,#value+amount', 'AFG,Aid,2018,,1000'].join('\n'), 'x.csv', { today: TODAY });
    expect(empty.facts.figures).toEqual([]);
    expect(empty.report.unmapped.find((u) => u.index === 4)?.reason).toBe('an amount of money in no stated currency: add one to the hashtag (+usd) or a #currency column');
  });
});

describe('people in need by response plan (#plan+type)', () => {
  it('reads the plan as a part only where a country has several plans', () => {
    const text = [
      'country,code,plan type,in need',
      '#country+name,#country+code,#plan+type,#inneed',
      'Afghanistan,AFG,Humanitarian response plan,24380455',
      'Burkina Faso,BFA,Humanitarian response plan,3535864',
      'Burkina Faso,BFA,Flash appeal,500000',
    ].join('\n');
    const r = importHxl(text, 'plans.csv', { today: TODAY, asOf: '2022' });
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown ?? null])).toEqual([
      ['AFG', 24380455, null],
      ['BFA', 3535864, { plan: 'Humanitarian response plan' }],
      ['BFA', 500000, { plan: 'Flash appeal' }],
    ]);
  });
});

describe("units from a long file's indicator names: life expectancy and its inequality (UNDP's HDR)", () => {
  it('reads "Life expectancy at birth" in years and refuses "Inequality in life expectancy" (a percentage the name does not say)', () => {
    const text = [
      'country_code,country_name,indicator_id,indicator_name,value,year',
      '#country+code,#country+name,#indicator+id,#indicator+name,#indicator+value+num,#date+year',
      'AFG,Afghanistan,le,Life expectancy at birth (years),62.9,2022',
      'AFG,Afghanistan,ineq_le,Inequality in life expectancy,24.583,2022',
    ].join('\n');
    const r = importHxl(text, 'hdro.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[62.9, 'year']]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, reason: expect.stringContaining("('Inequality in life expectancy') does not say what it counts") })]);
  });
});

describe("FTS's COVID-19 share of funding (#value+funding+covid+pct)", () => {
  it('names it the share of funding, never the coverage of a requirement, beside the plan\'s own coverage', () => {
    const text = [
      'code,plan,year,required,funded,covid funded,covid share,percent funded',
      '#country+code,#activity+appeal+id+fts_internal,#date+year,#value+funding+required+usd,#value+funding+total+usd,#value+funding+covid+usd,#value+funding+covid+pct,#value+funding+pct',
      'JOR,OJOR20,2020,52845731,18604280,18604280,100,35',
    ].join('\n');
    const r = importHxl(text, 'fts.csv', { today: TODAY });
    const pct = r.facts.figures.filter((f) => f.unit === 'percent').map((f) => [f.indicator, f.value]);
    expect(pct).toEqual([
      ['funding-share-covid', 100],
      ['funding-coverage', 35],
    ]);
  });
});

describe("HAPI's food prices: markets by name, placeholders and national averages", () => {
  it('names a market by its name column, reads "Administrative unit not available" as no area and "National Average" as the country', () => {
    const text = [
      'location_code,admin1_name,admin2_name,market_name,market_code,commodity_name,unit,currency_code,price,reference_period_start,reference_period_end',
      '#country+code,#adm1+name,#adm2+name,#loc+market+name,#loc+market+code,#item+name,#item+unit,#currency+code,#value,#date+start,#date+end',
      'NIC,Administrative unit not available,Administrative unit not available,Managua (oriental),2641,Maize (white),46 KG,NIO,277.5,2010-01-15,2010-02-14',
      'NIC,,,National Average,298,Maize (white),46 KG,NIO,280,2010-01-15,2010-02-14',
      'NIC,Granada,Granada,Central,2700,Maize (white),46 KG,NIO,281,2010-01-15,2010-02-14',
      'NIC,Leon,Leon,Central,2701,Maize (white),46 KG,NIO,282,2010-01-15,2010-02-14',
    ].join('\n');
    const r = importHxl(text, 'prices.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['nic-managua-oriental', 277.5],
      ['NIC', 280],
      ['nic-central', 281],
      ['nic-central-2701', 282],
    ]);
    expect(r.facts.places.find((p) => p.id === 'nic-managua-oriental')).toMatchObject({ name: 'Managua (oriental)', parent: 'NIC' });
    expect(r.facts.places.some((p) => /not available/i.test(p.name))).toBe(false);
  });
});

describe('records told apart by their period or their own id', () => {
  it('keeps two periods with one end as two figures (two IPC analyses projecting to August), never a conflict', () => {
    const text = [
      'location_code,ipc_phase,population_in_phase,reference_period_start,reference_period_end',
      '#country+code,#severity+v_ipc,#affected+num,#date+start,#date+end',
      'CAF,3+,2289736,2021-04-01,2021-08-31',
      'CAF,3+,2314676,2021-05-01,2021-08-31',
      'CAF,3+,2314676,2021-05-01,2021-08-31',
    ].join('\n');
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.period])).toEqual([
      [2289736, { start: '2021-04-01', end: '2021-08-31' }],
      [2314676, { start: '2021-05-01', end: '2021-08-31' }],
    ]);
    // the same period said again is still a repeat
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 5, reason: expect.stringContaining('repeats the figure') })]);
  });
  it('adds up the rows of one donor and plan where each row has a flow id of its own (FTS flows), however few', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${20000 + i},2020-06-01,${i < 2 ? 'Pell Trust' : `Donor ${i}`},HAFG20,AFG,${(i + 1) * 1000}`);
    const text = ['id,date,funder,plan,country,amountUSD', '#activity+id+fts_internal,#date,#org+name+funder,#activity+appeal+id+external,#country+iso3,#value+funding+total+usd', ...rows].join('\n');
    const r = importHxl(text, 'flows.csv', { today: TODAY });
    const pell = r.facts.figures.filter((f) => f.label.includes('Pell Trust') || JSON.stringify(f.breakdown ?? {}).includes('Pell Trust'));
    expect(pell.map((f) => f.value)).toEqual([3000]);
    expect(r.report.rejected).toEqual([]);
    expect(r.report.notes.join('\n')).toContain('each row has a record id of its own (1 "id" #activity+id+fts_internal)');
  });
});

describe("HAPI's returnees: a #population count of a UNHCR population type", () => {
  it('counts returned refugees (RET) as returnees and returned IDPs (RDP) as returned-idps, each a total, not a part of a population', () => {
    const text = [
      'origin_location_code,asylum_location_code,population_group,gender,age_range,population,reference_period_start,reference_period_end',
      '#country+code+origin,#country+code+asylum,#population_group+code,#gender+code,#age+range,#population,#date+start,#date+end',
      'UKR,UKR,RDP,all,all,1318680,2023-01-01,2023-12-31',
      'SYR,SYR,RET,all,all,38235,2023-01-01,2023-12-31',
      'SYR,SYR,RET,f,18-59,9000,2023-01-01,2023-12-31',
    ].join('\n');
    const r = importHxl(text, 'returnees.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.breakdown ?? null])).toEqual([
      // (people who returned home: their origin is the country they are in, and they are its total)
      ['returned-idps', 'UKR', 1318680, null],
      ['returnees', 'SYR', 38235, null],
      ['returnees', 'SYR', 9000, { sex: 'f', age: '18-59' }],
    ]);
  });
});

describe('a figure column whose header names no one', () => {
  it('labels HAPI\'s "population" column of IDPs (#affected+idps) by what it counts, the header after it', () => {
    const text = ['location_code,population,reference_period_end', '#country+code,#affected+idps,#date+end', 'AFG,6557855,2022-12-31'].join('\n');
    const r = importHxl(text, 'idps.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.label])).toEqual([['internally-displaced', 'internally displaced (population)']]);
  });
});

describe("FAOSTAT's units in a column headed Unit but tagged #indicator+type", () => {
  it('reads the column as the units (by its header), importing the percentage and naming an unknown unit, not the name\'s guess', () => {
    const text = [
      'Iso3,Item,Year,Unit,Value',
      '#country+code,#indicator+name,#date+year,#indicator+type,#indicator+value+num',
      'AFG,Prevalence of undernourishment (3-year average),2021,%,30.2',
      'AFG,Average value of food production (constant I$/cap),2021,I$ per person,114',
    ].join('\n');
    const r = importHxl(text, 'fao.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[30.2, 'percent']]);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 4, column: 'Unit', reason: "unknown unit 'I$ per person'" })]);
    expect(r.report.columns.find((c) => c.label === 'Unit')?.mappedTo).toBe('unit (by its header "Unit", though tagged #indicator+type)');
  });
});

describe("HAPI's enum spellings (Gender.MALE, PopulationStatus.INNEED, PopulationGroup.ASYLUM_SEEKERS) and a sex not recorded", () => {
  it('reads Gender.MALE and Gender.FEMALE as m and f, Gender.ALL as the total, and keeps "unknown" as written, never as "other"', () => {
    const text = ['c,g,p,d', '#country+code,#gender+code,#population,#date', 'AFG,Gender.MALE,100,2024', 'AFG,Gender.FEMALE,120,2024', 'AFG,unknown,5,2024', 'AFG,Gender.ALL,225,2024'].join('\n');
    const r = importHxl(text, 'sex.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [100, { sex: 'm' }],
      [120, { sex: 'f' }],
      [5, { 'sex-as-written': 'unknown' }],
      [225, null],
    ]);
    expect(r.report.rejected).toEqual([]);
  });
  it('reads PopulationStatus.INNEED as people in need and PopulationGroup.ASYLUM_SEEKERS as asylum-seekers', () => {
    const text = [
      'location_code,population_group,population_status,population,reference_period_end',
      '#country+code,#population_group+code,#population+status,#population,#date+end',
      'AFG,PopulationGroup.ALL,PopulationStatus.INNEED,1000,2024-12-31',
      'AFG,PopulationGroup.ASYLUM_SEEKERS,PopulationStatus.ALL,100,2024-12-31',
    ].join('\n');
    const r = importHxl(text, 'hapi.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown ?? null])).toEqual([
      ['people-in-need', 1000, null],
      ['asylum-seekers', 100, null],
    ]);
  });
});

describe("HAPI's needs categories", () => {
  it('reads "Adult - Female" as sex and age group and keeps "IDPs in sites" as written; labels people in need by their indicator', () => {
    const text = [
      'location_code,category,population_status,population,reference_period_end',
      '#country+code,#category,#population+status,#population,#date+end',
      'CAF,Adult - Female,INN,613633,2025-12-31',
      'CAF,IDPs in sites,INN,1200,2025-12-31',
    ].join('\n');
    const r = importHxl(text, 'needs.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.label, f.breakdown])).toEqual([
      ['people in need (population INN) (sex f, age-group adults)', { sex: 'f', 'age-group': 'adults' }],
      ['people in need (population INN) (category IDPs in sites)', { category: 'IDPs in sites' }],
    ]);
  });
});

describe('a column of money under a hashtag of no figure (#finance+funded+usd)', () => {
  it('is refused with the retag that makes it money, and that retag imports it', () => {
    const text = (tag: string) => ['Ref,Countries,Date,FA Financing', `#reference+id,#country+name,#date,${tag}`, 'FP001,Peru,2016-01-01,6200000', 'FP002,Chile,2016-01-01,1500000'].join('\n');
    let message = '';
    try {
      importHxl(text('#finance+funded+usd'), 'gcf.csv', { today: TODAY });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('#finance+funded+usd names a currency: as money, tag it #value+finance+funded+usd');
    const r = importHxl(text('#value+finance+funded+usd'), 'gcf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [6200000, 'USD'],
      [1500000, 'USD'],
    ]);
  });
});

describe("HAPI's rainfall: one place and day aggregated over three windows", () => {
  const rows = (tag: string) => [
    'admin1_name,admin2_code,aggregation_period,rainfall_anomaly_pct,reference_period_start,reference_period_end',
    `#adm1+name+provider,#adm2+code,${tag},#rainfall+anomaly+pct,#date+start,#date+end`,
    'Not provided,AF1508,dekad,217.6672,2025-01-01,2025-01-10',
    'Not provided,AF1508,1-month,121.5275,2025-01-01,2025-01-10',
    'Not provided,AF1508,3-month,110.9197,2025-01-01,2025-01-10',
  ].join('\n');
  it('reads #aggregation+period as a breakdown: three figures, not two "conflicts", and "Not provided" as no name', () => {
    const r = importHxl(rows('#aggregation+period'), 'rain.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.place, f.breakdown])).toEqual([
      [217.6672, 'AF1508', { aggregation: 'dekad' }],
      [121.5275, 'AF1508', { aggregation: '1-month' }],
      [110.9197, 'AF1508', { aggregation: '3-month' }],
    ]);
    expect(r.report.rejected).toEqual([]);
  });
  it('does not advise --repeats sum for percentages that conflict: it names an unread column instead', () => {
    const r = importHxl(rows('#x_window'), 'rain.csv', { today: TODAY });
    expect(r.report.notes.join('\n')).toContain('2 rows give another value for a figure an earlier row gave (rejected below; the facts file\'s description names them): a column humfig does not read may tell them apart');
    expect(r.report.notes.join('\n')).not.toContain('--repeats sum');
  });
});

describe('a placeholder as the deepest place a row names', () => {
  it('keeps "Administrative unit not available" as a place of its own, never the national row, beside the real national total', () => {
    const text = ['c,a1,a1c,n', '#country+code,#adm1+name,#adm1+code,#inneed', 'SDN,Darfur,SD01,1000', 'SDN,Administrative unit not available,,300', 'SDN,,,3300'].join('\n');
    const r = importHxl(text, 'pin.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['SD01', 1000],
      ['sdn-administrative-unit-not-available', 300],
      ['SDN', 3300],
    ]);
    expect(r.report.rejected).toEqual([]);
  });
});

describe('records and totals with ids and periods of their own', () => {
  it('adds up a file of records whose activities began on different days and end on one, into one total', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `SDN,Darfur,2024-0${(i % 3) + 1}-01,2024-12-31,${10 + i}`);
    const r = importHxl(['c,a,s,e,n', '#country+code,#adm1+name,#date+start,#date+end,#reached', ...rows].join('\n'), 'acts.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([735]);
  });
  it('does not add up a file of totals that numbers its rows (#meta+id) for one corrected row: the conflict is reported', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `r${i},SDN,Area ${i},${1000 + i}`);
    const r = importHxl(['id,c,a,n', '#meta+id,#country+code,#adm1+name,#inneed', ...rows, 'r99,SDN,Area 0,1500'].join('\n'), 'pin.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.find((f) => f.label.includes('Area 0') || f.place.endsWith('area-0'))?.value).toBe(1000);
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 15, reason: expect.stringContaining('check which is right') })]);
  });
});

describe('a 3W whose areas reach what they target, and a sex column\'s whole', () => {
  it('keeps two districts that each target and reach 500 as two figures, not one project listed twice', () => {
    const text = ['c,a,org,sector,t,r', '#country+code,#adm1+name,#org,#sector,#targeted,#reached', 'SDN,Darfur,NRC,WASH,500,500', 'SDN,Kordofan,NRC,WASH,500,500'].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.indicator === 'people-targeted').map((f) => [f.place, f.value])).toEqual([
      ['sdn-darfur', 500],
      ['sdn-kordofan', 500],
    ]);
  });
  it('reads "Both sexes" as the total, not a part', () => {
    const text = ['c,s,n', '#country+code,#sex,#affected', 'SDN,Both sexes,300', 'SDN,Female,160'].join('\n');
    const r = importHxl(text, 'sex.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [300, null],
      [160, { sex: 'f' }],
    ]);
  });
});

describe('a file with no date column whose figure columns cannot be read', () => {
  it('is refused for its columns at once, not first asked for --as-of', () => {
    const text = 'donor,total\n#org+name,#value+total\nOstra Fund,1000\nPell Trust,2000\n';
    const r = importHxl(text, 'flows.csv', { today: TODAY });
    expect(r.facts.figures).toEqual([]);
    expect(JSON.stringify(r.report)).toContain('an amount of money in no stated currency');
  });
  it('names the columns of numbers under #meta where no column holds figures (money a file tagged as metadata)', () => {
    const text = 'Date,Country,Requirement,Funding\n#date,#country+name,#meta+requirement,#meta+funding\n2016-02-29,Cameroon,119880723,4783662\n2016-02-29,Chad,80000000,1000000\n';
    expect(() => importHxl(text, 'lcb.csv', { today: TODAY })).toThrow('column 3 "Requirement" (#meta+requirement), column 4 "Funding" (#meta+funding) hold numbers under #meta, which marks metadata, not figures: if they are figures, retag them');
  });
  it('still asks for --as-of when a figure column can be read', () => {
    expect(() => importHxl('district,in need\n#adm1+name,#inneed\nOstra,1000\n', 'pin.csv', { today: TODAY, country: 'AFG' })).toThrow(/has no date column/);
  });
});

describe("UNHCR's solutions and end-year tables: returns placed where people returned to, UNHCR's names of populations", () => {
  const text = [
    'Year,ISO3CoO,ISO3CoA,RST,RET,RDP',
    '#date+year,#country+origin+code,#country+asylum+code,#affected+resettled,#affected+refugees+returnees,#affected+idps+returnees',
    '2002,AFG,PAK,10,1569248,0',
    '2002,AFG,AFG,0,0,50000',
  ].join('\n');
  const r = importHxl(text, 'solutions.csv', { today: TODAY });
  it('places the refugees who returned in their country of origin, the country they left a breakdown, and says so', () => {
    const ret = r.facts.figures.find((f) => f.indicator === 'returnees' && f.value === 1569248);
    expect(ret).toMatchObject({ place: 'AFG', breakdown: { 'returned-from': 'PAK' } });
    expect(ret?.breakdown).not.toHaveProperty('origin');
    expect(r.report.notes).toContainEqual(expect.stringContaining('1 count of refugees who returned is placed in the country they returned to'));
  });
  it('keeps the row of returns from a country to itself a part, not the country\'s total beside the returns moved to it', () => {
    const t = ['Year,ISO3CoO,ISO3CoA,RET', '#date+year,#country+origin+code,#country+asylum+code,#affected+refugees+returnees', '2002,AFG,PAK,1569248', '2002,AFG,AFG,0'].join('\n');
    const figures = importHxl(t, 'solutions.csv', { today: TODAY }).facts.figures;
    expect(figures.map((f) => [f.place, f.value, f.breakdown])).toEqual([
      ['AFG', 1569248, { 'returned-from': 'PAK' }],
      ['AFG', 0, { origin: 'AFG' }],
    ]);
  });
  it('leaves returnees by origin where a file of no country of asylum counts them (a DTM sheet: they are where they are)', () => {
    const t = ['Country,Origin,Returnees', '#country+code,#country+code+origin,#affected+returnees', 'NGA,CMR,12000'].join('\n');
    expect(importHxl(t, 'dtm.csv', { today: TODAY, asOf: '2024' }).facts.figures.map((f) => [f.place, f.breakdown])).toEqual([['NGA', { origin: 'CMR' }]]);
  });
  it('reads an origin written by name that is the country itself as no part ("Afghanistan" of AFG)', () => {
    const t = ['Year,CoO,CoA,IDP', '#date+year,#country+name+origin,#country+code+asylum,#affected+idps', '2019,Afghanistan,AFG,2553390'].join('\n');
    expect(importHxl(t, 'idps.csv', { today: TODAY }).facts.figures[0]).not.toHaveProperty('breakdown');
  });
  it('leaves the resettled where they were resettled from, by origin, and IDPs who returned home where they are', () => {
    expect(r.facts.figures.find((f) => f.value === 10)).toMatchObject({ place: 'PAK', breakdown: { origin: 'AFG' } });
    expect(r.facts.figures.find((f) => f.value === 50000)).toMatchObject({ indicator: 'returned-idps', place: 'AFG' });
  });
  it('reads IDPs whose origin is their own country as that country\'s total, and leaves refugees of a country in itself a part', () => {
    const t = ['Year,ISO3CoO,ISO3CoA,REF,IDP', '#date+year,#country+origin+code,#country+asylum+code,#affected+refugees,#affected+idps', '2019,AFG,AFG,0,2553390', '2019,IRQ,AFG,70,0'].join('\n');
    const e = importHxl(t, 'endyear.csv', { today: TODAY });
    expect(e.facts.figures.find((f) => f.value === 2553390)).toMatchObject({ indicator: 'internally-displaced', place: 'AFG' });
    expect(e.facts.figures.find((f) => f.value === 2553390)).not.toHaveProperty('breakdown');
    expect(e.facts.figures.find((f) => f.indicator === 'refugees' && f.value === 0)).toMatchObject({ breakdown: { origin: 'AFG' } });
    expect(e.report.notes).toContainEqual(expect.stringContaining('1 figure gives as origin the country it is in'));
  });
  it("names UNHCR's asylum-seekers and stateless as HAPI's codes name them", () => {
    const t = ['Year,ISO3CoO,ISO3CoA,ASY,STA', '#date+year,#country+origin+code,#country+asylum+code,#affected+asylum_seekers,#affected+stateless', '2019,SYR,DEU,1000,20'].join('\n');
    expect(importHxl(t, 'endyear.csv', { today: TODAY }).facts.figures.map((f) => f.indicator)).toEqual(['asylum-seekers', 'stateless']);
  });
  it("names UNHCR's others of concern, OIP, resettled and naturalised as populations, not people affected", () => {
    const t = ['Year,ISO3CoO,ISO3CoA,OOC,OIP,RST,NAT', '#date+year,#country+origin+code,#country+asylum+code,#affected+others,#affected+oip,#affected+resettled,#affected+naturalized', '2019,VEN,COL,10,1000,5,20'].join('\n');
    expect(importHxl(t, 'endyear.csv', { today: TODAY }).facts.figures.map((f) => f.indicator)).toEqual([
      'others-of-concern',
      'other-people-in-need-of-international-protection',
      'resettled-refugees',
      'naturalised-refugees',
    ]);
  });
  it('imports no returns to an unknown origin (UKN) in the country they left, and says why', () => {
    const t = ['Year,ISO3CoO,ISO3CoA,RET', '#date+year,#country+origin+code,#country+asylum+code,#affected+refugees+returnees', '1992,AFG,PAK,390', '1992,UKN,PAK,50'].join('\n');
    const u = importHxl(t, 'solutions.csv', { today: TODAY });
    expect(u.facts.figures.map((f) => [f.place, f.value])).toEqual([['AFG', 390]]);
    expect(u.facts.places.map((p) => p.id)).not.toContain('UKN');
    expect(JSON.stringify(u.report)).toContain('refugees who returned from PAK to the origin \\"UKN\\", which is no ISO 3166 country');
    expect(JSON.stringify(u.report)).not.toContain('a place of their own');
  });
});

describe("UNHCR's asylum tables: codes that describe the row under #indicator, an average per case", () => {
  const text = [
    'Year,ISO3CoO,ISO3CoA,ProcedureType,ApplicationType,ApplicationDataType,AvgPersons,Applications',
    '#date+year,#country+origin+code,#country+asylum+code,#indicator+procedure_type+code,#indicator+application_type+code,#indicator+application_data_type+code,#indicator+application_average_persons+num,#inneed+asylum_seekers+applications',
    '2000,AFG,IRN,G,V,P,1.3,245854',
    '2000,DZA,PAK,U,V,C,0,5',
  ].join('\n');
  const r = importHxl(text, 'asylum.csv', { today: TODAY });
  it('reads the file as wide, its codes as breakdowns, and the applications as the count', () => {
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.breakdown])).toEqual([
      ['asylum-seekers-applications', 'IRN', 245854, { origin: 'AFG', 'application-data-type': 'P', 'application-type': 'V', 'procedure-type': 'G' }],
      ['asylum-seekers-applications', 'PAK', 5, { origin: 'DZA', 'application-data-type': 'C', 'application-type': 'V', 'procedure-type': 'U' }],
    ]);
  });
  it('imports no average persons per case as a count, and says why', () => {
    expect(r.facts.figures.some((f) => f.value === 1.3)).toBe(false);
    expect(JSON.stringify(r.report)).toContain('an average or a ratio (per case, per person), not a count of anything');
  });
});

describe("ACLED's events, each with its own id: two events of one place, type and day are both counted", () => {
  it('adds up the deaths of two events that share a place, type and day, as each row has an event id of its own', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `OST${1000 + i},2017-09-${String(10 + i).padStart(2, '0')},Battles,Nigeria,Borno,Bama,${i + 1}`);
    const text = ['EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,COUNTRY,ADMIN1,ADMIN2,FATALITIES', '#event+code,#date,#event+type,#country+name,#adm1+name,#adm2+name,#affected+killed', 'OST0001,2017-09-06,Violence against civilians,Nigeria,Borno,Maiduguri,3', 'OST0002,2017-09-06,Violence against civilians,Nigeria,Borno,Maiduguri,3', ...rows].join('\n');
    const r = importHxl(text, 'acled.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.filter((f) => f.indicator === 'deaths').reduce((a, f) => a + f.value, 0)).toBe(6 + 55);
    expect(r.report.notes.join('\n')).toContain('as each row has a record id of its own (1 "EVENT_ID_CNTY" #event+code)');
  });
});

describe("a dashboard's national inputs: a risk class of the country beside its figures", () => {
  it('reads a severity class given once per country as no breakdown, and #affected+inneed as people in need', () => {
    const text = ['iso3,country,cases,risk,pin', '#country+code,#country+name,#affected+infected,#severity+type,#affected+inneed', 'AFG,Afghanistan,3563,Very High,9400000', 'SDN,Sudan,800,High,9300000'].join('\n');
    const r = importHxl(text, 'inputs.csv', { today: TODAY, asOf: '2020-05' });
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value, f.breakdown ?? null])).toEqual([
      ['people-affected-infected', 'AFG', 3563, null],
      ['people-in-need', 'AFG', 9400000, null],
      ['people-affected-infected', 'SDN', 800, null],
      ['people-in-need', 'SDN', 9300000, null],
    ]);
  });
  it('still reads severities as parts where one place and date has several', () => {
    const text = ['iso3,severity,people', '#country+code,#severity+type,#affected', 'AFG,High,100', 'AFG,Low,50'].join('\n');
    expect(importHxl(text, 's.csv', { today: TODAY, asOf: '2020' }).facts.figures.map((f) => f.breakdown)).toEqual([{ severity: 'High' }, { severity: 'Low' }]);
  });
});

describe('a difference of two amounts under #indicator+num (IATI commitments and spending)', () => {
  it('reads no count of people from "#indicator+gap+num", an amount in no stated currency', () => {
    const text = 'country,commitments,spending,gap\n#country,#value+commitments+net,#value+net+spending,#indicator+gap+num\nEgypt,3587171858,415331547,3171840311\n';
    const r = importHxl(text, 'iati.csv', { today: TODAY, asOf: '2021-08' });
    expect(r.facts.figures).toEqual([]);
    expect(JSON.stringify(r.report)).toContain('4 \\"gap\\" #indicator+gap+num');
  });
});

describe('weekly cumulative counts whose week is in an untagged column', () => {
  it('adds no weeks up: the first row of each place is kept, and the note names the column of periods', () => {
    const rows: string[] = [];
    for (let w = 21; w <= 28; w++) for (const [code, name, n] of [['DZ001', 'Adrar', 70], ['DZ002', 'Ain-Defla', 300]] as const) rows.push(`Algeria,${name},${code},${n + w},Week ${w}`);
    const text = ['Country,Admin1,Pcode,Cases,', '#country+name,#adm1+name,#adm1+code,#affected+infected,', ...rows].join('\n');
    const r = importHxl(text, 'wca.csv', { today: TODAY, asOf: '2020' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['DZ001', 91],
      ['DZ002', 321],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("column 5, which has no hashtag, holds periods ('Week 21', 'Week 22'): each is one figure's period, a series, not records to add up"));
  });
});

describe('the second review of round seventeen: what the import rules must not read', () => {
  it('adds up a 3W\'s records whose untagged month is the same on the rows of a key', () => {
    const rows = Array.from({ length: 36 }, (_, i) => (i < 18 ? '2020-01-28,2020-01' : '2020-02-28,2020-02') + `,${['Adrar', 'Blida', 'Oran'][i % 3]},act${i},100`);
    const text = ['Date,Month,District,Activity,Reached', '#date,,#adm1+name,,#reached', ...rows].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY, country: 'DZA' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([600, 600, 600, 600, 600, 600]);
  });
  it('reads "S1", "S2" under a header of sites as codes, not weeks', () => {
    const rows = Array.from({ length: 18 }, (_, i) => `2020-05-01,S${(i % 6) + 1},${['Adrar', 'Blida', 'Oran'][Math.floor(i / 6)]},100`);
    const text = ['Date,Site,District,Distributed', '#date,,#adm1+name,#reached', ...rows].join('\n');
    expect(importHxl(text, 'sites.csv', { today: TODAY, country: 'DZA' }).facts.figures.map((f) => f.value)).toEqual([600, 600, 600]);
  });
  it('keeps an origin region named as its country ("Djibouti" of Djibouti) a part', () => {
    const text = ['country,origin,idps', '#country+code,#adm1+name+origin,#affected+idps', 'DJI,Djibouti,5000', 'DJI,Tadjourah,3000'].join('\n');
    expect(importHxl(text, 'dji.csv', { today: TODAY, asOf: '2020' }).facts.figures.map((f) => f.breakdown)).toEqual([{ origin: 'Djibouti' }, { origin: 'Tadjourah' }]);
  });
  it('reads a severity class as a part on every row where one place and date has several', () => {
    const text = ['district,class,pin', '#adm1+name,#severity+class,#inneed', 'Kabul,Severe,100', 'Kabul,Extreme,50', 'Herat,Severe,70'].join('\n');
    expect(importHxl(text, 'sev.csv', { today: TODAY, asOf: '2020', country: 'AFG' }).facts.figures.map((f) => f.breakdown)).toEqual([{ severity: 'Severe' }, { severity: 'Extreme' }, { severity: 'Severe' }]);
  });
  it('reads money named in parts of an attribute as no people ("+funding_gap"), and cash beneficiaries as people', () => {
    const text = ['country,gap,cash', '#country+code,#indicator+funding_gap+num,#indicator+num+cash+beneficiaries', 'AFG,3000000000,120000'].join('\n');
    expect(importHxl(text, 'g.csv', { today: TODAY, asOf: '2020' }).facts.figures.map((f) => [f.indicator, f.value])).toEqual([['cash-beneficiaries', 120000]]);
  });
});

describe('a hashtag row cell that is no valid hashtag', () => {
  it('says the hashtag is not valid and why, not that the column has none', () => {
    const text = 'district,jan-mar,apr-jun\n#adm1+name,#inneed+ipc+jan-mar,#inneed+ipc+apr_jun\nOstra,1000,1200\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY, asOf: '2020', country: 'SOM' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([1200]);
    expect(JSON.stringify(r.report)).toContain("'#inneed+ipc+jan-mar' is no valid hashtag (a tag and attributes of lower-case letters, digits and _");
  });
});

describe('prices of several goods on one date, told apart by a code of series', () => {
  it('never adds prices up: each good\'s price is a part by its series, none rejected and none a total', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2013-${String(i + 1).padStart(2, '0')}-15,Ostra-Wheat flour-KG,0.76\n2013-${String(i + 1).padStart(2, '0')}-15,Ostra-Oil-L,2.39`).join('\n');
    const text = `date,code,usdprice\n#date,#meta+code,#value+usd\n${rows}\n`;
    const r = importHxl(text, 'prices.csv', { today: TODAY, country: 'SYR' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.series])).toEqual(Array.from({ length: 12 }, () => [[0.76, 'Ostra-Wheat flour-KG'], [2.39, 'Ostra-Oil-L']]).flat());
    expect(r.report.rejected).toEqual([]);
    expect(r.report.totals).toBe(0);
  });
  it('never adds up prices that no column tells apart; the repeats are reported', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2013-${String(i + 1).padStart(2, '0')}-15,Ostra wheat,0.76\n2013-${String(i + 1).padStart(2, '0')}-15,Ostra oil,2.39`).join('\n');
    const text = `date,what,usdprice\n#date,#meta+title,#value+usd\n${rows}\n`;
    const r = importHxl(text, 'prices.csv', { today: TODAY, country: 'SYR' });
    expect(r.facts.figures.map((f) => f.value)).toEqual(Array.from({ length: 12 }, () => 0.76));
    expect(r.report.rejected).toHaveLength(12);
  });
});

describe('a date column written with two-digit years, as a spreadsheet exports it', () => {
  it('reads "1/31/15" as 2015-01-31, the month first as the column\'s other days say, and says how it read the year', () => {
    const text = 'Date,Country,Admin1,IDPs\n#date,#country+name,#adm1+name,#affected+idps\n1/31/15,Niger,Diffa,3581\n2/1/15,Niger,Diffa,4000\n';
    const r = importHxl(text, 'lcb.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.value])).toEqual([
      ['2015-01-31', 3581],
      ['2015-02-01', 4000],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("Date: dates written with a two-digit year are read as spreadsheets read them, 00 to 29 as 2000 to 2029 and 30 to 99 as 1930 to 1999 ('1/31/15' is 2015-01-31)"));
  });
});

describe('columns of numbers that name no figure', () => {
  const refusal = (text: string) => {
    try {
      importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' });
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  it('says once which columns of numbers were not imported where others were (COVAX doses beside a population)', () => {
    const text = ['country,population,delivered,ref id', '#country+code,#population+total,#capacity+covax+delivered+doses,#activity_id', 'AFG,"38,928,341","11,608,850",7', 'SDN,"43,849,260","4,100,000",8'].join('\n');
    const r = importHxl(text, 'covax.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures).toHaveLength(2);
    expect(r.report.notes).toContainEqual(expect.stringContaining('a column holds numbers under a hashtag that names no figure and is not imported: 3 "delivered" #capacity+covax+delivered+doses'));
    // an id column is no figure: not named among the columns of numbers (HXL beta's #activity_id is read as #activity+id, said apart)
    expect(r.report.notes.find((n) => n.includes('names no figure'))).not.toContain('ref id');
  });
  it('names untagged columns of numbers in a refusal, not the id columns', () => {
    const message = refusal(['Cluster,ProjectId,MONTH,Country,AnnualTarget,Achieved', '#sector,,#date,#country,,', 'Education,65276,2024-06,Mali,319,177', 'Health,65277,2024-06,Mali,40,12'].join('\n'));
    expect(message).toContain('columns 5 "AnnualTarget" and 6 "Achieved" hold numbers but have no hashtag');
    expect(message).not.toContain('ProjectId" hold');
  });
  it("points HXL beta's counts without a status to a retag, not to #indicator+num", () => {
    const message = refusal(['SSID,Camp,Date,People,Phone', '#activity_id,#loc,#report_date,#people_num,#phone', '111_01,Golf,2013-06-27,12304,3712345', '111_02,Park,2013-06-27,400,3798765'].join('\n'));
    expect(message).toContain("#people_num is HXL beta's count of people or households without a status");
    expect(message).not.toContain('#indicator+num+<name>');
  });
});

describe('untagged headers that are figures', () => {
  it('names "Number of people reached" as a column of numbers, not as a row number', () => {
    const text = ['Cluster,No.,Month,Country,Number of people reached', '#sector,,#date,#country,', 'Education,1,2024-06,Mali,319', 'Health,2,2024-06,Mali,40'].join('\n');
    let message = '';
    try {
      importHxl(text, '3w.csv', { today: TODAY });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('column 5 "Number of people reached" holds numbers but has no hashtag');
    expect(message).not.toContain('"No." holds');
  });
});

describe("a 3W that lists one project's figures once per area (IFRC's 3W)", () => {
  const header = ['country,society,sector,start,end,target_m,target_total,reached_total,district', '#country+code,#org+name,#sector,#date+start,#date+end,#targeted+m,#targeted+total,#reached+total,#adm1+name'];
  const project = (district: string, target = '6120') => `ARM,Armenian Red Cross,Cash,2021-12-27,2022-04-30,3244,${target},7158,${district}`;

  it('reads the project once, at the country its areas share, labelled and noted as a project total listed per area', () => {
    const text = [...header, project('Aragatsotn'), project('Ararat'), project('Lori'), 'ARM,Danish Red Cross,Health,2022-01-01,2022-06-30,,900,850,Shirak'].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY });
    expect(valid(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.place, f.value])).toEqual([
      ['people-targeted', 'ARM', 3244],
      ['people-targeted', 'ARM', 6120],
      ['people-reached', 'ARM', 7158],
      // another organisation's project in one province is that province's
      ['people-targeted', 'arm-shirak', 900],
      ['people-reached', 'arm-shirak', 850],
    ]);
    const total = r.facts.figures[1]!;
    expect(total.label).toBe("target_total (organisation Armenian Red Cross, sector Cash) (a project's total, listed for 3 areas)");
    expect(total.notes).toContain('alike on 3 rows that differ only in their area (lines 3, 4, 5: Aragatsotn, Ararat, Lori): one project\'s total listed once per area, not each area\'s own figure');
    expect(r.report.notes).toContainEqual(expect.stringContaining('3 rows list a project once per area, with the same figures and every other cell read alike but the place (lines 3, 4, 5: Aragatsotn, Ararat, Lori)'));
    // no province is given the project's 6,120 as its own
    expect(r.facts.places.map((p) => p.id)).toEqual(['ARM', 'arm-shirak']);
  });

  it('reads a project of districts of one province at that province', () => {
    const text = ['org,sector,date,province,district,targeted,reached', '#org+name,#sector,#date,#adm1+name,#adm2+name,#targeted,#reached', 'MSF,Health,2024-03-31,Kabul,Paghman,5000,4100', 'MSF,Health,2024-03-31,Kabul,Surobi,5000,4100'].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['afg-kabul', 5000], ['afg-kabul', 4100]]);
  });

  it('tells apart two projects of one organisation, sector and dates read at one place, never a conflict', () => {
    const text = [...header, project('Aragatsotn'), project('Ararat'), project('Lori', '9000'), project('Shirak', '9000')].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.filter((f) => f.indicator === 'people-targeted' && f.breakdown?.sex === undefined).map((f) => [f.place, f.value, f.breakdown?.record])).toEqual([
      ['ARM', 6120, 'line 3'],
      ['ARM', 9000, 'line 5'],
    ]);
  });

  it('reads one small count alike in a few areas (activities of a 3W that reach 106 people each) per area, as before', () => {
    const text = ['org,sector,date,district,reached', '#org+name,#sector,#date,#adm1+name,#reached', 'ACH,WASH,2021-05-01,Chiquimula,106', 'ACH,WASH,2021-05-01,Olopa,106', 'ACH,WASH,2021-05-01,Jocotan,106'].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY, country: 'GTM' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['gtm-chiquimula', 106], ['gtm-olopa', 106], ['gtm-jocotan', 106]]);
    expect(r.report.notes.join('\n')).not.toContain('once per area');
  });

  it("reads an area file's equal values (an HNO's 450 in need and 450 targeted in two municipalities) per area, as before", () => {
    const text = ['Admin 1,Admin 2,Sector,In Need,Targeted', '#adm1+code,#adm2+code,#sector+code,#inneed,#targeted', 'GT11,GT1101,PRO_CPM,450,450', 'GT11,GT1102,PRO_CPM,450,450', 'GT11,GT1103,PRO_CPM,450,450'].join('\n');
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['GT1101', 450], ['GT1101', 450], ['GT1102', 450], ['GT1102', 450], ['GT1103', 450], ['GT1103', 450]]);
    expect(r.report.notes.join('\n')).not.toContain('once per area');
  });
});

describe("a long file's shares named by the people they are of (DHS: 'Population living in households using an improved water source', 66.4)", () => {
  const head = ['Indicator,Value,CountryName,SurveyYear', '#indicator+name,#indicator+value+num,#country+name,#date+year'];
  it('refuses an indicator named after people whose values have decimals and stay within 100: a share, not 66.4 people', () => {
    const text = [
      ...head,
      'Population living in households using an improved water source,66.4,Afghanistan,2015',
      'Population living in households using an improved water source,71,Afghanistan,2018',
      'Households with at least one ITN for every two persons,2.9,Afghanistan,2015',
      'Number of people displaced,12500,Afghanistan,2015',
    ].join('\n');
    const r = importHxl(text, 'dhs.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[12500, 'person']]);
    expect(r.report.rejected.map((x) => x.line)).toEqual([3, 4, 5]);
    expect(r.report.rejected[1]!.reason).toContain("names people, but its values have decimals and none is over 100 (66.4 on line 3): a share or a rate of them, not a count");
  });
  it('reads as people a named count with decimals over 100 (a modelled population) and whole numbers within 100', () => {
    const text = [...head, 'Population (modelled),12345.6,Afghanistan,2015', 'Number of deaths,42,Afghanistan,2015'].join('\n');
    const r = importHxl(text, 'model.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [12345.6, 'person'],
      [42, 'person'],
    ]);
  });
});

describe('families written as an attribute (+families, +fam, +households) are households, as +hh is', () => {
  it("reads OCHA Afghanistan's DISP_FAM (#affected+displaced+families) as 1 household beside 7 people, never 1 person", () => {
    const text = ['date,prov,ind,fam,hh', '#date,#adm1+name,#affected+displaced,#affected+displaced+families,#reached+fam', '2018-01-01,Logar,7,1,3'].join('\n');
    const r = importHxl(text, 'idps.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['displaced', 7, 'person'],
      ['displaced-household', 1, 'household'],
      ['people-reached', 3, 'household'],
    ]);
  });
});

describe("IFRC's appeals sheets: a count of appeals and a year written as its first day", () => {
  const text = ['Year,Year Month,Number of Appeals,Funded', '#date+year,#date+yearmonth,#indicator+appeal+num,#value+funding+total+chf', '2022-01-01,2022-11-01,1,152804.0'].join('\n');
  it('reads "Number of Appeals" (#indicator+appeal+num) as no count of people: 1 appeal is not 1 person', () => {
    const r = importHxl(text, 'ifrc.csv', { today: TODAY, country: 'BDI' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([['funding-received', 152804, 'CHF']]);
    expect(r.report.notes.join('\n')).toContain('3 "Number of Appeals" #indicator+appeal+num');
  });
  it('reads 2022-01-01 in a year column (#date+year) as the year 2022, not the day', () => {
    const r = importHxl(text, 'ifrc.csv', { today: TODAY, country: 'BDI' });
    expect(r.facts.figures.map((f) => f.asOf)).toEqual(['2022']);
  });
});

describe("IOM DTM: an operation that changes at one place from one date to another is another series there", () => {
  const head = ['operation,adm1,adm2,idps,date', '#operation+name,#adm1+code,#adm2+code,#affected+idps,#date+reported'];
  it("keeps as totals only the series of the place's latest date (Overview), the earlier one (Monthly) a breakdown: history never joins them", () => {
    const text = [
      ...head,
      'Armed Clashes in Sudan (Monthly),SD01,SD01001,3722,2024-04-17',
      'Armed Clashes in Sudan (Monthly),SD01,SD01001,3895,2024-04-30',
      'Armed Clashes in Sudan (Overview),SD01,SD01001,6069,2024-05-31',
      'Armed Clashes in Sudan (Overview),SD01,SD01001,7920,2024-06-11',
      'Armed Clashes in Sudan (Monthly),SD01,SD01002,100,2024-04-30',
    ].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.asOf, f.value, f.breakdown?.operation ?? 'total'])).toEqual([
      ['SD01001', '2024-04-17', 3722, 'Armed Clashes in Sudan (Monthly)'],
      ['SD01001', '2024-04-30', 3895, 'Armed Clashes in Sudan (Monthly)'],
      ['SD01001', '2024-05-31', 6069, 'total'],
      ['SD01001', '2024-06-11', 7920, 'total'],
      ['SD01002', '2024-04-30', 100, 'total'],
    ]);
    expect(r.report.columns[0]!.mappedTo).toBe(
      "breakdown operation (where a place and date has several: 0 of them; and where a place's operation changes from one date to another, each earlier operation is a series of its own, apart from the one of its latest date: 1 place)",
    );
  });
  it('gives no totals at a place whose latest date has two operations', () => {
    const text = [...head, 'Haiti Earthquake,HT01,HT0118,500,2016-11-30', 'Hurricane Matthew,HT01,HT0118,300,2016-12-31', 'Haiti Earthquake,HT01,HT0118,200,2016-12-31'].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.breakdown?.operation === undefined)).toEqual([]);
  });
});

describe('two values of people counted at a date for one place and date (DTM national series)', () => {
  it('says they are two sources or two series, never to be added up with --repeats sum', () => {
    const text = ['country,idps,date', '#country+code,#affected+idps,#date+reported', 'SDN,5856777,2023-12-31', 'SDN,3195950,2023-12-31', 'SDN,100,2023-11-30', 'SDN,200,2023-10-31', 'SDN,300,2023-09-30', 'SDN,400,2023-08-31', 'SDN,500,2023-07-31', 'SDN,600,2023-06-30', 'SDN,700,2023-05-31', 'SDN,800,2023-04-30', 'SDN,900,2023-03-31'].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.find((f) => f.asOf === '2023-12-31')?.value).toBe(5856777);
    const note = r.report.notes.find((n) => n.includes('another value'))!;
    expect(note).toContain('--repeats sum would count people twice');
    expect(note).not.toContain('--repeats sum adds them up');
  });
});

describe('the review of round eighteen: household attributes and series by place', () => {
  it('reads a year column as days where one of its days is no 1 January, and #indicator+idps+camp+num and #indicator+families+num as counts of their own', () => {
    const y = importHxl(['Year,Funded', '#date+year,#value+funding+total+chf', '2022-01-01,100', '2022-06-30,200'].join('\n'), 'y.csv', { today: TODAY, country: 'BDI' });
    expect(y.facts.figures.map((f) => f.asOf)).toEqual(['2022-01-01', '2022-06-30']);
    const r = importHxl(['a,b,c', '#adm1+name,#indicator+idps+camp+num,#indicator+families+num', 'Logar,700,55'].join('\n'), 'x.csv', { today: TODAY, country: 'AFG', asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [700, 'person'],
      [55, 'household'],
    ]);
  });
  it('keeps +ind individuals (#inneed+households+ind) and people living with host families (+host+families) people', () => {
    const text = ['a,b,c', '#adm1+name,#inneed+households+ind,#affected+displaced+host+families', 'Logar,700,55'].join('\n');
    const r = importHxl(text, 'x.csv', { today: TODAY, country: 'AFG', asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [700, 'person'],
      [55, 'person'],
    ]);
  });
});

describe('round 25 review: projects told apart by their codes, series of prices, sums of rows from several sources', () => {
  it('adds up two projects of one organisation, sector and country, each with its own HPC code, and says the codes told them apart', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Project ${i},OSTR22-FS-${1000 + i}-1,${100 + i},Food Security,LBN,Agency ${i % 6}`);
    const text = ['name,versionCode,currentRequestedFunds,globalClusters,locations,organizations', '#activity+name,#activity+code+v_hpc,#value+requested+usd,#sector+cluster+global+name,#country+code,#org+prog+name', ...rows].join('\n');
    const r = importHxl(text, 'projects.csv', { today: TODAY, asOf: '2022' });
    expect(r.report.rejected).toEqual([]);
    // Agency 0 has projects 0 and 6: both are counted
    expect(r.facts.figures.reduce((a, f) => a + f.value, 0)).toBe(Array.from({ length: 12 }, (_, i) => 100 + i).reduce((a, b) => a + b, 0));
    expect(r.report.unmapped.find((c) => c.label === 'versionCode')?.reason).toBe(RECORD_ID_USE);
  });

  it('reads a code of series (#meta+code) that gives several prices at one place and date as parts, never a national price', () => {
    const rows = ['01', '02', '03'].flatMap((m) => [`2020-${m}-15,Pell-Rice-46 KG-Wholesale,1${m}.5`, `2020-${m}-15,Kessa-Sorghum-46 KG-Wholesale,2${m}.5`]);
    const text = ['date,code,usdprice', '#date,#meta+code,#value+usd', ...rows, '2020-04-15,Pell-Rice-46 KG-Wholesale,14.5'].join('\n');
    const r = importHxl(text, 'prices.csv', { today: TODAY, country: 'NIC' });
    expect(r.report.rejected).toEqual([]);
    expect(r.report.totals).toBe(0);
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.breakdown?.series])).toContainEqual(['2020-04-15', 14.5, 'Pell-Rice-46 KG-Wholesale']);
    // a code on every row, one row a place and date: context, no part
    const totals = importHxl(['date,code,usdprice', '#date,#meta+code,#value+usd', '2020-01-15,A1,10', '2020-02-15,A2,11'].join('\n'), 'one.csv', { today: TODAY, country: 'NIC' });
    expect(totals.report.totals).toBe(2);
  });

  it('cites a sum of rows that name different sources to the file, and names them in its note', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `OST${1000 + i},2017-09-${String(10 + i).padStart(2, '0')},Battles,Nigeria,Borno,Bama,${i + 1},Daily Pell`);
    const text = ['EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,COUNTRY,ADMIN1,ADMIN2,FATALITIES,SOURCE', '#event+code,#date,#event+type,#country+name,#adm1+name,#adm2+name,#affected+killed,#meta+source', 'OST0001,2017-09-06,Violence against civilians,Nigeria,Borno,Maiduguri,2,Morning Pell', 'OST0002,2017-09-06,Violence against civilians,Nigeria,Borno,Maiduguri,6,The Kessa Times', ...rows].join('\n');
    const r = importHxl(text, 'events.csv', { today: TODAY });
    const sum = r.facts.figures.find((f) => f.value === 8)!;
    expect(sum.source).toBe('events');
    expect(sum.notes).toContain('Its rows name 2 sources (Morning Pell; The Kessa Times): the sum is cited to the file, not to one of them.');
    expect(valid(r)).toEqual([]);
    // a row of one source keeps it
    expect(r.facts.figures.find((f) => f.value === 1)!.source).toBe('daily-pell');
  });

  it('offers no --repeats sum for prices a file gives twice for one place and date', () => {
    const text = ['date,market,usdprice', '#date,#meta+title,#value+usd', '2020-01-15,Pell,10.5', '2020-01-15,Kessa,20.5'].join('\n');
    const r = importHxl(text, 'prices.csv', { today: TODAY, country: 'NIC' });
    const note = r.report.notes.find((n) => n.includes('another value'))!;
    expect(note).toContain('they are prices, which are never added up');
    expect(note).not.toContain('--repeats sum adds them up');
  });
});

describe('round 25 review: a second analysis of one date in a wide file of people in IPC phases', () => {
  it('counts the rows and the figures they give apart, and people in a phase as people counted at a date', () => {
    const head = ['country,date,phase 3,phase 4,share 3', '#country+code,#date,#affected+ipc+phase3,#affected+ipc+phase4,#affected+ipc+phase3+pct'];
    const rows = ['ETH,2021-05-01,100,20,0.1', 'SOM,2021-05-01,50,10,0.05', 'ETH,2021-05-01,120,25,0.12'];
    const r = importHxl([...head, ...rows].join('\n'), 'ipc.csv', { today: TODAY });
    const note = r.report.notes.find((n) => n.includes('another value'))!;
    expect(note).toMatch(/^1 row gives another value for 3 figures an earlier row gave/);
    expect(note).toContain('2 of those values count people at a date');
  });
});

describe("a country's name: the file's where it is one of the country's names, else the English name", () => {
  const t = [
    'Country,ISO3,People in need',
    '#country+name,#country+code,#inneed',
    'Mozambiaue,MOZ,100',
    'CAR,CAF,200',
    'Tchad,TCD,300',
    'Syria,SYR,400',
  ].join('\n');
  const r = importHxl(t, 'pin.csv', { today: TODAY, asOf: '2024' });
  it('names a misspelt, foreign or abbreviated country cell by its English name, and keeps a name users know', () => {
    expect(r.facts.places.map((p) => [p.id, p.name])).toEqual([
      ['MOZ', 'Mozambique'],
      ['CAF', 'Central African Republic'],
      ['TCD', 'Chad'],
      ['SYR', 'Syria'],
    ]);
  });
  it('so that --place and --within find the country by its English name', () => {
    expect(resolvePlace(r.facts.places, 'Mozambique')).toBe('MOZ');
    expect(resolvePlace(r.facts.places, 'central african republic')).toBe('CAF');
  });
});

describe('round 26 review: what the report says of columns and dates', () => {
  it('says so where a header names a population and the hashtag a caseload of no population (UNHCR 2012: "Refugees" over #inneed_num)', () => {
    const t = ['Year,Asylum,Origin,Refugees,Refugees in need', '#date+year,#country+code,#country+code+origin,#inneed,#inneed+refugees', '2012,PAK,AFG,1600000,900000'].join('\n');
    const r = importHxl(t, 'refugees.csv', { today: TODAY });
    expect(r.report.notes.filter((n) => n.includes('the header says'))).toEqual([
      'column 4 "Refugees" #inneed: the header says refugees, the hashtag in need; read as the hashtag says (check which the file means)',
    ]);
  });
  it('names #target columns of numbers with gaps, and points to #targeted', () => {
    const t = ['Woreda,In need,Target', '#adm3+code,#inneed,#target', 'ET0101,1 206,-', 'ET0102,9 547,440', 'ET0103,300,-', 'ET0104,120,50'].join('\n');
    const r = importHxl(t, 'cluster.csv', { today: TODAY, asOf: '2022-09', country: 'ETH' });
    expect(r.report.notes).toContainEqual(expect.stringContaining('3 "Target" #target; retag it (#targeted for people targeted, which #target is not in HXL;'));
  });
  it('says that --as-of dates no row whose date cell is no date, and that a date without a year is one', () => {
    const t = ['Country,Date,Cases', '#country+code,#date,#affected', 'AFG,04-Aug,10', 'PAK,,20'].join('\n');
    const r = importHxl(t, 'sadd.csv', { today: TODAY, asOf: '2020-08' });
    expect(r.facts.figures.map((f) => [f.place, f.asOf])).toEqual([['PAK', '2020-08']]);
    expect(r.report.notes).toContain(
      '--as-of 2020-08 dated only the 1 row whose date cell in column 2 (Date) is empty; the other 1 was rejected: its date cell is no date humfig reads, and --as-of dates no row that gives one (see the rejected rows)',
    );
    expect(JSON.stringify(r.report)).toContain("date '04-Aug' has a day and a month but no year: write YYYY-MM-DD");
  });
});

describe('round 26 review: a p-code first given alone, then with its name and parent', () => {
  it('names the place as the later row does, under the parent its code nests in, not its first bare code under the country', () => {
    const t = [
      'Zone,Woreda,Woreda name,Date,IDPs',
      '#adm2+code,#adm3+code,#adm3+name,#date,#affected+idps',
      ',ET020101,,2022-01-31,100',
      'ET0201,ET020101,Elidar,2022-02-28,200',
    ].join('\n');
    const r = importHxl(t, 'eth.csv', { today: TODAY });
    expect(r.facts.places.find((p) => p.id === 'ET020101')).toMatchObject({ name: 'Elidar', parent: 'ET0201' });
    expect(resolvePlace(r.facts.places, 'Elidar')).toBe('ET020101');
    expect(placesWithin(r.facts.places, 'ET0201').has('ET020101')).toBe(true);
  });
});

describe('round 26 review: two sources of one figure in one file', () => {
  const t = [
    'indicator,value,unit,asOf,place,source',
    '#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#country+code,#meta+source+code',
    'internally-displaced,100,person,2019,AZE,idmc-a',
    'internally-displaced,140,person,2019,AZE,idmc-b',
    'internally-displaced,150,person,2019,AZE,idmc-b',
  ].join('\n');
  const r = importHxl(t, 'joined.csv', { today: TODAY });
  it('keeps each source\'s figure under an id of its own, and says so once a figure', () => {
    expect(r.facts.figures.map((f) => [f.id, f.value, f.source])).toEqual([
      ['internally-displaced-aze-2019', 100, 'idmc-a'],
      ['internally-displaced-aze-2019-by-idmc-b', 140, 'idmc-b'],
    ]);
    expect(r.report.notes).toContainEqual(expect.stringContaining("1 figure is given again by another source (same indicator, place, breakdown and date): each is kept, its id ending in 'by' and its source"));
    // (the same source giving its figure again is still a conflict, the first kept)
    expect(r.report.rejected).toEqual([expect.objectContaining({ line: 5 })]);
  });
});

describe("round 26 review: where the round's import changes must not fire", () => {
  it('never gives a figure of another source an id the file gives another figure', () => {
    const t = [
      'id,indicator,value,unit,asOf,place,source',
      '#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#country+code,#meta+source+code',
      'x,displaced,100,person,2019,AZE,a',
      'x,displaced,140,person,2019,AZE,b',
      'x-b,displaced,7,person,2019,ARM,b',
    ].join('\n');
    const r = importHxl(t, 'dup.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.id, f.value])).toEqual([
      ['x', 100],
      ['x-by-b', 140],
      ['x-b', 7],
    ]);
  });
  it("says a spreadsheet's 'Mar-24' may be a month and a year, and keeps country names of four or five capitals", () => {
    const t = ['Country,Date,Cases', '#country+code,#date,#affected', 'AFG,Mar-24,10'].join('\n');
    expect(JSON.stringify(importHxl(t, 'd.csv', { today: TODAY, asOf: '2024' }).report)).toContain("date 'Mar-24' is a month and a day, or a month and a two-digit year");
    const c = ['Country,ISO3,In need', '#country+name,#country+code,#inneed', 'IRAN,IRN,100', 'SYRIA,SYR,200'].join('\n');
    expect(importHxl(c, 'pin.csv', { today: TODAY, asOf: '2024' }).facts.places.map((p) => p.name)).toEqual(['IRAN', 'SYRIA']);
  });
});

describe('round 26, the eighth HXL review', () => {
  it('puts a district whose province cell is empty under the province its p-code begins with, when the file gives that province', () => {
    const t = ['Province,District,In need', '#adm1+code,#adm2+code,#inneed', 'AF01,,1000', ',AF0101,400'].join('\n');
    const r = importHxl(t, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.places.find((p) => p.id === 'AF0101')).toMatchObject({ parent: 'AF01', level: 2 });
    expect(placesWithin(r.facts.places, 'AF01').has('AF0101')).toBe(true);
  });
  it('reads one sector spelled two ways by two sources as one figure of each source, not a repeat', () => {
    const t = [
      'id,indicator,value,unit,asOf,place,sector,source',
      '#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#country+code,#sector+code,#meta+source+code',
      'pin-gbv,people-in-need,100,person,2024,AFG,PRO-GBV,hno',
      'pin-gbv,people-in-need,120,person,2024,AFG,PRO_GBV,hapi',
    ].join('\n');
    expect(importHxl(t, 'merged.csv', { today: TODAY }).facts.figures.map((f) => [f.id, f.value])).toEqual([
      ['pin-gbv', 100],
      ['pin-gbv-by-hapi', 120],
    ]);
  });
  it('reads a date in ISO 8601 basic form, 20220430', () => {
    const t = ['Country,Date,Cases', '#country+code,#date,#affected', 'AFG,20220430,10'].join('\n');
    expect(importHxl(t, 'd.csv', { today: TODAY }).facts.figures.map((f) => f.asOf)).toEqual(['2022-04-30']);
  });
});

describe('round 27, the ninth HXL review', () => {
  it('reads a header that names people by role over a hashtag of no group as those people only: no headline, no part of the other', () => {
    // an "Education in Danger" overview: educators and students killed under #affected+killed and #affected+children+killed
    const t = ['Country,Year,Educators Killed,Students Killed', '#country+code,#date+year,#affected+killed,#affected+children+killed', 'AFG,2022,4,48', 'AFG,2023,3,2'].join('\n');
    const r = importHxl(t, 'education.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown])).toEqual([
      [4, { 'population-group': 'educators' }],
      [48, { 'population-group': 'students', 'age-group': 'children' }],
      [3, { 'population-group': 'educators' }],
      [2, { 'population-group': 'students', 'age-group': 'children' }],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
    expect(r.facts.relations ?? []).toEqual([]);
    // a header of no role still gives the total
    const plain = ['Country,Year,Killed', '#country+code,#date+year,#affected+killed', 'AFG,2022,40'].join('\n');
    expect(importHxl(plain, 'k.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown)).toEqual([undefined]);
  });

  it('reads a semicolon-separated file (libhxl\'s .ssv), its hashtag row under two header rows', () => {
    const t = ['Qué?;;Dónde?', 'Sector;Personas;País', '#sector;#targeted;#country+code', 'WASH;100;PAN', 'Salud;"1,250";COL'].join('\n');
    const r = importHxl(t, 'input.ssv', { today: TODAY, asOf: '2015-03' });
    expect(r.facts.figures.map((f) => [f.value, f.place, f.breakdown])).toEqual([
      [100, 'PAN', { sector: 'WASH' }],
      [1250, 'COL', { sector: 'Salud' }],
    ]);
  });

  it('notes a header that names one sex over a hashtag of the other, and reads the hashtag', () => {
    const t = ['País,Hombres,Mujeres', '#country+code,#targeted+f,#targeted+m', 'PAN,100,120'].join('\n');
    const r = importHxl(t, 'sex.csv', { today: TODAY, asOf: '2015' });
    expect(r.facts.figures.map((f) => f.breakdown?.sex)).toEqual(['f', 'm']);
    expect(fileNotes(r)).toContainEqual(expect.stringContaining('the header says men or boys, the hashtag +f'));
    // headers that agree, or name both sexes, say nothing
    const agree = ['Country,Women,Men and boys,Women and men', '#country+code,#targeted+f,#targeted+m,#targeted', 'PAN,100,120,220'].join('\n');
    expect(fileNotes(importHxl(agree, 'sex.csv', { today: TODAY, asOf: '2015' })).join('\n')).not.toContain('the header says');
  });
});

describe('round 27, the tenth HXL review (Insecurity Insight tables)', () => {
  it('reads a role attribute as the population group, so that health workers killed are deaths of that group whichever way a file says it', () => {
    const byAttribute = ['Country,Year,Health workers killed', '#country+code,#date+year,#affected+healthworker+killed', 'AFG,2021,39'].join('\n');
    const byHeader = ['Country,Year,Health Workers Killed', '#country+code,#date+year,#affected+killed', 'AFG,2021,31'].join('\n');
    for (const t of [byAttribute, byHeader]) {
      expect(importHxl(t, 'hw.csv', { today: TODAY }).facts.figures.map((f) => [f.indicator, f.breakdown])).toEqual([['deaths', { 'population-group': 'health workers' }]]);
    }
  });

  it('counts no vehicles, supplies or facilities as people under a bare #indicator+num', () => {
    const t = [
      'Country,Year,Transport destroyed,Supplies looted,Schools occupied,Killed',
      '#country+code,#date+year,#indicator+health_transport+destroyed+num,#indicator+health_supplies+taken+num,#indicator+educationfacility+occupy+num,#affected+killed',
      'AFG,2021,15,8,3,40',
    ].join('\n');
    const r = importHxl(t, 'shcc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([['deaths', 40]]);
    expect(r.report.notes.join('\n')).toContain('hold numbers under a hashtag that names no figure');
  });

  it('does not read a column whose header counts events as people, and says why', () => {
    const t = ['Country,Year,Events Affecting Minors,Children killed', '#country+code,#date+year,#affected+children,#affected+children+killed', 'AFG,2023,1,12'].join('\n');
    const r = importHxl(t, 'crsv.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([['deaths', 12]]);
    expect(JSON.stringify(r.report)).toContain('the header counts events or incidents, the hashtag people');
  });
});

describe("round 27 review: where the round's new import rules must not fire", () => {
  const one = (header: string, hashtag: string) => importHxl(['Country,Date,' + header, '#country+code,#date,' + hashtag, 'KEN,2024-01-05,100'].join('\n'), 'r.csv', { today: TODAY });

  it('reads people under a header that names victims or survivors of attacks or incidents', () => {
    for (const header of ['Attack victims', 'Incident survivors', 'Attacks: people injured', 'Reported incidents: people killed']) {
      expect(one(header, '#affected+killed').facts.figures.map((f) => f.value)).toEqual([100]);
    }
  });

  it('takes a role as the group only where it heads the header', () => {
    for (const header of ['People reached by community health workers', 'Doctors Without Borders patients', 'Children of aid workers']) {
      expect(one(header, '#reached').facts.figures.map((f) => f.breakdown)).toEqual([undefined]);
    }
    expect(one('Number of aid workers injured', '#affected+injured').facts.figures.map((f) => f.breakdown)).toEqual([{ 'population-group': 'aid workers' }]);
  });

  it('still reads activities named with "building" and people named with their trade under a bare #indicator+num', () => {
    expect(one('Trained', '#indicator+num+capacitybuilding').facts.figures.map((f) => f.unit)).toEqual(['person']);
    expect(one('Owners', '#indicator+num+property_owners').facts.figures.map((f) => f.unit)).toEqual(['person']);
  });

  it('says each sex a header contradicts in its own note', () => {
    const r = importHxl(['Pays;Date;Hombres;Mujeres', '#country+code;#date;#affected+f;#affected+m', 'KEN;2024-01-01;1;2'].join('\n'), 'sx.csv', { today: TODAY });
    expect(fileNotes(r).filter((n) => n.includes('the header says'))).toEqual([
      expect.stringMatching(/^column 3 "Hombres".*the header says men or boys, the hashtag \+f/),
      expect.stringMatching(/^column 4 "Mujeres".*the header says women or girls, the hashtag \+m/),
    ]);
  });

  it('reads a comma file whose title line has semicolons and words after a hash as a comma file', () => {
    const t = ['#Source;#OCHA dataset export', 'Country,Affected', '#country+code,#affected', 'KEN,5'].join('\n');
    expect(importHxl(t, 't.csv', { today: TODAY, asOf: '2024' }).facts.figures.map((f) => f.value)).toEqual([5]);
  });
});

describe('round 28: columns of one breakdown that are flags (Insecurity Insight incident tables)', () => {
  const head = ['Event ID,Date,Country,Health workers killed,Conflict,Political,Ebola', '#event+id,#date,#country+code,#affected+healthworker+killed,#event+type+conflict,#event+type+political,#event+type+ebola'];

  it('reads each row\'s event type as every flag set, and a row with none as "none stated", never as the whole', () => {
    const t = [...head, '1,2023-05-01,COD,2,ConflictEvent,NotApplicable,NotApplicable', '2,2023-05-01,COD,1,ConflictEvent,Politically-related,NotApplicable', '3,2023-05-01,COD,4,NotApplicable,NotApplicable,NotApplicable', '4,2023-05-01,COD,3,NotApplicable,NotApplicable,Ebola-related'].join('\n');
    const r = importHxl(t, 'ii.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.['event-type']])).toEqual([
      [2, 'ConflictEvent'],
      [1, 'ConflictEvent and Politically-related'],
      [4, 'none stated'],
      [3, 'Ebola-related'],
    ]);
    expect(r.report.notes.join('\n')).not.toContain('written with several names');
  });

  it('names a flag set by a bare yes by its column', () => {
    const t = [...head, '1,2023-05-01,COD,2,yes,no,no', '2,2023-05-01,COD,5,no,no,yes'].join('\n');
    expect(importHxl(t, 'ii.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown?.['event-type'])).toEqual(['conflict', 'ebola']);
  });

  it('keeps reading columns of one dimension in two languages, whose cells are names, as one breakdown', () => {
    const t = ['Country,Date,Sector,Secteur,In need', '#country+code,#date,#sector+en,#sector+fr,#inneed', 'MLI,2024-01-01,Health,Santé,10', 'MLI,2024-01-01,Education,Éducation,20', 'MLI,2024-01-01,Protection,Protection,30'].join('\n');
    expect(importHxl(t, 's.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown?.sector)).toEqual(['Health', 'Education', 'Protection']);
  });
});

describe('round 28, the eleventh HXL review: two exports of one file joined', () => {
  it('keeps each source\'s figure side by side rather than adding the two up as records', () => {
    const rows = ['Country,Year,Appeal,Required', '#country+code,#date+year,#activity+appeal+code,#value+funding+required+usd'];
    for (let i = 0; i < 12; i++) rows.push(`AFG,2020,H${i},${1000 + i}`);
    const exported = (sourceId: string, published: string) => {
      const r = importHxl(rows.join('\n'), 'fts.csv', { today: TODAY, sourceId, published });
      const index = new FactsIndex(r.facts);
      const records = r.facts.figures.map((f) => toFigureRecord(f, index));
      return renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]).trimEnd().split('\n');
    };
    const jan = exported('fts-jan', '2021-01-15');
    const mar = exported('fts-mar', '2021-03-01');
    const joined = importHxl([...jan, ...mar.slice(2)].join('\n'), 'joined.csv', { today: TODAY });
    const h0 = joined.facts.figures.filter((f) => f.breakdown?.appeal === 'H0');
    expect(h0.map((f) => [f.value, f.source])).toEqual([
      [1000, 'fts-jan'],
      [1000, 'fts-mar'],
    ]);
    expect(joined.report.notes.join('\n')).not.toContain('added up');
  });
});

describe('round 28, the twelfth HXL review', () => {
  it('reads two camps of one commune that hold the same households and people as two camps, not one project listed per area', () => {
    const t = [
      'Camp,Commune,Date,Agency,Households,Individuals,Female,Male',
      '#loc,#adm3,#date,#org,#affected+idps+hh,#affected+idps,#affected+idps+f,#affected+idps+m',
      'Corena,Port-au-Prince,2013-05-17,IFRC,34,118,61,57',
      'Campus,Port-au-Prince,2013-05-17,IOM,52,172,89,83',
      'Cinq Etoiles,Port-au-Prince,2013-05-17,IFRC,34,118,61,57',
    ].join('\n');
    const r = importHxl(t, 'dtm.csv', { today: TODAY, country: 'HTI' });
    const idps = r.facts.figures.filter((f) => f.indicator === 'internally-displaced' && f.breakdown?.sex === undefined);
    expect(idps.map((f) => [r.facts.places!.find((p) => p.id === f.place)?.name, f.value])).toEqual([
      ['Corena', 118],
      ['Campus', 172],
      ['Cinq Etoiles', 118],
    ]);
    expect(r.report.notes.join('\n')).not.toContain('once per area');
  });
});

describe('round 28, the twelfth HXL review: singular attributes', () => {
  it('reads #affected+idp and #affected+refugee as the IDPs and refugees the plural attributes name', () => {
    const t = ['Country,Year,IDPs,Refugees', '#country+code,#date+year,#affected+idp,#affected+refugee', 'NER,2015,47000,1200'].join('\n');
    expect(importHxl(t, 'lcb.csv', { today: TODAY }).facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['internally-displaced', 47000],
      ['refugees', 1200],
    ]);
  });
});

describe('round 28, the twelfth HXL review: a national row smaller than one of its areas', () => {
  const t = (national: string) =>
    ['Date,Country,Admin 1,Admin 2,Refugees,Share', '#date,#country+name,#adm1,#adm2,#affected+refugees,#affected+refugees+pct', '2017-01-11,Chad,Lac,Kaya,6191,40', '2017-01-11,Chad,Lac,Fouli,571,4', `2017-01-11,Chad,,,${national},5`].join('\n');

  it('reads it as the people no area holds, a part, and says so, never as the country\'s headline', () => {
    const r = importHxl(t('102'), 'lcb.csv', { today: TODAY });
    const chad = r.facts.figures.filter((f) => f.place === 'TCD' && f.unit === 'person');
    expect(chad.map((f) => [f.value, f.breakdown])).toEqual([[102, { area: 'not located' }]]);
    expect(headlineFigures(r.facts.figures).filter((f) => f.place === 'TCD' && f.indicator === 'refugees')).toEqual([]);
    expect(fileNotes(r).join('\n')).toContain("smaller than one of the country's own areas on the same date (line 5: 102, where line 3 gives one of its areas 6191)");
    // (a share is no count that adds up: the national 5 % stays as written)
    expect(r.facts.figures.filter((f) => f.place === 'TCD' && f.unit === 'percent').map((f) => f.breakdown)).toEqual([undefined]);
  });

  it('keeps a national row at least as large as each of its areas the country\'s total', () => {
    const r = importHxl(t('9000'), 'lcb.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.place === 'TCD' && f.unit === 'person').map((f) => [f.value, f.breakdown])).toEqual([[9000, undefined]]);
    expect(fileNotes(r).join('\n')).not.toContain('no area holds');
  });
});

describe('round 28, the twelfth HXL review: a source cell that is a link', () => {
  it('keeps the link as the source\'s url and names the source by its host', () => {
    const t = ['Date,Country,Admin1,IDPs,Source', '#date,#country+name,#adm1+name,#affected+idps,#meta+source', '2015-01-31,Niger,Diffa,10631,http://www.dnpgcca.ne/images/rapport.pdf'].join('\n');
    const r = importHxl(t, 'lcb.csv', { today: TODAY });
    const source = r.facts.sources.find((s) => s.id === r.facts.figures[0]!.source)!;
    expect([source.url, source.publisher]).toEqual(['http://www.dnpgcca.ne/images/rapport.pdf', 'dnpgcca.ne']);
  });
});

describe('round 28, the thirteenth HXL review: events with no area in a file of event records', () => {
  it('sums the events of no known area as a part of the country, never as its total', () => {
    const t = ['Year,Division,Deaths', '#date+year,#adm1+name,#affected+killed', '2018,,4', '2018,,5', '2018,Khulna,10', '2018,Dhaka,7', '2011,,3'].join('\n');
    const r = importHxl(t, 'ucdp.csv', { today: TODAY, country: 'BGD', repeats: 'sum' });
    const national = r.facts.figures.filter((f) => f.place === 'BGD');
    expect(national.map((f) => [f.asOf, f.value, f.breakdown])).toEqual([
      ['2018', 9, { area: 'not located' }],
      // (round 34: a year whose records name no area is no exception: its records are events not located, and the
      // country's latest headline is not a year of unlocated events beside later years' areas)
      ['2011', 3, { area: 'not located' }],
    ]);
    expect(fileNotes(r).join('\n')).toContain('records whose area is not known, not the country\'s total');
  });
});

describe('round 28, the fourteenth HXL review: deaths written +dead', () => {
  it('reads #affected+infected+dead and #affected+dead as deaths', () => {
    const t = ['Date,Region,Confirmed,Dead', '#date,#adm1+name,#affected+infected+confirmed,#affected+infected+dead', '2020-05-15,Awdal,60,5'].join('\n');
    expect(importHxl(t, 'covid.csv', { today: TODAY, country: 'SOM' }).facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['people-affected-infected-confirmed', 60],
      ['deaths', 5],
    ]);
    const plain = ['Date,Country,Dead', '#date,#country+code,#affected+dead', '2020-05-15,SOM,7'].join('\n');
    expect(importHxl(plain, 'd.csv', { today: TODAY }).facts.figures.map((f) => f.indicator)).toEqual(['deaths']);
  });
});

describe('round 28, the thirteenth HXL review: versions of a figure', () => {
  it('keeps a preliminary or forecast value apart from the final one, never as the newest figure', () => {
    const t = ['Country,Admin 1,Anomaly,Version,Start,End', '#country+code,#adm1+code,#rainfall+anomaly+pct,#meta+version,#date+start,#date+end', 'MOZ,MZ01,77.8,final,2025-01-01,2025-01-10', 'MOZ,MZ01,80.1,preliminary,2025-02-01,2025-02-10', 'MOZ,MZ01,97.2,forecast,2025-03-01,2025-03-10'].join('\n');
    const r = importHxl(t, 'rain.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.version])).toEqual([
      [77.8, undefined],
      [80.1, 'preliminary'],
      [97.2, 'forecast'],
    ]);
  });
});

describe('round 28, the thirteenth HXL review: categories that are partly sex and age', () => {
  it('reads the sex and age parts of "Adult - Female - Iran (District of Return)" and keeps the rest as the category', () => {
    const t = ['Admin 1,Category,In need', '#adm1+code,#category,#inneed', 'AF01,Adult - Female - Iran (District of Return),1200', 'AF01,Adult - Female - IDP,800', 'AF01,Non-displaced,500'].join('\n');
    const r = importHxl(t, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([
      { sex: 'f', 'age-group': 'adults', category: 'Iran (District of Return)' },
      { sex: 'f', 'age-group': 'adults', 'population-group': 'IDP' },
      { category: 'Non-displaced' },
    ]);
  });
});

describe('round 28, the thirteenth HXL review: parts written 0 where the file has no split', () => {
  const head = ['Country,Group,Gender,Age,Population,Start,End', '#country+code,#population_group+code,#gender+code,#age+range,#population,#date+start,#date+end'];

  it('leaves out the zeros by sex and age beside a total above 0 whose every part is 0, and says so', () => {
    const t = [...head, 'SSD,RET,all,all,527206,2023-01-01,2023-12-31', 'SSD,RET,f,all,0,2023-01-01,2023-12-31', 'SSD,RET,m,all,0,2023-01-01,2023-12-31', 'SSD,RET,f,0-4,0,2023-01-01,2023-12-31'].join('\n');
    const r = importHxl(t, 'ret.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown])).toEqual([[527206, undefined]]);
    expect(fileNotes(r).join('\n')).toContain('3 cells of 0 by sex or age beside a total above 0 whose every part is 0');
  });

  it('keeps a 0 where another part is above 0: a real zero of a split', () => {
    const t = [...head, 'SSD,RET,all,all,100,2023-01-01,2023-12-31', 'SSD,RET,f,all,100,2023-01-01,2023-12-31', 'SSD,RET,m,all,0,2023-01-01,2023-12-31'].join('\n');
    expect(importHxl(t, 'ret.csv', { today: TODAY }).facts.figures.map((f) => [f.value, f.breakdown?.sex])).toEqual([
      [100, undefined],
      [100, 'f'],
      [0, 'm'],
    ]);
  });
});

describe("round 28 review: where the round's new import rules must not fire", () => {
  it('keeps columns of one breakdown in two languages one breakdown, even with a row of n/a', () => {
    const t = ['Country,Date,Sector,Secteur,In need', '#country+code,#date,#sector+en,#sector+fr,#inneed', 'MLI,2024-01-01,Health,Santé,10', 'MLI,2024-01-02,n/a,n/a,5'].join('\n');
    expect(importHxl(t, 's.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown?.sector)).toEqual(['Health', 'n/a']);
  });

  it('reads a version number as the figure itself, not a part', () => {
    const t = ['Country,Value,Version,Date', '#country+code,#affected,#meta+version,#date', 'MOZ,100,v2.1,2025-01-10'].join('\n');
    expect(importHxl(t, 'v.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown)).toEqual([undefined]);
  });

  it('keeps a national price below an area\'s the national figure: only people and households are compared', () => {
    const t = ['Date,Country,Admin 1,Price', '#date,#country+name,#adm1+name,#value+usd', '2024-01-01,Mali,Mopti,0.95', '2024-01-01,Mali,,0.80'].join('\n');
    expect(importHxl(t, 'p.csv', { today: TODAY }).facts.figures.find((f) => f.place === 'MLI')?.breakdown).toBeUndefined();
  });

  it('still finds a project listed per area under #population+targeted or #affected+reached', () => {
    const t = ['Org,Country,Province,Targeted,Reached', '#org,#country+code,#adm1+name,#population+targeted,#affected+reached', ...['Aragatsotn', 'Ararat', 'Armavir', 'Kotayk'].map((p) => `IFRC,ARM,${p},16127,7158`)].join('\n');
    const r = importHxl(t, '3w.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.value === 16127).map((f) => f.place)).toEqual(['ARM']);
  });

  it('keeps a link with no host as the source\'s name, and imports the file', () => {
    const t = ['Date,Country,Source,Affected', '#date,#country+name,#meta+source,#affected', '2024-01-01,Mali,http://www./x,5'].join('\n');
    const r = importHxl(t, 'u.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([5]);
    expect(valid(r)).toEqual([]);
  });
});

describe('round 29: a column of words under the hashtag of a column of numbers', () => {
  it('reads the numbers as the figure and says the words are text (a method column beside the counts, both #affected)', () => {
    const text = 'Country,Date,Affected type,Affected\n#country+code,#date,#affected,#affected\nMLI,2024-05-01,estimate,1200\nNER,2024-05-01,census,"3,400"\n';
    const t = importHxl(text, 'x.csv', { today: TODAY });
    expect(t.facts.figures.map((f) => [f.place, f.value, f.breakdown])).toEqual([
      ['MLI', 1200, undefined],
      ['NER', 3400, undefined],
    ]);
    expect(t.report.unmapped.map((c) => [c.index, c.reason])).toEqual([[2, 'text, not numbers, under the hashtag of column 4, which holds the numbers: that column is the figure']]);
  });

  it('still reads neither of two columns of numbers under one hashtag when a third holds words', () => {
    const text = 'Country,Date,Note,A,B\n#country+code,#date,#inneed,#inneed,#inneed\nMLI,2024-05-01,estimate,1200,900\n';
    expect(() => importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' })).toThrow(/4 "A" #inneed: the same hashtag as columns 3, 5: which figure each holds the hashtags do not say/);
  });
});

describe('round 29, the fifteenth HXL review: IDMC disaster events filed under a year', () => {
  const head =
    'iso3,year,start_date,start_date_accuracy,end_date,end_date_accuracy,event_name,new_displacement,total_displacement\n' +
    '#country+code,#date+year,#date+start,#accuracy+date+start,#date+end,#accuracy+date+end,#event+name,#affected+idps+ind+new+disaster,#affected+idps+ind+total+disaster\n';
  const text =
    head +
    'PHL,2018,2018-12-28,Day,2018-12-28,Day,Storm Usman - 28/12/2018,98000,\n' +
    'PHL,2019,2018-12-28,Day,2018-12-28,Day,Storm Usman - 28/12/2018,552000,1500\n' +
    'PHL,2019,2019-06-20,Day,2019-06-22,Day,Flood - 20/06/2019,3000,200\n';
  const r = importHxl(text, 'gidd.csv', { today: TODAY });
  const of = (indicator: string, value: number) => r.facts.figures.find((f) => f.indicator === indicator && f.value === value)!;

  it("dates a record's figures by its year where its event lies in another (2019's displacements from a storm of 28 December 2018)", () => {
    expect([of('internally-displaced-newdisp-disaster', 98000).asOf, of('internally-displaced-newdisp-disaster', 552000).asOf]).toEqual(['2018-12-28', '2019']);
    expect(of('internally-displaced-newdisp-disaster', 3000)).toMatchObject({ asOf: '2019-06-22', period: { start: '2019-06-20', end: '2019-06-22' } });
    expect(r.report.notes).toContain("1 record's event days lie outside the year it is filed under (line 4: 2018-12-28 filed under 2019): dated by that year, whose figures it gives, not by the event's days");
  });

  it("dates people still displaced (total displacement) by the record's year, at whose end they are counted, not by the event's days", () => {
    expect(of('internally-displaced-stock-disaster', 1500).asOf).toBe('2019');
    expect(of('internally-displaced-stock-disaster', 200).asOf).toBe('2019');
    expect(of('internally-displaced-stock-disaster', 200).period).toBeUndefined();
    expect(r.report.notes.some((n) => n.startsWith('1 count of people still displaced (a stock'))).toBe(true);
  });

  it('keeps a plan filed under the year it starts with its own period (FTS: July 2008 to June 2009, filed under 2008)', () => {
    const fts =
      'countryCode,code,startDate,endDate,year,requirements\n#country+code,#activity+appeal+id+external,#date+start,#date+end,#date+year,#value+funding+required+usd\n' +
      'AFG,OAFG0809,2008-07-01,2009-06-30,2008,404319728\n';
    expect(importHxl(fts, 'fts.csv', { today: TODAY }).facts.figures.map((f) => [f.asOf, f.period])).toEqual([['2009-06-30', { start: '2008-07-01', end: '2009-06-30' }]]);
  });
});

describe('round 29, the sixteenth HXL review: two editions of one source joined', () => {
  it('keeps each publication date of one source id as a source of its own, so that a fresh import passes check', () => {
    const text =
      'id,indicator,value,unit,asOf,place,source,published\n#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#loc+code,#meta+source+code,#date+published\n' +
      'funding-required-ken-2022-10,funding-required,250461585,USD,2022-10,KEN,key-figures-ken,2022-10-01\n' +
      'funding-required-ken-2022-12,funding-required,260000000,USD,2022-12,KEN,key-figures-ken,2022-12-15\n' +
      'funding-received-ken-2022-12,funding-received,90000000,USD,2022-12,KEN,key-figures-ken,2022-12-15\n';
    const r = importHxl(text, 'joined.csv', { today: TODAY });
    expect(r.facts.sources.map((s) => [s.id, s.published])).toEqual([
      ['key-figures-ken', '2022-10-01'],
      ['key-figures-ken-2022-12-15', '2022-12-15'],
    ]);
    expect(r.facts.figures.map((f) => f.source)).toEqual(['key-figures-ken', 'key-figures-ken-2022-12-15', 'key-figures-ken-2022-12-15']);
    expect(r.report.notes).toContain(
      "a source is given with more than one publication date ('key-figures-ken' published 2022-10-01 on its first rows and 2022-12-15 on others, which are source 'key-figures-ken-2022-12-15'): each date is a source of its own, so that each figure keeps the date it was published on",
    );
  });
});

describe('round 29, the fifteenth HXL review: days known to the month only', () => {
  it("dates an event whose accuracy columns say 'Month' by that month, its period the whole month (was the 1st, as if a day)", () => {
    const text =
      'iso3,year,start_date,start_date_accuracy,end_date,end_date_accuracy,event_name,new_displacement\n' +
      '#country+code,#date+year,#date+start,#accuracy+date+start,#date+end,#accuracy+date+end,#event+name,#affected+idps+ind+new+disaster\n' +
      'AFG,2015,2015-04-01,Month,2015-04-01,Month,Baghlan province flood,2400\nAFG,2015,2015-06-20,Day,2015-06-22,Day,Flood - 20/06/2015,300\n';
    const r = importHxl(text, 'gidd.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.period])).toEqual([
      ['2015-04', { start: '2015-04-01', end: '2015-04-30' }],
      ['2015-06-22', { start: '2015-06-20', end: '2015-06-22' }],
    ]);
    expect(r.report.notes).toContain("1 row's days are known to the month or the year only, as the file's accuracy columns say (line 3: 2015-04-01 to 2015-04-01, known to the month): dated by that month or year, not by a day");
  });
});

describe("round 29, the fifteenth HXL review: a survey's span of years with the second year short", () => {
  it("reads '2015/16' in a year column as 2016 (was refused: 8 of Afghanistan's MPI deprivations lost), and '1999/00' as 2000", () => {
    const text =
      'country_code,indicator_id,indicator_name,value,year\n#country+code,#indicator+id,#indicator+name,#indicator+value+num,#date+year\n' +
      'AFG,assets,Assets (%),2.83,2015/16\nAFG,child_mortality,Child mortality (%),10.01,1999/00\nAFG,cooking_fuel,Cooking fuel (%),10.07,2021\n';
    const r = importHxl(text, 'hdro.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => f.asOf)).toEqual(['2016', '2000', '2021']);
  });
});

describe('round 29, the sixteenth HXL review: a period that ends before it starts', () => {
  it("dates such a row by its date alone and says so once (FTS's HUKR1615, 2016-01-01 to 2015-12-31)", () => {
    const fts =
      'countryCode,code,startDate,endDate,year,requirements\n#country+code,#activity+appeal+id+external,#date+start,#date+end,#date+year,#value+funding+required+usd\n' +
      'UKR,HUKR1615,2016-01-01,2015-12-31,2016,298000000\nUKR,HUKR17,2017-01-01,2017-12-31,2017,214000000\n';
    const r = importHxl(fts, 'fts.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.period ?? null])).toEqual([
      ['2016', null],
      ['2017', { start: '2017-01-01', end: '2017-12-31' }],
    ]);
    expect(r.report.notes).toContain("1 row's period ends before it starts (line 3: 2016-01-01 to 2015-12-31): its figures are dated by the row's date alone, with no period; check the dates with the publisher");
  });
});

describe('round 29, the seventeenth HXL review: --country and a country column left without a hashtag', () => {
  const text =
    'Country ISO3,Cluster,Affected,In Need\n,#sector,#affected,#inneed\nAFG,ALL,,23666389\nAFG,CCM,,100000\nSDN,ALL,28928873,24786370\nSDN,CCM,,3177463\n';
  it("imports only --country's rows, never another country's figures as its own (Sudan's 28,928,873 affected was Afghanistan's headline)", () => {
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024', country: 'AFG' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['people-in-need', 23666389],
      ['people-in-need', 100000],
    ]);
    expect(r.report.rejected.map((x) => x.line)).toEqual([5, 6]);
    expect(r.report.rejected[0]!.reason).toContain("names another country ('SDN') than --country AFG: the row is not that country's; tag the column #country+code");
  });
  it('says --country imports that one country only, where the column is left untagged and no --country is given', () => {
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures).toEqual([]);
    expect(r.report.rejected[0]!.reason).toMatch(/tag the column of the country the figures are in #country\+code .*--country imports that one country's rows only/);
  });
});

describe('round 29 review: a short span of years that is no span', () => {
  it("rejects '2015/15', '2016/14' and '2015/06' (a month, perhaps), reads only the next year's short form", () => {
    const text = 'Country,Year,MPI\n#country+code,#date+year,#affected\nAFG,2015/15,300\nAFG,2016/14,400\nAFG,2015/06,500\nAFG,2015/16,600\n';
    const r = importHxl(text, 'span.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.asOf])).toEqual([[600, '2016']]);
    expect(r.report.rejected.map((x) => x.line)).toEqual([3, 4, 5]);
  });
});

describe('round 29 review: --country, an admin column and a country column left without a hashtag', () => {
  it("rejects a row the untagged column says is of another country, rather than inventing a province of --country's", () => {
    const text = 'Country ISO3,Province,Date,Affected\n,#adm1+name,#date,#affected\nAFG,Kabul,2023-01-01,100\nSDN,Khartoum,2023-01-01,28928873\n';
    const r = importHxl(text, 'un_adm.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([100]);
    expect(r.facts.places.some((p) => /khartoum/.test(p.id))).toBe(false);
    expect(r.report.rejected.map((x) => x.line)).toEqual([4]);
    expect(r.report.rejected[0]!.reason).toContain('column 1 "Country ISO3", which has no hashtag, names another country (\'SDN\') than --country AFG: the row is not that country\'s');
  });
});

describe('round 30: a sum row at the foot of a table of admin areas', () => {
  it("reads a 'Grand total' row as its country's figure, not as a place called 'Grand total'", () => {
    const text = 'Country,Province,P-code,People in need,Date\n#country+code,#adm1+name,#adm1+code,#inneed,#date\nNGA,Borno,NG008,1200,2025-01-01\nNGA,Yobe,NG036,800,2025-01-01\nNGA,Grand total,,2000,2025-01-01\n';
    const r = importHxl(text, 'pin.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['NG008', 1200], ['NG036', 800], ['NGA', 2000]]);
    expect(r.facts.places.some((p) => /total/i.test(p.name) || /total/.test(p.id))).toBe(false);
    expect(headlineFigures(r.facts.figures).map((f) => f.value)).toContain(2000);
    expect(r.report.notes.join('\n')).toContain("rows named 'Grand total' in #adm1 are sums: each is read as the whole of the place named above it on its row");
    expect(valid(r)).toEqual([]);
  });
  it("reads a 'Total' admin 2 row as the whole of its admin 1 area, and 'TOTAL' in a code column alike", () => {
    const text = 'State,LGA,LGA code,IDPs,Date\n#adm1+name,#adm2+name,#adm2+code,#affected+idps,#date\nBorno,Bama,NG008002,500,2025-01-01\nBorno,Total,,900,2025-01-01\nYobe,,TOTAL,300,2025-01-01\n';
    const r = importHxl(text, 'idp.csv', { today: TODAY, country: 'NGA' });
    const borno = r.facts.figures.find((f) => f.value === 900)!;
    expect(r.facts.places.find((p) => p.id === borno.place)!.name).toBe('Borno');
    const yobe = r.facts.figures.find((f) => f.value === 300)!;
    expect(r.facts.places.find((p) => p.id === yobe.place)!.name).toBe('Yobe');
    expect(r.facts.places.some((p) => /total/i.test(p.name))).toBe(false);
  });
  it('rejects a sum row of a file that names no country, rather than making a place of it', () => {
    const text = 'Province,People in need,Date\n#adm1+name,#inneed,#date\nNorth,1200,2025-01-01\nTotal,1200,2025-01-01\n';
    const r = importHxl(text, 'pin.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([1200]);
    expect(r.report.rejected.map((x) => x.line)).toEqual([4]);
  });
});

describe('round 30, the nineteenth HXL review: tables exported from spreadsheets', () => {
  it('reads #admin1 as #adm1 and a place name +en as +i_en, and says so (OCHA Ukraine workbooks)', () => {
    const text = 'Oblast,Oblast [UK],P-code,Affected\n#admin1 +name +en,#admin1 +name +uk,#admin1 +code,#affected\nVinnytska,Вінницька,UA05,742596\nVolynska,Волинська,UA07,316455\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['UA05', 742596], ['UA07', 316455]]);
    expect(r.facts.places.find((p) => p.id === 'UA05')).toMatchObject({ name: 'Vinnytska', level: 1, iso3: 'UKR' });
    expect(r.report.notes.join('\n')).toContain('hashtags spelt otherwise than HXL 1.x read as it writes them: #admin1+name+en as #adm1+name+i_en');
  });
  it("reads a header's scale: 'Required (US$m)' 1139.9 is USD 1,139,900,000, and says so", () => {
    const text = 'Country,Date,Required (US$m),Population (000s)\n#country+code,#date,#value+funding+required+usd,#population\nUKR,2022-03-03,1139.9,41400\n';
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.unit, f.value])).toEqual([['USD', 1139900000], ['person', 41400000]]);
    expect(r.report.notes.join('\n')).toContain("the header says '(US$m)', so each value is read times 1,000,000");
  });
  it('reads values written out in full under such a header as written, and says so', () => {
    const text = 'Country,Date,Required (US$m)\n#country+code,#date,#value+funding+required+usd\nUKR,2022-03-03,"$1,139,900,000"\n';
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([1139900000]);
    expect(r.report.notes.join('\n')).toContain('are written out in full; read as written: check them');
  });
  it('reads a currency sign before an amount of its own currency, and rejects one before people or another currency', () => {
    const text = 'Country,Date,Funds,People,Euros\n#country+code,#date,#value+funding+total+usd,#affected,#value+funding+total+eur\nUKR,2022-03-03,"$60,300,000",$100,$5\n';
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.unit, f.value])).toEqual([['USD', 60300000]]);
    expect(r.report.rejected.map((x) => x.reason)).toEqual([
      "'$100' is written in dollars, but the column's hashtag says person; not imported",
      "'$5' is written in dollars, but the column's hashtag says EUR; not imported",
    ]);
  });
  it('reads no count of organisations as an organisation: the national figure stays a total', () => {
    const text = 'Country,Date,Number of Organisations,People reached\n#country+code,#date,#org+count+num,#reached\nUKR,2022-03-24,113,894261\nUKR,2022-04-01,150,1200000\n';
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown])).toEqual([[894261, undefined], [1200000, undefined]]);
  });
  it('keeps adults including the elderly as adults (+m +adults +elderly), apart from the elderly alone', () => {
    const text = 'Oblast,P-code,Men (incl. elderly),Older men (60+)\n#adm1+name,#adm1+code,#inneed +m + adults +elderly,#inneed+m+elderly\nVinnytska,UA05,164105,42625\n';
    const r = importHxl(text, 'sadd.csv', { today: TODAY, asOf: '2023' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.breakdown])).toEqual([
      [164105, { sex: 'm', 'age-group': 'adults' }],
      [42625, { sex: 'm', 'age-group': 'elderly' }],
    ]);
  });
  it("reads the column headed 'Total' as the total among columns of one hashtag", () => {
    const text = 'Oblast,P-code,Non-Displaced,Total\n#adm1+name,#adm1+code,#affected,#affected\nVinnytska,UA05,600000,742596\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([742596]);
    expect(r.report.unmapped.find((c) => c.label === 'Non-Displaced')?.reason).toContain("whose header 'Total' says it is the total");
  });
  it("drops a name's footnote marks, and keeps an unknown residence (code n/a) a place of its own, never the country's headline", () => {
    const text = 'Country,Date,Oblast,Oblast pcode,Returnees\n#country+code,#date,#adm1+name,#adm1+code,#affected+returnees\nUKR,2023-05-31,Donetska*,UA14,130000\nUKR,2023-05-31,Residence location unknown (in Ukraine)**,n/a,24000\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.places.find((p) => p.id === 'UA14')?.name).toBe('Donetska');
    const unknown = r.facts.figures.find((f) => f.value === 24000)!;
    expect(unknown.place).not.toBe('UKR');
    expect(r.facts.places.find((p) => p.id === unknown.place)).toMatchObject({ level: 1, parent: 'UKR' });
  });
});

describe('round 30 review: incident lists with admin 1 spelt out', () => {
  const text =
    'Date,Country,Country ISO,Admin 1,Location of event,Educators Killed\n#date +occurred,#country,#country_ISO,#admin1,#loc,#affected +teacher +killed\n' +
    '2023-09-10,Myanmar,MMR,Sagaing,Education Building,2\n2023-09-10,Myanmar,MMR,Sagaing,Education Building,1\n2023-09-10,Myanmar,MMR,Magway,Education Building,4\n';
  it('keeps a site type of one name under two provinces as two places', () => {
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    const sites = r.facts.places.filter((p) => p.name === 'Education Building');
    expect(sites.map((p) => r.facts.places.find((q) => q.id === p.parent)!.name).sort()).toEqual(['Magway', 'Sagaing']);
  });
  it('adds up the incidents of one place and day where the date is when they occurred (#date+occurred)', () => {
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => f.value).sort()).toEqual([3, 4]);
  });
});

describe('round 30, the nineteenth HXL review: group headers that are years or rounds', () => {
  it('dates each column under a year group header by that year, where the rows have no date', () => {
    const text = 'Country,Oblast,Oblast pcode,2022,2023\n,,,Returnees,Returnees\n#country+code,#adm1+name,#adm1+code,#affected+returnees+ind,#affected+returnees+ind\nUKR,Cherkaska,UA71,70000,62000\n';
    const r = importHxl(text, 'ret.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.breakdown])).toEqual([
      ['2022', 70000, undefined],
      ['2023', 62000, undefined],
    ]);
  });
  it('reads rounds of a survey as a round, never as a sector', () => {
    const text = 'Country,Oblast,Oblast pcode,Round 13,Round 14\n,,,Returnees,Returnees\n#country+code,#adm1+name,#adm1+code,#affected+returnees+ind,#affected+returnees+ind\nUKR,Cherkaska,UA71,70000,62000\n';
    const r = importHxl(text, 'ret.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([{ round: '13' }, { round: '14' }]);
    expect(valid(r)).toEqual([]);
  });
});

describe('round 30, the twentieth HXL review: a COVID dashboard of many indicators', () => {
  it('reads no prose or dates as a breakdown, and no column about vaccine donors as the source', () => {
    const text =
      'c,p,t,td,d\n#country+code,#population,#severity+travel,#severity+date+travel,#meta+source+doses+country+name\n' +
      'AFG,38928341,Latest News: <br> <br> International Restrictions: flights resumed,12.04.2022,India\nSOM,15893219,Latest News: <br> borders open,11.04.2022,"UAE (20,000), Russia (10,000)"\n';
    const r = importHxl(text, 'nat.csv', { today: TODAY, asOf: '2022-05-18' });
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown, f.source])).toEqual([
      ['AFG', 38928341, undefined, 'nat'],
      ['SOM', 15893219, undefined, 'nat'],
    ]);
    expect(r.report.unmapped.find((c) => c.label === 't')?.reason).toContain('prose or dates (2 of 2 cells');
  });
  it('reads no rate per 100,000 nor a change between weeks as people', () => {
    const text = 'c,a,b,e\n#country+code,#affected+infected+new+per100000+weekly,#affected+infected+new+change+weekly,#affected+infected\nAFG,1.1534,-3,178000\n';
    const r = importHxl(text, 'nat.csv', { today: TODAY, asOf: '2022-05-18' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([178000]);
    expect(r.report.rejected).toEqual([]);
    expect(r.report.unmapped.map((c) => c.reason)).toEqual([
      'a rate per so many people (+per100000, +per1000, +percap), not a count',
      'a change between two dates (+change), which may be negative: not a count nor a level',
    ]);
  });
  it('dates only the IPC columns by an IPC projection period, the others by --as-of', () => {
    const text = 'c,cases,deaths,p3,s,e\n#country+code,#affected+infected,#affected+killed,#affected+food+ipc+p3plus+num,#date+ipc+start,#date+ipc+end\nAFG,178000,7600,18900000,2022-06-01,2022-11-30\n';
    const r = importHxl(text, 'nat.csv', { today: TODAY, asOf: '2022-05-18' });
    expect(r.facts.figures.map((f) => [f.value, f.asOf])).toEqual([
      [178000, '2022-05-18'],
      [7600, '2022-05-18'],
      [18900000, '2022-11-30'],
    ]);
  });
  it('reads the populations of an admin 1 sheet with a few IPC columns among many others, and a vaccination coverage above 1 as fractions', () => {
    const text =
      'c,a1,pop,ipc,mcv1,hepb1,idps\n#country+code,#adm1+code,#population,#affected+food+ipc+p3plus+num,#population+mcv1+pct+vaccinated,#population+hepb1+pct+vaccinated,#affected+idps\n' +
      'AFG,AF17,1357036,500000,0.8662,1.0245,1200\nAFG,AF01,5000000,900000,0.71,0.93,3400\n';
    const r = importHxl(text, 'sub.csv', { today: TODAY, asOf: '2022-05-18' });
    expect(r.facts.figures.filter((f) => f.indicator === 'population').map((f) => f.value)).toEqual([1357036, 5000000]);
    expect(r.facts.figures.filter((f) => f.unit === 'percent' && f.place === 'AF17').map((f) => f.value)).toEqual([86.62, 102.45]);
    expect(r.report.notes.join('\n')).toContain('read as fractions and scaled to percent (0.8662 -> 86.62; over 100 %');
  });
  it('keeps a percent column of small values under 1.5 as written where it is no coverage', () => {
    const text = 'c,cfr\n#country+code,#affected+killed+pct\nAFG,0.8\nSOM,1.4\n';
    const r = importHxl(text, 'cfr.csv', { today: TODAY, asOf: '2022-05-18' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([0.8, 1.4]);
  });
});

describe("round 30 review: where the round's new HXL rules must not fire", () => {
  it('keeps an IPC table of one analysis period dated by it (its country population is no other figure)', () => {
    const text = 'Country,Total country population,Level 1,Area,Current from,Current to,Phase 3+ number current\n#country+code,#population,#loc+level1,#loc+area,#date+start+current,#date+end+current,#affected+num+ipc+current+p3plus\nSOM,18000000,Bay,Baidoa,2024-03-01,2024-06-30,360000\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.asOf])).toEqual([[360000, '2024-06-30']]);
  });
  it('reads a coverage column headed with % as written', () => {
    const text = 'Country,% of population fully vaccinated\n#country+code,#population+vaccinated+pct\nAFG,0.3\nSOM,1.4\nSDN,0.9\n';
    const r = importHxl(text, 'cov.csv', { today: TODAY, asOf: '2021-06-30' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([0.3, 1.4, 0.9]);
  });
  it("rejects a '$' cell on a row whose #currency is another", () => {
    const text = 'date,admin1,market,commodity,unit,currency,price\n#date,#adm1+name,#loc+market+name,#item+name,#item+unit,#currency,#value\n2024-01-15,Ostra,Central,Rice,KG,SYP,"$1.20"\n2024-01-15,Pell,North,Rice,KG,USD,"$1.10"\n';
    const r = importHxl(text, 'wfp.csv', { today: TODAY, country: 'SYR' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1.1, 'USD']]);
    expect(r.report.rejected[0]!.reason).toContain("'$1.20' is written in dollars, but the row's currency is 'SYP'");
  });
  it('imports a table of year group headers without --as-of, and says --as-of was not used', () => {
    const text = 'Country,P-code,2022,2023\n,,Returnees,Returnees\n#country+code,#adm1+code,#affected+returnees,#affected+returnees\nUKR,UA71,1200,1500\n';
    expect(importHxl(text, 'yr.csv', { today: TODAY }).facts.figures.map((f) => f.asOf)).toEqual(['2022', '2023']);
    expect(importHxl(text, 'yr.csv', { today: TODAY, asOf: '2024' }).report.notes.join('\n')).toContain('--as-of 2024 was not used: the group headers or the hashtags (+y2018) date each figure column by its year');
  });
  it('scales a tiny value under a header scale without losing it', () => {
    const text = 'Country,Date,Required (US$m)\n#country+code,#date,#value+funding+required+usd\nAFG,2024-01-01,0.0000001\nSOM,2024-01-01,0.0000002\n';
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => f.value)).toEqual([0.1, 0.2]);
  });
  it("reads a bare '$' on a row of a peso or another dollar, and keeps a blank currency cell out of the check", () => {
    const text = 'date,admin1,market,commodity,unit,currency,price\n#date,#adm1+name,#loc+market+name,#item+name,#item+unit,#currency,#value\n2024-01-15,Ostra,Central,Rice,KG,COP,"$2,500"\n2024-01-15,Pell,North,Rice,KG,AUD,"$3.10"\n';
    const r = importHxl(text, 'wfp.csv', { today: TODAY, country: 'COL' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[2500, 'COP'], [3.1, 'AUD']]);
  });
  it('keeps a date pair of some columns apart from a plain #population outside an IPC table', () => {
    const text = 'd,pop,pin,s,e\n#date,#population,#inneed+current,#date+start+current,#date+end+current\n2024-05-01,1000,300,2024-03-01,2024-06-30\n';
    const r = importHxl(text, 't.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.figures.map((f) => [f.value, f.asOf, f.period?.start ?? null])).toEqual([
      [1000, '2024-05-01', null],
      [300, '2024-06-30', '2024-03-01'],
    ]);
  });
});

describe('round 31: units a hashtag names that humfig does not know, funding flows of no named donor', () => {
  it('reads no column of an unknown +unit_ as people, and says why', () => {
    const text = '#country+code,#date,#indicator+num+overall_risk+unit_index,#affected\nAFG,2024-12-31,7.8,1000\n';
    const r = importHxl(text, 'risk.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1000, 'person']]);
    expect(r.report.unmapped.find((u) => u.index === 2)!.reason).toContain("the hashtag's unit 'index' (+unit_index) is not a unit humfig knows");
    expect(() => importHxl('#country+code,#date,#indicator+num+overall_risk+unit_index\nAFG,2024-12-31,7.8\n', 'risk.csv', { today: TODAY })).toThrow(/unit 'index'/);
  });
  it('keeps a flow whose donor cell is empty a part, not the country\'s total funding', () => {
    const text = 'date,amountUSD,srcOrganization,destLocations\n#date,#value+funding+total+usd,#org+name+funder,#country+iso3\n2021-03-02,1694015,"Spain, Government of",PSE\n2021-03-01,736196,,PSE\n2021-03-01,349365,"Norway, Government of",PSE\n';
    const r = importHxl(text, 'flows.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.funder ?? null])).toEqual([
      [1694015, 'Spain, Government of'],
      [736196, 'not named'],
      [349365, 'Norway, Government of'],
    ]);
  });
});

describe('round 31: French and Spanish spreadsheets', () => {
  it('reads day-month-year dates written with hyphens, and a month by its name between hyphens', () => {
    const text = 'Date,Dept,Cases\n#date,#adm1+name,#affected+infected\n12-05-2020,Ouest,166\n13-05-2020,Ouest,182\n';
    expect(importHxl(text, 'hti.csv', { today: TODAY, country: 'HTI' }).facts.figures.map((f) => f.asOf)).toEqual(['2020-05-12', '2020-05-13']);
    const named = 'Date,Cercle,Cases\n#date,#adm2+name,#affected+infected\n25-mars-2020,Bamako,2\n26-Mar-2020,Kayes,3\n';
    expect(importHxl(named, 'mli.csv', { today: TODAY, country: 'MLI' }).facts.figures.map((f) => f.asOf)).toEqual(['2020-03-25', '2020-03-26']);
  });
  it('reads decimal commas in a file separated by semicolons, and says so', () => {
    const text = 'Pays;Valeur\n#country+code;#inneed\nTCD;28432,5\nNER;1200\n';
    const r = importHxl(text, 'tcd.csv', { today: TODAY, asOf: '2023' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([28432.5, 1200]);
    expect(r.report.notes.join('\n')).toContain("1 cell with a decimal comma (such as '28432,5') read with a decimal point");
  });
  it('reads every comma of a semicolon file as its decimal mark, thousands grouped by spaces or points dropped', () => {
    const text = 'Pays;Valeur\n#adm1+code;#inneed\nTD01;28432,541\nTD02;12,345\nTD03;28 432,54\nTD04;1.234,5\n';
    expect(importHxl(text, 'tcd.csv', { today: TODAY, asOf: '2023' }).facts.figures.map((f) => f.value)).toEqual([28432.541, 12.345, 28432.54, 1234.5]);
  });
});

describe('round 31: a province named without its code on one row', () => {
  it('puts the district under the province of that name whose p-code its own begins with, not a second province', () => {
    const text = 'Province,Code,District,DCode,PIN\n#adm1+name,#adm1+code,#adm2+name,#adm2+code,#inneed\nBarh-El-Gazel,,Barh-El-Gazel Nord,TD1902,100\nBarh-El-Gazel,TD19,Barh-El-Gazel Sud,TD1901,200\n';
    const r = importHxl(text, 'tcd.csv', { today: TODAY, asOf: '2023' });
    const places = new Map(r.facts.places!.map((p) => [p.id, p]));
    expect(places.get('TD1902')!.parent).toBe('TD19');
    expect(places.get('TD1901')!.parent).toBe('TD19');
    expect(r.facts.places!.filter((p) => p.name === 'Barh-El-Gazel').map((p) => p.id)).toEqual(['TD19']);
  });
});

describe("round 31: an operation's overview beside another series on one date", () => {
  it("keeps the series of the place's latest date as its total on a date another series shares", () => {
    const text =
      'id,operation,country,idps,date\n#id+code,#operation+name,#country+code,#affected+idps,#date+reported\n' +
      '1,Clashes (Overview),SDN,7000,2023-08-31\n2,Clashes (Monthly),SDN,5800,2023-12-31\n3,Clashes (Overview),SDN,9000,2023-12-31\n4,Clashes (Overview),SDN,9900,2024-05-31\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.breakdown?.operation ?? null])).toEqual([
      ['2023-08-31', 7000, null],
      ['2023-12-31', 5800, 'Clashes (Monthly)'],
      ['2023-12-31', 9000, null],
      ['2024-05-31', 9900, null],
    ]);
  });
});

describe('round 31 review of the import: people units, humfig\'s own export, two crises', () => {
  it('says so of a +unit_ that names no unit', () => {
    expect(() => importHxl('#country+code,#date,#affected+unit_\nAFG,2024-01-01,5\n', 'e.csv', { today: TODAY })).toThrow(/the hashtag's \+unit_ names no unit/);
  });
  it('reads a +unit_ that names people or households as such', () => {
    const text = '#country+code,#date,#affected+unit_ind,#affected+idps+unit_hh\nAFG,2024-01-01,500,80\n';
    expect(importHxl(text, 'u.csv', { today: TODAY }).facts.figures.map((f) => [f.value, f.unit])).toEqual([[500, 'person'], [80, 'household']]);
  });
  it("keeps an empty funder cell of humfig's own export no breakdown, not a donor 'not named'", () => {
    const text = 'id,indicator,value,unit,place,asOf,funder\n#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#adm1+code,#date,#meta+breakdown+funder\nf1,funding-required,420381684,USD,PSE,2020-12-31,\n';
    const r = importHxl(text, 'rt.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown?.funder ?? null)).not.toContain('not named');
  });
  it('keeps the overviews of two crises on one date two parts', () => {
    const text =
      'operation,country,idps,date\n#operation+name,#country+code,#affected+idps,#date+reported\n' +
      'Hurricane (Overview),HTI,175509,2016-12-31\nEarthquake (Overview),HTI,46691,2016-12-31\nEarthquake (Overview),HTI,37867,2017-03-31\n';
    expect(importHxl(text, 'dtm.csv', { today: TODAY }).facts.figures.map((f) => [f.value, f.breakdown?.operation ?? null])).toEqual([
      [175509, 'Hurricane (Overview)'],
      [46691, 'Earthquake (Overview)'],
      [37867, null],
    ]);
  });
});

describe('round 32: admin codes that are not p-codes', () => {
  it("says that IOM DTM's 'IRQ-G01' is no p-code, keeping its place by name", () => {
    const text = 'country,gov,code,idps,date\n#country+code,#adm1+name,#adm1+code,#affected+idps,#date+reported\nIRQ,Al-Anbar,IRQ-G01,283434,2014-04-01\nIRQ,Ninewa,IRQ-G10,1000,2014-04-01\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.places!.filter((p) => p.level === 1).map((p) => [p.name, p.pcode ?? null, p.parent])).toEqual([['Al-Anbar', null, 'IRQ'], ['Ninewa', null, 'IRQ']]);
    expect(r.report.notes.join('\n')).toContain("2 admin codes are not p-codes ('IRQ-G01', 'IRQ-G10'; a p-code is an ISO2 or ISO3 country code followed by a digit");
  });
  it('says nothing of a placeholder code or of real p-codes', () => {
    const text = '#adm1+name,#adm1+code,#affected+idps,#date+reported\nKabul,AF01,5,2024-01-01\nUnknown,AF01-XXX,3,2024-01-01\n';
    expect(importHxl(text, 'afg.csv', { today: TODAY }).report.notes.join('\n')).not.toContain('not p-code');
  });
});

describe('round 32: weeks and months of a year', () => {
  const weekly = 'country,year,week,cumulative,new\n#country+code,#date+year,#date+epiweek,#affected+infected+cumulative,#affected+infected+new\nAFG,2022,20,179674,400\nAFG,2022,21,180123,449\nAFG,2021,53,1,1\n';
  it('reads a #date+epiweek beside #date+year as that ISO week: its days, held on its Sunday', () => {
    const r = importHxl(weekly.replace('AFG,2021,53,1,1\n', ''), 'who.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.asOf, f.period?.start, f.period?.end])).toEqual([
      [179674, '2022-05-22', '2022-05-16', '2022-05-22'],
      [400, '2022-05-22', '2022-05-16', '2022-05-22'],
      [180123, '2022-05-29', '2022-05-23', '2022-05-29'],
      [449, '2022-05-29', '2022-05-23', '2022-05-29'],
    ]);
  });
  it('rejects a week the year does not have, naming the column', () => {
    const r = importHxl(weekly, 'who.csv', { today: TODAY });
    expect(r.report.rejected.map((x) => x.reason).join('\n')).toContain("'53' is not a week of 2021 (ISO 8601 weeks, 1 to 52, or 53 in a year that has one)");
  });
  it('reads a #date+month beside #date+year as that month, so that twelve months are never one figure', () => {
    const text = 'Country,Year,Month,Cumulative cases\n#country+code,#date+year,#date+month,#affected+infected\nAFG,2022,January,162140\nAFG,2022,May,180263\nAFG,2022,3,170000\n';
    expect(importHxl(text, 'm.csv', { today: TODAY }).facts.figures.map((f) => [f.asOf, f.value])).toEqual([['2022-01', 162140], ['2022-05', 180263], ['2022-03', 170000]]);
  });
  it("reads '2022-W21' in a #date column, and 'W21' in one beside #date+year, as that week", () => {
    const iso = '#country+code,#date,#affected+infected+new\nAFG,2022-W21,449\n';
    expect(importHxl(iso, 'w.csv', { today: TODAY }).facts.figures.map((f) => [f.asOf, f.period])).toEqual([['2022-05-29', { start: '2022-05-23', end: '2022-05-29' }]]);
    const w = '#country+code,#date+year,#date,#affected+infected+new\nAFG,2022,W21,449\n';
    expect(importHxl(w, 'w.csv', { today: TODAY }).facts.figures.map((f) => [f.asOf, f.period])).toEqual([['2022-05-29', { start: '2022-05-23', end: '2022-05-29' }]]);
  });
  it('never adds up running totals (+cumulative) that rows of one year repeat', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `AFG,2022,${i + 1},${1000 + i},5`).join('\n');
    const text = `country,year,Epi week,cumulative,new\n#country+code,#date+year,,#affected+infected+cumulative,#affected+infected+new\n${rows}\n`;
    const r = importHxl(text, 'who.csv', { today: TODAY });
    const byId = new Map(r.facts.figures.map((f) => [f.indicator, f.value]));
    expect(byId.get('people-affected-infected-cumulative')).toBe(1000);
    expect(byId.get('people-affected-infected-new')).toBe(150);
  });
});

describe('round 32: percentages below zero', () => {
  it('does not import a +pct column with negative values, a change from one week to the next, naming its first negative cell', () => {
    const text = '#country+code,#date,#affected+infected+new,#affected+infected+new+pct+weekly\nAFG,2022-05-22,430,0.0418\nAFG,2022-05-29,449,-0.4286\n';
    const r = importHxl(text, 'who.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.unit)).toEqual(['person', 'person']);
    expect(r.report.rejected).toEqual([]);
    expect(r.report.unmapped.map((c) => c.reason).join("\n")).toContain("percentages below zero ('-0.4286' on line 3): a change from one period to the next");
  });
});

describe('round 32: one admin name under two areas, without p-codes', () => {
  it("keeps a county of one name in two states two places, each under its own state (ACLED's Twic)", () => {
    const text =
      'country,admin1,admin2,event,date,deaths\n#country+name,#adm1+name,#adm2+name,#event+type,#date+occurred,#affected+killed\n' +
      'South Sudan,Jonglei,Twic,Battles,2017-03-01,5\nSouth Sudan,Warrap,Twic,Battles,2017-03-01,7\nSouth Sudan,Warrap,Twic,Battles,2017-04-01,2\n';
    const r = importHxl(text, 'acled.csv', { today: TODAY });
    const places = new Map(r.facts.places!.map((p) => [p.id, p]));
    const twics = r.facts.places!.filter((p) => p.name === 'Twic');
    expect(twics.map((p) => places.get(p.parent!)!.name)).toEqual(['Jonglei', 'Warrap']);
    const under = (state: string) => r.facts.figures.filter((f) => places.get(places.get(f.place)!.parent!)!.name === state).map((f) => f.value);
    expect(under('Warrap')).toEqual([7, 2]);
    expect(under('Jonglei')).toEqual([5]);
    expect(r.report.rejected).toEqual([]);
  });
  it('keeps a district named on a row whose province is empty with the district of that name', () => {
    const text = '#adm1+name,#adm2+name,#affected+idps,#date\nBalkh,Dawlatabad,10,2024-01-01\n,Dawlatabad,3,2024-02-01\n';
    const r = importHxl(text, 'afg.csv', { today: TODAY, country: 'AFG' });
    expect(r.facts.places!.filter((p) => p.name === 'Dawlatabad')).toHaveLength(1);
  });
});

describe('round 32: amounts per person', () => {
  it('reads no +percap column, nor one whose header says per capita, as a total', () => {
    const text = 'c,Total (USD),Total per capita (USD),Grant per capita\n#country+code,#value+ifi+total+usd,#value+ifi+percap+usd,#value+grant+usd\nAFG,500000,12.5,3\n';
    const r = importHxl(text, 'ifi.csv', { today: TODAY, asOf: '2020-12-15' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[500000, 'USD']]);
    expect(r.report.unmapped.map((c) => c.reason)).toEqual([
      'a rate per so many people (+per100000, +per1000, +percap), not a count',
      "an amount per person or per household (the header says 'per capita'), not a total",
    ]);
  });
});

describe('round 32: p-codes with a dash, and the UN names of countries', () => {
  it("reads 'NG-001' as the p-code NG001, in Nigeria", () => {
    const text = '#adm1+code,#adm1+name,#population,#date+year\nNG-001,Abia,4000000,2020\n';
    const r = importHxl(text, 'nga.csv', { today: TODAY });
    expect(r.facts.places!.filter((p) => p.level === 1).map((p) => [p.id, p.pcode, p.parent])).toEqual([['NG001', 'NG001', 'NGA']]);
  });
  it('reads the UN names Republic of Moldova and United Kingdom of Great Britain and Northern Ireland as those countries', () => {
    const text = '#country+name,#affected+refugees,#date\nRepublic of Moldova,100,2022-03-01\nUnited Kingdom of Great Britain and Northern Ireland,50,2022-03-01\n';
    expect(importHxl(text, 'un.csv', { today: TODAY }).facts.figures.map((f) => f.place)).toEqual(['MDA', 'GBR']);
  });
});

describe('round 32: a count under a place hashtag', () => {
  it('says a #loc+count column is a count, not a second location column', () => {
    const text = '#country+code,#adm1+code,#loc+count+health,#affected\nSYR,SY01,213,5\n';
    const r = importHxl(text, 'hf.csv', { today: TODAY, asOf: '2020' });
    expect(r.report.unmapped.map((c) => c.reason)).toEqual(['a count under a place hashtag (+count, +num): of places or facilities, not a figure humfig reads; retag it #indicator+num+<name>+unit_<unit> (such as +unit_facility) to import it']);
  });
});

describe('round 32: animals, houses and evacuation centres under hashtags of people', () => {
  it('reads #affected+livestock+killed as head of livestock and #affected+houses+damaged as houses, never people', () => {
    const text = 'Province,Date,Deaths,Livestock perished,Houses damaged,Shelters damaged\n#adm1+name,#date,#affected+killed,#affected+livestock+killed,#affected+houses+damaged,#affected+shelters+damaged\n,2022-11-14,1739,1164270,1391467,200\n';
    const r = importHxl(text, 'pak.csv', { today: TODAY, country: 'PAK' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1739, 'person'], [1164270, 'livestock'], [1391467, 'house'], [200, 'shelter']]);
    expect(r.facts.figures.filter((f) => f.unit === 'person').map((f) => f.indicator)).toEqual(['deaths']);
  });
  it('leaves out a column whose header counts animals over a hashtag of people', () => {
    const text = 'Country,Date,Livestock lost\n#country+code,#date,#affected+dead\nPAK,2022-11-14,1164270\n';
    expect(() => importHxl(text, 'pak.csv', { today: TODAY })).toThrow(/the header counts animals \('Livestock'\), the hashtag people: not read as people/);
  });
  it("reads no evacuation centres (DROMIC's #indicator+num+ec) as people", () => {
    const text = '#adm1+code,#date,#indicator+num+ec+current,#affected+displaced\nPH05,2020-11-05,3,1200\n';
    const r = importHxl(text, 'phl.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1200, 'person']]);
  });
});

describe('round 32 review of the import', () => {
  it("keeps an IPC area one place when a later analysis groups it under another level-1 name", () => {
    const text =
      '#country+code,#adm1+name,#adm2+name,#severity+v_ipc,#affected+num,#date+start,#date+end\n' +
      'CAF,Equateur,Mambéré-Kadéï,all,424160,2017-02-01,2017-05-31\nCAF,Prefectures,Mambéré-Kadéï,all,430000,2018-02-01,2018-05-31\n';
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.places!.filter((p) => p.name === 'Mambéré-Kadéï')).toHaveLength(1);
  });
  it('says which areas of one name it made two places, since which is which follows the order of the rows', () => {
    const text = '#country+name,#adm1+name,#adm2+name,#affected+killed,#date\nSouth Sudan,Jonglei,Twic,5,2017-03-01\nSouth Sudan,Warrap,Twic,7,2017-03-01\n';
    expect(importHxl(text, 'acled.csv', { today: TODAY }).report.notes.join('\n')).toContain("'Twic' under 'ssd-jonglei' and 'ssd-warrap' ('ssd-twic', 'ssd-warrap-twic')");
  });
  it("reads a month or week column's cells that name the month or week themselves, and pandas' '1.0'", () => {
    const months = '#country+code,#date+year,#date+month,#affected+idps\nSOM,2023,2023-01,100\nSOM,2023,Feb-2023,120\nSOM,2023,3.0,130\n';
    expect(importHxl(months, 'm.csv', { today: TODAY }).facts.figures.map((f) => f.asOf)).toEqual(['2023-01', '2023-02', '2023-03']);
    const weeks = '#country+code,#date+year,#date+epiweek,#affected+infected+new\nNGA,2021,2021-W05,10\n';
    expect(importHxl(weeks, 'w.csv', { today: TODAY }).facts.figures.map((f) => [f.asOf, f.period?.start])).toEqual([['2021-02-07', '2021-02-01']]);
  });
  it('keeps a share column whose only negative cells are -0.0 or a no-data marker (-99)', () => {
    const text = '#country+code,#date,#reached+pct\nAFG,2023-01-01,45\nSOM,2023-01-01,-0.0\nSDN,2023-01-01,-99\n';
    const r = importHxl(text, 'p.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['AFG', 45]]);
    expect(r.report.rejected).toHaveLength(2);
  });
  it("reads no ISO 3166-2 subdivision code ('KE-30') as a p-code", () => {
    const text = '#adm1+code,#adm1+name,#affected+idps,#date\nKE-30,Nairobi,100,2019-01-01\n';
    const r = importHxl(text, 'ken.csv', { today: TODAY });
    expect(r.facts.places!.filter((p) => p.level === 1).map((p) => [p.name, p.pcode ?? null, p.iso3])).toEqual([['Nairobi', null, 'KEN']]);
  });
});

describe('round 32: reviews of camp, shelter and Middle East tables', () => {
  it('keeps Cyrillic and Arabic names without p-codes apart, each its own place', () => {
    const uk = '#adm1+name,#population,#date\nЧеркаська,1160744,2022-05-01\nЧернігівська,959315,2022-05-01\n';
    expect(importHxl(uk, 'ukr.csv', { today: TODAY, country: 'UKR' }).facts.places!.filter((p) => p.level === 1).map((p) => [p.id, p.name])).toEqual([
      ['ukr-cherkaska', 'Черкаська'],
      ['ukr-chernihivska', 'Чернігівська'],
    ]);
    const ar = '#adm1+name,#population,#date\nعدن,1000,2022-05-01\nأبين,658824,2022-05-01\n';
    const r = importHxl(ar, 'yem.csv', { today: TODAY, country: 'YEM' });
    expect(r.facts.figures).toHaveLength(2);
    expect(new Set(r.facts.figures.map((f) => f.place)).size).toBe(2);
  });
  it("reads a national row that names its country in the province column as the country", () => {
    const text = '#date+year,#adm1+name,#adm1+code,#affected+killed\n2022,Kandahar,AF33,38\n2022,Afghanistan,,80\n';
    const r = importHxl(text, 'afg.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['AF33', 38], ['AFG', 80]]);
  });
  it("reads a pivot table's 'Marib Total' row as the whole of Marib, and says so", () => {
    const text = '#adm1+name,#adm2+name,#affected+idps+ind\nMarib,Marib City,134210\nMarib,Sirwah,26650\nMarib Total,,160860\n';
    const r = importHxl(text, 'yem.csv', { today: TODAY, country: 'YEM', asOf: '2023-03' });
    const places = new Map(r.facts.places!.map((p) => [p.id, p]));
    expect(r.facts.figures.map((f) => [places.get(f.place)!.name, places.get(f.place)!.level, f.value])).toEqual([
      ['Marib City', 2, 134210],
      ['Sirwah', 2, 26650],
      ['Marib', 1, 160860],
    ]);
    expect(r.report.notes.join('\n')).toContain("rows named 'Marib Total' in #adm1 are subtotals");
  });
  it('scales a coverage of fractions with a few values above 1.5, and an occupancy rate over 100 %', () => {
    const cells = ['0.94', '0.92', '0.88', '0.90', '0.91', '0.87', '0.93', '0.95', '0.89', '0.86', '0.9', '1.7966'];
    const text = `#adm1+code,#date,#population+hepb1+pct+vaccinated\n${cells.map((c, i) => `DZ${String(i + 10).padStart(3, '0')},2022-01-01,${c}`).join('\n')}\n`;
    const r = importHxl(text, 'vac.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value).slice(0, 2)).toEqual([94, 92]);
    expect(r.report.notes.join('\n')).toContain("but for 1 of 12 (such as '1.7966' on line 13)");
    const occ = '#adm2+code,#date,#indicator+occupancy+pct\nYE2613,2023-03-15,0.94\nYE2614,2023-03-15,1.18\n';
    expect(importHxl(occ, 'cccm.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([94, 118]);
  });
  it("reads an #indicator's items as those items (tents, water points, emergency shelter kits), and ships and cargo not at all", () => {
    const text = '#adm2+code,#date,#indicator+num+tents,#indicator+num+water_points,#indicator+num+esk,#indicator+voyages+num,#indicator+commodities+num,#indicator+idps+camp+num\nSO2201,2023-04-01,400,41,1200,633,16945657,700\n';
    expect(importHxl(text, 'snfi.csv', { today: TODAY }).facts.figures.map((f) => [f.value, f.unit])).toEqual([
      [400, 'tent'],
      [41, 'water-point'],
      [1200, 'shelter-kit'],
      [700, 'person'],
    ]);
  });
  it("reads #affected+inneed+idps as people in need among IDPs, not IDPs", () => {
    const text = '#adm1+code,#date,#affected+inneed+idps,#affected+inneed+total\nUA71,2022-05-01,235643,359351\n';
    expect(importHxl(text, 'ukr.csv', { today: TODAY }).facts.figures.map((f) => f.indicator)).toEqual(['people-in-need-idps', 'people-in-need']);
  });
});

describe('round 32: reviews of spreadsheet exports, HXL Proxy outputs and East African tables', () => {
  it("reads thousands grouped with apostrophes ('96'557')", () => {
    const text = "#adm1+code,#population,#date+year\nCD10,96'557,2020\nCD20,1’250’000,2020\n";
    expect(importHxl(text, 'cod.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([96557, 1250000]);
  });
  it("reads no mean per district (HXL Proxy's #affected+total+average) as people", () => {
    const text = '#adm1+code,#date,#affected+total,#affected+total+average\nSO11,2022-09-01,134461,33615.25\n';
    const r = importHxl(text, 'p.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([134461]);
  });
  it("reads a subtotal row in the district column as its region's figure, whether the region column names it or is empty", () => {
    const named = '#adm1+code,#adm1+name,#adm2+code,#adm2+name,#population\nSO11,Awdal,SO1101,Borama,400000\nSO11,Awdal,SO1102,Baki,273264\nSO11,Awdal,,Awdal Total,673264\n';
    const r = importHxl(named, 'som.csv', { today: TODAY, asOf: '2014' });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([['SO1101', 400000], ['SO1102', 273264], ['SO11', 673264]]);
    const empty = '#adm1+name,#adm2+name,#population\nAwdal,Borama,400000\n,Awdal Total,673264\n';
    const e = importHxl(empty, 'som.csv', { today: TODAY, asOf: '2014', country: 'SOM' });
    const places = new Map(e.facts.places!.map((p) => [p.id, p]));
    expect(e.facts.figures.map((f) => [places.get(f.place)!.name, places.get(f.place)!.level])).toEqual([['Borama', 2], ['Awdal', 1]]);
  });
  it('adds no row that copies an earlier one cell for cell to a sum of records, and says so', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Bay,SO22,Baidoa,SO11${String(i).padStart(2, '0')},2022-09-01,${100 + i}`);
    const text = `#adm1+name,#adm1+code,#adm2+name,#adm2+code,#date,#affected+total\n${[...rows, ...rows].join('\n')}\n`;
    const r = importHxl(text, 'som.csv', { today: TODAY, repeats: 'sum' });
    expect(r.facts.figures.map((f) => f.value)).toEqual(rows.map((_, i) => 100 + i));
    expect(r.report.notes.join('\n')).toContain('12 rows copy an earlier row cell for cell (the first on line 14): the same record given twice, not added again');
  });
  it('never adds up two editions of one source joined (two publication dates), however many rows repeat', () => {
    const rows = (published: string) => Array.from({ length: 12 }, (_, i) => `SO11${String(i).padStart(2, '0')},2022-09-01,${100 + i},kf,${published}`);
    const text = `#adm2+code,#date,#affected+total,#meta+source+code,#date+published\n${[...rows('2022-09-25'), ...rows('2022-10-15')].join('\n')}\n`;
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.place === 'SO1100').map((f) => [f.value, f.source])).toEqual([[100, 'kf'], [100, 'kf-2022-10-15']]);
  });
  it("never takes IOM DTM's Emergency Tracking Tool count for the place's total: the baseline stays it", () => {
    const text = '#adm3+code,#date+reported,#assessment+type,#affected+idps\nET020102,2022-05-31,Baseline Assessment,1206\nET020102,2022-06-15,Emergency Tracking Tool,120\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.['assessment-type'] ?? null])).toEqual([[1206, null], [120, 'Emergency Tracking Tool']]);
  });
});

describe('round 32: a month column that names no month', () => {
  it('rejects the row, naming the cell, the column and what a month is', () => {
    const text = 'Country,Year,Month,Cases\n#country+code,#date+year,#date+month,#affected+infected\nAFG,2022,Smarch,5\n';
    const r = importHxl(text, 'm.csv', { today: TODAY });
    expect(r.report.rejected.map((x) => x.reason).join('\n')).toContain("'Smarch' is not a month (1 to 12, or its name)");
  });
});

describe("round 33: place cells a spreadsheet's merged cells leave blank", () => {
  const placeNames = (r: ImportResult) => {
    const places = new Map(r.facts.places!.map((p) => [p.id, p]));
    return r.facts.figures.map((f) => [places.get(f.place)?.name ?? f.place, places.get(f.place)?.parent ?? null, f.breakdown?.sector ?? null, f.value]);
  };
  it("reads a district's blank sector rows as that district's, and a district under a blank region as in the region above", () => {
    const text = 'Region,District,Cluster,PiN\n#adm1+name,#adm2+name,#sector,#inneed\nAwdal,Baki,FSC,1000\n,,WASH,500\n,Borama,FSC,2000\n,,WASH,700\nBari,Bossaso,FSC,3000\n,,WASH,900\n';
    const r = importHxl(text, 'merged.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(placeNames(r)).toEqual([
      ['Baki', 'som-awdal', 'FSC', 1000],
      ['Baki', 'som-awdal', 'WASH', 500],
      ['Borama', 'som-awdal', 'FSC', 2000],
      ['Borama', 'som-awdal', 'WASH', 700],
      ['Bossaso', 'som-bari', 'FSC', 3000],
      ['Bossaso', 'som-bari', 'WASH', 900],
    ]);
    expect(r.report.rejected).toEqual([]);
    // (round 34: rows with no place at all and rows that give an area under a blank level are said apart, each as it is)
    expect(r.report.notes.join('\n')).toContain("3 rows leave every place cell blank under a row that gives them, as a spreadsheet's merged cells do (line 4 under line 3)");
    expect(r.report.notes.join('\n')).toContain('1 row gives an area but leaves the level above it blank, as a spreadsheet\'s merged cells do (line 5 under line 3): each row keeps its own area, and takes the level above from the row above');
  });
  it('leaves national rows national where none repeats another: a foot of national totals by sector', () => {
    const text = '#adm1+name,#sector,#inneed\nAwdal,FSC,1000\nAwdal,WASH,500\nBari,FSC,3000\nBari,WASH,900\n,FSC,4000\n,WASH,1400\n';
    const r = importHxl(text, 'foot.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(placeNames(r).slice(4)).toEqual([
      ['Somalia', null, 'FSC', 4000],
      ['Somalia', null, 'WASH', 1400],
    ]);
    expect(r.report.notes.join('\n')).not.toContain('merged cells');
  });
  it('fills nothing where blank rows repeat one another within a block (records, not a merge)', () => {
    const text = '#adm1+name,#sector,#reached\nAwdal,FSC,10\n,WASH,5\n,WASH,6\nBari,FSC,30\n,WASH,7\n';
    const r = importHxl(text, 'rec.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(r.report.notes.join('\n')).not.toContain('merged cells');
    expect(placeNames(r).filter((row) => row[0] === 'Somalia').length).toBeGreaterThan(0);
  });
  it("takes no region from the row above for another country's row, nor against a p-code that lies elsewhere", () => {
    const text = '#country+code,#adm1+code,#adm2+code,#inneed\nSOM,SO11,SO1101,10\nSOM,,SO1102,20\nKEN,,KE030,30\nSOM,SO11,SO1101,10\nSOM,,SO2201,40\n';
    const r = importHxl(text, 'two.csv', { today: TODAY, asOf: '2024' });
    const parents = new Map(r.facts.places!.map((p) => [p.id, p.parent ?? null]));
    expect(r.facts.figures.map((f) => [f.place, parents.get(f.place)])).toEqual([
      ['SO1101', 'SO11'],
      ['SO1102', 'SO11'],
      ['KE030', 'KEN'],
      ['SO2201', 'SOM'],
    ]);
  });
});

describe('round 33: reviews of sector tables and of the Americas and the Pacific', () => {
  it('reads #affected+displaced+shelter as the people in temporary accommodation, not the Shelter cluster\'s displaced', () => {
    const text = 'Province,People in evacuation centres\n#adm1+name,#affected+displaced+shelter\nSanma,1200\n';
    const r = importHxl(text, 'vut.csv', { today: TODAY, asOf: '2020-04-20', country: 'VUT' });
    expect(r.facts.figures.map((f) => [f.indicator, f.breakdown ?? null])).toEqual([['temporary-accommodation', null]]);
  });
  it('reads a pivot table\'s "Total general" in a breakdown column as the total', () => {
    const text = 'Pais,Grupo,PiN\n#country+code,#population_group,#inneed\nCOL,En destino,2000000\nCOL,En transito,535000\nCOL,Total general,4535000\n';
    const r = importHxl(text, 'r4v.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.breakdown === undefined).map((f) => [f.place, f.value])).toEqual([['COL', 4535000]]);
  });
  it("imports no place called 'Total' from a sum row in the country column, and says why", () => {
    const text = 'Country,Refugees and migrants\n#country+name,#affected+refugees+migrants\nColombia,2875743\nPeru,1542004\nTotal,7722579\n';
    const r = importHxl(text, 'r4v.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => f.place)).toEqual(['COL', 'PER']);
    expect(r.report.rejected.map((x) => x.reason).join('\n')).toContain("'Total' in the country column is a sum row over the file's 2 or more countries, no country");
  });
  it('reads no count of schools, classrooms, hospitals, health facilities or water points as people, whatever the hashtag', () => {
    const text = 'Gov,Schools damaged,Number of classrooms destroyed,Hospitals attacked,Health facilities damaged,Water points rehabilitated,Escuelas afectadas,Injured in hospitals,Children in damaged schools\n#adm1+name,#affected+damaged,#affected+destroyed,#affected+attacked,#affected+damaged+hea,#reached+wash,#affected+damaged+edu,#affected+injured,#affected+children\nAden,20,55,2,7,31,4,40,400\n';
    const r = importHxl(text, 'dmg.csv', { today: TODAY, asOf: '2024', country: 'YEM' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([['injured', 40], ['people-affected', 400]]);
    expect(r.report.unmapped.filter((c) => c.reason.includes('the header counts schools or facilities')).length).toBe(6);
  });
  it('imports +classrooms, +hospitals, +health_facilities and +water_points under a hashtag of people as those things', () => {
    const text = '#adm1+name,#affected+classrooms+damaged,#affected+hospitals+damaged,#affected+health_facilities+damaged,#reached+water_points\nAden,55,2,7,31\n';
    expect(importHxl(text, 'dmg.csv', { today: TODAY, asOf: '2024', country: 'YEM' }).facts.figures.map((f) => f.unit)).toEqual(['classroom', 'hospital', 'health-facility', 'water-point']);
  });
  it('reads no header of incidents, attacks or massacres as people, in English, Spanish or French, however it opens', () => {
    for (const header of ['GBV incidents', 'Child protection incidents', 'Número de incidentes', "Nombre d'incidents", 'Masacres', 'Eventos de desplazamiento masivo', 'Security events (2023)']) {
      const r = importHxl(`Dep,${header},Displaced\n#adm1+name,#affected,#affected+displaced\nCauca,8,900\n`, 'ev.csv', { today: TODAY, asOf: '2024', country: 'COL' });
      expect([header, r.facts.figures.map((f) => f.value)]).toEqual([header, [900]]);
    }
    expect(importHxl('Dep,People affected by attacks\n#adm1+name,#affected\nCauca,900\n', 'ev.csv', { today: TODAY, asOf: '2024', country: 'COL' }).facts.figures.map((f) => f.value)).toEqual([900]);
  });
  it("reads HPC's child protection code PRO-CPN as child protection", () => {
    const text = '#country+code,#sector+code,#inneed\nAFG,PRO-CPN,9213752\nAFG,Intersectoral,23700000\n';
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(filterFigures(r.facts.figures, { breakdown: new Map([['sector', 'Child Protection']]) }, r.facts.places).map((f) => f.value)).toEqual([9213752]);
  });
  it("reads the ʻokina as Latin spelling: ʻEua and 'Eua are one island", () => {
    const text = "#adm1+name,#date,#affected\nʻEua,2022-01-20,100\n'Eua,2022-01-27,140\n";
    const r = importHxl(text, 'ton.csv', { today: TODAY, country: 'TON' });
    expect(new Set(r.facts.figures.map((f) => f.place))).toEqual(new Set(['ton-eua']));
  });
  it("keeps Haiti's section communale p-codes (HT0111-01) as p-codes under their commune", () => {
    const text = '#adm2+code,#adm3+code,#adm3+name,#affected+idps\nHT0111,HT0111-01,1ere Turgeau,1200\n';
    const r = importHxl(text, 'hti.csv', { today: TODAY, asOf: '2024-03-01' });
    const place = r.facts.places!.find((p) => p.id === 'HT0111-01');
    expect([place?.pcode, place?.parent]).toEqual(['HT0111-01', 'HT0111']);
    expect(valid(r)).toEqual([]);
    // (and keeps them through an export and an import)
    const index = new FactsIndex(r.facts);
    const records = r.facts.figures.map((f) => toFigureRecord(f, index));
    const back = importHxl(renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]), 'rt.csv', { today: TODAY });
    expect(back.facts.figures.map((f) => f.place)).toEqual(['HT0111-01']);
  });
  it('finds countries a column names in Spanish, French or Portuguese', () => {
    const text = 'Pais,Refugiados\n#country+name,#affected+refugees\nBrasil,510499\nRepública Dominicana,114000\nTchad,1000\nMoçambique,50\n';
    expect(importHxl(text, 'es.csv', { today: TODAY, asOf: '2024' }).facts.figures.map((f) => f.place)).toEqual(['BRA', 'DOM', 'TCD', 'MOZ']);
  });
  it('reads a dot and three digits as thousands in a file that writes decimals with a comma', () => {
    const text = 'Pais;Solicitantes;Tasa\n#country+code;#affected+asylum_seekers;#indicator+rate+pct\nCOL;93.000;0,75\nPER;532.000;0,5\n';
    const r = importHxl(text, 'ssv.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.unit === 'person').map((f) => f.value)).toEqual([93000, 532000]);
    expect(r.report.notes.join('\n')).toContain("read as thousands, because the file writes decimals with a comma (such as '0,75')");
  });
  it("reads a 5W's activity as a breakdown: one partner's two activities in one place are two figures, not a clash", () => {
    const text = '#org+name,#sector,#activity+name,#adm2+code,#date+reported,#reached\nNRC,WASH,Hygiene promotion,SS2001,2024-05,9800\nNRC,WASH,Water trucking,SS2001,2024-05,7500\n';
    const r = importHxl(text, '5w.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.breakdown?.activity, f.value])).toEqual([['Hygiene promotion', 9800], ['Water trucking', 7500]]);
  });
});

describe('round 33: a header row one cell wider than the hashtag row', () => {
  it('joins a label an unquoted comma split, so that each figure keeps its own label, and says so', () => {
    const text = 'Region,District,People affected, 2024,People displaced\n#adm1+name,#adm2+name,#affected,#affected+displaced\nAwdal,Baki,1000,200\n';
    const r = importHxl(text, 'wide.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(r.facts.figures.map((f) => f.label)).toEqual(['People affected, 2024', 'People displaced']);
    expect(r.report.notes.join('\n')).toContain('holds an unquoted comma, it seems, and is read joined again');
  });
  it('leaves alone a last column with a label and no hashtag', () => {
    const text = 'Region,District,Affected,Notes\n#adm1+name,#adm2+name,#affected\nAwdal,Baki,1000,x\n';
    const r = importHxl(text, 'notes.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(r.facts.figures.map((f) => f.label)).toEqual(['Affected']);
    expect(r.report.notes.join('\n')).not.toContain('unquoted comma');
  });
});

describe('round 33: a review of hand-made and dashboard files', () => {
  it('reads people in millions where the header says so, and not where the values are written out in full', () => {
    const text = 'Country,Year,People in need (million),Requirements (US$ million)\n#country+name,#date+year,#inneed,#value+funding+required+usd\nAfghanistan,2024,23.7,3060\n';
    expect(importHxl(text, 'gho.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([23700000, 3060000000]);
    const full = 'Country,Year,People in need (million)\n#country+name,#date+year,#inneed\nAfghanistan,2024,23700000\n';
    expect(importHxl(full, 'gho.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([23700000]);
  });
  it('reads a header of households over a hashtag of people without +hh as households, and a percentage header as no count', () => {
    const one = (header: string, hashtag: string) => importHxl(`Country,Date,${header},Deaths\n#country+code,#date,${hashtag},#affected+killed\nAFG,2024-01-05,3500,4\n`, 'x.csv', { today: TODAY });
    expect(one('Households affected', '#affected').facts.figures.map((f) => [f.indicator, f.unit])).toEqual([['households-affected', 'household'], ['deaths', 'person']]);
    expect(one('IDP households', '#affected+idps').facts.figures.map((f) => f.unit)).toEqual(['household', 'person']);
    expect(one('Ménages sans maison', '#affected+damaged').facts.figures.map((f) => f.unit)).toEqual(['household', 'person']);
    expect(one('People in households', '#affected').facts.figures.map((f) => f.unit)).toEqual(['person', 'person']);
    const pct = one('% of population affected', '#affected');
    expect(pct.facts.figures.map((f) => f.indicator)).toEqual(['deaths']);
    expect(pct.report.unmapped.map((c) => c.reason).join('\n')).toContain('the header gives a percentage');
  });
  it('reads people hurt in events or working at facilities as people, whatever events or buildings the header names', () => {
    const headers = ['Killed in attacks', 'Injured in security incidents', 'School teachers killed', 'Hospital staff injured', 'Survivors of GBV incidents', 'Muertos en ataques', 'Víctimas de masacres', 'Schools affected'];
    const text = `Region,${headers.join(',')}\n#adm1+name,#affected+killed,#affected+injured,#affected+killed+adults,#affected+injured+adults,#reached+f,#affected+dead+adults,#affected+killed+x,#affected+damaged+schools\nAwdal,1,2,3,4,5,6,7,8\n`;
    const r = importHxl(text, 'hdr.csv', { today: TODAY, asOf: '2024', country: 'SOM' });
    expect(r.facts.figures.map((f) => [f.value, f.unit])).toEqual([[1, 'person'], [2, 'person'], [3, 'person'], [4, 'person'], [5, 'person'], [6, 'person'], [7, 'person'], [8, 'school']]);
  });
  it("keeps a 4W row with no activity named as a part of its own, never the place's whole", () => {
    const text = '#org+name,#activity+name,#adm2+code,#date+reported,#reached\nNRC,Water trucking,SO2201,2023-04,12000\nNRC,,SO2201,2023-04,500\nNRC,Ensemble,SO2201,2023-04,15500\n';
    const r = importHxl(text, '4w.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.breakdown?.activity ?? null, f.value])).toEqual([['Water trucking', 12000], ['not named', 500], [null, 15500]]);
  });
  it("reads a sum row in the country column under one country's rows as that country's", () => {
    const text = 'Country,Region,People in need\n#country+name,#adm1+name,#inneed\nSomalia,Awdal,100\nSomalia,Bari,200\nTotal,,300\n';
    expect(importHxl(text, 'tot.csv', { today: TODAY, asOf: '2024' }).facts.figures.map((f) => [f.place, f.value])).toEqual([['som-awdal', 100], ['som-bari', 200], ['SOM', 300]]);
  });
  it('keeps confirmed and suspected cases apart where a #status column headed as a case classification tells them apart', () => {
    const text = 'location_code,reference_date,case_classification,cases\n#adm1+code,#date,#status,#affected+infected\nCD54,2026-05-19,confirmed,13\nCD54,2026-05-19,suspected,309\n';
    const r = importHxl(text, 'ebola.csv', { today: '2026-06-01' });
    expect(r.facts.figures.map((f) => [f.breakdown?.['case-classification'], f.value])).toEqual([['confirmed', 13], ['suspected', 309]]);
  });
  it('says how it read a coverage whose header says percent and whose values lie within 0 to 1.5', () => {
    const text = 'Country,Year,Funding coverage (%)\n#country+code,#date+year,#value+funding+pct\nAFG,2024,0.45\nSDN,2024,1.05\n';
    const r = importHxl(text, 'cov.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([0.45, 1.05]);
    expect(r.report.notes.join('\n')).toContain('read as percent as written (0.45 %), though a spreadsheet');
  });
  it("keeps a place whose id humfig made from a code and a name ('iqg05-hamza') through an export and an import", () => {
    const text = [
      'id,indicator,value,unit,asOf,place,place_name,source,place_level,place_parent',
      '#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#loc+code,#loc+name,#meta+source+code,#adm+level,#loc+parent+code',
      'idps-25285-2021-09-30,internally-displaced,18,person,2021-09-30,25285,25285,dtm,,iqg05-hamza-hay-al-askary',
      ',,,,,iqg05-hamza-hay-al-askary,Hay Al-Askary,,3,iqg05-hamza',
      ',,,,,iqg05-hamza,Hamza,,2,IQG05',
      ',,,,,IQG05,Qadissiya,,1,',
    ].join('\n');
    const r = importHxl(text, 'rt.csv', { today: TODAY });
    const parents = new Map(r.facts.places!.map((p) => [p.id, p.parent ?? null]));
    expect([parents.get('25285'), parents.get('iqg05-hamza-hay-al-askary'), parents.get('iqg05-hamza')]).toEqual(['iqg05-hamza-hay-al-askary', 'iqg05-hamza', 'IQG05']);
  });
  it('names, in the note on rows that give one figure twice, an untagged column of place ids that tells them apart', () => {
    const text = 'Place id,Governorate,Location,IDPs\n,#adm1+name,#loc+name,#affected+idps\n24827,Duhok,Shariya,11600\n8369,Duhok,Shariya,18846\n';
    const r = importHxl(text, 'dtm.csv', { today: TODAY, asOf: '2021-09-30', country: 'IRQ' });
    expect(r.report.notes.join('\n')).toContain('column 1 "Place id", which has no hashtag, differs between such rows: where it names sites or places (two sites of one name), tag it #loc+code');
  });
  it('reads a run of spaces in a place name as one space', () => {
    const text = '#adm1+name,#date,#affected\nLos  Santos,2024-01-01,5\nLos Santos,2024-02-01,7\n';
    const r = importHxl(text, 'pan.csv', { today: TODAY, country: 'PAN' });
    expect(r.facts.places!.filter((p) => p.id !== 'PAN').map((p) => p.name)).toEqual(['Los Santos']);
  });
  it("keeps two IFRC appeals of one country apart by their codes (#meta+appeal+id), never one series", () => {
    const text = '#country+code,#meta+appeal+id,#crisis+name,#date+start,#value+funding+required+chf\nMRT,MDRMR014,Mauritania - Floods,2022-08-19,248039\nMRT,MDRMR013,Mauritania - Hunger Crisis,2022-07-01,315798\n';
    const r = importHxl(text, 'ifrc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.breakdown?.appeal, f.value])).toEqual([['MDRMR014', 248039], ['MDRMR013', 315798]]);
  });
  it("reads the IFRC's global appeals: one National Society a country is no breakdown, MDRBI019 is Burundi's own, MGR65002 a region's", () => {
    const text = [
      '#country+code,#org+national_society,#meta+appeal+id,#crisis+name,#date+start,#value+funding+required+chf',
      'BDI,Burundi Red Cross,MDRBI019,Burundi - Floods,2023-01-01,152804',
      'HUN,Hungarian Red Cross,MGR65002,Ukraine and impacted countries crisis,2022-02-28,550000000',
      'KEN,Kenya Red Cross Society,MDRKE055,Kenya - Drought,2022-06-01,9396000',
    ].join('\n');
    const r = importHxl(text, 'ifrc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.breakdown?.organisation ?? null, f.breakdown?.['appeal-scope'] ?? null])).toEqual([
      ['BDI', null, null],
      ['HUN', null, 'several countries'],
      ['KEN', null, null],
    ]);
  });
  it('says which hashtag of figures a misspelt one was meant to be', () => {
    const text = 'Region,Affected,In need\n#adm1+name,#afected,#in_need\nAwdal,100,50\n';
    expect(() => importHxl(text, 'typo.csv', { today: TODAY, asOf: '2024', country: 'SOM' })).toThrow('(#afected: did you mean #affected?; #in_need: did you mean #inneed?)');
  });
  it("reads '(M)' beside a male hashtag as male, never millions, and names people's scale with a people example", () => {
    const text = 'District,PiN (F),PiN (M)\n#adm1+name,#inneed+f,#inneed+m\nAwdal,4100,3900\n';
    expect(importHxl(text, 'pinm.csv', { today: TODAY, asOf: '2024', country: 'SOM' }).facts.figures.map((f) => f.value)).toEqual([4100, 3900]);
    expect(importHxl('Country,Date,PiN (M)\n#country+code,#date,#inneed\nCOD,2026-08-08,1.2\n', 'm.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([1200000]);
    const gho = importHxl('Country,Year,People in need (million)\n#country+name,#date+year,#inneed\nAfghanistan,2024,23.7\n', 'gho.csv', { today: TODAY });
    expect(gho.report.notes.join('\n')).toContain('(23.7 -> 23,700,000)');
  });
  it('reads people a header places among families or households as people, not households', () => {
    for (const header of ['IDPs living with host families', 'Children separated from families', 'Children in female-headed households']) {
      const r = importHxl(`Country,Date,${header}\n#country+code,#date,#affected+idps\nAFG,2024-01-05,12500\n`, 'x.csv', { today: TODAY });
      expect([header, r.facts.figures.map((f) => f.unit)]).toEqual([header, ['person']]);
    }
  });
  it('reads no header that opens with attacks or incidents on people by role as people', () => {
    const text = 'Country,Date,Attacks on health workers,Incidents affecting aid workers,Deaths\n#country+code,#date,#affected+health,#affected+aid,#affected+killed\nAFG,2024-01-05,45,12,3\n';
    expect(importHxl(text, 'x.csv', { today: TODAY }).facts.figures.map((f) => [f.indicator, f.value])).toEqual([['deaths', 3]]);
  });
  it('keeps an organisation breakdown where each country of a file has one organisation of its own', () => {
    const text = '#country+code,#org,#date,#reached\nSDN,Org A,2024-01-05,100\nTCD,Org B,2024-01-05,50\nSDN,Org A,2024-02-05,120\n';
    expect(importHxl(text, 'org.csv', { today: TODAY }).facts.figures.map((f) => f.breakdown?.organisation ?? null)).toEqual(['Org A', 'Org B', 'Org A']);
  });
});

describe('round 34: two reviews of real HXL files', () => {
  it("reads 'Total - <group>' as the whole of that group, beside the parts that name it", () => {
    const text = [
      '#country+code,#sector,#category,#inneed',
      'AFG,ALL,Total - Iran (District of Return),977234',
      'AFG,ALL,Adult - Female - Iran (District of Return),92288',
      'AFG,ALL,Adult - Male - Iran (District of Return),651817',
      'AFG,ALL,IDP - Total,500000',
    ].join('\n');
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [977234, { category: 'Iran (District of Return)' }],
      [92288, { category: 'Iran (District of Return)', sex: 'f', 'age-group': 'adults' }],
      [651817, { category: 'Iran (District of Return)', sex: 'm', 'age-group': 'adults' }],
      [500000, { 'population-group': 'IDP' }],
    ]);
  });  it("reads a country's code written as one hashtag, '#country_ISO', as #country+code, whatever the country cell says", () => {
    const text = 'Date,Country,Country ISO,Admin 1,Students Killed\n#date,#country,#country_ISO,#admin1,#affected+students+killed\n2022-09-26,Chechnya,RUS,Volga Federal District,11\n2022-09-27,Nigeria,NGA,Zamfara,3\n';
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    const places = new Map(r.facts.places.map((p) => [p.id, p]));
    expect(r.facts.figures.map((f) => [f.value, places.get(f.place)?.iso3])).toEqual([
      [11, 'RUS'],
      [3, 'NGA'],
    ]);
  });
  it('says where a header names one harm and its hashtag another (kidnapped over +arrested), and reads aid health workers as a group of deaths', () => {
    const text = 'Date,Country,Health Workers Kidnapped,Health Workers Arrested,Aid Health Workers Killed\n#date,#country+code,#affected+healthworker+arrested,#affected+healthworker+kidnapped,#affected+aid_healthworker+killed\n2022-03-01,MMR,5,112,2\n';
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    expect(fileNotes(r).join('\n')).toContain('"Health Workers Kidnapped" #affected+healthworker+arrested: the header says kidnapped, the hashtag +arrested');
    expect(r.facts.figures.filter((f) => f.value === 2).map((f) => [f.indicator, f.breakdown?.['population-group']])).toEqual([['deaths', 'aid health workers']]);
  });
  it('reads no attacks on facilities as facilities: "Number of Attacks on Health Facilities Reporting Damaged"', () => {
    const text = 'Date,Country,Number of Attacks on Health Facilities Reporting Damaged,Schools damaged\n#date,#country+code,#indicator+health_facility+damaged+num,#indicator+school+damaged+num\n2022-01-01,MMR,3,4\n';
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.unit, f.value])).toEqual([['school', 4]]);
    expect(r.report.unmapped.find((u) => u.index === 2)?.reason).toContain('the header counts attacks, events or incidents, the hashtag health facilities');
  });
  it("adds up a file of incidents, one row each, by year: a year's count, never one day's as a country's headline", () => {
    const text = [
      'Date,Country,Health Workers Killed,Event ID',
      '#date+occurred,#country+code,#affected+healthworker+killed,#event+id',
      '2022-03-01,MMR,2,101',
      '2022-03-01,MMR,1,102',
      '2022-07-15,MMR,4,103',
      '2022-12-31,MMR,0,104',
      '2023-01-05,MMR,1,105',
    ].join('\n');
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.period])).toEqual([
      ['2022', 7, { start: '2022-03-01', end: '2022-12-31' }],
      ['2023', 1, { start: '2023-01-05', end: '2023-01-05' }],
    ]);
    expect(fileNotes(r).join('\n')).toContain("each figure is a year's count");
    // (its source told of its last incident, no earlier: not the first day of that incident's year)
    expect(r.facts.sources[0]!.published).toBe('2023-01-05');
    expect(r.facts.dataset.updated).toBe('2023-01-05');
  });
  it("labels COD-PS's coded columns (T_TL, F_00_04) as the population, the breakdown saying the rest", () => {
    const text = 'Admin0_Name,Admin0_Code,T_TL,F_00_04\n#adm0+name,#adm0+code,#population,#population+infants+age0_4+f\nAfghanistan,AF,40411869,3571135\n';
    expect(importHxl(text, 'cod.csv', { today: TODAY, asOf: '2021' }).facts.figures.map((f) => f.label)).toEqual(['Population', 'Population (sex f, age 0-4)']);
  });
  it('says where a header names another year than --as-of ("In Need 2017" read as of 2024)', () => {
    const text = 'Country,In Need 2017\n#country+code,#inneed\nBFA,433412\n';
    expect(fileNotes(importHxl(text, 'sahel.csv', { today: TODAY, asOf: '2024' })).join('\n')).toContain('"In Need 2017" names the year 2017, but --as-of is 2024');
    expect(fileNotes(importHxl(text, 'sahel.csv', { today: TODAY, asOf: '2017' })).join('\n')).not.toContain('names the year');
  });
  it("reads a territory's code beside its state's name as the territory (JHU: 'Hong Kong,China,...,HKG'), and +value on a count of people as nothing more", () => {
    const text = 'Province,Country,Date,Cases,ISO3\n#adm1+name,#country+name,#date,#affected+infected+value+num,#country+code\nHong Kong,China,2020-03-01,862,HKG\nAnhui,China,2020-03-01,990,CHN\nReunion,France,2020-03-01,12,REU\n';
    const r = importHxl(text, 'jhu.csv', { today: TODAY });
    const places = new Map(r.facts.places.map((p) => [p.id, p]));
    expect(r.facts.figures.map((f) => [f.value, places.get(f.place)?.iso3, places.get(f.place)?.level, f.indicator])).toEqual([
      [862, 'HKG', 0, 'people-affected-infected'],
      [990, 'CHN', 1, 'people-affected-infected'],
      [12, 'REU', 0, 'people-affected-infected'],
    ]);
    expect(r.report.rejected).toEqual([]);
  });
  it('gives the money retag for an extension hashtag that names a currency (#x_funding+x_usd)', () => {
    const text = 'Country,Funding\n#country+code,#x_funding+x_usd\nNGA,5000000\n';
    expect(() => importHxl(text, 'x.csv', { today: TODAY, asOf: '2024' })).toThrow('#x_funding+x_usd names a currency: as money, tag it #value+funding+usd');
  });
  it("reads AWSD's 'Gender Unknown' over +i as people of unknown sex, a part of the people affected", () => {
    const text = 'Date,Country,Total affected,Male,Female,Gender Unknown\n#date,#country+code,#affected+total,#affected+total+m,#affected+total+f,#affected+total+i\n2000-05-01,AFG,3,1,1,1\n';
    const r = importHxl(text, 'awsd.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown ?? null])).toEqual([
      ['people-affected', 3, null],
      ['people-affected', 1, { sex: 'm' }],
      ['people-affected', 1, { sex: 'f' }],
      ['people-affected', 1, { 'sex-as-written': 'unknown' }],
    ]);
  });
  it("leaves out a row's sex and age columns that are all 0 beside a total above 0 (UNHCR's demographics: no split)", () => {
    const text = 'Year,Origin,Country,F,M,F 0-4,M 0-4,Total\n#date+year,#country+code+origin,#country+code,#affected+idps+f,#affected+idps+m,#affected+idps+f+age0_4,#affected+idps+m+age0_4,#affected+idps+all+total\n2001,AFG,AFG,0,0,0,0,1200000\n2002,AFG,AFG,600,400,100,0,1000\n';
    const r = importHxl(text, 'dem.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.breakdown ?? null])).toEqual([
      ['2001', 1200000, null],
      ['2002', 600, { sex: 'f' }],
      ['2002', 400, { sex: 'm' }],
      ['2002', 100, { sex: 'f', age: '0-4' }],
      ['2002', 0, { sex: 'm', age: '0-4' }],
      ['2002', 1000, null],
    ]);
    expect(fileNotes(r).join('\n')).toContain('the row gives no split, not "no women, no children"; left out');
  });
  it('reads a record with no area in a file of records that name areas as an event not located, in any year', () => {
    const t = ['Year,Division,Deaths', '#date+year,#adm1+name,#affected+killed', '2018,Khulna,10', '2018,Dhaka,7', '2011,,0'].join('\n');
    const r = importHxl(t, 'ucdp.csv', { today: TODAY, country: 'BGD', repeats: 'sum' });
    expect(r.facts.figures.filter((f) => f.place === 'BGD').map((f) => [f.asOf, f.value, f.breakdown])).toEqual([['2011', 0, { area: 'not located' }]]);
    expect(headlineFigures(r.facts.figures).filter((f) => f.place === 'BGD')).toEqual([]);
  });
  it("keeps a national row larger than any area's as the country's total in a file read as records (an HNO's national caseload)", () => {
    const t = ['Year,Province,Sector,In need', '#date+year,#adm1+name,#sector,#inneed', '2024,,ALL,23666389', '2024,Kabul,FSC,100', '2024,Kabul,FSC,120', '2024,Herat,FSC,90', '2024,Herat,FSC,80', '2024,,FSC,50'].join('\n');
    const r = importHxl(t, 'hno.csv', { today: TODAY, country: 'AFG', repeats: 'sum' });
    expect(r.facts.figures.filter((f) => f.place === 'AFG').map((f) => [f.value, f.breakdown])).toEqual([
      [23666389, undefined],
      [50, { sector: 'FSC', area: 'not located' }],
    ]);
  });
});

describe('round 35: reviews of real HXL files', () => {
  const hno = (rows: string[]) =>
    ['Admin 1,Sector,Gender,Age Range,Disabled,Population Group,In Need,Targeted', '#adm1+code,#sector+code,#gender+code,#age+range,#is_disabled,#population_group+code,#inneed,#targeted', ...rows].join('\n');
  it("does not read a disability flag set on every part of a whole (Guatemala's HNO: the cluster's people, not people with disabilities)", () => {
    const text = hno([
      ',FSC,a,ALL,a,ALL,4273133,641000',
      ',FSC,f,0-17,y,ALL,811689,130519',
      ',FSC,f,18+,y,ALL,1177388,169942',
      ',FSC,m,0-17,y,ALL,845682,136136',
      ',FSC,m,18+,y,ALL,1438374,204403',
      // a real subset: the flagged whole beside the cluster's whole, and unflagged parts
      ',WSH,a,ALL,a,ALL,1149382,596122',
      ',WSH,a,ALL,y,ALL,109360,54020',
      ',WSH,f,ALL,a,ALL,387175,196940',
    ]);
    const r = importHxl(text, 'hno-gtm.csv', { today: TODAY, asOf: '2024', country: 'GTM' });
    const inNeed = r.facts.figures.filter((f) => f.indicator === 'people-in-need');
    expect(inNeed.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [4273133, { sector: 'FSC' }],
      [811689, { sector: 'FSC', sex: 'f', age: '0-17' }],
      [1177388, { sector: 'FSC', sex: 'f', age: '18+' }],
      [845682, { sector: 'FSC', sex: 'm', age: '0-17' }],
      [1438374, { sector: 'FSC', sex: 'm', age: '18+' }],
      [1149382, { sector: 'WSH' }],
      [109360, { sector: 'WSH', disability: 'yes' }],
      [387175, { sector: 'WSH', sex: 'f' }],
    ]);
    expect(fileNotes(r).join('\n')).toContain('4 rows of sex or age flagged as of people with disabilities add up to the whole');
  });
  it('reads the flag where the flagged parts are fewer than the whole, or have no whole beside them', () => {
    const short = hno([',FSC,a,ALL,a,ALL,1000,', ',FSC,f,ALL,y,ALL,300,', ',FSC,m,ALL,y,ALL,200,']);
    expect(importHxl(short, 'a.csv', { today: TODAY, asOf: '2024', country: 'GTM' }).facts.figures.map((f) => f.breakdown?.disability ?? null)).toEqual([null, 'yes', 'yes']);
    const alone = hno([',FSC,f,ALL,y,ALL,300,', ',FSC,m,ALL,y,ALL,200,']);
    expect(importHxl(alone, 'b.csv', { today: TODAY, asOf: '2024', country: 'GTM' }).facts.figures.map((f) => f.breakdown?.disability ?? null)).toEqual(['yes', 'yes']);
  });
  it("keeps a national total smaller than one of its areas where the file's other national rows are totals, and says the file contradicts itself (Nigeria's HNO)", () => {
    const text = [
      '#adm1+code,#adm2+code,#sector+code,#targeted',
      ',,ALL,2000000',
      'NG002,NG002001,ALL,40000',
      ',,FSC,900000',
      'NG002,NG002001,FSC,30000',
      ',,HEA,155703',
      'NG008,NG008011,HEA,194776',
    ].join('\n');
    const r = importHxl(text, 'hno-nga.csv', { today: TODAY, asOf: '2024' });
    const hea = r.facts.figures.find((f) => f.value === 155703)!;
    expect([hea.place, hea.breakdown]).toEqual(['NGA', { sector: 'HEA' }]);
    expect(fileNotes(r).join('\n')).toContain('1 figure of national rows (a country and no area) is smaller than one of the country\'s own areas on the same date (line 6: 155703, where line 7 gives one of its areas 194776), in a file whose other national rows are totals');
  });
  it('still reads the national rows of a file of areas that are all smaller than its areas as the people no area holds (DTM)', () => {
    const text = ['#date,#country+name,#adm1+name,#affected+refugees', '2017-01-11,Chad,,102', '2017-01-11,Chad,Lac,6191', '2017-02-11,Chad,,80', '2017-02-11,Chad,Lac,6300'].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.place === 'TCD').map((f) => f.breakdown)).toEqual([{ area: 'not located' }, { area: 'not located' }]);
  });
  it("reads untagged place columns beside a tagged admin code by what their cells hold: parents' codes that begin it, names beside their codes", () => {
    const text = [
      'Region,Region p-code,Zone,Zone p-code,Woreda,Woreda p-code,IDP estimates',
      ',,,,,#adm3+code,#affected+idps+ind',
      'Afar,ET02,Awsi /Zone 1,ET0201,Elidar,ET020102,1206',
      'Afar,ET02,Fanti /Zone 4,ET0204,Teru,ET020403,185',
    ].join('\n');
    const r = importHxl(text, 'idps-eth.csv', { today: TODAY, asOf: '2022' });
    const places = new Map(r.facts.places.map((p) => [p.id, p]));
    expect(places.get('ET020102')).toMatchObject({ name: 'Elidar', level: 3, parent: 'ET0201' });
    expect(places.get('ET0201')).toMatchObject({ name: 'Awsi /Zone 1', level: 2, parent: 'ET02' });
    expect(places.get('ET02')).toMatchObject({ name: 'Afar', level: 1, parent: 'ETH' });
    expect(fileNotes(r).join('\n')).toContain("'Zone p-code' as #adm2+code, 'Region p-code' as #adm1+code, 'Region' as #adm1+name, 'Zone' as #adm2+name, 'Woreda' as #adm3+name");
  });
  it('leaves an untagged code column alone where a cell does not begin the tagged code', () => {
    const text = ['Zone code,Woreda p-code,IDPs', ',#adm3+code,#affected+idps', 'ET0201,ET020102,10', 'X99,ET020403,5'].join('\n');
    const r = importHxl(text, 'idps-eth.csv', { today: TODAY, asOf: '2022' });
    expect(r.facts.places.find((p) => p.id === 'ET020102')).toMatchObject({ level: 3, parent: 'ETH' });
    expect(fileNotes(r).join('\n')).not.toContain('untagged place columns');
  });
  it("reads UNHCR's beta-era '#refugees_num' (the plural) as refugees, beside '#reached_num'", () => {
    const text = ['Year,Asylum,Origin,Refugees,Assisted', '#period_date,#country+code,#origin,#refugees_num,#reached_num', '2012,PAK,AFG,1637740,1637740'].join('\n');
    const r = importHxl(text, 'unhcr.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['refugees', 1637740],
      ['people-reached', 1637740],
    ]);
  });
  it("reads '+food' on an IPC column as the classification's own, no food security sector", () => {
    const text = ['Country,Date,Food Insecurity', '#country+code,#date,#affected+food+ipc+p3plus+num', 'SOM,2022-08-24,7100000'].join('\n');
    const r = importHxl(text, 'kf.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([{ severity: '3+' }]);
  });
  it("reads DTM's baseline assessment as the day's whole where a site assessment of the same day stands beside it", () => {
    const text = [
      '#country+code,#adm+level,#operation+name,#assessment+type,#affected+idps,#date',
      'TCD,0,Lake Chad Basin Crisis,BA,147032,2017-09-30',
      'TCD,0,Lake Chad Basin Crisis,SA,147032,2017-09-30',
      'TCD,0,Lake Chad Basin Crisis,BA,122312,2018-11-30',
      'TCD,0,Lake Chad Basin Crisis,SA,100000,2018-11-30',
      'TCD,0,Lake Chad Basin Crisis,BA,220610,2024-06-30',
    ].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.value, f.breakdown ?? null])).toEqual([
      ['2017-09-30', 147032, null],
      ['2017-09-30', 147032, { 'assessment-type': 'SA' }],
      ['2018-11-30', 122312, null],
      ['2018-11-30', 100000, { 'assessment-type': 'SA' }],
      ['2024-06-30', 220610, null],
    ]);
    // (a site assessment larger than the baseline of its day: the file contradicts itself, both stay parts, and it is said)
    const larger = importHxl([text.split('\n')[0], 'TCD,2,Lake Chad Basin Crisis,BA,59765,2018-07-30', 'TCD,2,Lake Chad Basin Crisis,SA,60183,2018-07-30'].join('\n'), 'dtm.csv', { today: TODAY });
    expect(larger.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [59765, { 'assessment-type': 'BA' }],
      [60183, { 'assessment-type': 'SA' }],
    ]);
    expect(fileNotes(larger).join('\n')).toContain('1 baseline assessment is smaller than another assessment of the same place and day (line 2)');
  });
  it('quotes a figure by the column its value came from, as the file writes it: the rounded twin\'s header, the hashtag unrespelt', () => {
    const gidd = [
      'iso3,year,new_displacement,new_displacement_rounded,total_displacement,total_displacement_rounded',
      '#country+code,#date+year,#affected+idps+ind+new+conflict,,#affected+idps+ind+total+conflict,',
      'AFG,2014,156099,156000,805409,805000',
    ].join('\n');
    expect(importHxl(gidd, 'gidd.csv', { today: TODAY }).facts.figures.map((f) => f.quote)).toEqual(['new_displacement_rounded: 156000', 'total_displacement_rounded: 805000']);
    const beta = ['Year,Asylum,Refugees', '#period_date,#country+code,#refugees_num', '2012,PAK,1637740'].join('\n');
    expect(importHxl(beta, 'unhcr.csv', { today: TODAY }).facts.figures.map((f) => f.quote)).toEqual(['#refugees_num: 1637740']);
  });
  it('dates a column of the previous year (+year+previous) the year before the row\'s, and says so', () => {
    const text = ['ISO,In previous year,Since start of year', '#country+code,#event+year+previous+num,#event+year+todate+num', 'AFG,20,2'].join('\n');
    const r = importHxl(text, 'access.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures.map((f) => [f.value, f.asOf, f.period ?? null])).toEqual([
      [20, '2020', { start: '2020-01-01', end: '2020-12-31' }],
      [2, '2021', null],
    ]);
    expect(fileNotes(r).join('\n')).toContain('1 figure of columns of the previous year (+year+previous: In previous year) dated the year before the row\'s');
  });
  it("counts the warnings a file gives its rows (HAPI's #meta+warning) in the report, by kind, and imports the rows", () => {
    const text = [
      '#country+code,#adm1+name+provider,#adm1+code,#affected+num,#date,#meta+warning,#meta+error',
      'AFG,Faryab,AF11,100,2023-04-30,,',
      'AFG,Faryab Urban,,40,2023-04-30,Cannot match row,',
      'AFG,Kabul Urban,,60,2023-04-30,Cannot match row,',
      'AFG,Kabul,AF01,300,2023-04-30,,Duplicate row excluded',
    ].join('\n');
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([100, 40, 60]);
    expect(fileNotes(r).join('\n')).toContain("2 rows carry the file's own warning (#meta+warning): 'Cannot match row' (2 rows, line 3 first)");
  });
  it('says where a column of percentages with a sign has a few bare values within 0 and 1, which may be fractions', () => {
    const text = ['ISO,% of visas pending', '#country+code,#access+visas+pct', 'AFG,25.00%', 'SOM,100%', 'TCD,1'].join('\n');
    const r = importHxl(text, 'access.csv', { today: TODAY, asOf: '2021' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([25, 100, 1]);
    expect(fileNotes(r).join('\n')).toContain("its values carry a percent sign but for a few within 0 and 1 (such as '1' on line 5), read as percent as written");
  });
  it('advises the hashtag an untagged column\'s header names ("Est. Target Pop": #targeted)', () => {
    const text = ['iso3,Campaign,Est. Target Pop', '#country+code,#service+name,', 'AFG,Polio,9000000'].join('\n');
    expect(() => importHxl(text, 'campaigns.csv', { today: TODAY, asOf: '2023' })).toThrow('tag it ("Est. Target Pop" as #targeted; else #indicator+num+<name>+unit_<unit>) to import it');
  });
  it('advises money for an amount beside a column of currencies (IATI\'s #x_funds_committed)', () => {
    const text = ['id,country,currency,committed', '#activity_id,#country+code,#x_funds_currency,#x_funds_committed', 'P1,SLE,USD,5000000'].join('\n');
    expect(() => importHxl(text, 'iati.csv', { today: TODAY, asOf: '2014' })).toThrow('#x_funds_committed looks like an amount of money beside a column of currencies (#x_funds_currency): as money, tag it #value+funds_committed and that column #currency');
  });
  it("refuses a rate for its unit before its number's form: writing the number otherwise would not import it", () => {
    const text = ['Country,Year,Indicator Name,Value', '#country+code,#date+year,#indicator+name,#indicator+value+num', 'AFG,2017,"Adolescent fertility rate (births per 1,000 women ages 15-19)",68.957'].join('\n');
    const r = importHxl(text, 'wb.csv', { today: TODAY });
    expect(r.report.rejected.map((x) => x.reason)).toEqual([expect.stringContaining('says it is a rate, a ratio or a measure, not a count of people')]);
  });
  it("says where the p-codes settle a country code and name that name two countries (Zimbabwe beside Zambia's ZMB)", () => {
    const text = ['#country+name,#country+code,#adm1+name,#adm1+code,#affected+idps+ind', 'Zimbabwe,ZMB,Manicaland,ZW11,36940', 'Zimbabwe,ZMB,Masvingo,ZW18,6412'].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY, asOf: '2018' });
    expect(r.facts.places.find((p) => p.id === 'ZW11')).toMatchObject({ parent: 'ZWE' });
    expect(fileNotes(r).filter((n) => n.includes('name two countries'))).toEqual([
      "the country code ZMB (Zambia) and the country name 'Zimbabwe' (ZWE) name two countries; the p-codes (ZW11) say Zimbabwe, so its rows are read as ZWE and the code ZMB is taken for a slip: check it",
    ]);
  });
  it('reads a semicolon file\'s "433,412" as thousands in a column that groups them with commas ("1,135,999"), whatever another column\'s decimal commas say', () => {
    const text = ['Country;Affected;% targeted', '#country;#affected;#targeted+percentage', 'Burkina Faso;433,412;0,5', 'Cameroon;209,647;47,5', 'Niger;1,135,999;100,5'].join('\n');
    const r = importHxl(text, 'sahel.csv', { today: TODAY, asOf: '2017' });
    expect(r.facts.figures.map((f) => [f.unit, f.value])).toEqual([
      ['person', 433412],
      ['percent', 0.5],
      ['person', 209647],
      ['percent', 47.5],
      ['person', 1135999],
      ['percent', 100.5],
    ]);
  });
  it('counts the rows whose every figure cell is empty in the report, no figure and not 0', () => {
    const text = ['Date,Region,Fatalities', '#date,#adm1+name,#affected+killed', '2001-04-18,Alger,3', '2001-04-19,Oran,', '2001-04-20,Blida,0'].join('\n');
    const r = importHxl(text, 'acled.csv', { today: TODAY, country: 'DZA' });
    expect(r.facts.figures.map((f) => f.value)).toEqual([3, 0]);
    expect(fileNotes(r)).toContain('1 row has every figure cell empty (line 4): no figure, and not 0');
  });
  it("rejects a requirement of 0 with nothing received (FTS's Ukraine HRP 2022, which the Flash Appeal replaced)", () => {
    const text = [
      'Country,Appeal,Year,Requirements,Funding',
      '#country+code,#appeal+code,#date+year,#value+funding+required+usd,#value+funding+total+usd',
      'UKR,HUKR22,2022,0,',
      'UKR,FUKR22,2022,4292463880,3718562052',
    ].join('\n');
    const r = importHxl(text, 'fts-ukr.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['funding-required', 4292463880],
      ['funding-received', 3718562052],
    ]);
    expect(r.report.rejected.map((x) => [x.line, x.reason])).toEqual([[3, expect.stringContaining('a requirement of 0 with nothing received is no requirement recorded')]]);
  });
  it("learns nothing from rows the file marks as errors: HAPI's duplicate rows do not make its table a file of records", () => {
    const head = '#country+code,#adm1+code,#severity+v_ipc,#affected+num,#date+start,#date+end,#meta+error';
    const rows = ['AFG,,all,43100598,2023-04-01,2023-04-30,'];
    for (let i = 1; i <= 12; i++) rows.push(`AFG,AF${String(i).padStart(2, '0')},all,${1000 * i},2023-04-01,2023-04-30,`);
    // each area given again, as the file's own checks refused it
    for (let i = 1; i <= 12; i++) rows.push(`AFG,AF${String(i).padStart(2, '0')},all,${900 * i},2023-04-01,2023-04-30,Duplicate row excluded`);
    const r = importHxl([head, ...rows].join('\n'), 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.find((f) => f.place === 'AFG')).toMatchObject({ value: 43100598 });
    expect(r.facts.figures.find((f) => f.place === 'AFG')!.breakdown).toBeUndefined();
    expect(r.report.rejected).toHaveLength(12);
  });
  it("keeps a price's series code of several parts as a breakdown even where the file has one series (WFP's QuickCharts cut)", () => {
    const text = ['date,code,usdprice', '#date,#meta+code,#value+usd', '2009-01-15,Minsk City-Minsk City-Minsk-Wheat flour-KG-Retail-BYR,0.74', '2009-02-15,Minsk City-Minsk City-Minsk-Wheat flour-KG-Retail-BYR,0.71'].join('\n');
    const r = importHxl(text, 'wfp_qc.csv', { today: TODAY, country: 'BLR' });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([
      { series: 'Minsk City-Minsk City-Minsk-Wheat flour-KG-Retail-BYR' },
      { series: 'Minsk City-Minsk City-Minsk-Wheat flour-KG-Retail-BYR' },
    ]);
  });
  it("reads HungerMap's #data+type PREDICTION as a model's version of the figure, a part, never the country's count", () => {
    const text = ['code,date,type,indicator,population', '#country+code,#date,#data+type,#indicator+name,#population', 'AFG,2023-10-12,PREDICTION,fcs,33784271', 'AFG,2023-09-12,SURVEY,fcs,30000000'].join('\n');
    const r = importHxl(text, 'hungermap.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [33784271, { version: 'PREDICTION' }],
      [30000000, null],
    ]);
  });
  it("rejects the rows HAPI marks as errors under #error too, as under #meta+error", () => {
    const text = ['#country+code,#event+type,#indicator+event+num,#date+start,#date+end,#error', 'XKX,civilian_targeting,0,2025-01-01,2025-01-31,Non matching p-code', 'AFG,civilian_targeting,12,2025-01-01,2025-01-31,'].join('\n');
    const r = importHxl(text, 'acled.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.place)).toEqual(['AFG']);
    expect(r.report.rejected.map((x) => x.reason)).toEqual(['the file marks the row as an error: Non matching p-code']);
  });
  it("says where a file named for deaths counts people infected by its hashtag (HDX's narrow JHU series)", () => {
    const text = ['Province,Country,Date,Value', '#adm1+name,#country+name,#date,#affected+infected+value+num', ',Afghanistan,2020-05-19,178'].join('\n');
    const r = importHxl(text, 'time_series_covid19_deaths_global_narrow.csv', { today: TODAY });
    expect(fileNotes(r).join('\n')).toContain("the file's name says deaths ('time_series_covid19_deaths_global_narrow.csv'), but column 4 \"Value\" #affected+infected+value+num counts people infected: read as the hashtag says; if it counts deaths, retag it #affected+infected+dead");
    expect(fileNotes(importHxl(text, 'time_series_covid19_confirmed_global_narrow.csv', { today: TODAY })).join('\n')).not.toContain("the file's name says");
  });
  it("names the provider's own area column where two provider areas matched to one p-code give two values", () => {
    const text = [
      '#country+code,#adm1+code,#adm2+code,#adm1+code+provider,#adm2+code+provider,#rainfall+anomaly+pct,#date+start,#date+end',
      'MOZ,MZ01,MZ0109,101,1010609,12.5,2025-01-01,2025-01-10',
      'MOZ,MZ01,MZ0109,101,1010650,14.0,2025-01-01,2025-01-10',
    ].join('\n');
    const r = importHxl(text, 'rainfall.csv', { today: TODAY });
    expect(fileNotes(r).join('\n')).toContain('column 5 "" #adm2+code+provider names the provider\'s own areas, which may tell them apart');
  });
  it("reads HAPI's poverty rates (#indicator+headcount_ratio, +in_severe_poverty, +vulnerable_to_poverty) as percentages, not the index beside them", () => {
    const text = ['#country+code,#indicator+mpi,#indicator+headcount_ratio,#indicator+in_severe_poverty,#date+start,#date+end', 'AFG,0.2342,46.9358,20.8027,2015-01-01,2016-12-31'].join('\n');
    const r = importHxl(text, 'poverty.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['headcount-ratio', 46.9358, 'percent'],
      ['in-severe-poverty', 20.8027, 'percent'],
    ]);
  });
  it("says where a hashtag is written without its '#' ('affected+refugees'), and does not read it", () => {
    const text = ['Date,Country,Admin1,IDPs,Refugees', '#date,#country+name,#adm1+name,#affected+idp,affected+refugees', '2015-01-31,Niger,Diffa,10631,30000'].join('\n');
    const r = importHxl(text, 'lcb.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([10631]);
    expect(r.report.unmapped.find((u) => u.index === 4)?.reason).toBe("'affected+refugees' looks like the hashtag #affected+refugees without its '#': not read; add the '#' to import the column");
  });
  it("says a file has no hashtag row where a scraper's JSON note stands above a header alone, not that the note is bad CSV", () => {
    const text = ['#{"source_key": "UNHCR", "source_date": 2017-02-28}', 'Region of Origin,Refugees', 'Lower Juba,42417'].join('\n');
    expect(() => importHxl(text, 'unhcr.csv', { today: TODAY })).toThrow(/no HXL hashtag row/);
  });
  it("reads WHO's area of residence (RESIDENCEAREATYPE_URB, _RUR) as the urban-rural dimension UNHCR's files name", () => {
    const text = [
      '#indicator+code,#indicator+name,#date+year,#country+code,#dimension+type,#dimension+code,#indicator+value+num',
      'WSH_SANITATION_BASIC,Population using basic sanitation (%),2007,AFG,RESIDENCEAREATYPE,RESIDENCEAREATYPE_URB,36.9',
      'WSH_SANITATION_BASIC,Population using basic sanitation (%),2007,AFG,RESIDENCEAREATYPE,RESIDENCEAREATYPE_RUR,22.1',
    ].join('\n');
    const r = importHxl(text, 'who.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.breakdown)).toEqual([{ 'urban-rural': 'urban' }, { 'urban-rural': 'rural' }]);
  });
  it("reads '+other' beside the same hashtag's '+m' and '+f' as a sex, other, not an indicator of its own (IFRC's 3W)", () => {
    const text = ['#country+code,#date,#targeted+m,#targeted+f,#targeted+other,#targeted+total,#affected+other', 'MWI,2022-07-31,1550000,1800700,9875000,13225700,500'].join('\n');
    const r = importHxl(text, '3w.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown ?? null])).toEqual([
      ['people-targeted', 1550000, { sex: 'm' }],
      ['people-targeted', 1800700, { sex: 'f' }],
      ['people-targeted', 9875000, { 'sex-as-written': 'other' }],
      ['people-targeted', 13225700, null],
      ['people-affected-other', 500, null],
    ]);
  });
  it('keeps the span of years of a long file\'s year column as the figure\'s period ("2015/16", "1992-1994"), as a wide file does', () => {
    const text = ['country_code,indicator_name,value,year', '#country+code,#indicator+name,#indicator+value+num,#date+year', 'AFG,School attendance (%),25.74,2015/16', 'AFG,School attendance (%),20.1,1992-1994', 'AFG,School attendance (%),27.0,2019'].join('\n');
    const r = importHxl(text, 'hdro.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.period ?? null])).toEqual([
      ['2016', { start: '2015-01-01', end: '2016-12-31' }],
      ['1994', { start: '1992-01-01', end: '1994-12-31' }],
      ['2019', null],
    ]);
  });
  it("reads a long file's indicator named with a sex after a comma ('..., female (years)') as that indicator of that sex", () => {
    const text = [
      '#country+code,#indicator+name,#indicator+value+num,#date+year',
      'AFG,Expected Years of Schooling (years),10.3,2022',
      'AFG,"Expected Years of Schooling, female (years)",7.7,2022',
      'AFG,"Expected Years of Schooling, male (years)",12.8,2022',
    ].join('\n');
    const r = importHxl(text, 'hdro.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit, f.breakdown ?? null])).toEqual([
      ['expected-years-of-schooling-years', 10.3, 'year', null],
      ['expected-years-of-schooling-years', 7.7, 'year', { sex: 'f' }],
      ['expected-years-of-schooling-years', 12.8, 'year', { sex: 'm' }],
    ]);
  });
  it("reads the beta-era plural '#idps_num' as IDPs, and counts HAPI's warnings under '#warning' as under '#meta+warning'", () => {
    const text = ['#period_date,#country+code,#idps_num,#warning', '2012,SOM,1100000,Rounded value', '2013,SOM,1133000,'].join('\n');
    const r = importHxl(text, 'idps.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.indicator, f.value])).toEqual([
      ['internally-displaced', 1100000],
      ['internally-displaced', 1133000],
    ]);
    expect(fileNotes(r).join('\n')).toContain("1 row carries the file's own warning (#meta+warning): 'Rounded value' (1 row, line 2 first)");
  });
});

describe('round 36: reviews of real HXL files', () => {
  it("leaves out a sex's ages written 0 beside that sex's total above 0, where the sexes are split but the ages are not (HAPI's returnees)", () => {
    const head = ['Country,Group,Gender,Age,Population,Start,End', '#country+code,#population_group+code,#gender+code,#age+range,#population,#date+start,#date+end'];
    const rows = ['MOZ,RIDP,all,all,270502', 'MOZ,RIDP,f,all,133324', 'MOZ,RIDP,m,all,137178', 'MOZ,RIDP,f,0-4,0', 'MOZ,RIDP,f,5-11,0', 'MOZ,RIDP,m,0-4,0', 'MOZ,RIDP,m,5-11,0', 'MOZ,RIDP,all,0-4,0', 'MOZ,RIDP,all,5-11,0'];
    const r = importHxl([...head, ...rows.map((x) => `${x},2022-01-01,2022-12-31`)].join('\n'), 'ret.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.sex ?? null, f.breakdown?.age ?? null])).toEqual([
      [270502, null, null],
      [133324, 'f', null],
      [137178, 'm', null],
    ]);
    expect(fileNotes(r).join('\n')).toContain('6 cells of 0 by sex or age beside a total above 0 whose every part is 0');
    // (a real 0 of an age split stays: one age of women above 0)
    const split = ['MOZ,RIDP,all,all,100', 'MOZ,RIDP,f,all,100', 'MOZ,RIDP,f,0-4,100', 'MOZ,RIDP,f,5-11,0'];
    expect(importHxl([...head, ...split.map((x) => `${x},2022-01-01,2022-12-31`)].join('\n'), 'ret.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([100, 100, 100, 0]);
  });
});

describe("round 36: an origin written as not known beside known origins (IOM DTM's Haiti)", () => {
  const head = ['Country,Date,Cause,Origin,IDPs', '#country+code,#date+reported,#cause,#adm1+name+origin,#affected+idps'];
  it('reads it as a part, the people whose origin is not known, never the whole of the day, and says so', () => {
    const rows = ['HTI,2024-12-31,Conflict,Not available,6110', 'HTI,2024-12-31,Conflict,Artibonite,52030', 'HTI,2024-12-31,Conflict,Ouest,952048'];
    const r = importHxl([...head, ...rows].join('\n'), 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.origin ?? null])).toEqual([
      [6110, 'Not available'],
      [52030, 'Artibonite'],
      [952048, 'Ouest'],
    ]);
    expect(fileNotes(r).join('\n')).toContain("1 origin cell written as not known ('Not available', 'Unknown') beside rows of known origins of the same place, date and breakdowns (line 3)");
  });
  it('keeps a row whose origin is not known, with no known origin beside it, the whole (a national row of no origin)', () => {
    const rows = ['HTI,2024-12-31,Conflict,Not available,1011517', 'HTI,2025-06-30,Conflict,Ouest,10'];
    const r = importHxl([...head, ...rows].join('\n'), 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.origin ?? null])).toEqual([
      [1011517, null],
      [10, 'Ouest'],
    ]);
  });
});

describe("round 36: an organisation for each place in a file of people counted where they are (IOM DTM's site list)", () => {
  const head = ['Site,Commune,Date,Individuals,Agency', '#loc+name,#adm3+name,#date,#affected+idps,#org'];
  it("reads each site's people as the site's own, the site's agency no part of them", () => {
    const rows = ['Terrain Acra,Delmas,2013-05-20,15547,DPC/IOM CMO', 'Golf Delmas 48,Delmas,2013-06-27,12304,JP/HRO', 'Camp Pell,Delmas,2013-06-27,800,'];
    const r = importHxl([...head, ...rows].join('\n'), 'sites.csv', { today: TODAY, country: 'HTI' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [15547, null],
      [12304, null],
      [800, null],
    ]);
    expect(r.report.columns.find((c) => c.tag === '#org')?.mappedTo).toBeNull();
  });
  it('keeps the organisation a breakdown where one place and date has two', () => {
    const rows = ['Terrain Acra,Delmas,2013-05-20,15547,DPC/IOM CMO', 'Terrain Acra,Delmas,2013-05-20,300,JP/HRO'];
    const r = importHxl([...head, ...rows].join('\n'), 'sites.csv', { today: TODAY, country: 'HTI' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.organisation ?? null])).toEqual([
      [15547, 'DPC/IOM CMO'],
      [300, 'JP/HRO'],
    ]);
  });
});

describe("round 36: a place's population of 0 in every cell (HAPI's DR Congo territories)", () => {
  it('imports no population of 0 where every figure cell of the row is 0, and says so', () => {
    const text = [
      '#adm1+code,#adm2+code,#adm2+name,#population,#population+f,#population+m,#date+reported',
      'CD54,CD5401,Bunia,0,0,0,2020-12-31',
      'CD54,CD5402,Aru,1200000,600000,600000,2020-12-31',
      'CD54,CD5403,Mahagi,1500000,0,1500000,2020-12-31',
    ].join('\n');
    const r = importHxl(text, 'pop.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.place === 'CD5401')).toEqual([]);
    // (a 0 beside a count above 0 on its row stays: a real 0 of a split, what the file says)
    expect(r.facts.figures.filter((f) => f.place === 'CD5403').map((f) => f.value)).toEqual([1500000, 0, 1500000]);
    expect(fileNotes(r).join('\n')).toContain('1 row gives a population of 0 in every figure cell (line 2)');
  });
});

describe("round 36: the IPC scraper's earlier long tables (#meta+phase and #meta+projection in 2023, then #phase+ipc)", () => {
  // (the country's population column left empty, as the 2023 tables leave it)
  const rows = (phase: string) => [
    'Sep 2022,CAF,Basse-Kotto,,current,2022-09-01,2023-03-31,all,380172,1.0',
    `Sep 2022,CAF,Basse-Kotto,,current,2022-09-01,2023-03-31,${phase}3+,195380,0.51`,
    `Sep 2022,CAF,Basse-Kotto,,current,2022-09-01,2023-03-31,${phase}4,66477,0.17`,
    'Sep 2022,CAF,Basse-Kotto,,first projection,2023-04-01,2023-08-31,all,380172,1.0',
    `Sep 2022,CAF,Basse-Kotto,,first projection,2023-04-01,2023-08-31,${phase}3+,222173,0.59`,
  ];
  const read = (head: string, phase: string) => {
    const text = ['a,b,c,d,e,f,g,h,i,j', head, ...rows(phase)].join('\n');
    return importHxl(text, 'ipc.csv', { today: TODAY });
  };
  for (const [head, phase] of [
    ['#date+analysis,#country+code,#loc+level1,#population,#meta+projection,#date+start,#date+end,#meta+phase,#affected+num+ipc,#affected+pct+ipc', 'P'],
    ['#date+analysis,#country+code,#loc+level1,#population,#period+type,#date+start,#date+end,#phase+ipc,#affected+num+ipc,#affected+pct+ipc', ''],
  ] as const) {
    it(`reads each phase as its severity and each projection apart, none rejected (${head.includes('#meta+phase') ? '#meta+phase' : '#phase+ipc'})`, () => {
      const r = read(head, phase);
      expect(r.report.rejected).toEqual([]);
      const counts = r.facts.figures.filter((f) => f.unit === 'person').map((f) => [f.value, f.breakdown?.severity ?? null, f.breakdown?.projection ?? null]);
      expect(counts).toEqual([
        [380172, null, null],
        [195380, '3+', null],
        [66477, '4', null],
        [380172, null, 'first projection'],
        [222173, '3+', 'first projection'],
      ]);
    });
  }
});

describe("round 36: a country's flash appeal named in the country column (HPC's plans of a year)", () => {
  it('reads "<Country> Flash Appeal" with no code as that country, the plan apart from its response plan; a regional plan stays its own place', () => {
    const text = [
      'Plan,ISO3,Plan type,In Need',
      '#country+name,#country+code,#plan+type,#inneed',
      'Ukraine,UKR,Humanitarian response plan,2875576',
      'Madagascar Flash Appeal,,Flash appeal,1590000',
      'Mozambique Gombe Flash Appeal,,Flash appeal,697425',
      'Ukraine Flash Appeal,,Flash appeal,15700000',
      'Ukraine (RRP),,Regional response plan,4000000',
      'Sudan and Chad Flash Appeal,,Flash appeal,100',
      'Ukraine Regional Flash Appeal,,Flash appeal,200',
    ].join('\n');
    const r = importHxl(text, 'plans.csv', { today: TODAY, asOf: '2022' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown?.plan ?? null])).toEqual([
      ['UKR', 2875576, 'Humanitarian response plan'],
      ['MDG', 1590000, null],
      ['MOZ', 697425, null],
      ['UKR', 15700000, 'Flash appeal'],
      ['ukraine-rrp', 4000000, null],
      // (an appeal of several countries or of a region stays a place of its own)
      ['sudan-and-chad-flash-appeal', 100, null],
      ['ukraine-regional-flash-appeal', 200, null],
    ]);
    expect(fileNotes(r).join('\n')).toContain("'Ukraine Flash Appeal' is read as Ukraine (UKR): an appeal or a plan for one country");
  });
});

describe('round 36: a record with a shallower area left blank among many that give it (AWSD incidents)', () => {
  it("keeps it under its country, not the row above's region, where such rows are rare (fewer than one in fifty)", () => {
    const rows: string[] = [];
    for (let i = 0; i < 60; i++) rows.push(`SY,Syrian Arab Republic,Rural Damascus,Rural Damascus,Zamalka,2018-02-${String((i % 27) + 1).padStart(2, '0')},1`);
    rows.splice(30, 0, 'SY,Syrian Arab Republic,,,Tirmala,2018-02-15,1');
    const text = ['Country Code,Country,Region,District,City,Date,Killed', '#country+code,#country+name,#adm1+name,#adm2+name,#adm3+name,#date,#affected+killed', ...rows].join('\n');
    const r = importHxl(text, 'awsd.csv', { today: TODAY, repeats: 'sum' });
    const tirmala = r.facts.places.find((p) => p.name === 'Tirmala');
    expect(tirmala?.parent).toBe('SYR');
    expect(r.report.notes.join('\n')).not.toContain('merged cells');
  });
});

describe("round 36: a health facility's beds under #indicator+num", () => {
  it('reads +beds as no count of people (Ebola treatment centres: "Capacity (N)", 84 beds were 84 people)', () => {
    const text = ['Centre,Capacity,Staff,Date', '#loc+name,#indicator+num+beds,#affected+infected,#date', 'Kailahun ETC,84,12,2014-09-17'].join('\n');
    const r = importHxl(text, 'etc.csv', { today: TODAY, country: 'SLE' });
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([['people-affected-infected', 12, 'person']]);
    expect(r.report.notes.join('\n')).toContain('"Capacity" #indicator+num+beds');
  });
});

describe("round 36: a file of aid workers' security incidents (AWSD)", () => {
  it('reads every count of people as aid workers, where the file counts them by employer in the aid system', () => {
    const text = [
      'Incident ID,Year,Month,Country Code,Region,UN,INGO,ICRC,Total killed,Total wounded',
      '#event+id,#date+year,#date+month,#country+code,#adm1+name,#affected+UN,#affected+INGO,#affected+ICRC,#affected+total+killed,#affected+total+injured',
      '742,2008,7,AF,Nurestan,0,4,0,3,1',
    ].join('\n');
    const r = importHxl(text, 'awsd.csv', { today: TODAY, repeats: 'sum' });
    const killed = r.facts.figures.find((f) => f.indicator === 'deaths');
    expect([killed?.value, killed?.breakdown?.['population-group']]).toEqual([3, 'aid workers']);
    expect(r.facts.figures.every((f) => f.breakdown?.['population-group'] === 'aid workers')).toBe(true);
  });
  it('leaves a file that names one employer alone as it was', () => {
    const text = ['Country,Killed,UN staff killed', '#country+code,#affected+killed,#affected+un+killed', 'AFG,25,3'].join('\n');
    const r = importHxl(text, 'k.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.find((f) => f.indicator === 'deaths')?.breakdown).toBeUndefined();
  });
});

describe("round 36: a funding flow with no cluster or plan named (FTS's Jordan flows)", () => {
  it('reads it as one flow among the others, "not named", never the whole of its funder and recipient', () => {
    const text = [
      'date,amountUSD,srcOrganization,destPlan,destOrganization,destGlobalCluster',
      '#date,#value+funding+total+usd,#org+name+funder,#activity+appeal+name,#org+name+impl,#sector+cluster+name+list',
      '2020-10-08,0,"Germany, Government of",,World Food Programme,',
      '2020-10-08,53317536,"Germany, Government of",RSYR20,World Food Programme,Multi-sector',
    ].join('\n');
    const r = importHxl(text, 'fts.csv', { today: TODAY, country: 'JOR' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.sector ?? null])).toEqual([
      [0, 'not named'],
      [53317536, 'Multi-sector'],
    ]);
    expect(headlineFigures(r.facts.figures)).toEqual([]);
  });
});

describe("round 36: negative adjustments in a file of records added up (HPC's 3RP project requirements)", () => {
  const head = ['name,versionCode,currentRequestedFunds,country,organization,globalCluster', '#activity+name,#activity+code+v_hpc,#value+funding+required+usd,#country+code,#org+name,#sector+cluster+name'];
  it('nets a negative amount into its sum and says so; a negative with nothing to net against is rejected', () => {
    const rows = ['Basic needs,RSYR22-BN-1,-28106534,LBN,Confidential,Food Security', 'Food,RSYR22-FSC-2,94260150,LBN,Confidential,Food Security', 'Education,RSYR22-EDU-3,-34303573,LBN,Confidential,Education', 'Health,RSYR22-HEA-4,500,LBN,Confidential,Health', 'Health 2,RSYR22-HEA-5,700,LBN,Confidential,Health'];
    const r = importHxl([...head, ...rows].join('\n'), 'rsyr.csv', { today: TODAY, asOf: '2022', repeats: 'sum' });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.sector])).toEqual([
      [66153616, 'Food Security'],
      [1200, 'Health'],
    ]);
    expect(r.facts.figures[0]!.notes).toContain('1 of them is a negative adjustment, netted into the sum.');
    expect(r.report.rejected.map((x) => [x.line, x.reason.includes('a negative adjustment with nothing to net it against')])).toEqual([[5, true]]);
  });
});

describe('round 36: quarters in the start and end columns (WHO immunization campaigns)', () => {
  it('starts a quarter in the start column on its first day, and ends one in the end column on its last', () => {
    const text = ['Country,Vaccine,Target,Start,End', '#country+code,#activity,#targeted,#date+start,#date+end', 'BFA,Polio,100,2020-Q2,2020-Q2', 'VNM,Measles,200,2021-Q4,2022-Q2'].join('\n');
    const r = importHxl(text, 'campaigns.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.asOf, f.period])).toEqual([
      ['2020-06-30', { start: '2020-04-01', end: '2020-06-30' }],
      ['2022-06-30', { start: '2021-10-01', end: '2022-06-30' }],
    ]);
  });
});

describe("round 36: DHS's estimates of one survey for two reference periods (#indicator+label)", () => {
  it("reads the label beside the indicator's name as the estimate's variant, where one place and date has several", () => {
    const text = [
      'ISO3,Location,Indicator,Value,Unit,SurveyYear,ByVariableLabel',
      '#country+code,#loc+name,#indicator+name,#indicator+value+num,#indicator+unit,#date+year,#indicator+label',
      'AFG,Kabul,Place of delivery: Health facility,83.6,percent,2015,Three years preceding the survey',
      'AFG,Kabul,Place of delivery: Health facility,82.4,percent,2015,Five years preceding the survey',
      'AFG,Kabul,Women who are literate,30.1,percent,2015,',
    ].join('\n');
    const r = importHxl(text, 'dhs.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.variant ?? null])).toEqual([
      [83.6, 'Three years preceding the survey'],
      [82.4, 'Five years preceding the survey'],
      [30.1, null],
    ]);
  });
  it('leaves a label that may be the indicator itself (no #indicator+name beside it) as it was', () => {
    const text = ['a,b,c,d,e', '#country+code,#indicator+code,#indicator+label,#indicator+value+num,#date+year', 'AFG,SP.POP.TOTL,"Population, total",100,2015', 'AFG,X.Y,Other,5,2015'].join('\n');
    const r = importHxl(text, 'wb.csv', { today: TODAY });
    expect(r.facts.figures.every((f) => f.breakdown?.variant === undefined)).toBe(true);
  });
});

describe("round 37: a place's population of 0 in every cell, in COD-PS's long form with population codes", () => {
  it('imports no population of 0 where the rows split the place by F_00_04 and T_TL codes, and says so', () => {
    const text = [
      '#country+code,#adm1+code,#adm2+code,#adm2+name,#population+group,#gender,#age+range,#population,#date+year',
      'COD,CD54,CD5401,Bunia,F_00_04,f,0-4,0,2020',
      'COD,CD54,CD5401,Bunia,T_TL,all,all,0,2020',
      'COD,CD54,CD5402,Aru,F_00_04,f,0-4,90000,2020',
      'COD,CD54,CD5402,Aru,T_TL,all,all,1200000,2020',
    ].join('\n');
    const r = importHxl(text, 'cod-ps.csv', { today: TODAY });
    expect(r.facts.figures.filter((f) => f.place === 'CD5401')).toEqual([]);
    expect(r.facts.figures.filter((f) => f.place === 'CD5402').map((f) => [f.value, f.breakdown ?? null])).toEqual([
      [90000, { sex: 'f', age: '0-4' }],
      [1200000, null],
    ]);
    expect(fileNotes(r).join('\n')).toContain('2 rows give a population of 0 in every figure cell (line 2 first)');
  });
  it('keeps a group of people (not a COD code) whose count is 0', () => {
    const text = ['#adm1+code,#population+group,#population,#date+year', 'CD54,IDP,0,2020', 'CD54,Refugees,1200,2020'].join('\n');
    const r = importHxl(text, 'groups.csv', { today: TODAY });
    // (the group names the indicator: IDPs and refugees)
    expect(r.facts.figures.map((f) => [f.value, f.indicator])).toEqual([
      [0, 'internally-displaced'],
      [1200, 'refugees'],
    ]);
  });
});

describe("round 37: a list of displacement events from one place to another (OCHA Afghanistan's +x_origin and +x_destination)", () => {
  const text = [
    'DISP_DATE,ORIG_PROV_NAME,ORIG_DIST_NAME,DISP_PROV_NAME,DISP_DIST_NAME,DISP_IND,DISP_FAM',
    '#date+occurred,#admin1+name+x_origin,#admin2+name+x_origin,#admin1+name+x_destination,#admin2+name+x_destination,#affected+displaced,#affected+displaced+families',
    '2018-01-01,Daykundi,Gizab,Daykundi,Nili,11,1',
    '2018-01-01,Daykundi,Gizab,Daykundi,Nili,197,38',
    '2018-03-12,Daykundi,Gizab,Hirat,Hirat,21,3',
    '2018-07-20,Daykundi,Gizab,Daykundi,Nili,100,16',
  ].join('\n');
  it('files each count under the place people were displaced to, their origin a breakdown, and names the places', () => {
    const r = importHxl(text, 'afg-displacements.csv', { today: TODAY, country: 'AFG' });
    const people = r.facts.figures.filter((f) => f.indicator === 'displaced');
    expect(people.map((f) => [r.facts.places.find((p) => p.id === f.place)?.name, f.breakdown?.origin, f.value])).toEqual([
      ['Nili', 'Daykundi', 308],
      ['Hirat', 'Daykundi', 21],
    ]);
  });
  it('adds up the people displaced by each event of the year, as it adds up their families', () => {
    const r = importHxl(text, 'afg-displacements.csv', { today: TODAY, country: 'AFG' });
    const nili = r.facts.figures.filter((f) => r.facts.places.find((p) => p.id === f.place)?.name === 'Nili');
    expect(nili.map((f) => [f.unit, f.value])).toEqual([
      ['person', 308],
      ['household', 55],
    ]);
    expect(r.report.rejected).toEqual([]);
  });
});

describe("round 37: the note on a country column of the file's own codes", () => {
  it("names the ids its places take, so that a user can find them", () => {
    const text = ['year,asylum,refugees', '#date+year,#country,#affected+refugees', ...['AUS', 'AUL', 'ALG', 'ANG', 'BAH', 'BKF', 'BSN', 'CHD', 'GRE', 'ICO', 'LEB', 'AFG', 'ALB'].map((c, i) => `2012,${c},${1000 + i}`)].join('\n');
    const r = importHxl(text, 'unhcr.csv', { today: TODAY });
    expect(r.report.notes.filter((n) => n.includes('ISO'))).toEqual([expect.stringContaining("its id 'code-' and the code ('code-aus'), so that an ISO3 code never finds it")]);
  });
});

describe("round 37: a provider's area matched to another area's p-code (HAPI's poverty rates)", () => {
  const text = [
    '#country+code,#adm1+name+provider,#adm1+code,#adm1+name,#indicator+headcount_ratio+pct,#date+start,#date+end',
    'NIC,Raas,NI80,Rivas,32.0592,2011-01-01,2012-12-31',
    'NIC,Rivas,NI80,Rivas,7.7738,2011-01-01,2012-12-31',
    'NIC,Bas-Uélé,NI90,Bas Uele,70.2550,2011-01-01,2012-12-31',
    'NIC,Raas,NI70,Atlántico Sur,41.5,2011-01-01,2012-12-31',
  ].join('\n');
  it("keeps the area's own row and leaves out the other area's, saying so", () => {
    const r = importHxl(text, 'poverty.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['NI80', 7.7738],
      ['NI90', 70.255],
      ['NI70', 41.5],
    ]);
    expect(r.report.rejected.map((x) => x.line)).toEqual([2]);
    expect(r.report.rejected[0]!.reason).toContain("the provider's area 'Raas' was matched to 'Rivas'");
    expect(fileNotes(r).join('\n')).toContain("1 row names a provider's area (+provider) other than the area its p-code gives");
  });
});

describe("round 37: a publisher's own hashtag for a kind of transaction (IATI's #x_transaction_type)", () => {
  it('tells commitments from spending, never adding them up', () => {
    const text = [
      '#date+month,#org+name,#country+code,#x_transaction_type,#value+total+usd',
      '2020-05,FCDO,YEM,commitments,2986609',
      '2020-05,FCDO,YEM,spending,986255',
    ].join('\n');
    const r = importHxl(text, 'iati.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.['transaction-type']])).toEqual([
      [2986609, 'commitments'],
      [986255, 'spending'],
    ]);
  });
});

describe("round 37: a one-country plan named by its kind in a country column (OCHA's 'Lebanon ERP')", () => {
  it('places it in its country; a regional refugee plan stays a place of its own', () => {
    const text = ['#country+name,#country+code,#plan+type,#inneed,#date+year', 'Lebanon ERP,,Non Humanitarian response plan,1863924,2022', 'Yemen HRP,,Humanitarian response plan,21600000,2022', 'Syria 3RP,,Regional refugee plan,5600000,2022'].join('\n');
    const r = importHxl(text, 'plans.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['LBN', 1863924],
      ['YEM', 21600000],
      ['syria-3rp', 5600000],
    ]);
  });
});

describe("round 37: an incident whose victims' sex is left empty in a list of incidents (Insecurity Insight's Protection in Danger)", () => {
  it('is one incident among the year\'s, its sex not stated, never the year\'s whole', () => {
    const text = [
      '#date+occurred,#country+code,#adm1+name,#sex,#affected+camp+damaged+num',
      '2021-02-15,YEM,Marib Governorate,,1',
      '2021-02-16,YEM,Marib Governorate,No Direct Victim Reported,1',
      '2021-02-16,YEM,Marib Governorate,No Direct Victim Reported,2',
      '2021-04-09,YEM,Taiz Governorate,No Direct Victim Reported,1',
      '2021-04-09,YEM,Taiz Governorate,No Direct Victim Reported,1',
    ].join('\n');
    const r = importHxl(text, 'pid.csv', { today: TODAY });
    expect(r.facts.figures.every((f) => f.breakdown !== undefined)).toBe(true);
    expect(r.facts.figures.map((f) => [f.place, f.breakdown?.['sex-as-written'], f.value])).toEqual([
      [expect.stringContaining('marib'), 'not stated', 1],
      [expect.stringContaining('marib'), 'No Direct Victim Reported', 3],
      [expect.stringContaining('taiz'), 'No Direct Victim Reported', 2],
    ]);
  });
});

describe("round 37: a link for each row (IDMC's event data, #meta+url)", () => {
  it("names each figure's own row's link in its notes, and gives the source none, where the rows' links differ", () => {
    const text = [
      '#country+code,#event+id,#affected+displaced,#date+occurred,#meta+url',
      'IND,126716,2,2023-11-06,https://example.org/kerala-flood.pdf',
      'IND,126717,1000,2023-11-07,https://example.org/manipur-conflict.html',
    ].join('\n');
    const r = importHxl(text, 'idu.csv', { today: TODAY });
    expect(r.facts.sources.map((s) => s.url ?? null)).toEqual([null]);
    expect(r.facts.figures.map((f) => [f.value, /Its row's link: (\S+)\./.exec(f.notes ?? '')?.[1]])).toEqual([
      [2, 'https://example.org/kerala-flood.pdf'],
      [1000, 'https://example.org/manipur-conflict.html'],
    ]);
  });
  it('says so once in the report', () => {
    const text = ['#country+code,#affected+displaced,#date+occurred,#meta+url', 'IND,2,2023-11-06,https://example.org/a.pdf', 'IND,1000,2023-11-07,https://example.org/b.html'].join('\n');
    const r = importHxl(text, 'idu.csv', { today: TODAY });
    expect(fileNotes(r).filter((n) => n.includes('several links'))).toEqual([expect.stringContaining("each figure's notes name its own row's, and no link is the source's")]);
  });
  it('keeps one link for every row as the source\'s', () => {
    const text = ['#country+code,#affected+displaced,#date+reported,#meta+url', 'IND,2,2023-11-06,https://example.org/report.pdf', 'NPL,5,2023-11-06,https://example.org/report.pdf'].join('\n');
    const r = importHxl(text, 'one.csv', { today: TODAY });
    expect(r.facts.sources.map((s) => s.url)).toEqual(['https://example.org/report.pdf']);
  });
});

describe("round 37: an IPC analysis of a country that covered a part of its people (the IPC scraper's national table)", () => {
  it("keeps that analysis's figures as a part of the country, and the country's full analyses as its own", () => {
    const text = [
      '#date+analysis,#country+code,#population,#date+start+current,#date+end+current,#affected+num+ipc+current+total,#affected+num+ipc+current+p3plus',
      'Sep 2017,AFG,29724323,2017-08-01,2017-11-30,29003956,7605812',
      'Jan 2018,AFG,31575018,2017-11-01,2018-02-28,3926777,1302047',
    ].join('\n');
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    const p3 = r.facts.figures.filter((f) => f.indicator === 'people-in-ipc-phase');
    expect(p3.map((f) => [f.value, f.breakdown?.coverage ?? null])).toEqual([
      [7605812, null],
      [1302047, 'part of the country'],
    ]);
    expect(fileNotes(r).join('\n')).toContain('1 IPC analysis of a country covered less than 80 % of its people (line 3: 3,926,777 of 31,575,018 people analysed)');
  });
});

describe("round 37: the round trip of a 4W whose activities are sentences (ROWCA's 4W)", () => {
  it('gives back each figure with its activity, word for word', () => {
    const activity = (i: number) => `Train teachers/other educational personnel of group ${i} in life skills and psycho-social support`;
    const text = [
      '#sector,#org+name,#activity+name,#country+code,#adm1+name,#reached',
      ...Array.from({ length: 6 }, (_, i) => `Education,UNICEF,${activity(i)},MLI,Gao,${40 + i}`),
    ].join('\n');
    const first = importHxl(text, '4w.csv', { today: TODAY, asOf: '2014' });
    expect(first.facts.figures.every((f) => f.breakdown?.activity !== undefined)).toBe(true);
    const index = new FactsIndex(first.facts);
    const records = first.facts.figures.map((f) => toFigureRecord(f, index));
    const again = importHxl(renderHxl(records, [...figureView.csv, ...breakdownColumns(records)]), 'export.csv', { today: TODAY });
    const key = (f: (typeof first.facts.figures)[number]) => [f.id, f.value, f.breakdown ?? null];
    expect(again.facts.figures.map(key)).toEqual(first.facts.figures.map(key));
  });
});

describe("round 37: a 3W refused for want of figures names its partners' column as organisations", () => {
  it('does not call the partners of a file with no figures its source publisher', () => {
    const text = ['Sector,Admin1,Partner', '#sector,#adm1+name,#org+name', 'Health,Beirut,UNICEF', 'WASH,Akkar,Oxfam'].join('\n');
    let message = '';
    try {
      importHxl(text, '3w.csv', { today: TODAY, asOf: '2024' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('#org+name: an organisation: who reported or works there, not a figure');
    expect(message).not.toContain('source_publisher');
  });
});

describe('round 38: lists of sites and villages (IOM DTM)', () => {
  it('reads #adm4 and #village as the row\'s own place, each site a place under its area, never a repeat of the area', () => {
    const text = [
      'Date,Country,Baladiya code,Baladiya,Muhalla code,Muhalla,IDPs',
      '#date+reported,#country+code,#adm3+code,#adm3+name,#adm4+code,#adm4+name,#affected+idps+ind',
      '2021-11-30,LBY,LY010601,Shahhat,LY01060105,Al faydiyah,100',
      '2021-11-30,LBY,LY010601,Shahhat,LY01060110,Shahhat Al jadida,200',
      '2021-11-30,LBY,LY010601,Shahhat,LY01060112,Sousa,120',
    ].join('\n');
    const r = importHxl(text, 'dtm.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['LY01060105', 100],
      ['LY01060110', 200],
      ['LY01060112', 120],
    ]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.places.find((p) => p.id === 'LY01060110')?.parent).toBe('LY010601');
    const villages = ['#date+reported,#country+code,#adm3+code,#village+code,#village+name,#affected+idps+ind', '2021-03-30,CMR,CMR004001004,V1,Gada,12', '2021-03-30,CMR,CMR004001004,V2,Kossa,30'].join('\n');
    expect(importHxl(villages, 'v.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([12, 30]);
  });

  it("says on the figure a first row gives, and in its label, that later rows give the same place, date and breakdown other values", () => {
    const text = [
      'Date,Woreda code,Woreda,IDPs',
      '#date+reported,#adm3+code,#adm3+name,#affected+idps+ind',
      '2022-01-31,ET060305,Bambasi,67',
      '2022-01-31,ET060306,Bilidigilu,1146',
      '2022-01-31,ET060305,Bambasi,168',
      '2022-01-31,ET060305,Bambasi,1,204',
    ].join('\n');
    const r = importHxl(text.replace('1,204', '"1,204"'), 'sites.csv', { today: TODAY });
    const bambasi = r.facts.figures.find((f) => f.place === 'ET060305')!;
    expect(bambasi.value).toBe(67);
    expect(bambasi.label).toContain("(line 3's value; 2 other rows give others)");
    expect(bambasi.notes).toContain('Other rows of the file with the same place, date and breakdown cells give this column other values (2: line 5: 168; line 6: 1,204)');
    expect(r.facts.figures.find((f) => f.place === 'ET060306')!.label).not.toContain('other row');
    // (rows added up are no conflict: nothing said)
    const summed = importHxl(text.replace('1,204', '"1,204"'), 'sites.csv', { today: TODAY, repeats: 'sum' });
    expect(summed.facts.figures.every((f) => !(f.notes ?? '').includes('other values'))).toBe(true);
  });

  it('drops an origin that is the country an area is in, as it does for a national row', () => {
    const text = [
      'Date,Admin 1,Commune code,IDPs,Country of origin',
      '#date+reported,#adm1+name,#adm3+code,#affected+idps+ind,#country+name+origin',
      '2021-09-30,Tombouctou,MLI090101,283,Mali',
      '2021-09-30,Tombouctou,MLI090102,120,Mali',
    ].join('\n');
    const r = importHxl(text, 'mli.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value, f.breakdown ?? null])).toEqual([
      ['MLI090101', 283, null],
      ['MLI090102', 120, null],
    ]);
  });

  it("reads an area's only origin, in a file of areas that gives one a place and date, as where its people came from, not a part", () => {
    const rows = Array.from({ length: 6 }, (_, i) => `2021-07-30,NG00200100${i},Ward ${i},${100 + i},${i % 2 === 0 ? 'BORNO' : 'YOBE'}`);
    const text = ['Date,Ward code,Ward,IDPs,State of origin', '#date+reported,#adm3+code,#adm3+name,#affected+idps+ind,#adm1+name+origin', ...rows].join('\n');
    const r = importHxl(text, 'nga.csv', { today: TODAY });
    expect(r.facts.figures.every((f) => f.breakdown === undefined)).toBe(true);
    expect(r.facts.figures[0]!.notes).toContain('Origin as the file gives it, the only one of its place and date: BORNO.');
    // (a place of two origins keeps them as parts)
    const two = importHxl(`${text}\n2021-07-30,NG002001000,Ward 0,40,YOBE`, 'nga.csv', { today: TODAY });
    expect(two.facts.figures.filter((f) => f.place === 'NG002001000').map((f) => [f.value, f.breakdown?.origin])).toEqual([[100, 'BORNO'], [40, 'YOBE']]);
    // (and a file of one origin alone keeps it: the IDPs from one state are a part of each ward's)
    const one = importHxl(text.replace(/YOBE/g, 'BORNO'), 'nga.csv', { today: TODAY });
    expect(one.facts.figures.every((f) => f.breakdown?.origin === 'BORNO')).toBe(true);
  });

  it('reads an admin level whose code and name columns are tagged the other way round the right way, and says so', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2021-07-30,LGA ${i},NG0020${String(i).padStart(2, '0')},${50 + i}`);
    const text = ['Date,LGA,LGA Pcode,IDPs', '#date+reported,#adm2+code,#adm2+name,#affected+idps+ind', ...rows].join('\n');
    const r = importHxl(text, 'nga.csv', { today: TODAY });
    expect(r.facts.places.find((p) => p.id === 'NG002003')).toMatchObject({ name: 'LGA 3', pcode: 'NG002003' });
    expect(fileNotes(r).join('\n')).toContain('column 3 "LGA Pcode" #adm2+name is tagged as #adm2\'s names but holds p-codes');
  });

  it('keeps apart two settlements of one name and district whose codes, though no p-codes, differ', () => {
    const text = [
      'Date,District code,Settlement code,Settlement,IDPs',
      '#date+reported,#adm2+code,#adm3+code,#adm3+name,#affected+idps+ind',
      '2021-03-30,SOM2103,NA-3807-L11-003_1,Xawaadley,0',
      '2021-03-30,SOM2103,SOMs027961,Xawaadley,30000',
    ].join('\n');
    const r = importHxl(text, 'som.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([0, 30000]);
    expect(new Set(r.facts.figures.map((f) => f.place)).size).toBe(2);
  });

  it("reads DTM's +ret as returnees, +ret+internal as returned IDPs, and +all beside a population as nothing more", () => {
    const text = ['Date,Commune code,Returned IDPs,From abroad,Individuals', '#date+reported,#adm2+code,#affected+ret+internal+ind,#affected+ret+abroad+ind,#affected+displaced+all', '2021-06-30,BDI001001,31,133,500'].join('\n');
    expect(importHxl(text, 'bdi.csv', { today: TODAY }).facts.figures.map((f) => f.indicator)).toEqual(['returned-idps', 'returnees', 'displaced']);
  });

  it('reads a slashed date with its time of day ("28/07/2014 00:00")', () => {
    const text = ['Date,Country,Spent', '#date,#country+code,#value+spent+usd', '28/07/2014 00:00,SLE,1000', '01/08/2014 00:00,SLE,2000'].join('\n');
    expect(importHxl(text, 'iati.csv', { today: TODAY }).facts.figures.map((f) => f.asOf)).toEqual(['2014-07-28', '2014-08-01']);
  });

  it('names an untagged column of site codes headed in French ("P-code localité") where it tells repeated rows apart', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `2021-06-30,TD0704,TD0704-${i},${100 + i}`);
    const text = ['Date,Sous-préfecture,P-code localité,IDPs', '#date+reported,#adm3+code,,#affected+idps+ind', ...rows].join('\n');
    expect(fileNotes(importHxl(text, 'tcd.csv', { today: TODAY })).join('\n')).toContain('column 3 "P-code localité", which has no hashtag, differs between such rows');
  });
});

describe('round 38: funding, shares and flags', () => {
  it("drops the disability flag of sex and age rows that, flagged or not, are their whole's plain split", () => {
    const text = [
      '#adm1+code,#adm2+code,#sector+code,#gender+code,#age+range,#is_disabled,#inneed',
      'GT01,GT0101,PRO,a,ALL,a,60229',
      'GT01,GT0101,PRO,f,0-17,y,4610',
      'GT01,GT0101,PRO,f,18-64,y,31303',
      'GT01,GT0101,PRO,f,65+,a,261',
      'GT01,GT0101,PRO,m,0-17,y,4430',
      'GT01,GT0101,PRO,m,18-64,y,19374',
      'GT01,GT0101,PRO,m,65+,a,251',
      'GT01,GT0101,WSH,a,ALL,a,1000',
      'GT01,GT0101,WSH,f,ALL,a,500',
      'GT01,GT0101,WSH,m,ALL,a,500',
      'GT01,GT0101,WSH,f,ALL,y,40',
    ].join('\n');
    const r = importHxl(text, 'gtm.csv', { today: TODAY, asOf: '2024' });
    expect(r.facts.figures.filter((f) => f.breakdown?.sector === 'PRO' && f.breakdown?.disability !== undefined)).toEqual([]);
    // (a real subset beside a split that already makes the whole keeps its flag)
    expect(r.facts.figures.filter((f) => f.breakdown?.disability === 'yes').map((f) => f.value)).toEqual([40]);
  });

  it('imports no share of 0 beside its count written as no data', () => {
    const text = ['Country,Caseload,In need,Targeted,% targeted', '#country+name,#sector,#inneed,#targeted,#targeted+pct', 'Burkina Faso,MAM,433412,_,0', 'Mali,MAM,478000,335000,70'].join('\n');
    const r = importHxl(text, 'sahel.csv', { today: TODAY, asOf: '2017' });
    expect(r.facts.figures.filter((f) => f.unit === 'percent').map((f) => [f.place, f.value])).toEqual([['MLI', 70]]);
    expect(r.report.rejected.map((x) => x.reason)).toEqual([expect.stringContaining("a share of 0 beside its count written as no data ('_'")]);
  });

  it("does not take an appeal's National Society for the publisher of the Federation's data", () => {
    const text = ['#meta+id,#country+code,#org+national_society,#value+funding+required+chf,#date', 'MDRKE055,KEN,Kenya Red Cross Society,499199,2023-02-16'].join('\n');
    expect(importHxl(text, 'ifrc.csv', { today: TODAY }).facts.sources[0]!.publisher).not.toBe('Kenya Red Cross Society');
  });

  it('says a column of exchange rates is no figure, with no advice to retag it', () => {
    const text = ['Country,Date,Amount,exchangeRate', '#country+code,#date,#value+funding+total+usd,#financial+fx', 'AFG,2024-01-01,1000,1.1'].join('\n');
    const notes = fileNotes(importHxl(text, 'fts.csv', { today: TODAY })).join('\n');
    expect(notes).toContain('rates of conversion between currencies, not figures');
    expect(notes).not.toContain('retag it');
  });
});

describe('round 38: campaigns, COVID templates and long IPC tables', () => {
  it("reads WHO's campaigns: each vaccine a part, a start without an end (or 'TBD') dated by its start", () => {
    const text = [
      'iso3,Vaccine,Start,End,Target',
      '#country+code,#service+name,#date+start,#date+end,#targeted',
      'TCD,Meningitis A,2020-04,2020-04,681121',
      'TCD,Measles,2020-10,,1792830',
      'TCD,Yellow Fever,2022-01,TBD,1101230',
    ].join('\n');
    const r = importHxl(text, 'who.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map((f) => [f.breakdown?.service, f.asOf])).toEqual([
      ['Meningitis A', '2020-04'],
      ['Measles', '2020-10'],
      ['Yellow Fever', '2022-01'],
    ]);
    expect(fileNotes(r).join('\n')).toContain('2 rows give the start of their period and no end (line 4: from 2020-10)');
  });

  it('reads +deaths as +dead and +recoveries as +recovered, one indicator whichever template', () => {
    const a = importHxl(['#country+code,#date,#affected+infected+deaths', 'AFG,2020-05-13,1'].join('\n'), 'a.csv', { today: TODAY });
    const b = importHxl(['#country+code,#date,#affected+infected+dead', 'SOM,2020-05-13,2'].join('\n'), 'b.csv', { today: TODAY });
    expect(a.facts.figures[0]!.indicator).toBe(b.facts.figures[0]!.indicator);
  });

  it("marks every phase of a long IPC table's partial analysis as a part, and none of a whole one", () => {
    const head = ['Date,Country,Population,From,To,Phase,Number', '#date+analysis,#country+code,#population,#date+start,#date+end,#severity+v_ipc,#affected+num'];
    const rows = [
      'Apr 2023,AFG,43100596,2023-04-01,2023-04-30,all,43100598',
      'Apr 2023,AFG,43100596,2023-04-01,2023-04-30,3,12000000',
      'Jan 2018,AFG,31575018,2018-01-01,2018-03-31,all,3926777',
      'Jan 2018,AFG,31575018,2018-01-01,2018-03-31,3,1000000',
    ];
    const r = importHxl([...head, ...rows].join('\n'), 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.value, f.breakdown?.coverage ?? null])).toEqual([
      [43100598, null],
      [12000000, null],
      [3926777, 'part of the country'],
      [1000000, 'part of the country'],
    ]);
  });
});

describe('round 38: a year in a hashtag, and a kind under a hashtag of its own', () => {
  it('reads #population+y2018 as the population of 2018, whatever --as-of dates the other columns', () => {
    const text = ['#country+code,#adm1+code,#population+y2018,#inneed', 'MLI,ML08,13841,5842'].join('\n');
    const r = importHxl(text, 'hno.csv', { today: TODAY, asOf: '2019' });
    expect(r.facts.figures.map((f) => [f.indicator, f.asOf])).toEqual([
      ['population', '2018'],
      ['people-in-need', '2019'],
    ]);
    expect(() => importHxl(text, 'hno.csv', { today: TODAY })).toThrow(/no date column/);
  });

  it("reads a pooled fund's #cashflow+type as the kind of each row (Budget, Direct Cost), never amounts to add up", () => {
    const text = ['#adm1+name,#cashflow+type,#indicator+num+cbpf_allocation+unit_usd', ...['Budget,16788574', 'Direct Cost,14067608', 'Support Cost,1641919'].map((r) => `Jonglei,${r}`), ...['Budget,100', 'Direct Cost,80', 'Support Cost,20'].map((r) => `Unity,${r}`)].join('\n');
    const r = importHxl(text, 'cbpf.csv', { today: TODAY, asOf: '2017', country: 'SSD' });
    expect(r.facts.figures.filter((f) => f.place.endsWith('jonglei')).map((f) => [f.value, f.breakdown?.['cashflow-type']])).toEqual([
      [16788574, 'Budget'],
      [14067608, 'Direct Cost'],
      [1641919, 'Support Cost'],
    ]);
  });
});

describe('round 38: a #loc column of kinds of site (Insecurity Insight)', () => {
  const kinds = ['Health Building', 'Road', 'Home', 'No Information'];
  const areas = [['PSE', 'Gaza Strip'], ['PSE', 'West Bank'], ['SYR', 'Idlib'], ['MMR', 'Sagaing']];
  const rows = Array.from({ length: 48 }, (_, i) => `2023-0${1 + (i % 9)}-1${i % 10},${areas[i % 4]![0]},${areas[i % 4]![1]},${kinds[Math.floor(i / 4) % 4]},${1 + (i % 3)}`);
  const text = ['Date,Country,Admin 1,Location,Injured', '#date+occurred,#country+code,#adm1+name,#loc,#affected+injured', ...rows, '2023-05-01,PSE,Palestinian Territories,Health Building,8'].join('\n');

  it('reads the kind as a breakdown and keeps each figure at its admin area, never under a kind of site as a place', () => {
    const r = importHxl(text, 'ii.csv', { today: TODAY });
    expect(r.facts.places.some((p) => kinds.includes(p.name))).toBe(false);
    expect(r.facts.figures.every((f) => f.breakdown?.['location-type'] !== undefined)).toBe(true);
    expect(fileNotes(r).join('\n')).toContain('column 4 "Location" #loc holds kinds of site, not places (4 values');
    // (the row of the country's own name is the country's, never Gaza Strip's)
    const gaza = r.facts.places.find((p) => p.name === 'Gaza Strip')!.id;
    const inGaza = r.facts.figures.filter((f) => f.place === gaza).reduce((s, f) => s + f.value, 0);
    const fromFile = rows.filter((l) => l.includes(',Gaza Strip,')).reduce((s, l) => s + Number(l.split(',').at(-1)), 0);
    expect(inGaza).toBe(fromFile);
  });

  it('keeps a #loc of towns or camps, each under its own area, as places', () => {
    const camps = ['#date,#country+code,#adm1+name,#loc,#affected+idps', ...Array.from({ length: 30 }, (_, i) => `2023-01-01,SOM,Bay,Camp ${i},${100 + i}`)].join('\n');
    expect(importHxl(camps, 'camps.csv', { today: TODAY }).facts.places.filter((p) => p.name.startsWith('Camp '))).toHaveLength(30);
  });
});

describe("round 38: an event list's citations (UCDP, ACLED)", () => {
  it("keeps each row's cited report in its figures' notes and the file as the one source", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${1000 + i},${1989 + (i % 5)}-0${1 + (i % 9)}-01,BGD,Chittagong,${i + 1},"Reuters (${1989 + (i % 5)}-10-0${1 + (i % 9)}): report ${i}"`);
    const text = ['id,date,country,admin1,deaths,source_article', '#event+id,#date+occurred,#country+code,#adm1+name,#affected+killed,#meta+source', ...rows].join('\n');
    const r = importHxl(text, 'ucdp.csv', { today: TODAY });
    expect(r.facts.sources.map((s) => s.id)).toEqual(['ucdp']);
    expect(fileNotes(r).join('\n')).toContain('#meta+source names the report each row comes from (30 different ones in the first 30 rows that fill it)');
  });
  it('keeps the sources of a file that joins a few (two publishers, one export each)', () => {
    const text = ['#country+code,#date,#affected+idps,#meta+source', 'SOM,2023-01-01,100,IDMC', 'SOM,2023-01-01,120,DTM', 'ETH,2023-01-01,300,IDMC', 'ETH,2023-01-01,310,DTM'].join('\n');
    expect(importHxl(text, 'joined.csv', { today: TODAY }).facts.sources.map((s) => s.id).sort()).toEqual(['dtm', 'idmc']);
  });
});

describe("round 38: an admin area named without its code (HAPI's 'Cannot match row')", () => {
  it('files the row under the code other rows of the country give that name, never a second place of one name', () => {
    const text = [
      '#country+code,#adm1+name+provider,#adm2+name+provider,#adm1+code,#adm1+name,#adm2+code,#adm2+name,#date,#population+analysed',
      'ETH,Tigray,Southern,ET01,Tigray,ET0104,Southern,2021-06-30,770447',
      'ETH,Tigray,"North western, cluster 1",,,,,2021-06-30,1438037',
      'ETH,Afar,Zone 1,ET02,Afar,ET0201,Zone 1,2021-06-30,500000',
    ].join('\n');
    const r = importHxl(text, 'hapi.csv', { today: TODAY });
    expect(r.facts.places.filter((p) => p.name === 'Tigray').map((p) => p.id)).toEqual(['ET01']);
    expect(r.facts.places.find((p) => p.name === 'North western, cluster 1')?.parent).toBe('ET01');
    expect(fileNotes(r).join('\n')).toContain("1 row names an admin area without its code that other rows of the country give with one (line 3: 'Tigray' as ET01)");
  });
});

describe('round 38: a sum of money', () => {
  it("is rounded to its currency's minor unit, whatever float noise a part is written with", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${1000 + i},KEN,2021-01-01,${i === 0 ? '13031974.120000001' : '100.25'}`);
    const text = ['#activity+id,#country+code,#date,#value+funding+total+chf', ...rows].join('\n');
    const r = importHxl(text, 'ifrc.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => f.value)).toEqual([13033076.87]);
  });
});

describe("round 38: what the change review found (start against the round's build on 337 real files)", () => {
  it('never adds up records of one figure in two currencies (IATI activities in yen beside dollars)', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `GB-${i},SLE,2014-06-30,${i === 3 ? 'JPY' : 'USD'},${i === 3 ? 322737394 : 10}`);
    const text = ['#activity+id,#country+code,#date,#currency,#value+disbursed', ...rows].join('\n');
    const r = importHxl(text, 'iati.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.unit, f.value])).toEqual([
      ['USD', 110],
      ['JPY', 322737394],
    ]);
  });

  it("keeps a country's or a province's people from one origin a part, whatever the file's other rows (DTM's national rows by origin)", () => {
    const rows = ['HTI,Artibonite,2025-06-30,75317', 'HTI,Ouest,2024-12-31,952048', 'AFG,Kunar,2017-12-31,41018', 'AFG,Herat,2018-12-31,50000'];
    const text = ['#country+code,#adm1+name+origin,#date+reported,#affected+idps', ...rows].join('\n');
    expect(importHxl(text, 'dtm.csv', { today: TODAY }).facts.figures.every((f) => f.breakdown?.origin !== undefined)).toBe(true);
  });

  it('reads a service one place alone has as what its figures are of, no part (a key-figures sheet naming its campaign)', () => {
    const text = ['#country+code,#service+name,#affected+inneed', 'AFG,Polio,12', 'SOM,Polio,30', 'YEM,Measles,7'].join('\n');
    expect(importHxl(text, 'access.csv', { today: TODAY, asOf: '2021' }).facts.figures.every((f) => f.breakdown === undefined)).toBe(true);
  });

  it("says no rows were rejected of a figure whose other rows are projections of other periods, or records of their own", () => {
    const text = [
      'Country,Analysis,Phase 3+ current,From,To,Phase 3+ projected,From,To',
      '#country+code,#date+analysis,#affected+ipc+p3plus+current,#date+start+current,#date+end+current,#affected+ipc+p3plus+projected,#date+start+projected,#date+end+projected',
      'CAF,Sep 2020,1900000,2020-09-01,2020-12-31,2300000,2021-04-01,2021-08-31',
      'CAF,Sep 2020,1900000,2020-09-01,2020-12-31,2000000,2020-05-01,2020-08-31',
    ].join('\n');
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.facts.figures.some((f) => (f.notes ?? '').includes('give this column other values'))).toBe(false);
  });

  it("adds up the events of one day and place in a file whose rows each cite their report (UCDP)", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `199${i % 10},BGD,${i < 2 ? 'Chittagong Division' : `Division ${i}`},${i + 1},"Reuters (199${i % 10}-10-0${1 + (i % 9)}): report ${i}"`);
    rows[1] = rows[1]!.replace(/^1991/, '1990');
    const text = ['year,country,adm1,best,source_article', '#date+year,#country+code,#adm1+name,#affected+killed,#meta+source', ...rows].join('\n');
    const r = importHxl(text, 'ucdp.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.reduce((s, f) => s + f.value, 0)).toBe((30 * 31) / 2);
  });
});

describe('round 38: files as they come (names in a second language, dates written otherwise)', () => {
  it("reads a place's name in its second language where the first is empty, never filing the row under its parent", () => {
    const text = [
      '#adm1+name+i_en,#adm1+name+i_ar,#adm2+name+i_en,#adm2+name+i_ar,#population',
      'Dahuk,دهوك,Zawita,زاويتة,18745',
      'Dahuk,دهوك,,باتيل,21708',
    ].join('\n');
    const r = importHxl(text, 'irq.csv', { today: TODAY, asOf: '2014', country: 'IRQ' });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures).toHaveLength(2);
    expect(r.facts.places.find((p) => p.name === 'باتيل')?.level).toBe(2);
  });

  it("dates a plan's ambiguous start by the order its end column shows (01/08/2010 beside 31/01/2011)", () => {
    const text = ['#country+code,#date+start,#date+end,#value+funding+required+usd', 'BFA,01/08/2010,31/01/2011,1000'].join('\n');
    expect(importHxl(text, 'fts.csv', { today: TODAY }).facts.figures[0]!.period).toEqual({ start: '2010-08-01', end: '2011-01-31' });
  });
});

describe("round 38: a row the file warns of (HAPI's #meta+warning)", () => {
  it("keeps the file's warning in the figure's notes", () => {
    const text = ['#country+code,#adm1+code,#adm1+name,#date,#population,#meta+warning', 'CAF,CF11,Bangui,2024-01-01,1000,PCode mismatch', 'CAF,CF12,Boganda,2024-01-01,2000,'].join('\n');
    const r = importHxl(text, 'hapi.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => (f.notes ?? '').includes('The file warns of its row: PCode mismatch.'))).toEqual([true, false]);
  });
});

describe("round 38: HDX HAPI's exports since 2025, which have no hashtag row", () => {
  const header = 'location_code,has_hrp,in_gho,provider_admin1_name,admin1_code,admin1_name,admin_level,sector_code,category,population_status,population,reference_period_start,reference_period_end';
  const rows = ['AFG,Y,Y,,,,0,ALL,,INN,23700000,2024-01-01,2024-12-31', 'AFG,Y,Y,Kabul,AF01,Kabul,1,ALL,,INN,1500000,2024-01-01,2024-12-31'];

  it("reads a header of HAPI's schema with the hashtags HAPI wrote, its data lines numbered as in the file", () => {
    const r = importHxl([header, ...rows].join('\n'), 'hapi_needs.csv', { today: TODAY });
    expect(r.facts.figures.map((f) => [f.place, f.value])).toEqual([
      ['AFG', 23700000],
      ['AF01', 1500000],
    ]);
    expect(r.facts.figures[1]!.notes).toContain('Line 3');
    expect(fileNotes(r).join('\n')).toContain("the file has no hashtag row, but its columns are HDX HAPI's (location_code, has_hrp, in_gho ...)");
  });

  it('reads the same file with its hashtag row as it always did, and refuses a file of other column names', () => {
    const tagged = [header, '#country+code,#meta+has_hrp,#meta+in_gho,#adm1+name+provider,#adm1+code,#adm1+name,#adm+level,#sector+code,#category,#population+status,#population,#date+start,#date+end', ...rows].join('\n');
    expect(importHxl(tagged, 'hapi_needs.csv', { today: TODAY }).facts.figures.map((f) => f.value)).toEqual([23700000, 1500000]);
    expect(() => importHxl(['country,people,year', 'AFG,10,2024'].join('\n'), 'plain.csv', { today: TODAY })).toThrow(/no HXL hashtag row/);
  });
});

describe("round 38: UNHCR's band of 60 and over written +age_60 (no underscore after)", () => {
  it('reads +elderly+age_60 as the age 60+, one indicator with the other bands', () => {
    const text = ['#country+code,#date+year,#affected+f+elderly+age_60,#affected+f+children+age_0_4', 'PAK,2019,24977,100'].join('\n');
    expect(importHxl(text, 'unhcr.csv', { today: TODAY }).facts.figures.map((f) => [f.indicator, f.breakdown?.age])).toEqual([
      ['people-affected', '60+'],
      ['people-affected', '0-4'],
    ]);
  });
});

describe('round 38: the second change review (465 real files)', () => {
  it("never files a row named by a provider's spelling alone under the code that spelling stands beside on another row (IPC's municipalities of Angola)", () => {
    const text = [
      '#country+code,#adm1+name+provider,#adm1+code,#adm1+name,#date,#population+analysed',
      'AGO,Quilengues,AO09,Huíla,2019-06-30,75334',
      'AGO,Matala,,,2019-06-30,190606',
      'AGO,Quilengues,,,2019-06-30,75334',
    ].join('\n');
    const r = importHxl(text, 'ipc.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.filter((f) => f.place === 'AO09').map((f) => f.value)).toEqual([75334]);
  });
});

describe("round 38: the refusal of a file with no date column, where a hashtag names a year", () => {
  it('names that column and its year, and asks --as-of for the others', () => {
    const text = ['#country+code,#adm1+code,#population+y2018,#inneed', 'MLI,ML08,13841,5842'].join('\n');
    let hints: readonly string[] = [];
    try {
      importHxl(text, 'hno.csv', { today: TODAY });
    } catch (e) {
      hints = (e as { hints?: readonly string[] }).hints ?? [];
    }
    expect(hints).toContain('column 3 #population+y2018 names its year, 2018, and is dated so; the other figure columns need --as-of (perhaps --as-of 2018, if they hold for it too)');
  });
});
