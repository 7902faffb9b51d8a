/**
 * Writers at once. Two humfig processes writing the same --out (import hxl): each writes a
 * temporary file in the same folder and renames it over the target, so whoever renames last
 * wins, whole; the target is never a mix of the two, and no temporary file is left behind. Twelve
 * `rates import` into one --out: each merges under the lock, so every day is kept.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, baseEnv, humfig } from '../cli/run-humfig.js';

const INPUTS = [join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv'), join(FIXTURES, 'hxl', 'humfig-long.csv')];

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(), stdio: 'ignore' });
    child.on('close', (code) => resolve(code));
  });
}

describe('two writers at once', () => {
  it('leave the complete output of one of them, never a mix, and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-writers-'));
    // what each writer produces alone
    const alone = INPUTS.map((input, i) => {
      const out = join(dir, `alone-${i}.json`);
      expect(humfig(['import', 'hxl', input, '--out', out]).code).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(alone[0]).not.toBe(alone[1]);
    const target = join(dir, 'facts.json');
    for (let round = 0; round < 8; round++) {
      const codes = await Promise.all(INPUTS.map((input) => run(['import', 'hxl', input, '--out', target])));
      expect(codes).toEqual([0, 0]);
      const result = readFileSync(target, 'utf8');
      const winner = alone.indexOf(result);
      expect(winner, `round ${round}: the target is neither writer's complete output`).not.toBe(-1);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });
});

describe('imports into one --out at once', () => {
  it('12 parallel single-day imports keep 12 days', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-rates-'));
    // twelve one-day files in the ECB's layout, with invented rates
    const days = Array.from({ length: 12 }, (_, i) => `2023-09-${String(i + 1).padStart(2, '0')}`);
    days.forEach((day, i) => writeFileSync(join(dir, `day-${i}.csv`), `Date,USD,CHF,\n${day},1.0${String(i).padStart(2, '0')},0.9,\n`));
    const run = (i: number) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'rates', 'import', `day-${i}.csv`, '--out', 'all.json'], { cwd: dir, env: baseEnv() });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b) => (stdout += b));
        child.stderr.on('data', (b) => (stderr += b));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const results = await Promise.all(days.map((_, i) => run(i)));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(results.every((r) => / 1 added, 0 replaced in all\.json\n$/.test(r.stderr))).toBe(true);
    const file = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'));
    expect(file.days.map((d: any) => d.date)).toEqual(days);
    expect(readdirSync(dir).sort().filter((n) => !n.startsWith('day-'))).toEqual(['all.json']); // no lock or temporary file left
  });
});
