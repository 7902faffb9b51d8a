/** `humfig cite <id...>`: a figure's quote and source, ready to paste into a report. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { oneLine } from '../output/sanitize.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface CiteOptions extends CommonOptions {
  ids: string[];
}

/** The paste-ready citation of one figure, one line. */
// (a quote, a title or a name of the file that breaks its line is joined: a citation is one line)
export function citationOf(r: FigureRecord): string {
  const where = r.source.url ? `, ${r.source.url}` : '';
  return oneLine(
    `"${r.quote}" (${r.source.publisher}, "${r.source.title}", published ${r.source.published}${where}). ` +
      `${r.label}: ${formatQuantity(r)}, ${r.place.name}, as of ${r.asOf}.`,
  );
}

const citeView: RecordView<FigureRecord> = {
  json: (r) => ({ id: r.id, quote: r.quote, source: r.source, citation: citationOf(r) }),
  fields: ['id', 'quote', 'source', 'citation'],
  // a citation is prose: one plain line per figure, for pasting
  line: citationOf,
  table: [],
  csv: [
    { header: 'id', value: (r) => r.id },
    { header: 'quote', value: (r) => r.quote },
    { header: 'source', value: (r) => r.source.id },
    { header: 'publisher', value: (r) => r.source.publisher },
    { header: 'title', value: (r) => r.source.title },
    { header: 'published', value: (r) => r.source.published },
    { header: 'url', value: (r) => r.source.url },
    { header: 'citation', value: (r) => citationOf(r) },
  ],
};

export async function citeCommand(options: CiteOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const records = options.ids.map((id) => toFigureRecord(facts.resolveFigure(id), facts));
  io.out(await renderRecords(records, citeView, options, records.length === 1));
  return EXIT.ok;
}

/** Runs `humfig cite` as the command line asked. */
export function run({ args, flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return citeCommand({ ...context.common(flags), ids: args[0] as string[] }, context.io);
}
