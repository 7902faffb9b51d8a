import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/convert/decimal.js';
import type { FigureRecord } from '../../../src/derive/figure-record.js';
import { ConversionUnavailableError, UnknownFigureError, UsageError } from '../../../src/errors.js';
import { displayCalc, displayPlace, formatAtPlace } from '../../../src/output/calc-display.js';
import { evaluate as evaluateValues, type CalcContext } from '../../../src/trust/calc.js';
import { ExpressionError } from '../../../src/trust/expression.js';
import { BUNDLED, calcContext, catchError, convertEcb, record } from './helpers.js';

/** A result with the display line the output layer makes of it. */
const evaluate = (expression: string, ctx: CalcContext) => {
  const r = evaluateValues(expression, ctx);
  return { ...r, display: displayCalc(r) };
};

const bundled = (extra: Partial<CalcContext> = {}) => calcContext(BUNDLED, extra);

/** A context over hand-made records (ids must match exactly). */
function over(records: FigureRecord[], extra: Partial<CalcContext> = {}): CalcContext {
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    figure: (id) => {
      const r = byId.get(id);
      if (!r) throw new UnknownFigureError(id, []);
      return r;
    },
    convert: convertEcb,
    ...extra,
  };
}

const SYNTHETIC = [
  record({ id: 'appeal', value: 20000000, unit: 'CHF', asOf: '2023-10-01' }),
  record({ id: 'grant', value: 1000000, unit: 'USD', asOf: '2023-09-29' }),
  record({ id: 'pledge-amd', value: 1000000, unit: 'AMD', asOf: '2023-09-29' }),
  record({ id: 'homes-lost', value: 300, unit: 'household', qualifier: 'more-than', low: 300, high: null }),
  record({ id: 'few', value: 50, qualifier: 'fewer-than', low: 0, high: 50 }),
  record({ id: 'share', value: 45, unit: 'percent', qualifier: 'exact' }),
  record({ id: 'population', value: 10000, qualifier: 'exact' }),
];

