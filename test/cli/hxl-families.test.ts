/**
 * `import hxl` of HDX-shaped files as a user's shell runs it: standard input, --as-of, the
 * report on stderr, the 3W refusal, and list's breakdown and place filters on the result. One
 * pipeline runs in a real shell (standard input from a pipe); the rest in this process
 * (test/cli/in-process.ts).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humfig } from './in-process.js';
import { FIXTURES, shell } from './run-humfig.js';

const FAMILIES = join(FIXTURES, 'hxl', 'families');

describe('humfig import hxl, HDX families', () => {
  const dir = mkdtempSync(join(tmpdir(), 'humfig-hxl-families-'));

  it('without a date column: exit 2, naming --as-of, nothing written', async () => {
    const s = await humfig(['import', 'hxl', join(FAMILIES, 'hno-shaped.csv'), '--out', join(dir, 'no.json')]);
    expect(s.code).toBe(2);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: hno-shaped\.csv has no date column .*--as-of YYYY/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file none of whose rows can be read: exit 65, and --format json lists every rejected row after the summary', async () => {
    const file = join(dir, 'rates.csv');
    writeFileSync(file, 'country,indicator,value,year\n#country+code,#indicator+name,#indicator+num,#date+year\nAFG,Total fertility rate,4.5,2015\nAFG,Infant mortality rate,45,2015\n');
    const s = await humfig(['import', 'hxl', file, '--format', 'json', '--out', join(dir, 'rates.json')]);
    expect(s.code).toBe(65);
    const issues = JSON.parse(s.stderr).error.issues as Array<{ line?: number; message: string }>;
    expect(issues.map((i) => i.line)).toEqual([undefined, 3, 4]);
    expect(issues[0]!.message).toMatch(/^no figure could be read from this HXL file; 2 rows or cells were rejected/);
    expect(issues[2]!.message).toMatch(/^column "indicator": rejected: no unit given, and the indicator's name \('Infant mortality rate'\)/);
    // (the one-line message counts the rejected rows itself, and adds no "more problems" of its own)
    const plain = await humfig(['import', 'hxl', file, '--out', join(dir, 'rates.json')]);
    expect(plain.stderr).toMatch(/^humfig: .*rates\.csv: no figure could be read from this HXL file; 2 rows or cells were rejected; the first rejected row: line 3: .*column\n?$/);
  });

  it("a file none of whose rows can be read, most for another reason than its first row's: the most common reason is named first (DHS Quickstats)", async () => {
    const file = join(dir, 'dhs.csv');
    writeFileSync(file, 'country,indicator,value,year\n#country+code,#indicator+name,#indicator+num,#date+year\nAFG,Total fertility rate,4.5,2015\nAFG,Women who are literate,55.6,2015\nAFG,Received all basic vaccinations,40.2,2015\n');
    const s = await humfig(['import', 'hxl', file, '--out', join(dir, 'dhs.json')]);
    expect(s.code).toBe(65);
    expect(s.stderr).toMatch(/3 rows or cells were rejected, 2 of them for the most common reason, first on line 4: no unit given, and the indicator's name \('Women who are literate'\) does not say what it counts .*; the first rejected row: line 3: /);
  });

  it('cite names a place with its level and code where the facts file holds another place of its name (Kabul the province and the district)', async () => {
    const file = join(dir, 'kabul.csv');
    writeFileSync(file, 'a,b,c,d,e\n#adm1+code,#adm1+name,#adm2+code,#adm2+name,#inneed\nAF01,Kabul,,,3393245\nAF01,Kabul,AF0101,Kabul,2293151\nAF01,Kabul,AF0102,Paghman,100\n');
    const out = join(dir, 'kabul.json');
    expect((await humfig(['import', 'hxl', file, '--as-of', '2024', '--out', out])).code).toBe(0);
    const s = await humfig(['cite', 'people-in-need-af01-2024', 'people-in-need-af0101-2024', 'people-in-need-af0102-2024', '--facts', out]);
    expect(s.code, s.stderr).toBe(0);
    const lines = s.stdout.trim().split('\n');
    expect(lines[0]).toContain('3,393,245 people, Kabul (admin 1, AF01), as of 2024');
    expect(lines[1]).toContain('2,293,151 people, Kabul (admin 2, AF0101), as of 2024');
    // (a name no other place has stays as it is)
    expect(lines[2]).toContain('100 people, Paghman, as of 2024');
  });

  it('an untagged column headed as a date is named in the refusal for want of a date, and beside --as-of (Honduras\'s "FECHA DE REPORTE")', async () => {
    const file = join(dir, 'hn.csv');
    writeFileSync(file, 'Dept,Org,Reached,FECHA DE REPORTE\n#adm1+name,#org,#reached,\nCortes,UNICEF,100,2020-05-01\n');
    const refused = await humfig(['import', 'hxl', file, '--country', 'HND', '--out', join(dir, 'hn.json')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('column 4 "FECHA DE REPORTE" has no hashtag, but its header names a date: tag it #date to date each row by it');
    const dated = await humfig(['import', 'hxl', file, '--country', 'HND', '--as-of', '2021', '--out', join(dir, 'hn.json')]);
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stderr).toContain('every row is dated 2021, as --as-of asks; column 4 "FECHA DE REPORTE" has no hashtag');
  });

  it('--format json gives the report with the data rows read, totals and breakdowns', async () => {
    const s = await humfig(['import', 'hxl', join(FAMILIES, 'hno-shaped.csv'), '--as-of', '2024', '--format', 'json', '--out', join(dir, 'hno-report.json')]);
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stderr)).toMatchObject({ figures: 8, totals: 4, breakdowns: 4, rows: expect.any(Number) });
    expect(JSON.parse(s.stderr).rows).toBeGreaterThan(0);
  });

  it("from standard input with --as-of: the facts on stdout, the report on stderr; then list filters them", async () => {
    const out = join(dir, 'hno.json');
    const s = shell(`cat "${join(FAMILIES, 'hno-shaped.csv')}" | humfig import hxl - --as-of 2024 > "${out}"`);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toMatch(/^humfig: imported 8 figures from standard input \(wide format; 4 totals, 4 with a breakdown\)/);
    expect(s.stderr).toMatch(/line 10, column "In Need": rejected: repeats the figure/);
    const list = await humfig(['list', '--facts', out, '--within', 'Burkina Faso', '--where', 'sector=EDU', '--sex', 'f', '--json', 'id,breakdown']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: 'people-in-need-bf0101-edu-f-5-17-2024', breakdown: { sector: 'EDU', sex: 'f', age: '5-17' } },
      { id: 'people-targeted-bf0101-edu-f-5-17-2024', breakdown: { sector: 'EDU', sex: 'f', age: '5-17' } },
    ]);
    const summary = await humfig(['summary', '--facts', out, '--format', 'csv', '--fields', 'id,value']);
    expect(summary.stdout.split(/\r?\n/).slice(1, 3)).toEqual(['people-in-need-bfa-2024,1200000', 'people-targeted-bfa-2024,800000']);
    expect(summary.stderr).toMatch(/people-in-need for BF0101 \(person\): only breakdowns, 1 figure by age, sector, sex/);
  });

  it('a file with no figure column: exit 65, every column listed', async () => {
    const s = await humfig(['import', 'hxl', '-'], { input: '#org+name,#sector,#adm1+code\nUNICEF,WASH,AF01\n' });
    expect(s.code).toBe(65);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: standard input:1:1: no column holds figures .*Columns: 1 "" #org\+name: an organisation: who reported or works there, not a figure; 2 "" #sector: breakdown sector; 3 "" #adm1\+code: place \(#adm1 code\)/);
  });

  it('--repeats first and --repeats sum decide the rows of a file of records; a wrong choice is exit 2', async () => {
    const events = ['year,district,deaths', '#date+year,#adm1+name,#affected+killed', ...Array.from({ length: 12 }, (_, i) => `2000,Gao,${i + 1}`)].join('\n');
    const file = join(dir, 'events.csv');
    writeFileSync(file, `${events}\n`);
    const summed = await humfig(['import', 'hxl', file, '--country', 'MLI', '--json']);
    expect(summed.code, summed.stderr).toBe(0);
    expect(JSON.parse(summed.stdout).figures.map((f: { value: number }) => f.value)).toEqual([78]);
    const first = await humfig(['import', 'hxl', file, '--country', 'MLI', '--repeats', 'first', '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).figures.map((f: { value: number }) => f.value)).toEqual([1]);
    const wrong = await humfig(['import', 'hxl', file, '--repeats', 'all']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("argument 'all' is invalid. Allowed choices are sum, first");
  });
});

describe('round 38: check on a large import, and --place by a name two places bear', () => {
  const dir = mkdtempSync(join(tmpdir(), 'humfig-hxl-r38-'));
  const appeals = [
    'code,country,requested,funded,start,end',
    '#meta+id,#country+code,#value+funding+required+chf,#value+funding+total+chf,#date+start,#date+end',
    'MDRSY009,SYR,100000000,3545081,2023-02-06,2030-02-28',
    'MDRKE055,KEN,499199,120000,2023-02-16,2030-02-29',
    'MDRGQ003,GNQ,300000,300000,2023-01-01,2023-07-31',
  ].join('\n');

  it('dates a source no later than the start of a period still running, and --level shows what is not a pass', async () => {
    const file = join(dir, 'appeals.csv');
    writeFileSync(file, `${appeals}\n`);
    const out = join(dir, 'appeals.json');
    const s = await humfig(['import', 'hxl', file, '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toContain("source 'appeals' published 2023-07-31");
    const all = await humfig(['check', '--facts', out, '--format', 'tsv']);
    const warns = await humfig(['check', '--facts', out, '--level', 'warn', '--format', 'tsv']);
    expect(warns.code).toBe(all.code);
    const levels = warns.stdout.trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((l) => l === 'warn' || l === 'fail')).toBe(true);
    expect(warns.stderr).toMatch(/humfig: \d+ findings below --level warn not shown/);
    expect(warns.stdout).toContain('a period not over by the day its source');
    // (in a table, one row for the quotes no local text can hold, however many figures)
    const table = await humfig(['check', '--facts', out, '--level', 'warn', '--format', 'plain']);
    expect(table.stdout.match(/has no local text to find it in/g)?.length).toBe(1);
    expect(table.stdout).toMatch(/funding-\S+ and \d+ more figures/);
  });

  it('asks which place a name means where an id made from it and another place share the name', async () => {
    const file = join(dir, 'lby.csv');
    writeFileSync(file, ['Date,Mantika,Baladiya,IDPs', '#date+reported,#adm1+name,#adm2+name,#affected+idps+ind', '2021-11-30,Alkufra,,0', '2021-11-30,Alkufra,Alkufra,425', '2021-11-30,Alkufra,Rabyana,80'].join('\n'));
    const out = join(dir, 'lby.json');
    // (no country: the ids are the names themselves, `alkufra` and `alkufra-alkufra`)
    expect((await humfig(['import', 'hxl', file, '--out', out])).code).toBe(0);
    const s = await humfig(['--facts', out, 'list', '--place', 'Alkufra']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain("--place 'Alkufra' is the name of 2 places");
  });
});

describe('round 38: a percentage over time, and --fields of a dimension the figures shown lack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'humfig-hxl-r38b-'));
  const file = join(dir, 'kf.csv');
  writeFileSync(file, ['year,country,sex,targeted share', '#date+year,#country+code,#gender,#targeted+pct', '2022,SOM,,82', '2023,SOM,,98', '2023,KEN,f,40', '2023,KEN,m,45', '2023,ETH,,50'].join('\n'));
  const out = join(dir, 'kf.json');

  it('says a change of a percentage in points, and its relative change as relative', async () => {
    expect((await humfig(['import', 'hxl', file, '--out', out])).code).toBe(0);
    const s = await humfig(['--facts', out, 'history', 'people-targeted', '--place', 'SOM', '--format', 'plain']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain('+16 points (+19.5% relative)');
  });

  it('gives an empty cell, not an unknown field, for a dimension of the file that the figures shown lack', async () => {
    const s = await humfig(['--facts', out, 'list', '--place', 'ETH', '--fields', 'id,value,sex', '--format', 'csv']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout.trim().split(/\r?\n/)).toEqual(['id,value,sex', 'people-targeted-eth-2023,50,']);
    expect((await humfig(['--facts', out, 'list', '--place', 'ETH', '--fields', 'id,value,sexx'])).code).toBe(2);
  });
});
