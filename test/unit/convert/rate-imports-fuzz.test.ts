/**
 * Every importer, given edited copies of the fixtures, either reads them or refuses them with a
 * HumfigError: never another exception, never a hang. A fixed seed by default, printed; replay
 * another with HUMFIG_FUZZ_SEED=<n>.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRatesImport, type ImportQuoting } from '../../../src/convert/read-rates-import.js';
import { findRoute } from '../../../src/convert/find-route.js';
import { rateTableFromDays } from '../../../src/convert/rate-table.js';
import { HumfigError } from '../../../src/errors.js';
import { fixture } from './helpers.js';

const SEED = Number(process.env.HUMFIG_FUZZ_SEED ?? 17017);
const RUNS = 300;
const SEEDS = ['portal-usd-jpy.csv', 'sdw-quickview-usd.csv', 'portal-series-usd-jpy.csv', 'amd-per-usd.csv', 'amd-per-100-rub.csv', 'eurofxref-hist.csv', 'eurofxref-daily.xml'].map(fixture);
const QUOTINGS: ImportQuoting[] = [{ labelled: false }, { base: 'USD', labelled: true }, { base: 'AMD', per: '100', labelled: true }];

/** A fixture with a few characters replaced, inserted or deleted. */
const edited = fc
  .tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom(',', '"', '\n', '-', '.', '0', '9', 'E', 'U', 'R', ' ', 'N/A', 'EXR.M.', '\u0000', '\u00e9')), { maxLength: 6 }))
  .map(([i, edits]) => {
    let text = SEEDS[i]!;
    for (const [at, op, piece] of edits) {
      const p = at % (text.length + 1);
      text = op === 'insert' ? text.slice(0, p) + piece + text.slice(p) : op === 'delete' ? text.slice(0, p) + text.slice(p + piece.length) : text.slice(0, p) + piece + text.slice(p + 1);
    }
    return text;
  });

describe(`rate importers under edits (seed ${SEED})`, () => {
  console.log(`rate-imports fuzz: seed ${SEED}, ${RUNS} runs (replay: HUMFIG_FUZZ_SEED=${SEED})`);

  it('read or refuse with a HumfigError, zipped or not', async () => {
    await fc.assert(
      fc.asyncProperty(edited, fc.constantFrom(...QUOTINGS), fc.boolean(), async (text, quoting, zipped) => {
        const bytes = zipped ? zipSync({ 'r.csv': strToU8(text) }) : strToU8(text);
        try {
          const read = await readRatesImport(bytes, 'r.csv', quoting);
          for (const day of read.days) for (const code of Object.keys(day.rates)) expect(code).not.toBe(read.base);
        } catch (error) {
          if (!(error instanceof HumfigError)) throw error;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a route found always links the two currencies, one table step after another', () => {
    const codes = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
    const tableArb = fc.record({ base: fc.constantFrom(...codes), quotes: fc.subarray(codes, { minLength: 1 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(tableArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(...codes), fc.constantFrom(...codes), (specs, from, to) => {
        const tables = specs.map((s, i) => rateTableFromDays([{ date: `2023-01-${String(s.day).padStart(2, '0')}`, rates: Object.fromEntries(s.quotes.filter((q) => q !== s.base).map((q) => [q, '2'])) }], { id: `t${i}`, name: `t${i}` }, s.base));
        const route = findRoute(tables, from, to, '2023-01-31');
        if (route === undefined) return;
        let at = from;
        for (const step of route) {
          expect(step.inverse ? step.quote : step.base).toBe(at);
          at = step.inverse ? step.base : step.quote;
        }
        expect(at).toBe(to);
        // never longer than the currencies there are
        expect(route.length).toBeLessThan(codes.length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
