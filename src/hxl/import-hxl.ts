/**
 * An HXL CSV file into a humfig-facts/1 document. Two shapes are read:
 *
 * - long: one figure per row, with an indicator column (#indicator+code) and a value column
 *   (#indicator+value+num); humfig's own `--format hxl` export is one.
 * - wide (HDX style): each row is a place and a date (#country+code, #adm1+name, #loc+name,
 *   #date+reported, ...), and each column of an indicator (#affected+idps, #population,
 *   #value+funding+required+usd, ...) gives one figure per row.
 *
 * Every figure made is valid, quote check included: sources have no local `text`, and each
 * quote is built from the cell as written ("#affected+idps: ~120,000"), so it contains the
 * value. A problem in the data never throws: a row or a cell that cannot become a figure is
 * listed in `report.rejected` with its line and the reason, a column that means nothing to
 * humfig in `report.unmapped`. Only a file that is not an HXL CSV at all throws
 * (HxlInvalidError). Pure: text in, document out; `today` is passed in.
 */
import { isIsoDate, lastDayOf } from '../domain/dates.js';
import { impliedBounds, QUALIFIERS, type Qualifier } from '../domain/qualifier.js';
import { canonicalUnit } from '../domain/unit.js';
import { isCurrencyCode } from '../domain/currency.js';
import { UsageError } from '../errors.js';
import { checkFacts } from '../facts/check-facts.js';
import { quoteHasNumber } from '../facts/number-forms.js';
import { factsFileSchema, FACTS_FORMAT, type FactsFile, type Figure, type Place, type Source, type Stated } from '../facts/schema.js';
import { formatNumber } from '../domain/number-text.js';
import { formatHashtag, indicatorFromHashtag, matchesPattern, type HashtagIndicator, type HxlTag } from './hxl-tags.js';
import { kebab, parseDate, parseFigureValue, slashOrderOf, uniqueId, type SlashOrder } from './hxl-values.js';
import { parseHxl, type CsvRecord } from './parse-hxl.js';

export interface ImportOptions {
  /** YYYY-MM-DD: the date a source without a publication date is taken to be published */
  today: string;
  /** the dataset id; default: the file name, kebab-case */
  datasetId?: string | undefined;
  /** the id of the source that stands for the file; default: the file name, kebab-case */
  sourceId?: string | undefined;
  /** the publisher of every source, over what the file says */
  publisher?: string | undefined;
}

export interface ImportColumn {
  index: number;
  label: string;
  /** the hashtag as normalised (`#affected+idps`), null for an untagged column */
  tag: string | null;
  /** what the column became (`value`, `place`, `figure displaced (person)`, ...), null when nothing */
  mappedTo: string | null;
}

export interface ImportReport {
  /** long: a figure per row; wide: a figure per indicator column and row */
  shape: 'long' | 'wide';
  columns: ImportColumn[];
  unmapped: Array<{ index: number; label: string; tag: string | null }>;
  rejected: Array<{ line: number; column?: string; reason: string }>;
  figures: number;
}

