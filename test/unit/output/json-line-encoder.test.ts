import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonLineEncoder, renderJsonLine } from '../../../src/output/render-json.js';

const repeated = new Set(['label', 'place']);

/** Strings with what JSON and the terminal guard escape: quotes, backslashes, controls, DEL, C1, bidi, separators, lone surrogates. */
const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'plain', 'say "hi"', 'a\\b', 'tab\there', 'line\nbreak', '\u0000', '\u007f', '\u0085', '\u061c', '\u200e', '\u202e', '\u2066', '\u2028', '\ud800', 'é', '日本'),
);
const scalar = fc.oneof(awkward, fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 5e-7, Number.NaN, Infinity), fc.boolean(), fc.constant(null), fc.constant(undefined));
const nested = fc.oneof(fc.dictionary(awkward, scalar, { maxKeys: 4 }), fc.array(fc.dictionary(awkward, scalar, { maxKeys: 3 }), { maxLength: 3 }));
const record = fc.dictionary(fc.oneof(fc.constantFrom('id', 'label', 'place', 'value', 'breakdown', '0', '10', '__proto__x'), awkward), fc.oneof(scalar, nested), { maxKeys: 12 });

describe('JsonLineEncoder', () => {
  it('writes every record byte for byte as renderJsonLine does, its caches warm or cold', () => {
    const encoder = new JsonLineEncoder(repeated, 8);
    const line = (r: object) => {
      encoder.add(r);
      return encoder.take().toString('utf8');
    };
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        for (const r of records) expect(`${line(r)}\n`).toBe(renderJsonLine(r));
        // again: the strings and nested values now come from the caches
        for (const r of records) expect(`${line(r)}\n`).toBe(renderJsonLine(r));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('writes a nested value shared by records once made, and a changed record as it now is', () => {
    const encoder = new JsonLineEncoder(repeated);
    const line = (r: object) => {
      encoder.add(r);
      return encoder.take().toString('utf8');
    };
    const breakdown = { sex: 'f', age: '0-4' };
    const a = { id: 'a', label: 'In need', breakdown };
    const b = { id: 'b', label: 'In need', breakdown, period: { start: '2024-01-01', end: '2024-12-31' } };
    expect(line(a)).toBe('{"id":"a","label":"In need","breakdown":{"sex":"f","age":"0-4"}}');
    expect(line(b)).toBe(renderJsonLine(b).trimEnd());
    const c = { ...a, label: 'Targeted "all"', breakdown: { sex: 'm' } };
    expect(line(c)).toBe('{"id":"a","label":"Targeted \\"all\\"","breakdown":{"sex":"m"}}');
  });

  it('hands a record it does not write itself to renderJsonLine (a toJSON method, a class instance)', () => {
    const encoder = new JsonLineEncoder(repeated);
    const line = (r: object) => {
      encoder.add(r);
      return encoder.take().toString('utf8');
    };
    const withToJson = { id: 'x', when: new Date(Date.UTC(2024, 0, 2)) };
    class Thing {
      id = 'y';
    }
    expect(line(withToJson)).toBe('{"id":"x","when":"2024-01-02T00:00:00.000Z"}');
    expect(line(new Thing())).toBe('{"id":"y"}');
  });

  it('appends records and separators until taken, past the size of its buffer', () => {
    const encoder = new JsonLineEncoder(repeated);
    const records = [{ id: 'a', label: 'x'.repeat(3_000_000) }, { id: 'b', label: 'é'.repeat(1_500_000) }, { id: 'c', value: 1 }];
    for (const r of records) {
      encoder.add(r);
      encoder.addBytes(Buffer.from(',\n'));
    }
    expect(encoder.take().toString('utf8')).toBe(records.map((r) => `${renderJsonLine(r).trimEnd()},\n`).join(''));
    expect(encoder.length).toBe(0);
  });
});

