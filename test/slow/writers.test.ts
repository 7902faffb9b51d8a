/**
 * Two writers at once: two humfig processes writing the same --out. Each writes a temporary file
 * in the same folder and renames it over the target, so whoever renames last wins, whole; the
 * target is never a mix of the two, and no temporary file is left behind.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
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
