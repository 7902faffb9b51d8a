/**
 * The "figures you can trust" commands: `calc` (derived figures with ranges and provenance),
 * `history` and `compare` (observations of one indicator over time and across sources), and
 * `check` (claim checks over the facts file). The arithmetic and the checks live in src/trust.
 */
import { EXIT, NotFoundError, type ExitCode } from '../errors.js';
import { convertMoney } from '../convert/convert-money.js';
import { formatRate } from '../convert/decimal.js';
import type { RateBook } from '../convert/rate-table.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { sourceTextReader } from '../facts/load-facts.js';
import type { SourceText } from '../facts/check-facts.js';
import type { RecordView } from '../output/formats.js';
import { formatNumber } from '../output/format-number.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import { evaluate, type CalcResult } from '../trust/calc.js';
import { checkClaims, type Finding } from '../trust/check.js';
import { compare, history, type HistoryEntry, type Observation } from '../trust/history.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { openRates, type RatesLocation } from './rates-context.js';

/** Every figure of the facts file as a record. */
function records(facts: FactsIndex): FigureRecord[] {
  return facts.data.figures.map((f) => toFigureRecord(f, facts));
}

/** A currency conversion at a date, with the facts file's rates first, then the table. */
function converter(facts: FactsIndex, table: RateBook) {
  return (amount: string, from: string, to: string, date: string) => convertMoney({ amount, from, to, date, factsRates: facts.data.rates ?? [], table });
}

export interface CalcOptions extends CommonOptions {
  expression: string;
  as?: 'percent' | 'ratio' | undefined;
  to?: string | undefined;
  date?: string | undefined;
  rates: RatesLocation;
}

/** The working of a calculation for people: the result, then each input with its source. */
function calcLines(r: CalcResult): string {
  const inputs = r.inputs.map((i) => `  ${i.id}: ${formatQuantity(i)}, ${i.place.name}, as of ${i.asOf} (${i.source.publisher}, ${i.source.published}): "${i.quote}"`);
  const rates = r.steps.filter((s) => s.rate).map((s) => `  rate: 1 ${s.left.unit} = ${formatRate(s.rate!.value)} ${s.result.unit} (${s.rate!.source} ${s.rate!.date}${s.rate!.derived ? ', via EUR' : ''})`);
  return [`${r.display}  = ${r.expression}`, ...inputs, ...rates].join('\n');
}

const calcView: RecordView<CalcResult> = {
  json: (r) => ({ ...r }),
  fields: ['expression', 'value', 'low', 'high', 'exact', 'unit', 'qualifier', 'display', 'inputs', 'steps'],
  line: calcLines,
  table: [],
  csv: [
    { header: 'expression', value: (r) => r.expression, hxl: '#meta+expression' },
    { header: 'value', value: (r) => r.exact.value, hxl: '#indicator+value+num' },
    { header: 'low', value: (r) => r.exact.low, hxl: '#indicator+value+min+num' },
    { header: 'high', value: (r) => r.exact.high, hxl: '#indicator+value+max+num' },
    { header: 'unit', value: (r) => r.unit, hxl: '#indicator+unit' },
    { header: 'qualifier', value: (r) => r.qualifier, hxl: '#indicator+qualifier' },
    { header: 'display', value: (r) => r.display, hxl: '#description' },
    { header: 'inputs', value: (r) => r.inputs.map((i) => i.id).join(' '), hxl: '#meta+inputs' },
  ],
};

export async function calcCommand(options: CalcOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const table = await openRates(options.rates);
  const result = evaluate(options.expression, {
    figure: (id) => toFigureRecord(facts.resolveFigure(id), facts),
    convert: converter(facts, table),
    as: options.as,
    to: options.to,
    date: options.date,
  });
  io.out(await renderRecords([result], calcView, options, true));
  return EXIT.ok;
}

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

/** Warnings go to stderr, one line each. */
function warn(io: Io, warnings: readonly string[]): void {
  for (const w of warnings) io.err(`humfig: warning: ${sanitizeTerminal(w)}\n`);
}

