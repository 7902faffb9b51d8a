/**
 * `humfig rates list` shows the rates in use; `humfig rates import` turns an ECB reference-rate
 * file into a humfig-rates/1 file, validated completely before anything is written, and written
 * atomically (merged with the rates already in --out, if any).
 */
import { existsSync } from 'node:fs';
import { EXIT, FileInvalidError, NotFoundError, UsageError, type ExitCode } from '../errors.js';
import type { RateDay, RateTable } from '../convert/rate-table.js';
import { resolveCurrency } from '../domain/currency.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { checkOutputPath, writeFileAtomic } from '../fs/write-file-atomic.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import { renderJson } from '../output/render-json.js';
import type { CommonOptions, Io } from './context.js';
import { ecbSourceFor, openRates, type RatesLocation } from './rates-context.js';
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
  base: 'EUR';
  quote: string;
  rate: string;
  source: string;
}

const rateView: RecordView<RateRow> = {
  json: (r) => ({ ...r }),
  fields: ['date', 'base', 'quote', 'rate', 'source'],
  table: [
    { header: 'date', value: (r) => r.date },
    { header: 'currency', value: (r) => r.quote },
    { header: 'per 1 EUR', value: (r) => r.rate },
    { header: 'source', value: (r) => r.source },
  ],
  csv: [
    { header: 'date', value: (r) => r.date },
    { header: 'base', value: (r) => r.base },
    { header: 'quote', value: (r) => r.quote },
    { header: 'rate', value: (r) => r.rate },
    { header: 'source', value: (r) => r.source },
  ],
};

/** The rows of `rates list`: every currency asked for, each date in range, oldest first. */
function listRates(table: RateTable, currencies: string[], from: string | undefined, to: string | undefined): RateRow[] {
  const last = table.lastDate();
  const end = to ?? last ?? '9999-12-31';
  const rows: RateRow[] = [];
  for (const currency of currencies) {
    // no range: the latest rate on or before --to (or the newest in the table)
    const points = from === undefined ? [table.onOrBefore(currency, end)].filter((p) => p !== undefined) : table.range(currency, from, end);
    for (const p of points) rows.push({ date: p.date, base: 'EUR', quote: currency, rate: p.value, source: table.source.id });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.quote < b.quote ? -1 : 1));
}

export async function ratesListCommand(options: RatesListOptions, io: Io): Promise<ExitCode> {
  const table = await openRates(options.rates);
  // by default, the currencies the table still quotes on its last day (not withdrawn ones)
  const last = table.lastDate();
  const currencies =
    options.currencies.length > 0
      ? options.currencies.map(resolveCurrency)
      : table.currencies().filter((c) => options.from !== undefined || table.onOrBefore(c, last ?? '')?.date === last);
  if (options.from && options.to && options.from > options.to) throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
  const unknown = currencies.filter((c) => !table.currencies().includes(c));
  if (unknown.length > 0) {
    throw new NotFoundError(`the rate table ${table.source.file ?? table.source.id} has no rates for ${unknown.join(', ')}`, [
      `it has: ${table.currencies().join(', ')}`,
    ]);
  }
  const rows = listRates(table, currencies, options.from, options.to);
  io.out(await renderRecords(rows, rateView, options));
  if (rows.length === 0) {
    io.err(`humfig: no rates in that range (the table covers ${table.firstDate()} to ${table.lastDate()})\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

export interface RatesImportOptions extends CommonOptions {
  file: string;
  out?: string | undefined;
  /** the day the file was downloaded, recorded as the source's retrieval date */
  retrieved?: string | undefined;
}

/** Days of `incoming` merged over `existing`: a date in both takes the incoming day. */
function mergeDays(existing: readonly RateDay[], incoming: readonly RateDay[]): { days: RateDay[]; added: number; replaced: number } {
  const byDate = new Map(existing.map((d) => [d.date, d]));
  let added = 0;
  let replaced = 0;
  for (const d of incoming) {
    if (byDate.has(d.date)) replaced++;
    else added++;
    byDate.set(d.date, d);
  }
  return { days: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), added, replaced };
}

export async function ratesImportCommand(options: RatesImportOptions, io: Io): Promise<ExitCode> {
  const [{ parseEcbFile }, { serializeRatesFile, validateRatesFile }] = await Promise.all([
    import('../convert/ecb-import.js'),
    import('../convert/rates-file.js'),
  ]);
  const text = decodeUtf8(readFileBytes(options.file, options.file, 'rates'), options.file, 'rates');
  const imported = parseEcbFile(text, options.file);
  let existing: RateDay[] = [];
  if (options.out !== undefined) checkOutputPath(options.out);
  if (options.out && existsSync(options.out)) {
    const current = decodeUtf8(readFileBytes(options.out, options.out, 'rates'), options.out, 'rates');
    let parsed: unknown;
    try {
      parsed = JSON.parse(current);
    } catch {
      throw new FileInvalidError([{ file: options.out, path: '', message: 'the existing --out file is not JSON; humfig merges new rates into a humfig-rates/1 file and will not overwrite anything else' }], 'rates');
    }
    existing = validateRatesFile(parsed, options.out).days;
  }
  const merged = mergeDays(existing, imported.days);
  const output = serializeRatesFile({
    source: ecbSourceFor(options.file, options.retrieved),
    imported: { from: options.file, format: imported.format },
    days: merged.days,
  });
  const currencies = new Set(imported.days.flatMap((d) => Object.keys(d.rates)));
  const report = {
    file: options.file,
    format: imported.format,
    days: imported.days.length,
    currencies: currencies.size,
    first: imported.days[0]?.date ?? null,
    last: imported.days.at(-1)?.date ?? null,
    out: options.out ?? null,
    added: merged.added,
    replaced: merged.replaced,
  };
  if (!options.out) {
    io.out(output);
  } else {
    writeFileAtomic(options.out, output);
  }
  const line =
    `imported ${report.days} day${report.days === 1 ? '' : 's'} of ${report.currencies} currencies (${report.first} to ${report.last}) from ${report.file} (${report.format})` +
    (options.out ? `: ${report.added} added, ${report.replaced} replaced in ${options.out}` : '');
  if (options.out && options.format === 'json') io.out(renderJson(report));
  else if (options.out) io.out(`${line}\n`);
  else io.err(`humfig: ${line}\n`);
  return EXIT.ok;
}

/** Runs `humfig rates list` as the command line asked. */
export function runList({ flags: f }: CommandInput<{ currency?: string; from?: string; to?: string; rates?: string }>, context: CommandContext): Promise<ExitCode> {
  return ratesListCommand({ ...context.common(f), rates: context.ratesLocation(f.rates), currencies: splitList(f.currency), from: f.from, to: f.to }, context.io);
}

/** Runs `humfig rates import` as the command line asked. */
export function runImport({ args, flags: f }: CommandInput<{ out?: string; retrieved?: string }>, context: CommandContext): Promise<ExitCode> {
  return ratesImportCommand({ ...context.common(f), file: args[0] as string, out: f.out, retrieved: f.retrieved }, context.io);
}
