/**
 * The build stamp (scripts/build-stamp.mjs) reads what is under src/, scripts/ and data/ as the
 * build would, whatever is there: a symlinked folder is followed (an edit inside it is an edit),
 * a dangling or looping link, a FIFO or a socket counts by its name and kind without being read
 * (reading a FIFO waits forever), and what cannot be read is named rather than thrown. The build
 * itself, stopped and run twice at once: test/slow/build.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../scripts/build-stamp.mjs';

const base = mkdtempSync(join(tmpdir(), 'humfig-stamp-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let projects = 0;
/** A project folder with src/a.ts and data/x.json */
function project(): string {
  const root = join(base, String(++projects));
  mkdirSync(join(root, 'src'), { recursive: true });
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'data', 'x.json'), '{}\n');
  return root;
}

describe('the digest of the build inputs', () => {
  it('follows a symlinked folder under src/: an edit inside it changes the digest', () => {
    const root = project();
    const shared = join(root, 'shared');
    mkdirSync(shared);
    writeFileSync(join(shared, 'b.ts'), 'export const b = 1;\n');
    symlinkSync('../shared', join(root, 'src', 'lib'));
    const before = readInputs(root);
    expect(before.problems).toEqual([]);
    writeFileSync(join(shared, 'b.ts'), 'export const b = 2;\n');
    expect(readInputs(root).digest).not.toBe(before.digest);
  });

  it('reads a folder linked back to its parent once, without looping', () => {
    const root = project();
    symlinkSync('..', join(root, 'src', 'up'));
    symlinkSync('.', join(root, 'data', 'self'));
    const { digest, problems } = readInputs(root);
    expect(problems).toEqual([]);
    expect(readInputs(root).digest).toBe(digest);
  });

  it('counts a dangling link, a link to itself, a FIFO and a socket by name, without reading them', async () => {
    const root = project();
    const plain = readInputs(root).digest;
    symlinkSync('nowhere.ts', join(root, 'src', 'dangling.ts'));
    symlinkSync('loop.ts', join(root, 'src', 'loop.ts'));
    execFileSync('mkfifo', [join(root, 'src', 'pipe')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'data', 'socket'), resolve));
    try {
      const { digest, problems } = readInputs(root);
      expect(problems).toEqual([]);
      expect(digest).not.toBe(plain);
      // a new dangling link is a change too
      symlinkSync('elsewhere.ts', join(root, 'src', 'another.ts'));
      expect(readInputs(root).digest).not.toBe(digest);
    } finally {
      server.close();
    }
  });

  it('counts a missing folder or file as missing', () => {
    const root = project();
    rmSync(join(root, 'data'), { recursive: true });
    const { digest, problems } = readInputs(root);
    expect(problems).toEqual([]);
    mkdirSync(join(root, 'data'));
    expect(readInputs(root).digest).not.toBe(digest);
  });

  // (root reads any file: the case needs another user)
  it.skipIf(process.getuid?.() === 0)('names a file or folder it cannot read, rather than throwing', () => {
    const root = project();
    mkdirSync(join(root, 'src', 'closed'));
    chmodSync(join(root, 'src', 'a.ts'), 0);
    chmodSync(join(root, 'src', 'closed'), 0);
    try {
      expect(readInputs(root).problems).toEqual(['src/closed/: EACCES on scandir', 'src/a.ts: EACCES on open']);
    } finally {
      chmodSync(join(root, 'src', 'closed'), 0o755);
    }
  });
});
