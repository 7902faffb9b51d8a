/**
 * End-to-end tests of the conversion features: `convert`, `get --to`, `rates list` and
 * `rates import`, run as a user's shell runs the built binary. Expected money values were
 * computed by hand from the rows of data/rates/eurofxref-hist.csv with exact BigInt arithmetic
 * (amount * quote / base, then half-to-even rounding); each case names the rows it used.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT, type Session } from './run-humfig.js';
import { humfig } from './in-process.js';
import { oracleConvert, rawTopValue } from './convert-oracle.js';

const RATES = join(FIXTURES, 'rates');
const BUNDLED_CSV = join(ROOT, 'data', 'rates', 'eurofxref-hist.csv');
const FACTS_WITH_RATES = join(FIXTURES, 'cli-convert', 'facts-rates.json');
const CONTRACT_KEYS = ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'place', 'source', 'quote', 'stated', 'notes', 'breakdown', 'period'];
const NO_RATE_HINTS = ['  give a rate with --rate <decimal>', '  add a dated rate to the facts file\'s "rates"', '  or use --rates <file> with a table that has it'];

// ---------------------------------------------------------------- helpers

const tempDirs: string[] = [];
/** A fresh folder for one test; removed after the file has run. */
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'humfig-convert-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every error: the exit code, nothing on stdout, exactly one `humfig: ` line, no stack trace. */
function expectFailure(s: Session, code: number, ...patterns: RegExp[]): void {
  expect(s.code, `${s.command}\n${s.stdout}${s.stderr}`).toBe(code);
  expect(s.stdout, s.command).toBe('');
  expect(s.stderr.split('\n').filter((l) => l.startsWith('humfig: ')), s.stderr).toHaveLength(1);
  expect(s.stderr.startsWith('humfig: '), s.stderr).toBe(true);
  expect(s.stderr).not.toMatch(/^\s+at /m);
  for (const p of patterns) expect(s.stderr).toMatch(p);
}

/** Success with nothing on stderr. */
function expectQuietSuccess(s: Session): void {
  expect(s.code, `${s.command}\n${s.stderr}`).toBe(0);
  expect(s.stderr, s.command).toBe('');
}

/** Files of a folder, sorted. */
function ls(dir: string): string[] {
  return readdirSync(dir).sort();
}

const MONEY_KEYS = ['amount', 'from', 'to', 'value', 'exact', 'rounding', 'rate'];
const RATE_KEYS = ['value', 'date', 'requestedDate', 'ageDays', 'source', 'kind', 'derived', 'legs', 'via'];

// ---------------------------------------------------------------- convert: currencies

describe('humfig convert: the issue example', () => {
  it('converts 20,000,000 CHF to USD on 2023-09-29 and shows the working', async () => {
    // rows 2023-09-29: CHF 0.9669, USD 1.0594 -> 20000000 * 1.0594 / 0.9669 = 21913331.2648671...
    const s = await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29']);
    expectQuietSuccess(s);
    expect(s.stdout).toMatch(/^21,913,331\.26 USD {2}\(.*\)\n$/);
    expect(s.stdout).toContain('ECB 2023-09-29, via EUR, 1 CHF = 1.0956666 USD');
    expect(s.stdout).toContain('rounded half-even to 2 decimals');
  });

  it('--json gives the documented record; value is a JSON number with exactly the rounded digits', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--json']);
    expectQuietSuccess(s);
    const r = JSON.parse(s.stdout) as Record<string, any>;
    expect(Object.keys(r)).toEqual(MONEY_KEYS);
    expect(Object.keys(r.rate)).toEqual(RATE_KEYS);
    expect(rawTopValue(s.stdout)).toBe('21913331.26');
    expect(s.stdout).toMatch(/^ {2}"amount": 20000000,$/m);
    expect(typeof r.exact).toBe('string');
    expect(r.exact.startsWith('21913331.264867101044')).toBe(true);
    expect(r).toMatchObject({
      amount: 20000000,
      from: 'CHF',
      to: 'USD',
      value: 21913331.26,
      rounding: { mode: 'half-even', decimals: 2 },
      rate: {
        date: '2023-09-29',
        requestedDate: '2023-09-29',
        ageDays: 0,
        source: 'ecb-eurofxref',
        kind: 'table',
        derived: true,
        via: ['EUR'],
        legs: [
          { base: 'EUR', quote: 'CHF', rate: '0.9669', date: '2023-09-29', source: 'ecb-eurofxref' },
          { base: 'EUR', quote: 'USD', rate: '1.0594', date: '2023-09-29', source: 'ecb-eurofxref' },
        ],
      },
    });
    expect(r.rate.value.startsWith('1.09566656324335505')).toBe(true);
  });

  it('on Saturday 2023-09-30 uses Friday 2023-09-29, age 1, never the later Monday rate', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30', '--json']);
    expectQuietSuccess(s);
    const r = JSON.parse(s.stdout) as Record<string, any>;
    expect(rawTopValue(s.stdout)).toBe('21913331.26'); // not 21860078.89, the 2023-10-02 value
    expect(r.rate).toMatchObject({ date: '2023-09-29', requestedDate: '2023-09-30', ageDays: 1 });
    const line = (await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30'])).stdout;
    expect(line).toContain('ECB 2023-09-29, via EUR, 1 day before 2023-09-30, 1 CHF = 1.0956666 USD');
  });

  it('--format csv gives one row with the working in flat fields', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30', '--format', 'csv']);
    expectQuietSuccess(s);
    const [header, row] = s.stdout.trimEnd().split(/\r?\n/);
    expect(header).toBe('amount,from,to,value,exact,rate,rate_date,requested_date,age_days,source,kind,derived');
    expect(row).toMatch(/^20000000,CHF,USD,21913331\.26,21913331\.2648\d+,1\.0956\d+,2023-09-29,2023-09-30,1,ecb-eurofxref,table,true$/);
  });
});

