import fc, { type JsonValue } from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PathLocator,
  formatJsonPath,
  locateJsonPath,
  positionAt,
  scanJson,
  valueTextAt,
  type DuplicateKey,
  type JsonPath,
} from '../../../src/facts/json-scan.js';

const VALUES = '(object, array, string, number, true, false or null)';
const ESCAPES = 'JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX';

describe('scanJson: syntax problems', () => {
  // [name, text, message, line, column]
  const cases: Array<[string, string, string, number, number]> = [
    ['empty file', '', 'the file is empty; a facts file is one JSON object', 1, 1],
    ['whitespace only', ' \n\t\n', 'the file is empty; a facts file is one JSON object', 3, 1],
    ['BOM only', '\uFEFF', 'the file is empty; a facts file is one JSON object', 1, 1],
    [
      'unclosed object (names the line it opened on)',
      '{\n  "a": 1,\n  "b": {\n    "c": 2\n',
      'unexpected end of file: an object opened at line 3 is not closed',
      5,
      1,
    ],
    ['unclosed array', '[1, 2', 'unexpected end of file: an array opened at line 1 is not closed', 1, 6],
    ['unclosed after colon', '{"a":', 'unexpected end of file: an object opened at line 1 is not closed', 1, 6],
    ['unclosed string', '{"a": "abc', 'unexpected end of file: a string opened at line 1 is not closed', 1, 11],
    [
      'trailing comma in object',
      '{\n  "a": 1,\n}',
      "trailing comma before '}'; JSON allows no comma after the last member",
      2,
      9,
    ],
    ['trailing comma in array', '[1, 2, ]', "trailing comma before ']'; JSON allows no comma after the last element", 1, 6],
    ['line comment', '{\n  // note\n  "a": 1\n}', 'comments are not allowed in JSON', 2, 3],
    ['block comment after a value', '{"a": 1 /* x */}', 'comments are not allowed in JSON', 1, 9],
    ['comment after the document', '{}\n// end', 'comments are not allowed in JSON', 2, 1],
    ['comment instead of a value', '[/* none */]', 'comments are not allowed in JSON', 1, 2],
    ['single-quoted value', '{"a": \'x\'}', 'strings must use double quotes', 1, 7],
    ['single-quoted key', "{'a': 1}", 'strings must use double quotes', 1, 2],
    ['curly quotes', '{"a": \u201cx\u201d}', 'strings must use straight double quotes ("), not curly quotes', 1, 7],
    ['unquoted key', '{\n  id: 1\n}', 'object keys must be strings in double quotes', 2, 3],
    ['numeric key', '{1: 1}', 'object keys must be strings in double quotes', 1, 2],
    ['NaN', '{"v": NaN}', 'NaN is not a JSON value; write a number or null', 1, 7],
    ['Infinity', '[1, Infinity]', 'Infinity is not a JSON value; write a number or null', 1, 5],
    ['-Infinity', '[-Infinity]', '-Infinity is not a JSON value; write a number or null', 1, 2],
    ['+Infinity', '[+Infinity]', '+Infinity is not a JSON value; write a number or null', 1, 2],
    ['undefined', '{"v": undefined}', 'undefined is not a JSON value; write a number or null', 1, 7],
    ['capitalised literal', '[True]', "'True' is not a JSON value; write true in lowercase", 1, 2],
    ['misspelt literal', '[nul]', "unexpected 'nul': text must be a string in double quotes; the only bare words in JSON are true, false and null", 1, 2],
    ['literal run into a word', '[nullx]', "unexpected 'nullx': text must be a string in double quotes; the only bare words in JSON are true, false and null", 1, 2],
    ['bare word', '{"a": hello}', "unexpected 'hello': text must be a string in double quotes; the only bare words in JSON are true, false and null", 1, 7],
    ['leading zeros', '[012]', "leading zeros are not allowed in numbers: '012'", 1, 2],
    ['negative leading zeros', '[-00.5]', "leading zeros are not allowed in numbers: '-00.5'", 1, 2],
    ['no digit after the point', '{"v": 1.}', "a number needs a digit after the decimal point: '1.'", 1, 7],
    ['no digit before the point', '[.5]', "a number must have a digit before the decimal point: '.5' (write '0.5')", 1, 2],
    ['negative, no digit before the point', '[-.5]', "a number must have a digit before the decimal point: '-.5' (write '-0.5')", 1, 2],
    ['plus sign', '[+1]', "numbers must not start with '+': '+1' (write '1')", 1, 2],
    ['hexadecimal', '[0x1F]', "hexadecimal numbers are not allowed in JSON: '0x1F'; write the number in decimal", 1, 2],
    ['empty exponent', '[1e+]', "a number needs digits in its exponent: '1e+'", 1, 2],
    ['minus then space', '[- 1]', "expected a digit after '-' but found a space", 1, 2],
    ['minus at the end', '-', "expected a digit after '-' but found the end of the file", 1, 1],
    [
      'raw newline in a string',
      '{"a": "line\nbreak"}',
      `line break inside a string; close the string with '"' before the end of the line, or write \\n`,
      1,
      12,
    ],
    ['raw CR in a string', '["a\rb"]', `line break inside a string; close the string with '"' before the end of the line, or write \\n`, 1, 4],
    ['raw tab in a string', '["a\tb"]', 'tab character inside a string; write \\t instead', 1, 4],
    ['control character in a string', '["a\u0007"]', 'control character U+0007 inside a string; write it as \\u0007', 1, 4],
    ['invalid escape', '["C:\\xyz"]', `invalid escape '\\x' in a string; ${ESCAPES}`, 1, 5],
    ['escaped apostrophe', '["it\\\'s"]', `invalid escape "\\'" in a string; ${ESCAPES}`, 1, 5],
    ['lone backslash', '["a\\ b"]', 'lone backslash in a string; write \\\\ for a backslash', 1, 4],
    ['lone backslash at the end', '"abc\\', 'lone backslash in a string; write \\\\ for a backslash', 1, 5],
    ['bad \\u escape', '["\\u12G4"]', "invalid escape '\\u12G4': \\u must be followed by exactly 4 hex digits", 1, 3],
    ['short \\u escape', '["\\u12"]', "invalid escape '\\u12': \\u must be followed by exactly 4 hex digits", 1, 3],
    ['extra content', '{"a": 1}\nx', "unexpected 'x' after the end of the JSON document", 2, 1],
    ['second document', '{}{}', "unexpected '{' after the end of the JSON document", 1, 3],
    ['invisible character after the document', '{}\u200B', 'unexpected U+200B after the end of the JSON document', 1, 3],
    ['control character as a value', '[\u0007]', `expected a value ${VALUES} but found U+0007`, 1, 2],
    ['no-break space as a value', '{"a":\u00A01}', `expected a value for "a" ${VALUES} but found U+00A0`, 1, 6],
    ['BOM inside the document', '[\uFEFF]', `expected a value ${VALUES} but found U+FEFF`, 1, 2],
    ['emoji as a value', '[1, \u{1F600}]', `expected a value ${VALUES} but found '\u{1F600}'`, 1, 5],
    ['missing value', '{"a": }', `expected a value for "a" ${VALUES} but found '}'`, 1, 7],
    ['leading comma', '[,1]', `expected a value ${VALUES} but found ','`, 1, 2],
    ['double comma', '[1,,2]', `expected a value ${VALUES} but found ','`, 1, 4],
    ['missing colon', '{"a" 1}', `expected ':' after the key "a" but found '1'`, 1, 6],
    ['key with a control character, shown safely', '{"a\\u0007b" 1}', `expected ':' after the key "a\\u0007b" but found '1'`, 1, 13],
    ['missing comma between members', '{"a": 1 "b": 2}', `expected ',' or '}' after the value of "a" but found '"'`, 1, 9],
    ['missing comma between elements', '[1 2]', "expected ',' or ']' after an array element but found '2'", 1, 4],
    ['number run into a letter', '[1a]', "expected ',' or ']' after an array element but found 'a'", 1, 3],
    ['array closed with }', '{"a": [1}', "'}' does not close the array opened at line 1; use ']'", 1, 9],
    ['object closed with ]', '[\n{"a": 1]', "']' does not close the object opened at line 2; use '}'", 2, 8],
    ['missing key', '{,}', "expected a key in double quotes but found ','", 1, 2],
    ['nesting deeper than 512', `${'['.repeat(513)}${']'.repeat(513)}`, 'nesting deeper than 512 levels', 1, 513],
  ];

  it.each(cases)('%s', (_name, text, message, line, column) => {
    const { syntax } = scanJson(text);
    expect(syntax).toEqual({ message, line, column, offset: expect.any(Number) });
    expect(positionAt(text, syntax!.offset)).toEqual({ line, column, offset: syntax!.offset });
  });

  it('honours a lower maxDepth, counting empty containers', () => {
    expect(scanJson('[[[1]]]', { maxDepth: 2 }).syntax).toMatchObject({ message: 'nesting deeper than 2 levels', column: 3 });
    expect(scanJson('[[[]]]', { maxDepth: 2 }).syntax).toMatchObject({ message: 'nesting deeper than 2 levels', column: 3 });
    expect(scanJson('[[1]]', { maxDepth: 2 })).toEqual({ duplicates: [], maxDepth: 2 });
  });

  it.each([
    ['huge exponent', '1e400'],
    ['negative zero', '-0'],
    ['number forms', '[-0, 0, 1E+2, 0.5e-3, -12.75E2, 10]'],
    ['lone high surrogate escape', '"\\uD800"'],
    ['lone low surrogate escape', '["\\uDFFF x"]'],
    ['raw lone surrogate', '"\uD800"'],
    ['all escapes', '"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uABCD"'],
    ['DEL and U+2028 in a string', '"\u007F\u2028"'],
    ['__proto__ key', '{"__proto__": {"__proto__": 1}}'],
    ['leading BOM', '\uFEFF{"a": 1}'],
    ['literals with whitespace', ' \t\r\n[true, false, null] \r\n'],
    ['empty containers', '{"a": {}, "b": [], "c": [{}, []]}'],
  ])('accepts %s', (_name, text) => {
    expect(scanJson(text).syntax).toBeUndefined();
  });

  it('reports the depth reached', () => {
    expect(scanJson('1').maxDepth).toBe(0);
    expect(scanJson('{"a": [{"b": []}], "c": {}}').maxDepth).toBe(4);
    expect(scanJson('[[[', { maxDepth: 10 }).maxDepth).toBe(3);
  });
});

