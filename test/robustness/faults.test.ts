/**
 * Faults around output: a closed stdout, a full pipe read slowly, signals during long output,
 * a reader that goes away (SIGPIPE), and output files that cannot be written (a full file
 * system simulated with RLIMIT_FSIZE, devices, FIFOs, links). Cases that show a broken
 * promise run as `it.fails` with a `// BUG:` comment.
 *
 * What only a process shows (closed descriptors, signals, a pipe that fills or closes, a
 * resource limit, a FIFO that could block) runs the binary; output files refused for what they
 * are (a missing folder, a read-only file system, a device, a link) run the built program
 * in-process (test/cli/in-process.ts), in the case's folder.
 *
 * Never point --out at the real /dev/null or /dev/full: run as root, humfig replaces them with a
 * regular file (see the BUG below). The device cases use a node made with mknod in a scratch folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, baseEnv, shellAsync, type Session } from '../cli/run-humfig.js';
import { humfig } from '../cli/in-process.js';
import { expectNoTrace, expectOneErrorLine, fingerprint, IS_ROOT, removeScratch, scratch } from './helpers.js';

const HXL = join(FIXTURES, 'hxl', 'hdx-wide-displacement.csv');
const RATES_CSV = join(FIXTURES, 'rates', 'eurofxref-hist.csv');
const BUNDLED_IDS = ['residents', 'displaced-population', 'temporary-housing', 'armenia-population', 'appeal-amount', 'un-access-gap', 'offensive-duration', 'enclave-held'];

let dir: string;
beforeAll(() => {
  dir = scratch('humfig-faults-');
});
afterAll(() => removeScratch(dir));

/** A bash script in which `humfig` is the built binary; pipefail on. Not blocking: the cases of a describe run side by side. */
function bash(script: string, cwd = dir): Promise<Session> {
  return shellAsync(script, { cwd });
}

/** Starts humfig with pipes on all three streams. */
function start(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { env: baseEnv(), cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Files in the folder whose names look like humfig's temporary files (`.name.pid.hex.tmp`). */
function tempFiles(folder: string): string[] {
  return readdirSync(folder).filter((f) => /^\..*\.\d+\.[0-9a-f]{8}\.tmp$/.test(f));
}

describe.concurrent('stdout closed (>&-)', () => {
  it('humfig list >&- ends quietly with exit 0 (Node gives a closed fd 1 to /dev/null, so the output is discarded)', async () => {
    const s = await bash('humfig list >&-');
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toBe('');
  });

  it('get --batch >&- does the same; an error still exits with its code and its one line', async () => {
    const batch = await bash("printf 'residents\\nnope\\n' | humfig get --batch --json >&-");
    expect(batch.code).toBe(65);
    expect(JSON.parse(batch.stderr)).toEqual({ note: { message: '1 of 2 lines failed' } });
    const missing = await bash('humfig list --facts missing.json >&-');
    expect(missing.code).toBe(66);
    expectOneErrorLine(missing);
  });

  it('stdout and stderr both closed: the exit code alone tells', async () => {
    // (exit 0 with both closed is 'list >&-' above: nothing is written to stderr either way)
    expect((await bash('humfig list --facts missing.json >&- 2>&-')).code).toBe(66);
  });
});

describe('a full pipe read slowly', () => {
  it('get --batch --json with 20,000 lines (about 20 MB out): every line arrives, in order, with error records in place', async () => {
    const N = 20_000;
    const ids = (i: number) => (i % 13 === 12 ? `nope-${i}` : BUNDLED_IDS[i % BUNDLED_IDS.length]!);
    const input = Array.from({ length: N }, (_, i) => ids(i)).join('\n') + '\n';
    const p = start(['get', '--batch', '--json']);
    p.stdin.end(input);
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    const chunks: Buffer[] = [];
    let reads = 0;
    // read one chunk, then wait: the pipe stays full and humfig must wait for 'drain'
    p.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      if (++reads % 4 === 0) {
        p.stdout.pause();
        setTimeout(() => p.stdout.resume(), 2);
      }
    });
    const code = await new Promise<number | null>((resolve) => p.on('close', (c) => resolve(c)));
    const lines = Buffer.concat(chunks).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBe(N);
    const failed = Math.floor(N / 13);
    expect(code, stderr).toBe(65);
    expect(JSON.parse(stderr)).toEqual({ note: { message: `${failed} of ${N} lines failed` } });
    for (let i = 0; i < N; i++) {
      const o = JSON.parse(lines[i]!) as { id?: string; error?: { line: number; input: string } };
      if (i % 13 === 12) expect(o.error, `line ${i + 1}`).toMatchObject({ line: i + 1, input: `nope-${i}` });
      else if (o.id !== ids(i)) expect.fail(`line ${i + 1}: expected ${ids(i)}, got ${lines[i]!.slice(0, 80)}`);
    }
    expect(reads).toBeGreaterThan(100);
  });
});

