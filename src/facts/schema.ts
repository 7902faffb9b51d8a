/**
 * The facts file format `humfig-facts/1`: the single source of truth for validation, for the
 * TypeScript types of the whole program, and for `humfig schema` (JSON Schema). Checks that
 * need the whole document (ids unique, references resolve, quotes occur in the source text)
 * live in check-facts.ts; this file checks each value on its own.
 */
import * as z from './zod.js';
import { explainBadDate } from '../domain/dates.js';
import { QUALIFIERS } from '../domain/qualifier.js';
import {
  AGE_BOUND, AGE_GROUP, DECIMAL, FACTS_FORMAT, FULL_DATE, ISO_ALPHA3, KEBAB, MAX_ADMIN_LEVEL, MAX_BREAKDOWN_KEYS, MAX_LENGTH, ONE_LINE, PARTIAL_DATE, PCODE, PLACE_ID,
  SEX_VALUES, UNIT_CODE, ZERO_DECIMAL, type FieldKind, type Fields,
} from './rules.js';

export { FACTS_FORMAT };

/** The shape of a strict object: exactly the fields rules.ts lists for it (checked when this compiles). */
type Shape<K extends FieldKind> = Record<Fields<K>, z.ZodType>;

/** A kebab-case identifier: what users type on the command line. */
const id = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(MAX_LENGTH.id, `${what} is at most ${MAX_LENGTH.id} characters`)
    .regex(KEBAB, `${what} must be kebab-case: lower-case letters a-z, digits and single hyphens`);

/** A place id: kebab-case, an ISO 3166-1 alpha-3 code such as ARM, or a p-code such as AF01. */
const placeId = z
  .string()
  .regex(PLACE_ID, 'a place id is kebab-case, an ISO 3166 alpha-3 code such as ARM or a p-code such as AF01');

/** Non-empty text of at most `max` characters. */
const text = (what: string, max: number) => z.string().min(1, `${what} must not be empty`).max(max, `${what} is at most ${max} characters`);

const dateOnly = z
  .string()
  .regex(FULL_DATE, 'write the date as YYYY-MM-DD')
  .refine((s) => !FULL_DATE.test(s) || explainBadDate(s, false) === undefined, {
    message: 'is not a real calendar date',
  });

const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => !PARTIAL_DATE.test(s) || explainBadDate(s, true) === undefined, {
    message: 'is not a real calendar date',
  });

/** A count or amount: finite, not negative, and exact if it is a whole number. */
const amount = z
  .number()
  .refine((n) => Number.isFinite(n), { message: 'must be a finite number' })
  .refine((n) => n >= 0, { message: 'must not be negative' })
  .refine((n) => !Number.isInteger(n) || Number.isSafeInteger(n), {
    message: 'is a whole number too large to be held exactly (above 9007199254740991)',
  });

/** A decimal written as a string, so that no float touches a rate. */
const decimalString = z
  .string()
  .regex(DECIMAL, 'write the rate as a decimal string such as "1.0594"')
  .refine((s) => !ZERO_DECIMAL.test(s), { message: 'must be greater than zero' });

const unit = z
  .string()
  .min(1, 'unit must not be empty')
  .regex(UNIT_CODE, 'a unit is an ISO 4217 code such as USD, or a lower-case unit such as person');

