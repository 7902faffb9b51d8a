import type { LeafCommand } from './command-spec.js';

export const citeSpec: LeafCommand = {
  name: 'cite',
  summary: "a figure's quote and source, ready to paste into a report",
  args: [{ name: 'id...', description: 'figure ids or unique prefixes', required: true, value: 'figure' }],
  examples: ['humfig cite temporary-housing', 'humfig cite appeal --json'],
  load: async () => (await import('./cite.js')).run,
};
