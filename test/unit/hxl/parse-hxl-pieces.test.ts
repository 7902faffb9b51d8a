import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openHxl, openHxlPieces, type CsvRecord } from '../../../src/hxl/parse-hxl.js';

// A large file is read a piece at a time, twice; wherever the pieces are cut (inside a quoted
// field, between a CR and its LF, between the two quotes of a doubled one, inside the head), the
// rows, their lines and the errors must be those of the whole text.

function rowsOf(open: () => ReturnType<typeof openHxl>): { head: unknown; rows: CsvRecord[] } | { error: string } {
  try {
    const table = open();
    const rows: CsvRecord[] = [];
    table.eachRow((r) => rows.push(r));
    // read twice, as the import does: the second reading gives the same rows
    const again: CsvRecord[] = [];
    table.eachRow((r) => again.push(r));
    expect(again).toEqual(rows);
    return { head: { labels: table.labels, tags: table.tags, hashtagLine: table.hashtagLine }, rows };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** The text cut at the given places (sorted, within it). */
function piecesOf(text: string, cuts: number[]): () => Iterable<string> {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of at) {
    pieces.push(text.slice(from, c));
    from = c;
  }
  pieces.push(text.slice(from));
  return () => pieces;
}

const CELLS = ['', 'Kessa', ' 1200', '"a, b"', '"say ""hi"""', '"two\nlines"', '"cr\r\nlf"', '3.5', '"', '#affected', '#adm1+name', 'x"y', '  "q"  ', '"q" z'];
const ENDS = ['\n', '\r\n', '\r', ''];

describe('openHxlPieces: a text read in pieces gives what the whole text gives', () => {
  it('the same head, rows, lines and errors for any text and any cuts', () => {
    const row = fc.tuple(fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 4 }), fc.constantFrom(...ENDS)).map(([cells, end]) => cells.join(',') + end);
    const text = fc
      .tuple(fc.boolean(), fc.array(row, { maxLength: 6 }), fc.array(row, { maxLength: 60 }))
      .map(([bom, before, after]) => `${bom ? '\ufeff' : ''}${before.join('')}Name,People\n#adm1+name,#affected\n${after.join('')}`);
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, cuts) => {
        expect(rowsOf(() => openHxlPieces(piecesOf(t, cuts), 'f.csv'))).toEqual(rowsOf(() => openHxl(t, 'f.csv')));
      }),
      { numRuns: 3000 },
    );
  });
  it('a text cut into one-character pieces', () => {
    const t = 'title,\n"Name","People"\n#adm1+name,#affected\n"Kessa, North","1,200"\r\n"say ""hi""",30\n\nLunda,"4\n0"\n';
    const cuts = Array.from({ length: t.length }, (_, i) => i);
    const whole = rowsOf(() => openHxl(t, 'f.csv'));
    expect(whole).toHaveProperty('rows');
    expect(rowsOf(() => openHxlPieces(piecesOf(t, cuts), 'f.csv'))).toEqual(whole);
  });
  it('a line above the hashtag row that is no CSV (a JSON note) is a title row, skipped, however the text is cut', () => {
    const t = '#{"source_date": "Unknown", "extract_date": "2017-03-28"}\nName,People\n#adm1+name,#affected\nKessa,12\n';
    const whole = rowsOf(() => openHxl(t, 'f.csv'));
    expect(whole).toEqual({ head: { labels: ['Name', 'People'], tags: expect.any(Array), hashtagLine: 3 }, rows: [{ line: 4, cells: ['Kessa', '12'] }] });
    for (let c = 0; c <= t.length; c++) expect(rowsOf(() => openHxlPieces(piecesOf(t, [c]), 'f.csv'))).toEqual(whole);
  });
  it('a hashtag row that is itself no CSV is reported at its line, not as a file without a hashtag row', () => {
    const t = 'Name,People\n#adm1+name,"#affected"x\nKessa,12\n';
    expect(rowsOf(() => openHxl(t, 'f.csv'))).toEqual({ error: expect.stringContaining('f.csv:2:23: text after the closing quote') });
    for (let c = 0; c <= t.length; c++) expect(rowsOf(() => openHxlPieces(piecesOf(t, [c]), 'f.csv'))).toEqual(rowsOf(() => openHxl(t, 'f.csv')));
  });
  it('a bad hashtag row after a title line that is no CSV is the error given, not the title', () => {
    const t = '"Title"x\nCountry,IDPs\n#country+code,"#affected+idps"y\nAFG,3\n';
    expect(rowsOf(() => openHxl(t, 'f.csv'))).toEqual({ error: expect.stringContaining('f.csv:3:31: text after the closing quote') });
    for (let c = 0; c <= t.length; c++) expect(rowsOf(() => openHxlPieces(piecesOf(t, [c]), 'f.csv'))).toEqual(rowsOf(() => openHxl(t, 'f.csv')));
  });
  it('a row below the hashtag row that is no CSV is still an error at its line and column', () => {
    expect(rowsOf(() => openHxl('Name,People\n#adm1+name,#affected\n"Kessa" North,12\n', 'f.csv'))).toEqual({ error: expect.stringContaining('f.csv:3:9: text after the closing quote') });
  });
  it('a quote never closed is the same error, on the same line, however the text is cut', () => {
    const t = 'Name,People\n#adm1+name,#affected\nKessa,12\n"Lunda,40\nMarl,3\n';
    const whole = rowsOf(() => openHxl(t, 'f.csv'));
    expect(whole).toEqual({ error: expect.stringContaining('never closed') });
    for (let c = 0; c <= t.length; c++) expect(rowsOf(() => openHxlPieces(piecesOf(t, [c]), 'f.csv'))).toEqual(whole);
  });
});
