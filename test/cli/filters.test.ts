/**
 * get filters on breakdowns exactly as list does, totals unless a breakdown is named, "did you
 * mean" for place, indicator and source values, place names everywhere --place exists, and
 * --as-of answered by a month's or a year's figure on any day of its period.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './run-humfig.js';
import { humfig } from './in-process.js';

const F = join(FIXTURES, 'facts', 'breakdowns.json');
const ids = (stdout: string): string[] => {
  const parsed = JSON.parse(stdout) as { id: string } | Array<{ id: string }>;
  return Array.isArray(parsed) ? parsed.map((r) => r.id) : [parsed.id];
};

describe('get <indicator> with the filters of list', () => {
  it('an indicator alone is its newest total of each place, never a breakdown row', async () => {
    const s = await humfig(['get', 'people-in-need', '--facts', F, '--json', 'id']);
    expect(s.code, s.stderr).toBe(0);
    expect(ids(s.stdout)).toEqual(['pin-mli-2024']);
    // Burkina Faso has only sector rows: said on stderr, not shown as its figure
    expect(s.stderr).toMatch(/people-in-need for BFA \(person\): only breakdowns, 2 figures by sector; no total/);
  });

  it.each([
    // a place with only breakdowns: an error saying so, with a way to name one
    [
      ['--place', 'Burkina Faso'],
      "humfig: indicator 'people-in-need' for place 'BFA' has only breakdowns (2 figures by sector), no total\n" +
        '  name a breakdown, e.g. --where sector=WASH; or see them all: humfig list --indicator people-in-need --place BFA\n',
    ],
    // a named breakdown with only finer rows: said, not shown as the breakdown
    [
      ['--sex', 'f'],
      "humfig: indicator 'people-in-need' with sex=f has only finer breakdowns (1 figure by sector), no figure for sex=f alone\n" +
        '  name one more, e.g. --where sector=FSC; or see them all: humfig list --indicator people-in-need --where sex=f\n',
    ],
  ])('get people-in-need %j has only breakdowns to show: an error saying so', async (flags, stderr) => {
    const s = await humfig(['get', 'people-in-need', '--facts', F, ...flags]);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe(stderr);
  });

  it.each([
    [['--place', 'mali'], ['pin-mli-2024'], ['pin-mli-2024', 'pin-mli-fsc-2024', 'pin-mli-fsc-f-2024', 'pin-mli-edu-2024']],
    [['--place', 'MLI', '--sector', 'fsc'], ['pin-mli-fsc-2024'], ['pin-mli-fsc-2024', 'pin-mli-fsc-f-2024']],
    [['--sector', 'fsc', '--sex', 'f'], ['pin-mli-fsc-f-2024'], ['pin-mli-fsc-f-2024']],
    [['--where', 'sector=EDU'], ['pin-mli-edu-2024', 'pin-bfa-edu-2024'], ['pin-mli-edu-2024', 'pin-bfa-edu-2024']],
    [['--within', 'Mali', '--sector', 'FSC'], ['pin-mli-fsc-2024', 'pin-ml01-fsc-2024'], ['pin-mli-fsc-2024', 'pin-mli-fsc-f-2024', 'pin-ml01-fsc-2024']],
    [['--place', 'ML01', '--sector', 'FSC'], ['pin-ml01-fsc-2024'], ['pin-ml01-fsc-2024']],
  ])('get people-in-need %j gives the figures of that breakdown alone, list every row of it', async (flags, expected, listedIds) => {
    const got = await humfig(['get', 'people-in-need', '--facts', F, ...flags, '--json', 'id']);
    expect(got.code, got.stderr).toBe(0);
    expect(ids(got.stdout)).toEqual(expected);
    // list shows every match, finer breakdowns included; get only the rows broken down by what is named
    const listed = await humfig(['list', '--facts', F, '--indicator', 'people-in-need', ...flags, '--json', 'id']);
    expect(ids(listed.stdout)).toEqual(listedIds);
  });

  it('a figure id given with filters must match them', async () => {
    expect((await humfig(['get', 'pin-mli-fsc-2024', '--facts', F, '--sector', 'FSC', '--json', 'id'])).code).toBe(0);
    const s = await humfig(['get', 'pin-mli-2024', '--facts', F, '--sector', 'FSC']);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^humfig: figure 'pin-mli-2024' does not match the filters\n {2}it is people-in-need for place 'MLI', a total/);
  });

  it('a batch line that names several figures is refused, the others answered', async () => {
    const s = await humfig(['get', '--batch', '--facts', F, '--sector', 'EDU', '--json'], { input: 'pin-mli-edu-2024\npeople-in-need\n' });
    const lines = s.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines[0]!.id).toBe('pin-mli-edu-2024');
    expect(lines[1]!.error.message).toMatch(/^'people-in-need' names 2 figures \(pin-mli-edu-2024, pin-bfa-edu-2024\)/);
  });

  it("reads a streamed facts file (.ndjson) the same way: the indicator's figures are kept", async () => {
    const { figures, ...header } = JSON.parse(readFileSync(F, 'utf8')) as { figures: unknown[] };
    const streamed = join(mkdtempSync(join(tmpdir(), 'humfig-filters-')), 'facts.ndjson');
    writeFileSync(streamed, [header, ...figures].map((v) => JSON.stringify(v)).join('\n') + '\n');
    const s = await humfig(['get', 'people-in-need', '--facts', streamed, '--json', 'id']);
    expect(s.code, s.stderr).toBe(0);
    expect(ids(s.stdout)).toEqual(['pin-mli-2024']);
  });

  it('shares its filter flags with list: the same declarations in help', async () => {
    const get = (await humfig(['get', '--help'])).stdout;
    const list = (await humfig(['list', '--help'])).stdout;
    for (const flag of ['--place <place>', '--within <place>', '--sex <sex>', '--age <group>', '--sector <sector>', '--population-group <group>', '--where <key=value...>', '--indicator <indicator>', '--source <source>']) {
      const line = (text: string) => text.split('\n').find((l) => l.trim().startsWith(flag))?.trim();
      expect(line(get), flag).toBeDefined();
      expect(line(get)).toBe(line(list));
    }
  });
});

describe('did you mean, for --place, --indicator and --source', () => {
  it.each([
    [['list', '--place', 'Mal'], "no place 'Mal' for --place", 'did you mean Mali (MLI)?'],
    [['list', '--within', 'armnia'], "no place 'armnia' for --within", 'did you mean Armenia (ARM)?'],
    [['get', 'refugees', '--place', 'Armenai'], "no place 'Armenai' for --place", 'did you mean Armenia (ARM)?'],
    [['list', '--indicator', 'people-in-ned'], "no indicator 'people-in-ned' for --indicator in the facts file", 'did you mean people-in-need?'],
    [['list', '--indicator', 'refugee'], "no indicator 'refugee' for --indicator in the facts file", 'did you mean refugees?'],
    [['list', '--source', 'hno'], "no source 'hno' for --source in the facts file", 'did you mean hno-2024?'],
    [['history', 'refugees', '--place', 'Armnia'], "no place 'Armnia' for --place", 'did you mean Armenia (ARM)?'],
    [['compare', 'refugees', '--place', 'Armnia'], "no place 'Armnia' for --place", 'did you mean Armenia (ARM)?'],
  ])('%j', async (args, message, hint) => {
    const s = await humfig([...args, '--facts', F]);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe(`humfig: ${message}${message.startsWith('no place') ? ": not an id, ISO3 code, p-code or name of the file's 4 places" : ''}\n  ${hint}\n`);
  });

  it('a place by name, ISO3 code or p-code, in any case, wherever --place exists', async () => {
    for (const place of ['Armenia', 'armenia', 'ARM', 'arm']) {
      expect(ids((await humfig(['list', '--facts', F, '--place', place, '--json', 'id'])).stdout)).toHaveLength(3);
      const history = JSON.parse((await humfig(['history', 'refugees', '--facts', F, '--place', place, '--json'])).stdout) as Array<{ place: { id: string } }>;
      expect(history.map((o) => o.place.id)).toEqual(['ARM', 'ARM', 'ARM']);
      expect((await humfig(['compare', 'refugees', '--facts', F, '--place', place, '--json'])).code).toBe(0);
    }
    expect(ids((await humfig(['list', '--facts', F, '--place', 'ml01', '--json', 'id'])).stdout)).toEqual(['pin-ml01-fsc-2024']);
  });
});

describe('--as-of: a month or a year answers for any day of it', () => {
  it.each([
    ['2024-04-01', 'refugees-arm-2024-04'], // the April figure holds from 1 April
    ['2024-05-10', 'refugees-arm-2024-05'], // May's figure, in force on 10 May
    ['2024-06-10', 'refugees-arm-2024-05'], // June's daily count is not yet out: May's is the latest
    ['2024-06-25', 'refugees-arm-2024-06-20'],
    ['2024-05', 'refugees-arm-2024-05'],
  ])('get refugees --as-of %s is %s', async (asOf, id) => {
    const s = await humfig(['get', 'refugees', '--facts', F, '--as-of', asOf, '--json', 'id']);
    expect(s.code, s.stderr).toBe(0);
    expect(ids(s.stdout)).toEqual([id]);
  });

  it('a day before the first period: not found, naming the earliest', async () => {
    const s = await humfig(['get', 'refugees-arm-2024-05', '--facts', F, '--as-of', '2024-03-31']);
    expect(s.code).toBe(1);
    expect(s.stderr).toBe("humfig: no figure of 'refugees-arm-2024-05' holds on or before 2024-03-31\n  the earliest is refugees-arm-2024-04, of 2024-04\n");
  });

  it("a year's figure answers any day of that year, with the filters", async () => {
    const s = await humfig(['get', 'people-in-need', '--facts', F, '--as-of', '2024-03-15', '--place', 'Mali', '--sector', 'EDU', '--json', 'id']);
    expect(ids(s.stdout)).toEqual(['pin-mli-edu-2024']);
  });

  it('compare takes the same rule', async () => {
    const s = await humfig(['compare', 'refugees', '--facts', F, '--as-of', '2024-05-02', '--json']);
    expect(s.code, s.stderr).toBe(0);
    expect((JSON.parse(s.stdout) as { groups: Array<{ observations: Array<{ id: string }> }> }).groups[0]!.observations.map((o) => o.id)).toEqual(['refugees-arm-2024-05']);
  });
});

describe('check with filters: the claims of those figures, totals unless a breakdown is named', () => {
  // the fixture's figures are of 2024: a later "today" than the suite's
  const env = { HUMFIG_TODAY: '2025-01-01' };
  const figuresOf = (stdout: string) => [...new Set((JSON.parse(stdout) as Array<{ figure: string | null }>).map((f) => f.figure))];

  it('a check of Mali is about its total, not its sector rows, nor sources', async () => {
    const s = await humfig(['check', '--facts', F, '--place', 'Mali', '--json'], { env });
    expect(s.code, s.stderr).toBe(0);
    expect(figuresOf(s.stdout)).toEqual(['pin-mli-2024']);
  });

  it('a breakdown flag brings in those rows, each compared with the total', async () => {
    const s = await humfig(['check', '--facts', F, '--place', 'Mali', '--sector', 'FSC', '--json'], { env });
    expect(s.code, s.stderr).toBe(0);
    expect(figuresOf(s.stdout)).toEqual(['pin-mli-fsc-2024', 'pin-mli-fsc-f-2024']);
    const wholes = (JSON.parse(s.stdout) as Array<{ check: string; expected: string }>).filter((f) => f.check === 'relation').map((f) => f.expected.split(' (')[0]);
    expect(wholes).toEqual(['pin-mli-fsc-2024 ≤ pin-mli-2024', 'pin-mli-fsc-f-2024 ≤ pin-mli-fsc-2024', 'pin-mli-fsc-f-2024 ≤ pin-mli-2024']);
  });

  it('filters that pick nothing: exit 1, saying so', async () => {
    const s = await humfig(['check', '--facts', F, '--place', 'Burkina Faso'], { env });
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: no figure matches the filters: nothing to check\n/);
  });
});

describe('--json with dot paths into the figure object', () => {
  it('get and list keep the nesting', async () => {
    const got = await humfig(['get', 'pin-mli-fsc-2024', '--facts', F, '--json', 'id,place.name,breakdown.sector']);
    expect(JSON.parse(got.stdout)).toEqual({ id: 'pin-mli-fsc-2024', place: { name: 'Mali' }, breakdown: { sector: 'FSC' } });
    const listed = await humfig(['list', '--facts', F, '--place', 'ARM', '--format', 'ndjson', '--fields', 'id,place.iso3']);
    expect(listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'refugees-arm-2024-04', place: { iso3: 'ARM' } },
      { id: 'refugees-arm-2024-05', place: { iso3: 'ARM' } },
      { id: 'refugees-arm-2024-06-20', place: { iso3: 'ARM' } },
    ]);
  });

  it('an unknown path: exit 2, nothing on stdout, the allowed fields listed', async () => {
    const s = await humfig(['list', '--facts', F, '--json', 'id,place.nam']);
    expect(s.code).toBe(2);
    expect(s.stdout).toBe('');
    // with --json, the error is a JSON object on stderr too
    const { error } = JSON.parse(s.stderr) as { error: { message: string; hints: string[] } };
    expect(error.message).toBe("unknown field 'place.nam' for --json");
    expect(error.hints[0]).toMatch(/^available fields: id, .*place\.name.*breakdown\.<dimension>/);
  });
});

describe('--human: numbers as people say them, in tables and plain text only', () => {
  it('list and get show "2.8 million"; 120,000 stays', async () => {
    const list = await humfig(['list', '--human', '--format', 'plain']);
    expect(list.stdout).toMatch(/armenia-population .* ≈2\.8 million people \(2\.75–2\.85 million\) /);
    expect(list.stdout).toMatch(/residents .* ≈120,000 people \(115,000–125,000\) /);
    expect(list.stdout).toMatch(/appeal-amount .* 20 million CHF /);
    const get = await humfig(['get', 'pin-mli-fsc-2024', '--facts', F, '--human', '--format', 'plain']);
    expect(get.stdout).toMatch(/^value +3\.6 million people$/m);
  });

  it('a value the words round keeps its exact value on the next line of get', async () => {
    const s = await humfig(['get', 'armenia-population', '--human', '--format', 'plain']);
    expect(s.stdout).not.toMatch(/^exact/m);
    const { figures, ...rest } = JSON.parse(readFileSync(F, 'utf8')) as { figures: Array<Record<string, unknown>> };
    figures[0]!.value = 7_123_456;
    figures[0]!.quote = '7123456';
    const file = join(mkdtempSync(join(tmpdir(), 'humfig-human-')), 'facts.json');
    writeFileSync(file, JSON.stringify({ ...rest, figures }));
    const r = await humfig(['get', 'pin-mli-2024', '--facts', file, '--human', '--format', 'plain']);
    expect(r.stdout).toMatch(/^value +7\.12 million people\nexact +7,123,456 people$/m);
  });

  it('JSON, CSV and TSV are unchanged by --human', async () => {
    for (const format of ['json', 'csv', 'tsv']) {
      const plain = await humfig(['list', '--format', format]);
      expect((await humfig(['list', '--format', format, '--human'])).stdout, format).toBe(plain.stdout);
    }
  });
});

describe('round trip: list --format hxl, then import hxl', () => {
  it('gives back the same figures, breakdowns, periods, and places with their hierarchy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-roundtrip-'));
    const exported = await humfig(['list', '--facts', F, '--format', 'hxl']);
    expect(exported.code, exported.stderr).toBe(0);
    writeFileSync(join(dir, 'export.csv'), exported.stdout);
    const imported = await humfig(['import', 'hxl', join(dir, 'export.csv'), '--out', join(dir, 'again.json')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported 10 figures .*4 totals, 6 with a breakdown/);
    type Facts = { figures: Array<Record<string, unknown>>; places: Array<{ id: string }> };
    const [before, after] = [F, join(dir, 'again.json')].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Facts);
    const key = (f: Record<string, unknown>) => [f.id, f.label, f.indicator, f.value, f.unit, f.qualifier, f.place, f.asOf, f.source, f.quote, f.breakdown ?? null, f.period ?? null];
    expect(after!.figures.map(key)).toEqual(before!.figures.map(key));
    const byId = (p: { id: string }[]) => [...p].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after!.places)).toEqual(byId(before!.places));
    // the hierarchy works after the trip: --within Mali still takes in Kayes
    const within = await humfig(['list', '--facts', join(dir, 'again.json'), '--within', 'Mali', '--sector', 'FSC', '--json', 'id']);
    expect(ids(within.stdout)).toEqual(['pin-mli-fsc-2024', 'pin-mli-fsc-f-2024', 'pin-ml01-fsc-2024']);
  });
});

describe('round trip of places above the figures that no figure is placed in', () => {
  it('gives back each such place with its name, level, p-code and parent, so --within still finds the figures under it', async () => {
    const chain = join(FIXTURES, 'facts', 'parent-chain.json');
    const dir = mkdtempSync(join(tmpdir(), 'humfig-roundtrip-'));
    const exported = await humfig(['list', '--facts', chain, '--format', 'hxl']);
    expect(exported.code, exported.stderr).toBe(0);
    // one row a place, after the figures' rows: every cell empty but the place's
    expect(exported.stdout.split('\r\n').filter((l) => l.startsWith(',')).map((l) => l.replace(/^,+/, '').split(',').filter((c) => c !== '')[0])).toEqual(['OS0102', 'OS01', 'OST', 'kessa-region']);
    writeFileSync(join(dir, 'export.csv'), exported.stdout);
    const imported = await humfig(['import', 'hxl', join(dir, 'export.csv'), '--out', join(dir, 'again.json')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/imported 2 figures/);
    expect(imported.stderr).not.toMatch(/rejected/);
    type Facts = { places: Array<{ id: string }> };
    const [before, after] = [chain, join(dir, 'again.json')].map((file) => JSON.parse(readFileSync(file, 'utf8')) as Facts);
    const byId = (p: { id: string }[]) => [...p].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after!.places)).toEqual(byId(before!.places));
    const within = await humfig(['list', '--facts', join(dir, 'again.json'), '--within', 'Northern Hills', '--json', 'id']);
    expect(ids(within.stdout)).toEqual(['bread-pell-2024-01']);
    // CSV stays one row a figure, and so does HXL with --fields (the columns asked for may hold no place)
    const csv = await humfig(['list', '--facts', chain, '--format', 'csv']);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(3);
    const picked = await humfig(['list', '--facts', chain, '--format', 'hxl', '--fields', 'id,value']);
    expect(picked.stdout.trim().split('\r\n')).toHaveLength(4);
  });
});

describe('summary of a file that gives only breakdowns', () => {
  it('shows no row, says why on stderr and exits 1, as an empty result does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-summary-'));
    const facts = JSON.parse(readFileSync(F, 'utf8')) as { figures: Array<{ breakdown?: unknown }>; relations?: unknown };
    facts.figures = facts.figures.filter((f) => f.breakdown !== undefined);
    delete facts.relations;
    writeFileSync(join(dir, 'parts.json'), JSON.stringify(facts));
    const s = await humfig(['summary', '--facts', join(dir, 'parts.json'), '--json']);
    expect(s.stdout.trim()).toBe('[]');
    expect(s.stderr).toContain('no totals to show: every figure of the file is a breakdown');
    expect(s.code).toBe(1);
  });
});

describe('get --indicator without an id', () => {
  it('asks what get <indicator> asks', async () => {
    const s = await humfig(['get', '--indicator', 'people-in-need', '--place', 'Mali', '--facts', F, '--json', 'id']);
    expect(s.code, s.stderr).toBe(0);
    expect(ids(s.stdout)).toEqual(['pin-mli-2024']);
  });
});

describe('a sector by its name or its code, and a breakdown that names nothing', () => {
  it('--sector takes a cluster by name as well as by code, in any case', async () => {
    for (const sector of ['Food Security', 'food_security', 'fsc', 'FSC']) {
      const s = await humfig(['get', 'people-in-need', '--facts', F, '--place', 'Mali', '--sector', sector, '--json', 'id']);
      expect(s.code, `${sector}: ${s.stderr}`).toBe(0);
      expect(ids(s.stdout)).toEqual(['pin-mli-fsc-2024']);
    }
    const w = await humfig(['list', '--facts', F, '--sector', 'Water, Sanitation and Hygiene', '--json', 'id']);
    expect(ids(w.stdout)).toEqual(['pin-bfa-wash-2024']);
  });

  it('a value or a dimension no figure has is an error naming what the file has', async () => {
    const s = await humfig(['get', 'people-in-need', '--facts', F, '--sector', 'FSX']);
    expect(s.code).toBe(1);
    expect(s.stderr).toBe("humfig: no sector value 'FSX' for --sector in the facts file\n  did you mean FSC?\n");
    // (the flag the user typed is the one the error names)
    const w = await humfig(['list', '--facts', F, '--where', 'sector=constructor']);
    expect(w.code).toBe(1);
    expect(w.stderr).toBe("humfig: no sector value 'constructor' for --where sector=... in the facts file\n  sector values: EDU, FSC, WASH\n");
    const d = await humfig(['list', '--facts', F, '--where', 'cluster=FSC']);
    expect(d.code).toBe(1);
    expect(d.stderr).toBe('humfig: no figure in the facts file is broken down by cluster\n  breakdowns in the file: sector, sex\n');
  });
});

describe('history and compare with a breakdown flag, and import hxl --published', () => {
  it('history --sector follows the sector\'s own figures; a value no figure has is an error', async () => {
    const s = await humfig(['history', 'people-in-need', '--facts', F, '--place', 'Mali', '--sector', 'Food Security', '--json', 'id']);
    expect(s.code, s.stderr).toBe(0);
    expect(ids(s.stdout)).toEqual(['pin-mli-fsc-2024']);
    const c = await humfig(['compare', 'people-in-need', '--facts', F, '--sector', 'EDU', '--format', 'csv']);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain('pin-mli-edu-2024');
    expect(c.stdout).toContain('pin-bfa-edu-2024');
    const bad = await humfig(['history', 'people-in-need', '--facts', F, '--sector', 'FSX']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("humfig: no sector value 'FSX' for --sector in the facts file\n  did you mean FSC?\n");
  });

  it('import hxl --published dates the source, and refuses a day after today', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-published-'));
    const out = join(dir, 'x.json');
    const s = await humfig(['import', 'hxl', join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv'), '--published', '2023-10-02', '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { sources: { published: string }[] }).sources.map((x) => x.published)).toEqual(['2023-10-02', '2023-10-02']);
    const late = await humfig(['import', 'hxl', join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv'), '--published', '2999-01-01']);
    expect(late.code).toBe(2);
    expect(late.stdout).toBe('');
    expect(late.stderr).toMatch(/^humfig: --published 2999-01-01 is after today/);
  });

  it('import hxl says that --facts is not read, rather than taking it silently for a merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-facts-flag-'));
    const out = join(dir, 'x.json');
    const s = await humfig(['import', 'hxl', join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv'), '--facts', F, '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toContain('humfig: note: --facts is not read by import hxl, which writes a new facts file of the imported figures alone (--out, else standard output)\n');
    const without = await humfig(['import', 'hxl', join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv'), '--out', out]);
    expect(without.stderr).not.toContain('--facts is not read');
  });
});

describe('get, where two sources give one figure for the same days', () => {
  it('answers with one and says on stderr that the other source gives another value, and where to compare', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-rivals-'));
    const csv = join(dir, 'joined.csv');
    writeFileSync(
      csv,
      [
        'indicator,value,unit,asOf,place,source',
        '#indicator+code,#indicator+value+num,#indicator+unit,#date+reported,#country+code,#meta+source+code',
        'funding-received,598889234,USD,2020,AFG,fts',
        'funding-received,564467765,USD,2020,AFG,hapi',
      ].join('\n') + '\n',
    );
    const facts = join(dir, 'facts.json');
    expect((await humfig(['import', 'hxl', csv, '--out', facts])).code).toBe(0);
    const s = await humfig(['get', 'funding-received', '--place', 'AFG', '--facts', facts, '--value']);
    expect(s.code).toBe(0);
    expect(s.stdout).toBe('598889234\n');
    expect(s.stderr).toBe(
      'humfig: funding-received-afg-2020 (fts) is one of 2 figures for the same days from different sources; hapi gives 564467765 USD (funding-received-afg-2020-by-hapi): humfig compare funding-received --place AFG\n',
    );
  });
});

describe('summary of a region given alone, then only by its areas', () => {
  it("notes a headline older than its own areas' figures, not a country's up-to-date one", async () => {
    const s = await humfig(['summary', '--facts', join(FIXTURES, 'facts', 'older-than-areas.json'), '--format', 'plain']);
    expect(s.code, s.stderr).toBe(0);
    const notes = s.stderr.split('\n').filter((l) => l.includes('older than figures of its own areas'));
    expect(notes).toEqual([
      'humfig: note: idps-north-2016-05 (North, as of 2016-05-12) is older than figures of its own areas, up to 2017-01-11 (idps-north-a-2017-01): the file gives later figures for its parts only (humfig list --indicator internally-displaced --within north)',
    ]);
  });
});
