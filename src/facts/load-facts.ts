/**
 * Loading a facts file: read -> decode -> parse -> validate -> FactsFile. The bundled dataset
 * was validated at build time; when the bytes on disk hash to the digest recorded then, the
 * run-time validation (and zod with it) is skipped. Any other file is validated completely.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FileInvalidError } from '../errors.js';
import type { SourceText } from './check-facts.js';
import { decodeUtf8, describeFsError, readFileBytes } from './read-text-file.js';
import type { FactsFile } from './schema.js';

export interface LoadFactsOptions {
  /** the name shown to users in messages */
  display: string;
  /** SHA-256 (hex) of a file validated at build time; a match skips run-time validation */
  trustedSha256?: string | undefined;
}

/** Reads a source text next to the facts file; never throws. */
export function sourceTextReader(factsPath: string): (relative: string) => SourceText {
  const dir = dirname(resolve(factsPath));
  return (relative) => {
    try {
      return { ok: true, text: readFileSync(resolve(dir, relative), 'utf8') };
    } catch (err) {
      return { ok: false, reason: describeFsError(err) };
    }
  };
}

/** Loads and validates a facts file; throws FileUnreadableError (66) or FileInvalidError (65). */
export async function loadFacts(path: string, options: LoadFactsOptions): Promise<FactsFile> {
  const bytes = readFileBytes(path, options.display);
  if (options.trustedSha256 && createHash('sha256').update(bytes).digest('hex') === options.trustedSha256) {
    return JSON.parse(bytes.toString('utf8')) as FactsFile;
  }
  const text = decodeUtf8(bytes, options.display);
  const { validateFactsText } = await import('./validate-facts.js');
  const result = validateFactsText(text, options.display, sourceTextReader(path));
  if (!result.facts) throw new FileInvalidError(result.issues);
  return result.facts;
}
