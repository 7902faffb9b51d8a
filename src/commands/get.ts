/** `humfig get <id...>`: one or more figures by id or unique id prefix, optionally converted. */
import { EXIT, type ExitCode } from '../errors.js';
import { convertFigure, type ConvertFigureContext, type FigureConversion } from '../derive/convert-figure.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import { formatMoneyLine, formatQuantityLine, moneyRecord, quantityRecord } from '../output/conversion-view.js';
import { figureDetail, figureView } from '../output/figure-view.js';
import { plainNumber } from '../output/format-number.js';
import type { RecordView } from '../output/formats.js';
import { jsonNumber } from '../output/render-json.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { checkRateAge, type RateAgePolicy } from './rate-age.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { RateTable } from '../convert/rate-table.js';

export interface GetOptions extends CommonOptions {
  ids: string[];
  /** print only the values, one per line */
  valueOnly: boolean;
  /** convert each figure to these currencies or units (`--to USD,EUR`) */
  to: string[];
  convert: RateAgePolicy & { date?: string | undefined; rate?: string | undefined; householdSize?: string | undefined; rates: RatesLocation };
}

interface ConvertedFigure {
  record: FigureRecord;
  converted: FigureConversion[];
}

const bound = (v: string | null) => (v === null ? null : jsonNumber(v));

/** The JSON of one conversion of a figure: the conversion record plus its converted bounds. */
function conversionJson(c: FigureConversion, amount: number): Record<string, unknown> {
  const base = c.kind === 'money' ? moneyRecord(c.conversion) : quantityRecord(plainNumber(amount), c.conversion);
  return { ...base, low: bound(c.low), high: bound(c.high) };
}

export async function getCommand(options: GetOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  // resolve every id before printing anything, so that an unknown id leaves stdout empty
  const records = options.ids.map((id) => toFigureRecord(facts.resolveFigure(id), facts));
  let table: RateTable | undefined;
  const ctx: ConvertFigureContext = {
    date: options.convert.date,
    userRate: options.convert.rate,
    householdSize: options.convert.householdSize,
    factsRates: facts.data.rates ?? [],
    factors: facts.data.factors ?? [],
    table: async () => (table ??= await openRates(options.convert.rates)),
  };
  const results: ConvertedFigure[] = [];
  for (const record of records) {
    const converted: FigureConversion[] = [];
    for (const target of options.to) converted.push(await convertFigure(record, target, ctx));
    results.push({ record, converted });
  }
  checkRateAge(results.flatMap((r) => r.converted.flatMap((c) => (c.kind === 'money' ? [c.conversion] : []))), options.convert, io);

  if (options.valueOnly) {
    const values = results.map((r) => (r.converted.length > 0 ? r.converted.map((c) => c.conversion.value).join('\n') : plainNumber(r.record.value)));
    io.out(values.map((v) => `${v}\n`).join(''));
    return EXIT.ok;
  }
  if (options.format === 'table') {
    const { renderDetail } = await import('../output/render-table.js');
    io.out(
      results
        .map(({ record, converted }) => {
          const lines = converted.map((c) => [`in ${c.conversion.to}`, c.kind === 'money' ? formatMoneyLine(c.conversion, table?.source) : formatQuantityLine(c.conversion)] as const);
          return renderDetail([...figureDetail(record), ...lines], options.render);
        })
        .join('\n'),
    );
    return EXIT.ok;
  }
  const view: RecordView<ConvertedFigure> = {
    json: (r) => (options.to.length > 0 ? { ...figureView.json(r.record) as object, converted: r.converted.map((c) => conversionJson(c, r.record.value)) } : figureView.json(r.record)),
    table: [],
    csv: [
      ...figureView.csv.map((col) => ({ header: col.header, value: (r: ConvertedFigure) => col.value(r.record) })),
      ...options.to.flatMap((target, i) => [
        { header: `value_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.conversion.value },
        { header: `low_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.low },
        { header: `high_${target}`, value: (r: ConvertedFigure) => r.converted[i]!.high },
      ]),
    ],
  };
  io.out(await renderRecords(results, view, options.format, options.render, results.length === 1));
  return EXIT.ok;
}
