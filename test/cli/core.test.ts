import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, shell } from './run-humfig.js';
import { humfig } from './in-process.js';
import { readCsv } from './read-delimited.js';

const ANSI = /\u001b\[/;
const MINIMAL = join(FIXTURES, 'facts', 'minimal.json');
const BUNDLED_IDS = [
  'residents',
  'displaced-population',
  'temporary-housing',
  'armenia-population',
  'appeal-amount',
  'un-access-gap',
  'offensive-duration',
  'enclave-held',
];
const CONTRACT_KEYS = ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'place', 'source', 'quote', 'stated', 'notes', 'breakdown', 'period'];


describe('humfig summary (the default command)', () => {
  it('prints every headline figure of the bundled dataset as a table, without colour when piped', async () => {
    const s = await humfig([]);
    expect(s.code, s.stderr).toBe(0);
    for (const id of BUNDLED_IDS) expect(s.stdout).toContain(id);
    expect(s.stdout).toContain('≈120,000 people (115,000–125,000)');
    expect(s.stdout).toContain('20,000,000 CHF');
    expect(s.stdout).not.toMatch(ANSI);
    expect(s.stderr).toBe('');
    expect((await humfig(['summary'])).stdout).toBe(s.stdout);
  });

  it.each([
    [{ FORCE_COLOR: '1' }, [], true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, [], false],
    [{ FORCE_COLOR: '1' }, ['--no-color'], false],
    [{}, ['--color', 'always'], true],
    [{ FORCE_COLOR: '0' }, [], false],
    [{ FORCE_COLOR: '1' }, ['--color', 'never'], false],
  ])('colour with env %o and flags %o: %s', async (env, flags, coloured) => {
    const s = await humfig(['summary', ...flags], { env });
    expect(s.code).toBe(0);
    expect(ANSI.test(s.stdout)).toBe(coloured);
  });

  it('gives the headline figures as JSON records of the documented shape', async () => {
    const s = await humfig(['--json']);
    const records = JSON.parse(s.stdout) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.id)).toEqual(BUNDLED_IDS);
    for (const r of records) expect(Object.keys(r)).toEqual(CONTRACT_KEYS);
  });
});

describe('humfig list', () => {
  it('lists all figures as JSON with the contract fields', async () => {
    const s = await humfig(['list', '--json']);
    expect(s.code).toBe(0);
    const records = JSON.parse(s.stdout) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.id)).toEqual(BUNDLED_IDS);
    const residents = records[0]!;
    expect(residents).toMatchObject({
      value: 120000,
      unit: 'person',
      qualifier: 'approximately',
      low: 115000,
      high: 125000,
      place: { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh' },
      source: { id: 'article-2023-10-01', published: '2023-10-01', url: null },
      stated: [],
    });
  });

  it.each([
    [['--place', 'ARM'], ['temporary-housing', 'armenia-population', 'appeal-amount']],
    [['--indicator', 'population'], ['residents', 'armenia-population']],
    [['--unit', 'CHF'], ['appeal-amount']],
    [['--unit', 'decade', '--place', 'nagorno-karabakh'], ['un-access-gap', 'enclave-held']],
    [['--source', 'article-2023-10-01', '--unit', 'day'], ['offensive-duration']],
  ])('filters %o', async (flags, ids) => {
    const s = await humfig(['list', ...flags, '--json']);
    expect(s.code).toBe(0);
    expect((JSON.parse(s.stdout) as Array<{ id: string }>).map((r) => r.id)).toEqual(ids);
  });

  it('exits 1 on an empty result, still printing valid JSON', async () => {
    // Armenia exists and decades exist, but no figure has both
    const s = await humfig(['list', '--place', 'ARM', '--unit', 'decade', '--json']);
    expect(s.code).toBe(1);
    expect(JSON.parse(s.stdout)).toEqual([]);
    expect(s.stderr).toContain('no figure matches');
  });

  it('exits 1 with "did you mean" for a place that is not in the file, printing nothing', async () => {
    const s = await humfig(['list', '--place', 'Armnia', '--json']);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(JSON.parse(s.stderr.split('\n')[0]!)).toMatchObject({ error: { code: 'UNKNOWN_PLACE', exitCode: 1 } });
  });

  it('writes RFC 4180 CSV whose rows match the JSON records field by field', async () => {
    const csv = readCsv((await humfig(['list', '--format', 'csv'])).stdout);
    const json = JSON.parse((await humfig(['list', '--json'])).stdout) as Array<Record<string, any>>;
    const [header, ...rows] = csv;
    expect(header!.slice(0, 9)).toEqual(['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf']);
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      const rec = json[i]!;
      const get = (name: string) => row[header!.indexOf(name)];
      expect(get('id')).toBe(rec.id);
      expect(get('label')).toBe(rec.label);
      expect(Number(get('value'))).toBe(rec.value);
      expect(get('high') === '' ? null : Number(get('high'))).toBe(rec.high);
      expect(get('quote')).toBe(rec.quote);
      expect(get('place')).toBe(rec.place.id);
      expect(get('notes')).toBe(rec.notes ?? '');
    });
  });

  it('prints a readable table by default', async () => {
    const s = await humfig(['list']);
    expect(s.stdout).toContain('≈2,800,000 people (2,750,000–2,850,000)');
    expect(s.stdout).toContain('≈3 decades (2.5–3.5)');
  });
});

