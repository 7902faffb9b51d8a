import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { sourceTextReader } from '../../../src/facts/load-facts.js';
import type { FactsFile } from '../../../src/facts/schema.js';
import { validateFactsText } from '../../../src/facts/validate-facts.js';
import { checkClaims, statedRange, type CheckContext, type Finding } from '../../../src/trust/check.js';
import { BUNDLED, BUNDLED_URL, catchError, convertEcb, fixtureUrl, readFacts, textsOf } from './helpers.js';

const TODAY = '2025-01-01';

function check(url: URL, facts: FactsFile = readFacts(url), extra: Partial<CheckContext> = {}): Finding[] {
  return checkClaims(facts, { today: TODAY, texts: textsOf(url, facts), convert: convertEcb, ...extra });
}

const summary = (findings: Finding[], kind: Finding['check']) =>
  findings.filter((f) => f.check === kind).map((f) => [f.figure ?? f.path, f.level, ...(f.deviation === undefined ? [] : [f.deviation])]);

describe('the fixtures are valid facts files (quotes included)', () => {
  it.each(['arrivals.json', 'stated.json', 'relations.json', 'dates.json'])('%s', (name) => {
    const path = fileURLToPath(fixtureUrl(name));
    expect(validateFactsText(readFileSync(path, 'utf8'), path, sourceTextReader(path)).issues).toEqual([]);
  });
});

describe('the bundled dataset passes every check', () => {
  const findings = check(BUNDLED_URL, BUNDLED);

  it('every finding passes', () => {
    expect(findings.filter((f) => f.level !== 'pass')).toEqual([]);
    expect(findings.every((f) => f.ok)).toBe(true);
    expect(findings.map((f) => f.check).filter((c, i, a) => a.indexOf(c) === i)).toEqual(['quote', 'stated', 'relation', 'date']);
    // 8 figure quotes + 1 stated quote, 1 stated equivalent, 2 relations, 8 figure dates + 1 source
    expect(findings).toHaveLength(21);
  });

  it('$22 million for 20 million CHF: implied 1.1 USD per CHF, 0.4% off the ECB rate of 2023-09-29, within ± 2.77%', () => {
    const stated = findings.find((f) => f.check === 'stated')!;
    expect(stated).toEqual({
      check: 'stated',
      figure: 'appeal-amount',
      path: 'figures[4].stated[0]',
      ok: true,
      level: 'pass',
      expected: '21,913,331.26 USD (20,000,000 CHF at 1.0956666 USD per CHF, ecb-eurofxref 2023-09-29 via EUR)',
      found: '22,000,000 USD; implies 1.1 USD per CHF',
      deviation: '+0.40%',
      message:
        'the figure converts to 21,913,331.26 USD, within what the stated 22,000,000 USD stands for: 21,390,000–22,610,000 USD (± 500,000 for its rounding and ± 0.5% for the rate: ± 2.77%)',
    });
  });

  it('relations hold: displaced within residents, temporary housing within displaced', () => {
    expect(summary(findings, 'relation')).toEqual([
      ['displaced-population', 'pass'],
      ['temporary-housing', 'pass'],
    ]);
  });
});

