/**
 * Reading an HXL-tagged CSV file: an RFC 4180 reader of our own (quoted fields with commas,
 * line breaks and doubled quotes; CRLF, LF or CR line ends; a byte-order mark), then the HXL
 * hashtag row found as the HXL tagging conventions describe it. Pure: text in, table out.
 */
import { FileInvalidError, type FileIssue } from '../errors.js';
import { parseHashtag, type HxlTag } from './hxl-tags.js';
import { hapiHashtags } from './hapi-schema.js';

/** An HXL file that cannot be read: not CSV, or no hashtag row. Exit 65 like any invalid file. */
export class HxlInvalidError extends FileInvalidError {
  override readonly code = 'HXL_INVALID';
  constructor(issues: FileIssue[]) {
    super(issues, 'HXL');
  }
}

/** One CSV record and the line it starts on (1-based; a quoted line break makes a record span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV text, RFC 4180 with the leniencies spreadsheets need: CR alone also ends
 * a line, spaces may precede an opening quote or follow a closing one, and a quote inside an
 * unquoted field is kept as a character. An unclosed quote, or text after a closing quote, is
 * an HxlInvalidError at its line and column.
 */
export function readCsv(text: string, file: string, delimiter: Delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  scanCsv(text, file, delimiter, { offset: 0, line: 1 }, (cells, line) => {
    records.push({ line, cells });
  });
  return records;
}

/** Where a reading of CSV records starts: a character offset and the line it lies on. */
export interface CsvPosition {
  offset: number;
  line: number;
}

const QUOTE = 34;
const SPACE = 32;
const CR = 13;
const LF = 10;

/**
 * Reads the records of `text` from `from` on, one call of `onRecord` each, without keeping them:
 * a large file is read in one pass and constant memory. `onRecord` returns true to stop; the
 * position after that record is returned (the end of the text otherwise).
 */
export function scanCsv(
  text: string,
  file: string,
  delimiter: Delimiter,
  from: CsvPosition,
  onRecord: (cells: string[], line: number) => boolean | void,
  /**
   * `partial`: the text is a piece of a longer one; a record it does not end (a line without its
   * line break, an open quote) is not read, and the position of its start is returned, for the
   * next piece to begin with. `inside`: the text does not start the file (no byte-order mark).
   */
  piece: { partial?: boolean; inside?: boolean } = {},
): CsvPosition {
  const src = text;
  const n = src.length;
  const sep = delimiter.charCodeAt(0);
  const partial = piece.partial === true;
  let i = from.offset === 0 && !piece.inside && src.charCodeAt(0) === 0xfeff ? 1 : from.offset;
  let line = from.line;
  let lineStart = i;
  const fail = (atLine: number, column: number, message: string): never => {
    throw new HxlInvalidError([{ file, path: '', line: atLine, column, message }]);
  };
  while (i < n) {
    const recordLine = line;
    const recordStart = i;
    const cells: string[] = [];
    for (;;) {
      let j = i;
      while (src.charCodeAt(j) === SPACE) j++;
      if (src.charCodeAt(j) === QUOTE) {
        const quoteLine = line;
        const quoteColumn = j - lineStart + 1;
        i = j + 1;
        let value = '';
        let chunk = i;
        for (;;) {
          if (i >= n) {
            if (partial) return { offset: recordStart, line: recordLine };
            fail(quoteLine, quoteColumn, 'this quoted field is never closed: a quote (") is missing');
          }
          const c = src.charCodeAt(i);
          if (c === QUOTE) {
            value += src.slice(chunk, i);
            if (src.charCodeAt(i + 1) === QUOTE) {
              value += '"';
              i += 2;
              chunk = i;
              continue;
            }
            i++;
            break;
          }
          if (c === LF || c === CR) {
            i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
            line++;
            lineStart = i;
            continue;
          }
          i++;
        }
        while (src.charCodeAt(i) === SPACE) i++;
        const after = src.charCodeAt(i);
        if (i < n && after !== sep && after !== CR && after !== LF) {
          fail(line, i - lineStart + 1, 'text after the closing quote of a field; a quote inside a quoted field is written twice ("")');
        }
        cells.push(value);
      } else {
        const start = i;
        let c = src.charCodeAt(i);
        while (i < n && c !== sep && c !== CR && c !== LF) c = src.charCodeAt(++i);
        cells.push(src.slice(start, i));
      }
      const c = src.charCodeAt(i);
      // a piece that ends inside the record, or between a CR and its LF: the next piece reads it whole
      if (partial && (i >= n || (c === CR && i + 1 >= n))) return { offset: recordStart, line: recordLine };
      if (i < n && c === sep) {
        i++;
        continue;
      }
      if (i < n) {
        i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        lineStart = i;
      }
      break;
    }
    if (onRecord(cells, recordLine) === true) return { offset: i, line };
  }
  return { offset: i, line };
}

