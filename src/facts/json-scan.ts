/**
 * The strict scanner and the locator of JSON texts, both driven by the one lexer (json-lexer.ts):
 * - the strict scanner (scanJson) explains what is wrong with a file: line, column, message,
 *   and finds duplicate keys and nesting past a limit, the layer on top of the lexer that only
 *   this path pays for;
 * - the locator (locateJsonPath, PathLocator) finds where the value at a path starts, skipping
 *   the values off the path with the lexer.
 *
 * The strict scanner (RFC 8259):
 *
 * humfig parses with `JSON.parse` for speed; when that fails, or when a file needs checking for
 * duplicate keys (which `JSON.parse` silently resolves to the last one), this scanner says exactly
 * where: line, column (in Unicode code points) and a message naming what was found and what JSON
 * allows. It never builds values and never recurses, so any nesting depth is safe.
 *
 * Decisions:
 * - A leading BOM (U+FEFF) is accepted and skipped (RFC 8259 §8.1 lets parsers ignore it); it does
 *   not count as a column. `JSON.parse` rejects it, so callers strip it before parsing.
 * - Line breaks are LF, CRLF (one break) and a lone CR.
 * - Lone surrogates, in `\u` escapes or raw, are accepted, as `JSON.parse` accepts them.
 * - Keys are compared after decoding escapes: `"a"` and `"\u0061"` are duplicates.
 */
import { clipInput } from '../errors.js';
import {
  ARRAY,
  BACKSLASH,
  BOM,
  COLON,
  COMMA,
  CR,
  DOT,
  JsonLexer,
  LBRACE,
  LBRACKET,
  LF,
  MAX_DEPTH,
  MINUS,
  NINE,
  OBJECT,
  P_AFTER,
  P_COLON,
  P_DEPTH,
  P_ESCAPE,
  P_ESCAPE_U,
  P_KEY,
  P_NUMBER_EXPONENT,
  P_NUMBER_FRACTION,
  P_NUMBER_HEX,
  P_NUMBER_SIGN,
  P_NUMBER_ZEROS,
  P_STRING_OPEN,
  P_TRAILING_COMMA,
  P_VALUE,
  P_WORD,
  QUOTE,
  RBRACE,
  RBRACKET,
  SLASH,
  SPACE,
  TAB,
  ZERO,
  decodeString,
  isWordPart,
  skipWhitespace,
} from './json-lexer.js';

export type JsonPath = ReadonlyArray<string | number>;

/** 1-based line and column; the column counts Unicode code points; `offset` is a UTF-16 index. */
export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  offset: number;
  message: string;
}

export interface DuplicateKey {
  /** path to the object holding the duplicate */
  path: JsonPath;
  key: string;
  /** where the repeated occurrence of the key starts (its opening quote) */
  line: number;
  column: number;
  /** line of the first occurrence */
  firstLine: number;
}

export interface ScanResult {
  /** the first syntax problem; absent when the document is valid JSON */
  syntax?: JsonSyntaxProblem;
  duplicates: DuplicateKey[];
  /** keys named __proto__, which JSON.parse keeps as a key and object-building code does not: never a name of ours (firstLine is the key's own line) */
  forbidden?: DuplicateKey[];
  /** the deepest nesting of objects and arrays seen (0 for a bare scalar) */
  maxDepth: number;
}


const APOSTROPHE = 39;
const STAR = 42;
const PLUS = 43;

const MSG_EMPTY = 'the file is empty; a facts file is one JSON object';
const MSG_COMMENT = 'comments are not allowed in JSON';
const MSG_SINGLE_QUOTES = 'strings must use double quotes';
const MSG_CURLY_QUOTES = 'strings must use straight double quotes ("), not curly quotes';
const MSG_UNQUOTED_KEY = 'object keys must be strings in double quotes';
const VALUE_KINDS = '(object, array, string, number, true, false or null)';

// ---------------------------------------------------------------------------------------------
// Public API

