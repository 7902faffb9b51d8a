import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommandLine, formatExitCodes, formatItem } from '../../../src/output/help-text.js';
import { wrapWords } from '../../../src/output/wrap-text.js';
import { textWidth } from '../../../src/output/text-width.js';

/** The command a shell reads from example lines: the `$ ` taken off, continuations joined. */
const pasted = (lines: readonly string[]) => lines.join('\n').replace(/^\s*\$ /, '').replace(/ \\\n\s*/g, ' ');

describe('wrapWords', () => {
  it.each([
    ['fits as it is', 'show help', 20, ['show help']],
    ['exactly the width', 'abc de', 6, ['abc de']],
    ['breaks at spaces', 'facts file to read (default: $HUMFIG_FACTS)', 20, ['facts file to read', '(default:', '$HUMFIG_FACTS)']],
    ['never cuts a word longer than the line', 'see comma-separated-values here', 8, ['see', 'comma-separated-values', 'here']],
    ['keeps explicit newlines and empty lines', 'a b\n\nc', 10, ['a b', '', 'c']],
    ['counts wide characters as two columns', '漢字 漢字', 5, ['漢字', '漢字']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapWords(text, width)).toEqual(lines);
  });

  it('keeps every word whole and in order, and a line wider than the width is one word', () => {
    const word = fc.stringMatching(/^[a-z0-9(),.:$-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (words, width) => {
        const lines = wrapWords(words.join(' '), width);
        expect(lines.join(' ').split(' ')).toEqual(words);
        for (const line of lines) if (textWidth(line) > width) expect(line).not.toContain(' ');
      }),
    );
  });
});

describe('formatItem', () => {
  it('wraps the description beside a padded term', () => {
    expect(formatItem('--value', 10, 'print only the number, one per line', 49)).toBe('  --value     print only the number, one per line');
    expect(formatItem('--value', 10, 'print only the number, one per line', 46).split('\n')).toEqual(['  --value     print only the number, one per', '              line']);
  });

  it('puts the description under its term when too few columns are left beside the terms', () => {
    expect(formatItem('import [options] <file>', 23, 'read a file of rates into a humfig rates file', 40).split('\n')).toEqual([
      '  import [options] <file>',
      '      read a file of rates into a humfig',
      '      rates file',
    ]);
  });

  it('lays out the exit codes right-aligned, meanings wrapped beside them', () => {
    const text = formatExitCodes([[0, 'success'], [130, 'interrupted by Ctrl-C, or by a signal sent to the process']], 50);
    expect(text).toBe('\nExit codes:\n    0  success\n  130  interrupted by Ctrl-C, or by a signal sent\n       to the process\n');
  });
});

describe('formatCommandLine', () => {
  it('leaves a line that fits alone', () => {
    expect(formatCommandLine('humfig get residents', 80)).toEqual(['  $ humfig get residents']);
  });

  it('breaks between words with a continuation, a flag kept with its value, never inside quotes', () => {
    const line = "humfig rates import amd-per-usd.csv --base USD --source 'Central Bank of Armenia' --out my-rates.json";
    const lines = formatCommandLine(line, 44);
    expect(lines).toEqual(['  $ humfig rates import amd-per-usd.csv \\', '        --base USD \\', "        --source 'Central Bank of Armenia' \\", '        --out my-rates.json']);
    expect(pasted(lines)).toBe(line);
  });

  it('pastes back as the same command for any width (quotes, escapes, pipes)', () => {
    const lines = [
      "printf 'residents\\nappeal\\n' | humfig get --batch --json",
      'eval "$(humfig completion bash)"',
      'humfig list --format hxl > mine.hxl.csv && humfig import hxl mine.hxl.csv --out copy.json',
      "humfig convert 100 USD EUR --date 2023-09-29 --rate '1.05' --fields 'a b,c'",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...lines), fc.integer({ min: 10, max: 120 }), (line, width) => {
        expect(pasted(formatCommandLine(line, width))).toBe(line);
      }),
    );
  });

  it('a wrapped example is one command to bash: the words it passes are those of the original', () => {
    const line = "humfig rates import amd-per-usd.csv --base USD --source 'Central Bank of Armenia' --out my-rates.json";
    const argv = (script: string) => spawnSync('bash', ['--norc', '-c', `humfig() { printf '[%s]' "$@"; }\n${script}`], { encoding: 'utf8' }).stdout;
    const wrapped = formatCommandLine(line, 30).map((l) => l.replace(/^\s*\$ /, '')).join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    expect(argv(wrapped)).toBe(argv(line));
    expect(argv(line)).toContain('[Central Bank of Armenia]');
  });
});
