import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../../src/hxl/seen-ids.js';

describe('SeenIds', () => {
  it.each([
    ['as strings', 1_000_000],
    ['as hashes, past the limit', 3],
  ])('finds each repeat with the line of the first, and no other (%s)', (_, limit) => {
    const seen = new SeenIds(limit);
    const ids = Array.from({ length: 2000 }, (_, i) => `people-in-need-ml${i % 97}-fsc-${i}-2024`);
    ids.forEach((id, i) => expect(seen.firstLineOrAdd(id, i + 2)).toBeUndefined());
    // every id again, and ids that differ by one character: repeats are found, near ones are not
    ids.forEach((id, i) => expect(seen.firstLineOrAdd(id, 9999)).toBe(i + 2));
    ids.forEach((id) => expect(seen.firstLineOrAdd(`${id}x`, 9999)).toBeUndefined());
    expect(seen.firstLineOrAdd('people-in-need-ml0-fsc-0-2024', 1)).toBe(2);
  });
});

describe('SeenIds sized in advance', () => {
  it('finds repeats the same when told how many ids to expect', () => {
    const seen = new SeenIds(2, 10_000);
    for (let i = 0; i < 3000; i++) expect(seen.firstLineOrAdd(`id-${i}`, i + 1)).toBeUndefined();
    expect(seen.firstLineOrAdd('id-0', 5000)).toBe(1);
    expect(seen.firstLineOrAdd('id-2999', 5000)).toBe(3000);
  });
});
