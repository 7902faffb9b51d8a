/** `humfig convert <amount> <from> <to>`: currencies with a dated, sourced rate; units by definition or factor. */
import { EXIT, type ExitCode } from '../errors.js';
import { convertMoney } from '../convert/convert-money.js';
import { convertQuantity } from '../convert/convert-units.js';
import { parseQuantity } from '../convert/decimal.js';
import { isMoneyUnit } from '../derive/convert-figure.js';
import { formatMoneyLine, formatQuantityLine, moneyCsvColumns, moneyRecord, quantityCsvColumns, quantityRecord } from '../output/conversion-view.js';
import { renderCsv } from '../output/render-csv.js';
import { renderJson } from '../output/render-json.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { checkRateAge, type RateAgePolicy } from './rate-age.js';
import { openRates, type RatesLocation } from './rates-context.js';

export interface ConvertOptions extends CommonOptions, RateAgePolicy {
  amount: string;
  from: string;
  to: string;
  /** the rate date; default `today` */
  date?: string | undefined;
  today: string;
  rate?: string | undefined;
  householdSize?: string | undefined;
  rates: RatesLocation;
  /** read rates and factors from the facts file (only when the user chose one) */
  useFacts: boolean;
}

export async function convertCommand(options: ConvertOptions, io: Io): Promise<ExitCode> {
  const facts = options.useFacts ? await openFacts(options.facts) : undefined;
  if (isMoneyUnit(options.from) && isMoneyUnit(options.to)) {
    const table = await openRates(options.rates);
    const conversion = convertMoney({
      amount: parseQuantity(options.amount, 'amount'),
      from: options.from,
      to: options.to,
      date: options.date ?? options.today,
      userRate: options.rate,
      factsRates: facts?.data.rates ?? [],
      table,
    });
    checkRateAge([conversion], options, io);
    if (options.format === 'json') io.out(renderJson(moneyRecord(conversion)));
    else if (options.format === 'csv') io.out(renderCsv([conversion], moneyCsvColumns));
    else io.out(`${formatMoneyLine(conversion, table.source)}\n`);
    return EXIT.ok;
  }
  const amount = parseQuantity(options.amount, 'quantity');
  const conversion = convertQuantity({ value: amount, from: options.from, to: options.to, householdSize: options.householdSize, factors: facts?.data.factors ?? [] });
  if (options.format === 'json') io.out(renderJson(quantityRecord(amount, conversion)));
  else if (options.format === 'csv') io.out(renderCsv([{ amount, conversion }], quantityCsvColumns));
  else io.out(`${formatQuantityLine(conversion)}\n`);
  return EXIT.ok;
}
