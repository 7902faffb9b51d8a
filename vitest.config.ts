import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    testTimeout: 20_000,
    // the suite must not depend on the machine's locale or time zone
    env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  },
});
