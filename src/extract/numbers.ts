/**
 * Numbers as prose writes them: digits with grouping ("120,000", "35.000" in a European text,
 * "120 000" with a space, a no-break space or a thin space), decimals, scale words and suffixes ("2.8 million", "20m",
 * "1.5bn"), and number words ("one" to "twenty", "thirty" to "ninety", "a dozen", "a hundred").
 * Values are computed from the digit string with exact decimals (parseQuantity), never by float
 * arithmetic. Pure.
 */
import { parseQuantity } from '../convert/decimal.js';
import { overlapsAny, type Span } from './text.js';

export interface NumberStyle {
  /** true: '.' groups thousands and ',' is the decimal separator */
  european: boolean;
  /** why, in words, when the text gave any evidence of a European style */
  evidence: string | undefined;
}

/**
 * Decides the style from the whole text. English evidence: a comma group of three digits
 * ("120,000") or a point followed by other than three digits ("2.8"). European evidence: several
 * point groups ("1.200.000"), a comma followed by other than three digits ("2,5"), or a single
 * point group of exactly three digits ("35.000"). The text is European only with European
 * evidence and no English evidence; a text with both is read as English.
 */
export function numberStyle(text: string): NumberStyle {
  const english =
    count(text, /\d,\d{3}(?!\d)/g) + count(text, /(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])/g);
  const multiDot = count(text, /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/g);
  const commaDecimal = count(text, /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])/g);
  const singleDot = count(text, /(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])/g);
  const european = english === 0 && multiDot + commaDecimal + singleDot > 0;
  let evidence: string | undefined;
  if (european) {
    const parts = [
      multiDot && `${multiDot} number(s) grouped with points ("1.200.000")`,
      commaDecimal && `${commaDecimal} decimal comma(s) ("2,5")`,
      singleDot && `${singleDot} point group(s) of exactly three digits ("35.000")`,
    ].filter(Boolean);
    evidence = `numbers read in the European style ('.' groups thousands, ',' marks decimals): ${parts.join(', ')} and no English-style number`;
  } else if (multiDot + commaDecimal + singleDot > 0) {
    evidence = 'the text mixes English-style numbers ("120,000", "2.8") with European-style ones; read as English, European-looking numbers left for review';
  }
  return { european, evidence };
}

function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

export interface NumberToken extends Span {
  /** end of the number without its scale */
  numberEnd: number;
  /** the number as written, scale included: "2.8 million", "20m", "one" */
  written: string;
  value: number;
  kind: 'digits' | 'word';
  /** the scale word or suffix as written ("million", "m", "bn"), if any */
  scale?: string;
  /** a short suffix ("m", "b") that means million/billion only next to a currency or a count noun */
  shortScale?: boolean;
  /** the value without the short scale, for when it turns out to be metres */
  unscaled?: number;
  /** why the reading is uncertain; such numbers are reported and not extracted */
  ambiguous?: string;
  /** a four-digit number from 1900 to 2100 without grouping: read as a year unless a unit or currency makes it a count */
  yearLike: boolean;
}

const DIGITS =
  /(?<![\p{L}\p{N}_.,\/:])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\p{N})/gu;

const SCALE_WORD = /^(?:\s|-)(million|billion|trillion|thousand)(?![\p{L}])/iu;
const SCALE_SUFFIX = /^(mn|bn|tn|m|k|b)(?![\p{L}\p{N}])/u;
const SCALE_SPACED = /^\s(mn|bn)(?![\p{L}\p{N}])/u;
const SCALE_POWER: Readonly<Record<string, string>> = {
  million: 'million', billion: 'billion', trillion: 'trillion', thousand: 'thousand',
  mn: 'mn', bn: 'bn', tn: 'trillion', m: 'm', k: 'k', b: 'b',
};

