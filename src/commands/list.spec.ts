import type { LeafCommand } from './command-spec.js';

export const listSpec: LeafCommand = {
  name: 'list',
  summary: 'all figures, or those matching every filter given',
  flags: [
    { flags: '--indicator <indicator>', description: 'only this indicator (e.g. displaced, population)' },
    { flags: '--place <place>', description: 'only this place id (e.g. ARM)' },
    { flags: '--unit <unit>', description: 'only this unit (e.g. person, CHF)' },
    { flags: '--source <source>', description: 'only figures from this source id' },
  ],
  examples: ['humfig list', 'humfig list --indicator population --json', 'humfig list --place ARM --format csv > armenia.csv'],
  load: async () => (await import('./list.js')).run,
};
