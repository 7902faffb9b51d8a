/**
 * The one way in: reads the command line, finds the command it names in the table of commands
 * (commands/table.ts), builds commander for that command only, runs it, and turns any error
 * into one line on stderr and an exit code. The only module that reads process.argv and
 * decides the exit code. Only the named command's module is imported, so `humfig get` pays
 * only for `get`.
 */
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { EXIT, EXIT_TABLE, UsageError, type ExitCode } from './errors.js';
import { VERSION, commandContext, io, releaseOutput } from './cli-context.js';
import { isGroup, type CommandSpec, type FlagSpec, type LeafCommand, type RunCommand } from './commands/command-spec.js';
import { COMMON_FLAGS } from './commands/shared-flags.js';
import { COMMANDS, PROGRAM } from './commands/table.js';
import { renderError } from './output/render-error.js';

const context = commandContext(COMMANDS);
const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));

/**
 * Whether errors go to stderr as JSON: the user asked for JSON output (`--json`, `--json=...`,
 * `--format json|ndjson`, `--format=json|ndjson`) before any `--`. Decided from the words
 * themselves, because an error can come before or in the middle of commander's parsing.
 */
function wantsJsonErrors(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  const words = end === -1 ? args : args.slice(0, end);
  return words.some((a, i) => a === '--json' || a.startsWith('--json=') || /^--format=(nd)?json$/.test(a) || (a === '--format' && /^(nd)?json$/.test(words[i + 1] ?? '')));
}

/** Whether a word is a flag to commander (a lone `-` is a value, as for stdin). */
const isFlag = (a: string): boolean => a.length > 1 && a.startsWith('-');

/**
 * The first word from `from` on that is neither a flag of the program nor the value of one:
 * the name of a command. Which program flags take a value is read off COMMON_FLAGS, with
 * commander's rule for an optional value (`--json [fields]` takes the next word unless it is
 * a flag), so the answer is the one commander reaches.
 */
function commandWord(args: readonly string[], from = 0): string | undefined {
  for (let i = from; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return undefined;
    if (!isFlag(a)) return a;
    if (a.includes('=')) continue;
    const spec = COMMON_FLAGS.find((f) => f.flags.split(' ')[0] === a);
    if (spec?.flags.includes('<')) i++;
    else if (spec?.flags.includes('[') && i + 1 < args.length && !isFlag(args[i + 1]!)) i++;
  }
  return undefined;
}

/** The error for a word that names no command, with the nearest names. */
async function unknownCommand(word: string): Promise<UsageError> {
  const { suggest } = await import('./domain/suggest.js');
  const near = suggest(word, COMMANDS.filter((c) => !c.hidden).map((c) => c.name));
  return new UsageError(`unknown command '${word}'`, [near.length > 0 ? `did you mean ${near.join(', ')}?` : 'see humfig --help']);
}

const EXIT_HELP = `\nExit codes:\n${EXIT_TABLE.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n')}\n`;

function helpAfter(examples: readonly string[] | undefined, notes?: string): string {
  const lines = examples && examples.length > 0 ? `\nExamples:\n${examples.map((l) => `  $ ${l}`).join('\n')}\n` : '';
  return lines + (notes ? `\n${notes}\n` : '');
}

/** A value parser of the table as commander wants it: its message becomes commander's. */
function parser(parse: (value: string) => unknown) {
  return (value: string) => {
    try {
      return parse(value);
    } catch (err) {
      throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
    }
  };
}

function declareFlags(cmd: Command, flags: readonly FlagSpec[]): void {
  for (const f of flags) {
    const option = new Option(f.flags, f.description);
    if (f.choices) option.choices(f.choices);
    if (f.parse) option.argParser(parser(f.parse));
    if (f.default !== undefined) option.default(f.default);
    cmd.addOption(option);
  }
}

let exitCode: ExitCode = EXIT.ok;

/** Runs a command of the table with what commander parsed. */
async function runLeaf(spec: LeafCommand, args: readonly unknown[], cmd: Command): Promise<void> {
  // commander parsed the flags this same declaration made it declare: they have the command's types
  const run = (await spec.load()) as RunCommand;
  exitCode = await run({ args, flags: cmd.optsWithGlobals() }, context);
}

