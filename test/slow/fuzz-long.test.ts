/**
 * The fuzzer (test/robustness/fuzz.test.ts) with ten times the runs of npm test: 5,000 per
 * in-process property, from the same seed, so its first cases are the ones npm test runs.
 */
process.env.HUMFIG_FUZZ_RUNS ??= '5000';
await import('../robustness/fuzz.test.js');
