/**
 * Fuzzing: good files and lines, mutated at random (bit flips, deletions, insertions of
 * characters that matter to JSON/CSV/XML, duplicated spans, truncation, random Unicode), fed to
 * the pure entry points in-process (fast: thousands of cases) and, for a few dozen, to the real
 * binary. The promise checked is the README's: a bad input is refused with a HumfigError of a
 * documented exit code and a one-line message, never another exception, never a hang.
 *
 *   HUMFIG_FUZZ_SEED=<n>   replay a run (the seed is printed at the start and on failure); the
 *                          default is a constant (test/setup/fuzz-seed.ts), HUMFIG_FUZZ_RANDOM=1
 *                          draws a new one
 *   HUMFIG_FUZZ_RUNS=<n>   runs per in-process property (default 500; npm run test:slow: 5000;
 *                          npm run fuzz: 100000)
 *   HUMFIG_FUZZ_E2E=<n>    mutated inputs run through the built program, in-process (default 30)
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, FIXTURES, type Session } from '../cli/run-humfig.js';
import { humfig } from '../cli/in-process.js';
import { EXIT, FileInvalidError, HumfigError, UsageError, formatIssue } from '../../src/errors.js';
import { validateFactsText } from '../../src/facts/validate-facts.js';
import { sourceTextReader } from '../../src/facts/load-facts.js';
import { decodeUtf8 } from '../../src/facts/read-text-file.js';
import { scanJson } from '../../src/facts/json-scan.js';
import { FactsIndex } from '../../src/facts/facts-index.js';
import { toFigureRecord } from '../../src/derive/figure-record.js';
import type { FactsFile } from '../../src/facts/schema.js';
import { parseRatesFile } from '../../src/convert/rates-file.js';
import { parseEcbFile } from '../../src/convert/ecb-import.js';
import { rateTableFromDays, type RateTable } from '../../src/convert/rate-table.js';
import { importHxl } from '../../src/hxl/import-hxl.js';
import { readCsv } from '../../src/hxl/parse-hxl.js';
import { parseConvertLine } from '../../src/commands/convert.js';
import { parseQuantity } from '../../src/convert/decimal.js';
import { convertMoney } from '../../src/convert/convert-money.js';
import { convertQuantity } from '../../src/convert/convert-units.js';
import { isMoneyUnit } from '../../src/derive/convert-figure.js';
import { isIsoDate } from '../../src/domain/dates.js';
import { fuzzSeed } from '../setup/fuzz-seed.js';
import { applyEdits, describeMutations, editArb, expectOneErrorLine, mutate, mutationsArb, removeScratch, scratch, type Edit, type Mutation } from './helpers.js';

const envInt = (name: string, fallback: number): number => {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
};
const SEED = fuzzSeed();
const RUNS = envInt('HUMFIG_FUZZ_RUNS', 500);
const E2E_RUNS = envInt('HUMFIG_FUZZ_E2E', 30);
/** The whole property: generous, since it only has to catch a hang. */
const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 40);
const ALLOWED_EXITS: readonly number[] = [EXIT.notFound, EXIT.usage, EXIT.dataInvalid, EXIT.noInput, EXIT.unavailable];
const PARAMS = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

/** What each property saw, for the summary printed at the end (and copied into docs/reliability.md). */
const stats: Record<string, { runs: number; accepted: number; rejected: number; maxMs: number; totalMs: number }> = {};


const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/**
 * Runs one case: accepted, or refused with a HumfigError of a documented exit code and a
 * one-line message; anything else (another exception, a polluted prototype) throws. How long each
 * case took is kept for the summary only: timings belong to npm run bench.
 */
