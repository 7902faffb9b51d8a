/**
 * One indicator over time (`history`), the same thing from different sources side by side
 * (`compare`), and the figure that held on a date (`latestOnOrBefore`, for `get --as-of`). Pure:
 * figure records in, records out.
 *
 * Dates: an observation is dated by the last day its `asOf` covers (2023-09 -> 2023-09-30, 2023 ->
 * 2023-12-31), so a monthly figure sorts after the daily ones of that month. As of a day, a figure
 * holds from the first day of its period (its `period`, else the days its `asOf` covers): a
 * month's figure answers for any day of that month, and one in force on the day beats one that
 * ended before it. Observations of one day are ordered by source id, then figure id; the sort is
 * stable.
 *
 * Figures measure "the same thing" when they share indicator, unit and place. A query matches
 * an indicator exactly; failing that, every indicator that starts with it (`arrival` ->
 * `arrivals`, `arrivals-cumulative`); failing that, a figure id stands for its indicator and
 * place. Observations that differ in indicator, unit or place are never mixed: no change is
 * computed across them and `compare` puts them in separate groups, each with a warning.
 */

import { ownValue } from '../domain/lookup.js';
import { maxOf, minOf } from '../domain/extremes.js';
import { NotFoundError, UsageError, clipInput, someOf } from '../errors.js';
import { Dec } from '../convert/decimal.js';
import { explainBadDate, isPartialDate, lastDayOf } from '../domain/dates.js';
import { suggest } from '../domain/suggest.js';
import type { FigureRecord } from '../derive/figure-record.js';
import { alongDimensions, breakdownPredicate, constantContext, breakdownPredicateBySource, finerDimensions, nameBreakdownHint, runsAlong, whereFlag } from '../derive/select-figures.js';
import { fromRecord, sub } from './interval.js';

/** A figure record with the day it is sorted by. */
export type Observation = FigureRecord & {
  /** the last day the figure's asOf covers, YYYY-MM-DD */
  date: string;
};

/** The change from the previous observation of a series. */
export interface Change {
  /**
   * value minus the previous value; null when either is a `range` figure, whose value is only its
   * low end: the change is then low to high alone
   */
  absolute: number | null;
  /** absolute / previous value; null when the previous value is 0 or absolute is null */
  relative: number | null;
  /** the range of the absolute change, from both ranges (null = open) */
  low: number | null;
  high: number | null;
}

export type HistoryEntry = Observation & {
  /** null for the first observation and across a change of unit, place or indicator */
  change: Change | null;
  warning: string | null;
};

export interface HistoryResult {
  /** what was asked for */
  query: string;
  /** the indicators the query matched */
  indicators: string[];
  place: string | null;
  from: string | null;
  to: string | null;
  observations: HistoryEntry[];
  warnings: string[];
}

export interface Spread {
  min: number;
  max: number;
  /** max / min; null when min is 0 */
  ratio: number | null;
}

/** Observations of one indicator, unit and place: comparable. */
export interface ComparisonGroup {
  indicator: string;
  unit: string;
  place: { id: string; name: string };
  /** one per source, by source id */
  observations: Observation[];
  spread: Spread;
}

export interface ComparisonResult {
  query: string;
  asOf: string | null;
  groups: ComparisonGroup[];
  warnings: string[];
}

function checkDate(date: string | undefined, what: string): void {
  if (date !== undefined && !isPartialDate(date)) throw new UsageError(`${what}: ${explainBadDate(date, true)}`);
}

/** The first day a partial date covers: 2023 -> 2023-01-01, 2023-09 -> 2023-09-01. */
function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function observe(r: FigureRecord): Observation {
  return { ...r, date: lastDayOf(r.asOf) };
}

