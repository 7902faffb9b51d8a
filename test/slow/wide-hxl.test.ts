/**
 * `import hxl` of files 20,000 columns wide (the most it reads): every report and note about
 * columns names a few and counts the rest, and the work grows with the width, not its square.
 * Before, a file of 10,000 columns all tagged #affected ended in "internal error: Invalid string
 * length" (exit 70) and one of 20,000 ran out of memory after 45 s: each column's reason named
 * every other column. Times are not asserted (a shared machine); the size of stderr is.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { humfig } from '../cli/run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-wide-hxl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of a header row c0, c1 ..., a hashtag row and one data row, `n` columns each. */
function wideFile(name: string, n: number, tag: (i: number) => string, cell: (i: number) => string): string {
  const row = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');
  const path = join(dir, name);
  writeFileSync(path, `${row((i) => `c${i}`)}\n${row(tag)}\n${row(cell)}\n`);
  return path;
}

describe('import hxl of 20,000 columns', () => {
  it('under one hashtag: refused in one line of at most 2,000 characters that names five columns and counts the rest (exit 65)', () => {
    const file = wideFile('same.csv', 20_000, () => '#affected', () => '1');
    const out = join(dir, 'same.json');
    const s = humfig(['import', 'hxl', file, '--out', out]);
    expect(s.code, s.stderr.slice(0, 500)).toBe(65);
    expect(s.stderr).toMatch(/^humfig: .*same\.csv:2:1: no column can be read as figures: each column below says why\. Columns: 1 "c0" #affected: the same hashtag as columns 2, 3, 4, 5, 6 and 19994 more: /);
    expect(s.stderr).toMatch(/; and 19\d\d\d more columns\n$/);
    expect(s.stderr.split('\n')).toHaveLength(2);
    expect(s.stderr.length).toBeLessThan(2100);
    expect([s.stdout, existsSync(out)]).toEqual(['', false]);
  });

  it('of numbers under no hashtag beside one figure: imported, the report listing 30 unused columns and counting the rest', () => {
    const file = wideFile('untagged.csv', 20_000, (i) => (i === 0 ? '#country+code' : i === 1 ? '#affected' : ''), (i) => (i === 0 ? 'AFG' : '1'));
    const s = humfig(['import', 'hxl', file, '--as-of', '2024', '--out', join(dir, 'untagged.json')]);
    expect(s.code, s.stderr.slice(0, 500)).toBe(0);
    expect(s.stderr).toContain('  note: columns 3 "c2", 4 "c3", 5 "c4", 6 "c5" and 7 "c6" and 19993 more hold numbers but have no hashtag: not imported\n');
    expect(s.stderr).toContain('  column 32 "c31" (no hashtag): not used: no hashtag\n  ... and 19968 more columns not used (19998 in all; --format json lists every one)\n');
    expect(s.stderr.length).toBeLessThan(5000);
  });

  it('each a figure of its own, as fractions: 20,000 figures, five notes by column and a count', () => {
    const file = wideFile('fractions.csv', 20_000, (i) => `#inneed+pct+x${i}`, () => '0.5');
    const s = humfig(['import', 'hxl', file, '--as-of', '2024', '--country', 'AFG', '--out', join(dir, 'fractions.json')]);
    expect(s.code, s.stderr.slice(0, 500)).toBe(0);
    expect(s.stderr).toMatch(/^humfig: imported 20000 figures from /);
    expect(s.stderr).toContain('  note: and 19995 more columns likewise: every value lies within 0 to 1, read as fractions and scaled to percent\n');
    expect(s.stderr.length).toBeLessThan(2000);
  });

  it('one more column is refused before any row is read, in one line (exit 65), and nothing is written', () => {
    const file = wideFile('wider.csv', 20_001, () => '#affected', () => '1');
    const out = join(dir, 'wider.json');
    const s = humfig(['import', 'hxl', file, '--out', out]);
    expect([s.code, s.stderr.replace(dir, '<dir>')]).toEqual([
      65,
      'humfig: <dir>/wider.csv:2:1: the hashtag row has 20,001 columns; humfig reads at most 20,000, more than a spreadsheet holds: split the file, or write it long (one row per figure, #indicator+code and #indicator+value+num)\n',
    ]);
    expect([s.stdout, existsSync(out)]).toEqual(['', false]);
  });
});
