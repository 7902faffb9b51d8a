/**
 * The quotes already checked against their sources, for the million lookups of a large facts
 * file, where each figure's quote is a fresh string and one sentence serves dozens of figures.
 *
 * A quote's entry is found through a Map keyed by the quote itself (one per source), and its
 * answers lie in typed arrays: a lookup touches the map and two small arrays, not a chain of
 * objects scattered over the heap, which had cost more than parsing the figures. Bounded: past
 * MAX_QUOTE_CHARS characters of quotes, the table starts again, empty.
 */

/** What a table remembers of one quote of one source. */
export interface QuoteAnswer {
  /** whether the quote occurs in the source's text; undefined when the source has no text */
  inText: boolean | undefined;
  /** a value checked against the quote, and whether the quote writes it */
  value: number;
  written: boolean;
}

const IN_TEXT_UNKNOWN = 0;
const IN_TEXT_NO = 1;
const IN_TEXT_YES = 2;
const WRITTEN = 4;

/** The most characters of quotes remembered (about 16 MiB as strings). */
export const MAX_QUOTE_CHARS = 8 * 1024 * 1024;
/** The most answers remembered for values other than a quote's first. */
export const MAX_OTHER_VALUES = 100_000;

export class QuoteTable {
  /** for each source number, the entry of each quote */
  private bySource: Map<string, number>[] = [];
  private values = new Float64Array(1024);
  private flags = new Uint8Array(1024);
  private count = 0;
  private chars = 0;
  /** answers for values other than an entry's first */
  private others = new Map<number, Map<number, boolean>>();
  private otherCount = 0;

  constructor(
    private readonly maxChars = MAX_QUOTE_CHARS,
    private readonly maxOthers = MAX_OTHER_VALUES,
  ) {}

  /** How many quotes the table holds. */
  get size(): number {
    return this.count;
  }

  /** The entry of quote `s` of source number `source`, or -1. */
  find(source: number, s: string): number {
    const e = this.bySource[source]?.get(s);
    return e === undefined ? -1 : e;
  }

  /** Remembers the answer for quote `s` of source number `source`. */
  add(source: number, s: string, answer: QuoteAnswer): void {
    if (this.chars + s.length > this.maxChars) this.clear();
    const e = this.count++;
    if (e === this.values.length) {
      this.values = grown(this.values);
      this.flags = grown(this.flags);
    }
    this.values[e] = answer.value;
    this.flags[e] = (answer.inText === undefined ? IN_TEXT_UNKNOWN : answer.inText ? IN_TEXT_YES : IN_TEXT_NO) | (answer.written ? WRITTEN : 0);
    this.chars += s.length;
    (this.bySource[source] ??= new Map()).set(s, e);
  }

  /** Whether entry `e`'s quote is in its source's text (undefined: the source has no text). */
  inText(e: number): boolean | undefined {
    const f = this.flags[e]! & 3;
    return f === IN_TEXT_UNKNOWN ? undefined : f === IN_TEXT_YES;
  }

  /** Whether entry `e`'s quote writes `value`; undefined when not yet known (see noteWrites). */
  writes(e: number, value: number): boolean | undefined {
    if (this.values[e] === value) return (this.flags[e]! & WRITTEN) !== 0;
    return this.others.get(e)?.get(value);
  }

  /** Remembers whether entry `e`'s quote writes `value`, a value other than its first. */
  noteWrites(e: number, value: number, written: boolean): void {
    // bounded too: a file could give one quote a million values
    if (this.otherCount >= this.maxOthers) {
      this.others.clear();
      this.otherCount = 0;
    }
    let answers = this.others.get(e);
    if (!answers) this.others.set(e, (answers = new Map()));
    answers.set(value, written);
    this.otherCount++;
  }

  private clear(): void {
    this.bySource = [];
    this.count = 0;
    this.chars = 0;
    this.others.clear();
    this.otherCount = 0;
  }
}

/** A copy of `a` twice as long. */
function grown<T extends Float64Array | Uint8Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a as never);
  return bigger;
}
