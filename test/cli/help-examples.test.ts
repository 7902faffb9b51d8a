/**
 * The examples in `--help` (and the manual page, made from the same table) are what a newcomer
 * types first. One that names no file of its own runs on the bundled dataset, so it must work
 * there: exit 0 and something on stdout. Examples that name a file (`--facts hno.json`,
 * `extract report.txt`) show a user's own data and are not run here.
 */
import { describe, expect, it } from 'vitest';
import { isGroup, type CommandSpec } from '../../src/commands/command-spec.js';
import { COMMANDS, PROGRAM } from '../../src/commands/table.js';
import { humfig } from './in-process.js';

function examplesOf(spec: CommandSpec): string[] {
  return [...(spec.examples ?? []), ...(isGroup(spec) ? spec.commands.flatMap(examplesOf) : [])];
}

/** Shell words of an example, up to a pipe or a redirection (what follows is the shell's business). */
function wordsOf(example: string): string[] {
  const words: string[] = [];
  for (const [, sq, dq, bare] of example.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) {
    if (bare === '|' || bare === '>') break;
    words.push(sq ?? dq ?? bare!);
  }
  return words;
}

// a word that is a file name: something.json, report.txt, eurofxref-hist.zip, -
const NAMES_A_FILE = (word: string): boolean => /^[\w.-]+\.(json|csv|tsv|txt|zip|xml)$/.test(word) || word === '-';

const RUNNABLE = [...PROGRAM.examples, ...COMMANDS.flatMap(examplesOf)]
  .filter((e) => e.startsWith('humfig'))
  .map(wordsOf)
  .filter((words) => !words.some(NAMES_A_FILE));

describe('help examples on the bundled dataset', () => {
  it('are many (most examples run as they are)', () => {
    expect(RUNNABLE.length).toBeGreaterThan(20);
  });

  it.each(RUNNABLE.map((words) => [words.join(' '), words.slice(1)] as const))('$ %s', async (_shown, args) => {
    const s = await humfig(args);
    expect(`exit ${s.code}: ${s.stderr}`).toBe('exit 0: ' + s.stderr);
    expect(s.stdout).not.toBe('');
  });
});
