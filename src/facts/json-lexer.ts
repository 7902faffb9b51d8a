/**
 * humfig's one JSON lexer (RFC 8259): the only code that knows how JSON text is written (strings
 * and their escapes, numbers, true/false/null, punctuation, whitespace) and how those tokens
 * nest. Every reader of JSON text that JSON.parse alone cannot serve drives it:
 * - the strict scanner (json-scan.ts, scanJson) adds duplicate keys and the messages, through
 *   the `onKey` hook, and may change the depth limit;
 * - the locator (json-scan.ts, locateJsonPath and PathLocator) skips the values off a path;
 * - the streaming reader (stream/file-chunks.ts, ChunkReader) finds where each value of a file
 *   read in chunks ends, on a Latin-1 view of the bytes (one character a byte, and UTF-8 puts no
 *   byte below 0x80 inside a character, so tokens are found where they are and every offset is
 *   a byte offset).
 *
 * It never builds values (JSON.parse does, once a text is known to be one value) and never
 * recurses: the open containers are an array, so any depth is safe. It stops at the first
 * problem and says where (`at`) and what (`problem`, one of the P_ codes); the strict scanner
 * turns that into a message. Reading a chunk of a file (`more`), running into the end of the
 * text is not a problem but MORE: read on and call again from the value's start.
 *
 * Speed: every read is bounded by the text's length (never `charCodeAt` past the end, which gives
 * NaN: once a read site has seen NaN, V8 handles its character codes as floats, and reading a
 * file in chunks reaches a chunk's end every 64 KiB). Measured on a pretty-printed 200,000-figure
 * document, value by value in 64 KiB chunks, that made the lexer two to three times faster.
 */

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const SLASH = 47;
export const ZERO = 48;
export const NINE = 57;
export const COLON = 58;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;
export const BOM = 0xfeff;
const DOLLAR = 36;
const PLUS = 43;
const UPPER_A = 65;
const UPPER_E = 69;
const UPPER_F = 70;
const UPPER_X = 88;
const UPPER_Z = 90;
const UNDERSCORE = 95;
const LOWER_A = 97;
const LOWER_B = 98;
const LOWER_E = 101;
const LOWER_F = 102;
const LOWER_N = 110;
const LOWER_R = 114;
const LOWER_T = 116;
const LOWER_U = 117;
const LOWER_X = 120;
const LOWER_Z = 122;

/**
 * How deep objects and arrays may nest: the strict scanner's limit (a message past it), and the
 * streaming reader's (it gives up past it), so that the stack of open containers stays small
 * whatever a file holds. No facts file nests deeper than a handful of levels.
 */
export const MAX_DEPTH = 512;

/** The kinds of open container. */
export const OBJECT = 1;
export const ARRAY = 2;

/** value() found a problem (see `at` and `problem`). */
export const FAIL = -1;
/** value() ran into the end of a text that may go on: read more, then call it again. */
export const MORE = -2;

// What value() stopped at (`problem`); `at` is where the strict scanner reports it.
/** no value starts here (at: that character, or the end of the text) */
export const P_VALUE = 1;
/** a bare word other than true, false and null (at: its start; `detail`: its end) */
export const P_WORD = 2;
/** a string the text ends in (at: the end; `detail`: the opening quote) */
export const P_STRING_OPEN = 3;
/** a raw line break, tab or other control character in a string (at: that character) */
export const P_STRING_CONTROL = 4;
/** a backslash not followed by a JSON escape (at: the backslash) */
export const P_ESCAPE = 5;
/** \u not followed by four hex digits (at: the backslash) */
export const P_ESCAPE_U = 6;
/** '-' without a digit after it (at: the number's start) */
export const P_NUMBER_SIGN = 7;
/** a digit after a leading 0 (at: the number's start) */
export const P_NUMBER_ZEROS = 8;
/** 0x or 0X (at: the number's start) */
export const P_NUMBER_HEX = 9;
/** a decimal point without a digit after it (at: the number's start) */
export const P_NUMBER_FRACTION = 10;
/** an exponent without digits (at: the number's start) */
export const P_NUMBER_EXPONENT = 11;
/** an object member that does not start with a string key (at: that character or the end) */
export const P_KEY = 12;
/** a key not followed by ':' (at: that character or the end) */
export const P_COLON = 13;
/** a value in a container followed by neither ',' nor the right bracket (at: that character or the end) */
export const P_AFTER = 14;
/** a comma just before the closing bracket (at: the comma) */
export const P_TRAILING_COMMA = 15;
/** a container opened at depth maxDepth (at: its bracket) */
export const P_DEPTH = 16;

/** The characters a string holds as they are: not a control character, '"' or a backslash. */
const PLAIN = new Uint8Array(256).fill(1, SPACE);
PLAIN[QUOTE] = 0;
PLAIN[BACKSLASH] = 0;

const EXPECT_VALUE = 0;
const EXPECT_KEY = 1;
const AFTER_VALUE = 2;