function declareLeaf(parent: Command, spec: LeafCommand): void {
  const cmd = parent.command(spec.name, spec.hidden ? { hidden: true } : {}).description(spec.summary);
  for (const a of spec.args ?? []) {
    const arg = new Argument(a.required ? `<${a.name}>` : `[${a.name}]`, a.description);
    if (a.choices) arg.choices(a.choices);
    cmd.addArgument(arg);
  }
  declareFlags(cmd, [...(spec.common === false ? [] : COMMON_FLAGS), ...(spec.flags ?? [])]);
  const after = helpAfter(spec.examples, spec.notes);
  if (after) cmd.addHelpText('after', after);
  const count = spec.args?.length ?? 0;
  cmd.action((...params: unknown[]) => runLeaf(spec, params.slice(0, count), params.at(-1) as Command));
}

function declare(program: Command, spec: CommandSpec): void {
  if (!isGroup(spec)) return declareLeaf(program, spec);
  const group = program
    .command(spec.name)
    .description(spec.summary)
    .action(() => {
      throw new UsageError(`'humfig ${spec.name}' needs a ${spec.subject}: ${spec.commands.map((c) => c.name).join(' or ')}`, [`see humfig ${spec.name} --help`]);
    });
  for (const sub of spec.commands) declareLeaf(group, sub);
}

/** How help lists a command it knows only by name and summary: as if it were declared. */
function termOf(spec: CommandSpec): string {
  if (isGroup(spec)) return spec.name;
  const options = spec.common !== false || (spec.flags?.length ?? 0) > 0 ? ' [options]' : '';
  const args = (spec.args ?? []).map((a) => (a.required ? ` <${a.name}>` : ` [${a.name}]`)).join('');
  return `${spec.name}${options}${args}`;
}

/**
 * The program with the command named on the command line declared in full, or, when none is
 * named, every command by name and summary (for help): never the dozen others' flags and texts.
 */
function buildProgram(args: readonly string[]): Command {
  const program = new Command(PROGRAM.name)
    .description(PROGRAM.summary)
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);
  declareFlags(program, COMMON_FLAGS);
  program.addHelpText('after', helpAfter(PROGRAM.examples) + EXIT_HELP).action(async (_opts, cmd: Command) => {
    if (cmd.args.length > 0) throw await unknownCommand(cmd.args[0]!);
    await runLeaf(PROGRAM.default, [], cmd);
  });

  let word = commandWord(args);
  if (word === 'help') word = commandWord(args, args.indexOf('help') + 1);
  const named = word === undefined ? undefined : BY_NAME.get(word);
  if (named) declare(program, named);
  else {
    const stubs = new Map<Command, CommandSpec>();
    for (const spec of COMMANDS) stubs.set(program.command(spec.name, spec.hidden ? { hidden: true } : {}).description(spec.summary), spec);
    const help = new Help();
    program.configureHelp({ subcommandTerm: (cmd) => (stubs.has(cmd) ? termOf(stubs.get(cmd)!) : help.subcommandTerm(cmd)) });
  }
  // only the program itself takes stray words (to say "unknown command"); set after the
  // commands were created, so that they do not inherit it and reject extra arguments
  program.allowExcessArguments(true);
  return program;
}

/** Parses the command line with commander and runs the command; returns its exit code. */
async function runProgram(args: readonly string[]): Promise<ExitCode> {
  const word = commandWord(args);
  if (word !== undefined && word !== 'help' && !BY_NAME.has(word)) throw await unknownCommand(word);
  try {
    await buildProgram(args).parseAsync(args as string[], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    // help asked for: exit 0; help shown because a command group was given no command: usage
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const [first = err.message, ...rest] = err.message.split('\n');
    throw new UsageError(first.replace(/^error: /, ''), [...rest.filter(Boolean).map((l) => l.replace(/^\((.*)\)$/, '$1')), 'see humfig --help']);
  }
}

// A reader that closed the pipe (`humfig list | head -1`) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Ctrl-C and kill end at once, quietly, with the conventional 128 + signal number
process.once('SIGINT', () => process.exit(EXIT.interrupted));
process.once('SIGTERM', () => process.exit(143));

const args = process.argv.slice(2);
try {
  process.exitCode = await runProgram(args);
  await releaseOutput();
} catch (err) {
  await releaseOutput();
  const { text, exitCode: code } = renderError(err, wantsJsonErrors(args), Boolean(process.env.HUMFIG_DEBUG));
  io.err(text);
  process.exitCode = code;
}
