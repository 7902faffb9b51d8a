/**
 * Large inputs that npm test leaves out: a facts document over 8 MiB (loadFacts reads it as a
 * stream), a table of 100,000 rows, and 100,000 lines of batch input in bounded memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/facts/load-facts.js';
import { renderTable } from '../../src/output/render-table.js';
import { writeDataset } from '../bench/generate-facts.mjs';
import { BIN, shell } from '../cli/run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('large JSON documents read as a stream', () => {
  it('is what loadFacts uses from 8 MiB on, falling back to the whole document to report problems', async () => {
    const big = join(dir, 'big');
    const manifest = writeDataset(big, { figures: 25_000, seed: 9 });
    const path = join(big, 'facts.json');
    const loaded = await loadFacts(path, { display: 'big.json', keep: { prefixes: [manifest.sampleIds.middle!] } });
    expect(loaded.facts.figures.map((f) => f.id)).toEqual([manifest.sampleIds.middle]);
    // it holds one figure of 25,000: the count and every id for "did you mean" are still known
    expect(loaded.figures).toBe(25_000);
    const ids = loaded.allFigureIds?.();
    expect([ids?.length, ids?.includes(manifest.sampleIds.middle!)]).toEqual([25_000, true]);
    // the same file with figures before sources: not streamable, still valid, read whole
    const doc = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(path, 'utf8')));
    const { figures, ...rest } = doc;
    writeFileSync(join(big, 'reordered.json'), JSON.stringify({ figures, ...rest }));
    const reordered = await loadFacts(join(big, 'reordered.json'), { display: 'r.json' });
    expect([reordered.facts.figures.length, reordered.figures, reordered.allFigureIds]).toEqual([25_000, 25_000, undefined]);
    // a problem in the last figure is reported with its line by the whole-document validator
    figures[24_999].value = -1;
    writeFileSync(join(big, 'bad.json'), JSON.stringify({ ...rest, figures }, null, 1));
    await expect(loadFacts(join(big, 'bad.json'), { display: 'bad.json' })).rejects.toThrow(/bad\.json:\d+:\d+: figures\[24999\]\.value: must not be negative/);
  });
});

describe('renderTable', () => {
  const records = [
    { id: 'residents', figure: 'Residents of Nagorno-Karabakh before the exodus', value: '≈120,000 people (115,000–125,000)', place: 'Nagorno-Karabakh' },
    { id: 'temporary-housing', figure: 'Refugees from Nagorno-Karabakh in temporary accommodation in Armenia', value: '35,000 people', place: 'Armenia' },
  ];
  const columns = (['id', 'figure', 'value', 'place'] as const).map((k) => ({ header: k, value: (r: (typeof records)[number]) => r[k] }));

  it('draws 100,000 rows with a constant stack', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...records[i % 2]!, id: `figure-${i}` }));
    const text = renderTable(many, columns, { color: false, width: 100 });
    expect(text).toContain('figure-99999');
  });
});

describe('batch mode', () => {
  it('streams 100,000 lines in bounded memory', async () => {
    const input = join(dir, 'ids.txt');
    writeFileSync(input, 'residents\nappeal-amount\n'.repeat(50_000));
    // /usr/bin/time reports the peak resident memory of the whole run (KiB)
    const s = shell(`/usr/bin/time -f %M -o "${dir}/rss" node "${BIN}" get --batch --format ndjson --json id < "${input}" | wc -l; cat "${dir}/rss"`);
    const [lines, rssKiB] = s.stdout.trim().split(/\s+/).map(Number);
    expect(lines).toBe(100_000);
    expect(rssKiB! / 1024).toBeLessThan(120);
  });
});
