/**
 * The problems found in one rates file, collected so that a file is reported whole (every
 * problem, up to a limit) rather than one problem per run. Used by every rates-file reader.
 */
import { FileInvalidError, type FileIssue } from '../errors.js';

/** Issues beyond this many are not listed: the first ones show what is wrong with the file. */
export const MAX_ISSUES = 50;

/** Collects issues for one file and throws them together. */
export class IssueList {
  readonly issues: FileIssue[] = [];
  constructor(private readonly file: string) {}

  add(line: number | undefined, column: number | undefined, path: string, message: string): void {
    if (this.issues.length >= MAX_ISSUES) return;
    const issue: FileIssue = { file: this.file, path, message };
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    this.issues.push(issue);
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new FileInvalidError(this.issues, 'rates');
  }

  fail(line: number | undefined, column: number | undefined, path: string, message: string): never {
    this.add(line, column, path, message);
    throw new FileInvalidError(this.issues, 'rates');
  }
}
