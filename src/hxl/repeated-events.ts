/**
 * Several records of one event, place and date in a file of event records with no record id (IDMC's GIDD:
 * "Afghanistan: Flood - 01/01/2012" on four rows, 1,500, 1,900, 4,700 and 13,000 people, each its own record).
 * Told apart by their lines, every one of them, the first too: read in one pass, the first was shaped like the
 * event's whole and the others like parts of it, larger than it.
 *
 * The pre-pass counts, for each key of the row's cells (place, date, event, the other breakdowns, the row's
 * indicator and source), whether it comes twice; the main pass asks it of each row. Memory stays bounded: one byte
 * for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

export class RepeatedEvents {
  private readonly rows: KeyedSlots<Uint8Array>;
  private records = 0;
  private example = 0;

  constructor(
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
  ) {
    this.rows = new KeyedSlots(1, (n) => new Uint8Array(n));
  }

  /** Learns a row of the pre-pass. */
  learn(row: CsvRecord): void {
    const at = this.rows.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const a = this.rows.array;
    if (a[at]! < 2) a[at]!++;
  }

  /** Whether a row is one of several records of its event, place and date. */
  isRepeated(row: CsvRecord): boolean {
    const at = this.rows.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined || this.rows.array[at] !== 2) return false;
    if (this.records++ === 0) this.example = row.line;
    return true;
  }

  /** The report's note, where some rows were such records. */
  note(): string | undefined {
    if (this.records === 0) return undefined;
    return `${this.records} rows are records of an event, place and date that another row gives too (line ${this.example} first), with no record id: each is a record of its own, told apart by its line ('record line ${this.example}'), none the event's whole`;
  }
}
