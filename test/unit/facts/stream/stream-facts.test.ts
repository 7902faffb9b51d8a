/**
 * Large files read as streams: the NDJSON form (validateFactsStream) and the acceptance path
 * of large JSON documents (acceptJsonDocument), held to the whole-document validator: the same
 * verdict, the same figures, the same problems at the same paths.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileIssue } from '../../../../src/errors.js';
import { sourceTextReader } from '../../../../src/facts/load-facts.js';
import type { FactsFile } from '../../../../src/facts/schema.js';
import { acceptJsonDocument } from '../../../../src/facts/stream/stream-document.js';
import type { Keep } from '../../../../src/facts/stream/figure-sink.js';
import { validateFactsStream } from '../../../../src/facts/stream/stream-facts.js';
import { validateFactsText } from '../../../../src/facts/validate-facts.js';
import { generateFacts } from '../../../bench/generate-facts.mjs';

const FIXTURE = fileURLToPath(new URL('../../../fixtures/facts/minimal.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'humfig-stream-'));
mkdirSync(join(dir, 'sources'));
copyFileSync(fileURLToPath(new URL('../../../fixtures/facts/sources/report.txt', import.meta.url)), join(dir, 'sources', 'report.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minimal: FactsFile = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(FIXTURE, 'utf8')));
let counter = 0;

/** Writes a file into the scratch folder (beside sources/report.txt) and returns its path. */
function write(name: string, text: string | Buffer): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, text);
  return path;
}

/** The streamed form of a document: its header line, then one figure per line. */
function ndjsonOf(doc: Record<string, unknown>): string {
  const { figures, ...header } = doc as { figures: unknown[] };
  return `${[header, ...figures].map((x) => JSON.stringify(x)).join('\n')}\n`;
}

const stream = (path: string, keep?: Keep) => validateFactsStream(path, { display: 'f.ndjson', readText: sourceTextReader(path), keep });
const whole = (path: string, text: string) => validateFactsText(text, 'f.json', sourceTextReader(path));
const pathsAndMessages = (issues: FileIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).sort();

