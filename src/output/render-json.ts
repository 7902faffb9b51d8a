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
  // each batch stringified where it stands in the document, `{"figures": [...]}`, so that JSON.stringify
  // indents it at its depth; only the object and the brackets around it are cut off
  const head = `{\n  ${JSON.stringify(key)}: [`.length;
  const tail = '\n  ]\n}'.length;
  for (let i = 0; i < items.length; i += batch) {
    const part = stringify({ [key]: items.slice(i, i + batch) }, 2);
    yield `${i > 0 ? ',' : ''}${part.slice(head, part.length - tail)}`;
  }
  yield `\n  ]${shell.slice(at + mark.length)}\n`;
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
 * renderJsonLine for many flat records of one shape (an import's figures), byte for byte, into
 * UTF-8 bytes, at a fraction of the cost: the bytes of each key, of the strings of the
 * `repeated` keys (labels, units, places, dates) and of the last few nested values (a row's
 * breakdown, shared by its figures) are made once, and other plain ASCII strings and numbers
 * are copied a character a byte, with no string built. Strings, numbers, booleans and null are
 * written here; a nested object or array goes through JSON.stringify as a whole; a record with
 * anything else (a toJSON method, a class instance) is handed to renderJsonLine.
 */
export class JsonLineEncoder {
  /** each key's bytes, with a comma before them, and whether its strings repeat */
  private readonly keys = new Map<string, { bytes: Uint8Array; repeated: boolean }>();
  private readonly strings = new Map<string, Uint8Array>();
  private readonly nested: Array<{ value: object; bytes: Uint8Array }> = [];
  private buffer = Buffer.allocUnsafe(1 << 21);
  private at = 0;

  /**
   * @param repeated the keys whose string values repeat from record to record
   * @param cacheLimit how many distinct strings are kept (a file repeats a few thousand)
   */
  constructor(
    private readonly repeated: ReadonlySet<string>,
    private readonly cacheLimit = 100_000,
  ) {}

  /** How many bytes are waiting to be taken. */
  get length(): number {
    return this.at;
  }

  /** Appends the record's JSON text, without a line break. */
  add(record: object): void {
    if (!isPlain(record)) return this.addText(renderJsonLine(record).slice(0, -1));
    const start = this.at;
    this.byte(0x7b);
    let first = true;
    const values = record as Record<string, unknown>;
    for (const key in values) {
      const value = values[key];
      if (value === undefined) continue;
      let known = this.keys.get(key);
      if (known === undefined) {
        known = { bytes: Buffer.from(`,${jsonString(key)}:`, 'utf8'), repeated: this.repeated.has(key) };
        if (this.keys.size < 64) this.keys.set(key, known);
      }
      this.copy(known.bytes, first ? 1 : 0);
      first = false;
      if (typeof value === 'string') {
        if (known.repeated) this.copy(this.cached(value), 0);
        else this.string(value);
      } else if (typeof value === 'number') this.ascii(Number.isFinite(value) ? String(value) : 'null');
      else if (value === null) this.ascii('null');
      else if (typeof value === 'boolean') this.ascii(value ? 'true' : 'false');
      else if (typeof value === 'object' && (Array.isArray(value) || isPlain(value))) this.copy(this.nestedBytes(value), 0);
      else {
        this.at = start;
        return this.addText(renderJsonLine(record).slice(0, -1));
      }
    }
    this.byte(0x7d);
  }

  /** Appends text as it is (a separator, a header). */
  addText(text: string): void {
    this.reserve(text.length * 3);
    this.at += this.buffer.write(text, this.at, 'utf8');
  }

  /** Appends bytes as they are (a separator). */
  addBytes(bytes: Uint8Array): void {
    this.copy(bytes, 0);
  }

  /** The bytes appended since the last take; valid until the next add. */
  take(): Buffer {
    const bytes = this.buffer.subarray(0, this.at);
    this.at = 0;
    return bytes;
  }

  private reserve(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.at + n));
    this.buffer.copy(bigger, 0, 0, this.at);
    this.buffer = bigger;
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buffer[this.at++] = b;
  }

  private copy(bytes: Uint8Array, from: number): void {
    this.reserve(bytes.length);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = from; i < bytes.length; i++) buffer[at++] = bytes[i]!;
    this.at = at;
  }

  /** Text known to be ASCII that needs no escaping (a number, a literal). */
  private ascii(text: string): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** A string, quoted: copied a character a byte while plain, else escaped as renderJsonLine escapes it. */
  private string(text: string): void {
    this.reserve(text.length + 2);
    const buffer = this.buffer;
    const start = this.at;
    let at = start;
    buffer[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        this.at = start;
        return this.addText(jsonString(text));
      }
      buffer[at++] = c;
    }
    buffer[at++] = 0x22;
    this.at = at;
  }

  private cached(value: string): Uint8Array {
    let bytes = this.strings.get(value);
    if (bytes === undefined) {
      bytes = Buffer.from(jsonString(value), 'utf8');
      if (this.strings.size < this.cacheLimit) this.strings.set(value, bytes);
    }
    return bytes;
  }

  /** A nested value's bytes; the last four are remembered by identity (a row's breakdown, a year's period). */
  private nestedBytes(value: object): Uint8Array {
    for (const n of this.nested) if (n.value === value) return n.bytes;
    const bytes = Buffer.from(stringify(value, undefined), 'utf8');
    if (this.nested.length === 4) this.nested.shift();
    this.nested.push({ value, bytes });
    return bytes;
  }
}
