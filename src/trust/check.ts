/**
 * Claim checks over a validated facts file (`humfig check`): does each figure say what its source
 * says, do its stated equivalents agree with the rates of its date, do parts stay within their
 * wholes, are its dates possible? Pure: source texts, rates and today's date are passed in.
 *
 * Every check gives a finding, passed or not, with a level:
 * - `pass`: the claim holds;
 * - `warn`: it may not hold (ok stays true);
 * - `fail`: it does not hold (ok is false);
 * - `skip`: it could not be checked (no rate, no factor; ok stays true).
 *
 * The rules:
 * - quote: the figure's and each stated equivalent's quote occurs verbatim in the source's local
 *   text and contains the number as written (check-facts.ts, the same rules as `validate`). A
 *   source without a local text: the number is checked, the occurrence cannot be (warn).
 * - stated: the figure, converted at the rate of its asOf date (the last day of a month or year)
 *   or by its unit factor, must fall within what the stated value stands for, widened by a
 *   tolerance. A stated value stands for its qualifier's range (README "How qualifiers become
 *   ranges"), and one without a qualifier still for everything that rounds to it: ± its
 *   half-step. The tolerance adds 0.5% of the stated value on each side for the difference
 *   between the rate the source used and the reference rate. So "$22 million", written to the
 *   million (± $0.5 million = ± 2.3%), passes within ± 2.8% (± $0.61 million) of the converted
 *   figure. The figure's own range counts too: the check passes when the two ranges overlap.
 * - relation: a part never exceeds its whole. It fails when even the part's low end is above the
 *   whole's high end; it warns when the values as stated put the part above the whole although
 *   their ranges overlap; it passes otherwise. Parts and wholes in different units are skipped.
 *   The file's relations name their parts and wholes; besides them, each breakdown figure of a
 *   count or money is a part of the total of its indicator, place, unit and date, when the file
 *   has one (a sector's people in need in Mali within Mali's total, never within a sector row).
 * - date: a figure cannot hold after its source was published, nor after today: the first day
 *   its asOf covers (2023-10 -> 2023-10-01) must be on or before both. A figure whose own period
 *   begins after them is a plan, a requirement or a projection for days to come: a warning. A source's publication, the
 *   dataset's update and a rate's date must not be after today, nor a rate's after its source's
 *   publication.
 */

import { HumfigError, UsageError } from '../errors.js';
import { Dec, formatRate, roundToDecimals } from '../convert/decimal.js';
import type { MoneyConversion } from '../convert/convert-money.js';
import { convertQuantity } from '../convert/convert-units.js';
import { currencyDecimals } from '../domain/currency.js';
import { PLACEHOLDER_DATE, explainBadDate, isIsoDate, lastDayOf } from '../domain/dates.js';
import { impliedBounds, roundingHalfWidth, type Qualifier } from '../domain/qualifier.js';
import { describeUnit } from '../domain/unit.js';
import { figureBounds } from '../derive/figure-bounds.js';
import { checkFacts, type SourceText } from '../facts/check-facts.js';
import type { FactsFile, Figure } from '../facts/schema.js';
import { formatNumber, groupDigits } from '../domain/number-text.js';

type D = InstanceType<typeof Dec>;

export type CheckKind = 'quote' | 'stated' | 'relation' | 'date';
export type FindingLevel = 'pass' | 'warn' | 'fail' | 'skip';

export interface Finding {
  check: CheckKind;
  /** the figure the finding is about; null for a source, a rate or the dataset */
  figure: string | null;
  /** where in the facts file: `figures[4].stated[0]`, `relations[1]`, `sources[0].published` */
  path: string;
  /** false only for a failure */
  ok: boolean;
  level: FindingLevel;
  expected: string;
  found: string;
  /** how far found is from expected, signed: "+0.40%" */
  deviation?: string;
  message: string;
}

