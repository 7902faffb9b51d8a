/**
 * A large HXL file is read a piece at a time, twice, and never held whole (PIECES_MIN_BYTES and
 * up). Forced on small files here: every fixture imports to the same bytes, the same report and
 * the same exit code whether it is read whole or in pieces, errors included.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHxlCommand } from '../../../src/commands/import-hxl.js';
import type { Io } from '../../../src/commands/context.js';

const dir = mkdtempSync(join(tmpdir(), 'humfig-pieces-'));
const fixtures = new URL('../../fixtures/hxl/', import.meta.url).pathname;

async function importFile(file: string, piecesMinBytes: number | undefined, extra: { encoding?: 'latin1'; asOf?: string } = {}): Promise<{ code: number | string; out: string | null; err: string }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  let err = '';
  const io: Io = { out: () => {}, write: async () => {}, lineBlocks: async function* () {}, err: (t) => void (err += t) };
  let code: number | string;
  try {
    code = await importHxlCommand(
      { file, out, today: '2024-06-15', format: 'table', render: { color: false }, facts: { path: '', display: '' }, stdin: async () => Buffer.alloc(0), piecesMinBytes, asOf: extra.asOf ?? '2024', ...(extra.encoding ? { encoding: extra.encoding } : {}) },
      io,
    );
  } catch (e) {
    code = `${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
  // the report names the output file, different for each run
  return { code, out: existsSync(out) ? readFileSync(out, 'utf8') : null, err: err.split(out).join('<out>') };
}

const files = [
  ...readdirSync(fixtures).filter((f) => /\.(csv|tsv)$/.test(f)).map((f) => join(fixtures, f)),
  ...readdirSync(join(fixtures, 'families')).map((f) => join(fixtures, 'families', f)),
];

describe('import hxl: a file read in pieces imports as one read whole', () => {
  it.each(files.map((f) => [f.slice(fixtures.length)]))('%s', async (name) => {
    const file = join(fixtures, name);
    const whole = await importFile(file, undefined);
    expect(await importFile(file, 0)).toEqual(whole);
  });

  it('a generated file of 25,000 rows, with quoted cells and CRLF line ends, read in pieces as whole', async () => {
    const file = join(dir, 'hno.csv');
    const rows = Array.from({ length: 25_000 }, (_, i) => `ML${String((i % 50) + 10).padStart(2, '0')},"S ${Math.floor(i / 50)}, north",${1000 + i}`);
    writeFileSync(file, ['Admin 1,Sector,In need', '#adm1+code,#sector+name,#inneed', ...rows].join('\r\n'));
    const whole = await importFile(file, undefined);
    expect(whole.code).toBe(0);
    expect(await importFile(file, 0)).toEqual(whole);
  });

  it('invalid UTF-8 gives the same error, with the byte, the line and the hint naming --encoding', async () => {
    const file = join(dir, 'latin.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('#adm1+name,#affected\nKessa,12\n'), Buffer.from([0x43, 0xf4, 0x74, 0x65]), Buffer.from(',40\n')]));
    const whole = await importFile(file, undefined);
    expect(whole.code).toMatch(/invalid UTF-8 at byte 31.*--encoding/);
    expect(await importFile(file, 0)).toEqual(whole);
    // and read as Windows-1252 when asked, in pieces as whole
    const latin = await importFile(file, undefined, { encoding: 'latin1' });
    expect(latin.code).toBe(0);
    expect(await importFile(file, 0, { encoding: 'latin1' })).toEqual(latin);
  });

  it("reads Windows-1252's own characters of bytes 0x80 to 0x9F (’ – €), whole or in pieces, not as control characters", async () => {
    const file = join(dir, 'cp1252.csv');
    // "Côte d’Ivoire" and "Bassa – Nord" as Excel saves them
    writeFileSync(file, Buffer.concat([Buffer.from('#country+name,#adm1+name,#affected\nC'), Buffer.from([0xf4]), Buffer.from('te d'), Buffer.from([0x92]), Buffer.from('Ivoire,Bassa '), Buffer.from([0x96]), Buffer.from(' Nord,12\n')]));
    const whole = await importFile(file, undefined, { encoding: 'latin1' });
    expect(whole.code).toBe(0);
    const places = (JSON.parse(whole.out!) as { places: Array<{ name: string; iso3?: string }> }).places;
    expect(places.map((p) => [p.name, p.iso3])).toEqual([['Côte d’Ivoire', 'CIV'], ['Bassa – Nord', 'CIV']]);
    expect(await importFile(file, 0, { encoding: 'latin1' })).toEqual(whole);
  });

  it('reads a file that can only be UTF-8 as UTF-8 whatever --encoding says, whole or in pieces, and says why', async () => {
    const bom = join(dir, 'bom.csv');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('#country+name,#adm1+name,#affected\nColombia,Chocó,12\n')]));
    const plain = join(dir, 'utf8.csv');
    writeFileSync(plain, '#country+name,#adm1+name,#affected\nColombia,Chocó,12\n');
    for (const [file, why] of [
      [bom, "the file begins with UTF-8's byte-order mark: read as UTF-8, not as --encoding latin1"],
      [plain, 'the file is valid UTF-8 and holds characters beyond ASCII: read as UTF-8, not as --encoding latin1'],
    ] as const) {
      const whole = await importFile(file, undefined, { encoding: 'latin1' });
      expect(whole.code).toBe(0);
      expect((JSON.parse(whole.out!) as { places: Array<{ name: string }> }).places.map((p) => p.name)).toEqual(['Colombia', 'Chocó']);
      expect(whole.err).toContain(why);
      expect(await importFile(file, 0, { encoding: 'latin1' })).toEqual(whole);
    }
  });

  it('refuses a UTF-16 file with --encoding as without it, whole or in pieces', async () => {
    const file = join(dir, 'utf16.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('#adm1+name,#affected\nKessa,12\n', 'utf16le')]));
    const whole = await importFile(file, undefined, { encoding: 'latin1' });
    expect(whole.code).toMatch(/the file is UTF-16; save it as UTF-8/);
    expect(await importFile(file, 0, { encoding: 'latin1' })).toEqual(whole);
  });
});
