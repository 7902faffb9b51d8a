/**
 * The whole ECB history (1999 to 2024, 41 currencies): the year-split table held to a full parse
 * of the file on a grid of dates, and random conversions of the built program held to a BigInt
 * oracle, through the bundled table and through an imported copy. Heavy (a 1.8 MB file parsed
 * and imported), so here rather than in npm test, which checks the same code on single days.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/domain/dates.js';
import { parseEcbFile } from '../../src/convert/ecb-import.js';
import { rateTableFromDays } from '../../src/convert/rate-table.js';
import { humfig } from '../cli/in-process.js';
import { removeScratch, scratch } from '../robustness/helpers.js';
import { BUNDLED_CSV as BUNDLED_CSV_PATH, dayNumber, oracleConvert, rawTopValue, readBundledSeries } from '../cli/convert-oracle.js';
import { BUNDLED_CSV, ECB } from '../unit/convert/helpers.js';

const scratchDir = scratch('humfig-ecb-history-');
afterAll(() => removeScratch(scratchDir));

describe('the rate table of the bundled history', () => {
  it('agrees with a full parse of the file on a grid of dates for every currency', () => {
    const parsed = rateTableFromDays(parseEcbFile(BUNDLED_CSV, 'eurofxref-hist.csv').days, ECB.source);
    expect(parsed.currencies()).toEqual(ECB.currencies());
    let checked = 0;
    for (let day = toDayNumber('1998-12-20'); day <= toDayNumber('2024-10-20'); day += 37) {
      const date = fromDayNumber(day);
      for (const currency of ECB.currencies()) {
        expect(ECB.onOrBefore(currency, date), `${currency} ${date}`).toEqual(parsed.onOrBefore(currency, date));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    for (const [currency, from, to] of [['USD', '2023-09-20', '2023-10-05'], ['ISK', '2008-12-01', '2018-02-05'], ['CYP', '2007-12-20', '2008-01-10'], ['JPY', '1999-01-01', '1999-01-08']] as const) {
      expect(ECB.range(currency, from, to)).toEqual(parsed.range(currency, from, to));
    }
  });

});

describe('the full ECB history: bundled table, imported copy, oracle, interrupted writes', () => {
  const imported = join(scratchDir, 'full.json');

  beforeAll(async () => {
    const s = await humfig(['rates', 'import', BUNDLED_CSV_PATH, '--out', imported]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toMatch(/^humfig: imported 6603 days of 41 currencies \(1999-01-04 to 2024-10-11\)/);
  });

  it('random conversions agree with a BigInt oracle over the CSV, and the imported copy gives the same output', async () => {
    const { currencies, series, days } = readBundledSeries();
    // the table's latest day on or before a date: a currency whose last rate is more than 4 days
    // older was withdrawn, suspended or paused there, and humfig refuses its old rate (exit 69)
    const dayOnOrBefore = (date: string): string | undefined => {
      for (let i = days.length - 1; i >= 0; i--) if (days[i]! <= date) return days[i];
      return undefined;
    };
    const stopped = (point: [string, string] | undefined, date: string): boolean => {
      const day = dayOnOrBefore(date);
      return point !== undefined && day !== undefined && point[0] !== '' && dayNumber(day) - dayNumber(point[0]) > 4;
    };
    const zeroDecimals = new Set(['JPY', 'ISK', 'KRW']);
    const first = dayNumber('1998-12-20');
    const last = dayNumber('2025-01-20');
    const onOrBefore = (code: string, date: string): [string, string] | undefined => {
      const points = series.get(code)!;
      for (let i = points.length - 1; i >= 0; i--) if (points[i]![0] <= date) return points[i];
      return undefined;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: first, max: last }),
        fc.constantFrom('EUR', ...currencies),
        fc.constantFrom('EUR', ...currencies),
        fc.bigInt({ min: 1n, max: 10n ** 11n }),
        async (day, from, to, cents) => {
          fc.pre(from !== to);
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
          const args = ['convert', amount, from, to, '--date', date, '--json', '--max-age', '999999'];
          const s = await humfig(args);
          const b = from === 'EUR' ? (['', '1'] as [string, string]) : onOrBefore(from, date);
          const q = to === 'EUR' ? (['', '1'] as [string, string]) : onOrBefore(to, date);
          if (!b || !q || stopped(b, date) || stopped(q, date)) {
            expect(s.code, s.command + s.stderr).toBe(69);
            return;
          }
          expect(s.code, s.command + s.stderr).toBe(0);
          const r = JSON.parse(s.stdout) as Record<string, any>;
          if (zeroDecimals.has(to)) expect(r.rounding.decimals).toBe(0);
          else if (to !== 'TRL') expect(r.rounding.decimals).toBe(2);
          expect(rawTopValue(s.stdout), s.command).toBe(oracleConvert(amount, q[1], b[1], r.rounding.decimals));
          const legs = [...(from === 'EUR' ? [] : [[from, ...b]]), ...(to === 'EUR' ? [] : [[to, ...q]])];
          expect(r.rate.legs.map((l: any) => [l.quote, l.date, l.rate])).toEqual(legs);
          const oldest = legs.map((l) => l[1]!).sort()[0]!;
          expect(r.rate).toMatchObject({ date: oldest, ageDays: day - dayNumber(oldest), derived: legs.length === 2 });
          // the imported humfig-rates/1 copy of the same history answers identically
          const viaImport = await humfig([...args, '--rates', imported]);
          expect(viaImport.stdout, viaImport.command).toBe(s.stdout);
        },
      ),
      { numRuns: 15 },
    );
  });
});
