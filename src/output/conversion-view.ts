/**
 * How conversions look: one line for people that shows the working (which rate, of which day,
 * from whom, derived or not, how it was rounded), and JSON records for scripts in which the
 * rounded value is a number with exactly its digits and the unrounded result a decimal string.
 */
import type { MoneyConversion } from '../convert/convert-money.js';
import type { QuantityConversion } from '../convert/convert-units.js';
import { formatRate } from '../convert/decimal.js';
import type { RateSourceInfo } from '../convert/rate-table.js';
import type { Column } from './formats.js';
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

/** "21,913,331.26 USD  (ECB 2023-09-29, via EUR, 1 CHF = 1.0956666 USD; half-even to 2 decimals)". */
export function formatMoneyLine(c: MoneyConversion, table: RateSourceInfo | undefined): string {
  const r = c.rate;
  const parts: string[] = [];
  if (r.kind === 'identity') parts.push('same currency');
  else {
    parts.push(`${rateOrigin(c, table)} ${r.date}`);
    if (r.derived) parts.push('via EUR');
    if (r.ageDays > 0) parts.push(`${r.ageDays} day${r.ageDays === 1 ? '' : 's'} before ${r.requestedDate}`);
    parts.push(`1 ${c.from} = ${formatRate(r.value)} ${c.to}`);
  }
  return `${groupDigits(c.value)} ${c.to}  (${parts.join(', ')}; rounded half-even to ${c.rounding.decimals} decimal${c.rounding.decimals === 1 ? '' : 's'})`;
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
    },
  };
}

/** "777,777.7777777778 household  (3.6 persons per household, from --household-size)". */
export function formatQuantityLine(c: QuantityConversion): string {
  const f = c.factor;
  const group = c.from === 'person' ? c.to : c.to === 'person' ? c.from : undefined;
  const how = f.size !== undefined && group ? `${f.size} persons per ${group}` : `1 ${c.from} = ${formatRate(f.value, 12)} ${c.to}`;
  const origin = f.kind === 'user' ? ', from --household-size' : f.kind === 'facts' ? `, facts source ${f.source ?? '?'}` : '';
  return `${groupDigits(c.value)} ${unitName(c.to, Number(c.value))}  (${how}${origin})`;
}

/** The JSON record of a unit conversion (README "convert --json"). */
export function quantityRecord(amount: string, c: QuantityConversion): Record<string, unknown> {
  return { amount: jsonNumber(amount), from: c.from, to: c.to, value: jsonNumber(c.value), exact: c.exact, factor: c.factor };
}

/** CSV columns of a money conversion: one row, the working in flat fields. */
export const moneyCsvColumns: ReadonlyArray<Column<MoneyConversion>> = [
  { header: 'amount', value: (c) => c.amount },
  { header: 'from', value: (c) => c.from },
  { header: 'to', value: (c) => c.to },
  { header: 'value', value: (c) => c.value },
  { header: 'exact', value: (c) => c.exact },
  { header: 'rate', value: (c) => c.rate.value },
  { header: 'rate_date', value: (c) => c.rate.date },
  { header: 'requested_date', value: (c) => c.rate.requestedDate },
  { header: 'age_days', value: (c) => c.rate.ageDays },
  { header: 'source', value: (c) => c.rate.source },
  { header: 'kind', value: (c) => c.rate.kind },
  { header: 'derived', value: (c) => String(c.rate.derived) },
];

/** CSV columns of a unit conversion. */
export const quantityCsvColumns: ReadonlyArray<Column<{ amount: string; conversion: QuantityConversion }>> = [
  { header: 'amount', value: (r) => r.amount },
  { header: 'from', value: (r) => r.conversion.from },
  { header: 'to', value: (r) => r.conversion.to },
  { header: 'value', value: (r) => r.conversion.value },
  { header: 'exact', value: (r) => r.conversion.exact },
  { header: 'factor', value: (r) => r.conversion.factor.value },
  { header: 'factor_kind', value: (r) => r.conversion.factor.kind },
];
