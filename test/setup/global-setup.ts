/**
 * Runs once, before the test files: chooses the seed of the run (fuzz-seed.ts), hands it to
 * every test process through the environment, and prints it with how to replay it. It also gives
 * the run a temporary folder of its own (TMPDIR, which os.tmpdir() and every child process read),
 * removed when the run ends, so that a test that forgets its scratch files, or is killed before
 * its clean-up, leaves nothing in the machine's /tmp.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FUZZ_SEED } from './fuzz-seed.js';

export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'humfig-test-run-'));
  process.env.TMPDIR = scratch;
  const given = process.env.HUMFIG_FUZZ_SEED;
  let seed: number;
  let why: string;
  if (given !== undefined && /^-?\d{1,10}$/.test(given)) {
    seed = Number(given) | 0;
    why = 'from HUMFIG_FUZZ_SEED';
  } else if (process.env.HUMFIG_FUZZ_RANDOM === '1') {
    seed = (Math.random() * 0x7fffffff) | 0;
    why = 'drawn at random (HUMFIG_FUZZ_RANDOM=1)';
  } else {
    seed = DEFAULT_FUZZ_SEED;
    why = 'the fixed default; HUMFIG_FUZZ_RANDOM=1 draws a new one';
  }
  process.env.HUMFIG_FUZZ_SEED = String(seed);
  process.stderr.write(`random tests: seed ${seed} (${why}); replay with HUMFIG_FUZZ_SEED=${seed}\n`);
  return () => {
    const left = readdirSync(scratch).length;
    rmSync(scratch, { recursive: true, force: true });
    if (left > 0) process.stderr.write(`test scratch: ${left} temporary file(s) or folder(s) the tests left were removed with ${scratch}\n`);
  };
}
