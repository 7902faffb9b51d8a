/**
 * The extractor on three invented reports (an OCHA-style flash update, an IFRC-style emergency
 * appeal, a wire story with European-style numbers and a photo caption): each draft validates
 * against its text, and the figures a reader would take from it are there. Then size: a report
 * of about 100 pages, and many repeats (how long they take is for the benchmark, not a test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Candidate } from '../../../src/extract/extract.js';
import { draftIssues } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');

/** [value, unit, qualifier, indicator, place, asOf] of each candidate. */
const summary = (candidates: readonly Candidate[]) => candidates.map((c) => [c.value, c.unit, c.qualifier, c.indicator, c.place, c.asOf]);

describe('invented reports', () => {
  it('an OCHA-style flash update', () => {
    const text = fixture('flash-update-tavarra.txt');
    const r = extractFigures(text, { published: '2024-03-14', sourceFile: 'flash-update-tavarra.txt', sourceId: 'tavarra-flash-update-3', publisher: 'OCHA' });
    expect(draftIssues(r, text, 'flash-update-tavarra.txt')).toEqual([]);
    expect(summary(r.candidates)).toEqual([
      [48500, 'person', 'approximately', 'displaced', 'lower-tavarra', '2024-03-14'],
      [12, 'person', 'at-least', 'deaths', 'lower-tavarra', '2024-03-14'],
      [37, 'person', 'exact', 'injured', 'lower-tavarra', '2024-03-14'],
      [9200, 'household', 'approximately', 'households-affected', 'lower-tavarra', '2024-03-14'],
      [6400, 'person', 'more-than', 'temporary-accommodation', 'port-ostrel', '2024-03-14'],
      // centres people shelter in are evacuation centres, as camps and sites they shelter in are
      [23, 'evacuation-centre', 'exact', 'evacuation-centres', 'port-ostrel', '2024-03-14'],
      [1200, 't', 'up-to', null, 'port-ostrel', null],
      [15000, 'person', 'nearly', 'people-reached', 'port-ostrel', '2024-03-12'],
      // "roughly 40 km long" (a road) and "for six months" are not figures: no journey, nothing the duration measures
      [97000000, 'USD', 'exact', 'funding-required', 'port-ostrel', '2024-03-14'],
      [210000, 'person', 'exact', 'people-targeted', 'port-ostrel', null],
      [18, 'percent', 'exact', 'funding-coverage', 'port-ostrel', '2024-03-14'],
      [300, 'household', 'fewer-than', 'returnees', 'port-ostrel', '2024-03-14'],
    ]);
    expect(r.draft.sources[0]).toMatchObject({ id: 'tavarra-flash-update-3', publisher: 'OCHA', title: 'Lower Tavarra: Flooding Flash Update No. 3' });
    const notes = r.notes.join('\n');
    expect(notes).toContain("'two weeks' is a reporting window");
    expect(notes).toContain("'six months' is a duration that nothing near it ties to the crisis");
  });

  it('an IFRC-style emergency appeal with Swiss francs and stated equivalents', () => {
    const text = fixture('appeal-kestria.txt');
    const r = extractFigures(text, { published: '2025-02-05', sourceFile: 'appeal-kestria.txt' });
    expect(draftIssues(r, text, 'appeal-kestria.txt')).toEqual([]);
    const appeal = r.candidates[0]!;
    expect(appeal).toMatchObject({ value: 8500000, unit: 'CHF', indicator: 'funding-required', place: 'kestria' });
    expect(appeal.stated).toEqual([{ value: 9400000, unit: 'USD', qualifier: 'approximately', quote: '(US$9.4 million)' }]);
    const pledge = r.candidates.find((c) => c.unit === 'EUR')!;
    expect(pledge.stated).toEqual([{ value: 1100000, unit: 'CHF', qualifier: 'approximately', quote: '(about CHF 1.1 million)' }]);
    expect(r.candidates.filter((c) => c.unit === 'CHF').map((c) => c.value)).toEqual([8500000, 499000]);
    expect(summary(r.candidates.filter((c) => c.unit !== 'CHF' && c.unit !== 'EUR'))).toEqual([
      [64000, 'person', 'exact', 'people-targeted', 'kestria', '2025-02-05'],
      [3500, 'household', 'nearly', 'population', 'varnhold', null],
      [41, 'person', 'at-least', 'deaths', 'varnhold', '2025-02-05'],
      [2300, 'person', 'approximately', 'hospitalised', 'varnhold', '2025-02-05'],
      [750000, 'GBP', 'exact', 'funding-received', 'selk', '2025-02-05'],
      [22, 'percent', 'exact', 'funding-coverage', 'selk', '2025-02-05'],
      [1800, 'household', 'approximately', 'people-reached', 'selk', '2025-02-05'],
      [900, 't', 'exact', 'aid-delivered', 'selk', '2025-02-05'],
    ]);
    expect(r.candidates.find((c) => c.value === 499000)).toMatchObject({ indicator: 'funding-received', asOf: '2025-01-24' });
    // the United Kingdom is named as a donor, not as the place of any figure
    expect(r.candidates.map((c) => c.place)).not.toContain('GBR');
  });

  it('a wire story with European-style numbers, a date header and a photo caption', () => {
    const text = fixture('wire-ostrel-valley.txt');
    const r = extractFigures(text, { sourceFile: 'wire-ostrel-valley.txt', sourceId: 'efe-2024-11-18' });
    expect(draftIssues(r, text, 'wire-ostrel-valley.txt')).toEqual([]);
    expect(r.draft.sources[0]!.published).toBe('2024-11-18');
    expect(summary(r.candidates)).toEqual([
      [1200000, 'person', 'nearly', 'population', 'ostrel-valley', '2024-11-18'],
      [35000, 'person', 'approximately', 'people-without-shelter', 'ostrel-valley', '2024-11-18'],
      [4800, 'household', 'exact', 'households-affected', 'ostrel-valley', '2024-11-18'],
      [212, 'person', 'exact', 'deaths', 'ostrel-valley', '2024-11-17'],
      [1350, 'person', 'at-least', 'injured', 'ostrel-valley', null],
      // "2,5 million euros": a decimal comma before a scale word, in a European-style text
      [2500000, 'EUR', 'exact', 'funding-received', 'ostrel-valley', '2024-11-18'],
      // an amount with no date of its own is as of publication
      [18000000, 'EUR', 'exact', 'funding-required', 'ostrel-valley', '2024-11-18'],
    ]);
    const notes = r.notes.join('\n');
    expect(notes).toContain('numbers read in the European style');
    expect(notes).toContain('photo captions are dated 2024-11-16');
    expect(notes).not.toContain('is not in the draft'); // every number it reads, it can quote
    expect(notes).toContain('1 repeated figure(s)');
  });
});

