/**
 * A provider's area matched to another area's p-code: HAPI's poverty rates give OPHI's "Raas" (Región Autónoma del
 * Atlántico Sur) the p-code of Rivas, NI80, beside Rivas's own row for the same period, 32.1 % against 7.8 %; read
 * first, the other area's rate became Rivas's headline and Rivas's own row a rejected conflict. Where the file names
 * the provider's own area (`#adm1+name+provider`) beside the standard name, a row whose provider area is not the
 * standard area, where another row of its key is, is that other area's: not imported, and said.
 *
 * The pre-pass learns, for each key of the other cells (place codes and names, date, breakdowns, the row's indicator
 * and source), whether some row's provider area is its standard area; the main pass asks it of the rows whose
 * provider area is another. Memory stays bounded: one byte for each key, in keyed-slots.ts's one array.
 */
import type { CsvRecord } from './parse-hxl.js';
import { hashCells, KeyedSlots } from './keyed-slots.js';

/** A name folded for comparison: "Bas-Uélé" and "Bas Uele" are one. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export class ProviderAreas {
  private readonly own: KeyedSlots<Uint8Array>;
  private rows = 0;
  private example = '';

  /**
   * @param nameColumn the standard name of the deepest level that has both
   * @param providerColumn the provider's own name of that level (+provider)
   * @param keyColumns every other cell that tells figures apart (place codes and names, date, breakdowns, indicator, source)
   */
  constructor(
    private readonly nameColumn: number,
    private readonly providerColumn: number,
    private readonly keyColumns: readonly number[],
    private readonly cellOf: (row: CsvRecord, index: number) => string,
  ) {
    this.own = new KeyedSlots(1, (n) => new Uint8Array(n));
  }

  /** Whether the row's provider area is its standard area (both given). */
  private isOwn(row: CsvRecord): boolean {
    const provider = this.cellOf(row, this.providerColumn);
    if (provider === '') return false;
    // (most rows spell it as the standard name does: no folding for them)
    const name = this.cellOf(row, this.nameColumn);
    if (provider === name) return true;
    const folded = fold(provider);
    return folded !== '' && folded === fold(name);
  }

  /** Learns a row of the pre-pass. */
  learn(row: CsvRecord): void {
    if (!this.isOwn(row)) return;
    const at = this.own.offsetOf(hashCells(row, this.keyColumns, this.cellOf), true);
    if (at !== undefined) this.own.array[at] = 1;
  }

  /** Whether a row is another provider area's, matched to an area whose own row the file gives too. */
  isOtherArea(row: CsvRecord): boolean {
    const provider = this.cellOf(row, this.providerColumn).trim();
    if (provider === '' || this.isOwn(row) || fold(this.cellOf(row, this.nameColumn)) === '') return false;
    const at = this.own.offsetOf(hashCells(row, this.keyColumns, this.cellOf), false);
    if (at === undefined || this.own.array[at] !== 1) return false;
    if (this.rows++ === 0) this.example = `line ${row.line}: '${provider.slice(0, 60)}' as '${this.cellOf(row, this.nameColumn).trim().slice(0, 60)}'`;
    return true;
  }

  /** The reason a row is not imported. */
  reason(row: CsvRecord): string {
    return `the provider's area '${this.cellOf(row, this.providerColumn).trim().slice(0, 60)}' was matched to '${this.cellOf(row, this.nameColumn).trim().slice(0, 60)}', whose own row the file gives for the same figures: another area's, not imported`;
  }

  /** The report's note, where some rows were another area's. */
  note(): string | undefined {
    if (this.rows === 0) return undefined;
    return `${this.rows} row${this.rows === 1 ? ' names' : 's name'} a provider's area (+provider) other than the area its p-code gives, beside a row of that area's own for the same figures (${this.example}): the matching gave another area that p-code, so ${this.rows === 1 ? 'it is' : 'they are'} not imported and the area keeps its own row`;
  }
}
