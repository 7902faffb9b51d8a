import { describe, expect, it } from 'vitest';
import { decideColor } from '../../../src/output/color.js';
import { formatNumber, groupDigits } from '../../../src/output/format-number.js';
import { formatQuantity } from '../../../src/output/format-quantity.js';
import { csvField, renderCsv } from '../../../src/output/render-delimited.js';
import { renderError } from '../../../src/output/render-error.js';
import { jsonNumber, renderJson, renderJsonLine, renderJsonPieces } from '../../../src/output/render-json.js';
import { neutraliseFormula, sanitizeTerminal } from '../../../src/output/sanitize.js';
import { FileInvalidError, UnknownFigureError } from '../../../src/errors.js';

describe('numbers for people, without the locale', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [120000, '120,000'],
    [2800000, '2,800,000'],
    [1234567.891, '1,234,567.891'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [0.0000001, '0.0000001'],
  ])('%d -> %s', (n, text) => expect(formatNumber(n)).toBe(text));
  it('groups a negative decimal string', () => expect(groupDigits('-21913331.26')).toBe('-21,913,331.26'));
  it('groups a 300,001-digit integer, each group of three from the right', () => {
    const grouped = groupDigits(`1${'0'.repeat(300_000)}.5`);
    expect(grouped.startsWith('1,000,000,')).toBe(true);
    expect(grouped.endsWith(',000.5')).toBe(true);
    expect(grouped.length).toBe(300_001 + 100_000 + 2);
  });

  it.each([
    [{ value: 120000, unit: 'person', qualifier: 'approximately', low: 115000, high: 125000 }, '≈120,000 people (115,000–125,000)'],
    [{ value: 35000, unit: 'person', qualifier: 'exact', low: 35000, high: 35000 }, '35,000 people'],
    [{ value: 300, unit: 'household', qualifier: 'more-than', low: 300, high: null }, '>300 households (300 or more)'],
    [{ value: 1, unit: 'day', qualifier: 'exact', low: 1, high: 1 }, '1 day'],
    [{ value: 20000000, unit: 'CHF', qualifier: 'exact', low: 20000000, high: 20000000 }, '20,000,000 CHF'],
    [{ value: 50, unit: 'person', qualifier: 'up-to', low: 0, high: 50 }, '≤50 people (0–50)'],
    // the things a report counts read as English: 3 hospitals, never "3 hospital"
    [{ value: 3, unit: 'hospital', qualifier: 'exact', low: 3, high: 3 }, '3 hospitals'],
    [{ value: 1, unit: 'clinic', qualifier: 'exact', low: 1, high: 1 }, '1 clinic'],
    [{ value: 12, unit: 'health-facility', qualifier: 'at-least', low: 12, high: null }, '≥12 health-facilities (12 or more)'],
    [{ value: 40, unit: 'evacuation-centre', qualifier: 'exact', low: 40, high: 40 }, '40 evacuation-centres'],
    [{ value: 2, unit: 'event', qualifier: 'exact', low: 2, high: 2 }, '2 events'],
    // "between 10,000 and 20,000": the two ends are the figure, its value (the low end) is not shown alone
    [{ value: 10000, unit: 'person', qualifier: 'range', low: 10000, high: 20000 }, '10,000–20,000 people'],
    [{ value: 70, unit: 'percent', qualifier: 'range', low: 70, high: 80 }, '70–80%'],
    // symbols and uncounted nouns stay as they are
    [{ value: 5, unit: 'kg', qualifier: 'exact', low: 5, high: 5 }, '5 kg'],
    [{ value: 30, unit: 'livestock', qualifier: 'exact', low: 30, high: 30 }, '30 livestock'],
    [{ value: 0.5, unit: 'ratio', qualifier: 'exact', low: 0.5, high: 0.5 }, '0.5 ratio'],
  ] as const)('formatQuantity %o', (q, text) => expect(formatQuantity(q)).toBe(text));
});

describe('untrusted text', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\x1B[31mred\\x1B[0m'],
    ['title\u001b]0;pwned\u0007', 'title\\x1B]0;pwned\\x07'],
    ['a\rb\bc\u0000', 'a\\x0Db\\x08c\\x00'],
    ['abc\u202Edef', 'abc\\u{202E}def'],
    ['\u009b31m', '\\x9B31m'],
    ['plain — text ≈ é', 'plain — text ≈ é'],
    // fillers and joiners that print as nothing
    ['a\u3164b\u115Fc\uFFA0d\u034Fe', 'a\\u{3164}b\\u{115F}c\\u{FFA0}d\\u{34F}e'],
    ['한국 Hangul stays', '한국 Hangul stays'],
  ])('sanitizeTerminal(%j) = %j', (input, out) => expect(sanitizeTerminal(input)).toBe(out));

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+2', "'+1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['-5', '-5'],
    ['-1.5e3', '-1.5e3'],
    ['-x', "'-x"],
    ['normal', 'normal'],
  ])('neutraliseFormula(%j) = %j', (input, out) => expect(neutraliseFormula(input)).toBe(out));

  it('quotes CSV fields that need it and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(1e21)).toBe('1000000000000000000000');
    expect(renderCsv([{ a: 1 }], [{ header: 'a', value: (r) => r.a }])).toBe('a\r\n1\r\n');
  });
});