describe('positions', () => {
  // [name, text, offset, line, column]
  it.each<[string, string, number, number, number]>([
    ['LF', 'ab\ncd', 4, 2, 2],
    ['CRLF: after the break', 'ab\r\ncd', 5, 2, 2],
    ['CRLF: at the CR', 'ab\r\ncd', 2, 1, 3],
    ['CRLF: at the LF', 'ab\r\ncd', 3, 1, 4],
    ['lone CR', 'ab\rcd', 3, 2, 1],
    ['BOM itself', '\uFEFF{}', 0, 1, 1],
    ['after a BOM', '\uFEFF{}', 1, 1, 1],
    ['after a BOM, next char', '\uFEFF{}', 2, 1, 2],
    ['second line after a BOM', '\uFEFF\n x', 3, 2, 2],
    ['after é', '"é" x', 4, 1, 5],
    ['after decomposed é (two code points)', '"e\u0301" x', 5, 1, 6],
    ['after an emoji (one code point, two units)', '"\u{1F600}" x', 5, 1, 5],
    ['after two emoji on the second line', '{\n"\u{1F600}\u{1F30D}" x', 9, 2, 6],
    ['end of text', 'ab\n', 3, 2, 1],
    ['beyond the end (clamped)', 'ab', 10, 1, 3],
    ['negative (clamped)', 'ab', -4, 1, 1],
  ])('%s', (_name, text, offset, line, column) => {
    const expectedOffset = Math.min(Math.max(offset, 0), text.length);
    expect(positionAt(text, offset)).toEqual({ line, column, offset: expectedOffset });
  });

  // [name, text, line, column] of the syntax problem
  it.each<[string, string, number, number]>([
    ['CRLF lines', '{\r\n  "a": 1,\r\n  "b": x\r\n}', 3, 8],
    ['LF lines', '{\n  "a": 1,\n  "b": x\n}', 3, 8],
    ['lone CR lines', '[1,\r2,\rx]', 3, 1],
    ['after a BOM', '\uFEFF{"a": x}', 1, 7],
    ['after é and emoji', '{"é": "\u{1F600}\u{1F600}", "b": x}', 1, 18],
  ])('syntax problem position: %s', (_name, text, line, column) => {
    expect(scanJson(text).syntax).toMatchObject({ line, column });
  });
});

