/**
 * Fast acceptance checks, zod-free: of one figure of a large file, and of the rest of a facts
 * document (its envelope). Each is true only when the zod schema would accept the value too,
 * and return it unchanged. They never explain anything: a value they refuse is handed to zod,
 * which says what is wrong. Every limit, pattern and field list comes from rules.ts, as the
 * schema's do; tests hold the two to the same verdict at each limit (rules-parity.test.ts) and on
 * generated and mutated values (fast-figure.test.ts).
 * They exist because zod costs about 1.8 µs a figure, most of the time of a million-figure
 * file, and loading zod and compiling its schemas cost a third of a call on a small file.
 */
import { explainBadDate } from '../domain/dates.js';
import { QUALIFIERS } from '../domain/qualifier.js';
import type { Figure } from './schema.js';
import {
  AGE_BOUND, AGE_GROUP, DECIMAL, FACTS_FORMAT, FIELDS, FULL_DATE, ISO_ALPHA3, KEBAB, MAX_ADMIN_LEVEL, MAX_BREAKDOWN_KEYS, MAX_LENGTH, ONE_LINE, PARTIAL_DATE, PCODE,
  PLACE_ID, SEX_VALUES, UNIT_CODE, ZERO_DECIMAL, type FieldKind,
} from './rules.js';

/** The allowed keys of each kind of object, as sets. */
const fieldSet = (kind: FieldKind): ReadonlySet<string> => new Set<string>(FIELDS[kind]);
const FIGURE_FIELD_SET = fieldSet('figure');
const STATED_FIELD_SET = fieldSet('stated');
const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);

const isId = (v: unknown): boolean => typeof v === 'string' && v.length <= MAX_LENGTH.id && KEBAB.test(v);
const isText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length >= 1 && v.length <= max;
const isUnit = (v: unknown): boolean => typeof v === 'string' && UNIT_CODE.test(v);
const isAmount = (v: unknown): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!Number.isInteger(v) || Number.isSafeInteger(v));
const isQualifier = (v: unknown): boolean => typeof v === 'string' && QUALIFIER_SET.has(v);

/**
 * Values already found well-formed: a large file repeats a few hundred indicators, units, places
 * and sources, and a Set lookup costs less than a pattern (bounded cache).
 */
class KnownGood {
  private readonly good = new Set<string>();
  constructor(private readonly check: (v: unknown) => boolean) {}
  test(v: unknown): boolean {
    if (typeof v === 'string' && this.good.has(v)) return true;
    if (!this.check(v)) return false;
    if (this.good.size < 10_000) this.good.add(v as string);
    return true;
  }
}
const goodIndicators = new KnownGood(isId);
const goodUnits = new KnownGood(isUnit);
const goodPlaces = new KnownGood((v) => typeof v === 'string' && PLACE_ID.test(v));
const goodSources = new KnownGood(isId);

/** Dates already found real: a large file repeats a few thousand of them (bounded cache). */
const realDates = new Set<string>();
function isRealPartialDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (realDates.has(v)) return true;
  if (!(PARTIAL_DATE.test(v) && explainBadDate(v, true) === undefined)) return false;
  if (realDates.size < 10_000) realDates.add(v);
  return true;
}

/** How many keys an object has, all of them allowed; -1 when one is not. */
function allowedKeys(o: object, allowed: ReadonlySet<string>): number {
  let n = 0;
  // for..in makes no array; a parsed object inherits no enumerable key
  for (const key in o) {
    if (!allowed.has(key)) return -1;
    n++;
  }
  return n;
}

const SEX_SET: ReadonlySet<string> = new Set(SEX_VALUES);

/** The keys of a breakdown the schema accepts; -1 when it does not. */
function breakdownKeys(v: unknown): number {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return -1;
  let n = 0;
  for (const key in v) {
    const value = (v as Record<string, unknown>)[key];
    if (!KEBAB.test(key) || typeof value !== 'string' || value.length < 1 || value.length > MAX_LENGTH.breakdownValue || !ONE_LINE.test(value)) return -1;
    if (key === 'sex' && !SEX_SET.has(value)) return -1;
    if (key === 'age' && !AGE_GROUP.test(value)) return -1;
    if ((key === 'age-min' || key === 'age-max') && !AGE_BOUND.test(value)) return -1;
    n++;
  }
  return n >= 1 && n <= MAX_BREAKDOWN_KEYS ? n : -1;
}

