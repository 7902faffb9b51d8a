/**
 * Place columns a tagger left without a hashtag. A sheet made by hand tags only the column it
 * needed, the woreda's p-code (`#adm3+code`), and leaves `Region`, `Region p-code`, `Zone`,
 * `Zone p-code` and `Woreda` untagged: read as written, every woreda sits straight under Ethiopia,
 * named only by its code, and `--within ET02` finds none of Afar's. Two readings that the cells
 * themselves prove, never a guess from a header alone:
 *
 * - an untagged column headed as a code ("Zone p-code", "admin2Pcode", "Region code") whose every
 *   filled cell begins the row's deepest tagged admin code (`ET0201` of `ET020102`), and is shorter,
 *   holds the code of a level above it: the longer such codes the nearer level;
 * - an untagged column headed as a code column's header without its code word ("Woreda" beside
 *   "Woreda p-code"), whose cells are words, holds that level's names.
 *
 * The report names each column so read and the hashtag that would say it.
 */
import type { HxlRows } from './parse-hxl.js';
import type { HxlTag } from './hxl-tags.js';
import { formatHashtag } from './hxl-tags.js';

/** A header that names a column of codes: "Region p-code", "Zone P-Code", "admin2Pcode", "ADM1_PCODE", "District code". */
const CODE_HEADER = /^(.*?)[\s_-]*(?:p[\s_-]?code|code)s?$/i;
const ADMIN_TAG = /^#adm([1-5])$/;

export interface UntaggedPlaces {
  tags: (HxlTag | null)[];
  note: string;
}

/** The table's hashtags with its untagged place columns read (see above); undefined where none is. */
export function untaggedPlaceColumns(table: HxlRows): UntaggedPlaces | undefined {
  const { tags, labels } = table;
  // the deepest tagged admin code, and the levels already tagged (code or name)
  let deepest: { index: number; level: number } | undefined;
  const taggedCodes = new Set<number>();
  const taggedNames = new Set<number>();
  tags.forEach((t, index) => {
    const m = t === null ? null : ADMIN_TAG.exec(t.tag);
    if (t === null || m === null) return;
    const level = Number(m[1]);
    if (t.attributes.includes('code')) {
      taggedCodes.add(level);
      if (deepest === undefined || level > deepest.level) deepest = { index, level };
    } else taggedNames.add(level);
  });
  if (deepest === undefined || deepest.level < 2) return undefined;
  const candidates: number[] = [];
  tags.forEach((t, c) => {
    if (t === null && CODE_HEADER.test((labels[c] ?? '').trim())) candidates.push(c);
  });
  if (candidates.length === 0) return undefined;
  const deepIndex = deepest.index;
  // for each candidate: filled cells, cells that begin the deepest code, and the sum of their lengths
  const filled = new Map<number, number>(candidates.map((c) => [c, 0]));
  const prefixes = new Map<number, number>(candidates.map((c) => [c, 0]));
  const lengths = new Map<number, number>(candidates.map((c) => [c, 0]));
  table.eachRow((row) => {
    const code = (row.cells[deepIndex] ?? '').trim();
    for (const c of candidates) {
      const cell = (row.cells[c] ?? '').trim();
      if (cell === '') continue;
      filled.set(c, filled.get(c)! + 1);
      if (code.length > cell.length && code.startsWith(cell)) {
        prefixes.set(c, prefixes.get(c)! + 1);
        lengths.set(c, lengths.get(c)! + cell.length);
      }
    }
  });
  // (a country's two letters, "ET", begin every p-code too: no admin level)
  const parents = candidates
    .filter((c) => filled.get(c)! > 0 && prefixes.get(c) === filled.get(c) && lengths.get(c)! / filled.get(c)! > 2)
    .sort((a, b) => lengths.get(b)! / filled.get(b)! - lengths.get(a)! / filled.get(a)!);
  const out = [...tags];
  const read: string[] = [];
  const codeColumns = new Map<number, number>([[deepest.level, deepIndex]]);
  let level = deepest.level;
  let lastLength = Number.POSITIVE_INFINITY;
  for (const c of parents) {
    const length = lengths.get(c)! / filled.get(c)!;
    // (two columns of codes of one length are one level written twice: the first kept)
    if (length >= lastLength - 0.5) continue;
    lastLength = length;
    level--;
    if (level < 1) break;
    if (taggedCodes.has(level)) continue;
    out[c] = { tag: `#adm${level}`, attributes: ['code'] };
    codeColumns.set(level, c);
    read.push(`'${labels[c]}' as ${formatHashtag(out[c]!)}`);
  }
  let names = 0;
  // the names: an untagged column headed as a code column's header without its code word
  const byHeader = new Map<string, number>();
  tags.forEach((t, c) => {
    const label = (labels[c] ?? '').trim().toLowerCase();
    if (t === null && label !== '' && !byHeader.has(label)) byHeader.set(label, c);
  });
  for (const [lv, c] of [...codeColumns].sort((a, b) => a[0] - b[0])) {
    if (taggedNames.has(lv)) continue;
    const stem = CODE_HEADER.exec((labels[c] ?? '').trim())?.[1]?.trim().toLowerCase();
    const named = stem ? byHeader.get(stem) : undefined;
    if (named === undefined || out[named] !== null || !holdsWords(table, named)) continue;
    out[named] = { tag: `#adm${lv}`, attributes: ['name'] };
    read.push(`'${labels[named]}' as ${formatHashtag(out[named]!)}`);
    names++;
  }
  if (read.length === 0) return undefined;
  const shown = read.slice(0, 6).join(', ') + (read.length > 6 ? `, and ${read.length - 6} more` : '');
  const why = [codeColumns.size > 1 ? `the parents' codes begin each row's ${formatHashtag(tags[deepIndex]!)}` : '', names > 0 ? 'the names stand beside their codes' : ''].filter((w) => w !== '').join(', ');
  return {
    tags: out,
    note: `untagged place columns read by what their cells hold (${why}): ${shown}; tag them so to make it explicit`,
  };
}

/** Whether a column's filled cells are mostly words, not numbers. */
function holdsWords(table: HxlRows, column: number): boolean {
  let words = 0;
  let numbers = 0;
  table.eachRow((row) => {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '') return;
    if (/^[\d\s.,%+-]+$/.test(cell)) numbers++;
    else words++;
  });
  return words > 0 && words >= 4 * numbers;
}
