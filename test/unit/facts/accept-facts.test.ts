/**
 * The zod-free judgement of a whole facts document: what it accepts, validateFactsText must
 * accept with the same result; the problems it finds must be validateFactsText's, located the
 * same; what it cannot judge goes to validateFactsText, which reports it.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeFactsText } from '../../../src/facts/accept-facts.js';
import { locate } from '../../../src/facts/locate.js';
import { sourceTextReader } from '../../../src/facts/load-facts.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';

const path = fileURLToPath(new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url));
const bundled = readFileSync(path, 'utf8');
const readText = sourceTextReader(path);

/** Both ways of validating `text`: the fast one's answer must be the slow one's, or undefined. */
function both(text: string) {
  const slowResult = validateFactsText(text, 'f.json', readText);
  const slow = slowResult.facts;
  const judged = judgeFactsText(text, readText);
  const fast = judged && judged.problems.length === 0 ? judged.facts : undefined;
  if (fast !== undefined) expect(fast).toEqual(slow);
  if (judged) expect(locate(judged.text, 'f.json', judged.problems)).toEqual(slowResult.issues);
  return { fast, slow, judged: judged !== undefined };
}

describe('judgeFactsText', () => {
  it('accepts the bundled dataset, with or without one byte-order mark, as validateFactsText does', () => {
    for (const text of [bundled, `\uFEFF${bundled}`]) {
      const { fast, slow } = both(text);
      expect(slow).toBeDefined();
      expect(fast).toBeDefined();
    }
  });

  it('leaves to validateFactsText what it must report', () => {
    const cases = {
      'a repeated key': bundled.replace('"format": "humfig-facts/1",', '"format": "humfig-facts/1", "format": "humfig-facts/1",'),
      'a repeated key written with an escaped colon in a string': bundled.replace('"format": "humfig-facts/1",', '"format": "humfig-facts/1", "format": "humfig-facts/1",').replace('Nagorno-Karabakh', 'Nagorno\\u003aKarabakh'),
      'a quote that is not in its source': bundled.replace(/"quote": "([^"]+)"/, '"quote": "$1 Really."'),
      'a relation to no figure': bundled.replace('"whole": "residents"', '"whole": "resident"'),
      'two byte-order marks': `\uFEFF\uFEFF${bundled}`,
      'not JSON': bundled.slice(0, -3),
    };
    // the first two and the last two must go to zod; the others are judged without it
    const judged = ['a quote that is not in its source', 'a relation to no figure'];
    for (const [what, text] of Object.entries(cases)) {
      expect(text, what).not.toBe(bundled);
      expect({ what, ...both(text) }).toEqual({ what, fast: undefined, slow: undefined, judged: judged.includes(what) });
    }
  });

  it('leaves to zod a text zod measures in code points: a label of 300 characters, one of them an emoji', () => {
    const doc = JSON.parse(bundled) as { figures: Array<{ label: string }> };
    doc.figures[0]!.label = `${'a'.repeat(299)}\u{1F600}`;
    const text = JSON.stringify(doc, null, 2);
    // 301 UTF-16 units: the fast check refuses, zod (which counts code points past the limit) accepts
    expect(both(text)).toMatchObject({ fast: undefined, judged: false });
    expect(validateFactsText(text, 'f.json', readText).facts).toBeDefined();
  });

  it('never accepts what validateFactsText refuses, after random edits of the text', () => {
    const tokens = ['"', ':', ',', ' ', '1', 'x', '\\u003a', '"id": "x", ', '"extra": 1, ', '{', '}', '[', ']', '-', '.5', 'null'];
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), token: fc.constantFrom(...tokens, '') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = bundled;
        for (const e of edits) {
          const i = e.at % text.length;
          text = text.slice(0, i) + e.token + text.slice(i + e.remove);
        }
        both(text);
      }),
      { numRuns: 400 },
    );
  });
});