describe('scanJson: duplicate keys', () => {
  it.each<[string, string, DuplicateKey[]]>([
    ['top level', '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}', [{ path: [], key: 'a', line: 4, column: 3, firstLine: 2 }]],
    [
      'repeated twice in a nested object',
      '{"x": {"k": 1,\n"k": 2,\n"k": 3}}',
      [
        { path: ['x'], key: 'k', line: 2, column: 1, firstLine: 1 },
        { path: ['x'], key: 'k', line: 3, column: 1, firstLine: 1 },
      ],
    ],
    [
      'in an array of objects',
      '{"figures": [\n {"id": 1},\n {"id": 2, "id": 3}\n]}',
      [{ path: ['figures', 1], key: 'id', line: 3, column: 12, firstLine: 3 }],
    ],
    [
      'deep inside arrays and objects',
      '{"a": [[{"b": {"c": 1, "c": 2}}]]}',
      [{ path: ['a', 0, 0, 'b'], key: 'c', line: 1, column: 24, firstLine: 1 }],
    ],
    ['at two depths', '{"a": {"b": 1, "b": 2}, "a": 3}', [
      { path: ['a'], key: 'b', line: 1, column: 16, firstLine: 1 },
      { path: [], key: 'a', line: 1, column: 25, firstLine: 1 },
    ]],
    ['under an odd key', '{"odd key": {"x": 1, "x": 2}}', [{ path: ['odd key'], key: 'x', line: 1, column: 22, firstLine: 1 }]],
    ['spelled with an escape', '{"a": 1, "\\u0061": 2}', [{ path: [], key: 'a', line: 1, column: 10, firstLine: 1 }]],
    ['__proto__ is a normal key', '{"__proto__": 1, "__proto__": 2}', [{ path: [], key: '__proto__', line: 1, column: 18, firstLine: 1 }]],
    ['after a BOM and emoji', '\uFEFF{"\u{1F600}": 1, "\u{1F600}": 2}', [{ path: [], key: '\u{1F600}', line: 1, column: 10, firstLine: 1 }]],
    ['CRLF lines', '{\r\n"a": 1,\r\n"a": 2\r\n}', [{ path: [], key: 'a', line: 3, column: 1, firstLine: 2 }]],
    ['none: same key in sibling objects', '[{"a": 1}, {"a": 1}]', []],
    ['none: same key at another depth', '{"a": {"a": {"a": 1}}}', []],
    ['none: keys differing in case', '{"a": 1, "A": 2}', []],
  ])('%s', (_name, text, expected) => {
    const result = scanJson(text);
    expect(result.syntax).toBeUndefined();
    expect(result.duplicates).toEqual(expected);
  });

  it('reports duplicates found before a syntax problem', () => {
    const result = scanJson('{"a": 1, "a": 2, }');
    expect(result.duplicates).toEqual([{ path: [], key: 'a', line: 1, column: 10, firstLine: 1 }]);
    expect(result.syntax?.message).toBe("trailing comma before '}'; JSON allows no comma after the last member");
  });
});

