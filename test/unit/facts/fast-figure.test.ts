/**
 * The fast acceptance check of large files against the zod schema it stands in for: it may
 * refuse what zod accepts (zod then decides), but it must never accept what zod refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isValidEnvelope, isValidFigure } from '../../../src/facts/fast-figure.js';
import { FIELDS } from '../../../src/facts/rules.js';
import { factsFileSchema, figureSchema, statedSchema } from '../../../src/facts/schema.js';
import { generateFacts } from '../../bench/generate-facts.mjs';

/** Runs of the random properties below: 500 (1,000 for a figure) in npm test, ten times that in npm run test:slow. */
const RUNS = Number(process.env.HUMFIG_FUZZ_RUNS ?? 500);

const generated = generateFacts({ figures: 400, seed: 7, sourceText: false }).facts.figures as Record<string, unknown>[];

/** Values that break a field in the ways files do: wrong type, empty, too long, odd case, bad dates. */
const oddValues: unknown[] = [
  null, true, 0, -1, 1.5, -0, 2 ** 53, 1e308, '', ' ', 'x', 'X', 'ABC', 'abc', 'a-b', 'a--b', '-a', 'A-b', 'usd', 'USD', 'person',
  'exact', 'about', '2023', '2023-02', '2023-02-29', '2024-02-29', '2023-13', '2023-1-01', '0000-01-01', 'x'.repeat(81), 'y'.repeat(301),
  'z'.repeat(501), 'q'.repeat(1001), 'n'.repeat(4001), [], [{}], {}, { value: 1, unit: 'person', quote: 'one' },
  [{ value: 1, unit: 'person', quote: 'one', qualifier: 'exact' }], [{ value: 1, unit: 'person', quote: 'one', extra: 1 }],
];
const fields = [...FIELDS.figure, '__proto__', 'extra'];

describe('isValidFigure', () => {
  it('names the same fields as the schema', () => {
    expect([...FIELDS.figure].sort()).toEqual(Object.keys(figureSchema.shape).sort());
    expect([...FIELDS.stated].sort()).toEqual(Object.keys(statedSchema.shape).sort());
  });

  it('accepts every figure of the generator, as zod does', () => {
    for (const f of generated) {
      expect(figureSchema.safeParse(f).success).toBe(true);
      expect(isValidFigure(f)).toBe(true);
    }
  });

  it('never accepts a figure zod refuses (one to three fields changed, added or removed)', () => {
    const edit = fc.record({ field: fc.constantFrom(...fields), value: fc.oneof(fc.constantFrom(...oddValues), fc.constant(undefined)) });
    fc.assert(
      fc.property(fc.constantFrom(...generated), fc.array(edit, { minLength: 1, maxLength: 3 }), (base, edits) => {
        // through JSON, as a file gives it: own keys only, no undefined
        const f: Record<string, unknown> = JSON.parse(JSON.stringify(base));
        for (const { field, value } of edits) {
          if (value === undefined) delete f[field];
          else Object.defineProperty(f, field, { value, enumerable: true, writable: true, configurable: true });
        }
        const v = JSON.parse(JSON.stringify(f));
        if (isValidFigure(v)) expect(figureSchema.safeParse(v).success).toBe(true);
        // and it accepts what is plainly valid: the check must not send everything to zod
        if (figureSchema.safeParse(v).success && !edits.some((e) => ['low', 'high', 'stated', 'notes'].includes(e.field))) expect(isValidFigure(v)).toBe(true);
      }),
      { numRuns: 2 * RUNS },
    );
  });

  it('refuses the values zod refuses, one field at a time', () => {
    for (const field of fields) {
      for (const value of oddValues) {
        const v = JSON.parse(JSON.stringify({ ...generated[0], [field]: value }));
        if (field === '__proto__') Object.defineProperty(v, '__proto__', { value, enumerable: true });
        expect({ field, value, fast: isValidFigure(v) }).toEqual({ field, value, fast: isValidFigure(v) && figureSchema.safeParse(v).success });
      }
    }
  });
});

