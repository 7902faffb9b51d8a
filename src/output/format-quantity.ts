/**
 * A figure's value as people read it: qualifier sign, grouped digits, unit, range.
 * "≈120,000 people (115,000–125,000)", "20,000,000 CHF", "≈3 decades (2.5–3.5)".
 */
import { lookupTable } from '../domain/lookup.js';
import { QUALIFIER_SIGN, type Qualifier } from '../domain/qualifier.js';
import { formatNumber } from './format-number.js';
import { humanNumber, humanSpan } from './human-number.js';

const PLURAL: Readonly<Record<string, [string, string]>> = lookupTable({
  person: ['person', 'people'],
  household: ['household', 'households'],
  family: ['family', 'families'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  decade: ['decade', 'decades'],
  percent: ['%', '%'],
});

// a counted thing's code is an English noun (hospital, health-facility): more than one takes its
// plural. Symbols (kg, km2, t), currency codes and these nouns without a plural stay as written.
const COUNTED_NOUN = /^[a-z]{3,}(-[a-z]+)*$/;
const NO_PLURAL: ReadonlySet<string> = new Set(['livestock', 'ratio']);

/** The regular English plural of a unit code's last word: hospitals, health-facilities, boxes. */
function pluralOf(code: string): string {
  if (/[^aeiou]y$/.test(code)) return `${code.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(code) ? `${code}es` : `${code}s`;
}

/** The unit's name for a value: 1 day, 3 decades, 120,000 people, 3 hospitals, 20,000,000 CHF. */
export function unitName(unit: string, value: number): string {
  const forms = PLURAL[unit];
  if (forms) return value === 1 ? forms[0] : forms[1];
  return value === 1 || !COUNTED_NOUN.test(unit) || NO_PLURAL.has(unit) ? unit : pluralOf(unit);
}

/** Value with sign and unit, without the range: "≈120,000 people" ("≈2.8 million people" when human). */
export function formatValue(q: { value: number; unit: string; qualifier: Qualifier }, human = false): string {
  const sign = QUALIFIER_SIGN[q.qualifier];
  const unit = unitName(q.unit, q.value);
  const sep = unit === '%' ? '' : ' ';
  return `${sign}${(human ? humanNumber : formatNumber)(q.value)}${sep}${unit}`;
}

/** The range part: "115,000–125,000", "≥ 35,000" for an open top; '' when low = high = value. */
export function formatRange(q: { value: number; low: number | null; high: number | null }, human = false): string {
  const n = human ? humanNumber : formatNumber;
  if (q.low === q.value && q.high === q.value) return '';
  if (q.high === null) return q.low === null ? 'unbounded' : `${n(q.low)} or more`;
  if (q.low === null) return `up to ${n(q.high)}`;
  return human ? humanSpan(q.low, q.high) : `${n(q.low)}–${n(q.high)}`;
}

/**
 * "≈120,000 people (115,000–125,000)"; with `human`, "≈2.8 million people (2.75–2.85 million)".
 * A `range` figure ("between 10,000 and 20,000") is its two ends, "10,000–20,000 people": its
 * value is only the low end, and shown alone it would read as the figure.
 */
export function formatQuantity(q: { value: number; unit: string; qualifier: Qualifier; low: number | null; high: number | null }, human = false): string {
  if (q.qualifier === 'range' && q.low !== null && q.high !== null) {
    const unit = unitName(q.unit, q.high);
    return `${formatRange({ value: Number.NaN, low: q.low, high: q.high }, human)}${unit === '%' ? '' : ' '}${unit}`;
  }
  const range = formatRange(q, human);
  return range ? `${formatValue(q, human)} (${range})` : formatValue(q, human);
}
