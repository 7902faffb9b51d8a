import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsWriter } from '../../../src/commands/facts-writer.js';
import type { Io } from '../../../src/commands/context.js';
import type { FactsEnvelope } from '../../../src/facts/check-facts.js';
import type { Figure } from '../../../src/facts/schema.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';

const envelope: FactsEnvelope = {
  format: 'humfig-facts/1',
  dataset: { id: 'd', title: 'D', updated: '2024-12-31' },
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2024-06-01', url: null }],
  places: [{ id: 'MLI', name: 'Mali', iso3: 'MLI', level: 0 }],
};
const figures: Figure[] = Array.from({ length: 7 }, (_, i) => ({
  id: `people-in-need-${i}`,
  label: `In need "${i}" é`,
  indicator: 'people-in-need',
  value: 1000 + i,
  unit: 'person',
  qualifier: 'exact',
  place: 'MLI',
  asOf: '2024',
  source: 's',
  quote: `#inneed: ${1000 + i}`,
}));

function fakeIo(): Io & { text: () => string } {
  const parts: string[] = [];
  return {
    out: (t) => void parts.push(t),
    write: async (t) => void parts.push(t),
    err: () => {},
    lineBlocks: () => (async function* () {})(),
    text: () => parts.join(''),
  };
}

async function written(streamed: boolean, spillAt: number, to: 'file' | 'stdout', reserve = 4096): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'humfig-writer-'));
  const out = join(dir, streamed ? 'f.ndjson' : 'f.json');
  const writer = new FactsWriter(streamed, spillAt, to === 'file' ? { out, inputs: [], reserve } : undefined);
  for (const f of figures) writer.add(f);
  const io = fakeIo();
  await writer.finish(envelope, io);
  if (to === 'stdout') return io.text();
  expect(readdirSync(dir)).toEqual([streamed ? 'f.ndjson' : 'f.json']);
  return readFileSync(out, 'utf8');
}

describe('FactsWriter', () => {
  it.each([
    ['held: indented', 100, 'file'],
    ['spooled: a figure a line', 2, 'file'],
    ['spooled, to standard output', 2, 'stdout'],
  ] as const)('writes the same valid JSON document %s', async (_, spillAt, to) => {
    const text = await written(false, spillAt, to);
    expect(JSON.parse(text)).toEqual({ ...envelope, figures });
    expect(validateFactsText(text, 'f.json', () => ({ ok: false, reason: 'none' })).issues).toEqual([]);
    if (spillAt < figures.length) {
      const lines = text.trimEnd().split('\n');
      // the header, one line per figure, the closing brackets
      expect(lines).toHaveLength(figures.length + 2);
      // in front of the figures, the header padded with spaces to the space kept for it
      expect(lines[0]).toMatch(/^\{"format":"humfig-facts\/1".*"figures":\[ *$/);
      if (to === 'file') expect(Buffer.byteLength(lines[0]!) + 1).toBe(4096);
      expect(lines.at(-1)).toBe(']}');
    } else {
      expect(text).toContain('\n  "figures": [\n');
    }
  });

  it.each([100, 2])('writes the streamed form to a .ndjson name: the header, then a figure a line (spill at %d)', async (spillAt) => {
    const lines = (await written(true, spillAt, 'file')).trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([envelope, ...figures]);
  });

  it.each([false, true])('writes the whole header, unpadded, when it is larger than the space kept for it (streamed %s)', async (streamed) => {
    const text = await written(streamed, 2, 'file', 16);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).not.toMatch(/ $/);
    if (streamed) expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([envelope, ...figures]);
    else expect(JSON.parse(text)).toEqual({ ...envelope, figures });
  });

  it('leaves neither the output nor a temporary file when the import ends without finishing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-writer-'));
    const writer = new FactsWriter(false, 2, { out: join(dir, 'f.json'), inputs: [], reserve: 4096 });
    for (const f of figures) writer.add(f);
    expect(readdirSync(dir)).toHaveLength(1);
    writer.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes each held figure once when the streamed form of a small import is larger than a write (1 MiB)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'humfig-writer-'));
    const out = join(dir, 'f.ndjson');
    const writer = new FactsWriter(true, 20_000, { out, inputs: [], reserve: 4096 });
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...figures[0]!, id: `people-in-need-${i}`, label: `In need ${i} ${'x'.repeat(250)}` }));
    for (const f of many) writer.add(f);
    await writer.finish(envelope, fakeIo());
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.slice(1).map((l) => (JSON.parse(l) as Figure).id)).toEqual(many.map((f) => f.id));
  });
});

