import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../../src/errors.js';
import { compare, history, latestOfEachSeries, latestOnOrBefore } from '../../../src/trust/history.js';
import { BUNDLED, catchError, fixtureUrl, readFacts, record, recordsOf } from './helpers.js';

const ARRIVALS = recordsOf(readFacts(fixtureUrl('arrivals.json')));

describe('history', () => {
  const north = history(ARRIVALS, 'arrivals', { place: 'crossing-north' });

  it('orders by day, then source id, then figure id', () => {
    expect(north.observations.map((o) => [o.date, o.source.id, o.id])).toEqual([
      ['2024-03-01', 'border-monitoring', 'bm-arrivals-03-01'],
      ['2024-03-02', 'border-monitoring', 'bm-arrivals-03-02'],
      ['2024-03-02', 'field-note', 'ngo-arrivals-03-02'],
      ['2024-03-03', 'border-monitoring', 'bm-arrivals-03-03'],
      ['2024-03-03', 'field-note', 'ngo-families-03-03'],
      ['2024-03-04', 'border-monitoring', 'bm-arrivals-03-04'],
      ['2024-03-04', 'field-note', 'ngo-arrivals-03-04'],
      ['2024-03-04', 'ministry-statement', 'ministry-north-03-04'],
      ['2024-03-05', 'border-monitoring', 'bm-arrivals-03-05'],
    ]);
    expect(north).toMatchObject({ query: 'arrivals', indicators: ['arrivals'], place: 'crossing-north', from: null, to: null });
  });

  it('gives the change from the previous observation, absolute, relative and as a range', () => {
    const changes = north.observations.map((o) => o.change && [o.change.absolute, o.change.low, o.change.high]);
    expect(changes).toEqual([null, [250, 250, 250], [-100, -100, -100], [650, 450, 850], null, null, [500, 450, 550], [-350, -400, -300], [150, 150, 150]]);
    expect(north.observations[1]!.change!.relative).toBeCloseTo(250 / 1200, 12);
  });

  it('computes no change across units, with a warning, and says when a change is between sources of one day', () => {
    const [families, afterFamilies] = [north.observations[4]!, north.observations[5]!];
    expect(families.warning).toBe('no change computed: unit family, not person as the previous observation (bm-arrivals-03-03)');
    expect(afterFamilies.warning).toBe('no change computed: unit person, not family as the previous observation (ngo-families-03-03)');
    expect(north.observations[2]!.warning).toBe(
      'same day as the previous observation (bm-arrivals-03-02, source border-monitoring): the change is a difference between sources',
    );
    expect(north.observations[0]!.warning).toBeNull();
    expect(north.warnings).toEqual(['the figures are in different units (person, family): they are not mixed']);
  });

  it('names at most ten of many places in its warning, and how many there are: the message stays short whatever the file', () => {
    const many = Array.from({ length: 5000 }, (_, i) => record({ id: `f${i}`, value: i + 1, place: { id: `place-${'x'.repeat(60)}-${i}`, name: 'P', iso3: null, level: null, pcode: null, parent: null } }));
    const warning = history(many, 'arrivals').warnings.find((w) => w.startsWith('the figures are for different places'))!;
    expect(warning).toMatch(/, \.\.\. \(5,000 in all\)\): they are not mixed$/);
    expect(warning.length).toBeLessThan(1000);
  });

  it('without a place, warns that places differ and computes no change across them', () => {
    const all = history(ARRIVALS, 'arrivals');
    expect(all.warnings).toContain('the figures are for different places (crossing-north, crossing-south): they are not mixed');
    const south = all.observations.find((o) => o.id === 'ministry-south-03-04')!;
    expect(south.change).toBeNull();
    expect(south.warning).toMatch(/^no change computed: place crossing-south, not crossing-north/);
  });

  it.each([
    [{ from: '2024-03-02', to: '2024-03-03' }, ['bm-arrivals-03-02', 'ngo-arrivals-03-02', 'bm-arrivals-03-03', 'ngo-families-03-03']],
    [{ from: '2024-03-05' }, ['bm-arrivals-03-05']],
    [{ to: '2024-03-01' }, ['bm-arrivals-03-01']],
    [{ from: '2024-03', to: '2024-03' }, north.observations.map((o) => o.id)],
    [{ from: '2024-04' }, []],
  ])('filters by %j', (range, ids) => {
    expect(history(ARRIVALS, 'arrivals', { place: 'crossing-north', ...range }).observations.map((o) => o.id)).toEqual(ids);
  });

  it('matches indicators by prefix, with a warning when several match', () => {
    expect(history(ARRIVALS, 'arrivals-c').indicators).toEqual(['arrivals-cumulative']);
    const prefix = history(ARRIVALS, 'arrival', { place: 'crossing-north' });
    expect(prefix.indicators).toEqual(['arrivals', 'arrivals-cumulative', 'arrivals-monthly']);
    expect(prefix.warnings[0]).toBe(
      "'arrival' matches several indicators (arrivals-monthly, arrivals, arrivals-cumulative), which may be defined differently: they are not mixed",
    );
    // the February total sorts by its last day, before March
    expect(prefix.observations[0]!.id).toBe('ministry-north-february');
    expect(prefix.observations[1]!.warning).toMatch(/^no change computed: indicator arrivals, not arrivals-monthly/);
  });

  it('takes a figure id for its indicator and place', () => {
    const byId = history(ARRIVALS, 'ministry-south-03-04');
    expect(byId).toMatchObject({ indicators: ['arrivals'], place: 'crossing-south' });
    expect(byId.observations.map((o) => o.id)).toEqual(['ministry-south-03-04']);
  });

  it('sorts partial dates by the last day they cover, ties by source then id (stable)', () => {
    const figures = [
      record({ id: 'year', value: 1, asOf: '2024', source: { ...record({ id: 'x', value: 0 }).source, id: 'a' } }),
      record({ id: 'month-b', value: 2, asOf: '2024-03', source: { ...record({ id: 'x', value: 0 }).source, id: 'b' } }),
      record({ id: 'day-31', value: 3, asOf: '2024-03-31', source: { ...record({ id: 'x', value: 0 }).source, id: 'c' } }),
      record({ id: 'month-a', value: 4, asOf: '2024-03', source: { ...record({ id: 'x', value: 0 }).source, id: 'b' } }),
      record({ id: 'day-15', value: 5, asOf: '2024-03-15' }),
      record({ id: 'leap', value: 6, asOf: '2024-02' }),
    ];
    expect(history(figures, 'arrivals').observations.map((o) => [o.id, o.date])).toEqual([
      ['leap', '2024-02-29'],
      ['day-15', '2024-03-15'],
      ['month-a', '2024-03-31'],
      ['month-b', '2024-03-31'],
      ['day-31', '2024-03-31'],
      ['year', '2024-12-31'],
    ]);
  });

  it('has no relative change from zero', () => {
    const r = history([record({ id: 'a', value: 0, asOf: '2024-01-01' }), record({ id: 'b', value: 5, asOf: '2024-01-02' })], 'arrivals');
    expect(r.observations[1]!.change).toEqual({ absolute: 5, relative: null, low: 5, high: 5 });
  });

  it('works on the bundled dataset', () => {
    const r = history(recordsOf(BUNDLED), 'population', { place: 'ARM' });
    expect(r.observations.map((o) => o.id)).toEqual(['armenia-population']);
  });

  it.each([
    [() => history(ARRIVALS, 'departures'), NotFoundError, "no figures with indicator 'departures'"],
    [() => history(ARRIVALS, 'arrivals', { place: 'nowhere' }), NotFoundError, "no figures with indicator 'arrivals' for place 'nowhere'"],
    [() => history(ARRIVALS, 'arrivals', { from: '2024-13' }), UsageError, "--from: '2024-13' is not a real calendar date"],
    [() => history(ARRIVALS, 'arrivals', { to: 'March' }), UsageError, "--to: 'March' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"],
  ])('errors: %#', (fn, type, message) => {
    const error = catchError(fn);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(message);
  });

  it('suggests indicators', () => {
    expect(catchError(() => history(ARRIVALS, 'arivals')).hints[0]).toBe('did you mean arrivals?');
  });
});

