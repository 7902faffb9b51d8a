/**
 * Writing a file so that readers only ever see the complete old file or the complete new one:
 * the text goes to a temporary file in the same folder (same file system, so rename is atomic),
 * is flushed to disk, then renamed over the target; the folder is flushed too. On any failure
 * the temporary file is removed and the target is untouched.
 */
import { closeSync, fchmodSync, fdatasync, fstatSync, fsync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileWriteError } from '../errors.js';
import { describeFsError } from '../facts/read-text-file.js';
import { noteTemporaryFile } from './temp-files.js';

/**
 * Refuses an output path that is not a regular file (a directory, a device such as /dev/null, a
 * FIFO): renaming over it would replace it. A symbolic link is replaced by the new file; its
 * target is left alone. A path that does not exist yet is fine.
 */
export function checkOutputPath(path: string): void {
  if (path === '') throw new FileWriteError(path, 'the output file name is empty');
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return;
  }
  if (st.isDirectory()) throw new FileWriteError(path, 'it is a directory; give a file name');
  if (!st.isFile() && !st.isSymbolicLink()) throw new FileWriteError(path, 'it is not a regular file (a device or a FIFO?); humfig writes only regular files');
  // a link is replaced by the file written, as a rename does; a link to a device, a FIFO or a
  // terminal (/dev/stdout, /dev/null) is refused as they are: replacing it would lose the output
  // meant for it, and replace a link other programs use (to write to stdout, leave out --out)
  if (st.isSymbolicLink()) {
    let target;
    try {
      target = statSync(path);
    } catch {
      return; // a dangling link: the file written takes its place
    }
    if (target.isDirectory()) throw new FileWriteError(path, 'it is a link to a directory; give a file name');
    if (!target.isFile()) throw new FileWriteError(path, 'it is a link to a device, a FIFO or a terminal, not a regular file; humfig writes only regular files (leave out --out to write to standard output)');
  }
}

/**
 * Refuses an output path that is one of the command's inputs (the same file, also through a link
 * or another name): writing it would replace what the user asked humfig to read.
 */
export function refuseOverwritingInput(path: string, inputs: readonly string[]): void {
  let out;
  try {
    out = statSync(path);
  } catch {
    return;
  }
  for (const input of inputs) {
    try {
      // ('-' is standard input: "import hxl - --out in.csv < in.csv" would replace the file it reads)
      const st = input === '-' ? fstatSync(0) : statSync(input);
      if (st.dev === out.dev && st.ino === out.ino) {
        throw new FileWriteError(path, input === '-' ? 'it is the file standard input reads; give --out another file name' : `it is the input file ${input}; give --out another file name`);
      }
    } catch (err) {
      if (err instanceof FileWriteError) throw err;
      // an input that cannot be read is reported by the command that reads it
    }
  }
}

/** The temporary files of writers to `path`: `.<name>.<pid>.<random>.tmp` beside it. */
function tempPattern(path: string): RegExp {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}

/** Whether a process with this id is running (on this machine). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that writers killed before they could clean up (SIGKILL, a power
 * cut) left beside `path`: those whose process is gone. Best effort: a folder that cannot be
 * listed is left alone.
 */
function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const pattern = tempPattern(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // another writer removed it first
    }
  }
}

/** The permission bits the new file gets: those of the file it replaces, else rw-r--r--. */
function modeFor(path: string): number {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return 0o644;
  }
}

export interface WriteOptions {
  /** files the command read: `path` must not be one of them */
  inputs?: readonly string[];
}

/**
 * Writes `text` to `path` atomically, keeping the permissions of the file it replaces; throws
 * FileWriteError (exit 73) and leaves `path` as it was.
 */
export function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): void {
  writeFileAtomicWith(path, (write) => write(Buffer.from(text, 'utf8')), options);
}

/**
 * writeFileAtomic for a text too large to hold: `fill` hands the bytes to `write` piece by
 * piece. An error thrown by `fill` leaves `path` as it was too (and is thrown again as it is
 * when it is not a file-system error).
 */
export function writeFileAtomicWith(path: string, fill: (write: (bytes: Uint8Array) => void) => void, options: WriteOptions = {}): void {
  const file = openFileAtomic(path, options);
  try {
    fill((bytes) => file.write(bytes));
  } catch (err) {
    file.abort();
    // a system call that failed is the writer's to report; anything else is the caller's
    if (err instanceof Error && 'syscall' in err) throw new FileWriteError(path, describeFsError(err));
    throw err;
  }
  file.commit();
}

