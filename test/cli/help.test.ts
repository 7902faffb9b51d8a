/**
 * Help as a user reads it: every command's help wrapped to the width (the terminal's on a
 * terminal, else COLUMNS, else 80) without cutting a word, with its examples; the command
 * groups list their subcommands with a summary and examples.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGroup } from '../../src/commands/command-spec.js';
import { COMMANDS } from '../../src/commands/table.js';
import { textWidth } from '../../src/output/text-width.js';
import { humfig } from './in-process.js';
import { BIN, ROOT, baseEnv } from './run-humfig.js';

const VISIBLE = COMMANDS.filter((c) => !c.hidden);
/** Every help screen: the program's, each command's and each subcommand's. */
const HELP_CALLS: string[][] = [
  ['--help'],
  ...VISIBLE.flatMap((c) => (isGroup(c) ? [[c.name, '--help'], ...c.commands.map((s) => [c.name, s.name, '--help'])] : [[c.name, '--help']])),
];

/**
 * Lines wider than `width` that could have been broken: more than one word after the indent
 * (an example's `$ ` and ` \\` aside, a quoted string counted as one word).
 */
const breakable = (line: string) => line.trim().replace(/^\$ /, '').replace(/ \\$/, '').replace(/'[^']*'|"[^"]*"/g, 'Q').includes(' ');
const overflowing = (text: string, width: number) => text.split('\n').filter((l) => textWidth(l) > width && breakable(l));

describe('help fits the width', () => {
  it.each([40, 60, 100])('COLUMNS=%i when piped: no line wider that has a space to break at', async (width) => {
    for (const call of HELP_CALLS) {
      const s = await humfig(call, { env: { COLUMNS: String(width) } });
      expect(s.code, s.command).toBe(0);
      expect(overflowing(s.stdout, width), s.command).toEqual([]);
    }
  });

  it('80 columns when piped without COLUMNS (the top-level list of commands wraps too)', async () => {
    const s = await humfig(['--help']);
    expect(overflowing(s.stdout, 80)).toEqual([]);
    // its description beside it or under it, wrapped either way
    expect(s.stdout).toMatch(/^ {2}check \[options\](?: +|\n {6})claim checks: .*\n {6,}\S/m);
  });

  it('a wrapped description loses no word', async () => {
    const narrow = (await humfig(['get', '--help'], { env: { COLUMNS: '40' } })).stdout;
    const words = (text: string) => text.replace(/\s+\\\n/g, ' ').split(/\s+/).filter(Boolean);
    expect(words(narrow)).toEqual(words((await humfig(['get', '--help'], { env: { COLUMNS: '300' } })).stdout));
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('on a terminal, its width wins over COLUMNS', () => {
    const body = `stty cols 64 rows 50; COLUMNS=200 node '${BIN}' --help; COLUMNS=200 node '${BIN}' rates --help`;
    const r = spawnSync('script', ['-qec', `bash -c "${body}"`, '/dev/null'], { env: baseEnv({ TERM: 'xterm' }), cwd: ROOT, encoding: 'utf8' });
    const screen = r.stdout.replace(/\r\n/g, '\n');
    expect(screen).toContain('Exit codes:');
    expect(screen).toContain('Run \'humfig rates <command> --help\'');
    expect(overflowing(screen, 64)).toEqual([]);
    // and it is used: something is close to the edge
    expect(Math.max(...screen.split('\n').map(textWidth))).toBeGreaterThan(56);
  });
});

describe('docs/terminal.md', () => {
  it('shows the help of rates at 50 columns as humfig prints it', async () => {
    const doc = readFileSync(join(ROOT, 'docs', 'terminal.md'), 'utf8');
    const block = doc.split('$ COLUMNS=50 humfig rates --help\n...\n')[1]!.split('```')[0]!;
    expect(block).toContain('Examples:');
    expect((await humfig(['rates', '--help'], { env: { COLUMNS: '50' } })).stdout).toContain(block);
  });
});

describe('help shows examples', () => {
  const leaves = VISIBLE.flatMap((c) => (isGroup(c) ? c.commands.map((s) => ({ path: [c.name, s.name], spec: s })) : [{ path: [c.name], spec: c }]));
  it.each(leaves.filter((l) => (l.spec.examples ?? []).length > 0).map((l) => [l.path.join(' '), l] as const))('%s --help', async (_, { path, spec }) => {
    const s = await humfig([...path, '--help'], { env: { COLUMNS: '300' } });
    expect(s.stdout).toContain('\nExamples:\n');
    for (const e of spec.examples!) expect(s.stdout).toContain(`  $ ${e}\n`);
  });

  it.each(VISIBLE.filter(isGroup).map((g) => [g.name, g] as const))('the %s group lists each subcommand with its summary, and examples of each', async (name, group) => {
    for (const call of [[name, '--help'], ['help', name]]) {
      const s = await humfig(call, { env: { COLUMNS: '400' } });
      expect(s.code, s.command).toBe(0);
      const [commands = '', examples = ''] = s.stdout.split('\nExamples:\n');
      for (const sub of group.commands) {
        expect(commands, s.command).toMatch(new RegExp(`^  ${sub.name} .* ${sub.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
        expect(examples, s.command).toContain(`  $ ${sub.examples![0]}\n`);
      }
      expect(s.stdout).toContain(`Run 'humfig ${name} <${group.subject}> --help'`);
    }
  });
});
