/**
 * The closed list of output formats. `--format` choices come from this list, and the renderer
 * map in render.ts is typed `Record<Format, ...>`, so a new format does not compile until it
 * is handled there for every command.
 */
export const FORMATS = ['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'hxl'] as const;
export type Format = (typeof FORMATS)[number];

/** How output is shaped for the terminal; decided once in cli.ts and passed down. */
export interface RenderOptions {
  color: boolean;
  /** width for fitting tables: the terminal's, or COLUMNS when piped; undefined: no wrapping */
  width?: number | undefined;
}

/** Colours a table may paint with; each is the identity when colour is off. */
export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  accent: (text: string) => string;
}

/** A column of a table or a CSV file: its header, how to get a record's cell, its HXL hashtag. */
export interface Column<R> {
  header: string;
  value: (record: R) => string | number | null;
  /** the HXL hashtag of this column in `--format hxl` ('' for none) */
  hxl?: string;
  /**
   * a picture such as a bar: `value` draws it at its preferred width; a table that must
   * narrow the column draws it again at the width it gets (never below `min`), never wraps it
   */
  picture?: { min: number; draw: (record: R, width: number) => string };
  /** colours each line of a cell of this column, after the table is laid out (so no escape sequence is cut) */
  style?: (line: string, paint: Paint) => string;
}

/** A column of records of another kind, read through `part` (a figure's columns for rows that hold a figure). */
export function columnOf<R, S>(column: Column<S>, part: (record: R) => S): Column<R> {
  const { picture, ...rest } = column;
  return {
    ...rest,
    value: (r) => column.value(part(r)),
    ...(picture ? { picture: { min: picture.min, draw: (r: R, width: number) => picture.draw(part(r), width) } } : {}),
  };
}

/** The faces of a list of records: JSON objects, table columns, flat columns for CSV/TSV/HXL. */
export interface RecordView<R> {
  /** the JSON object of a record: the documented contract */
  json: (record: R) => Record<string, unknown>;
  /** the keys of that object, in order, for `--json <fields>` */
  fields: readonly string[];
  /** columns for people (table, plain) */
  table: ReadonlyArray<Column<R>>;
  /** flat columns for csv, tsv and hxl; `--fields` picks among their headers */
  csv: ReadonlyArray<Column<R>>;
  /**
   * columns that depend on the records: added after the table's and the flat columns when no
   * --fields is given (a figure's breakdown dimensions, each a CSV column, when any figure has one)
   */
  more?: (records: readonly R[]) => { table: ReadonlyArray<Column<R>>; csv: ReadonlyArray<Column<R>> };
  /** when set, table and plain print this one line per record instead of columns */
  line?: (record: R) => string;
}

/** What a command asked for: the format, the fields to keep, one object or a list. */
export interface OutputRequest {
  format: Format;
  render: RenderOptions;
  /** `--json a,b` or `--fields a,b`: keep only these, in this order */
  fields?: readonly string[] | undefined;
}
