/**
 * The fast path and the fast bundles against the full program, through the binary. They go
 * with the launcher and the bundles (the one-router rewrite deletes them): delete this file then.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FIXTURES, ROOT, baseEnv, humfig, shell } from './run-humfig.js';
import { readCsv } from './read-delimited.js';

const MINIMAL = join(FIXTURES, 'facts', 'minimal.json');

/** The call prints and exits exactly as it does through commander (HUMFIG_NO_FAST_PATH=1). */
function expectAsThroughCommander(args: string[], options: { input?: string; env?: Record<string, string> } = {}): void {
  const fast = humfig(args, options);
  const slow = humfig(args, { ...options, env: { ...options.env, HUMFIG_NO_FAST_PATH: '1' } });
  expect({ stdout: fast.stdout, stderr: fast.stderr, code: fast.code }).toEqual({ stdout: slow.stdout, stderr: slow.stderr, code: slow.code });
}

describe('the fast path for frequent calls', () => {
  // cli.ts answers these without loading commander; HUMFIG_NO_FAST_PATH=1 sends them through it
  it.each([
    [[]],
    [['--json']],
    [['list']],
    [['list', '--json']],
    [['get', 'residents']],
    [['get', 'displaced', 'appeal', '--json']],
    [['get', 'nope', '--json']],
    [['get', 'a']],
    [['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-30', '--json']],
    [['convert', '2.8 million', 'person', 'household', '--date', '2023-09-30']],
    [['convert', '1', 'USD', 'AMD', '--date', '2023-09-29']],
    [['get', '--batch', '--json']],
    [['get', '--batch']],
    [['get', 'residents', '--value']],
    [['get', '--value', 'displaced', 'appeal']],
    [['get', 'residents', '--format', 'csv']],
    [['get', 'displaced', 'appeal', '--format=tsv']],
    [['list', '--format', 'ndjson']],
    [['list', '--format', 'hxl']],
    [['list', '--format', 'plain']],
    [['get', 'nope', '--value']],
    [['get', 'residents', '--format', 'table']],
    [['get', 'residents', '--format', 'CSV']],
    [['get', 'residents', '--value', '--json']],
    [['get', 'residents', '--value', '--value']],
    [['list', '--format', 'csv', '--format', 'tsv']],
    [['get', '--batch', '--value']],
    [['get', '--batch', '--format', 'csv']],
    // the shape of a fast call that the fast bundle cannot answer: it hands it to the full program
    [['convert', '1', 'CHF', 'USD', '--date', '2023-02-30', '--json']],
    [['convert', '1', 'XXX', 'USD', '--date', '2023-09-29', '--json']],
  ])('%o prints and exits exactly as through commander', (args) => {
    expectAsThroughCommander(args, { input: 'residents\nnope\nappeal\n' });
  });
});

describe('the fast path with a facts file of the user\'s (--facts, HUMFIG_FACTS)', () => {
  // valid small documents are answered by dist/fast-<command>-facts.js; anything it cannot
  // answer (an invalid file, the streamed form, a missing file) goes on to the full program
  const HOSTILE = join(FIXTURES, 'facts', 'hostile.json');
  const BAD = join(FIXTURES, 'bad', 'facts', 'duplicate-key.json');
  const dir = mkdtempSync(join(tmpdir(), 'humfig-fast-facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const doc = JSON.parse(readFileSync(MINIMAL, 'utf8')) as { figures: unknown[] };
  const { figures, ...header } = doc;
  const NDJSON = join(dir, 'minimal.ndjson');
  writeFileSync(NDJSON, [header, ...figures].map((v) => JSON.stringify(v)).join('\n'));
  cpSync(join(FIXTURES, 'facts', 'sources'), join(dir, 'sources'), { recursive: true });

  it.each([
    [['get', 'flood-displaced', '--facts', MINIMAL, '--json']],
    [['get', 'flood-displaced', 'homes-lost', '--json', '--facts', MINIMAL]],
    [['--facts', MINIMAL, 'get', 'flood', '--json']],
    [['get', 'nope', '--json', `--facts=${MINIMAL}`]],
    [['list', '--facts', HOSTILE, '--json']],
    [['--facts', HOSTILE]],
    [['get', '--batch', '--json', '--facts', MINIMAL]],
    [['list', '--json', '--facts', BAD]],
    [['list', '--json', '--facts', join(dir, 'missing.json')]],
    [['get', 'flood-appeal', '--facts', NDJSON, '--json']],
    [['get', 'flood-appeal', '--facts', MINIMAL, '--facts', HOSTILE, '--json']],
    [['get', 'flood-appeal', '--value', '--facts', MINIMAL]],
    [['list', '--format', 'csv', '--facts', HOSTILE]],
    [['list', '--format', '--facts', MINIMAL, 'csv']],
    [['get', 'flood-appeal', '--facts', ' ', '--json']],
  ])('%o prints and exits exactly as through commander', (args) => {
    expectAsThroughCommander(args, { input: 'flood-displaced\nnope\nhomes-lost\n' });
  });

  it('warns once about HUMFIG_THREADS when the fast bundle hands the call over', () => {
    const r = humfig(['list', '--json', '--facts', BAD], { env: { HUMFIG_THREADS: '3' } });
    expect(r.code).toBe(65);
    expect(r.stderr.match(/HUMFIG_THREADS must be 1 or 2/g)).toHaveLength(1);
  });

  it.each([[MINIMAL], [HOSTILE], [BAD], [NDJSON]])('HUMFIG_FACTS=%s: get, list and the summary as through commander', (file) => {
    for (const args of [['get', 'flood-displaced', '--json'], ['list', '--json'], []]) expectAsThroughCommander(args, { env: { HUMFIG_FACTS: file } });
  });
});
