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

type Nested = RecordView<unknown>['nested'];

/** Whether a field, or a dot path into a field (`place.name`), is one the view has. */
function knownField(field: string, available: readonly string[], nested: Nested): boolean {
  const dot = field.indexOf('.');
  if (dot < 0) return available.includes(field);
  const [head, key] = [field.slice(0, dot), field.slice(dot + 1)];
  const keys = nested !== undefined && Object.hasOwn(nested, head) ? nested[head] : undefined;
  if (keys === undefined || !available.includes(head)) return false;
  return keys === '*' ? /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) : keys.includes(key);
}

/** The fields a view offers, dot paths included, for the message that lists them. */
function fieldList(available: readonly string[], nested: Nested): string {
  return available
    .flatMap((f) => {
      const keys = nested !== undefined && Object.hasOwn(nested, f) ? nested[f] : undefined;
      return keys === undefined ? [f] : [f, ...(keys === '*' ? [`${f}.<dimension>`] : keys.map((k) => `${f}.${k}`))];
    })
    .join(', ');
}

/** The named fields (or dot paths into them), checked against those available; throws a UsageError listing them. */
export function checkFields(wanted: readonly string[], available: readonly string[], flag: string, nested?: Nested): void {
  const unknown = wanted.filter((f) => !knownField(f, available, nested));
  if (unknown.length > 0) {
    throw new UsageError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} for ${flag}`, [
      `available fields: ${fieldList(available, nested)}`,
    ]);
  }
}

/**
 * A record's JSON object reduced to the fields asked for, in their order. A dot path keeps its
 * nesting: `place.name` gives `{"place": {"name": ...}}`, several paths into one field share
 * its object, and a key the record lacks is null.
 */
export function pickFields(object: Record<string, unknown>, fields: readonly string[] | undefined): Record<string, unknown> {
  if (!fields) return object;
  if (!fields.some((f) => f.includes('.'))) return Object.fromEntries(fields.map((f) => [f, object[f]]));
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const dot = f.indexOf('.');
    if (dot < 0) {
      Object.defineProperty(out, f, { value: object[f], enumerable: true, writable: true, configurable: true });
      continue;
    }
    const [head, key] = [f.slice(0, dot), f.slice(dot + 1)];
    const inner = object[head];
    const value = inner !== null && typeof inner === 'object' && Object.hasOwn(inner, key) ? (inner as Record<string, unknown>)[key] : null;
    let target = Object.hasOwn(out, head) ? out[head] : undefined;
    // the whole field asked for as well: it already holds this key
    if (target === inner && inner !== undefined) continue;
    if (target === undefined || target === null || typeof target !== 'object') {
      // keys come from the command line: an object without a prototype takes any of them as data
      target = Object.create(null) as Record<string, unknown>;
      Object.defineProperty(out, head, { value: target, enumerable: true, writable: true, configurable: true });
    }
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The flat columns to print: all, or those named by --fields (checked first), which may also name `extra` ones. */
export function selectColumns<R>(view: RecordView<R>, request: OutputRequest, extra: ReadonlyArray<Column<R>> = []): ReadonlyArray<Column<R>> {
  if (!request.fields) return view.csv;
  const offered = [...view.csv, ...extra];
  checkFields(request.fields, offered.map((c) => c.header), '--fields');
  return request.fields.map((f) => offered.find((c) => c.header === f)!);
}

/** Checks the requested fields before any output is produced. */
export function checkRequest<R>(view: RecordView<R>, request: OutputRequest, extra: ReadonlyArray<Column<R>> = []): void {
  if (!request.fields) return;
  if (request.format === 'json' || request.format === 'ndjson') checkFields(request.fields, view.fields, '--json', view.nested);
  else selectColumns(view, request, extra);
}

/** Renders a list of records; `single` prints one JSON object rather than an array. */
export async function renderRecords<R>(records: readonly R[], view: RecordView<R>, request: OutputRequest, single = false): Promise<string> {
  const extra = view.more?.(records);
  const selectable = extra?.fields ?? [];
  checkRequest(view, request, selectable);
  const object = (r: R) => pickFields(view.json(r), request.fields);
  const more = !request.fields && extra ? extra : { table: [], csv: [] };
  const forPeople = request.fields && (request.format === 'table' || request.format === 'plain') ? selectColumns(view, request, selectable) : [...view.table, ...more.table];
  // --human changes what people read, never the flat formats
  const tableColumns = request.render.human ? forPeople.map((c) => (c.human ? { ...c, value: c.human } : c)) : forPeople;
  const flatColumns = (): ReadonlyArray<Column<R>> => [...selectColumns(view, request, selectable), ...more.csv];
  const lines = (): string => records.map((r) => `${sanitizeTerminalMultiline(view.line!(r))}\n`).join('');
  const renderers: Record<Format, () => Promise<string> | string> = {
    json: () => renderJson(single && records.length === 1 ? object(records[0]!) : records.map(object)),
    ndjson: () => records.map((r) => renderJsonLine(object(r))).join(''),
    csv: () => renderCsv(records, flatColumns()),
    tsv: () => renderTsv(records, flatColumns()),
    hxl: () => renderHxl(view.hxlTail && !request.fields ? [...records, ...view.hxlTail(records)] : records, flatColumns()),
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
