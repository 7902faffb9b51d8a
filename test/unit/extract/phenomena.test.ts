/**
 * The phenomena of real reports, each on a short text written for this test (places and numbers
 * invented; test/fixtures/extract/phenomena/): vague amounts and shares, currency forms, counted
 * things, noise that is not a figure, key-figure lines, dates relative to publication, ranges.
 * Each rule is checked here independently of the labelled corpus, and every draft validates
 * against its own text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures, type Candidate, type ExtractOptions } from '../../../src/extract/extract.js';
import { draftIssues } from './helpers.js';

const PUBLISHED = '2024-06-12'; // a Wednesday

function run(name: string, options: ExtractOptions = {}) {
  const text = readFileSync(new URL(`../../fixtures/extract/phenomena/${name}`, import.meta.url), 'utf8');
  const result = extractFigures(text, { published: PUBLISHED, sourceFile: name, ...options });
  expect(draftIssues(result, text, name)).toEqual([]);
  return result;
}

/** [value, unit, qualifier] of each candidate. */
const vuq = (cs: readonly Candidate[]) => cs.map((c) => [c.value, c.unit, c.qualifier]);

/** One sentence after a heading, extracted; its draft must validate (every quote writes its number as humfig-facts/1 reads it). */
function draftOf(sentence: string, opening = 'Floods in Ostra.') {
  const text = `${opening}\n\n${sentence}`;
  const r = extractFigures(text, { published: PUBLISHED, sourceFile: 'sentence.txt' });
  expect(draftIssues(r, text, 'sentence.txt')).toEqual([]);
  return r;
}

/** [value, unit] of each figure drafted from one sentence. */
const valueUnits = (sentence: string, opening?: string) => draftOf(sentence, opening).candidates.map((c) => [c.value, c.unit]);

describe('vague amounts and shares', () => {
  const r = run('vague-and-shares.txt');
  it('reads a vague amount as at least the least it can mean, and a share as a percentage', () => {
    expect(vuq(r.candidates)).toEqual([
      [100, 'person', 'at-least'], // "Hundreds of people"
      [1000, 'person', 'at-least'], // "Thousands are sheltering"
      [10000, 'household', 'at-least'], // "Tens of thousands of families"
      [33.3, 'percent', 'nearly'], // "almost a third of"
      [25, 'percent', 'nearly'], // "Nearly one in four residents"
      [50, 'percent', 'exact'], // "half of the population"
    ]);
  });
  it('says why each needs review', () => {
    const notes = r.draft.figures.map((f) => f.notes ?? '');
    expect(notes[0]).toContain("'Hundreds' is vague: 100 is the least it can mean");
    expect(notes[4]).toContain("'one in four' is a share: 25 percent");
  });
});

