import type { LeafCommand } from './command-spec.js';
import { FIGURE_FILTER_FLAGS, RATES_FLAG } from './shared-flags.js';

export const checkSpec: LeafCommand = {
  name: 'check',
  summary: 'claim checks: quotes, stated equivalents against dated rates, parts and wholes, dates (exit 1 when one fails)',
  flags: [RATES_FLAG, ...FIGURE_FILTER_FLAGS],
  examples: ['humfig check', 'humfig check --facts my-facts.json --json', 'humfig check --place Mali --facts hno.json', 'humfig check --place Mali --sector FSC --facts hno.json'],
  notes: 'With filters, only the claims of the figures they pick: totals, unless a breakdown flag (--sex, --age, --sector, --population-group, --where) names one.',
  load: async () => (await import('./check.js')).run,
};
