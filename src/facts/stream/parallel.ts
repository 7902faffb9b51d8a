/**
 * The second thread of a large file: a worker (figure-worker.ts) reads the second half of the
 * figures while the main thread reads the first, on machines with two cores or more. The
 * worker only accepts; what it refuses comes back as text for the main thread to explain.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FactsEnvelope, SourceText } from '../check-facts.js';
import type { ByteRange } from './file-chunks.js';
import type { Keep } from './figure-sink.js';
import type { Figure } from '../schema.js';
import type { TallyState } from '../headline-tally.js';

/** The part of a large file the main thread reads: a little more than half, as the worker starts later. */
export const MAIN_SHARE = 0.52;

/** Below this many bytes of figures, a second thread costs more to start than it saves. */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

interface TaskBase {
  path: string;
  display: string;
  envelope: FactsEnvelope;
  texts: Map<string, SourceText>;
  relationIds: string[];
  keep: Keep;
}

/** NDJSON lines from a line start to the end of the file; or a figures array from an element's start. */
export type WorkerTask = (TaskBase & { form: 'lines'; range: ByteRange }) | (TaskBase & { form: 'array'; start: number });

/** A figure the worker refused, with its place relative to the worker's part (index and line from 0 and 1). */
export interface Refused {
  text: string | null;
  index: number;
  line: number;
}

export type WorkerResult =
  | {
      ok: true;
      count: number;
      /** the ids' hashes, sorted */
      hashes: Float64Array;
      kept: Figure[];
      /** with keep 'headline' */
      tally?: TallyState | undefined;
      /** with keep.indicatorNames */
      indicatorNames?: string[] | undefined;
      seenRelationIds: string[];
      refused: Refused[];
      /** array form: the file offset just after the closing bracket */
      endOffset?: number;
    }
  | { ok: false; reason: string };

export interface RunningWorker {
  /** hands the worker its part; it is started early, so that its start-up overlaps the header's validation */
  give(task: WorkerTask): void;
  result: Promise<WorkerResult>;
  /** ends the worker when its result is not wanted */
  stop(): void;
}

/** Whether a second thread may be used: the worker is built beside this module, and there are two cores. */
export function canUseWorker(threads: number): boolean {
  return threads > 1 && availableParallelism() > 1 && existsSync(fileURLToPath(workerUrl()));
}

function workerUrl(): URL {
  // in the built program every module sits in dist/, beside figure-worker.cjs; from the sources
  // (the unit tests) there is no such file, and everything runs on one thread
  return new URL('./figure-worker.cjs', import.meta.url);
}

export function startWorker(): RunningWorker {
  // a small young generation: the worker's garbage is short-lived, and memory stays lower
  const worker = new Worker(workerUrl(), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  let settled = false;
  const result = new Promise<WorkerResult>((resolve) => {
    const done = (r: WorkerResult) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    worker.once('message', (r: WorkerResult) => done(r));
    worker.once('error', (err) => done({ ok: false, reason: err instanceof Error ? err.message : String(err) }));
    worker.once('exit', (code) => done({ ok: false, reason: `the worker ended with code ${code}` }));
  });
  return {
    give: (task) => worker.postMessage(task),
    result,
    stop: () => {
      void worker.terminate();
    },
  };
}
