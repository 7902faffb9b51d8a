/**
 * Text from a facts file is untrusted. Before it reaches a terminal, control characters (C0,
 * DEL, C1: the start of every escape sequence) and bidirectional overrides are shown escaped
 * as `\xHH` / `\u{HHHH}` instead of acting on the terminal. Spreadsheet cells are guarded
 * against formula injection.
 */

// C0 controls, DEL, C1 controls, the bidi embedding/override/isolate marks, and the characters
// that print as nothing (soft hyphen, zero-width space and joiners, word joiner and invisible
// operators, byte-order mark, line and paragraph separators, tag characters, the Hangul fillers,
// the combining grapheme joiner, Khmer's inherent vowels, interlinear annotation marks): a reader
// cannot see them, but they change what a value compares equal to, or where a line breaks
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** Safe to print on a terminal: every control or bidi character shown as an escape. */
export function sanitizeTerminal(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Like sanitizeTerminal, but keeps newlines (for multi-line cells such as notes). */
export function sanitizeTerminalMultiline(text: string): string {
  return text.split('\n').map(sanitizeTerminal).join('\n');
}

/** A line break of any kind: CR LF, LF, CR, NEL, the line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/** The text on one line: each line break a space (a field from a file in a line of prose, a plain cell). */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell a spreadsheet will not run as a formula: text starting with = + - @ TAB or CR gets a
 * leading apostrophe (OWASP's advice), but a plain number such as -5 stays a number.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
