import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHxl } from '../../../src/output/render-delimited.js';
import { toFigureRecord } from '../../../src/derive/figure-record.js';
import { UsageError } from '../../../src/errors.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import type { FactsFile, Figure } from '../../../src/facts/schema.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';
import { figureView } from '../../../src/output/figure-view.js';

/** The figure columns, each with its HXL hashtag. */
const FIGURE_COLUMNS = figureView.csv;
import { importHxl, type ImportOptions, type ImportResult } from '../../../src/hxl/import-hxl.js';
import { HxlInvalidError } from '../../../src/hxl/parse-hxl.js';
import { catchError } from '../catch-error.js';

const TODAY = '2024-06-15';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/hxl/${name}`, import.meta.url), 'utf8');
const load = (name: string, options: Partial<ImportOptions> = {}) => importHxl(fixture(name), name, { today: TODAY, ...options });

/** The facts of an import as a file, validated completely; every problem it has. */
function issuesOf(result: ImportResult) {
  return validateFactsText(JSON.stringify(result.facts, null, 2), 'x.json', () => ({ ok: false, reason: 'none' })).issues;
}

const figure = (r: ImportResult, id: string): Figure => {
  const f = r.facts.figures.find((x) => x.id === id);
  expect(f, `figure ${id} among ${r.facts.figures.map((x) => x.id).join(', ')}`).toBeDefined();
  return f!;
};

const bundled = JSON.parse(readFileSync(new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url), 'utf8')) as FactsFile;

describe('every fixture becomes a valid facts file', () => {
  it.each([
    ['humfig-long.csv', 'long', 3],
    ['hdx-wide-displacement.csv', 'wide', 15],
    ['quoted-fields.csv', 'wide', 6],
    ['bom-crlf.csv', 'wide', 5],
    ['ragged.csv', 'wide', 1],
  ] as const)('%s (%s, %d figures)', (name, shape, figures) => {
    const r = load(name);
    expect(issuesOf(r)).toEqual([]);
    expect(r.report.shape).toBe(shape);
    expect(r.report.figures).toBe(figures);
    expect(r.facts.figures).toHaveLength(figures);
    expect(r.facts.sources.every((s) => !('text' in s))).toBe(true);
  });
});

describe('a long file: humfig-style, one figure per row', () => {
  const r = load('humfig-long.csv');

  it('maps every column to the figure field of its hashtag', () => {
    expect(r.report.columns.map((c) => c.mappedTo)).toEqual([
      'id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'place', 'place_name',
      'source', 'source_publisher', 'source_title', 'source_published', 'source_url', 'quote', 'stated', 'notes',
    ]);
    expect(r.report.unmapped).toEqual([]);
  });

  it('rejects the rows it cannot use, by line and column, and skips empty values silently', () => {
    expect(r.report.rejected).toEqual([
      { line: 6, column: 'unit', reason: "unknown unit 'boat'" },
      { line: 7, column: 'qualifier', reason: expect.stringContaining("unknown qualifier 'roughly'") },
      { line: 9, column: 'value', reason: "gives 12000 for the figure 'flood-displaced', which line 3 gives as 12500 (same indicator, place, breakdown and date): the first is kept; check which is right" },
    ]);
  });

  it('keeps the figures as written, bounds only where the qualifier does not imply them', () => {
    expect(figure(r, 'flood-displaced')).toEqual({
      id: 'flood-displaced',
      label: 'People displaced by the floods',
      indicator: 'displaced',
      value: 12500,
      unit: 'person',
      qualifier: 'approximately',
      place: 'district',
      asOf: '2024-04-30',
      source: 'report',
      quote: 'the floods displaced some 12,500 people',
      // the spreadsheet formula guard of the export ('-...) is undone
      notes: '-Rounded by the agency; see report',
    });
    expect(figure(r, 'homes-lost')).toMatchObject({ value: 300, unit: 'household', qualifier: 'more-than', asOf: '2024-04' });
    expect(figure(r, 'homes-lost')).not.toHaveProperty('low');
  });

  it('reads stated equivalents, quoting the figure when it contains their number', () => {
    expect(figure(r, 'flood-appeal').stated).toEqual([
      { value: 2300000, unit: 'EUR', qualifier: 'approximately', quote: 'an appeal for USD 2.5 million (EUR 2.3 million)' },
    ]);
  });

  it('never renames a repeated id to a -2 copy: the repeat is rejected (above)', () => {
    expect(r.facts.figures.map((f) => f.id)).toEqual(['flood-displaced', 'flood-appeal', 'homes-lost']);
  });

  it('makes a source per source id, and a place per place id', () => {
    expect(r.facts.sources).toEqual([
      { id: 'report', publisher: 'Example Relief Agency', title: 'Floods in Riverside District, situation report 3', published: '2024-05-02', url: 'https://example.org/sitrep-3' },
      { id: 'news', publisher: 'Daily Courier', title: 'Hundreds of homes lost', published: '2024-05-01', url: null },
    ]);
    expect(r.facts.places).toEqual([{ id: 'district', name: 'Riverside District' }]);
    expect(r.facts.dataset).toEqual({
      id: 'humfig-long',
      title: 'Figures from humfig-long.csv',
      // the conflict of line 9 is named in the facts file itself, not only in the report
      description: `Imported from the HXL file humfig-long.csv. 1 later row gives another value for a figure an earlier row gave, and the first value was kept: check it: flood-displaced (12500 kept; line 9 gives 12000).`,
      updated: '2024-05-31',
    });
  });
});

describe('a wide file: HDX style, a figure per indicator column and row', () => {
  const r = load('hdx-wide-displacement.csv');

  it('maps place, date, source and indicator columns; lists the others as unmapped', () => {
    expect(r.report.columns.map((c) => [c.tag, c.mappedTo])).toEqual([
      ['#country+code', 'place (#country code)'],
      ['#country+name', 'place name (#country)'],
      ['#adm1+code', 'place (#adm1 code)'],
      ['#adm1+name', 'place name (#adm1)'],
      ['#date+reported', 'asOf'],
      ['#meta+source', 'source'],
      ['#org+name', 'source_publisher'],
      ['#affected+idps', 'figure internally-displaced (person)'],
      ['#affected+refugees', 'figure refugees (person)'],
      ['#affected+returnees', 'figure returnees (person)'],
      ['#population', 'figure population (person)'],
      ['#inneed', 'figure people-in-need (person)'],
      ['#sector', 'breakdown sector'],
      [null, null],
    ]);
    expect(r.report.unmapped).toEqual([{ index: 13, label: 'Comments', tag: null, reason: 'no hashtag' }]);
  });

  it('rejects cells and rows by line and column, with the reason', () => {
    expect(r.report.rejected.map((x) => [x.line, x.column, x.reason])).toEqual([
      [9, 'Reporting date', expect.stringMatching(/^date '01\/10\/2023' is ambiguous.*2023-10-01 or 2023-01-10; 1 figure not imported$/)],
      [10, 'Refugees', expect.stringContaining("'-150' is negative")],
      [10, 'People in need', expect.stringContaining("'lots' is not a number")],
      [12, 'Reporting date', 'no date given (--as-of DATE dates the rows that give none); 1 figure not imported'],
      [13, 'Reporting date', expect.stringContaining("'2023-02-30' is not a real calendar date")],
    ]);
  });

  // id, indicator, value, unit, qualifier, place, asOf, quote
  it.each([
    ['refugees-am09-protection-2023-09-28', 'refugees', 12500, 'approximately', 'AM09', '2023-09-28', '#affected+refugees: ~12,500'],
    ['population-am09-protection-2023-09-28', 'population', 135000, 'exact', 'AM09', '2023-09-28', '#population: 135,000'],
    ['people-in-need-am09-protection-2023-09-28', 'people-in-need', 9000, 'more-than', 'AM09', '2023-09-28', '#inneed: >9,000'],
    ['population-am02-shelter-2023-09-30', 'population', 250000, 'approximately', 'AM02', '2023-09-30', '#population: about 250 000'],
    ['refugees-am07-2023-10-01', 'refugees', 6000, 'nearly', 'AM07', '2023-10-01', '#affected+refugees: nearly 6,000'],
    ['population-am07-2023-10-01', 'population', 250000, 'exact', 'AM07', '2023-10-01', '#population: 0.25 million'],
    ['people-in-need-am07-2023-10-01', 'people-in-need', 2000, 'at-least', 'AM07', '2023-10-01', '#inneed: ≥2,000'],
    ['refugees-arm-2023-10-01', 'refugees', 100617, 'exact', 'ARM', '2023-10-01', '#affected+refugees: 100617'],
    ['population-arm-2023-10-01', 'population', 2800000, 'exact', 'ARM', '2023-10-01', '#population: 2.8 million'],
    ['people-in-need-arm-2023-10-01', 'people-in-need', 20000, 'at-least', 'ARM', '2023-10-01', '#inneed: at least 20000'],
    ['refugees-am01-shelter-nfi-2023-10', 'refugees', 35000, 'more-than', 'AM01', '2023-10', '#affected+refugees: more than 35,000'],
    ['population-am01-shelter-nfi-2023-10', 'population', 1100000, 'exact', 'AM01', '2023-10', '#population: 1.1m'],
    ['population-am05-2023-10-02', 'population', 150000, 'exact', 'AM05', '2023-10-02', '#population: 1.5e5 [150000]'],
  ])('%s', (id, indicator, value, qualifier, place, asOf, quote) => {
    expect(figure(r, id)).toMatchObject({ indicator, value, unit: 'person', qualifier, place, asOf, quote });
  });

  it('labels figures with the column label and says where each came from: the line, and the column by the hashtag its quote begins with', () => {
    expect(figure(r, 'refugees-am09-protection-2023-09-28')).toMatchObject({
      label: 'Refugees (sector Protection)',
      breakdown: { sector: 'Protection' },
      quote: '#affected+refugees: ~12,500',
      notes: 'Line 4.',
    });
  });

  it('makes places from the most specific place column: ISO3 codes and p-codes as ids, countries as parents', () => {
    const admin1 = (id: string, name: string) => ({ id, name, level: 1, iso3: 'ARM', pcode: id, parent: 'ARM' });
    expect(r.facts.places).toEqual([
      { id: 'ARM', name: 'Armenia', iso3: 'ARM', level: 0 },
      admin1('AM09', 'Syunik'),
      admin1('AM02', 'Ararat'),
      admin1('AM07', 'Kotayk'),
      admin1('AM01', 'Yerevan'),
      admin1('AM05', 'Lori'),
    ]);
  });

  it('makes a source per #meta+source value, dated by the first day of its latest figure when the file gives no date', () => {
    expect(r.facts.sources).toEqual([
      { id: 'government-of-armenia', publisher: 'UNHCR', title: 'Government of Armenia (hdx-wide-displacement.csv) [publication date not in the file: estimated from its figures]', published: '2023-10-01', url: null },
      { id: 'unhcr-armenia', publisher: 'UNHCR', title: 'UNHCR Armenia (hdx-wide-displacement.csv) [publication date not in the file: estimated from its figures]', published: '2023-10-02', url: null },
    ]);
    expect(figure(r, 'refugees-am09-protection-2023-09-28').source).toBe('government-of-armenia');
    expect(figure(r, 'refugees-arm-2023-10-01').source).toBe('unhcr-armenia');
    expect(r.facts.dataset.updated).toBe('2023-10-31');
    expect(r.report.notes).toContain(
      "sources 'government-of-armenia' published 2023-10-01, 'unhcr-armenia' published 2023-10-02: worked out from the figures' dates (the first day of the latest, never after today), as the file gives no #date+published; give --published YYYY-MM-DD where the real day is known",
    );
  });

  it('dates every source that the file does not date by --published, and then says nothing of it', () => {
    const given = load('hdx-wide-displacement.csv', { published: '2023-11-15' });
    expect(given.facts.sources.map((s) => s.published)).toEqual(['2023-11-15', '2023-11-15']);
    expect(given.report.notes.join('\n')).not.toContain('#date+published');
    expect(() => load('hdx-wide-displacement.csv', { published: '2023' })).toThrow("--published '2023' is not a day; write YYYY-MM-DD");
    expect(() => load('hdx-wide-displacement.csv', { published: '2024-06-16' })).toThrow('--published 2024-06-16 is after today (2024-06-15)');
    expect(load('hdx-wide-displacement.csv', { published: '2023-09-01' }).report.notes).toContain(
      "--published 2023-09-01 is before the figures of 'government-of-armenia' (from 2023-09-28), 'unhcr-armenia' (from 2023-10-01): a source cannot report what holds after it was published, and check will fail them (or warn, for a figure whose period ends after that day, which it reads as a plan or a projection)",
    );
  });

  it('names, in the --published warning, the first figure after that day, not the first day of the latest', () => {
    const text = 'Country,Month,Displaced\n#country+code,#date,#affected+idps\nMLI,2024-01,100\nMLI,2024-02,110\nMLI,2024-04,130\nMLI,2024-06,150\n';
    const r = importHxl(text, 'monthly.csv', { today: '2024-12-01', published: '2024-03-15' });
    expect(r.report.notes).toContain("--published 2024-03-15 is before the figures of 'monthly' (from 2024-04-01): a source cannot report what holds after it was published, and check will fail them (or warn, for a figure whose period ends after that day, which it reads as a plan or a projection)");
  });
});

describe('money, percentages and quoted fields', () => {
  const r = load('quoted-fields.csv');

  it('takes the currency from a #currency column, in any case, and percentages from +pct', () => {
    // each figure is one appeal's (#activity+appeal+name): a breakdown, never the place's total
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.unit, f.place, f.breakdown?.appeal])).toEqual([
      ['funding-required', 20000000, 'CHF', 'arm-goris-syunik', 'Emergency appeal "Nagorno-Karabakh: population movement"'],
      ['funding-received', 4500000, 'CHF', 'arm-goris-syunik', 'Emergency appeal "Nagorno-Karabakh: population movement"'],
      ['funding-coverage', 22.5, 'percent', 'arm-goris-syunik', 'Emergency appeal "Nagorno-Karabakh: population movement"'],
      ['funding-required', 22000000, 'USD', 'arm-yerevan', 'Population movement, Armenia'],
      ['funding-received', 7100000, 'USD', 'arm-yerevan', 'Population movement, Armenia'],
      ['funding-coverage', 32, 'percent', 'arm-yerevan', 'Population movement, Armenia'],
    ]);
    expect(figure(r, 'funding-required-arm-yerevan-population-movement-armenia-2023-10-15').quote).toBe('#value+funding+required: 22 million');
  });

  it('keeps a place name with a comma whole, and rejects money without a currency', () => {
    expect(r.facts.places).toEqual([
      { id: 'ARM', name: 'Armenia', iso3: 'ARM', level: 0 },
      { id: 'arm-goris-syunik', name: 'Goris, Syunik', iso3: 'ARM', parent: 'ARM' },
      { id: 'arm-yerevan', name: 'Yerevan', iso3: 'ARM', parent: 'ARM' },
    ]);
    expect(r.report.rejected).toEqual([{ line: 6, column: 'Requirements', reason: 'no currency: add one to the hashtag (+usd) or a #currency column' }]);
    expect(r.report.unmapped.map((c) => c.tag)).toEqual(['#meta+notes']);
  });

  it('uses the options: dataset id, source id, publisher', () => {
    const o = load('quoted-fields.csv', { datasetId: 'ifrc-appeals', sourceId: 'ifrc-go', publisher: 'IFRC' });
    expect(issuesOf(o)).toEqual([]);
    expect(o.facts.dataset.id).toBe('ifrc-appeals');
    expect(o.facts.sources).toEqual([{ id: 'ifrc-go', publisher: 'IFRC', title: 'quoted-fields.csv [publication date not in the file: estimated from its figures]', published: '2023-10-15', url: null }]);
  });
});

describe('a BOM, CRLF and day-first dates', () => {
  const r = load('bom-crlf.csv');

  it('decides the order of slashed dates from the column (28/09 is day-first)', () => {
    expect(r.facts.figures.map((f) => [f.id, f.value, f.qualifier, f.asOf])).toEqual([
      ['deaths-syunik-2023-09-28', 12, 'exact', '2023-09-28'],
      ['injured-syunik-2023-09-28', 1024, 'exact', '2023-09-28'],
      ['missing-syunik-2023-09-28', 30, 'approximately', '2023-09-28'],
      ['deaths-syunik-2023-10-05', 15, 'exact', '2023-10-05'],
      ['injured-ararat-2023-10-02', 7, 'exact', '2023-10-02'],
    ]);
    expect(r.report.rejected).toEqual([]);
  });

  it('labels a column without a label row by its indicator', () => {
    expect(figure(r, 'deaths-syunik-2023-09-28')).toMatchObject({ label: 'deaths', quote: expect.stringMatching(/^#affected\+killed: /), notes: 'Line 2.' });
    expect(r.facts.sources).toEqual([{ id: 'bom-crlf', publisher: 'Unknown publisher', title: 'bom-crlf.csv [publication date not in the file: estimated from its figures]', published: '2023-10-05', url: null }]);
  });
});

describe('misaligned rows and files that are not HXL', () => {
  it('rejects a row with more cells than columns (an unquoted comma), and pads short rows', () => {
    const r = load('ragged.csv');
    expect(r.report.rejected).toEqual([{ line: 4, reason: 'the row has 4 cells but the table has 3 columns (an unquoted comma?)' }]);
    expect(r.facts.figures.map((f) => f.id)).toEqual(['internally-displaced-goris-2023-10-01']);
  });

  it.each([
    ['no-hashtags.csv', 1],
    ['unclosed-quote.csv', 3],
    ['text-after-quote.csv', 3],
  ])('%s throws HxlInvalidError at line %d', (name, line) => {
    expect(() => load(name)).toThrow(HxlInvalidError);
    try {
      load(name);
    } catch (e) {
      expect((e as HxlInvalidError).issues[0]!.line).toBe(line);
    }
  });

  it.each([
    [{ today: '2024-02-30' }, 'today'],
    [{ today: TODAY, datasetId: 'Not Kebab' }, 'dataset id'],
    [{ today: TODAY, sourceId: 'x'.repeat(81) }, 'source id'],
  ])('refuses malformed options %j', (options, what) => {
    expect(() => importHxl(fixture('ragged.csv'), 'ragged.csv', options)).toThrow(UsageError);
    expect(() => importHxl(fixture('ragged.csv'), 'ragged.csv', options)).toThrow(what);
  });

  it('gives an empty but valid document for a file with no data rows', () => {
    const r = importHxl('#loc+name,#date,#affected+idps\n', 'empty.csv', { today: TODAY });
    expect(issuesOf(r)).toEqual([]);
    expect(r.facts.figures).toEqual([]);
    expect(r.facts.sources).toHaveLength(1);
    expect(r.facts.dataset.updated).toBe(TODAY);
  });

  it('rejects every row of a file without a date or a place column, with the reason', () => {
    const r = importHxl('#affected+idps,#date\n5,2023-01-01\n', 'f.csv', { today: TODAY });
    expect(r.report.rejected).toEqual([{ line: 2, reason: expect.stringContaining('the file has no place column') }]);
    // (--country only where the figures are of one country: a global plan has none)
    expect(r.report.rejected[0]!.reason).toMatch(/--country, if its figures are of one country \(a global or regional plan/);
    // no date column: the import needs --as-of, and says so before reading a row
    expect(() => importHxl('#affected+idps,#loc+name\n5,Goris\n', 'f.csv', { today: TODAY })).toThrow(/no date column .*--as-of/);
    const s = importHxl('#affected+idps,#loc+name\n5,Goris\n', 'f.csv', { today: TODAY, asOf: '2023' });
    expect(s.facts.figures).toMatchObject([{ id: 'internally-displaced-goris-2023', asOf: '2023' }]);
    expect(s.facts.figures[0]).not.toHaveProperty('period');
  });
});

describe('odd data never throws and never makes an invalid file (property)', () => {
  const hashtags = ['#country+code', '#adm1+name', '#loc+name', '#date', '#date+reported', '#date+published', '#meta+source', '#org', '#currency', '#affected+idps', '#population', '#inneed+pct', '#value+funding+required', '#value+funding+total+usd', '#indicator+num', '#sector', 'Notes'];
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', 'n/a', '-', 'ARM', 'arm', 'AM', 'Goris, Syunik', 'عفرين', '2023-09-28', '28/09/2023', '01/10/2023', '2023-02-30', '2023', 'USD', 'usd', 'XXX', 'Government of Armenia', 'https://example.org/x'),
    fc.constantFrom('120,000', '~120,000', '>35,000', '2.8 million', '1.5e6', '45%', '-5', '1e400', '120.000', '0', '0.001', '9007199254740993'),
    fc.integer({ min: 0, max: 10 ** 9 }).map(String),
  );
  const toCsv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

  it('for a wide file', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(hashtags, { minLength: 1 }).filter((t) => t.some((x) => x.startsWith("#"))), fc.array(fc.array(cell, { minLength: 0, maxLength: 20 }), { maxLength: 8 }), (tags, rows) => {
        let r: ImportResult;
        try {
          r = importHxl(toCsv([tags, ...rows]), 'odd.csv', { today: TODAY });
        } catch (e) {
          // the two documented refusals: no figure column (a 3W file), no date column without --as-of
          expect(e instanceof HxlInvalidError || e instanceof UsageError, String(e)).toBe(true);
          return;
        }
        expect(issuesOf(r)).toEqual([]);
        expect(r.report.figures).toBe(r.facts.figures.length);
        // the last-resort check in assemble() never has to drop a figure
        expect(r.report.rejected.filter((x) => x.reason.includes('breaks a facts rule'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('for a long file', () => {
    const long = FIGURE_COLUMNS.map((c) => c.hxl ?? '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: long.length, maxLength: long.length }), { maxLength: 8 }), (rows) => {
        const r = importHxl(toCsv([long, ...rows]), 'odd.csv', { today: TODAY });
        expect(issuesOf(r)).toEqual([]);
        expect(r.report.rejected.filter((x) => x.reason.includes('breaks a facts rule'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('round trip: the bundled dataset exported by renderHxl and imported back', () => {
  const index = new FactsIndex(bundled);
  const records = bundled.figures.map((f) => toFigureRecord(f, index));
  const key = (f: Figure) => ({ id: f.id, value: f.value, unit: f.unit, qualifier: f.qualifier, asOf: f.asOf, place: f.place });

  it('gives the same figures, places, source and bounds', () => {
    const r = importHxl(renderHxl(records, FIGURE_COLUMNS), 'export.csv', { today: TODAY });
    expect(issuesOf(r)).toEqual([]);
    expect(r.report.rejected).toEqual([]);
    expect(r.facts.figures.map(key)).toEqual(bundled.figures.map(key));
    expect(r.facts.figures.map((f) => [f.label, f.indicator, f.quote, f.notes])).toEqual(bundled.figures.map((f) => [f.label, f.indicator, f.quote, f.notes]));
    // an explicit bound is kept where the qualifier does not imply it (110,000 it does)
    expect(figure(r, 'displaced-population')).toMatchObject({ high: 125000 });
    expect(figure(r, 'displaced-population')).not.toHaveProperty('low');
    expect(r.facts.places).toEqual(bundled.places);
    expect(r.facts.sources).toEqual(bundled.sources.map(({ text: _text, ...s }) => s));
    const reimported = new FactsIndex(r.facts);
    expect(r.facts.figures.map((f) => toFigureRecord(f, reimported)).map(({ low, high, stated }) => ({ low, high, units: stated.map((s) => s.unit) }))).toEqual(
      records.map(({ low, high, stated }) => ({ low, high, units: stated.map((s) => s.unit) })),
    );
  });

  it('for any selection and order of figures, and any label text (property)', () => {
    const label = fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('a', ' ', ',', '"', '\n', '=', '+', '-', '@', 'é', '1') }).filter((s) => s.trim() !== '' && !s.startsWith("'"));
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: 1 }), fc.array(label, { minLength: 8, maxLength: 8 }), (chosen, labels) => {
        const relabelled = chosen.map((rec, i) => ({ ...rec, label: labels[i]! }));
        const r = importHxl(renderHxl(relabelled, FIGURE_COLUMNS), 'export.csv', { today: TODAY });
        expect(issuesOf(r)).toEqual([]);
        const byId = new Map(bundled.figures.map((f) => [f.id, f]));
        expect(r.facts.figures.map(key)).toEqual(chosen.map((rec) => key(byId.get(rec.id)!)));
        expect(r.facts.figures.map((f) => f.label)).toEqual(relabelled.map((rec) => rec.label.trim()));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a range ("between 10,000 and 20,000")', () => {
  const ranged: FactsFile = {
    ...bundled,
    figures: [{ ...bundled.figures[0]!, qualifier: 'range', low: bundled.figures[0]!.value, high: bundled.figures[0]!.value * 2 }],
  };

  it('keeps both of its bounds through export and import, even the low one that equals the value', () => {
    const index = new FactsIndex(ranged);
    const r = importHxl(renderHxl(ranged.figures.map((f) => toFigureRecord(f, index)), FIGURE_COLUMNS), 'export.csv', { today: TODAY });
    expect(issuesOf(r)).toEqual([]);
    const f = r.facts.figures[0]!;
    expect([f.qualifier, f.low, f.high]).toEqual(['range', ranged.figures[0]!.value, ranged.figures[0]!.value * 2]);
  });

  it('is rejected, by row, when the file gives no high for it', () => {
    const csv = 'indicator,value,unit,qualifier,low,place,date\n#indicator+code,#indicator+value+num,#indicator+unit,#indicator+qualifier,#indicator+value+min+num,#country+code,#date\nin-need,10000,person,range,10000,KEN,2024-03-01\n';
    const r = importHxl(csv, 'range.csv', { today: TODAY });
    expect(r.facts.figures).toEqual([]);
    expect(r.report.rejected[0]?.reason).toContain("qualifier 'range' needs both a low and a high");
  });
});

describe('sector attributes', () => {
  const csv = [
    'Country,Date,In need,In need health,In need WASH,Targeted health,Funding edu',
    '#country+code,#date,#inneed,#inneed+health,#inneed+wash,#targeted+health,#value+funding+required+edu+usd',
    'MLI,2024-01-01,7100000,3000000,2500000,1500000,2000000',
  ].join('\n');

  it('make a sector breakdown of the column\'s indicator, with the HPC cluster code a #sector column would give', () => {
    const r = importHxl(csv, 'sectors.csv', { today: TODAY });
    expect(issuesOf(r)).toEqual([]);
    expect(r.facts.figures.map((f) => [f.indicator, f.value, f.breakdown?.sector ?? null])).toEqual([
      ['people-in-need', 7100000, null],
      ['people-in-need', 3000000, 'HEA'],
      ['people-in-need', 2500000, 'WSH'],
      ['people-targeted', 1500000, 'HEA'],
      ['funding-required', 2000000, 'EDU'],
    ]);
  });
});

describe('round trip of a figure two admin levels down', () => {
  it('keeps its chain up to the country: the unlisted admin-1 parent by its p-code, the country by its ISO3 code', () => {
    const csv = 'Country,Adm1 code,Adm1,Adm2 code,Adm2,Date,In need\n#country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name,#date,#inneed\nMLI,ML07,Gao,ML0701,Ansongo,2024-01-01,50000\n';
    const first = importHxl(csv, 'l3.csv', { today: TODAY });
    const index = new FactsIndex(first.facts);
    const again = importHxl(renderHxl(first.facts.figures.map((f) => toFigureRecord(f, index)), FIGURE_COLUMNS), 'export.csv', { today: TODAY });
    expect(issuesOf(again)).toEqual([]);
    const places = new Map(again.facts.places.map((p) => [p.id, p]));
    expect(places.get('ML0701')).toMatchObject({ name: 'Ansongo', level: 2, parent: 'ML07' });
    expect(places.get('ML07')).toMatchObject({ level: 1, pcode: 'ML07', parent: 'MLI' });
    expect(places.get('MLI')).toMatchObject({ name: 'Mali', level: 0 });
  });

  it('keeps every chain when three children name three unlisted parents (the third was skipped and its parent left unknown)', () => {
    const head = 'id,indicator,value,unit,asOf,place,place_name,source,place_level,place_pcode,place_parent,place_iso3\n#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#loc+code,#loc+name,#meta+source+code,#adm+level,#loc+pcode,#loc+parent+code,#country+code\n';
    const rows = ['a,events,0,event,1997-01-31,NE005012,Tillia,s,2,NE005012,NE005,NER', 'b,events,0,event,1997-01-31,NE001004,Iferouane,s,2,NE001004,NE001,NER', 'c,events,1,event,1997-01-31,NE008001,Ville de Niamey,s,2,NE008001,NE008,NER'];
    const r = importHxl(head + rows.join('\n'), 'three.csv', { today: TODAY });
    expect(issuesOf(r)).toEqual([]);
    expect(r.facts.places.map((p) => [p.id, p.parent ?? null, p.level])).toEqual([
      ['NER', null, 0],
      ['NE005012', 'NE005', 2],
      ['NE001004', 'NE001', 2],
      ['NE008001', 'NE008', 2],
      ['NE005', 'NER', 1],
      ['NE001', 'NER', 1],
      ['NE008', 'NER', 1],
    ]);
  });
});

describe('a long file whose places break a facts rule (parents in a circle)', () => {
  it('is refused in one line naming the rule, as an HXL file that cannot be imported (exit 65), not an internal error', () => {
    const csv = 'id,indicator,value,unit,asOf,place,place_name,source,place_level,place_parent,place_iso3\n#meta+id,#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#loc+code,#loc+name,#meta+source+code,#adm+level,#loc+parent+code,#country+code\na,deaths,1,person,2024,ML01,A,s,1,ML02,MLI\nb,deaths,1,person,2024,ML02,B,s,1,ML01,MLI\n';
    const error = catchError(() => importHxl(csv, 'circle.csv', { today: TODAY }));
    expect(error).toBeInstanceOf(HxlInvalidError);
    expect(error.exitCode).toBe(65);
    expect(error.message).toMatch(/^circle\.csv: cannot import it: the facts file made from it would break a facts rule at places\.\d\.level \(level 1 lies under its parent 'ML0\d' of level 1;.*check the file's place columns/);
  });
});

describe('a file of many columns under one hashtag', () => {
  /** A file of `n` columns headed c0, c1 ... tagged `tag(i)`, and one row of `cell(i)`. */
  const wide = (n: number, tag: (i: number) => string, cell: (i: number) => string) =>
    [Array.from({ length: n }, (_, i) => `c${i}`), Array.from({ length: n }, (_, i) => tag(i)), Array.from({ length: n }, (_, i) => cell(i))].map((r) => r.join(',')).join('\n');

  it('says of each column the first five others and how many more, not every other one', () => {
    const text = ['year,country', '#date+year,#country+code', '2024,AFG'].map((line, i) => `${line},${wide(2000, () => '#affected', () => '1').split('\n')[i]}`).join('\n');
    const error = catchError(() => importHxl(text, 'wide.csv', { today: TODAY }));
    expect(error.exitCode).toBe(65);
    // (before, column 3's reason named the other 1,999 columns: 10,000 characters, 2,000 times over)
    expect(error.message).toContain('3 "c0" #affected: the same hashtag as columns 4, 5, 6, 7, 8 and 1994 more: which figure each holds');
    expect(error.message).toMatch(/; and 19\d\d more columns$/);
    expect(error.message.length).toBeLessThan(2000);
  });

  it('notes five fraction columns by name and counts the rest', () => {
    const r = importHxl(wide(40, (i) => `#inneed+pct+x${i}`, () => '0.5'), 'fractions.csv', { today: TODAY, asOf: '2024', country: 'AFG' });
    expect(r.facts.figures).toHaveLength(40);
    const fractionNotes = r.report.notes.filter((n) => n.includes('read as fractions'));
    expect(fractionNotes).toHaveLength(6);
    expect(fractionNotes[5]).toBe('and 35 more columns likewise: every value lies within 0 to 1, read as fractions and scaled to percent');
  });

  it('refuses a file of more than 20,000 columns in one line, before reading its rows', () => {
    const error = catchError(() => importHxl(wide(20_001, () => '#affected', () => '1'), 'huge.csv', { today: TODAY }));
    expect([error.exitCode, error.message]).toEqual([
      65,
      'huge.csv:2:1: the hashtag row has 20,001 columns; humfig reads at most 20,000, more than a spreadsheet holds: split the file, or write it long (one row per figure, #indicator+code and #indicator+value+num)',
    ]);
  });
});
