/**
 * Large and streamed facts files through the binary: the NDJSON form answers like the JSON
 * document it was made from, validates with line numbers, and suggests ids it did not keep.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../bench/generate-facts.mjs';
import { humfig } from './in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-streamed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const manifest = writeDataset(dir, { figures: 2000, seed: 11, ndjson: true });
const json = join(dir, 'facts.json');
const ndjson = join(dir, 'facts.ndjson');
const id = manifest.sampleIds.middle!;

describe('a streamed facts file (.ndjson)', () => {
  it('answers get exactly as the JSON document does, in every format', async () => {
    for (const format of [['--json'], ['--format', 'csv'], ['--format', 'plain']]) {
      const fromJson = await humfig(['get', id, '--facts', json, ...format]);
      const fromNdjson = await humfig(['get', id, '--facts', ndjson, ...format]);
      expect(fromJson.code, fromJson.stderr).toBe(0);
      expect(fromNdjson).toEqual({ ...fromJson, command: fromNdjson.command });
    }
  });

  it('lists the same figures and validates with the count', async () => {
    expect((await humfig(['list', '--facts', ndjson, '--json'])).stdout).toBe((await humfig(['list', '--facts', json, '--json'])).stdout);
    const v = await humfig(['validate', ndjson]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${ndjson}: valid (2000 figures)\n`);
  });

  it('summarises as the JSON document does: headline totals, and the groups with only breakdowns named on stderr', async () => {
    // a streamed summary keeps a tally, not the figures: the answer must be the same
    const doc = JSON.parse(readFileSync(new URL('../fixtures/facts/breakdowns.json', import.meta.url), 'utf8')) as { figures: unknown[] };
    const { figures, ...header } = doc;
    const asJson = join(dir, 'breakdowns.json');
    const asNdjson = join(dir, 'breakdowns.ndjson');
    writeFileSync(asJson, JSON.stringify(doc));
    writeFileSync(asNdjson, `${[header, ...figures].map((x) => JSON.stringify(x)).join('\n')}\n`);
    for (const format of [[], ['--json'], ['--format', 'csv']]) {
      const fromJson = await humfig(['summary', '--facts', asJson, ...format]);
      const fromNdjson = await humfig(['summary', '--facts', asNdjson, ...format]);
      expect(fromJson.code, fromJson.stderr).toBe(0);
      expect(fromJson.stderr).toContain('only breakdowns');
      expect({ ...fromNdjson, stderr: fromNdjson.stderr.replaceAll(asNdjson, asJson) }).toEqual({ ...fromJson, command: fromNdjson.command });
    }
  });

  it('answers history and compare as the JSON document does, keeping only the figures a query may stand for', async () => {
    const doc = JSON.parse(readFileSync(new URL('../fixtures/facts/breakdowns.json', import.meta.url), 'utf8')) as { figures: { id: string; indicator: string }[] };
    const { figures, ...header } = doc;
    const asJson = join(dir, 'series.json');
    const asNdjson = join(dir, 'series.ndjson');
    writeFileSync(asJson, JSON.stringify(doc));
    writeFileSync(asNdjson, `${[header, ...figures].map((x) => JSON.stringify(x)).join('\n')}\n`);
    const indicator = figures[0]!.indicator;
    // an indicator, its start, a figure id, and one that is not there (the message lists every indicator of the file)
    for (const args of [['history', indicator], ['history', indicator.slice(0, 4), '--json'], ['history', figures[1]!.id], ['compare', indicator, '--json'], ['history', 'no-such-indicator'], ['compare', 'zz', '--json']]) {
      const fromJson = await humfig([...args, '--facts', asJson]);
      const fromNdjson = await humfig([...args, '--facts', asNdjson]);
      expect({ ...fromNdjson, stderr: fromNdjson.stderr.replaceAll(asNdjson, asJson) }, args.join(' ')).toEqual({ ...fromJson, command: fromNdjson.command });
    }
    const missing = await humfig(['history', 'no-such-indicator', '--facts', asNdjson]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`indicators: ${[...new Set(figures.map((f) => f.indicator))].sort().join(', ')}`);
  });

  it('suggests ids from the whole file when an id is not found', async () => {
    const typo = id.replace(/-(\d{5})-/, '-9$1-');
    const r = await humfig(['get', typo, '--facts', ndjson]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`did you mean ${id}`);
  });

  it('exits 65 naming the line of a bad figure, and validate lists every problem', async () => {
    const lines = (await humfig(['list', '--facts', ndjson, '--json'])).stdout;
    expect(lines).toContain(id);
    const text = `${[
      JSON.stringify({ format: 'humfig-facts/1', dataset: { id: 'd', title: 'D', updated: '2024-01-01' }, sources: [{ id: 's', publisher: 'P', title: 'T', published: '2024-01-01' }], places: [{ id: 'p', name: 'P' }] }),
      JSON.stringify({ id: 'a', label: 'A', indicator: 'i', value: 3, unit: 'person', qualifier: 'exact', place: 'p', asOf: '2024', source: 's', quote: 'three people' }),
      JSON.stringify({ id: 'b', label: 'B', indicator: 'i', value: -3, unit: 'person', qualifier: 'exact', place: 'q', asOf: '2024', source: 's', quote: 'three people' }),
      JSON.stringify({ id: 'c', label: 'C', indicator: 'i', value: 3, unit: 'person', qualifier: 'exact', place: 'q', asOf: '2024', source: 's', quote: 'three people' }),
    ].join('\n')}\n`;
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, text);
    const r = await humfig(['get', 'a', '--facts', bad]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^humfig: ${bad}:3:\\d+: figures\\[1\\]\\.value: must not be negative`));
    const v = await humfig(['validate', bad, '--json']);
    expect(v.code).toBe(65);
    const issues = JSON.parse(v.stdout)[0].issues.map((i: { line: number; path: string }) => `${i.line} ${i.path}`);
    expect(issues).toEqual(['3 figures[1].value', '4 figures[2].place']);
  });
});
