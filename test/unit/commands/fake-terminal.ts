/**
 * A fake terminal for progress-line tests: an Io that records stdout and stderr, and a progress
 * line whose clock moves 500 ms at each reading, so that no test depends on real time. A wait
 * (ProgressLine.wait) ticks twice at once, as if two seconds passed while it lasted.
 */
import type { Io } from '../../../src/commands/context.js';
import { progressLine, type ProgressLine } from '../../../src/commands/progress-line.js';

export interface FakeTerminal {
  io: Io;
  progress: ProgressLine;
  /** what was written to stdout and to stderr so far */
  out(): string;
  err(): string;
}

export function fakeTerminal(what: string, options: { tty: boolean; json: boolean; bytes?: boolean }): FakeTerminal {
  let clock = 0;
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), write: async () => {}, err: (t) => void err.push(t), lineBlocks: () => (async function* () {})() };
  const progress = progressLine(what, { ...options, now: () => (clock += 500), write: (t) => io.err(t),
    every: (tick) => {
      tick();
      tick();
      return () => {};
    },
  });
  return { io, progress, out: () => out.join(''), err: () => err.join('') };
}
