/**
 * The build (scripts/build.mjs) in a copy of the project: two builds at once each end well and
 * leave a whole, stamped dist/; a build stopped by Ctrl-C (SIGINT to its process group, as a
 * terminal sends it) during `npm test`'s build step leaves the dist/ that was there, which the
 * stamp still describes truly, and nothing else. The stamp's reading of odd files:
 * test/unit/build/build-stamp.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFresh, readInputs } from '../../scripts/build-stamp.mjs';
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
    expect(readFileSync(join(copy, 'dist', 'build-stamp.json'), 'utf8')).toBe(before);
    // the edited sources are not what dist/ was built from; the original ones are
    expect(fresh()).toBe(false);
    writeFileSync(file, original);
    expect(fresh()).toBe(true);
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
