/**
 * Opening the rate tables in use: the bundled ECB history (read in place, no parse of the whole
 * file), or a user's file given with --rates / HUMFIG_RATES: a humfig-rates/1 or /2 JSON file
 * (one table or several, each in its own base) or any ECB reference-rate file (CSV or XML,
 * history or daily).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
// the rate tables sit in the same chunk as this module (dist/core-rates.js): imported statically,
// they cost no file of their own
import { openEcbCsvTable, openYearlyEcbTable, rateBookOf, rateTableFromDays, sourceFromMeta, type RateBook, type RateSourceInfo } from '../convert/rate-table.js';

export interface RatesLocation {
  path: string;
  display: string;
  /** true for the bundled ECB file, whose metadata sits beside it */
  bundled: boolean;
  /** the bundled file's metadata (source, attribution, retrieval date) */
  metaPath?: string;
  /** the folder of the bundled history split by year (built by scripts/build.mjs), if present */
  byYear?: string;
  /** the years in that folder, when the build compiled them in (else read from its index.json) */
  years?: readonly number[];
  /** the citing fields of the meta file, when the build compiled them in (else read from metaPath) */
  source?: RateSourceInfo;
}

/** The ECB as the source of a file of its rates that a user supplies. */
export function ecbSourceFor(fileName: string, retrieved?: string): RateSourceInfo {
  return {
    id: 'ecb-eurofxref',
    name: 'European Central Bank euro foreign exchange reference rates',
    publisher: 'European Central Bank',
    url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    ...(retrieved ? { retrieved } : {}),
    file: basename(fileName),
  };
}

/** The years of the split history, or undefined when it was not built (then the whole file is read). */
function readYearIndex(dir: string): number[] | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { years: number[] }).years;
  } catch {
    return undefined;
  }
}

/** Loads the rate tables; throws FileUnreadableError (66) or FileInvalidError (65). */
export async function openRates(location: RatesLocation): Promise<RateBook> {
  return rateBookOf(await openTables(location));
}

/** The tables of a rates location, in file order. */
async function openTables(location: RatesLocation) {
  if (location.bundled && location.metaPath) {
    // the metadata ships with the package and is checked by the test suite, not at every call
    const source = location.source ?? sourceFromMeta(JSON.parse(readFileSync(location.metaPath, 'utf8')) as RateSourceInfo);
    const years = location.byYear ? (location.years ?? readYearIndex(location.byYear)) : undefined;
    // files of our own build, checked to be ASCII when they were written: read without decoding
    if (years) return [openYearlyEcbTable(years, (y) => readFileSync(join(location.byYear!, `${y}.csv`), 'latin1'), source)];
    return [openEcbCsvTable(decodeUtf8(readFileBytes(location.path, location.display, 'rates'), location.display, 'rates'), source)];
  }
  const text = decodeUtf8(readFileBytes(location.path, location.display, 'rates'), location.display, 'rates');
  if (text.trimStart().startsWith('{')) {
    const { parseRatesBook } = await import('../convert/rates-file.js');
    return parseRatesBook(text, location.display).tables;
  }
  const { parseEcbFile } = await import('../convert/ecb-import.js');
  return [rateTableFromDays(parseEcbFile(text, location.display).days, ecbSourceFor(location.display))];
}
