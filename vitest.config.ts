import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './test/setup/long-first-sequencer.js';

/**
 * `npm test`: the unit tests, the built program run in-process and as a process, the catalogue
 * of bad inputs and the faults around output. The heavy cases are in test/slow
 * (vitest.slow.config.ts, `npm run test:slow`), the real-data suite in test/corpus
 * (vitest.corpus.config.ts, `npm run test:corpus`), the timings in test/bench (`npm run bench`).
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/robustness/**/*.test.ts'],
    // Processes, not threads: the in-process runs of the program (test/cli/in-process.ts) change
    // the working folder, which only a process can. Measured on 2 cores, loaded: forks and threads
    // cost about the same for the unit tests (38 s and 33 s of CPU).
    pool: 'forks',
    // The test files of one worker share its modules (src/ is transformed and loaded once per
    // worker, not once per file): the unit tests took 38 s of CPU isolated, 17 s not. No test
    // file mocks modules or changes globals it does not put back.
    isolate: false,
    // vitest's default is one worker fewer than the cores: one on this 2-core machine. Two keep
    // both cores busy while one file waits on a child process.
    maxWorkers: 2,
    // the longest files first, so that neither worker is left with a long one at the end
    // (test/setup/long-first-sequencer.ts)
    sequence: { sequencer: LongFirstSequencer },
    // one seed for every random test, printed at the start (test/setup/fuzz-seed.ts)
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // the built program (dist/) is loaded by Node itself, not transformed: the in-process runs
    // import its entry afresh for each run (test/cli/in-process.ts)
    server: { deps: { external: [/\/dist\//] } },
    // A limit against a hang, never an assertion about speed: a loaded machine may be slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // the suite must not depend on the machine's locale or time zone
    env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  },
});
