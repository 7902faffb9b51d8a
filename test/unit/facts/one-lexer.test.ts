/**
 * One JSON lexer (src/facts/json-lexer.ts): no other file under src/ reads JSON text character
 * by character. A file that does compares characters with the codes of JSON's brackets, its
 * quote or its backslash (`c === 0x7b`, `const LBRACE = 123`, `s[i] === '{'`); the drivers of
 * the lexer take those codes from it instead. JSON.parse, and a first character sniffed to pick
 * a reader (`text.startsWith('{')`), are not tokenizing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => f.replaceAll('\\', '/'));
const code = (f: string) => readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** A character compared with (or named as) `{ } [ ] " \`: by its code in decimal or hex, or as a one-character string. */
const JSON_CHARACTER = /(?:[=!]==?|=|\bcase)\s*(?:0x7[bd]|0x5[bcd]|0x22|123|125|91|92|93|34|'[{}[\]"]'|'\\\\'|"[{}[\]]"|"\\"")(?![\w.])/i;

/** Files that read text with these characters but not JSON, and why. */
const NOT_JSON = new Map([
  ['hxl/parse-hxl.ts', 'CSV: a quote is doubled, not escaped'],
  ['convert/csv-cells.ts', 'CSV cells of rate tables'],
  ['extract/text.ts', 'brackets and parentheses in the prose of a report'],
  ['output/help-text.ts', 'shell words of an example command line'],
  ['output/man-page.ts', 'backslashes escaped for roff'],
]);

describe('the one JSON lexer', () => {
  it('is the only file under src/ that reads JSON text character by character', () => {
    const tokenizers = files.filter((f) => f !== 'facts/json-lexer.ts' && !NOT_JSON.has(f) && JSON_CHARACTER.test(code(f)));
    expect(tokenizers).toEqual([]);
  });

  it('the check sees each way of writing such a character, and the lexer itself', () => {
    for (const way of ['c === 0x7b', 'const RBRACKET = 0x5D;', 'if (c === 92)', "s[i] === '{'", "case '\\\\':", 'b[j] !== 0x22']) expect(way).toMatch(JSON_CHARACTER);
    for (const not of ['n === 1234', 'x = 0x7bad', "text.startsWith('{')", 'k === 340']) expect(not).not.toMatch(JSON_CHARACTER);
    expect(JSON_CHARACTER.test(code('facts/json-lexer.ts'))).toBe(true);
    for (const f of NOT_JSON.keys()) expect(JSON_CHARACTER.test(code(f)), f).toBe(true);
  });
});
