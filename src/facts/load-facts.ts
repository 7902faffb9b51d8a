/**
 * Loading a facts file, the one way every command does (loadFacts): read -> decode -> parse ->
 * validate -> FactsFile. It chooses how: the bundled dataset was validated at build time, and
 * the text validated then is compiled into the program, so when the file on disk is byte for
 * byte that text the run-time validation (and zod with it) is skipped; a streamed file (NDJSON)
 * and a large document are read as streams (stream/); anything else is read whole. Any file
 * but the untouched bundled one is validated completely.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative as relativePath, resolve } from 'node:path';
import type { OnProgress } from '../domain/progress.js';
import { FileInvalidError, FileUnreadableError, type FileIssue } from '../errors.js';
import type { SourceText } from './check-facts.js';
import { decodeUtf8, describeFsError, readFileBytes, regularFileSize } from './read-text-file.js';
import type { Keep, WholeFile } from './stream/figure-sink.js';
import type { FactsFile } from './schema.js';
import { STREAM_MIN_BYTES, isStreamedFactsPath, readAsStream } from './stream/read-as-stream.js';

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
  /** told how far reading a large or streamed file has got, in bytes (see StreamOptions) */
  onProgress?: OnProgress | undefined;
}

/** Largest source text humfig reads (64 MiB): a report, not a data dump. */
export const MAX_SOURCE_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a source text next to the facts file; never throws. Only a regular file of at most
 * MAX_SOURCE_TEXT_BYTES inside the facts file's folder, once links are resolved: a FIFO would
 * block, /dev/zero would never end, and a link pointing out of the folder would read a file the
 * facts file's author did not ship.
 */
export function sourceTextReader(factsPath: string): (relative: string) => SourceText {
  const dir = dirname(resolve(factsPath));
  let realDir: string | undefined;
  return (relative) => {
    try {
      const target = resolve(dir, relative);
      realDir ??= realpathSync(dir);
      const real = realpathSync(target);
      const rel = relativePath(realDir, real);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        return { ok: false, reason: 'it leads outside the facts file\'s folder (through a symbolic link)' };
      }
      const size = regularFileSize(real, relative, 'source');
      if (size > MAX_SOURCE_TEXT_BYTES) return { ok: false, reason: `it is ${Math.ceil(size / 1048576)} MiB; a source text may be up to ${MAX_SOURCE_TEXT_BYTES / 1048576} MiB` };
      return { ok: true, text: readFileSync(real, 'utf8') };
    } catch (err) {
      if (err instanceof FileUnreadableError) return { ok: false, reason: err.reason };
      return { ok: false, reason: describeFsError(err) };
    }
  };
}

/** A facts file validated completely: its (kept) figures when it is valid, else every problem. */
interface CheckedFacts {
  facts?: FactsFile | undefined;
  whole?: WholeFile | undefined;
  /** how many figures the file holds, when that is known */
  figures: number | null;
  issues: FileIssue[];
}

/**
 * Validates a facts file completely: a streamed file line by line, a large document as a
 * stream when it is valid, anything else read whole (which is also how a large document with
 * problems gets its report). Throws FileUnreadableError (66).
 */
async function checkFactsFile(path: string, options: Omit<LoadFactsOptions, 'trustedText'>): Promise<CheckedFacts> {
  const stream = { display: options.display, readText: sourceTextReader(path), keep: options.keep, threads: options.threads, trace: options.trace, onProgress: options.onProgress };
  if (isStreamedFactsPath(path)) {
    const { validateFactsStream } = await import('./stream/stream-facts.js');
    return validateFactsStream(path, stream);
  }
  if (regularFileSize(path, options.display) >= STREAM_MIN_BYTES) {
    const { acceptJsonDocument } = await import('./stream/stream-document.js');
    const accepted = await acceptJsonDocument(path, stream);
    if (accepted) return { facts: accepted.facts, whole: accepted.whole, figures: accepted.figures, issues: [] };
  }
  const text = decodeUtf8(readFileBytes(path, options.display), options.display);
  // a file of well-formed values is judged without zod; any other is reported by validateFactsText
  const { judgeFactsText } = await import('./accept-facts.js');
  const judged = judgeFactsText(text, stream.readText);
  if (judged && judged.problems.length === 0) return { facts: judged.facts, figures: judged.facts.figures.length, issues: [] };
  if (judged) {
    const { locate } = await import('./locate.js');
    return { figures: null, issues: locate(judged.text, options.display, judged.problems) };
  }
  const { validateFactsText } = await import('./validate-facts.js');
  const result = validateFactsText(text, options.display, stream.readText);
  return { facts: result.facts, figures: result.facts?.figures.length ?? null, issues: result.issues };
}

/** A valid facts file as loaded. */
export interface LoadedFacts {
  /** the file, with the figures asked for (`keep`) */
  facts: FactsFile;
  /** how many figures the file holds, kept or not */
  figures: number;
  /**
   * When the file was read as a stream keeping only some figures: what the whole file says, as
   * far as keep asked (the groups with only breakdowns, the names of its indicators).
   */
  whole?: WholeFile | undefined;
  /**
   * Every figure id of the file, in file order, when `facts` holds only some of them (a file
   * read as a stream for a few ids): "did you mean" draws from these. Reads the file again.
   */
  allFigureIds?: () => string[];
}

/**
 * Loads and validates a facts file, choosing the way to read it (see the header comment):
 * the one function commands call. Throws FileUnreadableError (66), or FileInvalidError (65)
 * with every problem of the file.
 */
export async function loadFacts(path: string, options: LoadFactsOptions): Promise<LoadedFacts> {
  if (options.trustedText !== undefined) {
    const bytes = readFileBytes(path, options.display);
    if (bytes.length === Buffer.byteLength(options.trustedText) && bytes.toString('utf8') === options.trustedText) {
      const facts = JSON.parse(options.trustedText) as FactsFile;
      return { facts, figures: facts.figures.length };
    }
  }
  const result = await checkFactsFile(path, options);
  if (!result.facts) throw new FileInvalidError(result.issues);
  const figures = result.figures ?? result.facts.figures.length;
  // only a file read as a stream holds fewer figures than it has
  if (options.keep === undefined || options.keep === 'all' || !readAsStream(path)) return { facts: result.facts, figures };
  const { allFigureIds } = await import('./stream/stream-document.js');
  return { facts: result.facts, figures, whole: result.whole, allFigureIds: () => allFigureIds(path, options.display) };
}