describe('currency forms', () => {
  it('reads SFr, glued ISO codes, European grouping after a sign, US $, hyphenated names, £…m, spaced m, written numbers, equivalents', () => {
    const r = run('currencies.txt');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([
      [12000000, 'CHF', []],
      [4500000, 'CHF', []],
      [300000, 'EUR', []],
      [8500000, 'USD', []],
      [45000000, 'USD', []],
      [2750000, 'GBP', []],
      [3400000, 'ZAR', []],
      [6200000, 'CHF', [[6800000, 'USD']]],
      [6000000, 'GBP', []],
    ]);
  });

  it.each([
    [undefined, 'USD'],
    ['Australian Government, Department of Foreign Affairs and Trade', 'AUD'],
    ['Global Affairs Canada', 'CAD'],
    ['New Zealand Ministry of Foreign Affairs and Trade', 'NZD'],
    ['UN OCHA', 'USD'],
  ])('reads a bare $ by the publisher (%s) as %s, with a note', (publisher, code) => {
    const r = run('bare-dollar.txt', publisher ? { publisher } : {});
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [4000000, code, 'exact'],
      [9000000, code, 'more-than'],
    ]);
    expect(r.notes.join('\n')).toContain(`a bare '$' is read as ${code}`);
  });

  it('reads a bare $ as the dollar of a government the text names when no publisher is given', () => {
    const r = extractFigures('The Canadian Government will provide $3 million to Ostra.', { published: PUBLISHED });
    expect(r.candidates[0]).toMatchObject({ value: 3000000, unit: 'CAD' });
  });

  it.each([
    ['Canada is providing $2.5 million in humanitarian assistance to Ostra.', 'CAD'],
    ['The minister announced that Australia will provide $5 million to Ostra.', 'AUD'],
    ['New Zealand has pledged an initial $1 million for Ostra.', 'NZD'],
  ])('reads a bare $ as the dollar of a country that gives it when no publisher is given: %s', (sentence, unit) => {
    expect(extractFigures(sentence, { published: PUBLISHED }).candidates[0]).toMatchObject({ unit });
  });

  it('keeps a bare $ as USD when the dollar country only receives it or the $ is marked US', () => {
    expect(extractFigures('The UN gave $2 million to Canada for wildfire relief.', { published: PUBLISHED }).candidates[0]).toMatchObject({ unit: 'USD' });
    expect(extractFigures('Australia will provide US$5 million to Ostra.', { published: PUBLISHED }).candidates[0]).toMatchObject({ unit: 'USD' });
  });

  it.each([
    ['R96.6m was set aside by the South African government for Ostra.', 96600000, 'ZAR'],
    ['The Philippine government released P130.14 million for Ostra.', 130140000, 'PHP'],
  ])('reads a letter sign in a text of its country: %s', (sentence, value, unit) => {
    expect(extractFigures(sentence, { published: PUBLISHED }).candidates[0]).toMatchObject({ value, unit });
  });

  it.each([
    ['The Kenyan Government set aside KSh 200 million for Ostra.', 200000000, 'KES'],
    ['Ksh3.5m was released for Ostra.', 3500000, 'KES'],
    ['Uganda gave USh 4 billion to Ostra.', 4000000000, 'UGX'],
    ['Tanzania released TSh 900 million to Ostra.', 900000000, 'TZS'],
    ['Indonesia gave Rp 50 billion to Ostra.', 50000000000, 'IDR'],
  ])('reads a sign of several letters: %s', (sentence, value, unit) => {
    expect(extractFigures(sentence, { published: PUBLISHED }).candidates[0]).toMatchObject({ value, unit });
  });

  it.each([
    ['The state released Rs 5 crore for Ostra.', 50000000, 'INR'],
    ['A trust gave ₹40 crore and ₦500 million to Ostra.', 400000000, 'INR'],
    ['Donors gave ৳20 lakh to Ostra.', 2000000, 'BDT'],
    ['The ministry released Rs 5,858.60 crore to Ostra.', 58586000000, 'INR'],
    ['The ministry released Rs 1,492 crore to Ostra.', 14920000000, 'INR'],
    ['Centre releases Rs 5,858 cr to Ostra', 58580000000, 'INR'],
    ['Donors gave ₱15 million to Ostra.', 15000000, 'PHP'],
    ['Donors gave A$5 million to Ostra.', 5000000, 'AUD'],
    ['Donors gave NZ$1.5 million to Ostra.', 1500000, 'NZD'],
    ['Donors gave HK$3 million to Ostra.', 3000000, 'HKD'],
    ['The World Bank gave 1.2bn dollars to Ostra.', 1200000000, 'USD'],
  ])('reads signs, symbols and South Asian scales: %s', (sentence, value, unit) => {
    expect(extractFigures(sentence, { published: PUBLISHED }).candidates[0]).toMatchObject({ value, unit });
  });

  it.each([
    ['Australian Government, DFAT', 'AUD'],
    [undefined, 'AUD'],
  ])('settles a bare $ by its equivalent (publisher %s): after CHF it is US$, before a US$ equivalent it is the named country dollar', (publisher, code) => {
    const r = run('dollar-equivalents.txt', publisher ? { publisher } : {});
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([
      [60000000, 'CHF', [[60500000, 'USD']]],
      [20000000, code, [[13000000, 'USD']]],
      [50000000, 'USD', []],
    ]);
    if (!publisher) expect(r.draft.figures[1]!.notes).toContain("its equivalent is marked US dollars, so '$' is the dollar of 'Australia'");
  });

  it('leaves a bare $ with a US$ equivalent for review when the text names no dollar country', () => {
    const r = extractFigures('Donors pledged $20 million (US$13 million) to Ostra.', { published: PUBLISHED });
    expect(r.draft.figures[0]!.notes).toContain("the '$' of this amount is not the US dollar");
  });

  it('does not read a capital glued to digits as a currency elsewhere', () => {
    expect(extractFigures('The G7 met on Monday; R2 is the main road to Pell.', { published: PUBLISHED }).candidates).toEqual([]);
  });
});

