import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceTextReader } from '../../../src/facts/load-facts.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';

const FILE = fileURLToPath(new URL('../../fixtures/facts/minimal.json', import.meta.url));
const BASE = readFileSync(FILE, 'utf8');

/** Validates the minimal fixture after replacing `from` with `to` (which must occur once). */
function validateWith(from: string, to: string) {
  expect(BASE.split(from)).toHaveLength(2);
  return validateFactsText(BASE.replace(from, to), 'facts.json', sourceTextReader(FILE));
}

describe('validateFactsText on the minimal fixture', () => {
  it('accepts it as written', () => {
    const r = validateFactsText(BASE, 'facts.json', sourceTextReader(FILE));
    expect(r.issues).toEqual([]);
    expect(r.facts?.figures).toHaveLength(3);
  });

  it('accepts a byte-order mark', () => {
    expect(validateFactsText(`\ufeff${BASE}`, 'facts.json', sourceTextReader(FILE)).issues).toEqual([]);
  });

  // [what, replace this, with this, expected path, line, message fragment]
  it.each([
    ['a string where a number belongs', '"value": 12500,', '"value": "12500",', 'figures[0].value', 25, 'expected a number, found a string ("12500")'],
    ['a negative value', '"value": 300,', '"value": -300,', 'figures[2].value', 49, 'must not be negative'],
    ['an infinite value (1e400)', '"value": 300,', '"value": 1e400,', 'figures[2].value', 49, 'must be a finite number'],
    ['an integer a double cannot hold', '"value": 300,', '"value": 9007199254740993,', 'figures[2].value', 49, 'too large to be held exactly'],
    ['an unknown qualifier', '"qualifier": "exact",', '"qualifier": "about",', 'figures[1].qualifier', 39, 'must be one of exact, approximately, nearly'],
    ['a malformed date', '"asOf": "2024-04-30",', '"asOf": "30/04/2024",', 'figures[0].asOf', 29, 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['an impossible date', '"asOf": "2024-04-30",', '"asOf": "2023-02-30",', 'figures[0].asOf', 29, 'not a real calendar date'],
    ['month 13', '"published": "2024-05-02",', '"published": "2023-13-01",', 'sources[0].published', 13, 'not a real calendar date'],
    ['a duplicate figure id', '"id": "homes-lost",', '"id": "flood-appeal",', 'figures[2].id', 46, "duplicate figure id 'flood-appeal' (first used at figures[1])"],
    ['an unknown source', '"source": "report",\n      "quote": "More', '"source": "reprot",\n      "quote": "More', 'figures[2].source', 54, "unknown source 'reprot'"],
    ['an unknown place', '"place": "district",\n      "asOf": "2024-05",', '"place": "distric",\n      "asOf": "2024-05",', 'figures[1].place', 40, "unknown place 'distric'; did you mean district?"],
    ['low above the value', '"value": 12500,', '"value": 12500, "low": 13000,', 'figures[0].low', 25, 'low (13000) is above the value (12500)'],
    ['high below the value', '"value": 12500,', '"value": 12500, "high": 12000,', 'figures[0].high', 25, 'high (12000) is below the value (12500)'],
    ['a range without its high end', '"value": 12500,\n      "unit": "person",\n      "qualifier": "approximately",', '"value": 12500, "low": 12500,\n      "unit": "person",\n      "qualifier": "range",', 'figures[0].qualifier', 27, "qualifier 'range' needs both low and high, and high is missing"],
    ['a text path outside the folder', '"text": "sources/report.txt"', '"text": "../../../etc/passwd"', 'sources[0].text', 14, "leaves the facts file's folder"],
    ['a missing source text', '"text": "sources/report.txt"', '"text": "sources/missing.txt"', 'sources[0].text', 14, 'cannot read the source text'],
    ['a quote not in the source', '"quote": "displaced some 12,500 people"', '"quote": "displaced about 12,500 people"', 'figures[0].quote', 31, 'does not occur verbatim'],
    ['a quote without the number', '"value": 12500,', '"value": 12000,', 'figures[0].quote', 31, 'does not contain the value 12000 as written'],
    ['a missing field', '"label": "Appeal",\n', '', 'figures[1].label', 33, 'is missing; it is required (a string)'],
    ['an unknown field', '"label": "Appeal",', '"lable": "Appeal",', 'figures[1].lable', 35, "unknown field 'lable'; allowed fields here: id, label,"],
    ['a duplicate key', '"label": "Appeal",', '"label": "Appeal", "label": "Appeal 2",', 'figures[1].label', 35, "duplicate key 'label'"],
    // (zod and code that builds objects drop a '__proto__' key that JSON.parse keeps: validation must see it)
    ['a __proto__ key', '"label": "Appeal",', '"label": "Appeal", "breakdown": {"__proto__": "x", "sector": "FSC"},', 'figures[1].breakdown.__proto__', 35, "a key named '__proto__' is not allowed"],
    // (the key named with its rule, not zod's "Invalid key in record" quoting the value)
    ['a breakdown dimension not kebab-case', '"label": "Appeal",', '"label": "Appeal", "breakdown": {"Sector": "FSC"},', 'figures[1].breakdown.Sector', 35, 'the key "Sector" is not allowed: a breakdown dimension is kebab-case, such as population-group'],
    ['the wrong format', '"format": "humfig-facts/1"', '"format": "humfig-facts/2"', 'format', 2, 'format must be "humfig-facts/1"'],
    ['no format at all', '"format": "humfig-facts/1",', '', 'format', 1, 'is missing; format must be "humfig-facts/1"'],
    ['an id that is not kebab-case', '"id": "homes-lost",', '"id": "Homes Lost",', 'figures[2].id', 46, 'must be kebab-case'],
    ['an unknown unit', '"unit": "household",', '"unit": "housholds",', 'figures[2].unit', 50, "unknown unit 'housholds'"],
    ['an unknown currency', '"unit": "USD",', '"unit": "USX",', 'figures[1].unit', 38, "'USX' is not an ISO 4217 currency code"],
  ])('rejects %s', (_what, from, to, path, line, message) => {
    const r = validateWith(from, to);
    expect(r.facts).toBeUndefined();
    const issue = r.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(r.issues, null, 2)).toBeDefined();
    expect(issue!.file).toBe('facts.json');
    expect(issue!.line).toBe(line);
    expect(issue!.column).toBeGreaterThan(0);
    expect(issue!.message).toContain(message);
  });

  it.each([
    ['a trailing comma', '"quote": "More than 300 households lost their homes."\n    }', '"quote": "More than 300 households lost their homes.",\n    }', 55, 'trailing comma'],
    ['truncated JSON', '  ]\n}\n', '', 57, 'unexpected end of file'],
    ['an empty file', BASE, '', 1, 'empty'],
  ])('reports %s at its line', (_what, from, to, line, message) => {
    const r = validateFactsText(BASE.replace(from, to), 'facts.json', sourceTextReader(FILE));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'facts.json', path: '', line });
    expect(r.issues[0]!.message).toContain(message);
  });

  it('lists every problem, not only the first, in document order', () => {
    const text = BASE.replace('"value": 12500,', '"value": -1,').replace('"qualifier": "exact",', '"qualifier": "roughly",');
    const r = validateFactsText(text, 'facts.json', sourceTextReader(FILE));
    expect(r.issues.map((i) => [i.path, i.line])).toEqual([
      ['figures[0].value', 25],
      ['figures[1].qualifier', 39],
    ]);
  });

  it('rejects a relation to an unknown figure and a figure that is part of itself', () => {
    const text = BASE.replace('\n  ]\n}', '\n  ],\n  "relations": [{ "part": "homes-lost", "whole": "homes-lost" }, { "part": "nope", "whole": "flood-displaced" }]\n}');
    const r = validateFactsText(text, 'facts.json', sourceTextReader(FILE));
    expect(r.issues.map((i) => [i.path, i.message])).toEqual([
      ['relations[0]', "a figure cannot be a part of itself ('homes-lost')"],
      ['relations[1].part', "unknown figure 'nope'"],
    ]);
  });
});