describe('locateJsonPath', () => {
  const doc = [
    '{',
    '  "dataset": { "id": "dtm-2024" },',
    '  "figures": [',
    '    { "id": "a", "value": 10 },',
    '    { "id": "b", "value": [1, [2, 3]], "note": null }',
    '  ],',
    '  "say \\"hi\\"": { "back\\\\slash": true },',
    '  "dup": 1,',
    '  "dup": 2,',
    '  "caf\\u00e9": "é"',
    '}',
  ].join('\n');

  // [path, key option, line, column]
  it.each<[JsonPath, boolean, number, number]>([
    [[], false, 1, 1],
    [['dataset'], false, 2, 14],
    [['dataset', 'id'], false, 2, 22],
    [['dataset', 'id'], true, 2, 16],
    [['figures', 0], false, 4, 5],
    [['figures', 0], true, 4, 5],
    [['figures', 1, 'value', 1, 0], false, 5, 32],
    [['figures', 1, 'note'], false, 5, 48],
    [['figures', 1, 'note'], true, 5, 40],
    [['say "hi"', 'back\\slash'], false, 7, 34],
    [['say "hi"', 'back\\slash'], true, 7, 19],
    [['dup'], false, 9, 10],
    [['dup'], true, 9, 3],
    [['café'], false, 10, 16],
  ])('%j (key: %s)', (path, key, line, column) => {
    const at = locateJsonPath(doc, path, { key });
    expect(at).toMatchObject({ line, column });
    expect(positionAt(doc, at!.offset)).toEqual(at);
  });

  it.each<[string, string, JsonPath]>([
    ['missing key', doc, ['nope']],
    ['index past the end', doc, ['figures', 2]],
    ['negative index', doc, ['figures', -1]],
    ['fractional index', doc, ['figures', 0.5]],
    ['string segment on an array', doc, ['figures', '0']],
    ['number segment on an object', doc, ['dataset', 0]],
    ['into a string', doc, ['dataset', 'id', 'x']],
    ['into null', doc, ['figures', 1, 'note', 0]],
    ['empty text', '', []],
    ['whitespace only', '  \n', []],
    ['empty array', '[]', [0]],
    ['element after a trailing comma', '[1,]', [1]],
    ['empty object', '{}', ['a']],
    ['path only in an overridden duplicate', '{"a": {"b": 1}, "a": {"c": 2}}', ['a', 'b']],
    ['index only in an overridden duplicate', '{"a": [1, 2], "a": [3]}', ['a', 1]],
  ])('undefined for %s', (_name, text, path) => {
    expect(locateJsonPath(text, path)).toBeUndefined();
  });

  it('handles CRLF, a BOM and emoji', () => {
    const text = '\uFEFF{\r\n  "a": [\r\n    "\u{1F600}", 2\r\n  ]\r\n}';
    expect(locateJsonPath(text, ['a', 1])).toEqual({ line: 3, column: 10, offset: text.indexOf('2') });
    expect(locateJsonPath(text, [])).toEqual({ line: 1, column: 1, offset: 1 });
  });

  it('follows the last occurrence of a repeated key, at any level', () => {
    const text = '{"a": {"b": 1, "b": 2}, "x": 0, "a": {"b": 3, "c": [4]}}';
    expect(locateJsonPath(text, ['a', 'b'])?.offset).toBe(text.indexOf('3'));
    expect(locateJsonPath(text, ['a', 'c', 0])?.offset).toBe(text.indexOf('4'));
    expect(locateJsonPath(text, ['a'], { key: true })?.offset).toBe(text.lastIndexOf('"a"'));
  });

  it('skips over values that contain brackets and quotes inside strings', () => {
    const text = '[{"s": "]}\\"[{"}, "x"]';
    expect(locateJsonPath(text, [1])?.offset).toBe(text.lastIndexOf('"x"'));
  });
});