describe('counted things', () => {
  const r = run('counted-nouns.txt');
  it('counts houses, schools, facilities, centres, kits, tents, tonnes, households, people', () => {
    expect(vuq(r.candidates)).toEqual([
      [2300, 'house', 'more-than'],
      [7150, 'house', 'exact'],
      [41, 'school', 'exact'],
      [12, 'health-facility', 'exact'],
      [85, 'evacuation-centre', 'exact'],
      [1260, 'household', 'exact'], // "refugee families": the head noun counts
      [4310, 'household', 'exact'], // "4,310 of them": the unit of the count before
      [6000, 'shelter-kit', 'exact'], // "These 6,000 kits" after "emergency shelter kits"
      [900, 'tent', 'exact'],
      [240, 't', 'exact'],
      [63, 'person', 'exact'],
      [1480, 'person', 'exact'], // "1,480 others were injured"
      [20000, 'person', 'more-than'], // "More than 20,000 are displaced"
      [95, 'person', 'at-least'],
      [2700, 'person', 'approximately'], // cases
    ]);
  });
  it('guesses indicators for destroyed and damaged houses', () => {
    expect(r.candidates.slice(0, 2).map((c) => c.indicator)).toEqual(['houses-destroyed', 'houses-damaged']);
  });
});

describe('counted things the registry knows', () => {
  const r = run('counted-things.txt');
  it('counts a plural noun after a number where a verb of building, damage or relief says so', () => {
    expect(vuq(r.candidates)).toEqual([
      [640, 'latrine', 'exact'],
      [35, 'water-point', 'exact'], // two words, one unit
      [120, 'latrine', 'exact'], // "new" is a modifier
      [4, 'water-tank', 'exact'], // the verb governs the whole list
      [5000, 'mosquito-net', 'exact'],
      [40, 'borehole', 'approximately'], // "were drilled" after the noun
    ]);
    // (bridges are read and left out: infrastructure, not people, homes or relief)
    expect(r.notes.join('\n')).toContain("'12 bridges' counts bridges (infrastructure)");
    expect(r.candidates[4]!.indicator).toBe('relief-items-delivered');
  });
  it('drafts no trucks, districts or villages, and names a counted thing it has no unit for', () => {
    const notes = r.notes.join('\n');
    expect(notes).toContain("'3 footbridges' counts a thing humfig has no unit for");
    expect(notes).not.toMatch(/'40 trucks'|'14 districts'/);
  });
});

describe('responders and relief lists', () => {
  it('drafts no deployed volunteers, and reads every item of a distribution list', () => {
    const r = extractFigures('The Red Cross deployed 150 volunteers and distributed 2,000 hygiene kits, 1,500 tarpaulins and 800 kitchen sets in Pell.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [2000, 'hygiene-kit'],
      [1500, 'tarpaulin'],
      [800, 'kitchen-set'],
    ]);
    expect(r.notes.join('\n')).toContain("'150 volunteers' counts responders");
  });
  it('still counts responders who were harmed', () => {
    const r = extractFigures('In Pell 12 aid workers were killed this year.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[12, 'person', 'deaths']]);
  });
});

