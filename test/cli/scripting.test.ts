/**
 * humfig in shell scripts: every format parsed back and compared with the JSON records, real
 * bash pipelines, batch mode, hostile text in every format, completion.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, baseEnv, shell } from './run-humfig.js';
import { humfig } from './in-process.js';
import { readCsv, readTsv } from './read-delimited.js';

const HOSTILE = join(FIXTURES, 'facts', 'hostile.json');
type Rec = Record<string, any>;



const JSON_RECORDS = JSON.parse((await humfig(['list', '--json'])).stdout) as Rec[];
const flat = (r: Rec): Record<string, string> => ({
  id: r.id,
  label: r.label,
  value: String(r.value),
  unit: r.unit,
  qualifier: r.qualifier,
  low: r.low === null ? '' : String(r.low),
  high: r.high === null ? '' : String(r.high),
  asOf: r.asOf,
  place: r.place.id,
  quote: r.quote,
  notes: r.notes ?? '',
});

describe('every format parses back to the JSON records', () => {
  it.each(['csv', 'hxl'])('%s', async (format) => {
    const rows = readCsv((await humfig(['list', '--format', format])).stdout);
    const header = rows[0]!;
    const body = format === 'hxl' ? rows.slice(2) : rows.slice(1);
    if (format === 'hxl') expect(rows[1]!.every((tag) => tag === '' || tag.startsWith('#'))).toBe(true);
    expect(body.map((row) => Object.fromEntries(Object.keys(flat(JSON_RECORDS[0]!)).map((k) => [k, row[header.indexOf(k)]])))).toEqual(JSON_RECORDS.map(flat));
  });

  it('tsv', async () => {
    const [header, ...body] = readTsv((await humfig(['list', '--format', 'tsv'])).stdout);
    expect(body.map((row) => Object.fromEntries(Object.keys(flat(JSON_RECORDS[0]!)).map((k) => [k, row[header!.indexOf(k)]])))).toEqual(JSON_RECORDS.map(flat));
  });

  it('ndjson: one record per line, equal to the JSON array', async () => {
    const lines = (await humfig(['list', '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON_RECORDS);
  });

  it('plain: one aligned line per record, no borders', async () => {
    const lines = (await humfig(['list', '--format', 'plain'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(JSON_RECORDS.length + 1);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(JSON_RECORDS.map((r) => r.id));
    expect(lines.join('')).not.toMatch(/[│┌└─]/);
  });

  it('--json <fields> keeps only those fields, in that order', async () => {
    const rows = JSON.parse((await humfig(['list', '--json', 'id,value,unit'])).stdout) as Rec[];
    expect(rows.map((r) => Object.keys(r))).toEqual(JSON_RECORDS.map(() => ['id', 'value', 'unit']));
    expect(rows.map((r) => r.value)).toEqual(JSON_RECORDS.map((r) => r.value));
  });

  it('an unknown field lists the available ones (exit 2)', async () => {
    const s = await humfig(['list', '--json', 'id,valeu']);
    expect(s.code).toBe(2);
    expect(s.stdout).toBe('');
    expect(JSON.parse(s.stderr).error).toMatchObject({
      code: 'USAGE',
      message: "unknown field 'valeu' for --json",
      hints: [
        'available fields: id, label, indicator, value, unit, qualifier, low, high, asOf, place, place.id, place.name, place.iso3, place.level, place.pcode, place.parent, ' +
          'source, source.id, source.publisher, source.title, source.published, source.url, quote, stated, notes, breakdown, breakdown.<dimension>, period, period.start, period.end',
      ],
    });
    const t = await humfig(['list', '--format', 'csv', '--fields', 'id,valeu']);
    expect(t.stderr).toMatch(/^humfig: unknown field 'valeu' for --fields\n {2}available fields: id, label, indicator, value,/);
  });

  it.each([['--json'], ['--fields']])('%s with no field names is refused by its own name (exit 2)', async (flag) => {
    const s = await humfig(['list', flag, ' , ']);
    expect([s.code, s.stdout]).toEqual([2, '']);
    expect(s.stderr).toMatch(new RegExp(`${flag} needs at least one field name`));
  });

  // a breakdown row must stay told from a total when a script keeps only some columns
  it.each([['csv'], ['plain']])('--fields can keep the breakdown in %s: as text, or a dimension column', async (format) => {
    const s = await humfig(['list', '--facts', join(FIXTURES, 'facts', 'breakdowns.json'), '--indicator', 'people-in-need', '--place', 'Mali', '--format', format, '--fields', 'id,breakdown,sex']);
    expect(s.code, s.stderr).toBe(0);
    const rows = format === 'csv' ? readCsv(s.stdout) : s.stdout.trimEnd().split('\n').map((l) => l.trim().split(/ {2,}/));
    expect(rows[0]).toEqual(['id', 'breakdown', 'sex']);
    expect(rows.slice(1).map((r) => r.join('|'))).toEqual(
      format === 'csv'
        ? ['pin-mli-2024|total|', 'pin-mli-fsc-2024|sector FSC|', 'pin-mli-fsc-f-2024|sector FSC, sex f|f', 'pin-mli-edu-2024|sector EDU|']
        : ['pin-mli-2024|total', 'pin-mli-fsc-2024|sector FSC', 'pin-mli-fsc-f-2024|sector FSC, sex f|f', 'pin-mli-edu-2024|sector EDU'],
    );
  });

  it('list and get show a breakdown row as one: its dimension columns in CSV, a breakdown line in its block', async () => {
    const args = ['list', '--indicator', 'people-in-need', '--facts', join(FIXTURES, 'facts', 'breakdowns.json'), '--place', 'Mali', '--sector', 'FSC'];
    const rows = readCsv((await humfig([...args, '--format', 'csv'])).stdout);
    const col = (name: string) => rows.slice(1).map((r) => `${r[0]}:${r[rows[0]!.indexOf(name)]}`);
    expect(col('sector')).toEqual(['pin-mli-fsc-2024:FSC', 'pin-mli-fsc-f-2024:FSC']);
    expect(col('sex')).toEqual(['pin-mli-fsc-2024:', 'pin-mli-fsc-f-2024:f']);
    const plain = (await humfig([...args, '--format', 'plain'])).stdout;
    expect(plain).toMatch(/^pin-mli-fsc-f-2024 .* sector FSC, sex f$/m);
    const got = (await humfig(['get', 'people-in-need', '--facts', join(FIXTURES, 'facts', 'breakdowns.json'), '--sector', 'FSC', '--sex', 'f', '--format', 'plain'])).stdout;
    expect(got).toMatch(/^breakdown +sector FSC, sex f$/m);
    expect((await humfig(['get', 'residents', '--format', 'plain'])).stdout).not.toMatch(/^breakdown/m);
  });

  it('--fields breakdown works on a file without breakdowns too (every row a total)', async () => {
    const s = await humfig(['list', '--format', 'csv', '--fields', 'id,breakdown']);
    expect(s.code, s.stderr).toBe(0);
    expect(readCsv(s.stdout).slice(1).every((r) => r[1] === 'total')).toBe(true);
  });

  it('--fields picks the columns of tables and plain text too', async () => {
    const lines = (await humfig(['list', '--fields', 'id,value', '--format', 'plain'])).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +value$/);
    expect(lines[1]).toMatch(/^residents +120,000$/);
    expect((await humfig(['list', '--fields', 'id,value'])).stdout).not.toContain('Nagorno');
  });

  it('--fields picks csv and tsv columns', async () => {
    expect((await humfig(['list', '--format', 'csv', '--fields', 'id,value'])).stdout.split('\r\n').slice(0, 2)).toEqual(['id,value', 'residents,120000']);
    expect((await humfig(['list', '--format', 'tsv', '--fields', 'value,id'])).stdout.split('\n')[1]).toBe('120000\tresidents');
    expect((await humfig(['list', '--format', 'csv', '--fields', 'nope'])).code).toBe(2);
  });

  it.each([
    ['sources', []],
    ['cite', ['residents']],
    ['convert', ['1', 'EUR', 'USD', '--date', '2023-09-29']],
    ['rates list', ['--currency', 'USD', '--to', '2023-09-29']],
    ['validate', []],
    ['summary', []],
  ])('%s prints every format', async (cmd, args) => {
    for (const format of ['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'hxl']) {
      const s = await humfig([...cmd.split(' '), ...args, '--format', format]);
      expect(s.code, `${cmd} --format ${format}: ${s.stderr}`).toBe(0);
      if (format === 'json') JSON.parse(s.stdout);
      if (format === 'ndjson') for (const line of s.stdout.trimEnd().split('\n').filter(Boolean)) JSON.parse(line);
    }
  });
});

describe('real shell pipelines', () => {
  // What each README pipeline reads from humfig's output, checked in-process (the tools' work
  // done here); one bash run below shows the same output through real pipes and redirections.
  it('gives the tools of the README pipelines what they expect', async () => {
    const lines = (s: { stdout: string }) => s.stdout.split('\n').slice(0, -1);
    expect(lines(await humfig(['list', '--format', 'ndjson']))).toHaveLength(8);
    expect(lines(await humfig(['list', '--format', 'csv']))).toHaveLength(9);
    expect(lines(await humfig(['list', '--format', 'tsv'])).map((l) => l.split('\t')[0])[2]).toBe('displaced-population');
    expect(lines(await humfig(['list', '--format', 'csv']))[0]!.split(',')[0]).toBe('id');
    expect((await humfig(['get', 'residents', '--value'])).stdout).toBe('120000\n');
    expect(lines(await humfig(['list', '--format', 'ndjson', '--json', 'id']))[0]).toBe('{"id":"residents"}');
    expect(lines(await humfig(['get', '--batch', '--value'], { input: 'residents\narmenia\n' }))).toEqual(['120000', '2800000']);
  });

  it('works through real pipes: stdout into a pipe, command substitution, stdin from a pipe, a here-document and a file', () => {
    const s = shell(
      [
        'humfig list --format csv | wc -l',
        'echo "$(( $(humfig get temporary-housing --value) * 2 ))"',
        'humfig get --batch --json < <(printf "residents\\nappeal\\n") | wc -l',
        'humfig get --batch --value <<EOF\nresidents\narmenia\nEOF',
        'f=$(mktemp); printf "residents\\n" > "$f"; humfig get --batch --value < "$f"; rm "$f"',
      ].join('\n'),
    );
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
    expect(s.stdout.split('\n').map((l) => l.trim())).toEqual(['9', '70000', '2', '120000', '2800000', '120000', '']);
  });

  it('ends quietly when the reader goes away (exit 0 under pipefail, nothing on stderr): a table, and a batch read from a file', () => {
    // more such cases, stdout closed, and signals: test/robustness/faults.test.ts
    const ids = join(mkdtempSync(join(tmpdir(), 'humfig-pipe-')), 'ids.txt');
    writeFileSync(ids, 'residents\n'.repeat(50_000));
    const s = shell(`humfig | head -c 1 >/dev/null; echo "$?"; humfig get --batch --json < "${ids}" | head -2 >/dev/null; echo "$?"`);
    expect(s.stdout).toBe('0\n0\n');
    expect(s.stderr).toBe('');
  });
});

describe('batch mode', () => {
  it('answers in input order, with an error record in place of a bad line, and exits 65', async () => {
    const s = await humfig(['get', '--batch', '--json'], { input: 'appeal\nnope\n{"id":"residents"}\n\nresidents\n' });
    expect(s.code).toBe(65);
    const out = s.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);
    expect(out.map((r) => r.id ?? `error@${r.error.line}`)).toEqual(['appeal-amount', 'error@2', 'residents', 'error@4', 'residents']);
    expect(out[1]!.error).toMatchObject({ line: 2, input: 'nope', code: 'UNKNOWN_FIGURE' });
    expect(JSON.parse(s.stderr)).toEqual({ note: { message: '2 of 5 lines failed' } });
  });

  it('--fail-fast stops at the first failure', async () => {
    const s = await humfig(['get', '--batch', '--json', '--fail-fast'], { input: 'residents\nnope\nappeal\n' });
    expect(s.code).toBe(65);
    expect(s.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('convert --batch reads AMOUNT FROM TO [DATE] and NDJSON, in order', async () => {
    const input = '20000000 CHF USD 2023-09-29\n1 USD JPY 2023-09-29\n2.8 million person household\n{"amount":"100","from":"EUR","to":"GBP","date":"2023-09-29"}\nbad line\n';
    const s = await humfig(['convert', '--batch', '--json', '--household-size', '3.6'], { input });
    const out = s.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);
    expect(out.map((r) => r.value ?? 'error')).toEqual([21913331.26, 149, 777777.7777777778, 86.46, 'error']);
    expect(out[4]!.error.line).toBe(5);
    expect(s.code).toBe(65);
  });

  it('csv batch output has the header once and an error column', async () => {
    const rows = readCsv((await humfig(['get', '--batch', '--format', 'csv', '--fields', 'id,value'], { input: 'residents\nx\n' })).stdout);
    expect(rows).toEqual([
      ['id', 'value', 'error'],
      ['residents', '120000', ''],
      ['x', '', "no figure with id 'x'"],
    ]);
  });

  it('answers each line as it comes when a script feeds one line at a time (output is not held back)', async () => {
    const child = spawn(process.execPath, [BIN, 'get', '--batch', '--value'], { env: baseEnv() });
    const answers: string[] = [];
    const next = () => new Promise<string>((resolve) => child.stdout.once('data', (d) => resolve(String(d))));
    for (const id of ['residents', 'appeal-amount', 'residents']) {
      const answer = next();
      child.stdin.write(`${id}\n`);
      answers.push((await answer).trim());
    }
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    expect(answers).toEqual(['120000', '20000000', '120000']);
  });
  // a slow reader of a long batch (backpressure): test/robustness/faults.test.ts, 'a full pipe read slowly'
});

describe('signals', () => {
  // SIGINT of a waiting batch is SIGINT of a blocked one (faults.test.ts): one handler, a free event loop
  it.each([['SIGTERM', 143]] as const)('%s ends a waiting batch quietly with exit %i', async (signal, code) => {
    const child = spawn(process.execPath, [BIN, 'get', '--batch', '--json'], { env: baseEnv() });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.write('residents\n');
    // wait for the first answer, so the process is running and waiting for more input
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.kill(signal);
    const exit = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(exit).toBe(code);
    expect(stderr).toBe('');
  });
});

describe('signals while a long file is read', () => {
  it('SIGINT ends a batch reading a large file at once, not after its last line', async () => {
    // 2,000,000 ids in a regular file (read with readSync): far more than can be answered before the signal
    const dir = mkdtempSync(join(tmpdir(), 'humfig-signal-'));
    const input = join(dir, 'ids.txt');
    writeFileSync(input, 'residents\nnope\n'.repeat(1_000_000));
    const child = spawn('sh', ['-c', `exec "${process.execPath}" "${BIN}" get --batch --format csv < "${input}"`], { env: baseEnv() });
    let lines = 0;
    child.stdout.on('data', (d: Buffer) => (lines += d.toString().split('\n').length - 1));
    // once answers flow, the batch is under way
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.kill('SIGINT');
    const exit = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(exit).toBe(130);
    expect(lines).toBeLessThan(1_000_000);
  });
});

describe('hostile text from a facts file', () => {
  // what must never reach a terminal raw: ESC (ANSI, cursor, OSC), BEL, BS, CR, NUL, C1, RLO
  const RAW = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202e]|\r(?!\n)/;

  it.each(['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'hxl'])('%s shows control characters escaped', async (format) => {
    for (const cmd of [['list'], ['get', 'hostile-ansi', 'hostile-rlo', 'hostile-cr'], ['sources'], ['cite', 'hostile-osc-link'], ['summary']]) {
      const s = await humfig([...cmd, '--facts', HOSTILE, '--format', format]);
      expect(s.code, s.stderr).toBe(0);
      expect(RAW.test(s.stdout), `${cmd.join(' ')} --format ${format}`).toBe(false);
    }
  });

  it('keeps the data intact in JSON (escaped, not removed)', async () => {
    const r = JSON.parse((await humfig(['get', 'hostile-rlo', '--facts', HOSTILE, '--json'])).stdout) as Rec;
    expect(r.label).toBe('abc\u202Etxt.exe label');
    expect((await humfig(['get', 'hostile-rlo', '--facts', HOSTILE, '--json'])).stdout).toContain('abc\\u202etxt.exe');
  });

  it.each(['csv', 'hxl'])('neutralises spreadsheet formulas in %s but keeps numbers numeric', async (format) => {
    const rows = readCsv((await humfig(['list', '--facts', HOSTILE, '--format', format])).stdout);
    const header = rows[0]!;
    const formula = rows.find((r) => r[0] === 'hostile-formula')!;
    expect(formula[header.indexOf('label')]).toBe('\'=HYPERLINK("http://evil.example","x") label');
    expect(formula[header.indexOf('source_publisher')]!.startsWith("'=")).toBe(true);
    expect(formula[header.indexOf('value')]).toBe('4200');
  });

  it('escapes facts-file text in JSON errors on stderr too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-json-err-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(join(FIXTURES, 'facts', 'minimal.json'), 'utf8').replace('"qualifier": "exact"', '"qualifier": "ex\u202eact\u0085"'));
    const s = await humfig(['list', '--facts', bad, '--json']);
    expect(s.code).toBe(65);
    expect(RAW.test(s.stderr)).toBe(false);
    expect(JSON.parse(s.stderr).error.message).toContain('ex\u202eact');
  });

  it('escapes an id typed by the user in error messages', async () => {
    const s = await humfig(['get', '\u001b]0;x\u0007']);
    expect(s.code).toBe(1);
    expect(RAW.test(s.stderr)).toBe(false);
  });
});

describe('completion', () => {
  const CASES: Array<[string, string[]]> = [
    ['humfig ge', ['get']],
    ['humfig get disp', ['displaced-population']],
    ['humfig cite arm', ['armenia-population']],
    ['humfig get --for', ['--format']],
    ['humfig list --format t', ['table', 'tsv']],
    ['humfig rates ""', ['list', 'import']],
    ['humfig r', ['rates']],
    ['humfig im', ['import']],
    ['humfig get appeal --to CH', ['CHE', 'CHF', 'CHW']],
    ['humfig convert 100 USD t', ['to', 'trauma-kit', 'tent', 'tarpaulin', 'towel', 'tablet', 'test-kit', 't']],
    ['humfig convert 100 USD to EU', ['EUR']],
    [`humfig --facts ${join(FIXTURES, 'facts', 'minimal.json')} get flood`, ['flood-displaced', 'flood-appeal']],
    ['humfig list --place A', ['ARM', 'Armenia']],
    ['humfig list --within n', ['nagorno-karabakh']],
    ['humfig list --indicator d', ['displaced']],
    ['humfig list --source art', ['article-2023-10-01']],
    ['humfig history dis', ['displaced', 'displaced-population']],
    ['humfig compare displaced --place N', ['Nagorno-Karabakh']],
    [`humfig history --facts=${join(FIXTURES, 'facts', 'minimal.json')} displaced --place ""`, ['district', 'The\\ District']],
    ['humfig get --facts /no/such/file.json ""', ['']],
  ];

  it('bash completes commands, flags, choices, figure ids (of --facts too) and currencies, in one real bash', () => {
    // each case in a subshell: the script loaded once, COMPREPLY printed between markers
    const script = [
      'eval "$(humfig completion bash)"',
      ...CASES.map(([words]) => `( COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _humfig; printf '%s\\n' "\${COMPREPLY[@]}" ); echo '@@'`),
    ].join('\n');
    const s = shell(script);
    expect(s.code, s.stderr).toBe(0);
    const answers = s.stdout.split('@@\n').slice(0, -1).map((block) => block.trim().split('\n'));
    expect(answers).toEqual(CASES.map(([, expected]) => expected));
  });

  it.each(['bash', 'zsh', 'fish'])('prints a %s script', async (sh) => {
    const s = await humfig(['completion', sh]);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain(sh === 'fish' ? 'complete -c humfig' : 'complete -o default -F _humfig humfig');
  });

  /** A facts file whose place names have spaces, a command substitution and a control character. */
  function hostilePlaces(): { dir: string; facts: string } {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-completion-'));
    const facts = JSON.parse(readFileSync(join(FIXTURES, 'facts', 'minimal.json'), 'utf8'));
    delete facts.sources[0].text;
    facts.places.push(
      { id: 'upper', name: 'Upper Valley $(touch pwned)`touch pwned2`' },
      { id: 'afg', name: 'Afghanistan', iso3: 'AFG', level: 0 },
      { id: 'bell', name: 'Bell\u0007Town' },
    );
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts));
    return { dir, facts: join(dir, 'facts.json') };
  }

  it('bash quotes values from the facts file and never runs them; a name with a control character is not offered', async () => {
    const { dir, facts } = hostilePlaces();
    expect((await humfig(['validate', facts])).code).toBe(0);
    const s = shell(
      `cd "${dir}" && eval "$(humfig completion bash)" && COMP_WORDS=(humfig list --facts "${facts}" --place ""); COMP_CWORD=5; _humfig; printf '%s\\n' "\${COMPREPLY[@]}"`,
    );
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout.split('\n').filter(Boolean)).toEqual([
      'district',
      'upper',
      'afg',
      'bell',
      'AFG',
      'The\\ District',
      'Upper\\ Valley\\ \\$\\(touch\\ pwned\\)\\`touch\\ pwned2\\`',
      'Afghanistan',
    ]);
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });

  it('completes nothing, silently, from a facts file that is not valid (exit 0, no stderr)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-completion-'));
    writeFileSync(join(dir, 'broken.json'), '{"format": "humfig-facts/1", "figures": [');
    for (const kind of ['figures', 'places', 'indicators', 'series', 'sources', 'no-such-kind']) {
      const s = await humfig(['__complete', kind, '--facts', join(dir, 'broken.json'), '--describe']);
      expect([s.code, s.stdout, s.stderr], kind).toEqual([0, '', '']);
    }
    const empty = await humfig(['__complete', 'figures'], { env: { HUMFIG_FACTS: '' } });
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '', '']);
  });

  const hasFish = spawnSync('fish', ['--version']).status === 0;
  it.skipIf(!hasFish)('fish completes places, indicators and figure ids with their descriptions, flags with their summaries', () => {
    const { dir, facts } = hostilePlaces();
    const script = [
      `function humfig; node '${BIN}' $argv; end`,
      'humfig completion fish | source',
      ...['humfig list --place A', `humfig list --facts ${facts} --place U`, 'humfig history dis', 'humfig get --fo', 'humfig ra', 'humfig rates i'].map(
        (line) => `echo '@@ ${line}'; complete -C '${line}'`,
      ),
    ].join('\n');
    const r = spawnSync('fish', ['-c', script], { env: baseEnv(), cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '@@ humfig list --place A',
        'ARM\tArmenia',
        'Armenia\tplace ARM',
        `@@ humfig list --facts ${facts} --place U`,
        'Upper Valley $(touch pwned)`touch pwned2`\tplace upper',
        '@@ humfig history dis',
        'displaced\tindicator, 1 figure',
        'displaced-population\tPeople who fled Nagorno-Karabakh',
        '@@ humfig get --fo',
        '--format\toutput format',
        '@@ humfig ra',
        'rates\tthe currency rates in use: list them, import rate files',
        '@@ humfig rates i',
        "import\tread a file of rates (the ECB's, zipped or not, its Data Portal CSV, or a dated table in any base) into a humfig rates file",
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });

  const hasZsh = spawnSync('zsh', ['--version']).status === 0;
  it.skipIf(!hasZsh)('the zsh script loads in zsh and completes through the same function', () => {
    const script = `humfig() { node '${BIN}' "$@"; }\neval "$(humfig completion zsh)"\n# as zsh's bash-completion emulation calls the function: arrays from 0\nsetopt ksharrays\nCOMP_WORDS=(humfig list --place A); COMP_CWORD=3; _humfig; print -l -- "\${COMPREPLY[@]}"`;
    const r = spawnSync('zsh', ['-c', script], { env: baseEnv(), encoding: 'utf8' });
    expect([r.stderr, r.stdout]).toEqual(['', 'ARM\nArmenia\n']);
  });

  it('the bash script is valid bash', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'humfig-completion-')), 'humfig.bash');
    writeFileSync(file, (await humfig(['completion', 'bash'])).stdout);
    expect(spawnSync('bash', ['--norc', '-n', file]).status).toBe(0);
  });
});

