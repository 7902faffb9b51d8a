/**
 * The value rules of the facts format that do not need zod: patterns and lengths shared by the
 * zod schema (schema.ts, the source of truth and the explanation of every problem) and by the
 * fast acceptance check of large files (fast-figure.ts), so that the two cannot drift apart.
 */

/** A kebab-case identifier: what users type on the command line. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A place id: kebab-case, or an ISO 3166-1 alpha-3 code such as ARM. */
export const PLACE_ID = /^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
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
} as const;
