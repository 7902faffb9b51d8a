/**
 * Quantity conversion between units of one dimension. Units with a fixed definition (time, mass,
 * length, area, ratio) convert by their exact factors to the dimension's base unit. People and
 * groups of people (household, family) have no fixed relation: a group size must come from the
 * user (`householdSize`) or from a facts-file factor.
 *
 * A Factor `{ from: A, to: B, value: v }` says "one B is v A" (v A per B): the facts file's
 * `{ from: "person", to: "household", value: "3.6" }` reads "3.6 persons per household". So x A
 * is x / v B, and x B is x * v A; a factor serves both directions.
 */

import { ConversionUnavailableError, UsageError } from '../errors.js';
import { canonicalUnit, describeUnit, resolveUnit, type UnitInfo } from '../domain/unit.js';
import { Dec, parseDecimal, parseQuantity, toPlain, type Dec as DecValue } from './decimal.js';

/** A facts-file relation between two units: one `to` is `value` `from` (see the file comment). */
export interface Factor {
  from: string;
  to: string;
  value: string;
  /** where the relation holds (a country, a camp); absent for everywhere */
  place?: string;
  /** id of the facts source that published it */
  source: string;
  quote?: string;
}

/** What to convert. */
export interface QuantityRequest {
  /** the amount, in any form parseQuantity accepts ("2.8 million", "35k", "20,000") */
  value: string;
  from: string;
  to: string;
  /** persons per household or family, given by the user; beats any facts factor */
  householdSize?: string;
  factors?: Factor[];
  /** prefer factors for this place; factors for other places are not used */
  place?: string;
}

/** How a conversion's factor was obtained. */
export type FactorKind = 'definition' | 'facts' | 'user';

/** A quantity conversion's result. */
export interface QuantityConversion {
  /**
   * the result for display: rounded half to even to at most 10 decimal places, trailing zeros
   * removed (or, for a nonzero result that would show as 0, to 10 significant digits)
   */
  value: string;
  /** the result to 40 significant digits, plain decimal text */
  exact: string;
  from: string;
  to: string;
  factor: {
    /** `to` units per 1 `from` unit (40 significant digits): the multiplier applied */
    value: string;
    kind: FactorKind;
    source?: string;
    quote?: string;
    place?: string;
    /** for person <-> group conversions: the persons per group (or groups per group) used */
    size?: string;
  };
}

/** Decimal places kept in `value` (see QuantityConversion). */
export const DISPLAY_DECIMALS = 10;

/**
 * Converts a quantity from one unit to another of the same dimension. UsageError for unknown or
 * ambiguous units (with suggestions or the 'ton' hint), different dimensions, currencies, or a bad
 * number; ConversionUnavailableError when people <-> groups has no size.
 */
export function convertQuantity(req: QuantityRequest): QuantityConversion {
  const from = resolveUnit(req.from);
  const to = resolveUnit(req.to);
  const fromInfo = describeUnit(from)!;
  const toInfo = describeUnit(to)!;
  const amount = new Dec(parseQuantity(req.value, 'quantity'));

  if (fromInfo.dimension !== toInfo.dimension) {
    throw new UsageError(`cannot convert ${from} (${fromInfo.dimension}) to ${to} (${toInfo.dimension}): they measure different things`);
  }
  if (fromInfo.dimension === 'money' && from !== to) {
    throw new UsageError(`${from} and ${to} are currencies: they convert with a dated rate, not a fixed factor`);
  }

  const done = (exact: DecValue, factor: QuantityConversion['factor']): QuantityConversion => ({
    value: displayValue(exact),
    exact: toPlain(exact),
    from,
    to,
    factor,
  });

  if (from === to) return done(amount, { value: '1', kind: 'definition' });
  if (fromInfo.toBase !== undefined && toInfo.toBase !== undefined) {
    // one final division: amount * (from in base) / (to in base)
    const exact = amount.times(fromInfo.toBase).div(toInfo.toBase);
    return done(exact, { value: toPlain(new Dec(fromInfo.toBase).div(toInfo.toBase)), kind: 'definition' });
  }
  return convertGroup(req, amount, fromInfo, toInfo, done);
}

