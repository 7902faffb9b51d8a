/**
 * The closed list of output formats. `--format` choices come from this list, and the renderer
 * map in render.ts is typed `Record<Format, ...>`, so a new format does not compile until it
 * is handled there for every command.
 */
export const FORMATS = ['table', 'plain', 'json', 'ndjson', 'csv', 'tsv', 'hxl'] as const;
export type Format = (typeof FORMATS)[number];

/** JSON and NDJSON: the formats for programs, whose stderr gets no progress line. */
export function isJson(format: string): boolean {
  return format === 'json' || format === 'ndjson';
}

/** How output is shaped for the terminal; decided once in cli.ts and passed down. */
export interface RenderOptions {
  color: boolean;
  /** width for fitting tables: the terminal's, or COLUMNS when piped; undefined: no wrapping */
  width?: number | undefined;
  /** `--human`: numbers in tables and plain text as people say them ("2.8 million") */
  human?: boolean | undefined;
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
  /** the cell with `--human` (tables and plain text only): "2.8 million people" */
  human?: (record: R) => string | number | null;
}

/** A column of one record type read through another: `(r) => r.record` for a figure inside a result. */
export function columnThrough<R, S>(col: Column<R>, get: (record: S) => R): Column<S> {
  const { human, picture, style } = col;
  return {
    header: col.header,
    value: (r) => col.value(get(r)),
    ...(col.hxl !== undefined ? { hxl: col.hxl } : {}),
    ...(human ? { human: (r: S) => human(get(r)) } : {}),
    ...(picture ? { picture: { min: picture.min, draw: (r: S, width: number) => picture.draw(get(r), width) } } : {}),
    ...(style ? { style } : {}),
  };
}

/** The faces of a list of records: JSON objects, table columns, flat columns for CSV/TSV/HXL. */
export interface RecordView<R> {
  /** the JSON object of a record: the documented contract */
  json: (record: R) => Record<string, unknown>;
  /** the keys of that object, in order, for `--json <fields>` */
  fields: readonly string[];
  /**
   * the keys inside a field that is an object, for dot paths such as `--json place.name`: a
   * list, or '*' for any key (a breakdown's dimensions)
   */
  nested?: Readonly<Record<string, readonly string[] | '*'>>;
  /** columns for people (table, plain) */
  table: ReadonlyArray<Column<R>>;
  /** flat columns for csv, tsv and hxl; `--fields` picks among their headers */
  csv: ReadonlyArray<Column<R>>;
  /**
   * columns that depend on the records: added after the table's and the flat columns when no
   * --fields is given (a figure's breakdown dimensions, each a CSV column, when any figure has one)
   */
  more?: (records: readonly R[]) => {
    table: ReadonlyArray<Column<R>>;
    csv: ReadonlyArray<Column<R>>;
    /** flat columns `--fields` may name besides `csv`'s (a figure's `breakdown` text and its dimension columns) */
    fields?: ReadonlyArray<Column<R>>;
  };
  /**
   * rows an HXL export adds after the records' own, in the same columns (the places above a list of
   * figures that no figure of it is placed in); not with --fields, and never in CSV or TSV
   */
  hxlTail?: (records: readonly R[]) => readonly R[];
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
