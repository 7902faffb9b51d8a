/**
 * The temporary files of atomic writes still open in this process, so that Ctrl-C or a kill
 * (which end the process at once with process.exit, in the main thread: see cli.ts) removes them rather than
 * leaving a large import's partial output beside --out. A worker thread cannot run code as the
 * process ends: it relays each file to the main thread, which removes it.
 */
import { unlinkSync } from 'node:fs';

/** A temporary file opened (`open: true`) or renamed into place or removed (`open: false`). */
export interface TemporaryFileMessage {
  humfigTemporaryFile: string;
  open: boolean;
}

const open = new Set<string>();
let relay: ((message: TemporaryFileMessage) => void) | undefined;

/** Keeps `path` in the set, or takes it out; the process removes the files of the set as it ends, only while there are any. */
function track(path: string, isOpen: boolean): void {
  if (isOpen) {
    open.add(path);
    if (open.size === 1) process.on('exit', removeTemporaryFiles);
  } else if (open.delete(path) && open.size === 0) {
    process.off('exit', removeTemporaryFiles);
  }
}

/** Notes that a temporary file now exists at `path` (open) or no longer needs removing. */
export function noteTemporaryFile(path: string, isOpen: boolean): void {
  track(path, isOpen);
  relay?.({ humfigTemporaryFile: path, open: isOpen });
}

/** In a worker thread: hands each note to `post` (the main thread's port) as well. */
export function relayTemporaryFiles(post: (message: TemporaryFileMessage) => void): void {
  relay = post;
}

/** Takes a worker's note; false for any other message. */
export function takeTemporaryFileMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || typeof (message as TemporaryFileMessage).humfigTemporaryFile !== 'string') return false;
  const m = message as TemporaryFileMessage;
  track(m.humfigTemporaryFile, m.open);
  return true;
}

/** Removes the temporary files still open (as the process ends). */
export function removeTemporaryFiles(): void {
  for (const path of open) {
    try {
      unlinkSync(path);
    } catch {
      // renamed into place or removed meanwhile
    }
  }
  open.clear();
  process.off('exit', removeTemporaryFiles);
}
