import type { GroupCommand } from './command-spec.js';
import { parsePath } from './shared-flags.js';

export const importSpec: GroupCommand = {
  name: 'import',
  summary: 'bring data from other formats into a facts file',
  subject: 'format',
  commands: [
    {
      name: 'hxl',
      summary: 'read an HXL-tagged CSV (long, as humfig exports it, or HDX-style wide) into a humfig-facts/1 file',
      // (256 KiB of HXL take about a third of a second)
      workerFromBytes: 256 * 1024,
      args: [{ name: 'file', description: "the HXL CSV, TSV or semicolon-separated file ('-' for standard input)", required: true, value: 'file' }],
      flags: [
        { flags: '--out <file>', description: 'write the facts file here, atomically; default: print it', parse: parsePath, value: 'file' },
        { flags: '--dataset-id <id>', description: 'the dataset id (default: from the file name)' },
        { flags: '--source-id <id>', description: 'the source id when the file has no #meta+source column (default: the file name)' },
        { flags: '--publisher <name>', description: 'the publisher of the source' },
        { flags: '--published <date>', description: "the day the source was published, where the file has no #date+published: YYYY-MM-DD (default: worked out from the figures' dates, said in the report)" },
        { flags: '--as-of <date>', description: 'the date of every figure of a file without a date column: YYYY, YYYY-MM or YYYY-MM-DD' },
        { flags: '--country <code>', description: 'the country of a file that names none (no #country column, no p-codes): an ISO3 code such as AFG, or its name' },
        { flags: '--repeats <how>', description: "rows that give one figure (indicator, place, breakdown, date) again: 'sum' adds them up (records: events, activities), 'first' keeps the first and reports the rest; default: sum where such rows are a tenth of the file or more", choices: ['sum', 'first'] },
        { flags: '--encoding <name>', description: 'the text encoding of the file', choices: ['utf-8', 'latin1', 'windows-1252'], default: 'utf-8' },
      ],
      examples: ['humfig import hxl some-hdx-export.csv --out facts.json', 'humfig import hxl hno_2024_mli.csv --as-of 2024 --out mali.json', 'humfig list --format hxl > mine.hxl.csv && humfig import hxl mine.hxl.csv --out copy.json'],
      load: async () => (await import('./import-hxl.js')).run,
    },
  ],
};
