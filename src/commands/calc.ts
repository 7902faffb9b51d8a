/** `humfig calc`: a derived figure, arithmetic over figure ids and numbers, with its range, units and sources (src/trust/calc.ts). */
import { EXIT, type ExitCode } from '../errors.js';
import { formatRate } from '../convert/decimal.js';
import { breakdownWords, toFigureRecord } from '../derive/figure-record.js';
import { displayCalc } from '../output/calc-display.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { oneLine } from '../output/sanitize.js';
import { evaluate, type CalcResult } from '../trust/calc.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { factsConverter } from './figure-inputs.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface CalcOptions extends CommonOptions {
  expression: string;
  as?: 'percent' | 'ratio' | undefined;
  to?: string | undefined;
  date?: string | undefined;
  rates: RatesLocation;
}

/** The working of a calculation for people: the result, then each input with its source. */
function calcLines(r: CalcResult): string {
  // (each input on its own line, whatever line breaks its quote or names hold)
  // (a breakdown named with its place, "Mali (sector FSC)": a part never reads as the whole)
  const inputs = r.inputs.map((i) => `  ${oneLine(`${i.id}: ${formatQuantity(i)}, ${i.place.name}${i.breakdown ? ` (${breakdownWords(i.breakdown)})` : ''}, as of ${i.asOf} (${i.source.publisher}, ${i.source.published}): "${i.quote}"`)}`);
  const rates = r.steps.filter((s) => s.rate).map((s) => `  rate: 1 ${s.left.unit} = ${formatRate(s.rate!.value)} ${s.result.unit} (${s.rate!.source} ${s.rate!.date}${s.rate!.derived ? `, via ${s.rate!.via.join(' and ')}` : ''})`);
  return [`${displayCalc(r)}  = ${r.expression}`, ...inputs, ...rates].join('\n');
}

const calcView: RecordView<CalcResult> = {
  // the JSON contract: these fields in this order (display made here, from the values)
  json: (r) => ({ expression: r.expression, value: r.value, low: r.low, high: r.high, exact: r.exact, unit: r.unit, qualifier: r.qualifier, display: displayCalc(r), inputs: r.inputs, steps: r.steps, warnings: r.warnings }),
  fields: ['expression', 'value', 'low', 'high', 'exact', 'unit', 'qualifier', 'display', 'inputs', 'steps', 'warnings'],
  line: calcLines,
  table: [],
  csv: [
    { header: 'expression', value: (r) => r.expression, hxl: '#meta+expression' },
    { header: 'value', value: (r) => r.exact.value, hxl: '#indicator+value+num' },
    { header: 'low', value: (r) => r.exact.low, hxl: '#indicator+value+min+num' },
    { header: 'high', value: (r) => r.exact.high, hxl: '#indicator+value+max+num' },
    { header: 'unit', value: (r) => r.unit, hxl: '#indicator+unit' },
    { header: 'qualifier', value: (r) => r.qualifier, hxl: '#indicator+qualifier' },
    { header: 'display', value: (r) => displayCalc(r), hxl: '#description' },
    { header: 'inputs', value: (r) => r.inputs.map((i) => i.id).join(' '), hxl: '#meta+inputs' },
  ],
};

export async function calcCommand(options: CalcOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const table = await openRates(options.rates);
  const result = evaluate(options.expression, {
    figure: (id) => toFigureRecord(facts.resolveFigure(id), facts),
    convert: factsConverter(facts, table),
    as: options.as,
    to: options.to,
    date: options.date,
  });
  io.out(await renderRecords([result], calcView, options, true));
  // (on stderr, as every note: stdout stays the result)
  for (const w of result.warnings) io.err(`humfig: warning: ${oneLine(w)}\n`);
  return EXIT.ok;
}

/** Runs `humfig calc` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ as?: 'percent' | 'ratio'; to?: string; date?: string; rates?: string }>, context: CommandContext): Promise<ExitCode> {
  return calcCommand({ ...context.common(f), expression: args[0] as string, as: f.as, to: f.to, date: f.date, rates: context.ratesLocation(f.rates) }, context.io);
}
