import { describe, expect, it } from 'vitest';
import { UnknownFigureError } from '../../../src/errors.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import { ExpressionError, formatCaret, parseExpression, showExpr, sourceOf, type Expr } from '../../../src/trust/expression.js';
import { BUNDLED, catchError } from './helpers.js';

const index = new FactsIndex(BUNDLED);
const resolve = (id: string) => index.resolveFigure(id).id;

describe('precedence and associativity', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['1 - 2 + 3', '((1 - 2) + 3)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['a / b * c', '((a / b) * c)'],
    ['a * b / c', '((a * b) / c)'],
    ['(a + b) * c', '((a + b) * c)'],
    ['a * (b + c)', '(a * (b + c))'],
    ['((a))', 'a'],
    ['-a * b', '((-a) * b)'],
    ['-(a + b)', '(-(a + b))'],
    ['- -a', '(-(-a))'],
    ['a - -b', '(a - (-b))'],
    ['2 * -3', '(2 * (-3))'],
    ['a-b - c', '(a-b - c)'],
    ['5-3', '(5 - 3)'],
    ['residents-5', 'residents-5'],
    ['2023-arrivals / 2', '(2023-arrivals / 2)'],
    ['a\u2212b \u00d7 c \u00f7 d', '(a - ((b * c) / d))'],
    ['a·b', '(a * b)'],
  ])('%s is %s', (src, shown) => {
    expect(showExpr(parseExpression(src))).toBe(shown);
  });
});

describe('numbers', () => {
  it.each([
    ['120000', '120000'],
    ['2.8', '2.8'],
    ['1e6', '1000000'],
    ['1.5E3', '1500'],
    ['1e-5', '0.00001'],
    ['120,000', '120000'],
    ['120_000', '120000'],
    ['2.8 million', '2800000'],
    ['2.8 Million', '2800000'],
    ['2.8million', '2800000'],
    ['20m', '20000000'],
    ['20M', '20000000'],
    ['35k', '35000'],
    ['3bn', '3000000000'],
    ['1.5 billion', '1500000000'],
    ['35 thousand', '35000'],
  ])('%s = %s', (src, value) => {
    const e = parseExpression(src);
    expect(e).toMatchObject({ kind: 'number', value, text: src, start: 0, end: src.length });
  });

  it('a word after a number that is no scale is left for the parser (two operands in a row)', () => {
    expect(catchError(() => parseExpression('2 mi')).message).toMatch(/^expected an operator/);
  });
});

describe('source positions', () => {
  const src = '(displaced + 5k) / armenia-population';
  const ast = parseExpression(src);

  it('spans cover what was written, a group with its parentheses', () => {
    expect(ast).toMatchObject({ kind: 'binary', op: '/', at: 17, start: 0, end: src.length });
    const e = ast as Extract<Expr, { kind: 'binary' }>;
    expect(sourceOf(src, e.left)).toBe('(displaced + 5k)');
    expect(sourceOf(src, e.right)).toBe('armenia-population');
    const inner = e.left as Extract<Expr, { kind: 'binary' }>;
    expect(sourceOf(src, inner.left)).toBe('displaced');
    expect(sourceOf(src, inner.right)).toBe('5k');
    expect(inner.at).toBe(11);
  });
});

