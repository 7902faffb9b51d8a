/**
 * The project's own rates files: what `humfig rates import` writes and `--rates <file>` reads.
 *  - `humfig-rates/1`: one table, base EUR (the ECB's rates); every rate is the decimal text of
 *    "units of the currency per 1 EUR"; days ascending and unique.
 *  - `humfig-rates/2`: `tables`, each of the shape above with its own `base` and `source` (the
 *    ECB's in EUR beside a central bank's in USD...), one table per source and base.
 * Import writes /1 while the file holds only one EUR table, so files stay readable by older
 * humfig; both are read. Also the schema of the `.meta.json` beside a bundled rates file.
 */

import * as z from '../facts/zod.js';
import { PathLocator, formatJsonPath, scanJson } from '../facts/json-scan.js';
import { FileInvalidError, clipInput, type FileIssue } from '../errors.js';
import { describeIssue } from '../facts/zod-issue.js';
import { isIsoDate } from '../domain/dates.js';
import { rateBookOf, rateTableFromDays, type RateBook, type RateDay, type RateSourceInfo, type RateTable } from './rate-table.js';
import { isStoredRateText, STORED_RATE_ALLOWED } from './rate-text.js';

/** The format tag of a rates file holding one EUR table. */
export const RATES_FORMAT = 'humfig-rates/1';

/** The format tag of a rates file holding several tables, each in its own base. */
export const RATES_FORMAT_2 = 'humfig-rates/2';

/**
 * The file shapes an import can come from: the ECB's four reference-rate files, the ECB Data
 * Portal's CSV, its per-series downloads (and the older SDW quick-view export), and a plain dated table (long: date,currency,rate; wide: a column per currency).
 */
export const IMPORT_FORMATS = ['ecb-csv-hist', 'ecb-csv-daily', 'ecb-xml', 'ecb-data-portal-csv', 'ecb-series-csv', 'rate-table-long', 'rate-table-wide'] as const;

