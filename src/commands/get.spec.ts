import type { LeafCommand } from './command-spec.js';
import { CONVERSION_FLAGS, FIGURE_FILTER_FLAGS, parseDay, parseNonEmptyList } from './shared-flags.js';

export const getSpec: LeafCommand = {
  name: 'get',
  summary: 'one or more figures by id (a unique prefix is enough), or the newest totals of an indicator',
  args: [{ name: 'id...', description: 'figure ids or unique prefixes, or indicators', value: 'figure' }],
  flags: [
    { flags: '--value', description: 'print only the number, one per line' },
    { flags: '--batch', description: 'read ids from standard input, one per line (or NDJSON {"id": ...}); one result per line, in order' },
    { flags: '--fail-fast', description: 'with --batch: stop at the first line that fails' },
    { flags: '--to <units>', description: 'also give the figure in these currencies or units, comma-separated (e.g. USD,EUR)', value: 'unit', parse: parseNonEmptyList },
    { flags: '--as-of <date>', description: 'the figure of the same series (or of an indicator) that holds on this date: a month\'s figure holds all that month', parse: parseDay, value: 'date' },
    ...FIGURE_FILTER_FLAGS,
    ...CONVERSION_FLAGS,
  ],
  examples: [
    'humfig get residents',
    'humfig get displaced --json | jq .value',
    'n=$(humfig get residents --value)',
    'humfig get appeal-amount --to USD',
    'humfig get people-in-need --place Mali --sector FSC --facts hno.json',
    'humfig get appeal-amount --to USD,EUR,GBP --json',
    "printf 'residents\\nappeal\\n' | humfig get --batch --json",
  ],
  load: async () => (await import('./get.js')).run,
};
