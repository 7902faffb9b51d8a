/**
 * `humfig import hxl <file>`: an HXL-tagged CSV (humfig's own export, or an HDX-style file with
 * one column per indicator) into a humfig-facts/1 file, written atomically with --out, with a
 * report of how each column was mapped and which rows were rejected, by line.
 */
import { EXIT, FileInvalidError, type ExitCode, type FileIssue } from '../errors.js';
import { MAX_FILE_BYTES, NotUtf8Error, bytePieces, decodeUtf8, filePieces, onlyUtf8, refuseUtf16Or32, readFileBytes, regularFileSize, windows1252Marks } from '../facts/read-text-file.js';
import { checkOutputPath } from '../fs/write-file-atomic.js';
import { importRows, RECORD_ID_USE, type ImportOptions, type ImportReport } from '../hxl/import-hxl.js';
import { indicatorFromHashtag, parseHashtag } from '../hxl/hxl-tags.js';
import { openHxl, openHxlPieces, type HxlRows } from '../hxl/parse-hxl.js';
import { renderJson } from '../output/render-json.js';
import { FactsWriter } from './facts-writer.js';
import { isJson } from '../output/formats.js';
import { NO_PROGRESS_LINE, type ProgressLine } from './progress-line.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { CommonOptions, Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

/** The core's options the command passes on as given (each documented on `ImportOptions`). */
type PassedOn = 'today' | 'datasetId' | 'sourceId' | 'publisher' | 'published' | 'asOf' | 'country' | 'repeats';

export interface ImportHxlOptions extends CommonOptions, Pick<ImportOptions, PassedOn> {
  file: string;
  out?: string | undefined;
  encoding?: Encoding | undefined;
  /** from this size on a named file is read in pieces (PIECES_MIN_BYTES unless given: tests give less) */
  piecesMinBytes?: number | undefined;
  /** standard input's bytes, for file '-' */
  stdin: (max: number) => Promise<Buffer>;
  /** where the import says how far it has got (default: nowhere) */
  progress?: ProgressLine | undefined;
}

/** How many rejected rows the error of a refused file lists, after its summary. */
const REFUSED_ROWS_LISTED = 1000;

/** How many unused columns the report for people lists, one line each, before a count of the rest. */
const UNUSED_COLUMNS_LISTED = 30;

/** The report for people: what was read, then one line per note, unused column (the first 30, then a count) and rejected row (the first 10, then a count). */
function reportLines(file: string, out: string | undefined, r: ImportReport): string {
  const lines = [
    `imported ${r.figures} figure${r.figures === 1 ? '' : 's'} from ${file} (${r.shape} format; ${r.totals} total${r.totals === 1 ? '' : 's'}, ${r.breakdowns} with a breakdown)${out ? ` into ${out}` : ''}`,
  ];
  for (const n of r.notes) lines.push(`  note: ${n}`);
  for (const c of r.unmapped.slice(0, UNUSED_COLUMNS_LISTED)) lines.push(`  column ${c.index + 1} ${JSON.stringify(c.label)} ${c.tag ?? '(no hashtag)'}: ${c.reason === RECORD_ID_USE ? 'used as' : 'not used:'} ${c.reason}`);
  if (r.unmapped.length > UNUSED_COLUMNS_LISTED) lines.push(`  ... and ${r.unmapped.length - UNUSED_COLUMNS_LISTED} more columns not used (${r.unmapped.length} in all; --format json lists every one)`);
  for (const x of r.rejected.slice(0, 10)) lines.push(`  line ${x.line}${x.column ? `, column ${JSON.stringify(x.column)}` : ''}: rejected: ${x.reason}`);
  if (r.rejected.length > 10) lines.push(`  ... and ${r.rejected.length - 10} more rejected (${r.rejected.length} in all; --format json lists every one)`);
  return `${lines.map(sanitizeTerminal).join('\n')}\n`;
}

