import { describe, expect, it } from 'vitest';
import { parseEcbFile } from '../../../src/convert/ecb-import.js';
import { FileInvalidError, type FileIssue } from '../../../src/errors.js';
import { BUNDLED_CSV, catchError, fixture } from './helpers.js';

/** The issues of the FileInvalidError that parsing a fixture (or text) throws. */
function issuesOf(text: string, name: string): FileIssue[] {
  const error = catchError(() => parseEcbFile(text, name));
  expect(error).toBeInstanceOf(FileInvalidError);
  expect(error.exitCode).toBe(65);
  expect(error.code).toBe('RATES_INVALID');
  return (error as FileInvalidError).issues;
}

// rates of 2023-09-29 from the ECB history, as the daily files print them (fixed decimals)
const DAILY_2023_09_29: Record<string, string> = {
  USD: '1.0594', JPY: '158.10', BGN: '1.9558', CZK: '24.339', DKK: '7.4571', GBP: '0.86458', HUF: '389.50',
  PLN: '4.6283', RON: '4.9735', SEK: '11.5325', CHF: '0.9669', ISK: '144.90', NOK: '11.2535', TRY: '29.0514',
  AUD: '1.6339', BRL: '5.3065', CAD: '1.4227', CNY: '7.7352', HKD: '8.2959', IDR: '16383.62', ILS: '4.0472',
  INR: '88.0165', KRW: '1425.26', MXN: '18.5030', MYR: '4.9741', NZD: '1.7575', PHP: '59.969', SGD: '1.4443',
  THB: '38.679', ZAR: '19.9813',
};

describe('parseEcbFile on the four ECB formats', () => {
  it.each([
    ['eurofxref-hist.csv', 'ecb-csv-hist'],
    ['bom-crlf-hist.csv', 'ecb-csv-hist'],
    ['eurofxref-hist.xml', 'ecb-xml'],
  ])('%s: four days, oldest first', (name, format) => {
    const result = parseEcbFile(fixture(name), name);
    expect(result.format).toBe(format);
    expect(result.days.map((d) => d.date)).toEqual(['2023-09-27', '2023-09-28', '2023-09-29', '2023-10-02']);
    const day = result.days[2]!;
    expect(Object.keys(day.rates)).toHaveLength(30);
    expect(day.rates).toMatchObject({ USD: '1.0594', CHF: '0.9669', JPY: '158.1', GBP: '0.86458', ZAR: '19.9813' });
    expect(day.rates.CYP).toBeUndefined(); // N/A in the CSV, absent in the XML
    expect(result.days[3]!.rates.USD).toBe('1.053');
  });

  it.each([
    ['eurofxref.csv', 'ecb-csv-daily'],
    ['eurofxref-daily.xml', 'ecb-xml'],
  ])('%s: one day, rates kept exactly as published', (name, format) => {
    const result = parseEcbFile(fixture(name), name);
    expect(result.format).toBe(format);
    expect(result.days).toEqual([{ date: '2023-09-29', rates: DAILY_2023_09_29 }]);
  });

  it('reads the daily CSV without a final newline, with CRLF, and with a BOM', () => {
    const text = fixture('eurofxref.csv');
    for (const variant of [text.trimEnd(), text.replace(/\n/g, '\r\n'), `\uFEFF${text}`]) {
      expect(parseEcbFile(variant, 'eurofxref.csv').days[0]!.rates.USD).toBe('1.0594');
    }
  });

  it('reads a daily date with a one-digit day', () => {
    const result = parseEcbFile('Date, USD, \n2 October 2023, 1.0530, \n', 'eurofxref.csv');
    expect(result.days).toEqual([{ date: '2023-10-02', rates: { USD: '1.0530' } }]);
  });

  it('reads the whole bundled history', () => {
    const result = parseEcbFile(BUNDLED_CSV, 'eurofxref-hist.csv');
    expect(result.format).toBe('ecb-csv-hist');
    expect(result.days).toHaveLength(6603);
    expect(result.days[0]).toMatchObject({ date: '1999-01-04', rates: { USD: '1.1789', CYP: '0.58231' } });
    expect(result.days[6602]!.date).toBe('2024-10-11');
  });

  it('passes over XML comments, a DOCTYPE and long-form closing tags', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE x>',
      '<gesmes:Envelope>',
      '<!-- <Cube time="1999-01-01"> is commented out -->',
      '<Cube><Cube time="2023-09-29"><Cube currency="USD" rate="1.0594"></Cube></Cube></Cube>',
      '</gesmes:Envelope>',
    ].join('\n');
    expect(parseEcbFile(xml, 'x.xml').days).toEqual([{ date: '2023-09-29', rates: { USD: '1.0594' } }]);
  });
});

