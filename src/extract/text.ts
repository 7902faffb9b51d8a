/**
 * The layout of a source text for the extractor: lines (prose, caption or blank), an optional
 * `date YYYY-MM-DD` header, the headline, paragraphs, sentences and clauses. Every position is
 * an offset into the original text, so that quotes are cut from it verbatim. Pure.
 */

export interface Span {
  start: number;
  end: number;
}

export type LineKind = 'blank' | 'caption' | 'prose';

export interface TextLine extends Span {
  /** 1-based line number */
  number: number;
  kind: LineKind;
}

export interface Paragraph extends Span {
  index: number;
  /** the first prose line of the text when it reads as a title (no closing punctuation) */
  headline: boolean;
  /** a single short line without closing punctuation: a heading or a key-figure box line ("48 people killed") */
  keyLine: boolean;
}

export interface Sentence extends Span {
  paragraph: Paragraph;
}

export interface Layout {
  lines: TextLine[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** the date of a leading `date YYYY-MM-DD` header line, if any */
  headerDate: string | undefined;
  /** the headline's text, whitespace-normalised, if the text starts with one */
  headline: string | undefined;
  /** line starts, for offset -> line number */
  lineStarts: number[];
}

/** Capitalised name(s) of a photo credit: "SIRANUSH ADAMYAN", "UNICEF". */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:(?:\s+|\s*[,&]\s*)\p{Lu}[\p{Lu}'’.-]+)*`;
/**
 * A photo caption: capitalised name(s), then ` / ` and the agency, as in
 * "SIRANUSH ADAMYAN / AFP Armenians fleeing ..." or "UNICEF/Smith"; or a line starting "Photo:" /
 * "Credit:". Written without spaces and followed by a word in lower case, "USAID/OFDA announced
 * ..." is a sentence that names an office, not a credit; nor is a dateline of two cities, "NEW
 * YORK/GENEVA, 13 November 2014 – ...": a comma, a day and a month, a year and a dash (a credit may
 * have a comma and a year, "UNICEF/Smith, 2019", or a date with no dash after it); nor one of three
 * cities with the month in capitals, "COLOMBO/KATHMANDU/GENEVA, 10 JUNE 2022 – ..."; nor, spaced, "PANAMA CITY /
 * NEW YORK, 6 March 2020 — ...".
 */
export const CAPTION_LINE = new RegExp(
  String.raw`^\s*(?:${CREDIT_NAMES}(?:\s+\/\s*|\s*\/\s+)\p{Lu}[\p{L}\d-]*(?!\p{Ll})(?!\p{Lu}*(?:\s+\p{Lu}[\p{L}\d-]*)*(?:\s*\/\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*){0,4},\s*(?:\d{1,2}\s+)?\p{Lu}\p{L}+\.?\s+\d{1,4}(?:,?\s+\d{4})?\s+[–—-]\s)|${CREDIT_NAMES}\/\p{Lu}[\p{L}\d-]*(?![\p{L}\d-])(?!\s+\p{Ll}|(?:\/\p{Lu}[\p{L}-]*){0,4},\s*(?:\d{1,2}\s+)?\p{Lu}\p{L}+\.?\s+\d{1,4}(?:,?\s+\d{4})?\s+[–—-]\s)|(?:Photo|Photograph|Picture|Image|Credit)s?(?:\s+credit)?\s*:)`,
  'u',
);

/** A leading metadata line "date 2023-10-01 ..." (the rest of the line is the headline). */
const HEADER = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/**
 * A bullet's mark and what follows it, as an expression's part: a dash, an asterisk or a dot of the
 * kinds report texts use, then a space (the Japanese "・" with a space or none). BULLET_MARK_NO_DASH
 * leaves out the en dash, for the labels that read " – " as the mark between a label and its number.
 */
export const BULLET_MARK = String.raw`(?:[-*•‣◦▪–●■◆►➢]\s+|・\s*)`;
export const BULLET_MARK_NO_DASH = String.raw`(?:[-*•‣◦▪●■◆►➢]\s+|・\s*)`;

const BULLET = new RegExp(String.raw`^\s*(?:${BULLET_MARK}|\d{1,2}[.)]\s+|\(\d{1,2}\)\s*)`, 'u');

/** Words after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Mt|No|Nos|Gen|Lt|Col|Gov|Sen|Rep|Inc|Ltd|Co|Rs|Rls|Rp|Dhs|Ksh|KSh|Tk|Sh|SFr|Fr|S\/|approx|Approx|app|App|est|ca|c|e\.g|i\.e|etc|vs|cf|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|\p{Lu})$/u;

/** "p.m", "a.m" before a full stop, and a time zone after it that goes on with the sentence ("p.m. WIB on Tuesday"). */
const TIME_OF_DAY_END = /(?:^|[^\p{L}])[ap]\.m$/iu;
const TIME_ZONE_AFTER = /^\s+\p{Lu}{2,5}\s+(?:on|of|in|at|local|time|\p{Ll})/u;

/** Currency signs among the abbreviations: their point ends no sentence only before an amount. */
const CURRENCY_ABBREVIATION = /(?:^|[^\p{L}])(?:Rs|Rls|Rp|Dhs|Ksh|KSh|Tk|Sh|SFr)$/u;

const SENTENCE_END = /[.!?]["'”’)\]]*(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Splits a text into lines, paragraphs and sentences. */
export function layout(text: string): Layout {
  const lines: TextLine[] = [];
  const lineStarts: number[] = [];
  let headerDate: string | undefined;
  let pos = 0;
  let number = 1;
  let seenContent = false;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lineStarts.push(pos);
    const raw = text.slice(pos, end);
    let start = pos;
    let kind: LineKind = /^\s*$/.test(raw) ? 'blank' : CAPTION_LINE.test(raw) ? 'caption' : 'prose';
    if (kind === 'prose' && !seenContent) {
      const h = HEADER.exec(raw);
      if (h) {
        headerDate = h[1];
        start = pos + h[0].length;
        if (start >= end) kind = 'blank';
      }
    }
    if (kind !== 'blank') seenContent = true;
    lines.push({ number, start, end, kind });
    if (nl === -1) break;
    pos = nl + 1;
    number++;
  }

  // paragraphs: runs of prose lines; a blank line, a caption or a bullet starts a new one
  const paragraphs: Paragraph[] = [];
  let current: Span | undefined;
  // a key-figure box may give a number on one line and what it counts on the next ("2.1M" then
  // "people affected"): the two lines are one key line
  let loneNumber = false;
  const close = () => {
    if (current) {
      const trimmed = trimSpan(text, current);
      if (trimmed.end > trimmed.start) {
        const body = text.slice(trimmed.start, trimmed.end);
        // a lone number and its label (closed while loneNumber is still set) are one key line
        paragraphs.push({ ...trimmed, index: paragraphs.length, headline: false, keyLine: (!body.includes('\n') || loneNumber) && !CLOSED_END.test(body) && (isShortLine(body.replace(/\s+/g, ' ')) || isNumberTitleLine(body)) });
      }
    }
    current = undefined;
    loneNumber = false;
  };
  // A text whose lines are paragraphs (some line runs past any wrapping width) breaks a line only
  // where its paragraph ends: there a line without closing punctuation is a heading or a
  // subheading ("Delivers 115,500 doses of measles vaccines to worst-affected Samoa" above the
  // dateline), never the start of a sentence the next line goes on with. A hard-wrapped text keeps
  // its lines together.
  const unwrapped = lines.some((l) => l.kind === 'prose' && l.end - l.start > WRAP_WIDTH);
  for (const line of lines) {
    if (line.kind !== 'prose') {
      close();
      continue;
    }
    const body = text.slice(line.start, line.end);
    const short = isShortLine(body);
    if (current && loneNumber) {
      // the line after a lone number names what it counts: the pair is one line of the box
      if (short && !LONE_NUMBER.test(body) && !BULLET.test(body)) {
        current.end = line.end;
        close();
        continue;
      }
      close();
    }
    if (current && (short || BULLET.test(body))) close();
    if (!current && short && LONE_NUMBER.test(body)) {
      current = { start: line.start, end: line.end };
      loneNumber = true;
      continue;
    }
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
    // a short line without closing punctuation (a heading, a key-figure box line such as "48 people
    // killed") stands alone: read with its neighbours it would make run-on sentences
    if (short || (unwrapped && !CLOSED_END.test(body.trimEnd()))) close();
  }
  close();

  let headline: string | undefined;
  const first = paragraphs[0];
  if (first) {
    const body = text.slice(first.start, first.end);
    const firstLine = lines.find((l) => l.kind === 'prose');
    const oneLine = firstLine !== undefined && firstLine.end >= first.end;
    if (oneLine && !/[.!?:;]["'”’)]*$/.test(body) && body.split(/\s+/).length <= 40) {
      first.headline = true;
      headline = body.replace(/\s+/g, ' ');
      // the standfirst under it, a line of its own without closing punctuation ("A further 60 million kroner is heading to
      // beleaguered east African nation"), repeats the body's figures as the headline does: merged like a key line
      const next = paragraphs[1];
      if (unwrapped && next !== undefined) {
        const standfirst = text.slice(next.start, next.end);
        if (!standfirst.includes('\n') && !BULLET.test(standfirst) && !CLOSED_END.test(standfirst) && standfirst.split(/\s+/).length <= 40) next.keyLine = true;
      }
    }
  }

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const stop = m.index + m[0].length - (m[1]?.length ?? 0);
      const before = body.slice(Math.max(0, m.index - 12), m.index);
      // (a currency's abbreviation holds its point only before its amount: "Rls. 1,700 billion", but "... 550 billion Rls. Deaths rose")
      if (body[m.index] === '.' && ABBREVIATION.test(before) && !(CURRENCY_ABBREVIATION.test(before) && !/^\d/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 1)))) continue;
      // ("As of 8:30 p.m. WIB on Tuesday, ...": a time and its time zone, not a sentence's end)
      if (body[m.index] === '.' && TIME_OF_DAY_END.test(before) && TIME_ZONE_AFTER.test(body.slice(m.index + 1, m.index + 24))) continue;
      sentences.push({ ...trimSpan(text, { start: p.start + from, end: p.start + stop }), paragraph: p });
      from = m.index + m[0].length;
    }
    const last = trimSpan(text, { start: p.start + from, end: p.end });
    if (last.end > last.start) sentences.push({ ...last, paragraph: p });
  }
  return { lines, paragraphs, sentences, headerDate, headline, lineStarts };
}

