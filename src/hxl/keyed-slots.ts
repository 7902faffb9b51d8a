/**
 * Rows keyed by a 52-bit hash of some of their cells (never their text), each key a slot of `width`
 * numbers in one typed array rather than an object each: a pre-pass over 160,000 rows keeps a few
 * megabytes, not hundreds. At most `cap` keys; past them a key has no slot, and the caller reads the
 * row as before.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hash52 } from './seen-ids.js';

export class KeyedSlots<A extends Float64Array | Uint8Array> {
  private readonly slots = new Map<number, number>();
  /** the slots, `width` numbers each, in the order their keys came */
  array: A;

  /** @param make a new array of a length, its numbers as a slot's start (NaN: none yet; 0) */
  constructor(
    private readonly width: number,
    private readonly make: (length: number) => A,
    private readonly cap = 100_000,
  ) {
    this.array = make(0);
  }

  get size(): number {
    return this.slots.size;
  }

  /** Where a key's slot starts in `array`; with `add`, a new slot where there is room; else undefined. */
  offsetOf(key: number, add: boolean): number | undefined {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      if (!add || this.slots.size >= this.cap) return undefined;
      slot = this.slots.size;
      if ((slot + 1) * this.width > this.array.length) {
        const grown = this.make(Math.max(1024 * this.width, 2 * this.array.length));
        grown.set(this.array);
        this.array = grown;
      }
      this.slots.set(key, slot);
    }
    return slot * this.width;
  }
}

/** A row's cells of some columns, hashed (each clipped, as the import's other keys are). */
export function hashCells(row: CsvRecord, columns: readonly number[], cellOf: (row: CsvRecord, index: number) => string): number {
  let key = '';
  for (const c of columns) key += `${cellOf(row, c).slice(0, 120)}\u0000`;
  return hash52(key);
}
