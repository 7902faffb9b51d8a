/**
 * Reading a large file in chunks, shared by the main thread and the worker (figure-worker.ts):
 * its lines (the streamed form, NDJSON), or the JSON values of a document one at a time, from
 * any offset. Memory is one chunk, or one value when a value is longer than a chunk.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { FileInvalidError, FileUnreadableError } from '../../errors.js';
import { COMMA, FAIL, JsonLexer, LBRACE, MAX_DEPTH, RBRACE, skipWhitespace } from '../json-lexer.js';
import { describeFsError, regularFileSize } from '../read-text-file.js';

const CHUNK_BYTES = 1 << 16;
/** The longest line (or JSON value) read: V8 cannot make a longer string of it. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Opens a regular file for reading; throws FileUnreadableError (66). */
export function openForReading(path: string, display: string): number {
  regularFileSize(path, display);
  try {
    return openSync(path, 'r');
  } catch (err) {
    throw new FileUnreadableError(display, describeFsError(err));
  }
}

function readInto(fd: number, buf: Buffer, offset: number, length: number, position: number, display: string): number {
  try {
    return readSync(fd, buf, offset, length, position);
  } catch (err) {
    throw new FileUnreadableError(display, describeFsError(err));
  }
}

// ---------------------------------------------------------------------------------------------
// Lines

/** One line of the file, without its line end; null when it is not valid UTF-8. */
export type LineHandler = (text: string | null, line: number) => void;

/** A part of a file: bytes [start, end), whose first line is line `firstLine` of the file. */
export interface ByteRange {
  start: number;
  end: number;
  firstLine: number;
}

/**
 * Calls `each` for every line of the file (or of a range that starts at a line's start), in
 * order, reading it in chunks; returns the number of the line after the last one. A chunk of
 * valid UTF-8 (nearly always) is decoded once and its lines are slices of that string.
 */
export function forEachLine(path: string, display: string, each: LineHandler, range?: ByteRange, onRead?: (position: number) => void): number {
  const fd = openForReading(path, display);
  try {
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    let position = range?.start ?? 0;
    const stop = range?.end ?? Infinity;
    let line = range?.firstLine ?? 1;
    let eof = false;
    while (!eof) {
      const n = readInto(fd, buf, filled, Math.min(buf.length - filled, stop - position), position, display);
      position += n;
      if (n === 0) eof = true;
      filled += n;
      onRead?.(position);
      // the complete lines of the buffer; at the end of the file, the last one too
      const lastLf = buf.lastIndexOf(LF, filled - 1);
      const blockEnd = eof ? filled : lastLf + 1;
      if (blockEnd === 0) {
        // one line longer than the buffer: make room and read on
        if (filled === buf.length) {
          if (buf.length >= MAX_LINE_BYTES) throw tooLong(display, line);
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, filled);
          buf = bigger;
        }
        continue;
      }
      const block = buf.subarray(0, blockEnd);
      const encoding = isAscii(block) ? 'latin1' : isUtf8(block) ? 'utf8' : undefined;
      if (encoding) {
        const text = block.toString(encoding);
        for (let start = 0; start < text.length; ) {
          let lf = text.indexOf('\n', start);
          if (lf === -1) lf = text.length;
          const end = lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
          each(text.slice(start, end), line++);
          start = lf + 1;
        }
      } else {
        // some line is not UTF-8: each line on its own
        for (let start = 0; start < blockEnd; ) {
          let lf = buf.indexOf(LF, start);
          if (lf === -1 || lf >= blockEnd) lf = blockEnd;
          const end = lf > start && buf[lf - 1] === CR ? lf - 1 : lf;
          const bytes = buf.subarray(start, end);
          each(isUtf8(bytes) ? bytes.toString('utf8') : null, line++);
          start = lf + 1;
        }
      }
      buf.copy(buf, 0, blockEnd, filled);
      filled -= blockEnd;
    }
    return line;
  } finally {
    closeSync(fd);
  }
}

