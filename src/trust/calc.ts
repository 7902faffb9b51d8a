/**
 * `humfig calc "<expression>"`: arithmetic on figures that keeps their ranges, units, dates and
 * sources. Pure: figures and conversions come through callbacks, and nothing reads the clock.
 *
 * Units follow the algebra of the operands:
 * - `*` and `/` multiply and divide units: person / person is a ratio (no unit), CHF / person is
 *   money per person (`CHF/person`), a number times a figure keeps the figure's unit.
 * - `+` and `-` need the same unit on both sides. A plain number takes the unit of the other side
 *   (`residents + 5000`). Two currencies (CHF + USD) are reconciled by converting the right-hand
 *   side into the left's currency at the rate of the right-hand side's date (the last day of its
 *   latest figure's `asOf`, or `ctx.date` when given); two units of one dimension with a fixed
 *   definition (decade + year) by their exact factor. Anything else (person + CHF, person +
 *   household) is a UsageError naming both units.
 * - `/` reconciles the same way when the two sides differ only by currency or by a defined unit
 *   (CHF / USD is a ratio); person / household stays `person/household`.
 * - A figure in `percent` enters as a ratio (value ÷ 100).
 * - `to` converts the result at the end: a currency converts money or money per something at the
 *   rate of the latest input's date (or `ctx.date`), value and both ends with the same rate; a
 *   unit of a fixed definition converts by its factor; `percent`/`ratio` act like `as`.
 * - `as: 'percent'` multiplies a unitless result by 100 and gives it the unit `percent`.
 *
 * Arithmetic is on exact decimals with outward-rounded ranges (interval.ts); the result is
 * `exact` when every input is and its range is its value (to 30 significant digits, so that 1 / 3
 * stays exact), else `approximately`. The JSON numbers: `value` is the result (money, or money per
 * something, rounded half to even to the currency's minor unit), `low`/`high` its exact range
 * (money rounded outward to the minor unit; an exact amount's ends are its rounded value);
 * `exact` keeps the unrounded decimal strings (40 significant digits).
 *
 * How a result reads for people (its `display` line) is output/calc-display.ts's business.
 */

import { UsageError, clipInput } from '../errors.js';
import { Dec } from '../convert/decimal.js';
import type { MoneyConversion } from '../convert/convert-money.js';
import { currencyDecimals } from '../domain/currency.js';
import { lastDayOf } from '../domain/dates.js';
import type { Qualifier } from '../domain/qualifier.js';
import { describeUnit, resolveUnit } from '../domain/unit.js';
import { breakdownWords, type FigureRecord } from '../derive/figure-record.js';
import { parseExpression, sourceOf, type Expr } from './expression.js';
import { add, div, exact, fromRecord, isNearlyPoint, mul, neg, scale, sub, toStrings, type Interval } from './interval.js';

type D = InstanceType<typeof Dec>;

export interface CalcContext {
  /** the figure with this id or unique prefix; throws UnknownFigureError */
  figure(idOrPrefix: string): FigureRecord;
  /** converts an amount (plain decimal text) between currencies with the rate of `date` (YYYY-MM-DD) */
  convert(amount: string, from: string, to: string, date: string): MoneyConversion;
  as?: 'percent' | 'ratio' | undefined;
  /** a currency or unit to express the result in */
  to?: string | undefined;
  /** YYYY-MM-DD: the date of every rate, instead of the operands' own dates */
  date?: string | undefined;
}

/** A figure the expression used, as cited in the result. */
export interface CalcInput {
  id: string;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  qualifier: Qualifier;
  asOf: string;
  place: { id: string; name: string };
  source: { id: string; publisher: string; title: string; published: string };
  quote: string;
  /** dimension -> value: the part of its indicator and place the input is; null for a total */
  breakdown: Record<string, string> | null;
}

/** A value in a step: the sub-expression as written (with " in USD" after a conversion) and its exact decimals. */
export interface StepValue {
  expression: string;
  value: string;
  low: string | null;
  high: string | null;
  unit: string;
}

