/**
 * Writing a file so that readers only ever see the complete old file or the complete new one:
 * the text goes to a temporary file in the same folder (same file system, so rename is atomic),
 * is flushed to disk, then renamed over the target; the folder is flushed too. On any failure
 * the temporary file is removed and the target is untouched.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileWriteError } from '../errors.js';
import { describeFsError } from '../facts/read-text-file.js';

/** Writes `text` to `path` atomically; throws FileWriteError (exit 73) and leaves `path` as it was. */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    throw new FileWriteError(path, describeFsError(err));
  }
  try {
    const dirFd = openSync(dir, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // some file systems cannot flush a folder; the rename itself has happened
  }
}
