/**
 * Which of the frequent calls a command line is, if any: `humfig`, `humfig list`, `humfig get
 * <id...>`, `humfig get --batch` and `humfig convert A FROM TO --date D`, each with an optional
 * `--json` last (where it cannot be read as a field list), and all but convert with an optional
 * `--facts <file>` anywhere. Pure and tiny: the launcher (launch.ts) uses it to choose a program
 * before loading any, and cli.ts to run the call.
 */
export type FastCommand = 'summary' | 'list' | 'get' | 'convert';

export interface FastRoute {
  command: FastCommand;
  json: boolean;
  /** the words after the command (and before `--json`) */
  rest: readonly string[];
  /** the file of `--facts <file>` (or `--facts=<file>`), when given */
  facts?: string;
}

/** A word that is an argument, not a flag. */
const isWord = (a: string | undefined): a is string => a !== undefined && a !== '' && !a.startsWith('-');

/** A date as --date takes it; the command checks it is a real date. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isFactsFlag = (a: string): boolean => a === '--facts' || a.startsWith('--facts=');

export function fastRoute(all: readonly string[]): FastRoute | undefined {
  // one --facts <file>, anywhere (commander reads it so too); its file must be a word
  let args = all;
  let facts: string | undefined;
  const at = all.findIndex(isFactsFlag);
  if (at !== -1) {
    const separate = all[at] === '--facts';
    facts = separate ? all[at + 1] : all[at]!.slice('--facts='.length);
    if (!isWord(facts)) return undefined;
    args = [...all.slice(0, at), ...all.slice(at + (separate ? 2 : 1))];
    if (args.some(isFactsFlag)) return undefined;
  }
  const json = args.at(-1) === '--json';
  const words = json ? args.slice(0, -1) : args;
  const [command, ...rest] = words;
  const route = (c: FastCommand): FastRoute => (facts === undefined ? { command: c, json, rest } : { command: c, json, rest, facts });
  if (command === undefined) return route('summary');
  if (command === 'list' && rest.length === 0) return route('list');
  const batch = rest.length === 1 && rest[0] === '--batch';
  if (command === 'get' && (batch || (rest.length > 0 && rest.every(isWord)))) return route('get');
  // convert reads rates from a facts file of the user's: that stays with the full program
  if (command === 'convert' && facts === undefined && rest.length === 5 && rest.slice(0, 3).every(isWord) && rest[3] === '--date' && DATE.test(rest[4]!)) {
    return route('convert');
  }
  return undefined;
}
