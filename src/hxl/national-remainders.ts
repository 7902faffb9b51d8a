/**
 * A national row that is smaller than one of its own areas: a file of areas (an IOM DTM trend, a
 * Lake Chad snapshot) that leaves a few people without an area writes them on a row with the
 * country and no admin cells, `2017-01-11,Chad,,,,102` beside Kaya's 6,191 refugees of the same
 * day. Such a row is the part no area holds, never the country's total: no country's count of
 * people is smaller than one of its areas'. The pre-pass learns, for each country, date,
 * breakdown and figure column, the national row's value and the largest area's; the main pass
 * then reads a national row that is smaller as a part (`area: not located`), and the report says so.
 *
 * Memory stays bounded: three numbers a figure column for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

/** The breakdown value of such a part. */
export const NOT_LOCATED = 'not located';

export class NationalRemainders {
  /** three numbers a figure column for each key: the national row's value, the largest area's and that area's line (NaN: none) */
  private readonly seen: KeyedSlots<Float64Array>;
  private example = '';
  private rows = 0;
  private records = false;
  /** whether the file's national rows are mostly totals (each at least its largest area's), worked out once after the pre-pass */
  private givesTotals: boolean | undefined;
  private contradictions = 0;
  private contradictionExample = '';
  /** for each key without its date, whether some area's row gives each figure column: in a file of records, a record with no
   * area is then an event not located, whatever its date (UCDP's "2011,,0" beside other years' divisions); not where no area
   * gives that figure at all (an HNO's national caseload of a sector no district row names) */
  private readonly undated: KeyedSlots<Uint8Array>;

  /**
   * @param figureColumns the columns read as figures that add up (people, households, money; not percent)
   * @param belowColumns the place columns below the country: all empty on a national row
   * @param keyColumns the country's columns, the date and period, the breakdowns, the row's indicator and source
   * @param cellOf a cell's text as the import reads it
   */
  constructor(
    private readonly figureColumns: readonly number[],
    private readonly belowColumns: readonly number[],
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
    private readonly undatedKeyColumns: readonly number[] = keyColumns,
  ) {
    this.seen = new KeyedSlots(3 * figureColumns.length, (n) => new Float64Array(n).fill(NaN));
    this.undated = new KeyedSlots(figureColumns.length, (n) => new Uint8Array(n));
  }

