/**
 * `import hxl` writes no `period` where a figure's `asOf` already names its days (a year, a
 * month): the facts format says such a figure covers those days. This holds the commands to
 * that: the same import with the implied period written out on every such figure answers
 * `list`, `get --as-of`, `history` and `summary` exactly as the import without it does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humfig } from './in-process.js';
import { FIXTURES } from './run-humfig.js';

const FAMILIES = join(FIXTURES, 'hxl', 'families');
const dir = mkdtempSync(join(tmpdir(), 'humfig-implied-period-'));

interface Figure {
  id: string;
  indicator: string;
  asOf: string;
  period?: { start: string; end: string };
}

/** The days a year or a month covers, as a period. */
function implied(asOf: string): { start: string; end: string } | undefined {
  if (/^\d{4}$/.test(asOf)) return { start: `${asOf}-01-01`, end: `${asOf}-12-31` };
  const m = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (!m) return undefined;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { start: `${asOf}-01`, end: `${asOf}-${String(last).padStart(2, '0')}` };
}

/** Imports `file` twice over: as imported, and with every implied period written out. */
async function both(file: string, extra: string[]): Promise<{ lean: string; full: string; figures: Figure[]; added: number }> {
  const lean = join(dir, `${file}${extra.join('')}.json`);
  const s = await humfig(['import', 'hxl', join(FAMILIES, file), ...extra, '--out', lean]);
  expect(s.code, s.stderr).toBe(0);
  const doc = JSON.parse(readFileSync(lean, 'utf8')) as { figures: Figure[] };
  let added = 0;
  for (const f of doc.figures) {
    const p = f.period ? undefined : implied(f.asOf);
    if (p) {
      f.period = p;
      added++;
    }
  }
  const full = join(dir, `${file}${extra.join('')}.full.json`);
  writeFileSync(full, JSON.stringify(doc, null, 2));
  return { lean, full, figures: doc.figures, added };
}

/** The same command on both files: the same exit code, output and messages. */
async function same(args: string[], lean: string, full: string, normalise: (out: string) => string = (o) => o): Promise<string> {
  const a = await humfig([...args, '--facts', lean]);
  const b = await humfig([...args, '--facts', full]);
  expect(b.code, args.join(' ')).toBe(a.code);
  expect(normalise(b.stdout), args.join(' ')).toBe(normalise(a.stdout));
  expect(b.stderr, args.join(' ')).toBe(a.stderr);
  return a.stdout;
}

/** JSON output (a figure or a list of them) with the implied period shown as no period (null). */
function withoutImplied(out: string): string {
  if (out === '') return out;
  const parsed = JSON.parse(out) as Figure | Figure[];
  for (const f of Array.isArray(parsed) ? parsed : [parsed]) {
    if (f.period && JSON.stringify(f.period) === JSON.stringify(implied(f.asOf))) (f as { period: unknown }).period = null;
  }
  return JSON.stringify(parsed);
}

describe.each([
  ['hno-shaped.csv', ['--as-of', '2024']],
  ['hno-shaped.csv', ['--as-of', '2024-02']],
  ['who-gho-shaped.csv', []],
])('%s %j: the implied period written out or not, every command answers the same', (file, extra) => {
  const run = both(file, extra);

  it('has figures whose asOf is a year or a month and no period', async () => {
    expect((await run).added).toBeGreaterThan(0);
  });

  it('list --json (the period compared once the implied one is taken out), summary and history', async () => {
    const { lean, full, figures } = await run;
    expect(JSON.parse(await same(['list', '--json'], lean, full, withoutImplied))).toHaveLength(figures.length);
    await same(['summary', '--format', 'csv', '--fields', 'id,value,asOf,place'], lean, full);
    for (const indicator of new Set(figures.map((f) => f.indicator))) await same(['history', indicator, '--format', 'csv', '--fields', 'id,value,asOf,place'], lean, full);
  });

  it('get --as-of before, inside, at the end of and after each figure\'s days', async () => {
    const { lean, full, figures } = await run;
    const sample = figures.filter((f) => implied(f.asOf)).filter((_, i) => i % 7 === 0).slice(0, 6);
    let found = 0;
    for (const f of sample) {
      const days = implied(f.asOf)!;
      const year = Number(days.start.slice(0, 4));
      for (const date of [`${year - 1}-12-31`, days.start, days.end, `${year}-07-01`, `${year + 1}-06-30`]) {
        if ((await same(['get', f.id, '--as-of', date, '--json'], lean, full, withoutImplied)) !== '') found++;
      }
    }
    // the answers compared are figures found, not only 'not found' twice
    expect(found).toBeGreaterThanOrEqual(sample.length * 2);
  });
});