/** Validates JSON syntax strictly (RFC 8259) and finds duplicate keys, without building values. */
export function scanJson(text: string, options?: { maxDepth?: number }): ScanResult {
  return new Scanner(text, options?.maxDepth ?? MAX_DEPTH).run();
}

/**
 * Where the value at `path` starts (for a key-level problem use `{ key: true }`: where the key of
 * the last segment starts). undefined when the path is not in the document.
 *
 * Number segments match array elements only, string segments object keys only. When a key is
 * repeated, the last occurrence wins, as with `JSON.parse`. With `key: true`, a path ending in an
 * array index (or the empty path) gives the value's position, as there is no key.
 */
export function locateJsonPath(
  text: string,
  path: JsonPath,
  options?: { key?: boolean },
): JsonPosition | undefined {
  // One forward pass, O(n) at any depth: values off the path are skipped, containers on the path
  // are walked member by member. A later duplicate key on the path overrides what was found.
  const depth = path.length;
  let i = skipWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  if (!startsValue(text, i)) return undefined;
  if (depth === 0) return positionAt(text, i);
  if (!canEnter(text, i, path[0]!)) return undefined;
  let found = -1;
  let foundKey = -1;
  const kinds: number[] = [];
  const indexes: number[] = [];
  let level = -1;
  /** open objects on the path: while there are some, a later duplicate key may override `found` */
  let objects = 0;
  let atMember = true;
  const enter = (at: number): void => {
    level++;
    const isObject = text.charCodeAt(at) === LBRACE;
    kinds[level] = isObject ? OBJECT : ARRAY;
    indexes[level] = 0;
    if (isObject) objects++;
    i = skipWhitespace(text, at + 1);
    atMember = true;
  };
  enter(i);
  for (;;) {
    const c = text.charCodeAt(i);
    const kind = kinds[level];
    if (atMember && c !== (kind === OBJECT ? RBRACE : RBRACKET)) {
      const segment = path[level]!;
      let match = false;
      if (kind === ARRAY) {
        if (!startsValue(text, i)) break;
        match = indexes[level] === segment;
        if (match && level + 1 === depth) {
          found = foundKey = i;
          if (objects === 0) break;
        }
      } else {
        if (c !== QUOTE) break;
        const keyStart = i;
        const keyEnd = skipString(text, keyStart);
        if (keyEnd < 0) break;
        i = skipWhitespace(text, keyEnd);
        if (text.charCodeAt(i) !== COLON) break;
        i = skipWhitespace(text, i + 1);
        if (!startsValue(text, i)) break;
        match = keyEquals(text, keyStart + 1, keyEnd - 1, segment as string);
        if (match) {
          found = foundKey = -1;
          if (level + 1 === depth) {
            found = i;
            foundKey = keyStart;
          }
        }
      }
      if (match && level + 1 < depth && canEnter(text, i, path[level + 1]!)) {
        enter(i);
        continue;
      }
      i = skipValue(text, i);
      if (i < 0) break;
      i = skipWhitespace(text, i);
      atMember = false;
      continue;
    }
    if (!atMember && c === COMMA) {
      i = skipWhitespace(text, i + 1);
      indexes[level] = indexes[level]! + 1;
      atMember = true;
    } else if (c === (kind === OBJECT ? RBRACE : RBRACKET)) {
      if (kind === OBJECT) objects--;
      level--;
      if (level < 0 || objects === 0) break;
      i = skipWhitespace(text, i + 1);
      atMember = false;
    } else {
      break;
    }
  }
  if (found < 0) return undefined;
  return positionAt(text, options?.key === true ? foundKey : found);
}

/** The members of a container: an array's elements, or an object's keys (the last of a repeated key, as JSON.parse keeps). */
type Members = { kind: 'array'; starts: number[]; ends: number[] } | { kind: 'object'; keys: Map<string, { key: number; start: number; end: number }> };

