/**
 * The streamed form of a facts file, for inputs too large to hold whole: NDJSON, one JSON value
 * per line. The first line is the header, a facts document without `figures` (format, dataset,
 * sources, places and the optional relations, rates and factors); every further line is one
 * figure. Blank lines are skipped; CR LF line ends are accepted.
 *
 *   jq -c 'del(.figures)' facts.json  > facts.ndjson
 *   jq -c '.figures[]'    facts.json >> facts.ndjson
 *
 * Validation is as complete as for a JSON document (strict syntax, duplicate keys, the schema,
 * references, quotes, unique ids), but the file is read in 64 KiB chunks and each figure is
 * dropped once checked, unless the caller keeps it: memory stays flat whatever the file's size.
 * Each problem is reported with the line it is on, which is where the figure is. How figures
 * are accepted fast is in figure-sink.ts; a large file is read by two threads (parallel.ts).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, readSync } from 'node:fs';
import type { FileIssue } from '../../errors.js';
import type { FactsEnvelope, FigureChecker, PathIssue } from '../check-facts.js';
import { isValidFigure, mayRepeatKey } from '../fast-figure.js';
import type { OnProgress } from '../../domain/progress.js';
import { MAX_LINE_BYTES, forEachLine, isBlank, isBlankLine, lineStartAfter, openForReading, tooLong } from './file-chunks.js';
import { FastSink, type Keep, type WholeFile } from './figure-sink.js';
import { hash53, repeatedIn } from './id-hashes.js';
import { scanJson } from '../json-scan.js';
import { MAIN_SHARE, PARALLEL_MIN_BYTES, canUseWorker, startWorker, type RunningWorker } from './parallel.js';
import { regularFileSize } from '../read-text-file.js';
import type { FactsFile } from '../schema.js';
import type { SourceTextReader } from '../validate-facts.js';

/** validate-facts.js and zod with it, loaded while the worker starts (see validateFactsStream). */
type Validation = typeof import('../validate-facts.js');

export interface StreamOptions {
  /** the name shown to users in messages */
  display: string;
  readText: SourceTextReader;
  /** the figures to keep in the result; all when absent */
  keep?: Keep | undefined;
  /** threads that may read the file (1 or 2); 1 when absent */
  threads?: number | undefined;
  /** notes on how the file was read (HUMFIG_DEBUG) */
  trace?: ((message: string) => void) | undefined;
  /**
   * told how far reading has got, in bytes of this thread's part (with two threads each reads
   * about half, at the same time, so the main thread's part stands for the whole)
   */
  onProgress?: OnProgress | undefined;
}

export interface StreamResult {
  /** set only when the file has no problem; its figures are the kept ones */
  facts?: FactsFile;
  /** what the whole file says, as far as keep asked (set with facts) */
  whole?: WholeFile | undefined;
  /** how many figures the file holds */
  figures: number;
  issues: FileIssue[];
}

const UTF8_MESSAGE = 'the line is not valid UTF-8; save the file as UTF-8';

/** The header line: the first line that is not blank, and where the figures start. */
interface HeaderLine {
  text: string | null;
  line: number;
  /** byte offset and line number of the line after it */
  next: number;
  nextLine: number;
}

