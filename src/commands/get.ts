/** `humfig get <id...>`: one or more figures by id or unique id prefix, optionally converted. */
import { EXIT, type ExitCode } from '../errors.js';
import type { ConvertFigureContext, FigureConversion } from '../derive/convert-figure.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import { figureDetail, figureView } from '../output/figure-view.js';
import { plainNumber } from '../output/format-number.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { RateAgePolicy } from './rate-age.js';
import type { RatesLocation } from './rates-context.js';
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

/** The conversion modules, loaded together on demand. */
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
    conversionLine: (c: FigureConversion, source: RateTable['source'] | undefined): string =>
      c.kind === 'money' ? view.formatMoneyLine(c.conversion, source) : view.formatQuantityLine(c.conversion),
  };
}

export async function getCommand(options: GetOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  // resolve every id before printing anything, so that an unknown id leaves stdout empty
  const records = options.ids.map((id) => toFigureRecord(facts.resolveFigure(id), facts));
  let table: RateTable | undefined;
  const results: ConvertedFigure[] = records.map((record) => ({ record, converted: [] }));
  // conversion code (decimal.js, rate tables) loads only when --to asks for it
  const conversion = options.to.length > 0 ? await loadConversion() : undefined;
  if (conversion) {
    const ctx: ConvertFigureContext = {
      date: options.convert.date,
      userRate: options.convert.rate,
      householdSize: options.convert.householdSize,
      factsRates: facts.data.rates ?? [],
      factors: facts.data.factors ?? [],
      table: async () => (table ??= await conversion.openRates(options.convert.rates)),
    };
    for (const r of results) {
      for (const target of options.to) r.converted.push(await conversion.convertFigure(r.record, target, ctx));
    }
    conversion.checkRateAge(results.flatMap((r) => r.converted.flatMap((c) => (c.kind === 'money' ? [c.conversion] : []))), options.convert, io);
  }

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
          const lines = converted.map((c) => [`in ${c.conversion.to}`, conversion!.conversionLine(c, table?.source)] as const);
          return renderDetail([...figureDetail(record), ...lines], options.render);
        })
        .join('\n'),
    );
    return EXIT.ok;
  }
  const view: RecordView<ConvertedFigure> = {
    json: (r) => (conversion ? { ...(figureView.json(r.record) as object), converted: r.converted.map((c) => conversion.conversionJson(c, r.record.value)) } : figureView.json(r.record)),
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
