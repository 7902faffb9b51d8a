/**
 * A large file (90,000 figures, about 36 MiB, in both forms) read by two threads, through the
 * binary: the same answers, problems and suggestions as one thread gives. Moved out of npm test
 * for its size (npm run test:slow).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../bench/generate-facts.mjs';
import { humfig } from '../cli/run-humfig.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a large file read by two threads', () => {
  // 32 MiB and more is read by two threads: 90,000 figures make about 36 MiB
  const big = join(dir, 'big');
  const m = writeDataset(big, { figures: 90_000, seed: 12, ndjson: true });
  const bigJson = join(big, 'facts.json');
  const bigNdjson = join(big, 'facts.ndjson');
  const oneThread = { HUMFIG_THREADS: '1' };

  it('answers as one thread does, for both forms', () => {
    for (const file of [bigJson, bigNdjson]) {
      for (const args of [['get', m.sampleIds.last!, '--json'], ['get', m.sampleIds.first!, m.sampleIds.middle!, '--format', 'csv'], ['summary', '--json'], ['validate']]) {
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
