/**
 * A figure in another currency or unit: its value and both bounds converted with the same
 * rate or factor, on the figure's own date unless another is given. Bounds round outward (low
 * down, high up) so the converted range still contains every value the original allowed.
 */
import { convertMoney, type FactsRate, type MoneyConversion } from '../convert/convert-money.js';
import { convertQuantity, type Factor, type QuantityConversion } from '../convert/convert-units.js';
import { Dec } from '../convert/decimal.js';
import type { RateBook, RateTable } from '../convert/rate-table.js';
import { lastDayOf } from '../domain/dates.js';
import { describeUnit } from '../domain/unit.js';
import { plainNumber } from '../domain/number-text.js';
import type { FigureRecord } from './figure-record.js';

export type FigureConversion =
  | { kind: 'money'; conversion: MoneyConversion; low: string | null; high: string | null }
  | { kind: 'quantity'; conversion: QuantityConversion; low: string | null; high: string | null };

export interface ConvertFigureContext {
  /** the rate date; default: the last day of the figure's asOf */
  date?: string | undefined;
  userRate?: string | undefined;
  householdSize?: string | undefined;
  factsRates: FactsRate[];
  factors: Factor[];
  /** opened only when a money conversion needs it */
  table: () => Promise<RateTable | RateBook>;
}

/** Whether a unit is a currency. */
export function isMoneyUnit(unit: string): boolean {
  return describeUnit(unit)?.dimension === 'money';
}

function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

function roundBound(exact: string, decimals: number, direction: 'down' | 'up'): string {
  return new Dec(exact).toDecimalPlaces(decimals, direction === 'down' ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL).toFixed(decimals);
}

/** Converts a figure (value, low, high) to `target`. */
export async function convertFigure(record: FigureRecord, target: string, ctx: ConvertFigureContext): Promise<FigureConversion> {
  const date = ctx.date ?? lastDayOf(record.asOf);
  if (isMoneyUnit(record.unit) && isMoneyUnit(target)) {
    const table = await ctx.table();
    const convert = (amount: number) =>
      convertMoney({ amount: plainNumber(amount), from: record.unit, to: target, date, userRate: ctx.userRate, factsRates: ctx.factsRates, table });
    const conversion = convert(record.value);
    const d = conversion.rounding.decimals;
    // a bound equal to the value converts to the same rounded amount (an exact figure stays exact)
    const low = record.low === null ? null : record.low === record.value ? conversion.value : roundBound(convert(record.low).exact, d, 'down');
    const high = record.high === null ? null : record.high === record.value ? conversion.value : roundBound(convert(record.high).exact, d, 'up');
    return { kind: 'money', conversion, low, high };
  }
  const convert = (amount: number) =>
    convertQuantity({ value: plainNumber(amount), from: record.unit, to: target, householdSize: ctx.householdSize, factors: ctx.factors, place: record.place.id });
  const conversion = convert(record.value);
  // the displayed value keeps at most 10 decimals; bounds keep as many, rounded outward
  const bound = (n: number, direction: 'down' | 'up') => (n === record.value ? conversion.value : trimZeros(roundBound(convert(n).exact, 10, direction)));
  return {
    kind: 'quantity',
    conversion,
    low: record.low === null ? null : bound(record.low, 'down'),
    high: record.high === null ? null : bound(record.high, 'up'),
  };
}