function readHeaderLine(path: string, display: string): HeaderLine | undefined {
  const fd = openForReading(path, display);
  try {
    let buf = Buffer.allocUnsafe(1 << 16);
    let filled = 0;
    let offset = 0; // the file offset of buf[0]
    let line = 1;
    const found = (start: number, end: number, next: number): HeaderLine => {
      const bytes = buf.subarray(start, end > start && buf[end - 1] === 0x0d ? end - 1 : end);
      return { text: isUtf8(bytes) ? bytes.toString('utf8') : null, line, next, nextLine: line + 1 };
    };
    for (;;) {
      const n = readSync(fd, buf, filled, buf.length - filled, offset + filled);
      filled += n;
      let start = 0;
      for (let lf = buf.indexOf(0x0a, start); lf !== -1 && lf < filled; lf = buf.indexOf(0x0a, start)) {
        if (!isBlank(buf, start, lf)) return found(start, lf, offset + lf + 1);
        line++;
        start = lf + 1;
      }
      if (n === 0) return start < filled && !isBlank(buf, start, filled) ? found(start, filled, offset + filled) : undefined;
      // keep the line begun, in a bigger buffer when it fills this one
      if (start === 0 && filled === buf.length) {
        if (buf.length >= MAX_LINE_BYTES) throw tooLong(display, line);
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      } else {
        buf.copy(buf, 0, start, filled);
        offset += start;
        filled -= start;
      }
    }
  } finally {
    closeSync(fd);
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Why a figure that was not accepted is not valid, as file issues; its id is noted when it passed the schema. */
function explain(v: Validation, text: string, i: number, line: number, file: string, checker: FigureChecker | undefined, sink: FastSink): FileIssue[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // scanJson allows a byte-order mark where a file starts, JSON.parse never does: a line that
    // is valid JSON after its mark gets a message of its own
    if (text.charCodeAt(0) === 0xfeff && parses(text.slice(1))) {
      return [{ file, path: `figures[${i}]`, line, column: 1, message: 'the line starts with a byte-order mark (U+FEFF); only the first line of a file may, remove it' }];
    }
    const syntax = scanJson(text).syntax;
    return [{ file, path: `figures[${i}]`, line, column: syntax?.column ?? 1, message: syntax?.message ?? 'not valid JSON' }];
  }
  const problems: PathIssue[] = [];
  if (mayRepeatKey(text, value)) {
    for (const d of scanJson(text).duplicates) {
      problems.push({ path: ['figures', i, ...d.path, d.key], atKey: true, message: `duplicate key '${d.key}' (first at line ${line + d.firstLine - 1}); JSON readers keep only one of them` });
    }
  }
  const schemaProblems = isValidFigure(value) ? [] : v.explainFigure(value, i);
  if (schemaProblems.length > 0) {
    for (const item of schemaProblems) problems.push(item);
    // a relation to this figure is not "to an unknown figure": the figure is there, with its own problems
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') sink.noteId(id);
  }
  else {
    checker?.figure(value as never, i, problems);
    sink.record(value as never);
  }
  return v.locate(text, file, problems, { path: ['figures', i], line });
}

/** Validates a streamed facts file completely, keeping only the figures asked for. */
export async function validateFactsStream(path: string, options: StreamOptions): Promise<StreamResult> {
  const file = options.display;
  const keep = options.keep ?? 'all';
  const size = regularFileSize(path, file);
  // a large file is read by two threads; the worker starts now, to be ready when the header is
  let worker = keep !== 'all' && size >= PARALLEL_MIN_BYTES && canUseWorker(options.threads ?? 1) ? startWorker() : undefined;
  try {
    return await readStream(await import('../validate-facts.js'), path, options, keep, size, worker);
  } finally {
    worker?.stop();
  }
}

async function readStream(v: Validation, path: string, options: StreamOptions, keep: Keep, size: number, worker: RunningWorker | undefined): Promise<StreamResult> {
  const file = options.display;
  const head = readHeaderLine(path, file);
  if (!head) {
    return { figures: 0, issues: [{ file, path: '', line: 1, column: 1, message: 'the file is empty; a streamed facts file starts with its header line' }] };
  }
  const issues: FileIssue[] = [];
  const header = head.text === null ? { issues: [{ file, path: '', line: head.line, column: 1, message: UTF8_MESSAGE }] } : v.validateHeaderText(head.text, file, options.readText);
  // a file without its header line: say so first, before what its first figure lacks as a header
  if (head.text !== null && !header.envelope && looksLikeFigure(head.text)) {
    issues.push({ file, path: '', line: head.line, column: 1, message: 'the first line of a streamed facts file (.ndjson) is its header: format, dataset, sources and places; this line looks like a figure' });
  }
  for (const item of header.issues.map((i) => (i.line === undefined || head.text === null ? i : { ...i, line: i.line + head.line - 1 }))) issues.push(item);
  const relationIds = relationIdsOf(header.envelope);
  const sink = new FastSink(header.checker, keep, relationIds);

  // the worker takes the second part, from a line's start
  let split = size;
  const at = worker && header.envelope && header.texts ? lineStartAfter(path, file, head.next + Math.floor((size - head.next) * MAIN_SHARE)) : undefined;
  if (worker && at !== undefined && at < size) {
    split = at;
    worker.give({ form: 'lines', path, display: file, range: { start: at, end: size, firstLine: 1 }, envelope: header.envelope!, texts: header.texts!, relationIds: [...relationIds], keep });
  } else {
    worker = undefined;
  }

  let index = 0;
  let workerHashes: Float64Array | undefined;
  const takeLine = (text: string | null, line: number) => {
    if (text !== null && isBlankLine(text)) return;
    const i = index++;
    if (text === null) issues.push({ file, path: `figures[${i}]`, line, column: 1, message: UTF8_MESSAGE });
    else if (!sink.take(text, i)) for (const item of explain(v, text, i, line, file, header.checker, sink)) issues.push(item);
  };
  const progress = options.onProgress;
  const lineAtSplit = forEachLine(path, file, takeLine, { start: head.next, end: split, firstLine: head.nextLine }, progress && ((at) => progress(at - head.next, split - head.next)));
  // the main thread sorts its ids' hashes while the worker finishes its part
  const sortedCount = sink.hashes.length;
  sink.hashes.sorted();
  if (worker) {
    const r = await worker.result;
    if (r.ok) {
      workerHashes = r.hashes;
      sink.takeWorkerPart(r, index);
      for (const refused of r.refused) {
        const line = lineAtSplit + refused.line - 1;
        if (refused.text === null) issues.push({ file, path: `figures[${index + refused.index}]`, line, column: 1, message: UTF8_MESSAGE });
        else for (const item of explain(v, refused.text, index + refused.index, line, file, header.checker, sink)) issues.push(item);
      }
      options.trace?.(`${file}: figures ${index + 1} to ${index + r.count} read by a second thread`);
      index += r.count;
    } else {
      // the worker could not run (or failed): the main thread reads its half too
      options.trace?.(`${file}: the second thread failed (${r.reason}); the main thread read its part`);
      forEachLine(path, file, takeLine, { start: split, end: size, firstLine: lineAtSplit }, progress && ((at) => progress(at, size)));
    }
  }

  if (header.checker) {
    const problems: PathIssue[] = [];
    header.checker.relations((id) => sink.seenRelationIds.has(id), problems);
    for (const item of v.locate(head.text!, file, problems, { path: [], line: head.line })) issues.push(item);
  }
  // each thread's hashes are sorted by that thread; merging them finds the repeats
  // (figures explained after that sort added hashes: sort again, as happens only with problems)
  const mainHashes = sink.hashes.length === sortedCount ? sink.hashes.values() : sink.hashes.sorted();
  const repeated = repeatedIn(mainHashes, workerHashes);
  if (repeated.size > 0) for (const item of duplicateIds(v, path, file, repeated)) issues.push(item);

  if (issues.length > 0 || !header.envelope) return { figures: index, issues: sortByLine(issues) };
  return { facts: { ...header.envelope, figures: sink.figures() } as FactsFile, whole: sink.whole(), figures: index, issues: [] };
}

export function relationIdsOf(envelope: FactsEnvelope | undefined): Set<string> {
  const ids = new Set<string>();
  for (const r of envelope?.relations ?? []) ids.add(r.part).add(r.whole);
  return ids;
}

/** Whether a header line that failed validation holds a figure (a file without its header). */
function looksLikeFigure(text: string): boolean {
  try {
    const v = JSON.parse(text) as Record<string, unknown> | null;
    return v !== null && typeof v === 'object' && !('format' in v) && 'id' in v && 'value' in v;
  } catch {
    return false;
  }
}

/**
 * Calls `each` with the text, index and line of every figure line of a streamed file (lines
 * that are not valid UTF-8 are counted but not given).
 */
export function forEachFigureLine(path: string, file: string, each: (text: string, index: number, line: number) => void): void {
  let index = -1;
  let headerSeen = false;
  forEachLine(path, file, (text, line) => {
    if (text !== null && isBlankLine(text)) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    index++;
    if (text !== null) each(text, index, line);
  });
}

/**
 * The second reading, only when two ids share a hash: compares the ids of those hashes and
 * reports each repeated one where it repeats, as the JSON document's check does.
 */
function duplicateIds(v: Validation, path: string, file: string, hashes: ReadonlySet<number>): FileIssue[] {
  const first = new Map<string, number>();
  const issues: FileIssue[] = [];
  forEachFigureLine(path, file, (text, index, line) => {
    let id: unknown;
    try {
      id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    } catch {
      return;
    }
    if (typeof id !== 'string' || !hashes.has(hash53(id))) return;
    const firstAt = first.get(id);
    if (firstAt === undefined) {
      first.set(id, index);
      return;
    }
    const problem: PathIssue = { path: ['figures', index, 'id'], message: `duplicate figure id '${id}' (first used at figures[${firstAt}])` };
    for (const item of v.locate(text, file, [problem], { path: ['figures', index], line })) issues.push(item);
  });
  return issues;
}

function sortByLine(issues: FileIssue[]): FileIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.order - b.order)
    .map((x) => x.issue);
}
