/** `humfig list`: every figure matching the filters. */
import { EXIT, type ExitCode } from '../errors.js';
import { placesAboveOnly, toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import { filterFigures } from '../derive/select-figures.js';
import { sortRecords, type SortKey } from '../derive/sort-records.js';
import { figureView, figureViewWithDimensions, placeOnlyRow } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import { figureFilter } from './figure-filter.js';
import type { FigureFilterFlags } from './shared-flags.js';

export interface ListOptions extends CommonOptions {
  /** the filters as typed: places, indicators and sources are checked against the facts file */
  filter: FigureFilterFlags;
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

export async function listCommand(options: ListOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const matched = filterFigures(facts.data.figures, await figureFilter(options.filter, facts), facts.data.places).map((f) => toFigureRecord(f, facts));
  const sorted = options.sort ? sortRecords(matched, options.sort) : matched;
  const records = options.limit !== undefined && options.limit < sorted.length ? sorted.slice(0, options.limit) : sorted;
  // an HXL export names every place above its figures in a row of its own, so that import hxl gives the whole chain back
  const shown = options.format === 'hxl' ? { ...figureView, hxlTail: (picked: readonly FigureRecord[]) => placesAboveOnly(picked, facts).map(placeOnlyRow) } : figureView;
  // (--fields may name any breakdown dimension of the file, whatever the figures shown have)
  const view = options.fields !== undefined ? figureViewWithDimensions(shown, facts.data.figures) : shown;
  io.out(await renderRecords(records, view, options));
  // a part is never shown as the whole
  if (records.length < matched.length) io.err(`humfig: the first ${records.length} of ${matched.length} figures (--limit)\n`);
  if (records.length === 0) {
    io.err('humfig: no figure matches the filters\n');
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** Runs `humfig list` as the command line asked. */
export function run({ flags }: CommandInput<FigureFilterFlags & { sort?: SortKey; limit?: number }>, context: CommandContext): Promise<ExitCode> {
  return listCommand({ ...context.common(flags), filter: flags, sort: flags.sort, limit: flags.limit }, context.io);
}