describe('stated equivalents, right and wrong', () => {
  const findings = check(fixtureUrl('stated.json'));

  it('checks each against the rate or factor of its date', () => {
    expect(summary(findings, 'stated')).toEqual([
      ['flood-appeal', 'pass', '-0.18%'], // 10,819,000 USD vs 10.8 million
      ['highland-appeal', 'fail', '+26.31%'], // 5,541,952.67 USD vs 7 million
      ['shelter-budget', 'pass', '-1.61%'], // 2,337,677.52 EUR vs 2.3 million (± 50,000)
      ['cash-grant', 'fail', '+3.86%'], // 693,224.88 EUR vs 720,000 (± 5,000): close, but out
      ['pledges', 'pass', '-7.57%'], // more than 1 million: 1,081,900 is
      ['road-gap', 'pass', '+0.00%'], // 3 decades are 30 years
      ['bridge-repairs', 'fail', '+42.86%'], // two weeks are 14 days, not 20
    ]);
  });

  it('a failure says what the figure converts to and what the stated value stands for', () => {
    const wrong = findings.find((f) => f.figure === 'highland-appeal' && f.check === 'stated')!;
    expect(wrong.ok).toBe(false);
    expect(wrong.expected).toBe('5,541,952.67 USD (5,000,000 CHF at 1.1083905 USD per CHF, ecb-eurofxref 2023-06-15 via EUR)');
    expect(wrong.found).toBe('7,000,000 USD; implies 1.4 USD per CHF');
    expect(wrong.message).toBe(
      'the figure converts to 5,541,952.67 USD, outside what the stated 7,000,000 USD stands for: 6,465,000–7,535,000 USD (± 500,000 for its rounding and ± 0.5% for the rate: ± 7.64%)',
    );
    const days = findings.find((f) => f.figure === 'bridge-repairs' && f.check === 'stated')!;
    expect(days.expected).toBe('14 day (2 week at 7 day per week)');
  });

  it('checks a figure dated by its year at the rate of its source\'s publication day, not of the year\'s last day', () => {
    // 10 million CHF stated as $10.8 million in a source of 2023-03-15: at that day's rate 10,845,070.42 USD
    // (within the stated range); at 2023-12-29's, 11,933,045.36 USD (outside it)
    const facts = structuredClone(BUNDLED);
    const f = facts.figures.find((x) => x.unit === 'CHF' && x.stated !== undefined)!;
    const source = facts.sources.find((x) => x.id === f.source)!;
    source.published = '2023-03-15';
    Object.assign(f, { value: 10000000, asOf: '2023' });
    f.stated = [{ value: 10800000, unit: 'USD', quote: f.stated![0]!.quote }];
    const stated = check(BUNDLED_URL, facts).find((x) => x.check === 'stated' && x.figure === f.id)!;
    expect(stated.level).toBe('pass');
    expect(stated.expected).toContain("(the rate of the source's publication day, 2023-03-15: it could state no later one)");
    expect(stated.message).toContain('converts to 10,845,070.42 USD');
  });

  it('a one-sided qualifier gives a one-sided range', () => {
    const more = findings.find((f) => f.figure === 'pledges' && f.check === 'stated')!;
    expect(more.message).toContain("995,000 USD or more (its 'more-than' range and ± 0.5% for the rate)");
  });

  it('skips money equivalents without rates, and when the rate does not exist', () => {
    const facts = readFacts(fixtureUrl('stated.json'));
    const noRates = check(fixtureUrl('stated.json'), facts, { convert: undefined });
    expect(summary(noRates, 'stated').filter(([, level]) => level === 'skip').map(([id]) => id)).toEqual([
      'flood-appeal', 'highland-appeal', 'shelter-budget', 'cash-grant', 'pledges',
    ]);
    const amd = structuredClone(facts);
    amd.figures[0]!.stated![0]!.unit = 'AMD';
    const skipped = check(fixtureUrl('stated.json'), amd).find((f) => f.check === 'stated')!;
    expect(skipped).toMatchObject({ level: 'skip', ok: true });
    expect(skipped.message).toMatch(/^cannot check: no rate for EUR -> AMD/);
  });

  it('converts persons to households with a facts factor', () => {
    const facts = structuredClone(BUNDLED);
    facts.factors = [{ from: 'person', to: 'household', value: '3.6', source: 'article-2023-10-01' }];
    facts.figures[2]!.stated = [{ value: 9700, unit: 'household', quote: '9,700 households' }];
    const f = check(BUNDLED_URL, facts).find((x) => x.check === 'stated')!;
    expect(f).toMatchObject({ level: 'pass', deviation: '-0.23%' });
    expect(f.expected).toBe('9,722.22 household (35,000 person at 0.27777778 household per person, a factor of source article-2023-10-01)');
  });

  it('fails an equivalent in another dimension', () => {
    const facts = readFacts(fixtureUrl('stated.json'));
    facts.figures[6]!.stated![0]!.unit = 'kg';
    const f = check(fixtureUrl('stated.json'), facts).find((x) => x.check === 'stated' && x.figure === 'bridge-repairs')!;
    expect(f).toMatchObject({ level: 'fail', ok: false });
    expect(f.message).toBe('a figure in week (time) cannot be stated in kg (mass)');
  });
});

