/** Used by scripts/build.mjs only: validates a facts file and returns its problems as lines. */
import { formatIssue } from '../errors.js';
import { sourceTextReader } from './load-facts.js';
import { decodeUtf8, readFileBytes } from './read-text-file.js';
import { validateFactsText } from './validate-facts.js';

export function checkFactsFile(path: string): string[] {
  const text = decodeUtf8(readFileBytes(path, path), path);
  return validateFactsText(text, path, sourceTextReader(path)).issues.map(formatIssue);
}