/** A line that is only a number, perhaps with a currency sign and a scale: "2.1M", "450K", "$35M", "120,000". */
export const LONE_NUMBER = /^\s*(?:[$€£¥₹₱]|[A-Z]{1,3}\$?\s?|US\s?\$)?\d[\d.,\u00a0\u202f ]*(?:\s?(?:[kKmMbB]|mn|bn|million|billion))?\+?\s*$/u;

/** At most six words and no closing punctuation: a heading or a key-figure line. */
/** Closing punctuation at the end of a trimmed text: not a short line (isShortLine's first test, without copying the text). */
const CLOSED_END = /[.!?:;,]["'”’)]*$/;
/** Past this many characters a line is no line of a hard-wrapped text (mail and terminals wrap at 72 to 80). */
const WRAP_WIDTH = 100;

/**
 * A key figure's line of a fact sheet: a number, then its label opening in capitals, and no closing punctuation:
 * at most ten words ("4,500 People remain in 10 evacuation centres"), or at most sixteen of which, of those longer
 * than three letters, at least two in three are capitalised ("1.1 MILLION People Displaced Within Tigray, Afar, and
 * Amhara by the Crisis in Tigray").
 */
function isNumberTitleLine(body: string): boolean {
  if (body.length > 200 || !NUMBER_TITLE_OPENING.test(body) || /[.!?:;]["'”’)]*$/.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length > 16) return false;
  // (or a short one whose label alone opens in capitals: "4,500 People remain in 10 evacuation centres")
  if (words.length <= 10) return true;
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 3 >= long.length * 2;
}
const NUMBER_TITLE_OPENING = /^(?:US\$|\$|€|£)?\d[\d,.]*(?:\s?(?:MILLION|BILLION|THOUSAND|Million|Billion|[MKB]))?\s+\p{Lu}/u;

function isShortLine(body: string): boolean {
  const trimmed = body.trim();
  if (trimmed === '' || /[.!?:;,]["'”’)]*$/.test(trimmed)) return false;
  let words = 1;
  for (let i = 0; i < trimmed.length && words <= 6; i++) if (trimmed[i] === ' ' && trimmed[i + 1] !== ' ') words++;
  return words <= 6;
}

/**
 * Whether the character at `i` is white space as the regular expression `\s` means it (false
 * outside the text). A comparison of char codes: the extractor asks this for every character of
 * a report, and a regular expression per character costs several times more.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text: false below
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The span without leading and trailing white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** Index of the first span starting at or after `offset` in spans sorted by start. */
function firstFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps one of `spans` (sorted by start, not overlapping each other). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstFrom(spans, end) - 1; // the last span starting before `end`
  return i >= 0 && spans[i]!.end > start;
}

/** The spans (sorted by start) that lie inside [from, to). */
export function spansWithin<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, from); i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) out.push(spans[i]!);
  return out;
}

/** The last span (sorted by start) that starts before `offset`, if any. */
export function spanBefore<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = firstFrom(spans, offset) - 1;
  return i >= 0 ? spans[i] : undefined;
}

