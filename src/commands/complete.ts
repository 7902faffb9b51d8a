/**
 * `humfig __complete <kind>` (hidden): the candidates a completion script offers, one per
 * line: figure ids, indicators, places and sources of the facts file in use, units and
 * currency codes, or those and the words of a conversion request (to, in, on). With --prefix, only those that start with it (bash filters here, not with
 * `compgen -W`, which would expand `$(...)` in a value from the file); with --describe, each
 * value is followed by a tab and what it is (fish shows that beside it). Never fails loudly:
 * whatever goes wrong (a broken facts file, an unknown kind) completes nothing, with exit 0,
 * so that nothing is ever printed into the user's shell.
 */
import { EXIT, type ExitCode } from '../errors.js';
import { CURRENCIES } from '../domain/currency.js';
import { MEASURE_UNIT_CODES, describeUnit } from '../domain/unit.js';
import { FACTS_CANDIDATE_KINDS, completionCandidates, type Candidate, type FactsCandidateKind } from '../derive/completion-candidates.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import { CONVERT_WORDS } from './convert-request.js';
import { openFacts, type FactsLocation, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface CompleteOptions {
  kind: string;
  /** where the facts are; a function, since finding them can fail too (an empty HUMFIG_FACTS) */
  facts: () => FactsLocation;
  /** what the user typed of the word so far, as the shell shows it (backslashes and quotes included) */
  prefix?: string | undefined;
  describe?: boolean | undefined;
}

/** How long a description may be: fish shows it in a column beside the value. */
const MAX_DESCRIPTION = 60;

const isFactsKind = (kind: string): kind is FactsCandidateKind => (FACTS_CANDIDATE_KINDS as readonly string[]).includes(kind);

async function candidates(options: CompleteOptions): Promise<Candidate[]> {
  if (options.kind === 'units') {
    return [...MEASURE_UNIT_CODES.map((code) => ({ value: code, description: describeUnit(code)?.name ?? '' })), ...[...CURRENCIES.values()].map((c) => ({ value: c.code, description: c.name }))];
  }
  if (options.kind === 'request') return [...CONVERT_WORDS.map((w) => ({ value: w, description: 'a word of the request' })), ...(await candidates({ ...options, kind: 'units' }))];
  if (!isFactsKind(options.kind)) return [];
  return completionCandidates((await openFacts(options.facts())).data, options.kind);
}

/** The word typed so far as the shell will pass it: an opening quote and backslash escapes taken off. */
const unquote = (typed: string): string => typed.replace(/^['"]/, '').replace(/\\(.)/g, '$1');

/** One line of output: the value, and its description when asked for; undefined for a value a shell must not get. */
function line(c: Candidate, describe: boolean): string | undefined {
  // a value with a control or invisible character is not offered at all: it could not be typed
  // back, and would act on the terminal (descriptions are shown with such characters escaped)
  if (c.value === '' || sanitizeTerminal(c.value) !== c.value) return undefined;
  if (!describe) return c.value;
  const text = sanitizeTerminal(c.description.replace(/\s+/g, ' ').trim());
  return `${c.value}\t${text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text}`;
}

export async function completeCommand(options: CompleteOptions, io: Io): Promise<ExitCode> {
  let found: Candidate[] = [];
  try {
    found = await candidates(options);
  } catch {
    // completion is typed in a shell: a broken facts file (or anything else) offers nothing
    return EXIT.ok;
  }
  const prefix = unquote(options.prefix ?? '');
  const lines: string[] = [];
  for (const c of found) {
    if (!c.value.startsWith(prefix)) continue;
    const text = line(c, options.describe === true);
    if (text !== undefined) lines.push(`${text}\n`);
  }
  io.out(lines.join(''));
  return EXIT.ok;
}

/** Runs `humfig __complete <kind>` for the completion scripts. */
export function run({ args, flags }: CommandInput<{ prefix?: string; describe?: boolean }>, context: CommandContext): Promise<ExitCode> {
  return completeCommand({ kind: args[0] as string, facts: () => context.factsLocation(flags.facts), prefix: flags.prefix, describe: flags.describe }, context.io);
}