/**
 * A hashtag row of a semicolon-separated file: unquoted, its first cell a hashtag or empty, and at
 * least two of its cells hashtags (not a data row of a comma file with ";#" inside a quoted cell).
 */
function isSemicolonHashtagRow(line: string): boolean {
  if (!/^\uFEFF?[ \t]*(?:#[A-Za-z]|;)/.test(line) || line.includes('"')) return false;
  let hashtags = 0;
  // (each a whole hashtag, perhaps with attributes: "#country+code", not "#OCHA dataset export", a title's words)
  for (const cell of line.split(';')) if (/^[ \t]*#[A-Za-z][A-Za-z0-9_]*(?:[ \t]*\+[ \t]*[A-Za-z0-9_]+)*[ \t]*$/.test(cell.replace(/^\uFEFF/, '')) && ++hashtags >= 2) return true;
  return false;
}

/** The cell separators a text may use: commas, tabs, or semicolons (libhxl's .ssv, and spreadsheets saved in locales whose decimal mark is a comma). */
export type Delimiter = ',' | '\t' | ';';

/**
 * Tabs, commas or semicolons: a text is tab-separated when a line of its first 25 has a tab before a
 * hashtag and no comma-separated hashtag (the hashtag row of a TSV file); semicolon-separated when
 * such a line is plainly a hashtag row of semicolons (isSemicolonHashtagRow).
 */
export function delimiterOf(text: string): Delimiter {
  let lines = 0;
  for (let start = 0; start < text.length && lines < HASHTAG_ROW_SEARCH; lines++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 100_000));
    if (/(?:^|\t)\s*#[A-Za-z]/.test(line) && line.includes('\t') && !/,\s*#[A-Za-z]/.test(line)) return '\t';
    if (/(?:^|,)\s*#[A-Za-z]/.test(line) && line.includes(',')) return ',';
    if (isSemicolonHashtagRow(line)) return ';';
    start = end + 1;
  }
  return ',';
}

/** The head of an HXL table. Column i has the label labels[i] ('' when none) and the hashtag tags[i] (null when untagged). */
export interface HxlHead {
  labels: string[];
  /**
   * a group header above the labels (a drought sheet's `HEALTH`, `ESNFI`, `AGRICULTURE`, each
   * over its columns), a merged cell carried right over the empty cells after it; absent where
   * the row above the labels has fewer than two cells filled
   */
  groups?: string[];
  tags: (HxlTag | null)[];
  /** the line of the hashtag row */
  hashtagLine: number;
  /** where the hashtags come from a known schema rather than the file (HAPI's exports since 2025): what the report says */
  schemaNote?: string;
  /** cells of the hashtag row that begin with "#" but are no valid hashtag ("#affected+jan-mar": a hyphen), by column */
  badTags?: ReadonlyMap<number, string>;
  /** cells of the hashtag row read as a hashtag without a stray mark after it ("#sector?": #sector), by column */
  markedTags?: ReadonlyMap<number, string>;
  /**
   * in a file separated by semicolons (a French or Spanish spreadsheet's export), how many number cells with a decimal
   * comma ("28432,541") were read with a point, so far as the rows have been read
   */
  decimalCommas?: DecimalCommas;
}

/** An HXL table whose rows are read as they are needed: a large file is never held as cells. */
export interface HxlRows extends HxlHead {
  /** calls `onRow` with each data row under the hashtag row, in order, blank rows left out; may be called again */
  eachRow(onRow: (row: CsvRecord) => void): void;
}

/** A parsed HXL table, its rows held. */
export interface HxlTable extends HxlRows {
  /** the data rows under the hashtag row, blank rows left out */
  rows: CsvRecord[];
  /** data rows with more or fewer cells than the table has columns */
  ragged: { line: number; cells: number; expected: number }[];
}

/** The HXL tagging conventions: the hashtag row is within the first 25 rows. */
export const HASHTAG_ROW_SEARCH = 25;

/**
 * Whether a row is the hashtag row: libhxl's rule, at least half of its non-empty cells are
 * valid hashtags (a cell that is not, such as a note, leaves its column untagged).
 */
function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const tagged = filled.filter((c) => parseHashtag(c) !== null).length;
  return tagged > 0 && tagged * 2 >= filled.length;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * The table of an HXL CSV text: the first row within the first 25 that is mostly hashtags is
 * the hashtag row; the row just above it, if any, gives the columns' labels (rows further up,
 * titles and notes, are skipped); the rows below are data. Not CSV, or no hashtag row: an
 * HxlInvalidError.
 */
export function parseHxl(text: string, file: string): HxlTable {
  const head = openHxl(text, file);
  const width = head.tags.length;
  const rows: CsvRecord[] = [];
  const ragged: HxlTable['ragged'] = [];
  // (a semicolon file read once first, so that its decimal commas are known before its first row is kept: "12,345" on
  // line 2 is 12.345 when line 9 writes "12,5")
  if (head.decimalCommas !== undefined) head.eachRow(() => {});
  head.eachRow((r) => {
    rows.push(r);
    if (r.cells.length !== width) ragged.push({ line: r.line, cells: r.cells.length, expected: width });
  });
  return { labels: head.labels, tags: head.tags, ...(head.groups ? { groups: head.groups } : {}), ...(head.badTags ? { badTags: head.badTags } : {}), ...(head.markedTags ? { markedTags: head.markedTags } : {}), ...(head.decimalCommas ? { decimalCommas: { ...head.decimalCommas } } : {}), hashtagLine: head.hashtagLine, rows, ragged, eachRow: (onRow) => rows.forEach((r) => onRow(r)) };
}

/**
 * parseHxl without holding the rows: the head is read now (the first 25 records at most), the
 * rows each time `eachRow` is called, straight from the text. Not CSV, or no hashtag row: an
 * HxlInvalidError (a quote left open further down is thrown by `eachRow`).
 */
export function openHxl(text: string, file: string): HxlRows {
  const read = readHead(text, file, false)!;
  // (no hashtag row, but a header of HAPI's schema: its hashtags, the header their labels, the data from line 2)
  const hapi = read.tagRecord === undefined && read.first.length > 0 && read.first[0]!.line === 1 ? hapiHashtags(read.first[0]!.cells) : undefined;
  const second = hapi === undefined ? -1 : lineOffset(text, 2, 0, 1);
  const head = hapi === undefined || second === -1 ? read : { ...read, tagRecord: { line: 1, cells: hapi.tags }, first: [read.first[0]!], body: { offset: second, line: 2 } };
  const decimalCommas: DecimalCommas | undefined = head.delimiter === ';' ? { count: 0, seen: false } : undefined;
  return {
    ...headOf(head, file),
    ...(hapi !== undefined && head !== read ? { schemaNote: hapi.note } : {}),
    ...(decimalCommas ? { decimalCommas } : {}),
    eachRow(onRow) {
      if (decimalCommas) decimalCommas.count = 0;
      scanCsv(text, file, head.delimiter, head.body, (cells, line) => {
        if (!isBlank(cells)) onRow({ line, cells: decimalCommas ? withDecimalPoints(cells, decimalCommas) : cells });
      });
    },
  };
}

/**
 * A number with a decimal comma, as a spreadsheet saved with semicolons writes it: "28432,541", "12,5", "45,5%", its
 * thousands perhaps grouped by spaces or points ("28 432,54", "1.234,5"). "1,250" alone may group thousands (libhxl's own
 * .ssv example does): read as a decimal only once the file has shown decimal commas elsewhere (DecimalCommas.seen).
 */
const DECIMAL_COMMA_CELL = /^\s*(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+),\d+\s*%?\s*$/;
const THOUSANDS_COMMA_CELL = /^\s*\d{1,3},\d{3}\s*$/;

/** What a semicolon file's cells said of its decimal commas: how many were read with a point in this reading, and whether any was sure. */
export interface DecimalCommas {
  count: number;
  example?: string;
  /** a cell that can only be a decimal comma was seen (kept across readings: a second reading knows it from the first row) */
  seen: boolean;
  /**
   * the columns where a cell can only group thousands with commas ("1,135,999", "1,234.5"): their "433,412" is 433412
   * whatever the file's other columns write ("47,5" in a column of percentages); kept across readings, as `seen` is
   */
  grouped?: Set<number>;
}

/** A number whose commas can only group thousands: two groups or more ("1,135,999"), or a decimal point after them ("1,234.5"). */
const COMMA_GROUPED_CELL = /^\s*-?\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)\s*$/;

/** A semicolon file's cells with their decimal commas written as points (their thousands' spaces or points dropped), counted. */
function withDecimalPoints(cells: string[], seen: DecimalCommas): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!cell.includes(',')) continue;
    if (COMMA_GROUPED_CELL.test(cell)) {
      (seen.grouped ??= new Set()).add(i);
      continue;
    }
    if (!DECIMAL_COMMA_CELL.test(cell)) continue;
    if (THOUSANDS_COMMA_CELL.test(cell)) {
      if (!seen.seen || seen.grouped?.has(i) === true) continue;
    } else seen.seen = true;
    out ??= cells.slice();
    out[i] = cell.replace(/[ \u00a0\u202f.](?=\d{3}(?:\D|$))/g, '').replace(',', '.');
    seen.count++;
    seen.example ??= cell.trim();
  }
  return out ?? cells;
}

