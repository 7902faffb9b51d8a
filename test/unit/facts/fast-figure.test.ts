/**
 * The fast acceptance check of large files against the zod schema it stands in for: it may
 * refuse what zod accepts (zod then decides), but it must never accept what zod refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_FIELDS, STATED_FIELDS, isValidFigure } from '../../../src/facts/fast-figure.js';
import { figureSchema, statedSchema } from '../../../src/facts/schema.js';
import { generateFacts } from '../../bench/generate-facts.mjs';

const generated = generateFacts({ figures: 400, seed: 7, sourceText: false }).facts.figures as Record<string, unknown>[];

/** Values that break a field in the ways files do: wrong type, empty, too long, odd case, bad dates. */
const oddValues: unknown[] = [
  null, true, 0, -1, 1.5, -0, 2 ** 53, 1e308, '', ' ', 'x', 'X', 'ABC', 'abc', 'a-b', 'a--b', '-a', 'A-b', 'usd', 'USD', 'person',
  'exact', 'about', '2023', '2023-02', '2023-02-29', '2024-02-29', '2023-13', '2023-1-01', '0000-01-01', 'x'.repeat(81), 'y'.repeat(301),
  'z'.repeat(501), 'q'.repeat(1001), 'n'.repeat(4001), [], [{}], {}, { value: 1, unit: 'person', quote: 'one' },
  [{ value: 1, unit: 'person', quote: 'one', qualifier: 'exact' }], [{ value: 1, unit: 'person', quote: 'one', extra: 1 }],
];
const fields = [...FIGURE_FIELDS, '__proto__', 'extra'];

describe('isValidFigure', () => {
  it('names the same fields as the schema', () => {
    expect([...FIGURE_FIELDS].sort()).toEqual(Object.keys(figureSchema.shape).sort());
    expect([...STATED_FIELDS].sort()).toEqual(Object.keys(statedSchema.shape).sort());
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
      { numRuns: 5000, seed: 20261128 },
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
