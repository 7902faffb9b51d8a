import { describe, expect, it } from 'vitest';
import { findRoute } from '../../../src/convert/find-route.js';
import { convertMoney } from '../../../src/convert/convert-money.js';
import { rateBookOf, rateTableFromDays, type RateDay, type RateTable } from '../../../src/convert/rate-table.js';
import { ConversionUnavailableError } from '../../../src/errors.js';
import { catchError } from './helpers.js';

// invented rates, chosen so that results are easy to check by hand
const table = (id: string, base: string, days: RateDay[]): RateTable => rateTableFromDays(days, { id, name: id }, base);
const ECB = table('ecb', 'EUR', [
  { date: '2023-09-28', rates: { USD: '1.05', CHF: '0.96', GBP: '0.86' } },
  { date: '2023-09-29', rates: { USD: '1.06', CHF: '0.97' } },
]);
const AMD_PER_USD = table('cba', 'USD', [
  { date: '2023-09-27', rates: { AMD: '390' } },
  { date: '2023-09-29', rates: { AMD: '400' } },
]);

/** A route as "base/quote@date[source]" steps, arrows marking direction. */
function describeRoute(tables: RateTable[], from: string, to: string, date: string): string[] | undefined {
  return findRoute(tables, from, to, date)?.map((s) => `${s.inverse ? '<' : '>'}${s.base}/${s.quote}@${s.point.date}[${s.table.source.id}]`);
}

describe('findRoute', () => {
  it.each([
    // from, to, date, route
    ['USD', 'CHF', '2023-09-29', ['<EUR/USD@2023-09-29[ecb]', '>EUR/CHF@2023-09-29[ecb]']],
    ['EUR', 'USD', '2023-09-29', ['>EUR/USD@2023-09-29[ecb]']],
    ['USD', 'EUR', '2023-09-28', ['<EUR/USD@2023-09-28[ecb]']],
    ['AMD', 'USD', '2023-09-29', ['<USD/AMD@2023-09-29[cba]']],
    ['AMD', 'CHF', '2023-09-29', ['<USD/AMD@2023-09-29[cba]', '<EUR/USD@2023-09-29[ecb]', '>EUR/CHF@2023-09-29[ecb]']],
    ['CHF', 'AMD', '2023-09-28', ['<EUR/CHF@2023-09-28[ecb]', '>EUR/USD@2023-09-28[ecb]', '>USD/AMD@2023-09-27[cba]']],
    // GBP has no rate on the 29th: the latest before it, never a later one
    ['AMD', 'GBP', '2023-09-29', ['<USD/AMD@2023-09-29[cba]', '<EUR/USD@2023-09-29[ecb]', '>EUR/GBP@2023-09-28[ecb]']],
  ] as const)('%s -> %s on %s', (from, to, date, route) => {
    expect(describeRoute([ECB, AMD_PER_USD], from, to, date)).toEqual(route);
  });

  it.each([
    ['AMD', 'CHF', '2023-09-26', 'before the first AMD rate'],
    ['AMD', 'JPY', '2023-09-29', 'a currency no table has'],
  ])('%s -> %s on %s: no route (%s)', (from, to, date) => {
    expect(findRoute([ECB, AMD_PER_USD], from, to, date)).toBeUndefined();
  });

  it('the same currency is an empty route', () => {
    expect(findRoute([ECB], 'CHF', 'CHF', '2023-09-29')).toEqual([]);
  });

  it('takes the fewest published rates, even when a longer route is fresher', () => {
    const direct = table('direct', 'USD', [{ date: '2023-01-02', rates: { CHF: '0.9' } }]);
    expect(describeRoute([ECB, direct], 'USD', 'CHF', '2023-09-29')).toEqual(['>USD/CHF@2023-01-02[direct]']);
  });

  it('among routes as short, the one whose oldest rate is newest; then the first table', () => {
    const older = table('older', 'EUR', [{ date: '2023-09-20', rates: { USD: '1.01', CHF: '0.91' } }]);
    const same = table('same', 'EUR', [{ date: '2023-09-29', rates: { USD: '1.1', CHF: '0.9' } }]);
    expect(describeRoute([older, ECB], 'USD', 'CHF', '2023-09-29')).toEqual(['<EUR/USD@2023-09-29[ecb]', '>EUR/CHF@2023-09-29[ecb]']);
    expect(describeRoute([ECB, same], 'USD', 'CHF', '2023-09-29')?.join(' ')).toContain('[ecb]');
    expect(describeRoute([same, ECB], 'USD', 'CHF', '2023-09-29')?.join(' ')).toContain('[same]');
  });

  it('a long chain of bases is followed to its end, one table per step', () => {
    // ten invented tables, each linking one currency to the next: route length = tables
    const codes = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'JJJ', 'KKK'];
    const chain = codes.slice(1).map((code, i) => table(`t${i}`, codes[i]!, [{ date: '2023-01-01', rates: { [code]: '2' } }]));
    expect(findRoute(chain.reverse(), 'AAA', 'KKK', '2023-01-01')).toHaveLength(10);
  });
});

