/**
 * The one rates file inside a zip (the ECB serves its history as eurofxref-hist.zip). fflate
 * reads the archive in memory, synchronously: the files are a few megabytes, and it has no
 * dependencies of its own. Loaded only by `rates import`, and only for a zip.
 */

import { unzipSync, type UnzipFileInfo } from 'fflate';
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
  let out: Uint8Array | undefined;
  try {
    out = unzipSync(bytes, { filter: (file) => file.name === member.name })[member.name];
  } catch (err) {
    fail(`${member.name} in the zip cannot be unpacked (${err instanceof Error ? err.message : String(err)}); download the zip again`);
  }
  if (out === undefined) return fail(`${member.name} in the zip cannot be unpacked; download the zip again`);
  return { name: member.name, bytes: out };
}