describe('compare', () => {
  it('the latest per source on or before a date, grouped so that definitions are not mixed', () => {
    const r = compare(ARRIVALS, 'arrivals', { asOf: '2024-03-04' });
    expect(r.groups.map((g) => [g.indicator, g.unit, g.place.id, g.observations.map((o) => o.id)])).toEqual([
      ['arrivals', 'person', 'crossing-north', ['bm-arrivals-03-04', 'ngo-arrivals-03-04', 'ministry-north-03-04']],
      ['arrivals', 'family', 'crossing-north', ['ngo-families-03-03']],
      ['arrivals', 'person', 'crossing-south', ['ministry-south-03-04']],
    ]);
    expect(r.groups[0]!.spread.min).toBe(1800);
    expect(r.groups[0]!.spread.max).toBe(2300);
    expect(r.groups[0]!.spread.ratio).toBeCloseTo(2300 / 1800, 12);
    // each unit and place is a group of its own, labelled: nothing to warn about
    expect(r.warnings).toEqual([]);
    expect(r).toMatchObject({ query: 'arrivals', asOf: '2024-03-04' });
  });

  it('warns when the query matched several indicators, which the user did not ask for by name', () => {
    const r = compare(ARRIVALS, 'arrival', { asOf: '2024-03-04' });
    expect(r.warnings[0]).toMatch(/^'arrival' matches several indicators \(arrivals/);
  });

  it('without a date: the latest of each source, with a warning when their dates differ', () => {
    const r = compare(ARRIVALS, 'arrivals', { place: 'crossing-north' });
    expect(r.groups[0]!.observations.map((o) => [o.source.id, o.id])).toEqual([
      ['border-monitoring', 'bm-arrivals-03-05'],
      ['field-note', 'ngo-arrivals-03-04'],
      ['ministry-statement', 'ministry-north-03-04'],
    ]);
    expect(r.warnings).toContain('arrivals (person, crossing-north): the sources\' latest figures are of different dates (2024-03-04, 2024-03-05)');
  });

  it('a prefix that matches several indicators keeps them apart', () => {
    const r = compare(ARRIVALS, 'arrival', { place: 'crossing-north', asOf: '2024-03-06' });
    expect(r.groups.map((g) => `${g.indicator}/${g.unit}`)).toEqual(['arrivals-monthly/person', 'arrivals/person', 'arrivals/family', 'arrivals-cumulative/person']);
    expect(r.warnings[0]).toMatch(/^'arrival' matches several indicators/);
  });

  it('a month-long figure answers any day of its month, not a day before it', () => {
    expect(compare(ARRIVALS, 'arrivals-monthly', { asOf: '2024-02-15' }).groups).toHaveLength(1);
    expect(compare(ARRIVALS, 'arrivals-monthly', { asOf: '2024-02' }).groups).toHaveLength(1);
    expect(catchError(() => compare(ARRIVALS, 'arrivals-monthly', { asOf: '2024-01-31' })).message).toBe(
      "no figures with indicator 'arrivals-monthly' on or before 2024-01-31",
    );
  });

  it('has no ratio when the smallest value is 0', () => {
    const src = (id: string) => ({ ...record({ id: 'x', value: 0 }).source, id });
    const r = compare([record({ id: 'a', value: 0, source: src('s1') }), record({ id: 'b', value: 5, source: src('s2') })], 'arrivals');
    expect(r.groups[0]!.spread).toEqual({ min: 0, max: 5, ratio: null });
  });
});

describe('latestOnOrBefore', () => {
  it.each([
    ['bm-arrivals-03-01', '2024-03-03', 'bm-arrivals-03-03'], // the series of the figure: arrivals, person, north
    ['bm-arrivals-03-01', '2024-03-04', 'bm-arrivals-03-04'], // three sources that day: the first by source id
    ['ministry-south-03-04', '2024-12-31', 'ministry-south-03-04'],
    ['arrivals-cumulative', '2024-03-06', 'ministry-north-total'],
    ['ministry-north-february', '2024-02', 'ministry-north-february'],
    ['ministry-north-february', '2024-03-01', 'ministry-north-february'],
  ])('%s on or before %s is %s', (query, asOf, id) => {
    expect(latestOnOrBefore(ARRIVALS, query, asOf).id).toBe(id);
  });

  it('an indicator covering several places needs a place', () => {
    const figures = recordsOf(BUNDLED);
    expect(catchError(() => latestOnOrBefore(figures, 'population', '2023-12-31')).message).toBe(
      "'population' covers different things: population in person for nagorno-karabakh; population in person for ARM",
    );
    expect(latestOnOrBefore(figures, 'population', '2023-12-31', { place: 'ARM' }).id).toBe('armenia-population');
  });

  it('nothing that old: not found, naming the earliest', () => {
    const error = catchError(() => latestOnOrBefore(ARRIVALS, 'arrivals-cumulative', '2024-03-05'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("no figure of 'arrivals-cumulative' holds on or before 2024-03-05");
    expect(error.hints).toEqual(['the earliest is ministry-north-total, of 2024-03-06']);
    // a month's figure holds from its first day, not before
    expect(catchError(() => latestOnOrBefore(recordsOf(BUNDLED), 'residents', '2023-08-31'))).toBeInstanceOf(NotFoundError);
  });

  it("a month's figure answers any day of that month, and a year's any day of that year", () => {
    expect(latestOnOrBefore(recordsOf(BUNDLED), 'residents', '2023-09-01').id).toBe('residents');
    expect(latestOnOrBefore(recordsOf(BUNDLED), 'residents', '2023-09-15').id).toBe('residents');
    expect(latestOnOrBefore(recordsOf(BUNDLED), 'armenia-population', '2023-02-10').id).toBe('armenia-population');
  });

  it('on a day, a figure in force beats one that ended before it, and a month beats its year', () => {
    const src = record({ id: 'x', value: 0 }).source;
    const day = record({ id: 'day', value: 1, asOf: '2024-03-10', source: src });
    const month = record({ id: 'month', value: 2, asOf: '2024-03', source: src });
    const year = record({ id: 'year', value: 3, asOf: '2024', source: src });
    const period = record({ id: 'spring', value: 4, asOf: '2024-05-31', source: src, period: { start: '2024-03-01', end: '2024-05-31' } });
    expect(latestOnOrBefore([day, year, month], 'day', '2024-03-20').id).toBe('month');
    expect(latestOnOrBefore([day, year, month], 'day', '2024-03-05').id).toBe('month');
    expect(latestOnOrBefore([day, year], 'day', '2024-03-20').id).toBe('year');
    expect(latestOnOrBefore([day], 'day', '2024-03-20').id).toBe('day');
    // an explicit period counts from its start: the spring figure answers in April
    expect(latestOnOrBefore([day, period], 'day', '2024-04-15').id).toBe('spring');
    expect(catchError(() => latestOnOrBefore([day, period], 'day', '2024-02-29'))).toBeInstanceOf(NotFoundError);
  });

  it('refuses a malformed date', () => {
    expect(catchError(() => latestOnOrBefore(ARRIVALS, 'arrivals', '2024-02-30'))).toBeInstanceOf(UsageError);
  });
});

describe('history follows totals, never a breakdown row', () => {
  const total = (id: string, value: number, asOf: string) => record({ id, value, asOf, indicator: 'people-in-need', place: { id: 'MLI', name: 'Mali', iso3: 'MLI', level: 0, pcode: null, parent: null } });
  const bySector = (id: string, value: number, asOf: string, sector: string) => ({ ...total(id, value, asOf), breakdown: { sector } });
  const figures = [total('pin-2023', 8_800_000, '2023'), bySector('pin-fsc-2023', 3_000_000, '2023', 'FSC'), total('pin-2024', 7_100_000, '2024'), bySector('pin-fsc-2024', 2_500_000, '2024', 'FSC')];

  it('by indicator: the totals only', () => {
    expect(history(figures, 'people-in-need').observations.map((o) => o.id)).toEqual(['pin-2023', 'pin-2024']);
  });

  it("by a breakdown figure's id: that breakdown's series", () => {
    expect(history(figures, 'pin-fsc-2024').observations.map((o) => o.id)).toEqual(['pin-fsc-2023', 'pin-fsc-2024']);
  });

  it('only breakdowns: says so instead of following one', () => {
    expect(() => history(figures.filter((f) => f.breakdown !== undefined && f.breakdown !== null), 'people-in-need')).toThrow(/has only breakdowns \(2 figures by sector\), no total/);
  });
});

describe('history and compare of a named breakdown', () => {
  const mali = { id: 'MLI', name: 'Mali', iso3: 'MLI', level: 0, pcode: null, parent: null };
  const fig = (id: string, value: number, asOf: string, breakdown: Record<string, string> | null) => ({ ...record({ id, value, asOf, indicator: 'funding-required', unit: 'USD', place: mali }), breakdown });
  // an FTS-shaped file: each year's requirement of a cluster is of that year's appeal
  const fts = [
    fig('req-2017-hea', 100, '2017', { appeal: 'HMLI17', sector: 'Health' }),
    fig('req-2017-wsh', 90, '2017', { appeal: 'HMLI17', sector: 'WSH' }),
    fig('req-2018-hea', 120, '2018', { appeal: 'HMLI18', sector: 'Health' }),
    fig('req-2018-hea-f', 70, '2018', { appeal: 'HMLI18', sector: 'Health', sex: 'f' }),
  ];

  it('follows the cluster across the appeals, named by its code or its name, and says the appeal changes', () => {
    for (const sector of ['HEA', 'health']) {
      const r = history(fts, 'funding-required', { breakdown: new Map([['sector', sector]]) });
      expect(r.observations.map((o) => [o.id, o.change?.absolute ?? null])).toEqual([['req-2017-hea', null], ['req-2018-hea', 20]]);
      expect(r.warnings).toEqual(['the figures of sector=' + sector + ' are of appeal HMLI17, HMLI18, one a date: followed as one series']);
    }
    expect(compare(fts, 'funding-required', { breakdown: new Map([['sector', 'Health']]) }).groups[0]!.observations.map((o) => o.id)).toEqual(['req-2018-hea']);
  });

  it('refuses two figures of one date from one source that a dimension not named tells apart', () => {
    const two = [...fts, fig('req-2018-hea-flash', 40, '2018', { appeal: 'FMLI18', sector: 'Health' })];
    const error = catchError(() => history(two, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe("'funding-required' with sector=HEA has two figures of 2018 for MLI from one source, told apart by appeal (HMLI18, FMLI18): not one series");
    expect(error.hints).toEqual(['name one more, e.g. --where appeal=HMLI18']);
    expect(history(two, 'funding-required', { breakdown: new Map([['sector', 'HEA'], ['appeal', 'FMLI18']]) }).observations.map((o) => o.id)).toEqual(['req-2018-hea-flash']);
  });

  it('says when no figure has the breakdown', () => {
    expect(() => history(fts, 'funding-required', { breakdown: new Map([['sector', 'NUT']]) })).toThrow("no figure of 'funding-required' has sector=NUT");
  });

  it('of figures by appeal only (an FTS appeals file), history and compare name the flag that picks one series, as get does, quoted for a shell', () => {
    const appeals = [fig('fund-2023-ns', 5, '2023', { appeal: 'Not specified' }), fig('fund-2024-ns', 7, '2024', { appeal: 'Not specified' }), fig('fund-2024-hmli', 9, '2024', { appeal: 'HMLI24' })];
    for (const run of [() => history(appeals, 'funding-required', { place: 'MLI' }), () => compare(appeals, 'funding-required', { place: 'MLI' })]) {
      const error = catchError(run);
      expect(error.message).toBe("'funding-required' for place 'MLI' has only breakdowns (3 figures by appeal), no total to follow");
      expect(error.hints).toEqual(["name a breakdown, e.g. --where 'appeal=Not specified'; or see them all: humfig list --indicator funding-required --place MLI"]);
    }
    expect(history(appeals, 'funding-required', { place: 'MLI', breakdown: new Map([['appeal', 'Not specified']]) }).observations.map((o) => o.id)).toEqual(['fund-2023-ns', 'fund-2024-ns']);
  });

  it('never joins parts of the breakdown into its series: a population group or a sex is a finer part, not a next plan', () => {
    const parts = [
      fig('hea-idp-2022', 100, '2022', { sector: 'HEA', 'population-group': 'idp' }),
      fig('hea-ref-2023', 5, '2023', { sector: 'HEA', 'population-group': 'refugees' }),
      fig('hea-f-2024', 60, '2024', { sector: 'HEA', sex: 'f' }),
    ];
    expect(() => history(parts, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) })).toThrow("'funding-required' with sector=HEA has only finer breakdowns (3 figures by population-group, sex), no series of sector=HEA alone");
    const withOwn = [...parts, fig('hea-2023', 200, '2023', { sector: 'HEA' })];
    expect(history(withOwn, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) }).observations.map((o) => o.id)).toEqual(['hea-2023']);
  });

  it("follows a named item's prices where each gives the same unit, price type and flag, which tell none apart", () => {
    const prices = [
      fig('wheat-2024-01', 30, '2024-01-15', { item: 'Wheat', 'item-unit': 'KG', 'price-type': 'Retail', 'price-flag': 'aggregate' }),
      fig('wheat-2024-02', 32, '2024-02-15', { item: 'Wheat', 'item-unit': 'KG', 'price-type': 'Retail', 'price-flag': 'aggregate' }),
      fig('rice-2024-02', 50, '2024-02-15', { item: 'Rice', 'item-unit': 'KG', 'price-type': 'Retail', 'price-flag': 'aggregate' }),
    ];
    expect(history(prices, 'funding-required', { breakdown: new Map([['item', 'Wheat']]) }).observations.map((o) => o.id)).toEqual(['wheat-2024-01', 'wheat-2024-02']);
    // a unit that differs tells two series apart: the user names one
    const twoUnits = [...prices, fig('wheat-2024-03', 300, '2024-03-15', { item: 'Wheat', 'item-unit': '10 KG', 'price-type': 'Retail', 'price-flag': 'aggregate' })];
    expect(() => history(twoUnits, 'funding-required', { breakdown: new Map([['item', 'Wheat']]) })).toThrow('has only finer breakdowns');
  });

  it('follows a sector with and without an appeal as one series, and puts places side by side without calling them one date twice', () => {
    const mixed = [fig('hea-2023', 100, '2023', { sector: 'HEA' }), fig('hea-2024', 120, '2024', { sector: 'HEA', appeal: 'H24' })];
    expect(history(mixed, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) }).observations.map((o) => o.id)).toEqual(['hea-2023', 'hea-2024']);
    const burkina = { id: 'BFA', name: 'Burkina Faso', iso3: 'BFA', level: 0, pcode: null, parent: null };
    const places = [fig('mli-hea-2024', 100, '2024', { sector: 'HEA', appeal: 'H24' }), { ...fig('bfa-hea-2024', 80, '2024', { sector: 'HEA', appeal: 'H24' }), place: burkina }];
    expect(compare(places, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) }).groups.map((g) => g.place.id)).toEqual(['BFA', 'MLI']);
  });

  it('matches a sector as written where the file writes it so, by its cluster only where it does not', () => {
    const shelter = [fig('nfi-2024', 100, '2024', { sector: 'NFI' }), fig('shl-2024', 50, '2024', { sector: 'Shelter' })];
    expect(history(shelter, 'funding-required', { breakdown: new Map([['sector', 'NFI']]) }).observations.map((o) => o.id)).toEqual(['nfi-2024']);
    expect(history(fts, 'funding-required', { breakdown: new Map([['sector', 'HEA']]) }).observations.map((o) => o.id)).toEqual(['req-2017-hea', 'req-2018-hea']);
  });

  it("refuses flags that do not describe the figure id's own series", () => {
    expect(() => history(fts, 'req-2018-hea-f', { breakdown: new Map([['sector', 'WSH']]) })).toThrow("figure 'req-2018-hea-f' does not match the filters");
    expect(history(fts, 'req-2018-hea-f', { breakdown: new Map([['sector', 'Health']]) }).observations.map((o) => o.id)).toEqual(['req-2018-hea-f']);
  });
});

