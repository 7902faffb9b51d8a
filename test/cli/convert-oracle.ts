/**
 * An oracle for conversions, independent of humfig: decimal texts multiplied and divided with
 * BigInt, and the bundled ECB history read with split(','). Used by test/cli/convert.test.ts and
 * by the full-history property in test/slow/ecb-history.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-humfig.js';

export const BUNDLED_CSV = join(ROOT, 'data', 'rates', 'eurofxref-hist.csv');

/** The raw text of the top-level `"value": ...` of a JSON conversion record (not via a double). */
export function rawTopValue(stdout: string): string | undefined {
  return /^ {2}"value": ([^,\n]+),?$/m.exec(stdout)?.[1];
}

/** A decimal text as (integer, scale). */
function parseDec(text: string): { n: bigint; scale: number } {
  const [int, frac = ''] = text.split('.') as [string, string?];
  return { n: BigInt(int + frac), scale: frac.length };
}

/** amount * quote / base, rounded half to even to `decimals`, as plain text. BigInt only. */
export function oracleConvert(amount: string, quote: string, base: string, decimals: number): string {
  const a = parseDec(amount);
  const q = parseDec(quote);
  const b = parseDec(base);
  const num = a.n * q.n * 10n ** BigInt(b.scale) * 10n ** BigInt(decimals);
  const den = b.n * 10n ** BigInt(a.scale + q.scale);
  let whole = num / den;
  const rest = num % den;
  if (2n * rest > den || (2n * rest === den && whole % 2n === 1n)) whole += 1n;
  const digits = whole.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** The bundled CSV read independently of humfig: currency -> [date, value] ascending. */
export function readBundledSeries(): { currencies: string[]; series: Map<string, Array<[string, string]>>; days: string[] } {
  const lines = readFileSync(BUNDLED_CSV, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]!.split(',').filter((c) => c !== '');
  const currencies = header.slice(1);
  const series = new Map<string, Array<[string, string]>>(currencies.map((c) => [c, []]));
  // every day the table has rates, oldest first
  const days: string[] = [];
  for (const line of lines.slice(1).reverse()) {
    const cells = line.split(',');
    days.push(cells[0]!);
    currencies.forEach((c, i) => {
      const v = cells[i + 1]!;
      if (v !== 'N/A' && v !== '') series.get(c)!.push([cells[0]!, v]);
    });
  }
  return { currencies, series, days };
}

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}
