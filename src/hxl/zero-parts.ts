/**
 * Parts written 0 where the file has no split: HAPI's returnees give each country and year a total
 * (`gender all`, `age all`) and a row for each sex and age group, and where UNHCR has no split by sex
 * and age every such row is 0 beside a total of 527,206. Those zeros say "not split", not "no women,
 * no children": read as figures they would tell `--sex f` that no woman returned. The pre-pass
 * learns, for each key of the other cells (place, date, the other breakdowns, the row's indicator and
 * source) and each figure column, whether the total is above 0 and whether any part is; the main pass
 * then leaves out a part's 0 where the total is above 0 and every part is 0, and the report says so.
 *
 * Memory stays bounded: keys are 52-bit hashes of the cells, two bytes a figure column for each key in one array, at most
 * KEY_CAP keys; past them a row is read as before.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hash52 } from './seen-ids.js';

const KEY_CAP = 100_000;

export class ZeroParts {
  /** each key's slot in `slab` */
  private readonly seen = new Map<number, number>();
  /** two flags a figure column for each slot, in one array: the total is above 0; some part is */
  private slab = new Uint8Array(0);
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
  ) {}

  /** Learns a row of the pre-pass: `valueOf` gives a figure column's number on the row, or undefined. */
  learn(row: CsvRecord, valueOf: (index: number) => number | undefined): void {
    const key = this.keyOf(row);
    const width = 2 * this.figureColumns.length;
    let slot = this.seen.get(key);
    if (slot === undefined) {
      if (this.seen.size >= KEY_CAP) return;
      slot = this.seen.size;
      if ((slot + 1) * width > this.slab.length) {
        const grown = new Uint8Array(Math.max(1024 * width, 2 * this.slab.length));
        grown.set(this.slab);
        this.slab = grown;
      }
      this.seen.set(key, slot);
    }
    const whole = this.isTotalRow(row);
    for (let i = 0; i < this.figureColumns.length; i++) {
      const value = valueOf(this.figureColumns[i]!);
      if (value === undefined || value <= 0) continue;
      this.slab[slot * width + 2 * i + (whole ? 0 : 1)] = 1;
    }
  }

  /** Whether a part's 0 of a column stands for "not split": its total is above 0 and every part is 0. */
  isPlaceholder(row: CsvRecord, column: number, value: number): boolean {
    if (value !== 0 || this.seen.size === 0 || this.isTotalRow(row)) return false;
    const i = this.figureColumns.indexOf(column);
    const slot = i === -1 ? undefined : this.seen.get(this.keyOf(row));
    if (slot === undefined) return false;
    const o = slot * 2 * this.figureColumns.length + 2 * i;
    if (this.slab[o] !== 1 || this.slab[o + 1] === 1) return false;
    if (this.cells++ === 0) this.example = `line ${row.line}`;
    return true;
  }

  /** The report's note, where some zeros were left out. */
  note(): string | undefined {
    if (this.cells === 0) return undefined;
    return `${this.cells} cell${this.cells === 1 ? '' : 's'} of 0 by sex or age beside a total above 0 whose every part is 0 (${this.example}): the file has no split there, so those zeros are not figures (read as figures, they would say no one of that sex or age)`;
  }

  private isTotalRow(row: CsvRecord): boolean {
    for (const c of this.partColumns) if (!this.isWhole(this.cellOf(row, c))) return false;
    return true;
  }

  private keyOf(row: CsvRecord): number {
    let key = '';
    for (const c of this.keyColumns) key += `${this.cellOf(row, c).slice(0, 120)}\u0000`;
    return hash52(key);
  }
}
