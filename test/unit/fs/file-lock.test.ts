import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf, withFileLock } from '../../../src/fs/file-lock.js';
import { FileWriteError } from '../../../src/errors.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'humfig-lock-'));

/** The pid of a process that has ended, so no longer runs. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('withFileLock', () => {
  it('holds the lock while the work runs and removes it after, even when the work throws', async () => {
    const dir = fresh();
    const target = join(dir, 'r.json');
    let seen = false;
    await withFileLock(target, () => {
      seen = existsSync(lockPathOf(target));
    });
    expect(seen).toBe(true);
    await expect(withFileLock(target, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs works on one file one at a time, in the order they took the lock', async () => {
    const target = join(fresh(), 'r.json');
    const log: string[] = [];
    const slow = (name: string) => async () => {
      log.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 20));
      log.push(`${name} out`);
    };
    await Promise.all([withFileLock(target, slow('a')), withFileLock(target, slow('b')), withFileLock(target, slow('c'))]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace(' in', ' out'));
  });

  it('breaks the lock of a process that no longer runs (a killed import)', async () => {
    const target = join(fresh(), 'r.json');
    writeFileSync(lockPathOf(target), `${deadPid()}\n${hostname()}\n`);
    expect(await withFileLock(target, () => 'ran')).toBe('ran');
    expect(existsSync(lockPathOf(target))).toBe(false);
  });

  it('breaks a lock older than the stale limit whoever holds it', async () => {
    const target = join(fresh(), 'r.json');
    writeFileSync(lockPathOf(target), `${process.pid}\nanother-host\n`);
    const old = new Date(Date.UTC(2020, 0, 1));
    utimesSync(lockPathOf(target), old, old);
    expect(await withFileLock(target, () => 'ran', { staleMs: 60_000 })).toBe('ran');
  });

  it('gives up on a live lock after the wait: exit 73, naming the lock and its owner, leaving it', async () => {
    const target = join(fresh(), 'r.json');
    writeFileSync(lockPathOf(target), `${process.pid}\n${hostname()}\n`);
    const error = await withFileLock(target, () => 'ran', { waitMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).exitCode).toBe(73);
    expect((error as FileWriteError).message).toContain(`another process (pid ${process.pid}) holds the lock ${lockPathOf(target)}`);
    expect(existsSync(lockPathOf(target))).toBe(true);
  });
});
