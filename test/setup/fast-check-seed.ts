/** Every fast-check property in this test process uses the seed of the run (fuzz-seed.ts). */
import fc from 'fast-check';
import { fuzzSeed } from './fuzz-seed.js';

fc.configureGlobal({ seed: fuzzSeed() });