/** A text read in pieces from its start, each time the function is called: a file read twice rather than held. */
export type TextPieces = () => Iterable<string>;

/**
 * openHxl for a text read in pieces (a large file): the head from the first pieces, the rows
 * each time `eachRow` is called, the text read again from its start, a piece at a time, so that
 * it is never held whole. The same rows, lines and errors as openHxl on the whole text.
 */
export function openHxlPieces(pieces: TextPieces, file: string): HxlRows {
  let text = '';
  let head: Head | undefined;
  // a head not yet whole is read again only once the text has doubled: linear, however long its records
  let wait = 0;
  for (const piece of pieces()) {
    text += piece;
    if (text.length < wait) continue;
    head = readHead(text, file, true);
    if (head) break;
    wait = text.length * 2;
  }
  head ??= readHead(text, file, false)!;
  const { delimiter, body } = head;
  text = '';
  const decimalCommas: DecimalCommas | undefined = delimiter === ';' ? { count: 0, seen: false } : undefined;
  return {
    ...headOf(head, file),
    ...(decimalCommas ? { decimalCommas } : {}),
    eachRow(onRow) {
      if (decimalCommas) decimalCommas.count = 0;
      const onRecord = (cells: string[], line: number) => {
        if (!isBlank(cells)) onRow({ line, cells: decimalCommas ? withDecimalPoints(cells, decimalCommas) : cells });
      };
      // the head is skipped by its length: every reading of the pieces gives the same text
      let skip = body.offset;
      let carry = '';
      let line = body.line;
      // a record longer than a piece (a huge quoted cell) is read again only once the text carried
      // has doubled, so that reading it stays linear in its length
      let wait = 0;
      for (const piece of pieces()) {
        let window = carry + piece;
        if (skip > 0) {
          const cut = Math.min(skip, window.length);
          skip -= cut;
          window = window.slice(cut);
        }
        if (window.length < wait) {
          carry = window;
          continue;
        }
        const at = scanCsv(window, file, delimiter, { offset: 0, line }, onRecord, { partial: true, inside: true });
        carry = window.slice(at.offset);
        line = at.line;
        wait = at.offset === 0 ? window.length * 2 : 0;
      }
      if (carry !== '') scanCsv(carry, file, delimiter, { offset: 0, line }, onRecord, { inside: true });
    },
  };
}