describe('parseEcbFile on malformed files', () => {
  it('bad-hist.csv: every problem, with line, column and path', () => {
    expect(issuesOf(fixture('bad-hist.csv'), 'bad-hist.csv')).toEqual([
      { file: 'bad-hist.csv', line: 3, column: 25, path: 'row 3, column CHF', message: "'abc' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A" },
      { file: 'bad-hist.csv', line: 4, column: 19, path: 'row 4, column JPY', message: "'-157.33' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A" },
      { file: 'bad-hist.csv', line: 5, column: 1, path: 'row 5, column Date', message: 'date 2023-09-28 is also on line 4; each day may appear once' },
      { file: 'bad-hist.csv', line: 6, column: 1, path: 'row 6, column Date', message: "'2023-02-30' is not a real calendar date" },
      { file: 'bad-hist.csv', line: 7, column: 1, path: 'row 7', message: 'the row has 3 cells but the header has 4 (Date and 3 currencies)' },
      { file: 'bad-hist.csv', line: 8, column: 12, path: 'row 8, column USD', message: 'empty cell; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A' },
      { file: 'bad-hist.csv', line: 8, column: 13, path: 'row 8, column JPY', message: "'0' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A" },
    ]);
  });

  it('the error message is the first issue, located, with a count of the rest', () => {
    const error = catchError(() => parseEcbFile(fixture('bad-hist.csv'), 'bad-hist.csv'));
    expect(error.message).toBe("bad-hist.csv:3:25: row 3, column CHF: 'abc' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after), or N/A (and 6 more problems)");
  });

  it('bad-header.csv: lower case, repeated and long codes', () => {
    const issues = issuesOf(fixture('bad-header.csv'), 'bad-header.csv');
    expect(issues.map((i) => [i.line, i.column, i.path])).toEqual([
      [1, 10, 'header, column 3'],
      [1, 14, 'header, column USD'],
      [1, 18, 'header, column 5'],
    ]);
    expect(issues[0]!.message).toContain('3 upper-case letters');
    expect(issues[1]!.message).toBe('currency USD is named twice in the header');
  });

  it.each([
    ['empty.csv', undefined, 'the file is empty'],
    ['header-only.csv', 2, 'the file has a header but no dated rows'],
    ['bad-daily.csv', 2, "'31 September 2023' is not a real calendar date"],
    ['not-ecb.txt', 1, 'not a rates file'],
  ])('%s -> line %s: %s', (name, line, message) => {
    const [issue, ...rest] = issuesOf(fixture(name), name);
    expect(rest).toEqual([]);
    expect(issue!.line).toBe(line);
    expect(issue!.message).toContain(message);
  });

  it('a whitespace-only file is empty too', () => {
    expect(issuesOf(' \n\r\n', 'blank.csv')[0]!.message).toContain('the file is empty');
  });

  it('a daily CSV row whose date is ISO-shaped, after one in words, is refused', () => {
    const issues = issuesOf('Date, USD, \n29 September 2023, 1.0594, \n2023-09-28, 1.0539, \n', 'mixed.csv');
    expect(issues).toEqual([
      { file: 'mixed.csv', line: 3, column: 1, path: 'row 3, column Date', message: "'2023-09-28' is not a date; expected a date such as 11 October 2024" },
    ]);
  });

  it('bad.xml: every problem, with line, column and path', () => {
    expect(issuesOf(fixture('bad.xml'), 'bad.xml').map((i) => [i.line, i.column, i.path, i.message])).toEqual([
      [4, 3, 'currency USD', 'a rate <Cube currency=... rate=...> must sit inside a dated <Cube time=...>'],
      [6, 4, 'day 2023-09-29, currency USD', "'1,0594' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after)"],
      [7, 4, 'day 2023-09-29, currency JPY', 'a rate Cube needs both currency=... and rate=...'],
      [9, 4, 'day 2023-09-29, currency CHF', 'currency CHF appears twice on 2023-09-29'],
      [10, 4, 'day 2023-09-29, currency usd', "'usd' is not a currency code; expected 3 upper-case letters such as USD"],
      [12, 3, 'day 2023-09-31', "time='2023-09-31' is not a real date; expected YYYY-MM-DD such as 2024-10-11"],
      [3, 2, '', '<Cube> is never closed'],
    ]);
  });

  it.each([
    ['<gesmes:Envelope></gesmes:Envelope>', 'the XML holds no <Cube time=...> days'],
    ['<html><body>no rates</body></html>', 'not the ECB XML'],
    ['<Cube><Cube time="2023-09-29"><Cube time="2023-09-28"></Cube></Cube></Cube>', 'days may not nest'],
    ['<Cube time="2023-09-29"></Cube><Cube time="2023-09-29"></Cube>', 'date 2023-09-29 is also on line 1'],
    ['<Cube time="2023-09-29"></Cube></Cube>', '</Cube> closes no open <Cube>'],
    ['<Cube time="2023-09-29"><Cube currency="USD" rate="1.05"', "a tag is not closed with '>'"],
    ['<!-- unterminated <Cube time="2023-09-29">', 'a comment is not closed'],
  ])('XML %j -> %s', (xml, message) => {
    expect(issuesOf(xml, 'x.xml').map((i) => i.message).join('\n')).toContain(message);
  });
});
