/**
 * The entry point: the one place that decides the exit code and turns errors into messages.
 *
 * The most frequent calls in shell loops (`humfig`, `humfig get <id...> [--json]`, `humfig get
 * --batch [--json]`, `humfig list [--json]`, `humfig convert A FROM TO --date D [--json]`, and a
 * few of their flags: see fast-route.ts) are recognised here and run without loading commander,
 * which is a measurable share of start-up. They build the same typed options
 * the commander program builds and call the same command functions; anything else, including
 * every error in the arguments and every `--help`, goes to the commander program (program.ts).
 * HUMFIG_NO_FAST_PATH=1 sends everything there (the tests compare both ways).
 */
import { EXIT, type ExitCode } from './errors.js';
import { DEFAULT_MAX_AGE_DAYS, commonOptions, io, outputStarted, ratesLocation, today } from './cli-context.js';
import { isIsoDate } from './domain/dates.js';
import { fastRoute } from './fast-route.js';
import { renderError } from './output/render-error.js';

/**
 * In a fast bundle (a copy of this program built for one frequent call, see launch.ts), the
 * path of the full program, to which a call goes on when it needs a module the bundle left
 * out (a bundled dataset that was edited must be validated, say); undefined in the full program.
 */
declare const __HUMFIG_FULL_PROGRAM__: string | undefined;
const FULL_PROGRAM = typeof __HUMFIG_FULL_PROGRAM__ === 'string' ? __HUMFIG_FULL_PROGRAM__ : undefined;

/** The error a fast bundle's left-out module throws (scripts/build.mjs). */
const isLeftOut = (err: unknown): boolean => err instanceof Error && (err as { humfigLeftOut?: unknown }).humfigLeftOut === true;

/** Whether errors go to stderr as JSON: the user asked for JSON output (decided before parsing). */
const jsonErrors = process.argv
  .slice(2)
  .some((a, i, all) => a === '--json' || a.startsWith('--json=') || /^--format=(nd)?json$/.test(a) || (a === '--format' && /^(nd)?json$/.test(all[i + 1] ?? '')));

/**
 * Runs one of the frequent calls (fast-route.ts) without commander; undefined when the
 * arguments are anything else.
 */
async function fastPath(args: readonly string[]): Promise<ExitCode | undefined> {
  if (process.env.HUMFIG_NO_FAST_PATH) return undefined;
  const route = fastRoute(args);
  if (!route) return undefined;
  const { command, json, rest, facts, format } = route;
  const options = () => commonOptions({ ...(json ? { json: true } : {}), ...(facts !== undefined ? { facts } : {}), ...(format !== undefined ? { format } : {}) });
  if (command === 'summary') {
    const { summaryCommand } = await import('./commands/summary.js');
    return summaryCommand(options(), io);
  }
  if (command === 'list') {
    const { listCommand } = await import('./commands/list.js');
    return listCommand({ ...options(), filter: {} }, io);
  }
  if (command === 'get') {
    const batch = rest[0] === '--batch';
    const { getCommand } = await import('./commands/get.js');
    const convert = { rates: ratesLocation(undefined), maxAge: DEFAULT_MAX_AGE_DAYS, strict: false };
    return getCommand({ ...options(), ids: batch ? [] : [...rest], valueOnly: route.value === true, batch, failFast: false, to: [], convert }, io);
  }
  const [amount, from, to, , date] = rest;
  if (!isIsoDate(date!)) return undefined;
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
  if (FULL_PROGRAM && isLeftOut(err) && !outputStarted()) {
    // nothing was printed yet: the full program runs the call from the start
    await import(FULL_PROGRAM);
  } else {
    const { text, exitCode } = renderError(err, jsonErrors, Boolean(process.env.HUMFIG_DEBUG));
    io.err(text);
    process.exitCode = exitCode;
  }
}
