/**
 * A catalogue of bad inputs, one row per case: facts files (validate and list), rates files
 * (convert --rates and rates import), HXL imports, command-line arguments and batch lines.
 *
 * Each case runs the built binary in a scratch folder of its own and checks the README's
 * promises: the exit code; stderr is exactly one `humfig: ` line plus indented hints, with no
 * stack trace; the message names the file, line and column where they apply; stdout is empty
 * on failure (`validate` excepted: its report is its output); no file in the folder changed.
 *
 * Small fixtures live in test/fixtures/bad/; big or odd ones (UTF-16, 100,000 levels of
 * nesting, a 50 MB string, a sparse 600 MiB file, FIFOs, link loops) are made here.
 *
 * A case marked `bug` states the documented behaviour and runs as `it.fails`: it passes while
 * the bug is there. Delete the `bug` field once fixed.
 *
 * The cases run in-process (test/cli/in-process.ts runs the built program with the case's folder
 * as its working folder), except those that need a process of their own: a run as another user,
 * and reads that could block (FIFOs, devices), which get a time limit. The heavy cases (50 MB
 * strings and lines) run in `npm run test:slow` (test/slow/catalogue-heavy.test.ts), the others
 * in `npm test` (catalogue.test.ts).
 *
 * HUMFIG_RELIABILITY_TABLE=<file> writes the table of cases and results (for docs/reliability.md).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../cli/run-humfig.js';
import { humfig as runInProcess } from '../cli/in-process.js';
import { validateFactsText } from '../../src/facts/validate-facts.js';
import { parseRatesFile } from '../../src/convert/rates-file.js';
import { parseConvertLine } from '../../src/commands/convert.js';
import { importHxl } from '../../src/hxl/import-hxl.js';
import { CAN_DROP_ROOT, IS_ROOT, expectOneErrorLine, fingerprint, humfigAsNobody, removeScratch, run, scratch, type TimedSession } from './helpers.js';

const BAD = join(FIXTURES, 'bad');
/** HUMFIG_BUGS_AS_TESTS=1 runs the BUG cases as ordinary tests, to see how each fails (or that a fix made it pass). */
const BUGS_AS_TESTS = process.env.HUMFIG_BUGS_AS_TESTS === '1';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const VALID_FACTS = readFileSync(join(BAD, 'facts', 'valid.json'), 'utf8');

/** A regular expression matching `text` literally. */
const lit = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Case {
  /** what the input is, in a few words (the docs table's first column) */
  input: string;
  /** files to put in the case's folder: name -> content, or a fixture under test/fixtures/bad */
  files?: Record<string, string | Buffer | { fixture: string }>;
  /** anything else the folder needs (FIFOs, links, permissions) */
  setup?: (dir: string) => void;
  args: string[];
  stdin?: string;
  env?: Record<string, string | undefined>;
  /** the documented exit code */
  code: number;
  /** what the `humfig:` line (for validate: the first report line) must match */
  message: RegExp;
  /** a documented promise this case shows is broken: runs as it.fails */
  bug?: string;
  /** run as the user nobody (root reads every file, so EACCES needs an unprivileged user) */
  asNobody?: boolean;
  /** files that must not exist afterwards (outputs of a failed write) */
  absent?: string[];
  /** the case writes or may write files (a success with --out) */
  writes?: boolean;
  /** more checks */
  check?: (s: TimedSession, dir: string) => void;
  /** batch mode: stdout carries one record per input line even when the run fails */
  batch?: boolean;
  /** --json: the error is one JSON object on stderr */
  jsonError?: boolean;
  /** a read that could block: run as a process of its own, killed after this many ms */
  timeout?: number;
  /** a heavy case (tens of MB): runs in npm run test:slow */
  heavy?: boolean;
  skip?: string;
}

interface Outcome {
  group: string;
  input: string;
  command: string;
  expected: number;
  actual: number | null;
  message: string;
  bug?: string;
}
const outcomes: Outcome[] = [];

function setUp(dir: string, c: Case): void {
  for (const [name, content] of Object.entries(c.files ?? {})) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) copyFileSync(join(BAD, content.fixture), path);
    else writeFileSync(path, content);
  }
  c.setup?.(dir);
}

/** The report lines of `validate` (its stdout) and its one summary line on stderr. */
function expectValidateReport(s: TimedSession, c: Case): string {
  const where = `${s.command}\n--- stdout:\n${s.stdout.slice(0, 2000)}\n--- stderr:\n${s.stderr}`;
  const file = c.args[1]!;
  const lines = s.stdout.split('\n').slice(0, -1);
  expect(lines.length, where).toBeGreaterThanOrEqual(1);
  // one line per problem, each starting with the file's name
  for (const line of lines) expect(line.startsWith(`${file}:`) || line.startsWith(`${file} `), where).toBe(true);
  expect(s.stderr, where).toMatch(/^humfig: \d+ problems? in 1 of 1 file\n$/);
  expect(lines[0], where).toMatch(c.message);
  return lines[0]!;
}

async function runCase(group: string, c: Case): Promise<void> {
  const dir = scratch();
  try {
    setUp(dir, c);
    const before = fingerprint(dir);
    const options = { cwd: dir, ...(c.stdin !== undefined ? { input: c.stdin } : {}), ...(c.env ? { env: c.env } : {}) };
    const s = c.asNobody ? humfigAsNobody(c.args, dir) : c.timeout !== undefined ? run(c.args, { ...options, timeout: c.timeout }) : await runInProcess(c.args, options);
    const where = `${s.command}\n--- exit ${s.code} ${(s as TimedSession).signal ?? ''}\n--- stdout:\n${s.stdout.slice(0, 2000)}\n--- stderr:\n${s.stderr.slice(0, 4000)}`;
    const firstErr = s.stderr.split('\n')[0] ?? '';
    outcomes.push({ group, input: c.input, command: s.command, expected: c.code, actual: s.code, message: (c.args[0] === 'validate' && s.code !== 0 && s.stdout ? s.stdout.split('\n')[0] : firstErr || s.stdout.split('\n')[0]) ?? '', ...(c.bug ? { bug: c.bug } : {}) });
    expect((s as TimedSession).signal ?? null, `${where}\n(killed: the run took too long)`).toBe(null);
    expect(s.code, where).toBe(c.code);
    if (c.args[0] === 'validate' && c.code !== 0) expectValidateReport(s as TimedSession, c);
    else if (c.jsonError) {
      expect(s.stdout, where).toBe('');
      const lines = s.stderr.split('\n').slice(0, -1);
      expect(lines.length, where).toBe(1);
      const e = JSON.parse(lines[0]!) as { error: { exitCode: number; message: string } };
      expect(e.error.exitCode, where).toBe(c.code);
      expect(lines[0], where).toMatch(c.message);
    } else if (c.code !== 0) {
      if (!c.batch && !(c.args[0] === 'list' && c.code === 1)) expect(s.stdout, where).toBe('');
      const line = expectOneErrorLine(s);
      expect(line, where).toMatch(c.message);
    } else {
      expect(`${s.stdout}\n${s.stderr}`, where).toMatch(c.message);
      expect(s.stderr, where).not.toMatch(/^\s+at |internal error/m);
    }
    for (const f of c.absent ?? []) expect(existsSync(join(dir, f)), `${where}\n(${f} should not exist)`).toBe(false);
    if (!c.writes) expect(fingerprint(dir), `${where}\n(files in the folder changed)`).toEqual(before);
    c.check?.(s as TimedSession, dir);
  } finally {
    removeScratch(dir);
  }
}

const TABLES: Array<[string, Case[]]> = [];

function table(group: string, cases: Case[]): void {
  TABLES.push([group, cases]);
}