describe('hundreds written in words', () => {
  it('reads "seven hundred" as 700, not as 7, and the draft validates against the words', () => {
    const r = run('hundreds-in-words.txt');
    expect(vuq(r.candidates)).toEqual([
      [700, 'classroom', 'exact'],
      [400, 'household', 'exact'],
    ]);
  });
});

describe('noise', () => {
  it('drafts no duration, distance, depth, magnitude, baseline population, age, year, responders or page chrome', () => {
    const r = run('noise.txt');
    expect(vuq(r.candidates)).toEqual([[31, 'person', 'at-least']]);
    const notes = r.notes.join('\n');
    expect(notes).toContain("'380,000' is a baseline population");
    expect(notes).toContain("'40 years' is a duration that nothing near it ties to the crisis");
    expect(notes).toContain("'some 25km' is a distance");
  });
});

describe('numbers that are not figures', () => {
  it('drafts no age ("children under five"), economic percentage, change, report number, year or phone number, but keeps a share of households', () => {
    const r = run('numbers-not-figures.txt');
    expect(vuq(r.candidates)).toEqual([
      [1200, 'person', 'exact'], // "1,200 children under five"
      [60, 'percent', 'exact'], // "60 per cent of households"
    ]);
    const notes = r.notes.join('\n');
    expect(notes).toContain("'five' is an age");
    expect(notes).toContain("'3.5 per cent' is a change");
    expect(notes).toContain("'12 percent' is a share of 'inflation', not of people or funds");
  });
});

describe('places given as context', () => {
  it('drafts no place size ("home to 90,000 people", "a town of 40,000 inhabitants"), but a camp of refugees counts', () => {
    const r = run('population-context.txt');
    expect(vuq(r.candidates)).toEqual([
      [30000, 'person', 'exact'], // "home to 30,000 refugees": a humanitarian count
      [2100, 'person', 'at-least'],
    ]);
    const notes = r.notes.join('\n');
    for (const n of ['90,000', '40,000', '400,000']) expect(notes).toContain(`'${n}' is a baseline population`);
  });
});

describe('injuries and casualty words', () => {
  const r = run('casualties.txt');
  it('reads a bare number before hurt, injured, wounded, killed or missing as people, with the right indicator', () => {
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [1450, 'person', 'injured'], // "1,450 were hurt": injuries, not deaths
      [36, 'person', 'deaths'],
      [210, 'person', 'injured'],
      [75, 'person', 'injured'],
      [12, 'person', 'missing'],
      [4000, 'household', 'displaced'],
      [23, 'person', 'deaths'],
      [4, 'person', 'missing'], // "died and 4 remain missing": the word across "and" belongs to the other count
    ]);
  });
  it('counts a vague amount before a casualty word as people, not as the households counted before it', () => {
    const v = extractFigures('Tens of thousands of families fled; hundreds were injured.', { published: PUBLISHED });
    expect(v.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [10000, 'household', 'displaced'],
      [100, 'person', 'injured'],
    ]);
  });
  it('reads "between 4,000 and 6,000 families" as a range of households', () => {
    expect(r.draft.figures[5]).toMatchObject({ value: 4000, unit: 'household', low: 4000, high: 6000 });
    expect(r.draft.figures[5]!.notes).toContain("'4,000 and 6,000' is a range: low 4000, high 6000");
    expect(r.draft.figures[5]!.notes).not.toContain('looks rounded');
  });
});

describe('key-figure lines and headings', () => {
  it('keeps the body figure once when a key-figure line repeats it, and reads headings apart', () => {
    const r = run('key-figures.txt');
    expect(vuq(r.candidates)).toEqual([
      [18500, 'person', 'approximately'],
      [27, 'person', 'exact'],
      [300, 'person', 'more-than'],
      [4200, 'person', 'more-than'],
      [16, 'evacuation-centre', 'exact'],
    ]);
    expect(r.candidates.map((c) => c.place)).toEqual(['kessa', 'kessa', 'kessa', 'pell', 'pell']);
  });
});