/** The rate of a currency conversion step, as convertMoney reports it. */
export type StepRate = MoneyConversion['rate'];

/** One operation, in evaluation order. `right` is null for one-operand steps. */
export interface CalcStep {
  /** arithmetic, `neg`ation, a currency `convert`ion, a `unit` conversion by a fixed factor, or `as-percent` */
  op: '+' | '-' | '*' | '/' | 'neg' | 'convert' | 'unit' | 'as-percent';
  left: StepValue;
  right: StepValue | null;
  result: StepValue;
  rate?: StepRate;
  /** for `unit` steps: the exact factor applied */
  factor?: string;
}

export interface CalcResult {
  expression: string;
  value: number;
  low: number | null;
  high: number | null;
  /** unrounded decimal strings (40 significant digits) */
  exact: { value: string; low: string | null; high: string | null };
  /** `ratio`, `percent`, a unit or currency code, or a compound such as `CHF/person` */
  unit: string;
  /**
   * `range` when an input is a range figure ("between 10,000 and 20,000") and the result has
   * both ends: its answer is low to high, and `value` (computed from the inputs' values, a range's
   * low end) is no estimate; `approximately` when an input is not exact; else `exact`
   */
  qualifier: 'exact' | 'approximately' | 'range';
  /** the currency of money (or money per something), whose minor unit the result is rounded to */
  currency: string | undefined;
  inputs: CalcInput[];
  steps: CalcStep[];
  /**
   * what a reader must know of the inputs before trusting the result: a part used with its own
   * whole, or breakdowns of one indicator and place that may overlap (people in need by sector)
   */
  warnings: string[];
}

// ---- units: code -> exponent, in order of appearance ----

type Units = ReadonlyMap<string, number>;

const NONE: Units = new Map();

function unitsOf(code: string): Units {
  return code === 'ratio' ? NONE : new Map([[code, 1]]);
}

function combine(a: Units, b: Units, sign: 1 | -1): Units {
  const out = new Map(a);
  for (const [code, exp] of b) {
    const e = (out.get(code) ?? 0) + sign * exp;
    if (e === 0) out.delete(code);
    else out.set(code, e);
  }
  return out;
}

function sameUnits(a: Units, b: Units): boolean {
  return a.size === b.size && [...a].every(([code, exp]) => b.get(code) === exp);
}

/** "CHF/person", "person*day", "1/person", "ratio" for none. */
export function formatUnits(u: Units): string {
  if (u.size === 0) return 'ratio';
  const term = ([code, exp]: [string, number]) => (Math.abs(exp) === 1 ? code : `${code}^${Math.abs(exp)}`);
  const num = [...u].filter(([, e]) => e > 0).map(term);
  const den = [...u].filter(([, e]) => e < 0).map(term);
  const top = num.length > 0 ? num.join('*') : '1';
  if (den.length === 0) return top;
  return `${top}/${den.length === 1 ? den[0] : `(${den.join('*')})`}`;
}

const isMoney = (code: string): boolean => describeUnit(code)?.dimension === 'money';

/** The single currency of a unit with exponent +1 and no other currency (money, money per X). */
function moneyCurrency(u: Units): string | undefined {
  const currencies = [...u].filter(([code]) => isMoney(code));
  return currencies.length === 1 && currencies[0]![1] === 1 ? currencies[0]![0] : undefined;
}

// ---- evaluation ----

interface Val {
  iv: Interval;
  units: Units;
  /** made of plain numbers only: takes the other side's unit in + and - */
  literal: boolean;
  text: string;
  /** the latest last day of the asOf of the figures it is made of, or undefined for numbers */
  date: string | undefined;
  /** a percentage figure as a ratio (or a sum of such): a plain number beside it in + or - is percentage points */
  share?: boolean;
}

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined ? a : a > b ? a : b);

