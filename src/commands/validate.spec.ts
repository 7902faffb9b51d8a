import type { LeafCommand } from './command-spec.js';

export const validateSpec: LeafCommand = {
  name: 'validate',
  summary: 'check facts files completely and list every problem with its line and column',
  args: [{ name: 'file...', description: 'facts files (default: the facts file in use)', value: 'file' }],
  examples: ['humfig validate', 'humfig validate my-facts.json other.json', 'humfig validate draft.json --json'],
  load: async () => (await import('./validate.js')).run,
};
