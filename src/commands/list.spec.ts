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
    { flags: '--indicator <indicator>', description: 'only this indicator (e.g. displaced, population)', value: 'indicator' },
    { flags: '--place <place>', description: 'only this place: an id, ISO3 code, p-code or name (e.g. ARM, AF01, Kabul)', value: 'place' },
    { flags: '--within <place>', description: 'this place and every admin area under it (e.g. AFG)', value: 'place' },
    { flags: '--sex <sex>', description: 'only figures broken down to this sex', choices: ['f', 'm', 'other'] },
    { flags: '--age <group>', description: 'only figures of this age group (e.g. 0-4, 60+)' },
    { flags: '--sector <sector>', description: 'only figures of this sector or cluster (e.g. FSC, Health)' },
    { flags: '--population-group <group>', description: 'only figures of this population group (e.g. idp, refugees)' },
    { flags: '--where <key=value...>', description: 'only figures whose breakdown has this value for this dimension; repeatable (e.g. --where event-type=battles)' },
    { flags: '--unit <unit>', description: 'only this unit (e.g. person, CHF)' },
    { flags: '--source <source>', description: 'only figures from this source id', value: 'source' },
    { flags: '--sort <key>', description: "order by this key ('-' first: descending)", choices: SORT_KEYS },
    { flags: '--limit <n>', description: 'only the first n figures (after --sort); stderr says how many there were', parse: parseLimit },
  ],
  examples: ['humfig list', 'humfig list --within AFG --sex f --age 0-4', 'humfig list --where sector=FSC --format csv', 'humfig list --indicator population --json', 'humfig list --sort -value --limit 3', 'humfig list --place ARM --format csv > armenia.csv'],
  load: async () => (await import('./list.js')).run,
};
