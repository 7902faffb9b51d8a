/**
 * The closed list of output formats. `--format` choices come from this list, and every
 * renderer map is typed `Record<Format, ...>`, so a new format does not compile until each
 * command can print it.
 */
export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** How output is shaped for the terminal; decided once in cli.ts and passed down. */
export interface RenderOptions {
  color: boolean;
  /** terminal width for wrapping tables; undefined when stdout is not a terminal */
  width?: number | undefined;
}

/** A column of a table or a CSV file: its header and how to get a record's cell. */
export interface Column<R> {
  header: string;
  value: (record: R) => string | number | null;
}

/** The three faces of a list of records: JSON objects, table columns, CSV columns. */
export interface RecordView<R> {
  json: (record: R) => unknown;
  table: ReadonlyArray<Column<R>>;
  csv: ReadonlyArray<Column<R>>;
}
