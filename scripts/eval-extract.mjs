#!/usr/bin/env node
/**
 * `npm run eval:extract [-- --verbose] [-- --corpus DIR]`: runs the extractor over a folder of
 * labelled reports (default ../shared/corpus/reports, read where it is: the texts are
 * third-party writing and are never copied into the project) and prints per-text and overall
 * recall, precision, and among matches the agreement of qualifier, stated equivalent and asOf.
 *
 * Scoring, as the corpus README states it: a drafted figure matches a label when its value (or
 * low bound) and unit agree (units compared by their canonical code: "tonne" is t); each label and each draft is matched at most once. Recall = matched
 * labels / labels, precision = matched drafts / drafts. Qualifier agreement counts matches whose
 * qualifier is the label's (a label's "range" agrees with a draft of the same low and high); stated agreement counts matches of labels with a `stated` whose
 * draft states the same value and unit; asOf agreement counts matches of labels with an `asOf`
 * whose draft gives that date. The drafts scored are the figures of the draft facts file, with
 * the publication date and publisher from each text's meta.json.
 *
 * The extractor is bundled from src/ with esbuild into a temporary file, so the script needs no
 * prior build. Output goes to stdout (it is the report); exit 0 whatever the scores, 2 on a bad
 * flag or a missing folder.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scorer } from './extract-score.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let values;
try {
  ({ values } = parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'reports') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  console.error(`eval-extract: ${err.message}`);
  process.exit(2);
}
if (values.help) {
  console.log('usage: npm run eval:extract [-- --verbose] [-- --corpus DIR]\n  --verbose   list the missed labels and the false drafts of each text\n  --corpus    a folder of NN_slug.txt with .meta.json and .expected.json (default ../shared/corpus/reports)');
  process.exit(0);
}
const corpus = resolve(values.corpus);
if (!existsSync(corpus)) {
  console.error(`eval-extract: no corpus folder at ${corpus} (pass --corpus DIR)`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'humfig-eval-'));
let extractFigures;
let canonicalUnit;
try {
  const out = join(tmp, 'extract.mjs');
  await build({
    stdin: { contents: "export { extractFigures } from './src/extract/extract.ts'; export { canonicalUnit } from './src/domain/unit.ts';", resolveDir: ROOT, loader: 'ts' },
    outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  });
  ({ extractFigures, canonicalUnit } = await import(pathToFileURL(out).href));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const { score, describe, pct } = scorer(canonicalUnit);

// a text is scored only with its labels and its meta (publication date, publisher) beside it
const labelled = (f) => existsSync(join(corpus, `${f.slice(0, -4)}.meta.json`)) && existsSync(join(corpus, `${f.slice(0, -4)}.expected.json`));
const allTexts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const texts = allTexts.filter(labelled);
for (const f of allTexts.filter((t) => !labelled(t))) console.error(`eval-extract: ${f} skipped: it needs ${f.slice(0, -4)}.meta.json and ${f.slice(0, -4)}.expected.json beside it`);
const total = { labels: 0, drafts: 0, matched: 0, qualifier: 0, statedLabels: 0, stated: 0, asOfLabels: 0, asOf: 0 };
const rows = [];
let elapsed = 0;
for (const file of texts) {
  const base = file.slice(0, -4);
  const meta = JSON.parse(readFileSync(join(corpus, `${base}.meta.json`), 'utf8'));
  const labels = JSON.parse(readFileSync(join(corpus, `${base}.expected.json`), 'utf8'));
  const text = readFileSync(join(corpus, file), 'utf8');
  const t0 = performance.now();
  const { candidates, draft } = extractFigures(text, { published: meta.published, publisher: meta.publisher });
  elapsed += performance.now() - t0;
  // the figures of the draft, with the candidate's asOf (null when the text gives none; the draft puts a placeholder there)
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const drafts = draft.figures.map((f) => ({ ...f, asOf: byId.get(f.id)?.asOf ?? null, line: byId.get(f.id)?.line }));
  const s = score(labels, drafts);
  for (const k of Object.keys(total)) total[k] += s.counts[k];
  rows.push([base, s]);
}

const line = (name, c) =>
  `${name.padEnd(46)} ${String(c.labels).padStart(6)} ${String(c.drafts).padStart(6)} ${String(c.matched).padStart(7)}  ${pct(c.matched, c.labels)}  ${pct(c.matched, c.drafts)}  ${pct(c.qualifier, c.matched)}  ${pct(c.stated, c.statedLabels)}  ${pct(c.asOf, c.asOfLabels)}`;
console.log(`${'text'.padEnd(46)} ${'labels'.padStart(6)} ${'drafts'.padStart(6)} ${'matched'.padStart(7)}  recall  precis  qualif  stated  asOf`);
for (const [name, s] of rows) {
  console.log(line(name, s.counts));
  if (!values.verbose) continue;
  for (const m of s.missed) console.log(`    missed: ${describe(m)}  "${m.quote}"`);
  for (const d of s.falseDrafts) console.log(`    false:  ${describe(d)}  line ${d.line}  "${d.quote}"`);
  for (const [l, d] of s.disagreements) {
    console.log(`    differs: label ${describe(l)}${l.asOf ? ` asOf ${l.asOf}` : ''}${l.stated ? ` (${l.stated.value} ${l.stated.unit})` : ''}; draft ${describe(d)} asOf ${d.asOf ?? 'none'}${d.stated ? ` (${d.stated.map((x) => `${x.value} ${x.unit}`).join(', ')})` : ''}`);
  }
}
console.log(line(`overall (${texts.length} texts)`, total));
console.log(`\nrecall ${pct(total.matched, total.labels).trim()}, precision ${pct(total.matched, total.drafts).trim()}; among ${total.matched} matches: qualifier ${total.qualifier}/${total.matched}, stated ${total.stated}/${total.statedLabels}, asOf ${total.asOf}/${total.asOfLabels}`);
console.error(`eval-extract: ${texts.length} texts from ${corpus}, extraction ${elapsed.toFixed(0)} ms in all`);
