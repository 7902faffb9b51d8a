import { build, analyzeMetafile } from 'esbuild';
import { readFileSync } from 'node:fs';
const root = '/work/main';
const which = process.argv[2];
const banner = { js: "import { createRequire as __cr } from 'node:module'; let __rq; const require = (id) => (__rq ??= __cr(import.meta.url))(id);" };
const stubbed = /(validate-facts|stream-facts|stream-document|program|convert-figure|conversion-view|rate-age|rates-context|trust\/history|render-table|parallel|commands\/(convert|summary|list|batch)|load-facts-x)\.(ts|js)$/;
const stub = { name: 'stub', setup(b) {
  b.onResolve({ filter: /.*/ }, (a) => { if (a.kind === 'dynamic-import' && stubbed.test(a.path) && !a.path.includes(which)) return { path: a.path, namespace: 'stub' }; });
  b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'throw new Error("not in the fast build")', loader: 'js' }));
} };
const r = await build({ banner, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', legalComments: 'none', plugins: [stub],
  entryPoints: { [`fast-${which}`]: `${root}/src/cli.ts` }, outdir: `${root}/dist`, splitting: false, minify: true, metafile: true,
  define: { __HUMFIG_VERSION__: '"0.1.0"', __HUMFIG_BUNDLED_FACTS__: JSON.stringify(readFileSync(`${root}/data/nagorno-karabakh-2023.json`, 'utf8')) } });
console.log((await analyzeMetafile(r.metafile)).split('\n').slice(0, 14).join('\n'));
