/** `humfig` and `humfig summary`: the headline figures of the facts file. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord } from '../derive/figure-record.js';
import { headlinesAndBreakdownOnly } from '../derive/select-figures.js';
import { figureView } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { noteBreakdownOnly } from './figure-filter.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export type SummaryOptions = CommonOptions;

export async function summaryCommand(options: SummaryOptions, io: Io): Promise<ExitCode> {
  // a large file is read as a stream keeping only its headline figures (see openFacts)
  const facts = await openFacts(options.facts, 'headline');
  const tally = headlinesAndBreakdownOnly(facts.data.figures);
  const records = tally.headlines.map((f) => toFigureRecord(f, facts));
  if (options.format === 'table' && records.length > 0) {
    io.out(`${sanitizeTerminal(facts.data.dataset.title)} (updated ${facts.data.dataset.updated})\n`);
  }
  io.out(await renderRecords(records, figureView, options));
  // a breakdown row is never a headline: where a file gives no total, say so (on stderr, so
  // that stdout stays the headline records)
  const only = facts.whole.breakdownOnly ?? tally.breakdownOnly;
  noteBreakdownOnly(only, io);
  if (records.length === 0) {
    io.err(only.length > 0 ? 'humfig: no totals to show: every figure of the file is a breakdown (humfig list shows them)\n' : 'humfig: the facts file has no figures\n');
    // (an empty result, as everywhere: exit 1, so that a script does not read [] as a file's totals)
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** Runs `humfig summary` (and `humfig` alone) as the command line asked. */
export function run({ flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return summaryCommand(context.common(flags), context.io);
}
