import type { LeafCommand } from './command-spec.js';
import { BREAKDOWN_FLAGS, PLACE_FLAG, parseDay } from './shared-flags.js';

export const compareSpec: LeafCommand = {
  name: 'compare',
  summary: 'the same indicator from different sources side by side, with the spread',
  args: [{ name: 'indicator', description: 'an indicator such as displaced', required: true, value: 'series' }],
  flags: [
    PLACE_FLAG,
    ...BREAKDOWN_FLAGS,
    { flags: '--as-of <date>', description: "each source's latest observation on or before this date", parse: parseDay, value: 'date' },
  ],
  examples: ['humfig compare displaced --place Nagorno-Karabakh', 'humfig compare population --as-of 2023-09 --json', 'humfig compare arrivals --place crossing-north --facts arrivals.json'],
  load: async () => (await import('./compare.js')).run,
};
