/**
 * A writer killed during `humfig rates import` of the whole ECB history (6,603 days): at every
 * moment the target is the complete old file or the complete new one, never a mix, and whatever
 * else is left is only the killed run's temporary file. Through the binary: only a process can
 * be killed. The kill times are spread over one uninterrupted run's duration (a way to aim the
 * kills, not an assertion about speed).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, baseEnv } from '../cli/run-humfig.js';
import { humfig } from '../cli/in-process.js';

const RATES = join(FIXTURES, 'rates');
const BUNDLED_CSV = join(ROOT, 'data', 'rates', 'eurofxref-hist.csv');
const work = mkdtempSync(join(tmpdir(), 'humfig-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const freshDir = () => work;
/** The names in a folder, sorted. */
const ls = (dir: string): string[] => readdirSync(dir).sort();

describe('humfig rates import, killed', () => {
  it('a SIGKILL during `rates import` leaves the old file or the complete new one, never a mix', async () => {
    const work = freshDir();
    const out = join(work, 'rates.json');
    const args = ['rates', 'import', BUNDLED_CSV, '--out', out];
    // the old file: four days from the small fixture
    expect((await humfig(['rates', 'import', join(RATES, 'eurofxref-hist.csv'), '--out', out])).code).toBe(0);
    const oldBytes = readFileSync(out);

    type Run = { code: number | null; signal: NodeJS.Signals | null; ms: number };
    type Kill = { afterMs?: number; whenTempAppears?: boolean; whenTempComplete?: number };
    const run = async (kill: Kill): Promise<Run> => {
      const started = Date.now();
      const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(), cwd: work, stdio: 'ignore' });
      let done = false;
      const exited = new Promise<Run>((resolve) =>
        child.on('exit', (code, signal) => {
          done = true;
          resolve({ code, signal, ms: Date.now() - started });
        }),
      );
      if (kill.afterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
      // kill as soon as the temporary file exists (mid-write), or once it holds every byte
      // (between the write and the rename)
      if (kill.whenTempAppears || kill.whenTempComplete !== undefined) {
        while (!done) {
          const temp = readdirSync(work).find((n) => n.endsWith('.tmp'));
          let size = -1;
          try {
            size = temp === undefined ? -1 : statSync(join(work, temp)).size;
          } catch {
            // renamed away between the two calls
          }
          if (temp !== undefined && (kill.whenTempAppears || size >= kill.whenTempComplete!)) {
            child.kill('SIGKILL');
            break;
          }
          await new Promise((r) => setImmediate(r));
        }
      }
      return exited;
    };

    // an uninterrupted run: the complete new file, and how long a run takes
    const full = await run({});
    expect(full.code).toBe(0);
    const newBytes = readFileSync(out);
    const parsed = JSON.parse(newBytes.toString('utf8')) as { days: unknown[] };
    expect(parsed.days).toHaveLength(6603);
    const t = full.ms;

    const delays = [5, 20, 60, 0.5 * t, 0.75 * t, 0.9 * t, 0.97 * t].map(Math.round);
    const outcomes: string[] = [];
    const leftovers: string[] = [];
    const kills: Kill[] = [
      ...delays.map((afterMs) => ({ afterMs })),
      ...[1, 2, 3].map(() => ({ whenTempAppears: true })),
      ...[1, 2].map(() => ({ whenTempComplete: newBytes.length })),
    ];
    for (const kill of kills) {
      writeFileSync(out, oldBytes);
      const r = await run(kill);
      const now = readFileSync(out);
      const isOld = now.equals(oldBytes);
      const isNew = now.equals(newBytes);
      expect(isOld || isNew, `killed after ${JSON.stringify(kill)}: ${now.length} bytes, neither the old nor the new file`).toBe(true);
      if (isNew) expect((JSON.parse(now.toString('utf8')) as { days: unknown[] }).days).toHaveLength(6603);
      outcomes.push(`${JSON.stringify(kill)} -> ${r.signal ?? r.code} ${isOld ? 'old' : 'new'}`);
      // whatever else is in the folder can only be a temporary file of the killed run
      for (const name of ls(work).filter((n) => n !== 'rates.json')) {
        // or the lock of the killed run (the next import breaks it: its owner is gone)
        expect(name).toMatch(/^\.rates\.json\.\d+\.[0-9a-f]+\.tmp$|^rates\.json\.lock$/);
        leftovers.push(name);
        unlinkSync(join(work, name));
      }
    }
    expect(outcomes.some((o) => o.endsWith('old')), JSON.stringify({ outcomes, leftovers })).toBe(true);
  });
});