describe("the answer of each series where a plan replaces the year before's (FTS appeals)", () => {
  const plan = (id: string, appeal: string, year: string, extra: Partial<Parameters<typeof record>[0]> = {}) =>
    record({ id, value: 100, indicator: 'funding-required', unit: 'USD', asOf: year, period: { start: `${year}-01-01`, end: `${year}-12-31` }, breakdown: { appeal, sector: 'Health' }, ...extra });
  const figures = [plan('h17', 'HAFG17', '2017'), plan('h18', 'HAFG18', '2018'), plan('flash18', 'FAFG18', '2018'), plan('edu17', 'HAFG17', '2017', { breakdown: { appeal: 'HAFG17', sector: 'Education' } })];
  it('gives the plan in force on the day, not also the one whose year had ended', () => {
    expect(latestOfEachSeries(figures, '2018-06-30').map((f) => f.id)).toEqual(['h18', 'flash18', 'edu17']);
    expect(latestOfEachSeries(figures, '2017-06-30').map((f) => f.id)).toEqual(['h17', 'edu17']);
    // without a day, the latest plans
    expect(latestOfEachSeries(figures).map((f) => f.id)).toEqual(['h18', 'flash18', 'edu17']);
  });
});

describe('a named sector across sources that spell it differently', () => {
  const pin = (id: string, source: string, sector: string, value: number) =>
    ({ ...record({ id, value, indicator: 'people-in-need', asOf: '2024' }), source: { id: source, publisher: source, title: source, published: '2024-02-01', url: null }, breakdown: { sector } });
  const figures = [pin('a-fsc', 'hpc', 'FSC', 100), pin('b-fs', 'hapi', 'Food Security', 110), pin('b-nfi', 'hapi', 'NFI', 5), pin('b-shelter', 'hapi', 'Shelter', 7)];
  it('finds each source\'s own spelling of the cluster, and keeps apart two values one source gives', () => {
    expect(compare(figures, 'people-in-need', { breakdown: new Map([['sector', 'FSC']]) }).groups.flatMap((g) => g.observations.map((o) => o.id)).sort()).toEqual(['a-fsc', 'b-fs']);
    expect(compare(figures, 'people-in-need', { breakdown: new Map([['sector', 'NFI']]) }).groups.flatMap((g) => g.observations.map((o) => o.id))).toEqual(['b-nfi']);
  });
});
