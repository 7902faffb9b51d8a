/**
 * The fast checks held to the zod schema (test/unit/facts/fast-figure.test.ts) with ten times the
 * runs of npm test, from the same seed, so that its first cases are the ones npm test runs.
 */
process.env.HUMFIG_FUZZ_RUNS ??= '5000';
await import('../unit/facts/fast-figure.test.js');
