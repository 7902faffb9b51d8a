/**
 * `import hxl` of a file without `#date+published`: its source is dated by what the figures
 * show, never by the day of the import, so the same file imports to the same facts any day.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humfig } from './in-process.js';
import { FIXTURES } from './run-humfig.js';

const HNO = join(FIXTURES, 'hxl', 'families', 'hno-shaped.csv');

describe('import hxl: a source without a publication date', () => {
  it('is dated from its figures (the first day of the latest), the same whatever the day of the import', async () => {
    const published: string[] = [];
    for (const today of ['2024-06-01', '2031-03-15']) {
      const s = await humfig(['import', 'hxl', HNO, '--as-of', '2024'], { env: { HUMFIG_TODAY: today } });
      expect(s.code, s.stderr).toBe(0);
      const facts = JSON.parse(s.stdout) as { sources: Array<{ published: string }> };
      published.push(...facts.sources.map((x) => x.published));
    }
    // figures of 2024 hold from 2024-01-01: their source cannot have been published before
    expect(published).toEqual(['2024-01-01', '2024-01-01']);
  });

  it('says in the title that the date is an estimate, as cite shows it; a date given with --published is not one', async () => {
    const s = await humfig(['import', 'hxl', HNO, '--as-of', '2024']);
    const facts = JSON.parse(s.stdout) as { sources: Array<{ title: string }> };
    expect(facts.sources[0]!.title).toMatch(/\[publication date not in the file: estimated from its figures\]$/);
    const given = await humfig(['import', 'hxl', HNO, '--as-of', '2024', '--published', '2024-02-01'], { env: { HUMFIG_TODAY: '2024-06-01' } });
    expect((JSON.parse(given.stdout) as { sources: Array<{ title: string }> }).sources[0]!.title).not.toContain('estimated');
  });
});
