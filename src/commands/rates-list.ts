/** `humfig rates list`: the rates of the tables in use (the bundled ECB history, or --rates), each with its base and source. */
import { EXIT, NotFoundError, UsageError, type ExitCode } from '../errors.js';
import type { RateTable } from '../convert/rate-table.js';
import { resolveCurrency } from '../domain/currency.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import type { CommonOptions, Io } from './context.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import { splitList } from './shared-flags.js';

export interface RatesListOptions extends CommonOptions {
  rates: RatesLocation;
  currencies: string[];
  from?: string | undefined;
  to?: string | undefined;
}

interface RateRow {
  date: string;
  base: string;
  quote: string;
  rate: string;
  source: string;
}

/** The rows' view; the table form names the base in its header while every row shares one. */
function rateView(bases: ReadonlySet<string>): RecordView<RateRow> {
  const only = bases.size === 1 ? [...bases][0]! : undefined;
  return {
    json: (r) => ({ ...r }),
    fields: ['date', 'base', 'quote', 'rate', 'source'],
    table: [
      { header: 'date', value: (r) => r.date },
      { header: 'currency', value: (r) => r.quote },
      ...(only ? [{ header: `per 1 ${only}`, value: (r: RateRow) => r.rate }] : [{ header: 'rate', value: (r: RateRow) => r.rate }, { header: 'per 1', value: (r: RateRow) => r.base }]),
      { header: 'source', value: (r) => r.source },
    ],
    csv: [
      { header: 'date', hxl: '#date', value: (r) => r.date },
      { header: 'base', hxl: '#currency+base', value: (r) => r.base },
      { header: 'quote', hxl: '#currency+quote', value: (r) => r.quote },
      { header: 'rate', hxl: '#value+rate', value: (r) => r.rate },
      { header: 'source', hxl: '#meta+source', value: (r) => r.source },
    ],
  };
}

/** The rows of `rates list` from one table: every currency asked for, each date in range. */
function listRates(table: RateTable, currencies: string[], from: string | undefined, to: string | undefined): RateRow[] {
  const last = table.lastDate();
  const end = to ?? last ?? '9999-12-31';
  const rows: RateRow[] = [];
  for (const currency of currencies) {
    // no range: the latest rate on or before --to (or the newest in the table)
    const points = from === undefined ? [table.onOrBefore(currency, end)].filter((p) => p !== undefined) : table.range(currency, from, end);
    for (const p of points) rows.push({ date: p.date, base: table.base, quote: currency, rate: p.value, source: table.source.id });
  }
  return rows;
}

/** The currencies listed from a table by default: those it still quotes on its last day (not withdrawn ones). */
function currentCurrencies(table: RateTable, from: string | undefined): string[] {
  const last = table.lastDate();
  return table.currencies().filter((c) => from !== undefined || table.onOrBefore(c, last ?? '')?.date === last);
}

export async function ratesListCommand(options: RatesListOptions, io: Io): Promise<ExitCode> {
  const { tables } = await openRates(options.rates);
  if (options.from && options.to && options.from > options.to) throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
  const asked = options.currencies.map(resolveCurrency);
  const held = new Set(tables.flatMap((t) => t.currencies()));
  const unknown = asked.filter((c) => !held.has(c));
  if (unknown.length > 0) {
    const names = tables.map((t) => t.source.file ?? t.source.id).join(', ');
    throw new NotFoundError(`the rate table${tables.length > 1 ? 's' : ''} ${names} ${tables.length > 1 ? 'have' : 'has'} no rates for ${unknown.join(', ')}`, [
      `${tables.length > 1 ? 'they have' : 'it has'}: ${[...held].sort().join(', ')}`,
    ]);
  }
  const rows = tables
    .flatMap((t) => listRates(t, asked.length > 0 ? asked.filter((c) => t.currencies().includes(c)) : currentCurrencies(t, options.from), options.from, options.to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
  io.out(await renderRecords(rows, rateView(new Set(tables.map((t) => t.base))), options));
  if (rows.length === 0) {
    const covers = tables.map((t) => (t.firstDate() === undefined ? 'no days at all' : `${t.firstDate()} to ${t.lastDate()}`)).join('; ');
    io.err(`humfig: no rates in that range (the table${tables.length > 1 ? 's cover' : ' covers'} ${covers})\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** Runs `humfig rates list` as the command line asked. */
export function run({ flags: f }: CommandInput<{ currency?: string; from?: string; to?: string; rates?: string }>, context: CommandContext): Promise<ExitCode> {
  return ratesListCommand({ ...context.common(f), rates: context.ratesLocation(f.rates), currencies: splitList(f.currency), from: f.from, to: f.to }, context.io);
}
