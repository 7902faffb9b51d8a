/**
 * `humfig validate [file...]`: checks facts files completely (the bundled one too, whatever
 * its build-time digest says) and lists every problem with its line, column and path.
 */
import { EXIT, FileUnreadableError, HumfigError, formatIssue, type ExitCode, type FileIssue } from '../errors.js';
import { sourceTextReader } from '../facts/load-facts.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { validateFactsText } from '../facts/validate-facts.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { CommonOptions, FactsLocation, Io } from './context.js';

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
function validateOne(location: FactsLocation): FileReport {
  try {
    const text = decodeUtf8(readFileBytes(location.path, location.display), location.display);
    const result = validateFactsText(text, location.display, sourceTextReader(location.path));
    return result.facts
      ? { file: location.display, valid: true, status: 'valid', figures: result.facts.figures.length, issues: [] }
      : { file: location.display, valid: false, status: 'invalid', figures: null, issues: result.issues };
  } catch (err) {
    if (!(err instanceof HumfigError)) throw err;
    const message = err instanceof FileUnreadableError ? `cannot read the file: ${err.reason}` : err.message;
    const issues = 'issues' in err ? (err.issues as FileIssue[]) : [{ file: location.display, path: '', message }];
    return { file: location.display, valid: false, status: err instanceof FileUnreadableError ? 'unreadable' : 'invalid', figures: null, issues };
  }
}

interface IssueRow {
  issue: FileIssue;
}

const issueView: RecordView<IssueRow> = {
  json: (r) => r.issue,
  table: [],
  csv: [
    { header: 'file', value: (r) => r.issue.file },
    { header: 'line', value: (r) => r.issue.line ?? null },
    { header: 'column', value: (r) => r.issue.column ?? null },
    { header: 'path', value: (r) => r.issue.path },
    { header: 'message', value: (r) => r.issue.message },
  ],
};

export async function validateCommand(options: ValidateOptions, io: Io): Promise<ExitCode> {
  const reports = options.files.map(validateOne);
  if (options.format === 'json') {
    io.out(await renderRecords(reports, { json: (r) => r, table: [], csv: [] }, 'json', options.render));
  } else if (options.format === 'csv') {
    const rows = reports.flatMap((r) => r.issues.map((issue) => ({ issue })));
    io.out(await renderRecords(rows, issueView, 'csv', options.render));
  } else {
    for (const r of reports) {
      if (r.valid) io.out(`${sanitizeTerminal(r.file)}: valid (${r.figures} figure${r.figures === 1 ? '' : 's'})\n`);
      else io.out(r.issues.map((i) => `${sanitizeTerminal(formatIssue(i))}\n`).join(''));
    }
  }
  const bad = reports.filter((r) => !r.valid);
  if (bad.length === 0) return EXIT.ok;
  const problems = bad.reduce((n, r) => n + r.issues.length, 0);
  io.err(`humfig: ${problems} problem${problems === 1 ? '' : 's'} in ${bad.length} of ${reports.length} file${reports.length === 1 ? '' : 's'}\n`);
  return bad.some((r) => r.status === 'unreadable') ? EXIT.noInput : EXIT.dataInvalid;
}