describe('breakdowns, periods and places with levels', () => {
  const base = generated[0]!;
  const breakdowns: unknown[] = [
    { sex: 'f' }, { sex: 'm', age: '0-4' }, { sex: 'x' }, { sex: 'F' }, { age: '60+' }, { age: '5' }, { age: 'adults' }, { 'age-min': '18', 'age-max': '59' },
    { 'age-min': 'x' }, { sector: 'Food Security: FSC' }, { sector: '' }, { sector: 'a\nb' }, { Sector: 'x' }, { 'population-group': 'idp' },
    { sector: 'x'.repeat(201) }, {}, Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`d${i}`, 'v'])), { sector: 1 }, [], 'f', null,
  ];
  const periods: unknown[] = [
    { start: '2024-01-01', end: '2024-12-31' }, { start: '2024-12-31', end: '2024-01-01' }, { start: '2024-01-01' }, { start: '2024', end: '2024-12-31' },
    { start: '2023-02-29', end: '2023-03-01' }, { start: '2024-01-01', end: '2024-01-01', x: 1 }, null,
  ];
  it.each(breakdowns.map((b) => [JSON.stringify(b)]))('breakdown %s: fast and zod agree', (json) => {
    const v = JSON.parse(JSON.stringify({ ...base, breakdown: JSON.parse(json) }));
    expect(isValidFigure(v)).toBe(figureSchema.safeParse(v).success);
  });
  it.each(periods.map((p) => [JSON.stringify(p)]))('period %s: fast and zod agree', (json) => {
    const v = JSON.parse(JSON.stringify({ ...base, period: JSON.parse(json) }));
    expect(isValidFigure(v)).toBe(figureSchema.safeParse(v).success);
  });
  it('accepts a valid breakdown and period', () => {
    expect(isValidFigure({ ...base, breakdown: { sex: 'f', age: '0-4', sector: 'FSC' }, period: { start: '2024-01-01', end: '2024-12-31' } })).toBe(true);
  });
});

