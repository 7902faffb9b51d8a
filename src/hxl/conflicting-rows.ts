/**
 * Rows that give one figure two values: the same figure key (place, date, breakdowns, row indicator:
 * the import's repeat key) and another value in a figure column. Where such rows are not added up, the
 * import keeps the first row's value and rejects the others; but the first row's figure is written
 * before the others are read, so on its own it would say nothing of them, and `get`, `cite` and
 * `summary` would show one site of an area, or one of a p-code's two populations, as if it were the
 * place's whole figure.
 *
 * So the pre-pass fingerprints each row's figure cells by its key (`learn`); where a key's rows
 * differ, a second, short pass (`collect`, run only then) notes for that key each column's first
 * value and the other values later rows give; and the main pass asks `noteFor` the first row's figure,
 * whose notes then say what the other rows give. Memory is bounded: at most KEYS_CAP keys are
 * fingerprinted (a hash each, in a typed array) and VALUES_CAP columns' values kept; past them a
 * figure is read as before, without the note.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

/** How many figure keys are fingerprinted. */
const KEYS_CAP = 200_000;
/** How many (key, column) pairs keep their values. */
const VALUES_CAP = 50_000;
/** How many other rows a note names. */
const NAMED = 3;

interface ColumnValues {
  firstLine: number;
  first: string;
  /** later rows that give another value: how many, and the first NAMED of them */
  others: number;
  named: Array<{ line: number; cell: string }>;
}

/** A cell's value as a number is written, so that "1,000" and "1000" are one value. */
const asWritten = (cell: string): string => cell.trim().replace(/[\s,']/g, '');

export class ConflictingRows {
  /** per key: the hash of its first row's figure cells, then 1 once a row gives others */
  private readonly slots = new KeyedSlots<Float64Array>(2, (n) => new Float64Array(n).fill(Number.NaN), KEYS_CAP);
  private conflicts = 0;
  private readonly conflicted = new Set<number>();
  private readonly values = new Map<string, ColumnValues>();

  /**
   * @param columns the figure columns (a wide file's indicator columns, a long file's value column)
   * @param keyOf a row's figure key, hashed
   */
  constructor(
    private readonly columns: readonly number[],
    private readonly keyOf: (row: CsvRecord) => number,
    private readonly cellOf: (row: CsvRecord, index: number) => string,
  ) {}

  /** Whether some rows of one key give other values (then `collect` is worth a pass). */
  get any(): boolean {
    return this.conflicts > 0;
  }

  /** The pre-pass: a row's figure cells, fingerprinted by its key (`key`, where the caller has it already). */
  learn(row: CsvRecord, key = this.keyOf(row)): void {
    const at = this.slots.offsetOf(key, true);
    if (at === undefined) return;
    const print = hashCells(row, this.columns, (r, c) => asWritten(this.cellOf(r, c)));
    const array = this.slots.array;
    if (Number.isNaN(array[at]!)) array[at] = print;
    else if (array[at] !== print && array[at + 1] !== 1) {
      array[at + 1] = 1;
      this.conflicts++;
    }
  }

  /** The second pass, where `any`: for a key whose rows differ, each column's first value and the others. */
  collect(row: CsvRecord): void {
    const key = this.keyOf(row);
    const at = this.slots.offsetOf(key, false);
    if (at === undefined || this.slots.array[at + 1] !== 1) return;
    this.conflicted.add(key);
    for (const c of this.columns) {
      const cell = this.cellOf(row, c).trim();
      if (cell === '') continue;
      const k = `${key}|${c}`;
      const seen = this.values.get(k);
      if (seen === undefined) {
        if (this.values.size < VALUES_CAP) this.values.set(k, { firstLine: row.line, first: cell, others: 0, named: [] });
      } else if (asWritten(cell) !== asWritten(seen.first)) {
        seen.others++;
        if (seen.named.length < NAMED) seen.named.push({ line: row.line, cell: cell.slice(0, 24) });
      }
    }
  }

  /**
   * The main pass: for the figure a row gives in a column, where it is the first of rows that give the
   * figure other values, what its notes say of them and what its label adds; else undefined.
   */
  noteFor(row: CsvRecord, column: number): { note: string; label: string } | undefined {
    if (this.conflicted.size === 0) return undefined;
    const key = this.keyOf(row);
    if (!this.conflicted.has(key)) return undefined;
    const seen = this.values.get(`${key}|${column}`);
    if (seen === undefined || seen.others === 0 || seen.firstLine !== row.line) return undefined;
    const listed = seen.named.map((n) => `line ${n.line}: ${n.cell}`).join('; ');
    const more = seen.others > seen.named.length ? `; and ${seen.others - seen.named.length} more` : '';
    return {
      note: `The file gives this figure other values on ${seen.others} other row${seen.others === 1 ? '' : 's'} of the same place, date and breakdown (${listed}${more}), rejected at import: this is line ${row.line}'s, the first. They may be parts of the place (sites or villages of one area) or the figure given twice: check the file before using it as the place's whole.`,
      // (in the label too, which `summary`, `cite` and every table show: the value is one row's of several)
      label: ` (line ${row.line}'s value; ${seen.others} other row${seen.others === 1 ? ' gives another' : 's give others'})`,
    };
  }
}
