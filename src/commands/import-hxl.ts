/**
 * `humfig import hxl <file>`: an HXL-tagged CSV (humfig's own export, or an HDX-style file with
 * one column per indicator) into a humfig-facts/1 file, written atomically with --out, with a
 * report of how each column was mapped and which rows were rejected, by line.
 */
import { EXIT, FileInvalidError, type ExitCode } from '../errors.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';
import { importHxl, type ImportReport } from '../hxl/import-hxl.js';
import { renderJson } from '../output/render-json.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { CommonOptions, Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface ImportHxlOptions extends CommonOptions {
  file: string;
  out?: string | undefined;
  today: string;
  datasetId?: string | undefined;
  sourceId?: string | undefined;
  publisher?: string | undefined;
}

/** The report for people: what was read, then one line per unmapped column and rejected row. */
function reportLines(file: string, out: string | undefined, r: ImportReport): string {
  const lines = [`imported ${r.figures} figure${r.figures === 1 ? '' : 's'} from ${file} (${r.shape} format)${out ? ` into ${out}` : ''}`];
  for (const c of r.unmapped) lines.push(`  column ${c.index + 1} ${JSON.stringify(c.label)} ${c.tag ?? '(no hashtag)'}: not mapped`);
  for (const x of r.rejected) lines.push(`  line ${x.line}${x.column ? `, column ${JSON.stringify(x.column)}` : ''}: rejected: ${x.reason}`);
  return `${lines.map(sanitizeTerminal).join('\n')}\n`;
}

export async function importHxlCommand(options: ImportHxlOptions, io: Io): Promise<ExitCode> {
  const text = decodeUtf8(readFileBytes(options.file, options.file, 'source'), options.file);
  const { facts, report } = importHxl(text, options.file, {
    today: options.today,
    ...(options.datasetId ? { datasetId: options.datasetId } : {}),
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
  });
  if (report.figures === 0) {
    const why = report.rejected[0] ? `; the first rejected row: line ${report.rejected[0].line}: ${report.rejected[0].reason}` : '';
    throw new FileInvalidError([{ file: options.file, path: '', message: `no figure could be read from this HXL file${why}` }], 'facts');
  }
  const document = renderJson(facts);
  const summary = options.format === 'json' || options.format === 'ndjson' ? renderJson({ file: options.file, out: options.out ?? null, ...report }) : reportLines(options.file, options.out, report);
  if (options.out) {
    writeFileAtomic(options.out, document);
    io.out(summary);
  } else {
    io.out(document);
    io.err(summary.startsWith('{') ? summary : summary.replace(/^/, 'humfig: '));
  }
  return EXIT.ok;
}

/** Runs `humfig import hxl` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ out?: string; datasetId?: string; sourceId?: string; publisher?: string }>, context: CommandContext): Promise<ExitCode> {
  return importHxlCommand(
    { ...context.common(f), file: args[0] as string, out: f.out, today: context.today(), datasetId: f.datasetId, sourceId: f.sourceId, publisher: f.publisher },
    context.io,
  );
}
