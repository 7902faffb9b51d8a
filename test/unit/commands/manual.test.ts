/**
 * The manual page (man/humfig.1) is made from the table of commands: every command, flag,
 * exit code and environment variable is in it, roff's special characters in any text are
 * escaped, and groff reads it without a warning.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isGroup, type LeafCommand } from '../../../src/commands/command-spec.js';
import { ENVIRONMENT, manualPage } from '../../../src/commands/manual.js';
import { COMMON_FLAGS } from '../../../src/commands/shared-flags.js';
import { COMMANDS } from '../../../src/commands/table.js';
import { EXIT_TABLE } from '../../../src/errors.js';
import { roffText } from '../../../src/output/man-page.js';

const PAGE = manualPage({ version: '1.2.3', homepage: 'https://example.org/humfig' });
const hasGroff = spawnSync('groff', ['--version']).status === 0;

/** The page as a reader sees it, and groff's warnings (all of them: -ww). */
function render(page: string): { text: string; warnings: string } {
  const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-rLL=200n', '-P', '-cbou'], { input: page, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } });
  return { text: r.stdout, warnings: r.stderr };
}

const leaves = COMMANDS.filter((c) => !c.hidden).flatMap((c) => (isGroup(c) ? c.commands.map((s): [string, LeafCommand] => [`${c.name} ${s.name}`, s]) : [[c.name, c] as [string, LeafCommand]]));
const longFlag = (flags: string) => flags.split(/[ ,]+/).find((w) => w.startsWith('--'))!;

describe('the manual page', () => {
  it('has the sections of a manual page, in order', () => {
    const sections = [...PAGE.matchAll(/^\.SH "?([A-Z ]+)"?$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', 'EXIT STATUS', 'ENVIRONMENT', 'FILES', 'EXAMPLES', 'SEE ALSO']);
    expect(PAGE).toMatch(/^\.TH HUMFIG 1 "" "humfig 1\.2\.3" "User Commands"$/m);
  });

  it.each(leaves)('documents %s: its heading, arguments, every flag and every example', (path, spec) => {
    expect(PAGE).toContain(`.SS "humfig ${roffText(path)}"`);
    for (const a of spec.args ?? []) expect(PAGE).toContain(roffText(a.description));
    for (const f of spec.flags ?? []) expect(PAGE, f.flags).toContain(`\\fB${roffText(longFlag(f.flags))}\\fR`);
    for (const e of spec.examples ?? []) expect(PAGE).toContain(roffText(`$ ${e}`));
  });

  it('documents the common options, every exit code, and leaves the hidden command out', () => {
    for (const f of COMMON_FLAGS) expect(PAGE).toContain(`\\fB${roffText(longFlag(f.flags))}\\fR`);
    for (const [code, text] of EXIT_TABLE) expect(PAGE).toContain(`.TP\n\\fB${code}\\fR\n${roffText(text)}\n`);
    expect(PAGE).not.toContain('__complete');
  });

  it('lists every environment variable the source reads (those humfig sets for itself aside)', () => {
    const src = fileURLToPath(new URL('../../../src', import.meta.url));
    const code = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
    const read = new Set([...code.matchAll(/\benv\.([A-Z][A-Z_]+)|chosenByEnv\('([A-Z_]+)'/g)].map((m) => m[1] ?? m[2]!));
    const internal = new Set(['HUMFIG_STDOUT_COLUMNS']);
    const documented = ENVIRONMENT.map(([name, text]) => `${name} ${text}`).join('\n');
    expect(read.size).toBeGreaterThan(8);
    for (const name of read) if (!internal.has(name)) expect(documented, name).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it.each([
    ['a backslash', 'back\\slash', 'back\\eslash'],
    ['a leading dot (a request to roff)', '.so /etc/passwd', '\\&.so /etc/passwd'],
    ['a leading quote (a request too)', "'br", "\\&'br"],
    ['hyphens, as minus signs', '--out -', '\\-\\-out \\-'],
    ['characters beyond ASCII', '≈120,000 – “people”', '\\[u2248]120,000 \\[u2013] \\[u201C]people\\[u201D]'],
    ['a double quote (inside macro arguments)', 'say "hi"', 'say \\(dqhi\\(dq'],
  ])('escapes %s', (_, text, escaped) => {
    const page = manualPage({ version: '0', homepage: 'h', commands: [{ name: 'x', summary: 's', examples: [], load: async () => async () => 0, flags: [{ flags: '--y', description: text }] }] });
    expect(page).toContain(`\n${escaped}\n`);
  });

  it.skipIf(!hasGroff)('renders with groff without a warning, and special characters print as written', () => {
    const nasty = ".so /etc/passwd \\fB bold? 'quote -- ≈120,000 – “people” \"q\"";
    const page = manualPage({
      version: '0',
      homepage: 'h',
      commands: [...COMMANDS, { name: 'nasty', summary: nasty, examples: [`humfig nasty '${nasty}'`], load: async () => async () => 0, flags: [{ flags: '--nasty <a-b>', description: nasty }] }],
    });
    const { text, warnings } = render(page);
    expect(warnings).toBe('');
    expect(text).toContain(nasty.slice(1)); // the summary starts the sentence with a capital
    expect(text).toContain(`       --nasty <a-b>\n              ${nasty}`);
    expect(text).toContain(`$ humfig nasty '${nasty}'`);
    for (const [path] of leaves) expect(text).toContain(`humfig ${path}`);
    // hyphens are minus signs (U+002D) in the rendered page, so flags copy as typed
    expect(text).toContain('--facts <file>');
  });
});
