import { describe, expect, it } from 'vitest';
import { fitWidths, renderDetail, renderTable } from '../../../src/output/render-table.js';
import { textWidth } from '../../../src/output/text-width.js';

const ESC = '\u001b';
const records = [
  { id: 'residents', figure: 'Residents of Nagorno-Karabakh before the exodus', value: '≈120,000 people (115,000–125,000)', place: 'Nagorno-Karabakh' },
  { id: 'temporary-housing', figure: 'Refugees from Nagorno-Karabakh in temporary accommodation in Armenia', value: '35,000 people', place: 'Armenia' },
];
const columns = (['id', 'figure', 'value', 'place'] as const).map((k) => ({ header: k, value: (r: (typeof records)[number]) => r[k] }));
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('fitWidths', () => {
  it.each([
    ['natural widths when they fit', [5, 10, 3], [1, 1, 1], 18, [5, 10, 3]],
    ['the widest column shrinks first', [5, 30, 3], [1, 1, 1], 20, [5, 12, 3]],
    ['two wide columns share the room', [20, 30, 3], [1, 1, 1], 23, [10, 10, 3]],
    ['never below a minimum', [20, 30, 3], [15, 1, 1], 23, [15, 5, 3]],
    ['nothing when the minimums do not fit', [20, 30, 3], [15, 10, 1], 23, undefined],
  ])('%s', (_, natural, min, available, widths) => {
    expect(fitWidths(natural, min, available)).toEqual(widths);
  });
});

describe('renderTable', () => {
  it.each([40, 60, 80, 120, 200])('fits %i columns, with colour, without cutting an escape or a number', (width) => {
    const text = renderTable(records, columns, { color: true, width });
    for (const line of text.trimEnd().split('\n')) {
      expect(textWidth(line)).toBeLessThanOrEqual(width);
      // every escape is whole and bold is closed on the line that opened it
      expect(line.replace(/\u001b\[(?:1|22)m/g, '')).not.toContain(ESC);
      expect(line.split(`${ESC}[1m`).length).toBe(line.split(`${ESC}[22m`).length);
    }
    const flat = plain(text);
    for (const token of ['≈120,000 people', '(115,000–125,000)', '35,000 people']) expect(flat).toContain(token);
  });

  it('keeps rows unwrapped without a width', () => {
    const text = renderTable(records, columns, { color: false });
    expect(text.split('\n')).toHaveLength(records.length + 5);
    expect(text).toContain('Refugees from Nagorno-Karabakh in temporary accommodation in Armenia');
  });

  it('stacks each record as field/value lines when the columns cannot fit', () => {
    const text = renderTable(records, columns, { color: false, width: 30 });
    expect(text).not.toContain('│');
    expect(text.split('\n').slice(0, 3)).toEqual(['id      residents', 'figure  Residents of', '        Nagorno-Karabakh']);
    for (const line of text.trimEnd().split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(30);
  });

  it('sanitises cells and headers from the data', () => {
    const text = renderTable([{ a: `x${ESC}[2Jy` }], [{ header: `h${ESC}]0;t`, value: (r: { a: string }) => r.a }], { color: false, width: 80 });
    expect(text).not.toContain(ESC);
  });

});

describe('renderDetail', () => {
  it('wraps a long quote in its column and keeps the labels whole', () => {
    const quote = 'More than 100,000 people have fled Nagorno-Karabakh to Armenia since 24 September 2023, the government said. '.repeat(3);
    const text = renderDetail([['id', 'displaced-population'], ['quote', quote]], { color: false, width: 60 });
    for (const line of text.trimEnd().split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(60);
    expect(text).toContain('│ quote │');
    expect(text).toContain('100,000 people');
  });
});