describe('messages that list what a file has', () => {
  it('name up to 12 places, else the first 10 and how many in all', () => {
    const doc = JSON.parse(BASE) as { places: Array<{ id: string; name: string }>; figures: Array<{ place: string }> };
    const extra = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `zone-${i}`, name: `Zone ${i}` }));
    const message = (places: number) => {
      const copy = structuredClone(doc);
      copy.places.push(...extra(places));
      copy.figures[0]!.place = 'qqqqqqqq';
      const issues = validateFactsText(JSON.stringify(copy), 'facts.json', sourceTextReader(FILE)).issues;
      return issues.find((i) => i.path === 'figures[0].place')!.message;
    };
    expect(message(10)).toMatch(/; places are: district, zone-0, .*, zone-9$/);
    const many = message(300);
    expect(many).toMatch(/; places are: district, zone-0, zone-1, zone-2, zone-3, zone-4, zone-5, zone-6, zone-7, zone-8, \.\.\. \(301 in all\)$/);
  });
});

describe('places in a hierarchy, breakdowns and periods', () => {
  type Doc = { places: Array<Record<string, unknown>>; figures: Array<Record<string, unknown>> };
  const issuesOf = (edit: (doc: Doc) => void) => {
    const doc = JSON.parse(BASE) as Doc;
    edit(doc);
    return validateFactsText(JSON.stringify(doc), 'facts.json', sourceTextReader(FILE)).issues.map((i) => `${i.path}: ${i.message}`);
  };
  const tree = (doc: Doc) => {
    doc.places.push({ id: 'AFG', name: 'Afghanistan', iso3: 'AFG', level: 0 }, { id: 'AF01', name: 'Kabul', iso3: 'AFG', level: 1, pcode: 'AF01', parent: 'AFG' });
  };

  it('accepts a country with an admin area under it, and a figure with a breakdown and a period', () => {
    expect(
      issuesOf((doc) => {
        tree(doc);
        Object.assign(doc.figures[0]!, { place: 'AF01', breakdown: { sex: 'f', age: '0-4' }, period: { start: '2024-01-01', end: '2024-12-31' } });
      }),
    ).toEqual([]);
  });

  it.each([
    ['an unknown parent', (d: Doc) => d.places.push({ id: 'AF02', name: 'x', parent: 'AFG' }), "places[1].parent: unknown parent place 'AFG'"],
    ['a child above its parent', (d: Doc) => { tree(d); d.places.push({ id: 'AF0101', name: 'x', level: 1, parent: 'AF01' }); }, 'places[3].level: level 1 lies under its parent'],
    ['a country with a parent', (d: Doc) => { tree(d); d.places[1]!.parent = 'AF01'; }, 'places[1].parent: a country (level 0) has no parent'],
    ['a cycle', (d: Doc) => d.places.push({ id: 'AF01', name: 'a', parent: 'AF02' }, { id: 'AF02', name: 'b', parent: 'AF01' }), "come back to 'AF01'"],
    ['a bad sex', (d: Doc) => { d.figures[0]!.breakdown = { sex: 'female' }; }, 'sex is one of f, m, other'],
    ['a period backwards', (d: Doc) => { d.figures[0]!.period = { start: '2024-02-01', end: '2024-01-01' }; }, 'a period starts on or before its end'],
    ['a level of 4', (d: Doc) => { d.places[0]!.level = 4; }, 'places[0].level'],
  ])('refuses %s', (_, edit, fragment) => {
    expect(issuesOf(edit).join('\n')).toContain(fragment);
  });
});
