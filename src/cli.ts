/**
 * The one way in: reads the command line, finds the command it names in the table of commands
 * (commands/table.ts), builds commander for that command only, runs it, and turns any error
 * into one line on stderr and an exit code. The only module that reads process.argv and
 * decides the exit code. Only the named command's module is imported, so `humfig get` pays
 * only for `get`.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as commanderModule from 'commander';
import type { Command } from 'commander';

/** commander (in the shared core of the build, dist/core.js, beside what get, list and summary need) */
type Commander = typeof commanderModule;
import { EXIT, UsageError, clipInput, type ExitCode } from './errors.js';
import { STDERR_TTY, VERSION, commandContext, helpWidth, io, releaseOutput, useJsonStderr } from './cli-context.js';
import type { HelpText } from './commands/help.js';
import { isGroup, type CommandSpec, type FlagSpec, type LeafCommand, type RunCommand } from './commands/command-spec.js';
import { COMMON_FLAGS } from './commands/shared-flags.js';
import { COMMANDS, PROGRAM } from './commands/table.js';
import { relayTemporaryFiles, takeTemporaryFileMessage } from './fs/temp-files.js';

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
    // commander reads the word after `--` as a command name too
    if (a === '--') return args[i + 1];
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

/** A value parser of the table as commander wants it: its message becomes commander's. */
function parser({ InvalidArgumentError }: Commander, parse: (value: string) => unknown) {
  return (value: string) => {
    try {
      return parse(value);
    } catch (err) {
      throw new InvalidArgumentError(err instanceof Error ? err.message : String(err));
    }
  };
}

/**
 * A flag of one value given twice ("--facts a.json --facts b.json"): refused, not the last taken
 * silently, since a file, place or date dropped without a word gives a wrong answer.
 */
function once({ InvalidArgumentError }: Commander, cmd: Command, key: string, f: FlagSpec, then: ((value: string) => unknown) | undefined) {
  const name = f.flags.split(/[\s,]/)[0]!;
  return (value: string) => {
    // (given on the command line already, whatever its value: "--max-age 7 --max-age 0", 7 being the default, too)
    if (cmd.getOptionValueSource(key) === 'cli') throw new InvalidArgumentError(`${name} is given more than once; give it once (it takes one value)`);
    return then ? then(value) : value;
  };
}

function declareFlags(commander: Commander, cmd: Command, flags: readonly FlagSpec[]): void {
  for (const f of flags) {
    const option = new commander.Option(f.flags, f.description);
    if (f.choices) option.choices(f.choices);
    // (a flag of one required value, not a list: "--facts <file>"; not "--where <key=value...>" nor "--json [fields]")
    // (a flag of closed choices keeps commander's own check of them, which a parser of its own would replace)
    const single = /<[^>.]+>$/.test(f.flags) && !f.choices;
    if (single) option.argParser(once(commander, cmd, option.attributeName(), f, f.parse ? parser(commander, f.parse) : undefined));
    else if (f.parse) option.argParser(parser(commander, f.parse));
    if (f.default !== undefined) option.default(f.default);
    cmd.addOption(option);
  }
}

let exitCode: ExitCode = EXIT.ok;

/** The module of the command named on the command line, asked for before commander is built. */
const prefetched = new Map<LeafCommand, Promise<RunCommand<never>>>();

/**
 * From this many bytes of input on, a command runs in a worker thread. Signal handlers run only
 * when the main thread's event loop turns, and validating, importing or listing a large file is
 * long synchronous work: with the work in a worker, the main thread only waits, so Ctrl-C and
 * kill end the command at once (exit 130 or 143), before any --out file is renamed into place.
 */
const WORKER_MIN_BYTES = 4 * 1024 * 1024; // (a command's own workerFromBytes, where it spends long on each byte)

/** Set in a worker's environment: the command runs here, and stdout's terminal is described. */
const IN_WORKER = 'HUMFIG_IN_WORKER';

/** How many bytes the files a call reads hold: its positional arguments that are files, and the facts file. */
function inputBytes(args: readonly unknown[], flags: Record<string, unknown>): number {
  const paths = args.flatMap((a) => (typeof a === 'string' ? [a] : Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []));
  const facts = typeof flags.facts === 'string' ? flags.facts : process.env.HUMFIG_FACTS;
  if (facts) paths.push(facts);
  let total = 0;
  for (const path of paths) {
    try {
      // most words are no file at all (an id, a currency, an amount): told without an exception,
      // whose stack trace costs more than the look-up
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isFile()) total += st.size;
    } catch {
      // not a readable path (a word with a NUL, a path through a file)
    }
  }
  return total;
}

/** Whether a call runs in a worker: an input large for its command, and nothing read from standard input. */
function wantsWorker(spec: LeafCommand, args: readonly unknown[], flags: Record<string, unknown>): boolean {
  if (process.env[IN_WORKER] || flags.batch === true || args.some((a) => a === '-' || (Array.isArray(a) && a.includes('-')))) return false;
  return inputBytes(args, flags) >= (spec.workerFromBytes ?? WORKER_MIN_BYTES);
}

