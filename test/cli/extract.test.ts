/**
 * humfig extract as a user runs it: the review workflow extract -> validate -> check. In this
 * process (test/cli/in-process.ts), but for standard input from a real pipe.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, shell } from './run-humfig.js';
import { humfig } from './in-process.js';

const ARTICLE = join(ROOT, 'data', 'sources', 'nagorno-karabakh-2023-10-01.txt');
type Rec = Record<string, any>;

describe('humfig extract', () => {
  it('drafts a facts file that validates, with the source text path relative to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-extract-'));
    mkdirSync(join(dir, 'sources'));
    copyFileSync(ARTICLE, join(dir, 'sources', 'article.txt'));
    const s = await humfig(['extract', join(dir, 'sources', 'article.txt'), '--published', '2023-10-01', '--out', join(dir, 'draft.json')]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toBe('');
    expect(s.stderr).toMatch(/^humfig: 7 figures found, draft written to .*draft\.json; to review:\n  7 figure\(s\) drafted; every one needs review/);
    const draft = JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')) as Rec;
    expect(draft.sources[0].text).toBe('sources/article.txt');
    const v = await humfig(['validate', join(dir, 'draft.json')]);
    expect(v.code, v.stdout).toBe(0);
  });

  it('recovers the figures of the bundled dataset (value, unit, number in the quote)', async () => {
    const draft = JSON.parse((await humfig(['extract', ARTICLE, '--published', '2023-10-01'])).stdout) as Rec;
    const bundled = JSON.parse(readFileSync(join(ROOT, 'data', 'nagorno-karabakh-2023.json'), 'utf8')) as Rec;
    // the baseline population ("a population of 2.8 million") is context, not a figure to draft
    for (const f of bundled.figures.filter((x: Rec) => x.id !== 'armenia-population')) {
      expect(draft.figures.some((d: Rec) => d.value === f.value && d.unit === f.unit && d.quote.includes(f.quote.match(/[\d,.]+ ?(million)?|one|three/)[0])), f.id).toBe(true);
    }
  });

  it('reads standard input with -, and lists candidates for review in a table', async () => {
    // standard input from a real pipe: the one run of extract as a process
    const s = shell(`cat "${ARTICLE}" | humfig extract - --published 2023-10-01 --json`);
    expect(s.code, s.stderr).toBe(0);
    expect((JSON.parse(s.stdout) as Rec).figures).toHaveLength(7);
    const t = await humfig(['extract', ARTICLE, '--published', '2023-10-01', '--format', 'plain']);
    expect(t.stdout.split('\n')[0]).toMatch(/^line +value +indicator +place +as of +sure +quote/);
    expect(t.stdout).toContain('≈120,000 people');
  });

  it('writes the draft to --out whatever the format shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-extract-'));
    const s = await humfig(['extract', ARTICLE, '--published', '2023-10-01', '--out', join(dir, 'd.json'), '--format', 'plain']);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^line +value/);
    expect((JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as Rec).figures).toHaveLength(7);
  });

  it('records the text path so that validate finds it: relative to the working directory on stdout, and says when it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-extract-'));
    mkdirSync(join(dir, 'reports'));
    mkdirSync(join(dir, 'drafts'));
    copyFileSync(ARTICLE, join(dir, 'reports', 'a.txt'));
    // stdout, saved in the working directory: the path is relative to it, and validate resolves it from the draft
    const s = await humfig(['extract', 'reports/a.txt', '--published', '2023-10-01'], { cwd: dir });
    expect(s.code, s.stderr).toBe(0);
    writeFileSync(join(dir, 'draft.json'), s.stdout);
    expect((JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')) as Rec).sources[0].text).toBe('reports/a.txt');
    expect(s.stderr).toContain("source text recorded as 'reports/a.txt', relative to the working directory");
    const v = await humfig(['validate', join(dir, 'draft.json')]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    // --out in a sibling folder: a facts file may not name a text outside its folder, so no path, and stderr says so
    const o = await humfig(['extract', 'reports/a.txt', '--published', '2023-10-01', '--out', 'drafts/a.json'], { cwd: dir });
    expect(o.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'drafts', 'a.json'), 'utf8')) as Rec).sources[0].text).toBeUndefined();
    expect(o.stderr).toContain('source text not recorded: reports/a.txt is outside the folder of drafts/a.json');
  });

  it('names the source as the flags say', async () => {
    const draft = JSON.parse((await humfig(['extract', ARTICLE, '--published', '2023-10-01', '--source-id', 'afp-wire', '--title', 'Exodus', '--publisher', 'A wire service'])).stdout) as Rec;
    expect(draft.sources[0]).toMatchObject({ id: 'afp-wire', title: 'Exodus', publisher: 'A wire service', published: '2023-10-01' });
    expect(draft.figures.every((f: Rec) => f.source === 'afp-wire')).toBe(true);
  });

  it('refuses an empty or blank text (exit 65) and leaves an --out file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-extract-'));
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '  \n\n\t\n');
    const out = join(dir, 'd.json');
    writeFileSync(out, 'the old draft');
    const s = await humfig(['extract', blank, '--out', out]);
    expect(s.code).toBe(65);
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe(`humfig: ${blank}:1:1: the text is empty (or only white space): there is nothing to extract; no draft is written\n`);
    expect(readFileSync(out, 'utf8')).toBe('the old draft');
    expect(JSON.parse((await humfig(['extract', blank, '--json'])).stderr).error).toMatchObject({ code: 'TEXT_INVALID', exitCode: 65 });
  });

  it('fails clearly for a missing file (exit 66) and a bad date (exit 2)', async () => {
    expect((await humfig(['extract', 'no-such.txt'])).code).toBe(66);
    expect((await humfig(['extract', ARTICLE, '--published', '2023-02-30'])).code).toBe(2);
  });
});