describe('the streamed form (NDJSON)', () => {
  it('gives the same figures as the JSON document, and keeps only those asked for', async () => {
    const { facts } = generateFacts({ figures: 300, seed: 3, sourceText: false });
    const path = write('gen.ndjson', ndjsonOf(facts));
    const all = await stream(path);
    expect(all.issues).toEqual([]);
    expect(all.figures).toBe(300);
    expect(all.facts).toEqual(facts);
    const some = await stream(path, { prefixes: [facts.figures[7]!.id] });
    expect(some.figures).toBe(300);
    expect(some.facts?.figures).toEqual([facts.figures[7]]);
  });

  it('accepts CR LF line ends, blank lines and a byte-order mark', async () => {
    const text = `\ufeff${ndjsonOf(minimal as never).replace(/\n/g, '\r\n\r\n')}`;
    const r = await stream(write('crlf.ndjson', text));
    expect(r.issues).toEqual([]);
    expect(r.facts?.figures).toEqual(minimal.figures);
  });

  // each change is made to the parsed fixture, then written both ways
  const changes: Array<[string, (d: any) => void]> = [
    ['a string value', (d) => (d.figures[0].value = '12500')],
    ['a negative value', (d) => (d.figures[2].value = -300)],
    ['an unknown qualifier', (d) => (d.figures[1].qualifier = 'about')],
    ['an impossible date', (d) => (d.figures[0].asOf = '2023-02-30')],
    ['a duplicate figure id', (d) => (d.figures[2].id = 'flood-appeal')],
    ['an unknown source', (d) => (d.figures[2].source = 'reprot')],
    ['an unknown place', (d) => (d.figures[1].place = 'distric')],
    ['low above the value', (d) => (d.figures[0].low = 13000)],
    ['an unknown unit', (d) => (d.figures[0].unit = 'persons')],
    ['an unknown field', (d) => (d.figures[1].valeu = 3)],
    ['a missing field', (d) => delete d.figures[1].quote],
    ['a quote not in the source', (d) => (d.figures[0].quote = 'displaced some 12,600 people')],
    ['a quote without the value', (d) => (d.figures[0].value = 12600)],
    ['a relation to an unknown figure', (d) => (d.relations = [{ part: 'flood-displaced', whole: 'no-such-figure' }])],
    ['a relation to a figure that fails the schema', (d) => {
      d.relations = [{ part: 'flood-displaced', whole: 'flood-appeal' }];
      d.figures[1].value = -1;
    }],
    ['a bad header field', (d) => (d.dataset.updated = '2024-13-01')],
    ['an unknown source in the header', (d) => d.sources.push({ ...d.sources[0], id: 'report-2', text: '../outside.txt' })],
    ['several problems', (d) => {
      d.figures[0].value = -1;
      d.figures[1].place = 'nowhere';
      d.figures[2].id = 'flood-displaced';
    }],
  ];

  it.each(changes)('reports %s as the JSON document does, on the line of the figure', async (what, change) => {
    const doc = structuredClone(minimal) as any;
    change(doc);
    const json = JSON.stringify(doc, null, 2);
    const expected = whole(write('doc.json', json), json);
    expect(expected.issues.length).toBeGreaterThan(0);
    const got = await stream(write('doc.ndjson', ndjsonOf(doc)));
    expect(got.facts).toBeUndefined();
    if (what === 'several problems') {
      // the whole document stops at schema problems; the stream also checks the references of
      // the figures that passed the schema, so it reports more, never less
      expect(pathsAndMessages(got.issues)).toEqual(expect.arrayContaining(pathsAndMessages(expected.issues)));
      expect(pathsAndMessages(got.issues)).toContain("figures[1].place: unknown place 'nowhere'; places are: district");
    } else {
      expect(pathsAndMessages(got.issues)).toEqual(pathsAndMessages(expected.issues));
    }
    for (const issue of got.issues) {
      const figure = /^figures\[(\d+)\]/.exec(issue.path);
      // line 1 is the header; figure i is on line i + 2
      expect(issue.line).toBe(figure ? Number(figure[1]) + 2 : 1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports a duplicate key, a syntax error and bad UTF-8 on their lines, and goes on', async () => {
    const lines = ndjsonOf(minimal as never).trimEnd().split('\n');
    lines[1] = lines[1]!.replace('"value":12500', '"value":12500,"value":12500');
    lines[2] = lines[2]!.slice(0, -1);
    const text = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]);
    const r = await stream(write('bad.ndjson', text));
    expect(r.issues.map((i) => [i.line, i.path, i.message.split(';')[0]])).toEqual([
      [2, 'figures[0].value', "duplicate key 'value' (first at line 2)"],
      [3, 'figures[1]', expect.stringContaining('')],
      [5, 'figures[3]', 'the line is not valid UTF-8'],
    ]);
    expect(r.figures).toBe(4);
  });

  it('counts colons in free text right: accepts them, still finds a repeated key among them', async () => {
    const { facts } = generateFacts({ figures: 3, seed: 4, sourceText: false });
    const doc = structuredClone(facts) as any;
    doc.figures[0].label = 'Note: a: b';
    doc.figures[0].notes = 'x:y';
    doc.figures[1].label = 'Escaped colon \u003a here';
    const clean = ndjsonOf(doc);
    expect((await stream(write('colons.ndjson', clean))).issues).toEqual([]);
    // an escaped colon in the text itself, and a key written twice, with colons in both values
    const escaped = clean.replace('Escaped colon : here', 'Escaped colon \\u003a here');
    expect((await stream(write('escaped.ndjson', escaped))).issues).toEqual([]);
    const lines = escaped.split('\n');
    lines[1] = lines[1]!.replace('"notes":"x:y"', '"notes":"a:b","notes":"x:y"');
    const r = await stream(write('twice.ndjson', lines.join('\n')));
    expect(r.issues.map((i) => `${i.line} ${i.path} ${i.message.split(' (')[0]}`)).toEqual(["2 figures[0].notes duplicate key 'notes'"]);
  });

  it('says so when the header line is missing or the file is empty', async () => {
    const figuresOnly = minimal.figures.map((f) => JSON.stringify(f)).join('\n');
    const r = await stream(write('noheader.ndjson', figuresOnly));
    expect(r.issues.map((i) => i.message)).toContain('the first line of a streamed facts file (.ndjson) is its header: format, dataset, sources and places; this line looks like a figure');
    expect((await stream(write('empty.ndjson', '\n \n'))).issues[0]?.message).toContain('the file is empty');
  });

  it('reads a line longer than its buffer, and UTF-8 cut across reads', async () => {
    const doc = structuredClone(minimal) as any;
    doc.figures[0].notes = 'é'.repeat(3999);
    doc.figures[0].stated = Array.from({ length: 200 }, () => ({ value: 12500, unit: 'person', quote: 'displaced some 12,500 people' }));
    const r = await stream(write('long.ndjson', ndjsonOf(doc)));
    expect(r.issues).toEqual([]);
    expect(r.facts?.figures[0]).toEqual(doc.figures[0]);
  });
});

