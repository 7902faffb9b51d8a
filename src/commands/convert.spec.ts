import type { LeafCommand } from './command-spec.js';
import { CONVERSION_FLAGS } from './shared-flags.js';

export const convertSpec: LeafCommand = {
  name: 'convert',
  summary: 'convert an amount between currencies (dated, sourced rates) or units',
  args: [
    { name: 'amount', description: "the amount: 20000000, 20_000_000, 2.8e6, '2.8 million', 35k" },
    { name: 'from', description: 'currency (ISO 4217 code such as CHF) or unit (person, household, decade, km, ...)', value: 'request' },
    { name: 'to', description: "currency or unit to convert to, after an optional 'to' or 'in' (100 USD to EUR)", value: 'request' },
    { name: 'date...', description: "the rate date, as --date: 100 USD EUR 2023-09-29 or 100 USD to EUR on 2023-09-29" },
  ],
  flags: [
    ...CONVERSION_FLAGS,
    { flags: '--value', description: 'print only the converted number: no grouping, no unit (the JSON "value")' },
    { flags: '--batch', description: 'read requests from standard input, one per line, written as the arguments are, or NDJSON' },
    { flags: '--fail-fast', description: 'with --batch: stop at the first line that fails' },
  ],
  examples: [
    'humfig convert 20000000 CHF USD --date 2023-09-29',
    'humfig convert 100 USD to EUR on 2023-09-29',
    'humfig convert 20000000 CHF USD --date 2023-09-30 --json',
    'eur=$(humfig convert 100USD in EUR 2023-09-29 --value)',
    'humfig convert 1000 USD AMD --rate 386.5',
    "humfig convert '2.8 million' person household --household-size 3.6",
    'humfig convert 3 decade year',
    "printf '20000000 CHF USD 2023-09-29\\n1 USD to JPY on 2023-09-29\\n' | humfig convert --batch --json",
  ],
  notes: 'Without --date the rate is that of today, with a warning when the newest rate is older than --max-age days.',
  load: async () => (await import('./convert.js')).run,
};
