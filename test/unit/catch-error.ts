import { HumfigError } from '../../src/errors.js';

/** Runs `fn`, expecting a HumfigError, and returns it (fails the test otherwise). */
export function catchError(fn: () => unknown): HumfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HumfigError) return error;
    throw error;
  }
  throw new Error('expected a HumfigError, but nothing was thrown');
}
