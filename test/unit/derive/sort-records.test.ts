import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../../src/derive/figure-record.js';
import { sortRecords, type SortKey } from '../../../src/derive/sort-records.js';

const rec = (id: string, value: number, asOf: string, place: string) => ({ id, value, asOf, place: { id: place, name: place }, indicator: 'x', source: { id: 's' } }) as unknown as FigureRecord;
const records = [rec('b', 20, '2023-10', 'ARM'), rec('a', 5, '2023-09-01', 'AZE'), rec('c', 20, '2023', 'ARM')];

describe('sortRecords', () => {
  it.each<[SortKey, string[]]>([
    ['id', ['a', 'b', 'c']],
    ['value', ['a', 'b', 'c']],
    ['-value', ['b', 'c', 'a']],
    ['as-of', ['c', 'a', 'b']],
    ['-as-of', ['b', 'a', 'c']],
    ['place', ['b', 'c', 'a']],
    ['indicator', ['b', 'a', 'c']],
  ])('%s', (key, ids) => {
    expect(sortRecords(records, key).map((r) => r.id)).toEqual(ids);
  });
});
