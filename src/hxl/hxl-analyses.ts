/**
 * Analyses of different dates in one file (IPC's `#date+analysis`: "Sep 2021", "Mar 2022"). Two
 * analyses may estimate the same area and phase on the same date (the end of their periods): an analysis of March projects the
 * months an analysis of the September before had projected too. The latest analysis is the
 * figure; an earlier one is kept, with its analysis date as a breakdown (`analysis: 2021-09`), as
 * history: never the total, never a repeat of the later one, never added to it.
 *
 * The importer reads its file twice: the first reading learns, for the cells that make a figure
 * what it is (its places, dates and breakdowns, and the period of its column), the latest
 * analysis that gives it; the second asks of each figure whether a later analysis gives it too.
 * Pure: cells in, dates out.
 */
import { parseDate } from './hxl-values.js';

/** How many figures' cells are remembered: an IPC file has a few thousand areas, phases and periods. */
const KEY_LIMIT = 500_000;

/** The cells of a row, by column. */
export interface RowCells {
  readonly cells: readonly string[];
}

/** A figure column and the columns of its own period, where it has one (IPC's `+first_projection`). */
export interface FigureColumn {
  readonly index: number;
  readonly period?: { readonly start?: number; readonly end?: number };
}

export class AnalysisHistory {
  /** the figure's cells -> the latest analysis date giving it */
  private readonly latest = new Map<string, string>();
  private readonly dates = new Map<string, string | undefined>();
  /** false once the file holds more figures than are remembered: then every analysis counts as the latest */
  private complete = true;
  /** the distinct periods of the figure columns (most share the row's) */
  private readonly periods: ReadonlyArray<FigureColumn['period']>;

  /**
   * @param column the analysis date column
   * @param identity the columns that make a figure what it is, besides its figure column and date: places, breakdowns
   * @param rowDate the columns of the row's date, for the figure columns without a period of their own
   */
  constructor(
    private readonly column: number,
    private readonly identity: readonly number[],
    private readonly rowDate: readonly number[],
    figureColumns: readonly FigureColumn[],
  ) {
    const seen = new Map<string, FigureColumn['period']>();
    for (const c of figureColumns) seen.set(`${c.period?.end ?? c.period?.start}`, c.period);
    this.periods = [...seen.values()];
  }

  /** The first reading: the analysis of this row is the latest of its figures' so far. */
  learn(row: RowCells): void {
    if (!this.complete) return;
    const date = this.dateOf(row);
    if (date === undefined) return;
    for (const period of this.periods) {
      const key = this.keyOf(row, period);
      const known = this.latest.get(key);
      if (known === undefined && this.latest.size >= KEY_LIMIT) {
        this.complete = false;
        this.latest.clear();
        return;
      }
      if (known === undefined || date > known) this.latest.set(key, date);
    }
  }

  /** The second reading: the row's analysis date, where a later analysis gives this column's figure too; else undefined. */
  earlierThanLatest(row: RowCells, column: FigureColumn): string | undefined {
    if (!this.complete) return undefined;
    const date = this.dateOf(row);
    if (date === undefined) return undefined;
    const latest = this.latest.get(this.keyOf(row, column.period));
    return latest !== undefined && date < latest ? date : undefined;
  }

  private dateOf(row: RowCells): string | undefined {
    const raw = (row.cells[this.column] ?? '').trim();
    if (raw === '') return undefined;
    if (this.dates.has(raw)) return this.dates.get(raw);
    const d = parseDate(raw);
    const date = d.ok ? d.date : undefined;
    if (this.dates.size < 10_000) this.dates.set(raw, date);
    return date;
  }

  private keyOf(row: RowCells, period: FigureColumn['period']): string {
    let key = '';
    for (const c of this.identity) key += `${(row.cells[c] ?? '').trim().toLowerCase()}\u0000`;
    // a column's own period (a projection's) dates its figure by its end, as the figure's id does;
    // which columns hold that period tells a projection from the current figures of the same day
    if (period) key += `${period.end ?? period.start}:${(row.cells[period.end ?? period.start ?? -1] ?? '').trim()}`;
    else for (const c of this.rowDate) key += `${(row.cells[c] ?? '').trim()}\u0000`;
    return key;
  }
}
