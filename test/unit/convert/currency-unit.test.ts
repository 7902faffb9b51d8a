import { describe, expect, it } from 'vitest';
import { CURRENCIES, currencyDecimals, currencyFromName, currencyInfo, isCurrencyCode, resolveCurrency } from '../../../src/domain/currency.js';
import { canonicalUnit, describeUnit, isKnownUnit, resolveUnit, UNIT_CODES, MEASURE_UNIT_CODES } from '../../../src/domain/unit.js';
import { UsageError } from '../../../src/errors.js';
import { catchError, ECB } from './helpers.js';

describe('ISO 4217 table', () => {
  it('holds the current codes and the ECB file’s withdrawn ones', () => {
    expect(CURRENCIES.size).toBeGreaterThanOrEqual(150);
    for (const code of ECB.currencies()) expect(isCurrencyCode(code), code).toBe(true);
    for (const code of ['CYP', 'EEK', 'LTL', 'LVL', 'MTL', 'ROL', 'SIT', 'SKK', 'TRL', 'HRK']) expect(currencyInfo(code)?.historic).toBe(true);
    expect(currencyInfo('RUB')?.historic).toBeUndefined();
    expect([...CURRENCIES.keys()]).toEqual([...CURRENCIES.keys()].sort());
  });

  it.each([
    ['JPY', 0], ['KRW', 0], ['ISK', 0], ['CLP', 0], ['VND', 0], ['UGX', 0], ['XOF', 0], ['XAF', 0], ['TRL', 0],
    ['KWD', 3], ['BHD', 3], ['OMR', 3], ['JOD', 3], ['TND', 3], ['LYD', 3], ['IQD', 3],
    ['CLF', 4], ['UYW', 4],
    ['USD', 2], ['EUR', 2], ['HUF', 2], ['IDR', 2], ['AMD', 2], ['AZN', 2], ['SSP', 2], ['CYP', 2],
  ])('%s has %i minor-unit decimals', (code, decimals) => {
    expect(currencyInfo(code)?.minorUnits).toBe(decimals);
    expect(currencyDecimals(code)).toBe(decimals);
  });

  it('gives 2 decimals where ISO has no minor unit', () => {
    expect(currencyInfo('XDR')?.minorUnits).toBeNull();
    expect(currencyDecimals('XDR')).toBe(2);
  });

  it('is case-insensitive', () => {
    expect(currencyInfo('chf')?.name).toBe('Swiss Franc');
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
});

describe('currencyFromName', () => {
  it.each([
    ['swiss francs', 'CHF'], ['Swiss Franc', 'CHF'], ['$', 'USD'], ['US$', 'USD'], ['us dollars', 'USD'],
    ['€', 'EUR'], ['euro', 'EUR'], ['Euros', 'EUR'], ['dram', 'AMD'], ['drams', 'AMD'], ['£', 'GBP'],
    ['pounds sterling', 'GBP'], ['yen', 'JPY'], ['manat', 'AZN'], ['manats', 'AZN'], ['reais', 'BRL'],
    ['swedish kronor', 'SEK'], ['norwegian kroner', 'NOK'], ['hryvnias', 'UAH'], ['afghanis', 'AFN'],
    ['south sudanese pounds', 'SSP'], ['usd', 'USD'], ['  Kenyan   shillings ', 'KES'], ['₴', 'UAH'],
  ])('%j -> %s', (text, code) => {
    expect(currencyFromName(text)).toBe(code);
  });

  it.each(['franc', 'rupees', 'pesos', 'dinar', 'shilling', 'krone', 'kwacha', '', 'sheep'])('%j is unknown or ambiguous', (text) => {
    expect(currencyFromName(text)).toBeUndefined();
  });

  it('resolveCurrency suggests close codes', () => {
    const error = catchError(() => resolveCurrency('USDD'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe("unknown currency 'USDD'");
    expect(error.hints[0]).toMatch(/^did you mean .*USD/);
  });
});

describe('unit registry', () => {
  it.each([
    ['people', 'person'], ['Persons', 'person'], ['households', 'household'], ['families', 'family'],
    ['days', 'day'], ['weeks', 'week'], ['Months', 'month'], ['yrs', 'year'], ['decades', 'decade'],
    ['tonnes', 't'], ['metric ton', 't'], ['metric-ton', 't'], ['kg', 'kg'], ['grams', 'g'], ['short ton', 'short-ton'],
    ['long-tons', 'long-ton'], ['metres', 'm'], ['KM', 'km'], ['miles', 'mi'], ['m²', 'm2'], ['sq km', 'km2'],
    ['hectares', 'ha'], ['square miles', 'mi2'], ['%', 'percent'], ['ratio', 'ratio'],
    ['litres', 'l'], ['Liters', 'l'], ['cubic metres', 'm3'], ['m³', 'm3'], ['US gallons', 'us-gallon'],
    ['food-packet', 'food-pack'], ['food packages', 'food-pack'], ['food-parcels', 'food-parcel'],
    ['usd', 'USD'], ['CHF', 'CHF'], ['swiss francs', 'CHF'], ['€', 'EUR'],
  ])('%j -> %s', (text, code) => {
    expect(canonicalUnit(text)).toBe(code);
    expect(isKnownUnit(text)).toBe(true);
  });

  it.each([
    ['person', 'count', '1'], ['household', 'count', undefined], ['day', 'time', '1'], ['week', 'time', '7'],
    ['year', 'time', '365.2425'], ['month', 'time', '30.436875'], ['decade', 'time', '3652.425'], ['t', 'mass', '1000'],
    ['short-ton', 'mass', '907.18474'], ['long-ton', 'mass', '1016.0469088'], ['quintal', 'mass', '100'], ['mi', 'length', '1609.344'],
    ['ha', 'area', '10000'], ['mi2', 'area', '2589988.110336'], ['percent', 'ratio', '0.01'], ['KWD', 'money', undefined],
    ['l', 'volume', '1'], ['m3', 'volume', '1000'], ['imperial-gallon', 'volume', '4.54609'],
  ])('%s is %s with factor %s', (code, dimension, toBase) => {
    const info = describeUnit(code)!;
    expect(info.dimension).toBe(dimension);
    expect(info.toBase).toBe(toBase);
  });

  it('lists every measure and every currency', () => {
    expect(UNIT_CODES).toContain('person');
    expect(UNIT_CODES).toContain('AMD');
    expect(UNIT_CODES.length).toBe(MEASURE_UNIT_CODES.length + CURRENCIES.size);
  });

  it.each(['ton', 'tons', 'Ton'])('refuses %j with a hint naming t, short-ton and long-ton', (text) => {
    expect(canonicalUnit(text)).toBeUndefined();
    const error = catchError(() => resolveUnit(text));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('ambiguous');
    expect(error.hints[0]).toContain('t (metric tonne, 1000 kg)');
    expect(error.hints[0]).toContain('short-ton (907.18474 kg)');
    expect(error.hints[0]).toContain('long-ton (1016.0469088 kg)');
  });

  it('suggests a close unit for a typo', () => {
    const error = catchError(() => resolveUnit('housholds'));
    expect(error.message).toBe("unknown unit 'housholds'");
    expect(error.hints[0]).toBe('did you mean household?');
  });
});
