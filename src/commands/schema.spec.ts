import type { LeafCommand } from './command-spec.js';

export const schemaSpec: LeafCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the facts format (humfig-facts/1)',
  common: false,
  examples: ['humfig schema > humfig-facts.schema.json'],
  load: async () => (await import('./schema.js')).run,
};
