/** calc, history, compare, check and get --as-of through the built binary. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-delimited.js';
import { FIXTURES } from './run-humfig.js';
import { humfig } from './in-process.js';

const TRUST = join(FIXTURES, 'trust');
type Rec = Record<string, any>;

describe('humfig calc', () => {
  it('gives a share of two approximate figures with its range', async () => {
    const s = await humfig(['calc', 'displaced-population / armenia-population', '--as', 'percent']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout.split('\n')[0]).toBe('≈ 4.3 % (range 3.9–4.5 %)  = displaced-population / armenia-population');
    const r = JSON.parse((await humfig(['calc', 'displaced-population / armenia-population', '--as', 'percent', '--json'])).stdout) as Rec;
    expect(r).toMatchObject({ unit: 'percent', qualifier: 'approximately' });
    expect(r.low).toBeCloseTo(3.8596, 3);
    expect(r.high).toBeCloseTo(4.5455, 3);
    expect(r.low).toBeLessThanOrEqual(r.value);
    expect(r.value).toBeLessThanOrEqual(r.high);
  });

  it('gives money per person in another currency, with the rate and every input cited', async () => {
    const r = JSON.parse((await humfig(['calc', 'appeal-amount / displaced-population', '--to', 'USD', '--json'])).stdout) as Rec;
    expect(r).toMatchObject({ value: 182.61, unit: 'USD/person', qualifier: 'approximately' });
    expect(r.inputs.map((i: Rec) => [i.id, i.source.id, i.quote])).toEqual([
      ['appeal-amount', 'article-2023-10-01', 'an emergency appeal for 20 million Swiss Francs ($22 million)'],
      ['displaced-population', 'article-2023-10-01', "nearly all of Nagorno-Karabakh's approximately 120,000 residents fled the area in the days following the offensive"],
    ]);
    const step = r.steps.find((st: Rec) => st.rate);
    expect(step.rate).toMatchObject({ date: '2023-09-29', source: 'ecb-eurofxref', derived: true });
  });

  it.each([
    ['residents +* 3', 2, /found '\*'.*\n {2}residents \+\* 3\n {13}\^/],
    ['(residents', 2, /\n {2}\(residents\n/],
    ['residents + appeal-amount', 2, /person.*CHF|CHF.*person/],
    ['residnets / 2', 1, /no figure with id 'residnets'\n {2}did you mean residents\?/],
  ])('%j fails with exit %i', async (expression, code, message) => {
    const s = await humfig(['calc', expression]);
    expect(s.code).toBe(code);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(message);
  });

  it('prints csv with the exact decimals', async () => {
    const [header, row] = readCsv((await humfig(['calc', 'residents - temporary-housing', '--format', 'csv'])).stdout);
    expect(header!.slice(0, 4)).toEqual(['expression', 'value', 'low', 'high']);
    expect(row!.slice(0, 4)).toEqual(['residents - temporary-housing', '85000', '80000', '90000']);
  });
});

describe('history, compare and get --as-of on a daily series from several sources', () => {
  const A = join(TRUST, 'arrivals.json');

  it('lists observations in date order with the change between them', async () => {
    const rows = JSON.parse((await humfig(['history', 'arrivals', '--facts', A, '--place', 'crossing-north', '--json'])).stdout) as Rec[];
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows[0]!.change).toBeNull();
    expect(rows.find((r) => r.id === 'bm-arrivals-03-02')!.change).toMatchObject({ absolute: 250 });
  });

  it('puts sources side by side with the spread, and warns where definitions differ', async () => {
    const s = await humfig(['compare', 'arrivals', '--facts', A, '--as-of', '2024-03-04', '--json']);
    expect(s.code).toBe(0);
    const r = JSON.parse(s.stdout) as Rec;
    const people = r.groups.find((g: Rec) => g.unit === 'person' && g.place.id === 'crossing-north');
    expect(people.observations.map((o: Rec) => o.source.id)).toEqual(['border-monitoring', 'field-note', 'ministry-statement']);
    expect(people.spread).toMatchObject({ min: 1800, max: 2300 });
    // the groups are shown apart and labelled: no warning about units or places
    expect(s.stderr).not.toMatch(/different units|different places/);
  });

  it.each(['80', '100'])('a table fits %s columns, at most two lines a row', async (columns) => {
    const s = await humfig(['compare', 'arrivals', '--facts', A, '--as-of', '2024-03-04', '--format', 'table'], { env: { COLUMNS: columns } });
    const lines = s.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Number(columns));
    // 5 rows, and 3 rules and 1 header line around them
    expect(lines.length).toBeLessThanOrEqual(5 * 2 + 3 + 1);
    if (columns === '100') expect(lines).toHaveLength(5 + 3 + 1);
  });

  it('a table draws each source on a bar of its group; plain, CSV and JSON stay without it', async () => {
    const args = ['compare', 'arrivals', '--facts', A, '--as-of', '2024-03-04'];
    const table = await humfig([...args, '--format', 'table'], { env: { COLUMNS: '200' } });
    expect(table.code).toBe(0);
    const bars = new Map(table.stdout.split('\n').filter((l) => l.includes('crossing')).map((l) => {
      const cells = l.split('│').map((c) => c.trim());
      return [`${cells[1]} ${cells[2]} ${cells[4]}`, cells[5]] as const;
    }));
    // person, Northern crossing: 1,800 exact, ≈2,300 (2,250–2,350), 1,950 exact on 1,800..2,350 in 20 columns
    expect(bars.get('Northern crossing border-monitoring 1,800 people')).toBe(`┃${'·'.repeat(19)}`);
    expect(bars.get('Northern crossing field-note ≈2,300 people (2,250–2,350)')).toBe(`${'·'.repeat(16)}━┃━━`);
    expect(bars.get('Northern crossing ministry-statement 1,950 people')).toBe(`${'·'.repeat(5)}┃${'·'.repeat(14)}`);
    // a group of one source: the value alone, in the middle, and no spread (not ×1.00)
    expect(bars.get('Northern crossing field-note 420 families')).toBe(`${'·'.repeat(9)}┃${'·'.repeat(10)}`);
    const spreads = new Map(table.stdout.split('\n').filter((l) => l.includes('crossing')).map((l) => {
      const cells = l.split('│').map((c) => c.trim());
      return [`${cells[2]} ${cells[4]}`, cells[6]] as const;
    }));
    expect(spreads.get('border-monitoring 1,800 people')).toBe('×1.28');
    expect(spreads.get('field-note 420 families')).toBe('');
    expect(spreads.get('ministry-statement 600 people')).toBe('');
    for (const format of ['plain', 'csv', 'json']) {
      const s = await humfig([...args, '--format', format], { env: { COLUMNS: '200' } });
      expect(s.stdout, format).not.toMatch(/┃|\bbar\b/);
    }
  });

  it('draws a range at the middle of its range in the trend column, not at its low end', async () => {
    const s = await humfig(['history', 'displaced', '--facts', 'test/fixtures/trust/range-series.json', '--format', 'table'], { env: { COLUMNS: '200' } });
    expect(s.code).toBe(0);
    // 1,000 exact, then 1,000–9,000 (middle 5,000), then 9,000 exact, on one scale 1,000..9,000
    const trends = s.stdout.split('\n').filter((l) => l.includes('2024-0')).map((l) => l.split('│')[4]!.trim());
    expect(trends).toEqual(['▁', '▁▅', '▁▅█']);
  });

  it('prints nothing on stdout when history finds nothing (exit 1)', async () => {
    const s = await humfig(['history', 'arrivals', '--facts', A, '--from', '2030', '--json']);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
  });

  it('answers get --as-of with the latest observation on or before the date', async () => {
    const r = JSON.parse((await humfig(['get', 'bm-arrivals-03-05', '--facts', A, '--as-of', '2024-03-03', '--json'])).stdout) as Rec;
    expect([r.id, r.asOf]).toEqual(['bm-arrivals-03-03', '2024-03-03']);
    expect((await humfig(['get', 'residents', '--as-of', '2020', '--json'])).code).toBe(1);
  });
});

describe('humfig check', () => {
  it('passes on the bundled dataset: quotes, the stated dollar equivalent, relations, dates', async () => {
    const s = await humfig(['check', '--json']);
    expect(s.code, s.stderr).toBe(0);
    const findings = JSON.parse(s.stdout) as Rec[];
    for (const f of findings) expect(Object.keys(f)).toEqual(['check', 'figure', 'path', 'ok', 'level', 'expected', 'found', 'deviation', 'message']);
    expect(findings.every((f) => f.ok)).toBe(true);
    expect(findings.find((f) => f.check === 'stated')).toMatchObject({ figure: 'appeal-amount', level: 'pass' });
    expect(new Set(findings.map((f) => f.check))).toEqual(new Set(['quote', 'stated', 'relation', 'date']));
  });

  it.each([
    ['stated.json', 'stated', 'highland-appeal'],
    ['relations.json', 'relation', 'camp-children'],
    ['dates.json', 'date', 'planned-2030'],
  ])('fails (exit 1) on %s: %s of %s', async (file, check, figure) => {
    const s = await humfig(['check', '--facts', join(TRUST, file), '--json']);
    expect(s.code).toBe(1);
    const failed = (JSON.parse(s.stdout) as Rec[]).filter((f) => !f.ok);
    expect(failed.some((f) => f.check === check && f.figure === figure)).toBe(true);
    expect(JSON.parse(s.stderr).note.message).toMatch(/^\d+ of \d+ checks failed$/);
  });
});

describe('history across sources and open or approximate values', () => {
  const S = join(FIXTURES, 'facts', 'sources-series.json');
  it('writes a change to a figure with no upper end as "or more", one between estimates with ≈, and names a change of source on stderr', async () => {
    const r = await humfig(['history', 'internally-displaced', '--facts', S, '--format', 'plain']);
    expect(r.code, r.stderr).toBe(0);
    const change = (id: string) => r.stdout.split('\n').find((l) => l.includes(id))!;
    expect(change('overview-2020')).toContain('≈ +366,000 (+17.2%)');
    expect(change('wire-2021')).toContain('+724,000 or more (+31.8% or more)');
    expect(r.stderr).toContain('humfig: note: overview-2020: another source than the previous observation (tracker-2019, source tracker): the change may be one of counting, not of the situation');
    // (the same source year to year: no note)
    expect(r.stderr).not.toContain('note: tracker-2019');
    // each series draws its own trend: the households' row one mark, not the people's line run on
    const table = await humfig(['history', 'internally-displaced', '--facts', S], { env: { COLUMNS: '200' } });
    const trendOf = (id: string) => table.stdout.split('\n').find((l) => l.includes(`│ ${id} `))!.split('│')[4]!.trim();
    expect(trendOf('wire-2021')).toHaveLength(4);
    expect(trendOf('wire-2021-hh')).toHaveLength(1);
    const json = await humfig(['history', 'internally-displaced', '--facts', S, '--json']);
    const rows = JSON.parse(json.stdout) as Array<{ id: string; warning: string | null; change: { high: number | null } | null }>;
    expect(rows.find((x) => x.id === 'wire-2021')!.change!.high).toBeNull();
    expect(rows.find((x) => x.id === 'wire-2021')!.warning).toMatch(/^another source than the previous observation \(tracker-2020/);
  });
});

describe('history of a series whose every step changes source', () => {
  it('says so in one note on stderr, not a line a step', async () => {
    const r = await humfig(['history', 'people-reached', '--facts', join(FIXTURES, 'facts', 'sitrep-series.json'), '--format', 'plain']);
    expect(r.code, r.stderr).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('humfig: note:'));
    expect(notes).toEqual(['humfig: note: every change in this history is between two sources (from reached-2 on): each may be one of counting, not of the situation']);
  });
});
