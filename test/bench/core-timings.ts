/**
 * Timings of the core, in one process, for the costs the test suite must not assert (a test
 * asserts what humfig does; how long it takes depends on the machine's load): the extractor on a
 * report of about 100 pages and on inputs that could make a regular expression backtrack, and a
 * rate lookup in the bundled ECB history. Run by `npm run bench:core` (test/bench/core.mjs).
 *
 * Each row runs once to warm up, then `ROUNDS` times; the table shows the median and the
 * slowest round against the target. Exit 0 whatever the results (it is a report).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../src/extract/extract.js';
import { openEcbCsvTable } from '../../src/convert/rate-table.js';

const ROOT = process.env.HUMFIG_ROOT ?? process.cwd();
const ROUNDS = 5;

interface Row {
  name: string;
  /** the target, in ms, for one round */
  targetMs: number;
  run(): void;
}

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'extract', name), 'utf8');

/** About 100 pages of varied report text, built from the three invented reports. */
function longReport(): string {
  const texts = ['flash-update-tavarra.txt', 'appeal-kestria.txt', 'wire-ostrel-valley.txt'].map(fixture);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 300_000; i++) {
    const t = texts[i % texts.length]!
      .replace(/\d{1,3}(?:,\d{3})+/g, (m) => String(Number(m.replace(/,/g, '')) + i).replace(/\B(?=(\d{3})+$)/g, ','))
      .replace(/Port Ostrel|Varnhold|Ostrel Valley/g, (m) => `${m} ${String.fromCharCode(65 + (i % 26))}`);
    parts.push(t);
    size += t.length + 2;
  }
  return parts.join('\n\n');
}

const HOSTILE: Array<[string, string]> = [
  ['a long run of capitalised words after "nearly all of"', `Nearly all of ${'Upper Besk '.repeat(3000)}120,000 residents fled.`],
  ['a long capitalised line without a slash', `${'ANA KOVAC '.repeat(5000)}said 300 people fled.`],
  ['a long run of digits and commas', `${'1,2'.repeat(20000)} people`],
  ['one very long line of prose', 'Some 2,000 people fled Pell on Monday, '.repeat(8000)],
  ['many dots', `${'. '.repeat(50000)}500 people`],
  // (a lookbehind over a run of spaces once took 35 s on this: "killed" then 100,000 spaces)
  ['a long run of spaces after a verb of casualty', `killed${' '.repeat(100000)}thousands of people; over${' '.repeat(50000)}hundred fled`],
  // (a lead read from the sentence's start for each number once took 10 s on 4,000 such lines: one sentence, no full stop)
  ['4,000 lines of one sentence, each ending in a number', `aaa ${'aaaaaaaaaa '.repeat(5)}- ${'~ '.repeat(30)}5\n`.repeat(4000)],
];

function rows(): Row[] {
  const report = longReport();
  const csv = readFileSync(join(ROOT, 'data', 'rates', 'eurofxref-hist.csv'), 'utf8');
  const source = { id: 'ecb-eurofxref', name: 'ECB' };
  return [
    { name: 'extract: a report of about 100 pages (300 KB)', targetMs: 1000, run: () => void extractFigures(report, { published: '2024-11-18', sourceFile: 'report.txt' }) },
    ...HOSTILE.map(([what, text]): Row => ({ name: `extract: ${what}`, targetMs: 1500, run: () => void extractFigures(text, { published: '2024-05-20', sourceFile: 'source.txt' }) })),
    {
      name: 'rates: index the 1.8 MB ECB history and look up 100 dates (the old test: 2 ms a lookup)',
      targetMs: 2 * 100,
      run: () => {
        const table = openEcbCsvTable(csv, source);
        for (let i = 0; i < 100; i++) table.onOrBefore('CHF', `20${String(i % 25).padStart(2, '0')}-06-15`);
      },
    },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function main(): void {
  const out = ['| row | target | median | slowest | result |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows()) {
    row.run();
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now();
      row.run();
      times.push(performance.now() - start);
    }
    const m = median(times);
    out.push(`| ${row.name} | ≤ ${row.targetMs} ms | ${m.toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms | ${m <= row.targetMs ? 'PASS' : 'FAIL'} |`);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log(out.join('\n'));
  console.log(`\n${ROUNDS} rounds after one warm-up; Node ${process.version}. Absolute times move with the machine's load: compare runs on one machine.`);
}
