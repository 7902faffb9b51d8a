/**
 * A citation and calc's lines about its inputs are one line each, whatever line breaks a file's
 * quote, title or place name holds (a reviewer's facts file broke one citation into four lines).
 */
import { describe, expect, it } from 'vitest';
import { citationOf } from '../../../src/commands/cite.js';
import { oneLine } from '../../../src/output/sanitize.js';
import { record } from '../trust/helpers.js';

describe('text from a file on one line', () => {
  it('joins every kind of line break with a space', () => {
    expect(oneLine('a\nb\r\nc\rd\u0085e\u2028f\u2029g')).toBe('a b c d e f g');
  });
  it('gives one line per citation when the quote, the title and the place name break theirs', () => {
    const r = record({ id: 'fled', value: 35000 });
    const broken = { ...r, quote: '35,000 refugees\nare here', label: 'Refugees\r\nin camps', place: { ...r.place, name: 'Arm\nenia' }, source: { ...r.source, title: 'Flight\u2028from the enclave' } };
    const citation = citationOf(broken);
    expect(citation).not.toMatch(/[\n\r\u2028]/);
    expect(citation).toContain('"35,000 refugees are here"');
    expect(citation).toContain('Arm enia');
  });
});

describe("history's change in percent", () => {
  it('groups its digits as other numbers, to one decimal', async () => {
    const { percentText } = await import('../../../src/commands/history.js');
    expect(percentText(1801439850948197888)).toBe('1,801,439,850,948,197,888.0');
    expect(percentText(-90)).toBe('-90.0');
    expect(percentText(13.94)).toBe('13.9');
  });
});
