/**
 * A header row shifted against the hashtag row: WFP's global price files write one more header
 * than hashtags at the start (`countryiso3,countryiso32,date,...` over `#country+code,#date,...`),
 * so every label after it names the column to its left (`currency` over `#value`, `price` over
 * `#value+usd`). The hashtags are the file's contract and its values follow them; only the labels
 * are off, and a label is what a figure is called. Where the header agrees with the hashtags far
 * better one or two columns over than where it stands, the labels are read from there.
 */
import type { HxlTag } from './hxl-tags.js';

/** How far a header may be shifted: WFP's files of other years are two columns off. */
const MAX_SHIFT = 2;
/** How many columns must agree at the best shift, and by how much more than as written. */
const MIN_AGREEING = 4;

/** The words of a label, in lower case: "market_id" -> market, id; "Admin 1" -> adm1. */
function wordsOf(label: string): string[] {
  return label
    .toLowerCase()
    .replace(/admin\s*(\d)/g, 'adm$1')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
}

/** Whether a label and a hashtag name the same thing: a word of one within a word of the other ("latitude" and +lat, "usdprice" and +usd). */
function agrees(label: string, tag: HxlTag | null): boolean {
  if (tag === null) return false;
  const parts = [tag.tag.slice(1), ...tag.attributes].map((p) => p.toLowerCase()).filter((p) => p.length >= 3);
  for (const w of wordsOf(label)) for (const p of parts) if (w.includes(p) || p.includes(w)) return true;
  return false;
}

function agreeing(labels: readonly string[], tags: readonly (HxlTag | null)[], shift: number): number {
  let n = 0;
  for (let i = 0; i < tags.length; i++) if (agrees(labels[i + shift] ?? '', tags[i] ?? null)) n++;
  return n;
}

/**
 * The labels read where they agree with the hashtags, when the header row is clearly shifted (a
 * note says so), else undefined. A label with no column under it after the shift is dropped; a
 * column with no label over it gets ''.
 */
export function shiftedHeader(labels: readonly string[], tags: readonly (HxlTag | null)[]): { labels: string[]; note: string } | undefined {
  const asWritten = agreeing(labels, tags, 0);
  let best = 0;
  let bestCount = asWritten;
  for (let shift = -MAX_SHIFT; shift <= MAX_SHIFT; shift++) {
    if (shift === 0) continue;
    const n = agreeing(labels, tags, shift);
    if (n > bestCount) [best, bestCount] = [shift, n];
  }
  if (best === 0 || bestCount < MIN_AGREEING || bestCount < 2 * asWritten + 1) return undefined;
  const moved = tags.map((_, i) => labels[i + best] ?? '');
  const over = Math.abs(best);
  const cols = `${over} column${over === 1 ? '' : 's'}`;
  return {
    labels: moved,
    note: `the header row is shifted against the hashtag row: ${bestCount} of ${tags.length} labels agree with the hashtag ${cols} to their ${best > 0 ? 'left' : 'right'}, ${asWritten} with the one under them; each column's label is read from the header ${cols} to its ${best > 0 ? 'right' : 'left'}`,
  };
}

/**
 * A header row wider than the hashtag row, its extra cells not empty: a label holding an unquoted comma
 * (`People affected, 2024`) split in two, so that every label after it stands over the next column. The
 * labels are read joined again where that makes more of them agree with their hashtags than as written
 * (a note says which). Undefined otherwise: a last column with a label and no hashtag (`Notes`) is common.
 */
export function splitHeader(labels: readonly string[], tags: readonly (HxlTag | null)[]): { labels: string[]; note: string } | undefined {
  let tagWidth = tags.length;
  while (tagWidth > 0 && tags[tagWidth - 1] === null) tagWidth--;
  let labelWidth = labels.length;
  while (labelWidth > 0 && labels[labelWidth - 1]!.trim() === '') labelWidth--;
  const extra = labelWidth - tagWidth;
  if (extra <= 0 || extra > MAX_SHIFT || tagWidth === 0) return undefined;
  // (each join counted from two running sums, the labels before it agreeing as written and those after it one column
  // over: linear in the columns, however wide the file)
  const before: number[] = [0];
  for (let i = 0; i < tagWidth; i++) before.push(before[i]! + (agrees(labels[i] ?? '', tags[i] ?? null) ? 1 : 0));
  const after: number[] = new Array<number>(tagWidth + 1).fill(0);
  for (let i = tagWidth - 1; i >= 0; i--) after[i] = after[i + 1]! + (agrees(labels[i + extra] ?? '', tags[i] ?? null) ? 1 : 0);
  const asWritten = before[tagWidth]!;
  let best: { at: number; count: number } | undefined;
  for (let at = 0; at < tagWidth; at++) {
    const count = before[at]! + (agrees(labels.slice(at, at + extra + 1).join(', '), tags[at] ?? null) ? 1 : 0) + after[at + 1]!;
    if (best === undefined || count > best.count) best = { at, count };
  }
  if (best === undefined || best.count <= asWritten) return undefined;
  const joined = [...labels.slice(0, best.at), labels.slice(best.at, best.at + extra + 1).join(', '), ...labels.slice(best.at + extra + 1, labelWidth)];
  return {
    labels: tags.map((_, i) => joined[i] ?? ''),
    note: `the header row has ${labelWidth} labels, the hashtag row ${tagWidth} hashtags: the label ${JSON.stringify(joined[best.at]!.slice(0, 60))} (column ${best.at + 1}) holds an unquoted comma, it seems, and is read joined again, so that ${best.count} labels agree with their hashtags (${asWritten} as written)`,
  };
}
