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
