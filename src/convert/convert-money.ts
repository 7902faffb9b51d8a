/**
 * Money conversion with a dated, sourced rate. Where the rate comes from, in order: a rate the
 * user gives, a dated rate in the facts file, the rate tables (the ECB's euro reference rates,
 * so a pair not involving EUR is derived from two published EUR quotes; with several tables, a
 * route across them: see find-route.ts). A rate is never taken from a day after the requested
 * date. Exact decimals throughout; only the final value is rounded,
 * half to even, to the target currency's minor unit.
 */

import { ConversionUnavailableError, UsageError } from '../errors.js';
import { daysBetween, explainBadDate, isIsoDate, isPartialDate, lastDayOf } from '../domain/dates.js';
import { currencyDecimals, resolveCurrency } from '../domain/currency.js';
import { Dec, parseDecimal, roundToMinor, toPlain, type Dec as DecValue } from './decimal.js';
import { findRoute, type RouteStep } from './find-route.js';
import { tablesOf, type RateBook, type RateTable } from './rate-table.js';

export { formatRate } from './decimal.js';

/** A dated rate from the facts file: `rate` units of `quote` per 1 `base`. */
export interface FactsRate {
  /** YYYY-MM-DD, or YYYY-MM / YYYY for a period's rate, taken as of the period's last day */
  date: string;
  base: string;
  quote: string;
  rate: string;
  /** id of the facts source that published it */
  source: string;
  quote_text?: string;
}

/** What to convert, when, and the rates available. */
export interface MoneyRequest {
  amount: string;
  from: string;
  to: string;
  /** the requested date, YYYY-MM-DD: the rate used is the latest on or before it */
  date: string;
  /** units of `to` per 1 `from`, given by the user; overrides every other rate */
  userRate?: string;
  factsRates?: FactsRate[];
  /** how to name a facts source in the result (default: its id) */
  factsSourceLabel?: (id: string) => string;
  /** one table, or a book of several that conversions route across */
  table: RateTable | RateBook;
}

/** One published rate a conversion used: `rate` units of `quote` per 1 `base`, as published. */
export interface RateLeg {
  base: string;
  quote: string;
  rate: string;
  date: string;
  source: string;
  /** the facts file's quotation of the rate, when it gives one */
  quote_text?: string;
}

/** Where a conversion's rate came from; 'identity' is a currency converted to itself. */
export type RateKind = 'user' | 'facts' | 'table' | 'identity';

/** A conversion's result, with everything needed to cite and check it. */
export interface MoneyConversion {
  amount: string;
  from: string;
  to: string;
  /** rounded half to even to `to`'s minor unit, plain decimal text with exactly that many decimals */
  value: string;
  /** the unrounded result to 40 significant digits, plain decimal text */
  exact: string;
  rounding: { mode: 'half-even'; decimals: number };
  rate: {
    /** units of `to` per 1 `from`, unrounded (40 significant digits) */
    value: string;
    /** the rate's own date; for a pair derived from two legs, the older leg's */
    date: string;
    requestedDate: string;
    /** whole days from the rate's date to the requested date (0 or more) */
    ageDays: number;
    /** 'user', a facts source's label, the table's source id, or 'identity' */
    source: string;
    kind: RateKind;
    /** true when the rate was computed from more than one published rate (such as two EUR quotes) */
    derived: boolean;
    /** the currencies a derived rate passes through, in order (['EUR'] for an ECB cross rate); else empty */
    via: string[];
    /** the published rates used, in route order, as published (base, quote, rate); empty for 'identity' */
    legs: RateLeg[];
  };
}

/** The three ways out when no rate exists, shown under a ConversionUnavailableError. */
export const NO_RATE_HINTS: readonly string[] = [
  'give a rate with --rate <decimal>',
  'add a dated rate to the facts file\'s "rates"',
  'or use --rates <file> with a table that has it',
];

/** A positive decimal text as a Decimal, or a UsageError naming `what`. */
function positiveRate(text: string, what: string): DecValue {
  const value = new Dec(parseDecimal(text, what));
  if (!value.isPositive() || value.isZero()) throw new UsageError(`${what} '${text}' must be greater than 0`);
  return value;
}

/**
 * Converts an amount between currencies on a date. Throws UsageError for an unknown currency
 * (with suggestions), a malformed amount, rate or date; ConversionUnavailableError (exit 69)
 * when no rate exists on or before the date.
 */
