/** Batch mode's input: lines split as node:readline splits them, whatever pieces they arrive in. */
import fc from 'fast-check';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/line-blocks.js';

async function readlineLines(pieces: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(pieces.map((p) => Buffer.from(p))), crlfDelay: Infinity })) out.push(line);
  return out;
}

function splitterLines(pieces: string[]): string[] {
  const s = new LineSplitter();
  return [...pieces.flatMap((p) => s.push(p)), ...s.end()];
}

describe('LineSplitter', () => {
  it('ends lines at LF, CR LF and a lone CR, and keeps a last line without an end', () => {
    expect(splitterLines(['a\nb\r\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitterLines(['a\r', '\nb\r', 'c\n\n'])).toEqual(['a', 'b', 'c', '']);
    expect(splitterLines(['', 'x\r'])).toEqual(['x']);
    expect(splitterLines([])).toEqual([]);
  });

  it('gives the lines node:readline gives, for any text cut into any pieces', async () => {
    const text = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '\uFEFF', 'residents'), { maxLength: 40 }).map((t) => t.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (t, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((x, y) => x - y);
        const pieces = [0, ...at].map((start, i) => t.slice(start, at[i] ?? t.length)).filter((p) => p !== '');
        expect(splitterLines(pieces)).toEqual(await readlineLines(pieces.length > 0 ? pieces : []));
      }),
      { numRuns: 400 },
    );
  });
});
