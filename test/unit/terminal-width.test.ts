/** The width tables are fitted to, on and off a terminal (a terminal that reports no size printed one character a line). */
import { describe, expect, it } from 'vitest';
import { tableWidth } from '../../src/cli-context.js';

describe('tableWidth', () => {
  it('uses the terminal\'s own width where it reports one', () => {
    expect(tableWidth(true, 120, '60')).toBe(120);
  });
  it('on a terminal that reports 0 columns (a pseudo-terminal with no size), uses COLUMNS, else 80', () => {
    expect(tableWidth(true, 0, '100')).toBe(100);
    expect(tableWidth(true, 0, undefined)).toBe(80);
    expect(tableWidth(true, undefined, 'wide')).toBe(80);
    expect(tableWidth(true, 0, '5')).toBe(80);
  });
  it('off a terminal, uses COLUMNS when it is a whole number of at least 20, else none (rows not wrapped)', () => {
    expect(tableWidth(false, 0, '100')).toBe(100);
    expect(tableWidth(false, undefined, undefined)).toBeUndefined();
    expect(tableWidth(false, 200, '12')).toBeUndefined();
  });
});
