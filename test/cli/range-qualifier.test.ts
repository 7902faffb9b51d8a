/**
 * A `range` figure ("between 10,000 and 20,000 people") through every command that shows or
 * exports figures: people read its two ends, never the low end alone as if it were the figure;
 * scripts get value, low, high and the qualifier; an HXL export imports back to the same range.
 * Counted facilities read as English (3 hospitals).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './run-humfig.js';
import { humfig } from './in-process.js';
import { readCsv } from './read-delimited.js';

const F = join(FIXTURES, 'facts', 'range.json');

describe('the range qualifier', () => {
  it.each([
    [['list', '--format', 'plain']],
    [['list']],
    [['summary', '--format', 'plain']],
    [['get', 'fled']],
    [['get', 'displaced', '--format', 'plain']],
  ])('%j shows the range as the figure: 10,000–20,000 people', async (args) => {
    const s = await humfig([...args, '--facts', F]);
    expect(s.code, s.stderr).toBe(0);
    const line = s.stdout.split('\n').find((l) => l.includes('fled') || l.includes('value'))!;
    expect(s.stdout).toContain('10,000–20,000 people');
    expect(line).not.toMatch(/(^|[^–\d,])10,000 people/);
  });

  it('--human says it as people do', async () => {
    const s = await humfig(['list', '--facts', F, '--human', '--format', 'plain']);
    expect(s.stdout).toContain('10,000–20,000 people');
  });

  it('JSON, CSV and HXL carry the value, both ends and the qualifier', async () => {
    const json = JSON.parse((await humfig(['get', 'fled', '--facts', F, '--json', 'value,low,high,qualifier'])).stdout) as unknown;
    expect(json).toEqual({ value: 10000, low: 10000, high: 20000, qualifier: 'range' });
    for (const format of ['csv', 'hxl']) {
      const rows = readCsv((await humfig(['list', '--facts', F, '--format', format])).stdout);
      const header = rows[0]!;
      const fled = rows.find((r) => r[0] === 'fled')!;
      const cell = (name: string) => fled[header.indexOf(name)];
      expect([cell('value'), cell('low'), cell('high'), cell('qualifier')], format).toEqual(['10000', '10000', '20000', 'range']);
    }
  });

  it('an HXL export imports back to the same range', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-range-'));
    const hxl = await humfig(['list', '--facts', F, '--format', 'hxl']);
    writeFileSync(join(dir, 'out.csv'), hxl.stdout);
    const imported = await humfig(['import', 'hxl', 'out.csv', '--out', 'again.json'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const again = JSON.parse((await humfig(['get', 'fled', '--facts', join(dir, 'again.json'), '--json', 'value,low,high,qualifier'])).stdout) as unknown;
    expect(again).toEqual({ value: 10000, low: 10000, high: 20000, qualifier: 'range' });
  });

  it('check passes it, and a calc over it keeps both ends', async () => {
    const check = await humfig(['check', '--facts', F, '--json'], { env: { HUMFIG_TODAY: '2024-06-01' } });
    expect(check.code, check.stderr).toBe(0);
    const calc = JSON.parse((await humfig(['calc', 'fled * 2', '--facts', F, '--json', 'low,high'])).stdout) as unknown;
    expect(calc).toEqual({ low: 20000, high: 40000 });
  });
});

describe('counted facilities', () => {
  it('read as English in tables: 3 hospitals, at least 12 clinics', async () => {
    const s = await humfig(['list', '--facts', F, '--format', 'plain']);
    expect(s.stdout).toMatch(/Hospitals damaged +3 hospitals /);
    expect(s.stdout).toMatch(/Clinics damaged +≥12 clinics \(12 or more\)/);
  });
});