export interface ImportResult {
  facts: FactsFile;
  report: ImportReport;
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

/** Place columns, the most specific level first: a row's place is the first level it fills. */
const PLACE_LEVELS = ['loc', 'adm5', 'adm4', 'adm3', 'adm2', 'adm1', 'country', 'region'] as const;
type PlaceLevel = (typeof PLACE_LEVELS)[number];
const CODE_ATTRIBUTES = ['code', 'pcode', 'id', 'iso3', 'iso2', 'iso'];

/** Hashtag patterns (HXL tag-pattern syntax) of each field, preferred first. */
const CONTEXT_PATTERNS = {
  // the date a figure holds; not +published (the source's), +start, +updated and the like
  asOf: ['#date+reported', '#date!', '#date+occurred', '#date+end', '#date+year'],
  published: ['#date+published'],
  source: ['#meta+source+code', '#meta+source-title-url'],
  publisher: ['#org+name', '#org-code-type-id-url-acronym'],
  title: ['#meta+source+title'],
  url: ['#meta+url', '#meta+source+url'],
  currency: ['#currency'],
} as const;

const LONG_PATTERNS = {
  id: ['#meta+id'],
  indicator: ['#indicator+code', '#indicator+name'],
  label: ['#description!', '#indicator+name'],
  value: ['#indicator+value-min-max', '#indicator+num-min-max-code-name-unit-qualifier'],
  unit: ['#indicator+unit'],
  qualifier: ['#indicator+qualifier'],
  low: ['#indicator+min'],
  high: ['#indicator+max'],
  quote: ['#meta+quote'],
  stated: ['#meta+stated'],
  notes: ['#meta+notes', '#meta+comment', '#description+notes'],
} as const;

type ContextField = keyof typeof CONTEXT_PATTERNS;
type LongField = keyof typeof LONG_PATTERNS;

/** The mappedTo names: those of the CSV columns where there is one. */
const MAPPED_NAME: Record<ContextField | LongField, string> = {
  asOf: 'asOf',
  published: 'source_published',
  source: 'source',
  publisher: 'source_publisher',
  title: 'source_title',
  url: 'source_url',
  currency: 'unit (currency of #value columns)',
  id: 'id',
  indicator: 'indicator',
  label: 'label',
  value: 'value',
  unit: 'unit',
  qualifier: 'qualifier',
  low: 'low',
  high: 'high',
  quote: 'quote',
  stated: 'stated',
  notes: 'notes',
};

interface PlaceColumns {
  level: PlaceLevel;
  code?: number;
  name?: number;
}

interface Layout {
  shape: 'long' | 'wide';
  context: Partial<Record<ContextField, number>>;
  long: Partial<Record<LongField, number>>;
  places: PlaceColumns[];
  indicators: Array<{ index: number; tag: HxlTag; meaning: HashtagIndicator }>;
  mappedTo: (string | null)[];
}

/** Which column is which: each field takes the first free column matching its first pattern that matches any. */
function layoutOf(tags: readonly (HxlTag | null)[]): Layout {
  const mappedTo: (string | null)[] = tags.map(() => null);
  const claim = (patterns: readonly string[], name: string): number | undefined => {
    for (const p of patterns) {
      const i = tags.findIndex((t, c) => mappedTo[c] === null && matchesPattern(t, p));
      if (i !== -1) {
        mappedTo[i] = name;
        return i;
      }
    }
    return undefined;
  };
  const find = (patterns: readonly string[]) => patterns.some((p) => tags.some((t) => matchesPattern(t, p)));
  const shape = find(LONG_PATTERNS.indicator) && find(LONG_PATTERNS.value) ? 'long' : 'wide';

  const long: Layout['long'] = {};
  if (shape === 'long') {
    for (const field of ['value', 'low', 'high', 'unit', 'qualifier', 'id', 'indicator', 'label', 'quote', 'stated', 'notes'] as const) {
      const i = claim(LONG_PATTERNS[field], MAPPED_NAME[field]);
      if (i !== undefined) long[field] = i;
    }
  }
  const context: Layout['context'] = {};
  for (const field of Object.keys(CONTEXT_PATTERNS) as ContextField[]) {
    const i = claim(CONTEXT_PATTERNS[field], MAPPED_NAME[field]);
    if (i !== undefined) context[field] = i;
  }

  const places: PlaceColumns[] = [];
  for (const level of PLACE_LEVELS) {
    const cols: PlaceColumns = { level };
    tags.forEach((t, c) => {
      if (!t || t.tag !== `#${level}` || mappedTo[c] !== null) return;
      const attrs = t.attributes.filter((a) => !/^i_[a-z]{2,3}$/.test(a));
      if (cols.code === undefined && attrs.length === 1 && CODE_ATTRIBUTES.includes(attrs[0]!)) {
        cols.code = c;
        mappedTo[c] = `place (#${level} code)`;
      } else if (cols.name === undefined && (attrs.length === 0 || (attrs.length === 1 && attrs[0] === 'name'))) {
        cols.name = c;
        mappedTo[c] = `place_name (#${level})`;
      }
    });
    if (cols.code !== undefined || cols.name !== undefined) places.push(cols);
  }

  const indicators: Layout['indicators'] = [];
  if (shape === 'wide') {
    tags.forEach((t, c) => {
      if (!t || mappedTo[c] !== null) return;
      const meaning = indicatorFromHashtag(t);
      if (!meaning) return;
      indicators.push({ index: c, tag: t, meaning });
      const unit = meaning.unit ?? 'currency from #currency';
      mappedTo[c] = `figure ${meaning.indicator ?? '(indicator from the label)'} (${unit}${meaning.unitAssumed ? ', assumed' : ''})`;
    });
  }
  return { shape, context, long, places, indicators, mappedTo };
}

// ---------------------------------------------------------------------------------------------
// Building the document
// ---------------------------------------------------------------------------------------------

interface SourceDraft {
  id: string;
  /** the #meta+source text, when it names the source (wide files) */
  name?: string;
  publishers: Set<string>;
  title?: string;
  published?: string;
  url?: string;
}

interface FigureDraft {
  figure: Figure;
  line: number;
  column?: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A cell as text: the spreadsheet formula guard of humfig's own exports ('=...) undone, trimmed. */
function cellText(record: CsvRecord, index: number | undefined): string {
  if (index === undefined) return '';
  const raw = record.cells[index] ?? '';
  return (/^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw).trim();
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** The file name without folders: "data/idps.csv" -> "idps.csv". */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function checkOptions(options: ImportOptions): void {
  if (!isIsoDate(options.today)) throw new UsageError(`today must be a real date written YYYY-MM-DD (found '${options.today}')`);
  for (const [name, value] of [['dataset id', options.datasetId], ['source id', options.sourceId]] as const) {
    if (value !== undefined && (!KEBAB.test(value) || value.length > 80)) {
      throw new UsageError(`the ${name} '${value}' must be kebab-case (lower-case letters, digits, single hyphens), at most 80 characters`);
    }
  }
  if (options.publisher !== undefined && options.publisher.trim().length > 200) throw new UsageError('the publisher is at most 200 characters');
}

/**
 * Reads an HXL CSV text into a facts document and a report of what was mapped, skipped and
 * rejected. Throws HxlInvalidError when the text is not an HXL CSV (unclosed quote, no hashtag
 * row) and UsageError for malformed options; never for odd data.
 */
export function importHxl(text: string, fileName: string, options: ImportOptions): ImportResult {
  checkOptions(options);
  const table = parseHxl(text, fileName);
  const layout = layoutOf(table.tags);
  const file = baseName(fileName);
  const stem = kebab(file.replace(/\.[^.]*$/, '')) || 'hxl-import';
  const fileSourceId = options.sourceId ?? stem;
  const publisherOption = options.publisher?.trim() || undefined;
  const rejected: ImportReport['rejected'] = [];
  const columnName = (index: number) => table.labels[index] || (table.tags[index] ? formatHashtag(table.tags[index]!) : `column ${index + 1}`);

  const sources = new Map<string, SourceDraft>();
  const places = new Map<string, Place>();
  const placeIds = new Set<string>();
  const figureIds = new Set<string>();
  const drafts: FigureDraft[] = [];

  // slashed dates: a column's order is decided by its cells, not guessed per cell
  const orderOf = (index: number | undefined): SlashOrder => (index === undefined ? 'unknown' : slashOrderOf(table.rows.map((r) => cellText(r, index))));
  const asOfOrder = orderOf(layout.context.asOf);
  const publishedOrder = orderOf(layout.context.published);

  const sourceOf = (row: CsvRecord): string => {
    const raw = cellText(row, layout.context.source);
    const id = (raw && kebab(raw)) || fileSourceId;
    let s = sources.get(id);
    if (!s) {
      s = { id, publishers: new Set() };
      // in a wide file #meta+source names the source; in a long one it is humfig's source id
      if (raw && id !== fileSourceId && layout.shape === 'wide') s.name = clip(raw, 200);
      sources.set(id, s);
    }
    const publisher = cellText(row, layout.context.publisher);
    if (publisher) s.publishers.add(clip(publisher, 200));
    const title = cellText(row, layout.context.title);
    if (title && s.title === undefined) s.title = clip(title, 500);
    const published = cellText(row, layout.context.published);
    if (published && s.published === undefined) {
      const d = parseDate(published, publishedOrder);
      if (d.ok && isIsoDate(d.date)) s.published = d.date;
    }
    const url = cellText(row, layout.context.url);
    if (url && s.url === undefined && isHttpUrl(url)) s.url = url;
    return id;
  };

  const placeOf = (row: CsvRecord): { ok: true; id: string } | { ok: false; reason: string } => {
    for (const cols of layout.places) {
      const code = cellText(row, cols.code);
      const name = cellText(row, cols.name);
      if (!code && !name) continue;
      let id: string;
      let iso3: string | undefined;
      if (code && ((cols.level === 'country' && /^[A-Za-z]{3}$/.test(code)) || (layout.shape === 'long' && /^[A-Z]{3}$/.test(code)))) {
        id = code.toUpperCase();
        iso3 = id;
      } else {
        const key = `${layout.shape === 'long' ? '' : cols.level}|${code ? `code:${code}` : `name:${name.toLowerCase()}`}`;
        const known = places.get(key);
        if (known) return { ok: true, id: known.id };
        // a long file's code is humfig's place id; in a wide one the name makes the handle
        // users type (syunik rather than am09), the code keeps places apart
        const base = (layout.shape === 'long' ? kebab(code) || kebab(name) : kebab(name) || kebab(code)) || 'place';
        id = uniqueId(base, placeIds);
        places.set(key, { id, name: clip(name || code, 200) });
        return { ok: true, id };
      }
      const key = `iso|${id}`;
      if (!places.has(key)) {
        placeIds.add(id);
        places.set(key, { id, name: clip(name || code, 200), iso3 });
      }
      return { ok: true, id };
    }
    const where = layout.places.length === 0 ? 'the file has no place column (#country, #adm1 ... #adm5, #loc)' : 'no place given';
    return { ok: false, reason: where };
  };

  const asOfOf = (row: CsvRecord): { ok: true; date: string } | { ok: false; reason: string; column?: string } => {
    if (layout.context.asOf === undefined) return { ok: false, reason: 'the file has no date column (#date+reported, #date, ...)' };
    const column = columnName(layout.context.asOf);
    const raw = cellText(row, layout.context.asOf);
    if (!raw) return { ok: false, reason: 'no date given', column };
    const d = parseDate(raw, asOfOrder);
    return d.ok ? d : { ok: false, reason: d.reason, column };
  };

  /** The quote: the cell as written after its hashtag; the number added in brackets when the cell writes it in a form the quote check does not know (1.5e6). */
  const quoteFor = (tag: HxlTag | null, cell: string, value: number): string => {
    const quote = clip(`${tag ? formatHashtag(tag) : 'value'}: ${cell}`, 960);
    return quoteHasNumber(quote, value) ? quote : `${quote} [${formatNumber(value)}]`;
  };

  const addFigure = (draft: Omit<Figure, 'id'> & { id?: string }, line: number, column?: string, notes: string[] = []): void => {
    const base = (draft.id && kebab(draft.id)) || kebab(`${draft.indicator}-${draft.place}-${draft.asOf}`) || 'figure';
    const id = uniqueId(base, figureIds);
    if (draft.id && id !== draft.id) notes.push(`Imported with the id '${id}': the file's id '${draft.id}' is ${kebab(draft.id) === draft.id ? 'used by an earlier row' : 'not kebab-case'}.`);
    const allNotes = [draft.notes, ...notes].filter((n): n is string => !!n).join(' ');
    // keys in the schema's order, so that the written document reads like a hand-made one
    const figure: Figure = {
      id,
      label: clip(draft.label, 300),
      indicator: draft.indicator,
      value: draft.value,
      unit: draft.unit,
      qualifier: draft.qualifier,
      ...(draft.low !== undefined && { low: draft.low }),
      ...(draft.high !== undefined && { high: draft.high }),
      place: draft.place,
      asOf: draft.asOf,
      source: draft.source,
      quote: clip(draft.quote, 1000),
      ...(draft.stated && { stated: draft.stated }),
      ...(allNotes && { notes: clip(allNotes, 4000) }),
    };
    drafts.push(column === undefined ? { figure, line } : { figure, line, column });
  };

  for (const row of table.rows) {
    // a cell beyond the last column is data without a column: the row is misaligned
    const width = table.tags.length;
    if (row.cells.slice(width).some((c) => c.trim() !== '')) {
      rejected.push({ line: row.line, reason: `the row has ${row.cells.length} cells but the table has ${width} columns (an unquoted comma?)` });
      continue;
    }
    if (layout.shape === 'long') importLongRow(row);
    else importWideRow(row);
  }

  function importWideRow(row: CsvRecord): void {
    const values: Array<{ index: number; tag: HxlTag; meaning: HashtagIndicator; cell: string; value: number; qualifier: Qualifier; percent: boolean }> = [];
    for (const col of layout.indicators) {
      const cell = cellText(row, col.index);
      const parsed = parseFigureValue(cell);
      if (parsed.kind === 'skip') continue;
      if (parsed.kind === 'error') {
        rejected.push({ line: row.line, column: columnName(col.index), reason: parsed.reason });
        continue;
      }
      values.push({ ...col, cell, ...parsed });
    }
    if (values.length === 0) return;
    const asOf = asOfOf(row);
    const place = placeOf(row);
    if (!asOf.ok || !place.ok) {
      const problem = !asOf.ok ? asOf : (place as { reason: string });
      const entry: ImportReport['rejected'][number] = { line: row.line, reason: `${problem.reason}; ${values.length} figure${values.length === 1 ? '' : 's'} not imported` };
      if (!asOf.ok && asOf.column) entry.column = asOf.column;
      rejected.push(entry);
      return;
    }
    const source = sourceOf(row);
    for (const v of values) {
      const column = columnName(v.index);
      let unit = v.meaning.unit;
      if (unit === null) {
        const currency = cellText(row, layout.context.currency).toUpperCase();
        if (!/^[A-Z]{3}$/.test(currency) || !isCurrencyCode(currency)) {
          rejected.push({ line: row.line, column, reason: currency ? `'${currency}' is not an ISO 4217 currency code` : 'no currency: add one to the hashtag (+usd) or a #currency column' });
          continue;
        }
        unit = currency;
      }
      if (v.percent && unit !== 'percent') {
        rejected.push({ line: row.line, column, reason: `'${v.cell}' is a percentage, but the column counts ${unit === 'person' ? 'people' : unit}` });
        continue;
      }
      const indicator = kebab(v.meaning.indicator ?? table.labels[v.index] ?? '') || 'indicator';
      const where = table.labels[v.index] ? `column '${table.labels[v.index]}'` : `column ${v.index + 1}`;
      const notes = [`Imported from ${file}, line ${row.line}, ${where} (${formatHashtag(v.tag)}).`];
      if (v.meaning.unitAssumed) notes.push('The hashtag gives no unit; counted in persons.');
      addFigure(
        {
          label: table.labels[v.index] || indicator,
          indicator,
          value: v.value,
          unit,
          qualifier: v.qualifier,
          place: place.id,
          asOf: asOf.date,
          source,
          quote: quoteFor(v.tag, v.cell, v.value),
        },
        row.line,
        column,
        notes,
      );
    }
  }

  function importLongRow(row: CsvRecord): void {
    const L = layout.long;
    const valueCell = cellText(row, L.value);
    const parsed = parseFigureValue(valueCell);
    if (parsed.kind === 'skip') return;
    const column = columnName(L.value!);
    const reject = (reason: string, at: number | undefined = L.value) => {
      const entry: ImportReport['rejected'][number] = { line: row.line, reason };
      if (at !== undefined) entry.column = columnName(at);
      rejected.push(entry);
    };
    if (parsed.kind === 'error') return reject(parsed.reason);
    const notes: string[] = [];
    const value = parsed.value;

    const indicatorText = cellText(row, L.indicator);
    const indicator = kebab(indicatorText);
    if (!indicator) return reject('no indicator given', L.indicator);

    let unit: string;
    const unitText = cellText(row, L.unit);
    if (unitText) {
      const u = canonicalUnit(unitText);
      if (u === undefined || (/^[A-Z]{3}$/.test(u) && !isCurrencyCode(u))) return reject(`unknown unit '${clip(unitText, 40)}'`, L.unit);
      unit = u;
    } else if (parsed.percent) {
      unit = 'percent';
    } else {
      unit = 'person';
      notes.push('The file gives no unit; counted in persons.');
    }
    if (parsed.percent && unit !== 'percent') return reject(`'${valueCell}' is a percentage, but the unit is ${unit}`);

    let qualifier = parsed.qualifier;
    const qualifierText = cellText(row, L.qualifier);
    if (qualifierText) {
      const q = qualifierText.toLowerCase().replace(/[\s_]+/g, '-');
      if (!(QUALIFIERS as readonly string[]).includes(q)) return reject(`unknown qualifier '${clip(qualifierText, 40)}'; qualifiers are ${QUALIFIERS.join(', ')}`, L.qualifier);
      qualifier = q as Qualifier;
    }

    // bounds: kept only where they differ from what the qualifier implies (humfig's export writes both)
    const implied = impliedBounds(value, qualifier);
    const bound = (at: number | undefined): { ok: true; value?: number } | { ok: false } => {
      const b = parseFigureValue(cellText(row, at));
      if (b.kind === 'skip') return { ok: true };
      if (b.kind === 'error') {
        reject(b.reason, at);
        return { ok: false };
      }
      return { ok: true, value: b.value };
    };
    const low = bound(L.low);
    const high = bound(L.high);
    if (!low.ok || !high.ok) return;
    if (low.value !== undefined && low.value > value) return reject(`low (${low.value}) is above the value (${value})`, L.low);
    if (high.value !== undefined && high.value < value) return reject(`high (${high.value}) is below the value (${value})`, L.high);

    const asOf = asOfOf(row);
    if (!asOf.ok) return reject(asOf.reason, layout.context.asOf);
    const place = placeOf(row);
    if (!place.ok) return reject(place.reason, undefined);
    const source = sourceOf(row);

    const fileQuote = cellText(row, L.quote);
    let quote: string;
    if (fileQuote && fileQuote.length <= 1000 && quoteHasNumber(fileQuote, value)) quote = fileQuote;
    else {
      quote = quoteFor(table.tags[L.value!] ?? null, valueCell, value);
      if (fileQuote) notes.push(`The file's quote does not contain the value as written: "${clip(fileQuote, 300)}".`);
    }

    const stated: Stated[] = [];
    const statedText = cellText(row, L.stated);
    if (statedText) {
      for (const item of statedText.split(/\s*;\s*/).filter((s) => s !== '')) {
        const m = /^(?:([a-z-]+) )?(\S+) (\S+)$/.exec(item);
        const q = m?.[1] ?? 'exact';
        const n = m ? parseFigureValue(m[2]!) : undefined;
        const u = m ? canonicalUnit(m[3]!) : undefined;
        if (!m || !(QUALIFIERS as readonly string[]).includes(q) || n?.kind !== 'value' || u === undefined) {
          rejected.push({ line: row.line, column: columnName(L.stated!), reason: `the stated equivalent '${clip(item, 60)}' is not '<qualifier> <number> <unit>'; the figure was imported without it` });
          continue;
        }
        stated.push({ value: n.value, unit: u, qualifier: q as Qualifier, quote: quoteHasNumber(quote, n.value) ? quote : clip(item, 500) });
      }
    }

    const label = cellText(row, L.label) || indicatorText;
    const figure: Omit<Figure, 'id'> & { id?: string } = {
      label,
      indicator,
      value,
      unit,
      qualifier,
      place: place.id,
      asOf: asOf.date,
      source,
      quote,
    };
    const id = cellText(row, L.id);
    if (id) figure.id = id;
    if (low.value !== undefined && low.value !== implied.low) figure.low = low.value;
    if (high.value !== undefined && high.value !== implied.high) figure.high = high.value;
    if (stated.length > 0) figure.stated = stated;
    const fileNotes = cellText(row, L.notes);
    if (fileNotes) figure.notes = fileNotes;
    addFigure(figure, row.line, column, notes);
  }

  const facts = assemble();
  const columns: ImportColumn[] = table.tags.map((t, index) => ({
    index,
    label: table.labels[index] ?? '',
    tag: t ? formatHashtag(t) : null,
    mappedTo: layout.mappedTo[index] ?? null,
  }));
  rejected.sort((a, b) => a.line - b.line);
  return {
    facts,
    report: {
      shape: layout.shape,
      columns,
      unmapped: columns.filter((c) => c.mappedTo === null).map(({ index, label, tag }) => ({ index, label, tag })),
      rejected,
      figures: facts.figures.length,
    },
  };

  /** The document from the drafts; a figure the facts rules still refuse is dropped and reported, never written. */
  function assemble(): FactsFile {
    for (;;) {
      const facts = build();
      const parsed = factsFileSchema.safeParse(facts);
      const issues = parsed.success ? checkFacts(parsed.data, new Map()) : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
      if (issues.length === 0) return facts;
      const bad = new Set<number>();
      for (const issue of issues) {
        if (issue.path[0] !== 'figures' || typeof issue.path[1] !== 'number') {
          throw new Error(`internal: the imported document breaks a facts rule at ${issue.path.join('.')}: ${issue.message}`);
        }
        if (!bad.has(issue.path[1])) {
          const d = drafts[issue.path[1]]!;
          const entry: ImportReport['rejected'][number] = { line: d.line, reason: `the figure breaks a facts rule at ${issue.path.slice(2).join('.') || 'the figure'}: ${issue.message}` };
          if (d.column !== undefined) entry.column = d.column;
          rejected.push(entry);
          bad.add(issue.path[1]);
        }
      }
      for (const i of [...bad].sort((a, b) => b - a)) drafts.splice(i, 1);
    }
  }

  function build(): FactsFile {
    const figures = drafts.map((d) => d.figure);
    const usedSources = new Set(figures.map((f) => f.source));
    if (usedSources.size === 0) usedSources.add(fileSourceId);
    const sourceList: Source[] = [...usedSources].map((id) => {
      const s = sources.get(id) ?? { id, publishers: new Set<string>() };
      const publisher = publisherOption ?? (s.publishers.size === 1 ? [...s.publishers][0]! : undefined) ?? s.name ?? 'Unknown publisher';
      return {
        id,
        publisher,
        title: s.title ?? (s.name ? clip(`${s.name} (${file})`, 500) : clip(file, 500)),
        published: s.published ?? options.today,
        url: s.url ?? null,
      };
    });
    const usedPlaces = new Set(figures.map((f) => f.place));
    const placeList = [...places.values()].filter((p) => usedPlaces.has(p.id));
    // updated: the last day the latest figure holds, not after today
    let updated = '';
    for (const f of figures) {
      const end = lastDayOf(f.asOf);
      if (end > updated) updated = end;
    }
    if (updated === '' || updated > options.today) updated = options.today;
    return {
      format: FACTS_FORMAT,
      dataset: {
        id: options.datasetId ?? stem,
        title: clip(`Figures from ${file}`, 300),
        description: clip(`Imported from the HXL file ${file} on ${options.today}.`, 4000),
        updated,
      },
      sources: sourceList,
      places: placeList,
      figures,
    };
  }
}