/** The keys of a period the schema accepts (start and end); -1 when it does not. */
function periodKeys(v: unknown): number {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return -1;
  const p = v as Record<string, unknown>;
  if (allowedKeys(p, PERIOD_FIELD_SET) !== 2) return -1;
  return isFullDay(p.start) && isFullDay(p.end) && (p.start as string) <= (p.end as string) ? 2 : -1;
}
const PERIOD_FIELD_SET = fieldSet('period');
const isFullDay = (v: unknown): boolean => typeof v === 'string' && FULL_DATE.test(v) && isRealPartialDate(v);

/** The keys of a stated equivalent the schema accepts; -1 when it does not. */
function statedKeys(v: unknown): number {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return -1;
  const s = v as Record<string, unknown>;
  const keys = allowedKeys(s, STATED_FIELD_SET);
  const ok = keys >= 0 && isAmount(s.value) && isUnit(s.unit) && (!('qualifier' in s) || isQualifier(s.qualifier)) && isText(s.quote, MAX_LENGTH.statedQuote);
  return ok ? keys : -1;
}

/**
 * How many keys a figure the schema accepts has, its stated equivalents' included (what the
 * duplicate-key count of large files needs); -1 when the schema would refuse it.
 */
export function validFigureKeys(v: unknown): number {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return -1;
  const f = v as Record<string, unknown>;
  let keys = allowedKeys(f, FIGURE_FIELD_SET);
  if (keys < 0) return -1;
  if (!(isId(f.id) && isText(f.label, MAX_LENGTH.label) && isAmount(f.value) && isQualifier(f.qualifier))) return -1;
  if (!(goodIndicators.test(f.indicator) && goodUnits.test(f.unit) && goodPlaces.test(f.place) && goodSources.test(f.source))) return -1;
  if ('low' in f && !isAmount(f.low)) return -1;
  if ('high' in f && !isAmount(f.high)) return -1;
  if (!isRealPartialDate(f.asOf)) return -1;
  if (!isText(f.quote, MAX_LENGTH.figureQuote)) return -1;
  if ('stated' in f) {
    if (!Array.isArray(f.stated)) return -1;
    for (const st of f.stated) {
      const k = statedKeys(st);
      if (k < 0) return -1;
      keys += k;
    }
  }
  if ('notes' in f && !(typeof f.notes === 'string' && f.notes.length <= MAX_LENGTH.notes)) return -1;
  if ('breakdown' in f) {
    const k = breakdownKeys(f.breakdown);
    if (k < 0) return -1;
    keys += k;
  }
  if ('period' in f) {
    const k = periodKeys(f.period);
    if (k < 0) return -1;
    keys += k;
  }
  return keys;
}

/** Whether `v` is a figure the schema accepts. */
export function isValidFigure(v: unknown): v is Figure {
  return validFigureKeys(v) >= 0;
}

/**
 * The colons in the strings of a valid figure: only its free texts and breakdown values can hold
 * one (ids, units, places, dates, qualifiers and breakdown dimensions are patterns without a
 * colon, and so are the field names).
 */
export function figureTextColons(f: Figure): number {
  let n = colons(f.label) + colons(f.quote) + (f.notes === undefined ? 0 : colons(f.notes));
  if (f.stated) for (const st of f.stated) n += colons(st.quote);
  if (f.breakdown) for (const key in f.breakdown) n += colons(f.breakdown[key]!);
  return n;
}

/** How many times `:` occurs in a string. */
export function colons(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/**
 * The keys of a parsed value, nested ones included, plus the colons of its strings and keys. A
 * loop over a stack of its own: a line nested 100,000 deep must not overflow the call stack.
 */
function keysAndColons(root: unknown): number {
  let n = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v === 'string') n += colons(v);
    else if (Array.isArray(v)) for (const x of v) pending.push(x);
    else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        n += 1 + colons(key);
        pending.push((v as Record<string, unknown>)[key]);
      }
    }
  }
  return n;
}

/**
 * Whether a JSON text that parsed to `value` may repeat a key. A colon of the text is either a
 * key's separator or a character of a string; JSON.parse keeps one key of each name, so without
 * a duplicate the text's colons are exactly the parsed keys plus the colons of the parsed
 * strings. A colon written as an escape (\u003a) breaks the count: such a text is scanned.
 * `keysAndColons` may be given when the caller knows it (a valid figure: validFigureKeys plus figureTextColons).
 */
export function mayRepeatKey(text: string, value: unknown, known?: number): boolean {
  return text.includes('\\u003') || colons(text) !== (known ?? keysAndColons(value));
}

// ---------------------------------------------------------------------------------------------
// The envelope: everything of a document but its figures (schema.ts, factsFileSchema)

