/**
 * Large and streamed facts files through the binary: the NDJSON form answers like the JSON
 * document it was made from, validates with line numbers, and suggests ids it did not keep.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../bench/generate-facts.mjs';
import { humfig } from './run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-streamed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const manifest = writeDataset(dir, { figures: 2000, seed: 11, ndjson: true });
const json = join(dir, 'facts.json');
const ndjson = join(dir, 'facts.ndjson');
const id = manifest.sampleIds.middle!;

describe('a streamed facts file (.ndjson)', () => {
  it('answers get exactly as the JSON document does, in every format', () => {
    for (const format of [['--json'], ['--format', 'csv'], ['--format', 'plain']]) {
      const fromJson = humfig(['get', id, '--facts', json, ...format]);
      const fromNdjson = humfig(['get', id, '--facts', ndjson, ...format]);
      expect(fromJson.code, fromJson.stderr).toBe(0);
      expect(fromNdjson).toEqual({ ...fromJson, command: fromNdjson.command });
    }
  });

  it('lists the same figures and validates with the count', () => {
    expect(humfig(['list', '--facts', ndjson, '--json']).stdout).toBe(humfig(['list', '--facts', json, '--json']).stdout);
    const v = humfig(['validate', ndjson]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${ndjson}: valid (2000 figures)\n`);
  });

  it('suggests ids from the whole file when an id is not found', () => {
    const typo = id.replace(/-(\d{5})-/, '-9$1-');
    const r = humfig(['get', typo, '--facts', ndjson]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`did you mean ${id}`);
  });

  it('exits 65 naming the line of a bad figure, and validate lists every problem', () => {
    const lines = humfig(['list', '--facts', ndjson, '--json']).stdout;
    expect(lines).toContain(id);
    const text = `${[
      JSON.stringify({ format: 'humfig-facts/1', dataset: { id: 'd', title: 'D', updated: '2024-01-01' }, sources: [{ id: 's', publisher: 'P', title: 'T', published: '2024-01-01' }], places: [{ id: 'p', name: 'P' }] }),
      JSON.stringify({ id: 'a', label: 'A', indicator: 'i', value: 3, unit: 'person', qualifier: 'exact', place: 'p', asOf: '2024', source: 's', quote: 'three people' }),
      JSON.stringify({ id: 'b', label: 'B', indicator: 'i', value: -3, unit: 'person', qualifier: 'exact', place: 'q', asOf: '2024', source: 's', quote: 'three people' }),
      JSON.stringify({ id: 'c', label: 'C', indicator: 'i', value: 3, unit: 'person', qualifier: 'exact', place: 'q', asOf: '2024', source: 's', quote: 'three people' }),
    ].join('\n')}\n`;
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, text);
    const r = humfig(['get', 'a', '--facts', bad]);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^humfig: ${bad}:3:\\d+: figures\\[1\\]\\.value: must not be negative`));
    const v = humfig(['validate', bad, '--json']);
    expect(v.code).toBe(65);
    const issues = JSON.parse(v.stdout)[0].issues.map((i: { line: number; path: string }) => `${i.line} ${i.path}`);
    expect(issues).toEqual(['3 figures[1].value', '4 figures[2].place']);
  });
});

describe('a large file read by two threads', () => {
  // 32 MiB and more is read by two threads: 90,000 figures make about 36 MiB
  const big = join(dir, 'big');
  const m = writeDataset(big, { figures: 90_000, seed: 12, ndjson: true });
  const bigJson = join(big, 'facts.json');
  const bigNdjson = join(big, 'facts.ndjson');
  const oneThread = { HUMFIG_THREADS: '1' };

  it('answers as one thread does, for both forms', () => {
    for (const file of [bigJson, bigNdjson]) {
      for (const args of [['get', m.sampleIds.last!, '--json'], ['get', m.sampleIds.first!, m.sampleIds.middle!, '--format', 'csv'], ['validate']]) {
        const argv = args[0] === 'validate' ? ['validate', file, '--json'] : [...args, '--facts', file];
        const two = humfig(argv);
        const one = humfig(argv, { env: oneThread });
        expect(two.code, two.stderr).toBe(0);
        expect(two).toEqual(one);
      }
      // and the second thread did read the second half
      const traced = humfig(['validate', file], { env: { HUMFIG_DEBUG: '1' } });
      expect(traced.stderr).toMatch(/: figures \d+ to 90000 read by a second thread\n/);
    }
  });

  it('warns about a HUMFIG_THREADS it does not know, and reads with two threads', () => {
    const r = humfig(['validate', bigNdjson], { env: { HUMFIG_THREADS: '4', HUMFIG_DEBUG: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^humfig: warning: HUMFIG_THREADS must be 1 or 2 \(found '4'\); using 2\n/);
    expect(r.stderr).toMatch(/read by a second thread/);
    expect(humfig(['validate', bigNdjson], { env: { HUMFIG_THREADS: '2' } }).stderr).toBe('');
    // once, however many files
    const many = humfig(['validate', bigNdjson, bigNdjson], { env: { HUMFIG_THREADS: 'x' } });
    expect(many.stderr.match(/HUMFIG_THREADS/g)).toHaveLength(1);
  });

  it('suggests ids from the whole file, read again as a stream, when an id is not found', () => {
    const typo = m.sampleIds.last!.replace(/-(\d{5})-/, '-9$1-');
    for (const file of [bigJson, bigNdjson]) {
      const r = humfig(['get', typo, '--facts', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`did you mean ${m.sampleIds.last}`);
    }
  });

  it('reports problems in the second half with the lines and indexes one thread gives', () => {
    const lines = readFileSync(bigNdjson, 'utf8').trimEnd().split('\n');
    const figure = (n: number) => JSON.parse(lines[n]!) as Record<string, unknown>;
    const edit = (n: number, change: (f: Record<string, unknown>) => void) => {
      const f = figure(n);
      change(f);
      lines[n] = JSON.stringify(f);
    };
    edit(80_000, (f) => (f.value = -1));
    edit(85_000, (f) => (f.place = 'nowhere'));
    edit(89_000, (f) => (f.id = figure(10).id));
    lines[70_000] = lines[70_000]!.replace('"unit":', '"unit":"person","unit":');
    const bad = join(big, 'bad.ndjson');
    writeFileSync(bad, `${lines.join('\n')}\n`);
    const two = humfig(['validate', bad, '--json']);
    const one = humfig(['validate', bad, '--json'], { env: oneThread });
    expect(two.code).toBe(65);
    expect(two).toEqual(one);
    const issues = JSON.parse(two.stdout)[0].issues.map((i: { line: number; path: string }) => `${i.line} ${i.path}`);
    expect(issues).toEqual(expect.arrayContaining(['70001 figures[69999].unit', '80001 figures[79999].value', '85001 figures[84999].place', '89001 figures[88999].id']));
  });
});