/** A line too long to be a string: an invalid file, reported on that line. */
export function tooLong(display: string, line: number): FileInvalidError {
  return new FileInvalidError([{ file: display, path: '', line, column: 1, message: `the line is longer than ${MAX_LINE_BYTES / 1048576} MiB; no figure is that long` }]);
}

/** Whether a line holds nothing but spaces, tabs and carriage returns. */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/** The same for bytes [start, end) of a buffer. */
export function isBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/**
 * Where the first line starting at or after `offset` begins (the byte after a line feed), or
 * undefined when there is none before the end of the file.
 */
export function lineStartAfter(path: string, display: string, offset: number): number | undefined {
  const fd = openForReading(path, display);
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = offset - 1; ; ) {
      const n = readInto(fd, buf, 0, buf.length, position, display);
      if (n === 0) return undefined;
      const lf = buf.subarray(0, n).indexOf(LF);
      if (lf !== -1) return position + lf + 1;
      position += n;
    }
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// JSON values of a document

/** Thrown by the reader when the text cannot be accepted as it is read. */
export class GiveUp extends Error {
  /** the file offset of the first syntax error, when that is the reason */
  constructor(readonly offset?: number) {
    super(offset === undefined ? 'the text cannot be read as it comes' : `not JSON at byte ${offset}`);
  }
}

/**
 * A JSON text read from a file in chunks, one value at a time, from any offset. Values are
 * read by the one JSON lexer (json-lexer.ts), the one the strict scanner and the locator
 * drive, run on a Latin-1 view of the bytes read: one character per byte, so that an index is
 * a byte offset, and UTF-8 never puts a byte below 0x80 inside a character, so that tokens are
 * found where they are. A value that is not JSON gives up with the offset of its first error
 * (where the strict scanner reports it). A value's own text is then decoded from its bytes (as
 * UTF-8, unless the chunk is all ASCII).
 */
export class ChunkReader {
  private buf: Buffer;
  /** without the strict scanner's hook for duplicate keys (JSON.parse and the fast checks see to those); the depth limit bounds its memory */
  private readonly lexer = new JsonLexer(MAX_DEPTH);
  /** buf[0, end) as Latin-1 */
  private text = '';
  private pos = 0;
  private end = 0;
  /** the file offset of buf[0] */
  private base: number;
  private eof = false;
  /** whether buf[0, end) is all ASCII (checked once per read) */
  private ascii = true;

  constructor(
    private readonly fd: number,
    private readonly display: string,
    start = 0,
    /** told the file offset reached after each read (for a progress line) */
    private readonly onRead?: (position: number) => void,
    /** the first read's size (tests read in small chunks) */
    chunkBytes = CHUNK_BYTES,
  ) {
    this.base = start;
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** The file offset of the next byte to read. */
  offset(): number {
    return this.base + this.pos;
  }

  /** Goes on reading from this file offset. */
  seek(offset: number): void {
    this.base = offset;
    this.pos = 0;
    this.end = 0;
    this.text = '';
    this.eof = false;
  }

  /** Reads more, keeping buf[keep, end) (moved to the front); false at the end of the file. */
  private more(keep: number): boolean {
    if (this.eof) return false;
    const kept = this.end - keep;
    if (kept === this.buf.length) {
      if (kept >= MAX_LINE_BYTES) throw new GiveUp();
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, keep, this.end);
      this.buf = bigger;
    } else if (keep > 0) {
      this.buf.copy(this.buf, 0, keep, this.end);
    }
    this.pos -= keep;
    this.base += keep;
    this.end = kept;
    const n = readInto(this.fd, this.buf, this.end, this.buf.length - this.end, this.base + this.end, this.display);
    this.end += n;
    this.onRead?.(this.base + this.end);
    // the kept bytes moved to the front, even when the end of the file was found
    const bytes = this.buf.subarray(0, this.end);
    this.ascii = isAscii(bytes);
    this.text = bytes.toString('latin1');
    if (n === 0) this.eof = true;
    return n > 0;
  }

