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
