#!/usr/bin/env node
// the program is built into dist/ (npm ci builds it; npm run build rebuilds it): a clone that was
// not built says so in one line
const entry = new URL('../dist/cli.js', import.meta.url);
try {
  await import(entry.href);
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || err.url !== entry.href) throw err;
  const { fileURLToPath } = await import('node:url');
  process.stderr.write(`humfig: the program is not built: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}\n`);
  process.exitCode = 70;
}
