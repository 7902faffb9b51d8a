/**
 * Progress on stderr for work that takes more than about a second: one line, redrawn in
 * place, only on a terminal and never with JSON output (a script reading stderr must not get
 * carriage returns). A few lines of our own rather than cli-progress: one counter, no bar
 * styles, and nothing to load on the start-up path.
 */
import type { OnProgress } from '../domain/progress.js';
import { NO_PROGRESS } from '../domain/progress.js';

/** Nothing is drawn before this much time has passed (ms), and at most this often after. */
const QUIET_MS = 1000;
const EVERY_MS = 100;

export interface ProgressLine {
  onProgress: OnProgress;
  /**
   * For a last step whose progress cannot be counted (flushing a large output to disk): from a
   * second on, `what` and the seconds it has taken so far, redrawn each second until the
   * function returned is called (it clears the line).
   */
  wait(what: string): () => void;
  /** clears the line; call once when the work ends, whatever the outcome */
  end(): void;
}

/** The progress line that draws nothing. */
export const NO_PROGRESS_LINE: ProgressLine = { onProgress: NO_PROGRESS, wait: () => () => {}, end: () => {} };

/** Calls `tick` every `ms` until the function returned is called; the timer never keeps the process alive. */
export type Every = (tick: () => void, ms: number) => () => void;

const realEvery: Every = (tick, ms) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * A progress line for `what` ("validating figures"). `now` is the clock in ms (passed in so that
 * tests need no real time); `write` writes to stderr.
 */
export function progressLine(what: string, options: { tty: boolean; json: boolean; now: () => number; write: (text: string) => void; bytes?: boolean; every?: Every }): ProgressLine {
  if (!options.tty || options.json) return NO_PROGRESS_LINE;
  const started = options.now();
  let last = -Infinity;
  let shown = false;
  return {
    onProgress: (done, total) => {
      const t = options.now();
      if (t - started < QUIET_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const amount = options.bytes ? (n: number) => `${(n / 1048576).toFixed(1)}` : (n: number) => `${n}`;
      const unit = options.bytes ? ' MiB' : '';
      const count = total === undefined ? `${amount(done)}${unit}` : `${amount(done)} of ${amount(total)}${unit} (${Math.floor((done / Math.max(total, 1)) * 100)}%)`;
      options.write(`\r\u001b[2Khumfig: ${what}: ${count}`);
    },
    wait: (step) => {
      const from = options.now();
      const stop = (options.every ?? realEvery)(() => {
        const seconds = Math.floor((options.now() - from) / 1000);
        if (seconds < 1) return;
        shown = true;
        options.write(`\r\u001b[2Khumfig: ${what}: ${step} (${seconds} s)`);
      }, QUIET_MS);
      return () => {
        stop();
        if (shown) options.write('\r\u001b[2K');
        shown = false;
      };
    },
    end: () => {
      if (shown) options.write('\r\u001b[2K');
      shown = false;
    },
  };
}