function outcome(name: string, run: () => void): void {
  const s = (stats[name] ??= { runs: 0, accepted: 0, rejected: 0, maxMs: 0, totalMs: 0 });
  const t0 = performance.now();
  let error: unknown;
  try {
    run();
  } catch (err) {
    error = err;
  }
  const ms = performance.now() - t0;
  s.runs++;
  s.totalMs += ms;
  s.maxMs = Math.max(s.maxMs, ms);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTO_KEYS) {
    throw new Error(`${name}: Object.prototype was changed`);
  }
  if (error === undefined) {
    s.accepted++;
    return;
  }
  s.rejected++;
  if (!(error instanceof HumfigError)) {
    const e = error as Error;
    throw new Error(`${name}: threw ${e?.constructor?.name ?? typeof error}, not a HumfigError: ${e?.message}\n${e?.stack ?? ''}`);
  }
  if (!ALLOWED_EXITS.includes(error.exitCode)) throw new Error(`${name}: exit code ${error.exitCode} is not one of ${ALLOWED_EXITS.join(', ')}: ${error.message}`);
  if (/\n/.test(error.message)) throw new Error(`${name}: the message is not one line: ${JSON.stringify(error.message)}`);
  if (error.message.trim() === '') throw new Error(`${name}: empty message`);
}

/** Cell values and hashtags an HXL file may hold, odd ones first. */
const HXL_CELLS = [
  '~120,000', '>35,000', '35,000+', 'about 120,000', '2.8 million', 'n/a', '-', '', ' ', '01/10/2023', '13/10/2023', '2023-02-29', '2023-13-01', '2023',
  '1e400', '1e-400', '9007199254740993', '-5', '0', '0.0000001', '1,2,3', '12.5%', '120 000', 'NaN', 'Infinity', 'x'.repeat(2000), '"', '=1+1', '\u202e',
  '#affected+idps', '#affected+hh', '#value+funding+required+chf', '#value+funding+pct', '#country+code', '#adm1+name', '#date+reported', '#meta+source',
  '#indicator+code', '#indicator+value+num', '#indicator+unit', '#indicator+qualifier', '#meta+id', '#meta+quote', '#org+name', '#currency', '#', '#+', '#a+b+c+d',
  'ARM', 'armenia', 'person', 'household', 'CHF', 'XXX', 'ton', 'approximately', 'more-than', 'bogus', 'residents', 'displaced', 'Goris', 'Ararat',
];

/** RFC 4180 text of rows (every cell quoted when it needs it). */
function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

const CONVERT_LINES = [
  '20000000 CHF USD 2023-09-29',
  '1 USD JPY 2023-09-29',
  '2.8 million person household',
  '{"amount": "20000000", "from": "CHF", "to": "USD", "date": "2023-09-29"}',
  '{"amount": 1, "from": "USD", "to": "EUR", "rate": "0.9"}',
  '3 decade year',
  '35k t short-ton',
  '1,000 km mi',
  '12.5 percent ratio',
].map((l) => Buffer.from(l, 'utf8'));

const ID_LINES = ['residents', 'displaced', 'appeal-amount', 'temporary-housing', 'enclave-held'].map((l) => Buffer.from(l, 'utf8'));


/** A property over mutations of one of `seeds`: (seed index, edits). */
const mutatedOf = (count: number) => fc.tuple(fc.integer({ min: 0, max: count - 1 }), mutationsArb);

let dir: string;
let factsPath: string;
let factsBytes: Buffer;
let ratesJsonBytes: Buffer;
let ecbSeeds: Buffer[];
let hxlSeeds: Buffer[];
let table: RateTable;
let bundled: FactsIndex;

/** The rates file the README describes, made by the real `humfig rates import`. */
async function importFixtureRates(): Promise<string> {
  const s = await humfig(['rates', 'import', join(FIXTURES, 'rates', 'eurofxref-hist.csv')]);
  expect(s.code, s.stderr).toBe(0);
  return s.stdout;
}

