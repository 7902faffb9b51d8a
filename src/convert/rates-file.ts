/**
 * The project's own rates file, format `humfig-rates/1`: what `humfig rates import` writes and
 * `--rates <file>` reads. JSON; base EUR; every rate is the decimal text of "units of the
 * currency per 1 EUR"; days ascending and unique. Also the schema of the `.meta.json` that sits
 * beside a bundled rates file.
 */

import * as z from '../facts/zod.js';
import { formatJsonPath, locateJsonPath, scanJson } from '../facts/json-scan.js';
import { FileInvalidError, type FileIssue } from '../errors.js';
import { isIsoDate } from '../domain/dates.js';
import { rateTableFromDays, type RateDay, type RateSourceInfo, type RateTable } from './rate-table.js';

/** The format tag a humfig rates file starts with. */
export const RATES_FORMAT = 'humfig-rates/1';

/** The ECB file formats an import can come from. */
export const IMPORT_FORMATS = ['ecb-csv-hist', 'ecb-csv-daily', 'ecb-xml'] as const;

/** One of IMPORT_FORMATS. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const POSITIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

const isoDate = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });

const rateValue = z
  .string({ error: 'must be a decimal in a string, such as "1.0594"' })
  .refine((v) => POSITIVE_DECIMAL.test(v) && /[1-9]/.test(v), {
    error: 'must be a positive decimal in a string, such as "1.0594" (no sign, exponent or grouping)',
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
function dayOrderIssues(days: unknown): Array<{ path: Array<string | number>; message: string }> {
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
    if (isRecord(day.rates) && Object.prototype.hasOwnProperty.call(day.rates, 'EUR')) {
      found.push({ path: ['days', i, 'rates', 'EUR'], message: 'EUR is the base; leave it out of the rates' });
    }
  });
  return found;
}

/** A parsed, valid `humfig-rates/1` file. */
export type RatesFile = z.infer<typeof ratesFileSchema>;

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
function toIssues(error: z.ZodError, fileName: string, data: unknown): FileIssue[] {
  const all = error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_key') message = `'${String(issue.path[issue.path.length - 1])}' is not a currency code; expected 3 upper-case letters such as USD`;
    return { path: issue.path as Array<string | number>, message };
  });
  if (isRecord(data)) all.push(...dayOrderIssues(data.days));
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
function daysAreValid(days: unknown): boolean {
  if (!Array.isArray(days)) return false;
  let previous = '';
  for (const day of days) {
    if (!isRecord(day) || !hasExactKeys(day, ['date', 'rates'])) return false;
    const { date, rates } = day;
    if (typeof date !== 'string' || !isIsoDate(date) || date <= previous || !isRecord(rates)) return false;
    previous = date;
    for (const code in rates) {
      const value = rates[code];
      if (!/^[A-Z]{3}$/.test(code) || code === 'EUR' || typeof value !== 'string' || !POSITIVE_DECIMAL.test(value) || !/[1-9]/.test(value)) return false;
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
  if (!result.success) throw new FileInvalidError(toIssues(result.error, fileName, data), 'rates');
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

/**
 * Reads a `humfig-rates/1` file's text into a RateTable whose source is the file's own `source`
 * with `file` set to `fileName` when it has none. Any problem: FileInvalidError with the
 * path (e.g. `days[3].rates.USD`) and what is allowed.
 */
export function parseRatesFile(text: string, fileName: string): RateTable {
  let file: RatesFile;
  try {
    file = validateRatesFile(parseJson(text, fileName, RATES_FORMAT), fileName);
  } catch (err) {
    // give each problem its line and column in the text
    if (err instanceof FileInvalidError) {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      for (const issue of err.issues) {
        if (issue.line !== undefined || !issue.path) continue;
        const pos = locateJsonPath(body, pathOf(issue.path), { key: /\.[^.[\]]+$|\["[^"]*"\]$/.test(issue.path) && issue.message.includes('currency code') });
        if (pos) Object.assign(issue, { line: pos.line, column: pos.column });
      }
      throw new FileInvalidError(err.issues, 'rates');
    }
    throw err;
  }
  const source: RateSourceInfo = { ...file.source, file: file.source.file ?? fileName };
  return rateTableFromDays(file.days, source);
}

/** Reads and validates a rates meta file's text. */
export function parseRateMeta(text: string, fileName: string): RateMeta {
  const data = parseJson(text, fileName, 'rates meta');
  const result = rateMetaSchema.safeParse(data);
  if (!result.success) throw new FileInvalidError(toIssues(result.error, fileName, undefined), 'rates');
  return result.data;
}

/** What serializeRatesFile writes. */
export interface RatesFileContent {
  source: RateSourceInfo;
  imported: { from: string; format: ImportFormat };
  days: readonly RateDay[];
}

/**
 * The text of a `humfig-rates/1` file: keys in a fixed order, currencies sorted, days ascending,
 * one day per line (a 25-year history stays diffable, about 4 MB), newline-terminated.
 */
export function serializeRatesFile(content: RatesFileContent): string {
  const s = content.source;
  const source: Record<string, unknown> = { id: s.id, name: s.name };
  if (s.publisher !== undefined) source.publisher = s.publisher;
  if (s.url !== undefined) source.url = s.url;
  if (s.retrieved !== undefined) source.retrieved = s.retrieved;
  if (s.file !== undefined) source.file = s.file;
  const days = [...content.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dayLines = days.map((day) => {
    const rates = Object.keys(day.rates)
      .sort()
      .map((code) => `${JSON.stringify(code)}: ${JSON.stringify(day.rates[code])}`)
      .join(', ');
    return `    { "date": ${JSON.stringify(day.date)}, "rates": ${rates === '' ? '{}' : `{ ${rates} }`} }`;
  });
  const indent = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  return [
    '{',
    `  "format": ${JSON.stringify(RATES_FORMAT)},`,
    '  "base": "EUR",',
    `  "source": ${indent(source)},`,
    `  "imported": ${indent({ from: content.imported.from, format: content.imported.format })},`,
    dayLines.length === 0 ? '  "days": []' : `  "days": [\n${dayLines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

export { sourceFromMeta } from './rate-table.js';
