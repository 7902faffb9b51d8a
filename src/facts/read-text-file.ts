/**
 * Reading a user's file as UTF-8 text with errors a user can act on: missing, a directory,
 * unreadable, too large, not UTF-8. Throws FileUnreadableError (exit 66) or FileInvalidError.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { FileInvalidError, FileUnreadableError } from '../errors.js';

/** Largest file humfig reads whole (512 MiB): V8 cannot hold a longer string. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file would exceed the size this system allows (EFBIG)',
};

/** Why reading failed, in words, from a Node error. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (err instanceof Error ? err.message : String(err));
}

/** The size of a regular file, refusing what is missing, a directory, a FIFO, a socket or a device. */
export function regularFileSize(path: string, display: string, what: 'facts' | 'rates' | 'source' = 'facts'): number {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw new FileUnreadableError(display, 'not a regular file (a FIFO, socket or device?)');
    return st.size;
  } catch (err) {
    if (err instanceof FileUnreadableError) throw err;
    throw new FileUnreadableError(display, describeFsError(err), what === 'facts' ? ['give a facts file with --facts <file> or HUMFIG_FACTS'] : []);
  }
}

/** The raw bytes of a regular file, refusing directories, devices and FIFOs and oversized files. */
export function readFileBytes(path: string, display: string, what: 'facts' | 'rates' | 'source' = 'facts'): Buffer {
  const size = regularFileSize(path, display, what);
  if (size > MAX_FILE_BYTES) {
    throw new FileUnreadableError(
      display,
      `the file is ${Math.round(size / 1048576)} MiB; humfig reads files of up to ${MAX_FILE_BYTES / 1048576} MiB whole`,
      what === 'facts' ? ['a valid facts file of any size is read as a stream; to list the problems of a larger one, write it in the streamed form (.ndjson, see the README)'] : [],
    );
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new FileUnreadableError(display, describeFsError(err));
  }
}

/** Decodes UTF-8 strictly; a UTF-16 or invalid UTF-8 file is an invalid file (exit 65). */
export function decodeUtf8(bytes: Buffer, display: string, what: 'facts' | 'rates' = 'facts'): string {
  refuseUtf16Or32(bytes, display, what);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    throw new FileInvalidError([{ file: display, path: '', line, message: `invalid UTF-8 at byte ${at}; save the file as UTF-8` }], what);
  }
}

/** A file's text is not UTF-8 (a streaming decode refused a byte): the caller reads it whole to say where. */
export class NotUtf8Error extends Error {}

/**
 * A file's text a piece at a time (PIECE_BYTES of it), decoded as it is read, from its start each
 * time the returned function is called: a large file is read twice rather than held. A UTF-16 or
 * UTF-32 start is refused as decodeUtf8 refuses it; invalid UTF-8 throws NotUtf8Error.
 */
