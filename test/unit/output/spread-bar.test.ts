/** The bars of `compare` (src/output/spread-bar.ts): where a value and its interval sit on a group's scale. */
import { describe, expect, it } from 'vitest';
import { barScale, paintBar, spreadBar, type BarPoint } from '../../../src/output/spread-bar.js';

const exact = (value: number): BarPoint => ({ value, low: value, high: value });

describe('barScale', () => {
  it('spans the lowest and highest value or finite bound of a group', () => {
    expect(barScale([exact(1800), { value: 2300, low: 2250, high: 2350 }, exact(1950)])).toEqual({ min: 1800, max: 2350 });
    expect(barScale([{ value: 3400, low: 3400, high: null }, { value: 10, low: null, high: 20 }])).toEqual({ min: 10, max: 3400 });
  });
});

describe('spreadBar', () => {
  const scale = { min: 0, max: 100 };
  it.each([
    ['the lowest value at the left edge', exact(0), '┃··········'],
    ['the highest at the right edge', exact(100), '··········┃'],
    ['a value in the middle', exact(50), '·····┃·····'],
    ['an approximate value with its interval', { value: 50, low: 30, high: 80 }, '···━━┃━━━··'],
    ['an interval open above runs to the edge', { value: 40, low: 40, high: null }, '····┃━━━━━>'],
    ['an interval open below runs to the edge', { value: 20, low: null, high: 20 }, '<━┃········'],
  ])('%s', (_, point, bar) => {
    expect(spreadBar(point, scale, 11)).toBe(bar);
  });

  it('one value on the whole scale sits in the middle', () => {
    expect(spreadBar(exact(7), { min: 7, max: 7 }, 9)).toBe('····┃····');
  });

  it.each([3, 6, 20, 24])('is exactly %i columns, one word (no space), whatever the point', (width) => {
    for (const p of [exact(0), exact(100), { value: 50, low: null, high: null }, { value: 1, low: 0, high: 100 }]) {
      const bar = spreadBar(p, scale, width);
      expect([...bar]).toHaveLength(width);
      expect(bar).not.toContain(' ');
      expect(bar).toContain('┃');
    }
  });
});

describe('paintBar', () => {
  it('paints the track, the interval and the value, keeping every character', () => {
    const paint = { bold: (t: string) => `<b>${t}</b>`, dim: (t: string) => `<d>${t}</d>`, accent: (t: string) => `<a>${t}</a>` };
    expect(paintBar('··━┃━·>', paint)).toBe('<d>··</d><a>━</a><b>┃</b><a>━</a><d>·</d>>');
  });
});