/** Called by value() for each key: its level (0 = the outermost container), where its string starts and ends, whether it has escapes, and its member index in its object. */
export type KeyHook = (level: number, start: number, end: number, escaped: boolean, member: number) => void;

/**
 * Reads one JSON value at a time from a text, token by token. One instance is reused value
 * after value (its container stack is kept), so reading allocates nothing.
 */
export class JsonLexer {
  /** where value() stopped on a problem (see the P_ codes) */
  at = 0;
  problem = 0;
  /** the other offset some problems carry (see the P_ codes) */
  detail = 0;
  /** the containers open where value() stopped; index 0 is the outermost */
  depth = 0;
  readonly kinds: number[] = [];
  /** where each open container starts (its bracket) */
  readonly opens: number[] = [];
  /** the index of the current element (array) or member (object) of each open container */
  readonly indexes: number[] = [];
  /** the deepest nesting the last value() reached (0 for a scalar) */
  deepest = 0;
  /** set by string(): whether the string just read had escapes */
  escaped = false;
  /** where reading stopped, for MORE: the end of the text was looked at */
  private stop = 0;

  /**
   * @param maxDepth the strict scanner's limit (P_DEPTH past it); readers that only find values do without
   * @param onKey the strict scanner's hook for keys (duplicates, paths in messages)
   */
  constructor(
    private readonly maxDepth = Number.POSITIVE_INFINITY,
    private readonly onKey?: KeyHook,
  ) {}

  /**
   * Reads the value that starts at `start` (not whitespace); gives the offset after it, FAIL,
   * or, with `more` (the text may go on), MORE where the end of the text leaves it undecided.
   */
  value(text: string, start: number, more = false): number {
    const len = text.length;
    const kinds = this.kinds;
    const opens = this.opens;
    const indexes = this.indexes;
    const maxDepth = this.maxDepth;
    const onKey = this.onKey;
    let depth = 0;
    let deepest = 0;
    let i = start;
    let state = EXPECT_VALUE;
    // In EXPECT_VALUE and EXPECT_KEY, `i` is at a character that is not whitespace (or the end).
    for (;;) {
      if (state === EXPECT_VALUE) {
        const c = i < len ? text.charCodeAt(i) : -1;
        if (c === QUOTE) {
          i = this.string(text, i);
          if (i < 0) break;
        } else if ((c >= ZERO && c <= NINE) || c === MINUS) {
          i = this.number(text, i);
          if (i < 0) break;
        } else if (c === LBRACE || c === LBRACKET) {
          if (depth >= maxDepth) {
            this.fail(P_DEPTH, i, i);
            break;
          }
          opens[depth] = i;
          indexes[depth] = 0;
          kinds[depth] = c === LBRACE ? OBJECT : ARRAY;
          if (depth >= deepest) deepest = depth + 1;
          i = skipWhitespace(text, i + 1);
          if (i < len && text.charCodeAt(i) === (c === LBRACE ? RBRACE : RBRACKET)) {
            i++;
          } else {
            depth++;
            if (c === LBRACE) state = EXPECT_KEY;
            continue;
          }
        } else if (isWordStart(c)) {
          const end = wordEnd(text, i + 1);
          if (!isLiteral(text, i, end)) {
            this.fail(P_WORD, i, end);
            this.detail = end;
            break;
          }
          i = end;
        } else {
          this.fail(P_VALUE, i, i);
          break;
        }
        state = AFTER_VALUE;
      } else if (state === EXPECT_KEY) {
        const keyStart = i;
        if (i >= len || text.charCodeAt(i) !== QUOTE) {
          this.fail(P_KEY, i, i);
          break;
        }
        i = this.string(text, i);
        if (i < 0) break;
        if (onKey !== undefined) onKey(depth - 1, keyStart, i, this.escaped, indexes[depth - 1]!);
        i = skipWhitespace(text, i);
        if (i >= len || text.charCodeAt(i) !== COLON) {
          this.fail(P_COLON, i, i);
          break;
        }
        i = skipWhitespace(text, i + 1);
        state = EXPECT_VALUE;
      } else {
        if (depth === 0) {
          this.deepest = deepest;
          this.depth = 0;
          // a number or word that reaches the end of a chunk may go on in the next
          return i >= len && more ? MORE : i;
        }
        i = skipWhitespace(text, i);
        const c = i < len ? text.charCodeAt(i) : -1;
        const level = depth - 1;
        const close = kinds[level] === OBJECT ? RBRACE : RBRACKET;
        if (c === COMMA) {
          const next = skipWhitespace(text, i + 1);
          if (next < len && text.charCodeAt(next) === close) {
            this.fail(P_TRAILING_COMMA, i, next);
            break;
          }
          indexes[level] = indexes[level]! + 1;
          i = next;
          state = kinds[level] === OBJECT ? EXPECT_KEY : EXPECT_VALUE;
        } else if (c === close) {
          depth--;
          i++;
        } else {
          this.fail(P_AFTER, i, i);
          break;
        }
      }
    }
    // only a problem leaves the loop
    this.deepest = deepest;
    this.depth = depth;
    return more && this.stop >= len ? MORE : FAIL;
  }

