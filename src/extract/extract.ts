/**
 * `humfig extract`: a deterministic, offline, rule-based extractor of humanitarian figures from
 * the plain text of a report or news article. It returns a draft humfig-facts/1 document that
 * validates against the same text (every quote occurs in it verbatim and holds its number as
 * written), the candidates behind the draft's figures with a confidence and the reasons for each
 * guess, and notes listing what a person must review. It never invents: a figure whose
 * indicator, place or date the text does not tell gets a placeholder (`unknown` indicator,
 * `unknown` place, the publication date) and a note saying so.
 *
 * The grammar, in brief (EXTRACTION_GRAMMAR_MD in grammar.ts is the full, README-ready text):
 *
 *   figure     := [qualifier] [currency-before] number [scale] [percent | currency-after | unit]
 *                 [ "(" [qualifier] money ")" | ", or" [qualifier] money ]      -- a stated equivalent
 *   part-of    := ("nearly" | "almost" | "virtually" | "practically") "all" ["of"] [possessive | determiner]*
 *                 figure predicate                                              -- yields two figures
 *   number     := digits with "," groups | digits with "." groups (European texts) | decimals
 *               | one..twenty | thirty..ninety | "a dozen" | "a hundred" | two..nine "hundred"
 *   scale      := " million" | " billion" | " thousand" | "m" | "bn" | "k" | "mn"
 *   qualifier  := approximately | about | around | some | roughly | an estimated | nearly | almost
 *               | close to | more than | over | at least | up to | fewer than | less than | under ...
 *   unit       := [modifier{0,3}] noun | "-" noun (one-day)   -- people, residents, refugees, ...
 *   date       := YYYY-MM-DD | Month D, YYYY | D Month YYYY | D Month | Month YYYY | weekday
 *
 * Lines that are photo captions ("NAME NAME / AGENCY ...") give no figures and no places; their
 * dates are reported in the notes as the dates the photographs were taken, never used as a
 * figure's date. Pure: no clock, no locale, no file system.
 */
import type { FactsFile, Figure, Place, Source } from '../facts/schema.js';
import { FACTS_FORMAT } from '../facts/rules.js';
import { normaliseForQuote } from '../facts/check-facts.js';
import { quoteHasNumber } from '../facts/number-forms.js';
import { findCountry } from '../domain/countries.js';
import { isCurrencyCode } from '../domain/currency.js';
import { PLACEHOLDER_DATE, daysBetween, isIsoDate } from '../domain/dates.js';
import type { Qualifier } from '../domain/qualifier.js';
import { datesFigure, findDates, type DateMention } from './dates.js';
import { GROUP_OF_CONCERN, guessIndicator, nounIndicator, type IndicatorGuess } from './indicators.js';
import { BY_THE_VERBS, findNumbers, TO_THE_BRINK, numberStyle, type NumberStyle, type NumberToken } from './numbers.js';
import { AREA_KINDS_OF, indexPlaces, kebab, lastMentionBefore, type PlaceInfo, type PlaceMention } from './places.js';
import { BULLET_MARK, BULLET_MARK_NO_DASH, clauses, isSpaceAt, layout, lineOf, LONE_NUMBER, overlapsAny, spanAt, spanBefore, spansWithin, trimSpan, type Sentence, type Span } from './text.js';
import { cfaAfter, countNamedBy, countedThingAfter, crownAfter, currencyAfter, currencyBefore, definedAcronyms, dollarCountryIn, isCountUnit, isPeoplePlural, moneyContext, nounAfter, canonicalThing, type NounUnit, percentAfter, rupeeAfter, SHARED_NAMES, sharedNameAfter, unitDimension, unitOfNoun, type MoneyContext } from './units.js';

export { EXTRACTION_GRAMMAR_MD } from './grammar.js';

export interface ExtractOptions {
  /** publication date, YYYY-MM-DD: the year of dates written without one, the day "on Sunday" means, the placeholder asOf */
  published?: string;
  /** the draft's source id (kebab-case); default 'source' */
  sourceId?: string;
  /** path of the text relative to the facts file, written into the draft's `source.text` so that quotes are checked */
  sourceFile?: string;
  title?: string;
  publisher?: string;
  /**
   * false: the candidates carry no reasons (an empty list) and none are built. The draft is the
   * same either way; `humfig extract` asks for them only where it shows the candidates.
   */
  reasons?: boolean;
}

export interface StatedEquivalent {
  value: number;
  unit: string;
  qualifier: Qualifier;
  quote: string;
}

export interface Candidate {
  /** the id of the draft figure made from it */
  id: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  quote: string;
  indicator: string | null;
  place: string | null;
  asOf: string | null;
  /** the days a relative date names ("last week": Monday to Sunday), whose last day is asOf */
  period?: { start: string; end: string };
  /** 0..1: how much of the figure the text states plainly (see EXTRACTION_GRAMMAR_MD) */
  confidence: number;
  stated: StatedEquivalent[];
  /** a part of the amount before it, in parentheses ("USD 5 million ($3 million in cash)"): what part, never a total */
  breakdown?: { part: string };
  /** a range ("between 10,000 and 20,000"): its bounds; value is the lower */
  low?: number;
  high?: number;
  /** 1-based line of the number in the text */
  line: number;
  /** each decision, in words (empty when ExtractOptions.reasons is false) */
  reasons: string[];
}

export interface ExtractionResult {
  draft: FactsFile;
  candidates: Candidate[];
  notes: string[];
}

/** How far (in characters) from a figure its clause and sentence are searched for words, places and dates. */
const REACH = 300;
/** Whether a LEVEL_LEAD match names people whatever came before: a toll, a population, the number known to have died. */
function levelOfPeople(level: RegExpExecArray): boolean {
  const g = level.groups!;
  return g.died !== undefined || g.group !== undefined || g.toll !== undefined || g.population !== undefined || g.casualties !== undefined;
}

/** After a percentage: rain against its average, or how full a dam is. */
/** After a percentage: homes, buildings, infrastructure or services (not facilities: "45% of health facilities are functional" stays a figure), whose share is no count of people or funds. */
const PERCENT_OF_STRUCTURES =
  /^\s+of\s+(?:the\s+|its\s+|all\s+)?(?:[\p{L}-]+['’]s\s+)?(?:(?:water|health|power|electricity|road|public|residential|housing)\s+)?(?:homes|houses|housing|dwellings|buildings|infrastructure|systems|networks|roads|bridges|structures)(?![\p{L}])(?![^.;]*\b(?:people|population|households|families|residents|children|persons)\b)/iu;
const PERCENT_OF_WEATHER = /^\s*(?:(?:more|less|extra|above|below)\s+)?(?:than\s+(?:the\s+)?(?:average|normal)\s+)?(?:rain(?:s|fall)?|precipitation)(?![\p{L}])|^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(?:[Dd]am|[Rr]eservoir)(?![\p{L}])/u;
/** Right before a percentage: the name of a rate ("CFR ", "case fatality ratio of ", "a positivity rate of approximately ", "a TPR of ", "testing coverage of "). */
const NAMED_RATE_BEFORE = /(?:\b((?:case[-\s]fatality|fatality|mortality|positivity|attack|growth|test\s+positivity|death)\s+(?:rate|ratio)|(?:testing|test)\s+coverage|TPR)|\bCFR)(?:\s*\([^)]{0,12}\))?(?:\s+(?:in|for|among|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s*(?:(?:is|was|of|at|remains|remained|stands\s+at|stood\s+at|reached|rose\s+to|fell\s+to|has\s+reached|is\s+now)\s+)?(?:(?:above|below|over|under|about|around|approximately|some|nearly|almost|more\s+than|less\s+than|close\s+to|an\s+estimated)\s+)?[:=]?\s*$/iu;
/** A threshold, a target or a standard right before a rate: what it should be, not what it is ("the WHO threshold of 1%"). */
// ("the WHO threshold of 1%", "higher than the expected CFR of 1%", "(emergency threshold: 1%)", "the WHO-recommended 1%")
const RATE_NORM_LEAD = /\b(?:threshold|target|benchmark|standard|expected|recommended|acceptable|norm|goal|limit)\b[^\d%.;]{0,25}$/iu;
/** "of the damage", "of the losses": a share of the damage, not of people or funds. */
const PERCENT_OF_DAMAGE = /^\s+of\s+(?:the\s+|all\s+)?(?:total\s+)?(?:damages?|destruction|(?:economic\s+)?losses)(?![\p{L}])/iu;
/** After a fraction: "of the year", "of 2024", "of the season": a part of a span of time. */
const PART_OF_TIME_AFTER = /^\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:(?:year|month|week|decade|century|period|season|day|night|term|quarter)(?![\p{L}])|\d{4}(?!\d))/iu;
/** Before a fraction: "the first (half)", "the second", "the latter": a part of something in order, not a share. */
const PART_OF_TIME_BEFORE = /\b(?:first|second|latter|last)\s+$/iu;
/** A year after "in", "since", "of" ...: "displaced in 2019 have fled" names a year, not a count. */
// (or the years named after "years", and a year after a year: "in the last two years, 2019 and 2020")
const YEAR_LEAD = /\b(?:in|since|from|by|until|till|during|throughout|through|before|after|within|of|for)\s+$|\byears?,?\s+$|(?<!\d)(?:19|20)\d\d\s*(?:,|and|&|to|-|–)\s*$/i;
/** A change by a percentage between a count's noun and its level: "(IDPs) increased by 60%, reaching 578 thousand" (a change, no number of the count). */
const CHANGE_BY_PERCENT = /\b(?:increased|decreased|rose|grew|fell|dropped|jumped|declined|climbed|surged)\s+by\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s?(?:%|per[\s-]?cent\b|percent\b)/giu;
/** "the number of (displaced) people ... " before a number: the people counted, and what follows the noun. */
// (a word may hold digits, "M23-related", but not be a number: "a total of 108 people ... in 50 areas" names its count)
const NUMBER_OF_PEOPLE_LEAD = /\b(?:number|total|tally|count)\s+of\s+(?:[\p{N}-]*\p{L}[\p{L}\p{N}-]*(?:['’]s)?\s+){0,3}?(people|persons|refugees|residents|civilians|individuals|children|households|families|idps|migrants|returnees|deaths|fatalities|casualties|infections|cases|victims|evacuees|patients|admissions|beneficiaries|survivors|displacements|arrivals)\b([^.]*)$/iu;
/**
 * Before a number: the number of staff, workers or journalists harmed ("the number of humanitarian aid workers killed
 * since October 7th 2023 has exceeded 200"): casualties, people, though staff alone are responders and no figure.
 */
const NUMBER_OF_STAFF_HARMED_LEAD = /\b(?:number|total|tally|count)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(workers|staff|personnel|journalists|volunteers|employees|colleagues|peacekeepers)\s+(?:(?:who\s+)?(?:have\s+been|has\s+been|were|was)\s+)?(?:killed|injured|wounded|abducted|kidnapped|detained)\b([^.]*)$/iu;
/** Before a number: "the number of (destroyed) houses is", "total of damaged schools rose to": the level of a count of things. */
/** In such a lead: words of damage ("the number of damaged or destroyed buildings"), which make any thing humfig counts a count. */
const DAMAGE_STATE_IN = /\b(?:damaged|destroyed|collapsed|affected|flooded|burnt|burned)\b/iu;
const NUMBER_OF_THINGS_LEAD = /\b(?:number|total|tally|count)\s+of\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:in|across)\s+[^.;:\d]{1,40}?\s+)?(?:(?:is|was|are|were|stands\s+at|stood\s+at|reached|has\s+reached|rose\s+to|has\s+risen\s+to|increased\s+to|totals|totalled|now\s+stands\s+at)\s+)(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least|an\s+estimated|between)\s+)?$/iu;
/** After a year: the plan or appeal it names ("2013 refugee response plan", "2015 humanitarian appeal"). */
// (its words before the plan name it, none an article, a preposition or a verb: not "2000 households in the response")
const YEAR_NAMES_PLAN = /^\s+(?:(?!(?:in|of|the|a|an|to|for|from|under|with|by|at|on|need|needs|needed|received|receive|reached|got|were|are|was|is|have|had)\s)[\p{L}-]+\s+){0,3}(?:plan|plans|appeal|appeals|response|budget|programme|program|strategy|framework|HRP|HNO|RRP|3RP)(?![\p{L}])/iu;
/** After a year: the event or treaty it names ("2012 conflict", "2015 earthquake", "1951 Refugee Convention"), a word or two between. */
const YEAR_NAMES_EVENT = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:conflict|crisis|war|earthquake|quake|floods?|flooding|cyclone|typhoon|hurricane|drought|famine|elections?|census|convention|protocol|agreement|accord|outbreak|epidemic|pandemic|tsunami|eruption|offensive|uprising|coup|revolution)(?![\p{L}])/iu;
/** Before a duration that is an age: "aged", "the age group of", "between the ages of", perhaps the range's lower end ("six months to "). */
const DURATION_AGE_LEAD = /\b(?:aged?|ages|age\s+(?:group|bracket|range)\s+of|(?:at\s+)?the\s+age\s+of|between\s+the\s+ages\s+of)\s+(?:[\p{L}\d.,]+\s+(?:months?|years?)\s+(?:to|and|-|–)\s+)?$/iu;
/** After one: "old", "of age" ("five years old"). */
const DURATION_AGE_AFTER = /^[\s-]+(?:old|of\s+age)(?![\p{L}])/iu;
/** Before such a year: a possessive, an article or a determiner ("the UN's 2013", "the 2015", "its 2024"), no hedge. */
const YEAR_OF_LEAD = /(?:['’]s|\b(?:the|its|their|this|that|a|an))\s+$/iu;
/** "$1 = 0.89", "1 euro = 1.08": the one unit of an exchange rate, left of its equals sign. */
const RATE_EQUALS_AFTER = /^\s*(?:[\p{L}.]+\s*){0,2}=\s*(?:[\p{Sc}]|[A-Z]{1,3}\$?)?\s*\d/u;
/** "$1 = 0.8908", "1 euro = US$1.10": the rate itself, right of the equals sign after a one. */
const RATE_EQUALS_BEFORE = /(?:(?<![\d.,])1(?:\.0+)?|\b[Oo]ne)\s*(?:[\p{L}.]+\s*){0,2}=\s*(?:[\p{Sc}]|[A-Z]{2,3}\$?)?\s*$/u;
/** "damage to ", "destruction of ", "damaging " right before a number (of things). */
const THING_STATE_BEFORE = /(?<![\p{L}])(?:damage|damaging|destruction|destroying|collapse)(?:,[^,;.]{1,30},)?\s+(?:to|of)?\s*(?:(?:around|about|some|approximately|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?$/iu;
/** "passed the ", "crossed the " before a number that "mark" follows. */
const PASSED_THE_MARK = /(?<![\p{L}])(?:passed|surpassed|crossed|topped|exceeded|breached|passing|surpassing|crossing|topping|exceeding|breaching)\s+the\s+$/iu;
/** A number of a magnitude: "a 7.8 magnitude earthquake", "a 6.2-magnitude quake". */
const MAGNITUDE_AFTER = /^\s*-?\s*magnitude(?![\p{L}])/iu;
/** Right after a number: a superlative that ranks ("five largest", "10 worst-hit", "5 hardest hit"; not "most", "500 most vulnerable families" are a count). */
const RANK_AFTER = /^\s+(?:largest|biggest|worst|worst[-\s](?:hit|affected)|hardest[-\s]hit|highest|lowest|deadliest)(?![\p{L}-])/iu;
/** After a number: "per 10,000", "per 100 000 people": the number is the numerator of a rate. */
// (right before "per", behind its noun, or a second numerator: "four children or two adults per 10 000"; not a count
// before its rate, "1,200 cases, an attack rate of 5 per 10 000")
// ("two people per day per 10,000", "12,000 people per square kilometre": a density too)
const RATE_NUMERATOR_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:(?:or|and)\s+[\p{L}\d.,]+\s+(?:[\p{L}-]+\s+)?)?(?:per\s+(?:day|week)\s+)?per\s+(?:(?:1|10|100)[\s,.\u00a0]?000\b|square\s+(?:kilomet|mile)|sq\.?\s*km|km2|km²)/iu;
/** Right before a number: "a magnitude 7.8 earthquake", "of magnitude 6.3", "magnitude-5.2". */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[\s-]+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|at\s+least)\s+)?$/i;
/** "300,000 of the affected population": people. */
const OF_THE_POPULATION = /^\s+of\s+the\s+(?:affected\s+|displaced\s+|targeted\s+|total\s+)?population(?![\p{L}])/iu;
/** A thing counted once every so many seconds, minutes or hours: "one child every 60 seconds", "a death per minute". */
/** "Thousands feared dead", "hundreds are feared missing": a fear, not a count. */
const FEARED_AFTER = /^\s+(?:(?:are|were|is)\s+)?feared(?![\p{L}])/iu;
/** "planes are sent daily with up to 50 tons": an amount each day, a rate. */
const RATE_BEFORE = /\b(?:daily|weekly|monthly|every\s+(?:day|week|month)|each\s+(?:day|week|month))\s+(?:with|carrying|bringing)\s+(?:(?:up\s+to|about|around|some|nearly|over|more\s+than)\s+)?$/iu;
// ("One person is likely dying of hunger every 48 seconds": words between, with "every" or "per" only)
const RATE_AFTER = /^\s+(?:[\p{L}-]+\s+(?:every|per|a|an)\s+(?:(?:\d+|few|single)\s+)?(?:seconds?|minutes?|hours?)|(?:[\p{L}-]+\s+){2,7}?(?:every|per)\s+(?:(?:\d+|few|single)\s+)?(?:seconds?|minutes?|hours?)|(?:a|per|each)\s+(?:year|day|week|month))(?![\p{L}])/iu;
/** "the possibility of the death of ", "the risk of losing ": what may happen to a vague amount of people. */
const POSSIBLE_DEATH_BEFORE = /\b(?:possibility|risk|threat|danger|prospect)\s+of\s+(?:the\s+)?(?:deaths?|loss(?:\s+of\s+life)?|starvation)\s+(?:of|among)\s+$/iu;
/** "could be", "may be", "might be", "would be", "possibly leaving" right before a vague amount: what may be. */
const MAY_BE_BEFORE = /\b(?:(?:could|may|might|would)\s+be|(?:possibly|potentially|perhaps)\s+(?:[\p{Ll}]+\s+)?)\s*$/iu;
/** Below this many kilograms an amount is a ration's or a package's size ("8 kg of wheat flour"). */
const RATION_KG = 100; // and litres: "750 g sugar and 1 litre of vegetable oil"
/** After a weight: a hazardous material, what exploded or spilled ("of ammonium nitrate", "of explosives", "of toxic waste"). */
// (not a relief item: "50 tonnes of oil" in a food basket, "20 tonnes of chemicals for water treatment")
const HAZARD_AFTER = /^\s+of\s+(?:(?:highly\s+)?(?:explosive|toxic|hazardous|dangerous)\s+(?:chemicals?|waste|substances?|materials?)|(?:highly\s+)?(?:explosive|toxic|hazardous|dangerous)?\s*(?:ammonium\s+nitrate|explosives|TNT|fireworks|sludge|tailings|crude(?:\s+oil)?))(?![\p{L}])/iu;
/** Before a number of pounds: a weight, then a bracket or "or" ("400 kg (approximately ", "2 tonnes or "). */
const WEIGHT_RESTATED_LEAD = /\d\s?(?:kg|kgs|kilograms?|kilos|tonnes?|tons?|t|mt|MT)\s*(?:\(\s*|\s+or\s+)(?:(?:approximately|about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$/u;
/** How many skipped numbers the notes list one by one. */
const MAX_SKIPPED_NOTES = 500;
const UNKNOWN_PLACE: Place = { id: 'unknown', name: 'Unknown (review)' };

/** Qualifier phrases, longest first so that "no fewer than" wins over "fewer than". */
const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['approximately', 'approximately'], ['approx.', 'approximately'], ['app.', 'approximately'], ['about', 'approximately'],
    ['around', 'approximately'], ['some', 'approximately'], ['roughly', 'approximately'],
    ['an estimated', 'approximately'], ['an estimated number of', 'approximately'], ['an estimated total of', 'approximately'], ['an estimate of', 'approximately'], ['estimated', 'approximately'], ['estimated at', 'approximately'], ['circa', 'approximately'],
    ['c.', 'approximately'], ['~', 'approximately'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['slightly less than', 'nearly'], ['slightly under', 'nearly'], ['nears', 'nearly'], ['nearing', 'nearly'],
    // "the death toll approaches 1,000", "is inching towards 1,000": a count still below the number it nears
    ['approach', 'nearly'], ['approaches', 'nearly'], ['approaching', 'nearly'], ['approached', 'nearly'],
    ['inching towards', 'nearly'], ['inching toward', 'nearly'], ['inching closer to', 'nearly'], ['edging towards', 'nearly'], ['edging toward', 'nearly'], ['edging closer to', 'nearly'],
    ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
    ['just over', 'more-than'], ['well over', 'more-than'], ['tops', 'more-than'], ['topped', 'more-than'], ['exceeding', 'more-than'], ['surpassing', 'more-than'], ['topping', 'more-than'],
    // "rose past 20,000", "soared above 5,300", "surpassed 5,000"
    ['above', 'more-than'], ['past', 'more-than'], ['surpassed', 'more-than'], ['passed', 'more-than'], ['passes', 'more-than'], ['exceeded', 'more-than'], ['exceeds', 'more-than'],
    // "dengue deaths crossed 600"
    ['crossed', 'more-than'], ['crosses', 'more-than'],
    // "the number went beyond one million"
    ['went beyond', 'more-than'], ['gone beyond', 'more-than'], ['goes beyond', 'more-than'],
    ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
    // a comparison denied: "not less than 1,000" is at least 1,000, "no more than 500" at most 500
    ['not fewer than', 'at-least'], ['not less than', 'at-least'],
    ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['a maximum of', 'up-to'],
    ['no more than', 'up-to'], ['not more than', 'up-to'], ['not exceeding', 'up-to'], ['not exceeded', 'up-to'], ['not exceed', 'up-to'], ['not over', 'up-to'], ['not above', 'up-to'],
    // "the death toll could reach 20,000": a projection, at most that many
    ['could reach', 'up-to'], ['may reach', 'up-to'], ['might reach', 'up-to'],
    ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'], ['below', 'fewer-than'],
    // French and Spanish, as bulletins of those countries write them ("plus de 7.400 habitations", "más de 2.000 familias")
    ['plus de', 'more-than'], ['près de', 'nearly'], ['environ', 'approximately'], ['au moins', 'at-least'], ['moins de', 'fewer-than'],
    ['más de', 'more-than'], ['cerca de', 'nearly'], ['alrededor de', 'approximately'], ['al menos', 'at-least'], ['menos de', 'fewer-than'],
    ['no más de', 'up-to'], ['no menos de', 'at-least'], ['pas plus de', 'up-to'], ['pas moins de', 'at-least'],
    // and Portuguese ("mais de 7 mil pessoas")
    ['mais de', 'more-than'], ['pelo menos', 'at-least'],
  ] as Array<[string, Qualifier]>
)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, q]) => [phrase, q] as const);

/** A phrase of QUALIFIERS as an expression anchored at the end of a lead, without its look-behind. */
const qualifierBody = (phrase: string) => `${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s*$`;
/**
 * QUALIFIERS's phrases as alternatives of one expression, in the list's order (`grouped`: each in
 * its own capture group). The phrases that begin with a letter share one look-behind for a letter
 * rather than one each: under the i and u flags each class of every letter costs the expression's
 * compilation about a third of a millisecond, and these two expressions held eighty of them.
 * (Alternatives of one run begin at the same place; a phrase led by a letter and "~" never match at
 * the same place, so the order between runs decides nothing.)
 */
function qualifierAlternatives(grouped: boolean): string {
  const runs: string[] = [];
  let letters: string[] = [];
  const endRun = () => {
    if (letters.length > 0) runs.push(`(?<![\\p{L}])(?:${letters.join('|')})`);
    letters = [];
  };
  for (const [phrase] of QUALIFIERS) {
    const alternative = grouped ? `(${qualifierBody(phrase)})` : qualifierBody(phrase);
    if (/^\p{L}/u.test(phrase)) letters.push(alternative);
    else {
      endRun();
      runs.push(alternative);
    }
  }
  endRun();
  return runs.join('|');
}
/**
 * Every qualifier in one expression, one capture group per phrase in QUALIFIERS's order. All are
 * anchored at the end of the lead, so the leftmost match is the longest phrase: the one the list
 * (longest first) would pick. One scan of the lead instead of one per phrase. (Exported for the
 * test that holds mayEndWithQualifier to it.)
 */
export const ANY_QUALIFIER = new RegExp(qualifierAlternatives(true), 'iu');
/** The last word of every qualifier phrase that ends in a letter ("than" of "more than"). */
const QUALIFIER_LAST_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.map(([phrase]) => /[a-z]+$/.exec(phrase)?.[0]).filter((w) => w !== undefined));
/**
 * Whether ANY_QUALIFIER can match `lead`: its last word is the last word of a phrase, or it ends
 * in a phrase's final punctuation. A cheap test before the expression of forty alternatives, which
 * most leads fail. Conservative: a letter outside ASCII (which case folding could match) lets the
 * expression decide.
 */
export function mayEndWithQualifier(lead: string): boolean {
  let end = lead.length;
  while (end > 0 && /\s/.test(lead[end - 1]!)) end--;
  if (end === 0) return false;
  const last = lead.charCodeAt(end - 1);
  if (last === 0x2e || last === 0x7e) return true; // "approx.", "c.", "~"
  let start = end;
  for (; start > 0; start--) {
    const c = lead.charCodeAt(start - 1);
    if (c > 0x7f) return true;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) break;
  }
  return start < end && QUALIFIER_LAST_WORDS.has(lead.slice(start, end).toLowerCase());
}

const PART_OF = /(?<![\p{L}])(nearly|almost|virtually|practically)\s+all(?:\s+of)?\s+/giu;
const PART_FILLER = /^(?:(?:the|its|their|this|these|those|our|\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*['’]s)\s+)*$/u;
const SOFT_END = /^(?:that|which|who|whose|where|while|whereas|because|but|although|though)$/i;
const PRESENT = /\b(?:currently|now|presently|at present|today|so far|to date|remains?|stands? at|is|are|has|have)\b/i;
/** Hedges that may stand between a context phrase and its number. */
const HEDGE = String.raw`(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|roughly|an\s+estimated|just\s+over)\s+)?`;
/** HEDGE, and the hedges of a ceiling a place's size is given with ("a town of less than 50,000 people"). */
const SIZE_HEDGE = String.raw`(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|roughly|an\s+estimated|just\s+over|less\s+than|fewer\s+than|under|just\s+under|barely)\s+)?`;
/** "a population of (about) ", "population " right before a number: a baseline, not a figure. */
// (not a population of people in need of some kind: "the total target population of 11.9 million", "the refugee population of 700,000")
/** "30,000 households with a population of": the people of the households counted, no baseline. */
const HOUSEHOLDS_POPULATION_LEAD = new RegExp(String.raw`\d[\d,.]*\s+(?:households|families)\s+(?:with|having|comprising|totalling|totaling)\s+a\s+(?:total\s+)?population\s+of\s+${HEDGE}$`, 'iu');
// ("5 departments inhabited by approximately 2.17 million people": the people who live there, a baseline)
// (not a population aid reached: "Caritas India has reached a population of more than 27,000 individuals")
const POPULATION_LEAD = new RegExp(String.raw`(?<!\b(?:target|targeted|affected|displaced|refugee|IDP|returnee|migrant|in-need|camp)\s)(?<!\b(?:reached|reaching|reach|reaches|assisted|assisting|served|serving|supported|supporting|covered|covering|targets|targeting|benefited|benefiting)\s+(?:a\s+|the\s+)?(?:total\s+)?)\bpopulation(?:\s+of)?\s+${HEDGE}$`, 'iu');
/** Before a number: a state, a noun counted, then "were", "increased to", "reached" ("Affected persons were ", "Damaged houses increased to "). */
const STATE_NOUN_ARE_LEAD = /\b(?:affected|displaced|evacuated|damaged|destroyed|injured|missing|dead)\s+(persons|people|individuals|families|households|houses|homes|schools)\s+(?:were|are|now\s+stand\s+at|stand\s+at|stood\s+at|total|totalled|totaled|have\s+reached|reached|increased\s+to|rose\s+to|have\s+risen\s+to|climbed\s+to)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least|an\s+estimated)\s+)?$/iu;
/** After a number: "of these" and a state of damage ("of these completely destroyed", "of which were partially damaged"). */
const OF_THESE_DAMAGED_AFTER = /^\s+of\s+(?:these|those|them|which)\s+(?:(?:were|are|was|is|have\s+been|has\s+been)\s+)?(?:(?:completely|totally|partially|partly|fully|severely|badly)\s+)?(?:destroyed|damaged|collapsed|washed\s+away|flooded|razed)(?![\p{L}])/iu;
/** After a bare number: "are" and a people's or a group's name ("are Kenyans", "were foreigners", "are nationals"). */
const ARE_NATIONALS_AFTER = /^\s+(?:are|were)\s+(?:\p{Lu}\p{Ll}+(?:ans|ians|ese|is|ers|ish|ites)|foreigners|foreign\s+nationals|nationals|citizens|non-nationals)(?![\p{L}])/u;
/** After a bare number: a verb of people crossing into a place named after it ("have entered Colombia", "have crossed into Chad"). */
const PEOPLE_MOVED_INTO_AFTER = /^\s+(?:have|has|had)\s+(?:already\s+|now\s+|reportedly\s+)?(?:entered|crossed\s+into|crossed\s+the\s+border\s+into|arrived\s+in|fled\s+(?:to|into))\s+\p{Lu}/u;
/** Right before a number: "another", "a further", "an additional" (more of what was said before). */
const FURTHER_AMOUNT_LEAD = /\b(?:another|a\s+further|an\s+additional)\s+$/i;
/** An amount of money as written: a currency sign or code right before digits ("Tk 2.5 million", "$3", "USD 40"). */
const AMOUNT_WRITTEN = /(?:[$€£¥₹৳₱₦]|(?<![\p{L}])(?:Tk|Rs|Rp|[A-Z]{3})\.?\s?)\d/u;
/** Before a number: a noun of casualties or arrivals, then "are", "stand at", "reached" ("Deaths so far this year are "). */
const CASUALTIES_ARE_LEAD = /\b(?:deaths|fatalities|casualties|arrivals|injuries|cases)\s+(?:(?:so\s+far|to\s+date|this\s+year|in\s+\d{4}|overall|in\s+all)\s+){0,2}(?:are\s+now|are|were|now\s+stand\s+at|stand\s+at|stood\s+at|total|totalled|totaled|have\s+reached|reached|rose\s+to|have\s+risen\s+to|climbed\s+to)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least|an\s+estimated)\s+)?$/iu;
/** Right before a number: a day and a month's name ("12 December "), whose year the number is. */
const DAY_MONTH_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/u;
/** Right before a number: a rate of tests ("positivity rate is at ", "test positivity of "). */
const TEST_RATE_LEAD = /\b(?:positivity|test\s+positivity|positive\s+rate)(?:\s+rate)?\s+(?:is|was|stands|stood|of|at|remains|rose\s+to|fell\s+to)?\s*(?:at\s+)?$/iu;
/** After a small number: witnesses or officials who said it ("two residents said", "three officials told Reuters"). */
const WITNESSES_SAID_AFTER = /^\s+(?:other\s+)?(?:residents|witnesses|officials|sources|medics|doctors|villagers|security\s+sources|local\s+officials|aid\s+workers)\s+(?:said|told|say|says|reported|confirmed)(?![\p{L}])/iu;
/** After a percentage: of the people who will be or are protected (a vaccine's efficacy). */
const PROTECTED_SHARE_AFTER = /^\s*(?:%|per[\s-]?cent|percent)(?:\s*\[\d+\])?\s+of\s+(?:the\s+)?(?:individuals|people|persons|children|those)\s+(?:vaccinated\s+|immunised\s+|immunized\s+)?(?:will\s+be|are|were|would\s+be)\s+protected(?![\p{L}])/iu;
/** Right before a percentage: a verb of damage, so the percentage is its degree ("damaged between 50 and 100 percent", "destroyed up to 80%"). */
const DAMAGE_DEGREE_LEAD = /\b(?:damaged|destroyed)\s+(?:(?:between|by|up\s+to|about|around|some|over|more\s+than|nearly|almost)\s+)?$/iu;
/** Before a number: a comma, then a place's name (perhaps "the city of"), as in "..., Lombok Timur 11, the city of Mataram 7". */
const NAMED_ITEM_LEAD = /[,;:]\s+(?:and\s+)?(?:the\s+(?:city|district|province|regency|municipality|town|county|state)\s+of\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+$/u;
/** The unit a distribution's items name where one names it ("Siaya and Migori 18 cases each"). */
function distributionUnit(sentence: string): string | undefined {
  const m = /\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+\d[\d,.]*\s+(\p{Ll}+)/u.exec(sentence);
  return m === null ? undefined : unitOfNoun(m[1]!);
}
/** A sentence opening with a distribution's label ("County distribution: ", "By region: "). */
const DISTRIBUTION_OPENING = /^\s*(?:[\p{L}-]+\s+){0,2}(?:distribution|breakdown)(?:\s+by\s+[\p{L}-]+)?\s*:|^\s*(?:by|per)\s+(?:county|region|province|district|state|governorate)\s*:/iu;
/** After it: the item ends (a comma, "and", the sentence's end). */
const NAMED_ITEM_AFTER = /^\s*(?:[,;.]|and\s|$)/u;
/** Earlier in the sentence: the first item, a place's name, its number and its noun, then a comma ("Lombok Utara 273 fatalities,"). */
const NAMED_ITEM_FIRST = /(?:^|[:,;]\s*)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+\d[\d,.]*\s+\p{Ll}+\s*[,;]/u;
/** Right after a number or its unit: "or more", "or above" (at least that many). */
const OR_MORE_AFTER = /^\s+or\s+(?:more|above)(?![\p{L}])/u;
/** "in 5,895 barangays", "across 12 districts": the number of places a count covers, no other count between its noun and its number. */
const PLACES_COUNTED_IN = /\b(?:in|across|from)\s+\d[\d,. ]*\s+(?:barangays|villages|districts|municipalities|provinces|communes|regions|towns|cities|counties|states|localities|governorates|townships|upazilas|unions|wards|camps|sites)\b/giu;
/** A sentence opening "Of the" or "Out of the" before a number: the whole a part is taken from. */
const OF_THE_WHOLE_OPENING = /^\s*(?:Of|Out\s+of)\s+(?:the|its|their)\s+(?:estimated\s+|total\s+)?$/u;
/** After that number: the people living in a place named, then a comma and the part ("... people in Myanmar, about 14.4 million"). */
const WHOLE_IN_PLACE_AFTER = /^\s+(?:people|persons|inhabitants|residents)\s+(?:living\s+|who\s+live\s+)?in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*,\s*(?:[\p{Ll}]+\s+){0,3}\d/u;
/** "inhabited by (approximately) ": the people who live in the places named, a baseline where they are people or inhabitants. */
const INHABITED_LEAD = new RegExp(String.raw`\binhabited\s+by\s+${HEDGE}$`, 'iu');
/** A verb of harm or displacement before "(most) of its", "of Ostra's": those people are the figure ("evacuated most of its 3,000 residents"). */
const HARM_OF_POSSESSED_LEAD = /\b(?:evacuat|displac|kill|injur|affect|relocat|uproot|rescu|forc)\w*\s+(?:(?:most|all|many|some|half|part|much|the\s+majority|nearly\s+all|almost\s+all)\s+)?of\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s|its|their)\s+(?:estimated\s+|entire\s+|total\s+|whole\s+)?$/iu;
/** After "one house": "to another", "at a time" (going through them one by one). */
const ONE_BY_ONE_AFTER = /^\s+(?:(?:to|after)\s+(?:another|the\s+next|the\s+other)|at\s+a\s+time(?!\s+(?:when|of|where|that|in)\b))(?![\p{L}])/iu;
/** "of" and a place's possessive right before a number of generic people: "80% of South Sudan's ", "half of Gaza's estimated ". */
// (after "of", or "its", "their": the whole a share is of; "Tembe's 14,000 residents have been without water" is a figure)
const POSSESSED_PEOPLE_LEAD = /\b(?:of|for|among)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s|its|their)\s+(?:estimated\s+|entire\s+|total\s+|whole\s+)?$/u;
/** After a place's people: words of need or harm, which make them a figure ("Ostra's 2 million people affected"). */
const PEOPLE_IN_NEED_AFTER = /^\s+(?:who\s+(?:are|were)\s+)?(?:affected|displaced|in\s+need|need|needing|require|requiring|facing|face|killed|injured|evacuated|fled|homeless|food[-\s]insecure|at\s+risk|targeted|reached|assisted)(?![\p{L}])/iu;
/** "home to ", "a city of ", "a town with " right before a number of generic people: a place's size, not a figure. */
const CONTEXT_LEAD = new RegExp(
  // ("the crowded coastal territory of 2.2 million people": up to two words between)
  String.raw`(?:\bhome\s+to|\b(?:a|the|an|its|this)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:city|town|village|district|province|region|country|nation|municipality|island|capital|state|metropolis|area|territory|strip|enclave)\s+(?:of|with))\s+${SIZE_HEDGE}$`,
  'iu',
);
/**
 * Inside parentheses, a sex labelled before its number with a dash or a colon, first or after a
 * semicolon or comma: "(female - 73; male - 54)", "(F: 73, M: 54)". The parenthesis stays open.
 */
const SEX_LABEL_LEAD = /\((?:[^()]*[;,]\s*)?(female|male|women|men|girls|boys|F|M)\s*[-–:]\s*$/u;

/** After a duration: the war or conflict it measures ("13 years of civil war", "1,000 days of full-scale war"), context and no figure. */
const WAR_LENGTH_AFTER = /^(?:\s*(?:years?|months?|weeks?|days?))?\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:war|conflict|fighting|violence|insurgency|unrest|occupation|hostilities)(?![\p{L}])/iu;
/** After a distance: a compass direction "of" a place, perhaps after an equivalent in brackets ("(62 miles) south of"). */
const COMPASS_AFTER = /^\s*\)?\s*(?:\([^()]{0,24}\)\s*)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of\b/iu;
/** Before a distance: the writer or responders as the ones who travelled ("We had to walk ", "our team drove "). */
const RESPONDERS_TRAVEL_LEAD = /(?<![\p{L}])(?:we|I|(?:our|my)\s+(?:team|teams|colleagues|staff)|colleagues|staff|doctors|nurses|volunteers|rescuers|aid\s+workers)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:walk|walked|walking|travel(?:l?ed)?|travell?ing|drove|drive|driving|trek(?:ked)?|hiked)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?$/iu;

/** A people's plural, "whose numbers", and the level they reached: "Afghans, whose numbers quadrupled to ". */
const WHOSE_NUMBERS_LEAD = new RegExp(String.raw`(\p{L}+),?\s+whose\s+numbers?\s+(?:(?:have|has|had)\s+)?(?:\p{Ll}+ly\s+)?(?:rose|risen|grew|grown|increased|doubled|tripled|quadrupled|jumped|climbed|fell|fallen|dropped|declined|reached|stood\s+at|stand\s+at)\s+(?:to\s+)?${HEDGE}$`, 'u');
/** "the 2015 figure was ", "the figure stood at ": a count the paragraph already named, for another place or year. */
const THE_FIGURE_WAS_LEAD = new RegExp(String.raw`\b[Tt]he\s+(?:(?:19|20)\d\d\s+|same\s+|comparable\s+|corresponding\s+|equivalent\s+)?figure\s+(?:(?:there|for\s+\p{Lu}[\p{L}'’-]*)\s+)?(?:was|is|stood\s+at|stands\s+at|reached|rose\s+to|fell\s+to)\s+${HEDGE}$`, 'u');
/** "with ", perhaps a hedge, right before a number. */
const WITH_LEAD = new RegExp(String.raw`\bwith\s+${HEDGE}$`, 'iu');
/** "which normally has some " right before a number of inhabitants or residents: the people a place has in ordinary times (not "Vell has 60,000 residents", a population drafted as such). */
/** "which has ", "that had ": a place's size before its inhabitants. */
const WHICH_HAS_LEAD = new RegExp(String.raw`\b(?:which|that)\s+(?:has|had|counts)\s+${HEDGE}$`, 'iu');
const HAS_INHABITANTS_LEAD = new RegExp(String.raw`\b(?:normally|usually|ordinarily|once)\s+(?:has|had|have|counts|counted)\s+${HEDGE}$`, 'iu');
/** "the total target population of ", "the refugee population of ", "the IDP population stands at ": a count of people of that kind. */
const GROUP_POPULATION_LEAD = new RegExp(String.raw`\b([Tt]arget|[Tt]argeted|[Aa]ffected|[Dd]isplaced|[Rr]efugee|IDP|[Rr]eturnee|[Mm]igrant|[Cc]amp)\s+population(?:\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:of|stands\s+at|stood\s+at|is|was|reached|totals|totalled|numbers|with)\s+${HEDGE}$`, 'u');
/** "Injuries are estimated at ", "Deaths in Ostra now stand at ", "the dead totalled ": the level casualties reached, their noun before it. */
const CASUALTIES_LEVEL_LEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the\s+)?(?:injuries|deaths|fatalities|casualties)|the\s+(?:injured|dead|wounded))(?:\s+(?:in|among|from|across|of)\s+[^.;:\d]{1,40}?)?\s+(?:(?:are|were|is|was|have|has|had|now|so\s+far|officially|been)\s+)*(?:estimated\s+at|put\s+at|stand\s+at|stands\s+at|stood\s+at|totall?ed|totals|total|numbered|number|reached|rose\s+to|risen\s+to|climbed\s+to)\s+${HEDGE}$`,
  'iu',
);
/** After "the remaining" so many: they are people served or staying somewhere ("are being served outside evacuation centers", "are staying with relatives"). */
// (not things that stay open or closed: "the remaining two are staying open")
const REMAINING_PEOPLE_AFTER = /^\s+(?:are|were|remain)\s+(?:(?:still|now|currently|being|temporarily)\s+){0,2}(?:served|assisted|staying|sheltering|sheltered|hosted|living|accommodated|housed|outside|with\s+(?:host|relatives|friends|families))(?![\p{L}])(?!\s+(?:open|closed|shut|operational|functional|empty|unused)(?![\p{L}]))/iu;
/** Before or after a percentage: a likelihood ("a probability of more than ", "a 70% chance"). */
const PROBABILITY_LEAD = /\b(?:probability|likelihood|chance|odds)\s+of\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|at\s+least|up\s+to|less\s+than)\s+)?$/iu;
const PROBABILITY_AFTER = /^\s+(?:chance|probability|likelihood|odds)(?![\p{L}])/iu;
/** Before a percentage: a price or a cost changed by it ("the cost of fertilizer by ", "prices of maize rose by ", "... and energy by "). */
const PRICE_CHANGE_LEAD = /\b(?:prices?|costs?|inflation|tariffs?|fares?|rents?)\b[^.;:]{0,100}?\bby\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|up\s+to|as\s+much\s+as)\s+)?$/iu;
/** After a day: the rest of a span of days of one month ("24 to 30 November", "12-15 June", "7 and 8 May"). */
const DAY_SPAN_AFTER = /^\s*(?:to|-|–|and|until|through|till)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\p{L}])/u;
/** Before a quake's magnitude: "measuring ", "measuring 7.7 and "; and after it, the scale ("on the Richter scale", "magnitude"). */
const MEASURING_LEAD = /\bmeasur(?:ing|ed)\s+(?:\d\.\d\s+(?:and|or)\s+)?$/i;
const MAGNITUDE_SCALE_AFTER = /^\s*(?:(?:and|or)\s+\d\.\d\s+)?(?:on\s+the\s+(?:Richter|moment\s+magnitude|magnitude)|(?:-|\s)?magnitude|Mw?\b)/i;
/** After a year: the count of that year it names ("2025 case count", "2024 death toll", "2023 figures"). */
const YEAR_OF_A_COUNT_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:count|toll|tally|total|figures?)(?![\p{L}])/iu;
/**
 * "the victims are 3,426, the evacuees are 7,301, the sheltered are 874", "the cumulative confirmed cases reported are 3 314":
 * a group of people named before a bare "are" and its number (a newsroom's translation of a bulletin's "los damnificados son").
 */
const THE_GROUP_ARE_LEAD = new RegExp(
  String.raw`(?<![\p{L}])the\s+(?:(?:injured|dead|wounded|victims|evacuees|evacuated|sheltered|assisted|affected|displaced|missing|homeless|deaths|injuries|fatalities|casualties)|(?:(?:cumulative|total|confirmed|suspected|new)\s+){0,3}cases(?:\s+(?:reported|recorded|registered|so\s+far))?)\s+(?:are|were|number|numbered|total|totalled|totaled)\s+(?:now\s+)?${HEDGE}$`,
  'iu',
);
/** "Internal displacement reached a record ", "displacement in Pell has risen to ": the level a displacement reached, in people. */
const DISPLACEMENT_LEVEL_LEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:internal|total|new|global)\s+)?displacement(?:\s+(?:in|across|within)\s+[^.;:\d]{1,40}?)?\s+(?:(?:has|had|have|now|so\s+far)\s+)*(?:reached|hit|rose\s+to|risen\s+to|climbed\s+to|stood\s+at|stands\s+at|totall?ed)\s+(?:(?:a|an|the)\s+(?:(?:new\s+)?record|all-time\s+high|new\s+high)(?:\s+of)?\s+)?${HEDGE}$`,
  'iu',
);
/** "the deaths of at least 70 people and injuries to more than 200": a casualty noun and "to" or "of" before a bare number. */
const INJURIES_LEAD = new RegExp(String.raw`\b(?:injuries|deaths)\s+(?:to|of|among)\s+${HEDGE}(?:at\s+least\s+|up\s+to\s+)?$`, 'iu');
/**
 * "the number had climbed to (more than) ", "the refugee population in 14 camps stood at ": a level
 * a count of people has reached, with the noun left out after the number.
 */
const LEVEL_LEAD = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:total\s+)?(?<count>number|total|tally)(?<died>\s+(?:known|confirmed|reported|believed)\s+to\s+have\s+(?:died|been\s+killed)(?:\s+in\s+[^.;:]{1,40}?)?)?|(?<=\bthe\s+(?:(?:latest|new|official|updated|revised|most\s+recent|overall)\s+)?)(?<figure>figures?)|(?<group>refugee|IDP|displaced|migrant|returnee|evacuee|affected|food[\s-]+insecure)\s+population(?:\s+(?:in|across)\s+[^.;:]{1,60}?)?|(?:death\s+)?(?<toll>toll|(?<=death\s+)count)(?:\s+(?:since|from|in|for|following|after|of)\s+(?:[^.;:\d]|(?<!\d)(?:\d{1,2}|(?:19|20)\d\d)(?!\d)|(?<=magnitude[\s-]|M)\d\.\d(?!\d)){1,90}?)?|the\s+(?<population>population)\s+(?:facing|in\s+need|affected|displaced|targeted)[^.;:]{0,60}?|(?:loss|losses)\s+of\s+(?<livestock>livestock|cattle|animals)[^.;:\d]{0,40}?|(?<livestockToll>livestock|cattle|animal)\s+(?:deaths?\s+|loss\s+)?(?:toll|count)|(?<!\b(?:of|daily|weekly|monthly|hourly)\s+(?:[\p{L}-]+\s+){0,3})(?<casualties>deaths|fatalities|casualties|cases|infections|hospitali[sz]ations)(?:\s+(?:in|across|from|since|this|so|due\s+to|caused\s+by|of)\s+(?:[^.;:\d]|(?<!\d)(?:\d{1,2}|(?:19|20)\d\d)(?!\d)){1,70}?)?)(?:,?\s+(?:which|that))?\s+(?:(?:there|here)\s+)?(?:(?:has|had|have)\s+)?(?:(?:now|already|since|meanwhile|also|further|again)\s+)?(?:(?:is|are|was|were)\s+(?:likely|expected|projected|forecast|set)\s+to\s+(?:reach|rise\s+to|increase\s+to|climb\s+to|grow\s+to)|(?:could|may|might|will|would)\s+(?:soon\s+|eventually\s+)?(?:reach|rise\s+to|climb\s+to|surge\s+to|increase\s+to|grow\s+to|go\s+up\s+to)|stood\s+at|stands\s+at|stand\s+at|(?:were|was)\s+(?:recorded|reported|registered)\s+at|reached|climbed\s+to|rose\s+to|risen\s+to|surged\s+to|surge\s+to|mounted\s+to|grew\s+to|grown\s+to|increased\s+to|jumped\s+to|skyrocketed\s+to|soared\s+to|dropped\s+to|fell\s+to|fallen\s+to|declined\s+to|surpassed|exceeded|topped|passed|crossed|breached|passes|surpasses|exceeds|tops|crosses|breaches|reaches|approach|approaches|approached|approaching|nears|neared|nearing|(?:is\s+|are\s+)?(?:inching|edging)\s+(?:towards?|closer\s+to)|rises\s+to|climbs\s+to|hits|(?<=\b(?:this|that|the)\s+(?:number|total|figure|toll)\s+(?:(?:now|already|since|meanwhile|also|further|again)\s+)?)(?:is|was)(?:\s+(?:already|now|still|just))?)\s+(?:the\s+)?${HEDGE}(?:at\s+least\s+|as\s+many\s+as\s+|up\s+to\s+)?$`,
  'iu',
);
/** "brings to ", "bringing to nearly " before a number that the total it names follows ("brings to 94,000 the estimated number of people"). */
const BRINGS_TO_LEAD = new RegExp(String.raw`\b(?:bringing|brings|bring|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed)\s+to\s+${HEDGE}(?:at\s+least\s+|nearly\s+|almost\s+)?$`, 'iu');
/** After such a number: the total it is, and the noun it counts ("the estimated number of people", "the death toll"). */
const INVERTED_TOTAL_AFTER = /^\s+the\s+(?:(?:estimated|total|overall|cumulative|official)\s+)?(?:(?:number|total|tally|count)\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)|(death)\s+toll)(?![\p{L}])/u;
/** The first of up to three words that names a count of people or households ("internally displaced persons": "displaced"). */
function firstCountNoun(words: string): string | undefined {
  return words.toLowerCase().split(/\s+/).find((w) => isCountUnit(unitOfNoun(w) ?? ''));
}
/** "bringing the tally to ", "taking the total number of ... to (more than) ", "taking the total tally since the start of the year to over ": the total a count before reaches. */
const BRINGING_TOTAL_LEAD = new RegExp(
  // ("this week it lifted the estimate to 10.1 million": an estimate revised up)
  // ("This raises the total registered South Sudanese population to 380,818": a few words of whose total)
  String.raw`\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised|lifting|lifts|lifted|revising|revises|revised|upping|upped|increasing|increased)\s+(?:the|its|their)\s+(?:(?:overall|total|cumulative)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:tally|total|number|toll|count|figure|estimate|forecast|projection|population)(?:\s+(?:of|since|for|in|so\s+far|who)\s+[^.;:\d]{1,40}?)?\s+to\s+${HEDGE}(?:at\s+least\s+|nearly\s+|almost\s+)?$`,
  'iu',
);
/** "taking the total fatalities from the infection to ", "bringing the overall deaths to over ": a total of a count noun named before the number. */
const TOTAL_NOUN_TO_LEAD = new RegExp(
  String.raw`\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\s+(?:the\s+|its\s+|their\s+)?(?:total|overall|cumulative)\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)(?:\s+(?:of|from|since|for|in|so\s+far)\s+[^.;:\d]{1,40}?)?\s+to\s+${HEDGE}(?:at\s+least\s+|nearly\s+|almost\s+)?$`,
  'iu',
);
/** Before the second of a pair of numbers: two counts named, then the pair ("the total cases and deaths to 22,863 and "). */
const PAIR_OF_COUNTS_LEAD = /\b(?:cases|deaths|infections|fatalities|injuries|recoveries)\s+and\s+(?:cases|deaths|infections|fatalities|injuries|recoveries)\s+(?:to|at|of|stood\s+at|reached|rose\s+to|were|are|is|was)\s+[\d,.]+\s+and\s+$/i;
/** ", and ", " and (some) " right before a number. */
const AND_LEAD = new RegExp(String.raw`(?:,\s*|\s)and\s+${HEDGE}$`, 'iu');
/** "his wife and ", "her ", "their two sons and ": a possessive before the count of a family's own members. */
// (or a parent of them: "the father of two young children", "a mother of five"; not "the parents of 43 missing students", many families)
const OWN_FAMILY_LEAD = /(?<![\p{L}])(?:(?:his|her|their)\s+(?:(?:wife|husband|mother|father|parents|son|daughter|sister|brother|grandmother|grandfather)\s+and\s+)?|(?:father|mother|grandfather|grandmother)\s+of\s+)$/iu;
/** "(where 3,000 families) once called home", "(a town 40,000 people) call home": the people a place had. */
/** After people: they live in or around a named place ("live in and around Muscat"; not "live in camps", "live in poverty"). */
/** A count of countries or areas earlier in the clause ("in 14 affected nations and boosting readiness in "): what "N others" counts more of. */
const PLACES_COUNTED_BEFORE = /(?<![\p{L}\p{N}.,])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[\p{L}-]+\s+){0,2}?(?:nations|countries|states|territories|provinces|districts|regions|municipalities|counties|governorates|departments|cities|towns|villages)(?![\p{L}])[^.;:\d]{0,70}$/iu;
/** A place's possessive and perhaps a hedge right before a number ("Mongolia's ", "the country's estimated "). */
const POSSESSIVE_SIZE_LEAD = /['’]s\s+(?:(?:estimated|entire|total|whole)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately)\s+)?$/iu;
/** After a number: "population" as its noun (its scale before it), and no word of need or harm after ("Mongolia's 3 million population lives off herding"). */
const POSSESSED_POPULATION_AFTER = /^(?:\s*(?:million|billion|thousand|m|bn))?\s+population(?![\p{L}])(?!\s+(?:who\s+(?:are|were)\s+)?(?:affected|displaced|in\s+need|need|needing|facing|face|faces|killed|injured|evacuated|fled|homeless|food[-\s]insecure|at\s+risk|targeted|reached|assisted)(?![\p{L}]))/iu;
/** A place's relative clause right before its people: ", where (about) ", ", in which ". */
const WHERE_LEAD = new RegExp(String.raw`(?:,|\p{Lu}[\p{L}'’-]*)\s+(?:where|in\s+which)\s+${SIZE_HEDGE}$`, 'u');
/** After its people: living there, and no word of harm or need, shelter or camps, up to the clause's end ("live", "were residing"). */
const WHERE_LIVE_AFTER = /^\s+(?:(?:currently|normally|usually|still)\s+)?(?:live|lived|reside|resided|(?:are|were)\s+(?:living|residing))(?![\p{L}])(?![^.;:]*\b(?:affected|displaced|in\s+need|tents?|camps?|shelters?|makeshift|poverty|fear|without|under\s+(?:siege|threat)|at\s+risk|food[-\s]insecure|flood|damaged|destroyed)\b)/iu;
const LIVE_IN_PLACE_AFTER = /^\s+(?:live|lives)\s+(?:in\s+and\s+around|in|around|near|along)\s+(?:the\s+)?\p{Lu}/u;
/** Before a number of people: a place noun's possessive ("the oil-exporting country's ", "the city's estimated "). */
const PLACE_NOUN_POSSESSIVE_LEAD = /\b(?:country|nation|city|capital|island|islands|state|territory|kingdom|republic|region|province)['’]s\s+(?:estimated\s+|entire\s+|total\s+|whole\s+)?$/iu;
const CALLED_HOME_AFTER = /^\s+(?:once\s+|still\s+|had\s+|have\s+)?call(?:ed|s)?\s+home(?![\p{L}])/iu;
/** "the number of Syrians registered ... had surpassed ": a count of a people named by its capitalised plural. */
const NUMBER_OF_WORDS = /\b(?:[Nn]umber|[Tt]otal|[Tt]ally|[Cc]ount)\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?![\p{L}-])([^.]*)$/u;

/**
 * "the number of Sudanese refugees in Chad ... reached", "the total of Rohingyas ... stood at": a
 * people named in the plural (isPeoplePlural) within three words of "number of" and the rest of the
 * lead after it, in the shape of a match ([1] the people, [2] the rest), or null.
 */
function numberOfAPeople(lead: string): { 0: string; 1: string; 2: string; index: number } | null {
  const m = NUMBER_OF_WORDS.exec(lead);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  let rest = m[2]!;
  for (let i = words.length - 1; i >= 0; i--) rest = ` ${words[i]}${rest}`;
  // the first word that names a people, with what follows it
  for (const word of words) {
    rest = rest.slice(word.length + 1);
    // ("the number of injured has meanwhile risen to 799": the injured, the dead, the displaced are people)
    if (isPeoplePlural(word, rest.slice(0, 32)) || (PEOPLE_PARTICIPLES.has(word.toLowerCase()) && !/^\s+(?!(?:has|have|had|is|are|was|were|now|meanwhile|already|also|rose|risen|rises|reached|reaches|stood|stands|remains|totals|exceeds|exceeded|increased|climbed|jumped|grew|crossed|crosses|passed|passes|surpassed|surpasses|topped|tops|hit|hits|neared|nears|in|at|to|from|across)\b)\p{L}/u.test(rest))) return { 0: m[0], 1: word, 2: rest, index: m.index };
  }
  return null;
}
/** "were recorded at ", the level a count was recorded at, where "at" may also be a time or a place ("recorded at 9 am", "reported at 14 of the 20 sites"). */
const RECORDED_AT = /\b(?:were|was)\s+(?:recorded|reported|registered)\s+at\s+(?:\S+\s+)?$/i;
/** After such a level: the clause ends, or a place or a date follows ("were recorded at 46, while ...", "... at 46 in Ostra"). */
// (not a time of day: "reported at 8 in the evening", "at 8 on Monday morning")
const LEVEL_ENDS = /^\s*(?:[.,;:)]|$|\s(?:in|on|as\s+of|by|since|across|till|until)\s(?!(?:the\s+)?(?:morning|afternoon|evening|night)\b|\p{Lu}\p{Ll}+day\s+(?:morning|afternoon|evening|night)\b))/u;
/** After a number: "of these", "of the", "of those", before words that describe the noun counted ("123 million of these at-risk people"). */
const OF_THESE_DETERMINER = /^\s+of\s+(?:the|these|those)(?=\s)/iu;
/** The noun counted at `at`, after at most three words that describe it, when it counts people or households. */
function countNounAfter(text: string, at: number, limit: number): NounUnit | undefined {
  const n = nounAfter(text, at, limit);
  return n !== undefined && !('ambiguous' in n) && isCountUnit(n.unit) && n.modifiers.length <= 3 ? n : undefined;
}
/** " of the estimated 1.2 million", " of some 3,000": a whole counted in a number after a number that is a part of it. */
// ("providing money to about 131,000 out of over 240,000 refugees": "out of" too, the article left out)
const OF_A_WHOLE_AFTER = /^\s+(?:of\s+(?:the|an|these|those)|out\s+of(?:\s+(?:the|an))?)\s+(?:(?:estimated|reported|total|registered)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|approximately)\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?=\s)/iu;
/** "Of the new patients, ", "Among these displaced families, ": a sentence that opens with a group its number is a part of. */
const OF_THE_GROUP_LEAD = new RegExp(
  String.raw`^\s*["“]?(?:Of|Among)\s+(?:the|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?(people|persons|patients|cases|refugees|children|households|families|victims|migrants|evacuees|IDPs|residents|individuals|returnees|survivors)\s*,\s*${HEDGE}$`,
  'u',
);
/** A verb right after the number: the number is the subject ("982 were admitted", "40 died"). */
const GROUP_VERB_AFTER = /^\s+(?:were|are|was|is|have|had|remain|remained|died|live|lived|received|need|needed|required|returned)\b/;
/** Participles that name people on their own after "the number of" ("the number of injured"). */
const PEOPLE_PARTICIPLES: ReadonlySet<string> = new Set(['injured', 'wounded', 'dead', 'displaced', 'missing', 'homeless', 'evacuated']);
/** " in Malawi", " in June" right after a bare number: the next item of a list of counts by place or time. */
/** After a number: a plural noun of its own ("at least 65 centres ... have yet to be assessed"), so no count of the people a sentence names. */
const OWN_PLURAL_AFTER = /^\s+(?!(?:is|was|has|as|us|its|this|thus|plus|less|across|whereas|perhaps|always)(?![\p{L}]))\p{Ll}[\p{Ll}-]*[^s\W]s(?![\p{L}])/u;
/**
 * "numbers of people" and a verb of their level right before the number ("Overall numbers of people
 * forced to flee rose to 120 million"): the plural is vague, so only its level counts them, not any
 * later number of the sentence ("according to Situation Report 12"). Groups as NUMBER_OF_PEOPLE_LEAD's.
 */
// (or where they are recorded, each place's number in parentheses: "the highest numbers of deaths are recorded in the departments of Arequipa (17)")
const NUMBERS_OF_PEOPLE_LEVEL_LEAD = /\bnumbers\s+of\s+(?:[\p{L}-]+\s+){0,3}?(people|persons|refugees|individuals|children|households|families|idps|migrants|returnees|arrivals|beneficiaries|deaths|fatalities|casualties|cases)\b([^.;]{0,80}?\b(?:(?:rose|risen|rise|rises|reached|reach|reaches|stood|stands|climbed|grew|grown|jumped|swelled|increased|totalled|totaled|made\s+up)\s+(?:to\s+|at\s+)?(?:(?:about|around|some|over|more\s+than|nearly|almost|an\s+estimated)\s+)?|(?:recorded|reported|registered|noted)\s+in\s+[^.;()\d]{1,80}\(\s*))$/iu;
/** Before a number, a sentence that compares it with the count before it: "This compares to ", "compared with some ". */
const COMPARES_TO_LEAD = /(?:^|[.;]\s+|\b(?:This|That|It|which)\s+)compares?\s+(?:to|with)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|just\s+over|an\s+estimated)\s+)?$/iu;
/** Before a number: numbers of a people pushed, brought or risen to it ("pushed refugee numbers to ", "IDP figures rose to "). */
const PEOPLE_NUMBERS_TO_LEAD = /\b(?:refugee|IDP|migrant|returnee|arrival|displacement|displaced|asylum)\s+(?:numbers|figures|totals?|counts?)\s+(?:(?:have|has|had)\s+)?(?:(?:rose|risen|climbed|jumped|grown|grew|reached|swelled|swollen)\s+)?(?:to|at)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|an\s+estimated)\s+)?$/iu;
/** After a bare number: people left without what they need ("140,000 Without Homes", "are still without water"). */
const WITHOUT_NEEDS_AFTER = /^\s+(?:(?:are|were|remain|remained|still|now|left|living)\s+){0,2}without\s+(?:a\s+|any\s+)?(?:homes?|shelter|a\s+roof|roofs?|schools?|schooling|education|water(?:\s+supply)?|drinking\s+water|power|electricity|food|healthcare|health\s+care)(?![\p{L}])/iu;
/** Right before a number in parentheses: a rounded count ("almost 1.5 million (").  */
const ROUNDED_BEFORE_PAREN = /(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s+(million|thousand)\s*\($/u;
/** Whether `value` is the exact count a rounded count right before its parenthesis stands for (within a tenth). */
function isExactOfRounded(lead: string, value: number): boolean {
  const m = ROUNDED_BEFORE_PAREN.exec(lead);
  if (m === null) return false;
  const rounded = Number(m[1]) * (m[2] === 'million' ? 1e6 : 1e3);
  return value !== rounded && Math.abs(value - rounded) <= rounded / 10;
}
/** Before a sentence's number: at most three words of place or time ("In Pell ", "140,000 Without Homes" opens its line). */
const OPENING_LEAD = /^\s*(?:[\p{L}-]+,?\s+){0,3}$/u;
/** Before a rounded count and its parenthesis: money, or a past level ("$1.5 million (", "up from 1.9 million ("). */
const ROUNDED_NOT_COUNT_BEFORE = /(?:[$€£¥₹]|\b[A-Z]{3}\s?|\b(?:up|down)\s+from\s+(?:(?:about|around|some|over|nearly|almost)\s+)?)\d[\d.,]*\s+(?:million|thousand)\s*\($/u;
/** After such an item: its own people or harm ("40 in the village were killed", "300 in the camps were children"). */
const GAPPED_PEOPLE_AFTER = /^[^.;,]{0,60}?\b(?:killed|injured|wounded|died|dead|missing|displaced|evacuated|children|people|persons|women|men|families|households)\b/iu;
/** Before an item of a list whose noun is left out: a comma, "and", "with", "while" (perhaps a hedge). */
const GAPPED_ITEM_LEAD = /(?:,|;|\band|\bwith|\bwhile|\bwhereas)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|approximately)\s+)?$/iu;
/** After such an item: where they are, perhaps after a participle ("in hospitals", "at home", "dying on the streets", "staying with host families"). */
// (or a dash for the verb left out, before a place: "1,830,711 people fled to Poland, 459,485 – to Romania")
const GAPPED_ITEM_AFTER = /^(?:\s+\((?:\d[\d,.]*|\p{Ll}+)\))?\s+(?:(?:still\s+)?(?:dying|staying|living|sheltering|remaining|hiding|sleeping|sheltered|housed|hosted)\s+)?(?:in|at|on|inside|outside|within|with|under)\s+(?!\d)[\p{Ll}]|^\s?[–—]\s?(?:to|in|into|from)\s+\p{Lu}/u;
/** Such words that say when or in what state, not where ("in the same period", "at the end of", "in need"). */
const GAPPED_TIME_AFTER = /^(?:\s+\(\d[\d,.]*\))?\s+(?:[\p{Ll}]+\s+)?(?:in|at|on|within|with|under)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:same|past|last|first|previous|next|following|coming|end|beginning|start|morning|evening|afternoon|night|week|weeks|month|months|year|years|day|days|time|period|total|all|least|most|risk|average|once|this|that|each|which|whom|need|urgent)(?![\p{L}])/u;
/** "to" or "into" a name after a bare number ("and 7,000 to Ethiopia"): a destination only after a verb of movement (TO_NAME_AFTER, MOVEMENT_BEFORE). */
const TO_NAME_AFTER = /^\s+(?:each\s+)?(?:to|into)\s/u;
const MOVEMENT_BEFORE = /\b(?:fled|flee|fleeing|flees|crossed|crossing|moved|moving|arrived|arriving|returned|returning|relocated|evacuated|displaced|deported|sent|transferred|headed|went|gone|travell?ed|migrated)\b/iu;
const IN_NAME_AFTER = new RegExp(
  String.raw`^\s+(?:each\s+)?(?:in|from|(?:to|into)(?=\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))))\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?(?:${AREA_KINDS_OF}\s+)?\p{Lu}|^\s+in\s+(?:19|20)\d\d(?!\d)`,
  'u',
);
/** "houses reported damaged ... were placed at ", "deaths, meanwhile, are pegged at ": a noun, then the level its count is put at. */
const PLACED_AT_LEAD = new RegExp(
  String.raw`\b(houses|homes|dwellings|families|households|persons|people|individuals|deaths|fatalities|casualties|injuries|evacuees|victims|schools)\b[^.;:\d]{0,120}?((?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:placed|pegged|put|tallied|set))\s+at\s+${HEDGE}$`,
  'iu',
);
/** "Of these, ", "Of them ", "Of this number, ": a sentence that breaks down the count before it. */
// ("It is followed by Peru, with over half a million; Ecuador, over 220,000": a list that goes on from the count before;
// "They included more than 70,000 who arrived ...": a part of it)
const OF_THESE_OPENING = /^(?:(?:Of|Among|Out\s+of)\s+(?:these|them|those|(?:this|that)\s+number|the\s+total|which)\b|(?:It|This|That)\s+(?:is|was)\s+followed\s+by\b|They\s+(?:included|include)\b|(?:Next|Then)\s+came\b)/iu;
/** Before the first item of a list by place: the count it shares out, then "as follows:" ("These new cases are from 8 provinces and distributed as follows: 381 in Lusaka Province"). */
const COUNTS_AS_FOLLOWS_LEAD = /\b(cases|deaths|casualties|fatalities|injuries|patients)\s+(?:by\s+\p{Ll}+\s+)?(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:[^.;:,]{0,60}?\b(?:distributed|broken\s+down|spread|shared\s+out|reported|recorded|registered)\s+)?as\s+follows\s*:\s*$/iu;
/** A list by place after a number, "in" a place and more items, then a verb of harm or displacement ("in Morang, three in Dang and nine in Palpa have died"). */
const LIST_PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
const LIST_NUMBER = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const PLACE_LIST_THEN_HARM = new RegExp(
  String.raw`^\s+in\s+${LIST_PLACE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${LIST_NUMBER}\s+in\s+${LIST_PLACE}){1,12}\s+(?:have|has|had|were|was|are)\s+(?:(?:also|reportedly)\s+)?(?:been\s+)?(?:died|killed|injured|missing|displaced|evacuated|dead)(?![\p{L}])`,
  'u',
);
/** How far such a list is read: twelve items at most. */
const PLACE_LIST_REACH = 400;
/** "The casualties include ", "the dead were ": a list of people by place follows. */
const CASUALTIES_INCLUDE_LEAD = /\b(?:casualties|deaths|dead|victims|fatalities)\s+(?:include|includes|included|are|were|comprise|comprised)\s*:?\s*$/iu;
/** A bare number before its casualties in parentheses: "355 (63 killed and 292 injured)". */
const CASUALTIES_PAREN_AFTER = /^\s*\(\s*\d[\d,]*\s+(?:killed|dead|deaths|injured|wounded)(?![\p{L}])/iu;
/** A place and "having" or "with" right before a number: "the Eastern Division having 124", "Western Division with 196". */
// ("followed by Nampula, with four": a comma between)
const NAME_HAVING_LEAD = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?\s+(?:having|with)\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least|an\s+estimated)\s+)?$/u;
/**
 * "while Nigeria has 39, Liberia has five, ... Ivory Coast and Uganda have two each": a place (or two)
 * and "has", in a list after a count, the noun left out. Not a sentence's first word ("It has 39").
 */
const NAME_HAS_LEAD = /(?:^|[,;]\s*|\b(?:while|and|whereas)\s+)(?!(?:It|This|That|There|He|She|They|We|Each|Every|The)\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:has|have|had)\s+(?:(?:recorded|reported|registered)\s+)?(?:(?:over|more\s+than|nearly|almost|about|around|some|at\s+least)\s+)?$/u;
/** An item of such a list with its verb left out: a separator, a place (perhaps its abbreviation in brackets), a hedge, the number ("KPK 306", "and Gilgit-Baltistan (GB) 22"). */
const PLACE_SPACE_ITEM_LEAD = /(?:[;,]\s*|\band\s+|\bfollowed\s+by\s+)(?!(?:It|This|That|There|He|She|They|We|Each|Every|The|In|On|At|By|Of)\s)\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?:\s+\(\p{Lu}{2,6}\))?\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?$/u;
/** Earlier in the sentence: a place that "has" (reported) a count ("Sindh has reported 678"), which such items follow. */
const NAME_HAS_EARLIER = new RegExp(String.raw`${LIST_PLACE}\s+(?:has|have|had)\s+(?:(?:recorded|reported|registered|confirmed)\s+)?(?:(?:over|more\s+than|nearly|almost|about|around|some|at\s+least)\s+)?\d`, 'u');
/** After such a count: the end of its item ("39,", "two each,", "five."). */
const NAME_HAS_AFTER = /^(?:\s+each)?\s*(?:[,;.]|and\s|$)/u;
/** "780 people have lost their lives, followed by Balochistan 336, KPK 308": a list of places and their numbers opened by "followed by" after a count. */
const FOLLOWED_BY_PLACE_EARLIER = new RegExp(String.raw`\d[^.;]*?\bfollowed\s+by\s+${LIST_PLACE}(?:\s+\(\p{Lu}{2,6}\))?\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least)\s+)?\d`, 'u');
/** "a 9.7% increase from 183 reported in week 42", "up from 183 the week before": the level a count changed from. */
// ("29 new confirmed cases ..., versus 57 in the previous week": the level compared with)
const CHANGE_FROM_LEAD = /\b(?:(?:increase|rise|jump|surge|decrease|decline|drop|fall|up|down)\s+from|versus|vs\.?|compared\s+(?:with|to)|against)\s+$/iu;
const PRIOR_LEVEL_AFTER = /^\s+(?:(?:reported|recorded|registered|confirmed|counted)(?![\p{L}])|(?:in|during)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s|the\s+(?:previous|last|prior|preceding)\s|the\s+(?:week|day|month)\s+before)/iu;
/** "(n = 8,662)": the size of a group, in an epidemiological list by place. */
const N_EQUALS_LEAD = /\(\s*n\s*=\s*$/iu;
/** "affected over 2.3 million people and displaced more than 620,000": a verb of displacement with its count, the noun left out. */
// ("West Bengal has moved nearly 300,000": people moved to safety, after a count of people)
const DISPLACING_VERB_LEAD = /\b(?:displaced|displacing|evacuated|evacuating|uprooted|uprooting|rescued|rescuing|affected|affecting|moved|moving|relocated|relocating)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|an\s+estimated|up\s+to)\s+)?$/iu;
/** "rendering " before a number that a state of ruin follows ("rendering 12,126 uninhabitable"): more of the things counted before. */
const RENDERING_LEAD = /\b(?:rendering|rendered)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|another|a\s+further)\s+)?$/iu;
const RUINED_AFTER = /^\s+(?:(?:totally|partially|completely)\s+)?(?:uninhabitable|unusable|unsafe)(?![\p{L}])/iu;
/** A verb that affects or displaces people right before a number (not "moved 5 million from its reserve fund"). */
// (a headline's present too: "Record flooding displaces 600,000")
const AFFECTING_LEAD = /\b(?:displaced|displacing|displaces|evacuated|evacuating|evacuates|uprooted|uprooting|uproots|affected|affecting|affects)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|an\s+estimated|up\s+to)\s+)?$/iu;
/** A verb of displacement right before a large bare number that ends its clause or goes on with where ("affecting almost 70,000 across the department"). */
const DISPLACING_ALONE_AFTER = /^\s*(?:[,.;:)]|$|\s(?:across|in|throughout|from|since|and)\s)/u;
/** A verb of damage right before a number ("and damaged around 692,000"): after a count of things, more of them. */
const DAMAGING_VERB_LEAD = /\b(?:damaged|destroyed|flooded|razed|levelled|leveled|flattened|swept\s+away|washed\s+away|damaging|destroying|flooding|razing|levelling|leveling|flattening)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|an\s+estimated|up\s+to|another|a\s+further)\s+)?$/iu;
/** "There are (over) " right before a number of generic people ... */
const THERE_ARE_LEAD = new RegExp(String.raw`\bthere\s+(?:are|were|is)\s+${HEDGE}$`, 'iu');
/** ... "living in Al Fao locality, of whom ...": the people of a place, as context for the part that follows. */
const LIVING_OF_WHOM = /^\s*(?:living|who\s+live|residing)\s+in\s+[^.;:]{1,80}?,?\s+of\s+whom\b/iu;
/** "a capacity of 15 persons", "can accommodate 2,000 people": what a boat, camp or shelter can hold, not who is in it. */
// (and "to accommodate", "ready to accommodate": room made for people, "120 cluster villages to accommodate 100,000 people")
// ("Bidi Bidi was expected to hold 40,000 people": a camp's planned size, only with hold or accommodate, since
// "expected to host 40,000 refugees by December" may be a forecast of arrivals)
const CAPACITY_LEAD = new RegExp(String.raw`\b(?:capacity|room|space|(?:ready\s+|enough\s+|sufficient\s+)?to\s+accommodate|(?:able\s+to|can|could|designed\s+to|meant\s+to|intended\s+to|built\s+to|capable\s+of|expected\s+to(?=\s+(?:hold|accommodate)\b))\s+(?:(?:potentially|only|still|now|already|easily|eventually|together|temporarily|initially|originally)\s+)?(?:carry|carrying|hold|holding|keep|keeping|accommodate|accommodating|host|hosting|house|housing|shelter|sheltering|take|taking|serve|serving|supply|supplying|cater|catering)|(?:designed|built|meant|intended|planned)(?=\s+for))\s+(?:of\s+|for\s+)?(?:up\s+to\s+|(?:a\s+)?maximum\s+of\s+)?${HEDGE}$`, 'iu');
/** After a percentage, a few words and "threshold": "15 percent WHO 'Emergency' threshold". */
const THRESHOLD_AFTER = /^\s+(?:[\p{L}'‘’"“”-]+\s+){0,3}?thresholds?(?![\p{L}])/iu;
/** Before one: "the emergency threshold of ", "a threshold of ", "threshold level of ". */
const THRESHOLD_BEFORE = /\bthresholds?(?:\s+level)?\s+(?:of|at|is|was)\s+(?:about\s+|around\s+)?$/iu;
/** "60 per cent of the country", "90% of previously affected districts": a share of land or of places, not of people or funds. */
const PERCENT_OF_LAND = /^(?:\s*\(\s*\d[\d,.]*\s*\))?\s+of\s+(?:the\s+|its\s+|all\s+)?(?:(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+)?((?:[\p{L}-]+\s+){0,4}?)(?:\d[\d,]*\s+)?(?:(?:previously|newly|already)\s+)?(?:(?:affected|targeted|flooded|assessed)\s+)?(?:country|countries|territory|land|area|areas|region|regions|province|provinces|district|districts|surface|island|islands|coast|village|villages|municipality|municipalities|locality|localities|county|counties|communes?|capital|city|cities|towns?|states?|governorates?|prefectures?)(?![\p{L}])(?!['’]s\b)(?![^.;]*\b(?:people|population|households|families|residents)\b)/iu;
/** Before a fraction of a country: a verb of damage or "in", perhaps a hedge ("affecting almost two-thirds of the country"), or a compass word ("the Eastern half"). */
const LAND_FRACTION_LEAD = /(?:\b(?:affect(?:s|ed|ing)?|in|across|over|cover(?:s|ed|ing)?|damag(?:e|es|ed|ing)|hit(?:s|ting)?|engulf(?:s|ed|ing)?|flood(?:s|ed|ing)?|submerg(?:e|es|ed|ing)|ravag(?:e|es|ed|ing))|\b(?:eastern|western|northern|southern|upper|lower|north|south|east|west)(?:ern)?)\s+(?:(?:almost|nearly|about|around|over|more\s+than|some|roughly|practically|the)\s+)?$/iu;
/** After "of the country": what befalls land ("is engulfed in fighting", "is under water", "was flooded"). */
const LAND_FRACTION_AFTER = /^\s+(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:now\s+|still\s+)?(?:engulfed|under\s+water|submerged|flooded|inundated|covered|burn(?:ed|t)|occupied|controlled|contested|affected\s+by\s+(?:fighting|conflict|floods?|drought))\b/iu;
/** After a share: "of" and a place's name alone, capitalised ("two-thirds of Bangladesh"). */
const SHARE_OF_NAME = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?=\s)/u;

/** Whether a share is of a place named alone that is flooded, burned or fought over ("two-thirds of Bangladesh have been inundated"): land. */
function isShareOfFloodedPlace(text: string, end: number, limit: number): boolean {
  const named = SHARE_OF_NAME.exec(text.slice(end, Math.min(limit, end + 60)));
  return named !== null && LAND_FRACTION_AFTER.test(text.slice(end + named[0].length, Math.min(limit, end + named[0].length + 40)));
}
/** The words of a place's name before a noun of land (PERCENT_OF_LAND's group), or none. */
/**
 * After a percentage: "of" and houses, buildings, infrastructure or land, perhaps after the percentage's own brackets
 * ("96% (SAVA: 91%, Analanjirofo: 5%) of the reported houses"), or from inside them (", Analanjirofo: 5%) of the ...").
 */
const PERCENT_OF_THINGS = /^\s*(?:\([^()]{0,80}\)\s*|[^().;]{0,60}?\)\s*)?of\s+(?:the\s+|all\s+|its\s+)?(?:(?:reported|total|recorded|assessed|affected)\s+)?(?:houses|homes|dwellings|buildings|structures|schools|classrooms|health\s+facilities|hospitals|roads|bridges|infrastructure|crops|cropland|farmland|livestock|shelters)(?![\p{L}])/iu;
/** A share of a continent or a way travelled ("forced them to cross half the continent on foot", "half the way"): no people. */
const SHARE_OF_DISTANCE_AFTER = /^\s+(?:of\s+)?the\s+(?:continent|globe|planet|way|distance|journey|route)(?![\p{L}'’])(?![^.;]*\b(?:people|population|households|families|residents)\b)/iu;
const PLACE_NAME_WORDS = /^(?:\p{Lu}[\p{L}-]*\s+(?:(?:do|de|da|del|dos|das|of|and)\s+)?)*$/u;
/** After a vague count of things: a modal or a risk, so the words say what may happen, not what did. */
/** After things counted: at risk, no harm yet ("are threatened by the fires", "remain at risk"). */
const THREATENED_AFTER = /^\s+(?:are|were|remain|remained|is|was)\s+(?:still\s+|now\s+|also\s+)?(?:threatened|at\s+risk|in\s+danger|under\s+threat|endangered)(?![\p{L}])/iu;
const RISK_AFTER = /^\s*(?:that\s+|which\s+)?(?:cannot|can\s+not|can['’]t|could|may|might|will|would|risk|are\s+at\s+risk|are\s+(?:expected|likely|feared)\s+to)(?![\p{L}])/iu;
/** Nouns that say nothing but "people": after a context lead the number is a place's size. */
const CONTEXT_NOUNS = new Set(['people', 'persons', 'residents', 'resident', 'inhabitants', 'individuals', 'citizens']);
/** A casualty word right after a bare number ("1,450 were hurt", "75 wounded", "12 dead"). */
/** "thousands displaced", "hundreds evacuated": a vague amount whose participle says it counts people */
// "thousands displaced", "thousands more in desperate need", "thousands more cannot get clean water"
const PEOPLE_STATE_AFTER =
  /^\s+(?:more\s+)?(?:displaced|evacuated|affected|stranded|marooned|trapped|homeless|fled|uprooted|sheltering|infected|dying|at\s+risk|(?:may|could|might)\s+(?:starve|die|perish)|left\s+(?:homeless|without)|without\s+(?:a\s+|any\s+)?(?:shelter|home|homes|food|water|roof)|needed|need|lack|lacked|requiring|needing|in\s+(?:urgent\s+|desperate\s+|dire\s+)?need|(?:cannot|can['’]t|could\s+not|do\s+not|don['’]t|still\s+cannot)\s+(?:get|access|afford|find|return|go\s+home|reach))(?![\p{L}])/iu;
/** "up to 4 million could be left homeless": a bare number that may become homeless or displaced counts people. */
const PEOPLE_MAY_AFTER = /^\s+(?:could|may|might|will|would)\s+(?:be\s+|have\s+been\s+)?(?:left\s+homeless|homeless|displaced|affected|evacuated|in\s+need)(?![\p{L}])/iu;
/** Staff, employees, colleagues or aid workers, then killed, injured or wounded. */
const STAFF_CASUALTY_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:staff(?:\s+members)?|employees|colleagues|aid\s+workers|humanitarian\s+workers|health\s+workers)\s+(?:(?:have|had|has)\s+been\s+|were\s+|was\s+)?(?:killed|injured|wounded)(?![\p{L}])/iu;
/**
 * The thing a level names: "the total number of installations affected by the conflict to 20"
 * counts installations, whatever the sentence counted before.
 */
function namedThing(text: string, from: number, to: number): string | undefined {
  const lead = text.slice(from, to);
  const at = lead.search(/\bnumber\s+of\s+[a-z]/i);
  if (at === -1) return undefined;
  const ofAt = from + at + /^number\s+of/i.exec(lead.slice(at))![0].length;
  const thing = countedThingAfter(text, ofAt, to);
  return thing !== undefined && !('unknown' in thing) ? thing.unit : undefined;
}

/** After a date, the event it names: "The August 14 earthquake", "the 6 February earthquakes". */
const EVENT_AFTER_DATE = /^\s+(?:earthquakes?|quakes?|floods?|flooding|storms?|cyclone|typhoon|hurricane|attacks?|explosions?|blasts?|landslides?|tsunami|eruption|fires?)(?![\p{L}])/iu;
/** Before a date said after the figures: "as of", "as at", "up to (the end of)". */
// ("according to a new report from the INGD released on Wednesday": the report's maker between)
const AS_OF_BEFORE_DATE = /\b(?:[Aa]s\s+(?:of|at)(?:\s+the\s+(?:night|morning|evening|afternoon|end)\s+of)?|[Uu]p\s+to\s+(?:the\s+end\s+of\s+)?|(?:report|update|toll|count|assessment|bulletin)(?:\s+(?:from|by|of)\s+(?:the\s+)?[\p{Lu}][^,.;]{0,90}?)?\s+(?:established|published|issued|released|updated|compiled)\s+(?:on\s+)?)\s*$/u;
/** "reported on Tuesday, " before "December 7, 2021": the day a source said it, its weekday before it. */
const SAID_WEEKDAY_BEFORE_DATE = /\b(?:said|says|reported|announced|stated|confirmed|warned|added)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/u;
/** "according to a report of OCHA on": the day a source gave what the sentence reports, its name between (no clause of its own). */
const ACCORDING_ON_BEFORE_DATE = /(?<![\p{L}])according\s+to\s+[^,.;:]{1,90}?\s+on\s+$/u;
/** "said", "said on", "told reporters on" right before a day: the day a source said what the sentence reports. */
const SAID_BEFORE_DATE = /\b(?:said|says|reported|announced|stated|confirmed|warned|added)\s+(?:on\s+)?$/u;

/** A camp, site or settlement that is "home to" people: its people are a figure, not a place's size. */
// ("a vast camp of the same name that is now home to 3,000 people": a relative pronoun too; "Adré transit camp, a temporary home to
// more than 180,000 people": set off by a comma)
const CAMP_HOME_LEAD = /\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?)(?:\s+(?:in|at|of|near)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)?(?:,\s*(?:(?:a|the|now)\s+)?(?:temporary\s+|makeshift\s+)?|\s+(?:(?:that|which)\s+)?(?:is|are|was|were|now|has\s+become|had\s+become)?\s*(?:now\s+)?)home\s+to\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|roughly|an\s+estimated|just\s+over)\s+)?$/iu;
/** After a bare number: "and 329.34 thousand people", "or 300 families". */
// (and the items of a list before it: "recorded 52, 34, and 3 injuries, respectively")
// (and a kind of case on each: "8,372 suspected and 163 confirmed cases")
const AND_NUMBER_NOUN_AFTER = /^(?:,\s\d[\d,.]*){0,8},?\s+(?:and|or)\s+\d[\d,.]*(?:\s+(?:thousand|million|billion|lakhs?|crores?))?\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?|^\s+(?:suspected|confirmed|probable|new)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d[\d,.]*\s+(?:suspected|confirmed|probable|new)\s+([\p{L}-]+)/iu;
/** After "from" and a bare number: "to 500,000 people", the level it changed to and its noun. */
/** Before a number after "from": the level it changed to, with its noun ("imports to 1.4 million metric tonnes from 1.1 million"). */
const TO_NUMBER_NOUN_FROM_BEFORE = /\bto\s+\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?,?\s+(?:(?:up|down)\s+)?from\s+$/iu;
/** After such a number: nothing it counts, an end of the clause or a time ("from 1.1 million last year", "from 10,000 in March"). */
const FROM_LEVEL_END = /^(?:\s*[,.;:)]|\s*$|\s+(?:last|a|an|in|on|at|the|since|previously|earlier|before|during|this|over|two|three|one)\b)/i;
const FROM_TO_NUMBER_NOUN_AFTER = /^\s+to\s+(?:(?:just|only|about|around|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|roughly|approximately)\s+)?\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
/** After a bare number: "of the 384 dead victims", "of the 1,200 people". */
/** After a bare number: "of the dead", "of the injured": a part of the people harm befell ("five of the dead were in Osaka"). */
// (and of the people a text calls in need by a word alone: "reach 7.4 million of the most vulnerable")
const OF_THE_HARMED_AFTER = /^\s+of\s+the\s+(?:(dead|injured|wounded|missing|victims|deceased|casualties|fatalities)(?![\p{L}])|(?:most\s+)?(vulnerable|neediest|poorest|hungry)(?![\p{L}])(?![^.;]{0,60}?\b(?:areas?|districts?|regions?|countries|provinces|communities|villages|households|families|governorates|counties|municipalities|states)\b))/iu;
const OF_THE_NUMBER_NOUN_AFTER = /^\s+of\s+the\s+\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/iu;
/** "(the) highest number of arrivals were noted in": people a list of places after it shares out. */
// ("Other deaths were recorded in Quang Ninh province (5), Hai Phong city (2)": the noun opens the sentence, with no number,
// perhaps behind a word of its own: "Cholera-confirmed deaths have been recorded in Manicaland (12), Harare (3)")
/** How far back NUMBER_OF_PEOPLE_BEFORE_LIST reads: its phrase and the 60 characters after it, well within. */
const LIST_LEAD_REACH = 240;
/**
 * The text from a sentence's start to `end`, or its last `reach` characters behind a letter where
 * the sentence is longer (so that an expression anchored at the sentence's start cannot match
 * there): a lead read for every number of a sentence costs at most `reach`, not the sentence.
 */
function boundedLead(text: string, start: number, end: number, reach: number): string {
  return end - start <= reach ? text.slice(start, end) : `x${text.slice(end - reach, end)}`;
}
const NUMBER_OF_PEOPLE_BEFORE_LIST = /(?:\bnumber\s+of\s+(?:new\s+)?(?:arrivals|people|persons|individuals|IDPs|refugees|returnees|displaced|deaths|cases)\b|^\W*(?:(?:Other|Further|More|The|Additional)\s+)?(?:[\p{L}-]+\s+)?(?:deaths|fatalities|casualties|cases|injuries)\s+(?:were|have\s+been|had\s+been)\s+(?:recorded|reported|confirmed|registered)\s+in\b|\b(?:casualties|deaths|fatalities|injuries|cases)\s+(?:as\s+follows|by\s+(?:province|region|district|state|county))\s*:|\b(?:states|provinces|districts|regions|counties|countries|areas|LGAs)\s+(?:with|reporting)\s+(?:\p{Ll}+\s+)?(?:cases|deaths)\s+(?:are|were|include|included)\b\s*:?|\bmost\s+affected\s+(?:suburbs|districts|areas|provinces|regions|counties|municipalities|states|towns|cities|neighbou?rhoods|camps)(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:are|were|include|included)\b)[^.;:\d]{0,60}$/iu;
/** People a sentence says are hosted or received, before a list of countries and their numbers ("hosting the vast majority of Venezuelans"). */
const HOSTED_PEOPLE_LEAD = /\b(?:host|hosts|hosting|hosted|sheltering|sheltered|receiv(?:e|es|ed|ing)|welcom(?:es|ed|ing))\s+(?:[\p{L}\d.,'’-]+\s+){0,5}?(?:refugees|migrants|asylum-seekers|IDPs|\p{Lu}\p{Ll}+(?:ans|ians|is|ese))(?![\p{L}])/gu;
/** Hosts named in the plural before a hosting verb: "Latin American countries are hosting", "neighbouring states host". */
const PLURAL_HOSTS = /\b(?:countries|nations|states|neighbou?rs|regions?|governments|host\s+communities)\b/i;
/** The last phrase of hosting people before `to` (from `from`): its span, or undefined. */
function lastHosting(text: string, from: number, to: number): Span | undefined {
  let last: Span | undefined;
  for (const m of text.slice(from, to).matchAll(HOSTED_PEOPLE_LEAD)) last = { start: from + m.index, end: from + m.index + m[0].length };
  return last;
}
/** How far back a list of countries hosting people looks for the hosting (a bound: each number looks once). */
const HOSTED_REACH = 400;
/** A country, then its number, in such a list: "Colombia accounting for some ", "followed by Peru, with ", ", Chile ", "and Brazil ". */
const COUNTRY_ITEM_LEAD = new RegExp(String.raw`(?:[,;]\s*|\b(?:and|by|with)\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,?\s+with|\s+accounting\s+for|,)?\s+${HEDGE}$`, 'u');
/** A country and "at", then its number, in a list going on from a count: "followed by Afghanistan at ", ", Syria at some ", "and Chad at ". */
const COUNTRY_AT_LEAD = new RegExp(String.raw`(?:[,;]\s*|\b(?:and|by)\s+)(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+at\s+${HEDGE}$`, 'u');
/** A country's possessive, then its number, in such a list: "followed by the Democratic Republic of the Congo’s ", ", Iraq’s ", "and the UK’s ". */
const COUNTRY_OWN_LEAD = new RegExp(String.raw`(?:[,;]\s*|\b(?:and|by)\s+)(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}-]*){0,4})['’]s\s+${HEDGE}$`, 'u');
/** What ends an item of such a list right after its number: a comma, a semicolon, "and", the end. */
const BARE_ITEM_END_AFTER = /^\s*(?:[,;.)]|\s+and\b|$)/;
/** After a key figure in millions, a state of people that labels it: "In need of humanitarian assistance", "targeted for assistance". */
const KEY_FIGURE_STATE_AFTER = /^\s+(?:people\s+)?(?:in\s+need|targeted|displaced|internally\s+displaced|affected|reached|food\s+insecure|at\s+risk)(?![\p{L}])/iu;
/** A level that is a rate: "the daily number of new suspected cases cut to around 3,000". */
const RATE_LEVEL = /\b(?:daily|weekly|monthly|hourly)\b/i;
/** People at work in a response: "More than 110,000 people are involved in the search and rescue operation". */
const RESPONDERS_AFTER = /^\s+(?:people\s+|personnel\s+)?(?:are|were|have\s+been)\s+(?:involved|taking\s+part|participating|deployed|working|engaged)\s+in\s+(?:the\s+)?(?:search|rescue|relief|response|recovery)(?:\s+and\s+rescue)?\s+(?:operations?|efforts?|work)/iu;
/** "five times higher", "three times as many": a multiple. */
/** After a number: a comparison with another time ("higher than last year", "more received this year than last", "fewer than in 2019"). */
// (not a span of time: "fled more than a week ago")
const COMPARED_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:higher|more|lower|less|fewer|greater|larger|smaller)\s+(?:\p{Ll}+\s+){0,4}?than\s+(?:(?:at\s+)?(?:last|the\s+previous|the\s+same|a|one)\s+(?:year|month|week|time)|last(?:\s+year)?|previously|before|in\s+(?:19|20)\d\d)(?![\p{L}])(?!\s+(?:ago|after|later|earlier|before|since)\b)/iu;
// ("increased six fold", "a three-fold rise": a multiple too)
const TIMES_AFTER = /^\s+times\s+(?:higher|more|larger|greater|lower|less|smaller|over|as\s+(?:many|much|high|large)|the)(?![\p{L}])|^[\s-]?fold(?![\p{L}-])/iu;
/** "representing around ", "represents some " before a share. */
const REPRESENTING_LEAD = /\brepresent(?:s|ing|ed)?\s+(?:(?:about|around|some|approximately|nearly|almost|roughly)\s+)?$/iu;
/** "% of the country's total population" after it. */
const SHARE_OF_POPULATION_AFTER = /^\s*(?:%|per[\s-]*cent|percent)\s+of\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+|national\s+|total\s+)*population(?![\p{L}])/iu;
/** After a share: an economy ("30 per cent of Gross Domestic Product", "a third of Jamaica's annual wealth"). */
const SHARE_OF_ECONOMY_AFTER =
  /^\s*(?:%|per[\s-]*cent|percent)?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:annual|national|total|entire|whole|yearly)\s+)*(?:GDP|[Gg]ross\s+[Dd]omestic\s+[Pp]roduct|wealth|economy|economic\s+output)(?![\p{L}'’])/u;
/**
 * After a share: a part of a thing, not of people or funds ("40% of Gaza water supplies", "burns on
 * more than 30 percent of his body", "a third of the country underwater", "15 per cent of its farmland",
 * "99% of the disaster area has been searched", "a fire 85% contained").
 */
const SHARE_OF_THING_AFTER =
  /^\s*(?:%|per[\s-]*cent|percent)?\s+of\s+(?:all\s+)?(?:(?:the|its|his|her|their|our|my|those|these)\s+)?(?:[\p{L}-]+['’]s?\s+)?(?:(?:total|entire|whole|national|available|arable)\s+)*(?:(?!(?:households?|people|persons|residents|families|children|women|men|girls|boys|refugees|migrants|population|individuals|IDPs|displaced|farmers|workers|communities|inhabitants|beneficiaries)(?![\p{L}]))[\p{L}-]+\s+){0,2}(?:body|land|territory|surface|farm|farms|farmland|cropland|crops|harvest|cultivation|production|generation|grid|governments|health\s+facilities|hospitals|systems|damage|losses|income|incomes|earnings|wages|salary|salaries|expenditures?|spending|water\s+supply|water\s+supplies|supplies|infrastructure|road\s+network|power\s+grid|events|disasters|incidents|hazards|staples|imports|rainfall|rains|precipitation|snowfall|localities|municipalities|districts|provinces|counties|communes|villages|regions|states|governorates|(?<!\b(?:in|at|within|across|from|throughout|around)\s+(?:the\s+|this\s+|that\s+)?)(?:area|areas|city|town)|forests?)(?![\p{L}'’-])(?!\s+(?:workers|households|people|persons|population|families|communities|users|staff|farmers|children|dependent|residents|inhabitants|dwellers)(?![\p{L}])|(?<=(?:city|town|areas?))\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:displaced|evacuated|affected|killed|injured|left\s+homeless)(?![\p{L}]))|^\s+(?:of\s+)?(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:rainfall|rain|precipitation|snowfall)(?![\p{L}])|^\s*(?:%|per[\s-]*cent|percent)\s+(?:contained|containment)(?![\p{L}])|^\s+of\s+(?:the\s+)?(?:country|territory|island|province|district|region)\s+(?:(?:is|was|are|were|has\s+been|had\s+been|remains|remained|lies|lay|now)\s+)?(?:underwater|under\s+water|submerged|flooded|inundated)(?![\p{L}])|^\s*(?:%|per[\s-]*cent|percent)?\s+of\s+(?:the\s+|our\s+|its\s+)?(?:country|nation|\p{Lu}[\p{L}-]+)\s+(?:has\s+|had\s+)?(?:received|recorded|got|saw|experienced)\s+(?:[\p{L}-]+\s+){0,3}(?:rainfall|rains?|precipitation)(?![\p{L}])/u;
/** A share in parentheses right after a count of things ("63 health facilities (38 per cent)"): a share of those things, not of people. */
const THINGS_BEFORE_PAREN = /\d[\d,.]*(?=(?:\s+[\p{L}-]+){1,3}\s*\(\s*$)/u;
/** The latest count of the clause before "N of them": its number and the plural noun right after it ("175 aftershocks were recorded ... and "). */
const UNCOUNTED_BEFORE = /\d[\d,.]*\s+(\p{Ll}[\p{Ll}-]+s)\b(?:(?!\d)[^.;:])*$/u;
/** Words after a number that are no noun of their own ("500 more of them"). */
const NOT_MODIFIERS_OF_THEM: ReadonlySet<string> = new Set(['others', 'cases', 'is', 'was', 'has', 'this', 'thus', 'as', 'across', 'plus']);
/** After an aside: a state of people on its own ("– affected (180,000 men ...)", "– displaced."). */
const ASIDE_PEOPLE_STATE = /^\s+(?:affected|displaced|evacuated|homeless|injured|missing|killed|dead)(?=\s*[(.,;]|\s*$)/u;
/** An aside between two spaced dashes right after a number (not hyphens: "10 - 15" is a range). */
const DASH_ASIDE = /^\s+[–—]\s+[^–—\n]{3,80}?\s+[–—](?=\s)/u;
/** Right before a number: the word of a phase or a grade it names ("IPC 3", "Phase 2", "Grade 5"). */
const PHASE_BEFORE = /\b(?:IPC|CH|[Pp]hase|[Gg]rade)\s+$/u;
/** A household described by who is in it: "households with at least one person with a disability". */
/** After a number in a camp's name: "IDP camp", "camp", "refugee camp", "settlement" ("Dalori 2 IDP camp"). */
const CAMP_NAME_AFTER = /^\s+(?:(?:IDP|IDPs|refugee|displacement|transit)\s+)?(?:camp|settlement|site)(?![\p{L}])/u;
/** After "the two": a verb of what two people or parties do, or "sides", "leaders" ("The two are set to discuss", "the two leaders met"). */
const THE_TWO_AFTER = /^\s+(?:(?:are|were|will|would|have|had|also|then)\s+)?(?:set\s+to|met|meet|agreed|agree|discussed|discuss|spoke|talked|signed|leaders|ministers|sides|parties|presidents|countries|men\s+(?:met|agreed|spoke))(?![\p{L}])/iu;
/** After a number: "am" or "pm", a time of day ("2 pm", "10 a.m."). */
const TIME_OF_DAY_AFTER = /^\s?(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iu;
/** Who someone lives with: "the house she shared with 12 other family members", "lives with six relatives": a household's size, not a count. */
const LIVES_WITH_LEAD = /\b(?:shared|shares|share|sharing|lived|lives|live|living|stayed|stays|staying)\s+(?:it\s+)?with\s+(?:(?:her|his|their|my|our)\s+)?$/iu;
const LIVES_WITH_AFTER = /^\s+(?:other\s+|more\s+)?(?:family\s+members|relatives|siblings|children|people|others)(?![\p{L}])/iu;
const HOUSEHOLD_WITH_LEAD = /\b(?:households?|families|family|homes?)\s+with\s+(?:at\s+least\s+|only\s+|just\s+)?$/iu;
/** A key figure's title after its number: "Estimated Number of Earthquake-Related Injuries", "Number of People Missing". */
const NUMBER_OF_AFTER = /^\s+(?:(?:Estimated|Total|Cumulative|Reported)\s+)?Number\s+of\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(People|Persons|Individuals|Injuries|Deaths|Fatalities|Houses|Homes|Households|Families|Refugees|IDPs|Children|Schools)(?![\p{L}])/u;
/** A request for things before their count: "has requested the support of partners for", "appealed for". */
const REQUEST_LEAD = /\b(?:requested|requesting|request\s+for|asked\s+for|appeal(?:ed|ing)?\s+for)\b[^.;:]{0,80}$/iu;
/** People named before a bare number "of whom" ("undocumented Afghan returnees, some of the 1.5 million of whom"). */
const PEOPLE_NAMED = /\b(?:people|persons|refugees|returnees|migrants|IDPs|civilians|children|families|residents|survivors|evacuees|displaced)\b/i;
/** People, or cases of a disease, named in a sentence: what "(n = 359)" counts. */
const CASES_OR_PEOPLE_NAMED = /\b(?:cases|deaths|patients|people|persons|refugees|returnees|migrants|IDPs|children|families|households)\b/i;
/** "injuring 283", "killing at least 40": a verb of casualty right before a bare number. */
/** Animals, plants and pests in a sentence: a vague amount killed or affected there may count them, not people. */
const ANIMALS_OR_PLANTS = /\b(?:cattle|cows|goats|sheep|camels|livestock|animals|poultry|chickens|birds|fish|herds?|dogs|cats|pets|horses|donkeys|mules|trees|crops|orchards|plants|hectares|acres|locusts?|swarms?)\b/i;
/** A verb of displacement or casualty right before a vague amount that ends its clause ("displacing hundreds of thousands."). */
// (and a noun of displacement: "the displacement of thousands.")
// (and people who died, fled or came "by the thousands")
// (a headline's present too: "Flood Displaces Thousands")
const VAGUE_PEOPLE_VERB_LEAD = new RegExp(String.raw`\b(?:displacing|displaced|displaces|killing|killed|kills|affecting|affected|affects|evacuating|evacuated|evacuates|injuring|injured|wounding|wounded|uprooting|uprooted|stranding|stranded|strands|trapping|trapped|traps|(?:displacement|evacuation|deaths)\s+of|${BY_THE_VERBS}\s+by\s+the)\s+$`, 'iu');
/** A verb of aid right before a bare number: "has been feeding ", "assisting more than ". */
const AID_VERB_LEAD = new RegExp(String.raw`\b(feeding|fed|assisting|assisted|helping|helped|supporting|supported|serving|served|targeting|targeted|hosting|hosted|treating|treated|vaccinating|vaccinated|sheltering|sheltered|rescuing|rescued|(?<=\b(?:will|would|to|can|could|shall)\s+)(?:assist|help|support|feed|shelter|treat|vaccinate))\s+${HEDGE}(?:at\s+least\s+|up\s+to\s+)?$`, 'iu');
/** What may follow such a bare number: the clause's end, or where, when, since or how (no noun of its own). */
const BARE_END_AFTER = /^\s*(?:[.,;:)]|$)|^\s+(?:in|across|at|since|so\s+far|to\s+date|this|last|each|every|with|through|and|from|by|under|who|a\s+(?:day|month|week|year))(?![\p{L}-])/iu;
/** Money after a bare number: "supported 3 million in cash assistance", "12 million in humanitarian aid". */
const MONEY_IN_AFTER = /^\s+in\s+(?:\p{Ll}+\s+)?(?:cash|aid|assistance|funding|funds|support|grants?|loans?|kind|contributions?|financing)(?![\p{L}])/iu;
/** A name with a number, the number's lead its capitalised word: "Ward 5", "Camp 3", "Highway 12". */
const NAME_BEFORE_NUMBER = /(?<![\p{L}])\p{Lu}[\p{L}-]*\s$/u;
/** After a count of people: what befell them ("people being affected", "residents displaced"), which makes them no baseline. */
const HARMED_PEOPLE_AFTER = /^\s+(?:(?:being|were|are|have\s+been|had\s+been)\s+)?(?:affected|displaced|evacuated|killed|injured|marooned|stranded|impacted|hit)(?![\p{L}])/iu;
/**
 * A bare "dollars" after an amount, in a text whose bare "$" is a country's dollar (an Australian
 * publisher's "Hundreds of millions of dollars"): that dollar, as its "$" is, and said for review.
 */
function countrysDollars<T extends { unit: string; written: string }>(cur: T | undefined, money: MoneyContext, review: string[]): T | undefined {
  if (cur === undefined || cur.unit !== 'USD' || money.dollar === 'USD' || money.dollarWhy === undefined || !/^dollars?$/i.test(cur.written)) return cur;
  review.push(`currency ${money.dollar} read from '${cur.written}': ${money.dollarWhy}`);
  return { ...cur, unit: money.dollar };
}

/** Before an amount: a median or average income, wage or rent ("a median household income of just "). */
/** After an amount: what it would buy ("would buy", "could feed", "can provide"). */
const GIFT_BUYS_AFTER = /^\s+(?:would|could|can)\s+(?:buy|feed|provide|pay\s+for|purchase|supply|give)\b/iu;
/** Before a count: an amount and what it would buy ("£40 would feed "), a few words between. */
const GIFT_BUYS_LEAD = /(?:[£$€]\s?(\d[\d,]*(?:\.\d+)?)(?!\s?(?:m|bn|k|million|billion)\b)|(\d[\d,]*(?:\.\d+)?)\s+(?:pounds|dollars|euros))\s+(?:would|could|can)\s+(?:buy|feed|provide|pay\s+for|purchase|supply|give)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const INCOME_LEAD = /\b(?:median|average|mean|per\s+capita)\s+(?:(?:household|family|annual|monthly|weekly|daily)\s+){0,2}(?:income|salary|salaries|wage|wages|earnings|rent)\s+(?:of|was|is|stood\s+at|at)\s+(?:(?:just|only|about|around|some|roughly|approximately|nearly|almost|over|under|less\s+than|more\s+than)\s+)?(?:[A-Z]{3}\s?|[A-Z]{0,2}\$\s?|€|£|₹)?$/u;
/** After a fraction as a subject: a verb of damage, which befalls houses and things, not people ("Two-thirds were destroyed"). */
const FRACTION_DAMAGED_AFTER = /^\s+(?:of\s+them\s+)?(?:were|are|was|have\s+been|had\s+been)\s+(?:(?:completely|partially|totally|fully|badly|severely)\s+)?(?:destroyed|damaged|collapsed|flooded|washed\s+away|razed|burnt|burned)(?![\p{L}])/iu;
/** After "one": a person and a verb of speech, the one the text quotes ("One Anguilla resident told the BBC", "one survivor said"). */
// (the verb right after the person, or after where they are: "One displaced mother in Baidoa told NRC staff"; not "One man died as police said")
// (or named after a comma: "one resident, Eftichis Diamantopoulos, 63, ...")
const SPEAKER_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|local|elderly|young|displaced))?\s+(?:resident|man|woman|person|survivor|mother|father|villager|farmer|witness|official|volunteer|refugee|teacher|nurse|doctor)(?:\s+(?:(?:in|from|of)\s+\p{Lu}[\p{L}'’-]*\s+)?(?:told|said|says|recalled|explained|added|described|recounted|shared)(?![\p{L}])|,\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,)/u;
/** Before a count: "teams comprising ", "teams made up of " (the size of the response). */
const TEAMS_COMPRISING_LEAD = /\bteams?\s+(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of|totall?ing)\s+(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$/iu;
/** After meals: a day, daily ("two meals a day"). */
const MEALS_A_DAY_AFTER = /^\s*(?:a|per|each|every)\s+day|^\s+daily/iu;
/** After a bare number: on board a vessel ("a total of 151 on board", "120 aboard"). */
const ABOARD_AFTER = /^\s+(?:were\s+|was\s+)?(?:on\s+board|aboard)(?![\p{L}])/iu;
/** Before a bare number: "a group of ", "a total of ". */
const GROUP_OF_LEAD = /\ba\s+(?:group|total|crowd|band)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$/iu;
/** After crossings: they are open, operating or closed (points of passage, not movements). */
const CROSSING_POINTS_LEAD = /\b(?:closure|closing|reopening|opening)\s+of\s+(?:the\s+)?(?:(?:all|only)\s+)?$|\b(?:closed|shut|reopened|opened|closes|shuts|reopens|opens)\s+(?:(?:all|only|the)\s+)?$/iu;
const CROSSING_POINTS_AFTER = /^\s+(?:(?:are|were|is|was|remain|remained|have\s+been|had\s+been)\s+)?(?:(?:now|still|currently|fully|partially|partly)\s+)?(?:open|opened|operating|operational|functioning|functional|closed|shut|reopened)(?![\p{L}])/iu;
/** Before a small count: an amount and an opening bracket ("JD80 (", "$46 ("). */
// (a currency's code, or a sign humfig reads: not any capitals, "cases of AWD 1,240 (5 deaths)")
const AMOUNT_PAREN_LEAD = /(?:\p{Sc}|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|JOD|LBP|SYP|EGP|INR|PKR|BDT|KES|UGX|NGN|ZAR|PHP|IDR|MXN|COP|BRL|JD|KD|BD|SR|Sh|Rs|Tk|Rp|RM|QR|Rwf|FBu))\s?\d[\d,.]*\s*\(\s*(?:for\s+)?$/u;
/** After a small number: "of her five children", "of his three sons": the members of one family, all of them counted. */
const OWN_CHILDREN_AFTER = /^\s+of\s+(?:her|his|my)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+)?(?:children|sons|daughters|siblings|grandchildren|brothers|sisters|kids)(?![\p{L}])/u;
/** After a count: "per 100,000 persons", "per 1,000 live births", "per capita": what makes it a rate. */
const RATE_PER_AFTER = /^(?:\s+in\s+[\p{L}\s]{1,20}?)?\s+per\s+(?:(?:100|1,?000|10,?000|100,?000|1,?000,?000)(?![\d,])|(?:one\s+|a\s+|ten\s+|one\s+hundred\s+)?(?:hundred|thousand|million)(?![\p{L}])|capita(?![\p{L}]))/iu;
/** A person's name and a comma before a number: an age ("Eftichis Diamantopoulos, 63, a boat captain"), with what follows it in AGE_AFTER_NAME. */
const NAME_COMMA_LEAD = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+,\s?$/u;
/**
 * A person's name written with an initial, as South Asian papers write it, and an opening parenthesis before a
 * number: an age ("nursing assistant Lini N (28) who died"); the parenthesis holds the number alone. (Not two
 * capitalised words, which a list of places by its deaths writes too: "Port Ostrel (14)".)
 */
// (not a place's letter: "Region V (45)", "Camp A (45)", "Zone B (12)")
const NAME_PAREN_LEAD = /(?<![\p{L}])(?!(?:Region|Camp|Zone|Block|Site|Sector|District|Area|Ward|Phase|Section|Cluster|Village|Barangay|Province|State|Division|Unit|Building|Team|Group|Level|Category|Grade|Class|Type|Annex|Plan|Option|Route|Gate|Point|Hall|Wing)\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.?\s*\(\s*$/u;
/** After such an age: its closing parenthesis, then no noun of a count ("Lini N (28) who died"; not "(28) houses"). */
const AGE_PAREN_AFTER = /^\s*\)(?!\s*(?:people|persons|houses|homes|families|households|children|deaths|dead|killed|injured)(?![\p{L}]))/u;
/** After such an age: a description of the person, or what they said. */
const AGE_AFTER_NAME = /^\s*,\s+(?:a|an|the|who|whose|said|says|told|from|of|whom)(?![\p{L}])/u;
/** A verb that drove people out, right before a bare number, and what they were driven to do after it ("forcing 285,000 to move to shelters"). */
const FORCED_LEAD = /\b(?:force|forces|forced|forcing)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around)\s+)?$/iu;
const FORCED_TO_AFTER = /^\s+(?:more\s+)?(?:people\s+)?to\s+(?:flee|leave|move|evacuate|relocate|seek\s+(?:shelter|refuge)|take\s+(?:shelter|refuge)|abandon)(?![\p{L}])/iu;
// (a headline's present too: "Floods kill 18")
const CASUALTY_VERB_LEAD = /\b(?:injuring|wounding|killing|killed|kill|kills|injured|injure|injures|wounded|infected|infecting|sickened|sickening|abducting|abducted|kidnapping|kidnapped)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about|around|up\s+to|as\s+many\s+as|an\s+estimated)\s+)?$/iu;
/** Right after a bare number: "fled", "have fled", "were forced to flee", "were displaced", "still lodged in relief camps". */
// ("Over 3 lakh still lodged in relief camps": people sheltered in camps)
// ("Upwards of 200,000 more fled northward", "Some 3,000 more arrive each day": more of them)
const FLED_AFTER = /^\s+(?:more\s+)?(?:(?:had|have|has)\s+)?(?:fled|escaped|left\s+their\s+homes|forced\s+to\s+(?:evacuate|flee|leave\s+their\s+homes)(?![\p{L}])|(?:(?:were|are)\s+)?(?:seeking\s+(?:shelter|asylum|refuge|protection|safety)|taking\s+shelter|(?:took|taken)\s+(?:shelter|refuge))(?![\p{L}])|streamed|flocked|continued\s+to\s+(?:stream|flee|arrive|cross)|(?<=more\s+)arrive\s+(?:every|each|daily|per|a\s+day)|crossed\s+(?:into|to|over|through|the\s+border|(?:a|an|international)\s+(?:international\s+)?borders?)|crossing\s+(?:on|into|daily|each\s+day|every\s+day|per\s+day|the\s+border)(?![\p{L}])|(?:are|were)\s+arriving\s+(?:every|each|daily|per|a\s+day)|(?:were|have\s+been|had\s+been)\s+(?:forced\s+to\s+(?:flee|leave\s+their\s+homes|evacuate)|forcibly\s+displaced|displaced|uprooted|(?:forcibly\s+)?(?:repatriated|deported|expelled|relocated|rescued))|(?:(?:are|were|remain|remained)\s+)?(?:still\s+|already\s+)?(?:being\s+)?(?:lodged|sheltered|sheltering|housed|staying|living|taking\s+shelter)\s+in\s+(?:[\p{L}-]+\s+){0,2}?(?:camps?|shelters?|centres?|centers?|tents?|wagons?|sites?|settlements?|schools?|public\s+buildings|hotels?|hostels?|gyms?|gymnasiums?|churches|mosques|halls)(?![\p{L}])|(?:are|were|remain|remained)\s+(?:still\s+)?(?:at|in)\s+(?:[\p{L}-]+\s+){0,3}?(?:camps|shelters|centres|centers|evacuation\s+sites)(?![\p{L}])|(?:currently|still|now)\s+(?:at|in)\s+(?:[\p{L}-]+\s+){0,2}?(?:camps|shelters|centres|centers|evacuation\s+sites)(?![\p{L}])|(?:took|take|have\s+taken|had\s+taken|has\s+taken)\s+(?:shelter|refuge)(?![\p{L}]))(?![\p{L}])/iu;
/** Right before a number: "forcing", "forced", "prompting" (and "to flee" after it). */
/** A verb that drives people somewhere, right before a vague amount ("driving millions"), and where it drives them. */
const PUSHING_LEAD = /\b(?:drove|driven|driving|drives|push|pushes|pushed|pushing|plunged|plunging|forcing|forced|forces)\s+$/i;
const PUSHED_AFTER = new RegExp(String.raw`^\s+${TO_THE_BRINK}`, 'iu');
const FORCING_LEAD = /\b(?:forcing|forced|forces|force|prompting|prompted|driving|drove|driven|causing)\s+(?:(?:about|around|some|approximately|roughly|over|more\s+than|nearly|almost|an\s+estimated|at\s+least|up\s+to)\s+)?$/i;
/** Right after a bare number: "arrived", "have arrived" (people, where a count of people comes before). */
/** A level reached, then "from" (the number next is the level before): "rose to 585 from ", "to nearly 4,000 in 2019 from ". */
/** How far before a bare number a death toll may be named ("The death toll from a series of powerful earthquakes that devastated ... this month has risen to at least 555"). */
const TOLL_REACH = 200;
/** A size in square metres right after a number: "42 sqm", "20 m2", "18 square metres". */
// (before the noun it sizes, "42 sqm tents"; not an amount of something, "20,000 m2 of plastic sheeting")
const SIZE_UNIT_AFTER = /^\s*(?:sqm|sq\.?\s?m(?:ts)?|m2|m²|square\s+met(?:re|er)s?)(?![\p{L}\d])(?=\s+(?!of\b)\p{L})/iu;
/** A size between a number and its noun: "six 42 sqm tents" (the noun's size, " 42 sqm"). */
const SIZE_AFTER = /^\s+\d+(?:[.,]\d+)?\s*(?:sqm|sq\.?\s?m(?:ts)?|m2|m²|square[-\s]met(?:re|er)s?)(?=\s)/iu;
/** The unit of the noun at `at`, one thing or many ("a relief centre", "four relief centres"). */
function thingAt(text: string, at: number, limit: number): string | undefined {
  const n = nounAfter(text, at, limit);
  if (n !== undefined && !('ambiguous' in n)) return n.unit;
  // (a singular noun: read as its plural, "relief centre" as "relief centres")
  const words = /^\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)(?![\p{L}])/u.exec(text.slice(at, Math.min(limit, at + 40)));
  if (words === null) return undefined;
  const plural = ` ${words[1]}s`;
  const p = nounAfter(plural, 0, plural.length);
  return p !== undefined && !('ambiguous' in p) ? p.unit : undefined;
}
/** After an item of a list, where it is: at so many things ("(172) at four relief centres"), up to the noun. */
const GAPPED_AT_SO_MANY = /^(?:\s+\([^()]{1,12}\))?\s+(?:at|in)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?=\s)/u;
const TO_LEVEL_FROM_LEAD = /\bto\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|approximately)\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+(?:in|on|at|by|last|this)\s+[\p{L}\d]+){0,2}\s+from\s+$/iu;
const ARRIVED_AFTER = /^\s+(?:(?:had|have|has)\s+)?(?:arrived|landed)(?![\p{L}])/iu;
/** A verb of hosting right before a number with no noun ("it hosts at least 12,000,"), perhaps a hedge between. */
const HOSTS_BARE_LEAD = /\b(?:hosts|hosted|hosting|sheltering|accommodates|accommodated|accommodating)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|approximately|close\s+to|up\s+to)\s+)?$/iu;
/** Nothing after a number before its clause ends: a comma, a full stop, a semicolon, a bracket, "and", or the sentence's end. */
const CLAUSE_ENDS_AFTER = /^\s*(?:[,.;)]|and\s|$)/u;
/** Before the second of "from N (in 2021) to M": the number a count changed from, perhaps with its date ("from 27.1 million in 2021 to "). */
const FROM_THEN_TO_LEAD = /\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|an\s+estimated)\s+)?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+(?:in|at\s+the\s+end\s+of|by|as\s+of|on|last)\s+[^,;:\d]{0,20}(?:\d{1,4}(?:\s+\d{4})?)?)?\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** After "N of them": harm that befalls people, not households ("died", "were killed", "have been injured"). */
const PEOPLE_HARMED_AFTER = /^\s+(?:(?:have|had|has)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:died|killed|injured|wounded|drowned|dead|missing)(?![\p{L}])/iu;
/** Right after a bare number: a need of aid ("will need food assistance", "require urgent humanitarian aid"). */
const NEED_AID_AFTER = /^\s+(?:will\s+|would\s+|still\s+|urgently\s+|now\s+)?(?:need|needs|needed|require|requires|required)\s+(?:(?:urgent|immediate|emergency|humanitarian|food|life-?saving|protection|shelter)\s+){0,2}(?:assistance|aid|help|support)(?![\p{L}])/iu;
/** Before a number: "up from", "down from" after a count ("4 million people have left, up from "). */
const UP_FROM_LEAD = /,\s*(?:up|down)\s+from\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** A count restated in brackets right after a number ("half a million (538,241)"). */
const RESTATED_IN_PARENTHESES = /^\s*\(\s*\d[\d,. ]{0,14}\)/;
/** Before a bare number: a noun of people and a verb that sets their number ("Affected people would exceed ", "refugees number "). */
const NOUN_EXCEEDS_LEAD = /\b(people|persons|residents|refugees|IDPs|migrants|children|families|households|evacuees|returnees|deaths|fatalities|casualties|victims)(?:\s+(?:in|across|from)\s+[^.;:\d]{1,40}?)?\s+(?:(?:would|will|could|may|might|now|already)\s+)?(?:exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing|top|tops|topped|topping|number|numbers|numbered|numbering|total|totals|totalled|totaled|approach|approaches|approached|approaching|nears|neared|nearing)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|an\s+estimated)\s+)?$/i;
/** Where the number of "from N (in 2021) to " before `at` starts, or -2 where the lead is no such thing. */
function fromNumberAt(text: string, from: number, at: number): number {
  const m = FROM_THEN_TO_LEAD.exec(text.slice(from, at));
  return m === null ? -2 : from + m.index + m[0].search(/\d/);
}
/** A country's name right before a count in parentheses ("the Syrian Arab Republic (", "Ukraine (about "). */
const COUNTRY_PAREN_LEAD = /(?<![\p{L}])((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s*\(\s*(?:(?:about|around|some|approximately|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?$/u;
/** Such a name and the start of its count, anywhere in a sentence. */
const COUNTRY_PAREN_ITEM = /(?<![\p{L}])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,4})\s*\(\s*(?:(?:about|around|some|approximately|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?\d/gu;
/** A count in parentheses with a noun of its own ("Chad (1,200 polling stations)"): the list's counts are of that, not of people. */
const COUNT_WITH_NOUN_IN_PARENTHESES = /\(\s*\d[\d,.]*\s+(?!(?:million|thousand|billion)\b)\p{L}/u;
/** Money named in a sentence: its counts in parentheses may be amounts. */
const MONEY_WORDS = /[$€£¥]|\b(?:USD|EUR|GBP|CHF|dollars?|euros?|francs?|pounds?|funding|appeal|million\s+in)\b/i;
/**
 * How many countries with a count in parentheses a sentence lists (its first 600 characters are
 * read), counted once a sentence: each number of a long list asks again (the last answer is kept).
 */
let countriesCounted: { text: string; start: number; n: number } | undefined;
function countriesInParentheses(text: string, sentence: Span): number {
  if (countriesCounted !== undefined && countriesCounted.text === text && countriesCounted.start === sentence.start) return countriesCounted.n;
  let n = 0;
  for (const m of text.slice(sentence.start, Math.min(sentence.end, sentence.start + 600)).matchAll(COUNTRY_PAREN_ITEM)) if (findCountry(m[1]!) !== undefined) n++;
  countriesCounted = { text, start: sentence.start, n };
  return n;
}
/**
 * How many peoples' plurals with a count in parentheses stand between from and to ("Syrians (1.5 million),
 * Yemenis (one million)"): a list of peoples has two or more; a lone "Memphis (300)" is a city.
 */
function peoplesInParentheses(text: string, from: number, to: number): number {
  let n = 0;
  for (const m of text.slice(from, to).matchAll(PEOPLE_PAREN_ITEM)) if (isPeoplePlural(m[1]!, ')') && !/itis$/.test(m[1]!)) n++;
  return n;
}
/**
 * A capitalised people's plural and an opening parenthesis, perhaps a hedge ("followed by Syrians (",
 * "Yemenis (about "); not after another capitalised word: "Chris Evans (45)" is an age, "New Orleans
 * (1,200)" a city.
 */
const PEOPLE_PAREN = String.raw`(?<![\p{L}])(?<!\p{Lu}[\p{L}'’.-]*\s)(\p{Lu}[\p{L}'’-]+)\s*\(\s*(?:(?:about|around|some|approximately|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?`;
/** Such a people and the start of its number, anywhere ("Syrians (1.5", "Yemenis (one"). */
const PEOPLE_PAREN_ITEM = new RegExp(`${PEOPLE_PAREN}(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|half)`, 'gu');
/** Such a people right before a number in parentheses (a hundred or more only). */
const PEOPLE_PAREN_LEAD = new RegExp(`${PEOPLE_PAREN}$`, 'u');
/**
 * A capitalised people's plural, a comma and perhaps a hedge right before a number set off by commas
 * ("led by Venezuelans, more than 252,000, Ecuadorians (47,724)", "are South Americans, more than
 * 324,000,"): the count of that people. Not after another capitalised word, as above.
 */
const PEOPLE_COMMA_LEAD = /(?<![\p{L}])(?<!\p{Lu}[\p{L}'’.-]*\s)(?:(?:South|North|Latin|Central|West|East)\s+)?(\p{Lu}[\p{L}'’-]+)\s*,\s+(?:(?:about|around|some|approximately|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?$/u;
/** After such a number: a comma, a semicolon, the sentence's end. */
const SET_OFF_AFTER = /^\s*(?:[,;.]|$)/u;
/** Before a number: a count and its noun, then "out of the" ("207,889 individuals out of the "): the whole of that count. */
/** After such a whole: a participle, a relative, a place or the clause's end ("433,140 fleeing Sudan"; not "10-storey building"). */
const OUT_OF_WHOLE_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:\p{Ll}+ing|registered|recorded|reported|counted|affected|displaced|who|that|in|from|at|across)(?![\p{L}]))/u;
const OUT_OF_THE_LEAD = /\d[\d,.]*(?:\s+(?:million|thousand))?\s+([\p{L}-]+)\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$/u;
/** Right after a bare number: "in need", "are in urgent need of" (people in need, the noun left out). */
// ("2 million at risk of famine": at risk too)
const IN_NEED = String.raw`in\s+(?:(?:urgent|dire|acute|critical|desperate|immediate)\s+)?need|at\s+(?:high\s+)?risk|(?:requiring|needing)\s+(?:(?:urgent|immediate|life-saving|humanitarian|food|emergency)\s+){0,2}(?:assistance|aid|support|help)`;
const IN_NEED_AFTER = new RegExp(String.raw`^\s+(?:(?:are|were|remain|remained|still|now)\s+)?(?:${IN_NEED})(?![\p{L}])`, 'iu');
/** The same after a place or a year, or with "facing" ("over 17 million in Afghanistan are facing", "22.9 million in 2025 have been in need"): the place a capitalised name. */
const IN_NEED_PLACED_AFTER = new RegExp(
  String.raw`^\s+(?:in\s+(?:(?:19|20)\d\d|(?:the\s+)?${LIST_PLACE})\s+)?(?:(?:are|were|remain|remained|still|now|have\s+been|had\s+been)\s+)?(?:(?:still|now|currently)\s+)?(?:${IN_NEED}|(?<=(?:are|were)\s+(?:(?:still|now|currently)\s+)?)facing)(?![\p{L}])`,
  'u',
);
/** "affected", "afflicted" right after a bare number, at a clause's end or before what says by what or where: people. */
// (not a participle before its noun: "12 affected districts")
const AFFECTED_AFTER = /^\s+(?:being\s+)?(?:(?:severely|badly|seriously|directly|critically|moderately)\s+)?(affected|afflicted|impacted|displaced|evacuated|stranded|marooned|rescued|(?:still\s+)?unaccounted\s+for)(?=\s*(?:[,.;:)]|$)|\s+(?:by|in|and|including|across|during|after|following|since|from|so\s+far|to\s+date|at\s+sea)(?![\p{L}]))/iu;
/** "have been directly affected", "to be displaced" right after a bare number: people, where the paragraph counts nothing else (see AFFECTED_AFTER). */
// (or "impacted", "affected" alone before where: "with up to 3 million impacted across the region")
const AFFECTED_AUX_AFTER = /^\s+(?:(?:(?:have|has|had)\s+been|were|are|was|is|to\s+be)\s+(?:(?:directly|indirectly|severely|badly|seriously|temporarily|internally|forcibly|newly)\s+)?(affected|afflicted|impacted|displaced|evacuated|stranded|marooned)(?![\p{L}-])|(?:(?:directly|indirectly|severely|badly|seriously)\s+)?(impacted|affected)(?=\s+(?:across|in|throughout)\b|\s*[,.;]|\s*$))/iu;
/** In a list after a count of people ("571 evacuated, 841 treated, 26 sheltered, 29 at risk"): what an item's people had done to them. */
// (and treated for what: "14 people had been confirmed dead and 200 treated for injuries")
const PEOPLE_ITEM_AFTER = /^\s+(?:treated|sheltered|housed|rescued|relocated|hospitali[sz]ed|assisted|admitted|discharged|recovered|isolated|quarantined|at\s+risk)(?=\s*(?:[,;.)]|$)|\s+(?:and|or|in|at)\s)|^\s+treated\s+for\s+(?:(?:their|minor|serious|severe)\s+)?(?:injuries|wounds|burns|trauma)(?![\p{L}])/iu;
/** Before such an item: a comma, a semicolon or "and" (and perhaps a hedge) that lists it. */
const LISTED_LEAD = /(?:[,;]|\band)\s+(?:(?:about|around|some|over|nearly|almost|more\s+than|at\s+least)\s+)?$/iu;
/** Right before a number in parentheses: a plural that counts people, with no number of its own before it ("Most of the deaths (219) were"). */
const NOUN_PAREN_LEAD = /(?<!\d(?:[\d,.]*\d)?\s+(?:[\p{L}-]+\s+){0,2})(?<![\p{L}])(deaths|fatalities|casualties|victims|injuries|cases|people|persons|children|refugees|migrants)\s*\(\s*$/iu;
/** The word after the last number before `at` in `lead` (its noun), if any: "159 bridges ... collapsed and ". */
const LAST_COUNT_NOUN = /\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand|lakh|crore))?\s+([\p{L}-]+)[^\d]*$/u;
/**
 * Whether the last count before a bare number (in its lead) counts people, or there is none: "37,000
 * people ... and caused 13,400 to be displaced", not "8,681 hectares were lost and 20,539 were affected";
 * with `harmed`, a count that died or went missing counts too ("270 perished at sea and 992 disappeared").
 */
function countBeforeIsOfPeople(lead: string, harmed = false): boolean {
  const m = LAST_COUNT_NOUN.exec(lead);
  if (m === null) return true;
  const word = m[1]!.toLowerCase();
  return unitOfNoun(word) === 'person' || (harmed && HARMED_WORD.test(word));
}
/** A word of death, injury or loss right after a count of people left unnamed ("270 perished"). */
const HARMED_WORD = /^(?:perished|died|killed|drowned|dead|missing|injured|wounded|disappeared)$/;
/** Casualty words that may be said of things or money too ("300,000 disappeared" after an amount, "4 presumed missing" after boats, "97 tested positive" after samples). */
const HARM_OF_THINGS_TOO = /\b(?:disappeared|(?:feared|presumed)\s+missing|tested\s+positive)\b/i;
/** Before a year: a word of time ("who have crossed the pass this 2023 were", "since 2015 have"): a year, never a subject count. */
// (not "to" or "of": "up to 2000 were evacuated", "close to 2000" are hedges)
const YEAR_AFTER_TIME_WORD = /(?<![\p{L}])(?:this|last|next|in|since|during|until|till|from|early|late|mid)\s+$/iu;
/** A relative "who" right after a bare number ("the 8,417 who successfully made the crossing"): people. */
const WHO_AFTER = /^\s+who\s+\p{Ll}/u;
/** Before such a number: a determiner, perhaps a word of estimate or a hedge ("the", "all", "the estimated", "the remaining"). */
const THE_COUNT_LEAD = /(?<![\p{L}])(?:the|all|those|these)\s+(?:(?:estimated|remaining|other|additional|reported|registered|some|nearly|about|around|over|almost|more\s+than)\s+)?$/iu;
/** Right after a bare number: a count of households or families in parentheses ("412,763 (82,552 families)"). */
const HOUSEHOLDS_PAREN_AFTER = /^\s*\(\s*\d[\d,.\s]*\s+(?:families|households|HHs?)\s*\)/u;
/** After a number that opens its line: its label in any case, "Number of new arrivals", "Total number of refugees", ": estimated number of children". */
const LINE_NUMBER_OF_AFTER = /^\s*:?\s+(?:(?:the\s+)?(?:total|estimated|approximate|cumulative)\s+)?number\s+of\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;
// ("237 victims were treated, 13 among them dead": a part of the people before)
const CASUALTY_AFTER =
  /^\s+(?:(?:among|of)\s+(?:them|whom)\s+)?(?:(?:already|reportedly|now|so\s+far|more|still)\s+)?(?:(?:were|are|was|have\s+been|had\s+been|have|has|had|got|confirmed|made|left|rendered)\s+)?(?:(?:already|reportedly|now|reported)\s+)?(?:(?:known|believed|feared|confirmed)\s+to\s+have(?:\s+been)?\s+|(?:feared|presumed)\s+(?=dead|drowned|killed|missing))?(?:(?:seriously|critically|severely|slightly|badly|gravely|mortally)\s+(?=hurt|injured|wounded))?(hurt|injured|wounded|killed|dead|died|missing|went\s+missing|disappeared|abducted|kidnapped|(?:sexually\s+)?(?:assaulted|abused)|raped|homeless|perished|drowned|asphyxiated|suffocated|electrocuted|lost\s+their\s+lives|(?:(?:severely|acutely|moderately)\s+)?malnourished|tested\s+positive)(?![\p{L}])/iu;
/**
 * The same verb further on, past what stands between: a second count of things and what it
 * includes (\`more than 2,000 shelters and over 90 facilities including hospitals and learning
 * centers were destroyed\`, \`Up to 6000 buildings, including 2779 homes, were destroyed\`) or an aside between dashes (\`550 shelters – home to at least 3,500
 * people – were either totally or partially destroyed\`).
 */
const THING_VERB_AFTER_PAST = new RegExp(
  String.raw`^(?:\s+and\s+(?:(?:over|more\s+than|nearly|almost|about|around|some)\s+)?\d[\d,]*\s+[\p{L}-]+(?:\s+including\s+[\p{L}\s,-]{0,60}?)?|\s+including\s+[\p{L}\s,-]{0,60}?|,\s+including\s+[^.;:,–—]{1,60},|\s*[–—]\s[^–—.;:]{0,60}[–—])\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:also|now|reportedly|partially|partly|completely|totally|fully|either|or|been)\s+)*(?:destroyed|damaged|burnt|burned|gutted|razed|torched|affected|collapsed|washed\s+away)(?![\p{L}])`,
  'iu',
);
/** A vaccine named before doses: "vaccine", "vaccines", "vaccinate", "vaccination". */
const VACCINE_WORD = /\b(?:vaccin(?:e|es|ate|ated|ating|ation|ations)|COVAX)\b/i;
/** Before doses, a word that makes them a vaccine's: "15 million vaccine doses", "360,000 Covid-19 vaccine doses". */
const VACCINE_MODIFIER = /^(?:vaccines?|covid-19|covax|polio|measles|cholera|mpox)$/i;
/** After doses, the vaccine they are of: "doses of vaccine", "doses of the oral cholera vaccine". */
const VACCINE_OF_AFTER = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}vaccines?\b/iu;
/** After a bare number: a phase of food insecurity it is in ("0.4m in IPC Phase 2", "2.2m in IP Phase 3", a typo the corpus has). */
const IPC_PHASE_AFTER = /^\s+in\s+(?:IPC|IP|CH|Cadre\s+Harmonis[ée])\s+[Pp]hases?\s+\d(?![\d.,])/u;
/** After an item of a list, the list's other items (each without a comma) and the verb of relief that ends it. */
// (each item between starts with its number: "6,950 blankets, the NGO said, remain ..." is no list)
const LIST_THEN_RELIEF_VERB = /^(?:,|\s+and(?=\s))(?:\s*(?:(?:some|about|over|nearly|more\s+than)\s+)?\d[^.;:,]{0,100},){0,8}[^.;:,]{1,120}?\s(?:(?:have|has|had)\s+(?:also\s+|now\s+|already\s+|so\s+far\s+)?been|were|was)\s+(?:distributed|delivered|provided|donated|dispatched|sent|handed\s+over|pre-?positioned)(?![\p{L}])/iu;
/** Verbs that make a counted thing a humanitarian figure: built, repaired, damaged, distributed ... */
const THING_VERBS = String.raw`(?:funding\s+for|funds\s+for|funded|bought|purchased|procured|sent|send|sending|shipped|transported|trucked|airlifted|flown\s+in|carrying|carried|carry|carries|received|arriving|arrived|delivering|distributing|built|constructed|rehabilitated|repaired|installed|restored|distributed|delivered|provided|supplied|dispatched|donated|destroyed|damaged|demolished|deemed\s+(?:risky|unsafe|uninhabitable)|left\s+uninhabitable|washed\s+away|swept\s+away|collapsed|crumbled|caved\s+in|toppled|flooded|gutted|gutting|burnt|burned|razed|torched|lost|affected|impacted|sheltering\s+in|sheltered\s+in|dug|drilled|set\s+up|established|erected|pitched|handed\s+out|disinfected|chlorinated|administered|build|construct|rehabilitate|repair|install|restore|distribute|deliver|provide|supply)`;
/** Words before "kits" that name no kind of kit: "20,000 more kits" are of the kind named before. */
const GENERIC_KIT_MODIFIERS: ReadonlySet<string> = new Set(['more', 'additional', 'new', 'further', 'extra', 'other', 'such', 'similar', 'emergency', 'standard', 'complete', 'full', 'basic', 'individual', 'these', 'those', 'the']);
/** Such a verb up to six words before the number, in the same clause ("repaired a further 35 water points", "installed 120 latrines and 4 water tanks"). */
const THING_VERB_BEFORE = new RegExp(String.raw`\b${THING_VERBS}\s+(?:[\p{L}\p{N}-]+(?:,\d{3})*,?\s+){0,6}$`, 'iu');
/** "delivered 2,400 food parcels ..., as well as ": a verb of relief earlier in the sentence, and a thing added to what it delivered. */
const RELIEF_AS_WELL_AS_BEFORE = /\b(?:delivered|distributed|provided|supplied|dispatched|donated|sent|handed\s+out|brought)\b[^.;:]{1,160}?\b(?:as\s+well\s+as|plus)\s+$/iu;
/** Damage and what it included, right before a number: "damage to infrastructure, including ", "destroyed property, among them ". */
const DAMAGE_INCLUDING_BEFORE = /\b(?:damage|damages|destruction|damaged|destroyed)\b[^.;:\d]{0,60}?\b(?:including|include|includes|included|such\s+as|among\s+them)\s+(?:(?:some|about|around|over|nearly|more\s+than)\s+)?$/iu;
/** Before the next item of a list of counted things: a comma or "and", perhaps a hedge. */
const NEXT_ITEM_LEAD = /(?:,|\band)\s+(?:(?:nearly|almost|about|around|some|over|more\s+than|approximately|at\s+least|up\s+to|another|a\s+further)\s+)?$/u;
/** What a vehicle can carry, no load carried: "Each truck can carry 400 blankets". */
const CAN_CARRY_BEFORE = /\b(?:can|could|able\s+to|capable\s+of|designed\s+to|capacity\s+to)\s+(?:carry|carrying|transport)\s+(?:[\p{L}\p{N}-]+\s+){0,6}$/iu;
/**
 * Supplies a list names, or a shipment of them, before the number: "relief items for Ostra include
 * 5,000 blankets", "supplies including 22,000 plastic sheets", "the first shipment of 99,100 doses".
 */
/** After a percentage: a comparative and "than" ("more intense than 2024", "higher than last year"). */
const PERCENT_MORE_THAN = /^\s+(?:more|less|higher|lower|greater|fewer|larger|smaller|above|below|up|down)(?:\s+[\p{L}-]+){0,2}?\s+than(?![\p{L}])/iu;
/** Before a bare number: a place of a list, "; in Aceh, ", "; and in West Sumatra, " (a capitalised name of up to four words). */
const PLACE_LIST_ITEM_BEFORE = /[;,]\s+(?:and\s+)?in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3},\s*$/u;
/** Houses or homes named shortly before a number of "units" (a bounded window: each number reads it once). */
const HOMES_BEFORE = /\b(?:houses|homes|housing|dwellings|residences)\b/iu;
/** "units" and a state of damage after them ("18 units to be heavily damaged", "15 units lightly damaged"). */
const UNITS_DAMAGED_AFTER = /^\s+units\s+(?:(?:to\s+be|were|have\s+been|had\s+been|are|was)\s+)?(?:(?:heavily|lightly|slightly|severely|partially|partly|totally|completely|fully|moderately)\s+)?(?:damaged|destroyed|collapsed|affected|flooded|burnt|burned|washed\s+away)(?![\p{L}])/iu;
/** A case status right after a number: "38 confirmed", "10 probable". */
const CASE_STATUS_AFTER = /^\s+(?:confirmed|probable|suspected)(?![\p{L}])/iu;
/** Before it, a count of cases or deaths and an open bracket, perhaps other parts of it: "48 total cases (", "31 deaths (21 confirmed, ". */
// (or no bracket, right after the count or after "with", "including", "of which": "14 Ebola cases 12 confirmed and 2 probable",
// "4,032 cases, with 3,140 confirmed and 15 deaths")
const CASES_BRACKET_BEFORE = /\d\s+(?:total\s+|new\s+|cumulative\s+)?(?:[\p{L}-]+\s+)?(cases|deaths|infections|fatalities)(?:\s*\((?:[^()]{0,60}?,\s*(?:and\s+)?)?|,?\s+(?:(?:with|including|of\s+which|of\s+whom|comprising)\s+)?(?:\d[\d,.]*\s+(?:confirmed|probable|suspected)(?:,\s*(?:and\s+)?|\s+and\s+)){0,3})$/iu;
/** After a number compared with another: a past time it held at ("last year", "in the same period in 2022", "in March"): a level of then, which the draft could not date. */
const PAST_TIME_AFTER = /^[^.;:]{0,40}?\b(?:last|previous|preceding|earlier|ago|same\s+period|a\s+year\s+(?:earlier|before)|in\s+(?:19|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/iu;
/** Before a bare number: a count or a toll put at it ("put the number at about ", "estimated the death toll at "). */
const NUMBER_PUT_AT_LEAD = /\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|setting|raised|raises|raising|revised|revises)\s+(?:the\s+|their\s+|its\s+)?(?:(?:death|casualty|overall|total|official)\s+)?(?:number|figure|total|tally|count|toll)\s+at\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|at\s+least|roughly|an\s+estimated)\s+)?$/iu;
/** Words of people or their displacement in the text before a bare number. */
const PEOPLE_WORD = /\b(?:people|persons|individuals|refugees|IDPs|displaced|migrants|civilians|residents|deaths|dead|killed|casualties|victims)\b/iu;
/** Counted things read (so that "13 others" after them are known) but not drafted: see readSentences. */
const LEFT_OUT_THINGS: ReadonlySet<string> = new Set(['bridge', 'business']);
/** A verb of support and those it supported, then "with" right before the number: the things they were given. */
const SUPPORTED_WITH_BEFORE = /\b(?:supported|supporting|assisted|assisting|reached|reaching|served|serving|equipped|equipping|supplied|supplying|provided|providing)\b[^.;:]{0,120}?\swith\s+(?:(?:some|about|around|over|nearly|more\s+than)\s+)?$/iu;
const SUPPLIES_BEFORE = new RegExp(
  String.raw`(?:\b(?:supplies|items|goods|stocks|relief|cargo|materials)\b[^.;:]{0,120}?\b(?:include|includes|included|including|comprising|such\s+as|consisting\s+of)|\b(?:shipments?|consignments?|deliver(?:y|ies)|airlifts?)\s+of)(?:\s+(?:among\s+others|inter\s+alia))?:?\s+(?:[\p{L}\p{N}-]+(?:,\d{3})*,?\s+){0,4}$`,
  'iu',
);
/** Such a verb after the counted noun ("12 bridges were destroyed", "640 latrines built"). */
const THING_VERB_AFTER = new RegExp(String.raw`^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|have|has|had|got|will\s+be|(?:(?:are|is|were|was)\s+)?to\s+be)\s+)?(?:(?:also|now|reportedly|partially|partly|completely|totally|fully|either|been|so\s+far|already|successfully|recently|just)\s+(?:or\s+)?)*(?:${THING_VERBS}|available|(?:sustained|suffered|sustaining|suffering)\s+(?:(?:minor|major|severe|moderate|partial|total|heavy|light|some|structural|infrastructural|extensive|significant|considerable)\s+)?damages?)(?![\p{L}])`, 'iu');
/** Before a count of people: "mobilized", "deployed", "dispatched": the people are the response ("mobilized half a million people"). */
// (a hedge between: "mobilised more than 900 men to help stem the fires")
const MOBILISED_LEAD = /\b(?:mobili[sz]ed|mobili[sz]ing|mobili[sz]es|deployed|deploying|deploys|dispatched|dispatching)\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|at\s+least|an\s+additional|another|a\s+further)\s+)?$/i;
/** Nouns for the people of the response itself. */
const RESPONDER_NOUNS = new Set(['volunteers', 'workers', 'personnel', 'staff', 'employees', 'staffers', 'humanitarians', 'combatants', 'soldiers', 'troops', 'police', 'policemen', 'officers', 'firefighters', 'rescuers', 'peacekeepers', 'medics', 'paramedics']);
/** Words that make responders a humanitarian figure: harm done to them, or their evacuation. */
const HARM = String.raw`(?:killed|injured|wounded|hurt|missing|abducted|kidnapped|detained|arrested|attacked|evacuated|relocated|infected)`;
/** Harm done to them only (not their evacuating or relocating others: "200 rescuers evacuated in boats 1,500 residents"). */
const HARM_DONE = String.raw`(?:killed|injured|wounded|hurt|missing|abducted|kidnapped|detained|arrested|attacked|infected)`;
/** Said of staff after their number: a disaster affected them ("46,877 personnel were affected"). */
const STAFF_AFFECTED_AFTER = /^\s+(?:were|was|are|is|have\s+been|had\s+been)\s+affected(?![\p{L}])/iu;
/** Said of the responders after their number: "were killed", "among the dead", "died", "lost their lives". */
const RESPONDER_HARMED = new RegExp(String.raw`^(?:\s+(?:dead|${HARM})(?=\s*(?:[,.;)]|and\b|$))|\s+(?:dead|${HARM_DONE})(?=\s+(?:just|shortly|since|during|in|on|at|while|when|after|before|near|last|so\s+far|to\s+date|over|across|within|between|following|amid|this|as|or)\b)|[^.;]{0,60}?\b(?:(?:were|was|are|is|(?:have|had|has)\s+(?:also\s+|all\s+|now\s+|reportedly\s+)?been|got|reported|remain|remained)\s+(?:\p{L}+\s+){0,2}(?:${HARM}|dead|being\s+held|held\s+(?:hostage|captive|in\s+detention|incommunicado)|taken\s+hostage)|["“]?(?:arbitrarily|unlawfully|illegally|wrongfully)\s+(?:${HARM})(?!\s+(?:\d|the\b|a\b|an\b|some\b|dozens\b|hundreds\b|several\b|civilians\b|people\b))|among\s+the\s+(?:dead|deaths|injured|wounded|missing|victims|casualties)|died|lost\s+their\s+lives)\b)`, 'iu');
/** Before a number, in its sentence: "Among the missing persons are ... and ": those counted are among the harmed. */
// (or "those detained Sunday include five Yemenis and 15 international staff")
// (within one clause: "Among the dead were 12 civilians, and 300 soldiers were sent" sends the soldiers)
const AMONG_THE_HARMED_LEAD = /\bamong\s+(?:the\s+|those\s+)(?:dead|missing|injured|wounded|victims|deceased|casualties|killed)\b[^.;,:]{0,80}$|\b(?:those|the\s+people|the\s+staff)\s+(?:killed|injured|wounded|detained|arrested|abducted|kidnapped|missing)\b[^.;,:]{0,40}\b(?:include|included|including)\b[^.;,:]{0,60}$/iu;
/** Said before their number: "killed 12 soldiers", "the deaths of 3 aid workers". */
// (and their detention, arrest or abduction "of", perhaps by whom: "the detention by the Houthis of eight additional UN personnel")
const RESPONDER_HARMED_BEFORE = new RegExp(String.raw`\b(?:${HARM}|(?:detain|abduct|kidnap)s?|killing|injuring|wounding|detaining|deaths?\s+of|killings?\s+of|(?:detention|arrest|abduction|kidnapping)s?\s+(?:by\s+(?:the\s+)?[\p{L}-]+\s+)?of)\s+(?:\p{L}+\s+){0,2}$`, 'iu');
/** Before a number: harm and "including", so that those counted are among the harmed ("killed 553 people, including 22 healthcare workers", "16 people were injured, including seven health workers"). */
const HARMED_INCLUDING_LEAD = new RegExp(String.raw`\b(?:${HARM}|killing|injuring|wounding|dead|deaths|died|casualties|victims)\b[^.;]{0,80}?(?:,\s*|\s+)(?:including|among\s+them|of\s+whom)\s+$`, 'iu');
/** A modifier of workers that makes them health workers ("health care workers", "medical workers"). */
const HEALTH_WORKER_MODIFIER = /^(?:health|healthcare|health-care|care|medical)$/i;
/** A sentence that continues the one before it: "It also ...", "Of these, ...", "Another ...", "... also sent ...". */
const CONTINUES = /^\s*["“]?(?:(?:It|They|He|She|Of\s+(?:these|them|those|whom|this|that)|Among\s+(?:them|these|those)|(?:The\s+)?[Bb]reakdown|[Bb]roken\s+down|In\s+addition|Additionally|Also|Another|A\s+further|The\s+same\s+day|On\s+the\s+same\s+day|That\s+day)\b|[^.;]*?\balso\b)/u;
/** How many clauses back an item of a list looks for the clause the list began in. */
const MAX_LIST_WALK = 12;
/** A clause that holds nothing before its number but "and" or earlier items of the list ("..., 450 mattresses and 80 tents"). */
const LIST_ITEM_LEAD = /^\s*(?:(?:and|or)\s+)?(?:\d[\d,.]*\s+(?:[\p{L}\p{M}/-]+\s+){1,3}(?:and|or)\s+)?$/u;
/** A verb of the clause's own ("..., and 1,100 houses were destroyed"): the clause is no mere item of a list. */
const OWN_VERB = /\b(?:were|was|are|is|have|has|had|will|would|remain|remained|remains)\b/i;
/** A clause that holds nothing before its number but a hedge ("..., about 500 mattresses"). */
const ANY_QUALIFIER_ONLY = new RegExp(String.raw`^\s*(?:and\s+|or\s+)?(?:${qualifierAlternatives(false)})\s*$`, 'iu');
/** Before a date that opens a sentence: a bullet, a dateline's city, "Early", "On", "As of" and the like ("• On 20 February, ..."). */
// (a time of that day after "As of", "As at", "By": "As of 8:30 p.m. WIB on Tuesday, ...")
const DATE_OPENING_LEAD = new RegExp(String.raw`^\s*${BULLET_MARK}?(?:\p{Lu}[\p{Lu} .'’-]*,\s*)?(?:(?:[Ee]arl(?:y|ier)|[Ll]ater?)\s+)?(?:(?:[Oo]n|[Aa]s of|[Aa]s at|[Bb]y|[Aa]t|[Ii]n|[Dd]uring)\s+)?(?:(?<=(?:[Aa]s of|[Aa]s at|[Bb]y)\s+)\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|hrs|h)?(?:\s+\p{Lu}{2,5})?\s+on\s+)?$`, 'u');
/**
 * Before a date that opens a sentence: the data of that day that the sentence reports ("Based on data per 25
 * December 2018, the death toll reached 429", "According to the latest estimates of 8 May from the Provincial
 * Health Division, at least 422 persons").
 */
const DATA_OF_DATE_LEAD = new RegExp(String.raw`^\s*${BULLET_MARK}?(?:[Bb]ased\s+on|[Aa]ccording\s+to)\s+(?:the\s+)?(?:(?:latest|most\s+recent|updated|official|new)\s+)?(?:data|figures|estimates|information|statistics|reports?|records)\s+(?:per|of|as\s+of|as\s+at|on|dated|from)\s+$`, 'u');
/** After such a date, before the comma: who gave the data ("from the Provincial Health Division"). */
// (tested on the tail trimmed, so that no two runs of spaces meet: a run of spaces is matched once)
const DATA_SOURCE_AFTER = /^(?:\([^)]*\))?(?:\s*(?:from|by|of)\s(?:the\s)?[^,;:.\d]{1,80})?$/u;
/** The opening of a sentence up to the second day of a span of one month ("Between the afternoons of 5 and " 8 August). */
/**
 * What opens a sentence before the first day of a span ("Between", "From"; after a short opening word and its comma,
 * "Overall, between 7 October and ..."), and what joins it to the last (a time of that day may lead the last:
 * "between 7 October and 12:00 on 2 January").
 */
const SPAN_OPENING_LEAD = new RegExp(String.raw`^\s*${BULLET_MARK}?(?:\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2},\s+)?(?:[Bb]etween|[Ff]rom)\s+$`, 'u');
const SPAN_OPENING_JOIN = /^\s*(?:and|to|-|–|through|until|till)\s*(?:\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|hrs|hours|h))?\s+(?:on\s+)?)?$/;
const DAYS_OF_ONE_MONTH = new RegExp(String.raw`^\s*${BULLET_MARK}?(?:\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2},\s+)?(?:[Bb]etween|[Ff]rom)\s+(?:the\s+(?:afternoons?|mornings?|evenings?|nights?|noons?|middays?)\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–|through|until|till)\s*$`, 'u');
/** What may follow an "as of" date to the end of its clause: a note in brackets, or the time of that day ("as of Jan 13 noon", "as of 5 May at 18:00"). */
// (read on the text trimmed, asOfTail: spaces at either end left to the trim, so that a long run of them cannot backtrack)
const AS_OF_TAIL = /^(?:(?:at\s+)?(?:noon|midday|midnight|(?:in\s+the\s+)?(?:morning|afternoon|evening)|\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|hrs|h|GMT|UTC|local\s+time))?|\d{1,2}\s?[ap]\.?m\.?))?(?:\s{0,3}\([^)]*\))?$/i;
const asOfTail = (s: string) => AS_OF_TAIL.test(s.trim());
const NOT_AS_OF = /\b(?:since|from|until|till|before|after|between)\s+(?:the\s+)?$/i;
const TIME_WINDOW = /(?<!\bfor\s)(?<![\p{L}])the\s+(?:past|last|next|coming|previous|following)\s+$/iu;
const TIME_REFERENCE_AFTER = /^\s+(?:ago|later|earlier|after|before|afterwards|old|of age)(?![\p{L}])|^-old(?![\p{L}])/iu;

/** Why a figure needs review, by kind: the summary line counts each (every figure's notes give the words). */
type ReviewKind = 'vague' | 'share' | 'currency' | 'rounded' | 'headline';
/** A figure's review kinds as bits of one number: no Set per figure (thousands of figures a report). */
const KIND: Readonly<Record<ReviewKind, number>> = { vague: 1, share: 2, currency: 4, rounded: 8, headline: 16 };

interface RawFigure {
  token: NumberToken;
  coreStart: number;
  coreEnd: number;
  value: number;
  unit: string;
  noun: string | undefined;
  qualifier: Qualifier;
  qualifierWritten: string | undefined;
  /** undefined when reasons are not asked for: every `reasons?.push(...)` then builds nothing */
  reasons: string[] | undefined;
  unitScore: number;
  valueScore: number;
  review: string[];
  /** KIND bits */
  kinds: number;
  stated: StatedEquivalent[];
  statedOf?: RawFigure;
  /** an amount in parentheses after a number whose unit the text does not give: an equivalent, never a figure */
  equivalentOfUnknown?: boolean;
  /** the currency sign as written before the number ("$", "US$", "CHF"), when there is one */
  currencyWritten?: string;
  /** "($3 million in cash)" after "USD 5 million": the words that say which part of the amount before it */
  part?: string;
  /** a part of the count of people before it in the sentence ("..., including 718 men"): it takes that count's indicator */
  partOfBefore?: true;
  /** the heading of the list the number is an item of ("Houses damaged:"): its words may name the indicator */
  heading?: Span;
  /** an item of a list of places after a colon ("eight in CAR"): the item, which is the figure's quote */
  item?: Span;
}

interface Built {
  /** its id is set once the figures are sorted ('' until then) */
  candidate: Candidate;
  headline: boolean;
  /** the place is named in the figure's own sentence (not one carried from before), and is the only place it names */
  placeNamed: boolean;
  /** the place is named in the figure's own sentence, one of several or alone */
  placeSaid: boolean;
  label: string;
  /**
   * what to review, as the notes say it: the lines joined with '; ' at once, so that each figure
   * holds one flat string instead of a list of strings made of many pieces until the end
   */
  review: string;
  /** KIND bits */
  kinds: number;
  /** what the figure says apart from its indicator (amountKey), made once */
  amount: string;
  /** "another $50 million", "a further 300 families": said to be more than one said before, never its repeat */
  further?: boolean;
  /** "of the additional NZ$2 million", "the six deaths": an amount or a count named again with "the", a repeat of one said before */
  anaphoric?: boolean;
  /** "hundreds of thousands of children": a vague amount, the least its words can mean */
  vague?: boolean;
  /** its line is an item of a list ("• £2 million for emergency repairs"): its own allocation, not a repeat of its neighbour's */
  /** the first line of the list it is an item of (bullets, or items' numbers, with blank lines between and nothing else) */
  listRun?: number;
  /** where its sentence starts (set when the sentence's figures are read) */
  sentence?: number;
  /** how surely its asOf is the figure's own date (AsOfGuess's score) */
  asOfScore: number;
}

/** Before a number: "the number of (affected) families ...", whose count comes first in "N families or M persons". */
const FAMILIES_COUNTED_LEAD = /\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:families|households)\b[^.;]*$/iu;
/** Right before a number: "surveying", "interviewed", "a sample of": the people or places of an assessment's sample. */
const SURVEYED_BEFORE = /\b(?:surveying|surveyed|interviewing|interviewed|sampling|sampled|a\s+sample\s+of)\s+(?:a\s+total\s+of\s+)?(?:(?:about|around|some|over|more\s+than|nearly|almost|approximately)\s+)?$/i;
/** Right before a number: "if", "if the": a condition ("if the 500 houses are heavily damaged"). */
// ("if $20 million is not received"; not "even if", which grants a fact; not after a hedge: "would not be surprised if
// more than 100,000 people were killed" is an estimate)
// ("If 10, 100 or 50 people are affected": each number of a list after "if")
// (case matters: a code is three capitals, "if not 1,000 people" is an estimate)
const IF_BEFORE = /(?<!\b[Ee]ven\s+)\b[Ii]f\s+(?:the\s+|all\s+|only\s+)?(?:\d[\d,.]*(?:\s*,\s*|\s+(?:or|and)\s+))*(?:\p{Sc}|US\$|[A-Z]{3}\s?)?$/u;
/**
 * Before a number: "one in every ", "two out of ", "1 in every ", "3 out of ": the number is the whole of a ratio
 * (not "300 in " or "3 in ": "300 in 5 camps", "killed 3 in 5 villages" count the camps and the dead).
 */
const RATIO_WHOLE_BEFORE = /(?<![\p{L}\p{N},.])(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?|\d{1,3}\s+(?:out\s+of|in\s+every)\s+)$/iu;
/** "another", "a further", "the remaining" right before a number (or its currency): a new amount, not a repeat of an equal one. */
const FURTHER_BEFORE = /\b(?:another|a\s+further|remaining)\s+(?:\p{Sc}|[A-Z]{1,3}\$|[A-Z]{3}\s?)?$/iu;
/** "the", perhaps "the additional", right before an amount: the amount named again. */
const THE_AMOUNT_BEFORE = /\bthe\s+(?:(?:additional|extra|new|initial|first|same|above|aforementioned)\s+)?$/i;
/** "the six deaths", "in addition to the four victims": a count named again with "the" (not "the first", "the other"). */
const THE_COUNT_BEFORE = /\b[Tt]he\s+(?:same\s+|above\s+|aforementioned\s+)?$/;

/** Adds a line to a built figure's review. */
function addReview(b: Built, line: string): void {
  b.review = b.review === '' ? line : `${b.review}; ${line}`;
}

/** Extracts the figures of a text as a draft facts file, candidates and review notes. */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractionResult {
  const prepared = prepareText(foldSpaces(text), options);
  return draftOf(prepared, readSentences(prepared));
}

/**
 * The text with each run of spaces between two words folded to one space ("$289  million", "over  87.6  million
 * people", as copies of PDF pages leave them), so that every rule reads one space where it expects one. Line breaks
 * and a line's indent stay, so line numbers do not move; a quote is checked with its whitespace folded anyway.
 */
function foldSpaces(text: string): string {
  // (not between two digits: "Ostra     12     300", a table's cells, stay two numbers, never "12 300")
  return /\S[ \t\u00a0]{2,}\S/.test(text) ? text.replace(/(?<=\S)[ \t\u00a0]{2,}(?=\S)/g, (run, at: number) => (/\d/.test(text[at - 1]!) && /\d/.test(text[at + run.length]!) ? run : ' ')) : text;
}

/** What every sentence's reading needs from the whole text, worked out once: its layout, dates, number style, currency and places. */
interface PreparedText {
  text: string;
  options: ExtractOptions;
  /** the review notes so far, in order */
  notes: string[];
  doc: ReturnType<typeof layout>;
  pub: string;
  publishedKnown: boolean;
  dates: DateMention[];
  style: NumberStyle;
  money: MoneyContext;
  placeIndex: ReturnType<typeof indexPlaces>;
  acronyms: ReadonlyMap<string, string>;
}

/** The figures read from a run of sentences, and the numbers skipped there, with why. */
interface SentencesRead {
  built: Built[];
  skippedNotes: string[];
}

/** Works out what the sentences' reading needs from the whole text (see PreparedText). */
function prepareText(text: string, options: ExtractOptions = {}): PreparedText {
  const notes: string[] = [];
  const doc = layout(text);
  const prose = doc.paragraphs;

  // publication date: option, header line, else the latest full date in the text
  let published = options.published;
  if (published !== undefined && !isIsoDate(published)) {
    notes.push(`options.published '${published}' is not a YYYY-MM-DD date; ignored`);
    published = undefined;
  }
  if (published === undefined && doc.headerDate && isIsoDate(doc.headerDate)) {
    published = doc.headerDate;
    notes.push(`publication date ${published} taken from the text's 'date' header line: review`);
  }
  if (published === undefined) {
    const latest = findDates(text, undefined)
      .filter((d) => d.full && d.value !== undefined && d.value.length === 10)
      .map((d) => d.value!)
      .sort()
      .pop();
    if (latest) {
      published = latest;
      notes.push(`publication date not given: the latest date in the text (${latest}) is used; review`);
    }
  }
  const publishedKnown = published !== undefined;
  const pub = published ?? PLACEHOLDER_DATE;
  if (!publishedKnown) notes.push(`publication date unknown: ${PLACEHOLDER_DATE} is a placeholder for source.published and every asOf; replace it`);

  const dates = findDates(text, published);
  const captionDates = new Set<string>();
  for (const line of doc.lines) {
    if (line.kind !== 'caption') continue;
    for (const d of spansWithin(dates, line.start, line.end)) if (d.value) captionDates.add(d.value);
  }
  if (captionDates.size > 0) {
    notes.push(
      `photo captions are dated ${[...captionDates].sort().join(', ')}; caption lines give no figures, and their dates are not used as any figure's asOf (undated past events may date from then: review)`,
    );
  }

  const style = numberStyle(prose.map((p) => text.slice(p.start, p.end)).join('\n'));
  if (style.evidence) notes.push(style.evidence);

  const money = moneyContext(text, options.publisher);
  for (const name of money.sharedUnclear ?? []) {
    const family = SHARED_NAMES.find((f) => f.name === name)!;
    if (family.anywhere.test(text)) notes.push(`a bare '${family.plural}' is not read: the text names two countries whose currency is the ${family.name}, and neither is the publisher's; give --publisher or add the amounts by hand`);
  }
  for (const word of money.crownsUnclear ?? []) notes.push(`a bare '${word === 'krone' ? 'kroner' : 'kronor'}' is not read: the text names two countries whose currency is so called, and neither is the publisher's; give --publisher or add the amounts by hand`);
  if (money.dollarWhy) notes.push(`a bare '$' is read as ${money.dollar}: ${money.dollarWhy}; review`);
  else if (/(?<![\p{L}$])\$\s?\d/u.test(text)) {
    const named = options.publisher !== undefined ? dollarCountryIn(text.slice(0, 3000)) : undefined;
    notes.push(
      named !== undefined
        ? `a bare '$' is read as USD: the publisher '${clip(options.publisher!, 60)}' is of no dollar country, and a publisher's '$' decides over the text's (${named.written} named in it); review`
        : "a bare '$' is read as USD: neither the publisher nor the text names another dollar country; review",
    );
  }

  const placeIndex = indexPlaces(text, prose);
  return { text, options, notes, doc, pub, publishedKnown, dates, style, money, placeIndex, acronyms: definedAcronyms(text) };
}

/** The draft, candidates and notes from the prepared text and the figures read from all its sentences, in order. */
function draftOf(prepared: PreparedText, read: SentencesRead): ExtractionResult {
  const { options, notes, doc, pub, placeIndex } = prepared;
  const { built, skippedNotes } = read;
  const { kept, duplicates } = mergeRepeats(built, leadEndLine(prepared.text, doc.lineStarts));
  if (duplicates > 0) notes.push(`${duplicates} repeated figure(s) (same value, unit, qualifier, indicator and stated equivalents) merged into one (a headline or key-figure line repeating the body with the same value and unit counts as a repeat)`);
  const accepted = checkableFigures(kept, skippedNotes);

  const sourceId = sourceIdOf(options.sourceId, notes);
  const { places, candidates, figures } = draftFigures(accepted, placeIndex.places, sourceId, pub);

  const title = clip(options.title ?? doc.headline ?? 'Untitled source (review)', 500);
  if (!options.title) notes.push(doc.headline ? 'source title taken from the headline: review' : 'source title unknown: a placeholder is used');
  if (!options.publisher) notes.push('publisher not given: a placeholder is used');
  const source: Source = {
    id: sourceId,
    publisher: clip(options.publisher ?? 'Unknown publisher (review)', 200),
    title,
    published: pub,
    url: null,
  };
  if (options.sourceFile !== undefined) source.text = options.sourceFile;

  const unknownIndicator = candidates.filter((c) => c.indicator === null).length;
  const unknownPlace = candidates.filter((c) => c.place === null).length;
  const undated = candidates.filter((c) => c.asOf === null).length;
  // why the figures need review, counted by kind (each figure's notes give its own reasons)
  const kinds: ReadonlyArray<readonly [ReviewKind, string]> = [
    ['vague', 'vague amount(s) read as their least value'],
    ['share', 'share(s) read as a percentage'],
    ['currency', 'currency sign(s) read from the publisher or the text'],
    ['rounded', "rounded-looking number(s) without a qualifier"],
    ['headline', 'from a headline or key-figure line'],
  ];
  const counted = kinds.map(([kind]) => accepted.filter((b) => (b.kinds & KIND[kind]) !== 0).length);
  notes.unshift(
    `${candidates.length} figure(s) drafted; every one needs review` +
      (unknownIndicator ? `; ${unknownIndicator} with indicator 'unknown'` : '') +
      (unknownPlace ? `; ${unknownPlace} with place 'unknown'` : '') +
      (undated ? `; ${undated} dated to publication (${pub}) for want of a date in the text` : '') +
      kinds.map(([, what], i) => (counted[i] ? `; ${counted[i]} ${what}` : '')).join(''),
  );
  // every skipped number is listed up to a bound; beyond it a count (a table of bare numbers must not flood stderr)
  for (let i = 0; i < skippedNotes.length && i < MAX_SKIPPED_NOTES; i++) notes.push(skippedNotes[i]!);
  if (skippedNotes.length > MAX_SKIPPED_NOTES) notes.push(`... and ${skippedNotes.length - MAX_SKIPPED_NOTES} more numbers not extracted (the first ${MAX_SKIPPED_NOTES} are listed above)`);

  const draft: FactsFile = {
    format: FACTS_FORMAT,
    dataset: {
      id: kebab(`${sourceId}-draft`) || 'draft',
      title: clip(`Draft: figures extracted from "${title}"`, 300),
      description: clip(
        'Drafted by humfig extract, a rule-based extractor. Indicators, places, dates and labels are guesses or placeholders (indicator unknown, place unknown, asOf = publication date); each figure\'s notes say what to review.',
        4000,
      ),
      updated: pub,
    },
    sources: [source],
    places: [...places.values()],
    figures,
  };
  return { draft, candidates, notes };
}

/** Reads every sentence's figures, in order: the figures built and the numbers skipped, with why. */
function readSentences(prepared: PreparedText): SentencesRead {
  const { text, doc, dates, style, money, pub, publishedKnown } = prepared;
  const mentions = prepared.placeIndex.mentions;
  const explain = prepared.options.reasons !== false;
  const built: Built[] = [];
  const skippedNotes: string[] = [];
  let dateAt = 0;
  // the unit of the latest count of people in the paragraph: what "of them" and "170 are" count
  let antecedent: string | undefined;
  let paragraph: Sentence['paragraph'] | undefined;
  // the day the sentence before (in the paragraph) is dated by: a sentence that continues it ("It also ...") shares it
  let carried: DateMention | undefined;
  // the unit of the latest count of people or things in the text, whatever the paragraph
  let countedLast: string | undefined;
  // the unit of the latest count of people or things in the paragraph (what "1,200 have been affected" may count)
  let paragraphThing: string | undefined;
  // the currency of the latest amount of money in the paragraph: what "37.3 million were spent" is in
  let moneyLast: string | undefined;
  // the day a heading such as "As at 2 March 2024:" or "KEY FIGURES (as of 1 March)" dates the short lines under it by
  let headed: DateMention | undefined;
  // "Situation Report No. 50 (as of 21 August 2014)": the day a report's title says it holds, for figures with no other
  const titled = titleDate(text, doc.lineStarts, dates, pub);
  // "NEW YORK, 10 May (OCHA) -- ...": the day the text's dateline gives, the day it announces what it announces
  const dateline = publishedKnown ? datelineDate(text, dates, pub) : undefined;
  for (const sentence of doc.sentences) {
    // (a paragraph of prose ends what such a heading dates)
    if (sentence.end - sentence.start > HEADED_REACH) headed = undefined;
    while (dateAt < dates.length && dates[dateAt]!.start < sentence.start) dateAt++;
    const sentenceDates: DateMention[] = [];
    for (let i = dateAt; i < dates.length && dates[i]!.start < sentence.end; i++) if (dates[i]!.end <= sentence.end) sentenceDates.push(dates[i]!);
    const { tokens, ranges } = findNumbers(text, sentence.start, sentence.end, style, sentenceDates);
    for (const r of ranges) skippedNotes.push(`line ${lineOf(doc.lineStarts, r.start)}: '${text.slice(r.start, r.end)}' is part of a range written with a dash; not extracted`);
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      antecedent = undefined;
      paragraphThing = undefined;
      moneyLast = undefined;
      carried = undefined;
    }
    const raws: RawFigure[] = [];
    // "Of these, 7,401 were classified as partially damaged": the sentence goes on with the thing counted last
    let lastThing: string | undefined = tokens.length > 0 && OF_THESE_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))) ? countedLast : undefined;
    let lastThingAt = -1;
    const setting: FigureSetting = { text, sentence, skipped: skippedNotes, lineStarts: doc.lineStarts, money, acronyms: prepared.acronyms, explain, wholeSentence: {} };
    for (const token of tokens) {
      const raw = readFigure(setting, token, { antecedent, lastThing, lastThingAt, paragraphThing, moneyLast });
      if (!raw) continue;
      raws.push(raw);
      // (not an equivalent in brackets: "105 million Swedish kronor (USD 15 million)" leaves the paragraph's currency SEK)
      if (unitDimension(raw.unit) === 'money' && !/\(\s*$/.test(text.slice(Math.max(0, raw.coreStart - 3), raw.coreStart))) moneyLast = raw.unit;
      // (a count in parentheses restates the one before it, "7.9m people (2m families)": the count before stays the antecedent)
      if (isCountUnit(raw.unit) && !(antecedent !== undefined && text[raw.token.start - 1] === '(')) antecedent = raw.unit;
      const dim = unitDimension(raw.unit);
      // (schools counted as evacuation centres are still schools to what follows: "42 schools are used as evacuation centres; 10 others were damaged")
      // (nor a count in an aside in brackets, "12 in Buzi (hosting 4,464 individuals), 8 in Nhamatanda": the list goes on counting what it counted)
      const aside = lastThing !== undefined && /\([^()]{0,30}$/.test(text.slice(Math.max(sentence.start, raw.token.start - 31), raw.token.start));
      if ((dim === 'count' || dim === 'object') && !aside) {
        lastThing = countedLast = raw.unit === 'evacuation-centre' && /\bschools$/i.test(text.slice(raw.coreStart, raw.coreEnd)) ? 'school' : raw.unit;
        lastThingAt = raw.token.start;
      }
      // (land, food and water counted too: "8,681 hectares ... In Pell, 20,539 have been affected" is no count of people)
      if (dim === 'count' || dim === 'object' || dim === 'area' || dim === 'mass' || dim === 'volume') paragraphThing = raw.unit;
    }
    pairEquivalents(text, raws, skippedNotes, doc.lineStarts, money);
    // a number written "4, 263" holds a comma that ends no clause
    // (and so does a range with a spaced dash, "between 25,000 - 30,000 people")
    const spacedNumbers = tokens.filter((t) => t.kind === 'digits' && ((t.numberEnd - t.start > 5 && text.slice(t.start, t.numberEnd).includes(', ')) || (t.high !== undefined && /\s[-–]\s/.test(t.written))));
    const sentenceClauses = clauses(text, sentence, spacedNumbers.length > 0 ? [...sentenceDates, ...spacedNumbers].sort((a, b) => a.start - b.start) : sentenceDates);
    // clauses that hold no figure of their own may lend their words to a figure's indicator
    const busy = new Set<Span>();
    for (const raw of raws) {
      const c = raw.statedOf ? undefined : spanAt(sentenceClauses, raw.token.start);
      if (c) busy.add(c);
    }
    const freeClauses = sentenceClauses.filter((c) => !busy.has(c));
    // (a sentence with a year or a period of its own, "In 2021, ...", "Last year ...", is not dated by the report's title)
    const untitled = titled && sentenceDates.length === 0 && !OWN_PERIOD.test(text.slice(sentence.start, sentence.end)) ? titled : undefined;
    // the indicator of the latest count of people in the sentence, which the groups after its "including" take
    // (not across a semicolon or a share: "hosts 300,000 refugees; ... funded at 40%, including 20,000 students")
    let wholeBefore: IndicatorGuess | undefined;
    let wholeEnd = 0;
    for (const raw of raws) {
      if (raw.statedOf || raw.equivalentOfUnknown) continue;
      // bridges and shops: damage to infrastructure and livelihoods, which the figures of a crisis leave out (the
      // labelling conventions count people, money, homes, schools, shelters and relief items); read to tell what
      // "13 others" after them are, said in the notes, not drafted
      if (LEFT_OUT_THINGS.has(raw.unit)) {
        skippedNotes.push(`line ${lineOf(doc.lineStarts, raw.token.start)}: '${text.slice(raw.coreStart, raw.coreEnd).replace(/\s+/g, ' ')}' counts ${raw.unit === 'bridge' ? 'bridges (infrastructure)' : 'businesses or shops'}, not people, homes or relief; not extracted (add it by hand if it matters)`);
        continue;
      }
      const whole = raw.partOfBefore && wholeBefore !== undefined && !/[;%]/.test(text.slice(wholeEnd, raw.token.start)) ? wholeBefore : undefined;
      for (const b of buildFigures(text, sentence, sentenceClauses, freeClauses, sentenceDates, raw, mentions, pub, publishedKnown, doc.lineStarts, carried, headed ?? untitled, dateline, whole)) {
        if (!raw.partOfBefore && b.candidate.unit === 'person') {
          wholeBefore = b.candidate.indicator === null ? undefined : { indicator: b.candidate.indicator, word: text.slice(raw.coreStart, raw.coreEnd), scope: 'sentence', distance: 0 };
          wholeEnd = raw.coreEnd;
        }
        // a duration, distance, area or volume is a humanitarian figure only when the text says what it
        // measures (a volume: water or fuel delivered, not rain or a tank's capacity)
        const dim = unitDimension(b.candidate.unit);
        // (nor a war's length, whatever else the clause names: "ended 13 years of civil war" after "The offensive")
        // (nor an age: "in the age group of six months to 15 years", "children aged 6 to 59 months", "five years old")
        if ((dim === 'time' || dim === 'length' || dim === 'area' || dim === 'volume') && (b.candidate.indicator === null || (dim === 'time' && (WAR_LENGTH_AFTER.test(text.slice(raw.coreEnd, Math.min(sentence.end, raw.coreEnd + 60))) || DURATION_AGE_LEAD.test(text.slice(Math.max(sentence.start, raw.coreStart - 60), raw.coreStart)) || DURATION_AGE_AFTER.test(text.slice(raw.coreEnd, Math.min(sentence.end, raw.coreEnd + 12))))))) {
          const what = dim === 'time' ? 'duration' : dim === 'length' ? 'distance' : dim === 'area' ? 'area' : 'volume';
          const ties = dim === 'volume' ? 'a delivery' : 'an offensive, a blockade, a journey';
          skippedNotes.push(`line ${b.candidate.line}: '${text.slice(raw.coreStart, raw.coreEnd).replace(/\s+/g, ' ')}' is a ${what} that nothing near it ties to the crisis (${ties}); not extracted`);
          continue;
        }
        // a distance that says where a place lies ("some 100 km (62 miles) south of the epicenter"), or
        // that the writer or responders travelled ("We had to walk 120 kilometres"): no figure of the crisis
        if (dim === 'length' && (COMPASS_AFTER.test(text.slice(raw.coreEnd, Math.min(sentence.end, raw.coreEnd + 40))) || RESPONDERS_TRAVEL_LEAD.test(text.slice(Math.max(sentence.start, raw.coreStart - 80), raw.coreStart)))) {
          skippedNotes.push(`line ${b.candidate.line}: '${text.slice(raw.coreStart, raw.coreEnd).replace(/\s+/g, ' ')}' is a distance that says where a place lies, or how far the writer or responders travelled; not extracted`);
          continue;
        }
        b.sentence = sentence.start;
        built.push(b);
      }
    }
    const own = sentenceDates.filter((d) => d.value !== undefined && d.value.length === 10 && datesFigure(d.value, pub) && !/^['’]s\b/.test(text.slice(d.end, d.end + 3)) && !NOT_AS_OF.test(text.slice(Math.max(sentence.start, d.start - 20), d.start)));
    const heading = tokens.length === 0 && own.length === 1 && sentence.end - sentence.start <= DATE_HEADING_MAX ? own[0]! : undefined;
    // (not a key figure's label under its number, whose date is that figure's: "2.9M" over "Estimated IDPs ... as of 31 December 2020")
    // (and only where the line reads as one: a page's number over a sentence is no key figure)
    const numberLine = own.length > 0 ? loneNumberAbove(text, doc.lineStarts, sentence.start) : undefined;
    const labelUnder = numberLine !== undefined && labelBelow(text, doc.lineStarts, numberLine) !== undefined;
    if (heading && !labelUnder && DATE_HEADING_LEAD.test(text.slice(Math.max(sentence.start, heading.start - 24), heading.start)) && /^[\s).:]*$/.test(text.slice(heading.end, sentence.end))) headed = heading;
    // ("... where, as of April 6, with this results:" over "- 308 dead people": a sentence of no figure that ends in a colon,
    // its last date after "as of", dates the list under it)
    else if (tokens.length === 0 && own.length > 0 && !labelUnder) {
      const last = own[own.length - 1]!;
      if (DATE_HEADING_LEAD.test(text.slice(Math.max(sentence.start, last.start - 24), last.start)) && /^[^.;:\d]{0,40}:\s*$/.test(text.slice(last.end, sentence.end))) headed = last;
    }
    if (labelUnder) carried = undefined;
    else if (own.length > 0) carried = own[own.length - 1];
    else if (!CONTINUES.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + REACH)))) carried = undefined;
  }

  return { built, skippedNotes };
}

/** Whether a number is the number of its paragraph or list item: one or two digits opening its line, then "." or ")" and a space ("1. ", "(2) ", "3) ", "(3)Assistance"). */
function isItemNumber(text: string, lineStart: number, token: NumberToken): boolean {
  // ("(3)Assistance through ...": a bracketed number may touch its item's first word)
  return /^\d{1,2}$/.test(token.written) && /^[ \t]*\(?$/.test(text.slice(lineStart, token.start)) && /^(?:[.)][ \t]|\)\p{Lu})/u.test(text.slice(token.end, token.end + 2));
}

/** An asOf score of a date the figure's own sentence gives (asOfFor): a clause's date, an "as of" opening. */
const DATED_IN_SENTENCE = 0.85;

/** A list item's marker at the start of its line, then a few words before its number: "• ", "- ", "2. ", "(b) ". */
const LIST_ITEM = /^[ \t]*(?:[•◦▪●■*–-]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t]+(?:[^\s.;:]+[ \t]+){0,3}?(?:[^\s\d.;:]+)?[ \t]*$/u;
/** The marker that opens a list's item: "• ", "- ", "2. ", "(b) ". */
const ITEM_MARKER = /^[ \t]*(?:[•◦▪●■*–-]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t]+/u;
/** How far up a list's first line is looked for. */
const LIST_RUN_REACH = 200;

/** The first line of the list whose item `line` is: the lines right above it are items too (a blank line ends a list: a highlights list and the body's list after it are two). */
function listRunOf(text: string, lineStarts: readonly number[], line: number): number {
  let first = line;
  for (let l = line - 1; l >= 1 && line - l <= LIST_RUN_REACH; l--) {
    const lineText = text.slice(lineStarts[l - 1]!, l < lineStarts.length ? lineStarts[l]! : text.length);
    if (!ITEM_MARKER.test(lineText)) break;
    first = l;
  }
  return first;
}

/** Merges the figures said more than once (a headline repeating the body): the figures kept, by key, and how many were merged. */
function mergeRepeats(built: readonly Built[], leadEnd: number): { kept: Map<string, Built>; duplicates: number } {
  // duplicates: the same figure said twice (a headline repeating the first paragraph)
  const kept = new Map<string, Built>();
  let duplicates = 0;
  for (let index = 0; index < built.length; index++) {
    const b = built[index]!;
    const c = b.candidate;
    // the same amount said again with the same hedge, indicator and equivalents is one figure (the corpus convention), whatever the wording
    let key = `${b.amount}|${c.indicator}`;
    let seen = kept.get(key);
    // "500,000 migrants in transit ... & 500,000 Colombian returnees": two numbers of one clause are two figures,
    // and so are two of one sentence ("WFP (SEK 20 million) and WHO (SEK 20 million)"): a sentence does not repeat itself
    if (seen && seen.candidate.line === c.line && (seen.candidate.quote === c.quote || (seen.sentence !== undefined && seen.sentence === b.sentence))) {
      key = `${key}|clause|${index}`;
      seen = undefined;
    }
    // "$1 million to Fiji ... $1 million ... in Samoa": the same amount for two different places is two figures
    // (and a small count for a place named after one said where no place is: "Two women among the dead"
    // then "two from Chattogram" in a list by place; small numbers recur by chance)
    if (seen && seen.candidate.place !== c.place && !b.headline && ((b.placeNamed && seen.placeNamed && !seen.headline) || (b.placeSaid && c.value < SMALL_COUNT))) {
      key = `${key}|${c.place}`;
      seen = kept.get(key);
    }
    // "• £2 million for emergency repairs" then "• £2 million to UNICEF": the items of one list are its
    // allocations, each said once (not a highlights list and a body's list, a paragraph between, whose items repeat)
    if (seen && b.listRun !== undefined && b.listRun === seen.listRun && !b.headline && !seen.headline && seen.candidate.quote !== c.quote && c.line !== seen.candidate.line) {
      key = `${key}|item|${c.line}`;
      seen = kept.get(key);
    }
    if (seen && b.further && seen.candidate.quote !== c.quote) {
      // "$50 million ... another $50 million": two amounts of the same size (the same sentence said again is still a repeat)
      key = `${key}|further|${c.quote}`;
      seen = kept.get(key);
    }
    if (!seen) {
      kept.set(key, b);
      continue;
    }
    duplicates++;
    const better = seen.headline !== b.headline ? !b.headline : b.candidate.confidence > seen.candidate.confidence;
    const [keep, drop] = better ? [b, seen] : [seen, b];
    addReview(keep, `the same figure also appears on line ${drop.candidate.line}${drop.headline ? ' (the headline)' : ''}: kept once`);
    // "More than 4,500 deaths ..., as of 6 March" in the highlights, then the body without a date: the figure
    // keeps the day its repeat was given (a date in the repeat's own sentence beats a report's or a publication's)
    if (drop.asOfScore >= DATED_IN_SENTENCE && keep.asOfScore < DATED_IN_SENTENCE && drop.candidate.asOf !== null && drop.candidate.asOf !== keep.candidate.asOf) {
      keep.candidate.asOf = drop.candidate.asOf;
      if (drop.candidate.period) keep.candidate.period = { ...drop.candidate.period };
      else delete keep.candidate.period;
      keep.asOfScore = drop.asOfScore;
      addReview(keep, `asOf ${drop.candidate.asOf}: the date its repeat on line ${drop.candidate.line} gives`);
    }
    kept.set(key, keep);
  }
  // "100 million Swiss francs ($112.3 million)" then "we are seeking 100 million CHF": the amount said
  // again without its equivalent, for the same indicator and place, is the same figure
  const withEquivalent = new Map<string, Built | null>();
  for (const b of kept.values()) {
    const bare = withoutEquivalent(b.amount);
    if (bare === b.amount) continue;
    const k = `${bare}|${b.candidate.indicator}`;
    withEquivalent.set(k, withEquivalent.has(k) ? null : b);
  }
  if (withEquivalent.size > 0) {
    kept.forEach((b, key) => {
      if (b.further || withoutEquivalent(b.amount) !== b.amount) return;
      const twin = withEquivalent.get(`${b.amount}|${b.candidate.indicator}`);
      // (for another place each names as its own, another figure: "£2 million ($2.5 million) for Pell ... £2 million for Marl")
      if (!twin || (twin.candidate.place !== b.candidate.place && b.placeNamed && twin.placeNamed)) return;
      kept.delete(key);
      duplicates++;
      addReview(twin, `the same figure also appears on line ${b.candidate.line}, without its equivalent: kept once`);
    });
  }
  // the same amount again where the words give no indicator ("(1) Emergency Grant Aid: 30 million USD", a
  // summary list repeating the body) is the figure the body names, when the body names exactly one
  const named = new Map<string, Built | null>();
  for (const b of kept.values()) {
    if (b.candidate.indicator === null) continue;
    named.set(b.amount, named.has(b.amount) ? null : b);
  }
  // (forEach, no copy of the entries: only the entry visited is deleted, and no twin ever is)
  kept.forEach((b, key) => {
    if (b.candidate.indicator !== null) return;
    const twin = named.get(b.amount);
    // the same amount named for another place in its own sentence is another figure, and so is a
    // small count for a place named where the other names none: small numbers recur by chance ("two
    // from Chattogram" in a list of deaths by place, after a headline's "Two women among the dead")
    // (nor is an amount the named one is said to add to: "$50 million ... another $50 million")
    // (and two of one sentence are two figures, as above: "Kuwait will give $250 million ... while $250 million will come from NGOs")
    // (nor a headline's: the pass below keeps the body's words for it, the headline dropping qualifiers and places)
    if (!twin || twin.further || twin.headline || (b.candidate.line === twin.candidate.line && b.sentence !== undefined && b.sentence === twin.sentence) || (twin.candidate.place !== b.candidate.place && ((b.placeNamed && twin.placeNamed) || (b.placeSaid && b.candidate.value < SMALL_COUNT)))) return;
    kept.delete(key);
    duplicates++;
    addReview(twin, `the same figure also appears on line ${b.candidate.line}: kept once`);
  });
  // a headline figure that the body gives with the same value and unit (headlines drop qualifiers)
  const body = new Map<string, Built>();
  for (const b of kept.values()) {
    const k = `${b.candidate.value}|${b.candidate.unit}`;
    if (!b.headline && !body.has(k)) body.set(k, b);
  }
  // ("$23m emergency appeal" over "19 million Swiss francs (US$ 23 million)": a headline may give only the equivalent)
  for (const b of kept.values()) {
    if (b.headline) continue;
    for (const e of b.candidate.stated) {
      const k = `${e.value}|${e.unit}`;
      if (!body.has(k)) body.set(k, b);
    }
  }
  kept.forEach((b, key) => {
    if (!b.headline) return;
    const twin = body.get(`${b.candidate.value}|${b.candidate.unit}`);
    // (a vague amount is no number said again: the headline's "thousands" is not the body's "over 1,000")
    if (!twin || twin.vague !== b.vague) return;
    kept.delete(key);
    duplicates++;
    addReview(twin, `the headline (line ${b.candidate.line}) gives the same value: "${b.candidate.quote}"`);
  });
  // "some 630 people had died ... until now 630 people died", "its €1.8 billion annual budget" and on
  // the next line "a budget of more than €1.8 billion": the same number said again on the same line or
  // within HEDGE_REACH_LINES lines without its hedge is one figure, the hedged one
  const hedged = new Map<string, Built>();
  // by value, unit and line alone: for a repeat that says nothing else (no indicator, no place),
  // "Twenty million people ... are at risk" in a headline and "up to 20 million people" below it
  const hedgedBare = new Map<string, Built>();
  for (const b of kept.values()) {
    const c = b.candidate;
    if (c.qualifier !== 'exact' && c.qualifier !== 'range') {
      hedged.set(sameLineKey(c, c.line), b);
      hedgedBare.set(bareLineKey(c, c.line), b);
    }
  }
  if (hedged.size > 0) {
    kept.forEach((b, key) => {
      // (not one said to be more: "More than two million ..., with a further two million people")
      if (b.candidate.qualifier !== 'exact' || b.further) return;
      const bare = b.candidate.indicator === null && b.candidate.place === null;
      let twin: Built | undefined;
      for (let d = 0; twin === undefined && d <= HEDGE_REACH_LINES; d++) {
        twin = hedged.get(sameLineKey(b.candidate, b.candidate.line + d)) ?? hedged.get(sameLineKey(b.candidate, b.candidate.line - d));
        if (twin === undefined && bare && b.candidate.value >= SMALL_COUNT) twin = hedgedBare.get(bareLineKey(b.candidate, b.candidate.line + d)) ?? hedgedBare.get(bareLineKey(b.candidate, b.candidate.line - d));
      }
      if (!twin) return;
      kept.delete(key);
      duplicates++;
      addReview(twin, `the same number is said again on line ${b.candidate.line} without its hedge: kept once, as '${twin.candidate.qualifier}'`);
    });
  }
  // "Nearly 8.3 million people" then, lines below, "approximately 8.3 million people ...": the same
  // number said again with another hedge, for the same indicator and place (or where one names
  // none), is one figure, as first said (the corpus convention); not a small count, a range, a part
  // or one said to be more ("another")
  const firstSaid = new Map<string, Built>();
  kept.forEach((b, key) => {
    const c = b.candidate;
    // (a small amount of money recurs as what each gets: "€6,000 ... up to €3,000 each")
    // (nor a vague amount: "Hundreds of thousands of children" and "100,000 people have been evacuated" share a value by chance)
    if (c.qualifier === 'range' || b.further || b.vague || c.value < SMALL_COUNT || c.breakdown !== undefined || (unitDimension(c.unit) === 'money' && c.value < SMALL_AMOUNT)) return;
    const k = `${c.value}|${c.unit}`;
    const twin = firstSaid.get(k);
    if (twin === undefined) {
      firstSaid.set(k, b);
      return;
    }
    const t = twin.candidate;
    if (twin.vague) return;
    // (nor the whole and the part of one "nearly all of N", whose quotes overlap)
    if (t.qualifier === c.qualifier || (t.line === c.line && (t.quote.includes(c.quote) || c.quote.includes(t.quote)))) return;
    if (t.indicator !== null && c.indicator !== null && t.indicator !== c.indicator) return;
    if (t.place !== null && c.place !== null && t.place !== c.place) return;
    // (the first said in the headline or the lead, as a report restates its key figures: two statements
    // of the body with the same number, "Nearly 8.3 million people need assistance ... Approximately 8.3
    // million people are food insecure", may be two figures)
    // (or said again in a key-figure line: "around 4,500 people remain in 10 evacuation centres" then "4,500 People remain in 10 evacuation centres")
    if (!(twin.headline || b.headline || t.line <= leadEnd)) return;
    kept.delete(key);
    duplicates++;
    addReview(twin, `the same number is said again on line ${c.line} as '${c.qualifier}': kept once, as first said ('${t.qualifier}')`);
  });
  // "an additional NZ$2 million ($1.35 million)" then "NZ$1.5 million of the additional NZ$2 million": an
  // amount named again with "the" is the one said before, whatever place or indicator its sentence gives it
  const earlier = new Map<string, Built>();
  // (and one with no hedge of its own names again the first said of its value, whatever that one's hedge: "About 4,000
  // people are living in 87 shelters" then "the needs of the 4,000 people in shelters")
  const earlierAnyHedge = new Map<string, Built>();
  kept.forEach((b, key) => {
    // (with the same hedge: "130,000 in Zimbabwe" then "the more than 130,000 displaced children" are two)
    const k = `${b.candidate.value}|${b.candidate.unit}|${b.candidate.qualifier}`;
    const bare = `${b.candidate.value}|${b.candidate.unit}`;
    const twin = earlier.get(k) ?? (b.candidate.qualifier === 'exact' && b.candidate.value >= SMALL_COUNT ? earlierAnyHedge.get(bare) : undefined);
    if (!earlierAnyHedge.has(bare)) earlierAnyHedge.set(bare, b);
    // (kept holds the figures in the text's order: the twin was said before)
    if (b.anaphoric && twin) {
      kept.delete(key);
      duplicates++;
      addReview(twin, `the same amount is named again on line ${b.candidate.line} ("the ..."): kept once`);
      return;
    }
    if (!earlier.has(k)) earlier.set(k, b);
  });
  return { kept, duplicates };
}

/** A sentence longer than this is prose: it ends what a date heading dates. */
const HEADED_REACH = 200;
/** How many first lines of a text may be its title, and how long one may be. */
const TITLE_LINES = 3;
/** A year or a period a sentence names of its own: "in 2021", "last year", "since 2017", "in the past month". */
const OWN_PERIOD = /\b(?:19|20)\d\d\b|\b(?:last|previous|past|next|this|coming)\s+(?:year|month|week|season|decade)\b|\byesterday\b|\btoday\b/i;
const TITLE_MAX = 200;
const REPORT_TITLE = /\b(?:[Rr]eport|REPORT|[Ss]it[Rr]ep|SITREP|[Uu]pdate|UPDATE|[Ss]napshot|[Bb]ulletin|[Oo]verview|[Dd]ashboard|[Bb]rief|[Ff]lash)\b/u;

/**
 * The day a report's title says its figures hold: "Situation Report No. 50 (as of 21 August 2014)",
 * "Flash Update as at 14 March 2024" in one of its first lines (a line no longer than TITLE_MAX that
 * names a report, an update, a snapshot or a bulletin), on or before publication.
 */
function titleDate(text: string, lineStarts: readonly number[], dates: readonly DateMention[], pub: string): DateMention | undefined {
  for (let k = 0; k < Math.min(TITLE_LINES, lineStarts.length); k++) {
    const start = lineStarts[k]!;
    const end = k + 1 < lineStarts.length ? lineStarts[k + 1]! : text.length;
    // (a report's title names it a report: "Situation Report No. 50", "Flash Update", not a heading "As at 2 March 2024:")
    if (end - start > TITLE_MAX || !REPORT_TITLE.test(text.slice(start, end))) continue;
    for (const d of dates) {
      if (d.start >= end) break;
      if (d.start < start || d.value === undefined || d.value.length !== 10 || !datesFigure(d.value, pub)) continue;
      if (/(?:\(|\b)[Aa]s\s+(?:of|at)\s*$/.test(text.slice(Math.max(start, d.start - 12), d.start))) return d;
    }
  }
  return undefined;
}
/**
 * The day a text's dateline gives, "NEW YORK, 10 May (OCHA) -- ...", "GENEVA, March 3, 2020 (WHO) –": a city in capitals
 * opening a line of its first paragraphs, the day, perhaps the agency, and a dash; a day up to a week before publication.
 */
function datelineDate(text: string, dates: readonly DateMention[], pub: string): DateMention | undefined {
  for (const d of dates) {
    if (d.start > DATELINE_REACH) break;
    if (d.value === undefined || d.value.length !== 10 || d.value > pub || daysBetween(d.value, pub) > 7) continue;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    if (DATELINE_BEFORE.test(text.slice(lineStart, d.start)) && DATELINE_AFTER.test(text.slice(d.end, d.end + 40))) return d;
  }
  return undefined;
}
/** How far into a text its dateline may be (after a headline and a standfirst). */
const DATELINE_REACH = 1500;
/** A dateline's city (in capitals), perhaps its country, before its day. */
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?,\s*$/u;
/** After a dateline's day: perhaps the agency in brackets, then its dash. */
const DATELINE_AFTER = /^\s*(?:\(\s*[\p{L}\s/.&-]{1,30}\))?\s*(?:--|[-–—])\s/u;

/** A date heading is a line no longer than this. */
const DATE_HEADING_MAX = 120;
/** Right before the date of a heading: "As at", "as of", "Situation on", "Updated". */
const DATE_HEADING_LEAD = /(?:\b[Aa]s\s+(?:of|at|on)|\b[Ss]ituation\s+(?:as\s+)?(?:of|on|at)|\b[Uu]pdated(?:\s+on)?|\b[Dd]ata\s+(?:as\s+)?(?:of|on))\s*$/u;

/** Below this a count said twice is as likely two counts as one said again. */
const SMALL_COUNT = 20;
/** The lines of a text's headline and lead: a number said there and again below with another hedge is one figure. */
const LEAD_LINES = 8;
/** The same counted in lines that are not blank (a headline, a dateline, a byline and two paragraphs, each after a blank line). */
const LEAD_TEXT_LINES = 5;
/** The line (1-based) where a text's headline and lead end: its LEAD_LINES-th line, or its LEAD_TEXT_LINES-th line that is not blank if later. */
function leadEndLine(text: string, lineStarts: readonly number[]): number {
  let seen = 0;
  for (let k = 0; k < lineStarts.length; k++) {
    const end = k + 1 < lineStarts.length ? lineStarts[k + 1]! : text.length;
    if (/\S/.test(text.slice(lineStarts[k]!, end)) && ++seen === LEAD_TEXT_LINES) return Math.max(LEAD_LINES, k + 1);
  }
  return Math.max(LEAD_LINES, lineStarts.length);
}
/** Below this an amount of money said twice with another hedge is as likely two amounts (each one's share) as one said again. */
const SMALL_AMOUNT = 100_000;

/** How many lines apart a number and its repeat without the hedge may be. */
const HEDGE_REACH_LINES = 2;

/** A figure's value, unit, indicator and place, and a line: what a repeat said without its hedge shares with it. */
function sameLineKey(c: Candidate, line: number): string {
  return [c.value, c.unit, c.indicator ?? '', c.place ?? '', line].join('|');
}

/** A figure's value and unit, and a line: the key of a repeat that names no indicator and no place. */
function bareLineKey(c: Candidate, line: number): string {
  return `${c.value}|${c.unit}|${line}`;
}

/** The figures whose numbers the format can check in their quotes, in the text's order; the others are noted as skipped. */
function checkableFigures(kept: ReadonlyMap<string, Built>, skippedNotes: string[]): Built[] {
  // a figure whose quote the format cannot check (a number written in a way humfig-facts/1 does not read) stays out
  const accepted: Built[] = [];
  for (const b of kept.values()) {
    const c = b.candidate;
    // a range may write only its upper end in full ("between one and two thousand"): that one is checked
    if (!quoteHasNumber(c.quote, c.value) && !(c.high !== undefined && quoteHasNumber(c.quote, c.high))) {
      skippedNotes.push(`line ${c.line}: "${c.quote}" (${c.value} ${c.unit}) is not in the draft: humfig-facts/1 cannot check the number as written`);
      continue;
    }
    if (c.stated.length > 0) {
      c.stated = c.stated.filter((s) => {
        if (quoteHasNumber(s.quote, s.value)) return true;
        addReview(b, `stated equivalent "${s.quote}" dropped: its number cannot be checked as written`);
        return false;
      });
    }
    accepted.push(b);
  }
  accepted.sort((a, b) => a.candidate.line - b.candidate.line);
  return accepted;
}

/** The draft's places, candidates and figures (each with its id) from the figures kept. */
function draftFigures(accepted: readonly Built[], indexed: readonly { id: string; name: string; iso3?: string }[], sourceId: string, pub: string): { places: Map<string, Place>; candidates: Candidate[]; figures: Figure[] } {
  // places and ids
  const places = new Map<string, Place>();
  for (const p of indexed) places.set(p.id, p.iso3 ? { id: p.id, name: p.name, iso3: p.iso3 } : { id: p.id, name: p.name });
  const usedIds = { used: new Set<string>(), next: new Map<string, number>(), bases: new Map<string, string>() };
  const candidates: Candidate[] = [];
  const figures: Figure[] = [];
  for (const b of accepted) {
    const c = b.candidate;
    if (c.place === null) places.set(UNKNOWN_PLACE.id, UNKNOWN_PLACE);
    const id = uniqueId(c.indicator ?? 'figure', c.place, usedIds);
    c.id = id;
    candidates.push(c);
    const figure: Figure = {
      id,
      label: b.label,
      indicator: c.indicator ?? 'unknown',
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      place: c.place ?? UNKNOWN_PLACE.id,
      asOf: c.asOf ?? pub,
      source: sourceId,
      quote: c.quote,
    };
    if (c.stated.length > 0) figure.stated = c.stated.map((s) => ({ ...s }));
    if (c.breakdown) figure.breakdown = { ...c.breakdown };
    if (c.period) figure.period = { ...c.period };
    if (c.low !== undefined && c.high !== undefined) {
      figure.low = c.low;
      figure.high = c.high;
    }
    // joined: one flat string per figure, and the review it copies can go at once
    figure.notes = clip(['Extracted by rule (confidence ', c.confidence.toFixed(2), ', line ', c.line, '). Review: ', b.review, '.'].join(''), 4000);
    b.review = '';
    figures.push(figure);
  }
  return { places, candidates, figures };
}

/** What readFigure reads a number in: the text, its sentence, where notes go, and how the document writes money. */
interface FigureSetting {
  text: string;
  sentence: Sentence;
  /** notes on numbers that look like figures and are not drafted */
  skipped: string[];
  lineStarts: number[];
  money: MoneyContext;
  /** the acronyms the text defines for things it counts, and their units ("PPS" -> evacuation-centre) */
  acronyms: ReadonlyMap<string, string>;
  /** whether the reasons of each figure are kept */
  explain: boolean;
  /**
   * what the whole sentence says, read once for all its numbers (a sentence of thousands of numbers would
   * otherwise be read again for each: quadratic): whether it names animals or plants, and a people word
   */
  wholeSentence: { animals?: boolean; people?: boolean };
}

/** Whether the sentence names animals or plants (ANIMALS_OR_PLANTS), read once per sentence. */
function sentenceNamesAnimals(setting: FigureSetting): boolean {
  return (setting.wholeSentence.animals ??= ANIMALS_OR_PLANTS.test(setting.text.slice(setting.sentence.start, setting.sentence.end)));
}
/** Whether the sentence names people by a noun of people, read once per sentence. */
function sentenceNamesPeople(setting: FigureSetting): boolean {
  return (setting.wholeSentence.people ??= /\b(?:people|persons|children|refugees|families|households|civilians|migrants|residents|displaced|survivors)\b/i.test(setting.text.slice(setting.sentence.start, setting.sentence.end)));
}

/** What was counted before the number, in the sentence and the paragraph. */
interface CountedBefore {
  /** the unit of the latest count of people in the paragraph: what "of them" and "170 are" count */
  antecedent: string | undefined;
  /** the unit of the figure just before in the sentence, whatever it counts ("880 homes ... another 967") */
  lastThing: string | undefined;
  /** where that figure's number starts (-1 when it is carried from a sentence before) */
  lastThingAt: number;
  /** the unit of the latest count of people or things in the paragraph ("300 houses ... In Pell, 1,200 have been affected") */
  paragraphThing: string | undefined;
  /** the currency of the latest amount of money in the paragraph ("€50 million ... 37.3 million were spent") */
  moneyLast: string | undefined;
}

/** Reads the figure around one number, or undefined (with a note when it looks like a figure but cannot be read). */
function readFigure(setting: FigureSetting, token: NumberToken, counted: CountedBefore): RawFigure | undefined {
  const { text, sentence, skipped, lineStarts, money, explain } = setting;
  const { antecedent, lastThing, lastThingAt, moneyLast } = counted;
  const line = lineOf(lineStarts, token.start);
  const reasons: string[] | undefined = explain ? [] : undefined;
  const review: string[] = [];
  let kinds = 0;
  if (isNoCountFirst(setting, token, line)) return undefined;
  let coreStart = token.start;
  let coreEnd = token.end;
  let unit: string | undefined;
  let noun: string | undefined;
  let unitScore = 1;
  let value = token.value;
  let modifiers: string[] = [];

  const before = token.kind === 'digits' || token.kind === 'word' ? currencyBefore(text, sentence.start, token.start, money) : undefined;
  if (before && 'unknown' in before) {
    skipped.push(`line ${line}: unknown currency sign '${before.unknown}' before '${token.written}'; not extracted`);
    return undefined;
  }
  if (token.glued && !before) return undefined; // "G7", "A4": letters glued to digits that are no currency
  if (isNoCountAfterCurrency(setting, token, line, before)) return undefined;
  // "Population: 9.5 million" under "Deaths - 12": a key figure's label that names a baseline or a measure, not a count drafted
  // (read once: a label that names a count gives the unit further on, one that names none is this check's)
  const keyLabel = token.kind === 'digits' ? labelBefore(text, lineStarts, line, token, true) : undefined;
  const countLabel = keyLabel !== undefined && keyLabel.unit !== '' ? keyLabel : undefined;
  if (!before && keyLabel !== undefined && CONTEXT_LABEL.test(text.slice(keyLabel.heading.start, keyLabel.heading.end))) {
    skipped.push(`line ${line}: '${token.written}' follows the label '${text.slice(keyLabel.heading.start, keyLabel.heading.end)}', a baseline or a measure, not a figure; not extracted`);
    return undefined;
  }
  if (before) {
    unit = before.code;
    coreStart = before.start;
    // "AFN 50 million AFN (USD7.7 million)": the code written again after the amount belongs to it
    const again = /^\s+([A-Z]{3})(?![\p{L}\p{N}])/u.exec(text.slice(token.end, Math.min(sentence.end, token.end + 6)));
    if (again && again[1] === unit) coreEnd = token.end + again[0].length;
    // ("$10.5 million US dollars (about N4.6 billion)": the currency named again, then its equivalent)
    const againNamed = unit === 'USD' ? /^\s+(?:US|U\.S\.)\s+dollars?(?![\p{L}])/u.exec(text.slice(token.end, Math.min(sentence.end, token.end + 16))) : null;
    if (againNamed) coreEnd = token.end + againNamed[0].length;
    // "$1,500,000 Chilean pesos (US$1,894)": a peso or another dollar named after the amount is what its '$' stands for
    const named = before.written === '$' ? currencyAfter(text, token.end, sentence.end) : undefined;
    if (named !== undefined && named.unit !== unit && DOLLAR_SIGN_NAME.test(named.written)) {
      unit = named.unit;
      coreEnd = named.end;
      reasons?.push(`currency '$' before the number and '${named.written}' after it -> ${unit}`);
    } else reasons?.push(`currency '${before.written}' before the number -> ${unit}${before.why ? ` (${before.why})` : ''}`);
    if (before.why && named?.unit !== unit) {
      review.push(`currency ${unit} read from '${before.written}': ${before.why}`);
      kinds |= KIND.currency;
    }
  }
  if (token.kind === 'fraction' && (PART_OF_TIME_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 30))) || PART_OF_TIME_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 10), token.start)))) {
    // "in the first half of the year", "a quarter of the century": a part of a span of time
    skipped.push(`line ${line}: '${token.written}' is a part of a span of time, not a share of people or funds; not extracted`);
    return undefined;
  }
  if (token.kind === 'fraction') {
    // "affecting over half of the state's 497 cities": a share of places, not of people or funds
    const land = PERCENT_OF_LAND.exec(text.slice(token.end, Math.min(sentence.end, token.end + 160)));
    // (a country only where the words make it land: a verb of damage or "in" before the fraction, a compass word, or what
    // befalls land after it, "is engulfed in fighting"; "Nearly half of the country needs assistance" is its people)
    const landEnd = land ? token.end + land[0].length : 0;
    const countryAsLand = land !== null && (LAND_FRACTION_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) || LAND_FRACTION_AFTER.test(text.slice(landEnd, Math.min(sentence.end, landEnd + 40))));
    if ((land && PLACE_NAME_WORDS.test(land[1]!) && (!/\bcountr(?:y|ies)\b/i.test(land[0]) || countryAsLand)) || isShareOfFloodedPlace(text, token.end, sentence.end) || SHARE_OF_DISTANCE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 120)))) {
      skipped.push(`line ${line}: '${token.written}' is a share of land or places, not of people or funds; not extracted`);
      return undefined;
    }
  }
  // "Nearly two-thirds have already left": a share as the subject, of the people counted before it only (not "two-thirds were destroyed" after a count of houses)
  // (nor before a verb of damage, which befalls things: "... affected 20,000 people. Two-thirds were destroyed")
  if (token.kind === 'fraction' && /[\s-]/.test(token.written) && !/^\s+of\b/.test(text.slice(token.end, token.end + 4)) && !/\b(?:in|out)\b/i.test(token.written) && ((antecedent ?? lastThing) !== 'person' || FRACTION_DAMAGED_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60))))) {
    skipped.push(`line ${line}: '${token.written}' is a share of what the paragraph counted before it, which is no count of people; not extracted`);
    return undefined;
  }
  if (token.kind === 'fraction' && PERCENT_OF_CROPS.test(text.slice(token.end, Math.min(sentence.end, token.end + 60)))) {
    skipped.push(`line ${line}: '${token.written}' is a share of a harvest, crops or livestock, not of people or funds; not extracted`);
    return undefined;
  }
  // "five out of six districts were heavily affected": a share of places, not of people or funds
  if (token.kind === 'fraction' && /^\s+(?:[\p{L}-]+\s+)?(?:districts|provinces|regions|states|counties|municipalities|villages|communes|governorates|localities|prefectures|departments|townships|sub-districts|upazilas|unions|wards|islands)(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
    skipped.push(`line ${line}: '${token.written}' is a share of places, not of people or funds; not extracted`);
    return undefined;
  }
  // "The water has filled up half the house", "destroyed half of his home": a part of one home, no share of people or funds
  if (token.kind === 'fraction' && /^\s+(?:of\s+)?(?:the|his|her|their|my|our|a|one)\s+(?:house|home|room|building|roof|shelter)(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 30)))) {
    skipped.push(`line ${line}: '${token.written}' is a part of one home, not a share of people or funds; not extracted`);
    return undefined;
  }
  // "Half of all medical equipment has been damaged": a share of supplies, not of people or funds
  if (token.kind === 'fraction' && PERCENT_OF_SUPPLIES.test(text.slice(token.end, Math.min(sentence.end, token.end + 50)))) {
    skipped.push(`line ${line}: '${token.written}' is a share of supplies or a ration, not of people or funds; not extracted`);
    return undefined;
  }
  if (token.kind === 'fraction') {
    unit = 'percent';
    reasons?.push(`'${token.written}' is a share of a group: ${token.value} percent`);
  }
  if (token.kind === 'vague' && (MAY_BE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) || POSSIBLE_DEATH_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 50), token.start)) || FEARED_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24))))) {
    // "to avert what could be millions of child deaths": what may happen, not a count
    skipped.push(`line ${line}: '${token.written}' after 'could be' or the like is what may happen, not a count; not extracted`);
    return undefined;
  }
  let vagueMoney: ReturnType<typeof currencyAfter>;
  if (token.kind === 'vague') {
    // "tens of thousands of people", "thousands more Syrians", "hundreds of other families"
    // ("several hundred people", "a few thousand families": the noun right after)
    // ("Hundreds of thousands refugees": the noun right after, "of" left out)
    const of = /^\s+(?:of\s+(?:the\s+|these\s+|those\s+|other\s+)?|more\s+|other\s+)/iu.exec(text.slice(token.end, Math.min(sentence.end, token.end + 14))) ?? (/\s(?:hundred|thousand)$/i.test(token.written) || /^\s+(?:refugees|migrants)(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 12))) ? /^\s/.exec(text.slice(token.end, token.end + 1)) : null);
    const n = of ? nounAfter(text, token.end + of[0].length - 1, sentence.end) : undefined;
    if (n && !('ambiguous' in n) && unitDimension(n.unit) === 'object' && RISK_AFTER.test(text.slice(n.end, Math.min(sentence.end, n.end + 40)))) {
      // "millions of farm animals cannot put on weight", "thousands of homes could be flooded": a risk, not a count
      skipped.push(`line ${line}: '${text.slice(token.start, n.end)}' is a risk or a forecast, not a count of what happened; not extracted`);
      return undefined;
    } else if (n && !('ambiguous' in n) && (isCountUnit(n.unit) || unitDimension(n.unit) === 'object')) {
      unit = n.unit;
      noun = n.noun;
      coreEnd = n.end;
      reasons?.push(`'${text.slice(token.start, n.end).replace(/\s+/g, ' ')}' -> at least ${token.value} ${unit} (the least the words can mean)`);
    } else if (of && /^\s+of\s+$/i.test(of[0]) && (vagueMoney = countrysDollars(currencyAfter(text, token.end + of[0].length - 1, sentence.end), money, review)) !== undefined) {
      // "hundreds of millions of euros", "millions of dollars": money, the least the words can mean
      unit = vagueMoney.unit;
      coreEnd = vagueMoney.end;
      reasons?.push(`'${text.slice(token.start, vagueMoney.end).replace(/\s+/g, ' ')}' -> at least ${token.value} ${unit} (the least the words can mean)`);
    } else if (
      !of &&
      ((VAGUE_PEOPLE_VERB_LEAD.test(text.slice(Math.max(sentence.start, token.start - 24), token.start)) && /^\s*(?:[.,;]|$)|^\s+(?:in|across|from|and|more|yesterday|today|every|each|daily|this\s+(?:year|month|week)|last\s+(?:year|month|week)|since|so\s+far|abroad|overseas|internally|inside|within|elsewhere|nationwide|worldwide)\b/.test(text.slice(token.end, Math.min(sentence.end, token.end + 16)))) ||
        // "Millions flee as cyclone nears", "forcing thousands to flee their homes"
        // ("Thousands continued to stream across the border", "Hundreds flocked to the camps": people moving; not
        // "poured", which money does too)
        // ("Hundreds sought refuge in Cucuta", "millions left the city": people leaving, or sheltering away from home)
        /^\s+(?:more\s+)?(?:(?:have|had|are|were)\s+)?(?:flee|flees|fled|fleeing|to\s+flee|to\s+leave\s+their\s+homes|streamed|flocked|continued\s+to\s+(?:stream|flee|arrive|cross)|(?:sought|seeking|took|taking)\s+(?:refuge|shelter|safety)|left\s+(?:the|their)\s+(?:city|cities|capital|town|towns|village|villages|homes?|area|region|country)|lost\s+their\s+(?:lives|homes)|forced\s+(?:out|from\s+their\s+homes|to\s+(?:flee|evacuate|leave\s+(?:their\s+)?(?:homes?|the\s+(?:city|town|country|area|region|village))))|whose\s+(?:fate|whereabouts|homes|houses|livelihoods|lives))(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 32))) ||
        // ("forced thousands from their homes")
        (/\b(?:force|forces|forced|forcing|drove|driven|driving)\s+$/i.test(text.slice(Math.max(sentence.start, token.start - 12), token.start)) && /^\s+(?:from|out\s+of)\s+their\s+homes(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 32)))) ||
        // ("driving millions to the fringes of survival", "pushing thousands into hunger")
        (PUSHING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 12), token.start)) && PUSHED_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40))))) &&
      // (not people kept in a state, "traps millions in poverty")
      !/^\s+in\s+(?:poverty|debt|a\s+cycle|despair|limbo)(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 20))) &&
      // (not animals or plants: "The outbreak of anthrax killed thousands, mostly cattle and goats", "killed thousands in the orchards";
      // but no animal or plant is displaced or uprooted from home: "displacing thousands and destroying homes and crops")
      (!sentenceNamesAnimals(setting) || /\b(?:displacing|displaced|displaces|displacement\s+of|uprooting|uprooted|evacuating|evacuated|evacuates|evacuation\s+of)\s+$/i.test(text.slice(Math.max(sentence.start, token.start - 24), token.start)))
    ) {
      // "leaving 149 dead and displacing hundreds of thousands.": the people a verb of displacement or casualty governs
      unit = 'person';
      noun = 'people';
      unitScore = 0.7;
      reasons?.push(`'${token.written}' after a verb of displacement or casualty, at the clause's end -> at least ${token.value} person`);
    } else if (CASUALTY_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
      unit = 'person'; // "hundreds were injured": casualties are people whatever was counted before
      noun = 'people';
      unitScore = 0.7;
      reasons?.push(`'${token.written}' before a casualty word -> at least ${token.value} person`);
    } else if ((/^\s+(?:more\s+)?(?:who\s+)?(?:are|were|have|had|remain|remained|still|will(?:\s+already)?\s+have\s+(?:died|been\s+(?:killed|displaced)))\b/.test(text.slice(token.end, token.end + 40)) || PEOPLE_STATE_AFTER.test(text.slice(token.end, token.end + 40))) && !sentenceNamesAnimals(setting)) {
      unit = antecedent ?? 'person';
      noun = 'people';
      unitScore = 0.7;
      reasons?.push(`'${token.written}' as the subject of the clause -> at least ${token.value} ${unit}`);
    } else {
      // "hundreds of buildings that collapsed", "destroyed thousands of homes": a counted thing a verb of damage or relief governs
      const thing = of ? countedThingAfter(text, token.end + of[0].length - 1, sentence.end) : undefined;
      if (!thing) return undefined;
      const thingEnd = 'unknown' in thing ? token.end + of![0].length + thing.unknown.length : thing.end;
      if (!(THING_VERB_AFTER.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 60))) || THING_VERB_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)))) {
        return undefined;
      }
      if ('unknown' in thing) {
        // "sent hundreds of dehumidifiers": relief, but no unit counts it; a draft in a generic unit
        // would add dehumidifiers to bottles, so the note names it for the analyst instead
        skipped.push(`line ${line}: '${text.slice(token.start, thingEnd)}' is a vague count of a thing humfig has no unit for; not extracted (add it by hand if it matters)`);
        return undefined;
      }
      unit = thing.unit;
      coreEnd = thing.end;
      modifiers = thing.modifiers;
      reasons?.push(`'${token.written} of ${thing.written}', counted where a verb of building, damage or relief says so -> at least ${token.value} ${unit}`);
    }
  }
  if (!unit) {
    const pct = percentAfter(text, token.end, sentence.end);
    if (pct) {
      // "a 2 percent decrease", "10 per cent higher than": a change, not a share of people or funds
      const pctLead = text.slice(Math.max(sentence.start, token.start - 60), token.start);
      if (
        PERCENT_CHANGE.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 24))) ||
        PERCENT_CHANGE_BEFORE.test(pctLead) ||
        // "(-59%)", "(+510% and +109%)": a signed percentage is a change
        SIGNED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 6), token.start)) ||
        PERCENT_CHANGE_LEAD.test(text.slice(Math.max(sentence.start, token.start - 100), token.start)) ||
        // "stepped up their contributions, including Canada (15%), the Netherlands (46%)": each name's change
        (NAME_BRACKET_BEFORE.test(pctLead) && text[pct.end] === ')' && CHANGE_OF_GIVING.test(text.slice(Math.max(sentence.start, token.start - 200), token.start)))
      ) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a change, not a share of people or funds; not extracted`);
        return undefined;
      }
      // "96% (SAVA: 91%, Analanjirofo: 5%) of the reported houses destroyed": a share of buildings or land, not of people or funds
      if (PERCENT_OF_THINGS.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 140)))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of houses, buildings or land, not of people or funds; not extracted`);
        return undefined;
      }
      // "(CFR 1.6%)", "case fatality ratio 67%", "a positivity rate of approximately 55%": a rate, not a share of people or funds
      // (a case fatality rate is the share of the cases, people, who died: a figure, "CFR 2.1%")
      const rate = NAMED_RATE_BEFORE.exec(pctLead);
      if (rate && !(rate[1] === undefined || /^case[-\s]fatality\b/i.test(rate[1]))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a ${rate[1] ?? 'case fatality rate'}, not a share of people or funds; not extracted`);
        return undefined;
      }
      // "the economy grew by 3.5 per cent", "inflation reached 12 percent": a share of no people and no funds
      const economic = [...pctLead.matchAll(ECONOMIC_SUBJECT)].pop(); // the nearest subject
      if (economic && !PEOPLE_OR_FUNDS_AFTER.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 40)))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of '${economic[0]}', not of people or funds; not extracted`);
        return undefined;
      }
      // "the CFR can be up to 50%", "should be below 1%": a norm or a possibility, not a figure
      if (NORM_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) || RATE_NORM_LEAD.test(pctLead)) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is what can or should be, not a figure; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_CROPS.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 60)))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of a harvest, crops or livestock, not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_STRUCTURES.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 60)))) {
        // "98% of houses and infrastructure heavily damaged", "52 per cent of the water systems are operational"
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of homes, buildings or services, not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_SUPPLIES.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 50))) || CROP_BEFORE_PAREN.test(text.slice(Math.max(sentence.start, token.start - 30), token.start))) {
        // "70 per cent of essential medicines are out of stock", "100% food rations", "pepper crops (49.19%)": a share of
        // supplies, a ration or a harvest, not of people or funds
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of supplies, a ration or crops, not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_SERVICES.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 50)))) {
        // "93 per cent of the electric service has been reestablished", "25% of lighting network": a utility restored or cut
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of a utility's service or network, not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_CAPACITY.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 40)))) {
        // "reservoirs are at 86 percent of their designed capacity": how full a thing is, not a share of people or funds
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is how full something is (a share of its capacity), not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_DAMAGE.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 40)))) {
        // "nearly 85% of the damage located in Sindh": where the damage is, not a share of people or funds
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of the damage or losses, not of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_OF_WEATHER.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 60)))) {
        // "150% more than average rainfall", "98% of Tarbela Dam had been filled"
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of rain or of a dam's capacity, not of people or funds; not extracted`);
        return undefined;
      }
      // (lower case only: a key figure's "56% Progress" beside "$704.9M Received" is an appeal's funding)
      if (/^\s+(?:completion|complete|completed|progress|physical\s+progress)(?![\p{L}])/u.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 24)))) {
        // "houses where work has exceeded 50% completion": how far work has gone, not a share of people or funds
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is how far work has gone (completion, progress), not a share of people or funds; not extracted`);
        return undefined;
      }
      // "exceeding the 15% emergency threshold": a threshold set for a measure, no share of people or funds
      if (/^\s+(?:(?:emergency|alert|critical|WHO|global|national)\s+){0,2}thresholds?(?![\p{L}])/iu.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 30)))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a threshold, not a share of people or funds; not extracted`);
        return undefined;
      }
      // "a probability of more than 90 per cent that El Niño continues", "a 70% chance of rain": a likelihood, no share of people or funds
      if (PROBABILITY_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) || PROBABILITY_AFTER.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 20)))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a likelihood, not a share of people or funds; not extracted`);
        return undefined;
      }
      // "increasing the cost of fertilizer by 88 per cent and energy by 30 per cent": how far prices rose, not a share of people or funds
      if (PRICE_CHANGE_LEAD.test(text.slice(Math.max(sentence.start, token.start - 120), token.start))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is how far a price or cost changed, not a share of people or funds; not extracted`);
        return undefined;
      }
      if (PERCENT_MORE_THAN.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 60)))) {
        // "rains 50-60 per cent more intense than 2024", "prices 30% higher than last year": one amount against another
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' compares one amount with another ('more ... than'), a change, not a share of people or funds; not extracted`);
        return undefined;
      }
      // "just below the 15 percent WHO 'Emergency' threshold", "the emergency threshold of 15 per cent": a benchmark, no share of anyone
      if (THRESHOLD_AFTER.test(text.slice(pct.end, Math.min(sentence.end, pct.end + 40))) || THRESHOLD_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a threshold, a benchmark, not a share of people or funds; not extracted`);
        return undefined;
      }
      const land = PERCENT_OF_LAND.exec(text.slice(pct.end, Math.min(sentence.end, pct.end + 160)));
      // (the words before the noun a name: "of the Enga province", "of Rio Grande do Sul municipalities", not "of people in 10 provinces")
      if ((land && PLACE_NAME_WORDS.test(land[1]!)) || isShareOfFloodedPlace(text, pct.end, sentence.end)) {
        skipped.push(`line ${line}: '${text.slice(token.start, pct.end)}' is a share of land or places, not of people or funds; not extracted`);
        return undefined;
      }
      unit = pct.unit;
      coreEnd = pct.end;
      reasons?.push(`'${pct.written}' -> percent`);
    }
  }
  if (!unit) {
    const cur = countrysDollars(currencyAfter(text, token.end, sentence.end), money, review);
    // "118 million kroner" in a Danish text: a bare crown, read by the country the text or its publisher names
    const crown = cur ? undefined : (crownAfter(text, token.end, sentence.end, money) ?? cfaAfter(text, token.end, sentence.end, money) ?? sharedNameAfter(text, token.end, sentence.end, money) ?? rupeeAfter(text, token.end, sentence.end, money));
    if (cur) {
      unit = cur.unit;
      coreEnd = cur.end;
      reasons?.push(`currency '${cur.written}' after the number -> ${unit}`);
    } else if (crown) {
      unit = crown.unit;
      coreEnd = crown.end;
      reasons?.push(`currency '${crown.written}' after the number -> ${unit} (${crown.why})`);
      review.push(`currency ${unit} read from '${crown.written}': ${crown.why}`);
      kinds |= KIND.currency;
    }
  }
  let hyphen = false;
  // "3,000 out of 10,000 wells": the whole is context, and the part counts what the whole counts
  if (!before && OUT_OF_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 50), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is the whole that a number before it is part of ('out of'); not extracted`);
    return undefined;
  }
  const outOf = unit ? null : OUT_OF_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 40)));
  // "10,000 houses fully damaged, 200 others severely damaged": the others are more of the thing before
  // ("destruction of 465 homes and damage to 135 others": the state may come before them)
  const othersOfThing =
    !unit &&
    lastThing !== undefined &&
    unitDimension(lastThing) === 'object' &&
    /^\s+others?\b/i.test(text.slice(token.end, token.end + 8)) &&
    (THING_STATE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60))) ||
      // "62 bridges were destroyed and 13 others were badly damaged", "destroyed 465 homes and damaged 135 others"
      THING_STATE_AFTER.test(text.slice(token.end + (/^\s+others?/i.exec(text.slice(token.end, token.end + 8))?.[0].length ?? 0), Math.min(sentence.end, token.end + 68))) ||
      THING_STATE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) ||
      THING_VERB_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)));
  // "Twenty Eight (28) evacuation centres": the digits that repeat a number in words take the noun after them
  const restated = !unit && text[token.start - 1] === '(' && text[token.end] === ')' && /\p{L}\s*\($/u.test(text.slice(Math.max(sentence.start, token.start - 3), token.start));
  // "228 (72%) severe cases": a share in parentheses between the count and its noun
  // ("almost 350,000 – 40 per cent of Fiji’s total population – affected", "21.6 million — two thirds of the country’s population — would need": an aside between dashes)
  const shareAside = !unit && !outOf && !restated ? /^\s?\(\s?\d{1,3}(?:\.\d+)?\s?%\s?\)/.exec(text.slice(token.end, Math.min(sentence.end, token.end + 16))) ?? DASH_ASIDE.exec(text.slice(token.end, Math.min(sentence.end, token.end + 100))) : null;
  // "1,500+ people", "the 160,000-plus individuals": more than the number, its noun after the plus
  const plusMark = !unit && !outOf && !restated && !shareAside && token.kind === 'digits' ? /^(?:\+|-plus)(?=\s\p{L})/u.exec(text.slice(token.end, Math.min(sentence.end, token.end + 7))) : null;
  // "almost 350,000 – 40 per cent of Fiji’s total population – affected": after an aside, a state of people alone
  if (!unit && !othersOfThing && shareAside !== null && shareAside[0].trimStart()[0] !== '(' && ASIDE_PEOPLE_STATE.test(text.slice(token.end + shareAside[0].length, Math.min(sentence.end, token.end + shareAside[0].length + 24)))) {
    unit = 'person';
    noun = 'people';
    unitScore = 0.7;
    reasons?.push(`'${token.written}', an aside between dashes, then a state of people -> person`);
  }
  if (!unit && !othersOfThing) {
    // ("six 42 sqm tents": the size between a number and its noun is the noun's, not a count of it)
    const sized = !outOf && plusMark === null && !restated && !shareAside ? SIZE_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 32))) : null;
    const n = nounAfter(text, outOf ? token.end + outOf[0].length : plusMark !== null ? token.end + plusMark[0].length : restated ? token.end + 1 : shareAside ? token.end + shareAside[0].length : sized ? token.end + sized[0].length : token.end, sentence.end);
    if (outOf && n && !('ambiguous' in n)) reasons?.push(`'${token.written}${outOf[0]}': a part counts what its whole counts`);
    if (n && 'ambiguous' in n) {
      skipped.push(`line ${line}: '${token.written}': ${n.ambiguous}; not extracted`);
      return undefined;
    }
    if (n) {
      unit = n.unit;
      noun = n.noun;
      coreEnd = n.end;
      modifiers = n.modifiers;
      hyphen = n.hyphen;
      reasons?.push(`unit '${n.written}' after the number -> ${unit}`);
      // "in 14 affected nations and boosting readiness in 15 others": more of the places counted before, no people
      if (/^others$/i.test(n.written) && modifiers.length === 0 && value < 200 && PLACES_COUNTED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 90), token.start))) {
        skipped.push(`line ${line}: '${token.written} ${n.written}' counts more of the places counted before it, not people; not extracted`);
        return undefined;
      }
      // "Over 4,500 families have taken shelter ... while around 2,000 others sought refuge": more of the families
      // (not harmed: "4,500 families were displaced and 2,000 others were injured" are people)
      if (unit === 'person' && /^others$/i.test(n.written) && modifiers.length === 0 && antecedent === 'household' && !PEOPLE_HARMED_AFTER.test(text.slice(n.end, Math.min(sentence.end, n.end + 40)))) {
        unit = 'household';
        reasons?.push(`'others' after a count of households in the sentence -> household`);
      }
      if (n.tons) {
        review.push(`'${n.written}' read as metric tonnes: check that the source does not mean short tons (0.907 t each)`);
        unitScore = 0.85;
      }
      // (not kits of a kind of their own that humfig has no unit for: "14,471 water kits" after "33,871 hygiene kits")
      if (unit === 'kit' && n.modifiers.every((m) => GENERIC_KIT_MODIFIERS.has(m.toLowerCase()))) {
        // "these 20,000 kits": the kind of kit named earlier ("emergency shelter kits")
        const kind = kitKind(text, token.start);
        if (kind) {
          unit = kind.unit;
          reasons?.push(`'kits' after '${kind.written}' earlier in the text -> ${unit}`);
        }
      }
    }
  }
  // "40,272 partially damaged and 4,703 totally destroyed homes", "more than 9,800 and 13,900 damaged houses": the
  // noun after the second number counts the first too
  if (!unit && !othersOfThing && !token.yearLike && token.kind === 'digits') {
    const pair = SHARED_NOUN_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 60)));
    const shared = pair ? nounAfter(text, token.end + pair[0].length, sentence.end) : undefined;
    // (a noun, its modifiers in lower case: not "25 February further displaced"; nor days, "on July 9 and 10 and about 250 people")
    if (
      pair &&
      shared !== undefined &&
      !('ambiguous' in shared) &&
      (isCountUnit(shared.unit) || unitDimension(shared.unit) === 'object') &&
      // (not people after a state of damage: "2,000 houses damaged, 1,100 flooded and 450 people homeless" goes on
      // counting houses; "12 damaged and 3,000 children")
      !(pair[1] !== undefined && isCountUnit(shared.unit)) &&
      shared.modifiers.every((m) => !/^\p{Lu}/u.test(m)) &&
      !/ed$/.test(shared.written) &&
      !DAY_OF_MONTH_LEAD.test(text.slice(Math.max(sentence.start, token.start - 24), token.start))
    ) {
      unit = shared.unit;
      noun = shared.noun;
      coreEnd = token.end + (pair[1] !== undefined ? pair[1].length : 0);
      reasons?.push(`'${token.written}' and another number before '${shared.written}': the noun counts both -> ${unit}`);
    }
  }
  // "two PPS", "Twenty PPS": an acronym the text defines for things it counts ("77 temporary relief centres (PPS)")
  if (!unit && !othersOfThing && setting.acronyms.size > 0) {
    const acronym = ACRONYM_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 40)));
    const defined = acronym ? setting.acronyms.get(acronym[1]!) : undefined;
    if (acronym && defined !== undefined) {
      unit = defined;
      coreEnd = token.end + acronym[0].length;
      reasons?.push(`'${acronym[1]}' after the number, an acronym the text defines for ${defined} -> ${defined}`);
    }
  }

  if (token.shortScale) {
    const dim = unit === undefined ? undefined : unitDimension(unit);
    if (dim === 'money' || dim === 'count') {
      reasons?.push(`'${token.scale}' next to ${dim === 'money' ? 'a currency' : 'a count'} read as ${token.scale === 'm' ? 'million' : 'billion'}`);
    } else if (token.scale === 'm' && unit === undefined && lastThing !== undefined && isCountUnit(lastThing) && parenthesisedPlaceItem(text, sentence, token) !== undefined) {
      // "14.4 million people in Burkina Faso (3.5 m), Mali (5.9 m)": a place's share of the count before it
      reasons?.push(`'${token.written}' in parentheses after a place, sharing out a count of ${lastThing}: 'm' read as million`);
    } else if (token.scale === 'm' && unit === undefined && IPC_PHASE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
      // "0.4m in IPC Phase 2": the people of a phase of food insecurity, in millions
      unit = 'person';
      noun = 'people';
      unitScore = 0.7;
      reasons?.push(`'${token.written}' followed by a phase of food insecurity: 'm' read as million, a count of people`);
    } else if (unit === undefined && countLabel !== undefined) {
      // "PEOPLE IN NEED: 7M": after a key figure's label that names a count (which gives the unit below)
      reasons?.push(`'${token.written}' after a key figure's label that names a count: '${token.scale}' read as ${token.scale === 'm' ? 'million' : 'billion'}`);
    } else if (token.scale === 'm' && unit === undefined && /\dM$/.test(token.written) && (labelBelow(text, lineStarts, line) !== undefined || KEY_FIGURE_STATE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 30))))) {
      // "24.7M" over "People in need of assistance", "5.5M In need of humanitarian assistance": a key
      // figure in millions (a capital M is no metre, whose symbol is m)
      reasons?.push(`'${token.written}' in a key figure (a label below it, or a state of people after it): 'M' read as million`);
    } else if (token.scale === 'm' && unit === undefined && token.unscaled !== undefined) {
      value = token.unscaled;
      unit = 'm';
      reasons?.push(`'${token.written}' without a currency or count noun read as metres`);
    } else {
      skipped.push(`line ${line}: '${token.written}': '${token.scale}' is not clearly a scale here; not extracted`);
      return undefined;
    }
  }

  // "moved from one house to another", "one family at a time": going through them one by one, no count
  if (value === 1 && unit !== undefined && ONE_BY_ONE_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 24)))) {
    skipped.push(`line ${line}: '${token.written}' goes through them one by one ('one ... to another', 'at a time'), not a count; not extracted`);
    return undefined;
  }
  // "a median household income of just $47,533": what people earn or pay, a measure of their living, no aid or loss
  if (unit !== undefined && unitDimension(unit) === 'money' && INCOME_LEAD.test(text.slice(Math.max(sentence.start, token.start - 60), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is an income, a wage or a price of living, not money of the crisis or its aid; not extracted`);
    return undefined;
  }
  // "a donation of £2 would buy chlorine tablets", "£40 would feed 50 children for a month": what a gift could buy, an
  // example for donors, neither money of the crisis nor people it reached
  // (a gift's size, under a thousand: "$37 million would provide food for a million people" is an appeal's plan)
  let gift: RegExpExecArray | null = null;
  if (unit !== undefined && ((unitDimension(unit) === 'money' && value < 1000 && GIFT_BUYS_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 30)))) || ((gift = GIFT_BUYS_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start))) !== null && Number((gift[1] ?? gift[2]!).replace(/,/g, '')) < 1000))) {
    skipped.push(`line ${line}: '${token.written}' is an example of what a gift would buy, for donors; not extracted`);
    return undefined;
  }
  // "One Anguilla resident told the BBC ...": the person a story quotes, no count of people
  if (unit === 'person' && value === 1 && SPEAKER_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60)))) {
    skipped.push(`line ${line}: '${token.written}' is the one person the text quotes, not a count; not extracted`);
    return undefined;
  }
  // "teams comprising more than 9,000 individuals have been mobilized": the size of the response, no figure of the crisis
  if (unit !== undefined && isCountUnit(unit) && TEAMS_COMPRISING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' counts the members of response teams, not people of the crisis; not extracted`);
    return undefined;
  }
  // "eating two meals a day": how often people eat, no meals handed out
  if (unit === 'meal' && value <= 5 && MEALS_A_DAY_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 16)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' is how many meals a day people eat, not meals handed out; not extracted`);
    return undefined;
  }
  // "Only two border crossings are operating": crossing points, open or closed, no movements counted
  // ("the closure of two border crossings": closed before them)
  if (unit === 'movement' && /^crossings?$/i.test(text.slice(token.end, coreEnd).trim().split(/\s+/).pop() ?? '') && (CROSSING_POINTS_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40))) || CROSSING_POINTS_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' counts crossing points that are open or closed, not movements; not extracted`);
    return undefined;
  }
  // "between JD80 (one person) and JD155 (the largest family)": whom an amount is for, no count
  if (unit !== undefined && isCountUnit(unit) && value <= 10 && AMOUNT_PAREN_LEAD.test(text.slice(Math.max(sentence.start, token.start - 24), token.start)) && /^[^()]{0,20}\)/.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 22)))) {
    skipped.push(`line ${line}: '${token.written}' in brackets after an amount says whom the amount is for, not a count; not extracted`);
    return undefined;
  }
  // "has lost two of her five children to hunger": one family's story, no count
  if (value < 20 && OWN_CHILDREN_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
    skipped.push(`line ${line}: '${token.written}' counts the children of one family in a personal story; not extracted`);
    return undefined;
  }
  // "10 mine injuries per 100,000 persons", "3.2 deaths per 1,000 people": a rate, not a count
  if (unit !== undefined && (isCountUnit(unit) || unitDimension(unit) === 'object') && RATE_PER_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 30)))) {
    skipped.push(`line ${line}: '${token.written}' is a rate (per so many people), not a count; not extracted`);
    return undefined;
  }
  // "Eftichis Diamantopoulos, 63, a tourist boat captain": a person's age, not a count
  if (value <= 120 && Number.isInteger(value) && token.kind === 'digits' && NAME_COMMA_LEAD.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && AGE_AFTER_NAME.test(text.slice(token.end, Math.min(sentence.end, token.end + 12)))) {
    skipped.push(`line ${line}: '${token.written}' after a person's name and a comma is their age, not a count; not extracted`);
    return undefined;
  }
  if (value <= 120 && Number.isInteger(value) && token.kind === 'digits' && token.written.length <= 3 && NAME_PAREN_LEAD.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && AGE_PAREN_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 20)))) {
    skipped.push(`line ${line}: '${token.written}' in parentheses after a person's name is their age, not a count; not extracted`);
    return undefined;
  }
  // "per person in a family of six people", "households of five members": how many one family holds, no count of people
  // (the families of a count of people are that many families: "the families of 18 victims" are no family size)
  const familySize = unit !== undefined && isCountUnit(unit) && value < 30 ? FAMILY_SIZE_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 40), token.start)) : null;
  if (familySize !== null && (familySize[1] === undefined || /^\s+(?:or\s+(?:more|fewer|less)|members|people|persons|individuals|each)(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 16))))) {
    skipped.push(`line ${line}: '${token.written}' is the size of a family or household, not a count of people; not extracted`);
    return undefined;
  }
  // "the father of two young children", "his wife and four small children": one family, its noun modified too
  if (unit !== undefined && isCountUnit(unit) && modifiers.length > 0 && value < 100 && OWN_FAMILY_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' counts the members of one family in a personal story; not extracted`);
    return undefined;
  }
  // "Around 30 percent of Mongolia's 3 million population lives off animal herding": a place's whole people, its size
  // (whatever noun is read after "population": "lives" here)
  if (POSSESSED_POPULATION_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60))) && POSSESSIVE_SIZE_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is a baseline population, given as context; not extracted`);
    return undefined;
  }
  if (!unit || (isCountUnit(unit) && modifiers.length === 0)) {
    // a population given as context ("a town with a population of 400,000", "(population 2.2 million)",
    // "home to 90,000 people", "a city of 400,000 inhabitants") is not a figure; "home to 30,000 refugees" is
    const lead = text.slice(Math.max(sentence.start, coreStart - 40), token.start);
    const generic = unit === undefined || noun === undefined || CONTEXT_NOUNS.has(noun);
    if (unit !== undefined && CAPACITY_LEAD.test(lead)) {
      skipped.push(`line ${line}: '${token.written}' is a capacity, not a count of people; not extracted`);
      return undefined;
    }
    // "five people were killed from one family": the family they belong to, not a count of households
    // ("500,000 rupiahs per month for one family": what each family gets, no count of families)
    if (unit === 'household' && value === 1 && (/\b(?:from|of|in|within)\s+(?:the\s+same\s+)?$/i.test(lead) || /\b(?:per|a|each|every)\s+(?:month|day|week|year)\s+(?:for|to)\s+$/i.test(lead))) {
      skipped.push(`line ${line}: '${token.written}' names the family people belong to, not a count of households; not extracted`);
      return undefined;
    }
    // "lost his wife and four children": the members of one family in a personal story
    if (unit !== undefined && isCountUnit(unit) && value < 100 && OWN_FAMILY_LEAD.test(lead)) {
      skipped.push(`line ${line}: '${token.written}' counts the members of one family in a personal story; not extracted`);
      return undefined;
    }
    if (
      (POPULATION_LEAD.test(lead) && !HOUSEHOLDS_POPULATION_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 80), token.start))) ||
      // ("5 departments inhabited by approximately 2.17 million people"; not "a camp inhabited by some 40,000 refugees")
      (generic && INHABITED_LEAD.test(lead)) ||
      // ("the camp is home to 95,000 people": a camp's people are the displaced it shelters, a figure)
      // (read over 70 characters: "an impoverished majority Muslim country of 9.5 million people")
      // (not where harm befell them: "the worst-hit district with 11,29,390 people being affected")
      (generic && CONTEXT_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 70), token.start)) && !CAMP_HOME_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 80), token.start)) && !HARMED_PEOPLE_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40))) && !concernHome(text, sentence, token)) ||
      (generic && THERE_ARE_LEAD.test(lead) && LIVING_OF_WHOM.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 140)))) ||
      (unit !== undefined && CALLED_HOME_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 30)))) ||
      // ("Most of the country's five million people live in and around Muscat": where a place's whole people live, not a figure;
      // not "3.3 million people live in Somali Region", a part of those the text counts)
      (generic && PLACE_NOUN_POSSESSIVE_LEAD.test(lead) && LIVE_IN_PLACE_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) ||
      // ("Hatay, where about 13.5 million people were residing": the people a place named before has; not "where 3,000 people live in tents")
      (generic && WHERE_LEAD.test(lead) && WHERE_LIVE_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 60)))) ||
      // ("Sake town – which normally has 65,000 inhabitants": a place's people, unless a state of need follows)
      // ("one of the most densely populated places on Earth, with nearly 2.3 million inhabitants")
      (noun === 'inhabitants' && WITH_LEAD.test(lead) && !PEOPLE_IN_NEED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) ||
      ((noun === 'inhabitants' || noun === 'residents') && HAS_INHABITANTS_LEAD.test(lead) && !PEOPLE_IN_NEED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) ||
      // ("Blatten, which has 170 inhabitants": a village's people)
      (noun === 'inhabitants' && WHICH_HAS_LEAD.test(lead) && !PEOPLE_IN_NEED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) ||
      // ("bringing relief to its 20 million inhabitants": a city's whole people, unless a state of need follows; not "delivered
      // food to Pell's 500,000 people", the people aid reached)
      (noun === 'inhabitants' && /\bto\s+(?:its|their)\s+(?:estimated\s+|entire\s+|whole\s+)?$/.test(lead) && !PEOPLE_IN_NEED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) ||
      // ("Of the 54 million people in Myanmar, about 14.4 million are in need": a country's whole people, the part counted after it)
      (generic && value >= 1_000_000 && OF_THE_WHOLE_OPENING.test(text.slice(sentence.start, coreStart)) && WHOLE_IN_PLACE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 120)))) ||
      // "80% of South Sudan's 11 million people were living in poverty": a place's whole people, unless a state of need follows
      (generic && POSSESSED_PEOPLE_LEAD.test(lead) && !HARM_OF_POSSESSED_LEAD.test(text.slice(Math.max(sentence.start, token.start - 80), token.start)) && !PEOPLE_IN_NEED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40))))
    ) {
      skipped.push(`line ${line}: '${token.written}' is a baseline population, given as context; not extracted`);
      return undefined;
    }
  }
  let heading: Span | undefined;
  let item: Span | undefined;
  let part: string | undefined;
  // (the cause of an item of a list of casualties: "465 by building collapses")
  let cause: RegExpExecArray | undefined;
  let listed: { lead: Span; item: Span; each?: string } | undefined;
  // "said one of the survivors", "not in one of the refugee camps": one member of a group, no count of it
  // (unless harm or damage befell that one: "One of the rescuers died", "killed one of the aid workers")
  const oneOfMany =
    token.kind === 'word' &&
    token.value === 1 &&
    ONE_OF_MANY_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 16))) &&
    !ONE_HARMED_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 80))) &&
    !RESPONDER_HARMED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start));
  if (!unit && !token.yearLike) {
    // "361.42 thousand and 329.34 thousand people": the noun after the second number counts the first too;
    // "identified 56 of the 384 dead victims": a part of a count whose noun follows
    const after = text.slice(token.end, Math.min(sentence.end, token.end + 60));
    // ("from 250,000 to 500,000 people" after a verb of change, no range: the noun of the second counts the first)
    // ("imports to 1.4 million metric tonnes from 1.1 million": the level changed to, with its noun, before "from": tonnes too)
    const fromNumber = /\bfrom\s+$/i.test(text.slice(Math.max(sentence.start, token.start - 6), token.start));
    // (a number with no noun of its own, but perhaps a time: "from 1.1 million last year"; not "to 180.5 million people from 72 countries")
    const toFrom = fromNumber && FROM_LEVEL_END.test(after) ? TO_NUMBER_NOUN_FROM_BEFORE.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start)) : null;
    const shared = AND_NUMBER_NOUN_AFTER.exec(after) ?? OF_THE_NUMBER_NOUN_AFTER.exec(after) ?? (fromNumber ? FROM_TO_NUMBER_NOUN_AFTER.exec(after) ?? toFrom : null);
    // the noun: "of the 384 dead victims" the second word; "of the 49 casualties occurred" the first
    const sharedNoun = shared ? [shared[3], shared[2], shared[1]].find((w) => w !== undefined && unitOfNoun(w) !== undefined) : undefined;
    const sharedUnit = sharedNoun !== undefined ? unitOfNoun(sharedNoun) : undefined;
    let bracketed: RegExpExecArray | null = null;
    let ofTheGroup: { unit: string; noun: string; length: number } | undefined;
    let statusOf: RegExpExecArray | null = null;
    if (antecedent !== undefined && isCountUnit(antecedent) && PLACE_LIST_ITEM_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && /^\s*(?:[;.]|,\s+(?:and\s+)?in\s|\s+and\s+in\s|$)/u.test(after)) {
      // "In North Sumatra, there are 40,355 IDPs; in Aceh, 817,856; and in West Sumatra, 22,824": a list by place of
      // the count before, each place's number bare
      unit = antecedent;
      unitScore = 0.7;
      reasons?.push(`'${token.written}' after a place of a list ('in Aceh, '), with no noun of its own, after a count of ${antecedent} -> ${antecedent}`);
    } else if (UNITS_DAMAGED_AFTER.test(after) && HOMES_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 150), token.start))) {
      // "the floods damaged houses of residents, 18 units heavily and 15 units lightly": units of the homes named before
      unit = 'house';
      noun = 'units';
      coreEnd = token.end + /^\s+units/u.exec(after)![0].length;
      unitScore = 0.7;
      reasons?.push(`'${token.written} units' after houses or homes named earlier in the sentence -> house`);
    } else if (CASE_STATUS_AFTER.test(after) && (statusOf = CASES_BRACKET_BEFORE.exec(text.slice(Math.max(sentence.start, token.start - 80), token.start))) !== null) {
      // "48 total cases (38 confirmed, 10 probable) with 31 deaths (21 confirmed, 10 probable)": the parts by status of
      // the count before the bracket, in its noun
      unit = 'person';
      noun = statusOf[1]!.toLowerCase();
      unitScore = 0.8;
      reasons?.push(`'${token.written}' and a case status in brackets after '${statusOf[1]!}': a part of those -> person`);
    } else if (moneyLast !== undefined && SPENT_AFTER.test(after)) {
      // "The EU allocated €50 million ... Around 37.3 million were used for shelter": money, in the currency of the amount before
      unit = moneyLast;
      unitScore = 0.7;
      kinds |= KIND.currency;
      review.push(`no currency at the number: read as ${moneyLast}, the currency of the amount before it in the paragraph`);
      reasons?.push(`'${token.written}' spent or used, after an amount in ${moneyLast} in the paragraph -> ${moneyLast}`);
    } else if (moneyLast !== undefined && token.scale !== undefined && FURTHER_AMOUNT_LEAD.test(text.slice(Math.max(sentence.start, token.start - 20), token.start)) && AMOUNT_WRITTEN.test(text.slice(Math.max(sentence.start, lastThingAt + 1), token.start)) && !NOUN_NEXT.test(after)) {
      // "distributed Tk 2.5 million in cash for baby food and another 2.5 million for livestock feed": more money, in the
      // currency of the amount said last in the sentence (no count came between)
      unit = moneyLast;
      unitScore = 0.7;
      kinds |= KIND.currency;
      review.push(`no currency at the number: read as ${moneyLast}, the currency of the amount before it in the sentence`);
      reasons?.push(`'${token.written}' after 'another', an amount in ${moneyLast} before it in the sentence -> ${moneyLast}`);
    } else if (!oneOfMany && (ofTheGroup = groupOfThe(after)) !== undefined) {
      // "57,000 of the most vulnerable households", "4 million of the world's most vulnerable people": a number of the group its noun names
      unit = ofTheGroup.unit;
      noun = ofTheGroup.noun;
      coreEnd = token.end + ofTheGroup.length;
      unitScore = 0.8;
      reasons?.push(`'${token.written}${after.slice(0, ofTheGroup.length)}': a number of the group its noun names -> ${unit}`);
    } else if (lastThing !== undefined && isCountUnit(lastThing) && fromNumberAt(text, Math.max(sentence.start, token.start - 80), token.start) === lastThingAt && !NOUN_NEXT.test(after)) {
      // "increased from 27.1 million in 2021 to 35.3 million at the end of 2022": the level reached, in the unit of the level it
      // rose from, drafted just before in the sentence (not "sites have gone from 73 to 108": the 73 counted nothing humfig reads)
      unit = lastThing;
      unitScore = 0.7;
      reasons?.push(`'${token.written}' after 'from' a count 'to': the level it changed to, in the unit of the count before -> ${lastThing}`);
    } else if (lastThing !== undefined && isCountUnit(lastThing) && UP_FROM_LEAD.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) && FROM_LEVEL_END.test(after)) {
      // "More than 4 million people have left Venezuela, up from 695,000 in late 2015": the level before, in the unit of the count
      unit = lastThing;
      unitScore = 0.7;
      reasons?.push(`'${token.written}' after 'up from' or 'down from' a count in the sentence: the level before, in its unit -> ${lastThing}`);
    } else if (antecedent !== undefined && isCountUnit(antecedent) && MORE_OF_THE_COUNT_AFTER.test(after)) {
      // "300 people died in Ostra and 200 more in Pell", "assistance for 500 more in Tahoua": more of the count before
      unit = antecedent;
      unitScore = 0.7;
      reasons?.push(`'${token.written} more' with no noun of its own, after a count of ${antecedent} in the paragraph -> ${antecedent}`);
    } else if (moneyLast !== undefined && token.scale !== undefined && (bracketed = EQUIVALENT_AFTER.exec(after)) !== null && bracketCurrency(bracketed[1]!) !== moneyLast) {
      // "105 million Swedish kronor (USD 15 million), in addition to over 139 million (USD 20 million)": an amount
      // with its equivalent in another currency, after an amount in a currency of the paragraph: that currency
      unit = moneyLast;
      unitScore = 0.7;
      kinds |= KIND.currency;
      review.push(`no currency at the number: read as ${moneyLast}, the currency of the amount before it in the paragraph, beside its equivalent in brackets`);
      reasons?.push(`'${token.written}' before an equivalent in brackets, after an amount in ${moneyLast} in the paragraph -> ${moneyLast}`);
    } else if (shared && !oneOfMany && sharedNoun !== undefined && sharedUnit !== undefined && (isCountUnit(sharedUnit) || (shared === toFrom && sharedUnit === 't')) && !(sharedUnit === 'person' && /^\s+or\b/i.test(after) && FAMILIES_COUNTED_LEAD.test(text.slice(Math.max(sentence.start, token.start - 200), token.start)))) {
      // (not "the number of affected families ... had reached 160,005 or 645,007 persons": the families, then their people)
      unit = sharedUnit;
      noun = sharedNoun.toLowerCase();
      unitScore = 0.8;
      reasons?.push(`'${token.written}' before '${shared[0].trim()}': the noun of the number after it -> ${unit}`);
    } else if (lastThing !== undefined && (/^\s+respectively\b/i.test(after) || (!NOUN_NEXT.test(after) && PAIR_OF_COUNTS_LEAD.test(text.slice(Math.max(sentence.start, token.start - 90), token.start)))) && /[\d,.]\s+and\s+$/.test(text.slice(Math.max(sentence.start, token.start - 8), token.start))) {
      // (or without "respectively" where the words before the pair name two counts: "bringing the total cases and
      // deaths to 22,863 and 622")
      // "the total number of cases and deaths has accelerated to 17,824 and 595 respectively": the second of a pair
      unit = lastThing;
      noun = isCountUnit(lastThing) ? 'people' : lastThing;
      unitScore = 0.7;
      reasons?.push(`'${token.written} respectively': the second of a pair, counted as the first -> ${unit}`);
    }
  }
  // "31 of 54 hospitals ... remain operational", "17,434 of these houses": a part of things counted by the noun after it
  // (not "one of the 506 camps": one of them, where people reside, is no count)
  const partOfThings = !unit && !token.yearLike && !(token.kind === 'word' && token.value === 1) ? PART_OF_THINGS_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 40))) : null;
  const partNoun = partOfThings ? nounAfter(text, token.end + partOfThings[0].length, sentence.end) : undefined;
  if (partOfThings && partNoun !== undefined && !('ambiguous' in partNoun) && unitDimension(partNoun.unit) === 'object') {
    unit = partNoun.unit;
    noun = partNoun.written.toLowerCase();
    unitScore = 0.7;
    coreEnd = partNoun.end;
    reasons?.push(`'${text.slice(token.start, partNoun.end)}': a part of the ${noun} it names -> ${unit}`);
  }
  // "Damaged houses increased to 53,439, with 14,253 of these completely destroyed": a part of the things counted before, in their unit
  const ofTheseDamaged = !unit && lastThing !== undefined && unitDimension(lastThing) === 'object' && !token.yearLike ? OF_THESE_DAMAGED_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 60))) : null;
  if (ofTheseDamaged !== null) {
    unit = lastThing!;
    noun = lastThing!;
    unitScore = 0.7;
    coreEnd = token.end + ofTheseDamaged[0].length;
    reasons?.push(`'${token.written}${ofTheseDamaged[0]}': a part of the ${lastThing} counted before -> ${lastThing}`);
  }
  if (!unit) {
    const bare: BareReading = { unit, noun, coreEnd, unitScore, heading, item, part, cause, listed };
    if (!readBareNumber(setting, token, counted, { line, reasons, review, value, coreStart, shareAside, oneOfMany, othersOfThing }, bare)) return undefined;
    ({ unit, noun, coreEnd, unitScore, heading, item, part, cause, listed } = bare);
  }
  if (unit && /(?<![\p{L}\p{N},.])(?:one|\d{1,2})\s+(?:in|out of)\s+$/iu.test(text.slice(Math.max(sentence.start, token.start - 16), token.start))) {
    // "1 in 5 children": a proportion written in digits, not a count ("659,278 in 747 camps" is no proportion)
    return undefined;
  }
  if (!unit && (token.kind === 'digits' || token.kind === 'word')) {
    // "another three UNRWA staff members have been killed", "38 staff killed": staff killed or injured are casualties
    // (staff at work are responders, no figure)
    const staff = STAFF_CASUALTY_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 70)));
    if (staff) {
      unit = 'person';
      noun = 'people';
      unitScore = 0.8;
      coreEnd = token.end + staff[0].length;
      reasons?.push(`'${token.written}${staff[0]}': staff killed or injured -> person`);
    }
  }
  if (!unit && token.kind === 'digits') {
    // a key-figure box: "12,268 Estimated Number of Earthquake-Related Injuries in Haiti", "320 Number of People Missing"
    // (a number that opens its line may have its label in any case: "1,813 Number of new arrivals on Thursday",
    // "2,133,238: estimated number of children")
    const boxText = text.slice(token.end, Math.min(sentence.end, token.end + 90));
    const titled = NUMBER_OF_AFTER.exec(boxText);
    const lined = titled === null && /^\s*$/.test(text.slice(lineStarts[line - 1] ?? 0, token.start)) ? LINE_NUMBER_OF_AFTER.exec(boxText) : null;
    // (the label's first word that names a unit: "new arrivals" counts arrivals)
    const boxNoun = titled !== null ? titled[1]! : lined !== null ? lined[1]!.split(/\s+/).find((w) => unitOfNoun(w.toLowerCase()) !== undefined) : undefined;
    const boxUnit = boxNoun !== undefined ? unitOfNoun(boxNoun.toLowerCase()) : undefined;
    const box = titled ?? lined;
    if (box && boxNoun !== undefined && boxUnit !== undefined) {
      unit = boxUnit;
      noun = boxNoun.toLowerCase();
      unitScore = 0.8;
      coreEnd = token.end + (titled !== null ? titled[0].length : box[0].indexOf(boxNoun, box[0].length - box[1]!.length) + boxNoun.length);
      reasons?.push(`'${token.written}' before a key figure's title '${box[0].trim()}' -> ${unit}`);
    }
  }
  // a request is no delivery: "has requested the support of partners for twenty-four (24) large tents"
  // "As many as 33,000 homes are threatened by the fires": things at risk, not damaged or delivered
  if (unit !== undefined && unitDimension(unit) === 'object' && THREATENED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' are at risk, not damaged or destroyed; not extracted`);
    return undefined;
  }
  if (unit !== undefined && unitDimension(unit) === 'object' && !before && REQUEST_LEAD.test(text.slice(Math.max(sentence.start, token.start - 90), token.start))) {
    skipped.push(`line ${line}: '${token.written}' counts things asked for, not delivered; not extracted`);
    return undefined;
  }
  // "14 shelters in 10 cantons of Costa Rica are housing 341 persons", "1,261 open shelters": buildings that house people
  // (a bare "shelters" is as often shelter kits handed out; only opened, or housing people, are they evacuation centres)
  if (!unit && token.kind === 'digits' && !token.yearLike) {
    const noun = SHELTER_NOUN.exec(text.slice(token.end, Math.min(sentence.end, token.end + 40)));
    // (not shelters damaged or attacked, "Shelling damaged 3 shelters housing displaced people": shelters as damage)
    if (noun && !SHELTER_HARMED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && (noun[1] !== undefined || SHELTER_USE_AFTER.test(text.slice(token.end + noun[0].length, Math.min(sentence.end, token.end + noun[0].length + 100))))) {
      unit = 'evacuation-centre';
      coreEnd = token.end + noun[0].length;
      reasons?.push(`'${noun[0].trim()}' that are open or house people -> ${unit}`);
    }
  }
  if (!unit && token.kind !== 'vague' && !token.yearLike) {
    // "built 640 latrines", "12 bridges were destroyed": a counted thing where a verb of building, damage or relief says so
    // ("The quake damaged 30 of the 45 bridges": the things after the whole a part is of)
    const thing = countedThingAfter(text, outOf ? token.end + outOf[0].length : partOfThings ? token.end + partOfThings[0].length : token.end, sentence.end);
    if (thing) {
      const thingEnd = 'unknown' in thing ? token.end + 1 + thing.unknown.length : thing.end;
      const verbLead = text.slice(Math.max(sentence.start, token.start - 60), token.start);
      const inContext =
        (THING_VERB_BEFORE.test(verbLead) && !CAN_CARRY_BEFORE.test(verbLead)) ||
        SUPPLIES_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 180), token.start)) ||
        // "UNICEF supported 185,000 people (including 93,000 female) with 842,770 water purification tablets"
        SUPPORTED_WITH_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 140), token.start)) ||
        // "caused extensive damage to infrastructure, including 5,223 buildings": the first thing of a list of damage
        DAMAGE_INCLUDING_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 120), token.start)) ||
        // "the collapse, in whole or in part, of around 50 000 residential buildings": a noun of damage before it
        THING_STATE_BEFORE.test(verbLead) ||
        THING_VERB_AFTER.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 60))) ||
        THING_VERB_AFTER_PAST.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 140))) ||
        // an item of a list of supplies whose verb ends the list ("500,000 water purifiers, 6,950 blankets, 380 sanitary
        // platforms, ... and a variety of items have been distributed")
        LIST_THEN_RELIEF_VERB.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 400))) ||
        // the next item of a list of counted things ("700 tarpaulins, 1,500 water containers, 3,000 blankets and ...", "... as well as 3,248 bags of flour")
        // (a hedge may come between: "100,000 doses from France, nearly 100,000 doses from Germany, and about 500,000 doses")
        (lastThing !== undefined && unitDimension(lastThing) === 'object' && NEXT_ITEM_LEAD.test(text.slice(Math.max(sentence.start, token.start - 24), token.start))) ||
        RELIEF_AS_WELL_AS_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 200), token.start)) ||
        // "10 damaged bridges", "12 destroyed schools": the modifier says the damage
        (!('unknown' in thing) && thing.modifiers.some((m) => STATE_MODIFIER.test(m))) ||
        // "some 200,000 doses of vaccine on hand", "to vaccinate 2.5 million people using 3.5 million doses": doses of a
        // vaccine, named right after them or shortly before (windows of their own: a sentence of many doses stays linear)
        // (or a little later in the sentence, where there are a hundred and more: "50,000 doses promised by the U.S.
        // government and 15,000 from the vaccines alliance"), or in the paragraph's sentences before ("The first batch of mpox
        // vaccines arrived ... The 200,000 doses are just a fraction", read up to 400 characters back)
        (!('unknown' in thing) && thing.unit === 'dose' && ((token.value >= 100 && (/\bvaccines?\s/i.test(thing.written) || thing.modifiers.some((m) => VACCINE_MODIFIER.test(m)))) || VACCINE_OF_AFTER.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 40))) || VACCINE_WORD.test(text.slice(Math.max(sentence.start, token.start - 80), token.start)) || (token.value >= 100 && VACCINE_WORD.test(text.slice(thingEnd, Math.min(sentence.end, thingEnd + 80)))) || (token.value >= 100 && VACCINE_WORD.test(text.slice(Math.max(sentence.paragraph.start, sentence.start - 400), sentence.start))))) ||
        // "163 tonnes of goods have or are being transported to Fiji, including:" over "• 7,400 tarpaulins", "• 35 generators":
        // a bulleted item under a heading of relief sent or delivered
        underReliefHeading(text, lineStarts, line, token);
      if (inContext && 'unknown' in thing) {
        skipped.push(`line ${line}: '${token.written} ${thing.unknown}' counts a thing humfig has no unit for; not extracted (add it by hand if it matters)`);
        return undefined;
      }
      // ("a combination of five vaccines": kinds of vaccine, not doses, which are counted in the hundreds and more)
      if (inContext && !('unknown' in thing) && thing.unit === 'dose' && value < 100 && /^vaccines$/i.test(thing.written)) {
        skipped.push(`line ${line}: '${token.written} ${thing.written}' counts kinds of vaccine, not doses; not extracted`);
        return undefined;
      }
      if (inContext && !('unknown' in thing)) {
        unit = thing.unit;
        coreEnd = thing.end;
        modifiers = thing.modifiers;
        reasons?.push(`'${thing.written}' after the number, counted where a verb of building, damage or relief says so -> ${unit}`);
      }
    }
  }
  // "Breakdown of the Emergency Grant Aid (USD)" over "United Nations Children’s Fund (UNICEF): 15.7 million": a
  // list's caption that names its currency makes each "label: amount" line under it money, whatever the label names
  // (not a label that opens with what it counts, "People in need: 3,000,000", "Households reached: 4,500": the label
  // wins; an organisation's name that holds such a word further on, "United Nations Children’s Fund (UNICEF)", does not)
  const captioned =
    !unit && token.kind === 'digits' && !token.yearLike && keyLabel !== undefined && countNamedBy(text.slice(keyLabel.heading.start, keyLabel.heading.end).split(/\s+/).slice(0, 2).join(' ')) === undefined
      ? currencyCaption(text, lineStarts, line)
      : undefined;
  if (captioned !== undefined) {
    unit = captioned.code;
    heading = keyLabel!.heading;
    unitScore = 0.7;
    review.push(`currency ${captioned.code} read from the caption '${captioned.caption}' above the list`);
    kinds |= KIND.currency;
    reasons?.push(`a line 'label: amount' under the caption '${captioned.caption}' -> ${unit}`);
  }
  if (!unit && token.kind === 'digits' && !token.yearLike) {
    // "Houses damaged:\n- Province A: 1,200": an item of a list under a heading that names what it counts
    // an item's own label wins over the list's heading, unless it only names a group of the heading's count
    // ("People displaced:" over "- Children: 1,200": displaced children; "Key figures" over "- Deaths: 12": deaths)
    const own = countLabel;
    const under = own === undefined || GROUP_LABEL.test(text.slice(own.heading.start, own.heading.end)) ? listHeading(text, lineStarts, line, token) : undefined;
    const listed = under ?? own ?? stackedLabel(text, lineStarts, line) ?? labelAbove(text, lineStarts, line) ?? labelBelow(text, lineStarts, line);
    if (listed) {
      unit = listed.unit;
      noun = listed.noun;
      heading = listed.heading;
      unitScore = 0.7;
      reasons?.push(`an item of the list under '${text.slice(listed.heading.start, listed.heading.end)}', which names what it counts -> ${unit}`);
    }
  }
  if (!unit) {
    // (no note for a paragraph's or a list item's own number, "1. On November 15, ...", "(2) ...": it counts nothing)
    if (token.kind === 'digits' && !token.yearLike && !isItemNumber(text, lineStarts[line - 1]!, token)) {
      skipped.push(`line ${line}: '${token.written}' has no unit the extractor knows; not extracted`);
    }
    return undefined;
  }
  // "31 of 54 hospitals": the whole a part was counted of is the stock of such things, no figure of the crisis
  // (not where the noun or a participle after it says their damage: "12 of the 40 damaged schools", "300 of the 1,200 houses destroyed by the floods")
  if (unit !== undefined && unitDimension(unit) === 'object' && !modifiers.some((m) => STATE_MODIFIER.test(m)) && !DAMAGE_PARTICIPLE_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40))) && WHOLE_OF_PART_LEAD.test(text.slice(Math.max(sentence.start, token.start - 24), token.start))) {
    skipped.push(`line ${line}: '${text.slice(Math.max(sentence.start, token.start - 24), token.end).replace(/^.*?(?=\d[\d,.]*\s+of\s)/s, '')}': the whole of things a part was counted of, not a figure of its own; not extracted`);
    return undefined;
  }
  // "in 2023 Syrian refugees ..." (but "There have been 2033 dengue fever cases": a count after words that say one follows)
  // ("in 2017 Syrians will account for 40%": a year after "in", whatever plural follows)
  if (token.yearLike && (modifiers.length > 0 || !isCountUnit(unit) || YEAR_IN_LEAD.test(text.slice(Math.max(sentence.start, token.start - 8), token.start))) && !before && !(isCountUnit(unit) && modifiers.every((m) => /^\p{Ll}/u.test(m)) && !EVENT_OF_YEAR.test(modifiers[0] ?? '') && COUNT_FOLLOWS_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)))) return undefined;
  // "the UN's 2013 refugee response plan", "the 2015 refugee appeal": a year that names a plan, no count
  if (token.yearLike && YEAR_OF_LEAD.test(text.slice(Math.max(sentence.start, token.start - 12), token.start)) && YEAR_NAMES_PLAN.test(text.slice(token.end, Math.min(sentence.end, token.end + 48)))) {
    skipped.push(`line ${line}: '${token.written}' is the year of a plan or an appeal it names, not a count; not extracted`);
    return undefined;
  }
  // "affected by the 2012 conflict", "under the 1951 Refugee Convention": a year that names an event or a treaty, no count
  if (token.yearLike && YEAR_OF_LEAD.test(text.slice(Math.max(sentence.start, token.start - 12), token.start)) && YEAR_NAMES_EVENT.test(text.slice(token.end, Math.min(sentence.end, token.end + 48)))) {
    skipped.push(`line ${line}: '${token.written}' is the year of an event or a treaty it names, not a count; not extracted`);
    return undefined;
  }
  // harm said after the number, or just before it ("killed 12 soldiers"): "deployed 500 troops to recover the dead" is no harm to them
  if (
    noun !== undefined &&
    (RESPONDER_NOUNS.has(noun) || (unit === 'person' && MOBILISED_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 30), coreStart)))) &&
    // (children recruited as soldiers are no responders: "207 child soldiers are to be released")
    !/\bchild\s+soldiers\b/i.test(text.slice(token.end, coreEnd)) &&
    // (nor staff a disaster affected: "46,877 personnel were affected")
    // (or health workers an outbreak affected: "thirty-nine health care workers were affected")
    !((noun === 'personnel' || noun === 'staff' || (noun === 'workers' && modifiers.some((m) => HEALTH_WORKER_MODIFIER.test(m)))) && STAFF_AFFECTED_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) &&
    !RESPONDER_HARMED.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 100))) &&
    !RESPONDER_HARMED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) &&
    !HARMED_INCLUDING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 120), token.start)) &&
    // (nor those the sentence counts among the harmed: "Among the missing persons are six Chinese nationals and three police personnel")
    !AMONG_THE_HARMED_LEAD.test(text.slice(Math.max(sentence.start, token.start - 100), token.start))
  ) {
    // "deployed 150 volunteers": responders are the response, not the people it counts (unless harmed: "3 aid workers were killed")
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' counts responders, not people affected or assisted; not extracted`);
    return undefined;
  }

  // "400 kg (approximately 882 pounds) of sanitation chemicals": a weight restated in pounds, no money
  if (unit === 'GBP' && /\bpounds?\b/i.test(text.slice(token.end, coreEnd)) && WEIGHT_RESTATED_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' restates a weight in pounds, not money; not extracted`);
    return undefined;
  }
  const dim = unitDimension(unit);
  // "a food basket of 8 kg of wheat flour, 2 kg rice": a ration's or a package's size, not an amount delivered (those run to tonnes)
  if ((unit === 'kg' || unit === 'l') && value < RATION_KG) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' is the size of a ration or a package (under ${RATION_KG} ${unit}), not an amount delivered; not extracted`);
    return undefined;
  }
  // "2,750 tonnes of ammonium nitrate": what blew up or spilled, the disaster's cause, not an amount delivered
  if (dim === 'mass' && HAZARD_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 40)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, coreEnd)}' weighs what exploded or spilled, not relief; not extracted`);
    return undefined;
  }
  if (dim === 'time') {
    const lead = text.slice(Math.max(sentence.start, token.start - 40), token.start);
    if (TIME_REFERENCE_AFTER.test(text.slice(coreEnd, coreEnd + 12)) || /\b(?:aged|age)\s+$/i.test(lead)) return undefined; // an age or "three days later"
    if (TIME_WINDOW.test(lead)) {
      skipped.push(`line ${lineOf(lineStarts, token.start)}: '${text.slice(token.start, coreEnd)}' is a reporting window ("the past ..."); not extracted`);
      return undefined;
    }
  }
  if (token.kind === 'word' && !hyphen && modifiers.length > 1) unitScore *= 0.9; // a number word two or more words from its noun: less sure

  // qualifier before the number (or its currency)
  let qualifier: Qualifier = 'exact';
  let qualifierWritten: string | undefined;
  const lead = text.slice(Math.max(sentence.start, coreStart - 30), coreStart);
  const qm = mayEndWithQualifier(lead) ? ANY_QUALIFIER.exec(lead) : null;
  if (qm) {
    let group = 1;
    while (qm[group] === undefined) group++;
    const q = QUALIFIERS[group - 1]![1];
    qualifier = q;
    qualifierWritten = qm[0].trim();
    coreStart -= qm[0].length;
    reasons?.push(`qualifier '${qualifierWritten}' -> ${q}`);
  }
  // "has passed the 100,000 mark", "crossed the one million mark": more than that many
  const mark = qm ? null : PASSED_THE_MARK.exec(lead);
  if (mark && /^\s+mark(?![\p{L}])/u.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 8)))) {
    qualifier = 'more-than';
    qualifierWritten = `${mark[0].trim()} ... mark`;
    coreStart -= mark[0].length;
    reasons?.push(`'${mark[0].trim()} ${token.written} mark' -> more-than`);
  }
  if (!qualifierWritten && plusMark !== null && unit !== undefined) {
    qualifier = 'more-than';
    qualifierWritten = plusMark![0];
    reasons?.push(`'${token.written}${plusMark![0]}' -> more-than`);
  }
  // "pledged $1 million or more", "5,000 people or more": at least that many
  if (!qualifierWritten && token.high === undefined && token.kind !== 'vague') {
    const orMore = OR_MORE_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 12))) ?? OR_MORE_AFTER.exec(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 12)));
    if (orMore !== null) {
      qualifier = 'at-least';
      qualifierWritten = orMore[0].trim();
      reasons?.push(`'${token.written} ${qualifierWritten}' -> at-least`);
    }
  }
  if (!qualifierWritten && token.kind === 'vague') {
    qualifier = 'at-least';
    reasons?.push(`'${token.written}' gives no number: at least the least it can mean`);
  } else if (!qualifierWritten) reasons?.push('no qualifier word: exact as written');
  if (token.high !== undefined) reasons?.push(`a range: ${value} to ${token.high}`);
  const valueScore = token.kind === 'vague' || token.kind === 'fraction' ? 0.7 : token.kind === 'word' ? 0.9 : token.scale !== undefined || /\./.test(token.written) ? 0.95 : 1;
  if (token.kind === 'vague') {
    review.push(`'${token.written}' is vague: ${value} is the least it can mean`);
    kinds |= KIND.vague;
  }
  if (token.kind === 'fraction') {
    review.push(`'${token.written}' is a share: ${value} percent, rounded to one decimal`);
    kinds |= KIND.share;
  }
  reasons?.unshift(`number '${token.written}' -> ${value}`);
  // "increased by 122,000", "an increase of over 28,000 people": the difference between two counts, not a count
  const changeWords = CHANGE_BY_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start)) ?? CHANGE_IN_COUNT_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 100), token.start));
  if (changeWords !== null) review.push(`a change ('${changeWords[0].trim().replace(/\s+/g, ' ')}'): the difference between two counts, not a count of its own; check its indicator`);

  // a span counted in decades ("three decades") is rounded by the way it is written: approximately.
  // Other numbers keep the qualifier the words give (the corpus convention): "10.23 million people" is exact.
  if (!qualifierWritten && unit === 'decade') {
    qualifier = 'approximately';
    reasons?.push(`'${token.written}' is written rounded (in whole decades): approximately`);
  }
  // "lived on less than $1.25 per day": a poverty line, not money of the crisis
  // (not what people live on as aid: "live on $13 a month in vouchers"; a line is "less than" so much, or so much a day)
  if (unitDimension(unit) === 'money' && isPovertyLine(text, sentence, coreStart, coreEnd, qualifierWritten)) {
    skipped.push(`line ${line}: '${text.slice(coreStart, coreEnd)}' is a poverty line, given as context; not extracted`);
    return undefined;
  }
  // "deaths ... climbed to 1,638, including 718 men, 332 women and 588 children": each group a part of
  // the count of people before it, never a total of its own
  let partOfBefore = false;
  // (an item of a list of casualties by cause after a count of people: a part of it, its indicator the count's)
  if (cause !== undefined && lastThing === 'person') partOfBefore = true;
  const group = part === undefined && unit === 'person' && lastThing === 'person' ? GROUP_PART_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 64))) : null;
  if (group && GROUP_PART_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 160), coreStart))) {
    part = group[1]!.toLowerCase().replace(/\s+/g, ' ');
    partOfBefore = true;
    review.push(`a part (${part}) of the count of people before it: drafted as a breakdown of it, never a total`);
    reasons?.push(`'${token.written} ${group[1]}' after 'including' (or 'of whom', 'among them') a count of people: a part of it`);
  }
  if (token.high !== undefined) review.push(`'${token.written}' is a range: low ${value}, high ${token.high}; value is the low bound`);
  else if (qualifier === 'exact' && looksRounded(token, unit)) {
    review.push(`'${token.written}' has no qualifier but looks rounded: consider 'approximately'`);
    kinds |= KIND.rounded;
  }
  return {
    token,
    coreStart: trimSpan(text, { start: coreStart, end: coreEnd }).start,
    coreEnd,
    value,
    unit,
    noun,
    qualifier,
    qualifierWritten,
    reasons,
    unitScore,
    valueScore,
    review,
    kinds,
    stated: [],
    ...(before ? { currencyWritten: before.written } : {}),
    ...(heading ? { heading } : {}),
    ...(item ? { item, coreEnd: item.end } : {}),
    ...(part !== undefined ? { part } : {}),
    ...(partOfBefore ? { partOfBefore: true as const } : {}),
  };
}

/**
 * Whether a number is no count to draft, by what is around it before its currency is read: a study's sample, a rate, a
 * phase, a year of something counted, a day of a span, the whole of a ratio (the reason is in the skipped notes). A
 * part of readFigure, apart so that each stays small enough for the engine to optimise.
 */
function isNoCountFirst(setting: FigureSetting, token: NumberToken, line: number): boolean {
  const { text, sentence, skipped } = setting;
  if (token.ambiguous) {
    skipped.push(`line ${line}: ${token.ambiguous}; not extracted`);
    return true;
  }
  // "Human Rights Watch spoke with 22 former camp residents", "researchers surveyed 1,200 households": whom a study asked, no figure
  // (a count in digits: "spoke to hundreds of families who have returned" is the returns a text reports)
  if (token.kind === 'digits' && STUDY_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' counts those a study spoke with or surveyed, not people affected or assisted; not extracted`);
    return true;
  }
  // "one child was killed or injured on average every two days": a rate, no count
  // (and "two people out of every 10,000 die each day": a rate per a population, not two people)
  if (token.value <= 10 && (RATE_EVERY_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 80))) || PER_POPULATION_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 90))))) {
    skipped.push(`line ${line}: '${token.written}' is a rate ('every' a span of time, or out of every so many people), not a count; not extracted`);
    return true;
  }
  // "five persons medical team", "80 persons special Urban Search and Rescue (USAR) teams": the size of a team sent, responders
  if (/^(?:\s+persons?|-member|-man|-strong|\s+(?:member|man|strong))\s+(?:(?!(?:were|was|are|is|be|been|in|of|by|from|to|for|with|or|who|which|that|had|have|has|into|on|at|through|via|under|across|during|after|received|reached|assisted|vaccinated|treated|visited|served|supported)(?![\p{L}]))(?![\p{L}]+(?:ed|ing)(?![\p{L}]))[\p{L}()-]+\s+){0,6}?teams?(?![\p{L}])/iu.test(text.slice(token.end, Math.min(sentence.end, token.end + 90)))) {
    skipped.push(`line ${line}: '${token.written}' is the size of a team sent (responders), not people affected or assisted; not extracted`);
    return true;
  }
  // "where one or more family members stay behind": any number, no count
  if (token.value === 1 && /^\s+or\s+more(?![\p{L}])/u.test(text.slice(token.end, Math.min(sentence.end, token.end + 10)))) {
    skipped.push(`line ${line}: '${token.written} or more' is any number, not a count; not extracted`);
    return true;
  }
  // "2,000 IPC 3 households", "Phase 2 of the response", "Grade 5 pupils": a phase or a grade, no count
  if (token.kind === 'digits' && token.value <= 12 && PHASE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 8), token.start))) {
    skipped.push(`line ${line}: '${token.written}' names a phase or a grade, not a count; not extracted`);
    return true;
  }
  // "The 2025 case count has surpassed", "the 2024 death toll": a year that names a count, no count of its own
  if (token.yearLike && YEAR_OF_A_COUNT_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 30)))) {
    skipped.push(`line ${line}: '${token.written}' is the year of a count, not a count; not extracted`);
    return true;
  }
  // "during the period 24 to 30 November 2023": the first day of a span of days, no count
  if (token.kind === 'digits' && token.value <= 31 && Number.isInteger(token.value) && DAY_SPAN_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 30)))) {
    skipped.push(`line ${line}: '${token.written}' is the first day of a span of days; not extracted`);
    return true;
  }
  // "no one has died", "not one house was spared": none, no figure to draft
  if (token.kind === 'word' && token.value === 1 && /(?<![\p{L}])(?:no|not)\s+$/iu.test(text.slice(Math.max(sentence.start, token.start - 5), token.start))) {
    skipped.push(`line ${line}: '${text.slice(Math.max(sentence.start, token.start - 3), token.end).trim()}' is none, not one; not extracted`);
    return true;
  }
  // "buildings ... have been seriously damaged between 50 and 100 percent": how badly, not a share of people or things
  if (DAMAGE_DEGREE_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) && /^\s*(?:%|per[\s-]?cent|percent)(?![\p{L}])/u.test(text.slice(token.end, Math.min(sentence.end, token.end + 10)))) {
    skipped.push(`line ${line}: '${token.written}' says how badly something was damaged, not a share of people or things; not extracted`);
    return true;
  }
  // "from 3 November 2017 through 12 December 20171": a date's year with a footnote's number glued to it, no count
  if (token.kind === 'digits' && /^(?:19|20)\d{3,4}$/.test(token.written) && DAY_MONTH_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 16), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is a date's year with a footnote's number after it; not extracted`);
    return true;
  }
  // "Our positivity rate is at 10.8%": the share of tests that are positive, no share of people
  if (TEST_RATE_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is a rate of tests, not a share of people; not extracted`);
    return true;
  }
  // "a medic and two residents said": the people a report quotes, no count of the crisis
  if (token.value < 20 && WITNESSES_SAID_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
    skipped.push(`line ${line}: '${token.written}' counts the witnesses or officials who told it, not people of the crisis; not extracted`);
    return true;
  }
  // "up to 95 percent of individuals will be protected": how well a vaccine protects, no share of people reached
  if (PROTECTED_SHARE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 80)))) {
    skipped.push(`line ${line}: '${token.written}' is how well a vaccine protects, not a share of people; not extracted`);
    return true;
  }
  // "attacks like this one have resulted in ...", "that one was spared": a pronoun, no count
  if (token.kind === 'word' && token.value === 1 && token.written.toLowerCase() === 'one' && /(?<![\p{L}])(?:this|that)\s+$/iu.test(text.slice(Math.max(sentence.start, token.start - 6), token.start)) && !/^\s+(?!(?:is|was|are|were|has|have|had|in|on|at|of|and|or|but|with|from|to|for|by|that|which|who|also|again|alone)(?![\p{L}]))\p{L}/u.test(text.slice(token.end, Math.min(sentence.end, token.end + 20)))) {
    skipped.push(`line ${line}: 'this one' or 'that one' is a pronoun, not a count; not extracted`);
    return true;
  }
  // "0 People in food security", "leaving only 0 suspected cases": zero, no figure to draft
  if (token.value === 0 && token.kind === 'digits') {
    skipped.push(`line ${line}: '${token.written}' is zero; not extracted`);
    return true;
  }
  // "surveying 60 newly displaced families": the sample of an assessment, not a figure of the crisis
  if (SURVEYED_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is the sample of a survey, not a figure; not extracted`);
    return true;
  }
  // "So if the 500 houses are heavily damaged, ...": a condition, not a figure
  if (IF_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 30), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is in a condition ('if'), not a figure; not extracted`);
    return true;
  }
  // "one in every 11 health facilities", "1 in every 4 schools": the whole of a ratio, not a count
  const ratioWhole = token.kind === 'digits' ? RATIO_WHOLE_BEFORE.exec(text.slice(Math.max(sentence.start, token.start - 20), token.start)) : null;
  if (ratioWhole) {
    skipped.push(`line ${line}: '${token.written}' is the whole of a ratio ('${ratioWhole[0]}${token.written}'), not a count; not extracted`);
    return true;
  }
  return false;
}

/**
 * Whether a number is no count to draft, by what is around it once its currency is read (`before`): a climate
 * conference, an exchange rate, a rank, a rate, a magnitude, a comparison, a share of something else, a time, a grade, an
 * age (the reason is in the skipped notes). A part of readFigure, apart so that each stays small enough for the engine
 * to optimise.
 */
function isNoCountAfterCurrency(setting: FigureSetting, token: NumberToken, line: number, before: Exclude<ReturnType<typeof currencyBefore>, { unknown: string }>): boolean {
  const { text, sentence, skipped } = setting;
  // "COP28", "COP29": a climate conference, not Colombian pesos (an amount in pesos is grouped or scaled: "COP2,000,000")
  if (before && before.code === 'COP' && token.start - before.start === 3 && token.value < 100 && token.scale === undefined && !/\s/.test(text.slice(before.start, token.start))) {
    skipped.push(`line ${line}: 'COP${token.written}' names a climate conference, not an amount in Colombian pesos; not extracted`);
    return true;
  }
  // "($1 = 0.8908 Swiss francs)", "1 euro = 1.08 dollars": an exchange rate, neither side a figure
  if (
    text.slice(Math.max(sentence.start, token.start - 30), Math.min(sentence.end, token.end + 24)).includes('=') &&
    ((token.value === 1 && RATE_EQUALS_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)))) || RATE_EQUALS_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)))
  ) {
    skipped.push(`line ${line}: '${token.written}' is one side of an exchange rate or an equation ('='); not extracted`);
    return true;
  }
  // "The five largest individual appeals", "the 10 worst-hit districts": a rank, not a count
  if (RANK_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 16)))) {
    skipped.push(`line ${line}: '${token.written}' ranks what follows (largest, worst ...), not a count; not extracted`);
    return true;
  }
  // "as many as four children or two adults per 10 000 people will die every day": the numerator of a rate
  if (RATE_NUMERATOR_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60)))) {
    skipped.push(`line ${line}: '${token.written}' is the numerator of a rate or a density ('per 10,000', 'per square kilometre'), not a count; not extracted`);
    return true;
  }
  if (!before && (MAGNITUDE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 14))) || MAGNITUDE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 24), token.start)))) {
    skipped.push(`line ${line}: '${token.written}' is a magnitude; not extracted`);
    return true;
  }
  // "the earthquakes measuring 7.7 and 6.8 on the Richter scale": what a quake measured, both numbers
  if (!before && /\.\d/.test(token.written) && token.value < 10 && MEASURING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) && MAGNITUDE_SCALE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 40)))) {
    skipped.push(`line ${line}: '${token.written}' is a magnitude, not a count; not extracted`);
    return true;
  }
  // "More than 110,000 people are involved in the search and rescue operation": responders, no figure
  if (!before && RESPONDERS_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 90)))) {
    skipped.push(`line ${line}: '${token.written}' counts people at work in the response, not people affected; not extracted`);
    return true;
  }
  // "Requirements are $2 billion higher than last year", "$1.4 billion more received this year than last":
  // a difference from another time, not a figure of its own
  if (COMPARED_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 70)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, Math.min(sentence.end, token.end + 30)).replace(/\s+/g, ' ')}...' is a difference from another time, not a figure of its own; not extracted`);
    return true;
  }
  // "at least five times higher": a multiple, not a count
  if (!before && TIMES_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, Math.min(sentence.end, token.end + 16)).replace(/\s+/g, ' ')}...' is a multiple (so many times more), not a count; not extracted`);
    return true;
  }
  // "representing around 16% of the country's total population": a share of a population, a baseline
  if (!before && REPRESENTING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) && SHARE_OF_POPULATION_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 60)))) {
    skipped.push(`line ${line}: '${token.written}' is the share of a population that places represent, a baseline; not extracted`);
    return true;
  }
  // "up to 30 per cent of Gross Domestic Product", "nearly a third of Jamaica's annual wealth": a share of an economy
  if (!before && SHARE_OF_ECONOMY_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 70)))) {
    skipped.push(`line ${line}: '${token.written}' is a share of an economy, not of people or funds; not extracted`);
    return true;
  }
  // "40% of Gaza water supplies", "30 percent of his body": a share of a thing, not of people or funds
  if (!before && SHARE_OF_THING_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 70))) && (token.kind === 'fraction' || /^\s*(?:%|per[\s-]*cent|percent)/iu.test(text.slice(token.numberEnd, token.numberEnd + 12)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, Math.min(sentence.end, token.end + 40)).replace(/\s+/g, ' ')}...' is a share of a thing (land, supplies, a body), not of people or funds; not extracted`);
    return true;
  }
  // "63 health facilities (38 per cent)": a share of the things just counted
  const parenFrom = Math.max(sentence.start, token.start - 80);
  const thingsBefore = !before && /\(\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start)) ? THINGS_BEFORE_PAREN.exec(text.slice(parenFrom, token.start)) : null;
  if (thingsBefore && /^\s*(?:%|per[\s-]*cent|percent)\s*\)/iu.test(text.slice(token.numberEnd, token.numberEnd + 12))) {
    const thing = nounAfter(text, parenFrom + thingsBefore.index + thingsBefore[0].length, token.start);
    if (thing && !('ambiguous' in thing) && unitDimension(thing.unit) === 'object') {
      skipped.push(`line ${line}: '${token.written}' in parentheses after a count of ${thing.written} is a share of those, not of people or funds; not extracted`);
      return true;
    }
  }
  // "households with at least one person with a chronic condition": who is in a household, not a count
  if (token.value === 1 && HOUSEHOLD_WITH_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start))) {
    skipped.push(`line ${line}: '${token.written}' says who is in a household, not a count; not extracted`);
    return true;
  }
  if (!before && token.value < 30 && LIVES_WITH_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) && LIVES_WITH_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 30)))) {
    skipped.push(`line ${line}: '${token.written}' says how many someone lives with, not a count; not extracted`);
    return true;
  }
  // "the Dalori 2 IDP camp", "Camp 24": a number in a camp's name, no count
  if (!before && token.value < 100 && /\p{Lu}[\p{L}-]+\s+$/u.test(text.slice(Math.max(sentence.start, token.start - 24), token.start)) && CAMP_NAME_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)))) {
    skipped.push(`line ${line}: '${token.written}' is part of a camp's name, not a count; not extracted`);
    return true;
  }
  // "The two are set to discuss ...", "the two met in Geneva": two people or parties named before, no count of the crisis
  if (!before && token.kind === 'word' && token.value === 2 && /\b[Tt]he\s+$/.test(text.slice(Math.max(sentence.start, token.start - 4), token.start)) && THE_TWO_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)))) {
    skipped.push(`line ${line}: 'the ${token.written}' names two people or parties said before, not a count; not extracted`);
    return true;
  }
  // "as of 2 pm today", "at 10 a.m.": a time of day, whatever count the sentence names
  if (!before && token.value <= 12 && Number.isInteger(token.value) && TIME_OF_DAY_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 6)))) {
    skipped.push(`line ${line}: '${token.written}${TIME_OF_DAY_AFTER.exec(text.slice(token.end, token.end + 6))![0]}' is a time of day, not a count; not extracted`);
    return true;
  }
  // "one child every 60 seconds", "a child per minute": a rate, not a count
  if (!before && (RATE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 80))) || RATE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)))) {
    skipped.push(`line ${line}: '${text.slice(token.start, Math.min(sentence.end, token.end + 30)).replace(/\s+/g, ' ')}...' is a rate (so many every so many seconds, minutes or hours), not a count; not extracted`);
    return true;
  }
  // "1.125 deaths per 10,000 people per day": the denominator of a rate, not a count
  if (!before && /\bper\s+$/i.test(text.slice(Math.max(sentence.start, token.start - 5), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is the denominator of a rate ('per ${token.written}'), not a count; not extracted`);
    return true;
  }
  // "Catastrophe (IPC Phase 5)", "Level 3 emergency", "Category 4": a number that names a phase or a grade, not a count
  if (!before && token.value < 100 && GRADE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 12), token.start))) {
    skipped.push(`line ${line}: '${token.written}' names a phase, level or category, not a count; not extracted`);
    return true;
  }  // "six 42 sqm tents", "a 20 m2 shelter": a size, not a count (the number before it counts what follows)
  if (!before && token.kind === 'digits' && SIZE_UNIT_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)))) {
    skipped.push(`line ${line}: '${token.written}' is a size (square metres), not a count; not extracted`);
    return true;
  }
  // "Communities in Region Six have been heavily impacted", "in Camp 4": a number that names an area, not a count
  // (not a place's count in a list: "Kailali District 12")
  if (!before && token.value < 100 && Number.isInteger(token.value) && (token.kind === 'digits' || (token.kind === 'word' && /^\p{Lu}/u.test(token.written))) && AREA_NUMBER_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 24), token.start))) {
    skipped.push(`line ${line}: '${token.written}' is the number of an area's name ('${/\p{Lu}\p{Ll}+\s+$/u.exec(text.slice(Math.max(sentence.start, token.start - 24), token.start))?.[0] ?? ''}${token.written}'), not a count; not extracted`);
    return true;
  }

  // "children under five", "people over 60", "women aged 15 to 49": an age, not a count
  const ageLead = !before && token.value < 120 ? text.slice(Math.max(sentence.start, token.start - 40), token.start) : undefined;
  const age = ageLead === undefined ? null : (AGE_LEAD.exec(ageLead) ?? AGE_BOUND_LEAD.exec(ageLead));
  // ("1,434 Under 5 children", "under-5 children": the age bound before the noun)
  const ageFirst = ageLead !== undefined && UNDER_AGE_BEFORE.test(ageLead) && UNDER_AGE_AFTER.test(text.slice(token.end, Math.min(sentence.end, token.end + 24)));
  if (age || ageFirst) {
    skipped.push(`line ${line}: '${token.written}' is an age ('${age ? age[0] : text.slice(Math.max(sentence.start, token.start - 6), token.start).trimStart()}${token.written}'); not extracted`);
    return true;
  }
  return false;
}

/** What readFigure has worked out about a number before readBareNumber looks for the unit of one with no noun after it. */
interface BareContext {
  line: number;
  reasons: string[] | undefined;
  review: string[];
  value: number;
  coreStart: number;
  shareAside: RegExpExecArray | null;
  oneOfMany: boolean;
  othersOfThing: boolean;
}

/** What readBareNumber may set: the unit and noun read, the end of the figure's words, and the list, heading or part the number belongs to. */
interface BareReading {
  unit: string | undefined;
  noun: string | undefined;
  coreEnd: number;
  unitScore: number;
  heading: Span | undefined;
  item: Span | undefined;
  part: string | undefined;
  cause: RegExpExecArray | undefined;
  listed: { lead: Span; item: Span; each?: string } | undefined;
}

/**
 * The unit of a number with no noun after it, from what the sentence and the paragraph counted before it ("of them",
 * "in Aceh, 817,856", "17,153 have been displaced"), set in `bare`; false when the number is no figure (the reason is
 * in the skipped notes). A part of readFigure, apart so that each stays small enough for the engine to optimise.
 */
function readBareNumber(setting: FigureSetting, token: NumberToken, counted: CountedBefore, at: BareContext, bare: BareReading): boolean {
  const { text, sentence, skipped, lineStarts } = setting;
  const { antecedent, lastThing, paragraphThing, moneyLast } = counted;
  const { line, reasons, review, value, coreStart, shareAside, oneOfMany, othersOfThing } = at;
  let { unit, noun, coreEnd, unitScore, heading, item, part, cause, listed } = bare;
  let countryItem: RegExpExecArray | null;
  let exceeded: RegExpExecArray | null;
  let ofTheHarmed: RegExpExecArray | null;
  let fled: RegExpExecArray | null;
  let whose: RegExpExecArray | null;
  let hosted: Span | undefined;
  let placeComma: RegExpExecArray | null;
  try {
      const after = text.slice(token.end, Math.min(sentence.end, token.end + 48));
      const lead = text.slice(Math.max(sentence.start, token.start - 120), token.start);
      // ("an estimated 463 of those were children": those and these before a verb or the clause's end, as them)
      // (or before the participle that says what befell them: "More than 65,000 of those uprooted are in ...")
      const ofThem = /^\s+of\s+(?:them|whom|which|(?:those|these)(?=\s*(?:[,.;:)]|$)|\s+(?:were|are|was|is|have|had|has|who|remain|remained|died|live|lived|displaced|uprooted|evacuated|affected|impacted|injured|killed|rescued|missing)\b))\b/i.exec(after);
      // "175 aftershocks were recorded ... and six of them were of magnitude 4": the count before names
      // a thing humfig does not count, and "of them" is a part of that, whatever the paragraph counted
      const uncounted = ofThem ? UNCOUNTED_BEFORE.exec(lead) : null;
      if (uncounted && lastThing === undefined && unitOfNoun(uncounted[1]!) === undefined && !NOT_MODIFIERS_OF_THEM.has(uncounted[1]!.toLowerCase())) {
        skipped.push(`line ${line}: '${token.written}${ofThem![0]}' is a part of the ${uncounted[1]} counted before it, not a count humfig drafts; not extracted`);
        return false;
      }
      // "at least 619 people, of which 508 in Campeche", "880 homes ... and placed another 967 at risk":
      // a part or a further count of the thing counted just before
      let level: RegExpExecArray | null;
      let programme: string | undefined;
      let placedAt: RegExpExecArray | null;
      let changed: RegExpExecArray | null;
      let shareOf: RegExpExecArray | null;
      let thingsAre: RegExpExecArray | null;
      let listUnit: string | undefined;
      let peopleParen: RegExpExecArray | null;
      let sexPart: RegExpExecArray | null;
      let inverted: RegExpExecArray | null;
      let invertedNoun: string | undefined;
      let totalOf: RegExpExecArray | null;
      let totalNoun: string | undefined;
      let nounParen: RegExpExecArray | null;
      let asFollows: RegExpExecArray | null;
      let casualty: RegExpExecArray | null;
      let inNeed: RegExpExecArray | null;
      let affectedAux: RegExpExecArray | null;
      let changeOf: RegExpExecArray | null = null;
      let peopleComma: RegExpExecArray | null;
      let ofThese: RegExpExecArray | null;
      let ofTheHead: NounUnit | undefined;
      let placeSpace: RegExpExecArray | null;
      let listLead = '';
      let wholeOf: RegExpExecArray | null;
      let wholeUnit: string | undefined;
      let ofPeople: RegExpExecArray | null;
      let opening: RegExpExecArray | null;
      let stateOfPart: RegExpExecArray | null;
      const partOf =
        // ("including more than 200,000 that have come": a hedge between)
        /(?:\b(?:of\s+(?:which|whom)|including|included|among\s+them|another|a\s+further|an\s+additional),?\s*(?:only\s+|just\s+)?(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|up\s+to|approximately|an\s+estimated)\s+)?)$/i.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) ||
        // "recorded 10 deaths, with nine registered in Ndirande Township": a part of it, in a place
        (/\bwith\s+$/i.test(text.slice(Math.max(sentence.start, token.start - 8), token.start)) && WITH_PART_AFTER.test(after));
      // "at least 438 dead, while in Mozambique there are 67 and in Madagascar 17": the count of the
      // sentence before, in another place, its noun left out
      const placeLead = lastThing !== undefined && isCountUnit(lastThing) && PLACE_THEN_COUNT_AFTER.test(after) ? PLACE_THEN_COUNT_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start)) : null;
      // ("from Regions 1, 2, 3", "in Camp 11": a number that names a region or a camp, not a count)
      const placeFirst = placeLead && !DESIGNATED_BY_NUMBER.test(placeLead[0]) ? placeLead : null;
      const placeName = placeFirst ? (placeFirst[1] ?? placeFirst[2])! : undefined;
      // "aims to reach 130,000 of the people most affected": the people named after "of the"
      // ("Some 60,000 of evacuees are thought to be children": no article either)
      const ofTheNoun = oneOfMany ? null : /^\s+of\s+(?:(?:the|these|those)\s+)?([\p{L}-]+)(?![\p{L}])/u.exec(after);
      const ofTheUnit = ofTheNoun ? unitOfNoun(ofTheNoun[1]!) : undefined;
      // "delivered food to 650,000 of the estimated 1.2 million displaced people": the part counts what the whole counts
      const ofWhole = ofTheUnit === undefined && !oneOfMany ? OF_A_WHOLE_AFTER.exec(after) : null;
      const whole = ofWhole ? nounAfter(text, token.end + ofWhole[0].length, sentence.end) : undefined;
      // "More than half of them, 172,300, are children": the count a share of them comes to, between commas, counts them
      if (SHARE_OF_THEM_COMMA_LEAD.test(lead) && /^\s*,/.test(after)) {
        unit = antecedent !== undefined && isCountUnit(antecedent) ? antecedent : 'person';
        noun = unit === 'person' ? 'people' : unit;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' between commas after a share 'of them': the count it comes to -> ${unit}`);
      } else if (concernHome(text, sentence, token)) {
        // "Colombia has received more Venezuelan migrants than any other country - it is now home to more than 1.4 million": those people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'home to', its noun left out, after migrants, refugees or displaced people in the sentence -> person`);
      } else if (antecedent !== undefined && isCountUnit(antecedent) && MORE_THEN_VERB_AFTER.test(after) && !CASUALTY_AFTER.test(after)) {
        // (not harm, "and 12 more have died" after families: people, as the casualty rule reads them)
        // "Tens of thousands of people have lost their homes, whilst thousands more cannot get clean water": more of them
        unit = antecedent;
        noun = unit === 'person' ? 'people' : unit;
        unitScore = 0.7;
        reasons?.push(`'${token.written} more' before a verb, after a count of ${antecedent} in the paragraph -> ${antecedent}`);
      } else if (ofWhole && whole && !('ambiguous' in whole) && (isCountUnit(whole.unit) || unitDimension(whole.unit) === 'object')) {
        unit = whole.unit;
        noun = whole.noun ?? whole.written.toLowerCase();
        unitScore = 0.7;
        coreEnd = whole.end;
        reasons?.push(`'${text.slice(token.start, whole.end).replace(/\s+/g, ' ')}': a part of a whole of ${unit}`);
        review.push(`a part ('${clip(text.slice(token.end, whole.end).trim().replace(/\s+/g, ' '), 80)}'): check what the part counts, and its indicator`);
      } else if (ofTheNoun && ofTheUnit !== undefined && isCountUnit(ofTheUnit)) {
        // (the noun read as after a number, modifiers and all: "8,212 of displaced Rohingya Muslim families" counts the families)
        const head = nounAfter(text, token.end + ofTheNoun[0].length - ofTheNoun[1]!.length - 1, sentence.end);
        const headUnit = head && !('ambiguous' in head) && isCountUnit(head.unit) ? head : undefined;
        unit = headUnit?.unit ?? ofTheUnit;
        noun = (headUnit?.noun ?? headUnit?.written ?? ofTheNoun[1]!).toLowerCase();
        unitScore = 0.8;
        coreEnd = headUnit?.end ?? token.end + ofTheNoun[0].length;
        reasons?.push(`'${text.slice(token.start, coreEnd).replace(/\s+/g, ' ')}': ${unit}`);
      } else if (!oneOfMany && ofTheUnit === undefined && !ofWhole && (ofThese = OF_THESE_DETERMINER.exec(after)) !== null && (ofTheHead = countNounAfter(text, token.end + ofThese[0].length, sentence.end)) !== undefined) {
        // "at least 123 million of these at-risk people": the noun after a word or two that describe it
        unit = ofTheHead.unit;
        noun = (ofTheHead.noun ?? ofTheHead.written).toLowerCase();
        unitScore = 0.8;
        coreEnd = ofTheHead.end;
        reasons?.push(`'${text.slice(token.start, coreEnd).replace(/\s+/g, ' ')}': ${unit}`);
      } else if (ofThem && lastThing !== undefined && unitDimension(lastThing) === 'object') {
        // "the cyclone damaged more than 123,000 homes, with about 31,000 of them completely destroyed"
        unit = lastThing;
        noun = lastThing;
        unitScore = 0.8;
        coreEnd = token.end + ofThem[0].length;
        reasons?.push(`'${token.written}${ofThem[0]}': a part of the count of ${lastThing} before it`);
      } else if (!token.yearLike && token.value > 1 && (ofTheHarmed = OF_THE_HARMED_AFTER.exec(text.slice(token.end, Math.min(sentence.end, token.end + 120)))) !== null) {
        // "five of the dead were in Osaka Prefecture": a part of the people harm befell
        unit = 'person';
        noun = (ofTheHarmed[1] ?? ofTheHarmed[2])!.toLowerCase();
        unitScore = 0.8;
        coreEnd = token.end + ofTheHarmed[0].length;
        reasons?.push(`'${token.written}${ofTheHarmed[0]}': a part of the people harm befell, or in need -> person`);
      } else if (ofThem && (antecedent || PEOPLE_NAMED.test(text.slice(sentence.start, token.start)))) {
        // ("More than 100 households were evacuated. ... 11 of them died": people die, not households)
        unit = (antecedent === 'household' || antecedent === 'family') && PEOPLE_HARMED_AFTER.test(after.slice(ofThem[0].length)) ? 'person' : (antecedent ?? 'person');
        noun = 'people';
        unitScore = 0.8;
        coreEnd = token.end + ofThem[0].length;
        reasons?.push(`'${token.written}${ofThem[0]}': the unit of the count before it -> ${unit}`);
        // "40 civilians were killed, three of them in Goma": a part of that count, in a place or in each of several
        const where = ITEM_WHERE.exec(after.slice(ofThem[0].length));
        if (where) {
          const comma = /,\s*$/.exec(text.slice(Math.max(sentence.start, token.start - 4), token.start));
          const leadEnd = comma ? token.start - comma[0].length : token.start;
          heading = { start: Math.max(sentence.start, leadEnd - LIST_REACH), end: leadEnd };
          item = { start: token.start, end: token.end + ofThem[0].length + where[0].length };
          if (where[1] !== undefined) {
            part = `in ${where[1].toLowerCase()} ${where[2]!}`;
            review.push(eachReview(part));
          }
        }
      } else if (lastThing !== undefined && unitDimension(lastThing) === 'object' && (stateOfPart = PART_STATE_AFTER.exec(after)) !== null && OF_THE_COUNT_LEAD.test(text.slice(sentence.start, token.start))) {
        // "Of the 300 health facilities, 132 are fully functional and 168 only partly": parts of that count
        unit = lastThing;
        noun = lastThing;
        unitScore = 0.7;
        part = stateOfPart[1]!.trim();
        review.push(`a part (${part}) of the count of ${lastThing} the sentence opens with: drafted as a breakdown of it, never a total`);
        reasons?.push(`'${token.written}' after 'Of the ... ${lastThing}': a part (${part}) of that count`);
      } else if (lastThing === 'person' && (sexPart = SEX_LABEL_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 40), token.start))) !== null) {
        // "127 fatalities (female - 73; male - 54)": in parentheses after a count of people, each sex's part of it
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        const label = sexPart[1]!;
        part = label === 'F' ? 'female' : label === 'M' ? 'male' : label.toLowerCase();
        review.push(`a part (${part}) of the count of people before its parentheses: drafted as a breakdown of it, never a total`);
        reasons?.push(`'${label} ${token.written}' in parentheses after a count of people: a part (${part}) of it`);
      } else if (othersOfThing && !THING_STATE_AFTER.test(after)) {
        // "destruction of 465 homes and damage to 135 others": more of the thing counted before
        unit = lastThing!;
        noun = lastThing!;
        unitScore = 0.7;
        coreEnd = token.end + /^\s+others?/i.exec(after)![0].length;
        reasons?.push(`'${token.written} others' after a word of damage, after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (lastThing !== undefined && unitDimension(lastThing) === 'object' && THING_STATE_AFTER.test(after) && !STATE_THEN_NOUN_AFTER.test(after)) {
        // "120 houses were destroyed and 300 damaged": the noun is left out after the first figure
        unit = lastThing;
        noun = lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by a verb of damage or relief, after a count of ${lastThing} in the sentence -> ${lastThing}`);
        // "241 houses damaged, of which, 53 were completely and 150 were partially destroyed": parts of that count
        const which = OF_WHICH_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 120), token.start));
        // ("2,130 houses were damaged (837 totally/1,293 partially)": parts of the count, in parentheses after it)
        const bracketed = DEGREE_IN_PARENS_LEAD.test(text.slice(Math.max(sentence.start, token.start - 16), token.start));
        if ((which && !COUNTED_NOUN_IN.test(which[1]!)) || bracketed) {
          part = THING_STATE_AFTER.exec(after)![0]
            .replace(/^\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:(?:classified|tagged|categori[sz]ed|listed|recorded|reported)\s+as\s+|as\s+)?["“']?/i, '')
            .trim();
          review.push(`a part (${part}) of the count of ${lastThing} before ${bracketed ? 'its parentheses' : "'of which'"}: drafted as a breakdown of it, never a total`);
          reasons?.push(`${bracketed ? 'in parentheses after the count' : "after 'of which'"}: a part (${part}) of that count`);
        }
      } else if (lastThing === undefined && paragraphThing !== undefined && unitDimension(paragraphThing) === 'object' && FURTHER_OPENING.test(text.slice(sentence.start, token.start)) && DAMAGED_AFTER.test(after) && !STATE_THEN_NOUN_AFTER.test(after)) {
        // "75 huts have been completely destroyed. A further 1,725 have been partially damaged.": more of the things the paragraph counted
        unit = paragraphThing;
        noun = paragraphThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' opening its sentence with a verb of damage, after a count of ${paragraphThing} in the paragraph -> ${paragraphThing}`);
      } else if (lastThing === undefined && paragraphThing !== undefined && unitDimension(paragraphThing) === 'object' && MORE_OPENING.test(text.slice(sentence.start, token.start)) && RELIEF_COMING_AFTER.test(after) && !NOUN_NEXT.test(after)) {
        // "The 100,000 doses ... have been donated by the EU. Another 100,000 are expected to be delivered on Saturday": more of the things the paragraph counted
        unit = paragraphThing;
        noun = paragraphThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' opening its sentence as more of a thing, then a verb of relief, after a count of ${paragraphThing} in the paragraph -> ${paragraphThing}`);
      } else if (placeFirst) {
        unit = lastThing!;
        noun = 'people';
        unitScore = 0.7;
        part = `${placeFirst[1] !== undefined ? 'in' : 'from'} ${placeName!}`;
        review.push(eachReview(part));
        reasons?.push(`'${token.written}' after '${part}', its noun left out, after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (partOf && (lastThing ?? antecedent) && !/^\s*[-–%]/.test(after) && !NOUN_NEXT.test(after) && !NOUN_PHRASE_NEXT.test(after)) {
        unit = (lastThing ?? antecedent)!;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'of which', 'another' or the like: the unit of the count before it -> ${unit}`);
      } else if (
        lastThing !== undefined &&
        !token.yearLike &&
        (isCountUnit(lastThing) || unitDimension(lastThing) === 'object') &&
        (listed = placeListItem(text, sentence, token) ?? parenthesisedPlaceItem(text, sentence, token)) !== undefined &&
        // ("followed by Marang (1,316 at 10 PPS)": the place's people where they shelter, of the people counted before)
        (!('at' in listed) || (antecedent !== undefined && isCountUnit(antecedent)))
      ) {
        // "13 people were still missing in three regions: eight in CAR, four in Region 2 and one in
        // Region 1", "11 were killed, eight in CAR and three in Mali", "30 schools, two in each
        // district": an item of a list of places, each a place and its share of the count before
        const counted = 'at' in listed ? antecedent! : lastThing;
        unit = counted;
        noun = isCountUnit(counted) ? 'people' : counted;
        unitScore = 0.7;
        heading = listed.lead;
        item = listed.item;
        if (listed.each !== undefined) {
          part = listed.each;
          review.push(eachReview(part));
        }
        reasons?.push(`'${token.written}': an item of a list of places after a count of ${counted} in the sentence -> ${counted}`);
      } else if (
        lastThing === undefined &&
        !token.yearLike &&
        (NUMBER_OF_PEOPLE_BEFORE_LIST.test(boundedLead(text, sentence.start, token.start, LIST_LEAD_REACH)) ||
          (MOST_PEOPLE_AFTER_LIST.test(text.slice(token.end, Math.min(sentence.end, token.end + 200))) && !THINGS_NAMED_BEFORE_LIST.test(boundedLead(text, sentence.start, token.start, LIST_LEAD_REACH)))) &&
        (listed = parenthesisedPlaceItem(text, sentence, token)) !== undefined
      ) {
        // "highest number of arrivals were noted in Pemba (1,775), followed by Montepuez (1683)": the
        // sentence names what its places' shares count without a number of its own (or after them: "the
        // cities of Derna (at least 30,000), Bayda (3,000) and Benghazi (2,195) have the largest number of displaced people")
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        heading = listed.lead;
        item = listed.item;
        reasons?.push(`'${token.written}': an item of a list of places after 'number of' people in the sentence -> person`);
      } else if (
        (lastThing === undefined || isCountUnit(lastThing)) &&
        !token.yearLike &&
        BARE_ITEM_END_AFTER.test(after) &&
        (countryItem = COUNTRY_ITEM_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start))) !== null &&
        findCountry(countryItem[1]!) !== undefined &&
        (hosted = lastHosting(text, Math.max(sentence.start, token.start - HOSTED_REACH), token.start)) !== undefined &&
        // (hosts named in the plural, "Latin American countries are hosting": each item is a host; any other subject, a
        // country however written, "Uganda currently hosts", "The country hosts": the items after it are where the people
        // come from, "with South Sudan accounting for some 900,000", unless they are other hosts listed alike, "Turkey hosts
        // 3.6 million refugees, Lebanon 1.5 million")
        (PLURAL_HOSTS.test(text.slice(Math.max(sentence.start, hosted.start - 120), hosted.start)) ||
          (/^(?:[,;]\s*|(?:,\s*)?and\s+)$/.test(countryItem[0].slice(0, countryItem[0].indexOf(countryItem[1]!))) &&
            !/\b(?:with|accounting|from|including|mostly|mainly|of\s+whom|of\s+which)\b/i.test(text.slice(hosted.end, token.start))))
      ) {
        // "hosting the vast majority of Venezuelans, with Colombia accounting for some 1.3 million, followed
        // by Peru, with 768,000, Chile 288,000": each country's share of the people the sentence says it hosts
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        item = { start: token.start - countryItem[0].length + countryItem[0].indexOf(countryItem[1]!), end: token.end };
        reasons?.push(`'${token.written}' after '${countryItem[1]}' in a list of countries hosting the people the sentence names -> person`);
      } else if (
        lastThing !== undefined &&
        isCountUnit(lastThing) &&
        !token.yearLike &&
        BARE_ITEM_END_AFTER.test(after) &&
        ((countryItem = COUNTRY_AT_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start))) !== null ||
          (countryItem = COUNTRY_OWN_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 80), token.start))) !== null) &&
        findCountry(countryItem[1]!) !== undefined
      ) {
        // "Yemen is hard-hit with 14.1 million people ..., followed by Afghanistan at 12 million and Syria at seven
        // million", "53,305 Syrians submitted ..., followed by the Democratic Republic of the Congo’s 20,527, Iraq’s
        // 11,161": each country's count, in the unit of the count the list goes on from
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        item = { start: token.start - countryItem[0].length + countryItem[0].indexOf(countryItem[1]!), end: token.end };
        reasons?.push(`'${token.written}' after '${countryItem[0].trim()}' in a list of countries that goes on from a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (
        !token.yearLike &&
        token.value >= 100 &&
        (lastThing === undefined || lastThing === 'person' || lastThing === 'percent') &&
        /^\s*\)/.test(after) &&
        (countryItem = COUNTRY_PAREN_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start))) !== null &&
        findCountry(countryItem[1]!.replace(/^the\s+/i, '')) !== undefined &&
        countriesInParentheses(text, sentence) >= 2 &&
        // (windows of the sentence around the number, never the whole of a long one for each number)
        PEOPLE_NAMED.test(text.slice(Math.max(sentence.start, token.start - 300), token.start)) &&
        !MONEY_WORDS.test(text.slice(Math.max(sentence.start, token.start - 300), Math.min(sentence.end, token.end + 300))) &&
        !COUNT_WITH_NOUN_IN_PARENTHESES.test(text.slice(Math.max(sentence.start, token.start - 300), Math.min(sentence.end, token.end + 300)))
      ) {
        // "came from just three countries: the Syrian Arab Republic (6.5 million), Ukraine (5.7 million) and
        // Afghanistan (5.7 million)": each country's count of the people the sentence names before the list
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after '${countryItem[1]}', in a list of countries with counts after people named in the sentence -> person`);
      } else if (AID_VERB_LEAD.test(lead) && BARE_END_AFTER.test(after) && !MONEY_IN_AFTER.test(after) && !token.yearLike && value >= 10 && lastThing !== 'household' && lastThing !== 'family') {
        // "To date, WFP has been feeding 4.6 million", "assisting more than 120,000 in Ostra": the people a verb of aid serves
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a verb of aid with no noun after it ('${AID_VERB_LEAD.exec(lead)![1]}') -> person`);
      } else if (PEOPLE_MAY_AFTER.test(after) || (CASUALTY_VERB_LEAD.test(lead) && !NOUN_NEXT.test(after) && !/^[-–]|^\s*%/.test(after)) || (FORCED_LEAD.test(lead) && FORCED_TO_AFTER.test(after))) {
        // "up to 4 million could be left homeless", "resulting in 12 deaths, injuring 283": people
        // ("force 285,000 to move to shelters": the people a disaster drove from their homes)
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' ${PEOPLE_MAY_AFTER.test(after) ? 'before words of people who may be left homeless or displaced' : FORCED_LEAD.test(lead) ? "after 'forced' and before 'to flee' or the like" : 'after a verb of casualty'} -> person`);
      } else if (CASUALTIES_PAREN_AFTER.test(after)) {
        // "355 (63 killed and 292 injured) in Government-controlled territory": casualties
        unit = 'person';
        noun = 'casualties';
        unitScore = 0.8;
        reasons?.push(`'${token.written}' before its killed and injured in parentheses: a count of casualties`);
      } else if (HOUSEHOLDS_POPULATION_LEAD.test(text.slice(Math.max(sentence.start, coreStart - 80), token.start))) {
        // "over 30,000 households with a population of over 600,000": the people of those households
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' the population of the households counted before it -> person`);
      } else if (IPC_PHASE_AFTER.test(after) && !token.yearLike) {
        // "0.4m in IPC Phase 2", "500,000 in Phase 3": the people of a phase of food insecurity
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by '${IPC_PHASE_AFTER.exec(after)![0].trim()}': the people of a phase of food insecurity`);
      } else if (token.shortScale && KEY_FIGURE_STATE_AFTER.test(after) && /^[\s•*-]*$/.test(text.slice(lineStarts[line - 1]!, token.start))) {
        // "5.5M In need of humanitarian assistance", "3.6M targeted for assistance": a key-figure line, the state of the people it counts after it
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' opening a key-figure line, '${KEY_FIGURE_STATE_AFTER.exec(after)![0].trim()}' after it -> person`);
      } else if (!token.yearLike && FORCING_LEAD.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) && /^\s+to\s+(?:flee|leave|evacuate|abandon)(?![\p{L}])/iu.test(after)) {
        // "forcing 600,000 to flee their homes": people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' forced to flee: a count of people`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && !token.yearLike && TO_LEVEL_FROM_LEAD.test(lead) && !NOUN_NEXT.test(after)) {
        // "the toll rose to 585 from 541", "increased to nearly 4,000 in 2019 from 522 the year before": the level before, in
        // the unit of the level reached
        unit = lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a level reached ('to N from'): the level before, in its unit -> ${lastThing}`);
      } else if (ARRIVED_AFTER.test(after) && !token.yearLike && (antecedent === 'person' || lastThing === 'person')) {
        // "8,561 migrants arrived and from October 16 to 30, at least 6,708 arrived": more of the people counted before
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by 'arrived', after a count of people: a count of people`);
      } else if (!token.yearLike && token.value >= 10 && moneyLast === undefined && HOSTS_BARE_LEAD.test(lead) && CLAUSE_ENDS_AFTER.test(after)) {
        // "Currently, it hosts at least 12,000, and it is still expanding": whom a camp, a centre or a country hosts, its noun left out
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a verb of hosting, with no noun of its own: whom a place hosts -> person`);
      } else if (!token.yearLike && moneyLast === undefined && !CHANGE_MEASURE_AFTER.test(after) && !NOUN_NEXT.test(after) && !MONEY_SUBJECT_LEAD.test(lead) && ((changeOf = CHANGE_SUBJECT_LEAD.exec(lead) ?? CHANGE_IN_COUNT_LEAD.exec(lead)) !== null || (countOfPeopleBefore(lastThing, antecedent) !== undefined && CHANGE_APPOSITION_LEAD.test(lead)))) {
        // "The IDP population in Pell increased by 122,000", "rose to 286,000, an increase of over 28,000": the people whose count changed
        unit = changeOf === null ? countOfPeopleBefore(lastThing, antecedent)! : /^(?:households|families)$/i.test(changeOf.groups?.counted ?? '') ? 'household' : 'person';
        noun = unit === 'household' ? 'households' : 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' the change in a count of ${noun} before it -> ${unit}`);
      } else if (!token.yearLike && (cause = causeItem(after, lead, lastThing)) !== undefined) {
        // "The fatalities include 5 due to lightning strikes, 99 from collapsing buildings", "2 people were injured by lightning, 465 by building collapses": people, each a part by its cause
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        part = cause[1]!.replace(/\s+/g, ' ').toLowerCase();
        reasons?.push(`'${token.written} ${cause[1]}' an item of a list of casualties by cause -> person, a part`);
      } else if (
        !token.yearLike &&
        (fled = FLED_AFTER.exec(after) ?? FLED_AFTER.exec(after.replace(RESTATED_IN_PARENTHESES, ''))) !== null &&
        // (not vehicles or boats crossing: "Pell counted 1,200 vehicles, with 300 crossing on the bridge")
        !(/^\s+crossing/i.test(fled[0]) && VEHICLES_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 160), token.start)))
      ) {
        // (a count restated in brackets between: "over half a million (538,241) have been forced to leave their homes")
        // "when some 750,000 fled the violence": a bare number that fled counts people
        unit = 'person';
        noun = 'people';
        unitScore = 0.8;
        reasons?.push(`'${token.written}' followed by '${fled[0].trim()}': a count of people`);
      } else if (AFFECTED_AFTER.test(after) && !token.yearLike && !(/^\s+rescued/i.test(after) && (sentenceNamesAnimals(setting) || VEHICLES_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 160), token.start)))) && !(lastThing !== undefined && lastThing !== 'person' && /^\s+(?:(?:severely|badly|seriously|directly|critically|moderately)\s+)?affected/i.test(after)) && !(/^\s+(?:\w+ly\s+)?impacted/i.test(after) && ((lastThing !== undefined && lastThing !== 'person') || !countBeforeIsOfPeople(lead))) && !(NAME_BEFORE_NUMBER.test(lead) && !mayEndWithQualifier(lead) && /^\d{1,3}$/.test(token.written))) {
        // "Over 33 million affected, including ...", "more than 30,000 afflicted and 3,000 houses destroyed"
        const word = AFFECTED_AFTER.exec(after)![1]!.toLowerCase();
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by '${word}' and no noun: a count of people`);
      } else if (!token.yearLike && (exceeded = NOUN_EXCEEDS_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start))) !== null && unitOfNoun(exceeded[1]!) !== undefined && isCountUnit(unitOfNoun(exceeded[1]!)!) && !NOUN_NEXT.test(after)) {
        // "Affected people would exceed 38,000", "refugees number 12,000": the noun before its verb counts the number
        unit = unitOfNoun(exceeded[1]!)!;
        noun = exceeded[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${exceeded[0].trim()} ${token.written}': the noun before the verb counts the number -> ${unit}`);
        if (/\b(?:would|will|could|may|might)\s/i.test(exceeded[0])) review.push(`a projection ('${exceeded[0].trim().replace(/^.*?\b((?:would|will|could|may|might)\s+\w+)\s*$/iu, '$1')}'): a level foreseen, not reached; check its date and indicator`);
      } else if (!token.yearLike && token.value >= 10 && NEED_AID_AFTER.test(after)) {
        // "an estimated 2 million will need food assistance": people who need aid
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by '${NEED_AID_AFTER.exec(after)![0].trim()}' and no noun: a count of people`);
      } else if (!token.yearLike && token.value >= 100 && /^\s*\)/.test(after) && (peopleParen = PEOPLE_PAREN_LEAD.exec(lead)) !== null && isPeoplePlural(peopleParen[1]!, ')') && peoplesInParentheses(text, Math.max(sentence.start, token.start - 300), Math.min(sentence.end, token.end + 300)) >= 2) {
        // "followed by Syrians (1.5 million), Yemenis (one million)": the count of the people named before the parenthesis
        unit = 'person';
        noun = peopleParen[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after '${peopleParen[1]}': the count of that people -> person`);
      } else if (!token.yearLike && token.value >= 100 && (lastThing === undefined || lastThing === 'person') && !/:/.test(lead) && SET_OFF_AFTER.test(after) && (peopleComma = PEOPLE_COMMA_LEAD.exec(lead)) !== null && isPeoplePlural(peopleComma[1]!, after)) {
        // "led by Venezuelans, more than 252,000, Ecuadorians ...": the count of the people named before the comma
        unit = 'person';
        noun = peopleComma[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' set off by commas after '${peopleComma[1]}': the count of that people -> person`);
      } else if (!token.yearLike && (wholeOf = OUT_OF_THE_LEAD.exec(lead)) !== null && OUT_OF_WHOLE_AFTER.test(after) && (wholeUnit = unitOfNoun(wholeOf[1]!)) !== undefined && isCountUnit(wholeUnit)) {
        // "registered 207,889 individuals out of the 433,140 fleeing Sudan": the whole counts what its part counts
        unit = wholeUnit;
        noun = wholeOf[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after '${wholeOf[0].trim()}': the whole counts what its part counts -> ${unit}`);
      } else if ((inNeed = IN_NEED_AFTER.exec(after) ?? (countBeforeIsOfPeople(lead) && (paragraphThing === undefined || paragraphThing === 'person') ? IN_NEED_PLACED_AFTER.exec(after) : null)) !== null && !token.yearLike && (token.scale !== undefined || token.value >= 1000)) {
        // "Over two million in need of food aid", "2.3 million are in urgent need": people (a large bare number only)
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by '${inNeed[0].trim()}' and no noun: a count of people`);
      } else if ((affectedAux = AFFECTED_AUX_AFTER.exec(after)) !== null && !token.yearLike && (paragraphThing === undefined || paragraphThing === 'person') && countBeforeIsOfPeople(lead) && !(affectedAux[2] !== undefined && /\p{Lu}[\p{L}.]*\s+$/u.test(lead))) {
        // (alone, never after a name it numbers: "Ward 5 affected in ...")
        // "Around 20,000 have been directly affected by the floods", "caused 13,400 to be displaced": people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' followed by '${affectedAux[0].trim()}' and no noun, the paragraph counting nothing but people: a count of people (${(affectedAux[1] ?? affectedAux[2])!.toLowerCase()})`);
      } else if (!token.yearLike && lastThing === 'person' && PEOPLE_ITEM_AFTER.test(after) && LISTED_LEAD.test(lead)) {
        // "17,338 people affected, 175 victims, 571 evacuated, 841 treated, 26 sheltered, 29 at risk": a bulletin's list of people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}${PEOPLE_ITEM_AFTER.exec(after)![0].trimEnd()}' listed after a count of people in the sentence -> person`);
      } else if (!token.yearLike && /^\s*\)/.test(after) && (nounParen = NOUN_PAREN_LEAD.exec(lead)) !== null) {
        // "Most of the deaths (219) were attributed to heat": the count of the plural before the parenthesis
        unit = unitOfNoun(nounParen[1]!.toLowerCase()) ?? 'person';
        noun = nounParen[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after '${nounParen[1]!}': its count -> ${unit}`);
      } else if (!token.yearLike && token.value >= 10 && HOUSEHOLDS_PAREN_AFTER.test(after)) {
        // "almost 412,763 (82,552 families) have been affected": the households in parentheses say the number counts their people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' before its households in parentheses: a count of their people`);
      } else if (!token.yearLike && WHO_AFTER.test(after) && THE_COUNT_LEAD.test(lead)) {
        // "the 8,417 who successfully made the crossing": a relative "who" says the number counts people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written} who ...' after '${THE_COUNT_LEAD.exec(lead)![0].trim()}': a count of people`);
      } else if ((casualty = CASUALTY_AFTER.exec(after)) !== null && (!HARM_OF_THINGS_TOO.test(casualty[0]) || ((paragraphThing === undefined || paragraphThing === 'person') && moneyLast === undefined && countBeforeIsOfPeople(lead, true)))) {
        // "1,450 were hurt", "and 75 wounded": a casualty word right after a bare number counts people
        // (words that things and money may be said of too, "disappeared", "presumed missing", only where nothing else was counted before)
        const word = casualty[1]!.toLowerCase();
        if (/\b(?:feared|presumed)\b/i.test(casualty[0])) review.push(`'${casualty[0].trim()}': feared or presumed, not confirmed`);
        unit = 'person';
        noun = /^(?:killed|dead|died|perished|drowned|lost\s+their\s+lives)$/.test(word) ? 'deaths' : /^(?:missing|disappeared|abducted|kidnapped|raped|(?:sexually\s+)?(?:assaulted|abused))$|malnourished$/.test(word) ? 'people' : 'injuries';
        unitScore = 0.8;
        reasons?.push(`'${token.written}' followed by '${word}': a count of people`);
      } else if (N_EQUALS_LEAD.test(lead) && /^\s*\)/.test(after) && ((lastThing !== undefined && isCountUnit(lastThing)) || CASES_OR_PEOPLE_NAMED.test(text.slice(sentence.start, token.start)))) {
        // "the three countries with most of the cases are DRC, (n = 8,662), Burundi, (n = 1,579)": a group's size
        unit = lastThing !== undefined && isCountUnit(lastThing) ? lastThing : 'person';
        noun = 'people';
        unitScore = 0.7;
        // the place is the name before the parenthesis ("Burundi, (n = 1,579)"), not the one after it
        const named = PLACE_BEFORE_N_EQUALS.exec(text.slice(Math.max(sentence.start, token.start - 80), token.start));
        if (named) {
          const itemStart = token.start - named[0].length;
          heading = { start: Math.max(sentence.start, itemStart - LIST_REACH), end: itemStart };
          item = { start: itemStart, end: token.end + /^\s*\)/.exec(after)![0].length };
        }
        reasons?.push(`'(n = ${token.written})': the size of a group of the ${lastThing} counted before it`);
      } else if (lastThing !== undefined && unitDimension(lastThing) === 'object' && RENDERING_LEAD.test(lead) && RUINED_AFTER.test(after)) {
        // "the collapse of 10,642 houses, rendering 12,126 uninhabitable": more of the things counted before
        unit = lastThing;
        noun = lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' left${RUINED_AFTER.exec(after)![0]}, after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (lastThing === undefined && !token.yearLike && (token.scale !== undefined || token.value >= 1000) && (paragraphThing === undefined || paragraphThing === 'person') && moneyLast === undefined && AFFECTING_LEAD.test(lead) && DISPLACING_ALONE_AFTER.test(after)) {
        // "Flooding ... was reported, affecting almost 70,000 across the department": people, the noun left out
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after '${AFFECTING_LEAD.exec(lead)![0].trim()}', no noun and no count before it: a count of people`);
      } else if (lastThing !== undefined && ((isCountUnit(lastThing) && DISPLACING_VERB_LEAD.test(lead)) || (unitDimension(lastThing) === 'object' && (DISPLACING_VERB_LEAD.test(lead) || DAMAGING_VERB_LEAD.test(lead)))) && !NOUN_NEXT.test(after) && !/^\s*[-–%]/.test(after)) {
        // ("destroyed 1.2 million houses and damaged around 692,000": a verb of damage after a count of things)
        // "affected over 2.3 million people and displaced more than 620,000": the count's noun is left out
        unit = lastThing;
        noun = isCountUnit(lastThing) ? 'people' : lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a verb of ${DAMAGING_VERB_LEAD.test(lead) ? 'damage' : 'displacement'}, after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && CHANGE_FROM_LEAD.test(lead) && PRIOR_LEVEL_AFTER.test(after)) {
        // "222 confirmed cases were reported, a 9.7% increase from 183 reported in week 42": the count before, then
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'increase from' or the like, the level of the count of ${lastThing} before -> ${lastThing}`);
      } else if (lastThing === undefined && (opening = PEOPLE_FIGURES_COLON_ITEM.exec(lead)) !== null && /^\s*(?:[;,.]|\s+and\b|$)/.test(after)) {
        // "the latest figures of registered Syrian refugees ... in each country are: Lebanon, 154,387; Jordan, ...":
        // the first item of a list by place after a colon, the people named before it (the next items follow it)
        const group = opening[1]!.toLowerCase();
        unit = group === 'households' || group === 'families' ? 'household' : 'person';
        noun = group;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' the first item of a list by place after a colon, after '${opening[0].slice(0, 40).trim()}...' -> ${unit}`);
      } else if (
        lastThing !== undefined &&
        isCountUnit(lastThing) &&
        (placeComma = PLACE_COMMA_ITEM_LEAD.exec(lead)) !== null &&
        !MONTH_NAME_BEFORE.test(lead) &&
        /^\s*(?:[;,.]|\s+and\b|$)/.test(after) &&
        !ORIGINS_BEFORE_LIST.test(boundedLead(text, sentence.start, token.start, LIST_LEAD_REACH))
      ) {
        // "Ecuador, over 220,000; Argentina, 130,000; Chile, over 100,000 and Brazil, 85,000": an item of a list by
        // place after a count of people, the place, a comma, the number
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        // (the item's place is the name before its comma: "Ecuador, over 220,000", not the next item's)
        const nameAt = token.start - placeComma[0].length + /^(?:[;,]\s*|\band\s+)/u.exec(placeComma[0])![0].length;
        item = { start: nameAt, end: token.end };
        reasons?.push(`'${token.written}' after a place and a comma in a list, after a count of ${lastThing} -> ${lastThing}`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && NAME_HAS_LEAD.test(lead) && NAME_HAS_AFTER.test(after)) {
        // "Burundi has over 100 cases, while Nigeria has 39, Liberia has five": a list by place, the noun left out
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a place and 'has', after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (
        lastThing !== undefined &&
        isCountUnit(lastThing) &&
        (placeSpace = PLACE_SPACE_ITEM_LEAD.exec(lead)) !== null &&
        !MONTH_NAME_BEFORE.test(lead) &&
        NAME_HAS_AFTER.test(after) &&
        (/^followed\s/u.test(placeSpace[0]) || NAME_HAS_EARLIER.test((listLead = boundedLead(text, sentence.start, token.start, LIST_LEAD_REACH))) || FOLLOWED_BY_PLACE_EARLIER.test(listLead))
      ) {
        // "Sindh has reported 678, KPK 306, Balochistan 299": the items after a place that "has" its count, the verb left out
        // ("780 people have lost their lives, followed by Balochistan 336, KPK 308": or after "followed by" and a place)
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        const nameAt = token.start - placeSpace[0].length + /^(?:[;,]\s*|\band\s+|followed\s+by\s+)/u.exec(placeSpace[0])![0].length;
        item = { start: nameAt, end: token.end };
        reasons?.push(`'${token.written}' after a place in a list whose first item is a place that 'has' its count, after a count of ${lastThing} -> ${lastThing}`);
      } else if (lastThing !== undefined && (isCountUnit(lastThing) || unitDimension(lastThing) === 'object') && NAME_HAVING_LEAD.test(lead) && !NOUN_NEXT.test(after) && !/^\s*[-–%]/.test(after)) {
        // "320 active evacuation centers nationwide with the Eastern Division having 124 and Western Division with 196"
        unit = lastThing;
        noun = isCountUnit(lastThing) ? 'people' : lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a place and 'having' or 'with', after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (lastThing !== undefined && !token.yearLike && (isCountUnit(lastThing) || unitDimension(lastThing) === 'object') && IN_NAME_AFTER.test(after) && (!TO_NAME_AFTER.test(after) || MOVEMENT_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 160), token.start))) && !/\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(sentence.start, token.start - 20), token.start))) {
        // "one million children in Mozambique, more than 443,000 in Malawi and 130,000 in Zimbabwe",
        // "compared to around 100,000 in June", "52 shelters that were set up in SVG and 13 in Grenada": the noun
        // is left out after the first count of a list by place or time
        unit = lastThing;
        noun = isCountUnit(lastThing) ? 'people' : lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' before 'in' and a name, after a count of ${lastThing} in the sentence -> ${lastThing}`);
        if (/^\s+each\s/.test(after)) {
          // "two each from Central Luzon and Central Visayas": so many in each place named, not their sum
          part = 'in each place named';
          review.push(eachReview(part));
        }
      } else if (!token.yearLike && lastThing === undefined && paragraphThing !== undefined && isCountUnit(paragraphThing) && COMPARES_TO_LEAD.test(lead) && !/\d/.test(text.slice(sentence.start, token.start)) && !NOUN_NEXT.test(after)) {
        // "... over 30,000 arriving since the beginning of the year. This compares to 16,413 in December": the count the
        // paragraph gave, at another time
        unit = paragraphThing;
        noun = unit === 'household' ? 'households' : 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' compared with the count of ${paragraphThing} before it in the paragraph -> ${paragraphThing}`);
      } else if (!token.yearLike && (lastThing === undefined || isCountUnit(lastThing)) && PEOPLE_NUMBERS_TO_LEAD.test(lead) && !NOUN_NEXT.test(after)) {
        // "New arrivals have pushed refugee numbers to 56,664 in Burkina Faso": the level a count of people reached
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' the level that numbers of people named before it reach -> person`);
      } else if (!token.yearLike && (lastThing !== undefined ? isCountUnit(lastThing) : OPENING_LEAD.test(text.slice(sentence.start, token.start))) && WITHOUT_NEEDS_AFTER.test(after)) {
        // "140,000 Without Homes", "116,000 are without school", "854,000 are without water": people (or the households
        // counted before) left without what they need
        unit = lastThing ?? 'person';
        noun = unit === 'household' ? 'households' : 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' left without what they need -> ${unit}`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && !token.yearLike && text[token.start - 1] === '(' && /^\)/.test(after) && !ROUNDED_NOT_COUNT_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) && isExactOfRounded(text.slice(Math.max(sentence.start, token.start - 24), token.start), token.value)) {
        // "almost 1.5 million (1,454,377)": the exact count of the rounded one before it, a figure of its own
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses, the exact count of the rounded ${lastThing} before it -> ${lastThing}`);
      } else if (lastThing !== undefined && !token.yearLike && (isCountUnit(lastThing) || unitDimension(lastThing) === 'object') && GAPPED_ITEM_LEAD.test(text.slice(Math.max(sentence.start, token.start - 30), token.start)) && GAPPED_ITEM_AFTER.test(after) && !GAPPED_TIME_AFTER.test(after) && !(unitDimension(lastThing) === 'object' && GAPPED_PEOPLE_AFTER.test(after))) {
        // "63 people had died, with 41 dying on the streets, eight in hospitals and 14 at home", "six million in
        // communal areas and 1.7 million in urban areas": the noun left out after the first count, each item where they are
        // ("685 people were at five relief centres in Kota Baru; 603 (172) at four relief centres in Pasir Puteh": an item
        // at so many of the things counted last counts what the paragraph counted before them, people)
        const at = unitDimension(lastThing) === 'object' && antecedent !== undefined && isCountUnit(antecedent) ? GAPPED_AT_SO_MANY.exec(after) : null;
        const atUnit = at !== null ? thingAt(text, token.end + at[0].length, sentence.end) : undefined;
        unit = atUnit === lastThing ? antecedent! : lastThing;
        noun = isCountUnit(unit) ? 'people' : lastThing;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in a list after a count of ${lastThing} in the sentence, its noun left out -> ${unit}`);
        // (the place after a dash is the item's own: "459,485 – to Romania")
        const dashed = /^\s?[–—]\s?(?:to|in|into|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/u.exec(after);
        if (dashed) item = { start: token.start, end: token.end + dashed[0].length };
      } else if (!token.yearLike && (listUnit = lastThing ?? antecedent ?? (DISTRIBUTION_OPENING.test(text.slice(sentence.start, token.start)) ? distributionUnit(text.slice(sentence.start, sentence.end)) : undefined)) !== undefined && (isCountUnit(listUnit) || unitDimension(listUnit) === 'object') && NAMED_ITEM_LEAD.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && NAMED_ITEM_AFTER.test(after) && (NAMED_ITEM_FIRST.test(text.slice(sentence.start, token.start)) || DISTRIBUTION_OPENING.test(text.slice(sentence.start, token.start)))) {
        // "with the following breakdown: Lombok Utara 273 fatalities, Lombok Timur 11, the city of Mataram 7": an item of a
        // list by place, each place before its number, the noun said with the first item only
        // (or under a label of a distribution, "County distribution: Nairobi 76, Kericho 51", in the unit counted before)
        unit = listUnit;
        noun = isCountUnit(unit) ? 'people' : unit;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after a place's name in a list whose first item named its noun, its noun left out -> ${unit}`);
      } else if (!token.yearLike && (thingsAre = STATE_NOUN_ARE_LEAD.exec(lead)) !== null && unitOfNoun(thingsAre[1]!.toLowerCase()) !== undefined && !NOUN_NEXT.test(after)) {
        // "Affected persons were 2.9 million", "Damaged houses increased to 53,439": the count the noun before it names, in its unit
        unit = unitOfNoun(thingsAre[1]!.toLowerCase())!;
        noun = thingsAre[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after '${thingsAre[0].trim()}': the count that noun names -> ${unit}`);
      } else if (!token.yearLike && CASUALTIES_ARE_LEAD.test(lead) && !NOUN_NEXT.test(after)) {
        // "Deaths so far this year are 2,809", "fatalities to date stand at 1,200": the count the noun before it names
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after '${CASUALTIES_ARE_LEAD.exec(lead)![0].trim()}': the count of people that noun names -> person`);
      } else if (lastThing === undefined && !token.yearLike && PLACE_LIST_THEN_HARM.test(text.slice(token.end, Math.min(sentence.end, token.end + PLACE_LIST_REACH)))) {
        // "one in Morang, three in Dang, one in Kailali and nine in Palpa have died": the first item of a list by place whose verb comes last
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' the first item of a list by place that ends with a verb of harm or displacement -> person`);
      } else if (CASUALTIES_INCLUDE_LEAD.test(lead) && IN_NAME_AFTER.test(after)) {
        // "The casualties include four from Cumilla, one from Feni, ...": the first item of a list of deaths by place
        unit = 'person';
        noun = 'deaths';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' before 'from' or 'in' and a name, after '${CASUALTIES_INCLUDE_LEAD.exec(lead)![0].trim()}' -> person`);
      } else if (!token.yearLike && (asFollows = COUNTS_AS_FOLLOWS_LEAD.exec(lead)) !== null && IN_NAME_AFTER.test(after)) {
        // "These new cases are from 8 provinces and distributed as follows: 381 in Lusaka Province, 1 in ...": the first item of a list by place
        unit = 'person';
        noun = asFollows[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`'${token.written}' before 'in' and a name, after '${asFollows[1]!} ... as follows:' -> person`);
      } else if (OF_THE_POPULATION.test(after)) {
        // "places 300,000 of the affected population in Emergency (IPC Phase 4)"
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' before 'of the ... population' -> person`);
      } else if ((level = LEVEL_LEAD.exec(lead)) !== null && !(/\bthe\s+$/i.test(level[0]) && !/^\s+mark(?![\p{L}])/u.test(after)) && (levelOfPeople(level) || level.groups!.livestock !== undefined || level.groups!.livestockToll !== undefined || (antecedent ?? lastThing) !== undefined) && !NOUN_NEXT.test(after) && !RATE_LEVEL.test(level[0]) && !(RECORDED_AT.test(level[0]) && !LEVEL_ENDS.test(after))) {
        // "region-wide the number had climbed to more than 358,000" (after a count of refugees),
        // "the registered refugee population in 14 camps stood at 101,834", "the toll there now stood
        // at 53" (deaths), "the population facing acute food insecurity has dropped to 2 million"
        // "loss of livestock due to floods has reached 875" counts livestock; "the total number has
        // skyrocketed to 736,459" after it, the thing the sentence counted
        unit = level.groups!.livestock !== undefined || level.groups!.livestockToll !== undefined ? 'livestock' : levelOfPeople(level) ? 'person' : (namedThing(text, Math.max(sentence.start, token.start - 120), token.start) ?? antecedent ?? lastThing)!;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`no unit after the number; '${level[0].trim()}' before it: the level a count of ${unit === 'person' ? 'people' : unit} reached -> ${unit}`);
        // ("the number is likely to reach 2.3 million next year": a level foreseen, not reached)
        if (/\b(?:likely|expected|projected|forecast|set)\s+to\b|\b(?:could|may|might|will|would)\s+(?:soon\s+|eventually\s+)?(?:reach|rise|climb|surge)\b/i.test(level[0])) review.push(`a projection ('${level[0].trim().replace(/^.*?\b(\w+\s+(?:to\s+)?\w+)\s*$/u, '$1')}'): a level foreseen, not reached; check its date and indicator`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && (programme = programmeItem(text, sentence, token)) !== undefined) {
        // "1.85 million people ... through a combination of nutrition (631,000), relief (1 million) and
        // livelihoods (33,600)": each a part of the count before, by what it names
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        part = programme;
        review.push(`a part (${programme}) of the count of ${lastThing === 'person' ? 'people' : lastThing} before it: drafted as a breakdown of it, never a total`);
        reasons?.push(`'${token.written}' in parentheses after '${programme}', after a count of ${lastThing} in the sentence: a part of it`);
      } else if ((placedAt = PLACED_AT_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 200), token.start))) !== null && unitOfNoun(placedAt[1]!) !== undefined) {
        // "houses reported damaged due to the three cyclones were placed at 7,838", "The reported deaths,
        // meanwhile, are placed at 27": the noun the sentence opened with
        unit = unitOfNoun(placedAt[1]!)!;
        noun = placedAt[1]!.toLowerCase();
        unitScore = 0.7;
        reasons?.push(`no unit after the number; '${placedAt[1]} ... ${placedAt[2]!.trim()}' before it -> ${unit}`);
      } else if (lastThing !== undefined && isCountUnit(lastThing) && AND_LEAD.test(lead) && /^\s+(?:with|through|via)\s+\p{Ll}/u.test(after)) {
        // "103,000 people have been reached with food, and 43,000 with shelter support": the noun is left
        // out in the second of two counts reached with something
        unit = lastThing;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'and ${token.written} with ...' after a count of ${lastThing} in the sentence -> ${lastThing}`);
      } else if (!token.yearLike && BRINGS_TO_LEAD.test(lead) && (inverted = INVERTED_TOTAL_AFTER.exec(after)) !== null && (inverted[2] !== undefined || (invertedNoun = firstCountNoun(inverted[1]!)) !== undefined)) {
        // "brings to 94,000 the estimated number of people who have fled": the total named after the number, in its unit
        unit = inverted[2] !== undefined ? 'person' : unitOfNoun(invertedNoun!)!;
        noun = inverted[2] !== undefined ? 'deaths' : invertedNoun!;
        unitScore = 0.7;
        reasons?.push(`'${BRINGS_TO_LEAD.exec(lead)![0].trim()} ${token.written}${inverted[0]}': the total it names -> ${unit}`);
      } else if (!token.yearLike && (totalOf = TOTAL_NOUN_TO_LEAD.exec(lead)) !== null && (totalNoun = firstCountNoun(totalOf[1]!)) !== undefined && !NOUN_NEXT.test(after)) {
        // "taking the total fatalities from the infection to 176": the total of the count named before the number
        unit = unitOfNoun(totalNoun)!;
        noun = totalNoun;
        unitScore = 0.7;
        reasons?.push(`'${totalOf[0].trim()} ${token.written}': the total of ${totalNoun} it reaches -> ${unit}`);
      } else if ((antecedent ?? lastThing) !== undefined && BRINGING_TOTAL_LEAD.test(lead) && !NOUN_NEXT.test(after)) {
        // "more than 100,000 refugees had fled ..., bringing the tally to more than half a million": the
        // total that count reaches, in its unit
        unit = (namedThing(text, Math.max(sentence.start, token.start - 120), token.start) ?? antecedent ?? lastThing)!;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`no unit after the number; '${BRINGING_TOTAL_LEAD.exec(lead)![0].trim()}' before it: the total a count of ${unit === 'person' ? 'people' : unit} reaches -> ${unit}`);
      } else if (NUMBER_PUT_AT_LEAD.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) && !NOUN_NEXT.test(after) && (antecedent !== undefined || PEOPLE_WORD.test(text.slice(Math.max(0, token.start - 300), token.start)))) {
        // "the agency put the number at about 335,000", "officials put the death toll at 120": the count the text is about
        // (a toll counts people whatever was counted before it: "put the death toll at 9" after a count of families)
        unit = antecedent !== undefined && isCountUnit(antecedent) && !/\b(?:toll|dead|deaths|fatalities|casualties)\b/i.test(text.slice(Math.max(sentence.start, token.start - 60), token.start)) ? antecedent : 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'put the number at' or the like, with no noun of its own -> ${unit}`);
      } else if (antecedent !== undefined && isCountUnit(antecedent) && !token.yearLike && (token.scale !== undefined || !/[.,]\d{1,2}$/.test(token.written)) && /\b(?:compared\s+(?:to|with))\s+(?:(?:about|around|some|approximately|over|more\s+than|nearly|almost|roughly|just\s+over|only|just)\s+)?$/i.test(lead) && !NOUN_NEXT.test(after) && !PAST_TIME_AFTER.test(after)) {
        // "More than 20,000 migrants have landed so far this year, compared to around 6,000 in the same period in 2022":
        // the same count at another time, in its unit
        unit = antecedent;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'compared to' or the like, with no noun of its own, after a count of ${antecedent} -> ${antecedent}`);
      } else if (lastThing !== undefined && /\bthe\s+(?:remaining|other)\s+$/i.test(lead) && !NOUN_NEXT.test(after)) {
        // "six of the refugee shelters are in East Flores, while the remaining two are in Sikka": the rest of the things just counted
        // (but people where the rest are served or stay outside the places counted: "314,676 are in 1,179 evacuation centers
        // while the remaining 256,230 are being served outside evacuation centers")
        const restArePeople = unitDimension(lastThing) === 'object' && REMAINING_PEOPLE_AFTER.test(after);
        unit = restArePeople ? (antecedent !== undefined && isCountUnit(antecedent) ? antecedent : 'person') : lastThing;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(restArePeople ? `'the remaining ${token.written}' are served or stay somewhere, after a count of places -> ${unit}` : `'the remaining ${token.written}' with no noun of its own, after a count of ${lastThing} -> ${lastThing}`);
      } else if (!token.yearLike && ARE_NATIONALS_AFTER.test(after) && (antecedent !== undefined || sentenceNamesPeople(setting))) {
        // "From the cases 393 are Kenyans while 17 are foreigners": people, by who they are
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' ${ARE_NATIONALS_AFTER.exec(after)![0].trim()}: people -> person`);
      } else if (!token.yearLike && (token.scale !== undefined || token.value >= 100) && PEOPLE_MOVED_INTO_AFTER.test(after)) {
        // "More than a million have entered Colombia": people who crossed into a country named after the verb
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' as the subject of '${PEOPLE_MOVED_INTO_AFTER.exec(after)![0].trim()}': people who crossed into a country -> person`);
      } else if (((SUBJECT_VERB_AFTER.test(after) && !(token.yearLike && (/^\s+who\b/.test(after) || YEAR_AFTER_TIME_WORD.test(lead)))) || (!token.yearLike && moneyLast === undefined && SUBJECT_MODAL_AFTER.test(after) && !NAME_RIGHT_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 20), token.start))) || (shareAside !== null && SUBJECT_AFTER_ASIDE.test(text.slice(token.end + shareAside[0].length, Math.min(sentence.end, token.end + shareAside[0].length + 48)))) || (DASH_BEFORE.test(lead) && DASH_CLOSED_SUBJECT.test(after))) && !(token.yearLike && YEAR_LEAD.test(lead)) && (antecedent || sentenceNamesPeople(setting))) {
        unit = antecedent ?? 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' as the subject of the clause, after a count of ${unit === 'person' ? 'people' : unit} -> ${unit}`);
        // (the quote goes on past the closing dash to the verb and what it says: "211 – were children")
        const closed = DASH_BEFORE.test(lead) ? /^\s?[–—]\s+\S+\s+[\p{L}-]+/u.exec(after) : null;
        if (closed) coreEnd = token.end + closed[0].length;
      } else if (!token.yearLike && (whose = WHOSE_NUMBERS_LEAD.exec(lead)) !== null && isPeoplePlural(whose[1]!, '') && !NOUN_NEXT.test(after)) {
        // "The second most common nationality of applicants was Afghans, whose numbers quadrupled to 178 230": those people
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${whose[0].trim()} ${token.written}': the number of the ${whose[1]} -> person`);
      } else if ((antecedent ?? paragraphThing) !== undefined && isCountUnit((antecedent ?? paragraphThing)!) && !token.yearLike && THE_FIGURE_WAS_LEAD.test(lead) && !NOUN_NEXT.test(after) && !/^\s*(?:%|per[\s-]*cent|percent)/.test(after)) {
        // "The number of internally displaced people in Syria stands at 6,600,000 ... In neighbouring Iraq, the 2015
        // figure was 1.1 million": the same count for another place or year, in the unit the paragraph counts in
        unit = (antecedent ?? paragraphThing)!;
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${THE_FIGURE_WAS_LEAD.exec(lead)![0].trim()} ${token.written}': the same count as the paragraph's before it -> ${unit}`);
      } else if (!token.yearLike && (ABOARD_AFTER.test(after) || (GROUP_OF_LEAD.test(lead) && /^\s+who\s/.test(after)))) {
        // "a total of 151 on board", "a group of 300 who fled China": people, whatever was counted before
        unit = 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' ${ABOARD_AFTER.test(after) ? "on board a vessel" : "after 'a group of', before 'who'"}: people -> person`);
      } else if ((changed = CHANGE_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 160), token.start)) ?? FROM_LEVEL_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 120), token.start))) !== null && !NOUN_NEXT.test(after)) {
        // "Cases increased sharply from 1,200 to 3,400", "displaced people rose from 12,000 to 15,000": both
        // levels count what the sentence named before the verb
        const counted = changed.groups!.noun!.toLowerCase();
        unit = counted === 'households' || counted === 'families' ? 'household' : 'person';
        noun = counted;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' a level of the ${counted} the sentence says rose or fell -> ${unit}`);
      } else if (SHARE_PAREN_LEAD.test(lead) && ((/^\s*\)\s*(?:were|are|was|is|remain|remained|have|had)\s+\p{Ll}/u.test(after) && (antecedent !== undefined || CASES_OR_PEOPLE_NAMED.test(text.slice(sentence.start, token.start)))) || COUNT_OF_POPULATION_AFTER.test(after))) {
        // ("Up to 7.2% (62,400) of Fiji's population are in evacuation centres": the people the share of a population stands for)
        // "Of the total cases, 56% (1778) were female": the count a share stands for, of the cases or people before it
        unit = antecedent ?? 'person';
        noun = 'people';
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after a percentage, before 'were ...': the count the share stands for -> ${unit}`);
      } else if (!token.yearLike && (shareOf = SHARE_THEN_COUNT_OF.exec(text.slice(Math.max(sentence.start, token.start - 24), token.start))) !== null && !/\b(?:CFR|rate|ratio)\b[^.;()]{0,24}$/i.test(text.slice(Math.max(sentence.start, token.start - 60), token.start - shareOf[0].length)) && (ofPeople = COUNT_THEN_OF_PEOPLE.exec(after)) !== null) {
        // "accounting for 98 per cent (8,341) of all cases": the count a share stands for, before whose people it names
        const group = ofPeople[1]!.toLowerCase();
        unit = group === 'households' || group === 'families' ? 'household' : 'person';
        noun = group;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after a percentage, before 'of ... ${group}': the count the share stands for -> ${unit}`);
      } else if (/^\s*\)/.test(after) && (shareOf = SHARE_OF_PEOPLE_PAREN_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 120), token.start))) !== null) {
        // "One out of five people (4.7 million)", "nearly half of the population (2.1 million)": the count
        // the share stands for, in parentheses
        const group = shareOf[1]!.toLowerCase();
        unit = group === 'households' || group === 'families' ? 'household' : 'person';
        noun = group;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' in parentheses after a share of the ${group}: the count it stands for -> ${unit}`);
      } else if (!token.yearLike && (shareOf = OF_THE_GROUP_LEAD.exec(text.slice(sentence.start, token.start))) !== null && GROUP_VERB_AFTER.test(after)) {
        // "Of the new patients, 982 were admitted": part of the people the sentence opens with
        const group = shareOf[1]!.toLowerCase();
        unit = group === 'households' || group === 'families' ? 'household' : 'person';
        noun = group;
        unitScore = 0.7;
        reasons?.push(`'${token.written}' after 'Of the ... ${group},' at the sentence's opening: a part of them -> ${unit}`);
      } else {
        // (read from further back: "The number of families affected by the monsoon and three storms (...) has reached 906,794")
        const longLead = text.slice(Math.max(sentence.start, token.start - 240), token.start);
        // (the match of a lead that names a group or a casualty, read once)
        let groupLead: RegExpExecArray | null;
        let thingOf: RegExpExecArray | null = null;
        let thingUnit: string | undefined;
        // (after a key figure's number on the same line, "... affected: 150,000 Number of people to be assisted: ", the label after it)
        const labelAfterNumber = /\d[\d,.]*\s+(?=\p{Lu}[^.\d]*:\s*(?:(?:about|around|some|over|approximately|an\s+estimated)\s+)?$)/u.exec(longLead);
        const ownLead = labelAfterNumber ? longLead.slice(labelAfterNumber.index + labelAfterNumber[0].length) : longLead;
        const m = NUMBER_OF_PEOPLE_LEAD.exec(ownLead) ?? numberOfAPeople(ownLead) ?? NUMBERS_OF_PEOPLE_LEVEL_LEAD.exec(ownLead) ?? NUMBER_OF_STAFF_HARMED_LEAD.exec(ownLead);
        // no other number between the noun and this one ("... cases reported from January to November 2017 is 78 784": a year is no number)
        // ("the daily number of new cases cut to around 3,000" is a rate; "... reported from 12 districts": a noun of its own follows)
        // (not "registered in one of some 30 camps": one of the things after it)
        if (m && !(token.kind === 'word' && token.value === 1 && /^\s+of\s/.test(after)) && !(token.yearLike && YEAR_LEAD.test(lead)) && !/\d/.test(m[2]!.replace(DAY_OF_MONTH, '').replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '').replace(/\bfrom\s+[\d,.]+\b(?=[^.]*\bto\s*$)/i, '').replace(CHANGE_BY_PERCENT, '').replace(PLACES_COUNTED_IN, '')) && !NOUN_NEXT.test(after) && !ADJECTIVE_NOUN_NEXT.test(after) && !RATE_LEVEL.test(ownLead.slice(Math.max(0, m.index - 12), m.index + 7))) {
          const n = m[1]!.toLowerCase();
          // families are counted as households (the corpus convention, as after a number)
          unit = n === 'households' || n === 'families' ? 'household' : 'person';
          // (staff or workers harmed, NUMBER_OF_STAFF_HARMED_LEAD, are casualties, not responders)
          noun = RESPONDER_NOUNS.has(n) ? 'people' : n;
          unitScore = 0.7;
          reasons?.push(`no unit after the number; '${m[0].slice(0, m[0].length - m[2]!.length).trim()}' earlier in the sentence -> ${unit}`);
        // (not "the number of affected districts": the participle describes a noun after it)
        } else if (!(token.yearLike && YEAR_LEAD.test(lead)) && /\b(?:total\s+)?number\s+(?:of\s+(?:people\s+|persons\s+)?)?(?:affected|displaced|evacuated|homeless|wounded|injured|dead|missing)\b(?!\s+(?!(?:by|in|across|from|has|have|had|is|are|was|were|now|so|rose|reached|stood|stands|rises|reaches|remains|totals|exceeds|tops|climbs|grows|increases|jumps|passes|surpasses|crosses|hits|nears|stays)\b)\p{Ll}+s\b)[^.\d]*$/iu.test(lead) && !OWN_PLURAL_AFTER.test(after)) {
          // "The total number affected by floods for all of last year was 222,644."
          unit = 'person';
          noun = 'people';
          unitScore = 0.7;
          reasons?.push("no unit after the number; 'number affected' or the like earlier in the sentence -> person");
        } else if ((groupLead = GROUP_POPULATION_LEAD.exec(lead)) !== null && !NOUN_NEXT.test(after)) {
          // "the total target population of 11.9 million", "the refugee population of 700,000": people of that kind
          unit = 'person';
          const group = groupLead[1]!.toLowerCase();
          noun = group === 'refugee' ? 'refugees' : group === 'returnee' ? 'returnees' : group === 'migrant' ? 'migrants' : group === 'idp' ? 'idps' : 'people';
          unitScore = 0.7;
          reasons?.push("no unit after the number; a population of people targeted, affected, displaced or refugees before it -> person");
        } else if ((groupLead = CASUALTIES_LEVEL_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 90), token.start))) !== null && !NOUN_NEXT.test(after) && !ANIMALS_OR_PLANTS.test(groupLead[0])) {
          // "Injuries are estimated at 20,000", "Deaths in Ostra now stand at 5,136": the level the casualties reached
          unit = 'person';
          noun = /^\W*(?:the\s+)?(?:deaths|fatalities|dead)/i.test(groupLead[0]) ? 'deaths' : 'injuries';
          unitScore = 0.7;
          reasons?.push("no unit after the number; the level 'injuries' or 'deaths' stand at -> person");
        } else if (!token.yearLike && token.kind === 'digits' && (groupLead = THE_GROUP_ARE_LEAD.exec(text.slice(Math.max(sentence.start, token.start - 70), token.start))) !== null && !NOUN_NEXT.test(after) && !/^\s*(?:%|per[\s-]*cent|percent)/.test(after)) {
          // "the victims are 3,426, the evacuees are 7,301": the group named before its number
          unit = 'person';
          noun = /\b(?:dead|deaths|fatalities)\b/i.test(groupLead[0]) ? 'deaths' : /\b(?:injured|wounded|injuries)\b/i.test(groupLead[0]) ? 'injuries' : undefined;
          unitScore = 0.7;
          reasons?.push(`no unit after the number; '${groupLead[0].trim()}' names the people it counts -> person`);
        } else if (!token.yearLike && DISPLACEMENT_LEVEL_LEAD.test(text.slice(Math.max(sentence.start, token.start - 90), token.start)) && !NOUN_NEXT.test(after) && !/^\s*(?:%|per[\s-]*cent|percent)/.test(after)) {
          // "Internal displacement reached a record 71.1 million": the people the displacement counts
          unit = 'person';
          noun = 'displaced';
          unitScore = 0.7;
          reasons?.push("no unit after the number; the level displacement reached -> person");
        } else if (INJURIES_LEAD.test(lead)) {
          // "resulted in the deaths of at least 70 people and injuries to more than 200"
          unit = 'person';
          noun = /deaths/i.test(lead.slice(-40)) ? 'deaths' : 'injuries';
          unitScore = 0.7;
          reasons?.push("no unit after the number; 'injuries to' or 'deaths of' just before it -> person");
        } else if (!token.yearLike && (thingOf = NUMBER_OF_THINGS_LEAD.exec(lead)) !== null && (thingUnit = unitOfNoun(thingOf[1]!) ?? (DAMAGE_STATE_IN.test(thingOf[0]) ? canonicalThing(thingOf[1]!) : undefined)) !== undefined && unitDimension(thingUnit) === 'object' && !NOUN_NEXT.test(after)) {
          // "The number of destroyed dwelling houses is 1,940", "the number of damaged schools rose to 300": that thing's level
          unit = thingUnit;
          noun = thingOf[1]!.toLowerCase();
          unitScore = 0.7;
          reasons?.push(`no unit after the number; 'number of ${thingOf[1]}' before it -> ${thingUnit}`);
        } else if (!(token.yearLike && YEAR_LEAD.test(lead)) && /\b(?:death\s+(?:toll|figures?)|number\s+of\s+(?:fatalities|dead|deaths|casualties))\b(?:[^.\d]|\d+(?:\.\d+)?\s*-?\s*magnitude\b|\d+(?:\.\d+)?\s*(?:per[\s-]*cent|percent|%))*$/i.test(text.slice(Math.max(sentence.start, token.start - TOLL_REACH), token.start)) && !NOUN_NEXT.test(after) && !ADJECTIVE_NOUN_NEXT.test(after) && !MODIFIERS_NOUN_NEXT.test(after) && !/^\s+of\s/i.test(after)) {
          // (not a part of something else between the toll and its number: "which destroyed homes in one of India's most fertile regions")
          // (not a count of something else the toll comes from: "the death toll from three recent typhoons")
          // (a rise in per cent on the way is no other count: "The number of dead rose 20 percent over the past week to 2,755")
          unit = 'person';
          noun = 'deaths';
          unitScore = 0.7;
          reasons?.push("no unit after the number; 'death toll' or 'death figure' earlier in the sentence -> person");
        }
      }
    return true;
  } finally {
    Object.assign(bare, { unit, noun, coreEnd, unitScore, heading, item, part, cause, listed });
  }
}

/** Whether the amount at coreStart..coreEnd is a poverty line: what people live on, less than so much or so much a day, or "the poverty line of". */
function isPovertyLine(text: string, sentence: Span, coreStart: number, coreEnd: number, qualifierWritten: string | undefined): boolean {
  const lead = text.slice(Math.max(sentence.start, coreStart - 40), coreStart);
  if (POVERTY_LINE_OF.test(lead)) return true;
  return POVERTY_LINE_LEAD.test(lead) && (/^(?:less than|under|below)$/i.test(qualifierWritten ?? '') || PER_DAY_AFTER.test(text.slice(coreEnd, Math.min(sentence.end, coreEnd + 16))));
}
/** Before an amount (its hedge left out): "lived on", "survive on": a poverty line, if less than so much or so much a day. */
const POVERTY_LINE_LEAD = /\b(?:live|lives|lived|living|survive|survives|survived|surviving)\s+on\s+$/i;
/** After an amount: "a day", "per day". */
const PER_DAY_AFTER = /^\s*(?:a|per|each)\s+(?:day|person\s+(?:a|per)\s+day)\b/i;
/** Before an amount: "the poverty line of ", "below the poverty line of ". */
const POVERTY_LINE_OF = /\bpoverty\s+(?:line|threshold)\s+(?:of\s+|at\s+)?$/i;

/** The groups of people a count may be broken down into after "including": "718 men, 332 women and 588 children". */
const GROUP_NOUNS = String.raw`(?:men|women|boys|girls|children|minors|infants|babies|adults|elderly(?:\s+people)?|older\s+(?:people|persons)|students|pupils|man|woman|boy|girl|child|minor|infant|baby|adult|student|pupil)`;
/** Right after the number: the group, behind up to three words ("718 men", "2,000 elderly people", "370,000 severely malnourished children"). */
// (no other item between: "one woman and three children" is a woman, then children)
const GROUP_PART_AFTER = new RegExp(String.raw`^\s+(?:pregnant\s+and\s+(?:lactating|breastfeeding|nursing)\s+)?(?:(?!(?:and|or|of|in|to|with|from|people|persons|whose|who|which|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))[\p{Ll}-]+\s+){0,3}?(${GROUP_NOUNS})(?![\p{L}])`, 'iu');
/** A number of an item of such a list: digits, perhaps scaled, or a number word ("1.2 million", "two"). */
const GROUP_ITEM_NUMBER = String.raw`(?:\d[\d,.]*(?:\s?(?:million|thousand|m|k))?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine|hundred))?)`;
/** Before such a group: "including", "of whom", "among them", then perhaps the groups before it in the list. */
const GROUP_PART_LEAD = new RegExp(
  String.raw`\b(?:including|of\s+whom|among\s+(?:them|whom))\s*[,:]?\s+(?:${HEDGE}${GROUP_ITEM_NUMBER}\s+${GROUP_NOUNS}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$`,
  'iu',
);

/** The review line of a count given for each of several places ("two in each district"). */
function eachReview(part: string): string {
  return `a count ${part}, not their sum: drafted as a breakdown, never a total; the places are not named`;
}

/** How far before a list item its colon may be (a list of a few places). */
const LIST_REACH = 160;

/** Where a list item is, after its number: "in each district" (1, 2: each and what), or "in CAR" (3: "in", or none); a month or a weekday is no place. */
const ITEM_WHERE = /^\s+(?:in\s+(each|every)\s+([\p{Ll}-]{3,24})(?=\s*[,;.]|\s+and\s|\s*$)|(in\s+)?(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))\p{Lu}[^,;:()]{0,40}?(?=\s*,|\s+and\s|\s*;|\s*\.?\s*$|\.\s))/u;
/** After a bare number: "registered in" a place ("with nine registered in Ndirande Township"). */
const WITH_PART_AFTER = /^\s+(?:registe?red|recorded|reported|counted|confirmed)\s+(?:in\s+(?:the\s+)?\p{Lu}|(?:in|over|during)\s+the\s+(?:last|past|previous)\s|today|yesterday|this\s+(?:week|month)|since\s|on\s+\p{Lu})/u;
/** Before a bare number: "in" a place, and perhaps "there are" ("while in Mozambique there are "). */
const PLACE_THEN_COUNT_LEAD = /\b(?:in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:alone\s+)?(?:there\s+(?:are|were)\s+|(?:has|have|had)\s+(?:recorded\s+|reported\s+)?|(?:was|were|is|are|stood\s+at)\s+)?|from\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:was|were|is|are|stood\s+at)\s+)$/u;
/** A place word that a number names rather than counts, right before it: "Regions 1", "Camp 11", "Zone 3". */
// (and an IPC or Cadre Harmonisé phase: "755,000 in IPC 5")
const DESIGNATED_BY_NUMBER = /(?:Regions?|Camps?|Zones?|Districts?|Blocks?|Sectors?|Phases?|Levels?|Wards?|Areas?|Units?|Sites?|Blocs?|IPC|CH|Category|Categories|Grade|Tier|Stage)\s+$/u;
/** After it, the clause ends: "67 and in Madagascar 17." */
const PLACE_THEN_COUNT_AFTER = /^\s*(?:[.;,(]|and\s+in\s|$)/u;

/** The number of a list item: digits, a number word, a scale ("443,000", "eight", "1.2 million"). */
const ITEM_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[\p{L}-]+)(?:\s+(?:million|thousand))?`;
/** Earlier items of a list of places between its opening and an item: "eight in CAR, four Region 2, and (about) ". */
const EARLIER_ITEMS = new RegExp(String.raw`^\s*(?:${HEDGE}${ITEM_NUMBER}\s+(?:in\s+)?(?:the\s+)?\p{Lu}[^,;:()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+))*${HEDGE}$`, 'u');
/** The same after a comma or "followed by", where every item says "in": ", eight in CAR and ". */
const EARLIER_ITEMS_IN = new RegExp(
  String.raw`(?:,(?!\d)\s*(?:followed\s+by\s+)?|\s+followed\s+by\s+)(?:${HEDGE}${ITEM_NUMBER}\s+in\s+(?:the\s+)?\p{Lu}[^,;:()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+))*${HEDGE}$`,
  'u',
);

/**
 * An item of a list of places that breaks down a count before it: after a colon ("...: eight in
 * CAR, four Region 2, and one Region 1"), or after a comma when every item says "in" ("11 were
 * killed, eight in CAR and three in Mali"; "30 schools, two in each district"). The opening is in
 * the sentence and within LIST_REACH characters, and only earlier items of the same shape lie
 * between it and the item. Returns the clause before the opening (what the list breaks down), the
 * item itself, and for "in each district" the part it is.
 */
function placeListItem(text: string, sentence: Span, token: NumberToken): { lead: Span; item: Span; each?: string } | undefined {
  const name = ITEM_WHERE.exec(text.slice(token.end, Math.min(sentence.end, token.end + 60)));
  if (!name) return undefined;
  const from = Math.max(sentence.start, token.start - LIST_REACH);
  const lead = text.slice(from, token.start);
  const colon = lead.lastIndexOf(':');
  let open: number;
  if (colon >= 0 && EARLIER_ITEMS.test(lead.slice(colon + 1))) open = colon;
  else {
    // after a comma, the item and each one before it say "in": "eight in CAR", not "eight CAR"
    if (name[1] === undefined && name[3] === undefined) return undefined;
    const comma = EARLIER_ITEMS_IN.exec(lead);
    if (!comma || !/\d|\p{L}/u.test(lead.slice(0, comma.index))) return undefined;
    open = comma.index;
  }
  return {
    lead: { start: Math.max(sentence.start, from + open - LIST_REACH), end: from + open },
    item: { start: token.start, end: token.end + name[0].length },
    ...(name[1] !== undefined ? { each: `in ${name[1].toLowerCase()} ${name[2]!}` } : {}),
  };
}

/** A place named right before an opening parenthesis: "Burkina Faso (", "Niger (". */
/** Between a number and its place: its noun, perhaps, and "in" ("1 death in the province of "). */
// (a direction in lower case too: "800 in eastern Kessa")
const IN_PLACE_AFTER_NUMBER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}in\s+(?:the\s+)?(?:${AREA_KINDS_OF}\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower)\s+)?$`, 'u');
/** Between a place and its number: a parenthesis ("Pemba (1,775)", "Burundi, (n = 1,579)"). */
const PAREN_AFTER_PLACE = /^,?\s?\(\s*(?:n\s*=\s*)?$/iu;
/** A name, perhaps a comma, then "(n = ": the place whose group the number sizes. */
const PLACE_BEFORE_N_EQUALS = /(\p{Lu}[\p{L}'’.-]*(?:[\s-](?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,4}),?\s?\(\s*n\s*=\s*$/iu;
// ("Quang Ninh province (5)", "Hai Phong city (2)": a kind of area after the name)
const PLACE_BEFORE_PAREN = /(\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3}(?:\s(?:province|city|district|region|state|county|municipality|governorate|prefecture))?)\s?\($/u;

/**
 * An item of a list of places that gives each place's share of a count in parentheses:
 * "14.4 million people in need in Burkina Faso (3.5 m), Mali (5.9 m) and Niger (3.8 m)",
 * "320,305 refugees in Burkina Faso (23,610), ...". The number alone fills the parentheses, and
 * the count it breaks down comes before it in the sentence (within LIST_REACH characters).
 * Returns that count's clause and the item ("Mali (5.9 m)").
 */
function parenthesisedPlaceItem(text: string, sentence: Span, token: NumberToken): { lead: Span; item: Span; at?: true } | undefined {
  // (a hedge may open the parentheses: "Derna (at least 30,000)")
  const open = text[token.start - 1] === '(' ? 0 : (PAREN_HEDGE_BEFORE.exec(text.slice(Math.max(sentence.start, token.start - 16), token.start))?.[0].length ?? -1) - 1;
  if (open < 0) return undefined;
  // ("Marang (1,316 at 10 PPS)": the place's count, then where its people are, inside the parentheses)
  const close = /^\s?\)|^\s+at\s+[^()]{1,40}\)/.exec(text.slice(token.end, Math.min(sentence.end, token.end + 48)));
  if (!close) return undefined;
  const name = PLACE_BEFORE_PAREN.exec(text.slice(Math.max(sentence.start, token.start - open - 60), token.start - open));
  if (!name) return undefined;
  const itemStart = token.start - open - name[0].length;
  if (itemStart - sentence.start > LIST_REACH * 4) return undefined;
  const found: { lead: Span; item: Span; at?: true } = {
    lead: { start: Math.max(sentence.start, itemStart - LIST_REACH), end: itemStart },
    item: { start: itemStart, end: token.end + close[0].length },
  };
  if (close[0].trimStart().startsWith('at')) found.at = true;
  return found;
}

/** Where people come from, before a list of places and numbers: "900,000 refugees, mainly from South Sudan, 400,000, Somalia, 250,000". */
const ORIGINS_BEFORE_LIST = /\b(?:(?:mainly|mostly|largely|primarily|chiefly|most)\s+from|originating\s+from|coming\s+from)\s+\p{Lu}/u;
/** Things named before a list of places in parentheses ("the shelters in Derna (45)"): the numbers count those, not people. */
const THINGS_NAMED_BEFORE_LIST = /\b(?:shelters|camps|sites|centres|centers|schools|facilities|hospitals|settlements|houses|homes|buildings)\b/i;
/** An opening parenthesis and a hedge right before a number: "(at least ", "(about ". */
const PAREN_HEDGE_BEFORE = /\((?:at\s+least|about|around|over|more\s+than|nearly|almost|some|up\s+to)\s+$/;
/** After a list of places with numbers in parentheses, the people they count: "have the largest number of displaced people". */
const MOST_PEOPLE_AFTER_LIST = /^[^.;:]{0,120}?\b(?:largest|highest|greatest|most)\s+(?:number\s+of\s+|numbers\s+of\s+)?(?:displaced|IDPs|refugees|people|persons|arrivals|returnees|deaths|casualties|victims)\b/iu;
/** "nutrition (", ", relief (", "and social safety net programmes (": lower-case words naming a part, then a parenthesis. */
const PROGRAMME_BEFORE_PAREN = /(?:,\s*|\s(?:and|of|in|for|through|via|including|under)\s+)((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)\s*\($/u;

/**
 * A count in parentheses right after lower-case words that are an item of a list ("nutrition
 * (631,000), relief (1 million)"): the words, or undefined. A place's share ("Mali (5.9 m)") is
 * parenthesisedPlaceItem's.
 */
function programmeItem(text: string, sentence: Span, token: NumberToken): string | undefined {
  if (text[token.start - 1] !== '(' || !/^\s?\)/.test(text.slice(token.end, Math.min(sentence.end, token.end + 2)))) return undefined;
  const m = PROGRAMME_BEFORE_PAREN.exec(text.slice(Math.max(sentence.start, token.start - 60), token.start));
  // ("twenty-one (21) counties": the number in words said again in digits, no part of anything)
  if (!m || NOT_A_PART.test(m[1]!) || NUMBER_IN_WORDS.test(m[1]!)) return undefined;
  return m[1]!.replace(/\s+/g, ' ');
}
/** A number in words up to ninety-nine (the words before "(21)" that say the same number). */
const NUMBER_IN_WORDS = /(?:^|\s)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i;
/** Words before a parenthesis that name no part of a count ("people (", "the total ("). */
const NOT_A_PART = /^(?:people|persons|total|the|a|an|some|about|around|of|which|whom)$/i;

/** How many numbers a stacked key-figure box may hold. */
const MAX_STACKED = 12;

/**
 * A key-figure box laid out as a column of lone numbers and then a column of their labels, in the
 * same order ("3.8 million" / "2.7 million" / "People to be assisted" / "People reached ..."): the
 * label of the k-th number is the k-th label line after the numbers, when every number has one and
 * the label names a count of people or things.
 */
function stackedLabel(text: string, lineStarts: number[], line: number): { unit: string; noun: string; heading: Span } | undefined {
  const lineEnd = (l: number) => endOfLine(text, lineStarts, l);
  // lines longer than a label are read no further (a long line is prose, and reading it per number would cost its length each time)
  const body = (l: number) => (lineEnd(l) - lineStarts[l - 1]! > 200 ? 'x. (prose)' : text.slice(lineStarts[l - 1]!, lineEnd(l)));
  const isNumber = (l: number) => lineEnd(l) - lineStarts[l - 1]! <= 40 && LONE_NUMBER.test(body(l));
  const nonBlank = (from: number, step: 1 | -1) => {
    let l = from + step;
    for (let blank = 0; blank < 3 && l >= 1 && l <= lineStarts.length && body(l).trim() === ''; blank++) l += step;
    return l >= 1 && l <= lineStarts.length && body(l).trim() !== '' ? l : undefined;
  };
  if (!isNumber(line)) return undefined;
  let k = 0;
  for (let l = nonBlank(line, -1); l !== undefined && isNumber(l) && k < MAX_STACKED; l = nonBlank(l, -1)) k++;
  let last = line;
  let n = k + 1;
  for (let l = nonBlank(line, 1); l !== undefined && isNumber(l) && n < MAX_STACKED; l = nonBlank(l, 1)) {
    last = l;
    n++;
  }
  if (n < 2) return undefined;
  const labels: number[] = [];
  for (let l = nonBlank(last, 1); l !== undefined && labels.length < n; l = nonBlank(l, 1)) {
    const b = body(l).trim();
    if (/\d/.test(b) || /[.!?;:]$/.test(b) || b.split(/\s+/).length > 12) break;
    labels.push(l);
  }
  if (labels.length < n) return undefined;
  const l = labels[k]!;
  const b = body(l);
  const named = countNamedBy(b.trim().replace(/\*+$/, ''));
  if (!named) return undefined;
  const start = lineStarts[l - 1]! + (b.length - b.trimStart().length);
  return { ...named, heading: { start, end: start + b.trim().length } };
}

/** The end of line `l` (1-based) of the text, before its line break. */
function endOfLine(text: string, lineStarts: readonly number[], l: number): number {
  return l < lineStarts.length ? lineStarts[l]! - 1 : text.length;
}

/** A caption that names the currency of the list under it, at its end in brackets: "Breakdown of the Emergency Grant Aid (USD)", "(in US$)". */
// (matched on the line with its end trimmed, so that no run of spaces is tried twice)
const CURRENCY_CAPTION = /\((?:in\s+)?(US\$|[A-Z]{3}|€|£)\):?$/u;
/** The lines a list may run under its caption, with no blank line between, and the longest such line. */
const CAPTION_REACH = 30;
const CAPTION_LINE_MAX = 200;
/** The currency a caption above the line names, where the lines between are the list's (no blank line). */
function currencyCaption(text: string, lineStarts: number[], line: number): { code: string; caption: string } | undefined {
  const lineEnd = (l: number) => endOfLine(text, lineStarts, l);
  for (let l = line - 1; l >= 1 && l >= line - CAPTION_REACH; l--) {
    // (a long line is prose, no list's line nor its caption: read no further, whatever its length)
    if (lineEnd(l) - lineStarts[l - 1]! > CAPTION_LINE_MAX) return undefined;
    const body = text.slice(lineStarts[l - 1]!, lineEnd(l));
    if (body.trim() === '') return undefined;
    const m = CURRENCY_CAPTION.exec(body.trimEnd());
    if (m) {
      const code = m[1] === 'US$' ? 'USD' : m[1] === '€' ? 'EUR' : m[1] === '£' ? 'GBP' : m[1]!;
      return isCurrencyCode(code) ? { code, caption: body.trim() } : undefined;
    }
  }
  return undefined;
}

/** The line of a number alone on its line right above the line at `at` (perhaps after blank lines), if any: a key figure, whose label this line may be. */
function loneNumberAbove(text: string, lineStarts: number[], at: number): number | undefined {
  const lineEnd = (l: number) => endOfLine(text, lineStarts, l);
  let l = lineOf(lineStarts, at) - 1;
  // (a line over 40 characters is neither blank enough to skip nor a lone number: none is read whole)
  for (let blank = 0; blank < 2 && l >= 1 && lineEnd(l) - lineStarts[l - 1]! <= 40 && text.slice(lineStarts[l - 1]!, lineEnd(l)).trim() === ''; blank++) l--;
  return l >= 1 && lineEnd(l) - lineStarts[l - 1]! <= 40 && LONE_NUMBER.test(text.slice(lineStarts[l - 1]!, lineEnd(l))) ? l : undefined;
}

/**
 * A key figure under its label: "Affected population:" and on the next line "3,929,030" (a PDF's
 * key figures, copied). The number stands alone on its line; the line right above it is a short
 * label with no digit (a year aside) that ends with a colon, perhaps after a list's mark ("(C)",
 * "-"), and names a count, or people a state befell ("Affected population").
 */
function labelAbove(text: string, lineStarts: number[], line: number): { unit: string; noun: string; heading: Span } | undefined {
  if (line < 2) return undefined;
  const lineEnd = (l: number) => endOfLine(text, lineStarts, l);
  const own = text.slice(lineStarts[line - 1]!, lineEnd(line));
  if (own.length > 40 || !LONE_NUMBER.test(own)) return undefined;
  const b = text.slice(lineStarts[line - 2]!, lineEnd(line - 1));
  const m = LABEL_ABOVE.exec(b);
  if (!m) return undefined;
  const label = m[1]!.trim();
  if (/\d/.test(label.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '')) || label.split(/\s+/).length > 8 || CONTEXT_LABEL.test(label)) return undefined;
  const named = countNamedBy(label) ?? (STATE_OF_POPULATION.test(label) ? { unit: 'person', noun: 'people' } : undefined);
  if (!named) return undefined;
  const start = lineStarts[line - 2]! + m.index + m[0].indexOf(m[1]!);
  return { ...named, heading: { start, end: start + label.length } };
}
/** A label alone on its line, ending with a colon, perhaps after a list's mark: "(C) Affected population:". */
const LABEL_ABOVE = new RegExp(String.raw`^\s*(?:${BULLET_MARK_NO_DASH}|\d{1,2}[.)]\s+|\((?:[A-Za-z]|\d{1,2})\)\s*)?(\p{L}[^:;|\n]{1,59}?)\s*:\s*$`, 'u');
/** A population a state befell: "Affected population", "Population displaced", "Displaced population". */
const STATE_OF_POPULATION = /\b(?:affected|displaced|targeted|evacuated|in\s+need)\s+population\b|\bpopulation\s+(?:affected|displaced|targeted|evacuated|in\s+need)\b/i;

/**
 * A key figure with its label on the next line: "5,640,475" and below it "Individual refugees
 * from Ukraine recorded across Europe", "Border crossings from Ukraine". The number stands alone on
 * its line; the label is short, has no digit and ends without a sentence's stop, and names a count.
 */
function labelBelow(text: string, lineStarts: number[], line: number): { unit: string; noun: string; heading: Span } | undefined {
  const lineEnd = (l: number) => endOfLine(text, lineStarts, l);
  const lone = (k: number) => lineEnd(k) - lineStarts[k - 1]! <= 40 && LONE_NUMBER.test(text.slice(lineStarts[k - 1]!, lineEnd(k)));
  if (!lone(line)) return undefined;
  // (a number under another lone number is a column of numbers, whose labels come after them all: see stackedLabel)
  let above = line - 1;
  for (let blank = 0; blank < 2 && above >= 1 && text.slice(lineStarts[above - 1]!, lineEnd(above)).trim() === ''; blank++) above--;
  if (above >= 1 && lone(above)) return undefined;
  let l = line + 1;
  for (let blank = 0; blank < 2 && l <= lineStarts.length && text.slice(lineStarts[l - 1]!, lineEnd(l)).trim() === ''; blank++) l++;
  if (l > lineStarts.length || lineEnd(l) - lineStarts[l - 1]! > 160) return undefined;
  const b = text.slice(lineStarts[l - 1]!, lineEnd(l));
  const label = b.trim();
  // (a year may date it: "People in need of assistance in 2023"; or a day: "Refugees and asylum-seekers in Afghanistan as of 2 November 2021")
  if (label === '' || /\d/.test(label.replace(DAY_OF_MONTH, '').replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '')) || /[.!?;:]$/.test(label) || label.split(/\s+/).length > 18) return undefined;
  // the first words name what is counted ("Individual refugees ...", "Border crossings to Ukraine"), not a place or a date further on
  // (after a word that says the count is estimated or whole: "Estimated total conflict induced IDPs within Afghanistan")
  const named = countNamedBy(label.replace(/^(?:(?:estimated|total|overall|cumulative|number\s+of)\s+)+/i, '').split(/\s+/).slice(0, 4).join(' '));
  if (!named) return undefined;
  const start = lineStarts[l - 1]! + (b.length - b.trimStart().length);
  return { ...named, heading: { start, end: start + label.length } };
}

/**
 * A key-figure line's label before its number (with `anyLabel`, also one that names no count, unit ''):
 * "People in need: 8.7 million", "Deaths - 45",
 * "Killed: 45; injured: 120". The label starts the line (or follows a ";" of an earlier item),
 * has no digit, and is followed by a colon or a spaced dash, at most a hedge, and the number;
 * after the number (and a footnote's mark: "7M*") the line ends, or a note in brackets, or the next
 * "label: number" item.
 */
// (or a letter or number in brackets: "(A) Deaths: 295", "(b) Missing: 39")
const LABEL_LEAD = new RegExp(String.raw`^\s*(?:${BULLET_MARK_NO_DASH}|\d{1,2}[.)]\s+|\((?:[A-Za-z]|\d{1,2})\)\s*)?(\p{L}(?:[^:;|\d\n(]|\([^()\n:;]{1,30}\)){1,59}?)\s*(?::|\s[-–—]\s)\s*(?:[~≈]\s*|(?:about|around|some|over|more\s+than|nearly|almost|at\s+least|up\s+to|an\s+estimated|approximately|approx\.)\s+)?$`, 'iu');
/** A key figure's label alone before its number on a line of its own, a date or a source in brackets after it ("Total People Reached (August 2019) "). */
const BARE_LABEL_LEAD = new RegExp(String.raw`^\s*${BULLET_MARK_NO_DASH}?(\p{Lu}[^:;|\d\n.!?()]{1,59}?)\s*(?:\([^()\n]{1,30}\))?\s+$`, 'u');
/** The next line of hard-wrapped prose: it goes on in lower case, with no colon, and does not end in a number ("waves over the week."). */
const PROSE_GOES_ON = /^[ \t]*\p{Ll}[^:\n]*?(?<![\d%]|million|billion|thousand)[ \t]*(?:\n|$)/u;
/** A finite verb in a label: a clause, no label ("Deaths of livestock ... are estimated at"). */
const LABEL_VERB = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|stands?|stood)(?![\p{L}])/iu;
/** A verb of a relative clause, which a label may hold ("People who have returned", "Houses that were destroyed"). */
const RELATIVE_CLAUSE_VERB = /(?<![\p{L}])(?:who|that|which)\s+(?:\p{L}+\s+)?(?:is|are|was|were|has|have|had)(?![\p{L}])/giu;
/** The longest line read as a key figure's bare label and its number. */
const BARE_LABEL_LINE_MAX = 90;
// (a note in brackets may run on to the next line: "10,203 (4,270 fully destroyed, 5,933 partially")
const LABEL_TAIL = /^[*†‡]{0,3}\s*(?:\([^()\n]{0,40}\)|\([^()\n]{0,60}$)?\s*[.;,|]?\s*(?:$|\p{L}[^:;\d\n]{0,40}(?::|\s[-–—]\s))/u;
/** A key figure's label of a baseline or a measure, whose number is no figure ("Population:", "Phase 3:", "Magnitude:"). */
const CONTEXT_LABEL = /^(?:(?:total\s+)?population|(?:ipc\s+)?phase\s+\d|level\s+\d|magnitude|depth|altitude|elevation|area|distance|year|date)$/iu;
/** A label that names only a group of people, not what is counted of them ("Children", "Women and girls", "Adults"). */
const GROUP_LABEL = /^(?:(?:children|child|boys|girls|women|men|adults|elderly|infants|adolescents|youth|people|persons|individuals|households|families|female|male|and|&|,|\s)+)$/iu;
/** A label of one word that names people by what befell them ("Killed:", "Missing:"). */
const HARMED_LABEL = /^(?:killed|dead|injured|wounded|missing|displaced|evacuated|affected|rescued|hospitali[sz]ed)$/iu;

function labelBefore(text: string, lineStarts: number[], line: number, token: NumberToken, anyLabel = false): { unit: string; noun: string; heading: Span } | undefined {
  const lineStart = lineStarts[line - 1]!;
  const lineEnd = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
  if (token.start - lineStart > 160) return undefined;
  const before = text.slice(lineStart, token.start);
  // the item this number ends: from the line's start, or after the last ";" or "|" before it
  const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf('|')) + 1;
  let m = LABEL_LEAD.exec(before.slice(from));
  // a key figure's line with no colon, the label and the number alone on it: "Total People Reached (August 2019) 73,901"
  // (not a line of hard-wrapped prose whose sentence goes on below: "... evacuated in 2" over "waves over the week.")
  const bare = m === null && from === 0 && lineEnd - lineStart <= BARE_LABEL_LINE_MAX && /^[\s.]*$/.test(text.slice(token.end, lineEnd)) && !PROSE_GOES_ON.test(text.slice(lineEnd + 1, lineEnd + 200)) ? BARE_LABEL_LEAD.exec(before) : null;
  // (a label is a noun phrase, not a clause with its verb: "Deaths of livestock in Ostra are estimated at 30,000.")
  if (bare !== null && !LABEL_VERB.test(bare[1]!.replace(RELATIVE_CLAUSE_VERB, ' '))) m = bare;
  if (m === null) return titledLabelBefore(text, token, lineEnd);
  if (bare === null && !LABEL_TAIL.test(text.slice(token.end, Math.min(lineEnd, token.end + 120)))) return undefined;
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 8) return undefined;
  const named = countNamedBy(label) ?? (HARMED_LABEL.test(label) ? { unit: 'person', noun: 'people' } : anyLabel ? { unit: '', noun: '' } : undefined);
  if (!named) return undefined;
  const start = lineStart + from + m.index + m[0].indexOf(m[1]!);
  return { ...named, heading: { start, end: start + label.length } };
}

/**
 * A key-figure box copied into one line, each label in title case right before its number and a source, a date or
 * the next label after it: "Total Reported Cholera Cases in Zimbabwe 83,631 WHO – February 25, 2009 Total Reported
 * Cholera Deaths in Zimbabwe 3,879". Only a label that names a count of people or things (a number after a title-case
 * name of anything else is no key figure: "Refugees International 2024" names no count after it either way).
 */
function titledLabelBefore(text: string, token: NumberToken, lineEnd: number): { unit: string; noun: string; heading: Span } | undefined {
  // (what follows first: the cheaper test, and most numbers of prose fail it)
  if (!TITLED_LABEL_TAIL.test(text.slice(token.end, Math.min(lineEnd, token.end + 12)))) return undefined;
  const from = Math.max(0, token.start - 100);
  const m = TITLED_LABEL_LEAD.exec(text.slice(from, token.start));
  if (!m || LABEL_VERB.test(m[1]!)) return undefined;
  const named = countNamedBy(m[1]!);
  if (!named) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { ...named, heading: { start, end: start + m[1]!.length } };
}
/** The title-case label right before a number: two to nine words, capitalised but for small joining words. */
// (a word in capitals is no part of it but the last, "Total IDPs": "NUMBERS AT A GLANCE SOURCE" is the box's heading)
const TITLED_LABEL_LEAD = /(?<![\p{L}\p{N}'’&-])(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s(?:\p{Lu}\p{Ll}[\p{L}'’-]*|in|of|and|the|for|per|by|&)){0,7}\s\p{Lu}[\p{L}'’-]*)\s$/u;
/** What may follow a title-case label's number: the line's end, a source or the next label in capitals, a dash before a source, a note in brackets. */
const TITLED_LABEL_TAIL = /^[*†‡]{0,3}(?:[ \t]*$|[ \t]+(?:\p{Lu}|[–—-][ \t]|\())/u;

/**
 * Whether a number opens a bulleted line under a heading, ending with a colon, that says things were sent, delivered or
 * distributed ("163 tonnes of priority emergency goods have or are being transported to Fiji, including:"), the lines
 * between it and the number being items of the list too (at most MAX_LIST_ITEMS).
 */
function underReliefHeading(text: string, lineStarts: number[], line: number, token: NumberToken): boolean {
  const lineStart = lineStarts[line - 1]!;
  if (token.start - lineStart > 12) return false;
  const bullet = LEADING_BULLET.exec(text.slice(lineStart, token.start).trimStart());
  if (bullet === null || text.slice(lineStart, token.start).trim() !== bullet[0].trim()) return false;
  for (let l = line - 1; l >= 1 && l >= line - MAX_LIST_ITEMS; l--) {
    // (a line longer than a heading is read no further than its first 400 characters: no long line is sliced for every item)
    const from = lineStarts[l - 1]!;
    const body = text.slice(from, Math.min(lineStarts[l]! - 1, from + 400)).trim();
    if (body === '' || LEADING_BULLET.test(body)) continue;
    return lineStarts[l]! - 1 - from <= 300 && body.endsWith(':') && RELIEF_HEADING.test(body);
  }
  return false;
}
/** A heading of things sent, delivered or distributed (a verb of relief, or the goods named). */
const RELIEF_HEADING = new RegExp(String.raw`(?<![\p{L}])(?:${THING_VERBS}|transported|(?:relief|emergency|humanitarian)\s+(?:supplies|items|goods)|non-food\s+items|NFIs)(?![\p{L}])`, 'iu');

/** Shelters after a number, perhaps opened (the modifier that alone makes them buildings). */
const SHELTER_NOUN = /^\s+(?:(open|opened|activated)\s+|(?:temporary|official|public)\s+)?shelters(?![\p{L}])/iu;
/** What shelters do that makes them buildings for people: house them, or are opened. */
// (not what they could house: "nearly 5,000 shelters in Pell, capable of housing up to 25,000 refugees")
const SHELTER_USE_AFTER = /^[^.;]{0,80}?(?<![\p{L}])(?<!\b(?:of|to|can|could|would|will)\s)(?:housing|hosting|accommodating|sheltering|(?:were|are|have\s+been|had\s+been)\s+(?:opened|activated|set\s+up))(?![\p{L}])/iu;
/** A verb of harm before a count of shelters: shelters as damage, not as evacuation centres. */
const SHELTER_HARMED_BEFORE = /(?<![\p{L}])(?:damaged|destroyed|hit|struck|shelled|bombed|attacked|targeted|looted|burned|burnt)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A list item's quote without its bullet. */
function listItemQuote(text: string, span: Span): Span {
  const bullet = LEADING_BULLET.exec(text.slice(span.start, span.end));
  return bullet ? { start: span.start + bullet[0].length, end: span.end } : span;
}

/** A list item "- Label: 1,200" (a bullet, a label, a colon, the number and nothing after it but a hedge mark). */
/** A line's bullet or item number at its start. */
const LEADING_BULLET = new RegExp(String.raw`^(?:${BULLET_MARK}|\d{1,2}[.)]\s+)`, 'u');
/** A line of a list that gives its label and a value after a colon ("- Tents: 3,474"). */
const LIST_ITEM_WITH_VALUE = new RegExp(String.raw`^\s*(?:${BULLET_MARK}|\d{1,2}[.)]\s+)?[^:\d\n]{1,60}:\s*\S`, 'u');
const LIST_ITEM_LINE = new RegExp(String.raw`^\s*(?:${BULLET_MARK}|\d{1,2}[.)]\s+)?[^:\d\n]{1,60}:\s*(?:[~≈]|about\s+|over\s+|some\s+)?$`, 'iu');
/** How many items a list may have before its heading. */
const MAX_LIST_ITEMS = 50;

/**
 * The heading of the list whose item line holds `token` ("Houses damaged:" over "- Province A: 1,200"):
 * the nearest line above that is no item of the list, when it ends with a colon or is short and names
 * a count of people or things.
 */
function listHeading(text: string, lineStarts: number[], line: number, token: NumberToken): { unit: string; noun: string; heading: Span } | undefined {
  const lineStart = lineStarts[line - 1]!;
  const lineEnd = line < lineStarts.length ? lineStarts[line]! - 1 : text.length;
  if (token.start - lineStart > 80 || lineEnd - token.end > 40) return undefined;
  if (!LIST_ITEM_LINE.test(text.slice(lineStart, token.start)) || !/^[\s.]*(?:\(?(?:est\.?|estimated)\)?)?\s*$/iu.test(text.slice(token.end, lineEnd))) return undefined;
  for (let l = line - 1; l >= 1 && l >= line - MAX_LIST_ITEMS; l--) {
    const start = lineStarts[l - 1]!;
    const end = lineStarts[l]! - 1;
    if (end - start > 200) return undefined; // a paragraph, no heading
    const body = text.slice(start, end);
    if (body.trim() === '') continue;
    if (LIST_ITEM_WITH_VALUE.test(body) && /\d/.test(body)) continue; // another item of the list
    const trimmed = body.trim();
    if (!/:$/.test(trimmed) && trimmed.split(/\s+/).length > 6) return undefined;
    const named = countNamedBy(trimmed.replace(/:$/, ''));
    if (!named) return undefined;
    const offset = body.indexOf(trimmed);
    return { ...named, heading: { start: start + offset, end: start + offset + trimmed.length } };
  }
  return undefined;
}

/** How far back (in characters) "kits" looks for the kind of kit the text named. */
const KIT_REACH = 2000;

/** The latest "shelter kits" / "hygiene kits" before `at`, within KIT_REACH characters. */
function kitKind(text: string, at: number): { unit: string; written: string } | undefined {
  const re = /\b(shelter|hygiene|dignity|trauma|medical|family)\s+kits?\b/giu;
  let last: RegExpExecArray | undefined;
  const window = text.slice(Math.max(0, at - KIT_REACH), at);
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last) return undefined;
  const kind = last[1]!.toLowerCase();
  return { unit: `${kind}-kit`, written: last[0] };
}

/** Right before a number: "a family of ", "households of ", "an average household size of ": how many one family holds. */
// (group 1: the plural, which needs a word of size after the number: "households of five members")
// (or "family size is": "(average family size is 10 persons in this region)")
const FAMILY_SIZE_LEAD = /\b(?:(?:(?:a|one|each|every|per|the|their|his|her|average)\s+(?:family|household)|(families|households)|(?:household|family)\s+size)\s+of|(?:household|family)\s+size\s+(?:is|was|of|being))\s+(?:(?:about|around|some|up\s+to|at\s+least|nearly|almost|over|more\s+than)\s+)?$/iu;

/**
 * After a number: perhaps a state of damage, then "and" and a second number with no noun between, and the
 * second number's own state, up to its noun (group 1 is the first number's state, kept in its quote).
 */
const SHARED_NOUN_AFTER = /^(\s+(?:(?:partially|totally|completely|fully|severely|badly|slightly|heavily|moderately)\s+)?(?:damaged|destroyed|flooded|collapsed))?\s+and\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|at\s+least)\s+)?\d[\d,]*(?:\.\d+)?(?=\s)/u;

/** Before a number: a month and a day and "and" ("July 9 and "), or a month ("on July "): a day of the month. */
const DAY_OF_MONTH_LEAD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|-|to)\s*)?$/u;

/** An acronym right after a number, in its plural too ("21 PPS", "four CDCs"). */
// (not one that names what owns the plural noun after it: "4 UNICEF warehouses"; a verb or a word in -s is no such noun: "12 CFS is planned")
const ACRONYM_AFTER = /^\s(\p{Lu}{2,6})s?(?![\p{L}\p{N}])(?!\s+(?!(?:is|was|has|as|across|does|this|thus|plus|less|unless|perhaps|always|besides|whereas|towards|afterwards|remains|needs|lacks|serves|houses|hosts|shelters)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,}s(?![\p{L}]))/u;

/** A number given with a scale word, as whole decades or years, or ending in three zeros. */
function looksRounded(token: NumberToken, unit: string): boolean {
  if (token.scale !== undefined) return true;
  if (token.kind === 'word') return unit === 'decade' || (unit === 'year' && token.value >= 10);
  return Number.isInteger(token.value) && token.value >= 1000 && token.value % 1000 === 0;
}

/** An amount followed by its equivalent in parentheses, at most two hedge words inside: "CHF60 million (about $60.5 million)". */
const OPENS_EQUIVALENT = /^\s*\(\s*(?:[\p{L}.]+\s+){0,2}$/u;

/** The UN or one of its agencies asking for or allocating money, before an amount ("The United Nations has appealed for"). */
const UN_ASKS = /\b(?:United\s+Nations|UN|U\.N\.|OCHA|UNHCR|UNICEF|WFP|CERF|IOM|UNRWA|UNFPA)(?:['’]s(?:\s+[\p{Ll}-]+){1,3})?\s+(?:(?:has|have|had|is|are|was|were|also|now|today|on\s+\p{Lu}\p{Ll}+)\s+){0,2}(?:appealed|appealing|appeals\s+for|requested|requesting|requests|seeks|seeking|sought|call(?:s|ed|ing)\s+for|launch(?:es|ed|ing)|allocat(?:es|ed|ing))(?![\p{L}])/u;
/** A donor's verb between such a request and the amount: the amount is the donor's ("..., and Canada pledged $50 million"). */
const GIVING = /\b(?:pledg|gave|give|giving|contribut|provid|donat|announc|commit|sen[dt]|approv|match|releas|disburs|allocat|answer|fund)/i;
/** The last sentence of a stretch of text (a full stop, then a space and a capital, ends one; a decimal point does not). */
function sentenceTail(lead: string): string {
  let start = 0;
  for (const m of lead.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) start = m.index + m[0].length;
  return lead.slice(start);
}

/**
 * A bare "$" next to an amount in another currency says which dollar it is, whatever the text's
 * country: an equivalent in parentheses after a non-dollar amount ("CHF60 million ($60.5
 * million)") is the US dollar, the convention of international reporting, even in an Australian
 * release; an amount whose equivalent is marked US$ ("$20 million (US$13 million)") is not the US
 * dollar, so it is the dollar of the country the text names, and is left for review when the text
 * names none.
 */
function settleBareDollars(text: string, raws: RawFigure[], money: MoneyContext): void {
  // "The Australian Government announced an initial $2.5 million": a dollar country's government giving the
  // amount gives its own dollar, in a text read in US dollars that names no US donor (an NGO's release; not
  // an aid agency's, which counts what donors give in US dollars)
  const usNamed = money.agencyPublisher === true || money.usNamed === true;
  for (const r of raws) {
    if (r.currencyWritten !== '$' || r.unit !== 'USD' || usNamed) continue;
    const donor = DONOR_COUNTRY_GIVES.exec(sentenceTail(text.slice(Math.max(0, r.coreStart - 160), r.coreStart)));
    const code = donor ? DONOR_DOLLARS.get((donor[1] ?? donor[2])!.replace(/\s+/g, ' ')) : undefined;
    if (code) setCurrency(r, code, `'${donor![0].trim().replace(/\s+/g, ' ')}' before it: a dollar country's government gives its own dollar`);
  }
  // "The United Nations has appealed for more than $45.3 billion ..., or $9.6 billion": what the UN asks for is in US dollars
  for (const r of raws) {
    if (r.currencyWritten !== '$' || r.unit === 'USD') continue;
    const lead = sentenceTail(text.slice(Math.max(0, r.coreStart - 200), r.coreStart));
    const un = UN_ASKS.exec(lead);
    if (un && !GIVING.test(lead.slice(un.index + un[0].length))) setCurrency(r, 'USD', `'${un[0].replace(/\s+/g, ' ')}' before it: the UN's appeals and allocations are in US dollars`);
  }
  for (let i = 0; i + 1 < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1]!;
    if (unitDimension(a.unit) !== 'money' || unitDimension(b.unit) !== 'money') continue;
    if (!OPENS_EQUIVALENT.test(text.slice(a.coreEnd, b.coreStart))) continue;
    // (after a country's dollar too: "C$71 million ($52 million)" in a Canadian release)
    if (b.currencyWritten === '$' && a.currencyWritten !== '$' && b.unit !== 'USD' && a.unit !== 'USD') {
      setCurrency(b, 'USD', `a bare '$' in parentheses after an amount in ${a.unit} is its US-dollar equivalent`);
    } else if (b.currencyWritten === '$' && a.unit === 'USD' && b.unit === 'USD' && /US/.test(a.currencyWritten ?? '')) {
      // "$US200 million ($273.7 million)": the amount is marked US dollars, so its bare-dollar equivalent is another dollar
      const named = dollarCountryIn(text);
      if (named) setCurrency(b, named.code, `it is the equivalent of an amount marked US dollars, so '$' is the dollar of '${named.written}', named in the text`);
    } else if (a.currencyWritten === '$' && b.currencyWritten !== '$' && b.unit === 'USD' && a.unit === 'USD') {
      const named = dollarCountryIn(text);
      if (named) setCurrency(a, named.code, `its equivalent is marked US dollars, so '$' is the dollar of '${named.written}', named in the text`);
      else {
        a.review.push("the '$' of this amount is not the US dollar (its equivalent is marked US$) and the text names no dollar country: set its currency");
        a.kinds |= KIND.currency;
      }
    }
  }
}

/** A dollar country's government giving an amount right after it ("The Australian Government announced an initial "; not the country's name alone, "Australia has also pledged", which a UN text counts in US dollars). */
const DONOR_COUNTRY_GIVES =
  /\b(?:(Australian|Canadian|New\s+Zealand)\s+Government|Government\s+of\s+(Australia|Canada|New\s+Zealand))\s+(?:(?:has|have|had|will|is|was)\s+)?(?:(?:also|now|already|today|since)\s+)?(?:announced|announces|pledged|pledges|committed|commits|provided|provides|providing|contributed|contributes|given|gave|gives|donated|donates|allocated|allocates|approved|released|releases)\s+(?:(?:an?|the|its)\s+)?(?:(?:initial|additional|further|extra|new|immediate|emergency)\s+)?$/u;
const DONOR_DOLLARS: ReadonlyMap<string, string> = new Map([
  ['Australian', 'AUD'], ['Australia', 'AUD'], ['Canadian', 'CAD'], ['Canada', 'CAD'], ['New Zealand', 'NZD'],
]);
/** Gives a raw amount another currency, replacing the review line of the one read before. */
function setCurrency(raw: RawFigure, code: string, why: string): void {
  const old = raw.unit;
  raw.unit = code;
  raw.review = raw.review.filter((r) => !r.startsWith(`currency ${old} read from`));
  raw.reasons?.push(`currency -> ${code}: ${why}`);
  raw.review.push(`currency ${code} read from '$': ${why}`);
  raw.kinds |= KIND.currency;
}

/** A day of a month ("Feb 24", "15 March"): a date between a noun and its count is no other number. */
const DAY_OF_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g;

/** A count that rose or fell "from" one level "to" another, right before either number. */
/**
 * After a bare number, the verb of its clause ("170 are ...", "600,000 would be Sudanese refugees",
 * "65,000 estimated to have moved over borders"): the number is the subject, and counts what the
 * paragraph counted before it (or people, where the sentence names them).
 */
const SUBJECT_VERB_AFTER =
  /^\s+(?:(?:so\s+far|already|still)\s+)?(?:(?:who\s+)?(?:are|were|have|had)(?!\s+(?:been\s+)?(?:committed|perpetrated)(?![\p{L}]))|remain|remained|needed|need|require|required|received|receive|receives|benefited|benefitted|took|sought|(?:reside|resided|live|lived|stay|stayed)(?=\s+(?:in|outside|with|at|on|among|near|under|across|abroad|there|here)\b))\s+(?:\p{Ll}|\p{Lu}\p{Ll}+\s+(?:refugees|migrants|returnees|nationals|citizens|people|civilians|children)(?![\p{L}]))/u;
/**
 * The same with "face", a modal or an estimate: never for a year ("2024 will be a critical year",
 * "2023 faced a record drought") nor after an amount of money in the paragraph ("500 million would be
 * needed for food"), nor a number that names a camp or a sector ("Camp 3 face"), nor before what is
 * needed or an article ("would be needed", "will be a").
 */
/** Vehicles, boats or traffic named before a number: what crosses or is rescued there is no people ("22 rescued at sea" of 30 fishing vessels). */
const VEHICLES_BEFORE = /\b(?:vehicles?|cars?|trucks?|lorries|buses|boats?|vessels?|ships?|dhows?|traffic|aircraft|planes?)\b/iu;
/** A capitalised word right before a number, a name's ("Ostra 25 face"), not a hedge that opens a sentence ("Over 25 million face"). */
const NAME_RIGHT_BEFORE = /(?<![\p{L}])(?!(?:Over|About|Around|Some|Nearly|Almost|More|At|Up|Roughly|Approximately|An|Another|Just|Only|Close|Well)\s)\p{Lu}\p{L}*\s+$/u;
const SUBJECT_MODAL_AFTER =
  /^\s+(?:more\s+)?(?:face|faced|facing|suffer|suffered|suffering|(?:would|will|could|may|might)\s+(?:be(?!\s+(?:needed|required|spent|used|allocated|provided|given|released|disbursed|remembered|a|an|the|critical|crucial|key)(?![\p{L}]))|need|require)|(?:are\s+|were\s+)?(?:estimated|believed|thought|reported|expected)\s+to\s+(?:have|be))\s+(?:\p{Ll}|\p{Lu}\p{Ll}+\s+(?:refugees|migrants|returnees|nationals|citizens|people|civilians|children)(?![\p{L}]))/u;
/** Either, after an aside ("Roughly 30,000 (8%) have returned", "almost 350,000 – 40 per cent of Fiji’s total population – would need"). */
const SUBJECT_AFTER_ASIDE = new RegExp(`${SUBJECT_MODAL_AFTER.source}|${SUBJECT_VERB_AFTER.source}`, 'u');
/** A number set off between dashes as its clause's subject: "Most of them – 211 – were children" (the dash before, and the closing one and the verb after). */
const DASH_BEFORE = /\s[–—]\s?$/u;
const DASH_CLOSED_SUBJECT = new RegExp(`^\\s?[–—](?=${SUBJECT_VERB_AFTER.source.slice(1)})`, 'u');
// (not a daily or weekly number, a rate: "the daily number of new suspected cases fell to around 3,000")
const CHANGE_LEAD =
  /(?<![\p{L}])(?<!\b(?:daily|weekly|monthly|hourly|average)\s+(?:(?:number|numbers|count|tally)\s+of\s+)?(?:[\p{L}-]+\s+){0,2})(?<noun>people|persons|individuals|refugees|IDPs|migrants|returnees|evacuees|victims|survivors|cases|deaths|fatalities|casualties|infections|households|families|children|(?:evacuee|victim|refugee|migrant|IDP|displaced|patient|casualty|death)\s+(?:numbers|figures|counts?|tally|totals?))(?:\s+(?:in|across|from|since)\s+[^.;:\d]{1,70}?|\s+(?:worldwide|globally|nationwide))?\s+(?:(?:has|have|had)\s+)?(?:(?:now|already)\s+)?(?:rose|risen|increased|grew|grown|jumped|climbed|surged|soared|doubled|went\s+up|gone\s+up|fell|fallen|dropped|decreased|declined|went\s+down|rising|increasing|growing|jumping|climbing|surging|falling|dropping|decreasing|declining)(?:\s+\p{Ll}+ly)?\s+(?:(?:by\s+[\d.,]+(?:\s+(?:million|thousand))?,?\s+)?from\s+(?:(?:about|around|some|nearly|over|more\s+than|just\s+over)\s+)?(?:\d[\d,.]*(?:[ \u00a0]\d{3})*(?:\s+(?:million|thousand))?(?:\s+(?:this|last|yesterday|earlier|on|at|in)(?:\s+[\p{L}\d]+){0,2})?,?\s+to\s+(?:(?:about|around|some|nearly|over|more\s+than|just\s+over)\s+)?)?|to\s+(?:(?:about|around|some|nearly|over|more\s+than|just\s+over)\s+)?)$/iu;

/**
 * The earlier level of a count that went "from" one level "to" another, its noun after it and perhaps
 * when it was, right before the later level: "going from sheltering about 10,000 people last December to
 * more than 75,000 today" (the later level counts the same).
 */
/** A share, then an opening parenthesis (perhaps a hedge) right before a count: "56% (", "a quarter (about ". */
const SHARE_PAREN_LEAD = /(?:\d\s?(?:%|per[\s-]?cent|percent)|(?<![\p{L}])(?:half|thirds?|quarters?|fifths?|tenths?))\s*\(\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately)\s+)?$/iu;
/** After a count in parentheses after a percentage: the population the share is of ("(62,400) of Fiji's population", "(1.2 million) of the total population"). */
const COUNT_OF_POPULATION_AFTER = /^\s*\)\s*of\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?['’]s?\s+|country['’]s\s+)?(?:total\s+|entire\s+|whole\s+)?population(?![\p{L}])/u;
const FROM_LEVEL_LEAD =
  /\bfrom\s+(?:\p{Ll}+ing\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|approximately|an\s+estimated|(?:a|an|the)\s+(?:planned|initial|projected|targeted|expected|original))\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?<noun>people|persons|individuals|refugees|IDPs|migrants|returnees|evacuees|households|families|children)(?:\s+(?:last|this|in|on|at\s+the\s+(?:start|end|beginning)\s+of)\s+[\p{L}\d]+(?:\s+\d{4})?)?,?\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|approximately|an\s+estimated)\s+)?$/iu;
/** A verb or noun of change and "by" or "of" at the end of a lead, perhaps with a hedge: "increased by ", "is up by almost ", "an increase of over ". */
const CHANGE_BY_WORDS = String.raw`(?:(?<![\p{L}])(?:increased|rose|risen|grew|grown|jumped|climbed|surged|soared|(?:gone|went|is|are|was|were)\s+up|fallen|fell|dropped|decreased|declined|(?:gone|went|is|are|was|were)\s+down)(?:\s+\p{Ll}+ly)?\s+by|(?<![\p{L}])(?:increase|rise|decrease|drop|fall|decline)\s+of)\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|just\s+over|at\s+least|an\s+estimated|roughly|approximately)\s+)?$`;
/** The same anywhere a figure's lead ends with it: what marks a drafted count as a change. */
const CHANGE_BY_LEAD = new RegExp(CHANGE_BY_WORDS, 'iu');
/**
 * A bare number of change after the people whose count changed, as the subject of the verb: "The IDP
 * population in Pell increased by ", "Displacement is up by almost ", "The number of displaced
 * households has risen by ". Not after "for", "to" or "on" ("Funding for refugees increased by ": the
 * people are not what changed), and never a population alone (a country's growth).
 */
const CHANGE_SUBJECT_LEAD = new RegExp(
  String.raw`(?:\b(?:number|count|total)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?<counted>people|persons|individuals|refugees|IDPs|migrants|returnees|arrivals|evacuees|deaths|cases|casualties|households|families|children)(?:\s+and\s+[\p{L}-]+)?|\b(?:IDP|refugee|displaced|migrant|returnee|affected|evacuee)\s+population|\bdisplacement(?:\s+(?:figures?|numbers?|totals?|counts?))?|\bdeath\s+toll|(?<![\p{L}]|\b(?:for|to|on|towards|of|with|at|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?)(?:IDPs|refugees|returnees|arrivals|evacuees))(?:\s+(?:in|across|from|of|at)\s+[^.;:\d]{1,40}?)?(?:,?\s+(?:has|have|had|is|are|was|were)(?:\s+(?:now|already|further|also))?)?\s+` + CHANGE_BY_WORDS,
  'iu',
);
/** After a number of change: a measure of it, not people ("2.5 times", "3 fold", "12 points", "30 per cent"). */
const CHANGE_MEASURE_AFTER = /^\s*(?:times|fold|-fold|points?|percentage|per[\s-]*cent|percent|%)(?![\p{L}])/iu;
/** Money or its like as what changed ("The cost of hosting refugees increased by", "Remittances sent by refugees increased by"). */
const MONEY_SUBJECT_LEAD = /\b(?:cost|costs|funding|funds|budget|remittances|income|incomes|prices?|spending|expenditure|requirements?|appeal|contributions?|aid)\b[^.;:\d]{0,60}?\b(?:increased|rose|risen|grew|grown|jumped|climbed|surged|soared|up|fallen|fell|dropped|decreased|declined|down)(?:\s+\p{Ll}+ly)?\s+by\s+(?:\p{Ll}+\s+)?$/iu;
/** A year's event before people ("2015 earthquake survivors", "2020 pandemic deaths"): the number is the event's year. */
const EVENT_OF_YEAR = /^(?:earthquakes?|quakes?|floods?|flooding|cyclones?|typhoons?|hurricanes?|storms?|tsunamis?|droughts?|pandemic|epidemic|outbreak|war|conflict|crisis|election|elections|famine|eruption|fires?|wildfires?|landslides?)$/i;
/** Right before a year-like number: "in", "since", "during" ... (a year, not a count: "in 2017 Syrians"). */
const YEAR_IN_LEAD = /\b(?:in|since|during|until|before|after)\s+$/i;
/** Right before a number: words that say a count follows ("There have been ", "a total of ", "recorded "), so a year-like number is one. */
const COUNT_FOLLOWS_LEAD = /\b(?:there\s+(?:have|has|had)\s+been|there\s+(?:were|are|was|is)|total\s+of|tally\s+of|(?:has|have|had)\s+(?:recorded|reported|registered|confirmed))\s+$/iu;
/** A change in a count of people named before its size: "a reduction in people targeted of ", "an increase in the number of refugees of about ". */
const CHANGE_IN_COUNT_LEAD = /\b(?:reduction|decrease|drop|fall|decline|cut|increase|rise)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:[\p{Ll}-]+\s+)?(?<counted>people|persons|individuals|refugees|IDPs|migrants|returnees|households|families|children)(?:\s+[\p{Ll}-]+){0,2}\s+of\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|just\s+over|at\s+least|roughly|approximately)\s+)?$/iu;
/**
 * The people or households last counted in the sentence, also past the places they are in ("220,000 IDPs have sought
 * refuge in 89 shelters (up by almost 50,000": the IDPs changed, not the shelters).
 */
function countOfPeopleBefore(lastThing: string | undefined, antecedent: string | undefined): string | undefined {
  if (lastThing === 'person' || lastThing === 'household') return lastThing;
  if (lastThing !== undefined && unitDimension(lastThing) === 'object' && (antecedent === 'person' || antecedent === 'household')) return antecedent;
  return undefined;
}
/** A change put beside the count it changed: ", an increase of over ", ", suggesting a rise of ", "(up by almost ". */
const CHANGE_APPOSITION_LEAD = new RegExp(
  String.raw`(?:,\s+(?:(?:representing|marking|suggesting|showing|indicating|meaning|which\s+is|or)\s+)?an?\s+` + CHANGE_BY_WORDS + String.raw`|[,(]\s*(?:up|down)\s+by\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|just\s+over|at\s+least|roughly|approximately)\s+)?$)`,
  'iu',
);

/** A plus or minus sign right before a number, after a space, a bracket or the start: "(-59%)", "+510%". */
// (after a bracket, "and" or "or": a bullet's dash, "-59% of households", or a spaced range, "10 -15%", is no sign)
const SIGNED_BEFORE = /(?:[(\[]\s*|\b(?:and|or)\s+)[+\-\u2212]$/u;
/** After a bare number of a list of casualties: its cause ("5 due to lightning strikes", "465 by building collapses", "19 from drowning"). */
// (a cause in lower case: "3,000 from Pell" is an item of a list by place)
// (not a place or a time: "2,000 from the same district", "18 by end of May"; no verb within it: "45 from the capital were missing")
const CAUSE_ITEM_AFTER = /^\s+((?:due\s+to|caused\s+by|as\s+a\s+result\s+of|(?:from|by)(?!\s+(?:the|a|an|this|that|these|those|its|their|his|her|end|mid|early|late|then|now)\b))\s+\p{Ll}[\p{L}'’-]*(?:\s+(?!and\b|or\b|were\b|was\b|are\b|is\b|have\b|has\b|had\b)[\p{L}'’-]+){0,3})(?=\s*(?:[,;.)]|\band\b|$))/u;
/** Before such an item: a list's comma or "and" after a count of people, or what casualties include ("The fatalities include "). */
const CAUSE_ITEM_LEAD = /(?:,|;|\band)\s+$/u;
/** The cause of a bare number in a list of casualties by cause, where the lead makes it one (CAUSE_ITEM_AFTER, CAUSE_ITEM_LEAD, CASUALTIES_INCLUDE_LEAD). */
function causeItem(after: string, lead: string, lastThing: string | undefined): RegExpExecArray | undefined {
  const m = CAUSE_ITEM_AFTER.exec(after);
  if (m === null) return undefined;
  return (lastThing === 'person' && CAUSE_ITEM_LEAD.test(lead)) || (lastThing === undefined && CASUALTIES_INCLUDE_LEAD.test(lead)) ? m : undefined;
}
/** A sentence that opens with its number, perhaps after "A further", "Another", "An additional" or a hedge: "A further 1,725 have been partially damaged". */
/** A verb of damage right after a bare number: "have been partially damaged", "were destroyed". */
const DAMAGED_AFTER = /^\s+(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:also\s+)?(?:completely|partially|partly|totally|fully|severely|badly|slightly)\s+)?(?:damaged|destroyed|flooded|washed\s+away|razed)(?![\p{L}])/iu;
/**
 * A bare number after "home to", after migrants, refugees or the displaced in its sentence: those people, not the
 * place's size ("Colombia has received more Venezuelan migrants than any other country - it is now home to more than 1.4 million").
 */
function concernHome(text: string, sentence: Sentence, token: NumberToken): boolean {
  return HOME_TO_LEAD.test(text.slice(Math.max(sentence.start, token.start - 40), token.start)) && /^\s*(?:[.;,)]|$)/.test(text.slice(token.end, Math.min(sentence.end, token.end + 4))) && GROUP_OF_CONCERN.test(text.slice(Math.max(sentence.start, token.start - 200), token.start));
}
/** "home to" and perhaps a hedge right before a number. */
const HOME_TO_LEAD = new RegExp(String.raw`\bhome\s+to\s+${HEDGE}$`, 'iu');
/** After a bare number: "more" and a verb ("thousands more cannot get clean water", "3,000 more are in need"), not "more than". */
const MORE_THEN_VERB_AFTER = /^\s+more\s+(?:(?:still|now|also)\s+)?(?:cannot|can['’]t|could|can|are|were|have|had|has|need|needed|remain|remained|will|would|lack|lacked|face|faced|live|lived|do|did|went|go|stay|stayed)(?![\p{L}])/iu;
/** A share "of them" and a comma right before a number ("More than half of them, "): the number is what the share comes to. */
// (or "the vast majority" alone: "The vast majority, 4.9 million, were internally displaced by conflict")
const SHARE_OF_THEM_COMMA_LEAD = /\b(?:(?:half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters|the\s+majority|most|\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:them|these|those|whom)|the\s+(?:vast\s+|overwhelming\s+|great\s+)?(?:majority|bulk))\s*,\s*$/iu;
/** A sentence that opens with more of something: "Another ", "A further ", "An additional " (no hedge). */
const MORE_OPENING = /^\s*(?:A\s+further|Another|An\s+additional)\s+$/u;
/** After a bare number: things sent, delivered or on their way ("are expected to be delivered", "arrived on Monday", "are en route"). */
const RELIEF_COMING_AFTER = /^\s+(?:(?:are|is|were|was|will\s+be|have\s+been|has\s+been|had\s+been|will)\s+)?(?:(?:also|now|still|being|soon)\s+)?(?:(?:expected|due|scheduled|set|planned|about)\s+to\s+(?:be\s+)?)?(?:delivered|distributed|dispatched|shipped|sent|donated|provided|airlifted|transported|arrive|arriving|arrived|on\s+(?:their|the)\s+way|in\s+the\s+pipeline|en\s+route|pre-?positioned|procured)(?![\p{L}])/iu;
const FURTHER_OPENING = /^\s*(?:(?:A\s+further|Another|An\s+additional|Some|About|Around|Over|More\s+than|Nearly|Almost|At\s+least|Up\s+to|An\s+estimated)\s+)?$/u;
/** After a number: "of" and a count or a demonstrative, then things ("of 54 hospitals", "of these houses", "of the 243 health centres"): the number is a part of them. */
// (or "out of" and a place's: "13 out of Gaza's 36 hospitals")
const PART_OF_THINGS_AFTER = /^\s+(?:out\s+)?of(?:\s+(?:these|those|the|all\s+the|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s))?(?:\s+\d[\d,.]*)?(?=\s)/u;
/** After a thing's noun: a participle of damage ("houses destroyed by the floods", "schools damaged by the quake"). */
const DAMAGE_PARTICIPLE_AFTER = /^\s+(?:(?:that|which)\s+(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:completely|partially|partly|totally|fully|severely|badly)\s+)?(?:damaged|destroyed|collapsed|flooded|washed\s+away|razed|burnt|burned)(?![\p{L}])/iu;
/** Before a number: another number and "of" ("31 of 54 hospitals"): the number is the whole a part was counted of. */
const WHOLE_OF_PART_LEAD = /(?<![\d,.])\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s\s+)?$/u;
/** The names of currencies written with '$': pesos, another country's dollars, reais. */
const DOLLAR_SIGN_NAME = /(?:pesos?|dollars?|reais|real|pa['’]?anga)$/iu;
/** A share of people right before a parenthesis: "one out of five people (", "half of the population (", "30% of children (". */
/** A percentage and an opening parenthesis right before a number ("98 per cent ("), and after it "(8,341) of all cases". */
// ("14% (around 238,000) of whom": a hedge inside the parenthesis)
const SHARE_THEN_COUNT_OF = /\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s*\(\s*(?:(?:about|around|some|approximately|nearly|almost|over|more\s+than)\s+)?$/iu;
const COUNT_THEN_OF_PEOPLE = /^\s*\)\s+of\s+(?:(?:all|the|these|those|total)\s+){0,2}(?:[\p{Ll}-]+\s+){0,2}?(cases|deaths|people|persons|children|households|families|refugees|migrants|patients|IDPs|whom)(?![\p{L}'’])/u;
const SHARE_OF_PEOPLE_PAREN_LEAD =
  /(?:\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)|\b(?:half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?|one\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})))\s+(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)?(?:[\p{L}-]+\s+){0,3}?(people|persons|population|children|residents|inhabitants|households|families)(?:\s+[\p{Ll}-]+){0,4}?\s*,?\s*\(\s*$/iu;

/** A bare number that was spent or used ("37.3 million were used for", "12 million has been disbursed"): money. */
const SPENT_AFTER = /^\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|is|are|will\s+be)\s+(?:already\s+|also\s+|so\s+far\s+)?)?(?:used|spent|disbursed|earmarked|channell?ed|transferred|paid\s+out|set\s+aside|invested)(?![\p{L}])/iu;

/** A participle of damage or relief right after a bare count: "and 300 damaged", "and 45 more distributed". */
/** An item of a list by place: after a semicolon, a comma or "and", a name, a comma, perhaps a hedge ("; Ecuador, over "). */
const PLACE_COMMA_ITEM_LEAD = /(?:[;,]\s*|\band\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least|an\s+estimated)\s+)?$/u;
/** The first item of such a list, after a colon that closes a sentence naming whose figures follow ("the latest figures of registered Syrian refugees ... are: Lebanon, "). */
const PEOPLE_FIGURES_COLON_ITEM = /\b(?:figures?|numbers?|totals?|counts?)\s+of\s+(?:[\p{L}-]+\s+){0,4}?(refugees|IDPs|migrants|people|persons|returnees|households|families|cases|deaths|arrivals)\b[^.:;\d]{0,80}:\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:(?:over|more\s+than|about|around|some|nearly|almost|at\s+least|an\s+estimated)\s+)?$/u;
/** A month's name right before the comma of such an item ("; In June, 300"): a date, not a place. */
const MONTH_NAME_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December),\s+(?:[\p{L}\s]+)?$/u;
/** A plural noun behind one or two modifiers after a bare number ("an additional 82 relief distribution centers"): its own count. */
const NOUN_PHRASE_NEXT = /^\s+(?!(?:were|are|was|is|have|has|had|more|of|in|at|on|to|from|and|or|with)\b)[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+(?:ies|s)(?![\p{L}])/u;
/** A plural noun right after a bare number ("including 10 cities"): it counts that noun, not the count before it. */
/** After a number: a word, then a plural noun ("three recent typhoons", "two major earthquakes"): a count of those things. */
const ADJECTIVE_NOUN_NEXT = /^\s+(?!(?:more|other|of|in|on|at|to|and|or|were|are|was|is|have|had|has)\s)\p{Ll}[\p{Ll}-]*\s+(?!(?:was|is|has|remains|lives|dies|needs|this|thus|its|his|as|us|plus|across|less|unless|does)\b)\p{Ll}+(?:ies|s)(?![\p{L}])/u;
/** Two words before a plural noun after a number ("three successive landslide incidents"): a count of that noun. */
const MODIFIERS_NOUN_NEXT = /^\s+(?!(?:more|other|of|in|on|at|to|and|or|were|are|was|is|have|had|has|among|across|including|with|from|for|by|after|since|during|while|as)\s)\p{Ll}[\p{Ll}-]*\s+(?!(?:more|other|of|in|on|at|to|and|or|were|are|was|is|have|had|has)\s)\p{Ll}[\p{Ll}-]*\s+(?!(?:was|is|has|remains|lives|dies|needs|this|thus|its|his|as|us|plus|across|less|unless|does)\b)\p{Ll}+(?:ies|s)(?![\p{L}])/u;
const NOUN_NEXT = /^\s+(?!(?:was|is|has|remains|lives|dies|needs|comes|goes|this|thus|its|his|as|us|plus|across|less|unless|does)\b)\p{Ll}+(?:ies|s)(?![\p{L}])/u;
// "300 damaged", "119 were completely destroyed", "six completely and seven partially damaged", "20 partially."
/** A sentence that opens with a count it then breaks down: "Of the 300 health facilities (in Ostra), " up to the number. */
// (or a clause of it after "that": "The latest report shows that of 49 health facilities, 30 are operational")
const OF_THE_COUNT_LEAD = /^(?:\W*|[^,;:]{0,120}?\bthat\s+)Of\s+(?:the\s+|these\s+|those\s+|all\s+)?[\d,.]+\s[^,;:]{0,80},[^;:]*$/iu;
/** "are fully functional", "were hit", "only partly functional": the state of a part, up to a comma, "and" or the end. */
const PART_STATE_AFTER = /^\s+(?:are|were|remain|remained|have\s+been|had\s+been)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)(?=\s*(?:[,.;)]|\band\b|\bwhile\b|\bwith\b|$))/u;
/** "..., of which, " and what follows it up to the number. */
const OF_WHICH_LEAD = /\bof\s+(?:which|whom)\b,?([^;:]*)$/i;
/** A number with its own plural noun ("13 houses"): the list has moved on to another count. */
const COUNTED_NOUN_IN = /\d[\d,]*\s+(?!(?:were|was|are|and|fully|completely|partially|partly|totally|severely)\b)\p{L}+s\b/u;
/** How much a thing was damaged ("partially destroyed"); the words that say it alone ("20 partially."). */
const DAMAGE_DEGREES_ALONE = 'completely|partially|partly|fully|totally|wholly';
const DAMAGE_DEGREES = `${DAMAGE_DEGREES_ALONE}|severely|moderately|badly|heavily|slightly|seriously|significantly|lightly`;
// ("31,000 houses have been destroyed and 118,000 are estimated to be partially damaged": a state reported, not seen)
// ("16 became unusable and 380 were damaged", "60 were left unusable": a state that puts a place out of use too)
const THING_STATE_AFTER = new RegExp(
  String.raw`^\s+(?:with\s+(?:(?:minor|major|severe|moderate|partial|total|heavy|light|some)\s+)?damages?(?![\p{L}])|(?:(?:have|has|had)\s+)?(?:sustained|suffered|sustaining|suffering)\s+(?:(?:minor|major|severe|moderate|partial|total|heavy|light|some|structural|infrastructural)\s+)?damages?(?![\p{L}])|(?:(?:(?:were|was|are|is)\s+(?:estimated|reported|believed|thought|said|feared)\s+to\s+(?:be|have\s+been)|more|others?|(?:(?:that|which)\s+)?(?:were|was|are|is|have\s+been|had\s+been|became|become|(?:were|was|are|is)\s+(?:left|rendered)))\s+)?(?:(?:classified|tagged|categori[sz]ed|listed|recorded|reported)\s+as\s+|as\s+)?["“']?(?:(?:(?:${DAMAGE_DEGREES})\s+)?(?:damaged|destroyed|demolished|flooded|collapsed|washed\s+away|razed|closed|distributed|delivered|opened|unusable|non-functional|out\s+of\s+(?:service|use))(?![\p{L}])|(?:${DAMAGE_DEGREES_ALONE})(?=\s*(?:[,.;)/]|and\b|$)|\s+(?:in|across|throughout)\s)))`, 'iu');

/** An opening parenthesis, or a degree of damage and a slash, right before a number: "(837 totally/1,293 partially)". */
const DEGREE_IN_PARENS_LEAD = new RegExp(String.raw`(?:\(\s*|(?:${DAMAGE_DEGREES_ALONE})\s*\/\s*)$`, 'iu');
/** A state of damage that modifies the noun after it ("10 damaged bridges"): no verb whose subject was counted before. */
const STATE_THEN_NOUN_AFTER = new RegExp(String.raw`^\s+(?:(?:${DAMAGE_DEGREES})\s+)?(?:damaged|destroyed|flooded|collapsed|submerged)\s+(?:[a-z-]+\s+)?[a-z-]+s(?![\p{L}])`, 'u');
/** A modifier that says a thing was damaged ("damaged", "destroyed"). */
const STATE_MODIFIER = /^(?:damaged|destroyed|collapsed|flooded|submerged|burnt|burned)$/i;
/** Words after a percentage that make it a change rather than a share ("a 2 percent decrease"). */
/** Before a number: a study's asking ("spoke with", "interviewed", "surveyed"): those it asked are no figure. */
const STUDY_LEAD = /\b(?:spoke\s+(?:with|to)|speaking\s+(?:with|to)|interviewed|interviewing|surveyed|surveying|polled|consulted)\s+(?:(?:some|about|around|more\s+than|over|nearly|almost|at\s+least|a\s+total\s+of)\s+)?$/iu;
/** After a small number: its noun, then "out of every" or "in every" a population of a hundred or more ("two people out of every 10,000"). */
// (or "for every" any number, in the clause: "one Rohingya was reported dead or missing for every eight attempting the journey")
const PER_POPULATION_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:out\s+of|in)\s+every\s+(?:\d{1,3}(?:,\d{3})+|\d{3,})|^[^.;:,]{0,70}?\bfor\s+every\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand)(?![\p{L}\p{N}])/iu;
/** After a small number, in its clause: "every" a span of time ("on average every two days", "every 10 minutes"): a rate. */
const RATE_EVERY_AFTER = /^[^.;:,]{0,60}?\b(?:on\s+average\s+)?every\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|single)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b/iu;
/** A number then "out of" right before a number: that number is a whole ("3,000 out of 10,000"). */
// ("184 families out of 994": the part's noun between)
const OUT_OF_BEFORE = /\d\s+(?:[\p{L}-]+\s+){0,2}?out\s+of\s+(?:a\s+total\s+of\s+)?$|\d(?:\s+(?:million|billion|thousand))?\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}-]+['’]s\s+(?:estimated\s+|total\s+)?$/iu;
/** "out of 10,000" right after a number: the whole it is part of. */
// ("13 million of the country's 85 million people": a part of a possessed whole, the whole being the population)
const OUT_OF_AFTER = /^\s+(?:out\s+of\s+(?:a\s+total\s+of\s+)?|of\s+(?:the\s+|its\s+|their\s+)?[\p{L}-]+['’]s\s+(?:estimated\s+|total\s+)?)\d[\d,.]*(?:\s(?:million|billion|thousand))?(?=\s)/iu;

/** Right before a number: a word that it grades ("IPC Phase 5", "Level 3", "Category 4"). */
/** An area's kind, capitalised, as its name's first word before its number ("in Region Six", "of Camp 4"; not "Kailali District 12"). */
const AREA_NUMBER_BEFORE = /(?:^|[^\p{L}\s]\s*|(?<![\p{L}])\p{Ll}+\s+)(?:Region|District|Zone|Sector|Ward|Block|Camp|Area|Division|County|Village|Site|Cell)\s+$/u;
const GRADE_BEFORE = /\b(?:[Pp]hase|[Ll]evel|[Cc]ategory|[Gg]rade|[Ss]tage|[Tt]ier)\s+$/u;
/** A group of people, perhaps "aged", then an age bound: "children under", "children aged under five", "women aged". */
const AGE_LEAD = /\b(?:children|child|kids|infants|babies|boys|girls|adults|people|persons|women|men|youths?|adolescents|those|elderly|(?:an?|one)\s+(?:man|woman|boy|girl|person|child))\s+(?:aged\s+(?=under|below|over|above))?(?:under|below|over|above|aged|older\s+than|younger\s+than|between\s+the\s+ages\s+of|between|(?<=\b(?:an?|one)\s+(?:man|woman|boy|girl|person|child)\s+)(?:around|about))\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?$/iu;

/** Right after a number: "of the" (or "of their", "of her" ...) and up to four words ("of the most vulnerable households in", "48 of their companions"; never "of the 384 victims"). */
const OF_THE_WORDS_AFTER = /^\s+of\s+(?:the|their|our|his|her|its)\s+(?:(?:world|country|region|nation|continent|city|province|state)['’]s\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?![\p{L}\p{N}])/u;
/** After the word "one": "of the", "of these", "of its" ... a member of the group named next, not a count of it. */
const ONE_OF_MANY_AFTER = /^\s+of\s+(?:the|these|those|its|their|our|his|her)\s/i;
/** After "one of the ...": harm or damage that befell it ("One of the rescuers died", "one of the 3 hospitals was destroyed"). */
// (its own verb: not across "said", "told", "that": "One of the survivors said that 12 people were killed")
const ONE_HARMED_AFTER = /^(?:(?!\b(?:said|says|told|tells|reported|added|explained|that)\b)[^.;:]){0,60}?\b(?:died|dead|killed|injured|wounded|missing|drowned|perished|destroyed|damaged|collapsed)(?![\p{L}])/iu;
/** Words that end the group's description ("... households in Ostra", "... people who fled"). */
const GROUP_WORDS_END = new Set(['in', 'of', 'on', 'at', 'to', 'for', 'from', 'who', 'that', 'which', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'and', 'or', 'with']);

/** "of the most vulnerable households", "of the world's poorest people": the count unit of the first noun of people or households among the words, and how far it reaches. */
function groupOfThe(after: string): { unit: string; noun: string; length: number } | undefined {
  const m = OF_THE_WORDS_AFTER.exec(after);
  if (!m) return undefined;
  let at = m[0].length - m[1]!.length;
  for (const word of m[1]!.split(/\s+/)) {
    if (GROUP_WORDS_END.has(word)) return undefined;
    const unit = KIN_WORDS.has(word) ? 'person' : unitOfNoun(word);
    at += word.length;
    // (a possessive names what they own: "12 of their neighbours' homes"; a camp of them is no one: "two of the four refugee camps")
    // ("six of the refugee shelters": shelters, not refugees)
    if (unit !== undefined && (/^['’]/.test(after.slice(at)) || /^\s+(?:camps?|settlements?|shelters?|sites?|centres?|centers?|schools?|houses?|homes?)(?![\p{L}])/u.test(after.slice(at)))) return undefined;
    // (a plural humfig has no unit for is the noun counted: "20 of the affected districts reported cases" counts districts)
    if (unit === undefined && /[^s]s$/.test(word)) return undefined;
    // (a people's word before the noun that counts them: "23,000 of the most vulnerable refugee families" are households)
    const next = unit !== undefined ? /^\s+([\p{L}-]+)/u.exec(after.slice(at))?.[1] : undefined;
    if (next !== undefined && (unitOfNoun(next) === 'household' || unitOfNoun(next) === 'person')) {
      at += 1;
      continue;
    }
    if (unit !== undefined && (unit === 'person' || unit === 'household')) return { unit, noun: word, length: at };
    at += 1;
  }
  return undefined;
}

/**
 * Kin and companions, people only as a part of their group ("48 of their companions", "three of her
 * grandchildren"): alone they are mostly a story's own ("fled with my two young sons"), no figure.
 */
const KIN_WORDS: ReadonlySet<string> = new Set(['relatives', 'companions', 'grandchildren', 'grandparents', 'sons', 'daughters', 'husbands', 'wives', 'siblings', 'neighbours', 'neighbors', 'colleagues', 'crewmen']);

/** Right after a number: "more" with no noun of its own, then a place or the clause's end ("200 more in Pell", "500 more."). */
const MORE_OF_THE_COUNT_AFTER = /^\s+more(?=\s+(?:in|from|at|across|on)\s+(?:the\s+)?\p{Lu}|\s*[,.;)]|\s*$)/u;

/** Right after a scaled amount: its equivalent in brackets in a currency the bracket names first ("(USD 20 million)", "(€3.78 million)"). */
const EQUIVALENT_AFTER = /^\s*\(\s*(US\$|USD|\$|€|EUR|£|GBP|CHF)\s?\d/u;
/** The currency of an EQUIVALENT_AFTER bracket. */
function bracketCurrency(sign: string): string {
  return sign === 'US$' || sign === 'USD' || sign === '$' ? 'USD' : sign === '€' || sign === 'EUR' ? 'EUR' : sign === '£' || sign === 'GBP' ? 'GBP' : 'CHF';
}

/** Either bound of an age range, whoever it is of: "between the ages of 45 and 64", "aged 15 to 49", "ages 6-59". */
/** An age bound written before the children it describes: "1,434 Under 5 children", "under-5 children" (a number or a hyphen before it). */
const UNDER_AGE_BEFORE = /(?:\d[\d,.]*\s+(?:[Uu]nder|[Bb]elow)[-\s]|\b(?:[Uu]nder|[Bb]elow)-)$/u;
const UNDER_AGE_AFTER = /^s?\s+(?:(?:years?\s+)?(?:old\s+)?)?(?:children|child|kids|infants|boys|girls)(?![\p{L}])/iu;
const AGE_BOUND_LEAD = /\b(?:(?:between\s+)?the\s+ages?\s+of|(?:aged|ages)(?:\s+between)?)\s+(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$/iu;

/** A verb of change right before a percentage ("grew by 3.5 per cent", "rose 12%"): a change, not a share. */
// ("has gone up by 50 per cent", "went down by" too)
const PERCENT_CHANGE_BEFORE = /\b(?:(?:is|are|was|were|been|gone|went|go|goes)\s+(?:up|down)|grew|grown|grows|rose|risen|rises|fell|fallen|falls|increased|decreased|declined|dropped|jumped|climbed|surged|contracted|shrank|expanded)\s+(?:by\s+)?(?:(?:an?\s+)?(?:estimated|about|around|some|nearly|almost|over|more\s+than|less\s+than)\s+)?$/iu;
/** "can be (up to) ", "should be (below) ", "must be ": what a rate can or should be, before a percentage. */
const NORM_BEFORE = /\b(?:can|should|must|ought\s+to)\s+(?:be|remain|stay)\s+(?:(?:up\s+to|below|under|above|over|less\s+than|more\s+than|at\s+most|at\s+least|around|about)\s+)?$/iu;
/** "(one third) of the paddy harvest", "(40%) of crops", "90% of the livestock": a share of a harvest or a herd, not of people or funds. */
const PERCENT_OF_CROPS = /^\s+of\s+(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+)?(?:[\p{L}-]+\s+){0,3}(?:harvests?|crops?|production|yields?|output|plantings?|livestock|cattle|herds?|animals|(?:food\s+)?gardens?)(?![\p{L}])/iu;
/** After a percentage: medicines, equipment or stocks, or a ration ("of essential medicines", "food rations", "of the standard amount"). */
const PERCENT_OF_SUPPLIES = /^\s+(?:of\s+(?:the\s+|all\s+|their\s+|its\s+)?(?:(?:essential|medical|basic)\s+)?(?:medicines|drugs|medical\s+supplies|supplies|equipment|stocks?)(?![\p{L}])|(?:of\s+(?:the\s+|their\s+)?rations?|(?:of\s+(?:the\s+|their\s+)?)?(?:full|food|standard|normal|monthly)\s+rations?)(?![\p{L}])|of\s+the\s+(?:standard|normal|full)\s+(?:amount|ration|basket)(?![\p{L}]))/iu;
/** After a percentage: a utility's service or network ("of the electric service", "of telephonic services", "of lighting network"; not its workers). */
const PERCENT_OF_SERVICES = /^\s+of\s+(?:the\s+)?(?:electric(?:al|ity)?|power|telephon(?:e|ic)|phone|mobile|internet|(?:potable\s+|drinking\s+)?water|sewage|sewerage|lighting|gas)\s+(?:services?|supply|network|networks|systems?|lines|grid)(?![\p{L}])(?!\s+(?:workers|staff|employees|personnel|engineers|technicians|users|customers|subscribers|operators)(?![\p{L}]))/iu;
/** Before a percentage in brackets: a crop or a harvest ("pepper crops (49.19%)", "rice (21.59%)"). */
const CROP_BEFORE_PAREN = /\b(?:crops?|harvests?|rice|maize|corn|wheat|sorghum|millet|beans|pepper|vegetables|cassava|groundnuts?|cotton|barley)\s*\(\s*$/iu;
/** "(86 percent) of their designed capacity", "of its storage capacity": how full a reservoir, a dam or a warehouse is. */
// (and "60 percent full")
const PERCENT_OF_CAPACITY = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:designed|design|full|total|storage|holding|normal|maximum|installed)\s+)?capacity(?![\p{L}])|^\s+full(?![\p{L}])/iu;
/** Economic subjects whose percentages are not shares of people or funds. */
const ECONOMIC_SUBJECT = /\b(?:economy|economic\s+growth|GDP|gross\s+domestic\s+product|inflation|interest\s+rates?|exchange\s+rate|(?:food\s+|fuel\s+)?prices|exports|imports)\b/giu;
/** A percentage followed by what it is a share of, in people or money ("of the population", "of the appeal"). */
const PEOPLE_OR_FUNDS_AFTER = /^\s+of\s+(?:the\s+|all\s+)?(?:population|people|households|families|children|residents|appeal|requirements?|funding|funds|budget)\b/iu;

/** "slashed its funding to the plan by over 86%", "a scale-back of over 60%", "cuts of almost 99%, 98% and 90%": a change, not a share. */
const PERCENT_CHANGE_LEAD = new RegExp(
  String.raw`(?:\b(?:cut|cuts|slashed|slashes|reduced|reduces|scaled\s+back|scales\s+back|increased|raised|boosted|lowered|trimmed)\b[^.;:()]{0,60}?\bby|\b(?:cuts?|reductions?|scale-backs?|increases?|decreases?|drops?|declines?|rises?|falls?)\s+of)\s+(?:up\s+to\s+|as\s+much\s+as\s+)?${HEDGE}(?:\d[\d.,]*\s?(?:%|per[\s-]?cent|percent),?\s+(?:and\s+)?${HEDGE})*$`,
  'iu',
);
/** A name and an open bracket right before a percentage: "Canada (15%" */
const NAME_BRACKET_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*\($/u;
/** Words that say a sentence is about changes in what donors give: its bracketed percentages are changes. */
const CHANGE_OF_GIVING = /\b(?:stepped\s+up|scaled\s+(?:up|back)|increas(?:e|es|ed|ing)|rais(?:e|ed|ing)|boost(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|decreas(?:e|ed|es|ing))\b[^.;]*\b(?:contributions?|funding|donations?|pledges?|aid|assistance|commitments?)\b|\b(?:contributions?|funding|donations?|pledges?|aid)\s+(?:increases?|cuts?|rises?|falls?|changes?)\b|\b(?:increases?|rises?|cuts?|decreases?|reductions?|drops?|falls?|changes?)\s+(?:in\s+(?:their\s+|its\s+)?(?:contributions?|funding|giving|support)\s+)?from\s+(?:the\s+)?\p{Lu}/iu;
const PERCENT_CHANGE = /^\s+(?:decrease|increase|rise|drop|fall|decline|growth|reduction|jump|hike|year-on-year|higher|lower|(?:more|less|fewer)\s+than)(?![\p{L}])/iu;

/** The end of an equivalent's bracket, perhaps after a word on the rate (", at the current exchange rate", ", at today's rates"). */
// (with or without a comma: "($9.2 million at the official exchange rate)")
const RATE_WORD = String.raw`(?:,?\s*(?:at|using|based\s+on)\s[^()[\]\d]{1,50}?(?:rates?|prices?)\s*)?`;
const EQUIVALENT_CLOSE = new RegExp(String.raw`^\s*${RATE_WORD}\)`, 'iu');
const EQUIVALENT_CLOSE_SQUARE = new RegExp(String.raw`^\s*${RATE_WORD}\]`, 'iu');
/** What joins two equivalents inside one pair of parentheses: "or", "/", ";", ",", "and". */
/** After a second amount: a rate or a difference, no equivalent ("$2 per person per day", "$3 million short of its pledge"). */
const NOT_EQUIVALENT_AFTER = /^\s*(?:per|a\s+(?:day|week|month|year|head|person)|each|short|more|less|fewer|above|below|over|under)(?![\p{L}])/iu;
/** Between an amount and its equivalent set off by a comma: "which is", "equivalent to", "the equivalent of". */
const EQUIVALENT_SET_OFF = /^\s*,\s*(?:which\s+is\s+(?:equivalent\s+to\s+|equal\s+to\s+)?|(?:roughly\s+|about\s+)?(?:equivalent|equal)\s+to\s+|the\s+equivalent\s+of\s+|i\.e\.\s*)$/iu;
const EQUIVALENT_SEPARATOR = /^\s*(?:,|;|\/|or|and|,\s*or)\s*$/;
/** Between an amount and its equivalent in brackets: perhaps up to four lower-case words, the bracket, perhaps a sign or word of "about". */
// (the currency's name after its code, capitalised: "CHF 2.45 million Swiss Franc (Euros 2.0 million, USD 2.7 million)")
const EQUIVALENT_OPENS = /^(?:\s+(?:(?:Swiss|US|U\.S\.|Australian|Canadian|New\s+Zealand|Hong\s+Kong)\s+)?(?:Francs?|Dollars?|Euros?|Pounds?(?:\s+Sterling)?|Kron(?:or|er|a)|Yen|Rupees?)(?![\p{L}]))?(?:\s+(?!(?:and|or|but)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,4}\s*[([]\s*(?:[±~≈]\s*|(?:approximately|approx\.|about|around|roughly|some|nearly|almost|over|more\s+than|ca\.|c\.)\s*)?$/u;

/**
 * "20 million Swiss Francs ($22 million)" and "CHF 20m, or about US$22m": the second amount,
 * in another unit of the same kind, is a stated equivalent of the first, not a figure of its own.
 * An equivalent in another currency without a qualifier is recorded as approximately: a
 * conversion at an unstated rate is rounded.
 */
function pairEquivalents(text: string, raws: RawFigure[], skipped: string[], lineStarts: number[], money: MoneyContext): void {
  settleBareDollars(text, raws, money);
  // "52.1 million (5.21 billion JPY)": an amount in parentheses right after a number that has no unit of its own
  for (let i = 0; i < raws.length; i++) {
    const b = raws[i]!;
    if (unitDimension(b.unit) !== 'money') continue;
    const lead = /(\d[\d.,]*(?:\s?(?:million|billion|thousand|mn|bn|m|k))?)\s*\(\s*$/iu.exec(text.slice(Math.max(0, b.coreStart - 30), b.coreStart));
    const a = raws[i - 1];
    if (!lead || (a && a.coreEnd > b.coreStart - lead[0].length - 1)) continue;
    b.equivalentOfUnknown = true;
    skipped.push(`line ${lineOf(lineStarts, b.token.start)}: '${text.slice(b.coreStart, b.coreEnd)}' is an equivalent in parentheses of '${lead[1]}', whose currency the text does not give there; not extracted`);
  }
  // "USD 5 million ($3 million in cash)": a smaller amount of the same currency in parentheses, with words that say
  // which part, is a part of the amount before it: neither its equivalent nor a second total
  for (let i = 0; i + 1 < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1]!;
    if (b.unit !== a.unit || unitDimension(a.unit) !== 'money' || b.value >= a.value || !/^\s*\(\s*$/.test(text.slice(a.coreEnd, b.coreStart))) continue;
    const words = /^\s+((?:in|for|as|to|from|through|via|of\s+which)\s[^()\d]{1,50}?)\s*\)/u.exec(text.slice(b.coreEnd, b.coreEnd + 60));
    if (!words) continue;
    b.part = words[1]!.replace(/\s+/g, ' ');
    b.reasons?.push(`in parentheses after '${text.slice(a.coreStart, a.coreEnd)}', the part '${b.part}' of it: a breakdown, not a total`);
    b.review.push(`a part (${b.part}) of '${text.slice(a.coreStart, a.coreEnd)}': drafted as a breakdown of it, never a total`);
  }
  // "an estimated 733,650 families (3.5 million people)": a count in parentheses restating a hedged one shares its hedge
  for (let i = 0; i + 1 < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1]!;
    // (not the exact count of a rounded one in the same unit: "almost 1.5 million (1,454,377)" is exact)
    if (b.qualifierWritten !== undefined || a.qualifierWritten === undefined || unitDimension(a.unit) !== 'count' || unitDimension(b.unit) !== 'count' || (a.unit === b.unit && a.value !== b.value)) continue;
    if (!/^\s*\(\s*$/.test(text.slice(a.coreEnd, b.coreStart))) continue;
    b.qualifier = a.qualifier;
    b.reasons?.push(`in parentheses restating '${text.slice(a.coreStart, a.coreEnd)}': its hedge '${a.qualifierWritten}' -> ${a.qualifier}`);
  }
  for (let i = 0; i + 1 < raws.length; i++) {
    const a = raws[i]!;
    const b = raws[i + 1]!;
    // only amounts of money have equivalents: "733,650 families (3.5 million people)" is two figures
    if (a.statedOf || a.equivalentOfUnknown || b.unit === a.unit || unitDimension(a.unit) !== 'money' || unitDimension(b.unit) !== 'money') continue;
    const between = text.slice(a.coreEnd, b.coreStart);
    // ("$5 million (± 221 million gourdes)": a sign of "about" after the bracket)
    // ("$40 million [about K31 billion]": square brackets too)
    // ("PhP 14 billion in agricultural damage (approximately USD 270 M)": a few words of what the amount is for before
    // the bracket, and a hedge inside it)
    const opens = EQUIVALENT_OPENS.test(between);
    // "(USD 16 million or EUR 12 million)", "(US$16m; €12m)": every amount in the parentheses is an equivalent
    const group = [b];
    if (opens) {
      for (let j = i + 2; j < raws.length && group.length < 4; j++) {
        const last = group[group.length - 1]!;
        const c = raws[j]!;
        if (c.unit === a.unit || unitDimension(c.unit) !== 'money' || !EQUIVALENT_SEPARATOR.test(text.slice(last.coreEnd, c.coreStart))) break;
        group.push(c);
      }
    }
    // (a word on the rate before the bracket closes: "(223.4 million US dollars, at the current exchange rate)")
    const closing = opens ? (between.includes('[') ? EQUIVALENT_CLOSE_SQUARE : EQUIVALENT_CLOSE).exec(text.slice(group[group.length - 1]!.coreEnd, group[group.length - 1]!.coreEnd + 64)) : null;
    // (or set off by commas: "140,000 dirhams, which is about $13,600,", "500 million shillings, equivalent to $4 million")
    const or = (/^\s*,?\s+or\s+$/.test(between) || EQUIVALENT_SET_OFF.test(between)) && !NOT_EQUIVALENT_AFTER.test(text.slice(b.coreEnd, b.coreEnd + 24));
    if (!closing && !or) continue;
    const members = closing ? group : [b];
    for (const [k, m] of members.entries()) {
      // the first equivalent's quote opens the parentheses; the last one's closes them
      const quoteStart = closing && k === 0 ? a.coreEnd + between.search(/[([]/) : m.coreStart;
      const quoteEnd = closing && k === members.length - 1 ? m.coreEnd + closing[0].length : m.coreEnd;
      let qualifier = m.qualifier;
      const why: string[] = [];
      if (m.qualifierWritten === undefined) {
        qualifier = 'approximately';
        why.push('a currency equivalent without a qualifier is a rounded conversion: approximately');
      }
      a.stated.push({ value: m.value, unit: m.unit, qualifier, quote: normaliseForQuote(text.slice(quoteStart, quoteEnd)) });
      a.reasons?.push(`stated equivalent '${text.slice(m.coreStart, m.coreEnd)}' (${m.value} ${m.unit}, ${qualifier})${why.length ? `; ${why[0]}` : ''}`);
      a.coreEnd = Math.max(a.coreEnd, quoteEnd);
      m.statedOf = a;
    }
    i += members.length - 1;
  }
}

/** The figures a raw figure yields: itself, and for "nearly all of N" also the part. */
function buildFigures(
  text: string,
  sentence: Sentence,
  sentenceClauses: readonly Span[],
  freeClauses: readonly Span[],
  dates: readonly DateMention[],
  raw: RawFigure,
  mentions: readonly PlaceMention[],
  published: string,
  publishedKnown: boolean,
  lineStarts: number[],
  carried?: DateMention,
  headed?: DateMention,
  dateline?: DateMention,
  /** for a part of the count of people before it ("including 718 men"), that count's indicator */
  wholeBefore?: IndicatorGuess,
): Built[] {
  const clause = spanAt(sentenceClauses, raw.token.start) ?? sentence;
  const core: Span = { start: raw.coreStart, end: raw.coreEnd };
  // words are looked for within REACH characters of the figure, so that a huge clause or sentence costs no more than a short one
  const near: Span = { start: Math.max(clause.start, core.start - REACH), end: Math.min(clause.end, core.end + REACH) };
  const around: Span = { start: Math.max(sentence.start, core.start - REACH), end: Math.min(sentence.end, core.end + REACH) };
  const place = placeFor(text, sentence, near, around, raw.token, mentions, raw.item);
  let asOf = asOfFor(text, near, sentence, dates, raw.token, published, publishedKnown, sentenceClauses, unitDimension(raw.unit) === 'money', carried, headed, dateline);
  // a key figure's label under its number dates it where it says "as of" a day ("72,377" over "Refugees ... as of 2 November 2021")
  if (raw.heading && raw.heading.start >= core.end && !raw.item) {
    // (the label is a line of its own, outside the number's sentence: its dates are read here)
    const label = text.slice(raw.heading.start, raw.heading.end);
    const own = findDates(label, published).find((d) => d.value !== undefined && d.value.length === 10 && datesFigure(d.value, published) && /\b(?:as\s+(?:of|at)|on)\s+$/i.test(label.slice(Math.max(0, d.start - 8), d.start)));
    if (own) asOf = datedBy(own, `the key figure's label under it says 'as of ${own.written}'`, 0.9);
  }
  if (raw.item && raw.heading && asOf.score < 0.9) {
    // "30 schools were destroyed on 10 June, two in each district": an item of a list of places
    // with no date of its own takes the date of the count it breaks down
    const lead = spanAt(sentenceClauses, raw.heading.end - 1);
    const at = { ...raw.token, start: raw.heading.end, end: raw.heading.end };
    const whole = lead ? asOfFor(text, lead, sentence, dates, at, published, publishedKnown, sentenceClauses, false) : undefined;
    if (whole && whole.score >= 0.85) asOf = { ...whole, how: `the count the list breaks down: ${whole.how}`, score: 0.85 };
  }
  // a day after the publication date given (datesFigure allows a few weeks): said, so that the date or --published is checked
  if (asOf.asOf !== null && asOf.asOf > published) asOf = { ...asOf, how: `${asOf.how}; a day after the publication date ${published}: check it and --published`, score: Math.min(asOf.score, 0.8) };
  // a key-figure line repeats the body's figures: it is merged like a headline
  const headline = sentence.paragraph.headline || sentence.paragraph.keyLine;
  const out: Built[] = [];

  // "nearly all of X's approximately 120,000 residents fled ...": the whole, then the part
  let part: { start: number; written: string } | undefined;
  PART_OF.lastIndex = 0;
  const leadStart = Math.max(clause.start, core.start - 120);
  const lead = text.slice(leadStart, core.start);
  for (let m = PART_OF.exec(lead); m; m = PART_OF.exec(lead)) {
    const filler = lead.slice(m.index + m[0].length);
    if (filler.length <= 80 && PART_FILLER.test(filler)) part = { start: leadStart + m.index, written: m[0].trim() };
  }

  const wholeStart = part ? part.start + part.written.length + 1 : undefined;
  const wholeQuote = part
    ? trimSpan(text, { start: wholeStart!, end: core.end })
    : raw.item // an item of a list of places after a colon: the item ("eight in CAR")
      ? raw.item
      : raw.heading // a list item: its label and number ("Province A: 1,200"); a key figure's label on its line ("injured: 120")
      ? raw.heading.start < core.start && raw.heading.start >= sentence.start
        ? trimSpan(text, { start: raw.heading.start, end: core.end })
        : listItemQuote(text, trimSpan(text, { start: Math.max(sentence.start, core.start - 80), end: core.end }))
      : quoteSpan(text, clause, sentence, core, place.mention);
  const guessedAny = part ? nounGuess(raw.noun) : guessIndicator(text, near, sentence, raw.heading ? [raw.heading] : spansWithin(freeClauses, around.start, around.end), core, raw.unit, raw.noun);
  // (the people a share of a population stands for are no population: "7.2% (62,400) of Fiji's population are in evacuation centres")
  const guessed = guessedAny?.indicator === 'population' && COUNT_OF_POPULATION_AFTER.test(text.slice(core.end, Math.min(sentence.end, core.end + 60))) ? undefined : guessedAny;
  // (a group after "including" takes the count's indicator where its words name none: "..., including 592,581 children, need assistance" names its own)
  const wholeIndicator = guessed === undefined || guessed.scope === 'noun' ? wholeBefore ?? guessed : guessed;
  out.push(
    finish(text, raw, wholeQuote, raw.qualifier, wholeIndicator, place, asOf, headline, raw.reasons, raw.review, lineStarts, [
      ...(part ? ['the whole of a "nearly all of" phrase: indicator from its noun only'] : []),
    ]),
  );
  if (part) {
    const partCore: Span = { start: part.start, end: core.end };
    const partQuote = quoteSpan(text, clause, sentence, partCore, undefined, true);
    const predicate: Span = { start: core.end, end: near.end };
    const indicator = guessIndicator(text, predicate, predicate, [], { start: core.end, end: core.end }, raw.unit, undefined);
    const reasons = raw.reasons && [
      ...raw.reasons.filter((r) => !r.startsWith('qualifier') && !r.startsWith('no qualifier')),
      `'${part.written}' before the number -> nearly; the value is the whole's (the text gives no count of its own)`,
    ];
    const review = [
      ...raw.review.filter((r) => !r.includes('looks rounded')),
      `'${part.written}' gives no number of its own: the value is the whole's; consider explicit low/high`,
    ];
    out.push(finish(text, raw, partQuote, 'nearly', indicator, place, asOf, headline, reasons, review, lineStarts, [], true));
  }
  return out;
}

function nounGuess(noun: string | undefined): IndicatorGuess | undefined {
  const indicator = nounIndicator(noun);
  return indicator && noun ? { indicator, word: noun, scope: 'noun', distance: 0 } : undefined;
}

interface PlaceGuess {
  place: PlaceInfo | undefined;
  how: string;
  score: number;
  mention: PlaceMention | undefined;
  /** the place is one of several its sentence names (not as a donor or a venue): "to help people in Ukraine, East Africa and Syria" */
  oneOfSeveral?: boolean;
}

/** How a place mention ranks as a figure's place, best first: its kind, what it says, its score. */
const MENTION_KINDS = [
  ['locative', 'named as the location', 0.9],
  ['origin', 'named as the origin', 0.85],
  ['other', 'named', 0.75],
] as const;

/** Where a list of places that breaks down a count opens: a colon, or a comma before "eight in CAR", "three of them in Goma". */
const LIST_OPENING = new RegExp(
  String.raw`:|(?:,\s*(?:and\s+|including\s+|followed\s+by\s+)?|\s+followed\s+by\s+)${HEDGE}(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?:\s+of\s+(?:them|whom))?\s+in\s+(?:each\s|every\s|the\s+)?\p{Lu}?|\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,3}\s?\(\d[\d,.]*(?:\s?m)?\)`,
  'iu',
);

/** The place of a figure: possessive, then the sentence's mentions, the paragraph's, the text's. */
function placeFor(text: string, sentence: Sentence, clause: Span, around: Span, token: NumberToken, mentions: readonly PlaceMention[], item?: Span): PlaceGuess {
  // an item of a list that names its place before its number ("Peru, with 768,000", "Chile 288,000"): that place
  if (item !== undefined && item.start < token.start) {
    const own = spansWithin(mentions, item.start, token.start)[0];
    if (own !== undefined) return { place: own.place, how: `'${own.place.name}' names the list item '${text.slice(item.start, item.end)}'`, score: 0.9, mention: own };
    // (a place humfig does not know, "Derna (3,000)": never the country named around it, whose part it is)
    if (/^\p{Lu}/u.test(text.slice(item.start, token.start))) return { place: undefined, how: `the list item '${text.slice(item.start, item.end)}' names a place humfig does not know`, score: 0.3, mention: undefined };
  }
  // an item whose place follows its number after a dash that stands for the verb ("459,485 – to Romania"): that place
  if (item !== undefined && item.end > token.end && /^\s?[–—]/u.test(text.slice(token.end, item.end))) {
    const own = spansWithin(mentions, token.end, item.end)[0];
    if (own !== undefined) return { place: own.place, how: `'${own.place.name}' names the list item '${text.slice(item.start, item.end)}'`, score: 0.9, mention: own };
  }
  // "13 people were missing in three regions: eight in CAR, ...", "14.4 million people in Burkina
  // Faso (3.5 m), Mali (5.9 m) ...": the places of a list that follows the number name its parts,
  // not where the whole count is
  const opening = LIST_OPENING.exec(text.slice(token.end, around.end));
  const partsFrom = opening ? token.end + opening.index : around.end;
  const inSentence = spansWithin(mentions, around.start, partsFrom);
  // a place right before the parenthesis that holds the number is the number's ("Burundi, (n = 1,579), and Uganda")
  // and so is one right after it and its noun, after "in" ("1 death in the province of Youssoufia", after "89 in ... Chichaoua and")
  const distance = (m: PlaceMention) =>
    m.end <= token.start ? (PAREN_AFTER_PLACE.test(text.slice(m.end, token.start)) ? 0 : token.start - m.end) : m.start - token.end <= 60 && IN_PLACE_AFTER_NUMBER.test(text.slice(token.end, m.start)) ? 0 : m.start - token.end;
  const possessive = inSentence.find((m) => m.end <= token.start && (text[m.end] === "'" || text[m.end] === '’') && /^['’]s\s+(?:[\p{L}\p{Sc}-]+\s+){0,3}[\p{Sc}]?$/u.test(text.slice(m.end, token.start)));
  if (possessive) return { place: possessive.place, how: `possessive '${text.slice(possessive.start, possessive.end)}'s' before the number`, score: 0.95, mention: possessive };
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  for (const [scope, list] of [['clause', inClause], ['sentence', inSentence]] as const) {
    if (list.length === 0) continue;
    for (const [kind, label, score] of MENTION_KINDS) {
      let best: PlaceMention | undefined;
      for (const m of list) if (m.kind === kind && (best === undefined || distance(m) < distance(best))) best = m;
      if (best === undefined) continue;
      const word = best.anaphor ? `'${text.slice(best.start, best.end)}' (= ${best.place.name})` : `'${best.place.name}'`;
      const oneOfSeveral = spansWithin(mentions, sentence.start, sentence.end).some((m) => m.kind !== 'donor' && m.kind !== 'venue' && m.place.id !== best!.place.id);
      return { place: best.place, how: `${word} ${label} in the ${scope}`, score: scope === 'clause' ? score : score - 0.05, mention: best, oneOfSeveral };
    }
  }
  // a count shared out among two or more countries after it ("in Burkina Faso (3.5 m), Mali (5.9 m)")
  // is held by no one of them, nor by a country named earlier
  if (opening) {
    const countries = new Set<string>();
    for (const m of spansWithin(mentions, partsFrom, around.end)) if (m.place.iso3 !== undefined && m.place.id === m.place.iso3) countries.add(m.place.name);
    if (countries.size >= 2) return { place: undefined, how: `the count is shared out among ${[...countries].join(', ')} after it; no one place holds the whole`, score: 0.2, mention: undefined };
  }
  let before = lastMentionBefore(mentions, around.start);
  // a donor's country and the city where something was said are not where the figure is
  const elsewhere = (m: PlaceMention) => m.kind === 'donor' || m.kind === 'venue';
  for (let steps = 0; before >= 0 && elsewhere(mentions[before]!) && steps < 50; steps++) before--;
  if (before >= 0 && elsewhere(mentions[before]!)) before = -1;
  const prior = before >= 0 ? mentions[before] : undefined;
  if (prior && prior.start >= sentence.paragraph.start) {
    return { place: prior.place, how: `no place in the sentence; '${prior.place.name}' earlier in the paragraph`, score: 0.65, mention: undefined };
  }
  if (prior) return { place: prior.place, how: `no place in the paragraph; '${prior.place.name}' is the latest place named before it`, score: 0.5, mention: undefined };
  return { place: undefined, how: 'no place named before the figure', score: 0.2, mention: undefined };
}

interface AsOfGuess {
  asOf: string | null;
  how: string;
  score: number;
  /** the span of days a relative date names ("last week"), whose last day is asOf */
  period?: { start: string; end: string };
}

/** Words of a future or a plan in a sentence: a date in it after publication is what is planned, not a figure's day. */
// (not "due to", a cause: "38 people have lost their lives due to health complications")
const FUTURE_WORDS = /\b(?:will|would|shall|must|plans?|planned|scheduled|expected|upcoming|next|seek|seeks)\b|\b(?:is|are)\s+due\b|\bto\s+be\s+\w+ed\b/i;
/** The asOf a date mention gives, with its span of days if it names one. */
function datedBy(d: DateMention, how: string, score: number): AsOfGuess {
  return { asOf: d.value!, how, score, ...(d.period ? { period: d.period } : {}) };
}

function asOfFor(
  text: string,
  clause: Span,
  sentence: Span,
  dates: readonly DateMention[],
  token: NumberToken,
  published: string,
  publishedKnown: boolean,
  sentenceClauses: readonly Span[],
  money = false,
  carried?: DateMention,
  headed?: DateMention,
  dateline?: DateMention,
): AsOfGuess {
  const usable = (d: DateMention) => {
    if (d.value === undefined || !datesFigure(d.value, published)) return false;
    // a day after the publication date (datesFigure's grace) only where the sentence tells of no future
    // ("The 4,000 people displaced will be relocated on 20 June", "must leave by 15 June": plans, not the figure's day)
    // (the words from the date to the figure, or from the figure to the date, and a little after the later)
    if (d.value > published) {
      const from = Math.max(sentence.start, Math.min(d.start, token.start) - 12);
      const to = Math.min(sentence.end, Math.max(d.end, token.end) + 40, from + 2 * REACH);
      if (FUTURE_WORDS.test(text.slice(from, to)) || /\b(?:until|till|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) return false;
    }
    if (/^['’]s\b/.test(text.slice(d.end, d.end + 3))) return false; // "Saturday's earthquake": an event, not the figure's date
    if (EVENT_AFTER_DATE.test(text.slice(d.end, d.end + 16))) return false; // "The August 14 earthquake": the same
    const lead = text.slice(Math.max(sentence.start, d.start - 20), d.start);
    if (NOT_AS_OF.test(lead)) return false;
    // "37 people injured since the river burst its banks on 9 March": a starting point, not the figure's date
    return !(d.start >= token.end && /\b(?:since|until|till|before|after)\b/i.test(text.slice(token.end, d.start)));
  };
  // an item of a list that began in an earlier clause ("sent 1,000 blankets, 500 mattresses and 300 tents"):
  // the clause the list began in dates it
  let item: Span = token;
  for (let step = 0; step < MAX_LIST_WALK; step++) {
    if (!(
      item.start - clause.start <= REACH &&
      (LIST_ITEM_LEAD.test(text.slice(clause.start, item.start)) || ANY_QUALIFIER_ONLY.test(text.slice(clause.start, item.start))) &&
      !OWN_VERB.test(text.slice(item.end, Math.min(clause.end, item.end + REACH)))
    )) break;
    const previous = spanBefore(sentenceClauses, spanAt(sentenceClauses, clause.start)?.start ?? clause.start);
    if (!previous || previous.start >= clause.start) break;
    // the clause before ends with a count and its noun ("send 1,000 blankets"), not with a date ("announced on November 12")
    const tailFrom = Math.max(previous.start, previous.end - 80);
    const tail = /(\d[\d,.]*)\s+(?:[\p{L}\p{M}/-]+\s*){1,3}$/u.exec(text.slice(tailFrom, previous.end));
    if (!tail || overlapsAny(dates, tailFrom + tail.index, tailFrom + tail.index + 1)) break;
    clause = previous;
    item = { start: tailFrom + tail.index, end: tailFrom + tail.index + tail[1]!.length };
  }
  const usableInClause = spansWithin(dates, clause.start, clause.end).filter(usable);
  // ("The minister said on Tuesday that 300 people died in the floods of 12 March 2019": the day the figure
  // holds, not the day it was said, where the clause gives both)
  const notSaid = usableInClause.length > 1 ? usableInClause.filter((d) => !SAID_BEFORE_DATE.test(text.slice(Math.max(clause.start, d.start - 24), d.start))) : usableInClause;
  const inClause = notSaid.length > 0 ? notSaid : usableInClause;
  if (inClause.length > 0) {
    const best = inClause.reduce((a, b) => (Math.abs(b.start - token.start) < Math.abs(a.start - token.start) ? b : a));
    // ("NEW YORK, 10 May (OCHA) -- ... today announced": today is the dateline's day, not the publication's)
    if (dateline !== undefined && /^today$/i.test(best.written)) return datedBy(dateline, `'today' in the same clause: the dateline's day '${dateline.written}'`, 0.9);
    return datedBy(best, `date '${best.written}' in the same clause`, 0.9);
  }
  // a date opening the sentence: "On 14 March, ...", "As of 2024-03-14, ...", a dateline "DRAVNO, 18 November (EFE) - ..."
  const opening = dates[0];
  if (opening && opening.start < clause.start && opening.start - sentence.start < REACH && usable(opening)) {
    const before = text.slice(sentence.start, opening.start);
    const own = spanAt(sentenceClauses, opening.start);
    const after = own ? text.slice(opening.end, own.end) : '';
    // (a bullet before it too: "• On 20 February, ...")
    // ("Early on Saturday, more than 18,000 Ukrainians arrived", "Late Sunday, ...": a time of that day)
    if (DATE_OPENING_LEAD.test(before) && /^(?:\([^)]*\))?\s*(?:alone)?$/.test(after.trim())) {
      // ("Yesterday alone, MSF treated ...": the day itself, "alone" stressing it)
      return datedBy(opening, `the sentence opens with the date '${opening.written}'`, 0.85);
    }
    if (DATA_OF_DATE_LEAD.test(before) && after.length <= 120 && DATA_SOURCE_AFTER.test(after.trim())) return datedBy(opening, `the sentence opens with the data of '${opening.written}'`, 0.85);
  }
  // "Between Jan 1 and Aug 17, the WHO tracked ...", "From 7 to 24 October, ...": a span of days opening
  // the sentence dates it by its last day
  if (dates.length >= 2) {
    const [from, to] = [dates[0]!, dates[1]!];
    if (
      to.end <= clause.start &&
      from.start - sentence.start < REACH &&
      to.value !== undefined &&
      to.value.length === 10 &&
      datesFigure(to.value, published) &&
      SPAN_OPENING_LEAD.test(text.slice(sentence.start, from.start)) &&
      SPAN_OPENING_JOIN.test(text.slice(from.end, to.start)) &&
      /^\s*,/.test(text.slice(to.end, to.end + 2))
    ) {
      const guess = datedBy(to, `the sentence opens with the span '${text.slice(from.start, to.end)}': its last day`, 0.85);
      return from.value !== undefined && from.value.length === 10 && from.value <= to.value ? { ...guess, period: { start: from.value, end: to.value } } : guess;
    }
  }
  // "Between 26 and 27 December, ...", "Between the afternoons of 5 and 8 August, ...": a span of
  // days of one month, its first day a bare number; dated by its last day
  if (opening && opening.start < clause.start && opening.start - sentence.start < REACH && opening.value !== undefined && opening.value.length === 10 && datesFigure(opening.value, published)) {
    const span = DAYS_OF_ONE_MONTH.exec(text.slice(sentence.start, opening.start));
    const first = span ? Number(span[1]) : 0;
    const last = Number(opening.value.slice(8));
    if (span && first >= 1 && first < last && /^\s*,/.test(text.slice(opening.end, opening.end + 2)) && /^\d/.test(opening.written)) {
      const guess = datedBy(opening, `the sentence opens with the span '${text.slice(sentence.start + span.index, opening.end).trim()}': its last day`, 0.85);
      return { ...guess, period: { start: `${opening.value.slice(0, 8)}${String(first).padStart(2, '0')}`, end: opening.value } };
    }
  }
  // "From November 1 to 15, MSF teams treated ...": the month first, then the span's last day, dated by that day
  if (opening && opening.start < clause.start && opening.start - sentence.start < REACH && opening.value !== undefined && opening.value.length === 10 && /^\p{Lu}/u.test(opening.written) && /^\s*(?:[Bb]etween|[Ff]rom)\s+$/.test(text.slice(sentence.start, opening.start))) {
    const tail = /^\s*(?:to|-|–|through|until|till|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,/.exec(text.slice(opening.end, opening.end + 16));
    const first = Number(opening.value.slice(8));
    const lastDay = tail ? Number(tail[1]) : 0;
    const end = `${opening.value.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
    if (tail && lastDay > first && isIsoDate(end) && datesFigure(end, published)) {
      return { asOf: end, score: 0.85, how: `the sentence opens with the span '${text.slice(opening.start, opening.end + tail[0].length - 1).trim()}': its last day`, period: { start: opening.value, end } };
    }
  }
  // "Since the beginning of 2024 and as of 29 September 2024, a total of ...": an "as of" date in
  // the sentence's opening phrase, before the figure's clause
  for (const d of dates) {
    if (d.start >= clause.start || d.start - sentence.start >= REACH) break;
    if (!usable(d) || !/\b[Aa]s (?:of|at)\s+$/.test(text.slice(Math.max(sentence.start, d.start - 8), d.start))) continue;
    const own = spanAt(sentenceClauses, d.start);
    if (own && asOfTail(text.slice(d.end, own.end))) return datedBy(d, `the sentence opens with 'as of ${d.written}'`, 0.85);
  }
  // "UNHCR said Friday that floods have killed hundreds, displaced 1.3 million ...": the day a source
  // said what the sentence reports dates each of its figures
  // (not where the reported clause gives a day of its own: "said on Tuesday that 300 people died in the floods of 12 March 2019")
  const ownDay = spansWithin(dates, token.end, sentence.end).some((d) => d.value !== undefined && d.value.length === 10);
  for (const d of ownDay ? [] : spansWithin(dates, sentence.start, token.start)) {
    if (!usable(d) || d.start - sentence.start > REACH || !SAID_BEFORE_DATE.test(text.slice(Math.max(sentence.start, d.start - 24), d.start))) continue;
    if (/^\s*(?:,\s*)?that\b/.test(text.slice(d.end, Math.min(sentence.end, d.end + 8)))) return datedBy(d, `the sentence reports what was said '${text.slice(Math.max(sentence.start, d.start - 12), d.end).trim()}'`, 0.8);
  }
  // "as of figures we received yesterday (Thursday), 612,134 people ...": an earlier clause of the sentence that says "as of" a date
  for (const d of spansWithin(dates, Math.max(sentence.start, clause.start - REACH), clause.start)) {
    const own = spanAt(sentenceClauses, d.start);
    // ("with data up to 18:00 on Tuesday, at least 493 people ...": data counted up to a day)
    // ("Since two cases were confirmed on 2 October 2022, to 6 November 2022, the Ministry reported 6,814 ...": a clause of its own that ends a span)
    // ("A total of 5,285 cases are reported at 23 October, including 163 deaths": the day a count was reported dates its parts)
    if (!own || !usable(d) || !(/\b(?:[Aa]s (?:of|at)|dated|[Uu]p to)\b/.test(text.slice(Math.max(own.start, d.start - REACH), d.start)) || /\b(?:reported|recorded|registered|confirmed)\s+(?:at|on|by)\s+$/.test(text.slice(Math.max(own.start, d.start - 20), d.start)) || /^\s*(?:to|until|till|through)\s+$/i.test(text.slice(own.start, d.start)))) continue;
    if (asOfTail(text.slice(d.end, own.end))) return datedBy(d, `an earlier clause of the sentence says 'as of ... ${d.written}'`, 0.8);
  }
  // "... and damages or destroys an estimated 130,000 houses as of August 18, according to the GoH",
  // "There have been 13 042 reported cases ..., up to the end of 2 November": a date the sentence's
  // figures are counted to, said after them
  const after = spansWithin(dates, token.end, sentence.end);
  for (let i = 0; i < after.length; i++) {
    const d = after[i]!;
    // (a day the source said it on is the figure's even after "since": "fled since the coup, according to a report of OCHA on March 21")
    const day = d.value !== undefined && d.value.length === 10 && datesFigure(d.value, published);
    const lead = text.slice(Math.max(sentence.start, d.start - 40), d.start);
    // "12,736 cases of measles were reported in Regions I, II ... from 01 January 2019 to 24 February 2019.": a span
    // of days said after the figures counts them to its last day
    const first = i > 0 ? after[i - 1]! : undefined;
    if (day && first !== undefined && SPAN_OPENING_JOIN.test(text.slice(first.end, d.start)) && /(?<![\p{L}])(?:from|between)\s+$/iu.test(text.slice(Math.max(sentence.start, first.start - 10), first.start)) && /^\s*(?:[.;]|$)/.test(text.slice(d.end, Math.min(sentence.end + 1, d.end + 3)))) {
      const guess = datedBy(d, `the sentence counts its figures over '${text.slice(first.start, d.end)}': its last day`, 0.8);
      return first.value !== undefined && first.value.length === 10 && d.value !== undefined && first.value <= d.value ? { ...guess, period: { start: first.value, end: d.value } } : guess;
    }
    // "Nearly 1.4 million people have fled ..., according to a report of OCHA on March 21.", "..., OCHA said on March 21.":
    // the day the source said it, said last in the sentence
    if (day && (SAID_BEFORE_DATE.test(lead) || SAID_WEEKDAY_BEFORE_DATE.test(lead) || ACCORDING_ON_BEFORE_DATE.test(text.slice(Math.max(sentence.start, d.start - 120), d.start))) && i === after.length - 1 && /^\s*(?:[.;]|$)/.test(text.slice(d.end, Math.min(sentence.end + 1, d.end + 3)))) {
      return datedBy(d, `the sentence ends with the day its source said it: '${text.slice(Math.max(sentence.start, d.start - 12), d.end).trim()}'`, 0.75);
    }
    if (!usable(d) || !AS_OF_BEFORE_DATE.test(lead)) continue;
    // (perhaps with its hour: "a report established on Saturday at 7:00 a.m. by the Ministry")
    // (or the starting point after it: "have been reported in north-west Syria, as of 6 March, since an earthquake ... struck")
    // (or its part of the day: "with 127 others missing, as of Monday morning.")
    if (/^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h)?)?\s*(?:[.;]|,\s*(?:according|said|says|reported|since|the\s|[Tt]he\s)|,\s*(?:[\p{L}'’-]+\s+){1,5}(?:said|says|told|reported|added)(?![\p{L}])|\s+(?:according|said)|\s+by\s+(?:the\s+)?\p{Lu}|$)/u.test(text.slice(d.end, Math.min(sentence.end + 1, d.end + 60)))) {
      return datedBy(d, `the sentence counts its figures '${text.slice(Math.max(sentence.start, d.start - 20), d.end).replace(/^.*?\b(as|up)\b/i, '$1')}'`, 0.8);
    }
  }
  // "UNHCR sent 1,000 blankets yesterday. Its partners also sent 3,000 meals.": a sentence that continues the one before shares its day
  if (carried && carried.value !== undefined && CONTINUES.test(text.slice(sentence.start, Math.min(token.start, sentence.start + REACH)))) {
    return datedBy(carried, `the sentence continues the one before, dated '${carried.written}'`, 0.6);
  }
  // "As at 2 March 2024:" over "- 1,200 people displaced": the heading's day dates the lines under it
  if (headed && headed.value !== undefined) return datedBy(headed, `the heading '${text.slice(headed.start, headed.end)}' above dates the lines under it`, 0.8);
  // the day the text says things on: its dateline's, else its publication's
  const said = dateline?.value !== undefined ? { asOf: dateline.value, as: `as of the dateline's day '${dateline.written}'` } : { asOf: published, as: 'as of publication' };
  if (publishedKnown && PRESENT.test(text.slice(clause.start, clause.end))) {
    return { asOf: said.asOf, how: `no date in the clause; present tense: ${said.as}`, score: 0.75 };
  }
  if (publishedKnown && money) {
    return { asOf: said.asOf, how: `an amount the text announces, with no date of its own: ${said.as}`, score: 0.7 };
  }
  return { asOf: null, how: 'no date in the clause and not in the present tense', score: 0.4 };
}

/** The quote: the figure's clause, at most 12 words either side of it, and the place named in its sentence when near. */
function quoteSpan(text: string, clause: Span, sentence: Span, core: Span, mention: PlaceMention | undefined, fromCore = false): Span {
  let start = fromCore ? core.start : wordsBack(text, core.start, clause.start, 12);
  // (the figure's own words are quoted whole, though a comma in them ends the clause: "17,942 confirmed, probable and suspected cases")
  let end = Math.max(core.end, wordsForward(text, core.end, clause.end, 12));
  if (mention && mention.start < start && mention.start >= sentence.start) {
    const words = text.slice(mention.start, end).trim().split(/\s+/).length;
    if (words <= 30) start = mention.start;
  }
  let span = trimSpan(text, { start, end });
  while (span.end > span.start && /[,;:–—(-]/.test(text[span.end - 1]!)) span = trimSpan(text, { start: span.start, end: span.end - 1 });
  while (span.end > span.start && /[,;:–—)-]/.test(text[span.start]!)) span = trimSpan(text, { start: span.start + 1, end: span.end });
  return span;
}

/** Start of the n-th word before `at`, not before `limit`. */
function wordsBack(text: string, at: number, limit: number, n: number): number {
  let pos = at;
  for (let i = 0; i < n; i++) {
    let p = pos;
    while (p > limit && isSpaceAt(text, p - 1)) p--;
    if (p <= limit) return limit;
    while (p > limit && !isSpaceAt(text, p - 1)) p--;
    pos = p;
  }
  return pos;
}

/** End of the n-th word after `at`, not after `limit`, stopping before a relative or subordinating word. */
function wordsForward(text: string, at: number, limit: number, n: number): number {
  let pos = at;
  for (let i = 0; i < n; i++) {
    let p = pos;
    while (p < limit && isSpaceAt(text, p)) p++;
    if (p >= limit) return limit;
    let e = p;
    while (e < limit && !isSpaceAt(text, e)) e++;
    if (i > 0 && SOFT_END.test(text.slice(p, e))) return pos; // right after the figure, "who fled" defines what is counted
    pos = e;
  }
  return pos;
}

function finish(
  text: string,
  raw: RawFigure,
  quoteRange: Span,
  qualifier: Qualifier,
  indicator: IndicatorGuess | undefined,
  place: PlaceGuess,
  asOf: AsOfGuess,
  headline: boolean,
  baseReasons: readonly string[] | undefined,
  baseReview: readonly string[],
  lineStarts: number[],
  extraReasons: readonly string[],
  isPart = false,
): Built {
  const reasons = baseReasons && [...baseReasons, ...extraReasons];
  const review = [...baseReview];
  let indicatorScore = 0.3;
  if (indicator) {
    indicatorScore = indicator.scope === 'clause' ? (indicator.distance <= 40 ? 0.9 : 0.75) : indicator.scope === 'sentence' ? 0.6 : 0.6;
    reasons?.push(`indicator ${indicator.indicator}: '${indicator.word}' in the ${indicator.scope === 'noun' ? 'unit noun' : indicator.scope}`);
    review.push(`indicator '${indicator.indicator}' guessed from '${indicator.word}'`);
  } else {
    reasons?.push('indicator: no rule matched');
    review.push("indicator unknown: set it (placeholder 'unknown')");
  }
  reasons?.push(`place: ${place.place ? `${place.place.name} (${place.place.id}); ` : ''}${place.how}`);
  review.push(place.place ? `place ${place.place.id} (${place.how})` : "place unknown: set it (placeholder 'unknown')");
  reasons?.push(`asOf: ${asOf.asOf ?? 'none'}; ${asOf.how}`);
  if (asOf.asOf === null) review.push('asOf: the text gives no date; the publication date is a placeholder');
  else if (asOf.period) review.push(`asOf ${asOf.asOf}: the last day of a span of days, not a day the text names (period ${asOf.period.start} to ${asOf.period.end}; ${asOf.how})`);
  else if (asOf.score < 0.85) review.push(`asOf ${asOf.asOf}: ${asOf.how}`);
  let kinds = raw.kinds;
  if (isPart) kinds &= ~KIND.rounded; // the part has no number of its own
  if (headline) {
    review.push('taken from the headline or a key-figure line');
    kinds |= KIND.headline;
  }
  review.push('label generated');

  const confidence = round2(
    0.35 * raw.valueScore * raw.unitScore + 0.25 * indicatorScore + 0.2 * place.score + 0.2 * asOf.score - (headline ? 0.05 : 0) - (isPart ? 0.05 : 0),
  );
  const quote = normaliseForQuote(text.slice(quoteRange.start, quoteRange.end));
  const indicatorId = indicator?.indicator ?? null;
  const label = labelOf(indicatorId, raw.unit, place.place, quote, isPart, isPart ? undefined : raw.part);
  const stated = raw.stated.map((s) => ({ ...s }));
  return {
    amount: amountKey(raw.value, raw.unit, raw.token.high !== undefined && !isPart ? 'range' : qualifier, stated, isPart ? undefined : raw.part),
    candidate: {
      id: '',
      value: raw.value,
      unit: raw.unit,
      // "between 10,000 and 20,000": the figure is the range, whatever hedge came before it
      qualifier: raw.token.high !== undefined && !isPart ? 'range' : qualifier,
      quote,
      indicator: indicatorId,
      place: place.place?.id ?? null,
      asOf: asOf.asOf,
      ...(asOf.period ? { period: { ...asOf.period } } : {}),
      confidence: Math.max(0, Math.min(1, confidence)),
      stated,
      ...(raw.part !== undefined && !isPart ? { breakdown: { part: raw.part } } : {}),
      ...(raw.token.high !== undefined && !isPart ? { low: raw.value, high: raw.token.high } : {}),
      line: lineOf(lineStarts, raw.token.start),
      reasons: reasons ?? [],
    },
    headline,
    // (not one of several places its sentence names: said again elsewhere with another of them, it is the same figure)
    placeNamed: place.mention !== undefined && place.oneOfSeveral !== true,
    placeSaid: place.mention !== undefined,
    asOfScore: asOf.score,
    label,
    review: review.join('; '),
    kinds,
    ...(FURTHER_BEFORE.test(text.slice(Math.max(0, raw.coreStart - 12), raw.coreStart)) ? { further: true } : {}),
    ...(LIST_ITEM.test(text.slice(lineStarts[lineOf(lineStarts, raw.token.start) - 1]!, raw.token.start)) ? { listRun: listRunOf(text, lineStarts, lineOf(lineStarts, raw.token.start)) } : {}),
    ...(raw.token.kind === 'vague' ? { vague: true } : {}),
    ...(!isPart && (unitDimension(raw.unit) === 'money' ? THE_AMOUNT_BEFORE : THE_COUNT_BEFORE).test(text.slice(Math.max(0, raw.coreStart - 20), raw.coreStart)) ? { anaphoric: true } : {}),
  };
}

/** What a figure says, apart from its indicator: value, unit, hedge, stated equivalents and the part of a whole it is (one flat string). */
/** An amount key (amountKey) with its stated equivalents left out. */
function withoutEquivalent(amount: string): string {
  const fields = amount.split('|');
  if (fields[3] === '') return amount;
  fields[3] = '';
  return fields.join('|');
}

function amountKey(value: number, unit: string, qualifier: Qualifier, stated: readonly StatedEquivalent[], part?: string): string {
  return [value, unit, qualifier, stated.length === 0 ? '' : stated.map((e) => `${e.value} ${e.unit}`).join(','), part ?? ''].join('|');
}

function labelOf(indicator: string | null, unit: string, place: PlaceInfo | undefined, quote: string, isPart: boolean, breakdown?: string): string {
  // joined, not concatenated: every figure keeps its label, as one flat string rather than a chain of pieces
  // a breakdown says which part it is, so that it never reads as the total of its place ("..., Ostra (in each district)")
  const where = place ? (breakdown !== undefined ? [', ', place.name, ' (', breakdown, ')'].join('') : `, ${place.name}`) : breakdown !== undefined ? ` (${breakdown})` : '';
  if (indicator === null) return clip(['Unclassified figure (', unit, ')', where, ': "', quote, '"'].join(''), 300);
  const words = indicator.replace(/-/g, ' ').replace(/\bun\b/g, 'UN');
  return clip([words[0]!.toUpperCase(), words.slice(1), isPart ? ' (part of a whole)' : '', where].join(''), 300);
}

/**
 * A figure id not used yet: the base, then base-2, base-3, ...; each base remembers its next
 * number, so n repeats cost n steps, not n², and each indicator-place pair is made kebab-case once.
 */
function uniqueId(indicator: string, place: string | null, ids: { used: Set<string>; next: Map<string, number>; bases: Map<string, string> }): string {
  const words = place ? `${indicator}-${place}` : indicator;
  let base = ids.bases.get(words);
  if (base === undefined) {
    base = kebab(words).slice(0, 72).replace(/-+$/, '') || 'figure';
    ids.bases.set(words, base);
  }
  let n = ids.next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (ids.used.has(id)) id = `${base}-${++n}`;
  ids.next.set(base, n + 1);
  ids.used.add(id);
  return id;
}

function sourceIdOf(given: string | undefined, notes: string[]): string {
  if (given === undefined) return 'source';
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(given) && given.length <= 80) return given;
  const id = kebab(given) || 'source';
  notes.push(`source id '${given}' is not kebab-case: '${id}' is used`);
  return id;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
