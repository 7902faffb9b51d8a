import type { GroupCommand } from './command-spec.js';
import { RATES_FLAG, parseDate, parsePath } from './shared-flags.js';

export const ratesSpec: GroupCommand = {
  name: 'rates',
  summary: 'the currency rates in use: list them, import ECB files',
  subject: 'command',
  commands: [
    {
      name: 'list',
      summary: 'rates per 1 EUR from the rate table in use, oldest first',
      flags: [
        { flags: '--currency <codes>', description: 'currencies, comma-separated (default: all)' },
        { flags: '--from <YYYY-MM-DD>', description: 'first date (default: only the latest rate on or before --to)', parse: parseDate, value: 'date' },
        { flags: '--to <YYYY-MM-DD>', description: 'last date (default: the newest in the table)', parse: parseDate, value: 'date' },
        RATES_FLAG,
      ],
      examples: ['humfig rates list --currency CHF --from 2023-09-25 --to 2023-10-03', 'humfig rates list --currency USD,GBP --json'],
      load: async () => (await import('./rates.js')).runList,
    },
    {
      name: 'import',
      summary: 'read an ECB reference-rate file (CSV or XML, history or daily) into a humfig-rates/1 file',
      args: [{ name: 'file', description: 'eurofxref-hist.csv, eurofxref.csv, eurofxref-daily.xml or eurofxref-hist.xml', required: true, value: 'file' }],
      flags: [
        { flags: '--out <file>', description: 'write (or merge into) this rates file, atomically; default: print it', parse: parsePath, value: 'file' },
        { flags: '--retrieved <YYYY-MM-DD>', description: 'the day you downloaded the file, recorded with the source', parse: parseDate, value: 'date' },
      ],
      examples: ['humfig rates import eurofxref-hist.csv --out my-rates.json', 'humfig convert 100 USD GBP --rates my-rates.json'],
      load: async () => (await import('./rates.js')).runImport,
    },
  ],
};
