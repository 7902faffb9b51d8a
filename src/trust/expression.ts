/**
 * The expression language of `humfig calc`: figure ids, numbers, + - * /, parentheses and unary
 * minus, read by a hand-written tokenizer and recursive-descent parser (never eval or Function).
 *
 *   expression = term , { ( "+" | "-" ) , term } ;
 *   term       = unary , { ( "*" | "/" ) , unary } ;
 *   unary      = "-" , unary | primary ;
 *   primary    = number | figure-id | "(" , expression , ")" ;
 *   number     = digits , [ "." , digits ] , [ exponent ] , [ [ space ] , scale ] ;
 *   digits     = digit , { digit | "_" | "," } ;          (groups as in 20_000 or 20,000)
 *   exponent   = ( "e" | "E" ) , [ "+" | "-" ] , digit , { digit } ;
 *   scale      = "thousand" | "k" | "lakh" | "million" | "m" | "mn" | "mio" | "crore"
 *              | "billion" | "bn" | "b" | "trillion" ;       (any case; short-scale billion)
 *   figure-id  = word , { "-" , word } ;   word = letter-or-digit , { letter-or-digit } ;
 *
 * Precedence is the usual one (* and / before + and -; unary minus binds tightest) and every
 * binary operator is left-associative: `a - b - c` is `(a - b) - c`, `a / b / c` is `(a / b) / c`.
 * `×`, `·` and `÷` are read as `*`, `*` and `/`, and `−` (U+2212) as `-`.
 *
 * A hyphen between two letters or digits belongs to the id (`displaced-population`), so
 * subtraction between ids needs spaces: `residents - temporary-housing`. A word that starts with
 * a digit is a number (`20m`, `1e6`, `5-3` is 5 minus 3) unless a hyphen in it is followed by a
 * part with a letter (`2023-arrivals` is an id).
 */

import { lookupTable } from '../domain/lookup.js';
import { UnknownFigureError, UsageError } from '../errors.js';
import { parseQuantity } from '../convert/decimal.js';

/** A node's place in the source text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type BinaryOp = '+' | '-' | '*' | '/';

export type Expr =
  /** `value` is the exact plain decimal text ("2800000" for "2.8 million") */
  | ({ kind: 'number'; value: string; text: string } & Span)
  /** `id` is the resolved figure id; `written` what the user typed (a prefix, perhaps) */
  | ({ kind: 'figure'; id: string; written: string } & Span)
  | ({ kind: 'neg'; operand: Expr } & Span)
  /** `at` is the position of the operator */
  | ({ kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number } & Span);

/** A malformed expression: exit 2, with the position (0-based) of what is wrong. */
export class ExpressionError extends UsageError {
  readonly expression: string;
  readonly position: number;
  constructor(expression: string, position: number, message: string, hints: string[] = []) {
    const [line, caret] = formatCaret(expression, position);
    super(`${message} (at character ${position + 1} of the expression)`, [line, caret, ...hints]);
    this.expression = expression;
    this.position = position;
  }
  override details(): Record<string, unknown> {
    return { expression: this.expression, position: this.position };
  }
}

/**
 * Two lines: the expression and a caret under `position` (0-based; the length of the
 * expression points just past its end). Tabs are kept in the caret line so that it lines up;
 * a character outside the Basic Multilingual Plane counts as one column.
 */
export function formatCaret(expression: string, position: number): [string, string] {
  const line = expression.replace(/[\r\n]/g, ' ');
  const before = Array.from(line.slice(0, Math.max(0, Math.min(position, line.length))));
  const pad = before.map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return [line, `${pad}^`];
}

// ---- tokens ----

type Token =
  | { type: 'number'; value: string; text: string; start: number; end: number }
  | { type: 'id'; text: string; start: number; end: number }
  | { type: 'op'; op: BinaryOp; start: number; end: number }
  | { type: 'lparen' | 'rparen'; start: number; end: number }
  | { type: 'end'; start: number; end: number };

const OPERATORS: Readonly<Record<string, BinaryOp>> = lookupTable({
  '+': '+',
  '-': '-',
  '\u2212': '-', // minus sign
  '*': '*',
  '\u00d7': '*', // multiplication sign
  '\u00b7': '*', // middle dot
  '/': '/',
  '\u00f7': '/', // division sign
});

const KEBAB_WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/y;
const NUMBER_BODY = /\d[\d_,]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?/y;
const SPACES_THEN_LETTERS = /[ \t]+([A-Za-z]+)(?![A-Za-z0-9-])/y;

