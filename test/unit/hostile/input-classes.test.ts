/**
 * The classes of hostile input from the second round (docs/reliability.md), checked in-process
 * on the pieces that now refuse or bound them; the command-line view of each class is in
 * test/robustness/hostile-cli.test.ts.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clipInput } from '../../../src/errors.js';
import { lookupTable } from '../../../src/domain/lookup.js';
import { maxOf, minOf } from '../../../src/domain/extremes.js';
import { currencyFromName } from '../../../src/domain/currency.js';
import { HumfigError, UnknownFigureError } from '../../../src/errors.js';
import { sourceTextReader } from '../../../src/facts/load-facts.js';
import { decodeUtf8 } from '../../../src/facts/read-text-file.js';
import { writeFileAtomic } from '../../../src/fs/write-file-atomic.js';
import { LineSplitter } from '../../../src/line-blocks.js';
import { sanitizeTerminal } from '../../../src/output/sanitize.js';
import { breakdownColumns } from '../../../src/output/figure-view.js';
import type { FigureRecord } from '../../../src/derive/figure-record.js';
import { MAX_NESTING, MAX_TOKENS, parseExpression } from '../../../src/trust/expression.js';
import { catchError } from '../catch-error.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const dir = mkdtempSync(join(tmpdir(), 'humfig-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lookups keyed by input find only their own keys', () => {
  it.each(PROTOTYPE_NAMES)('a table does not answer %s', (name) => {
    expect(lookupTable({ a: 1 })[name]).toBeUndefined();
  });
  it.each(PROTOTYPE_NAMES)('a currency name %s is no currency', (name) => {
    expect(currencyFromName(name)).toBeUndefined();
  });
});

describe('a breakdown dimension named like a property of every object', () => {
  it.each(PROTOTYPE_NAMES.filter((n) => n !== '__proto__'))('%s: a figure without it has none (no crash in CSV, TSV, HXL or --fields)', (name) => {
    const records = [{ breakdown: { [name]: 'a' } }, { breakdown: { sector: 'b' } }, { breakdown: null }] as unknown as FigureRecord[];
    const columns = breakdownColumns(records);
    expect(columns.map((c) => c.header)).toEqual([name, 'sector']);
    const column = columns.find((c) => c.header === name)!;
    expect(records.map((r) => column.value(r))).toEqual(['a', null, null]);
  });
});

describe('messages that list names from a file stay short whatever the file', () => {
  it('an id that is the start of 20,000 ids lists ten of them, in the hint and in JSON, and says how many', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `fig-${i}`);
    const e = new UnknownFigureError('fig', ids, true);
    expect(e.message).toBe("figure id 'fig' is ambiguous: it is the start of 20,000 ids");
    expect(e.hints).toEqual(['did you mean fig-0, fig-1, fig-2, fig-3, fig-4, fig-5, fig-6, fig-7, fig-8, fig-9, ... (20,000 in all)?']);
    expect(e.details()).toEqual({ id: 'fig', suggestions: ids.slice(0, 10) });
  });
});

describe('messages quote a short prefix of an input', () => {
  it('keeps a short input whole and cuts a long one, saying how long it was', () => {
    expect(clipInput('abc')).toBe('abc');
    const clipped = clipInput('k'.repeat(5_000_000));
    expect(clipped.length).toBeLessThan(120);
    expect(clipped).toContain('5,000,000 characters');
  });
  it('never cuts a surrogate pair in two', () => {
    expect(clipInput(`${'a'.repeat(79)}😀${'b'.repeat(100)}`)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  it('caps every error message and hint, and an unknown id', () => {
    const err = new HumfigError('x'.repeat(1_000_000), 2, 'USAGE', ['y'.repeat(1_000_000)]);
    expect(err.message.length).toBeLessThan(2100);
    expect(err.hints[0]!.length).toBeLessThan(2100);
    expect(new UnknownFigureError('z'.repeat(100_000), []).message.length).toBeLessThan(200);
  });
});

describe('no stack depth or spread size decided by the input', () => {
  it('finds the extremes of a million values', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i % 1000);
    expect([maxOf(values), minOf(values)]).toEqual([999, 0]);
    expect([maxOf([], 0), minOf([], 0)]).toEqual([0, 0]);
  });
  it.each([
    ['parentheses', `${'('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`, `deeper than ${MAX_NESTING} levels`],
    ['minus signs', `${'-'.repeat(MAX_NESTING + 1)}1`, `deeper than ${MAX_NESTING} levels`],
    ['3,000 parentheses', `${'('.repeat(3000)}1${')'.repeat(3000)}`, `at most ${MAX_TOKENS} are allowed`],
    ['a chain of 100,000 additions', `1${'+1'.repeat(100_000)}`, `at most ${MAX_TOKENS} are allowed`],
  ])('calc refuses %s with a usage error naming the limit', (_, expression, message) => {
    const err = catchError(() => parseExpression(expression));
    expect(err).toBeInstanceOf(HumfigError);
    expect((err as HumfigError).exitCode).toBe(2);
    expect((err as HumfigError).message).toContain(message);
  });
  it('still parses nesting up to the limit', () => {
    expect(() => parseExpression(`${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)}`)).not.toThrow();
  });
});

describe('batch input lines are bounded', () => {
  it('refuses a line longer than its limit, in one piece or many', () => {
    expect(catchError(() => new LineSplitter(10).push('x'.repeat(11)))).toBeInstanceOf(HumfigError);
    const pieces = new LineSplitter(10);
    pieces.push('xxxxxx');
    expect((catchError(() => pieces.push('xxxxxx')) as HumfigError).message).toContain('line 1 of standard input is longer than 10');
  });
  it('takes lines up to the limit', () => {
    expect(new LineSplitter(10).push('xxxxxxxxxx\nyy\n')).toEqual(['xxxxxxxxxx', 'yy']);
  });
});

describe('invisible characters are shown, not passed on', () => {
  it.each([
    ['line separator', '\u2028', '\\u{2028}'],
    ['paragraph separator', '\u2029', '\\u{2029}'],
    ['byte-order mark', '\uFEFF', '\\u{FEFF}'],
    ['zero-width space', '\u200B', '\\u{200B}'],
    ['zero-width joiner', '\u200D', '\\u{200D}'],
    ['soft hyphen', '\u00AD', '\\xAD'],
    ['tag character', '\u{E0041}', '\\u{E0041}'],
    ['escape', '\u001B', '\\x1B'],
  ])('%s', (_, ch, shown) => {
    expect(sanitizeTerminal(`a${ch}b`)).toBe(`a${shown}b`);
  });
  it('keeps ordinary text, accents and emoji', () => {
    expect(sanitizeTerminal('Côte d’Ivoire 😀 – 1,000')).toBe('Côte d’Ivoire 😀 – 1,000');
  });
});

describe('encodings named for what they are', () => {
  it.each([
    ['UTF-32 LE with a BOM', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'UTF-32'],
    ['UTF-32 BE with a BOM', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]), 'UTF-32'],
    ['UTF-32 LE without a BOM', Buffer.from('{"a":1}'.split('').flatMap((c) => [c.charCodeAt(0), 0, 0, 0])), 'UTF-32'],
    ['UTF-16 LE with a BOM', Buffer.from([0xff, 0xfe, 0x7b, 0]), 'UTF-16'],
  ])('%s', (_, bytes, name) => {
    expect((catchError(() => decodeUtf8(bytes, 'f.json')) as HumfigError).message).toContain(`${name}`);
    if (name === 'UTF-16') expect((catchError(() => decodeUtf8(bytes, 'f.json')) as HumfigError).message).not.toContain('UTF-32');
  });
});

describe('source texts', () => {
  it('refuses a link that leads out of the facts file folder, and reads one inside it', () => {
    const folder = mkdtempSync(join(dir, 'facts-'));
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    writeFileSync(join(folder, 'inside.txt'), 'inside');
    symlinkSync(join(dir, 'secret.txt'), join(folder, 'out.txt'));
    symlinkSync(join(folder, 'inside.txt'), join(folder, 'in.txt'));
    const read = sourceTextReader(join(folder, 'facts.json'));
    expect(read('out.txt')).toEqual({ ok: false, reason: expect.stringContaining('outside') });
    expect(read('in.txt')).toEqual({ ok: true, text: 'inside' });
  });
  it('refuses what is not a regular file (a device that never ends)', () => {
    const folder = mkdtempSync(join(dir, 'dev-'));
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    expect(sourceTextReader(join(folder, 'facts.json'))('zero.txt').ok).toBe(false);
  });
});

describe('--out files', () => {
  it('refuses to write over an input, also through a link, and leaves it as it was', () => {
    const input = join(dir, 'report.txt');
    writeFileSync(input, 'the report');
    symlinkSync(input, join(dir, 'link.txt'));
    expect((catchError(() => writeFileAtomic(input, 'draft', { inputs: [join(dir, 'link.txt')] })) as HumfigError).exitCode).toBe(73);
    expect(readFileSync(input, 'utf8')).toBe('the report');
  });
  it('keeps the permissions of the file it replaces', () => {
    const out = join(dir, 'private.json');
    writeFileSync(out, '{}');
    chmodSync(out, 0o600);
    writeFileAtomic(out, '{"a":1}');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
  it("removes a killed writer's temporary file, not a running one's", () => {
    const out = join(dir, 'facts.json');
    writeFileSync(join(dir, '.facts.json.999999999.0123abcd.tmp'), 'left by a killed writer');
    writeFileSync(join(dir, `.facts.json.${process.pid}.89abcdef.tmp`), 'being written');
    writeFileAtomic(out, '{}');
    const left = readdirSync(dir).filter((n) => n.startsWith('.facts.json.'));
    expect(left).toEqual([`.facts.json.${process.pid}.89abcdef.tmp`]);
  });
});