describe('statedRange: the stated value’s rounding plus 0.5%', () => {
  it.each([
    [22000000, 'approximately', '21390000', '22610000'],
    [22000000, 'exact', '21390000', '22610000'],
    [720000, 'exact', '711400', '728600'],
    [20, 'exact', '17.9', '22.1'],
    [1000000, 'more-than', '995000', null],
    [1000000, 'up-to', '0', '1005000'],
  ] as const)('%d %s: %s–%s', (value, qualifier, low, high) => {
    const r = statedRange(value, qualifier);
    expect(r.low.toFixed()).toBe(low);
    expect(r.high?.toFixed() ?? null).toBe(high);
  });
});

describe('relations: a part never exceeds its whole', () => {
  const findings = check(fixtureUrl('relations.json'));

  it('fails a part whose low end is above the whole’s high end; warns when only the values disagree', () => {
    expect(summary(findings, 'relation')).toEqual([
      ['camp-children', 'fail', '+12.73%'],
      ['camp-women', 'pass'],
      ['camp-food-registered', 'warn'],
    ]);
    const children = findings.find((f) => f.figure === 'camp-children' && f.check === 'relation')!;
    expect(children).toMatchObject({
      ok: false,
      path: 'relations[0]',
      expected: 'camp-children ≤ camp-population (4,500–5,500 person)',
      found: 'camp-children = 6,200 person (6,200–6,200 person)',
      message: "the part camp-children is larger than its whole camp-population: even its low end (6,200) is above the whole's high end (5,500)",
    });
    const registered = findings.find((f) => f.figure === 'camp-food-registered' && f.check === 'relation')!;
    expect(registered.ok).toBe(true);
    expect(registered.message).toBe('possibly larger than its whole: camp-food-registered is stated as 5,200, camp-population as 5,000; only their ranges overlap');
  });

  it('skips a part and whole in different units', () => {
    const facts = readFacts(fixtureUrl('relations.json'));
    facts.figures[1]!.unit = 'household';
    expect(summary(check(fixtureUrl('relations.json'), facts), 'relation')[0]).toEqual(['camp-children', 'skip']);
  });

  it('the other checks of the fixture pass', () => {
    expect(findings.filter((f) => f.check !== 'relation' && f.level !== 'pass')).toEqual([]);
  });
});

