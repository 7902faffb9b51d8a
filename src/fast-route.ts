/**
 * Which of the frequent calls a command line is, if any: `humfig`, `humfig list`, `humfig get
 * <id...>`, `humfig get --batch` and `humfig convert A FROM TO --date D`, each with an optional
 * `--json` last (where it cannot be read as a field list); all but convert with an optional
 * `--facts <file>` anywhere; `get` and `list` with an optional `--format <format>` other than
 * table, and `get <id...>` with `--value`. Pure and tiny: the launcher (launch.ts) uses it to
 * choose a program before loading any, and cli.ts to run the call. Anything else, unusual
 * spellings included, is left to commander.
 */
export type FastCommand = 'summary' | 'list' | 'get' | 'convert';

/** The formats a fast call may ask for: all but table, whose code only the full program loads (a test compares with FORMATS). */
export const FAST_FORMATS = ['plain', 'json', 'ndjson', 'csv', 'tsv', 'hxl'] as const;
export type FastFormat = (typeof FAST_FORMATS)[number];

export interface FastRoute {
  command: FastCommand;
  json: boolean;
  /** the words after the command (and before `--json`) */
  rest: readonly string[];
  /** the file of `--facts <file>` (or `--facts=<file>`), when given */
  facts?: string;
  /** `--format <format>`, when given */
  format?: FastFormat;
  /** `--value` (get) */
  value?: boolean;
}

/** A word that is an argument, not a flag. */
const isWord = (a: string | undefined): a is string => a !== undefined && a !== '' && !a.startsWith('-');

/** A date as --date takes it; the command checks it is a real date. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The flags of humfig that take a value (commander's `<value>`; a test compares with program.ts). */
export const TAKES_VALUE: ReadonlySet<string> = new Set([
  '--as', '--as-of', '--base', '--color', '--currency', '--dataset-id', '--date', '--facts', '--fields', '--format', '--from', '--household-size',
  '--indicator', '--max-age', '--out', '--per', '--place', '--published', '--publisher', '--rate', '--rates', '--retrieved', '--source',
  '--source-id', '--title', '--to', '--unit',
]);

/**
 * Takes one `--flag <value>` or `--flag=<value>` out of `args`: the value (a word) and the rest;
 * `null` when the flag is there but not so (twice, or a value that is not a word).
 */
function take(args: readonly string[], flag: string): { value?: string; rest: readonly string[] } | null {
  const is = (a: string) => a === flag || a.startsWith(`${flag}=`);
  const at = args.findIndex(is);
  if (at === -1) return { rest: args };
  const separate = args[at] === flag;
  const value = separate ? args[at + 1] : args[at]!.slice(flag.length + 1);
  // commander reads a flag just after one that takes a value as that value: `--format --facts x`
  if (!isWord(value) || value.trim() === '' || TAKES_VALUE.has(args[at - 1] ?? '')) return null;
  const rest = [...args.slice(0, at), ...args.slice(at + (separate ? 2 : 1))];
  return rest.some(is) ? null : { value, rest };
}

export function fastRoute(all: readonly string[]): FastRoute | undefined {
  // one --facts <file>, anywhere (commander reads it so too)
  const facts = take(all, '--facts');
  if (!facts) return undefined;
  const json = facts.rest.at(-1) === '--json';
  const words = json ? facts.rest.slice(0, -1) : facts.rest;
  const [command, ...afterCommand] = words;
  let rest: readonly string[] = afterCommand;
  // get and list: one --format (not with --json), and for get --value (alone)
  let format: FastFormat | undefined;
  let value = false;
  if (command === 'get' || command === 'list') {
    const f = take(rest, '--format');
    if (!f || (f.value !== undefined && (json || !(FAST_FORMATS as readonly string[]).includes(f.value)))) return undefined;
    format = f.value as FastFormat | undefined;
    rest = f.rest;
    if (command === 'get' && rest.includes('--value')) {
      const others = rest.filter((a) => a !== '--value');
      if (json || format !== undefined || others.length !== rest.length - 1) return undefined;
      rest = others;
      value = true;
    }
  }
  const route = (c: FastCommand): FastRoute => ({
    command: c,
    json,
    rest,
    ...(facts.value !== undefined ? { facts: facts.value } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(value ? { value } : {}),
  });
  if (command === undefined) return route('summary');
  if (command === 'list' && rest.length === 0) return route('list');
  const batch = rest.length === 1 && rest[0] === '--batch';
  if (command === 'get' && batch && !value) return route('get');
  if (command === 'get' && rest.length > 0 && rest.every(isWord)) return route('get');
  // convert reads rates from a facts file of the user's: that stays with the full program
  if (command === 'convert' && facts.value === undefined && rest.length === 5 && rest.slice(0, 3).every(isWord) && rest[3] === '--date' && DATE.test(rest[4]!)) {
    return route('convert');
  }
  return undefined;
}
