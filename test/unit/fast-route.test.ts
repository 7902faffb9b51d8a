/** The calls the launcher sends to a fast bundle (the CLI tests compare their output with commander's). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FAST_FORMATS, TAKES_VALUE, fastRoute } from '../../src/fast-route.js';
import { FORMATS } from '../../src/output/formats.js';

describe('fastRoute', () => {
  it('knows every format but table', () => {
    expect([...FAST_FORMATS].sort()).toEqual(FORMATS.filter((f) => f !== 'table').sort());
  });

  it('knows every flag of the program that takes a value', () => {
    const program = readFileSync(new URL('../../src/program.ts', import.meta.url), 'utf8');
    const valued = new Set([...program.matchAll(/'(--[a-z-]+) <[^']*'/g)].map((m) => m[1]!));
    expect([...TAKES_VALUE].sort()).toEqual([...valued].sort());
  });

  it('reads the shapes it takes, flags in any place', () => {
    expect(fastRoute(['get', 'a', 'b', '--json'])).toEqual({ command: 'get', json: true, rest: ['a', 'b'] });
    expect(fastRoute(['--facts', 'f.json', 'get', 'a', '--json'])).toEqual({ command: 'get', json: true, rest: ['a'], facts: 'f.json' });
    expect(fastRoute(['get', '--value', 'a', '--facts=f.json'])).toEqual({ command: 'get', json: false, rest: ['a'], facts: 'f.json', value: true });
    expect(fastRoute(['list', '--format', 'csv'])).toEqual({ command: 'list', json: false, rest: [], format: 'csv' });
    expect(fastRoute(['get', '--batch', '--format=ndjson'])).toEqual({ command: 'get', json: false, rest: ['--batch'], format: 'ndjson' });
    expect(fastRoute([])).toEqual({ command: 'summary', json: false, rest: [] });
  });

  it('leaves everything else to commander', () => {
    for (const args of [
      ['get', 'a', '--format', 'table'],
      ['get', 'a', '--format', 'CSV'],
      ['get', 'a', '--format'],
      ['get', 'a', '--format', 'csv', '--json'],
      ['get', 'a', '--value', '--json'],
      ['get', 'a', '--value', '--value'],
      ['get', '--batch', '--value'],
      ['get', 'a', '--facts'],
      ['get', 'a', '--facts', '--json'],
      ['get', 'a', '--facts', ''],
      ['get', 'a', '--facts', 'x', '--facts', 'y'],
      ['list', '--format', 'csv', '--format', 'tsv'],
      ['list', '--value'],
      ['convert', '1', 'CHF', 'USD', '--date', '2023-09-29', '--facts', 'f.json'],
      ['--format', 'csv'],
      ['get', '--json', 'a'],
      // commander reads these as the value of the flag before: --format '--facts', --fields '--format'
      ['list', '--format', '--facts', 'f.json', 'csv'],
      ['get', 'a', '--format', '--facts=f.json', 'csv'],
      ['list', '--fields', '--format', 'csv'],
      ['get', 'a', '--facts', '  '],
    ]) {
      expect({ args, route: fastRoute(args) }).toEqual({ args, route: undefined });
    }
  });
});
