/**
 * Place cells that a spreadsheet's merged cells leave blank. A sheet that merges a region's cells
 * over its districts, or a district's over its sectors, exports the place only on the block's first
 * row:
 *
 *     Awdal,Baki,FSC,1000
 *     ,,WASH,500          <- Baki's WASH row, not Somalia's
 *     ,Borama,FSC,2000    <- Borama in Awdal
 *
 * Read as written, the second row is a national figure (one district's sector shown as the
 * country's) and the third a district without its region. The first rows of the file tell the two
 * readings apart (MergedPlaces.detect):
 * - a row whose place cells are all blank is filled from the row above only where such rows, read
 *   as national, would give one figure twice (two national WASH rows of one date cannot both be the
 *   country's), and never where one block of them repeats itself (rows of records, not a merge);
 * - a shallower level left blank under a deeper one that is given (",Borama") takes the level from
 *   the row above, where the row's other shallower levels agree with it and no p-code says otherwise.
 * A real national row (a total at the head or foot of a file without such blanks) is left as it is.
 */
import type { LevelColumns } from './hxl-places.js';
import type { CsvRecord } from './parse-hxl.js';
import { isNationalPlace, isWholePlace, subtotalOf } from './hxl-values.js';

/** How many rows from the top the reading is decided on: a merge shows in the first blocks. */
const DETECT_ROWS = 2_000;

/** A merge is read where at least one row in PARTIAL_SHARE of the first rows leaves a shallower level blank under a deeper one. */
const PARTIAL_SHARE = 50;

/** Thrown to stop reading the rows once the first DETECT_ROWS are seen. */
class Enough extends Error {}

interface Level {
  columns: number[];
  code?: number;
  /** an admin level (0 to 3), not a location below them (#loc), which an admin 3 need not hold */
  admin: boolean;
}

export class MergedPlaces {
  private carry: string[] | undefined;
  /** rows whose blank place cells were filled, and the first of them */
  filled = 0;
  /** of those, rows with every place cell blank, and the first of them; and the first row filled in part */
  private wholeFilled = 0;
  private wholeExample: { line: number; from: number } | undefined;
  private partExample: { line: number; from: number } | undefined;
  example: { line: number; from: number } | undefined;
  private carryLine = 0;

  private constructor(
    private readonly levels: readonly Level[],
    private readonly all: boolean,
    private readonly partial: boolean,
  ) {}

  /**
   * The reading of the file's first rows: undefined where no cell needs filling. `otherKey` keys a
   * row by the cells that tell its figures apart other than its place (date, breakdowns, indicator).
   */
  static detect(eachRow: (onRow: (row: CsvRecord) => void) => void, levels: readonly LevelColumns[], otherKey: (row: CsvRecord) => number): MergedPlaces | undefined {
    const ordered = [...levels].sort((a, b) => a.level - b.level).map((lv): Level => ({ columns: [lv.code, lv.name, lv.altName].filter((c): c is number => c !== undefined), ...(lv.code !== undefined ? { code: lv.code } : {}), admin: lv.level <= 3 }));
    if (ordered.length === 0) return undefined;
    const probe = new MergedPlaces(ordered, true, true);
    const blankKeys = new Set<number>();
    let runKeys = new Set<number>();
    let collisions = 0;
    let runRepeats = 0;
    let rows = 0;
    try {
      eachRow((row) => {
        if (++rows > DETECT_ROWS) throw new Enough();
        if (!ordered.some((lv) => probe.given(row, lv))) {
          if (probe.carry === undefined) return;
          const key = otherKey(row);
          if (runKeys.has(key)) runRepeats++;
          runKeys.add(key);
          if (blankKeys.has(key)) collisions++;
          blankKeys.add(key);
          return;
        }
        // (read on a copy: a table whose rows are held keeps them as written until the reading is decided)
        probe.fill({ line: row.line, cells: [...row.cells] });
        // (a block's first row starts a run: its own figure is among those the run must not repeat)
        runKeys = new Set([otherKey(row)]);
      });
    } catch (e) {
      if (!(e instanceof Enough)) throw e;
    }
    const all = collisions > 0 && runRepeats === 0;
    // (a merge leaves blanks on many rows, a block's every row but its first; a row or two among thousands with a
    // shallower level blank is a record whose area is not known, AWSD's incident at Tirmala with no region under an
    // incident in Rural Damascus: its own place, not the row above's)
    const partial = probe.filled > 0 && probe.filled * PARTIAL_SHARE >= Math.min(rows, DETECT_ROWS);
    if (!all && !partial) return undefined;
    return new MergedPlaces(ordered, all, partial);
  }

  /** Starts a reading of the rows again, from the file's first row. */
  restart(): void {
    this.carry = undefined;
    this.filled = 0;
    this.example = undefined;
    this.wholeFilled = 0;
    this.wholeExample = undefined;
    this.partExample = undefined;
  }

  /** Fills the row's blank place cells from the last row that gave a place, as the file's reading says (the row is changed in place). */
  fill(row: CsvRecord): void {
    const given = this.levels.map((lv) => this.given(row, lv));
    if (!given.some(Boolean)) {
      if (this.all && this.carry !== undefined) {
        this.levels.forEach((lv) => this.copy(row, lv));
        this.count(row, true);
      }
      return;
    }
    if (this.partial && this.carry !== undefined && this.fillsPartly(row, given)) {
      this.levels.forEach((lv, i) => {
        if (!given[i] && this.deeperGiven(row, given, i) && this.carried(lv)) this.copy(row, lv);
      });
      this.count(row, false);
    }
    this.remember(row);
  }