class Evaluator {
  readonly steps: CalcStep[] = [];
  readonly inputs = new Map<string, FigureRecord>();

  constructor(
    private readonly src: string,
    private readonly ctx: CalcContext,
  ) {}

  stepValue(v: Val): StepValue {
    return { expression: v.text, ...toStrings(v.iv), unit: formatUnits(v.units) };
  }

  eval(e: Expr): Val {
    const text = sourceOf(this.src, e);
    switch (e.kind) {
      case 'number':
        return checkedMagnitude({ iv: exact(e.value), units: NONE, literal: true, text, date: undefined });
      case 'figure':
        return this.figure(e.id, text);
      case 'neg': {
        const operand = this.eval(e.operand);
        const result: Val = { ...operand, iv: neg(operand.iv), text };
        // "-5" is a negative number, not an operation worth a step
        if (e.operand.kind !== 'number') this.steps.push({ op: 'neg', left: this.stepValue(operand), right: null, result: this.stepValue(result) });
        return result;
      }
      case 'binary': {
        const left = this.eval(e.left);
        const right = this.eval(e.right);
        return this.binary(e.op, left, right, text);
      }
    }
  }

  figure(id: string, text: string): Val {
    const record = this.ctx.figure(id);
    if (!this.inputs.has(record.id)) this.inputs.set(record.id, record);
    const v: Val = { iv: fromRecord(record), units: unitsOf(record.unit), literal: false, text, date: lastDayOf(record.asOf) };
    if (record.unit === 'percent') {
      const result: Val = { ...v, iv: scale(v.iv, '0.01'), units: NONE, share: true };
      this.steps.push({ op: 'unit', left: this.stepValue(v), right: null, result: this.stepValue(result), factor: '0.01' });
      return result;
    }
    return v;
  }

  /** A plain number beside a percentage in + or -: percentage points, as a ratio (5 -> 0.05), the step reported. */
  points(v: Val): Val {
    const result: Val = { ...v, iv: scale(v.iv, '0.01'), share: true };
    this.steps.push({ op: 'unit', left: this.stepValue(v), right: null, result: this.stepValue(result), factor: '0.01' });
    return result;
  }

  binary(op: '+' | '-' | '*' | '/', leftIn: Val, rightIn: Val, text: string): Val {
    let left = leftIn;
    let right = rightIn;
    let units: Units;
    if (op === '+' || op === '-') {
      // ("coverage + 5": 5 percentage points, 45 %, not 5 as a ratio, 540 %)
      if (left.share === true && right.literal && right.units.size === 0) right = this.points(right);
      else if (right.share === true && left.literal && left.units.size === 0) left = this.points(left);
      if (right.literal && right.units.size === 0) right = { ...right, units: left.units };
      else if (left.literal && left.units.size === 0) left = { ...left, units: right.units };
      right = this.reconcile(left, right, op);
      units = left.units;
    } else if (op === '*') {
      units = combine(left.units, right.units, 1);
    } else {
      right = this.reconcile(left, right, op);
      units = combine(left.units, right.units, -1);
    }
    const iv = op === '+' ? add(left.iv, right.iv) : op === '-' ? sub(left.iv, right.iv) : op === '*' ? mul(left.iv, right.iv) : div(left.iv, right.iv, right.text);
    const result = checkedMagnitude({ iv, units, literal: left.literal && right.literal && left.share !== true && right.share !== true, text, date: later(left.date, right.date), ...((op === '+' || op === '-') && left.share === true && right.share === true ? { share: true } : {}) });
    this.steps.push({ op, left: this.stepValue(left), right: this.stepValue(right), result: this.stepValue(result) });
    return result;
  }

