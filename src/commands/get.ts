/**
 * `humfig get <id-or-indicator...>`: one or more figures by id or unique id prefix, or the
 * newest figures of an indicator, filtered as `list` filters (`--place`, `--sex`, `--where` ...),
 * optionally converted (`--to USD,EUR`); with `--batch`, one query per line of standard input,
 * one result per line out.
 */
import { EXIT, NotFoundError, UsageError, type ExitCode } from '../errors.js';
import type { RateBook, RateSourceInfo } from '../convert/rate-table.js';
import type { ConvertFigureContext, FigureConversion } from '../derive/convert-figure.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import type { Qualifier } from '../domain/qualifier.js';
import { figureDetail, figureView } from '../output/figure-view.js';
import { plainNumber } from '../output/format-number.js';
import { columnThrough, type RecordView } from '../output/formats.js';
import { renderPlainDetail } from '../output/render-plain.js';
import { renderRecords } from '../output/render.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { RateAgePolicy } from './rate-age.js';
import type { RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import { splitList, type ConversionFlags, type FigureFilterFlags } from './shared-flags.js';
import { figureFilter, hasFigureFilter, noteBreakdownOnly, noteRivalSources } from './figure-filter.js';
import { checkFigureMatches, indicatorFigures, type FigureFilter } from '../derive/select-figures.js';

export interface GetOptions extends CommonOptions {
  ids: string[];
  /** print only the values, one per line */
  valueOnly: boolean;
  /** read ids from standard input, one per line (or NDJSON objects with an "id") */
  batch: boolean;
  failFast: boolean;
  /** answer with the latest observation of the figure's series (or of an indicator) on or before this date */
  asOf?: string | undefined;
  /** the figure filters as typed (`--place`, `--sector`, `--where` ...) */
  filter?: FigureFilterFlags | undefined;
  /** convert each figure to these currencies or units (`--to USD,EUR`) */
  to: string[];
  convert: RateAgePolicy & { date?: string | undefined; rate?: string | undefined; householdSize?: string | undefined; rates: RatesLocation };
}

interface ConvertedFigure {
  record: FigureRecord;
  converted: FigureConversion[];
}

/** The conversion modules, loaded together on demand (decimal.js, rate tables). */
async function loadConversion() {
  const [figure, view, age, rates, json] = await Promise.all([
    import('../derive/convert-figure.js'),
    import('../output/conversion-view.js'),
    import('./rate-age.js'),
    import('./rates-context.js'),
    import('../output/render-json.js'),
  ]);
  const bound = (v: string | null) => (v === null ? null : json.jsonNumber(v));
  return {
    convertFigure: figure.convertFigure,
    checkRateAge: age.checkRateAge,
    openRates: rates.openRates,
    /** the JSON of one conversion of a figure: the conversion record plus its converted bounds */
    conversionJson: (c: FigureConversion, amount: number): Record<string, unknown> => {
      const base = c.kind === 'money' ? view.moneyRecord(c.conversion) : view.quantityRecord(plainNumber(amount), c.conversion);
      return { ...base, low: bound(c.low), high: bound(c.high) };
    },
    /** the line of one conversion of a figure, with the figure's qualifier and its converted bounds */
    conversionLine: (c: FigureConversion, book: RateBook | undefined, qualifier: Qualifier): string => {
      const bounds = { qualifier, low: c.low, high: c.high };
      return c.kind === 'money' ? view.formatMoneyLine(c.conversion, book?.source, book?.tables.map((t): RateSourceInfo => t.source), bounds) : view.formatQuantityLine(c.conversion, bounds);
    },
  };
}

const indicatorSets = new WeakMap<FactsIndex, Set<string>>();

/** Whether a query names an indicator: no figure has it as its id, and some figure has it as its indicator. */
function namesIndicator(facts: FactsIndex, query: string): boolean {
  if (facts.figures.has(query)) return false;
  let set = indicatorSets.get(facts);
  if (!set) indicatorSets.set(facts, (set = new Set(facts.data.figures.map((f) => f.indicator))));
  return set.has(query);
}

/**
 * What one query names: a figure id (or a unique prefix of one) or, failing an exact id, an
 * indicator, whose figures are the newest of each series (place, unit, breakdown) among those
 * matching the filters, totals only unless a breakdown is named. With `asOf`, each series'
 * figure that holds on that day (trust/history.ts).
 */
async function selectFigures(facts: FactsIndex, query: string, filter: FigureFilter | undefined, asOf: string | undefined, all: () => FigureRecord[], io: Io): Promise<FigureRecord[]> {
  const { latestOfEachSeries, latestOnOrBefore, rivalAnswers } = await import('../trust/history.js');
  const { places, figures } = facts.data;
  if (!namesIndicator(facts, query)) {
    const figure = facts.resolveFigure(query);
    if (filter) checkFigureMatches(figure, filter, places);
    return [asOf === undefined ? toFigureRecord(figure, facts) : latestOnOrBefore(all(), figure.id, asOf)];
  }
  const chosen = indicatorFigures(figures, query, filter ?? {}, places);
  noteBreakdownOnly(chosen.breakdownOnly, io);
  const records = chosen.figures.map((f) => toFigureRecord(f, facts));
  const picked = latestOfEachSeries(records, asOf);
  noteRivalSources(rivalAnswers(records, picked, asOf), io);
  if (picked.length === 0) {
    const first = [...records].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))[0];
    throw new NotFoundError(`no figure of '${query}' holds on or before ${asOf}`, first ? [`the earliest is ${first.id}, of ${first.asOf}`] : []);
  }
  return picked;
}

