/**
 * The chunked reader of JSON documents: the values it gives and the file offsets it reports
 * must be those of the file, wherever a chunk ends: inside a value, inside a string, inside a
 * character of two, three or four UTF-8 bytes.
 */
import fc from 'fast-check';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkReader, GiveUp } from '../../../../src/facts/stream/file-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads the array of `text` (written as UTF-8) element by element: each element's text and the byte offset where it starts. */
function readArray(text: string | Buffer, start = 0): Array<{ text: string; offset: number }> {
  const path = join(dir, 'doc.json');
  writeFileSync(path, text);
  const fd = openSync(path, 'r');
  try {
    const reader = new ChunkReader(fd, 'doc.json', start);
    reader.skipBom();
    reader.expect(0x5b);
    const out: Array<{ text: string; offset: number }> = [];
    while (reader.peek() !== 0x5d) {
      const offset = reader.offset();
      out.push({ text: reader.value(), offset });
      if (reader.peek() === 0x2c) reader.expect(0x2c);
    }
    reader.expect(0x5d);
    expect(reader.atEnd()).toBe(true);
    return out;
  } finally {
    closeSync(fd);
  }
}

/** What readArray must give: each element as written, and its byte offset in the file. */
function expected(parts: string[], sep: string, prefix: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let at = Buffer.byteLength(prefix);
  for (const p of parts) {
    out.push({ text: p, offset: at });
    at += Buffer.byteLength(p) + Buffer.byteLength(sep);
  }
  return out;
}

describe('ChunkReader', () => {
  it('gives each value of a file of many chunks, with its byte offset, whatever characters cross a chunk end', () => {
    const chars = fc.constantFrom('a', ' ', ':', '"', '\\', '{', 'é', '€', '𝄞', '中', '\u2028');
    const element = fc.oneof(
      fc.array(chars, { maxLength: 40 }).map((cs) => JSON.stringify(cs.join(''))),
      fc.integer().map(String),
      fc.array(chars, { maxLength: 30 }).map((cs) => JSON.stringify({ id: cs.join(''), n: [1, { x: cs.join('') }] })),
      fc.constantFrom('true', 'null', '[]', '{}'),
    );
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 12 }), fc.nat({ max: 70_000 }), fc.constantFrom(',', ' ,\n', ',\r\n  '), (parts, pad, sep) => {
        // padding moves the elements across the 64 KiB chunk boundary
        const prefix = `[${' '.repeat(pad)}`;
        const got = readArray(`${prefix}${parts.join(sep)}]\n`);
        expect(got).toEqual(expected(parts, sep, prefix));
      }),
      { numRuns: 60 },
    );
  });

  it('decodes a character of 2, 3 or 4 bytes cut by the end of the first chunk (65,536 bytes)', () => {
    for (let pad = 65_526; pad <= 65_536; pad++) {
      const prefix = `[${' '.repeat(pad)}`;
      const parts = ['"é€𝄞"', '{"k":"𝄞"}', '"€"'];
      expect(readArray(`${prefix}${parts.join(',')}]`)).toEqual(expected(parts, ',', prefix));
    }
  });

  it('reads a value longer than a chunk, and a number that ends with the file', () => {
    const long = JSON.stringify('é'.repeat(100_000) + '𝄞'.repeat(50_000));
    expect(readArray(`[${long}, 12]`)).toEqual(expected([long, '12'], ', ', '['));
    const path = join(dir, 'bare.json');
    writeFileSync(path, '  1234');
    const fd = openSync(path, 'r');
    try {
      expect(new ChunkReader(fd, 'bare.json').value()).toBe('1234');
    } finally {
      closeSync(fd);
    }
  });

  it('skips a byte-order mark at the start, and starts at any offset', () => {
    expect(readArray('\ufeff["é",1]')).toEqual([{ text: '"é"', offset: 4 }, { text: '1', offset: 9 }]);
    expect(readArray('xx€[2, "b"]', 5)).toEqual([{ text: '2', offset: 6 }, { text: '"b"', offset: 9 }]);
  });

  it('gives up on text that is not UTF-8, and on a value the file cuts', () => {
    expect(() => readArray(Buffer.from([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]))).toThrow(GiveUp);
    expect(() => readArray(Buffer.from([0x5b, 0x22, 0x61, 0x22, 0x2c, 0x22, 0xe2, 0x82]))).toThrow(GiveUp);
    expect(() => readArray('[{"a": "b"')).toThrow(GiveUp);
  });
});
