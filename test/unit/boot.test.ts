/**
 * The code cache of the built program (src/boot.ts) is used only when it was made from the very
 * text of its chunk and is whole: V8 checks neither (a stale cache of the same length would run
 * old code; a corrupt one crashes the process). Through the binary: test/cli/process.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFile, readCache } from '../../src/boot.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** V8's data that readCache finds in a cache file of these bytes */
const read = (bytes: Buffer, text = source) => {
  const path = join(dir, `${++files}.v8cache`);
  writeFileSync(path, bytes);
  return readCache(path, text);
};

const source = Buffer.from('module.exports = { answer: 42 };\n');
// longer than the buffer readCache compares through, so that the comparison goes piece by piece
const data = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7) % 256));
const good = cacheFile(source, data);

describe("a chunk's code cache", () => {
  it("is used when it was made from the chunk's text and is whole", () => {
    expect(read(good)?.equals(data)).toBe(true);
  });

  it('is not used when missing or not a cache file', () => {
    expect(readCache(join(dir, 'none.v8cache'), source)).toBeUndefined();
    // a FIFO in its place: not waited on (opening it to read would block until a writer came)
    execFileSync('mkfifo', [join(dir, 'fifo.v8cache')]);
    expect(readCache(join(dir, 'fifo.v8cache'), source)).toBeUndefined();
    expect(read(Buffer.alloc(0))).toBeUndefined();
    expect(read(Buffer.concat([Buffer.from('HFC2'), good.subarray(4)]))).toBeUndefined();
  });

  it('is not used for a chunk whose text changed, even at the same length', () => {
    const edited = Buffer.from(source.toString().replace('42', '43'));
    expect(edited.length).toBe(source.length);
    expect(read(good, edited)).toBeUndefined();
    expect(read(good, Buffer.concat([source, Buffer.from(' ')]))).toBeUndefined();
  });

  it('is not used when a byte of either copy of its data changed, or when cut short or lengthened', () => {
    const dataAt = good.length - 2 * data.length;
    for (const at of [dataAt, dataAt + 70_000, dataAt + data.length - 1, dataAt + data.length, good.length - 1]) {
      const bad = Buffer.from(good);
      bad[at]! ^= 0x40;
      expect(read(bad), `byte ${at}`).toBeUndefined();
    }
    expect(read(good.subarray(0, good.length - 1))).toBeUndefined();
    expect(read(Buffer.concat([good, Buffer.from([0])]))).toBeUndefined();
  });
});
