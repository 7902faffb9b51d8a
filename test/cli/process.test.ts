/**
 * The binary as a process: what the in-process runs (in-process.ts) cannot show. One start per
 * exit code: the code reaches the shell, with the one-line message on stderr and nothing on
 * stdout. Then a clone that was not built, a copy of the package whose bundled dataset was
 * edited (its bytes no longer match the text validated at build time, so it is validated again),
 * and copies whose code cache is missing, stale or corrupt (the same output, without it).
 *
 * Pipes, stdin, closed descriptors and signals: scripting.test.ts, core.test.ts and
 * test/robustness/faults.test.ts; colour and NO_COLOR are decided from the environment and the
 * descriptor, checked in-process (core.test.ts) since no test has a terminal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_TABLE } from '../../src/errors.js';
import { ROOT, baseEnv, humfigAsync } from './run-humfig.js';
import { humfig } from './in-process.js';

describe.concurrent('exit codes, through the binary', () => {
  // 70 (a bug) has no command line that causes it: the clone that was not built, below, shows it;
  // 130 and 143: the signal tests
  it.each([
    [0, ['get', 'residents', '--value'], undefined, /^$/],
    [1, ['get', 'displaced-populaton'], undefined, /^humfig: no figure with id 'displaced-populaton'\n {2}did you mean displaced-population\?\n$/],
    [2, ['convert', '1', 'ton', 'kg'], undefined, /^humfig: unit 'ton' is ambiguous\n {2}/],
    [65, ['get', '--batch', '--json'], 'residents\nnope\n', /^\{"note":\{"message":"1 of 2 lines failed"\}\}\n$/],
    [66, ['list', '--facts', 'missing.json'], undefined, /^humfig: cannot read missing\.json: no such file\n/],
    [69, ['convert', '1000', 'USD', 'AMD', '--date', '2023-09-29'], undefined, /^humfig: no rate for USD -> AMD on or before 2023-09-29: /],
    [73, ['rates', 'import', 'test/fixtures/rates/eurofxref.csv', '--out', 'no/such/folder/rates.json'], undefined, /^humfig: cannot write no\/such\/folder\/rates\.json: no such file\n$/],
  ] as const)('exit %i reaches the shell: %o', async (code, args, input, stderr) => {
    const s = await humfigAsync([...args], input === undefined ? {} : { input });
    expect(s.code, `${s.command}\n${s.stderr}`).toBe(code);
    expect(s.stderr).toMatch(stderr);
    // stdout carries data only: nothing on an error (batch mode prints its records)
    if (code !== 65) expect(s.stdout).toBe(code === 0 ? '120000\n' : '');
  });

  it('documents each of those codes in the exit-code table', () => {
    const documented = EXIT_TABLE.map(([c]) => c);
    for (const code of [0, 1, 2, 65, 66, 69, 70, 73, 130]) expect(documented).toContain(code);
  });
});

describe('a clone that was not built', () => {
  it('says so in one line, exit 70, no stack trace', () => {
    const copy = mkdtempSync(join(tmpdir(), 'humfig-unbuilt-'));
    try {
      for (const part of ['bin', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), 'list'], { encoding: 'utf8', env: baseEnv() });
      expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 70, stdout: '' });
      expect(r.stderr).toBe(`humfig: the program is not built: run \`npm run build\` in ${copy}/\n`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('a copy of the program with a file of dist/ missing', () => {
  it.each([['core.cjs'], ['a lazily loaded chunk']])('%s: says which, in one line, exit 70, no stack trace', (which) => {
    const copy = mkdtempSync(join(tmpdir(), 'humfig-incomplete-'));
    try {
      for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      const name = which === 'core.cjs' ? 'core.cjs' : readdirSync(join(copy, 'dist')).find((f) => /^get-\w+\.cjs$/.test(f))!;
      rmSync(join(copy, 'dist', name));
      const r = spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), 'get', 'residents'], { encoding: 'utf8', env: baseEnv() });
      expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 70, stdout: '' });
      expect(r.stderr).toContain(`the program in ${join(copy, 'dist')} is incomplete: cannot read ${name} (ENOENT); reinstall humfig`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('an edited bundled dataset', () => {
  // a copy of the package: its bundled dataset, edited, no longer matches the text validated at
  // build time, so it is validated like any other file
  const copy = mkdtempSync(join(tmpdir(), 'humfig-package-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const dataset = join(copy, 'data', 'nagorno-karabakh-2023.json');
  const run = (args: string[]) => spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), ...args], { encoding: 'utf8', env: baseEnv() });

  it('answers as the original when it is still valid', async () => {
    writeFileSync(dataset, readFileSync(join(ROOT, 'data', 'nagorno-karabakh-2023.json'), 'utf8').replace('{', '{ '));
    for (const args of [['get', 'residents', '--json'], ['list', '--json']]) {
      const r = run(args);
      expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toBe((await humfig(args)).stdout.replaceAll(join(ROOT, 'data'), join(copy, 'data')));
    }
  });

  it('reports its problems, located, with exit 65', () => {
    writeFileSync(dataset, readFileSync(join(ROOT, 'data', 'nagorno-karabakh-2023.json'), 'utf8').replace('"value": 120000,', '"value": -1,'));
    const r = run(['get', 'residents', '--json']);
    expect(r.status).toBe(65);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).error.message).toMatch(/nagorno-karabakh-2023\.json:\d+:\d+: figures\[\d+\]\.value: must not be negative/);
  });
});

describe('the code cache of the build (src/boot.ts)', () => {
  // copies of the package: the cache files removed, made stale (a chunk edited, at the same
  // length), or corrupt (bytes of V8's data changed, which would crash V8 if it were given them)
  const calls = [['get', 'residents', '--json'], ['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--json'], []];
  const caches = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.v8cache'));
  const damage: Record<string, (dist: string) => void> = {
    missing: (dist) => caches.forEach((f) => rmSync(join(dist, f))),
    // a table header edited at the same length, the one case V8 would take the old cache for
    // (the header is in the chunk's top-level code, which the cache holds)
    stale: (dist) => {
      const core = join(dist, 'core.cjs');
      writeFileSync(core, readFileSync(core, 'utf8').replace('header:"as of"', 'header:"AS OF"'));
    },
    // bytes of V8's data changed (a release build of V8 does not check them: given these, it crashes)
    corrupt: (dist) => {
      for (const f of caches) {
        const bytes = readFileSync(join(dist, f));
        const dataAt = 12 + bytes.readUInt32LE(4);
        for (let at = dataAt + 64; at < Math.min(bytes.length, dataAt + 8192); at += 61) bytes[at] = 0xff - bytes[at]!;
        writeFileSync(join(dist, f), bytes);
      }
    },
  };

  it('exists for the frequent calls', () => {
    expect(caches).toEqual(expect.arrayContaining(['cli.cjs.v8cache', 'core.cjs.v8cache', 'core-rates.cjs.v8cache']));
  });

  it.each(Object.keys(damage))('%s: a call prints what its chunks say, as without a cache', async (kind) => {
    const copy = mkdtempSync(join(tmpdir(), `humfig-cache-${kind}-`));
    try {
      for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      damage[kind]!(join(copy, 'dist'));
      const table = spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), 'list'], { encoding: 'utf8', env: baseEnv() });
      expect(table.stdout).toContain(kind === 'stale' ? '│ AS OF ' : '│ as of ');
      for (const args of calls) {
        const r = spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), ...args], { encoding: 'utf8', env: baseEnv() });
        expect({ code: r.status, stderr: r.stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
        // (the edited header of the stale copy aside)
        expect(r.stdout.replaceAll('│ AS OF ', '│ as of '), args.join(' ')).toBe((await humfig(args)).stdout.replaceAll(join(ROOT, 'data'), join(copy, 'data')));
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the package as npm packs it', () => {
  // the file list of `npm pack`, without running the build again (the suite built dist/ already)
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
  const files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string; size: number }> }>)[0]!.files;

  it('ships the ECB history once: the yearly files of the build, not the 1.8 MB CSV beside them', () => {
    expect(files.filter((f) => f.path.endsWith('eurofxref-hist.csv'))).toEqual([]);
    const years = files.filter((f) => /^dist\/rates\/\d{4}\.csv$/.test(f.path));
    expect(years.length).toBeGreaterThanOrEqual(26); // 1999 to 2024
    const bytes = files.filter((f) => /rates\/.*\.csv$/.test(f.path)).reduce((sum, f) => sum + f.size, 0);
    expect(bytes).toBeLessThan(2_000_000);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/rates/index.json', 'data/rates/eurofxref-hist.meta.json', 'data/rates/README.md']));
  });

  it('needs nothing from the registry: it declares no dependencies, and the build requires only Node and its own files', () => {
    // (the build bundles every package it uses: an install that fetched them would fetch dead weight, and fail offline)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
    expect(pkg.dependencies).toBeUndefined();
    const outside = new Set<string>();
    for (const f of files.filter((f) => /^dist\/.*\.c?js$/.test(f.path))) {
      for (const [, id] of readFileSync(join(ROOT, f.path), 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
        if (!id!.startsWith('./') && !builtinModules.includes(id!.replace(/^node:/, ''))) outside.add(`${f.path}: ${id}`);
      }
    }
    expect([...outside]).toEqual([]);
  });

  it('ships the code cache of the frequent calls, and none of the build\'s own records or temporary files', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli.cjs.v8cache', 'dist/core.cjs.v8cache', 'dist/core-rates.cjs.v8cache']));
    expect(paths.filter((p) => /build-stamp|\.tmp$|^\.dist-/.test(p))).toEqual([]);
  });

  it('carries the manual page where package.json points man to (after a build)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { man: string; files: string[] };
    expect(pkg.man).toBe('./man/humfig.1');
    expect(pkg.files).toContain('man/');
    expect(files.map((f) => f.path)).toContain('man/humfig.1');
  });

  it('converts and lists rates from those files alone, as the clone does', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'humfig-packed-'));
    try {
      // (no node_modules: the package needs none)
      for (const f of files) cpSync(join(ROOT, f.path), join(copy, f.path));
      for (const args of [
        ['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--json'],
        ['convert', '1', 'USD', 'JPY', '1999-01-04', '--value'],
        ['rates', 'list', '--currency', 'CHF,USD', '--from', '1999-01-04', '--to', '1999-01-08', '--json'],
        ['check', '--json'],
      ]) {
        const r = spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), ...args], { encoding: 'utf8', env: baseEnv() });
        expect({ code: r.status, stderr: r.stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
        expect(r.stdout, args.join(' ')).toBe((await humfig(args)).stdout);
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
