/**
 * Loads the built program (dist/*.cjs: the code-split chunks of cli.ts as CommonJS) with V8's
 * code cache, so that a start compiles little: each chunk the build warmed has a `.v8cache` file
 * beside it with the bytecode of the functions a frequent call runs (scripts/code-cache.mjs).
 * A cache is used only when it is whole and was made from the very text of its chunk; V8 itself
 * rejects one made by another Node or with other V8 flags. Otherwise the chunk is compiled as
 * Node would, with the same result: the cache changes how fast a call starts, never what it does.
 *
 * bin/humfig.js calls run() once; dist/cli.js (the program as an ES module, which the in-process
 * tests evaluate once per run) calls it once per evaluation. The entry chunk, cli.cjs, is run
 * afresh on each call, the other chunks once, as Node's own loader would keep them.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** The first four bytes of a cache file: "HFC1". */
const MAGIC = 0x31434648;
/** magic, length of the chunk's text, length of V8's data (twice: see checkedCache) */
const HEADER_BYTES = 12;

/** The module wrapper of Node's CommonJS loader (Module.wrap), so that a chunk sees what it would there. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';

type ChunkFunction = (exports: object, require: (id: string) => unknown, module: { exports: object }, filename: string, dirname: string) => void;

/** dist/, where this module is built (boot.cjs) beside the chunks */
const DIST = typeof __dirname === 'string' ? __dirname : '';
const scripts = new Map<string, Script>();
const modules = new Map<string, { exports: object }>();

/** The length of V8's data that a cache file's header gives, when it fits the chunk and the file's size. */
function dataLength(source: Buffer, header: Buffer, fileBytes: number): number | undefined {
  if (header.readUInt32LE(0) !== MAGIC || header.readUInt32LE(4) !== source.length) return undefined;
  const dataBytes = header.readUInt32LE(8);
  return dataBytes > 0 && HEADER_BYTES + source.length + 2 * dataBytes === fileBytes ? dataBytes : undefined;
}

/**
 * The cache file of a chunk's text and V8's data for it: [header][the chunk's text][V8's data]
 * [V8's data again]. Its data is used (readCache) when the file is whole, its text is the chunk's
 * text byte for byte (a stale cache of a chunk since rebuilt or edited is not used, even at the
 * same length, which is all V8 checks) and the two copies agree (V8 does not check its data in a
 * release build: a corrupt cache would crash the process rather than be rejected). Comparing
 * bytes is much cheaper than a hash computed in JavaScript at every start, or than loading
 * node:crypto.
 */
export function cacheFile(source: Buffer, data: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(source.length, 4);
  header.writeUInt32LE(data.length, 8);
  return Buffer.concat([header, source, data, data]);
}

/** A buffer that readCache reads the parts it only compares into, piece by piece. */
let scratch: Buffer | undefined;
const SCRATCH_BYTES = 64 * 1024;

/**
 * V8's data in the cache file at `path` for the chunk's text `source`, when it is good (see
 * cacheFile), else undefined; read so that only V8's data takes new memory: the chunk's text and the second copy pass through one small buffer, compared piece by
 * piece (on a virtual machine, touching fresh memory costs more than reading the file twice).
 */
export function readCache(path: string, source: Buffer): Buffer | undefined {
  let fd: number;
  try {
    // (without waiting: a FIFO in its place would otherwise block the start until a writer came)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const buf = (scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES));
    if (readSync(fd, buf, 0, HEADER_BYTES, 0) !== HEADER_BYTES) return undefined;
    const dataBytes = dataLength(source, buf.subarray(0, HEADER_BYTES), stat.size);
    if (dataBytes === undefined) return undefined;
    /** whether the `bytes` bytes of the file from `at` on are those of `expected` */
    const same = (at: number, expected: Buffer): boolean => {
      for (let done = 0; done < expected.length; ) {
        const n = readSync(fd, buf, 0, Math.min(SCRATCH_BYTES, expected.length - done), at + done);
        if (n <= 0 || buf.compare(expected, done, done + n, 0, n) !== 0) return false;
        done += n;
      }
      return true;
    };
    if (!same(HEADER_BYTES, source)) return undefined;
    const dataAt = HEADER_BYTES + source.length;
    const data = Buffer.allocUnsafeSlow(dataBytes);
    if (readSync(fd, data, 0, dataBytes, dataAt) !== dataBytes) return undefined;
    return same(dataAt + dataBytes, data) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The compiled chunk, with its cache when there is a good one. */
function compile(name: string): Script {
  let script = scripts.get(name);
  if (script) return script;
  const file = join(DIST, name);
  let source: Buffer;
  try {
    source = readFileSync(file);
  } catch (err) {
    // a copy of the program with a file missing (an install cut short, a file deleted by hand)
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new Error(`the program in ${DIST} is incomplete: cannot read ${name} (${code}); reinstall humfig, or run \`npm run build\` in a clone`);
  }
  const cachedData = readCache(`${file}.v8cache`, source);
  script = new Script(`${WRAP_HEAD}${source.toString('utf8')}${WRAP_TAIL}`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  scripts.set(name, script);
  return script;
}

/**
 * A chunk's require: the other chunks through this loader, anything else (Node's built-ins)
 * through the require Node gave this module (boot.cjs), as dist/ is where the chunks are too.
 */
function requireChunk(id: string): unknown {
  if (!id.startsWith('./') || !id.endsWith('.cjs')) return require(id);
  const name = id.slice(2);
  return modules.get(name)?.exports ?? evaluate(name);
}

function evaluate(name: string): object {
  const module = { exports: {} };
  // before it runs, as Node does: a chunk that requires it back gets what it has exported so far
  modules.set(name, module);
  (compile(name).runInThisContext() as ChunkFunction).call(module.exports, module.exports, requireChunk, module, join(DIST, name), DIST);
  return module.exports;
}

/** Runs the program once, with the command line and environment of the process; settles when it has finished. */
export function run(): Promise<void> {
  return (evaluate('cli.cjs') as { done: Promise<void> }).done;
}

/**
 * Writes the code cache of every chunk compiled so far (the build, after warming runs). Each file
 * is written under a name of its own, then renamed: a reader never sees half of one, and two
 * writers at once each put a whole one in place.
 */
export function writeCodeCache(): string[] {
  const written: string[] = [];
  for (const [name, script] of scripts) {
    const file = join(DIST, name);
    const tmp = `${file}.v8cache.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(tmp, cacheFile(readFileSync(file), script.createCachedData()), { flag: 'wx' });
      renameSync(tmp, `${file}.v8cache`);
    } finally {
      rmSync(tmp, { force: true });
    }
    written.push(name);
  }
  return written;
}
