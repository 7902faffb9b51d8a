/**
 * Text from a facts file is untrusted. Before it reaches a terminal, control characters (C0,
 * DEL, C1: the start of every escape sequence) and bidirectional overrides are shown escaped
 * as `\xHH` / `\u{HHHH}` instead of acting on the terminal. Spreadsheet cells are guarded
 * against formula injection.
 */

// C0 controls except none, DEL, C1 controls, and the bidi embedding/override/isolate marks
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

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

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell a spreadsheet will not run as a formula: text starting with = + - @ TAB or CR gets a
 * leading apostrophe (OWASP's advice), but a plain number such as -5 stays a number.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