  /** Learns a row of the pre-pass: `valueOf` gives a figure column's number on the row, or undefined. */
  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    const at = this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const national = this.isNational(row);
    const slab = this.seen.array;
    const undatedAt = national ? undefined : this.undated.offsetOf(hashCells(row, this.undatedKeyColumns, this.cellOf), true);
    for (let i = 0; i < this.figureColumns.length; i++) {
      const value = valueOf(this.figureColumns[i]!);
      if (value === undefined) continue;
      const o = at + 3 * i;
      if (national) {
        if (Number.isNaN(slab[o]!)) slab[o] = value;
      } else {
        if (undatedAt !== undefined) this.undated.array[undatedAt + i] = 1;
        if (Number.isNaN(slab[o + 1]!) || value > slab[o + 1]!) {
          slab[o + 1] = value;
          slab[o + 2] = row.line;
        }
      }
    }
  }

  /**
   * Whether a national row's figure of a column is a part, not the country's total: smaller than an
   * area's of the same key; or, in a file of records (`records`: rows added up, UCDP's events), any
   * national record where the file has areas' records for the key, an event whose place is not known.
   */
  isRemainder(row: CsvRecord, column: number, value: number, records: boolean): boolean {
    if (this.seen.size === 0 || !this.isNational(row)) return false;
    const i = this.figureColumns.indexOf(column);
    if (i === -1) return false;
    const at = this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined) return false;
    const o = at + 3 * i;
    const slab = this.seen.array;
    const area = slab[o + 1]!;
    // (a record with no area in a file whose records name areas is an event not located, even in a year whose
    // other records name none: UCDP's "2011,,0" is no country's total of 0 deaths; not where no area's record gives
    // that figure, of any date: a plan's national caseload of a sector no district names)
    const undatedAt = records && Number.isNaN(area) ? this.undated.offsetOf(hashCells(row, this.undatedKeyColumns, this.cellOf), false) : undefined;
    const unlocated = undatedAt !== undefined && this.undated.array[undatedAt + i] === 1;
    if (!unlocated && (Number.isNaN(area) || !(records || area > value))) return false;
    // (a file whose national rows are otherwise totals, an HNO's caseload of each cluster, keeps a smaller one as the
    // country's own and says that the file contradicts itself: Nigeria's national health target of 155,703 beside one
    // LGA's 194,776 is no count of people no LGA holds)
    if (!unlocated && !records && this.nationalRowsAreTotals()) {
      if (this.contradictions++ === 0) this.contradictionExample = `line ${row.line}: ${value}, where line ${slab[o + 2]} gives one of its areas ${area}`;
      return false;
    }
    if (this.rows++ === 0) this.example = unlocated ? `line ${row.line}: ${value}, a record with no area in a file whose records name areas` : records ? `line ${row.line}: ${value}, where line ${slab[o + 2]} is a record of one of its areas` : `line ${row.line}: ${value}, where line ${slab[o + 2]} gives one of its areas ${area}`;
    if (records) this.records = true;
    return true;
  }

  /** The report's notes: national rows read as parts, and national totals smaller than an area of their own. */
  notes(): string[] {
    const notes: string[] = [];
    const parts = this.note();
    if (parts !== undefined) notes.push(parts);
    if (this.contradictions > 0) {
      notes.push(
        `${this.contradictions} figure${this.contradictions === 1 ? '' : 's'} of national rows (a country and no area) ${this.contradictions === 1 ? 'is' : 'are'} smaller than one of the country's own areas on the same date (${this.contradictionExample}), in a file whose other national rows are totals: read as the country's figure${this.contradictions === 1 ? '' : 's'} where no earlier row gave ${this.contradictions === 1 ? 'it' : 'them'} (a row rejected below as another value of an earlier row's figure is not imported), but the file contradicts itself there: such a row may be an analysis of a part of the country; check it against its source`,
      );
    }
    return notes;
  }

  /** The report's note, where some national rows were read as parts. */
  private note(): string | undefined {
    if (this.rows === 0) return undefined;
    if (this.records) return `${this.rows} cell${this.rows === 1 ? '' : 's'} of national rows (a country and no area) in a file of records that also has records of the country's areas (${this.example}): records whose area is not known, not the country's total, so their sums are a part, breakdown area '${NOT_LOCATED}'`;
    return `${this.rows} figure${this.rows === 1 ? '' : 's'} of national rows (a country and no area) ${this.rows === 1 ? 'is' : 'are'} smaller than one of the country's own areas on the same date (${this.example}): the people no area holds, not the country's total, so each is a part, breakdown area '${NOT_LOCATED}'`;
  }

  /**
   * Whether the file's national rows are totals: of the keys where a national row and an area's row give a
   * figure, more have the national row at least the largest area's than below it. A file of areas that writes
   * only its remainder on a national row (DTM's `Chad,,,,102`) has them all below.
   */
  private nationalRowsAreTotals(): boolean {
    if (this.givesTotals !== undefined) return this.givesTotals;
    let totals = 0;
    let below = 0;
    const slab = this.seen.array;
    const end = this.seen.size * 3 * this.figureColumns.length;
    for (let o = 0; o < end; o += 3) {
      const national = slab[o]!;
      const area = slab[o + 1]!;
      if (Number.isNaN(national) || Number.isNaN(area)) continue;
      if (national >= area) totals++;
      else below++;
    }
    this.givesTotals = totals > below;
    return this.givesTotals;
  }

  private isNational(row: CsvRecord): boolean {
    for (const c of this.belowColumns) if (this.cellOf(row, c) !== '') return false;
    return true;
  }
}
