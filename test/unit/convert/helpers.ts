/** Shared test helpers: the bundled ECB table and fixture files, read relative to this file. */

import { readFileSync } from 'node:fs';
import { openEcbCsvTable, type RateTable } from '../../../src/convert/rate-table.js';
import { parseRateMeta, sourceFromMeta } from '../../../src/convert/rates-file.js';

/** The text of the bundled ECB history. */
export const BUNDLED_CSV = readFileSync(new URL('../../../data/rates/eurofxref-hist.csv', import.meta.url), 'utf8');

/** The bundled meta file, parsed and validated. */
export const BUNDLED_META = parseRateMeta(
  readFileSync(new URL('../../../data/rates/eurofxref-hist.meta.json', import.meta.url), 'utf8'),
  'eurofxref-hist.meta.json',
);

/** The bundled table, opened the way the CLI opens it. */
export const ECB: RateTable = openEcbCsvTable(BUNDLED_CSV, sourceFromMeta(BUNDLED_META));

/** A fixture's text from test/fixtures/rates/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/rates/${name}`, import.meta.url), 'utf8');
}

export { catchError } from '../catch-error.js';