const DOCUMENT_FIELDS = fieldSet('document');
/** The header of the streamed form: a document without its figures. */
const ENVELOPE_FIELDS: ReadonlySet<string> = new Set(FIELDS.document.filter((f) => f !== 'figures'));
const DATASET_FIELDS = fieldSet('dataset');
const SOURCE_FIELDS = fieldSet('source');
const PLACE_FIELDS = fieldSet('place');
const RELATION_FIELDS = fieldSet('relation');
const RATE_FIELDS = fieldSet('rate');
const FACTOR_FIELDS = fieldSet('factor');

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isPlaceId = (v: unknown): boolean => typeof v === 'string' && PLACE_ID.test(v);
const isFullDate = (v: unknown): boolean => typeof v === 'string' && FULL_DATE.test(v) && explainBadDate(v, false) === undefined;
const isDecimal = (v: unknown): boolean => typeof v === 'string' && DECIMAL.test(v) && !ZERO_DECIMAL.test(v);
const isAlpha3 = (v: unknown): boolean => typeof v === 'string' && ISO_ALPHA3.test(v);
/** zod trims a URL before parsing it and returns it without tabs and line breaks: only a URL it returns unchanged is accepted here. */
const isPlainUrl = (v: unknown): boolean => typeof v === 'string' && v === v.trim() && !/[\t\n\r]/.test(v) && URL.canParse(v);
/** Whether optional field `key` of `o` is absent or passes `check`. */
const optional = (o: Record<string, unknown>, key: string, check: (v: unknown) => boolean): boolean => !(key in o) || check(o[key]);

/** Whether `v` is an array whose every item is an object with allowed keys only that passes `check`. */
function everyItem(v: unknown, fields: ReadonlySet<string>, check: (o: Record<string, unknown>) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!isObject(item) || allowedKeys(item, fields) < 0 || !check(item)) return false;
  return true;
}

const validSource = (s: Record<string, unknown>): boolean =>
  isId(s.id) && isText(s.publisher, MAX_LENGTH.publisher) && isText(s.title, MAX_LENGTH.sourceTitle) && isFullDate(s.published) && optional(s, 'url', (u) => u === null || isPlainUrl(u)) && optional(s, 'text', (t) => isText(t, Infinity));
const isLevel = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_ADMIN_LEVEL;
const isPcode = (v: unknown): boolean => typeof v === 'string' && PCODE.test(v);
const validPlace = (p: Record<string, unknown>): boolean =>
  isPlaceId(p.id) && isText(p.name, MAX_LENGTH.placeName) && optional(p, 'iso3', isAlpha3) && optional(p, 'level', isLevel) && optional(p, 'pcode', isPcode) && optional(p, 'parent', isPlaceId);
const validRelation = (r: Record<string, unknown>): boolean => isId(r.part) && isId(r.whole);
const validRate = (r: Record<string, unknown>): boolean =>
  isFullDate(r.date) && isAlpha3(r.base) && isAlpha3(r.quote) && isDecimal(r.rate) && isId(r.source) && optional(r, 'quote_text', (t) => isText(t, MAX_LENGTH.rateQuoteText));
const validFactor = (f: Record<string, unknown>): boolean =>
  isUnit(f.from) && isUnit(f.to) && isDecimal(f.value) && optional(f, 'place', isPlaceId) && isId(f.source) && optional(f, 'quote', (t) => isText(t, MAX_LENGTH.factorQuote));

/**
 * Whether the schema accepts `v` as a facts document (`figures: 'array'`, each figure checked
 * by isValidFigure) or as the header of the streamed form, which has no figures (`'absent'`).
 */
export function isValidEnvelope(v: unknown, figures: 'array' | 'absent'): boolean {
  if (!isObject(v) || allowedKeys(v, figures === 'array' ? DOCUMENT_FIELDS : ENVELOPE_FIELDS) < 0) return false;
  if (v.format !== FACTS_FORMAT) return false;
  const d = v.dataset;
  if (!isObject(d) || allowedKeys(d, DATASET_FIELDS) < 0) return false;
  if (!(isId(d.id) && isText(d.title, MAX_LENGTH.datasetTitle) && optional(d, 'description', (t) => typeof t === 'string' && t.length <= MAX_LENGTH.datasetDescription) && isFullDate(d.updated))) return false;
  if (!everyItem(v.sources, SOURCE_FIELDS, validSource) || (v.sources as unknown[]).length === 0) return false;
  if (!everyItem(v.places, PLACE_FIELDS, validPlace)) return false;
  if (figures === 'array' && !(Array.isArray(v.figures) && v.figures.every(isValidFigure))) return false;
  return (
    optional(v, 'relations', (r) => everyItem(r, RELATION_FIELDS, validRelation)) &&
    optional(v, 'rates', (r) => everyItem(r, RATE_FIELDS, validRate)) &&
    optional(v, 'factors', (f) => everyItem(f, FACTOR_FIELDS, validFactor))
  );
}
