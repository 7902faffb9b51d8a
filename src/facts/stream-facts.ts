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
 * Each problem is reported with the line it is on, which is where the figure is.
 *
 * What makes it fast, with nothing left unchecked:
 * - a figure the fast check accepts (fast-figure.ts) is not given to zod, which only explains;
 * - duplicate keys are found by counting colons (see mayRepeatKey); only a line that may repeat
 *   a key is scanned, to say which;
 * - ids are checked for uniqueness by a 53-bit hash of each; only when two hashes are equal is
 *   the file read a second time, to compare those ids themselves.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { FileUnreadableError, type FileIssue } from '../errors.js';
import type { FactsEnvelope, FigureChecker, PathIssue } from './check-facts.js';
import { isValidFigure } from './fast-figure.js';
import { scanJson } from './json-scan.js';
import { isStreamedFactsPath } from './load-facts.js';
import { decodeUtf8, describeFsError, readFileBytes, regularFileSize } from './read-text-file.js';
import type { FactsFile, Figure } from './schema.js';
import { explainFigure, locate, validateHeaderText, type SourceTextReader } from './validate-facts.js';

const CHUNK_BYTES = 1 << 16;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export interface StreamOptions {
  /** the name shown to users in messages */
  display: string;
  readText: SourceTextReader;
  /** figures to keep in the result; all of them when absent */
  keep?: ((figure: Figure) => boolean) | undefined;
}

export interface StreamResult {
  /** set only when the file has no problem; its figures are the kept ones */
  facts?: FactsFile;
  /** how many figures the file holds */
  figures: number;
  issues: FileIssue[];
}

/** One line of the file: bytes [start, end) of buf, without its line end. */
type LineHandler = (buf: Buffer, start: number, end: number, line: number, utf8: 'ascii' | 'utf8' | 'invalid') => void;

/** Calls `each` for every line of the file, in order, reading it in chunks. */
function forEachLine(path: string, display: string, each: LineHandler): void {
  regularFileSize(path, display);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new FileUnreadableError(display, describeFsError(err));
  }
  try {
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    let line = 1;
    let eof = false;
    while (!eof) {
      let n: number;
      try {
        n = readSync(fd, buf, filled, buf.length - filled, null);
      } catch (err) {
        throw new FileUnreadableError(display, describeFsError(err));
      }
      if (n === 0) eof = true;
      filled += n;
      // the complete lines of the buffer; at the end of the file, the last one too
      const lastLf = buf.lastIndexOf(LF, filled - 1);
      const blockEnd = eof ? filled : lastLf + 1;
      if (blockEnd === 0) {
        // one line longer than the buffer: make room and read on
        if (filled === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, filled);
          buf = bigger;
        }
        continue;
      }
      const block = buf.subarray(0, blockEnd);
      const blockKind = isAscii(block) ? 'ascii' : isUtf8(block) ? 'utf8' : undefined;
      let start = 0;
      while (start < blockEnd) {
        let lf = buf.indexOf(LF, start);
        if (lf === -1 || lf >= blockEnd) lf = blockEnd;
        const end = lf > start && buf[lf - 1] === CR ? lf - 1 : lf;
        each(buf, start, end, line, blockKind ?? (isUtf8(buf.subarray(start, end)) ? 'utf8' : 'invalid'));
        line++;
        start = lf + 1;
      }
      buf.copy(buf, 0, blockEnd, filled);
      filled -= blockEnd;
    }
  } finally {
    closeSync(fd);
  }
}

function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/** How many times `:` occurs in a string. */
function colons(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/** The keys of a parsed value, nested ones included, plus the colons of its strings and keys. */
function keysAndColons(v: unknown): number {
  if (typeof v === 'string') return colons(v);
  if (v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += keysAndColons(x);
    return n;
  }
  for (const key of Object.keys(v)) n += 1 + colons(key) + keysAndColons((v as Record<string, unknown>)[key]);
  return n;
}

/**
 * Whether a JSON text that parsed to `value` may repeat a key. A colon of the text is either a
 * key's separator or a character of a string; JSON.parse keeps one key of each name, so without
 * a duplicate the text's colons are exactly the parsed keys plus the colons of the parsed
 * strings. A colon written as an escape (\u003a) breaks the count: such a text is scanned.
 */
function mayRepeatKey(text: string, value: unknown): boolean {
  return text.includes('\\u003') || colons(text) !== keysAndColons(value);
}

/** A 53-bit hash of a string (two 32-bit FNV-1a style mixes), exact in a double. */
function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** A growable list of doubles. */
class HashList {
  private items = new Float64Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.items.length) {
      const bigger = new Float64Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = x;
  }
  /** the values that occur more than once */
  repeated(): Set<number> {
    const sorted = this.items.subarray(0, this.length).sort();
    const out = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) out.add(sorted[i]!);
    return out;
  }
}

const textOf = (buf: Buffer, start: number, end: number, kind: 'ascii' | 'utf8'): string =>
  buf.toString(kind === 'ascii' ? 'latin1' : 'utf8', start, end);

/**
 * Where the figures of a file go as they are read, one JSON text each: parsed, checked against
 * the schema and the header, their ids hashed, and kept when the caller wants them.
 */
export class FigureSink {
  readonly hashes = new HashList();
  /** figures taken */
  count = 0;
  readonly kept: Figure[] = [];
  private readonly seenRelationIds = new Set<string>();

  constructor(
    private readonly checker: FigureChecker | undefined,
    private readonly keep: (figure: Figure) => boolean,
    private readonly relationIds: ReadonlySet<string>,
  ) {}

