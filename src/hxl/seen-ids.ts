/**
 * The figure ids an import has made so far, with the line each came from, so that a repeat is
 * refused with the line of the first. The first `exact` ids are kept as strings in a Map; past
 * that, as 64-bit hashes in typed arrays: 12 bytes an id rather than about 100, which is what
 * keeps the import of 100 MB (several million figures) within a few hundred MB of memory. Two
 * different ids are then taken for one only when their 64-bit hashes agree: for 8 million ids,
 * odds of about one in half a million that any pair does in the whole file.
 */

/** The two 32-bit halves of an id's hash, set by hashId (no array made for each id). */
let hashLo = 0;
let hashHi = 0;

/**
 * 64 bits of an id in two 32-bit halves, in one pass over it: an FNV-1a mix (the low half, which
 * also picks the slot) and a multiply-xorshift mix with a polynomial hash (the high half).
 */
function hashId(id: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let p = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
    p = (Math.imul(p, 31) + c) | 0;
  }
  hashLo = a | 0;
  hashHi = b ^ Math.imul(p, 0x27d4eb2d);
}

/** 52 bits of a text's hash, as one number (a Map key that holds no text): the same mixes as the ids'. */
export function hash52(text: string): number {
  hashId(text);
  return (hashLo >>> 0) * 0x100000 + ((hashHi >>> 12) & 0xfffff);
}

/** The first figure of an id: its line, and its value while ids are kept exactly (undefined past that). */
export interface FirstSeen {
  line: number;
  value: number | undefined;
}

export class SeenIds {
  /** id -> [line, value] of its first figure, while fewer than `exactLimit` */
  private exact: Map<string, [number, number]> | undefined = new Map();
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  /** the line of each slot; 0 marks an empty slot (lines start at 1) */
  private lines = new Int32Array(0);
  private size = 0;

  /**
   * @param exactLimit how many ids are kept as strings before hashes take over
   * @param expected how many ids there may be in all: the table of hashes is made that large at
   *   once, so that it never holds an old and a new table together while growing
   */
  constructor(
    private readonly exactLimit = 50_000,
    private readonly expected = 0,
  ) {}

  /**
   * The id's first figure (its line, and its value while the ids are few enough to be kept
   * exactly) when it was seen before; otherwise notes it with `line` and `value` and returns
   * undefined.
   */
  firstOrAdd(id: string, line: number, value: number): FirstSeen | undefined {
    if (this.exact !== undefined) {
      const first = this.exact.get(id);
      if (first !== undefined) return { line: first[0], value: first[1] };
      if (this.exact.size < this.exactLimit) {
        this.exact.set(id, [line, value]);
        return undefined;
      }
      const held = this.exact;
      this.exact = undefined;
      this.grow(Math.max(1024, Math.ceil(held.size * 2.5), Math.ceil(this.expected * 1.25) + 1));
      for (const [k, [l]] of held) this.hashed(k, l);
    }
    const at = this.hashed(id, line);
    return at === undefined ? undefined : { line: at, value: undefined };
  }

  private hashed(id: string, line: number): number | undefined {
    hashId(id);
    const a = hashLo;
    const b = hashHi;
    const cap = this.lines.length;
    // the slot from the high bits of a (a multiply, not a modulo), then the next free one
    let s = Math.floor(((a >>> 0) / 4294967296) * cap);
    for (;;) {
      const at = this.lines[s]!;
      if (at === 0) break;
      if (this.lo[s] === a && this.hi[s] === b) return at;
      if (++s === cap) s = 0;
    }
    this.lo[s] = a;
    this.hi[s] = b;
    this.lines[s] = line;
    if (++this.size * 10 > cap * 8) this.grow(Math.ceil(cap * 1.5));
    return undefined;
  }

  /** A table of `cap` slots holding what the current one holds. */
  private grow(cap: number): void {
    const { lo, hi, lines } = this;
    this.lo = new Int32Array(cap);
    this.hi = new Int32Array(cap);
    this.lines = new Int32Array(cap);
    for (let s = 0; s < lines.length; s++) {
      if (lines[s] === 0) continue;
      let t = Math.floor(((lo[s]! >>> 0) / 4294967296) * cap);
      while (this.lines[t] !== 0) if (++t === cap) t = 0;
      this.lo[t] = lo[s]!;
      this.hi[t] = hi[s]!;
      this.lines[t] = lines[s]!;
    }
  }
}
