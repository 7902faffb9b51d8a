import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteHasNumber } from '../../../src/facts/number-forms.js';
import { dotEvidence, hasDecimalPoint, isNoData, kebab, parseDate, parseFigureValue, slashOrderOf, uniqueId } from '../../../src/hxl/hxl-values.js';

describe('values as cells write them', () => {
  it.each([
    ['120000', 120000, 'exact'],
    ['120,000', 120000, 'exact'],
    ['120 000', 120000, 'exact'],
    ['120\u00a0000', 120000, 'exact'],
    ['120\u202f000', 120000, 'exact'],
    ['  120,000  ', 120000, 'exact'],
    ['12.5', 12.5, 'exact'],
    ['1,234,567.89', 1234567.89, 'exact'],
    ['0', 0, 'exact'],
    ['0.500', 0.5, 'exact'],
    ['~120,000', 120000, 'approximately'],
    ['≈120,000', 120000, 'approximately'],
    ['about 120,000', 120000, 'approximately'],
    ['About 120,000', 120000, 'approximately'],
    ['approx. 120,000', 120000, 'approximately'],
    ['approx.120,000', 120000, 'approximately'],
    ['approximately 120,000', 120000, 'approximately'],
    ['around 5,000', 5000, 'approximately'],
    ['some 12,500', 12500, 'approximately'],
    ['an estimated 3,000', 3000, 'approximately'],
    ['nearly 120,000', 120000, 'nearly'],
    ['almost 6,000', 6000, 'nearly'],
    ['>35,000', 35000, 'more-than'],
    ['> 35,000', 35000, 'more-than'],
    ['more than 35,000', 35000, 'more-than'],
    ['over 1 million', 1000000, 'more-than'],
    ['≥2,000', 2000, 'at-least'],
    ['>=2,000', 2000, 'at-least'],
    ['at least 20000', 20000, 'at-least'],
    ['35,000+', 35000, 'at-least'],
    ['<50', 50, 'fewer-than'],
    ['fewer than 50', 50, 'fewer-than'],
    ['less than 50', 50, 'fewer-than'],
    ['≤100', 100, 'up-to'],
    ['<=100', 100, 'up-to'],
    ['up to 100', 100, 'up-to'],
    ['2.8 million', 2800000, 'exact'],
    ['2.8 Million', 2800000, 'exact'],
    ['2.8M', 2800000, 'exact'],
    ['1.1 mn', 1100000, 'exact'],
    ['20m', 20000000, 'exact'],
    ['35k', 35000, 'exact'],
    ['35 thousand', 35000, 'exact'],
    ['1.5bn', 1500000000, 'exact'],
    ['3 billion', 3000000000, 'exact'],
    ['0.25 million', 250000, 'exact'],
    ['1.5e6', 1500000, 'exact'],
    ['1E3', 1000, 'exact'],
    ['about 2.8 million', 2800000, 'approximately'],
  ] as const)('%j is %d (%s)', (cell, value, qualifier) => {
    expect(parseFigureValue(cell)).toEqual({ kind: 'value', value, qualifier, percent: false });
  });

  it.each([
    ['0', 0],
    ['007', 7],
    ['999999999999999', 999999999999999],
  ] as const)('reads the plain count %j as %d, and the same digits with spaces or a sign as before', (cell, value) => {
    expect(parseFigureValue(cell)).toEqual({ kind: 'value', value, qualifier: 'exact', percent: false });
    expect(parseFigureValue(` ${cell} `)).toEqual({ kind: 'value', value, qualifier: 'exact', percent: false });
    expect(parseFigureValue(`${cell}+`)).toEqual({ kind: 'value', value, qualifier: 'at-least', percent: false });
  });

  it('still refuses a count of 16 digits or more beyond what a double holds exactly', () => {
    expect(parseFigureValue('9999999999999999')).toMatchObject({ kind: 'error' });
  });

  it('scales decimals exactly, without float multiplication', () => {
    expect(parseFigureValue('8.2 million')).toMatchObject({ value: 8200000 });
    expect(8.2 * 1e6).not.toBe(8200000); // what a float multiplication would have given
  });

  it.each([
    ['$22 million', 22000000, '$'],
    ['US$ 60.3 million', 60300000, 'USD'],
    ['€12,000', 12000, 'EUR'],
    ['~£5,000', 5000, 'GBP'],
  ] as const)('reads %j as %d with the currency its sign names, for the caller to check', (cell, value, sign) => {
    expect(parseFigureValue(cell)).toMatchObject({ kind: 'value', value, sign });
  });

  it.each(['45%', '45 %', '22.5%'])('%j is a percentage', (cell) => {
    expect(parseFigureValue(cell)).toMatchObject({ kind: 'value', percent: true });
  });

  it.each(['', '   ', 'n/a', 'N/A', 'NA', 'n.a.', '-', '–', '—', '..', '...', '…', 'no data', 'None', 'null', '?'])('%j is skipped', (cell) => {
    expect(parseFigureValue(cell)).toEqual({ kind: 'skip' });
  });

  it.each([
    ['-150', 'negative'],
    ['−150', 'negative'],
    ['- 5', 'negative'],
    ['lots', 'is not a number'],
    ['120.000', 'ambiguous'],
    ['1.500', 'ambiguous'],
    ['1,5', 'decimal comma'],
    ['12,34', 'decimal comma'],
    ['1,50,000', 'is not a number'],
    ['120,000 people', 'is not a number'],
    ['$ lots', 'is not a number'],
    ['overall 5', 'is not a number'],
    ['1e400', 'too large'],
    ['9007199254740993', 'too large to be held exactly'],
    ['(5)', 'is not a number'],
    ['=1+1', 'is not a number'],
  ])('%j is refused: %s', (cell, reason) => {
    const r = parseFigureValue(cell);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.reason).toContain(reason);
  });

  it('reads back every number written with grouping, and a quote of the cell contains it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(',', ' ', '\u00a0', ''), fc.constantFrom('', '~', '>', 'about ', 'nearly '), (n, sep, prefix) => {
        const cell = `${prefix}${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)}`;
        const r = parseFigureValue(cell);
        expect(r).toMatchObject({ kind: 'value', value: n });
        expect(quoteHasNumber(`#affected: ${cell}`, n)).toBe(true);
      }),
    );
  });

  it('never throws, whatever the cell (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (cell) => void parseFigureValue(cell)));
  });
});