/**
 * locateJsonPath for many paths in one text, as a file with thousands of problems needs: each
 * call of locateJsonPath reads the text from its start, and thousands of them took minutes on a
 * 4 MB file. Each container on the way to a path (the root, `figures`, one figure, its `stated`)
 * is read once, member by member, and the members of a large one are kept, so that the next path
 * through it goes straight to its member: 10,000 problems in one figure's `stated` array took 17 s,
 * now a pass over it. Lines come from one index. Gives exactly what locateJsonPath gives (a
 * property test holds it to that, with every container kept).
 */
export class PathLocator {
  private lineIndex: LineIndex | undefined;
  /** the members of each container read, by the path to it (only those of `keepFrom` characters or more) */
  private readonly kept = new Map<string, Members | null>();
  private root: { start: number; end: number } | null | undefined;

  /** `keepFrom`: the size (in characters) from which a container's members are kept (tests give 0) */
  constructor(
    private readonly text: string,
    private readonly keepFrom = 4096,
  ) {}

  find(path: JsonPath, options?: { key?: boolean }): JsonPosition | undefined {
    this.root ??= this.rootValue();
    if (this.root === null) return undefined;
    let { start, end } = this.root;
    let keyAt = -1;
    let prefix = '';
    for (const segment of path) {
      const members = this.membersAt(prefix, start, end);
      if (members === null) return undefined;
      if (typeof segment === 'number') {
        if (members.kind !== 'array' || !Number.isInteger(segment) || segment < 0 || segment >= members.starts.length) return undefined;
        start = members.starts[segment]!;
        end = members.ends[segment]!;
        keyAt = start;
        prefix += `[${segment}]`;
      } else {
        const member = members.kind === 'object' ? members.keys.get(segment) : undefined;
        if (member === undefined) return undefined;
        ({ start, end } = member);
        keyAt = member.key;
        prefix += `.${JSON.stringify(segment)}`;
      }
    }
    return this.position(options?.key === true && path.length > 0 ? keyAt : start);
  }

  position(offset: number): JsonPosition {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex.position(offset);
  }

  private rootValue(): { start: number; end: number } | null {
    const start = skipWhitespace(this.text, this.text.charCodeAt(0) === BOM ? 1 : 0);
    if (!startsValue(this.text, start)) return null;
    const end = skipValue(this.text, start);
    return end < 0 ? null : { start, end };
  }

  /** The members of the container at `start` (null when the value there is none), kept when it is large. */
  private membersAt(prefix: string, start: number, end: number): Members | null {
    const known = this.kept.get(prefix);
    if (known !== undefined) return known;
    const members = readMembers(this.text, start);
    if (end - start >= this.keepFrom) this.kept.set(prefix, members);
    return members;
  }
}

/** One pass over the container at `start`: where each member's value (and key) starts and ends; null when it is no container. */
function readMembers(text: string, start: number): Members | null {
  const open = text.charCodeAt(start);
  if (open !== LBRACKET && open !== LBRACE) return null;
  const close = open === LBRACKET ? RBRACKET : RBRACE;
  const starts: number[] = [];
  const ends: number[] = [];
  const keys = new Map<string, { key: number; start: number; end: number }>();
  let i = skipWhitespace(text, start + 1);
  while (i < text.length && text.charCodeAt(i) !== close) {
    let key = -1;
    let name = '';
    if (open === LBRACE) {
      if (text.charCodeAt(i) !== QUOTE) break;
      const keyEnd = skipString(text, i);
      if (keyEnd < 0) break;
      key = i;
      name = decodeString(text, i + 1, keyEnd - 1);
      i = skipWhitespace(text, keyEnd);
      if (text.charCodeAt(i) !== COLON) break;
      i = skipWhitespace(text, i + 1);
    }
    if (!startsValue(text, i)) break;
    const valueEnd = skipValue(text, i);
    if (valueEnd < 0) break;
    if (open === LBRACE) keys.set(name, { key, start: i, end: valueEnd });
    else {
      starts.push(i);
      ends.push(valueEnd);
    }
    i = skipWhitespace(text, valueEnd);
    if (text.charCodeAt(i) !== COMMA) break;
    i = skipWhitespace(text, i + 1);
  }
  return open === LBRACKET ? { kind: 'array', starts, ends } : { kind: 'object', keys };
}