describe('breakdowns within their totals', () => {
  const url = new URL('../../fixtures/facts/breakdowns.json', import.meta.url);
  const relations = (facts: FactsFile) => checkClaims(facts, { today: TODAY }).filter((f) => f.check === 'relation');

  it("each breakdown of a count is a part of its place's total of that date, never of a sector row", () => {
    const found = relations(readFacts(url));
    expect(found.map((f) => [f.figure, f.path, f.level, f.expected.split(' (')[0]])).toEqual([
      // the file's own relations
      ['pin-mli-fsc-2024', 'relations[0]', 'pass', 'pin-mli-fsc-2024 ≤ pin-mli-2024'],
      ['pin-mli-fsc-f-2024', 'relations[1]', 'pass', 'pin-mli-fsc-f-2024 ≤ pin-mli-fsc-2024'],
      // the breakdowns' totals: Mali's, once each (fsc within Mali is named by relations[0] already);
      // Kayes and Burkina Faso have no total of their own, so nothing to compare with
      ['pin-mli-fsc-f-2024', 'figures[2].breakdown', 'pass', 'pin-mli-fsc-f-2024 ≤ pin-mli-2024'],
      ['pin-mli-edu-2024', 'figures[3].breakdown', 'pass', 'pin-mli-edu-2024 ≤ pin-mli-2024'],
    ]);
  });

  it('fails a breakdown larger than its total', () => {
    const facts = readFacts(url);
    facts.figures[3]!.value = 7_500_000;
    const edu = relations(facts).find((f) => f.figure === 'pin-mli-edu-2024')!;
    expect(edu).toMatchObject({ level: 'fail', ok: false, message: "the part pin-mli-edu-2024 is larger than its whole pin-mli-2024: even its low end (7,500,000) is above the whole's high end (7,100,000)" });
  });

  it('leaves out another estimate of the total: an earlier analysis, a projection, another operation or assessment is no part of it', () => {
    const facts = readFacts(url);
    facts.figures[3]!.value = 7_500_000;
    facts.figures[3]!.breakdown = { analysis: '2023-09' };
    expect(relations(facts).map((f) => f.figure)).not.toContain('pin-mli-edu-2024');
    facts.figures[3]!.breakdown = { projection: 'first projection' };
    expect(relations(facts).map((f) => f.figure)).not.toContain('pin-mli-edu-2024');
    // (another operation's or assessment's count of the same people: IOM DTM's monthly round beside the overview)
    facts.figures[3]!.breakdown = { operation: 'Clashes (Monthly)' };
    expect(relations(facts).map((f) => f.figure)).not.toContain('pin-mli-edu-2024');
    facts.figures[3]!.breakdown = { 'assessment-type': 'SA' };
    expect(relations(facts).map((f) => f.figure)).not.toContain('pin-mli-edu-2024');
  });

  it('leaves out percentages and other units that do not add up', () => {
    const facts = readFacts(url);
    for (const f of facts.figures) if (f.place === 'MLI') f.unit = 'percent';
    expect(relations(facts).map((f) => f.path)).toEqual(['relations[0]', 'relations[1]']);
  });
});

