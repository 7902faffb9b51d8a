import type { LeafCommand } from './command-spec.js';
import { BREAKDOWN_FLAGS, PLACE_FLAG, parseDay } from './shared-flags.js';

export const historySpec: LeafCommand = {
  name: 'history',
  summary: 'every observation of one indicator over time, in date order, with the change between them',
  args: [{ name: 'indicator', description: 'an indicator such as displaced (a figure id selects its indicator)', required: true, value: 'series' }],
  flags: [
    PLACE_FLAG,
    ...BREAKDOWN_FLAGS,
    { flags: '--from <date>', description: 'first date (YYYY, YYYY-MM or YYYY-MM-DD)', parse: parseDay, value: 'date' },
    { flags: '--to <date>', description: 'last date', parse: parseDay, value: 'date' },
    { flags: '--chart', description: 'draw the series as a line chart above the table' },
  ],
  examples: ['humfig history displaced --place Nagorno-Karabakh', 'humfig history internally-displaced-stock-conflict --place AFG --chart --facts idmc.json', 'humfig history population --format csv > population.csv'],
  load: async () => (await import('./history.js')).run,
};