describe('dates relative to publication', () => {
  it('dates "yesterday (11/06)", "On Monday" and "Two days ago" against publication, and "last week" as the week before, a period', () => {
    const r = run('relative-dates.txt');
    expect(r.candidates.map((c) => [c.value, c.asOf, c.period])).toEqual([
      [9400, '2024-06-11', undefined],
      [1200, '2024-06-10', undefined],
      [600, '2024-06-09', { start: '2024-06-03', end: '2024-06-09' }],
      [350, '2024-06-10', undefined],
    ]);
    expect(r.draft.figures[2]).toMatchObject({ asOf: '2024-06-09', period: { start: '2024-06-03', end: '2024-06-09' } });
  });
});

describe('ranges', () => {
  it('reads "between X and Y" as the lower value with low and high', () => {
    const r = run('ranges.txt');
    expect(r.candidates.map((c) => [c.value, c.unit, c.low, c.high])).toEqual([
      [10000, 'person', 10000, 20000],
      [70, 'percent', 70, 80],
      [1000, 'person', 1000, 2000], // "Between one and two thousand": the scale is shared
      [2000000, 'person', 2000000, 3000000], // "Between 2 and 3 million"
    ]);
    expect(r.draft.figures[1]).toMatchObject({ value: 70, low: 70, high: 80, qualifier: 'range' });
    expect(r.draft.figures[0]!.qualifier).toBe('range');
  });
});

describe('shares written in digits', () => {
  it('reads "3 out of 4" and "9 in 10" as shares, not "2 in 5 districts" nor "3,000 out of 10,000 wells"', () => {
    const r = run('shares-in-digits.txt');
    expect(vuq(r.candidates)).toEqual([
      [75, 'percent', 'exact'], // "3 out of 4 households"
      [90, 'percent', 'exact'], // "9 in 10 children"
      [40, 'percent', 'exact'], // "Two out of five farmers"
      [3000, 'well', 'exact'], // "3,000 out of 10,000 wells": the part, in the unit of the whole
    ]);
    expect(r.notes.join('\n')).toContain("'10,000' is the whole that a number before it is part of");
  });
});

describe('livestock and places', () => {
  it('counts head of cattle as livestock', () => {
    const r = extractFigures('Floods in Ostra killed 2,000 head of cattle.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[2000, 'livestock']]);
  });

  it('names countries as import hxl does (ISO3 id, the ISO 3166 English name), also from a heading in capitals', () => {
    const r = extractFigures('TIMOR LESTE\nAn estimated 120,000 people need water.\n\nSome 3,000 people fled to Türkiye on Monday.', { published: PUBLISHED });
    expect(r.candidates.map((c) => c.place)).toEqual(['TLS', 'TUR']);
    const names = new Map(r.draft.places.map((p) => [p.id, p]));
    expect(names.get('TLS')).toMatchObject({ iso3: 'TLS' });
    expect(names.get('TUR')).toMatchObject({ iso3: 'TUR' });
  });

  it('takes a country in capitals leading a paragraph with a colon as the place of its figures', () => {
    const r = extractFigures('Storms in Central America\n\nEL SALVADOR: The storms affected 29,968 families.\n\nGUATEMALA: The storms affected 394,000 people.', { published: PUBLISHED });
    expect(r.candidates.map((c) => c.place)).toEqual(['SLV', 'GTM']);
  });

  it('does not take a donor as the place of a figure', () => {
    const r = extractFigures('Floods hit Ostra province on Monday.\n\nJapan decided to provide 2 million USD for the response.', { published: PUBLISHED });
    expect(r.candidates[0]!.place).toBe('ostra');
  });
});

describe('the noun a number counts', () => {
  const indicators = (text: string) => extractFigures(text, { published: PUBLISHED }).candidates.map((c) => [c.value, c.unit, c.indicator]);

  it('takes cases as cases and deaths as deaths when one sentence gives both', () => {
    expect(indicators('In Ostra there were 340 cholera cases and 12 deaths.')).toEqual([
      [340, 'person', 'cases'],
      [12, 'person', 'deaths'],
    ]);
  });

  it('names damaged health facilities, lost livestock and food that arrived', () => {
    expect(indicators('In Ostra 12 health facilities were damaged. Some 2,500 livestock died. 1,200 tonnes of food arrived in Ostra.')).toEqual([
      [12, 'health-facility', 'health-facilities-damaged'],
      [2500, 'livestock', 'livestock-lost'],
      [1200, 't', 'aid-delivered'],
    ]);
  });

  it('reads money a donor gave, sent or offered as funding received, and the donor is not the place of later figures', () => {
    const r = extractFigures('Floods in the region.\n\nBritain gave £9.75m. Norway sent NOK 5 million.\n\nAbout 3,000 people fled.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [9750000, 'GBP', 'funding-received'],
      [5000000, 'NOK', 'funding-received'],
      [3000, 'person', 'displaced'],
    ]);
    expect(r.candidates[2]!.place).not.toBe('GBR');
    expect(r.candidates[2]!.place).not.toBe('NOR');
  });

  it('merges an amount repeated in a summary list without an indicator into the figure the body names', () => {
    const r = extractFigures('Japan provided 30 million USD to Ostra on Monday.\n\n(1) Emergency Grant Aid: 30 million USD', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[30000000, 'USD', 'funding-received']]);
  });
});

