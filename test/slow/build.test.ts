/**
 * The build (scripts/build.mjs) in a copy of the project: two builds at once each end well and
 * leave a whole, stamped dist/; a build stopped by Ctrl-C (SIGINT to its process group, as a
 * terminal sends it) during `npm test`'s build step leaves the dist/ that was there, which the
 * stamp still describes truly, and nothing else. The stamp's reading of odd files:
 * test/unit/build/build-stamp.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFresh, readInputs } from '../../scripts/build-stamp.mjs';
import { humfig } from '../cli/in-process.js';
import { ROOT, baseEnv } from '../cli/run-humfig.js';

const copy = mkdtempSync(join(tmpdir(), 'humfig-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
for (const part of ['bin', 'src', 'scripts', 'data', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));

/** A build of the copy as a process of its own (and its own process group); resolves with its exit. */
function build(script = 'build.mjs'): { pid: number; exit: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [join(copy, 'scripts', script)], { cwd: copy, env: baseEnv(), stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return { pid: child.pid!, exit: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr }))) };
}
const fresh = () => isFresh(readInputs(copy).digest, copy);
/** What a build leaves beside dist/ (nothing, when it has ended) and inside it that is not the build's. */
const leftovers = () => [...readdirSync(copy).filter((f) => f.startsWith('.dist-')), ...readdirSync(join(copy, 'dist')).filter((f) => f.endsWith('.tmp'))];
const answers = () => spawnSync(process.execPath, [join(copy, 'bin', 'humfig.js'), 'get', 'residents', '--value'], { encoding: 'utf8', env: baseEnv() });

describe('the build', () => {
  it('run twice at once in one tree: both succeed, and dist/ is whole and stamped', async () => {
    const runs = await Promise.all([build().exit, build().exit]);
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    expect(leftovers()).toEqual([]);
    expect(fresh()).toBe(true);
    const r = answers();
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '120000\n', stderr: '' });
    expect(readdirSync(join(copy, 'dist')).filter((f) => f.endsWith('.v8cache'))).toEqual(expect.arrayContaining(['cli.cjs.v8cache', 'core.cjs.v8cache']));
  });

  it("stopped by Ctrl-C during npm test's build, leaves the dist/ that was there, which the stamp still describes", async () => {
    expect(fresh()).toBe(true);
    const before = readFileSync(join(copy, 'dist', 'build-stamp.json'), 'utf8');
    // an edit, so that the stamp check builds
    const file = join(copy, 'src', 'errors.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n// edited\n`);
    expect(fresh()).toBe(false);
    const run = build('build-stamp.mjs');
    let over = false;
    void run.exit.then(() => (over = true));
    // once the build has written part of its output
    while (!over) {
      const stage = readdirSync(copy).find((f) => f.startsWith('.dist-build-'));
      if (stage !== undefined && existsSync(join(copy, stage, 'boot.cjs'))) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    process.kill(-run.pid, 'SIGINT');
    const ended = await run.exit;
    expect(ended.code === 0 && ended.signal === null).toBe(false);
    expect(leftovers()).toEqual([]);
    const after = readFileSync(join(copy, 'dist', 'build-stamp.json'), 'utf8');
    if (after === before) {
      // the edited sources are not what dist/ was built from; the original ones are
      expect(fresh()).toBe(false);
    } else {
      // (on a loaded machine the signal may land after the build put its new dist/ in place, before it exited: then
      // dist/ is the new one, whole, and its stamp describes the edited sources it was built from)
      expect(fresh()).toBe(true);
    }
    writeFileSync(file, original);
    // (dist/ describes the original sources again, unless it is the edited sources' new build)
    expect(fresh()).toBe(after === before);
    expect(answers().stdout).toBe('120000\n');
  });
});

describe('npm test (scripts/test.mjs)', () => {
  it("prints the type check's errors when the build fails", async () => {
    const file = join(copy, 'src', 'errors.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `import { noSuchThing } from './no-such-module.js';\nexport const broken = noSuchThing;\n${original}`);
    try {
      const r = await build('test.mjs').exit;
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('the build failed; the type check (tsc --noEmit) says:');
      expect(r.stderr).toMatch(/src\/errors\.ts\(1,29\): error TS2307: Cannot find module '\.\/no-such-module\.js'/);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('the packed package, installed', () => {
  it('installs offline from its tarball into a prefix and runs get, list, convert and extract from another folder, with its code cache', async () => {
    expect(spawnSync(process.execPath, [join(copy, 'scripts', 'build-stamp.mjs')], { cwd: copy, env: baseEnv() }).status).toBe(0);
    const work = mkdtempSync(join(tmpdir(), 'humfig-installed-'));
    try {
      const env = { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
      const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: copy, encoding: 'utf8', env });
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = join(work, pack.stdout.trim().split('\n').pop()!);
      const prefix = join(work, 'prefix');
      const install = spawnSync('npm', ['install', '-g', '--offline', '--ignore-scripts', '--prefix', prefix, tarball], { cwd: work, encoding: 'utf8', env });
      expect(install.status, install.stderr).toBe(0);
      const installed = join(prefix, 'lib', 'node_modules', 'humfig');
      // what each start compiled, and whether V8 took its cache (vm.Script, which src/boot.ts uses)
      const hook = join(work, 'hook.cjs');
      writeFileSync(
        hook,
        "const vm = require('node:vm'); const Script = vm.Script; const used = [];\n" +
          'vm.Script = class extends Script { constructor(s, o) { super(s, o); if (o.cachedData && !this.cachedDataRejected) used.push(o.filename); } };\n' +
          "process.on('exit', () => require('node:fs').writeSync(2, `cache used: ${used.length}\\n`));\n",
      );
      const elsewhere = join(work, 'elsewhere');
      mkdirSync(elsewhere);
      const text = join(ROOT, 'test', 'fixtures', 'extract', 'appeal-kestria.txt');
      for (const args of [['get', 'residents', '--json'], ['list', '--json'], ['convert', '100', 'EUR', 'USD', '--date', '2024-01-05', '--json'], ['extract', text]]) {
        // through the link npm made in the prefix's bin/, as a shell would start it
        const r = spawnSync(join(prefix, 'bin', 'humfig'), args, { cwd: elsewhere, encoding: 'utf8', env: baseEnv({ NODE_OPTIONS: `--require ${hook}` }) });
        expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
        expect(r.stdout, args.join(' ')).toBe((await humfig(args, { cwd: elsewhere })).stdout.replaceAll(join(ROOT, 'data'), join(installed, 'data')));
        // (extract's notes come first on stderr: the hook's line is its last; the code cache is taken
        // under the binary's V8 flags, bin/v8-flags.cjs, which the build warms it under too)
        expect(r.stderr, args.join(' ')).toMatch(args[0] === 'extract' ? /(?:^|\n)cache used: [1-9]\d*\n$/ : /^cache used: [1-9]\d*\n$/);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
