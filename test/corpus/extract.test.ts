/**
 * The extractor on the real labelled reports (../shared/corpus/reports, read in place), scored as
 * the corpus README says and as `npm run eval:extract` prints: the bar is 90% recall,
 * 90% precision and qualifier agreement on 95% of matches, overall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUnit } from '../../src/domain/unit.js';
import { extractFigures } from '../../src/extract/extract.js';
// @ts-expect-error: a plain ES module shared with scripts/eval-extract.mjs, without types
import { scorer } from '../../scripts/extract-score.mjs';
import { findCorpus } from './corpus.js';

const corpus = findCorpus();

describe.skipIf(!corpus)('extract on the labelled reports', () => {
  it('meets the bar: recall and precision >= 90%, qualifier agreement >= 95% of matches', () => {
    const { score } = scorer(canonicalUnit);
    const dir = corpus!.path('reports');
    const total = { labels: 0, drafts: 0, matched: 0, qualifier: 0 };
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const stem = file.slice(0, -4);
      const meta = JSON.parse(readFileSync(`${dir}/${stem}.meta.json`, 'utf8')) as { published: string; publisher: string };
      const labels = JSON.parse(readFileSync(`${dir}/${stem}.expected.json`, 'utf8')) as unknown[];
      const r = extractFigures(readFileSync(`${dir}/${file}`, 'utf8'), { published: meta.published, publisher: meta.publisher });
      // every draft validates against its own text is checked in the unit tests; here: what it finds
      const byId = new Map(r.candidates.map((c) => [c.id, c]));
      const drafts = r.draft.figures.map((f) => ({ ...f, asOf: byId.get(f.id)?.asOf ?? null }));
      const { counts } = score(labels, drafts) as { counts: typeof total };
      for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += counts[k];
    }
    expect(total.labels).toBeGreaterThan(0);
    expect(total.matched / total.labels).toBeGreaterThanOrEqual(0.9);
    expect(total.matched / total.drafts).toBeGreaterThanOrEqual(0.9);
    expect(total.qualifier / total.matched).toBeGreaterThanOrEqual(0.95);
  });
});
