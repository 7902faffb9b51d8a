import { describe, expect, it } from 'vitest';
import { needsPager, pagerCommand } from '../../src/pager.js';

describe('pagerCommand', () => {
  it.each([
    [{}, 'less -FRX'],
    [{ PAGER: 'more' }, 'more'],
    [{ PAGER: 'more', HUMFIG_PAGER: 'most' }, 'most'],
    [{ PAGER: 'more', HUMFIG_PAGER: '' }, undefined],
    [{ HUMFIG_PAGER: 'cat' }, undefined],
    [{ PAGER: ' cat ' }, undefined],
  ])('%j -> %s', (env, command) => {
    expect(pagerCommand(env)).toBe(command);
  });
});

describe('needsPager', () => {
  it.each([
    ['a\nb\n', 3, false],
    ['a\nb\nc\n', 3, true],
    ['a\nb\nc\n', undefined, false],
    ['', 1, false],
  ])('%j on %s rows -> %s', (text, rows, paged) => {
    expect(needsPager(text, rows)).toBe(paged);
  });
});