/** Date, then source id, then figure id; Array.prototype.sort is stable. */
function byDate(a: Observation, b: Observation): number {
  return cmp(a.date, b.date) || cmp(a.source.id, b.source.id) || cmp(a.id, b.id);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const distinct = <T>(xs: T[]): T[] => [...new Set(xs)];

interface Series {
  indicators: string[];
  prefixMatched: boolean;
  place: string | null;
  figures: FigureRecord[];
  /** what the series is, said where a named breakdown leaves a dimension that changes along it */
  notes: string[];
}

/**
 * The figures a query stands for (an indicator, the start of indicators, or a figure id),
 * restricted to a place when one is given. NotFoundError when nothing matches, naming the
 * file's indicators: `known` when the figures given are only those that may match (a large file
 * read as a stream), else those of the figures.
 */
function selectSeries(figures: readonly FigureRecord[], query: string, place: string | undefined, allowFigureId = true, known?: readonly string[], named?: ReadonlyMap<string, string>): Series {
  let indicators = distinct(figures.filter((f) => f.indicator === query).map((f) => f.indicator));
  let prefixMatched = false;
  let where = place ?? null;
  if (indicators.length === 0) {
    indicators = distinct(figures.filter((f) => f.indicator.startsWith(query)).map((f) => f.indicator)).sort();
    prefixMatched = indicators.length > 1;
  }
  // a figure id asks for its own breakdown (or the totals); an indicator asks for the totals
  let breakdown: string | null = null;
  let byId: FigureRecord | undefined;
  if (indicators.length === 0 && allowFigureId) {
    const figure = figures.find((f) => f.id === query);
    if (figure) {
      byId = figure;
      indicators = [figure.indicator];
      where = place ?? figure.place.id;
      breakdown = breakdownKey(figure);
    }
  }
  if (indicators.length === 0) {
    const names = known ? [...known] : distinct(figures.map((f) => f.indicator));
    const guesses = suggest(query, names);
    throw new NotFoundError(`no figures with indicator '${query}'`, [
      ...(guesses.length > 0 ? [`did you mean ${guesses.join(', ')}?`] : []),
      `indicators: ${names.sort().join(', ') || 'none'}`,
    ]);
  }
  const ofIndicator = figures.filter((f) => indicators.includes(f.indicator));
  const selected = where === null ? ofIndicator : ofIndicator.filter((f) => f.place.id === where);
  if (selected.length === 0) {
    const places = distinct(ofIndicator.map((f) => f.place.id)).sort();
    throw new NotFoundError(`no figures with indicator '${indicators.join("', '")}' for place '${where}'`, [`places with such figures: ${places.join(', ')}`]);
  }
  if (named !== undefined && byId !== undefined) {
    // a figure id names its own series: the flags must describe it, not another ("history pin-fsc-f --sector EDU")
    if (!breakdownPredicate([byId], named)(byId.breakdown)) {
      throw new NotFoundError(`figure '${byId.id}' does not match the filters`, [`it is ${byId.breakdown === null ? 'a total' : `of ${Object.entries(byId.breakdown).map(([k, v]) => `${k}=${v}`).join(', ')}`}: give its id alone, or an indicator with the flags`]);
    }
  } else if (named !== undefined) return { indicators, prefixMatched, place: where, ...namedSeries(selected, named, query, where) };
  const same = selected.filter((f) => breakdownKey(f) === breakdown);
  if (same.length === 0) {
    const dims = distinct(selected.flatMap((f) => Object.keys(f.breakdown ?? {}))).sort();
    // (the flag that picks one series, as get names it; a figure id also does)
    throw new NotFoundError(`'${query}'${where === null ? '' : ` for place '${where}'`} has only breakdowns (${selected.length} figure${selected.length === 1 ? '' : 's'} by ${dims.join(', ')}), no total to follow`, [
      nameBreakdownHint(selected[0]!.breakdown!, selected[0]!.indicator, where),
    ]);
  }
  return { indicators, prefixMatched, place: where, figures: same, notes: [] };
}

/**
 * The series of a named breakdown ("--sector Health"): the figures that have it and no finer
 * dimension (the sector's own figures, not its women's or its refugees' within it). An appeal or a
 * plan may change along the series, one a date for a place (FTS: each year's requirement is of
 * that year's appeal), and is then said; where it gives one source two figures of one date and
 * place, the user names one.
 */
function namedSeries(selected: readonly FigureRecord[], named: ReadonlyMap<string, string>, query: string, where: string | null): { figures: FigureRecord[]; notes: string[] } {
  const asked = [...named].map(([k, v]) => `${k}=${v}`).join(', ');
  // (each source's figures matched against that source's own spellings)
  const having = selected.filter(breakdownPredicateBySource(selected, named, (f) => f.source.id));
  if (having.length === 0) {
    const dims = distinct(selected.flatMap((f) => Object.keys(f.breakdown ?? {}))).sort();
    throw new NotFoundError(`no figure of '${query}'${where === null ? '' : ` for place '${where}'`} has ${asked}`, [dims.length > 0 ? `its figures are broken down by ${dims.join(', ')} (humfig list shows them)` : 'its figures are totals: ask without a breakdown']);
  }
  // (a price's unit, type or flag that every figure gives alike tells none apart: constantContext)
  const fixed = constantContext(having);
  const figures = having.filter((f) => finerDimensions(f.breakdown, named).every((k) => fixed.has(k)));
  if (figures.length === 0) {
    const dims = distinct(having.flatMap((f) => finerDimensions(f.breakdown, named))).sort();
    const first = having[0]!;
    const key = finerDimensions(first.breakdown, named)[0]!;
    throw new NotFoundError(`'${query}' with ${asked}${where === null ? '' : ` for place '${where}'`} has only finer breakdowns (${having.length} figure${having.length === 1 ? '' : 's'} by ${dims.join(', ')}), no series of ${asked} alone`, [`name one more, e.g. ${whereFlag(key, first.breakdown![key]!)}`]);
  }
  const along = distinct(figures.flatMap((f) => alongDimensions(f.breakdown, named))).sort();
  if (along.length === 0) return { figures, notes: [] };
  // (one source's two figures of one place and date, told apart by an appeal: two series, not one)
  const byDay = new Map<string, FigureRecord>();
  for (const f of figures) {
    const key = `${f.place.id}\u0000${f.unit}\u0000${f.source.id}\u0000${f.indicator}\u0000${f.asOf}`;
    const other = byDay.get(key);
    if (other !== undefined) {
      const k = along.find((d) => ownValue(other.breakdown, d) !== ownValue(f.breakdown, d)) ?? along[0]!;
      throw new NotFoundError(`'${query}' with ${asked} has two figures of ${f.asOf} for ${f.place.id} from one source, told apart by ${k} (${ownValue(other.breakdown, k) ?? 'none'}, ${ownValue(f.breakdown, k) ?? 'none'}): not one series`, [`name one more, e.g. --where ${k}=${ownValue(other.breakdown, k) ?? ownValue(f.breakdown, k)}`]);
    }
    byDay.set(key, f);
  }
  const values = (k: string) =>
    distinct(
      figures.flatMap((f) => {
        const v = ownValue(f.breakdown, k);
        return v === undefined ? [] : [v];
      }),
    );
  return { figures, notes: [`the figures of ${asked} are of ${along.map((k) => `${k} ${values(k).slice(0, 6).join(', ')}${values(k).length > 6 ? ', ...' : ''}`).join(' and ')}, one a date: followed as one series`] };
}

/** A figure's breakdown as a key ('' never occurs: null for a total). */
function breakdownKey(f: FigureRecord): string | null {
  if (f.breakdown === null) return null;
  return Object.keys(f.breakdown)
    .sort()
    .map((k) => `${k}=${f.breakdown![k]}`)
    .join('\u0000');
}

/** A warning naming what the observations differ in, or nothing when they all agree. */
function mixWarnings(obs: readonly Observation[], query: string, prefixMatched: boolean): string[] {
  const warnings = indicatorWarnings(obs, query, prefixMatched);
  const units = distinct(obs.map((o) => o.unit));
  const places = distinct(obs.map((o) => o.place.id));
  if (units.length > 1) warnings.push(`the figures are in different units (${someOf(units)}): they are not mixed`);
  if (places.length > 1) warnings.push(`the figures are for different places (${someOf(places)}): they are not mixed`);
  return warnings;
}

/** A warning when a query matched several indicators by prefix, or nothing. */
function indicatorWarnings(obs: readonly Observation[], query: string, prefixMatched: boolean): string[] {
  const indicators = distinct(obs.map((o) => o.indicator));
  return prefixMatched && indicators.length > 1 ? [`'${clipInput(query)}' matches several indicators (${someOf(indicators)}), which may be defined differently: they are not mixed`] : [];
}

/** What two observations differ in (indicator, unit, place), or undefined when comparable. */
function difference(a: Observation, b: Observation): string | undefined {
  if (a.indicator !== b.indicator) return `indicator ${a.indicator}, not ${b.indicator}`;
  if (a.unit !== b.unit) return `unit ${a.unit}, not ${b.unit}`;
  if (a.place.id !== b.place.id) return `place ${a.place.id}, not ${b.place.id}`;
  return undefined;
}

/**
 * The observations of an indicator in date order, each with its change from the previous one
 * (null for the first, and with a warning where the unit, place or indicator changes). `from` and
 * `to` (YYYY, YYYY-MM or YYYY-MM-DD) keep observations whose day lies from the first day of
 * `from` to the last day of `to`.
 */
export function history(
  figures: readonly FigureRecord[],
  indicator: string,
  options: { place?: string | undefined; from?: string | undefined; to?: string | undefined; knownIndicators?: readonly string[] | undefined; breakdown?: ReadonlyMap<string, string> | undefined } = {},
): HistoryResult {
  checkDate(options.from, '--from');
  checkDate(options.to, '--to');
  const series = selectSeries(figures, indicator, options.place, true, options.knownIndicators, options.breakdown);
  const lo = options.from === undefined ? undefined : firstDayOf(options.from);
  const hi = options.to === undefined ? undefined : lastDayOf(options.to);
  const obs = series.figures
    .map(observe)
    .filter((o) => (lo === undefined || o.date >= lo) && (hi === undefined || o.date <= hi))
    .sort(byDate);
  const entries: HistoryEntry[] = obs.map((o, i) => {
    const prev = obs[i - 1];
    if (prev === undefined) return { ...o, change: null, warning: null };
    const differs = difference(o, prev);
    if (differs !== undefined) return { ...o, change: null, warning: `no change computed: ${differs} as the previous observation (${prev.id})` };
    // a range's value is its low end, no estimate: between ranges only the span of the change holds
    const ranged = o.qualifier === 'range' || prev.qualifier === 'range';
    const absolute = new Dec(o.value).minus(prev.value);
    const range = sub(fromRecord(o), fromRecord(prev));
    return {
      ...o,
      change: {
        absolute: ranged ? null : absolute.toNumber(),
        relative: ranged || prev.value === 0 ? null : absolute.div(prev.value).toNumber(),
        low: range.low?.toNumber() ?? null,
        high: range.high?.toNumber() ?? null,
      },
      warning:
        o.date === prev.date
          ? `same day as the previous observation (${prev.id}, source ${prev.source.id}): the change is a difference between sources`
          : o.source.id !== prev.source.id
            ? `${OTHER_SOURCE_WARNING} (${prev.id}, source ${prev.source.id}): the change may be one of counting, not of the situation`
            : null,
    };
  });
  return {
    query: indicator,
    indicators: series.indicators,
    place: series.place,
    from: options.from ?? null,
    to: options.to ?? null,
    observations: entries,
    warnings: [...series.notes, ...mixWarnings(obs, indicator, series.prefixMatched)],
  };
}

/** How an entry's warning starts where its source is not the previous observation's (the JSON's `warning` text). */
export const OTHER_SOURCE_WARNING = 'another source than the previous observation';

/**
 * The same thing from different sources: for each source, its latest observation on or before
 * `asOf` (or its latest of all), grouped by indicator, unit and place so that different
 * definitions are never mixed, each group with the spread of its values.
 */
export function compare(
  figures: readonly FigureRecord[],
  indicator: string,
  options: { place?: string | undefined; asOf?: string | undefined; knownIndicators?: readonly string[] | undefined; breakdown?: ReadonlyMap<string, string> | undefined } = {},
): ComparisonResult {
  checkDate(options.asOf, '--as-of');
  const series = selectSeries(figures, indicator, options.place, true, options.knownIndicators, options.breakdown);
  const until = options.asOf === undefined ? undefined : lastDayOf(options.asOf);
  const obs = series.figures.filter((f) => answerKey(f, until) !== null).map(observe).sort(byDate);
  if (obs.length === 0) {
    const first = earliest(series.figures);
    throw new NotFoundError(`no figures with indicator '${series.indicators.join("', '")}' on or before ${options.asOf}`, first ? [`the earliest is ${first.id}, of ${first.asOf}`] : []);
  }
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    const key = JSON.stringify([o.indicator, o.unit, o.place.id]);
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  // groups of another unit or place are shown apart, each labelled: no warning for them; a
  // query that matched several indicators gets one (the user asked for one thing)
  const warnings = [...series.notes, ...indicatorWarnings(obs, indicator, series.prefixMatched)];
  const result: ComparisonGroup[] = [];
  for (const list of groups.values()) {
    // the best answer of each source on the day; of one source's figures of one day, the first by figure id
    const bySource = new Map<string, Observation[]>();
    for (const o of list) {
      const own = bySource.get(o.source.id);
      if (own) own.push(o);
      else bySource.set(o.source.id, [o]);
    }
    const side = [...bySource.values()].map((own) => bestOn(own, until)!).sort((a, b) => cmp(a.source.id, b.source.id) || cmp(a.id, b.id));
    const values = side.map((o) => o.value);
    const min = minOf(values);
    const max = maxOf(values);
    const first = side[0]!;
    const dates = distinct(side.map((o) => o.asOf)).sort();
    if (side.length > 1 && dates.length > 1) {
      warnings.push(`${first.indicator} (${first.unit}, ${first.place.id}): the sources' latest figures are of different dates (${dates.join(', ')})`);
    }
    result.push({
      indicator: first.indicator,
      unit: first.unit,
      place: { ...first.place },
      observations: side,
      spread: { min, max, ratio: min === 0 ? null : new Dec(max).div(min).toNumber() },
    });
  }
  return { query: indicator, asOf: options.asOf ?? null, groups: result, warnings };
}

/** The days a figure covers: its period where the file gives one, else the days of its asOf (2023-09: the whole month). */
export function coveredDays(r: Pick<FigureRecord, 'asOf' | 'period'>): { start: string; end: string } {
  return r.period ?? { start: firstDayOf(r.asOf), end: lastDayOf(r.asOf) };
}

/**
 * How well a figure answers "as of `day`": null when its period starts after that day; else a
 * key that sorts later for a better answer: the last day it covers up to `day` (a figure in
 * force on the day beats one that ended before it), then its first day (of two in force, the
 * one that began later: a month's figure beats its year's). Without a day, by its last day.
 */
function answerKey(r: FigureRecord, day: string | undefined): string | null {
  const { start, end } = coveredDays(r);
  if (day !== undefined && start > day) return null;
  return `${day !== undefined && end > day ? day : end}/${start}`;
}

/** Of some figures, the best answer on `day` (ties: the first by source id, then id); undefined when none has begun by then. */
function bestOn<R extends FigureRecord>(figures: readonly R[], day: string | undefined): R | undefined {
  let best: R | undefined;
  let bestKey = '';
  for (const f of figures) {
    const key = answerKey(f, day);
    if (key === null) continue;
    if (best === undefined || key > bestKey || (key === bestKey && (cmp(f.source.id, best.source.id) || cmp(f.id, best.id)) < 0)) {
      best = f;
      bestKey = key;
    }
  }
  return best;
}

/** The earliest figure of some, for "the earliest is ..." hints. */
function earliest(figures: readonly FigureRecord[]): FigureRecord | undefined {
  return figures.map(observe).sort(byDate)[0];
}

/** The series a figure belongs to: its indicator, unit, place and breakdown. */
function seriesKeyOf(f: FigureRecord): string {
  return `${f.indicator}\u0000${f.unit}\u0000${f.place.id}\u0000${breakdownKey(f) ?? ''}`;
}

/**
 * For each series among the figures (same indicator, unit, place and breakdown), the figure that
 * holds on `asOf` (YYYY, YYYY-MM or YYYY-MM-DD; its last day), or the newest without one; in the
 * order the series first appear. A figure holds from the first day of its period (a month's
 * figure answers for any day of that month). Series with nothing that old are left out.
 */
export function latestOfEachSeries(figures: readonly FigureRecord[], asOf?: string): FigureRecord[] {
  checkDate(asOf, '--as-of');
  const day = asOf === undefined ? undefined : lastDayOf(asOf);
  const series = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    const key = seriesKeyOf(f);
    const list = series.get(key);
    if (list) list.push(f);
    else series.set(key, [f]);
  }
  const out: FigureRecord[] = [];
  for (const list of series.values()) {
    const best = bestOn(list, day);
    if (best) out.push(best);
  }
  return withoutSupersededPlans(out, day);
}

