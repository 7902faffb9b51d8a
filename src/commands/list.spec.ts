import type { LeafCommand } from './command-spec.js';
import { SORT_KEYS } from '../derive/sort-records.js';

/** A whole number of figures, at least 1. */
function parseLimit(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new Error('give a whole number of figures, 1 or more, such as 10');
  return Number(value);
}

export const listSpec: LeafCommand = {
  name: 'list',
  summary: 'all figures, or those matching every filter given',
  flags: [
    { flags: '--indicator <indicator>', description: 'only this indicator (e.g. displaced, population)' },
    { flags: '--place <place>', description: 'only this place id (e.g. ARM)' },
    { flags: '--unit <unit>', description: 'only this unit (e.g. person, CHF)' },
    { flags: '--source <source>', description: 'only figures from this source id' },
    { flags: '--sort <key>', description: "order by this key ('-' first: descending)", choices: SORT_KEYS },
    { flags: '--limit <n>', description: 'only the first n figures (after --sort); stderr says how many there were', parse: parseLimit },
  ],
  examples: ['humfig list', 'humfig list --indicator population --json', 'humfig list --place ARM --format csv > armenia.csv', 'humfig list --sort -value --limit 3'],
  load: async () => (await import('./list.js')).run,
};