  /** The note for the import report, where any row was filled. */
  note(): string | undefined {
    if (this.filled === 0 || this.example === undefined) return undefined;
    const notes: string[] = [];
    // (rows with no place at all: they take the row above's place, unless really national)
    if (this.wholeFilled > 0 && this.wholeExample !== undefined) {
      notes.push(`${this.wholeFilled} row${this.wholeFilled === 1 ? ' leaves' : 's leave'} every place cell blank under a row that gives them, as a spreadsheet's merged cells do (line ${this.wholeExample.line} under line ${this.wholeExample.from}): each takes the place of the row above, since read as written its rows would give one national figure twice; fill the cells in the file where a blank row is really national`);
    }
    // (rows that give their area but not the one it lies in: only that level is taken, the area is the row's own)
    const parts = this.filled - this.wholeFilled;
    if (parts > 0 && this.partExample !== undefined) {
      notes.push(`${parts} row${parts === 1 ? ' gives' : 's give'} an area but leave${parts === 1 ? 's' : ''} the level above it blank, as a spreadsheet's merged cells do (line ${this.partExample.line} under line ${this.partExample.from}): each row keeps its own area, and takes the level above from the row above`);
    }
    return notes.join('; ');
  }

  private given(row: CsvRecord, lv: Level): boolean {
    return lv.columns.some((c) => (row.cells[c] ?? '').trim() !== '');
  }

  private carried(lv: Level): boolean {
    return lv.columns.some((c) => (this.carry![c] ?? '').trim() !== '');
  }

  /** Whether a row with some place given leaves a shallower level blank that the row above gives, and may take it. */
  private fillsPartly(row: CsvRecord, given: readonly boolean[]): boolean {
    let fills = false;
    for (let i = 0; i < this.levels.length; i++) {
      if (given[i] || !this.deeperGiven(row, given, i) || !this.carried(this.levels[i]!)) continue;
      // (a shallower level the row gives must be the row above's: another country's rows are not its areas)
      if (!this.agreesAbove(row, given, i) || !this.codeAgrees(row, given, this.levels[i]!, i)) return false;
      fills = true;
    }
    return fills;
  }

  /**
   * Whether the row names an admin area deeper than level `i` (a location alone does not: ACLED's
   * "Borno, Jere, (no ward), Khaddamari" and WFP's "National Average" market are no merge; nor does a
   * sum row's name, "Grand Total" or "Lower Juba Total", whose blank levels are blank on purpose).
   */
  private deeperGiven(row: CsvRecord, given: readonly boolean[], i: number): boolean {
    for (let j = i + 1; j < this.levels.length; j++) {
      const lv = this.levels[j]!;
      if (!given[j] || !lv.admin) continue;
      if (lv.columns.some((c) => names(row.cells[c] ?? ''))) return true;
    }
    return false;
  }

  /** Whether every shallower level the row gives above level `i` is the carried row's. */
  private agreesAbove(row: CsvRecord, given: readonly boolean[], i: number): boolean {
    for (let j = 0; j < i; j++) {
      if (!given[j]) continue;
      for (const c of this.levels[j]!.columns) if ((row.cells[c] ?? '').trim().toLowerCase() !== (this.carry![c] ?? '').trim().toLowerCase()) return false;
    }
    return true;
  }

  /** Whether a deeper level's p-code, where given, lies in the carried level's p-code. */
  private codeAgrees(row: CsvRecord, given: readonly boolean[], lv: Level, i: number): boolean {
    if (lv.code === undefined) return true;
    const carried = squash(this.carry![lv.code] ?? '');
    if (carried === '') return true;
    for (let j = i + 1; j < this.levels.length; j++) {
      const code = this.levels[j]!.code;
      if (!given[j] || code === undefined) continue;
      const deeper = squash(row.cells[code] ?? '');
      if (deeper !== '' && !deeper.startsWith(carried)) return false;
    }
    return true;
  }

  private copy(row: CsvRecord, lv: Level): void {
    for (const c of lv.columns) {
      while (row.cells.length <= c) row.cells.push('');
      row.cells[c] = this.carry![c] ?? '';
    }
  }

  private count(row: CsvRecord, whole: boolean): void {
    if (whole) {
      if (this.wholeFilled++ === 0) this.wholeExample = { line: row.line, from: this.carryLine };
    } else if (this.filled - this.wholeFilled === 0) this.partExample = { line: row.line, from: this.carryLine };
    if (this.filled++ === 0) this.example = { line: row.line, from: this.carryLine };
  }

  private remember(row: CsvRecord): void {
    const carry: string[] = [];
    for (const lv of this.levels) for (const c of lv.columns) carry[c] = row.cells[c] ?? '';
    this.carry = carry;
    this.carryLine = row.line;
  }
}

/** Whether a place cell names an area: not blank, nor a sum row's name ("Total", "Awdal Total"), nor the country's ("National"). */
function names(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && !isWholePlace(text) && !isNationalPlace(text) && subtotalOf(text) === undefined;
}

/** A p-code as compared: without case, dashes or spaces ("so-1101" lies in "SO11"). */
function squash(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}
