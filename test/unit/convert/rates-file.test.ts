import { describe, expect, it } from 'vitest';
import { parseEcbFile } from '../../../src/convert/ecb-import.js';
import { parseRatesFile, parseRatesTables, ratesFileSchema, serializeRatesFile } from '../../../src/convert/rates-file.js';
import { FileInvalidError } from '../../../src/errors.js';
import { catchError, fixture } from './helpers.js';

/** The issues of the FileInvalidError that parsing a rates file throws. */
function issuesOf(text: string, name: string) {
  const error = catchError(() => parseRatesFile(text, name));
  expect(error).toBeInstanceOf(FileInvalidError);
  expect(error.exitCode).toBe(65);
  return (error as FileInvalidError).issues;
}

describe('humfig-rates/1 files', () => {
  it('reads a valid file into a table', () => {
    const table = parseRatesFile(fixture('rates-valid.json'), 'rates-valid.json');
    expect(table.source).toMatchObject({ id: 'ecb-eurofxref', publisher: 'European Central Bank', file: 'rates-valid.json' });
    expect(table.currencies()).toEqual(['CHF', 'JPY', 'USD']);
    expect(table.onOrBefore('USD', '2023-09-30')).toEqual({ date: '2023-09-29', value: '1.0594' });
    expect(table.onOrBefore('USD', '2023-09-26')).toBeUndefined();
    expect(ratesFileSchema.safeParse(JSON.parse(fixture('rates-valid.json'))).success).toBe(true);
  });

  it('round-trips an import of every fixture format through serialize and parse', () => {
    for (const name of ['eurofxref-hist.csv', 'eurofxref-hist.xml', 'eurofxref.csv', 'eurofxref-daily.xml']) {
      const imported = parseEcbFile(fixture(name), name);
      const text = serializeRatesFile({ source: { id: 'ecb', name: 'ECB', url: null }, imported: { from: name, format: imported.format }, days: imported.days });
      expect(text.endsWith('}\n')).toBe(true);
      const data = JSON.parse(text);
      expect(Object.keys(data)).toEqual(['format', 'base', 'source', 'imported', 'days']);
      expect(data.days).toEqual(imported.days);
      const table = parseRatesFile(text, 'out.json');
      expect(table.onOrBefore('CHF', '2023-09-30')).toEqual({ date: '2023-09-29', value: '0.9669' });
    }
  });

  it('serializes with a stable layout: keys in order, currencies sorted, days ascending', () => {
    const text = serializeRatesFile({
      source: { file: 'f.csv', name: 'ECB', id: 'ecb' },
      imported: { format: 'ecb-csv-hist', from: 'f.csv' },
      days: [
        { date: '2023-09-29', rates: { USD: '1.0594', CHF: '0.9669' } },
        { date: '2023-09-28', rates: {} },
      ],
    });
    expect(text).toBe(
      [
        '{',
        '  "format": "humfig-rates/1",',
        '  "base": "EUR",',
        '  "source": {',
        '    "id": "ecb",',
        '    "name": "ECB",',
        '    "file": "f.csv"',
        '  },',
        '  "imported": {',
        '    "from": "f.csv",',
        '    "format": "ecb-csv-hist"',
        '  },',
        '  "days": [',
        '    { "date": "2023-09-28", "rates": {} },',
        '    { "date": "2023-09-29", "rates": { "CHF": "0.9669", "USD": "1.0594" } }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('rates-bad.json: every problem with its JSON path', () => {
    expect(issuesOf(fixture('rates-bad.json'), 'rates-bad.json').map((i) => [i.path, i.message])).toEqual([
      ['extra', "unknown field 'extra'; allowed fields here: format, base, source, imported, days"],
      ['days[1].date', 'days must be in ascending date order, but 2023-09-27 follows 2023-09-28'],
      ['days[2].rates.USD', 'must be a decimal in a string, such as "1.0594"; expected a string, found a number (1.0594)'],
      ['days[2].rates.chf', "'chf' is not a currency code; expected 3 upper-case letters such as USD"],
      ['days[3].date', 'must be a real date written YYYY-MM-DD (found "2023-09-31")'],
      ['days[3].rates.USD', 'must be a positive decimal in a string, such as "1.0594" (no sign, exponent or grouping; at most 15 digits before the point and 21 after) (found "-1")'],
    ]);
  });

  it.each([
    [{ format: 'humfig-rates/9' }, 'format', "'humfig-rates/9' is not a rates format humfig reads; expected 'humfig-rates/1' or 'humfig-rates/2'"],
    [{ tables: {} }, 'tables', "unknown field 'tables'; allowed fields here: format, base, source, imported, days"],
    [{ source: { id: 'x' } }, 'source.name', 'is missing; it is required (a string)'],
    [{ base: 'USD' }, 'base', 'must be "EUR"'],
    [{ imported: { from: 'x', format: 'csv' } }, 'imported.format', 'must be one of ecb-csv-hist, ecb-csv-daily, ecb-xml'],
    [{ days: [{ date: '2023-09-29', rates: { EUR: '1' } }] }, 'days[0].rates.EUR', 'EUR is the base'],
    [{ days: [{ date: '2023-09-29', rates: {} }, { date: '2023-09-29', rates: {} }] }, 'days[1].date', 'date 2023-09-29 appears twice'],
    [{ days: [{ date: '2023-09-29', rates: { USD: '1e3' } }] }, 'days[0].rates.USD', 'must be a positive decimal'],
    [{ days: [{ date: '2023-09-29', rates: { USD: '0.000' } }] }, 'days[0].rates.USD', 'must be a positive decimal'],
    [{ source: { id: '', name: 'x' } }, 'source.id', 'must not be empty'],
  ])('%j -> %s: %s', (patch, path, message) => {
    const base = JSON.parse(fixture('rates-valid.json'));
    const issues = issuesOf(JSON.stringify({ ...base, ...patch }), 'r.json');
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toContain(message);
  });

  it('locates a JSON syntax error by line and column', () => {
    const [issue, ...rest] = issuesOf(fixture('rates-syntax.json'), 'rates-syntax.json');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'rates-syntax.json', path: '', line: 4, column: 13 });
    expect(issue!.message).toMatch(/^expected a value/);
    expect(issue!.message).not.toContain('\n');
  });


  it('a humfig-rates/2 file\'s problems say what was found and what is allowed, with their line', () => {
    const e = catchError(() => parseRatesTables('{"format": "humfig-rates/2", "tables": {}}', 'r.json')) as FileInvalidError;
    expect(e.issues).toEqual([{ file: 'r.json', path: 'tables', line: 1, column: 40, message: 'expected an array, found an object' }]);
  });

  it('says so when the file is empty', () => {
    expect(issuesOf('', 'e.json')[0]!.message).toContain('the file is empty');
  });
});