describe('valueTextAt', () => {
  const text = '{"a": 9007199254740993, "b": -1.5e+300, "c": [1, "]"], "d": "x\\"y"}';
  it.each<[string, string | undefined]>([
    ['9007', '9007199254740993'],
    ['-1.5', '-1.5e+300'],
    ['[1', '[1, "]"]'],
    ['"x', '"x\\"y"'],
    [', "b"', undefined],
  ])('the value at %j is %j, as written', (at, written) => {
    expect(valueTextAt(text, text.indexOf(at))).toBe(written);
  });
});

describe('formatJsonPath', () => {
  it.each<[JsonPath, string]>([
    [[], ''],
    [['figures', 3, 'value'], 'figures[3].value'],
    [['dataset', 'id'], 'dataset.id'],
    [['places', 0, 'odd key'], 'places[0]["odd key"]'],
    [[0, 'a'], '[0].a'],
    [['odd key', 'x'], '["odd key"].x'],
    [['', 'a-b', 'say "hi"'], '[""]["a-b"]["say \\"hi\\""]'],
    [['café', 'naïve_1', '$ref'], 'café.naïve_1.$ref'],
    [['1abc'], '["1abc"]'],
    [['a\u200Bb'], '["a\\u200bb"]'],
    [['tab\there'], '["tab\\there"]'],
  ])('%j → %s', (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
  });
});

