import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { likelyForms, numberForms, quoteHasNumber } from '../../../src/facts/number-forms.js';

describe('quoteHasNumber: the number as the source wrote it', () => {
  it('finds an amount written with its cents, and not one whose cents differ', () => {
    expect(quoteHasNumber('PHP 165,446.00 from the municipalities', 165446)).toBe(true);
    expect(quoteHasNumber('a grant of 1950.00 dollars', 1950)).toBe(true);
    expect(quoteHasNumber('USD 2,500.50 per family', 2500.5)).toBe(true);
    expect(quoteHasNumber('PHP 165,446.01 from the municipalities', 165446)).toBe(false);
    expect(quoteHasNumber('USD 2,500.55 per family', 2500.5)).toBe(false);
    // a whole number with one decimal zero: "a case fatality rate of 10.0%"
    expect(quoteHasNumber('case fatality rate of 10.0%', 10)).toBe(true);
    expect(quoteHasNumber('a total of 1,250.0 tonnes', 1250)).toBe(true);
    expect(quoteHasNumber('case fatality rate of 10.0%', 1)).toBe(false);
        // a fraction with a hyphen, as "two-thirds" is written
    expect(quoteHasNumber('barely reached one-third of funding requirements', 33.3)).toBe(true);
  });
  it('finds a European decimal comma ("3,6 tons", "1.234,5") and European grouping with cents ("31.182.840,00"), for its own value only', () => {
    expect(quoteHasNumber('WFP distributed 3,6 tons of food', 3.6)).toBe(true);
    expect(quoteHasNumber('some 1.234,5 tonnes', 1234.5)).toBe(true);
    expect(quoteHasNumber('the appeal seeks CHF 31.182.840,00', 31182840)).toBe(true);
    expect(quoteHasNumber('WFP distributed 3,6 tons of food', 36)).toBe(false);
    // (three digits after a comma group thousands: never a decimal comma)
    expect(quoteHasNumber('1,234 people', 1.234)).toBe(false);
    expect(quoteHasNumber('99,123 people', 99.123)).toBe(false);
    expect(quoteHasNumber('the appeal seeks CHF 31.182.840,50', 31182840)).toBe(false);
  });
  it('finds a number with its thousands in words and the rest in digits ("Six thousand 739")', () => {
    expect(quoteHasNumber('Six thousand 739 families', 6739)).toBe(true);
    expect(quoteHasNumber('twenty-five thousand 300 people', 25300)).toBe(true);
    expect(quoteHasNumber('Six thousand 739 families', 6738)).toBe(false);
  });
  it('finds "dozens" as 12 (or 24 and 10, as earlier drafts wrote it) and "tens of millions" as 10 million', () => {
    expect(quoteHasNumber('Dozens of people died', 12)).toBe(true);
    expect(quoteHasNumber('Dozens of people died', 24)).toBe(true);
    expect(quoteHasNumber('Dozens of people died', 10)).toBe(true);
    expect(quoteHasNumber('tens of millions of people', 10000000)).toBe(true);
    expect(quoteHasNumber('tens of millions of people', 1000000)).toBe(false);
  });
  it('finds "hundred" after a hedge, "a thousand" and "several hundred", each for its own value only', () => {
    expect(quoteHasNumber('Over hundred deaths', 100)).toBe(true);
    expect(quoteHasNumber('more than a thousand injured', 1000)).toBe(true);
    expect(quoteHasNumber('Several hundred more people', 100)).toBe(true);
    expect(quoteHasNumber('a few thousand families', 1000)).toBe(true);
    expect(quoteHasNumber('several hundred thousand people', 100000)).toBe(true);
    expect(quoteHasNumber('more than a thousand injured', 100)).toBe(false);
    expect(quoteHasNumber('Over hundred deaths', 1000)).toBe(false);
  });
  it.each([
    ["Nagorno-Karabakh's approximately 120,000 residents", 120000, true],
    ['a nation with a population of 2.8 million', 2800000, true],
    ['an emergency appeal for 20 million Swiss Francs', 20000000, true],
    ['($22 million)', 22000000, true],
    ['35,000 refugees are currently in temporary accommodations', 35000, true],
    ['in approximately three decades', 3, true],
    ['a one-day Azerbaijani offensive', 1, true],
    ['CHF 20m for the response', 20000000, true],
    ['35.000 Flüchtlinge', 35000, true],
    ['120 000 habitants', 120000, true],
    ['some 12,500 people', 12500, true],
    ['a dozen trucks', 12, true],
    ['seven hundred classrooms', 700, true],
    ['4.3% of the population', 4.3, true],
    ['1120,000 residents', 120000, false],
    ['120,0000 residents', 120000, false],
    ['someone fled', 1, false],
    ['2.85 million', 2800000, false],
    ['about 35,000 people', 3500, false],
    ['three decades', 30, false],
    // scaled decimals with trailing zeros and below one, number words with a scale
    ['around 11.30 million people', 11300000, true],
    ['app. 0.6 million USD', 600000, true],
    ['six million pounds', 6000000, true],
    ['twenty billion', 20000000000, true],
    ['six million pounds', 600000, false],
    // vague amounts stand for the least they can mean
    ['Hundreds of people displaced', 100, true],
    ['tens of thousands of families', 10000, true],
    ['hundreds of thousands of families', 100000, true],
    ['Thousands are believed to be', 1000, true],
    ['tens of thousands of families', 1000, false],
    ['Dozens of thousands of houses', 10000, true],
    ['Dozens of thousands of houses', 1000, false],
    // shares, in percent to one decimal from 5 % up
    ['nearly one in three Haitians', 33.3, true],
    ['almost a seventh of those displaced', 14.3, true],
    ['half of the population', 50, true],
    ['two thirds of the wells', 66.7, true],
    ['one in three Haitians', 33, false],
    ['3 out of 4 households', 75, true],
    ['9 in 10 children', 90, true],
    // below 5 %, two decimals; the one decimal of earlier drafts still holds
    ['One in 73 people', 1.37, true],
    ['One in 73 people', 1.4, true],
    ['1 in every 97 people', 1.03, true],
    ['1 in every 97 people', 1, true],
    ['One in 73 people', 1.3, false],
    // thousands grouped before a South Asian scale
    ['Rs 5,858.60 crore', 58586000000, true],
    ['Rs 1,492 crore', 14920000000, true],
    ['Rs 5,858 cr', 58580000000, true],
    ['Rs 1,492 crore', 1492000000, false],
    ['13 out of 40 households', 75, false],
  ])('%j contains %d: %s', (quote, value, expected) => {
    expect(quoteHasNumber(quote, value)).toBe(expected);
  });
});

