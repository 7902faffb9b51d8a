import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_MEMBER_BYTES, unzipOne } from '../../../src/convert/read-zip.js';
import { FileInvalidError } from '../../../src/errors.js';
import { catchError } from './helpers.js';

const CSV = strToU8('date,currency,rate\n2023-09-29,AMD,400\n'.repeat(1000));

/** A zip of one member whose declared uncompressed size (local and central headers) is `size`. */
function lyingZip(size: number): Buffer {
  const zip = Buffer.from(zipSync({ 'a.csv': CSV }, { level: 9 }));
  zip.writeUInt32LE(size, zip.indexOf(Buffer.from([0x50, 0x4b, 3, 4])) + 22);
  zip.writeUInt32LE(size, zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 24);
  return zip;
}

describe('unzipOne', () => {
  it.each([
    ['deflated', 9],
    ['stored', 0],
  ] as const)('returns a %s member byte for byte', (_what, level) => {
    const { name, bytes } = unzipOne(zipSync({ 'a.csv': CSV }, { level }), 'r.zip');
    expect(name).toBe('a.csv');
    expect(Buffer.from(bytes).equals(Buffer.from(CSV))).toBe(true);
  });

  it.each([
    ['smaller than it is (the rest would be cut silently)', 100, 'holds more than the 100 bytes the zip declares'],
    ['larger than it is', CSV.length + 10, `holds ${CSV.length} bytes where the zip declares ${CSV.length + 10}`],
    ['larger than humfig reads', MAX_MEMBER_BYTES + 1, `a.csv in the zip is ${MAX_MEMBER_BYTES + 1} bytes unpacked`],
  ])('a member whose declared size is %s is refused', (_what, size, message) => {
    const error = catchError(() => unzipOne(lyingZip(size), 'r.zip'));
    expect(error).toBeInstanceOf(FileInvalidError);
    expect(error.message).toContain(message);
  });
});
