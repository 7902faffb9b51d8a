/**
 * The parts of zod humfig uses, imported as `import * as z from './zod.js'`. zod's own namespace
 * (`import { z } from 'zod'`) holds everything zod exports, its 64 translations of messages among
 * them: 450 KB of code to load before the first validation. Named imports let the bundler keep
 * only what is used.
 */
export { array, enum, literal, number, record, strictObject, string, toJSONSchema, unknown } from 'zod';
export type { ZodError, ZodType, infer } from 'zod';
export type * as core from 'zod/v4/core';