beforeAll(async () => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} runs per in-process property, ${E2E_RUNS} through the built program (replay: HUMFIG_FUZZ_SEED=${SEED})`);
  dir = scratch('humfig-fuzz-');
  factsPath = join(dir, 'nagorno-karabakh-2023.json');
  copyFileSync(join(ROOT, 'data', 'nagorno-karabakh-2023.json'), factsPath);
  cpSync(join(ROOT, 'data', 'sources'), join(dir, 'sources'), { recursive: true });
  factsBytes = readFileSync(factsPath);
  ratesJsonBytes = Buffer.from(await importFixtureRates(), 'utf8');
  ecbSeeds = ['eurofxref-hist.csv', 'eurofxref.csv', 'eurofxref-daily.xml', 'eurofxref-hist.xml', 'bom-crlf-hist.csv'].map((f) => readFileSync(join(FIXTURES, 'rates', f)));
  hxlSeeds = ['humfig-long.csv', 'hdx-wide-displacement.csv', 'quoted-fields.csv', 'bom-crlf.csv'].map((f) => readFileSync(join(FIXTURES, 'hxl', f)));
  table = rateTableFromDays(parseEcbFile(ecbSeeds[0]!.toString('utf8'), 'eurofxref-hist.csv').days, { id: 'ecb', name: 'ECB' });
  bundled = new FactsIndex(JSON.parse(factsBytes.toString('utf8')) as FactsFile);
});

afterAll(() => {
  if (dir) removeScratch(dir);
  const rows = Object.entries(stats).map(([name, s]) => `  ${name.padEnd(26)} runs ${String(s.runs).padStart(6)}  accepted ${String(s.accepted).padStart(6)}  rejected ${String(s.rejected).padStart(6)}  max ${s.maxMs.toFixed(1)} ms  mean ${(s.totalMs / Math.max(1, s.runs)).toFixed(2)} ms`);
  console.log(`fuzz summary (seed ${SEED}):\n${rows.join('\n')}`);
});

describe(`fuzzing in-process (seed ${SEED})`, () => {
  it('facts files: decode + validateFactsText accept, or report issues of one line each', { timeout: PROPERTY_TIMEOUT }, () => {
    const reader = () => sourceTextReader(factsPath);
    fc.assert(
      fc.property(mutationsArb, (ms: Mutation[]) => {
        const bytes = mutate(factsBytes, ms);
        outcome('facts (validateFactsText)', () => {
          const text = decodeUtf8(bytes, 'facts.json');
          const r = validateFactsText(text, 'facts.json', reader());
          if (r.facts) {
            if (r.issues.length > 0) throw new Error('facts and issues both set');
            // what list/get do next with an accepted file must not throw either
            const index = new FactsIndex(r.facts);
            for (const f of r.facts.figures) toFigureRecord(f, index);
            return;
          }
          if (r.issues.length === 0) throw new Error('neither facts nor issues');
          for (const i of r.issues) {
            if (/\n/.test(formatIssue(i))) throw new Error(`issue not on one line: ${JSON.stringify(i)} after ${describeMutations(ms)}`);
            if (i.line !== undefined && !(i.line >= 1 && (i.column ?? 1) >= 1)) throw new Error(`bad position ${JSON.stringify(i)}`);
          }
          throw new FileInvalidError(r.issues);
        });
      }),
      PARAMS,
    );
  });

  it('facts files, structured: one to three values replaced, deleted or added (odd keys, dates, numbers, __proto__)', { timeout: PROPERTY_TIMEOUT }, () => {
    const reader = sourceTextReader(factsPath);
    const text = factsBytes.toString('utf8');
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits: Edit[]) => {
        const edited = applyEdits(text, edits);
        outcome('facts, structured', () => {
          const r = validateFactsText(edited, 'facts.json', reader);
          if (r.facts) {
            const index = new FactsIndex(r.facts);
            for (const f of r.facts.figures) toFigureRecord(f, index);
            return;
          }
          if (r.issues.length === 0) throw new Error('neither facts nor issues');
          for (const i of r.issues) {
            if (i.line !== undefined && !(i.line >= 1 && (i.column ?? 1) >= 1)) throw new Error(`bad position ${JSON.stringify(i)}`);
          }
          throw new FileInvalidError(r.issues);
        });
      }),
      PARAMS,
    );
  });

  it('humfig-rates/1 files, structured: parseRatesFile', { timeout: PROPERTY_TIMEOUT }, () => {
    const text = ratesJsonBytes.toString('utf8');
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits: Edit[]) => {
        const edited = applyEdits(text, edits);
        outcome('rates file, structured', () => {
          parseRatesFile(edited, 'rates.json').onOrBefore('USD', '2023-09-29');
        });
      }),
      PARAMS,
    );
  });

  it('scanJson never throws and agrees with JSON.parse on every mutated text', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutationsArb, (ms: Mutation[]) => {
        // scanJson skips one leading BOM (its documented decision); JSON.parse takes the text after it
        const text = mutate(factsBytes, ms).toString('utf8');
        outcome('json (scanJson vs JSON.parse)', () => {
          const scan = scanJson(text);
          let parses = true;
          try {
            JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
          } catch {
            parses = false;
          }
          if (scan.maxDepth < 512 && parses !== !scan.syntax) {
            throw new Error(`scanJson says ${scan.syntax ? `'${scan.syntax.message}'` : 'valid'} but JSON.parse ${parses ? 'accepts' : 'rejects'} the text (${describeMutations(ms)})`);
          }
          if (scan.syntax && (scan.syntax.line < 1 || scan.syntax.column < 1 || /\n/.test(scan.syntax.message))) throw new Error(`bad syntax report ${JSON.stringify(scan.syntax)}`);
        });
      }),
      PARAMS,
    );
  });

  it('humfig-rates/1 files: parseRatesFile', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutationsArb, (ms: Mutation[]) => {
        const bytes = mutate(ratesJsonBytes, ms);
        outcome('rates file (parseRatesFile)', () => {
          const t = parseRatesFile(decodeUtf8(bytes, 'rates.json', 'rates'), 'rates.json');
          t.onOrBefore('USD', '2023-09-29');
        });
      }),
      PARAMS,
    );
  });

  it('ECB files (CSV and XML): parseEcbFile, then a rate table from its days', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedOf(5), ([k, ms]: [number, Mutation[]]) => {
        const bytes = mutate(ecbSeeds[k]!, ms);
        outcome('ECB file (parseEcbFile)', () => {
          const { days } = parseEcbFile(decodeUtf8(bytes, 'ecb.csv', 'rates'), 'ecb.csv');
          rateTableFromDays(days, { id: 'ecb', name: 'ECB' }).onOrBefore('USD', '2023-09-29');
        });
      }),
      PARAMS,
    );
  });

  it('HXL files: importHxl, and what it imports passes validateFactsText', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedOf(4), ([k, ms]: [number, Mutation[]]) => {
        const bytes = mutate(hxlSeeds[k]!, ms);
        outcome('HXL (importHxl)', () => {
          const { facts, report } = importHxl(decodeUtf8(bytes, 'in.csv'), 'in.csv', { today: '2023-10-02' });
          if (report.figures > 0) {
            const again = validateFactsText(JSON.stringify(facts, null, 2), 'out.json', () => ({ ok: false, reason: 'none' }));
            if (!again.facts) throw new Error(`importHxl wrote a document that validate rejects: ${again.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
          }
        });
      }),
      PARAMS,
    );
  });

  it('HXL files, cell by cell: odd values and hashtags in random cells, then importHxl', { timeout: PROPERTY_TIMEOUT }, () => {
    const tables = hxlSeeds.map((b) => readCsv(b.toString('utf8'), 'seed.csv').map((r) => r.cells));
    const cellEdit = fc.record({ row: fc.nat(), column: fc.nat(), value: fc.constantFrom(...HXL_CELLS) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: tables.length - 1 }), fc.array(cellEdit, { minLength: 1, maxLength: 6 }), (k: number, edits: Array<{ row: number; column: number; value: string }>) => {
        const rows = tables[k]!.map((r) => [...r]);
        for (const e of edits) {
          const row = rows[e.row % rows.length]!;
          row[e.column % (row.length + 1)] = e.value;
        }
        const text = toCsv(rows);
        outcome('HXL, cell by cell', () => {
          const { facts, report } = importHxl(text, 'in.csv', { today: '2023-10-02' });
          if (report.figures > 0) {
            const again = validateFactsText(JSON.stringify(facts, null, 2), 'out.json', () => ({ ok: false, reason: 'none' }));
            if (!again.facts) throw new Error(`importHxl wrote a document that validate rejects: ${again.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
          }
        });
      }),
      PARAMS,
    );
  });

  it('HXL places: names of a small vocabulary at every admin level, codes or none, never break the place hierarchy', { timeout: PROPERTY_TIMEOUT }, () => {
    // (a name at two levels, under the country or under another area: "Nasarawa" the state and the LGA of Kano)
    const name = fc.constantFrom('', 'Kano', 'Nasarawa', 'Awe', 'Borno', 'Diffa', 'Unspecified', 'Lac');
    const code = fc.constantFrom('', 'NG020', 'NG020001', 'NE001', 'TD07', 'XX1');
    const row = fc.record({ country: fc.constantFrom('Nigeria', 'Niger', 'Chad', ''), a1: name, c1: code, a2: name, c2: code, a3: name, value: fc.nat({ max: 5000 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = [
          'Date,Country,Admin 1,Admin 1 code,Admin 2,Admin 2 code,Admin 3,IDPs',
          '#date,#country+name,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm3+name,#affected+idps',
          ...rows.map((r) => ['2016-06-03', r.country, r.a1, r.c1, r.a2, r.c2, r.a3, String(r.value)].join(',')),
        ].join('\n');
        outcome('HXL places', () => {
          const { facts, report } = importHxl(text, 'in.csv', { today: '2023-10-02' });
          if (report.figures > 0) {
            const again = validateFactsText(JSON.stringify(facts, null, 2), 'out.json', () => ({ ok: false, reason: 'none' }));
            if (!again.facts) throw new Error(`importHxl wrote a document that validate rejects: ${again.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
          }
        });
      }),
      PARAMS,
    );
  });

  it('convert --batch lines: parseConvertLine, then the conversion the batch runs', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedOf(CONVERT_LINES.length), ([k, ms]: [number, Mutation[]]) => {
        // a batch line never holds a line break: readline splits there
        const line = mutate(CONVERT_LINES[k]!, ms).toString('utf8').split(/\r\n|\r|\n/)[0]!;
        outcome('convert line (parseConvertLine)', () => {
          const req = parseConvertLine(line);
          if (isMoneyUnit(req.from) && isMoneyUnit(req.to)) {
            const date = req.date ?? '2023-10-02';
            if (!isIsoDate(date)) throw new UsageError(`'${date}' is not a date; write YYYY-MM-DD`);
            convertMoney({ amount: parseQuantity(req.amount, 'amount'), from: req.from, to: req.to, date, userRate: req.rate, factsRates: [], table });
          } else {
            convertQuantity({ value: parseQuantity(req.amount, 'quantity'), from: req.from, to: req.to, householdSize: undefined, factors: [] });
          }
        });
      }),
      PARAMS,
    );
  });

  it('get --batch ids: resolveFigure and the record of what it finds', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedOf(ID_LINES.length), ([k, ms]: [number, Mutation[]]) => {
        // readline ends a line at LF, CR or CRLF, so a batch id never holds one
        const id = mutate(ID_LINES[k]!, ms).toString('utf8').split(/\r\n|\r|\n/)[0]!.trim();
        outcome('get id (resolveFigure)', () => {
          toFigureRecord(bundled.resolveFigure(id), bundled);
        });
      }),
      { ...PARAMS, numRuns: Math.max(1, Math.round(RUNS / 2)) },
    );
  });
});