describe('dates', () => {
  it.each([
    ['2023-09-28', '2023-09-28'],
    ['2023-09', '2023-09'],
    ['2023', '2023'],
    [' 2023-09-28 ', '2023-09-28'],
    ['2023-09-28T00:00:00Z', '2023-09-28'],
    ['2023-09-28T23:30:00-05:00', '2023-09-28'],
    ['2023-09-28 14:00', '2023-09-28'],
    ['2023-09-28T14:00:00.000+0200', '2023-09-28'],
    ['2023/10/20', '2023-10-20'],
    ['28.09.2023', '2023-09-28'],
    ['28/09/2023', '2023-09-28'],
    ['09/28/2023', '2023-09-28'],
    ['05/05/2023', '2023-05-05'],
    ['28 September 2023', '2023-09-28'],
    ['28 Sep 2023', '2023-09-28'],
    ['28 Sept. 2023', '2023-09-28'],
    ['September 28, 2023', '2023-09-28'],
    ['Sep 2023', '2023-09'],
    ['September 2023', '2023-09'],
  ])('%j is %s', (cell, date) => expect(parseDate(cell)).toEqual({ ok: true, date }));

  it.each([
    ['Septembre 2012', '2012-09'],
    ['Decembre  2012', '2012-12'],
    ['décembre 2012', '2012-12'],
    ['DÉCEMBRE 2012', '2012-12'],
    ['  Mai    2013 ', '2013-05'],
    ['fevrier 2014', '2014-02'],
    ['Févr. 2014', '2014-02'],
    ['Aout 2013', '2013-08'],
    ['juil 2013', '2013-07'],
    ['15 janvier 2020', '2020-01-15'],
    ['1er janvier 2020', '2020-01-01'],
    ['enero 2021', '2021-01'],
    ['Setiembre 2021', '2021-09'],
    ['3 de marzo de 2021', '2021-03-03'],
    ['marzo de 2021', '2021-03'],
    ['dic 2021', '2021-12'],
    ['março 2020', '2020-03'],
    ['Marco 2020', '2020-03'],
    ['5 de outubro de 2020', '2020-10-05'],
    ['dez 2020', '2020-12'],
  ])('%j (French, Spanish, Portuguese) is %s', (cell, date) => expect(parseDate(cell)).toEqual({ ok: true, date }));

  it.each([
    ['01/10/2023', 'dmy', '2023-10-01'],
    ['01/10/2023', 'mdy', '2023-01-10'],
  ] as const)('%j in a %s column is %s', (cell, order, date) => expect(parseDate(cell, order)).toEqual({ ok: true, date }));

  it.each([
    ['1/31/15', 'unknown', '2015-01-31'],
    ['31/1/15', 'unknown', '2015-01-31'],
    ['2/28/98', 'unknown', '1998-02-28'],
    ['3/4/29', 'mdy', '2029-03-04'],
    ['3/4/30', 'dmy', '1930-04-03'],
  ] as const)('%j, a two-digit year, in a column of order %s is %s, and says its year was short', (cell, order, date) => expect(parseDate(cell, order)).toEqual({ ok: true, date, shortYear: true }));

  it.each([
    ['01/10/2023', 'ambiguous'],
    ['2023-02-30', 'not a real calendar date'],
    ['2023-13', 'not a real calendar date'],
    ['31/31/2023', 'not a real calendar date'],
    ['30.02.2023', 'not a real calendar date'],
    ['45197', 'spreadsheet serial'],
    ['Smarch 2023', 'is not a date'],
    // abbreviations that are also English words (Portuguese set, out; Spanish ago), and a prefix
    // of two French months (juin, juillet), are not months; a month needs its year
    ['Out 2020', 'is not a date'],
    ['set 2020', 'is not a date'],
    ['ago 2020', 'is not a date'],
    ['jui 2020', 'is not a date'],
    ['Total 2020', 'is not a date'],
    ['mars', 'is not a date'],
    ['3 de marzo', 'is not a date'],
    ['31 février 2020', 'not a real calendar date'],
    ['yesterday', 'is not a date'],
    ['23-09-28', 'is not a date'],
    ['3/4/15', 'ambiguous'],
    ['1/31/5', 'is not a date'],
    ['1/31/015', 'is not a date'],
  ])('%j is refused: %s', (cell, reason) => {
    const r = parseDate(cell);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });

  it.each([
    [['28/09/2023', '01/10/2023'], 'dmy'],
    [['09/28/2023', '10/01/2023'], 'mdy'],
    [['01/10/2023', '2023-10-01'], 'unknown'],
    [['28/09/2023', '09/28/2023'], 'mixed'],
    [['1/31/15', '2/1/15'], 'mdy'],
  ] as const)('the slashed dates %j are %s', (cells, order) => expect(slashOrderOf(cells)).toBe(order));
});

