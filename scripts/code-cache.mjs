// Warms V8's code cache of the built program (src/boot.ts), run by scripts/build.mjs after the
// build: runs the frequent calls once each in this one process, through dist/boot.cjs as the
// binary does, then writes the cache of every chunk they compiled (dist/<chunk>.cjs.v8cache). A
// chunk's cache then holds the bytecode of the functions these calls ran, from all of them; a
// function no call here ran is compiled when first called, as without a cache. The calls read
// the bundled data only; their output goes nowhere (the build gives this process no stdout, and
// extract's notes on stderr are dropped).
// `node scripts/code-cache.mjs [folder]`: the built folder, dist/ unless named (the build names
// the folder it builds in).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CALLS = [
  [],
  ['get', 'residents', '--json'],
  ['get', 'residents'],
  ['list', '--json'],
  ['list', '--format', 'csv'],
  ['list'],
  ['convert', '100', 'EUR', 'USD', '--date', '2024-01-05', '--json'],
  ['convert', '100', 'EUR', 'USD', '--date', '2024-01-05'],
  // extract: the bundled article's text, so that a report's draft starts with its rules compiled
  ['extract', fileURLToPath(new URL('../data/sources/nagorno-karabakh-2023-10-01.txt', import.meta.url)), '--published', '2023-10-01'],
];

// the binary's V8 flags first (bin/v8-flags.cjs): a cache made under other flags is not taken
createRequire(import.meta.url)('../bin/v8-flags.cjs');
const boot = createRequire(import.meta.url)(resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname, 'boot.cjs'));
for (const name of ['HUMFIG_FACTS', 'HUMFIG_RATES', 'HUMFIG_DEBUG', 'HUMFIG_TODAY']) delete process.env[name];
for (const args of CALLS) {
  // what cli.ts reads, as when the binary is started with these words
  process.argv = [process.execPath, 'humfig', ...args];
  // extract's review notes go to stderr, which the build shows: they are not the build's to say
  const write = process.stderr.write;
  if (args[0] === 'extract') process.stderr.write = () => true;
  try {
    await boot.run();
  } finally {
    process.stderr.write = write;
  }
  if (process.exitCode !== undefined && process.exitCode !== 0) {
    console.error(`code-cache: humfig ${args.join(' ')} ended with exit ${process.exitCode}`);
    process.exit(70);
  }
}
boot.writeCodeCache();
