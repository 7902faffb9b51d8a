/**
 * `humfig __complete <kind>` (hidden): the candidates a completion script offers, one per
 * line: figure ids of the facts file in use, units and currency codes, or those and the words
 * of a conversion request (to, in, on). Never fails loudly:
 * a broken facts file simply completes nothing.
 */
import { EXIT, HumfigError, type ExitCode } from '../errors.js';
import { CURRENCIES } from '../domain/currency.js';
import { MEASURE_UNIT_CODES } from '../domain/unit.js';
import { CONVERT_WORDS } from './convert-request.js';
import { openFacts, type FactsLocation, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface CompleteOptions {
  kind: string;
  facts: FactsLocation;
}

export async function completeCommand(options: CompleteOptions, io: Io): Promise<ExitCode> {
  let words: string[] = [];
  if (options.kind === 'figures') {
    try {
      words = (await openFacts(options.facts)).data.figures.map((f) => f.id);
    } catch (err) {
      if (!(err instanceof HumfigError)) throw err;
    }
  } else if (options.kind === 'units') {
    words = [...MEASURE_UNIT_CODES, ...CURRENCIES.keys()];
  } else if (options.kind === 'request') {
    words = [...CONVERT_WORDS, ...MEASURE_UNIT_CODES, ...CURRENCIES.keys()];
  }
  // ids are kebab-case and codes are letters, but a facts file is untrusted: keep shell-safe words
  io.out(words.filter((w) => /^[A-Za-z0-9_.-]+$/.test(w)).map((w) => `${w}\n`).join(''));
  return EXIT.ok;
}

/** Runs `humfig __complete <kind>` for the completion scripts. */
export function run({ args, flags }: CommandInput<object>, context: CommandContext): Promise<ExitCode> {
  return completeCommand({ kind: args[0] as string, facts: context.factsLocation(flags.facts) }, context.io);
}
