/** The README and the docs/ pages document what the code does: sections that come from the code stay in sync. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_TABLE } from '../../src/errors.js';
import { EXTRACTION_GRAMMAR_MD } from '../../src/extract/extract.js';
import { FORMATS } from '../../src/output/formats.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const README = read('README.md');

describe('README and docs/', () => {
  it('the README is a front door: under 250 lines', () => {
    expect(README.split('\n').length).toBeLessThan(250);
  });

  it('docs/extraction.md carries the extraction grammar exactly as the extractor states it', () => {
    expect(read('docs/extraction.md')).toContain(EXTRACTION_GRAMMAR_MD.trim());
  });

  it('the README documents every exit code', () => {
    for (const [code] of EXIT_TABLE) expect(README).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('docs/scripting.md documents every output format', () => {
    const page = read('docs/scripting.md');
    for (const format of FORMATS) expect(page).toContain(`| \`${format}\` |`);
  });

  it('every docs/ page the README links to exists', () => {
    const links = [...README.matchAll(/\]\((docs\/[a-z-]+\.md)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(() => read(link), link).not.toThrow();
  });
});
