// Shared chunks for the esbuild build (scripts/build.mjs): a few files that each hold a group of
// modules the frequent calls load together, where esbuild alone would scatter them.
//
// esbuild puts each module into the chunk of the exact set of entry points that reach it (the
// CLI, the worker and every lazy import()). With some forty lazy imports that made dozens of
// chunks of a few hundred bytes: `humfig get` loaded 29 files and `convert` 38, and each ES module
// file costs Node about half a millisecond of CPU (resolve, read, compile, link) and some memory
// on a 2-core machine. A group is named by its roots; it holds them and every module they import
// statically (found in the metafile of a first, unwritten build), less the modules of the groups
// before it. Each group is built into one file, <name>.js, which exports the names of its modules
// under a prefix (two modules may export the same name); every module outside the group imports
// them from that file through a small re-exporting module of its own, so that esbuild puts the
// re-export into its importer's chunk rather than into a chunk of its own.
import { join, relative, sep } from 'node:path';

/**
 * @param build esbuild's build function
 * @param options the options of the real build (entryPoints, plugins, define, ...)
 * @param groups [{ name, roots }] in order; a root is a path from the project root or a package name
 * @returns the entry points and the plugin to add to the real build
 */
export async function sharedChunks(build, options, groups) {
  const root = options.absWorkingDir;
  // the extension of the built files (.cjs: scripts/build.mjs), which the group files' names share
  const ext = options.outExtension?.['.js'] ?? '.js';
  const probe = await build({ ...options, write: false, metafile: true, minify: false });
  const { inputs } = probe.metafile;
  const keyOf = (path) => relative(root, path).split(sep).join('/');

  /** module (metafile key) -> the group that holds it */
  const owner = new Map();
  for (const group of groups) {
    const stack = group.roots.map((r) => {
      if (inputs[r]) return r;
      // a package: the file its name resolves to
      const edge = Object.values(inputs).flatMap((i) => i.imports).find((e) => e.original === r && !e.external);
      if (!edge) throw new Error(`build: the shared group ${group.name} names ${r}, which the program does not import`);
      return edge.path;
    });
    while (stack.length > 0) {
      const key = stack.pop();
      if (owner.has(key)) continue;
      owner.set(key, group);
      for (const e of inputs[key].imports) if (!e.external && e.kind !== 'dynamic-import') stack.push(e.path);
    }
  }

  // the modules imported from outside their group, or with import(): they are handed out, by name
  const handedOut = new Set();
  for (const [key, input] of Object.entries(inputs)) {
    for (const e of input.imports) if (owner.has(e.path) && (owner.get(e.path) !== owner.get(key) || e.kind === 'dynamic-import')) handedOut.add(e.path);
  }
  const notEsm = [...handedOut].filter((k) => inputs[k].format !== 'esm');
  if (notEsm.length > 0) throw new Error(`build: a shared group cannot hand out CommonJS modules: ${notEsm.join(', ')}`);
  const named = await build({ ...options, entryPoints: [...handedOut], write: false, metafile: true, minify: false });
  const exportsOf = new Map(Object.values(named.metafile.outputs).filter((o) => o.entryPoint).map((o) => [o.entryPoint, o.exports]));
  /** module -> its prefix and export names */
  const exported = new Map([...handedOut].map((key, i) => [key, { prefix: `m${i}$`, names: exportsOf.get(key) ?? [] }]));

  const list = (names, from, to) => names.map((n) => `${from(n)} as ${to(n)}`).join(', ');
  const groupFile = (group) =>
    [...exported]
      .filter(([key]) => owner.get(key) === group)
      .map(([key, { prefix, names }]) => `export { ${list(names, (n) => n, (n) => prefix + n)} } from ${JSON.stringify(join(root, key))};`)
      .join('\n');

  const plugin = {
    name: 'humfig-shared-chunks',
    setup(b) {
      b.onResolve({ filter: /^humfig-group:/ }, (args) => ({ path: args.path.slice('humfig-group:'.length), namespace: 'humfig-group' }));
      b.onLoad({ filter: /.*/, namespace: 'humfig-group' }, (args) => ({ contents: groupFile(groups.find((g) => g.name === args.path)), resolveDir: root, loader: 'js' }));
      b.onResolve({ filter: /^\.\/[\w-]+\.c?js$/, namespace: 'humfig-reexport' }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'humfig-plain' || args.namespace !== 'file' || args.importer === '') return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'humfig-plain' });
        if (found.errors.length > 0 || found.external) return found;
        const key = keyOf(found.path);
        const group = owner.get(key);
        // inside a group, a static import is bundled there; any other import of a group's
        // module goes through the group's file
        if (!group || (owner.get(keyOf(args.importer)) === group && args.kind !== 'dynamic-import')) return found;
        // (an import() makes a chunk of its own anyway: one for all the importers; the modules of
        // one group share one, which can only be in the group's file)
        const from = owner.get(keyOf(args.importer));
        const path = args.kind === 'dynamic-import' ? `${key}?lazy` : from ? `${key}?in=${from.name}` : `${key}?from=${keyOf(args.importer)}`;
        return { path, namespace: 'humfig-reexport', pluginData: { key, file: `./${group.name}${ext}` } };
      });
      b.onLoad({ filter: /.*/, namespace: 'humfig-reexport' }, (args) => {
        const { prefix, names } = exported.get(args.pluginData.key);
        return { contents: `export { ${list(names, (n) => prefix + n, (n) => n)} } from ${JSON.stringify(args.pluginData.file)};`, loader: 'js' };
      });
    },
  };
  return { entryPoints: Object.fromEntries(groups.map((g) => [g.name, `humfig-group:${g.name}`])), plugin };
}
