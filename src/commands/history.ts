/** `humfig history`: every observation of one indicator over time, with the change between them (src/trust/history.ts). */
import { oneLine } from '../output/sanitize.js';
import { EXIT, NotFoundError, UsageError, type ExitCode } from '../errors.js';
import type { RecordView } from '../output/formats.js';
import { formatNumber, groupDigits } from '../output/format-number.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { extent, lineChart, sparkline } from '../output/sparkline.js';
import { history, OTHER_SOURCE_WARNING, type HistoryEntry } from '../trust/history.js';
import { namedPlaceOrCountry } from '../derive/select-figures.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { allRecords, seriesKeep, warnEach } from './figure-inputs.js';
import { breakdownFilter, checkBreakdown } from './figure-filter.js';
import type { FigureFilterFlags } from './shared-flags.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface HistoryOptions extends CommonOptions {
  indicator: string;
  place?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
  /** draw the series as a line chart above the table */
  chart?: boolean | undefined;
  /** the breakdown asked for (--sector, --where ...): its series rather than the totals' */
  breakdown?: Map<string, string> | undefined;
}

/** How many rows' caveats (a change across sources) a table names on stderr before a count of the rest. */
const ROW_CAVEATS = 5;
/** How many of the latest values the trend column of a row shows. */
const TREND_POINTS = 12;
const CHART_HEIGHT = 8;
const CHART_MAX_WIDTH = 100;

const signed = (n: number) => `${n >= 0 ? '+' : ''}${formatNumber(n)}`;

/**
 * "+250 (+13.9%)"; "+16 points (+19.5% relative)" for a percentage; "≈ -2,500 (-4.0%)" where either value is not exact; "+724,000 or more (+31.8% or
 * more)" to a figure with no upper end ("more than 3 million"), "or less" with no lower end; from
 * or to a range figure, the span of the change: "-5,000 to +15,000".
 */
function changeText(e: HistoryEntry): string {
  const c = e.change;
  if (c === null) return '';
  if (c.absolute === null) return c.low !== null && c.high !== null ? `${signed(c.low)} to ${signed(c.high)}` : '';
  const open = c.high === null ? ' or more' : c.low === null ? ' or less' : '';
  const approximate = open === '' && c.low !== c.high ? '≈ ' : '';
  // (a percent grouped as other numbers are: "+1,801,439,850,948,197,888.0%", not run together)
  // (a change of a percentage is in percentage points, and its relative change says "relative": "+16 points (+19.5% relative)")
  const points = e.unit === 'percent' ? ` point${Math.abs(c.absolute) === 1 ? '' : 's'}` : '';
  return `${approximate}${signed(c.absolute)}${points}${open}${c.relative === null ? '' : ` (${c.relative >= 0 ? '+' : ''}${percentText(c.relative * 100)}%${points ? ' relative' : ''}${open})`}`;
}

/** A percentage to one decimal, its digits grouped. */
export function percentText(percent: number): string {
  return Math.abs(percent) < 1e21 ? groupDigits(percent.toFixed(1)) : formatNumber(percent);
}

const historyView: RecordView<HistoryEntry> = {
  json: (e) => ({ ...e }),
  fields: ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'date', 'place', 'source', 'quote', 'stated', 'notes', 'change', 'warning'],
  table: [
    { header: 'as of', value: (e) => e.asOf },
    { header: 'id', value: (e) => e.id },
    { header: 'value', value: (e) => formatQuantity(e), human: (e) => formatQuantity(e, true) },
    { header: 'change', value: changeText },
    { header: 'place', value: (e) => e.place.name },
    { header: 'source', value: (e) => e.source.id },
  ],
  csv: [
    { header: 'date', value: (e) => e.date, hxl: '#date+reported' },
    { header: 'asOf', value: (e) => e.asOf, hxl: '#date+asof' },
    { header: 'id', value: (e) => e.id, hxl: '#meta+id' },
    { header: 'indicator', value: (e) => e.indicator, hxl: '#indicator+code' },
    { header: 'value', value: (e) => e.value, hxl: '#indicator+value+num' },
    { header: 'low', value: (e) => e.low, hxl: '#indicator+value+min+num' },
    { header: 'high', value: (e) => e.high, hxl: '#indicator+value+max+num' },
    { header: 'unit', value: (e) => e.unit, hxl: '#indicator+unit' },
    { header: 'qualifier', value: (e) => e.qualifier, hxl: '#indicator+qualifier' },
    { header: 'change', value: (e) => e.change?.absolute ?? null, hxl: '#indicator+change+num' },
    { header: 'change_relative', value: (e) => e.change?.relative ?? null, hxl: '#indicator+change+pct' },
    { header: 'change_low', value: (e) => e.change?.low ?? null, hxl: '#indicator+change+min+num' },
    { header: 'change_high', value: (e) => e.change?.high ?? null, hxl: '#indicator+change+max+num' },
    { header: 'place', value: (e) => e.place.id, hxl: '#loc+code' },
    { header: 'source', value: (e) => e.source.id, hxl: '#meta+source+code' },
    { header: 'warning', value: (e) => e.warning, hxl: '#meta+warning' },
  ],
};

/**
 * Where a picture puts an observation: its value, except that a `range` figure (whose value is
 * only its low end) is drawn at the middle of its range, so a series of ranges is not drawn low.
 */
