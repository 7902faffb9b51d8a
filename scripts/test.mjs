// `npm test [-- vitest arguments]`: the build, the type check and the test suite, with the type
// check running beside the other two (it reads only the sources, and on two cores it fills the
// time the tests spend waiting on the processes they start). The build is skipped when dist/ is
// already the build of the sources as they are (scripts/build-stamp.mjs says how that is known).
// The exit code is the build's if it failed, else the tests', else the type check's; the type
// check's errors are printed after the tests' report, or after the build's when it failed.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `node <script> ...args` in the project; resolves with its exit code (1 when killed by a signal). */
function run(script, args, options = {}) {
  const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  let output = '';
  if (options.capture) {
    child.stdout.setEncoding('utf8').on('data', (d) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (output += d));
  }
  const done = new Promise((resolve) => {
    child.on('error', (err) => {
      output += `${err.message}\n`;
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { child, done, output: () => output };
}

const typeCheck = run('node_modules/typescript/bin/tsc', ['--noEmit'], { capture: true });

const built = await buildIfStale();
if (built !== 0) {
  // the type check's errors are often the reason the build failed, or say more of it
  const checked = await typeCheck.done;
  process.stderr.write(checked !== 0 ? `\nthe build failed; the type check (tsc --noEmit) says:\n${typeCheck.output()}` : '\nthe build failed; the type check (tsc --noEmit) found no errors\n');
  process.exit(built);
}

const tests = await run('node_modules/vitest/vitest.mjs', ['run', ...process.argv.slice(2)]).done;
const checked = await typeCheck.done;
if (checked !== 0) process.stderr.write(`\ntype check (tsc --noEmit) failed:\n${typeCheck.output()}`);
else process.stderr.write('type check (tsc --noEmit): no errors\n');
process.exitCode = tests !== 0 ? tests : checked;
