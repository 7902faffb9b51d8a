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

/** Dates already found real: a large file repeats a few thousand of them (bounded cache). */
const realDates = new Set<string>();
function isRealPartialDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (realDates.has(v)) return true;
  if (!(PARTIAL_DATE.test(v) && explainBadDate(v, true) === undefined)) return false;
  if (realDates.size < 10_000) realDates.add(v);
  return true;
}

/** Only allowed keys (for..in: no array made; a parsed object inherits no enumerable key). */
function hasOnlyFields(o: object, allowed: ReadonlySet<string>): boolean {
  for (const key of Object.keys(o)) if (!allowed.has(key)) return false;
  return true;
}

function isStated(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return (
    hasOnlyFields(s, STATED_FIELD_SET) &&
    isAmount(s.value) &&
    isUnit(s.unit) &&
    (!('qualifier' in s) || isQualifier(s.qualifier)) &&
    isText(s.quote, MAX_LENGTH.statedQuote)
  );
}

/** Whether `v` is a figure the schema accepts. */
export function isValidFigure(v: unknown): v is Figure {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const f = v as Record<string, unknown>;
  if (!hasOnlyFields(f, FIGURE_FIELD_SET)) return false;
  if (!(isId(f.id) && isText(f.label, MAX_LENGTH.label) && isId(f.indicator) && isAmount(f.value) && isUnit(f.unit) && isQualifier(f.qualifier))) return false;
  if ('low' in f && !isAmount(f.low)) return false;
  if ('high' in f && !isAmount(f.high)) return false;
  if (!(typeof f.place === 'string' && PLACE_ID.test(f.place))) return false;
  if (!isRealPartialDate(f.asOf)) return false;
  if (!(isId(f.source) && isText(f.quote, MAX_LENGTH.figureQuote))) return false;
  if ('stated' in f && !(Array.isArray(f.stated) && f.stated.every(isStated))) return false;
  if ('notes' in f && !(typeof f.notes === 'string' && f.notes.length <= MAX_LENGTH.notes)) return false;
  return true;
}
