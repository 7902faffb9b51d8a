import { defineConfig } from 'vitest/config';

/**
 * `npm test`: the unit tests, the built program run in-process and as a process, the catalogue
 * of bad inputs and the faults around output. The heavy cases are in test/slow
 * (vitest.slow.config.ts, `npm run test:slow`), the real-data suite in test/corpus
 * (vitest.corpus.config.ts, `npm run test:corpus`), the timings in test/bench (`npm run bench`).
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/robustness/**/*.test.ts'],
    // Separate processes: the in-process runs of the program (test/cli/in-process.ts) change the
    // working folder and process.env, which threads would share. Measured on 2 cores: forks and
    // threads take the same time for the unit tests (see docs/development.md).
    pool: 'forks',
    // one seed for every random test, printed at the start (test/setup/fuzz-seed.ts)
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // A limit against a hang, never an assertion about speed: a loaded machine may be slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // the suite must not depend on the machine's locale or time zone
    env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  },
});
