/**
 * Flags and value parsers that several commands declare: the shared output flags, the flags of
 * a conversion, and the checks of dates, days and file names. Light on purpose: the table of
 * commands imports it on every start.
 */
import { explainBadDate, isIsoDate, isPartialDate } from '../domain/dates.js';
import { COLOR_MODES } from '../output/color.js';
import { FORMATS } from '../output/formats.js';
import type { FlagSpec } from './command-spec.js';

/** `--max-age`: how many days old a rate may be before humfig warns (or fails with --strict). */
export const DEFAULT_MAX_AGE_DAYS = 7;

/** A real YYYY-MM-DD date. */
export function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new Error(explainBadDate(value, false) ?? 'write YYYY-MM-DD');
  return value;
}

/** A date that may be partial: YYYY, YYYY-MM or YYYY-MM-DD. */
export function parseDay(value: string): string {
  if (!isPartialDate(value)) throw new Error(explainBadDate(value, true) ?? 'write YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** A file name given to a flag: not empty. */
export function parsePath(value: string): string {
  if (value.trim() === '') throw new Error('give a file name');
  return value;
}

/** A whole number of days. */
export function parseDays(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new Error('give a whole number of days, such as 7');
  return Number(value);
}

/** A comma-separated list given to a flag: at least one item. */
export function parseNonEmptyList(value: string): string {
  if (splitList(value).length === 0) throw new Error('give one or more, comma-separated (e.g. USD,EUR)');
  return value;
}

/** A comma-separated list: its non-empty items, trimmed. */
export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').map((t) => t.trim()).filter(Boolean) : [];
}

/** The output flags every command has (unless it says `common: false`), and the program too. */
export const COMMON_FLAGS: readonly FlagSpec[] = [
  { flags: '--facts <file>', description: 'facts file to read (default: $HUMFIG_FACTS, else the bundled dataset)', parse: parsePath, value: 'file' },
  { flags: '--format <format>', description: 'output format', choices: FORMATS },
  { flags: '--json [fields]', description: 'JSON output (shorthand for --format json); with a list, only those fields: --json id,value,unit' },
  { flags: '--fields <fields>', description: 'only these fields or columns, comma-separated (all formats)' },
  { flags: '--human', description: 'numbers in tables and plain text as people say them: 2.8 million (JSON, CSV, TSV, HXL keep exact values)' },
  { flags: '--color <when>', description: 'colour in tables', choices: COLOR_MODES },
  { flags: '--no-color', description: 'no colour (also: NO_COLOR=1)' },
  { flags: '--no-pager', description: 'never page long output on a terminal (also: HUMFIG_PAGER=cat)' },
];

/** `--place`: wherever it exists, an id, ISO3 code, p-code or name (without regard to case). */
export const PLACE_FLAG: FlagSpec = { flags: '--place <place>', description: 'only this place: an id, ISO3 code, p-code or name (e.g. ARM, AF01, Armenia)', value: 'place' };

/** The flags that name a breakdown: `list`, `get`, `history` and `compare` declare these same objects. */
export const BREAKDOWN_FLAGS: readonly FlagSpec[] = [
  { flags: '--sex <sex>', description: 'only figures broken down to this sex', choices: ['f', 'm', 'other'] },
  { flags: '--age <group>', description: 'only figures of this age group (e.g. 0-4, 60+)' },
  { flags: '--sector <sector>', description: 'only figures of this sector or cluster (e.g. FSC, Health)' },
  { flags: '--population-group <group>', description: 'only figures of this population group (e.g. idp, refugees)' },
  { flags: '--where <key=value...>', description: 'only figures whose breakdown has this value for this dimension; repeatable (e.g. --where event-type=battles)' },
];

/**
 * The flags that pick figures by what they are about: indicator, place, unit, source and
 * breakdown. `list` and `get` declare these same objects, so the two filter alike.
 */
export const FIGURE_FILTER_FLAGS: readonly FlagSpec[] = [
  { flags: '--indicator <indicator>', description: 'only this indicator (e.g. displaced, population)', value: 'indicator' },
  PLACE_FLAG,
  { flags: '--within <place>', description: 'this place and every admin area under it (e.g. AFG)', value: 'place' },
  ...BREAKDOWN_FLAGS,
  { flags: '--unit <unit>', description: 'only this unit (e.g. person, CHF)' },
  { flags: '--source <source>', description: 'only figures from this source id', value: 'source' },
];

/** The filter flags as commander parsed them: places still to be resolved against the facts file. */
export interface FigureFilterFlags {
  indicator?: string;
  place?: string;
  within?: string;
  unit?: string;
  source?: string;
  sex?: string;
  age?: string;
  sector?: string;
  populationGroup?: string;
  where?: string[];
}

export const RATES_FLAG: FlagSpec = {
  flags: '--rates <file>',
  description: 'rate table to use (default: $HUMFIG_RATES, else the bundled ECB history)',
  parse: parsePath,
  value: 'file',
};

/** The flags of every command that converts: the rate date, rate sources and staleness. */
export const CONVERSION_FLAGS: readonly FlagSpec[] = [
  { flags: '--date <YYYY-MM-DD>', description: 'the rate date: the latest rate on or before it is used', parse: parseDate, value: 'date' },
  { flags: '--rate <decimal>', description: 'your own rate (units of the target per 1 of the source); beats every other rate' },
  RATES_FLAG,
  { flags: '--max-age <days>', description: 'warn when the rate is older than this many days before the date', parse: parseDays, default: DEFAULT_MAX_AGE_DAYS },
  { flags: '--strict', description: 'a rate older than --max-age is an error (exit 69), not a warning' },
  { flags: '--household-size <persons>', description: 'persons per household (or family), for person <-> household' },
];

/** The conversion flags as commander parsed them. */
export interface ConversionFlags {
  date?: string;
  rate?: string;
  rates?: string;
  maxAge: number;
  strict?: boolean;
  householdSize?: string;
}
