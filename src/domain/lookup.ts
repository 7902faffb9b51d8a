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
