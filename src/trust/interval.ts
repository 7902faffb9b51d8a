/**
 * Closed intervals with a point value inside them: what a figure says ("≈120,000") together with
 * everything it may mean (115,000–125,000), carried through arithmetic so that a result's range
 * holds every value its inputs allow.
 *
 * - Values are project Decimals (40 significant digits), never floats: sums and products of the
 *   numbers we meet are exact, and only quotients round.
 * - The point value rounds to nearest (half to even); the low end always rounds down (towards
 *   -∞) and the high end up (towards +∞), so rounding can only widen a range, never lose a value.
 * - `null` is an open end: a null `low` is -∞ and a null `high` is +∞. Figures are counts and
 *   amounts, never negative, so a figure with no known low end starts at 0 (`fromRecord`), not at
 *   -∞; an open low end appears only in results, after subtracting something open-ended.
 */

import { UsageError } from '../errors.js';
import { Dec } from '../convert/decimal.js';
import { formatNumber } from '../domain/number-text.js';

/** A project Decimal value. */
type D = InstanceType<typeof Dec>;

/** A point value with the closed range it stands for; `low <= value <= high`, null = open end. */
export interface Interval {
  readonly value: D;
  readonly low: D | null;
  readonly high: D | null;
}

/** Anything a bound or value may be given as: a number, a decimal string or a Decimal. */
export type Num = number | string | D;

/** Same precision as Dec, rounding towards -∞: for low ends. */
const DownCtor = Dec.clone({ rounding: Dec.ROUND_FLOOR });
/** Same precision as Dec, rounding towards +∞: for high ends. */
const UpCtor = Dec.clone({ rounding: Dec.ROUND_CEIL });

/**
 * Directed operations. Their results are re-made as plain project Decimals: a Decimal keeps its
 * constructor's rounding mode, and a caller's later `.div()` must round to nearest, not down.
 */
const directed = (C: typeof DownCtor) => ({
  add: (x: D, y: D): D => new Dec(C.add(x, y)),
  sub: (x: D, y: D): D => new Dec(C.sub(x, y)),
  mul: (x: D, y: D): D => new Dec(C.mul(x, y)),
  div: (x: D, y: D): D => new Dec(C.div(x, y)),
});
const Down = directed(DownCtor);
const Up = directed(UpCtor);

const toDec = (n: Num): D => new Dec(n);

/**
 * An interval from its point value and ends (null = open). Throws a RangeError (a bug, not a
 * user error) when the value lies outside its own range or a number is not finite.
 */
export function interval(value: Num, low: Num | null = value, high: Num | null = value): Interval {
  const v = toDec(value);
  const l = low === null ? null : toDec(low);
  const h = high === null ? null : toDec(high);
  for (const d of [v, l, h]) if (d !== null && !d.isFinite()) throw new RangeError('interval bounds must be finite numbers or null');
  if ((l !== null && l.gt(v)) || (h !== null && h.lt(v))) {
    throw new RangeError(`the value ${v.toString()} lies outside its range ${l?.toString() ?? '-∞'}..${h?.toString() ?? '+∞'}`);
  }
  return { value: v, low: l, high: h };
}

/** The interval holding one exact number. */
export function exact(value: Num): Interval {
  return interval(value);
}

/**
 * The interval of a figure record (README "JSON output": `low`/`high`, null = open end). A
 * figure counts or sums something, so an open low end means 0, not -∞; an open high end stays
 * open.
 */
export function fromRecord(record: { value: number; low: number | null; high: number | null }): Interval {
  return interval(record.value, record.low ?? 0, record.high);
}

/** True when the interval is a single number. */
export function isPoint(a: Interval): boolean {
  return a.low !== null && a.high !== null && a.low.eq(a.value) && a.high.eq(a.value);
}

/**
 * True when the range is the value itself up to `significant` digits: 1 ÷ 3 of two exact numbers
 * is a point, although its ends, rounded outward at the 40th digit, differ in the last one.
 */
