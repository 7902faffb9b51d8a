import type { LeafCommand } from './command-spec.js';
import { SORT_KEYS } from '../derive/sort-records.js';
import { FIGURE_FILTER_FLAGS } from './shared-flags.js';

/** A whole number of figures, at least 1. */
function parseLimit(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new Error('give a whole number of figures, 1 or more, such as 10');
  return Number(value);
}

export const listSpec: LeafCommand = {
  name: 'list',
  summary: 'all figures, or those matching every filter given',
  flags: [
    ...FIGURE_FILTER_FLAGS,
    { flags: '--sort <key>', description: "order by this key ('-' first: descending)", choices: SORT_KEYS },
    { flags: '--limit <n>', description: 'only the first n figures (after --sort); stderr says how many there were', parse: parseLimit },
  ],
  examples: ['humfig list', 'humfig list --within AFG --sex f --age 0-4 --facts hno.json', 'humfig list --where sector=FSC --format csv --facts hno.json', 'humfig list --indicator population --json', 'humfig list --sort -value --limit 3', 'humfig list --place ARM --format csv > armenia.csv'],
  load: async () => (await import('./list.js')).run,
};
