/**
 * Every table command in a pseudo-terminal (`script -qc`) of 80 and of 200 columns, colour on
 * as a terminal gets it: no escape fragment, no line wider than the terminal, no number cut
 * across lines, and the whole screen against a golden file (test/cli/__golden__/). One spawn of
 * `script` per width runs every command, between marker lines, in one Node (terminal-session.mjs).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/output/text-width.js';
import { humfig } from './in-process.js';
import { FIXTURES, ROOT, baseEnv } from './run-humfig.js';

const SERIES = `${FIXTURES}/facts/series.json`;
const SESSION = fileURLToPath(new URL('terminal-session.mjs', import.meta.url));
/** Each table command once (arguments as a user types them). */
const COMMANDS: ReadonlyArray<readonly string[]> = [
  [],
  ['list'],
  ['get', 'displaced-population'],
  ['sources'],
  ['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29'],
  ['rates', 'list', '--currency', 'CHF,USD', '--from', '2023-09-25', '--to', '2023-09-29'],
  ['history', 'displaced', '--place', 'district', '--chart', '--facts', SERIES],
  ['compare', 'displaced', '--facts', SERIES],
  ['compare', 'arrivals', '--as-of', '2024-03-04', '--facts', `${FIXTURES}/trust/arrivals.json`],
  ['check'],
  ['list', '--facts', SERIES],
];

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const MARK = '@@humfig-command ';
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Runs every command in one pseudo-terminal of `columns` columns; the screen of each. One Node
 * runs them all (terminal-session.mjs), each a fresh run of the built program on the terminal's
 * own streams; stderr is discarded, as `2>/dev/null` would.
 */
function inTerminal(columns: number, env: Record<string, string> = {}, commands: ReadonlyArray<readonly string[]> = COMMANDS): Map<string, string> {
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const body = `stty cols ${columns} rows 50; node ${quote(SESSION)} ${quote(MARK)} ${quote(JSON.stringify(commands))} 2>/dev/null`;
  const r = spawnSync('script', ['-qec', `bash -c ${quote(body)}`, '/dev/null'], { env: baseEnv({ TERM: 'xterm-256color', HUMFIG_PAGER: 'cat', ...env }), cwd: ROOT, encoding: 'utf8' });
  const screens = new Map<string, string>();
  let current: string | undefined;
  for (const line of r.stdout.replace(/\r\n/g, '\n').split('\n')) {
    if (line.startsWith(MARK)) screens.set((current = line.slice(MARK.length)), '');
    else if (current !== undefined) screens.set(current, `${screens.get(current)}${line}\n`);
  }
  return screens;
}

/** The numbers (grouped digits, decimals, dates, ranges) of a text. */
const numbersIn = (text: string) => new Set(text.match(/\d[\d,.–-]*\d|\d/g) ?? []);

describe.skipIf(!hasScript)('tables in a terminal', () => {
  // the numbers each command prints when nothing is wrapped, to find any cut in the terminal
  // (run in this process: only the screens need a terminal)
  const whole = new Map<string, string>();
  beforeAll(async () => {
    for (const args of COMMANDS) whole.set(args.join(' '), (await humfig([...args, '--no-color'])).stdout);
  });

  it.each([80, 200])('fit %i columns: no escape fragment, no wide line, no cut number; golden screens', async (columns) => {
    const screens = inTerminal(columns);
    expect([...screens.keys()]).toEqual(COMMANDS.map((a) => a.join(' ')));
    for (const [command, screen] of screens) {
      expect(screen.trim(), command).not.toBe('');
      const plain = screen.replace(SGR, '');
      expect(plain, `${command}: an escape fragment`).not.toMatch(/\u001b|\[(?:1|22)m/);
      for (const line of plain.split('\n')) expect(textWidth(line), `${command}: ${line}`).toBeLessThanOrEqual(columns);
      const shown = numbersIn(plain);
      for (const n of numbersIn(whole.get(command)!)) expect(shown.has(n), `${command}: ${n} cut across lines`).toBe(true);
    }
    // the fixtures' folder as written in the docs, so that the golden file is the same in any clone
    const golden = [...screens].map(([command, screen]) => `$ humfig ${command.split(FIXTURES).join('test/fixtures')}\n${screen}`).join('');
    await expect(golden).toMatchFileSnapshot(`__golden__/terminal-${columns}.txt`);
  });

  it('a terminal that reports no size (0 columns) gets tables fitted to COLUMNS, else 80: never one character a line', () => {
    const commands = [['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--no-color'], ['list', '--no-color']];
    for (const [env, width] of [[{ COLUMNS: '100' }, 100], [{}, 80]] as const) {
      const screens = [...inTerminal(0, env, commands).values()].map((s) => s.replace(/\r/g, ''));
      expect(screens[0]).toMatch(/^21,913,331\.26 USD +\(ECB 2023-09-29, via EUR, 1 CHF = 1\.0956666 USD;/);
      for (const screen of screens) {
        const widths = screen.trimEnd().split('\n').map((l) => textWidth(l));
        expect(Math.max(...widths)).toBeLessThanOrEqual(width);
        expect(Math.max(...widths)).toBeGreaterThan(60);
      }
    }
  });
});
