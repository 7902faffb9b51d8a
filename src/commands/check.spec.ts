import type { LeafCommand } from './command-spec.js';
import { RATES_FLAG } from './shared-flags.js';

export const checkSpec: LeafCommand = {
  name: 'check',
  summary: 'claim checks: quotes, stated equivalents against dated rates, parts and wholes, dates (exit 1 when one fails)',
  flags: [RATES_FLAG],
  examples: ['humfig check', 'humfig check --facts my-facts.json --json'],
  load: async () => (await import('./check.js')).run,
};
