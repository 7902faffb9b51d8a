/** `humfig history`: every observation of one indicator over time, with the change between them (src/trust/history.ts). */
import { EXIT, NotFoundError, type ExitCode } from '../errors.js';
import type { RecordView } from '../output/formats.js';
import { formatNumber } from '../output/format-number.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { history, type HistoryEntry } from '../trust/history.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { allRecords, warnEach } from './figure-inputs.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface HistoryOptions extends CommonOptions {
  indicator: string;
  place?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
}

const changeText = (e: HistoryEntry) =>
  e.change === null ? '' : `${e.change.absolute >= 0 ? '+' : ''}${formatNumber(e.change.absolute)}${e.change.relative === null ? '' : ` (${e.change.relative >= 0 ? '+' : ''}${(e.change.relative * 100).toFixed(1)}%)`}`;

const historyView: RecordView<HistoryEntry> = {
  json: (e) => ({ ...e }),
  fields: ['id', 'label', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'date', 'place', 'source', 'quote', 'stated', 'notes', 'change', 'warning'],
  table: [
    { header: 'as of', value: (e) => e.asOf },
    { header: 'id', value: (e) => e.id },
    { header: 'value', value: (e) => formatQuantity(e) },
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
    { header: 'place', value: (e) => e.place.id, hxl: '#loc+code' },
    { header: 'source', value: (e) => e.source.id, hxl: '#meta+source+code' },
    { header: 'warning', value: (e) => e.warning, hxl: '#meta+warning' },
  ],
};

export async function historyCommand(options: HistoryOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const result = history(allRecords(facts), options.indicator, { place: options.place, from: options.from, to: options.to });
  if (result.observations.length === 0) throw new NotFoundError(`no observation of '${options.indicator}' in that range`);
  io.out(await renderRecords(result.observations, historyView, options));
  warnEach(io, result.warnings);
  return EXIT.ok;
}

/** Runs `humfig history` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ place?: string; from?: string; to?: string }>, context: CommandContext): Promise<ExitCode> {
  return historyCommand({ ...context.common(f), indicator: args[0] as string, place: f.place, from: f.from, to: f.to }, context.io);
}
