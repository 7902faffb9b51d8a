import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHxl } from '../../../src/output/render-delimited.js';
import { toFigureRecord } from '../../../src/derive/figure-record.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import type { FactsFile } from '../../../src/facts/schema.js';
import {
  INDICATOR_HASHTAGS,
  formatHashtag,
  upgradeBetaHashtags,
  indicatorFromHashtag,
  indicatorHashtag,
  matchesPattern,
  parseHashtag,
} from '../../../src/hxl/hxl-tags.js';
import { figureView } from '../../../src/output/figure-view.js';

/** The figure columns, each with its HXL hashtag. */
const FIGURE_COLUMNS = figureView.csv as ReadonlyArray<(typeof figureView.csv)[number] & { hxl: string }>;
const facts = JSON.parse(readFileSync(new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url), 'utf8')) as FactsFile;
const index = new FactsIndex(facts);
const records = facts.figures.map((f) => toFigureRecord(f, index));

describe('hashtag syntax', () => {
  it.each([
    ['#affected', '#affected', []],
    ['#affected+idps+f', '#affected', ['idps', 'f']],
    ['  #Affected +IDPs +f  ', '#affected', ['idps', 'f']],
    ['#adm1+code', '#adm1', ['code']],
    ['#x_custom+age_5_12', '#x_custom', ['age_5_12']],
    ['#affected+f+f', '#affected', ['f']],
  ])('%j is %s with %j', (text, tag, attributes) => {
    expect(parseHashtag(text)).toEqual({ tag, attributes });
  });

  it.each(['', 'affected', '# affected', '#1st', '#affected+', '#affected+1f', '#affected++f', '#affected f', '#affected+i-d', '#affected,#inneed'])(
    '%j is not a hashtag',
    (text) => expect(parseHashtag(text)).toBeNull(),
  );

  it.each([
    ['#date+reported', '#date+reported', true],
    ['#date', '#date+reported', false],
    ['#date+reported+i_en', '#date!', false],
    ['#date+i_en', '#date!', true],
    ['#org+name', '#org-code', true],
    ['#org+code', '#org-code', false],
    ['#indicator+value+min+num', '#indicator+value-min-max', false],
    ['#indicator+value+num', '#indicator+value-min-max', true],
    ['#adm1+name', '#adm2+name', false],
  ])('%s matches the pattern %s: %s', (tag, pattern, expected) => {
    expect(matchesPattern(parseHashtag(tag), pattern)).toBe(expected);
  });
});

