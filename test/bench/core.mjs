#!/usr/bin/env node
/**
 * `npm run bench:core`: the in-process timings of core-timings.ts (the extractor, rate lookups).
 * The TypeScript is bundled with esbuild into a temporary file, then run; the report goes to
 * stdout.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'humfig-bench-core-'));
try {
  const outfile = join(dir, 'core-timings.mjs');
  await build({ entryPoints: [join(ROOT, 'test', 'bench', 'core-timings.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  process.env.HUMFIG_ROOT = ROOT;
  const { main } = await import(pathToFileURL(outfile).href);
  main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
