/**
 * Whether quotes occur in one source text, for files that quote it many times. `String.includes`
 * reads the text from its start for each quote: a file of 40,000 figures quoting a 3 MB text
 * took 20 s (quadratic in the figures). Past a budget of such reads, the text is indexed once:
 * every position by a hash of the GRAM characters that start there, sorted, so that a quote is
 * looked for only where its rarest run of GRAM characters occurs (in a text of more than
 * MAX_INDEXED positions, every few positions, so that the index stays within 64 MB; a quote is
 * then tried once for each way its runs can fall on them). Linear in the text to build
 * (plus a native sort), about log(text) per run of the quote to look up; the same answers as
 * `includes`.
 */

/** Characters hashed at each position. */
const GRAM = 6;
/** Texts shorter than this are never indexed: reading them whole is cheap. */
const SMALL_TEXT = 64 * 1024;
/** The most positions indexed: a longer text (a source text may be 64 MiB) indexes every few. */
const MAX_INDEXED = 8 * 1024 * 1024;
/** How many whole readings of the text `includes` may spend before the index is built. */
const READS_BEFORE_INDEX = 16;

export class QuoteSearch {
  private readonly text: string;
  private budget: number;
  /** sorted keys: the hash of the gram at a position times 2^posBits, plus the position */
  private keys: Float64Array | undefined;
  private posBits = 0;
  private hashBits = 0;
  /** every step-th position of the text is indexed (1 for texts of up to MAX_INDEXED positions) */
  private step = 1;
  private readonly maxIndexed: number;

  /** `tuning` is for tests: a small text and few reads make the index on small inputs, a small maxIndexed a sampled one. */
  constructor(text: string, tuning: { smallText?: number; readsBeforeIndex?: number; maxIndexed?: number } = {}) {
    this.text = text;
    this.maxIndexed = tuning.maxIndexed ?? MAX_INDEXED;
    const small = tuning.smallText ?? SMALL_TEXT;
    this.budget = text.length >= small ? (tuning.readsBeforeIndex ?? READS_BEFORE_INDEX) * text.length : Number.POSITIVE_INFINITY;
  }

  /** Whether the text has been indexed (after the budget of whole readings was spent). */
  get isIndexed(): boolean {
    return this.keys !== undefined;
  }

  /** Whether `quote` occurs in the text (as `text.includes(quote)`). */
  includes(quote: string): boolean {
    if (quote.length < GRAM || this.text.length < GRAM) return this.text.includes(quote);
    if (this.keys === undefined) {
      if (this.budget > 0) {
        this.budget -= this.text.length;
        return this.text.includes(quote);
      }
      this.build();
    }
    return this.indexed(quote);
  }

  private build(): void {
    const n = this.text.length - GRAM + 1;
    // (a long text indexes every step-th position only: the index stays within MAX_INDEXED keys, 64 MB)
    this.step = Math.max(1, Math.ceil(n / this.maxIndexed));
    this.posBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
    // a key must stay an exact integer in a double: 53 bits for hash and position together
    this.hashBits = Math.min(32, 53 - this.posBits);
    const keys = new Float64Array(Math.ceil(n / this.step));
    const scale = 2 ** this.posBits;
    for (let p = 0, k = 0; p < n; p += this.step, k++) keys[k] = this.hashAt(this.text, p) * scale + p;
    keys.sort();
    this.keys = keys;
  }

  /** The hash of the GRAM characters of `s` from `at`, in hashBits bits. */
  private hashAt(s: string, at: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < GRAM; i++) h = Math.imul(h ^ s.charCodeAt(at + i), 0x01000193);
    return (h >>> 0) >>> (32 - this.hashBits);
  }

  /** The first index of `keys` whose key is at least `key`. */
  private lowerBound(key: number): number {
    const keys = this.keys!;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexed(quote: string): boolean {
    const step = this.step;
    // (a quote too short to hold an indexed run wherever it starts is read for as includes does)
    if (quote.length < GRAM + step - 1) return this.text.includes(quote);
    const scale = 2 ** this.posBits;
    const keys = this.keys!;
    // one guess per residue r: the quote starts where its runs at offsets r, r + step, ... fall on
    // indexed positions; for each, the run with the fewest positions in the text is tried
    for (let r = 0; r < step; r++) {
      let best = r;
      let bestFrom = 0;
      let bestCount = Number.POSITIVE_INFINITY;
      for (let offset = r; offset + GRAM <= quote.length; offset += step) {
        const base = this.hashAt(quote, offset) * scale;
        const from = this.lowerBound(base);
        const count = this.lowerBound(base + scale) - from;
        if (count < bestCount) {
          best = offset;
          bestFrom = from;
          bestCount = count;
          if (count === 0) break;
        }
      }
      // (each candidate is one start to try: never more than the text's positions, as includes tries)
      for (let k = bestFrom; k < bestFrom + bestCount; k++) {
        const start = (keys[k]! % scale) - best;
        if (start >= 0 && this.text.startsWith(quote, start)) return true;
      }
    }
    return false;
  }
}
