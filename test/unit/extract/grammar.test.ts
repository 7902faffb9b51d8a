/**
 * The extraction grammar, form by form, on sentences in the style of situation reports and
 * wire copy (the places and numbers are invented). Every case also checks that the draft
 * validates against its own text (see helpers.ts).
 */
import { describe, expect, it } from 'vitest';
import { EXTRACTION_GRAMMAR_MD, extractFigures } from '../../../src/extract/extract.js';
import { extract, only } from './helpers.js';

describe('numbers', () => {
  it.each([
    ['comma grouping', 'Some 120,000 people have fled the fighting in Upper Besk.', 120000, 'person', '120,000'],
    ['plain digits', 'The camp in Harrow Flats now hosts 850 households.', 850, 'household', '850'],
    ['a decimal with a scale word', 'The floods have displaced 2.8 million people in the province.', 2800000, 'person', '2.8 million'],
    ['a whole number with a scale word', 'The plan targets 20 million people across the region of Sorrel.', 20000000, 'person', '20 million'],
    ['a thousand suffix', 'Cholera vaccines have reached 35k people in Dunmore district.', 35000, 'person', '35k'],
    ['a million suffix with a count noun', 'The drought affects 4m people in the Nandi Plains.', 4000000, 'person', '4m'],
    ['"one" joined by a hyphen', 'Aid trucks crossed during a one-day pause in the shelling of Karsk.', 1, 'day', 'one-day'],
    ['"three" with a plural unit', 'The militia held Tembe province for three decades.', 3, 'decade', 'three decades'],
    ['"twenty"', 'The siege of Oska has lasted twenty days.', 20, 'day', 'twenty'],
    ['"ninety" (families counted as households)', 'Ninety families have been relocated from the riverbank in Pell.', 90, 'household', 'Ninety'],
    ['"a dozen"', 'A dozen aid workers were evacuated from Marl on Friday.', 12, 'person', 'A dozen'],
    ['"a hundred"', 'A hundred households in Varos still lack clean water.', 100, 'household', 'A hundred'],
    ['a percentage with %', 'Only 45% of households in Lenk have safe water.', 45, 'percent', '45%'],
    ['"per cent"', 'The response plan is 45 per cent funded.', 45, 'percent', '45 per cent'],
    ['"percent"', 'The appeal for Tarn is 45 percent funded.', 45, 'percent', '45 percent'],
    ['a decimal percentage', 'Global acute malnutrition stands at 12.5% in Dunmore district.', 12.5, 'percent', '12.5%'],
    ['kilometres', 'Families walked 40 kilometres to reach the border post at Vell.', 40, 'km', '40'],
    ['km glued to the number', 'Families from Tembe walked 15km to the nearest clinic.', 15, 'km', '15km'],
    ['tonnes', 'WFP has delivered 1,200 tonnes of food to Port Ostrel.', 1200, 't', '1,200'],
    ['metres without a currency', 'Survivors walked 20m through floodwater in Kessa.', 20, 'm', '20m'],
    ['a count noun behind modifiers', 'About 3,000 internally displaced people have arrived in Sorrel.', 3000, 'person', '3,000'],
    ['weeks', 'The blockade of Harrow Flats has lasted six weeks.', 6, 'week', 'six weeks'],
    ['years', 'Rebels have controlled Oska for 30 years.', 30, 'year', '30 years'],
    ['months', 'The siege of Lenk has lasted two months.', 2, 'month', 'two months'],
    ['houses', 'Over 1,100 houses were destroyed in Pell.', 1100, 'house', '1,100 houses'],
    ['schools', 'Floods damaged 37 schools in Tembe.', 37, 'school', '37 schools'],
    ['a two-word noun', 'More than 600 evacuation centres are open in Oska.', 600, 'evacuation-centre', '600 evacuation centres'],
    ['tents', 'Partners distributed 4,500 tents in Lenk.', 4500, 'tent', '4,500 tents'],
    ['injuries', 'The quake in Marl caused 1,400 injuries.', 1400, 'person', '1,400 injuries'],
    ['"others"', 'In Kessa 865 others were injured by the blast.', 865, 'person', '865 others'],
  ])('%s', (_what, sentence, value, unit, written) => {
    const c = only(sentence);
    expect([c.value, c.unit]).toEqual([value, unit]);
    expect(c.quote).toContain(written);
    expect(sentence).toContain(c.quote);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.reasons[0]).toMatch(/^number '/);
  });

  it('reads "35.000" and "1.200.000" as thousands in a European-style text, and says why', () => {
    const r = extract('Nearly 35.000 people remain in collective centres in Varos, and 1.200.000 people live in the affected provinces.');
    expect(r.candidates.map((c) => [c.value, c.qualifier])).toEqual([
      [35000, 'nearly'],
      [1200000, 'exact'],
    ]);
    expect(r.notes.join('\n')).toContain("numbers read in the European style ('.' groups thousands");
  });

  it('reads a lone "35.000" as thousands when the text has no English-style number', () => {
    expect(only('Some 35.000 people are sheltering in schools across Varos.').value).toBe(35000);
  });

  it('leaves "35.000" for review in an English-style text, but for a count of whole people', () => {
    const r = extract('Authorities delivered 35.000 tonnes of food in Kessa, while 12.5 per cent of wells were damaged.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[12.5, 'percent']]);
    expect(r.notes.join('\n')).toContain("'35.000' may be 35,000 (European grouping) or a decimal");
    // (no count of people has three decimals: "35.000 people" groups thousands)
    expect(extract('Authorities registered 35.000 people in Kessa, while 12.5 per cent of wells were damaged.').candidates.map((c) => [c.value, c.unit])).toEqual([
      [35000, 'person'],
      [12.5, 'percent'],
    ]);
  });

  it('reads a space, a no-break space or a thin space as a thousands separator', () => {
    expect(only('Près de 120\u00a0000 people have crossed into Vell since Monday.').value).toBe(120000);
    expect(only('Some 120 000 people have crossed into Vell.').value).toBe(120000);
    expect(only('Some 120\u202f000 people have crossed into Vell.').value).toBe(120000);
  });

  it('counts a capitalised plural of a people as persons', () => {
    expect(only('Over 300,000 Syrians have returned to Dunmore since 2021.')).toMatchObject({ value: 300000, unit: 'person', qualifier: 'more-than' });
  });

  it('drafts compound number words, which humfig-facts/1 quote checks read as written', () => {
    const r = extract('Twenty-five families were evacuated from Pell, and two million people are at risk in the Nandi Plains.');
    // "two million" and "twenty-five" are both forms a quote check finds
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[25, 'household'], [2000000, 'person']]);
    expect(r.notes.join('\n')).not.toContain('is not in the draft');
  });

  it.each([
    ['a year', 'In 2023, the cluster repaired the clinic in Lenk.'],
    ['a virus name', 'COVID-19 cases have fallen in Harrow Flats.'],
    ['an ordinal', 'This is the 3rd flash update on the Karsk floods.'],
    ['an age', 'A 12-year-old girl was rescued from the rubble in Kessa.'],
    ['an age in words', 'Children under five years of age are most at risk in Tembe.'],
    ['a time reference', 'Three days later, the bridge at Oska reopened.'],
    ['a time of day', 'The convoy left Port Ostrel at 10:30 on Monday.'],
    ['a number word without a unit', 'One of the two wells in Vell has dried up.'],
    ['a weight in pounds', 'Volunteers packed 500 pounds of rice in Marl.'],
    ['a duration not tied to the crisis', 'It is four days since the storm hit Tembe.'],
    ['a stay', 'We stayed in Oska for three days without food.'],
    ['a span of history', 'It was the strongest quake in more than 200 years in Marl.'],
    ['a distance to a place', 'The epicentre lay some 17km south-west of Kessa.'],
    ['the length of a road', 'The road to Pell, 40 km long, was cut on Monday.'],
    ['a baseline population', 'Varos, a town with a population of 48,000, has no running water.'],
    ['a baseline population in parentheses', 'The quake struck Ouest province (population 2.2 million) on Monday.'],
  ])('finds no figure in %s', (_what, sentence) => {
    expect(extract(sentence).candidates).toEqual([]);
  });

  it('notes ranges and numbers without a unit instead of extracting them', () => {
    const r = extract('Children aged 6-59 months were screened in Dunmore. The team visited 14 sites in Lenk.');
    expect(r.candidates).toEqual([]);
    const notes = r.notes.join('\n');
    expect(notes).toContain("'6' is part of a range");
    expect(notes).toContain("'14' has no unit the extractor knows");
  });

  it('reads "tons" as metric tonnes and asks the reviewer to check', () => {
    const r = extract('Trucks carried 300 tons of seed to Sorrel.');
    expect(r.candidates.map((c) => [c.value, c.unit])).toEqual([[300, 't']]);
    expect(r.draft.figures[0]!.notes).toContain("'tons' read as metric tonnes: check that the source does not mean short tons");
  });

  it('skips reporting windows but keeps durations after "for"', () => {
    expect(extract('In the past two weeks, fighting has spread to Karsk.').candidates).toEqual([]);
    expect(only('Militias have held the Karsk valley road for the past three decades.').value).toBe(3);
  });

  it('reads a unit from context: "number of", "death toll"', () => {
    expect(only('The number of refugees in Vell has risen to 45,000.')).toMatchObject({ value: 45000, unit: 'person' });
    expect(only('The death toll in Kessa rose to 212 on Sunday.')).toMatchObject({ value: 212, unit: 'person', indicator: 'deaths' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['approximately', 'approximately'],
    ['about', 'approximately'],
    ['around', 'approximately'],
    ['some', 'approximately'],
    ['roughly', 'approximately'],
    ['an estimated', 'approximately'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['more than', 'more-than'],
    ['over', 'more-than'],
    ['at least', 'at-least'],
    ['up to', 'up-to'],
    ['fewer than', 'fewer-than'],
    ['less than', 'fewer-than'],
    ['under', 'fewer-than'],
  ])('"%s" -> %s', (phrase, qualifier) => {
    const sentence = `Local authorities say ${phrase} 4,500 people have been displaced in Marl district.`;
    const c = only(sentence);
    expect([c.value, c.qualifier, c.indicator]).toEqual([4500, qualifier, 'displaced']);
    expect(c.quote).toContain(`${phrase} 4,500 people`);
  });

  it('is exact without a qualifier word, and suggests "approximately" for a round number', () => {
    const r = extract('The ministry says 36,000 people have been registered in Pell.');
    expect(r.candidates[0]!.qualifier).toBe('exact');
    expect(r.draft.figures[0]!.notes).toContain("'36,000' has no qualifier but looks rounded: consider 'approximately'");
  });

  it('takes a qualifier before a currency sign', () => {
    expect(only('Donors have pledged more than $5 million for Karsk.')).toMatchObject({ value: 5000000, unit: 'USD', qualifier: 'more-than' });
  });

  it('turns "nearly all of <number>" into the whole and the part', () => {
    const r = extract("Nearly all of Kessa's 8,000 residents fled the town on Friday.");
    expect(r.candidates.map((c) => [c.value, c.qualifier, c.indicator, c.place, c.quote])).toEqual([
      [8000, 'exact', 'population', 'kessa', "Kessa's 8,000 residents"],
      [8000, 'nearly', 'displaced', 'kessa', "Nearly all of Kessa's 8,000 residents fled the town on Friday."],
    ]);
    expect(r.draft.figures[1]!.notes).toContain("gives no number of its own: the value is the whole's");
  });

  it('reads "almost all" like "nearly all"', () => {
    const r = extract('Almost all of the 2,400 households in Pell have been displaced.');
    expect(r.candidates.map((c) => c.qualifier)).toEqual(['exact', 'nearly']);
  });
});

describe('currencies', () => {
  it.each([
    ['$ before', 'OCHA has released $4.5 million from the pooled fund for Tembe.', 4500000, 'USD'],
    ['US$ before', 'The Flash Appeal seeks US$97 million for the Sorrel response.', 97000000, 'USD'],
    ['€ before with bn', 'The EU has allocated €1.5bn to the Vell corridor.', 1500000000, 'EUR'],
    ['£ before', 'The UK has contributed £750,000 to the appeal for Marl.', 750000, 'GBP'],
    ['CHF code with m', 'The IFRC launched an appeal for CHF 20m to assist families in Lenk.', 20000000, 'CHF'],
    ['Swiss Francs after', 'The appeal for Karsk seeks 12 million Swiss Francs.', 12000000, 'CHF'],
    ['euros after', 'The regional government has set aside 3 million euros for Oska.', 3000000, 'EUR'],
    ['drams after', 'The municipality of Vell allocated 40 million drams for shelter.', 40000000, 'AMD'],
    ['an ISO code after', 'The pooled fund approved 2.5 million USD for Dunmore.', 2500000, 'USD'],
    ['an ISO code before', 'The response plan requires USD 310 million for the Nandi Plains.', 310000000, 'USD'],
  ])('%s', (_what, sentence, value, unit) => {
    const c = only(sentence);
    expect([c.value, c.unit]).toEqual([value, unit]);
    expect(['funding-required', 'funding-received']).toContain(c.indicator);
  });

  it('makes a parenthetical equivalent one figure with a stated amount', () => {
    const c = only('The Red Crescent launched an emergency appeal for 20 million Swiss Francs ($22 million) to help families in Lenk.');
    expect(c).toMatchObject({ value: 20000000, unit: 'CHF', qualifier: 'exact', indicator: 'funding-required' });
    expect(c.stated).toEqual([{ value: 22000000, unit: 'USD', qualifier: 'approximately', quote: '($22 million)' }]);
    expect(c.quote).toContain('20 million Swiss Francs ($22 million)');
  });

  it('keeps a qualifier written in the parenthesis, and reads ", or about" as an equivalent too', () => {
    const a = only('The IFRC seeks CHF 8.5m (about US$9.4 million) for the cold-wave response in Kestria.');
    expect(a.stated).toEqual([{ value: 9400000, unit: 'USD', qualifier: 'approximately', quote: '(about US$9.4 million)' }]);
    const b = only('The ministry has released 900 million drams, or more than $2.3 million, for families in Vell.');
    expect(b.stated).toEqual([{ value: 2300000, unit: 'USD', qualifier: 'more-than', quote: 'more than $2.3 million' }]);
  });

  it('reads a count in another unit in parentheses as a figure of its own that shares the hedge (only money has equivalents)', () => {
    const r = extract('Some 5,000 people (1,200 households) fled Pell after the dam broke.');
    expect(r.candidates.map((c) => [c.value, c.unit, c.qualifier, c.stated.length])).toEqual([
      [5000, 'person', 'approximately', 0],
      [1200, 'household', 'approximately', 0],
    ]);
  });

  it('does not pair two amounts in the same currency', () => {
    expect(extract('Donors pledged $40 million ($12 million of it new) at the Karsk conference.').candidates).toHaveLength(2);
  });
});

describe('dates', () => {
  const asOf = (sentence: string, published = '2023-10-01') => only(sentence, { published }).asOf;

  it.each([
    ['"September 28, 2023"', 'On September 28, 2023, some 6,000 people crossed into Vell.', '2023-09-28'],
    ['"28 September 2023"', 'As of 28 September 2023, 6,000 people had crossed into Vell.', '2023-09-28'],
    ['"28 September" (year from publication)', 'By 28 September, 6,000 people had crossed into Vell.', '2023-09-28'],
    ['"Sept. 28"', 'On Sept. 28, 6,000 people crossed into Vell.', '2023-09-28'],
    ['"2023-09-28"', 'As of 2023-09-28, 6,000 people had crossed into Vell.', '2023-09-28'],
    ['"September 2023" (a month)', 'In September 2023, 6,000 people crossed into Vell.', '2023-09'],
    ['a weekday: the latest on or before publication', 'Some 6,000 people crossed into Vell on Thursday.', '2023-09-28'],
    ['a weekday that is the publication day', 'Some 6,000 people crossed into Vell on Sunday.', '2023-10-01'],
    ['a date in the same clause', '6,000 people crossed into Vell on 27 September.', '2023-09-27'],
    ['the present tense: as of publication', '6,000 people are currently sheltering in Vell.', '2023-10-01'],
    ['nothing: left for review', '6,000 people crossed into Vell.', null],
  ])('%s', (_what, sentence, expected) => {
    expect(asOf(sentence)).toBe(expected);
  });

  it('puts a day without a year in the previous year when it would fall after publication', () => {
    expect(asOf('On 28 December, 6,000 people crossed into Vell.', '2024-01-03')).toBe('2023-12-28');
  });

  it('does not date a figure by a starting point, a later date or an event', () => {
    expect(asOf('Since 20 September, 6,000 people have crossed into Vell.')).toBe('2023-10-01');
    expect(asOf('6,000 people crossed into Vell before 20 September.')).toBeNull();
    expect(asOf('Some 6,000 people crossed into Vell after Thursday\'s shelling.')).toBeNull();
  });

  it('takes the publication date from a "date" header, else the latest date in the text, else a placeholder', () => {
    const header = extractFigures('date 2024-02-11 Floods in Pell\n\nSome 2,000 people are sheltering in schools in Pell.');
    expect(header.draft.sources[0]!.published).toBe('2024-02-11');
    expect(header.notes.join('\n')).toContain("taken from the text's 'date' header line");
    const latest = extractFigures('On 3 March 2024, 2,000 people fled Pell. On 5 March 2024, 1,000 more people fled.');
    expect(latest.draft.sources[0]!.published).toBe('2024-03-05');
    const none = extract('Some 2,000 people are sheltering in schools in Pell.', { published: undefined });
    expect(none.draft.sources[0]!.published).toBe('1970-01-01');
    expect(none.notes.join('\n')).toContain('publication date unknown: 1970-01-01 is a placeholder');
  });
});

describe('captions', () => {
  it('takes no figure and no place from a photo caption, and reports its date', () => {
    const text = [
      'Fighting in Karsk forces thousands to flee',
      '',
      'LENA VOSS / REUTERS Families wait at a checkpoint near Tarn on 3 May 2024, where 2,000 people queued overnight.',
      '',
      'More than 9,000 people have fled Karsk since Monday.',
    ].join('\n');
    const r = extract(text, { published: '2024-05-06' });
    // (the headline's "forces thousands to flee" is a figure of its own: at least 1,000 people)
    expect(r.candidates.map((c) => [c.value, c.line, c.place])).toEqual([
      [1000, 1, 'karsk'],
      [9000, 5, 'karsk'],
    ]);
    expect(r.draft.places.map((p) => p.id)).not.toContain('tarn');
    expect(r.notes.join('\n')).toContain('photo captions are dated 2024-05-03');
  });

  it('recognises captions with several photographers and non-ASCII names', () => {
    const r = extract('ANA KOVAČ, MIRO ILIĆ / EFE Rescuers search the rubble in Dravno, where 40 people died.\n\nThe quake struck at night.');
    expect(r.candidates).toEqual([]);
  });
});

describe('places', () => {
  it.each([
    ['a country by name -> ISO3', 'About 5,000 refugees have crossed into Armenia since Friday.', 'ARM', 'Armenia'],
    ['a named region, kebab-case', 'About 5,000 people have been displaced in Lower Tavarra province.', 'lower-tavarra', 'Lower Tavarra'],
    ['a possessive before the figure', "Tembe's 14,000 residents have been without water for a week.", 'tembe', 'Tembe'],
    ['a place with "the" and a geographic head', 'Some 5,000 people are stranded in the Ostrel Valley.', 'ostrel-valley', 'Ostrel Valley'],
  ])('%s', (_what, sentence, id, name) => {
    const r = extract(sentence);
    expect(r.candidates[0]!.place).toBe(id);
    expect(r.draft.places).toContainEqual(expect.objectContaining({ id, name }));
  });

  it('resolves "the region" and "the enclave" to the latest place named before', () => {
    const r = extract('Shelling resumed in Upper Besk on Monday.\n\nSome 3,000 people have fled the enclave, and 900 households remain in the region.');
    expect(r.candidates.map((c) => c.place)).toEqual(['upper-besk', 'upper-besk']);
  });

  it('falls back to the paragraph, then to the text, then to a placeholder place', () => {
    const r = extract('Floods hit Sorrel on Monday. Some 3,000 people have been displaced.\n\nAnother 1,000 people are sheltering in schools.');
    expect(r.candidates.map((c) => c.place)).toEqual(['sorrel', 'sorrel']);
    expect(r.candidates[0]!.reasons.join(' ')).toContain('earlier in the paragraph');
    expect(r.candidates[1]!.reasons.join(' ')).toContain('latest place named before it');
    const none = extract('Some 3,000 people have been displaced by the floods.');
    expect(none.candidates[0]!.place).toBeNull();
    expect(none.draft.figures[0]!.place).toBe('unknown');
    expect(none.draft.places).toEqual([{ id: 'unknown', name: 'Unknown (review)' }]);
  });

  it('prefers the location over the origin and a donor country over nothing', () => {
    expect(only('According to reports from Vell, 2,000 people are sheltering in Kessa.').place).toBe('kessa');
    const r = extract('Floods hit Sorrel on Monday.\n\nJapan has pledged $2 million to the response.');
    expect(r.candidates[0]!.place).toBe('sorrel');
  });
});

describe('indicators', () => {
  it.each([
    ['35,000 refugees are currently in temporary accommodations in Vell.', 'temporary-accommodation'],
    ['Some 12,000 people in Marl are in need of humanitarian assistance.', 'people-in-need'],
    ['Partners have reached 45,000 people with food in Tembe.', 'people-reached'],
    ['At least 40 people were killed in the landslide in Oska.', 'deaths'],
    ['More than 120 people were injured in Karsk.', 'injured'],
    ['Some 30 people are still missing in Pell.', 'missing'],
    ['About 2,000 families have returned to Sorrel.', 'returnees'],
    ['Around 18,000 people fled Lenk overnight.', 'displaced'],
    ['Some 2,000 households were affected by the storm in Tarn.', 'households-affected'],
    ['Vell has some 60,000 residents.', 'population'],
    ['The appeal for Kessa seeks $12 million.', 'funding-required'],
    ['Donors have pledged $3 million for Kessa.', 'funding-received'],
    ['The Marl appeal is 30 per cent funded.', 'funding-coverage'],
    ['Convoys reached Karsk after a three-day offensive.', 'offensive-duration'],
    ['The militia held the Oska crossing for two decades.', 'control-duration'],
    ['The siege of Pell has lasted 40 days.', 'blockade-duration'],
    ['A United Nations team reached Sorrel, the first mission there in ten years.', 'time-without-un-access'],
  ])('%s -> %s', (sentence, indicator) => {
    expect(only(sentence).indicator).toBe(indicator);
  });

  it('leaves the indicator unknown (placeholder) when no rule matches, and lowers the confidence', () => {
    const r = extract('About 7,000 people gathered in the main square of Vell.');
    expect(r.candidates[0]!.indicator).toBeNull();
    expect(r.draft.figures[0]!.indicator).toBe('unknown');
    expect(r.draft.figures[0]!.notes).toContain("indicator unknown: set it (placeholder 'unknown')");
    expect(r.candidates[0]!.confidence).toBeLessThan(only('About 7,000 people fled Vell.').confidence);
  });

  it('does not borrow the indicator of a clause that has its own figure', () => {
    const r = extract('At least 41 people have died of hypothermia, and around 2,300 people have been admitted to hospital in Selk.');
    expect(r.candidates.map((c) => c.indicator)).toEqual(['deaths', 'hospitalised']);
  });
});

describe('the draft', () => {
  it('numbers repeated ids and keeps every quote verbatim', () => {
    const text = 'Some 2,000 people fled Pell on Monday. Another 1,500 people fled Pell on Tuesday.';
    const r = extract(text);
    expect(r.draft.figures.map((f) => f.id)).toEqual(['displaced-pell', 'displaced-pell-2']);
    for (const f of r.draft.figures) expect(text).toContain(f.quote);
  });

  it('uses the options for the source, and makes a given source id kebab-case', () => {
    const r = extract('Some 2,000 people fled Pell.', { sourceId: 'OCHA Flash Update 3', title: 'Pell: Flash Update No. 3', publisher: 'OCHA' });
    expect(r.draft.sources[0]).toMatchObject({ id: 'ocha-flash-update-3', title: 'Pell: Flash Update No. 3', publisher: 'OCHA' });
    expect(r.draft.figures[0]!.source).toBe('ocha-flash-update-3');
    expect(r.notes.join('\n')).toContain("source id 'OCHA Flash Update 3' is not kebab-case");
  });

  it('writes no source text path when no source file is given', () => {
    const r = extractFigures('Some 2,000 people fled Pell.', { published: '2024-05-20' });
    expect(r.draft.sources[0]!.text).toBeUndefined();
  });

  it('returns an empty but valid draft for a text without figures', () => {
    const r = extract('The situation in Pell remains tense.');
    expect(r.draft.figures).toEqual([]);
    expect(r.notes[0]).toBe('0 figure(s) drafted; every one needs review');
  });
});

describe('EXTRACTION_GRAMMAR_MD', () => {
  it('is a README section covering every part of the grammar', () => {
    expect(EXTRACTION_GRAMMAR_MD.startsWith('## Extracting figures from a text')).toBe(true);
    for (const heading of ['Numbers', 'Units and currencies', 'Qualifiers', 'Stated equivalents', 'Dates (`asOf`)', 'Places', 'Indicators', 'Known limits']) {
      expect(EXTRACTION_GRAMMAR_MD).toContain(`### ${heading}`);
    }
  });
});
