/**
 * Zod's issues as sentences that say what was found and what is allowed, with the path: for facts
 * files and rates files alike (zod's own "Invalid input: expected array, received object" names
 * neither the field's rule nor the allowed fields).
 */
import { clipInput } from '../errors.js';
import { lookupTable } from '../domain/lookup.js';
import type * as z from './zod.js';
import type { PathIssue } from './check-facts.js';
import { LITERAL } from './locate.js';

/** The kind of a JSON value as a user would name it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number') return `a number (${value})`;
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return v;
}

/** The zod schema that governs `path`, unwrapped from optional/nullable/default. */
function schemaAt(path: readonly PropertyKey[], root: z.ZodType): z.ZodType | undefined {
  const unwrap = (s: z.ZodType): z.ZodType => {
    let cur = s as unknown as { def: { type: string; innerType?: z.ZodType } };
    while (cur.def.innerType && ['optional', 'nullable', 'default'].includes(cur.def.type)) {
      cur = cur.def.innerType as unknown as typeof cur;
    }
    return cur as unknown as z.ZodType;
  };
  let s: z.ZodType | undefined = unwrap(root);
  for (const seg of path) {
    if (!s) return undefined;
    const def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } = (s as unknown as { def: { type: string } }).def;
    if (def.type === 'object' && def.shape) s = def.shape[String(seg)];
    else if (def.type === 'array' && def.element) s = def.element;
    else return undefined;
    s = s ? unwrap(s) : undefined;
  }
  return s;
}

const EXPECTED: Record<string, string> = lookupTable({
  string: 'a string',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
});

/** One zod issue as a sentence that says what was found and what is allowed, `schema` the document's. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType): PathIssue[] {
  const path = issue.path as (string | number)[];
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (found === undefined) return [{ path, message: `is missing; it is required (${expected})` }];
      if (typeof found === 'number' && !Number.isFinite(found)) {
        return [{ path, message: 'must be a finite number (a literal such as 1e400 is too large for a double)' }];
      }
      const custom = issue.message.startsWith('Invalid input') ? '' : `${issue.message}; `;
      return [{ path, message: `${custom}expected ${expected}, found ${kindOf(found)}` }];
    }
    case 'unrecognized_keys': {
      const shape = (schemaAt(path, schema) as unknown as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
      const allowed = shape ? Object.keys(shape).join(', ') : '';
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown field '${clipInput(key)}'${allowed ? `; allowed fields here: ${allowed}` : ''}`,
      }));
    }
    case 'invalid_key': {
      // a record's key that breaks its rule ("Sector" for a breakdown dimension): the key named, with the rule
      const key = path[path.length - 1];
      const rule = issue.issues.map((i) => i.message).find((m) => !m.startsWith('Invalid')) ?? 'not an allowed key';
      return [{ path, atKey: true, message: `the key ${JSON.stringify(clipInput(String(key)))} is not allowed: ${rule}` }];
    }
    case 'invalid_value':
      if (found === undefined) return [{ path, message: `is missing; ${issue.message}` }];
      return [{ path, message: `${issue.message}, found ${kindOf(found)}` }];
    default: {
      // a number past 2^53 was already rounded by JSON.parse: quote the literal from the file instead
      const shown = typeof found === 'number' ? ` (found ${Number.isInteger(found) && !Number.isSafeInteger(found) ? LITERAL : found})` : typeof found === 'string' ? ` (found ${JSON.stringify(found.length > 40 ? `${found.slice(0, 40)}…` : found)})` : '';
      return [{ path, message: `${issue.message}${shown}` }];
    }
  }
}
