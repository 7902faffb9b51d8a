import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMoney, formatRate, NO_RATE_HINTS, type FactsRate, type MoneyRequest } from '../../../src/convert/convert-money.js';
import { Dec } from '../../../src/convert/decimal.js';
import { currencyDecimals } from '../../../src/domain/currency.js';
import { ConversionUnavailableError, UsageError } from '../../../src/errors.js';
import { catchError, ECB } from './helpers.js';

/** A conversion against the bundled ECB table. */
function convert(amount: string, from: string, to: string, date: string, extra: Partial<MoneyRequest> = {}) {
  return convertMoney({ amount, from, to, date, table: ECB, ...extra });
}

describe('convertMoney against the bundled ECB rates (hand-checked)', () => {
  it('20,000,000 CHF in USD on 2023-09-29', () => {
    expect(convert('20000000', 'CHF', 'USD', '2023-09-29')).toEqual({
      amount: '20000000',
      from: 'CHF',
      to: 'USD',
      value: '21913331.26',
      exact: '21913331.26486710104457544730582273244389',
      rounding: { mode: 'half-even', decimals: 2 },
      rate: {
        value: '1.095666563243355052228772365291136622195',
        date: '2023-09-29',
        requestedDate: '2023-09-29',
        ageDays: 0,
        source: 'ecb-eurofxref',
        kind: 'table',
        derived: true,
        via: ['EUR'],
        legs: [
          { base: 'EUR', quote: 'CHF', rate: '0.9669', date: '2023-09-29', source: 'ecb-eurofxref' },
          { base: 'EUR', quote: 'USD', rate: '1.0594', date: '2023-09-29', source: 'ecb-eurofxref' },
        ],
      },
    });
  });

  it.each([
    // amount, from, to, requested date, value, rate date, age in days
    ['20000000', 'CHF', 'USD', '2023-09-30', '21913331.26', '2023-09-29', 1], // Saturday: Friday's rate
    ['20000000', 'CHF', 'USD', '2023-10-01', '21913331.26', '2023-09-29', 2], // Sunday
    ['1000', 'USD', 'JPY', '1999-01-04', '113436', '1999-01-04', 0], // first day; JPY has no decimals
    ['100', 'EUR', 'GBP', '2024-10-11', '83.70', '2024-10-11', 0], // last day; 83.705 ties to even
    ['250000', 'USD', 'EUR', '2024-10-11', '228560.98', '2024-10-11', 0],
    ['1000000', 'GBP', 'KRW', '2015-06-15', '1732789605', '2015-06-15', 0],
    ['5000', 'EUR', 'ISK', '2018-02-01', '625050', '2018-02-01', 0], // ISK quoted again after its pause
    ['1000', 'CYP', 'EUR', '2007-12-31', '1708.60', '2007-12-31', 0], // its last day before the euro
    ['750000', 'RUB', 'USD', '2022-03-04', '6993.75', '2022-03-01', 3], // legs of different days: the older one
    ['12345.67', 'SEK', 'NOK', '2020-02-29', '12016.03', '2020-02-28', 1],
    ['1', 'USD', 'IDR', '2023-09-29', '15465.00', '2023-09-29', 0],
  ])('%s %s -> %s on %s = %s (rate of %s, %i days old)', (amount, from, to, date, value, rateDate, age) => {
    const result = convert(amount, from, to, date);
    expect(result.value).toBe(value);
    expect(result.rate.date).toBe(rateDate);
    expect(result.rate.ageDays).toBe(age);
    expect(result.rate.requestedDate).toBe(date);
  });

  it.each([
    // from, to, date, what the message says
    ['EUR', 'ISK', '2010-06-01', 'quotes no ISK after 2008-12-09, though it publishes other rates up to 2010-06-01 (the currency was withdrawn, suspended or paused)'],
    ['RUB', 'USD', '2022-03-07', 'quotes no RUB after 2022-03-01, though it publishes other rates up to 2022-03-07'],
    ['HRK', 'EUR', '2023-06-01', 'HRK was replaced by the euro on 2023-01-01 at the fixed rate of 7.53450 HRK per euro'],
    ['CYP', 'EUR', '2024-10-11', 'CYP was replaced by the euro on 2008-01-01 at the fixed rate of 0.585274 CYP per euro'],
    ['USD', 'TRL', '2010-01-04', 'TRL was replaced by the new Turkish lira (TRY) on 2005-01-01'],
  ])('%s -> %s on %s: a currency the table stopped quoting is refused (exit 69), never converted at its last rate', (from, to, date, says) => {
    const e = catchError(() => convert('1000', from, to, date));
    expect(e).toBeInstanceOf(ConversionUnavailableError);
    expect((e as ConversionUnavailableError).message).toContain(says);
    expect((e as ConversionUnavailableError).message).toContain('its last rate is not used for a later day');
    expect((e as ConversionUnavailableError).hints).toEqual([...NO_RATE_HINTS]);
  });

  it('a pair with EUR has one leg and is not derived', () => {
    const result = convert('100', 'EUR', 'GBP', '2024-10-11');
    expect(result.rate).toMatchObject({ value: '0.83705', derived: false, legs: [{ base: 'EUR', quote: 'GBP', rate: '0.83705', date: '2024-10-11' }] });
    expect(result.exact).toBe('83.705');
    const back = convert('100', 'GBP', 'EUR', '2024-10-11');
    expect(back.rate.legs).toEqual([{ base: 'EUR', quote: 'GBP', rate: '0.83705', date: '2024-10-11', source: 'ecb-eurofxref' }]);
    expect(back.value).toBe('119.47');
  });

  it('a currency converted to itself uses rate 1 and needs no table value', () => {
    const result = convert('1234.565', 'AMD', 'amd', '1990-01-01');
    expect(result).toMatchObject({ value: '1234.56', exact: '1234.565', rate: { value: '1', kind: 'identity', legs: [], ageDays: 0 } });
  });

  it('refuses a --rate other than 1 for a currency converted to itself, and takes 1', () => {
    expect(() => convert('100', 'USD', 'usd', '2024-10-11', { userRate: '1.2' })).toThrow("--rate 1.2 given for USD to USD: a currency's rate to itself is 1");
    expect(convert('100', 'USD', 'USD', '2024-10-11', { userRate: '1.000' }).value).toBe('100.00');
  });

  it('accepts currency names', () => {
    expect(convert('20000000', 'swiss francs', '$', '2023-09-29').value).toBe('21913331.26');
  });

  it.each([
    ['1e15', 'USD', 'EUR', '914243920277930.15'],
    ['0.000001', 'USD', 'EUR', '0.00'],
    ['0.000001', 'EUR', 'IDR', '0.02'],
  ])('handles extreme amounts: %s %s -> %s', (amount, from, to, value) => {
    expect(convert(amount, from, to, '2024-10-11').value).toBe(value);
  });

  it('keeps 40 significant digits in the exact result of a huge amount', () => {
    expect(convert('1e15', 'USD', 'EUR', '2024-10-11').exact).toBe('914243920277930.1517644907661364051929055');
  });
});

