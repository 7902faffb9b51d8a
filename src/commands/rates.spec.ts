import type { GroupCommand } from './command-spec.js';
import { RATES_FLAG, parseDate, parsePath } from './shared-flags.js';

export const ratesSpec: GroupCommand = {
  name: 'rates',
  summary: 'the currency rates in use: list them, import rate files',
  subject: 'command',
  commands: [
    {
      name: 'list',
      summary: 'rates from the rate tables in use (per 1 EUR, or per each table\'s base), oldest first',
      flags: [
        { flags: '--currency <codes>', description: 'currencies, comma-separated (default: all)' },
        { flags: '--from <YYYY-MM-DD>', description: 'first date (default: only the latest rate on or before --to)', parse: parseDate, value: 'date' },
        { flags: '--to <YYYY-MM-DD>', description: 'last date (default: the newest in the table)', parse: parseDate, value: 'date' },
        RATES_FLAG,
      ],
      examples: ['humfig rates list --currency CHF --from 2023-09-25 --to 2023-10-03', 'humfig rates list --currency USD,GBP --json'],
      load: async () => (await import('./rates-list.js')).run,
    },
    {
      name: 'import',
      summary: 'read a file of rates (the ECB\'s, zipped or not, its Data Portal CSV, or a dated table in any base) into a humfig rates file',
      args: [{ name: 'file', description: 'eurofxref-hist.zip or .csv, eurofxref.csv, eurofxref-*.xml, a Data Portal CSV, or a table date,currency,rate / date,USD,...', required: true, value: 'file' }],
      flags: [
        { flags: '--out <file>', description: 'write (or merge into) this rates file, atomically, under a lock; default: print it', parse: parsePath, value: 'file' },
        { flags: '--retrieved <YYYY-MM-DD>', description: 'the day you downloaded the file, recorded with the source', parse: parseDate, value: 'date' },
        { flags: '--base <CUR>', description: 'a plain table: the currency its rates are per (a table of AMD per USD: --base USD)', value: 'unit' },
        { flags: '--per <N>', description: 'a plain table: its rates are per N units of the base (1, 10, 100, 1000...)' },
        { flags: '--source <name>', description: 'who published the rates, recorded with every rate (needed for a plain table)' },
        { flags: '--publisher <name>', description: 'the publishing organisation, recorded with the source' },
      ],
      examples: [
        'humfig rates import eurofxref-hist.zip --out my-rates.json',
        "humfig rates import amd-per-usd.csv --base USD --source 'Central Bank of Armenia' --out my-rates.json",
        'humfig convert 1000000 AMD CHF --date 2023-09-29 --rates my-rates.json',
      ],
      load: async () => (await import('./rates-import.js')).run,
    },
  ],
};
