/**
 * What cli.ts hands every command (CommandContext): the streams, the bundled data's paths, and
 * the flags every command shares turned into typed options. Reads the environment, the clock
 * and the terminal: with cli.ts, the only module that does.
 */
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.js';
import type { CommandContext, CommandSpec, RawCommon } from './commands/command-spec.js';
import type { CommonOptions, FactsLocation, Io } from './commands/context.js';
import type { RatesLocation } from './commands/rates-context.js';
import type { RateSourceInfo } from './convert/rate-table.js';
import { isIsoDate, isoDateOf } from './domain/dates.js';
import { decideColor, type ColorMode } from './output/color.js';
import { sanitizeTerminal } from './output/sanitize.js';
import { assertStdinReadable, stdinLineBlocks } from './line-blocks.js';
import { needsPager, page, pagerCommand } from './pager.js';
import { progressLine, type ProgressLine } from './commands/progress-line.js';
import { isJson, type Format } from './output/formats.js';

declare const __HUMFIG_VERSION__: string | undefined;
declare const __HUMFIG_BUNDLED_FACTS__: string | undefined;
/** the years of the split ECB history and the citing fields of its meta file, compiled in by the build */
declare const __HUMFIG_RATES_YEARS__: readonly number[] | undefined;
declare const __HUMFIG_RATES_SOURCE__: RateSourceInfo | undefined;

export const VERSION = typeof __HUMFIG_VERSION__ === 'string' ? __HUMFIG_VERSION__ : '0.0.0-dev';
const BUNDLED_FACTS_TEXT = typeof __HUMFIG_BUNDLED_FACTS__ === 'string' ? __HUMFIG_BUNDLED_FACTS__ : undefined;
const BUNDLED_FACTS = fileURLToPath(new URL('../data/nagorno-karabakh-2023.json', import.meta.url));
const BUNDLED_RATES = fileURLToPath(new URL('../data/rates/eurofxref-hist.csv', import.meta.url));
const BUNDLED_RATES_META = fileURLToPath(new URL('../data/rates/eurofxref-hist.meta.json', import.meta.url));
/** The bundled history split by year at build time, beside the built code */
const BUNDLED_RATES_BY_YEAR = fileURLToPath(new URL('./rates/', import.meta.url));

/** Output held for the pager (see holdForPager), or undefined when written at once. */
let held: { command: string; parts: string[] } | undefined;

export const io: Io = {
  out: (text) => {
    if (!text) return;
    if (held) held.parts.push(text);
    else process.stdout.write(text);
  },
  // waits for 'drain' when the pipe is full, so that batch output streams in constant memory
  write: (text) =>
    new Promise((resolve) => {
      if (!text || process.stdout.write(text)) resolve();
      else process.stdout.once('drain', () => resolve());
    }),
  lineBlocks: stdinLineBlocks,
  err: (text) => {
    process.stderr.write(jsonStderr ? asJsonNotes(text) : text);
  },
};

/** With JSON output asked for, every line on stderr is JSON: plain notes become `{"note": {...}}`. */
let jsonStderr = false;

/** Makes stderr JSON-only for this run (cli.ts calls it when JSON output is asked for). */
export function useJsonStderr(): void {
  jsonStderr = true;
}

/**
 * Plain-text stderr as JSON lines: a `humfig: ...` line starts a note and the indented lines
 * after it are its details; text that is JSON already (an error object, a report) passes as it is.
 */
export function asJsonNotes(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return text;
  const notes: { message: string; details: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('  ') && notes.length > 0) notes.at(-1)!.details.push(line.trim());
    else notes.push({ message: line.replace(/^humfig: /, ''), details: [] });
  }
  return notes.map((n) => `${JSON.stringify({ note: n.details.length > 0 ? n : { message: n.message } })}\n`).join('');
}

let threadsWarned = false;

/**
 * How large facts files are read: by 2 threads, or 1 with HUMFIG_THREADS=1 (for a shared
 * machine); with notes on stderr under HUMFIG_DEBUG.
 */
export function largeFileOptions(): Pick<FactsLocation, 'threads' | 'trace'> {
  const threads = process.env.HUMFIG_THREADS;
  if (threads !== undefined && threads !== '' && threads !== '1' && threads !== '2' && !threadsWarned) {
    threadsWarned = true;
    io.err(`humfig: warning: HUMFIG_THREADS must be 1 or 2 (found '${sanitizeTerminal(threads.slice(0, 20))}'); using 2\n`);
  }
  return {
    threads: threads === '1' ? 1 : 2,
    ...(process.env.HUMFIG_DEBUG ? { trace: (m: string) => io.err(`humfig: ${m}\n`) } : {}),
  };
}

