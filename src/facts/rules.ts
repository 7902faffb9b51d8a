/**
 * The value rules of the facts format that do not need zod: patterns and lengths shared by the
 * zod schema (schema.ts, the source of truth and the explanation of every problem) and by the
 * fast acceptance check of large files (fast-figure.ts), so that the two cannot drift apart.
 */

/** A kebab-case identifier: what users type on the command line. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An OCHA p-code: the country's ISO2 or ISO3 code, then digits (and letters or digits): AF0101, MLI01. */
export const PCODE = /^[A-Z]{2,3}\d[A-Z0-9]*$/;
/** A place id: kebab-case, an ISO 3166-1 alpha-3 code such as ARM, or a p-code such as AF01. */
export const PLACE_ID = /^(?:[A-Z]{3}|[A-Z]{2,3}\d[A-Z0-9]*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** The dimensions of a figure's breakdown whose values are a closed list. */
export const SEX_VALUES = ['f', 'm', 'other'] as const;
/** An age group: "0-4", "60+", "5". */
export const AGE_GROUP = /^\d{1,3}(?:-\d{1,3}|\+)?$/;
/** An age bound (age-min, age-max): whole years. */
export const AGE_BOUND = /^\d{1,3}$/;
/** At most this many dimensions in one breakdown. */
export const MAX_BREAKDOWN_KEYS = 16;
/** The deepest admin level humfig models (0 is the country). */
export const MAX_ADMIN_LEVEL = 3;
/** An ISO 4217 code such as USD, or a lower-case unit such as person. */
export const UNIT_CODE = /^(?:[A-Z]{3}|[a-z][a-z0-9-]*)$/;
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Longest allowed text of each field. zod 4 counts UTF-16 code units, and code points when a
 * text is longer in units; the fast checks (fast-figure.ts) count units only, so that they are
 * stricter: a text of astral characters near a limit goes to zod, which decides.
 */
export const MAX_LENGTH = {
  id: 80,
  label: 300,
  figureQuote: 1000,
  statedQuote: 500,
  notes: 4000,
  breakdownValue: 200,
} as const;
