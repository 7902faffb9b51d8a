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

describe('renderTable: a picture column', () => {
  type Row = (typeof records)[number] & { share: number };
  const rows: Row[] = records.map((r, i) => ({ ...r, share: i }));
  /** A bar as wide as it is drawn: filled up to the row's share of it. */
  const draw = (r: Row, width: number) => (r.share === 0 ? '#' : '=').repeat(width);
  const withBar = [...columns.slice(0, 3), { header: 'bar', value: (r: Row) => draw(r, 20), picture: { min: 6, draw }, style: (line: string, p: { bold: (t: string) => string }) => p.bold(line) }, columns[3]!];
  const barLines = (text: string) => plain(text).split('\n').filter((l) => /[#=]{3}/.test(l));

  it('keeps its preferred width when the table has room, on one line per row', () => {
    const text = renderTable(rows, withBar, { color: false, width: 200 });
    expect(barLines(text).map((l) => l.match(/[#=]+/)![0])).toEqual(['#'.repeat(20), '='.repeat(20)]);
  });

  it('is drawn again narrower, never wrapped, when the text needs the room', () => {
    // the text takes about 135 columns and 16 of borders: 160 leave the bar less than 20
    const text = renderTable(rows, withBar, { color: false, width: 160 });
    const bars = barLines(text).map((l) => l.match(/[#=]+/)![0]);
    expect(bars).toHaveLength(2);
    expect(bars[0]!.length).toBeGreaterThanOrEqual(6);
    expect(bars[0]!.length).toBeLessThan(20);
    for (const line of text.trimEnd().split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(160);
  });

  it.each([150, 80, 60])('is left out at %i columns, where even its narrowest would make the text wrap: the table stays a table', (width) => {
    const text = renderTable(rows, withBar, { color: false, width });
    expect(text).toBe(renderTable(rows, columns, { color: false, width }));
    expect(text).toContain('│');
  });

  it('is styled after layout: colour wraps each whole line of the cell, and without colour nothing is added', () => {
    const coloured = renderTable(rows, withBar, { color: true, width: 160 });
    const lines = coloured.split('\n').filter((l) => /[#=]{3}/.test(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/│ \u001b\[1m[#=]+\u001b\[22m +│/);
    expect(plain(coloured)).toBe(renderTable(rows, withBar, { color: false, width: 160 }));
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
