/**
 * A command of humfig as data: its name, summary, arguments, flags and examples, and a lazy
 * `load` of the function that runs it. cli.ts reads the table of these (table.ts) to find the
 * command named on the command line and builds commander for that one only; help, shell
 * completion and "did you mean" are derived from the same table. This module is types only.
 */
import type { ExitCode } from '../errors.js';
import type { CommonOptions, FactsLocation, Io } from './context.js';
import type { RatesLocation } from './rates-context.js';
import type { ProgressLine } from './progress-line.js';
import type { ValueKind } from '../output/completion-script.js';

export type { ValueKind };

export interface FlagSpec {
  /** commander's syntax: `--date <YYYY-MM-DD>` (a value), `--json [fields]` (an optional one), `--strict`, `--no-color` */
  flags: string;
  /** one line for help and the man page */
  description: string;
  /** a closed list of values (help lists them, completion offers them) */
  choices?: readonly string[];
  default?: string | number | boolean;
  /** turns the value into what the command gets; throws an Error whose message says what is allowed */
  parse?: (value: string) => unknown;
  /** what the value is, for completion (default: 'choice' with choices, else 'other') */
  value?: ValueKind;
}

export interface ArgSpec {
  /** `id...` for a list */
  name: string;
  description: string;
  required?: boolean;
  choices?: readonly string[];
  value?: ValueKind;
}

/** The words and flags commander parsed for one call, flags of the whole program included. */
export interface CommandInput<Flags extends object = Record<string, unknown>> {
  /** the positional arguments in declaration order (a variadic one as an array) */
  args: readonly unknown[];
  /** every flag by commander's camelCase name: the command's own and the shared ones */
  flags: Readonly<Flags & RawCommon>;
}

/** The flags every command shares, as commander read them. */
export interface RawCommon {
  facts?: string;
  format?: string;
  json?: boolean | string;
  fields?: string;
  color?: boolean | string;
  /** false with --no-pager */
  pager?: boolean;
  /** --human: numbers in tables as people say them */
  human?: boolean;
}

/**
 * What cli.ts hands a command besides its input: the streams, and what depends on the
 * environment, the clock and the terminal, so that commands read none of them themselves.
 */
export interface CommandContext {
  io: Io;
  /** the shared flags turned into typed options (facts file, format, fields, colour) */
  common(raw: RawCommon): CommonOptions;
  factsLocation(flag: string | undefined): FactsLocation;
  /** a facts file named by --facts or HUMFIG_FACTS (not the bundled one) */
  factsChosen(flag: string | undefined): boolean;
  ratesLocation(flag: string | undefined): RatesLocation;
  largeFileOptions(): Pick<FactsLocation, 'threads' | 'trace'>;
  today(): string;
  readStdin(): Promise<string>;
  /** all of standard input as bytes, at most `max` of them (a directory or more is a usage error) */
  readStdinBytes(max?: number): Promise<Buffer>;
  /** a progress line on stderr for long work: nothing unless stderr is a terminal and `json` is false; counts in MiB with `bytes` */
  progress(what: string, json: boolean, bytes?: boolean): ProgressLine;
  /** the table of commands, for the commands that describe the others (completion) */
  commands: readonly CommandSpec[];
}

/** Runs a command; `Flags` is what its declaration makes commander parse. */
export type RunCommand<Flags extends object = Record<string, unknown>> = (input: CommandInput<Flags>, context: CommandContext) => Promise<ExitCode>;

interface CommandBase {
  name: string;
  /** one line: the command list of help, the man page */
  summary: string;
  /** lines of `humfig ...` shown under Examples */
  examples?: readonly string[];
  /** a paragraph after the examples */
  notes?: string;
  hidden?: boolean;
}

export interface LeafCommand extends CommandBase {
  args?: readonly ArgSpec[];
  /** the command's own flags, after the shared ones in help */
  flags?: readonly FlagSpec[];
  /** whether the shared output flags (--facts, --format, --json, ...) apply; default true */
  common?: boolean;
  /**
   * From this many bytes of input on, the command runs in a worker thread, so that Ctrl-C ends it at
   * once (default 4 MiB; less for commands that spend long on each byte: extract, import hxl)
   */
  workerFromBytes?: number;
  /** the function that runs the command, imported only when the command is called */
  load: () => Promise<RunCommand<never>>;
}

export interface GroupCommand extends CommandBase {
  /** what the word after the group names ('command', 'format'), for the message when it is missing */
  subject: string;
  commands: readonly LeafCommand[];
}

export type CommandSpec = LeafCommand | GroupCommand;

export const isGroup = (spec: CommandSpec): spec is GroupCommand => 'commands' in spec;
