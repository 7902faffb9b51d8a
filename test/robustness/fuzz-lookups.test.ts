/**
 * Fuzzing the lookups keyed by input (units, currencies, country names and p-codes, figure ids,
 * places, calc expressions) with the names Object.prototype carries and with deep nesting. Each
 * lookup must answer "unknown" (undefined, or a HumfigError with its exit code): never a
 * function, never a trace, never a stack overflow. Seeded (test/setup/fuzz-seed.ts): the seed
 * is printed, HUMFIG_FUZZ_SEED=<n> replays it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCountry, countryOfPcode } from '../../src/domain/countries.js';
import { currencyFromName, isCurrencyCode, resolveCurrency } from '../../src/domain/currency.js';
import { canonicalUnit, resolveUnit } from '../../src/domain/unit.js';
import { resolvePlace } from '../../src/derive/select-figures.js';
import { HumfigError } from '../../src/errors.js';
import { FactsIndex } from '../../src/facts/facts-index.js';
import type { FactsFile } from '../../src/facts/schema.js';
import { parseExpression } from '../../src/trust/expression.js';
import { fuzzSeed } from '../setup/fuzz-seed.js';

const SEED = fuzzSeed();
const RUNS = Number(process.env.HUMFIG_FUZZ_RUNS ?? 300);

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).concat(['__proto__', 'prototype', 'then']);
/** A prototype name, alone or dressed as input arrives: other case, plural, spaces, a prefix. */
const hostileWord = fc.tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('', 's', ' ', '-x'), fc.boolean()).map(([n, tail, upper]) => {
  const w = `${n}${tail}`;
  return upper ? w.toUpperCase() : w;
});

const FACTS: FactsFile = {
  format: 'humfig-facts/1',
  dataset: { id: 'd', title: 'd', updated: '2024-01-01' },
  sources: [{ id: 's', publisher: 'p', title: 't', published: '2024-01-01' }],
  places: [{ id: 'AFG', name: 'Afghanistan', iso3: 'AFG' }],
  figures: [{ id: 'displaced', label: 'l', indicator: 'displaced', value: 1, unit: 'person', qualifier: 'exact', place: 'AFG', asOf: '2024', source: 's', quote: 'q' }],
} as FactsFile;

/** Runs a lookup: it returns a plain answer or throws a HumfigError, nothing else. */
function answer(lookup: () => unknown): unknown {
  try {
    const found = lookup();
    expect(typeof found).not.toBe('function');
    return found;
  } catch (err) {
    expect(err).toBeInstanceOf(HumfigError);
    return undefined;
  }
}

describe(`lookups by input with Object.prototype names (seed ${SEED}, ${RUNS} runs)`, () => {
  it('units, currencies, countries, p-codes, places and figure ids find nothing', () => {
    const index = new FactsIndex(FACTS);
    fc.assert(
      fc.property(hostileWord, (word) => {
        expect(answer(() => canonicalUnit(word))).toBeUndefined();
        expect(answer(() => resolveUnit(word))).toBeUndefined();
        expect(answer(() => currencyFromName(word))).toBeUndefined();
        expect(isCurrencyCode(word)).toBe(false);
        expect(answer(() => resolveCurrency(word))).toBeUndefined();
        expect(answer(() => findCountry(word))).toBeUndefined();
        expect(answer(() => countryOfPcode(word))).toBeUndefined();
        expect(answer(() => resolvePlace(FACTS.places, word))).toBeUndefined();
        expect(answer(() => index.resolveFigure(word))).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('calc expressions of any nesting are parsed or refused with exit 2', () => {
    const nested = fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom('(', '-', '-('), fc.oneof(hostileWord, fc.constant('1'))).map(([depth, open, atom]) => {
      const close = open.includes('(') ? ')'.repeat(depth) : '';
      return `${open.repeat(depth)}${atom}${close}`;
    });
    fc.assert(
      fc.property(nested, (expression) => {
        try {
          parseExpression(expression);
        } catch (err) {
          expect(err).toBeInstanceOf(HumfigError);
          expect((err as HumfigError).exitCode).toBe(2);
        }
      }),
      { seed: SEED, numRuns: Math.min(RUNS, 100) },
    );
  });
});
