/**
 * How conversions look: one line for people that shows the working (which rate, of which day,
 * from whom, derived or not, how it was rounded), and JSON records for scripts in which the
 * rounded value is a number with exactly its digits and the unrounded result a decimal string.
 */
import type { MoneyConversion } from '../convert/convert-money.js';
import type { QuantityConversion } from '../convert/convert-units.js';
import { formatRate } from '../convert/decimal.js';
import type { RateSourceInfo } from '../convert/rate-table.js';
import { QUALIFIER_SIGN, type Qualifier } from '../domain/qualifier.js';
import type { Column, RecordView } from './formats.js';
import { groupDigits } from './format-number.js';
import { unitName } from './format-quantity.js';
import { jsonNumber } from './render-json.js';

/** A short name for a rate table's source: "ECB" for the ECB, else its publisher or name. */
export function shortSourceName(source: RateSourceInfo): string {
  if (source.publisher === 'European Central Bank') return 'ECB';
  return source.publisher ?? source.name;
}

/** Where a conversion's rate came from, in a few words. */
function rateOrigin(c: MoneyConversion, table: RateSourceInfo | undefined): string {
  if (c.rate.kind === 'user') return 'your --rate';
  if (c.rate.kind === 'facts') return `facts source ${c.rate.source}`;
  return table ? shortSourceName(table) : c.rate.source;
}

/** True when a conversion's rates come from more than one table: then each leg is shown. */
function crossesTables(c: MoneyConversion): boolean {
  return c.rate.kind === 'table' && new Set(c.rate.legs.map((l) => l.source)).size > 1;
}

type Leg = MoneyConversion['rate']['legs'][number];

/**
 * A route across tables as legs, one per run of rates from the same table, each with where it
 * goes, who published it, its date and its rates as published: "AMD to USD, Central Bank of
 * Armenia 2023-09-29: 1 USD = 387.2 AMD".
 */
function formatLegs(c: MoneyConversion, sources: readonly RateSourceInfo[]): string[] {
  const path = [c.from, ...c.rate.via, c.to];
  const groups: Array<{ start: number; legs: Leg[] }> = [];
  c.rate.legs.forEach((leg, k) => {
    const last = groups.at(-1);
    if (last && last.legs[0]!.source === leg.source) last.legs.push(leg);
    else groups.push({ start: k, legs: [leg] });
  });
  return groups.map(({ start, legs }) => {
    const info = sources.find((s) => s.id === legs[0]!.source);
    const date = legs.map((l) => l.date).sort()[0]!;
    const rates = legs.map((l) => `1 ${l.base} = ${formatRate(l.rate)} ${l.quote}${l.date === date ? '' : ` (${l.date})`}`).join(', ');
    return `${path[start]} to ${path[start + legs.length]}, ${info ? shortSourceName(info) : legs[0]!.source} ${date}: ${rates}`;
  });
}

/**
 * "21,913,331.26 USD  (ECB 2023-09-29, via EUR, 1 CHF = 1.0956666 USD; half-even to 2 decimals)".
 * A route across several tables lists every leg instead of one source: `sources` names them.
 */
export function formatMoneyLine(
  c: MoneyConversion,
  table: RateSourceInfo | undefined,
  sources: readonly RateSourceInfo[] = table ? [table] : [],
  qualified?: ConvertedBounds,
): string {
  const r = c.rate;
  const parts: string[] = [];
  const head = convertedHead(c.value, c.to, qualified);
  if (r.kind === 'identity') parts.push('same currency');
  else if (crossesTables(c)) {
    // legs hold commas of their own: here the parts are set apart with semicolons
    const legs = formatLegs(c, sources);
    const age = r.ageDays > 0 ? `, the oldest rate ${r.ageDays} day${r.ageDays === 1 ? '' : 's'} before ${r.requestedDate}` : '';
    return `${head}  (${legs.length} legs: ${legs.join('; ')}; 1 ${c.from} = ${formatRate(r.value)} ${c.to}${age}; rounded half-even to ${c.rounding.decimals} decimal${c.rounding.decimals === 1 ? '' : 's'})`;
  } else {
    // legs of one table but of different days (a currency not quoted on the later one): each leg's day
    // ("ECB 2022-03-01 for RUB and 2022-03-04 for USD, via EUR")
    const days = new Set(r.legs.map((l) => l.date));
    const when = days.size > 1 ? r.legs.map((l) => `${l.date} for ${r.via.includes(l.quote) ? l.base : l.quote}`).join(' and ') : r.date;
    parts.push(`${rateOrigin(c, table)} ${when}`);
    if (r.derived) parts.push(`via ${r.via.join(' and ')}`);
    if (r.ageDays > 0) parts.push(`${days.size > 1 ? 'the older ' : ''}${r.ageDays} day${r.ageDays === 1 ? '' : 's'} before ${r.requestedDate}`);
    parts.push(`1 ${c.from} = ${formatRate(r.value)} ${c.to}`);
  }
  return `${head}  (${parts.join(', ')}; rounded half-even to ${c.rounding.decimals} decimal${c.rounding.decimals === 1 ? '' : 's'})`;
}

/** A converted figure's qualifier and its converted bounds (decimal text; null for an open end). */
export interface ConvertedBounds {
  qualifier: Qualifier;
  low: string | null;
  high: string | null;
}

/**
 * The converted amount as the figure's value reads: its qualifier's sign and its converted range
 * ("≈20,766,471.59 EUR (20,294,506.32–21,238,436.86)", ">4,719,652.63 EUR (4,719,652.63 or more)",
 * a range "9,438.11–18,876.21 EUR"), so that a hedged or ranged figure never reads as exact once
 * converted. Without bounds, the amount alone.
 */
