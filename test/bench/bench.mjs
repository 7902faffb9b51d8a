#!/usr/bin/env node
/**
 * The benchmark of the performance issue: `npm run bench` (builds first), or
 *
 *   node test/bench/bench.mjs [--quick] [--rows REGEX] [--figures N]
 *
 * Each row compares humfig with a reference command on the same machine, in the same run:
 * F (`node hello.mjs`, the floor every Node CLI pays), jq, or Node's own JSON.parse. Runs are
 * paired and alternate (one warm-up of each, then rounds of reference and humfig, the order
 * flipped every round), and each round gives one ratio; the table shows their median, min and
 * max. Ratios of paired runs cancel most of the machine's drift, which absolute milliseconds
 * would not. Peak memory is the maximum resident set size reported by `/usr/bin/time -f %M`
 * (GNU time). Every run, F's too, goes through it: its own start-up was lost in the noise
 * beside node's (~55 ms) when measured, and a timed run that also measures memory halves
 * the number of runs.
 *
 * The report (a Markdown table) goes to stdout, progress to stderr: `npm run bench > bench.md`.
 * Exit 0 whatever the results (it is a report); 1 when the harness itself fails; 2 on a bad flag.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, GENERATOR_VERSION } from './generate-facts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HUMFIG = join(ROOT, 'bin', 'humfig.js');
const GENERATOR = join(ROOT, 'test', 'bench', 'generate-facts.mjs');
const BUNDLED = join(ROOT, 'data', 'nagorno-karabakh-2023.json');
const NODE = process.execPath;
const MIB = 1024 * 1024;
/** The size of the table rows' facts file (issue 16: `list` of 200,000 figures as a table). */
const TABLE_FIGURES = 200000;
/** GNU time's report is found on stderr by this prefix, after whatever the command printed. */
const RSS_MARK = '@@humfig-bench-maxrss-kib=';

class HarnessError extends Error {}
class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        more: { type: 'boolean', default: false },
        hxl: { type: 'boolean', default: false },
        rows: { type: 'string' },
        figures: { type: 'string', default: '1000000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (values.help) {
    console.log('usage: node test/bench/bench.mjs [--quick] [--rows REGEX] [--figures N]\n' +
      '  --quick        3 rounds for the small rows and 1 for the large ones (default 10 and 3)\n' +
      '  --more         also other frequent calls (a facts file of your own, --value, CSV, tables), measured without a target\n' +
      '  --hxl          also `import hxl` of generated HNO-shaped files of 1, 10 and 100 MiB, beside a plain CSV read of each\n' +
      '  --rows REGEX   only the rows whose key matches (keys: get, list, convert, summary, batch, extract-1mb, large-validate, large-ndjson, table, table-fit, hxl-1, hxl-10, hxl-100)\n' +
      '  --figures N    size of the generated large file (default 1000000)');
    process.exit(0);
  }
  let rowFilter;
  try {
    rowFilter = values.rows === undefined ? undefined : new RegExp(values.rows, 'i');
  } catch (err) {
    throw new UsageError(`--rows: ${err.message}`);
  }
  const figures = Number(values.figures.replace(/_/g, ''));
  if (!Number.isSafeInteger(figures) || figures < 1) throw new UsageError(`--figures must be a whole number >= 1, not ${values.figures}`);
  return {
    rounds: values.quick ? { small: 3, large: 1 } : { small: 10, large: 3 },
    more: values.more,
    hxl: values.hxl,
    rowFilter,
    figures,
  };
}

// ---------------------------------------------------------------------------------------------
// Tools

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An executable on PATH, or undefined: we look ourselves rather than depend on `which`. */
function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The children's environment: humfig's own variables removed so that the bundled data is what
 * is measured, and NODE_OPTIONS removed so that a preload or heap flag cannot skew one side.
 */
