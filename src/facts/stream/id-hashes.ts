/**
 * Unique ids without a set of a million strings: each id is kept as a 53-bit hash in a typed
 * array, the hashes are sorted, and only a hash seen twice sends the reader back to compare
 * the ids themselves.
 */
/** A 53-bit hash of a string (two 32-bit FNV-1a style mixes), exact in a double. */
export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** A growable list of doubles. */
export class HashList {
  private items = new Float64Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.items.length) {
      const bigger = new Float64Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = x;
  }

  /** the values, without copying */
  values(): Float64Array {
    return this.items.subarray(0, this.length);
  }

  /** the values (hashes: see hash53), sorted in place */
  sorted(): Float64Array {
    return sortHashes(this.values());
  }
}

/**
 * Sorts whole numbers in [0, 2^53) in place, as Float64Array.prototype.sort would: a radix sort
 * by 16-bit digits, four passes, three times as fast for the million hashes of a large file.
 */
export function sortHashes(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < 1024) return a.sort();
  let from: Float64Array = a;
  let to: Float64Array = new Float64Array(n);
  const count = new Uint32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    // digits 0 and 1 are the low 32 bits (x >>> 0 is x mod 2^32), 2 and 3 the high 21
    const high = pass >= 2;
    const shift = 16 * (pass & 1);
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const x = from[i]!;
      count[((high ? Math.floor(x / 0x100000000) : x >>> 0) >>> shift) & 0xffff]!++;
    }
    let sum = 0;
    for (let d = 0; d < count.length; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const x = from[i]!;
      to[count[((high ? Math.floor(x / 0x100000000) : x >>> 0) >>> shift) & 0xffff]!++] = x;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  // an even number of passes: the sorted values are back in `a`
  return from;
}

/** The values that occur more than once in two sorted lists taken together (by merging them). */
export function repeatedIn(a: Float64Array, b: Float64Array = new Float64Array(0)): Set<number> {
  const out = new Set<number>();
  let i = 0;
  let j = 0;
  let last = NaN;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (x === last) out.add(x);
    last = x;
  }
  return out;
}
