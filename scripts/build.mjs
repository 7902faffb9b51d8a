// Builds dist/ from src/ with esbuild: the full program (dist/cli.js) with code splitting, so that
// each command loads only its own chunks. Before that, the bundled dataset is validated in full
// and the exact text that passed is compiled in: at run time a file identical to it skips
// validation (a byte-for-byte comparison is the proof that it is the file validated here).
// bin/humfig.js imports dist/cli.js. Last, man/humfig.1 is generated from the commands' declarations.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedChunks } from './shared-chunks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = join(root, 'data', 'nagorno-karabakh-2023.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// commander and string-width are CommonJS: give the ESM bundle a `require` for Node's built-ins.
// process.getBuiltinModule (Node 20.16 and later) hands them out directly; a require made with
// createRequire (on first use: most modules never call it) serves older Node 20 releases. The
// first way took about 2 % off a cold `humfig get --json` (commander requires four built-ins).
const banner = {
  js: "import { createRequire as __humfigCreateRequire } from 'node:module'; let __humfigRequire; const require = (id) => process.getBuiltinModule?.(id) ?? (__humfigRequire ??= __humfigCreateRequire(import.meta.url))(id);",
};
const common = { banner, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none' };

// 1. validate the bundled dataset with the same code the CLI runs
const tmp = mkdtempSync(join(tmpdir(), 'humfig-build-'));
try {
  const validator = join(tmp, 'validate.mjs');
  await build({ ...common, entryPoints: [join(root, 'src/facts/build-check.ts')], outfile: validator });
  const { checkFactsFile } = await import(pathToFileURL(validator).href);
  const problems = checkFactsFile(bundled);
  if (problems.length > 0) {
    console.error(`build: the bundled dataset is invalid:\n${problems.join('\n')}`);
    process.exit(65);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const validatedText = readFileSync(bundled, 'utf8');

// commander loads node:child_process (and with it net, stream, ...) only to run "executable
// subcommands", which humfig does not have; a stub saves that work on every start
const noChildProcess = {
  name: 'commander-without-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'humfig-stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'humfig-stub' }, () => ({
      contents: "module.exports = { spawn() { throw new Error('humfig has no executable subcommands'); } };",
      loader: 'js',
    }));
  },
};

// 2. the CLI itself, with code splitting; the modules that frequent calls load together are
// grouped into a few shared files (scripts/shared-chunks.mjs): `humfig get` loads 4 files
// rather than 29, `convert` 7 rather than 38. The first group holds what get, list and summary
// need and commander; cli.ts itself and cli-context.ts stay in cli.js, which the in-process tests
// evaluate afresh for each run.
const SHARED_GROUPS = [
  { name: 'core', roots: ['src/commands/table.ts', 'src/commands/command-spec.ts', 'src/commands/summary.ts', 'src/commands/list.ts', 'src/commands/get.ts', 'commander'] },
  // conversions: decimal.js and the rate tables (convert, get --to, rates)
  { name: 'core-rates', roots: ['src/commands/convert.ts'] },
  // tables on a terminal (summary, and get and list without --json)
  { name: 'core-table', roots: ['src/output/render-table.ts'] },
];
const options = {
  ...common,
  absWorkingDir: root,
  // the worker that reads the second half of a large facts file (src/facts/parallel.ts) sits
  // beside the chunks it shares with the CLI
  entryPoints: { cli: join(root, 'src/cli.ts'), 'figure-worker': join(root, 'src/facts/figure-worker.ts') },
  outdir: join(root, 'dist'),
  splitting: true,
  // chunks sit beside cli.js, so that '../data' means the same from every module
  chunkNames: '[name]-[hash]',
  minify: !process.env.HUMFIG_BUILD_READABLE,
  sourcemap: false,
  plugins: [noChildProcess],
  define: {
    __HUMFIG_VERSION__: JSON.stringify(pkg.version),
    __HUMFIG_BUNDLED_FACTS__: JSON.stringify(validatedText),
  },
};
const shared = await sharedChunks(build, options, SHARED_GROUPS);
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({ ...options, entryPoints: { ...options.entryPoints, ...shared.entryPoints }, plugins: [...options.plugins, shared.plugin] });

// the bundled ECB history split by year, newest day first like the original, each file with its
// header: a rate lookup then reads about 70 KB rather than 1.8 MB (src/convert/rate-table.ts)
{
  const csv = readFileSync(join(root, 'data', 'rates', 'eurofxref-hist.csv'), 'latin1');
  if (/[^\x09\x0a\x0d\x20-\x7e]/.test(csv)) throw new Error('data/rates/eurofxref-hist.csv is not plain ASCII');
  const [header, ...rows] = csv.split('\n').filter((l) => l.trim() !== '');
  const byYear = new Map();
  for (const row of rows) {
    const year = row.slice(0, 4);
    if (!/^\d{4}$/.test(year)) throw new Error(`unexpected line in eurofxref-hist.csv: ${row.slice(0, 40)}`);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year).push(row);
  }
  const dir = join(root, 'dist', 'rates');
  mkdirSync(dir, { recursive: true });
  for (const [year, lines] of byYear) writeFileSync(join(dir, `${year}.csv`), `${header}\n${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ years: [...byYear.keys()].map(Number).sort((a, b) => a - b) })}\n`);
}

// the manual page, from the same declarations as help (scripts/build-man.mjs)
await (await import('./build-man.mjs')).buildMan();

// Node looks up the nearest package.json to learn that these files are ES modules; one beside
// them ends that search at once
writeFileSync(join(root, 'dist', 'package.json'), '{ "type": "module" }\n');