describe('humfig get', () => {
  it('prints one JSON object for one id; jq-style access works', async () => {
    // what `| jq .value` reads (a real pipe into another program: scripting.test.ts)
    const s = await humfig(['get', 'displaced-population', '--json']);
    expect(s.code, s.stderr).toBe(0);
    expect((JSON.parse(s.stdout) as { value: unknown }).value).toBe(120000);
  });

  it('accepts a unique prefix and prints an array for several ids', async () => {
    const s = await humfig(['get', 'displaced', 'appeal', '--json']);
    expect(s.code).toBe(0);
    const [a, b] = JSON.parse(s.stdout) as Array<Record<string, any>>;
    expect(a!.id).toBe('displaced-population');
    expect(b!.stated).toEqual([{ value: 22000000, unit: 'USD', qualifier: 'approximately', quote: '($22 million)' }]);
  });

  it('--value prints only the number, for $(...)', async () => {
    expect((await humfig(['get', 'residents', '--value'])).stdout).toBe('120000\n');
    expect((await humfig(['get', 'armenia', 'temporary', '--value'])).stdout).toBe('2800000\n35000\n');
  });

  it('shows a detail view with the quote and the source', async () => {
    const s = await humfig(['get', 'temporary-housing']);
    const flat = s.stdout.replace(/[│\s]+/g, ' ');
    expect(flat).toContain('quote "Authorities have reported that 35,000 refugees are currently in temporary accommodations."');
    expect(flat).toContain('place Armenia (ARM)');
    for (const line of s.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it.each([
    [['get', 'displaced-populaton'], 1, /no figure with id 'displaced-populaton'\n {2}did you mean displaced-population\?/],
    [['get', 'a'], 1, /ambiguous.*\n {2}did you mean armenia-population, appeal-amount\?/],
    [['get', 'residents', 'nope'], 1, /no figure with id 'nope'/],
    [['get'], 2, /give at least one figure id, or --batch/],
  ])('%o fails with exit %i, a hint, and nothing on stdout', async (args, code, message) => {
    const s = await humfig(args);
    expect(s.code).toBe(code);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(message);
  });

  it('with --json, reports errors as one JSON object on stderr', async () => {
    const s = await humfig(['get', 'displaced-populaton', '--json']);
    expect(s.code).toBe(1);
    expect(s.stdout).toBe('');
    expect(JSON.parse(s.stderr)).toMatchObject({
      error: { code: 'UNKNOWN_FIGURE', exitCode: 1, suggestions: ['displaced-population'] },
    });
  });
});

describe('humfig sources and cite', () => {
  it('lists the source with its figure count in every format', async () => {
    expect(JSON.parse((await humfig(['sources', '--json'])).stdout)).toEqual([
      expect.objectContaining({ id: 'article-2023-10-01', published: '2023-10-01', figures: 8, text: 'sources/nagorno-karabakh-2023-10-01.txt' }),
    ]);
    expect(readCsv((await humfig(['sources', '--format', 'csv'])).stdout)[1]![0]).toBe('article-2023-10-01');
    expect((await humfig(['sources'])).stdout).toContain('article-2023-10-01');
  });

  it('cites a figure with its verbatim quote, ready to paste', async () => {
    const s = await humfig(['cite', 'appeal']);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^"an emergency appeal for 20 million Swiss Francs \(\$22 million\)" \(.*published 2023-10-01\)\. .*20,000,000 CHF, Armenia, as of 2023-10-01\.\n$/);
    const json = JSON.parse((await humfig(['cite', 'appeal', '--json'])).stdout) as Record<string, any>;
    expect(json).toMatchObject({ id: 'appeal-amount', quote: 'an emergency appeal for 20 million Swiss Francs ($22 million)' });
    expect(readCsv((await humfig(['cite', 'appeal', 'residents', '--format', 'csv'])).stdout)).toHaveLength(3);
  });
});

describe('humfig validate and schema', () => {
  it('finds the bundled dataset and a hand-written file valid', async () => {
    const s = await humfig(['validate']);
    expect(s.code, s.stdout + s.stderr).toBe(0);
    expect(s.stdout).toMatch(/valid \(8 figures\)/);
    const m = await humfig(['validate', MINIMAL]);
    expect(m.code).toBe(0);
    expect(m.stdout).toBe(`${MINIMAL}: valid (3 figures)\n`);
  });

  it('exits 66 for a missing file, naming it', async () => {
    const s = await humfig(['validate', 'no/such/file.json']);
    expect(s.code).toBe(66);
    expect(s.stdout).toContain('no/such/file.json');
    expect(s.stdout).toContain('no such file');
  });

  it('exits 66 for a missing --facts file, with nothing on stdout', async () => {
    const s = await humfig(['list', '--facts', 'missing.json']);
    expect(s.code).toBe(66);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: cannot read missing.json: no such file\n/);
  });

  it('reads the facts file from HUMFIG_FACTS', async () => {
    const s = await humfig(['list', '--json'], { env: { HUMFIG_FACTS: MINIMAL } });
    expect((JSON.parse(s.stdout) as Array<{ id: string }>).map((r) => r.id)).toEqual(['flood-displaced', 'flood-appeal', 'homes-lost']);
  });

  it('refuses a format other than JSON for the schema (exit 2) rather than print JSON silently', async () => {
    const s = await humfig(['schema', '--format', 'csv']);
    expect(s.code).toBe(2);
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe('humfig: schema prints the JSON Schema only, not csv\n  leave out --format (or give --format json)\n');
    expect((await humfig(['schema', '--format', 'json'])).code).toBe(0);
  });

  it('prints the JSON Schema of the format', async () => {
    const schema = JSON.parse((await humfig(['schema'])).stdout) as Record<string, any>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.format.const).toBe('humfig-facts/1');
    expect(schema.properties.figures.items.properties.qualifier.enum).toEqual([
      'exact', 'approximately', 'nearly', 'more-than', 'at-least', 'fewer-than', 'up-to', 'range',
    ]);
    expect(schema.properties.figures.items.required).toEqual(
      expect.arrayContaining(['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'place', 'asOf', 'source', 'quote']),
    );
  });
});

describe('usage, help and pipes', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['import', 'csv', 'file.csv'], /^humfig: unknown import format 'csv': humfig import takes hxl\n {2}see humfig import --help\n$/],
    [['import', 'hxel', 'file.csv'], /^humfig: unknown import format 'hxel': humfig import takes hxl\n {2}did you mean humfig import hxl\?\n$/],
    [['import'], /^humfig: 'humfig import' needs a format: hxl\n/],
    [['rates', 'lst'], /unknown rates command 'lst': humfig rates takes list or import\n {2}did you mean humfig rates list\?/],
    [['--', 'get'], /give at least one figure id/],
    [['list', '--bogus'], /unknown option '--bogus'/],
    [['list', '--format', 'xml'], /argument 'xml' is invalid.*Allowed choices are table, plain, json, ndjson, csv, tsv, hxl/],
    [['list', '--json', '--format', 'csv'], /--json and --format csv disagree/],
    // a flag of one value given twice: refused, never the last taken silently (a facts file dropped without a word)
    [['list', '--facts', 'a.json', '--facts', 'b.json'], /--facts is given more than once; give it once/],
    [['get', 'displaced-population', '--place', 'ARM', '--place', 'AFG'], /--place is given more than once; give it once/],
    // (also where the first value is the flag's default)
    [['convert', '100', 'CHF', 'USD', '--date', '2023-09-29', '--max-age', '7', '--max-age', '0'], /--max-age is given more than once; give it once/],
  ])('%o is a usage error (exit 2)', async (args, message) => {
    const s = await humfig(args);
    expect(s.code).toBe(2);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(message);
    expect(s.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    [['check', '--max-age', '3'], 'see humfig check --help'],
    [['rates', 'list', '--bogus'], 'see humfig rates list --help'],
    [['rates', '--bogus'], 'see humfig rates --help'],
    [['list', '--format', 'xml'], 'see humfig list --help'],
  ])('%o points to the help of the command that refused it', async (args, hint) => {
    const s = await humfig(args);
    expect(s.code).toBe(2);
    expect(s.stderr.trimEnd().split('\n').at(-1)).toBe(`  ${hint}`);
  });

  // cli.ts decides before parsing whether an error is JSON: when JSON output was asked for before any --
  it.each([
    [['frobnicate', '--format=ndjson'], true],
    [['get', 'nope', '--format', 'json'], true],
    [['--json=id', 'get', 'nope'], true],
    [['get', 'nope', '--format', 'csv'], false],
    [['get', 'nope', '--', '--json'], false],
  ])('%o reports its error as JSON: %s', async (args, json) => {
    const s = await humfig(args);
    expect(s.stdout).toBe('');
    if (json) expect(JSON.parse(s.stderr)).toMatchObject({ error: { exitCode: s.code } });
    else expect(s.stderr).toMatch(/^humfig: /);
  });

  it('finds the command after the flags of the program and their values', async () => {
    const s = await humfig(['--facts', join(FIXTURES, 'facts', 'minimal.json'), '--format', 'json', 'get', 'flood-displaced']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout)).toMatchObject({ id: 'flood-displaced' });
  });

  it.each(['summary', 'list', 'get', 'sources', 'cite', 'validate', 'schema'])('%s --help shows examples', async (cmd) => {
    const s = await humfig([cmd, '--help']);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('Examples:');
  });

  it('top-level help documents the exit codes; --version prints the version', async () => {
    const help = (await humfig(['--help'])).stdout;
    for (const code of ['0', '1', '2', '65', '66', '69', '70']) expect(help).toMatch(new RegExp(`^ +${code}  `, 'm'));
    expect((await humfig(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  // a reader that closes the pipe early (EPIPE): test/robustness/faults.test.ts and scripting.test.ts
  it('writes complete output to a file (nothing lost when the process ends)', async () => {
    const s = shell('d=$(mktemp -d) && humfig list --json > "$d/out.json" && cat "$d/out.json" && rm -r "$d"');
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout.length).toBeGreaterThan(1000);
    expect(s.stdout).toBe((await humfig(['list', '--json'])).stdout);
  });
});