describe('numbers written in words, shares and vague amounts (more forms)', () => {
  it.each([
    ['Two hundred and fifty families fled.', [[250, 'household']]],
    ['A hundred and twenty-five people died.', [[125, 'person']]],
    ['Two hundred thousand people fled.', [[200000, 'person']]],
    ['Nearly half a million people fled.', [[500000, 'person']]],
    ['A million people need aid.', [[1000000, 'person']]],
    ['Three out of four households lack food.', [[75, 'percent']]],
    // a sentence opens with the part in words and the whole in digits (news style)
    ['Nine in 10 households skip meals.', [[90, 'percent']]],
    ['Three out of 4 children are stunted.', [[75, 'percent']]],
    ['Two-thirds of the population need aid.', [[66.7, 'percent']]],
    ['Hundreds were injured and thousands displaced.', [[100, 'person'], [1000, 'person']]],
    ['Thousands remain in shelters.', [[1000, 'person']]],
  ])('%s', (text, expected) => {
    expect(valueUnits(text)).toEqual(expected);
  });

  it('does not read "a" alone as a number', () => {
    expect(valueUnits('He said it was one in a million. A team visited a camp.')).toEqual([]);
  });
});

describe('South Asian amounts and more currency words', () => {
  it.each([
    ['The state released Rs 5 crore for relief.', [[50000000, 'INR']]],
    ['The district gave Rs. 50 lakh.', [[5000000, 'INR']]],
    ['The government allocated ₹200 crore.', [[2000000000, 'INR']]],
    ['The ministry allocated Tk 10 crore.', [[100000000, 'BDT']]],
    ['About 1.5 crore people were affected.', [[15000000, 'person']]],
    ['Donors gave 500 million yen.', [[500000000, 'JPY']]],
  ])('%s', (sentence, expected) => {
    expect(valueUnits(sentence)).toEqual(expected);
  });

  it('reads "Rs" as the rupee of the country the text opens with', () => {
    expect(valueUnits('The government released Rs 2 billion.', 'Floods in Pakistan.')).toEqual([[2000000000, 'PKR']]);
    expect(valueUnits('The government released Rs 2 billion.', 'Floods in Sri Lanka.')).toEqual([[2000000000, 'LKR']]);
    // the country named first, not the first of the list: a Sri Lankan text that later mentions Pakistan
    expect(valueUnits('The government released Rs 2 billion. Pakistan sent tents.', 'Floods in Sri Lanka.')).toEqual([[2000000000, 'LKR']]);
    expect(valueUnits('The government released Rs 2 billion. Aid also came from Sri Lanka.', 'Floods in Nepal.')).toEqual([[2000000000, 'NPR']]);
  });
});

