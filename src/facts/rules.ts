/**
 * Every limit, pattern, closed list and field list of the facts format, written once. The zod
 * schema (schema.ts: the source of truth for what a value must be, and the explanation of every
 * problem) builds its checks from these, and so does the zod-free fast acceptance of large files
 * (fast-figure.ts), so that the two cannot drift apart; test/unit/facts/rules-parity.test.ts
 * holds them to the same verdict just inside and just outside each limit.
 */

/** The `format` of every facts file this program reads. */
export const FACTS_FORMAT = 'humfig-facts/1';

/** A kebab-case identifier: what users type on the command line. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * An OCHA p-code: the country's ISO2 or ISO3 code, then digits (and letters or digits): AF0101, MLI01;
 * Haiti's sections communales add a dash and their own number to their commune's code (HT0111-01).
 */
export const PCODE = /^[A-Z]{2,3}\d[A-Z0-9]*(?:-\d{1,3})?$/;
/** A place id: kebab-case, an ISO 3166-1 alpha-3 code such as ARM, or a p-code such as AF01. */
export const PLACE_ID = /^(?:[A-Z]{3}|[A-Z]{2,3}\d[A-Z0-9]*(?:-\d{1,3})?|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** Three upper-case letters: an ISO 3166-1 alpha-3 country code, or an ISO 4217 currency code. */
export const ISO_ALPHA3 = /^[A-Z]{3}$/;
/** The dimensions of a figure's breakdown whose values are a closed list. */
export const SEX_VALUES = ['f', 'm', 'other'] as const;
/** An age group: "0-4", "60+", "5". */
export const AGE_GROUP = /^\d{1,3}(?:-\d{1,3}|\+)?$/;
/** An age bound (age-min, age-max): whole years. */
export const AGE_BOUND = /^\d{1,3}$/;
/** A breakdown value: one line of text, without control characters. */
export const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
/** At most this many dimensions in one breakdown. */
export const MAX_BREAKDOWN_KEYS = 16;
/** The deepest admin level humfig models (0 is the country). */
export const MAX_ADMIN_LEVEL = 3;
/** An ISO 4217 code such as USD, or a lower-case unit such as person. */
export const UNIT_CODE = /^(?:[A-Z]{3}|[a-z][a-z0-9-]*)$/;
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** A rate or a conversion factor, written as a decimal string so that no float touches it. */
export const DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** A decimal string that is zero: a rate or factor must be greater. */
export const ZERO_DECIMAL = /^0(?:\.0+)?$/;

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
  datasetTitle: 300,
  datasetDescription: 4000,
  publisher: 200,
  sourceTitle: 500,
  placeName: 200,
  rateQuoteText: 1000,
  factorQuote: 1000,
} as const;

/**
 * The fields of each object of a facts file. The schema's objects are strict and declare
 * exactly these (schema.ts checks it when it compiles); the fast checks refuse any other key.
 */
export const FIELDS = {
  document: ['format', 'dataset', 'sources', 'places', 'figures', 'relations', 'rates', 'factors'],
  dataset: ['id', 'title', 'description', 'updated'],
  source: ['id', 'publisher', 'title', 'published', 'url', 'text'],
  place: ['id', 'name', 'iso3', 'level', 'pcode', 'parent'],
  figure: ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'place', 'asOf', 'source', 'quote', 'stated', 'notes', 'breakdown', 'period'],
  stated: ['value', 'unit', 'qualifier', 'quote'],
  period: ['start', 'end'],
  relation: ['part', 'whole'],
  rate: ['date', 'base', 'quote', 'rate', 'source', 'quote_text'],
  factor: ['from', 'to', 'value', 'place', 'source', 'quote'],
} as const;

/** The kinds of object of a facts file: 'document', 'dataset', 'figure', ... */
export type FieldKind = keyof typeof FIELDS;
/** The field names of one kind of object (`Fields<'figure'>`: 'id' | 'label' | ...). */
export type Fields<K extends FieldKind> = (typeof FIELDS)[K][number];
