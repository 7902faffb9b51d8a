/**
 * A reader that goes away during convert --batch (EPIPE): the same batch loop as get --batch,
 * whose case runs in npm test (test/robustness/faults.test.ts); this one is kept here.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, baseEnv } from '../cli/run-humfig.js';

describe('a reader that goes away (SIGPIPE / EPIPE), batch conversions', () => {
  it('convert --batch of 2,000 lines | head -2: humfig exits 0, nothing on stderr', () => {
    const script = `humfig() { node "${BIN}" "$@"; }\nprintf '20000000 CHF USD 2023-09-29\\n%.0s' $(seq 1 2000) | humfig convert --batch --json | head -2 > /dev/null; echo "status: \${PIPESTATUS[*]}" >&2`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-o', 'pipefail', '-c', script], { env: baseEnv(), cwd: ROOT, encoding: 'utf8' });
    const statuses = /status: ([\d ]+)/.exec(r.stderr)?.[1]?.split(' ').map(Number) ?? [];
    expect(statuses[1], r.stderr).toBe(0);
    expect(r.stderr.replace(/status: .*\n/, '')).toBe('');
  });
});
