/** Shared helpers for the extractor tests: run it, and check that its draft validates against the text. */
import { expect } from 'vitest';
import { extractFigures, type Candidate, type ExtractOptions, type ExtractionResult } from '../../../src/extract/extract.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';

export const SOURCE_FILE = 'sources/report.txt';

/** The validation issues of a result's draft, with `text` as the source text at `sourceFile`. */
export function draftIssues(result: ExtractionResult, text: string, sourceFile = SOURCE_FILE) {
  const read = (path: string) => (path === sourceFile ? { ok: true as const, text } : { ok: false as const, reason: `no file ${path}` });
  return validateFactsText(JSON.stringify(result.draft, null, 2), 'draft.json', read).issues;
}

/** Extracts from `text` (published 2024-05-20 unless given) and asserts that the draft validates. */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const result = extractFigures(text, { published: '2024-05-20', sourceFile: SOURCE_FILE, ...options });
  expect(draftIssues(result, text)).toEqual([]);
  expect(result.candidates.map((c) => c.id)).toEqual(result.draft.figures.map((f) => f.id));
  return result;
}

/** The single candidate of a sentence. */
export function only(text: string, options: ExtractOptions = {}): Candidate {
  const { candidates } = extract(text, options);
  expect(candidates, JSON.stringify(candidates, null, 2)).toHaveLength(1);
  return candidates[0]!;
}