/** Runs this same command line in a worker thread and returns its exit code. */
async function runInWorker(): Promise<ExitCode> {
  const { Worker } = await import('node:worker_threads');
  const tty = {
    ...(process.stdout.isTTY === true ? { HUMFIG_STDOUT_COLUMNS: String(process.stdout.columns ?? 0) } : {}),
    // a worker's stderr is a pipe to this thread: it is told whether a progress line may be drawn
    ...(process.stderr.isTTY === true ? { [STDERR_TTY]: '1' } : {}),
  };
  // a young generation of 96 MiB (semi-spaces of 32 MiB rather than V8's 16): large files make
  // many short-lived objects (cells, figures), and fewer scavenges cut about a fifth of the CPU
  // time of a large import
  // (through the built loader beside this chunk where there is one, so that the worker too starts from
  // V8's code cache: about a fifth of a second less for an extraction; else this module itself)
  const boot = new URL('./boot.cjs', import.meta.url);
  const options = { argv: args, env: { ...process.env, [IN_WORKER]: '1', ...tty }, resourceLimits: { maxYoungGenerationSizeMb: 96 } };
  const worker = statSync(boot, { throwIfNoEntry: false })?.isFile() === true ? new Worker(`require(${JSON.stringify(fileURLToPath(boot))}).run();`, { ...options, eval: true }) : new Worker(new URL(import.meta.url), options);
  // the temporary files it opens, removed by this thread if the process is ended meanwhile
  worker.on('message', takeTemporaryFileMessage);
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => resolve(code as ExitCode));
  });
}

/** Runs a command of the table with what commander parsed. */
async function runLeaf(spec: LeafCommand, args: readonly unknown[], cmd: Command): Promise<void> {
  const flags = cmd.optsWithGlobals();
  if (wantsWorker(spec, args, flags)) {
    exitCode = await runInWorker();
    return;
  }
  // commander parsed the flags this same declaration made it declare: they have the command's types
  const run = (await (prefetched.get(spec) ?? spec.load())) as RunCommand;
  exitCode = await run({ args, flags }, context);
}

/**
 * Whether the command line asks for help (`-h`, `--help` before any `--`, or `humfig help`):
 * then the help texts, and only then, are loaded.
 */