/** The encodings --encoding accepts; latin1 is read as Windows-1252, its superset, as browsers do. */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The file's text in the encoding asked for; a file that is not UTF-8 gets a hint naming --encoding.
 * A file that can only be UTF-8 (onlyUtf8) is read so whatever --encoding says, and `note` says why;
 * a UTF-16 file is refused as without it.
 */
function decode(bytes: Buffer, display: string, encoding: Encoding): { text: string; note?: string } {
  refuseWorkbook(bytes, display);
  if (encoding !== 'utf-8') {
    refuseUtf16Or32(bytes, display, 'facts');
    const only = onlyUtf8([bytes]);
    if (only !== undefined) return { text: decodeUtf8(bytes, display, 'facts'), note: utf8Note(only, encoding) };
    return { text: windows1252Marks(new TextDecoder('windows-1252').decode(bytes)) };
  }
  try {
    return { text: decodeUtf8(bytes, display, 'facts') };
  } catch (e) {
    if (e instanceof FileInvalidError && /invalid UTF-8/.test(e.message)) {
      throw new FileInvalidError(
        e.issues.map((i) => ({ ...i, message: `${i.message}; if it was saved from Excel or an older system, give --encoding windows-1252 (or latin1)` })),
        'HXL',
      );
    }
    throw e;
  }
}

/** Why a file was read as UTF-8 though --encoding named another: Excel's "CSV UTF-8" mark, or letters the other would garble ("Chocó" as "ChocÃ³"). */
function utf8Note(only: 'bom' | 'utf-8', encoding: Encoding): string {
  return only === 'bom'
    ? `the file begins with UTF-8's byte-order mark: read as UTF-8, not as --encoding ${encoding}`
    : `the file is valid UTF-8 and holds characters beyond ASCII: read as UTF-8, not as --encoding ${encoding}, which would garble them (UTF-8's 'ó' read so is 'Ã³')`;
}

/**
 * An Excel workbook given as the file (.xlsx, a zip: "PK\x03\x04"; .xls, an OLE file: D0 CF 11 E0): no
 * encoding reads it, so it is said as what it is, with what to do, rather than as text that is not UTF-8.
 */
function refuseWorkbook(bytes: Buffer, display: string): void {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!zip && !ole) return;
  throw new FileInvalidError(
    [{ file: display, path: '', line: 1, message: `${zip ? 'a zip archive, such as an Excel workbook (.xlsx)' : 'an Excel workbook (.xls)'}, not a CSV file: open it and save the sheet that holds the hashtag row as CSV (UTF-8), then import that` }],
    'HXL',
  );
}

/** From this size on a named file is read in pieces (see openHxlPieces) rather than held whole. */
export const PIECES_MIN_BYTES = 64 * 1024 * 1024;

/**
 * `work`, where a file read in pieces that turns out not to be UTF-8 gets the error of a file read
 * whole (with the byte and line, and the hint naming --encoding): the file is then read whole to
 * say where.
 */
function withUtf8Errors<T>(work: () => T, file: string, display: string): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof NotUtf8Error) decode(readFileBytes(file, file, 'source'), display, 'utf-8');
    throw err;
  }
}

