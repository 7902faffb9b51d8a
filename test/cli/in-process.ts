/**
 * Runs the built program (dist/cli.js) inside the test process, as the binary would run it:
 * the same argv parsing, commands, messages and exit codes, without the cost of starting Node
 * (about 0.1 s a run, which made the suite spend most of its time starting processes).
 *
 * For one run it sets process.argv, process.env, the working folder and standard input, catches
 * what is written to stdout and stderr, and reads process.exitCode; it puts them all back after.
 * The entry module is evaluated again for each run (a query string makes a fresh module); the
 * modules it imports stay loaded, as a long-lived process would keep them.
 *
 * What a process alone can show (a real pipe, a closed stdout, signals, a terminal, exiting with
 * the code) is tested by spawning the binary: test/cli/process.test.ts.
 *
 * Runs are serialised (one at a time per test file); the test files run in separate processes
 * (vitest pool "forks"), so that the working folder and the environment are not shared.
 */
import { existsSync, fstatSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { ROOT, baseEnv, humfig as spawnHumfig, type Session } from './run-humfig.js';

const ENTRY = pathToFileURL(`${ROOT}dist/cli.js`).href;

let runs = 0;
let queue: Promise<unknown> = Promise.resolve();

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
}

/** Whether the test process's own fd 0 is a regular file (batch mode would read it directly). */
function stdinIsFile(): boolean {
  try {
    return fstatSync(0).isFile();
  } catch {
    return false;
  }
}

/**
 * `humfig ...args` run in this process; the same Session as a spawned run. Falls back to
 * spawning the binary where an in-process run could not be faithful (standard input given while
 * this process's own stdin is a regular file, which batch mode reads by descriptor).
 */
export function humfig(args: string[], options: RunOptions = {}): Promise<Session> {
  if (options.input !== undefined && options.input !== '' && stdinIsFile()) return Promise.resolve(spawnHumfig(args, options));
  const next = queue.then(() => runOnce(args, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runOnce(args: string[], options: RunOptions): Promise<Session> {
  if (!existsSync(new URL(ENTRY))) throw new Error('dist/cli.js is missing: run npm run build');
  const saved = {
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    exitCode: process.exitCode,
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin')!,
    out: process.stdout.write,
    err: process.stderr.write,
    isTTY: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'),
    listeners: { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM'), error: process.stdout.listeners('error') },
  };
  let stdout = '';
  let stderr = '';
  const capture = (add: (text: string) => void) =>
    function write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
      add(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') queueMicrotask(() => (cb as () => void)());
      return true;
    };
  try {
    process.argv = [process.execPath, 'humfig', ...args];
    process.env = baseEnv(options.env);
    process.chdir(options.cwd ?? ROOT);
    process.exitCode = undefined;
    Object.defineProperty(process, 'stdin', { value: Readable.from(options.input ? [Buffer.from(options.input)] : []), configurable: true, writable: true });
    Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true, writable: true });
    process.stdout.write = capture((t) => (stdout += t)) as typeof process.stdout.write;
    process.stderr.write = capture((t) => (stderr += t)) as typeof process.stderr.write;
    await import(`${ENTRY}?run=${++runs}`);
    const code = typeof process.exitCode === 'number' ? process.exitCode : Number(process.exitCode ?? 0);
    return { command: `humfig ${args.join(' ')}`, stdout, stderr, code };
  } finally {
    process.argv = saved.argv;
    process.env = saved.env;
    process.chdir(saved.cwd);
    process.exitCode = saved.exitCode;
    Object.defineProperty(process, 'stdin', saved.stdin);
    if (saved.isTTY) Object.defineProperty(process.stdout, 'isTTY', saved.isTTY);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    // the entry adds its EPIPE and signal handlers on each run: keep only the test process's own
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const l of process.listeners(signal)) if (!saved.listeners[signal].includes(l)) process.removeListener(signal, l);
    }
    for (const l of process.stdout.listeners('error')) if (!saved.listeners.error.includes(l as never)) process.stdout.removeListener('error', l as never);
  }
}
