/**
 * Problems found by JSON path, turned into problems of a file: its line and column. zod-free,
 * so that a document whose only problems are cross-field ones is reported without loading zod.
 */
import type { FileIssue } from '../errors.js';
import type { PathIssue } from './check-facts.js';
import { PathLocator, formatJsonPath, valueTextAt, type JsonPath } from './json-scan.js';

/** Stands in a message for a number's literal text, filled in once the issue is located. */
export const LITERAL = '\u0000literal\u0000';

/**
 * Where a part of the file sits: its text stands for the value at `path` of the document (an
 * NDJSON figure line is `figures[i]`), starting on line `line`.
 */
export interface TextPlace {
  path: JsonPath;
  line: number;
}

/** Locates path issues in the text and turns them into file issues, in document order. */
export function locate(text: string, file: string, issues: PathIssue[], place: TextPlace = { path: [], line: 1 }): FileIssue[] {
  const locator = new PathLocator(text);
  const located = issues.map((i) => {
    const inner = i.path.slice(place.path.length);
    // a missing field has no position of its own: point at the object that lacks it
    let pos = locator.find(inner, { key: i.atKey === true });
    for (let up = inner.length - 1; !pos && up >= 0; up--) pos = locator.find(inner.slice(0, up));
    const literal = pos && i.message.includes(LITERAL) ? valueTextAt(text, pos.offset) : undefined;
    const issue: FileIssue = { file, path: formatJsonPath(i.path), message: i.message.replace(LITERAL, literal ?? 'a number too large to hold exactly') };
    if (pos) {
      issue.line = place.line + pos.line - 1;
      issue.column = pos.column;
    }
    return { issue, offset: pos?.offset ?? Number.MAX_SAFE_INTEGER };
  });
  located.sort((a, b) => a.offset - b.offset);
  return located.map((l) => l.issue);
}