describe('unavailable conversions', () => {
  it.each([
    ['USD', 'EUR', '1998-12-31', 'European Central Bank euro foreign exchange reference rates has no USD rate on or before 1998-12-31 (its first is of 1999-01-04)'],
    ['CHF', 'AMD', '2023-09-29', 'European Central Bank euro foreign exchange reference rates has no AMD rates'],
    ['AZN', 'EUR', '2023-09-29', 'has no AZN rates'],
    ['BRL', 'USD', '2007-12-31', 'has no BRL rate on or before 2007-12-31 (its first is of 2008-01-02)'],
  ])('%s -> %s on %s', (from, to, date, reason) => {
    const error = catchError(() => convert('100', from, to, date));
    expect(error).toBeInstanceOf(ConversionUnavailableError);
    expect(error.exitCode).toBe(69);
    expect(error.message).toContain(`no rate for ${from} -> ${to} on or before ${date}: `);
    expect(error.message).toContain(reason);
    expect(error.hints).toEqual(['give a rate with --rate <decimal>', 'add a dated rate to the facts file\'s "rates"', 'or use --rates <file> with a table that has it']);
    expect(NO_RATE_HINTS).toEqual(error.hints);
  });
});

describe('usage errors', () => {
  it('an unknown currency suggests codes', () => {
    const error = catchError(() => convert('1', 'CHF', 'USX', '2023-09-29'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe("unknown currency 'USX'");
    expect(error.hints[0]).toMatch(/did you mean .*USD/);
  });

  it.each([
    [{ amount: 'lots' }, "'lots' is not a valid amount"],
    [{ date: '2023-02-30' }, "'2023-02-30' is not a real calendar date"],
    [{ date: 'yesterday' }, 'write YYYY-MM-DD'],
    [{ userRate: '0' }, "rate '0' must be greater than 0"],
    [{ userRate: 'x' }, "'x' is not a valid rate"],
  ])('%j -> %s', (patch, message) => {
    const error = catchError(() => convertMoney({ amount: '1', from: 'CHF', to: 'USD', date: '2023-09-29', table: ECB, ...patch }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain(message);
  });
});

describe('rate precedence: user, then facts, then table', () => {
  const facts: FactsRate[] = [
    { date: '2023-09-01', base: 'USD', quote: 'AMD', rate: '386.5', source: 'cba', quote_text: '1 USD = 386.5 AMD' },
    { date: '2023-09-20', base: 'AMD', quote: 'USD', rate: '0.0025', source: 'cba' },
    { date: '2023-10-15', base: 'USD', quote: 'AMD', rate: '400', source: 'cba' }, // later than requested: never used
    { date: '2023-09', base: 'CHF', quote: 'USD', rate: '1.1', source: 'monthly' }, // a month: as of 2023-09-30
  ];

  it('a user rate wins over facts and table', () => {
    const result = convert('100', 'USD', 'AMD', '2023-09-29', { userRate: '390', factsRates: facts });
    expect(result.value).toBe('39000.00');
    expect(result.rate).toMatchObject({ kind: 'user', source: 'user', value: '390', date: '2023-09-29', ageDays: 0, derived: false });
    expect(result.rate.legs).toEqual([{ base: 'USD', quote: 'AMD', rate: '390', date: '2023-09-29', source: 'user' }]);
  });

  it('facts: the latest rate on or before the date, direct or inverse', () => {
    const result = convert('100', 'USD', 'AMD', '2023-09-29', { factsRates: facts, factsSourceLabel: (id) => `Central Bank of Armenia (${id})` });
    // the inverse AMD->USD quote of 2023-09-20 is later than the direct one of 2023-09-01
    expect(result.rate).toMatchObject({ kind: 'facts', value: '400', date: '2023-09-20', ageDays: 9, source: 'Central Bank of Armenia (cba)', derived: false });
    expect(result.rate.legs).toEqual([{ base: 'AMD', quote: 'USD', rate: '0.0025', date: '2023-09-20', source: 'Central Bank of Armenia (cba)' }]);
    expect(result.value).toBe('40000.00');
    const earlier = convert('100', 'AMD', 'USD', '2023-09-10', { factsRates: facts });
    expect(earlier.rate.legs[0]).toMatchObject({ base: 'USD', quote: 'AMD', rate: '386.5', quote_text: '1 USD = 386.5 AMD' });
    expect(earlier.exact).toBe('0.2587322121604139715394566623544631306598');
    expect(earlier.value).toBe('0.26');
  });

  it('facts: a monthly rate counts from the month’s last day', () => {
    expect(convert('100', 'CHF', 'USD', '2023-09-29', { factsRates: facts }).rate.kind).toBe('table');
    const result = convert('100', 'CHF', 'USD', '2023-10-02', { factsRates: facts });
    expect(result.rate).toMatchObject({ kind: 'facts', date: '2023-09', ageDays: 2 });
    expect(result.value).toBe('110.00');
  });

  it('falls back to the table when facts have no rate for the pair', () => {
    expect(convert('20000000', 'CHF', 'USD', '2023-09-29', { factsRates: [facts[0]!] }).rate.kind).toBe('table');
  });
});

describe('rounding', () => {
  it.each([
    ['1', '0.125', 'USD', '0.12'], // tie: down to even
    ['1', '0.135', 'USD', '0.14'], // tie: up to even
    ['1', '0.1250001', 'USD', '0.13'],
    ['1', '2.5', 'JPY', '2'],
    ['3', '0.5', 'JPY', '2'], // 1.5 -> 2
    ['1', '1.0005', 'KWD', '1.000'],
    ['1', '1.0015', 'KWD', '1.002'],
    ['12.3456', '0.30712', 'KWD', '3.792'],
  ])('%s at rate %s into %s -> %s', (amount, rate, to, value) => {
    const result = convert(amount, 'EUR', to, '2024-10-11', { userRate: rate });
    expect(result.value).toBe(value);
    expect(result.rounding).toEqual({ mode: 'half-even', decimals: currencyDecimals(to) });
  });

  it('formatRate shows a derived rate to 8 significant digits', () => {
    expect(formatRate(convert('1', 'CHF', 'USD', '2023-09-29').rate.value)).toBe('1.0956666');
  });
});

describe('properties (bundled table)', () => {
  const codes = ['USD', 'JPY', 'GBP', 'CHF', 'KRW', 'IDR', 'ZAR', 'TRY', 'HUF', 'EUR'];
  const currency = fc.constantFrom(...codes);
  // dates from 2008-01-02 on, when all of these have values
  const date = fc.integer({ min: 0, max: 6000 }).map((n) => new Date(Date.UTC(2008, 0, 2 + n)).toISOString().slice(0, 10));
  // an amount with at most 4 decimals, up to 10^12
  const amount = fc.bigInt({ min: 1n, max: 10n ** 16n }).map((n) => new Dec(n.toString()).div(10_000).toFixed());

  it('A -> B -> A gives back the amount within one minor unit of A', () => {
    fc.assert(
      fc.property(amount, currency, currency, date, (a, from, to, d) => {
        const there = convert(a, from, to, d);
        const back = convert(there.exact, to, from, d);
        const original = new Dec(a).toDecimalPlaces(currencyDecimals(from), Dec.ROUND_HALF_EVEN);
        const unit = new Dec(10).pow(-currencyDecimals(from));
        expect(new Dec(back.value).minus(original).abs().lte(unit)).toBe(true);
      }),
    );
  });

  it('A -> B is amount * (EUR->B) / (EUR->A) in one division, and A -> EUR -> B agrees with it', () => {
    fc.assert(
      fc.property(amount, currency, currency, date, (a, from, to, d) => {
        fc.pre(from !== to);
        const direct = convert(a, from, to, d);
        const quote = (code: string) => new Dec(code === 'EUR' ? '1' : ECB.onOrBefore(code, d)!.value);
        expect(direct.exact).toBe(new Dec(a).times(quote(to)).div(quote(from)).toFixed());
        const viaEur = convert(convert(a, from, 'EUR', d).exact, 'EUR', to, d);
        // the two-step path rounds twice at the 40th digit; below that they are equal
        expect(new Dec(viaEur.exact).toSignificantDigits(30).toFixed()).toBe(new Dec(direct.exact).toSignificantDigits(30).toFixed());
        expect(viaEur.value).toBe(direct.value);
      }),
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(amount, amount, currency, currency, date, (a, b, from, to, d) => {
        const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const x = convert(low, from, to, d);
        const y = convert(high, from, to, d);
        expect(new Dec(x.exact).lte(y.exact)).toBe(true);
        expect(new Dec(x.value).lte(y.value)).toBe(true);
      }),
    );
  });
});
