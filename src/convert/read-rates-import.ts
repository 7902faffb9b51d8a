/**
 * What `rates import` reads: any file a user is likely to hold rates in, recognised by its
 * content (never by its name), or refused with what it looks like and what is accepted.
 *  - a zip holding one such file (the ECB's eurofxref-hist.zip), recognised by its magic bytes
 *    before any decoding, so a zip never meets the UTF-8 check;
 *  - the ECB's four reference-rate files (ecb-import.ts) and the ECB Data Portal's CSV
 *    (portal-import.ts): rates per 1 EUR, published by the ECB;
 *  - a plain dated table in any base (table-import.ts), with the base, the quoting unit and the
 *    publisher said by the user (--base, --per, --source).
 */

import type { OnProgress } from '../domain/progress.js';
import { FileInvalidError, UsageError } from '../errors.js';
import { decodeUtf8 } from '../facts/read-text-file.js';
import { splitCsvCells, textLines } from './csv-cells.js';
import { parseEcbFile } from './ecb-import.js';
import { isPortalHeader, isSeriesExport, parsePortalCsv, parseSeriesExport } from './portal-import.js';
import type { RateDay } from './rate-table.js';
import type { ImportFormat } from './rates-file.js';
import { isPer, parseRateTable, tableShapeOf } from './table-import.js';

/** What the user said about the file on the command line. */
export interface ImportQuoting {
  /** --base: the currency the rates are per */
  base?: string | undefined;
  /** --per: the rates are per this many units of the base */
  per?: string | undefined;
  /** true when --source names who published the rates (needed for a plain table) */
  labelled: boolean;
  /** told how many of the file's lines have been read (for a progress line) */
  onProgress?: OnProgress | undefined;
}

/** A file read for import: its shape, the base and quoting of its rates, and its days oldest first. */
export interface RatesImport {
  format: ImportFormat;
  base: string;
  /** the file's rates were per this many units of the base ("1" for the ECB's); stored per 1 */
  per: string;
  /** true for the ECB's own files (its reference rates, per 1 EUR) */
  ecb: boolean;
  /** the member of the zip that was read, when the file was a zip */
  member?: string;
  days: RateDay[];
}

/** What humfig imports, for the error that refuses anything else. */
export const ACCEPTED =
  'accepted: the ECB\'s eurofxref-hist.csv, eurofxref.csv or eurofxref-*.xml (or a .zip holding one), an ECB Data Portal CSV (KEY,FREQ,CURRENCY,...,TIME_PERIOD,OBS_VALUE) or series download, or a dated table with --base CUR and --source NAME: date,currency,rate or date,USD,JPY,...';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK", then 03 04 (a file) or 05 06 (an empty archive)

/** True when the bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1] && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** A refusal naming what the file looks like, and the line that shows it when there is one. */
function notRates(fileName: string, looksLike: string, line?: number): FileInvalidError {
  const where = line === undefined ? {} : { line, column: 1 };
  return new FileInvalidError([{ file: fileName, path: '', ...where, message: `not a rates file humfig can import: it looks like ${looksLike}; ${ACCEPTED}` }], 'rates');
}

