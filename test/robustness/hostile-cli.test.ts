/**
 * The hostile-input classes of the second round as a user meets them, each a single line on
 * stderr with its documented exit code and no trace. The binary is started for what only a
 * process shows (a full disk on stdout, a directory as standard input); the rest runs in this
 * process (test/cli/in-process.ts).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { humfig } from '../cli/in-process.js';
import { shell } from '../cli/run-humfig.js';

const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at |TypeError|RangeError|internal error/);
  return stderr.split('\n')[0]!;
};

describe('hostile inputs on the command line', () => {
  it('a prototype name as a currency or unit is unknown (exit 2), not a trace', async () => {
    const r = await humfig(['convert', '1', 'constructor', '__proto__']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^humfig: unknown (unit|currency) 'constructor'/);
  });

  it.runIf(existsSync('/dev/full'))('a full disk on stdout: one line, exit 74', () => {
    const r = shell('humfig list --format csv > /dev/full');
    expect(r.code).toBe(74);
    expect(oneLine(r.stderr)).toBe('humfig: cannot write to standard output: no space left on the device (ENOSPC)');
    // with --json the error is JSON too
    const json = shell('humfig list --json > /dev/full');
    expect(json.code).toBe(74);
    expect(JSON.parse(oneLine(json.stderr))).toMatchObject({ error: { code: 'OUTPUT_FAILED', exitCode: 74 } });
  });

  it.each(['get --batch', 'extract -', 'import hxl -'])('a directory as standard input of %s is refused (exit 2)', (command) => {
    const r = shell(`humfig ${command} < /`);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('humfig: standard input is a directory; give a file or a pipe');
  });

  it('HUMFIG_FACTS set but empty is an error, not the bundled dataset', async () => {
    const r = await humfig(['get', 'residents', '--value'], { env: { HUMFIG_FACTS: '' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toContain('HUMFIG_FACTS is set but empty');
  });

  it('help for an unknown command says so (exit 2)', async () => {
    const r = await humfig(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe("humfig: unknown command 'bogus'");
  });

  it('an endless batch line is refused at its limit, not held in memory', async () => {
    const r = await humfig(['get', '--batch'], { input: 'x'.repeat(3_000_000) });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('line 1 of standard input is longer than 1,048,576 characters');
  });
});