describe('humfig convert: hand-checked ECB values', () => {
  it.each([
    // [amount, from, to, --date, value, rate date, ageDays, legs as [quote, rate, date]]
    // 2016-06-24: GBP 0.8075, USD 1.1066 -> 1000000 * 1.1066 / 0.8075 = 1370402.4767801...
    ['1000000', 'GBP', 'USD', '2016-06-24', '1370402.48', '2016-06-24', 0, [['GBP', '0.8075', '2016-06-24'], ['USD', '1.1066', '2016-06-24']]],
    // 2016-06-23: GBP 0.76595, USD 1.1389 -> 1486911.6783079...
    ['1000000', 'GBP', 'USD', '2016-06-23', '1486911.68', '2016-06-23', 0, [['GBP', '0.76595', '2016-06-23'], ['USD', '1.1389', '2016-06-23']]],
    // first day 1999-01-04: GBP 0.7111, JPY 133.73 -> 1000 * 133.73 / 0.7111 = 188060.7509... -> JPY has 0 decimals
    ['1000', 'GBP', 'JPY', '1999-01-04', '188061', '1999-01-04', 0, [['GBP', '0.7111', '1999-01-04'], ['JPY', '133.73', '1999-01-04']]],
    // first day 1999-01-04: USD 1.1789; EUR is the base, so one leg
    ['100', 'EUR', 'USD', '1999-01-04', '117.89', '1999-01-04', 0, [['USD', '1.1789', '1999-01-04']]],
    // last day 2024-10-11: USD 1.0938, JPY 162.94 -> 148966.9043...
    ['1000', 'USD', 'JPY', '2024-10-11', '148967', '2024-10-11', 0, [['USD', '1.0938', '2024-10-11'], ['JPY', '162.94', '2024-10-11']]],
    // Monday 2024-10-14 is after the last row: 2024-10-11 is used, 3 days old (under --max-age 7)
    ['1000', 'USD', 'JPY', '2024-10-14', '148967', '2024-10-11', 3, [['USD', '1.0938', '2024-10-11'], ['JPY', '162.94', '2024-10-11']]],
    // 2020-03-16: USD 1.1157 -> 1000 / 1.1157 = 896.2982... ; to EUR, one leg
    ['1000', 'USD', 'EUR', '2020-03-16', '896.30', '2020-03-16', 0, [['USD', '1.1157', '2020-03-16']]],
    // Christmas Monday 2023-12-25 (no fixing 12-23..12-26): row 2023-12-22 USD 1.1023, GBP 0.8666 -> 393.0871...
    ['500', 'USD', 'GBP', '2023-12-25', '393.09', '2023-12-22', 3, [['USD', '1.1023', '2023-12-22'], ['GBP', '0.8666', '2023-12-22']]],
    // 2023-09-27: CHF 0.968, USD 1.0536 -> 21768595.0413...
    ['20000000', 'CHF', 'USD', '2023-09-27', '21768595.04', '2023-09-27', 0, [['CHF', '0.968', '2023-09-27'], ['USD', '1.0536', '2023-09-27']]],
  ] as const)('%s %s -> %s on %s is %s', async (amount, from, to, date, value, rateDate, age, legs) => {
    const s = await humfig(['convert', amount, from, to, '--date', date, '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe(value);
    const r = JSON.parse(s.stdout) as Record<string, any>;
    expect(r.rounding).toEqual({ mode: 'half-even', decimals: to === 'JPY' ? 0 : 2 });
    expect(r.rate).toMatchObject({ date: rateDate, requestedDate: date, ageDays: age, kind: 'table', derived: legs.length === 2 });
    expect(r.rate.legs).toEqual(legs.map(([quote, rate, d]) => ({ base: 'EUR', quote, rate, date: d, source: 'ecb-eurofxref' })));
    // the oracle agrees with the hard-coded value (a check on the table above)
    const [q, b] = legs.length === 2 ? [legs[1]![1], legs[0]![1]] : from === 'EUR' ? [legs[0]![1], '1'] : ['1', legs[0]![1]];
    expect(oracleConvert(amount, q, b, r.rounding.decimals)).toBe(value);
  });

  it('JPY amounts have no decimals in the line either', async () => {
    const s = await humfig(['convert', '1000', 'USD', 'JPY', '--date', '2024-10-11']);
    expectQuietSuccess(s);
    expect(s.stdout).toMatch(/^148,967 JPY {2}\(ECB 2024-10-11, via EUR, 1 USD = 148\.9669 JPY; rounded half-even to 0 decimals\)\n$/);
  });

  it('a leg from a gap in a series (ISK had no rate 2008-12-10..2018-01-31) is refused with exit 69, not converted at the rate before the gap', async () => {
    const s = await humfig(['convert', '100000', 'ISK', 'USD', '--date', '2010-01-04']);
    expect(s.code).toBe(69);
    expect(s.stdout).toBe('');
    expect(s.stderr).toContain('humfig: no rate for ISK -> USD on 2010-01-04: European Central Bank euro foreign exchange reference rates quotes no ISK after 2008-12-09, though it publishes other rates up to 2010-01-04');
    expect(s.stderr).toContain('give a rate with --rate <decimal>');
    // a rate given by hand is used
    const given = await humfig(['convert', '100000', 'ISK', 'USD', '--date', '2010-01-04', '--rate', '0.0062', '--json']);
    expect(given.code).toBe(0);
    expect(rawTopValue(given.stdout)).toBe('620.00');
  });

  it('a cross rate whose legs are of different days names each leg\'s day', async () => {
    // RUB was last quoted on 2022-03-01 (a Tuesday); three days later the USD leg is of 2022-03-04
    const s = await humfig(['convert', '750000', 'RUB', 'USD', '--date', '2022-03-04']);
    expect(s.stdout).toBe('6,993.75 USD  (ECB 2022-03-01 for RUB and 2022-03-04 for USD, via EUR, the older 3 days before 2022-03-04, 1 RUB = 0.0093250058 USD; rounded half-even to 2 decimals)\n');
  });

  it('a date before the first rate (1999-01-04) is exit 69 with the hint lines', async () => {
    const s = await humfig(['convert', '100', 'USD', 'JPY', '--date', '1998-12-31']);
    expectFailure(s, 69, /no rate for USD -> JPY on or before 1998-12-31/, /its first is of 1999-01-04/);
    expect(s.stderr.split('\n').slice(1, 4)).toEqual(NO_RATE_HINTS);
  });

  it('AMD, never published by the ECB, is exit 69 naming --rate; with --rate 386.5 it works and is labelled user', async () => {
    expectFailure(await humfig(['convert', '1000', 'USD', 'AMD']), 69, /has no AMD rates/, /--rate <decimal>/);
    const s = await humfig(['convert', '1000', 'USD', 'AMD', '--rate', '386.5', '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe('386500.00');
    const r = JSON.parse(s.stdout) as Record<string, any>;
    expect(r.rate).toMatchObject({ value: '386.5', kind: 'user', source: 'user', derived: false, date: '2023-10-02', ageDays: 0 });
    expect(r.rate.legs).toEqual([{ base: 'USD', quote: 'AMD', rate: '386.5', date: '2023-10-02', source: 'user' }]);
    expect((await humfig(['convert', '1000', 'USD', 'AMD', '--rate', '386.5'])).stdout).toBe(
      '386,500.00 AMD  (your --rate 2023-10-02, 1 USD = 386.5 AMD; rounded half-even to 2 decimals)\n',
    );
  });

  it('--rate beats the table even where the table has a rate', async () => {
    const s = await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-29', '--rate', '1.25', '--json']);
    expect(rawTopValue(s.stdout)).toBe('1250.00');
    expect(JSON.parse(s.stdout).rate.kind).toBe('user');
  });

  it('a currency converted to itself is labelled identity', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'chf', '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe('20000000.00');
    expect(JSON.parse(s.stdout).rate).toMatchObject({ kind: 'identity', legs: [], derived: false });
  });

  it('accepts currency names and scaled amounts', async () => {
    const s = await humfig(['convert', '20 million', 'swiss francs', 'usd', '--date', '2023-09-29']);
    expectQuietSuccess(s);
    expect(s.stdout.startsWith('21,913,331.26 USD  (')).toBe(true);
  });
});

describe('humfig convert: rounding half to even at the final step', () => {
  it.each([
    // 2023-09-29 JPY 158.1: 5 EUR = 790.5 exactly -> 790 (half-up would say 791); 15 EUR = 2371.5 -> 2372
    [['5', 'EUR', 'JPY', '--date', '2023-09-29'], '790', 0],
    [['15', 'EUR', 'JPY', '--date', '2023-09-29'], '2372', 0],
    // AMD has 2 decimals: 0.125 -> 0.12, 0.135 -> 0.14
    [['1', 'USD', 'AMD', '--rate', '0.125'], '0.12', 2],
    [['1', 'USD', 'AMD', '--rate', '0.135'], '0.14', 2],
    // KWD has 3 decimals: 0.0125 -> 0.012, 0.0135 -> 0.014; 1000 * 0.30845 keeps its three decimals
    [['1', 'USD', 'KWD', '--rate', '0.0125'], '0.012', 3],
    [['1', 'USD', 'KWD', '--rate', '0.0135'], '0.014', 3],
    [['1000', 'USD', 'KWD', '--rate', '0.30845'], '308.450', 3],
  ] as const)('%o -> %s', async (args, value, decimals) => {
    const s = await humfig(['convert', ...args, '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe(value);
    expect(JSON.parse(s.stdout).rounding).toEqual({ mode: 'half-even', decimals });
  });

  it('states the rounding in the line: KWD to 3 decimals', async () => {
    expect((await humfig(['convert', '1000', 'USD', 'KWD', '--rate', '0.30845'])).stdout).toBe(
      '308.450 KWD  (your --rate 2023-10-02, 1 USD = 0.30845 KWD; rounded half-even to 3 decimals)\n',
    );
  });
});

describe('humfig convert: rates from a facts file', () => {
  const facts = ['--facts', FACTS_WITH_RATES];

  it('the fixture is a valid facts file', async () => {
    const s = await humfig(['validate', FACTS_WITH_RATES]);
    expect(s.code, s.stdout + s.stderr).toBe(0);
    expect(s.stdout).toContain('valid (1 figure)');
  });

  it('a facts rate beats the bundled table and is labelled facts, with its quote', async () => {
    // facts: 1 CHF = 1.1 USD as of 2023-09-28 (the table would give 1,095.67 on 2023-09-29)
    const s = await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-29', ...facts, '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe('1100.00');
    expect(JSON.parse(s.stdout).rate).toEqual({
      value: '1.1',
      date: '2023-09-28',
      requestedDate: '2023-09-29',
      ageDays: 1,
      source: 'bulletin',
      kind: 'facts',
      derived: false,
      via: [],
      legs: [{ base: 'CHF', quote: 'USD', rate: '1.1', date: '2023-09-28', source: 'bulletin', quote_text: '1 Swiss franc = 1.1 US dollars' }],
    });
    expect((await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-29', ...facts])).stdout).toBe(
      '1,100.00 USD  (facts source bulletin 2023-09-28, 1 day before 2023-09-29, 1 CHF = 1.1 USD; rounded half-even to 2 decimals)\n',
    );
  });

  it('HUMFIG_FACTS chooses the facts file too', async () => {
    const s = await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-29', '--json'], { env: { HUMFIG_FACTS: FACTS_WITH_RATES } });
    expect(JSON.parse(s.stdout).rate.kind).toBe('facts');
  });

  it('--rate beats a facts rate', async () => {
    const s = await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-29', '--rate', '1.2', ...facts, '--json']);
    expect(rawTopValue(s.stdout)).toBe('1200.00');
    expect(JSON.parse(s.stdout).rate.kind).toBe('user');
  });

  it('a facts rate is never used before its date: the table answers instead', async () => {
    // table 2023-09-27: CHF 0.968, USD 1.0536 -> 1000 * 1.0536 / 0.968 = 1088.4297...
    const s = await humfig(['convert', '1000', 'CHF', 'USD', '--date', '2023-09-27', ...facts, '--json']);
    expect(rawTopValue(s.stdout)).toBe('1088.43');
    expect(JSON.parse(s.stdout).rate.kind).toBe('table');
  });

  it('a facts rate serves the inverse pair by one division, and covers a currency the ECB lacks', async () => {
    // facts: 1 USD = 400 AMD -> 4000 AMD = 10 USD exactly
    const s = await humfig(['convert', '4000', 'AMD', 'USD', '--date', '2023-09-29', ...facts, '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe('10.00');
    expect(JSON.parse(s.stdout).rate).toMatchObject({ value: '0.0025', kind: 'facts', legs: [{ base: 'USD', quote: 'AMD', rate: '400' }] });
  });

  it('pairs without a facts rate still come from the table', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'GBP', '--date', '2023-09-29', ...facts, '--json']);
    // 2023-09-29: CHF 0.9669, GBP 0.86458 -> 17883545.3511...
    expect(rawTopValue(s.stdout)).toBe('17883545.35');
    expect(JSON.parse(s.stdout).rate.kind).toBe('table');
  });

  it('an invalid facts file stops a conversion with exit 65; a missing one with 66', async () => {
    const dir = freshDir();
    const broken = readFileSync(FACTS_WITH_RATES, 'utf8').replace('an appeal for 5 million Swiss francs', 'an appeal for 6 million Swiss francs');
    writeFileSync(join(dir, 'broken.json'), broken);
    copyFileSync(join(FIXTURES, 'cli-convert', 'sources', 'bulletin.txt'), join(dir, 'bulletin.txt'));
    expectFailure(await humfig(['convert', '1', 'CHF', 'USD', '--facts', join(dir, 'broken.json')]), 65);
    expectFailure(await humfig(['convert', '1', 'CHF', 'USD', '--facts', join(dir, 'missing.json')]), 66, /no such file/);
  });
});

describe('humfig convert: staleness', () => {
  it('without --date the rate of HUMFIG_TODAY (a Monday with rates) is used, without warning', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'USD']);
    expectQuietSuccess(s);
    // 2023-10-02: CHF 0.9634, USD 1.053 -> 21860078.8872...
    expect(s.stdout).toBe('21,860,078.89 USD  (ECB 2023-10-02, via EUR, 1 CHF = 1.0930039 USD; rounded half-even to 2 decimals)\n');
  });

  it('a newest rate older than --max-age is a warning on stderr; stdout keeps the data; exit 0', async () => {
    const s = await humfig(['convert', '20000000', 'CHF', 'USD'], { env: { HUMFIG_TODAY: '2026-11-28' } });
    expect(s.code).toBe(0);
    // 2024-10-11: CHF 0.9378, USD 1.0938 -> 23326935.3806...
    expect(s.stdout).toBe('23,326,935.38 USD  (ECB 2024-10-11, via EUR, 778 days before 2026-11-28, 1 CHF = 1.1663468 USD; rounded half-even to 2 decimals)\n');
    expect(s.stderr).toBe('humfig: warning: the CHF/USD rate used is of 2024-10-11, 778 days before 2026-11-28 (more than --max-age 7)\n');
    const j = await humfig(['convert', '20000000', 'CHF', 'USD', '--json'], { env: { HUMFIG_TODAY: '2026-11-28' } });
    expect(JSON.parse(j.stdout).rate).toMatchObject({ date: '2024-10-11', requestedDate: '2026-11-28', ageDays: 778 });
    expect(JSON.parse(j.stderr).note.message).toMatch(/^warning: /);
  });

  it('--strict makes it exit 69 with nothing on stdout (also with --json)', async () => {
    const env = { HUMFIG_TODAY: '2026-11-28' };
    expectFailure(await humfig(['convert', '20000000', 'CHF', 'USD', '--strict'], { env }), 69, /2024-10-11, 778 days before 2026-11-28/, /--max-age/);
    const j = await humfig(['convert', '20000000', 'CHF', 'USD', '--strict', '--json'], { env });
    expect(j.code).toBe(69);
    expect(j.stdout).toBe('');
    expect(JSON.parse(j.stderr)).toMatchObject({ error: { code: 'RATE_TOO_OLD', exitCode: 69 } });
  });

  it('--max-age 1000 silences it, also with --strict', async () => {
    const env = { HUMFIG_TODAY: '2026-11-28' };
    expectQuietSuccess(await humfig(['convert', '20000000', 'CHF', 'USD', '--max-age', '1000'], { env }));
    expectQuietSuccess(await humfig(['convert', '20000000', 'CHF', 'USD', '--max-age', '1000', '--strict'], { env }));
  });

  it('a day after today is said to have no rate yet, whatever --max-age (and exit 69 with --strict); one day is "1 day"', async () => {
    const env = { HUMFIG_TODAY: '2023-09-29' };
    const s = await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-10-01', '--max-age', '1000'], { env });
    expect(s.code).toBe(0);
    expect(s.stderr).toBe("humfig: warning: the USD/EUR rate used is of 2023-09-29, 2 days before 2023-10-01, a day after today (2023-09-29): no rate is published for it yet, so this is the latest rate, not that day's\n");
    expectFailure(await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-10-01', '--strict'], { env }), 69, /a day after today/);
    // a rate of the day asked for was published, whatever today is said to be
    expectQuietSuccess(await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-10-02'], { env: { HUMFIG_TODAY: '2023-09-01' } }));
    const one = await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-09-30', '--max-age', '0']);
    expect(one.stderr).toBe('humfig: warning: the USD/EUR rate used is of 2023-09-29, 1 day before 2023-09-30 (more than --max-age 0)\n');
  });

  it('the age counts from --date: a weekend is fine at 7 days, not at 1', async () => {
    expectQuietSuccess(await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-10-01']));
    const s = await humfig(['convert', '100', 'USD', 'EUR', '--date', '2023-10-01', '--max-age', '1']);
    expect(s.code).toBe(0);
    expect(s.stderr).toMatch(/^humfig: warning: the USD\/EUR rate used is of 2023-09-29, 2 days before 2023-10-01/);
  });

  it.each([['-1'], ['1.5'], ['seven']])('--max-age %s is a usage error', async (value) => {
    expectFailure(await humfig(['convert', '1', 'USD', 'EUR', '--max-age', value]), 2, /--max-age/);
  });

  it('a malformed HUMFIG_TODAY is a usage error', async () => {
    expectFailure(await humfig(['convert', '1', 'USD', 'EUR'], { env: { HUMFIG_TODAY: '2023-13-01' } }), 2, /HUMFIG_TODAY/);
  });
});

// ---------------------------------------------------------------- convert: units

describe('humfig convert: units', () => {
  it('persons to households with --household-size', async () => {
    const s = await humfig(['convert', '2.8 million', 'person', 'household', '--household-size', '3.6']);
    expectQuietSuccess(s);
    expect(s.stdout).toMatch(/^777,777\.7777\d* households {2}\(3\.6 persons per household, from --household-size\)\n$/);
    const j = await humfig(['convert', '2.8 million', 'person', 'household', '--household-size', '3.6', '--json']);
    const r = JSON.parse(j.stdout) as Record<string, any>;
    expect(r).toMatchObject({ amount: 2800000, from: 'person', to: 'household', factor: { kind: 'user', size: '3.6' } });
    expect(r.exact).toMatch(/^777777\.7{30,}8?$/);
  });

  it('and back: households to persons multiply by the size', async () => {
    const s = await humfig(['convert', '300', 'households', 'people', '--household-size', '3.6', '--json']);
    expect(rawTopValue(s.stdout)).toBe('1080');
  });

  it('without a size: exit 69 with a hint naming --household-size', async () => {
    expectFailure(await humfig(['convert', '2.8 million', 'person', 'household']), 69, /no size to convert person to household/, /^ {2}.*--household-size/m);
  });

  it.each([
    [['3', 'decade', 'year'], '30', /^30 years {2}\(/],
    [['1', 'year', 'month'], '12', /^12 months {2}\(/],
    [['2', 'week', 'day'], '14', /^14 days {2}\(/],
    [['1.5', 't', 'kg'], '1500', /^1,500 kg/],
  ])('%o is exact', async (args, value, line) => {
    const j = await humfig(['convert', ...args, '--json']);
    expectQuietSuccess(j);
    expect(rawTopValue(j.stdout)).toBe(value);
    expect(JSON.parse(j.stdout).factor.kind).toBe('definition');
    expect((await humfig(['convert', ...args])).stdout).toMatch(line);
  });

  it('ton is refused (exit 2) with a hint naming t', async () => {
    expectFailure(await humfig(['convert', '3', 'ton', 'kg']), 2, /unit 'ton' is ambiguous/, /^ {2}.*\bwrite t\b/m);
  });

  it.each([
    [['3', 'person', 'km'], /person \(count\) to km \(length\)/],
    [['100', 'CHF', 'person'], /CHF \(money\) to person \(count\)/],
  ])('%o is exit 2 naming both dimensions', async (args, message) => {
    expectFailure(await humfig(['convert', ...args]), 2, message);
  });

  it.each([
    [['3', 'persn', 'household'], /unknown unit 'persn'/, /did you mean person\b/],
    [['3', 'CHF', 'USX'], /unknown unit 'USX'/, /did you mean .*USD/],
    [['3', 'decade', 'yeer'], /unknown unit 'yeer'/, /did you mean .*year/],
  ])('%o is exit 2 with "did you mean"', async (args, message, hint) => {
    expectFailure(await humfig(['convert', ...args]), 2, message, hint);
  });

  it.each([['abc'], ['12,5'], ['1.2.3'], ['5 zillion'], ['']])('amount %o is exit 2', async (amount) => {
    expectFailure(await humfig(['convert', amount, 'CHF', 'USD']), 2, /is not a valid/);
  });

  it.each([
    [['1', 'CHF', 'USD', '--rate', '0'], /rate '0' must be greater than 0/],
    [['1', 'CHF', 'USD', '--rate', 'abc'], /'abc' is not a valid rate/],
    [['1', 'CHF', 'USD', '--date', '2023-02-30'], /not a real calendar date/],
    [['1', 'CHF', 'USD', '--date', '29/09/2023'], /write YYYY-MM-DD/],
    [['3', 'person', 'household', '--household-size', '0'], /must be greater than 0/],
    [['100', 'CHF'], /expected AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], found "100 CHF"/],
    [[], /give AMOUNT FROM \[to\|in\] TO \[\[on\] YYYY-MM-DD\], or --batch/],
    [['100', 'USD', 'EUR', '2023-09-29', '--date', '2023-09-28'], /^humfig: the request says 2023-09-29 and --date says 2023-09-28: give one date$/m],
    [['100', 'USD', 'to', 'EUR', 'on', '2023-02-29'], /'2023-02-29' is not a real calendar date/],
  ])('%o is a usage error', async (args, message) => {
    expectFailure(await humfig(['convert', ...args]), 2, message);
  });

  // regression (found at 819d904): a fourth argument was silently dropped, because the
  // program's allowExcessArguments(true) was inherited by `convert`
  it('a fourth unit is a usage error, not silently ignored', async () => {
    expectFailure(await humfig(['convert', '100', 'CHF', 'USD', 'EUR', '--date', '2023-09-29']), 2, /expected AMOUNT FROM .*, found "100 CHF USD EUR"/);
  });

  // regression (found at 819d904): KGS (Kyrgyzstani som) was read as 'kgs', an alias of kg, so
  // `convert 100 KGS USD --rate 0.0112` failed with "cannot convert kg (mass) to USD (money)"
  it('KGS is the Kyrgyzstani som, a currency, not kilograms', async () => {
    const s = await humfig(['convert', '100', 'KGS', 'USD', '--rate', '0.0112', '--json']);
    expectQuietSuccess(s);
    expect(rawTopValue(s.stdout)).toBe('1.12');
    expect((await humfig(['convert', '100', 'kgs', 'g'])).stdout).toMatch(/^100,000 g/); // lower case is still kilograms
  });
});

// ---------------------------------------------------------------- convert: as people write it

describe('humfig convert: natural forms and --value', () => {
  const LINE = '94.39 EUR  (ECB 2023-09-29, 1 USD = 0.94393053 EUR; rounded half-even to 2 decimals)\n';
  // row 2023-09-29: USD 1.0594 -> 100 / 1.0594 = 94.3930526...
  it.each([
    ['100 USD EUR --date 2023-09-29'],
    ['100 USD to EUR --date 2023-09-29'],
    ['100 USD in EUR --date 2023-09-29'],
    ['100 USD EUR 2023-09-29'],
    ['100 USD to EUR on 2023-09-29'],
    ['100 USD EUR 2023-09-29 --date 2023-09-29'],
    ['100USD EUR 2023-09-29'],
    ['USD100 to EUR on 2023-09-29'],
  ])('convert %s gives the same answer', async (words) => {
    const s = await humfig(['convert', ...words.split(' ')]);
    expectQuietSuccess(s);
    expect(s.stdout).toBe(LINE);
  });

  it('a date argument is the rate date: a Saturday takes Friday\'s rate, as --date does', async () => {
    const byArgument = await humfig(['convert', '20000000', 'CHF', 'to', 'USD', 'on', '2023-09-30', '--json']);
    const byFlag = await humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30', '--json']);
    expectQuietSuccess(byArgument);
    expect(byArgument.stdout).toBe(byFlag.stdout);
    expect(JSON.parse(byArgument.stdout).rate).toMatchObject({ date: '2023-09-29', requestedDate: '2023-09-30', ageDays: 1 });
  });

  it('units read the same way', async () => {
    expect((await humfig(['convert', '3', 'decade', 'to', 'year'])).stdout).toBe((await humfig(['convert', '3', 'decade', 'year'])).stdout);
    const s = await humfig(['convert', '2.8', 'million', 'person', 'in', 'household', '--household-size', '3.6']);
    expectQuietSuccess(s);
    expect(s.stdout).toMatch(/^777,777\.7777777778 households {2}\(3\.6 persons per household/);
  });

  it.each([
    // the JSON "value" digits: rounded to the currency's minor unit, trailing zeros kept
    [['20000000', 'CHF', 'USD', '2023-09-29'], '21913331.26\n'],
    [['1000', 'USD', 'JPY', '2023-09-29'], '149235\n'],
    [['100', 'JPY', 'USD', '--rate', '0.5'], '50.00\n'],
    [['1', 'USD', 'USD'], '1.00\n'],
    // units: no grouping, no unit name
    [['3', 'decade', 'year'], '30\n'],
    [['2.8 million', 'person', 'household', '--household-size', '3.6'], '777777.7777777778\n'],
  ])('--value: convert %o prints only %o', async (args, expected) => {
    const s = await humfig(['convert', ...args, '--value']);
    expectQuietSuccess(s);
    expect(s.stdout).toBe(expected);
  });

  it('--value in a batch: one number per line, an error line in place of a bad one', async () => {
    const input = '100 USD to EUR on 2023-09-29\n100USD JPY 2023-09-29\n3 decade in year\n1 CHF\n';
    const s = await humfig(['convert', '--batch', '--value'], { input });
    expect(s.code).toBe(65);
    expect(s.stdout).toBe('94.39\n14924\n30\nerror: line 4: expected AMOUNT FROM [to|in] TO [[on] YYYY-MM-DD], found "1 CHF"\n');
  });

  it('in a batch, a stale rate\'s warning names the line it is of', async () => {
    const s = await humfig(['convert', '--batch', '--value', '--max-age', '1'], { input: '100 USD EUR 2023-09-29\n100 USD EUR 2023-10-01\n' });
    expect(s.code).toBe(0);
    expect(s.stdout).toBe('94.39\n94.39\n');
    expect(s.stderr).toBe('humfig: warning: line 2: the USD/EUR rate used is of 2023-09-29, 2 days before 2023-10-01 (more than --max-age 1)\n');
  });

  it('--value on a stale rate still prints just the number; the warning goes to stderr', async () => {
    const s = await humfig(['convert', '1', 'CHF', 'USD', '--value'], { env: { HUMFIG_TODAY: '2030-01-01' } });
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^\d+\.\d\d\n$/);
    expect(s.stderr).toMatch(/^humfig: /);
  });
});

// ---------------------------------------------------------------- get --to

describe('humfig get --to', () => {
  it('converts a figure at the rate of its asOf date (Sunday 2023-10-01 -> Friday, age 2)', async () => {
    const s = await humfig(['get', 'appeal-amount', '--to', 'USD']);
    expectQuietSuccess(s);
    const flat = s.stdout.replace(/[│\s]+/g, ' ');
    expect(flat).toContain('in USD 21,913,331.26 USD (ECB 2023-09-29, via EUR, 2 days before 2023-10-01, 1 CHF = 1.0956666 USD; rounded half-even to 2 decimals)');
    expect(flat).toContain('20,000,000 CHF');
  });

  it('--to USD,EUR,GBP --json: the figure object plus converted[] with low and high', async () => {
    const s = await humfig(['get', 'appeal-amount', '--to', 'USD,EUR,GBP', '--json']);
    expectQuietSuccess(s);
    const r = JSON.parse(s.stdout) as Record<string, any>;
    expect(Object.keys(r)).toEqual([...CONTRACT_KEYS, 'converted']);
    expect(r).toMatchObject({ id: 'appeal-amount', value: 20000000, unit: 'CHF', asOf: '2023-10-01' });
    expect(r.converted).toHaveLength(3);
    // 2023-09-29: CHF 0.9669, USD 1.0594, GBP 0.86458; an exact figure keeps low = value = high
    const expected = [
      ['USD', 21913331.26, 21913331.26, 21913331.26, true],
      ['EUR', 20684662.32, 20684662.32, 20684662.32, false],
      ['GBP', 17883545.35, 17883545.35, 17883545.35, true],
    ] as const;
    expected.forEach(([to, value, low, high, derived], i) => {
      const c = r.converted[i];
      expect(Object.keys(c)).toEqual([...MONEY_KEYS, 'low', 'high']);
      expect(c).toMatchObject({ from: 'CHF', to, value, low, high });
      expect(c.rate).toMatchObject({ date: '2023-09-29', requestedDate: '2023-10-01', ageDays: 2, kind: 'table', derived });
    });
    expect(s.stdout).toMatch(/"value": 21913331\.26,/);
  });

  it('--value prints only the converted value', async () => {
    expect((await humfig(['get', 'appeal-amount', '--to', 'USD', '--value'])).stdout).toBe('21913331.26\n');
    expect((await humfig(['get', 'appeal-amount', '--to', 'USD,EUR', '--value'])).stdout).toBe('21913331.26\n20684662.32\n');
  });

  it('--date overrides the asOf date', async () => {
    // 2023-09-27: CHF 0.968, USD 1.0536 -> 21768595.04
    const s = await humfig(['get', 'appeal-amount', '--to', 'USD', '--date', '2023-09-27', '--json']);
    expect(JSON.parse(s.stdout).converted[0]).toMatchObject({ value: 21768595.04, rate: { date: '2023-09-27', requestedDate: '2023-09-27', ageDays: 0 } });
  });

  it('converts with a facts file rate, at the last day of a month asOf (2023-09 -> 2023-09-30)', async () => {
    const s = await humfig(['get', 'bulletin-appeal', '--to', 'USD', '--facts', FACTS_WITH_RATES, '--json']);
    expectQuietSuccess(s);
    expect(JSON.parse(s.stdout).converted[0]).toMatchObject({ value: 5500000, rate: { kind: 'facts', date: '2023-09-28', requestedDate: '2023-09-30', ageDays: 2 } });
  });

  it('the converted line keeps the figure\'s qualifier and converted range: a hedged or ranged figure never reads as exact', async () => {
    const approx = await humfig(['get', 'residents', '--to', 'household', '--household-size', '4', '--format', 'plain']);
    expect(approx.stdout).toContain('in household  ≈30,000 households (28,750–31,250)  (4 persons per household, from --household-size)');
    const range = await humfig(['get', 'fled', '--to', 'household', '--household-size', '4', '--format', 'plain', '--facts', `${FIXTURES}/facts/range.json`]);
    expect(range.stdout).toContain('in household  2,500–5,000 households  (4 persons per household');
    // an exact figure: the amount alone, as before
    const exact = await humfig(['get', 'appeal-amount', '--to', 'USD', '--format', 'plain']);
    expect(exact.stdout).toContain('in USD     21,913,331.26 USD  (ECB 2023-09-29');
  });

  it('converts a count with --household-size, bounds included', async () => {
    const s = await humfig(['get', 'residents', '--to', 'household', '--household-size', '4', '--json']);
    expect(JSON.parse(s.stdout).converted[0]).toMatchObject({ value: 30000, low: 28750, high: 31250, factor: { kind: 'user', size: '4' } });
  });

  it.each([
    [['get', 'appeal-amount', '--to', 'AMD'], 69, /no rate for CHF -> AMD/],
    [['get', 'appeal-amount', '--to', 'USD', '--date', '1998-06-01'], 69, /on or before 1998-06-01/],
    [['get', 'appeal-amount', '--to', 'USD', '--date', '2026-01-01', '--strict'], 69, /more than --max-age 7/],
    [['get', 'residents', '--to', 'household'], 69, /--household-size/],
    [['get', 'residents', '--to', 'USD'], 2, /person \(count\) to USD \(money\)/],
    [['get', 'appeal-amount', '--to', 'USX'], 2, /did you mean/],
  ])('%o fails with exit %i and nothing on stdout', async (args, code, message) => {
    expectFailure(await humfig(args), code, message);
  });
});

// ---------------------------------------------------------------- rates list

describe('--format hxl of rates and sources: every column tagged', () => {
  it('rates list and sources write a hashtag row with no empty cell, so the file is HXL', async () => {
    const rates = await humfig(['rates', 'list', '--currency', 'USD', '--from', '2023-09-28', '--to', '2023-09-29', '--format', 'hxl']);
    expect(rates.stdout.split('\r\n').slice(0, 3)).toEqual(['date,base,quote,rate,source', '#date,#currency+base,#currency+quote,#value+rate,#meta+source', '2023-09-28,EUR,USD,1.0539,ecb-eurofxref']);
    const sources = await humfig(['sources', '--format', 'hxl']);
    expect(sources.stdout.split('\r\n')[1]).toBe('#meta+source+id,#org+publisher,#meta+title,#date+published,#meta+url,#meta+text,#meta+figures+num');
    // a view without hashtags of its own gets #meta and its header
    const cite = await humfig(['cite', 'displaced-population', '--format', 'hxl']);
    expect(cite.stdout.split('\r\n')[1]!.split(',').every((t) => /^#[a-z][a-z0-9_]*(\+[a-z0-9_]+)*$/.test(t))).toBe(true);
  });
});

describe('rates list of a table with no days', () => {
  it('says the table has no days at all (exit 1), not "undefined to undefined"', async () => {
    const dir = freshDir();
    const file = join(dir, 'empty.json');
    writeFileSync(file, JSON.stringify({ format: 'humfig-rates/2', tables: [{ base: 'USD', source: { id: 's', name: 'x' }, imported: { from: 'a', format: 'rate-table-long' }, days: [] }] }));
    const s = await humfig(['rates', 'list', '--rates', file]);
    expect(s.code).toBe(1);
    expect(s.stderr).toBe('humfig: no rates in that range (the table covers no days at all)\n');
  });
});

describe('humfig rates list', () => {
  // the CHF column of the bundled file, read here independently of humfig
  const chfRows = readFileSync(BUNDLED_CSV, 'utf8')
    .split('\n')
    .filter((l) => l >= '2023-09-25' && l < '2023-10-04')
    .map((l) => [l.slice(0, 10), l.split(',')[19]!] as const)
    .reverse();
  const args = ['rates', 'list', '--currency', 'CHF', '--from', '2023-09-25', '--to', '2023-10-03'];

  it('the range has 7 business days and no weekend rows (checked against the CSV)', () => {
    expect(chfRows.map(([d]) => d)).toEqual(['2023-09-25', '2023-09-26', '2023-09-27', '2023-09-28', '2023-09-29', '2023-10-02', '2023-10-03']);
    expect(chfRows.map(([, v]) => v)).toEqual(['0.9676', '0.9675', '0.968', '0.9678', '0.9669', '0.9634', '0.966']);
  });

  it('as JSON', async () => {
    const s = await humfig([...args, '--json']);
    expectQuietSuccess(s);
    expect(JSON.parse(s.stdout)).toEqual(chfRows.map(([date, rate]) => ({ date, base: 'EUR', quote: 'CHF', rate, source: 'ecb-eurofxref' })));
  });

  it('as CSV', async () => {
    const s = await humfig([...args, '--format', 'csv']);
    expectQuietSuccess(s);
    expect(s.stdout).toBe(['date,base,quote,rate,source', ...chfRows.map(([d, v]) => `${d},EUR,CHF,${v},ecb-eurofxref`), ''].join('\r\n'));
  });

  it('as a table', async () => {
    const s = await humfig(args);
    expectQuietSuccess(s);
    const rows = s.stdout.split('\n').filter((l) => /\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows.map((l) => l.replace(/[│\s]+/g, ' ').trim())).toEqual(chfRows.map(([d, v]) => `${d} CHF ${v} ecb-eurofxref`));
    expect(s.stdout).not.toMatch(/2023-09-30|2023-10-01/);
  });

  it('without --from gives the latest rate on or before --to', async () => {
    const s = await humfig(['rates', 'list', '--currency', 'ISK', '--to', '2010-01-04', '--json']);
    expect(JSON.parse(s.stdout)).toEqual([{ date: '2008-12-09', base: 'EUR', quote: 'ISK', rate: '290', source: 'ecb-eurofxref' }]);
  });

  it('an unknown currency is exit 2 with suggestions; one the table lacks is exit 1 naming those it has', async () => {
    expectFailure(await humfig(['rates', 'list', '--currency', 'XYZ']), 2, /unknown currency 'XYZ'/, /did you mean/);
    expectFailure(await humfig(['rates', 'list', '--currency', 'AMD']), 1, /has no rates for AMD/, /it has: AUD, BGN/);
  });

  it('an empty range (a weekend) is exit 1', async () => {
    const s = await humfig(['rates', 'list', '--currency', 'CHF', '--from', '2023-09-30', '--to', '2023-10-01']);
    expectFailure(s, 1, /no rates in that range \(the table covers 1999-01-04 to 2024-10-11\)/);
    const j = await humfig(['rates', 'list', '--currency', 'CHF', '--from', '2023-09-30', '--to', '2023-10-01', '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual([]);
  });

  it('--from after --to is a usage error', async () => {
    expectFailure(await humfig(['rates', 'list', '--currency', 'CHF', '--from', '2023-10-03', '--to', '2023-09-25']), 2, /is after --to/);
  });
});

// ---------------------------------------------------------------- rates import

const REAL_FORMATS = [
  // [fixture, format, days, first, last]
  ['eurofxref-hist.csv', 'ecb-csv-hist', 4, '2023-09-27', '2023-10-02'],
  ['eurofxref.csv', 'ecb-csv-daily', 1, '2023-09-29', '2023-09-29'],
  ['eurofxref-daily.xml', 'ecb-xml', 1, '2023-09-29', '2023-09-29'],
  ['eurofxref-hist.xml', 'ecb-xml', 4, '2023-09-27', '2023-10-02'],
  ['bom-crlf-hist.csv', 'ecb-csv-hist', 4, '2023-09-27', '2023-10-02'],
] as const;

describe('humfig rates import', () => {
  it.each(REAL_FORMATS)('imports %s (%s) into a file that converts like the bundled table', async (fixture, format, days, first, last) => {
    const dir = freshDir();
    const input = join(RATES, fixture);
    const s = await humfig(['rates', 'import', input, '--out', 'my-rates.json'], { cwd: dir });
    expect(s.code, `${s.command}\n${s.stderr}`).toBe(0);
    const plural = days === 1 ? 'day' : 'days';
    // the report is a note on stderr; stdout carries nothing when the rates go to --out
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe(`humfig: imported ${days} ${plural} of 30 currencies (${first} to ${last}) from ${input} (${format}): ${days} added, 0 replaced in my-rates.json\n`);
    expect(ls(dir)).toEqual(['my-rates.json']);
    const file = JSON.parse(readFileSync(join(dir, 'my-rates.json'), 'utf8')) as Record<string, any>;
    expect(file).toMatchObject({ format: 'humfig-rates/1', base: 'EUR', imported: { format } });
    expect(file.days).toHaveLength(days);
    expect(file.days.find((d: any) => d.date === '2023-09-29').rates).toMatchObject({ CHF: '0.9669', GBP: '0.86458' });

    for (const date of ['2023-09-29', '2023-09-30']) {
      const conv = ['convert', '20000000', 'CHF', 'USD', '--date', date];
      const mine = await humfig([...conv, '--rates', 'my-rates.json'], { cwd: dir });
      expectQuietSuccess(mine);
      expect(mine.stdout).toBe((await humfig(conv)).stdout);
      expect((await humfig([...conv, '--rates', 'my-rates.json', '--json'], { cwd: dir })).stdout).toBe((await humfig([...conv, '--json'])).stdout);
    }
    // the same through the environment
    const viaEnv = await humfig(['convert', '20000000', 'CHF', 'GBP', '--date', '2023-09-29', '--json'], { cwd: dir, env: { HUMFIG_RATES: join(dir, 'my-rates.json') } });
    expect(rawTopValue(viaEnv.stdout)).toBe('17883545.35');
  });

  it('importing again reports replaced days; merging keeps the union', async () => {
    const dir = freshDir();
    const out = ['--out', 'r.json'];
    expect((await humfig(['rates', 'import', join(RATES, 'eurofxref.csv'), ...out], { cwd: dir })).stderr).toMatch(/: 1 added, 0 replaced in r\.json\n$/);
    expect((await humfig(['rates', 'import', join(RATES, 'eurofxref-hist.xml'), ...out], { cwd: dir })).stderr).toMatch(/: 3 added, 1 replaced in r\.json\n$/);
    const again = await humfig(['rates', 'import', join(RATES, 'eurofxref-hist.xml'), ...out, '--json'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('');
    expect(JSON.parse(again.stderr)).toEqual({
      file: join(RATES, 'eurofxref-hist.xml'),
      format: 'ecb-xml',
      days: 4,
      currencies: 30,
      first: '2023-09-27',
      last: '2023-10-02',
      out: 'r.json',
      added: 0,
      replaced: 4,
      base: 'EUR',
      source: 'ecb-eurofxref',
    });
    const file = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { days: Array<{ date: string }> };
    expect(file.days.map((d) => d.date)).toEqual(['2023-09-27', '2023-09-28', '2023-09-29', '2023-10-02']);
    expect(ls(dir)).toEqual(['r.json']);
  });

  it('without --out prints the rates file and reports on stderr', async () => {
    const s = await humfig(['rates', 'import', join(RATES, 'eurofxref.csv')]);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout)).toMatchObject({ format: 'humfig-rates/1', days: [{ date: '2023-09-29' }] });
    expect(s.stderr).toMatch(/^humfig: imported 1 day of 30 currencies/);
  });

  it.each([
    ['bad-hist.csv', /bad-hist\.csv:3:\d+: row 3, column CHF: 'abc' is not a rate/],
    ['bad-daily.csv', /bad-daily\.csv:2:1: .*'31 September 2023' is not a real calendar date/],
    ['bad.xml', /bad\.xml:4:\d+: /],
    ['header-only.csv', /header-only\.csv:2:1: the file has a header but no dated rows/],
    ['not-ecb.txt', /not-ecb\.txt:1:1: not a rates file humfig can import: it looks like a CSV whose header is 'hello, world'; accepted: /],
    ['bad-header.csv', /bad-header\.csv:1:\d+: header/],
    ['empty.csv', /empty\.csv: the file is empty/], // no line to name in an empty file
  ])('malformed %s: exit 65 with its line, nothing written', async (fixture, message) => {
    const dir = freshDir();
    expectFailure(await humfig(['rates', 'import', join(RATES, fixture), '--out', 'new.json'], { cwd: dir }), 65, message);
    expect(ls(dir)).toEqual([]);
    // an existing out file is left byte for byte, and no temporary file remains
    const old = await humfig(['rates', 'import', join(RATES, 'eurofxref.csv'), '--out', 'old.json'], { cwd: dir });
    expect(old.code).toBe(0);
    const before = readFileSync(join(dir, 'old.json'));
    expectFailure(await humfig(['rates', 'import', join(RATES, fixture), '--out', 'old.json'], { cwd: dir }), 65, message);
    expect(readFileSync(join(dir, 'old.json')).equals(before)).toBe(true);
    expect(ls(dir)).toEqual(['old.json']);
  });

  it.each([
    ['a text file', 'notes.txt', 'hello\nnot rates\n', /is not JSON.*will not overwrite/],
    ['a facts file', 'facts.json', readFileSync(join(FIXTURES, 'facts', 'minimal.json'), 'utf8'), /'humfig-facts\/1' is not a rates format humfig reads/],
    ['an invalid rates file', 'rates.json', readFileSync(join(RATES, 'rates-bad.json'), 'utf8'), /rates\.json:6:12: extra: unknown field 'extra'/],
  ])('an existing --out that is %s is refused and untouched', async (_what, name, content, message) => {
    const dir = freshDir();
    writeFileSync(join(dir, name), content);
    expectFailure(await humfig(['rates', 'import', join(RATES, 'eurofxref.csv'), '--out', name], { cwd: dir }), 65, message);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(content);
    expect(ls(dir)).toEqual([name]);
  });

  it('an --out in a missing folder is exit 73 and creates nothing', async () => {
    const dir = freshDir();
    expectFailure(await humfig(['rates', 'import', join(RATES, 'eurofxref.csv'), '--out', 'no/such/dir/r.json'], { cwd: dir }), 73, /cannot write/);
    expect(ls(dir)).toEqual([]);
  });

  it.each([['eurofxref-hist.csv'], ['eurofxref-hist.xml'], ['eurofxref.csv']])('--rates reads a raw ECB file (%s) directly', async (fixture) => {
    const conv = ['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30'];
    const s = await humfig([...conv, '--rates', join(RATES, fixture), '--json']);
    expectQuietSuccess(s);
    expect(s.stdout).toBe((await humfig([...conv, '--json'])).stdout);
  });

  it('rates list reads an imported file', async () => {
    const s = await humfig(['rates', 'list', '--currency', 'CHF', '--from', '2023-09-25', '--to', '2023-10-03', '--rates', join(RATES, 'rates-valid.json'), '--json']);
    expectQuietSuccess(s);
    expect((JSON.parse(s.stdout) as Array<{ date: string }>).map((r) => r.date)).toEqual(['2023-09-27', '2023-09-28', '2023-09-29', '2023-10-02']);
  });

  it.each([
    [['convert', '1', 'CHF', 'USD', '--rates', 'missing.json'], 66, /cannot read missing\.json: no such file/],
    [['rates', 'list', '--rates', 'missing.json'], 66, /cannot read missing\.json: no such file/],
    [['rates', 'import', 'missing.csv', '--out', 'x.json'], 66, /cannot read missing\.csv: no such file/],
    [['convert', '1', 'CHF', 'USD', '--rates', join(RATES, 'rates-bad.json')], 65, /rates-bad\.json:6:12: /],
    [['convert', '1', 'CHF', 'USD', '--rates', join(RATES, 'rates-syntax.json')], 65, /rates-syntax\.json:4:\d+: expected a value/],
    // --rates takes humfig's own rates files too: the message says so
    [['convert', '1', 'CHF', 'USD', '--rates', join(RATES, 'not-ecb.txt')], 65, /not a rates file: expected a humfig rates file \(JSON, made by humfig rates import\), an ECB CSV/],
  ])('%o fails with exit %i', async (args, code, message) => {
    const dir = freshDir();
    expectFailure(await humfig(args, { cwd: dir }), code, message);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});

describe('findings of the first independent review, kept fixed', () => {
  it('--rate with several --to currencies is a usage error, not one rate applied to all', async () => {
    expectFailure(await humfig(['get', 'appeal-amount', '--to', 'USD,EUR', '--rate', '1.1']), 2, /--rate is the rate of one pair/);
  });

  it('an exact figure converts to an exact range (low = value = high)', async () => {
    const c = (JSON.parse((await humfig(['get', 'appeal-amount', '--to', 'USD', '--json'])).stdout) as { converted: Array<Record<string, unknown>> }).converted[0]!;
    expect([c.low, c.high]).toEqual([c.value, c.value]);
  });

  it('a misspelt lower-case unit suggests units, not currency codes', async () => {
    expectFailure(await humfig(['convert', '3', 'decade', 'yaer']), 2, /did you mean year\?/);
  });

  it('rates list without --currency lists only the currencies still quoted on the last day', async () => {
    const rows = JSON.parse((await humfig(['rates', 'list', '--json'])).stdout) as Array<{ quote: string; date: string }>;
    expect(rows.every((r) => r.date === '2024-10-11')).toBe(true);
    expect(rows.map((r) => r.quote)).not.toContain('CYP');
    expect(rows.map((r) => r.quote)).toContain('USD');
  });
});
