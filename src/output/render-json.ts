/**
 * JSON output: the stable contract, two-space indented, never coloured, newline-terminated.
 * Money is exact: a decimal known only as text is written as a JSON number with exactly its
 * digits (`jsonNumber("21913331.26")`), never passed through a double.
 */

const RAW = '\u0000humfig-number:';

/** A JSON number written with exactly these digits; `text` must be a plain decimal. */
export function jsonNumber(text: string): unknown {
  if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(text)) throw new Error(`not a plain decimal: ${text}`);
  return { [RAW]: text };
}

function stringify(value: unknown, indent: number | undefined): string {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => (v !== null && typeof v === 'object' && RAW in v ? `${RAW}${(v as Record<string, string>)[RAW]}` : v),
    indent,
  );
  // JSON.stringify escapes C0 controls but not DEL, C1 or bidirectional overrides: escape those
  // too, so that printing JSON on a terminal is as safe as a table (the data is unchanged)
  return text
    .replace(/"\\u0000humfig-number:(-?[0-9.]+)"/g, '$1')
    .replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON document, two-space indented, newline-terminated. */
export function renderJson(value: unknown): string {
  return `${stringify(value, 2)}\n`;
}

/** One JSON value on one line (NDJSON), newline-terminated. */
export function renderJsonLine(value: unknown): string {
  return `${stringify(value, undefined)}\n`;
}