/** Turns a character offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): JsonPosition {
  const at = clampOffset(text, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: columnAt(text, lineStart, at), offset: at };
}

/** Formats a path the way users read it: `figures[3].value`, `dataset.id`, `places[0]["odd key"]`; '' for the root. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += i === 0 ? clipInput(segment) : `.${clipInput(segment)}`;
    else out += `[${safeJsonString(clipInput(segment))}]`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scanner: the lexer, plus duplicate keys, the depth limit and messages

interface PendingDuplicate {
  path: JsonPath;
  key: string;
  offset: number;
  firstOffset: number;
}

class Scanner {
  private readonly text: string;
  private readonly len: number;
  private readonly maxDepth: number;
  private readonly lexer: JsonLexer;
  /** offset of the first problem, -1 while none */
  private problemOffset = -1;
  private problemMessage = '';
  private lineIndex: LineIndex | undefined;
  /** the key of the current member of each open object (index 0 = outermost) */
  private readonly keys: string[] = [];
  /** keys seen in the open object at each level (first offset); reused between objects */
  private readonly seen: Array<Map<string, number>> = [];
  private readonly duplicates: PendingDuplicate[] = [];
  private readonly forbidden: PendingDuplicate[] = [];

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.len = text.length;
    this.maxDepth = maxDepth;
    this.lexer = new JsonLexer(maxDepth, (level, start, end, escaped, member) => this.key(level, start, end, escaped, member));
  }

  run(): ScanResult {
    const text = this.text;
    const len = this.len;
    const i = skipWhitespace(text, len > 0 && text.charCodeAt(0) === BOM ? 1 : 0);
    if (i >= len) {
      this.fail(i, MSG_EMPTY);
      return this.result(0);
    }
    const end = this.lexer.value(text, i);
    if (end < 0) {
      this.explain();
    } else {
      const after = skipWhitespace(text, end);
      if (after < len) this.failAfterDocument(after);
    }
    return this.result(this.lexer.deepest);
  }

  /** The lexer's hook: records the key of the member at `level`, and a duplicate. */
  private key(level: number, start: number, end: number, escaped: boolean, member: number): void {
    const text = this.text;
    const key = escaped ? decodeString(text, start + 1, end - 1) : text.slice(start + 1, end - 1);
    let map = this.seen[level];
    if (map === undefined) this.seen[level] = map = new Map();
    else if (member === 0 && map.size > 0) map.clear();
    const first = map.get(key);
    if (first === undefined) map.set(key, start);
    else this.duplicates.push({ path: this.pathTo(level), key, offset: start, firstOffset: first });
    if (key === '__proto__') this.forbidden.push({ path: this.pathTo(level), key, offset: start, firstOffset: start });
    this.keys[level] = key;
  }

  /** The message for the problem the lexer stopped at. */
  private explain(): void {
    const { at, depth } = this.lexer;
    const text = this.text;
    switch (this.lexer.problem) {
      case P_VALUE:
        this.failValue(at, depth);
        return;
      case P_WORD:
        this.failWord(at, this.lexer.detail);
        return;
      case P_STRING_OPEN:
        this.fail(at, `unexpected end of file: a string opened at line ${this.lineOf(this.lexer.detail)} is not closed`);
        return;
      case P_ESCAPE:
        this.failEscape(at);
        return;
      case P_ESCAPE_U: {
        let end = at + 2;
        while (end < at + 6 && isWordPart(text.charCodeAt(end))) end++;
        this.fail(at, `invalid escape ${quoteText(text.slice(at, end))}: \\u must be followed by exactly 4 hex digits`);
        return;
      }
      case P_NUMBER_SIGN:
        if (text.startsWith('Infinity', at + 1)) this.fail(at, '-Infinity is not a JSON value; write a number or null');
        else if (text.charCodeAt(at + 1) === DOT) this.failLeadingDot(at);
        else this.fail(at, `expected a digit after '-' but found ${this.describeAt(at + 1)}`);
        return;
      case P_NUMBER_ZEROS:
        this.fail(at, `leading zeros are not allowed in numbers: ${this.numberText(at)}`);
        return;
      case P_NUMBER_HEX:
        this.fail(at, `hexadecimal numbers are not allowed in JSON: ${this.numberText(at)}; write the number in decimal`);
        return;
      case P_NUMBER_FRACTION:
        this.fail(at, `a number needs a digit after the decimal point: ${this.numberText(at)}`);
        return;
      case P_NUMBER_EXPONENT:
        this.fail(at, `a number needs digits in its exponent: ${this.numberText(at)}`);
        return;
      case P_KEY:
        this.failKey(at, depth);
        return;
      case P_COLON:
        this.failColon(at, this.keys[depth - 1]!, depth);
        return;
      case P_AFTER:
        this.failAfterElement(at, depth);
        return;
      case P_TRAILING_COMMA:
        this.fail(
          at,
          this.lexer.kinds[depth - 1] === OBJECT
            ? "trailing comma before '}'; JSON allows no comma after the last member"
            : "trailing comma before ']'; JSON allows no comma after the last element",
        );
        return;
      case P_DEPTH:
        this.fail(at, `nesting deeper than ${this.maxDepth} levels`);
        return;
      default:
        this.failControl(at);
    }
  }

  /** A raw control character in a string (P_STRING_CONTROL). */
  private failControl(i: number): void {
    const c = this.text.charCodeAt(i);
    if (c === LF || c === CR) {
      this.fail(i, `line break inside a string; close the string with '"' before the end of the line, or write \\n`);
    } else if (c === TAB) {
      this.fail(i, 'tab character inside a string; write \\t instead');
    } else {
      const code = hex4(c);
      this.fail(i, `control character U+${code} inside a string; write it as \\u${code}`);
    }
  }

  private pathTo(level: number): JsonPath {
    const { kinds, indexes } = this.lexer;
    const path: Array<string | number> = new Array<string | number>(level);
    for (let l = 0; l < level; l++) path[l] = kinds[l] === OBJECT ? this.keys[l]! : indexes[l]!;
    return path;
  }

  // --- problems -------------------------------------------------------------------------------

  private fail(offset: number, message: string): -1 {
    if (this.problemOffset < 0) {
      this.problemOffset = offset;
      this.problemMessage = message;
    }
    return -1;
  }

  private failUnclosed(depth: number): -1 {
    const level = depth - 1;
    const what = this.lexer.kinds[level] === OBJECT ? 'an object' : 'an array';
    return this.fail(
      this.len,
      `unexpected end of file: ${what} opened at line ${this.lineOf(this.lexer.opens[level]!)} is not closed`,
    );
  }

  private isComment(i: number): boolean {
    const next = this.text.charCodeAt(i + 1);
    return this.text.charCodeAt(i) === SLASH && (next === SLASH || next === STAR);
  }

  /** Something other than a value where a value must start. */
  private failValue(i: number, depth: number): -1 {
    const text = this.text;
    if (i >= this.len) return depth === 0 ? this.fail(i, MSG_EMPTY) : this.failUnclosed(depth);
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (this.isComment(i)) return this.fail(i, MSG_COMMENT);
    if (c === APOSTROPHE) return this.fail(i, MSG_SINGLE_QUOTES);
    if (isCurlyQuote(c)) return this.fail(i, MSG_CURLY_QUOTES);
    if (c === DOT && next >= ZERO && next <= NINE) return this.failLeadingDot(i);
    if (c === PLUS) {
      if (text.startsWith('Infinity', i + 1)) return this.fail(i, '+Infinity is not a JSON value; write a number or null');
      if ((next >= ZERO && next <= NINE) || next === DOT) {
        const literal = this.numberText(i);
        return this.fail(i, `numbers must not start with '+': ${literal} (write ${literal.replace('+', '')})`);
      }
    }
    const level = depth - 1;
    const what = depth > 0 && this.lexer.kinds[level] === OBJECT ? `a value for ${quoteKey(this.keys[level]!)}` : 'a value';
    return this.fail(i, `expected ${what} ${VALUE_KINDS} but found ${this.describeAt(i)}`);
  }

  private failLeadingDot(start: number): -1 {
    const literal = this.numberText(start);
    const fixed = literal.replace('.', '0.');
    return this.fail(start, `a number must have a digit before the decimal point: ${literal} (write ${fixed})`);
  }

  /** A bare word that is not true, false or null. */
  private failWord(start: number, end: number): -1 {
    const word = this.text.slice(start, end);
    if (word === 'NaN' || word === 'Infinity' || word === 'undefined') {
      return this.fail(start, `${word} is not a JSON value; write a number or null`);
    }
    const shown = word.length > 24 ? `${word.slice(0, 24)}…` : word;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') {
      return this.fail(start, `'${word}' is not a JSON value; write ${lower} in lowercase`);
    }
    return this.fail(
      start,
      `unexpected '${shown}': text must be a string in double quotes; the only bare words in JSON are true, false and null`,
    );
  }

  private failKey(i: number, depth: number): -1 {
    if (i >= this.len) return this.failUnclosed(depth);
    const c = this.text.charCodeAt(i);
    if (this.isComment(i)) return this.fail(i, MSG_COMMENT);
    if (c === APOSTROPHE) return this.fail(i, MSG_SINGLE_QUOTES);
    if (isCurlyQuote(c)) return this.fail(i, MSG_CURLY_QUOTES);
    if (isWordPart(c)) return this.fail(i, MSG_UNQUOTED_KEY);
    return this.fail(i, `expected a key in double quotes but found ${this.describeAt(i)}`);
  }

  private failColon(i: number, key: string, depth: number): -1 {
    if (i >= this.len) return this.failUnclosed(depth);
    if (this.isComment(i)) return this.fail(i, MSG_COMMENT);
    return this.fail(i, `expected ':' after the key ${quoteKey(key)} but found ${this.describeAt(i)}`);
  }

  /** After a value inside an object or array: anything but ',' or the right closing bracket. */
  private failAfterElement(i: number, depth: number): -1 {
    if (i >= this.len) return this.failUnclosed(depth);
    if (this.isComment(i)) return this.fail(i, MSG_COMMENT);
    const c = this.text.charCodeAt(i);
    const level = depth - 1;
    const opened = () => this.lineOf(this.lexer.opens[level]!);
    if (this.lexer.kinds[level] === OBJECT) {
      if (c === RBRACKET) return this.fail(i, `']' does not close the object opened at line ${opened()}; use '}'`);
      return this.fail(
        i,
        `expected ',' or '}' after the value of ${quoteKey(this.keys[level]!)} but found ${this.describeAt(i)}`,
      );
    }
    if (c === RBRACE) return this.fail(i, `'}' does not close the array opened at line ${opened()}; use ']'`);
    return this.fail(i, `expected ',' or ']' after an array element but found ${this.describeAt(i)}`);
  }

  private failAfterDocument(i: number): -1 {
    if (this.isComment(i)) return this.fail(i, MSG_COMMENT);
    return this.fail(i, `unexpected ${this.describeAt(i)} after the end of the JSON document`);
  }

  private failEscape(i: number): -1 {
    const cp = this.text.codePointAt(i + 1);
    if (cp === undefined || !isVisible(cp)) {
      return this.fail(i, 'lone backslash in a string; write \\\\ for a backslash');
    }
    return this.fail(
      i,
      `invalid escape ${quoteText(`\\${String.fromCodePoint(cp)}`)} in a string; ` +
        'JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
    );
  }

  private describeAt(i: number): string {
    if (i >= this.len) return 'the end of the file';
    return describeCodePoint(this.text.codePointAt(i)!);
  }

  /** The number-like run at `start`, quoted, for messages. */
  private numberText(start: number): string {
    const text = this.text;
    let end = start;
    while (end < this.len && end - start < 24) {
      const c = text.charCodeAt(end);
      if (!(isWordPart(c) || c === DOT || c === PLUS || c === MINUS)) break;
      end++;
    }
    return quoteText(text.slice(start, end));
  }

  private lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  private lineOf(offset: number): number {
    return this.lines().position(offset).line;
  }

  private result(deepest: number): ScanResult {
    const duplicates: DuplicateKey[] = [];
    if (this.duplicates.length > 0) {
      const lines = this.lines();
      for (const d of this.duplicates) {
        const at = lines.position(d.offset);
        duplicates.push({
          path: d.path,
          key: d.key,
          line: at.line,
          column: at.column,
          firstLine: lines.position(d.firstOffset).line,
        });
      }
    }
    const forbidden: DuplicateKey[] = [];
    if (this.forbidden.length > 0) {
      const lines = this.lines();
      for (const d of this.forbidden) {
        const at = lines.position(d.offset);
        forbidden.push({ path: d.path, key: d.key, line: at.line, column: at.column, firstLine: at.line });
      }
    }
    if (this.problemOffset < 0) return { duplicates, ...(forbidden.length > 0 ? { forbidden } : {}), maxDepth: deepest };
    const at = this.lines().position(this.problemOffset);
    return {
      syntax: { line: at.line, column: at.column, offset: at.offset, message: this.problemMessage },
      duplicates,
      maxDepth: deepest,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Start offsets of every line, for many position look-ups in one text. */
class LineIndex {
  private readonly text: string;
  private readonly starts: number[] = [0];
  // Cache for consecutive look-ups on one line (duplicates come in text order).
  private cacheStart = -1;
  private cacheOffset = -1;
  private cacheColumn = 1;

  /** for each long line looked into, the column at every CHECKPOINT_STEP characters from its start */
  private readonly checkpoints = new Map<number, number[]>();

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.starts.push(i + 1);
    }
  }

  /** The columns at every CHECKPOINT_STEP characters of line `index` (0-based) from `from`, its first column: one pass, made once. */
  private checkpointsOf(index: number, from: number): number[] {
    let marks = this.checkpoints.get(index);
    if (marks !== undefined) return marks;
    const end = index + 1 < this.starts.length ? this.starts[index + 1]! : this.text.length;
    marks = [1];
    for (let at = from + CHECKPOINT_STEP; at < end; at += CHECKPOINT_STEP) marks.push(advanceColumn(this.text, from, at - CHECKPOINT_STEP, at, marks[marks.length - 1]!));
    this.checkpoints.set(index, marks);
    return marks;
  }

  position(offset: number): JsonPosition {
    const at = clampOffset(this.text, offset);
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    let column: number;
    if (lineStart === this.cacheStart && at >= this.cacheOffset) {
      column = advanceColumn(this.text, effectiveLineStart(this.text, lineStart), this.cacheOffset, at, this.cacheColumn);
    } else if (at - lineStart > CHECKPOINT_STEP) {
      // far into a long line (a whole document on one line) and not after the last look-up: from the
      // nearest column counted before it, never from the line's start, so that problems reported out of
      // the text's order stay linear in all
      const from = effectiveLineStart(this.text, lineStart);
      const marks = this.checkpointsOf(lo, from);
      const k = Math.min(marks.length - 1, Math.floor((at - from) / CHECKPOINT_STEP));
      column = advanceColumn(this.text, from, from + k * CHECKPOINT_STEP, at, marks[k]!);
    } else {
      column = columnAt(this.text, lineStart, at);
    }
    this.cacheStart = lineStart;
    this.cacheOffset = at;
    this.cacheColumn = column;
    return { line: lo + 1, column, offset: at };
  }
}

