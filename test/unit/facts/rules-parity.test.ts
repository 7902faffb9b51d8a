/**
 * The zod schema and the fast checks read every limit, pattern and closed list from rules.ts;
 * this table holds them to the same verdict on each rule, with a value just inside the rule and
 * one just outside it. A limit changed in rules.ts moves both; a check written by hand in one of
 * them and not the other fails here.
 */
import { describe, expect, it } from 'vitest';
import { QUALIFIERS } from '../../../src/domain/qualifier.js';
import { isValidEnvelope, isValidFigure } from '../../../src/facts/fast-figure.js';
import { MAX_ADMIN_LEVEL, MAX_BREAKDOWN_KEYS, MAX_LENGTH, SEX_VALUES } from '../../../src/facts/rules.js';
import { factsFileSchema, figureSchema } from '../../../src/facts/schema.js';

/** A document that uses every field of the format, each value well inside its rules. */
const BASE = {
  format: 'humfig-facts/1',
  dataset: { id: 'd', title: 'T', description: 'about', updated: '2024-01-31' },
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2024-01-31', url: 'https://example.org/r', text: 'sources/s.txt' }],
  places: [
    { id: 'ARM', name: 'Armenia', iso3: 'ARM', level: 0 },
    { id: 'AM01', name: 'Yerevan', level: 1, pcode: 'AM01', parent: 'ARM' },
  ],
  figures: [
    {
      id: 'f', label: 'L', indicator: 'i', value: 10, unit: 'person', qualifier: 'exact', low: 5, high: 20, place: 'ARM', asOf: '2024-01',
      source: 's', quote: 'Q', stated: [{ value: 1, unit: 'USD', qualifier: 'exact', quote: 'q' }], notes: 'n', breakdown: { sex: 'f' },
      period: { start: '2024-01-01', end: '2024-01-31' },
    },
  ],
  relations: [{ part: 'f', whole: 'f' }],
  rates: [{ date: '2024-01-31', base: 'EUR', quote: 'USD', rate: '1.08', source: 's', quote_text: 'qt' }],
  factors: [{ from: 'person', to: 'household', value: '3.6', place: 'ARM', source: 's', quote: 'fq' }],
};

type Path = ReadonlyArray<string | number>;
/** A rule: where it applies, a value it accepts and, just past its edge, one it refuses. */
type Rule = [rule: string, path: Path, inside: unknown, outside: unknown];

