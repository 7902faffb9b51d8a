import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/commands/progress-line.js';

function run(options: { tty: boolean; json: boolean }, times: number[]): string {
  let clock = 0;
  const out: string[] = [];
  const line = progressLine('validating figures', { ...options, now: () => clock, write: (t) => out.push(t) });
  times.forEach((t, i) => {
    clock = t;
    line.onProgress(i + 1, times.length);
  });
  line.end();
  return out.join('');
}

describe('progressLine', () => {
  it('says nothing for work under a second', () => {
    expect(run({ tty: true, json: false }, [10, 500, 900])).toBe('');
  });
  it('draws at most every 100 ms after the first second, then clears', () => {
    expect(run({ tty: true, json: false }, [500, 1000, 1050, 1100, 1300])).toBe(
      '\r\u001b[2Khumfig: validating figures: 2 of 5 (40%)\r\u001b[2Khumfig: validating figures: 4 of 5 (80%)\r\u001b[2Khumfig: validating figures: 5 of 5 (100%)\r\u001b[2K',
    );
  });
  it.each([
    [{ tty: false, json: false }],
    [{ tty: true, json: true }],
  ])('draws nothing when piped or with JSON: %j', (options) => {
    expect(run(options, [0, 2000, 4000])).toBe('');
  });
});

describe('progressLine: a wait that cannot be counted', () => {
  function waitFor(options: { tty: boolean; json: boolean }, ticksAt: number[]): string {
    let clock = 0;
    let tick = (): void => {};
    let stopped = false;
    const out: string[] = [];
    const line = progressLine('importing', {
      ...options,
      now: () => clock,
      write: (t) => out.push(t),
      every: (fn) => {
        tick = fn;
        return () => void (stopped = true);
      },
    });
    const done = line.wait('flushing 3.0 MiB to disk');
    for (const t of ticksAt) {
      clock = t;
      tick();
    }
    done();
    expect(stopped).toBe(true);
    return out.join('');
  }
  it('shows the seconds waited from the first second on, then clears', () => {
    expect(waitFor({ tty: true, json: false }, [400, 1000, 2500])).toBe(
      '\r\u001b[2Khumfig: importing: flushing 3.0 MiB to disk (1 s)\r\u001b[2Khumfig: importing: flushing 3.0 MiB to disk (2 s)\r\u001b[2K',
    );
  });
  it('says nothing for a wait under a second', () => {
    expect(waitFor({ tty: true, json: false }, [300, 900])).toBe('');
  });
  it.each([
    [{ tty: false, json: false }],
    [{ tty: true, json: true }],
  ])('draws nothing when piped or with JSON: %j', (options) => {
    let clock = 0;
    const out: string[] = [];
    const line = progressLine('importing', { ...options, now: () => (clock += 1000), write: (t) => out.push(t), every: (fn) => (fn(), fn(), () => {}) });
    line.wait('flushing')();
    expect(out.join('')).toBe('');
  });
});
