/**
 * The worker that reads the second half of a large facts file (see parallel.ts): it accepts the
 * figures it can and sends back, as text, those it cannot, for the main thread to explain.
 */
import { parentPort } from 'node:worker_threads';
import { checkEnvelope } from '../check-facts.js';
import { ChunkReader, GiveUp, forEachLine, isBlankLine, openForReading } from './file-chunks.js';
import { FastSink, takeArrayFigures } from './figure-sink.js';
import type { Refused, WorkerResult, WorkerTask } from './parallel.js';
import { closeSync } from 'node:fs';

function run(task: WorkerTask): WorkerResult {
  const sink = new FastSink(checkEnvelope(task.envelope, task.texts, []), task.keep, new Set(task.relationIds));
  const refused: Refused[] = [];
  let count = 0;
  let endOffset: number | undefined;
  if (task.form === 'lines') {
    forEachLine(
      task.path,
      task.display,
      (text, line) => {
        if (text !== null && isBlankLine(text)) return;
        const index = count++;
        if (text === null || !sink.take(text, index)) refused.push({ text, index, line });
      },
      task.range,
    );
  } else {
    // the array form gives up at the first refusal: the main thread then reads the file whole
    const fd = openForReading(task.path, task.display);
    try {
      const reader = new ChunkReader(fd, task.display, task.start);
      const taken = takeArrayFigures(reader, sink);
      if (!taken) return { ok: false, reason: 'a figure was refused' };
      count = taken.count;
      endOffset = reader.offset();
    } catch (err) {
      if (err instanceof GiveUp) return { ok: false, reason: 'not plain JSON' };
      throw err;
    } finally {
      closeSync(fd);
    }
  }
  return { ok: true, count, hashes: sink.hashes.sorted().slice(), kept: sink.kept, tally: sink.tally?.state(), indicatorNames: sink.indicatorNames && [...sink.indicatorNames], seenRelationIds: [...sink.seenRelationIds], refused, endOffset };
}

parentPort!.once('message', (task: WorkerTask) => {
  let result: WorkerResult;
  try {
    result = run(task);
  } catch (err) {
    result = { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(result, result.ok ? [result.hashes.buffer as ArrayBuffer] : []);
});
