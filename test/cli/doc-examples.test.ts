/**
 * Every `console` block in the README and docs/ is a terminal session a newcomer can paste: each
 * `$ humfig ...` line is run (in-process, from the clone's root, the environment of run-humfig.ts)
 * and must print what the page shows under it. A page may elide with `(...)` inside a line or a
 * line `...` (any lines; `(...)` is an open parenthesis and whatever follows it up to the next line shown), may show stdout alone when the command succeeds (notes on stderr left out)
 * and may show JSON compacted.
 * The few pipes the pages use (`printf`/`echo` into humfig, humfig into `tail -N`, `grep W`,
 * `jq .field`) are done here in JS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { humfig } from './in-process.js';
import { ROOT } from './run-humfig.js';

/** Files a page's example reads that a clone does not hold (they come from HDX); commands naming them are not run. */
const DOWNLOADED = ['idmc_idps_displacement.csv', 'idmc.json'];

interface Example { page: string; command: string; expected: string[] }

function examplesOf(page: string): Example[] {
  const text = readFileSync(`${ROOT}${page}`, 'utf8');
  const examples: Example[] = [];
  for (const [, block] of text.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block!.replace(/\n$/, '').split('\n');
    for (let i = 0; i < lines.length; ) {
      let command = lines[i++]!.slice(2);
      while (command.endsWith('\\')) command = `${command.slice(0, -1)} ${lines[i++]!.trim()}`;
      const expected: string[] = [];
      while (i < lines.length && !lines[i]!.startsWith('$ ')) expected.push(lines[i++]!);
      examples.push({ page, command, expected });
    }
  }
  return examples;
}

/** Shell words of a command line: single and double quotes, `\'` not needed by the pages. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const [, sq, dq, bare] of line.matchAll(/'((?:[^'])*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) out.push(sq ?? dq?.replace(/\\(.)/g, '$1') ?? bare!);
  return out;
}

/** Runs one page command: `[printf|echo ... |] [VAR=v] humfig args [| tail -N | grep W | jq .f]`. */
async function run(command: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const stages = command.replace(/\s+#\s.*$/, '').split(/\s+\|\s+/);
  let input: string | undefined;
  const first = words(stages[0]!);
  if (first[0] === 'printf' || first[0] === 'echo') {
    input = first[0] === 'printf' ? first[1]!.replace(/\\n/g, '\n') : `${first.slice(1).join(' ')}\n`;
    stages.shift();
  }
  const argv = words(stages.shift()!);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(argv[0]!)) {
    const [name, value] = argv.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  expect(argv.shift(), command).toBe('humfig');
  const session = await humfig(argv, { env: { COLUMNS: '200', ...env }, ...(input === undefined ? {} : { input }) });
  let stdout = session.stdout;
  for (const stage of stages) {
    const [tool, arg] = words(stage);
    const lines = stdout.replace(/\n$/, '').split('\n');
    if (tool === 'tail') stdout = `${lines.slice(Number(arg)).join('\n')}\n`;
    else if (tool === 'grep') stdout = `${lines.filter((l) => l.includes(arg!)).join('\n')}\n`;
    else if (tool === 'jq') stdout = `${JSON.stringify((JSON.parse(stdout) as Record<string, unknown>)[arg!.slice(1)])}\n`;
    else throw new Error(`the test cannot run '${stage}' in: ${command}`);
  }
  return { stdout, stderr: session.stderr, code: session.code };
}

/** Whether `shown` (the page's lines) describes `actual`, with `(...)` and `...` elisions; trailing spaces and `  # note`s ignored. */
function shows(shown: string[], actual: string): boolean {
  const pattern = shown
    .map((l) => l.replace(/\s{2,}#\s.*$/, '').trimEnd())
    .map((l) => (l === '...' ? '[\\s\\S]*' : l.split('(...)').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\([\\s\\S]*?')))
    .join('\n');
  const lines = actual.replace(/\n+$/, '').split('\n').map((l) => l.trimEnd()).join('\n');
  return new RegExp(`^${pattern.replace(/\n\[\\s\\S\]\*\n/g, '[\\s\\S]*').replace(/\n+$/, '')}$`).test(lines);
}

/** Whether both texts are the same JSON value (the README shows some JSON compacted). */
function sameJson(shown: string, actual: string): boolean {
  try {
    return JSON.stringify(JSON.parse(shown)) === JSON.stringify(JSON.parse(actual));
  } catch {
    return false;
  }
}

const PAGES = ['README.md', ...readdirSync(`${ROOT}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const EXAMPLES = PAGES.flatMap(examplesOf);

describe('the console examples of the README and docs/', () => {
  it('are found (the README tour alone has more than ten)', () => {
    expect(EXAMPLES.filter((e) => e.page === 'README.md').length).toBeGreaterThan(10);
  });

  it.each(EXAMPLES.filter((e) => !DOWNLOADED.some((f) => e.command.includes(f))).map((e) => [e.page, e.command, e] as const))(
    '%s: $ %s',
    async (_page, _command, example) => {
      const got = await run(example.command);
      const both = got.stdout + got.stderr;
      // stdout alone may be shown when the command succeeded (its notes left out); JSON may be shown compacted
      const ok = (got.code === 0 && shows(example.expected, got.stdout)) || shows(example.expected, both) || sameJson(example.expected.join('\n'), got.stdout);
      expect(ok ? '' : `page shows:\n${example.expected.join('\n')}\n\nhumfig printed (exit ${got.code}):\n${both}`).toBe('');
    },
  );
});
