/**
 * Word wrapping for table cells. A line is cut at spaces; a number and the unit after it
 * ("120,000 people", "2.8 million people", "20,000,000 CHF") are one piece that is never cut,
 * and so is a range or a date ("(115,000–125,000)", "2023-10-01"). A word wider than its column
 * is cut after a hyphen, slash, underscore or point when it has one, else between characters,
 * never inside a run of digits unless the run alone is wider than the column. Works on plain
 * text: colour is added after wrapping, so an escape sequence is never cut.
 */
import { NO_EMOJI, textWidth } from './text-width.js';

/** A piece of a line that wrapping keeps whole while it fits. */
interface Chunk {
  text: string;
  width: number;
  /** a number, a range or a date, with its unit: cut only when it alone is wider than a line */
  numeric: boolean;
}

// a word with a digit and no letter: 120,000, ≈2.8, (115,000–125,000), 2023-10-01, 12%
const NUMBER_WORD = /^[^\p{L}]*\p{N}[^\p{L}]*$/u;
// a unit after a number: people, CHF, km², households; a closing mark may follow
const UNIT_WORD = /^[\p{L}\p{No}][\p{L}\p{No}.%/·]{0,15}[,;:)]?$/u;
const SCALE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion']);
const CUT_AFTER: ReadonlySet<string> = new Set(['-', '/', '_', '.', '\u2013']);
const DIGIT = /^\p{N}$/u;

/** The pieces of one line (no newline in it), numbers glued to their units. */
function chunksOf(line: string): Chunk[] {
  const words = line.split(' ').filter((w) => w !== '');
  const chunks: Chunk[] = [];
  for (let i = 0; i < words.length; i++) {
    let text = words[i]!;
    const numeric = NUMBER_WORD.test(text);
    if (numeric) {
      while (i + 1 < words.length && SCALE_WORDS.has(words[i + 1]!)) text += ` ${words[++i]!}`;
      if (i + 1 < words.length && UNIT_WORD.test(words[i + 1]!)) text += ` ${words[++i]!}`;
    }
    chunks.push({ text, width: textWidth(text), numeric });
  }
  return chunks;
}

/** The characters of a text as the terminal draws them (grapheme clusters). */
function graphemes(text: string): string[] {
  if (NO_EMOJI.test(text)) return text.split('');
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Cuts a word wider than `width` into pieces no wider than it (see the module comment). */
function breakWord(text: string, width: number): string[] {
  // text of one-column characters (most ids and words): each code unit is a character of width 1
  const narrow = NO_EMOJI.test(text);
  const chars = narrow ? text.split('') : graphemes(text);
  const widths = narrow ? undefined : chars.map(textWidth);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // the longest run from start that fits (at least one character, however wide)
    let end = start;
    let used = 0;
    if (!widths) end = Math.min(chars.length, start + Math.max(1, width));
    else while (end < chars.length && (end === start || used + widths[end]! <= width)) used += widths[end++]!;
    if (end < chars.length) {
      let cut = end;
      for (let k = end; k > start + 1; k--) {
        if (CUT_AFTER.has(chars[k - 1]!)) {
          cut = k;
          break;
        }
      }
      if (cut === end && DIGIT.test(chars[end - 1]!) && DIGIT.test(chars[end]!)) {
        let runStart = end - 1;
        while (runStart > start && DIGIT.test(chars[runStart - 1]!)) runStart--;
        if (runStart > start) cut = runStart;
      }
      end = cut;
    }
    pieces.push(narrow ? text.slice(start, end) : chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** The lines of `text` wrapped to `width` columns; explicit newlines are kept. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const whole of text.split('\n')) {
    if (textWidth(whole) <= width) {
      out.push(whole);
      continue;
    }
    // an indented line (calc's inputs under its result) stays indented on every line it wraps to
    const indent = /^ */.exec(whole)![0].slice(0, Math.max(0, width - 1));
    if (indent !== '') {
      for (const part of wrapText(whole.slice(indent.length), width - indent.length)) out.push(indent + part);
      continue;
    }
    const line = whole;
    let current = '';
    let used = 0;
    for (const chunk of chunksOf(line)) {
      if (chunk.width > width) {
        if (used > 0) out.push(current);
        const pieces = breakWord(chunk.text, width);
        for (let i = 0; i < pieces.length - 1; i++) out.push(pieces[i]!);
        current = pieces[pieces.length - 1]!;
        used = textWidth(current);
      } else if (used === 0) {
        current = chunk.text;
        used = chunk.width;
      } else if (used + 1 + chunk.width <= width) {
        current += ` ${chunk.text}`;
        used += 1 + chunk.width;
      } else {
        out.push(current);
        current = chunk.text;
        used = chunk.width;
      }
    }
    out.push(current);
  }
  return out;
}

/**
 * The lines of prose wrapped to `width` columns at spaces only (help, notes): a word is never
 * cut, and one wider than the line stands alone on it. Explicit newlines are kept.
 */
export function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    let used = 0;
    for (const word of line.split(' ')) {
      if (word === '') continue;
      const w = textWidth(word);
      if (used > 0 && used + 1 + w > width) {
        out.push(current);
        current = '';
        used = 0;
      }
      current += used > 0 ? ` ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
    }
    out.push(current);
  }
  return out;
}

/** What limits how narrow a cell can be: its widest number-with-unit and its widest other word. */
export interface CellLimits {
  numeric: number;
  word: number;
  /** whether any line of the cell has more than one piece (prose rather than an identifier) */
  prose: boolean;
}

/** The limits of one cell (see CellLimits). */
export function cellLimits(text: string): CellLimits {
  const limits = { numeric: 0, word: 0, prose: false };
  for (const line of text.split('\n')) {
    const chunks = chunksOf(line);
    if (chunks.length > 1) limits.prose = true;
    for (const c of chunks) {
      if (c.numeric) limits.numeric = Math.max(limits.numeric, c.width);
      else limits.word = Math.max(limits.word, c.width);
    }
  }
  return limits;
}

/** The width of the widest line of `text`. */
export function widestLine(text: string): number {
  if (!text.includes('\n')) return textWidth(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textWidth(line));
  return widest;
}
