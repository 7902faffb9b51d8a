/**
 * Standard input for batch mode, in blocks of the lines that have arrived. A thousand ids piped
 * in are one block or a few, answered by one tight loop; a script that feeds one line at a time
 * and waits for each answer gets one block per line, answered at once (batch mode writes a
 * block's answers before it reads again). node:readline gave an event and an await per line,
 * and its loop cost more to optimise than the answers themselves.
 */
import { fstatSync, readSync } from 'node:fs';

/**
 * Splits text given in pieces into lines as node:readline does: a line ends at LF, CR LF or a
 * lone CR (one CR LF is one end, even across pieces), and a last line without an end counts.
 */
export class LineSplitter {
  private rest = '';

  /** The lines this piece completes. */
  push(piece: string): string[] {
    const text = this.rest + piece;
    const out: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        out.push(text.slice(start, i));
        start = i + 1;
      } else if (c === 0x0d) {
        // a CR that ends the piece may be the first half of CR LF: it waits for the next piece
        if (i === text.length - 1) break;
        out.push(text.slice(start, i));
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        start = i + 1;
      }
    }
    this.rest = text.slice(start);
    return out;
  }

  /** The last line, when the input did not end with a line end. */
  end(): string[] {
    const rest = this.rest;
    this.rest = '';
    if (rest === '') return [];
    // a lone CR left waiting ends the line before it
    return [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
  }
}

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
  if (isRegularFile(0)) {
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let n = readSync(0, buf, 0, buf.length, null); n > 0; n = readSync(0, buf, 0, buf.length, null)) {
      const lines = take(buf.subarray(0, n));
      if (lines.length > 0) yield lines;
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

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
