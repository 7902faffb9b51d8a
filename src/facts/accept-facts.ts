/**
 * A facts document checked without zod (loaded by load-facts.ts before validate-facts.ts):
 * loading zod and compiling its schemas cost about a third of a call on a small file, and a
 * file whose values are all well-formed never needs them, whether or not it has cross-field
 * problems (an unknown place, a quote not in its source, ...).
 */
import { checkFacts, readSourceTexts, type PathIssue, type SourceText } from './check-facts.js';
import { isValidEnvelope, mayRepeatKey } from './fast-figure.js';
import type { FactsFile } from './schema.js';

/** A document the fast checks could judge: valid (`problems` empty), or with cross-field problems only. */
export interface Judged {
  facts: FactsFile;
  /** the cross-field problems, by JSON path */
  problems: PathIssue[];
  /** the text the paths point into (without a byte-order mark) */
  text: string;
}

/**
 * The document of `raw`, with its cross-field problems, when it parses, repeats no key and
 * passes the fast schema checks (fast-figure.ts, held to the schema by tests): then
 * validateFactsText would give exactly these problems (none: it accepts the same document).
 * Undefined for anything else, which validateFactsText then reports.
 */
export function judgeFactsText(raw: string, readText: (relative: string) => SourceText): Judged | undefined {
  // one byte-order mark is allowed, as validateFactsText allows it
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isValidEnvelope(root, 'array') || mayRepeatKey(text, root)) return undefined;
  const facts = root as FactsFile;
  return { facts, problems: checkFacts(facts, readSourceTexts(facts.sources, readText)), text };
}