describe.concurrent('signals during long output', () => {
  // a long run: an endless stream of ids whose output nobody reads after the first chunk
  const interrupt = (signal: NodeJS.Signals) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
      const p = start(['get', '--batch', '--json']);
      const line = Buffer.from('residents\n'.repeat(10_000));
      const feed = () => {
        while (p.stdin.writable && p.stdin.write(line));
      };
      p.stdin.on('drain', feed);
      p.stdin.on('error', () => {});
      feed();
      let stderr = '';
      p.stderr.on('data', (d: Buffer) => (stderr += d));
      p.stdout.once('data', () => {
        p.stdout.pause(); // the pipe fills up: humfig is blocked writing
        setTimeout(() => p.kill(signal), 200);
      });
      p.on('close', (code, sig) => resolve({ code, signal: sig, stderr }));
    });

  it('SIGINT: exit 130, nothing on stderr', async () => {
    const r = await interrupt('SIGINT');
    expect(r).toEqual({ code: 130, signal: null, stderr: '' });
  });

  // SIGTERM (exit 143): test/cli/scripting.test.ts, on a batch waiting for input

  it('SIGINT while a big table is being written (rates list since 2020, about 1.5 MB)', async () => {
    const p = start(['rates', 'list', '--from', '2020-01-01', '--format', 'csv']);
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d));
    p.stdout.once('data', () => {
      p.stdout.pause();
      setTimeout(() => p.kill('SIGINT'), 200);
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => p.on('close', (c, s) => resolve([c, s])));
    expect({ code, signal, stderr }).toEqual({ code: 130, signal: null, stderr: '' });
  });
});

describe.concurrent('a reader that goes away (SIGPIPE / EPIPE)', () => {
  it.each([
    ['humfig list --format ndjson | head -1'],
    // each far more output than a pipe holds (64 KiB)
    ['humfig rates list --from 2020-01-01 --format csv | head -c 100'],
    ["yes residents 2>/dev/null | head -n 20000 | humfig get --batch --json | head -1"],
    // convert --batch writes through the same batch loop as get --batch: test/slow/epipe.test.ts
  ])('%s: exit 0, nothing on stderr', async (script) => {
    // the first command of the pipeline is humfig's input; with pipefail, only humfig's own status matters
    const s = await bash(`${script} > /dev/null; echo "status: \${PIPESTATUS[*]}" >&2`);
    const statuses = /status: ([\d ]+)/.exec(s.stderr)?.[1]?.split(' ').map(Number) ?? [];
    const humfigIndex = script.split('|').findIndex((part) => part.includes('humfig '));
    expect(statuses[humfigIndex], s.stderr).toBe(0);
    expect(s.stderr.replace(/status: .*\n/, '')).toBe('');
  });
});

