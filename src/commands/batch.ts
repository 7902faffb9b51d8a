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
  handle: (line: string) => Promise<R> | R;
}

type Outcome<R> = { ok: true; record: R } | { ok: false; input: string; error: HumfigError };

/** The JSON error record that stands in for a failed line. */
function errorRecord(line: number, input: string, err: HumfigError): Record<string, unknown> {
  return { error: { line, input, code: err.code, exitCode: err.exitCode, message: err.message, hints: err.hints, ...err.details() } };
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
    const columns = selectColumns(view, request);
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

/** Runs a batch over the input lines; returns 0, or 65 when any line failed. */
export async function runBatch<R>(lines: AsyncIterable<string>, options: BatchOptions<R>, io: Io): Promise<ExitCode> {
  checkRequest(options.view, options.request);
  const printer = makePrinter(options.view, options.request);
  // results are written together: at 64 KiB, waiting for the pipe to drain (constant memory),
  // or as soon as the input pauses (setImmediate runs only when no line is ready), so that a
  // script feeding one line at a time gets each answer at once
  let pending = printer.head;
  let scheduled = false;
  const flushSoon = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const text = pending;
      pending = '';
      void io.write(text);
    });
  };
  let n = 0;
  let failed = 0;
  for await (const raw of lines) {
    n++;
    const input = raw.replace(/\r$/, '');
    let outcome: Outcome<R>;
    try {
      outcome = { ok: true, record: await options.handle(input) };
    } catch (err) {
      if (!(err instanceof HumfigError)) throw err;
      outcome = { ok: false, input, error: err };
      failed++;
    }
    pending += printer.print(outcome, n);
    if (pending.length >= 65536) {
      const text = pending;
      pending = '';
      await io.write(text);
    } else flushSoon();
    if (!outcome.ok && options.failFast) break;
  }
  const rest = pending;
  pending = '';
  await io.write(rest);
  if (failed > 0) {
    io.err(`humfig: ${failed} of ${n} line${n === 1 ? '' : 's'} failed${options.failFast ? ' (stopped at the first, --fail-fast)' : ''}\n`);
    return EXIT.dataInvalid;
  }
  return EXIT.ok;
}
