/**
 * The one rates file inside a zip (the ECB serves its history as eurofxref-hist.zip). fflate
 * reads the archive in memory, synchronously: the files are a few megabytes, and it has no
 * dependencies of its own. Loaded only by `rates import`, and only for a zip.
 */

import { Unzip, UnzipInflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { FileInvalidError } from '../errors.js';

/** A member larger than this, once inflated, is refused: the ECB's full history is under 10 MB. */
export const MAX_MEMBER_BYTES = 256 * 1024 * 1024;

/** True for names a zip tool adds beside the real content (folders, macOS metadata, dot files). */
function isClutter(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.') || base === '';
}

/** The single file of a zip, with its name; FileInvalidError naming what the zip holds otherwise. */
export function unzipOne(bytes: Uint8Array, fileName: string): { name: string; bytes: Uint8Array } {
  const fail = (message: string): never => {
    throw new FileInvalidError([{ file: fileName, path: '', message }], 'rates');
  };
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false; // first only list the members
      },
    });
  } catch (err) {
    fail(`a zip file that cannot be read (${err instanceof Error ? err.message : String(err)}); download it again`);
  }
  const names = entries.map((e) => e.name);
  if (names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))) {
    fail('an Excel workbook (.xlsx), not a zip of a rates file: open it and save the sheet of rates as CSV (UTF-8), then import the CSV');
  }
  const files = entries.filter((e) => !isClutter(e.name));
  if (files.length === 0) fail('the zip holds no file');
  if (files.length > 1) {
    const listed = files.slice(0, 5).map((f) => f.name).join(', ');
    fail(`the zip holds ${files.length} files (${listed}${files.length > 5 ? ', ...' : ''}); humfig imports a zip holding one rates file: unzip it and import each`);
  }
  const member = files[0]!;
  if (member.originalSize > MAX_MEMBER_BYTES) fail(`${member.name} in the zip is ${member.originalSize} bytes unpacked; humfig reads rates files up to ${MAX_MEMBER_BYTES} bytes`);
  const out = inflateMember(bytes, member.name, member.originalSize);
  if (typeof out === 'string') return fail(`${member.name} in the zip cannot be unpacked (${out}); download the zip again`);
  return { name: member.name, bytes: out };
}

/**
 * Inflates one member with fflate's streaming reader, counting the bytes as they come: the size
 * a zip declares is not trusted (inflating into a buffer of that size would silently cut a member
 * that is longer), so more bytes than declared stop the work at once, and fewer are an error too.
 * A message instead of the bytes when they do not match.
 */
function inflateMember(bytes: Uint8Array, name: string, declared: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let problem: string | undefined;
  let done = false;
  const unzip = new Unzip((file) => {
    if (file.name !== name || done) return;
    file.ondata = (err, chunk, final) => {
      if (problem !== undefined) return;
      if (err) {
        problem = err.message;
        return;
      }
      total += chunk.length;
      if (total > declared) {
        problem = `it holds more than the ${declared} bytes the zip declares`;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (err) {
    problem ??= err instanceof Error ? err.message : String(err);
  }
  if (problem !== undefined) return problem;
  if (!done || total !== declared) return `it holds ${total} bytes where the zip declares ${declared}`;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