describe('amounts as appeals and funds write them', () => {
  it.each([
    ['The fund gave CHF 17.7M and loans of CHF 6.1 M.', [[17700000, 'CHF'], [6100000, 'CHF']]],
    ['The budget is CHF 9’040’000.', [[9040000, 'CHF']]],
    ["The budget is CHF 9'040'000.", [[9040000, 'CHF']]],
    ['A total value of 23,8 million Swiss francs was allocated.', [[23800000, 'CHF']]],
  ])('%s', (sentence, expected) => {
    expect(valueUnits(sentence)).toEqual(expected);
  });

  it('takes every amount in one pair of parentheses as a stated equivalent', () => {
    const r = draftOf('The appeal seeks CHF 20,000,000 (USD 16 million or EUR 12 million).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([
      [20000000, 'CHF', [[16000000, 'USD'], [12000000, 'EUR']]],
    ]);
  });
});

describe('a key-figure box with the number on one line and its label on the next', () => {
  it('reads each pair as one key line, and merges it with the body figure it repeats', () => {
    const text = 'Ostra: Floods Flash Update\n\nKEY FIGURES\n2.1M\npeople affected\n450K\npeople displaced\n$35M\nrequired\n\nThe floods in Ostra have affected about 2.1 million people.\n';
    const r = extractFigures(text, { published: PUBLISHED, sourceFile: 'box.txt' });
    expect(draftIssues(r, text, 'box.txt')).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [450000, 'person', 'displaced'],
      [35000000, 'USD', 'funding-required'],
      [2100000, 'person', 'people-affected'],
    ]);
  });
});

describe('a percentage that is a change', () => {
  it('is not drafted: "a 2 percent decrease" is no share of people or funds', () => {
    const r = extractFigures('Floods in Ostra.\n\nThis is a 2 percent decrease compared to the 330,148 displaced persons recorded in May; 12% found refuge in sites.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[330148, 'person'], [12, 'percent']]);
    expect(r.notes.join('\n')).toContain("'2 percent' is a change");
  });
});

describe('an "as of" date in a sentence that opens with a longer phrase', () => {
  it('dates the figures of the sentence', () => {
    const r = extractFigures('Cholera in Ostra\n\nSince the beginning of 2024 and as of 29 May 2024, a total of 4,724 cholera cases and 32 deaths have been reported in Ostra.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [4724, '2024-05-29'],
      [32, '2024-05-29'],
    ]);
  });
});