const SMALL_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNITS_AFTER_TENS = 'one|two|three|four|five|six|seven|eight|nine';
const WORDS = new RegExp(
  `(?<![\\p{L}\\-])(a\\s+dozen|a\\s+hundred|one\\s+hundred|(?:${Object.keys(TENS_WORDS).join('|')})(?:[-\\s](?:${UNITS_AFTER_TENS})(?![\\p{L}]))?|${Object.keys(SMALL_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'giu',
);

/** Reads a digit string in the given style; `ambiguous` says why a reading is uncertain. */
export function readDigits(written: string, european: boolean): { plain: string; ambiguous?: string } | undefined {
  const w = written.replace(/[\u00a0\u202f ]/g, ' ');
  if (/ /.test(w)) {
    const [int, frac] = w.split(european ? ',' : '.') as [string, string | undefined];
    return { plain: int.replace(/ /g, '') + (frac ? `.${frac}` : '') };
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(w)) return { plain: w.replace(/,/g, '') };
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(w)) return { plain: w.replace(/\./g, '').replace(',', '.') };
  if (/^\d{1,3}\.\d{3}(?:,\d+)?$/.test(w)) {
    if (european) return { plain: w.replace('.', '').replace(',', '.') };
    return { plain: w, ambiguous: `'${written}' may be ${w.replace('.', ',')} (European grouping) or a decimal; the text is otherwise English-style` };
  }
  if (/^\d+,\d+$/.test(w)) {
    if (european) return { plain: w.replace(',', '.') };
    return { plain: w.replace(',', '.'), ambiguous: `'${written}' has a decimal comma in an English-style text` };
  }
  if (/^\d+(?:\.\d+)?$/.test(w)) return { plain: w };
  return undefined;
}

/** value of plain digits times a scale, exactly; undefined if not a safe number. */
function scaled(plain: string, scale: string | undefined): number | undefined {
  let text: string;
  try {
    text = parseQuantity(scale ? `${plain} ${scale}` : plain);
  } catch {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) return undefined;
  if (!Number.isInteger(value) && String(value) !== text) return undefined; // a decimal a double cannot hold as written
  return value;
}

/** Letters allowed right after digits: scales, percent, units written together ("15km", "1,200mt"). */
const GLUED_OK = /^(?:mn|bn|tn|m|k|b|km|kg|t|mt|ha|%)(?![\p{L}\p{N}])/u;

/**
 * Every number in [from, to) outside the `skip` spans (dates), in order. Numbers glued to
 * letters ("COVID-19", "3rd", "H5N1"), to a slash or colon ("24/7", "10:30") or forming a range
 * with a hyphen ("6-59") are left out; ranges are returned in `ranges` for the notes.
 */
export function findNumbers(
  text: string,
  from: number,
  to: number,
  style: NumberStyle,
  skip: readonly Span[],
): { tokens: NumberToken[]; ranges: Span[] } {
  const body = text.slice(from, to);
  const tokens: NumberToken[] = [];
  const ranges: Span[] = [];
  const skipped = (s: number, e: number) => overlapsAny(skip, s, e);

  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(body); m; m = DIGITS.exec(body)) {
    const start = from + m.index;
    const numberEnd = start + m[0].length;
    if (skipped(start, numberEnd)) continue;
    const rest = text.slice(numberEnd, Math.min(to, numberEnd + 24));
    const prev = text[start - 1] ?? ' ';
    if (/^[-–]\s?\d/.test(rest) || (/[-–]/.test(prev) && /\d/.test(text[start - 2] ?? ''))) {
      ranges.push({ start, end: numberEnd });
      continue;
    }
    if (/^[\/:]\d/.test(rest) || /^\.\d/.test(rest)) continue;
    if (/^\p{L}/u.test(rest) && !GLUED_OK.test(rest)) continue;
    if (prev === '-' && /\p{L}/u.test(text[start - 2] ?? '')) continue; // COVID-19
    if (/^0\d/.test(m[0])) continue; // "000" of "2 000" written with a line break, an id, a code
    const read = readDigits(m[0], style.european);
    if (!read) continue;

    let scale: string | undefined;
    let shortScale = false;
    let scaleLength = 0;
    const word = SCALE_WORD.exec(rest);
    const suffix = word ? null : SCALE_SUFFIX.exec(rest) ?? SCALE_SPACED.exec(rest);
    if (word) {
      scale = word[1]!.toLowerCase();
      scaleLength = word[0].length;
    } else if (suffix) {
      scale = suffix[1]!;
      shortScale = scale === 'm' || scale === 'b';
      scaleLength = suffix[0].length;
    }
    const value = scaled(read.plain, scale ? SCALE_POWER[scale] : undefined);
    if (value === undefined) continue;
    const end = numberEnd + scaleLength;
    const token: NumberToken = {
      start,
      end,
      numberEnd,
      written: text.slice(start, end),
      value,
      kind: 'digits',
      yearLike: scale === undefined && /^(?:19|20)\d\d$/.test(m[0]) && Number(m[0]) <= 2100,
    };
    if (scale !== undefined) token.scale = scale;
    if (shortScale) {
      token.shortScale = true;
      const unscaled = scaled(read.plain, undefined);
      if (unscaled !== undefined) token.unscaled = unscaled;
    }
    if (read.ambiguous !== undefined) token.ambiguous = read.ambiguous;
    tokens.push(token);
  }

  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(body); m; m = WORDS.exec(body)) {
    const start = from + m.index;
    const numberEnd = start + m[0].length;
    if (skipped(start, numberEnd)) continue;
    const value = wordValue(m[1]!);
    if (value === undefined) continue;
    const rest = text.slice(numberEnd, Math.min(to, numberEnd + 24));
    const word = SCALE_WORD.exec(rest);
    const scale = word ? word[1]!.toLowerCase() : undefined;
    const total = scale ? scaled(String(value), scale) : value;
    if (total === undefined) continue;
    const end = numberEnd + (word ? word[0].length : 0);
    const token: NumberToken = { start, end, numberEnd, written: text.slice(start, end), value: total, kind: 'word', yearLike: false };
    if (scale) token.scale = scale;
    tokens.push(token);
  }
  tokens.sort((a, b) => a.start - b.start);
  return { tokens, ranges };
}

function wordValue(written: string): number | undefined {
  const w = written.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a dozen') return 12;
  if (w === 'a hundred' || w === 'one hundred') return 100;
  const [tens, unit] = w.split(/[-\s]/) as [string, string | undefined];
  if (unit !== undefined) {
    const t = TENS_WORDS[tens];
    const u = SMALL_WORDS[unit];
    return t !== undefined && u !== undefined ? t + u : undefined;
  }
  return SMALL_WORDS[w] ?? TENS_WORDS[w];
}
