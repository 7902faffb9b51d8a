/**
 * IOM DTM's baseline assessment (`BA`, mobility tracking of every location) beside a site
 * assessment (`SA`, only the people in sites) of the same place and day: the baseline is the day's
 * whole and the site assessment a part of it, as Chad's rounds show (BA 124,788 and SA 124,371 on
 * 2018-07-30). Where the site assessment is larger (Fouli, the same day: BA 59,765 and SA 60,183),
 * the file contradicts itself: neither is read as the whole, both stay parts, and the report says so.
 *
 * The pre-pass learns, for each key of the other cells (place, date, the other breakdowns, the
 * row's indicator and source) and each figure column, the baseline's number and the largest other
 * assessment's; the main pass asks whether a baseline row is the whole.
 *
 * Memory stays bounded: two numbers a figure column for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

export class BaselineAssessments {
  /** per key and figure column: the baseline's number, then the largest other assessment's (NaN: none) */
  private readonly seen: KeyedSlots<Float64Array>;
  private readonly decided = new Map<number, boolean>();
  private smaller = 0;
  private lastLine = -1;
  private example = '';

  constructor(
    private readonly figureColumns: readonly number[],
    private readonly assessmentColumn: number,
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
    private readonly isBaseline: (cell: string) => boolean,
  ) {
    this.seen = new KeyedSlots(2 * figureColumns.length, (n) => new Float64Array(n).fill(Number.NaN));
  }

  /** Learns a row of the pre-pass: `valueOf` gives a figure column's number on the row, or undefined. */
  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    const cell = this.cellOf(row, this.assessmentColumn);
    if (cell.trim() === '') return;
    const at = this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const baseline = this.isBaseline(cell);
    const a = this.seen.array;
    for (let i = 0; i < this.figureColumns.length; i++) {
      const value = valueOf(this.figureColumns[i]!);
      if (value === undefined) continue;
      const slot = at + 2 * i + (baseline ? 0 : 1);
      if (baseline || Number.isNaN(a[slot]!) || value > a[slot]!) a[slot] = value;
    }
  }

  /** Whether a baseline row is its day's whole: no other assessment of its key is larger in any column. */
  isWhole(row: CsvRecord): boolean {
    const key = hashCells(row, this.keyColumns, this.cellOf);
    let whole = this.decided.get(key);
    if (whole === undefined) {
      whole = this.decide(this.seen.offsetOf(key, false));
      if (this.decided.size < 100_000) this.decided.set(key, whole);
    }
    if (!whole && row.line !== this.lastLine) {
      this.lastLine = row.line;
      if (this.smaller++ === 0) this.example = `line ${row.line}`;
    }
    return whole;
  }

  /** The report's note, where a baseline was smaller than a site assessment of its day. */
  note(): string | undefined {
    if (this.smaller === 0) return undefined;
    return `${this.smaller} baseline assessment${this.smaller === 1 ? ' is' : 's are'} smaller than another assessment of the same place and day (${this.example}): the file contradicts itself there, so neither is read as the day's whole; both are parts (assessment-type)`;
  }

  private decide(at: number | undefined): boolean {
    if (at === undefined) return true;
    const a = this.seen.array;
    for (let i = 0; i < this.figureColumns.length; i++) {
      const baseline = a[at + 2 * i]!;
      const other = a[at + 2 * i + 1]!;
      if (!Number.isNaN(baseline) && !Number.isNaN(other) && other > baseline) return false;
    }
    return true;
  }
}
