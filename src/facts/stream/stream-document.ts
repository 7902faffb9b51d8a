/**
 * Large facts files in the JSON document form, read as a stream: the members of the root
 * object other than `figures` are kept as text, and the figures are taken one at a time, as
 * in the streamed form (stream-facts.ts), so that a file of a million figures is never held
 * whole. This is an acceptance path only: it proves a file valid or gives up, and the caller
 * then validates the file whole, which reports every problem exactly as for any other file.
 *
 * It gives up (returns undefined) on any problem, and on layouts it cannot check as it reads:
 * `figures` before `format`, `dataset`, `sources` or `places` (the figures are checked against
 * them), `relations` after `figures` (their ids would have to be looked up afterwards), a
 * repeated root key, or two ids with the same hash.
 */
import { closeSync } from 'node:fs';
import type { PathIssue } from '../check-facts.js';
import { ChunkReader, GiveUp, guessFigureStart, openForReading } from './file-chunks.js';
import { FastSink, takeArrayFigures, type Keep, type WholeFile } from './figure-sink.js';
import { repeatedIn } from './id-hashes.js';
import { MAIN_SHARE, PARALLEL_MIN_BYTES, canUseWorker, startWorker, type RunningWorker } from './parallel.js';
import { regularFileSize } from '../read-text-file.js';
import type { FactsFile } from '../schema.js';
import { forEachFigureLine, relationIdsOf, type StreamOptions } from './stream-facts.js';
import { isStreamedFactsPath } from './read-as-stream.js';
import { COLON, COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET } from '../json-lexer.js';

/** A valid file: its kept figures, and how many it holds. */
export interface Accepted {
  facts: FactsFile;
  /** what the whole file says, as far as keep asked (set with facts) */
  whole?: WholeFile | undefined;
  figures: number;
}

/** The members a header must have before the figures can be checked as they come. */
const NEEDED_BEFORE_FIGURES = ['format', 'dataset', 'sources', 'places'];

