/** `humfig` and `humfig summary`: the headline figures of the facts file. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord } from '../derive/figure-record.js';
import { headlineFigures } from '../derive/select-figures.js';
import { figureView } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export type SummaryOptions = CommonOptions;

export async function summaryCommand(options: SummaryOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const records = headlineFigures(facts.data.figures).map((f) => toFigureRecord(f, facts));
  if (options.format === 'table' && records.length > 0) {
    io.out(`${sanitizeTerminal(facts.data.dataset.title)} (updated ${facts.data.dataset.updated})\n`);
  }
  io.out(await renderRecords(records, figureView, options));
  if (records.length === 0) {
    io.err('humfig: the facts file has no figures\n');
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** Runs `humfig summary` (and `humfig` alone) as the command line asked. */
export function run({ flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return summaryCommand(context.common(flags), context.io);
}