  /** The text of bytes [start, end), decoded. */
  private decode(start: number, end: number): string {
    if (this.ascii) return this.text.slice(start, end);
    const bytes = this.buf.subarray(start, end);
    if (!isUtf8(bytes)) throw new GiveUp();
    return bytes.toString('utf8');
  }

  /** The next byte that is not whitespace, without taking it; -1 at the end of the file. */
  peek(): number {
    for (;;) {
      this.pos = skipWhitespace(this.text, this.pos);
      if (this.pos < this.end) return this.buf[this.pos]!;
      if (!this.more(this.pos)) return -1;
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
    // (only bytes read: the buffer is allocated unfilled, and a file shorter than three bytes leaves
    // whatever the memory held, a BOM of an earlier file perhaps)
    if (this.base === 0 && this.end >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
  }

  /**
   * The text of the next value, read by the lexer (so it is one JSON value); a value cut by the
   * end of what was read so far is read on. Gives up at the first syntax error, with its offset.
   */
  value(): string {
    this.peek();
    for (;;) {
      // at the end of the file a word or number ends with it, and a string or container is cut
      const end = this.lexer.value(this.text, this.pos, !this.eof);
      if (end >= 0) {
        const start = this.pos;
        this.pos = end;
        return this.decode(start, end);
      }
      if (end === FAIL) throw new GiveUp(this.base + this.lexer.at);
      this.more(this.pos);
    }
  }

  /**
   * The next value, parsed, when it is an object alone on its line but for a comma after it
   * (how large files are usually written); undefined otherwise, and value() then reads it. A
   * text that starts where a value starts and parses as JSON is that whole value: its first
   * brace closes at its end. After a run of misses (one figure over several lines, or many on
   * one line) the guess is no longer tried.
   */
  lineValue(): { text: string; value: unknown } | undefined {
    if (this.lineMisses >= 16 || this.peek() !== LBRACE) return undefined;
    let lf = this.text.indexOf('\n', this.pos);
    if (lf === -1) {
      if (!this.more(this.pos)) return this.miss();
      lf = this.text.indexOf('\n', this.pos);
      if (lf === -1) return this.miss();
    }
    const buf = this.buf;
    const isSpace = (c: number | undefined) => c === SPACE || c === TAB || c === CR;
    let e = lf;
    while (e > this.pos && isSpace(buf[e - 1])) e--;
    if (buf[e - 1] === COMMA) e--;
    while (e > this.pos && isSpace(buf[e - 1])) e--;
    if (buf[e - 1] !== RBRACE) return this.miss();
    let text: string;
    let value: unknown;
    try {
      text = this.decode(this.pos, e);
      value = JSON.parse(text);
    } catch {
      return this.miss();
    }
    this.lineMisses = 0;
    this.pos = e;
    return { text, value };
  }

  private lineMisses = 0;
  private miss(): undefined {
    this.lineMisses++;
    return undefined;
  }

  /** Whether only whitespace is left. */
  atEnd(): boolean {
    return this.peek() === -1;
  }
}

/**
 * Where the second half of a figures array probably starts: the first `{` at or after
 * `offset` that follows `}` and `,` and opens an object whose first key is "id" (as every
 * writer of facts files puts it). Only a guess: the reader of the first half confirms it by
 * arriving there between two figures, or the guess is dropped.
 */
export function guessFigureStart(path: string, display: string, offset: number): number | undefined {
  const fd = openForReading(path, display);
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const n = readInto(fd, buf, 0, buf.length, offset, display);
    const text = buf.toString('latin1', 0, n);
    const found = /\}\s*,\s*(\{)\s*"id"\s*:/.exec(text);
    return found ? offset + found.index + found[0].indexOf('{', 1) : undefined;
  } finally {
    closeSync(fd);
  }
}
