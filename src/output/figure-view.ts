/**
 * How figures look in each format: the JSON contract record, the table columns for people,
 * the flat CSV columns for spreadsheets.
 */
import type { FigureRecord } from '../derive/figure-record.js';
import type { RecordView } from './formats.js';
import { formatQuantity, formatValue } from './format-quantity.js';

/** "approximately 22000000 USD; ..." for a CSV cell. */
function statedText(r: FigureRecord): string {
  return r.stated.map((s) => `${s.qualifier} ${s.value} ${s.unit}`).join('; ');
}

/** The keys of a figure's JSON object, in order (README "JSON output"). */
export const FIGURE_FIELDS = ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'place', 'source', 'quote', 'stated', 'notes'] as const;

export const figureView: RecordView<FigureRecord> = {
  json: (r) => ({ ...r }),
  fields: FIGURE_FIELDS,
  table: [
    { header: 'id', value: (r) => r.id },
    { header: 'figure', value: (r) => r.label },
    { header: 'value', value: (r) => formatQuantity(r) },
    { header: 'as of', value: (r) => r.asOf },
    { header: 'place', value: (r) => r.place.name },
    { header: 'source', value: (r) => r.source.id },
  ],
  csv: [
    { header: 'id', value: (r) => r.id },
    { header: 'label', value: (r) => r.label },
    { header: 'indicator', value: (r) => r.indicator },
    { header: 'value', value: (r) => r.value },
    { header: 'unit', value: (r) => r.unit },
    { header: 'qualifier', value: (r) => r.qualifier },
    { header: 'low', value: (r) => r.low },
    { header: 'high', value: (r) => r.high },
    { header: 'asOf', value: (r) => r.asOf },
    { header: 'place', value: (r) => r.place.id },
    { header: 'place_name', value: (r) => r.place.name },
    { header: 'source', value: (r) => r.source.id },
    { header: 'source_publisher', value: (r) => r.source.publisher },
    { header: 'source_title', value: (r) => r.source.title },
    { header: 'source_published', value: (r) => r.source.published },
    { header: 'source_url', value: (r) => r.source.url },
    { header: 'quote', value: (r) => r.quote },
    { header: 'stated', value: (r) => statedText(r) },
    { header: 'notes', value: (r) => r.notes },
  ],
};

/** The field/value pairs of one figure for a detail view. */
export function figureDetail(r: FigureRecord): Array<readonly [string, string | number | null]> {
  const pairs: Array<readonly [string, string | number | null]> = [
    ['id', r.id],
    ['figure', r.label],
    ['value', formatQuantity(r)],
    ['qualifier', r.qualifier],
    ['indicator', r.indicator],
    ['as of', r.asOf],
    ['place', `${r.place.name} (${r.place.id})`],
    ['source', `${r.source.publisher}, "${r.source.title}", ${r.source.published}${r.source.url ? `, ${r.source.url}` : ''}`],
    ['quote', `"${r.quote}"`],
  ];
  for (const s of r.stated) pairs.push(['stated', `${formatValue(s)} ("${s.quote}")`]);
  if (r.notes) pairs.push(['notes', r.notes]);
  return pairs;
}
