/**
 * How figures look in each format: the JSON contract record, the table columns for people,
 * the flat CSV columns for spreadsheets.
 */
import { ownValue } from '../domain/lookup.js';
import { breakdownWords, type FigureRecord, type PlaceRecord } from '../derive/figure-record.js';
import type { Column, RecordView } from './formats.js';
import { formatQuantity, formatValue } from './format-quantity.js';
import { humanIsExact } from './human-number.js';

/** "approximately 22000000 USD; ..." for a CSV cell. */
function statedText(r: FigureRecord): string {
  return r.stated.map((s) => `${s.qualifier} ${s.value} ${s.unit}`).join('; ');
}

/**
 * The flat columns of a figure, for CSV, TSV and HXL (one row per figure); an HXL export is the
 * CSV export with a hashtag row added, and after the figures' rows one row for each place above
 * them that no figure of the list is placed in (`placeOnlyRow`).
 *
 * Hashtags come from the HXL dictionary (https://hxlstandard.org/standard/dictionary/) where it
 * has one; where it has none, humfig refines a core hashtag with a custom attribute, as the
 * standard allows, so that every column still falls under the right core hashtag for HXL tools
 * (#meta: metadata about the record; #indicator: the data of an indicator).
 */
const FIGURE_COLUMNS: ReadonlyArray<Column<FigureRecord>> = [
  // #meta: metadata about the record; +id: its identifier, which is what a figure id is
  { header: 'id', hxl: '#meta+id', value: (r) => r.id },
  // #description: free-text description of the record; a label is prose
  // ("Residents of Nagorno-Karabakh before the exodus"), not the name of an indicator
  { header: 'label', hxl: '#description', value: (r) => r.label },
  // #indicator+code: the machine-readable code of the indicator (+code: "a unique,
  // machine-readable code"); humfig indicators are kebab-case codes ("people-in-need")
  { header: 'indicator', hxl: '#indicator+code', value: (r) => r.indicator },
  // #indicator+value+num: the indicator's value (+value), a number (+num)
  { header: 'value', hxl: '#indicator+value+num', value: (r) => r.value },
  // +unit (custom): what the value counts; a person, household, day or an ISO 4217 code.
  // Not #currency, because most units are not currencies
  { header: 'unit', hxl: '#indicator+unit', value: (r) => r.unit },
  // +qualifier (custom): "approximately", "more-than", ... as the source wrote it
  { header: 'qualifier', hxl: '#indicator+qualifier', value: (r) => r.qualifier },
  // +min / +max: the two ends of the figure's range, numbers like the value they bound;
  // +max is empty for an open range (more than 35,000)
  { header: 'low', hxl: '#indicator+value+min+num', value: (r) => r.low },
  { header: 'high', hxl: '#indicator+value+max+num', value: (r) => r.high },
  // #date+reported: the date a figure refers to as reported ("as of"); HDX displacement data
  // tags its reporting date so. Not plain #date, which also covers the source's date below
  { header: 'asOf', hxl: '#date+reported', value: (r) => r.asOf },
  // #loc: the dictionary's general location, for places that are not an admin level (a
  // region such as Nagorno-Karabakh) as well as those that are; +code / +name as usual
  { header: 'place', hxl: '#loc+code', value: (r) => r.place.id },
  { header: 'place_name', hxl: '#loc+name', value: (r) => r.place.name },
  { header: 'source', hxl: '#meta+source+code', value: (r) => r.source.id },
  // #org+name: the organisation, here the one that published the source
  { header: 'source_publisher', hxl: '#org+name', value: (r) => r.source.publisher },
  { header: 'source_title', hxl: '#meta+source+title', value: (r) => r.source.title },
  // +published (custom): the source's publication date, kept apart from the figure's date
  { header: 'source_published', hxl: '#date+published', value: (r) => r.source.published },
  // #meta+url: +url marks web links, and the dictionary suggests it with #meta
  { header: 'source_url', hxl: '#meta+url', value: (r) => r.source.url },
  // +quote, +stated, +notes (custom): the verbatim quote, the equivalents the source states,
  // and humfig's reasons; all metadata about the figure, hence #meta
  { header: 'quote', hxl: '#meta+quote', value: (r) => r.quote },
  { header: 'stated', hxl: '#meta+stated', value: (r) => statedText(r) },
  { header: 'notes', hxl: '#meta+notes', value: (r) => r.notes },
  // added after the first release's columns, so that a reader of the CSV by position keeps working
  // the place's hierarchy: #adm+level is how HAPI tags an admin level; +pcode and +parent
  // (custom) under #loc keep them with the place; #country+code its ISO3 code
  { header: 'place_level', hxl: '#adm+level', value: (r) => r.place.level },
  { header: 'place_pcode', hxl: '#loc+pcode', value: (r) => r.place.pcode },
  { header: 'place_parent', hxl: '#loc+parent+code', value: (r) => r.place.parent },
  { header: 'place_iso3', hxl: '#country+code', value: (r) => r.place.iso3 },
  // the period a figure covers: #date+start and #date+end as HAPI writes them
  { header: 'period_start', hxl: '#date+start', value: (r) => r.period?.start ?? null },
  { header: 'period_end', hxl: '#date+end', value: (r) => r.period?.end ?? null },
  // #meta+source: where the record's data comes from, as HDX datasets tag it; +code because
  // the cell is humfig's source id, not a name
];

