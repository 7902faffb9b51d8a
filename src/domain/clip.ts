/**
 * Messages quote what the user gave (a key, an id, a line), and what the user gave can be
 * 50 MB long: a message shows at most a short prefix of it and says how long it was.
 */

/** How many characters of an input a message quotes. */
export const QUOTE_CHARS = 80;

/** `text`, or its first `max` characters followed by how long it was. */
export function clipInput(text: string, max = QUOTE_CHARS): string {
  if (text.length <= max) return text;
  // never cut a surrogate pair in two
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length.toLocaleString('en-US')} characters in all)`;
}