function wantsHelp(args: readonly string[], word: string | undefined): boolean {
  const end = args.indexOf('--');
  return word === 'help' || (end === -1 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

function declareLeaf(commander: Commander, parent: Command, spec: LeafCommand, help: HelpText | undefined): void {
  const cmd = parent.command(spec.name, spec.hidden ? { hidden: true } : {}).description(spec.summary);
  for (const a of spec.args ?? []) {
    const arg = new commander.Argument(a.required ? `<${a.name}>` : `[${a.name}]`, a.description);
    if (a.choices) arg.choices(a.choices);
    cmd.addArgument(arg);
  }
  declareFlags(commander, cmd, [...(spec.common === false ? [] : COMMON_FLAGS), ...(spec.flags ?? [])]);
  if (help) cmd.addHelpText('after', help.leaf(spec));
  const count = spec.args?.length ?? 0;
  cmd.action((...params: unknown[]) => runLeaf(spec, params.slice(0, count), params.at(-1) as Command));
}

function declare(commander: Commander, program: Command, spec: CommandSpec, help: HelpText | undefined): void {
  if (!isGroup(spec)) return declareLeaf(commander, program, spec, help);
  const kinds = spec.commands.map((c) => c.name);
  const group = program
    .command(spec.name)
    .description(spec.summary)
    // (a word that names none of its commands is said as such: "unknown import format 'csv'", not "too many arguments")
    .allowExcessArguments(true)
    .action(async (_options: unknown, command: Command) => {
      const word = command.args[0];
      if (word === undefined) throw new UsageError(`'humfig ${spec.name}' needs a ${spec.subject}: ${kinds.join(' or ')}`, [`see humfig ${spec.name} --help`]);
      const { suggest } = await import('./domain/suggest.js');
      const near = suggest(word, kinds);
      throw new UsageError(`unknown ${spec.name} ${spec.subject} '${clipInput(word)}': humfig ${spec.name} takes ${kinds.join(' or ')}`, [near.length > 0 ? `did you mean humfig ${spec.name} ${near.join(', ')}?` : `see humfig ${spec.name} --help`]);
    });
  if (help) group.addHelpText('after', help.group(spec));
  for (const sub of spec.commands) declareLeaf(commander, group, sub, help);
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
function buildProgram(commander: Commander, named: CommandSpec | undefined, help: HelpText | undefined): Command {
  const program = new commander.Command(PROGRAM.name)
    .description(PROGRAM.summary)
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);
  // set before the commands are declared: they inherit it
  if (help) program.configureHelp(help.configure).addHelpText('after', help.program(PROGRAM.examples));
  declareFlags(commander, program, COMMON_FLAGS);
  program.action(async (_opts, cmd: Command) => {
    if (cmd.args.length > 0) throw await unknownCommand(cmd.args[0]!);
    await runLeaf(PROGRAM.default, [], cmd);
  });

  if (named) declare(commander, program, named, help);
  else {
    const stubs = new Map<Command, CommandSpec>();
    for (const spec of COMMANDS) {
      const stub = program.command(spec.name, spec.hidden ? { hidden: true } : {}).description(spec.summary);
      // only help lists these: a command named on the command line is declared in full above
      stub.action(() => {
        throw new Error(`the command '${spec.name}' was not declared`);
      });
      stubs.set(stub, spec);
    }
    const plain = new commander.Help();
    program.configureHelp({ ...help?.configure, subcommandTerm: (cmd) => (stubs.has(cmd) ? termOf(stubs.get(cmd)!) : plain.subcommandTerm(cmd)) });
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
  // `humfig help <command>` declares that command, for its help
  const helpOf = word === 'help' ? commandWord(args, args.indexOf('help') + 1) : undefined;
  if (helpOf !== undefined && !BY_NAME.has(helpOf)) throw await unknownCommand(helpOf);
  const named = BY_NAME.get(word === 'help' ? (helpOf ?? '') : (word ?? ''));
  // the command's module (or the summary's, for `humfig` alone) loads while commander is built
  // (not a command that may run in a worker: this thread would load it for nothing)
  const runs = word === undefined ? PROGRAM.default : named && !isGroup(named) && word !== 'help' && named.workerFromBytes === undefined ? named : undefined;
  if (runs) {
    const loading = runs.load();
    loading.catch(() => {}); // awaited in runLeaf, if commander gets that far
    prefetched.set(runs, loading);
  }
  const commander = commanderModule;
  // the help texts load only when help is asked for
  const help = wantsHelp(args, word) ? await import('./commands/help.js') : undefined;
  try {
    await buildProgram(commander, named, help?.helpText(helpWidth(), new commander.Help())).parseAsync(args as string[], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (!(err instanceof commander.CommanderError)) throw err;
    // help asked for: exit 0; help shown because a command group was given no command: usage
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const [first = err.message, ...rest] = err.message.split('\n');
    // the help that lists what was refused: the command's own (a group's subcommand's), else the program's
    const sub = named && isGroup(named) ? named.commands.find((c) => c.name === commandWord(args, args.indexOf(named.name) + 1)) : undefined;
    const helpFor = ['humfig', named?.name, sub?.name].filter(Boolean).join(' ');
    throw new UsageError(first.replace(/^error: /, ''), [...rest.filter(Boolean).map((l) => l.replace(/^\((.*)\)$/, '$1')), `see ${helpFor} --help`]);
  }
}

const args = process.argv.slice(2);

/** Why standard output could not be written, in words. */
const OUTPUT_FAILURES = new Map([
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['EIO', 'an input/output error on the device'],
  ['EFBIG', 'the file would exceed the size this system allows'],
  ['EBADF', 'standard output is closed'],
  ['EAGAIN', 'standard output would block'],
]);

// A reader that closed the pipe (`humfig list | head -1`) is a normal end, not an error. Any
// other failure to write is one line on stderr and exit 74: the output is lost, so the process
// ends at once instead of computing more of it.
if (!process.env[IN_WORKER]) process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  const reason = OUTPUT_FAILURES.get(err.code ?? '') ?? 'the write failed';
  const message = `cannot write to standard output: ${reason}${err.code ? ` (${err.code})` : ''}`;
  process.stderr.write(
    wantsJsonErrors(args) ? `${JSON.stringify({ error: { code: 'OUTPUT_FAILED', exitCode: EXIT.ioError, message, hints: [] } })}\n` : `humfig: ${message}\n`,
  );
  process.exit(EXIT.ioError);
});

// Ctrl-C and kill end at once, quietly, with the conventional 128 + signal number (in the main
// thread: a worker's process.exit would end only the worker)
// (an atomic write's temporary file, a large import's partial output, goes with the process:
// see fs/temp-files.ts; a worker hands its own to this thread)
// (the worker's relay is set up in main(): the built chunks are CommonJS, without top-level await)
if (!process.env[IN_WORKER]) {
  process.once('SIGINT', () => process.exit(EXIT.interrupted));
  process.once('SIGTERM', () => process.exit(EXIT.terminated));
}

// with JSON output asked for, every line on stderr is JSON too: notes and summaries, not only errors
if (wantsJsonErrors(args)) useJsonStderr();

async function main(): Promise<void> {
  if (process.env[IN_WORKER]) {
    const { parentPort } = await import('node:worker_threads');
    relayTemporaryFiles((message) => parentPort?.postMessage(message));
  }
  try {
    process.exitCode = await runProgram(args);
    await releaseOutput();
  } catch (err) {
    await releaseOutput();
    const { renderError } = await import('./output/render-error.js');
    const { text, exitCode: code } = renderError(err, wantsJsonErrors(args), Boolean(process.env.HUMFIG_DEBUG));
    io.err(text);
    process.exitCode = code;
  }
}

/**
 * The run this evaluation of the module makes: the program runs when its module is evaluated
 * (by src/boot.ts, or in a worker thread), and this settles when it has finished.
 */
export const done: Promise<void> = main();
