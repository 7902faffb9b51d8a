import type { LeafCommand } from './command-spec.js';

export const sourcesSpec: LeafCommand = {
  name: 'sources',
  summary: 'the sources the figures come from',
  examples: ['humfig sources', 'humfig sources --json'],
  load: async () => (await import('./sources.js')).run,
};
