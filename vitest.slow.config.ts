import { defineConfig } from 'vitest/config';

/**
 * `npm run test:slow`: the heavy cases kept out of `npm test` (very large files and strings, the
 * whole ECB history, a writer killed during an import, two threads, two writers at once).
 * Under 5 minutes on 2 cores; `.ci/run` runs it after `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    pool: 'forks',
    // one seed for every random test, printed at the start (test/setup/fuzz-seed.ts)
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // the built program (dist/) is loaded by Node itself, not transformed: the in-process runs
    // import its entry afresh for each run (test/cli/in-process.ts)
    server: { deps: { external: [/\/dist\//] } },
    // two files at a time (vitest's default would be one worker on 2 cores): the heavy files are
    // mostly one process each, and the run must end within 5 minutes on a shared machine
    maxWorkers: 2,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  },
});
