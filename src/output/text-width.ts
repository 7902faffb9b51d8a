/**
 * How many terminal columns a piece of text takes. string-width runs a regular expression of
 * every emoji on every string: once V8 compiles it to machine code it costs about 5 MiB and
 * 2 ms, a tenth of a summary's start-up. Text made only of characters that no emoji sequence
 * contains (printable ASCII, most of Latin-1 and Latin Extended, common punctuation, maths
 * signs and box drawing; test/unit/output/text-width.test.ts checks every one of them against
 * string-width) is one column per character; any other text goes to string-width.
 */
import stringWidth from 'string-width';

export const NO_EMOJI = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2212\u2248\u2260\u2264\u2265\u2500-\u257f]*$/;

/** The display width of `text` in terminal columns (escape sequences count for nothing). */
export function textWidth(text: string): number {
  if (text.length === 0) return 0;
  return NO_EMOJI.test(text) ? text.length : stringWidth(text);
}
