/**
 * `rates import` from every shape a user holds, and conversions through the tables it builds,
 * run as a user's shell runs the built binary. The fixtures' values are invented (see
 * test/fixtures/rates/README.md); the zip is made here from the fixture CSV.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { humfig } from './in-process.js';
import { FIXTURES, type Session } from './run-humfig.js';

const RATES = join(FIXTURES, 'rates');
const fresh = (): string => mkdtempSync(join(tmpdir(), 'humfig-rates-'));
const ls = (dir: string): string[] => readdirSync(dir).sort();

function expectOk(s: Session): void {
  expect(s.code, `${s.command}\n${s.stderr}`).toBe(0);
}

describe('rates import from every source, and conversions across the tables', () => {
  it('the zipped ECB history, a Data Portal CSV of USD and JPY, and a table of AMD per USD: 1,000,000 AMD in CHF shows two legs and both sources', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'eurofxref-hist.zip'), zipSync({ 'eurofxref-hist.csv': strToU8(readFileSync(join(RATES, 'eurofxref-hist.csv'), 'utf8')) }));
    const out = ['--out', 'my-rates.json'];
    const zip = await humfig(['rates', 'import', 'eurofxref-hist.zip', ...out], { cwd: dir });
    expectOk(zip);
    expect(zip.stdout).toBe('');
    expect(zip.stderr).toBe('humfig: imported 4 days of 30 currencies (2023-09-27 to 2023-10-02) from eurofxref-hist.zip:eurofxref-hist.csv (ecb-csv-hist): 4 added, 0 replaced in my-rates.json\n');
    const portal = await humfig(['rates', 'import', join(RATES, 'portal-usd-jpy.csv'), ...out], { cwd: dir });
    expectOk(portal);
    expect(portal.stderr).toMatch(/^humfig: imported 3 days of 2 currencies \(2023-09-27 to 2023-09-29\) from .*portal-usd-jpy\.csv \(ecb-data-portal-csv\): 0 added, 3 replaced in my-rates\.json\n$/);
    const amd = await humfig(['rates', 'import', join(RATES, 'amd-per-usd.csv'), '--base', 'USD', '--source', 'Invented Central Bank', '--retrieved', '2023-10-02', ...out, '--json'], { cwd: dir });
    expectOk(amd);
    // with --json the report is one JSON line on stderr; stdout stays empty
    expect(amd.stdout).toBe('');
    expect(JSON.parse(amd.stderr)).toMatchObject({ format: 'rate-table-long', days: 3, currencies: 1, added: 3, replaced: 0, base: 'USD', source: 'invented-central-bank' });
    expect(ls(dir)).toEqual(['eurofxref-hist.zip', 'my-rates.json']);

    const file = JSON.parse(readFileSync(join(dir, 'my-rates.json'), 'utf8'));
    expect(file.format).toBe('humfig-rates/2');
    expect(file.tables.map((t: any) => [t.base, t.source.id, t.days.length])).toEqual([
      ['EUR', 'ecb-eurofxref', 4],
      ['USD', 'invented-central-bank', 3],
    ]);
    // the Data Portal's (invented) USD replaced the history's on the days both have; CHF stayed
    expect(file.tables[0].days.find((d: any) => d.date === '2023-09-29').rates).toMatchObject({ USD: '1.0600', JPY: '158.00', CHF: '0.9669' });

    const convert = ['convert', '1000000', 'AMD', 'CHF', '--date', '2023-09-29', '--rates', 'my-rates.json'];
    const text = await humfig(convert, { cwd: dir });
    expectOk(text);
    // 1,000,000 AMD / 400 = 2,500 USD; / 1.06 * 0.9669 = 2,280.4245... CHF
    expect(text.stdout).toBe(
      '2,280.42 CHF  (2 legs: AMD to USD, Invented Central Bank 2023-09-29: 1 USD = 400 AMD; USD to CHF, ECB 2023-09-29: 1 EUR = 1.06 USD, 1 EUR = 0.9669 CHF; 1 AMD = 0.0022804245 CHF; rounded half-even to 2 decimals)\n',
    );
    const json = await humfig([...convert, '--json'], { cwd: dir });
    expectOk(json);
    const r = JSON.parse(json.stdout);
    expect(r).toMatchObject({ amount: 1000000, from: 'AMD', to: 'CHF', value: 2280.42, rounding: { mode: 'half-even', decimals: 2 } });
    expect(r.rate).toMatchObject({ kind: 'table', derived: true, via: ['USD', 'EUR'], date: '2023-09-29', source: 'invented-central-bank + ecb-eurofxref' });
    expect(r.rate.legs).toEqual([
      { base: 'USD', quote: 'AMD', rate: '400.00', date: '2023-09-29', source: 'invented-central-bank' },
      { base: 'EUR', quote: 'USD', rate: '1.0600', date: '2023-09-29', source: 'ecb-eurofxref' },
      { base: 'EUR', quote: 'CHF', rate: '0.9669', date: '2023-09-29', source: 'ecb-eurofxref' },
    ]);

    // rates list shows both tables, each rate with its base and source
    const list = await humfig(['rates', 'list', '--rates', 'my-rates.json', '--currency', 'AMD,CHF', '--to', '2023-09-29', '--format', 'csv'], { cwd: dir });
    expectOk(list);
    expect(list.stdout).toBe('date,base,quote,rate,source\r\n2023-09-29,USD,AMD,400.00,invented-central-bank\r\n2023-09-29,EUR,CHF,0.9669,ecb-eurofxref\r\n');
  });

  it.each([
    ['a zip of two files', () => zipSync({ 'a.csv': strToU8('x'), 'b.csv': strToU8('y') }), [], 65, /^humfig: r\.zip: the zip holds 2 files \(a\.csv, b\.csv\)/],
    ['a web page saved as .csv', () => strToU8('<!doctype html><title>ECB</title>'), [], 65, /not a rates file humfig can import: it looks like a web page \(HTML\).*; accepted: /],
    ['a column EUR in an ECB file', () => strToU8('Date,USD,EUR,\n2023-09-29,1.0594,1,\n'), [], 65, /r\.zip:1:10: header, column EUR: a column EUR: the ECB's rates are units per 1 EUR/],
    ['a table without --base', () => readFileSync(join(RATES, 'amd-per-usd.csv')), ['--source', 'X'], 2, /^humfig: r\.zip: a table 'date,currency,rate' needs --base CUR/],
  ])('%s: one line naming the problem, its exit code, nothing written', async (_what, make, flags: string[], code, message) => {
    const dir = fresh();
    writeFileSync(join(dir, 'r.zip'), make());
    writeFileSync(join(dir, 'old.json'), readFileSync(join(RATES, 'rates-valid.json')));
    const s = await humfig(['rates', 'import', 'r.zip', ...flags, '--out', 'old.json'], { cwd: dir });
    expect(s.code, s.stderr).toBe(code);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(message);
    expect(s.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe(readFileSync(join(RATES, 'rates-valid.json'), 'utf8'));
    expect(ls(dir)).toEqual(['old.json', 'r.zip']);
  });
});
