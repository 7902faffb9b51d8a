/**
 * The bundled dataset against the article it quotes: the public ids, and for each figure the
 * value, unit and qualifier that the article's wording supports, with its quote found verbatim.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseForQuote } from '../../src/facts/check-facts.js';
import { sourceTextReader } from '../../src/facts/load-facts.js';
import type { FactsFile } from '../../src/facts/schema.js';
import { validateFactsText } from '../../src/facts/validate-facts.js';

const FILE = fileURLToPath(new URL('../../data/nagorno-karabakh-2023.json', import.meta.url));
const ARTICLE = normaliseForQuote(readFileSync(new URL('../../data/sources/nagorno-karabakh-2023-10-01.txt', import.meta.url), 'utf8'));
const facts = JSON.parse(readFileSync(FILE, 'utf8')) as FactsFile;
const byId = new Map(facts.figures.map((f) => [f.id, f]));

describe('the bundled dataset', () => {
  it('is valid, quotes included', () => {
    expect(validateFactsText(readFileSync(FILE, 'utf8'), FILE, sourceTextReader(FILE)).issues).toEqual([]);
  });

  // id, value, unit, qualifier, place, the article's own words that the quote must contain
  it.each([
    ['residents', 120000, 'person', 'approximately', 'nagorno-karabakh', "approximately 120,000 residents"],
    ['displaced-population', 120000, 'person', 'nearly', 'nagorno-karabakh', 'nearly all of'],
    ['temporary-housing', 35000, 'person', 'exact', 'ARM', '35,000 refugees are currently in temporary accommodations'],
    ['armenia-population', 2800000, 'person', 'approximately', 'ARM', 'a population of 2.8 million'],
    ['appeal-amount', 20000000, 'CHF', 'exact', 'ARM', '20 million Swiss Francs'],
    ['un-access-gap', 3, 'decade', 'approximately', 'nagorno-karabakh', 'first visit of its kind in approximately three decades'],
    ['offensive-duration', 1, 'day', 'exact', 'nagorno-karabakh', 'one-day Azerbaijani offensive'],
    ['enclave-held', 3, 'decade', 'approximately', 'nagorno-karabakh', 'holding the enclave for three decades'],
  ] as const)('%s is %d %s (%s) in %s, quoting "%s"', (id, value, unit, qualifier, place, words) => {
    const f = byId.get(id);
    expect(f, `figure ${id} is part of the public contract`).toBeDefined();
    expect(f).toMatchObject({ value, unit, qualifier, place, source: 'article-2023-10-01' });
    expect(f!.quote).toContain(words);
    expect(ARTICLE).toContain(normaliseForQuote(f!.quote));
    expect(f!.notes, 'every figure says why its date, place and qualifier were chosen').toBeTruthy();
  });

  it('keeps the dollar equivalent of the appeal as a stated equivalent, not a second figure', () => {
    expect(byId.get('appeal-amount')!.stated).toEqual([{ value: 22000000, unit: 'USD', qualifier: 'approximately', quote: '($22 million)' }]);
    expect(facts.figures.filter((f) => f.unit === 'USD')).toEqual([]);
  });

  it('never dates a figure after the article was published', () => {
    for (const f of facts.figures) expect(f.asOf <= '2023-10-01', f.id).toBe(true);
  });

  it('has a range around "nearly all" that lies within the residents range', () => {
    const d = byId.get('displaced-population')!;
    expect(d.low).toBeLessThan(d.value);
    expect(d.high).toBeLessThanOrEqual(125000);
  });
});
