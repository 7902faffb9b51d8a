import type { LeafCommand } from './command-spec.js';
import { parseDate, parsePath } from './shared-flags.js';

export const extractSpec: LeafCommand = {
  name: 'extract',
  summary: 'draft a facts file from the figures of a plain-text report, for review',
  // (a report of 64 KiB takes about a fifth of a second, and some texts far longer a byte)
  workerFromBytes: 64 * 1024,
  args: [{ name: 'file', description: "the report, UTF-8 text; '-' for standard input", required: true, value: 'file' }],
  flags: [
    { flags: '--published <YYYY-MM-DD>', description: 'publication date: the year of undated dates, what "on Sunday" means', parse: parseDate, value: 'date' },
    { flags: '--out <file>', description: 'write the draft here, atomically (the source text path is recorded relative to it)', parse: parsePath, value: 'file' },
    { flags: '--source-id <id>', description: "the draft's source id (default: source)" },
    { flags: '--title <title>', description: "the source's title (default: the file name)" },
    { flags: '--publisher <name>', description: "the source's publisher" },
  ],
  examples: [
    'humfig extract data/sources/nagorno-karabakh-2023-10-01.txt --published 2023-10-01 > draft.json',
    'humfig validate draft.json',
    'humfig extract report.txt --format table',
    'cat report.txt | humfig extract - --json',
  ],
  notes: 'The default output is the draft (JSON); --format table, plain, csv, tsv or ndjson lists the candidates for review.',
  load: async () => (await import('./extract.js')).run,
};
