import { appendFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileInvalidError, FileUnreadableError } from '../../../src/errors.js';
import { NotUtf8Error, filePieces } from '../../../src/facts/read-text-file.js';

// A large file is read twice, a piece at a time: the second reading must read the same file.
const dir = mkdtempSync(join(tmpdir(), 'humfig-pieces-file-'));
const text = (pieces: () => Iterable<string>) => [...pieces()].join('');

describe('filePieces: a file read a piece at a time, as often as asked', () => {
  it('gives the same text at every reading, in pieces that join to the file', () => {
    const file = join(dir, 'a.csv');
    const body = `${'é,1200\n'.repeat(300_000)}end\n`;
    writeFileSync(file, body);
    const pieces = filePieces(file, 'a.csv', 'utf-8');
    expect([...pieces()].length).toBeGreaterThan(1);
    expect(text(pieces)).toBe(body);
    expect(text(pieces)).toBe(body);
  });
  it('refuses a second reading of a file that changed after the first', () => {
    const file = join(dir, 'b.csv');
    writeFileSync(file, '#adm1+name,#affected\nKessa,12\n');
    const pieces = filePieces(file, 'b.csv', 'utf-8');
    text(pieces);
    appendFileSync(file, 'Lunda,40\n');
    expect(() => text(pieces)).toThrow(FileUnreadableError);
    expect(() => text(pieces)).toThrow(/b\.csv.*changed while it was being read/);
  });
  it('refuses a second reading of a file rewritten at the same size', () => {
    const file = join(dir, 'c.csv');
    writeFileSync(file, 'Kessa,12\n');
    const pieces = filePieces(file, 'c.csv', 'utf-8');
    text(pieces);
    writeFileSync(file, 'Lunda,40\n');
    utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(() => text(pieces)).toThrow(/changed while it was being read/);
  });
  it('says a file removed between the readings cannot be read, without a stack trace', () => {
    const file = join(dir, 'd.csv');
    writeFileSync(file, 'Kessa,12\n');
    const pieces = filePieces(file, 'd.csv', 'utf-8');
    text(pieces);
    rmSync(file);
    expect(() => text(pieces)).toThrow(FileUnreadableError);
  });
  it('refuses UTF-16 as reading the file whole does, and throws NotUtf8Error for invalid UTF-8', () => {
    const utf16 = join(dir, 'e.csv');
    writeFileSync(utf16, Buffer.from('\ufeffKessa,12\n', 'utf16le'));
    expect(() => text(filePieces(utf16, 'e.csv', 'utf-8'))).toThrow(FileInvalidError);
    const latin = join(dir, 'f.csv');
    writeFileSync(latin, Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x0a]));
    expect(() => text(filePieces(latin, 'f.csv', 'utf-8'))).toThrow(NotUtf8Error);
    expect(text(filePieces(latin, 'f.csv', 'windows-1252'))).toBe('Côte\n');
  });
});