describe('large JSON documents read as a stream', () => {
  const accept = (path: string) => acceptJsonDocument(path, { display: 'f.json', readText: sourceTextReader(path) });

  it('accepts a valid document with the figures JSON.parse gives, in any layout', async () => {
    const { facts } = generateFacts({ figures: 200, seed: 5, sourceText: false });
    const { figures, ...rest } = facts;
    const head = JSON.stringify(rest).slice(0, -1);
    const f = figures.map((x) => JSON.stringify(x));
    // figures one per line, as large files are usually written, with the odd cases mixed in:
    // two on a line, a comma first, spaces and CR LF around, the closing bracket on the last line
    const mixed = `${head},"figures":[\n${f.slice(0, 50).join(',\n')},\n${f.slice(50, 60).join(', ')}\n${f.slice(60, 100).map((x) => `, ${x}  \r`).join('\n')}\n,${f.slice(100).join(' ,\n')}]}`;
    for (const text of [JSON.stringify(facts), JSON.stringify(facts, null, 2), `\ufeff${JSON.stringify(facts, null, '\t')}\r\n`, mixed]) {
      const r = await accept(write('gen.json', text));
      expect(r?.figures).toBe(200);
      expect(r?.facts).toEqual(facts);
    }
  });

  it('gives up on every problem, and on layouts it cannot check as it reads', async () => {
    for (const [, change] of acceptanceChanges) {
      const doc = structuredClone(minimal) as any;
      change(doc);
      expect(await accept(write('bad.json', JSON.stringify(doc, null, 2)))).toBeUndefined();
    }
    const { figures, ...rest } = minimal;
    const reordered = { figures, ...rest };
    expect(await accept(write('order.json', JSON.stringify(reordered)))).toBeUndefined();
    const withDuplicateKey = JSON.stringify(minimal).replace('"value":12500', '"value":12500,"value":12500');
    expect(await accept(write('dupkey.json', withDuplicateKey))).toBeUndefined();
    expect(await accept(write('trailing.json', `${JSON.stringify(minimal)} {}`))).toBeUndefined();
  });

});

/** Changes the acceptance path must give up on: problems, and relations it cannot check as it reads. */
const acceptanceChanges: Array<[string, (d: any) => void]> = [
  ['a negative value', (d) => (d.figures[2].value = -300)],
  ['a duplicate figure id', (d) => (d.figures[2].id = 'flood-appeal')],
  ['an unknown place', (d) => (d.figures[1].place = 'distric')],
  ['a quote not in the source', (d) => (d.figures[0].quote = 'displaced some 12,600 people')],
  ['a relation to an unknown figure, before the figures', (d) => {
    const { figures, ...rest } = d;
    for (const k of Object.keys(d)) delete d[k];
    Object.assign(d, rest, { relations: [{ part: 'flood-displaced', whole: 'nope' }], figures });
  }],
  ['a valid relation after the figures (not checkable as it reads)', (d) => (d.relations = [{ part: 'flood-displaced', whole: 'flood-appeal' }])],
  ['a bad rate after the figures', (d) => (d.rates = [{ date: '2024-05-02', base: 'USD', quote: 'USD', rate: '1', source: 'report' }])],
];