describe('the long-format export of figures', () => {
  it('has the CSV columns of figures, with the same cells', () => {
    expect(FIGURE_COLUMNS.map((c) => c.header)).toEqual(figureView.csv.map((c) => c.header));
    for (const r of records) {
      expect(FIGURE_COLUMNS.map((c) => c.value(r))).toEqual(figureView.csv.map((c) => c.value(r)));
    }
  });

  it('gives every column a valid, distinct hashtag', () => {
    const tags = FIGURE_COLUMNS.map((c) => parseHashtag(c.hxl));
    expect(tags.every((t) => t !== null)).toBe(true);
    expect(new Set(tags.map((t) => formatHashtag(t!))).size).toBe(tags.length);
    // written as the dictionary writes them: lower case, no spaces
    for (const c of FIGURE_COLUMNS) expect(formatHashtag(parseHashtag(c.hxl)!)).toBe(c.hxl);
  });

  it.each([
    ['id', '#meta+id'],
    ['label', '#description'],
    ['indicator', '#indicator+code'],
    ['value', '#indicator+value+num'],
    ['unit', '#indicator+unit'],
    ['qualifier', '#indicator+qualifier'],
    ['low', '#indicator+value+min+num'],
    ['high', '#indicator+value+max+num'],
    ['asOf', '#date+reported'],
    ['place', '#loc+code'],
    ['place_name', '#loc+name'],
    ['source', '#meta+source+code'],
    ['source_publisher', '#org+name'],
    ['source_title', '#meta+source+title'],
    ['source_published', '#date+published'],
    ['source_url', '#meta+url'],
    ['quote', '#meta+quote'],
    ['stated', '#meta+stated'],
    ['notes', '#meta+notes'],
  ])('%s is %s', (header, hxl) => {
    expect(FIGURE_COLUMNS.find((c) => c.header === header)?.hxl).toBe(hxl);
  });

  it('renders the header row, the hashtag row and one row per figure, CRLF, RFC 4180', () => {
    const text = renderHxl(records, FIGURE_COLUMNS);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(FIGURE_COLUMNS.map((c) => c.header).join(','));
    expect(lines[1]).toBe(FIGURE_COLUMNS.map((c) => c.hxl).join(','));
    expect(lines).toHaveLength(2 + records.length + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toMatch(/^residents,Residents of Nagorno-Karabakh before the exodus,population,120000,person,approximately,115000,125000,2023-09,nagorno-karabakh,/);
    expect(text).toContain(',"Nagorno-Karabakh\'s approximately 120,000 residents",');
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('guards text cells against formulas but writes numbers plainly', () => {
    const cols = [
      { header: 'text', hxl: '#meta+notes', value: (r: { t: string; n: number }) => r.t },
      { header: 'n', hxl: '#indicator+value+num', value: (r: { t: string; n: number }) => r.n },
    ];
    expect(renderHxl([{ t: '=HYPERLINK("x")', n: -5 }], cols)).toBe('text,n\r\n#meta+notes,#indicator+value+num\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
});

describe('wide-format hashtags of indicators', () => {
  it.each([
    ['displaced', 'person', '#affected+displaced'],
    ['population', 'person', '#population'],
    ['population', 'household', '#population+hh'],
    ['refugees', 'person', '#affected+refugees'],
    ['temporary-accommodation', 'person', '#affected+displaced+shelter'],
    ['funding-required', 'CHF', '#value+funding+required+chf'],
    ['funding-required', 'swiss francs', '#value+funding+required+chf'],
    ['funding-received', 'USD', '#value+funding+total+usd'],
    ['funding-coverage', 'percent', '#value+funding+pct'],
    ['people-in-need', 'person', '#inneed'],
    ['people-in-need', 'percent', '#inneed+pct'],
    ['people-targeted', 'person', '#targeted'],
    ['people-reached', 'person', '#reached'],
    ['people-affected', 'person', '#affected'],
    ['households-affected', 'household', '#affected+hh'],
    ['deaths', 'person', '#affected+killed'],
    ['injured', 'person', '#affected+injured'],
    ['missing', 'person', '#affected+missing'],
    ['returnees', 'person', '#affected+returnees'],
    ['internally-displaced', 'person', '#affected+idps'],
    ['offensive-duration', 'day', '#indicator+num+offensive_duration+unit_day'],
    ['time-without-un-access', 'decade', '#indicator+num+time_without_un_access+unit_decade'],
    ['cash-transfers', 'EUR', '#value+cash_transfers+eur'],
    ['3w-activities', 'person', '#indicator+num+x_3w_activities+ind'],
    ['total', 'person', '#indicator+num+x_total'],
    ['usd', 'person', '#indicator+num+x_usd'],
    ['displaced', 'USD', '#value+displaced+usd'],
  ])('(%s, %s) -> %s', (indicator, unit, hashtag) => {
    const written = indicatorHashtag(indicator, unit);
    expect(written).toBe(hashtag);
    expect(parseHashtag(written)).not.toBeNull();
  });

  it.each([
    ['#affected+idps', 'internally-displaced', 'person'],
    ['#affected+idps+ind', 'internally-displaced', 'person'],
    ['#affected+idps+f+children', 'internally-displaced-f-children', 'person'],
    ['#affected+idps+ind+stock+conflict', 'internally-displaced-stock-conflict', 'person'],
    // +ind spelled out, as files write it beside +households (BNGRC Madagascar): persons, never a name of its own
    ['#affected+idps+individuals', 'internally-displaced', 'person'],
    ['#affected+idps+individuals+m', 'internally-displaced-m', 'person'],
    ['#affected+idps+individual', 'internally-displaced', 'person'],
    ['#inneed+persons', 'people-in-need', 'person'],
    ['#affected+displaced+individuals+families', 'displaced-families', 'person'],
    ['#affected+idps+households', 'internally-displaced', 'household'],
    ['#affected+displaced+hh', 'displaced', 'household'],
    ['#population+total', 'population', 'person'],
    ['#population+total+i_en', 'population', 'person'],
    ['#inneed+total', 'people-in-need', 'person'],
    ['#affected', 'people-affected', 'person'],
    ['#affected+hh', 'households-affected', 'household'],
    ['#affected+infected', 'people-affected-infected', 'person'],
    ['#value+funding+required+usd', 'funding-required', 'USD'],
    ['#value+funding+total+usd', 'funding-received', 'USD'],
    ['#value+funding+received+eur', 'funding-received', 'EUR'],
    ['#value+funding+required', 'funding-required', null],
    ['#value+funding+pct', 'funding-coverage', 'percent'],
    ['#value', 'value', null],
    ['#indicator+value+num', null, 'person'],
    ['#indicator+num+offensive_duration+unit_day', 'offensive-duration', 'day'],
  ])('%s reads back as %s in %s', (hashtag, indicator, unit) => {
    const meaning = indicatorFromHashtag(parseHashtag(hashtag)!);
    expect(meaning).toMatchObject({ indicator, unit });
  });

  it('marks the unit as assumed only for a generic #indicator column', () => {
    expect(indicatorFromHashtag(parseHashtag('#indicator+num+ipc3')!)).toEqual({ indicator: 'ipc3', unit: 'person', unitAssumed: true });
    expect(indicatorFromHashtag(parseHashtag('#affected+idps')!)?.unitAssumed).toBe(false);
  });

  it.each(['#sector', '#adm1+name', '#country+code', '#date', '#org', '#affected+name', '#population+code', '#indicator+code', '#indicator+name', '#indicator+text', '#meta+source'])(
    '%s is not the column of an indicator',
    (hashtag) => expect(indicatorFromHashtag(parseHashtag(hashtag)!)).toBeNull(),
  );

  it('does not read HXL attributes of people as currencies (+all is also the code of the lek); +all beside +total says nothing more', () => {
    expect(indicatorFromHashtag(parseHashtag('#affected+all')!)).toMatchObject({ indicator: 'people-affected-all', unit: 'person' });
    expect(indicatorFromHashtag(parseHashtag('#affected+all+total')!)).toMatchObject({ indicator: 'people-affected', unit: 'person' });
  });

  it('reads back every hashtag it writes: the documented table', () => {
    for (const e of INDICATOR_HASHTAGS.filter((x) => x.export !== false)) {
      const units = e.kind === 'money' ? ['CHF', 'USD'] : e.kind === 'percent' ? ['percent'] : e.unit ? [e.unit] : ['person', 'household', 'percent'];
      for (const unit of units) {
        expect(indicatorFromHashtag(parseHashtag(indicatorHashtag(e.indicator, unit))!), `${e.indicator} ${unit}`).toMatchObject({ indicator: e.indicator, unit });
      }
    }
  });

  it('reads back every hashtag it writes: any indicator, any unit (property)', () => {
    // random words, and words the reader gives a meaning to (a unit, a type, a documented indicator)
    const reserved = fc.constantFrom('total', 'num', 'ind', 'hh', 'pct', 'usd', 'all', 'code', 'name', 'value', 'min', 'i', 'x', 'unit', 'funding', 'required', 'idps', 'displaced', 'population', 'affected', 'sites', 'appeal', 'families', 'households', 'fam', 'gap');
    const segment = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), reserved);
    const indicator = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('-'));
    const unit = fc.constantFrom('person', 'household', 'percent', 'day', 'decade', 'short-ton', 'km2', 't', 'CHF', 'USD', 'XOF');
    fc.assert(
      fc.property(indicator, unit, (ind, u) => {
        const written = indicatorHashtag(ind, u);
        const t = parseHashtag(written);
        expect(t, written).not.toBeNull();
        const back = indicatorFromHashtag(t!);
        expect(back, written).toMatchObject({ indicator: ind, unit: u });
      }),
      { numRuns: 500 },
    );
  });
});

describe("upgradeBetaHashtags: HXL's beta hashtags read as HXL 1.x", () => {
  it('leaves a row of HXL 1.x hashtags as it is', () => {
    expect(upgradeBetaHashtags([parseHashtag('#country+code'), parseHashtag('#affected+refugees'), null])).toBeUndefined();
  });

  it('reads the beta tags whose meaning carries over, and not those the beta never wrote with attributes or that have no counterpart', () => {
    const r = upgradeBetaHashtags(['#adm1_id', '#idp_num', '#people_num', '#inneed_num +f', '#x_custom_num'].map(parseHashtag));
    expect(r?.tags.map((t) => (t ? formatHashtag(t) : null))).toEqual(['#adm1+code', '#affected+idps', '#people_num', '#inneed_num+f', '#x_custom_num']);
    expect(r?.upgraded).toEqual([
      { index: 0, from: '#adm1_id', to: '#adm1+code' },
      { index: 1, from: '#idp_num', to: '#affected+idps' },
    ]);
  });
});
