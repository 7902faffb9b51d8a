/**
 * Whether a facts file is read as a stream (stream-document.ts, stream-facts.ts) or whole: by
 * its name (the streamed form, NDJSON) or its size. Apart from load-facts.ts so that the
 * streaming reader can ask too without importing the loader that imports it.
 */
import { statSync } from 'node:fs';

/**
 * From this size on, a JSON facts document is first read as a stream (stream-document.ts):
 * below it, reading it whole is as fast and the memory does not matter.
 */
export const STREAM_MIN_BYTES = 8 * 1024 * 1024;

/** Whether a facts file (not the bundled one) is read as a stream: a streamed form, or a large document. */
export function readAsStream(path: string): boolean {
  try {
    return isStreamedFactsPath(path) || statSync(path).size >= STREAM_MIN_BYTES;
  } catch {
    return false;
  }
}

/** Whether a file name says it is the streamed form (NDJSON); see stream-facts.ts. */
export function isStreamedFactsPath(path: string): boolean {
  return /\.(?:ndjson|jsonl)$/i.test(path);
}
