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
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { FileUnreadableError } from '../errors.js';
import type { PathIssue } from './check-facts.js';
import { describeFsError } from './read-text-file.js';
import type { FactsFile } from './schema.js';
import { FigureSink, relationIdsOf, type StreamOptions } from './stream-facts.js';
import { validateHeaderText } from './validate-facts.js';

const CHUNK_BYTES = 1 << 16;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** Thrown inside the reader when the file cannot be accepted as it is read. */
class GiveUp extends Error {}

/** A JSON text read from a file in chunks, one value at a time. */
class ChunkReader {
  private buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private pos = 0;
  private end = 0;
  private eof = false;
  /** whether buf[0, end) is all ASCII (checked once per read) */
  private ascii = true;

  constructor(
    private readonly fd: number,
    private readonly display: string,
  ) {}

  /**
   * Reads more, keeping buf[keep, end) (moved to the front); false at the end of the file.
   * Returns how far the kept bytes moved back.
   */
  private more(keep: number): number | false {
    if (this.eof) return false;
    const kept = this.end - keep;
    if (kept === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, keep, this.end);
      this.buf = bigger;
    } else if (keep > 0) {
      this.buf.copy(this.buf, 0, keep, this.end);
    }
    this.pos -= keep;
    this.end = kept;
    let n: number;
    try {
      n = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
    } catch (err) {
      throw new FileUnreadableError(this.display, describeFsError(err));
    }
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.end += n;
    this.ascii = isAscii(this.buf.subarray(0, this.end));
    return keep;
  }

  /** The next byte that is not whitespace, without taking it; -1 at the end of the file. */
  peek(): number {
    for (;;) {
      while (this.pos < this.end) {
        const c = this.buf[this.pos]!;
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c;
        this.pos++;
      }
      if (this.more(this.pos) === false) return -1;
    }
  }

  /** Takes the next byte after whitespace, which must be `c`. */
  expect(c: number): void {
    if (this.peek() !== c) throw new GiveUp();
    this.pos++;
  }

  /** Skips a UTF-8 byte-order mark at the start. */
  skipBom(): void {
    if (this.end < 3) this.more(0);
    if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
  }

  /**
   * The text of the next value, found by its brackets and quotes only: JSON.parse checks it
   * afterwards. A value cut by the buffer's end is read on.
   */
  value(): string {
    const first = this.peek();
    if (first === -1) throw new GiveUp();
    let start = this.pos;
    let i = start;
    let depth = 0;
    let inString = false;
    const scalar = first !== QUOTE && first !== LBRACE && first !== LBRACKET;
    // the hot loop of a large file: buffer and end in locals, reloaded after each read
    let buf = this.buf;
    let end = this.end;
    for (;;) {
      if (i >= end) {
        const moved = this.more(start);
        if (moved === false) {
          if (scalar) break;
          throw new GiveUp();
        }
        start -= moved;
        i -= moved;
        buf = this.buf;
        end = this.end;
        continue;
      }
      const c = buf[i]!;
      if (inString) {
        if (c === QUOTE) {
          inString = false;
          if (depth === 0) {
            i++;
            break;
          }
        } else if (c === BACKSLASH) i++;
      } else if (scalar) {
        if (c === COMMA || c === RBRACE || c === RBRACKET || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
      } else if (c === QUOTE) inString = true;
      else if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      }
      i++;
    }
    // an escape at the very end of the buffer skipped one byte too far: it is read again
    if (i > this.end) throw new GiveUp();
    this.pos = i;
    const bytes = this.buf.subarray(start, i);
    if (this.ascii) return bytes.toString('latin1');
    if (!isUtf8(bytes)) throw new GiveUp();
    return bytes.toString('utf8');
  }

  /** Whether only whitespace is left. */
  atEnd(): boolean {
    return this.peek() === -1;
  }
}

/** A valid file: its kept figures, and how many it holds. */
export interface Accepted {
  facts: FactsFile;
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
export function acceptJsonDocument(path: string, options: StreamOptions): Accepted | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new FileUnreadableError(options.display, describeFsError(err));
  }
  try {
    return accept(new ChunkReader(fd, options.display), options);
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  } finally {
    closeSync(fd);
  }
}

function accept(reader: ChunkReader, options: StreamOptions): Accepted | undefined {
  const members = new Map<string, string>();
  let sink: FigureSink | undefined;
  let figuresSeen = false;
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
      if (header.issues.length > 0 || !header.checker) return undefined;
      sink = new FigureSink(header.checker, options.keep ?? (() => true), relationIdsOf(header.envelope));
      if (!takeFigures(reader, sink)) return undefined;
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
  header.checker.relations((id) => sink!.hasRelationId(id), problems);
  if (problems.length > 0 || sink.hashes.repeated().size > 0) return undefined;
  return { facts: { ...header.envelope, figures: sink.kept } as FactsFile, figures: sink.count };
}

/** The elements of the figures array, each through the sink; false at the first problem. */
function takeFigures(reader: ChunkReader, sink: FigureSink): boolean {
  reader.expect(LBRACKET);
  if (reader.peek() === RBRACKET) {
    reader.expect(RBRACKET);
    return true;
  }
  for (let i = 0; ; i++) {
    // a problem is never reported from here (the whole file is read again): no line is needed
    const taken = sink.take(reader.value(), i, 1);
    if ('syntax' in taken || taken.length > 0) return false;
    const next = reader.peek();
    reader.expect(next === COMMA ? COMMA : RBRACKET);
    if (next !== COMMA) return true;
  }
}