export interface CheckContext {
  /** YYYY-MM-DD */
  today: string;
  /** the local text of each source that has one, by source id */
  texts?: ReadonlyMap<string, SourceText>;
  /** a currency conversion at a date's rate; without it, money equivalents are skipped */
  convert?: (amount: string, from: string, to: string, date: string) => MoneyConversion;
}

/** The relative tolerance added to a stated value's own rounding: 0.5%. */
export const RATE_TOLERANCE = '0.005';

/** Every finding for a facts file, by check: quotes, stated equivalents, relations, dates. */
export function checkClaims(facts: FactsFile, ctx: CheckContext): Finding[] {
  if (!isIsoDate(ctx.today)) throw new UsageError(`today: ${explainBadDate(ctx.today, false) ?? ctx.today}`);
  return [...checkQuotes(facts, ctx), ...checkStated(facts, ctx), ...checkRelations(facts), ...checkBreakdowns(facts), ...checkDates(facts, ctx.today)];
}

/** A finding with `ok` derived from the level. */
function finding(f: Omit<Finding, 'ok'>): Finding {
  return { ...f, ok: f.level !== 'fail' };
}

const show = (n: number | D): string => (typeof n === 'number' ? formatNumber(n) : groupDigits(n.toFixed()));

/** An amount in a unit, rounded for reading: money to its minor unit, anything else to 6 significant digits. */
function amount(d: D, unit: string): string {
  if (describeUnit(unit)?.dimension === 'money') return `${groupDigits(roundToDecimals(d, currencyDecimals(unit)))} ${unit}`;
  return `${show(d.toSignificantDigits(6, Dec.ROUND_HALF_EVEN))} ${unit}`;
}

function percent(d: D): string {
  const p = d.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN);
  return `${p.isNegative() ? '' : '+'}${p.toFixed(2)}%`;
}

// ---- quotes ----

function checkQuotes(facts: FactsFile, ctx: CheckContext): Finding[] {
  const texts = ctx.texts ?? new Map<string, SourceText>();
  const problems = new Map<string, string[]>();
  for (const issue of checkFacts(facts, texts)) {
    const path = issue.path;
    if (path[0] !== 'figures' || path[path.length - 1] !== 'quote') continue;
    const key = path.slice(0, -1).join('.');
    problems.set(key, [...(problems.get(key) ?? []), issue.message]);
  }
  const withText = new Set(facts.sources.filter((s) => s.text !== undefined && texts.get(s.id)?.ok === true).map((s) => s.id));
  const out: Finding[] = [];
  facts.figures.forEach((f, i) => {
    const quotes: Array<{ key: string; path: string; quote: string; value: number }> = [
      { key: ['figures', i].join('.'), path: `figures[${i}].quote`, quote: f.quote, value: f.value },
      ...(f.stated ?? []).map((s, j) => ({ key: ['figures', i, 'stated', j].join('.'), path: `figures[${i}].stated[${j}].quote`, quote: s.quote, value: s.value })),
    ];
    for (const q of quotes) {
      const messages = problems.get(q.key);
      const expected = `the quote occurs in the text of source '${f.source}' and contains ${formatNumber(q.value)} as written`;
      if (messages) {
        out.push(finding({ check: 'quote', figure: f.id, path: q.path, level: 'fail', expected, found: q.quote, message: messages.join('; ') }));
      } else if (!withText.has(f.source)) {
        out.push(finding({
          check: 'quote', figure: f.id, path: q.path, level: 'warn', expected, found: q.quote,
          message: `the quote contains the value, but source '${f.source}' has no local text to find it in`,
        }));
      } else {
        out.push(finding({ check: 'quote', figure: f.id, path: q.path, level: 'pass', expected, found: q.quote, message: 'the quote occurs verbatim in the source and contains the value' }));
      }
    }
  });
  return out;
}

// ---- stated equivalents ----

