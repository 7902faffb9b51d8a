import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/convert/decimal.js';
import { UsageError } from '../../../src/errors.js';
import {
  add,
  contains,
  containsZero,
  div,
  exact,
  fromRecord,
  interval,
  isNearlyPoint,
  isPoint,
  mul,
  neg,
  roundOutward,
  scale,
  sub,
  toNumbers,
  toStrings,
  type Interval,
} from '../../../src/trust/interval.js';
import { catchError } from './helpers.js';

type D = InstanceType<typeof Dec>;

/** [low, value, high] as plain strings, null for an open end. */
const show = (a: Interval) => {
  const s = toStrings(a);
  return [s.low, s.value, s.high];
};

describe('interval arithmetic (hand-checked)', () => {
  it.each([
    ['add', add(interval(1.5, 1, 2), interval(3.5, 3, 4)), ['4', '5', '6']],
    ['sub', sub(interval(1.5, 1, 2), interval(3.5, 3, 4)), ['-3', '-2', '-1']],
    ['mul, mixed signs', mul(interval(1, -1, 2), interval(3, 3, 4)), ['-4', '3', '8']],
    ['mul, both negative', mul(interval(-2, -3, -1), interval(-5, -6, -4)), ['4', '10', '18']],
    ['div of positives: low/high and high/low', div(interval(1.5, 1, 2), interval(4, 4, 5)), ['0.2', '0.375', '0.5']],
    ['div by a negative range', div(interval(1.5, 1, 2), interval(-4, -5, -4)), ['-0.5', '-0.375', '-0.2']],
    ['neg', neg(interval(2, 1, 3)), ['-3', '-2', '-1']],
    ['scale by a negative constant swaps the ends', scale(interval(2, 1, 3), -2), ['-6', '-4', '-2']],
    ['open top + point', add(interval(5, 5, null), exact(1)), ['6', '6', null]],
    ['open top − open top is open at both ends', sub(interval(5, 5, null), interval(1, 1, null)), [null, '4', null]],
    ['open top × zero is zero', mul(interval(3, 0, null), exact(0)), ['0', '0', '0']],
    ['open top × positive stays open', mul(interval(3, 1, null), interval(2, 2, 3)), ['2', '6', null]],
    ['÷ an open-topped divisor reaches 0', div(interval(1.5, 1, 2), interval(4, 4, null)), ['0', '0.375', '0.5']],
    ['open top ÷ open top: 0 to +∞', div(interval(2, 1, null), interval(2, 1, null)), ['0', '1', null]],
    ['exact sums and products of decimals', mul(exact('0.1'), exact('0.2')), ['0.02', '0.02', '0.02']],
  ])('%s', (_name, result, expected) => {
    expect(show(result)).toEqual(expected);
  });

  it('the bundled displaced share: 110,000–125,000 over 2,750,000–2,850,000', () => {
    const r = div(fromRecord({ value: 120000, low: 110000, high: 125000 }), fromRecord({ value: 2800000, low: 2750000, high: 2850000 }));
    expect(r.value.times(100).toSignificantDigits(4).toString()).toBe('4.286');
    expect(r.low!.times(100).toSignificantDigits(4).toString()).toBe('3.86');
    expect(r.high!.times(100).toSignificantDigits(4).toString()).toBe('4.545');
  });

  it('a quotient that does not terminate rounds its ends outward, but stays a point to 30 digits', () => {
    const r = div(exact(1), exact(3));
    expect(r.low!.lt(r.value) || r.value.lt(r.high!)).toBe(true);
    expect(r.low!.lte(r.value) && r.value.lte(r.high!)).toBe(true);
    expect(isPoint(r)).toBe(false);
    expect(isNearlyPoint(r)).toBe(true);
    expect(isNearlyPoint(interval(1, 0.9, 1.1))).toBe(false);
  });

  it('a record with no low end starts at 0; an open top stays open', () => {
    expect(show(fromRecord({ value: 300, low: null, high: null }))).toEqual(['0', '300', null]);
    expect(toNumbers(fromRecord({ value: 35000, low: 35000, high: 35000 }))).toEqual({ value: 35000, low: 35000, high: 35000 });
  });

  it('refuses a value outside its own range', () => {
    expect(() => interval(10, 11, 12)).toThrow(RangeError);
    expect(() => interval(10, 1, 9)).toThrow(RangeError);
    expect(() => interval(Number.NaN)).toThrow();
  });
});