  /**
   * The right operand in the left's terms when their units differ by one currency or one unit of
   * a fixed definition; unchanged when nothing needs reconciling. For + and -, units that cannot
   * be reconciled are a UsageError.
   */
  reconcile(left: Val, right: Val, op: '+' | '-' | '/'): Val {
    if (sameUnits(left.units, right.units)) return right;
    const onlyLeft = [...left.units].filter(([c, e]) => right.units.get(c) !== e);
    const onlyRight = [...right.units].filter(([c, e]) => left.units.get(c) !== e);
    if (onlyLeft.length === 1 && onlyRight.length === 1 && onlyLeft[0]![1] === onlyRight[0]![1]) {
      const [to, exp] = onlyLeft[0]!;
      const [from] = onlyRight[0]!;
      if (isMoney(from) && isMoney(to)) return this.convertCurrency(right, from, to, exp, this.ctx.date ?? right.date ?? left.date);
      const factor = definedFactor(from, to);
      if (factor !== undefined) return this.convertUnit(right, from, to, exp, factor);
    }
    if (op === '/') return right;
    const l = formatUnits(left.units);
    const r = formatUnits(right.units);
    throw new UsageError(
      op === '+' ? `cannot add ${r} to ${l}: ${right.text} is in ${r}, ${left.text} in ${l}` : `cannot subtract ${r} from ${l}: ${right.text} is in ${r}, ${left.text} in ${l}`,
      ['only amounts in the same unit (or two currencies, or units with a fixed definition such as decade and year) can be added or subtracted'],
    );
  }

  /** `v` with its currency `from` (exponent ±1) replaced by `to`, at the rate of `date`. */
  convertCurrency(v: Val, from: string, to: string, exp: number, date: string | undefined): Val {
    if (date === undefined) throw new UsageError(`converting ${from} to ${to} needs a date`, ['give one with --date YYYY-MM-DD']);
    if (exp !== 1 && exp !== -1) throw new UsageError(`cannot convert ${formatUnits(v.units)} to ${to}`);
    // money per CHF becomes money per USD times CHF per USD: a conversion from USD to CHF
    const [a, b] = exp === 1 ? [from, to] : [to, from];
    const conversion = this.ctx.convert(plain(v.iv.value), a, b, date);
    const at = (d: D | null): D | null => (d === null ? null : d.eq(v.iv.value) ? new Dec(conversion.exact) : new Dec(this.ctx.convert(plain(d), a, b, date).exact));
    const iv: Interval = { value: new Dec(conversion.exact), low: at(v.iv.low), high: at(v.iv.high) };
    const units = new Map<string, number>();
    for (const [code, e] of v.units) units.set(code === from ? to : code, e);
    const result: Val = { ...v, iv, units, text: `${v.text} in ${to}` };
    this.steps.push({ op: 'convert', left: this.stepValue(v), right: null, result: this.stepValue(result), rate: conversion.rate });
    return result;
  }

  /** `v` with its unit `from` (exponent `exp`) replaced by `to` of the same dimension. */
  convertUnit(v: Val, from: string, to: string, exp: number, factor: D): Val {
    const k = factor.pow(exp);
    const units = new Map<string, number>();
    for (const [code, e] of v.units) units.set(code === from ? to : code, e);
    const result: Val = { ...v, iv: scale(v.iv, k), units, text: `${v.text} in ${to}` };
    this.steps.push({ op: 'unit', left: this.stepValue(v), right: null, result: this.stepValue(result), factor: plain(k) });
    return result;
  }

  /** The result expressed in `to` (a currency, a unit, percent or ratio). */
  expressIn(v: Val, target: string, latest: string | undefined): Val {
    const to = resolveUnit(target);
    const info = describeUnit(to)!;
    const shown = formatUnits(v.units);
    if (info.dimension === 'ratio') return this.as(v, to === 'percent' ? 'percent' : 'ratio');
    if (info.dimension === 'money') {
      const currency = moneyCurrency(v.units);
      if (currency === undefined) throw new UsageError(`cannot express ${shown} in ${to}: only money, or money per something, converts to a currency`);
      if (currency === to) return v;
      return this.convertCurrency(v, currency, to, 1, this.ctx.date ?? latest);
    }
    const same = [...v.units].filter(([code]) => describeUnit(code)?.dimension === info.dimension);
    if (same.length === 1) {
      const [from, exp] = same[0]!;
      if (from === to) return v;
      const factor = definedFactor(from, to);
      if (factor !== undefined) return this.convertUnit(v, from, to, exp, factor);
    }
    throw new UsageError(`cannot express ${shown} in ${to}`, [`--to takes a currency or a unit of the result's dimension with a fixed definition`]);
  }

