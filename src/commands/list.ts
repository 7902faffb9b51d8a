/** `humfig list`: every figure matching the filters. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord } from '../derive/figure-record.js';
import { filterFigures, type FigureFilter } from '../derive/select-figures.js';
import { figureView } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';

export interface ListOptions extends CommonOptions {
  filter: FigureFilter;
}

export async function listCommand(options: ListOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const records = filterFigures(facts.data.figures, options.filter).map((f) => toFigureRecord(f, facts));
  io.out(await renderRecords(records, figureView, options));
  if (records.length === 0) {
    io.err('humfig: no figure matches the filters\n');
    return EXIT.notFound;
  }
  return EXIT.ok;
}
