/**
 * The extractor on the bundled article: it must recover every figure of the hand-made dataset
 * (value, unit, and a quote holding the same number) and invent none. Precision and recall are
 * computed figure by figure and printed once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Candidate } from '../../../src/extract/extract.js';
import { normaliseForQuote } from '../../../src/facts/check-facts.js';
import { numberForms, quoteHasNumber } from '../../../src/facts/number-forms.js';
import type { FactsFile, Figure } from '../../../src/facts/schema.js';
import { draftIssues } from './helpers.js';

const ARTICLE = readFileSync(new URL('../../../data/sources/nagorno-karabakh-2023-10-01.txt', import.meta.url), 'utf8');
const DATASET = JSON.parse(readFileSync(new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url), 'utf8')) as FactsFile;
const SOURCE_FILE = 'sources/nagorno-karabakh-2023-10-01.txt';
const result = extractFigures(ARTICLE, { published: '2023-10-01', sourceFile: SOURCE_FILE });

/** Length of the longest common substring of two quotes (lower case, white space folded). */
function overlap(a: string, b: string): number {
  const x = normaliseForQuote(a).toLowerCase();
  const y = normaliseForQuote(b).toLowerCase();
  let best = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/**
 * One-to-one matching: a candidate matches a dataset figure when value and unit are equal and
 * its quote holds the dataset's number as written; among several, the quotes sharing the
 * longest stretch of text are paired first.
 */
function match(figures: readonly Figure[], candidates: readonly Candidate[]): Map<Figure, Candidate> {
  const pairs: Array<[number, Figure, Candidate]> = [];
  for (const f of figures) {
    for (const c of candidates) {
      if (c.value === f.value && c.unit === f.unit && quoteHasNumber(c.quote, f.value)) pairs.push([overlap(f.quote, c.quote), f, c]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const out = new Map<Figure, Candidate>();
  const used = new Set<Candidate>();
  for (const [, f, c] of pairs) {
    if (out.has(f) || used.has(c)) continue;
    out.set(f, c);
    used.add(c);
  }
  return out;
}

/**
 * The dataset's figures that a draft should hold: all but the baseline population ("Armenia, a
 * nation with a population of 2.8 million"), which the dataset keeps as context and the
 * extractor, by the corpus convention, does not draft (it says so in the notes).
 */
const DRAFTABLE = DATASET.figures.filter((f) => f.id !== 'armenia-population');

describe('extractFigures on the bundled article', () => {
  const matched = match(DRAFTABLE, result.candidates);

  it('recovers every figure of the dataset and invents none (precision and recall)', () => {
    const recall = matched.size / DRAFTABLE.length;
    const precision = matched.size / result.candidates.length;
    const agree = (pick: (f: Figure, c: Candidate) => boolean) => [...matched].filter(([f, c]) => pick(f, c)).length;
    const qualifierDiffers = [...matched].filter(([f, c]) => f.qualifier !== c.qualifier).map(([f, c]) => `${f.id}: ${c.qualifier} vs ${f.qualifier}`);
    console.log(
      `extract on nagorno-karabakh-2023-10-01: precision ${matched.size}/${result.candidates.length} = ${precision.toFixed(2)}, ` +
        `recall ${matched.size}/${DRAFTABLE.length} = ${recall.toFixed(2)}; agreement with the dataset: ` +
        `qualifier ${agree((f, c) => f.qualifier === c.qualifier)}/${matched.size} (${qualifierDiffers.join('; ')}), ` +
        `indicator ${agree((f, c) => f.indicator === c.indicator)}/${matched.size}, place ${agree((f, c) => f.place === c.place)}/${matched.size}`,
    );
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });

  it.each(DRAFTABLE.map((f) => [f.id, f] as const))('%s: same value and unit, a quote overlapping the dataset quote', (_id, f) => {
    const c = matched.get(f);
    expect(c, `no candidate for ${f.id}`).toBeDefined();
    // the number as the dataset quote writes it ("120,000", "2.8 million", "three") is in the candidate's quote
    const written = numberForms(f.value).filter((form) => f.quote.toLowerCase().includes(form)).sort((a, b) => b.length - a.length)[0]!;
    expect(written).toBeDefined();
    expect(c!.quote.toLowerCase()).toContain(written);
    expect(overlap(c!.quote, f.quote)).toBeGreaterThanOrEqual(20);
  });

  it('leaves the baseline population out, with a note', () => {
    expect(result.candidates.some((c) => c.value === 2800000)).toBe(false);
    expect(result.notes.join('\n')).toContain("'2.8 million' is a baseline population, given as context; not extracted");
  });

  it('agrees with the dataset on indicators, places and qualifiers (whole decades read as approximately)', () => {
    for (const [f, c] of matched) {
      expect([f.id, c.indicator]).toEqual([f.id, f.indicator]);
      expect([f.id, c.place]).toEqual([f.id, f.place]);
      expect([f.id, c.qualifier]).toEqual([f.id, f.qualifier]);
    }
    const reasonsOf = (id: string) => result.candidates.find((c) => c.id === matched.get(DATASET.figures.find((x) => x.id === id)!)!.id)!.reasons;
    expect(reasonsOf('enclave-held')).toContain("'three' is written rounded (in whole decades): approximately");
  });

  it('gives the appeal its dollar equivalent as a stated figure, not a second figure', () => {
    const appeal = result.candidates.filter((c) => c.unit === 'CHF' || c.unit === 'USD');
    expect(appeal).toHaveLength(1);
    expect(appeal[0]).toMatchObject({
      value: 20000000,
      unit: 'CHF',
      qualifier: 'exact',
      indicator: 'funding-required',
      stated: [{ value: 22000000, unit: 'USD', qualifier: 'approximately', quote: '($22 million)' }],
    });
  });

  it('splits "nearly all of ... approximately 120,000 residents fled" into the whole and the part', () => {
    const both = result.candidates.filter((c) => c.value === 120000);
    expect(both.map((c) => [c.qualifier, c.indicator, c.quote])).toEqual([
      ['approximately', 'population', "Nagorno-Karabakh's approximately 120,000 residents"],
      ['nearly', 'displaced', "nearly all of Nagorno-Karabakh's approximately 120,000 residents fled the area in the days following the offensive"],
    ]);
  });

  it('merges the headline into the body, takes nothing from the captions, and says so', () => {
    expect(result.candidates.map((c) => c.line)).not.toContain(1);
    const captionLines = ARTICLE.split('\n').flatMap((l, i) => (/^[A-Z]+ [A-Z]+ \/ AFP/.test(l) ? [i + 1] : []));
    expect(captionLines).toHaveLength(2);
    for (const line of captionLines) expect(result.candidates.map((c) => c.line)).not.toContain(line);
    expect(result.notes.join('\n')).toContain('photo captions are dated 2023-09-28, 2023-09-29');
    expect(result.notes.join('\n')).toContain('2 repeated figure(s)');
  });

  it('drafts a valid humfig-facts/1 document whose quotes are checked against the article', () => {
    expect(draftIssues(result, ARTICLE, SOURCE_FILE)).toEqual([]);
    const { draft } = result;
    expect(draft.sources).toEqual([
      {
        id: 'source',
        publisher: 'Unknown publisher (review)',
        title: "Nearly all of Nagorno-Karabakh's approximately 120,000 residents fled the area in the days following the Azerbaijani offensive",
        published: '2023-10-01',
        url: null,
        text: SOURCE_FILE,
      },
    ]);
    expect(draft.places).toEqual(
      expect.arrayContaining([
        { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh' },
        { id: 'ARM', name: 'Armenia', iso3: 'ARM' },
      ]),
    );
    for (const f of draft.figures) {
      expect(f.notes).toMatch(/^Extracted by rule \(confidence 0\.\d\d, line \d+\)\. Review: /);
      expect(f.asOf).toMatch(/^2023-10-01$/);
    }
  });

  it('is deterministic', () => {
    expect(extractFigures(ARTICLE, { published: '2023-10-01', sourceFile: SOURCE_FILE })).toEqual(result);
  });
});