describe('deep nesting (no recursion)', () => {
  const N = 100_000;
  const deepArrays = '['.repeat(N) + ']'.repeat(N);
  const deepObjects = '{"a":'.repeat(N) + '1' + '}'.repeat(N);

  it('stops at the default maxDepth for 100,000 open brackets', () => {
    const result = scanJson('['.repeat(N));
    expect(result.syntax).toEqual({ line: 1, column: 513, offset: 512, message: 'nesting deeper than 512 levels' });
    expect(result.maxDepth).toBe(512);
  });

  it('reports the unclosed innermost array when maxDepth is raised', () => {
    const result = scanJson('['.repeat(N), { maxDepth: 2 * N });
    expect(result.syntax).toEqual({
      line: 1,
      column: N + 1,
      offset: N,
      message: 'unexpected end of file: an array opened at line 1 is not closed',
    });
    expect(result.maxDepth).toBe(N);
  });

  it('accepts valid deep arrays and objects with maxDepth raised', () => {
    expect(scanJson(deepArrays, { maxDepth: N })).toEqual({ duplicates: [], maxDepth: N });
    expect(scanJson(deepObjects, { maxDepth: N })).toEqual({ duplicates: [], maxDepth: N });
    expect(scanJson(deepArrays, { maxDepth: N - 1 }).syntax?.offset).toBe(N - 1);
  });

  it('finds a duplicate at the bottom with its full path', () => {
    const text = '{"a":'.repeat(N) + '{"k": 1, "k": 2}' + '}'.repeat(N);
    const [dup, ...rest] = scanJson(text, { maxDepth: N + 1 }).duplicates;
    expect(rest).toEqual([]);
    expect(dup?.path).toHaveLength(N);
    expect(dup).toMatchObject({ key: 'k', line: 1, column: 5 * N + 10, firstLine: 1 });
  });

  it('locates paths at the bottom', () => {
    expect(locateJsonPath(deepArrays, new Array<number>(N - 1).fill(0))?.offset).toBe(N - 1);
    expect(locateJsonPath(deepObjects, new Array<string>(N).fill('a'))?.offset).toBe(5 * N);
    expect(locateJsonPath(deepObjects, new Array<string>(N).fill('a'), { key: true })?.offset).toBe(5 * N - 4);
  });
});