/** How far apart the columns of a long line are kept (LineIndex). */
const CHECKPOINT_STEP = 4096;

function clampOffset(text: string, offset: number): number {
  if (!(offset > 0)) return 0;
  return offset > text.length ? text.length : Math.floor(offset);
}

/** A leading BOM is not a column. */
function effectiveLineStart(text: string, lineStart: number): number {
  return lineStart === 0 && text.charCodeAt(0) === BOM ? 1 : lineStart;
}

function columnAt(text: string, lineStart: number, offset: number): number {
  const start = effectiveLineStart(text, lineStart);
  return offset <= start ? 1 : advanceColumn(text, start, start, offset, 1);
}

/** Counts code points from `from` to `to` on a line starting at `lineStart`, adding to `column`. */
function advanceColumn(text: string, lineStart: number, from: number, to: number, column: number): number {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    // the low half of a surrogate pair does not start a new code point
    if (c >= 0xdc00 && c <= 0xdfff && j > lineStart) {
      const prev = text.charCodeAt(j - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    column++;
  }
  return column;
}

// ---------------------------------------------------------------------------------------------
// Character helpers

function isCurlyQuote(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

function isVisible(cp: number): boolean {
  return VISIBLE.test(String.fromCodePoint(cp));
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** A character as shown in a message: quoted when visible, `U+0007` otherwise, never raw. */
function describeCodePoint(cp: number): string {
  if (cp === SPACE) return 'a space';
  if (cp === TAB) return 'a tab';
  if (cp === LF || cp === CR) return 'a line break';
  if (isVisible(cp)) return quoteText(String.fromCodePoint(cp));
  return `U+${hex4(cp)}`;
}

/** Quotes visible text for a message: 'x', or "x" when it holds an apostrophe. */
function quoteText(s: string): string {
  return s.includes("'") ? `"${s}"` : `'${s}'`;
}

/** JSON string literal with anything invisible or unusual escaped as \uXXXX. */
function safeJsonString(s: string): string {
  return JSON.stringify(s).replace(UNUSUAL, (ch) => {
    if (ch === ' ') return ch;
    let out = '';
    for (let k = 0; k < ch.length; k++) out += `\\u${hex4(ch.charCodeAt(k)).toLowerCase()}`;
    return out;
  });
}

const UNUSUAL = /[\p{C}\p{Z}]/gu;
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

function quoteKey(key: string): string {
  const chars = Array.from(key);
  return safeJsonString(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : key);
}

// ---------------------------------------------------------------------------------------------
// The locator's use of the lexer (a text JSON.parse has accepted, or one that is cut)

/** Reads the values the locator skips; its hook and depth limit are not needed here. */
const finder = new JsonLexer();

/** Offset after the string at `start` (a quote), or -1 when it is not one. */
function skipString(text: string, start: number): number {
  return finder.string(text, start);
}

/** Offset after the value starting at `i` of a whole text, or -1 when there is none. */
function skipValue(text: string, i: number): number {
  const end = finder.value(text, i);
  return end > i ? end : -1;
}

/** The text of the value that starts at `offset` (a number's literal as written), or undefined when none does. */
export function valueTextAt(text: string, offset: number): string | undefined {
  const end = skipValue(text, offset);
  return end < 0 ? undefined : text.slice(offset, end);
}
function canEnter(text: string, i: number, segment: string | number): boolean {
  const c = text.charCodeAt(i);
  if (typeof segment === 'number') return c === LBRACKET && Number.isInteger(segment) && segment >= 0;
  return c === LBRACE;
}

function startsValue(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c !== RBRACE && c !== RBRACKET && c !== COMMA && c !== COLON;
}

function keyEquals(text: string, start: number, end: number, key: string): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === BACKSLASH) return decodeString(text, start, end) === key;
  }
  return end - start === key.length && text.startsWith(key, start);
}

/** Decodes the contents of a JSON string (between its quotes). */