function defineTable(group: string, cases: Case[]): void {
  describe(group, () => {
    for (const c of cases) {
      const name = `${c.input}: ${c.args.map((a) => (a.length > 40 ? `${a.slice(0, 40)}…` : a)).join(' ')} -> ${c.code}`;
      if (c.skip) it.skip(`${name} (${c.skip})`, () => {});
      else if (c.bug && !BUGS_AS_TESTS) it.fails(`BUG ${name}`, () => runCase(group, c));
      else if (c.bug) it(`BUG ${name}`, () => runCase(group, c));
      else it(name, () => runCase(group, c));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Facts files: each bad file through `validate F` (the report on stdout) and `list --facts F`

/** [fixture, input, line:column or '', message] */
const FACTS: Array<[string, string, string, string, string?]> = [
  ['empty.json', 'empty file', '1:1', 'the file is empty; a facts file is one JSON object'],
  ['whitespace-only.json', 'only white space', '3:1', 'the file is empty'],
  ['truncated.json', 'truncated JSON (inside a string)', '5:69', 'unexpected end of file: a string opened at line 5 is not closed'],
  ['unclosed-array.json', 'truncated JSON (array never closed)', '23:1', 'unexpected end of file: an array opened at line 10 is not closed'],
  ['trailing-comma-object.json', 'trailing comma in an object', '21:37', "trailing comma before '}'"],
  ['trailing-comma-array.json', 'trailing comma in an array', '8:54', "trailing comma before ']'"],
  ['comment-line.json', '// comment', '10:3', 'comments are not allowed in JSON'],
  ['comment-block.json', '/* comment */', '15:24', 'comments are not allowed in JSON'],
  ['single-quotes.json', 'single quotes', '16:7', 'strings must use double quotes'],
  ['array-root.json', 'an array, not an object', '1:1', 'expected an object, found an array'],
  ['nan.json', 'NaN as a value', '15:16', 'NaN is not a JSON value; write a number or null'],
  ['infinity.json', 'Infinity as a value', '15:16', 'Infinity is not a JSON value'],
  ['huge-number.json', '1e400 as a value', '15:16', 'figures[0].value: must be a finite number (a literal such as 1e400 is too large for a double)'],
  // -0 is read as 0 (not refused as negative); the quote "some 120,000 people" then lacks the value
  ['negative-zero.json', '-0 as a value (read as 0)', '21:16', 'figures[0].quote: the quote does not contain the value 0 as written'],
  ['unsafe-integer.json', '9007199254740993 as a value', '15:16', 'figures[0].value: is a whole number too large to be held exactly (above 9007199254740991)'],
  ['negative.json', '-1 as a value', '15:16', 'figures[0].value: must not be negative (found -1)'],
  ['duplicate-key.json', 'duplicate key in one object', '16:7', "figures[0].value: duplicate key 'value' (first at line 15)"],
  ['duplicate-key-escaped.json', 'duplicate key written with an escape ("\\u0075nit")', '17:7', "figures[0].unit: duplicate key 'unit' (first at line 16)"],
  ['duplicate-id.json', 'two figures with one id', '24:13', "figures[1].id: duplicate figure id 'displaced'"],
  ['proto-root.json', '"__proto__" key at the top', '2:3', "__proto__: a key named '__proto__' is not allowed: JSON readers treat it apart from other keys; rename or remove it"],
  ['proto-dataset.json', '"__proto__" key in dataset', '3:16', "dataset.__proto__: a key named '__proto__' is not allowed: JSON readers treat it apart from other keys; rename or remove it"],
  ['proto-figure.json', '"__proto__" key in a figure', '14:7', "figures[0].__proto__: a key named '__proto__' is not allowed: JSON readers treat it apart from other keys; rename or remove it"],
  ['constructor-prototype.json', '"constructor" and "prototype" keys', '8:7', "places[0].constructor: unknown field 'constructor'"],
  ['date-feb29.json', 'asOf 2023-02-29', '19:15', 'figures[0].asOf: is not a real calendar date (found "2023-02-29")'],
  ['date-month13.json', 'asOf 2023-13-01', '19:15', 'figures[0].asOf: is not a real calendar date (found "2023-13-01")'],
  ['date-updated-feb29.json', 'dataset.updated 2023-02-29', '3:70', 'dataset.updated: is not a real calendar date (found "2023-02-29")'],
  ['id-space.json', 'id with a space', '12:13', 'figures[0].id: figure id must be kebab-case: lower-case letters a-z, digits and single hyphens (found "dis placed")'],
  ['id-control.json', 'id with a control character (BEL)', '12:13', 'figures[0].id: figure id must be kebab-case: lower-case letters a-z, digits and single hyphens (found "dis\\u0007placed")'],
  // refused, but the message shows the Cyrillic letter as it is: it reads exactly like a valid id
  ['id-homoglyph.json', "id with a Cyrillic 'а' (U+0430)", '12:13', 'figures[0].id: figure id must be kebab-case: lower-case letters a-z, digits and single hyphens (found "displаced")'],
  ['self-source.json', "a figure's own id as its source", '20:17', "figures[0].source: unknown source 'displaced'; sources are: report"],
  ['unknown-place.json', 'unknown place', '18:16', "figures[0].place: unknown place 'AZE'; did you mean ARM?"],
  ['source-text-outside.json', 'source text path leaving the folder', '5:115', "sources[0].text: '../../../etc/passwd' leaves the facts file's folder"],
  ['quote-without-value.json', 'quote without the value', '21:16', 'figures[0].quote: the quote does not contain the value 120000 as written'],
  ['key-with-line-break.json', 'unknown key holding a line break ("a\\nb")', '3:3', '["a\\nb"]: unknown field'],
];

const factsCases: Case[] = [];
for (const [fixture, input, at, message] of FACTS) {
  const where = at ? `${lit(at)}: ` : '';
  // validate on this one is the BUG case below
  if (fixture !== 'key-with-line-break.json') factsCases.push({ input, files: { [fixture]: { fixture: `facts/${fixture}` } }, args: ['validate', fixture], code: 65, message: new RegExp(`^${lit(fixture)}:${where}${lit(message)}`) });
  factsCases.push({ input, files: { [fixture]: { fixture: `facts/${fixture}` } }, args: ['list', '--facts', fixture], code: 65, message: new RegExp(`^humfig: ${lit(fixture)}:${where}${lit(message)}`) });
}

const deep = (n: number, open: string, close: string, inner = ''): string => open.repeat(n) + inner + close.repeat(n);
const utf16 = (text: string, bom: boolean, be: boolean): Buffer => {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return be ? le.swap16() : le;
};

factsCases.push(
  {
    input: '9007199254740993 as a value: the message quotes the literal',
    files: { 'unsafe-integer.json': { fixture: 'facts/unsafe-integer.json' } },
    args: ['list', '--facts', 'unsafe-integer.json'],
    code: 65,
    message: /9007199254740993/,
  },
  // BUG: `validate` prints the issue over two lines (the key's line break is written raw); list escapes it as \x0A
  {
    input: 'unknown key holding a line break: validate keeps one line per issue',
    files: { 'key-with-line-break.json': { fixture: 'facts/key-with-line-break.json' } },
    args: ['validate', 'key-with-line-break.json'],
    code: 65,
    message: /unknown field 'a(\\n|\\x0A)b'/,
  },
  { input: 'UTF-8 byte-order mark (accepted)', files: { 'bom.json': Buffer.concat([BOM, Buffer.from(VALID_FACTS)]) }, args: ['validate', 'bom.json'], code: 0, message: /^bom\.json: valid \(1 figure\)/m },
  { input: 'UTF-8 byte-order mark (accepted)', files: { 'bom.json': Buffer.concat([BOM, Buffer.from(VALID_FACTS)]) }, args: ['list', '--facts', 'bom.json', '--json', 'id'], code: 0, message: /"id": "displaced"/ },
  // BUG: three BOMs: TextDecoder drops one, validateFactsText one, scanJson skips the third as "the" BOM, JSON.parse throws
  {
    input: 'three byte-order marks',
    files: { 'bom3.json': Buffer.concat([BOM, BOM, BOM, Buffer.from(VALID_FACTS)]) },
    args: ['list', '--facts', 'bom3.json'],
    code: 65,
    message: /^humfig: bom3\.json:1:1: /,
  },
  {
    input: 'three byte-order marks',
    files: { 'bom3.json': Buffer.concat([BOM, BOM, BOM, Buffer.from(VALID_FACTS)]) },
    args: ['validate', 'bom3.json'],
    code: 65,
    message: /^bom3\.json:1:1: /,
  },
  { input: 'UTF-16 LE with BOM', files: { 'u16le.json': utf16(VALID_FACTS, true, false) }, args: ['validate', 'u16le.json'], code: 65, message: /^u16le\.json:1:1: the file is UTF-16; save it as UTF-8/ },
  { input: 'UTF-16 BE with BOM', files: { 'u16be.json': utf16(VALID_FACTS, true, true) }, args: ['list', '--facts', 'u16be.json'], code: 65, message: /^humfig: u16be\.json:1:1: the file is UTF-16; save it as UTF-8/ },
  // BUG (minor): without a BOM, UTF-16 is refused, but as a JSON syntax error about U+0000
  {
    input: 'UTF-16 LE without BOM',
    files: { 'u16le-nobom.json': utf16(VALID_FACTS, false, false) },
    args: ['list', '--facts', 'u16le-nobom.json'],
    code: 65,
    message: /UTF-16/,
  },
  {
    input: 'UTF-16 BE without BOM',
    files: { 'u16be-nobom.json': utf16(VALID_FACTS, false, true) },
    args: ['validate', 'u16be-nobom.json'],
    code: 65,
    message: /UTF-16/,
  },
  { input: 'UTF-16 LE without BOM (refused)', files: { 'u16le-nobom.json': utf16(VALID_FACTS, false, false) }, args: ['validate', 'u16le-nobom.json'], code: 65, message: /^u16le-nobom\.json:1:1: the file looks like UTF-16/ },
  {
    input: 'invalid UTF-8 (a lone 0xFF)',
    files: { 'latin.json': Buffer.concat([Buffer.from(VALID_FACTS.slice(0, 60)), Buffer.from([0xff]), Buffer.from(VALID_FACTS.slice(60))]) },
    args: ['list', '--facts', 'latin.json'],
    code: 65,
    // the line is right; the column is always given as 1
    message: /^humfig: latin\.json:3:1: invalid UTF-8 at byte 60; save the file as UTF-8$/,
  },
  { input: 'invalid UTF-8 (overlong NUL C0 80)', files: { 'overlong.json': Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0x80]), Buffer.from('"}')]) }, args: ['validate', 'overlong.json'], code: 65, message: /^overlong\.json:1:1: invalid UTF-8 at byte 6; save the file as UTF-8$/ },
  { input: '100,000 nested arrays', files: { 'deep.json': deep(100_000, '[', ']') }, args: ['validate', 'deep.json'], code: 65, message: /^deep\.json:1:513: nesting deeper than 512 levels/ },
  { input: '100,000 nested objects', files: { 'deep.json': deep(100_000, '{"a":', '}', '1') }, args: ['list', '--facts', 'deep.json'], code: 65, message: /^humfig: deep\.json:1:2561: nesting deeper than 512 levels/ },
  {
    input: '100,000 nested arrays as a figure value',
    files: { 'deep.json': VALID_FACTS.replace('"value": 120000', `"value": ${deep(100_000, '[', ']')}`) },
    args: ['list', '--facts', 'deep.json'],
    code: 65,
    message: /^humfig: deep\.json:15:525: nesting deeper than 512 levels$/,
  },
  {
    input: '50 MB string as a figure note (notes: at most 4000 characters)',
    heavy: true,
    setup: (dir) => writeFileSync(join(dir, 'long.json'), VALID_FACTS.replace('"quote": "some 120,000 people"', `"quote": "some 120,000 people", "notes": "${'n'.repeat(50 * 1024 * 1024)}"`)),
    args: ['list', '--facts', 'long.json'],
    code: 65,
    message: /^humfig: long\.json:21:48: figures\[0\]\.notes: Too big: expected string to have <=4000 characters/,
  },
  {
    input: '50 MB string where a date belongs',
    heavy: true,
    setup: (dir) => writeFileSync(join(dir, 'long.json'), VALID_FACTS.replace('"asOf": "2023-10-01"', `"asOf": "${'9'.repeat(50 * 1024 * 1024)}"`)),
    args: ['validate', 'long.json'],
    code: 65,
    message: /^long\.json:19:15: figures\[0\]\.asOf: /,
  },
  {
    input: '50 MB string: the message quotes a short prefix of it',
    heavy: true,
    setup: (dir) => writeFileSync(join(dir, 'long.json'), VALID_FACTS.replace('"quote": "some 120,000 people"', `"quote": "some 120,000 people", "notes": "${'n'.repeat(50 * 1024 * 1024)}"`)),
    args: ['list', '--facts', 'long.json'],
    code: 65,
    message: /^humfig: long\.json:21:48: figures\[0\]\.notes: /,
    check: (s) => expect(s.stdout.length + s.stderr.length).toBeLessThan(2000),
  },
  {
    input: 'file over 512 MiB (sparse, 600 MiB)',
    setup: (dir) => {
      const fd = openSync(join(dir, 'huge.json'), 'w');
      ftruncateSync(fd, 600 * 1024 * 1024);
      closeSync(fd);
    },
    args: ['list', '--facts', 'huge.json'],
    code: 66,
    message: /^humfig: cannot read huge\.json: the file is 600 MiB; humfig reads files of up to 512 MiB whole$/,
  },
  {
    input: 'file over 512 MiB (sparse, 600 MiB)',
    setup: (dir) => {
      const fd = openSync(join(dir, 'huge.json'), 'w');
      ftruncateSync(fd, 600 * 1024 * 1024);
      closeSync(fd);
    },
    args: ['validate', 'huge.json'],
    code: 66,
    message: /^huge\.json: cannot read the file: the file is 600 MiB; humfig reads files of up to 512 MiB whole$/,
  },
  { input: 'a directory', setup: (dir) => mkdirSync(join(dir, 'folder.json')), args: ['list', '--facts', 'folder.json'], code: 66, message: /^humfig: cannot read folder\.json: it is a directory, not a file$/ },
  { input: 'a directory', setup: (dir) => mkdirSync(join(dir, 'folder.json')), args: ['validate', 'folder.json'], code: 66, message: /^folder\.json: cannot read the file: it is a directory, not a file$/ },
  { input: 'a FIFO (nobody writes to it)', setup: (dir) => mkfifo(join(dir, 'pipe.json')), args: ['list', '--facts', 'pipe.json'], code: 66, message: /^humfig: cannot read pipe\.json: not a regular file \(a FIFO, socket or device\?\)$/, timeout: 10_000 },
  { input: 'a FIFO (nobody writes to it)', setup: (dir) => mkfifo(join(dir, 'pipe.json')), args: ['validate', 'pipe.json'], code: 66, message: /^pipe\.json: cannot read the file: not a regular file/, timeout: 10_000 },
  { input: 'a character device (/dev/zero)', args: ['list', '--facts', '/dev/zero'], code: 66, message: /^humfig: cannot read \/dev\/zero: not a regular file/, timeout: 10_000 },
  { input: 'a missing file', args: ['list', '--facts', 'missing.json'], code: 66, message: /^humfig: cannot read missing\.json: no such file$/ },
  { input: 'a missing file', args: ['validate', 'missing.json'], code: 66, message: /^missing\.json: cannot read the file: no such file$/ },
  { input: 'a missing file through HUMFIG_FACTS', args: ['list'], env: { HUMFIG_FACTS: 'missing.json' }, code: 66, message: /^humfig: cannot read missing\.json: no such file$/ },
  { input: 'a dangling symlink', setup: (dir) => symlinkSync('nowhere.json', join(dir, 'dangling.json')), args: ['list', '--facts', 'dangling.json'], code: 66, message: /^humfig: cannot read dangling\.json: no such file$/ },
  {
    input: 'a symlink loop',
    setup: (dir) => {
      symlinkSync('b.json', join(dir, 'a.json'));
      symlinkSync('a.json', join(dir, 'b.json'));
    },
    args: ['list', '--facts', 'a.json'],
    code: 66,
    message: /^humfig: cannot read a\.json: too many symbolic links \(a link loop\?\)$/,
  },
  {
    input: 'a symlink loop',
    setup: (dir) => {
      symlinkSync('b.json', join(dir, 'a.json'));
      symlinkSync('a.json', join(dir, 'b.json'));
    },
    args: ['validate', 'a.json'],
    code: 66,
    message: /^a\.json: cannot read the file: too many symbolic links/,
  },
  {
    input: 'a path through a file (not a folder)',
    files: { 'plain.txt': 'x' },
    args: ['list', '--facts', 'plain.txt/facts.json'],
    code: 66,
    message: /^humfig: cannot read plain\.txt\/facts\.json: a part of the path is not a directory$/,
  },
  {
    input: 'a file without read permission (run as nobody)',
    files: { 'secret.json': VALID_FACTS },
    setup: (dir) => {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'secret.json'), 0o000);
    },
    asNobody: true,
    args: ['list', '--facts', 'secret.json'],
    code: 66,
    message: /^humfig: cannot read secret\.json: permission denied$/,
    ...(IS_ROOT && !CAN_DROP_ROOT ? { skip: 'not testable as root here: setpriv cannot drop to nobody' } : !IS_ROOT ? { asNobody: false } : {}),
  },
  {
    input: 'a file in a folder without search permission (run as nobody)',
    files: { 'locked/facts.json': VALID_FACTS },
    setup: (dir) => {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'locked'), 0o600);
    },
    asNobody: true,
    args: ['validate', 'locked/facts.json'],
    code: 66,
    message: /^locked\/facts\.json: cannot read the file: permission denied$/,
    ...(IS_ROOT && !CAN_DROP_ROOT ? { skip: 'not testable as root here: setpriv cannot drop to nobody' } : !IS_ROOT ? { asNobody: false } : {}),
  },
);

