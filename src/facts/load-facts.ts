/**
 * Loading a facts file: read -> decode -> parse -> validate -> FactsFile. The bundled dataset
 * was validated at build time, and the text validated then is compiled into the program: when
 * the file on disk is byte for byte that text, the run-time validation (and zod with it) is
 * skipped. Any other file, or the bundled one after an edit, is validated completely.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FileInvalidError } from '../errors.js';
import type { SourceText } from './check-facts.js';
import { decodeUtf8, describeFsError, readFileBytes, regularFileSize } from './read-text-file.js';
import type { Keep } from './figure-stream.js';
import type { FactsFile } from './schema.js';

export interface LoadFactsOptions {
  /** the name shown to users in messages */
  display: string;
  /** the exact text of a file validated at build time; a file identical to it is not validated again */
  trustedText?: string | undefined;
  /**
   * Only the figures the command needs: a large or streamed file is still validated whole,
   * but only these figures are kept in memory. All of them when absent.
   */
  keep?: Keep | undefined;
  /** threads that may read a large file (1 or 2) */
  threads?: number | undefined;
  /** notes on how a large file was read */
  trace?: ((message: string) => void) | undefined;
}

/**
 * From this size on, a JSON facts document is first read as a stream (stream-document.ts):
 * below it, reading it whole is as fast and the memory does not matter.
 */
export const STREAM_MIN_BYTES = 8 * 1024 * 1024;

/** Whether a facts file (not the bundled one) is read as a stream: a streamed form, or a large document. */
export function readAsStream(path: string): boolean {
  try {
    return isStreamedFactsPath(path) || statSync(path).size >= STREAM_MIN_BYTES;
  } catch {
    return false;
  }
}

/** Whether a file name says it is the streamed form (NDJSON); see stream-facts.ts. */
export function isStreamedFactsPath(path: string): boolean {
  return /\.(?:ndjson|jsonl)$/i.test(path);
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
  if (options.trustedText === undefined && isStreamedFactsPath(path)) {
    const { validateFactsStream } = await import('./stream-facts.js');
    const result = await validateFactsStream(path, { display: options.display, readText: sourceTextReader(path), keep: options.keep, threads: options.threads, trace: options.trace });
    if (!result.facts) throw new FileInvalidError(result.issues);
    return result.facts;
  }
  if (options.trustedText === undefined && regularFileSize(path, options.display) >= STREAM_MIN_BYTES) {
    // a large document is read as a stream when it is valid; one with problems is read whole below, to report them all
    const { acceptJsonDocument } = await import('./stream-document.js');
    const accepted = await acceptJsonDocument(path, { display: options.display, readText: sourceTextReader(path), keep: options.keep, threads: options.threads, trace: options.trace });
    if (accepted) return accepted.facts;
  }
  const bytes = readFileBytes(path, options.display);
  if (options.trustedText !== undefined && bytes.length === Buffer.byteLength(options.trustedText) && bytes.toString('utf8') === options.trustedText) {
    return JSON.parse(options.trustedText) as FactsFile;
  }
  const text = decodeUtf8(bytes, options.display);
  const { validateFactsText } = await import('./validate-facts.js');
  const result = validateFactsText(text, options.display, sourceTextReader(path));
  if (!result.facts) throw new FileInvalidError(result.issues);
  return result.facts;
}
