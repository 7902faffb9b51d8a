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

/** How many marked numbers JSON.stringify has written: a text without any needs no unquoting pass. */
let marked = 0;

/** A decimal kept as text; JSON.stringify writes a marked string, which stringify() unquotes. */
class RawNumber {
  constructor(private readonly text: string) {}
  toJSON(): string {
    marked++;
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
  const before = marked;
  let text = JSON.stringify(value, undefined, indent);
  // only a text that holds a marked number is searched for marks (a draft of 100 MB holds none)
  if (marked !== before) text = text.replace(RAW_IN_OUTPUT, '$1');
  // JSON.stringify escapes C0 controls but not DEL, C1 or bidirectional overrides: escape those
  // too, so that printing JSON on a terminal is as safe as a table (the data is unchanged)
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON document, two-space indented, newline-terminated. */
export function renderJson(value: unknown): string {
  return `${stringify(value, 2)}\n`;
}

/**
 * renderJson(value) in pieces, for a document with one long array at its top level (a draft's
 * `figures`): the same characters, but the array is stringified `batch` items at a time, so that
 * no string or buffer of the whole document is ever held (a 10 MB report drafts over 100 MB of
 * JSON).
 */
export function* renderJsonPieces(value: Readonly<Record<string, unknown>>, key: string, batch = 500): Generator<string> {
  const items = value[key];
  if (!Array.isArray(items) || items.length === 0) {
    yield renderJson(value);
    return;
  }
  // the document with a marked string in the array's place; the nonce keeps data from passing for the mark
  const mark = JSON.stringify(`${RAW}array`);
  const shell = stringify({ ...value, [key]: `${RAW}array` }, 2);
  const at = shell.indexOf(mark);
  yield `${shell.slice(0, at)}[`;
  for (let i = 0; i < items.length; i += batch) {
    // "[\n  {...},\n  {...}\n]" without its brackets, one level deeper (no JSON string holds a raw newline)
    const part = stringify(items.slice(i, i + batch), 2);
    yield `${i > 0 ? ',' : ''}${part.slice(1, -2).replace(/\n/g, '\n  ')}`;
  }
  yield `\n  ]${shell.slice(at + mark.length)}\n`;
}

/** One JSON value on one line (NDJSON), newline-terminated. */
export function renderJsonLine(value: unknown): string {
  return `${stringify(value, undefined)}\n`;
}