describe('division by a range that contains zero', () => {
  it.each([
    [interval(3, 0, 5), 'flood-displaced', 'cannot divide by flood-displaced: its range 0–5 contains zero'],
    [interval(1, -2, 3), '(a - b)', 'cannot divide by (a - b): its range -2 to 3 contains zero'],
    [interval(3, 0, null), 'homes-lost', 'cannot divide by homes-lost: its range 0 or more contains zero'],
    [exact(0), '0', 'cannot divide by 0: it is zero'],
  ])('%o as %s', (divisor, name, message) => {
    const error = catchError(() => div(exact(1), divisor, name));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(message);
  });

  it('names "the divisor" when no name is given', () => {
    expect(catchError(() => div(exact(1), interval(0, 0, 1))).message).toBe('cannot divide by the divisor: its range 0–1 contains zero');
  });
});

describe('roundOutward', () => {
  const share = interval('4.285714285714286', '3.859649122807018', '4.545454545454546');

  it.each([
    [{ decimals: 1 }, ['3.8', '4.3', '4.6']],
    [{ decimals: 0 }, ['3', '4', '5']],
    [{ significant: 2 }, ['3.8', '4.3', '4.6']],
    [{ significant: 3 }, ['3.85', '4.29', '4.55']],
  ])('%o', (precision, expected) => {
    expect(show(roundOutward(share, precision))).toEqual(expected);
  });

  it('keeps open ends open', () => {
    expect(show(roundOutward(interval('2.25', '1.15', null), { decimals: 1 }))).toEqual(['1.1', '2.2', null]);
  });
});

// ---- properties ----

/** Exact reference arithmetic: 200 digits, so only quotients round, far below our 40. */
const Hi = Dec.clone({ precision: 200 });

/** Decimals with up to 6 fraction digits, from -10^9 to 10^9. */
const decimal = fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 })).map(([m, k]) => `${m}e-${k}`);

/** Intervals with a value inside, each end open one time in eight. */
const anInterval = fc
  .tuple(decimal, decimal, decimal, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }))
  .map(([a, b, c, openLow, openHigh]) => {
    const [low, value, high] = [new Dec(a), new Dec(b), new Dec(c)].sort((x, y) => x.cmp(y)) as [D, D, D];
    return interval(value, openLow === 0 ? null : low, openHigh === 0 ? null : high);
  });

/** The values an interval holds that we test with: its ends, its value, and far points past open ends. */
function samples(a: Interval): D[] {
  const far = new Dec('1e15');
  return [a.low ?? a.value.minus(far), a.value, a.high ?? a.value.plus(far)];
}

const within = (r: Interval, x: D) => (r.low === null || r.low.lte(x)) && (r.high === null || r.high.gte(x));

const OPS = {
  add: { interval: add, exact: (x: D, y: D) => Hi.add(x, y) },
  sub: { interval: sub, exact: (x: D, y: D) => Hi.sub(x, y) },
  mul: { interval: mul, exact: (x: D, y: D) => Hi.mul(x, y) },
  div: { interval: (a: Interval, b: Interval) => div(a, b), exact: (x: D, y: D) => Hi.div(x, y) },
} as const;

describe('properties', () => {
  for (const [name, op] of Object.entries(OPS)) {
    it(`${name}: the point value lies in the result, which holds every combination of ends`, () => {
      fc.assert(
        fc.property(anInterval, anInterval, (a, b) => {
          if (name === 'div') fc.pre(!containsZero(b));
          const r = op.interval(a, b);
          expect(within(r, r.value)).toBe(true);
          for (const x of samples(a)) {
            for (const y of samples(b)) {
              expect(within(r, op.exact(x, y))).toBe(true);
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('a chain of operations keeps the value inside its range', () => {
    fc.assert(
      fc.property(anInterval, anInterval, anInterval, (a, b, c) => {
        fc.pre(!containsZero(c));
        const r = div(sub(mul(a, b), neg(c)), c);
        expect(within(r, r.value)).toBe(true);
      }),
    );
  });

  it('outward rounding holds the original range and the value stays inside', () => {
    fc.assert(
      fc.property(anInterval, fc.integer({ min: 0, max: 4 }), fc.boolean(), (a, n, bySignificant) => {
        const r = roundOutward(a, bySignificant ? { significant: n + 1 } : { decimals: n });
        expect(within(r, r.value)).toBe(true);
        for (const x of [a.low, a.high]) if (x !== null) expect(contains(r, x)).toBe(true);
      }),
    );
  });

  it('plain numbers keep the order of the ends', () => {
    fc.assert(
      fc.property(anInterval, anInterval, (a, b) => {
        fc.pre(!containsZero(b));
        const n = toNumbers(div(a, b));
        if (n.low !== null) expect(n.low).toBeLessThanOrEqual(n.value);
        if (n.high !== null) expect(n.high).toBeGreaterThanOrEqual(n.value);
      }),
    );
  });
});
