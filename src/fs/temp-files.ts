/**
 * The temporary files of atomic writes still open in this process, so that Ctrl-C or a kill
 * (which end the process at once, in the main thread: see cli.ts) removes them rather than
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

/** Notes that a temporary file now exists at `path` (open) or no longer needs removing. */
export function noteTemporaryFile(path: string, isOpen: boolean): void {
  if (isOpen) open.add(path);
  else open.delete(path);
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
  if (m.open) open.add(m.humfigTemporaryFile);
  else open.delete(m.humfigTemporaryFile);
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
}
