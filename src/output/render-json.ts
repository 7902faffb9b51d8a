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

/** A string JSON.stringify and the terminal guard leave as it is, quotes aside: printable ASCII but `"` and `\`. */
const PLAIN = /^[ !#-[\]-~]*$/;

/** An object literal's kind: no prototype but Object's (nothing inherited, no toJSON). */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A string as renderJsonLine writes it. */
function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : stringify(text, undefined);
}

/**
 * renderJsonLine for many flat records of one shape (an import's figures), byte for byte, at a
 * fraction of the cost: the text of each key, of the strings of the `repeated` keys (labels,
 * units, places, dates) and of the last few nested values (a row's breakdown, shared by its
 * figures) is made once. Strings, numbers, booleans and null are written here; a nested object
 * or array goes through JSON.stringify as a whole; a record with anything else (a toJSON
 * method, a raw number) is handed to renderJsonLine. No newline is added.
 */
export class JsonLineRenderer {
  private readonly keys = new Map<string, string>();
  private readonly strings = new Map<string, string>();
  private readonly nested: Array<{ value: object; text: string }> = [];

  /**
   * @param repeated the keys whose string values repeat from record to record
   * @param cacheLimit how many distinct strings are kept (a file repeats a few thousand)
   */
  constructor(
    private readonly repeated: ReadonlySet<string>,
    private readonly cacheLimit = 100_000,
  ) {}

  line(record: object): string {
    if (!isPlain(record)) return renderJsonLine(record).slice(0, -1);
    let text = '{';
    let first = true;
    const values = record as Record<string, unknown>;
    for (const key in values) {
      const value = values[key];
      let part: string;
      if (typeof value === 'string') part = this.repeated.has(key) ? this.cached(value) : jsonString(value);
      else if (typeof value === 'number') part = Number.isFinite(value) ? String(value) : 'null';
      else if (value === undefined) continue;
      else if (value === null) part = 'null';
      else if (typeof value === 'boolean') part = value ? 'true' : 'false';
      else if (typeof value === 'object' && (Array.isArray(value) || isPlain(value))) part = this.nestedText(value);
      else return renderJsonLine(record).slice(0, -1);
      let keyText = this.keys.get(key);
      if (keyText === undefined) {
        keyText = `${jsonString(key)}:`;
        if (this.keys.size < 64) this.keys.set(key, keyText);
      }
      text += first ? keyText + part : `,${keyText}${part}`;
      first = false;
    }
    return `${text}}`;
  }

  private cached(value: string): string {
    let text = this.strings.get(value);
    if (text === undefined) {
      text = jsonString(value);
      if (this.strings.size < this.cacheLimit) this.strings.set(value, text);
    }
    return text;
  }

  /** A nested object's text; the last four are remembered by identity (a row's breakdown, a year's period). */
  private nestedText(value: object): string {
    for (const n of this.nested) if (n.value === value) return n.text;
    const text = stringify(value, undefined);
    if (this.nested.length === 4) this.nested.shift();
    this.nested.push({ value, text });
    return text;
  }
}
