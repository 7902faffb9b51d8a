import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileInvalidError } from '../../../src/errors.js';
import { formatHashtag } from '../../../src/hxl/hxl-tags.js';
import { HxlInvalidError, parseHxl, readCsv } from '../../../src/hxl/parse-hxl.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/hxl/${name}`, import.meta.url), 'utf8');

/** The error a call throws, for inspection. */
function thrown(f: () => unknown): HxlInvalidError {
  try {
    f();
  } catch (e) {
    if (e instanceof HxlInvalidError) return e;
    throw e;
  }
  throw new Error('expected an HxlInvalidError');
}

describe('the CSV reader', () => {
  it.each([
    ['a,b\nc,d\n', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['a,b\r\nc,d\r\n', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['a,b\rc,d', [[1, ['a', 'b']], [2, ['c', 'd']]]],
    ['a,b', [[1, ['a', 'b']]]],
    ['\ufeffa,b\n', [[1, ['a', 'b']]]],
    ['a,,c,\n', [[1, ['a', '', 'c', '']]]],
    ['"a,b","say ""hi""",c\n', [[1, ['a,b', 'say "hi"', 'c']]]],
    ['"two\nlines",x\ny,z\n', [[1, ['two\nlines', 'x']], [3, ['y', 'z']]]],
    ['"two\r\nlines",x\r\ny,z\r\n', [[1, ['two\r\nlines', 'x']], [3, ['y', 'z']]]],
    ['"",x\n', [[1, ['', 'x']]]],
    ['a, "b, c" ,d\n', [[1, ['a', 'b, c', 'd']]]],
    ['5" pipe,x\n', [[1, ['5" pipe', 'x']]]],
    ['a\n\nb\n', [[1, ['a']], [2, ['']], [3, ['b']]]],
    ['', []],
  ] as const)('%j', (text, expected) => {
    expect(readCsv(text, 'f.csv').map((r) => [r.line, r.cells])).toEqual(expected);
  });

  it('reports an unclosed quote where it opens', () => {
    const e = thrown(() => readCsv('a,b\nc,"d\ne,f\n', 'f.csv'));
    expect(e.issues).toEqual([{ file: 'f.csv', path: '', line: 2, column: 3, message: expect.stringContaining('never closed') }]);
  });

  it('reports text after a closing quote', () => {
    const e = thrown(() => readCsv('a,"b"c\n', 'f.csv'));
    expect(e.issues[0]).toMatchObject({ line: 1, column: 6, message: expect.stringContaining('after the closing quote') });
  });

  it('reads back any table written by RFC 4180 rules (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', 'é', '#', '+', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    const field = (c: string) => (/[",\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(table, fc.constantFrom('\r\n', '\n'), (rows, eol) => {
        const text = rows.map((r) => r.map(field).join(',')).join(eol) + eol;
        expect(readCsv(text, 'f.csv').map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});

describe('the hashtag row', () => {
  it('is found under a title row and a label row; the label row names the columns', () => {
    const t = parseHxl(fixture('hdx-wide-displacement.csv'), 'w.csv');
    expect(t.hashtagLine).toBe(3);
    expect(t.labels.slice(0, 5)).toEqual(['Country ISO3', 'Country', 'Admin 1 P-code', 'Admin 1', 'Reporting date']);
    expect(t.tags.map((x) => (x ? formatHashtag(x) : null))).toEqual([
      '#country+code', '#country+name', '#adm1+code', '#adm1+name', '#date+reported', '#meta+source', '#org+name',
      '#affected+idps', '#affected+refugees', '#affected+returnees', '#population', '#inneed', '#sector', null,
    ]);
    expect(t.rows[0]!.line).toBe(4);
    expect(t.rows).toHaveLength(10);
  });

  it('may be the first row, after a byte-order mark, with CRLF line ends; blank rows are skipped', () => {
    const t = parseHxl(fixture('bom-crlf.csv'), 'b.csv');
    expect(t.hashtagLine).toBe(1);
    expect(t.labels).toEqual(['', '', '', '', '']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(t.rows[0]!.cells).toEqual(['Syunik', '28/09/2023', '12', '1,024', '~30']);
  });

  it('keeps quoted commas, quotes and line breaks in labels and cells', () => {
    const t = parseHxl(fixture('quoted-fields.csv'), 'q.csv');
    expect(t.labels[3]).toBe('Date, as reported');
    expect(t.rows[0]!.cells[0]).toBe('Emergency appeal "Nagorno-Karabakh: population movement"');
    expect(t.rows[0]!.cells[8]).toBe('Figures as of the appeal launch,\nrevised weekly');
    expect(t.rows.map((r) => r.line)).toEqual([3, 5, 6]);
  });

  it('tolerates cells that are not hashtags, up to half of the row', () => {
    const t = parseHxl('Place,Note,IDPs\n#loc+name,see annex,#affected+idps\nGoris,x,5\n', 'f.csv');
    expect(t.hashtagLine).toBe(2);
    expect(t.tags[1]).toBeNull();
    expect(t.tags[2]).toEqual({ tag: '#affected', attributes: ['idps'] });
  });

  it('reports ragged rows', () => {
    const t = parseHxl(fixture('ragged.csv'), 'r.csv');
    expect(t.ragged).toEqual([
      { line: 4, cells: 4, expected: 3 },
      { line: 5, cells: 2, expected: 3 },
    ]);
  });

  it.each([
    ['no-hashtags.csv', 1, 'no HXL hashtag row'],
    ['unclosed-quote.csv', 3, 'never closed'],
    ['text-after-quote.csv', 3, 'after the closing quote'],
  ])('%s is not an HXL CSV: line %d, %s', (name, line, message) => {
    const e = thrown(() => parseHxl(fixture(name), name));
    expect(e).toBeInstanceOf(FileInvalidError);
    expect(e.code).toBe('HXL_INVALID');
    expect(e.exitCode).toBe(65);
    expect(e.issues[0]).toMatchObject({ file: name, line, message: expect.stringContaining(message) });
    expect(e.message).toMatch(new RegExp(`^${name}:${line}:\\d+: `));
  });

  it('is looked for in the first 25 rows only', () => {
    const head = 'note\n'.repeat(25);
    expect(() => parseHxl(`${head}#loc+name\nGoris\n`, 'f.csv')).toThrow(/first 25 rows/);
    expect(parseHxl(`${'note\n'.repeat(24)}#loc+name\nGoris\n`, 'f.csv').hashtagLine).toBe(25);
  });

  it('throws nothing but HxlInvalidError, whatever the text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '#', '+', 'x', ' ', '\ufeff') });
    fc.assert(
      fc.property(text, (t) => {
        try {
          parseHxl(t, 'f.csv');
        } catch (e) {
          expect(e).toBeInstanceOf(HxlInvalidError);
        }
      }),
    );
  });
});
