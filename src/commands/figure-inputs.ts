/**
 * What the figure-reading commands (calc, history, compare, check) share: every figure as a
 * record, a currency converter over the facts file's rates and the rate table, warnings on stderr.
 */
import { convertMoney } from '../convert/convert-money.js';
import type { RateBook, RateTable } from '../convert/rate-table.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import type { FactsIndex } from '../facts/facts-index.js';
import type { Keep } from '../facts/stream/figure-sink.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { Io } from './context.js';

/** Every figure of the facts file as a record. */
/**
 * What history and compare keep of a large file read as a stream: the figures a query may stand
 * for (its indicator, indicators that start with it, a figure id), and every indicator's name
 * for the message when none matches (trust/history.ts's selectSeries).
 */
export function seriesKeep(query: string): Keep {
  return { prefixes: [query], indicatorPrefixes: [query], indicatorNames: true };
}

export function allRecords(facts: FactsIndex): FigureRecord[] {
  return facts.data.figures.map((f) => toFigureRecord(f, facts));
}

/** A currency conversion at a date, with the facts file's rates first, then the table. */
export function factsConverter(facts: FactsIndex, table: RateTable | RateBook) {
  return (amount: string, from: string, to: string, date: string) => convertMoney({ amount, from, to, date, factsRates: facts.data.rates ?? [], table });
}

/** Warnings go to stderr, one line each. */
export function warnEach(io: Io, warnings: readonly string[]): void {
  for (const w of warnings) io.err(`humfig: warning: ${sanitizeTerminal(w)}\n`);
}
