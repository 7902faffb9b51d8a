/**
 * One line of a comma-separated file as cells, RFC 4180 quoting within the line: a cell may be
 * wrapped in double quotes, with "" for a quote inside (the ECB Data Portal quotes its titles,
 * which hold commas). Linear in the line's length.
 */
import type { OnProgress } from '../domain/progress.js';

/** One cell: its text (unquoted, without surrounding spaces) and the 1-based column it starts at. */
export interface CsvCell {
  text: string;
  column: number;
}

/** The cells of `line`, or a message when a quoted cell is not closed on the line. */
export function splitCsvCells(line: string): CsvCell[] | { unclosedAt: number } {
  const cells: CsvCell[] = [];
  let at = 0;
  for (;;) {
    while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at++;
    const column = at + 1;
    if (line[at] === '"') {
      let text = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote < 0) return { unclosedAt: column };
        text += line.slice(from, quote);
        if (line[quote + 1] === '"') {
          text += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      const comma = line.indexOf(',', at);
      cells.push({ text: (text + line.slice(at, comma < 0 ? line.length : comma)).trim(), column });
      if (comma < 0) return cells;
      at = comma + 1;
    } else {
      const comma = line.indexOf(',', at);
      cells.push({ text: line.slice(at, comma < 0 ? line.length : comma).trim(), column });
      if (comma < 0) return cells;
      at = comma + 1;
    }
  }
}

/** The lines of a text without their line ends (LF or CRLF), after a UTF-8 byte-order mark. */
export function textLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * The non-blank lines of a table from index `start` on, each with its line number (1-based, for
 * messages); `onProgress` hears how far the reading is every 4,096 lines.
 */
export function* dataLines(lines: readonly string[], start: number, onProgress?: OnProgress): Generator<{ line: string; lineNo: number }> {
  for (let i = start; i < lines.length; i++) {
    if ((i & 4095) === 0) onProgress?.(i, lines.length);
    const line = lines[i]!;
    if (line.trim() !== '') yield { line, lineNo: i + 1 };
  }
}