describe('tolls and counts as news agencies write them', () => {
  const read = (sentence: string) => extractFigures(`Quake in Ostra\n\n${sentence}`, { published: PUBLISHED }).candidates.map((c) => [c.value, c.unit, c.qualifier, c.indicator]);

  it.each([
    ['The death toll in Ostra rose past 20,000.', [[20000, 'person', 'more-than', 'deaths']]],
    ['The death toll in Ostra soared above 5,300.', [[5300, 'person', 'more-than', 'deaths']]],
    ['The toll is likely to climb beyond the 19,400 already known to have died in Ostra.', [[19400, 'person', 'exact', 'deaths']]],
    ['In Ostra 19,400 are already known to have died.', [[19400, 'person', 'exact', 'deaths']]],
    ['More than 8,000 people were rescued in Ostra, and some 380,000 have taken refuge in shelters.', [[8000, 'person', 'more-than', null], [380000, 'person', 'approximately', 'temporary-accommodation']]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('ranges whose scale word comes once, after the upper end', () => {
  it('scales the lower end too, and the draft validates (the upper end is the number written in full)', () => {
    const text = 'Quake in Ostra\n\nEarly reports put the number of fatalities at between one and two thousand.\n\nBetween 2 and 3 million people were affected in Ostra.';
    const r = extractFigures(text, { published: PUBLISHED, sourceFile: 'ranges2.txt' });
    expect(draftIssues(r, text, 'ranges2.txt')).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.low, c.high, c.unit, c.qualifier, c.indicator])).toEqual([
      [1000, 1000, 2000, 'person', 'range', 'deaths'],
      [2000000, 2000000, 3000000, 'person', 'range', 'people-affected'],
    ]);
  });

  it('takes the unit of the count just before for "of which N" and "another N"', () => {
    const r = extractFigures('Storms in Ostra\n\nAt least 619 people, of which 508 in Pell, were evacuated. The storms damaged 880 homes and placed another 967 at risk.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[619, 'person'], [508, 'person'], [880, 'house'], [967, 'house']]);
  });
});

describe('health facilities, whatever noun the text uses', () => {
  it('counts hospitals as hospitals, clinics and health centres as health facilities, each quote keeping its word', () => {
    const r = extractFigures('Storms in Ostra\n\nIn Ostra 3 hospitals, 4 clinics and 12 health centres were damaged.', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [3, 'hospital'],
      [4, 'health-facility'],
      [12, 'health-facility'],
    ]);
    expect(r.candidates.map((c) => c.quote)).toEqual([expect.stringContaining('3 hospitals'), expect.stringContaining('4 clinics'), expect.stringContaining('12 health centres')]);
    expect(r.candidates[2]!.indicator).toBe('health-facilities-damaged');
  });
});

describe('lives', () => {
  it('counts lives claimed as deaths, and lives saved as people without that indicator', () => {
    const r = draftOf('The quake in Ostra claimed over 2,000 lives. The programme saved 3,000 lives.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.indicator])).toEqual([
      [2000, 'person', 'more-than', 'deaths'],
      [3000, 'person', 'exact', null],
    ]);
  });
});

describe('an amount given to each recipient', () => {
  it('is not funding received: "USD 500 each", "Rs 1 lakh each", "as relief to each household", "per family"', () => {
    const ind = (s: string) => draftOf(s).candidates.filter((c) => c.unit === 'USD' || c.unit === 'INR').map((c) => [c.value, c.indicator]);
    expect(ind('The government gave USD 500 each to 2,000 families in Haiti.')).toEqual([[500, null]]);
    expect(ind('The state gave Rs 1 lakh each to 300 families in India.')).toEqual([[100000, null]]);
    expect(ind('The minister announced Rs 10,000 as immediate relief to each flood-hit household in India.')).toEqual([[10000, null]]);
    expect(ind('Donors gave USD 100 per family in Haiti.')).toEqual([[100, null]]);
    // the total is still funding received
    expect(ind('The government gave USD 5 million to 2,000 families in Haiti.')).toEqual([[5000000, 'funding-received']]);
  });
});

describe('notes on a number and its unit split over two lines', () => {
  it('write the words on one line', () => {
    const r = extractFigures('KEY FIGURES\n\n1,500\nkm of roads\n', { published: PUBLISHED });
    expect(r.notes.join('\n')).toContain("'1,500 km' is a distance");
  });
});

describe('a count whose noun is left out after the first figure of the sentence', () => {
  it('reads "120 houses were destroyed and 300 damaged" as two counts of houses', () => {
    const r = draftOf('In Ostra 120 houses were destroyed and 300 damaged.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [120, 'house', 'houses-destroyed'],
      [300, 'house', 'houses-damaged'],
    ]);
  });
});

describe('a range written "X to Y" without "from"', () => {
  it('reads "some 30,000 to 40,000 people" as a range, and "10 to 15 per cent" too', () => {
    const r = draftOf('Some 30,000 to 40,000 people remain displaced in Ostra. In Pell 10 to 15 per cent of households were displaced.');
    expect(r.candidates.map((c) => [c.value, c.low, c.high, c.unit, c.qualifier])).toEqual([
      [30000, 30000, 40000, 'person', 'range'],
      [10, 10, 15, 'percent', 'range'],
    ]);
  });
});
