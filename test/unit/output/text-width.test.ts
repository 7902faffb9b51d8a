/**
 * The width of table cells (src/output/text-width.ts) is string-width's, for every text: the
 * characters it measures itself are checked one by one.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_EMOJI, textWidth } from '../../../src/output/text-width.js';

const require = createRequire(import.meta.url);
const stringWidth = require('string-width') as (s: unknown) => number;
const emojiRegex = require('emoji-regex') as () => RegExp;


/** Every character the wrapper measures without string-width. */
const own: string[] = [];
for (let c = 0; c <= 0xffff; c++) {
  const ch = String.fromCharCode(c);
  if (NO_EMOJI.test(ch)) own.push(ch);
}

describe('the width of table cells', () => {
  it('measures itself only characters that are one column wide and no emoji by themselves (an emoji sequence needs a character outside the set, such as U+FE0F)', () => {
    expect(own.length).toBeGreaterThan(700);
    for (const ch of own) {
      expect({ ch, width: stringWidth(ch), emoji: emojiRegex().test(ch) }).toEqual({ ch, width: 1, emoji: false });
    }
  });

  it('gives what string-width gives, for any mix of text, colour, emoji and wide characters', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...own),
      fc.constantFrom('\u001b[31m', '\u001b[0m', '\u001b[1;32m', '👍', '👨‍👩‍👧', '1️⃣', '#️⃣', '©', '®', '™', '↔', '漢', 'ｶ', '\u0301', '\u200d', '\ufe0f', '\t', '\n', '\u0085', '\ud83d'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
    expect(textWidth('')).toBe(0);
  });
});