/** An id from a batch line: the line itself, or the "id" of an NDJSON object. */
function idFromLine(line: string): string {
  const text = line.trim();
  if (!text.startsWith('{')) {
    if (text === '') throw new UsageError('empty line: give a figure id');
    return text;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError('the line starts with { but is not a JSON object');
  }
  const id = (parsed as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') throw new UsageError('the JSON object has no string "id"');
  return id;
}

export async function getCommand(options: GetOptions, io: Io): Promise<ExitCode> {
  if (!options.batch && options.ids.length === 0) throw new UsageError('give at least one figure id, or --batch to read ids from standard input');
  if (options.batch && options.ids.length > 0) throw new UsageError('give ids as arguments or with --batch on standard input, not both');
  if (options.convert.rate !== undefined && options.to.length !== 1) {
    throw new UsageError('--rate is the rate of one pair: give exactly one currency with --to');
  }
  // ids on the command line: a streamed file need keep only their figures (or an indicator's)
  const facts = await openFacts(options.facts, options.batch || options.asOf !== undefined ? undefined : { prefixes: options.ids, indicators: options.ids });
  const filter = options.filter && hasFigureFilter(options.filter) ? await figureFilter(options.filter, facts) : undefined;
  let records: FigureRecord[] | undefined;
  const all = () => (records ??= facts.data.figures.map((f) => toFigureRecord(f, facts)));
  const conversion = options.to.length > 0 ? await loadConversion() : undefined;
  let table: RateBook | undefined;
  const ctx: ConvertFigureContext = {
    date: options.convert.date,
    userRate: options.convert.rate,
    householdSize: options.convert.householdSize,
    factsRates: facts.data.rates ?? [],
    factors: facts.data.factors ?? [],
    table: async () => (table ??= await conversion!.openRates(options.convert.rates)),
  };

  /**
   * The figures a query names, each with its conversions; throws for an unknown id or an
   * impossible conversion. At once when there is nothing to wait for (a plain id: batch mode
   * answers such lines in a plain loop).
   */
  const answer = (query: string): ConvertedFigure[] | Promise<ConvertedFigure[]> =>
    options.asOf === undefined && !conversion && !filter && !namesIndicator(facts, query) ? [{ record: toFigureRecord(facts.resolveFigure(query), facts), converted: [] }] : answerLater(query);
  const answerLater = async (query: string): Promise<ConvertedFigure[]> => {
    const out: ConvertedFigure[] = [];
    for (const record of await selectFigures(facts, query, filter, options.asOf, all, io)) {
      const converted: FigureConversion[] = [];
      if (conversion) {
        for (const target of options.to) converted.push(await conversion.convertFigure(record, target, ctx));
        conversion.checkRateAge(converted.flatMap((c) => (c.kind === 'money' ? [c.conversion] : [])), options.convert, io);
      }
      out.push({ record, converted });
    }
    return out;
  };
  /** Batch mode: one line, one figure. */
  const answerOne = (line: string): ConvertedFigure | Promise<ConvertedFigure> => {
    const query = idFromLine(line);
    const one = (found: ConvertedFigure[]): ConvertedFigure => {
      if (found.length === 1) return found[0]!;
      throw new UsageError(`'${query}' names ${found.length} figures (${found.slice(0, 5).map((r) => r.record.id).join(', ')}${found.length > 5 ? ', ...' : ''}): a batch line answers with one`, ['give a figure id, or filters (--place, --sector, ...) that leave one']);
    };
    const found = answer(query);
    return Array.isArray(found) ? one(found) : found.then(one);
  };

  const view: RecordView<ConvertedFigure> = {
    json: (r) => (conversion ? { ...figureView.json(r.record), converted: r.converted.map((c) => conversion.conversionJson(c, r.record.value)) } : figureView.json(r.record)),
    fields: conversion ? [...figureView.fields, 'converted'] : figureView.fields,
    nested: figureView.nested,
    table: figureView.table.map((col) => columnThrough(col, (r: ConvertedFigure) => r.record)),
    csv: [
      ...figureView.csv.map((col) => columnThrough(col, (r: ConvertedFigure) => r.record)),
      ...options.to.flatMap((target, i) => [
        { header: `value_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.conversion.value },
        { header: `low_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.low },
        { header: `high_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.high },
      ]),
    ],
    // a breakdown's dimension columns, as list has them, so that a part is never exported as a total
    more: (records) => {
      const more = figureView.more!(records.map((r) => r.record));
      const through = (cols: typeof more.csv) => cols.map((col) => columnThrough(col, (r: ConvertedFigure) => r.record));
      return { table: through(more.table), csv: through(more.csv), fields: through(more.fields ?? []) };
    },
    ...(options.valueOnly ? { line: (r: ConvertedFigure) => (r.converted.length > 0 ? r.converted.map((c) => c.conversion.value).join('\n') : plainNumber(r.record.value)) } : {}),
  };

  if (options.batch) {
    const { runBatch } = await import('./batch.js');
    const request = options.valueOnly ? { ...options, format: 'plain' as const } : options;
    return runBatch(io.lineBlocks(), { request, view, failFast: options.failFast, handle: answerOne }, io);
  }

  // answer every id before printing anything, so that an unknown id leaves stdout empty
  const results: ConvertedFigure[] = [];
  for (const id of options.ids) results.push(...(await answer(id)));

  if (options.valueOnly) {
    io.out(results.map((r) => `${view.line!(r)}\n`).join(''));
  } else if ((options.format === 'table' || options.format === 'plain') && !options.fields) {
    const details = results.map(({ record, converted }) => [
      ...figureDetail(record, options.render.human),
      ...converted.map((c) => [`in ${c.conversion.to}`, conversion!.conversionLine(c, table, record.qualifier)] as const),
    ]);
    if (options.format === 'plain') {
      io.out(details.map((d) => renderPlainDetail(d)).join('\n'));
    } else {
      const { renderDetail } = await import('../output/render-table.js');
      io.out(details.map((d) => renderDetail(d, options.render)).join('\n'));
    }
  } else {
    io.out(await renderRecords(results, view, options, results.length === 1));
  }
  return EXIT.ok;
}

interface GetFlags extends ConversionFlags, FigureFilterFlags {
  value?: boolean;
  to?: string;
  asOf?: string;
  batch?: boolean;
  failFast?: boolean;
}

/** Runs `humfig get` as the command line asked. */
export function run({ args, flags: f }: CommandInput<GetFlags>, context: CommandContext): Promise<ExitCode> {
  return getCommand(
    {
      ...context.common(f),
      // `get --indicator X` asks what `get X` asks
      ids: (args[0] as string[]).length === 0 && f.indicator !== undefined && f.batch !== true ? [f.indicator] : (args[0] as string[]),
      valueOnly: f.value === true,
      batch: f.batch === true,
      failFast: f.failFast === true,
      asOf: f.asOf,
      filter: f,
      to: splitList(f.to),
      convert: { date: f.date, rate: f.rate, householdSize: f.householdSize, rates: context.ratesLocation(f.rates), maxAge: f.maxAge, strict: f.strict === true, today: context.today() },
    },
    context.io,
  );
}