const s = (n: number, c = 'a') => c.repeat(n);
const breakdownOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}`, 'v']));
const F = ['figures', 0];

const RULES: Rule[] = [
  // lengths (MAX_LENGTH), and non-empty texts
  ['figure id length', [...F, 'id'], s(MAX_LENGTH.id), s(MAX_LENGTH.id + 1)],
  ['figure id not empty', [...F, 'id'], 'a', ''],
  ['indicator length', [...F, 'indicator'], s(MAX_LENGTH.id), s(MAX_LENGTH.id + 1)],
  ['source id length', [...F, 'source'], s(MAX_LENGTH.id), s(MAX_LENGTH.id + 1)],
  ['label length', [...F, 'label'], s(MAX_LENGTH.label), s(MAX_LENGTH.label + 1)],
  ['label not empty', [...F, 'label'], 'x', ''],
  ['figure quote length', [...F, 'quote'], s(MAX_LENGTH.figureQuote), s(MAX_LENGTH.figureQuote + 1)],
  ['figure quote not empty', [...F, 'quote'], 'x', ''],
  ['notes length', [...F, 'notes'], s(MAX_LENGTH.notes), s(MAX_LENGTH.notes + 1)],
  ['stated quote length', [...F, 'stated', 0, 'quote'], s(MAX_LENGTH.statedQuote), s(MAX_LENGTH.statedQuote + 1)],
  ['stated quote not empty', [...F, 'stated', 0, 'quote'], 'x', ''],
  ['breakdown value length', [...F, 'breakdown', 'sector'], s(MAX_LENGTH.breakdownValue), s(MAX_LENGTH.breakdownValue + 1)],
  ['breakdown value not empty', [...F, 'breakdown', 'sector'], 'x', ''],
  ['dataset title length', ['dataset', 'title'], s(MAX_LENGTH.datasetTitle), s(MAX_LENGTH.datasetTitle + 1)],
  ['dataset description length', ['dataset', 'description'], s(MAX_LENGTH.datasetDescription), s(MAX_LENGTH.datasetDescription + 1)],
  ['dataset id length', ['dataset', 'id'], s(MAX_LENGTH.id), s(MAX_LENGTH.id + 1)],
  ['publisher length', ['sources', 0, 'publisher'], s(MAX_LENGTH.publisher), s(MAX_LENGTH.publisher + 1)],
  ['source title length', ['sources', 0, 'title'], s(MAX_LENGTH.sourceTitle), s(MAX_LENGTH.sourceTitle + 1)],
  ['source text not empty', ['sources', 0, 'text'], 'x', ''],
  ['place name length', ['places', 0, 'name'], s(MAX_LENGTH.placeName), s(MAX_LENGTH.placeName + 1)],
  ['rate quote_text length', ['rates', 0, 'quote_text'], s(MAX_LENGTH.rateQuoteText), s(MAX_LENGTH.rateQuoteText + 1)],
  ['factor quote length', ['factors', 0, 'quote'], s(MAX_LENGTH.factorQuote), s(MAX_LENGTH.factorQuote + 1)],
  // patterns
  ['id is kebab-case', [...F, 'id'], 'a-b', 'a--b'],
  ['id is lower-case', [...F, 'id'], 'ab1', 'Ab1'],
  ['relation ids are kebab-case', ['relations', 0, 'whole'], 'f-2', 'f_2'],
  ['unit code', [...F, 'unit'], 'household-member', 'Household'],
  ['unit ISO 4217', [...F, 'stated', 0, 'unit'], 'EUR', 'EURO'],
  ['factor unit', ['factors', 0, 'to'], 'usd', '1usd'],
  ['place id alpha-3', [...F, 'place'], 'ARM', 'AR'],
  ['place id p-code', ['places', 1, 'id'], 'AM0', 'AM'],
  ['place id kebab-case', ['places', 1, 'parent'], 'south-caucasus', 'south caucasus'],
  ['iso3', ['places', 0, 'iso3'], 'ARM', 'ARMN'],
  ['p-code', ['places', 1, 'pcode'], 'AMN1A', 'AMN'],
  ['rate base is a currency code', ['rates', 0, 'base'], 'CHF', 'CH'],
  ['rate quote is a currency code', ['rates', 0, 'quote'], 'CHF', 'chf'],
  ['rate decimal', ['rates', 0, 'rate'], '0.5', '.5'],
  ['rate without a leading zero', ['rates', 0, 'rate'], '10', '010'],
  ['rate above zero', ['rates', 0, 'rate'], '0.001', '0.000'],
  ['factor above zero', ['factors', 0, 'value'], '1', '0'],
  ['asOf partial date', [...F, 'asOf'], '2024', '202'],
  ['asOf real date', [...F, 'asOf'], '2024-02-29', '2023-02-29'],
  ['asOf month', [...F, 'asOf'], '2024-12', '2024-13'],
  ['dataset updated is a full date', ['dataset', 'updated'], '2024-01-01', '2024-01'],
  ['source published is a real date', ['sources', 0, 'published'], '2024-04-30', '2024-04-31'],
  ['rate date is a full date', ['rates', 0, 'date'], '2024-01-31', '2024-01-32'],
  ['period start is a full date', [...F, 'period', 'start'], '2024-01-01', '2024-01'],
  ['period starts on or before its end', [...F, 'period', 'start'], '2024-01-31', '2024-02-01'],
  ['breakdown dimension is kebab-case', [...F, 'breakdown'], { 'population-group': 'idp' }, { population_group: 'idp' }],
  ['breakdown value on one line', [...F, 'breakdown', 'sector'], 'a b', 'a\nb'],
  ['breakdown value without control characters', [...F, 'breakdown', 'sector'], 'a~b', 'a\u007fb'],
  ['age group', [...F, 'breakdown', 'age'], '100-120', '100-1200'],
  ['age group open-ended', [...F, 'breakdown', 'age'], '60+', '60-'],
  ['age bound', [...F, 'breakdown', 'age-min'], '120', '1200'],
  ['url is absolute', ['sources', 0, 'url'], 'https://x.org', 'x.org'],
  ['url may be null', ['sources', 0, 'url'], null, ''],
  // closed lists and counts
  ['format', ['format'], 'humfig-facts/1', 'humfig-facts/2'],
  ...SEX_VALUES.map((v): Rule => ['sex', [...F, 'breakdown', 'sex'], v, v.toUpperCase()]),
  ...QUALIFIERS.map((q): Rule => ['qualifier', [...F, 'qualifier'], q, `${q}ly`]),
  ['stated qualifier', [...F, 'stated', 0, 'qualifier'], 'approximately', 'approx'],
  ['breakdown dimensions at most', [...F, 'breakdown'], breakdownOf(MAX_BREAKDOWN_KEYS), breakdownOf(MAX_BREAKDOWN_KEYS + 1)],
  ['breakdown dimensions at least one', [...F, 'breakdown'], breakdownOf(1), {}],
  ['admin level at most', ['places', 1, 'level'], MAX_ADMIN_LEVEL, MAX_ADMIN_LEVEL + 1],
  ['admin level at least 0', ['places', 1, 'level'], 0, -1],
  ['admin level whole', ['places', 1, 'level'], 1, 1.5],
  ['at least one source', ['sources', 1], BASE.sources[0], undefined],
  // amounts
  ['value not negative', [...F, 'value'], 0, -0.5],
  ['value held exactly', [...F, 'value'], Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1],
  ['value a number', [...F, 'value'], 1.5, '1.5'],
  ['low not negative', [...F, 'low'], 0, -1],
  ['high held exactly', [...F, 'high'], 2 ** 53 - 1, 2 ** 53],
  ['stated value not negative', [...F, 'stated', 0, 'value'], 0.25, -0.25],
  // strict objects: the fields of rules.ts only
  ['figure fields', [...F, 'period', 'end'], '2024-12-31', 12],
  ['no unknown figure field', [...F, 'extra'], undefined, 1],
  ['no unknown stated field', [...F, 'stated', 0, 'extra'], undefined, 1],
  ['no unknown period field', [...F, 'period', 'extra'], undefined, '2024-01-01'],
  ['no unknown dataset field', ['dataset', 'extra'], undefined, 'x'],
  ['no unknown source field', ['sources', 0, 'extra'], undefined, 'x'],
  ['no unknown place field', ['places', 0, 'extra'], undefined, 'x'],
  ['no unknown relation field', ['relations', 0, 'extra'], undefined, 'x'],
  ['no unknown rate field', ['rates', 0, 'extra'], undefined, 'x'],
  ['no unknown factor field', ['factors', 0, 'extra'], undefined, 'x'],
  ['no unknown document field', ['extra'], undefined, []],
];

/** A copy of BASE with the value at `path` set (or, for undefined, removed), through JSON as a file gives it. */
function withValue(path: Path, value: unknown): Record<string, any> {
  const doc = structuredClone(BASE) as Record<string, any>;
  let o: any = doc;
  for (const key of path.slice(0, -1)) o = o[key];
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(o)) o.splice(last as number, 1);
    else delete o[last];
  } else o[last] = value;
  return JSON.parse(JSON.stringify(doc));
}

/** The verdicts of zod and of the fast checks on a document (and on its figure, on its own). */
function verdicts(doc: Record<string, any>) {
  const figure = doc.figures[0];
  return {
    document: { zod: factsFileSchema.safeParse(doc).success, fast: isValidEnvelope(doc, 'array') },
    figure: { zod: figureSchema.safeParse(figure).success, fast: isValidFigure(figure) },
  };
}

describe('rules.ts: zod and the fast checks agree at the edge of every rule', () => {
  it('accepts the base document both ways', () => {
    expect(verdicts(BASE)).toEqual({ document: { zod: true, fast: true }, figure: { zod: true, fast: true } });
  });

  it.each(RULES)('%s: %j inside, %j outside', (_rule, path, inside, outside) => {
    const figureRule = path[0] === 'figures';
    const expected = (ok: boolean) => ({ document: { zod: ok, fast: ok }, figure: { zod: ok || !figureRule, fast: ok || !figureRule } });
    // the base has no second source: "inside" of the last rule adds one, "outside" removes the only one
    const insidePath = path;
    const outsidePath = path[0] === 'sources' && path[1] === 1 ? ['sources', 0] : path;
    expect(verdicts(withValue(insidePath, inside))).toEqual(expected(true));
    expect(verdicts(withValue(outsidePath, outside))).toEqual(expected(false));
  });
});
