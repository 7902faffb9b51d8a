// Writes man/humfig.1, humfig's manual page, from the declarations of its commands (the same
// table help and completion come from; src/commands/manual.ts). build.mjs runs it; on its own:
// `node scripts/build-man.mjs [out-file]`. The page is generated, never committed (.gitignore).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Generates the page into `out` (default: man/humfig.1 in the project). */
export async function buildMan(out = join(root, 'man', 'humfig.1')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'humfig-man-'));
  try {
    const entry = join(tmp, 'manual.mjs');
    await build({
      entryPoints: [join(root, 'src/commands/manual.ts')],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // the commands' own modules are loaded only when run; the page needs their declarations
      plugins: [{ name: 'declarations-only', setup: (b) => b.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined)) }],
    });
    const { manualPage } = await import(pathToFileURL(entry).href);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, manualPage({ version: pkg.version, homepage: pkg.homepage }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildMan(process.argv[2] ? resolve(process.argv[2]) : undefined);