function plotted(e: HistoryEntry): number {
  return e.qualifier === 'range' && e.low !== null && e.high !== null ? (e.low + e.high) / 2 : e.value;
}

/**
 * The table with a trend column after the value: each row shows the sparkline of the series up
 * to that row (its last TREND_POINTS values), on one scale for the whole table, so the last
 * block of each row is that row's value and rows compare with each other.
 */
function withTrend(observations: readonly HistoryEntry[]): RecordView<HistoryEntry> {
  // each row's trend is of its own series (indicator, unit and place): rows of several, which the
  // history lists in one date order but never mixes, each draw their own line on their own scale
  const series = new Map<string, { entries: HistoryEntry[]; values: number[] }>();
  for (const e of observations) {
    const key = `${e.indicator}\u0000${e.unit}\u0000${e.place.id}`;
    let s = series.get(key);
    if (s === undefined) series.set(key, (s = { entries: [], values: [] }));
    s.entries.push(e);
    s.values.push(plotted(e));
  }
  const trend = new Map<HistoryEntry, string>();
  for (const { entries, values } of series.values()) {
    const scale = extent(values);
    entries.forEach((e, i) => trend.set(e, sparkline(values.slice(Math.max(0, i + 1 - TREND_POINTS), i + 1), scale)));
  }
  const table = [...historyView.table];
  table.splice(3, 0, { header: 'trend', value: (e) => trend.get(e) ?? '' });
  return { ...historyView, table };
}

/** The series as a line chart, or why it is not drawn (observations that do not compare). */
function chartOf(observations: readonly HistoryEntry[], width: number | undefined): { lines: string[] } | { why: string } {
  const apart = observations.find((e, i) => i > 0 && e.change === null);
  if (apart) return { why: `${apart.id} does not compare with the observation before it (${apart.warning ?? 'another unit, place or indicator'})` };
  const first = observations[0]!;
  const last = observations[observations.length - 1]!;
  const lines = lineChart(
    observations.map(plotted),
    { height: CHART_HEIGHT, width: Math.min(width ?? 80, CHART_MAX_WIDTH), format: (v) => formatNumber(Number(v.toPrecision(3))), first: first.asOf, last: last.asOf },
  );
  return { lines: [`${first.indicator}, ${first.unit}${first.place.name ? `, ${first.place.name}` : ''}`, ...lines] };
}

export async function historyCommand(options: HistoryOptions, io: Io): Promise<ExitCode> {
  if (options.chart && options.format !== 'table') throw new UsageError(`--chart draws for people, with the table format; --format ${options.format} is for scripts`);
  const facts = await openFacts(options.facts, seriesKeep(options.indicator));
  const place = options.place === undefined ? undefined : await namedPlaceOrCountry(facts.data.places, options.place, '--place');
  if (options.breakdown !== undefined) checkBreakdown(options.breakdown, facts.data.figures);
  const result = history(allRecords(facts), options.indicator, { place, from: options.from, to: options.to, knownIndicators: facts.whole.indicators, breakdown: options.breakdown });
  if (result.observations.length === 0) throw new NotFoundError(`no observation of '${options.indicator}' in that range`);
  if (options.chart) {
    const chart = chartOf(result.observations, options.render.width);
    if ('lines' in chart) io.out(`${chart.lines.join('\n')}\n\n`);
    else io.err(`humfig: no chart: ${chart.why}\n`);
  }
  const table = options.format === 'table' && !options.fields;
  io.out(await renderRecords(result.observations, table ? withTrend(result.observations) : historyView, options));
  warnEach(io, result.warnings);
  // a change the table shows without its caveat (another source, the same day) is named on stderr for
  // people; the flat and JSON formats carry each row's own `warning`
  if (options.format === 'table' || options.format === 'plain') {
    let caveats = result.observations.filter((e) => e.warning !== null && e.change !== null);
    // (a series whose every step changes source, a sitrep a source, is said once, not a line a step)
    const between = caveats.filter((e) => e.warning!.startsWith(OTHER_SOURCE_WARNING));
    if (between.length > ROW_CAVEATS) {
      const changes = result.observations.filter((e) => e.change !== null).length;
      io.err(`humfig: note: ${between.length === changes ? 'every change' : `${between.length} of the ${changes} changes`} in this history ${between.length === changes || between.length === 1 ? 'is' : 'are'} between two sources (from ${oneLine(between[0]!.id)} on): each may be one of counting, not of the situation\n`);
      caveats = caveats.filter((e) => !e.warning!.startsWith(OTHER_SOURCE_WARNING));
    }
    for (const e of caveats.slice(0, ROW_CAVEATS)) io.err(`humfig: note: ${oneLine(`${e.id}: ${e.warning}`)}\n`);
    if (caveats.length > ROW_CAVEATS) io.err(`humfig: note: ... and ${caveats.length - ROW_CAVEATS} more changes with a caveat (--format csv has each row's warning)\n`);
  }
  return EXIT.ok;
}

/** Runs `humfig history` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ place?: string; from?: string; to?: string; chart?: boolean } & FigureFilterFlags>, context: CommandContext): Promise<ExitCode> {
  return historyCommand({ ...context.common(f), indicator: args[0] as string, place: f.place, from: f.from, to: f.to, chart: f.chart, breakdown: breakdownFilter(f) }, context.io);
}