  as(v: Val, as: 'percent' | 'ratio'): Val {
    if (v.units.size > 0) {
      throw new UsageError(`--as ${as} needs a result without a unit (a ratio), but this one is in ${formatUnits(v.units)}`, [
        'divide two figures of the same unit, such as displaced-population / armenia-population',
      ]);
    }
    if (as === 'ratio') return v;
    const result: Val = { ...v, iv: scale(v.iv, 100), units: new Map([['percent', 1]]), text: v.text };
    this.steps.push({ op: 'as-percent', left: this.stepValue(v), right: null, result: this.stepValue(result), factor: '100' });
    return result;
  }
}

/** `to` per `from` for two units of one dimension with fixed definitions, else undefined. */
function definedFactor(from: string, to: string): D | undefined {
  const a = describeUnit(from);
  const b = describeUnit(to);
  if (!a || !b || a.dimension !== b.dimension || a.toBase === undefined || b.toBase === undefined) return undefined;
  return new Dec(a.toBase).div(b.toBase);
}

/** The largest power of ten a value of calc may reach, either way: a JSON number's (up to about 1.8e308, down to 1e-308). */
const MAX_EXPONENT = 308;

/**
 * The value, when its value and ends are within MAX_EXPONENT; else a UsageError. Each step is
 * printed in full, so a chain of huge factors ("1e9000*1e9000*...") would print ever longer
 * numbers, and a JSON number could not hold the result anyway.
 */
function checkedMagnitude(v: Val): Val {
  for (const d of [v.iv.value, v.iv.low, v.iv.high]) {
    // (a JSON number's own upper bound, which 5e308 passes by exponent alone; and no value below 1e-308)
    if (d === null || d.isZero() || (d.e >= -MAX_EXPONENT && Number.isFinite(d.toNumber()))) continue;
    throw new UsageError(`'${clipInput(v.text)}' is about 1e${d.e}: beyond what calc works with`, [`calc keeps values from 1e-${MAX_EXPONENT} to 1e${MAX_EXPONENT} in size, as a JSON number holds them`]);
  }
  return v;
}

function plain(d: D): string {
  const text = d.toFixed();
  return text === '-0' ? '0' : text;
}

/**
 * Evaluates an expression. Errors: ExpressionError (exit 2) for bad syntax; UnknownFigureError
 * (exit 1) from `ctx.figure`; UsageError (exit 2) for units that do not add up or a divisor whose
 * range contains zero; whatever `ctx.convert` throws (exit 69 when no rate exists).
 */
