/**
 * Full validation of a facts file's text: strict JSON syntax, duplicate keys, the zod schema,
 * then the whole-document rules of check-facts.ts. Every problem is reported (not only the
 * first), each located by file, JSON path, line and column. This module loads zod, so the
 * start-up path imports it only when a file must be validated.
 */
import * as z from './zod.js';
import type { FileIssue } from '../errors.js';
import { checkEnvelope, checkFacts, readSourceTexts, type FactsEnvelope, type FigureChecker, type PathIssue, type SourceText } from './check-facts.js';
import { scanJson } from './json-scan.js';
import { locate } from './locate.js';
import { describeIssue } from './zod-issue.js';
import { factsFileSchema, figureSchema, type FactsFile } from './schema.js';

export { locate, type TextPlace } from './locate.js';

export interface ValidationResult {
  facts?: FactsFile;
  issues: FileIssue[];
}

/** Reads a source's local text given the `text` path from the facts file. */
export type SourceTextReader = (relativePath: string) => SourceText;

const BOM = '\ufeff';

/** One zod issue of a facts file as a sentence that says what was found and what is allowed. */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType = factsFileSchema): PathIssue[] {
  return describeIssue(issue, root, schema);
}

/** The document without its figures, which are checked one at a time (see parseFacts). */
const envelopeSchema = factsFileSchema.extend({ figures: z.array(z.unknown()) });

/**
 * The zod schema applied to a parsed document. Figures are validated one at a time, so that a
 * file of a million figures is not copied whole by the parser; the document itself is used as
 * the result, which is safe because the schema has no transforms or defaults.
 */
function parseFacts(root: unknown): { success: true; data: FactsFile } | { success: false; issues: z.core.$ZodIssue[] } {
  const envelope = envelopeSchema.safeParse(root);
  const issues: z.core.$ZodIssue[] = envelope.success ? [] : [...envelope.error.issues];
  const figures = (root as { figures?: unknown } | null)?.figures;
  if (Array.isArray(figures)) {
    for (let i = 0; i < figures.length; i++) {
      const r = figureSchema.safeParse(figures[i]);
      if (!r.success) for (const zi of r.error.issues) issues.push({ ...zi, path: ['figures', i, ...zi.path] });
    }
  }
  return issues.length === 0 ? { success: true, data: root as FactsFile } : { success: false, issues };
}

type SchemaCheck<T> = (root: unknown) => { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * The steps every JSON document of a facts file goes through: strict syntax, duplicate keys,
 * the schema, then the cross-field checks, which run only on a document the schema accepts.
 */
function validateDocument<T extends FactsEnvelope, R>(
  raw: string,
  file: string,
  schema: { check: SchemaCheck<T>; root: z.ZodType },
  crossCheck: (data: T, texts: ReadonlyMap<string, SourceText>, issues: PathIssue[]) => R,
  readText: SourceTextReader,
): { data?: T; checked?: R; texts?: Map<string, SourceText>; issues: FileIssue[] } {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const scan = scanJson(text);
  if (scan.syntax) {
    const { line, column, message } = scan.syntax;
    return { issues: [{ file, path: '', line, column, message }] };
  }
  const pathIssues: PathIssue[] = scan.duplicates.map((d) => ({
    path: [...d.path, d.key],
    atKey: true,
    message: `duplicate key '${d.key}' (first at line ${d.firstLine}); JSON readers keep only one of them`,
  }));
  // (a key JavaScript reads as an object's prototype: validation would not see it, every reader after would)
  for (const d of scan.forbidden ?? []) pathIssues.push({ path: [...d.path, d.key], atKey: true, message: "a key named '__proto__' is not allowed: JSON readers treat it apart from other keys; rename or remove it" });
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    // the scanner accepts what JSON.parse does but for a second byte-order mark
    return { issues: [{ file, path: '', line: 1, column: 1, message: 'the file starts with more than one byte-order mark (U+FEFF); keep at most one' }] };
  }
  const parsed = schema.check(root);
  if (!parsed.success) {
    // (a '__proto__' key is said once, above, not again as an unknown field)
    for (const zi of parsed.issues) for (const issue of describeZodIssue(zi, root, schema.root)) if (scan.forbidden === undefined || issue.path.at(-1) !== '__proto__') pathIssues.push(issue);
    return { issues: locate(text, file, pathIssues) };
  }
  if (scan.forbidden !== undefined) return { issues: locate(text, file, pathIssues) };
  const texts = readSourceTexts(parsed.data.sources, readText);
  const checked = crossCheck(parsed.data, texts, pathIssues);
  // the data comes back with its cross-field issues: a streamed header's figures are still checked against it
  return { data: parsed.data, checked, texts, issues: pathIssues.length > 0 ? locate(text, file, pathIssues) : [] };
}

/** Validates the text of a facts file completely; `facts` is set only when there is no issue. */
export function validateFactsText(raw: string, file: string, readText: SourceTextReader): ValidationResult {
  const result = validateDocument(raw, file, { check: parseFacts, root: factsFileSchema }, (data, texts, issues) => {
    for (const issue of checkFacts(data, texts)) issues.push(issue);
  }, readText);
  return result.data && result.issues.length === 0 ? { facts: result.data, issues: [] } : { issues: result.issues };
}

/** The header of the streamed form: a facts document without its figures. */
const headerSchema = factsFileSchema.omit({ figures: true });

/**
 * Validates the header line of a streamed facts file (everything but the figures) and returns
 * the checker its figures go through, one at a time, as they are read. A header the schema
 * accepts comes back with its checker even when it has cross-field issues.
 */
export function validateHeaderText(
  raw: string,
  file: string,
  readText: SourceTextReader,
): { envelope?: FactsEnvelope; checker?: FigureChecker; texts?: Map<string, SourceText>; issues: FileIssue[] } {
  const check: SchemaCheck<FactsEnvelope> = (root) => {
    const r = headerSchema.safeParse(root);
    return r.success ? { success: true, data: r.data as FactsEnvelope } : { success: false, issues: r.error.issues };
  };
  const result = validateDocument(raw, file, { check, root: headerSchema }, checkEnvelope, readText);
  return result.data && result.checked ? { envelope: result.data, checker: result.checked, texts: result.texts, issues: result.issues } : { issues: result.issues };
}

/**
 * Why one figure is not valid, as path issues under `figures[index]`; empty when the schema
 * accepts it (the caller then runs the cross-field checks).
 */
export function explainFigure(value: unknown, index: number): PathIssue[] {
  const r = figureSchema.safeParse(value);
  if (r.success) return [];
  const root = { figures: { [index]: value } };
  return r.error.issues.flatMap((zi) => describeZodIssue({ ...zi, path: ['figures', index, ...zi.path] }, root));
}