/** What binary content is, by its first bytes; undefined for text. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (starts(0x1f, 0x8b)) return 'a gzip file (decompress it first, with gunzip)';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document (humfig reads tables, not PDFs: copy the rates into a CSV)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel workbook (.xls): save the sheet as CSV (UTF-8)';
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return 'a 7-Zip archive (humfig reads .zip archives)';
  return undefined;
}

/** A short, printable description of a header line we did not recognise. */
function describeHeader(line: string): string {
  const shown = line.replace(/[^\x20-\x7e]/g, '?');
  const clipped = shown.length > 60 ? `${shown.slice(0, 60)}...` : shown;
  if (/^\s*<(!doctype html|html)/i.test(line)) return 'a web page (HTML), perhaps the page that links to the file rather than the file';
  if (/^\s*[{[]/.test(line)) return 'JSON (a humfig rates file is used as it is, with --rates FILE)';
  if (/^\s*"?\d{4}-\d{2}-\d{2}"?\s*,/.test(line)) return "dated rows without a header line: the first line names the columns, 'Date,USD,JPY,...' (the ECB's) or 'date,currency,rate'";
  if (line.includes(';') && !line.includes(',')) return `a table separated by semicolons (${clipped}); save it with commas`;
  if (line.includes('\t') && !line.includes(',')) return `a table separated by tabs (${clipped}); save it with commas`;
  if (line.includes(',')) return `a CSV whose header is '${clipped}'`;
  return `text starting '${clipped}'`;
}

/**
 * Reads a file's bytes for import; the zip reader is loaded only for a zip. FileInvalidError:
 * the file's problems, or what it looks like and what is accepted. UsageError: flags that do not
 * fit the file (only the file tells whether --base applies, so they are checked here).
 */
export async function readRatesImport(bytes: Uint8Array, fileName: string, quoting: ImportQuoting): Promise<RatesImport> {
  let member: string | undefined;
  let body = bytes;
  let display = fileName;
  if (isZip(body)) {
    const { unzipOne } = await import('./read-zip.js');
    const inner = unzipOne(body, fileName);
    member = inner.name;
    body = inner.bytes;
    display = `${fileName}:${inner.name}`;
    if (isZip(body)) throw notRates(display, 'a zip inside the zip; unzip the outer one first');
  }
  const binary = binaryKind(body);
  if (binary) throw notRates(display, binary);
  const text = decodeUtf8(Buffer.from(body.buffer, body.byteOffset, body.byteLength), display, 'rates');
  const result = readText(text, display, quoting);
  return member === undefined ? result : { ...result, member };
}

/** Reads decoded text: the shape decides the reader. */
function readText(text: string, fileName: string, quoting: ImportQuoting): RatesImport {
  const per = quoting.per ?? '1';
  if (!isPer(per)) throw invalidFlag(fileName, `--per ${per}: give 1, 10, 100, 1000... (the rates are per that many units of the base)`);
  const lines = textLines(text);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const first = lines[firstIndex];
  if (first === undefined) throw new FileInvalidError([{ file: fileName, path: '', message: `the file is empty; ${ACCEPTED}` }], 'rates');
  const start = first.trimStart();
  const ecb = (format: ImportFormat, days: RateDay[]): RatesImport => {
    if (quoting.base !== undefined && quoting.base !== 'EUR') throw invalidFlag(fileName, `--base ${quoting.base}: this is an ECB file, whose rates are per 1 EUR`);
    if (per !== '1') throw invalidFlag(fileName, `--per ${per}: this is an ECB file, whose rates are per 1 EUR`);
    return { format, base: 'EUR', per: '1', ecb: true, days };
  };
  if (start.startsWith('<') && !/^<(!doctype html|html)/i.test(start)) {
    const parsed = parseEcbFile(text, fileName, quoting.onProgress);
    return ecb(parsed.format, parsed.days);
  }
  const header = splitCsvCells(first);
  const names = Array.isArray(header) ? header.map((c) => c.text) : [];
  if (names.length > 1 && names.at(-1) === '') names.pop();
  if (isPortalHeader(names)) return ecb('ecb-data-portal-csv', parsePortalCsv(text, fileName, quoting.onProgress));
  if (isSeriesExport(text)) return ecb('ecb-series-csv', parseSeriesExport(text, fileName));
  const shape = tableShapeOf(names);
  // a header 'Date,...' is the ECB's own file unless the user says whose table it is; when it
  // is not quite right either way, the ECB reader names the problem
  const userTable = quoting.labelled || (quoting.base !== undefined && quoting.base !== 'EUR');
  if ((shape === 'wide' || (shape === undefined && /^date\s*,/i.test(start))) && !userTable) {
    const parsed = parseEcbFile(text, fileName, quoting.onProgress);
    return ecb(parsed.format, parsed.days);
  }
  if (shape === undefined) throw notRates(fileName, describeHeader(first), firstIndex + 1);
  const table = shape === 'long' ? "a table 'date,currency,rate'" : "a table with a column per currency";
  if (quoting.base === undefined) throw invalidFlag(fileName, `${table} needs --base CUR: the currency its rates are per (a table of AMD per USD: --base USD)`);
  if (!quoting.labelled) throw invalidFlag(fileName, `${table} needs --source NAME: who published these rates, recorded with every rate`);
  const parsed = parseRateTable(text, fileName, { base: quoting.base, per }, quoting.onProgress);
  return { format: parsed.shape === 'long' ? 'rate-table-long' : 'rate-table-wide', base: quoting.base, per, ecb: false, days: parsed.days };
}

/** A problem with the flags given for this file (exit 2, nothing written). */
function invalidFlag(fileName: string, message: string): UsageError {
  return new UsageError(`${fileName}: ${message}`);
}