interface Head {
  delimiter: Delimiter;
  tagRecord: CsvRecord | undefined;
  first: CsvRecord[];
  /** where the data rows start */
  body: CsvPosition;
}

/** Lines of text a head needs for the delimiter and the hashtag row to be known (see delimiterOf). */
const HEAD_LINES = 25;

/**
 * The records up to the hashtag row (at most HASHTAG_ROW_SEARCH) of a text, or, for a `partial`
 * text that may go on, undefined when the text does not yet hold them all.
 */
function readHead(text: string, file: string, partial: boolean): Head | undefined {
  if (partial) {
    let lines = 0;
    for (let at = text.indexOf('\n'); at !== -1 && lines < HEAD_LINES; at = text.indexOf('\n', at + 1)) lines++;
    if (lines < HEAD_LINES) return undefined;
  }
  const delimiter = delimiterOf(text);
  const first: CsvRecord[] = [];
  let tagRecord: CsvRecord | undefined;
  let from: CsvPosition = { offset: 0, line: 1 };
  let body: CsvPosition;
  // the first line skipped as no CSV: the error, where no hashtag row is found after all (the hashtag row itself was bad)
  let firstError: unknown;
  let hashtagLike = false;
  for (;;) {
    try {
      body = scanCsv(
        text,
        file,
        delimiter,
        from,
        (cells, line) => {
          const record = { line, cells };
          if (isHashtagRow(cells)) tagRecord = record;
          else first.push(record);
          return tagRecord !== undefined || first.length >= HASHTAG_ROW_SEARCH;
        },
        { partial, inside: from.offset > 0 },
      );
      break;
    } catch (err) {
      // a line above the hashtag row that is no CSV (a scraper's JSON note, '#{"source_date": ...}'):
      // a title row, kept whole as one cell and skipped like any other; below the hashtag row it is an error
      const at = err instanceof HxlInvalidError ? err.issues[0]?.line : undefined;
      if (at === undefined || at < from.line || tagRecord !== undefined || first.length >= HASHTAG_ROW_SEARCH) throw err;
      // (the lines are counted on from where this reading began, once: a text of many bad lines stays linear)
      const start = lineOffset(text, at, from.offset, from.line);
      const next = start === -1 ? -1 : lineOffset(text, at + 1, start, at);
      if (next === -1) throw err;
      const lineText = text.slice(start, next).replace(/\r?\n$|\r$/, '');
      // (the error to give where no hashtag row is found: the bad line that looks like one, else the first)
      if (firstError === undefined || (/(?:^|,)\s*"?#[a-z]/i.test(lineText) && !hashtagLike)) {
        firstError = err;
        hashtagLike = /(?:^|,)\s*"?#[a-z]/i.test(lineText);
      }
      first.push({ line: at, cells: [lineText] });
      from = { offset: next, line: at + 1 };
    }
  }
  if (partial && tagRecord === undefined && first.length < HASHTAG_ROW_SEARCH) return undefined;
  // (only where that line looks like a hashtag row: a scraper's JSON note above no hashtag row at all is no bad hashtag
  // row, and the file is said to have none)
  if (tagRecord === undefined && firstError !== undefined && hashtagLike) throw firstError;
  return { delimiter, tagRecord, first, body };
}

/** The offset where line `line` (1-based) starts, counting from `offset` on line `fromLine`; -1 past the text's end. */
function lineOffset(text: string, line: number, offset: number, fromLine: number): number {
  const LINE_END = /\r\n?|\n/g;
  LINE_END.lastIndex = offset;
  let at = offset;
  for (let l = fromLine; l < line; l++) {
    const m = LINE_END.exec(text);
    if (!m) return -1;
    at = m.index + m[0].length;
  }
  return at < text.length ? at : -1;
}

/**
 * The most columns an HXL file may have. Spreadsheets hold at most 16,384 (Excel, LibreOffice) or
 * 18,278 (Google Sheets), and HDX's widest tables have a few thousand; a wider file is no table
 * of figures to report on column by column, and reading one costs time and memory in its width
 * (20,000 columns take about a second).
 */
export const MAX_COLUMNS = 20_000;

/** The labels and hashtags of a head, or the HxlInvalidError of a text without a hashtag row (or with more than MAX_COLUMNS columns). */
function headOf(head: Head, file: string): HxlHead {
  const { tagRecord, first } = head;
  if (tagRecord === undefined) {
    const records = first;
    const looked = Math.min(records.length, HASHTAG_ROW_SEARCH);
    const hint = records.some((r) => r.cells.length === 1 && /[;\t]#[a-z]/i.test(r.cells[0]!))
      ? '; the file seems to use semicolons or tabs, not commas'
      : '';
    throw new HxlInvalidError([
      {
        file,
        path: '',
        line: records[0]?.line ?? 1,
        column: 1,
        message:
          records.length === 0
            ? 'the file is empty; expected a CSV with an HXL hashtag row'
            : `no HXL hashtag row (such as #country+code,#affected+idps) in the first ${looked} row${looked === 1 ? '' : 's'}${hint}`,
      },
    ]);
  }
  const labelRecord = first.length > 0 ? first[first.length - 1] : undefined;
  const width = Math.max(tagRecord.cells.length, labelRecord?.cells.length ?? 0);
  if (width > MAX_COLUMNS) {
    const wider = labelRecord !== undefined && labelRecord.cells.length > tagRecord.cells.length ? labelRecord : tagRecord;
    throw new HxlInvalidError([
      {
        file,
        path: '',
        line: wider.line,
        column: 1,
        message: `the ${wider === tagRecord ? 'hashtag' : 'header'} row has ${width.toLocaleString('en-US')} columns; humfig reads at most ${MAX_COLUMNS.toLocaleString('en-US')}, more than a spreadsheet holds: split the file, or write it long (one row per figure, #indicator+code and #indicator+value+num)`,
      },
    ]);
  }
  const tags: (HxlTag | null)[] = [];
  const labels: string[] = [];
  const badTags = new Map<number, string>();
  const markedTags = new Map<number, string>();
  for (let c = 0; c < width; c++) {
    const cell = tagRecord.cells[c] ?? '';
    const tag = parseHashtag(cell);
    tags.push(tag);
    if (tag === null && cell.trim().startsWith('#')) badTags.set(c, cell.trim().slice(0, 80));
    // (and a hashtag written without its "#", "affected+refugees" beside "#affected+idp": said, never read)
    else if (tag === null && /^[a-z][a-z0-9_]*(?:\+[a-z0-9_]+)+$/i.test(cell.trim()) && parseHashtag(`#${cell.trim()}`) !== null) badTags.set(c, cell.trim().slice(0, 80));
    else if (tag !== null && /[?*!.:;]\s*$/.test(cell)) markedTags.set(c, cell.trim().slice(0, 80));
    labels.push((labelRecord?.cells[c] ?? '').trim());
  }
  const groupRecord = first.length > 1 ? first[first.length - 2] : undefined;
  const filled = groupRecord ? groupRecord.cells.filter((c) => c.trim() !== '').length : 0;
  const bad = { ...(badTags.size > 0 ? { badTags } : {}), ...(markedTags.size > 0 ? { markedTags } : {}) };
  if (groupRecord === undefined || filled < 2) return { labels, tags, hashtagLine: tagRecord.line, ...bad };
  const groups: string[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const cell = (groupRecord.cells[c] ?? '').trim();
    if (cell !== '') carried = cell;
    groups.push(carried);
  }
  return { labels, tags, groups, hashtagLine: tagRecord.line, ...bad };
}
