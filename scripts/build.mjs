// Builds dist/ from src/ with esbuild: the full program with code splitting, so that each command
// loads only its own chunks, as CommonJS files (dist/*.cjs) that dist/boot.cjs loads with V8's code
// cache (src/boot.ts). Before that, the bundled dataset is validated in full and the exact text that
// passed is compiled in: at run time a file identical to it skips validation (a byte-for-byte
// comparison is the proof that it is the file validated here). bin/humfig.js runs dist/boot.cjs.
// Last, man/humfig.1 is generated from the commands' declarations, and the code cache is warmed
// (scripts/code-cache.mjs).
//
// Everything is built into a folder of its own beside dist/ (.dist-build-<pid>), stamped
// (scripts/build-stamp.mjs), and only then renamed to dist/: a build stopped half-way (Ctrl-C, an
// error) leaves the dist/ that was there, and two builds at once in one tree each put a whole
// folder in place, the last one winning. The next build removes what a killed one left.
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { problemLines, readInputs, STAMP_NAME, stampText } from './build-stamp.mjs';
import { sharedChunks } from './shared-chunks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// what the build is made from, taken before it reads anything (scripts/build-stamp.mjs)
const inputs = readInputs(root);
process.stderr.write(problemLines(inputs.problems));

/** The folders a build of process `pid` works in: where it builds, and where the dist/ it replaces goes. */
const STAGE = /^\.dist-(build|old)-(\d+)(-\d+)?$/;
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err?.code === 'EPERM';
  }
};
// what builds that were killed left behind
for (const name of readdirSync(root)) {
  const m = STAGE.exec(name);
  if (m && Number(m[2]) !== process.pid && !alive(Number(m[2]))) rmSync(join(root, name), { recursive: true, force: true });
}
// a sibling of dist/, so that '../data' means the same from it
const out = join(root, `.dist-build-${process.pid}`);
// a build stopped by an error or a signal takes its folder with it
const dropStage = () => rmSync(out, { recursive: true, force: true });
process.on('exit', dropStage);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    dropStage();
    process.kill(process.pid, signal);
  });
}
dropStage();
mkdirSync(out);
const bundled = join(root, 'data', 'nagorno-karabakh-2023.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// esbuild's table holds Node 20 to lack Unicode property escapes in regular expressions (\p{L}), and
// writes each such literal as `new RegExp(...)`: a new object, looked up again, at every call. Node
// has read them since version 10.
const supported = { 'regexp-unicode-property-escapes': true };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', supported, logLevel: 'warning', legalComments: 'none' };
const minify = !process.env.HUMFIG_BUILD_READABLE;

// 1. validate the bundled dataset with the same code the CLI runs
const tmp = mkdtempSync(join(tmpdir(), 'humfig-build-'));
try {
  const validator = join(tmp, 'validate.mjs');
  // (an ES module that this script imports: it gets a `require` for the CommonJS packages it bundles)
  const banner = { js: "import { createRequire as __humfigCreateRequire } from 'node:module'; const require = __humfigCreateRequire(import.meta.url);" };
  await build({ ...common, banner, entryPoints: [join(root, 'src/facts/build-check.ts')], outfile: validator });
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

// the bundled ECB history, split by year below: its header and rows by year, and the citing
// fields of its meta file, compiled in so that a conversion reads neither index.json nor the
// meta file (the meta file is checked by the test suite)
const ratesCsv = readFileSync(join(root, 'data', 'rates', 'eurofxref-hist.csv'), 'latin1');
if (/[^\x09\x0a\x0d\x20-\x7e]/.test(ratesCsv)) throw new Error('data/rates/eurofxref-hist.csv is not plain ASCII');
const [ratesHeader, ...ratesRows] = ratesCsv.split('\n').filter((l) => l.trim() !== '');
const ratesByYear = new Map();
for (const row of ratesRows) {
  const year = row.slice(0, 4);
  if (!/^\d{4}$/.test(year)) throw new Error(`unexpected line in eurofxref-hist.csv: ${row.slice(0, 40)}`);
  if (!ratesByYear.has(year)) ratesByYear.set(year, []);
  ratesByYear.get(year).push(row);
}
const ratesYears = [...ratesByYear.keys()].map(Number).sort((a, b) => a - b);
const ratesMeta = JSON.parse(readFileSync(join(root, 'data', 'rates', 'eurofxref-hist.meta.json'), 'utf8'));
const ratesSource = { id: ratesMeta.id, name: ratesMeta.name, publisher: ratesMeta.publisher, url: ratesMeta.url, retrieved: ratesMeta.retrieved, file: ratesMeta.file };

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
// rather than 29, `convert` 5 rather than 38. The first group holds what get, list and summary
// need, commander, and the progress line cli-context.ts draws (else a file of its own on every
// start); cli.ts itself and cli-context.ts stay in cli.cjs, which the in-process tests evaluate
// afresh for each run.
const SHARED_GROUPS = [
  { name: 'core', roots: ['src/commands/table.ts', 'src/commands/command-spec.ts', 'src/commands/progress-line.ts', 'src/commands/summary.ts', 'src/commands/list.ts', 'src/commands/get.ts', 'commander'] },
  // conversions: decimal.js and the rate tables (convert, get --to, rates)
  { name: 'core-rates', roots: ['src/commands/convert.ts'] },
  // tables on a terminal (summary, and get and list without --json)
  { name: 'core-table', roots: ['src/output/render-table.ts'] },
];
const options = {
  ...common,
  absWorkingDir: root,
  // the worker that reads the second half of a large facts file (src/facts/stream/parallel.ts) sits
  // beside the chunks it shares with the CLI
  entryPoints: { cli: join(root, 'src/cli.ts'), 'figure-worker': join(root, 'src/facts/stream/figure-worker.ts') },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  splitting: true,
  // chunks sit beside cli.cjs, so that '../data' means the same from every module
  chunkNames: '[name]-[hash]',
  minify,
  sourcemap: false,
  plugins: [noChildProcess],
  define: {
    // each chunk becomes CommonJS below, where this names its own file
    'import.meta.url': '__humfigUrl',
    __HUMFIG_VERSION__: JSON.stringify(pkg.version),
    __HUMFIG_BUNDLED_FACTS__: JSON.stringify(validatedText),
    __HUMFIG_RATES_YEARS__: JSON.stringify(ratesYears),
    __HUMFIG_RATES_SOURCE__: JSON.stringify(ratesSource),
  },
};
const shared = await sharedChunks(build, options, SHARED_GROUPS);
const split = await build({ ...options, entryPoints: { ...options.entryPoints, ...shared.entryPoints }, plugins: [...options.plugins, shared.plugin], write: false });
// esbuild splits code only into ES modules; each chunk is then turned into CommonJS (imports become
// require calls, import() a require in a promise): V8's code cache can be given to a CommonJS file
// (vm.Script), not to an ES module, and it is what makes a start short (docs/performance.md)
for (const file of split.outputFiles) {
  const { code } = await transform(file.text, { format: 'cjs', platform: 'node', target: 'node20', supported: { ...supported, 'dynamic-import': false }, minify, legalComments: 'none', logLevel: 'warning' });
  writeFileSync(file.path, code.includes('__humfigUrl') ? `var __humfigUrl=require("node:url").pathToFileURL(__filename).href;\n${code}` : code);
}
// the loader (bin/humfig.js runs it), and the program as an ES module for whoever imports it (the
// in-process tests): each evaluation runs it once
await build({ ...common, format: 'cjs', minify, entryPoints: [join(root, 'src/boot.ts')], outfile: join(out, 'boot.cjs') });
writeFileSync(
  join(out, 'cli.js'),
  "// humfig as an ES module: each evaluation runs the program once (src/boot.ts)\nimport { createRequire } from 'node:module';\nawait createRequire(import.meta.url)('./boot.cjs').run();\n",
);

// the bundled ECB history split by year, newest day first like the original, each file with its
// header: a rate lookup then reads about 70 KB rather than 1.8 MB (src/convert/rate-table.ts)
{
  const dir = join(out, 'rates');
  mkdirSync(dir, { recursive: true });
  for (const [year, lines] of ratesByYear) writeFileSync(join(dir, `${year}.csv`), `${ratesHeader}\n${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ years: ratesYears })}\n`);
}

// the manual page, from the same declarations as help (scripts/build-man.mjs)
// (written beside it and renamed, so that a reader never sees half of it)
{
  const page = join(root, 'man', 'humfig.1');
  const tmpPage = `${page}.${process.pid}.tmp`;
  try {
    await (await import('./build-man.mjs')).buildMan(tmpPage);
    renameSync(tmpPage, page);
  } finally {
    rmSync(tmpPage, { force: true });
  }
}

// Node looks up the nearest package.json to learn that cli.js is an ES module; one beside it ends
// that search at once
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');

// the code cache of the chunks that frequent calls load, warmed by running them (scripts/code-cache.mjs)
{
  const warm = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs'), out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (warm.status !== 0) {
    console.error('build: warming the code cache failed (scripts/code-cache.mjs)');
    process.exit(70);
  }
}

// the stamp, last: what this folder was built from and holds (scripts/build-stamp.mjs); none when
// an input could not be read, so that npm test builds again
if (inputs.problems.length === 0) writeFileSync(join(out, STAMP_NAME), stampText(inputs.digest, out, root));

// the folder becomes dist/: the dist/ it replaces is moved aside first (a folder cannot be renamed
// onto one that has files), then removed. When another build puts its own in place between the
// two renames, this one moves that aside and tries again.
{
  const dist = join(root, 'dist');
  const old = [];
  for (let attempt = 0; ; attempt++) {
    const aside = join(root, `.dist-old-${process.pid}-${attempt}`);
    try {
      renameSync(dist, aside);
      old.push(aside);
    } catch (err) {
      if (err?.code !== 'ENOENT') throw err;
    }
    try {
      renameSync(out, dist);
      break;
    } catch (err) {
      if ((err?.code !== 'ENOTEMPTY' && err?.code !== 'EEXIST') || attempt >= 100) throw err;
    }
  }
  for (const aside of old) rmSync(aside, { recursive: true, force: true });
}
// (an older build's stamp, from when it lived in .cache/)
rmSync(join(root, '.cache', 'build-stamp.json'), { force: true });
