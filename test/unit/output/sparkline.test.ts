import { describe, expect, it } from 'vitest';
import { extent, lineChart, sparkline } from '../../../src/output/sparkline.js';

describe('sparkline', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8], '▁▂▃▄▅▆▇█'],
    [[0, 100], '▁█'],
    [[5, 5, 5], '▄▄▄'],
    [[], ''],
    [[-10, 0, 10], '▁▅█'],
  ])('%j -> %s', (values, line) => {
    expect(sparkline(values)).toBe(line);
  });

  it('draws on a scale given for the whole table', () => {
    expect(sparkline([50], { min: 0, max: 100 })).toBe('▅');
  });

  it('finds the extent of 200,000 values without a spread', () => {
    expect(extent(Array.from({ length: 200_000 }, (_, i) => i))).toEqual({ min: 0, max: 199_999 });
  });
});

describe('lineChart', () => {
  const format = (v: number) => String(v);

  it('draws a rise, a fall and a flat step with the axis labelled', () => {
    expect(lineChart([0, 2, 1, 1], { height: 3, width: 12, format, first: 'A', last: 'B' })).toEqual([
      '2 ┤   ╭─╮',
      '  │   │ ╰───',
      '0 ┤───╯',
      '   A       B',
    ]);
  });

  it('never draws wider than asked, however many values', () => {
    const lines = lineChart(Array.from({ length: 500 }, (_, i) => Math.sin(i / 10)), { height: 8, width: 60, format: (v) => v.toFixed(2) });
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(lines).toHaveLength(8);
  });

  it('draws a single value as a flat line', () => {
    expect(lineChart([7], { height: 2, width: 10, format })).toEqual(['  │', '7 ┤─']);
  });
});