export function convertMoney(req: MoneyRequest): MoneyConversion {
  const from = resolveCurrency(req.from);
  const to = resolveCurrency(req.to);
  const amount = new Dec(parseDecimal(req.amount, 'amount'));
  const requestedDate = req.date;
  if (!isIsoDate(requestedDate)) throw new UsageError(explainBadDate(requestedDate, false) ?? `bad date '${requestedDate}'`);

  const finish = (exact: DecValue, rate: Omit<MoneyConversion['rate'], 'requestedDate' | 'ageDays'>): MoneyConversion => {
    const asOf = isIsoDate(rate.date) ? rate.date : lastDayOf(rate.date);
    return {
      amount: toPlain(amount),
      from,
      to,
      value: roundToMinor(exact, to),
      exact: toPlain(exact),
      rounding: { mode: 'half-even', decimals: currencyDecimals(to) },
      rate: { ...rate, requestedDate, ageDays: daysBetween(asOf, requestedDate) },
    };
  };

  if (from === to) {
    // (a rate given for a currency to itself other than 1 is a slip, not a rate to use or ignore: "convert 100 USD USD --rate 1.2")
    if (req.userRate !== undefined && !positiveRate(req.userRate, 'rate').equals(1)) {
      throw new UsageError(`--rate ${req.userRate} given for ${from} to ${to}: a currency's rate to itself is 1; name the other currency, or leave --rate out`);
    }
    return finish(amount, { value: '1', date: requestedDate, source: 'identity', kind: 'identity', derived: false, via: [], legs: [] });
  }

  if (req.userRate !== undefined) {
    const rate = positiveRate(req.userRate, 'rate');
    const leg: RateLeg = { base: from, quote: to, rate: toPlain(rate), date: requestedDate, source: 'user' };
    return finish(amount.times(rate), { value: toPlain(rate), date: requestedDate, source: 'user', kind: 'user', derived: false, via: [], legs: [leg] });
  }

  const facts = pickFactsRate(req.factsRates ?? [], from, to, requestedDate);
  if (facts) {
    const published = positiveRate(facts.rate.rate, `facts rate ${facts.rate.base}/${facts.rate.quote} of ${facts.rate.date}`);
    const source = req.factsSourceLabel ? req.factsSourceLabel(facts.rate.source) : facts.rate.source;
    const leg: RateLeg = {
      base: facts.rate.base.toUpperCase(),
      quote: facts.rate.quote.toUpperCase(),
      rate: facts.rate.rate,
      date: facts.rate.date,
      source,
    };
    if (facts.rate.quote_text !== undefined) leg.quote_text = facts.rate.quote_text;
    // an inverse quote divides once: amount / rate, never amount * (1 / rate)
    const exact = facts.inverse ? amount.div(published) : amount.times(published);
    const value = facts.inverse ? new Dec(1).div(published) : published;
    return finish(exact, { value: toPlain(value), date: facts.rate.date, source, kind: 'facts', derived: false, via: [], legs: [leg] });
  }

  return fromTable(req.table, amount, from, to, requestedDate, finish);
}

/** The facts rate for a pair on or before a date: the latest, a direct quote before an inverse one. */
function pickFactsRate(rates: readonly FactsRate[], from: string, to: string, date: string): { rate: FactsRate; inverse: boolean } | undefined {
  let best: { rate: FactsRate; inverse: boolean; asOf: string } | undefined;
  for (const rate of rates) {
    const base = rate.base.toUpperCase();
    const quote = rate.quote.toUpperCase();
    const inverse = base === to && quote === from;
    if (!(inverse || (base === from && quote === to))) continue;
    if (!isPartialDate(rate.date)) continue;
    const asOf = lastDayOf(rate.date);
    if (asOf > date) continue;
    if (!best || asOf > best.asOf || (asOf === best.asOf && best.inverse && !inverse)) best = { rate, inverse, asOf };
  }
  return best && { rate: best.rate, inverse: best.inverse };
}

/**
 * Converts along the best route through the tables (find-route.ts): the amount is multiplied
 * by each rate read forwards and divided by each read backwards, with one final division, so
 * that a cross rate through EUR is amount * quote / base exactly as the ECB's own tables give it.
 */
function fromTable(
  rates: RateTable | RateBook,
  amount: DecValue,
  from: string,
  to: string,
  date: string,
  finish: (exact: DecValue, rate: Omit<MoneyConversion['rate'], 'requestedDate' | 'ageDays'>) => MoneyConversion,
): MoneyConversion {
  const tables = tablesOf(rates);
  const only = tables.length === 1 ? tables[0]! : undefined;
  if (only) {
    // one table: name the currency it lacks, as the ECB-only humfig always did
    for (const code of [from, to]) if (code !== only.base && !only.onOrBefore(code, date)) throw noRate(only, from, to, date, code);
  }
  const steps = findRoute(tables, from, to, date);
  if (!steps) throw noRoute(tables, from, to, date);
  for (const step of steps) {
    const withdrawn = withdrawnLeg(step, from, to, date);
    if (withdrawn) throw withdrawn;
  }
  let times = new Dec(1);
  let over = new Dec(1);
  for (const step of steps) {
    if (step.inverse) over = over.times(step.point.value);
    else times = times.times(step.point.value);
  }
  const legs = steps.map(legOf);
  const sources = [...new Set(legs.map((l) => l.source))];
  const oldest = legs.map((l) => l.date).sort()[0]!;
  return finish(amount.times(times).div(over), {
    value: toPlain(times.div(over)),
    date: oldest,
    source: sources.join(' + '),
    kind: 'table',
    derived: legs.length > 1,
    via: steps.slice(0, -1).map((s) => (s.inverse ? s.base : s.quote)),
    legs,
  });
}