describe('convertMoney across tables', () => {
  const book = rateBookOf([ECB, AMD_PER_USD]);

  it('1,000,000 AMD in CHF: three published rates from two sources, one final division', () => {
    const c = convertMoney({ amount: '1000000', from: 'AMD', to: 'CHF', date: '2023-09-29', table: book });
    // 1,000,000 / 400 = 2,500 USD; 2,500 / 1.06 * 0.97 = 2,287.7358490566...
    expect(c.value).toBe('2287.74');
    expect(c.exact.startsWith('2287.735849056603773584905660377358')).toBe(true);
    expect(c.rate).toMatchObject({ kind: 'table', derived: true, via: ['USD', 'EUR'], date: '2023-09-29', source: 'cba + ecb' });
    expect(c.rate.legs).toEqual([
      { base: 'USD', quote: 'AMD', rate: '400', date: '2023-09-29', source: 'cba' },
      { base: 'EUR', quote: 'USD', rate: '1.06', date: '2023-09-29', source: 'ecb' },
      { base: 'EUR', quote: 'CHF', rate: '0.97', date: '2023-09-29', source: 'ecb' },
    ]);
  });

  it('the rate date is the oldest leg, and its age counts from it', () => {
    const c = convertMoney({ amount: '1', from: 'CHF', to: 'AMD', date: '2023-09-28', table: book });
    expect(c.rate).toMatchObject({ date: '2023-09-27', ageDays: 1 });
  });

  it('there and back comes home within rounding', () => {
    const there = convertMoney({ amount: '1000000', from: 'AMD', to: 'GBP', date: '2023-09-29', table: book });
    const back = convertMoney({ amount: there.exact, from: 'GBP', to: 'AMD', date: '2023-09-29', table: book });
    expect(back.value).toBe('1000000.00');
  });

  it('no chain of rates: exit 69 naming where each currency is', () => {
    const error = catchError(() => convertMoney({ amount: '1', from: 'AMD', to: 'JPY', date: '2023-09-29', table: book }));
    expect(error).toBeInstanceOf(ConversionUnavailableError);
    expect(error.exitCode).toBe(69);
    expect(error.message).toBe('no rate for AMD -> JPY on or before 2023-09-29: no chain of rates in the 2 tables links them (AMD is in cba (per USD); no table has JPY)');
    const early = catchError(() => convertMoney({ amount: '1', from: 'AMD', to: 'CHF', date: '2023-09-26', table: book }));
    expect(early.message).toBe('no rate for AMD -> CHF on or before 2023-09-26: no chain of rates in the 2 tables links them (AMD is in cba (per USD, from 2023-09-27); CHF is in ecb (per EUR, from 2023-09-28))');
  });
});

describe('the text line of a route across tables', async () => {
  const { formatMoneyLine } = await import('../../../src/output/conversion-view.js');
  it('shows each leg with its source, date and published rates, then the rate and the rounding', () => {
    const c = convertMoney({ amount: '1000000', from: 'AMD', to: 'CHF', date: '2023-09-30', table: rateBookOf([ECB, AMD_PER_USD]) });
    const sources = [{ id: 'ecb', name: 'ECB rates', publisher: 'European Central Bank' }, { id: 'cba', name: 'Invented Bank' }];
    expect(formatMoneyLine(c, sources[0], sources)).toBe(
      '2,287.74 CHF  (2 legs: AMD to USD, Invented Bank 2023-09-29: 1 USD = 400 AMD; USD to CHF, ECB 2023-09-29: 1 EUR = 1.06 USD, 1 EUR = 0.97 CHF; 1 AMD = 0.0022877358 CHF, the oldest rate 1 day before 2023-09-30; rounded half-even to 2 decimals)',
    );
  });
});
