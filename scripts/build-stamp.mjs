// Whether dist/ is the build of the sources as they are now, so that `npm test` can skip a build
// that would write the same files again.
//
// The stamp (.cache/build-stamp.json, which git ignores) is written after a successful build. It
// holds two digests:
// - the inputs, taken BEFORE the build started: every file under src/, scripts/ and data/,
//   package.json, package-lock.json, tsconfig.json (esbuild reads it) and npm's record of what is installed
//   (node_modules/.package-lock.json, which `npm ci` and `npm install` rewrite: the bundled
//   dependencies), and HUMFIG_BUILD_READABLE, the one variable the build reads;
// - the outputs: every file under dist/ and man/ after the build.
// The build is skipped only when both digests match what is on disk now. A source edited during
// a build, a file added or removed anywhere in those folders, a reinstalled dependency, or an
// output deleted or changed by hand each make a digest differ, and the build runs. A dependency
// edited by hand inside node_modules is not seen: run `npm run build` after that.
//
// `node scripts/build-stamp.mjs` builds when the stamp says dist/ is stale (npm test, test:slow
// and test:corpus do it this way); `npm run build` always builds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, '.cache', 'build-stamp.json');
const INPUT_DIRS = ['src', 'scripts', 'data'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];
const OUTPUT_DIRS = ['dist', 'man'];

/** Every regular file under `dir`, sorted, iteratively (no recursion). */
function filesUnder(dir) {
  const found = [];
  const pending = [dir];
  while (pending.length > 0) {
    const d = pending.pop();
    if (!existsSync(d)) continue;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) pending.push(p);
      else found.push(p);
    }
  }
  return found.sort();
}

/** One digest of the files' names and contents; a missing file counts as missing. */
function digest(paths) {
  const hash = createHash('sha256');
  for (const p of paths) {
    hash.update(`${relative(root, p)}\0`);
    hash.update(existsSync(p) ? readFileSync(p) : '\0missing\0');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The digest of the build's inputs as they are now. */
export function inputsDigest() {
  const paths = [...INPUT_DIRS.flatMap((d) => filesUnder(join(root, d))), ...INPUT_FILES.map((f) => join(root, f))];
  return `${digest(paths)} readable=${process.env.HUMFIG_BUILD_READABLE ?? ''}`;
}

/** The digest of what the build wrote. */
function outputsDigest() {
  return digest(OUTPUT_DIRS.flatMap((d) => filesUnder(join(root, d))));
}

/** Whether dist/ and man/ are the build of `inputs` (a digest from inputsDigest()). */
export function isFresh(inputs) {
  if (!existsSync(STAMP)) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  return stamp?.inputs === inputs && !!existsSync(join(root, 'dist', 'cli.js')) && stamp.outputs === outputsDigest();
}

/** Records that the build just made from `inputs` (taken before it started) succeeded. */
export function writeStamp(inputs) {
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${JSON.stringify({ inputs, outputs: outputsDigest() })}\n`);
}

/** Forgets the stamp (before a build, so that a failed one is never taken for fresh). */
export function removeStamp() {
  rmSync(STAMP, { force: true });
}

/**
 * Builds unless dist/ is already the build of the sources as they are; resolves with the build's
 * exit code (0 when skipped). The build's own output goes to this process's stdout and stderr.
 */
export async function buildIfStale() {
  const inputs = inputsDigest();
  if (isFresh(inputs)) {
    process.stderr.write('build: skipped, dist/ is the build of these sources (`npm run build` rebuilds it)\n');
    return 0;
  }
  removeStamp();
  const child = spawn(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code === 0) writeStamp(inputs);
  return code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await buildIfStale();