/** The largest standard input read whole (64 MiB, as a source text). */
const MAX_STDIN_BYTES = 64 * 1024 * 1024;

/**
 * A file named by an environment variable, or undefined when it is unset. Set but empty is an
 * error: silently using the bundled data instead would answer with figures the user did not ask for.
 */
function chosenByEnv(name: 'HUMFIG_FACTS' | 'HUMFIG_RATES', fallback: string): string | undefined {
  const value = process.env[name];
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${name} is set but empty; give a file name, or unset it to use ${fallback}`);
  return value;
}

/** The facts file in use: --facts, else HUMFIG_FACTS, else the bundled dataset. */
export function factsLocation(flag: string | undefined): FactsLocation {
  if (flag === '') throw new UsageError('--facts needs a file name');
  const chosen = flag ?? chosenByEnv('HUMFIG_FACTS', 'the bundled dataset');
  if (chosen) return { path: chosen, display: chosen, ...largeFileOptions() };
  return { path: BUNDLED_FACTS, display: BUNDLED_FACTS, trustedText: BUNDLED_FACTS_TEXT };
}

/** The rate table in use: --rates, else HUMFIG_RATES, else the bundled ECB history. */
export function ratesLocation(flag: string | undefined): RatesLocation {
  if (flag === '') throw new UsageError('--rates needs a file name');
  const chosen = flag ?? chosenByEnv('HUMFIG_RATES', 'the bundled ECB history');
  if (chosen) return { path: chosen, display: chosen, bundled: false };
  return {
    path: BUNDLED_RATES,
    display: BUNDLED_RATES,
    bundled: true,
    metaPath: BUNDLED_RATES_META,
    byYear: BUNDLED_RATES_BY_YEAR,
    ...(typeof __HUMFIG_RATES_YEARS__ === 'object' ? { years: __HUMFIG_RATES_YEARS__ } : {}),
    ...(typeof __HUMFIG_RATES_SOURCE__ === 'object' ? { source: __HUMFIG_RATES_SOURCE__ } : {}),
  };
}

/** All of standard input as bytes, refusing a directory and more than `max` bytes. */
export async function readStdinBytes(max = MAX_STDIN_BYTES): Promise<Buffer> {
  assertStdinReadable();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    // /dev/zero or an endless pipe is refused, not held
    if (size > max) throw new UsageError(`standard input is longer than ${max / 1048576} MiB; give a file of at most that size`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** All of standard input as UTF-8 text (a report: at most 64 MiB). */
export async function readStdin(): Promise<string> {
  return (await readStdinBytes()).toString('utf8');
}

/** Today's date: HUMFIG_TODAY (YYYY-MM-DD, for reproducible runs) or the system clock, in UTC. */
export function today(): string {
  const fixed = process.env.HUMFIG_TODAY;
  if (fixed === undefined || fixed === '') return isoDateOf(new Date());
  if (!isIsoDate(fixed)) throw new UsageError(`HUMFIG_TODAY='${fixed}' is not a date; write YYYY-MM-DD`);
  return fixed;
}

function resolveFormat(raw: RawCommon): Format {
  if (raw.json !== undefined && raw.format && raw.format !== 'json' && raw.format !== 'ndjson') {
    throw new UsageError(`--json and --format ${raw.format} disagree; give one of them`);
  }
  return raw.json !== undefined ? ((raw.format as Format | undefined) ?? 'json') : ((raw.format as Format | undefined) ?? 'table');
}

/** `--json a,b` or `--fields a,b`: the fields to keep, or undefined for all. */
function resolveFields(raw: RawCommon): string[] | undefined {
  const list = typeof raw.json === 'string' ? raw.json : raw.fields;
  if (typeof raw.json === 'string' && raw.fields !== undefined) throw new UsageError('give the fields once: --json <fields> or --fields <fields>');
  if (list === undefined) return undefined;
  const fields = list.split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new UsageError(`${typeof raw.json === 'string' ? '--json' : '--fields'} needs at least one field name`);
  return fields;
}

/**
 * The width for tables when stdout is not a terminal: COLUMNS when it is a whole number of at
 * least 20 (a smaller or garbled value is ignored, as by ls), else none: rows are not wrapped.
 */
export function widthFromEnv(columns: string | undefined): number | undefined {
  if (columns === undefined || !/^\d{1,5}$/.test(columns.trim())) return undefined;
  const n = Number(columns.trim());
  return n >= 20 ? n : undefined;
}

/**
 * The width tables are fitted to: on a terminal, its own width, or where it reports none (0: a
 * pseudo-terminal with no size, as `script`, some containers and CI runners give) COLUMNS, else
 * 80, as ls does; off a terminal, COLUMNS or none (rows are not wrapped).
 */
export function tableWidth(isTTY: boolean, terminalColumns: number | undefined, envColumns: string | undefined): number | undefined {
  if (!isTTY) return widthFromEnv(envColumns);
  return terminalColumns !== undefined && terminalColumns > 0 ? terminalColumns : (widthFromEnv(envColumns) ?? 80);
}

/** The width help is laid out for: the terminal's on a terminal, else COLUMNS, else 80. */
export function helpWidth(): number {
  return tableWidth(process.stdout.isTTY === true, process.stdout.columns, process.env.COLUMNS) ?? 80;
}

/** On a terminal, holds what io.out writes so that releaseOutput can page it. */
function holdForPager(raw: RawCommon, isTTY: boolean): void {
  if (!isTTY || raw.pager === false || held) return;
  const command = pagerCommand(process.env);
  if (command) held = { command, parts: [] };
}

/** Writes the held output: through the pager when it is longer than the screen. */
export async function releaseOutput(): Promise<void> {
  if (!held) return;
  const { command, parts } = held;
  held = undefined;
  const text = parts.join('');
  if (needsPager(text, process.stdout.rows)) await page(text, command, (t) => process.stdout.write(t));
  else if (text) process.stdout.write(text);
}

/** Turns the flags every command shares into typed options; decides colour once. */
export function commonOptions(raw: RawCommon): CommonOptions {
  const format = resolveFormat(raw);
  const fields = resolveFields(raw);
  const mode: ColorMode = raw.color === false ? 'never' : typeof raw.color === 'string' ? (raw.color as ColorMode) : 'auto';
  // a worker thread (cli.ts) writes through the main thread, which says what its stdout is
  const workerColumns = process.env.HUMFIG_STDOUT_COLUMNS;
  const isTTY = process.stdout.isTTY === true || workerColumns !== undefined;
  const columns = workerColumns !== undefined ? Number(workerColumns) : process.stdout.columns;
  // the pager takes the output of the main thread only (a worker writes through it)
  if (process.stdout.isTTY === true) holdForPager(raw, isTTY);
  const facts = factsLocation(raw.facts);
  return {
    // a chosen file may be large: reading it draws a progress line on a terminal
    facts: facts.trustedText === undefined ? { ...facts, progress: progress(`reading ${facts.display}`, isJson(format), true) } : facts,
    format,
    fields,
    render: { color: decideColor(mode, process.env, isTTY), width: tableWidth(isTTY, columns, process.env.COLUMNS), human: raw.human === true },
  };
}

/** A facts file named by --facts or HUMFIG_FACTS, rather than the bundled one. */
export function factsChosen(flag: string | undefined): boolean {
  return Boolean(flag ?? chosenByEnv('HUMFIG_FACTS', 'the bundled dataset'));
}

/** Set in a worker's environment when the main thread's stderr is a terminal (cli.ts). */
export const STDERR_TTY = 'HUMFIG_STDERR_TTY';

/**
 * A progress line on stderr for long work: drawn only when stderr is a terminal (the main
 * thread's, for a command run in a worker) and the output asked for is not JSON.
 */
export function progress(what: string, json: boolean, bytes = false): ProgressLine {
  const tty = process.stderr.isTTY === true || process.env[STDERR_TTY] === '1';
  return progressLine(sanitizeTerminal(what), { tty, json, bytes, now: Date.now, write: (text) => io.err(text) });
}

/** What a command is handed besides its input, for the table of commands given. */
export function commandContext(commands: readonly CommandSpec[]): CommandContext {
  return { io, common: commonOptions, factsLocation, factsChosen, ratesLocation, largeFileOptions, today, readStdin, readStdinBytes, progress, commands };
}
