/**
 * `import hxl` tells how far it has got on a terminal's stderr, and nothing elsewhere: run in
 * this process with a fake terminal (a clock that moves 500 ms at each reading, and a stderr
 * that records), so that no test depends on real time.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHxlCommand } from '../../../src/commands/import-hxl.js';
import { fakeTerminal } from './fake-terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-progress-'));
const file = join(dir, 'hno.csv');
const rows = Array.from({ length: 25_000 }, (_, i) => `ML${String((i % 50) + 10).padStart(2, '0')},S${Math.floor(i / 50)},${1000 + i}`);
writeFileSync(file, ['#adm1+code,#sector+code,#inneed', ...rows].join('\n'));

/** Each (terminal, JSON) pair is imported once and its result shared by the tests that read it: 50,000 figures a run. */
const runs = new Map<string, Promise<{ err: string; out: string }>>();
function importWith(tty: boolean, json: boolean): Promise<{ err: string; out: string }> {
  const key = `${tty}-${json}`;
  if (!runs.has(key)) runs.set(key, importOnce(tty, json));
  return runs.get(key)!;
}

async function importOnce(tty: boolean, json: boolean): Promise<{ err: string; out: string }> {
  const term = fakeTerminal('importing', { tty, json });
  const { io, progress } = term;
  const out = join(dir, `out-${tty}-${json}.json`);
  const code = await importHxlCommand(
    {
      file,
      out,
      today: '2024-06-15',
      asOf: '2024',
      format: json ? 'json' : 'table',
      render: { color: false },
      facts: { path: '', display: '' },
      stdin: async () => Buffer.alloc(0),
      progress,
    },
    io,
  );
  expect(code).toBe(0);
  return { err: term.err(), out: readFileSync(out, 'utf8') };
}

describe('import hxl: progress on a terminal', () => {
  it('draws a line that counts up to 100%, clears it, then prints the report', async () => {
    const { err } = await importWith(true, false);
    const drawn = err.split('\r\u001b[2K').filter((t) => t.startsWith('humfig: importing:'));
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn).toContain('humfig: importing: 50000 of 50000 (100%)');
    // then the flush of the output to disk, which cannot be counted, is shown as waited for
    expect(drawn.at(-1)).toMatch(/^humfig: importing: flushing \d+\.\d MiB to disk \(\d+ s\)$/);
    // the line is cleared before the report, which is on a line of its own
    expect(err).toMatch(/\r\u001b\[2Khumfig: imported 25000 figures from /);
  });

  it.each([
    ['piped', false, false],
    ['with JSON', true, true],
  ])('draws nothing %s', async (_, tty, json) => {
    const { err } = await importWith(tty, json);
    expect(err).not.toContain('\r');
    expect(err).not.toContain('importing:');
  });

  it('writes the same file with or without the line', async () => {
    expect((await importWith(true, false)).out).toBe((await importWith(false, false)).out);
  });
});
