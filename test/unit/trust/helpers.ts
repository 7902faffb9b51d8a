/** Shared helpers for the trust tests: the bundled dataset and ECB table, the fixtures, records. */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertMoney, type MoneyConversion } from '../../../src/convert/convert-money.js';
import { openEcbCsvTable, type RateTable } from '../../../src/convert/rate-table.js';
import { parseRateMeta, sourceFromMeta } from '../../../src/convert/rates-file.js';
import { toFigureRecord, type FigureRecord } from '../../../src/derive/figure-record.js';
import type { SourceText } from '../../../src/facts/check-facts.js';
import { FactsIndex } from '../../../src/facts/facts-index.js';
import type { FactsFile } from '../../../src/facts/schema.js';
import type { CalcContext } from '../../../src/trust/calc.js';

/** The bundled ECB history, opened as the CLI opens it. */
export const ECB: RateTable = openEcbCsvTable(
  readFileSync(new URL('../../../data/rates/eurofxref-hist.csv', import.meta.url), 'utf8'),
  sourceFromMeta(parseRateMeta(readFileSync(new URL('../../../data/rates/eurofxref-hist.meta.json', import.meta.url), 'utf8'), 'eurofxref-hist.meta.json')),
);

/** A conversion at the bundled ECB rates. */
export function convertEcb(amount: string, from: string, to: string, date: string): MoneyConversion {
  return convertMoney({ amount, from, to, date, table: ECB });
}

export const BUNDLED_URL = new URL('../../../data/nagorno-karabakh-2023.json', import.meta.url);
export const BUNDLED_PATH = fileURLToPath(BUNDLED_URL);

/** A fixture's URL in test/fixtures/trust/. */
export function fixtureUrl(name: string): URL {
  return new URL(`../../fixtures/trust/${name}`, import.meta.url);
}

export function readFacts(url: URL): FactsFile {
  return JSON.parse(readFileSync(url, 'utf8')) as FactsFile;
}

export const BUNDLED: FactsFile = readFacts(BUNDLED_URL);

/** The figure records of a facts file, as the CLI builds them. */
export function recordsOf(facts: FactsFile): FigureRecord[] {
  const index = new FactsIndex(facts);
  return facts.figures.map((f) => toFigureRecord(f, index));
}

/** The local texts of a facts file's sources, read next to it. */
export function textsOf(url: URL, facts: FactsFile): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  for (const s of facts.sources) {
    if (s.text !== undefined) texts.set(s.id, { ok: true, text: readFileSync(new URL(s.text, url), 'utf8') });
  }
  return texts;
}

/** A calc context over a facts file and the bundled ECB rates. */
export function calcContext(facts: FactsFile, extra: Partial<CalcContext> = {}): CalcContext {
  const index = new FactsIndex(facts);
  return {
    figure: (id) => toFigureRecord(index.resolveFigure(id), index),
    convert: convertEcb,
    ...extra,
  };
}


/** A figure record for tests that need no facts file. */
export function record(partial: Partial<FigureRecord> & { id: string; value: number }): FigureRecord {
  return {
    label: partial.id,
    indicator: 'arrivals',
    unit: 'person',
    qualifier: 'exact',
    low: partial.value,
    high: partial.value,
    asOf: '2024-03-01',
    place: { id: 'here', name: 'Here', iso3: null, level: null, pcode: null, parent: null },
    source: { id: 'src', publisher: 'Publisher', title: 'Title', published: '2024-03-10', url: null },
    quote: String(partial.value),
    stated: [],
    notes: null,
    breakdown: null,
    period: null,
    ...partial,
  };
}

export { catchError } from '../catch-error.js';
