/**
 * `humfig compare`: the same indicator from different sources side by side, with the spread
 * (src/trust/history.ts); a table draws it as a bar per source.
 */
import { EXIT, NotFoundError, type ExitCode } from '../errors.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { barScale, paintBar, spreadBar, type BarScale } from '../output/spread-bar.js';
import { compare, type Observation } from '../trust/history.js';
import { namedPlaceOrCountry } from '../derive/select-figures.js';
import { openFacts, type Io } from './context.js';
import { allRecords, seriesKeep, warnEach } from './figure-inputs.js';
import { breakdownFilter, checkBreakdown } from './figure-filter.js';
import type { FigureFilterFlags } from './shared-flags.js';
import type { HistoryOptions } from './history.js';
import type { CommandInput, CommandContext } from './command-spec.js';

type CompareRow = Observation & { group: number; min: number; max: number; ratio: number | null };

const compareView: RecordView<CompareRow> = {
  json: (r) => ({ ...r }),
  fields: ['group', 'id', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'date', 'place', 'source', 'quote', 'min', 'max', 'ratio'],
  // short columns, so that a row keeps one line in 80 columns: the unit is in the value, the
  // group's min and max are among its values, and the indicator is the one asked for (a column
  // of its own is added when the query matched several: tableView)
  table: [
    { header: 'place', value: (r) => r.place.name },
    { header: 'source', value: (r) => `${r.source.id}` },
    { header: 'as of', value: (r) => r.asOf },
    { header: 'value', value: (r) => formatQuantity(r), human: (r) => formatQuantity(r, true) },
    { header: 'max/min', value: (r) => (r.ratio === null ? '' : `×${r.ratio.toFixed(2)}`) },
  ],
  csv: [
    { header: 'group', value: (r) => r.group, hxl: '#meta+group+num' },
    { header: 'indicator', value: (r) => r.indicator, hxl: '#indicator+code' },
    { header: 'unit', value: (r) => r.unit, hxl: '#indicator+unit' },
    { header: 'place', value: (r) => r.place.id, hxl: '#loc+code' },
    { header: 'source', value: (r) => r.source.id, hxl: '#meta+source+code' },
    { header: 'id', value: (r) => r.id, hxl: '#meta+id' },
    { header: 'asOf', value: (r) => r.asOf, hxl: '#date+reported' },
    { header: 'value', value: (r) => r.value, hxl: '#indicator+value+num' },
    { header: 'low', value: (r) => r.low, hxl: '#indicator+value+min+num' },
    { header: 'high', value: (r) => r.high, hxl: '#indicator+value+max+num' },
    { header: 'min', value: (r) => r.min, hxl: '#indicator+min+num' },
    { header: 'max', value: (r) => r.max, hxl: '#indicator+max+num' },
    { header: 'ratio', value: (r) => r.ratio, hxl: '#indicator+ratio+num' },
  ],
};

/**
 * The bar's width when the table has room; a narrow terminal gets a narrower bar, down to
 * BAR_MIN, and none when even that does not fit beside the text.
 */
const BAR_WIDTH = 20;
const BAR_MIN = 6;

/**
 * The table with a bar after the value: each source's value and interval on one scale per
 * group, from its lowest to its highest value or bound (src/output/spread-bar.ts).
 */
function withBar(rows: readonly CompareRow[]): RecordView<CompareRow> {
  const scales = new Map<number, BarScale>();
  const byGroup = new Map<number, CompareRow[]>();
  for (const r of rows) {
    const list = byGroup.get(r.group);
    if (list) list.push(r);
    else byGroup.set(r.group, [r]);
  }
  for (const [group, list] of byGroup) scales.set(group, barScale(list));
  const draw = (r: CompareRow, width: number) => spreadBar(r, scales.get(r.group)!, width);
  const view = tableView(rows);
  const table = [...view.table];
  table.splice(table.length - 1, 0, { header: 'bar', value: (r) => draw(r, BAR_WIDTH), picture: { min: BAR_MIN, draw }, style: paintBar });
  return { ...view, table };
}

/**
 * The table's columns: an indicator column first when the rows are of several indicators, and
 * max/min left empty for a group of one observation (one source has no spread to show).
 */
function tableView(rows: readonly CompareRow[]): RecordView<CompareRow> {
  const sizes = new Map<number, number>();
  for (const r of rows) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  const table = compareView.table.map((c) =>
    c.header === 'max/min' ? { ...c, value: (r: CompareRow) => (sizes.get(r.group) === 1 ? '' : c.value(r)) } : c,
  );
  if (new Set(rows.map((r) => r.indicator)).size < 2) return { ...compareView, table };
  return { ...compareView, table: [{ header: 'indicator', value: (r) => r.indicator }, ...table] };
}

export async function compareCommand(options: HistoryOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts, seriesKeep(options.indicator));
  const place = options.place === undefined ? undefined : await namedPlaceOrCountry(facts.data.places, options.place, '--place');
  if (options.breakdown !== undefined) checkBreakdown(options.breakdown, facts.data.figures);
  const result = compare(allRecords(facts), options.indicator, { place, asOf: options.asOf, knownIndicators: facts.whole.indicators, breakdown: options.breakdown });
  if (result.groups.length === 0) throw new NotFoundError(`no observation of '${options.indicator}' to compare`);
  if (options.format === 'json') {
    io.out(await renderRecords([result], { json: (r) => ({ ...r }), fields: ['query', 'asOf', 'groups', 'warnings'], table: [], csv: [] }, options, true));
  } else {
    const rows: CompareRow[] = result.groups.flatMap((g, i) => g.observations.map((o) => ({ ...o, group: i + 1, ...g.spread })));
    const table = options.format === 'table' && !options.fields;
    io.out(await renderRecords(rows, table ? withBar(rows) : tableView(rows), options));
  }
  warnEach(io, result.warnings);
  return EXIT.ok;
}

/** Runs `humfig compare` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ place?: string; asOf?: string } & FigureFilterFlags>, context: CommandContext): Promise<ExitCode> {
  return compareCommand({ ...context.common(f), indicator: args[0] as string, place: f.place, asOf: f.asOf, breakdown: breakdownFilter(f) }, context.io);
}
