/**
 * Runs the built binary the way a user's shell does and keeps the whole session together
 * (command line, stdout, stderr, exit code), so that a failing assertion reads like a terminal.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/humfig.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

export interface Session {
  command: string;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** A clean environment: no colour forcing, no facts override, a fixed "today". */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', TZ: 'UTC', HUMFIG_TODAY: '2023-10-02' };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `humfig ...args`; stdout is a pipe, so no TTY. */
export function humfig(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): Session {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: baseEnv(options.env),
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { command: `humfig ${args.join(' ')}`, stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/**
 * bash with pipefail and no start-up files. `--norc` matters: Node gives a child's stdin as a
 * socket, and bash then reads ~/.bashrc as it does for ssh, which ran whatever the machine's
 * user put there (on this machine `pyenv init`, seconds a call, and its lock messages on stderr).
 */
const BASH_FLAGS = ['--norc', '--noprofile', '-o', 'pipefail'];

/** Runs a bash pipeline in which `humfig` is the built binary. */
export function shell(script: string, options: { env?: Record<string, string | undefined>; cwd?: string } = {}): Session {
  const r = spawnSync('bash', [...BASH_FLAGS, '-c', `humfig() { node "${BIN}" "$@"; }\n${script}`], {
    env: baseEnv(options.env),
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
  });
  return { command: script, stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** `humfig ...args` as a child process, without blocking: for tests that run side by side (`it.concurrent`). */
export function humfigAsync(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): Promise<Session> {
  return collect(`humfig ${args.join(' ')}`, spawn(process.execPath, [BIN, ...args], { env: baseEnv(options.env), cwd: options.cwd ?? ROOT }), options.input ?? '');
}

/** A bash pipeline (pipefail on) in which `humfig` is the built binary, without blocking. */
export function shellAsync(script: string, options: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<Session> {
  const child = spawn('bash', [...BASH_FLAGS, '-c', `humfig() { node "${BIN}" "$@"; }\n${script}`], { env: baseEnv(options.env), cwd: options.cwd ?? ROOT });
  return collect(script, child, '');
}

function collect(command: string, child: ChildProcess, input: string): Promise<Session> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin!.on('error', () => {}); // a command that does not read its input
  child.stdin!.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ command, stdout, stderr, code }));
  });
}
