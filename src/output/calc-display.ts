/**
 * The `display` line of a calc result (trust/calc.ts): an exact result is shown in full (money to
 * its minor unit, anything else to at most 10 significant digits, but a ratio or a percentage that
 * does not end within them, a share of two counts, to 4 or its whole digits if more; ≈ when rounded). An
 * approximate result is shown to the coarsest decimal place, starting from 2 significant digits of
 * its largest number, at which its low end, value and high end that differ still differ once
 * rounded (to nearest, half to even): 3.86–4.55 % around 4.29 % shows as "≈ 4.3 % (range
 * 3.9–4.5 %)"; 175.31–199.21 around 182.61 USD per person needs 3 digits: "≈ 183 USD/person
 * (range 175–199 USD/person)". A `range` result is its two ends at that place, "20,000–40,000
 * people". The JSON keeps the exact numbers.
 */
import { Dec } from '../convert/decimal.js';
import { currencyDecimals } from '../domain/currency.js';
import { groupDigits } from '../domain/number-text.js';
import type { CalcResult } from '../trust/calc.js';
import { isNearlyPoint, type Interval } from '../trust/interval.js';
import { unitName } from './format-quantity.js';

type D = InstanceType<typeof Dec>;

/** A decimal as plain digits, never "-0". */
function plain(d: D): string {
  const text = d.toFixed();
  return text === '-0' ? '0' : text;
}

/** `d` rounded half to even to a multiple of 10^place, as grouped text. */
export function formatAtPlace(d: D, place: number): string {
  const rounded = place >= 0 ? d.div(new Dec(10).pow(place)).toDecimalPlaces(0, Dec.ROUND_HALF_EVEN).times(new Dec(10).pow(place)) : d.toDecimalPlaces(-place, Dec.ROUND_HALF_EVEN);
  const text = rounded.toFixed(Math.max(0, -place));
  return groupDigits(/^-0(\.0*)?$/.test(text) ? text.slice(1) : text);
}

/**
 * The decimal place (a power of ten) to show an approximate result at: the coarsest, from 2
 * significant digits of the largest number on, at which numbers that differ still differ once
 * rounded; at most 8 significant digits; never finer than `finest`.
 */
export function displayPlace(numbers: D[], finest = -Infinity): number {
  const largest = numbers.reduce((m, d) => (d.abs().gt(m) ? d.abs() : m), new Dec(0));
  if (largest.isZero()) return Math.max(0, finest);
  const top = largest.e;
  let place = top - 1;
  for (let digits = 2; digits <= 8; digits++) {
    place = Math.max(top - (digits - 1), finest);
    const shown = numbers.map((d) => formatAtPlace(d, place));
    const keepsApart = numbers.every((a, i) => numbers.every((b, j) => a.eq(b) || shown[i] !== shown[j]));
    if (keepsApart || place === finest) return place;
  }
  return place;
}

function unitLabel(unit: string, plural: boolean): string {
  if (unit === 'ratio') return '';
  if (unit === 'percent') return ' %';
  return ` ${unitName(unit, plural ? 2 : 1)}`;
}

/** The `display` line of a calc result (see the comment at the top). */
export function displayCalc(result: Pick<CalcResult, 'exact' | 'unit' | 'qualifier' | 'currency'>): string {
  const { unit, qualifier, currency } = result;
  const iv: Interval = {
    value: new Dec(result.exact.value),
    low: result.exact.low === null ? null : new Dec(result.exact.low),
    high: result.exact.high === null ? null : new Dec(result.exact.high),
  };
  const finest = currency === undefined ? -Infinity : -currencyDecimals(currency);
  const plural = !iv.value.eq(1);
  if (qualifier === 'exact') {
    let text: string;
    if (currency !== undefined) text = formatAtPlace(iv.value, finest);
    else {
      // a result that ends within 10 significant digits is shown in full, and any other to 10, but a
      // share (a ratio or a percentage: 0.4024464005...) to 4, or to its units where it has more whole digits
      const whole = iv.value.toSignificantDigits(10, Dec.ROUND_HALF_EVEN);
      const share = unit === 'ratio' || unit === 'percent';
      const sig = whole.eq(iv.value) || !share ? whole : iv.value.toSignificantDigits(Math.max(4, Math.min(10, iv.value.abs().e + 1)), Dec.ROUND_HALF_EVEN);
      text = groupDigits(plain(sig));
    }
    // money rounds to its minor unit by convention (as `convert` does): no ≈ for that
    const rounded = currency === undefined && !new Dec(text.replace(/,/g, '')).eq(iv.value);
    return `${rounded ? '≈ ' : ''}${text}${unitLabel(unit, plural)}`;
  }
  const finite = [iv.low, iv.value, iv.high].filter((d): d is D => d !== null);
  const place = isNearlyPoint(iv) ? iv.value.e - 2 : displayPlace(finite, finest);
  const show = (d: D) => formatAtPlace(d, Math.max(place, finest));
  const u = unitLabel(unit, true);
  // a range figure's value is its low end, no estimate: the answer is its two ends
  if (qualifier === 'range' && iv.low !== null && iv.high !== null) return `${span(show(iv.low), show(iv.high), iv)}${u}`;
  const value = `≈ ${show(iv.value)}${unitLabel(unit, plural)}`;
  if (isNearlyPoint(iv)) return value;
  let range: string;
  if (iv.low === null && iv.high === null) range = 'unbounded';
  else if (iv.high === null) range = `${show(iv.low!)} or more${u}`;
  else if (iv.low === null) range = `up to ${show(iv.high)}${u}`;
  else range = `${span(show(iv.low), show(iv.high), iv)}${u}`;
  return `${value} (range ${range})`;
}

/** "20,000–40,000", or "-5 to 3" where a dash would read as a minus sign. */
function span(low: string, high: string, iv: Interval): string {
  return `${low}${iv.low!.isNegative() || iv.high!.isNegative() ? ' to ' : '–'}${high}`;
}