  /**
   * The problems of figure `i` written as `text`, which starts on line `line` of the file: a
   * syntax error, or path issues (none when the figure is valid).
   */
  take(text: string, i: number, line: number): { syntax: { column: number; message: string } } | PathIssue[] {
    this.count++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const syntax = scanJson(text).syntax;
      return { syntax: { column: syntax?.column ?? 1, message: syntax?.message ?? 'not valid JSON' } };
    }
    const problems: PathIssue[] = [];
    if (mayRepeatKey(text, value)) {
      for (const d of scanJson(text).duplicates) {
        problems.push({ path: ['figures', i, ...d.path, d.key], atKey: true, message: `duplicate key '${d.key}' (first at line ${line + d.firstLine - 1}); JSON readers keep only one of them` });
      }
    }
    const schemaProblems = isValidFigure(value) ? [] : explainFigure(value, i);
    if (schemaProblems.length > 0) return [...problems, ...schemaProblems];
    const figure = value as Figure;
    this.checker?.figure(figure, i, problems);
    this.hashes.push(hash53(figure.id));
    if (this.relationIds.has(figure.id)) this.seenRelationIds.add(figure.id);
    if (problems.length === 0 && this.keep(figure)) this.kept.push(figure);
    return problems;
  }

  /** Whether a figure with this id was seen, for the relations named up front. */
  hasRelationId(id: string): boolean {
    return this.seenRelationIds.has(id);
  }
}

/** Validates a streamed facts file completely, keeping only the figures asked for. */
export function validateFactsStream(path: string, options: StreamOptions): StreamResult {
  const file = options.display;
  const issues: FileIssue[] = [];
  let header: { text: string; line: number; checker?: FigureChecker | undefined; envelope?: ReturnType<typeof validateHeaderText>['envelope'] } | undefined;
  let sink: FigureSink | undefined;
  let index = 0;

  forEachLine(path, file, (buf, start, end, line, kind) => {
    if (isBlank(buf, start, end)) return;
    if (kind === 'invalid') {
      issues.push({ file, path: header ? `figures[${index++}]` : '', line, column: 1, message: 'the line is not valid UTF-8; save the file as UTF-8' });
      header ??= { text: '', line };
      return;
    }
    const text = textOf(buf, start, end, kind);
    if (!header) {
      const result = validateHeaderText(text, file, options.readText);
      header = { text, line, checker: result.checker, envelope: result.envelope };
      issues.push(...result.issues.map((i) => (i.line === undefined ? i : { ...i, line: i.line + line - 1 })));
      if (!result.envelope && looksLikeFigure(text)) {
        issues.push({ file, path: '', line, column: 1, message: 'the first line of a streamed facts file (.ndjson) is its header: format, dataset, sources and places; this line looks like a figure' });
      }
      return;
    }
    sink ??= new FigureSink(header.checker, options.keep ?? (() => true), relationIdsOf(header.envelope));
    const i = index++;
    const taken = sink.take(text, i, line);
    if ('syntax' in taken) issues.push({ file, path: `figures[${i}]`, line, ...taken.syntax });
    else if (taken.length > 0) issues.push(...locate(text, file, taken, { path: ['figures', i], line }));
  });

  if (!header) {
    return { figures: 0, issues: [{ file, path: '', line: 1, column: 1, message: 'the file is empty; a streamed facts file starts with its header line' }] };
  }
  sink ??= new FigureSink(header.checker, () => true, relationIdsOf(header.envelope));
  if (header.checker) {
    const problems: PathIssue[] = [];
    header.checker.relations((id) => sink!.hasRelationId(id), problems);
    issues.push(...locate(header.text, file, problems, { path: [], line: header.line }));
  }
  const repeated = sink.hashes.repeated();
  if (repeated.size > 0) issues.push(...duplicateIds(path, file, repeated));

  if (issues.length > 0 || !header.envelope) return { figures: index, issues: sortByLine(issues) };
  return { facts: { ...header.envelope, figures: sink.kept } as FactsFile, figures: index, issues: [] };
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
 * The second reading, only when two ids share a hash: compares the ids of those hashes and
 * reports each repeated one where it repeats, as the JSON document's check does.
 */
function duplicateIds(path: string, file: string, hashes: ReadonlySet<number>): FileIssue[] {
  const first = new Map<string, number>();
  const issues: FileIssue[] = [];
  let index = -1;
  let headerSeen = false;
  forEachLine(path, file, (buf, start, end, line, kind) => {
    if (isBlank(buf, start, end)) return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    index++;
    if (kind === 'invalid') return;
    const text = textOf(buf, start, end, kind);
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
    issues.push(...locate(text, file, [problem], { path: ['figures', index], line }));
  });
  return issues;
}

function sortByLine(issues: FileIssue[]): FileIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.order - b.order)
    .map((x) => x.issue);
}

/**
 * The ids of all the figures of a file already validated (streamed or not), in file order: for
 * "did you mean" when only some figures were kept. A JSON document is read whole for this.
 */
export function allFigureIds(path: string, display: string): string[] {
  if (!isStreamedFactsPath(path)) {
    const doc = JSON.parse(decodeUtf8(readFileBytes(path, display), display).replace(/^\ufeff/, '')) as FactsFile;
    return doc.figures.map((f) => f.id);
  }
  const ids: string[] = [];
  let headerSeen = false;
  forEachLine(path, display, (buf, start, end, _line, kind) => {
    if (isBlank(buf, start, end) || kind === 'invalid') return;
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const id = (JSON.parse(textOf(buf, start, end, kind)) as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.push(id);
  });
  return ids;
}
