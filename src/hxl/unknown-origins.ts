/**
 * An origin written as not known ("Not available", "Unknown") beside rows of known origins of the same place, day
 * and other breakdowns: IOM DTM's Haiti on 2024-12-31 gives 52,030 conflict IDPs from Artibonite, 952,048 from Ouest
 * and 6,110 whose origin is "Not available". Where it stands alone (DTM's national rows with no origin at all) the
 * row is not split by origin, and is its key's whole; beside known origins it is one part among them, the people
 * whose origin is not known, never the whole of the day (6,110 "conflict IDPs of Haiti" against 1,011,517).
 *
 * The pre-pass learns, for each key of the other cells (place, date, the other breakdowns, the row's indicator and
 * source), whether some row gives a known origin; the main pass asks it of a row whose origin is not known.
 *
 * It learns too whether a key's rows give one known origin or several. A file of areas within one country that
 * gives one origin a place and date (IOM DTM's baseline assessments: each ward's IDPs, with the state and LGA most
 * of them came from) names where its people came from, not a part of them: where nearly every key has one origin,
 * and the file names at least two, a row whose key has one origin is its key's whole (`onlyOrigin`), and the
 * origin goes to its notes. A key of several origins keeps them as parts; a file of one origin alone (a table of
 * the IDPs from one state) keeps it as the part it is.
 * Memory stays bounded: two numbers for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

/** At most one key in this many may give several origins for a file's single origins to be read as whole. */
const SEVERAL_ORIGINS_AT_MOST = 20;

export class UnknownOrigins {
  /** per key: the hash of its first known origin (NaN: none yet), then 1 once a row gives another */
  private readonly known: KeyedSlots<Float64Array>;
  private parts = 0;
  private example = '';
  private keys = 0;
  private severalKeys = 0;
  /** the first known origin's hash, and whether another was seen anywhere in the file */
  private firstOrigin = Number.NaN;
  private twoOrigins = false;
  private wholes = 0;
  private wholeExample = '';

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
    this.known = new KeyedSlots(2, (n) => new Float64Array(n).fill(Number.NaN));
  }

  /** Learns a row of the pre-pass. */
  learn(row: CsvRecord): void {
    if (!this.originColumns.some((c) => this.isKnown(this.cellOf(row, c)))) return;
    const at = this.known.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at === undefined) return;
    const origin = hashCells(row, this.originColumns, this.cellOf);
    const array = this.known.array;
    if (Number.isNaN(array[at]!)) {
      array[at] = origin;
      this.keys++;
    } else if (array[at] !== origin && array[at + 1] !== 1) {
      array[at + 1] = 1;
      this.severalKeys++;
    }
    if (Number.isNaN(this.firstOrigin)) this.firstOrigin = origin;
    else if (origin !== this.firstOrigin) this.twoOrigins = true;
  }

  /**
   * Whether a row's known origin is the only one of its key, in a file that gives one origin a place and date
   * (see above): then it says where the key's people came from, and the row is the key's whole.
   */
  onlyOrigin(row: CsvRecord): boolean {
    if (!this.twoOrigins || this.severalKeys * SEVERAL_ORIGINS_AT_MOST > this.keys) return false;
    if (!this.originColumns.some((c) => this.isKnown(this.cellOf(row, c)))) return false;
    const at = this.known.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined || Number.isNaN(this.known.array[at]!) || this.known.array[at + 1] === 1) return false;
    if (this.wholes++ === 0) this.wholeExample = `line ${row.line}`;
    return true;
  }

  /** Whether a row whose origin is written as not known is a part: some row of its key gives a known origin. */
  isPart(row: CsvRecord): boolean {
    const at = this.known.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined || Number.isNaN(this.known.array[at]!)) return false;
    if (this.parts++ === 0) this.example = `line ${row.line}`;
    return true;
  }

  /** The report's notes, where such rows were read as parts, or single origins as wholes. */
  notes(): string[] {
    const out: string[] = [];
    if (this.parts > 0) out.push(`${this.parts} origin cell${this.parts === 1 ? '' : 's'} written as not known ('Not available', 'Unknown') beside rows of known origins of the same place, date and breakdowns (${this.example}): read as a part, the people whose origin is not known, not as the whole`);
    if (this.wholes > 0) out.push(`${this.wholes} row${this.wholes === 1 ? ' gives' : 's give'} the only origin of ${this.wholes === 1 ? 'its' : 'their'} place and date (${this.wholeExample}), as the file gives one a place and date: where those people came from, not a part of them, so each such row is its place's whole and its origin is in the figure's notes${this.severalKeys > 0 ? ` (${this.severalKeys} place${this.severalKeys === 1 ? ' and date gives' : 's and dates give'} several, kept as parts)` : ''}`);
    return out;
  }
}
