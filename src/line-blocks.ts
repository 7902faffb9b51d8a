/**
 * Standard input for batch mode, in blocks of the lines that have arrived. A thousand ids piped
 * in are one block or a few, answered by one tight loop; a script that feeds one line at a time
 * and waits for each answer gets one block per line, answered at once (batch mode writes a
 * block's answers before it reads again). node:readline gave an event and an await per line,
 * and its loop cost more to optimise than the answers themselves.
 */
import { fstatSync, readSync } from 'node:fs';
import { UsageError } from './errors.js';

/** The longest line batch mode reads (1 MiB of text): an id or a request is a few dozen characters. */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Splits text given in pieces into lines as node:readline does: a line ends at LF, CR LF or a
 * lone CR (one CR LF is one end, even across pieces), and a last line without an end counts. A
 * line ends as soon as its end arrives (a script that ends its lines with CR is answered at
 * once), and each piece is read once, however long the line.
 */
export class LineSplitter {
  /** the line begun, in pieces (a long line is joined once, when it ends) */
  private parts: string[] = [];
  /** how many characters the line begun has so far */
  private pending = 0;
  /** how many lines have ended, for the message about a line that is too long */
  private lines = 0;

  constructor(private readonly maxLine = MAX_LINE_CHARS) {}
  /** the last piece ended with a CR: an LF that starts the next one is the same line end */
  private afterCr = false;

  /** The lines this piece completes. */
  push(piece: string): string[] {
    const out: string[] = [];
    let start = 0;
    if (this.afterCr && piece.length > 0) {
      this.afterCr = false;
      if (piece.charCodeAt(0) === 0x0a) start = 1;
    }
    // the line ends are found with indexOf, not a loop over every character: a block of a
    // thousand ids is a thousand steps, not 25,000 (and V8 does not compile the loop on the way)
    let lf = piece.indexOf('\n', start);
    let cr = piece.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      this.lines++;
      out.push(this.line(piece.slice(start, end)));
      start = end + 1;
      if (end === cr) {
        if (start === piece.length) this.afterCr = true;
        else if (piece.charCodeAt(start) === 0x0a) start++;
      }
      if (lf !== -1 && lf < start) lf = piece.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = piece.indexOf('\r', start);
    }
    if (start < piece.length) {
      this.pending += piece.length - start;
      // an endless line (a file of zeros, a stream without newlines) is refused, not held
      if (this.pending > this.maxLine) {
        throw new UsageError(`line ${this.lines + 1} of standard input is longer than ${this.maxLine.toLocaleString('en-US')} characters; give one request per line`);
      }
      this.parts.push(piece.slice(start));
    }
    return out;
  }

  /** The last line, when the input did not end with a line end. */
  end(): string[] {
    const rest = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    this.afterCr = false;
    return rest === '' ? [] : [rest];
  }

  private line(last: string): string {
    if (last.length + this.pending > this.maxLine) {
      throw new UsageError(`line ${this.lines} of standard input is longer than ${this.maxLine.toLocaleString('en-US')} characters; give one request per line`);
    }
    if (this.parts.length === 0) return last;
    this.parts.push(last);
    const line = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    return line;
  }
}

/** Lets the event loop run (signal handlers, finished writes) before going on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The lines of standard input, block by block. A regular file is read with readSync, which never
 * waits long; a pipe or a terminal is read as a stream, so that the event loop stays free while
 * humfig waits for input (Ctrl-C and kill end a waiting batch at once), each chunk that arrives
 * giving a block.
 */
export async function* stdinLineBlocks(): AsyncGenerator<string[]> {
  // as node:readline: UTF-8, a byte-order mark kept, bad bytes as U+FFFD
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const splitter = new LineSplitter();
  const take = (bytes: Uint8Array) => splitter.push(decoder.decode(bytes, { stream: true }));
  assertStdinReadable();
  if (isRegularFile(0)) {
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let n = readSync(0, buf, 0, buf.length, null); n > 0; n = readSync(0, buf, 0, buf.length, null)) {
      const lines = take(buf.subarray(0, n));
      if (lines.length > 0) yield lines;
      // Ctrl-C and kill are heard between two pieces of a long file
      await turn();
    }
  } else {
    for await (const chunk of process.stdin) {
      const lines = take(chunk as Buffer);
      if (lines.length > 0) yield lines;
    }
  }
  const last = [...splitter.push(decoder.decode()), ...splitter.end()];
  if (last.length > 0) yield last;
}

/** Refuses a standard input that is a directory (`humfig get --batch < /tmp`), which reads as empty. */
export function assertStdinReadable(): void {
  let directory = false;
  try {
    directory = fstatSync(0).isDirectory();
  } catch {
    return;
  }
  if (directory) throw new UsageError('standard input is a directory; give a file or a pipe');
}

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
