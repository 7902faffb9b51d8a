/**
 * The facts document an import makes, written as its figures come. While small it is held and
 * written two-space indented, as humfig writes every facts file. Past SPILL_FIGURES figures each
 * figure is written compact on a line of its own, and the header (it lists the places and
 * sources the figures use, known only at the end) is written last, in front of them:
 *
 * - with --out, the figures go straight into the output's temporary file, after a space kept
 *   for the header (reserveFor); the header is written into that space at the end, padded with
 *   spaces, and the file renamed into place. A header larger than the space is written into a
 *   second temporary file followed by a copy of the figures.
 * - to standard output, they go to a spool file, replayed after the header.
 *
 * To a name ending in .ndjson or .jsonl, the streamed form (a header line, then a figure a line),
 * whatever the size. Either way the result is a facts file that `validate` and the streaming
 * loader read; memory stays flat whatever the size.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import type { FactsEnvelope } from '../facts/check-facts.js';
import type { Figure } from '../facts/schema.js';
import { isStreamedFactsPath } from '../facts/stream/read-as-stream.js';
import { openFileAtomic, writeFileAtomicWith, type AtomicFile } from '../fs/write-file-atomic.js';
import { JsonLineEncoder, renderJson, renderJsonLine } from '../output/render-json.js';
import type { Io } from './context.js';

/** Figures held before the spool takes over (about 10 MB of indented JSON). */
export const SPILL_FIGURES = 20_000;
/** The figures' bytes are written in pieces of about this many. */
const PIECE = 1 << 20;
/** The output is flushed to disk in the background every this many bytes (see flush). */
const FLUSH_EVERY = 32 << 20;
const COMMA_LINE = Buffer.from(',\n');
const LINE = Buffer.from('\n');
/** The figure fields whose strings repeat from figure to figure: their JSON text is made once. */
const REPEATED = new Set(['label', 'indicator', 'unit', 'qualifier', 'place', 'asOf', 'source']);

/**
 * The space kept for the header in front of the figures, in bytes: 64 KiB and 1/32 of the input
 * (a place or a source of the header comes from the cells of at least one row), at most 32 MiB.
 */
export function reserveFor(inputBytes: number): number {
  return Math.min(32 << 20, (64 << 10) + Math.ceil(inputBytes / 32));
}

/** Where the figures' bytes go once they are no longer held. */
interface Sink {
  /** the temporary output file, or the spool */
  file: AtomicFile | { fd: number; path: string };
  /** where the figures start in it */
  start: number;
  /** where the next bytes go */
  at: number;
  /** where the last flushSoon was asked */
  flushedAt: number;
}

export class FactsWriter {
  private held: Figure[] = [];
  private sink: Sink | undefined;
  private count = 0;
  private readonly lines = new JsonLineEncoder(REPEATED);

  /**
   * @param streamed the streamed form (.ndjson) rather than a JSON document
   * @param spillAt how many figures are held before they are written out
   * @param target the output file, the command's inputs (it must not be one) and the bytes kept
   *   for the header; none: standard output
   */
  constructor(
    private readonly streamed: boolean,
    private readonly spillAt = SPILL_FIGURES,
    private readonly target?: { out: string; inputs: readonly string[]; reserve: number },
  ) {}

  /** The writer for `out` (standard output when undefined), which must not be one of `inputs`, for an input of `inputBytes`. */
  static for(out: string | undefined, inputs: readonly string[], inputBytes: number): FactsWriter {
    if (out === undefined) return new FactsWriter(false);
    return new FactsWriter(isStreamedFactsPath(out), SPILL_FIGURES, { out, inputs, reserve: reserveFor(inputBytes) });
  }

  add(figure: Figure): void {
    if (this.sink === undefined) {
      this.held.push(figure);
      if (this.held.length > this.spillAt) this.spill();
      return;
    }
    this.line(figure);
  }

