/**
 * One entry point from records to text in any format, with field selection. Table code
 * (cli-table3, chalk) is imported only when a table is asked for, so scripts never load it.
 */
import { UsageError } from '../errors.js';
import type { Column, Format, OutputRequest, RecordView } from './formats.js';
import { renderCsv, renderHxl, renderTsv } from './render-delimited.js';
import { renderJson, renderJsonLine } from './render-json.js';
import { renderPlain } from './render-plain.js';
import { sanitizeTerminalMultiline } from './sanitize.js';

/** The named fields, checked against those available; throws a UsageError listing them. */
export function checkFields(wanted: readonly string[], available: readonly string[], flag: string): void {
  const unknown = wanted.filter((f) => !available.includes(f));
  if (unknown.length > 0) {
    throw new UsageError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} for ${flag}`, [
      `available fields: ${available.join(', ')}`,
    ]);
  }
}

/** A record's JSON object reduced to the fields asked for, in their order. */
export function pickFields(object: Record<string, unknown>, fields: readonly string[] | undefined): Record<string, unknown> {
  if (!fields) return object;
  return Object.fromEntries(fields.map((f) => [f, object[f]]));
}

/** The flat columns to print: all, or those named by --fields (checked first). */
export function selectColumns<R>(view: RecordView<R>, request: OutputRequest): ReadonlyArray<Column<R>> {
  if (!request.fields) return view.csv;
  checkFields(request.fields, view.csv.map((c) => c.header), '--fields');
  return request.fields.map((f) => view.csv.find((c) => c.header === f)!);
}

/** Checks the requested fields before any output is produced. */
export function checkRequest<R>(view: RecordView<R>, request: OutputRequest): void {
  if (!request.fields) return;
  if (request.format === 'json' || request.format === 'ndjson') checkFields(request.fields, view.fields, '--json');
  else selectColumns(view, request);
}

/** Renders a list of records; `single` prints one JSON object rather than an array. */
export async function renderRecords<R>(records: readonly R[], view: RecordView<R>, request: OutputRequest, single = false): Promise<string> {
  checkRequest(view, request);
  const object = (r: R) => pickFields(view.json(r), request.fields);
  const more = !request.fields && view.more ? view.more(records) : { table: [], csv: [] };
  const tableColumns = request.fields && (request.format === 'table' || request.format === 'plain') ? selectColumns(view, request) : [...view.table, ...more.table];
  const flatColumns = (): ReadonlyArray<Column<R>> => [...selectColumns(view, request), ...more.csv];
  const lines = (): string => records.map((r) => `${sanitizeTerminalMultiline(view.line!(r))}\n`).join('');
  const renderers: Record<Format, () => Promise<string> | string> = {
    json: () => renderJson(single && records.length === 1 ? object(records[0]!) : records.map(object)),
    ndjson: () => records.map((r) => renderJsonLine(object(r))).join(''),
    csv: () => renderCsv(records, flatColumns()),
    tsv: () => renderTsv(records, flatColumns()),
    hxl: () => renderHxl(records, flatColumns()),
    // with --fields, tables show the named flat columns instead of their own
    plain: () => (view.line && !request.fields ? lines() : records.length === 0 ? '' : renderPlain(records, tableColumns)),
    table: async () => {
      if (view.line && !request.fields) {
        // one line per record, wrapped to the width at word boundaries, numbers kept whole
        const width = request.render.width;
        if (width === undefined) return lines();
        const { wrapText } = await import('./wrap-text.js');
        return records.map((r) => `${wrapText(sanitizeTerminalMultiline(view.line!(r)), width).join('\n')}\n`).join('');
      }
      if (records.length === 0) return '';
      const { renderTable } = await import('./render-table.js');
      return renderTable(records, tableColumns, request.render);
    },
  };
  return renderers[request.format]();
}