function convertedHead(value: string, unit: string, q: ConvertedBounds | undefined): string {
  const plain = `${groupDigits(value)} ${unit}`;
  if (q === undefined) return plain;
  if (q.qualifier === 'range' && q.low !== null && q.high !== null) return `${groupDigits(q.low)}–${groupDigits(q.high)} ${unit}`;
  const signed = `${QUALIFIER_SIGN[q.qualifier]}${plain}`;
  if ((q.low === null || q.low === value) && (q.high === null ? q.low === null : q.high === value)) return signed;
  if (q.high === null) return q.low === null ? signed : `${signed} (${groupDigits(q.low)} or more)`;
  if (q.low === null) return `${signed} (up to ${groupDigits(q.high)})`;
  return `${signed} (${groupDigits(q.low)}–${groupDigits(q.high)})`;
}

/** The JSON record of a money conversion (README "convert --json"). */
export function moneyRecord(c: MoneyConversion): Record<string, unknown> {
  return {
    amount: jsonNumber(c.amount),
    from: c.from,
    to: c.to,
    value: jsonNumber(c.value),
    exact: c.exact,
    rounding: c.rounding,
    rate: {
      value: c.rate.value,
      date: c.rate.date,
      requestedDate: c.rate.requestedDate,
      ageDays: c.rate.ageDays,
      source: c.rate.source,
      kind: c.rate.kind,
      derived: c.rate.derived,
      legs: c.rate.legs,
      via: c.rate.via,
    },
  };
}

/** "777,777.7777777778 household  (3.6 persons per household, from --household-size)". */
export function formatQuantityLine(c: QuantityConversion, qualified?: ConvertedBounds): string {
  const f = c.factor;
  const group = c.from === 'person' ? c.to : c.to === 'person' ? c.from : undefined;
  const how = f.size !== undefined && group ? `${f.size} persons per ${group}` : `1 ${c.from} = ${formatRate(f.value, 12)} ${c.to}`;
  const origin = f.kind === 'user' ? ', from --household-size' : f.kind === 'facts' ? `, facts source ${f.source ?? '?'}` : '';
  return `${convertedHead(c.value, unitName(c.to, Number(c.value)), qualified)}  (${how}${origin})`;
}

/** The JSON record of a unit conversion (README "convert --json"). */
export function quantityRecord(amount: string, c: QuantityConversion): Record<string, unknown> {
  return { amount: jsonNumber(amount), from: c.from, to: c.to, value: jsonNumber(c.value), exact: c.exact, factor: c.factor };
}

/** A conversion of either kind, as `convert` returns it. */
export type ConversionResult =
  | { kind: 'money'; conversion: MoneyConversion }
  | { kind: 'quantity'; amount: string; conversion: QuantityConversion };

/** Every field a conversion's JSON object may have (money: rounding, rate; units: factor). */
export const CONVERSION_FIELDS = ['amount', 'from', 'to', 'value', 'exact', 'rounding', 'rate', 'factor'] as const;

/** The JSON object of a conversion (README "convert --json"). */
export function conversionRecord(r: ConversionResult): Record<string, unknown> {
  return r.kind === 'money' ? moneyRecord(r.conversion) : quantityRecord(r.amount, r.conversion);
}

/** Flat columns of a conversion of either kind; the rate or factor and where it came from. */
const conversionColumns: ReadonlyArray<Column<ConversionResult>> = [
  { header: 'amount', hxl: '#value+amount+num', value: (r) => (r.kind === 'money' ? r.conversion.amount : r.amount) },
  { header: 'from', hxl: '#currency+from', value: (r) => r.conversion.from },
  { header: 'to', hxl: '#currency+to', value: (r) => r.conversion.to },
  { header: 'value', hxl: '#value+converted+num', value: (r) => r.conversion.value },
  { header: 'exact', hxl: '#value+converted+exact', value: (r) => r.conversion.exact },
  { header: 'rate', hxl: '#value+rate', value: (r) => (r.kind === 'money' ? r.conversion.rate.value : r.conversion.factor.value) },
  { header: 'rate_date', hxl: '#date+rate', value: (r) => (r.kind === 'money' ? r.conversion.rate.date : null) },
  { header: 'requested_date', hxl: '#date+requested', value: (r) => (r.kind === 'money' ? r.conversion.rate.requestedDate : null) },
  { header: 'age_days', hxl: '#meta+age+num', value: (r) => (r.kind === 'money' ? r.conversion.rate.ageDays : null) },
  { header: 'source', hxl: '#meta+source', value: (r) => (r.kind === 'money' ? r.conversion.rate.source : (r.conversion.factor.source ?? null)) },
  { header: 'kind', hxl: '#meta+kind', value: (r) => (r.kind === 'money' ? r.conversion.rate.kind : r.conversion.factor.kind) },
  { header: 'derived', hxl: '#meta+derived', value: (r) => (r.kind === 'money' ? String(r.conversion.rate.derived) : null) },
];

/**
 * Conversions in every format; `table()` names the rate table in use, for the one-line form, and
 * `sources()` every table's source, to name each leg of a route across tables.
 */
export function conversionView(table: () => RateSourceInfo | undefined, sources?: () => readonly RateSourceInfo[]): RecordView<ConversionResult> {
  return {
    json: conversionRecord,
    fields: CONVERSION_FIELDS,
    line: (r) => (r.kind === 'money' ? formatMoneyLine(r.conversion, table(), sources?.()) : formatQuantityLine(r.conversion)),
    table: [],
    csv: conversionColumns,
  };
}
