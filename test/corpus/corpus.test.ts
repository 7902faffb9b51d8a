/** The corpus the real-data suite reads is where it should be, and holds what its README lists. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCorpus } from './corpus.js';

const corpus = findCorpus();

describe.skipIf(!corpus)('the real-data corpus (../shared/corpus)', () => {
  it('has its reports, each text with its metadata and its hand-labelled figures', () => {
    const names = readdirSync(corpus!.path('reports'));
    const texts = names.filter((n) => n.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const stem = text.slice(0, -'.txt'.length);
      expect(existsSync(corpus!.path('reports', `${stem}.meta.json`)), stem).toBe(true);
      expect(existsSync(corpus!.path('reports', `${stem}.expected.json`)), stem).toBe(true);
    }
  });

  it('has HXL files', () => {
    expect(readdirSync(corpus!.path('hxl')).length).toBeGreaterThan(0);
  });
});