describe('a large document (~2 MB)', () => {
  const figures = Array.from({ length: 6000 }, (_, i) => ({
    id: `fig-${i}`,
    value: i * 1.5e3,
    unit: 'people',
    label: `Personnes déplacées — région ${i} \u{1F30D} "quoted"\n`,
    tags: ['idp', 'returnee', i],
    source: { org: 'OCHA', date: '2024-01-01', url: `https://example.org/${i}` },
    ok: i % 2 === 0,
    note: null,
  }));
  const lines = JSON.stringify({ dataset: { id: 'big' }, figures }, null, 2).split('\n');
  // Plant a duplicate "unit" key in three figures by repeating the line that holds it.
  const planted = [10, 2500, 5999];
  const unitLines: number[] = [];
  lines.forEach((l, n) => {
    if (l === '      "unit": "people",') unitLines.push(n);
  });
  for (const f of [...planted].reverse()) lines.splice(unitLines[f]! + 1, 0, '      "unit": "households",');
  const text = lines.join('\n');

  it('is scanned correctly', () => {
    expect(text.length).toBeGreaterThan(2_000_000);
    const result = scanJson(text);
    expect(result.syntax).toBeUndefined();
    expect(result.maxDepth).toBe(4);
    expect(result.duplicates.map((d) => d.path)).toEqual(planted.map((f) => ['figures', f]));
    let searchFrom = 0;
    for (const d of result.duplicates) {
      const offset = text.indexOf('"unit": "households"', searchFrom);
      searchFrom = offset + 1;
      const { line, column } = positionAt(text, offset);
      expect(d).toMatchObject({ key: 'unit', line, column, firstLine: line - 1 });
    }
    expect(locateJsonPath(text, ['figures', 5999, 'source', 'url'])?.offset).toBe(text.lastIndexOf('"https://'));
  });

  it('finds a problem near its end', () => {
    const broken = text.replace(/"note": null\n(\s*)\}\n(\s*)\]/, '"note": null,\n$1}\n$2]');
    const offset = broken.lastIndexOf('null,') + 4;
    expect(scanJson(broken).syntax).toEqual({
      ...positionAt(broken, offset),
      message: "trailing comma before '}'; JSON allows no comma after the last member",
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

type Json = JsonValue;

function depthOf(v: Json): number {
  if (v === null || typeof v !== 'object') return 0;
  const children = (Array.isArray(v) ? v : Object.values(v)) as Json[];
  return 1 + children.reduce<number>((m, c) => Math.max(m, depthOf(c)), 0);
}

/** Paths to every leaf: scalars and empty containers. */
function leafPaths(v: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (v !== null && typeof v === 'object') {
    const entries = (Array.isArray(v) ? v.map((c, i) => [i, c]) : Object.entries(v)) as Array<[string | number, Json]>;
    if (entries.length > 0) {
      for (const [k, c] of entries) leafPaths(c, [...prefix, k], out);
      return out;
    }
  }
  out.push(prefix);
  return out;
}

function getAt(v: Json, path: ReadonlyArray<string | number>): Json {
  let cur = v;
  for (const s of path) cur = (cur as Record<string | number, Json>)[s]!;
  return cur;
}

const MARK = '\u0000locate-marker\u0000';

/** A copy of `v` with the value at `path` replaced by MARK (own properties, even for __proto__). */
function withMark(v: Json, path: ReadonlyArray<string | number>): Json {
  if (path.length === 0) return MARK;
  const copy = JSON.parse(JSON.stringify(v)) as Json;
  const parent = getAt(copy, path.slice(0, -1)) as object;
  Object.defineProperty(parent, path[path.length - 1]!, { value: MARK, enumerable: true, writable: true, configurable: true });
  return copy;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

const jsonValues = fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: 'binary' }));

const TOKENS = [
  '{', '}', '[', ']', ',', ':', '"', '"a"', '"k"', ' ', '\n', '\r\n', '\t', '0', '1', '-', '+', '.', 'e', 'E',
  '12', '0.5', '1e5', 'true', 'false', 'null', 'nul', 'NaN', '\\', '\\u', '\\"', 'u00e9', 'x', "'", '/', '*',
  '\u0007', '\u00e9', '\u{1F600}', '\uFEFF', '\uD800',
];
const jsonish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''));
const mutatedJson = fc
  .tuple(jsonValues, fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...TOKENS))
  .map(([v, at, op, token]) => {
    const text = JSON.stringify(v, null, op === 0 ? 2 : undefined);
    const i = at % (text.length + 1);
    if (op === 0) return text.slice(0, i) + token + text.slice(i);
    if (op === 1) return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + token + text.slice(i + 1);
  });
const anyText = fc.oneof(jsonish, mutatedJson, fc.string({ unit: 'binary' }), fc.string());