describe(`fuzzing the built program, in-process (seed ${SEED})`, () => {
  /** The binary, rerun when a concurrent build had removed dist/ for a moment. */
  const run = (args: string[], input?: string): Promise<Session> => humfig(args, input === undefined ? {} : { input });

  /** The end-to-end promise for one run on a file. */
  const expectDocumented = (s: Session, listLike = false): void => {
    const where = `${s.command}\n--- stdout:\n${s.stdout.slice(0, 500)}\n--- stderr:\n${s.stderr}`;
    expect([0, ...ALLOWED_EXITS], where).toContain(s.code);
    if (s.code !== 0) {
      if (!(listLike && s.code === EXIT.notFound)) expect(s.stdout, where).toBe('');
      expectOneErrorLine(s);
    } else {
      expect(s.stderr, where).not.toMatch(/internal error|^\s+at /m);
    }
  };

  // how the 30 (default) runs are shared out
  const share = (part: number) => Math.max(1, Math.round((E2E_RUNS * part) / 30));
  let n = 0;
  const file = (bytes: Buffer, ext: string): string => {
    const p = join(dir, 'e2e', `case-${n++}.${ext}`);
    mkdirSync(join(dir, 'e2e'), { recursive: true });
    writeFileSync(p, bytes);
    return p;
  };

  it('mutated facts files: humfig list --facts F', async () => {
    cpSync(join(ROOT, 'data', 'sources'), join(dir, 'e2e', 'sources'), { recursive: true });
    await fc.assert(
      fc.asyncProperty(mutationsArb, async (ms: Mutation[]) => {
        expectDocumented(await run(['list', '--format', 'csv', '--facts', file(mutate(factsBytes, ms), 'json')]), true);
      }),
      { seed: SEED, numRuns: share(8), endOnFailure: true },
    );
  });

  it('mutated rates files: humfig convert 1 CHF USD --date 2023-09-29 --rates F', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutationsArb, async (json: boolean, ms: Mutation[]) => {
        const bytes = mutate(json ? ratesJsonBytes : ecbSeeds[0]!, ms);
        expectDocumented(await run(['convert', '1', 'CHF', 'USD', '--date', '2023-09-29', '--rates', file(bytes, json ? 'json' : 'csv')]));
      }),
      { seed: SEED, numRuns: share(12), endOnFailure: true },
    );
  });

  it('mutated HXL files: humfig import hxl F --out O', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedOf(4), async ([k, ms]: [number, Mutation[]]) => {
        const input = file(mutate(hxlSeeds[k]!, ms), 'csv');
        const out = `${input}.out.json`;
        const s = await run(['import', 'hxl', input, '--out', out]);
        expectDocumented(s);
      }),
      { seed: SEED, numRuns: share(6), endOnFailure: true },
    );
  });

  it('mutated batch lines: get --batch and convert --batch give one output line per input line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.tuple(fc.nat(), mutationsArb), { minLength: 1, maxLength: 40 }), async (isGet: boolean, edits: Array<[number, Mutation[]]>) => {
        const seeds = isGet ? ID_LINES : CONVERT_LINES;
        const lines = edits.map(([k, ms]) => mutate(seeds[k % seeds.length]!, ms).toString('utf8').replace(/[\r\n]/g, ' '));
        const s = await run(isGet ? ['get', '--batch', '--json'] : ['convert', '--batch', '--json'], `${lines.join('\n')}\n`);
        const where = `${s.command}\n--- stdin:\n${lines.join('\n')}\n--- stderr:\n${s.stderr}`;
        expect([0, EXIT.dataInvalid], where).toContain(s.code);
        const out = s.stdout.split('\n').slice(0, -1);
        expect(out.length, where).toBe(lines.length);
        out.forEach((l, i) => {
          const o = JSON.parse(l) as { error?: { line: number; exitCode: number } };
          if (o.error) {
            expect(o.error.line, where).toBe(i + 1);
            expect(ALLOWED_EXITS, where).toContain(o.error.exitCode);
          }
        });
        if (s.code !== 0) expectOneErrorLine(s);
        else expect(s.stderr.split('\n').filter((l) => l && !l.startsWith('humfig: ') && !l.startsWith('{"note":')), where).toEqual([]);
      }),
      { seed: SEED, numRuns: share(4), endOnFailure: true },
    );
  });
});
