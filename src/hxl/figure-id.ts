/**
 * Readable, unique figure ids for imported figures: indicator, place, breakdown values and date,
 * kebab-case (`people-in-need-mli-fsc-f-0-17-2024`). An id longer than the schema's 80
 * characters keeps its first 71 and a hash of the whole, so that two figures never share one
 * by truncation.
 */
import { kebab } from './hxl-values.js';

/** FNV-1a, 32 bits, as 8 hex digits: a short digest of the full id. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const kebabPart = (part: string): string => kebab(part, 100_000);

/**
 * The id of a figure from its parts (each made kebab-case; empty parts left out). Making each
 * part kebab-case and joining them with hyphens gives the kebab-case of the parts joined, so an
 * importer may pass `kebabOf`, a cache of the parts it has seen (a file repeats them).
 */
export function figureId(parts: readonly string[], kebabOf: (part: string) => string = kebabPart): string {
  let full = '';
  for (const part of parts) {
    const k = kebabOf(part);
    if (k !== '') full = full === '' ? k : `${full}-${k}`;
  }
  if (full === '') return 'figure';
  if (full.length <= 80) return full;
  return `${full.slice(0, 71).replace(/-+$/, '')}-${digest(full)}`;
}
