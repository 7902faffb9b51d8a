#!/usr/bin/env node
// the program is built into dist/ (npm run build); a clone that was not built says so in one line
try {
  await import('../dist/launch.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('/dist/launch.js')) throw err;
  process.stderr.write(`humfig: the program is not built: run \`npm run build\` in ${new URL('..', import.meta.url).pathname}\n`);
  process.exitCode = 70;
}
