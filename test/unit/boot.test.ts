/**
 * The code cache of the built program (src/boot.ts) is used only when it was made from the very
 * text of its chunk and is whole: V8 checks neither (a stale cache of the same length would run
 * old code; a corrupt one crashes the process). Through the binary: test/cli/process.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cacheFile, checkedCache } from '../../src/boot.js';

const source = Buffer.from('module.exports = { answer: 42 };\n');
const data = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
const good = cacheFile(source, data);

describe("a chunk's code cache", () => {
  it("is used when it was made from the chunk's text and is whole", () => {
    expect(checkedCache(source, good)).toEqual(data);
  });

  it('is not used when missing or not a cache file', () => {
    expect(checkedCache(source, undefined)).toBeUndefined();
    expect(checkedCache(source, Buffer.alloc(0))).toBeUndefined();
    expect(checkedCache(source, Buffer.concat([Buffer.from('HFC2'), good.subarray(4)]))).toBeUndefined();
  });

  it('is not used for a chunk whose text changed, even at the same length', () => {
    const edited = Buffer.from(source.toString().replace('42', '43'));
    expect(edited.length).toBe(source.length);
    expect(checkedCache(edited, good)).toBeUndefined();
    expect(checkedCache(Buffer.concat([source, Buffer.from(' ')]), good)).toBeUndefined();
  });

  it('is not used when any byte of its data changed, or when cut short or lengthened', () => {
    for (let at = good.length - 2 * data.length; at < good.length; at++) {
      const bad = Buffer.from(good);
      bad[at]! ^= 0x40;
      expect(checkedCache(source, bad), `byte ${at}`).toBeUndefined();
    }
    expect(checkedCache(source, good.subarray(0, good.length - 1))).toBeUndefined();
    expect(checkedCache(source, Buffer.concat([good, Buffer.from([0])]))).toBeUndefined();
  });
});