describe('quoteHasNumber tries the forms reports write most first, never a form the value lacks', () => {
  // the quick forms change how soon a quote is found, never whether: each must be a form of the value
  const values = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000_000_000 }),
    fc.integer({ min: 0, max: 99_999_999 }).map((n) => n * 1000),
    fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => Number(`${i}.${f}`)),
  );
  it('every quick form is one of numberForms(value)', () => {
    fc.assert(
      fc.property(values, (value) => {
        const all = new Set(numberForms(value));
        const quick: string[] = [];
        likelyForms(value, (form) => (quick.push(form), false));
        for (const form of quick) expect(all.has(form), `${form} for ${value}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('finds an amount in millions and billions by its quick form', () => {
    expect(quoteHasNumber('seeks US$97 million (CHF 85 million)', 97_000_000)).toBe(true);
    expect(quoteHasNumber('a 2.85bn appeal', 2_850_000_000)).toBe(true);
    expect(quoteHasNumber('seeks US$97 million', 970_000_000)).toBe(false);
  });
});

describe('lakhs and crores grouped the South Asian way', () => {
  it('finds "4,00,000" and "1,20,00,000" in a quote', () => {
    expect(quoteHasNumber('a compensation of Rs 4,00,000 each', 400000)).toBe(true);
    expect(quoteHasNumber('Rs 1,20,00,000 was released', 12000000)).toBe(true);
    expect(quoteHasNumber('Rs 4,00,000 each', 40000)).toBe(false);
  });
});

describe('numbers written in parts, crores, lakhs, thousands and the rest', () => {
  it('finds "8 lakh 87 thousand 629", "3 crore 52 lakh" and "20 thousand 150" in a quote', () => {
    expect(quoteHasNumber('8 lakh 87 thousand 629 families are stranded', 887629)).toBe(true);
    expect(quoteHasNumber('3 crore 52 lakh cash', 35200000)).toBe(true);
    expect(quoteHasNumber('20 thousand 150 metric tons of rice', 20150)).toBe(true);
  });
  it('does not find a number in the first part of such a form only', () => {
    expect(quoteHasNumber('8 lakh 87 thousand 629 families', 887000)).toBe(false);
    expect(quoteHasNumber('20 thousand 150 metric tons', 20000)).toBe(false);
  });
  it('finds "1 in 5" as 20 percent', () => {
    expect(quoteHasNumber('1 in 5 children are affected', 20)).toBe(true);
    expect(quoteHasNumber('1 in every 4 children', 25)).toBe(true);
  });
  it('finds billions, millions and thousands joined by "and", the first part in words or digits', () => {
    expect(quoteHasNumber('one billion and 164 million and 856 thousand riyals', 1164856000)).toBe(true);
    expect(quoteHasNumber('16 million and 515 thousand dollars', 16515000)).toBe(true);
    expect(quoteHasNumber('nine thousand and 548 displaced beneficiaries', 9548)).toBe(true);
    expect(quoteHasNumber('Two million 300 thousand dollars', 2300000)).toBe(true);
    expect(quoteHasNumber('16 million and 515 thousand dollars', 16515)).toBe(false);
  });
});

describe('a number with a comma group and a spaced one, as a slip of the keyboard writes it', () => {
  it('finds "5, 71,128" (a lakh grouping with a stray space) as 571128', () => {
    expect(quoteHasNumber('A total of 5, 71,128 houses have been damaged', 571128)).toBe(true);
    expect(quoteHasNumber('A total of 5, 71,128 houses have been damaged', 71128)).toBe(true);
    expect(quoteHasNumber('A total of 5, 71,128 houses have been damaged', 571129)).toBe(false);
  });
  it('finds "2,430, 445" and "2, 430, 445" as 2430445', () => {
    expect(quoteHasNumber('2,430, 445 people were displaced', 2430445)).toBe(true);
    expect(quoteHasNumber('and 2, 430, 445 individuals have been displaced', 2430445)).toBe(true);
  });
  it('still finds each number of a list, and not a number the quote does not hold', () => {
    expect(quoteHasNumber('in 2019, 300 people', 300)).toBe(true);
    expect(quoteHasNumber('2,430, 445 people', 2430446)).toBe(false);
  });
});

describe('halves and quarters written with a scale, and vulgar fractions', () => {
  it('finds "a half-million", "a quarter million", "one and a half million" and "7½ million" for their values only', () => {
    expect(quoteHasNumber('displaced a half-million people', 500000)).toBe(true);
    expect(quoteHasNumber('nearly a quarter million people', 250000)).toBe(true);
    expect(quoteHasNumber('some one and a half million people', 1500000)).toBe(true);
    expect(quoteHasNumber('seeks two-and-a-half billion dollars', 2.5e9)).toBe(true);
    expect(quoteHasNumber('pledged $7½ million', 7500000)).toBe(true);
    expect(quoteHasNumber('some 1¼ million people', 1250000)).toBe(true);
    expect(quoteHasNumber('about 2½ tonnes', 2.5)).toBe(true);
    expect(quoteHasNumber('displaced a half-million people', 250000)).toBe(false);
    expect(quoteHasNumber('some one and a half million people', 1000000.5)).toBe(false);
    expect(quoteHasNumber('pledged $7½ million', 7250000)).toBe(false);
    expect(quoteHasNumber('over three-quarters of a million children', 750000)).toBe(true);
    expect(quoteHasNumber('more than three dozen shelters', 36)).toBe(true);
    expect(quoteHasNumber('more than three dozen shelters', 24)).toBe(false);
    expect(quoteHasNumber('hundreds of millions of euros', 100000000)).toBe(true);
  });
  it('finds "six and half million" (the article left out) for 6.5 million only', () => {
    expect(quoteHasNumber('About six and half million children', 6500000)).toBe(true);
    expect(quoteHasNumber('About six and half million children', 6000000)).toBe(false);
  });
});

describe('hyphenated halves and quarters of a million', () => {
  it('finds 500,000 in "half-a-million" and 250,000 in "a quarter-of-a-million"', () => {
    expect(quoteHasNumber('displacing more than half-a-million', 500000)).toBe(true);
    expect(quoteHasNumber('Nearly a quarter-of-a-million families', 250000)).toBe(true);
    expect(quoteHasNumber('Nearly a quarter-of-a-million families', 500000)).toBe(false);
  });
});

describe('Spanish and Portuguese thousands and millions (round 29)', () => {
  it('finds "2 mil viviendas", "59 mil 519", "$ 273.000 millones" and "3 mil 500 millones" as they are written', () => {
    expect(quoteHasNumber('2 mil viviendas afectadas', 2000)).toBe(true);
    expect(quoteHasNumber('59 mil 519 familias afectadas', 59519)).toBe(true);
    expect(quoteHasNumber('una inversión de $ 273.000 millones', 273e9)).toBe(true);
    expect(quoteHasNumber('invertirá $ 3 mil 500 millones', 3.5e9)).toBe(true);
    expect(quoteHasNumber('mais de 7 mil pessoas', 7000)).toBe(true);
  });
  it('finds no part of such a number as the whole (the review found these passed)', () => {
    expect(quoteHasNumber('con 2 mil millones de pesos', 2000)).toBe(false);
    expect(quoteHasNumber('59 mil 519 familias', 59000)).toBe(false);
    expect(quoteHasNumber('3 mil 500 millones de pesos', 3000)).toBe(false);
  });
});

describe('a scaled number with four decimals (round 30)', () => {
  it('finds "1.5402 million" as 1,540,200, and no other value in it', () => {
    expect(quoteHasNumber('1.5402 million people were transferred to safety', 1540200)).toBe(true);
    expect(quoteHasNumber('1.5402 million people were transferred to safety', 1540000)).toBe(false);
    expect(quoteHasNumber('1.54021 million people', 1540210)).toBe(false);
  });
});

describe('half a dozen (round 30)', () => {
  it('finds "half a dozen" as 6, never as 12', () => {
    expect(quoteHasNumber('nearly half a dozen houses', 6)).toBe(true);
    expect(quoteHasNumber('nearly half a dozen houses', 12)).toBe(false);
    expect(quoteHasNumber('a dozen houses', 12)).toBe(true);
  });
});

describe('quoteHasNumber: a scale joined by a hyphen (round 32)', () => {
  it('finds "11,500-crore", "50-lakh" and "2-billion"', () => {
    expect(quoteHasNumber('a Rs 11,500-crore aid package for Bihar', 115_000_000_000)).toBe(true);
    expect(quoteHasNumber('a 50-lakh grant', 5_000_000)).toBe(true);
    expect(quoteHasNumber('a $2-billion package', 2_000_000_000)).toBe(true);
    expect(quoteHasNumber('a Rs 11,500-crore aid package', 1_150_000_000)).toBe(false);
  });
});