describe.concurrent('output files that cannot be written', () => {
  /** A fresh folder with an existing output file, to prove it is left as it was. */
  const folder = (name: string) => {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    return d;
  };

  it('a full file system (RLIMIT_FSIZE 1 KiB, EFBIG): import hxl exits 73 with the reason in words, the old output and the folder left as they were', async () => {
    const d = folder('fsize-hxl');
    writeFileSync(join(d, 'out.json'), 'the old output\n');
    const before = fingerprint(d);
    const s = await bash(`ulimit -f 1; humfig import hxl ${JSON.stringify(HXL)} --out out.json`, d);
    expect(s.code, s.stderr).toBe(73);
    const line = expectOneErrorLine(s);
    expect(line).toBe('humfig: cannot write out.json: the file would exceed the size this system allows (EFBIG)');
    expect(s.stdout).toBe('');
    expect(fingerprint(d)).toEqual(before);
    expect(tempFiles(d)).toEqual([]);
  });

  it('a full file system: rates import merging into an existing file exits 73 and leaves it as it was', async () => {
    const d = folder('fsize-rates');
    // a small valid rates file to merge into; the merged history is far over the limit
    const seed = await humfig(['rates', 'import', join(FIXTURES, 'rates', 'eurofxref.csv'), '--out', 'rates.json'], { cwd: d });
    expect(seed.code, seed.stderr).toBe(0);
    const before = fingerprint(d);
    const s = await bash(`ulimit -f 1; humfig rates import ${JSON.stringify(join(FIXTURES, 'rates', 'eurofxref-hist.xml'))} --out rates.json`, d);
    expect(s.code, s.stderr).toBe(73);
    expect(expectOneErrorLine(s)).toMatch(/^humfig: cannot write rates\.json: /);
    expect(fingerprint(d)).toEqual(before);
    expect(tempFiles(d)).toEqual([]);
  });

  it('rates import --out naming its own input: exit 73, as extract and import hxl, the input left as it was', async () => {
    const d = folder('rates-onto-input');
    const input = join(d, 'amd.csv');
    writeFileSync(input, 'date,currency,rate\n2023-09-28,AMD,400\n');
    const s = await humfig(['rates', 'import', 'amd.csv', '--base', 'USD', '--source', 'cba', '--out', 'amd.csv'], { cwd: d });
    expect(s.code, s.stderr).toBe(73);
    expect(expectOneErrorLine(s)).toBe('humfig: cannot write amd.csv: it is the input file amd.csv; give --out another file name');
    expect(readFileSync(input, 'utf8')).toBe('date,currency,rate\n2023-09-28,AMD,400\n');
  });

  it('--out in a missing folder: exit 73, nothing created', async () => {
    const d = folder('missing-folder');
    const s = await humfig(['rates', 'import', RATES_CSV, '--out', 'nowhere/rates.json'], { cwd: d });
    expect(s.code).toBe(73);
    expect(expectOneErrorLine(s)).toBe('humfig: cannot write nowhere/rates.json: no such file');
    expect(readdirSync(d)).toEqual([]);
  });

  it('--out on a read-only file system (sysfs): exit 73, nothing left', async () => {
    const s = await humfig(['import', 'hxl', HXL, '--out', '/sys/humfig-out.json']);
    expect(s.code).toBe(73);
    expect(expectOneErrorLine(s)).toMatch(/^humfig: cannot write \/sys\/humfig-out\.json: (permission denied|the file system is read-only)$/);
    expect(existsSync('/sys/humfig-out.json')).toBe(false);
  });

  // mknod needs root
  it.skipIf(!IS_ROOT)('rates import --out <a character device>: refused (exit 73), the device is untouched', async () => {
    const d = folder('device-rates');
    expect(spawnSync('mknod', [join(d, 'full'), 'c', '1', '7']).status).toBe(0);
    const s = await humfig(['rates', 'import', RATES_CSV, '--out', 'full'], { cwd: d });
    expect(s.code).toBe(73);
    expect(expectOneErrorLine(s)).toBe('humfig: cannot write full: it is not a regular file (a device or a FIFO?); humfig writes only regular files');
    expect(lstatSync(join(d, 'full')).isCharacterDevice()).toBe(true);
  });

  // found by this suite: a rename over the device node replaced /dev/null itself
  // mknod needs root
  it.skipIf(!IS_ROOT)('import hxl --out <a character device>: exit 73 and the device is left as it was', async () => {
    const d = folder('device-hxl');
    expect(spawnSync('mknod', [join(d, 'full'), 'c', '1', '7']).status).toBe(0);
    const s = await humfig(['import', 'hxl', HXL, '--out', 'full'], { cwd: d });
    try {
      expect(lstatSync(join(d, 'full')).isCharacterDevice(), 'the device node was replaced by a regular file').toBe(true);
      expect(s.code).toBe(73);
    } finally {
      expect(tempFiles(d)).toEqual([]);
    }
  });

  it('import hxl --out <a FIFO>: exit 73 and the FIFO is left in place', async () => {
    const d = folder('fifo-hxl');
    expect(spawnSync('mkfifo', [join(d, 'out')]).status).toBe(0);
    const s = await bash(`humfig import hxl ${JSON.stringify(HXL)} --out out`, d);
    expect(lstatSync(join(d, 'out')).isFIFO(), 'the FIFO was replaced by a regular file').toBe(true);
    expect(s.code).toBe(73);
  });

  // found by a review: "import hxl - --out in.csv < in.csv" replaced the file it was reading
  it('import hxl and extract of standard input --out the file standard input reads: exit 73, the file as it was', async () => {
    const d = folder('stdin-is-out');
    writeFileSync(join(d, 'in.csv'), readFileSync(HXL));
    const s = await bash(`humfig import hxl - --as-of 2024 --out in.csv < in.csv`, d);
    expect(s.code).toBe(73);
    expect(s.stderr).toContain('humfig: cannot write in.csv: it is the file standard input reads; give --out another file name');
    expect(readFileSync(join(d, 'in.csv'), 'utf8')).toBe(readFileSync(HXL, 'utf8'));
    writeFileSync(join(d, 'report.txt'), 'Floods in Pell displaced 2,000 people.\n');
    const e = await bash(`humfig extract - --out report.txt < report.txt`, d);
    expect(e.code).toBe(73);
    expect(readFileSync(join(d, 'report.txt'), 'utf8')).toBe('Floods in Pell displaced 2,000 people.\n');
    // (from a pipe, as ever: written)
    expect((await bash(`cat in.csv | humfig import hxl - --as-of 2024 --out out.json`, d)).code).toBe(0);
    expect(tempFiles(d)).toEqual([]);
  });

  // found by a review: --out /dev/stdout, a link to the terminal or a pipe, was replaced by a regular file
  it('import hxl and extract --out <a link to a FIFO, a device or a pipe>: exit 73, the link and its target left as they were', async () => {
    const d = folder('symlink-to-special');
    expect(spawnSync('mkfifo', [join(d, 'fifo')]).status).toBe(0);
    symlinkSync('fifo', join(d, 'to-fifo'));
    symlinkSync('/dev/null', join(d, 'to-null'));
    symlinkSync('/proc/self/fd/1', join(d, 'to-stdout'));
    symlinkSync('.', join(d, 'to-dir'));
    for (const link of ['to-fifo', 'to-null', 'to-stdout']) {
      const s = await humfig(['import', 'hxl', HXL, '--out', link], { cwd: d });
      expect(s.code, `${link}: ${s.stderr}`).toBe(73);
      expect(expectOneErrorLine(s)).toBe(`humfig: cannot write ${link}: it is a link to a device, a FIFO or a terminal, not a regular file; humfig writes only regular files (leave out --out to write to standard output)`);
      expect(lstatSync(join(d, link)).isSymbolicLink(), `${link} was replaced`).toBe(true);
    }
    const e = await humfig(['extract', join(FIXTURES, 'extract', 'wire-ostrel-valley.txt'), '--out', 'to-null'], { cwd: d });
    expect(e.code).toBe(73);
    expect((await humfig(['import', 'hxl', HXL, '--out', 'to-dir'], { cwd: d })).code).toBe(73);
    expect(lstatSync(join(d, 'fifo')).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(tempFiles(d)).toEqual([]);
  });

  it('import hxl --out <a symlink>: the link itself is replaced by the new file; its target is not touched (documented here, not a promise of the README)', async () => {
    const d = folder('symlink-hxl');
    writeFileSync(join(d, 'target.json'), 'old\n');
    symlinkSync('target.json', join(d, 'link.json'));
    const s = await humfig(['import', 'hxl', HXL, '--out', 'link.json'], { cwd: d });
    expect(s.code, s.stderr).toBe(0);
    expect(lstatSync(join(d, 'link.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(d, 'target.json'), 'utf8')).toBe('old\n');
    expectNoTrace(s);
  });
});
