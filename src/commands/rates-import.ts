/**
 * `humfig rates import` turns a file of rates (the ECB's files, zipped or not, its Data Portal
 * CSV, a plain dated table in any base) into a humfig rates file, validated completely before
 * anything is written, and merged into --out under a lock and written atomically, so that
 * imports run at once all land.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { EXIT, FileInvalidError, type ExitCode } from '../errors.js';
import type { RateSourceInfo } from '../convert/rate-table.js';
import type { RatesTableContent } from '../convert/rates-file.js';
import { resolveCurrency } from '../domain/currency.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { withFileLock } from '../fs/file-lock.js';
import { checkOutputPath, refuseOverwritingInput, writeFileAtomic } from '../fs/write-file-atomic.js';
import { isJson } from '../output/formats.js';
import { renderJsonLine } from '../output/render-json.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { CommonOptions, Io } from './context.js';
import type { ProgressLine } from './progress-line.js';
import { ecbSourceFor } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface RatesImportOptions extends CommonOptions {
  file: string;
  out?: string | undefined;
  /** the day the file was downloaded, recorded as the source's retrieval date */
  retrieved?: string | undefined;
  /** a plain table's base: the currency its rates are per */
  base?: string | undefined;
  /** a plain table's rates are per this many units of the base */
  per?: string | undefined;
  /** who published the rates (a plain table needs it; it relabels an ECB file) */
  source?: string | undefined;
  publisher?: string | undefined;
  /** a progress line while the file's lines are read (nothing unless stderr is a terminal) */
  progress?: ProgressLine | undefined;
}

/** The source recorded for a table the user labels with --source (and --publisher). */
function labelledSource(label: string, publisher: string | undefined, retrieved: string | undefined, file: string): RateSourceInfo {
  // a readable id from the label; a label with no Latin letters or digits gets one from its hash,
  // so that two such publishers never share a table
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const id = slug || `source-${createHash('sha256').update(label).digest('hex').slice(0, 8)}`;
  return { id, name: label, ...(publisher ? { publisher } : {}), ...(retrieved ? { retrieved } : {}), file: basename(file) };
}

export async function ratesImportCommand(options: RatesImportOptions, io: Io): Promise<ExitCode> {
  const [{ readRatesImport }, { parseRatesTables, serializeRatesTables }, { mergeTables }] = await Promise.all([
    import('../convert/read-rates-import.js'),
    import('../convert/rates-file.js'),
    import('../convert/merge-rates.js'),
  ]);
  const base = options.base === undefined ? undefined : resolveCurrency(options.base);
  let imported;
  try {
    imported = await readRatesImport(readFileBytes(options.file, options.file, 'rates'), options.file, { base, per: options.per, labelled: options.source !== undefined, onProgress: options.progress?.onProgress });
  } finally {
    options.progress?.end();
  }
  let source = options.source === undefined ? ecbSourceFor(options.file, options.retrieved) : labelledSource(options.source, options.publisher, options.retrieved, options.file);
  if (options.source === undefined && options.publisher !== undefined) source = { ...source, publisher: options.publisher };
  const table = {
    base: imported.base,
    source,
    imported: { from: options.file, format: imported.format, ...(imported.per === '1' ? {} : { per: imported.per }) },
    days: imported.days,
  };
  const currencies = new Set(imported.days.flatMap((d) => Object.keys(d.rates)));
  const report = {
    file: options.file,
    format: imported.format,
    days: imported.days.length,
    currencies: currencies.size,
    first: imported.days[0]?.date ?? null,
    last: imported.days.at(-1)?.date ?? null,
    out: options.out ?? null,
    added: imported.days.length,
    replaced: 0,
    base: imported.base,
    source: source.id,
  };
  if (options.out === undefined) {
    io.out(serializeRatesTables([table]));
  } else {
    const out = options.out;
    checkOutputPath(out);
    // (before the merge reads it: --out naming the rates being imported is the input, exit 73, not a file of another kind)
    refuseOverwritingInput(out, [options.file]);
    // read, merge and write under the lock: two imports into one file at once both land
    await withFileLock(out, () => {
      let existing: RatesTableContent[] = [];
      if (existsSync(out)) {
        const current = decodeUtf8(readFileBytes(out, out, 'rates'), out, 'rates');
        try {
          JSON.parse(current);
        } catch {
          throw new FileInvalidError([{ file: out, path: '', message: 'the existing --out file is not JSON; humfig merges new rates into a humfig-rates file and will not overwrite anything else' }], 'rates');
        }
        existing = parseRatesTables(current, out);
      }
      const merged = mergeTables(existing, table);
      report.added = merged.added;
      report.replaced = merged.replaced;
      writeFileAtomic(out, serializeRatesTables(merged.tables), { inputs: [options.file] });
    });
  }
  const of = imported.ecb && options.source === undefined ? '' : `; per ${imported.per} ${imported.base}; ${source.name}`;
  const line =
    `imported ${report.days} day${report.days === 1 ? '' : 's'} of ${report.currencies} ${report.currencies === 1 ? 'currency' : 'currencies'} (${report.first} to ${report.last}${of}) from ${report.file}${imported.member ? `:${imported.member}` : ''} (${report.format})` +
    (options.out ? `: ${report.added} added, ${report.replaced} replaced in ${options.out}` : '');
  // the zip member's name comes from the file: never let it drive the terminal
  // the report is a note, never data: stderr, always (as one JSON line with --json); stdout
  // carries the rates file when there is no --out, and nothing otherwise
  if (isJson(options.format)) io.err(renderJsonLine(report));
  else io.err(`humfig: ${sanitizeTerminal(line)}\n`);
  return EXIT.ok;
}

/** Runs `humfig rates import` as the command line asked. */
export function run(
  { args, flags: f }: CommandInput<{ out?: string; retrieved?: string; base?: string; per?: string; source?: string; publisher?: string }>,
  context: CommandContext,
): Promise<ExitCode> {
  const common = context.common(f);
  return ratesImportCommand(
    { ...common, file: args[0] as string, out: f.out, retrieved: f.retrieved, base: f.base, per: f.per, source: f.source, publisher: f.publisher, progress: context.progress('importing rates (lines)', isJson(common.format)) },
    context.io,
  );
}
