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
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
let nodeRequire: NodeJS.Require | undefined;
const scripts = new Map<string, Script>();
const modules = new Map<string, { exports: object }>();

/**
 * A cache file laid out as [header][the chunk's text][V8's data][V8's data again]; returns V8's
 * data when the file is whole, its text is the chunk's text byte for byte (a stale cache of a
 * chunk since rebuilt or edited is not used, even at the same length, which is all V8 checks)
 * and the two copies agree (V8 does not check its data in a release build: a corrupt cache would
 * crash the process rather than be rejected). Two comparisons of memory, much cheaper than a
 * hash computed in JavaScript at every start or loading node:crypto.
 */
export function checkedCache(source: Buffer, cache: Buffer | undefined): Buffer | undefined {
  if (cache === undefined || cache.length < HEADER_BYTES || cache.readUInt32LE(0) !== MAGIC) return undefined;
  const textBytes = cache.readUInt32LE(4);
  const dataBytes = cache.readUInt32LE(8);
  if (textBytes !== source.length || dataBytes === 0 || HEADER_BYTES + textBytes + 2 * dataBytes !== cache.length) return undefined;
  const dataAt = HEADER_BYTES + textBytes;
  if (!source.equals(cache.subarray(HEADER_BYTES, dataAt))) return undefined;
  const data = cache.subarray(dataAt, dataAt + dataBytes);
  return data.equals(cache.subarray(dataAt + dataBytes)) ? data : undefined;
}

/** The cache file of a chunk's text and V8's data for it, as checkedCache reads it. */
export function cacheFile(source: Buffer, data: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(source.length, 4);
  header.writeUInt32LE(data.length, 8);
  return Buffer.concat([header, source, data, data]);
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The compiled chunk, with its cache when there is a good one. */
function compile(name: string): Script {
  let script = scripts.get(name);
  if (script) return script;
  const file = join(DIST, name);
  const source = readFileSync(file);
  const cachedData = checkedCache(source, readCache(`${file}.v8cache`));
  script = new Script(`${WRAP_HEAD}${source.toString('utf8')}${WRAP_TAIL}`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  scripts.set(name, script);
  return script;
}

/** A chunk's require: the other chunks through this loader, anything else (Node's built-ins) through Node's. */
function requireChunk(id: string): unknown {
  if (!id.startsWith('./') || !id.endsWith('.cjs')) return (nodeRequire ??= createRequire(join(DIST, 'boot.cjs')))(id);
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

/** Writes the code cache of every chunk compiled so far (the build, after warming runs). */
export function writeCodeCache(): string[] {
  const written: string[] = [];
  for (const [name, script] of scripts) {
    const file = join(DIST, name);
    writeFileSync(`${file}.v8cache.tmp`, cacheFile(readFileSync(file), script.createCachedData()));
    renameSync(`${file}.v8cache.tmp`, `${file}.v8cache`);
    written.push(name);
  }
  return written;
}
