/**
 * `humfig convert <amount> <from> <to>`: currencies with a dated, sourced rate; units by
 * definition or factor. The request may be written as people say it (`100 USD to EUR on
 * 2023-09-29`, see convert-request.ts). With `--batch`, one request per line of standard input
 * (the same words, or an NDJSON object), one result per line out; `--value` prints only the
 * converted number.
 */
import { EXIT, UsageError, type ExitCode } from '../errors.js';
import { convertMoney } from '../convert/convert-money.js';
import { convertQuantity } from '../convert/convert-units.js';
import { parseQuantity } from '../convert/decimal.js';
import type { RateBook } from '../convert/rate-table.js';
import { isMoneyUnit } from '../derive/convert-figure.js';
import { explainBadDate, isIsoDate } from '../domain/dates.js';
import { conversionView, type ConversionResult } from '../output/conversion-view.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { checkRateAge, type RateAgePolicy } from './rate-age.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import type { ConversionFlags } from './shared-flags.js';
import { CONVERT_FORMS, parseConvertLine, readConvertWords, type ConvertRequest } from './convert-request.js';

export { parseConvertLine };

export interface ConvertOptions extends CommonOptions, RateAgePolicy {
  /** the request as typed: `100 USD EUR`, `100 USD to EUR on 2023-09-29`, `100USD in EUR` (none with --batch) */
  words: readonly string[];
  /** the rate date; default `today` */
  date?: string | undefined;
  today: string;
  rate?: string | undefined;
  householdSize?: string | undefined;
  rates: RatesLocation;
  /** read rates and factors from the facts file (only when the user chose one) */
  useFacts: boolean;
  batch: boolean;
  failFast: boolean;
  /** print only the converted number (`--value`) */
  valueOnly: boolean;
}

export async function convertCommand(options: ConvertOptions, io: Io): Promise<ExitCode> {
  if (!options.batch && options.words.length === 0) throw new UsageError(`give ${CONVERT_FORMS}, or --batch to read requests from standard input`);
  if (options.batch && options.words.length > 0) throw new UsageError('give the request as arguments or with --batch on standard input, not both');
  // read before any file is opened, so that a mistyped request fails at once
  const request = options.batch ? undefined : requestOf(options);
  const facts: FactsIndex | undefined = options.useFacts ? await openFacts(options.facts) : undefined;
  let table: RateBook | undefined;

  /** Converts one request; throws a HumfigError for a bad one. */
  const convert = async (req: ConvertRequest, where?: string): Promise<ConversionResult> => {
    if (isMoneyUnit(req.from) && isMoneyUnit(req.to)) {
      table ??= await openRates(options.rates);
      const date = req.date ?? options.date ?? options.today;
      if (!isIsoDate(date)) throw new UsageError(explainBadDate(date, false) ?? `'${date}' is not a date; write YYYY-MM-DD`);
      const conversion = convertMoney({
        amount: parseQuantity(req.amount, 'amount'),
        from: req.from,
        to: req.to,
        date,
        userRate: req.rate ?? options.rate,
        factsRates: facts?.data.rates ?? [],
        table,
      });
      checkRateAge([conversion], options, io, where);
      return { kind: 'money', conversion };
    }
    const amount = parseQuantity(req.amount, 'quantity');
    const conversion = convertQuantity({ value: amount, from: req.from, to: req.to, householdSize: options.householdSize, factors: facts?.data.factors ?? [] });
    return { kind: 'quantity', amount, conversion };
  };

  const view: RecordView<ConversionResult> = {
    ...conversionView(() => table?.source, () => table?.tables.map((t) => t.source) ?? []),
    // --value: the converted number as the JSON "value" holds it, without grouping or unit
    ...(options.valueOnly ? { line: (r: ConversionResult) => r.conversion.value } : {}),
  };
  if (!request) {
    const { runBatch } = await import('./batch.js');
    const format = options.valueOnly ? { format: 'plain' as const } : {};
    return runBatch(io.lineBlocks(), { request: { ...options, ...format }, view, failFast: options.failFast, handle: (line, n) => convert(parseConvertLine(line), `line ${n}`) }, io);
  }
  const result = await convert(request);
  io.out(options.valueOnly ? `${view.line!(result)}\n` : await renderRecords([result], view, options, true));
  return EXIT.ok;
}

/** The request of the arguments; a date among them and a different --date is a usage error. */
function requestOf(options: ConvertOptions): ConvertRequest {
  const request = readConvertWords(options.words);
  if (request.date !== undefined && options.date !== undefined && request.date !== options.date) {
    throw new UsageError(`the request says ${request.date} and --date says ${options.date}: give one date`);
  }
  return { ...request, date: request.date ?? options.date, rate: options.rate };
}

/** Runs `humfig convert` as the command line asked. */
export function run({ args, flags: f }: CommandInput<ConversionFlags & { batch?: boolean; failFast?: boolean; value?: boolean }>, context: CommandContext): Promise<ExitCode> {
  // amount, from, to, then the rest of the words: all one request, read by readConvertWords
  const words = args.flatMap((a) => (typeof a === 'string' ? [a] : Array.isArray(a) ? (a as string[]) : []));
  return convertCommand(
    {
      ...context.common(f),
      words,
      date: f.date,
      today: context.today(),
      rate: f.rate,
      householdSize: f.householdSize,
      rates: context.ratesLocation(f.rates),
      maxAge: f.maxAge,
      strict: f.strict === true,
      useFacts: context.factsChosen(f.facts),
      batch: f.batch === true,
      failFast: f.failFast === true,
      valueOnly: f.value === true,
    },
    context.io,
  );
}
