/**
 * `rates import` of a long table tells how far it has got on a terminal's stderr, and nothing
 * elsewhere: run in this process with a fake terminal (a clock that moves 500 ms at each
 * reading), so that no test depends on real time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeTerminal } from './fake-terminal.js';
import { ratesImportCommand } from '../../../src/commands/rates-import.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-rates-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// 2,000 days of 10 currencies per USD: 20,000 lines of an invented bank's table
const currencies = ['AMD', 'GEL', 'KES', 'UGX', 'TZS', 'NGN', 'GHS', 'XOF', 'ETB', 'ZMW'];
const rows: string[] = ['date,currency,rate'];
for (let day = 0; day < 2000; day++) {
  const date = new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  currencies.forEach((c, k) => rows.push(`${date},${c},${100 + k}.${String(day % 1000).padStart(3, '0')}`));
}
const file = join(dir, 'bank.csv');
writeFileSync(file, `${rows.join('\n')}\n`);

async function importWith(tty: boolean, json: boolean): Promise<{ err: string; out: string }> {
  const term = fakeTerminal('importing rates (lines)', { tty, json });
  const { io, progress } = term;
  const out = join(dir, `out-${tty}-${json}.json`);
  rmSync(out, { force: true });
  const code = await ratesImportCommand(
    { file, out, base: 'USD', source: 'Invented Bank', format: json ? 'json' : 'table', render: { color: false }, facts: { path: '', display: '' }, progress },
    io,
  );
  expect(code).toBe(0);
  return { err: term.err(), out: readFileSync(out, 'utf8') };
}

describe('rates import: progress on a terminal', () => {
  it('draws a line counting the lines, clears it, then prints the report', async () => {
    const { err } = await importWith(true, false);
    expect(err).toMatch(/\r\u001b\[2Khumfig: importing rates \(lines\): \d+ of 20002 \(\d+%\)/);
    expect(err).toMatch(/\r\u001b\[2Khumfig: imported 2000 days of 10 currencies /);
  });

  it.each([
    ['piped', false, false],
    ['with JSON', true, true],
  ])('draws nothing %s', async (_, tty, json) => {
    const { err } = await importWith(tty, json);
    expect(err).not.toContain('\r');
  });

  it('writes the same rates with or without the line', async () => {
    expect((await importWith(true, false)).out).toBe((await importWith(false, false)).out);
  });
});
