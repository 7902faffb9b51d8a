import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertQuantity, type Factor } from '../../../src/convert/convert-units.js';
import { Dec } from '../../../src/convert/decimal.js';
import { ConversionUnavailableError, UsageError } from '../../../src/errors.js';
import { catchError } from './helpers.js';

describe('units with fixed definitions', () => {
  it.each([
    ['3', 'decade', 'year', '30'],
    ['1', 'year', 'month', '12'],
    ['1', 'year', 'day', '365.2425'],
    ['1', 'month', 'day', '30.436875'],
    ['2', 'week', 'day', '14'],
    ['30', 'day', 'month', '0.9856465225'],
    ['6', 'months', 'year', '0.5'],
    ['1', 't', 'kg', '1000'],
    ['2.5', 'tonnes', 'g', '2500000'],
    ['1', 'short-ton', 'kg', '907.18474'],
    ['1', 'long-ton', 't', '1.0160469088'],
    ['1', 'long-ton', 'short-ton', '1.12'],
    ['1', 'mi', 'km', '1.609344'],
    ['10', 'km', 'mi', '6.2137119224'],
    ['1', 'km2', 'ha', '100'],
    ['1', 'mi2', 'km2', '2.5899881103'], // value keeps 10 decimals; exact has them all
    ['1', 'mi2', 'ha', '258.9988110336'],
    ['0.25', 'ratio', 'percent', '25'],
    ['12.5', '%', 'ratio', '0.125'],
    ['1.5 million', 'people', 'persons', '1500000'],
    ['35k', 'ha', 'km2', '350'],
    ['648,000', 'litres', 'm3', '648'],
    ['2.5', 'm3', 'l', '2500'],
    ['500', 'ml', 'l', '0.5'],
    ['1', 'us-gallon', 'l', '3.785411784'],
    ['1', 'imperial-gallon', 'us-gallon', '1.2009499255'],
  ])('%s %s -> %s = %s', (value, from, to, expected) => {
    const result = convertQuantity({ value, from, to });
    expect(result.value).toBe(expected);
    expect(result.factor.kind).toBe('definition');
  });

  it('returns the exact result and the multiplier applied', () => {
    const result = convertQuantity({ value: '30', from: 'day', to: 'month' });
    expect(result).toMatchObject({ from: 'day', to: 'month' });
    expect(result.exact).toBe('0.9856465225158627487217396661122404977515');
    expect(result.factor.value).toBe('0.03285488408386209162405798887040801659172');
    expect(convertQuantity({ value: '1', from: 'mi2', to: 'km2' }).exact).toBe('2.589988110336');
  });

  it('rounds the display value to 10 decimals, or 10 significant digits when that would show 0', () => {
    expect(convertQuantity({ value: '1', from: 'g', to: 'long-ton' }).value).toBe('0.0000009842');
    expect(convertQuantity({ value: '0.00001', from: 'g', to: 'long-ton' }).value).toBe('0.000000000009842065276');
    expect(convertQuantity({ value: '0', from: 'g', to: 'long-ton' }).value).toBe('0');
  });
});