export function evaluate(expression: string, ctx: CalcContext): CalcResult {
  const ast = parseExpression(expression, (id) => ctx.figure(id).id);
  const ev = new Evaluator(expression, ctx);
  let v = ev.eval(ast);
  const latest = [...ev.inputs.values()].map((r) => lastDayOf(r.asOf)).sort().at(-1);
  if (ctx.to !== undefined) v = ev.expressIn(v, ctx.to, latest);
  if (ctx.as !== undefined && !(v.units.size === 1 && v.units.get('percent') === 1 && ctx.as === 'percent')) v = ev.as(v, ctx.as);
  // percentages added, subtracted or taken alone stay percentages: "coverage" is 40 %, not 0.4, two
  // coverages add to 124 %, and "coverage + 5" is 45 % (each enters as a ratio so that "40% of 1,000
  // people" is 400 people)
  if (ctx.as === undefined && ctx.to === undefined && v.units.size === 0 && ev.inputs.size > 0 && [...ev.inputs.values()].every((r) => r.unit === 'percent') && ev.steps.every((st) => st.op === '+' || st.op === '-' || st.op === 'neg' || (st.op === 'unit' && st.factor === '0.01'))) {
    v = ev.as(v, 'percent');
  }
  const unit = formatUnits(v.units);
  const inputs = [...ev.inputs.values()];
  const bounded = v.iv.low !== null && v.iv.high !== null;
  const qualifier = inputs.some((r) => r.qualifier === 'range') && bounded ? 'range' : inputs.some((r) => r.qualifier !== 'exact') || !isNearlyPoint(v.iv) ? 'approximately' : 'exact';
  const currency = moneyCurrency(v.units);
  const numbers = jsonNumbers(v.iv, currency);
  return {
    expression,
    ...numbers,
    exact: toStrings(v.iv),
    unit,
    qualifier,
    currency,
    inputs: inputs.map(toInput),
    steps: ev.steps,
    // (a part divided by its whole is a share, and a whole less a part the rest of it: warned of only where figures are added)
    warnings: [...(ev.steps.some((st) => st.op === '+') ? partWarnings(inputs) : []), ...dateWarnings(inputs)].slice(0, MAX_WARNINGS),
  };
}

/** How many warnings a calculation gives at most (an expression may name many figures). */
const MAX_WARNINGS = 5;

/**
 * Warnings for inputs of one indicator and place where one is a breakdown: used with the total
 * (a part with its own whole) or with another breakdown by the same dimensions (which may overlap:
 * a person in need of food and of health is in both sectors' counts). One pass over the inputs.
 */
