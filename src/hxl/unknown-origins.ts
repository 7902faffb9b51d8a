/**
 * An origin written as not known ("Not available", "Unknown") beside rows of known origins of the same place, day
 * and other breakdowns: IOM DTM's Haiti on 2024-12-31 gives 52,030 conflict IDPs from Artibonite, 952,048 from Ouest
 * and 6,110 whose origin is "Not available". Where it stands alone (DTM's national rows with no origin at all) the
 * row is not split by origin, and is its key's whole; beside known origins it is one part among them, the people
 * whose origin is not known, never the whole of the day (6,110 "conflict IDPs of Haiti" against 1,011,517).
 *
 * The pre-pass learns, for each key of the other cells (place, date, the other breakdowns, the row's indicator and
 * source), whether some row gives a known origin; the main pass asks it of a row whose origin is not known.
 * Memory stays bounded: one byte for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

export class UnknownOrigins {
  private readonly known: KeyedSlots<Uint8Array>;
  private parts = 0;
  private example = '';

  /**
   * @param originColumns the origin columns
   * @param keyColumns every other cell that tells figures apart (place, date, other breakdowns, indicator, source)
   * @param isKnown whether an origin cell names an origin (not empty, not "all", not "Not available")
   */
  constructor(
    private readonly originColumns: readonly number[],
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
    private readonly isKnown: (cell: string) => boolean,
  ) {
    this.known = new KeyedSlots(1, (n) => new Uint8Array(n));
  }

  /** Learns a row of the pre-pass. */
  learn(row: CsvRecord): void {
    if (!this.originColumns.some((c) => this.isKnown(this.cellOf(row, c)))) return;
    const at = this.known.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at !== undefined) this.known.array[at] = 1;
  }

  /** Whether a row whose origin is written as not known is a part: some row of its key gives a known origin. */
  isPart(row: CsvRecord): boolean {
    const at = this.known.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined || this.known.array[at] !== 1) return false;
    if (this.parts++ === 0) this.example = `line ${row.line}`;
    return true;
  }

  /** The report's note, where such rows were read as parts. */
  note(): string | undefined {
    if (this.parts === 0) return undefined;
    return `${this.parts} origin cell${this.parts === 1 ? '' : 's'} written as not known ('Not available', 'Unknown') beside rows of known origins of the same place, date and breakdowns (${this.example}): read as a part, the people whose origin is not known, not as the whole`;
  }
}
