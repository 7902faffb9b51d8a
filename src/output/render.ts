/**
 * One entry point from records to text in any format. Table code (cli-table3, chalk) is
 * imported only when a table is asked for, so scripts asking for JSON never load it.
 */
import type { Format, RecordView, RenderOptions } from './formats.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';

/** Renders a list of records; `single` prints one JSON object rather than an array. */
export async function renderRecords<R>(
  records: readonly R[],
  view: RecordView<R>,
  format: Format,
  options: RenderOptions,
  single = false,
): Promise<string> {
  const renderers: Record<Format, () => Promise<string> | string> = {
    json: () => renderJson(single && records.length === 1 ? view.json(records[0]!) : records.map(view.json)),
    csv: () => renderCsv(records, view.csv),
    table: async () => {
      if (records.length === 0) return '';
      const { renderTable } = await import('./render-table.js');
      return renderTable(records, view.table, options);
    },
  };
  return renderers[format]();
}