describe('identifiers', () => {
  it.each([
    ['Syunik', 'syunik'],
    ['Goris, Syunik', 'goris-syunik'],
    ['Şırnak', 'sirnak'],
    ['  --Hello__World--  ', 'hello-world'],
    // (another script: a short hash of its letters, so that two Arabic names are two ids; Cyrillic in Latin letters)
    ['عفرين', 'fjya02oqm3'],
    ['yem-عدن', 'yem-o6tjj5ya8c'],
    ['ukr-Черкаська', 'ukr-cherkaska'],
    ['Автономна Республіка Крим', 'avtonomna-respublika-krym'],
    ['ARM', 'arm'],
  ])('kebab(%j) = %j', (text, id) => expect(kebab(text)).toBe(id));

  it('keeps ids within 80 characters and unique', () => {
    const used = new Set<string>();
    const long = 'a'.repeat(100);
    expect(uniqueId('x', used)).toBe('x');
    expect(uniqueId('x', used)).toBe('x-2');
    expect(uniqueId('x', used)).toBe('x-3');
    expect(uniqueId(long, used)).toHaveLength(80);
    expect(uniqueId(long, used)).toBe(`${'a'.repeat(78)}-2`);
    expect(kebab(`${'ab-'.repeat(40)}`)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('a column that writes decimals with a point', () => {
  it("reads '1.004' as a decimal only where the column says so, and knows nan and <Null> as no value", () => {
    expect(parseFigureValue('1.004').kind).toBe('error');
    expect(parseFigureValue('1.004', { dots: 'decimal' })).toEqual({ kind: 'value', value: 1.004, qualifier: 'exact', percent: false });
    expect(['3205.7378', '0.5', '12.25'].map(hasDecimalPoint)).toEqual([true, true, true]);
    expect(['1.004', '1,004', '12'].map(hasDecimalPoint)).toEqual([false, false, false]);
    expect(['nan', 'NaN', '<Null>', ' - ', ''].map(isNoData)).toEqual([true, true, true, true, true]);
    expect(parseFigureValue('nan')).toEqual({ kind: 'skip' });
  });
});

describe("a dot and three digits ('68.957'), as the column's other cells decide it", () => {
  it.each([
    ['5.6', 'decimal'],
    ['62.51', 'decimal'],
    ['3205.7378', 'decimal'],
    ['0.125', 'decimal'],
    ['~5.6', 'decimal'],
    ['62.5%', 'decimal'],
    ['1,234', 'decimal'],
    ['12,500.5', 'decimal'],
    ['1.234.567', 'thousands'],
    ['1.234,5', 'thousands'],
    ['68.957', 'ambiguous'],
    [' 1.004 ', 'ambiguous'],
    ['12', undefined],
    ['1,5', undefined],
    ['n/a', undefined],
    ['', undefined],
  ] as const)('%j says %s', (cell, said) => expect(dotEvidence(cell)).toBe(said));

  it("reads '68.957' and '1.234.567' as thousands, or '68.957' as a decimal, as the column says; refuses them otherwise", () => {
    expect(parseFigureValue('68.957', { dots: 'thousands' })).toEqual({ kind: 'value', value: 68957, qualifier: 'exact', percent: false });
    expect(parseFigureValue('~1.234.567', { dots: 'thousands' })).toEqual({ kind: 'value', value: 1234567, qualifier: 'approximately', percent: false });
    expect(parseFigureValue('68.957', { dots: 'decimal' })).toEqual({ kind: 'value', value: 68.957, qualifier: 'exact', percent: false });
    expect(parseFigureValue('68.957')).toEqual({ kind: 'error', reason: "'68.957' is ambiguous: thousands grouped with dots, or three decimals? Write 68957 or 68.957" });
    // a point that can only be decimal stays one in a column of thousands
    expect(parseFigureValue('5.6', { dots: 'thousands' })).toEqual({ kind: 'value', value: 5.6, qualifier: 'exact', percent: false });
  });
});

describe('parseDate: quarters (round 36, WHO immunization campaigns planned by quarter)', () => {
  it.each([
    ['2020-Q2', '2020-06-30', '2020-04-01'],
    ['2020Q1', '2020-03-31', '2020-01-01'],
    ['Q3 2020', '2020-09-30', '2020-07-01'],
    ['q4-2021', '2021-12-31', '2021-10-01'],
  ])('%j is the quarter held on its last day, %s, over its days', (cell, end, start) => expect(parseDate(cell)).toEqual({ ok: true, date: end, period: { start, end } }));
  it('refuses a fifth quarter', () => expect(parseDate('2020-Q5').ok).toBe(false));
});
