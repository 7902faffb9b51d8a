/** `humfig sources`: where the figures come from, with how many figures each source gives. */
import { EXIT, type ExitCode } from '../errors.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export type SourcesOptions = CommonOptions;

interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  published: string;
  url: string | null;
  text: string | null;
  figures: number;
}

const sourceView: RecordView<SourceRecord> = {
  json: (r) => ({ ...r }),
  fields: ['id', 'publisher', 'title', 'published', 'url', 'text', 'figures'],
  table: [
    { header: 'id', value: (r) => r.id },
    { header: 'publisher', value: (r) => r.publisher },
    { header: 'title', value: (r) => r.title },
    { header: 'published', value: (r) => r.published },
    { header: 'figures', value: (r) => r.figures },
  ],
  csv: [
    { header: 'id', hxl: '#meta+source+id', value: (r) => r.id },
    { header: 'publisher', hxl: '#org+publisher', value: (r) => r.publisher },
    { header: 'title', hxl: '#meta+title', value: (r) => r.title },
    { header: 'published', hxl: '#date+published', value: (r) => r.published },
    { header: 'url', hxl: '#meta+url', value: (r) => r.url },
    { header: 'text', hxl: '#meta+text', value: (r) => r.text },
    { header: 'figures', hxl: '#meta+figures+num', value: (r) => r.figures },
  ],
};

export async function sourcesCommand(options: SourcesOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const counts = new Map<string, number>();
  for (const f of facts.data.figures) counts.set(f.source, (counts.get(f.source) ?? 0) + 1);
  const records: SourceRecord[] = facts.data.sources.map((s) => ({
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    published: s.published,
    url: s.url ?? null,
    text: s.text ?? null,
    figures: counts.get(s.id) ?? 0,
  }));
  io.out(await renderRecords(records, sourceView, options));
  return EXIT.ok;
}

/** Runs `humfig sources` as the command line asked. */
export function run({ flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return sourcesCommand(context.common(flags), context.io);
}
