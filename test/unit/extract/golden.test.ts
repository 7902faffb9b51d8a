/**
 * Pins the whole output of the extractor (draft and notes) on a small text shaped like the bench's
 * 1 MB report, so that speed work on the hot paths can prove it changed nothing. A rule change that
 * alters this output is reviewed as a diff of the golden file: `npx vitest run -u test/unit/extract/golden.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/extract.js';

/** 1234567 -> "1,234,567" without the locale machinery (the test must not depend on ICU data). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Paragraphs like test/bench/bench.mjs's report: each figure different, so none merges as a repeat. */
function benchShaped(paragraphs: number): string {
  const places = ['Lower Tavarra', 'Port Ostrel', 'Varnhold', 'Kessa', 'Marl', 'Pell'];
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const p = places[i % places.length]!;
    const n = (k: number) => grouped(k + i * 7);
    parts.push(
      `As of 14 March 2024, some ${n(12000)} people have been displaced by flooding in ${p} province, and at least ${n(12)} people have been killed. ` +
        `An estimated ${n(3400)} households are sheltering in ${n(20)} evacuation centres. The Flash Appeal seeks US$${n(97)} million (CHF ${n(85)} million) to assist ${n(210000)} people; it is ${(i % 90) + 5} per cent funded. ` +
        `Partners have distributed ${n(900)} tents, and more than ${n(1100)} houses were destroyed. The road to ${p}, roughly 40 km long, was cut for three days.\n\n`,
    );
  }
  return parts.join('');
}

describe('extract output golden', () => {
  it('drafts the same figures, notes and review reasons as pinned for a bench-shaped report', async () => {
    const { draft, notes } = extractFigures(benchShaped(14), { published: '2024-03-14' });
    expect(draft.figures.length).toBeGreaterThan(100);
    await expect(JSON.stringify({ notes, draft }, null, 2) + '\n').toMatchFileSnapshot('./golden/bench-shaped.json');
  });

  it('drafts the same without the candidates\' reasons (the command skips them for JSON output)', () => {
    const text = benchShaped(14);
    const full = extractFigures(text, { published: '2024-03-14' });
    const lean = extractFigures(text, { published: '2024-03-14', reasons: false });
    expect(JSON.stringify(lean.draft)).toBe(JSON.stringify(full.draft));
    expect(lean.notes).toEqual(full.notes);
    expect(lean.candidates.map(({ reasons, ...c }) => c)).toEqual(full.candidates.map(({ reasons, ...c }) => c));
    expect(lean.candidates.every((c) => c.reasons.length === 0)).toBe(true);
    expect(full.candidates.every((c) => c.reasons.length > 0)).toBe(true);
  });
});
