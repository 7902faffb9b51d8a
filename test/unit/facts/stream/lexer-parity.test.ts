/**
 * One lexer, two drivers: the strict scanner (scanJson, a whole text in memory) and the
 * streaming reader (ChunkReader, a file read in chunks on a Latin-1 view of its bytes) must
 * agree on every document: both accept it, or both stop at the same first error. Documents are
 * mutated with a fixed seed (test/setup/fuzz-seed.ts); chunks as small as 7 bytes put a chunk
 * end inside every kind of token. Both stop at the same depth (MAX_DEPTH); duplicate keys are the
 * strict scanner's own layer, not a syntax error, and are not compared.
 */
import fc from 'fast-check';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../../src/facts/json-lexer.js';
import { scanJson } from '../../../../src/facts/json-scan.js';
import { ChunkReader, GiveUp } from '../../../../src/facts/stream/file-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-lexer-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figure = (n: number) => ({ id: `f-${n}`, value: n * 1250, low: -0.5e3, label: 'Caf\u00e9 \u201cquoted\u201d \u{1F600}', ok: n % 2 === 0, none: null, tags: ['a\\b', 'tab\there', '"q"'] });
const DOCUMENTS = [
  // pretty-printed, as people write facts files
  JSON.stringify({ format: 'humfig-facts/1', dataset: { id: 'parity' }, figures: [figure(1), figure(2)] }, null, 2),
  // one figure per line, as large files are written
  `{"format":"humfig-facts/1","figures":[\n${[1, 2, 3].map((n) => JSON.stringify(figure(n))).join(',\n')}\n]}\n`,
  // every token kind at the top level of an array, escapes included
  '\ufeff[0, -1.5e+10, 2E-3, true, false, null, "\\u00e9\\n\\/", {}, [], {"k": [{"x": {}}]}, "\u2028"]',
];

/** Edits that matter to a JSON lexer, at fractions of the length so that they fit any document. */
const TOKENS = ['{', '}', '[', ']', '"', ',', ':', '\\', '/', '-', '+', '.', 'e', '0', '7', "'", ' ', '\n', '\r', '\t', '\u0001', '\ufeff', '\u201c', 'é', 'tru', 'null', 'NaN', '\\u12', '\\x', '0x1', '01', '1.', '1e', '//'];
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    if (e.kind === 'insert') out = out.slice(0, i) + e.text + out.slice(i);
    else if (e.kind === 'delete') out = out.slice(0, i) + out.slice(i + e.length);
    else out = out.slice(0, i);
  }
  // what the file holds, decoded: the strict scanner reads the text the streaming reader's bytes make
  return Buffer.from(out, 'utf8').toString('utf8');
}

/** The strict scanner's verdict, in bytes: undefined when the text is JSON, else the byte offset of its first error. */
function strictError(text: string): number | undefined {
  const syntax = scanJson(text).syntax;
  return syntax && Buffer.byteLength(text.slice(0, syntax.offset));
}

/** The streaming reader's verdict on the same text written to a file: its one value, or where it gave up. */
function streamingRead(text: string, chunkBytes: number): { value: string } | { error: number } {
  const path = join(dir, 'doc.json');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    const reader = new ChunkReader(fd, 'doc.json', 0, undefined, chunkBytes);
    reader.skipBom();
    const value = reader.value();
    return reader.atEnd() ? { value } : { error: reader.offset() };
  } catch (err) {
    if (err instanceof GiveUp && err.offset !== undefined) return { error: err.offset };
    throw err;
  } finally {
    closeSync(fd);
  }
}

describe('the strict scanner and the streaming reader (one lexer)', () => {
  it('agree on 400 mutated documents: both accept, or both report the first error at the same byte', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat(DOCUMENTS.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.constantFrom(7, 64, 1 << 16), (d, edits, chunkBytes) => {
        const text = applyEdits(DOCUMENTS[d]!, edits);
        const strict = strictError(text);
        const streamed = streamingRead(text, chunkBytes);
        if (strict === undefined) {
          expect(streamed).toEqual({ value: text.replace(/^\ufeff/, '').trim() });
          // and what both accept is JSON to JSON.parse
          expect(() => JSON.parse(text.replace(/^\ufeff/, ''))).not.toThrow();
        } else {
          rejected++;
          expect(streamed).toEqual({ error: strict });
        }
      }),
      { numRuns: 400 },
    );
    // the mutations reach the error paths, not only harmless whitespace
    expect(rejected).toBeGreaterThan(200);
  });

  it.each([
    ['an empty file', ''],
    ['a string the file cuts', '["abc'],
    ['an unclosed array', '[1, 2'],
    ['a trailing comma', '{"a": 1,}'],
    ['a comment', '[1, // no\n2]'],
    ['a word', '[tru]'],
    ['a word cut by the file', '[1, tru'],
    ['text after the document', '{} {}'],
    ['a bad escape in the second chunk', `["${'x'.repeat(10)}\\q"]`],
    ['a raw control character', '["a\u0001"]'],
    ['a number without digits after the point', '[1.]'],
    ['a key without a colon', '{"a" 1}'],
    ['nesting deeper than the limit', `${'['.repeat(MAX_DEPTH)}[]${']'.repeat(MAX_DEPTH)}`],
  ])('agree on %s, read 4 bytes at a time', (_name, text) => {
    const strict = strictError(text);
    expect(strict).toBeDefined();
    expect(streamingRead(text, 4)).toEqual({ error: strict });
  });

  it('agree on a number or word that ends with the file, read in chunks that end inside it', () => {
    for (const text of ['12345', '-0.5e-7', 'false', '  null  ']) {
      expect(strictError(text)).toBeUndefined();
      expect(streamingRead(text, 3)).toEqual({ value: text.trim() });
    }
  });
});
