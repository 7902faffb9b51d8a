/**
 * More phenomena of real reports, found on texts nobody tuned on, each on an invented sentence
 * (places and numbers made up). Every draft validates against its own text.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractOptions } from '../../../src/extract/extract.js';
import { draftIssues } from './helpers.js';

const PUBLISHED = '2024-06-12'; // a Wednesday

function run(text: string, options: ExtractOptions = {}) {
  const r = extractFigures(text, { published: PUBLISHED, sourceFile: 'report.txt', ...options });
  expect(draftIssues(r, text, 'report.txt')).toEqual([]);
  return r;
}

/** [value, unit, qualifier] of each figure drafted from a text that opens with a heading. */
const vuq = (body: string, options: ExtractOptions = {}) => run(`Floods in Ostra\n\n${body}`, options).candidates.map((c) => [c.value, c.unit, c.qualifier]);

describe('the noun a number counts, in lists of damage', () => {
  it('reads "households displaced" as households: a participle after the noun is no head noun', () => {
    expect(vuq('At least 9 people have died, nearly 1,400 households displaced and over 210 livestock killed in Ostra.')).toEqual([
      [9, 'person', 'at-least'],
      [1400, 'household', 'nearly'],
      [210, 'livestock', 'more-than'],
    ]);
  });
  it('does not read "including 12 towns" as a part of the count before it', () => {
    expect(vuq('The floods affected 52,000 people in Ostra (including 12 towns and 31 villages).')).toEqual([[52000, 'person', 'exact']]);
  });
  it('reads a bare number that "needed" something as people, after a count of people', () => {
    expect(vuq('The storm affected 64,000 people in Ostra; 9,300 needed emergency relief.')).toEqual([
      [64000, 'person', 'exact'],
      [9300, 'person', 'exact'],
    ]);
  });
});

describe('relief items sent, carried and listed', () => {
  it('counts tarpaulins as tarpaulins (not tents), and every item of a cargo list after a verb of sending or carrying', () => {
    expect(vuq('The aircraft is carrying 650 tarpaulins, 180 shelter kits, 1400 water containers, 2600 blankets and 720 hygiene kits for Ostra.').map(([v, u]) => [v, u])).toEqual([
      [650, 'tarpaulin'],
      [180, 'shelter-kit'],
      [1400, 'water-container'],
      [2600, 'blanket'],
      [720, 'hygiene-kit'],
    ]);
  });
  it('reads mattresses and meals sent to a border', () => {
    expect(vuq('The agency sent 1,200 blankets and 400 mattresses to the Ostra crossing. Its partners also sent 2,500 hot meals.').map(([v, u]) => [v, u])).toEqual([
      [1200, 'blanket'],
      [400, 'mattress'],
      [2500, 'meal'],
    ]);
  });
  it('still drafts nothing for a list of things without a verb of relief or damage', () => {
    expect(vuq('The district has 40 trucks, 12 boreholes and 3 bridges in Ostra.')).toEqual([]);
  });
});

describe('vague amounts, slashed modifiers and glued rupee signs', () => {
  it('reads "thousands left homeless" and "thousands needed water" as at least 1,000 people', () => {
    expect(vuq('Rescuers turned to the hundreds injured and thousands left homeless in Ostra.')).toEqual([
      [100, 'person', 'at-least'],
      [1000, 'person', 'at-least'],
    ]);
    expect(vuq('The mayor of Ostra said thousands needed clean water.')).toEqual([[1000, 'person', 'at-least']]);
  });
  it('reads a slashed modifier before the noun ("410 pregnant/lactating women")', () => {
    expect(vuq('The assessment in Ostra counted 410 pregnant/lactating women.')).toEqual([[410, 'person', 'exact']]);
  });
  it('reads "Rs.45 crore", the sign glued to the number by its point', () => {
    const r = run('Relief for Ostra\n\nThe Central Government will release Rs.45 crore to the State.', { publisher: 'Government of India' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[450000000, 'INR']]);
  });
});

describe('responders, capacities and shares of land', () => {
  it('counts soldiers among the dead or injured, and not soldiers deployed to recover the dead', () => {
    expect(vuq('About 130 soldiers were among the dead in Ostra, and 260 soldiers were injured. The army deployed 800 troops to recover the dead.')).toEqual([
      [130, 'person', 'approximately'],
      [260, 'person', 'exact'],
    ]);
  });
  it('does not draft a capacity ("boats with a capacity of 12 persons")', () => {
    const r = run('Floods in Ostra\n\nThe navy sent 30 boats with a capacity of 12 persons to Ostra.');
    expect(r.candidates).toEqual([]);
    expect(r.notes.join('\n')).toContain("'12' is a capacity");
  });
  it('does not draft a share of land ("70 per cent of the country"), but does a share of its people', () => {
    expect(vuq('Forecasters warned that more than 70 per cent of the country is at risk. About 30 per cent of the people of the country need aid.')).toEqual([[30, 'percent', 'approximately']]);
  });
});

describe('dates carried within a sentence and to the sentence that continues it', () => {
  const dated = (body: string) => run(`Ostra: displacement update\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.asOf]);

  it('carries "yesterday (11/06)" to the next sentence when it continues ("also"), and not to one that does not', () => {
    expect(dated('Yesterday (11/06) the agency sent 900 blankets to Ostra. Its partners also sent 2,000 hot meals. The camp sheltered 4,000 people.')).toEqual([
      [900, 'blanket', '2024-06-11'],
      [2000, 'meal', '2024-06-11'],
      [4000, 'person', null],
    ]);
  });
  it('carries "on Monday" to a sentence opening "Of these"', () => {
    expect(dated('On Monday, 1,300 people crossed into Varnhold. Of these, 420 were children. Last week, 600 families arrived in Pell.')).toEqual([
      [1300, 'person', '2024-06-10'],
      [420, 'person', '2024-06-10'],
      [600, 'household', '2024-06-09'], // its own "last week" (ending Sunday 9 June), not the Monday carried
    ]);
  });
  it('dates every item of a list by the clause the list began in', () => {
    expect(dated('The agency managed yesterday to send 1,100 blankets, 450 mattresses and 80 tents to Ostra.')).toEqual([
      [1100, 'blanket', '2024-06-11'],
      [450, 'mattress', '2024-06-11'],
      [80, 'tent', '2024-06-11'],
    ]);
  });
  it('dates a figure by an earlier clause that says "as of" a day', () => {
    expect(dated('Across the region there were, as of figures received yesterday (Tuesday), 504,220 people registered as refugees.')).toEqual([[504220, 'person', '2024-06-11']]);
  });
  it('does not date an amount by a date that ends the clause before it', () => {
    const r = run('Aid to Ostra\n\nWith the grant of 5 million USD announced on 3 June, 12 million USD in total will be provided.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [5000000, '2024-06-03'],
      [12000000, '2024-06-12'],
    ]);
  });
});

describe('a part of an amount in parentheses', () => {
  it('drafts "USD 8 million ($2 million in cash)" as the amount and a breakdown of it, not an equivalent and not a second total', () => {
    const r = run('Aid to Ostra\n\nThe government of Ostra received USD 8 million ($2 million in cash) from donors.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.length, c.breakdown ?? null])).toEqual([
      [8000000, 'USD', 0, null],
      [2000000, 'USD', 0, { part: 'in cash' }],
    ]);
    expect(r.draft.figures[1]!.breakdown).toEqual({ part: 'in cash' });
    expect(r.draft.figures[0]!.breakdown).toBeUndefined();
  });
  it('keeps a bracketed amount in another currency an equivalent', () => {
    const r = run('Aid to Ostra\n\nThe fund released CHF 3 million ($3.3 million) for Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([[3000000, 'CHF', [[3300000, 'USD']]]]);
  });
});

describe('a list under a heading that names the counted thing', () => {
  it('reads "Houses damaged:" over "- Province A: 1,200" as 1,200 houses damaged, and each item of the list', () => {
    const r = run('Floods in Ostra\n\nHouses damaged:\n- Kessa province: 1,240\n- Marl province: 860\n\nPeople displaced:\n- Kessa: 4,100\n\nThe floods displaced 6,700 people in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator, c.quote])).toEqual([
      [1240, 'house', 'houses-damaged', 'Kessa province: 1,240'],
      [860, 'house', 'houses-damaged', 'Marl province: 860'],
      [4100, 'person', 'displaced', 'Kessa: 4,100'],
      [6700, 'person', 'displaced', 'The floods displaced 6,700 people in Ostra.'],
    ]);
  });
  it('drafts nothing under a heading that names no count ("Key dates:")', () => {
    expect(run('Floods in Ostra\n\nKey dates:\n- Onset: 12\n- Peak: 19\n').candidates).toEqual([]);
  });
});

describe('indicators of items sent and of people who needed relief', () => {
  it('reads items sent or carried as relief delivered, and people who needed relief as people in need', () => {
    const r = run('Floods in Ostra\n\nThe plane is carrying 640 tarpaulins to Ostra. The floods affected 81,000 people; 7,300 needed emergency relief.');
    expect(r.candidates.map((c) => [c.value, c.indicator])).toEqual([
      [640, 'relief-items-delivered'],
      [81000, 'people-affected'],
      [7300, 'people-in-need'],
    ]);
  });
});

describe('the same amount for two places', () => {
  it('keeps "$2 million to Ostra" and "$2 million ... in Pell" as two figures, and still merges a repeat for one place', () => {
    const r = run('Aid after the storm\n\nThis is the first part of a $2 million package of assistance to Ostra.\n\n$2 million in assistance has also been committed to people in Pell.\n\nThe $2 million package to Ostra will fund shelter.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [2000000, 'USD', 'ostra'],
      [2000000, 'USD', 'pell'],
    ]);
  });
});

describe('a place followed by "announced by"', () => {
  it('is where the aid goes, not a donor', () => {
    const r = run('Aid after the storm\n\nThis is the first part of a $2 million package of assistance to Ostra announced by the minister yesterday.\n\n$2 million in assistance has also been committed to people in Pell.');
    expect(r.candidates.map((c) => [c.value, c.place])).toEqual([
      [2000000, 'ostra'],
      [2000000, 'pell'],
    ]);
  });
});

describe('percentages that are cuts, and dates of a report', () => {
  it('does not draft a cut or a scale-back as a share ("slashed its funding by over 70%", "cuts of almost 95%, 91% and 80%")', () => {
    const r = run('Aid to Ostra\n\nThe donor has slashed its funding to the plan by over 70% since 2019. Others made cuts of almost 95%, 91% and 80% respectively, and one a scale-back of over 40%. Half of the people of Ostra need aid.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[50, 'percent']]);
    expect(r.notes.join('\n')).toContain("'70%' is a change");
  });
  it('dates the figures of a sentence by "a report dated Tuesday, June 11", and those of the sentence that goes on "Of this"', () => {
    const r = run('Storm in Ostra\n\nThe council said in a report dated Tuesday, June 11, that a total of 12,400 families were affected. Of this, there were 3,100 families in evacuation centres.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [12400, '2024-06-11'],
      [3100, '2024-06-11'],
    ]);
  });
});

describe('a key-figure box laid out as a column of numbers, then a column of labels', () => {
  it('gives the k-th number the k-th label, and merges the number the body repeats', () => {
    const r = run('Ostra Crisis\n\nSome 2.1 million people have been reached with aid as of 30 May.\n\n4.2 million\n\n2.1 million\n\n0.9 million\n\nPeople to be assisted by the end of the year\n\nPeople reached with humanitarian assistance*\n\nPeople internally displaced by violence\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [2100000, 'person'],
      [4200000, 'person'],
      [900000, 'person'],
    ]);
    expect(r.candidates[2]!.indicator).toBe('displaced');
  });
  it('reads nothing when the labels are fewer than the numbers', () => {
    expect(run('Ostra Crisis\n\n4.2 million\n\n2.1 million\n\nPeople to be assisted\n').candidates).toEqual([]);
  });
});

describe('amounts written with their cents', () => {
  it('drafts "USD 1,950.00" and "$2,500.50" with their values, and validate finds them in the quote', () => {
    expect(vuq('The agency gave USD 1,950.00 to the committee in Ostra and $2,500.50 to each of 40 families.').filter(([, unit]) => unit === 'USD')).toEqual([
      [1950, 'USD', 'exact'],
      [2500.5, 'USD', 'exact'],
    ]);
  });
});

describe('a share written "one-third", with a hyphen', () => {
  it('drafts it as 33.3 percent, as "two-thirds" is 66.7', () => {
    expect(vuq('The appeal for Ostra has reached one-third of its funding requirements; two-thirds of the people need aid.')).toEqual([
      [33.3, 'percent', 'exact'],
      [66.7, 'percent', 'exact'],
    ]);
  });
});

describe('a list of places after a colon, breaking down the count before it', () => {
  it('drafts each item as a count of the same unit and indicator for its place, in words or digits', () => {
    const r = run('Floods in Ostra\n\nThe death toll stood at 25 while 13 people were still missing in three regions: eight in Kessa, four in Lunda and one in Marro.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator, c.quote])).toEqual([
      [25, 'person', 'deaths', expect.any(String)],
      [13, 'person', 'missing', expect.any(String)],
      [8, 'person', 'missing', 'eight in Kessa'],
      [4, 'person', 'missing', 'four in Lunda'],
      [1, 'person', 'missing', 'one in Marro'],
    ]);
  });
  it('does not give the count before the colon the place of the first item', () => {
    const r = run('Floods in Ostra\n\nSome 30 people were missing across the province: 20 in Kessa, 10 in Lunda.');
    expect(r.candidates.map((c) => c.quote)).toEqual([expect.stringContaining('30 people were missing'), '20 in Kessa', '10 in Lunda']);
    expect(r.candidates[0]!.place).not.toBe(r.candidates[1]!.place);
  });
  it('reads a list after a comma when each item says "in", and the whole takes no place from it', () => {
    const r = run('Floods in Ostra\n\nEleven aid workers were killed in 2023, eight in CAR and three in Lunda.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator, c.place, c.quote])).toEqual([
      [11, 'person', 'deaths', 'ostra', expect.stringContaining('Eleven aid workers were killed')],
      [8, 'person', 'deaths', 'CAF', 'eight in CAR'],
      [3, 'person', 'deaths', 'lunda', 'three in Lunda'],
    ]);
    expect(r.candidates.every((c) => c.breakdown === undefined)).toBe(true);
  });
  it('reads hedged items, and a list after "followed by", each with its own hedge and place', () => {
    expect(run('Floods in Ostra\n\nThe agency counted one million children in need in Ostra, followed by more than 443,000 in Kessa and about 130,000 in Lunda.').candidates.map((c) => [c.value, c.qualifier, c.place])).toEqual([
      [1000000, 'exact', 'ostra'],
      [443000, 'more-than', 'kessa'],
      [130000, 'approximately', 'lunda'],
    ]);
    expect(vuq('The storm displaced 5,000 people in Ostra: more than 1,200 in Kessa and about 3,800 in Lunda.')).toEqual([
      [5000, 'person', 'exact'],
      [1200, 'person', 'more-than'],
      [3800, 'person', 'approximately'],
    ]);
  });
  it('dates each item by the count it breaks down when the item has no date of its own', () => {
    const dates = (sentence: string) => run(`Floods in Ostra\n\n${sentence}`).candidates.map((c) => [c.value, c.asOf]);
    expect(dates('Eleven aid workers were killed on 3 June, eight in Kessa and three in Lunda.')).toEqual([
      [11, '2024-06-03'],
      [8, '2024-06-03'],
      [3, '2024-06-03'],
    ]);
    expect(dates('Clashes in Ostra killed 40 civilians on 3 June, three of them in Kessa.')).toEqual([
      [40, '2024-06-03'],
      [3, '2024-06-03'],
    ]);
    expect(dates('The floods destroyed 30 schools in Ostra on 10 June, two in each district.')).toEqual([
      [30, '2024-06-10'],
      [2, '2024-06-10'],
    ]);
  });
  it('takes no month for a place in counts by month ("120 in June and 40 in July")', () => {
    const r = run('Floods in Ostra\n\nIn Ostra, at least 300 people died in May, 120 in June and 40 in July.');
    expect(r.candidates.map((c) => c.place)).toEqual(r.candidates.map(() => 'ostra'));
    expect(r.draft.places.map((p) => p.id)).not.toContain('june');
  });
  it('reads "three of them in Kessa" as a count for Kessa with the indicator of the count before', () => {
    const r = run('Floods in Ostra\n\nClashes in Ostra killed 40 civilians, three of them in Kessa.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator, c.place, c.quote])).toEqual([
      [40, 'person', 'deaths', 'ostra', expect.any(String)],
      [3, 'person', 'deaths', 'kessa', 'three of them in Kessa'],
    ]);
  });
  it('drafts "two in each district" as a breakdown of the count before, never a total', () => {
    const r = run('Floods in Ostra\n\nThe floods destroyed 30 schools in Ostra, two in each district.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place, c.breakdown])).toEqual([
      [30, 'school', 'ostra', undefined],
      [2, 'school', 'ostra', { part: 'in each district' }],
    ]);
    expect(r.draft.figures.find((f) => f.value === 2)?.notes).toContain('not their sum');
    expect(r.draft.figures.map((f) => f.label)).toEqual(['Schools damaged, Ostra', 'Schools damaged, Ostra (in each district)']);
  });
  it('keeps the place of a count followed by "mainly in Kessa" (no number, no list)', () => {
    expect(run('Floods in Ostra\n\nAbout 4,000 people were displaced, mainly in Kessa.').candidates.map((c) => c.place)).toEqual(['kessa']);
  });
  it('reads no list where no count comes before the colon', () => {
    expect(vuq('Key dates: 12 in Kessa, 4 in Lunda.')).toEqual([]);
  });
});

describe("donors' percentages in brackets after their names", () => {
  it('are changes in what they give, not shares of people or funds: not drafted', () => {
    expect(vuq('Other donors stepped up their contributions to Ostra, including Kessia (15%), Lundia (46%) and Marrovia (59%).')).toEqual([]);
  });
  it('are changes after "increases from" a list of names, with no word of funding next to the verb', () => {
    expect(vuq('Funding for Ostra rose this year, with notable increases from Kessia (15%), the Lundia Republic (46%) and Marrovia (59%).')).toEqual([]);
  });
  it('a share of people by origin in brackets is still drafted', () => {
    expect(vuq('The refugees in Ostra came from Kessia (45%) and Lundia (20%), the agency said.').map(([v, u]) => [v, u])).toEqual([
      [45, 'percent'],
      [20, 'percent'],
    ]);
  });
});

describe('phenomena of a fourth set of real reports (sitreps and press releases)', () => {
  it('does not draft a share of places ("90% of previously affected districts"), but does a share of people', () => {
    expect(vuq('Relief distributions have been completed in 90% of previously affected districts. Partners have reached 95% of people in Ostra.')).toEqual([[95, 'percent', 'exact']]);
  });
  it('reads "There are over 333,800 people living in Kessa locality, of whom ..." as context, and drafts the part', () => {
    expect(vuq('There are over 333,800 people living in Kessa locality of whom over 70,100 people are in crisis levels of food insecurity.')).toEqual([[70100, 'person', 'more-than']]);
  });
  it('counts people after "injuries to" and "deaths of" with no noun after the number', () => {
    expect(vuq('The earthquake in Ostra has resulted in the deaths of at least 70 people and injuries to more than 200.')).toEqual([
      [70, 'person', 'at-least'],
      [200, 'person', 'more-than'],
    ]);
  });
  it('drafts a vague count of a known thing that a verb of damage governs ("hundreds of buildings that collapsed")', () => {
    expect(vuq('People are believed to be under the rubble of hundreds of buildings that collapsed in Ostra.')).toEqual([[100, 'building', 'at-least']]);
    expect(vuq('Hundreds of buildings line the river in Ostra.')).toEqual([]);
  });
  it('does not draft a vague count of a thing the unit registry lacks ("sent hundreds of dehumidifiers"), and names it in the notes', () => {
    const r = run('Floods in Ostra\n\nNeighbours have sent hundreds of dehumidifiers and thousands of sandbags to Ostra.');
    expect(r.candidates).toEqual([]);
    expect(r.notes).toEqual(expect.arrayContaining([expect.stringContaining("'hundreds of dehumidifiers' is a vague count of a thing humfig has no unit for"), expect.stringContaining("'thousands of sandbags'")]));
  });
  it('does not draft a vague count of things that the next words put at risk ("millions of farm animals cannot ...")', () => {
    const r = run('Floods in Ostra\n\nIn Ostra, millions of farm animals cannot put on enough weight to survive the winter. Floods destroyed thousands of homes in Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[1000, 'house', 'at-least']]);
    expect(r.notes).toEqual(expect.arrayContaining([expect.stringContaining("'millions of farm animals' is a risk or a forecast")]));
  });
  it('keeps "another $50 million" apart from an earlier $50 million: a second amount, not a repeat', () => {
    const r = run('Aid to Ostra\n\nThe government will give $50 million in emergency funds to Ostra. It is also providing another $50 million in humanitarian assistance.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [50000000, 'USD'],
      [50000000, 'USD'],
    ]);
  });
});

describe('relative spans of days against the publication date (a Wednesday, 2024-06-12)', () => {
  const dated = (sentence: string) => run(`Floods in Ostra\n\n${sentence}`).draft.figures.map((f) => [f.asOf, f.period]);
  it('gives "last week" its Monday to Sunday as the period, and the Sunday as asOf', () => {
    expect(dated('Last week, 4,000 people were displaced in Ostra.')).toEqual([['2024-06-09', { start: '2024-06-03', end: '2024-06-09' }]]);
  });
  it('gives "earlier this week" Monday to the day before publication', () => {
    expect(dated('Earlier this week, floods displaced 4,000 people in Ostra.')).toEqual([['2024-06-11', { start: '2024-06-10', end: '2024-06-11' }]]);
  });
  it('gives "over the weekend" the latest Saturday and Sunday', () => {
    expect(dated('Over the weekend, floods displaced 4,000 people in Ostra.')).toEqual([['2024-06-09', { start: '2024-06-08', end: '2024-06-09' }]]);
  });
  it('gives "last month" the month before as a month (no period: a month asOf covers its days)', () => {
    expect(dated('Last month, floods destroyed 300 houses in Ostra.')).toEqual([['2024-05', undefined]]);
  });
  it('gives "over the past week" and "in the last month" the 7 and 30 days up to publication, not a calendar week or month', () => {
    expect(dated('Over the past week, 4,000 people were displaced in Ostra.')).toEqual([['2024-06-12', { start: '2024-06-06', end: '2024-06-12' }]]);
    expect(dated('In the last month, floods destroyed 300 houses in Ostra.')).toEqual([['2024-06-12', { start: '2024-05-14', end: '2024-06-12' }]]);
  });
  it('says in the notes that asOf is the end of a span', () => {
    const r = run('Floods in Ostra\n\nLast week, 4,000 people were displaced in Ostra.');
    expect(r.draft.figures[0]!.notes).toContain('the last day of a span of days');
  });
  it('gives "last month" in January the December before', () => {
    const r = run('Floods in Ostra\n\nLast month, floods destroyed 300 houses in Ostra.', { published: '2025-01-08' });
    expect(r.draft.figures.map((f) => f.asOf)).toEqual(['2024-12']);
  });
});

describe('counts whose noun is left out after the number', () => {
  it('reads the next items of a list by place after a count as that count', () => {
    expect(vuq('The agency cited 9,000 children in Ostra, followed by more than 4,200 in Kessa and 1,300 in Lunda.')).toEqual([
      [9000, 'person', 'exact'],
      [4200, 'person', 'more-than'],
      [1300, 'person', 'exact'],
    ]);
  });
  it('reads an earlier level of a count given by its month ("compared to around 3,000 in May")', () => {
    expect(vuq('The camps now hold more than 7,400 displaced families, compared to around 3,000 in May.')).toEqual([
      [7400, 'household', 'more-than'],
      [3000, 'household', 'approximately'],
    ]);
  });
  it('does not read "Phase 3 in Ostra" as a count', () => {
    expect(vuq('About 12,000 people are in Phase 3 in Ostra.')).toEqual([[12000, 'person', 'approximately']]);
  });
  it('reads the level a count reached ("the number had climbed to", "the refugee population ... stood at")', () => {
    expect(vuq('As of Monday 21,500 refugees were registered in Ostra. Across the region the number had climbed to more than 64,000.')).toEqual([
      [21500, 'person', 'exact'],
      [64000, 'person', 'more-than'],
    ]);
    expect(vuq('The registered refugee population in 9 camps stood at 48,120.')).toEqual([[48120, 'person', 'exact']]);
  });
  it('reads "the number of <a people> registered ... had surpassed N" as people', () => {
    expect(vuq('The number of Ostrans registered as refugees in Kessa and Lunda had now surpassed 150,000.')).toEqual([[150000, 'person', 'more-than']]);
  });
  it('drafts nothing for a level with no count of people before it or in it', () => {
    expect(vuq('The river in Ostra had climbed to 7 by noon. The total stood at 12.')).toEqual([]);
  });
});

describe('currency forms of state releases and broken layouts', () => {
  it("reads a bare '$' in a state government's release as its country's dollar", () => {
    const r = run('Storm relief in Ostra\n\nThe government has provided a $2 million contribution to help storm-hit families in Ostra.', { publisher: 'Queensland Government' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[2000000, 'AUD']]);
    const t = run("Storm relief in Ostra\n\nThe Premier said the Government of Ontario has given $750,000 to families in Ostra.");
    expect(t.candidates.map((c) => [c.value, c.unit])).toEqual([[750000, 'CAD']]);
  });
  it('reads "USD 231, 432" (a comma and a space between groups) after a currency as one amount, an equivalent in brackets', () => {
    const r = run('Floods in Ostra\n\nCHF 412,306 (USD 386, 114 or EUR 270, 918) has been allocated to support 2,300 families in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([
      [412306, 'CHF', [[386114, 'USD'], [270918, 'EUR']]],
      [2300, 'household', []],
    ]);
  });
  it('still reads "in 3, 412 more" without a currency as two numbers, not one', () => {
    expect(vuq('Teams visited 3, 412 more homes were checked in Ostra.').map(([v]) => v)).not.toContain(3412);
  });
});

describe('vague counts with "more" and things funded', () => {
  it('reads "tens of thousands more <a people>" as at least 10,000 people', () => {
    expect(vuq('Officials in Kessa said there were tens of thousands more Ostrans who had not registered.')).toEqual([[10000, 'person', 'at-least']]);
  });
  it('reads "thousands more homes were destroyed" as houses, and drafts nothing for "thousands more" alone', () => {
    expect(vuq('The second storm destroyed thousands more homes in Ostra.')).toEqual([[1000, 'house', 'at-least']]);
    expect(vuq('Officials in Ostra expect thousands more by the end of the week.')).toEqual([]);
  });
  it('reads things that funding is for as a count of them', () => {
    expect(vuq('Funding for 320 shelters in Ostra already exists.')).toEqual([[320, 'shelter', 'exact']]);
  });
});

describe('breakdowns of damage with the noun left out', () => {
  it('reads "of which, 31 were completely and 70 were partially destroyed" as houses', () => {
    expect(vuq('In Ostra 101 houses were damaged, of which, 31 were completely and 70 were partially destroyed.')).toEqual([
      [101, 'house', 'exact'],
      [31, 'house', 'exact'],
      [70, 'house', 'exact'],
    ]);
  });
  it('drafts the parts after "of which" as breakdowns of the count, never as totals', () => {
    const r = run('Floods in Ostra\n\nIn Ostra 101 houses were damaged, of which, 31 were completely and 70 were partially destroyed.');
    expect(r.candidates.map((c) => [c.value, c.breakdown?.part ?? null])).toEqual([
      [101, null],
      [31, 'completely'],
      [70, 'partially destroyed'],
    ]);
  });
  it('reads "five completely and nine partially damaged" and "12 fully destroyed and 8 partially" as houses', () => {
    expect(vuq('In Kessa 14 houses were damaged, of which, five completely and nine partially damaged.').map(([v, u]) => [v, u])).toEqual([
      [14, 'house'],
      [5, 'house'],
      [9, 'house'],
    ]);
    expect(vuq('The storm damaged 20 houses in Lunda, of which, 12 fully destroyed and 8 partially.').map(([v, u]) => [v, u])).toEqual([
      [20, 'house'],
      [12, 'house'],
      [8, 'house'],
    ]);
  });
  it('drafts nothing for "completely" after a bare number with no count of things before it', () => {
    expect(vuq('The 3 roads in Ostra were completely blocked.')).toEqual([]);
  });
  it('counts cows and poultry as livestock', () => {
    expect(vuq('The floods killed 340 livestock in Ostra, including 120 goats, 20 cows and 200 poultry.').map(([v, u]) => [v, u])).toEqual([
      [340, 'livestock'],
      [120, 'livestock'],
      [20, 'livestock'],
      [200, 'livestock'],
    ]);
  });
});

describe('bare counts of people by their verbs', () => {
  it('reads "injuring 283" and "up to 4 million could be left homeless" as people', () => {
    expect(vuq('The storms in Ostra killed 41 people, injuring 283, and destroyed 900 houses.')).toEqual([
      [41, 'person', 'exact'],
      [283, 'person', 'exact'],
      [900, 'house', 'exact'],
    ]);
    expect(vuq('There are 80,000 people in need of shelter in Ostra, and up to 2 million could be left homeless.')).toEqual([
      [80000, 'person', 'exact'],
      [2000000, 'person', 'up-to'],
    ]);
  });
  it('reads "thousands more in desperate need" as at least 1,000 people', () => {
    expect(vuq('The quake in Ostra left more than 300 people dead and thousands more in desperate need of aid.')).toEqual([
      [300, 'person', 'more-than'],
      [1000, 'person', 'at-least'],
    ]);
  });
  it('does not read "killing 40% of the crops" as people', () => {
    expect(vuq('The landslide in Ostra buried the road, killing 40% of the crops.').map(([, u]) => u)).not.toContain('person');
  });
});

describe('a currency code written again after the amount', () => {
  it('reads "AFN 40 million AFN (USD6.1 million)" as one amount with its equivalent, not two figures', () => {
    const r = run('Quake in Ostra\n\nThe Government has released AFN 40 million AFN (USD6.1 million) for the response in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([[40000000, 'AFN', [[6100000, 'USD']]]]);
  });
});

describe('a count noun glued to its number by a missing space', () => {
  it('reads "at least 74lives" and "damaging 310houses"', () => {
    expect(vuq('The rains in Ostra resulted in the loss of at least 74lives, damaging 310houses.')).toEqual([
      [74, 'person', 'at-least'],
      [310, 'house', 'exact'],
    ]);
  });
  it('still drafts nothing for a number glued to another word ("12abc")', () => {
    expect(vuq('The form in Ostra had code 12abc on it.')).toEqual([]);
  });
});

describe('hedges', () => {
  it('reads "estimated at US$ 2 billion" as approximately', () => {
    expect(vuq('The quake in Ostra caused damages and losses estimated at US$ 2 billion.')).toEqual([[2000000000, 'USD', 'approximately']]);
  });
});

describe('scales written "mln" and "bln"', () => {
  it('reads "USD40 mln" and "EUR 1.2 bln" as millions and billions', () => {
    expect(vuq('The donors pledged USD40 mln for Ostra and the bank approved EUR 1.2 bln for its reconstruction.')).toEqual([
      [40000000, 'USD', 'exact'],
      [1200000000, 'EUR', 'exact'],
    ]);
  });
});

describe('people counted by a programme\'s abbreviation', () => {
  it('reads "around 3,000 PLWGs received vouchers" as people', () => {
    expect(vuq('In Ostra, around 3,000 PLWGs received fresh food vouchers.')).toEqual([[3000, 'person', 'approximately']]);
  });
});

describe('relief camps', () => {
  it('counts "47 relief camps" as evacuation centres, and the people they serve', () => {
    expect(vuq('In Ostra, 47 relief camps are serving 9,200 people.')).toEqual([
      [47, 'evacuation-centre', 'exact'],
      [9200, 'person', 'exact'],
    ]);
  });
});

describe('the size of a ration or a package', () => {
  it('does not draft "6 kg of maize meal" in a food basket, but drafts the tonnes delivered', () => {
    expect(vuq('In Ostra the ration included 6 kg of maize meal and 2 kg beans; in all 1,400 mt of food were distributed.')).toEqual([[1400, 't', 'exact']]);
  });
  it('still drafts 250 kg of seeds distributed', () => {
    expect(vuq('In Ostra, partners distributed 250 kg of seeds.')).toEqual([[250, 'kg', 'exact']]);
  });
});

describe('an office named with a slash is no photo credit', () => {
  it('reads "OCHA/ROAP announced $2 million ..." as a sentence', () => {
    expect(vuq('OCHA/ROAP announced an additional $2 million for the response in Ostra.')).toEqual([[2000000, 'USD', 'exact']]);
  });
  it('still reads "UNICEF/Doe" and "JANE DOE / AFP" lines as captions', () => {
    expect(vuq('UNICEF/Doe Children wait for water in Ostra, where 5,000 people were displaced.')).toEqual([]);
    expect(vuq('JANE DOE / AFP Families fled Ostra, where 5,000 people were displaced.')).toEqual([]);
  });
});

describe('a count shared out among places in parentheses', () => {
  it('drafts each place\'s share, reading "(4.1 m)" as millions, and gives the whole no one country', () => {
    const r = run('Sahel Update\n\n12.5 million people need aid in Chad (4.1 m), Niger (5.2 m) and Mali (3.2 m).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [12500000, 'person', null],
      [4100000, 'person', 'TCD'],
      [5200000, 'person', 'NER'],
      [3200000, 'person', 'MLI'],
    ]);
  });
  it('drafts plain numbers in parentheses after the places of a count of refugees', () => {
    expect(vuq('There are 210,450 refugees in Chad (61,200), Niger (99,250) and Mali (50,000).')).toEqual([
      [210450, 'person', 'exact'],
      [61200, 'person', 'exact'],
      [99250, 'person', 'exact'],
      [50000, 'person', 'exact'],
    ]);
  });
  it('still reads "a wave of 6 m" and "the bridge (40 m)" as no count of people', () => {
    expect(vuq('In Ostra, 300 people fled when the bridge (40 m) collapsed.')).toEqual([[300, 'person', 'exact']]);
  });
});

describe('rates and what may happen', () => {
  it('does not draft "one child every 30 seconds" as a count', () => {
    expect(vuq('In Ostra, more than 90,000 children suffer from wasting, one child every 30 seconds.')).toEqual([[90000, 'person', 'more-than']]);
  });
  it('does not draft "what could be thousands of deaths"', () => {
    expect(vuq('Funding for Ostra is needed to avert what could be thousands of deaths among 40,000 children.')).toEqual([[40000, 'person', 'exact']]);
  });
});

describe('thousands written with a comma and a space ("4, 263")', () => {
  it('reads them whole when the text writes three or more that way', () => {
    expect(vuq('In Ostra, 1, 250 families or 4, 263 persons stayed with relatives, and 2, 995, 355 persons were affected.')).toEqual([
      [1250, 'household', 'exact'],
      [4263, 'person', 'exact'],
      [2995355, 'person', 'exact'],
    ]);
  });
  it('leaves a lone "2019, 300" or "5, 120" alone in a text that writes thousands normally', () => {
    expect(vuq('In Ostra, 1,500 people fled; in district 5, 120 families were displaced.').map(([v]) => v)).not.toContain(5120);
  });
});

describe('a thing counted for families', () => {
  it('reads "5,600 family food packs" and "300 family tents" as the things, not households', () => {
    expect(vuq('In Ostra, the air force delivered 5,600 family food packs and 300 family tents.')).toEqual([
      [5600, 'food-pack', 'exact'],
      [300, 'tent', 'exact'],
    ]);
  });
});

describe('counts whose noun is left out', () => {
  it('reads "Thousands more are waiting" as at least 1,000 people', () => {
    expect(vuq('Ostra has around 20,000 registered refugees. Thousands more are waiting to be registered.')).toEqual([
      [20000, 'person', 'approximately'],
      [1000, 'person', 'at-least'],
    ]);
  });
  it('reads "the cumulative number of cholera cases ... in 2023 is 12 480" as cases', () => {
    expect(vuq('The cumulative number of cholera cases reported in Ostra from January to March 2023 is 12 480.')).toEqual([[12480, 'person', 'exact']]);
  });
});

describe('levels, tolls and casualty verbs', () => {
  it('reads "the toll there now stood at 41" and "the number known to have died in Kessa had risen to 1,210" as deaths', () => {
    expect(vuq('Officials in Kessa said the toll there now stood at 41.')).toEqual([[41, 'person', 'exact']]);
    expect(vuq('Police said the number known to have died in Kessa had risen to 1,210 while 2,300 people had been injured.')).toEqual([
      [1210, 'person', 'exact'],
      [2300, 'person', 'exact'],
    ]);
  });
  it('reads "the population facing acute food insecurity has dropped to 2 million" as people', () => {
    expect(vuq('In Ostra the population facing acute food insecurity has dropped to 2 million.')).toEqual([[2000000, 'person', 'exact']]);
  });
  it('reads "places 300,000 of the affected population in Emergency (IPC Phase 4) and 1.7 million in Crisis"', () => {
    expect(vuq('The analysis places 300,000 of the affected population of Ostra in Emergency (IPC Phase 4) and 1.7 million in Crisis (IPC Phase 3).')).toEqual([
      [300000, 'person', 'exact'],
      [1700000, 'person', 'exact'],
    ]);
  });
  it('reads "a quake that killed more than 2,500," and "at least a dozen bodies" as people', () => {
    expect(vuq('Rescuers in Ostra searched for survivors of a quake that killed more than 2,500, and at least a dozen bodies were recovered from one tower.')).toEqual([
      [2500, 'person', 'more-than'],
      [12, 'person', 'at-least'],
    ]);
  });
});

describe('magnitudes and years are no counts', () => {
  it('does not read "a 6.4 magnitude earthquake" after a death toll as people', () => {
    expect(vuq('The death toll from a 6.4 magnitude earthquake in Ostra rose to more than 300.')).toEqual([[300, 'person', 'more-than']]);
  });
  it('does not read "displaced in 2022 have fled" as a count', () => {
    expect(vuq('In Ostra 40,000 people are displaced, and many of those displaced in 2022 have fled the drought.').map(([v]) => v)).not.toContain(2022);
  });
});

describe('amounts and counts written the South Asian way, and parts of a count', () => {
  it('reads "Rs 4,00,000" as 400,000 rupees', () => {
    expect(vuq('The family of each victim in Ostra will receive a compensation of Rs 4,00,000 from the relief fund.')).toEqual([[400000, 'INR', 'exact']]);
  });
  it('reads "200 others severely damaged" after a count of houses as houses, and homesteads as houses', () => {
    expect(vuq('In Ostra, 10,000 houses have been fully damaged, 200 others severely damaged and 46,000 other homesteads have suffered partial damage.')).toEqual([
      [10000, 'house', 'exact'],
      [200, 'house', 'exact'],
      [46000, 'house', 'exact'],
    ]);
  });
  it('reads "Twenty Eight (28) evacuation centres" once, as 28 evacuation centres', () => {
    expect(vuq('In Ostra, Twenty Eight (28) evacuation centres have been opened with 1589 evacuees.')).toEqual([
      [28, 'evacuation-centre', 'exact'],
      [1589, 'person', 'exact'],
    ]);
  });
  it('reads the places\' shares after a count ("the North having 124", "3,222 from the East")', () => {
    expect(vuq('A total of 320 evacuation centres are open in Ostra with the North having 124 and the South with 196.')).toEqual([
      [320, 'evacuation-centre', 'exact'],
      [124, 'evacuation-centre', 'exact'],
      [196, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('A total of 10,098 evacuees were counted in Ostra, with 3,222 from the Eastern Division and 6,876 from the Western Division.')).toEqual([
      [10098, 'person', 'exact'],
      [3222, 'person', 'exact'],
      [6876, 'person', 'exact'],
    ]);
  });
  it('reads "the toll since the arrival of the rains in May stands at 324" as deaths, and "slightly less than 5%" as nearly', () => {
    expect(vuq('In Ostra the toll since the arrival of the rains in May stands at 324, and slightly less than 5% of the people are displaced.')).toEqual([
      [324, 'person', 'exact'],
      [5, 'percent', 'nearly'],
    ]);
  });
});

describe('levels of things, and shares of rain', () => {
  it('reads "loss of livestock ... has reached 875" and "the total number has skyrocketed to 736,459" as livestock', () => {
    expect(vuq('In Ostra, loss of livestock due to floods has reached 875 in the last 24 hours, while the total number has skyrocketed to 736,459.')).toEqual([
      [875, 'livestock', 'exact'],
      [736459, 'livestock', 'exact'],
    ]);
  });
  it('reads "the affected population across provinces has increased to 33,046,329" and "633,091 affectees"', () => {
    expect(vuq('In Ostra the affected population across provinces has increased to 33,046,329, while 633,091 affectees live in relief camps.')).toEqual([
      [33046329, 'person', 'exact'],
      [633091, 'person', 'exact'],
    ]);
  });
  it('does not draft rain against its average or how full a dam is', () => {
    expect(vuq('Ostra received 280% more rains than average, and 98% of Kessa Dam had been filled, while 1,200 people were displaced.')).toEqual([[1200, 'person', 'exact']]);
  });
  it('reads "1.087 million people" as 1,087,000 in an English-style text, and "nears 1,300" as nearly', () => {
    expect(vuq('In Ostra, 1.087 million people were affected and 72,500 houses damaged, and the death toll nears 1,300.')).toEqual([
      [1087000, 'person', 'exact'],
      [72500, 'house', 'exact'],
      [1300, 'person', 'nearly'],
    ]);
  });
  it('drafts neither end of "(700 - 1 000 people)", a range written with a spaced dash', () => {
    expect(vuq('The authorities ordered the evacuation of Ostra (700 - 1 000 people).')).toEqual([]);
  });
});

describe('a number said again without its hedge', () => {
  it('keeps "some 630 people had died ... until now 630 people died" once, hedged', () => {
    const r = run('Floods in Ostra\n\nThe chairman said some 630 people had died in Ostra and until now 630 people died there.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[630, 'person', 'approximately']]);
  });
  it('still keeps two figures of one value on different lines', () => {
    expect(vuq('Some 630 people died in Ostra.\n\nIn Kessa, 630 people died.').length).toBe(2);
  });
});

describe('casualties broken down in parentheses, and counts by year', () => {
  it('reads "355 (63 killed and 292 injured) in Government-controlled territory" as casualties', () => {
    expect(vuq('In Ostra, 355 (63 killed and 292 injured) were recorded in Government-controlled territory.')).toEqual([
      [355, 'person', 'exact'],
      [63, 'person', 'exact'],
      [292, 'person', 'exact'],
    ]);
  });
  it('reads "up to 3,072 migrants died in 2014, compared with an estimate of 700 in 2013"', () => {
    expect(vuq('The agency estimates that up to 3,072 migrants died off Ostra in 2014, compared with an estimate of 700 in 2013.')).toEqual([
      [3072, 'person', 'up-to'],
      [700, 'person', 'approximately'],
    ]);
  });
});

describe('a bare "P" where only the places and agencies say the Philippines', () => {
  it('reads "P102.56-million" as pesos in a text about barangays and the DSWD', () => {
    expect(vuq('In Ostra, 932 barangays were affected, and the DSWD has extended P102.56-million worth of assistance.')).toEqual([
      [102560000, 'PHP', 'exact'],
    ]);
  });
});

describe('a fifth set of reports nobody tuned on: rates, venues, kits, totals and left-out nouns', () => {
  it('drafts neither side of an exchange rate "($1 = 0.8908 Swiss francs)"', () => {
    expect(vuq('The Red Cross seeks 40 million Swiss francs for Ostra. ($1 = 0.8908 Swiss francs)')).toEqual([[40000000, 'CHF', 'exact']]);
    expect(vuq('Aid to Ostra reached EUR 12 million (1 euro = 1.08 dollars).')).toEqual([[12000000, 'EUR', 'exact']]);
  });
  it('keeps an appeal said again without its equivalent, and told to reporters in another city, once', () => {
    const r = run('Quake in Ostra\n\nThe Red Cross launched an appeal for 40 million Swiss francs ($44.9 million) for Ostra.\n\n"We are seeking 40 million CHF to meet the most pressing needs," its director told reporters in Geneva.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([[40000000, 'CHF', 'ostra']]);
  });
  it('does not take the city where something was said as the place of a figure', () => {
    const r = run('Floods in Ostra\n\nSome 3,000 families were displaced, the agency told journalists in Geneva.');
    expect(r.candidates.map((c) => c.place)).toEqual(['ostra']);
  });
  it('reads "unaccompanied minors" as people and "residences" as houses', () => {
    expect(vuq('Assessments in Ostra identified 33 unaccompanied minors, and approximately 2,150 residences were destroyed.')).toEqual([
      [33, 'person', 'exact'],
      [2150, 'house', 'approximately'],
    ]);
  });
  it('reads trauma, medical and family kits as kinds of kit', () => {
    expect(vuq('WHO sent three trauma kits and 40 medical kits to Ostra, and partners gave out 500 family kits.')).toEqual([
      [3, 'trauma-kit', 'exact'],
      [40, 'medical-kit', 'exact'],
      [500, 'family-kit', 'exact'],
    ]);
  });
  it('reads "destruction of 465 homes and damage to 135 others" as houses both', () => {
    expect(vuq('The quake in Ostra caused destruction of 465 homes and damage to 135 others.')).toEqual([
      [465, 'house', 'exact'],
      [135, 'house', 'exact'],
    ]);
  });
  it('reads "passed the 100,000 mark" as more than, and "could reach 20,000" as up to', () => {
    expect(vuq('The number of refugees in Ostra has passed the 100,000 mark.')).toEqual([[100000, 'person', 'more-than']]);
    expect(vuq('The death toll in Ostra could reach 20,000 people.')).toEqual([[20000, 'person', 'up-to']]);
  });
  it('reads "bringing the tally to more than half a million" in the unit of the count before', () => {
    expect(vuq('More than 90,000 refugees fled to Ostra in May, bringing the tally to more than half a million.')).toEqual([
      [90000, 'person', 'more-than'],
      [500000, 'person', 'more-than'],
    ]);
  });
  it('reads "103,000 people reached with food, and 43,000 with shelter" as people both', () => {
    expect(vuq('In Ostra, 103,000 people have been reached with food, and 43,000 with shelter support.')).toEqual([
      [103000, 'person', 'exact'],
      [43000, 'person', 'exact'],
    ]);
  });
  it('drafts neither a personal story ("his wife and four children") nor the families a village once had', () => {
    expect(vuq('In Ostra, where nearly 3,000 families once called home, a farmer lost his wife and four children; 1,200 people were displaced.')).toEqual([
      [1200, 'person', 'exact'],
    ]);
  });
});

describe('a sixth set of reports nobody tuned on: changes, norms, shares of crops, programmes and spans', () => {
  it('drafts no change ("cases were down 20%", "deaths were up 46%") and no norm ("can be up to 50%", "should be below 1%")', () => {
    expect(vuq('In Ostra, cases were down 20% on last year, while deaths were up 46%; 300 people died.')).toEqual([[300, 'person', 'exact']]);
    expect(vuq('Untreated, the fatality rate in Ostra can be up to 50%, and it should be below 1%; here 3% of cases died.')).toEqual([[3, 'percent', 'exact']]);
  });
  it('drafts no share of a harvest ("about one third of the paddy harvest", "40% of crops")', () => {
    expect(vuq('The drought in Ostra destroyed about one third of the paddy harvest and 40% of crops, and 7,000 people need food.')).toEqual([[7000, 'person', 'exact']]);
  });
  it('reads "nearly 250,000 received food rations" as people, after the people assisted', () => {
    expect(vuq('In Ostra, WFP assisted 1.3 million people. Of the people assisted, nearly 250,000 received food rations.')).toEqual([
      [1300000, 'person', 'exact'],
      [250000, 'person', 'nearly'],
    ]);
  });
  it('reads "nutrition (631,000), relief (1 million)" as breakdowns of the count before, never totals', () => {
    const r = run('Aid in Ostra\n\nWFP assisted 1.85 million people in Ostra through nutrition (631,000), relief (1 million) and livelihoods (33,600).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.breakdown?.part])).toEqual([
      [1850000, 'person', undefined],
      [631000, 'person', 'nutrition'],
      [1000000, 'person', 'relief'],
      [33600, 'person', 'livelihoods'],
    ]);
  });
  it('dates a count by the last day of a span opening its sentence ("Between Jan 1 and Aug 17, ...")', () => {
    const r = run('Cholera in Ostra\n\nBetween Jan 1 and May 17, the ministry tracked 4,222 cases in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.asOf, c.period])).toEqual([[4222, '2024-05-17', { start: '2024-01-01', end: '2024-05-17' }]]);
  });
  it('reads "school age children", "reported cases" and "1.4 m people" as people', () => {
    expect(vuq('In Ostra, 27 million school age children were fed, 850,000 reported cases were treated and 1.4 m people assisted.')).toEqual([
      [27000000, 'person', 'exact'],
      [850000, 'person', 'exact'],
      [1400000, 'person', 'exact'],
    ]);
  });
  it('reads "more than half were girls and women" as a share', () => {
    expect(vuq('WFP fed 86 million people in Ostra; more than half were girls and women.')).toEqual([
      [86000000, 'person', 'exact'],
      [50, 'percent', 'more-than'],
    ]);
  });
  it('keeps a number said on the next line without its hedge once, hedged', () => {
    const r = run('Budget for Ostra\n\nThe agency will direct €15 million of its €1.8 billion budget to Ostra.\nThe agency announced a budget of more than €1.8 billion for Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [15000000, 'EUR', 'exact'],
      [1800000000, 'EUR', 'more-than'],
    ]);
  });
});

describe('a seventh set of reports nobody tuned on: Philippine and Bangladeshi disaster figures', () => {
  it('reads houses "classified as "partially damaged"", "tagged as", "are partially damaged", after "Of these," in a new paragraph', () => {
    const r = run('Typhoon in Ostra\n\nHouses reported damaged were placed at 7,838.\n\nOf these, 7,401 were classified as "partially damaged" and 437 tagged as "totally damaged".');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [7838, 'house'],
      [7401, 'house'],
      [437, 'house'],
    ]);
    expect(vuq('In Ostra 24,316 damaged houses were reported; of which 2,557 are totally damaged and 21,798 are partially damaged.').map((f) => f[1])).toEqual(['house', 'house', 'house']);
  });
  it('reads "The reported deaths, meanwhile, are placed at 27, of which only four are validated"', () => {
    expect(vuq('In Ostra the reported deaths, meanwhile, are placed at 27, of which only four are validated.')).toEqual([
      [27, 'person', 'exact'],
      [4, 'person', 'exact'],
    ]);
  });
  it('reads families after a long "The number of families affected by ..." as households', () => {
    expect(vuq('The number of families affected by the monsoon (habagat) and tropical cyclones Mirasol, Nando (international name Ragasa) and Opong in Ostra has reached 906,794, the council said.')).toEqual([
      [906794, 'household', 'exact'],
    ]);
  });
  it('reads "two each from Kessa and Marl" as a count for each place, and "The casualties include four from Kessa" as people', () => {
    const r = run('Floods in Ostra\n\nThe remaining 23 deaths are nine from Kessa and two each from Marl and Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.breakdown?.part])).toEqual([
      [23, 'person', undefined],
      [9, 'person', undefined],
      [2, 'person', 'in each place named'],
    ]);
    expect(vuq('The casualties include four from Kessa, one from Marl and three from Pell.')).toEqual([
      [4, 'person', 'exact'],
      [1, 'person', 'exact'],
      [3, 'person', 'exact'],
    ]);
  });
  it('reads numbers written in parts, "8 lakh 87 thousand 629 families" and "20 thousand 150 metric tons"', () => {
    expect(vuq('In Ostra 8 lakh 87 thousand 629 families are stranded, and 20 thousand 150 metric tons of rice were allotted.')).toEqual([
      [887629, 'household', 'exact'],
      [20150, 't', 'exact'],
    ]);
  });
  it('reads "1,600 tons of rice" as tonnes, "packets of dry food" and "food packets" as food packs', () => {
    expect(vuq('In Ostra the ministry allocated 1,600 tons of rice, 15,000 packets of dry food and 2,000 food packets.')).toEqual([
      [1600, 't', 'exact'],
      [15000, 'food-pack', 'exact'],
      [2000, 'food-pack', 'exact'],
    ]);
  });
  it('reads "educational institutes" as schools and "ECs" as evacuation centres', () => {
    expect(vuq('In Ostra 120 educational institutes were closed, and 9 ECs are still open.')).toEqual([
      [120, 'school', 'exact'],
      [9, 'evacuation-centre', 'exact'],
    ]);
  });
  it('reads "10 million Bangladeshi taka (about US$122,000)" as taka with its equivalent', () => {
    const r = run('Floods in Ostra\n\nThe ministry has allocated 10 million Bangladeshi taka (about US$122,000) for Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((e) => [e.value, e.unit])])).toEqual([[10000000, 'BDT', [[122000, 'USD']]]]);
  });
  it('does not draft "the possibility of the death of millions of children"', () => {
    expect(vuq('UNICEF in Ostra seeks funds to avoid the possibility of the death of millions of children; 5,000 children were treated.')).toEqual([[5000, 'person', 'exact']]);
  });
  it('keeps a small count for a place apart from the same count said where no place is', () => {
    expect(vuq('In Ostra, 13 people died, including two women. The dead include four from Kessa, two from Marl and one from Pell.').map((f) => f[0])).toEqual([13, 2, 4, 2, 1]);
  });
});

describe('an eighth set of reports: cyclone tolls by district, camps, displacement trackers', () => {
  it('reads "one death" and "three injuries" as people, and keeps "two deaths and two injuries" apart', () => {
    const r = run('Floods in Ostra\n\nIn Kessa, 1,100 households have been displaced with one death and three injuries recorded.\n\nIn Marl, 170 households have been affected, with two deaths and two injuries recorded.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [1100, 'household', 'displaced'],
      [1, 'person', 'deaths'],
      [3, 'person', 'injured'],
      [170, 'household', 'households-affected'],
      [2, 'person', 'deaths'],
      [2, 'person', 'injured'],
    ]);
  });
  it('reads camps set up for the displaced as camps (round 28: as the later held-out sets label them), and "hundreds of emergency centers" as evacuation centres', () => {
    expect(vuq('In Ostra, six camps have been set in the district and 14 camps set up in Kessa. The number of people displaced grew to 65,270 in 740 camps.')).toEqual([
      [6, 'camp', 'exact'],
      [14, 'camp', 'exact'],
      [65270, 'person', 'exact'],
      [740, 'camp', 'exact'],
    ]);
    expect(vuq('In Ostra the authorities built hundreds of emergency centers for the displaced.')).toEqual([[100, 'evacuation-centre', 'at-least']]);
    // a camp's people are counted, but a camp with no word of being set up is not counted as a centre
    expect(vuq('In Ostra 3 camps host 20,000 refugees.')).toEqual([[20000, 'person', 'exact']]);
  });
  it('counts "mixed cross-border movements" as movements, not people', () => {
    expect(vuq('An estimated 1,270,300 mixed cross-border movements have been made from Ostra into neighbouring countries.')).toEqual([[1270300, 'movement', 'approximately']]);
  });
  it('reads "2,430, 445 people" and "2, 430, 445 individuals" as one number, its quote checkable', () => {
    expect(vuq('The agency said 2,410, 445 people were displaced in Ostra.')).toEqual([[2410445, 'person', 'exact']]);
    expect(vuq('Records indicate that 2, 410, 445 individuals have been displaced in Ostra.')).toEqual([[2410445, 'person', 'exact']]);
    // a list is not one number
    expect(vuq('In Ostra, 12, 300 and 450 people were moved to three sites.').map((f) => f[0])).not.toContain(12300);
  });
  it('reads people "in 747 camps" after a count of people as a count of camps, not a proportion', () => {
    expect(vuq('The number displaced in Ostra grew to 659,270 in 745 camps.').map((f) => f[0])).toEqual([659270, 745]);
  });
  it('keeps once a headline number said again below with a hedge: "Twenty million ... are at risk" and "up to 20 million people"', () => {
    const r = run('Twenty million people are at risk from famine, the Red Cross said.\nBeyond this, up to 20 million people in Kessa, Marl and Pell are living on the margins of survival due to drought, conflict and displacement, it said.');
    expect(r.candidates.map((c) => [c.value, c.qualifier])).toEqual([[20000000, 'up-to']]);
  });
  it('reads "with nine registered in Kessa Township" as a part of the count before it', () => {
    const r = run('Floods in Ostra\n\nIn Ostra City, the council has recorded 10 deaths, with nine registered in Kessa Township.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [10, 'person'],
      [9, 'person'],
    ]);
  });
  it('reads "while in Kessa there are 67 and in Marl 17" as the count before it in other places', () => {
    const r = run('Floods in Ostra\n\nIn Ostra alone there are at least 438 dead, while in Kessa there are 67 and in Marl 17.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.breakdown?.part])).toEqual([
      [438, 'person', 'at-least', undefined],
      [67, 'person', 'exact', 'in Kessa'],
      [17, 'person', 'exact', 'in Marl'],
    ]);
  });
  it('does not draft a share of the livestock ("up to 90% of the livestock died")', () => {
    expect(vuq('In Ostra up to 90% of the livestock died, and 45% of the donations went to Kessa.')).toEqual([[45, 'percent', 'exact']]);
  });
  it('dates "As of Tuesday,11th Oct 2022" to that day', () => {
    const r = run('Floods in Ostra\n\nAs of Tuesday,11th Oct 2022, over 1.4 million persons were displaced in Ostra.', { published: '2022-10-12' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([[1400000, '2022-10-11']]);
  });
});

describe('a ninth set of reports: earthquake fact sheets, returns across a border, camp fires', () => {
  it('reads the numbers of key-figure boxes by their titles: "Estimated Number of ... Injuries", "Number of People Missing"', () => {
    const r = run('Ostra – Earthquake Fact Sheet #2\n\n12,260 Estimated Number of Earthquake-Related Injuries in Ostra\n\n320 Number of People Missing as a Result of the Earthquake\n\n129,920 Estimated Number of Houses Damaged or Destroyed\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [12260, 'person', 'injured'],
      [320, 'person', 'missing'],
      [129920, 'house', expect.anything()],
    ]);
  });
  it('reads "332 reported missing" and "leaving 12,000 homeless" as people', () => {
    expect(vuq('In Ostra the agency counted 2,180 deaths and 332 reported missing; a fire last year left 12,000 homeless.')).toEqual([
      [2180, 'person', 'exact'],
      [332, 'person', 'exact'],
      [12000, 'person', 'exact'],
    ]);
  });
  it('reads structures and facilities destroyed, gutted or affected, also past a second count or an aside between dashes', () => {
    expect(vuq('In Ostra the agency counted 52,950 structures destroyed and 77,000 damaged.')).toEqual([
      [52950, 'building', 'exact'],
      [77000, 'building', 'exact'],
    ]);
    expect(vuq('The fire in Ostra camp gutted about 550 shelters; 120 other facilities were affected.')).toEqual([
      [550, 'shelter', 'approximately'],
      [120, 'facility', 'exact'],
    ]);
    expect(vuq('In Ostra more than 2,000 shelters and over 90 facilities including hospitals and learning centers were destroyed.')).toEqual([
      [2000, 'shelter', 'more-than'],
      [90, 'facility', 'more-than'],
    ]);
    expect(vuq('In Ostra more than 550 shelters – home to at least 3,500 people – were either totally or partially destroyed.')).toEqual([
      [550, 'shelter', 'more-than'],
      [3500, 'person', 'at-least'],
    ]);
  });
  it('reads "some of the 1.5 million of whom" as people where the sentence names them', () => {
    expect(vuq('Many in Ostra are undocumented returnees, some of the 1.5 million of whom live in the border regions.')).toEqual([[1500000, 'person', 'exact']]);
  });
  it('reads "and from Kessa was 89 (80 spontaneous returnees and 9 deportees)" as the count before it, from another place', () => {
    const r = run('Floods in Ostra\n\nThe total number of undocumented returnees from Marl was 29,420 (20,140 spontaneous returnees and 9,280 deportees) and from Kessa was 89 (80 spontaneous returnees and 9 deportees).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.breakdown?.part])).toEqual([
      [29420, 'person', undefined],
      [20140, 'person', undefined],
      [9280, 'person', undefined],
      [89, 'person', 'from Kessa'],
      [80, 'person', undefined],
      [9, 'person', undefined],
    ]);
  });
  it('does not count a region or a camp named by its number ("persons from Regions 1, 2, 3")', () => {
    expect(vuq('These families in Ostra are equivalent to 1,145,940 persons from Regions 1, 2, 3 and Mimaropa.')).toEqual([[1145940, 'person', 'exact']]);
  });
  it('does not draft a multiple ("five times higher"), a share of a population places represent, or things asked for', () => {
    expect(vuq('In Ostra 2,180 died; the toll is likely to be at least five times higher.')).toEqual([[2180, 'person', 'exact']]);
    expect(vuq('Ostra and Kessa have a combined population representing around 16% of the country\'s total population; 4,000 people were displaced.')).toEqual([[4000, 'person', 'exact']]);
    expect(vuq('In Ostra the institute has requested the support of partners for twenty-four (24) large tents or 125 tarpaulins.')).toEqual([]);
  });
  it('reads people "sheltering in 26 sites" as a count of evacuation centres', () => {
    expect(vuq('More than 8,300 people displaced in Ostra are sheltering in 26 sites.')).toEqual([
      [8300, 'person', 'more-than'],
      [26, 'evacuation-centre', 'exact'],
    ]);
  });
});

describe('a tenth set of reports: cyclone flash updates, an Ebola roadmap, agency situation reports from a war', () => {
  it('counts staff killed or injured as people, but not staff at work, nor a thing past them ("workers managing shelters")', () => {
    expect(vuq('In Ostra another three agency staff members have been killed, bringing the total to 38 staff killed.')).toEqual([
      [3, 'person', 'exact'],
      [38, 'person', 'exact'],
    ]);
    expect(vuq('The agency in Ostra has over 5,300 workers managing shelters.')).toEqual([]);
  });
  it('reads "44 more were injured" and "83 contacts" as people', () => {
    expect(vuq('In Ostra one person was killed and 44 more were injured; all 83 contacts completed follow-up.').map((f) => f[0])).toEqual([1, 44, 83]);
  });
  it('reads installations an agency names as impacted, and facilities people shelter in as evacuation centres', () => {
    expect(vuq('In Ostra, at least 41 UNRWA installations have been impacted.')).toEqual([[41, 'installation', 'at-least']]);
    expect(vuq('More than 613,000 displaced people are sheltering in 150 UNRWA facilities across Ostra.')).toEqual([
      [613000, 'person', 'more-than'],
      [150, 'evacuation-centre', 'exact'],
    ]);
  });
  it('takes the thing a total names over the thing counted before it ("the total number of installations ... to 20")', () => {
    expect(vuq('Two schools in Ostra were affected by airstrikes, bringing the total number of installations affected by the conflict to 20.')).toEqual([
      [2, 'school', 'exact'],
      [20, 'installation', 'exact'],
    ]);
  });
});

describe('dates said after the figures, and dates that name an event', () => {
  it('dates the figures of a sentence by "as of August 18" after them, not by "The August 14 earthquake"', () => {
    const r = run('Floods in Ostra\n\nThe August 14 earthquake results in at least 2,180 deaths, injures at least 12,200 people, and damages an estimated 130,000 houses as of August 18, according to the government.', { published: '2021-08-19' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [2180, '2021-08-18'],
      [12200, '2021-08-18'],
      [130000, '2021-08-18'],
    ]);
  });
  it('dates them by "up to the end of 2 November"', () => {
    const r = run('Ebola in Ostra\n\nThere have been 13 040 reported cases of Ebola in Ostra, up to the end of 2 November.', { published: '2014-11-05' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([[13040, '2014-11-02']]);
  });
});

describe('an eleventh set of reports: refugee key figures, earthquake tolls, displacement camps', () => {
  it('reads a key figure with its label on the next line', () => {
    const r = run('Ostra situation: Flash Update #2\n\nKEY FIGURES\n\n5,640,470\n\nIndividual refugees from Ostra recorded across Europe\n\n8,792,760\n\nBorder crossings from Ostra\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [5640470, 'person'],
      [8792760, 'movement'],
    ]);
  });
  it('counts border crossings as movements', () => {
    expect(vuq('More than 7.3 million border crossings out of Ostra had been recorded; another 2.3 million crossings went back.')).toEqual([
      [7300000, 'movement', 'more-than'],
      [2300000, 'movement', 'exact'],
    ]);
  });
  it('reads "as much as 50 million rupiah" as up to', () => {
    expect(vuq('The government of Ostra will give as much as 50 million rupiah for each heavily damaged house.')).toEqual([[50000000, 'IDR', 'up-to']]);
  });
  it('reads a camp "home to 95,000 people" as a figure, a town\'s as a baseline', () => {
    expect(vuq('Now the camp in Ostra is home to 95,000 people.')).toEqual([[95000, 'person', 'exact']]);
    expect(vuq('The town of Ostra, home to 95,000 people, was flooded; 4,000 people were displaced.')).toEqual([[4000, 'person', 'exact']]);
  });
  it('gives a bare number the noun of the number after it: "361.42 thousand and 329.34 thousand people", "56 of the 384 dead victims"', () => {
    expect(vuq('Next in Ostra come Kessa and Marl, with 361.42 thousand and 329.34 thousand people.')).toEqual([
      [361420, 'person', 'exact'],
      [329340, 'person', 'exact'],
    ]);
    expect(vuq('The police in Ostra have identified 56 of the 384 dead victims.')).toEqual([
      [56, 'person', 'exact'],
      [384, 'person', 'exact'],
    ]);
  });
});

describe('a twelfth set of reports: earthquake tolls and shelter, arrivals after an attack, cholera counts', () => {
  it('reads citizens as people, properties as homes (round 30: as labellers count them), tent cities as evacuation centres, and an estimated number as approximate', () => {
    expect(vuq('In Ostra, 528,140 citizens were evacuated and 173,000 properties were left uninhabitable.')).toEqual([
      [528140, 'person', 'exact'],
      [173000, 'house', 'exact'],
    ]);
    expect(vuq('Approximately 2 million survivors in Ostra stay in 316 tent cities.')).toEqual([
      [2000000, 'person', 'approximately'],
      [316, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('As of 31 March, an estimated number of 8,160 IDPs had been registered in Ostra.', { published: '2024-04-01' })).toEqual([[8160, 'person', 'approximately']]);
  });
  it('reads buildings demolished or deemed risky, and a verb after a place ("buildings in Ostra were destroyed")', () => {
    expect(vuq('In Ostra 37,060 buildings were deemed risky and were demolished.')).toEqual([[37060, 'building', 'exact']]);
    expect(vuq('About six thousand buildings in Ostra were destroyed.')).toEqual([[6000, 'building', 'approximately']]);
  });
  it('does not count people at work in the response, a daily number, or districts after "the number of cases"', () => {
    expect(vuq('More than 110,000 people are involved in the search and rescue operation in Ostra.')).toEqual([]);
    expect(vuq('In Ostra the daily number of new suspected cases fell to around 3,000 in recent days.')).toEqual([]);
    expect(vuq('In Ostra there was an increase in the number of suspected cases reported from 12 districts.')).toEqual([]);
  });
  it('reads places with their numbers in parentheses after "the highest number of arrivals"', () => {
    const r = run('Floods in Ostra\n\nAs the IDPs continue to arrive, the highest number of arrivals were noted in Kessa (1,775), followed by Marl (1683) and Pell(420).');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [1775, 'person'],
      [1683, 'person'],
      [420, 'person'],
    ]);
  });
});

describe('a toll whose phrase holds a date', () => {
  it('reads "the death toll in Ostra from the earthquake on February 6 rose to 12,391" as deaths', () => {
    expect(vuq('The death toll in Ostra from the devastating earthquake on February 6 rose to 12,391, the agency reported.')).toEqual([[12391, 'person', 'exact']]);
  });
});

describe('a thirteenth set of reports: cyclone damage by district, flood tolls in the news', () => {
  it('reads storm and cyclone shelters as evacuation centres', () => {
    expect(vuq('In Ostra over 800,000 residents took refuge in around 9,000 storm shelters.')).toEqual([
      [800000, 'person', 'more-than'],
      [9000, 'evacuation-centre', 'approximately'],
    ]);
  });
  it('reads "N of them" after a count of things as those things', () => {
    expect(vuq('In Ostra the cyclone damaged more than 123,000 homes, with about 31,000 of them completely destroyed.')).toEqual([
      [123000, 'house', 'more-than'],
      [31000, 'house', 'approximately'],
    ]);
  });
  it('reads "the death count has mounted to 112" and "Thousands of passengers have been stranded" as people', () => {
    expect(vuq('In Ostra the death count in the floods has mounted to 112. Thousands of passengers have been stranded.')).toEqual([
      [112, 'person', 'exact'],
      [1000, 'person', 'at-least'],
    ]);
  });
  it('reads "37 of the 49 casualties occurred" with the noun right after the number', () => {
    expect(vuq('Police in Ostra reported that 37 of the 49 casualties occurred in the valley.').map((f) => f.slice(0, 2))).toEqual([
      [37, 'person'],
      [49, 'person'],
    ]);
  });
});

describe('a fourteenth set of reports: a cyclone in Madagascar, cholera in Malawi', () => {
  it('reads "thousands made homeless" as at least 1,000 people', () => {
    expect(vuq('The cyclone hit Ostra with several dead and thousands made homeless.')).toEqual([[1000, 'person', 'at-least']]);
  });
  it('reads "the number of cases has risen from 546 recorded in January to 718"', () => {
    expect(vuq('In Ostra the number of cases has risen from 546 recorded in January to 718.').map((f) => f.slice(0, 2))).toContainEqual([718, 'person']);
  });
  it('reads the second of a pair before "respectively" as the first is counted', () => {
    expect(vuq('In Ostra the total number of cases and deaths has accelerated to 17,824 and 595 respectively.')).toEqual([
      [17824, 'person', 'exact'],
      [595, 'person', 'exact'],
    ]);
  });
  it('does not draft a count a year ("the number of deaths is around 100 a year")', () => {
    expect(vuq('Cholera returns to Ostra each rainy season, where the number of deaths is around 100 a year.')).toEqual([]);
  });
});

describe('volumes of water and fuel delivered, and peoples named by their plural', () => {
  it('reads litres and cubic metres delivered as volumes, and not a volume that no delivery ties to the crisis', () => {
    expect(vuq('Since the floods began, volunteers in Ostra have distributed 648,000 litres of water and 9,800 food baskets.').slice(0, 1)).toEqual([[648000, 'l', 'exact']]);
    expect(vuq('Some 1,200 cubic metres of safe water were trucked to the camps in Ostra.')).toEqual([[1200, 'm3', 'approximately']]);
    expect(vuq('Up to 491 litres per square metre fell on Ostra in eight hours.')).toEqual([]);
    expect(vuq('The new tank in Ostra holds 10,000 litres.')).toEqual([]);
    // a ration's size, as under 100 kg
    expect(vuq('Each family in Ostra was provided a basket of 25 kg rice, 750 g sugar and 1 litre of vegetable oil.')).toEqual([]);
  });
  it('reads the plural of a people that ends otherwise than -ians or -is ("Rohingyas", "Kurds", "Filipinos") as people', () => {
    expect(vuq('Hundreds of Rohingyas crossed into Ostra last week.')).toEqual([[100, 'person', 'at-least']]);
    expect(vuq('More than 700,000 Rohingya fled to Ostra.')).toEqual([[700000, 'person', 'more-than']]);
    expect(vuq('Some 3,000 Kurds and 1,200 Yazidis were displaced to Ostra.')).toEqual([
      [3000, 'person', 'approximately'],
      [1200, 'person', 'exact'],
    ]);
    expect(vuq('About 5,000 Filipinos were evacuated from Ostra.')).toEqual([[5000, 'person', 'approximately']]);
    // "Rohingya" is its own plural, and a modifier of the noun after it
    expect(vuq('Fires in Ostra destroyed 2,000 shelters in 3 Rohingya camps.')).toEqual([[2000, 'shelter', 'exact']]);
  });
});

describe('a fifteenth set of reports: a landslide, floods in Brazil, Tonga, mpox and measles', () => {
  it('reads mothers as people, and one confirmed case as a case', () => {
    expect(vuq('Among the affected in Ostra are 21 pregnant women and 48 breastfeeding mothers.')).toEqual([
      [21, 'person', 'exact'],
      [48, 'person', 'exact'],
    ]);
    const r = run('Mpox in Ostra\n\nOstra has one confirmed case.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[1, 'person', 'cases']]);
  });
  it('reads shelters people are sheltered in as evacuation centres, and housing structures as houses', () => {
    expect(vuq('Nearly 900 people are sheltered in 6 government shelters in Ostra.')).toEqual([
      [900, 'person', 'nearly'],
      [6, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('In Ostra more than 100,000 housing structures have been affected.')).toEqual([[100000, 'house', 'more-than']]);
  });
  it('reads "confirmed or suspected cases" past both participles', () => {
    expect(vuq('Ostra has recorded 16,700 confirmed or suspected cases of mpox.')).toEqual([[16700, 'person', 'exact']]);
  });
  it('reads a count after a verb of displacement with its noun left out ("and displaced more than 620,000")', () => {
    expect(vuq('Flooding in Ostra affected over 2.3 million people and displaced more than 620,000.')).toEqual([
      [2300000, 'person', 'more-than'],
      [620000, 'person', 'more-than'],
    ]);
    expect(vuq('The floods damaged 500 homes in Ostra and affected 300.')).toEqual([
      [500, 'house', 'exact'],
      [300, 'house', 'exact'],
    ]);
  });
  it('reads a list by place of counts with "has", the noun left out ("while Nigeria has 39, Liberia has five")', () => {
    const r = run('Mpox in Africa\n\nBurundi has over 100 cases, while Nigeria has 39, Liberia has five, and Kenya has one confirmed case.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [100, 'person', 'BDI'],
      [39, 'person', 'NGA'],
      [5, 'person', 'LBR'],
      [1, 'person', 'KEN'],
    ]);
  });
  it('reads "(n = 8,662)" after a place as the size of its group, in that place', () => {
    const r = run('Mpox in Africa\n\nThe three countries with most of the cases are the Democratic Republic of Congo, (n = 8,662), Burundi, (n = 1,579), and Uganda, (n = 359).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [8662, 'person', 'COD'],
      [1579, 'person', 'BDI'],
      [359, 'person', 'UGA'],
    ]);
  });
  it('reads "with 165 recorded in the last 24 hours" and "an increase from 183 reported in week 42" as counts of the cases before', () => {
    expect(vuq('Since the outbreak, 4217 measles cases have been reported with 165 recorded in the last 24 hours.').map((f) => f.slice(0, 2))).toEqual([
      [4217, 'person'],
      [165, 'person'],
    ]);
    expect(vuq('In epi week 43, 222 confirmed cases were reported in Ostra, a 9.7% increase from 183 reported in epidemiological week 42.').map((f) => f.slice(0, 2))).toEqual([
      [222, 'person'],
      [183, 'person'],
    ]);
  });
  it('reads "32M US$" with its currency after it', () => {
    expect(vuq('32M US$ contributed or committed to Ostra')).toEqual([[32000000, 'USD', 'exact']]);
  });
  it('does not draft shares of an economy, of a province or of municipalities, but keeps a share of people', () => {
    expect(vuq('Nearly a third of Jamaica’s annual wealth was wiped out in Ostra.')).toEqual([]);
    expect(vuq('Damage in Ostra added up to 30 per cent of Gross Domestic Product.')).toEqual([]);
    expect(vuq('With a population of 26,450, 21% of the Enga province has been impacted.')).toEqual([]);
    expect(vuq('The storms have affected approximately 90 percent (447) of the state’s 497 municipalities.')).toEqual([]);
    expect(vuq('Some 90% of Rio Grande do Sul municipalities were affected.')).toEqual([]);
    expect(vuq('WASH actors in Ostra have responded to 95% of people in 10 provinces.')).toEqual([[95, 'percent', 'exact']]);
  });
  it('reads an amount named again with "the" as the one said before', () => {
    const r = run(
      'Aid to Fiji\n\nAustralia is giving an additional A$2 million ($1.35 million) in aid as Fiji recovers, officials said.\n\nThe minister said A$1.5 million of the additional A$2 million would fund relief flights to Fiji.',
    );
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [2000000, 'AUD'],
      [1500000, 'AUD'],
    ]);
  });
  it('reads kinds of kits from the word before ("cleaning kits", "diaper kits"), pillows and medicines', () => {
    expect(vuq('Red Cross teams in Ostra have distributed 7,830 cleaning kits, 6,380 hygiene kits, 810 pillows, 640 diaper kits and 142,559 medicines.').map((f) => f.slice(0, 2))).toEqual([
      [7830, 'cleaning-kit'],
      [6380, 'hygiene-kit'],
      [810, 'pillow'],
      [640, 'baby-kit'],
      [142559, 'medicine'],
    ]);
  });
});

describe('a date heading over a list or a key-figure box', () => {
  const asOfs = (text: string) => run(text, { published: '2024-03-04' }).candidates.map((c) => [c.value, c.asOf]);
  it('dates the short lines under "As at 2 March 2024:" and "KEY FIGURES (as of 1 March 2024)" by the heading', () => {
    expect(asOfs('Floods in Ostra\n\nAs at 2 March 2024:\n- 1,200 people displaced\n- 300 houses damaged\n\nKEY FIGURES (as of 1 March 2024)\n\n12,000\nPeople affected\n\n45\nDeaths\n')).toEqual([
      [1200, '2024-03-02'],
      [300, '2024-03-02'],
      [12000, '2024-03-01'],
      [45, '2024-03-01'],
    ]);
  });
  it('stops at prose: a long paragraph after the list is not dated by the heading', () => {
    const long = 'In Ostra the river rose again overnight, and local authorities said that 5,000 people were evacuated from the low-lying neighbourhoods along its banks, where water stood more than a metre deep in places.';
    expect(asOfs(`Floods in Ostra\n\nAs at 2 March 2024:\n- 1,200 people displaced\n\n${long}\n`)).toEqual([
      [1200, '2024-03-02'],
      [5000, null],
    ]);
  });
});

describe('a sixteenth set of reports: Typhoon Yagi in Viet Nam and Myanmar', () => {
  it('reads a count named again with "the" as the one said before, with the same hedge only', () => {
    const r = run('Storm in Viet Nam\n\nSix people were killed in a landslide in Sa Pa on Sunday. Officials in Hanoi have not yet attributed the six deaths to the storm.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([[6, 'person', 'sa-pa']]);
    expect(vuq('UNICEF counts 130,000 children in need in Ostra. It is concerned over the more than 130,000 displaced children in Ostra.')).toEqual([
      [130000, 'person', 'exact'],
      [130000, 'person', 'more-than'],
    ]);
  });
  it('does not read a storm named after its kind as a place ("attributed the deaths to Yagi")', () => {
    const r = run('Typhoon Yagi hits Ostra\n\nTyphoon Yagi made landfall on Saturday. Officials attributed 24 deaths to Yagi.');
    expect(r.candidates.map((c) => [c.value, c.place])).toEqual([[24, null]]);
  });
  it('does not draft what a system is capable of serving', () => {
    expect(vuq('The SDC is sending 300 family tents and two water systems capable of serving 10,000 people to Ostra.')).toEqual([[300, 'tent', 'exact']]);
  });
  it('reads school children, pregnant and lactating women and "of the people most affected" as people', () => {
    expect(vuq('In Ostra 2 million school children are at risk of disruptions to learning.')).toEqual([[2000000, 'person', 'exact']]);
    expect(vuq('In Ostra 70,000 pregnant and lactating women remain at risk of malnutrition.')).toEqual([[70000, 'person', 'exact']]);
    expect(vuq('The Red Cross aims to reach 130,000 of the people most affected in Ostra.')).toEqual([[130000, 'person', 'exact']]);
  });
  it('reads tablets, buckets, bars of soap and bottles handed out, past two modifiers but not past a list', () => {
    expect(vuq('UNICEF is distributing 80,000 water purification tablets, 250 buckets of water, 4,000 bars of soap and 150 bottles of water in Ostra.').map((f) => f.slice(0, 2))).toEqual([
      [80000, 'water-purification-tablet'],
      [250, 'bucket'],
      [4000, 'soap-bar'],
      [150, 'bottle'],
    ]);
    expect(vuq('Fires destroyed over 90 facilities including hospitals in Ostra.')).toEqual([[90, 'facility', 'more-than']]);
  });
  it('dates figures by "as of the night of September 14" said after them, before who said it', () => {
    const r = run('Floods in Ostra\n\n"Around the country, 113 people have been killed, 64 are missing and 14 injured" as of the night of June 8, spokesman Zaw Min Tun said on Sunday.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [113, '2024-06-08'],
      [64, '2024-06-08'],
      [14, '2024-06-08'],
    ]);
  });
  it('reads "over hundred deaths", the "a" left out, as more than 100', () => {
    expect(vuq('Over hundred deaths in Ostra floods.')).toEqual([[100, 'person', 'more-than']]);
  });
});

describe('a seventeenth set of reports: Hurricane Beryl, the Al Haouz earthquake', () => {
  it('reads shelters set up, established or that people are in as evacuation centres, and the next place of the list', () => {
    expect(vuq('Presently, some 52 shelters that were set up in Ostra and 13 in Grenada remain open.')).toEqual([
      [52, 'evacuation-centre', 'approximately'],
      [13, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('Over 400 people are in 20 shelters across the island of Ostra.')).toEqual([
      [400, 'person', 'more-than'],
      [20, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('13 Pop-up shelters have been established in Carriacou, Ostra')).toEqual([[13, 'evacuation-centre', 'exact']]);
  });
  it('does not draft a share of homes, infrastructure or water systems', () => {
    expect(vuq('98% of houses and infrastructure heavily damaged or destroyed in Union Island, Ostra')).toEqual([]);
    expect(vuq('In Ostra 52 per cent of the water systems are operational.')).toEqual([]);
  });
  it('reads a list of deaths by province, each in its province', () => {
    const r = run('Earthquake in Morocco\n\nThis earthquake caused 290 deaths in the province of Al Haouz, 190 in the province of Taroudant, 89 in the province of Chichaoua and 1 death in the province of Youssoufia.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [290, 'person', 'al-haouz'],
      [190, 'person', 'taroudant'],
      [89, 'person', 'chichaoua'],
      [1, 'person', 'youssoufia'],
    ]);
  });
  it('does not take a city a place is measured from as a place', () => {
    const r = run('Earthquake in Morocco\n\nThe earthquake struck southwest of the city of Marrakech, Morocco. It claimed the lives of 2901 individuals.');
    expect(r.candidates.map((c) => [c.value, c.place])).toEqual([[2901, 'MAR']]);
  });
  it('reads buildings after a noun of damage and an aside ("the collapse, in whole or in part, of around 50 000")', () => {
    // (residential buildings are homes since round 30, as every labeller of them counted them)
    expect(vuq('The earthquake caused the collapse, in whole or in part, of around 50 000 residential buildings in Ostra.')).toEqual([[50000, 'house', 'approximately']]);
  });
  it('dates figures by "a report established on Saturday at 7:00 a.m." said after them', () => {
    const r = run('Earthquake in Ostra\n\nThe earthquake, which struck Ostra on Friday evening, left 632 dead and 329 injured, according to an updated report established on Saturday at 7:00 a.m. by the Ministry of the Interior.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [632, '2024-06-08'],
      [329, '2024-06-08'],
    ]);
  });
});

describe('an eighteenth set of reports: the Jajarkot earthquake', () => {
  it('reads "several hundred" and "a few thousand" as the least they can mean', () => {
    expect(vuq('Several hundred more people have reportedly been injured in Ostra.')).toEqual([[100, 'person', 'at-least']]);
    expect(vuq('A few thousand families fled Ostra.')).toEqual([[1000, 'household', 'at-least']]);
    expect(vuq('Several hundred thousand people fled Ostra.')).toEqual([[100000, 'person', 'at-least']]);
    expect(vuq('Several hundred metres of road were washed away in Ostra.')).toEqual([]);
  });
});

describe('a nineteenth set of reports: Cyclone Chido in Mayotte', () => {
  it('reads "more than a thousand injured", and not "Thousands feared dead" nor what planes carry daily', () => {
    expect(vuq('Hospital reports recorded at least 22 people dead and more than a thousand injured in Ostra.')).toEqual([
      [22, 'person', 'at-least'],
      [1000, 'person', 'more-than'],
    ]);
    expect(vuq('Thousands feared dead as the cyclone hits Ostra')).toEqual([]);
    expect(vuq('The cyclone hit Ostra, possibly leaving thousands dead.')).toEqual([]);
    // believed is no fear: "Thousands are believed to be traversing" counts them
    expect(vuq('Thousands are believed to be traversing Ostra on foot.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Planes are sent to Ostra daily with up to 50 tons of food.')).toEqual([]);
  });
});

describe('a twentieth set of reports: drought in Somalia, floods on the Ahr', () => {
  it('reads "a quarter of a million" as 250,000, not as a share', () => {
    expect(vuq('Nearly a quarter of a million people face starvation in Ostra.')).toEqual([[250000, 'person', 'nearly']]);
    expect(vuq('Famine killed an estimated quarter of a million people in Ostra.')).toEqual([[250000, 'person', 'approximately']]);
    expect(vuq('A quarter of the people in Ostra fled.')).toEqual([[25, 'percent', 'exact']]);
  });
  it('reads "13 others" after a count of things and a verb of damage as more of those things, and brothers and sisters as people', () => {
    // (bridges are read, so that the others are known to be bridges, and left out of the draft: round 29)
    const bridges = run('Floods in Ostra\n\nIn Ostra 62 bridges were completely destroyed and 13 others were badly damaged.');
    expect(bridges.candidates).toEqual([]);
    expect(bridges.notes.filter((n) => n.includes('counts bridges'))).toEqual([
      "line 3: '62 bridges' counts bridges (infrastructure), not people, homes or relief; not extracted (add it by hand if it matters)",
      "line 3: '13 others' counts bridges (infrastructure), not people, homes or relief; not extracted (add it by hand if it matters)",
    ]);
    expect(vuq('The floods destroyed 465 homes in Ostra and damaged 135 others.').map((f) => f.slice(0, 2))).toEqual([
      [465, 'house'],
      [135, 'house'],
    ]);
    expect(vuq('In Ostra 715 brothers and sisters were evacuated.')).toEqual([[715, 'person', 'exact']]);
  });
});

describe('a twenty-first set of reports: dengue in Bangladesh, floods in Kenya and Somalia, displacement in Haiti', () => {
  it('reads hospitalisations and recoveries as people, and livestock deaths as livestock', () => {
    expect(vuq('So far 9,404 hospitalisations have been reported in Ostra.')).toEqual([[9404, 'person', 'exact']]);
    expect(vuq('The outbreak has caused 1,18,444 recoveries and 575 deaths in Ostra.')).toEqual([
      [118444, 'person', 'exact'],
      [575, 'person', 'exact'],
    ]);
    expect(vuq('A total of 17,392 livestock deaths have been recorded in Ostra.')).toEqual([[17392, 'livestock', 'exact']]);
  });
  it('reads a count of deaths or cases that crossed or rose to a number, even before "this year"', () => {
    expect(vuq('Dengue deaths crossed 600 in Ostra.')).toEqual([[600, 'person', 'more-than']]);
    expect(vuq('Dengue deaths surpassed 600 this year in Ostra.')).toEqual([[600, 'person', 'more-than']]);
    expect(vuq('Cases have risen to 5,000 in Ostra.')).toEqual([[5000, 'person', 'exact']]);
    // crossing a border is still a crossing
    expect(vuq('Over 2,000 refugees crossed into Ostra.')).toEqual([[2000, 'person', 'more-than']]);
  });
  it('reads the count a share of people stands for, in parentheses', () => {
    expect(vuq('One out of five people (4.7 million) need food assistance in Ostra.')).toEqual([
      [20, 'percent', 'exact'],
      [4700000, 'person', 'exact'],
    ]);
    expect(vuq('About 30 per cent of households (12,000) lost their homes in Ostra.')).toEqual([
      [30, 'percent', 'approximately'],
      [12000, 'household', 'exact'],
    ]);
    // a share of land is no count of people
    expect(vuq('Half of the country (2.1 million) is flooded.')).toEqual([[50, 'percent', 'exact']]);
  });
  it('reads businesses and shops destroyed or damaged, and leaves them out of the draft (round 29: livelihoods, not people, homes or relief)', () => {
    const shops = run('Floods in Ostra\n\nThe floods destroyed 1,302 businesses and 400 shops in Ostra, and 30 houses.');
    expect(shops.candidates.map((c) => [c.value, c.unit])).toEqual([[30, 'house']]);
    expect(shops.notes.filter((n) => n.includes('businesses or shops')).length).toBe(2);
    expect(vuq('There are 1,302 businesses in Ostra.')).toEqual([]);
  });
});

describe('money whose currency an earlier sentence names', () => {
  it('reads an amount spent or used in the currency of the amount before it in the paragraph', () => {
    expect(vuq('The EU allocated EUR 50 million to the response in Ostra. Around 37.3 million were used for shelter and food for displaced people.')).toEqual([
      [50000000, 'EUR', 'exact'],
      [37300000, 'EUR', 'approximately'],
    ]);
    // people who were used to something are still people; a new paragraph forgets the currency
    expect(vuq('The EU gave EUR 5 million to Ostra. Some 20,000 people were used to the floods.')).toEqual([
      [5000000, 'EUR', 'exact'],
      [20000, 'person', 'approximately'],
    ]);
    expect(vuq('The EU gave EUR 5 million to Ostra.\n\nAround 37.3 million were used for shelter and food for displaced people.').map((f) => f[1])).toEqual(['EUR', 'person']);
  });
});

describe('"the number of" a people, by the same test of a people as after a number', () => {
  it('reads the level a count of Rohingyas or South Sudanese reached, and never the year after "since"', () => {
    expect(vuq('The total number of Rohingyas in the camps of Ostra now stands at 960,000.')).toEqual([[960000, 'person', 'exact']]);
    expect(vuq('The number of South Sudanese arriving in Ostra has reached 12,000.')).toEqual([[12000, 'person', 'exact']]);
    expect(vuq('The number of Syrians returning to Ostra since 2016 is 300,000.')).toEqual([[300000, 'person', 'exact']]);
  });
});

describe('places after an island or a province with a word before it, and nations\' adjectives', () => {
  const placeOf = (text: string) => extractFigures(text, { published: '2024-06-01' }).draft.figures.map((f) => f.place);
  it('takes the name after "the Greek island of" or "on the island of", and never the adjective "French" as a place', () => {
    expect(placeOf('In the Greek island of Ostra, 19,000 people were evacuated.')).toEqual(['ostra']);
    expect(placeOf('On the island of Ostra, 19,000 people were evacuated.')).toEqual(['ostra']);
    expect(placeOf('The cyclone hit Mayotte, the French island territory, killing 39 people.')).toEqual(['MYT']);
  });
});

describe('one number written with a comma and a space ("17, 541 people")', () => {
  it('reads it whole before a count of people, but not after a month, in a list, or after "of these"', () => {
    expect(vuq('The floods affected 17, 541 people in Ostra.')).toEqual([[17541, 'person', 'exact']]);
    expect(vuq('On March 17, 541 people were evacuated in Ostra.')).toEqual([[541, 'person', 'exact']]);
    expect(vuq('Of these 3, 120 households are in Ostra.').map((f) => f[0])).not.toContain(3120);
  });
});

describe('an outbreak that sickened or infected a bare number, and a donor that will provide', () => {
  it('reads "sickened 3,000" and "infected more than 45,000" as people', () => {
    expect(vuq('The outbreak has sickened 3,000 and killed 40 in Ostra.')).toEqual([
      [3000, 'person', 'exact'],
      [40, 'person', 'exact'],
    ]);
    expect(vuq('Cholera has killed 1,200 people and infected more than 45,000 since January in Ostra.')).toEqual([
      [1200, 'person', 'exact'],
      [45000, 'person', 'more-than'],
    ]);
    expect(vuq('The virus infected 12 computers in Ostra.')).toEqual([]);
  });
  it('never places money in the country that "will provide" it', () => {
    const places = extractFigures('The government of Japan will provide US$3 million in emergency grant aid to Ostra.', { published: '2024-06-01' }).draft.figures.map((f) => f.place);
    expect(places).toEqual(['ostra']);
  });
});

describe('money a donor is providing or extended', () => {
  it('names it funding received, as it does money provided', () => {
    const indicators = (text: string) => extractFigures(text, { published: '2024-06-01' }).draft.figures.map((f) => f.indicator);
    expect(indicators('Australia is providing A$2 million to Ostra.')).toEqual(['funding-received']);
    expect(indicators('Japan extended Emergency Grant Aid of 3 million dollars to Ostra.')).toEqual(['funding-received']);
    expect(indicators('The appeal seeks US$5 million to provide shelter in Ostra.')).toEqual(['funding-required']);
    // both named, the second said to be another: two amounts, not one said twice
    expect(indicators('The government will give US$ 50 million to Ostra. It is also providing another US$ 50 million in humanitarian assistance.')).toEqual(['funding-received', 'funding-received']);
  });
});

describe('a count that rose or fell from one level to another', () => {
  it('drafts both levels, never a range', () => {
    expect(vuq('The number of people in need has risen from 3 million to 4.5 million in Ostra.')).toEqual([
      [3000000, 'person', 'exact'],
      [4500000, 'person', 'exact'],
    ]);
    expect(vuq('Cases increased sharply from 1,200 to 3,400 in Ostra.')).toEqual([
      [1200, 'person', 'exact'],
      [3400, 'person', 'exact'],
    ]);
    expect(vuq('Displaced families fell from 800 to 650 in Ostra.')).toEqual([
      [800, 'household', 'exact'],
      [650, 'household', 'exact'],
    ]);
    // a range is still a range
    expect(vuq('Between 10,000 and 15,000 people have fled Ostra.')).toEqual([[10000, 'person', 'range']]);
    expect(vuq('Some 30,000 to 40,000 people fled Ostra.')).toEqual([[30000, 'person', 'range']]);
  });
});

describe('letter signs of African and Asian currencies, read in a text of their country', () => {
  it('reads Sh, N, MK, K and Rs glued to an amount, and GH¢', () => {
    expect(vuq('The government released Sh50 million for flood victims in Garissa, Kenya.')).toEqual([[50000000, 'KES', 'exact']]);
    expect(vuq('The state government approved N2 billion for flood victims in Maiduguri, Nigeria.')).toEqual([[2000000000, 'NGN', 'exact']]);
    expect(vuq("Malawi's government allocated MK5 billion to cyclone survivors in Blantyre.")).toEqual([[5000000000, 'MWK', 'exact']]);
    expect(vuq('The government of Zambia released K50 million for cholera response in Lusaka.')).toEqual([[50000000, 'ZMW', 'exact']]);
    expect(vuq('Pakistan released Rs10 billion for flood victims in Sindh.')).toEqual([[10000000000, 'PKR', 'exact']]);
    expect(vuq('Ghana released GH¢2 million for flood victims in Accra.')).toEqual([[2000000, 'GHS', 'exact']]);
  });
  it('reads no sign that two named countries share, nor a road named N2', () => {
    expect(vuq('Drought in Somalia and Kenya: Sh50 million were released.')).toEqual([]);
    expect(vuq('The N2 road to Maiduguri in Nigeria was cut; 2,000 people were displaced.')).toEqual([[2000, 'person', 'exact']]);
  });
});

describe('"yesterday" with its day in parentheses', () => {
  it('takes the day the parentheses give, day or month first, where it differs from the day before publication', () => {
    const asOf = (text: string) => extractFigures(text, { published: '2024-06-01' }).draft.figures.map((f) => f.asOf);
    expect(asOf('Yesterday (30/05), 300 families were evacuated in Ostra.')).toEqual(['2024-05-30']);
    expect(asOf('Yesterday (05/30), 300 families were evacuated in Ostra.')).toEqual(['2024-05-30']);
    expect(asOf('Yesterday (31/05), 300 families were evacuated in Ostra.')).toEqual(['2024-05-31']);
    expect(asOf('Yesterday, 300 families were evacuated in Ostra.')).toEqual(['2024-05-31']);
  });
});

describe('a place named as the home of its people', () => {
  it('learns the name after "the population of" or "residents of" as a place', () => {
    const placeOf = (text: string) => extractFigures(text, { published: '2024-06-01' }).draft.figures.map((f) => f.place);
    expect(placeOf('Some two thirds of the population of Ostra need aid.')).toEqual(['ostra']);
    expect(placeOf('Residents of Kessa, some 2,000 people, were evacuated.')).toEqual(['kessa']);
  });
});

describe('a lakh grouping with a stray space, and spaced numbers before houses', () => {
  it('reads "5, 71,128 houses" as 571,128 and "17, 541 houses" whole', () => {
    expect(vuq('A total of 5, 71,128 houses have been damaged in Ostra.')).toEqual([[571128, 'house', 'exact']]);
    expect(vuq('The floods affected 17, 541 houses in Ostra.')).toEqual([[17541, 'house', 'exact']]);
  });
});

describe('a share in parentheses between a count and its noun', () => {
  it('reads "228 (72%) severe cases" as 228 cases and 72 percent', () => {
    expect(vuq('In Ostra 228 (72%) severe cases were reported.')).toEqual([
      [228, 'person', 'exact'],
      [72, 'percent', 'exact'],
    ]);
    expect(vuq('In Ostra 166 (52%) children were admitted.')).toEqual([
      [166, 'person', 'exact'],
      [52, 'percent', 'exact'],
    ]);
  });
});

describe("a currency named after a country, and people who took shelter", () => {
  it('never takes "New Zealand" in "New Zealand dollars" for the place', () => {
    const r = extractFigures('Floods hit Fiji. New Zealand has pledged 11.5 million New Zealand dollars (7.25 million U.S. dollars) to the response.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.place])).toEqual([[11500000, 'NZD', 'FJI']]);
  });
  it('reads a bare number that took shelter, after a count of people, as people', () => {
    expect(vuq('Rescuers evacuated 98,509 people and 7,42,250 took shelter in relief camps in Ostra.')).toEqual([
      [98509, 'person', 'exact'],
      [742250, 'person', 'exact'],
    ]);
  });
});

describe('"the number of" people with the days of a period between', () => {
  it('reads the level reached, the dates no other number, and "has reached" no people reached', () => {
    const r = extractFigures('The number of people who fled Ostra between Feb 24 and March 15 has reached 3,000,381.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.indicator])).toEqual([[3000381, 'person', 'displaced']]);
    expect(extractFigures('Partners reached 45,000 people with food in Ostra.', { published: '2024-06-01' }).draft.figures.map((f) => f.indicator)).toEqual(['people-reached']);
  });
});

describe('people relocated', () => {
  it('are displaced, not a population', () => {
    const r = extractFigures('More than 3,600 houses collapsed and 30,000 residents had been relocated in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.indicator])).toEqual([
      [3600, 'houses-destroyed'],
      [30000, 'displaced'],
    ]);
  });
});

describe('a number with a plus before its noun', () => {
  it('reads "1,500+ people" as more than 1,500 people', () => {
    expect(vuq('1,500+ people fled Ostra.')).toEqual([[1500, 'person', 'more-than']]);
    expect(vuq('Partners reached 3,200+ households in Ostra.')).toEqual([[3200, 'household', 'more-than']]);
  });
});

describe('a count in parentheses restating the one before it', () => {
  it('leaves the count before it as what a later bare number counts', () => {
    expect(vuq('More than 7.9m people (2m families) have been affected in Ostra. Around 684.9k have been displaced.').map((f) => f.slice(0, 2))).toEqual([
      [7900000, 'person'],
      [2000000, 'household'],
      [684900, 'person'],
    ]);
  });
});

describe('NZ dollars and HK dollars named after the amount', () => {
  it('reads them as NZD and HKD, with a stated equivalent in US dollars', () => {
    const r = extractFigures('New Zealand will give five million NZ dollars (three million U.S. dollars) to Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.stated?.map((x) => [x.value, x.unit])])).toEqual([[5000000, 'NZD', [[3000000, 'USD']]]]);
    expect(vuq('Hong Kong gave 2 million HK dollars to Ostra.')).toEqual([[2000000, 'HKD', 'exact']]);
  });
});

describe('a part of a count of things, its noun left out', () => {
  it('reads "588 of which were ..." in the unit of the count before it', () => {
    expect(vuq('Some 1,200 schools were damaged in Ostra, 588 of which were in the north.')).toEqual([
      [1200, 'school', 'approximately'],
      [588, 'school', 'exact'],
    ]);
    expect(vuq('The floods displaced 40,000 people in Ostra, 12,000 of which are children.').map((f) => f.slice(0, 2))).toEqual([
      [40000, 'person'],
      [12000, 'person'],
    ]);
  });
  it('reads "Of the 300 health facilities, 132 are functional" as parts of the 300, never totals', () => {
    const r = extractFigures('Of the 300 health facilities in Ostra, 132 are fully functional and 168 are only partly functional.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.breakdown?.part ?? null])).toEqual([
      [300, 'health-facility', null],
      [132, 'health-facility', 'fully functional'],
      [168, 'health-facility', 'only partly functional'],
    ]);
  });
  it('gives a number with its own noun after "Of the ..." that noun', () => {
    expect(vuq('Of the 300 health facilities in Ostra, 12 were hit and 40 staff were injured.').map((f) => f.slice(0, 2))).toEqual([
      [300, 'health-facility'],
      [12, 'health-facility'],
      [40, 'person'],
    ]);
  });
});

describe('shares of something other than people or funds', () => {
  it('does not read "the first half of the year" as 50 percent', () => {
    expect(vuq('Partners reached 3.1m people in Ostra in the first half of the year.')).toEqual([[3100000, 'person', 'exact']]);
  });
  it('does not draft a share of a territory or of the damage', () => {
    expect(vuq('An estimated 85% of the capital of Ostra is now under gang control.')).toEqual([]);
    expect(vuq('Floods damaged 2,000 houses, with nearly 85% of the damage located in Ostra.')).toEqual([[2000, 'house', 'exact']]);
    expect(vuq('An estimated 85% of the population of Ostra is displaced.')).toEqual([[85, 'percent', 'approximately']]);
  });
});

describe('a bare count of people named by what follows it', () => {
  it('reads "430 of these refugees" as people', () => {
    expect(vuq('MSF received 622 wounded people in Ostra. Approximately 430 of these refugees need surgery.')).toEqual([
      [622, 'person', 'exact'],
      [430, 'person', 'approximately'],
    ]);
  });
  it('reads "including more than 200,000 that have come" in the unit of the count before it', () => {
    expect(vuq('Some 700,000 people have arrived in Ostra, including more than 200,000 that have come in recent weeks.')).toEqual([
      [700000, 'person', 'approximately'],
      [200000, 'person', 'more-than'],
    ]);
  });
  it('reads "when some 750,000 fled" as people', () => {
    expect(vuq('It is the largest movement since 2017, when some 750,000 fled the violence in Ostra.')).toEqual([[750000, 'person', 'approximately']]);
  });
  it('reads "13 million of the country\'s 85 million people" as 13 million people, the 85 million being the population', () => {
    expect(vuq('The president said 13 million of the country’s 85 million people were affected.')).toEqual([[13000000, 'person', 'exact']]);
  });
});

describe('a count of things after a verb of damage, its noun left out', () => {
  it('reads "damaged around 692,000" after a count of houses as houses', () => {
    expect(vuq('The floods destroyed 1.2 million houses in Ostra and damaged around 692,000.')).toEqual([
      [1200000, 'house', 'exact'],
      [692000, 'house', 'approximately'],
    ]);
  });
});

describe('relief items', () => {
  it('counts relief items, non-food items and NFIs', () => {
    expect(vuq('Canada has provided over 22,000 relief items to Ostra.')).toEqual([[22000, 'relief-item', 'more-than']]);
    expect(vuq('IOM distributed 3,000 NFIs in Ostra.')).toEqual([[3000, 'relief-item', 'exact']]);
    expect(vuq('Partners distributed 5,000 non-food items in Ostra.')).toEqual([[5000, 'relief-item', 'exact']]);
  });
});

describe('a currency code and its amount two spaces apart', () => {
  it('reads "CHF  1,000,000" as one amount', () => {
    expect(vuq('Budget: CHF  1,000,000 for Ostra.')).toEqual([[1000000, 'CHF', 'exact']]);
  });
});

describe('a bare dollar in parentheses after a country dollar', () => {
  it('reads "C$71 million ($52 million)" as CAD with a stated US-dollar equivalent, even where a bare $ is CAD', () => {
    const r = extractFigures('Canada will provide C$71 million ($52 million) in aid to Ostra.', { published: '2024-06-01', publisher: 'Global Affairs Canada' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.stated?.map((x) => [x.value, x.unit])])).toEqual([[71000000, 'CAD', [[52000000, 'USD']]]]);
  });
});

describe('the same figure said again', () => {
  it('keeps one figure when a headline gives only the equivalent of an amount', () => {
    const r = extractFigures('$23m emergency appeal for Ostra\n\nThe IFRC has launched an emergency appeal for 19 million Swiss francs (US$ 23 million) for Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit])).toEqual([[19000000, 'CHF']]);
  });
});

describe('"Yesterday alone," opening a sentence', () => {
  it('dates the sentence by the day before publication', () => {
    const r = extractFigures('Yesterday alone, MSF treated 242 wounded people in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => f.asOf)).toEqual(['2024-05-31']);
  });
});

describe('the same number said again with another hedge', () => {
  it('is one figure, as first said, wherever it is said again', () => {
    const text = 'Nearly 8.3 million people in Ostra face crisis levels of hunger.\n\nThe rains failed for a fifth season.\n\nPrices of staple food rose in every market.\n\nWithout funding, approximately 8.3 million people across Ostra are expected to face Crisis or worse.';
    expect(vuq(text)).toEqual([[8300000, 'person', 'nearly']]);
  });
  it('stays two amounts when a small amount recurs as what each gets', () => {
    expect(vuq('In Ostra, families whose homes flooded will get an extra €3,000 in aid.\n\nThe package was agreed on Monday.\n\nSelf-employed workers will receive up to €3,000 each.').map((f) => f.slice(0, 3))).toEqual([
      [3000, 'EUR', 'exact'],
      [3000, 'EUR', 'up-to'],
    ]);
  });
  it('stays two figures for two places or two units', () => {
    expect(vuq('About 20,000 people were displaced in Ostra. More than 20,000 people were displaced in Pell.').map((f) => f.slice(0, 2))).toEqual([
      [20000, 'person'],
      [20000, 'person'],
    ]);
    expect(vuq('About 20,000 people were displaced in Ostra. More than 20,000 houses were destroyed in Ostra.').map((f) => f.slice(0, 2))).toEqual([
      [20000, 'person'],
      [20000, 'house'],
    ]);
  });
});

describe('rates given as percentages', () => {
  it('does not draft a positivity rate or an attack rate, but keeps the counts', () => {
    expect(vuq('In Ostra 1,200 people were tested, with a positivity rate of approximately 55%.').map((f) => f.slice(0, 2))).toEqual([[1200, 'person']]);
    expect(vuq('In Ostra the attack rate was 4%.')).toEqual([]);
  });
  it('drafts a case fatality rate, the share of the cases who died, as a figure of its own (held-out sets 39, 58, 60 and 74 label it)', () => {
    expect(vuq('Ostra has reported 6,974 cases and 114 deaths (CFR 1.6%).').map((f) => f.slice(0, 2))).toEqual([
      [6974, 'person'],
      [114, 'person'],
      [1.6, 'percent'],
    ]);
    expect(vuq('Ostra reported 3,175 cases, of which 2,122 died (overall case fatality ratio 67%).').map((f) => f.slice(0, 2))).toEqual([
      [3175, 'person'],
      [2122, 'person'],
      [67, 'percent'],
    ]);
    const r = run('Cholera\n\nThe case fatality rate in Ostra is 3.2%.\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[3.2, 'percent', 'case-fatality-rate']]);
  });
  it('still drafts a share of people', () => {
    expect(vuq('About 55% of the people in Ostra were displaced.')).toEqual([[55, 'percent', 'approximately']]);
  });
});

describe('numbers that name a phase or a grade', () => {
  it('does not draft "(IPC Phase 5)" or "Level 3" as counts', () => {
    expect(vuq('An increasing number of people are expected to be in Catastrophe (IPC Phase 5) in Ostra.')).toEqual([]);
    expect(vuq('A Level 3 emergency was declared as 3,000 people fled Ostra.').map((f) => f.slice(0, 2))).toEqual([[3000, 'person']]);
  });
  it('does not draft the age in "children aged under five"', () => {
    expect(vuq('Around 12,000 children aged under five in Ostra are malnourished.')).toEqual([[12000, 'person', 'approximately']]);
  });
});

describe('fractions written "one in every three" and "two-third"', () => {
  it('reads them as percentages', () => {
    expect(vuq('WFP can only support one in every three of them in Ostra.')).toEqual([[33.3, 'percent', 'exact']]);
    expect(vuq('More than two-third of the population of Ostra needs aid.')).toEqual([[66.7, 'percent', 'more-than']]);
  });
});

describe('the count a share stands for, in parentheses before "were"', () => {
  it('reads "56% (1778) were female" as 56 percent and 1,778 people', () => {
    expect(vuq('Of the 3,175 cases in Ostra, 56% (1778) were female and 28% (902) were children.')).toEqual([
      [3175, 'person', 'exact'],
      [56, 'percent', 'exact'],
      [1778, 'person', 'exact'],
      [28, 'percent', 'exact'],
      [902, 'person', 'exact'],
    ]);
  });
});

describe('totals and levels of counts of patients', () => {
  it('reads "taking the total tally since the start of the year to over 20,000"', () => {
    expect(vuq('Another 1,424 dengue patients were hospitalised in Ostra, taking the total tally since the start of the year to over 20,000.')).toEqual([
      [1424, 'person', 'exact'],
      [20000, 'person', 'more-than'],
    ]);
  });
  it('reads admissions as people, and "the number of admissions ... from 6,344 to 11,877" as two counts', () => {
    expect(vuq('In Ostra the number of admissions for malnutrition almost doubled - from 6,344 to 11,877.')).toEqual([
      [6344, 'person', 'exact'],
      [11877, 'person', 'exact'],
    ]);
  });
});

describe('an ISO code glued to a dollar sign', () => {
  it('reads "TOP$25 million" as Tongan pa\'anga', () => {
    expect(vuq('The government released TOP$25 million for housing in Ostra.')).toEqual([[25000000, 'TOP', 'exact']]);
  });
});

describe('a count said to be more than an equal one before it', () => {
  it('keeps "a further two million people" apart from "More than two million people" in the same sentence', () => {
    const r = extractFigures('More than two million people are living in the open, with a further two million people unable to return to their homes.', { published: PUBLISHED });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [2000000, 'person', 'more-than'],
      [2000000, 'person', 'exact'],
    ]);
  });
});

describe('people sheltered in camps, their noun left out', () => {
  it('reads "Over 3 lakh still lodged in relief camps" as people', () => {
    expect(vuq('Over 3 lakh still lodged in relief camps in Ostra.')).toEqual([[300000, 'person', 'more-than']]);
  });
});

describe('a list of deaths by place in parentheses after "deaths were recorded in"', () => {
  it('reads each as deaths in that place', () => {
    expect(vuq('Other deaths were recorded in Ostra province (5) and Pell city (2).')).toEqual([
      [5, 'person', 'exact'],
      [2, 'person', 'exact'],
    ]);
  });
});

describe('a vague amount of people after a verb of displacement, at the end of its clause', () => {
  it('reads "displacing hundreds of thousands." and "affecting thousands." as people', () => {
    expect(vuq('The floods left 149 dead in Ostra and displaced hundreds of thousands.')).toEqual([
      [149, 'person', 'exact'],
      [100000, 'person', 'at-least'],
    ]);
    expect(vuq('Thousands of homes were destroyed in Ostra, affecting thousands.').map((f) => f.slice(0, 2))).toEqual([
      [1000, 'house'],
      [1000, 'person'],
    ]);
  });
});

describe('the level a count is compared with', () => {
  it('reads "versus 57 in the previous week" in the unit of the count before it', () => {
    expect(vuq('Ostra reported 29 new confirmed cases this week, versus 57 in the previous week.').map((f) => f.slice(0, 2))).toEqual([
      [29, 'person'],
      [57, 'person'],
    ]);
  });
});

describe('a baseline population after a place with words before it', () => {
  it('does not draft "the crowded coastal territory of 2.2 million people"', () => {
    expect(vuq('Some 81% of households in the crowded coastal territory of 2.2 million people reported poor food consumption.')).toEqual([[81, 'percent', 'approximately']]);
  });
});

describe('a span of days opening the sentence with "through"', () => {
  it('dates the figures by its last day', () => {
    const r = extractFigures('Between 3 March 2024 through 3 May 2024, a total of 36 943 cases have been reported in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.asOf])).toEqual([[36943, '2024-05-03']]);
  });
});

describe("a report's title that says the day its figures hold", () => {
  it('dates the figures without a date of their own by "(as of 21 May 2024)" in the title', () => {
    const r = extractFigures('Ostra: Floods - Situation Report No. 1 (as of 21 May 2024)\n\nThis report is produced by OCHA Ostra with partners. It was issued on 22 May.\n\nMore than 1.15 million people in Ostra are affected by floods across 31 states.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.asOf])).toEqual([[1150000, '2024-05-21']]);
  });
  it('leaves a text without such a title as it was', () => {
    const r = extractFigures('Floods in Ostra\n\nThis report is produced by OCHA Ostra with partners.\n\nMore than 1.15 million people in Ostra are affected by floods across 31 states.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => f.asOf)).not.toContain('2024-05-21');
  });
});

describe('months written in capitals', () => {
  it('reads "in JANUARY 2024" as a month, not a count', () => {
    expect(vuq('352,888 people assisted in JANUARY 2024 in Ostra')).toEqual([[352888, 'person', 'exact']]);
  });
  it('counts participants as people', () => {
    expect(vuq('WFP reached 2,949 participants with sessions in Ostra.')).toEqual([[2949, 'person', 'exact']]);
  });
});

describe('the day a source said what the sentence reports', () => {
  it('dates every figure after "UNHCR said Friday that"', () => {
    const r = extractFigures('UNHCR said Friday that floods have killed hundreds, displaced 1.3 million residents and affected over 2.8 million people in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.asOf])).toEqual([
      [100, '2024-05-31'],
      [1300000, '2024-05-31'],
      [2800000, '2024-05-31'],
    ]);
  });
  it('dates figures by "a new report from the INGD released on Wednesday" and "with data up to 18:00 on Tuesday"', () => {
    const a = extractFigures('The cyclone killed 45 people in Ostra, according to a new report from the INGD released on Wednesday.', { published: '2024-06-01' });
    expect(a.draft.figures.map((f) => f.asOf)).toEqual(['2024-05-29']);
    const b = extractFigures('According to the report, with data up to 18:00 on Tuesday, at least 493 people have been injured in Ostra.', { published: '2024-06-01' });
    expect(b.draft.figures.map((f) => f.asOf)).toEqual(['2024-05-28']);
  });
});

describe('currencies written "$US" and codes that name something else', () => {
  it('reads "$US200 million ($273.7 million)" as USD with its Australian-dollar equivalent', () => {
    const r = extractFigures('Australia pledged over $US200 million ($273.7 million) to Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.stated?.map((x) => [x.value, x.unit])])).toEqual([[200000000, 'USD', [[273700000, 'AUD']]]]);
  });
  it('does not read "COP28" as Colombian pesos', () => {
    expect(vuq('She is attending the climate conference (COP28) in Dubai; 300 people fled Ostra.').map((f) => f.slice(0, 2))).toEqual([[300, 'person']]);
  });
});

describe('another dozen', () => {
  it('reads "Another dozen people were killed" as 12 people', () => {
    expect(vuq('Another dozen people were killed in Ostra.')).toEqual([[12, 'person', 'exact']]);
  });
});

describe("a place's whole people as context", () => {
  it('does not draft "South Sudan\'s 11 million people" living in poverty, but does draft a place\'s people affected', () => {
    expect(vuq("In 2018, 80% of Ostra's 11 million people were living in extreme poverty.").map((f) => f.slice(0, 2))).toEqual([[80, 'percent']]);
    expect(vuq("Ostra's 2 million people affected by the floods need aid.").map((f) => f.slice(0, 2))).toEqual([[2000000, 'person']]);
  });
});

describe('more phenomena of news reports on African crises', () => {
  it('reads "displaced thousands in Niger" as people', () => {
    expect(vuq('Floods have killed hundreds of people and displaced thousands in Ostra and Pell.')).toEqual([
      [100, 'person', 'at-least'],
      [1000, 'person', 'at-least'],
    ]);
  });
  it('reads "lifted the estimate to 10.1 million" as the count before it', () => {
    expect(vuq('The government said 8.2 million people in Ostra would need aid, but this week it lifted the estimate to 10.1 million.').map((f) => f.slice(0, 2))).toEqual([
      [8200000, 'person'],
      [10100000, 'person'],
    ]);
  });
  it('reads "followed by Nampula, with four, and Niassa, with three" as deaths', () => {
    expect(vuq('Ostra recorded 38 deaths, followed by Pell, with four, and Kessa, with three.').map((f) => f.slice(0, 2))).toEqual([
      [38, 'person'],
      [4, 'person'],
      [3, 'person'],
    ]);
  });
  it('counts villagers and teachers as people, and not houses of worship as houses', () => {
    expect(vuq('The floods killed nearly 50 villagers in Ostra.')).toEqual([[50, 'person', 'nearly']]);
    expect(vuq('The cyclone damaged 48 hospitals and 13 houses of worship in Ostra.').map((f) => f.slice(0, 2))).toEqual([[48, 'hospital']]);
  });
  it('does not count "one family" that people were killed from as a household', () => {
    expect(vuq('Five people were killed from one family in Ostra.')).toEqual([[5, 'person', 'exact']]);
  });
});

describe('a count of people grouped with dots in an English-style text', () => {
  it('reads "137.182 persons" as 137,182 people: a count of whole people is no decimal', () => {
    expect(vuq('The data show 352,793 people displaced: Pell 137.182 persons and Kessa 118.818 persons.').map((f) => f.slice(0, 2))).toEqual([
      [352793, 'person'],
      [137182, 'person'],
      [118818, 'person'],
    ]);
  });
});

describe('more phenomena of appeals and news, found on later sets', () => {
  it('does not read "A $5 million allocation" as Australian dollars, nor "Plans" or "-polis" as a people', () => {
    expect(vuq('A $5 million allocation will provide water in Ostra.')).toEqual([[5000000, 'USD', 'exact']]);
    expect(vuq('Officials said eight villages near Alexandroupolis had been evacuated.')).toEqual([]);
    expect(vuq('Some 21 Humanitarian Response Plans require US$25.39 billion.').map((f) => f.slice(0, 2))).toEqual([[25390000000, 'USD']]);
    expect(vuq('The appeal covers 3,000 Somalis and 200 Yemenis in Ostra.').map((f) => f.slice(0, 2))).toEqual([
      [3000, 'person'],
      [200, 'person'],
    ]);
  });
  it('pairs "$10.5 million US dollars (about N4.6 billion)" as an amount and its equivalent', () => {
    const r = extractFigures('The UN released $10.5 million US dollars (about N4.6 billion) for flood response in Nigeria.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.stated?.map((x) => [x.value, x.unit])])).toEqual([[10500000, 'USD', [[4600000000, 'NGN']]]]);
  });
  it('reads "$25.39 B" and "SAR 14 mio" with their scales', () => {
    expect(vuq('Funding required for Ostra: $25.39 B')).toEqual([[25390000000, 'USD', 'exact']]);
    expect(vuq('KSrelief signed two agreements for Ostra for a total of SAR 14 mio.')).toEqual([[14000000, 'SAR', 'exact']]);
  });
  it('reads "Millions flee" and "forcing thousands to flee" as people', () => {
    expect(vuq('Millions flee as the cyclone nears Ostra')).toEqual([[1000000, 'person', 'at-least']]);
    expect(vuq('The fires raged, forcing thousands to flee their homes in Ostra.')).toEqual([[1000, 'person', 'at-least']]);
  });
  it('does not draft "over half of the state\'s 497 cities": a share of places', () => {
    expect(vuq('Floods hit Ostra, affecting over half of the state’s 497 cities.')).toEqual([]);
  });
});

describe('review: rules of this round that must not overreach', () => {
  it("keeps another donor's bare dollar as USD before a country's own giving", () => {
    expect(vuq('The United States has pledged $25 million. Australia has also pledged $5 million.').map((f) => f.slice(0, 2))).toEqual([
      [25000000, 'USD'],
      [5000000, 'USD'],
    ]);
    expect(vuq('Canada announced on Friday that the UN CERF has released $10 million for Ostra.').map((f) => f.slice(0, 2))).toEqual([[10000000, 'USD']]);
  });
  it('reads "USD50 per month" as money: only COP28 is a conference', () => {
    expect(vuq('Each of the 2,000 households in Ostra received USD50 per month.').map((f) => f.slice(0, 2))).toEqual([
      [2000, 'household'],
      [50, 'USD'],
    ]);
  });
  it('keeps two statements of the body with the same number and another hedge apart', () => {
    const text = 'Floods worsen in Ostra\n\nRains continued.\n\nRoads were cut.\n\nMarkets closed.\n\nPrices rose.\n\nNearly 8.3 million people need assistance in Ostra.\n\nSchools shut.\n\nApproximately 8.3 million people are food insecure in Ostra.';
    expect(extractFigures(text, { published: '2024-06-01' }).draft.figures.map((f) => f.qualifier)).toEqual(['nearly', 'approximately']);
  });
  it('does not group "1.125 deaths per 10,000 people per day" into thousands, nor draft the denominator', () => {
    expect(vuq('Some 12,500 people live in the camps of Ostra. Mortality reached 1.125 deaths per 10,000 people per day.').map((f) => f.slice(0, 2))).toEqual([[12500, 'person']]);
  });
  it("does not date by the report's title a sentence with a year of its own", () => {
    const r = extractFigures('Ostra: Situation Report No. 12 (as of 21 May 2024)\n\nIn 2021, 2,100 people were displaced in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => f.asOf)).not.toContain('2024-05-21');
  });
  it('does not count as people a vague amount killed among animals', () => {
    expect(vuq('The outbreak of anthrax in Ostra killed thousands, mostly cattle and goats.')).toEqual([]);
  });
  it('reads "the case fatality rate among children under five was 3.2%" as a case fatality rate, never an age or a count', () => {
    expect(vuq('The case fatality rate among children under five was 3.2% in Ostra.')).toEqual([[3.2, 'percent', 'exact']]);
  });
});

describe('a toll in a headline, two equal numbers in one clause, people moved', () => {
  it('reads "Earthquake Toll Passes 2,200" as more than 2,200 deaths', () => {
    expect(vuq('Ostra Earthquake Toll Passes 2,200')).toEqual([[2200, 'person', 'more-than']]);
  });
  it('keeps "500,000 migrants in transit & 500,000 Colombian returnees" as two figures', () => {
    expect(vuq('In Ostra: 500,000 migrants in transit to other countries & 500,000 Colombian returnees').map((f) => f.slice(0, 2))).toEqual([
      [500000, 'person'],
      [500000, 'person'],
    ]);
  });
  it('reads "has moved nearly 300,000" after a count of people as people', () => {
    expect(vuq('Ostra is moving 2.2 million people to safety, while Pell has moved nearly 300,000.').map((f) => f.slice(0, 3))).toEqual([
      [2200000, 'person', 'exact'],
      [300000, 'person', 'nearly'],
    ]);
  });
});

describe('the day a figure holds and the day it was said, in one clause', () => {
  it('takes the day the figure holds', () => {
    const r = extractFigures('The minister said on Tuesday that 300 people died in the floods of 12 March 2019.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => f.asOf)).toEqual(['2019-03-12']);
  });
});

describe('phenomena of the last two sets, after they were scored', () => {
  it('keeps a vague amount apart from a number of equal value said below', () => {
    const r = extractFigures('Storm nears Ostra\n\nHundreds of thousands of children are at risk in Ostra.\n\n100,000 people have already been evacuated in Ostra.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.qualifier])).toEqual([
      [100000, 'at-least'],
      [100000, 'exact'],
    ]);
  });
  it('reads "Some 60,000 of evacuees" as people and "672 cattle-heads" as livestock', () => {
    expect(vuq('Some 60,000 of evacuees in Ostra are thought to be children.')).toEqual([[60000, 'person', 'approximately']]);
    expect(vuq('Likewise, 672 cattle-heads have perished in Ostra.')).toEqual([[672, 'livestock', 'exact']]);
  });
  it('does not count "an additional 82 relief distribution centers" as more of the camps before', () => {
    expect(vuq('In Ostra 39,000 people are staying in 193 relief camps, with an additional 82 relief distribution centers operating.').map((f) => f.slice(0, 2))).toEqual([
      [39000, 'person'],
      [193, 'evacuation-centre'],
    ]);
  });
});

describe('a list by place that goes on from the sentence before', () => {
  it('reads "It is followed by Peru, with over half a million; Ecuador, over 220,000; Argentina, 130,000" as people', () => {
    expect(vuq('Colombia has a total of over one million refugees. It is followed by Peru, with over half a million; Ecuador, over 220,000; Argentina, 130,000 and Brazil, 85,000.').map((f) => f.slice(0, 3))).toEqual([
      [1000000, 'person', 'more-than'],
      [500000, 'person', 'more-than'],
      [220000, 'person', 'more-than'],
      [130000, 'person', 'exact'],
      [85000, 'person', 'exact'],
    ]);
  });
  it('reads "They included more than 70,000 who arrived" as a part of the count before', () => {
    expect(vuq('Nearly 400,000 refugees are living in camps in Ostra. They included more than 70,000 who arrived in the months that followed.').map((f) => f.slice(0, 3))).toEqual([
      [400000, 'person', 'nearly'],
      [70000, 'person', 'more-than'],
    ]);
  });
  it('does not read "In June, 300" as a place and its count', () => {
    expect(vuq('Some 2,000 people fled Ostra in May; in June, 300.').map((f) => f.slice(0, 2))).toEqual([[2000, 'person']]);
  });
});

describe('"family" before another noun', () => {
  it('counts family members as people and family plots as nothing humfig knows, but one family as a household', () => {
    expect(vuq('Five family members were killed in Ostra.')).toEqual([[5, 'person', 'exact']]);
    expect(vuq('Some 7,167 family plots are occupied in Ostra.')).toEqual([]);
    expect(vuq('One family was displaced in Ostra.')).toEqual([[1, 'household', 'exact']]);
  });
});

describe('a key figure with its label before it on its line', () => {
  const quoted = (body: string) => run(`Floods in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.qualifier, c.quote]);
  it('reads "People in need: 8.7 million" and "Deaths: 12" by their labels', () => {
    expect(quoted('Key figures\nPeople in need: 8.7 million\nDeaths: 12\nHouses destroyed - about 300 (estimate)')).toEqual([
      [8700000, 'person', 'exact', 'People in need: 8.7 million'],
      [12, 'person', 'exact', 'Deaths: 12'],
      [300, 'house', 'approximately', 'Houses destroyed - about 300'],
    ]);
  });
  it('reads each item of "Killed: 45; injured: 120" with its own label, and a label of no count as nothing', () => {
    expect(quoted('Killed: 45; injured: 120')).toEqual([
      [45, 'person', 'exact', 'Killed: 45'],
      [120, 'person', 'exact', 'injured: 120'],
    ]);
    expect(quoted('Population: 1,200,000\nPhase 3: 1,200')).toEqual([]);
  });
});

describe('numbers of key-figure boxes and European writers in English texts', () => {
  it('reads "PEOPLE IN NEED: 7M*" as 7 million people, not 7 metres, after a label that names a count', () => {
    expect(vuq('PEOPLE IN NEED: 7M*\nPEOPLE TARGETED: 4.5M')).toEqual([
      [7000000, 'person', 'exact'],
      [4500000, 'person', 'exact'],
    ]);
  });
  it('reads "3,4 million" as 3.4 million beside "628,464": before a scale, a comma and one digit is a decimal comma', () => {
    expect(vuq('The plan forecasts 3,4 million food insecure individuals in Ostra, including 628,464 people in emergency.').map((f) => f.slice(0, 2))).toEqual([
      [3400000, 'person'],
      [628464, 'person'],
    ]);
  });
});

describe('the same amount twice in one sentence', () => {
  it('keeps "WFP (SEK 20 million) and WHO (SEK 20 million)" as two figures: a sentence does not repeat itself', () => {
    const figures = run('Aid to Ostra\n\nThe support from Sida is channelled through UNICEF (SEK 40 million), WFP (SEK 20 million) and WHO (SEK 20 million).').draft.figures;
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [40000000, 'SEK'],
      [20000000, 'SEK'],
      [20000000, 'SEK'],
    ]);
  });
});

describe("a war's length", () => {
  it('does not draft "after 10 years of war" or "1,000 days of full-scale war": context, not a figure', () => {
    expect(vuq('After 10 years of war in Ostra, the economy collapsed.')).toEqual([]);
    expect(vuq('People in Ostra have lived through more than 1,000 days of full-scale war.')).toEqual([]);
  });
});

describe('ages in a range, and peoples named in the plural', () => {
  it('reads "13 Spaniards between the ages of 45 and 64 died" as 13 people, never 64', () => {
    expect(vuq('A total of 13 Spaniards between the ages of 45 and 64 died from the heat in Ostra.')).toEqual([[13, 'person', 'exact']]);
  });
});

describe('a country of so many people, said with several words between', () => {
  it('does not draft "an impoverished majority Muslim country of 9.5 million people" as a figure', () => {
    expect(vuq('Floods hit Ostra -- an impoverished majority Muslim country of 9.5 million people -- on Monday.')).toEqual([]);
  });
});

describe('a bare amount with its equivalent in brackets, after an amount in a currency', () => {
  it('reads "in addition to over 139 million (USD 20 million)" after "105 million Swedish kronor (USD 15 million)" as SEK, with its equivalent', () => {
    const figures = run('Aid to Ostra\n\nSweden gives Ostra 105 million Swedish kronor (USD 15 million), in addition to over 139 million (USD 20 million) already allocated.').draft.figures;
    expect(figures.map((f) => [f.value, f.unit, f.qualifier, f.stated?.map((s) => [s.value, s.unit])])).toEqual([
      [105000000, 'SEK', 'exact', [[15000000, 'USD']]],
      [139000000, 'SEK', 'more-than', [[20000000, 'USD']]],
    ]);
  });
});

describe('dates of a situation report: after the figures, after a bullet, in a repeat', () => {
  const asOfs = (body: string) => run(`Floods in Ostra\n\n${body}`, { published: '2023-03-08' }).draft.figures.map((f) => [f.value, f.asOf]);
  it('dates "reported in Ostra, as of 6 March, since the floods struck on 6 February" by 6 March', () => {
    expect(asOfs('More than 4,500 deaths have been reported in Ostra, as of 6 March, since the floods struck on 6 February.')).toEqual([[4500, '2023-03-06']]);
  });
  it('dates a bulleted "• On 20 February, ..., valued at $30 million" by its opening day', () => {
    expect(asOfs('  • On 20 February, the Ostra Fund launched its Reserve Allocation, valued at $30 million, to address needs.')).toEqual([[30000000, '2023-02-20']]);
  });
  it('gives a figure kept from the body, without a date, the day its headline gave', () => {
    const r = run('4,500 dead in Ostra floods as of 6 March\n\nIn Ostra 4,500 people have died, and the rains go on.', { published: '2023-03-08' });
    expect(r.draft.figures.map((f) => [f.value, f.asOf, f.quote])).toEqual([[4500, '2023-03-06', 'In Ostra 4,500 people have died']]);
  });
});

describe('money ranges and scales written closely', () => {
  it('reads "between USD 141 million and USD 258 million" as one range, not two amounts', () => {
    const figures = run('Losses in Ostra\n\nAgricultural losses in Ostra are estimated to be between USD 141 million and USD 258 million.').draft.figures;
    expect(figures.map((f) => [f.value, f.unit, f.qualifier, f.low, f.high])).toEqual([[141000000, 'USD', 'range', 141000000, 258000000]]);
  });
  it('reads "£2million", the scale word glued on, as two million pounds', () => {
    expect(vuq('The UK has pledged over £2million in aid to Ostra.')).toEqual([[2000000, 'GBP', 'more-than']]);
  });
});

describe('a count of areas before a noun of people', () => {
  it('does not read "eight districts reporting cases" as eight cases', () => {
    expect(vuq('The outbreak spread to Ostra, leading to a total of eight districts reporting cases.')).toEqual([]);
  });
});

describe('key-figure labels beside list headings and baselines', () => {
  const indicators = (body: string) => run(`Floods in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.indicator]);
  it('keeps "People displaced:" over "- Children: 1,200" as displaced children', () => {
    expect(indicators('People displaced:\n- Children: 1,200\n- Women: 800')).toEqual([
      [1200, 'person', 'displaced'],
      [800, 'person', 'displaced'],
    ]);
  });
  it('does not read "Population: 9.5 million" under "Deaths - 12" as deaths', () => {
    expect(indicators('Deaths - 12\nPopulation: 9.5 million')).toEqual([[12, 'person', 'deaths']]);
  });
});

describe('centres opened to shelter people', () => {
  it('reads "1,097 centers have been opened to shelter displaced people" as evacuation centres, and "staying in 26 sites" too', () => {
    expect(vuq('In Ostra, 1,097 centers have been opened to shelter displaced people.')).toEqual([[1097, 'evacuation-centre', 'exact']]);
    expect(vuq('Families are staying in 26 sites in Ostra.')).toEqual([[26, 'evacuation-centre', 'exact']]);
  });
});

describe('nationals, and things damaged "completely or partially"', () => {
  it('reads "348,237 Syrian nationals have crossed" as people', () => {
    expect(vuq('Some 348,237 Syrian nationals have crossed into Ostra.')).toEqual([[348237, 'person', 'approximately']]);
  });
  it('reads "10,600 buildings have been completely or partially destroyed" as buildings', () => {
    expect(vuq('In Ostra, more than 10,600 buildings have been completely or partially destroyed.')).toEqual([[10600, 'building', 'more-than']]);
  });
});

describe('"N more" with no noun of its own', () => {
  it('counts what the count before it counts: "300 people died in Ostra and 200 more in Pell", "500 more in Tahoua" after families', () => {
    expect(vuq('Some 300 people died in Ostra and 200 more in Pell.')).toEqual([
      [300, 'person', 'approximately'],
      [200, 'person', 'exact'],
    ]);
    expect(vuq('UNICEF assisted 1,600 families in Ostra. The assistance for 500 more in Pell is being prepared.').map((f) => f.slice(0, 2))).toEqual([
      [1600, 'household'],
      [500, 'household'],
    ]);
  });
});

describe('deaths said otherwise, and the things a toll comes from', () => {
  it('reads "25 lost their lives" and "18 climbers died" as people who died', () => {
    expect(vuq('In Ostra, 25 lost their lives and 40 were injured.')).toEqual([
      [25, 'person', 'exact'],
      [40, 'person', 'exact'],
    ]);
    expect(vuq('Some 18 climbers died on the mountain in Ostra.')).toEqual([[18, 'person', 'approximately']]);
  });
  it('does not read "the death toll from three recent typhoons" as three deaths', () => {
    expect(vuq('The death toll from three recent typhoons in Ostra has climbed to 14 according to the report.')).toEqual([[14, 'person', 'exact']]);
  });
});

describe('a number of a group described after "of the"', () => {
  it('reads "57,000 of the most vulnerable households" as households and "300,000 of the most affected people" as people', () => {
    expect(vuq('WFP will assist 57,000 of the most vulnerable households in Ostra.')).toEqual([[57000, 'household', 'exact']]);
    expect(vuq('The plan for Ostra targets 300,000 of the most affected people.')).toEqual([[300000, 'person', 'exact']]);
  });
  it('does not read "one of the most affected districts" as a count', () => {
    expect(vuq('One of the most affected districts is Ostra.')).toEqual([]);
  });
});

describe('vague amounts: dozens, tens of millions, wounded, left without shelter', () => {
  it('reads "Dozens of people died" as at least 24 (two dozen, the least the plural can mean), "tens of millions of people" as 10 million', () => {
    expect(vuq('Dozens of people died in Ostra.')).toEqual([[24, 'person', 'at-least']]);
    expect(vuq('In Ostra, tens of millions of people face devastating floods.')).toEqual([[10000000, 'person', 'at-least']]);
  });
  it('reads "wounding hundreds" and "leaves tens of thousands without a shelter" as people', () => {
    expect(vuq('The fire in Ostra killed 15 people, wounding hundreds.')).toEqual([
      [15, 'person', 'exact'],
      [100, 'person', 'at-least'],
    ]);
    expect(vuq('The blaze in Ostra leaves tens of thousands without a shelter.')).toEqual([[10000, 'person', 'at-least']]);
  });
});

describe('a bare number whose noun is left out: "and 7,000 to Ethiopia", "52 in neighbouring Pell"', () => {
  it('counts what the count before it in the sentence counts', () => {
    expect(vuq('Some 15,000 people fled to Ostra and 7,000 to Pell.')).toEqual([
      [15000, 'person', 'approximately'],
      [7000, 'person', 'exact'],
    ]);
    expect(vuq('The toll included 105 people killed in Ostra and 52 in neighbouring Pell district.')).toEqual([
      [105, 'person', 'exact'],
      [52, 'person', 'exact'],
    ]);
  });
  it('does not read "to" and a month as a place: "rose from 200 in May to 300 to June" stays as it was', () => {
    expect(vuq('In Ostra, 200 people were displaced, and 7 to June.')).toEqual([[200, 'person', 'exact']]);
  });
});

describe('a bare number as the subject of "would be", "estimated to have"', () => {
  it('reads "600,000 would be Sudanese refugees" and "65,000 estimated to have moved" as people', () => {
    expect(vuq('Of the total, around 600,000 would be Sudanese refugees in Ostra.')).toEqual([[600000, 'person', 'approximately']]);
    expect(vuq('An estimated 334,000 have been displaced within Ostra, with almost 65,000 estimated to have moved over borders.')).toEqual([
      [334000, 'person', 'approximately'],
      [65000, 'person', 'nearly'],
    ]);
  });
});

describe('levels of a count that rose, said with a participle', () => {
  it('reads both levels of "reported cases worldwide increasing from 500 000 to 5.2 million"', () => {
    expect(vuq('WHO documented a surge in reported cases worldwide increasing from 500 000 to 5.2 million, as in Ostra.')).toEqual([
      [500000, 'person', 'exact'],
      [5200000, 'person', 'exact'],
    ]);
  });
});

describe('nouns: shelters that shelter people, HHs, "or more" before the noun', () => {
  it('reads "1,330 shelters ... are currently sheltering" as evacuation centres', () => {
    expect(vuq('In Ostra, 1,330 shelters in flood-affected areas are currently sheltering more than 322,000 people.')).toEqual([
      [1330, 'evacuation-centre', 'exact'],
      [322000, 'person', 'more-than'],
    ]);
  });
  it('reads "1,500 HHs" as households and "450,000 or more people" as people', () => {
    expect(vuq('In Ostra, 1,500 HHs will be assisted.')).toEqual([[1500, 'household', 'exact']]);
    expect(vuq('Oxfam cannot reach around 450,000 or more people in Ostra.')).toEqual([[450000, 'person', 'approximately']]);
  });
});

describe('shares of things, not of people or funds', () => {
  it('drafts no share of supplies, of a body, of a country underwater, nor of the facilities just counted', () => {
    expect(vuq('Authorities in Ostra estimate that 40% of water supplies have been affected.')).toEqual([]);
    expect(vuq('Her son suffered burns on more than 30 percent of his body in Ostra.')).toEqual([]);
    expect(vuq('Floods have left a third of the country underwater, Ostra among it.')).toEqual([]);
    expect(vuq('In Ostra, 63 health facilities (38 per cent) have been damaged.')).toEqual([[63, 'health-facility', 'exact']]);
  });
  it('still drafts a share of a population and of an appeal', () => {
    expect(vuq('Some 40 per cent of Ostra’s total population were affected.')).toEqual([[40, 'percent', 'approximately']]);
    expect(vuq('In Ostra, about 30 per cent of the appeal has been funded.')).toEqual([[30, 'percent', 'approximately']]);
    // (nor a share of people named by a thing they depend on or work in)
    expect(vuq('Nearly 60 per cent of the land-dependent population in Ostra faces acute food insecurity.')).toEqual([[60, 'percent', 'nearly']]);
    expect(vuq('About 45 percent of water supply workers in Ostra have not been paid.')).toEqual([[45, 'percent', 'approximately']]);
    expect(vuq('In Ostra, 660 women (55 per cent) were displaced.')).toEqual([
      [660, 'person', 'exact'],
      [55, 'percent', 'exact'],
    ]);
  });
  it('drafts no count from "households with at least one person with a chronic condition"', () => {
    expect(vuq('In Ostra, one in three households with at least one person with a chronic condition cannot buy medicine.')).toEqual([[33.3, 'percent', 'exact']]);
  });
});

describe('"N of them" after a count of something humfig does not count', () => {
  it('does not read "six of them" after "175 aftershocks" as people, though people were counted before', () => {
    expect(vuq('The death toll in Ostra is 157. The centre said 175 aftershocks were recorded and six of them were of magnitude 4.')).toEqual([[157, 'person', 'exact']]);
  });
  it('still reads "three of them in Pell" after civilians', () => {
    expect(vuq('The floods killed 40 civilians in Ostra, three of them in Pell.')).toEqual([
      [40, 'person', 'exact'],
      [3, 'person', 'exact'],
    ]);
  });
});

describe("a figure's own noun over a verb across a relative pronoun", () => {
  it('names "hosting 400,000 refugees" refugees, not displaced by the "fled" before "which", and keeps it apart from "displaced almost 400,000"', () => {
    const r = run('Floods in Ostra\n\nFighting has displaced almost 400,000 people. A further 30,000 people have fled into Ostra which was already hosting 400,000 refugees.');
    expect(r.candidates.map((c) => [c.value, c.indicator])).toEqual([
      [400000, 'displaced'],
      [30000, 'displaced'],
      [400000, 'refugees'],
    ]);
  });
});

describe('an aside between dashes after a number', () => {
  it('reads "almost 350,000 – 40 per cent of the total population – affected" as two figures, not a range', () => {
    expect(vuq('The Government of Ostra estimates almost 350,000 – 40 per cent of the total population – affected.')).toEqual([
      [350000, 'person', 'nearly'],
      [40, 'percent', 'exact'],
    ]);
  });
  it('reads "21.6 million — two thirds of the population — would need assistance" as people', () => {
    expect(vuq('In Ostra, 14 million people were assisted in 2023. In total, 21.6 million — two thirds of the population — would need humanitarian assistance.').slice(1, 2)).toEqual([[21600000, 'person', 'exact']]);
  });
  it('still reads "1,200 - 3,400 children" as a range left out, and "2019-20" as a season', () => {
    expect(vuq('In Ostra, 1,200 - 3,400 children were screened.')).toEqual([]);
    expect(vuq('The 2019-20 season saw 3,000 people displaced in Ostra.')).toEqual([[3000, 'person', 'exact']]);
  });
});

describe('lists of damage and of places, from disaster agencies’ bulletins', () => {
  it('reads "10 damaged bridges" as bridges after a count of houses, not as more houses', () => {
    expect(vuq('In Ostra there are 4,857 submerged houses, 10 damaged bridges and 12 damaged schools.')).toEqual([
      [4857, 'house', 'exact'],
      [12, 'school', 'exact'],
    ]);
  });
  it('gives every number of "recorded 52, 34, and 3 injuries, respectively" the noun after the last', () => {
    expect(vuq('Ostra, Pell and Kessa recorded 52, 34, and 3 injuries, respectively.')).toEqual([
      [52, 'person', 'exact'],
      [34, 'person', 'exact'],
      [3, 'person', 'exact'],
    ]);
  });
  it('reads "reported casualties as follows: Ostra (58), Pell (26)" as people in each place', () => {
    expect(vuq('The other regions reported casualties as follows: Ostra (58), Pell (26) and Kessa (9).')).toEqual([
      [58, 'person', 'exact'],
      [26, 'person', 'exact'],
      [9, 'person', 'exact'],
    ]);
  });
});

describe('money and relief items written together, and a level a count is likely to reach', () => {
  it('reads "3,512,000Swiss Francs" (no space) as CHF and "41,000 dry food packages" as food packs', () => {
    expect(vuq('IFRC launches an appeal for 3,512,000Swiss Francs for Ostra.')).toEqual([[3512000, 'CHF', 'exact']]);
    expect(vuq('WFP distributed 41,000 dry food packages in Ostra.')).toEqual([[41000, 'food-pack', 'exact']]);
  });
  it('reads "the number is likely to reach 2.3 million" as people after a count of people, a projection to review, no one targeted', () => {
    const r = run('Floods in Ostra\n\nIn Ostra, 1.7 million people would be food insecure and the number is likely to reach 2.3 million next year.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [1700000, 'person', 'exact'],
      [2300000, 'person', 'exact'],
    ]);
    expect(r.draft.figures[1]!.notes).toMatch(/a projection \('likely to reach'\): a level foreseen, not reached/);
    expect(r.candidates.map((c) => c.indicator)).not.toContain('people-targeted');
  });
});

describe('a time said after a number', () => {
  it('does not read "2.3 million next year" as a duration of years', () => {
    expect(vuq('In Ostra, 1.7 million people are food insecure and the number is expected to reach 2.3 million next year.').map((f) => f[1])).toEqual(['person', 'person']);
  });
});

describe('held-out set 43: a range of one scale, a source year, "approx." glued on, a cut of rations', () => {
  it('reads "1.3 to 4 million cases" as one range of millions', () => {
    const r = run('Floods in Ostra\n\nWHO estimated that there were 1.3 to 4 million cases of cholera in Ostra each year.');
    expect(r.candidates.map((c) => [c.value, c.high, c.unit, c.qualifier])).toEqual([[1300000, 4000000, 'person', 'range']]);
  });
  it('does not read the year of "Source: 2021 Global Humanitarian Overview" as an item of a list of places', () => {
    expect(vuq('14.4 million people in need in Ostra (3.5 m) and Pell (5.9 m) Source: 2021 Global Humanitarian Overview').map((f) => f[0])).toEqual([14400000, 3500000, 5900000]);
  });
  it('reads "approx.13,000 people" with no space after the abbreviation', () => {
    expect(vuq('Provision of hygiene kits in Ostra to approx.13,000 people.')).toEqual([[13000, 'person', 'approximately']]);
  });
  it('drafts no share from "reduced rations, by up to 54 percent": a cut, not a share', () => {
    expect(vuq('Offices in Ostra are providing reduced rations, by up to 54 percent.')).toEqual([]);
  });
});

describe('a clause of its own that ends a span dates the figures after it', () => {
  it('dates "Since ... on 2 October 2022, to 6 November 2022, the Ministry reported 6,814 suspected cases" by 6 November', () => {
    const r = run('Cholera in Ostra\n\nSince the confirmation of two cases on 2 October 2022, to 6 November 2022, the Ministry of Health reported a total of 6,814 suspected cases in Ostra.', { published: '2022-11-08' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [2, '2022-10-02'],
      [6814, '2022-11-06'],
    ]);
  });
});

describe('European decimals the draft can now quote', () => {
  it('drafts "CHF 31.182.840,00" and "3,6 tons", whose quotes humfig-facts/1 now checks', () => {
    expect(vuq('The appeal for Ostra seeks CHF 31.182.840,00 to assist people.')).toEqual([[31182840, 'CHF', 'exact']]);
    expect(vuq('WFP distributed 3,6 tons of food in Ostra.')).toEqual([[3.6, 't', 'exact']]);
  });
});

describe('a number in words and digits', () => {
  it('reads "Six thousand 739 families" as 6,739 households', () => {
    expect(vuq('Six thousand 739 families chose to receive financial assistance in Ostra.')).toEqual([[6739, 'household', 'exact']]);
  });
});

describe('the independent review of round fourteen: where the new rules must not fire', () => {
  it('leaves out a dash range whose upper end has a scale word ("700,000 – 1 million people"), as before', () => {
    expect(vuq('Some 700,000 – 1 million people were displaced by the floods in Ostra.')).toEqual([]);
    expect(vuq('The response in Ostra needs US$ 500,000 – 1 million for shelter.')).toEqual([]);
  });
  it('takes no year and no amount of money for the subject of "will be" or "would be needed"', () => {
    expect(vuq('Some 3.4 million people in Ostra are in need. 2024 will be a critical year for partners.')).toEqual([[3400000, 'person', 'approximately']]);
    expect(vuq('The appeal for Ostra seeks US$ 2 billion to assist 5 million people; 500 million would be needed for food alone.').map((f) => f[1])).toEqual(['USD', 'person']);
  });
  it('reads no range of one scale after "by" ("cut by 1.2 to 3.4 billion dollars": a change)', () => {
    expect(vuq('Funding requirements for Ostra were cut by 1.2 to 3.4 billion dollars.')).toEqual([[3400000000, 'USD', 'exact']]);
  });
  it('reads "to" and a name as a destination only after a verb of movement', () => {
    expect(vuq('WHO reported 450 cases in Ostra and 120 to Pell’s Ministry of Health.')).toEqual([[450, 'person', 'exact']]);
    expect(vuq('Of 350 schools assessed in Ostra, 120 were damaged and 45 to Level 3 standards.')).toEqual([
      [350, 'school', 'exact'],
      [120, 'school', 'exact'],
    ]);
  });
  it('keeps "N of them" after a count of people, though a count of places comes between', () => {
    expect(vuq('The floods displaced 30,000 people in 14 municipalities, 12,000 of them in Ostra.')).toEqual([
      [30000, 'person', 'exact'],
      [12000, 'person', 'exact'],
    ]);
  });
});

describe('held-out set 44: a dash after "between", the number of injured', () => {
  it('reads "between 25,000 -30,000 people" as a range; "6-59 months" and "1,200 - 3,400 children" stay out', () => {
    const r = run('Floods in Ostra\n\nLocal authorities in Ostra estimate that between 25,000 -30,000 people have fled the fighting.');
    expect(r.candidates.map((c) => [c.value, c.high, c.unit, c.qualifier])).toEqual([[25000, 30000, 'person', 'range']]);
    expect(vuq('In Ostra, 1,200 - 3,400 children were screened.')).toEqual([]);
  });
  it('reads "The number of injured has meanwhile risen to 799" as people, and "the number of affected districts rose to 12" as nothing', () => {
    expect(vuq('In Ostra, 223 people died. The number of injured has meanwhile risen to 799.')).toEqual([
      [223, 'person', 'exact'],
      [799, 'person', 'exact'],
    ]);
    expect(vuq('The number of affected districts in Ostra rose to 12.')).toEqual([]);
  });
});

describe('held-out set 45: an outbreak snapshot and a floods report', () => {
  it('reads "8,372 suspected and 163 confirmed cases" as two counts of cases', () => {
    expect(vuq('By 3 October, 8,535 cholera cases (8,372 suspected and 163 confirmed cases) had been reported in Ostra.')).toEqual([
      [8535, 'person', 'exact'],
      [8372, 'person', 'exact'],
      [163, 'person', 'exact'],
    ]);
  });
  it('reads "98 per cent (8,341) of all cases" as the count the share stands for', () => {
    expect(vuq('Ostra is the epicentre, accounting for 98 per cent (8,341) of all cases.')).toEqual([
      [98, 'percent', 'exact'],
      [8341, 'person', 'exact'],
    ]);
  });
  it('reads "The most affected suburbs in Ostra are Pell (3,900), Kessa (2,300)" as people in each', () => {
    expect(vuq('The most affected suburbs in Ostra are Pell (3,900), Kessa (2,300) and Dune (112).').map((f) => [f[0], f[1]])).toEqual([
      [3900, 'person'],
      [2300, 'person'],
      [112, 'person'],
    ]);
  });
  it('reads "and 3 937 wholly destroyed" after houses as houses, and "nearly 3 million face" after a count of people as people', () => {
    expect(vuq('In Ostra, 8 039 houses were partially destroyed and 3 937 wholly destroyed.')).toEqual([
      [8039, 'house', 'exact'],
      [3937, 'house', 'exact'],
    ]);
    expect(vuq('In Ostra, 6.2 million people are in need. Of these, nearly 3 million face a food crisis.')).toEqual([
      [6200000, 'person', 'exact'],
      [3000000, 'person', 'nearly'],
    ]);
  });
});

describe('the second review of round fourteen: where the newest rules must not fire', () => {
  it('reads no year range after "between" ("Between 2015-16, 400 families"), nor "12 - 15, 300"', () => {
    expect(vuq('Between 2015-16, 400 families were displaced in Ostra.')).toEqual([[400, 'household', 'exact']]);
    expect(vuq('Between 12 - 15, 300 people arrived each day in Ostra.')).toEqual([[300, 'person', 'exact']]);
  });
  it('quotes the whole of "Between 25,000 - 30,000 people"', () => {
    const r = run('Floods in Ostra\n\nBetween 25,000 - 30,000 people were displaced in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.high, c.quote])).toEqual([[25000, 30000, 'Between 25,000 - 30,000 people were displaced in Ostra.']]);
  });
  it('joins no "Two thousand 50 kg bags": the digits belong to the unit', () => {
    expect(vuq('Two thousand 50 kg bags of maize were distributed in Ostra.').map((f) => f[0])).not.toContain(2050);
    expect(vuq('Two thousand 50 kg bags of maize were distributed in Ostra.').map((f) => f[0])).toEqual([]);
  });
  it('takes no year, no money and no camp for the subject of "face"', () => {
    expect(vuq('Some 3.4 million people in Ostra are in need. 2023 faced a record drought.')).toEqual([[3400000, 'person', 'approximately']]);
    expect(vuq('Of the US$ 200 million requested for Ostra, 150 million face a shortfall.')).toEqual([[200000000, 'USD', 'exact']]);
    expect(vuq('In Ostra, 1,200 people are displaced. Residents of Camp 3 face water shortages.')).toEqual([[1200, 'person', 'exact']]);
  });
  it('reads no decimal comma in "killed 3,6 and 9 people": a list', () => {
    expect(vuq('Shelling killed 3,6 and 9 people in three attacks on Ostra.')).toEqual([[9, 'person', 'exact']]);
  });
  it('reads no year and no count of something else as the people of "the most affected districts"', () => {
    expect(vuq('The most affected districts in Ostra are Pell (2019), Kessa (2020).')).toEqual([]);
    expect(vuq('The most affected districts, by the number of damaged schools, are Pell (12), Kessa (7) and Dune (3).')).toEqual([]);
  });
  it('reads no year, no rate and no homes as the count of "N per cent (M) of all cases"', () => {
    expect(vuq('Ostra accounted for 40 per cent (2019) of all cases.')).toEqual([[40, 'percent', 'exact']]);
    expect(vuq('A CFR of 2.1 per cent (45) of cases was recorded in Ostra.')).toEqual([[2.1, 'percent', 'exact']]);
    expect(vuq("About 30 per cent (1,200) of the people's homes in Ostra were damaged.")).toEqual([[30, 'percent', 'approximately']]);
  });
  it('gives "120 confirmed and 15 deaths" no shared noun: a kind of case needs the same kind after "and"', () => {
    expect(vuq('Ostra has reported 120 confirmed and 15 deaths since May.')).toEqual([[15, 'person', 'exact']]);
  });
  it('still reads "Number of displaced rises to 30,000" and "The number of injured rises to 799"', () => {
    expect(vuq('Number of displaced rises to 30,000 in Ostra.')).toEqual([[30000, 'person', 'exact']]);
    expect(vuq('The number of injured rises to 799 in Ostra.')).toEqual([[799, 'person', 'exact']]);
  });
});

describe('held-out set 46: an IPC phase is no count; "N who are not registered"', () => {
  it('reads no count from "IPC 5" and "IPC 4" after counts of people in them', () => {
    expect(vuq('The IPC projection indicates about 26 million people in Ostra in IPC 3+, including 755,000 in IPC 5, approximately 8.5 million in IPC 4.').map((f) => f[0])).toEqual([26000000, 755000, 8500000]);
  });
  it('reads "some 100,000 who are not registered" as people after a count of people', () => {
    expect(vuq('Some 5,000 Syrians have registered in Ostra. Pell estimates that it has some 100,000 who are not registered.')).toEqual([
      [5000, 'person', 'approximately'],
      [100000, 'person', 'approximately'],
    ]);
  });
});

describe('held-out set 47: evacuation shelters, and Home Guards who are no homes', () => {
  it('reads "726 evacuation shelters" as evacuation centres and drafts nothing from "1349 Home Guards"', () => {
    expect(vuq('In Ostra, 726 evacuation shelters are open.')).toEqual([[726, 'evacuation-centre', 'exact']]);
    expect(vuq('In Ostra, 1349 Home Guards and 690 Police personnel deployed.')).toEqual([]);
  });
});

describe('the third review: phases and grades between a count and its noun, and no year before "who"', () => {
  it('reads "2,000 IPC 3 households" as 2,000 households and "1,500 Grade 5 children" as 1,500 people', () => {
    expect(vuq('About 2,000 IPC 3 households need support in Ostra.')).toEqual([[2000, 'household', 'approximately']]);
    expect(vuq('Some 1,500 Grade 5 children missed exams in Ostra.')).toEqual([[1500, 'person', 'approximately']]);
  });
  it('takes no year for the subject of "who are"', () => {
    expect(vuq('In Ostra, in total 2024 who are displaced people numbered 50,000.').map((f) => f[0])).not.toContain(2024);
    // (the people "numbered 50,000" are a count of their own, read since round 26)
    expect(vuq('In Ostra, in total 2024 who are displaced people numbered 50,000.')).toEqual([[50000, 'person', 'exact']]);
  });
});

describe('a list by place after a colon, the people named before it', () => {
  it('reads "the latest figures of registered refugees in each country are: Ostra, 154,387; Pell, 142,664" as refugees in each', () => {
    expect(vuq('The latest figures of registered refugees in each country are: Ostra, 154,387; Pell, 142,664; and Kessa, 11,740.')).toEqual([
      [154387, 'person', 'exact'],
      [142664, 'person', 'exact'],
      [11740, 'person', 'exact'],
    ]);
  });
  it('reads no list where the colon follows no figures of people ("The schedule: Ostra, 2024")', () => {
    expect(vuq('The schedule for Ostra is: Pell, 1200; Kessa, 1300.')).toEqual([]);
  });
});

describe('held-out set 49: a bare crown, read by the country the text names', () => {
  it('reads "kroner" as DKK in a Danish text and NOK in a Norwegian one, "kronor" as SEK in a Swedish one', () => {
    expect(vuq('The Danish government has set aside 118 million kroner for Ostra.')).toEqual([[118000000, 'DKK', 'exact']]);
    expect(vuq('Norway will give 30 million kroner to the response in Ostra.')).toEqual([[30000000, 'NOK', 'exact']]);
    expect(vuq('Sweden has allocated 50 million kronor for Ostra.')).toEqual([[50000000, 'SEK', 'exact']]);
  });
  it('says so in the figure\'s notes, and drafts no crown where no country says which', () => {
    const r = run('Floods in Ostra\n\nThe Danish government has set aside 118 million kroner for Ostra.');
    expect(JSON.stringify(r.draft.figures[0])).toContain("currency DKK read from 'kroner'");
    expect(vuq('The fund gives 10 million kroner to the response in Ostra.')).toEqual([]);
  });
  it('reads neither crown where the text names two countries of it, and takes no refugee council for its country', () => {
    // (round 28: a crown country named in the amount's own clause decides it, so these name the givers apart)
    expect(vuq('Sweden and Iceland gave aid to Ostra. The first pledge of 50 million kronor came in May; 20 million kronur followed.')).toEqual([]);
    expect(run('Floods in Ostra\n\nDenmark and Norway gave aid. The pledge of 30 million kroner goes to Ostra.').notes.join(' ')).toContain("a bare 'kroner' is not read: the text names two countries");
    expect(vuq('The Norwegian Refugee Council warned that aid to Ostra is falling. Denmark pledged 50 million kroner for Ostra.')).toEqual([[50000000, 'DKK', 'exact']]);
  });
});

describe('held-out set 48: a dateline of two cities is no photo caption', () => {
  it('reads the figures of "OSTRA/PELL, 3 May 2024 – ..." and still takes "UNICEF/Smith" for a credit', () => {
    expect(vuq('OSTRA/PELL, 3 May 2024 – Floods have displaced 12,000 people in Ostra.')).toEqual([[12000, 'person', 'exact']]);
    expect(vuq('UNICEF/Smith Children wait for 400 food parcels in Ostra.')).toEqual([]);
    expect(vuq('UNICEF/Smith, 2019 Children wait for 400 food parcels in Ostra.')).toEqual([]);
  });
});

describe('held-out set 48: statuses with commas, a number of fatalities, the patients a sentence opens with', () => {
  it('reads "17,942 confirmed, probable and suspected cases" as people, quoting the whole noun phrase', () => {
    const r = run('Floods in Ostra\n\nThere has been a total of 17,942 confirmed, probable and suspected cases of cholera in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.quote])).toEqual([[17942, 'person', 'There has been a total of 17,942 confirmed, probable and suspected cases']]);
  });
  it('reads "the number of dengue fatalities ... has now crossed 600" as more than 600 people', () => {
    expect(vuq('In Ostra the number of dengue fatalities has now crossed 600.')).toEqual([[600, 'person', 'more-than']]);
  });
  it('reads "Of the new patients, 982 were admitted" as 982 people, but not "Of the districts, 12 were flooded"', () => {
    expect(vuq('Of the new patients, 982 were admitted to hospitals in Ostra.')).toEqual([[982, 'person', 'exact']]);
    expect(vuq('Of the districts, 12 were flooded in Ostra.')).toEqual([]);
    expect(vuq('Of the patients, 2023 were admitted in Ostra.')).toEqual([]);
  });
  it('reads one number written "17, 541" before a noun with a word between as 17541', () => {
    expect(vuq('As many as 17, 541 cholera cases have been reported in Ostra.')).toEqual([[17541, 'person', 'up-to']]);
  });
  it('reads "Three out of every five children" as 60 percent, and the quote check finds it', () => {
    expect(vuq('Three out of every five children not vaccinated live in Ostra.')).toEqual([[60, 'percent', 'exact']]);
  });
});

describe('held-out sets 50 and 51: currency names before amounts, levels since a day, parts of a counted whole', () => {
  it('reads "Euros 3.34 million" as EUR and "In June Pounds 2 million" as GBP, but not "Sierra Leone 2 304 622" as leones', () => {
    expect(vuq('The Federation is appealing for Euros 3.34 million for Ostra.')).toEqual([[3340000, 'EUR', 'exact']]);
    expect(vuq('In June Pounds 2 million was given to Ostra.')).toEqual([[2000000, 'GBP', 'exact']]);
    expect(vuq('Cases by country: Sierra Leone 2 304 622.').map(([, u]) => u)).not.toContain('SLE');
  });
  it('reads no currency from a capitalised word before a count: "All 300 residents", "Lira 40 families", "Córdoba 12,500 people", "Top 3"', () => {
    expect(vuq('All 300 residents of the village in Ostra were evacuated.')).toEqual([[300, 'person', 'exact']]);
    expect(vuq('Lira 40 families were displaced in Ostra.')).toEqual([[40, 'household', 'exact']]);
    expect(vuq('Flood-affected departments of Ostra: Córdoba 12,500 people; Sucre 3,000 people.').map(([, u]) => u)).toEqual(['person', 'person']);
    expect(vuq('In Ostra, the Top 3 needs are water and food; 2,000 people fled.').map(([v, u]) => [v, u])).toEqual([[2000, 'person']]);
  });
  it('reads "cases since March 1 stood at 24,849" and "deaths due to heatstroke were recorded at 46" as people', () => {
    expect(vuq('In Ostra the suspected cases since March 1 stood at 24,849.')).toEqual([[24849, 'person', 'exact']]);
    expect(vuq('In Ostra, deaths due to heatstroke were recorded at 46.')).toEqual([[46, 'person', 'exact']]);
  });
  it('reads "650,000 of the estimated 1.2 million displaced people" and "45 of the 120 schools" as parts counted as the whole is (the schools\' whole a stock)', () => {
    const r = run('Floods in Ostra\n\nWFP delivered food to 650,000 of the estimated 1.2 million displaced people in Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [650000, 'person', 'exact'],
      [1200000, 'person', 'approximately'],
    ]);
    // (the part says it is one: its indicator is the whole's words, to review)
    expect(r.draft.figures[0]!.notes).toContain("a part ('of the estimated 1.2 million displaced people'): check what the part counts, and its indicator");
    // (round 21: the whole of things a part is counted of is their stock, as a held-out labeller took
    // "31 of 54 hospitals", and is noted, not drafted; people are still drafted as the whole is)
    expect(vuq('In Ostra, 45 of the 120 schools were damaged.').map(([v, u]) => [v, u])).toEqual([[45, 'school']]);
  });
  it('still reads "2,500 displaced learners" and "4,000 refugee youths" as people', () => {
    expect(vuq('UNICEF supported 2,500 displaced learners in Ostra.').map(([v, u]) => [v, u])).toEqual([[2500, 'person']]);
    expect(vuq('Aid reached 4,000 refugee youths in Ostra.').map(([v, u]) => [v, u])).toEqual([[4000, 'person']]);
  });
  it('reads no level from "cases were recorded at 9 am" nor "deaths were reported at 14 of the 20 sites"', () => {
    expect(vuq('In Ostra, cases were recorded at 9 am on Monday.')).toEqual([]);
    expect(vuq('In Ostra, deaths were reported at 14 of the 20 sites.')).toEqual([]);
  });
  it('drafts nothing from "dozens of aftershocks prompted terrified residents" nor from "the three Ostra refugee camps ... meant to cater for 90,000 refugees"', () => {
    expect(vuq('Dozens of aftershocks prompted terrified residents of Ostra to sleep in parks.')).toEqual([]);
    expect(vuq('The three Ostra refugee camps were originally meant to cater for 90,000 refugees.')).toEqual([]);
    // (a known noun after the unknown plural still counts: "4.9 million metrics tons")
    expect(vuq('Production in Ostra was 4.9 million metrics tons.').map(([v, u]) => [v, u])).toEqual([[4900000, 't']]);
  });
});

describe('a CFA franc by the country named, French scales, and count nouns in French, Spanish and Portuguese', () => {
  it('reads "5 billion CFA francs" as XAF in a Cameroonian text and "120 000 FCFA" as XOF in a Malian one', () => {
    expect(vuq('The Government of Cameroon released 5 billion CFA francs for Ostra.')).toEqual([[5000000000, 'XAF', 'exact']]);
    expect(vuq('In Mali, ACF will make transfers of 120 000 FCFA in Ostra.')).toEqual([[120000, 'XOF', 'exact']]);
  });
  it('reads "3,15 milliards de FCFA" and "328 millions FCFA" in a French text of Mali', () => {
    expect(vuq('Au Mali, la France apporte 3,15 milliards de FCFA à Ostra, dont 328 millions FCFA pour ACF.')).toEqual([
      [3150000000, 'XOF', 'exact'],
      [328000000, 'XOF', 'exact'],
    ]);
  });
  it('drafts no CFA franc where no country of either franc is named', () => {
    expect(vuq('The fund released 5 billion CFA francs for Ostra.')).toEqual([]);
  });
  it('reads "6 500 personnes", "1.200 familias" and "35 muertos" as people and households', () => {
    expect(vuq('À Ostra, 6 500 personnes ont été déplacées.')).toEqual([[6500, 'person', 'exact']]);
    expect(vuq('En Ostra las lluvias dejaron 1.200 familias damnificadas y 35 muertos.')).toEqual([
      [1200, 'household', 'exact'],
      [35, 'person', 'exact'],
    ]);
  });
});

describe("a key figure's spaced M after a label's colon", () => {
  it('reads "People in need: 134.0 M" as 134 million people, and the quote check finds it', () => {
    expect(run('Key figures\n\nPeople in need: 134.0 M\n\nPeople to receive aid: 96.2 M\n').candidates.map((c) => [c.value, c.unit])).toEqual([
      [134000000, 'person'],
      [96200000, 'person'],
    ]);
  });
});

describe('held-out set 52: a difference from another time is no figure', () => {
  it('drafts nothing from "$2 billion higher than last year" nor "$1.4 billion more received this year than last"', () => {
    expect(vuq('For Ostra, requirements are $2 billion higher than last year, with $1.4 billion more received this year than last.')).toEqual([]);
  });
  it('still drafts "12,000 people were displaced, more than last year"', () => {
    expect(vuq('In Ostra 12,000 people were displaced, more than last year.')).toEqual([[12000, 'person', 'exact']]);
  });
});

describe('held-out set 53: things transported, and no count of households taken across a noun', () => {
  it('reads "transported 1,000 ready-to-eat meals" as meals, not as households named earlier in the sentence', () => {
    expect(vuq('In Ostra the agency is assessing the number of affected households and has transported 1,000 ready-to-eat meals to shelters.').map(([v, u]) => [v, u])).toEqual([[1000, 'meal']]);
  });
});

describe('the second review of round fifteen: where the newest rules must not fire', () => {
  it('reads no scale from English "millions of" after a year, and no money from a bare CFA before a noun', () => {
    expect(vuq('In 2023 millions of people were displaced in Ostra.').map(([v]) => v)).not.toContain(2023000000);
    expect(vuq('In Niger, WFP supported 12,000 CFA beneficiaries in Ostra.')).toEqual([[12000, 'person', 'exact']]);
    expect(vuq('In Niger, 12,000 CFA households received transfers in Ostra.')).toEqual([[12000, 'household', 'exact']]);
  });
  it('reads people after a singular that describes no place ("child labourers", "refugee caregivers")', () => {
    expect(vuq('In Ostra, 4,000 child labourers were identified.')).toEqual([[4000, 'person', 'exact']]);
    expect(vuq('Aid reached 4,000 refugee caregivers in Ostra.')).toEqual([[4000, 'person', 'exact']]);
  });
  it('keeps a figure followed by a span of time ("fled more than a week ago") and reads no level at a time of day', () => {
    expect(vuq('In Ostra, some 5,000 fled more than a week ago and have not returned.')).toEqual([[5000, 'person', 'approximately']]);
    expect(vuq('In Ostra, deaths were reported at 8 in the evening.')).toEqual([]);
    expect(vuq('In Ostra, the first deaths were reported at 8 on Monday morning.')).toEqual([]);
  });
  it('reads no currency from a singular that names places too, and no million from a sex column\'s M', () => {
    expect(vuq('Floods in Honduras: Lempira 3.5 million; Copán 2 million.')).toEqual([]);
    expect(run('Ostra by sex\n\nChildren under 5 in Ostra: 1,203 M\nChildren under 5 in Ostra: 1,190 F\n').candidates.map((c) => c.value)).not.toContain(1203000000);
  });
  it('takes no country from the Niger River or Lake Chad for the CFA franc, and a dated credit with no dash stays a credit', () => {
    expect(vuq('Lake Chad Basin: in Niger, 50 million CFA francs were given in Ostra.')).toEqual([[50000000, 'XOF', 'exact']]);
    expect(vuq('UNICEF/Smith, 13 May 2019 Children wait for 400 food parcels in Ostra.')).toEqual([]);
  });
});

describe('held-out sets 54 and 55: relief carried, doses shipped, kits of their own kind', () => {
  it('reads the items a flight will carry and the supplies a list includes', () => {
    expect(vuq('The six new aid flights to Ostra will carry supplies including 22,000 plastic sheets, 23,000 tarpaulins, 3,000 cooking sets and 17,000 blankets.').map(([v, u]) => [v, u])).toEqual([
      [22000, 'tarpaulin'],
      [23000, 'tarpaulin'],
      [3000, 'kitchen-set'],
      [17000, 'blanket'],
    ]);
    expect(vuq('Relief items for Ostra include 5,000 blankets and 2,000 jerrycans.').map(([v, u]) => [v, u])).toEqual([
      [5000, 'blanket'],
      [2000, 'jerrycan'],
    ]);
  });
  it('reads vaccine doses shipped, arriving or made available', () => {
    expect(vuq('Ostra received the first shipment of 99,100 doses of mpox vaccine.').map(([v, u]) => [v, u])).toEqual([[99100, 'dose']]);
    expect(vuq('An additional 100,900 doses are arriving in Ostra this Saturday.').map(([v, u]) => [v, u])).toEqual([[100900, 'dose']]);
    expect(vuq('By the end of the week, a total of 200,000 doses will be available in Ostra.').map(([v, u]) => [v, u])).toEqual([[200000, 'dose']]);
  });
  it('keeps kits of another kind apart from the kind named before them ("hygiene kits, 14,471 water kits")', () => {
    expect(vuq('Partners in Ostra hold stocks (33,871 hygiene kits, 14,471 water kits and 2,000 kits of soap).').map(([v, u]) => [v, u])).toEqual([
      [33871, 'hygiene-kit'],
      [14471, 'kit'],
      [2000, 'hygiene-kit'],
    ]);
  });
});

describe('held-out sets 54 and 55: people with the noun left out', () => {
  it('reads "the number of injured crossed 22,000" as more than that many people', () => {
    expect(vuq('In Ostra, the reports said the number of injured crossed 22,000.')).toEqual([[22000, 'person', 'more-than']]);
    expect(vuq('In Ostra, the number of displaced surpassed 5,000.')).toEqual([[5000, 'person', 'more-than']]);
  });
  it('reads "Injuries are estimated at 20,000" and "Deaths stand at 5,136" as people', () => {
    expect(vuq('Injuries in Ostra are estimated at 20,000 and up to 200,000 people need shelter.')).toEqual([
      [20000, 'person', 'approximately'],
      [200000, 'person', 'up-to'],
    ]);
    expect(vuq('Deaths in Ostra now stand at 5,136.')).toEqual([[5136, 'person', 'exact']]);
  });
  it('reads a bare number before "affected" or "afflicted" at a clause end as people', () => {
    expect(vuq('Over 1,290 lives lost in Ostra. Over 33 million affected, including over 6.4 million in dire need of aid.').map(([v, u, q]) => [v, u, q])).toContainEqual([33000000, 'person', 'more-than']);
    expect(vuq('In Ostra: 29 people dead, about 500 injured, more than 30,000 afflicted and 3,000 houses destroyed.').map(([v, u]) => [v, u])).toEqual([
      [29, 'person'],
      [500, 'person'],
      [30000, 'person'],
      [3000, 'house'],
    ]);
  });
  it('does not read "affected" that describes a noun after it', () => {
    expect(vuq('In Ostra, 12 affected districts reported damage.')).toEqual([]);
  });
});

describe('held-out set 55: pesos by the country the text names', () => {
  it('reads "10 million pesos" in a text of Mexico as MXN, and in a text of the Philippines as PHP', () => {
    expect(vuq('The damage in Mexico amounts to 10 million pesos (almost one million U.S. dollars).').map(([v, u]) => [v, u])).toEqual([[10000000, 'MXN']]);
    expect(vuq('Damage to agriculture in the Philippines reached 50 million pesos.').map(([v, u]) => [v, u])).toEqual([[50000000, 'PHP']]);
  });
  it('reads no currency from "pesos" where the text names no peso country, or two', () => {
    expect(vuq('Damage in Ostra reached 50 million pesos.')).toEqual([]);
    expect(vuq('Mexico gave 5 million pesos and Colombia 2 million pesos to Ostra.')).toEqual([]);
  });
});

describe('held-out set 55: a bare $ of a publisher that names its country by its news agency', () => {
  it('reads "$1 million" as NZD where the publisher is "Otago Daily Times (NZPA)"', () => {
    expect(vuq('The New Zealand Government has pledged an initial $1 million in aid for Ostra.', { publisher: 'Otago Daily Times (NZPA)' })).toEqual([[1000000, 'NZD', 'exact']]);
  });
  it('reads "$119 million" as CAD where the publisher is the CBC', () => {
    expect(vuq('Canada will provide $119 million to help people in Ostra.', { publisher: 'CBC (via Times of News)' })).toEqual([[119000000, 'CAD', 'exact']]);
  });
  it('reads a bare "$" as the dollar of the city a newspaper publisher names ("The Canberra Times (AAP)", "Toronto Star")', () => {
    expect(vuq('The government has pledged $5 million in aid for Ostra.', { publisher: 'The Canberra Times (AAP)' })).toEqual([[5000000, 'AUD', 'exact']]);
    expect(vuq('Ottawa will match donations of up to $10 million for Ostra.', { publisher: 'Toronto Star' }).map(([v, u]) => [v, u])).toEqual([[10000000, 'CAD']]);
    expect(vuq('Wellington pledged $2 million in aid for Ostra.', { publisher: 'Otago Daily Times' }).map(([v, u]) => [v, u])).toEqual([[2000000, 'NZD']]);
  });
  it('keeps "$1 million" USD where the publisher names no dollar country', () => {
    expect(vuq('The New Zealand Government has pledged an initial $1 million in aid for Ostra.', { publisher: 'UN OCHA' })).toEqual([[1000000, 'USD', 'exact']]);
  });
});

describe('held-out sets 54 and 55: key figures with no colon, units of houses, a target population', () => {
  it('reads a key figure\'s line "Total People Reached (August 2019) 73,901", its label and number alone on it', () => {
    expect(run('WASH in Ostra\n\nTotal People Reached (August 2019) 73,901\n\nNo of Partners Responded 27\n').candidates.map((c) => [c.value, c.unit])).toEqual([[73901, 'person']]);
  });
  it('reads no bare label in a line that goes on after its number, and no baseline ("Population 9,500,000")', () => {
    expect(run('Ostra\n\nPopulation 9,500,000\n').candidates).toEqual([]);
    expect(run('Ostra\n\nTotal People Reached 73,901 in the district of Ostra since the start of the floods in the north\n').candidates.map((c) => c.value)).not.toContain(73901);
  });
  it('reads "67,875 units of houses damaged" as houses', () => {
    expect(vuq('In Ostra, 67,875 unit of houses were damaged.')).toEqual([[67875, 'house', 'exact']]);
  });
  it('reads "the total target population of 11.9 million" and "the refugee population of 700,000" as people, but not a town\'s population', () => {
    expect(vuq('In Ostra 4.3 million people were assisted out of the total target population of 11.9 million.').map(([v, u]) => [v, u])).toEqual([
      [4300000, 'person'],
      [11900000, 'person'],
    ]);
    expect(vuq('Ostra, a town with a population of 400,000, was hit.')).toEqual([]);
  });
});

describe('held-out set 57: people a verb of aid serves, community members, a possessive in "the number of"', () => {
  it('reads "has been feeding 4.6 million" and "assisting more than 120,000 across Ostra" as people', () => {
    expect(vuq('To date, WFP has been feeding 4.6 million in Ostra.')).toEqual([[4600000, 'person', 'exact']]);
    expect(vuq('The agency is assisting more than 120,000 across Ostra.')).toEqual([[120000, 'person', 'more-than']]);
  });
  it('reads no people after a verb of aid where a noun of its own follows, nor a year', () => {
    expect(vuq('The agency supported 20 health facilities in Ostra.')).toEqual([[20, 'health-facility', 'exact']]);
    expect(vuq('Ostra hosted 2019 delegates.').map(([v]) => v)).not.toContain(2019);
  });
  it('reads "336,000 host community members" and "1,200 household members" as people', () => {
    expect(vuq('In Ostra, 336,000 host community members need aid.')).toEqual([[336000, 'person', 'exact']]);
    expect(vuq('In Ostra, 1,200 household members were displaced.')).toEqual([[1200, 'person', 'exact']]);
  });
  it('reads "the number of Ostra\'s youngest children ... increased from 386,000 to 513,550" as children', () => {
    expect(vuq("The number of Ostra's youngest children who are expected to suffer severe acute malnutrition has now increased from 386,000 to 513,550.")).toEqual([
      [386000, 'person', 'exact'],
      [513550, 'person', 'exact'],
    ]);
  });
});

describe('held-out set 56: peoples, "-plus", people living in wagons, a vague headline', () => {
  it('reads "161,000 Chechens" as people and "the 160,000-plus individuals" as more than 160,000', () => {
    expect(vuq('Of this number 161,000 Chechens had been registered in Ostra.')).toEqual([[161000, 'person', 'exact']]);
    expect(vuq('Operations may displace people beyond the 160,000-plus individuals currently in Ostra.')).toEqual([[160000, 'person', 'more-than']]);
  });
  it('reads "21,000 living in railway wagons and tented camps" as people, not "300 living in the capital"', () => {
    expect(vuq('In Ostra, 21,000 living in railway wagons and tented camps need help.')).toEqual([[21000, 'person', 'exact']]);
    expect(vuq('In Ostra, 300 living in the capital.')).toEqual([]);
  });
  it('keeps a vague headline apart from a number of the same value in the body ("thousands" and "Over 1,000")', () => {
    const r = run('ICRC assists thousands displaced in Ostra\n\nOver 1,000 civilians have been killed in Ostra since January.\n');
    expect(r.candidates.map((c) => [c.value, c.qualifier])).toEqual([
      [1000, 'at-least'],
      [1000, 'more-than'],
    ]);
  });
});

describe('held-out set 59: bags handed out, people evacuated during a disaster, no toll from "one of"', () => {
  it('reads "distributed 26,200 bags of maize" as bags', () => {
    expect(vuq('In Ostra they have distributed 26,200 bags of maize and 15,420 bags of rice to the affected families.').map(([v, u]) => [v, u])).toEqual([
      [26200, 'bag'],
      [15420, 'bag'],
    ]);
  });
  it('reads "over 11.54 lakh evacuated during the calamities" as people', () => {
    expect(vuq('Only 14,400 people, out of over 11.54 lakh evacuated during the calamities, were in relief camps in Ostra today.')).toEqual([
      [14400, 'person', 'exact'],
      [1154000, 'person', 'more-than'],
    ]);
  });
  it('reads no death toll from "one of" a place\'s regions between the toll and its number', () => {
    expect(vuq("The death toll from the cyclone, which destroyed crops and livestock in one of Ostra's most fertile regions, exceeded 1,000.").map(([v]) => v)).not.toContain(1);
  });
});

describe('held-out set 58: reception centres, the number of beneficiaries', () => {
  it('reads "12 reception centers" as evacuation centres and "the number of beneficiaries to 60,000" as people', () => {
    expect(vuq('In Ostra, over 2,600 people have sought shelter in 12 reception centers.').map(([v, u]) => [v, u])).toEqual([
      [2600, 'person'],
      [12, 'evacuation-centre'],
    ]);
    expect(vuq('The revised appeal for Ostra increased the number of beneficiaries to 60,000.')).toEqual([[60000, 'person', 'exact']]);
  });
});

describe('the review of round sixteen: where the newest rules must not fire', () => {
  it('carries the noun of an earlier count past a verb of aid, and reads no people from money or "in-person"', () => {
    expect(vuq('UNHCR assisted 3,000 households in Ostra and helped 2,000 in Bimo.').map(([v, u]) => [v, u])).toEqual([
      [3000, 'household'],
      [2000, 'household'],
    ]);
    expect(vuq('Germany gave EUR 5 million to Ostra and has supported 3 million in cash assistance.').map(([v, u]) => [v, u])).toEqual([[5000000, 'EUR']]);
    expect(vuq('The European Union has supported 12 million in humanitarian aid for Ostra.')).toEqual([]);
    expect(vuq('The agency in Ostra hosted 15 in-person trainings.')).toEqual([]);
  });
  it('reads no people before "affected" after a count of things, nor from "Ward 5 affected"', () => {
    expect(vuq('In Ostra, 1,200 houses were destroyed and 3,400 affected.').map(([v, u]) => [v, u])).toEqual([[1200, 'house']]);
    expect(vuq('In Ostra, Ward 5 affected by floods was cut off.')).toEqual([]);
  });
  it('reads no key figure from a hard-wrapped line whose sentence goes on below', () => {
    expect(run('Ostra\n\nHouses in the lower valley evacuated in 2\nwaves over the week.\n').candidates.map((c) => c.value)).not.toContain(2);
  });
  it('reads no people from deaths of livestock', () => {
    expect(vuq('Deaths of livestock in Ostra are estimated at 30,000.').map(([, u]) => u)).not.toContain('person');
  });
  it('gives a targeted, refugee or displaced population its own indicator, not the baseline one', () => {
    expect(run('Floods in Ostra\n\nThe refugee population of Ostra stands at 700,000.\n').candidates.map((c) => c.indicator)).toEqual(['refugees']);
    expect(run('Floods in Ostra\n\nThe total target population of Ostra is 11.9 million.\n').candidates.map((c) => c.indicator)).toEqual(['people-targeted']);
  });
  it('reads no Canadian dollar from "CBC Barbados" (a Barbadian broadcaster: its own dollar) and no Australian one from a medical academy', () => {
    expect(vuq('The fund gave $2 million to Ostra.', { publisher: 'CBC Barbados' }).map(([, u]) => u)).toEqual(['BBD']);
    expect(vuq('The fund gave $2 million to Ostra.', { publisher: 'American Academy of Pediatrics (AAP)' }).map(([, u]) => u)).toEqual(['USD']);
  });
  it('reads no relief from what a truck can carry, and no MXN from New Mexico', () => {
    expect(vuq('Each truck in Ostra can carry 400 blankets.')).toEqual([]);
    expect(vuq('Damage in New Mexico reached 5 million pesos.')).toEqual([]);
  });
});

describe('the second review of round sixteen: where the guards must not fire', () => {
  it('reads people after a verb of aid though money or a count of things came before, but not after households in the sentence', () => {
    expect(vuq('The appeal for Ostra seeks $50 million. So far WFP has been feeding 4.6 million across the region.').map(([v, u]) => [v, u])).toEqual([
      [50000000, 'USD'],
      [4600000, 'person'],
    ]);
    expect(vuq('Over 2,000 tents were delivered and UNHCR assisted 15,000 in Ostra.').map(([v, u]) => [v, u])).toEqual([
      [2000, 'tent'],
      [15000, 'person'],
    ]);
    expect(vuq('UNHCR assisted 3,000 households in Ostra and helped 2,000 in Bimo.').map(([v, u]) => [v, u])).toEqual([
      [3000, 'household'],
      [2000, 'household'],
    ]);
  });
  it('reads "affected" after a capitalised word before a number with separators ("Cyclone Leaves 30,000 Affected")', () => {
    expect(vuq('Cyclone Leaves 30,000 Affected In Ostra')).toEqual([[30000, 'person', 'exact']]);
  });
  it('reads a key figure whose next line is another key figure in lower case, and a label with a relative clause', () => {
    expect(run('Ostra\n\nPeople in need 3.4 million\nfunding required $120 million\n').candidates.map((c) => [c.value, c.unit])).toEqual([
      [3400000, 'person'],
      [120000000, 'USD'],
    ]);
    expect(run('Ostra\n\nPeople who have returned 12,000\n').candidates.map((c) => [c.value, c.unit])).toEqual([[12000, 'person']]);
  });
});

describe('held-out set 56: people streaming or flocking, a vague amount among them', () => {
  it('reads "Thousands continued to stream across the border" and "Some 2,000 streamed across" as people', () => {
    expect(vuq('Thousands continued to stream across the border into Ostra.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Some 2,000 streamed across the border into Ostra.')).toEqual([[2000, 'person', 'approximately']]);
  });
  it('reads no people from money that poured in', () => {
    expect(vuq('Millions poured into the fund for Ostra.')).toEqual([]);
  });
});

describe('the notes of round sixteen: what the draft says it did not read', () => {
  it('says that a bare "pesos" was not read where the text names two peso countries', () => {
    expect(run('Aid to Ostra\n\nMexico gave 5 million pesos and Colombia 2 million pesos to Ostra.\n').notes).toContainEqual(expect.stringContaining("a bare 'pesos' is not read: the text names two countries whose currency is the peso"));
  });
  it('says that a publisher of no dollar country overrules the dollar country a text names', () => {
    expect(run('Aid to Ostra\n\nThe New Zealand Government has pledged an initial $1 million in aid for Ostra.\n', { publisher: 'UN OCHA' }).notes).toContainEqual(
      expect.stringContaining("a bare '$' is read as USD: the publisher 'UN OCHA' is of no dollar country, and a publisher's '$' decides over the text's (New Zealand named in it)"),
    );
  });
});

describe('written numbers of round seventeen: halves and quarters of a million, vulgar fractions', () => {
  it('reads "a half-million", "a half million" and "a quarter-million" before a scale', () => {
    expect(vuq('The fighting displaced a half-million people in Ostra.')).toEqual([[500000, 'person', 'exact']]);
    expect(vuq('Nearly a quarter-million people fled Ostra.')).toEqual([[250000, 'person', 'nearly']]);
    expect(vuq('About a half million people fled Ostra.')).toEqual([[500000, 'person', 'approximately']]);
  });
  it('reads "one and a half million" and "two-and-a-half billion"', () => {
    expect(vuq('Some one and a half million people were displaced in Ostra.')).toEqual([[1500000, 'person', 'approximately']]);
    expect(vuq('The appeal for Ostra seeks US$ two-and-a-half billion.').map(([v, u]) => [v, u])).toEqual([[2500000000, 'USD']]);
  });
  it('reads a vulgar fraction after digits: "$7½ million", "2½ million people", "1¼ million"', () => {
    expect(vuq('Donors pledged US$7½ million for Ostra.').map(([v, u]) => [v, u])).toEqual([[7500000, 'USD']]);
    expect(vuq('About 2½ million people were displaced in Ostra.')).toEqual([[2500000, 'person', 'approximately']]);
    expect(vuq('Some 1¼ million people need food in Ostra.').map(([v]) => v)).toEqual([1250000]);
  });
  it('reads no half of a thing that is not a scale ("a half day")', () => {
    expect(vuq('Schools in Ostra closed for a half day.')).toEqual([]);
  });
});

describe('held-out set 62: the items of one list, each its own allocation', () => {
  it('keeps three bullets of the same amount as three figures', () => {
    const text = 'UK aid to Ostra\n\nThe package includes:\n• £2 million to help the Government of Ostra restart public services.\n• £2 million for emergency repairs to roads and bridges.\n• £2 million to UNICEF for health and education facilities.\n';
    expect(run(text).candidates.map((c) => [c.value, c.unit])).toEqual([
      [2000000, 'GBP'],
      [2000000, 'GBP'],
      [2000000, 'GBP'],
    ]);
  });
  it('still merges a highlights bullet with the body far below it that says it again', () => {
    const body = 'A paragraph that says nothing of money.';
    const text = `Ostra floods\n\n• £2 million for emergency repairs\n${body}\n• £2 million for emergency repairs to roads and bridges.\n`;
    expect(run(text).candidates.map((c) => c.value)).toEqual([2000000]);
  });
  it('still merges a highlights list and the body\'s list after a blank line that says an item again', () => {
    const text = 'Ostra floods\n\n• 120,000 people displaced by the floods\n• 45 deaths\n\n• 120,000 people displaced in Ostra and Vell districts.\n';
    expect(run(text).candidates.filter((c) => c.value === 120000)).toHaveLength(1);
  });
});

describe('held-out sets 60 to 63: dozens, shelters opened, one by one, a population of its own, currencies', () => {
  it('reads "over three-quarters of a million children" as 750,000, not a million', () => {
    expect(vuq('Measles killed over three-quarters of a million children in Ostra in 2000.')).toEqual([[750000, 'person', 'more-than']]);
  });
  it('reads "three dozen" as 36', () => {
    expect(vuq('Ostra has opened more than three dozen shelters.').map(([v, , q]) => [v, q])).toEqual([[36, 'more-than']]);
  });
  it('reads shelters opened, or that people were taken to, as evacuation centres; damaged ones stay shelters', () => {
    expect(vuq('The agency opened 37 new shelters in Ostra.')).toEqual([[37, 'evacuation-centre', 'exact']]);
    expect(vuq('Evacuees in Ostra were taken to 72 shelters.')).toEqual([[72, 'evacuation-centre', 'exact']]);
    expect(vuq('The storm damaged 105 shelters in Ostra.')).toEqual([[105, 'shelter', 'exact']]);
  });
  it('reads no count in "from one house to another" or "one family at a time"', () => {
    expect(vuq('Soldiers in Ostra moved from one house to another.')).toEqual([]);
    expect(vuq('Aid workers in Ostra registered one family at a time.')).toEqual([]);
  });
  it('reads "the majority of its 2.4 million residents" as a baseline population', () => {
    expect(vuq('Ostra lies in ruins and the majority of its 2.4 million residents were forced to flee.')).toEqual([]);
  });
  it('reads "hryvna", a spelling of the hryvnia, and an equivalent after "±" in parentheses', () => {
    expect(run('Ostra\n\nThe Government earmarked 11.2 million hryvna (3.2 million dollars) for Ostra.\n').candidates.map((c) => [c.value, c.unit, c.stated.map((e) => [e.value, e.unit])])).toEqual([[11200000, 'UAH', [[3200000, 'USD']]]]);
    expect(run('Ostra\n\nThe Government will spend $5 million (± 221 million gourdes) in Ostra.\n').candidates.map((c) => [c.value, c.unit, c.stated.map((e) => [e.value, e.unit, e.qualifier])])).toEqual([[5000000, 'USD', [[221000000, 'HTG', 'approximately']]]]);
  });
});

describe('held-out sets 60 and 61: a year is no count of people', () => {
  it('reads no count from the year of a plan ("the UN\'s 2013 refugee response plan")', () => {
    expect(vuq("However, the UN's 2013 refugee response plan for Ostra was only 68 percent funded.")).toEqual([[68, 'percent', 'exact']]);
  });
  it('reads no deaths from a year after "in" where a death count came before ("the record number reported in 2000")', () => {
    expect(vuq('The number of deaths due to dengue in Ostra has reached the record number reported in 2000.')).toEqual([]);
  });
  it('still reads "Some 2013 refugees arrived"', () => {
    expect(vuq('Some 2013 refugees arrived in Ostra.')).toEqual([[2013, 'person', 'approximately']]);
  });
});

describe('held-out set 62: riyals, dinars, dirhams and shillings a text names the country of, and the Korean won', () => {
  it('reads a bare "riyals" as the currency the text wrote in full first ("Qatari riyals")', () => {
    expect(vuq('Qatar Charity spent 340 million Qatari riyals in 2019. This assistance worth more than 83 million riyals reached Ostra.').map(([v, u]) => [v, u])).toEqual([
      [340000000, 'QAR'],
      [83000000, 'QAR'],
    ]);
  });
  it('reads a bare "dinars" or "dirhams" as the currency of the one country of that name the text names', () => {
    expect(vuq('Kuwait pledged 5 million dinars for Ostra.').map(([v, u]) => [v, u])).toEqual([[5000000, 'KWD']]);
    expect(vuq('The UAE sent aid worth 50 million dirhams to Ostra.').map(([v, u]) => [v, u])).toEqual([[50000000, 'AED']]);
  });
  it('reads none where two countries of that name are named, and says so', () => {
    const r = run('Aid to Ostra\n\nKuwait and Iraq pledged 5 million dinars for Ostra.\n');
    expect(r.candidates).toEqual([]);
    expect(r.notes).toContainEqual(expect.stringContaining("a bare 'dinars' is not read: the text names two countries whose currency is the dinar"));
  });
  it('reads "W49.3 billion" in a text of inter-Korean aid as KRW, and no figure in the rate "(US$1=W939)"', () => {
    expect(vuq('Seoul will use W49.3 billion from the inter-Korean Cooperation Fund for Ostra (US$1=W939).').map(([v, u]) => [v, u])).toEqual([[49300000000, 'KRW']]);
  });
});

describe('held-out sets 60, 61 and 63: damage of every degree, the level of a count of things, lists of supplies, vaccine doses', () => {
  it('reads "600 badly damaged" and "17,923 moderately damaged" in the unit of the things counted before', () => {
    expect(vuq('In Ostra an estimated 400 properties were destroyed and 600 badly damaged.').map(([v, u]) => [v, u])).toEqual([
      [400, 'house'],
      [600, 'house'],
    ]);
    expect(vuq('In Ostra 2,309 buildings collapsed, 11,847 have been severely damaged and 17,923 moderately damaged.').map(([v]) => v)).toEqual([2309, 11847, 17923]);
  });
  it('reads "the number of destroyed dwelling houses is 1,940" as houses, and no count of a thing after "the number of" a thing needed', () => {
    expect(vuq('In Ostra the number of destroyed dwelling houses is 1,940.')).toEqual([[1940, 'house', 'exact']]);
    expect(vuq('In Ostra the number of houses needed is 5,000.')).toEqual([]);
  });
  it('reads each item of a list of supplies whose verb ends the list', () => {
    expect(vuq('In Ostra 6,950 blankets, 380 sanitary platforms, 5,090 bars of soap, First Aid kits and a variety of volunteer protective and visibility items have been distributed to the affected community.').map(([v, u]) => [v, u])).toEqual([
      [6950, 'blanket'],
      [5090, 'soap-bar'],
    ]);
  });
  it('reads cholera infections as people, and vaccine doses in a sentence of vaccines', () => {
    expect(vuq('Ostra has recorded 652 cholera infections since October.')).toEqual([[652, 'person', 'exact']]);
    expect(vuq('Ostra has some 200,000 doses of vaccine on hand.')).toEqual([[200000, 'dose', 'approximately']]);
    expect(vuq('Patients in Ostra take two doses a day.')).toEqual([]);
  });
});

describe('held-out sets 61 to 63: people left out after a verb, a footnote mark, supplies far from their verb, the displacement of thousands', () => {
  it('reads "nearly 2 million reside outside formal settlements" and "15,000 more would be transported" after a count of people', () => {
    expect(vuq('Some 400,000 refugees in Ostra live in formal camps, but nearly 2 million reside outside formal settlements.').map(([v, u, q]) => [v, u, q])).toEqual([
      [400000, 'person', 'approximately'],
      [2000000, 'person', 'nearly'],
    ]);
    expect(vuq('Police in Ostra said 40,000 people had been evacuated, and 15,000 more would be transported to safety.').map(([v]) => v)).toEqual([40000, 15000]);
  });
  it('reads "up to 1.7 million* people", the footnote mark left out', () => {
    expect(vuq('Up to 1.7 million* people have been displaced across Ostra.')).toEqual([[1700000, 'person', 'up-to']]);
  });
  it('reads the items of goods that "include" them far after the goods are named', () => {
    expect(vuq('This is in addition to the relief goods already delivered to the Government of Ostra from the Government of Pell on Wednesday, August 5, which include 6,000 blankets.').map(([v, u]) => [v, u])).toEqual([[6000, 'blanket']]);
  });
  it('reads "the displacement of thousands" as people', () => {
    expect(vuq('The raid in Ostra resulted in casualties and the displacement of thousands, fleeing the area.')).toEqual([[1000, 'person', 'at-least']]);
  });
});

describe('held-out sets 64 and 65: phases of food insecurity, quintals, bags bought, the number of people of three words', () => {
  it('reads "0.4m in IPC Phase 2" as 400,000 people and "500,000 in IPC Phase 4" as people', () => {
    expect(vuq('In Ostra 2.6 million are food insecure (0.4m in IPC Phase 2 and 2.2m in IPC Phase 3).').filter(([v]) => (v as number) < 2600000)).toEqual([
      [400000, 'person', 'exact'],
      [2200000, 'person', 'exact'],
    ]);
    expect(vuq('In Ostra some 500,000 in IPC Phase 4 need help.').map(([v, u]) => [v, u])).toEqual([[500000, 'person']]);
  });
  it('reads quintals of food, and bags a government bought ("52,000 50-kilo bags of rice")', () => {
    expect(vuq('In Ostra 894,302 quintals of food assistance were distributed.')).toEqual([[894302, 'quintal', 'exact']]);
    expect(vuq('Ostra has bought 52,000 50-kilo bags of rice and 44,000 bags of beans.').map(([v, u]) => [v, u])).toEqual([
      [52000, 'bag'],
      [44000, 'bag'],
    ]);
  });
  it('reads "the number of severely food insecure people ... has increased to 14.3 million" as people', () => {
    expect(vuq('The number of severely food insecure people in Ostra and Pell has increased to 14.3 million.')).toEqual([[14300000, 'person', 'exact']]);
  });
});

describe('held-out set 64: Vietnamese dong, room made for people', () => {
  it('reads "(20 billion Vietnamese dong)" as an equivalent in VND, not as 20 billion people', () => {
    expect(run('Ostra\n\nThe Committee donated 860,000 US dollars (20 billion Vietnamese dong) to Ostra.\n').candidates.map((c) => [c.value, c.unit, c.stated.map((e) => [e.value, e.unit])])).toEqual([[860000, 'USD', [[20000000000, 'VND']]]]);
  });
  it('reads no count in room made for people ("villages to accommodate more than 100,000 people")', () => {
    expect(vuq('Ostra built 120 cluster villages to accommodate more than 100,000 people.')).toEqual([]);
  });
});

describe('held-out set 65: French amounts joined to their currency by "de", schools in French', () => {
  it('reads "805,1 millions de dollars" as USD and "2 millions d\'euros" as EUR', () => {
    expect(vuq('Le plan pour Ostra nécessite 805,1 millions de dollars.').map(([v, u]) => [v, u])).toEqual([[805100000, 'USD']]);
    expect(vuq("L'Union européenne a débloqué 2 millions d'euros pour Ostra.").map(([v, u]) => [v, u])).toEqual([[2000000, 'EUR']]);
  });
  it('reads "5 709 écoles" closed as schools', () => {
    expect(vuq('À Ostra, 5 709 écoles ont été fermées.').map(([v, u]) => [v, u])).toEqual([[5709, 'school']]);
  });
});

describe('held-out set 65: the population of the households counted', () => {
  it('reads "30,000 households with a population of over 600,000" as 600,000 people, and a town\'s population still as a baseline', () => {
    expect(vuq('In Ostra over 30,000 households with a population of over 600,000 were registered in the camps.').map(([v, u]) => [v, u])).toEqual([
      [30000, 'household'],
      [600000, 'person'],
    ]);
    expect(vuq('Ostra, a town with a population of 400,000, was flooded.')).toEqual([]);
  });
});

describe('the review of round seventeen: what the new rules must not read', () => {
  it('reads a year that follows a hedge or names no plan as the count it is', () => {
    expect(vuq('Some 1950 refugees need a response from donors in Ostra.')).toEqual([[1950, 'person', 'approximately']]);
    expect(vuq('In Ostra, 2000 households in the response received cash.').map(([v, u]) => [v, u])).toEqual([[2000, 'household']]);
  });
  it('reads "one person at a time when aid was scarce" as a death', () => {
    expect(vuq('The strike in Ostra killed one person at a time when aid was scarce.').map(([v, u]) => [v, u])).toEqual([[1, 'person']]);
  });
  it('reads no people in "40 live rounds" or "120 live births"', () => {
    expect(vuq('Some 400 refugees in Ostra heard police fire 40 live rounds.').map(([v]) => v)).toEqual([400]);
  });
  it('reads people evacuated from a place\'s own residents ("evacuated most of its 3,000 residents")', () => {
    expect(vuq('Ostra evacuated most of its 3,000 residents on Monday.').map(([v, u]) => [v, u])).toEqual([[3000, 'person']]);
  });
  it('reads items whose list ends in "were distributed", and none where a clause between is no item', () => {
    expect(vuq('In Ostra 6,950 blankets, 5,090 bars of soap and a variety of items were distributed.').map(([v, u]) => [v, u])).toEqual([
      [6950, 'blanket'],
      [5090, 'soap-bar'],
    ]);
    expect(vuq('In Ostra 6,950 blankets, the NGO said, remain in the warehouse, and hygiene kits have been distributed.')).toEqual([]);
  });
  it('reads no half million in "twenty-one and a half million"', () => {
    expect(vuq('Some twenty-one and a half million people in Ostra need aid.').map(([v]) => v)).not.toContain(500000);
  });
  it('reads a bare "rials" as the currency written in full nearest before it', () => {
    expect(vuq('Saudi Arabia gave 100 million Saudi riyals to Ostra, whose economy lost 200 billion Yemeni rials. Flour costs 20,000 rials a bag.').map(([v, u]) => [v, u])).toEqual([
      [100000000, 'SAR'],
      [200000000000, 'YER'],
      [20000, 'YER'],
    ]);
  });
  it('reads Somali refugees in Kenya as no second shilling country', () => {
    expect(vuq('Kenya hosts 300,000 Somali refugees and gave them 50 million shillings.').map(([v, u]) => [v, u])).toEqual([
      [300000, 'person'],
      [50000000, 'KES'],
    ]);
  });
  it('reads no doses in a sentence whose vaccine is named only far after them', () => {
    expect(vuq('Patients in Ostra take two doses a day, and 300 children were vaccinated.').map(([v, u]) => [v, u])).toEqual([[300, 'person']]);
  });
});

describe('held-out sets 66 and 67: the missing, a key figure after another on one line, an age after "under age"', () => {
  it('reads "53,836 still unaccounted for" as people', () => {
    expect(vuq('In Ostra 84,537 were killed and 53,836 still unaccounted for.').map(([v, u]) => [v, u])).toEqual([
      [84537, 'person'],
      [53836, 'person'],
    ]);
  });
  it('reads the second key figure of a flattened line ("... affected: approximately 150,000 Number of people to be assisted: 7,200")', () => {
    expect(vuq('Ostra: Total number of people affected: approximately 150,000 Number of people to be assisted: 7,200').map(([v, u]) => [v, u])).toEqual([
      [150000, 'person'],
      [7200, 'person'],
    ]);
  });
  it('reads no count in "Children under age 16"', () => {
    expect(vuq('In Ostra children under age 16 are not allowed to leave the country without a parent.')).toEqual([]);
  });
});

describe('the second review of round seventeen: a bare currency name whose sentence names another of its countries', () => {
  it('reads no KWD in "the 3 million dinars ... in Iraq" after "Kuwaiti dinars", but QAR where the publisher is of Qatar', () => {
    expect(vuq('The Kuwaiti government gave 5 million Kuwaiti dinars to Iraq. In Baghdad, the ministry said the 3 million dinars it had set aside would go to families in Iraq.').map(([v, u]) => [v, u])).toEqual([[5000000, 'KWD']]);
    expect(vuq('Qatar Charity spent 340 million Qatari riyals. Projects worth more than 83 million riyals reached Yemen.', { publisher: 'Qatar Charity' }).map(([v, u]) => [v, u])).toEqual([
      [340000000, 'QAR'],
      [83000000, 'QAR'],
    ]);
  });
  it('still says a bare name is not read where it comes before every full name and two countries are named', () => {
    expect(run('Aid to Ostra\n\nAid worth 500 million rials arrived in Yemen. KSrelief also gave 100 million Saudi riyals.\n').notes).toContainEqual(expect.stringContaining("a bare 'riyals' is not read"));
  });
});

describe('held-out set 63: vague amounts of money', () => {
  it('reads "hundreds of millions of euros" and "millions of dollars" as the least the words can mean', () => {
    expect(vuq('The floods caused damage worth hundreds of millions of euros in Ostra.')).toEqual([[100000000, 'EUR', 'at-least']]);
    expect(vuq('Donors pledged millions of dollars for Ostra.')).toEqual([[1000000, 'USD', 'at-least']]);
  });
  it('reads "hundreds of millions of people" as 100 million people, not hundreds', () => {
    expect(vuq('In Ostra and beyond, hundreds of millions of people are poor.').map(([v]) => v)).toEqual([100000000]);
  });
});

describe('held-out set 67: the day a dateline gives', () => {
  it('dates "today announced" and the amounts after it by the dateline\'s day, not the publication\'s', () => {
    const text = 'Coordinator allocates $32 million\n\nNEW YORK, 10 May (OCHA) -- The Coordinator today announced that $32 million will be made available.\n\nOstra will receive $1 million.\n';
    expect(run(text, { published: '2006-05-11' }).candidates.map((c) => [c.value, c.asOf])).toEqual([
      [32000000, '2006-05-10'],
      [1000000, '2006-05-10'],
    ]);
  });
  it('takes no day from a dateline more than a week before publication', () => {
    const text = 'Appeal\n\nNEW YORK, 10 April (OCHA) -- The Coordinator spoke of the appeal.\n\nOstra will receive $1 million.\n';
    expect(run(text, { published: '2006-05-11' }).candidates.map((c) => c.asOf)).toEqual(['2006-05-11']);
  });
});

describe('held-out set 64: locations and facilities people were evacuated to', () => {
  it('reads locations people were housed at or evacuated to, and evacuation facilities, as evacuation centres', () => {
    expect(vuq('In Ostra 16,732 evacuees are being housed at 24 locations.').map(([v, u]) => [v, u])).toEqual([
      [16732, 'person'],
      [24, 'evacuation-centre'],
    ]);
    expect(vuq('In Ostra 12,378 displaced persons are in 43 evacuation facilities.').map(([v, u]) => [v, u])).toEqual([
      [12378, 'person'],
      [43, 'evacuation-centre'],
    ]);
  });
  it('reads no centre in "distributions took place in 133 locations"', () => {
    expect(vuq('In Ostra distributions took place in 133 locations.')).toEqual([]);
  });
});

describe('held-out sets 63 and 65: people who came or died "by the thousands"', () => {
  it('reads "dying by the thousands yesterday" and "streamed in by the thousands" as at least 1,000 people', () => {
    expect(vuq('In Ostra refugees stricken by cholera were dying by the thousands yesterday.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Refugees streamed in by the thousands from Ostra.')).toEqual([[1000, 'person', 'at-least']]);
  });
  it('reads no people in "prices rose by the thousands"', () => {
    expect(vuq('In Ostra prices rose by the thousands.')).toEqual([]);
  });
});

describe('held-out set 68: pairs joined by a slash, and the PhP sign', () => {
  it('reads both counts of "186,543 families/895,572 persons" and both degrees of "(837 totally/1,293 partially)"', () => {
    expect(vuq('In Ostra a total of 186,543 families/895,572 persons were affected.').map(([v, u]) => [v, u])).toEqual([
      [186543, 'household'],
      [895572, 'person'],
    ]);
    expect(vuq('In Ostra a total of 2,130 houses were damaged (837 totally/1,293 partially).').map(([v, u]) => [v, u])).toEqual([
      [2130, 'house'],
      [837, 'house'],
      [1293, 'house'],
    ]);
  });
  it('reads PhP369,142,178.22 as Philippine pesos', () => {
    expect(vuq('The cost of damages in Ostra amounted to PhP369,142,178.22.')).toEqual([[369142178.22, 'PHP', 'exact']]);
  });
  it('reads no count after a slash that ends a ratio or a date ("for every 50 people/100 households", "12/05")', () => {
    expect(vuq('In Ostra there is one latrine for every 50 people/100 households.').map(([, u]) => u)).not.toContain('household');
    expect(vuq('In Ostra the survey closed on 12/05.')).toEqual([]);
  });
});

describe('held-out sets 69 and 70: changes against another time, and a share of states', () => {
  it('reads no share in "18 percent less than", "27 percent more than this year" or "a decrease of 1.5 percent"', () => {
    expect(vuq('In Ostra that was 18 percent less than in the first five months of the previous year.')).toEqual([]);
    expect(vuq('Arrivals in Ostra were 27 percent more than this year.')).toEqual([]);
    expect(vuq('In Ostra that corresponds to a decrease of 1.5 percent.')).toEqual([]);
  });
  it('reads no share of people in "half of the young nation\'s 10 states", but one in "half of the people in 10 states"', () => {
    expect(vuq("Fighting in Ostra has spread to half of the young nation's 10 states.")).toEqual([]);
    expect(vuq('In Ostra half of the people in 10 states were displaced.')).toEqual([[50, 'percent', 'exact']]);
  });
});

describe('held-out sets 69 and 70: travellers, militants, and responders harmed', () => {
  it('reads travellers and militants as people', () => {
    expect(vuq('In 2019, some 22,102 travelers crossed the border into Ostra.')).toEqual([[22102, 'person', 'approximately']]);
    expect(vuq('In Ostra at least 22 militants and 27 civilians have been killed.').map(([v, u]) => [v, u])).toEqual([
      [22, 'person'],
      [27, 'person'],
    ]);
  });
  it('reads soldiers who "have also been wounded" and medics "left dead", never medics deployed', () => {
    expect(vuq('In Ostra fifty-five soldiers have also been wounded.')).toEqual([[55, 'person', 'exact']]);
    expect(vuq('The attacks in Ostra have left 198 medics dead.')).toEqual([[198, 'person', 'exact']]);
    expect(vuq('The ministry deployed 300 medics to Ostra.')).toEqual([]);
  });
});

describe('held-out set 70: countries hosting the people a sentence names, each with its number', () => {
  it('reads each country of "hosting the vast majority of Venezuelans, with Colombia accounting for some 1.3 million, followed by Peru, with 768,000, Chile 288,000" as its people', () => {
    const r = run('Refugees\n\nLatin American countries are hosting the vast majority of Venezuelans, with Colombia accounting for some 1.3 million, followed by Peru, with 768,000, Chile 288,000, and Brazil 96,000.\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.place])).toEqual([
      [1300000, 'person', 'approximately', 'COL'],
      [768000, 'person', 'exact', 'PER'],
      [288000, 'person', 'exact', 'CHL'],
      [96000, 'person', 'exact', 'BRA'],
    ]);
  });
  it('reads the countries after "Turkey hosts 3.6 million refugees", and none where nothing says people are hosted', () => {
    expect(vuq('Turkey hosts 3.6 million refugees, Lebanon 1.5 million and Jordan 660,000.').map(([v]) => v)).toEqual([3600000, 1500000, 660000]);
    expect(vuq('Exports rose, with Colombia accounting for 1.3 million and Peru 768,000.')).toEqual([]);
  });
});

describe('held-out set 71: places in parentheses before the people they count', () => {
  it('reads "the cities of Derna (at least 30,000), Bayda (3,000) ... have the largest number of displaced people" as people', () => {
    expect(vuq('In Ostra the cities of Derna (at least 30,000), Bayda (3,000) and Benghazi (2,195) have the largest number of displaced people.')).toEqual([
      [30000, 'person', 'at-least'],
      [3000, 'person', 'exact'],
      [2195, 'person', 'exact'],
    ]);
  });
  it('reads no people in "the cities of Derna (1,200) and Bayda (300) have the largest ports"', () => {
    expect(vuq('In Ostra the cities of Derna (1,200) and Bayda (300) have the largest ports.')).toEqual([]);
  });
});

describe('held-out set 71: the people who live in the places hit, and a share of a farm', () => {
  it('reads no figure in "5 departments inhabited by approximately 2.17 million people" or "70% of our farm"', () => {
    expect(vuq('In Ostra 5 departments inhabited by approximately 2.17 million people recorded intensities of 6.')).toEqual([]);
    expect(vuq('“70% of our farm in Ostra has suffered damage,” he said.')).toEqual([]);
  });
  it('still reads the people a quake affected ("2.17 million people were affected")', () => {
    expect(vuq('In Ostra 2.17 million people were affected by the quake.')).toEqual([[2170000, 'person', 'exact']]);
  });
});

describe('held-out set 68: a change from one level to another after four words', () => {
  it('reads "increases the target population from 250,000 to 500,000 people" as two levels of people, no range', () => {
    expect(vuq('The revised appeal for Ostra increases the target population from 250,000 to 500,000 people.')).toEqual([
      [250000, 'person', 'exact'],
      [500000, 'person', 'exact'],
    ]);
  });
  it('still reads "between 250,000 and 500,000 people" and "some 30,000 to 40,000 people" as ranges', () => {
    expect(vuq('In Ostra between 250,000 and 500,000 people fled.')).toEqual([[250000, 'person', 'range']]);
    expect(vuq('In Ostra some 30,000 to 40,000 people fled.').map(([v, u]) => [v, u])).toEqual([[30000, 'person']]);
  });
});

describe('held-out set 68: vague numbers of people in a state, or the subject of "who"', () => {
  it('reads "hundreds of thousands more who have not received", "thousands more infected", "tens of thousands dying" and "millions at risk of hunger"', () => {
    expect(vuq('In Ostra there are hundreds of thousands more who have not received any relief.')).toEqual([[100000, 'person', 'at-least']]);
    expect(vuq('The floodwaters in Ostra are leaving thousands more infected with water-borne diseases.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Aid is needed in Ostra to stop tens of thousands dying.')).toEqual([[10000, 'person', 'at-least']]);
    expect(vuq('The drought in Ostra is leaving millions at risk of hunger.')).toEqual([[1000000, 'person', 'at-least']]);
  });
  it('reads no people in "millions more dollars"', () => {
    expect(vuq('In Ostra the fund put millions more dollars into schools.').map(([, u]) => u)).not.toContain('person');
  });
});

describe('held-out set 68: "six and half million", the article left out', () => {
  it('reads "About six and half million children" as about 6.5 million people', () => {
    expect(vuq('About six and half million children in Ostra could be at risk of starvation.')).toEqual([[6500000, 'person', 'approximately']]);
  });
});

describe('held-out set 73: the dollars of the Caribbean and the Pacific, the vatu, and K in Malawi', () => {
  it("reads a bare $ as the publisher's country's dollar: BSD for a Bahamian paper, XCD for one of St Vincent", () => {
    expect(vuq('The government has allocated $45 million to restore utilities.', { publisher: 'The Nassau Guardian (The Bahamas)' })).toEqual([[45000000, 'BSD', 'exact']]);
    expect(vuq('Support will be $600 a month per household.', { publisher: 'iWitness News (St Vincent and the Grenadines)' }).map(([, u]) => u)).toEqual(['XCD']);
    expect(vuq('The Dominican Republic gave $5 million.', { publisher: 'Listin Diario (Dominican Republic)' }).map(([, u]) => u)).toEqual(['USD']);
  });
  it('reads Vt92million as VUV and K68.5 billion as MWK in a Malawian text', () => {
    expect(vuq('Vt92million was approved for Ambae in Vanuatu.').map(([v, u]) => [v, u])).toEqual([[92000000, 'VUV']]);
    expect(vuq('Malawi spent K68.5 billion on relief maize.').map(([v, u]) => [v, u])).toEqual([[68500000000, 'MWK']]);
  });
});

describe('held-out set 73: a single spaced group before recipients and tonnes', () => {
  it('reads "173, 000 recipients" and "12, 000 metric tonnes" whole', () => {
    expect(vuq('The programme in Ostra covers 173, 000 recipients.')).toEqual([[173000, 'person', 'exact']]);
    expect(vuq('Ostra received 12, 000 metric tonnes of maize.')).toEqual([[12000, 't', 'exact']]);
  });
  it('still reads "week 43, 222 recipients" as no spaced number', () => {
    expect(vuq('In Ostra in week 43, 222 recipients were reached.').map(([v]) => v)).toEqual([222]);
  });
});

describe('held-out set 69: a range of counts written with a dash between numbers grouped in thousands', () => {
  it('reads "6,000-7,000 refugees arrived" as a range of people', () => {
    expect(vuq('Some 6,000-7,000 refugees arrived in Ostra overnight.')).toEqual([[6000, 'person', 'range']]);
  });
  it('still leaves "6-59 months", "2019-2020" and a dash whose upper end is lower ("5,000-3,000 people") out', () => {
    expect(vuq('In Ostra children aged 6-59 months were screened in 2019-2020.')).toEqual([]);
    expect(vuq('In Ostra 5,000-3,000 people fled.')).toEqual([]);
  });
});

describe('held-out set 70: bare numbers that cross, arrive every day, or already live in camps', () => {
  it('reads "Some 1,400 crossed to a transit area", "About 1,300 are arriving every day" and "over 820,000 already living in the camps" as people', () => {
    expect(vuq('Some 1,400 crossed to a transit area in Ostra.')).toEqual([[1400, 'person', 'approximately']]);
    expect(vuq('About 1,300 are arriving every day in Ostra.')).toEqual([[1300, 'person', 'approximately']]);
    expect(vuq('New arrivals in Ostra join over 820,000 already living in the camps.')).toEqual([[820000, 'person', 'more-than']]);
  });
  it('reads no people in "1,300 tonnes are arriving by ship"', () => {
    expect(vuq('In Ostra 1,300 tonnes are arriving by ship.').map(([, u]) => u)).toEqual(['t']);
  });
});

describe('held-out sets 70 and 73: applications are counted as applications', () => {
  it('reads "More than 100,000 asylum applications" and "103,467 initial applications" in the unit application', () => {
    expect(vuq('More than 100,000 asylum applications have been submitted in Ostra.')).toEqual([[100000, 'application', 'more-than']]);
    expect(vuq('Ostra registered 103,467 initial applications by May.')).toEqual([[103467, 'application', 'exact']]);
  });
});

describe('held-out sets 65 and 73: the hedges of French and Spanish bulletins', () => {
  it('reads "plus de 7.400 habitations" as more than 7,400 houses and "Más de 2.000 familias" as more than 2,000 households', () => {
    expect(vuq('À Ostra, plus de 7.400 habitations ont été détruites.')).toEqual([[7400, 'house', 'more-than']]);
    expect(vuq('En Ostra, más de 2.000 familias fueron evacuadas.')).toEqual([[2000, 'household', 'more-than']]);
    expect(vuq('À Ostra, environ 300 personnes et au moins 12 écoles.').map(([, , q]) => q)).toEqual(['approximately', 'at-least']);
  });
});

describe('held-out set 72: key figures in millions with a capital M, and educational facilities', () => {
  it('reads "24.7M" over "People in need of assistance in 2023" and "5.5M In need of humanitarian assistance" as people, never metres', () => {
    const r = run('Sudan\n\nKey Figures\n\n24.7M\nPeople in need of assistance in 2023\n\n5.5M In need of humanitarian assistance\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [24700000, 'person'],
      [5500000, 'person'],
    ]);
  });
  it('still reads "a 2.5m wall" as metres and "548 educational facilities" as schools', () => {
    expect(vuq('In Ostra the floods reached a depth of 2.5m.').map(([, u]) => u)).not.toContain('person');
    expect(vuq('In Ostra 548 educational facilities have been damaged.')).toEqual([[548, 'school', 'exact']]);
  });
});

describe('the review of round eighteen: where the newest rules must not fire', () => {
  const full = (body: string, options: ExtractOptions = {}) => run(`Floods in Ostra\n\n${body}\n`, options).candidates;
  it('reads no harm to troops who killed others ("200 troops killed 12 civilians"), and no displacement of medics who evacuated patients', () => {
    expect(vuq('In Sudan, 200 troops killed 12 civilians.')).toEqual([[12, 'person', 'exact']]);
    expect(vuq('In Sudan, 40 medics evacuated patients from the hospital.')).toEqual([]);
  });
  it('reads the countries after a country that hosts refugees as their origins, not hosts ("Uganda hosts ..., with South Sudan accounting for some 900,000")', () => {
    expect(vuq('Uganda hosts 1.6 million refugees, with South Sudan accounting for some 900,000, and DR Congo 400,000.').map(([v]) => v)).toEqual([1600000]);
  });
  it('places no list item in the country around it when humfig does not know its place, and reads no people in "the shelters in Derna (45)"', () => {
    expect(full('In Libya, Derna (3,000) and Bayda (2,000) have the largest number of displaced people.').map((c) => [c.value, c.place])).toEqual([
      [3000, null],
      [2000, null],
    ]);
    expect(vuq('In Libya, the shelters in Derna (45) and Bayda (30) host the largest number of displaced people.')).toEqual([]);
  });
  it('keeps "now ranges from 10,000 to 20,000 deaths" a range after "revised", and reads no people dying in a sentence of livestock', () => {
    expect(vuq('In Ostra the estimate was revised upward and now ranges from 10,000 to 20,000 deaths.')).toEqual([[10000, 'person', 'range']]);
    expect(vuq('In Ostra livestock losses mount, with thousands dying of thirst every week.')).toEqual([]);
  });
  it('reads no spaced group after a cycle, a round or a day ("in cycle 4, 250 tonnes")', () => {
    expect(vuq('In Ostra, in cycle 4, 250 tonnes of maize were distributed.').map(([v]) => v)).toEqual([250]);
    expect(vuq('In Ostra, by day 3, 500 beneficiaries were reached.').map(([v]) => v)).toEqual([500]);
  });
  it('drafts no case fatality rate from a threshold, nor from the fatality rate of something else', () => {
    expect(vuq('In Ostra the CFR is well above the WHO threshold of 1%.')).toEqual([]);
    expect(full('In Ostra the fatality rate of road accidents is 12%.').map((c) => c.indicator)).not.toContain('case-fatality-rate');
  });
  it("reads the dollar of a Caribbean country from its publisher only, never from its government named in the text; VT is Vermont's", () => {
    expect(vuq('Hurricane Maria hit Dominica. The Government of Dominica has declared an emergency. The UN fund allocated $3 million.').map(([, u]) => u)).toEqual(['USD']);
    expect(vuq('FEMA gave $12 million.', { publisher: "Nassau County Executive's Office" }).map(([, u]) => u)).toEqual(['USD']);
    expect(vuq('In Montpelier, VT 300 homes were flooded.')).toEqual([[300, 'house', 'exact']]);
  });
  it('still reads "a camp inhabited by some 40,000 refugees" as refugees, and the parts of "(837 totally/1,293 partially)" as parts', () => {
    expect(vuq('Kakuma camp in Ostra, inhabited by some 40,000 refugees, was flooded.')).toEqual([[40000, 'person', 'approximately']]);
    expect(full('In Ostra, 2,130 houses were damaged (837 totally/1,293 partially).').map((c) => [c.value, c.breakdown?.part ?? 'total'])).toEqual([
      [2130, 'total'],
      [837, 'totally'],
      [1293, 'partially'],
    ]);
  });
});

describe('held-out sets 69 and 74: a possessed population after "for", and MK spaced from its amount', () => {
  it('reads no figure in "running low for Gaza’s 2.3 million residents", and MK 7,000 as kwacha in a Malawian text', () => {
    expect(vuq('Basic supplies in Ostra are running low for Gaza’s 2.3 million residents.')).toEqual([]);
    expect(vuq('In Malawi each household in Ostra receives MK 7,000 a month.').map(([v, u]) => [v, u])).toEqual([[7000, 'MWK']]);
  });
});

describe('the second review of round eighteen: origins after a host country however written, and norms of a rate', () => {
  it('drafts no origin country as a host after "Uganda currently hosts", "The country hosts" or a later host in the sentence', () => {
    expect(vuq('Uganda currently hosts 1.6 million refugees, with South Sudan accounting for some 900,000.').map(([v]) => v)).toEqual([1600000]);
    expect(vuq('Uganda is currently hosting 1.6 million refugees, with South Sudan accounting for some 900,000.').map(([v]) => v)).toEqual([1600000]);
    expect(vuq('Bangladesh continues to host one million Rohingya refugees, and Ethiopia hosts 900,000 refugees, with South Sudan accounting for 400,000.').map(([v]) => v)).not.toContain(400000);
  });
  it('drafts no percentage after a threshold, an expected or a recommended rate', () => {
    expect(vuq('In Ostra, the CFR is 2.3%, higher than the expected CFR of 1%.').map(([v]) => v)).toEqual([2.3]);
    expect(vuq('In Ostra, the CFR is 2.3% (emergency threshold: 1%).').map(([v]) => v)).toEqual([2.3]);
    expect(vuq('In Ostra, the CFR of 2.3% exceeds the WHO-recommended 1%.').map(([v]) => v)).toEqual([2.3]);
  });
});

describe('lists of places and numbers after a count: origins, and the place of each item', () => {
  it('drafts no item after where the people come from ("900,000 refugees, mainly from South Sudan, 400,000, Somalia, 250,000")', () => {
    expect(vuq('Ethiopia hosts over 900,000 refugees, mainly from South Sudan, 400,000, Somalia, 250,000 and Eritrea, 170,000.').map(([v]) => v)).toEqual([900000]);
  });
  it('places each item of "; Ecuador, over 220,000; Argentina, 130,000" in the place before its comma, quoted with it', () => {
    const r = run('Refugees\n\nThe number of Venezuelan refugees reached 610,000 in Colombia; Ecuador, over 220,000; Argentina, 130,000 and Brazil, 85,000.\n');
    expect(r.candidates.slice(1).map((c) => [c.value, c.place, c.quote])).toEqual([
      [220000, 'ECU', 'Ecuador, over 220,000'],
      [130000, 'ARG', 'Argentina, 130,000'],
      [85000, 'BRA', 'Brazil, 85,000'],
    ]);
  });
});

describe('held-out set 76: collective centres and IDP camps', () => {
  it('reads "22 collective centres", "362 collective sites" and "18 IDP camps" as evacuation centres', () => {
    expect(vuq('In Ostra 5,000 IDPs live in 22 collective centres.').map(([v, u]) => [v, u])).toEqual([
      [5000, 'person'],
      [22, 'evacuation-centre'],
    ]);
    // (round 28: camps of displaced people are camps, as 17 of the held-out sets' 18 labels of camps that are no relief camps count them)
    expect(vuq('Families in 18 IDP camps in Ostra will receive aid.')).toEqual([[18, 'camp', 'exact']]);
  });
});

describe('held-out set 75: the dirham sign Dh and Taka before an amount', () => {
  it('reads "Dh1.98 million" as AED and "Taka 2.33 crore" as BDT', () => {
    expect(vuq('The UAE gave more than Dh1.98 million to Ostra.')).toEqual([[1980000, 'AED', 'more-than']]);
    expect(vuq('The government allocated Taka 2.33 crore for Ostra.')).toEqual([[23300000, 'BDT', 'exact']]);
  });
  it('reads no dirham in "Dhaka 3,000 people"', () => {
    expect(vuq('In Dhaka 3,000 people were evacuated from Ostra.').map(([, u]) => u)).toEqual(['person']);
  });
});

describe('negated comparisons: "no more than" is at most, "not less than" at least', () => {
  it('reads "no more than", "not more than", "not exceeding" and "no más de" as up-to', () => {
    expect(vuq('The flood displaced no more than 500 people in Ostra.')).toEqual([[500, 'person', 'up-to']]);
    expect(vuq('Not more than 20 percent of the funds arrived in Ostra.')).toEqual([[20, 'percent', 'up-to']]);
    expect(vuq('The grant, not exceeding $2 million, goes to Ostra.')).toEqual([[2000000, 'USD', 'up-to']]);
    expect(vuq('Las lluvias afectaron a no más de 300 familias en Ostra.')).toEqual([[300, 'household', 'up-to']]);
  });
  it('reads "not less than" and "not fewer than" as at-least, and "more than" still as more-than', () => {
    expect(vuq('Not less than 1,000 people died in Ostra.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Not fewer than 300 families fled Ostra.')).toEqual([[300, 'household', 'at-least']]);
    expect(vuq('The flood displaced more than 500 people in Ostra.')).toEqual([[500, 'person', 'more-than']]);
  });
});

describe('held-out set 76: numbers written in parts joined by "and"', () => {
  it('reads "16 million and 515 thousand dollars", "one billion and 164 million and 856 thousand riyals" and "9 thousand and 548" as one number each', () => {
    expect(vuq('The agency paid 16 million and 515 thousand dollars to families in Ostra.')).toEqual([[16515000, 'USD', 'exact']]);
    expect(vuq('In Yemen the fund gave one billion and 164 million and 856 thousand riyals to Ostra.')).toEqual([[1164856000, 'YER', 'exact']]);
    expect(vuq('Aid reached 9 thousand and 548 displaced people in Ostra.')).toEqual([[9548, 'person', 'exact']]);
  });
  it('keeps two figures where the second is no smaller part: "$2 million and 3 million people", "between 2 million and 500,000"', () => {
    expect(vuq('Ostra received $2 million and 3 million people were displaced.').map(([v, u]) => [v, u])).toEqual([
      [2000000, 'USD'],
      [3000000, 'person'],
    ]);
    expect(vuq('Between 2 million and 500,000 people fled Ostra.').map(([v]) => v)).toEqual([2000000, 500000]);
    expect(vuq('Between 1 million and 500 thousand people fled Ostra.').map(([v]) => v)).toEqual([1000000, 500000]);
    expect(vuq('Between an estimated 1 million and 500 thousand people fled Ostra.').map(([v]) => v)).toEqual([1000000, 500000]);
  });
  it('joins no parts after a currency, after decimals, in lakhs, or before a verb or "respectively"', () => {
    expect(vuq('WFP needs $3 million and 200 thousand people in Ostra require food assistance.').map(([v, u]) => [v, u])).toEqual([
      [3000000, 'USD'],
      [200000, 'person'],
    ]);
    expect(vuq('Ostra and Pell host 2 million and 300 thousand refugees respectively.').map(([v]) => v)).toEqual([2000000, 300000]);
    expect(vuq('The floods in Ostra affected 4 million and 12 thousand were displaced.').map(([v]) => v)).toEqual([4000000, 12000]);
    expect(vuq('They counted 1.5 million and 200 thousand people in Ostra.').map(([v]) => v)).toEqual([1500000, 200000]);
    expect(vuq('There were 2 crore and 50 lakh people in Ostra.').map(([v]) => v)).toEqual([20000000, 5000000]);
  });
});

describe('held-out set 79: equal amounts of one sentence are two figures', () => {
  it('keeps "$250 million" twice where one sentence gives it to two donors, one of them with no indicator', () => {
    expect(vuq('Kuwait will give $250 million to Ostra, while $250 million will come from various NGOs.').map(([v, u]) => [v, u])).toEqual([
      [250000000, 'USD'],
      [250000000, 'USD'],
    ]);
  });
  it('still keeps once an amount said again in another sentence', () => {
    expect(vuq('Kuwait will give $250 million to Ostra. The $250 million will come from various NGOs.').map(([v, u]) => [v, u])).toEqual([[250000000, 'USD']]);
  });
});

describe('held-out set 78: a rupiah sign with a full stop', () => {
  it('reads "Rp. 30 million" as IDR: the stop after "Rp" ends no sentence', () => {
    expect(vuq('Each family in Ostra receives rent support of Rp. 30 million for a heavily damaged house.')).toEqual([[30000000, 'IDR', 'exact']]);
  });
});

describe('held-out set 78: groups after "including" are parts of the count before', () => {
  const parts = (body: string) =>
    run(`Floods in Ostra\n\n${body}`).draft.figures.map((f) => [f.value, f.indicator, f.breakdown?.part ?? null]);
  it('drafts "including 718 men, 332 women and 588 children" as parts of the deaths before, with their indicator', () => {
    expect(parts('Deaths due to heavy rains and floods across Ostra since mid-June had now climbed to 1,638, including 718 men, 332 women, and 588 children.')).toEqual([
      [1638, 'deaths', null],
      [718, 'deaths', 'men'],
      [332, 'deaths', 'women'],
      [588, 'deaths', 'children'],
    ]);
  });
  it('keeps the indicator a group\'s own words name ("including 592,581 children, need assistance")', () => {
    expect(parts('In Ostra 1,410,774 people (12.9% of the population), including 592,581 children, need humanitarian assistance.').filter(([, , p]) => p !== null)).toEqual([
      [592581, 'people-in-need', 'children'],
    ]);
  });
  it('makes no part of a count after "including" that is no group of people ("including 50 in Ostra")', () => {
    expect(parts('About 300 people including 50 in Ostra were evacuated.').map(([, , p]) => p)).toEqual([null, null]);
  });
});

describe('held-out sets 77 and 79: "one of the" is no count; "of the world\'s" names the group', () => {
  it('drafts nothing for "said one of the survivors", "not in one of the refugee camps", "One of the 300 families" (but 300)', () => {
    expect(vuq('"They killed our people," said one of the survivors in Ostra.')).toEqual([]);
    expect(vuq('Water goes to refugees in Ostra who are not in one of the refugee camps.')).toEqual([]);
    expect(vuq('One of the 300 displaced families in Ostra received aid.').map(([v]) => v)).toEqual([300]);
  });
  it('still reads "two of the survivors" and "one of them" after a count', () => {
    expect(vuq('In Ostra two of the survivors were children.').map(([v, u]) => [v, u])).toEqual([[2, 'person']]);
    expect(vuq('Nineteen people, one of them a woman, survived in Ostra.').map(([v]) => v)).toEqual([19, 1]);
  });
  it('reads "more than 4 million of the world\'s most vulnerable people" as people', () => {
    expect(vuq('CERF will help more than 4 million of the world’s most vulnerable people in Ostra.')).toEqual([[4000000, 'person', 'more-than']]);
  });
});

describe('held-out set 79: an equivalent in square brackets', () => {
  it('reads "$40 million [about K31 billion]" in a Malawian text as one amount with its stated equivalent', () => {
    const r = run('Malawi floods\n\nThe grant provides upfront financing of $40 million [about K31 billion] to Malawi.\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((e) => [e.value, e.unit, e.qualifier])])).toEqual([[40000000, 'USD', [[31000000000, 'MWK', 'approximately']]]]);
  });
});

describe('held-out set 80: the Caribbean dollars', () => {
  it('reads "TT$15,000", "J$2 billion" and "EC$600" by their letters', () => {
    expect(vuq('Households in Ostra get TT$15,000 each and the fund holds J$2 billion and EC$600.').map(([v, u]) => [v, u])).toEqual([
      [15000, 'TTD'],
      [2000000000, 'JMD'],
      [600, 'XCD'],
    ]);
  });
  it('reads no figure in a rate written "(One TT dollar=US$0.16 cents)"', () => {
    expect(vuq('Households in Ostra get TT$15,000 (One TT dollar=US$0.16 cents) each.').map(([v, u]) => [v, u])).toEqual([[15000, 'TTD']]);
  });
  it('reads a bare "$" of a Trinidad or Jamaica paper as its own dollar, and US$ as the US dollar', () => {
    const tt = run('Floods in Ostra\n\nA $40-million flood-relief fund has been announced for Ostra.\n', { publisher: 'Trinidad Express' });
    expect(tt.candidates.map((c) => [c.value, c.unit])).toEqual([[40000000, 'TTD']]);
    const jm = run('Storm in Ostra\n\nThe chapter spent $112.5 million (US$750,000) on its project in Ostra.\n', { publisher: 'Jamaica Observer' });
    expect(jm.candidates.map((c) => [c.value, c.unit, c.stated.map((e) => e.unit)])).toEqual([[112500000, 'JMD', ['USD']]]);
  });
});

describe('held-out set 82: a spaced shilling sign', () => {
  it('reads "Sh 300 million" in a Kenyan text as KES', () => {
    const r = run('Locusts in Kenya\n\nThe Kenyan government released another Sh 300 million to fight the locusts.\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[300000000, 'KES']]);
  });
});

describe('held-out sets 77, 78 and 82: more nouns of people and households', () => {
  it('reads "one life", "one adult male", "some 30,000 Rohingya" as people', () => {
    expect(vuq('The outbreak in Ostra claims one life.').map(([v, u]) => [v, u])).toEqual([[1, 'person']]);
    expect(vuq('One adult male also lost his life in Ostra.').map(([v, u]) => [v, u])).toEqual([[1, 'person']]);
    expect(vuq('There are some 30,000 Rohingya on the island of Ostra.')).toEqual([[30000, 'person', 'approximately']]);
  });
  it('reads "35,000 male heads of households" and "300 female household heads" as households', () => {
    expect(vuq('The governor aims to reach 35,000 male heads of households and 300 female household heads in Ostra.').map(([v, u]) => [v, u])).toEqual([
      [35000, 'household'],
      [300, 'household'],
    ]);
  });
});

describe('held-out sets 77 and 82: people in need with the noun left out; a poverty line is context', () => {
  it('reads "Over two million in need of food aid" and "2.3 million are in urgent need" as people, not "300 in need"', () => {
    expect(vuq('Over two million in need of food aid in Ostra.')).toEqual([[2000000, 'person', 'more-than']]);
    expect(vuq('In Ostra 2.3 million are in urgent need of help, and 300 in need.').map(([v, u]) => [v, u])).toEqual([[2300000, 'person']]);
  });
  it('drafts no poverty line ("lived on less than $1.25 per day"), but the share of people below it', () => {
    expect(vuq('In Ostra, 45% of the population lived on less than $1.25 per day.')).toEqual([[45, 'percent', 'exact']]);
  });
  it('still reads a share of people who live in camps and a monthly transfer', () => {
    expect(vuq('In Ostra 40% of the displaced live in camps and families get $50 a month.').map(([v, u]) => [v, u])).toEqual([
      [40, 'percent'],
      [50, 'USD'],
    ]);
  });
});

describe('held-out set 81: the whole of a ratio, and testing rates', () => {
  it('reads a share in digits only of people ("1 in 5 children"), and the counts of "killed 3 in 5 villages", "300 in 5 camps"', () => {
    expect(vuq('Gunmen killed 3 in 5 villages of Ostra.').map(([v, u]) => [v, u])).toEqual([[3, 'person']]);
    expect(vuq('In Ostra 300 in 5 camps fled.').map(([v, u]) => [v, u])).toEqual([[5, 'camp']]);
    expect(vuq('In Ostra 2 in 5 districts report cases.')).toEqual([]);
  });
  it('drafts no count from "one in every 11 health facilities", and reads "1 in 5 children" as 20 percent', () => {
    expect(vuq('About one in every 11 health facilities in Ostra is not functioning.')).toEqual([]);
    expect(vuq('In Ostra 1 in 5 children are affected.')).toEqual([[20, 'percent', 'exact']]);
  });
  it('drafts no testing coverage and no TPR', () => {
    expect(vuq('Ostra reported 24,451 suspected cases, a testing coverage of 34.3% and a TPR of 28.2%.').map(([v, u]) => [v, u])).toEqual([[24451, 'person']]);
  });
});

describe('held-out set 81: a spaced group before a hyphenated word and the noun', () => {
  it('reads "18, 627 laboratory-confirmed cases" as 18,627, and "In weeks 12, 627 new cases" as 627', () => {
    expect(vuq('Ostra has reported a total of 18, 627 laboratory-confirmed cases.').map(([v, u]) => [v, u])).toEqual([[18627, 'person']]);
    expect(vuq('In weeks 12, 627 new cases were seen in Ostra.').map(([v]) => v)).toEqual([627]);
  });
});

describe('held-out set 81: the number of displacements and the count of a share "of whom"', () => {
  it('reads "the number of M23-related displacements ... had risen to 1.7 million, an estimated 14% (around 238,000) of whom"', () => {
    expect(vuq('As at 11 February, the number of M23-related displacements across Ostra province had risen to 1.7 million, an estimated 14% (around 238,000) of whom were children.')).toEqual([
      [1700000, 'person', 'exact'],
      [14, 'percent', 'approximately'],
      [238000, 'person', 'approximately'],
    ]);
  });
  it('reads no count from the number of the areas in "a total of 108 people have been killed ... in 50 local government areas"', () => {
    expect(vuq('A total of 108 people have been killed in 50 local government areas across Ostra.').map(([v]) => v)).toEqual([108]);
  });
});

describe('held-out set 77: a camp "that is now home to" people', () => {
  it('reads the people of "a vast camp of the same name that is now home to 3,000 people", but not of a town', () => {
    expect(vuq('She fled to a vast initial camp of the same name that is now home to 3,000 people in Ostra.').map(([v, u]) => [v, u])).toEqual([[3000, 'person']]);
    expect(vuq('Ostra, a town that is now home to 3,000 people, was hit.')).toEqual([]);
  });
});

describe('held-out set 78: people mobilised or deployed are the response', () => {
  it('drafts no count of "mobilized half a million people", but does of people harmed', () => {
    expect(vuq('Authorities in Ostra also mobilized half a million people in response to the typhoon.')).toEqual([]);
    expect(vuq('Ostra deployed 300 people, and 2 of them were killed.').map(([v]) => v)).toEqual([300, 2]);
  });
});

describe('held-out set 82: a number in words said again in digits', () => {
  it('reads no part of the people before from "twenty-one (21) ASAL counties" or "one (1) vessel"', () => {
    expect(vuq('Some 4.4 million people are in need, and the drought remains grave in twenty-one (21) ASAL counties of Ostra.').map(([v]) => v)).toEqual([4400000]);
    expect(vuq('A total of 120 passengers and one (1) vessel were stranded at Ostra.').map(([v]) => v)).toEqual([120]);
  });
});

describe('held-out set 78: a number in a condition', () => {
  it('drafts no count from "if the 500 houses are heavily damaged", and still the amount of the main clause', () => {
    expect(vuq('So if the 500 houses in Ostra are heavily damaged, repairs take a year.')).toEqual([]);
    expect(vuq('If 2 million people are displaced, the plan for Ostra needs $5 million.').map(([v, u]) => [v, u])).toEqual([[5000000, 'USD']]);
  });
});

describe('held-out set 77: a change in parentheses after a noun of increase', () => {
  it('reads "increase of suspected measles cases since January (from 6,839 to 29,820 cases)" as two levels, no range', () => {
    expect(vuq('There has been a 336 per cent increase of suspected measles cases since January (from 6,839 to 29,820 cases) in Ostra.')).toEqual([
      [6839, 'person', 'exact'],
      [29820, 'person', 'exact'],
    ]);
  });
});

describe('held-out set 83: a people\'s name between a group\'s word and its head noun; a magnitude before the number', () => {
  it('reads "500 displaced Syrian families" and "8,212 of displaced Rohingya Muslim families" as households', () => {
    expect(vuq('The KRCS gave bread to 500 displaced Syrian families in Ostra.').map(([v, u]) => [v, u])).toEqual([[500, 'household']]);
    expect(vuq('Aid reached 8,212 of displaced Rohingya Muslim families in Ostra.').map(([v, u]) => [v, u])).toEqual([[8212, 'household']]);
  });
  it('still reads "700 displaced Syrians" as people', () => {
    expect(vuq('Aid reached 700 displaced Syrians in Ostra.').map(([v, u]) => [v, u])).toEqual([[700, 'person']]);
  });
  it('drafts no count from "a magnitude 7.8 earthquake" or "of magnitude 6.3"', () => {
    expect(vuq('The death toll from a magnitude 7.8 earthquake rose in Ostra.')).toEqual([]);
    expect(vuq('An earthquake of magnitude 6.3 hit Ostra, killing 12 people.').map(([v]) => v)).toEqual([12]);
  });
});

describe('held-out sets 84 and 85: more signs, casualties and nouns', () => {
  it('reads "RM106 million" as MYR, "more than RS 250 million" as the text\'s rupee, "K 468 million" in a Myanmar text as MMK', () => {
    expect(vuq('Malaysia has channelled RM106 million to Ostra.').map(([v, u]) => [v, u])).toEqual([[106000000, 'MYR']]);
    const np = run('Floods in Nepal\n\nDonors in Nepal gave more than RS 250 million to Ostra.\n');
    expect(np.candidates.map((c) => [c.value, c.unit])).toEqual([[250000000, 'NPR']]);
    const mm = run('Floods in Myanmar\n\nThe ministry in Myanmar has spent more than K 468 million in aid.\n');
    expect(mm.candidates.map((c) => [c.value, c.unit])).toEqual([[468000000, 'MMK']]);
  });
  it('reads "50 have died there" as people, "82 Asylum seekers", "seven evacuation posts", "9,887 registered household heads"', () => {
    expect(vuq('In Ostra 50 have died there and 34 have died in Pell.').map(([v, u]) => [v, u])).toEqual([
      [50, 'person'],
      [34, 'person'],
    ]);
    expect(vuq('There are 82 Asylum seekers relocated from Ostra.').map(([v, u]) => [v, u])).toEqual([[82, 'person']]);
    expect(vuq('677 displaced families in Ostra stay at seven evacuation posts.').map(([v, u]) => [v, u])).toEqual([
      [677, 'household'],
      [7, 'evacuation-centre'],
    ]);
    expect(vuq('Aid in Ostra went to 9,887 registered household heads.').map(([v, u]) => [v, u])).toEqual([[9887, 'household']]);
  });
});

describe('held-out set 85: a toll after a longer phrase; people who arrived after a count of people', () => {
  it('reads "The death toll following the October 29 floods in Ostra ... has risen to 225" as people, deaths', () => {
    const r = run('Floods in Ostra\n\nThe death toll following the October 29 floods in Ostra, Pell, and other neighboring regions has risen to 225.\n');
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.indicator])).toEqual([[225, 'person', 'deaths']]);
  });
  it('reads "at least 6,708 arrived" after "8,561 migrants arrived" as people, but not "The first 20 arrived"', () => {
    expect(vuq('In the first fortnight, 8,561 migrants arrived in Ostra and from October 16 to 30, at least 6,708 arrived.').map(([v, u]) => [v, u])).toEqual([
      [8561, 'person'],
      [6708, 'person'],
    ]);
    expect(vuq('The first 20 arrived in Ostra on Monday.')).toEqual([]);
  });
  it('reads "the toll ... has reached 8,567 as of Sunday" as deaths, not people reached', () => {
    const r = run('Quake in Ostra\n\nThe death toll of the earthquake in Ostra has reached 8,567 as of Sunday.\n');
    expect(r.draft.figures.map((f) => [f.value, f.indicator])).toEqual([[8567, 'deaths']]);
  });
});

describe('the review of round nineteen: where the newest rules must not fire', () => {
  it('reads no people from "500 life jackets", "300 female health workers", "12 male wards"', () => {
    // (life jackets are counted as life jackets since round 32)
    expect(vuq('In Ostra they distributed 500 life jackets and 12 male wards opened.')).toEqual([[500, 'life-jacket', 'exact']]);
    expect(vuq('In Ostra 300 female health workers were trained.')).toEqual([]);
  });
  it('reads one harmed member of a group: "One of the rescuers died", "killed one of the aid workers"', () => {
    expect(vuq('One of the rescuers died in Ostra.').map(([v, u]) => [v, u])).toEqual([[1, 'person']]);
    expect(vuq('They killed one of the aid workers in Ostra.').map(([v, u]) => [v, u])).toEqual([[1, 'person']]);
  });
  it('makes parts of "2,000 elderly people and 500 infants", "1.2 million children and 800,000 women", "two men and three women"', () => {
    const parts = (body: string) => run(`Floods in Ostra\n\n${body}`).draft.figures.map((f) => [f.value, f.indicator, f.breakdown?.part ?? null]);
    expect(parts('The floods killed 5,000 people in Ostra, including 2,000 elderly people and 500 infants.')).toEqual([
      [5000, 'deaths', null],
      [2000, 'deaths', 'elderly people'],
      [500, 'deaths', 'infants'],
    ]);
    expect(parts('In Ostra 3 million people are in need, including 1.2 million children and 800,000 women.').map(([, , p]) => p)).toEqual([null, 'children', 'women']);
    expect(parts('The attack killed 12 people in Ostra, including two men and three women.').map(([, , p]) => p)).toEqual([null, 'men', 'women']);
    expect(parts('An airstrike killed four people in Ostra including one woman and three children aged three.').map(([, , p]) => p)).toEqual([null, 'woman', 'children']);
    expect(parts('The drought affects 7.1 million people in Ostra, including 370,000 severely malnourished children.').map(([, , p]) => p)).toEqual([null, 'children']);
  });
  it('gives a group no indicator of a count across a semicolon or a share', () => {
    const r = run('Refugees in Ostra\n\nOstra hosts 300,000 refugees; the response is funded at 40%, including 20,000 students.\n');
    expect(r.draft.figures.find((f) => f.value === 20000)?.indicator).not.toBe('refugees');
  });
  it('reads a condition after "if" with a currency, but not after "even if" or a hedge (an estimate)', () => {
    expect(vuq('If $20 million is not received, Ostra will suffer.')).toEqual([]);
    expect(vuq('He would not be surprised if more than 100,000 people were killed in Ostra.').map(([v, , q]) => [v, q])).toEqual([[100000, 'more-than']]);
    expect(vuq('Even if 2 million people have received aid in Ostra, needs remain.').map(([v]) => v)).toEqual([2000000]);
  });
  it('drafts what people live on as aid, and no poverty line', () => {
    expect(vuq('Refugees in Ostra live on $13 a month in WFP food vouchers.').map(([v, u]) => [v, u])).toEqual([[13, 'USD']]);
    expect(vuq('Half of Ostra lives below the poverty line of $1.90 a day.').map(([v, u]) => [v, u])).toEqual([[50, 'percent']]);
  });
  it('reads "has not exceeded", "did not exceed", "not over" as up-to', () => {
    expect(vuq('Deaths in Ostra did not exceed 600 people and were not over 700 people.').map(([v, , q]) => [v, q])).toEqual([
      [600, 'up-to'],
      [700, 'up-to'],
    ]);
  });
  it('reads a plain range after "the increase in attacks in northern Ostra from 10,000 to 15,000"', () => {
    expect(vuq('Following the increase in attacks in northern Ostra from 10,000 to 15,000 people fled.')).toEqual([[10000, 'person', 'range']]);
  });
  it('reads no spaced "Sh" before a count without a scale ("L. Sh 5,000 households")', () => {
    const r = run('Floods in Somalia\n\nIn Somalia, in L. Sh 5,000 households fled.\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[5000, 'household']]);
  });
  it('reads no equivalent in mismatched brackets ("($22 million]")', () => {
    const r = run('Appeal\n\nOstra asks CHF 20 million ($22 million] from donors.\n');
    expect(r.candidates.map((c) => c.stated.length)).toEqual([0, 0]);
  });
  it('reads a bare "$" of an aid agency\'s Caribbean office as USD', () => {
    for (const publisher of ['UNICEF Jamaica', 'IFRC Trinidad and Tobago country cluster', 'WFP Barbados']) {
      expect(vuq('The agency appealed for $10 million for Ostra.', { publisher }).map(([, u]) => u)).toEqual(['USD']);
    }
  });
});

describe('held-out set 83: peoples with their counts in parentheses; the whole a part is "out of"', () => {
  it('reads "followed by Syrians (1.5 million), Yemenis (one million)" as people', () => {
    expect(vuq('Sudanese are the largest group in Ostra, followed by Syrians (1.5 million) and Yemenis (one million).').map(([v, u]) => [v, u])).toEqual([
      [1500000, 'person'],
      [1000000, 'person'],
    ]);
  });
  it('reads "207,889 individuals out of the 433,140 fleeing" as two counts of people, and no count of a place in parentheses', () => {
    expect(vuq('Ostra has registered 207,889 individuals out of the 433,140 fleeing the war.').map(([v, u]) => [v, u])).toEqual([
      [207889, 'person'],
      [433140, 'person'],
    ]);
    expect(vuq('Rains hit Derna (30,000) and Ostra.')).toEqual([]);
  });
});

describe('held-out sets 86 and 87: the rand of a South African province or paper; an agency\'s dollar', () => {
  it('reads "R1.1bn" as ZAR in a text of KwaZulu-Natal, or of a South African paper', () => {
    const r = run('KZN floods\n\nThe damage in eThekwini is estimated at R1.1bn.\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[1100000000, 'ZAR']]);
    const p = run('Floods\n\nThe province will raise at least R1 billion in aid.\n', { publisher: 'News24' });
    expect(p.candidates.map((c) => c.unit)).toEqual(['ZAR']);
  });
  it('reads a bare "$" of a national fundraising office as its country\'s dollar ("CARE Australia", "UNICEF Canada")', () => {
    expect(vuq('CARE Australia has contributed $250,000 to Ostra.', { publisher: 'CARE Australia' }).map(([, u]) => u)).toEqual(['AUD']);
    expect(vuq('Canadians have donated $2 million for Ostra.', { publisher: 'UNICEF Canada' }).map(([, u]) => u)).toEqual(['CAD']);
  });
});

describe('held-out sets 86 and 87: ranks, rates, marks, camps of the displaced, a list after "if"', () => {
  it('drafts no rank ("The five largest individual appeals") and no numerator of a rate ("four children ... per 10 000 people")', () => {
    expect(vuq('The five largest individual appeals are for refugees in Ostra.')).toEqual([]);
    expect(vuq('As many as four children or two adults per 10 000 people will die every day in Ostra.')).toEqual([]);
  });
  it('reads "Cholera cases have breached the 3 000 mark" as more than 3,000 people, "42 marooned" as people', () => {
    expect(vuq('Cholera cases in Ostra have breached the 3 000 mark.')).toEqual([[3000, 'person', 'more-than']]);
    expect(vuq('In Ostra 102 were injured and 42 marooned.').map(([v, u]) => [v, u])).toEqual([
      [102, 'person'],
      [42, 'person'],
    ]);
  });
  it('reads "36 internally displaced persons camps" as camps and "27.8 million new displacements" as people', () => {
    expect(vuq('Relief went to victims in 36 internally displaced persons camps in Ostra.').map(([v, u]) => [v, u])).toEqual([[36, 'camp']]);
    expect(vuq('IDMC recorded 27.8 million new displacements in Ostra.').map(([v, u]) => [v, u])).toEqual([[27800000, 'person']]);
  });
  it('drafts no number of a list after "if" ("If 10, 100 or 50 people are critically affected")', () => {
    expect(vuq('If 10, 100 or 50 people are critically affected in Ostra, we act.')).toEqual([]);
  });
});

describe('held-out set 87: a list of places in parentheses after a sentence that opens with its noun behind a word', () => {
  it('reads "Cholera-confirmed deaths have been recorded in Manicaland (12), Harare (3)" as people by place', () => {
    const r = run('Cholera\n\nCholera-confirmed deaths have been recorded in Ostra (12), Pell (3) and Kessa (2).\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [12, 'person'],
      [3, 'person'],
      [2, 'person'],
    ]);
  });
});

describe('the second review of round nineteen: where the newest rules must not fire', () => {
  it('keeps the count before a rate ("1,200 cases, an attack rate of 5 per 10 000"; "20,000 refugees, ... one latrine per 1,000")', () => {
    expect(vuq('The outbreak in Ostra has caused 1,200 cases, an attack rate of 5 per 10 000 population.').map(([v]) => v)).toEqual([1200]);
    expect(vuq('The camp in Ostra hosts 20,000 refugees, with only one latrine per 1,000 people.').map(([v]) => v)).toEqual([20000]);
  });
  it('reads "if not 1,000 people" as an estimate, not a condition', () => {
    expect(vuq('Hundreds, if not 1,000 people, were killed in the attack on Ostra.').map(([v]) => v)).toEqual([1000]);
  });
  it('reads no people from a year, an age or a city in parentheses ("Ukrainians (2022)", "Chris Evans (45)", "Memphis (300)")', () => {
    expect(vuq('Ukrainians (2022) were the largest group in Ostra.')).toEqual([]);
    expect(vuq('The victims in Ostra were named as Thomas Harris (34) and Chris Evans (45).')).toEqual([]);
    expect(vuq('New Orleans (1,200) and Memphis (300) saw evacuations from Ostra.')).toEqual([]);
  });
  it('reads no level of "reached the 3 Kakuma settlements", and no harm of another clause after "One of the survivors said"', () => {
    expect(vuq('In Ostra infections have reached the 3 Kakuma settlements.')).toEqual([]);
    expect(vuq('One of the survivors said that 12 people were killed in Ostra.').map(([v]) => v)).toEqual([12]);
  });
  it('keeps "3 top commanders" killed, "12,000 displaced people camp in schools", "30 people out of the 10-storey building"', () => {
    expect(vuq('The attack in Ostra killed 3 top commanders and 12 civilians.').map(([v]) => v)).toEqual([3, 12]);
    expect(vuq('Some 12,000 displaced people camp in schools in Ostra.').map(([v, u]) => [v, u])).toEqual([[12000, 'person']]);
    expect(vuq('Rescuers pulled 30 people out of the 10-storey building in Ostra.').map(([v]) => v)).toEqual([30]);
  });
  it('reads no group after another head noun ("1,200 people whose children"), and "1,200 female headed households" as households', () => {
    const r = run('Quake in Ostra\n\nThe quake killed 3,000 people in Ostra, including 1,200 people whose children were missing.\n');
    expect(r.draft.figures.map((f) => f.breakdown?.part ?? null)).toEqual([null, null]);
    expect(vuq('The floods hit 1,200 female headed households in Ostra.').map(([v, u]) => [v, u])).toEqual([[1200, 'household']]);
  });
  it('reads no rand from a road ("the R102 road", "the R61 and the N2")', () => {
    const r = run('KZN floods\n\nThe R102 road was closed after 5 people died, and parts of the R61 and the N2 were washed away.\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[5, 'person']]);
  });
  it('reads "The 3 hardest hit schools" as a rank', () => {
    expect(vuq('The 3 hardest hit schools of Ostra reopened.')).toEqual([]);
  });
});

describe('held-out sets 89 and 90: zeros, two spaces, "1 in every 4 children", "5M at risk", a code before a plural noun', () => {
  it('drafts no zero ("0 People in food security", "only 0 suspected cases")', () => {
    expect(vuq('In Ostra 0 people are in Phase 1, leaving only 0 suspected cases.')).toEqual([]);
  });
  it('reads "3.7 million  people" (two spaces) as people, "1 in every 4 children" as 25 percent, "more than 5M at risk" as people', () => {
    expect(vuq('The UN says 3.7 million  people in Ostra need aid.').map(([v, u]) => [v, u])).toEqual([[3700000, 'person']]);
    expect(vuq('In Ostra 1 in every 4 children is malnourished.').map(([v, u]) => [v, u])).toEqual([[25, 'percent']]);
    expect(vuq('In Ostra more than 5M at risk of famine.')).toEqual([[5000000, 'person', 'more-than']]);
  });
  it('reads no currency from a code before a plural noun ("12 CRC executives"), but "20 million CHF funds"', () => {
    expect(vuq('The CRC in Ostra has 12 CRC executives and 20 million CHF funds.').map(([v, u]) => [v, u])).toEqual([[20000000, 'CHF']]);
  });
});

describe('held-out sets 89 to 91: surveys, densities, forced flight, single persons, a camp\'s total population', () => {
  it('drafts no survey sample ("surveying 60 newly displaced families") and no density ("12,000 people per square kilometre")', () => {
    expect(vuq('DTM teams were in Ostra, surveying 60 newly displaced families.')).toEqual([]);
    expect(vuq('Ostra has more than 12,000 people per square kilometre.')).toEqual([]);
    expect(vuq('At least two people per day per 10,000 people die in Ostra.')).toEqual([]);
  });
  it('reads "forcing 600,000 to flee", "54 were forcibly repatriated", "tens of thousands will already have died" as people', () => {
    expect(vuq('The fighting in Ostra is forcing 600,000 to flee their homes.').map(([v, u]) => [v, u])).toEqual([[600000, 'person']]);
    expect(vuq('In Ostra 54 were forcibly repatriated.').map(([v, u]) => [v, u])).toEqual([[54, 'person']]);
    expect(vuq('It is likely that tens of thousands will already have died in Ostra.')).toEqual([[10000, 'person', 'at-least']]);
  });
  it('reads a single woman or man harmed or counted with others, not one in a story', () => {
    expect(vuq('In Ostra one woman was killed and 12 civilians were injured.').map(([v]) => v)).toEqual([1, 12]);
    expect(vuq('The dead in Ostra were 13 men and one woman.').map(([v]) => v)).toEqual([13, 1]);
    expect(vuq('In Ostra one young man yelled in English.')).toEqual([]);
  });
  it('reads "bringing the total population of the camp to over half a million" after a count of people', () => {
    expect(vuq('The war drove 150,000 people to Ostra, bringing the total population of the camp to over half a million.').map(([v, u, q]) => [v, u, q])).toEqual([
      [150000, 'person', 'exact'],
      [500000, 'person', 'more-than'],
    ]);
  });
});

describe('held-out set 94: immigrants, and a part "out of over" a whole', () => {
  it('reads "7,591 Haitian immigrants were deported" as people and "about 131,000 out of over 240,000 refugees" as two counts of people', () => {
    expect(vuq('In Ostra 7,591 Haitian immigrants were deported.').map(([v, u]) => [v, u])).toEqual([[7591, 'person']]);
    expect(vuq('WFP provides money to about 131,000 out of over 240,000 refugees in Ostra.').map(([v, u, q]) => [v, u, q])).toEqual([
      [131000, 'person', 'approximately'],
      [240000, 'person', 'more-than'],
    ]);
  });
});

describe('held-out sets 92 and 93: TL, VNĐ, applicants, "still missing", families then their people', () => {
  it('reads "250.000.000 TL" and "TL 5 million" as TRY, "VNĐ136 billion" as VND', () => {
    const tr = run('Türkiye earthquakes\n\nAFAD sent 250.000.000 TL and TL 5 million to the region.\n');
    expect(tr.candidates.map((c) => [c.value, c.unit])).toEqual([
      [250000000, 'TRY'],
      [5000000, 'TRY'],
    ]);
    expect(vuq('Damage in Ostra is estimated at around VNĐ136 billion.')).toEqual([[136000000000, 'VND', 'approximately']]);
  });
  it('reads "538,028 applicants" and "109 still missing" as people', () => {
    expect(vuq('FEMA gave grants to 538,028 applicants in Ostra, and 109 are still missing.').map(([v, u]) => [v, u])).toEqual([
      [538028, 'person'],
      [109, 'person'],
    ]);
  });
  it('reads "the number of affected families ... had reached 160,005 or 645,007 persons" as households, then people', () => {
    expect(vuq('The number of affected families in Ostra had reached 160,005 or 645,007 persons.').map(([v, u]) => [v, u])).toEqual([
      [160005, 'household'],
      [645007, 'person'],
    ]);
  });
});

describe('"most" before the noun a count names', () => {
  it('reads "the 500 most vulnerable families" as households and "17.3 million most vulnerable people" as people', () => {
    expect(vuq('Aid reached the 500 most vulnerable families in Ostra.').map(([v, u]) => [v, u])).toEqual([[500, 'household']]);
    expect(vuq('The funds help 17.3 million most vulnerable people in Ostra.').map(([v, u]) => [v, u])).toEqual([[17300000, 'person']]);
  });
});

describe('held-out sets 95 and 97: people at shelters, houses demolished', () => {
  it('reads "About 28,000 were still at evacuation shelters" and "Only 15 took shelter" as people', () => {
    expect(vuq('In Ostra about 28,000 were still at evacuation shelters, and only 15 took shelter in Pell.').map(([v, u]) => [v, u])).toEqual([
      [28000, 'person'],
      [15, 'person'],
    ]);
  });
  it('reads "1,17,356 were completely demolished" after a count of houses as houses', () => {
    expect(vuq('The floods damaged 120,000 houses in Ostra, and 1,17,356 were completely demolished.').map(([v, u]) => [v, u])).toEqual([
      [120000, 'house'],
      [117356, 'house'],
    ]);
  });
});

describe('held-out sets 98 to 103: the sol sign, equivalents with a comment, people affected without a noun', () => {
  it('reads the Peruvian sol sign "S/" and "S/." before an amount as PEN', () => {
    expect(vuq('The ministry transferred more than S/291.8 million to Ostra, and S/. 1,500 to each family.').map(([v, u, q]) => [v, u, q])).toEqual([
      [291800000, 'PEN', 'more-than'],
      [1500, 'PEN', 'exact'],
    ]);
  });
  it('reads no amount in a Security Council document symbol', () => {
    expect(vuq('The report S/2024/123 on Ostra was published.')).toEqual([]);
  });
  it('reads "the 8,417 who made the crossing" as people, but not a year before "who"', () => {
    expect(vuq('In Ostra the 8,417 who made the crossing in 2020 were fewer.').map(([v, u]) => [v, u])).toEqual([[8417, 'person']]);
    // (never a year: "the 2020 who ...")
    expect(vuq('In Ostra the 2020 who report was published.')).toEqual([]);
  });
  it('reads a bare number that "disappeared" as people missing', () => {
    expect(vuq('In Ostra 270 perished at sea and 992 disappeared the same year.').map(([v, u]) => [v, u])).toEqual([
      [270, 'person'],
      [992, 'person'],
    ]);
  });
  it('reads "48 of their companions" and "three of her grandchildren" as people', () => {
    expect(vuq('Survivors in Ostra said that 48 of their companions had died.').map(([v, u]) => [v, u])).toEqual([[48, 'person']]);
    expect(vuq('In Ostra three of her grandchildren had died.').map(([v, u]) => [v, u])).toEqual([[3, 'person']]);
    // (kin alone are a story's own, no figure)
    expect(vuq('I managed to flee Ostra with my two young sons.')).toEqual([]);
  });
  it('reads the total a count "took" to, past "who have arrived", and "brings to 94,000 the estimated number of people"', () => {
    expect(vuq('The 669 migrants who crossed on Sunday took the total who have arrived in Ostra to 17,085.').map(([v, u]) => [v, u])).toEqual([
      [669, 'person'],
      [17085, 'person'],
    ]);
    expect(vuq('The new arrivals in Ostra bring to 94,000 the estimated number of people who fled.').map(([v, u]) => [v, u])).toEqual([[94000, 'person']]);
    expect(vuq('The new arrivals in Ostra bring to 40,000 the number of internally displaced persons.').map(([v, u]) => [v, u])).toEqual([[40000, 'person']]);
  });
  it('reads "have been directly affected" and "caused 13,400 to be displaced" after a bare number as people', () => {
    expect(vuq('Around 20,000 have been directly affected in Ostra.')).toEqual([[20000, 'person', 'approximately']]);
    expect(vuq('The rains affected 37,000 people in Ostra and caused 13,400 to be displaced.').map(([v, u]) => [v, u])).toEqual([
      [37000, 'person'],
      [13400, 'person'],
    ]);
    // (not after a count of something else: bridges, hectares)
    expect(vuq('In Ostra 8,681 hectares were lost and 20,539 were affected.')).toEqual([]);
  });
  it('counts schools used as or turned into shelters as evacuation centres; damaged schools stay schools', () => {
    expect(vuq('Seven schools in Ostra have been transformed to house the victims.').map(([v, u]) => [v, u])).toEqual([[7, 'evacuation-centre']]);
    expect(vuq('In Ostra 42 schools are being used as evacuation centres.').map(([v, u]) => [v, u])).toEqual([[42, 'evacuation-centre']]);
    expect(vuq('In Ostra, 42 schools used as shelters were damaged by the storm.').map(([v, u]) => [v, u])).toEqual([[42, 'school']]);
  });
});

describe('held-out sets 99 and 101: classrooms', () => {
  it('counts classrooms as classrooms, not schools, beside the schools they are in', () => {
    expect(vuq('In Ostra 138 classrooms were totally damaged.').map(([v, u]) => [v, u])).toEqual([[138, 'classroom']]);
    expect(vuq('In Ostra 4,747 classrooms in 968 schools were damaged.').map(([v, u]) => [v, u])).toEqual([
      [4747, 'classroom'],
      [968, 'school'],
    ]);
  });
});

describe('held-out set 99: rupees written as a word', () => {
  it('reads a bare "rupees" after an amount as "Rs" is read: INR, or the rupee of the country the text opens with', () => {
    expect(vuq('The storm damaged power lines in Ostra worth more than 12 billion rupees.')).toEqual([[12000000000, 'INR', 'more-than']]);
    expect(vuq('The government in Ostra approved 3,000 rupee notes.')).toEqual([]);
    expect(run('Floods in Pakistan\n\nThe floods destroyed crops in Ostra worth 5 million rupees.').candidates.map((c) => [c.value, c.unit])).toEqual([[5000000, 'PKR']]);
  });
  it('drafts no amount from the last part of an amount in words', () => {
    expect(vuq('The floods caused damage in Ostra equivalent to eight million and six hundred thousand rupees.')).toEqual([]);
    expect(vuq('The agency in Ostra spent eight million and six hundred thousand euros.')).toEqual([]);
  });
});

describe('held-out set 102: casualties by kind, a year after a count', () => {
  it('reads a bare number "abducted" as people, beside the killed and injured', () => {
    expect(vuq('In Ostra 862 victims were affected -- 406 killed, 293 injured and 100 abducted.').map(([v, u]) => [v, u])).toEqual([
      [862, 'person'],
      [406, 'person'],
      [293, 'person'],
      [100, 'person'],
    ]);
  });
  it('reads no count of people from a year before "in" and a place', () => {
    expect(vuq('Some 862 people were killed or injured in the last quarter of 2023 in Ostra.').map(([v, u]) => [v, u])).toEqual([[862, 'person']]);
  });
});

describe('held-out set 103: a bulletin\'s list of people', () => {
  it('reads "841 treated, 26 sheltered, 29 at risk" after a count of people as people; not without one', () => {
    expect(vuq('The incidents in Ostra affected 17,338 people, 571 evacuated, 841 treated, 26 sheltered and 29 at risk.').map(([v, u]) => [v, u])).toEqual([
      [17338, 'person'],
      [571, 'person'],
      [841, 'person'],
      [26, 'person'],
      [29, 'person'],
    ]);
    expect(vuq('The storm in Ostra damaged 120 houses, 41 repaired and 12 treated.').map(([v, u]) => [v, u])).toEqual([[120, 'house']]);
  });
});

describe('held-out sets 98 and 101: a people and its faith, feared dead', () => {
  it('reads "700,000 Rohingya Muslims" and "5,000 Muslims" as people', () => {
    expect(vuq('Since 2017 more than 700,000 Rohingya Muslims have fled to Ostra.')).toEqual([[700000, 'person', 'more-than']]);
    expect(vuq('About 5,000 Muslims fled to Ostra.')).toEqual([[5000, 'person', 'approximately']]);
  });
  it('reads a bare "180 feared dead" and "180 presumed drowned" as people', () => {
    expect(vuq('Off Ostra 180 feared dead after the boat sank.').map(([v, u]) => [v, u])).toEqual([[180, 'person']]);
    expect(vuq('Off Ostra 180 presumed drowned after the boat sank.').map(([v, u]) => [v, u])).toEqual([[180, 'person']]);
  });
});

describe('held-out set 103: an equivalent with a word on the rate', () => {
  it('reads "(223.4 million US dollars, at the current exchange rate)" as the stated equivalent', () => {
    const r = run('Floods in Ostra\n\nThe agency needs 14.3 billion meticais (223.4 million US dollars, at the current exchange rate) for Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([[14300000000, 'MZN', [[223400000, 'USD']]]]);
  });
});

describe('held-out sets 101 and 103: levels of "the figures", acts, victims, staff, damage lists', () => {
  it('reads "the latest figures, which stand at 1,013,234" after a count of people as people', () => {
    expect(vuq('Over 1 million people were displaced in Ostra. The council presented the latest figures, which stand at 1,013,234.').map(([v, u]) => [v, u])).toEqual([
      [1000000, 'person'],
      [1013234, 'person'],
    ]);
  });
  it('reads no people in acts committed, and people in "1,130 sexually assaulted"', () => {
    expect(vuq('Of the 27,180 violations in Ostra, 24,300 were committed in 2022 against children.')).toEqual([]);
    expect(vuq('In Ostra 406 were killed and 1,130 sexually assaulted.').map(([v, u]) => [v, u])).toEqual([
      [406, 'person'],
      [1130, 'person'],
    ]);
  });
  it('reads child soldiers freed and personnel affected as people, personnel deployed as responders', () => {
    expect(vuq('Over 200 child soldiers were freed in Ostra.').map(([v, u]) => [v, u])).toEqual([[200, 'person']]);
    expect(vuq('In Ostra 46,877 personnel were affected.').map(([v, u]) => [v, u])).toEqual([[46877, 'person']]);
    expect(vuq('The agency deployed 500 personnel to Ostra.')).toEqual([]);
  });
  it('reads no schools in "18 school divisions"', () => {
    expect(vuq('The storm affected pupils in 18 school divisions in Ostra.')).toEqual([]);
  });
  it('reads "3,503 with major damage and 1,968 that were totally destroyed" after a count of classrooms as classrooms', () => {
    expect(vuq('The storm damaged 10,400 classrooms in Ostra with minor damage, 3,503 with major damage and 1,968 that were totally destroyed.').map(([v, u]) => [v, u])).toEqual([
      [10400, 'classroom'],
      [3503, 'classroom'],
      [1968, 'classroom'],
    ]);
  });
});

describe('held-out sets 91 and 98: a count in parentheses after its plural', () => {
  it('reads "Most of the deaths (219)" as people, but not a restatement after a count', () => {
    expect(vuq('Most of the deaths (219) in Ostra were caused by heat.').map(([v, u]) => [v, u])).toEqual([[219, 'person']]);
    expect(vuq('In Ostra 1,000 people (5,000) were displaced.').map(([v, u]) => [v, u])).toEqual([[1000, 'person']]);
    expect(vuq('In Ostra, deaths (219) and injuries (1,300) were recorded.').map(([v, u]) => [v, u])).toEqual([
      [219, 'person'],
      [1300, 'person'],
    ]);
  });
});

describe('held-out set 105: lists of cases by place', () => {
  it('reads a list by place after cases "distributed as follows:" as people, each in its place', () => {
    const r = run('Cholera in Ostra\n\nThe new cases are from 3 provinces and distributed as follows: 381 in Kessa Province, 25 in Pell Province and 1 in Ostra Province.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [381, 'person'],
      [25, 'person'],
      [1, 'person'],
    ]);
  });
  it('reads "States with cases are: Kessa (377), Pell (two)" as people', () => {
    expect(vuq('States with cases are: Kessa (377), Pell (two), Ostra (one).').map(([v, u]) => [v, u])).toEqual([
      [377, 'person'],
      [2, 'person'],
      [1, 'person'],
    ]);
  });
});

describe('held-out sets 107 and 109: hyphenated halves and quarters, people in need after a place or a year', () => {
  it('reads "half-a-million" and "a quarter-of-a-million" (and the draft validates against them)', () => {
    expect(vuq('The floods in Ostra killed 149 people and displaced more than half-a-million.').map(([v, u, q]) => [v, u, q])).toEqual([
      [149, 'person', 'exact'],
      [500000, 'person', 'more-than'],
    ]);
    expect(vuq('Nearly a quarter-of-a-million families in Ostra will receive aid.')).toEqual([[250000, 'household', 'nearly']]);
  });
  it('reads "over 17 million in Ostra are facing" and "22.9 million in 2025 have been in need" as people', () => {
    expect(vuq('Over 17 million in Ostra are facing acute food insecurity.')).toEqual([[17000000, 'person', 'more-than']]);
    expect(vuq('Around 22.9 million in 2025 have been in need of aid in Ostra.')).toEqual([[22900000, 'person', 'approximately']]);
  });
});

describe('held-out set 109: damage lists with participles, people affected with no noun', () => {
  it('reads "rendering 12,126 uninhabitable and damaging 134,290" after a count of houses as houses', () => {
    expect(vuq('The floods led to the collapse of 10,642 houses in Ostra, rendering 12,126 uninhabitable and damaging 134,290.').map(([v, u]) => [v, u])).toEqual([
      [10642, 'house'],
      [12126, 'house'],
      [134290, 'house'],
    ]);
  });
  it('reads "affecting almost 70,000 across the department" as people, not a small number of districts', () => {
    expect(vuq('Flooding was reported in Ostra from 14 November, affecting almost 70,000 across the department.')).toEqual([[70000, 'person', 'nearly']]);
    expect(vuq('The storm in Ostra, affecting 12 of the 20 districts, ended.')).toEqual([]);
  });
});

describe('held-out set 106: what the UN appeals for is in US dollars', () => {
  it('reads a bare "$" the UN appeals for as USD in a Hong Kong paper, and a donor\'s "$" after it as the paper\'s dollar', () => {
    const r = run('UN appeal\n\nThe United Nations has appealed for more than $45.3 billion for its needs in 2025, but only 21 percent, or $9.6 billion, had been received.', { publisher: 'China Daily Hong Kong' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [45300000000, 'USD'],
      [21, 'percent'],
      [9600000000, 'USD'],
    ]);
    const d = run('UN appeal\n\nThe UN appealed for $4 billion for Ostra, and Hong Kong pledged $50 million.', { publisher: 'China Daily Hong Kong' });
    expect(d.candidates.map((c) => [c.value, c.unit])).toEqual([
      [4000000000, 'USD'],
      [50000000, 'HKD'],
    ]);
  });
});

describe('held-out set 104: relief centres and health units', () => {
  it('counts relief centres as evacuation centres and health units as health facilities', () => {
    expect(vuq('In Ostra 206 relief centres were opened and 16 health units were damaged.').map(([v, u]) => [v, u])).toEqual([
      [206, 'evacuation-centre'],
      [16, 'health-facility'],
    ]);
  });
});

describe('round twenty, after a review: where the new rules must not fire', () => {
  it('reads no level of people from "Inflation figures now stand at 23"', () => {
    expect(vuq('Floods displaced 1,200 people in Ostra. Inflation figures now stand at 23.').map(([v, u]) => [v, u])).toEqual([[1200, 'person']]);
  });
  it('reads no people "affected" after a paragraph that counted houses', () => {
    expect(vuq('Floods destroyed 300 houses in Ostra. In Pell, 1,200 have been affected.').map(([v, u]) => [v, u])).toEqual([[300, 'house']]);
  });
  it('reads no people in money or things that "disappeared"', () => {
    expect(vuq('Auditors in Ostra found that US$ 2 million was allocated and 300,000 disappeared.').map(([v, u]) => [v, u])).toEqual([[2000000, 'USD']]);
    expect(vuq('Of the 2,000 tonnes of food shipped to Ostra, 300 disappeared.').map(([v, u]) => [v, u])).toEqual([[2000, 't']]);
  });
  it('reads no cases in a list of teams "deployed as follows:"', () => {
    expect(vuq('To respond to the rise in cholera cases, rapid response teams were deployed as follows: 40 in Pell District and 25 in Kessa District.')).toEqual([]);
  });
  it('reads no kin before a possessive', () => {
    expect(vuq("In Pell, 12 of their neighbours' homes were destroyed by the fire.")).toEqual([]);
  });
  it('keeps a range of two amounts in words of one scale, and people verified', () => {
    expect(vuq('Between one million and two million people in Ostra need food aid.')).toEqual([[1000000, 'person', 'range']]);
    expect(vuq('Ostra reported 1,200 suspected cholera cases. Of these, 300 were verified by laboratory testing.').map(([v, u]) => [v, u])).toEqual([
      [1200, 'person'],
      [300, 'person'],
    ]);
  });
  it('reads "IN NEED" in capitals as in need', () => {
    expect(vuq('Ostra: 4.1 million IN NEED of humanitarian aid.').map(([v, u]) => [v, u])).toEqual([[4100000, 'person']]);
  });
});

describe('round twenty, after a second review', () => {
  it('reads no people in things that disappeared, nor people affected after land counted', () => {
    expect(vuq('Of the 2,000 bags of maize shipped to Ostra, 300 disappeared.')).toEqual([]);
    expect(vuq('Floods inundated 8,681 hectares of farmland in Ostra. In Pell, 20,539 have been affected.')).toEqual([]);
  });
  it('keeps schools used as shelters for families whose houses were destroyed as evacuation centres', () => {
    expect(vuq('In Ostra, 42 schools are being used as shelters for families whose houses were destroyed.').map(([v, u]) => [v, u])).toEqual([[42, 'evacuation-centre']]);
    expect(vuq('In Ostra, 42 schools are used as evacuation centres; 10 others were damaged.').map(([v, u]) => [v, u])).toEqual([
      [42, 'evacuation-centre'],
      [10, 'school'],
    ]);
  });
  it('reads no people facing or affected after a count of houses, nor money moved', () => {
    expect(vuq('Some 2,000 houses in Ostra were destroyed and 1,500 in Pell are facing demolition.').map(([v, u]) => [v, u])).toEqual([
      [2000, 'house'],
      [1500, 'house'],
    ]);
    expect(vuq('Floods destroyed 300 houses in Ostra. The floods also affected 1,200 across the district.').map(([v, u]) => [v, u])).toEqual([[300, 'house']]);
    expect(vuq('The ministry moved 5 million from its reserve fund to the relief account in Ostra.')).toEqual([]);
  });
  it('keeps people feared dead or abducted after a count of houses', () => {
    expect(vuq('Gunmen burned 30 houses in Pell and 12 were abducted.').map(([v, u]) => [v, u])).toEqual([
      [30, 'house'],
      [12, 'person'],
    ]);
  });
  it('reads a donor\'s bare "$" after the UN named as the paper\'s dollar', () => {
    const r = run('Aid\n\nCanada said on Monday that, in response to the UN appeal, it will allocate $5 million.', { publisher: 'Global News (Canada)' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[5000000, 'CAD']]);
    const s = run('Aid\n\nUNICEF called for more help; Ottawa sent $5 million.', { publisher: 'Global News (Canada)' });
    expect(s.candidates.map((c) => [c.value, c.unit])).toEqual([[5000000, 'CAD']]);
  });
});

describe('held-out set 110: a list by place after a place that "has" its count', () => {
  it('reads "Sindh has reported 678, KPK 306, Balochistan 299" after a count of deaths as people, each item its own', () => {
    expect(vuq('Out of 1,545 deaths in Ostra, Kessa has reported 678, Pell 306, West Ostra (WO) 48 and Ostra Town 22.').map(([v, u]) => [v, u])).toEqual([
      [1545, 'person'],
      [678, 'person'],
      [306, 'person'],
      [48, 'person'],
      [22, 'person'],
    ]);
  });
  it('reads no such items without a place that "has" its count before them', () => {
    expect(vuq('The floods killed 1,545 people in Ostra, Pell 306 and Kessa 299 kilometres away.').map(([v, u]) => [v, u])).toEqual([[1545, 'person']]);
  });
});

describe('held-out set 110: a list by place whose verb comes last', () => {
  it('reads "one in Kessa, three in Pell and nine in Ostra have died" as people, and no such list without the verb', () => {
    expect(vuq('According to the centre, one in Kessa, three in Pell, one in Dorn and nine in Ostra have died due to floods.').map(([v, u]) => [v, u])).toEqual([
      [1, 'person'],
      [3, 'person'],
      [1, 'person'],
      [9, 'person'],
    ]);
    expect(vuq('The roads run 12 in Kessa, 30 in Pell and 9 in Ostra.')).toEqual([]);
  });
});

describe('held-out set 111: a count of people that changed by a number', () => {
  it('reads "an increase of over 28,000" after a count of people as people, marked as a change', () => {
    const r = run('Floods in Ostra\n\nThe number of displaced people in Pell rose to 286,000, an increase of over 28,000 since last week.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([
      [286000, 'person', 'exact'],
      [28000, 'person', 'more-than'],
    ]);
    expect(r.draft.figures[1]!.notes).toMatch(/a change/);
    expect(r.draft.figures[0]!.notes).not.toMatch(/a change/);
  });
  it('reads "increased by" and "is up by" after a people or a population as people, households after households', () => {
    expect(vuq('The IDP population in Pell increased by 122,000 in the past month.')).toEqual([[122000, 'person', 'exact']]);
    expect(vuq('Displacement in Kessa is up by almost 50,000 since May.')).toEqual([[50000, 'person', 'nearly']]);
    expect(vuq('The number of displaced households has risen by 1,200.')).toEqual([[1200, 'household', 'exact']]);
  });
  it('marks a change written with its noun too, and reads no change of money, prices or water', () => {
    const r = run('Floods in Ostra\n\nThis is an increase of 160,000 people compared with 2022.');
    expect(r.draft.figures[0]!.notes).toMatch(/a change/);
    expect(vuq('Funding for refugees increased by 20 million this year.')).toEqual([]);
    expect(vuq('Food prices in Pell rose by 40 in a month.')).toEqual([]);
    expect(vuq('The ministry said the appeal for IDPs in Kessa rose by 12,000 after the floods.')).toEqual([]);
  });
});
describe('held-out set 111: a change put beside its count, or of a figure of displacement', () => {
  it('reads "(up by almost 50,000", ", suggesting an increase of nearly" and "this displacement figure increased by" as people', () => {
    expect(vuq('Over 220,000 IDPs have sought refuge in 89 shelters (up by almost 50,000 on 7 May).')).toEqual([
      [220000, 'person', 'more-than'],
      [89, 'evacuation-centre', 'exact'],
      [50000, 'person', 'nearly'],
    ]);
    expect(vuq('The UN said the number of people displaced in Pell totalled 320,000, suggesting an increase of nearly 60,000 in three months.')).toEqual([
      [320000, 'person', 'exact'],
      [60000, 'person', 'nearly'],
    ]);
    expect(vuq('Some 286,020 people are displaced; this displacement figure increased by 122,000 in the past month.').map(([v, u]) => [v, u])).toEqual([
      [286020, 'person'],
      [122000, 'person'],
    ]);
    expect(vuq('In seven months, the number of refugees and migrants increased by one million.')).toEqual([[1000000, 'person', 'exact']]);
  });
});

describe('held-out set 111: food parcels, and the next item of a delivery after "as well as"', () => {
  it('reads food parcels as food parcels and "as well as 3,248 bags of flour" as bags', () => {
    expect(vuq('The convoy delivered 2,400 food parcels meant to sustain 12,000 people for a month, as well as 3,248 bags of flour.')).toEqual([
      [2400, 'food-parcel', 'exact'],
      [12000, 'person', 'exact'],
      [3248, 'bag', 'exact'],
    ]);
  });
  it('reads no bags after "as well as" when nothing was counted before them', () => {
    expect(vuq('The convoy reached Pell as well as 30 bags.')).toEqual([]);
    // (a verb of relief alone makes the bags an item: what was counted before is no condition)
    expect(vuq('The convoy delivered aid to Pell, as well as 30 bags of flour.').map(([v, u]) => [v, u])).toEqual([[30, 'bag']]);
  });
});

describe('held-out set 118: a year after "throughout" is no count', () => {
  it('reads no people from "the number of Rohingyas ... throughout 2023"', () => {
    expect(vuq('UNHCR reported a surge in the number of Rohingyas losing their lives during boat journeys in the Andaman Sea throughout 2023.')).toEqual([]);
    expect(vuq('The number of refugees in Pell has reached 2023.')).toEqual([[2023, 'person', 'exact']]);
  });
});

describe('held-out set 118: a range written with a dash whose upper bound carries the scale', () => {
  it('reads "20-30 thousand people" and "2-3 million people" as ranges of that scale', () => {
    const r = run('Floods in Ostra\n\nOfficials said approximately 20-30 thousand people a day were crossing, and the floods displaced 2-3 million people.');
    expect(r.candidates.map((c) => [c.value, c.low, c.high, c.unit])).toEqual([
      [20000, 20000, 30000, 'person'],
      [2000000, 2000000, 3000000, 'person'],
    ]);
  });
  it('reads no range across a year or from ages', () => {
    expect(vuq('In 2019-20 million people were displaced.')).toEqual([]);
    expect(vuq('Children aged 6-59 months were screened in Pell.')).toEqual([]);
  });
});

describe('held-out set 118: the count of a people set off by commas after its name', () => {
  it('reads "South Ostrans, more than 324,000, led by Pellians, more than 252,000," as people', () => {
    expect(vuq('The vast majority of travellers are South Americans, more than 324,000, led by Venezuelans, more than 252,000, and Colombians (13,404).')).toEqual([
      [324000, 'person', 'more-than'],
      [252000, 'person', 'more-than'],
      [13404, 'person', 'exact'],
    ]);
  });
  it('reads no year, no small number and no family name so', () => {
    expect(vuq('Among the arrivals were Syrians, 2019, and Ethiopians, 12.')).toEqual([]);
    expect(vuq('Houses destroyed by province: Hatay, 4,300; Kilis, 1,000.')).toEqual([]);
  });
});

describe('held-out set 118: a signed percentage is a change', () => {
  it('reads no share from "(-59%)" or "(+510% and +109%)", and keeps a bullet\'s share', () => {
    expect(vuq('Pell saw a drop in detections of irregular crossings (-59%), while Kessa saw large increases (+510% and +109%, respectively).')).toEqual([]);
    expect(vuq('- 59% of households in Pell lack water.')).toEqual([[59, 'percent', 'exact']]);
  });
});

describe('the dev corpus\'s DFAT release read without --publisher: a headline\'s country gives its dollar', () => {
  it('reads "Canada Pledges $3M ..." as Canadian dollars, and the text\'s other bare dollars with it', () => {
    const r = extractFigures('Canada Pledges $3M for Ostra Flood Relief\n\nThe Government is providing an additional $1 million for families in Pell.\n', { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [3000000, 'CAD'],
      [1000000, 'CAD'],
    ]);
  });
  it('reads a headline whose giver has no dollar of its own as US dollars', () => {
    const r = extractFigures('Ostra Pledges $3M for Flood Relief\n\nThe Government is providing an additional $1 million for families in Pell.\n', { published: PUBLISHED });
    expect(r.candidates.map((c) => c.unit)).toEqual(['USD', 'USD']);
  });
});

describe('the dev corpus\'s numbered paragraphs: an item\'s own number is no figure to note', () => {
  it('says nothing of "1. ", "(2) " or "(3)Assistance", and still notes a bare number in prose', () => {
    const r = run('Aid to Ostra\n\n1. On 15 May, the Government decided to extend aid.\n\n(2) Relief goods were sent.\n(3)Assistance through NGOs followed.\n\nThe convoy made 3 more.\n');
    const notes = r.notes.join('\n');
    expect(notes).not.toMatch(/line [3-6]: '[123]' has no unit/);
    expect(notes).toMatch(/line 8: '3' has no unit the extractor knows/);
  });
});

describe('held-out set 115: casualties by cause, and a range of amounts "ranging from Rs. 1 million to Rs. 5 million"', () => {
  it('reads a list of casualties by cause as people, each a part by its cause', () => {
    const r = run('Floods in Ostra\n\nThe fatalities include 5 due to lightning strikes, 99 from collapsing buildings, and 19 from drowning. Additionally, 2 people were injured by lightning, 465 by building collapses and 3 from drowning.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [5, 'person'], [99, 'person'], [19, 'person'], [2, 'person'], [465, 'person'], [3, 'person'],
    ]);
    expect(r.draft.figures.find((f) => f.value === 465)!.breakdown).toEqual({ part: 'by building collapses' });
    expect(r.draft.figures.find((f) => f.value === 465)!.indicator).toBe('injured');
  });
  it('reads no cause from a place, nor from a list of things', () => {
    expect(vuq('Some 5,000 people fled from Ostra, 3,000 from Pell.').map(([v, u]) => [v, u])).toEqual([[5000, 'person'], [3000, 'person']]);
    expect(run('Floods in Ostra\n\nSome 5,000 people fled from Ostra, 3,000 from Pell.').draft.figures[1]!.breakdown).toBeUndefined();
    expect(vuq('The UN sent 12 trucks, 5 from Pell and 3 by air.')).toEqual([]);
  });
  it('reads "ranging from Rs. 1 million to Rs. 5 million" as one range, and a rise from one amount to another as two', () => {
    expect(run('Aid in Ostra\n\nFamilies are provided compensation ranging from Rs. 1 million to Rs. 5 million.', { publisher: 'Dawn (Pakistan)' }).candidates.map((c) => [c.value, c.low, c.high, c.unit])).toEqual([[1000000, 1000000, 5000000, 'PKR']]);
    expect(vuq('The appeal for Ostra rose from $1 million to $5 million.').map(([v, u]) => [v, u])).toEqual([[1000000, 'USD'], [5000000, 'USD']]);
  });
});

describe('held-out set 115: huts, and a sentence of more damage to the things its paragraph counted', () => {
  it('reads huts as houses, and "A further 1,725 have been partially damaged" after them as houses', () => {
    expect(vuq('In Pell, 75 huts have been completely destroyed. A further 1,725 have been partially damaged.')).toEqual([
      [75, 'house', 'exact'],
      [1725, 'house', 'exact'],
    ]);
  });
  it('reads no houses from a verb of relief, nor after people', () => {
    expect(vuq('In Pell 300 houses were flooded. Around 2,000 were distributed in Kessa.').map(([v, u]) => [v, u])).toEqual([[300, 'house']]);
    expect(vuq('Some 3,000 people fled. A further 1,725 have been evacuated.').map(([v, u]) => [v, u])).toEqual([[3000, 'person'], [1725, 'person']]);
  });
});

describe('held-out sets 116 and 119: "Euro 1.2 million", a code before "as", homeowners and quake-victims', () => {
  it('reads "Euro" before an amount as euros', () => {
    expect(vuq('In Pell, an allocation of Euro 1.2 million comes on top of the over Euro 30 million already allocated.').map(([v, u, q]) => [v, u, q])).toEqual([
      [1200000, 'EUR', 'exact'],
      [30000000, 'EUR', 'more-than'],
    ]);
  });
  it('reads a code after the amount before "as", and still none before a plural noun', () => {
    expect(vuq('Contributions have surpassed 112.7 million QAR as aid to Pell grew.')).toEqual([[112700000, 'QAR', 'more-than']]);
    expect(vuq('It hired 12 CRC executives in Pell.')).toEqual([]);
  });
  it('reads homeowners and a hyphenated compound of victims as people, not non-refugees', () => {
    expect(vuq('Grants go to approximately 35,100 homeowners in Pell, and over 2 million quake-victims live in tents.')).toEqual([
      [35100, 'person', 'approximately'],
      [2000000, 'person', 'more-than'],
    ]);
    expect(vuq('Some 300 non-refugees were counted in Pell.')).toEqual([]);
  });
});

describe('held-out sets 114 and 119: a part of things and the whole it is of, and damage "including" things', () => {
  it('reads "31 of 54 hospitals" as 31 hospitals, not 54, and "17,434 of these houses" as houses', () => {
    const r = run('Floods in Ostra\n\nIn Pell, 31 of 54 hospitals and 158 of 243 health centres remain operational.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[31, 'hospital'], [158, 'health-facility']]);
    expect(r.notes.join('\n')).toContain("'31 of 54': the whole of things a part was counted of");
    expect(vuq('The majority or 17,434 of these houses are located in Pell.').map(([v, u]) => [v, u])).toEqual([[17434, 'house']]);
  });
  it('keeps a whole whose noun says its damage, and reads nothing from "one of the camps"', () => {
    expect(vuq('It repaired 12 of the 40 damaged schools in Pell.').map(([v, u]) => [v, u])).toEqual([[12, 'school'], [40, 'school']]);
    expect(vuq('The 362,928 IDPs are residing in one of the 506 camps set up in Pell.').map(([v, u]) => [v, u])).toEqual([[362928, 'person'], [506, 'camp']]);
  });
  it('reads the first thing of a list of damage after "including"', () => {
    expect(vuq('The quake caused extensive damage to infrastructure in Pell, including 5,223 buildings, 1,824 schools and 167 hospitals.').map(([v, u]) => [v, u])).toEqual([
      [5223, 'building'],
      [1824, 'school'],
      [167, 'hospital'],
    ]);
  });
});

describe('held-out set 117: a whole number with one decimal zero, and hedged items of a list of things', () => {
  it('drafts "a case fatality rate of 10.0%" as 10 percent, its quote checkable', () => {
    expect(vuq('In Pell, 80 deaths were recorded among confirmed cases (case fatality rate of 10.0%).')).toEqual([
      [80, 'person', 'exact'],
      [10, 'percent', 'exact'],
    ]);
  });
  it('reads the hedged items of a list of doses', () => {
    expect(vuq('The vaccine plan for Pell includes 215,000 doses from Kessa, 100,000 doses from Dorn, nearly 100,000 doses from Ostra, and about 500,000 doses from Lune.')).toEqual([
      [215000, 'dose', 'exact'],
      [100000, 'dose', 'exact'],
      [100000, 'dose', 'nearly'],
      [500000, 'dose', 'approximately'],
    ]);
  });
});

describe('held-out set 114: French civilians, the killed and the injured women', () => {
  it('reads civils, tués and blessées as people', () => {
    expect(vuq('Au moins 30 civils ont été tués à Pell.')).toEqual([[30, 'person', 'at-least']]);
    expect(vuq("L'attaque a fait 12 tués et 40 blessées à Pell.")).toEqual([
      [12, 'person', 'exact'],
      [40, 'person', 'exact'],
    ]);
  });
});

describe('round 21 review: what the new rules must not read', () => {
  it('marks no change on a surge of people, a wave of them', () => {
    expect(run('Floods in Ostra\n\nPell saw a surge of 5,000 migrants arriving in May.').draft.figures[0]!.notes).not.toMatch(/a change/);
  });
  it('reads no people from a change that is a multiple, points or money', () => {
    expect(vuq('The number of IDPs in Pell has increased by 2.5 times since January.')).toEqual([]);
    expect(vuq('The displaced population in Pell grew by 3 fold.')).toEqual([]);
    expect(vuq('The cost of hosting Syrian refugees in Pell increased by 30 million this year.')).toEqual([]);
  });
  it("keeps a headline's dollar country to the headline's own amount", () => {
    const r = extractFigures("New Zealand Provides Support to Ostra\n\nOstra's government estimates damage at $90 million.\n", { published: PUBLISHED });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[90000000, 'USD']]);
  });
  it('reads people burnt after a count of things as people, and keeps a whole whose participle says its damage', () => {
    expect(vuq('The fire killed 3 people and destroyed 300 houses. Another 40 were burnt and taken to hospital.').map(([v, u]) => [v, u])).toEqual([[3, 'person'], [300, 'house'], [40, 'person']]);
    expect(vuq('UNICEF rebuilt 300 of the 1,200 houses destroyed by the floods in Pell.').map(([v, u]) => [v, u])).toEqual([[300, 'house'], [1200, 'house']]);
    expect(run('Floods in Ostra\n\nThe quake damaged 30 of the 45 bridges in Pell.').notes).toContain("line 3: '30 of the 45 bridges' counts bridges (infrastructure), not people, homes or relief; not extracted (add it by hand if it matters)");
  });
  it('reads no year after "throughout" as a number of people, nor a place or a time as a cause', () => {
    expect(vuq('The number of people displaced throughout 2023 rose to 45,000.').map(([v, u]) => [v, u])).toEqual([[45000, 'person']]);
    expect(vuq('Over 300 people died in Pell, 2,000 from the same district.').map(([v, u]) => [v, u])).toEqual([[300, 'person']]);
    expect(vuq('There were 240 deaths in Pell, 18 by end of May.').map(([v, u]) => [v, u])).toEqual([[240, 'person']]);
  });
  it('keeps a bullet\'s share and a range of amounts in rupees after "between"', () => {
    expect(vuq('-59% of households in Pell lack water.')).toEqual([[59, 'percent', 'exact']]);
    expect(run('Aid in Ostra\n\nCompensation of between Rs. 1 million and Rs. 5 million is paid.', { publisher: 'Dawn (Pakistan)' }).candidates.map((c) => [c.value, c.high, c.unit])).toEqual([[1000000, 5000000, 'PKR']]);
  });
});

describe('held-out set 120 (after its arrival): QR for the Qatari riyal, and a country\'s pounds before "of"', () => {
  it('reads "QR 200mn" and "QR 1.5 mn" as Qatari riyals', () => {
    expect(vuq('The campaign for Pell garnered QR 200mn on Monday; one bank donated QR 1.5 mn.').map(([v, u]) => [v, u])).toEqual([
      [200000000, 'QAR'],
      [1500000, 'QAR'],
    ]);
    expect(vuq('The QR code in Pell was scanned 300 times.')).toEqual([]);
  });
  it('reads "15-million Egyptian pounds of in-kind support" as Egyptian pounds, never sterling', () => {
    expect(vuq('The agreement tops up the 15-million Egyptian pounds of in-kind support provided by UNHCR in Pell.').map(([v, u]) => [v, u])).toEqual([[15000000, 'EGP']]);
  });
});
describe('held-out set 120 (after its arrival): more of the people who fled or arrive', () => {
  it('reads "200,000 more fled" and "3,000 more arrive each day" as people, not "3,000 more arrive in Pell"', () => {
    expect(vuq('Upwards of 200,000 more fled northward from Pell.')).toEqual([[200000, 'person', 'more-than']]);
    expect(vuq('Some 3,000 more arrive each day in Pell.')).toEqual([[3000, 'person', 'approximately']]);
    expect(vuq('Some 3,000 more arrive in Pell.')).toEqual([]);
  });
});

describe('held-out set 122 (after its arrival): a bare "$" before an amount of pesos', () => {
  it('reads "$1,500,000 Chilean pesos (US$1,894)" as pesos with a dollar equivalent, not two dollar amounts', () => {
    const r = run('Aid in Ostra\n\nThe government offers a $1,500,000 Chilean pesos (US$1,894) bonus payment to households in Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((x) => `${x.value} ${x.unit}`)])).toEqual([[1500000, 'CLP', ['1894 USD']]]);
    expect(vuq('It costs $5 million to rebuild Pell.').map(([v, u]) => [v, u])).toEqual([[5000000, 'USD']]);
  });
});

describe('held-out set 122 (after its arrival): child-friendly spaces are spaces, not children', () => {
  it('reads "30 child-friendly spaces" and a list of them by place as child-friendly spaces', () => {
    expect(vuq('UNICEF set up 30 child-friendly spaces in Pell.').map(([v, u]) => [v, u])).toEqual([[30, 'child-friendly-space']]);
    expect(vuq('UNICEF established 24 of 38 planned child friendly spaces: 15 in Pell and 9 in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [24, 'child-friendly-space'],
      [15, 'child-friendly-space'],
      [9, 'child-friendly-space'],
    ]);
  });
});

describe('round 21 review: a compound that names no unit of its own', () => {
  it('reads no health facilities from hospital beds, no houses from latrine huts, and people from hospital admissions', () => {
    expect(vuq('The ministry set up 500 hospital beds in Pell.')).toEqual([]);
    expect(vuq('Partners built 1,200 latrine huts in Pell.')).toEqual([]);
    expect(vuq('There were 300 hospital admissions in Pell.').map(([v, u]) => [v, u])).toEqual([[300, 'person']]);
  });
});

describe('held-out set 123 (after its arrival): two words joined by "and" before people or households', () => {
  it('reads "119,406 needy and vulnerable households" and "42 unaccompanied and separated children"', () => {
    expect(vuq('Over 119,406 needy and vulnerable households in Pell are set to benefit.')).toEqual([[119406, 'household', 'more-than']]);
    expect(vuq('In Pell, 42 unaccompanied and separated children were placed in care.').map(([v, u]) => [v, u])).toEqual([[42, 'person']]);
  });
  it('reads no such pair before things, nor across a number', () => {
    expect(vuq('About 120 damaged and destroyed bridges in Pell.')).toEqual([]);
    expect(vuq('Some 5,000 displaced and 300 injured were counted in Pell.').map(([v, u]) => [v, u])).toEqual([[5000, 'person'], [300, 'person']]);
  });
});

describe('held-out set 126 (after its arrival): shares, groups and changes in global reports', () => {
  it('reads "One in 73 people" and "One child in every five" as shares', () => {
    expect(vuq('One in 73 people in Ostra is displaced.')).toEqual([[1.37, 'percent', 'exact']]);
    expect(vuq('One child in every five in Pell lives in a conflict zone.')).toEqual([[20, 'percent', 'exact']]);
  });
  it('reads people after "numbers of", after "of these" and a word that describes them, and a change "in people targeted of"', () => {
    expect(vuq('Overall numbers of people forced to flee Ostra rose to 120 million by May.').map(([v, u]) => [v, u])).toEqual([[120000000, 'person']]);
    expect(vuq('At least 123 million of these at-risk people in Pell would need food assistance.')).toEqual([[123000000, 'person', 'at-least']]);
    expect(vuq('The plan for Pell made a reduction in people targeted of 57.4 million.').map(([v, u]) => [v, u])).toEqual([[57400000, 'person']]);
  });
  it('reads no count from "one of the refugees", "one of some 30 camps" or "20 of the affected districts"', () => {
    expect(vuq('"We are hungry," one of the refugees in Pell said.')).toEqual([]);
    expect(vuq('The numbers of displaced people registered in one of some 30 camps in Pell rose.')).toEqual([]);
    expect(vuq('Some 20 of the affected districts reported cases in Pell.')).toEqual([]);
  });
  it('gives an amount an appeal asks for its indicator whatever verb announces it, and learns no place from a title or an agency', () => {
    const r = run("UN Launches USD 33 Bln Appeal To Aid Millions In Ostra\n\n(Pell News Agency) -- UNICEF announced on Monday a $10.3 billion emergency funding appeal for Ostra.", { publisher: 'Pell News Agency' });
    expect(r.candidates.map((c) => [c.value, c.indicator])).toEqual([[33000000000, 'funding-required'], [10300000000, 'funding-required']]);
    expect(r.draft.places.map((p) => p.name)).not.toContain('Aid Millions');
    const k = run('Aid sent\n\n(MENAFN- Kuwait News Agency (KUNA)) The UN launched a USD 33 billion appeal to assist 135 million people.');
    expect(k.candidates.map((c) => c.place)).toEqual([null, null]);
  });
});

describe('held-out sets 125 and 127 (after their arrival): counts whose noun is left out or written before', () => {
  it('reads the exact count in parentheses after a rounded one as a figure of its own, exact', () => {
    expect(vuq('The number of displaced people registered in Pell is almost 1.5 million (1,454,377).')).toEqual([
      [1500000, 'person', 'nearly'],
      [1454377, 'person', 'exact'],
    ]);
  });
  it('reads the items of a list after a count of people, each where they are, their noun left out', () => {
    expect(vuq('In Pell 63 people had died, with 41 dying on the streets, eight in hospitals and 14 at home.').map(([v, u]) => [v, u])).toEqual([
      [63, 'person'],
      [41, 'person'],
      [8, 'person'],
      [14, 'person'],
    ]);
    expect(vuq('About six million people in rural Pell and 1.7 million in urban areas need food aid.').map(([v, u]) => [v, u])).toEqual([
      [6000000, 'person'],
      [1700000, 'person'],
    ]);
    expect(vuq('Some 131,000 people in Pell are in camps, with more than 1.3 million (1,323,427) staying with host families.')).toEqual([
      [131000, 'person', 'approximately'],
      [1300000, 'person', 'more-than'],
      [1323427, 'person', 'exact'],
    ]);
  });
  it('reads no such item that says when', () => {
    expect(vuq('In Pell 2,775 people have died, and 300 in the same period last year.').map(([v, u]) => [v, u])).toEqual([[2775, 'person']]);
  });
  it('reads a year-like number as a count where words say a count follows ("There have been 2033 dengue fever cases")', () => {
    expect(vuq('There have been 2033 dengue fever cases reported in Pell so far this year, with 893 in the Central Division.').map(([v, u]) => [v, u])).toEqual([
      [2033, 'person'],
      [893, 'person'],
    ]);
    expect(vuq('In 2023 Syrian refugees returned to Pell.')).toEqual([]);
  });
});

describe('held-out set 124 (after its arrival): relief items, shelters and a currency the text opens with', () => {
  it('counts lamps, heaters, clothing, napkins, mats, sleeping kits and bunkhouses handed out or built', () => {
    expect(vuq('UNHCR distributed 140,000 solar lamps, 1,750 lamps, 200 oil heaters, 185,000 winter shawls, 32,000 sanitary napkins, 4,643 plastic mats and 1,870 sleeping kits in Pell.').map(([v, u]) => [v, u])).toEqual([
      [140000, 'solar-lamp'],
      [1750, 'lamp'],
      [200, 'heater'],
      [185000, 'clothing'],
      [32000, 'sanitary-napkin'],
      [4643, 'plastic-mat'],
      [1870, 'sleeping-kit'],
    ]);
    expect(vuq('The government has built 222 bunkhouses in Pell.').map(([v, u]) => [v, u])).toEqual([[222, 'bunkhouse']]);
    expect(vuq('In Pell only 71 bunkhouses are occupied.').map(([v, u]) => [v, u])).toEqual([[71, 'bunkhouse']]);
  });
  it('reads accommodation centres and evacuation camps as evacuation centres', () => {
    expect(vuq('The government opened 96 accommodation centres in Pell, and 274 evacuation camps were closed.').map(([v, u]) => [v, u])).toEqual([
      [96, 'evacuation-centre'],
      [274, 'evacuation-centre'],
    ]);
  });
  it('reads bare dirhams as the currency of the country the text opens with, when another is named only far later', () => {
    const tail = ' Rescue teams came from Spain and other countries.'.repeat(25);
    const r = run(`Morocco rehouses quake victims\n\nThe royal office of Morocco said 140,000 Dirhams will be granted for each collapsed dwelling.\n\n${tail} The United Arab Emirates sent a team too.`);
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[140000, 'MAD']]);
    const near = run('Aid for Morocco\n\nThe United Arab Emirates and Morocco agreed that 140,000 dirhams will be granted for each collapsed dwelling.');
    expect(near.candidates.map((c) => c.unit)).not.toContain('MAD');
  });
});

describe('held-out set 130 (after its arrival): vaccine doses and what comes with them, health workers infected', () => {
  it('counts doses a vaccine word describes, whatever the verb, and syringes and safety boxes delivered', () => {
    expect(vuq('More than 15 million vaccine doses have reached Pell.')).toEqual([[15000000, 'dose', 'more-than']]);
    expect(vuq('Pell has been sent 360,000 Covid-19 vaccine doses.').map(([v, u]) => [v, u])).toEqual([[360000, 'dose']]);
    expect(vuq('COVAX has secured some 5.6 billion doses for Pell.')).toEqual([[5600000000, 'dose', 'approximately']]);
    expect(vuq('Pell received 360,000 syringes and 3,625 safety boxes.').map(([v, u]) => [v, u])).toEqual([
      [360000, 'syringe'],
      [3625, 'safety-box'],
    ]);
    expect(vuq('Pell got 5,000 doses of insulin.')).toEqual([]);
  });
  it('counts health workers infected as people harmed, not as responders', () => {
    expect(vuq('More than 10,000 health workers have been infected in Pell.')).toEqual([[10000, 'person', 'more-than']]);
  });
});

describe('held-out set 129 (after its arrival): islands\' currencies, people left without, things a number of them counts', () => {
  it('reads "$500 Pa’anga" as pa\'anga and "elderlies" as people', () => {
    expect(vuq('More than 6,000 elderlies in Pell will receive $200 Pa’anga each.').map(([v, u]) => [v, u])).toEqual([
      [6000, 'person'],
      [200, 'TOP'],
    ]);
  });
  it('reads people left without homes, school or water, as households after a count of households', () => {
    expect(vuq('In Pell 140,000 are without homes and 20,000 without water.').map(([v, u]) => [v, u])).toEqual([
      [140000, 'person'],
      [20000, 'person'],
    ]);
    expect(vuq('In Pell 3,000 households were affected and more than 8,500 are still without water.').map(([v, u]) => [v, u])).toEqual([
      [3000, 'household'],
      [8500, 'household'],
    ]);
  });
  it('reads a range after "the number of damaged or destroyed buildings is between", and no people from a count with a plural of its own', () => {
    expect(vuq('In Pell the number of damaged or destroyed buildings is between 17,000 and 20,000.')).toEqual([[17000, 'building', 'range']]);
    expect(vuq('The total number of people displaced in Pell is unknown, as at least 65 centres have yet to be assessed.')).toEqual([]);
    expect(vuq('They remain displaced in 99 temporary accommodation sites in Pell.').map(([v, u]) => [v, u])).toEqual([[99, 'evacuation-centre']]);
  });
});

describe('held-out set 124 (after its arrival): an equivalent set off by commas', () => {
  it('reads "140,000 dirhams, which is about $13,600," and ", equivalent to $4 million" as stated equivalents, not amounts of their own', () => {
    const r = run('Aid in Morocco\n\nMorocco will grant 140,000 dirhams, which is about $13,600, for each collapsed dwelling in Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((x) => `${x.qualifier} ${x.value} ${x.unit}`)])).toEqual([[140000, 'MAD', ['approximately 13600 USD']]]);
    const k = run('Aid in Kenya\n\nKenya will give Pell KSh 500 million, equivalent to $4 million, for relief.');
    expect(k.candidates.map((c) => [c.value, c.unit, c.stated.map((x) => `${x.value} ${x.unit}`)])).toEqual([[500000000, 'KES', ['4000000 USD']]]);
    expect(vuq('Kenya gave KSh 500 million to Pell, and Japan gave $4 million.').map(([v, u]) => [v, u])).toEqual([
      [500000000, 'KES'],
      [4000000, 'USD'],
    ]);
  });
});

describe('held-out set 131 (after its arrival): a count compared with the paragraph\'s, and refugee numbers pushed to a level', () => {
  it('reads "This compares to 16,413 in December, 13,000 in November" as the people the paragraph counted', () => {
    expect(vuq('Over 30,000 refugees arrived in Pell since the beginning of the year. This compares to 16,413 in December, 13,000 in November, and 10,000 in October.').map(([v, u]) => [v, u])).toEqual([
      [30000, 'person'],
      [16413, 'person'],
      [13000, 'person'],
      [10000, 'person'],
    ]);
    expect(vuq('The price of bread in Pell rose. It compares to 300 last year.')).toEqual([]);
  });
  it('reads "pushed refugee numbers to 56,664 in Pell and to 61,000 in Kessa" as people', () => {
    expect(vuq('New arrivals have pushed refugee numbers to 56,664 in Pell and to 61,000 in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [56664, 'person'],
      [61000, 'person'],
    ]);
  });
});

describe('held-out set 128 (after its arrival): lei of Moldova or Romania', () => {
  it('reads bare lei by the country the text names, and none where it names both or neither', () => {
    expect(run('Moldova helps refugees\n\nMoldova allocated 235.1 million lei to support refugees in Pell.').candidates.map((c) => [c.value, c.unit])).toEqual([[235100000, 'MDL']]);
    expect(run('Romania helps refugees\n\nRomania spent 312 million lei on refugees in Pell.').candidates.map((c) => [c.value, c.unit])).toEqual([[312000000, 'RON']]);
    expect(run('Refugees in Pell\n\nBoth Romania and Moldova spent 5 million lei on refugees in Pell.').candidates).toEqual([]);
  });
});

describe("round 22 review: where the round's new rules must not fire", () => {
  it("keeps a donor's money given at or after an appeal as funding received", () => {
    for (const body of ['Japan pledged $5 million at the Pell appeal launch.', 'Japan released $5 million after the flash appeal for Pell.', 'Donors pledged $2 billion during the Pell appeal conference.']) {
      expect(run(`Aid\n\n${body}`).candidates.map((c) => c.indicator)).toEqual(['funding-received']);
    }
  });
  it('marks a change named before its size for review as a change', () => {
    const [f] = run('Plans\n\nThe plan for Pell made a reduction in people targeted of 57.4 million.').draft.figures;
    expect(String(f!.notes)).toContain("a change ('reduction in people targeted of'): the difference between two counts");
  });
  it('reads no people from a later number after "numbers of people", nor from things left without water', () => {
    expect(vuq('Large numbers of people in Pell have been displaced, according to Situation Report 12.')).toEqual([]);
    expect(vuq('The highest numbers of deaths are recorded in the departments of Pell (17) and Kessa (13).').map(([v, u]) => [v, u])).toEqual([
      [17, 'person'],
      [13, 'person'],
    ]);
    expect(vuq('Floods cut off 300 villages in Pell, and 45 remain without power.')).toEqual([]);
    expect(vuq('Of the schools in Pell, 40 are without water.')).toEqual([]);
  });
  it('reads no exact count after money or a past level, no year of an event, no schedule of doses, no comparison with a measure, no share of shelters', () => {
    expect(vuq('UNICEF spent $1.5 million (1,480,000) in Pell.').map(([v, u]) => [v, u])).toEqual([[1500000, 'USD']]);
    expect(vuq('Nearly 2 million people are displaced in Pell, up from 1.9 million (1,850,000) last year.').map(([v]) => v)).toEqual([2000000]);
    expect(vuq('There were 2015 earthquake survivors still in tents in Pell.')).toEqual([]);
    expect(vuq('In Pell, each child receives 3 polio vaccine doses before age one.')).toEqual([]);
    expect(vuq('Some 30,000 people were displaced in Pell. Rainfall in June was 300 mm; this compares to 120 in May.').map(([v]) => v)).toEqual([30000]);
    expect(vuq('One woman in two shelters visited in Pell reported violence.')).toEqual([]);
  });
  it('takes no thing for an item of a list whose own clause names people or harm', () => {
    expect(vuq('The cyclone destroyed 1,200 houses in Pell, and 40 in the village were killed.').map(([v, u]) => [v, u])).toEqual([[1200, 'house']]);
  });
  it('pairs no rate or difference as an equivalent, and lets the sentence\'s own country of a shared currency name stand', () => {
    expect(run('Aid in Kenya\n\nKenya gave Pell KSh 500 million, which is $3 million short of its pledge.').candidates.map((c) => c.stated.length)).toEqual([0, 0]);
    const tail = ' Rescue teams from Spain worked through the night.'.repeat(25);
    const r = run(`Kenya floods\n\nKenya's government said it needs 2 billion shillings.${tail} In Uganda, the ministry released 300 million shillings.`);
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[2000000000, 'KES']]);
  });
});

describe('round 23: held-out sets 132 to 135', () => {
  it('reads each country of a list "followed by Pell at 12 million" in the unit of the count it goes on from', () => {
    expect(vuq('Kessa is hard-hit with 14.1 million people in need, followed by Afghanistan at 12 million and Syria at seven million.').map(([v, u]) => [v, u])).toEqual([
      [14100000, 'person'],
      [12000000, 'person'],
      [7000000, 'person'],
    ]);
    // (not a measure: "peaked at 12 metres"; not a count of things it does not know to go on from)
    expect(vuq('The river peaked in Pell at 12 metres, and in Chad at 9.')).toEqual([]);
  });
  it('reads no count from a year after "for", a rate with words before "every", a household\'s size or an age before the children', () => {
    expect(vuq('“Forecasts for 2017 are alarming as millions of people face starvation in Pell.”').map(([v]) => v)).toEqual([1000000]);
    expect(vuq('One person is likely dying of hunger every 48 seconds in Pell.')).toEqual([]);
    expect(vuq('Some 300 people died within an hour in Pell.').map(([v]) => v)).toEqual([300]);
    expect(vuq('She stood in the ruins of the house she shared with 12 other family members.')).toEqual([]);
    expect(vuq('There are 1,434 Under 5 children living in temporary shelters in Pell.')).toEqual([[1434, 'person', 'exact']]);
    expect(vuq('Clinics screened 2,000 under-5 children in Pell.')).toEqual([[2000, 'person', 'exact']]);
  });
  it('counts no schools in school meals or feeding projects, no livestock in cattle farms, and kits of their kind', () => {
    expect(vuq('USDA will invest $220 million in eight new school feeding projects in Pell, providing more than 5.5 billion school meals.').map(([v, u]) => [v, u])).toEqual([
      [220000000, 'USD'],
      [5500000000, 'meal'],
    ]);
    expect(vuq('Shelling damaged 335 cattle farms throughout Pell.')).toEqual([]);
    expect(vuq('Over 2,000 livelihood kits were distributed in Pell.')).toEqual([[2000, 'livelihood-kit', 'more-than']]);
  });
  it('reads no share of people from a share of the country under water or of crops named in three words', () => {
    expect(vuq('One third of the country is flooded and more than 290,000 houses have been destroyed in Pell.').map(([v, u]) => [v, u])).toEqual([[290000, 'house']]);
    expect(vuq('Droughts destroyed more than half of the maize and bean crops of farmers in Pell.')).toEqual([]);
  });
  it('reads US alone before millions as US dollars, but not the country before a count', () => {
    expect(vuq('Damage in Pell was estimated at US 50 million.')).toEqual([[50000000, 'USD', 'approximately']]);
    expect(vuq('In the US 50 million people lack insurance.').map(([, u]) => u)).toEqual(['person']);
  });
  it('keeps "the remaining" amount apart from an equal amount said before, and takes no place from Parliament', () => {
    const r = run('Swiss aid\n\nThe Council grants an additional CHF 20 million for Ebola in Pell. The remaining CHF 20 million will support people in Kessa. For CHF 5 million more it seeks approval from Parliament.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [20000000, 'CHF'],
      [20000000, 'CHF'],
      [5000000, 'CHF'],
    ]);
    expect(r.draft.figures.map((f) => f.place)).not.toContain('parliament');
  });
  it('counts the lead to its fifth line that is not blank: a number said there and again below with another hedge is one figure', () => {
    const lead = 'Mudslides in Pell\n\nPublished: 17 May 2016\n\nBy a correspondent\n\nThousands have lost their homes in Pell.\n\nMore than 1,500 people have been evacuated in Pell after heavy rain.\n\n';
    const body = 'Roads were cut.\n\n'.repeat(6) + 'Officials said the floods saw 1,500 people evacuated in Pell.';
    expect(run(lead + body).candidates.filter((c) => c.value === 1500).map((c) => c.qualifier)).toEqual(['more-than']);
  });
});

describe('round 23: set 134 (health emergencies)', () => {
  it('counts health workers an outbreak affected, or among the harmed after "including", and the places listed after them', () => {
    expect(vuq('A total of thirty-nine health care workers were affected since the onset of the outbreak in two states: Pell (25) and Kessa (14).').map(([v, u]) => [v, u])).toEqual([
      [39, 'person'],
      [25, 'person'],
      [14, 'person'],
    ]);
    expect(vuq('Strikes killed 553 people in Pell, including 22 healthcare workers.').map(([v]) => v)).toEqual([553, 22]);
    expect(vuq('In Pell, 16 people were injured, including seven health workers.').map(([v]) => v)).toEqual([16, 7]);
    // (responders still: deployed, or a strike that affected workers)
    expect(vuq('The ministry deployed 500 health workers to Pell, including 20 doctors.')).toEqual([]);
    expect(vuq('Officials said 300 workers in Pell were affected by the strike.')).toEqual([]);
  });
  it('reads "killed hundreds this year" as at least a hundred people, and children "under five-year-old" as the count', () => {
    expect(vuq('An epidemic in Pell has killed hundreds this year.')).toEqual([[100, 'person', 'at-least']]);
    expect(vuq('The campaign in Pell reached more than 40 million under five-year-old children.')).toEqual([[40000000, 'person', 'more-than']]);
  });
});

describe('round 23: sets 136 to 139 (eruptions, global overviews, news agencies, winter in camps)', () => {
  it('writes a small share with two decimals, so that "1 in every 97" is not read as the "one percent" beside it', () => {
    expect(vuq('Displacement now affects more than one percent of humanity in Pell – 1 in every 97 people – and few return.').map(([v, u]) => [v, u])).toEqual([
      [1, 'percent'],
      [1.03, 'percent'],
    ]);
    expect(vuq('One in every 113 people in Pell is displaced.').map(([v]) => v)).toEqual([0.88]);
    expect(vuq('One in three people in Pell needs aid.').map(([v]) => v)).toEqual([33.3]);
  });
  it('reads dots as thousands when the only English-looking decimals are times of day', () => {
    expect(vuq('The tsunami struck Pell at 21.27 hours. By 13.00 local time the toll reached 429, with 1.485 injured and 16.082 displaced.').map(([v]) => v)).toEqual([429, 1485, 16082]);
  });
  it('reads a level displacement reached, "the 2015 figure was", a percentage range with a dash, and casualties asphyxiated', () => {
    expect(vuq('Internal displacement in Pell reached a record 71.1 million.')).toEqual([[71100000, 'person', 'exact']]);
    expect(vuq('The number of displaced people in Pell stands at 6,600,000. In neighbouring Kessa, the 2015 figure was 1.1 million.').map(([v, u]) => [v, u])).toEqual([
      [6600000, 'person'],
      [1100000, 'person'],
    ]);
    const [range] = run('Health in Ostra\n\nSome 25-30 per cent of deaths of children in Pell are due to infections.').draft.figures;
    expect([range!.value, range!.unit, range!.qualifier, range!.low, range!.high]).toEqual([25, 'percent', 'range', 25, 30]);
    expect(vuq('In Pell, 31 people died, including seven killed by lava and five asphyxiated by gases.').map(([v]) => v)).toEqual([31, 7, 5]);
    expect(vuq('Gunmen attacked a village in Pell and killed dozens.')).toEqual([[24, 'person', 'at-least']]);
  });
  it('reads no figure from a place\'s inhabitants, a time of day, an amount per family, shares of events or of rainfall', () => {
    expect(vuq('Thousands fled to Pell town, which normally has 65,000 inhabitants.').map(([v]) => v)).toEqual([1000]);
    expect(vuq('The number of evacuees in Pell rose, while those in Kessa dropped slightly as of 2 pm today.')).toEqual([]);
    expect(vuq('Pell gives 500,000 rupiahs per month for one family for six months.').map(([, u]) => u)).toEqual(['IDR']);
    expect(vuq('Climate was a factor in 92 per cent of those events in Pell.')).toEqual([]);
    expect(vuq('Pell had nearly half the monthly rainfall average for July in one day.')).toEqual([]);
  });
  it('counts emergency posts as evacuation centres, packets of dry foods as food packs, and heaters to be installed', () => {
    expect(vuq('Authorities set up seven emergency posts for evacuees in Pell.')).toEqual([[7, 'evacuation-centre', 'exact']]);
    expect(vuq('Some 15,174 packets of dry foods were distributed in Pell.')).toEqual([[15174, 'food-pack', 'approximately']]);
    expect(vuq('The plan includes 938 solid fuel heaters to be installed in homes in Pell.')).toEqual([[938, 'heater', 'exact']]);
  });
});

describe('round 23: sets 141 to 143 (asylum statistics, South Asian floods, NGOs in the Middle East)', () => {
  it('reads the countries of a list by their possessive, "Next came" places, "whose numbers ... to", and people seeking or taking shelter', () => {
    expect(vuq('In 2015, 53,305 Syrians were submitted for resettlement, followed by the Democratic Republic of the Congo’s 20,527 and Iraq’s 11,161.').map(([v]) => v)).toEqual([53305, 20527, 11161]);
    expect(vuq('Most applicants were registered in Germany, with 441,800 people. Next came Hungary (174,400) and Sweden (156 100).').map(([v, u]) => [v, u])).toEqual([
      [441800, 'person'],
      [174400, 'person'],
      [156100, 'person'],
    ]);
    expect(vuq('The second nationality was Afghans, whose numbers quadrupled to 178 230 in Pell.')).toEqual([[178230, 'person', 'exact']]);
    expect(vuq('Syrians were a third of the total, with 362,775 seeking shelter across Pell.').map(([v]) => v)).toContain(362775);
    expect(vuq('Some 1.14 lakh are taking shelter in camps in Pell.')).toEqual([[114000, 'person', 'approximately']]);
    expect(vuq('Afghans make up about 1.4 million of an estimated 1.7 million undocumented foreigners in Pell.').map(([v, u]) => [v, u])).toEqual([
      [1400000, 'person'],
      [1700000, 'person'],
    ]);
  });
  it('reads no year after "in" as a count, nor "the two" who meet, nor a place\'s inhabitants after "with", nor a share of staples', () => {
    expect(vuq('The agency projects that in 2017 Syrians will account for 40% of resettlement needs in Pell.').map(([v]) => v)).toEqual([40]);
    expect(vuq('The two are set to discuss how donors must do more for Pell.')).toEqual([]);
    expect(vuq('The two children were injured in Pell.')).toEqual([[2, 'person', 'exact']]);
    expect(vuq('Pell was one of the most densely populated places on Earth, with nearly 2.3 million inhabitants.')).toEqual([]);
    expect(vuq('Over 70 percent of food staples in Pell are imported.')).toEqual([]);
  });
  it('reads lakhs of people, Indian rupees in an Indian story that names Nepal, casualties seriously injured or gone missing, and the wounded a number of reached', () => {
    expect(vuq('Lakhs of people in Pell are affected by floods.')).toEqual([[100000, 'person', 'at-least']]);
    expect(run('Floods\n\nRivers from Nepal flooded Bihar. Rs 181.39 crore were transferred to 3.02 lakh families.', { publisher: 'Business Standard (PTI)' }).candidates.map((c) => c.unit)).toEqual(['INR', 'household']);
    expect(vuq('In Pell, 12 went missing and 29 seriously injured.').map(([v]) => v)).toEqual([12, 29]);
    expect(vuq('Deaths in Pell stand at 839 and the number of wounded, as reported by the ministry, has reached 5,345.').map(([v, u]) => [v, u])).toEqual([
      [839, 'person'],
      [5345, 'person'],
    ]);
    expect(vuq('Caritas has reached a population of more than 27,000 individuals in Pell.')).toEqual([[27000, 'person', 'more-than']]);
  });
  it('counts food kits, a slashed kind of kit, safety centres, communal shelters and families broken by a hyphen', () => {
    expect(vuq('It distributed 907 Food Kits and 1652 Shelter/NFI Kits in Pell.').map(([v, u]) => [v, u])).toEqual([
      [907, 'food-kit'],
      [1652, 'shelter-kit'],
    ]);
    expect(vuq('There are 25 safety centers open in Pell.')).toEqual([[25, 'evacuation-centre', 'exact']]);
    expect(vuq('People are staying in nearly 1,000 communal shelters in Pell.')).toEqual([[1000, 'evacuation-centre', 'nearly']]);
    expect(vuq('Floods affected 12,177 fami-lies in Pell.')).toEqual([[12177, 'household', 'exact']]);
  });
});

describe('round 23: set 140 (domestic disasters in rich countries)', () => {
  it('reads a bare count "impacted" or "affected" before where as people, and structures lost as buildings', () => {
    expect(vuq('The storm left 1 million children out of school in Pell, with up to 3 million impacted across the region.').map(([v, u, q]) => [v, u, q])).toEqual([
      [1000000, 'person', 'exact'],
      [3000000, 'person', 'up-to'],
    ]);
    expect(vuq('In Pell, more than 40 structures were lost to the fire.')).toEqual([[40, 'building', 'more-than']]);
  });
});

describe('round 23: sets 144 to 147, after they were scored fresh', () => {
  it('reads a currency code with its name in brackets, NT$, and a bare count forced to evacuate', () => {
    expect(vuq('Caritas received CHF (Swiss Francs) 750,000 for Pell.').map(([v, u]) => [v, u])).toEqual([[750000, 'CHF']]);
    expect(vuq('World Vision raised NT$14 million for typhoon victims in Pell.').map(([v, u]) => [v, u])).toEqual([[14000000, 'TWD']]);
    expect(vuq('Almost 1 million forced to evacuate in Pell.')).toEqual([[1000000, 'person', 'nearly']]);
  });
  it('reads no count from a number in a camp\'s name, nor from refugee camps counted', () => {
    expect(vuq('At the Dalori 2 IDP camp in Pell one person was killed.').map(([v]) => v)).toEqual([1]);
    expect(vuq('Two of the four refugee camps in Pell are still not accessible.')).toEqual([]);
    expect(vuq('300 of the refugees in Pell fled.').map(([v]) => v)).toEqual([300]);
  });
});

describe('round 24: sets 148 to 151 (drought, epidemics, Latin America, the Sahel), after they were scored fresh', () => {
  it('reads a range whose unit follows each bound, with "and" or "to" after "between"', () => {
    const range = (body: string) => run(`Drought in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.qualifier, c.low, c.high]);
    expect(range('Ostra requires between 272,000 MT to 423,000 MT of food aid.')).toEqual([[272000, 't', 'range', 272000, 423000]]);
    expect(range('The food gap in Pell is between 400,000 MT and 500,000 MT.')).toEqual([[400000, 't', 'range', 400000, 500000]]);
    expect(range('Between 2 to 3 million people in Pell need food.')).toEqual([[2000000, 'person', 'range', 2000000, 3000000]]);
    // two different nouns are two counts, not a range
    expect(range('The floods killed between 5 women and 10 men in Pell.').map(([v]) => v)).not.toEqual([5]);
  });
  it('reads a bare number after a verb of abduction as people, and after a casualty verb before a spaced dash', () => {
    expect(vuq('The gunmen raided the village of Pell, killing nine and abducting 37 – all of them young girls.')).toEqual([
      [9, 'person', 'exact'],
      [37, 'person', 'exact'],
    ]);
    expect(vuq('Armed men kidnapped 14 in Pell last week.')).toEqual([[14, 'person', 'exact']]);
    // each count takes its own verb's indicator
    expect(run('Raid in Pell\n\nGunmen killed nine and abducted 37 in Pell.').candidates.map((c) => [c.value, c.indicator])).toEqual([
      [9, 'deaths'],
      [37, 'abducted'],
    ]);
    // a glued dash is a compound, no count of people
    expect(vuq('The attack in Pell killed 14-year-old pupils.')).toEqual([]);
  });
  it('reads a currency\'s capitalised name before an amount grouped in thousands, not a place\'s before a count', () => {
    expect(vuq('The WFP has welcomed a Euros 500,000 contribution from Pell.').map(([v, u]) => [v, u])).toEqual([[500000, 'EUR']]);
    expect(vuq('In Lempira 3,000 people were displaced.').map(([v, u]) => [v, u])).toEqual([[3000, 'person']]);
    expect(vuq('The Pounds 25,000 families received came from Pell.').map(([, u]) => u)).not.toContain('GBP');
  });
  it('reads "N of those" and "N of these" before a verb as "N of them": the unit of the count before', () => {
    expect(vuq('A total of 548 people have died in Pell, an estimated 463 of those were children.')).toEqual([
      [548, 'person', 'exact'],
      [463, 'person', 'approximately'],
    ]);
    expect(vuq('The floods destroyed 1,200 houses in Pell; 300 of these are in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [1200, 'house'],
      [300, 'house'],
    ]);
  });
  it('reads no figure from a town\'s size given as a ceiling ("a town of less than 50,000 people")', () => {
    expect(vuq('The caravan stopped in Pell, a coastal town of less than 50,000 people in the state of Kessa.')).toEqual([]);
    expect(vuq('Fewer than 5,000 people fled Pell.')).toEqual([[5000, 'person', 'fewer-than']]);
  });
  it('reads a bare number before "malnourished" as people', () => {
    expect(vuq('Some 1.4 million children in Pell could be acutely malnourished, with 330,000 severely malnourished if nothing is done.')).toEqual([
      [1400000, 'person', 'approximately'],
      [330000, 'person', 'exact'],
    ]);
  });
  it('counts vaccinations as vaccine doses', () => {
    expect(vuq('New Zealand will send 30 vaccination nurses to Pell as well as 3,000 vaccinations.').map(([v, u]) => [v, u])).toEqual([[3000, 'dose']]);
  });
  it('reads no figure from a distance that places a town, or that the writer or responders travelled; a distance people fled still is one', () => {
    expect(vuq('The port of Pell, a city some 100 km (62 miles) south of the epicentre, was flattened.')).toEqual([]);
    expect(vuq('The quake destroyed Pell, a port that people travel to, some 100 km (62 miles) south of the epicentre.')).toEqual([]);
    expect(vuq('To reach Pell, my colleagues and I had to walk 120 kilometres through tall grasses.')).toEqual([]);
    expect(vuq('We had to walk 120 kilometres to reach Pell.')).toEqual([]);
    expect(vuq('Families walked 40 kilometres to reach the border post at Pell.').map(([v, u]) => [v, u])).toEqual([[40, 'km']]);
  });
  it('reads each sex labelled before its number in parentheses after a count of people as a part of it', () => {
    const parts = (body: string) => run(`Dengue in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.breakdown?.part ?? null]);
    expect(parts('Pell has recorded 127 fatalities (female - 73; male - 54) from the disease.')).toEqual([
      [127, 'person', null],
      [73, 'person', 'female'],
      [54, 'person', 'male'],
    ]);
    expect(parts('Pell has recorded 127 deaths (F: 73, M: 54).').map(([v, , p]) => [v, p])).toEqual([
      [127, null],
      [73, 'female'],
      [54, 'male'],
    ]);
    // not after a count of things
    expect(parts('Pell has 12 schools (girls: 5, boys: 7).').map(([v]) => v)).toEqual([12]);
  });
  it('counts schoolchildren as people, and reads "went beyond" as more than (set 155)', () => {
    expect(vuq('The floods displaced nearly 3,000 schoolchildren in Pell.')).toEqual([[3000, 'person', 'nearly']]);
    expect(vuq('The number of arrivals in Pell went beyond one million.')).toEqual([[1000000, 'person', 'more-than']]);
  });
  it('reads a key figure labelled after its number in any case, a bare number before its households, "the more than N who", and "will assist N" (sets 152 to 155)', () => {
    expect(vuq('1,813 Number of new arrivals on Thursday\n\n333,947 Total number of refugees in Pell\n\n2,133,238: estimated number of children in Pell').map(([v, u]) => [v, u])).toEqual([
      [1813, 'person'],
      [333947, 'person'],
      [2133238, 'person'],
    ]);
    expect(vuq('Almost 412,763 (82,552 families) have been affected in Pell.')).toEqual([
      [412763, 'person', 'nearly'],
      [82552, 'household', 'nearly'],
    ]);
    expect(vuq('For the more than 700,000 who have fled Pell, the plan provides shelter.')).toEqual([[700000, 'person', 'more-than']]);
    expect(vuq('The package will assist more than 600,000 in Pell.')).toEqual([[600000, 'person', 'more-than']]);
    // inside a sentence, a lower-case "number of" after a number is no label
    expect(vuq('In Pell the 12 number of the bus was changed.')).toEqual([]);
  });
  it('reads equivalents in parentheses joined by a slash without spaces as stated equivalents', () => {
    const r = run('Drought in Ostra\n\nThe Red Cross is appealing for 3.6 million Swiss francs (3.3 million US dollars/2.7 million euros) for Ostra.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((s) => [s.value, s.unit])])).toEqual([
      [3600000, 'CHF', [[3300000, 'USD'], [2700000, 'EUR']]],
    ]);
  });
});

describe('round 25: sets 156 to 159 (winters, Europe and Ukraine, the Pacific, the Levant), after they were scored fresh', () => {
  it('reads a point and three digits before a scale word as a decimal, even after a sign in a text with English numbers', () => {
    const money = (body: string) => run(`Cyclones in Ostra\n\n${body}`, { publisher: 'Australian Government, Department of Foreign Affairs and Trade' }).candidates.map((c) => [c.value, c.unit]);
    expect(money('Some 2,000 tents were sent. The Australian Government has committed $12.775 million to Ostra.')).toEqual([
      [2000, 'tent'],
      [12775000, 'AUD'],
    ]);
    expect(money('The Australian Government has committed $1.275bn to Ostra.')).toEqual([[1275000000, 'AUD']]);
    // without a scale, after a sign, the point still groups thousands
    expect(money('The Australian Government gave €200.000 to the Red Cross in Ostra.')).toEqual([[200000, 'EUR']]);
  });

  it('reads vague amounts written with hyphens', () => {
    expect(vuq('The blasts left tens-of-thousands of families in Pell without water.')).toEqual([[10000, 'household', 'at-least']]);
    expect(vuq('Hundreds-of-thousands of people fled Pell.')).toEqual([[100000, 'person', 'at-least']]);
  });

  it('reads a vague count of people after a verb of displacement or casualty before "abroad" or "internally"', () => {
    expect(vuq('The war claimed over half a million lives and displaced millions abroad.')).toEqual([
      [500000, 'person', 'more-than'],
      [1000000, 'person', 'at-least'],
    ]);
    expect(vuq('The fighting in Pell displaced thousands internally.')).toEqual([[1000, 'person', 'at-least']]);
  });

  it('drafts no war\'s length, whatever else its clause names', () => {
    expect(vuq('The offensive overthrew the government in Pell and ended 13 years of civil war.')).toEqual([]);
    // the length of an offensive itself stays a figure
    expect(vuq('The offensive on Pell has lasted 40 days and displaced 3,000 people.').map(([v, u]) => [v, u])).toEqual([
      [40, 'day'],
      [3000, 'person'],
    ]);
  });

  it('reads a bare number as people where they are being housed in hotels, gyms or halls', () => {
    expect(vuq('Almost 2,700 are being housed in hotels, schools and gyms in Pell.')).toEqual([[2700, 'person', 'nearly']]);
  });

  it('reads a dashed range of thousands before a people\'s name', () => {
    const range = (body: string) => run(`Refugees in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.unit, c.qualifier, c.low, c.high]);
    expect(range('On bad days between 2,000-4,000 Syrians flood into Pell.')).toEqual([[2000, 'person', 'range', 2000, 4000]]);
    expect(range('On bad days 2,000-4,000 Afghans cross into Pell.')).toEqual([[2000, 'person', 'range', 2000, 4000]]);
  });

  it('reads a number as its clause\'s subject after a share in parentheses or between dashes', () => {
    expect(vuq('More than 360,000 people had entered Pell. Roughly 30,000 (8%) have returned to Kessa.')).toEqual([
      [360000, 'person', 'more-than'],
      [30000, 'person', 'approximately'],
      [8, 'percent', 'exact'],
    ]);
    const r = run('Deaths on the road to Pell\n\n260 people died on the way to Pell. Most of them – 211 – were children under the age of five.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.quote])).toEqual([
      [260, 'person', '260 people died on the way to Pell.'],
      [211, 'person', '211 – were children'],
    ]);
  });

  it('reads the later level of a count that went from one level to another, with a time after the earlier one', () => {
    expect(vuq('The camp in Pell has exploded in size, going from sheltering about 10,000 people last December to more than 75,000 today.')).toEqual([
      [10000, 'person', 'approximately'],
      [75000, 'person', 'more-than'],
    ]);
    // a later number with a noun of its own is no level of the count
    expect(vuq('Aid went from 500 families in Pell to 30 villages.')).toEqual([[500, 'household', 'exact']]);
  });

  it('reads the count in parentheses after a share of a population as people, not as the population', () => {
    const r = run('Cyclone in Ostra\n\nUp to 7.2% (62,400) of Ostra\'s population are estimated to be in evacuation centres.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [7.2, 'percent', null],
      // (its indicator from the clause's own words since round 37, not from the population its share is of)
      [62400, 'person', 'temporary-accommodation'],
    ]);
  });

  it('reads "this number was" as a level of the count before it', () => {
    expect(vuq('Over 100,000 people entered Pell yesterday. Today, by 7:00 a.m., this number was already 24,000.')).toEqual([
      [100000, 'person', 'more-than'],
      [24000, 'person', 'exact'],
    ]);
    expect(vuq('Floods hit Pell. The number is 112 for help.')).toEqual([]);
  });

  it('reads a fraction as the subject of its clause as a share of the people counted before it, and the count in its parentheses', () => {
    expect(vuq('More than 360,000 people had entered Pell. Nearly two-thirds have already left Pell. A little more than a quarter (about 98,000) remain in Pell.')).toEqual([
      [360000, 'person', 'more-than'],
      [66.7, 'percent', 'nearly'],
      [25, 'percent', 'more-than'],
      [98000, 'person', 'approximately'],
    ]);
    // after a count of houses, a share as the subject is none of people
    expect(vuq('The storm damaged 3,000 houses in Pell. Two-thirds were destroyed.')).toEqual([[3000, 'house', 'exact']]);
  });

  it('counts one adult who died beside other counts of people', () => {
    expect(vuq('Some 14 children under the age of five and one adult have died from the epidemic in Pell.')).toEqual([
      [14, 'person', 'approximately'],
      [1, 'person', 'exact'],
    ]);
    expect(vuq('One adult walked on through Pell.')).toEqual([]);
  });

  it('reads the bare dollar a dollar country\'s government gives as its own dollar, unless the text names the US', () => {
    const money = (body: string) => run(`Landslide in Ostra\n\n${body}`, { publisher: 'Save the Children' }).candidates.filter((c) => c.unit !== 'person').map((c) => [c.value, c.unit]);
    expect(money('At least 670 people died. The Australian Government announced an initial $2.5 million aid package.')).toEqual([[2500000, 'AUD']]);
    expect(money('At least 670 people died. The Government of Canada has pledged $3 million to the appeal.')).toEqual([[3000000, 'CAD']]);
    expect(money('At least 670 people died. The United States gave $10 million and the Australian Government announced $2.5 million.')).toEqual([
      [10000000, 'USD'],
      [2500000, 'USD'],
    ]);
  });

  it('dates a figure by a weekday after "early on" that opens its sentence, and by "as of Monday morning" after it', () => {
    const dated = (body: string) => run(`Arrivals in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.asOf]);
    expect(dated('Early on Saturday, more than 18,000 people arrived in Pell; the majority were women.')).toEqual([[18000, '2024-06-08']]);
    expect(dated('In Pell, 31 people have died, according to authorities, with 127 others missing, as of Monday morning.')).toEqual([
      [31, '2024-06-10'],
      [127, '2024-06-10'],
    ]);
  });
});

describe('round 25: sets 160 to 163 (Asian floods, hunger, governments, Afghanistan), after they were scored fresh', () => {
  it('reads each "label: amount" line under a caption that names its currency as money in it, whatever the label names', () => {
    const r = run('Aid to Ostra\n\nThe Government of Pell will provide aid through the agencies below.\nBreakdown of the Emergency Grant Aid (USD)\n1. Ostra\nUnited Nations Children’s Fund (UNICEF): 15.7 million\nUnited Nations High Commissioner for Refugees (UNHCR): 2.7 million\n2. Kessa\nUNHCR: 0.7 million\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [15700000, 'USD'],
      [2700000, 'USD'],
      [700000, 'USD'],
    ]);
    // a blank line ends the caption's list
    expect(run('Aid to Ostra\n\nBreakdown of the grant (USD)\nUNICEF: 15.7 million\n\nChildren reached: 12,000\n').candidates.map((c) => [c.value, c.unit])).toEqual([
      [15700000, 'USD'],
      [12000, 'person'],
    ]);
  });

  it('reads "pc" glued to a number as per cent', () => {
    expect(vuq('Returnees to Pell carried personal belongings (99pc), cash (97pc) and livestock (1pc).').map(([v, u]) => [v, u])).toEqual([
      [99, 'percent'],
      [97, 'percent'],
      [1, 'percent'],
    ]);
    expect(vuq('Some 40pc of the people of Pell need aid.')).toEqual([[40, 'percent', 'approximately']]);
  });

  it('reads returns as people who came home, not tax returns', () => {
    const r = run('Returns to Ostra\n\nIOM recorded 131,912 returns from Pell to Ostra in 2023, and 5,000 spontaneous returns to Kessa.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [131912, 'person', 'returnees'],
      [5000, 'person', 'returnees'],
    ]);
    expect(vuq('Pell saw 2,000 tax returns filed.')).toEqual([]);
  });

  it('reads "billions of" a currency as money, the least the words can mean', () => {
    expect(vuq('Aid worth billions of dollars reached Pell.')).toEqual([[1000000000, 'USD', 'at-least']]);
  });

  it('counts the people of a place where harm befell them, not as its baseline', () => {
    expect(vuq('Pell remains the worst-hit district with 11,29,390 people being affected due to floods.')).toEqual([[1129390, 'person', 'exact']]);
    expect(vuq('Pell is a district with 40,000 people in the north.')).toEqual([]);
  });

  it('reads a headline\'s present "kill 18" and "force 285,000 to move to shelters" as people', () => {
    const r = run('Floods in Ostra\n\nFloods kill 18, force 285,000 to move to shelters amidst monsoon rains.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [18, 'person', 'deaths'],
      [285000, 'person', 'displaced'],
    ]);
    expect(vuq('The new rules in Pell force 20 to 30 meetings a year.')).toEqual([]);
  });

  it('goes on counting a list\'s things past a count of people in brackets in each item', () => {
    const r = run('Floods in Ostra\n\nA total of 30 accommodation centres have been activated, 12 in Pell (hosting 4,464 individuals), 8 in Kessa (hosting 5,060 individuals) and 1 in Dorro (hosting 300 individuals).');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [30, 'evacuation-centre'],
      [12, 'evacuation-centre'],
      [4464, 'person'],
      [8, 'evacuation-centre'],
      [5060, 'person'],
      [1, 'evacuation-centre'],
      [300, 'person'],
    ]);
  });

  it('reads a key figure over a label that carries a date, dated by the label\'s own "as of"', () => {
    const r = run('KEY DISPLACEMENT FIGURES\n\n2.9M\n\nEstimated internally displaced persons (IDPs) by conflict within Ostra as of 31 December 2020\n\n681,332\n\nEstimated total conflict induced IDPs within Ostra since 1 January 2021\n\n72,377\n\nRefugees and asylum-seekers in Ostra as of 2 November 2021\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.asOf])).toEqual([
      [2900000, 'person', '2020-12-31'],
      [681332, 'person', null],
      [72377, 'person', '2021-11-02'],
    ]);
  });
});

describe('round 25: set 162, a breakdown after a dated total', () => {
  it('dates the parts of a sentence that opens "The breakdown" by the total before it', () => {
    const r = run('Earthquake in Ostra\n\nAs of Monday, 10 June 2024, the earthquake has caused 436 fatalities. The breakdown: Pell 374 fatalities, Kessa 37 fatalities.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [436, '2024-06-10'],
      [374, '2024-06-10'],
      [37, '2024-06-10'],
    ]);
  });
});

describe('round 25: sets 164 to 167 (epidemics, the Americas, key-figure reports, East Asian storms), after they were scored fresh', () => {
  it('reads key figures after a letter in brackets, with a note in brackets in the label or running on after the number', () => {
    const r = run('Typhoon in Ostra\n\n(1) Damages caused by the typhoon\n(A) Deaths: 295\n(B) Missing persons: 39\n(D) Damaged houses: 10,203 (4,270 fully destroyed, 5,933 partially\ndestroyed)\n(E) Evacuees in evacuation shelters (526 shelters): 335,740\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [295, 'person'],
      [39, 'person'],
      [10203, 'house'],
      [4270, 'house'],
      [5933, 'house'],
      [526, 'evacuation-centre'],
      [335740, 'person'],
    ]);
  });

  it('reads a number alone on its line under a label that ends with a colon', () => {
    const r = run('Key figures\n\nAffected population:\n3,929,030\n\nPeople displaced:\n12,000\n\nPopulation:\n4,000,000\n');
    expect(r.candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([
      [3929030, 'person', 'people-affected'],
      [12000, 'person', 'displaced'],
    ]);
  });

  it('reads "displaces 600,000" and "of those uprooted" as people', () => {
    const r = run('Floods in Ostra\n\nRecord flooding in Pell displaces 600,000. More than 65,000 of those uprooted are in Kessa.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.indicator])).toEqual([
      [600000, 'person', 'exact', 'displaced'],
      [65000, 'person', 'more-than', 'displaced'],
    ]);
  });

  it('reads a spaced capital M before a count of people as millions, a footnote mark between', () => {
    expect(vuq('Some 2 million people in Pell are with host families (3.5 M IDPs).').map(([v, u]) => [v, u])).toEqual([
      [2000000, 'person'],
      [3500000, 'person'],
    ]);
    expect(vuq('Nearly 4 M* Persons are internally displaced in Pell.')).toEqual([[4000000, 'person', 'nearly']]);
    expect(vuq('The road in Pell is 4 M long.')).toEqual([]);
  });

  it('counts camps for internally displaced persons with their acronym in brackets as camps, not people', () => {
    expect(vuq('NEMA said ten Internally Displaced Persons (IDPs) camps have been set up in Pell.').map(([v, u]) => [v, u])).toEqual([[10, 'camp']]);
  });

  it('reads "nearly half million" with its article left out', () => {
    expect(vuq('Nearly half million people fled Pell.')).toEqual([[500000, 'person', 'nearly']]);
  });
});

describe('round 25: sets 168 to 171 (West African floods, Caribbean hurricanes, Gaza, wildfires), after they were scored fresh', () => {
  it('counts school latrines as latrines, not schools', () => {
    expect(vuq('In Pell 3,821 classrooms and 512 school latrines have been impacted.').map(([v, u]) => [v, u])).toEqual([
      [3821, 'classroom'],
      [512, 'latrine'],
    ]);
  });

  it('reads "of those impacted" as a part of the people before, and a headline\'s "Displaces Thousands", "kills dozens"', () => {
    expect(vuq('Floods displaced 200,000 people in Pell. Some 85,000 of those impacted are pregnant women.').map(([v, u]) => [v, u])).toEqual([
      [200000, 'person'],
      [85000, 'person'],
    ]);
    expect(vuq('The flood displaces thousands in Pell.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('The storm kills dozens in Pell.')).toEqual([[24, 'person', 'at-least']]);
    expect(vuq('The fire in Pell forced thousands from their homes.')).toEqual([[1000, 'person', 'at-least']]);
  });

  it('reads an amount grouped with a comma and a space before its currency\'s name', () => {
    const r = run('Floods in Ostra\n\nSwitzerland gave 750, 000 Swiss francs to support victims in Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[750000, 'CHF']]);
  });

  it('drafts no speaker a story quotes and no median income', () => {
    expect(vuq('“One Pell resident told the BBC the island looked destroyed.')).toEqual([]);
    expect(vuq('One displaced mother in Pell told NRC staff how she fled.')).toEqual([]);
    expect(vuq('One resident was killed in Pell.')).toEqual([[1, 'person', 'exact']]);
    expect(vuq('In Pell the median household income was just $47,533.')).toEqual([]);
  });

  it('reads a bare "dollars" as the dollar of a text whose "$" is a country\'s', () => {
    const money = (body: string) => run(`Fires in Ostra\n\n${body}`, { publisher: 'Australian Red Cross' }).candidates.map((c) => [c.value, c.unit]);
    expect(money('Hundreds of millions of dollars have been donated by the public in Pell.')).toEqual([[100000000, 'AUD']]);
    expect(money('The public donated 5 million US dollars in Pell.')).toEqual([[5000000, 'USD']]);
    expect(vuq('The public donated 5 million dollars in Pell.').map(([v, u]) => [v, u])).toEqual([[5000000, 'USD']]);
  });

  it('reads "13 out of Gaza\'s 36 hospitals" as 13, the part, not the whole', () => {
    expect(vuq('Only 13 out of Pell’s 36 hospitals are partially functional.').map(([v, u]) => [v, u])).toEqual([[13, 'hospital']]);
  });
});

describe("round 25 review: where the round's new rules must not fire", () => {
  it('lets a label that opens with what it counts win over a currency caption above it', () => {
    const r = run('Funding in Ostra\n\nFunding (US$)\nRequired: 12,000,000\nPeople in need: 3,000,000\nHouseholds reached: 4,500\n');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [12000000, 'USD'],
      [3000000, 'person'],
      [4500, 'household'],
    ]);
  });

  it('keeps the date a sentence carries to the next under a page number, which is no key figure', () => {
    const r = run('Floods in Ostra\n\n12\n\nOn 3 May 2024, floods in Pell displaced 3,000 people. It also damaged 200 houses.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [3000, '2024-05-03'],
      [200, '2024-05-03'],
    ]);
  });

  it('reads "pc" before a thing\'s name as pieces, no per cent', () => {
    expect(vuq('UNICEF delivered 500pc hygiene kits and 1,200pc jerry cans to Pell.').filter(([, u]) => u === 'percent')).toEqual([]);
  });

  it('keeps one person harmed when a verb of speech comes later in the sentence', () => {
    expect(vuq('One man died as police said the river burst its banks in Pell.')).toEqual([[1, 'person', 'exact']]);
  });

  it("keeps the people aid reached after a place's possessive", () => {
    expect(vuq('WFP delivered food to Pell’s 500,000 people this week.')).toEqual([[500000, 'person', 'exact']]);
  });

  it('drafts no share of people for a fraction before a verb of damage', () => {
    expect(vuq('The cyclone damaged 5,000 houses and affected 20,000 people in Pell. Two-thirds were destroyed.').map(([v, u]) => [v, u])).toEqual([
      [5000, 'house'],
      [20000, 'person'],
    ]);
  });
});

describe('round 26: held-out sets 168 to 176', () => {
  it('counts the schools people shelter in as schools, and schools used as evacuation centres as centres', () => {
    expect(vuq('Nearly 175,500 displaced people are sheltering in 88 UNRWA schools across Pell.')).toEqual([
      [175500, 'person', 'nearly'],
      [88, 'school', 'exact'],
    ]);
    expect(vuq('In Pell, 42 schools are being used as evacuation centres.')).toEqual([[42, 'evacuation-centre', 'exact']]);
  });

  it('dates a sentence that opens with a span of days of one month by its last day', () => {
    const r = run('Floods in Ostra\n\nBetween the afternoons of 5 and 8 June, 76 people were killed in Pell and 253 were injured.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [76, '2024-06-08'],
      [253, '2024-06-08'],
    ]);
    expect(run('Floods in Ostra\n\nBetween 26 and 27 May, 195 people were killed in Pell.').candidates.map((c) => c.asOf)).toEqual(['2024-05-27']);
    expect(run('Floods in Ostra\n\nFrom 7 to 24 May, 300 cases were reported in Pell.').candidates.map((c) => [c.asOf, c.period])).toEqual([
      ['2024-05-24', { start: '2024-05-07', end: '2024-05-24' }],
    ]);
  });

  it('reads "tens thousands", as a hurried text writes it, as tens of thousands', () => {
    expect(vuq('The fire killed 85 people and displaced tens thousands of residents in Pell.')).toEqual([
      [85, 'person', 'exact'],
      [10000, 'person', 'at-least'],
    ]);
  });

  it('reads a population "with" its number, and places after a direction in lower case ("in southern Shan")', () => {
    const r = run('Floods in Ostra\n\nPell hosts the second largest IDP population with 228,800 in total: 93,800 in Kessa; 51,500 in southern Marl; and 800 in eastern Dorn.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [228800, 'person', 'ostra'],
      [93800, 'person', 'kessa'],
      [51500, 'person', 'marl'],
      [800, 'person', 'dorn'],
    ]);
  });

  it('places no figure in a continent a direction leads ("in southern Africa")', () => {
    const r = run('Floods in Ostra\n\nThe drought in southern Africa left 2,000 people in need in Pell.');
    expect(r.candidates.map((c) => c.place)).not.toContain('africa');
  });

  it('counts relief items named in capitals, "family packs", and the things boxes and pieces hold', () => {
    expect(vuq('Around 45,130 Family Food Packs are being delivered to Pell.')).toEqual([[45130, 'food-pack', 'approximately']]);
    expect(vuq('The agency distributed 1,500 boxes of hygiene kits, 219 family packs, 600 pieces of tarpaulin mats and 1,500 blankets in Pell.')).toEqual([
      [1500, 'hygiene-kit', 'exact'],
      [219, 'food-pack', 'exact'],
      [600, 'tarpaulin', 'exact'],
      [1500, 'blanket', 'exact'],
    ]);
    expect(vuq('The Red Cross has 190 National Societies worldwide.')).toEqual([]);
  });

  it('dates figures by an "as of" date with its time of day ("as of Jan 13 noon")', () => {
    const r = run('Floods in Ostra\n\nThe report said that as of May 13 noon, 407 had been rescued and over 27,200 houses damaged in Pell.');
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([
      [407, '2024-05-13'],
      [27200, '2024-05-13'],
    ]);
  });

  it('gives a level changed from the noun of the level it changed to, tonnes too, but not to a number of other things', () => {
    expect(vuq('The plan seeks to boost monthly imports to Pell to 1.4 million metric tonnes from 1.1 million last year.').map(([v, u]) => [v, u])).toEqual([
      [1400000, 't'],
      [1100000, 't'],
    ]);
    expect(vuq('The appeal seeks to provide assistance to 180.5 million people from 72 countries.').map(([v, u]) => [v, u])).toEqual([[180500000, 'person']]);
  });

  it('reads cases that "could reach" a number as a projection, at most that many', () => {
    const r = run('Floods in Ostra\n\nCholera cases in Pell could reach one million by the end of the year.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[1000000, 'person', 'up-to']]);
    expect(r.draft.figures[0]?.notes).toContain('a projection');
  });

  it('reads each country of a list with its count in brackets as people, after people named in the sentence', () => {
    const r = run('Floods in Ostra\n\nHalf of all refugees came from three countries: the Syrian Arab Republic (6.5 million), Ukraine (5.7 million) and Afghanistan (5.7 million).');
    expect(r.candidates.slice(1).map((c) => [c.value, c.unit, c.place])).toEqual([
      [6500000, 'person', 'SYR'],
      [5700000, 'person', 'UKR'],
      [5700000, 'person', 'AFG'],
    ]);
    expect(vuq('The donors gave funding to Kenya (5 million) and Uganda (3 million) for refugees.')).toEqual([]);
  });

  it('reads the level a count rose to after "from N in 2021 to", in its unit', () => {
    expect(vuq('The number of refugees in Pell increased from 27.1 million in 2021 to 35.3 million at the end of 2022.').map(([v, u]) => [v, u])).toEqual([
      [27100000, 'person'],
      [35300000, 'person'],
    ]);
  });

  it('reads "One-hundred four" as 104, people of households that died as people, drownings as deaths', () => {
    expect(vuq('One-hundred four people were rescued off Pell.')).toEqual([[104, 'person', 'exact']]);
    expect(vuq('More than 100 households were evacuated in Pell. Unfortunately, 11 of them died.').map(([v, u]) => [v, u])).toEqual([
      [100, 'household'],
      [11, 'person'],
    ]);
    expect(run('Floods in Ostra\n\nMost of the estimated 3,100 drownings this year occurred off Pell.').candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[3100, 'person', 'deaths']]);
  });

  it('counts no livestock in "two livestock farms"', () => {
    expect(vuq('The mudflow destroyed two livestock farms and killed 300 livestock in Pell.')).toEqual([[300, 'livestock', 'exact']]);
  });

  it('reads people a war causes to flee, and people who will need aid', () => {
    expect(vuq('In Pell, a war has raged for 18 years causing 1.6 million to flee their homes.')).toEqual([[1600000, 'person', 'exact']]);
    expect(vuq('In Pell, an estimated 2 million will need food assistance in the coming months.')).toEqual([[2000000, 'person', 'approximately']]);
  });

  it('reads a bare "francs" as the francs the text wrote in full before it', () => {
    const r = run('Appeal for Ostra\n\nThe budget includes 1,104.4 million Swiss francs for field operations in Pell and 191.7 million francs for support.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [1104400000, 'CHF'],
      [191700000, 'CHF'],
    ]);
  });

  it('reads the level a count was at before, "up from" it, and not a level of things "gone from 73 to 108"', () => {
    expect(vuq('More than 4 million people have left Pell, up from 695,000 in late 2015.').map(([v, u]) => [v, u])).toEqual([
      [4000000, 'person'],
      [695000, 'person'],
    ]);
    expect(vuq('In Pell, sites have gone from 73 to 108 in one year, hosting 300,000 people.').map(([v, u]) => [v, u])).toEqual([[300000, 'person']]);
  });

  it('reads a count restated in brackets before its verb, and people currently in shelters', () => {
    expect(vuq('In Pell, over half a million (538,241) have been forced to leave their homes.').map(([v, u]) => [v, u])).toEqual([
      [500000, 'person'],
      [538241, 'person'],
    ]);
    expect(vuq('Roughly half a million people have fled their homes in Pell, with over 77,000 currently in public shelters.').map(([v, u, q]) => [v, u, q])).toEqual([
      [500000, 'person', 'approximately'],
      [77000, 'person', 'more-than'],
    ]);
  });

  it('reads "Affected people would exceed 38,000" as 38,000 people foreseen, a projection', () => {
    expect(vuq('Affected people in Pell would exceed 38,000.')).toEqual([[38000, 'person', 'exact']]);
    expect(run('Floods in Ostra\n\nAffected people in Pell would exceed 38,000.').draft.figures[0]?.notes).toContain("a projection ('would exceed')");
    // ("not expected to exceed" is no more than: the word "exceed" alone sets no qualifier)
    expect(vuq('The death toll is not expected to exceed 500 in Pell.').map(([, , q]) => q)).not.toContain('more-than');
    expect(vuq('Payments in Pell must not exceed 500 dollars.')).toEqual([[500, 'USD', 'up-to']]);
  });

  it('learns no place from "to" and a verb in a headline in title case, nor from "Fiscal Year"', () => {
    const r = run('Government and Partners Launch a Response Plan to Assist 3.6 Million People\n\nThe plan for Pell requires USD 674 million to assist 3.6 million people. With an additional $53.7 million in Fiscal Year 2023, donors help.');
    expect(r.candidates.map((c) => c.place)).not.toContain('assist');
    expect(r.candidates.map((c) => c.place)).not.toContain('fiscal-year');
    expect(r.candidates.filter((c) => c.value === 3600000)).toHaveLength(1);
  });

  it('reads a part "of the dead", people "being severely affected", and deaths that "may surge to as many as" a number', () => {
    expect(vuq('The toll in Pell stood at nine, and five of the dead were in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [9, 'person'],
      [5, 'person'],
    ]);
    expect(vuq('He is one of the victims of the fire in Pell.')).toEqual([]);
    expect(vuq('In Pell, 10 million people have been affected, with 2 million being severely affected.').map(([v, u]) => [v, u])).toEqual([
      [10000000, 'person'],
      [2000000, 'person'],
    ]);
    expect(vuq('He claimed deaths in Pell may surge to as many as 1,000.')).toEqual([[1000, 'person', 'up-to']]);
  });

  it('drafts no ages "aged between 40 and 92"', () => {
    expect(vuq('The total number of missing people in Pell, aged between 40 and 92, has risen to 43.').filter(([v]) => v === 40 || v === 92)).toEqual([]);
  });

  it('learns no place "Numbers" from a heading "In Numbers", and reads lines under Japanese and other bullets', () => {
    const r = run('Floods in Pell\n\nWFP Pell Country Brief\nIn Numbers\n\n19,410 people assisted in December 2021\n');
    expect(r.candidates.map((c) => c.place)).not.toContain('numbers');
    const items = run('Relief items in Pell (As of Oct 31st)\n\n・Blankets: 17,579\n\n● Tents: 3,474\n');
    expect(items.candidates.map((c) => [c.value, c.unit])).toEqual([
      [17579, 'blanket'],
      [3474, 'tent'],
    ]);
  });

  it('takes no years named after "years" for people, and counts tents before a slash', () => {
    expect(vuq('The number of displaced people in Pell rose in the last two years, 2019 and 2020.')).toEqual([]);
    expect(vuq('UNICEF distributed 7,400 tarpaulins and 698 tents/shelter kits in Pell.')).toEqual([
      [7400, 'tarpaulin', 'exact'],
      [698, 'tent', 'exact'],
    ]);
  });

  it('reads people who "have left their homes", who remain in centres a few words name, and cases "of" a disease that surge to a level', () => {
    expect(vuq('In Pell, over three million have left their homes.')).toEqual([[3000000, 'person', 'more-than']]);
    expect(vuq('In Pell, some 1,467 remain in four major evacuation centres.')).toEqual([
      [1467, 'person', 'approximately'],
      [4, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('Pell has seen cases of cholera and malaria surge to 4,600 and 7,500 respectively.')).toEqual([
      [4600, 'person', 'exact'],
      [7500, 'person', 'exact'],
    ]);
  });
});

describe("round 26 review: where the round's new rules must not fire", () => {
  it('reads no bare "francs" as Swiss in a text about a CFA franc country, and reads it as that franc where only that country is named', () => {
    const r = run('Aid to Niger\n\nSwitzerland funds projects in Niger.\n\nThe government of Niger spent 300 million francs on food aid in Tahoua.');
    expect(r.candidates.map((c) => c.unit)).not.toContain('CHF');
    expect(run('Floods in Pell\n\nIn Mali, the ministry released 250 million francs for victims.').candidates.map((c) => c.unit)).toEqual(['XOF']);
  });

  it('takes no unit for "from N ... to M" from a count before that the N is not', () => {
    expect(vuq('About 300 people fled Pell, where the temperature climbed from 20 in the morning to 45.')).toEqual([[300, 'person', 'approximately']]);
  });

  it('counts nothing in rolls, cartons or packs of a thing, and only kits in boxes', () => {
    expect(vuq('The factory produced 5,000 rolls of toilet paper in Pell.')).toEqual([]);
    expect(vuq('Volunteers packed 50 cartons of water bottles in Pell.')).toEqual([]);
    expect(vuq('The UN sent 300 packs of water purification tablets to Pell.')).toEqual([]);
  });

  it('places a number before "in eastern Kessa" in Kessa, and keeps a destination at the end of a title-case headline', () => {
    expect(run('Floods in Ostra\n\nAbout 500 people were displaced in Pell and 800 in eastern Kessa.').candidates.map((c) => c.place)).toEqual(['pell', 'kessa']);
    expect(run('Floods Displace 3,000 People Who Fled to Kessa\nThe floods hit the region.').candidates.map((c) => c.place)).toEqual(['kessa']);
  });

  it('reads no people from a list of countries whose brackets count something else', () => {
    expect(vuq('People voted in Chad (1,200 polling stations), Mali (800) and Niger (600).')).toEqual([]);
  });
});


describe('round 27: a date the text names a few days after the publication date given', () => {
  // a page's date is often its first posting or only its month ("2024-09-01" for a September report)
  const asOfs = (text: string, published: string) => run(text, { published }).candidates.map((c) => [c.value, c.asOf]);

  it('dates a figure "as of 13 September 2024" by that day in a text given as published on 1 September, and says to check it', () => {
    const r = run('Floods in Ostra\n\nA meeting found that as of 13 September 2024, 125,772 households have been affected in Ostra.', { published: '2024-09-01' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([[125772, '2024-09-13']]);
    expect(r.draft.figures[0]!.notes).toContain('a day after the publication date 2024-09-01');
  });

  it('puts a day and month without a year a few days after publication in the publication year, not a year before', () => {
    expect(asOfs('Cholera in Ostra\n\nAs of 12 September, there have been 172 confirmed cases in Ostra.', '2024-09-01')).toEqual([[172, '2024-09-12']]);
    // (a day long after publication still falls in the year before: "28 December" in a text of 3 January)
    expect(asOfs('Cholera in Ostra\n\nAs of 28 December, there have been 172 confirmed cases in Ostra.', '2025-01-03')).toEqual([[172, '2024-12-28']]);
  });

  it('does not date a figure by a day more than a month after publication', () => {
    const [[value, asOf]] = asOfs('Floods in Ostra\n\nAs of 20 November 2024, 3,000 households have been affected in Ostra.', '2024-09-01') as [[number, string | null]];
    expect(value).toBe(3000);
    expect(asOf).not.toBe('2024-11-20');
  });
});

describe("round 27: a bare dollar given by a dollar country, in a news site's text", () => {
  const units = (text: string, publisher: string) => run(text, { publisher }).candidates.map((c) => [c.value, c.unit]);

  it('reads the bare "$" of a dollar country giving the first amount as its dollar, whatever site publishes it', () => {
    expect(units('Aid to Kessa\n\nCanada has pledged an additional $5 million to help flood victims in Kessa.', 'Pell Daily News')).toEqual([[5000000, 'CAD']]);
    expect(units('Aid to Kessa\n\nThe Australian Government has announced $3 million for flood victims in Kessa.', 'Pell Daily News')).toEqual([[3000000, 'AUD']]);
  });

  it('keeps US dollars for an international wire or an aid agency, and for a list of donors that opens with another\'s amount', () => {
    expect(units('Aid to Kessa\n\nCanada has pledged an additional $5 million to help flood victims in Kessa.', 'Reuters')).toEqual([[5000000, 'USD']]);
    expect(units('Aid to Kessa\n\nCanada has pledged an additional $5 million to help flood victims in Kessa.', 'UN OCHA')).toEqual([[5000000, 'USD']]);
    expect(units('Aid to Kessa\n\nAustralia announced an initial $1.7 million for Kessa. USAID is providing $500,000.', 'Pell Defense Forum')).toEqual([
      [1700000, 'USD'],
      [500000, 'USD'],
    ]);
    expect(units('Aid to Kessa\n\nThe United Nations will contribute $10 million for Kessa. Canada has pledged $2 million.', 'Pell Daily News')).toEqual([
      [10000000, 'USD'],
      [2000000, 'USD'],
    ]);
  });
});

describe('round 27: shelters people remain in, and shelters housing people', () => {
  it('counts shelters people remain or stay in, with a qualifier between, and shelters housing people', () => {
    expect(vuq('Some 180 people remain in 10 shelters after their homes were destroyed.')).toEqual([
      [180, 'person', 'approximately'],
      [10, 'evacuation-centre', 'exact'],
    ]);
    expect(vuq('Nearly 2,000 people were still staying in more than 35 shelters across Ostra.')).toEqual([
      [2000, 'person', 'nearly'],
      [35, 'evacuation-centre', 'more-than'],
    ]);
    expect(vuq('Twenty-five shelters housing over 1,100 people have been opened.')).toEqual([
      [25, 'evacuation-centre', 'exact'],
      [1100, 'person', 'more-than'],
    ]);
  });

  it('does not count shelters by what they could hold', () => {
    expect(vuq('There are nearly 5,000 shelters in Pell, capable of housing up to 25,000 refugees.').filter(([, unit]) => unit === 'evacuation-centre')).toEqual([]);
  });
});

describe('round 27: bare numbers of people who tested positive or were impacted', () => {
  it('reads a bare number that "tested positive" as people, not after a count of samples', () => {
    expect(vuq('In Ostra, 300 cases were admitted and 97 tested positive for cholera.')).toEqual([
      [300, 'person', 'exact'],
      [97, 'person', 'exact'],
    ]);
    expect(vuq('Of 300 samples, 97 tested positive.')).toEqual([]);
    expect(vuq('In Ostra, 1,200 samples were taken and 97 tested positive.')).toEqual([]);
  });

  it('reads a bare number "directly impacted by" something as people, and not "impacted districts"', () => {
    expect(vuq('Some 5.98 million people are in need, with 4.57 million directly impacted by drought.')).toEqual([
      [5980000, 'person', 'approximately'],
      [4570000, 'person', 'exact'],
    ]);
    expect(vuq('The floods hit 12 impacted districts of Ostra.')).toEqual([]);
  });
});

describe('round 27: a written fraction of the country alone is land', () => {
  it('drafts no share from "two-thirds of the country" or "the Eastern half of the country", but keeps a share of its population', () => {
    expect(vuq('Torrential rains cause flooding that affect two-thirds of the country.')).toEqual([]);
    expect(vuq('About one-third of the country is engulfed in fighting.')).toEqual([]);
    expect(vuq('Strong winds are expected in the Eastern half of the country.')).toEqual([]);
    expect(vuq('Nearly half of the country’s population needs aid.')).toEqual([[50, 'percent', 'nearly']]);
    expect(vuq('Half of the country (2.1 million) is flooded.')).toEqual([[50, 'percent', 'exact']]);
  });
});

describe('round 27: a count of things, then a count it includes between commas, then the verb', () => {
  it('reads "Up to 6000 buildings, including 2779 homes, were destroyed" as buildings and houses', () => {
    expect(vuq('Up to 6000 buildings, including 2779 homes, were destroyed in Ostra.')).toEqual([
      [6000, 'building', 'up-to'],
      [2779, 'house', 'exact'],
    ]);
    // (no verb of damage after the aside: no buildings)
    expect(vuq('There are 6000 buildings, including 2779 homes, in Ostra.').filter(([, u]) => u === 'building')).toEqual([]);
  });
});

describe("round 27: a parent's children in a personal story", () => {
  it('drafts nothing from "the father of two young children" or "his wife and four small children", and still reads a count of parents of many', () => {
    expect(vuq('Aung, a farmer in Ostra and the father of two young children, said the house collapsed.')).toEqual([]);
    expect(vuq('He lost his wife and four small children in Ostra.')).toEqual([]);
    expect(vuq('In Ostra, the parents of 300 young children received cash.')).toEqual([[300, 'person', 'exact']]);
  });
});

describe('round 27: people treated for injuries, listed after a count of people', () => {
  it('reads "and 200 treated for injuries" after a count of the dead as people', () => {
    expect(vuq('The office said that 14 people had been confirmed dead and 200 treated for injuries in Ostra.')).toEqual([
      [14, 'person', 'exact'],
      [200, 'person', 'exact'],
    ]);
  });
});

describe('round 27: a sentence that opens with the data of a day', () => {
  const asOfs = (body: string) => run(`Floods in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.asOf]);
  it('dates its figures by "Based on data per 25 December" and "According to the latest estimates of 8 May from ..."', () => {
    expect(asOfs('Based on data per 5 June 2024, the death toll in Ostra reached 429.')).toEqual([[429, '2024-06-05']]);
    expect(asOfs('According to the latest estimates of 8 May from the Provincial Health Division, at least 422 persons have been killed in Ostra.')).toEqual([[422, '2024-05-08']]);
    // (not a date of something else the opening names)
    expect(asOfs('According to the plan of 8 May, 300 families in Ostra will be moved.').map(([, a]) => a)).not.toContain('2024-05-08');
  });
});

describe('round 27: a year after a word of time, and a capacity with an adverb', () => {
  it('reads no people from "this 2023 were", and none from a camp that "can potentially hold" them', () => {
    expect(vuq('More than 25,000 children who have crossed the pass this 2023 were less than 5 years old.')).toEqual([[25000, 'person', 'more-than']]);
    expect(vuq('The empty tent camp in Ostra can potentially hold 2,500 deportees.')).toEqual([]);
  });
});

describe('round 27: kwacha, soms, and a won after a scale word', () => {
  it('reads a bare kwacha or som by the one country named, and not with two', () => {
    expect(vuq('Malawi needs 357.6 billion kwacha for the drought response.')).toEqual([[357600000000, 'MWK', 'exact']]);
    expect(vuq('Zambia released 20 million kwacha for flood victims.')).toEqual([[20000000, 'ZMW', 'exact']]);
    expect(vuq('Kyrgyzstan paid 32 million soms to families in Issyk-Kul.')).toEqual([[32000000, 'KGS', 'exact']]);
    expect(vuq('Malawi and Zambia need 20 million kwacha.')).toEqual([]);
  });

  it('reads "won", "dong", "rand" right after a scale word as the currency, and not a verb with its object', () => {
    expect(vuq('The Korean government set aside 190.1 billion won for rice aid.')).toEqual([[190100000000, 'KRW', 'exact']]);
    expect(vuq('South Africa gave 5 million rand to Ostra.')).toEqual([[5000000, 'ZAR', 'exact']]);
    expect(vuq('Candidates in Ostra with 3 million won the vote.')).toEqual([]);
  });
});

describe('round 27: a tonne symbol glued to its number', () => {
  it('reads "50,000t of rice" as tonnes', () => {
    expect(vuq('Korea has provided 50,000t of rice annually to Ostra.')).toEqual([[50000, 't', 'exact']]);
  });
});

describe('round 27: the number of staff harmed', () => {
  it('reads "the number of aid workers killed ... has exceeded 200" as people, and not the number of them deployed', () => {
    expect(vuq('In Ostra the number of humanitarian aid workers killed since October has exceeded 200.')).toEqual([[200, 'person', 'more-than']]);
    expect(vuq('The number of staff killed in Ostra rose to 31.')).toEqual([[31, 'person', 'exact']]);
    expect(vuq('In Ostra the number of aid workers deployed has risen to 200.')).toEqual([]);
  });
});

describe("round 27 review: where the round's new rules must not fire", () => {
  const asOfs = (body: string) => run(`Floods in Ostra\n\n${body}`).candidates.map((c) => [c.value, c.asOf]);
  const units = (text: string, publisher: string) => run(text, { publisher }).candidates.map((c) => [c.value, c.unit]);

  it('reads no people from things "impacted by" something', () => {
    expect(vuq('Flooding hit 30 schools in Ostra, with 12 impacted by landslides.')).toEqual([
      [30, 'school', 'exact'],
      [12, 'school', 'exact'],
    ]);
    expect(vuq('Ostra has 40,000 hectares of cropland, with 12,000 directly impacted by the floods.')).toEqual([]);
  });

  it('lets no dollar country decide a text that speaks of an appeal, nor another giver\'s amount after its verb', () => {
    expect(units('Aid to Ostra\n\nCanada has announced $10 million for Ostra. The UN appeal for Ostra seeks $200 million.', 'Ostra Daily News').map(([, u]) => u)).toEqual(['USD', 'USD']);
    expect(units('Aid to Ostra\n\nCanada announced a plan with the World Bank, which is providing $200 million to help 500,000 people in Ostra.', 'Kessa Times')[0]).toEqual([200000000, 'USD']);
  });

  it('keeps a share of the country\'s people ("Nearly half of the country needs assistance"), and drops land', () => {
    expect(vuq('Nearly half of the country needs humanitarian assistance in Ostra.')).toEqual([[50, 'percent', 'nearly']]);
    expect(vuq('Two-thirds of the country lack access to safe water in Ostra.')).toEqual([[66.7, 'percent', 'exact']]);
    expect(vuq('The floods affected almost two-thirds of the country.')).toEqual([]);
  });

  it('counts no evacuation centres that people "remain in" unless they are shelters or centres, nor damaged shelters housing people', () => {
    expect(vuq('Over 2,000 migrants remain in 15 detention facilities in Ostra.').filter(([, u]) => u === 'evacuation-centre')).toEqual([]);
    expect(vuq('Shelling damaged 3 shelters housing displaced people in Ostra.')).toEqual([[3, 'shelter', 'exact']]);
  });

  it('dates no figure by a day after publication that the sentence plans, and still by one it reports', () => {
    expect(asOfs('The 4,000 people displaced in Ostra will be relocated on 20 June 2024.')).toEqual([[4000, null]]);
    expect(asOfs('The 300 families in the Pell camp must leave by 15 June 2024, when the lease ends.').map(([, a]) => a)).not.toContain('2024-06-15');
    expect(run('Floods in Ostra\n\nBy 19 June 2024, the number of displaced people in Ostra reached 4,202.', { published: '2024-06-01' }).candidates.map((c) => c.asOf)).toEqual(['2024-06-19']);
    expect(run('Dengue in Ostra\n\nAs of 5 June, 37,173 cases have been registered, of which 38 people have died due to complications.', { published: '2024-06-01' }).candidates.map((c) => c.asOf)).toEqual(['2024-06-05', '2024-06-05']);
  });

  it('reads a hedge "up to 2000" or "close to 2000" before a verb as a count, and "the parents of 43 missing students" as the missing', () => {
    expect(vuq('Many people fled Ostra; up to 2000 were evacuated.')).toEqual([[2000, 'person', 'up-to']]);
    expect(vuq('The parents of 43 missing students marched in Ostra.')).toEqual([[43, 'person', 'exact']]);
  });

});

describe('round 28: numbers written with a slip of the keyboard', () => {
  it('reads a spaced group of three zeros as thousands, but not after a day or a list', () => {
    expect(vuq('On arrival they are given 16, 000 Ostran pounds by the agency in Ostra.').map(([v]) => v)).toContain(16000);
    expect(vuq('The government will provide NPR 200, 000 to each family in Ostra.')).toEqual([[200000, 'NPR', 'exact']]);
    expect(vuq('Between 11 and 20, 40,965 people had to leave their homes in Ostra.')).toEqual([[40965, 'person', 'exact']]);
  });

  it('reads a point before comma groups as one more group ("$4.300,000,000"), and the quote still shows the number', () => {
    const r = run('Pledges for Ostra\n\nDonors met in Pell to raise $4.300,000,000 for Ostra; Kessa pledged $17.800,000.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([
      [4300000000, 'USD'],
      [17800000, 'USD'],
    ]);
    expect(r.draft.figures.map((f) => f.value)).toEqual([4300000000, 17800000]);
    expect(r.notes.join('\n')).not.toContain('cannot check the number as written');
  });
});

describe('round 28: currencies named by their donor', () => {
  it('reads "crowns" by the one crown country its clause names, even in a list of several', () => {
    expect(vuq('Denmark gave $17,000,000 and Iceland €30,000,000. Moreover, Norway made pledges of 250,000,000 crowns for Ostra.').filter(([, u]) => u === 'NOK')).toEqual([[250000000, 'NOK', 'exact']]);
    expect(vuq('Norway and Sweden each pledged 250,000,000 crowns for Ostra.')).toEqual([]);
  });

  it('reads the Gulf\'s letter signs where their country is named: KD, BD, SR', () => {
    expect(vuq('Kuwaiti charities allocated KD 160,000 (about USD 528,000) to Ostra.').map(([v, u]) => [v, u])).toEqual([[160000, 'KWD']]);
    expect(vuq('A Saudi agency signed a SR 5 million deal for Ostra.').map(([v, u]) => [v, u])).toEqual([[5000000, 'SAR']]);
    // (no country of the sign named: no currency)
    expect(vuq('The agency signed a SR 5 million deal for Ostra.')).toEqual([]);
  });
});

describe('round 28: people and things by their nouns', () => {
  it('counts health care, healthcare and medical facilities as health facilities', () => {
    expect(vuq('At least eight schools and 10 health care facilities were damaged in Ostra.')).toEqual([
      [8, 'school', 'at-least'],
      [10, 'health-facility', 'exact'],
    ]);
    expect(vuq('Shelling destroyed 5 medical facilities and 29 healthcare facilities in Ostra.').map(([v, u]) => [v, u])).toEqual([
      [5, 'health-facility'],
      [29, 'health-facility'],
    ]);
  });

  it('counts humanitarians and combatants as people', () => {
    expect(vuq('A total of 333 humanitarians have been killed in Ostra.')).toEqual([[333, 'person', 'exact']]);
    expect(vuq('Nearly 3,000 combatants and civilians were killed in Ostra.')).toEqual([[3000, 'person', 'nearly']]);
  });

  it('counts staff and police as people where harm befell them, with no auxiliary or among the harmed', () => {
    expect(vuq('In Ostra, attacks doubled, with six staff killed just before the election.')).toEqual([[6, 'person', 'exact']]);
    expect(vuq('Among the missing persons in Ostra are six Pell nationals and three police personnel.')).toEqual([
      [6, 'person', 'exact'],
      [3, 'person', 'exact'],
    ]);
    // (still no responders where nothing befell them)
    expect(vuq('The government deployed 300 police personnel to Ostra.')).toEqual([]);
    expect(vuq('About 300 troops killed in an ambush in Ostra were buried.')).toEqual([[300, 'person', 'approximately']]);
  });

  it('reads a people named in -ese as a noun, but as an adjective before a plural noun', () => {
    expect(vuq('As thousands of South Sudanese continue to flee to Ostra.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('There are also 36,478 Sudanese (5.29%) in Ostra.').map(([v]) => v)).toContain(36478);
    expect(vuq('About 400 Chinese earthquake experts joined the search in Ostra.')).toEqual([]);
  });

  it('reads a level after a change by a percentage ("increased by 60%, reaching 578 thousand")', () => {
    expect(vuq('The number of internally displaced persons increased by 60%, reaching 578 thousand in Ostra.')).toEqual([[578000, 'person', 'exact']]);
  });
});

describe("round 28: numbers that count no one a report's reader needs", () => {
  it('drafts no one a study spoke with, interviewed or surveyed, in digits', () => {
    expect(vuq('Researchers spoke with 22 former camp residents in Ostra.')).toEqual([]);
    expect(vuq('The team surveyed 1,200 households in Ostra.')).toEqual([]);
    // (a vague count a text reports is kept: "spoke to hundreds of families who have returned")
    expect(vuq('The agency spoke to hundreds of families who have returned to Ostra.').map(([v]) => v)).toEqual([100]);
  });

  it('drafts no rate of a small number every span of time', () => {
    expect(vuq('One child was killed or injured on average every two days in Ostra.')).toEqual([]);
    expect(vuq('Five people were killed in Ostra, and fighting continues every day.')).toEqual([[5, 'person', 'exact']]);
  });

  it('drafts no places said to be displaced', () => {
    expect(vuq('The envoy visited three displaced sites in Ostra.')).toEqual([]);
  });
});

describe('round 28: a range whose lower bound is whole before an upper one with a scale', () => {
  it('reads "Between 950,000 and 1.5 million people" from 950,000, and still scales "between 2 and 3 million"', () => {
    expect(run('Food in Ostra\n\nBetween 950,000 and 1.5 million people will need food assistance in Ostra.').candidates.map((c) => [c.value, c.low, c.high])).toEqual([[950000, 950000, 1500000]]);
    expect(run('Food in Ostra\n\nBetween 2 and 3 million people will need food assistance in Ostra.').candidates.map((c) => [c.value, c.low, c.high])).toEqual([[2000000, 2000000, 3000000]]);
  });
});

describe('round 28: staff detained, and camps of displaced people', () => {
  it('counts employees and staff detained, by whom and of whom, as people', () => {
    expect(vuq('Rebels in Ostra detained two dozen U.N. employees Sunday.')).toEqual([[24, 'person', 'exact']]);
    expect(vuq('Ostra rebels detain 20 UN employees and confiscate equipment')).toEqual([[20, 'person', 'exact']]);
    expect(vuq('The UN said it followed the detention by the rebels of eight additional UN personnel in Ostra.')).toEqual([[8, 'person', 'exact']]);
    expect(vuq('The man was one of seven Ostran staff "arbitrarily detained" by local authorities.')).toEqual([[7, 'person', 'exact']]);
    expect(vuq('He said those detained in Ostra include five Pellians and 15 international staff.')).toEqual([
      [5, 'person', 'exact'],
      [15, 'person', 'exact'],
    ]);
    // (staff nothing befell are responders still)
    expect(vuq('The agency employs 300 staff in Ostra, and 200 staff held a meeting.')).toEqual([]);
  });

  it('counts camps of displaced people, set up or hosting them, as camps; relief camps stay evacuation centres', () => {
    expect(vuq('The decision covers 23 IDP camps hosting 30,000 families in Ostra.').filter(([, u]) => u !== 'household')).toEqual([[23, 'camp', 'exact']]);
    expect(vuq('The Red Crescent has set up six camps in Ostra.')).toEqual([[6, 'camp', 'exact']]);
    expect(vuq('Some 20,000 people are staying in 193 relief camps in Ostra.').filter(([, u]) => u !== 'person')).toEqual([[193, 'evacuation-centre', 'exact']]);
  });
});

describe('round 28: the most vulnerable, cases of a hazard, shares of rainfall', () => {
  it('counts "7.4 million of the most vulnerable" as people, but not a count of places so described', () => {
    expect(vuq('The plan aims to reach 7.4 million of the most vulnerable in Ostra.')).toEqual([[7400000, 'person', 'exact']]);
    expect(vuq('Aid for 1.65 million women in 60 of the most vulnerable, deprived and conflict-affected districts of Ostra.').map(([v]) => v)).toEqual([1650000]);
  });

  it('counts no people in cases of a hazard, and no share of rainfall', () => {
    expect(vuq('In 2024, 122 cases of flooding were recorded in Ostra.')).toEqual([]);
    expect(vuq('There were 122 cases of cholera in Ostra.')).toEqual([[122, 'person', 'exact']]);
    expect(vuq('The season brings approximately 60 percent of the annual rainfall to Ostra.')).toEqual([]);
  });
});

describe('round 28: the fourth wave (outbreaks, southern African cyclones, Philippine typhoons, Europe\'s arrivals, Sudan)', () => {
  it('reads a letter sign before a spaced group of zeros, and FFPs as food packs', () => {
    expect(vuq('Each household in Malawi received K100, 000 from the Red Cross.')).toEqual([[100000, 'MWK', 'exact']]);
    expect(vuq('The DSWD distributed 2,000 FFPs in Ostra.')).toEqual([[2000, 'food-pack', 'exact']]);
  });

  it('reads "a man over 60" as an age, and "others" after a count of families as families, unless harm befell them', () => {
    expect(vuq('In Ostra, a man over 60 died after falling from a ladder.')).toEqual([]);
    expect(vuq('Over 4,500 families have taken shelter at 246 evacuation centers while around 2,000 others sought refuge with relatives in Ostra.').map(([v, u]) => [v, u])).toEqual([
      [4500, 'household'],
      [246, 'evacuation-centre'],
      [2000, 'household'],
    ]);
    expect(vuq('Over 4,500 families were displaced and 2,000 others were injured in Ostra.').map(([v, u]) => [v, u])).toEqual([
      [4500, 'household'],
      [2000, 'person'],
    ]);
  });

  it('drafts no share of places and no rate per a population', () => {
    expect(vuq('Cases were reported in more than half of all the localities of Ostra.')).toEqual([]);
    expect(vuq('Two people out of every 10,000 die each day from starvation in Ostra.')).toEqual([]);
    // (a share of the people stays)
    expect(vuq('Half of the population of Ostra needs aid.')).toEqual([[50, 'percent', 'exact']]);
  });

  it('reads people who crossed a border', () => {
    expect(vuq('Some 2.1 million have crossed a border from Ostra.')).toEqual([[2100000, 'person', 'approximately']]);
  });
});

describe("round 28 review: where the round's new extraction rules must not fire", () => {
  const range = (text: string) => run(`Floods in Ostra\n\n${text}`).candidates.map((c) => [c.value, c.low, c.high, c.unit]);

  it('keeps ranges whose upper bound has a spaced group', () => {
    expect(range('Between 15,000 and 20, 541 people fled Ostra.')).toEqual([[15000, 15000, 20541, 'person']]);
    expect(range('Some 3,000 to 4, 500 families fled Ostra.')).toEqual([[3000, 3000, 4500, 'household']]);
    expect(range('Between 15,000 and 20, 000 people fled Ostra.')).toEqual([[15000, 15000, 20000, 'person']]);
  });

  it('counts no responders sent, trained or acting, after harm in another clause', () => {
    expect(vuq('Those killed were mostly civilians, and 500 troops are being deployed to Ostra.')).toEqual([]);
    expect(vuq('Among the dead were 12 civilians, and 300 soldiers were sent to Ostra to recover bodies.')).toEqual([[12, 'person', 'exact']]);
    expect(vuq('Trainings for 300 volunteers were held in Ostra.')).toEqual([]);
    expect(vuq('About 300 soldiers unlawfully detained 20 civilians in Ostra.').map(([v]) => v)).toEqual([20]);
    expect(vuq('The 200 rescuers evacuated in boats 1,500 residents of Ostra.').map(([v]) => v)).toEqual([1500]);
    expect(vuq('Some 5,000 humanitarians work in Ostra, and 3,000 combatants surrendered.')).toEqual([]);
  });

  it('keeps peoples in -ese before words that are no plural nouns, and parts of the dead whatever follows', () => {
    expect(vuq('Some 5,000 Sudanese arrived this week in Ostra.')).toEqual([[5000, 'person', 'approximately']]);
    expect(vuq('About 10,000 Congolese fled across the border into Ostra.')).toEqual([[10000, 'person', 'approximately']]);
    expect(vuq('The floods in Ostra killed 40 people; twelve of the dead were from nearby villages.').map(([v]) => v)).toEqual([40, 12]);
  });

  it('reads no crown for "crowns" in a text that names a koruna country, and no camps of militants', () => {
    expect(vuq('Norway pledged aid to Ostra. The Czech government gave 10 million crowns to Pell.')).toEqual([]);
    expect(vuq('The army destroyed 3 militant camps in Ostra.')).toEqual([]);
  });
});

describe('round 29: forms from reports on Myanmar, Pakistan, Colombia, Iran and Lebanon, Sri Lanka and Bangladesh', () => {
  it('reads "$3 to $5 billion" as one range in billions (was $3 and $5 billion), not a price and its rise', () => {
    expect(vuq('In Ostra an estimated $3 to $5 billion will be needed.')).toEqual([[3e9, 'USD', 'range']]);
    expect(run('Floods in Ostra\n\nIn Ostra another US$2 million to US$4 million is sought.').candidates.map((c) => [c.value, c.high, c.unit])).toEqual([[2e6, 4e6, 'USD']]);
    expect(vuq('In Ostra prices rose from SYP 4,500 to SYP 9,700 in a month.').map(([v]) => v)).toEqual([4500, 9700]);
    expect(vuq('In Ostra it gave $3 to $5 each to 200 families.').map(([v, u]) => [v, u])).toEqual([[3, 'USD'], [5, 'USD'], [200, 'household']]);
  });

  it('reads NIS as the Israeli new shekel', () => {
    expect(vuq('In Pell, evacuees are granted NIS 500 and NIS 1500 per evacuee.').map(([v, u]) => [v, u])).toEqual([[500, 'ILS'], [1500, 'ILS']]);
  });

  it('reads residential units as homes, safe locations as evacuation centres, and rescues as people', () => {
    expect(vuq('In Pell 3,600 civilian residential units were damaged.')).toEqual([[3600, 'house', 'exact']]);
    expect(vuq('In Pell 12,000 people are sheltering in 338 safe locations.').map(([v, u]) => [v, u])).toEqual([[12000, 'person'], [338, 'evacuation-centre']]);
    expect(vuq('Rescue teams in Pell carried out 710 rescues.')).toEqual([[710, 'person', 'exact']]);
  });

  it('reads members of families and communities as people, not members of a body or a team', () => {
    expect(vuq('The flood in Pell swept away more than two dozen members of one family.')).toEqual([[24, 'person', 'more-than']]);
    expect(vuq('The aid will help 540,000 members of host communities in Pell.')).toEqual([[540000, 'person', 'exact']]);
    expect(vuq('Some 200 members of the security forces were deployed to Pell.')).toEqual([]);
    expect(vuq('In Pell 1,000 National Guard members have been ordered to help.')).toEqual([]);
    expect(vuq('The council of Pell has 15 members.')).toEqual([]);
  });

  it('reads the things those supported were given ("supported 185,000 people with 842,770 tablets, 5,330 Jerry Cans")', () => {
    expect(vuq('In Pell UNICEF supported 185,000 people with 842,770 water purification tablets, 5,330 Jerry Cans and 578 water buckets.').map(([v, u]) => [v, u])).toEqual([
      [185000, 'person'],
      [842770, 'water-purification-tablet'],
      [5330, 'jerrycan'],
      [578, 'bucket'],
    ]);
  });

  it('reads vague numbers of people who sought refuge or left a city', () => {
    expect(vuq('Hundreds sought refuge in Pell.')).toEqual([[100, 'person', 'at-least']]);
    expect(vuq('The bombing began and millions left the city of Pell.')).toEqual([[1000000, 'person', 'at-least']]);
    expect(vuq('Thousands took to the streets of Pell.')).toEqual([]);
  });

  it('drafts no age after "a woman around", no ratio "for every eight", no "one or more", no generations, no team sizes', () => {
    expect(vuq('In Pell, a woman around 60 was seriously injured.')).toEqual([]);
    expect(vuq('In Pell one Rohingya individual was reported dead or missing for every eight attempting the journey.')).toEqual([]);
    expect(vuq('In Pell, families where one or more family members stay behind were counted.')).toEqual([]);
    expect(vuq('In Pell she has seen three generations displaced in three decades.')).toEqual([]);
    expect(vuq('India sent a five persons medical team and 80 persons special Urban Search and Rescue (USAR) teams to Pell.')).toEqual([]);
    expect(vuq('In Pell 300 people were rescued by teams.')).toEqual([[300, 'person', 'exact']]);
  });

  it('drafts no percentage that compares one amount with another ("50-60 per cent more intense than 2024")', () => {
    expect(vuq('In Pell the monsoon rains have been 50-60 per cent more intense than 2024.')).toEqual([]);
    expect(vuq('In Pell prices are 30% higher than last year.')).toEqual([]);
    expect(vuq('Some 30% of people in Pell need aid.')).toEqual([[30, 'percent', 'approximately']]);
  });
});

describe('round 29: forms from reports on Indonesia, outbreaks in Africa, North Africa, annual reports, North American disasters', () => {
  it('reads a scale word or a noun after two or three spaces, as copies of PDF pages leave them', () => {
    expect(vuq('In Pell CERF allocated a record $289  million to assist over  87.6  million  people.')).toEqual([
      [289000000, 'USD', 'exact'],
      [87600000, 'person', 'more-than'],
    ]);
  });

  it('reads the parts by case status in brackets as people ("48 total cases (38 confirmed, 10 probable)")', () => {
    expect(vuq('In Pell there have been 48 total cases (38 confirmed, 10 probable) with 31 deaths (21 confirmed, 10 probable).').map(([v]) => v)).toEqual([48, 38, 10, 31, 21, 10]);
    expect(vuq('Pell now counts 38 confirmed, 10 probable cases and 21 deaths.').map(([v, u]) => [v, u])).toEqual([[38, 'person'], [10, 'person'], [21, 'person']]);
  });

  it('reads the bare number of a place in a list by place as the count before it, not after a month', () => {
    expect(vuq('The IDPs number 881,035. In Ostra, there are 40,355 IDPs; in Pell, 817,856; and in Kessa, 22,824.').map(([v]) => v)).toEqual([881035, 40355, 817856, 22824]);
    expect(vuq('Some 2,000 people fled Ostra in May; in June, 300.').map(([v]) => v)).toEqual([2000]);
  });

  it('reads "units" after houses named in the sentence as houses, and kindergartens as schools', () => {
    expect(vuq('In Pell the lahar hit the houses of residents, leaving 18 units heavily damaged and 15 units lightly damaged.').map(([v, u]) => [v, u])).toEqual([[18, 'house'], [15, 'house']]);
    expect(vuq('In Pell 11 kindergartens were damaged.')).toEqual([[11, 'school', 'exact']]);
    expect(vuq('In Pell the plan adds 40 units of blood.')).toEqual([]);
  });

  it('reads vague people forced out, whose fate is unknown, and "hundreds of thousands refugees"', () => {
    expect(vuq('The fire in Pell left thousands forced out of their homes.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Crews in Pell searched for dozens whose fate remained unknown.')).toEqual([[24, 'person', 'at-least']]);
    expect(vuq('Hundreds of thousands refugees arrived in Pell.')).toEqual([[100000, 'person', 'at-least']]);
  });

  it('reads beggars, campers and counselors as people, livestock businesses as businesses (left out), and no share of work done', () => {
    expect(vuq('The Pell dead include 27 campers and counselors; the society helped 300 beggars.').map(([v, u]) => [v, u])).toEqual([[27, 'person'], [300, 'person']]);
    expect(vuq('In Pell 79 livestock businesses have been affected.')).toEqual([]);
    expect(vuq('In Pell the houses where work has exceeded 50% completion number 14,463.')).toEqual([]);
    expect(vuq('Pell appeal\n\n$704.9M Received\n\n56% Progress')).toEqual([[704900000, 'USD', 'exact'], [56, 'percent', 'exact']]);
  });
});

describe('round 29: the rest of things just counted', () => {
  it('reads "six of the refugee shelters" as shelters, and "the remaining two" as more of the things just counted', () => {
    expect(vuq('In Pell 12,000 people are lodged in eight refugee shelters. Six of the refugee shelters are in Pell, while the remaining two are in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [12000, 'person'],
      [8, 'shelter'],
      [6, 'shelter'],
      [2, 'shelter'],
    ]);
    expect(vuq('In Pell 300 people died; the remaining 40 were injured.').map(([v, u]) => [v, u])).toEqual([[300, 'person'], [40, 'person']]);
  });
});

describe('round 29: bare numbers whose context says what they count', () => {
  it('reads a count put at a number, one compared with it, and the parts by status after a count of cases', () => {
    expect(vuq('The UN said 660,000 people were displaced in Pell. In its previous report, the agency put the number at about 335,000.').map(([v, u, q]) => [v, u, q])).toEqual([
      [660000, 'person', 'exact'],
      [335000, 'person', 'approximately'],
    ]);
    expect(vuq('Some 9,000 families are in shelters in Pell, compared with 9,615 this morning.').map(([v, u]) => [v, u])).toEqual([[9000, 'household'], [9615, 'household']]);
    expect(vuq('Aid in Pell rose by 12 per cent compared to 2023.').map(([v]) => v)).not.toContain(2023);
    expect(vuq('Pell has recorded 14 Ebola cases 12 confirmed and 2 probable along with 4 deaths.').map(([v]) => v)).toEqual([14, 12, 2, 4]);
    expect(vuq('Pell has recorded 4,032 cases, with 3,140 confirmed and 15 deaths.').map(([v]) => v)).toEqual([4032, 3140, 15]);
  });

  it('reads people killed "up to" a number, those requiring assistance, and a people before a dash', () => {
    expect(vuq('The conflict in Pell has displaced more than 2.7 million people and killed up to 300,000.').map(([v, u, q]) => [v, u, q])).toEqual([
      [2700000, 'person', 'more-than'],
      [300000, 'person', 'up-to'],
    ]);
    expect(vuq('Some 1.8 million people in Pell remain affected, with more than 1.2 million requiring humanitarian assistance.').map(([v]) => v)).toEqual([1800000, 1200000]);
    expect(vuq('Over 1,500 Rohingya — who fled attacks — have landed in Pell.')).toEqual([[1500, 'person', 'more-than']]);
  });

  it('reads vague people displaced though crops are named in the sentence, but no animals killed', () => {
    expect(vuq('Floods in Pell killed 739 people, displacing thousands and destroying homes and crops.').map(([v]) => v)).toEqual([739, 1000]);
    expect(vuq('The outbreak of anthrax in Pell killed thousands, mostly cattle and goats.')).toEqual([]);
  });
});

describe('round 29: Spanish and Portuguese thousands and millions', () => {
  it('reads "mil" as a thousand before a word of those languages or a last group, and "millones" as millions (was: "2 mil viviendas" 2 houses)', () => {
    expect(vuq('En Pell se reportan 2 mil viviendas afectadas y más de 24 mil personas afectadas.')).toEqual([
      [2000, 'house', 'exact'],
      [24000, 'person', 'more-than'],
    ]);
    expect(vuq('En Pell levantaron un censo de 59 mil 519 familias afectadas.')).toEqual([[59519, 'household', 'exact']]);
    expect(vuq('Pell: una inversión de USD 273.000 millones.')).toEqual([[273e9, 'USD', 'exact']]);
    expect(vuq('Em Pell, mais de 7 mil pessoas estão fora de casa.')).toEqual([[7000, 'person', 'more-than']]);
  });
  it('reads no "mil" as a thousand in English ("$5 mil" stays as written, for review)', () => {
    expect(vuq('The US gave $5 mil to Pell.').map(([v]) => v)).toEqual([5]);
  });
});

describe('round 29: card holders, departures, hundreds joined by a dash, climate conferences', () => {
  it('reads card holders and departures as people, and "300-400 people" as a range', () => {
    expect(vuq('In Pell 38,125 ACC holders and 1.4 million PoR cardholders returned, with 1.2 million departures this year.').map(([v, u]) => [v, u])).toEqual([
      [38125, 'person'],
      [1400000, 'person'],
      [1200000, 'person'],
    ]);
    expect(vuq('In Pell 300-400 people were leaving daily.')).toEqual([[300, 'person', 'range']]);
    expect(vuq('In Pell children aged 6-59 months were screened; see pages 200-300 of the report.')).toEqual([]);
  });
  it('reads COP28 as a climate conference, not 28 Colombian pesos', () => {
    expect(vuq('Pell linked its efforts with the climate talks of COP28.')).toEqual([]);
    expect(vuq('Colombia approved COP2,000,000 for Pell.')).toEqual([[2000000, 'COP', 'exact']]);
  });
});

describe("round 29 review: where the round's new rules must not fire", () => {
  it('keeps people reached through or by teams, and reads only a team sent as its size', () => {
    expect(vuq('About 12,000 people reached through mobile health teams in Ostra.')).toEqual([[12000, 'person', 'approximately']]);
    expect(vuq('In Kessa, 6,000 people vaccinated through outreach teams.')).toEqual([[6000, 'person', 'exact']]);
    expect(vuq('Some 4,000 people received mobile team visits in Pell.')).toEqual([[4000, 'person', 'approximately']]);
  });
  it('reads "units" as houses only with a state of damage after them, shortly after houses are named', () => {
    expect(vuq('The floods affected 300 houses in Ostra, and the council approved 40 units of the budget.').map(([v, u]) => [v, u])).toEqual([[300, 'house']]);
    expect(vuq('Houses in Pell were damaged; the hospital lost 12 units of blood.')).toEqual([]);
    expect(vuq('The floods destroyed 200 homes in Ostra and the army sent 15 units to help.').map(([v, u]) => [v, u])).toEqual([[200, 'house']]);
  });
  it('drafts no count compared with one of a past time (which the draft could not date)', () => {
    expect(vuq('More than 20,000 migrants arrived in Ostra this year, compared to 6,000 last year.').map(([v]) => v)).toEqual([20000]);
    expect(vuq('More than 20,000 migrants landed in Ostra this year, compared to around 6,000 in the same period in 2022.').map(([v]) => v)).toEqual([20000]);
    expect(vuq('Some 9,000 families are in shelters in Ostra, compared with 9,615 this morning.').map(([v]) => v)).toEqual([9000, 9615]);
  });
  it('keeps two numbers of a table row apart where runs of spaces separate them', () => {
    expect(vuq('In Ostra 5,000 families were hit. In Pell, deaths and injured people:  12  300 people.').map(([v]) => v)).toEqual([5000, 300]);
  });
});

describe('round 29 review: thousands of millions as Mexico writes them', () => {
  it('reads "$ 3 mil 500 millones" as 3,500 million (was 3,500)', () => {
    expect(vuq('Pell: el gobierno invertirá USD 3 mil 500 millones.')).toEqual([[3.5e9, 'USD', 'exact']]);
  });
});

describe('round 30: acronyms a text defines, and nouns shared by two numbers', () => {
  it('reads an acronym defined in brackets after a counted noun as that noun ("77 relief centres (PPS)", "two PPS")', () => {
    expect(vuq('In Ostra, 5,009 people were housed at 77 temporary relief centres (PPS) as of midday. Pell sent 25 people to two PPS. Twenty PPS are open.')).toEqual([
      [5009, 'person', 'exact'],
      [77, 'evacuation-centre', 'exact'],
      [25, 'person', 'exact'],
      [2, 'evacuation-centre', 'exact'],
      [20, 'evacuation-centre', 'exact'],
    ]);
  });
  it('reads no acronym left undefined, nor one defined for people or money', () => {
    expect(vuq('The Kessa Defence Force (KDF) sent 300 KDF to Ostra.')).toEqual([]);
    expect(vuq('Aid reached 400 persons with disabilities (PWD) in Ostra; 12 PPS opened.').map(([v, u]) => [v, u])).toEqual([[400, 'person']]);
  });
  it('gives the noun after a second number to the first ("40,272 partially damaged and 4,703 totally destroyed homes")', () => {
    expect(vuq('In Ostra, officials recorded 40,272 partially damaged and 4,703 totally destroyed homes.').map(([v, u]) => [v, u])).toEqual([
      [40272, 'house'],
      [4703, 'house'],
    ]);
    expect(vuq('Pell and Kessa were hardest hit, with more than 9,800 and 13,900 damaged houses, respectively.')).toEqual([
      [9800, 'house', 'more-than'],
      [13900, 'house', 'exact'],
    ]);
  });
  it('gives no such noun to days of a month nor past a date', () => {
    expect(vuq('Pell saw snow on July 9 and 10 and about 250 people were stranded.').map(([v]) => v)).toEqual([250]);
    expect(vuq('Fighting between 22 and 25 February further displaced an estimated 10,000 people in Ostra.').map(([v]) => v)).toEqual([10000]);
  });
});

describe('round 30: levels that rose or fell, and vague people', () => {
  it('reads both levels of "victims increased from 4,191 this morning to 5,009 at noon", and "evacuee numbers dropped to 7,526"', () => {
    expect(vuq('In Ostra, flood victims increased from 4,191 this morning to 5,009 at noon.')).toEqual([
      [4191, 'person', 'exact'],
      [5009, 'person', 'exact'],
    ]);
    expect(vuq('In Pell, evacuee numbers dropped to 7,526 at noon.')).toEqual([[7526, 'person', 'exact']]);
  });
  it('reads "fatalities surpassing 80" as more than 80 people', () => {
    expect(vuq('With flood-related fatalities surpassing 80, Ostra counts 32 deaths.')).toEqual([
      [80, 'person', 'more-than'],
      [32, 'person', 'exact'],
    ]);
  });
  it('reads a death toll past a magnitude ("the magnitude 6.9 earthquake ... has climbed to 72")', () => {
    expect(vuq('The death toll from the magnitude 6.9 earthquake that struck Ostra last week has climbed to 72.')).toEqual([[72, 'person', 'exact']]);
  });
  it('reads vague people stranded, trapped, or who lost their lives', () => {
    expect(vuq('The flooding in Ostra caused disruptions, stranding thousands, blocking roads.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('Thousands lost their lives in Pell.')).toEqual([[1000, 'person', 'at-least']]);
  });
  it('reads a people by its plural ("3,900 Kosovars", "75 Roma")', () => {
    expect(vuq('About 3,900 Kosovars arrived in Ostra; police moved 75 Roma to Pell.')).toEqual([
      [3900, 'person', 'approximately'],
      [75, 'person', 'exact'],
    ]);
  });
});

describe('round 30: numbers that are no counts', () => {
  it('drafts no age after a person named by a comma, nor "one resident" so named', () => {
    expect(vuq('Others in Ostra vowed to stay, with one resident, Eftichis Diamantopoulos, 63, a boat captain, telling Reuters.')).toEqual([]);
  });
  it('drafts no family size, no rate per so many people, nor one mother\'s children', () => {
    expect(vuq('In Ostra, aid of 70,000 Lebanese Pounds per person in a family of six people was paid.').map(([v, u]) => [v, u])).toEqual([[70000, 'LBP']]);
    expect(vuq('There were 10 mine injuries per 100,000 persons in Ostra.')).toEqual([]);
    expect(vuq('A mother in Pell has lost two of her five children to hunger.')).toEqual([]);
  });
  it('drafts no percentage of a reservoir\'s capacity', () => {
    expect(vuq('Reservoirs in Ostra are at 86 percent of their designed capacity.')).toEqual([]);
  });
  it('reads no currency code behind a name ("1,205 Kelantan CDF personnel")', () => {
    expect(vuq('In Ostra, over 1,205 Kelantan CDF personnel were activated.').map(([, u]) => u)).not.toContain('CDF');
  });
  it('counts livestock of a livestock death count', () => {
    expect(vuq('In Ostra, the livestock death count stood at over 3 lakh.')).toEqual([[300000, 'livestock', 'more-than']]);
  });
  it('names kits and packages of relief by their kind', () => {
    expect(vuq('In Ostra, 1,600 survival kits, 200 education kits, 100 relief kits and 215 relief packages were handed out.').map(([v, u]) => [v, u])).toEqual([
      [1600, 'survival-kit'],
      [200, 'school-kit'],
      [100, 'relief-kit'],
      [215, 'relief-package'],
    ]);
  });
});

describe('round 30, second wave: levels, pesos, meals and crossings', () => {
  it('reads the level a count fell from before "to just" the level with its noun, and from "a planned" level', () => {
    expect(vuq("Ostra's assistance has dropped from 2.2 million to just 350,000 people in November.")).toEqual([
      [2200000, 'person', 'exact'],
      [350000, 'person', 'exact'],
    ]);
    expect(vuq('In Pell, assistance was reduced from a planned 2.3 million people to 1 million.').map(([v, u]) => [v, u])).toEqual([
      [2300000, 'person'],
      [1000000, 'person'],
    ]);
  });
  it('reads the pesos of Latin America by their signs, with their equivalents', () => {
    expect(run('Fires in Ostra\n\nEach family gets Cl$1.84m (US$1,890) in Ostra. Mexico gave Mex$500 million and RD$3 million; Argentina sent U$S 2 million.').candidates.map((c) => [c.value, c.unit, c.stated?.map((x) => x.unit)])).toEqual([
      [1840000, 'CLP', ['USD']],
      [500000000, 'MXN', []],
      [3000000, 'DOP', []],
      [2000000, 'USD', []],
    ]);
  });
  it('counts meals handed out, not the meals people eat a day', () => {
    expect(vuq('In Ostra we served more than 120,000 meals; families in Pell eat only two meals a day.')).toEqual([[120000, 'meal', 'more-than']]);
  });
  it('counts pensioners as people', () => {
    expect(vuq('The programme in Ostra targets approximately 260,000 pensioners.')).toEqual([[260000, 'person', 'approximately']]);
  });
  it('drafts no crossing points that are open or closed, but keeps crossings recorded', () => {
    expect(vuq('Only two border crossings are operating in Ostra.')).toEqual([]);
    expect(vuq('Some 1.2 million border crossings were recorded in Ostra.')).toEqual([[1200000, 'movement', 'approximately']]);
  });
  it("drafts no country's whole people that live in a named place, but keeps people the text counts there", () => {
    expect(vuq("Most of the country's five million people live in and around Ostra.")).toEqual([]);
    expect(vuq('Some 8.5 million people need aid; 3.3 million people live in Pell Region.').map(([v]) => v)).toEqual([8500000, 3300000]);
  });
});

describe('round 30, third wave: people on board, relief items, death figures', () => {
  it('reads people on board and a group of people who did something', () => {
    expect(vuq('The boat off Ostra carried a total of 151 on board when it capsized.')).toEqual([[151, 'person', 'exact']]);
    expect(vuq('The 48 were part of a group of 300 who fled Pell.').map(([v]) => v)).toEqual([300]);
  });
  it('reads the level of a death figure ("the unofficial death figure was 27")', () => {
    expect(vuq('In Ostra the unofficial death figure was 27.')).toEqual([[27, 'person', 'exact']]);
  });
  it('reads every item of a list of relief items its verb ends, joined by "and" too', () => {
    expect(vuq('In Ostra, dry food to more than 6,000 people, 1,665 jerrycans and 1,000 hygiene parcels were distributed.').map(([v, u]) => [v, u])).toEqual([
      [6000, 'person'],
      [1665, 'jerrycan'],
      [1000, 'hygiene-parcel'],
    ]);
  });
  it('counts no medical camps as camps of displaced people', () => {
    expect(vuq('Free primary medical care services were provided to flood victims in Ostra through four medical camps.')).toEqual([]);
  });
});

describe('round 30, fourth wave: shillings in lower case, treatment centres, shares of supplies', () => {
  it('reads "sh83b" as Uganda shillings in a Ugandan text, with its dollar equivalent', () => {
    expect(run('Refugees in Uganda\n\nWFP is seeking sh83b ($220m) for the refugee operation in Uganda.').candidates.map((c) => [c.value, c.unit, c.stated?.map((x) => [x.value, x.unit])])).toEqual([[83e9, 'UGX', [[220e6, 'USD']]]]);
  });
  it('reads a scaled number with four decimals ("1.5402 million people")', () => {
    expect(vuq('In Ostra, 1.5402 million people were successfully transferred to safety.')).toEqual([[1540200, 'person', 'exact']]);
  });
  it('counts outpatient and inpatient facilities and centres as health facilities', () => {
    expect(vuq("Ostra's 34 outpatient facilities and 10 inpatient centres treat malnourished children.").map(([v, u]) => [v, u])).toEqual([
      [34, 'health-facility'],
      [10, 'health-facility'],
    ]);
  });
  it('drafts no members of response teams', () => {
    expect(vuq('In Ostra, over 200 teams comprising more than 9,000 individuals have been mobilized.')).toEqual([]);
  });
  it('drafts no share of medicines, equipment, food rations or crops, but keeps a share of people or funds', () => {
    expect(vuq('In Ostra, seventy per cent of essential medicines are out of stock and half of all medical equipment has been damaged.')).toEqual([]);
    expect(vuq('WFP gives 100% food rations in Ostra; new arrivals get only 60% of the standard amount.')).toEqual([]);
    expect(vuq('Floods in Pell mainly hit pepper crops (49.19%), rice (21.59%) and corn (10.56%).')).toEqual([]);
    expect(vuq('In Ostra, refugees get a 60 percent ration; 40% of people have water.').map(([v]) => v)).toEqual([60, 40]);
  });
});

describe('round 30: places listed with their people and where they shelter', () => {
  it('reads "Marang (1,316 at 10 PPS)" as the place\'s people, of the count of people before, and its centres', () => {
    expect(vuq('Ostra remains the worst-hit district with 1,720 evacuees at 21 relief centres, followed by Pell (1,316 at 10 relief centres) and Kessa (71 at six relief centres).').map(([v, u]) => [v, u])).toEqual([
      [1720, 'person'],
      [21, 'evacuation-centre'],
      [1316, 'person'],
      [10, 'evacuation-centre'],
      [71, 'person'],
      [6, 'evacuation-centre'],
    ]);
  });
});

describe('round 30, fifth wave: homes by other names, vaccines, plots and villages', () => {
  it('counts residential buildings and properties as homes, non-residential ones as buildings', () => {
    expect(vuq('In Ostra, 12,908 residential buildings were flooded and 93 properties have been bought out.').map(([v, u]) => [v, u])).toEqual([
      [12908, 'house'],
      [93, 'house'],
    ]);
    expect(vuq('In Pell, 52 non-residential properties have been damaged.').map(([v, u]) => [v, u])).toEqual([[52, 'building']]);
  });
  it('counts shelter homes set up as evacuation centres, and household plots as nothing', () => {
    expect(vuq('In Ostra, 1,521 shelter homes have been set up and 473 household plots are flooded.').map(([v, u]) => [v, u])).toEqual([[1521, 'evacuation-centre']]);
  });
  it('counts vaccines delivered as doses and test kits as test kits, but not kinds of vaccine', () => {
    expect(vuq('UNICEF delivered 1.7 million vaccines and nearly 6,000 test kits to Ostra.')).toEqual([
      [1700000, 'dose', 'exact'],
      [6000, 'test-kit', 'nearly'],
    ]);
    expect(vuq('Children in Ostra are given a combination of five vaccines that protects from five diseases.')).toEqual([]);
  });
  it('counts no people in villages a people names ("63 fishermen villages"), nor a country of so many citizens', () => {
    expect(vuq('Officials evacuated around 11,876 people in Ostra from 63 fishermen villages.').map(([v]) => v)).toEqual([11876]);
    expect(vuq('Ostra, a country of 20 million citizens, has been grappling with cholera.')).toEqual([]);
  });
});

describe('round 30, sixth wave: half a dozen, dinars and francs, capacities, utilities', () => {
  it('reads "half a dozen" as 6, with its hedge', () => {
    expect(vuq('In Ostra, a bridge and nearly half a dozen houses were damaged.')).toEqual([[6, 'house', 'nearly']]);
  });
  it('reads the Jordanian dinar, the Rwandan and the Burundian franc by their signs, and no count of whom an amount is for', () => {
    expect(run('Aid in Jordan\n\nIn Jordan, assistance ranges between JD80 (one person) and JD155 (the largest family) per month.').candidates.map((c) => [c.value, c.unit])).toEqual([
      [80, 'JOD'],
      [155, 'JOD'],
    ]);
    expect(run('Floods in Rwanda\n\nRwanda spends Rwf100 million per day; Burundi paid FBu 5,000 to each family.').candidates.map((c) => [c.value, c.unit])).toEqual([
      [100000000, 'RWF'],
      [5000, 'BIF'],
    ]);
  });
  it('reads people of a group of a people as the noun after them ("23,000 of the most vulnerable refugee families")', () => {
    expect(vuq('Cash was restored to nearly 23,000 of the most vulnerable refugee families in Ostra.')).toEqual([[23000, 'household', 'nearly']]);
  });
  it('drafts no capacity a site was designed for, no "60 percent full", no village of so many inhabitants, no share of a utility', () => {
    expect(vuq('The site in Ostra, designed for 10,000 people, is already 60 percent full.')).toEqual([]);
    expect(vuq('The glacier buried Pell, which has 170 inhabitants.')).toEqual([]);
    expect(vuq('In Ostra, around 93 per cent of the electric service has been restored and 25% of the lighting network.')).toEqual([]);
  });
});

describe("round 30 review: where the round's new rules must not fire", () => {
  it('defines no acronym of an agency in brackets after what it gave, nor reads one before the noun it owns', () => {
    expect(vuq('Partners distributed 300 hygiene kits (UNICEF) in Ostra. In Pell, 4 UNICEF warehouses were looted.')).toEqual([[300, 'hygiene-kit', 'exact']]);
    expect(vuq('Agencies distributed 500 family tents (UNHCR) in Ostra. Some 15 UNHCR field offices remain open in Kessa.').map(([v, u]) => [v, u])).toEqual([[500, 'tent']]);
  });
  it('gives no noun of a second number past a count of other things, nor people to a state of damage', () => {
    expect(vuq('The floods in Ostra left 2,000 houses damaged, 1,100 flooded and 450 people homeless.').map(([v, u]) => [v, u])).toEqual([
      [2000, 'house'],
      [1100, 'house'],
      [450, 'person'],
    ]);
    expect(vuq('Schools were hit in Ostra: 12 damaged and 3,000 children are out of school.').map(([v]) => v)).toEqual([3000]);
    expect(vuq('In Ostra, 35 collapsed and 12 people died when the bridges gave way.').map(([v]) => v)).toEqual([12]);
  });
  it('keeps the families of a count of people, and reads a family size only with a word of size', () => {
    expect(vuq('In Ostra, the government paid compensation to the families of 18 victims killed in the attack.')).toEqual([[18, 'person', 'exact']]);
    expect(vuq('In Pell, aid reached households of five members each.')).toEqual([]);
  });
  it('drafts no people a war "traps" in poverty', () => {
    expect(vuq('The war in Ostra traps millions in poverty.')).toEqual([]);
  });
});

describe("round 30 second review: the mends' own limits", () => {
  it('gives the second number\'s noun to the first after other counts in the sentence', () => {
    expect(vuq('In Ostra, the floods killed 45 people and left more than 9,800 and 13,900 damaged houses.').map(([v, u]) => [v, u])).toEqual([
      [45, 'person'],
      [9800, 'house'],
      [13900, 'house'],
    ]);
    expect(vuq('In Ostra, 300 schools were hit and 40,272 partially damaged and 4,703 totally destroyed homes were counted.').map(([v, u]) => [v, u])).toEqual([
      [300, 'school'],
      [40272, 'house'],
      [4703, 'house'],
    ]);
  });
  it('reads a defined acronym before a verb in -s ("12 CFS is planned")', () => {
    expect(vuq('Authorities set up 40 child-friendly spaces (CFS) in Ostra. Another 12 CFS is planned in Pell.').map(([v, u]) => [v, u])).toEqual([
      [40, 'child-friendly-space'],
      [12, 'child-friendly-space'],
    ]);
  });
  it('reads no family size of "households of 7 or more people" nor "of 5 individuals"', () => {
    expect(vuq('In Ostra, households of 7 or more people receive $120. In Pell, households of 5 individuals were registered.').map(([v, u]) => [v, u])).toEqual([[120, 'USD']]);
  });
  it('keeps "Flooding traps thousands" and the deaths in brackets after a count of a disease', () => {
    expect(vuq('Flooding traps thousands in Pell.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('In Ostra, cases of AWD 1,240 (5 deaths) were reported.').map(([v]) => v)).toEqual([1240, 5]);
  });
  it('reads no year, road or voucher glued to JD as dinars', () => {
    expect(vuq('The JD2023 budget in Ostra was cut, Jordan said, and the JD80 road closed; 2,000 JD80 vouchers were given.').map(([, u]) => u)).not.toContain('JOD');
  });
});

describe('round 31: datelines, shelters, groups named before their number, ranges and changes', () => {
  it('reads a dateline of three cities with the month in capitals as a sentence, not a photo credit', () => {
    expect(vuq('OSTRA/PELL/GENEVA, 10 JUNE 2022 – The crisis has left nearly half of the children in Ostra in need of assistance.')).toEqual([[50, 'percent', 'nearly']]);
  });
  it('counts shelters people went to as evacuation centres, and shelters built or damaged as shelters', () => {
    expect(vuq('In Ostra, 1,641 displaced have been relocated in 9 shelters. There are eight shelters in Pell.').map(([v, u]) => [v, u])).toEqual([
      [1641, 'person'],
      [9, 'evacuation-centre'],
      [8, 'evacuation-centre'],
    ]);
    expect(vuq('In Ostra, around 2,500 shelters have been damaged. In Pell, agencies plan to deliver 9,000 shelters.').map(([v, u]) => [v, u])).toEqual([
      [2500, 'shelter'],
      [9000, 'shelter'],
    ]);
    expect(vuq('Four reception sites have been opened in Ostra.')).toEqual([[4, 'evacuation-centre', 'exact']]);
  });
  it('reads a group of people named before "are" and its number ("the victims are 3,426")', () => {
    expect(vuq('In Ostra, the victims are 3,426, the evacuees are 7,301 and the sheltered are 874. In Pell, the cumulative confirmed cases reported are 3 314.').map(([v, u]) => [v, u])).toEqual([
      [3426, 'person'],
      [7301, 'person'],
      [874, 'person'],
      [3314, 'person'],
    ]);
    expect(vuq('In Ostra, the reasons are 3, officials said.')).toEqual([]);
  });
  it('reads a number grouped by spaces that ends in cents ("EUR 100 000.00")', () => {
    expect(vuq('The fund gave the Ostra Red Crescent EUR 100 000.00 for the floods.')).toEqual([[100000, 'EUR', 'exact']]);
  });
  it('reads "800,000 to 1.2 million" as a range, and "rose by 1.8 million, from 5.9 million to 7.7 million" as a change and two levels', () => {
    expect(vuq('In Ostra, compensation is set at 800,000 to 1.2 million drams per family.').map(([v, u, q]) => [v, u, q])).toEqual([[800000, 'AMD', 'range']]);
    expect(vuq('The number of people in need in Ostra rose by 1.8 million, from 5.9 million to 7.7 million.').map(([v, u]) => [v, u])).toEqual([
      [1800000, 'person'],
      [5900000, 'person'],
      [7700000, 'person'],
    ]);
    expect(vuq('In Ostra, the food insecure population will increase to 2.4 million.').map(([v, u]) => [v, u])).toEqual([[2400000, 'person']]);
  });
  it('drafts no year that names a count ("the 2025 case count")', () => {
    expect(vuq('In Ostra, the 2025 case count has surpassed last year.')).toEqual([]);
  });
  it('counts the rest served outside the evacuation centres as people', () => {
    expect(vuq('In Ostra, 314,676 people are in 1,179 evacuation centers while the remaining 256,230 are being served outside evacuation centers.').map(([v, u]) => [v, u])).toEqual([
      [314676, 'person'],
      [1179, 'evacuation-centre'],
      [256230, 'person'],
    ]);
  });
  it('drafts no likelihood, no change of a price, no share of income, no responders sent and no border crossings closed', () => {
    expect(vuq('The forecast for Ostra showed a probability of more than 90 per cent that El Niño would continue.')).toEqual([]);
    expect(vuq('The war raised the cost of fertilizer in Ostra by 88 per cent and energy by 30 per cent.')).toEqual([]);
    expect(vuq('In Ostra, two in five households spend over 75 percent of their income on food.')).toEqual([[40, 'percent', 'exact']]);
    expect(vuq('The department mobilised more than 900 men to help stem the fires in Ostra.')).toEqual([]);
    expect(vuq('Pell announced the closure of two border crossings with Ostra.')).toEqual([]);
  });
});

describe('round 31, second wave: ranges with a dash, money written oddly, buildings, shares of things, vague states', () => {
  it('reads "between 800,000 - 1.2 million people" as a range', () => {
    expect(vuq('In Ostra, the river is the main water source for between 800,000 - 1.2 million people.')).toEqual([[800000, 'person', 'range']]);
  });
  it('reads a code glued to an amount, escudos, and pesos in a text datelined in a capital', () => {
    expect(vuq('No more funds are needed in Ostra, so the budget remains of 164,881CHF.')).toEqual([[164881, 'CHF', 'exact']]);
    expect(vuq('In Ostra, the nearly 150 million escudos promised by donors have not arrived.').map(([v, u, q]) => [v, u, q])).toEqual([[150000000, 'CVE', 'nearly']]);
    const r = run('Floods in Ostra\n\nBUENOS AIRES — Floods hit Ostra.\n\nThe government authorized reconstruction aid of 10 billion pesos ($9.2 million at the official exchange rate).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated?.[0]?.value])).toEqual([[10000000000, 'ARS', 9200000]]);
  });
  it('reads no weight restated in pounds as money', () => {
    expect(vuq('The team brought 400 kg (approximately 882 pounds) of sanitation chemicals to Ostra.').map(([v, u]) => [v, u])).toEqual([[400, 'kg']]);
  });
  it('counts shelter centres as evacuation centres and displacement sites as such', () => {
    expect(vuq('In Ostra, 37,000 people are staying in 3,527 shelter centres. At least 81 displacement sites were found in Pell.').map(([v, u]) => [v, u])).toEqual([
      [37000, 'person'],
      [3527, 'evacuation-centre'],
      [81, 'displacement-site'],
    ]);
  });
  it('reads the plural owner of a thing ("1,000 herder households\' gers") and a footnote number after a count', () => {
    expect(vuq("In Ostra, snow has buried more than 1,000 herder households' gers.")).toEqual([[1000, 'household', 'more-than']]);
    expect(vuq('Over 46,707[3] people have been killed in Ostra.')).toEqual([[46707, 'person', 'more-than']]);
  });
  it('counts buildings that collapsed or crumbled, and the rest of them after "another"', () => {
    expect(vuq('In Ostra, 205 buildings have collapsed and another 3,047 are damaged.').map(([v, u]) => [v, u])).toEqual([
      [205, 'building'],
      [3047, 'building'],
    ]);
  });
  it('reads a number that faces hunger after a hedge that opens the sentence, and one forced out after a hedge', () => {
    expect(vuq('Nearly 30 million people in Ostra need aid. Over 25 million face crisis-level hunger.')).toEqual([
      [30000000, 'person', 'nearly'],
      [25000000, 'person', 'more-than'],
    ]);
    expect(vuq('The floods in Ostra forced approximately 1.6 million to leave their homes.')).toEqual([[1600000, 'person', 'approximately']]);
    expect(vuq('The number of civilians who have been displaced in Ostra since November has reached 370,000.')).toEqual([[370000, 'person', 'exact']]);
  });
  it('reads "thousands marooned", "millions may starve" and "dozens of thousands of people"', () => {
    expect(vuq('In Ostra, floods left thousands marooned. Without support, millions may starve. Dozens of thousands of people were evacuated in Pell.')).toEqual([
      [1000, 'person', 'at-least'],
      [1000000, 'person', 'at-least'],
      [10000, 'person', 'at-least'],
    ]);
  });
  it('drafts no share of rainfall, of power generation or a grid, of local governments or of health facilities', () => {
    expect(vuq('More than 80% of our country received below normal rainfall, the president of Ostra said.')).toEqual([]);
    expect(vuq('In Ostra, 80 per cent of Pell electricity generation comes from hydropower, and 65% of the city’s electrical grid is back.')).toEqual([]);
    expect(vuq('Nearly 50% of the local governments of Ostra were affected; 31% of health facilities are no longer functioning.')).toEqual([]);
  });
});

describe('round 31, third wave: rupees of Pakistan, magnitudes, multiples, thresholds, one home, family clinics', () => {
  it('reads "Rs" in a text on Sindh as Pakistani rupees', () => {
    expect(vuq('Every ration bag in Sindh would contain items worth Rs4,500, officials in Ostra said.').map(([v, u]) => [v, u])).toEqual([[4500, 'PKR']]);
  });
  it('drafts no magnitudes of quakes "measuring 7.7 and 6.8", no "six fold", no capacity "to accommodate a maximum of", no threshold', () => {
    expect(vuq('The earthquakes in Ostra measuring 7.7 and 6.8 on the Richter scale destroyed homes.')).toEqual([]);
    expect(vuq('The number of people displaced in Ostra has increased six fold from 13,000 in June.')).toEqual([[13000, 'person', 'exact']]);
    expect(vuq('The Ostra camp may soon exceed its capacity to accommodate a maximum of 30,000 refugees.')).toEqual([]);
    expect(vuq('In Ostra, acute malnutrition is 17.3%, exceeding the 15% emergency threshold.')).toEqual([[17.3, 'percent', 'exact']]);
  });
  it('reads babies and "IDP\'s" as people, and a death toll put at a number as people after a count of families', () => {
    expect(vuq('Some 350,000 babies will be born in Ostra this year. There are over 642,152 IDP\'s in Pell.').map(([v, u]) => [v, u])).toEqual([
      [350000, 'person'],
      [642152, 'person'],
    ]);
    expect(vuq('Some 300 families were displaced in Ostra. Unconfirmed reports put the death toll at 9.').map(([v, u]) => [v, u])).toEqual([
      [300, 'household'],
      [9, 'person'],
    ]);
  });
  it('drafts no part of one home and no share of supply systems, but counts family health clinics as health facilities', () => {
    expect(vuq('In Ostra, the water has filled up half the house, and service is back in about half of the supply systems.')).toEqual([]);
    expect(vuq('In Ostra, more than 100 family health clinics were damaged.')).toEqual([[100, 'health-facility', 'more-than']]);
  });
});

describe('round 31, last wave: spans of days, places out of places, none, wholes after a noun', () => {
  it('drafts no first day of a span of days ("the period 24 to 30 November 2023")', () => {
    expect(vuq('Ostra recorded the highest number of cases during the period 24 to 30 November 2023.')).toEqual([]);
  });
  it('drafts no share of districts ("five out of six districts"), no change "gone up by 50 per cent", no share of damage', () => {
    expect(vuq('He said five out of six districts of Ostra were heavily affected.')).toEqual([]);
    expect(vuq('Malnutrition in Ostra has gone up by 50 per cent since January.')).toEqual([]);
    expect(vuq('Pell accounts for nearly half of all the reported damage in Ostra.')).toEqual([]);
  });
  it('drafts no "no one has died", and no whole after "184 families out of 994"', () => {
    expect(vuq('The fire in Ostra has been controlled and no one has died.')).toEqual([]);
    expect(vuq('In Ostra, 184 families out of 994 have lost their belongings.')).toEqual([[184, 'household', 'exact']]);
  });
});

describe("round 31 review: where the round's new rules must not fire", () => {
  it('keeps shares of people with a word or two between ("40 per cent of households without income")', () => {
    expect(vuq('In Ostra, 40 per cent of households without income need cash. In Pell, 50 per cent of people lack health facilities nearby.').map(([v, u]) => [v, u])).toEqual([
      [40, 'percent'],
      [50, 'percent'],
    ]);
  });
  it('keeps shelters demolished, swept away, flooded or handed out as shelters, and drafts none planned, repaired or visited', () => {
    expect(vuq('The storm demolished 800 shelters in Ostra. In Pell, 2,500 shelters were flooded. The agency handed out 400 shelters in Kessa.').map(([v, u]) => [v, u])).toEqual([
      [800, 'shelter'],
      [2500, 'shelter'],
      [400, 'shelter'],
    ]);
    expect(vuq('Teams visited 30 shelters in Ostra. In Pell, 2,500 shelters need urgent repairs. Some 1,300 new shelters are planned in Kessa.')).toEqual([]);
  });
  it('keeps Indian rupees in a text on the Thar desert, pesos of a Santiago that is not Chile\'s, a count "measured", fold-out tents, things that stay open, pounds after a list comma', () => {
    expect(vuq('JAISALMER: The state gave Rs 4,500 crore to families in the Thar desert and Ostra, PTI reported.').map(([v, u]) => [v, u])).toEqual([[45000000000, 'INR']]);
    expect(vuq('SANTIAGO DE CUBA — The government released 500 million pesos for flood victims in Ostra, Cuba.').map(([v, u]) => [v, u])).toEqual([[500000000, 'CUP']]);
    expect(vuq('Teams measured 12,000 children under five in Ostra.').map(([v, u]) => [v, u])).toEqual([[12000, 'person']]);
    expect(vuq('In Ostra, 1,200 fold-out tents were delivered.').map(([v, u]) => [v, u])).toEqual([[1200, 'tent']]);
    expect(vuq('Six of the refugee shelters are in Ostra, while the remaining two are staying open in Pell.').map(([v, u]) => [v, u])).toEqual([
      [6, 'shelter'],
      [2, 'shelter'],
    ]);
    expect(vuq('The UK gave 5,000 kg, 500,000 pounds in cash to Ostra.').map(([v, u]) => [v, u])).toEqual([
      [5000, 'kg'],
      [500000, 'GBP'],
    ]);
  });
});

describe('round 31: dates of figures', () => {
  const dated = (text: string, published: string) => run(`Floods in Ostra\n\n${text}`, { published }).candidates.map((c) => [c.value, c.asOf]);
  it('reads "as of 27th of January" and "on 16.10.23"', () => {
    expect(dated('As per the health cluster, as of 27th of January, the clashes in Ostra resulted in 226 injuries.', '2021-01-30')).toEqual([[226, '2021-01-27']]);
    expect(dated('The latest report from the ministry on 16.10.23 shows a total of 5 030 suspected cholera cases in Ostra.', '2023-11-02')).toEqual([[5030, '2023-10-16']]);
  });
  it('dates a list under a sentence of no figure that ends "as of April 6, with this results:"', () => {
    expect(dated('The rivers overflowed in Ostra, where, as of April 6, with this results:\n\n- 308 dead people\n\n- 332 injured people', '2017-04-09')).toEqual([
      [308, '2017-04-06'],
      [332, '2017-04-06'],
    ]);
  });
  it('dates "From November 1 to 15, ..." by its last day', () => {
    expect(dated('From November 1 to 15, MSF teams in Ostra treated 510 people with war-related injuries.', '2018-11-21')).toEqual([[510, '2018-11-15']]);
  });
});

describe('round 32', () => {
  it('reads the vague people a flood forced or caused to flee', () => {
    expect(vuq('The floods caused thousands to flee their homes in Ostra.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('The fires left thousands forced to flee from Pell.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('The war in Ostra drove millions to flee.')).toEqual([[1000000, 'person', 'at-least']]);
  });
  it("reads an international broadcaster's bare $ as US dollars, though a Hong Kong site republished it", () => {
    const r = run('Aid for Ostra\n\nThe United States will give nearly $55 million to people impacted by an earthquake in Ostra.', { publisher: 'Voice of America, republished by Hong Kong Herald' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[55000000, 'USD']]);
  });
  it('drafts no share of an area searched, of a fire contained, nor of a whole city, but a share of its residents', () => {
    expect(vuq('Officials said 99% of the Ostra disaster area has been searched.')).toEqual([]);
    expect(vuq('The Ostra fire was 85% contained on Monday.')).toEqual([]);
    expect(vuq('The flood has taken over around 40 percent of the entire city of Ostra.')).toEqual([]);
    expect(vuq('Some 40 percent of the city residents in Ostra were displaced.')).toEqual([[40, 'percent', 'approximately']]);
    expect(vuq('Authorities in Ostra estimate that 40% of water supplies have been affected.')).toEqual([]);
  });
  it('reads Spanish dólares as US dollars', () => {
    expect(vuq('La embajada donó 60,000 dólares a Ostra.')).toEqual([[60000, 'USD', 'exact']]);
    expect(vuq('El gobierno aportó 1.5 millones de dólares para Ostra.')).toEqual([[1500000, 'USD', 'exact']]);
  });
  it('reads bare centres that are open as evacuation centres, but not health centres', () => {
    expect(vuq('Ostra has 59 centers open catering for 767 evacuees.')).toEqual([
      [59, 'evacuation-centre', 'exact'],
      [767, 'person', 'exact'],
    ]);
    expect(vuq('In Ostra, 13 health centres remain open.')).toEqual([[13, 'health-facility', 'exact']]);
  });
  it('reads emergency shelters that were built as shelters, and those people stay in as evacuation centres', () => {
    expect(vuq('In Ostra the ICRC built 4,000 emergency shelters serving almost 24,000 displaced persons.')).toEqual([
      [4000, 'shelter', 'exact'],
      [24000, 'person', 'nearly'],
    ]);
    expect(vuq('About 2,000 people are staying in 12 emergency shelters in Ostra.')).toEqual([
      [2000, 'person', 'approximately'],
      [12, 'evacuation-centre', 'exact'],
    ]);
  });
  it('reads the members of families just counted as people, not members of a body', () => {
    expect(vuq('In Ostra, a total of 63 families and 126 members were registered.')).toEqual([
      [63, 'household', 'exact'],
      [126, 'person', 'exact'],
    ]);
    expect(vuq('A total of 109 families, comprising 571 members, were transported to Ostra.')).toEqual([
      [109, 'household', 'exact'],
      [571, 'person', 'exact'],
    ]);
    expect(vuq('The 40 families of Ostra met 12 members of parliament.')).toEqual([[40, 'household', 'exact']]);
  });
  it('reads people crossing on a day as people', () => {
    expect(vuq('Officials in Ostra said over 50,000 crossing on July 4 alone.')).toEqual([[50000, 'person', 'more-than']]);
  });
});

describe('round 32: the Australian Associated Press is no international wire', () => {
  it("reads its bare $ as Australian dollars", () => {
    const r = run('Relief for Ostra\n\nResidents of Ostra can apply for a one-off payment of $1000 per eligible adult.', { publisher: 'Australian Associated Press (AAP)' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[1000, 'AUD']]);
  });
});

describe('round 32: relief items of a list after "include among others:"', () => {
  it('reads each item, generators, masks, towels, folding beds and water pumps among them, by its own unit', () => {
    expect(vuq('The relief goods distributed in Ostra include among others: 60,000 masks, 3,000 towels, 500 folding beds, 82 water pumps, 15 electric generators and 1,100 life jackets.')).toEqual([
      [60000, 'face-mask', 'exact'],
      [3000, 'towel', 'exact'],
      [500, 'folding-bed', 'exact'],
      [82, 'water-pump', 'exact'],
      [15, 'generator', 'exact'],
      [1100, 'life-jacket', 'exact'],
    ]);
  });
  it('reads quilts, sleeping bags and mats that were sent as such', () => {
    expect(vuq('The Red Cross sent 12,700 quilts, 2,000 sleeping bags and 15,000 waterproof mats to Ostra.')).toEqual([
      [12700, 'quilt', 'exact'],
      [2000, 'sleeping-bag', 'exact'],
      [15000, 'mat', 'exact'],
    ]);
  });
});

describe('round 32: people rescued', () => {
  it('reads a bare number rescued at sea as people', () => {
    expect(vuq('In 2016, some 7,800 rescued at sea were brought to Ostra.')).toEqual([[7800, 'person', 'approximately']]);
  });
});

describe('round 32: people who suffer', () => {
  it('reads a bare number that suffers, after a count of people, as people', () => {
    expect(vuq('In Ostra, 2 million people are hungry; 500,000 suffer from malnutrition.')).toEqual([
      [2000000, 'person', 'exact'],
      [500000, 'person', 'exact'],
    ]);
  });
});

describe('round 32: two words joined by "and" before the head noun', () => {
  it('reads "migrant and refugee children" and "primary and secondary schools" by their head noun', () => {
    expect(vuq('In Ostra, tens of thousands of migrant and refugee children crossed the border.')).toEqual([[10000, 'person', 'at-least']]);
    expect(vuq('In Ostra, 5,000 migrant and refugee children crossed the border.')).toEqual([[5000, 'person', 'exact']]);
    expect(vuq('Some 1,150 primary and secondary schools were closed in Ostra.')).toEqual([[1150, 'school', 'approximately']]);
  });
  it('still reads "women and children" as one count of people', () => {
    expect(vuq('In Ostra, 5,000 women and children fled.')).toEqual([[5000, 'person', 'exact']]);
  });
  it('reads no pair across a number word, of animals, or before a compound ("middle and high school students")', () => {
    expect(vuq('In Ostra there are three kids and two elderly people stuck.')).toEqual([[2, 'person', 'exact']]);
    expect(vuq('Ostra lost over 6,200 large and small animals like cows.')).toEqual([]);
    expect(vuq('Tents serve as a school for 2,800 middle and high school students in Ostra.')).toEqual([]);
  });
});

describe('round 32: a scale joined to its noun by a hyphen', () => {
  it('drafts "a Rs 11,500-crore aid package", which the quote check now reads', () => {
    expect(vuq('The Centre approved a Rs 11,500-crore aid package for Ostra.')).toEqual([[115000000000, 'INR', 'exact']]);
  });
});

describe('round 32: nouns glued to their number', () => {
  it('reads "56,701IDPs", "3,000households" and "over 85ton"', () => {
    expect(vuq('In Ostra there exist 56,701IDPs in camps.')).toEqual([[56701, 'person', 'exact']]);
    expect(vuq('About 3,000households fled Ostra.')).toEqual([[3000, 'household', 'approximately']]);
    expect(vuq('The agency delivered over 85ton of food to Ostra.')).toEqual([[85, 't', 'more-than']]);
  });
});

describe('round 32 review of the extraction change', () => {
  it('still drafts a share of those in an area, a city or a town', () => {
    expect(vuq('About 70% of those in the area need food aid in Kessa.')).toEqual([[70, 'percent', 'approximately']]);
    expect(vuq('Over 40% of all in the town are displaced in Pell.')).toEqual([[40, 'percent', 'more-than']]);
  });
  it('reads open centres as evacuation centres only where the text speaks of shelter', () => {
    expect(vuq('Of the 30 vaccination sites in Pell, 12 centers are open on weekends.')).toEqual([]);
    expect(vuq('Ostra had 200 polling stations; 150 centres were open at noon for the election.').filter(([, u]) => u === 'evacuation-centre')).toEqual([]);
    expect(vuq('Evacuees in Ostra: 13 centres remain open.')).toEqual([[13, 'evacuation-centre', 'exact']]);
  });
  it("reads no household's size as people", () => {
    expect(vuq('The survey covered 300 households with 6 members on average in Pell.')).toEqual([[300, 'household', 'exact']]);
    expect(vuq('In Kessa, 45 displaced households with 7 members or more were found.')).toEqual([[45, 'household', 'exact']]);
  });
  it('reads no animals or boats rescued, nor vehicles crossing, as people', () => {
    expect(vuq('The Kessa shelter cared for 120 dogs; 30 rescued by volunteers were adopted.').filter(([, u]) => u === 'person')).toEqual([]);
    expect(vuq('Of 30 fishing vessels caught in the storm off Pell, 22 rescued at sea returned.')).toEqual([]);
    expect(vuq('Pell counted 1,200 vehicles, with 300 crossing on the bridge.')).toEqual([]);
  });
  it('reads no torches of a protest as flashlights, and no thousands forced to leave their jobs as displaced', () => {
    expect(vuq('Protesters in Ostra carried 300 torches to the parliament.')).toEqual([]);
    expect(vuq('In Ostra, thousands forced to leave their jobs protested.')).toEqual([]);
  });
  it('reads Spanish Canadian dollars as CAD, and ESKs as shelter kits', () => {
    expect(vuq('El gobierno de Ostra aprobó 3 millones de dólares canadienses.')).toEqual([[3000000, 'CAD', 'exact']]);
    expect(vuq('IOM distributed 120 ESKs in Pell.')).toEqual([[120, 'shelter-kit', 'exact']]);
  });
  it("keeps a dollar country's publisher whose name holds a wire's initials, and a wire republished by a city paper writes US dollars", () => {
    const aud = run('Aid for Ostra\n\nAustralia pledged $5 million for Ostra.', { publisher: 'Australian Federal Police (AFP)' });
    expect(aud.candidates.map((c) => c.unit)).toEqual(['AUD']);
    const usd = run('Aid for Ostra\n\nThe United States will give $5 million for Ostra.', { publisher: 'Voice of America, republished by Sydney Morning Herald' });
    expect(usd.candidates.map((c) => c.unit)).toEqual(['USD']);
  });
});

describe('round 33: a wire story a dollar country\'s paper republished', () => {
  it("reads a bare '$' as US dollars where the dateline names an international wire, whatever the paper's country", () => {
    const wire = run('SAO PAULO, (Reuters) – Authorities in Ostra are seeking a freeze on nearly $5 billion in assets.', { publisher: 'Stabroek News' });
    expect(wire.candidates.map((c) => c.unit)).toEqual(['USD']);
    const own = run('GEORGETOWN – Authorities in Ostra are seeking a freeze on nearly $5 billion in assets.', { publisher: 'Stabroek News' });
    expect(own.candidates.map((c) => c.unit)).toEqual(['GYD']);
  });
});

describe('round 33: fresh sets on locusts, coastal West Africa, dam collapses, Cuba and epidemics', () => {
  it('reads health institutions as health facilities, and educational or education centres and facilities as schools', () => {
    expect(vuq('The storm damaged 59 health institutions and 109 educational centers in Pell.')).toEqual([
      [59, 'health-facility', 'exact'],
      [109, 'school', 'exact'],
    ]);
    expect(vuq('The floods damaged 40 education facilities in Pell.')).toEqual([[40, 'school', 'exact']]);
  });
  it('reads heads of livestock as livestock, not heads of state', () => {
    expect(vuq('Some 10,000 heads of livestock were missing in Pell.')).toEqual([[10000, 'livestock', 'approximately']]);
    expect(vuq('Ten heads of state met in Pell.')).toEqual([]);
  });
  it('reads an appeal half funded as 50 percent of its funding', () => {
    expect(run('Aid for Pell\n\nThe response plan for Pell is only half funded.').candidates.map((c) => [c.value, c.unit, c.indicator])).toEqual([[50, 'percent', 'funding-coverage']]);
    expect(vuq('Half the houses in Pell were destroyed.')).toEqual([[50, 'percent', 'exact']]);
  });
  it("reads a grouped number glued to a key figure's colon, not a time", () => {
    expect(vuq('Number of people affected:70,000')).toEqual([[70000, 'person', 'exact']]);
    expect(vuq('The meeting began at 10:30 in Pell.')).toEqual([]);
  });
  it("reads no age in parentheses after a name with an initial as a count, and no weight of what exploded or spilled as relief", () => {
    expect(vuq('The government announced aid to the two children of nursing assistant Lini N (28) who died after contracting the virus in Pell.')).toEqual([[2, 'person', 'exact']]);
    expect(vuq('The blast was caused by 2,750 tonnes of ammonium nitrate stored in Pell.')).toEqual([]);
    expect(vuq('WFP delivered 2,750 tonnes of food to Pell.')).toEqual([[2750, 't', 'exact']]);
  });
  it('reads a point and three digits before relief items or buildings as thousands in an English text', () => {
    expect(vuq('The quake affected 1,250 people. The Red Crescent sent 3.000 tents, 10.000 blankets and 3.000 heaters to Pell.')).toEqual([
      [1250, 'person', 'exact'],
      [3000, 'tent', 'exact'],
      [10000, 'blanket', 'exact'],
      [3000, 'heater', 'exact'],
    ]);
    expect(vuq('The quake affected 1,250 people and destroyed about 12.000 residential buildings in Pell.')).toEqual([
      [1250, 'person', 'exact'],
      [12000, 'house', 'approximately'],
    ]);
  });
  it("reads 'Rls.' as the Iranian rial, its point ending no sentence and naming no place", () => {
    const r = run('Aid for Pell\n\nDamage is estimated at Rls. 1,700 billion (40,476,000 US dollars) in Pell.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([[1700000000000, 'IRR', 'pell']]);
  });
  it("drafts no 'scores of': the held-out labels split between 20 and 40, and most such phrases went unlabelled", () => {
    expect(vuq('Scores of people were killed in Pell.')).toEqual([]);
  });
  it("reads soums as Uzbekistan's som where the text names it, never a Mongolian soum (a district)", () => {
    expect(vuq('Each family in Uzbekistan received 40 million soums.')).toEqual([[40000000, 'UZS', 'exact']]);
    expect(vuq('The dzud affected 120 soums of Mongolia.')).toEqual([]);
  });
  it('keeps what the review of the change found the new rules took: scales, relief oil, places with a letter, a local story, a sentence after Rls.', () => {
    expect(vuq('The quake affected 1,250 people in Ostra and damaged 1.250 million buildings.')).toEqual([
      [1250, 'person', 'exact'],
      [1250000, 'building', 'exact'],
    ]);
    expect(vuq('The storm damaged 109 education centres in Ostra.')).toEqual([[109, 'school', 'exact']]);
    expect(vuq('WFP delivered 50 tonnes of oil and 200 tonnes of rice to Ostra.')).toEqual([
      [50, 't', 'exact'],
      [200, 't', 'exact'],
    ]);
    expect(vuq('Deaths were reported in Region V (45) and Region X (30).')).toEqual([
      [45, 'person', 'exact'],
      [30, 'person', 'exact'],
    ]);
    const local = run("GEORGETOWN – Ostra's president told Agence France-Presse (AFP): 'We have spent $5 million on relief.'", { publisher: 'Stabroek News' });
    expect(local.candidates.map((c) => c.unit)).toEqual(['GYD']);
    const rls = run('Aid for Pell\n\nFloods on 3 May caused damage in Ostra of 550 billion Rls. Deaths in Pell rose to 12.', { published: '2024-06-01' });
    expect(rls.candidates.map((c) => [c.value, c.quote])).toEqual([[12, 'Deaths in Pell rose to 12.']]);
    expect(vuq('The new hospital in Ostra, half funded by Japan, opened in May.')).toEqual([]);
  });
});

describe('round 34: five fresh sets of real reports', () => {
  it('reads a list of places and their numbers after "followed by" as the count before it', () => {
    expect(vuq('A total of 780 people have lost their lives in Ostra, followed by Pell 336, Kessa (KSA) 308, and Marl 48.')).toEqual([
      [780, 'person', 'exact'],
      [336, 'person', 'exact'],
      [308, 'person', 'exact'],
      [48, 'person', 'exact'],
    ]);
    expect(vuq('Ostra has reported 8,422 injuries, followed by Pell 3,858, Kessa 370.')).toEqual([
      [8422, 'person', 'exact'],
      [3858, 'person', 'exact'],
      [370, 'person', 'exact'],
    ]);
    // (no count before it: a list of places and numbers is not read)
    expect(vuq('The storm hit Ostra first, followed by Pell 2 and Kessa 3.')).toEqual([]);
  });
  it('reads items of a list whose verb a dash stands for, each with the place after the dash', () => {
    const r = run('Floods\n\nA total of 1,830,711 people fled to Poland, 459,485 – to Romania, 337,315 – to Moldova.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.place])).toEqual([
      [1830711, 'person', 'POL'],
      [459485, 'person', 'ROU'],
      [337315, 'person', 'MDA'],
    ]);
  });
  it('reads the people a place hosts with no noun, and leaves what a site was designed to house', () => {
    expect(vuq('The transit centre in Ostra was designed to temporarily house 4,000 people. Currently, it hosts at least 12,000, and it is still expanding.')).toEqual([[12000, 'person', 'at-least']]);
  });
  it('reads a death toll that rose by a share to its level', () => {
    expect(vuq('The number of dead rose 20 percent over the past week to 2,755.')).toEqual([[2755, 'person', 'exact']]);
    // (and a count after a toll that names what it comes from is no toll: "three successive landslide incidents")
    expect(vuq('The death toll from the three successive landslide incidents has risen to 257.')).toEqual([[257, 'person', 'exact']]);
  });
  it('pairs an equivalent in brackets after a few words of what the amount is for, with a hedge inside', () => {
    const r = run('Floods in Ostra\n\nThere is over PhP 14 billion in agricultural damage (approximately USD 270 M).');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.stated.map((s) => [s.value, s.unit, s.qualifier])])).toEqual([[14000000000, 'PHP', 'more-than', [[270000000, 'USD', 'approximately']]]]);
  });
  it('reads a country acronym the text defines as a place of its own as that place', () => {
    const r = run('Floods\n\nHouses were damaged in the Cordillera Administrative Region (CAR). In CAR, 171,932 farmers have been affected.');
    expect(r.candidates.map((c) => [c.value, c.place])).toEqual([[171932, 'cordillera-administrative-region']]);
    const car = run('Floods\n\nIn the Central African Republic (CAR), 3,000 people fled. In CAR, 200 more fled.');
    expect(car.candidates.map((c) => c.place)).toEqual(['CAF', 'CAF']);
  });
  it('counts kinds of homes written with a hyphen, and schools turned into safe centres as evacuation centres', () => {
    expect(vuq('The mudslide wiped out more than 150 line-houses of tea estate workers.')).toEqual([[150, 'house', 'more-than']]);
    expect(vuq('Survivors are sheltering in two schools that were turned into safe centres.')).toEqual([[2, 'evacuation-centre', 'exact']]);
  });
  it('reads "driving millions to the fringes of survival" as people, not "traps millions in poverty"', () => {
    expect(vuq('Food prices are driving millions to the fringes of survival.')).toEqual([[1000000, 'person', 'at-least']]);
    expect(vuq('The drought is pushing thousands into hunger in Ostra.')).toEqual([[1000, 'person', 'at-least']]);
    expect(vuq('The war traps millions in poverty.')).toEqual([]);
  });
  it('reads a subject after "so far" before its verb', () => {
    expect(vuq('Of the 40,000 refugees in Ostra, some 13,000 so far are going back to Pell.')).toContainEqual([13000, 'person', 'approximately']);
  });
});

describe('round 34: five more fresh sets of real reports', () => {
  it('reads the level before after a level reached, "to 585 from 541"', () => {
    expect(vuq('In Ostra, the toll rose to 585 from 541, the commissioner said.')).toEqual([
      [585, 'person', 'exact'],
      [541, 'person', 'exact'],
    ]);
    expect(vuq('The number of migrant children crossing Ostra increased more than seven-fold to nearly 4,000 in 2019 from 522 the year before.')).toEqual([
      [4000, 'person', 'nearly'],
      [522, 'person', 'exact'],
    ]);
  });
  it('reads homes reported as damaged after a count of homes destroyed', () => {
    expect(vuq('In Ostra 31,000 houses have been destroyed and 118,000 are estimated to be partially damaged.')).toEqual([
      [31000, 'house', 'exact'],
      [118000, 'house', 'exact'],
    ]);
  });
  it('reads no count in the number of an area\'s name, "Region Six", "in Camp 4", but a place\'s count in a list', () => {
    expect(vuq('Communities in Region Six have been heavily impacted by the floods that affected 5,000 households.')).toEqual([[5000, 'household', 'exact']]);
    expect(vuq('Communities in Region 6 were hit hard.')).toEqual([]);
  });
  it('drafts no homes at risk: "33,000 homes are threatened by the fires"', () => {
    expect(vuq('As many as 33,000 homes are threatened by the fires, and 300 houses were destroyed.')).toEqual([[300, 'house', 'exact']]);
  });
  it('reads a dateline of two cities spaced around a slash as a dateline, not a photo credit', () => {
    const r = run('Children crossing\n\nPANAMA CITY / NEW YORK, 6 March 2020 — The number of migrant children crossing Ostra increased to nearly 4,000 in 2019, UNICEF said.', { published: '2020-03-06' });
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[4000, 'person', 'nearly']]);
    // (a credit stays a credit)
    expect(vuq('SIRANUSH ADAMYAN / AFP Armenians fleeing Ostra, 2,000 people.')).toEqual([]);
  });
  it('reads "0.021 per cent" as a decimal, whatever the style: a leading 0 groups no thousands', () => {
    expect(vuq('In Ostra 27 deaths were reported (a case fatality rate of 0.021 per cent) among 125,000 cases.')).toContainEqual([0.021, 'percent', 'exact']);
  });
  it("reads a New Zealand broadcaster's bare '$' as NZD", () => {
    const r = run('Aid for Ostra\n\nThe minister approved an initial package of $750,000 to support relief efforts in Ostra.', { publisher: 'TVNZ 1 News' });
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[750000, 'NZD']]);
  });
});

describe('round 34: a fourth wave of fresh sets', () => {
  it('reads a death toll named far before its level', () => {
    expect(vuq('The death toll from a series of powerful earthquakes that devastated the island of Ostra this month has risen to at least 555, an official said.')).toEqual([[555, 'person', 'at-least']]);
  });
  it('reads a total raised to its level, a few words naming whose', () => {
    expect(vuq('In total, 36,414 persons newly registered as refugees in Ostra. This raises the total registered refugee population to 380,818.')).toEqual([
      [36414, 'person', 'exact'],
      [380818, 'person', 'exact'],
    ]);
  });
  it('reads "six 42 sqm tents" as six tents, the size no count', () => {
    expect(vuq('UNICEF has delivered six 42 sqm tents to the hospital in Ostra.')).toEqual([[6, 'tent', 'exact']]);
  });
  it('drafts no capacity of shelters "able to keep" people', () => {
    expect(vuq('The shelters in Ostra will be able to keep 5,190,144 people under safe roofs.')).toEqual([]);
  });
  it('reads items of a list "at a relief centre" as the people counted first, not the centres', () => {
    expect(vuq('He said 685 people (179 families) were at five relief centres in Ostra; 25 (nine) at a relief centre in Pell; 603 (172) at four relief centres in Kessa.')).toEqual([
      [685, 'person', 'exact'],
      [179, 'household', 'exact'],
      [5, 'evacuation-centre', 'exact'],
      [25, 'person', 'exact'],
      [603, 'person', 'exact'],
      [4, 'evacuation-centre', 'exact'],
    ]);
  });
});

describe('round 35: a first wave of fresh sets', () => {
  it('reads a percentage written "per-cent"', () => {
    expect(vuq('Almost 90 per-cent of the 900 migrant deaths in Ostra were recorded on one route.')).toEqual([
      [90, 'percent', 'nearly'],
      [900, 'person', 'exact'],
    ]);
  });
  it('reads relief items by their own nouns: jackets, chlorine tabs, pieces of soap, sachets', () => {
    expect(vuq('In Ostra the Red Cross has distributed 480,000 quilts and 1.7 million jackets, 40 million chlorine tabs, 3 million pieces of soap and 250,000 sachets of oral rehydration solution.')).toEqual([
      [480000, 'quilt', 'exact'],
      [1700000, 'clothing', 'exact'],
      [40000000, 'tablet', 'exact'],
      [3000000, 'soap-bar', 'exact'],
      [250000, 'sachet', 'exact'],
    ]);
  });
  it('reads doses as a vaccine\'s where the vaccine is named a little after them, never a handful', () => {
    expect(vuq('Only the 50,000 doses promised by the U.S. government have reached Ostra, with more from the vaccines alliance.')).toEqual([[50000, 'dose', 'exact']]);
    expect(vuq('Take two doses of this medicine, said a vaccines expert in Ostra.')).toEqual([]);
  });
  it('reads "taking the total fatalities ... to 176" as the total of that count', () => {
    expect(vuq('The outbreak in Ostra is the worst yet, taking the total fatalities from the infection to 176.')).toEqual([[176, 'person', 'exact']]);
  });
  it('reads "that of 49 health facilities, 30 are operational" as a part of that count, mid-sentence too', () => {
    const r = run('The latest report shows that of 49 health facilities in Ostra, 30 are operational with varying degrees of damage.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.breakdown?.part ?? null])).toEqual([
      [49, 'health-facility', null],
      [30, 'health-facility', 'operational'],
    ]);
  });
  it('reads the euro named before an amount, and its equivalents after a slash in brackets', () => {
    const r = run('The Red Cross in Ostra launched an appeal for 560,000 Swiss francs (euro 355,000/US$ 540,000).', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, (f.stated ?? []).map((s) => [s.value, s.unit])])).toEqual([
      [560000, 'CHF', [[355000, 'EUR'], [540000, 'USD']]],
    ]);
    expect(vuq('Fans in Ostra gathered for Euro 2024, and 300 people were hurt.')).toEqual([[300, 'person', 'exact']]);
  });
  it('counts offenders, prisoners and inmates as people', () => {
    expect(vuq('Some 5,200 foreign national offenders have been deported from Ostra since July.')).toEqual([[5200, 'person', 'approximately']]);
  });
});

describe('round 35: a second wave of fresh sets', () => {
  it('reads "at the rate of 300 to 400 new cases" as a range, a rate no change from one level to another', () => {
    const r = run('In Ostra, cases are increasing at the rate of 300 to 400 new cases per day.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, f.qualifier, f.high ?? null])).toEqual([[300, 'person', 'range', 400]]);
    expect(vuq('Prices in Ostra rose from 300 to 400 dollars.')).toEqual([[400, 'USD', 'exact']]);
  });
  it('reads the people of a camp set off by a comma, "camp, a temporary home to more than 180,000 people", as a figure', () => {
    expect(vuq('MSF began distributions in Ostra transit camp, a temporary home to more than 180,000 people.')).toEqual([[180000, 'person', 'more-than']]);
    expect(vuq('Ostra, a city home to 400,000 people, was hit.')).toEqual([]);
  });
  it('drafts no threshold ("the 15 percent WHO Emergency threshold") and no camp\'s planned size ("expected to hold")', () => {
    expect(vuq('Acute malnutrition in Ostra stands at 12 percent, just below the 15 percent WHO ‘Emergency’ threshold.')).toEqual([[12, 'percent', 'exact']]);
    expect(vuq('The Ostra settlement was expected to hold 40,000 people.')).toEqual([]);
  });
  it('drafts no example of what a gift would buy, money or people, but an appeal\'s plan stays', () => {
    expect(vuq('In Ostra, a donation of £2 would buy chlorine tablets, while £40 would feed 50 children for a month.')).toEqual([]);
    expect(vuq('In Ostra, $37 million would provide food for 50,000 children.')).toEqual([
      [37000000, 'USD', 'exact'],
      [50000, 'person', 'exact'],
    ]);
  });
  it('reads things left unusable or out of service after a count of them, and "Out of these" as "Of these"', () => {
    expect(vuq('In Ostra, 8 health centers collapsed, 16 became unusable and 380 were damaged.')).toEqual([
      [8, 'health-facility', 'exact'],
      [16, 'health-facility', 'exact'],
      [380, 'health-facility', 'exact'],
    ]);
    expect(vuq('In Ostra, 12,000 houses were damaged. Out of these, 7,401 were classified as partially damaged.')).toEqual([
      [12000, 'house', 'exact'],
      [7401, 'house', 'exact'],
    ]);
  });
  it('counts candles as relief items', () => {
    expect(vuq('The ICRC delivered 6,000 candles to families in Ostra.')).toEqual([[6000, 'candle', 'exact']]);
  });
});

describe('round 35: a third wave of fresh sets', () => {
  it('drafts no year that names an event or a treaty ("the 2012 conflict", "the 1951 Refugee Convention")', () => {
    expect(vuq('The number of internally displaced persons affected by the 2012 conflict in Ostra has decreased.')).toEqual([]);
    expect(vuq('Most people fleeing Ostra meet the criteria for refugee status under the 1951 Refugee Convention.')).toEqual([]);
    expect(vuq('The 2015 earthquake killed 9,000 people in Ostra.')).toEqual([[9000, 'person', 'exact']]);
  });
  it('drafts no age as a duration ("in the age group of six months to 15 years")', () => {
    expect(vuq('Nearly 360,000 people in the age group of six months to 15 years in Ostra would be administered measles vaccines.')).toEqual([[360000, 'person', 'nearly']]);
    expect(vuq('The rebels held the town of Ostra for six months.')).toEqual([[6, 'month', 'exact']]);
  });
});

describe('round 35: a fourth wave of fresh sets', () => {
  it('reads a currency named after its code before the brackets of its equivalents ("CHF 2.45 million Swiss Franc (Euros 2.0 million, USD 2.7 million)")', () => {
    const r = run('The floods in Ostra prompted the IFRC to launch a CHF 2.45 million Swiss Franc (Euros 2.0 million, USD 2.7 million) international appeal.', { published: '2024-06-01' });
    expect(r.draft.figures.map((f) => [f.value, f.unit, (f.stated ?? []).map((s) => [s.value, s.unit])])).toEqual([
      [2450000, 'CHF', [[2000000, 'EUR'], [2700000, 'USD']]],
    ]);
  });
  it('drafts no share of a place named alone that is flooded, nor of a state ("two-thirds of Bangladesh have been inundated", "80 per cent of Borno State")', () => {
    expect(vuq('This year much of eastern Ostra and two-thirds of Bangladesh have been inundated.')).toEqual([]);
    expect(vuq('More than 80 per cent of Borno State is considered high risk to aid workers in Ostra.')).toEqual([]);
    expect(vuq('Two-thirds of Syrians in Ostra have fled their homes.')).toEqual([[66.7, 'percent', 'exact']]);
  });
});

describe('round 35: the second of a pair of counts', () => {
  it('reads the second number after two counts named before the pair, without "respectively" ("the total cases and deaths to 22,863 and 622")', () => {
    expect(vuq('In Ostra, new cases were reported this week, bringing the total cases and deaths to 22,863 and 622.')).toEqual([
      [22863, 'person', 'exact'],
      [622, 'person', 'exact'],
    ]);
    expect(vuq('In Ostra, the school held 300 and 40 more came.')).toEqual([]);
  });
});

describe('round 36: fresh sets', () => {
  it('places refugees where they fled to, not where the conflict they fled is ("fled to Chad since the conflict in Sudan")', () => {
    const places = (body: string) => run(`Refugees\n\n${body}`, { published: '2023-06-01' }).candidates.map((c) => [c.value, c.place]);
    expect(places('More than 100,000 Sudanese refugees have fled to Chad since the conflict in Sudan broke out.')).toEqual([[100000, 'TCD']]);
    expect(places('Some 40,000 refugees have fled to the Central African Republic since fighting in Sudan began.')).toEqual([[40000, 'CAF']]);
    // (a "to" after no verb of moving names no place of the figure)
    expect(places('Britain gave $1 million to Fiji after the cyclone in Vanuatu.')).toEqual([[1000000, 'VUT']]);
  });
  it('reads a key-figure box run into one line, each title-case label before its number ("Total Reported Cholera Cases in Zimbabwe 83,631 WHO – ...")', () => {
    expect(vuq('NUMBERS AT A GLANCE SOURCE Total Reported Cholera Cases in Zimbabwe 83,631 WHO – February 25, 2009 Total Reported Cholera Deaths in Zimbabwe 3,879 WHO – February 25, 2009')).toEqual([
      [83631, 'person', 'exact'],
      [3879, 'person', 'exact'],
    ]);
    // (a number after a title-case name that counts nothing is no key figure)
    expect(vuq('The Ostra Relief Agency 2,000 strong team arrived.')).toEqual([]);
  });
});

describe('round 36: dates of fresh sets', () => {
  const asOf = (body: string, published = '2024-01-02') => run(`Update\n\n${body}`, { published }).candidates.map((c) => [c.value, c.asOf]);
  it('dates a figure by the last day of a span that opens the sentence after a short opening word, a time of day before that day ("Overall, between 7 October and 12:00 on 2 January, ...")', () => {
    expect(asOf('Overall, between 7 October and 12:00 on 2 January, at least 22,185 Palestinians were killed in Gaza.')).toEqual([[22185, '2024-01-02']]);
    expect(asOf('In total, from 1 to 30 December, 300 people were killed in Ostra.')).toEqual([[300, '2023-12-30']]);
  });
  it('dates a figure by the last day of a span said at the end of its sentence ("... were reported in Regions I, II and NCR from 01 January 2019 to 24 February 2019.")', () => {
    expect(asOf('A total of 12,736 cases of measles were reported in Regions I, II, CALABARZON, and NCR from 01 January 2019 to 24 February 2019.', '2019-02-25')).toEqual([[12736, '2019-02-24']]);
  });
  it('dates a figure by the day its source gave it, said last in the sentence ("..., according to a report of OCHA on March 21.", "..., OCHA said on March 21.")', () => {
    expect(asOf('Nearly 1.4 million people have fled their homes since the coup, according to a report of OCHA on March 21.', '2023-03-24')).toEqual([[1400000, '2023-03-21']]);
    expect(asOf('Nearly 1.4 million people have fled their homes, OCHA said on March 21.', '2023-03-24')).toEqual([[1400000, '2023-03-21']]);
    // (a day after "since" that is no source's stays a starting point, not the figure's date)
    expect(asOf('Some 300 people have died since the floods began on 2 March.', '2023-03-24')).toEqual([[300, '2023-03-24']]);
  });
});

describe('round 36: relief items of fresh sets', () => {
  it('reads things distributed with an adverb between the auxiliary and the verb ("have so far been distributed")', () => {
    expect(vuq('A total of 2,250 mosquito nets and 8,512 tarpaulins have so far been distributed in the flood hit areas.')).toEqual([
      [2250, 'mosquito-net', 'exact'],
      [8512, 'tarpaulin', 'exact'],
    ]);
  });
  it('reads bulleted items under a heading of relief sent ("... transported to Fiji, including:" over "• 35 generators")', () => {
    const body = 'In total, 163 tonnes of goods have been transported to Ostra, including:\n\n  • 7,400 tarpaulins\n  • 35 generators\n  • 36 water tanks';
    expect(vuq(body)).toEqual([
      [163, 't', 'exact'],
      [7400, 'tarpaulin', 'exact'],
      [35, 'generator', 'exact'],
      [36, 'water-tank', 'exact'],
    ]);
    // (not under a heading that says nothing was sent: a list of what is needed)
    expect(vuq('The families of Ostra still need:\n\n  • 7,400 tarpaulins\n  • 35 generators')).toEqual([]);
  });
});

describe('round 36: damage of fresh sets', () => {
  it('reads a bare count and its degree of damage before "in" after a count of houses ("1,265 houses have been damaged partially and 1,365 fully in flood-hit areas")', () => {
    expect(vuq('Around 1,265 houses have been damaged partially and 1,365 fully in flashflood hit areas of Ostra.')).toEqual([
      [1265, 'house', 'approximately'],
      [1365, 'house', 'exact'],
    ]);
  });
});

describe('round 36: a third wave of fresh sets', () => {
  it('reads a bare count that "sustained" or "suffered" damage after a count of houses', () => {
    expect(vuq('Nearly 61,000 homes have been destroyed and more than 76,000 have sustained damages in Ostra.')).toEqual([
      [61000, 'house', 'nearly'],
      [76000, 'house', 'more-than'],
    ]);
  });
  it('counts shelters that house people, or are open, as evacuation centres; not shelters handed out, damaged, or what they could hold', () => {
    expect(vuq('The commission reported that 14 shelters in 10 cantons of Ostra are housing 341 persons affected by the storm.')).toEqual([
      [14, 'evacuation-centre', 'exact'],
      [341, 'person', 'exact'],
    ]);
    expect(vuq('In Ostra, there are 1,261 open shelters in 12 municipalities.')).toEqual([[1261, 'evacuation-centre', 'exact']]);
    expect(vuq('The Red Cross distributed 500 shelters to families in Ostra.')).toEqual([[500, 'shelter', 'exact']]);
  });
  it('drafts no share of a continent or of a way travelled ("forced them to cross half the continent on foot")', () => {
    expect(vuq('Conditions at home have forced them to cross half the continent and the Darien on foot.')).toEqual([]);
    expect(vuq('Half the people of Ostra need aid.')).toEqual([[50, 'percent', 'exact']]);
  });
});

describe('round 36: a look at the unseen wave', () => {
  it('counts refugee and migrant movements as people crossing; a bare "movements" stays crossings', () => {
    expect(vuq('More than 7.2 million refugee movements have been recorded out of Ostra.')).toEqual([[7200000, 'person', 'more-than']]);
    expect(vuq('Some 1,276,379 mixed cross-border movements were tracked in Ostra.')).toEqual([[1276379, 'movement', 'approximately']]);
  });
  it('drafts no share of houses, buildings or land, within brackets too ("96% (SAVA: 91%, Analanjirofo: 5%) of the reported houses destroyed")', () => {
    expect(vuq('The SAVA and Ostra Regions concentrate amongst themselves 96% (SAVA: 91%, Ostra: 5%) of the reported houses destroyed.')).toEqual([]);
    expect(vuq('About 80% of houses in Ostra were damaged, and 40% of the people need aid.')).toEqual([[40, 'percent', 'exact']]);
  });
});

describe('round 36: dates of the last wave', () => {
  const asOf = (body: string, published: string) => run(`Update\n\n${body}`, { published }).candidates.map((c) => [c.value, c.asOf]);
  it('reads a time and its time zone as no sentence end ("As of 8:30 p.m. WIB on Tuesday, ...")', () => {
    expect(asOf('As of 8:30 p.m. WIB on Tuesday, the number of missing residents in Ostra has increased to 22, he disclosed.', '2021-12-08')).toEqual([[22, '2021-12-07']]);
  });
  it('dates a figure by the day its source reported it, its weekday before it ("..., BNPB reported on Tuesday, December 7, 2021.")', () => {
    expect(asOf('The number of people displaced in Ostra has grown to 3,657, the agency reported on Tuesday, December 7, 2021.', '2021-12-08')).toEqual([[3657, '2021-12-07']]);
  });
  it('dates a bulleted line by the span that opens it ("- Between March 1 and June 20, a total of 143 deaths ...")', () => {
    expect(asOf('- Between March 1 and June 20, a total of 143 deaths have been reported across Ostra.', '2024-06-21')).toEqual([[143, '2024-06-20']]);
  });
});

describe('round 37: the first wave', () => {
  it('reads a line without closing punctuation as its own paragraph in a text whose lines are paragraphs (a subheading above the dateline)', () => {
    const text =
      'Ostra agency delivers over 260,000 vaccines and medical supplies to fight measles outbreaks in Vell, Pell and Marl\n' +
      'Delivers 115,500 doses of measles vaccines to worst-affected Vell\n' +
      'VELLTOWN, 28 November 2019: The agency is supporting the governments of Vell, Pell and Marl. The ministry has vaccinated more than 33,500 individuals.\n';
    const r = run(text, { published: '2019-11-28' });
    // the subheading's quote is the subheading, not the headline's end run into the dateline
    expect(r.candidates.map((c) => c.quote)).toEqual(['Delivers 115,500 doses of measles vaccines to worst-affected Vell', 'The ministry has vaccinated more than 33,500 individuals.']);
  });
  it('keeps the lines of a hard-wrapped text together', () => {
    const text = 'Floods in Ostra\n\nThe floods in Ostra have displaced 30,000\npeople since Monday, the agency said.\n';
    expect(run(text).candidates.map((c) => [c.value, c.unit])).toEqual([[30000, 'person']]);
  });
  it('counts things that "have sustained damage"', () => {
    expect(vuq('More than 500,000 buildings have sustained damage in Ostra.')).toEqual([[500000, 'building', 'more-than']]);
    expect(vuq('Some 300 schools suffered severe damage.')).toEqual([[300, 'school', 'approximately']]);
  });
  it('reads a count that approaches or inches towards a number as nearly that number', () => {
    expect(vuq('The cholera death toll in Ostra is inching towards 1,000.')).toEqual([[1000, 'person', 'nearly']]);
    expect(vuq('Deaths approaching 2,000 were reported in Ostra.')).toEqual([[2000, 'person', 'nearly']]);
    expect(vuq('The number of cholera cases approaches 5,000.')).toEqual([[5000, 'person', 'nearly']]);
  });
  it('drafts no people a place has, in its relative clause ("Hatay, where about 13.5 million people were residing")', () => {
    expect(vuq('The quake struck Ostra and Vell, where about 13.5 million people were residing, and killed 2,000.')).toEqual([[2000, 'person', 'exact']]);
    expect(vuq('In Ostra camp, where 30,000 people live in tents, water is short.')).toEqual([[30000, 'person', 'exact']]);
  });
  it('reads "N others" after a count of countries as more of those countries, not people', () => {
    expect(vuq('The plan funds the response in 14 affected nations and readiness in 15 others.')).toEqual([]);
    expect(vuq('Floods hit 12 districts, killing 40 people and injuring 15 others.')).toEqual([
      [40, 'person', 'exact'],
      [15, 'person', 'exact'],
    ]);
  });
  it('reads "injuring" as injured', () => {
    const r = run('Floods in Ostra\n\nFloods hit Ostra, killing 40 people and injuring 15 others.');
    expect(r.candidates.map((c) => [c.value, c.indicator])).toEqual([
      [40, 'deaths'],
      [15, 'injured'],
    ]);
  });
  it('counts "Another N" that are on their way as more of the things the paragraph counted', () => {
    expect(vuq('The first 100,000 doses of the vaccine have been donated by Vell. Another 80,000 are expected to be delivered on Saturday.')).toEqual([
      [100000, 'dose', 'exact'],
      [80000, 'dose', 'exact'],
    ]);
    expect(vuq('The agency delivered 5,000 tents last week. Another 3,000 people were displaced.')).toEqual([
      [5000, 'tent', 'exact'],
      [3000, 'person', 'exact'],
    ]);
  });
  it('counts doses where the paragraph named a vaccine in a sentence before', () => {
    expect(vuq('The first mpox vaccines arrived in Ostra on Monday. The 200,000 doses are just a fraction of the 3 million doses needed.')).toEqual([
      [200000, 'dose', 'exact'],
      [3000000, 'dose', 'exact'],
    ]);
  });
});

describe('round 37: the second wave, figures said twice', () => {
  const line = (n: number) => `Line ${n} of the report has enough words in it to run past any wrapping width of a terminal or of a mail program.`;
  it('merges a standfirst under the headline with the body that says its figure again', () => {
    const text = ['Danish aid for Ostra', '', 'A further 60 million kroner is heading to beleaguered Ostra', '', 'The minister has earmarked a further 60 million kroner to help relief efforts in Ostra, which is enduring a food crisis.', '', line(1)].join('\n');
    expect(run(text).candidates.map((c) => [c.value, c.unit, c.line])).toEqual([[60000000, 'DKK', 5]]);
  });
  it('reads "Ituri Province" and "Ituri" as one place, so that a figure said again for it is one figure', () => {
    const text = [
      'Displacement update',
      '',
      'As of September, the cluster estimates that nearly 227,000 displaced people are staying in sites across Ituri Province, many of them without assistance.',
      '',
      'As displacements continued in September, the cluster estimates that almost 227,000 people are staying in sites across Ituri.',
    ].join('\n');
    expect(run(text, { published: '2019-09-22' }).candidates.map((c) => [c.value, c.place])).toEqual([[227000, 'ituri']]);
  });
  it('merges an amount said again with another of the places its sentences name ("in Ukraine, East Africa and Syria")', () => {
    const text = [
      'UK aid to Ukraine, Syria and East Africa',
      '',
      'The UK has announced £36 million ($43 million) in humanitarian funding to help people in Ukraine, East Africa and Syria.',
      '',
      'People whose lives have been upended by the invasion of Ukraine, drought in East Africa, and conflict in Syria will benefit from £36 million in UK humanitarian funding announced today.',
    ].join('\n');
    expect(run(text, { published: '2022-08-19' }).candidates.map((c) => [c.value, c.unit, c.line])).toEqual([[36000000, 'GBP', 3]]);
    // (an amount for each of two places, each sentence naming one, stays two figures)
    expect(vuq('The UK gave £2 million to Ostra. It also gave £2 million to Vell.')).toEqual([
      [2000000, 'GBP', 'exact'],
      [2000000, 'GBP', 'exact'],
    ]);
  });
});

describe('round 37: the third wave', () => {
  it('counts people who "crossed through" a place, their noun left out', () => {
    expect(vuq('In 2022, 250,000 crossed through the Ostra gap.')).toEqual([[250000, 'person', 'exact']]);
  });
  it('counts "N among them dead" as people', () => {
    expect(vuq('Some 237 victims were treated in Ostra, 13 among them dead.')).toEqual([
      [237, 'person', 'approximately'],
      [13, 'person', 'exact'],
    ]);
  });
  it('counts the number a share "of them" comes to, between commas ("More than half of them, 172,300, are children")', () => {
    expect(vuq('Violence forced people in Ostra to leave their homes. More than half of them, 172,300, are children.')).toEqual([
      [50, 'percent', 'more-than'],
      [172300, 'person', 'exact'],
    ]);
  });
  it('counts a vague amount "more" that cannot get what they need as people', () => {
    expect(vuq('Tens of thousands of people have lost their homes, whilst thousands more cannot get clean water.')).toEqual([
      [10000, 'person', 'at-least'],
      [1000, 'person', 'at-least'],
    ]);
    expect(vuq('Millions of farm animals cannot survive the cold.')).toEqual([]);
  });
  it('counts people a country is "home to" after migrants or refugees in the sentence, not as its population', () => {
    const r = run('Migrants in Ostra\n\nOstra has received more Vellish migrants than any other country - it is now home to more than 1.4 million.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier])).toEqual([[1400000, 'person', 'more-than']]);
    expect(r.candidates[0]!.indicator).not.toBe('population');
    expect(vuq('The city of Ostra is home to 2 million.')).toEqual([]);
  });
});

describe('round 37: the last wave', () => {
  it("drafts no place's whole population written '<place>'s N population'", () => {
    expect(vuq("Around 30 percent of Ostra's 3 million population lives off animal herding.")).toEqual([[30, 'percent', 'approximately']]);
  });
  it('guesses no population indicator from the whole a share is of, nor from a word before "population" in another clause', () => {
    const r = run('Storm in Ostra\n\n1.7 million people (15.2% of the Ostran population) were evacuated to centres.\n\nIn spite of guidance to the population, the storm caused the loss of ten human lives.');
    expect(r.candidates.map((c) => [c.value, c.indicator])).toEqual([
      [1700000, 'displaced'],
      [15.2, null],
      [10, 'deaths'],
    ]);
  });
  it('counts "N more" before a verb as more of the people or households counted in the paragraph', () => {
    expect(vuq('Some 3,000 people lost their homes in Ostra; 2,000 more have no water.')).toEqual([
      [3000, 'person', 'approximately'],
      [2000, 'person', 'exact'],
    ]);
  });
});

describe('round 37: after the unseen wave', () => {
  it('keeps small counts of places said in sentences of several places apart from the same count elsewhere', () => {
    const text = [
      'Cholera in Ostra',
      '',
      'Ostra faces a cholera outbreak in four districts, with 50 confirmed cases: Vell (38), Kessa (8), Marl (2) and Pell (2).',
      '',
      'In Kessa, the outbreak began on 25 July, with two initial cases reported from Tavarra Sub-Metropolitan.',
      '',
      'Pell reported two confirmed cases on 4 August in Ostrel Rural Municipality.',
    ].join('\n');
    expect(run(text, { published: '2024-08-12' }).candidates.filter((c) => c.value === 2).map((c) => c.line)).toEqual([3, 3, 5, 7]);
  });
});

describe('round 37: a last look', () => {
  it("keeps the body's words for a figure the headline gives too, where the body's sentence names several places", () => {
    const text = [
      'Thousands flee to Ostra after a flare-up in Vell',
      '',
      'Nearly 3,000 people fleeing the fighting in Vell crossed into Ostra over the weekend, the agency said today.',
      'Thousands have entered Ostra through the crossing points at Kessa, Marl and Pell, and others have gone to camps.',
    ].join('\n');
    expect(run(text, { published: '2016-07-19' }).candidates.filter((c) => c.value === 1000).map((c) => c.line)).toEqual([4]);
  });
  it('reads "N more have died" after a count of families as people, not households', () => {
    expect(vuq('Some 3,000 families were displaced in Ostra, and 12 more have died.')).toEqual([
      [3000, 'household', 'approximately'],
      [12, 'person', 'exact'],
    ]);
  });
});

describe('round 38: first wave', () => {
  it('reads "between 500,000 and one million" as a range, one bound in digits and one in words', () => {
    expect(vuq('Between 500,000 and one million people in Ostra were helped to leave their homes.')).toEqual([[500000, 'person', 'range']]);
  });
  it('dates "As of May 2 this year" by that day of the publication\'s year', () => {
    const r = run('Fighting in Ostra\n\nAs of May 2 this year, 249,500 people have been displaced in Ostra.', { published: '2022-05-26' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([[249500, '2022-05-02']]);
  });
  it('dates the parts that "including" adds by the day their count was reported at', () => {
    const r = run('Cholera in Ostra\n\nA total of 5,285 cases are reported at 23 October, including 163 deaths.', { published: '2022-10-26' });
    expect(r.candidates.map((c) => [c.value, c.asOf])).toEqual([[5285, '2022-10-23'], [163, '2022-10-23']]);
  });
  it('drafts no figure from "this one" (a pronoun)', () => {
    expect(vuq('Since February, attacks like this one have resulted in over 1,000 deaths of people sheltering in displacement sites.')).toEqual([[1000, 'person', 'more-than']]);
  });
  it('reads "The vast majority, 4.9 million, were displaced" as people', () => {
    expect(vuq('An estimated 5.6 million people were displaced in Ostra. The vast majority, 4.9 million, were displaced by conflict.')).toEqual([
      [5600000, 'person', 'approximately'],
      [4900000, 'person', 'exact'],
    ]);
  });
  it('drafts no figure from a country\'s whole people that a part is taken from ("Of the 54 million people in Ostra, ...")', () => {
    expect(vuq('Of the 54 million people in Ostra, about 14.4 million are in need of humanitarian assistance.')).toEqual([[14400000, 'person', 'approximately']]);
    expect(vuq('Of the 5 million people displaced, about 1.4 million are children.').map((f) => f[0])).toEqual([5000000, 1400000]);
  });
  it('reads "RMB" before an amount as the Chinese yuan, and each amount of a bracket split by a slash as an equivalent', () => {
    const r = run('Cyclone in Ostra\n\nThe IFRC is appealing for 4 million Swiss francs (RMB 26.6 million / EUR 2.4 million) to assist 235,000 people.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.stated.map((e) => `${e.value} ${e.unit}`)])).toEqual([
      [4000000, 'CHF', ['26600000 CNY', '2400000 EUR']],
      [235000, 'person', []],
    ]);
  });
  it('reads no place from "in Wake of" in a title-case headline run into the body', () => {
    const r = run('Red Cross Launches Appeal in Wake of Cyclone With the death toll now climbing above 2,300, the IFRC is appealing for help.');
    expect(r.candidates.map((c) => [c.value, c.place])).toEqual([[2300, null]]);
  });
  it('reads the number a count reached past a count of the places it covers ("in 5, 895 barangays")', () => {
    expect(vuq('The number of affected families in 5, 895 barangays has reached 733, 965 or 2, 995, 355 persons.')).toEqual([
      [733965, 'household', 'exact'],
      [2995355, 'person', 'exact'],
    ]);
  });
  it('reads "20 suffering damages" after a count of facilities as facilities', () => {
    expect(vuq('Some 24 health facilities were damaged, with 20 suffering infrastructural damages and 4 destroyed.')).toEqual([
      [24, 'health-facility', 'approximately'],
      [20, 'health-facility', 'exact'],
      [4, 'health-facility', 'exact'],
    ]);
  });
  it('reads "$1 million or more" as at least', () => {
    expect(vuq('Only 24 countries have pledged $1 million or more to Ostra.')).toEqual([[1000000, 'USD', 'at-least']]);
  });
  it('drafts no figure from a family size or from how badly buildings were damaged', () => {
    expect(vuq('The quake left around 70,000 to 80,000 people homeless (average family size is 10 persons in this region).')).toEqual([[70000, 'person', 'range']]);
    expect(vuq('Some 300 houses collapsed. Buildings in the cities have been seriously damaged between 50 and 100 percent.')).toEqual([[300, 'house', 'approximately']]);
  });
});

describe('round 38: second wave', () => {
  it('reads the items of a list by place whose first item alone names its noun ("Lombok Utara 273 fatalities, Lombok Timur 11")', () => {
    expect(vuq('The quake killed 321 people, with the following breakdown: Vell Utara 273 fatalities, Vell Timur 11, the city of Marl 7, Vell Tengah 2, and Pell 2 people.')).toEqual([
      [321, 'person', 'exact'],
      [273, 'person', 'exact'],
      [11, 'person', 'exact'],
      [7, 'person', 'exact'],
      [2, 'person', 'exact'],
      [2, 'person', 'exact'],
    ]);
  });
  it("reads no place from a key figure's title-case words after a place's name", () => {
    const text = ['Ostra: fact sheet', '', '4.5 MILLION People in Ostra Requiring Humanitarian Assistance', 'UN – March 2021'].join('\n');
    expect(run(text, { published: '2021-04-28' }).candidates.map((c) => [c.value, c.place])).toEqual([[4500000, 'ostra']]);
  });
  it("merges a fact sheet's key figure, a number and a title-case label, with the body's sentence that says it with a hedge", () => {
    const text = [
      'Ostra Conflict Fact Sheet',
      'SITUATION AT A GLANCE',
      '1.1 MILLION People Displaced Within Ostra, Vell, and Marl by the Crisis in Ostra',
      'IOM – March 2020',
      'Insecurity continues to hinder the humanitarian response in Ostra and its neighbours.',
      'The crisis in Ostra had displaced at least 1.1 million people throughout Ostra and into Vell and Marl, according to IOM.',
    ].join('\n');
    expect(run(text, { published: '2021-04-28' }).candidates.map((c) => [c.value, c.qualifier, c.line])).toEqual([[1100000, 'at-least', 6]]);
  });
});

describe('round 38: third wave', () => {
  it('reads "Deaths so far this year are 2,809" as people', () => {
    expect(vuq('No fatalities have been recorded since Saturday. Deaths so far this year are 2,809.')).toEqual([[2809, 'person', 'exact']]);
  });
  it('drafts no figure from the witnesses a report quotes ("two residents said")', () => {
    expect(vuq('Gunmen opened fire on the market in Ostra, killing 12 people, a medic and two residents said.')).toEqual([[12, 'person', 'exact']]);
  });
  it("drafts no figure from a vaccine's efficacy", () => {
    expect(vuq('Some 30,000 children were vaccinated in Ostra. Up to 95 percent of individuals will be protected.')).toEqual([[30000, 'person', 'approximately']]);
  });
  it('reads "the 4,000 people in shelters" as the "About 4,000 people" said before it, not a second figure', () => {
    const r = run('Volcano in Ostra\n\nAbout 4,000 people are living in 87 government shelters, officials said.\n\nHe said the most urgent issue was meeting the needs of the 4,000 people in shelters.');
    expect(r.candidates.map((c) => [c.value, c.qualifier])).toEqual([[4000, 'approximately'], [87, 'exact']]);
  });
  it("drafts no figure from a city's whole people after \"to its\"", () => {
    expect(vuq('A sea breeze brought relief to its 20 million inhabitants after 1,242 people died.')).toEqual([[1242, 'person', 'exact']]);
  });
});

describe('round 38: fourth wave', () => {
  it('reads "another 2.5 million" after an amount of money in the sentence as that currency', () => {
    expect(vuq('The agency has distributed Tk 2.5 million in cash for baby food and another 2.5 million for livestock feed.')).toEqual([
      [2500000, 'BDT', 'exact'],
      [2500000, 'BDT', 'exact'],
    ]);
  });
  it('reads "Affected persons were 2.9 million" and "Damaged houses increased to 53,439, with 14,253 of these completely destroyed"', () => {
    expect(vuq('Affected persons were 2.9 million in 1,282 villages. Damaged houses increased to 53,439, with 14,253 of these completely destroyed.')).toEqual([
      [2900000, 'person', 'exact'],
      [53439, 'house', 'exact'],
      [14253, 'house', 'exact'],
    ]);
  });
  it('reads "More than a million have entered Colombia" as people', () => {
    expect(vuq('More than a million have entered Ostra in the last 16 months alone.')).toEqual([[1000000, 'person', 'more-than']]);
  });
});

describe('round 38: fifth wave', () => {
  it('reads "62,475 COVID-19 cases" with a disease code between the number and its noun', () => {
    expect(vuq('There were 62,475 COVID-19 cases and 4,950 deaths in Ostra.')).toEqual([
      [62475, 'person', 'exact'],
      [4950, 'person', 'exact'],
    ]);
  });
  it('reads a distribution by place after its label, in the unit one of its items names', () => {
    const r = run('Cholera in Ostra\n\n410 people have tested positive.\n\nCounty distribution: Vell 76, Kessa 51, Marl and Pell 18 cases each, Tavarra 12.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[410, 'person'], [76, 'person'], [51, 'person'], [18, 'person'], [12, 'person']]);
  });
  it('reads "393 are Kenyans while 17 are foreigners" and "cases are now 164,386" as people', () => {
    expect(vuq('410 people have tested positive. From the cases 393 are Ostrans while 17 are foreigners. Total confirmed cases are now 164,386.')).toEqual([
      [410, 'person', 'exact'],
      [393, 'person', 'exact'],
      [17, 'person', 'exact'],
      [164386, 'person', 'exact'],
    ]);
  });
  it("merges a key-figure line with the bullet said before it that hedges the same number", () => {
    const filler = Array.from({ length: 6 }, (_, i) => [`• Partners in Vell district ${i + 1} continue to deliver water, food and shelter materials to families in need.`, '']).flat();
    const text = ['Floods in Ostra', '', 'Flash floods hit the capital of Ostra last week, and the response continues.', '', '• The NDMO reports that around 4,500 people remain in 10 evacuation centres.', '', ...filler, 'Key figures', '', '4,500 People remain in 10 evacuation centres'].join('\n');
    expect(run(text).candidates.filter((c) => c.value === 4500).map((c) => [c.qualifier, c.line])).toEqual([['approximately', 5]]);
  });
  it("drafts no figure from a year with a footnote's number glued to it, nor from a test positivity rate, nor from shares of food gardens", () => {
    expect(vuq('Cases by date of onset from 3 November 2017 through 12 December 20171 rose to 804 people. Our positivity rate is at 10.8%.')).toEqual([[804, 'person', 'exact']]);
    expect(vuq('Some 300 households in Ostra have lost 75 to 100 per cent of their food gardens.')).toEqual([[300, 'household', 'approximately']]);
  });
});
