import type { LeafCommand } from './command-spec.js';
import { FIGURE_FILTER_FLAGS, RATES_FLAG } from './shared-flags.js';

export const checkSpec: LeafCommand = {
  name: 'check',
  summary: 'claim checks: quotes, stated equivalents against dated rates, parts and wholes, dates (exit 1 when one fails)',
  flags: [
    RATES_FLAG,
    // (an import of thousands of figures gives a pass and a warning for each: the few failures must be findable)
    { flags: '--level <level>', description: "only findings of this level or worse: 'fail' (failures alone), 'warn' (warnings and failures), 'pass' (all, the default)", choices: ['fail', 'warn', 'pass'] },
    ...FIGURE_FILTER_FLAGS,
  ],
  examples: ['humfig check', 'humfig check --facts my-facts.json --json', 'humfig check --level fail --facts hno.json', 'humfig check --place Mali --facts hno.json', 'humfig check --place Mali --sector FSC --facts hno.json'],
  notes: 'With filters, only the claims of the figures they pick: totals, unless a breakdown flag (--sex, --age, --sector, --population-group, --where) names one.',
  load: async () => (await import('./check.js')).run,
};