/** person <-> household/family, or household <-> family: by the user's size, else a facts factor. */
function convertGroup(
  req: QuantityRequest,
  amount: DecValue,
  fromInfo: UnitInfo,
  toInfo: UnitInfo,
  done: (exact: DecValue, factor: QuantityConversion['factor']) => QuantityConversion,
): QuantityConversion {
  const from = fromInfo.code;
  const to = toInfo.code;
  const onePerson = fromInfo.code === 'person' || toInfo.code === 'person';

  if (req.householdSize !== undefined && onePerson) {
    const size = new Dec(parseDecimal(req.householdSize, 'household size'));
    if (!size.isPositive() || size.isZero()) throw new UsageError(`household size '${req.householdSize}' must be greater than 0`);
    // persons per group: divide going to groups, multiply going to persons
    const toGroups = from === 'person';
    const exact = toGroups ? amount.div(size) : amount.times(size);
    const multiplier = toGroups ? new Dec(1).div(size) : size;
    return done(exact, { value: toPlain(multiplier), kind: 'user', size: toPlain(size) });
  }

  const found = pickFactor(req.factors ?? [], from, to, req.place);
  if (found) {
    const v = new Dec(parseDecimal(found.factor.value, 'factor value'));
    if (!v.isPositive() || v.isZero()) throw new UsageError(`facts factor ${found.factor.from} -> ${found.factor.to} has value '${found.factor.value}'; it must be greater than 0`);
    // a factor says "one `to` is v `from`": forwards divide by v, backwards multiply
    const exact = found.forwards ? amount.div(v) : amount.times(v);
    const multiplier = found.forwards ? new Dec(1).div(v) : v;
    const factor: QuantityConversion['factor'] = { value: toPlain(multiplier), kind: 'facts', source: found.factor.source, size: toPlain(v) };
    if (found.factor.quote !== undefined) factor.quote = found.factor.quote;
    if (found.factor.place !== undefined) factor.place = found.factor.place;
    return done(exact, factor);
  }

  // name the pair the way a factor for it would be written: persons per household
  const [part, whole] = to === 'person' ? [to, from] : [from, to];
  const hints = [`add a "factors" entry to the facts file: { "from": "${part}", "to": "${whole}", "value": "<${part}s per ${whole}>" }`];
  if (onePerson) hints.unshift('give the persons per household with --household-size <n>');
  throw new ConversionUnavailableError(
    `no size to convert ${from} to ${to}: how many ${part}s make one ${whole} varies by place and time`,
    hints,
  );
}

/**
 * The facts factor for a pair: one written for the requested place, else one for no place, else
 * (no place requested) the only one there is. Several candidates for different places without a
 * requested place: UsageError asking for one.
 */
function pickFactor(factors: readonly Factor[], from: string, to: string, place: string | undefined): { factor: Factor; forwards: boolean } | undefined {
  const matches: Array<{ factor: Factor; forwards: boolean }> = [];
  for (const factor of factors) {
    const a = canonicalUnit(factor.from);
    const b = canonicalUnit(factor.to);
    if (a === from && b === to) matches.push({ factor, forwards: true });
    else if (a === to && b === from) matches.push({ factor, forwards: false });
  }
  const samePlace = (p: string | undefined): boolean => p !== undefined && place !== undefined && p.toLowerCase() === place.toLowerCase();
  const forPlace = matches.find((m) => samePlace(m.factor.place));
  if (forPlace) return forPlace;
  const everywhere = matches.find((m) => m.factor.place === undefined);
  if (everywhere) return everywhere;
  if (place !== undefined) return undefined;
  const places = [...new Set(matches.map((m) => m.factor.place!))];
  if (places.length === 1) return matches[0];
  if (places.length > 1) {
    throw new UsageError(`the facts file has ${from} -> ${to} factors for several places (${places.join(', ')})`, ['name the place the figure is about']);
  }
  return undefined;
}

/** The display form of a result (see QuantityConversion.value). */
export function displayValue(exact: DecValue): string {
  const rounded = exact.toDecimalPlaces(DISPLAY_DECIMALS, Dec.ROUND_HALF_EVEN);
  if (rounded.isZero() && !exact.isZero()) return toPlain(exact.toSignificantDigits(DISPLAY_DECIMALS, Dec.ROUND_HALF_EVEN));
  return toPlain(rounded);
}
