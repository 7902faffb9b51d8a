/**
 * The order in which the two workers take the test files. vitest starts the files that took
 * longest last time first, which keeps both workers busy to the end; but on a first run (a fresh
 * clone, or a file it has not seen) it knows no times and starts the largest files first, and a
 * file that takes long is not always a large one (catalogue.test.ts is four lines). On such a
 * run the files below, the longest measured, start first, in this order; the rest follow in
 * vitest's own order.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files of `npm test`, longest first (CPU seconds on two loaded cores, measured). */
export const LONG_FILES = [
  'test/robustness/faults.test.ts',
  'test/cli/scripting.test.ts',
  'test/robustness/catalogue.test.ts',
  'test/robustness/fuzz.test.ts',
  'test/robustness/hostile-cli.test.ts',
  'test/cli/process.test.ts',
  'test/cli/terminal.test.ts',
  'test/unit/facts/fast-figure.test.ts',
  'test/unit/commands/import-progress.test.ts',
  'test/unit/extract/fixtures.test.ts',
  'test/unit/extract/properties.test.ts',
  'test/cli/extract.test.ts',
];

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // the key vitest keeps each file's last result under
    const known = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`) !== undefined;
    if (sorted.every(known)) return sorted;
    const rank = (f: TestSpecification) => {
      const i = LONG_FILES.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i === -1 ? LONG_FILES.length : i;
    };
    // a stable sort: vitest's order within the rest
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}
