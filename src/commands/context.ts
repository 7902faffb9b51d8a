/**
 * What every command is handed by cli.ts: where the facts are, how to print, and the two
 * output streams. Commands never read argv, the environment or the clock themselves.
 */
import { FactsIndex } from '../facts/facts-index.js';
import { loadFacts } from '../facts/load-facts.js';
import type { Keep } from '../facts/stream/figure-sink.js';
import type { OutputRequest } from '../output/formats.js';
import type { ProgressLine } from './progress-line.js';

export interface FactsLocation {
  path: string;
  /** the name shown in messages: the path as the user gave it, or "bundled:<file>" */
  display: string;
  /** the text of the bundled dataset as validated at build time */
  trustedText?: string | undefined;
  /** threads that may read a large file (HUMFIG_THREADS) */
  threads?: number | undefined;
  /** notes on how a large file was read, for HUMFIG_DEBUG */
  trace?: ((message: string) => void) | undefined;
  /** a progress line for reading a large file (nothing unless stderr is a terminal) */
  progress?: ProgressLine | undefined;
}

export interface CommonOptions extends OutputRequest {
  facts: FactsLocation;
}

export interface Io {
  /** data: stdout */
  out(text: string): void;
  /** data: stdout, resolving once the stream can take more (for streaming output) */
  write(text: string): Promise<void>;
  /** standard input for batch mode: blocks of the lines that have arrived (line-blocks.ts) */
  lineBlocks(): AsyncIterable<readonly string[]>;
  /** notes and warnings: stderr */
  err(text: string): void;
}

/**
 * Loads the facts file the user chose (or the bundled one) and indexes it. A command that
 * needs only some figures says which (Keep): a streamed file then keeps only those in memory,
 * and "did you mean" reads the file's ids again when one is not found. `'headline'` keeps the
 * headline figures of a streamed file and a tally of its groups with only breakdowns
 * (FactsIndex.whole), so that summary reads any size in bounded memory.
 */
export async function openFacts(location: FactsLocation, keep?: Keep): Promise<FactsIndex> {
  try {
    const loaded = await loadFacts(location.path, { display: location.display, trustedText: location.trustedText, keep, threads: location.threads, trace: location.trace, onProgress: location.progress?.onProgress });
    return new FactsIndex(loaded.facts, loaded.allFigureIds, loaded.whole);
  } finally {
    location.progress?.end();
  }
}
