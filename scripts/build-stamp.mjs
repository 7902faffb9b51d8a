// Whether dist/ is the build of the sources as they are now, so that `npm test` can skip a build
// that would write the same files again.
//
// The stamp (dist/build-stamp.json) is written by the build itself (scripts/build.mjs), into the
// folder it builds before that folder becomes dist/, so a stamp always describes the dist/ it sits
// in, even when two builds run at once. It holds two digests:
// - the inputs, taken BEFORE the build started: every file under src/, scripts/ and data/,
//   package.json, package-lock.json, tsconfig.json (esbuild reads it) and npm's record of what is
//   installed (node_modules/.package-lock.json, which `npm ci` and `npm install` rewrite: the
//   bundled dependencies), HUMFIG_BUILD_READABLE, the one variable the build reads, and the Node
//   that built (the code cache is made for one V8);
// - the outputs: every other file under dist/, and man/humfig.1, as the build wrote them.
// The build is skipped only when both digests match what is on disk now. A source edited during
// a build, a file added or removed anywhere in those folders, a reinstalled dependency, another
// Node, or an output deleted or changed by hand each make a digest differ, and the build runs. A
// dependency edited by hand inside node_modules is not seen: run `npm run build` after that.
//
// What is under the input folders is read as the build would: a symlinked folder is followed
// (once: a link back up is not followed again), a dangling link or a FIFO, socket or device
// counts by its name and kind (the build cannot read it as source either, and reading a FIFO
// would wait forever). A file or folder that cannot be read is named on stderr: the build runs,
// and its result is not stamped.
//
// `node scripts/build-stamp.mjs` builds when the stamp says dist/ is stale (npm test, test:slow
// and test:corpus do it this way); `npm run build` always builds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The stamp's name inside dist/. */
export const STAMP_NAME = 'build-stamp.json';
const INPUT_DIRS = ['src', 'scripts', 'data'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];
const MAN_PAGE = join('man', 'humfig.1');

/** What an fs error says, short: "EACCES: permission denied". */
const why = (err) => (err?.code ? `${err.code}${err.syscall ? ` on ${err.syscall}` : ''}` : String(err?.message ?? err));

/**
 * The digest of the folders `dirs` and files `files` (paths from `root`): each entry's path, kind
 * and, for a regular file, its bytes. Walks iteratively (no recursion), in sorted order.
 * @returns {{ digest: string, problems: string[] }} problems: what could not be read, one line each
 */
export function treeDigest(root, dirs, files, skip = () => false) {
  /** [path from root, kind, absolute path to read or undefined] */
  const entries = [];
  const problems = [];
  const seen = new Set();
  const pending = [];
  const add = (abs, kind) => entries.push([relative(root, abs).split(sep).join('/'), kind, abs]);
  /** classifies `abs` (already known not to be a plain folder) by what it leads to */
  const classify = (abs, followed) => {
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      if (err?.code === 'ENOENT' || err?.code === 'ELOOP' || err?.code === 'ENOTDIR') {
        let target = '';
        try {
          target = readlinkSync(abs);
        } catch {
          // not a link: it vanished while being read
        }
        add(abs, followed ? `dangling link to ${target}` : 'missing');
        return;
      }
      problems.push(`${relative(root, abs)}: ${why(err)}`);
      return;
    }
    if (st.isDirectory()) pending.push(abs);
    else if (st.isFile()) add(abs, 'file');
    else add(abs, st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'device');
  };
  for (const d of dirs) {
    const abs = join(root, d);
    classify(abs, false);
  }
  for (const f of files) classify(join(root, f), false);
  while (pending.length > 0) {
    const d = pending.pop();
    let real;
    let list;
    try {
      real = realpathSync(d);
      if (seen.has(real)) {
        add(d, `folder read already as ${relative(root, real) || '.'}`);
        continue;
      }
      seen.add(real);
      list = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      problems.push(`${relative(root, d)}/: ${why(err)}`);
      continue;
    }
    for (const e of list) {
      const p = join(d, e.name);
      if (skip(p)) continue;
      if (e.isDirectory()) pending.push(p);
      else if (e.isFile()) add(p, 'file');
      else if (e.isSymbolicLink()) classify(p, true);
      else add(p, e.isFIFO() ? 'fifo' : e.isSocket() ? 'socket' : 'device');
    }
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const hash = createHash('sha256');
  for (const [name, kind, abs] of entries) {
    hash.update(`${name}\0${kind}\0`);
    if (kind === 'file') {
      try {
        hash.update(readFileSync(abs));
      } catch (err) {
        problems.push(`${name}: ${why(err)}`);
      }
    }
    hash.update('\0');
  }
  return { digest: hash.digest('hex'), problems };
}

/**
 * The digest of the build's inputs in the project at `root` as they are now.
 * @returns {{ digest: string, problems: string[] }}
 */
export function readInputs(root = ROOT) {
  const { digest, problems } = treeDigest(root, INPUT_DIRS, INPUT_FILES);
  return { digest: `${digest} readable=${process.env.HUMFIG_BUILD_READABLE ?? ''} node=${process.version} ${process.arch}`, problems };
}

/** The digest of a built folder `dist` (its stamp aside) and of the manual page in the project at `root`. */
export function outputsDigest(dist, root = ROOT) {
  const stamp = join(dist, STAMP_NAME);
  const built = treeDigest(dist, ['.'], [], (p) => p === stamp);
  const man = treeDigest(root, [], [MAN_PAGE]);
  return `${built.digest} ${man.digest}${built.problems.length + man.problems.length > 0 ? ' unreadable' : ''}`;
}

/** The stamp's text for a build of `inputs` into the folder `dist` (written into it, last). */
export function stampText(inputs, dist, root = ROOT) {
  return `${JSON.stringify({ inputs, outputs: outputsDigest(dist, root) })}\n`;
}

/** Whether dist/ and man/ of the project at `root` are the build of `inputs` (a digest from readInputs()). */
export function isFresh(inputs, root = ROOT) {
  const dist = join(root, 'dist');
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(dist, STAMP_NAME), 'utf8'));
  } catch {
    return false;
  }
  return stamp?.inputs === inputs && stamp.outputs === outputsDigest(dist, root);
}

/** The lines that say which inputs could not be read, and what that means. */
export function problemLines(problems) {
  return problems.map((p) => `build: cannot read ${p}; the build runs, and dist/ will not be marked as its build\n`).join('');
}

/**
 * Builds unless dist/ is already the build of the sources as they are; resolves with the build's
 * exit code (0 when skipped). The build's own output goes to this process's stdout and stderr.
 */
export async function buildIfStale(root = ROOT) {
  const { digest, problems } = readInputs(root);
  if (problems.length === 0 && isFresh(digest, root)) {
    process.stderr.write('build: skipped, dist/ is the build of these sources (`npm run build` rebuilds it)\n');
    return 0;
  }
  const child = spawn(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (c) => resolve(c ?? 1));
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await buildIfStale();
