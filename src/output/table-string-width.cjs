'use strict';
/**
 * The width of a table cell for cli-table3, which the build gives this module in place of
 * string-width. string-width runs a regular expression of every emoji on every string: once
 * V8 compiles it to machine code (after a few hundred cells), it costs about 5 MiB and 2 ms,
 * a tenth of a summary's start-up. Text made only of characters that no emoji sequence
 * contains (printable ASCII, most of Latin-1 and Latin Extended, common punctuation, maths
 * signs and box drawing; test/unit/output/table-string-width.test.ts checks every one of them
 * against string-width) is one column per character; any other text goes to string-width.
 */
const stringWidth = require('string-width');
const stripAnsi = require('strip-ansi');

const NO_EMOJI = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2212\u2248\u2260\u2264\u2265\u2500-\u257f]*$/;

function tableStringWidth(string) {
  if (typeof string !== 'string' || string.length === 0) return 0;
  const plain = stripAnsi(string);
  return NO_EMOJI.test(plain) ? plain.length : stringWidth(string);
}

module.exports = tableStringWidth;
module.exports.NO_EMOJI = NO_EMOJI;
