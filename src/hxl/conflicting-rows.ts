/**
 * Rows that give one figure two values: the same figure key (place, date, breakdowns, row indicator:
 * the import's repeat key) and another value in a figure column. Where such rows are not added up, the
 * import keeps the first row's value and rejects the others; but the first row's figure is written
 * before the others are read, so on its own it would say nothing of them, and `get`, `cite` and
 * `summary` would show one site of an area, or one of a p-code's two populations, as if it were the
 * place's whole figure.
 *
 * So the pre-pass keeps, by each row's key, its first row's line and a hash of each of its figure cells,
 * and notes a later row of the key that gives another value in a column, with its line and cell
 * (`learn`); the main pass asks `noteFor` the first row's figure, whose notes then say what the other
 * rows give. No pass of its own. Memory is bounded: at most SLOT_NUMBERS numbers (KEYS_CAP keys, fewer
 * in a wide file) and VALUES_CAP columns' values; past them a figure is read as before, without the note.
 */
import type { CsvRecord } from './parse-hxl.js';
import { KeyedSlots } from './keyed-slots.js';
import { hash52 } from './seen-ids.js';

/** How many figure keys are fingerprinted. */
const KEYS_CAP = 200_000;
/** How many numbers the keys' slots hold at most (each key: its first line and a hash a figure column). */
const SLOT_NUMBERS = 4_000_000;
/** How many (key, column) pairs keep their values. */
const VALUES_CAP = 50_000;
/** How many other rows a note names. */
const NAMED = 3;

interface ColumnValues {
  firstLine: number;
  /** later rows that give another value: how many, and the first NAMED of them */
  others: number;
  named: Array<{ line: number; cell: string }>;
}

export class ConflictingRows {
  /**
   * per key: its first row's line, then a hash of each figure cell of that row (NaN: no row yet; -1: an empty
   * cell); one slot of `1 + columns` numbers, in one typed array
   */
  private readonly slots: KeyedSlots<Float64Array>;
  private readonly width: number;
  private readonly conflicted = new Set<number>();
  private readonly values = new Map<string, ColumnValues>();
  private lastRow: CsvRecord | undefined;
  private lastKey = 0;

  /**
   * @param columns the figure columns (a wide file's indicator columns, a long file's value column)
   * @param keyOf a row's figure key, hashed
   */
  constructor(
    private readonly columns: readonly number[],
    private readonly keyOf: (row: CsvRecord) => number,
    private readonly cellOf: (row: CsvRecord, index: number) => string,
  ) {
    this.width = 1 + columns.length;
    // (at most SLOT_NUMBERS numbers in all: a wide file of many columns keeps fewer keys)
    this.slots = new KeyedSlots(this.width, (n) => new Float64Array(n).fill(Number.NaN), Math.max(1, Math.min(KEYS_CAP, Math.floor(SLOT_NUMBERS / this.width))));
  }

  /**
   * The pre-pass: a row's figure cells, each hashed, by its key (`key`, where the caller has it already). The first row of
   * a key is kept as hashes; a later row that differs in a column, not empty, is noted at once with its line and cell.
   */
  learn(row: CsvRecord, key = this.keyOf(row)): void {
    const at = this.slots.offsetOf(key, true);
    if (at === undefined) return;
    const a = this.slots.array;
    if (Number.isNaN(a[at]!)) {
      a[at] = row.line;
      // (each cell hashed as written, trimmed: most keys have one row, which pays for no more than that)
      for (let i = 0; i < this.columns.length; i++) {
        const cell = this.cellOf(row, this.columns[i]!);
        a[at + 1 + i] = cell === '' ? -1 : hash52(cell);
      }
      return;
    }
    for (let i = 0; i < this.columns.length; i++) {
      const raw = this.cellOf(row, this.columns[i]!);
      const first = a[at + 1 + i]!;
      if (raw === '' || first === -1 || hash52(raw) === first) continue;
      this.conflicted.add(key);
      const k = `${key}|${this.columns[i]!}`;
      let seen = this.values.get(k);
      if (seen === undefined) {
        if (this.values.size >= VALUES_CAP) continue;
        this.values.set(k, (seen = { firstLine: a[at]!, others: 0, named: [] }));
      }
      seen.others++;
      if (seen.named.length < NAMED) seen.named.push({ line: row.line, cell: raw.slice(0, 24) });
    }
  }

  /**
   * The main pass: for the figure a row gives in a column, where it is the first of rows that give the
   * figure other values, what its notes say of them and what its label adds; else undefined.
   */
  noteFor(row: CsvRecord, column: number): { note: string; label: string } | undefined {
    if (this.conflicted.size === 0) return undefined;
    // (one key a row, however many of its figures ask)
    if (this.lastRow !== row) {
      this.lastRow = row;
      this.lastKey = this.keyOf(row);
    }
    const key = this.lastKey;
    if (!this.conflicted.has(key)) return undefined;
    const seen = this.values.get(`${key}|${column}`);
    if (seen === undefined || seen.others === 0 || seen.firstLine !== row.line) return undefined;
    const listed = seen.named.map((n) => `line ${n.line}: ${n.cell}`).join('; ');
    const more = seen.others > seen.named.length ? `; and ${seen.others - seen.named.length} more` : '';
    return {
      note: `Other rows of the file with the same place, date and breakdown cells give this column other values (${seen.others}: ${listed}${more}); this figure is line ${row.line}'s, the first. They may be parts of the place (sites or villages of one area), the figure given twice (the import's report lists those it rejected), or rows read apart: check the file before using it as the place's whole.`,
      // (in the label too, which `summary`, `cite` and every table show: the value is one row's of several)
      label: ` (line ${row.line}'s value; ${seen.others} other row${seen.others === 1 ? ' gives another' : 's give others'})`,
    };
  }
}