/**
 * For each answer of latestOfEachSeries, the figures of its series that hold on the same days from
 * another source with another value (FTS's and HAPI's funding of one appeal and year): the answer is
 * chosen among them by source id alone, so the caller says the others exist. One pass over the figures.
 */
export function rivalAnswers(figures: readonly FigureRecord[], answers: readonly FigureRecord[], asOf?: string): Map<FigureRecord, FigureRecord[]> {
  const day = asOf === undefined ? undefined : lastDayOf(asOf);
  const bySeries = new Map<string, FigureRecord>();
  for (const a of answers) bySeries.set(seriesKeyOf(a), a);
  const out = new Map<FigureRecord, FigureRecord[]>();
  for (const f of figures) {
    const answer = bySeries.get(seriesKeyOf(f));
    if (answer === undefined || f === answer || f.source.id === answer.source.id || f.value === answer.value) continue;
    if (answerKey(f, day) !== answerKey(answer, day)) continue;
    const list = out.get(answer);
    if (list) list.push(f);
    else out.set(answer, [f]);
  }
  return out;
}

/**
 * Drops from the answers of several series those of a plan that a later plan of the same series
 * replaced (FTS: the requirement of appeal HAFG17 once HAFG18's year has begun, for one sector and
 * place): the series that differ only by their appeal or plan (ALONG_SERIES), where another answer
 * began after this one's period ended, and on or before `day`. Two plans in force together (a flash
 * appeal and a response plan of one year) both stay. One pass to group, then each group alone.
 */