describe('errors: position and message', () => {
  it.each([
    // expression, position, message (start)
    ['', 0, 'the expression is empty'],
    ['   ', 0, 'the expression is empty'],
    ['a +', 3, "expected a number, a figure id or '(' after '+', found the end of the expression"],
    ['a + * b', 4, "expected a number, a figure id or '(' after '+', found '*'"],
    ['* a', 0, "expected a number, a figure id or '(', found '*'"],
    ['+a', 0, "expected a number, a figure id or '(', found '+'"],
    ['a /', 3, "expected a number, a figure id or '(' after '/', found the end"],
    ['(a + b', 0, "this '(' is never closed"],
    ['((a + b)', 0, "this '(' is never closed"],
    ['a + b)', 5, "unexpected ')': there is no '(' for it to close"],
    ['()', 1, "expected a number, a figure id or '(' inside the parentheses, found ')'"],
    ['(a b)', 3, "expected an operator (+ - * /) or ')' before 'b'"],
    ['a b', 2, "expected an operator (+ - * /) before 'b'"],
    ['2 residents', 2, "expected an operator (+ - * /) before 'residents'"],
    ['(a)(b)', 3, "expected an operator (+ - * /) before '('"],
    ['a 2', 2, "expected an operator (+ - * /) before '2'"],
    ['a % b', 2, "unexpected character '%'"],
    ['a ^ 2', 2, "unexpected character '^'"],
    ['a = 2', 2, "unexpected character '='"],
    ['a\u0007', 1, 'unexpected character U+0007'],
    ['process.exit(1)', 7, "unexpected character '.'"],
    ['a + 1.2.3', 4, "'1.2.3' is not a number"],
    ['1e', 0, "'1e' is not a number"],
    ['20x', 0, "'20x' is not a number"],
    ['1,20', 0, "'1,20' is not a number"],
    ['1.', 0, "'1.' is not a number"],
    ['a * .5', 4, "'.5' is not a number"],
  ])('%j at %i: %s', (src, position, message) => {
    const error = catchError(() => parseExpression(src));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error.exitCode).toBe(2);
    expect(error.code).toBe('USAGE');
    expect((error as ExpressionError).position).toBe(position);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.message).toContain(`(at character ${position + 1} of the expression)`);
    expect(error.details()).toEqual({ expression: src, position });
    // the first two hints are the caret lines
    expect(error.hints.slice(0, 2)).toEqual(formatCaret(src, position));
  });

  it('hints at * for an x between operands, and at --as percent for %', () => {
    expect(catchError(() => parseExpression('2 x 3')).hints).toContain('write * to multiply');
    expect(catchError(() => parseExpression('a % b')).hints).toContain('for a percentage, divide and add --as percent');
  });
});

describe('formatCaret', () => {
  it.each([
    ['a + ', 4, ['a + ', '    ^']],
    ['a + b', 0, ['a + b', '^']],
    ['', 0, ['', '^']],
    ['\ta+', 3, ['\ta+', '\t  ^']],
    ['\u{1F600} + x', 4, ['\u{1F600} + x', '   ^']],
    ['a\nb', 2, ['a b', '  ^']],
  ])('%j at %i', (src, position, lines) => {
    expect(formatCaret(src, position)).toEqual(lines);
  });
});

describe('figure ids through the resolver', () => {
  it('resolves unique prefixes to full ids, keeping what was written', () => {
    const ast = parseExpression('displaced / armenia', resolve) as Extract<Expr, { kind: 'binary' }>;
    expect(ast.left).toMatchObject({ kind: 'figure', id: 'displaced-population', written: 'displaced' });
    expect(ast.right).toMatchObject({ kind: 'figure', id: 'armenia-population', written: 'armenia' });
  });

  it("passes the resolver's UnknownFigureError through (exit 1, did you mean)", () => {
    const error = catchError(() => parseExpression('displaced-populaton / 2', resolve));
    expect(error).toBeInstanceOf(UnknownFigureError);
    expect(error.exitCode).toBe(1);
    expect(error.hints).toContain('did you mean displaced-population?');
  });

  it('passes an ambiguous prefix through', () => {
    expect(catchError(() => parseExpression('a / 2', resolve)).code).toBe('AMBIGUOUS_FIGURE');
  });

  it('suggests spaces when a hyphen glued a number to an id', () => {
    const error = catchError(() => parseExpression('residents-5', resolve));
    expect(error).toBeInstanceOf(UnknownFigureError);
    expect(error.hints).toContain("to subtract, put spaces around '-': residents - 5");
  });

  it('reports a syntax error before an unknown id', () => {
    expect(catchError(() => parseExpression('nonsense +', resolve))).toBeInstanceOf(ExpressionError);
  });
});
