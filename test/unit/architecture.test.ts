/**
 * The house plan, enforced: arrows point one way (domain <- core <- output <- commands <- cli),
 * no module imports itself round a cycle, and only src/cli.ts reads process.argv.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|cjs)$/.test(f)).map((f) => f.replaceAll('\\', '/'));
// the code without its comments, which may show an import as an example
const text = new Map(files.map((f) => [f, readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')]));

/** Every module of ours a file imports (static, type-only or dynamic), as paths under src/. */
function importsOf(file: string): string[] {
  const specs = [...text.get(file)!.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(join(SRC, file)), s)).replaceAll('\\', '/').replace(/\.js$/, '.ts'));
}

/** The layer of a file: an import may point to its own layer or a lower one. errors.ts is a leaf every layer may use. */
function layer(file: string): number {
  if (file === 'errors.ts') return -1;
  const top = file.split('/')[0]!;
  if (top === 'domain') return 0;
  if (['facts', 'convert', 'derive', 'trust', 'hxl', 'extract', 'fs'].includes(top)) return 1;
  if (top === 'output') return 2;
  if (top === 'commands') return 3;
  return 4; // cli.ts, cli-context.ts, line-blocks.ts
}

describe('the architecture of src/', () => {
  it('has no arrow that points up', () => {
    const up = files.flatMap((f) => importsOf(f).filter((to) => layer(to) > layer(f) || (layer(f) === -1 && to !== f)).map((to) => `${f} -> ${to}`));
    expect(up).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...path.slice(path.indexOf(f)), f].join(' -> '));
      state.set(f, 'open');
      for (const to of importsOf(f)) if (text.has(to)) visit(to, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('reads process.argv only in cli.ts', () => {
    // process.argv, process['argv'], const { argv } = process, import { argv } from 'node:process'
    const readsArgv = /\bprocess\s*(?:\?\.|\.)\s*argv\b|\bprocess\s*\[\s*['"`]argv['"`]\s*\]|\{[^{}]*\bargv\b[^{}]*\}\s*=\s*(?:globalThis\.)?process\b|\bimport\s*\{[^}]*\bargv\b[^}]*\}\s*from\s*['"](?:node:)?process['"]/;
    expect(files.filter((f) => f !== 'cli.ts' && readsArgv.test(text.get(f)!))).toEqual([]);
    // the pattern finds each way of reading it
    for (const way of ['process.argv.slice(2)', "process['argv']", 'const { argv } = process;', "import { argv } from 'node:process';"]) expect(way).toMatch(readsArgv);
    expect(readsArgv.test(text.get('cli.ts')!)).toBe(true);
  });
});
