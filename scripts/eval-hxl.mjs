#!/usr/bin/env node
/**
 * Imports every HXL file of some folders (or files) as a user would, and writes one line per
 * file: its family, the import's exit code, figure counts, and the signs of a misleading import
 * that a machine can see (a `-2` id, a percent or rate in persons, a percent over 100, a place
 * without a country, a date far off, a figure dated by --as-of although the file has dates,
 * summary failing). The signs are for a person to read by eye, not a verdict: a family table is
 * made from them and from reading a sample of each family.
 *
 *   node scripts/eval-hxl.mjs [--out DIR] FILE_OR_DIR...        (run `npm run build` first)
 *
 * DIR (default: a fresh folder under the system's temporary folder) receives, per file, the
 * facts (`NAME.json`), the import's JSON report (`NAME.report.json`) and summary's output
 * (`NAME.summary`). The table goes to standard output as TSV.
 * The files are read where they are and never copied into the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '..', 'bin', 'humfig.js');
const args = process.argv.slice(2);
let out;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else inputs.push(args[i]);
}
if (inputs.length === 0) {
  process.stderr.write('usage: node scripts/eval-hxl.mjs [--out DIR] FILE_OR_DIR...\n');
  process.exit(2);
}
out = out ?? mkdtempSync(join(tmpdir(), 'eval-hxl-'));
mkdirSync(out, { recursive: true });

const files = [];
for (const p of inputs) {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) files.push(join(p, n));
  else files.push(p);
}

/** The HDX family a file belongs to, from words of its name (for the table only). */
export function family(name) {
  const n = name.toLowerCase();
  const rules = [
    [/3w|whowhatwhere|operational_presence/, '3W'],
    [/pcode|org_type|organization_types|coordination_groups|wfp_(commodities|countries|markets)|territories|countries-to-include|metadata_schema|gc mapping/, 'reference list'],
    [/ipc|ch_|cadre/, 'IPC/CH'],
    [/fts|funding|cerf/, 'FTS/funding'],
    [/hno|hpc|humanitarian_needs|affected_targeted_reached|sahel_nutrition/, 'HNO/HRP'],
    [/idmc|idps|displacement|disaster_data/, 'IDMC'],
    [/acled|conflict_event/, 'ACLED'],
    [/admpop|popadm|cod_population|cod_ps|_pop_adm|population_global|hapi_population/, 'COD-PS'],
    [/dtm|quickcharts/, 'DTM'],
    [/who|health|covid|covax|oxcgrt|sadd/, 'WHO/health'],
    [/food_price|foodprices/, 'food prices'],
    [/key_figures|casualties|access/, 'key figures'],
    [/refugee/, 'refugees (UNHCR)'],
    [/libhxl|latin1/, 'HXL tool tests (3W tables with figures)'],
  ];
  for (const [re, f] of rules) if (re.test(n)) return f;
  return 'other';
}

function run(argv) {
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300_000 });
  return { rc: r.status ?? -1, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/** Signs of a misleading import that a machine can see in the facts and the report. */
function signs(facts, report) {
  const out = [];
  const figs = facts.figures ?? [];
  const count = (what, n) => n > 0 && out.push(`${what}:${n}`);
  count('dup-id', figs.filter((f) => /-\d{4}(?:-\d\d)?-\d$|-\d{4}-\d\d-\d\d-\d+$/.test(f.id)).length);
  const colOf = (f) => /\((#[^)]*)\)\.?$/.exec(f.notes ?? '')?.[1] ?? '';
  const labelOf = (f) => /column '([^']*)'/.exec(f.notes ?? '')?.[1] ?? '';
  count('ratio-as-person', figs.filter((f) => f.unit === 'person' && (/\+(pct|percent|percentage|rate|ratio|proportion|per\w*)\b/.test(colOf(f)) || /%|\brate\b|ratio|per 1|per cent|percent|proportion|index/i.test(`${labelOf(f)} ${f.label}`))).length);
  count('fraction-person', figs.filter((f) => f.unit === 'person' && !Number.isInteger(f.value)).length);
  count('pct>100', figs.filter((f) => f.unit === 'percent' && f.value > 100).length);
  count('negative', figs.filter((f) => f.value < 0).length);
  const places = new Map((facts.places ?? []).map((p) => [p.id, p]));
  count('no-country', figs.filter((f) => places.get(f.place)?.iso3 === undefined).length);
  count('place-unknown-iso', (facts.places ?? []).filter((p) => p.level === 0 && p.name === p.id).length);
  const years = figs.map((f) => Number(f.asOf.slice(0, 4)));
  count('date<1950', years.filter((y) => y < 1950).length);
  count('date>2030', years.filter((y) => y > 2030).length);
  const hasDate = (report.columns ?? []).some((c) => /asOf|date|period/.test(c.mappedTo ?? ''));
  if (hasDate) count('asOf-from-flag', figs.filter((f) => f.asOf === '2024' && !f.period).length);
  return out;
}

const header = ['family', 'file', 'rc', 'figures', 'totals', 'breakdowns', 'rejected', 'summary_rc', 'headlines', 'signs', 'first_error'];
process.stdout.write(`${header.join('\t')}\n`);
for (const file of files) {
  const name = basename(file);
  const base = join(out, name);
  const imp = run(['import', 'hxl', file, '--as-of', '2024', '--out', `${base}.json`, '--format', 'json']);
  writeFileSync(`${base}.report.json`, imp.err);
  let report = {};
  try {
    report = JSON.parse(imp.err);
  } catch {
    report = {};
  }
  const row = { family: family(file), file: name, rc: imp.rc, figures: '', totals: '', breakdowns: '', rejected: '', summary_rc: '', headlines: '', signs: '', first_error: '' };
  if (imp.rc === 0 && existsSync(`${base}.json`)) {
    const facts = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
    Object.assign(row, { figures: report.figures, totals: report.totals, breakdowns: report.breakdowns, rejected: (report.rejected ?? []).length });
    const sum = run(['summary', '--facts', `${base}.json`, '--format', 'tsv']);
    writeFileSync(`${base}.summary`, `${sum.out}\n--- stderr\n${sum.err}`);
    row.summary_rc = sum.rc;
    row.headlines = Math.max(0, sum.out.split('\n').filter(Boolean).length - 1);
    const s = signs(facts, report);
    if (/\n\s+at /.test(sum.err)) s.push('stack');
    row.signs = s.join(' ');
  } else {
    row.first_error = (report.error?.message ?? imp.err.split('\n')[0] ?? '').replace(/\s+/g, ' ').slice(0, 200);
  }
  process.stdout.write(`${header.map((h) => row[h]).join('\t')}\n`);
}
process.stderr.write(`eval-hxl: ${files.length} files; details in ${out}\n`);