export async function historyCommand(options: HistoryOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const result = history(records(facts), options.indicator, { place: options.place, from: options.from, to: options.to });
  if (result.observations.length === 0) throw new NotFoundError(`no observation of '${options.indicator}' in that range`);
  io.out(await renderRecords(result.observations, historyView, options));
  warn(io, result.warnings);
  return EXIT.ok;
}

type CompareRow = Observation & { group: number; min: number; max: number; ratio: number | null };

const compareView: RecordView<CompareRow> = {
  json: (r) => ({ ...r }),
  fields: ['group', 'id', 'indicator', 'value', 'unit', 'qualifier', 'low', 'high', 'asOf', 'date', 'place', 'source', 'quote', 'min', 'max', 'ratio'],
  table: [
    { header: 'indicator', value: (r) => `${r.indicator} (${r.unit}, ${r.place.name})` },
    { header: 'source', value: (r) => `${r.source.id}` },
    { header: 'as of', value: (r) => r.asOf },
    { header: 'value', value: (r) => formatQuantity(r) },
    { header: 'spread (min–max, max/min)', value: (r) => `${formatNumber(r.min)}–${formatNumber(r.max)}${r.ratio === null ? '' : `, ×${r.ratio.toFixed(2)}`}` },
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

export async function compareCommand(options: HistoryOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const result = compare(records(facts), options.indicator, { place: options.place, asOf: options.asOf });
  if (result.groups.length === 0) throw new NotFoundError(`no observation of '${options.indicator}' to compare`);
  if (options.format === 'json') {
    io.out(await renderRecords([result], { json: (r) => ({ ...r }), fields: ['query', 'asOf', 'groups', 'warnings'], table: [], csv: [] }, options, true));
  } else {
    const rows: CompareRow[] = result.groups.flatMap((g, i) => g.observations.map((o) => ({ ...o, group: i + 1, ...g.spread })));
    io.out(await renderRecords(rows, compareView, options));
  }
  warn(io, result.warnings);
  return EXIT.ok;
}

export interface CheckOptions extends CommonOptions {
  today: string;
  rates: RatesLocation;
}

const findingView: RecordView<Finding> = {
  json: (f) => ({ check: f.check, figure: f.figure, path: f.path, ok: f.ok, level: f.level, expected: f.expected, found: f.found, deviation: f.deviation ?? null, message: f.message }),
  fields: ['check', 'figure', 'path', 'ok', 'level', 'expected', 'found', 'deviation', 'message'],
  table: [
    { header: 'result', value: (f) => f.level },
    { header: 'check', value: (f) => f.check },
    { header: 'figure', value: (f) => f.figure ?? f.path },
    { header: 'finding', value: (f) => f.message },
  ],
  csv: [
    { header: 'level', value: (f) => f.level, hxl: '#status' },
    { header: 'check', value: (f) => f.check, hxl: '#meta+check' },
    { header: 'figure', value: (f) => f.figure, hxl: '#meta+id' },
    { header: 'path', value: (f) => f.path, hxl: '#meta+path' },
    { header: 'expected', value: (f) => f.expected, hxl: '#meta+expected' },
    { header: 'found', value: (f) => f.found, hxl: '#meta+found' },
    { header: 'deviation', value: (f) => f.deviation ?? null, hxl: '#meta+deviation' },
    { header: 'message', value: (f) => f.message, hxl: '#description' },
  ],
};

export async function checkCommand(options: CheckOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const table = await openRates(options.rates);
  const read = sourceTextReader(options.facts.path);
  const texts = new Map<string, SourceText>();
  for (const s of facts.data.sources) if (s.text !== undefined) texts.set(s.id, read(s.text));
  const findings = checkClaims(facts.data, { today: options.today, texts, convert: converter(facts, table) });
  io.out(await renderRecords(findings, findingView, options));
  const failed = findings.filter((f) => !f.ok).length;
  if (failed > 0) {
    io.err(`humfig: ${failed} of ${findings.length} check${findings.length === 1 ? '' : 's'} failed\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}
