/** --json with dot paths: nested fields keep their nesting, unknown paths list what is allowed. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { FIGURE_FIELDS, FIGURE_NESTED } from '../../../src/output/figure-view.js';
import { checkFields, pickFields } from '../../../src/output/render.js';
import { catchError } from '../catch-error.js';

const RECORD = {
  id: 'pin-mli-fsc-2024',
  value: 3_600_000,
  place: { id: 'MLI', name: 'Mali', iso3: 'MLI', level: 0, pcode: null, parent: null },
  breakdown: { sector: 'FSC' },
  period: null,
};

describe('pickFields with dot paths', () => {
  it('keeps the nesting, several paths into one field sharing its object, in the order asked', () => {
    expect(JSON.stringify(pickFields(RECORD, ['id', 'place.name', 'place.iso3', 'breakdown.sector']))).toBe(
      '{"id":"pin-mli-fsc-2024","place":{"name":"Mali","iso3":"MLI"},"breakdown":{"sector":"FSC"}}',
    );
  });

  it('gives null for a key the record lacks, and for a path into a null field', () => {
    expect(JSON.stringify(pickFields(RECORD, ['breakdown.sex', 'period.start']))).toBe('{"breakdown":{"sex":null},"period":{"start":null}}');
  });

  it('a key named like an Object.prototype member is plain data, null when absent', () => {
    const picked = pickFields(RECORD, ['breakdown.constructor', 'breakdown.__proto__']);
    expect(JSON.stringify(picked)).toBe('{"breakdown":{"constructor":null,"__proto__":null}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('the whole field and a path into it: the whole field', () => {
    expect(pickFields(RECORD, ['place', 'place.name'])).toEqual({ place: RECORD.place });
  });
});

describe('checkFields with dot paths', () => {
  it.each(['place.name', 'source.published', 'period.end', 'breakdown.population-group'])('%s is allowed', (field) => {
    expect(() => checkFields([field], FIGURE_FIELDS, '--json', FIGURE_NESTED)).not.toThrow();
  });

  it.each(['place.nam', 'value.x', 'stated.value', 'breakdown.Not_Kebab', 'place.'])('%s is an error listing the allowed fields', (field) => {
    const error = catchError(() => checkFields([field], FIGURE_FIELDS, '--json', FIGURE_NESTED));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`unknown field '${field}' for --json`);
    expect(error.hints[0]).toContain('place, place.id, place.name, place.iso3, place.level, place.pcode, place.parent, source, source.id');
    expect(error.hints[0]).toContain('breakdown, breakdown.<dimension>, period, period.start, period.end');
  });
});
