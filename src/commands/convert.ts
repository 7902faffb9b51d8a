/**
 * `humfig convert <amount> <from> <to>`: currencies with a dated, sourced rate; units by
 * definition or factor. With `--batch`, one request per line of standard input
 * (`AMOUNT FROM TO [DATE]`, or an NDJSON object), one result per line out.
 */
import { EXIT, UsageError, type ExitCode } from '../errors.js';
import { convertMoney } from '../convert/convert-money.js';
import { convertQuantity } from '../convert/convert-units.js';
import { parseQuantity } from '../convert/decimal.js';
import type { RateBook } from '../convert/rate-table.js';
import { isMoneyUnit } from '../derive/convert-figure.js';
import { isIsoDate } from '../domain/dates.js';
import { conversionView, type ConversionResult } from '../output/conversion-view.js';
import { renderRecords } from '../output/render.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { checkRateAge, type RateAgePolicy } from './rate-age.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import type { ConversionFlags } from './shared-flags.js';

export interface ConvertOptions extends CommonOptions, RateAgePolicy {
  amount?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
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
}

/** One conversion request, from the arguments or from a batch line. */
interface ConvertRequest {
  amount: string;
  from: string;
  to: string;
  date?: string | undefined;
  rate?: string | undefined;
}

/** A batch line: `AMOUNT FROM TO [DATE]` (the amount may have a scale: `2.8 million person household`) or a JSON object. */
export function parseConvertLine(line: string): ConvertRequest {
  const text = line.trim();
  if (text.startsWith('{')) {
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new UsageError('the line starts with { but is not a JSON object');
    }
    const str = (k: string) => {
      const v = o[k];
      if (typeof v === 'number' && !Number.isFinite(v)) throw new UsageError(`"${k}" is a number too large for JSON to hold; write it as a string, such as "1e400"`);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    const amount = str('amount');
    const from = str('from');
    const to = str('to');
    if (!amount || !from || !to) throw new UsageError('a JSON request needs "amount", "from" and "to"');
    return { amount, from, to, date: str('date'), rate: str('rate') };
  }
  const words = text.split(/\s+/).filter(Boolean);
  const date = words.length >= 4 && /^\d{4}-\d{2}-\d{2}$/.test(words.at(-1)!) ? words.pop() : undefined;
  if (words.length < 3) throw new UsageError(`expected "AMOUNT FROM TO [YYYY-MM-DD]", found ${JSON.stringify(text)}`);
  const to = words.pop()!;
  const from = words.pop()!;
  return { amount: words.join(' '), from, to, date };
}

export async function convertCommand(options: ConvertOptions, io: Io): Promise<ExitCode> {
  if (!options.batch && (options.amount === undefined || options.from === undefined || options.to === undefined)) {
    throw new UsageError('give AMOUNT FROM TO, or --batch to read requests from standard input');
  }
  if (options.batch && options.amount !== undefined) throw new UsageError('give the request as arguments or with --batch on standard input, not both');
  const facts: FactsIndex | undefined = options.useFacts ? await openFacts(options.facts) : undefined;
  let table: RateBook | undefined;

  /** Converts one request; throws a HumfigError for a bad one. */
  const convert = async (req: ConvertRequest): Promise<ConversionResult> => {
    if (isMoneyUnit(req.from) && isMoneyUnit(req.to)) {
      table ??= await openRates(options.rates);
      const date = req.date ?? options.date ?? options.today;
      if (!isIsoDate(date)) throw new UsageError(`'${date}' is not a date; write YYYY-MM-DD`);
      const conversion = convertMoney({
        amount: parseQuantity(req.amount, 'amount'),
        from: req.from,
        to: req.to,
        date,
        userRate: req.rate ?? options.rate,
        factsRates: facts?.data.rates ?? [],
        table,
      });
      checkRateAge([conversion], options, io);
      return { kind: 'money', conversion };
    }
    const amount = parseQuantity(req.amount, 'quantity');
    const conversion = convertQuantity({ value: amount, from: req.from, to: req.to, householdSize: options.householdSize, factors: facts?.data.factors ?? [] });
    return { kind: 'quantity', amount, conversion };
  };

  if (options.batch) {
    const { runBatch } = await import('./batch.js');
    const view = conversionView(() => table?.source, () => table?.tables.map((t) => t.source) ?? []);
    return runBatch(io.lineBlocks(), { request: options, view, failFast: options.failFast, handle: (line) => convert(parseConvertLine(line)) }, io);
  }
  const result = await convert({ amount: options.amount!, from: options.from!, to: options.to!, date: options.date, rate: options.rate });
  io.out(await renderRecords([result], conversionView(() => table?.source, () => table?.tables.map((t) => t.source) ?? []), options, true));
  return EXIT.ok;
}

/** Runs `humfig convert` as the command line asked. */
export function run({ args, flags: f }: CommandInput<ConversionFlags & { batch?: boolean; failFast?: boolean }>, context: CommandContext): Promise<ExitCode> {
  const [amount, from, to] = args as (string | undefined)[];
  return convertCommand(
    {
      ...context.common(f),
      amount,
      from,
      to,
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
    },
    context.io,
  );
}
