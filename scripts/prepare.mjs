// npm runs this after `npm ci` or `npm install` in a clone (the "prepare" script): it builds
// dist/, so that bin/humfig.js (and `npm install -g .`, `npm link`) work at once. Without the
// dev dependencies that build it (`npm ci --omit=dev`) it says so and leaves the build to
// `npm run build`, rather than failing the install.
try {
  await import('esbuild');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  console.error('humfig: esbuild (a dev dependency) is not installed, so dist/ was not built; install the dev dependencies and run `npm run build`');
  process.exit(0);
}
// (the build stamps what it built, so that `npm test` skips the same build: scripts/build-stamp.mjs)
await import('./build.mjs');