describe('size', () => {
  // timings belong to the benchmark (npm run bench, row extract-1mb); this checks the work done, not the clock
  it('drafts every figure of a 300 KB report made of many copies, each with its own id', () => {
    const texts = ['flash-update-tavarra.txt', 'appeal-kestria.txt', 'wire-ostrel-valley.txt'].map(fixture);
    const single = texts.map((t) => extractFigures(t, { published: '2024-11-18' }).candidates.length);
    const parts: string[] = [];
    let expected = 0;
    let size = 0;
    for (let i = 0; size < 300_000; i++) {
      // vary numbers and names so that nothing is merged as a repeat
      const t = texts[i % texts.length]!
        .replace(/\d{1,3}(?:,\d{3})+/g, (m) => String(Number(m.replace(/,/g, '')) + i).replace(/\B(?=(\d{3})+$)/g, ','))
        .replace(/Port Ostrel|Varnhold|Ostrel Valley/g, (m) => `${m} ${String.fromCharCode(65 + (i % 26))}`);
      parts.push(t);
      expected += single[i % texts.length]!;
      size += t.length + 2;
    }
    const r = extractFigures(parts.join('\n\n'), { published: '2024-11-18', sourceFile: 'report.txt' });
    expect(r.candidates.length).toBeGreaterThan(1000);
    expect(r.candidates.length).toBeLessThanOrEqual(expected);
    expect(new Set(r.candidates.map((c) => c.id)).size).toBe(r.candidates.length);
  });

  it('numbers ids of a figure repeated 5,000 times in order, and bounds the notes of 20,000 bare numbers', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `About ${1000 + i} people were displaced in Tembe.`).join('\n');
    const r = extractFigures(lines, { published: '2024-03-14' });
    expect(r.candidates).toHaveLength(5000);
    expect(r.candidates[4999]!.id).toBe('displaced-tembe-5000');
    const bare = extractFigures(Array.from({ length: 20_000 }, (_, i) => String(i + 1)).join(' '), { published: '2024-03-14' });
    expect(bare.candidates).toEqual([]);
    expect(bare.notes.length).toBeLessThan(520);
    expect(bare.notes.join('\n')).toContain('more numbers not extracted');
  });
});
