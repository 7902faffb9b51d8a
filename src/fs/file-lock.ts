/**
 * One writer at a time for a file that is read, merged and written back (`rates import --out`):
 * a lock file `<file>.lock` created with O_CREAT|O_EXCL (`wx`), which only one process can
 * create, holding the owner's pid and host. Others wait with growing, jittered pauses. A lock
 * whose owner is a process that no longer runs on this host (killed mid-import), or that is
 * older than STALE_MS (an owner on another host of a shared folder that died), is stale and is
 * broken. Written here rather than taken from proper-lockfile: that one locks with a folder and
 * an mtime heartbeat kept by timers and is asynchronous throughout, three dependencies for what
 * a synchronous read-merge-write of a few seconds at most needs; pid liveness answers sooner
 * than any heartbeat for the common case, a killed import on this machine.
 */

import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { FileWriteError } from '../errors.js';
import { describeFsError } from '../facts/read-text-file.js';

/** How long to wait for another process's lock before giving up. */
export const LOCK_WAIT_MS = 30_000;

/** A lock older than this is stale whoever holds it: an import never takes this long. */
export const STALE_MS = 10 * 60_000;

/** The longest pause between two attempts. */
const MAX_PAUSE_MS = 200;

export interface LockOptions {
  waitMs?: number;
  staleMs?: number;
}

/** The lock file's path for `path`. */
export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

/** What a lock file says about its owner. */
function ownerOf(lock: string): { pid: number; host: string; text: string } | undefined {
  try {
    const text = readFileSync(lock, 'utf8');
    const [pid, host] = text.split('\n');
    return { pid: Number(pid), host: host ?? '', text };
  } catch {
    return undefined;
  }
}

/** True when a process of that pid runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock at `lock` is stale (see above); reading it again before breaking it. */
function isStale(lock: string, staleMs: number): boolean {
  const owner = ownerOf(lock);
  if (owner === undefined) return false; // gone, or being written: try again
  if (owner.host === hostname() && !isRunning(owner.pid)) return true;
  try {
    return Date.now() - statSync(lock).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/** Tries once to create the lock; true when this process now holds it. */
function tryLock(lock: string, path: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new FileWriteError(path, describeFsError(err)); // the folder is missing or read-only: so is the file
  }
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Runs `work` holding the lock on `path`, and removes the lock afterwards whatever happens.
 * FileWriteError (exit 73) when the lock is still held by a live process after the wait.
 */
export async function withFileLock<T>(path: string, work: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = lockPathOf(path);
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const staleMs = options.staleMs ?? STALE_MS;
  const started = Date.now();
  for (let attempt = 0; !tryLock(lock, path); attempt++) {
    if (isStale(lock, staleMs)) {
      try {
        unlinkSync(lock);
      } catch {
        // another waiter broke it first
      }
      continue;
    }
    if (Date.now() - started > waitMs) {
      const owner = ownerOf(lock);
      throw new FileWriteError(path, `another process${owner ? ` (pid ${owner.pid})` : ''} holds the lock ${lock} and has for over ${Math.round(waitMs / 1000)} s; if no humfig is running, remove the lock file`);
    }
    const pause = Math.min(MAX_PAUSE_MS, 2 ** Math.min(attempt, 8)) * (0.5 + Math.random() / 2);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  const mine = `${process.pid}\n${hostname()}\n`;
  try {
    return await work();
  } finally {
    // remove only our own lock: a lock broken as stale and taken by another is theirs
    if (ownerOf(lock)?.text === mine) {
      try {
        unlinkSync(lock);
      } catch {
        // already gone
      }
    }
  }
}
