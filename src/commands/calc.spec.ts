import type { LeafCommand } from './command-spec.js';
import { RATES_FLAG, parseDate } from './shared-flags.js';

export const calcSpec: LeafCommand = {
  name: 'calc',
  summary: 'a derived figure: arithmetic over figure ids and numbers, with its range, units and sources',
  args: [{ name: 'expression', description: 'e.g. "displaced-population / armenia-population"; + - * / and parentheses', required: true, value: 'figure' }],
  flags: [
    { flags: '--as <form>', description: 'show a ratio as a percent or a plain ratio', choices: ['percent', 'ratio'] },
    { flags: '--to <unit>', description: 'express the result in this currency or unit (money at the latest input date)', value: 'unit' },
    { flags: '--date <YYYY-MM-DD>', description: "the date of every rate, instead of each figure's own", parse: parseDate, value: 'date' },
    RATES_FLAG,
  ],
  examples: [
    'humfig calc "displaced-population / armenia-population" --as percent',
    'humfig calc "appeal-amount / displaced-population" --to USD --json',
    'humfig calc "residents - temporary-housing"',
  ],
  load: async () => (await import('./calc.js')).run,
};
