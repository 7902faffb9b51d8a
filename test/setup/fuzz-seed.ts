/**
 * One seed for every random test (fast-check properties, fuzzing): a constant by default, so
 * that a run is the same on every machine. HUMFIG_FUZZ_SEED=<n> replays a seed;
 * HUMFIG_FUZZ_RANDOM=1 draws a new one. The seed is printed once at the start of the run
 * (global-setup.ts) and fast-check prints it again with any failure.
 */
export const DEFAULT_FUZZ_SEED = 20261204;

/** The seed of this run, from the environment (global-setup.ts puts it there). */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.HUMFIG_FUZZ_SEED;
  if (given !== undefined && /^-?\d{1,10}$/.test(given)) return Number(given) | 0;
  return DEFAULT_FUZZ_SEED;
}
