/**
 * Shared pieces of the robustness tests: scratch folders, fingerprints of a folder (to prove a
 * failed command changed nothing), the shape every error on stderr must have, and the byte-level
 * mutations the fuzz tests apply to good files.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { BIN, baseEnv, type Session } from '../cli/run-humfig.js';

/** A fresh scratch folder; remove it with `removeScratch`. */
export function scratch(prefix = 'humfig-robust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Removes a scratch folder, restoring search/write permission first so nothing is left behind. */
export function removeScratch(dir: string): void {
  const reopen = (d: string): void => {
    try {
      chmodSync(d, 0o755);
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) reopen(join(d, e.name));
    } catch {
      // already gone or not ours
    }
  };
  reopen(dir);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Every entry under `dir` (recursively) with a digest of its content: files by SHA-256,
 * symlinks by target, FIFOs and directories by kind and mode. Never opens a FIFO, never follows
 * a link, skips what cannot be read (files without permission: their size and mode count).
 */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      out[rel || '.'] = 'unreadable dir';
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = lstatSync(p);
      if (e.isSymbolicLink()) out[r] = 'link';
      else if (e.isDirectory()) {
        out[r] = `dir ${st.mode.toString(8)}`;
        walk(p, r);
      } else if (e.isFile()) {
        // a sparse file of hundreds of MiB: size and mtime stand for its content
        if (st.size > 64 * 1024 * 1024) out[r] = `big ${st.size} ${st.mtimeMs}`;
        else {
          try {
            out[r] = `file ${st.mode.toString(8)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
          } catch {
            out[r] = `file ${st.mode.toString(8)} ${st.size} ${st.mtimeMs}`;
          }
        }
      } else out[r] = `special ${st.mode.toString(8)}`;
    }
  };
  walk(dir, '');
  return out;
}

/** Whether this process runs as root (which reads and writes whatever the mode bits say). */
export const IS_ROOT = process.getuid?.() === 0;

/** `setpriv` can drop root to nobody for one command: how EACCES is provoked when tests run as root. */
export const CAN_DROP_ROOT = IS_ROOT && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;

/** Runs the built binary as the unprivileged user nobody (needs CAN_DROP_ROOT). */
export function humfigAsNobody(args: string[], cwd: string): Session {
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], {
    env: baseEnv(),
    cwd,
    input: '',
    encoding: 'utf8',
  });
  return { command: `(as nobody) humfig ${args.join(' ')}`, stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The lines of stderr, without the empty string after the final newline. */
function stderrLines(stderr: string): string[] {
  const lines = stderr.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The error shape of the README: exactly one `humfig: <message>` line, then only indented hint
 * lines; nothing that looks like a stack frame, never an internal error. Returns the message line.
 */
export function expectOneErrorLine(s: Session): string {
  const lines = stderrLines(s.stderr);
  const where = `${s.command}\n--- stderr:\n${s.stderr}`;
  expect(lines.length, where).toBeGreaterThanOrEqual(1);
  // a run with JSON output: every line on stderr is one JSON object, an error or a note
  if (lines[0]!.startsWith('{')) {
    for (const line of lines) {
      const o = JSON.parse(line) as { error?: { message?: unknown }; note?: { message?: unknown } };
      expect(typeof (o.error?.message ?? o.note?.message), where).toBe('string');
    }
    return lines[0]!;
  }
  expect(lines[0], where).toMatch(/^humfig: \S/);
  expect(lines[0], where).not.toMatch(/internal error/);
  for (const hint of lines.slice(1)) expect(hint, where).toMatch(/^ {2}\S/);
  for (const line of lines) expect(line, where).not.toMatch(/^\s+at /);
  expect(s.stderr, where).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  return lines[0]!;
}

/** No stack trace and no internal error anywhere on stderr. */
export function expectNoTrace(s: Session): void {
  const where = `${s.command}\n--- stderr:\n${s.stderr}`;
  for (const line of stderrLines(s.stderr)) expect(line, where).not.toMatch(/^\s+at /);
  expect(s.stderr, where).not.toMatch(/internal error|Error:|node:internal/);
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Characters that matter to JSON, CSV, HXL or the batch line grammar, and tokens that stress them. */
const SIGNIFICANT = [
  '{', '}', '[', ']', '"', ',', ':', '\\', '/', '*', '-', '+', '.', 'e', 'E', '0', '9', "'", '#',
  '\n', '\r', '\r\n', '\t', ' ', '\u0000', '\u001b', '\ufeff', '\u2028', '\u202e', 'NaN', 'Infinity', '1e400', '-0',
  '9007199254740993', 'null', 'true', '"__proto__":', '"constructor":', '{"__proto__":{"polluted":1}}', '\\u0000', '\\ud800',
  'N/A', '<Cube>', '</Cube>', "<Cube time='2023-02-29'>", '<!--', '""', '"a",', '+hh', '#affected', 'million', ',,,,',
];

/** One edit of a byte string; positions are fractions of the length so they fit any input. */
export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; from: number; length: number; to: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'unicode'; at: number; text: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 24 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.constantFrom(...SIGNIFICANT) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), from: fraction, length: fc.integer({ min: 1, max: 80 }), to: fraction }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unicode' as const), at: fraction, text: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) }), weight: 2 },
);

/** One to four edits. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

const pos = (f: number, length: number): number => Math.min(length, Math.floor(f * (length + 1)));

/** Applies the edits to a copy of `input`, in order. */
export function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let b = Buffer.from(input);
  for (const m of mutations) {
    switch (m.kind) {
      case 'flip': {
        if (b.length === 0) break;
        const i = Math.min(b.length - 1, Math.floor(m.at * b.length));
        b[i] = b[i]! ^ (1 << m.bit);
        break;
      }
      case 'delete': {
        const i = pos(m.at, b.length);
        b = Buffer.concat([b.subarray(0, i), b.subarray(i + m.length)]);
        break;
      }
      case 'insert':
      case 'unicode': {
        const i = pos(m.at, b.length);
        b = Buffer.concat([b.subarray(0, i), Buffer.from(m.text, 'utf8'), b.subarray(i)]);
        break;
      }
      case 'duplicate': {
        const i = pos(m.from, b.length);
        const span = b.subarray(i, i + m.length);
        const j = pos(m.to, b.length);
        b = Buffer.concat([b.subarray(0, j), span, b.subarray(j)]);
        break;
      }
      case 'truncate':
        b = b.subarray(0, pos(m.at, b.length));
        break;
    }
  }
  return b;
}

/** Describes edits compactly for a failure message. */
export function describeMutations(ms: readonly Mutation[]): string {
  return ms.map((m) => JSON.stringify(m)).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Structured edits: change one value of a parsed document and write it back, so that fuzzing
// reaches the schema and the cross-record rules, not only the JSON syntax

/** A value to put in a document: a JSON value, or raw text that JSON.stringify cannot make (NaN, 1e400, a nested __proto__). */
export type EditValue = { json: unknown } | { raw: string };

export interface Edit {
  /** choices along a random walk from the root (each taken modulo the number of children) */
  path: number[];
  op: 'replace' | 'delete' | 'add';
  /** the key for 'add' on an object: may repeat an existing key or be __proto__ */
  key: string;
  value: EditValue;
}

const RAW_VALUES = ['NaN', 'Infinity', '1e400', '-0', '9007199254740993', '-1', '1e-400', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '[[[[[[[[[[]]]]]]]]]]'];
const ODD_STRINGS = [
  '', ' ', '2023-02-29', '2023-13-01', '2023-09-31', '2023', '2023-9-1', 'residents', 'residentа', 'resi dents', 'a\u0007b', '\u202eevil', 'x'.repeat(3000),
  'article-2023-10-01', 'sources/../../etc/passwd', '/etc/passwd', 'sources/nagorno-karabakh-2023-10-01.txt', 'sources', 'ARM', 'nagorno-karabakh',
  'CHF', 'USD', 'XXX', 'person', 'household', 'ton', 'approximately', 'more-than', 'exact', 'humfig-facts/1', 'https://example.org/', 'javascript:alert(1)',
  '120,000', '1.0957', '0', '-1', '3.6',
];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'value', 'source', 'text', 'low', 'high', 'quote', 'rates', 'USD', 'EUR', 'extra', 'a\nb'];

export const editArb: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { maxLength: 6 }),
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add'),
  key: fc.constantFrom(...ODD_KEYS),
  value: fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })), weight: 2 },
    { arbitrary: fc.constantFrom(...ODD_STRINGS).map((json) => ({ json })), weight: 3 },
    { arbitrary: fc.constantFrom(0, 1, 0.5, 120000, 2 ** 53 - 1, 2 ** 53 + 2, 1e308, -5, 3.6).map((json) => ({ json })), weight: 2 },
    { arbitrary: fc.constantFrom(...RAW_VALUES).map((raw) => ({ raw })), weight: 2 },
    { arbitrary: fc.constantFrom(null, true, [], {}).map((json) => ({ json })), weight: 1 },
  ),
});

/** Applies the edits to the JSON text `text` (a valid document) and returns the new text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let root: unknown = JSON.parse(text);
  const raws: string[] = [];
  const keys: string[] = [];
  const valueOf = (v: EditValue): unknown => {
    if ('json' in v) return structuredClone(v.json);
    raws.push(v.raw);
    return `\u0000RAW${raws.length - 1}\u0000`;
  };
  for (const e of edits) {
    let parent: Record<string, unknown> | unknown[] | undefined;
    let at: string | number | undefined;
    let node: unknown = root;
    for (const c of e.path) {
      if (Array.isArray(node) && node.length > 0) {
        parent = node;
        at = c % node.length;
        node = node[at];
      } else if (node !== null && typeof node === 'object' && Object.keys(node).length > 0) {
        const ks = Object.keys(node);
        parent = node as Record<string, unknown>;
        at = ks[c % ks.length]!;
        node = Object.getOwnPropertyDescriptor(node, at)!.value;
      } else break;
    }
    const set = (target: object, key: string | number, value: unknown) =>
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    if (e.op === 'replace') {
      if (parent === undefined) root = valueOf(e.value);
      else set(parent, at!, valueOf(e.value));
    } else if (e.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(at as number, 1);
      else if (parent !== undefined) delete (parent as Record<string, unknown>)[at as string];
    } else if (Array.isArray(node)) {
      node.push(valueOf(e.value));
    } else if (node !== null && typeof node === 'object') {
      keys.push(e.key);
      set(node, `\u0000KEY${keys.length - 1}\u0000`, valueOf(e.value));
    }
  }
  let out = JSON.stringify(root, null, 2) ?? 'null';
  raws.forEach((raw, i) => {
    out = out.split(`"\\u0000RAW${i}\\u0000"`).join(raw);
  });
  keys.forEach((key, i) => {
    out = out.split(`"\\u0000KEY${i}\\u0000"`).join(JSON.stringify(key));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Running the binary with a time limit

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** ms; a run that takes longer is killed and reported as code null, signal SIGKILL */
  timeout?: number;
}

export interface TimedSession extends Session {
  signal: NodeJS.Signals | null;
  ms: number;
}

/**
 * Runs `humfig ...args` like run-humfig.ts does, but with a time limit (a FIFO must not hang
 * the suite) and rerun when another engineer's build removed dist/ for a moment.
 */
export function run(args: string[], options: RunOptions = {}): TimedSession {
  for (let attempt = 0; ; attempt++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], {
      env: baseEnv(options.env),
      cwd: options.cwd,
      input: options.input ?? '',
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: options.timeout ?? 30_000,
      killSignal: 'SIGKILL',
    });
    const s: TimedSession = { command: `humfig ${args.map((a) => (/^[\w./=:,+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`, stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status, signal: r.signal, ms: performance.now() - t0 };
    if (attempt < 10 && /ERR_MODULE_NOT_FOUND/.test(s.stderr)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      continue;
    }
    return s;
  }
}