/** The span (sorted by start, not overlapping) that contains `offset`, if any. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = firstFrom(spans, offset + 1) - 1;
  const s = i >= 0 ? spans[i] : undefined;
  return s && offset < s.end ? s : undefined;
}

/** 1-based line number of an offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The clauses of a sentence: split at ", ", "; ", ": ", " – ", " — " and " - " outside
 * parentheses and outside the given protected spans (dates such as "September 28, 2023").
 */
export function clauses(text: string, sentence: Span, protect: readonly Span[]): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) depth++; // ( [
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--; // ) ]
    if (depth > 0) continue;
    let cut = 0; // length of the separator
    // ", " "; " ": ", and " - " " – " " — " between spaces
    if ((c === 0x2c || c === 0x3b || c === 0x3a) && isSpaceAt(text, i + 1)) cut = 1;
    else if ((c === 0x2d || c === 0x2013 || c === 0x2014) && i > 0 && isSpaceAt(text, i - 1) && isSpaceAt(text, i + 1)) cut = 1;
    if (cut && !overlapsAny(protect, i, i + 1)) {
      const span = trimSpan(text, { start: from, end: i });
      if (span.end > span.start) out.push(span);
      from = i + cut;
    }
  }
  const rest = trimSpan(text, { start: from, end: sentence.end });
  if (rest.end > rest.start) out.push(rest);
  return out;
}
