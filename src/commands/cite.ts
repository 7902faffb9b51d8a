/** `humfig cite <id...>`: a figure's quote and source, ready to paste into a report. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderRecords } from '../output/render.js';
import { oneLine } from '../output/sanitize.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface CiteOptions extends CommonOptions {
  ids: string[];
}

/** The paste-ready citation of one figure, one line. */
// (a quote, a title or a name of the file that breaks its line is joined: a citation is one line)
// (with `place`, the place as it should be named: "Kabul (admin 2, AF0101)" where the file names two places Kabul)
export function citationOf(r: FigureRecord, place = r.place.name): string {
  const where = r.source.url ? `, ${r.source.url}` : '';
  return oneLine(
    `"${r.quote}" (${r.source.publisher}, "${r.source.title}", published ${r.source.published}${where}). ` +
      `${r.label}: ${formatQuantity(r)}, ${place}, as of ${r.asOf}.`,
  );
}

/**
 * The places of the records whose name another place of the facts file shares (Kabul the province, AF01, and Kabul
 * the district, AF0101), each named with its level and code, so that two citations never give two figures for one
 * "Kabul"; other places keep their name alone.
 */
function placeNames(records: readonly FigureRecord[], facts: FactsIndex): Map<string, string> {
  const named = new Map<string, number>();
  for (const p of facts.places.values()) {
    const key = p.name.trim().toLowerCase();
    named.set(key, (named.get(key) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const r of records) {
    if ((named.get(r.place.name.trim().toLowerCase()) ?? 0) < 2) continue;
    out.set(r.place.id, `${r.place.name} (${r.place.level !== null ? `admin ${r.place.level}, ` : ''}${r.place.pcode ?? r.place.id})`);
  }
  return out;
}

function citeView(places: ReadonlyMap<string, string>): RecordView<FigureRecord> {
  const citation = (r: FigureRecord) => citationOf(r, places.get(r.place.id));
  return {
    json: (r) => ({ id: r.id, quote: r.quote, source: r.source, citation: citation(r) }),
    fields: ['id', 'quote', 'source', 'citation'],
    // a citation is prose: one plain line per figure, for pasting
    line: citation,
    table: [],
    csv: [
      { header: 'id', value: (r) => r.id },
      { header: 'quote', value: (r) => r.quote },
      { header: 'source', value: (r) => r.source.id },
      { header: 'publisher', value: (r) => r.source.publisher },
      { header: 'title', value: (r) => r.source.title },
      { header: 'published', value: (r) => r.source.published },
      { header: 'url', value: (r) => r.source.url },
      { header: 'citation', value: (r) => citation(r) },
    ],
  };
}

export async function citeCommand(options: CiteOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const records = options.ids.map((id) => toFigureRecord(facts.resolveFigure(id), facts));
  io.out(await renderRecords(records, citeView(placeNames(records, facts)), options, records.length === 1));
  return EXIT.ok;
}

/** Runs `humfig cite` as the command line asked. */
export function run({ args, flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return citeCommand({ ...context.common(flags), ids: args[0] as string[] }, context.io);
}
