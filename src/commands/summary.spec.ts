import type { LeafCommand } from './command-spec.js';

export const summarySpec: LeafCommand = {
  name: 'summary',
  summary: 'the headline figures: the newest figure of each indicator and place',
  examples: ['humfig summary', 'humfig summary --json'],
  load: async () => (await import('./summary.js')).run,
};
