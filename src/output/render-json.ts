/**
 * JSON output: the stable contract, two-space indented, never coloured, newline-terminated.
 * Money is exact: a decimal known only as text is written as a JSON number with exactly its
 * digits (`jsonNumber("21913331.26")`), never passed through a double.
 */

/**
 * The mark of a number kept as text, with a nonce of this run: a string of a facts file that
 * looks like the mark cannot pass for a number in the output.
 */
const NONCE = Math.random().toString(36).slice(2, 12);
const RAW = `\u0000humfig-number-${NONCE}:`;
const RAW_IN_OUTPUT = new RegExp(`"\\\\u0000humfig-number-${NONCE}:(-?[0-9.]+)"`, 'g');

/** A decimal kept as text; JSON.stringify writes a marked string, which stringify() unquotes. */
class RawNumber {
  constructor(private readonly text: string) {}
  toJSON(): string {
    return `${RAW}${this.text}`;
  }
}

/** A JSON number written with exactly these digits; `text` must be a plain decimal. */
export function jsonNumber(text: string): unknown {
  if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text)) throw new Error(`not a plain decimal: ${text}`);
  return new RawNumber(text);
}

/** Characters JSON.stringify leaves raw that a terminal would act on: DEL, C1, bidi controls, line separators. */
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function stringify(value: unknown, indent: number | undefined): string {
  // no replacer function: it would take JSON.stringify off its fast path
  let text = JSON.stringify(value, undefined, indent);
  if (text.includes(NONCE)) text = text.replace(RAW_IN_OUTPUT, '$1');
  // JSON.stringify escapes C0 controls but not DEL, C1 or bidirectional overrides: escape those
  // too, so that printing JSON on a terminal is as safe as a table (the data is unchanged)
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON document, two-space indented, newline-terminated. */
export function renderJson(value: unknown): string {
  return `${stringify(value, 2)}\n`;
}

/** One JSON value on one line (NDJSON), newline-terminated. */
export function renderJsonLine(value: unknown): string {
  return `${stringify(value, undefined)}\n`;
}
