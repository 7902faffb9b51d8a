/**
 * A disability flag that marks every part of a whole: Guatemala's HNO (HAPI's form) gives the food
 * security cluster's people in need, 4,273,133, on a row of "all", and six rows of sex and age under
 * it, each flagged `#is_disabled` y, that add up to exactly 4,273,133. No row unflagged stands beside
 * them, so the flag says nothing of disability: read as written, it would tell `--where disability=yes`
 * that all 4.27 million are people with disabilities. Where the same file uses the flag as a real
 * subset (water and sanitation: 109,360 people with disabilities of 1,149,382, on a row of their own),
 * its sum is not the whole, or its rows sit beside unflagged ones, and the flag is read.
 *
 * The pre-pass learns, for each key of the other cells (place, date, the other breakdowns, the row's
 * indicator and source) and each figure column: the whole's number, the sum of the flagged parts,
 * and whether a flagged whole or an unflagged part was seen. The main pass then drops the flag of a
 * part whose key's flagged parts add up to its whole in every column, and the report says so.
 *
 * So too where flagged and unflagged parts together add up to the whole (Guatemala's protection rows: every sex and
 * age flagged but those of 65 and over): they are the whole's plain split by sex and age, and no flag among them
 * marks a group of people with disabilities. A real subset of them (flagged rows beside an unflagged split that
 * already makes the whole) adds up to more than the whole, and keeps its flag.
 *
 * Memory stays bounded: three numbers a figure column and one of flags for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

/** the flags' bits, in each slot's last number */
const FLAGGED_WHOLE = 1;
const UNFLAGGED_PART = 2;
const FLAGGED_PART = 4;

export class DisabilityFlags {
  /** per key: the whole's number, the flagged and the unflagged parts' sums for each figure column (NaN: none), then the flags */
  private readonly seen: KeyedSlots<Float64Array>;
  private readonly width: number;
  private readonly decided = new Map<number, boolean>();
  private rows = 0;
  private lastLine = -1;
  private example = '';

  /**
   * @param figureColumns the columns read as figures
   * @param partColumns the sex and age columns: all of them "all" or empty on the whole's row
   * @param flagColumn the disability column
   * @param keyColumns every other cell that tells figures apart (place, date, other breakdowns, indicator, source)
   * @param isWhole whether a part column's cell names the whole ("all", "total", empty)
   * @param isYes whether the disability cell flags the row (y, yes, true, 1)
   */
  constructor(
    private readonly figureColumns: readonly number[],
    private readonly partColumns: readonly number[],
    private readonly flagColumn: number,
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
    private readonly isWhole: (cell: string) => boolean,
    private readonly isYes: (cell: string) => boolean,
  ) {
    this.width = 3 * figureColumns.length + 1;
    this.seen = new KeyedSlots(this.width, (n) => new Float64Array(n).fill(Number.NaN));
  }

  /** Learns a row of the pre-pass: `valueOf` gives a figure column's number on the row, or undefined. */
  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    const flagCell = this.cellOf(row, this.flagColumn);
    const flagged = this.isYes(flagCell);
    const whole = this.isPartless(row);
    // (a whole of "no disability", or of anything but all, is a part of its own: not learned)
    if (whole && !flagged && !this.isWhole(flagCell)) return;
    const at = this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const a = this.seen.array;
    const flags = at + this.width - 1;
    const before = Number.isNaN(a[flags]!) ? 0 : a[flags]!;
    a[flags] = before | (whole ? (flagged ? FLAGGED_WHOLE : 0) : flagged ? FLAGGED_PART : UNFLAGGED_PART);
    if (flagged && whole) return;
    for (let i = 0; i < this.figureColumns.length; i++) {
      const value = valueOf(this.figureColumns[i]!);
      if (value === undefined) continue;
      const slot = at + 3 * i + (whole ? 0 : flagged ? 1 : 2);
      a[slot] = whole ? value : (Number.isNaN(a[slot]!) ? 0 : a[slot]!) + value;
    }
  }

  /** Whether a flagged part's flag marks every part of its whole, and so says nothing of disability. */
  isBlanket(row: CsvRecord): boolean {
    if (this.seen.size === 0 || this.isPartless(row)) return false;
    const key = hashCells(row, this.keyColumns, this.cellOf);
    let blanket = this.decided.get(key);
    if (blanket === undefined) {
      blanket = this.decide(this.seen.offsetOf(key, false));
      if (this.decided.size < 100_000) this.decided.set(key, blanket);
    }
    // (each row counted once, however many of its figures ask)
    if (blanket && row.line !== this.lastLine) {
      this.lastLine = row.line;
      if (this.rows++ === 0) this.example = `line ${row.line}`;
    }
    return blanket;
  }

  /** The report's note, where some flags were dropped. */
  note(): string | undefined {
    if (this.rows === 0) return undefined;
    return `${this.rows} row${this.rows === 1 ? '' : 's'} of sex or age flagged as of people with disabilities add up to the whole of their place and group, alone or with the unflagged rows beside them (${this.example}): the flag marks parts of the whole's plain split by sex and age, not a group of people with disabilities, so it was not read`;
  }

  private decide(at: number | undefined): boolean {
    if (at === undefined) return false;
    const a = this.seen.array;
    const flags = a[at + this.width - 1]!;
    // (flagged parts alone, or flagged and unflagged parts that together are the whole's plain split: Guatemala's
    // protection rows, each sex and age flagged but those of 65 and over, add up to the sector's people in need)
    if (flags !== FLAGGED_PART && flags !== (FLAGGED_PART | UNFLAGGED_PART)) return false;
    const withUnflagged = flags !== FLAGGED_PART;
    let compared = 0;
    for (let i = 0; i < this.figureColumns.length; i++) {
      const whole = a[at + 3 * i]!;
      const flaggedParts = a[at + 3 * i + 1]!;
      const unflaggedParts = a[at + 3 * i + 2]!;
      const parts = !withUnflagged || Number.isNaN(unflaggedParts) ? flaggedParts : Number.isNaN(flaggedParts) ? unflaggedParts : flaggedParts + unflaggedParts;
      if (Number.isNaN(whole) && Number.isNaN(parts)) continue;
      if (Number.isNaN(whole) || Number.isNaN(parts)) return false;
      // (a part's rounding apart: "381159.37")
      if (Math.abs(whole - parts) > Math.max(1, whole * 0.0005)) return false;
      if (whole > 0) compared++;
    }
    return compared > 0;
  }

  private isPartless(row: CsvRecord): boolean {
    for (const c of this.partColumns) if (!this.isWhole(this.cellOf(row, c))) return false;
    return true;
  }
}