/**
 * A file being written atomically: its bytes go to a temporary file beside `path`, at the end
 * (`write`) or at a given offset (`writeAt`, for a part reserved earlier); `commit` flushes it
 * and renames it over `path`; `abort` removes it and leaves `path` as it was. A failed system
 * call in any of them removes the temporary file and throws FileWriteError (exit 73).
 */
export interface AtomicFile {
  /** the temporary file's descriptor, for reading back what was written */
  readonly fd: number;
  write(bytes: Uint8Array): void;
  writeAt(bytes: Uint8Array, position: number): void;
  commit(): void;
  /**
   * commit() with the flush to disk on a thread of its own, so that this thread stays free
   * meanwhile (to redraw a progress line while gigabytes are flushed)
   */
  commitAsync(): Promise<void>;
  /**
   * Starts flushing what has been written so far to disk, on a thread of its own, and returns at
   * once: a large file written over many seconds then reaches the disk while it is made, not all
   * at commit. Its errors are not lost: the flush at commit reports them.
   */
  flushSoon(): void;
  abort(): void;
}

/** Opens the temporary file of an atomic write to `path` (see AtomicFile). */
export function openFileAtomic(path: string, options: WriteOptions = {}): AtomicFile {
  checkOutputPath(path);
  if (options.inputs) refuseOverwritingInput(path, options.inputs);
  removeStaleTemps(path);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = modeFor(path);
  let fd: number | undefined;
  let end = 0;
  const abort = (): void => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      fd = undefined;
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    noteTemporaryFile(temp, false);
  };
  /** Runs a system call; a failure removes the temporary file and is thrown as FileWriteError. */
  const guarded = <T>(call: () => T): T => {
    try {
      return call();
    } catch (err) {
      abort();
      throw new FileWriteError(path, describeFsError(err));
    }
  };
  const writeAt = (bytes: Uint8Array, position: number): void => {
    if (fd === undefined) throw new Error('internal: the atomic file is already closed');
    const out = fd;
    guarded(() => {
      let written = 0;
      while (written < bytes.length) written += writeSync(out, bytes, written, bytes.length - written, position + written);
    });
    if (position + bytes.length > end) end = position + bytes.length;
  };
  /** Closes the flushed file `out`, renames it over `path` and flushes the folder. */
  const place = (out: number): void => {
    guarded(() => {
      closeSync(out);
      fd = undefined;
      renameSync(temp, path);
    });
    noteTemporaryFile(temp, false);
    try {
      const dirFd = openSync(dir, 'r');
      fsyncSync(dirFd);
      closeSync(dirFd);
    } catch {
      // some file systems cannot flush a folder; the rename itself has happened
    }
  };
  // flushSoon's own descriptor, closed by the last of its flushes: never one that commit or
  // abort closes while a flush on another thread still uses it
  let flushFd: number | undefined;
  let flushing = 0;
  const flushSoon = (): void => {
    if (fd === undefined) return;
    try {
      flushFd ??= openSync(temp, 'r+');
    } catch {
      return;
    }
    flushing++;
    fdatasync(flushFd, () => {
      if (--flushing > 0 || flushFd === undefined) return;
      try {
        closeSync(flushFd);
      } catch {
        // nothing to undo: the file is flushed again at commit
      }
      flushFd = undefined;
    });
  };
  noteTemporaryFile(temp, true);
  guarded(() => {
    fd = openSync(temp, 'wx+', 0o600);
    // set after creating: the umask does not narrow the mode of the file replaced
    fchmodSync(fd, mode);
  });
  return {
    get fd() {
      if (fd === undefined) throw new Error('internal: the atomic file is already closed');
      return fd;
    },
    write: (bytes) => writeAt(bytes, end),
    writeAt,
    commit() {
      if (fd === undefined) throw new Error('internal: the atomic file is already closed');
      const out = fd;
      guarded(() => fsyncSync(out));
      place(out);
    },
    async commitAsync() {
      if (fd === undefined) throw new Error('internal: the atomic file is already closed');
      const out = fd;
      try {
        await new Promise<void>((resolve, reject) => fsync(out, (err) => (err ? reject(err) : resolve())));
      } catch (err) {
        abort();
        throw new FileWriteError(path, describeFsError(err));
      }
      place(out);
    },
    flushSoon,
    abort,
  };
}
