/**
 * How `convert` reads a request from words (src/commands/convert-request.ts): the forms of
 * units(1) and qalc, read from the end, for the arguments and for `--batch` lines alike.
 */
import { describe, expect, it } from 'vitest';
import { parseConvertLine, readConvertWords } from '../../../src/commands/convert-request.js';
import { UsageError } from '../../../src/errors.js';

const read = (line: string) => readConvertWords(line === '' ? [] : line.split(' '));

describe('readConvertWords', () => {
  it.each([
    ['100 USD EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['100 USD to EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['100 USD in EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['100 USD TO EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['100 USD EUR 2023-09-29', { amount: '100', from: 'USD', to: 'EUR', date: '2023-09-29' }],
    ['100 USD to EUR on 2023-09-29', { amount: '100', from: 'USD', to: 'EUR', date: '2023-09-29' }],
    ['100 USD EUR on 2023-09-29', { amount: '100', from: 'USD', to: 'EUR', date: '2023-09-29' }],
    // a date-shaped word that is no real date is still the date, for the date's own message
    ['100 USD EUR 2023-02-30', { amount: '100', from: 'USD', to: 'EUR', date: '2023-02-30' }],
    ['2.8 million person household', { amount: '2.8 million', from: 'person', to: 'household' }],
    ['2.8 million person in household', { amount: '2.8 million', from: 'person', to: 'household' }],
    // m is both a scale and metres: read from the end, the units are the last two words
    ['20 m to km', { amount: '20', from: 'm', to: 'km' }],
    ['20m m km', { amount: '20m', from: 'm', to: 'km' }],
    ['3 decade year', { amount: '3', from: 'decade', to: 'year' }],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual({ date: undefined, ...expected });
  });

  it.each([
    ['100USD EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['100USD to EUR on 2023-09-29', { amount: '100', from: 'USD', to: 'EUR', date: '2023-09-29' }],
    ['USD100 in EUR', { amount: '100', from: 'USD', to: 'EUR' }],
    ['2.5kCHF USD', { amount: '2.5k', from: 'CHF', to: 'USD' }],
    ['-5.25EUR USD', { amount: '-5.25', from: 'EUR', to: 'USD' }],
  ])('an amount glued to a currency code: %s', (line, expected) => {
    expect(read(line)).toEqual({ date: undefined, ...expected });
  });

  it('an amount and a code in one argument, as a shell passes a quoted word', () => {
    expect(readConvertWords(['2.8 million USD', 'to', 'EUR'])).toEqual({ amount: '2.8 million', from: 'USD', to: 'EUR', date: undefined });
    expect(readConvertWords(['100', 'swiss francs', 'USD'])).toEqual({ amount: '100', from: 'swiss francs', to: 'USD', date: undefined });
  });

  it.each([
    // a scale word is no currency: 2.8MIO is 2.8 million and needs its units
    '2.8MIO EUR',
    // only upper-case ISO codes split off: 20m could be metres or millions
    '100usd EUR',
    '20km m',
    // XYZ is no ISO 4217 code
    '100XYZ EUR',
  ])('%s is not read as glued', (line) => {
    expect(() => read(line)).toThrow(/^expected AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], found /);
  });

  it.each(['', '100', '100 USD', '100 USD 2023-09-29', 'to EUR', '100 to EUR', 'on 2023-09-29', '100 CHF USD EUR', '1 2 3 CHF USD', '100 USD to', '100 USD in EUR on'])('%o is a usage error naming the forms', (line) => {
    let caught: unknown;
    try {
      read(line);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).message).toBe(`expected AMOUNT FROM [to|in] TO [[on] YYYY-MM-DD], found ${JSON.stringify(line)}`);
  });

  it.each(['100 USD EUR 29/09/2023', '100 USD to EUR on 29.09.2023', '100 USD EUR 2023/09/29', '100 USD EUR 9-29-2023'])('%o: a date written another way is said to be one, with the form to write', (line) => {
    const e = (() => {
      try {
        read(line);
      } catch (err) {
        return err;
      }
      return undefined;
    })() as UsageError;
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/^'[\d/.-]+' is not a date humfig reads; write YYYY-MM-DD, such as 2023-09-29$/);
  });

  it('a batch line reads the same words, and JSON as before', () => {
    expect(parseConvertLine('  100 USD  to EUR on 2023-09-29 ')).toEqual(read('100 USD to EUR on 2023-09-29'));
    expect(parseConvertLine('{"amount": 100, "from": "USD", "to": "EUR", "rate": "0.9"}')).toEqual({ amount: '100', from: 'USD', to: 'EUR', date: undefined, rate: '0.9' });
  });

  it.each([
    ['{"amount": 1, "from": "USD", "to": "EUR", "to": "JPY"}', '"to" is given twice in the JSON request'],
    ['{"amount": 1, "from": "USD", "to": "EUR", "id": "x"}', "unknown field 'id' in a JSON request; allowed: amount, from, to, date, rate"],
    ['{"amount": 1, "from": "USD", "to": "EUR", "__proto__": "x"}', "unknown field '__proto__' in a JSON request; allowed: amount, from, to, date, rate"],
    ['{"amount": 1, "from": "USD", "to": "EUR", "rate": {}}', '"rate" must be a string or a number, such as "2023-09-29" or "1.0594"'],
  ])('a JSON line is read as strictly as a file: %s', (line, message) => {
    expect(() => parseConvertLine(line)).toThrow(message);
  });
});
