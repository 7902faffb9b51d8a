/**
 * A facts document accepted without zod (loaded by load-facts.ts before validate-facts.ts):
 * loading zod and compiling its schemas cost about a third of a call on a small file, and a
 * valid file never needs them.
 */
import { checkFacts, isContainedPath, type SourceText } from './check-facts.js';
import { isValidEnvelope } from './fast-figure.js';
import { mayRepeatKey } from './figure-stream.js';
import type { FactsFile } from './schema.js';

/**
 * The document of `raw` when it parses, repeats no key, passes the fast schema checks
 * (fast-figure.ts, held to the schema by tests) and has no cross-field problem: what
 * validateFactsText would accept, with the same result. Undefined for anything else, which
 * validateFactsText then reports.
 */
export function acceptFactsText(raw: string, readText: (relative: string) => SourceText): FactsFile | undefined {
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
  const texts = new Map<string, SourceText>();
  for (const s of facts.sources) {
    if (s.text !== undefined && isContainedPath(s.text) && !texts.has(s.id)) texts.set(s.id, readText(s.text));
  }
  return checkFacts(facts, texts).length === 0 ? facts : undefined;
}

