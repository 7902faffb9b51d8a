/**
 * Figures taken one at a time as they are read, by the main thread and the worker alike. What
 * makes acceptance fast, with nothing left unchecked:
 * - a figure the fast check accepts (fast-figure.ts) is not given to zod; a figure refused
 *   here is handed back to be explained (stream-facts.ts), with zod and locations;
 * - duplicate keys are found by counting colons (see mayRepeatKey); only a text that may
 *   repeat a key is scanned, to say which;
 * - ids are checked for uniqueness by a 53-bit hash of each (id-hashes.ts); only when two
 *   hashes are equal are the ids themselves compared, in a second reading.
 */
import type { FigureChecker, PathIssue } from '../check-facts.js';
import { figureTextColons, mayRepeatKey, validFigureKeys } from '../fast-figure.js';
import { HeadlineTally, type BreakdownOnly, type TallyState } from '../headline-tally.js';
import type { Figure } from '../schema.js';
import type { ChunkReader } from './file-chunks.js';
import { HashList, hash53 } from './id-hashes.js';
import { COMMA, RBRACKET } from '../json-lexer.js';

/**
 * Which figures a caller keeps in memory: all, none (validate), the headline figures and a
 * tally of the groups with only breakdowns (summary: see headline-tally.ts), or those whose id
 * starts with one of these prefixes, whose indicator is one of these indicators or starts with
 * one of these indicator prefixes (history, compare); `indicatorNames` also gathers the names of
 * every indicator of the file.
 */
export type Keep =
  | 'all'
  | 'none'
  | 'headline'
  | { prefixes: readonly string[]; indicators?: readonly string[]; indicatorPrefixes?: readonly string[]; indicatorNames?: boolean };

/**
 * What a file read for only some of its figures says of the whole of it, as far as the caller
 * asked (Keep): the groups that have breakdowns and no total, the names of its indicators.
 */
export interface WholeFile {
  breakdownOnly?: BreakdownOnly[] | undefined;
  indicators?: string[] | undefined;
}

export function keepFunction(keep: Keep): (figure: Figure) => boolean {
  if (keep === 'all') return () => true;
  if (keep === 'none' || keep === 'headline') return () => false;
  const { prefixes } = keep;
  const indicators = new Set(keep.indicators);
  const indicatorPrefixes = keep.indicatorPrefixes ?? [];
  return (f) => {
    for (const p of prefixes) if (f.id.startsWith(p)) return true;
    for (const p of indicatorPrefixes) if (f.indicator.startsWith(p)) return true;
    return indicators.has(f.indicator);
  };
}

/**
 * The figures of an array, each through the sink, from the reader's position at a figure up
 * to the closing bracket, or up to the file offset `stop` when the reader arrives there between
 * two figures (where the worker took over); false at the first figure refused. `count` is how
 * many were taken, and figure indexes start at 0 for this part.
 */
export function takeArrayFigures(reader: ChunkReader, sink: FastSink, stop?: number): { count: number; atStop: boolean } | false {
  for (let i = 0; ; i++) {
    const line = reader.lineValue();
    if (!(line ? sink.takeParsed(line.text, line.value, i) : sink.take(reader.value(), i))) return false;
    const next = reader.peek();
    reader.expect(next === COMMA ? COMMA : RBRACKET);
    if (next !== COMMA) return { count: i + 1, atStop: false };
    reader.peek();
    if (reader.offset() === stop) return { count: i + 1, atStop: true };
  }
}

/**
 * Where the figures of a file go as they are read, one JSON text each. `take` accepts a figure
 * that is valid in every respect (its id hashed, kept when wanted) and refuses any other,
 * without saying why: the caller explains it (stream-facts.ts) or hands it back to the thread
 * that can. `record` notes the id of a figure explained elsewhere that passed the schema.
 */
export class FastSink {
  readonly hashes = new HashList();
  readonly kept: Figure[] = [];
  readonly seenRelationIds = new Set<string>();
  /** with keep 'headline': the headline figures and the groups with only breakdowns */
  readonly tally: HeadlineTally | undefined;
  /** with keep.indicatorNames: every indicator's name, in order of first appearance */
  readonly indicatorNames: Set<string> | undefined;
  private readonly scratch: PathIssue[] = [];
  private readonly keep: (figure: Figure) => boolean;

  constructor(
    private readonly checker: FigureChecker | undefined,
    keep: Keep,
    private readonly relationIds: ReadonlySet<string>,
  ) {
    this.keep = keepFunction(keep);
    this.tally = keep === 'headline' ? new HeadlineTally() : undefined;
    this.indicatorNames = typeof keep === 'object' && keep.indicatorNames ? new Set() : undefined;
  }

  /** Whether figure `i`, written as `text`, is valid in every respect (then it is recorded). */
  take(text: string, i: number): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    return this.takeParsed(text, value, i);
  }

  /** take() for a text already parsed to `value`. */
  takeParsed(text: string, value: unknown, i: number): boolean {
    const keys = validFigureKeys(value);
    if (keys < 0 || !this.checker) return false;
    const figure = value as Figure;
    if (mayRepeatKey(text, figure, keys + figureTextColons(figure))) return false;
    this.checker.figure(figure, i, this.scratch);
    if (this.scratch.length > 0) {
      this.scratch.length = 0;
      return false;
    }
    this.record(figure);
    if (this.tally) this.tally.add(figure, i);
    else if (this.keep(figure)) this.kept.push(figure);
    this.indicatorNames?.add(figure.indicator);
    return true;
  }

  /** What the worker thread kept of the part after this thread's, whose figure indexes start at `offset`. */
  takeWorkerPart(part: { kept: Figure[]; tally?: TallyState | undefined; indicatorNames?: string[] | undefined; seenRelationIds: string[] }, offset: number): void {
    for (const item of part.kept) this.kept.push(item);
    if (part.tally) this.tally?.merge(part.tally, offset);
    for (const name of part.indicatorNames ?? []) this.indicatorNames?.add(name);
    for (const id of part.seenRelationIds) this.seenRelationIds.add(id);
  }

  /** The figures kept: the headline figures with keep 'headline', else those keep chose. */
  figures(): Figure[] {
    return this.tally ? this.tally.headlines() : this.kept;
  }

  /** What the caller asked to know of the whole file (see WholeFile). */
  whole(): WholeFile {
    return { breakdownOnly: this.tally?.breakdownOnly(), indicators: this.indicatorNames && [...this.indicatorNames] };
  }

  /** Notes the id of a figure that passed the schema. */
  record(figure: Figure): void {
    this.hashes.push(hash53(figure.id));
    this.noteId(figure.id);
  }

  /** Notes that a figure with this id exists (for the relations), whether or not it is valid. */
  noteId(id: string): void {
    if (this.relationIds.size > 0 && this.relationIds.has(id)) this.seenRelationIds.add(id);
  }
}
