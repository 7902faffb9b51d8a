/**
 * Ctrl-C and kill during long work: a validate and an import of large files, an extract of a slow text, end at once with
 * 130 (SIGINT) or 143 (SIGTERM), and an --out file that was there is left as it was. The
 * signal is sent once the command is under way; the assertions are on exit codes and files,
 * never on durations (a generous test timeout only guards against a hang).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../bench/generate-facts.mjs';
import { BIN, baseEnv } from '../cli/run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-interrupt-'));
let facts = '';
let hxl = '';

beforeAll(() => {
  // (about 2 s of CPU to validate on an idle machine: the signal comes well before the end)
  facts = join(dir, writeDataset(dir, { figures: 300_000 }).files.facts);
  // an HNO-shaped HXL table of 200,000 rows
  const rows = ['Admin 1,Sector,Population,In need', '#adm1+code,#sector,#population,#inneed'];
  for (let i = 0; i < 200_000; i++) rows.push(`AF${String(i % 34).padStart(2, '0')},S${i},${1000 + i},${i}`);
  hxl = join(dir, 'big.csv');
  writeFileSync(hxl, `${rows.join('\n')}\n`);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The user and system CPU seconds of a process so far, from /proc (Linux), or undefined. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // the fields after the command's name, which is in parentheses and may hold spaces
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name; in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Starts humfig, sends the signal once it is under way, and returns how it ended. */
function interrupt(args: string[], signal: 'SIGINT' | 'SIGTERM', ready?: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: baseEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    if (ready === undefined) {
      // once the command has run for a while (its CPU time, polled: an idle machine is fast and a
      // loaded one slow, so no fixed delay fits both); without /proc, after 1.5 s
      const started = Date.now();
      const poll = setInterval(() => {
        if (child.exitCode !== null) return;
        const cpu = cpuSeconds(child.pid);
        if (cpu === undefined ? Date.now() - started < 1500 : cpu < 0.3) return;
        clearInterval(poll);
        child.kill(signal);
      }, 20);
      child.on('exit', () => clearInterval(poll));
    } else {
      // once `ready` holds (polled, not timed: a loaded machine is slower)
      const poll = setInterval(() => {
        if (child.exitCode !== null || !ready()) return;
        clearInterval(poll);
        child.kill(signal);
      }, 20);
      child.on('exit', () => clearInterval(poll));
    }
    child.on('exit', (code, sig) => resolve({ code, signal: sig }));
  });
}

describe('signals during long work', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends a long validate with exit %i', async (signal, code) => {
    expect(await interrupt(['validate', facts], signal)).toEqual({ code, signal: null });
  }, 60_000);

  it('SIGINT ends a long import with exit 130 and leaves the old --out file', async () => {
    const out = join(dir, 'out.json');
    writeFileSync(out, 'the old file');
    const partial = () => readdirSync(dir).filter((name) => name.startsWith('.out.json.'));
    // interrupted once the figures are being written
    expect(await interrupt(['import', 'hxl', hxl, '--as-of', '2024', '--out', out], 'SIGINT', () => partial().length > 0)).toEqual({ code: 130, signal: null });
    expect(readFileSync(out, 'utf8')).toBe('the old file');
    // nor the partial output it was writing beside it (figures go straight to a temporary file)
    expect(partial()).toEqual([]);
  }, 60_000);

  it('SIGINT ends a long extract of a text under a megabyte (400 kB of bare numbers, many seconds of work) with exit 130, the old --out file left', async () => {
    const text = join(dir, 'numbers.txt');
    writeFileSync(text, '1 '.repeat(200_000));
    const out = join(dir, 'draft.json');
    writeFileSync(out, 'the old draft');
    expect(await interrupt(['extract', text, '--published', '2024-03-15', '--out', out], 'SIGINT')).toEqual({ code: 130, signal: null });
    expect(readFileSync(out, 'utf8')).toBe('the old draft');
  }, 60_000);
});