/** What a stated value stands for, widened by the rate tolerance; null high = open. */
export function statedRange(value: number, qualifier: Qualifier): { low: D; high: D | null; halfStep: D } {
  const s = new Dec(value);
  const halfStep = new Dec(roundingHalfWidth(value));
  const tolerance = s.times(RATE_TOLERANCE);
  const base =
    qualifier === 'exact' ? { low: Dec.max(0, s.minus(halfStep)), high: s.plus(halfStep) as D | null } : (() => {
      const b = impliedBounds(value, qualifier);
      return { low: new Dec(b.low), high: b.high === null ? null : new Dec(b.high) };
    })();
  return { low: Dec.max(0, base.low.minus(tolerance)), high: base.high === null ? null : base.high.plus(tolerance), halfStep };
}

interface Converted {
  value: D;
  low: D | null;
  high: D | null;
  /** how the conversion was made, for the message */
  how: string;
}

function checkStated(facts: FactsFile, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const publishedOf = new Map(facts.sources.map((s) => [s.id, s.published]));
  facts.figures.forEach((f, i) => {
    f.stated?.forEach((s, j) => {
      const path = `figures[${i}].stated[${j}]`;
      const stated = `${show(s.value)} ${s.unit}`;
      const base = { check: 'stated' as const, figure: f.id, path };
      const expected = `${show(f.value)} ${f.unit} in ${s.unit}`;
      const [fromDim, toDim] = [describeUnit(f.unit)?.dimension, describeUnit(s.unit)?.dimension];
      if (fromDim !== toDim) {
        out.push(finding({ ...base, level: 'fail', expected, found: stated, message: `a figure in ${f.unit} (${fromDim}) cannot be stated in ${s.unit} (${toDim})` }));
        return;
      }
      let converted: Converted;
      try {
        const c = convertFigure(f, s.unit, facts, ctx, publishedOf);
        if (typeof c === 'string') {
          out.push(finding({ ...base, level: 'skip', expected, found: stated, message: c }));
          return;
        }
        converted = c;
      } catch (error) {
        // no rate, no factor, or several factors to choose from: not checkable, not wrong
        if (!(error instanceof HumfigError)) throw error;
        out.push(finding({ ...base, level: 'skip', expected, found: stated, message: `cannot check: ${error.message}` }));
        return;
      }
      const qualifier = s.qualifier ?? 'exact';
      const range = statedRange(s.value, qualifier);
      const overlaps = (converted.high === null || converted.high.gte(range.low)) && (range.high === null || converted.low === null || converted.low.lte(range.high));
      const deviation = converted.value.isZero() ? undefined : new Dec(s.value).minus(converted.value).div(converted.value);
      const tolerance = range.halfStep.plus(new Dec(s.value).times(RATE_TOLERANCE));
      const money = describeUnit(s.unit)?.dimension === 'money';
      const bare = (d: D) => show(money ? d.toDecimalPlaces(currencyDecimals(s.unit), Dec.ROUND_HALF_EVEN) : d.toSignificantDigits(6, Dec.ROUND_HALF_EVEN));
      const rangeText = range.high === null ? `${bare(range.low)} ${s.unit} or more` : `${bare(range.low)}–${bare(range.high)} ${s.unit}`;
      const rounded = qualifier === 'exact' || qualifier === 'approximately';
      const why = rounded
        ? `± ${show(range.halfStep)} for its rounding and ± 0.5% for the rate${s.value === 0 ? '' : `: ± ${percent(tolerance.div(s.value)).slice(1)}`}`
        : `its '${qualifier}' range and ± 0.5% for the rate`;
      const within = `${rangeText} (${why})`;
      const implied = describeUnit(f.unit)?.dimension === 'money' && f.value !== 0 ? `; implies ${formatRate(new Dec(s.value).div(f.value), 5)} ${s.unit} per ${f.unit}` : '';
      const result: Omit<Finding, 'ok'> = {
        ...base,
        level: overlaps ? 'pass' : 'fail',
        expected: `${amount(converted.value, s.unit)} (${show(f.value)} ${f.unit} ${converted.how})`,
        found: `${stated}${implied}`,
        message: overlaps
          ? `the figure converts to ${amount(converted.value, s.unit)}, within what the stated ${stated} stands for: ${within}`
          : `the figure converts to ${amount(converted.value, s.unit)}, outside what the stated ${stated} stands for: ${within}`,
      };
      if (deviation !== undefined) result.deviation = percent(deviation);
      out.push(finding(result));
    });
  });
  return out;
}