describe('people and households', () => {
  it("'2.8 million' persons with a household size of 3.6", () => {
    const result = convertQuantity({ value: '2.8 million', from: 'person', to: 'household', householdSize: '3.6' });
    expect(result.exact).toBe('777777.7777777777777777777777777777777778');
    expect(result.value).toBe('777777.7777777778');
    expect(result.factor).toEqual({ value: '0.2777777777777777777777777777777777777778', kind: 'user', size: '3.6' });
  });

  it('households to persons multiply by the size', () => {
    expect(convertQuantity({ value: '1000', from: 'households', to: 'people', householdSize: '4.5' }).value).toBe('4500');
    expect(convertQuantity({ value: '1000', from: 'families', to: 'people', householdSize: '5' }).value).toBe('5000');
  });

  const factors: Factor[] = [
    { from: 'person', to: 'household', value: '3.6', source: 'census', quote: 'an average of 3.6 persons per household' },
    { from: 'persons', to: 'household', value: '5.1', place: 'Cox’s Bazar', source: 'jrp' },
    { from: 'household', to: 'family', value: '1.2', source: 'survey' },
  ];

  it('uses a facts factor in both directions', () => {
    const forwards = convertQuantity({ value: '36', from: 'person', to: 'household', factors });
    expect(forwards.value).toBe('10');
    expect(forwards.factor).toMatchObject({ kind: 'facts', source: 'census', quote: 'an average of 3.6 persons per household', size: '3.6' });
    expect(convertQuantity({ value: '10', from: 'household', to: 'person', factors }).value).toBe('36');
  });

  it('prefers the factor for the requested place, and the user size over any factor', () => {
    const here = convertQuantity({ value: '51', from: 'person', to: 'household', factors, place: 'cox’s bazar' });
    expect(here.value).toBe('10');
    expect(here.factor).toMatchObject({ source: 'jrp', place: 'Cox’s Bazar' });
    expect(convertQuantity({ value: '51', from: 'person', to: 'household', factors, householdSize: '3' }).factor.kind).toBe('user');
  });

  it('converts household <-> family only with a facts factor', () => {
    expect(convertQuantity({ value: '12', from: 'household', to: 'family', factors }).value).toBe('10');
    const error = catchError(() => convertQuantity({ value: '12', from: 'household', to: 'family', householdSize: '4' }));
    expect(error).toBeInstanceOf(ConversionUnavailableError);
    expect(error.hints).toEqual(['add a "factors" entry to the facts file: { "from": "household", "to": "family", "value": "<households per family>" }']);
  });

  it('asks for a size when there is none', () => {
    const error = catchError(() => convertQuantity({ value: '100', from: 'household', to: 'person' }));
    expect(error).toBeInstanceOf(ConversionUnavailableError);
    expect(error.exitCode).toBe(69);
    expect(error.message).toBe('no size to convert household to person: how many persons make one household varies by place and time');
    expect(error.hints).toEqual([
      'give the persons per household with --household-size <n>',
      'add a "factors" entry to the facts file: { "from": "person", "to": "household", "value": "<persons per household>" }',
    ]);
  });

  it('asks which place when several factors for other places match', () => {
    const error = catchError(() =>
      convertQuantity({
        value: '1',
        from: 'person',
        to: 'household',
        factors: [
          { from: 'person', to: 'household', value: '4', place: 'A', source: 's' },
          { from: 'person', to: 'household', value: '5', place: 'B', source: 's' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('several places (A, B)');
  });
});

describe('refusals', () => {
  it.each([
    ['person', 'km', 'cannot convert person (count) to km (length): they measure different things'],
    ['kg', 'day', 'cannot convert kg (mass) to day (time): they measure different things'],
    ['USD', 'person', 'cannot convert USD (money) to person (count): they measure different things'],
    ['USD', 'EUR', 'USD and EUR are currencies: they convert with a dated rate, not a fixed factor'],
  ])('%s -> %s', (from, to, message) => {
    const error = catchError(() => convertQuantity({ value: '1', from, to }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(message);
  });

  it("refuses 'ton' with the hint", () => {
    const error = catchError(() => convertQuantity({ value: '5', from: 'ton', to: 'kg' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.hints[0]).toMatch(/t \(metric tonne, 1000 kg\), short-ton \(907\.18474 kg\) or long-ton \(1016\.0469088 kg\)/);
  });

  it("refuses 'gallon' with the hint: a US and an imperial gallon differ by a fifth", () => {
    const error = catchError(() => convertQuantity({ value: '5', from: 'gallons', to: 'l' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe("unit 'gallons' is ambiguous");
    expect(error.hints[0]).toMatch(/us-gallon \(3\.785411784 l\) or imperial-gallon \(4\.54609 l\)/);
  });

  it('suggests a unit for a typo', () => {
    const error = catchError(() => convertQuantity({ value: '5', from: 'kilometres', to: 'mils' }));
    expect(error.message).toBe("unknown unit 'mils'");
    expect(error.hints[0]).toMatch(/^did you mean .*mi/);
  });

  it.each([['0'], ['-2']])('refuses a household size of %s', (size) => {
    expect(catchError(() => convertQuantity({ value: '5', from: 'person', to: 'household', householdSize: size }))).toBeInstanceOf(UsageError);
  });
});

describe('properties', () => {
  const timeUnit = fc.constantFrom('day', 'week', 'month', 'year', 'decade');
  const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((n) => new Dec(n.toString()).div(1000).toFixed());

  it('a -> b -> a returns a (to 30 significant digits)', () => {
    fc.assert(
      fc.property(amount, timeUnit, timeUnit, (a, from, to) => {
        const there = convertQuantity({ value: a, from, to });
        const back = convertQuantity({ value: there.exact, from: to, to: from });
        expect(new Dec(back.exact).toSignificantDigits(30).eq(a)).toBe(true);
      }),
    );
  });
});