export function filePieces(path: string, display: string, encoding: 'utf-8' | 'windows-1252'): () => Iterable<string> {
  // the file as the first reading found it: a later reading of another file would mix two texts
  let seen: { size: number; mtimeMs: number } | undefined;
  const changed = () => new FileUnreadableError(display, 'the file changed while it was being read (a large file is read twice); read it again once it is complete');
  return function* pieces() {
    const fd = openToRead(path, display);
    try {
      const st = fstatSync(fd);
      if (seen === undefined) seen = { size: st.size, mtimeMs: st.mtimeMs };
      else if (st.size !== seen.size || st.mtimeMs !== seen.mtimeMs) throw changed();
      const buffer = Buffer.allocUnsafe(PIECE_BYTES);
      const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
      let first = true;
      let read = 0;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        read += n;
        const bytes = buffer.subarray(0, n);
        if (first) refuseUtf16Or32(bytes, display, 'facts');
        first = false;
        yield decodePiece(decoder, bytes, true);
      }
      if (read !== seen.size) throw changed();
      const rest = decodePiece(decoder, undefined, false);
      if (rest !== '') yield rest;
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * Whether a text can only be UTF-8, whatever --encoding says: it begins with UTF-8's byte-order mark
 * ('bom'), or it is valid UTF-8 and holds a byte beyond ASCII ('utf-8', letters that Windows-1252
 * would garble); else undefined. Its bytes in pieces (one, or a large file's: bytePieces), read in turn.
 */
export function onlyUtf8(pieces: Iterable<Uint8Array>): 'bom' | 'utf-8' | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let high = false;
  try {
    for (const piece of pieces) {
      if (first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) return 'bom';
      first = false;
      if (!high && piece.some((b) => b >= 0x80)) high = true;
      decoder.decode(piece, { stream: true });
    }
    decoder.decode();
  } catch {
    // not UTF-8
    return undefined;
  }
  return high ? 'utf-8' : undefined;
}

/** A file's bytes, a piece at a time (each piece valid only until the next is asked for). */
export function* bytePieces(path: string, display: string): Generator<Uint8Array> {
  const fd = openToRead(path, display);
  try {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** A file opened to be read a piece at a time; one that cannot be is a FileUnreadableError naming it. */
function openToRead(path: string, display: string): number {
  try {
    return openSync(path, 'r');
  } catch (err) {
    throw new FileUnreadableError(display, describeFsError(err));
  }
}

/** How much of a file filePieces reads at a time. */
const PIECE_BYTES = 1024 * 1024;

function decodePiece(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array | undefined, stream: boolean): string {
  let text: string;
  try {
    text = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream });
  } catch {
    throw new NotUtf8Error('invalid UTF-8');
  }
  return decoder.encoding === 'windows-1252' ? windows1252Marks(text) : text;
}

/**
 * Windows-1252's own characters of bytes 0x80 to 0x9F (’ “ ” – — € …), where a decoder gave them as the
 * C1 control characters of ISO 8859-1 instead: Node 20's TextDecoder('windows-1252') reads every byte
 * as ISO 8859-1, so `Côte d’Ivoire` came out as `Côte d\x92Ivoire`. The five bytes Windows-1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as the WHATWG encoding standard has them.
 */
export function windows1252Marks(text: string): string {
  return C1.test(text) ? text.replace(C1_ALL, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;
/** Windows-1252's characters for bytes 0x80 to 0x9F, in order (undefined ones as themselves). */
const WINDOWS_1252_C1 = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

/** A UTF-16 or UTF-32 file (with or without a byte-order mark) is refused: it is to be saved as UTF-8. */
export function refuseUtf16Or32(bytes: Uint8Array, display: string, what: 'facts' | 'rates'): void {
  // UTF-32 first: its little-endian byte-order mark starts with UTF-16's
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new FileInvalidError([{ file: display, path: '', line: 1, column: 1, message: 'the file is UTF-32; save it as UTF-8' }], what);
  }
  // UTF-32 without a byte-order mark: ASCII text with three NUL bytes beside every character
  if (bytes.length >= 8 && ((bytes[0] !== 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0 && bytes[5] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] !== 0 && bytes[4] === 0))) {
    throw new FileInvalidError([{ file: display, path: '', line: 1, column: 1, message: 'the file looks like UTF-32 (three NUL bytes beside each character); save it as UTF-8' }], what);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileInvalidError([{ file: display, path: '', line: 1, column: 1, message: 'the file is UTF-16; save it as UTF-8' }], what);
  }
  // UTF-16 without a byte-order mark: ASCII text with a NUL byte beside every character
  if (bytes.length >= 4 && ((bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) || (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0))) {
    throw new FileInvalidError([{ file: display, path: '', line: 1, column: 1, message: 'the file looks like UTF-16 (a NUL byte beside each character); save it as UTF-8' }], what);
  }
}

function countLines(bytes: Buffer, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // binary search on prefixes: the longest prefix that decodes (allowing a cut sequence at its end)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