/** Hints for characters people try that are not part of the language. */
const CHARACTER_HINTS: Readonly<Record<string, string>> = lookupTable({
  '%': 'for a percentage, divide and add --as percent',
  '^': 'there are no powers: multiply instead',
  '=': 'write only the right-hand side',
});

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
      i++;
      continue;
    }
    const op = OPERATORS[c];
    if (op) {
      tokens.push({ type: 'op', op, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const word = sticky(KEBAB_WORD, src, i)![0];
      const parts = word.split('-');
      if (parts.length > 1 && parts.slice(1).some((p) => /[A-Za-z]/.test(p))) {
        tokens.push({ type: 'id', text: word, start: i, end: i + word.length });
        i += word.length;
        continue;
      }
      tokens.push(readNumber(src, i));
      i = tokens[tokens.length - 1]!.end;
      continue;
    }
    if (c === '.' && /[0-9]/.test(src[i + 1] ?? '')) {
      throw new ExpressionError(src, i, `'${sticky(/\.[\d.]*/y, src, i)![0]}' is not a number`, ['write a digit before the point: 0.5']);
    }
    if (/[A-Za-z]/.test(c)) {
      const word = sticky(KEBAB_WORD, src, i)![0];
      tokens.push({ type: 'id', text: word, start: i, end: i + word.length });
      i += word.length;
      continue;
    }
    const shown = Array.from(src.slice(i))[0]!;
    const code = shown.codePointAt(0)!;
    const name = code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${shown}'`;
    const hint = CHARACTER_HINTS[shown];
    throw new ExpressionError(src, i, `unexpected character ${name}`, [
      ...(hint ? [hint] : []),
      'an expression has figure ids, numbers, + - * / and parentheses',
    ]);
  }
  tokens.push({ type: 'end', start: src.length, end: src.length });
  return tokens;
}

/** A number with an optional scale word, at `start` (a digit). */
function readNumber(src: string, start: number): Token {
  const body = sticky(NUMBER_BODY, src, start)![0];
  let end = start + body.length;
  // letters, digits or points right after the number: a scale suffix (20m, 35k, 2.8M) or a
  // malformed number (20x, 1.2.3, 1e): either way one token, so an error points at its start
  while (end < src.length && /[A-Za-z0-9._]/.test(src[end]!)) end++;
  if (end === start + body.length) {
    // a scale word after spaces: "2.8 million"; any other word is left for the parser
    const spaced = sticky(SPACES_THEN_LETTERS, src, end);
    if (spaced && isScaled(`${body} ${spaced[1]!}`)) end += spaced[0].length;
  }
  const text = src.slice(start, end);
  let value: string;
  try {
    value = parseQuantity(text, 'number');
  } catch {
    throw new ExpressionError(src, start, `'${text}' is not a number`, [
      "write 120000, 120_000, 120,000, 2.8, 1e6, or with a scale: '2.8 million', 20m, 35k, 3bn",
    ]);
  }
  return { type: 'number', value, text, start, end };
}

function isScaled(text: string): boolean {
  try {
    parseQuantity(text);
    return true;
  } catch {
    return false;
  }
}

// ---- parser ----

/** Turns what the user typed (an id or a unique prefix) into a figure id; throws UnknownFigureError. */
export type FigureResolver = (idOrPrefix: string) => string;

/** What a token is, in an error message. */
function describe(src: string, t: Token): string {
  return t.type === 'end' ? 'the end of the expression' : `'${src.slice(t.start, t.end)}'`;
}

/**
 * Limits that keep parsing and evaluation (both recursive over the tree) within a small stack
 * whatever the input: how deeply groups and minus signs may nest, and how many tokens an
 * expression may have (a chain of N operators is a tree N deep).
 */
export const MAX_NESTING = 100;
export const MAX_TOKENS = 2000;