// the streamed form (.ndjson): the same promises, each problem on the line it is on
const VALID_DOC = JSON.parse(VALID_FACTS) as { figures: unknown[] };
const NDJSON_HEADER = JSON.stringify({ ...VALID_DOC, figures: undefined });
const NDJSON_FIGURE = JSON.stringify(VALID_DOC.figures[0]);
factsCases.push(
  { input: 'streamed form: an empty file', files: { 'f.ndjson': '' }, args: ['list', '--facts', 'f.ndjson'], code: 65, message: /^humfig: f\.ndjson:1:1: the file is empty; a streamed facts file starts with its header line$/ },
  { input: 'streamed form: blank lines only', files: { 'f.ndjson': '\n \r\n\t\n' }, args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:1:1: the file is empty/ },
  { input: 'streamed form: figures without their header line', files: { 'f.ndjson': `${NDJSON_FIGURE}\n${NDJSON_FIGURE}\n` }, args: ['list', '--facts', 'f.ndjson'], code: 65, message: /^humfig: f\.ndjson:1:1: the first line of a streamed facts file \(\.ndjson\) is its header: format, dataset, sources and places; this line looks like a figure \(and \d+ more/ },
  { input: 'streamed form: figures in the header line', files: { 'f.ndjson': `${JSON.stringify(VALID_DOC)}\n` }, args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:1:\d+: figures: unknown field 'figures'; allowed fields here: format, dataset, sources, places, relations, rates, factors$/ },
  { input: 'streamed form: a figure line that is an array', files: { 'f.ndjson': `${NDJSON_HEADER}\n[1,2]\n` }, args: ['list', '--facts', 'f.ndjson'], code: 65, message: /^humfig: f\.ndjson:2:1: figures\[0\]: expected an object, found an array$/ },
  { input: 'streamed form: a figure line cut short', files: { 'f.ndjson': `${NDJSON_HEADER}\n${NDJSON_FIGURE.slice(0, 40)}\n${NDJSON_FIGURE}\n` }, args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:2:\d+: figures\[0\]: / },
  { input: 'streamed form: a byte-order mark at the start of a figure line', files: { 'f.ndjson': `${NDJSON_HEADER}\n\uFEFF${NDJSON_FIGURE}\n` }, args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:2:1: figures\[0\]: the line starts with a byte-order mark \(U\+FEFF\); only the first line of a file may, remove it$/m },
  { input: 'streamed form: a byte-order mark before a figure line cut short', files: { 'f.ndjson': `${NDJSON_HEADER}\n\uFEFF${NDJSON_FIGURE.slice(0, 40)}\n` }, args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:2:\d+: figures\[0\]: (?!the line starts with a byte-order mark)/m },
  { input: 'streamed form: NUL bytes and invalid UTF-8 in a figure line', files: { 'f.ndjson': Buffer.concat([Buffer.from(`${NDJSON_HEADER}\n`), Buffer.from([0x7b, 0x00, 0xc3, 0x28, 0x7d, 0x0a])]) }, args: ['list', '--facts', 'f.ndjson'], code: 65, message: /^humfig: f\.ndjson:2:1: figures\[0\]: the line is not valid UTF-8; save the file as UTF-8$/ },
  { input: 'streamed form: one 50 MB line of garbage', heavy: true, setup: (dir) => writeFileSync(join(dir, 'f.ndjson'), Buffer.alloc(50 * 1024 * 1024, 0x61)), args: ['validate', 'f.ndjson'], code: 65, message: /^f\.ndjson:1:1: / },
  { input: 'streamed form: a directory', setup: (dir) => mkdirSync(join(dir, 'folder.ndjson')), args: ['list', '--facts', 'folder.ndjson'], code: 66, message: /^humfig: cannot read folder\.ndjson: it is a directory, not a file$/ },
  { input: 'streamed form: a FIFO (nobody writes to it)', setup: (dir) => mkfifo(join(dir, 'pipe.ndjson')), args: ['validate', 'pipe.ndjson'], code: 66, message: /^pipe\.ndjson: cannot read the file: not a regular file/, timeout: 10_000 },
  { input: 'streamed form: a missing file', args: ['get', 'displaced', '--facts', 'missing.ndjson'], code: 66, message: /^humfig: cannot read missing\.ndjson: no such file/ },
);

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

table('facts files', factsCases);

// ---------------------------------------------------------------------------------------------
// Rates files: ECB files through `convert --rates F` and `rates import F --out O`;
// humfig-rates/1 files through `convert --rates F`

const CONVERT = ['convert', '1', 'CHF', 'USD', '--date', '2023-09-29', '--rates'];

/** [fixture, input, line:column or '', message, and the message of `rates import` where it differs] for ECB files */
const ECB: Array<[string, string, string, string, string?]> = [
  ['bad-date.csv', 'CSV with 2023-09-31', '3:1', "row 3, column Date: '2023-09-31' is not a real calendar date"],
  ['impossible-date.csv', 'CSV with 2023-02-29', '3:1', "row 3, column Date: '2023-02-29' is not a real calendar date"],
  ['negative-rate.csv', 'CSV with a negative rate', '3:26', "row 3, column CHF: '-0.9678' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A"],
  ['zero-rate.csv', 'CSV with a zero rate', '3:26', "row 3, column CHF: '0' is not a rate"],
  ['missing-header.csv', 'CSV without its header', '1:1', "not a rates file: expected a humfig rates file (JSON, made by humfig rates import), an ECB CSV whose header starts with 'Date,'", 'not a rates file humfig can import: it looks like dated rows without a header line'],
  ['bad-currency-code.csv', "CSV header with 'JP1'", '1:10', "header, column 3: 'JP1' is not a currency code; expected 3 upper-case letters such as USD"],
  ['duplicate-date.csv', 'CSV with one date twice', '3:1', 'row 3, column Date: date 2023-09-29 is also on line 2; each day may appear once'],
  ['short-row.csv', 'CSV row with a cell missing', '3:1', 'row 3: the row has 3 cells but the header has 4 (Date and 3 currencies)'],
  ['grouped-rate.csv', 'CSV rate written 1,58.1', '2:1', 'row 2: the row has 5 cells but the header has 4'],
  ['bad-date.xml', "XML with time='2023-02-29'", '5:5', "day 2023-02-29: time='2023-02-29' is not a real date"],
  ['unclosed-cube.xml', 'XML with a Cube never closed', '4:3', '<Cube> is never closed'],
];

const ratesCases: Case[] = [];
for (const [fixture, input, at, message, importMessage] of ECB) {
  const re = (m: string) => new RegExp(`^humfig: ${lit(fixture)}:${lit(at)}: ${lit(m)}`);
  ratesCases.push({ input, files: { [fixture]: { fixture: `rates/${fixture}` } }, args: [...CONVERT, fixture], code: 65, message: re(message) });
  ratesCases.push({ input, files: { [fixture]: { fixture: `rates/${fixture}` } }, args: ['rates', 'import', fixture, '--out', 'out.json'], code: 65, message: re(importMessage ?? message), absent: ['out.json'] });
}

/** [fixture, input, message] for humfig-rates/1 files */
const RATES_JSON: Array<[string, string, string]> = [
  ['json-trailing-comma.json', 'trailing comma', "json-trailing-comma.json:8:72: trailing comma before '}'"],
  ['json-truncated.json', 'truncated', 'json-truncated.json:5:3: unexpected end of file: an object opened at line 1 is not closed'],
  ['json-bad-date.json', 'date 2023-02-29', 'json-bad-date.json:LINECOL days[0].date: must be a real date written YYYY-MM-DD'],
  ['json-negative-rate.json', 'negative rate', 'json-negative-rate.json:LINECOL days[1].rates.CHF: must be a positive decimal in a string'],
  ['json-number-rate.json', 'rate as a JSON number', 'json-number-rate.json:LINECOL days[1].rates.CHF: must be a decimal in a string, such as "1.0594"'],
  ['json-descending.json', 'days out of order', 'json-descending.json:LINECOL days[1].date: days must be in ascending date order, but 2023-09-29 follows 2023-09-30'],
  ['json-unknown-field.json', 'unknown field', "json-unknown-field.json:LINECOL extra: unknown field 'extra'; allowed fields here: format, base, source, imported, days"],
  ['json-bad-currency.json', "currency key 'usd'", "json-bad-currency.json:LINECOL days[1].rates.usd: 'usd' is not a currency code"],
  ['json-eur-rate.json', 'EUR among the rates', 'json-eur-rate.json:LINECOL days[1].rates.EUR: EUR is the base; leave it out of the rates'],
];
for (const [fixture, input, message] of RATES_JSON) {
  ratesCases.push({ input: `humfig-rates/1: ${input}`, files: { [fixture]: { fixture: `rates/${fixture}` } }, args: [...CONVERT, fixture], code: 65, message: new RegExp(`^humfig: ${lit(message).replace(':LINECOL', ':\\d+:\\d+:')}`) });
}

ratesCases.push(
  { input: 'empty ECB file', files: { 'empty.csv': '' }, args: [...CONVERT, 'empty.csv'], code: 65, message: /^humfig: empty\.csv: the file is empty; expected an ECB reference-rate file/ },
  { input: 'empty ECB file', files: { 'empty.csv': '' }, args: ['rates', 'import', 'empty.csv', '--out', 'out.json'], code: 65, message: /^humfig: empty\.csv: the file is empty/, absent: ['out.json'] },
  { input: 'ECB CSV as UTF-16 LE', files: { 'u16.csv': utf16(readFileSync(join(BAD, 'rates', 'valid-hist.csv'), 'utf8'), true, false) }, args: ['rates', 'import', 'u16.csv', '--out', 'out.json'], code: 65, message: /^humfig: u16\.csv:1:1: the file is UTF-16; save it as UTF-8$/, absent: ['out.json'] },
  { input: 'ECB CSV with a BOM and CRLF (accepted)', files: { 'bom.csv': Buffer.concat([BOM, Buffer.from(readFileSync(join(BAD, 'rates', 'valid-hist.csv'), 'utf8').replace(/\n/g, '\r\n'))]) }, args: [...CONVERT, 'bom.csv'], code: 0, message: /^1\.10 USD/ },
  { input: 'rates file is a directory', setup: (dir) => mkdirSync(join(dir, 'rates.json')), args: [...CONVERT, 'rates.json'], code: 66, message: /^humfig: cannot read rates\.json: it is a directory, not a file$/ },
  { input: 'rates file is a FIFO', setup: (dir) => mkfifo(join(dir, 'rates.csv')), args: ['rates', 'import', 'rates.csv', '--out', 'out.json'], code: 66, message: /^humfig: cannot read rates\.csv: not a regular file/, absent: ['out.json'], timeout: 10_000 },
  { input: 'rates file missing (HUMFIG_RATES)', args: ['convert', '1', 'CHF', 'USD', '--date', '2023-09-29'], env: { HUMFIG_RATES: 'nope.csv' }, code: 66, message: /^humfig: cannot read nope\.csv: no such file$/ },
  { input: 'humfig-rates/1 with no days', files: { 'r.json': { fixture: 'rates/json-empty-days.json' } }, args: [...CONVERT, 'r.json'], code: 69, message: /^humfig: no rate for CHF -> USD on or before 2023-09-29/ },
  {
    // accepted: codes are only checked to be 3 capital letters; ABC then cannot be used (convert 1 ABC USD is exit 2)
    input: "ECB CSV with the non-ISO code 'ABC' (accepted)",
    files: { 'abc.csv': { fixture: 'rates/unknown-currency-code.csv' } },
    args: ['rates', 'import', 'abc.csv', '--out', 'out.json'],
    code: 0,
    message: /imported 2 days of 3 currencies/,
    writes: true,
    check: (_s, dir) => expect(readFileSync(join(dir, 'out.json'), 'utf8')).toContain('"ABC": "158.1"'),
  },
  {
    input: 'humfig-rates/1: a problem is located by line and column',
    files: { 'json-bad-date.json': { fixture: 'rates/json-bad-date.json' } },
    args: [...CONVERT, 'json-bad-date.json'],
    code: 65,
    message: /^humfig: json-bad-date\.json:7:\d+: days\[0\]\.date: /,
  },
  {
    input: 'humfig-rates/1: one currency twice in a day',
    files: { 'dup.json': { fixture: 'rates/json-duplicate-rate.json' } },
    args: [...CONVERT, 'dup.json'],
    code: 65,
    message: /duplicate key 'USD'/,
  },
  {
    input: 'humfig-rates/1: duplicate top-level key',
    files: { 'dup.json': { fixture: 'rates/json-duplicate-key-top.json' } },
    args: [...CONVERT, 'dup.json'],
    code: 65,
    message: /duplicate key 'base'/,
  },
  {
    input: 'humfig-rates/1: "__proto__" as a currency key',
    files: { 'proto.json': { fixture: 'rates/json-proto-rate.json' } },
    args: [...CONVERT, 'proto.json'],
    code: 65,
    message: /'__proto__' is not a currency code/,
  },
);

table('rates files', ratesCases);

// ---------------------------------------------------------------------------------------------
// HXL imports: `humfig import hxl F --out O`

const IMPORT = (file: string) => ['import', 'hxl', file, '--out', 'out.json'];
const hxlCases: Case[] = [
  { input: 'unclosed quote', files: { 'in.csv': { fixture: 'hxl/unclosed-quote.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:3:1: this quoted field is never closed: a quote \(\"\) is missing$/, absent: ['out.json'] },
  { input: 'text after a closing quote', files: { 'in.csv': { fixture: 'hxl/text-after-quote.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:3:9: text after the closing quote of a field/, absent: ['out.json'] },
  { input: 'no hashtag row', files: { 'in.csv': { fixture: 'hxl/no-hashtag-row.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:1:1: no HXL hashtag row \(such as #country\+code,#affected\+idps\) in the first 3 rows$/, absent: ['out.json'] },
  { input: 'semicolons, not commas (accepted)', files: { 'in.csv': { fixture: 'hxl/semicolons.csv' } }, args: [...IMPORT('in.csv'), '--as-of', '2023'], code: 0, message: /^humfig: imported 1 figure from in\.csv/m, writes: true },
  { input: 'a hashtag after a semicolon in no hashtag row', files: { 'in.csv': 'Place;IDPs\nGoris;#affected\n' }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:1:1: no HXL hashtag row .*; the file seems to use semicolons or tabs, not commas$/, absent: ['out.json'] },
  { input: 'only a negative value', files: { 'in.csv': { fixture: 'hxl/negative-value.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv: no figure could be read from this HXL file; 1 row or cell was rejected; the first rejected row: line 2: '-100' is negative/, absent: ['out.json'] },
  { input: 'only an impossible date', files: { 'in.csv': { fixture: 'hxl/impossible-date.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv: no figure could be read from this HXL file; 1 row or cell was rejected; the first rejected row: line 2: date '2023-02-29' is not a real calendar date/, absent: ['out.json'] },
  { input: 'hashtag row, no data', files: { 'in.csv': { fixture: 'hxl/hashtags-only.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv: no figure could be read from this HXL file: it has no rows after its hashtag row \(an empty extract, or a header kept without its data\)$/, absent: ['out.json'] },
  // IATI transactions: money columns in no currency are not used, and the message says so of each, not only that nothing was read
  { input: 'money in no currency', files: { 'in.csv': { fixture: 'hxl/money-no-currency.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv: no figure could be read from this HXL file; the figure columns were not used: 6 "Net money" #value\+net: an amount of money in no stated currency: add one to the hashtag \(\+usd\) or a #currency column; 7 "Total money" #value\+total: an amount of money in no stated currency/, absent: ['out.json'] },
  { input: 'only unmapped columns', files: { 'in.csv': { fixture: 'hxl/unmapped-only.csv' } }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:1:1: no column holds figures .*Columns: 1 "" #loc\+name: place name \(#loc\); 2 "" #date\+reported: asOf; 3 "" #meta\+comment: metadata/, absent: ['out.json'] },
  { input: 'UTF-16 BE', files: { 'in.csv': utf16('#loc+name,#affected+idps\nGoris,100\n', true, true) }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:1:1: the file is UTF-16; save it as UTF-8$/, absent: ['out.json'] },
  { input: 'invalid UTF-8', files: { 'in.csv': Buffer.concat([Buffer.from('#loc+name,#affected+idps\nGor'), Buffer.from([0xe9]), Buffer.from('s,100\n')]) }, args: IMPORT('in.csv'), code: 65, message: /^humfig: in\.csv:2:1: invalid UTF-8 at byte 28; save the file as UTF-8; if it was saved from Excel or an older system, give --encoding windows-1252 \(or latin1\)$/, absent: ['out.json'] },
  { input: 'an Excel workbook (.xlsx, a zip) given as the file', files: { 'in.xlsx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xml')]) }, args: IMPORT('in.xlsx'), code: 65, message: /^humfig: in\.xlsx:1:1: a zip archive, such as an Excel workbook \(\.xlsx\), not a CSV file: open it and save the sheet that holds the hashtag row as CSV \(UTF-8\), then import that$/ },
  { input: 'an old Excel workbook (.xls) given as the file', files: { 'in.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]) }, args: [...IMPORT('in.xls'), '--encoding', 'latin1'], code: 65, message: /^humfig: in\.xls:1:1: an Excel workbook \(\.xls\), not a CSV file/ },
  { input: 'a FIFO', setup: (dir) => mkfifo(join(dir, 'in.csv')), args: IMPORT('in.csv'), code: 66, message: /^humfig: cannot read in\.csv: not a regular file/, absent: ['out.json'], timeout: 10_000 },
  { input: 'a missing file', args: IMPORT('in.csv'), code: 66, message: /^humfig: cannot read in\.csv: no such file/, absent: ['out.json'] },
  {
    input: 'an empty file',
    files: { 'in.csv': '' },
    args: IMPORT('in.csv'),
    code: 65,
    message: /^humfig: in\.csv:1:1: the file is empty/,
    absent: ['out.json'],
  },
  {
    input: 'a directory: the hint',
    setup: (dir) => mkdirSync(join(dir, 'in.csv')),
    args: IMPORT('in.csv'),
    code: 66,
    message: /^humfig: cannot read in\.csv: it is a directory, not a file$/,
    absent: ['out.json'],
    check: (s) => expect(s.stderr).not.toContain('--facts'),
  },
];

table('HXL imports', hxlCases);

// ---------------------------------------------------------------------------------------------
// Command-line arguments

const argCases: Case[] = [
  { input: 'unknown flag', args: ['list', '--bogus'], code: 2, message: /^humfig: unknown option '--bogus'$/ },
  { input: 'unknown command', args: ['frobnicate'], code: 2, message: /^humfig: unknown command 'frobnicate'$/ },
  { input: 'bad --date (2023-02-29)', args: ['convert', '1', 'CHF', 'USD', '--date', '2023-02-29'], code: 2, message: /^humfig: option '--date <YYYY-MM-DD>' argument '2023-02-29' is invalid\. '2023-02-29' is not a real calendar date$/ },
  { input: 'bad --date (2023-13-01)', args: ['convert', '1', 'CHF', 'USD', '--date', '2023-13-01'], code: 2, message: /^humfig: option '--date <YYYY-MM-DD>' argument '2023-13-01' is invalid/ },
  { input: 'bad --date (yesterday)', args: ['convert', '1', 'CHF', 'USD', '--date', 'yesterday'], code: 2, message: /'yesterday' is not a date; write YYYY-MM-DD$/ },
  { input: 'bad HUMFIG_TODAY', args: ['convert', '1', 'CHF', 'USD'], env: { HUMFIG_TODAY: '2023-02-30' }, code: 2, message: /^humfig: HUMFIG_TODAY='2023-02-30' is not a date; write YYYY-MM-DD$/ },
  { input: 'bad amount 1,2,3', args: ['convert', '1,2,3', 'CHF', 'USD', '--date', '2023-09-29'], code: 2, message: /^humfig: '1,2,3' is not a valid amount$/ },
  { input: 'amount NaN', args: ['convert', 'NaN', 'CHF', 'USD', '--date', '2023-09-29'], code: 2, message: /^humfig: 'NaN' is not a valid amount$/ },
  { input: 'amount 1e100000', args: ['convert', '1e100000', 'CHF', 'USD', '--date', '2023-09-29'], code: 2, message: /^humfig: '1e100000' is not a valid amount$/ },
  { input: 'amount 1e400 (accepted, exact decimals)', args: ['convert', '1e400', 'CHF', 'USD', '--date', '2023-09-29', '--json'], code: 0, message: /"amount": 10{400},/ },
  { input: '--max-age -1', args: ['convert', '1', 'CHF', 'USD', '--max-age', '-1'], code: 2, message: /^humfig: option '--max-age <days>' argument '-1' is invalid\. give a whole number of days, such as 7$/ },
  { input: '--format xml', args: ['list', '--format', 'xml'], code: 2, message: /^humfig: option '--format <format>' argument 'xml' is invalid\. Allowed choices are table, plain, json, ndjson, csv, tsv, hxl\.$/ },
  { input: '--json with --format csv', args: ['list', '--json', '--format', 'csv'], code: 2, jsonError: true, message: /^\{"error":\{"code":"USAGE","exitCode":2,"message":"--json and --format csv disagree; give one of them"/ },
  {
    input: 'NaN in a facts file, error as JSON (--json)',
    args: ['list', '--facts', 'nan.json', '--json'],
    files: { 'nan.json': { fixture: 'facts/nan.json' } },
    code: 65,
    jsonError: true,
    message: /^\{"error":\{"code":"FACTS_INVALID","exitCode":65,"message":"nan\.json:15:16: NaN is not a JSON value; write a number or null".*"issues":\[\{"file":"nan\.json","path":"","line":15,"column":16,/,
  },
  { input: 'unknown id, error as JSON (--format ndjson)', args: ['get', 'residnets', '--format', 'ndjson'], code: 1, jsonError: true, message: /"code":"UNKNOWN_FIGURE".*"suggestions":\["residents"\]/ },
  { input: 'unknown --fields', args: ['list', '--fields', 'bogus'], code: 2, message: /^humfig: unknown field 'bogus' for --fields$/ },
  { input: 'unknown currency ABC', args: ['convert', '1', 'ABC', 'USD'], code: 2, message: /^humfig: unknown unit 'ABC'$/ },
  { input: "ambiguous unit 'ton'", args: ['convert', '1', 't', 'ton'], code: 2, message: /^humfig: unit 'ton' is ambiguous$/ },
  { input: 'units of different dimensions', args: ['convert', '1', 'person', 'km'], code: 2, message: /^humfig: cannot convert person \(count\) to km \(length\): they measure different things$/ },
  { input: 'missing arguments', args: ['convert', '1', 'CHF'], code: 2, message: /^humfig: expected AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], found "1 CHF"$/ },
  { input: 'no arguments', args: ['convert'], code: 2, message: /^humfig: give AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], or --batch to read requests from standard input$/ },
  { input: 'a currency the ECB never had', args: ['convert', '1', 'AMD', 'USD', '--date', '2023-09-29'], code: 69, message: /^humfig: no rate for AMD -> USD on or before 2023-09-29/ },
  { input: 'a date before the first rate', args: ['convert', '1', 'CHF', 'USD', '--date', '1998-01-01'], code: 69, message: /its first is of 1999-01-04\)$/ },
  { input: 'stale rate with --strict', args: ['convert', '1', 'CHF', 'USD', '--date', '2023-12-25', '--strict', '--max-age', '0', '--rates', 'r.json'], files: { 'r.json': { fixture: 'rates/valid.json' } }, code: 69, message: /^humfig: / },
  { input: '--retrieved 2023-02-29', args: ['rates', 'import', 'r.csv', '--retrieved', '2023-02-29'], files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } }, code: 2, message: /'2023-02-29' is not a real calendar date$/ },
  { input: 'unknown figure id', args: ['get', 'residnets'], code: 1, message: /^humfig: no figure with id 'residnets'$/ },
  { input: 'id with a space', args: ['get', 'resi dents'], code: 1, message: /^humfig: no figure with id 'resi dents'$/ },
  { input: 'id with an escape sequence', args: ['get', 'res\u001b[31m'], code: 1, message: /^humfig: no figure with id 'res\\x1B\[31m'$/ },
  { input: 'id with a line break', args: ['get', 'a\nb'], code: 1, message: /^humfig: no figure with id 'a\\x0Ab'$/ },
  { input: "id with a Cyrillic 'а'", args: ['get', 'residentа'], code: 1, message: /^humfig: no figure with id 'residentа'$/ },
  {
    input: 'empty id',
    args: ['get', ''],
    code: 2,
    message: /^humfig: .*empty/,
  },
  {
    input: 'empty id, one-figure facts file',
    args: ['get', '', '--facts', 'one.json', '--value'],
    files: { 'one.json': { fixture: 'facts/valid.json' } },
    code: 2,
    message: /^humfig: .*empty/,
  },
  {
    input: 'empty --facts',
    args: ['list', '--facts', ''],
    code: 2,
    message: /--facts/,
  },
  {
    input: 'empty --rates',
    args: ['convert', '1', 'CHF', 'USD', '--date', '2023-09-29', '--rates', ''],
    code: 2,
    message: /^humfig: .*--rates/,
  },
  {
    input: 'empty --out',
    args: ['rates', 'import', 'r.csv', '--out', ''],
    files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } },
    code: 2,
    message: /^humfig: .*--out/,
  },
  { input: 'empty file name', args: ['validate', ''], code: 66, message: /^: cannot read the file: no such file$/ },
  {
    input: 'command group without its command',
    args: ['rates'],
    code: 2,
    message: /^humfig: /,
  },
  { input: '--out in a missing folder', args: ['rates', 'import', 'r.csv', '--out', 'nodir/out.json'], files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } }, code: 73, message: /^humfig: cannot write nodir\/out\.json: no such file$/ },
  { input: '--out through a file', args: ['import', 'hxl', 'in.csv', '--out', 'in.csv/out.json'], files: { 'in.csv': { fixture: '../hxl/hdx-wide-displacement.csv' } }, code: 73, message: /^humfig: cannot write in\.csv\/out\.json: a part of the path is not a directory$/ },
  { input: '--out in a read-only file system (/sys)', args: ['rates', 'import', 'r.csv', '--out', '/sys/humfig-out.json'], files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } }, code: 73, message: /^humfig: cannot write \/sys\/humfig-out\.json: (permission denied|the file system is read-only)$/ },
  { input: '--out is a directory (import hxl)', args: ['import', 'hxl', 'in.csv', '--out', 'outdir'], files: { 'in.csv': { fixture: '../hxl/hdx-wide-displacement.csv' } }, setup: (dir) => mkdirSync(join(dir, 'outdir')), code: 73, message: /^humfig: cannot write outdir: it is a directory; give a file name$/ },
  {
    input: '--out is a directory (rates import)',
    args: ['rates', 'import', 'r.csv', '--out', 'outdir'],
    files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } },
    setup: (dir) => mkdirSync(join(dir, 'outdir')),
    code: 73,
    message: /^humfig: cannot write outdir/,
  },
  {
    input: '--out in a folder without write permission (run as nobody)',
    args: ['rates', 'import', 'r.csv', '--out', 'ro/out.json'],
    files: { 'r.csv': { fixture: 'rates/valid-hist.csv' } },
    setup: (dir) => {
      mkdirSync(join(dir, 'ro'));
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'r.csv'), 0o644);
      chmodSync(join(dir, 'ro'), 0o555);
    },
    asNobody: true,
    code: 73,
    message: /^humfig: cannot write ro\/out\.json: permission denied$/,
    absent: ['ro/out.json'],
    ...(IS_ROOT && !CAN_DROP_ROOT ? { skip: 'not testable as root here: setpriv cannot drop to nobody' } : !IS_ROOT ? { asNobody: false } : {}),
  },
];

table('command-line arguments', argCases);

// ---------------------------------------------------------------------------------------------
// Batch lines: one output line per input line, error records in place, exit 65, one stderr line

/** Checks a batch run: one JSON line per input line; `errors` maps line numbers to the message expected there. */
const batchCheck = (lines: number, errors: Record<number, RegExp>) => (s: TimedSession) => {
  const where = `${s.command}\n--- stdout:\n${s.stdout.slice(0, 3000)}\n--- stderr:\n${s.stderr}`;
  const out = s.stdout.split('\n').slice(0, -1);
  expect(out.length, where).toBe(lines);
  out.forEach((l, i) => {
    const o = JSON.parse(l) as { error?: { line: number; message: string; exitCode: number } };
    const expected = errors[i + 1];
    if (expected) {
      expect(o.error, `${where}\n(line ${i + 1} should be an error)`).toBeDefined();
      expect(o.error!.line, where).toBe(i + 1);
      expect(o.error!.message, where).toMatch(expected);
      expect(o.error!.message, where).not.toContain('\n');
    } else expect(o.error, `${where}\n(line ${i + 1} should succeed)`).toBeUndefined();
  });
};

const GET_LINES = ['residents', '', 'nope', '{"id": 5}', '{"id":', '__proto__', 'residents\u0000', '{"__proto__": {"id": "residents"}}', 'x'.repeat(1024 * 1024), 'appeal'];
const CONVERT_LINES = [
  '20000000 CHF USD 2023-09-29',
  '1,2,3 CHF USD 2023-09-29',
  '1 CHF USD 2023-02-29',
  '1 CHF USD 2023-13-01',
  '1 CHF',
  '{"amount": 1}',
  '{"amount": "1", "from": "CHF", "to": "USD", "date": "2023-13-01"}',
  'NaN CHF USD 2023-09-29',
  '1 ABC USD 2023-09-29',
  '{"amount": "1", "from": "CHF"',
  '[1, "CHF", "USD"]',
  '{"__proto__": {"amount": "1"}, "from": "CHF", "to": "USD"}',
  '2.8 million person household',
  '1 AMD USD 2023-09-29',
  '3 decade year',
];

const batchCases: Case[] = [
  {
    input: 'get --batch: empty, unknown, JSON without id, broken JSON, __proto__, NUL, a 1 MB line',
    args: ['get', '--batch', '--json'],
    stdin: `${GET_LINES.join('\n')}\n`,
    code: 65,
    batch: true,
    message: /^\{"note":\{"message":"8 of 10 lines failed"\}\}$/,
    check: batchCheck(GET_LINES.length, {
      2: /^empty line: give a figure id$/,
      3: /^no figure with id 'nope'$/,
      4: /^the JSON object has no string "id"$/,
      5: /^the line starts with \{ but is not a JSON object$/,
      6: /^no figure with id '__proto__'$/,
      7: /^no figure with id 'residents\u0000'$/,
      8: /^the JSON object has no string "id"$/,
      // a message quotes a short prefix of the input and says how long it was
      9: /^no figure with id 'x{80}… \(1,048,576 characters in all\)'$/,
    }),
  },
  {
    input: 'get --batch with CRLF line ends',
    args: ['get', '--batch', '--json', 'id'],
    stdin: 'residents\r\nappeal\r\n\r\n',
    code: 65,
    batch: true,
    message: /^\{"note":\{"message":"1 of 3 lines failed"\}\}$/,
    check: batchCheck(3, { 3: /^empty line/ }),
  },
  {
    input: 'get --batch --fail-fast stops at the first failure',
    args: ['get', '--batch', '--json', '--fail-fast'],
    stdin: 'residents\nnope\nappeal\n',
    code: 65,
    batch: true,
    message: /^\{"note":\{"message":"1 of 2 lines failed \(stopped at the first, --fail-fast\)"\}\}$/,
    check: batchCheck(2, { 2: /^no figure with id 'nope'$/ }),
  },
  {
    input: 'convert --batch: bad amounts, dates, missing parts, JSON without fields, NaN, unknown currency',
    args: ['convert', '--batch', '--json'],
    stdin: `${CONVERT_LINES.join('\n')}\n`,
    code: 65,
    batch: true,
    message: /^\{"note":\{"message":"13 of 15 lines failed"\}\}$/,
    check: batchCheck(CONVERT_LINES.length, {
      2: /^'1,2,3' is not a valid amount$/,
      3: /^'2023-02-29' is not a real calendar date$/,
      4: /^'2023-13-01' is not a real calendar date$/,
      5: /^expected AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], found "1 CHF"$/,
      6: /^a JSON request needs "amount", "from" and "to"$/,
      7: /^'2023-13-01' is not a real calendar date$/,
      8: /^'NaN' is not a valid amount$/,
      9: /^unknown unit 'ABC'$/,
      10: /^the line starts with \{ but is not a JSON object$/,
      11: /^'\[1,' is not a valid quantity$/,
      12: /^unknown field '__proto__' in a JSON request; allowed: amount, from, to, date, rate$/,
      13: /^no size to convert person to household/,
      14: /^no rate for AMD -> USD/,
    }),
  },
  {
    input: 'convert --batch: JSON amount 1e400',
    args: ['convert', '--batch', '--json'],
    stdin: '{"amount": 1e400, "from": "CHF", "to": "USD", "date": "2023-09-29"}\n',
    code: 65,
    batch: true,
    message: /^\{"note":\{"message":"1 of 1 line failed"\}\}$/,
    check: batchCheck(1, { 1: /1e400/ }),
  },
  {
    input: 'convert --batch: 20,000 blank lines',
    args: ['convert', '--batch', '--format', 'csv'],
    stdin: '\n'.repeat(20_000),
    code: 65,
    batch: true,
    message: /^humfig: 20000 of 20000 lines failed$/,
    check: (s) => expect(s.stdout.split('\r\n').length).toBe(20_002),
  },
];

table('batch lines', batchCases);

// ---------------------------------------------------------------------------------------------
// Prototype pollution, in-process

function definePrototypeChecks(): void {
  describe('no prototype pollution (in-process)', () => {
    const snapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
    const clean = () => {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    };

    it('validateFactsText: "__proto__" (and constructor.prototype) at every depth is reported and changes no prototype', () => {
      const before = snapshot();
      const P = '"__proto__": {"polluted": 1}';
      const doc = VALID_FACTS.replace('{\n  "format"', `{\n  ${P},\n  "format"`)
        .replace('"dataset": { "id"', `"dataset": { ${P}, "id"`)
        .replace('{ "id": "report"', `{ ${P}, "id": "report"`)
        .replace('{ "id": "ARM"', `{ "constructor": {"prototype": {"polluted": 1}}, ${P}, "id": "ARM"`)
        .replace('"label": "People displaced",', `"label": "People displaced", ${P},`);
      const r = validateFactsText(doc, 'proto.json', () => ({ ok: false, reason: 'none' }));
      expect(r.facts).toBeUndefined();
      const paths = r.issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['__proto__', 'dataset.__proto__', 'sources[0].__proto__', 'places[0].__proto__', 'places[0].constructor', 'figures[0].__proto__']));
      clean();
      expect(snapshot()).toBe(before);
      for (const f of ['proto-root.json', 'proto-dataset.json', 'proto-figure.json', 'constructor-prototype.json']) {
        validateFactsText(readFileSync(join(BAD, 'facts', f), 'utf8'), f, () => ({ ok: false, reason: 'none' }));
        clean();
      }
      expect(snapshot()).toBe(before);
    });

    it('parseRatesFile, parseConvertLine and importHxl with "__proto__" keys change no prototype', () => {
      const before = snapshot();
      try {
        parseRatesFile(readFileSync(join(BAD, 'rates', 'json-proto-rate.json'), 'utf8'), 'r.json');
      } catch {
        // refused or not: only the prototype matters here
      }
      try {
        parseRatesFile('{"__proto__": {"polluted": 1}, "format": "humfig-rates/1"}', 'r.json');
      } catch {
        // refused
      }
      try {
        parseConvertLine('{"__proto__": {"polluted": 1}, "amount": "1", "from": "CHF", "to": "USD"}');
      } catch {
        // refused
      }
      importHxl('#loc+name,#date,#affected+idps,#meta+__proto__\n__proto__,2023-10-01,5,{"polluted":1}\n', '__proto__.csv', { today: '2023-10-02' });
      clean();
      expect(snapshot()).toBe(before);
    });
  });

}

/**
 * Defines the catalogue's tests: the heavy cases (`heavy: true`) for npm run test:slow, or all
 * the others and the in-process prototype checks for npm test.
 */
export function defineCatalogue(options: { heavy: boolean }): void {
  for (const [group, cases] of TABLES) {
    const chosen = cases.filter((c) => Boolean(c.heavy) === options.heavy);
    if (chosen.length > 0) defineTable(group, chosen);
  }
  if (!options.heavy) definePrototypeChecks();
  afterAll(writeReliabilityTable);
}

function writeReliabilityTable(): void {
  const file = process.env.HUMFIG_RELIABILITY_TABLE;
  if (!file) return;
  const esc = (t: string) => t.replace(/\|/g, '\\|').replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\ufeff/g, '\\ufeff');
  const short = (t: string, n = 110) => (t.length > n ? `${t.slice(0, n)}…` : t);
  const rows = outcomes.map((o) => `| ${esc(o.group)} | ${esc(short(o.input, 60))} | \`${esc(short(o.command, 70))}\` | ${o.expected} | ${o.actual ?? 'killed'} | ${esc(short(o.message))}${o.bug ? ` **BUG**` : ''} |`);
  writeFileSync(file, `| group | input | command | expected | actual | message (first line) |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
}