describe('properties', () => {
  it('JSON.stringify output has no syntax problem, no duplicates and the right depth', () => {
    fc.assert(
      fc.property(jsonValues, fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        expect(scanJson(text)).toEqual({ duplicates: [], maxDepth: depthOf(v) });
      }),
    );
  });

  it('locateJsonPath finds where JSON.stringify wrote each leaf (and its key)', () => {
    fc.assert(
      fc.property(jsonValues, (v) => {
        const text = JSON.stringify(v, null, 2);
        for (const path of leafPaths(v)) {
          const at = locateJsonPath(text, path);
          const marked = JSON.stringify(withMark(v, path), null, 2);
          const expected = marked.indexOf(JSON.stringify(MARK));
          expect(at?.offset).toBe(expected);
          expect(text.startsWith(JSON.stringify(getAt(v, path)), expected)).toBe(true);
          // line and column, computed independently (LF lines, code points)
          const before = text.slice(0, expected);
          const lineStart = before.lastIndexOf('\n') + 1;
          expect(at).toMatchObject({ line: before.split('\n').length, column: [...text.slice(lineStart, expected)].length + 1 });
          const last = path[path.length - 1];
          if (typeof last === 'string') {
            const keyAt = locateJsonPath(text, path, { key: true })!;
            const keyText = `${JSON.stringify(last)}: `;
            expect(text.startsWith(keyText, keyAt.offset)).toBe(true);
            expect(keyAt.offset + keyText.length).toBe(expected);
          }
        }
      }),
    );
  });

  it('PathLocator finds what locateJsonPath finds, for every path into a document with top-level arrays, its containers kept or not', () => {
    const documents = fc.record({
      figures: fc.array(jsonValues, { maxLength: 6 }),
      decoy: jsonValues,
      other: jsonValues,
      repeated: fc.boolean(),
      pretty: fc.boolean(),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(documents, ({ figures, decoy, other, repeated, pretty, crlf, bom }) => {
        const write = (v: Json) => JSON.stringify(v, null, pretty ? 2 : undefined);
        // a repeated "figures" key first: JSON.parse keeps the last, and so must both locators
        let text = `{${repeated ? `"figures": ${write(decoy)},\n` : ''}"other": ${write(other)},\n"figures": ${write(figures)}}`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        if (bom) text = `\uFEFF${text}`;
        const paths: JsonPath[] = [['figures'], ['figures', figures.length], ['figures', -1], ['figures', 0, 'missing'], ['nothing', 0], ['other', 0]];
        for (const leaf of leafPaths(figures)) for (let n = 0; n <= leaf.length; n++) paths.push(['figures', ...leaf.slice(0, n)]);
        for (const leaf of leafPaths(other)) paths.push(['other', ...leaf]);
        // (once reading each container afresh, once keeping every container's members)
        for (const locator of [new PathLocator(text), new PathLocator(text, 0)]) {
          for (const path of paths) {
            expect(locator.find(path)).toEqual(locateJsonPath(text, path));
            expect(locator.find(path, { key: true })).toEqual(locateJsonPath(text, path, { key: true }));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('PathLocator gives the line and column positionAt gives, for offsets asked in any order along lines far longer than its checkpoints', () => {
    // (a whole document on one line: columns counted from a kept checkpoint, surrogate pairs counted once)
    const pieces = fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '😀', 'é', '"x": 1, '), { minLength: 1, maxLength: 20 });
    const texts = fc.tuple(pieces, fc.integer({ min: 1000, max: 3000 })).map(([p, n]) => p.join('').repeat(n));
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (text, picks) => {
        const locator = new PathLocator(text);
        for (const pick of picks) {
          const offset = pick % (text.length + 1);
          expect(locator.position(offset)).toEqual(positionAt(text, offset));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports a syntax problem exactly when JSON.parse throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = scanJson(text, { maxDepth: Number.POSITIVE_INFINITY });
        expect(result.syntax === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('messages never show invisible or control characters raw, and positions are consistent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { syntax, duplicates } = scanJson(text);
        if (syntax) {
          expect(syntax.message).not.toMatch(/[\p{C}\u00A0\u2028\u2029\u200B]/u);
          expect(positionAt(text, syntax.offset)).toEqual({ line: syntax.line, column: syntax.column, offset: syntax.offset });
        }
        for (const d of duplicates) expect(d.firstLine).toBeLessThanOrEqual(d.line);
      }),
      { numRuns: 1000 },
    );
  });
});
