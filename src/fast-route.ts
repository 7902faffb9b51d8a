/**
 * Which of the frequent calls a command line is, if any: `humfig`, `humfig list`, `humfig get
 * <id...>`, `humfig get --batch` and `humfig convert A FROM TO --date D`, each with an optional
 * `--json` last (where it cannot be read as a field list). Pure and tiny: the launcher
 * (launch.ts) uses it to choose a program before loading any, and cli.ts to run the call.
 */
export type FastCommand = 'summary' | 'list' | 'get' | 'convert';

export interface FastRoute {
  command: FastCommand;
  json: boolean;
  /** the words after the command (and before `--json`) */
  rest: readonly string[];
}

/** A word that is an argument, not a flag. */
const isWord = (a: string | undefined): a is string => a !== undefined && a !== '' && !a.startsWith('-');

/** A date as --date takes it; the command checks it is a real date. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fastRoute(args: readonly string[]): FastRoute | undefined {
  const json = args.at(-1) === '--json';
  const words = json ? args.slice(0, -1) : args;
  const [command, ...rest] = words;
  if (command === undefined) return { command: 'summary', json, rest };
  if (command === 'list' && rest.length === 0) return { command: 'list', json, rest };
  const batch = rest.length === 1 && rest[0] === '--batch';
  if (command === 'get' && (batch || (rest.length > 0 && rest.every(isWord)))) return { command: 'get', json, rest };
  if (command === 'convert' && rest.length === 5 && rest.slice(0, 3).every(isWord) && rest[3] === '--date' && DATE.test(rest[4]!)) {
    return { command: 'convert', json, rest };
  }
  return undefined;
}