function partWarnings(inputs: readonly FigureRecord[]): string[] {
  const groups = new Map<string, FigureRecord[]>();
  for (const r of inputs) {
    const key = `${r.indicator}\u0000${r.place.id}\u0000${r.unit}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const out: string[] = [];
  const describe = (r: FigureRecord) => `${r.id} (${breakdownWords(r.breakdown ?? {})})`;
  for (const group of groups.values()) {
    if (out.length >= MAX_WARNINGS || group.length < 2) continue;
    const parts = group.filter((r) => r.breakdown !== null);
    if (parts.length === 0) continue;
    const whole = group.find((r) => r.breakdown === null);
    if (whole !== undefined) {
      out.push(`${describe(parts[0]!)} is a part of ${whole.id}, the total of ${whole.indicator} for ${whole.place.name}: the result mixes a part with its own whole`);
      continue;
    }
    const dimensions = (r: FigureRecord) => Object.keys(r.breakdown!).sort().join(',');
    const alike = parts.filter((r) => dimensions(r) === dimensions(parts[0]!));
    // (no one is counted twice by parts that differ in a dimension whose values exclude each other: women and men,
    // age bands that do not overlap, IDPs and refugees)
    if (alike.length >= 2 && !disjoint(alike)) {
      out.push(`${alike.slice(0, 3).map(describe).join(', ')}${alike.length > 3 ? ' ...' : ''} are breakdowns by ${dimensions(parts[0]!).replace(/,/g, ' and ')} of ${parts[0]!.indicator} for ${parts[0]!.place.name}: they may overlap (one person counted under several), so their sum need not be the total`);
    }
  }
  return out;
}

/** Dimensions whose values exclude each other: a person is of one sex, one age, one population group. */
const EXCLUSIVE_DIMENSIONS: ReadonlySet<string> = new Set(['sex', 'age', 'age-group', 'population-group', 'population-status', 'disability', 'origin', 'area']);

/**
 * Whether breakdowns of the same dimensions hold no person twice: they differ in some exclusive dimension
 * (two ages only where their bands do not overlap, "0-17" and "18-64", "65+"), each pair of them.
 */
function disjoint(parts: readonly FigureRecord[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!.breakdown!;
      const b = parts[j]!.breakdown!;
      const apart = Object.keys(a).some((k) => EXCLUSIVE_DIMENSIONS.has(k) && a[k] !== b[k] && (k !== 'age' || agesApart(a[k]!, b[k]!)));
      if (!apart) return false;
    }
  }
  return true;
}

/** Whether two age bands as written ("0-17", "18-64", "65+", "60 plus") share no year. */
function agesApart(a: string, b: string): boolean {
  const band = (s: string): [number, number] | undefined => {
    const m = /^\s*(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\s*$/.exec(s) ?? /^\s*(\d{1,3})\s*(?:\+|plus)\s*$/i.exec(s);
    return m === null ? undefined : [Number(m[1]), m[2] !== undefined ? Number(m[2]) : Infinity];
  };
  const x = band(a);
  const y = band(b);
  return x !== undefined && y !== undefined && (x[1] < y[0] || y[1] < x[0]);
}

/**
 * A warning where figures of one unit, of more than one series, are of different dates (people in need of 2024 and
 * people displaced at the end of 2022): the result mixes two times, as `compare` says of such figures; never where they
 * are one series (indicator, place and breakdown) at two dates, a change over time. One pass over the inputs.
 */
function dateWarnings(inputs: readonly FigureRecord[]): string[] {
  const byUnit = new Map<string, { dates: Map<string, FigureRecord>; series: Set<string> }>();
  for (const r of inputs) {
    let group = byUnit.get(r.unit);
    if (group === undefined) byUnit.set(r.unit, (group = { dates: new Map(), series: new Set() }));
    const day = lastDayOf(r.asOf);
    if (!group.dates.has(day)) group.dates.set(day, r);
    group.series.add(`${r.indicator}\u0000${r.place.id}\u0000${breakdownWords(r.breakdown ?? {})}`);
  }
  const out: string[] = [];
  for (const { dates, series } of byUnit.values()) {
    // (one series at two dates is a change over time, what a difference of them is meant to be: no warning)
    if (out.length >= MAX_WARNINGS || dates.size < 2 || series.size < 2) continue;
    const shown = [...dates.values()].slice(0, 3).map((r) => `${r.id}: ${r.asOf}`);
    out.push(`the figures are of different dates (${shown.join('; ')}${dates.size > 3 ? '; ...' : ''}): the result mixes them as if of one time`);
  }
  return out;
}

function toInput(r: FigureRecord): CalcInput {
  return {
    id: r.id,
    value: r.value,
    low: r.low,
    high: r.high,
    unit: r.unit,
    qualifier: r.qualifier,
    asOf: r.asOf,
    place: { id: r.place.id, name: r.place.name },
    source: { id: r.source.id, publisher: r.source.publisher, title: r.source.title, published: r.source.published },
    quote: r.quote,
    breakdown: r.breakdown === null ? null : { ...r.breakdown },
  };
}

/** JSON numbers: money to its minor unit (value half to even, ends outward; an exact amount's ends are its value), anything else as is. */
function jsonNumbers(iv: Interval, currency: string | undefined): { value: number; low: number | null; high: number | null } {
  if (currency === undefined) return { value: iv.value.toNumber(), low: iv.low?.toNumber() ?? null, high: iv.high?.toNumber() ?? null };
  const d = currencyDecimals(currency);
  if (isNearlyPoint(iv)) {
    // an exact amount: its ends are the value, rounded the same way
    const value = iv.value.toDecimalPlaces(d, Dec.ROUND_HALF_EVEN).toNumber();
    return { value, low: value, high: value };
  }
  return {
    value: iv.value.toDecimalPlaces(d, Dec.ROUND_HALF_EVEN).toNumber(),
    low: iv.low === null ? null : iv.low.toDecimalPlaces(d, Dec.ROUND_FLOOR).toNumber(),
    high: iv.high === null ? null : iv.high.toDecimalPlaces(d, Dec.ROUND_CEIL).toNumber(),
  };
}