const qualifier = z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join(', ')}` });

export const sourceSchema = z.strictObject({
  id: id('source id'),
  publisher: text('publisher', MAX_LENGTH.publisher),
  title: text('title', MAX_LENGTH.sourceTitle),
  published: dateOnly,
  url: z.string().url('must be an absolute URL').nullable().optional(),
  text: z.string().min(1).optional().describe('local copy of the source text, relative to the facts file'),
} satisfies Shape<'source'>);

export const placeSchema = z.strictObject({
  id: placeId,
  name: text('name', MAX_LENGTH.placeName),
  iso3: z.string().regex(ISO_ALPHA3, 'iso3 is three upper-case letters (ISO 3166-1 alpha-3)').optional(),
  level: z
    .number()
    .int('level is a whole number')
    .min(0, 'level is 0 (country) to 3')
    .max(MAX_ADMIN_LEVEL, `level is 0 (country) to ${MAX_ADMIN_LEVEL}`)
    .optional()
    .describe('0 for a country, 1 to 3 for admin areas'),
  pcode: z.string().regex(PCODE, 'a p-code is an ISO2 or ISO3 country code followed by digits, such as AF01 or MLI0101').optional(),
  parent: placeId.optional().describe('the id of the place this one lies in'),
} satisfies Shape<'place'>);

/**
 * A figure's breakdown: dimension -> value. A figure without one is a total. Documented
 * dimensions: sex (f, m, other), age ("0-4", "60+") or age-min / age-max (whole years), sector,
 * population-group, population-status, disability, event-type, appeal; a file may name others.
 */
const breakdownValue = z
  .string()
  .min(1, 'a breakdown value must not be empty')
  .max(MAX_LENGTH.breakdownValue, `a breakdown value is at most ${MAX_LENGTH.breakdownValue} characters`)
  .regex(ONE_LINE, 'a breakdown value is one line of text without control characters');
export const breakdownSchema = z
  .record(z.string().regex(KEBAB, 'a breakdown dimension is kebab-case, such as population-group'), breakdownValue)
  .refine((b) => Object.keys(b).length >= 1 && Object.keys(b).length <= MAX_BREAKDOWN_KEYS, {
    message: `a breakdown has 1 to ${MAX_BREAKDOWN_KEYS} dimensions (leave it out for a total)`,
  })
  .refine((b) => b.sex === undefined || (SEX_VALUES as readonly string[]).includes(b.sex), { message: `sex is one of ${SEX_VALUES.join(', ')}` })
  .refine((b) => b.age === undefined || AGE_GROUP.test(b.age), { message: 'age is a group such as "0-4", "60+" or "5"' })
  .refine((b) => (b['age-min'] === undefined || AGE_BOUND.test(b['age-min'])) && (b['age-max'] === undefined || AGE_BOUND.test(b['age-max'])), {
    message: 'age-min and age-max are whole years such as "18"',
  });

/** The period a figure covers, where its source gives one (asOf stays its reference date). */
export const periodSchema = z
  .strictObject({ start: dateOnly, end: dateOnly } satisfies Shape<'period'>)
  .refine((p) => p.start <= p.end, { message: 'a period starts on or before its end' });

export const statedSchema = z.strictObject({
  value: amount,
  unit,
  qualifier: qualifier.optional(),
  quote: text('quote', MAX_LENGTH.statedQuote),
} satisfies Shape<'stated'>);

export const figureSchema = z.strictObject({
  id: id('figure id'),
  label: text('label', MAX_LENGTH.label),
  indicator: id('indicator'),
  value: amount,
  unit,
  qualifier,
  low: amount.optional(),
  high: amount.optional(),
  place: placeId,
  asOf: partialDate,
  source: id('source id'),
  quote: text('quote', MAX_LENGTH.figureQuote),
  stated: z.array(statedSchema).optional(),
  notes: z.string().max(MAX_LENGTH.notes).optional(),
  breakdown: breakdownSchema.optional(),
  period: periodSchema.optional(),
} satisfies Shape<'figure'>);

export const relationSchema = z.strictObject({
  part: id('figure id'),
  whole: id('figure id'),
} satisfies Shape<'relation'>);

export const rateSchema = z.strictObject({
  date: dateOnly,
  base: z.string().regex(ISO_ALPHA3, 'base is an ISO 4217 currency code'),
  quote: z.string().regex(ISO_ALPHA3, 'quote is an ISO 4217 currency code'),
  rate: decimalString.describe('units of quote per 1 base'),
  source: id('source id'),
  quote_text: text('quote_text', MAX_LENGTH.rateQuoteText).optional(),
} satisfies Shape<'rate'>);

export const factorSchema = z.strictObject({
  from: unit,
  to: unit,
  value: decimalString.describe('how many `from` make one `to`, e.g. 3.6 person per household'),
  place: placeId.optional(),
  source: id('source id'),
  quote: text('quote', MAX_LENGTH.factorQuote).optional(),
} satisfies Shape<'factor'>);

export const factsFileSchema = z.strictObject({
  format: z.literal(FACTS_FORMAT, { error: `format must be "${FACTS_FORMAT}"` }),
  dataset: z.strictObject({
    id: id('dataset id'),
    title: text('title', MAX_LENGTH.datasetTitle),
    description: z.string().max(MAX_LENGTH.datasetDescription).optional(),
    updated: dateOnly,
  } satisfies Shape<'dataset'>),
  sources: z.array(sourceSchema).min(1, 'a facts file needs at least one source'),
  places: z.array(placeSchema),
  figures: z.array(figureSchema),
  relations: z.array(relationSchema).optional(),
  rates: z.array(rateSchema).optional(),
  factors: z.array(factorSchema).optional(),
} satisfies Shape<'document'>);

export type FactsFile = z.infer<typeof factsFileSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Breakdown = z.infer<typeof breakdownSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Stated = z.infer<typeof statedSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type FactsRateEntry = z.infer<typeof rateSchema>;
export type Factor = z.infer<typeof factorSchema>;