describe('calc on the bundled dataset', () => {
  it('displaced-population / armenia-population --as percent: ≈ 4.3 % (range 3.9–4.5 %)', () => {
    const r = evaluate('displaced-population / armenia-population', bundled({ as: 'percent' }));
    expect(r).toMatchObject({
      expression: 'displaced-population / armenia-population',
      unit: 'percent',
      qualifier: 'approximately',
      display: '≈ 4.3 % (range 3.9–4.5 %)',
      exact: {
        value: '4.285714285714285714285714285714285714286',
        low: '3.859649122807017543859649122807017543859',
        high: '4.545454545454545454545454545454545454546',
      },
    });
    // JSON keeps the exact range; only the display rounds
    expect(r.value).toBeCloseTo(4.2857142857, 9);
    expect(r.low).toBeCloseTo(3.8596491228, 9);
    expect(r.high).toBeCloseTo(4.5454545455, 9);
    expect(r.inputs.map((i) => i.id)).toEqual(['displaced-population', 'armenia-population']);
    expect(r.inputs[0]).toEqual({
      id: 'displaced-population',
      value: 120000,
      low: 110000,
      high: 125000,
      unit: 'person',
      qualifier: 'nearly',
      asOf: '2023-10-01',
      place: { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh' },
      source: {
        id: 'article-2023-10-01',
        publisher: BUNDLED.sources[0]!.publisher,
        title: BUNDLED.sources[0]!.title,
        published: '2023-10-01',
      },
      quote: "nearly all of Nagorno-Karabakh's approximately 120,000 residents fled the area in the days following the offensive",
      breakdown: null,
    });
    expect(r.steps.map((s) => s.op)).toEqual(['/', 'as-percent']);
    expect(r.steps[0]).toEqual({
      op: '/',
      left: { expression: 'displaced-population', value: '120000', low: '110000', high: '125000', unit: 'person' },
      right: { expression: 'armenia-population', value: '2800000', low: '2750000', high: '2850000', unit: 'person' },
      result: {
        expression: 'displaced-population / armenia-population',
        value: '0.04285714285714285714285714285714285714286',
        low: '0.03859649122807017543859649122807017543859',
        high: '0.04545454545454545454545454545454545454546',
        unit: 'ratio',
      },
    });
  });

  it('without --as, a ratio is a ratio', () => {
    const r = evaluate('displaced / armenia', bundled());
    expect(r.unit).toBe('ratio');
    expect(r.display).toBe('≈ 0.043 (range 0.039–0.045)');
  });

  it('appeal-amount / displaced-population --to USD: 182.61 USD per person at the ECB rates of 2023-09-29', () => {
    const r = evaluate('appeal-amount / displaced-population', bundled({ to: 'USD' }));
    expect(r).toMatchObject({ value: 182.61, low: 175.3, high: 199.22, unit: 'USD/person', qualifier: 'approximately' });
    expect(r.exact.value).toBe('182.6110938738925087047953942151894370325');
    expect(r.display).toBe('≈ 183 USD/person (range 175–199 USD/person)');
    expect(r.steps.map((s) => s.op)).toEqual(['/', 'convert']);
    const convert = r.steps[1]!;
    expect(convert.left.unit).toBe('CHF/person');
    expect(convert.result.unit).toBe('USD/person');
    expect(convert.rate).toMatchObject({
      value: '1.095666563243355052228772365291136622195',
      date: '2023-09-29',
      requestedDate: '2023-10-01',
      source: 'ecb-eurofxref',
      derived: true,
      legs: [
        { base: 'EUR', quote: 'CHF', rate: '0.9669', date: '2023-09-29' },
        { base: 'EUR', quote: 'USD', rate: '1.0594', date: '2023-09-29' },
      ],
    });
  });

  it('the same with the conversion first: 21,913,331.26 / 120,000 = 182.61', () => {
    const usd = evaluate('appeal-amount', bundled({ to: 'USD' }));
    expect(usd).toMatchObject({ value: 21913331.26, low: 21913331.26, high: 21913331.26, unit: 'USD', qualifier: 'exact', display: '21,913,331.26 USD' });
    expect(new Dec(usd.exact.value).div(120000).toDecimalPlaces(2).toNumber()).toBe(182.61);
  });

  it('an exact money figure shows its minor unit', () => {
    expect(evaluate('appeal', bundled()).display).toBe('20,000,000.00 CHF');
  });

  it.each([
    ['residents + 5000', 125000, 120000, 130000, 'person', '≈ 125,000 people (range 120,000–130,000 people)'],
    ['2 * residents', 240000, 230000, 250000, 'person', '≈ 240,000 people (range 230,000–250,000 people)'],
    ['residents * 2', 240000, 230000, 250000, 'person', '≈ 240,000 people (range 230,000–250,000 people)'],
    ['residents / 2', 60000, 57500, 62500, 'person', '≈ 60,000 people (range 58,000–62,000 people)'],
    ['residents - temporary-housing', 85000, 80000, 90000, 'person', '≈ 85,000 people (range 80,000–90,000 people)'],
    ['-temporary-housing + 35000', 0, 0, 0, 'person', '0 people'],
    ['temporary-housing / temporary-housing', 1, 1, 1, 'ratio', '1'],
    // (a result that does not end within 10 digits shows 4 significant ones, or its whole digits; the JSON keeps it whole)
    ['1 / 3', 0.3333333333333333, 0.3333333333333333, 0.3333333333333333, 'ratio', '≈ 0.3333'],
    ['2000000 / 3', 666666.6666666666, 666666.6666666666, 666666.6666666666, 'ratio', '≈ 666,667'],
    ['1 / 8', 0.125, 0.125, 0.125, 'ratio', '0.125'],
    // (not a share: a count keeps ten digits)
    ['temporary-housing / 3', 11666.666666666666, 11666.666666666666, 11666.666666666666, 'person', '≈ 11,666.66667 people'],
    ['2.8 million / 35k', 80, 80, 80, 'ratio', '80'],
  ])('%s', (expression, value, low, high, unit, display) => {
    const r = evaluate(expression, bundled());
    expect(r.value).toBeCloseTo(value, 9);
    expect(r.low).toBeCloseTo(low, 9);
    expect(r.high).toBeCloseTo(high, 9);
    expect(r.unit).toBe(unit);
    expect(r.display).toBe(display);
  });

  it('exact inputs give an exact result; one approximate input makes it approximate', () => {
    expect(evaluate('temporary-housing * 2', bundled()).qualifier).toBe('exact');
    expect(evaluate('1 / 3', bundled()).qualifier).toBe('exact');
    expect(evaluate('temporary-housing + residents', bundled()).qualifier).toBe('approximately');
  });

  it('each figure is an input once, in order of appearance', () => {
    expect(evaluate('residents + residents / temporary-housing * residents', bundled()).inputs.map((i) => i.id)).toEqual(['residents', 'temporary-housing']);
  });

  it('units of one dimension with a fixed definition are reconciled by their factor', () => {
    const r = evaluate('un-access-gap + offensive-duration', bundled());
    expect(r.unit).toBe('decade');
    const dayInDecades = new Dec(1).div('3652.425');
    expect(r.steps[0]).toMatchObject({ op: 'unit', factor: dayInDecades.toFixed() });
    expect(r.exact.value).toBe(dayInDecades.plus(3).toFixed());
  });

  it('--to a unit of the same dimension converts by its factor', () => {
    const r = evaluate('un-access-gap', bundled({ to: 'year' }));
    expect(r).toMatchObject({ value: 30, low: 25, high: 35, unit: 'year', display: '≈ 30 years (range 25–35 years)' });
  });

  it('--to percent on a ratio is --as percent', () => {
    expect(evaluate('displaced / armenia', bundled({ to: 'percent' })).display).toBe('≈ 4.3 % (range 3.9–4.5 %)');
    expect(evaluate('displaced / armenia', bundled({ to: '%', as: 'percent' })).unit).toBe('percent');
  });
});

describe('money', () => {
  it('CHF + USD converts the second operand to CHF at the rate of its own date, with the step recorded', () => {
    const r = evaluate('appeal + grant', over(SYNTHETIC));
    expect(r.unit).toBe('CHF');
    expect(r.steps.map((s) => s.op)).toEqual(['convert', '+']);
    expect(r.steps[0]!.rate).toMatchObject({ date: '2023-09-29', requestedDate: '2023-09-29' });
    expect(r.steps[0]!.result).toMatchObject({ expression: 'grant in CHF', unit: 'CHF' });
    const grantInChf = convertEcb('1000000', 'USD', 'CHF', '2023-09-29');
    expect(r.exact.value).toBe(new Dec(grantInChf.exact).plus(20000000).toFixed());
    expect(r.value).toBe(20912686.43);
  });

  it('ctx.date sets the date of every rate', () => {
    const r = evaluate('appeal + grant', over(SYNTHETIC, { date: '2023-06-15' }));
    expect(r.steps[0]!.rate).toMatchObject({ date: '2023-06-15' });
  });

  it('CHF / USD is a ratio, after converting the divisor', () => {
    const r = evaluate('grant / appeal', over(SYNTHETIC));
    expect(r.unit).toBe('ratio');
    expect(r.steps.map((s) => s.op)).toEqual(['convert', '/']);
  });

  it('no rate for a currency: the conversion error passes through (exit 69)', () => {
    const error = catchError(() => evaluate('appeal + pledge-amd', over(SYNTHETIC)));
    expect(error).toBeInstanceOf(ConversionUnavailableError);
    expect(error.exitCode).toBe(69);
  });
});

/** The expression, over the bundled dataset, is refused as a usage error (exit 2) with this message. */
function expectUsageError(expression: string, message: string): void {
  const error = catchError(() => evaluate(expression, bundled()));
  expect(error).toBeInstanceOf(UsageError);
  expect(error.exitCode).toBe(2);
  expect(error.message).toBe(message);
}

describe('units that do not add up', () => {
  it.each([
    ['residents + appeal-amount', 'cannot add CHF to person: appeal-amount is in CHF, residents in person'],
    ['appeal-amount - residents', 'cannot subtract person from CHF: residents is in person, appeal-amount in CHF'],
    ['residents + un-access-gap', 'cannot add decade to person: un-access-gap is in decade, residents in person'],
    ['appeal-amount / residents + 1 / residents', 'cannot add 1/person to CHF/person: 1 / residents is in 1/person, appeal-amount / residents in CHF/person'],
  ])('%s', expectUsageError);

  it('person + household (no fixed relation) is refused', () => {
    expect(catchError(() => evaluate('population + homes-lost', over(SYNTHETIC))).message).toMatch(/^cannot add household to person/);
  });

  it('person / household stays a compound unit', () => {
    expect(evaluate('population / homes-lost', over(SYNTHETIC)).unit).toBe('person/household');
  });

  it('--as percent needs a unitless result', () => {
    const error = catchError(() => evaluate('appeal-amount / residents', bundled({ as: 'percent' })));
    expect(error.message).toBe('--as percent needs a result without a unit (a ratio), but this one is in CHF/person');
  });

  it('--to a currency needs money', () => {
    expect(catchError(() => evaluate('residents', bundled({ to: 'USD' }))).message).toMatch(/^cannot express person in USD/);
    expect(catchError(() => evaluate('residents', bundled({ to: 'kg' }))).message).toBe('cannot express person in kg');
    expect(catchError(() => evaluate('residents', bundled({ to: 'parsec' }))).message).toBe("unknown unit 'parsec'");
  });
});

describe('ranges', () => {
  it('dividing by a figure whose range contains zero is a usage error naming it', () => {
    const error = catchError(() => evaluate('population / few', over(SYNTHETIC)));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('cannot divide by few: its range 0–50 contains zero');
  });

  it('a sub-expression is named as written', () => {
    expect(catchError(() => evaluate('residents / (temporary-housing - 35000)', bundled())).message).toBe(
      'cannot divide by (temporary-housing - 35000): it is zero',
    );
  });

  it('an open-ended input gives an open-ended result', () => {
    const r = evaluate('homes-lost * 3', over(SYNTHETIC));
    expect(r).toMatchObject({ value: 900, low: 900, high: null, unit: 'household', qualifier: 'approximately' });
    expect(r.display).toBe('≈ 900 households (range 900 or more households)');
  });

  it('a figure in percent enters as a ratio', () => {
    const r = evaluate('share * population', over(SYNTHETIC));
    expect(r).toMatchObject({ value: 4500, unit: 'person', qualifier: 'exact' });
    expect(r.steps[0]).toMatchObject({ op: 'unit', factor: '0.01' });
  });

  it('a negation of a figure is a step; of a number, not', () => {
    expect(evaluate('-residents', bundled()).steps.map((s) => s.op)).toEqual(['neg']);
    expect(evaluate('-5 * residents', bundled()).steps.map((s) => s.op)).toEqual(['*']);
    expect(evaluate('residents - 200000', bundled()).display).toBe('≈ -80,000 people (range -85,000 to -75,000 people)');
  });
});

describe('errors pass through with their exit codes', () => {
  it('syntax: exit 2', () => {
    expect(catchError(() => evaluate('residents +', bundled()))).toBeInstanceOf(ExpressionError);
  });

  it('unknown figure: exit 1 with did you mean', () => {
    const error = catchError(() => evaluate('residnts / 2', bundled()));
    expect(error).toBeInstanceOf(UnknownFigureError);
    expect(error.exitCode).toBe(1);
    expect(error.hints).toEqual(['did you mean residents?']);
  });
});

describe('the display rule', () => {
  const d = (xs: string[]) => xs.map((x) => new Dec(x));

  it.each([
    [['3.8596', '4.2857', '4.5454'], -1], // 2 significant digits keep them apart
    [['175.31', '182.61', '199.21'], 0], // 180 / 180 / 200 would merge: 3 digits
    [['115000', '120000', '125000'], 3], // 2 digits: 120,000 three times (12.5 ties to even); 3 keep apart
    [['110000', '120000', '120000'], 4], // numbers that are equal may stay equal
    [['0', '0', '0'], 0],
  ])('%j at 10^%i', (numbers, place) => {
    expect(displayPlace(d(numbers))).toBe(place);
  });

  it('never finer than the finest place allowed (a currency\'s minor unit)', () => {
    expect(displayPlace(d(['1.001', '1.002', '1.003']), -2)).toBe(-2);
  });

  it('formats at a place, half to even, grouped', () => {
    expect(formatAtPlace(new Dec('4.25'), -1)).toBe('4.2');
    expect(formatAtPlace(new Dec('4.35'), -1)).toBe('4.4');
    expect(formatAtPlace(new Dec('182611.09'), 3)).toBe('183,000');
    expect(formatAtPlace(new Dec('-0.04'), -1)).toBe('0.0');
  });
});

describe('calc keeps to the sizes a JSON number holds', () => {
  it.each([
    ['1e9000', "'1e9000' is about 1e9000: beyond what calc works with"],
    ['1e200*1e200', "'1e200*1e200' is about 1e400: beyond what calc works with"],
    ['1e-300/1e10', "'1e-300/1e10' is about 1e-310: beyond what calc works with"],
  ])('refuses %s with exit 2 before printing any step of it', expectUsageError);
  it('works with values up to a JSON number\'s largest, and refuses 5e308, which has the same exponent', () => {
    expect(evaluate('1e300*1000', bundled()).exact.value).toBe(`1${'0'.repeat(303)}`);
    expect(evaluate('1.7e308', bundled()).value).toBe(1.7e308);
    expect(catchError(() => evaluate('5e308', bundled())).message).toBe("'5e308' is about 1e308: beyond what calc works with");
  });
});

describe('parts and wholes among the inputs', () => {
  const parts = [
    record({ id: 'pin', value: 7100000, indicator: 'people-in-need' }),
    record({ id: 'pin-fsc', value: 3600000, indicator: 'people-in-need', breakdown: { sector: 'FSC' } }),
    record({ id: 'pin-edu', value: 900000, indicator: 'people-in-need', breakdown: { sector: 'EDU' } }),
    record({ id: 'fled', value: 20000 }),
  ];
  it('warns when a part is used with its own whole, and when breakdowns of one indicator and place are added (they may overlap)', () => {
    expect(evaluate('pin + pin-fsc', over(parts)).warnings).toEqual([
      'pin-fsc (sector FSC) is a part of pin, the total of people-in-need for Here: the result mixes a part with its own whole',
    ]);
    expect(evaluate('pin-fsc + pin-edu', over(parts)).warnings).toEqual([
      'pin-fsc (sector FSC), pin-edu (sector EDU) are breakdowns by sector of people-in-need for Here: they may overlap (one person counted under several), so their sum need not be the total',
    ]);
  });
  it('says nothing of a part divided by its whole (a share), nor of parts that hold no one twice (women and men, age bands apart)', () => {
    const split = [
      ...parts,
      record({ id: 'pin-f', value: 3700000, indicator: 'people-in-need', breakdown: { sex: 'f' } }),
      record({ id: 'pin-m', value: 3400000, indicator: 'people-in-need', breakdown: { sex: 'm' } }),
      record({ id: 'pin-0-17', value: 3000000, indicator: 'people-in-need', breakdown: { age: '0-17' } }),
      record({ id: 'pin-18-64', value: 3500000, indicator: 'people-in-need', breakdown: { age: '18-64' } }),
      record({ id: 'pin-5-24', value: 2000000, indicator: 'people-in-need', breakdown: { age: '5-24' } }),
    ];
    expect(evaluate('pin-f / pin * 100', over(split)).warnings).toEqual([]);
    expect(evaluate('pin-f + pin-m', over(split)).warnings).toEqual([]);
    expect(evaluate('pin-0-17 + pin-18-64', over(split)).warnings).toEqual([]);
    // (bands that share years may hold a child twice; a part added to its whole still mixes them)
    expect(evaluate('pin-0-17 + pin-5-24', over(split)).warnings).toHaveLength(1);
    expect(evaluate('pin + pin-f', over(split)).warnings).toHaveLength(1);
    // (and a whole less a part is the rest of it)
    expect(evaluate('pin - pin-f', over(split)).warnings).toEqual([]);
  });
  it('says nothing of inputs that are no parts of each other, and names each input\'s breakdown', () => {
    const r = evaluate('pin / fled', over(parts));
    expect(r.warnings).toEqual([]);
    expect(evaluate('pin-fsc * 2', over(parts)).inputs.map((i) => i.breakdown)).toEqual([{ sector: 'FSC' }]);
    expect(r.inputs.map((i) => i.breakdown)).toEqual([null, null]);
  });
});

describe('inputs of different dates', () => {
  const dated = [
    record({ id: 'pin-2024', value: 23700000, indicator: 'people-in-need', asOf: '2024' }),
    record({ id: 'idps-2022', value: 6553000, indicator: 'internally-displaced', asOf: '2022-12-31' }),
    record({ id: 'idps-2024', value: 6300000, indicator: 'internally-displaced', asOf: '2024-12-31' }),
  ];
  it('warns where figures of one unit and of two series are of different dates, not where their dates are one (a year is its last day) nor for one series\'s change', () => {
    expect(evaluate('pin-2024 + idps-2022', over(dated)).warnings).toEqual(['the figures are of different dates (pin-2024: 2024; idps-2022: 2022-12-31): the result mixes them as if of one time']);
    expect(evaluate('pin-2024 - idps-2024', over(dated)).warnings).toEqual([]);
    // (one series at two dates: a change over time, no warning)
    expect(evaluate('idps-2024 - idps-2022', over(dated)).warnings).toEqual([]);
  });
});

describe('percentages added or taken alone', () => {
  const shares = [record({ id: 'cov18', value: 40, unit: 'percent' }), record({ id: 'cov19', value: 84, unit: 'percent' }), record({ id: 'people', value: 1000 })];
  it('stay percentages: one alone is 40 %, two add to 124 %, and a plain number beside one is points', () => {
    expect(evaluate('cov18', over(shares))).toMatchObject({ value: 40, unit: 'percent' });
    expect(evaluate('cov18 + cov19', over(shares))).toMatchObject({ value: 124, unit: 'percent' });
    expect(evaluate('cov18 + 5', over(shares))).toMatchObject({ value: 45, unit: 'percent' });
    expect(evaluate('cov19 - cov18', over(shares))).toMatchObject({ value: 44, unit: 'percent' });
  });
  it('enter as a ratio where they scale a count: 40 % of 1,000 people is 400 people', () => {
    expect(evaluate('cov18 * people', over(shares))).toMatchObject({ value: 400, unit: 'person' });
  });
});
