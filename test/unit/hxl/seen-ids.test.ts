import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../../src/hxl/seen-ids.js';

describe('SeenIds', () => {
  it.each([
    ['as strings', 1_000_000],
    ['as hashes, past the limit', 3],
  ])('finds each repeat with the line of the first, and no other (%s)', (_, limit) => {
    const seen = new SeenIds(limit);
    const ids = Array.from({ length: 2000 }, (_, i) => `people-in-need-ml${i % 97}-fsc-${i}-2024`);
    ids.forEach((id, i) => expect(seen.firstOrAdd(id, i + 2, 1)?.line).toBeUndefined());
    // every id again, and ids that differ by one character: repeats are found, near ones are not
    ids.forEach((id, i) => expect(seen.firstOrAdd(id, 9999, 1)?.line).toBe(i + 2));
    ids.forEach((id) => expect(seen.firstOrAdd(`${id}x`, 9999, 1)?.line).toBeUndefined());
    expect(seen.firstOrAdd('people-in-need-ml0-fsc-0-2024', 1, 1)?.line).toBe(2);
  });
});

describe('SeenIds sized in advance', () => {
  it('finds repeats the same when told how many ids to expect', () => {
    const seen = new SeenIds(2, 10_000);
    for (let i = 0; i < 3000; i++) expect(seen.firstOrAdd(`id-${i}`, i + 1, 1)?.line).toBeUndefined();
    expect(seen.firstOrAdd('id-0', 5000, 1)?.line).toBe(1);
    expect(seen.firstOrAdd('id-2999', 5000, 1)?.line).toBe(3000);
  });
});

describe('SeenIds remembers the first value while ids are kept exactly', () => {
  it('gives the first line and value of a repeated id, and only the line once hashes take over', () => {
    const seen = new SeenIds(3);
    expect(seen.firstOrAdd('a', 2, 40)).toBeUndefined();
    expect(seen.firstOrAdd('a', 3, 15)).toEqual({ line: 2, value: 40 });
    for (const id of ['b', 'c', 'd', 'e']) seen.firstOrAdd(id, 4, 1);
    expect(seen.firstOrAdd('a', 9, 15)).toEqual({ line: 2, value: undefined });
  });
});
