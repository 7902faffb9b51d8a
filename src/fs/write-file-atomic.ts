/**
 * Writing a file so that readers only ever see the complete old file or the complete new one:
 * the text goes to a temporary file in the same folder (same file system, so rename is atomic),
 * is flushed to disk, then renamed over the target; the folder is flushed too. On any failure
 * the temporary file is removed and the target is untouched.
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileWriteError } from '../errors.js';
import { describeFsError } from '../facts/read-text-file.js';

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
}

/** Writes `text` to `path` atomically; throws FileWriteError (exit 73) and leaves `path` as it was. */
export function writeFileAtomic(path: string, text: string): void {
  checkOutputPath(path);
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
