import { defineConfig } from 'vitest/config';

/**
 * `npm run test:corpus`: the real-data suite, reading ../shared/corpus (real reports and HDX
 * files that are not part of the project and are never copied into it). Where that folder is
 * absent, each file skips with a note saying so (test/corpus/corpus.ts); CI has it.
 */
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    pool: 'forks',
    // one seed for every random test, printed at the start (test/setup/fuzz-seed.ts)
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  },
});
