import { describe, expect, it } from 'vitest';
import { parseRatesBook, parseRatesTables, serializeRatesTables, type RatesTableContent } from '../../../src/convert/rates-file.js';
import { mergeTables } from '../../../src/convert/merge-rates.js';
import { FileInvalidError } from '../../../src/errors.js';
import { catchError, fixture } from './helpers.js';

// invented rates
const ECB: RatesTableContent = {
  base: 'EUR',
  source: { id: 'ecb-eurofxref', name: 'ECB reference rates', publisher: 'European Central Bank' },
  imported: { from: 'eurofxref-hist.csv', format: 'ecb-csv-hist' },
  days: [{ date: '2023-09-29', rates: { USD: '1.06', CHF: '0.97' } }],
};
const CBA: RatesTableContent = {
  base: 'USD',
  source: { id: 'invented-bank', name: 'Invented Bank' },
  imported: { from: 'amd.csv', format: 'rate-table-long', per: '100' },
  days: [{ date: '2023-09-29', rates: { AMD: '4' } }],
};

describe('rates files holding several tables', () => {
  it('a lone EUR table is still written as humfig-rates/1, which older humfig reads', () => {
    const text = serializeRatesTables([ECB]);
    expect(JSON.parse(text)).toMatchObject({ format: 'humfig-rates/1', base: 'EUR' });
    expect(parseRatesTables(text, 'r.json')).toEqual([ECB]);
  });

  it('several tables are humfig-rates/2 and read back exactly, in order', () => {
    const text = serializeRatesTables([ECB, CBA]);
    expect(JSON.parse(text)).toMatchObject({ format: 'humfig-rates/2', tables: [{ base: 'EUR' }, { base: 'USD', imported: { per: '100' } }] });
    expect(parseRatesTables(text, 'r.json')).toEqual([ECB, CBA]);
    const book = parseRatesBook(text, 'r.json');
    expect(book.tables.map((t) => [t.base, t.source.id, t.source.file])).toEqual([
      ['EUR', 'ecb-eurofxref', 'r.json'],
      ['USD', 'invented-bank', 'r.json'],
    ]);
    expect(book.source.id).toBe('ecb-eurofxref');
  });

  it('a lone table in another base is humfig-rates/2', () => {
    expect(JSON.parse(serializeRatesTables([CBA])).format).toBe('humfig-rates/2');
  });

  it('existing humfig-rates/1 files stay valid', () => {
    expect(parseRatesTables(fixture('rates-valid.json'), 'rates-valid.json')[0]!.base).toBe('EUR');
  });

  it.each([
    ['the base among its rates', (t: any) => (t.tables[1].days[0].rates.USD = '1'), 'r.json:', 'tables[1].days[0].rates.USD: USD is the base; leave it out of the rates'],
    ['days out of order', (t: any) => t.tables[1].days.unshift({ date: '2023-10-01', rates: { AMD: '4' } }), '', 'tables[1].days[1].date: days must be in ascending date order'],
    ['the same source and base twice', (t: any) => t.tables.push(structuredClone(t.tables[1])), '', "tables[2].source.id: tables[1] already holds invented-bank's rates per USD"],
    ['no tables', (t: any) => (t.tables = []), '', 'tables: must hold at least one table'],
    ['a bad base', (t: any) => (t.tables[0].base = 'euro'), '', 'tables[0].base'],
    ['a per that is not a power of ten', (t: any) => (t.tables[1].imported.per = '12'), '', 'tables[1].imported.per: must be "1", "10", "100", "1000"...'],
    ['a "__proto__" currency', (t: any) => Object.defineProperty(t.tables[1].days[0].rates, '__proto__', { value: '1', enumerable: true }), '', "'__proto__' is not a currency code"],
  ])('refuses %s, with its path and line', (_what, edit, prefix, message) => {
    const doc = JSON.parse(serializeRatesTables([ECB, CBA]));
    edit(doc);
    const error = catchError(() => parseRatesTables(JSON.stringify(doc, null, 2), 'r.json'));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toMatch(new RegExp(`^r\\.json:\\d+:\\d+: `));
    expect(error.message).toContain(prefix);
    expect(error.message).toContain(message);
  });
});

describe('mergeTables', () => {
  it('adds a new source or base as a table after the others', () => {
    expect(mergeTables([ECB], CBA)).toEqual({ tables: [ECB, CBA], added: 1, replaced: 0 });
  });

  it('joins the same source and base: a day in both keeps every currency, the incoming rate wins', () => {
    const portal: RatesTableContent = { ...ECB, imported: { from: 'p.csv', format: 'ecb-data-portal-csv' }, days: [
      { date: '2023-09-29', rates: { USD: '1.07', JPY: '158' } },
      { date: '2023-10-02', rates: { USD: '1.05' } },
    ] };
    const merged = mergeTables([ECB, CBA], portal);
    expect(merged.added).toBe(1);
    expect(merged.replaced).toBe(1);
    expect(merged.tables[0]).toEqual({ ...portal, days: [
      { date: '2023-09-29', rates: { USD: '1.07', CHF: '0.97', JPY: '158' } },
      { date: '2023-10-02', rates: { USD: '1.05' } },
    ] });
    expect(merged.tables[1]).toBe(CBA);
  });
});
