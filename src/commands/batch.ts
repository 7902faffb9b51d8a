/**
 * Batch mode: one request per input line, one result per line out, in the same order, streamed
 * with backpressure so an endless input runs in constant memory. A line that fails becomes an
 * error record in its place (never a shift of the following lines); the run ends with exit 65
 * if any line failed, or stops at the first failure with --fail-fast.
 *
 * Output per format: json and ndjson print one JSON object per line (NDJSON); csv, tsv and hxl
 * print the header once and one row per line, with a last `error` column; table and plain print
 * one plain line per result.
 */
import { clipInput } from '../errors.js';
import { EXIT, HumfigError, type ExitCode } from '../errors.js';
import type { Column, OutputRequest, RecordView } from '../output/formats.js';
import { formatNumber } from '../output/format-number.js';
import { renderCsv, renderCsvRows, renderHxl, renderTsv } from '../output/render-delimited.js';
import { renderJsonLine } from '../output/render-json.js';
import { checkRequest, pickFields, selectColumns } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { Io } from './context.js';

export interface BatchOptions<R> {
  request: OutputRequest;
  view: RecordView<R>;
  failFast: boolean;
  /** answers one input line; throws a HumfigError for a bad line */
  /** answers one line; `n` is its number among the lines answered (1 for the first), for warnings that name it */
  handle: (line: string, n: number) => Promise<R> | R;
}

type Outcome<R> = { ok: true; record: R } | { ok: false; input: string; error: HumfigError };

/** The JSON error record that stands in for a failed line. */
function errorRecord(line: number, input: string, err: HumfigError): Record<string, unknown> {
  return { error: { line, input: clipInput(input, 200), code: err.code, exitCode: err.exitCode, message: err.message, hints: err.hints, ...err.details() } };
}

/** Prints each outcome as it comes, in the request's format. */
function makePrinter<R>(view: RecordView<R>, request: OutputRequest): { head: string; print: (o: Outcome<R>, line: number) => string } {
  const { format } = request;
  if (format === 'json' || format === 'ndjson') {
    return {
      head: '',
      print: (o, line) => renderJsonLine(o.ok ? pickFields(view.json(o.record), request.fields) : errorRecord(line, o.input, o.error)),
    };
  }
  if (format === 'csv' || format === 'tsv' || format === 'hxl') {
    const columns = selectColumns(view, request, view.more?.([]).fields);
    const withError: Array<Column<Outcome<R>>> = [
      ...columns.map((c, i) => ({
        header: c.header,
        hxl: c.hxl,
        value: (o: Outcome<R>) => (o.ok ? c.value(o.record) : i === 0 ? o.input : null),
      })),
      { header: 'error', hxl: '#meta+error', value: (o: Outcome<R>) => (o.ok ? null : o.error.message) },
    ];
    if (format === 'tsv') return { head: renderTsv([], withError), print: (o) => renderTsv([o], withError, false) };
    return { head: format === 'hxl' ? renderHxl([], withError) : renderCsv([], withError), print: (o) => renderCsvRows([o], withError) };
  }
  const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? formatNumber(v) : v);
  const line = view.line ?? ((r: R) => view.table.map((c) => cell(c.value(r))).join('  '));
  return {
    head: '',
    print: (o, n) => `${sanitizeTerminal(o.ok ? line(o.record) : `error: line ${n}: ${o.error.message}`)}\n`,
  };
}

/** What a batch has done so far. */
interface Progress {
  /** lines read */
  n: number;
  failed: number;
  /** answers not yet written */
  out: string;
  /** --fail-fast met a failure */
  stopped: boolean;
}

/**
 * Answers lines of a block from `from` on, while the handler answers at once (get does; convert
 * may wait for its rates): returns the index of the line whose answer is a promise, with it; of
 * the line after 64 KiB of output; or the block's length. A plain loop in a function of its
 * own, cheap for V8 to optimise.
 */
function answerBlock<R>(block: readonly string[], from: number, options: BatchOptions<R>, print: (o: Outcome<R>, line: number) => string, p: Progress): { next: number; pending?: Promise<R> } {
  for (let i = from; i < block.length; i++) {
    const input = block[i]!;
    let outcome: Outcome<R>;
    try {
      const r = options.handle(input, p.n + 1);
      if (r instanceof Promise) return { next: i, pending: r };
      outcome = { ok: true, record: r };
    } catch (err) {
      outcome = failure(err, input);
    }
    if (record(outcome, print, options, p)) return { next: block.length };
    // time to write: the rest of the block is answered after
    if (p.out.length >= 65536) return { next: i + 1 };
  }
  return { next: block.length };
}

function failure<R>(err: unknown, input: string): Outcome<R> {
  if (!(err instanceof HumfigError)) throw err;
  return { ok: false, input, error: err };
}

/** Adds a line's answer to the output; true when --fail-fast ends the batch here. */
function record<R>(outcome: Outcome<R>, print: (o: Outcome<R>, line: number) => string, options: BatchOptions<R>, p: Progress): boolean {
  p.n++;
  if (!outcome.ok) p.failed++;
  p.out += print(outcome, p.n);
  if (!outcome.ok && options.failFast) p.stopped = true;
  return p.stopped;
}

/**
 * Runs a batch over the input, block by block (the lines that have arrived, without their line
 * ends; see line-blocks.ts);
 * returns 0, or 65 when any line failed. A block's answers are written before the next block
 * is read, so that a script feeding one line at a time gets each answer at once; they are
 * written every 64 KiB within a block, waiting for the pipe to drain (constant memory).
 */
export async function runBatch<R>(blocks: AsyncIterable<readonly string[]>, options: BatchOptions<R>, io: Io): Promise<ExitCode> {
  // the records are not known yet: only the columns every record has (a figure's breakdown text)
  checkRequest(options.view, options.request, options.view.more?.([]).fields);
  const { head, print } = makePrinter(options.view, options.request);
  const p: Progress = { n: 0, failed: 0, out: head, stopped: false };
  const flush = async () => {
    const text = p.out;
    p.out = '';
    await io.write(text);
  };
  for await (const block of blocks) {
    for (let at = 0; at < block.length && !p.stopped; ) {
      const step = answerBlock(block, at, options, print, p);
      at = step.next;
      if (step.pending) {
        const input = block[at]!;
        let outcome: Outcome<R>;
        try {
          outcome = { ok: true, record: await step.pending };
        } catch (err) {
          outcome = failure(err, input);
        }
        record(outcome, print, options, p);
        at++;
      }
      if (p.out.length >= 65536) await flush();
    }
    // the block's answers, before the next block is read
    await flush();
    if (p.stopped) break;
  }
  await flush();
  if (p.failed > 0) {
    io.err(`humfig: ${p.failed} of ${p.n} line${p.n === 1 ? '' : 's'} failed${options.failFast ? ' (stopped at the first, --fail-fast)' : ''}\n`);
    return EXIT.dataInvalid;
  }
  return EXIT.ok;
}