export async function importHxlCommand(options: ImportHxlOptions, io: Io): Promise<ExitCode> {
  const display = options.file === '-' ? 'standard input' : options.file;
  const encoding = options.encoding ?? 'utf-8';
  // a large file is read a piece at a time, twice, and never held; standard input and smaller
  // files are read whole (standard input to the size of a file humfig reads whole); the bytes
  // are not kept once decoded (no name holds them), which halves the memory of a large import
  const size = options.file === '-' ? undefined : regularFileSize(options.file, options.file, 'source');
  let rows: HxlRows;
  let length: number;
  let encodingNote: string | undefined;
  if (size !== undefined && size >= (options.piecesMinBytes ?? PIECES_MIN_BYTES) && size <= MAX_FILE_BYTES) {
    const only = encoding === 'utf-8' ? undefined : onlyUtf8(bytePieces(options.file, display));
    if (only !== undefined) encodingNote = utf8Note(only, encoding);
    rows = withUtf8Errors(() => openHxlPieces(filePieces(options.file, display, encoding === 'utf-8' || only !== undefined ? 'utf-8' : 'windows-1252'), display), options.file, display);
    length = size;
  } else {
    const decoded = decode(options.file === '-' ? await options.stdin(MAX_FILE_BYTES) : readFileBytes(options.file, options.file, 'source'), display, encoding);
    const text = decoded.text;
    encodingNote = decoded.note;
    rows = openHxl(text, display);
    length = text.length;
  }
  // an output that cannot be written is said before the work, not after it
  if (options.out) checkOutputPath(options.out);
  const json = isJson(options.format);
  const progress = options.progress ?? NO_PROGRESS_LINE;
  const writer = FactsWriter.for(options.out, [options.file], length);
  try {
    const { envelope, report } = withUtf8Errors(() => importRows(
      rows,
      display,
      {
        today: options.today,
        ...(options.datasetId ? { datasetId: options.datasetId } : {}),
        ...(options.sourceId ? { sourceId: options.sourceId } : {}),
        ...(options.publisher ? { publisher: options.publisher } : {}),
        ...(options.published ? { published: options.published } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(options.country ? { country: options.country } : {}),
        ...(options.repeats ? { repeats: options.repeats } : {}),
        onProgress: progress.onProgress,
      },
      (figure) => writer.add(figure),
    ), options.file, display);
    progress.end();
    if (encodingNote !== undefined) report.notes.unshift(encodingNote);
    if (report.figures === 0) {
      // (how many were rejected, so that the first row's own count, "2 figures not imported", is not read as the file's)
      const n = report.rejected.length;
      // (a header kept without its data: said as it is, not as figures that could not be read)
      const why = report.rows === 0 ? ': it has no rows after its hashtag row (an empty extract, or a header kept without its data)' : report.rejected[0] ? `; ${n} row${n === 1 ? ' or cell was' : 's or cells were'} rejected${mostCommonReason(report.rejected)}; the first rejected row: line ${report.rejected[0].line}: ${report.rejected[0].reason}` : figureColumnsNotUsed(report.unmapped);
      // (then every rejected row, by line, as the report lists them with --format json when the import succeeds)
      // (up to REFUSED_ROWS_LISTED of them: an error's size is not the input's)
      const rows: FileIssue[] = report.rejected.slice(0, REFUSED_ROWS_LISTED).map((x) => ({ file: display, path: '', line: x.line, message: `${x.column ? `column ${JSON.stringify(x.column)}: ` : ''}rejected: ${x.reason}` }));
      if (n > REFUSED_ROWS_LISTED) rows.push({ file: display, path: '', message: `... and ${n - REFUSED_ROWS_LISTED} more rows or cells rejected` });
      // (the one-line message already says how many rows were rejected: no "(and N more problems)" after it)
      throw new FileInvalidError([{ file: display, path: '', message: `no figure could be read from this HXL file${why}` }, ...rows], 'facts', 0);
    }
    // the report goes to stderr, always: stdout is the facts document or nothing
    await writer.finish(envelope, io, progress.wait);
    const summary = json ? renderJson({ file: display, out: options.out ?? null, ...report }) : reportLines(display, options.out, report);
    io.err(summary.startsWith('{') ? summary : summary.replace(/^/, 'humfig: '));
    return EXIT.ok;
  } finally {
    progress.end();
    writer.close();
  }
}


/** Runs `humfig import hxl` as the command line asked. */
export function run(
  { args, flags: f }: CommandInput<{ out?: string; datasetId?: string; sourceId?: string; publisher?: string; published?: string; asOf?: string; country?: string; repeats?: 'sum' | 'first'; encoding?: Encoding }>,
  context: CommandContext,
): Promise<ExitCode> {
  const common = context.common(f);
  // (--facts names a file to read, and this command reads none: said, so that no one takes it for a merge)
  if ((f as { facts?: unknown }).facts !== undefined) context.io.err('humfig: note: --facts is not read by import hxl, which writes a new facts file of the imported figures alone (--out, else standard output)\n');
  return importHxlCommand(
    {
      ...common,
      progress: context.progress('importing (each row is read twice)', isJson(common.format)),
      file: args[0] as string,
      out: f.out,
      today: context.today(),
      datasetId: f.datasetId,
      sourceId: f.sourceId,
      publisher: f.publisher,
      published: f.published,
      asOf: f.asOf,
      country: f.country,
      repeats: f.repeats,
      encoding: f.encoding,
      stdin: context.readStdinBytes,
    },
    context.io,
  );
}

/** How many such columns the message names before a count of the rest. */
const MAX_COLUMNS_NAMED = 6;

/**
 * Why a file with figure columns gave no figure, where no row was rejected: each such column that
 * was not used and why ("11 \"Net money\" #value+net: an amount of money in no stated currency ...").
 * Empty when there is none (a file with a hashtag row and no data). Bounded, whatever the file.
 */
export function figureColumnsNotUsed(unmapped: ReadonlyArray<{ index: number; label: string; tag: string | null; reason: string }>): string {
  // a column whose hashtag names an indicator (the importer's own reading of it: people, money, #indicator+num)
  const figureColumns = unmapped.filter((c) => {
    const tag = c.tag === null ? null : parseHashtag(c.tag);
    return tag !== null && indicatorFromHashtag(tag) !== null;
  });
  // money and people before other indicators: the columns a user most likely meant
  figureColumns.sort((a, b) => Number(a.tag!.startsWith('#indicator')) - Number(b.tag!.startsWith('#indicator')) || a.index - b.index);
  if (figureColumns.length === 0) return '';
  const named = figureColumns
    .slice(0, MAX_COLUMNS_NAMED)
    .map((c) => `${c.index + 1} ${JSON.stringify(c.label.slice(0, 60))} ${c.tag!.slice(0, 60)}: ${c.reason.slice(0, 200)}`)
    .join('; ');
  const more = figureColumns.length > MAX_COLUMNS_NAMED ? `; and ${figureColumns.length - MAX_COLUMNS_NAMED} more such column${figureColumns.length - MAX_COLUMNS_NAMED === 1 ? '' : 's'}` : '';
  return `; the figure columns were not used: ${named}${more}`;
}

/**
 * Where most rejected rows of a file that gave no figure fail for another reason than its first row, that reason,
 * first: the DHS Quickstats' first row is a rate with no unit, but 78 of its 108 rows are percentages that say
 * nothing of what they count. Reasons are told apart with their quoted words and numbers left out. Empty where the
 * first row's reason is the most common (or ties with it).
 */
function mostCommonReason(rejected: readonly { line: number; reason: string }[]): string {
  // (a quote opens after no letter: "the indicator's name ('Total fertility rate 15-49')")
  const kindOf = (reason: string) => reason.replace(/(?<![\p{L}])'[^']*'(?![\p{L}])/gu, "'…'").replace(/\d+/g, 'N');
  const counts = new Map<string, { n: number; line: number; reason: string }>();
  for (const r of rejected) {
    const kind = kindOf(r.reason);
    const seen = counts.get(kind);
    if (seen === undefined) counts.set(kind, { n: 1, line: r.line, reason: r.reason });
    else seen.n++;
  }
  const first = counts.get(kindOf(rejected[0]!.reason))!;
  let top = first;
  for (const c of counts.values()) if (c.n > top.n) top = c;
  return top === first ? '' : `, ${top.n} of them for the most common reason, first on line ${top.line}: ${top.reason}`;
}
