/**
 * Parts written 0 where the file has no split: HAPI's returnees give each country and year a total
 * (`gender all`, `age all`) and a row for each sex and age group, and where UNHCR has no split by sex
 * and age every such row is 0 beside a total of 527,206. Those zeros say "not split", not "no women,
 * no children": read as figures they would tell `--sex f` that no woman returned. The pre-pass
 * learns, for each key of the other cells (place, date, the other breakdowns, the row's indicator and
 * source) and each figure column, whether the total is above 0 and whether any part is; the main pass
 * then leaves out a part's 0 where the total is above 0 and every part is 0, and the report says so.
 *
 * Memory stays bounded: two bytes a figure column for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

export class ZeroParts {
  /** two flags a figure column for each key: the total is above 0; some part is */
  private readonly seen: KeyedSlots<Uint8Array>;
  private cells = 0;
  private example = '';

  /**
   * @param figureColumns the columns read as figures
   * @param partColumns the sex and age columns: all of them "all" or empty on the total's row
   * @param keyColumns every other cell that tells figures apart (place, date, other breakdowns, indicator, source)
   * @param isWhole whether a part column's cell names the whole ("all", "total", empty)
   */
  constructor(
    private readonly figureColumns: readonly number[],
    private readonly partColumns: readonly number[],
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
    private readonly isWhole: (cell: string) => boolean,
  ) {
    this.seen = new KeyedSlots(2 * figureColumns.length, (n) => new Uint8Array(n));
  }

  /** Learns a row of the pre-pass: `valueOf` gives a figure column's number on the row, or undefined. */
  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    const at = this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const whole = this.isTotalRow(row);
    for (let i = 0; i < this.figureColumns.length; i++) {
      const value = valueOf(this.figureColumns[i]!);
      if (value === undefined || value <= 0) continue;
      this.seen.array[at + 2 * i + (whole ? 0 : 1)] = 1;
    }
  }

  /** Whether a part's 0 of a column stands for "not split": its total is above 0 and every part is 0. */
  isPlaceholder(row: CsvRecord, column: number, value: number): boolean {
    if (!this.placeholder(row, column, value)) return false;
    if (this.cells++ === 0) this.example = `line ${row.line}`;
    return true;
  }

  /** The same, without counting the cell for the report (ZeroPartsViews counts). */
  placeholder(row: CsvRecord, column: number, value: number): boolean {
    if (value !== 0 || this.seen.size === 0 || this.isTotalRow(row)) return false;
    const i = this.figureColumns.indexOf(column);
    const at = i === -1 ? undefined : this.seen.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined) return false;
    return this.seen.array[at + 2 * i] === 1 && this.seen.array[at + 2 * i + 1] !== 1;
  }

  /** The report's note, where some zeros were left out. */
  note(): string | undefined {
    return zeroPartsNote(this.cells, this.example);
  }

  private isTotalRow(row: CsvRecord): boolean {
    for (const c of this.partColumns) if (!this.isWhole(this.cellOf(row, c))) return false;
    return true;
  }
}

function zeroPartsNote(cells: number, example: string): string | undefined {
  if (cells === 0) return undefined;
  return `${cells} cell${cells === 1 ? '' : 's'} of 0 by sex or age beside a total above 0 whose every part is 0 (${example}): the file has no split there, so those zeros are not figures (read as figures, they would say no one of that sex or age)`;
}

/**
 * Zero parts seen whole and dimension by dimension: where a file splits by sex and by age, a sex's ages may be
 * all 0 beside that sex's total above 0 (HAPI's returnees: Mozambique's returned IDPs of 2022, 133,324 women and 0
 * at every age), though the sexes themselves are split. One view takes every sex and age column as the parts (the
 * file has no split at all), and one view each takes one column as the parts, the others' cells in its key (the
 * total of women's ages is the row of women, all ages). A 0 is left out where any view says it stands for no split.
 */
export class ZeroPartsViews {
  private cells = 0;
  private example = '';

  constructor(private readonly views: readonly ZeroParts[]) {}

  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    for (const v of this.views) v.learn(row, valueOf);
  }

  isPlaceholder(row: CsvRecord, column: number, value: number): boolean {
    if (value !== 0) return false;
    for (const v of this.views) {
      if (!v.placeholder(row, column, value)) continue;
      if (this.cells++ === 0) this.example = `line ${row.line}`;
      return true;
    }
    return false;
  }

  note(): string | undefined {
    return zeroPartsNote(this.cells, this.example);
  }
}