describe('humfig import hxl', () => {
  const HXL = join(FIXTURES, 'hxl');

  it('round-trips humfig\'s own HXL export into a valid facts file with the same figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-hxl-'));
    writeFileSync(join(dir, 'all.hxl.csv'), (await humfig(['list', '--format', 'hxl'])).stdout);
    const s = await humfig(['import', 'hxl', join(dir, 'all.hxl.csv'), '--out', join(dir, 'facts.json')]);
    expect(s.code, s.stderr).toBe(0);
    // the report goes to stderr, stdout is empty
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: imported 8 figures from .*all\.hxl\.csv \(long format; 8 totals, 0 with a breakdown\) into .*facts\.json\n/);
    const v = await humfig(['validate', join(dir, 'facts.json')]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const back = JSON.parse((await humfig(['list', '--facts', join(dir, 'facts.json'), '--json', 'id,value,unit,qualifier,asOf'])).stdout) as Rec[];
    expect(back).toEqual(JSON_RECORDS.map((r) => ({ id: r.id, value: r.value, unit: r.unit, qualifier: r.qualifier, asOf: r.asOf })));
  });

  it('reads an HDX-style wide file, keeping qualifiers, and reports unmapped columns and rejected rows by line', async () => {
    const s = await humfig(['import', 'hxl', join(HXL, 'hdx-wide-displacement.csv')]);
    expect(s.code, s.stderr).toBe(0);
    const facts = JSON.parse(s.stdout) as Rec;
    expect(facts.format).toBe('humfig-facts/1');
    expect(facts.figures.find((f: Rec) => f.id === 'refugees-am09-protection-2023-09-28')).toMatchObject({ value: 12500, qualifier: 'approximately', unit: 'person', breakdown: { sector: 'Protection' } });
    expect(s.stderr).toMatch(/column 14 "Comments" \(no hashtag\): not used: no hashtag/);
    expect(s.stderr).toMatch(/line 9, column "Reporting date": rejected: date '01\/10\/2023' is ambiguous/);
  });

  it('says a column of record ids that told rows apart is used as such, not unused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-records-'));
    const rows = Array.from({ length: 12 }, (_, i) => `OSTR22-FS-${1000 + i}-1,${100 + i},Food Security,LBN,Agency ${i % 6}`);
    writeFileSync(join(dir, 'projects.csv'), ['versionCode,requested,cluster,location,organization', '#activity+code+v_hpc,#value+requested+usd,#sector+cluster+global+name,#country+code,#org+prog+name', ...rows].join('\n'));
    const s = await humfig(['import', 'hxl', join(dir, 'projects.csv'), '--as-of', '2022', '--out', join(dir, 'facts.json')]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toMatch(/column 1 "versionCode" #activity\+code\+v_hpc: used as record ids: each row is one record/);
  });

  it('takes the dataset id, source id and publisher from the flags', async () => {
    // a file without a #meta+source column: one source, named by the flags
    const s = await humfig(['import', 'hxl', join(HXL, 'quoted-fields.csv'), '--dataset-id', 'syunik-arrivals', '--source-id', 'moh-bulletin', '--publisher', 'Ministry of Health']);
    expect(s.code, s.stderr).toBe(0);
    const facts = JSON.parse(s.stdout) as Rec;
    expect(facts.dataset.id).toBe('syunik-arrivals');
    expect(facts.sources.map((x: Rec) => [x.id, x.publisher])).toEqual([['moh-bulletin', 'Ministry of Health']]);
    // with a #meta+source column, the column names the sources; the publisher still applies
    const wide = JSON.parse((await humfig(['import', 'hxl', join(HXL, 'hdx-wide-displacement.csv'), '--publisher', 'Ministry of Health'])).stdout) as Rec;
    expect(wide.sources.every((x: Rec) => x.publisher === 'Ministry of Health')).toBe(true);
    expect((await humfig(['import', 'hxl', join(HXL, 'hdx-wide-displacement.csv'), '--dataset-id', 'Not Kebab'])).code).toBe(2);
  });

  it('refuses a file that is not HXL (exit 65 with the line) and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-hxl-'));
    const out = join(dir, 'facts.json');
    writeFileSync(out, 'old');
    for (const bad of ['no-hashtags.csv', 'unclosed-quote.csv']) {
      const s = await humfig(['import', 'hxl', join(HXL, bad), '--out', out]);
      expect(s.code).toBe(65);
      expect(s.stdout).toBe('');
      expect(s.stderr).toMatch(new RegExp(`^humfig: .*${bad.replace('.', '\\.')}(:\\d+)?`));
    }
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });
});