/** One of IMPORT_FORMATS. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];


const isoDate = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });

const rateValue = z
  .string({ error: 'must be a decimal in a string, such as "1.0594"' })
  .refine(isStoredRateText, {
    error: `must be a positive decimal in a string, such as "1.0594" (${STORED_RATE_ALLOWED})`,
  });

const currencyKey = z.string().regex(/^[A-Z]{3}$/, { error: 'currency codes are 3 upper-case letters' });

const sourceSchema = z.strictObject({
  id: z.string().min(1, { error: 'must not be empty' }),
  name: z.string().min(1, { error: 'must not be empty' }),
  publisher: z.string().optional(),
  url: z.string().nullable().optional(),
  retrieved: isoDate.optional(),
  file: z.string().optional(),
});

/** Schema of a `humfig-rates/1` file. */
export const ratesFileSchema = z
  .strictObject({
    format: z.literal(RATES_FORMAT, { error: `must be "${RATES_FORMAT}"` }),
    base: z.literal('EUR', { error: 'must be "EUR": every rate is units of a currency per 1 euro' }),
    source: sourceSchema,
    imported: z.strictObject({
      from: z.string().min(1, { error: 'must name the file the rates were imported from' }),
      format: z.enum(IMPORT_FORMATS, { error: `must be one of ${IMPORT_FORMATS.join(', ')}` }),
    }),
    days: z.array(
      z.strictObject({
        date: isoDate,
        rates: z.record(currencyKey, rateValue),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const issue of dayOrderIssues(file.days)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/**
 * The rules across days that zod's per-field checks cannot state: dates ascending and unique,
 * and no EUR among the rates. Works on unvalidated data, skipping days it cannot read, so that
 * these issues are reported even when other fields are wrong.
 */
function dayOrderIssues(days: unknown, base = 'EUR'): Array<{ path: Array<string | number>; message: string }> {
  const found: Array<{ path: Array<string | number>; message: string }> = [];
  if (!Array.isArray(days)) return found;
  let previous: string | undefined;
  days.forEach((day: unknown, i) => {
    if (!isRecord(day)) return;
    if (typeof day.date === 'string' && isIsoDate(day.date)) {
      if (previous !== undefined && day.date <= previous) {
        found.push({
          path: ['days', i, 'date'],
          message:
            day.date === previous
              ? `date ${day.date} appears twice; each day is listed once`
              : `days must be in ascending date order, but ${day.date} follows ${previous}`,
        });
      }
      previous = day.date;
    }
    if (isRecord(day.rates) && Object.prototype.hasOwnProperty.call(day.rates, base)) {
      found.push({ path: ['days', i, 'rates', base], message: `${base} is the base; leave it out of the rates` });
    }
  });
  return found;
}

/** A parsed, valid `humfig-rates/1` file. */
export type RatesFile = z.infer<typeof ratesFileSchema>;

const importedSchema = z.strictObject({
  from: z.string().min(1, { error: 'must name the file the rates were imported from' }),
  format: z.enum(IMPORT_FORMATS, { error: `must be one of ${IMPORT_FORMATS.join(', ')}` }),
  /** the file quoted its rates per this many units of the base; they are stored per 1 */
  per: z.string().regex(/^10*$/, { error: 'must be "1", "10", "100", "1000"...' }).optional(),
});

/** One table of a `humfig-rates/2` file. */
const rateTableSchema = z
  .strictObject({
    base: currencyKey,
    source: sourceSchema,
    imported: importedSchema,
    days: z.array(z.strictObject({ date: isoDate, rates: z.record(currencyKey, rateValue) })),
  })
  .superRefine((table, ctx) => {
    for (const issue of dayOrderIssues(table.days, table.base)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** Schema of a `humfig-rates/2` file: several tables, at most one per source and base. */
export const ratesFile2Schema = z
  .strictObject({
    format: z.literal(RATES_FORMAT_2, { error: `must be "${RATES_FORMAT_2}"` }),
    tables: z.array(rateTableSchema).min(1, { error: 'must hold at least one table' }),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.tables.forEach((table, i) => {
      const key = `${table.source.id}\u0000${table.base}`;
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['tables', i, 'source', 'id'], message: `tables[${first}] already holds ${table.source.id}'s rates per ${table.base}; one table per source and base` });
      else seen.set(key, i);
    });
  });

/** A table as a rates file holds it: its base, source, provenance and days. */
export interface RatesTableContent {
  base: string;
  source: RateSourceInfo;
  imported: { from: string; format: ImportFormat; per?: string };
  days: readonly RateDay[];
}

/** Schema of the `<file>.meta.json` describing a bundled rates file (see data/rates/). */
export const rateMetaSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().nullable(),
  file: z.string().min(1),
  format: z.literal('ecb-csv-hist'),
  retrieved: isoDate,
  firstDate: isoDate,
  lastDate: isoDate,
  attribution: z.string().min(1),
  notes: z.string().optional(),
});

/** A parsed, valid rates meta file. */
export type RateMeta = z.infer<typeof rateMetaSchema>;


/** Parses JSON text, turning a syntax error into a FileIssue with its line and column. */
function parseJson(text: string, fileName: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new FileInvalidError([{ file: fileName, path: '', message: `the file is empty; expected a ${what} JSON document` }], 'rates');
  }
  const scan = scanJson(body);
  const duplicate = scan.duplicates[0];
  if (!scan.syntax && duplicate) {
    const path = formatJsonPath([...duplicate.path, duplicate.key]);
    throw new FileInvalidError([{ file: fileName, path, line: duplicate.line, column: duplicate.column, message: `duplicate key '${duplicate.key}' (first at line ${duplicate.firstLine}); JSON readers keep only one of them` }], 'rates');
  }
  try {
    return JSON.parse(body);
  } catch {
    // JSON.parse's messages differ between Node versions and quote the text; the strict scanner
    // says what is wrong and where, in the same words as for facts files
    const problem = scanJson(body).syntax;
    const where = problem ? { line: problem.line, column: problem.column } : {};
    throw new FileInvalidError([{ file: fileName, path: '', ...where, message: problem?.message ?? 'not valid JSON' }], 'rates');
  }
}


/** Issues listed at most; past that the first ones show what is wrong with the file. */
const MAX_ISSUES = 50;

/**
 * Zod issues as FileIssues in document order, plus the cross-day rules when zod stopped before
 * checking them, without repeats.
 */
function toIssues(error: z.ZodError, fileName: string, data: unknown, root: unknown, schema: z.ZodType): FileIssue[] {
  const all = error.issues.flatMap((issue) => {
    if (issue.code === 'invalid_key') return [{ path: issue.path as Array<string | number>, message: `'${String(issue.path[issue.path.length - 1])}' is not a currency code; expected 3 upper-case letters such as USD` }];
    // what was found and what is allowed, as a facts file's problems are said (not zod's "Invalid input")
    return describeIssue(issue, root, schema).map((p) => ({ path: p.path as Array<string | number>, message: p.message }));
  });
  if (isRecord(data)) for (const item of dayOrderIssues(data.days)) all.push(item);
  const seen = new Set<string>();
  const issues: FileIssue[] = [];
  for (const { path, message } of all.sort((a, b) => comparePaths(a.path, b.path))) {
    const key = `${formatJsonPath(path as (string | number)[])}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ file: fileName, path: formatJsonPath(path as (string | number)[]), message });
  }
  return issues.slice(0, MAX_ISSUES);
}

/** Orders paths as they appear in a file: array indexes numerically, '' (the document) first. */
function comparePaths(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return 0; // different fields of one object: keep zod's order
  }
  return a.length - b.length;
}

/** True for a plain JSON object (not an array or null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when an object's own keys are exactly `keys`. */
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

/**
 * A hand-written pass over `days` applying the same rules as ratesFileSchema, several times
 * faster on a full 25-year history (zod needs ~70-150 ms for its 200,000 rates, this ~10). It
 * only ever answers "all valid"; on any doubt the zod schema runs and words the issues, so the
 * schema stays the one definition of the format.
 */
function daysAreValid(days: unknown, base = 'EUR'): boolean {
  if (!Array.isArray(days)) return false;
  let previous = '';
  for (const day of days) {
    if (!isRecord(day) || !hasExactKeys(day, ['date', 'rates'])) return false;
    const { date, rates } = day;
    if (typeof date !== 'string' || !isIsoDate(date) || date <= previous || !isRecord(rates)) return false;
    previous = date;
    for (const code in rates) {
      const value = rates[code];
      if (!/^[A-Z]{3}$/.test(code) || code === base || typeof value !== 'string' || !isStoredRateText(value)) return false;
    }
  }
  return true;
}

/** A formatted path (`days[3].rates.USD`) back into its segments. */
function pathOf(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

/** Validates a parsed `humfig-rates/1` document; FileInvalidError lists every problem. */
export function validateRatesFile(data: unknown, fileName: string): RatesFile {
  if (isRecord(data) && daysAreValid(data.days)) {
    // the days passed; let zod check everything else on a copy without them
    const result = ratesFileSchema.safeParse({ ...data, days: [] });
    if (result.success) return { ...result.data, days: data.days as RatesFile['days'] };
  }
  const result = ratesFileSchema.safeParse(data);
  if (!result.success) throw new FileInvalidError(toIssues(result.error, fileName, data, data, ratesFileSchema), 'rates');
  // zod's record leaves out a key such as "__proto__" instead of rejecting it: check every key
  const days = isRecord(data) && Array.isArray(data.days) ? data.days : [];
  const bad: FileIssue[] = [];
  days.forEach((day: unknown, i: number) => {
    const rates = isRecord(day) ? day.rates : undefined;
    if (!isRecord(rates)) return;
    for (const code of Object.keys(rates)) {
      if (!/^[A-Z]{3}$/.test(code)) bad.push({ file: fileName, path: formatJsonPath(['days', i, 'rates', code]), message: `'${code}' is not a currency code; expected 3 upper-case letters such as USD` });
    }
  });
  if (bad.length > 0) throw new FileInvalidError(bad.slice(0, MAX_ISSUES), 'rates');
  return result.data;
}

/** Keys such as "__proto__" that zod's record leaves out instead of rejecting, as issues. */
function badKeyIssues(days: unknown, fileName: string, prefix: Array<string | number>): FileIssue[] {
  const bad: FileIssue[] = [];
  if (!Array.isArray(days)) return bad;
  days.forEach((day: unknown, i: number) => {
    const rates = isRecord(day) ? day.rates : undefined;
    if (!isRecord(rates)) return;
    for (const code of Object.keys(rates)) {
      if (!/^[A-Z]{3}$/.test(code)) bad.push({ file: fileName, path: formatJsonPath([...prefix, 'days', i, 'rates', code]), message: `'${code}' is not a currency code; expected 3 upper-case letters such as USD` });
    }
  });
  return bad;
}

/** Validates a parsed `humfig-rates/2` document. */
function validateRatesFile2(data: Record<string, unknown>, fileName: string): RatesTableContent[] {
  const tables = Array.isArray(data.tables) ? data.tables : undefined;
  if (tables && tables.every((t: unknown) => isRecord(t) && typeof t.base === 'string' && daysAreValid(t.days, t.base))) {
    // the days passed the fast check; let zod check everything else on copies without them
    const result = ratesFile2Schema.safeParse({ ...data, tables: tables.map((t: Record<string, unknown>) => ({ ...t, days: [] })) });
    if (result.success) return result.data.tables.map((t, i) => ({ ...t, days: (tables[i] as { days: RateDay[] }).days }));
  }
  const result = ratesFile2Schema.safeParse(data);
  if (!result.success) {
    const issues = toIssues(result.error, fileName, undefined, data, ratesFile2Schema);
    if (tables) {
      tables.forEach((t: unknown, i) => {
        if (isRecord(t)) for (const issue of dayOrderIssues(t.days, typeof t.base === 'string' ? t.base : 'EUR')) issues.push({ file: fileName, path: formatJsonPath(['tables', i, ...issue.path]), message: issue.message });
      });
    }
    const seen = new Set<string>();
    const unique = issues.filter((i) => !seen.has(`${i.path}\u0000${i.message}`) && seen.add(`${i.path}\u0000${i.message}`));
    throw new FileInvalidError(unique.slice(0, MAX_ISSUES), 'rates');
  }
  const bad = (tables ?? []).flatMap((t: unknown, i) => badKeyIssues(isRecord(t) ? t.days : undefined, fileName, ['tables', i]));
  if (bad.length > 0) throw new FileInvalidError(bad.slice(0, MAX_ISSUES), 'rates');
  return result.data.tables;
}

/**
 * Validates a parsed rates document of either format into its tables (a /1 file: one table in
 * EUR). FileInvalidError lists every problem.
 */
export function validateRatesDocument(data: unknown, fileName: string): RatesTableContent[] {
  if (isRecord(data) && data.format === RATES_FORMAT_2) return validateRatesFile2(data, fileName);
  // a format humfig does not read: said first, not as the fields of /1 it lacks
  if (isRecord(data) && typeof data.format === 'string' && data.format !== RATES_FORMAT) {
    throw new FileInvalidError([{ file: fileName, path: 'format', message: `'${clipInput(data.format)}' is not a rates format humfig reads; expected '${RATES_FORMAT}' or '${RATES_FORMAT_2}'` }], 'rates');
  }
  const file = validateRatesFile(data, fileName);
  return [{ base: file.base, source: file.source, imported: file.imported, days: file.days }];
}

/** Parses and validates a rates file's text into its tables, each problem with its line and column. */
function readRatesDocument(text: string, fileName: string): RatesTableContent[] {
  try {
    return validateRatesDocument(parseJson(text, fileName, `${RATES_FORMAT} or ${RATES_FORMAT_2}`), fileName);
  } catch (err) {
    // give each problem its line and column in the text
    if (err instanceof FileInvalidError) {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      // (one locator for every problem: each container on the way read once, however many problems there are)
      const locator = new PathLocator(body);
      for (const issue of err.issues) {
        if (issue.line !== undefined || !issue.path) continue;
        const path = pathOf(issue.path);
        // (a field that is missing is placed at the object that lacks it)
        const pos = locator.find(path, { key: /\.[^.[\]]+$|\["[^"]*"\]$/.test(issue.path) && issue.message.includes('currency code') }) ?? (issue.message.startsWith('is missing') && path.length > 1 ? locator.find(path.slice(0, -1)) : undefined);
        if (pos) Object.assign(issue, { line: pos.line, column: pos.column });
      }
      // in the order of the file (a stable sort: problems of one place keep theirs)
      const ordered = [...err.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      throw new FileInvalidError(ordered, 'rates');
    }
    throw err;
  }
}

/** Parses a rates file's text (either format) into the tables it holds. */
export function parseRatesTables(text: string, fileName: string): RatesTableContent[] {
  return readRatesDocument(text, fileName);
}

/** Reads a rates file's text (either format) into a book of its tables, in file order. */
export function parseRatesBook(text: string, fileName: string): RateBook {
  return rateBookOf(readRatesDocument(text, fileName).map((t) => rateTableFromDays(t.days, { ...t.source, file: t.source.file ?? fileName }, t.base)));
}

/**
 * Reads a `humfig-rates/1` file's text into a RateTable whose source is the file's own `source`
 * with `file` set to `fileName` when it has none. Any problem: FileInvalidError with the
 * path (e.g. `days[3].rates.USD`) and what is allowed.
 */
export function parseRatesFile(text: string, fileName: string): RateTable {
  const first = readRatesDocument(text, fileName)[0]!;
  return rateTableFromDays(first.days, { ...first.source, file: first.source.file ?? fileName }, first.base);
}

/** Reads and validates a rates meta file's text. */
export function parseRateMeta(text: string, fileName: string): RateMeta {
  const data = parseJson(text, fileName, 'rates meta');
  const result = rateMetaSchema.safeParse(data);
  if (!result.success) throw new FileInvalidError(toIssues(result.error, fileName, undefined, data, rateMetaSchema), 'rates');
  return result.data;
}

/** What serializeRatesFile writes. */
export interface RatesFileContent {
  source: RateSourceInfo;
  imported: { from: string; format: ImportFormat };
  days: readonly RateDay[];
}

/** The lines of a table's source, provenance and days, keys in a fixed order, at `pad` indent. */
function tableLines(content: RatesFileContent & { imported: { per?: string | undefined } }, pad: string): string[] {
  const s = content.source;
  const source: Record<string, unknown> = { id: s.id, name: s.name };
  if (s.publisher !== undefined) source.publisher = s.publisher;
  if (s.url !== undefined) source.url = s.url;
  if (s.retrieved !== undefined) source.retrieved = s.retrieved;
  if (s.file !== undefined) source.file = s.file;
  const imported: Record<string, string> = { from: content.imported.from, format: content.imported.format };
  if (content.imported.per !== undefined) imported.per = content.imported.per;
  const days = [...content.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dayLines = days.map((day) => {
    const rates = Object.keys(day.rates)
      .sort()
      .map((code) => `${JSON.stringify(code)}: ${JSON.stringify(day.rates[code])}`)
      .join(', ');
    return `${pad}  { "date": ${JSON.stringify(day.date)}, "rates": ${rates === '' ? '{}' : `{ ${rates} }`} }`;
  });
  const indent = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
  return [
    `${pad}"source": ${indent(source)},`,
    `${pad}"imported": ${indent(imported)},`,
    dayLines.length === 0 ? `${pad}"days": []` : `${pad}"days": [\n${dayLines.join(',\n')}\n${pad}]`,
  ];
}

/**
 * The text of a `humfig-rates/1` file: keys in a fixed order, currencies sorted, days ascending,
 * one day per line (a 25-year history stays diffable, about 4 MB), newline-terminated.
 */
export function serializeRatesFile(content: RatesFileContent): string {
  return ['{', `  "format": ${JSON.stringify(RATES_FORMAT)},`, '  "base": "EUR",', ...tableLines(content, '  '), '}', ''].join('\n');
}

/** The text of a `humfig-rates/2` file: tables in the order given, each laid out as a /1 file's body. */
function serializeRatesFile2(tables: readonly RatesTableContent[]): string {
  const parts = tables.map((t) => ['    {', `      "base": ${JSON.stringify(t.base)},`, ...tableLines(t, '      '), '    }'].join('\n'));
  return ['{', `  "format": ${JSON.stringify(RATES_FORMAT_2)},`, '  "tables": [', parts.join(',\n'), '  ]', '}', ''].join('\n');
}

/**
 * The text of a rates file holding `tables`: `humfig-rates/1` for a single EUR table quoted per
 * 1 (what older humfig reads), else `humfig-rates/2`.
 */
export function serializeRatesTables(tables: readonly RatesTableContent[]): string {
  const only = tables.length === 1 ? tables[0]! : undefined;
  if (only && only.base === 'EUR' && (only.imported.per ?? '1') === '1') return serializeRatesFile({ source: only.source, imported: { from: only.imported.from, format: only.imported.format }, days: only.days });
  return serializeRatesFile2(tables);
}

export { sourceFromMeta } from './rate-table.js';