const CHILD_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['HUMFIG_FACTS', 'HUMFIG_RATES', 'NODE_OPTIONS', 'FORCE_COLOR', 'COLUMNS'].includes(k)),
);

/**
 * Runs a command once: wall time from spawn() to the child's exit, its peak RSS (KiB) through
 * GNU time when available, its exit code and its output (kept for the sanity checks).
 */
function runOnce(command, timeBin) {
  const argv = timeBin ? [timeBin, '-f', `${RSS_MARK}%M`, ...command.argv] : command.argv;
  return new Promise((resolvePromise, reject) => {
    const out = [];
    const err = [];
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { env: command.env ? { ...CHILD_ENV, ...command.env } : CHILD_ENV, stdio: [command.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let ms;
    child.on('error', (e) => reject(new HarnessError(`cannot run ${argv[0]}: ${e.message}`)));
    child.on('exit', () => {
      ms = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    if (command.stdin !== undefined) {
      // a command that exits without reading its input (F does) must not fail the run with EPIPE
      child.stdin.on('error', () => {});
      child.stdin.end(command.stdin);
    }
    // 'close' comes after 'exit' and after the pipes are drained: all output is in
    child.on('close', (code, signal) => {
      let stderr = Buffer.concat(err).toString('utf8');
      let rssKiB = null;
      if (timeBin) {
        const at = stderr.lastIndexOf(RSS_MARK);
        if (at !== -1) {
          rssKiB = Number(stderr.slice(at + RSS_MARK.length).trim());
          // GNU time also adds "Command exited with non-zero status N" before its report
          stderr = stderr.slice(0, at).replace(/(?:Command (?:exited with non-zero status|terminated by signal) \d+\n)$/, '');
        }
      }
      resolvePromise({ ms, rssKiB, code: code ?? 128, signal, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/** Directories whose paths are cut from failure messages, to keep the table narrow. */
const SHORTEN = [];

/** The message a failing command gave, short: humfig's JSON error when it printed one. */
function failureReason(run) {
  let text = `${run.stderr}\n${run.stdout}`.trim();
  for (const dir of SHORTEN) text = text.split(`${dir}/`).join('');
  let message = text.split('\n').find((l) => l.trim() !== '') ?? '';
  try {
    message = JSON.parse(text).error?.message ?? message;
  } catch {
    // not JSON: the first line is the best we have
  }
  message = message.replace(/\|/g, '\\|'); // it goes into a Markdown table cell
  return `exit ${run.signal ?? run.code}${message ? `: ${message.length > 70 ? `${message.slice(0, 70)}…` : message}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const fmtRatio = (x) => `${x.toFixed(2)}×`;
const fmtMiB = (x) => `${x.toFixed(1)} MiB`;
const fmtDelta = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} MiB`;
const fmtSeconds = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------------------------
// The large file

/** Generates the large facts file once per seed and size into a cache directory under tmpdir. */
async function largeDataset(figures, seed) {
  const dir = join(tmpdir(), `humfig-bench-facts-v${GENERATOR_VERSION}-seed${seed}-n${figures}`);
  const manifestPath = join(dir, 'manifest.json');
  const read = () => {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
      return m.generator === GENERATOR_VERSION && m.seed === seed && m.figures === figures && m.files.ndjson ? m : undefined;
    } catch {
      return undefined;
    }
  };
  let manifest = read();
  if (!manifest) {
    // generate beside the cache and rename, so an interrupted run never leaves a half file to reuse
    const scratch = `${dir}.tmp-${process.pid}`;
    rmSync(scratch, { recursive: true, force: true });
    console.error(`bench: generating ${figures} figures into ${dir} (once; reused by later runs)`);
    const run = await runOnce({ argv: [NODE, GENERATOR, '--figures', String(figures), '--seed', String(seed), '--out', scratch, '--ndjson'] });
    if (run.code !== 0) throw new HarnessError(`the generator failed: ${run.stderr.trim()}`);
    process.stderr.write(run.stderr);
    rmSync(dir, { recursive: true, force: true });
    renameSync(scratch, dir);
    manifest = read();
    if (!manifest) throw new HarnessError(`the generator left no usable manifest in ${dir}`);
  } else {
    console.error(`bench: reusing ${dir}`);
  }
  return { dir, json: join(dir, manifest.files.facts), ndjson: join(dir, manifest.files.ndjson), bytes: manifest.files.bytes, id: manifest.sampleIds.last };
}

// ---------------------------------------------------------------------------------------------
// Rows

/**
 * A report of about `bytes` characters for the extract row: paragraphs of situation-report prose
 * (invented places), each figure different so that none is merged as a repeat. Deterministic.
 */
function reportText(bytes) {
  const places = ['Lower Tavarra', 'Port Ostrel', 'Varnhold', 'Kessa', 'Marl', 'Pell'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = places[i % places.length];
    const n = (k) => (k + i * 7).toLocaleString('en-US');
    const para =
      `As of 14 March 2024, some ${n(12000)} people have been displaced by flooding in ${p} province, and at least ${n(12)} people have been killed. ` +
      `An estimated ${n(3400)} households are sheltering in ${n(20)} evacuation centres. The Flash Appeal seeks US$${n(97)} million (CHF ${n(85)} million) to assist ${n(210000)} people; it is ${(i % 90) + 5} per cent funded. ` +
      `Partners have distributed ${n(900)} tents, and more than ${n(1100)} houses were destroyed. The road to ${p}, roughly 40 km long, was cut for three days.\n\n`;
    parts.push(para);
    size += para.length;
  }
  return parts.join('');
}

/**
 * Every row of the issue. A row runs `humfig` against named references; each target says what
 * is compared: 'time' (humfig/ref wall time), 'seconds' (humfig's wall time), 'mibps' (MiB of
 * the row's input a second, for rows with `mib`), 'memRatio' (humfig/ref peak RSS), 'memDelta'
 * (humfig - ref peak RSS, MiB) or 'memAbs' (humfig's peak RSS, MiB). `feature` rows test a
 * command that may not exist yet: their failure reads "not implemented".
 */
function defineRows({ hello, report, large, table, jq, more = false, hxl }) {
  const humfig = (...args) => [NODE, HUMFIG, ...args];
  const F = { argv: [NODE, hello] };
  const bundledIds = JSON.parse(readFileSync(BUNDLED, 'utf8')).figures.map((f) => f.id);
  // 1000 ids, one per line, cycling through the bundled figures
  const batchInput = `${Array.from({ length: 1000 }, (_, i) => bundledIds[i % bundledIds.length]).join('\n')}\n`;
  const small = (key, name, args, limit, expect) => ({
    key,
    name,
    size: 'small',
    humfig: { argv: humfig(...args) },
    refs: { F },
    expect,
    targets: [
      { kind: 'time', ref: 'F', limit, label: `≤ ${limit}× F` },
      { kind: 'memDelta', ref: 'F', limit: 6, label: 'peak ≤ F + 6 MiB' },
    ],
  });
  // get and list: 1.2× since one router (issue 19) replaced the per-command bundles (1.15×): every
  // call now goes through commander and the code-split chunks of its command
  const rows = [
    small('get', '`humfig get displaced-population --json` cold', ['get', 'displaced-population', '--json'], 1.2, (o) => o.includes('"displaced-population"')),
    small('list', '`humfig list --json` cold', ['list', '--json'], 1.2, (o) => o.includes('"displaced-population"')),
    small('convert', '`humfig convert 20000000 CHF USD --date 2023-09-29 --json` cold', ['convert', '20000000', 'CHF', 'USD', '--date', '2023-09-29', '--json'], 1.25, (o) => o.includes('"USD"')),
    small('summary', '`humfig` (summary table) cold', [], 1.35, (o) => o.includes('displaced-population')),
    {
      key: 'batch',
      name: '1000 ids through `get --batch` in one call',
      size: 'small',
      feature: true,
      humfig: { argv: humfig('get', '--batch', '--json'), stdin: batchInput },
      refs: { F: { ...F, stdin: batchInput } },
      expect: (o) => o.includes(`"${bundledIds[0]}"`),
      targets: [{ kind: 'time', ref: 'F', limit: 1.5, label: '≤ 1.5× F' }],
    },
    {
      key: 'extract-1mb',
      name: '`humfig extract` of a 1 MB report (about 17,000 figures; earlier rounds drafted about 6,000 from it)',
      size: 'small',
      humfig: { argv: humfig('extract', report ?? '', '--published', '2024-03-14') },
      refs: { F },
      expect: (o) => o.includes('"figures"'),
      targets: [
        { kind: 'seconds', limit: 1, label: '≤ 1 s (absolute: the goal of issue 15)' },
        { kind: 'time', ref: 'F', limit: Infinity, label: 'none (× F)', info: true },
      ],
    },
  ];
  if (more) {
    // calls the issue does not name, for a fuller picture: a ratio, no target
    const own = join(ROOT, 'test', 'fixtures', 'facts', 'minimal.json');
    const info = (key, name, args) => ({
      key: `more-${key}`,
      name,
      size: 'small',
      humfig: { argv: humfig(...args) },
      refs: { F },
      expect: (o) => o.length > 0,
      targets: [{ kind: 'time', ref: 'F', limit: Infinity, label: 'none (× F)', info: true }],
    });
    rows.push(
      info('facts-get', '`humfig get <id> --facts own.json --json` (a small facts file of your own)', ['get', 'flood-displaced', '--facts', own, '--json']),
      info('facts-summary', '`humfig --facts own.json` (its summary table)', ['--facts', own]),
      info('value', '`humfig get displaced-population --value`', ['get', 'displaced-population', '--value']),
      info('csv', '`humfig list --format csv`', ['list', '--format', 'csv']),
      info('get-table', '`humfig get displaced-population` (a table)', ['get', 'displaced-population']),
      info('list-table', '`humfig list` (a table)', ['list']),
      info('validate', '`humfig validate` (the bundled dataset, completely)', ['validate']),
    );
  }
  if (large) {
    const jqFilter = '(.figures[] | select(.id == $id)), ([.figures[] | select(.unit == "person") | .value] | add)';
    const jqCmd = jq ? { argv: [jq, '--arg', 'id', large.id, jqFilter, large.json] } : undefined;
    const n = large.figures.toLocaleString('en-US');
    rows.push(
      {
        key: 'large-validate',
        name: `\`validate\` + one query on a generated ${n}-figure facts file`,
        size: 'large',
        // one process: humfig validates any facts file that is not the bundled one completely
        // (every figure, every quote) before it answers, so `get --facts` is validation + query
        humfig: { argv: [NODE, HUMFIG, 'get', large.id, '--facts', large.json, '--json'] },
        refs: {
          jq: jqCmd,
          node: { argv: [NODE, '-e', "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))", large.json] },
        },
        expect: (o) => o.includes(`"${large.id}"`),
        targets: [
          { kind: 'time', ref: 'jq', limit: 0.35, label: '≤ 0.35× jq' },
          { kind: 'time', ref: 'node', limit: 1.15, label: '≤ 1.15× Node read+parse' },
          { kind: 'memRatio', ref: 'jq', limit: 0.6, label: 'peak ≤ 0.6× jq' },
        ],
      },
      {
        key: 'large-ndjson',
        name: `a streamed form of large inputs (NDJSON, ${n} figures): \`get\``,
        size: 'large',
        feature: true,
        humfig: { argv: humfig('get', large.id, '--facts', large.ndjson, '--json') },
        refs: { jq: jqCmd },
        expect: (o) => o.includes(`"${large.id}"`),
        targets: [
          { kind: 'time', ref: 'jq', limit: 0.25, label: '≤ 0.25× jq (on the JSON file)' },
          { kind: 'memAbs', limit: 200, label: 'peak ≤ 200 MiB' },
        ],
      },
    );
  }
  if (hxl) {
    // import hxl: linear in rows, compared with reading the same file as plain CSV (Python's csv
    // module, else Node splitting lines); the issue's goal is 100 MB in under 10 s and 400 MB
    const plainCsv = (file) =>
      hxl.python
        ? { argv: [hxl.python, '-c', "import csv,sys\nn=0\nfor _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8')): n+=1\nprint(n)", file] }
        : { argv: [NODE, '-e', "console.log(require('fs').readFileSync(process.argv[1], 'utf8').split('\\n').length)", file] };
    for (const { mib, path, label } of hxl.files) {
      rows.push({
        key: `hxl-${mib}`,
        name: `\`import hxl --as-of 2024\` of an HNO-shaped file, ${mib} MiB (${label})`,
        size: 'large',
        humfig: { argv: humfig('import', 'hxl', path, '--as-of', '2024', '--out', `${path}.json`) },
        refs: { csv: plainCsv(path) },
        expect: () => true,
        mib,
        // the time, the speed and the ratio to the plain read are told at every size, so that
        // whether the time grows linearly in rows can be read down the column
        targets: [
          mib >= 100 ? { kind: 'seconds', limit: 10, label: 'goal < 10 s' } : { kind: 'seconds', limit: Infinity, label: 'none (seconds)', info: true },
          { kind: 'mibps', limit: 0, label: 'none (MiB/s of input)', info: true },
          { kind: 'time', ref: 'csv', limit: Infinity, label: 'none (× plain CSV read)', info: true },
          mib >= 100 ? { kind: 'memAbs', limit: 400, label: 'peak ≤ 400 MiB' } : { kind: 'memAbs', limit: Infinity, label: 'none (peak MiB)', info: true },
        ],
      });
    }
  }
  if (table) {
    // issue 16: a table of 200,000 figures finishes, within 3x of the same list as plain text;
    // piped (rows not wrapped) and fitted to COLUMNS=100 (every long cell wrapped)
    const n = table.figures.toLocaleString('en-US');
    const plain = { argv: humfig('list', '--facts', table.json, '--format', 'plain') };
    for (const [key, env, how] of [['table', undefined, 'piped'], ['table-fit', { COLUMNS: '100' }, 'fitted to COLUMNS=100']]) {
      rows.push({
        key,
        name: `\`list\` of ${n} figures as a table, ${how}`,
        size: 'large',
        humfig: { argv: humfig('list', '--facts', table.json), env },
        refs: { plain },
        expect: (o) => o.startsWith('┌'),
        targets: [{ kind: 'time', ref: 'plain', limit: 3, label: '≤ 3× --format plain' }],
      });
    }
  }
  return rows;
}

/**
 * Measures one row: a warm-up of every command (humfig's doubles as the check that it works),
 * then `rounds` rounds of all of them, the order reversed every other round.
 */
async function measureRow(row, rounds, timeBin) {
  const refs = Object.entries(row.refs).filter(([, cmd]) => cmd !== undefined);
  const runChecked = async (name, cmd) => {
    const run = await runOnce(cmd, timeBin);
    if (name !== 'humfig' && run.code !== 0) throw new HarnessError(`reference '${name}' of row '${row.key}' failed (${failureReason(run)})`);
    if (name === 'humfig' && (run.code !== 0 || !row.expect(run.stdout))) {
      return { ...run, failed: run.code !== 0 ? failureReason(run) : 'unexpected output' };
    }
    return run;
  };

  const order = [...refs, ['humfig', row.humfig]];
  console.error(`bench: ${row.key}: warm-up`);
  // humfig first: when it fails (not implemented yet), the references need not run at all
  for (const [name, cmd] of [...order].reverse()) {
    const run = await runChecked(name, cmd);
    // no point timing the references of a command that does not work
    if (run.failed) return { failed: run.failed };
  }
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    console.error(`bench: ${row.key}: round ${r + 1}/${rounds}`);
    const sample = {};
    for (const [name, cmd] of r % 2 === 0 ? order : [...order].reverse()) {
      const run = await runChecked(name, cmd);
      if (run.failed) return { failed: run.failed };
      sample[name] = run;
    }
    samples.push(sample);
  }
  return { samples };
}

/** The table lines of one measured row: one per target. */
function reportRow(row, result, { jq, timeBin }) {
  return row.targets.map((t, i) => {
    const name = i === 0 ? row.name : '';
    const line = (median_, min_, max_, peak, verdict) => ({ cells: [name, t.label, median_, min_, max_, peak, verdict], verdict });
    if (t.ref && !row.refs[t.ref]) return line('skipped', '', '', '', t.ref === 'jq' && !jq ? 'skipped (no jq)' : 'skipped');
    if (result.failed) {
      const what = row.feature ? 'not implemented' : 'failed';
      return line(what, '', '', '', `FAIL (${what}; ${result.failed})`);
    }
    const mem = t.kind !== 'time' && t.kind !== 'seconds' && t.kind !== 'mibps';
    if (mem && !timeBin) return line('n/a', '', '', '', 'n/a (no /usr/bin/time)');

    const per = result.samples.map((s) => {
      const h = s.humfig;
      const r = t.ref ? s[t.ref] : undefined;
      switch (t.kind) {
        case 'time': return h.ms / r.ms;
        case 'seconds': return h.ms / 1000;
        case 'mibps': return row.mib / (h.ms / 1000);
        case 'memRatio': return h.rssKiB / r.rssKiB;
        case 'memDelta': return (h.rssKiB - r.rssKiB) / 1024;
        case 'memAbs': return h.rssKiB / 1024;
      }
      throw new HarnessError(`unknown target kind ${t.kind}`);
    });
    const m = median(per);
    const fmt =
      t.kind === 'memDelta' ? fmtDelta : t.kind === 'memAbs' ? fmtMiB : t.kind === 'seconds' ? (v) => `${v.toFixed(2)} s` : t.kind === 'mibps' ? (v) => `${v.toFixed(2)} MiB/s` : fmtRatio;
    const peakOf = (name) => (timeBin ? median(result.samples.map((s) => s[name].rssKiB / 1024)) : undefined);
    const ph = peakOf('humfig');
    const peak = ph === undefined ? 'n/a' : t.ref ? `${ph.toFixed(1)} / ${peakOf(t.ref).toFixed(1)}` : ph.toFixed(1);
    return line(fmt(m), fmt(Math.min(...per)), fmt(Math.max(...per)), peak, t.info ? 'n/a' : m <= t.limit ? 'PASS' : 'FAIL');
  });
}

function markdownTable(header, rows) {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = process.hrtime.bigint();
  const options = readOptions();
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new HarnessError('dist/cli.js is missing: run `npm run build` (or `npm run bench`, which builds first)');

  // GNU time: a BSD or busybox `time` has no -f %M; we check that it reports what we parse
  let timeBin = isExecutable('/usr/bin/time') ? '/usr/bin/time' : undefined;
  if (timeBin) {
    const probe = await runOnce({ argv: [NODE, '-e', ''] }, timeBin);
    if (!(probe.rssKiB > 0)) timeBin = undefined;
  }
  const jq = findOnPath('jq');
  let jqVersion = '';
  if (jq) jqVersion = (await runOnce({ argv: [jq, '--version'] })).stdout.trim();

  const scratch = mkdtempSync(join(tmpdir(), 'humfig-bench-'));
  try {
    // F: the cost of starting Node and printing one line from an ES module
    const hello = join(scratch, 'hello.mjs');
    writeFileSync(hello, "console.log('hello');\n");
    const report = join(scratch, 'report-1mb.txt');
    writeFileSync(report, reportText(1_000_000));

    // only generate the large file when a selected row needs it
    const HXL_SIZES = [[1, 'base'], [10, '10×'], [100, '100×, the goal']];
    const probeHxl = options.hxl ? { files: HXL_SIZES.map(([mib, label]) => ({ mib, label, path: '' })) } : undefined;
    const probeRows = defineRows({ hello, report, large: { id: 'x', json: '', ndjson: '', figures: options.figures }, table: { json: '', figures: TABLE_FIGURES }, jq, more: options.more, hxl: probeHxl });
    const wanted = (row) => !options.rowFilter || options.rowFilter.test(row.key);
    if (!probeRows.some(wanted)) throw new UsageError(`--rows matches no row; keys: ${probeRows.map((r) => r.key).join(', ')}`);
    const needLarge = probeRows.some((r) => r.size === 'large' && !r.key.startsWith('table') && !r.key.startsWith('hxl-') && wanted(r));
    const needTable = probeRows.some((r) => r.key.startsWith('table') && wanted(r));
    const table = needTable ? { ...(await largeDataset(TABLE_FIGURES, DEFAULT_SEED)), figures: TABLE_FIGURES } : undefined;
    const large = needLarge ? { ...(await largeDataset(options.figures, DEFAULT_SEED)), figures: options.figures } : undefined;
    if (large) SHORTEN.push(large.dir);
    let hxl;
    if (options.hxl) {
      const { generateHxl } = await import('./generate-hxl.mjs');
      const files = [];
      for (const [mib, label] of HXL_SIZES) {
        if (!probeRows.some((r) => r.key === `hxl-${mib}` && wanted(r))) continue;
        const path = join(scratch, `hno-${mib}.csv`);
        await generateHxl(mib * 1024 * 1024, path);
        files.push({ mib, path, label });
      }
      hxl = { files, python: findOnPath('python3') };
    }
    const rows = defineRows({ hello, report, large, table, jq, more: options.more, hxl }).filter(wanted);

    const lines = [];
    for (const row of rows) {
      const result = await measureRow(row, options.rounds[row.size], timeBin);
      lines.push(...reportRow(row, result, { jq, timeBin }));
    }

    const header = ['row', 'target', 'median', 'min', 'max', 'peak MiB (humfig / ref)', 'result'];
    const out = [markdownTable(header, lines.map((l) => l.cells)), ''];
    const pass = lines.filter((l) => l.verdict === 'PASS').length;
    const fail = lines.filter((l) => l.verdict.startsWith('FAIL')).length;
    out.push(`${pass} PASS, ${fail} FAIL, ${lines.length - pass - fail} skipped or n/a.`);
    out.push(
      jq ? `jq: found (${jq}, ${jqVersion}).` : 'jq: not found; the rows compared with jq were skipped.',
      timeBin
        ? 'Peak memory: maximum resident set size from `/usr/bin/time -f %M`, median of the rounds.'
        : 'Peak memory: n/a, /usr/bin/time (GNU time) is not available, so no memory was measured.',
      `Rounds: ${options.rounds.small} for the bundled-data rows, ${options.rounds.large} for the large file, after one warm-up of each command; ratios are per round, humfig / reference.`,
      `F = \`node hello.mjs\` (one line from an ES module). Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}.`,
    );
    if (large) out.push(`Large file: ${large.json} (${fmtMiB(large.bytes / MIB)}, seed ${DEFAULT_SEED}), query id ${large.id}.`);
    out.push(`Took ${fmtSeconds(Number(process.hrtime.bigint() - started) / 1e6)}.`);
    console.log(out.join('\n'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  if (err instanceof UsageError) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
  console.error(`bench: harness error: ${err instanceof HarnessError ? err.message : err?.stack ?? err}`);
  process.exit(1);
});
