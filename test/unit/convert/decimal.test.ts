import { describe, expect, it } from 'vitest';
import { Dec, formatRate, parseDecimal, parseQuantity, roundToDecimals, roundToMinor } from '../../../src/convert/decimal.js';
import { UsageError } from '../../../src/errors.js';
import { catchError } from './helpers.js';

describe('parseDecimal', () => {
  it.each([
    ['20000000', '20000000'],
    ['20_000_000', '20000000'],
    ['20,000,000', '20000000'],
    ['1,234.5', '1234.5'],
    ['2.8e6', '2800000'],
    ['2.8E-3', '0.0028'],
    ['0.000001', '0.000001'],
    ['1000000000000000', '1000000000000000'],
    ['  42 ', '42'],
    ['-7.50', '-7.5'],
    ['3.1415926535897932384626433832795028841971', '3.1415926535897932384626433832795028841971'],
  ])('%s -> %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '20,00,000', '1,2345', '20,000.000,1', '1.2.3', '.5', '5.', '2 million', '1e', '0x10', 'NaN', 'Infinity', '__1', '1__0', '20 000'])(
    'rejects %j with the allowed forms',
    (text) => {
      const error = catchError(() => parseDecimal(text, 'amount'));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe(`'${text}' is not a valid amount`);
      expect(error.hints[0]).toContain('20_000_000');
    },
  );

  it('points out a decimal comma', () => {
    expect(catchError(() => parseDecimal('12,5')).hints).toContain("use '.' for a decimal fraction, not ','");
  });
});

describe('parseQuantity', () => {
  it.each([
    ['2.8 million', '2800000'],
    ['20 million', '20000000'],
    ['1.5 billion', '1500000000'],
    ['35 thousand', '35000'],
    ['20m', '20000000'],
    ['2.8M', '2800000'],
    ['3bn', '3000000000'],
    ['35k', '35000'],
    ['35K', '35000'],
    ['1.2 Million', '1200000'],
    ['4 lakh', '400000'],
    ['2 crore', '20000000'],
    ['1,500 thousand', '1500000'],
    ['0.1234567 million', '123456.7'],
    ['2.8e6', '2800000'],
    ['12', '12'],
  ])('%s -> %s', (text, expected) => {
    expect(parseQuantity(text)).toBe(expected);
  });

  it.each(['2.8 millions', 'million', '3 bn bn', '5 dozen', '20mm', 'k35', '3tn'])('rejects %j', (text) => {
    const error = catchError(() => parseQuantity(text));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.hints.join('\n')).toContain("'2.8 million'");
  });
});

describe('roundToMinor: half to even, to the currency minor unit', () => {
  it.each([
    ['2.5', 'JPY', '2'],
    ['3.5', 'JPY', '4'],
    ['-2.5', 'JPY', '-2'],
    ['0.125', 'USD', '0.12'],
    ['0.135', 'USD', '0.14'],
    ['0.1251', 'USD', '0.13'],
    ['100', 'USD', '100.00'],
    ['1.0005', 'KWD', '1.000'],
    ['1.0015', 'KWD', '1.002'],
    ['0.12345', 'CLF', '0.1234'],
    ['-0.001', 'EUR', '0.00'],
    ['7', 'XDR', '7.00'],
  ])('%s %s -> %s', (value, currency, expected) => {
    expect(roundToMinor(new Dec(value), currency)).toBe(expected);
  });

  it('never prints -0', () => {
    expect(roundToDecimals(new Dec('-0.4'), 0)).toBe('0');
  });
});

describe('formatRate', () => {
  it.each([
    ['1.095666563243355052228772365291136622195', 8, '1.0956666'],
    ['1.0594', 8, '1.0594'],
    ['16383.62', 8, '16383.62'],
    ['0.00006103650', 8, '0.0000610365'],
    ['1732.789604644733204312966546862040364943', 4, '1733'],
    ['123456789.5', 8, '123456790'],
    ['0.125', 2, '0.12'],
  ])('%s to %i digits -> %s', (value, sig, expected) => {
    expect(formatRate(value, sig)).toBe(expected);
  });
});