/** A header document made of the root members read so far (their texts, in file order). */
function headerText(members: ReadonlyMap<string, string>): string {
  return `{${[...members].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

/**
 * Proves a JSON facts document valid while reading it once, keeping only the figures asked
 * for; undefined when it is not valid or cannot be checked this way (see the header comment).
 */
export async function acceptJsonDocument(path: string, options: StreamOptions): Promise<Accepted | undefined> {
  const fd = openForReading(path, options.display);
  const keep = options.keep ?? 'all';
  const size = regularFileSize(path, options.display);
  // a large file's figures are read by two threads; the worker starts now, to be ready when the header is
  const worker = keep !== 'all' && size >= PARALLEL_MIN_BYTES && canUseWorker(options.threads ?? 1) ? startWorker() : undefined;
  try {
    const { validateHeaderText } = await import('../validate-facts.js');
    // progress in bytes of the main thread's part: the whole file, or up to where the worker starts
    const part = { end: size };
    const progress = options.onProgress;
    const reader = new ChunkReader(fd, options.display, 0, progress && ((at) => progress(Math.min(at, part.end), part.end)));
    return await accept(reader, path, { ...options, keep }, size, worker, validateHeaderText, part);
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  } finally {
    closeSync(fd);
    worker?.stop();
  }
}

async function accept(
  reader: ChunkReader,
  path: string,
  options: StreamOptions & { keep: Keep },
  size: number,
  worker: RunningWorker | undefined,
  validateHeaderText: typeof import('../validate-facts.js').validateHeaderText,
  part: { end: number },
): Promise<Accepted | undefined> {
  const members = new Map<string, string>();
  let sink: FastSink | undefined;
  let count = 0;
  let figuresSeen = false;
  let workerHashes: Float64Array | undefined;
  reader.skipBom();
  reader.expect(LBRACE);
  if (reader.peek() === RBRACE) return undefined;
  for (;;) {
    let key: unknown;
    try {
      key = JSON.parse(reader.value());
    } catch {
      return undefined;
    }
    if (typeof key !== 'string' || members.has(key) || (key === 'figures' && figuresSeen)) return undefined;
    reader.expect(COLON);
    if (key === 'figures') {
      figuresSeen = true;
      if (reader.peek() !== LBRACKET || !NEEDED_BEFORE_FIGURES.every((k) => members.has(k))) return undefined;
      const header = validateHeaderText(headerText(members), options.display, options.readText);
      if (header.issues.length > 0 || !header.checker || !header.envelope || !header.texts) return undefined;
      const keep = options.keep;
      const relationIds = relationIdsOf(header.envelope);
      sink = new FastSink(header.checker, keep, relationIds);
      // the worker reads from a figure near the middle of the array
      let split: { at: number; worker: RunningWorker } | undefined;
      const from = reader.offset();
      const at = worker && size - from >= PARALLEL_MIN_BYTES ? guessFigureStart(path, options.display, from + Math.floor((size - from) * MAIN_SHARE)) : undefined;
      if (worker && at !== undefined) {
        worker.give({ form: 'array', path, display: options.display, start: at, envelope: header.envelope, texts: header.texts, relationIds: [...relationIds], keep });
        split = { at, worker };
        part.end = at;
      }
      const taken = takeFigures(reader, sink, split?.at);
      if (taken === false) return undefined;
      count = taken.count;
      if (taken.atSplit) {
        const r = await split!.worker.result;
        if (!r.ok || r.endOffset === undefined || r.refused.length > 0) return undefined;
        workerHashes = r.hashes;
        sink.takeWorkerPart(r, count);
        options.trace?.(`${options.display}: figures ${count + 1} to ${count + r.count} read by a second thread`);
        count += r.count;
        reader.seek(r.endOffset);
      }
    } else {
      if (key === 'relations' && figuresSeen) return undefined;
      members.set(key, reader.value());
    }
    const next = reader.peek();
    reader.expect(next === COMMA ? COMMA : RBRACE);
    if (next !== COMMA) break;
  }
  if (!reader.atEnd() || !sink) return undefined;
  // the whole header again, with the members that came after the figures (rates, factors)
  const header = validateHeaderText(headerText(members), options.display, options.readText);
  if (header.issues.length > 0 || !header.envelope || !header.checker) return undefined;
  const problems: PathIssue[] = [];
  header.checker.relations((id) => sink!.seenRelationIds.has(id), problems);
  if (problems.length > 0 || repeatedIn(sink.hashes.sorted(), workerHashes).size > 0) return undefined;
  return { facts: { ...header.envelope, figures: sink.figures() } as FactsFile, whole: sink.whole(), figures: count };
}

/** The figures array, up to its closing bracket or to `split` (see takeArrayFigures). */
function takeFigures(reader: ChunkReader, sink: FastSink, split: number | undefined): { count: number; atSplit: boolean } | false {
  reader.expect(LBRACKET);
  if (reader.peek() === RBRACKET) {
    reader.expect(RBRACKET);
    return { count: 0, atSplit: false };
  }
  const taken = takeArrayFigures(reader, sink, split);
  return taken && { count: taken.count, atSplit: taken.atStop };
}

/**
 * The ids of all the figures of a file already validated, in file order, read as a stream: for
 * "did you mean" when only some figures were kept. Empty when the file cannot be read so.
 */
export function allFigureIds(path: string, display: string): string[] {
  const ids: string[] = [];
  const take = (text: string) => {
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.push(id);
  };
  if (isStreamedFactsPath(path)) {
    forEachFigureLine(path, display, take);
    return ids;
  }
  const fd = openForReading(path, display);
  try {
    const reader = new ChunkReader(fd, display);
    reader.skipBom();
    reader.expect(LBRACE);
    while (reader.peek() === QUOTE) {
      const key = JSON.parse(reader.value()) as string;
      reader.expect(COLON);
      if (key === 'figures' && reader.peek() === LBRACKET) {
        reader.expect(LBRACKET);
        while (reader.peek() !== RBRACKET) {
          const line = reader.lineValue();
          take(line ? line.text : reader.value());
          if (reader.peek() === COMMA) reader.expect(COMMA);
        }
        reader.expect(RBRACKET);
      } else reader.value();
      if (reader.peek() === COMMA) reader.expect(COMMA);
    }
  } catch (err) {
    if (!(err instanceof GiveUp)) throw err;
  } finally {
    closeSync(fd);
  }
  return ids;
}