/**
 * The breakdown columns of a set of figures: one per dimension any of them has, after the fixed
 * columns. Documented dimensions take the hashtag HDX files use (#sector, #gender, #age+range,
 * #population_group ...); any other is #meta+breakdown+<dimension>, which the importer reads back.
 */
export function breakdownColumns(records: readonly FigureRecord[]): Array<Column<FigureRecord>> {
  return dimensionsOf(records).map(breakdownColumn);
}

/** The breakdown dimensions of figures (records or the facts file's), each once, in the order first met. */
function dimensionsOf(figures: Iterable<{ breakdown?: Readonly<Record<string, string>> | null | undefined }>): string[] {
  const dimensions: string[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (f.breakdown === null || f.breakdown === undefined) continue;
    for (const k of Object.keys(f.breakdown)) {
      if (seen.has(k)) continue;
      seen.add(k);
      dimensions.push(k);
    }
  }
  return dimensions;
}

/** The column of one breakdown dimension: its hashtag, and each figure's value (null where it has none). */
function breakdownColumn(d: string): Column<FigureRecord> {
  return { header: d, hxl: BREAKDOWN_HASHTAG.get(d) ?? `#meta+breakdown+${d.replace(/-/g, '_')}`, value: (r: FigureRecord) => ownValue(r.breakdown, d) ?? null };
}

/**
 * The figure view whose `--fields` may also name every breakdown dimension of the facts file, not only those of the
 * figures shown (`list --place CF11 --fields id,value,sex` in a file that splits other places by sex: an empty cell,
 * never an "unknown field" that breaks a script looping over places).
 */
export function figureViewWithDimensions(view: RecordView<FigureRecord>, figures: Iterable<{ breakdown?: Readonly<Record<string, string>> | undefined }>): RecordView<FigureRecord> {
  const all = dimensionsOf(figures);
  return {
    ...view,
    more: (records) => {
      const more = view.more!(records);
      const have = new Set((more.fields ?? []).map((c) => c.header));
      return { ...more, fields: [...(more.fields ?? []), ...all.filter((d) => !have.has(d)).map(breakdownColumn)] };
    },
  };
}

const BREAKDOWN_HASHTAG: ReadonlyMap<string, string> = new Map([
  ['sector', '#sector'],
  ['subsector', '#subsector'],
  ['sex', '#gender'],
  ['age', '#age+range'],
  ['age-min', '#age+min'],
  ['age-max', '#age+max'],
  ['population-group', '#population_group'],
  ['population-status', '#population_status'],
  ['disability', '#disability'],
  ['event-type', '#event+type'],
  ['crisis-type', '#crisis+type'],
]);