  /**
   * Writes the document to the output file atomically, or to standard output; a spool or
   * temporary file is removed whatever happens. `wait` shows that a large output is being
   * flushed to disk (a progress line: see ProgressLine.wait) and returns the function that ends it.
   */
  async finish(envelope: FactsEnvelope, io: Io, wait?: (what: string) => () => void): Promise<void> {
    try {
      const target = this.target;
      if (this.sink === undefined && !this.streamed) {
        const text = renderJson({ ...envelope, figures: this.held });
        if (target) writeFileAtomicWith(target.out, (write) => write(Buffer.from(text, 'utf8')), { inputs: target.inputs });
        else io.out(text);
        return;
      }
      // a small streamed form is written as a large one: one way of writing it (the held
      // figures are moved to the sink first, so that a write on the way cannot repeat them)
      if (this.sink === undefined) this.spill();
      this.flush();
      const sink = this.sink!;
      const head = this.streamed ? renderJsonLine(envelope) : `${renderJsonLine(envelope).trimEnd().slice(0, -1)},"figures":[\n`;
      const tail = Buffer.from(this.streamed ? '' : `${this.count > 0 ? '\n' : ''}]}\n`, 'utf8');
      if (target) {
        const file = sink.file as AtomicFile;
        const headBytes = Buffer.from(head, 'utf8');
        if (headBytes.length <= sink.start) {
          // the header line, padded with spaces before its line break (JSON whitespace)
          const padded = Buffer.alloc(sink.start, 0x20);
          headBytes.copy(padded, 0, 0, headBytes.length - 1);
          padded[sink.start - 1] = 0x0a;
          file.writeAt(padded, 0);
          file.write(tail);
          // gigabytes may still be on their way to the disk: tens of seconds, shown as waited
          const done = wait?.(`flushing ${(sink.at / 1048576).toFixed(1)} MiB to disk`);
          try {
            await file.commitAsync();
          } finally {
            done?.();
          }
          this.sink = undefined;
          return;
        }
        writeFileAtomicWith(
          target.out,
          (write) => {
            write(headBytes);
            for (const bytes of this.pieces()) write(bytes);
            write(tail);
          },
          { inputs: target.inputs },
        );
        return;
      }
      // piece by piece, each awaited: a pipe that reads slowly holds humfig's memory flat
      await io.write(head);
      const decoder = new StringDecoder('utf8');
      for (const bytes of this.pieces()) await io.write(decoder.write(bytes));
      await io.write(decoder.end() + tail.toString('utf8'));
    } finally {
      this.close();
    }
  }

  /** Removes the spool or the temporary output file; safe to call twice. */
  close(): void {
    const sink = this.sink;
    if (sink === undefined) return;
    this.sink = undefined;
    if ('abort' in sink.file) {
      // committed already, or given up: the temporary file is gone either way
      try {
        sink.file.abort();
      } catch {
        // already closed
      }
      return;
    }
    const { fd, path } = sink.file;
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }

  private spill(): void {
    if (this.target) {
      const file = openFileAtomic(this.target.out, { inputs: this.target.inputs });
      this.sink = { file, start: this.target.reserve, at: this.target.reserve, flushedAt: 0 };
    } else {
      const path = join(tmpdir(), `humfig-import.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      // readable and writable by its owner only, and unlinked at once where the system allows it
      // (it lives on through its descriptor): a Ctrl-C or a kill leaves no gigabytes behind
      const spool = { fd: openSync(path, 'wx+', 0o600), path };
      try {
        unlinkSync(path);
      } catch {
        // Windows: removed by close()
      }
      this.sink = { file: spool, start: 0, at: 0, flushedAt: 0 };
    }
    const held = this.held;
    this.held = [];
    for (const f of held) this.line(f);
    this.flush();
  }

  private line(figure: Figure): void {
    // the streamed form ends each figure with a line break; a JSON document puts a comma and a
    // line break between two figures
    if (!this.streamed && this.count > 0) this.lines.addBytes(COMMA_LINE);
    this.lines.add(figure);
    if (this.streamed) this.lines.addBytes(LINE);
    this.count++;
    if (this.lines.length >= PIECE) this.flush();
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    if (this.sink === undefined) this.spill();
    const sink = this.sink!;
    const bytes = this.lines.take();
    if ('abort' in sink.file) sink.file.writeAt(bytes, sink.at);
    else {
      let written = 0;
      while (written < bytes.length) written += writeSync(sink.file.fd, bytes, written, bytes.length - written, sink.at + written);
    }
    sink.at += bytes.length;
    // the output's bytes start for the disk every FLUSH_EVERY bytes (see AtomicFile.flushSoon)
    if ('flushSoon' in sink.file && sink.at - sink.flushedAt >= FLUSH_EVERY) {
      sink.flushedAt = sink.at;
      sink.file.flushSoon();
    }
  }

  /** The figures' bytes, from the sink, in pieces (a buffer reused from one piece to the next). */
  private *pieces(): Generator<Uint8Array> {
    const sink = this.sink;
    if (sink === undefined) return;
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let at = sink.start; at < sink.at; ) {
      const n = readSync(sink.file.fd, buffer, 0, Math.min(buffer.length, sink.at - at), at);
      if (n === 0) return;
      yield buffer.subarray(0, n);
      at += n;
    }
  }
}
