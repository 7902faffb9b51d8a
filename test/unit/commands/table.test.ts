/**
 * The table of commands (src/commands/table.ts) is what cli.ts builds commander from, and what
 * help, completion and the man page are made of: each declaration must be whole and must not
 * collide with the flags every command shares.
 */
import { describe, expect, it } from 'vitest';
import { isGroup, type LeafCommand } from '../../../src/commands/command-spec.js';
import { COMMON_FLAGS } from '../../../src/commands/shared-flags.js';
import { COMMANDS, PROGRAM } from '../../../src/commands/table.js';
import { SHELLS } from '../../../src/output/completion-script.js';

const leaves: Array<[string, LeafCommand]> = COMMANDS.flatMap((c) => (isGroup(c) ? c.commands.map((s): [string, LeafCommand] => [`${c.name} ${s.name}`, s]) : [[c.name, c]]));
const longFlag = (flags: string) => flags.split(/[ ,]+/).find((w) => w.startsWith('--'))!;

describe('the table of commands', () => {
  it('names every command once', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(PROGRAM.default.name);
  });

  it.each(leaves)('%s: distinct flags, each described, closed choices not empty, examples of humfig', (_path, spec) => {
    const flags = [...(spec.common === false ? [] : COMMON_FLAGS), ...(spec.flags ?? [])];
    const longs = flags.map((f) => longFlag(f.flags));
    expect(longs.filter((l, i) => longs.indexOf(l) !== i)).toEqual([]);
    for (const f of flags) {
      expect(f.description.trim()).not.toBe('');
      if (f.choices) expect(f.choices.length).toBeGreaterThan(0);
    }
    expect(spec.summary.trim()).not.toBe('');
    for (const e of spec.examples ?? []) expect(e).toMatch(/\bhumfig\b/);
  });

  it('offers the shells the completion scripts are written for', () => {
    const completion = leaves.find(([path]) => path === 'completion')![1];
    expect(completion.args?.[0]?.choices).toEqual(SHELLS);
  });

  it.each(leaves)('%s: loads a function that runs it', async (_path, spec) => {
    expect(typeof (await spec.load())).toBe('function');
  });
});
