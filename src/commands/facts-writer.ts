/**
 * The facts document an import makes, written as its figures come. While small it is held and
 * written two-space indented, as humfig writes every facts file. Past SPILL_FIGURES figures each
 * figure is written compact on a line of its own to a spool file, and the document is written
 * once the import ends: the header first (it lists the places and sources the figures use,
 * known only then), then the spool. To a name ending in .ndjson or .jsonl, the streamed form
 * (a header line, then a figure a line), whatever the size. Either way the result is a facts
 * file that `validate` and the streaming loader read; memory stays flat whatever the size.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import type { FactsEnvelope } from '../facts/check-facts.js';
import type { Figure } from '../facts/schema.js';
import { isStreamedFactsPath } from '../facts/stream/read-as-stream.js';
import { writeFileAtomicWith } from '../fs/write-file-atomic.js';
import { renderJson, renderJsonLine } from '../output/render-json.js';
import type { Io } from './context.js';

/** Figures held before the spool takes over (about 10 MB of indented JSON). */
export const SPILL_FIGURES = 20_000;
/** The spool is written in pieces of about this many characters. */
const PIECE = 1 << 20;

export class FactsWriter {
  private held: Figure[] = [];
  private spool: { fd: number; path: string } | undefined;
  private piece = '';
  private count = 0;

  /**
   * @param streamed the streamed form (.ndjson) rather than a JSON document
   * @param spillAt how many figures are held before the spool takes over
   */
  constructor(
    private readonly streamed: boolean,
    private readonly spillAt = SPILL_FIGURES,
  ) {}

  static for(out: string | undefined): FactsWriter {
    return new FactsWriter(out !== undefined && isStreamedFactsPath(out));
  }

  add(figure: Figure): void {
    if (this.spool === undefined) {
      this.held.push(figure);
      if (this.held.length > this.spillAt) this.spill();
      return;
    }
    this.line(figure);
  }

  /** Writes the document to `out` atomically, or to standard output; the spool is removed whatever happens. */
  async finish(envelope: FactsEnvelope, out: string | undefined, inputs: readonly string[], io: Io): Promise<void> {
    try {
      if (this.spool === undefined && !this.streamed) {
        const text = renderJson({ ...envelope, figures: this.held });
        if (out) writeFileAtomicWith(out, (write) => write(Buffer.from(text, 'utf8')), { inputs });
        else io.out(text);
        return;
      }
      // a small streamed form goes through the spool too: one way of writing it
      for (const f of this.held) this.line(f);
      this.held = [];
      this.flush();
      const head = this.streamed ? renderJsonLine(envelope) : `${renderJsonLine(envelope).trimEnd().slice(0, -1)},"figures":[\n`;
      const tail = this.streamed ? '' : `${this.count > 0 ? '\n' : ''}]}\n`;
      if (out) {
        writeFileAtomicWith(
          out,
          (write) => {
            write(Buffer.from(head, 'utf8'));
            this.replay(write);
            write(Buffer.from(tail, 'utf8'));
          },
          { inputs },
        );
      } else {
        // piece by piece, each awaited: a pipe that reads slowly holds humfig's memory flat
        await io.write(head);
        const decoder = new StringDecoder('utf8');
        for (const bytes of this.pieces()) await io.write(decoder.write(bytes));
        await io.write(decoder.end() + tail);
      }
    } finally {
      this.close();
    }
  }

  /** Removes the spool; safe to call twice. */
  close(): void {
    if (this.spool === undefined) return;
    const { fd, path } = this.spool;
    this.spool = undefined;
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
    const path = join(tmpdir(), `humfig-import.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // readable and writable by its owner only, and unlinked at once where the system allows it
    // (it lives on through its descriptor): a Ctrl-C or a kill leaves no gigabytes behind
    this.spool = { fd: openSync(path, 'wx+', 0o600), path };
    try {
      unlinkSync(path);
    } catch {
      // Windows: removed by close()
    }
    const held = this.held;
    this.held = [];
    for (const f of held) this.line(f);
    this.flush();
  }

  private line(figure: Figure): void {
    // the streamed form ends each figure with a line break; a JSON document puts a comma and a
    // line break between two figures
    const text = renderJsonLine(figure);
    if (this.streamed) this.piece += text;
    else this.piece += this.count === 0 ? text.slice(0, -1) : `,\n${text.slice(0, -1)}`;
    this.count++;
    if (this.piece.length >= PIECE) this.flush();
  }

  private flush(): void {
    if (this.piece === '') return;
    if (this.spool === undefined) this.spill();
    const bytes = Buffer.from(this.piece, 'utf8');
    this.piece = '';
    let written = 0;
    while (written < bytes.length) written += writeSync(this.spool!.fd, bytes, written, bytes.length - written);
  }

  /** Writes the spool's bytes, from its start, to `write`. */
  private replay(write: (bytes: Uint8Array) => void): void {
    for (const bytes of this.pieces()) write(bytes);
  }

  /** The spool's bytes in pieces (a buffer reused from one piece to the next). */
  private *pieces(): Generator<Uint8Array> {
    if (this.spool === undefined) return;
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let at = 0; ; ) {
      const n = readSync(this.spool.fd, buffer, 0, buffer.length, at);
      if (n === 0) return;
      yield buffer.subarray(0, n);
      at += n;
    }
  }
}
