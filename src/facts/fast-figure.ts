/**
 * A fast acceptance check for one figure of a large file: true only when the zod figure schema
 * would accept the value too. It never explains anything: a figure it refuses is handed to zod,
 * which says what is wrong. A test holds it to the schema on generated and mutated figures.
 * It exists because zod costs about 1.8 µs a figure, most of the time of a million-figure file.
 */
import { explainBadDate } from '../domain/dates.js';
import { QUALIFIERS } from '../domain/qualifier.js';
import type { Figure } from './schema.js';
import { KEBAB, MAX_LENGTH, PARTIAL_DATE, PLACE_ID, UNIT_CODE } from './rules.js';

/** The fields of a figure and of a stated equivalent, as in schema.ts (a test compares them). */
export const FIGURE_FIELDS = ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'place', 'asOf', 'source', 'quote', 'stated', 'notes'] as const;
export const STATED_FIELDS = ['value', 'unit', 'qualifier', 'quote'] as const;

const FIGURE_FIELD_SET: ReadonlySet<string> = new Set(FIGURE_FIELDS);
const STATED_FIELD_SET: ReadonlySet<string> = new Set(STATED_FIELDS);
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
  return keys;
}

/** Whether `v` is a figure the schema accepts. */
export function isValidFigure(v: unknown): v is Figure {
  return validFigureKeys(v) >= 0;
}

/**
 * The colons in the strings of a valid figure: only its free texts can hold one (ids, units,
 * places, dates and qualifiers are patterns without a colon, and so are the field names).
 */
export function figureTextColons(f: Figure): number {
  let n = colons(f.label) + colons(f.quote) + (f.notes === undefined ? 0 : colons(f.notes));
  if (f.stated) for (const st of f.stated) n += colons(st.quote);
  return n;
}

/** How many times `:` occurs in a string. */
export function colons(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) n++;
  return n;
}
