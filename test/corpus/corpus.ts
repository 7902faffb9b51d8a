/**
 * Where the real-data corpus is: ../shared/corpus beside the project (read in place, never
 * copied). A corpus test file starts with
 *
 *   const corpus = findCorpus();
 *   describe.skipIf(!corpus)('...', () => { ... corpus!.path('reports') ... });
 *
 * and, where the folder is absent, is skipped with one note on stderr saying why.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

export interface Corpus {
  root: string;
  /** a path inside the corpus */
  path(...parts: string[]): string;
}

let noted = false;

/** The corpus, or undefined (with a note on stderr) when ../shared/corpus is not there. */
export function findCorpus(): Corpus | undefined {
  if (existsSync(join(CORPUS_DIR, 'README.md'))) return { root: CORPUS_DIR, path: (...parts) => join(CORPUS_DIR, ...parts) };
  if (!noted) {
    noted = true;
    process.stderr.write(`test:corpus: skipped: no corpus at ${CORPUS_DIR} (the real-data suite reads ../shared/corpus beside the project)\n`);
  }
  return undefined;
}