class Parser {
  private at = 0;
  private depth = 0;
  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    return this.tokens[this.at++]!;
  }

  parse(): Expr {
    if (this.peek().type === 'end') throw new ExpressionError(this.src, 0, 'the expression is empty', ['for example: displaced-population / armenia-population']);
    const expr = this.expression();
    const t = this.peek();
    if (t.type === 'rparen') throw new ExpressionError(this.src, t.start, "unexpected ')': there is no '(' for it to close");
    if (t.type !== 'end') {
      throw new ExpressionError(this.src, t.start, `expected an operator (+ - * /) before ${describe(this.src, t)}`, [
        t.type === 'id' && t.text === 'x' ? 'write * to multiply' : 'two numbers or figures in a row need an operator between them',
      ]);
    }
    return expr;
  }

  private expression(): Expr {
    let left = this.term();
    for (let t = this.peek(); t.type === 'op' && (t.op === '+' || t.op === '-'); t = this.peek()) {
      this.next();
      const right = this.term();
      left = { kind: 'binary', op: t.op, left, right, at: t.start, start: left.start, end: right.end };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    for (let t = this.peek(); t.type === 'op' && (t.op === '*' || t.op === '/'); t = this.peek()) {
      this.next();
      const right = this.unary();
      left = { kind: 'binary', op: t.op, left, right, at: t.start, start: left.start, end: right.end };
    }
    return left;
  }

  /** Enters one level of nesting (a group or a minus sign), refusing more than MAX_NESTING. */
  private nest(t: Token): void {
    if (++this.depth > MAX_NESTING) {
      throw new ExpressionError(this.src, t.start, `the expression nests deeper than ${MAX_NESTING} levels of parentheses and minus signs`, [
        'write the inner part as a figure or a number',
      ]);
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.type === 'op' && t.op === '-') {
      this.next();
      this.nest(t);
      const operand = this.unary();
      this.depth--;
      return { kind: 'neg', operand, start: t.start, end: operand.end };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'number':
        return { kind: 'number', value: t.value, text: t.text, start: t.start, end: t.end };
      case 'id':
        return { kind: 'figure', id: t.text, written: t.text, start: t.start, end: t.end };
      case 'lparen': {
        if (this.peek().type === 'rparen') {
          throw new ExpressionError(this.src, this.peek().start, "expected a number, a figure id or '(' inside the parentheses, found ')'");
        }
        this.nest(t);
        const inner = this.expression();
        this.depth--;
        const close = this.peek();
        if (close.type !== 'rparen') {
          if (close.type === 'end') throw new ExpressionError(this.src, t.start, "this '(' is never closed", ["add ')' where the group ends"]);
          throw new ExpressionError(this.src, close.start, `expected an operator (+ - * /) or ')' before ${describe(this.src, close)}`);
        }
        this.next();
        // a group's span includes its parentheses, so that steps quote "(a + b)"
        return { ...inner, start: t.start, end: close.end };
      }
      default: {
        const previous = this.tokens[this.at - 2];
        const after = previous && previous.type === 'op' ? ` after '${this.src.slice(previous.start, previous.end)}'` : '';
        throw new ExpressionError(this.src, t.start, `expected a number, a figure id or '('${after}, found ${describe(this.src, t)}`);
      }
    }
  }
}

/**
 * Parses an expression into an AST with source positions. Syntax errors come first
 * (ExpressionError, exit 2), then each figure id is resolved in order of appearance with
 * `resolve` (whose UnknownFigureError, exit 1 with "did you mean", passes through). Without a
 * resolver, ids are kept as written.
 */
export function parseExpression(src: string, resolve?: FigureResolver): Expr {
  const tokens = tokenize(src);
  // the last token is the end marker
  if (tokens.length - 1 > MAX_TOKENS) {
    throw new ExpressionError(src, tokens[MAX_TOKENS]!.start, `the expression has ${tokens.length - 1} numbers, ids, operators and parentheses; at most ${MAX_TOKENS} are allowed`);
  }
  const ast = new Parser(src, tokens).parse();
  return resolve ? resolveIds(ast, resolve) : ast;
}

function resolveIds(e: Expr, resolve: FigureResolver): Expr {
  switch (e.kind) {
    case 'number':
      return e;
    case 'figure':
      return { ...e, id: resolveOne(e.written, resolve) };
    case 'neg':
      return { ...e, operand: resolveIds(e.operand, resolve) };
    case 'binary': {
      const left = resolveIds(e.left, resolve);
      return { ...e, left, right: resolveIds(e.right, resolve) };
    }
  }
}

/**
 * Resolves one id. When it fails and the id has a hyphen, and a part of it before a hyphen is a
 * figure (`residents-5`), the error gains a hint that subtraction needs spaces.
 */
function resolveOne(written: string, resolve: FigureResolver): string {
  try {
    return resolve(written);
  } catch (error) {
    if (error instanceof UnknownFigureError && error.code === 'UNKNOWN_FIGURE') {
      for (let cut = written.lastIndexOf('-'); cut > 0; cut = written.lastIndexOf('-', cut - 1)) {
        const head = written.slice(0, cut);
        let found: string | undefined;
        try {
          found = resolve(head);
        } catch {
          // not a figure either: try a shorter head
        }
        if (found === head) {
          error.hints.push(`to subtract, put spaces around '-': ${head} - ${written.slice(cut + 1)}`);
          break;
        }
      }
    }
    throw error;
  }
}

/** The source text of a node, as the user wrote it. */
export function sourceOf(src: string, e: Span): string {
  return src.slice(e.start, e.end);
}

/** The AST back as a fully parenthesised string (for tests and debugging): "((a - b) - c)". */
export function showExpr(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'figure':
      return e.id;
    case 'neg':
      return `(-${showExpr(e.operand)})`;
    case 'binary':
      return `(${showExpr(e.left)} ${e.op} ${showExpr(e.right)})`;
  }
}
