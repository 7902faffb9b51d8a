/**
 * `humfig validate [file...]`: checks facts files completely (the bundled one too, whatever
 * its build-time digest says) and lists every problem with its line, column and path.
 */
import { EXIT, FileUnreadableError, HumfigError, formatIssue, type ExitCode, type FileIssue } from '../errors.js';
import { loadFacts } from '../facts/load-facts.js';
import { isJson, type RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import type { CommonOptions, FactsLocation, Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface ValidateOptions extends CommonOptions {
  files: FactsLocation[];
}

interface FileReport {
  file: string;
  valid: boolean;
  /** 'invalid' (exit 65) or 'unreadable' (exit 66) when not valid */
  status: 'valid' | 'invalid' | 'unreadable';
  figures: number | null;
  issues: FileIssue[];
}

/** Validates one file into a report; never throws for a user's mistake. */
async function validateOne(location: FactsLocation): Promise<FileReport> {
  try {
    // every figure checked (no trusted text: the bundled file too), none kept
    const loaded = await loadFacts(location.path, { display: location.display, keep: 'none', threads: location.threads, trace: location.trace, onProgress: location.progress?.onProgress });
    return { file: location.display, valid: true, status: 'valid', figures: loaded.figures, issues: [] };
  } catch (err) {
    if (!(err instanceof HumfigError)) throw err;
    const message = err instanceof FileUnreadableError ? `cannot read the file: ${err.reason}` : err.message;
    const issues = 'issues' in err ? (err.issues as FileIssue[]) : [{ file: location.display, path: '', message }];
    return { file: location.display, valid: false, status: err instanceof FileUnreadableError ? 'unreadable' : 'invalid', figures: null, issues };
  } finally {
    location.progress?.end();
  }
}

/** One line per file for people: "file: valid (8 figures)" or its problems, one per line. */
function reportLines(r: FileReport): string {
  return r.valid ? `${r.file}: valid (${r.figures} figure${r.figures === 1 ? '' : 's'})` : r.issues.map(formatIssue).join('\n');
}

/** Reports as JSON objects; their issues as CSV/TSV/HXL rows (one row per problem). */
const reportView: RecordView<FileReport> = {
  json: (r) => ({ file: r.file, valid: r.valid, status: r.status, figures: r.figures, issues: r.issues }),
  fields: ['file', 'valid', 'status', 'figures', 'issues'],
  line: reportLines,
  table: [],
  csv: [],
};

const issueView: RecordView<FileIssue> = {
  json: (i) => ({ ...i }),
  fields: ['file', 'path', 'line', 'column', 'message'],
  table: [],
  csv: [
    { header: 'file', value: (i) => i.file, hxl: '#meta+file' },
    { header: 'line', value: (i) => i.line ?? null, hxl: '#meta+line+num' },
    { header: 'column', value: (i) => i.column ?? null, hxl: '#meta+column+num' },
    { header: 'path', value: (i) => i.path, hxl: '#meta+path' },
    { header: 'message', value: (i) => i.message, hxl: '#description' },
  ],
};

export async function validateCommand(options: ValidateOptions, io: Io): Promise<ExitCode> {
  const reports: FileReport[] = [];
  for (const file of options.files) reports.push(await validateOne(file));
  const flat = options.format === 'csv' || options.format === 'tsv' || options.format === 'hxl';
  io.out(flat ? await renderRecords(reports.flatMap((r) => r.issues), issueView, options) : await renderRecords(reports, reportView, options));
  const bad = reports.filter((r) => !r.valid);
  if (bad.length === 0) return EXIT.ok;
  const problems = bad.reduce((n, r) => n + r.issues.length, 0);
  io.err(`humfig: ${problems} problem${problems === 1 ? '' : 's'} in ${bad.length} of ${reports.length} file${reports.length === 1 ? '' : 's'}\n`);
  return bad.some((r) => r.status === 'unreadable') ? EXIT.noInput : EXIT.dataInvalid;
}

/** Runs `humfig validate` as the command line asked: the files named, else the facts file in use. */
export function run({ args, flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  const options = context.common(flags);
  const named = args[0] as string[];
  const json = isJson(options.format);
  const files = named.length > 0 ? named.map((f) => ({ path: f, display: f, ...context.largeFileOptions(), progress: context.progress(`validating ${f}`, json, true) })) : [{ ...options.facts, trustedText: undefined }];
  return validateCommand({ ...options, files }, context.io);
}
