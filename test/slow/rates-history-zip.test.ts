/**
 * The ECB's real full history, zipped as the ECB serves it (eurofxref-hist.zip), imported by the
 * built binary. Reads ../shared/data/eurofxref-hist.csv beside the project (the real-data
 * folder); skipped, saying so, where that folder is absent. Heavy: about 6,600 days of up to 41
 * currencies, a few MB of JSON written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, humfig } from '../cli/run-humfig.js';

const HISTORY = join(ROOT, '..', 'shared', 'data', 'eurofxref-hist.csv');
const present = existsSync(HISTORY);
if (!present) console.warn(`skipped: ${HISTORY} is absent`);

describe.skipIf(!present)('the real ECB history, zipped', () => {
  it('imports every day and converts as the ECB published', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-hist-'));
    const csv = readFileSync(HISTORY);
    writeFileSync(join(dir, 'eurofxref-hist.zip'), zipSync({ 'eurofxref-hist.csv': csv }, { level: 9 }));
    const s = humfig(['rates', 'import', 'eurofxref-hist.zip', '--out', 'rates.json', '--json'], { cwd: dir });
    expect(s.code, s.stderr).toBe(0);
    const dated = csv.toString('utf8').split('\n').filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l)).length;
    expect(s.stdout).toBe('');
    const report = JSON.parse(s.stderr);
    expect(report).toMatchObject({ format: 'ecb-csv-hist', first: '1999-01-04', days: dated, added: dated, replaced: 0, base: 'EUR' });
    expect(report.currencies).toBeGreaterThanOrEqual(41);
    // the issue's own example, as the ECB's rates of 2023-09-29 give it (0.9669 CHF and 1.0594 USD per EUR)
    const c = humfig(['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--rates', 'rates.json'], { cwd: dir });
    expect(c.stdout).toMatch(/^21,913,331\.26 USD {2}\(ECB 2023-09-29, via EUR/);
  });
});
