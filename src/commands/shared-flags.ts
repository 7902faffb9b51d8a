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
  { flags: '--color <when>', description: 'colour in tables', choices: COLOR_MODES },
  { flags: '--no-color', description: 'no colour (also: NO_COLOR=1)' },
  { flags: '--no-pager', description: 'never page long output on a terminal (also: HUMFIG_PAGER=cat)' },
];

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