/** The figure's value and range in `to`, or a reason it cannot be converted (skip). */
/** The figure in `to`; money at the rate of its asOf's last day, or of its source's publication day if that is earlier (`publishedOf`: source id -> published). */
function convertFigure(f: Figure, to: string, facts: FactsFile, ctx: CheckContext, publishedOf: ReadonlyMap<string, string>): Converted | string {
  const bounds = figureBounds(f);
  const from = f.unit;
  const fromMoney = describeUnit(from)?.dimension === 'money';
  const toMoney = describeUnit(to)?.dimension === 'money';
  if (fromMoney && toMoney && from !== to) {
    if (!ctx.convert) return `no rates to convert ${from} to ${to} with`;
    // (a source states an equivalent at a rate it knew: never one after it was published, "asOf 2023" in a
    // source of 2023-03-15 is checked at that day's rate, not at 31 December's)
    const periodEnd = lastDayOf(f.asOf);
    const published = publishedOf.get(f.source);
    const date = published !== undefined && published !== PLACEHOLDER_DATE && isIsoDate(published) && published < periodEnd ? published : periodEnd;
    const convert = ctx.convert;
    const main = convert(new Dec(f.value).toFixed(), from, to, date);
    const at = (n: number | null): D | null => (n === null ? null : n === f.value ? new Dec(main.exact) : new Dec(convert(new Dec(n).toFixed(), from, to, date).exact));
    const rate = main.rate;
    const source = rate.kind === 'table' ? `${rate.source} ${rate.date}` : rate.kind === 'facts' ? `source ${rate.source}, ${rate.date}` : rate.kind;
    return {
      value: new Dec(main.exact),
      low: at(bounds.low),
      high: at(bounds.high),
      how: `at ${formatRate(rate.value)} ${to} per ${from}, ${source}${rate.derived ? ` via ${rate.via.join(' and ')}` : ''}${date !== periodEnd ? ` (the rate of the source's publication day, ${date}: it could state no later one)` : ''}`,
    };
  }
  const conversion = convertQuantity({ value: new Dec(f.value).toFixed(), from, to, factors: facts.factors ?? [], place: f.place });
  const factor = new Dec(conversion.factor.value);
  const at = (n: number | null): D | null => (n === null ? null : new Dec(n).times(factor));
  return {
    value: new Dec(conversion.exact),
    low: at(bounds.low),
    high: at(bounds.high),
    how: from === to ? 'as given' : `at ${formatRate(factor)} ${to} per ${from}${conversion.factor.kind === 'facts' ? `, a factor of source ${conversion.factor.source}` : ''}`,
  };
}

// ---- relations ----

function checkRelations(facts: FactsFile): Finding[] {
  const byId = new Map(facts.figures.map((f) => [f.id, f]));
  const out: Finding[] = [];
  facts.relations?.forEach((r, i) => {
    const part = byId.get(r.part);
    const whole = byId.get(r.whole);
    if (!part || !whole) return; // validation reports unknown ids
    out.push(partWithinWhole(part, whole, `relations[${i}]`));
  });
  return out;
}

/** Whether a part stays within its whole: fail, warn or pass (skip across units). */
function partWithinWhole(part: Figure, whole: Figure, path: string): Finding {
  const p = figureBounds(part);
  const w = figureBounds(whole);
  const range = (b: { low: number | null; high: number | null }, unit: string) =>
    `${b.low === null ? '0' : show(b.low)}${b.high === null ? ' or more' : `–${show(b.high)}`} ${unit}`;
  const expected = `${part.id} ≤ ${whole.id} (${range(w, whole.unit)})`;
  const found = `${part.id} = ${show(part.value)} ${part.unit} (${range(p, part.unit)})`;
  const base = { check: 'relation' as const, figure: part.id, path, expected, found };
  if (part.unit !== whole.unit) {
    return finding({ ...base, level: 'skip', message: `${part.id} is in ${part.unit}, ${whole.id} in ${whole.unit}: not comparable` });
  }
  const partLow = p.low ?? 0;
  if (w.high !== null && partLow > w.high) {
    return finding({
      ...base,
      level: 'fail',
      deviation: percent(new Dec(partLow).minus(w.high).div(w.high === 0 ? 1 : w.high)),
      message: `the part ${part.id} is larger than its whole ${whole.id}: even its low end (${show(partLow)}) is above the whole's high end (${show(w.high)})`,
    });
  }
  if (part.value > whole.value) {
    return finding({
      ...base,
      level: 'warn',
      message: `possibly larger than its whole: ${part.id} is stated as ${show(part.value)}, ${whole.id} as ${show(whole.value)}; only their ranges overlap`,
    });
  }
  return finding({ ...base, level: 'pass', message: `the part ${part.id} is within its whole ${whole.id}` });
}

/**
 * Dimensions whose values are other estimates of the whole, not parts of it: an earlier analysis
 * (IPC's `analysis: 2021-09`), a projection (a forecast) of the same people, and another operation or
 * assessment that counted them (IOM DTM's monthly round beside its overview of the same day).
 */
const NOT_A_PART: readonly string[] = ['analysis', 'projection', 'operation', 'assessment-type'];

/**
 * Breakdowns within their totals: a figure with a breakdown (Mali's people in need of one
 * sector) is a part of the total of its indicator, place, unit and date (Mali's people in need),
 * never of another breakdown row. Counted things and money only: a breakdown of a rate or a
 * percentage is no part of the total, and neither is another estimate of it (NOT_A_PART). A
 * breakdown without a total is not checked.
 */
function checkBreakdowns(facts: FactsFile): Finding[] {
  const key = (f: Figure) => `${f.indicator}\u0000${f.place}\u0000${f.unit}\u0000${f.asOf}`;
  const totals = new Map<string, Figure>();
  for (const f of facts.figures) if (f.breakdown === undefined && !totals.has(key(f))) totals.set(key(f), f);
  // a pair the file's relations name is checked there already
  const named = new Set((facts.relations ?? []).map((r) => `${r.part}\u0000${r.whole}`));
  const out: Finding[] = [];
  facts.figures.forEach((f, i) => {
    if (f.breakdown === undefined || NOT_A_PART.some((d) => Object.hasOwn(f.breakdown!, d))) return;
    const dimension = describeUnit(f.unit)?.dimension;
    if (dimension !== 'count' && dimension !== 'money') return;
    const total = totals.get(key(f));
    if (total && !named.has(`${f.id}\u0000${total.id}`)) out.push(partWithinWhole(f, total, `figures[${i}].breakdown`));
  });
  return out;
}

// ---- dates ----

function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** How far ahead a plan's period may begin and still be a plan (FTS and HAPI record funding up to three years ahead). */
const PLAN_HORIZON_YEARS = 5;

function checkDates(facts: FactsFile, today: string): Finding[] {
  const out: Finding[] = [];
  const published = new Map(facts.sources.map((s) => [s.id, s.published]));
  facts.figures.forEach((f, i) => {
    const start = firstDayOf(f.asOf);
    const pub = published.get(f.source);
    const base = { check: 'date' as const, figure: f.id, path: `figures[${i}].asOf`, found: f.asOf };
    const expected = `on or before ${pub !== undefined ? `${pub} (source ${f.source} published) and ` : ''}${today} (today)`;
    let failed = false;
    // a figure with a period of its own that has not ended by its source's date or today is a plan,
    // a requirement, a projection or a count in progress (FTS funding for next year, an IPC
    // projection, this year's funding so far): said, not failed; a plain asOf after them is a date
    // the source cannot have known
    const known = pub !== undefined && pub < today ? pub : today;
    // (only where asOf lies within the figure's own period, and the period begins within a few years:
    // "2205" is a typo, not a plan)
    if (f.period !== undefined && start > known && f.period.end > known && f.period.start <= start && start <= f.period.end && Number(f.period.start.slice(0, 4)) <= Number(known.slice(0, 4)) + PLAN_HORIZON_YEARS) {
      const bySource = pub !== undefined && pub < today;
      const what =
        f.period.start > known
          ? `a period that begins after ${bySource ? `its source '${f.source}' was published (${pub})` : `today (${today})`}: a plan, a requirement or a projection`
          : `a period not over by ${bySource ? `the day its source '${f.source}' was published (${pub})` : `today (${today})`}: a count in progress or a plan`;
      out.push(finding({ ...base, level: 'warn', expected, message: `${f.id} covers ${f.period.start} to ${f.period.end}, ${what}, not what has happened; check that the source says so` }));
      return;
    }
    if (pub !== undefined && start > pub) {
      failed = true;
      out.push(finding({ ...base, level: 'fail', expected, message: `${f.id} holds from ${start}, after its source '${f.source}' was published (${pub})` }));
    }
    if (start > today) {
      failed = true;
      out.push(finding({ ...base, level: 'fail', expected, message: `${f.id} holds from ${start}, which is after today (${today})` }));
    }
    if (!failed && f.asOf === PLACEHOLDER_DATE) out.push(finding({ ...base, level: 'warn', expected: 'the day the source gives', message: `${f.id} holds from ${PLACEHOLDER_DATE}, the placeholder extract writes where the text gives no date: replace it` }));
    else if (!failed) out.push(finding({ ...base, level: 'pass', expected, message: `${f.id} holds from ${start}: a possible date` }));
  });
  facts.sources.forEach((s, i) => {
    const base = { check: 'date' as const, figure: null, path: `sources[${i}].published`, expected: `on or before ${today} (today)`, found: s.published };
    out.push(finding(s.published > today
      ? { ...base, level: 'fail', message: `source '${s.id}' is dated ${s.published}, after today (${today})` }
      : s.published === PLACEHOLDER_DATE
        ? { ...base, level: 'warn', message: `source '${s.id}' is dated ${PLACEHOLDER_DATE}, the placeholder extract writes where the text gives no publication date: replace it` }
        : { ...base, level: 'pass', message: `source '${s.id}' was published on ${s.published}` }));
  });
  if (facts.dataset.updated > today) {
    out.push(finding({
      check: 'date', figure: null, path: 'dataset.updated', level: 'fail', expected: `on or before ${today} (today)`, found: facts.dataset.updated,
      message: `the dataset is dated ${facts.dataset.updated}, after today (${today})`,
    }));
  }
  facts.rates?.forEach((r, i) => {
    const pub = published.get(r.source);
    const base = { check: 'date' as const, figure: null, path: `rates[${i}].date`, found: r.date, expected: `on or before ${pub !== undefined ? `${pub} (source ${r.source} published) and ` : ''}${today} (today)` };
    if (r.date > today) out.push(finding({ ...base, level: 'fail', message: `the ${r.base}/${r.quote} rate is dated ${r.date}, after today (${today})` }));
    else if (pub !== undefined && r.date > pub) out.push(finding({ ...base, level: 'fail', message: `the ${r.base}/${r.quote} rate is dated ${r.date}, after its source '${r.source}' was published (${pub})` }));
    else out.push(finding({ ...base, level: 'pass', message: `the ${r.base}/${r.quote} rate of ${r.date} is a possible date` }));
  });
  return out;
}