/**
 * A row of an HXL export that describes a place and gives no figure: its place columns filled,
 * every other cell empty (`import hxl` reads such a row as the place it describes). Made in the
 * figure's shape so that the same columns write it; the empty figure fields are never read as one.
 */
export function placeOnlyRow(place: PlaceRecord): FigureRecord {
  const empty = { id: '', label: '', indicator: '', value: null, unit: '', qualifier: null, low: null, high: null, asOf: '', source: { id: '', publisher: '', title: '', published: '', url: null }, quote: '', stated: [], notes: null, breakdown: null, period: null };
  return { ...empty, place } as unknown as FigureRecord;
}

/** The keys of a figure's JSON object, in order (README "JSON output"). */
export const FIGURE_FIELDS = ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'place', 'source', 'quote', 'stated', 'notes', 'breakdown', 'period'] as const;

/** The keys of a figure's object fields, for dot paths (`--json place.name,breakdown.sector`). */
export const FIGURE_NESTED: Readonly<Record<string, readonly string[] | '*'>> = {
  place: ['id', 'name', 'iso3', 'level', 'pcode', 'parent'],
  source: ['id', 'publisher', 'title', 'published', 'url'],
  period: ['start', 'end'],
  breakdown: '*',
};

export const figureView: RecordView<FigureRecord> = {
  json: (r) => ({ ...r }),
  fields: FIGURE_FIELDS,
  nested: FIGURE_NESTED,
  table: [
    { header: 'id', value: (r) => r.id },
    { header: 'figure', value: (r) => r.label },
    { header: 'value', value: (r) => formatQuantity(r), human: (r) => formatQuantity(r, true) },
    { header: 'as of', value: (r) => r.asOf },
    { header: 'place', value: (r) => r.place.name },
    { header: 'source', value: (r) => r.source.id },
  ],
  csv: FIGURE_COLUMNS,
  more: (records) => ({
    table: records.some((r) => r.breakdown !== null) ? [{ header: 'breakdown', value: (r: FigureRecord) => breakdownText(r) }] : [],
    csv: breakdownColumns(records),
    // always offered, so that `--fields id,value,breakdown` works on any file and keeps a breakdown
    // row told from a total
    fields: [{ header: 'breakdown', value: (r: FigureRecord) => breakdownText(r) }, ...breakdownColumns(records)],
  }),
};

/** "sector FSC, sex f" for a table cell; "total" for a figure without a breakdown. */
function breakdownText(r: FigureRecord): string {
  return r.breakdown === null ? 'total' : breakdownWords(r.breakdown);
}

/**
 * The field/value pairs of one figure for a detail view; with `human`, the value as people say it
 * ("≈2.8 million people") and, where that rounds, the exact value on the next line.
 */
export function figureDetail(r: FigureRecord, human = false): Array<readonly [string, string | number | null]> {
  const pairs: Array<readonly [string, string | number | null]> = [
    ['id', r.id],
    ['figure', r.label],
    ['value', formatQuantity(r, human)],
    ...(human && ![r.value, r.low, r.high].every((n) => n === null || humanIsExact(n)) ? [['exact', formatQuantity(r)] as const] : []),
    ['qualifier', r.qualifier],
    ['indicator', r.indicator],
    // a part is said to be one, right under what it counts (a block without this line is a total)
    ...(r.breakdown === null ? [] : [['breakdown', breakdownText(r)] as const]),
    ['as of', r.asOf],
    // (the days the figure covers, where its source gives them: a census's 2015-01-01 to 2022-12-31 beside its asOf 2022-12-31)
    ...(r.period ? [['period', `${r.period.start} to ${r.period.end}`] as const] : []),
    ['place', `${r.place.name} (${r.place.id})`],
    ['source', `${r.source.publisher}, "${r.source.title}", ${r.source.published}${r.source.url ? `, ${r.source.url}` : ''}`],
    ['quote', `"${r.quote}"`],
  ];
  for (const s of r.stated) pairs.push(['stated', `${formatValue(s)} ("${s.quote}")`]);
  if (r.notes) pairs.push(['notes', r.notes]);
  return pairs;
}