  /** Reads the string at `start` (a quote); the offset after its closing quote, or -1. */
  string(text: string, start: number): number {
    const len = text.length;
    let i = start + 1;
    let escaped = false;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c > 0xff || PLAIN[c] === 1) {
        i++;
        continue;
      }
      if (c === QUOTE) {
        this.escaped = escaped;
        return i + 1;
      }
      if (c !== BACKSLASH) return this.fail(P_STRING_CONTROL, i, i);
      escaped = true;
      const e = i + 1 < len ? text.charCodeAt(i + 1) : -1;
      if (e === QUOTE || e === BACKSLASH || e === SLASH || e === LOWER_N || e === LOWER_T || e === LOWER_R || e === LOWER_B || e === LOWER_F) {
        i += 2;
      } else if (e === LOWER_U) {
        let h = i + 2;
        while (h < i + 6 && h < len && isHex(text.charCodeAt(h))) h++;
        if (h < i + 6) return this.fail(P_ESCAPE_U, i, h);
        i = h;
      } else {
        return this.fail(P_ESCAPE, i, i + 1);
      }
    }
    this.detail = start;
    return this.fail(P_STRING_OPEN, i, i);
  }

  /** Reads the number at `start` (a digit or '-'); the offset after it, or -1. */
  private number(text: string, start: number): number {
    const len = text.length;
    let i = start;
    let c = text.charCodeAt(i);
    if (c === MINUS) {
      c = ++i < len ? text.charCodeAt(i) : -1;
      if (!(c >= ZERO && c <= NINE)) return this.fail(P_NUMBER_SIGN, start, i);
    }
    if (c === ZERO) {
      c = ++i < len ? text.charCodeAt(i) : -1;
      if (c >= ZERO && c <= NINE) return this.fail(P_NUMBER_ZEROS, start, i);
      if (c === LOWER_X || c === UPPER_X) return this.fail(P_NUMBER_HEX, start, i);
    } else {
      do c = ++i < len ? text.charCodeAt(i) : -1;
      while (c >= ZERO && c <= NINE);
    }
    if (c === DOT) {
      c = ++i < len ? text.charCodeAt(i) : -1;
      if (!(c >= ZERO && c <= NINE)) return this.fail(P_NUMBER_FRACTION, start, i);
      do c = ++i < len ? text.charCodeAt(i) : -1;
      while (c >= ZERO && c <= NINE);
    }
    if (c === LOWER_E || c === UPPER_E) {
      c = ++i < len ? text.charCodeAt(i) : -1;
      if (c === PLUS || c === MINUS) c = ++i < len ? text.charCodeAt(i) : -1;
      if (!(c >= ZERO && c <= NINE)) return this.fail(P_NUMBER_EXPONENT, start, i);
      do c = ++i < len ? text.charCodeAt(i) : -1;
      while (c >= ZERO && c <= NINE);
    }
    return i;
  }

  /** Notes a problem reported at `at`, found by looking at `stop`. */
  private fail(problem: number, at: number, stop: number): -1 {
    this.problem = problem;
    this.at = at;
    this.stop = stop;
    return -1;
  }
}

/** The offset of the first character at or after `i` that is not JSON whitespace (or the end). */
export function skipWhitespace(text: string, i: number): number {
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR || c === TAB) i++;
    else return i;
  }
  return i;
}

export function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= UPPER_A && c <= UPPER_F) || (c >= LOWER_A && c <= LOWER_F);
}

/** A letter, '_' or '$': where a bare word starts (JSON's only bare words are true, false and null). */
export function isWordStart(c: number): boolean {
  return (c >= LOWER_A && c <= LOWER_Z) || (c >= UPPER_A && c <= UPPER_Z) || c === UNDERSCORE || c === DOLLAR;
}

export function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= ZERO && c <= NINE);
}

/** The end of the run of word characters from `i`. */
export function wordEnd(text: string, i: number): number {
  const len = text.length;
  while (i < len && isWordPart(text.charCodeAt(i))) i++;
  return i;
}

/** Whether text[start, end) is exactly true, false or null. */
function isLiteral(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 4) return text.startsWith('true', start) || text.startsWith('null', start);
  return n === 5 && text.startsWith('false', start);
}

/** Decodes the contents of a JSON string read by the lexer (between its quotes). */
export function decodeString(text: string, start: number, end: number): string {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== BACKSLASH) continue;
    out += text.slice(last, i);
    const e = text.charCodeAt(i + 1);
    let skip = 2;
    switch (e) {
      case LOWER_B:
        out += '\b';
        break;
      case LOWER_F:
        out += '\f';
        break;
      case LOWER_N:
        out += '\n';
        break;
      case LOWER_R:
        out += '\r';
        break;
      case LOWER_T:
        out += '\t';
        break;
      case LOWER_U:
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
        skip = 6;
        break;
      default:
        out += text.charAt(i + 1);
    }
    last = i + skip;
    i = last - 1;
  }
  return out + text.slice(last, end);
}