export function isNearlyPoint(a: Interval, significant = 30): boolean {
  if (a.low === null || a.high === null) return false;
  const r = (d: D) => d.toSignificantDigits(significant, Dec.ROUND_HALF_EVEN);
  const v = r(a.value);
  return r(a.low).eq(v) && r(a.high).eq(v);
}

/** True when `x` lies in the closed interval. */
export function contains(a: Interval, x: Num): boolean {
  const d = toDec(x);
  return (a.low === null || a.low.lte(d)) && (a.high === null || a.high.gte(d));
}

/** True when zero lies in the interval. */
export function containsZero(a: Interval): boolean {
  return contains(a, 0);
}

/** The interval as plain numbers (for JSON); a Decimal rounds to the nearest double, which keeps the order. */
export function toNumbers(a: Interval): { value: number; low: number | null; high: number | null } {
  return { value: a.value.toNumber(), low: a.low?.toNumber() ?? null, high: a.high?.toNumber() ?? null };
}

/** The interval as plain decimal strings, no exponent. */
export function toStrings(a: Interval): { value: string; low: string | null; high: string | null } {
  return { value: plain(a.value), low: a.low === null ? null : plain(a.low), high: a.high === null ? null : plain(a.high) };
}

function plain(d: D): string {
  const text = d.toFixed();
  return text === '-0' ? '0' : text;
}

// ---- extended endpoints: a finite Decimal, or -∞ / +∞ ----

type End = D | -1 | 1; // -1 is -∞, 1 is +∞

const lowEnd = (a: Interval): End => a.low ?? -1;
const highEnd = (a: Interval): End => a.high ?? 1;
const isInf = (e: End): e is -1 | 1 => typeof e === 'number';
const signOf = (e: End): number => (isInf(e) ? e : e.isZero() ? 0 : e.isNegative() ? -1 : 1);

/** Compares two extended ends: negative when x < y, 0 when equal, positive when x > y. */
function compareEnds(x: End, y: End): number {
  if (isInf(x) && isInf(y)) return x - y;
  if (isInf(x)) return x;
  if (isInf(y)) return -y;
  return x.cmp(y);
}

/** The smallest of the ends, as a low end (-∞ -> null). */
function minEnd(ends: End[]): D | null {
  let best = ends[0]!;
  for (const e of ends) if (compareEnds(e, best) < 0) best = e;
  if (isInf(best)) {
    if (best === 1) throw new RangeError('internal: a low end of +∞');
    return null;
  }
  return best;
}

/** The largest of the ends, as a high end (+∞ -> null). */
function maxEnd(ends: End[]): D | null {
  let best = ends[0]!;
  for (const e of ends) if (compareEnds(e, best) > 0) best = e;
  if (isInf(best)) {
    if (best === -1) throw new RangeError('internal: a high end of -∞');
    return null;
  }
  return best;
}

type Ctor = typeof Down;

/** x * y for extended ends, rounded by `C`; 0 × ∞ is 0 (the product of [0, 0] and anything). */
function mulEnd(x: End, y: End, C: Ctor): End {
  const sx = signOf(x);
  const sy = signOf(y);
  if (sx === 0 || sy === 0) return new Dec(0);
  if (isInf(x) || isInf(y)) return (sx * sy) as -1 | 1;
  return C.mul(x, y);
}

/** x / y for extended ends with y != 0, rounded by `C`; undefined for ∞ / ∞ (never an extreme). */
function divEnd(x: End, y: End, C: Ctor): End | undefined {
  if (isInf(y)) return isInf(x) ? undefined : new Dec(0);
  if (isInf(x)) return (x * signOf(y)) as -1 | 1;
  return C.div(x, y);
}

// ---- arithmetic ----

/** a + b. */
export function add(a: Interval, b: Interval): Interval {
  return {
    value: a.value.plus(b.value),
    low: a.low === null || b.low === null ? null : Down.add(a.low, b.low),
    high: a.high === null || b.high === null ? null : Up.add(a.high, b.high),
  };
}

/** a − b: from a's low minus b's high to a's high minus b's low. */
export function sub(a: Interval, b: Interval): Interval {
  return {
    value: a.value.minus(b.value),
    low: a.low === null || b.high === null ? null : Down.sub(a.low, b.high),
    high: a.high === null || b.low === null ? null : Up.sub(a.high, b.low),
  };
}

