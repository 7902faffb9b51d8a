import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parsePortalCsv } from '../../../src/convert/portal-import.js';
import { parseRateTable } from '../../../src/convert/table-import.js';
import { readRatesImport, type ImportQuoting } from '../../../src/convert/read-rates-import.js';
import { parseEcbFile } from '../../../src/convert/ecb-import.js';
import { FileInvalidError, HumfigError, UsageError } from '../../../src/errors.js';
import { catchError, fixture } from './helpers.js';

const ECB_ONLY: ImportQuoting = { labelled: false };
const USD_TABLE: ImportQuoting = { base: 'USD', labelled: true };

/** The HumfigError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<HumfigError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HumfigError) return error;
    throw error;
  }
  throw new Error('expected a HumfigError, but the promise resolved');
}

const bytes = (text: string): Uint8Array => strToU8(text);

describe('the ECB Data Portal CSV', () => {
  it('reads two series into days, leaving out a day without an observation', () => {
    expect(parsePortalCsv(fixture('portal-usd-jpy.csv'), 'p.csv')).toEqual([
      { date: '2023-09-27', rates: { USD: '1.0500', JPY: '157.00' } },
      { date: '2023-09-28', rates: { USD: '1.0550' } },
      { date: '2023-09-29', rates: { USD: '1.0600', JPY: '158.00' } },
    ]);
  });

  it.each([
    ['a monthly series', fixture('portal-monthly.csv'), 'p.csv:2:1: row 2, series EXR.M.USD.EUR.SP00.A: FREQ=M (monthly): humfig imports the daily reference rates only (FREQ=D); download the daily series'],
    ['rates per USD', 'KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE\nEXR.D.JPY.USD.SP00.A,D,JPY,USD,SP00,A,2023-09-29,149', 'CURRENCY_DENOM=USD: the ECB\'s reference rates are per 1 EUR'],
    ['an end-of-period series', 'KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE\nEXR.D.USD.EUR.SP00.E,D,USD,EUR,SP00,E,2023-09-29,1.06', 'EXR_SUFFIX=E'],
    ['EUR quoted in itself', 'FREQ,CURRENCY,CURRENCY_DENOM,TIME_PERIOD,OBS_VALUE\nD,EUR,EUR,2023-09-29,1', 'CURRENCY=EUR: EUR is the base'],
    ['a comma in a rate', 'FREQ,CURRENCY,CURRENCY_DENOM,TIME_PERIOD,OBS_VALUE\nD,JPY,EUR,2023-09-29,"1,580.1"', "p.csv:2:22: row 2, series EXR.D.JPY.EUR.SP00.A, column OBS_VALUE: '1,580.1' is not a rate"],
    ['a month for a day', 'FREQ,CURRENCY,CURRENCY_DENOM,TIME_PERIOD,OBS_VALUE\nD,USD,EUR,2023-09,1.06', "'2023-09' is not a day"],
    ['a missing column', 'KEY,FREQ,CURRENCY,TIME_PERIOD,OBS_VALUE\n', 'this one lacks CURRENCY_DENOM'],
    ['a series twice', 'FREQ,CURRENCY,CURRENCY_DENOM,TIME_PERIOD,OBS_VALUE\nD,USD,EUR,2023-09-29,1.06\nD,USD,EUR,2023-09-29,1.07', 'USD on 2023-09-29 is also on line 2'],
  ])('refuses %s, saying why', (_what, text, message) => {
    const error = catchError(() => parsePortalCsv(text, 'p.csv'));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toContain(message);
  });

  it('one issue per refused series, not one per day', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `M,USD,EUR,2020-${String((i % 12) + 1).padStart(2, '0')},1.1`);
    const error = catchError(() => parsePortalCsv(['FREQ,CURRENCY,CURRENCY_DENOM,TIME_PERIOD,OBS_VALUE', ...rows].join('\n'), 'p.csv')) as FileInvalidError;
    expect(error.issues).toHaveLength(1);
  });
});

describe('plain dated tables', () => {
  it('a long table of AMD per USD', () => {
    expect(parseRateTable(fixture('amd-per-usd.csv'), 'a.csv', { base: 'USD', per: '1' })).toEqual({
      shape: 'long',
      days: [
        { date: '2023-09-27', rates: { AMD: '385.00' } },
        { date: '2023-09-28', rates: { AMD: '386.00' } },
        { date: '2023-09-29', rates: { AMD: '400.00' } },
      ],
    });
  });

  it('a wide table per 100 units is stored per 1, divided exactly; an empty cell is no rate', () => {
    // dram per 100 roubles read as a table in base AMD would be wrong: here the base is the rouble's
    // counterpart, so the test reads it as "RUB and GEL per 100 units of the base" (invented)
    expect(parseRateTable(fixture('amd-per-100-rub.csv'), 'w.csv', { base: 'AMD', per: '100' })).toEqual({
      shape: 'wide',
      days: [
        { date: '2023-09-28', rates: { RUB: '4.025', GEL: '1.45' } },
        { date: '2023-09-29', rates: { RUB: '4' } },
      ],
    });
  });

  it('the header may name the long columns in any order and case', () => {
    expect(parseRateTable('Rate,Date,Currency\n0.0025,2023-09-29,USD\n', 'a.csv', { base: 'AMD', per: '1' }).days).toEqual([{ date: '2023-09-29', rates: { USD: '0.0025' } }]);
  });

  it.each([
    ['the base as a currency', 'date,currency,rate\n2023-09-29,USD,1\n', 'a.csv:2:12: row 2: USD is the base (--base USD)'],
    ['the base as a column', 'date,USD,AMD\n2023-09-29,1,400\n', 'a.csv:1:6: header, column USD: USD is the base'],
    ['a grouped rate', 'date,currency,rate\n2023-09-29,AMD,"1,400.5"\n', "a.csv:2:16: row 2, column rate: '1,400.5' is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after)"],
    ['a zero rate', 'date,currency,rate\n2023-09-29,AMD,0\n', "'0' is not a rate"],
    ['a rate of 100,000 digits', `date,currency,rate\n2023-09-29,AMD,${'4'.repeat(100_000)}\n`, 'is not a rate; expected a positive decimal such as 1.0594 (no sign, exponent or grouping; at most 15 digits before the point and 15 after)'],
    ['a rate of 16 decimals', 'date,currency,rate\n2023-09-29,AMD,0.0025000000000001\n', "'0.0025000000000001' is not a rate"],
    ['a day-first date', 'date,currency,rate\n29.09.2023,AMD,400\n', "a.csv:2:1: row 2, column date: '29.09.2023' is not a date; write dates as YYYY-MM-DD"],
    ['a lower-case code', 'date,currency,rate\n2023-09-29,amd,400\n', "'amd' is not a currency code"],
    ['a code that is no ISO 4217 currency', 'date,currency,rate\n2023-09-29,ABC,400\n', "a.csv:2:12: row 2, column currency: 'ABC' is no ISO 4217 currency code humfig knows"],
    ['ISO\'s code for no currency', 'date,currency,rate\n2023-09-29,XXX,400\n', "'XXX' is ISO 4217's code for no currency, not a currency a rate can be of"],
    ['a column of a code that is no currency', 'date,AMD,QQQ\n2023-09-29,400,1\n', "a.csv:1:10: header, column 3: 'QQQ' is no ISO 4217 currency code humfig knows"],
    ['a rate twice', 'date,currency,rate\n2023-09-29,AMD,400\n2023-09-29,AMD,401\n', 'AMD on 2023-09-29 is also on line 2'],
    ['a short row', 'date,currency,rate\n2023-09-29,AMD\n', 'the row has 2 cells but the header has 3'],
    ['no rows', 'date,currency,rate\n', 'the file has a header but no dated rates'],
  ])('refuses %s', (_what, text, message) => {
    const error = catchError(() => parseRateTable(text, 'a.csv', { base: 'USD', per: '1' }));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toContain(message);
  });
});

describe('readRatesImport: what the file is decides the reader', () => {
  it('a zip of the ECB history reads as the history itself, before any UTF-8 check', async () => {
    const csv = fixture('eurofxref-hist.csv');
    const zip = zipSync({ 'eurofxref-hist.csv': strToU8(csv) });
    const read = await readRatesImport(zip, 'eurofxref-hist.zip', ECB_ONLY);
    expect(read).toMatchObject({ format: 'ecb-csv-hist', base: 'EUR', ecb: true, member: 'eurofxref-hist.csv' });
    expect(read.days).toEqual(parseEcbFile(csv, 'x').days);
  });

  it('a zip with a folder entry and macOS clutter still has one file', async () => {
    const zip = zipSync({ 'rates/': new Uint8Array(), '__MACOSX/._amd.csv': strToU8('x'), 'rates/amd.csv': bytes(fixture('amd-per-usd.csv')) });
    expect(await readRatesImport(zip, 'amd.zip', USD_TABLE)).toMatchObject({ format: 'rate-table-long', base: 'USD', member: 'rates/amd.csv' });
  });

  it.each([
    ['two files', () => zipSync({ 'a.csv': bytes('x'), 'b.csv': bytes('y') }), 'the zip holds 2 files (a.csv, b.csv); humfig imports a zip holding one rates file'],
    ['an empty zip', () => zipSync({}), 'the zip holds no file'],
    ['an Excel workbook', () => zipSync({ '[Content_Types].xml': bytes('<x/>'), 'xl/workbook.xml': bytes('<x/>') }), 'an Excel workbook (.xlsx)'],
    ['a zip in a zip', () => zipSync({ 'inner.zip': zipSync({ 'a.csv': bytes('x') }) }), 'a zip inside the zip'],
    ['a cut zip', () => zipSync({ 'a.csv': bytes('date,currency,rate\n'.repeat(50)) }).slice(0, 40), 'a zip file that cannot be read'],
  ])('a zip holding %s is refused', async (_what, make, message) => {
    const error = await rejection(readRatesImport(make(), 'r.zip', ECB_ONLY));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toContain(message);
  });

  it.each([
    ['HTML', '<!DOCTYPE html><html><body>rates</body></html>', 'it looks like a web page (HTML)'],
    ['JSON', '{"format": "humfig-rates/1"}', 'it looks like JSON'],
    ['semicolons', 'Datum;USD;JPY\n2023-09-29;1,06;158\n', 'a table separated by semicolons'],
    ['an unknown CSV', 'country,year,value\nAM,2023,1\n', "it looks like a CSV whose header is 'country,year,value'"],
    ['prose', 'Exchange rates for September\n', "text starting 'Exchange rates for September'"],
    ['a PDF', '%PDF-1.7\n...', 'a PDF document'],
    ['an empty file', '\n\n', 'the file is empty'],
  ])('%s is refused, naming what it looks like and what is accepted', async (_what, text, looksLike) => {
    const error = await rejection(readRatesImport(bytes(text), 'f', ECB_ONLY));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toContain(looksLike);
    expect(error.message).toContain('accepted: the ECB');
  });

  it('a gzip file is named as one, not as invalid UTF-8', async () => {
    const error = await rejection(readRatesImport(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]), 'r.csv.gz', ECB_ONLY));
    expect(error.message).toContain('a gzip file (decompress it first, with gunzip)');
  });

  it('a column EUR in an ECB-shaped file is refused at import', async () => {
    const error = await rejection(readRatesImport(bytes('Date,USD,EUR,\n2023-09-29,1.0594,1,\n'), 'e.csv', ECB_ONLY));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toBe("e.csv:1:10: header, column EUR: a column EUR: the ECB's rates are units per 1 EUR, so EUR cannot be one of them (a table in another base: import it with --base and --source)");
  });

  it('an ECB XML rate for EUR is refused too', () => {
    const xml = '<gesmes:Envelope><Cube><Cube time="2023-09-29"><Cube currency="EUR" rate="1"/></Cube></Cube></gesmes:Envelope>';
    expect(catchError(() => parseEcbFile(xml, 'e.xml')).message).toContain("currency='EUR': the ECB's rates are units per 1 EUR");
  });

  it('a wide header with --base and --source is the user\'s table, without them the ECB\'s', async () => {
    const text = 'Date,AMD,GEL\n2023-09-29,400,2.7\n';
    expect(await readRatesImport(bytes(text), 'w.csv', USD_TABLE)).toMatchObject({ format: 'rate-table-wide', base: 'USD', ecb: false });
    expect(await readRatesImport(bytes(text), 'w.csv', ECB_ONLY)).toMatchObject({ format: 'ecb-csv-hist', base: 'EUR', ecb: true });
  });

  it.each([
    ['a long table without --base', fixture('amd-per-usd.csv'), { labelled: true }, "a.csv: a table 'date,currency,rate' needs --base CUR"],
    ['a long table without --source', fixture('amd-per-usd.csv'), { base: 'USD', labelled: false }, 'needs --source NAME'],
    ['an ECB file with --base USD', fixture('eurofxref-daily.xml'), { base: 'USD', labelled: false }, 'a.csv: --base USD: this is an ECB file, whose rates are per 1 EUR'],
    ['a wide header with --base USD but no --source', fixture('eurofxref.csv'), { base: 'USD', labelled: false }, 'a.csv: a table with a column per currency needs --source NAME'],
    ['an ECB file with --per', fixture('eurofxref-daily.xml'), { per: '100', labelled: false }, '--per 100: this is an ECB file'],
    ['a --per that is not a power of ten', fixture('amd-per-usd.csv'), { base: 'USD', per: '12', labelled: true }, '--per 12: give 1, 10, 100, 1000...'],
  ])('%s is a usage error', async (_what, text, quoting: ImportQuoting, message) => {
    const error = await rejection(readRatesImport(bytes(text), 'a.csv', quoting));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain(message);
  });

  it.each([
    ['the older SDW quick-view export', 'sdw-quickview-usd.csv', [
      { date: '2023-09-27', rates: { USD: '1.0500' } },
      { date: '2023-09-28', rates: { USD: '1.0550' } },
      { date: '2023-09-29', rates: { USD: '1.0600' } },
    ]],
    ['the Data Portal series download', 'portal-series-usd-jpy.csv', [
      { date: '2023-09-27', rates: { USD: '1.0500', JPY: '157.00' } },
      { date: '2023-09-28', rates: { USD: '1.0550' } },
      { date: '2023-09-29', rates: { USD: '1.0600', JPY: '158.00' } },
    ]],
  ])('%s reads as the ECB\'s rates per 1 EUR', async (_what, name, days) => {
    expect(await readRatesImport(bytes(fixture(name)), name, ECB_ONLY)).toEqual({ format: 'ecb-series-csv', base: 'EUR', per: '1', ecb: true, days });
  });

  it('a per-series download of a monthly series is refused, naming it', async () => {
    const text = fixture('sdw-quickview-usd.csv').replace('EXR.D.USD', 'EXR.M.USD');
    const error = await rejection(readRatesImport(bytes(text), 'q.csv', ECB_ONLY));
    expect(error.message).toBe('q.csv:2:1: series EXR.M.USD.EUR.SP00.A: FREQ=M (monthly): humfig imports the daily reference rates only (FREQ=D); download the daily series');
  });

  it('a Data Portal CSV is the ECB\'s, per 1 EUR', async () => {
    expect(await readRatesImport(bytes(fixture('portal-usd-jpy.csv')), 'p.csv', ECB_ONLY)).toMatchObject({ format: 'ecb-data-portal-csv', base: 'EUR', per: '1', ecb: true });
  });
});
