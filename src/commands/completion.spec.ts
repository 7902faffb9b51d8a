import type { LeafCommand } from './command-spec.js';

export const completionSpec: LeafCommand = {
  name: 'completion',
  summary: 'print a completion script for bash, zsh or fish (commands, flags, figure ids, indicators, places, currencies)',
  args: [{ name: 'shell', description: 'the shell', required: true, choices: ['bash', 'zsh', 'fish'] }],
  common: false,
  examples: ['eval "$(humfig completion bash)"', 'eval "$(humfig completion zsh)"', 'humfig completion fish | source'],
  load: async () => (await import('./completion.js')).run,
};

/** Used by the completion scripts: candidates for a kind of value, one per line. */
export const completeSpec: LeafCommand = {
  name: '__complete',
  summary: 'candidates for a kind of value, one per line, for the completion scripts',
  args: [{ name: 'kind', description: 'figures, indicators, series, places, sources, units, or request (units and the words of a conversion)', required: true }],
  flags: [
    { flags: '--prefix <text>', description: 'only the candidates that start with this (as the shell shows the word typed so far)' },
    { flags: '--describe', description: 'each candidate followed by a tab and what it is' },
  ],
  common: false,
  hidden: true,
  load: async () => (await import('./complete.js')).run,
};
