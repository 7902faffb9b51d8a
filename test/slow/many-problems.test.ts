/**
 * A facts file with tens of thousands of problems in one place (one figure's `stated` holding
 * numbers, objects of unknown keys under `factors`), on one line as a generator writes it: each
 * problem is located in the text by a path, once read from the start of the text each time (30,000
 * problems in one array took 71 s; 8,000 bad factors 55 s), now with each container read once.
 * Slow suite: the files are large and each problem is printed (on stdout, the count on stderr).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { humfig } from '../cli/run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-many-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Facts = { figures: Array<Record<string, unknown>>; sources: Array<Record<string, unknown>>; factors?: unknown[] };
const BUNDLED = fileURLToPath(new URL('../../data/nagorno-karabakh-2023.json', import.meta.url));

/** The bundled facts file changed by `change`, without its sources' local texts (not beside the copy). */
function write(name: string, change: (facts: Facts) => void): string {
  const facts = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Facts;
  for (const s of facts.sources) delete s.text;
  change(facts);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(facts));
  return path;
}

describe('validate: every problem of a file that has tens of thousands, each with its line and column', () => {
  it('60,000 numbers where stated equivalents belong, in one figure', () => {
    const file = write('stated.json', (f) => {
      f.figures[0]!.stated = Array.from({ length: 60_000 }, () => 1);
    });
    const s = humfig(['validate', '--facts', file]);
    expect(s.code).toBe(65);
    const lines = s.stdout.trim().split('\n');
    expect(lines).toHaveLength(60_000);
    // (one line: the columns grow by two, "1," a number, from the first to the last)
    const column = (l: string) => Number(/^[^:]+:1:(\d+): /.exec(l)![1]);
    expect(lines[0]).toMatch(/figures\[0\]\.stated\[0\]: expected an object, found a number \(1\)$/);
    expect(lines[59_999]).toMatch(/figures\[0\]\.stated\[59999\]: expected an object, found a number \(1\)$/);
    expect(column(lines[59_999]!) - column(lines[0]!)).toBe(2 * 59_999);
  });

  it('10,000 factors shaped as figures, each with keys a factor does not have', () => {
    const file = write('factors.json', (f) => {
      f.factors = Array.from({ length: 10_000 }, (_, i) => ({ ...f.figures[0], id: `f-${i}` }));
    });
    const s = humfig(['validate', '--facts', file]);
    expect(s.code).toBe(65);
    expect(s.stdout).toMatch(/:1:\d+: factors\[9999\]\.notes: unknown field 'notes'; allowed fields here: from, to, value, place, source, quote\n$/);
    expect(s.stdout.trim().split('\n').length).toBe(100_000);
    expect(s.stderr).toBe('humfig: 100000 problems in 1 of 1 file\n');
  });
});
