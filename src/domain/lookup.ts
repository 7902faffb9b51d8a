/**
 * Lookup tables keyed by text that comes from input (a currency name, a unit, a number word, a
 * column header): a plain object literal would answer 'constructor', 'toString' or '__proto__'
 * with what it inherits from Object.prototype, so every such table is made without a prototype.
 */

/** A frozen copy of `entries` with no prototype: only its own keys are found. */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** An empty record with no prototype, to fill with keys read from input. */
export function emptyTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * A record's own value for a key read from input, or undefined: a breakdown parsed from a file
 * is a plain object, and `breakdown['constructor']` would otherwise answer Object's constructor.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