/**
 * How many days a currency's last rate may be older than the table's latest day (on or before the
 * day asked for) before it is taken as withdrawn, suspended or paused by its publisher: the ECB's
 * table quotes each of its currencies on every day it publishes until it stops (its only pause is
 * ISK's, 2008 to 2018), so any gap there is one; a blank cell on a day or two of a table a user
 * imported is tolerated. Days the table itself skips (weekends, Easter) are no gap: both dates are
 * days it published.
 */
const SERIES_PAUSE_DAYS = 4;

/**
 * Currencies that ended at a fixed rate, for the message that refuses their last published rate:
 * the euro's irrevocable conversion rates (Council of the EU regulations, per 1 EUR) and two
 * redenominations (the new currency per the old).
 */
const ENDED: ReadonlyMap<string, string> = new Map([
  ['SIT', 'replaced by the euro on 2007-01-01 at the fixed rate of 239.640 SIT per euro'],
  ['CYP', 'replaced by the euro on 2008-01-01 at the fixed rate of 0.585274 CYP per euro'],
  ['MTL', 'replaced by the euro on 2008-01-01 at the fixed rate of 0.429300 MTL per euro'],
  ['SKK', 'replaced by the euro on 2009-01-01 at the fixed rate of 30.1260 SKK per euro'],
  ['EEK', 'replaced by the euro on 2011-01-01 at the fixed rate of 15.6466 EEK per euro'],
  ['LVL', 'replaced by the euro on 2014-01-01 at the fixed rate of 0.702804 LVL per euro'],
  ['LTL', 'replaced by the euro on 2015-01-01 at the fixed rate of 3.45280 LTL per euro'],
  ['HRK', 'replaced by the euro on 2023-01-01 at the fixed rate of 7.53450 HRK per euro'],
  ['BGN', 'replaced by the euro on 2026-01-01 at the fixed rate of 1.95583 BGN per euro'],
  ['TRL', 'replaced by the new Turkish lira (TRY) on 2005-01-01, 1 TRY for 1,000,000 TRL'],
  ['ROL', 'replaced by the new Romanian leu (RON) on 2005-07-01, 1 RON for 10,000 ROL'],
]);

/**
 * The refusal for a step whose rate is its currency's last before the table stopped quoting it
 * (RUB after 2022-03-01, ISK from 2008-12-10 to 2018-01-31, HRK after the euro): the table goes on
 * publishing other rates up to the day asked for, so the currency's old rate is not of that day.
 */
function withdrawnLeg(step: RouteStep, from: string, to: string, date: string): ConversionUnavailableError | undefined {
  const day = step.table.dayOnOrBefore(date);
  if (day === undefined || daysBetween(step.point.date, day) <= SERIES_PAUSE_DAYS) return undefined;
  const code = step.base === step.table.base ? step.quote : step.base;
  const ended = ENDED.get(code);
  return new ConversionUnavailableError(
    `no rate for ${from} -> ${to} on ${date}: ${step.table.source.name} quotes no ${code} after ${step.point.date}, though it publishes other rates up to ${day} (${ended ? `${code} was ${ended}` : 'the currency was withdrawn, suspended or paused'}); its last rate is not used for a later day`,
    [...NO_RATE_HINTS],
  );
}

/** A route step as the published rate it uses. */
function legOf(step: RouteStep): RateLeg {
  return { base: step.base, quote: step.quote, rate: step.point.value, date: step.point.date, source: step.table.source.id };
}

/** The ConversionUnavailableError when no chain of rates across several tables links two currencies. */
function noRoute(tables: readonly RateTable[], from: string, to: string, date: string): ConversionUnavailableError {
  const holding = (code: string): string[] =>
    tables
      .filter((t) => t.base === code || t.currencies().includes(code))
      .map((t) => {
        // only on this error path do we pay for a scan to name the first date
        const first = t.base === code ? t.firstDate() : t.range(code, '0000-01-01', '9999-12-31')[0]?.date;
        return `${t.source.id} (per ${t.base}${first !== undefined && first > date ? `, from ${first}` : ''})`;
      });
  const where = (code: string): string => {
    const found = holding(code);
    return found.length > 0 ? `${code} is in ${found.join(', ')}` : `no table has ${code}`;
  };
  return new ConversionUnavailableError(
    `no rate for ${from} -> ${to} on or before ${date}: no chain of rates in the ${tables.length} tables links them (${where(from)}; ${where(to)})`,
    [...NO_RATE_HINTS],
  );
}

/** The ConversionUnavailableError for a currency the table cannot quote on or before a date. */
function noRate(table: RateTable, from: string, to: string, date: string, missing: string): ConversionUnavailableError {
  const name = table.source.name;
  let reason: string;
  if (!table.currencies().includes(missing)) {
    reason = `${name} has no ${missing} rates`;
  } else {
    // only on this error path do we pay for a full scan to name the first date
    const first = table.range(missing, '0000-01-01', '9999-12-31')[0];
    reason = `${name} has no ${missing} rate on or before ${date}${first ? ` (its first is of ${first.date})` : ''}`;
  }
  return new ConversionUnavailableError(`no rate for ${from} -> ${to} on or before ${date}: ${reason}`, [...NO_RATE_HINTS]);
}
