/**
 * The entry point: the one place that decides the exit code and turns errors into messages.
 *
 * The most frequent calls in shell loops (`humfig`, `humfig get <id...> [--json]`, `humfig get
 * --batch [--json]`, `humfig list [--json]`, `humfig convert A FROM TO --date D [--json]`) are
 * recognised here and run without
 * loading commander, which is a measurable share of start-up. They build the same typed options
 * the commander program builds and call the same command functions; anything else, including
 * every error in the arguments and every `--help`, goes to the commander program (program.ts).
 * HUMFIG_NO_FAST_PATH=1 sends everything there (the tests compare both ways).
 */
import { EXIT, type ExitCode } from './errors.js';
import { DEFAULT_MAX_AGE_DAYS, commonOptions, io, ratesLocation, today } from './cli-context.js';
import { isIsoDate } from './domain/dates.js';
import { renderError } from './output/render-error.js';

/** Whether errors go to stderr as JSON: the user asked for JSON output (decided before parsing). */
const jsonErrors = process.argv
  .slice(2)
  .some((a, i, all) => a === '--json' || a.startsWith('--json=') || /^--format=(nd)?json$/.test(a) || (a === '--format' && /^(nd)?json$/.test(all[i + 1] ?? '')));

/** A word that is an argument, not a flag. */
const isWord = (a: string | undefined): a is string => a !== undefined && a !== '' && !a.startsWith('-');

/**
 * Runs one of the frequent calls without commander; undefined when the arguments are anything
 * else. `--json` may stand only last, where it cannot be read as a field list.
 */
async function fastPath(args: readonly string[]): Promise<ExitCode | undefined> {
  if (process.env.HUMFIG_NO_FAST_PATH) return undefined;
  const json = args.at(-1) === '--json';
  const words = json ? args.slice(0, -1) : args;
  const options = () => commonOptions(json ? { json: true } : {});
  const [command, ...rest] = words;
  if (command === undefined) {
    const { summaryCommand } = await import('./commands/summary.js');
    return summaryCommand(options(), io);
  }
  if (command === 'list' && rest.length === 0) {
    const { listCommand } = await import('./commands/list.js');
    return listCommand({ ...options(), filter: {} }, io);
  }
  const batch = rest.length === 1 && rest[0] === '--batch';
  if (command === 'get' && (batch || (rest.length > 0 && rest.every(isWord)))) {
    const { getCommand } = await import('./commands/get.js');
    const convert = { rates: ratesLocation(undefined), maxAge: DEFAULT_MAX_AGE_DAYS, strict: false };
    return getCommand({ ...options(), ids: batch ? [] : [...rest], valueOnly: false, batch, failFast: false, to: [], convert }, io);
  }
  if (command === 'convert' && rest.length === 5 && rest.slice(0, 3).every(isWord) && rest[3] === '--date' && isIsoDate(rest[4]!)) {
    const [amount, from, to, , date] = rest;
    const { convertCommand } = await import('./commands/convert.js');
    return convertCommand(
      {
        ...options(),
        amount,
        from,
        to,
        date,
        today: today(),
        rates: ratesLocation(undefined),
        maxAge: DEFAULT_MAX_AGE_DAYS,
        strict: false,
        useFacts: Boolean(process.env.HUMFIG_FACTS),
        batch: false,
        failFast: false,
      },
      io,
    );
  }
  return undefined;
}

// A reader that closed the pipe (`humfig list | head -1`) is a normal end, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Ctrl-C and kill end at once, quietly, with the conventional 128 + signal number
process.once('SIGINT', () => process.exit(EXIT.interrupted));
process.once('SIGTERM', () => process.exit(143));

try {
  const fast = await fastPath(process.argv.slice(2));
  if (fast !== undefined) process.exitCode = fast;
  else {
    const { runProgram } = await import('./program.js');
    process.exitCode = await runProgram(process.argv);
  }
} catch (err) {
  const { text, exitCode } = renderError(err, jsonErrors, Boolean(process.env.HUMFIG_DEBUG));
  io.err(text);
  process.exitCode = exitCode;
}