function withoutSupersededPlans(answers: FigureRecord[], day: string | undefined): FigureRecord[] {
  const groups = new Map<string, FigureRecord[]>();
  for (const f of answers) {
    if (f.breakdown === null || !Object.keys(f.breakdown).some(runsAlong)) continue;
    const rest = Object.keys(f.breakdown).filter((k) => !runsAlong(k)).sort().map((k) => `${k}=${f.breakdown![k]}`).join('\u0000');
    const key = `${f.indicator}\u0000${f.unit}\u0000${f.place.id}\u0000${rest}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [f]);
    else group.push(f);
  }
  const dropped = new Set<FigureRecord>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // (the latest start among the group's answers that had begun by the day)
    let latestStart = '';
    for (const f of group) {
      const { start } = coveredDays(f);
      if ((day === undefined || start <= day) && start > latestStart) latestStart = start;
    }
    for (const f of group) if (coveredDays(f).end < latestStart) dropped.add(f);
  }
  return dropped.size === 0 ? answers : answers.filter((f) => !dropped.has(f));
}


/**
 * The figure that held on `asOf` (for `get --as-of`): the best answer on its last day (a figure
 * holds from the first day of its period, so a month's figure answers any day of that month) of
 * the series of a figure id (same indicator, unit, place and breakdown as that figure) or of an
 * indicator's totals (which must then have one unit and place, or `place` must choose one).
 * Ties go to the first by source id, then figure id. NotFoundError when nothing is that old.
 */
export function latestOnOrBefore(
  figures: readonly FigureRecord[],
  idOrIndicator: string,
  asOf: string,
  options: { place?: string | undefined } = {},
): FigureRecord {
  checkDate(asOf, '--as-of');
  let candidates: FigureRecord[];
  const figure = figures.find((f) => f.id === idOrIndicator);
  if (figure) {
    const own = breakdownKey(figure);
    candidates = figures.filter((f) => f.indicator === figure.indicator && f.unit === figure.unit && f.place.id === figure.place.id && breakdownKey(f) === own);
  } else {
    candidates = selectSeries(figures, idOrIndicator, options.place, false).figures;
    const kinds = distinct(candidates.map((f) => `${f.indicator} in ${f.unit} for ${f.place.id}`));
    if (kinds.length > 1) {
      throw new UsageError(`'${idOrIndicator}' covers different things: ${kinds.join('; ')}`, [
        'name a figure id instead, or give a place',
      ]);
    }
  }
  const best = bestOn(candidates, lastDayOf(asOf));
  if (best === undefined) {
    const first = earliest(candidates);
    throw new NotFoundError(`no figure of '${idOrIndicator}' holds on or before ${asOf}`, first ? [`the earliest is ${first.id}, of ${first.asOf}`] : []);
  }
  return best;
}
