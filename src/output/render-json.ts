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

export function renderJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => (v !== null && typeof v === 'object' && RAW in v ? `${RAW}${(v as Record<string, string>)[RAW]}` : v),
    2,
  );
  return `${text.replace(/"\\u0000humfig-number:(-?[0-9.]+)"/g, '$1')}\n`;
}