describe('isValidEnvelope', () => {
  // the bundled dataset, with every section filled: relations, rates, factors, a null url, a text, an iso3
  const bundled = JSON.parse(readFileSync(new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const sourceId = (bundled.sources as Array<{ id: string }>)[0]!.id;
  bundled.rates = [{ date: '2023-09-29', base: 'CHF', quote: 'USD', rate: '1.0935', source: sourceId, quote_text: 'one franc bought 1.09 dollars' }];
  bundled.factors = [{ from: 'person', to: 'household', value: '3.6', place: 'ARM', source: sourceId, quote: 'households of 3.6 people' }];
  const withUrl = structuredClone(bundled) as { sources: Array<Record<string, unknown>> };
  withUrl.sources[0]!.url = 'https://example.org/report?id=1#p2';
  const headerSchema = factsFileSchema.omit({ figures: true });
  const header = (doc: Record<string, unknown>) => {
    const { figures: _, ...rest } = doc;
    return rest;
  };

  /** Every object of the envelope that has fields, and the names of its fields (plus two it lacks). */
  const places: Array<{ at: (d: any) => Record<string, unknown>; fields: string[] }> = [
    { at: (d) => d, fields: ['format', 'dataset', 'sources', 'places', 'figures', 'relations', 'rates', 'factors'] },
    { at: (d) => d.dataset, fields: ['id', 'title', 'description', 'updated'] },
    { at: (d) => d.sources[0], fields: ['id', 'publisher', 'title', 'published', 'url', 'text'] },
    { at: (d) => d.places[1], fields: ['id', 'name', 'iso3'] },
    { at: (d) => d.relations[0], fields: ['part', 'whole'] },
    { at: (d) => d.rates[0], fields: ['date', 'base', 'quote', 'rate', 'source', 'quote_text'] },
    { at: (d) => d.factors[0], fields: ['from', 'to', 'value', 'place', 'source', 'quote'] },
  ];
  const envelopeOdd: unknown[] = [
    ...oddValues, 'humfig-facts/1', 'humfig-facts/2', '2023-10-01', '2023-10', '2023-02-30', '0', '0.000', '1.0594', '01.5', '1.', '-1.5', 'EUR', 'eur',
    'https://example.org', ' https://example.org', 'https://example.org\n', 'http:example.org', 'mailto:a@b.org', 'not a url', '//example.org', 'ARM', 'arm',
    'sources/x.txt', 'x'.repeat(201), 'y'.repeat(4001), [[]], [{ id: 'a' }],
  ];

  it('accepts the bundled dataset and the generator\'s documents, as zod does', () => {
    for (const doc of [bundled, withUrl, generateFacts({ figures: 50, seed: 3, sourceText: false }).facts]) {
      expect(factsFileSchema.safeParse(doc).success).toBe(true);
      expect(isValidEnvelope(doc, 'array')).toBe(true);
      expect(isValidEnvelope(header(doc as Record<string, unknown>), 'absent')).toBe(true);
      // a header has no figures, a document has them
      expect(isValidEnvelope(doc, 'absent')).toBe(false);
      expect(isValidEnvelope(header(doc as Record<string, unknown>), 'array')).toBe(false);
    }
  });

  it('never accepts a document or header zod refuses, one field of one object changed, added or removed', () => {
    // about 8,000 documents: the disagreements are gathered and compared once at the end (an
    // expect per document cost more than the checks themselves)
    const wrong: Array<{ field: string; value: unknown; check: string; fast: boolean }> = [];
    for (const base of [bundled, withUrl]) {
      for (const { at, fields } of places) {
        for (const field of [...fields, 'extra', '__proto__']) {
          for (const value of [undefined, ...envelopeOdd]) {
            const doc = structuredClone(base);
            const o = at(doc);
            if (value === undefined) delete o[field];
            else Object.defineProperty(o, field, { value, enumerable: true, writable: true, configurable: true });
            // through JSON, as a file gives it
            const v = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
            const zodDocument = factsFileSchema.safeParse(v).success;
            const fastDocument = isValidEnvelope(v, 'array');
            if (fastDocument && !zodDocument) wrong.push({ field, value, check: 'document accepted, zod refuses', fast: fastDocument });
            if ('figures' in v) {
              const fastHeader = isValidEnvelope(header(v), 'absent');
              if (fastHeader && !headerSchema.safeParse(header(v)).success) wrong.push({ field, value, check: 'header accepted, zod refuses', fast: fastHeader });
            }
            // and it accepts what is plainly valid, but for a URL zod would change (trim)
            if (zodDocument && !fastDocument && !(field === 'url' && typeof value === 'string')) wrong.push({ field, value, check: 'valid document refused', fast: fastDocument });
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never accepts a document zod refuses, two to four random edits anywhere in the envelope', () => {
    const edit = fc.record({ place: fc.nat({ max: places.length - 1 }), field: fc.nat(), value: fc.oneof(fc.constantFrom(...envelopeOdd), fc.constant(undefined)) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 4 }), (edits) => {
        const doc = structuredClone(bundled);
        for (const e of edits) {
          const { at, fields } = places[e.place]!;
          let o: Record<string, unknown> | undefined;
          try {
            o = at(doc);
          } catch {
            // an earlier edit removed the way there
          }
          if (o === null || typeof o !== 'object') continue;
          const field = [...fields, 'extra'][e.field % (fields.length + 1)]!;
          if (e.value === undefined) delete o[field];
          else o[field] = e.value;
        }
        const v = JSON.parse(JSON.stringify(doc));
        if (isValidEnvelope(v, 'array')) expect(factsFileSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