/** −a. */
export function neg(a: Interval): Interval {
  return { value: a.value.neg(), low: a.high === null ? null : a.high.neg(), high: a.low === null ? null : a.low.neg() };
}

/** a × b: the smallest and largest products of their ends. */
export function mul(a: Interval, b: Interval): Interval {
  const corners: Array<[End, End]> = [
    [lowEnd(a), lowEnd(b)],
    [lowEnd(a), highEnd(b)],
    [highEnd(a), lowEnd(b)],
    [highEnd(a), highEnd(b)],
  ];
  return {
    value: a.value.times(b.value),
    low: minEnd(corners.map(([x, y]) => mulEnd(x, y, Down))),
    high: maxEnd(corners.map(([x, y]) => mulEnd(x, y, Up))),
  };
}

/** a × k for a constant k (a negative k swaps the ends). */
export function scale(a: Interval, k: Num): Interval {
  return mul(a, exact(k));
}

/** How an interval is named in an error: "0–5", "0 or more", "up to 5". */
export function describeRange(a: Interval): string {
  const show = (d: D) => formatNumber(d.toNumber());
  if (a.low === null && a.high === null) return 'unbounded';
  if (a.high === null) return `${show(a.low!)} or more`;
  if (a.low === null) return `up to ${show(a.high)}`;
  if (a.low.isNegative() || a.high.isNegative()) return `${show(a.low)} to ${show(a.high)}`;
  return `${show(a.low)}–${show(a.high)}`;
}

/**
 * a ÷ b: the smallest and largest quotients of their ends (the low end of the quotient of two
 * positive intervals is a.low / b.high, the high end a.high / b.low). A divisor whose range
 * contains zero has no bounded quotient: UsageError "cannot divide by <name>: its range 0–5
 * contains zero".
 */
export function div(a: Interval, b: Interval, divisorName = 'the divisor'): Interval {
  if (containsZero(b)) {
    const why = isPoint(b) ? 'it is zero' : `its range ${describeRange(b)} contains zero`;
    throw new UsageError(`cannot divide by ${divisorName}: ${why}`, [
      'a quotient is only bounded when the divisor cannot be zero',
    ]);
  }
  const corners: Array<[End, End]> = [
    [lowEnd(a), lowEnd(b)],
    [lowEnd(a), highEnd(b)],
    [highEnd(a), lowEnd(b)],
    [highEnd(a), highEnd(b)],
  ];
  const lows: End[] = [];
  const highs: End[] = [];
  for (const [x, y] of corners) {
    const l = divEnd(x, y, Down);
    const h = divEnd(x, y, Up);
    if (l !== undefined) lows.push(l);
    if (h !== undefined) highs.push(h);
  }
  return { value: a.value.div(b.value), low: minEnd(lows), high: maxEnd(highs) };
}

/** How to round: to a number of decimals, or of significant digits. */
export type Precision = { decimals: number } | { significant: number };

/**
 * The interval rounded outward: the low end down, the high end up (so the rounded range holds
 * the original one), the value to nearest, half to even. Significant digits count per number.
 */
export function roundOutward(a: Interval, precision: Precision): Interval {
  const round = (d: D, mode: 'floor' | 'ceil' | 'nearest'): D => {
    const r = mode === 'floor' ? Dec.ROUND_FLOOR : mode === 'ceil' ? Dec.ROUND_CEIL : Dec.ROUND_HALF_EVEN;
    return 'decimals' in precision ? d.toDecimalPlaces(precision.decimals, r) : d.toSignificantDigits(precision.significant, r);
  };
  let value = round(a.value, 'nearest');
  const low = a.low === null ? null : round(a.low, 'floor');
  const high = a.high === null ? null : round(a.high, 'ceil');
  // nearest rounding of the value never leaves the outward-rounded range, but be sure
  if (low !== null && value.lt(low)) value = low;
  if (high !== null && value.gt(high)) value = high;
  return { value, low, high };
}