describe('dates', () => {
  const findings = check(fixtureUrl('dates.json'));

  it('fails a figure dated after its source, or after today, and a rate dated after its source', () => {
    expect(findings.filter((f) => f.check === 'date').map((f) => [f.path, f.level, f.message])).toEqual([
      ['figures[0].asOf', 'pass', 'returned-january holds from 2024-01-01: a possible date'],
      ['figures[1].asOf', 'fail', "expected-march holds from 2024-03-01, after its source 'returns-survey' was published (2024-02-10)"],
      ['figures[2].asOf', 'fail', "planned-2030 holds from 2030-06-01, after its source 'returns-survey' was published (2024-02-10)"],
      ['figures[2].asOf', 'fail', 'planned-2030 holds from 2030-06-01, which is after today (2025-01-01)'],
      ['sources[0].published', 'pass', "source 'returns-survey' was published on 2024-02-10"],
      ['rates[0].date', 'fail', "the EUR/USD rate is dated 2024-02-12, after its source 'returns-survey' was published (2024-02-10)"],
    ]);
    expect(findings.find((f) => f.path === 'figures[1].asOf')).toMatchObject({
      check: 'date',
      figure: 'expected-march',
      ok: false,
      expected: 'on or before 2024-02-10 (source returns-survey published) and 2025-01-01 (today)',
      found: '2024-03',
    });
  });

  it('a source or dataset dated after today fails', () => {
    const early = checkClaims(readFacts(fixtureUrl('dates.json')), { today: '2024-01-31' });
    const failed = early.filter((f) => f.check === 'date' && !f.ok).map((f) => f.path);
    expect(failed).toEqual(['figures[1].asOf', 'figures[1].asOf', 'figures[2].asOf', 'figures[2].asOf', 'sources[0].published', 'dataset.updated', 'rates[0].date']);
  });

  it("warns where extract's placeholder date is left, for a figure and for its source", () => {
    const facts = readFacts(fixtureUrl('dates.json'));
    facts.figures = [{ ...facts.figures[0]!, asOf: '1970-01-01' }];
    facts.sources[0]!.published = '1970-01-01';
    facts.rates = [];
    const dates = checkClaims(facts, { today: '2025-01-01' }).filter((f) => f.check === 'date');
    expect(dates.map((f) => [f.path, f.level, f.message])).toEqual([
      ['figures[0].asOf', 'warn', 'returned-january holds from 1970-01-01, the placeholder extract writes where the text gives no date: replace it'],
      ['sources[0].published', 'warn', "source 'returns-survey' is dated 1970-01-01, the placeholder extract writes where the text gives no publication date: replace it"],
    ]);
  });

  it('warns, not fails, for a figure whose own period begins after its source (a plan) or is not over (a count in progress)', () => {
    const facts = readFacts(fixtureUrl('dates.json'));
    const base = facts.figures[0]!;
    facts.figures = [
      { ...base, id: 'plan-2025', asOf: '2025-12-31', period: { start: '2025-01-01', end: '2025-12-31' } },
      { ...base, id: 'so-far-2024', asOf: '2024-12-31', period: { start: '2024-01-01', end: '2024-12-31' } },
      { ...base, id: 'plain-2025', asOf: '2025-12-31' },
      // a year's typo, and an asOf after its own period's end: failures still
      { ...base, id: 'typo-2205', asOf: '2205-12-31', period: { start: '2205-01-01', end: '2205-12-31' } },
      { ...base, id: 'beyond', asOf: '2030-06-01', period: { start: '2020-01-01', end: '2026-12-31' } },
    ];
    const dates = checkClaims(facts, { today: '2025-01-01' }).filter((f) => f.check === 'date' && f.path.startsWith('figures'));
    expect(dates.map((f) => [f.figure, f.level])).toEqual([
      ['plan-2025', 'warn'],
      ['so-far-2024', 'warn'],
      ['plain-2025', 'fail'],
      ['plain-2025', 'fail'],
      ['typo-2205', 'fail'],
      ['typo-2205', 'fail'],
      ['beyond', 'fail'],
      ['beyond', 'fail'],
    ]);
    expect(dates[0]!.message).toBe(
      "plan-2025 covers 2025-01-01 to 2025-12-31, a period that begins after its source 'returns-survey' was published (2024-02-10): a plan, a requirement or a projection, not what has happened; check that the source says so",
    );
    expect(dates[1]!.message).toContain("a period not over by the day its source 'returns-survey' was published (2024-02-10): a count in progress or a plan");
  });

  it('refuses a malformed today', () => {
    expect(catchError(() => checkClaims(BUNDLED, { today: '2025-02-30' }))).toBeInstanceOf(UsageError);
  });
});

describe('quotes, through the checks of validate', () => {
  it('a quote that is not in the source, or lacks its number, fails', () => {
    const facts = structuredClone(BUNDLED);
    facts.figures[2]!.quote = 'Authorities have reported that 36,000 refugees are currently in temporary accommodations.';
    facts.figures[3]!.quote = 'Armenia, a nation with a population of';
    const findings = check(BUNDLED_URL, facts);
    expect(findings.filter((f) => f.check === 'quote' && !f.ok).map((f) => [f.figure, f.path, f.message])).toEqual([
      ['temporary-housing', 'figures[2].quote', "the quote does not occur verbatim in the text of source 'article-2023-10-01'; the quote does not contain the value 35000 as written (such as \"120,000\", \"2.8 million\" or \"three\")"],
      ['armenia-population', 'figures[3].quote', 'the quote does not contain the value 2800000 as written (such as "120,000", "2.8 million" or "three")'],
    ]);
  });

  it('without the source text, only the number is checked: a warning', () => {
    const findings = checkClaims(BUNDLED, { today: TODAY });
    const quotes = findings.filter((f) => f.check === 'quote');
    expect(quotes).toHaveLength(9);
    expect(quotes.every((f) => f.level === 'warn' && f.ok)).toBe(true);
    expect(quotes[0]!.message).toBe("the quote contains the value, but source 'article-2023-10-01' has no local text to find it in");
  });
});
