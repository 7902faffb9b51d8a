/**
 * The memory of quotes already checked: a quote is a sentence of a source, so a wrong hit would
 * pass a quote that is not in the text, or a value the quote does not write. The table is held
 * to a plain model; when its bounds make it forget, it may only say "not known", never a wrong
 * answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuoteTable } from '../../../src/facts/quote-table.js';

/** The same text as another string object (a parsed file gives a fresh string each time). */
const fresh = (s: string) => [...s].join('');

describe('QuoteTable', () => {
  it('finds a quote by its text and source, not by the string object', () => {
    const t = new QuoteTable();
    t.add(0, 'Some 120,000 people fled.', { inText: true, value: 120000, written: true });
    t.add(1, 'Some 120,000 people fled.', { inText: false, value: 120000, written: true });
    const e0 = t.find(0, fresh('Some 120,000 people fled.'));
    const e1 = t.find(1, fresh('Some 120,000 people fled.'));
    expect(e0).toBeGreaterThanOrEqual(0);
    expect(e1).toBeGreaterThanOrEqual(0);
    expect(t.inText(e0)).toBe(true);
    expect(t.inText(e1)).toBe(false);
    expect(t.find(2, 'Some 120,000 people fled.')).toBe(-1);
    expect(t.find(0, 'Some 120,000 people fled')).toBe(-1);
    expect(t.find(0, 'some 120,000 people fled.')).toBe(-1);
  });

  it('keeps "no text to check against" apart from "not in the text"', () => {
    const t = new QuoteTable();
    t.add(0, 'a', { inText: undefined, value: 1, written: false });
    expect(t.inText(t.find(0, 'a'))).toBeUndefined();
  });

  it('answers for the first value, and for other values only once told', () => {
    const t = new QuoteTable();
    t.add(0, 'About 2.8 million people.', { inText: true, value: 2800000, written: true });
    const e = t.find(0, 'About 2.8 million people.');
    expect(t.writes(e, 2800000)).toBe(true);
    expect(t.writes(e, 28)).toBeUndefined();
    t.noteWrites(e, 28, false);
    expect(t.writes(e, 28)).toBe(false);
    expect(t.writes(e, 2800000)).toBe(true);
  });

  it('starts again, empty, past its bound of characters', () => {
    const t = new QuoteTable(10);
    t.add(0, 'abcdef', { inText: true, value: 1, written: true });
    t.add(0, 'ghij', { inText: false, value: 2, written: false });
    expect(t.size).toBe(2);
    t.add(0, 'klm', { inText: true, value: 3, written: false });
    expect(t.size).toBe(1);
    expect(t.find(0, 'abcdef')).toBe(-1);
    const e = t.find(0, 'klm');
    expect([t.inText(e), t.writes(e, 3)]).toEqual([true, false]);
  });

  it('never answers wrongly, whatever the order of quotes, sources, values and bounds', () => {
    const op = fc.record({ source: fc.integer({ min: 0, max: 2 }), quote: fc.constantFrom('', 'a', 'b', 'ab', 'a b', 'é', '120,000'), value: fc.constantFrom(0, 1, 2.5, 120000), inText: fc.constantFrom(true, false, undefined), written: fc.boolean() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (ops, maxChars, maxOthers) => {
        const t = new QuoteTable(maxChars, maxOthers);
        // the model: the first answer given for a quote of a source, and for each value
        const inText = new Map<string, boolean | undefined>();
        const written = new Map<string, boolean>();
        for (const o of ops) {
          const key = `${o.source}\u0000${o.quote}`;
          const e = t.find(o.source, fresh(o.quote));
          if (e < 0) {
            if (!inText.has(key)) inText.set(key, o.inText);
            if (!written.has(`${key}\u0000${o.value}`)) written.set(`${key}\u0000${o.value}`, o.written);
            t.add(o.source, o.quote, { inText: inText.get(key), value: o.value, written: written.get(`${key}\u0000${o.value}`)! });
            continue;
          }
          expect(inText.has(key)).toBe(true);
          expect(t.inText(e)).toBe(inText.get(key));
          const w = t.writes(e, o.value);
          const known = written.get(`${key}\u0000${o.value}`);
          if (w === undefined) {
            if (known === undefined) written.set(`${key}\u0000${o.value}`, o.written);
            t.noteWrites(e, o.value, written.get(`${key}\u0000${o.value}`)!);
          } else {
            expect(w).toBe(known);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
