/** The README documents what the code does: sections that come from the code stay in sync. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_TABLE } from '../../src/errors.js';
import { EXTRACTION_GRAMMAR_MD } from '../../src/extract/extract.js';
import { FORMATS } from '../../src/output/formats.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('carries the extraction grammar exactly as the extractor states it', () => {
    expect(README).toContain(EXTRACTION_GRAMMAR_MD.trim());
  });

  it('documents every exit code', () => {
    for (const [code] of EXIT_TABLE) expect(README).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('documents every output format', () => {
    for (const format of FORMATS) expect(README).toContain(`| \`${format}\` |`);
  });
});
