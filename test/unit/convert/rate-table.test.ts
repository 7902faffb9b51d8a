import { describe, expect, it } from 'vitest';
import { openEcbCsvTable, rateTableFromDays } from '../../../src/convert/rate-table.js';
import { FileInvalidError } from '../../../src/errors.js';
import { BUNDLED_META, catchError, ECB, fixture } from './helpers.js';

describe('the bundled ECB file', () => {
  it('matches its meta file', () => {
    expect(ECB.firstDate()).toBe(BUNDLED_META.firstDate);
    expect(ECB.lastDate()).toBe(BUNDLED_META.lastDate);
    expect(ECB.source).toMatchObject({ id: 'ecb-eurofxref', publisher: 'European Central Bank', file: 'eurofxref-hist.csv', retrieved: '2026-11-28' });
  });

  it('lists the 41 currencies that have a value', () => {
    const codes = ECB.currencies();
    expect(codes).toHaveLength(41);
    expect(codes).toContain('CYP');
    expect(codes).toContain('HRK');
    expect(codes).not.toContain('EUR');
    expect(codes).toEqual([...codes].sort());
  });
});

describe('onOrBefore on the bundled file (values hand-checked against the CSV)', () => {
  it.each([
    ['USD', '2023-09-29', '2023-09-29', '1.0594'],
    ['CHF', '2023-09-29', '2023-09-29', '0.9669'],
    ['USD', '2023-09-30', '2023-09-29', '1.0594'], // Saturday
    ['USD', '2023-10-01', '2023-09-29', '1.0594'], // Sunday
    ['USD', '1999-01-04', '1999-01-04', '1.1789'], // first day
    ['JPY', '1999-01-04', '1999-01-04', '133.73'],
    ['USD', '2024-10-11', '2024-10-11', '1.0938'], // last day
    ['USD', '2030-01-01', '2024-10-11', '1.0938'], // after the end: the last value, never a later one
    ['GBP', '2024-10-11', '2024-10-11', '0.83705'],
    ['ISK', '2010-06-01', '2008-12-09', '290'], // N/A from 2008-12-10 to 2018-01-31: walk back
    ['ISK', '2018-02-01', '2018-02-01', '125.01'],
    ['CYP', '2024-10-11', '2007-12-31', '0.585274'], // withdrawn: walks back to its last day
    ['HRK', '2023-06-01', '2022-12-30', '7.5365'],
    ['RUB', '2022-03-07', '2022-03-01', '117.201'],
    ['ROL', '2005-06-30', '2005-06-30', '36030'],
    ['KRW', '2015-06-15', '2015-06-15', '1253.5'],
  ])('%s on %s -> %s %s', (currency, date, expectedDate, value) => {
    expect(ECB.onOrBefore(currency, date)).toEqual({ date: expectedDate, value });
  });

  it.each([
    ['USD', '1998-12-31'], // before the first day
    ['BRL', '2007-12-31'], // before its first value (2008-01-02)
    ['AMD', '2023-09-29'], // never in the table
    ['EUR', '2023-09-29'], // the base has no column
  ])('%s on %s -> undefined', (currency, date) => {
    expect(ECB.onOrBefore(currency, date)).toBeUndefined();
  });

  it('returns a range oldest first, inclusive, skipping weekends and N/A', () => {
    expect(ECB.range('USD', '2023-09-28', '2023-10-02')).toEqual([
      { date: '2023-09-28', value: '1.0539' },
      { date: '2023-09-29', value: '1.0594' },
      { date: '2023-10-02', value: '1.053' },
    ]);
    expect(ECB.range('ISK', '2009-01-01', '2017-12-31')).toEqual([]);
    expect(ECB.range('USD', '2023-10-02', '2023-09-28')).toEqual([]);
  });
});

describe('openEcbCsvTable edge cases', () => {
  it('reads a small file with a BOM and CRLF line ends', () => {
    const table = openEcbCsvTable(fixture('bom-crlf-hist.csv'), { id: 't', name: 't' });
    expect(table.onOrBefore('CHF', '2023-09-30')).toEqual({ date: '2023-09-29', value: '0.9669' });
    expect(table.onOrBefore('ZAR', '2023-10-02')).toEqual({ date: '2023-10-02', value: '20.151' });
    expect(table.firstDate()).toBe('2023-09-27');
    expect(table.lastDate()).toBe('2023-10-02');
  });

  it('finds the right line for every date in a small file', () => {
    const table = openEcbCsvTable(fixture('eurofxref-hist.csv'), { id: 't', name: 't' });
    const expected: Array<[string, string | undefined]> = [
      ['2023-09-26', undefined], ['2023-09-27', '1.0536'], ['2023-09-28', '1.0539'], ['2023-09-29', '1.0594'],
      ['2023-09-30', '1.0594'], ['2023-10-01', '1.0594'], ['2023-10-02', '1.053'], ['2023-10-03', '1.053'],
    ];
    for (const [date, value] of expected) expect(table.onOrBefore('USD', date)?.value, date).toBe(value);
  });

  it('handles a header-only and a one-line file', () => {
    const empty = openEcbCsvTable('Date,USD,\n', { id: 't', name: 't' });
    expect(empty.onOrBefore('USD', '2023-01-01')).toBeUndefined();
    expect(empty.firstDate()).toBeUndefined();
    expect(empty.currencies()).toEqual([]);
    const one = openEcbCsvTable('Date,USD,\n2023-01-02,1.07,', { id: 't', name: 't' });
    expect(one.onOrBefore('USD', '2023-01-02')).toEqual({ date: '2023-01-02', value: '1.07' });
    expect(one.firstDate()).toBe('2023-01-02');
  });

  it('rejects text without the ECB header, and a damaged line when it reads one', () => {
    expect(catchError(() => openEcbCsvTable('hello\n', { id: 't', name: 't', file: 'x.csv' }))).toBeInstanceOf(FileInvalidError);
    const damaged = openEcbCsvTable('Date,USD,\n2023-01-03,1.07,\nnot a date,1,\n', { id: 't', name: 't', file: 'x.csv' });
    const error = catchError(() => damaged.onOrBefore('USD', '2023-01-01')) as FileInvalidError;
    expect(error.issues[0]).toMatchObject({ file: 'x.csv', line: 3, path: 'row 3' });
  });
});

describe('rateTableFromDays', () => {
  const table = rateTableFromDays(
    [
      { date: '2023-09-29', rates: { USD: '1.0594', CHF: '0.9669' } },
      { date: '2023-09-27', rates: { USD: '1.0536' } },
      { date: '2023-09-28', rates: { USD: '1.0539', CHF: '0.9678' } },
    ],
    { id: 'mem', name: 'in memory' },
  );

  it('sorts its days and looks up on or before a date', () => {
    expect(table.firstDate()).toBe('2023-09-27');
    expect(table.lastDate()).toBe('2023-09-29');
    expect(table.currencies()).toEqual(['CHF', 'USD']);
    expect(table.onOrBefore('CHF', '2023-09-27')).toBeUndefined();
    expect(table.onOrBefore('CHF', '2023-10-01')).toEqual({ date: '2023-09-29', value: '0.9669' });
    expect(table.onOrBefore('USD', '2023-09-28')).toEqual({ date: '2023-09-28', value: '1.0539' });
    expect(table.range('USD', '2023-09-28', '2023-12-31').map((p) => p.date)).toEqual(['2023-09-28', '2023-09-29']);
  });
});