describe('colour is decided once', () => {
  it.each([
    ['auto', {}, true, true],
    ['auto', {}, false, false],
    ['auto', { NO_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '' }, true, true],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['auto', { TERM: 'dumb' }, true, false],
    ['always', { NO_COLOR: '1' }, false, true],
    ['never', { FORCE_COLOR: '1' }, true, false],
  ] as const)('%s with %o, tty=%s -> %s', (mode, env, tty, expected) => {
    expect(decideColor(mode, env, tty)).toBe(expected);
  });
});

describe('errors as users see them', () => {
  it('prints one line and hints, with the exit code the error carries', () => {
    const r = renderError(new UnknownFigureError('displaced-populaton', ['displaced-population']), false);
    expect(r).toEqual({ text: "humfig: no figure with id 'displaced-populaton'\n  did you mean displaced-population?\n", exitCode: 1 });
  });
  it('locates a file problem by file, line, column and path', () => {
    const r = renderError(new FileInvalidError([{ file: 'f.json', path: 'figures[0].value', line: 25, column: 16, message: 'must not be negative' }]), false);
    expect(r).toEqual({ text: 'humfig: f.json:25:16: figures[0].value: must not be negative\n', exitCode: 65 });
  });
  it('treats anything else as a bug: exit 70, no stack unless asked', () => {
    const r = renderError(new TypeError('x is undefined'), false);
    expect(r.exitCode).toBe(70);
    expect(r.text).toBe('humfig: internal error: x is undefined\nhumfig: this is a bug in humfig; please report it with the command you ran\n');
    expect(JSON.parse(renderError(new Error('boom'), true).text).error).toMatchObject({ code: 'INTERNAL', exitCode: 70 });
  });
  it('adds the stack of an internal error when asked (HUMFIG_DEBUG)', () => {
    const err = new TypeError('x is undefined');
    expect(renderError(err, false, true).text).toContain(err.stack!.split('\n')[1]!.trim());
    expect(renderError(err, false, false).text).not.toContain(' at ');
  });

  it('never lets control characters from a message reach the terminal', () => {
    const r = renderError(new UnknownFigureError('\u001b[2Jx', []), false);
    expect(r.text).not.toContain('\u001b');
  });
});

describe('tables in a narrow terminal', () => {
  it('wrap long cells instead of cutting them', async () => {
    const { renderTable } = await import('../../../src/output/render-table.js');
    const rows = [{ id: 'residents', value: '≈120,000 people (115,000–125,000)', place: 'Nagorno-Karabakh', source: 'article-2023-10-01' }];
    const cols = (['id', 'value', 'place', 'source'] as const).map((k) => ({ header: k, value: (r: (typeof rows)[number]) => r[k] }));
    const text = renderTable(rows, cols, { color: false, width: 60 });
    expect(text).not.toContain('…');
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    // read each column down its lines: a wrapped cell comes back whole
    const column = (i: number) => text.split('\n').filter((l) => l.startsWith('│')).slice(1).map((l) => l.split('│')[i + 1]!.trim()).join('');
    expect(column(1).replace(/\s/g, '')).toBe('≈120,000people(115,000–125,000)');
    expect(column(2)).toBe('Nagorno-Karabakh');
  });
});

describe('JSON output', () => {
  it('writes a decimal kept as text as a number with exactly its digits, in documents and lines', () => {
    const value = { amount: jsonNumber('21913331.26'), tiny: jsonNumber('0.000000000000000000001'), list: [jsonNumber('-3')] };
    expect(renderJson(value)).toBe('{\n  "amount": 21913331.26,\n  "tiny": 0.000000000000000000001,\n  "list": [\n    -3\n  ]\n}\n');
    expect(renderJsonLine(value)).toBe('{"amount":21913331.26,"tiny":0.000000000000000000001,"list":[-3]}\n');
  });

  it('never turns a string of the data into a number, whatever it looks like', () => {
    for (const forged of ['\u0000humfig-number:5', '\u0000humfig-number-abc:5', 'humfig-number:5']) {
      expect(JSON.parse(renderJsonLine({ label: forged, n: jsonNumber('1') }))).toEqual({ label: forged, n: 1 });
    }
  });

  it('escapes what JSON leaves raw but a terminal acts on, keeping the data', () => {
    const text = renderJsonLine({ s: 'a\u202eb\u0085c\u2028' });
    expect(text).toBe('{"s":"a\\u202eb\\u0085c\\u2028"}\n');
    expect(JSON.parse(text).s).toBe('a\u202eb\u0085c\u2028');
  });

  // a draft of a large report is written in pieces; joined, they must be the one document, byte for byte
  const figure = (i: number) => ({ id: `f-${i}`, value: i, quote: `line\n"${i}"\u202e`, stated: i % 2 ? [{ value: jsonNumber('1.50'), unit: 'USD' }] : [], nested: { empty: {}, list: [] } });
  it.each([
    ['the array last, batches of 2', { format: 'f/1', places: [{ id: 'p' }], figures: [0, 1, 2, 3, 4].map(figure) }, 2],
    ['the array first, one batch', { figures: [0, 1].map(figure), after: { x: [1, 2] } }, 500],
    ['the array between, batches of 1', { a: 1, figures: [0, 1, 2].map(figure), z: 'end' }, 1],
    ['an empty array', { a: 1, figures: [], z: [] }, 2],
    ['one item, a batch exactly its size', { figures: [figure(7)] }, 1],
  ])('renders a document in pieces exactly as whole: %s', (_name, doc, batch) => {
    const pieces = [...renderJsonPieces(doc, 'figures', batch)];
    expect(pieces.join('')).toBe(renderJson(doc));
    if (doc.figures.length > batch) expect(pieces.length).toBeGreaterThan(2);
  });
});
