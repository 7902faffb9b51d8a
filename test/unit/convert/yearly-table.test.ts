/**
 * The bundled history split by year (as scripts/build.mjs writes it) answers every lookup exactly
 * as the whole file does: same rates, same dates, across year boundaries and walks back over
 * years for withdrawn currencies.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openEcbCsvTable, openYearlyEcbTable } from '../../../src/convert/rate-table.js';

const CSV = readFileSync(new URL('../../../data/rates/eurofxref-hist.csv', import.meta.url), 'latin1');
const SOURCE = { id: 'ecb-eurofxref', name: 'ECB' };
const whole = openEcbCsvTable(CSV, SOURCE);

// split by year the way the build does: the header, then that year's rows, newest first
const [header, ...rows] = CSV.split('\n').filter((l) => l.trim() !== '');
const years = new Map<number, string[]>();
for (const row of rows) {
  const y = Number(row.slice(0, 4));
  years.set(y, [...(years.get(y) ?? []), row]);
}
/** A table over the split history that records which years it read. */
function splitTable(loaded: number[] = []) {
  return openYearlyEcbTable([...years.keys()], (y) => {
    loaded.push(y);
    return `${header}\n${years.get(y)!.join('\n')}\n`;
  }, SOURCE);
}
const yearly = splitTable();

describe('the bundled history split by year', () => {
  it.each([
    ['USD', '2023-09-29'],
    ['USD', '2024-01-01'],
    ['CHF', '2000-01-01'],
    ['CYP', '2010-01-05'],
    ['ISK', '2012-06-01'],
    ['USD', '1999-01-04'],
    ['USD', '1998-12-31'],
    ['USD', '2030-01-01'],
    ['RUB', '2024-10-11'],
  ])('%s on or before %s', (currency, date) => {
    expect(yearly.onOrBefore(currency, date)).toEqual(whole.onOrBefore(currency, date));
  });

  it('reads only the year asked for when it has the rate', () => {
    const loaded: number[] = [];
    splitTable(loaded).onOrBefore('USD', '2023-09-29');
    expect(loaded).toEqual([2023]);
  });

  it('agrees with the whole file on random dates, currencies and ranges', () => {
    const currencies = whole.currencies();
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.date({ min: new Date('1998-06-01'), max: new Date('2025-06-01'), noInvalidDate: true }), fc.integer({ min: 0, max: 40 }), (c, d, span) => {
        const date = d.toISOString().slice(0, 10);
        expect(yearly.onOrBefore(c, date)).toEqual(whole.onOrBefore(c, date));
        const to = new Date(d.getTime() + span * 86_400_000).toISOString().slice(0, 10);
        expect(yearly.range(c, date, to)).toEqual(whole.range(c, date, to));
      }),
      { numRuns: 300 },
    );
  });

  it('has the same currencies and first and last dates', () => {
    expect(yearly.currencies()).toEqual(whole.currencies());
    expect([yearly.firstDate(), yearly.lastDate()]).toEqual([whole.firstDate(), whole.lastDate()]);
  });
});
