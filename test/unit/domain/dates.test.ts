import { describe, expect, it } from 'vitest';
import { daysBetween, explainBadDate, fromDayNumber, isIsoDate, isoDateOf, isPartialDate, lastDayOf, toDayNumber } from '../../../src/domain/dates.js';

describe('dates', () => {
  it.each([
    ['2023-09-29', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-9-29', false],
    ['2023-09', false],
  ])('isIsoDate(%s) = %s', (d, ok) => expect(isIsoDate(d)).toBe(ok));

  it.each([
    ['2023', true],
    ['2023-09', true],
    ['2023-13', false],
    ['2023-09-31', false],
    ['23', false],
  ])('isPartialDate(%s) = %s', (d, ok) => expect(isPartialDate(d)).toBe(ok));

  it.each([
    ['2023', '2023-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-09', '2023-09-30'],
    ['2023-09-28', '2023-09-28'],
  ])('lastDayOf(%s) = %s', (d, last) => expect(lastDayOf(d)).toBe(last));

  it('counts days across months and leap years', () => {
    expect(daysBetween('2023-09-29', '2023-09-30')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('1999-01-04', '2024-10-11')).toBe(9412);
  });

  it('explains what is wrong with a date', () => {
    expect(explainBadDate('2023-02-30', false)).toBe("'2023-02-30' is not a real calendar date");
    expect(explainBadDate('30/02/2023', false)).toBe("'30/02/2023' is not a date; write YYYY-MM-DD");
    expect(explainBadDate('2023-09', true)).toBeUndefined();
  });

  it('writes the UTC date of an instant as toISOString does, padded, on either side of midnight', () => {
    const instants = [Date.UTC(2023, 8, 29, 23, 59, 59, 999), Date.UTC(2024, 1, 29), Date.UTC(1999, 11, 31, 12), Date.UTC(45, 0, 5), -1, 0];
    for (const t of instants) expect(isoDateOf(new Date(t))).toBe(new Date(t).toISOString().slice(0, 10));
    expect(isoDateOf(new Date('0045-01-05T10:00:00Z'))).toBe('0045-01-05');
    expect(isoDateOf(new Date(8.64e15))).toBe(new Date(8.64e15).toISOString().slice(0, 10));
    expect(() => isoDateOf(new Date(NaN))).toThrow(RangeError);
  });

  it('turns day numbers back into the dates they count', () => {
    for (const date of ['1970-01-01', '1999-01-04', '2023-09-29', '2024-02-29']) expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });
});

describe('days in the years 0000 to 0099, which Date.UTC reads as 1900 to 1999', () => {
  it.each([
    ['0000-01-01', '0001-01-01', 366], // year 0 is a leap year; 1900 is not
    ['0000-01-01', '2023-09-28', 739156],
    ['0099-12-31', '0100-01-01', 1],
    ['0001-01-01', '1970-01-01', 719162],
    ['1900-02-28', '1900-03-01', 1],
  ])('%s to %s: %i days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));
  it('knows 0000-02-29 and 0004-02-29 are days, 0100-02-29 and 1900-02-29 not', () => {
    expect([isIsoDate('0000-02-29'), isIsoDate('0004-02-29'), isIsoDate('0100-02-29'), isIsoDate('1900-02-29')]).toEqual([true, true, false, false]);
  });
  it('gives back the same date from its day number, from year 0 to 9999', () => {
    for (const date of ['0000-01-01', '0000-02-29', '0050-07-04', '0099-12-31', '1582-10-15', '1970-01-01', '2000-02-29', '9999-12-31']) expect(fromDayNumber(toDayNumber(date))).toBe(date);
  });
});
