/**
 * What every command is handed by cli.ts: where the facts are, how to print, and the two
 * output streams. Commands never read argv, the environment or the clock themselves.
 */
import { FactsIndex } from '../facts/facts-index.js';
import { loadFacts } from '../facts/load-facts.js';
import type { OutputRequest } from '../output/formats.js';

export interface FactsLocation {
  path: string;
  /** the name shown in messages: the path as the user gave it, or "bundled:<file>" */
  display: string;
  /** the text of the bundled dataset as validated at build time */
  trustedText?: string | undefined;
}

export interface CommonOptions extends OutputRequest {
  facts: FactsLocation;
}

export interface Io {
  /** data: stdout */
  out(text: string): void;
  /** data: stdout, resolving once the stream can take more (for streaming output) */
  write(text: string): Promise<void>;
  /** standard input, line by line (for batch mode) */
  lines(): AsyncIterable<string>;
  /** notes and warnings: stderr */
  err(text: string): void;
}

/** Loads the facts file the user chose (or the bundled one) and indexes it. */
export async function openFacts(location: FactsLocation): Promise<FactsIndex> {
  const data = await loadFacts(location.path, { display: location.display, trustedText: location.trustedText });
  return new FactsIndex(data);
}
