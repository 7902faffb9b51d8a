/**
 * Reading a streamed facts file tells how far it has got, and `validate` draws that as a line on
 * a terminal's stderr, and nothing elsewhere: run in this process with a fake terminal (a clock
 * that moves 500 ms at each reading), so that no test depends on real time.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeTerminal } from './fake-terminal.js';
import { validateCommand } from '../../../src/commands/validate.js';
import { loadFacts } from '../../../src/facts/load-facts.js';
import { writeDataset } from '../../bench/generate-facts.mjs';

const dir = mkdtempSync(join(tmpdir(), 'humfig-validate-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// about 2 MB of NDJSON: read in several chunks
writeDataset(dir, { figures: 6_000, seed: 5, ndjson: true });
const file = join(dir, 'facts.ndjson');

async function validateWith(tty: boolean, json: boolean): Promise<{ err: string; out: string; code: number }> {
  const term = fakeTerminal('validating facts.ndjson', { tty, json, bytes: true });
  const { io, progress } = term;
  const code = await validateCommand(
    { files: [{ path: file, display: 'facts.ndjson', threads: 1, progress }], format: json ? 'json' : 'table', render: { color: false }, facts: { path: '', display: '' } },
    io,
  );
  return { err: term.err(), out: term.out(), code };
}

describe('validate: progress on a terminal', () => {
  it('loadFacts reports bytes read, rising to the size of the file', async () => {
    const seen: Array<[number, number | undefined]> = [];
    const loaded = await loadFacts(file, { display: 'facts.ndjson', keep: 'none', threads: 1, onProgress: (done, total) => void seen.push([done, total]) });
    expect(loaded.figures).toBe(6_000);
    expect(seen.length).toBeGreaterThan(1);
    const dones = seen.map(([d]) => d);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    const [lastDone, lastTotal] = seen.at(-1)!;
    expect(lastDone).toBe(lastTotal);
    // the header line is not counted: the total is the figures' part of the file
    expect(lastTotal).toBeLessThan(statSync(file).size);
    expect(lastTotal).toBeGreaterThan(statSync(file).size * 0.9);
  });

  it('draws a line, clears it, then prints the verdict on stdout', async () => {
    const { err, out, code } = await validateWith(true, false);
    expect(code).toBe(0);
    expect(err).toMatch(/\r\u001b\[2Khumfig: validating facts\.ndjson: \d+\.\d of \d+\.\d MiB \(\d+%\)/);
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
    expect(out).toContain('facts.ndjson: valid (6000 figures)');
  });

  it.each([
    ['piped', false, false],
    ['with JSON', true, true],
  ])('draws nothing %s', async (_, tty, json) => {
    const { err, code } = await validateWith(tty, json);
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
