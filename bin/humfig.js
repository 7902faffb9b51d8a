#!/usr/bin/env node
// humfig's binary: a CommonJS file (bin/package.json), so that Node starts without its ES module
// loader, running the program built into dist/ (src/boot.ts). npm ci builds it; npm run build
// rebuilds it; a clone that was not built says so in one line.
require('./v8-flags.cjs');
const { join } = require('node:path');

const boot = join(__dirname, '..', 'dist', 'boot.cjs');
let program;
try {
  program = require(boot);
} catch (err) {
  if (err?.code !== 'MODULE_NOT_FOUND' || !err.message.includes(boot)) throw err;
  process.stderr.write(`humfig: the program is not built: run \`npm run build\` in ${join(__dirname, '..')}/\n`);
  process.exitCode = 70;
}
try {
  program?.run();
} catch (err) {
  // what fails before the program can report it itself (src/boot.ts: a file of dist/ missing)
  process.stderr.write(`humfig: ${process.env.HUMFIG_DEBUG ? err?.stack : err?.message ?? err}\n`);
  process.exitCode = 70;
}
