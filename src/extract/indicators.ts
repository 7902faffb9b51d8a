/**
 * Indicator guesses from the words around a figure. Each rule names an indicator, the kinds of
 * unit it applies to and the words that suggest it; among the rules that match, the one whose
 * word is nearest the figure wins (ties: the earlier rule). The figure's clause is searched
 * first, then the other clauses of its sentence that hold no figure of their own; a unit noun
 * ("residents", "refugees") is the last resort. Pure.
 */
import { lookupTable } from '../domain/lookup.js';
import { unitDimension } from './units.js';
import type { Span } from './text.js';

type Dim = ReturnType<typeof unitDimension>;

interface Rule {
  indicator: string;
  dims: readonly Dim[];
  words: RegExp;
  /** the sentence must also match this */
  requires?: RegExp;
  /** the sentence must not match this */
  excludes?: RegExp;
  /** only for these units (e.g. households-affected) */
  units?: readonly string[];
}

/** People a host country is home to, named in a sentence: migrants, refugees, the displaced. */
export const GROUP_OF_CONCERN = /\b(?:migrants|refugees|asylum[\s-]seekers|IDPs|displaced|returnees|evacuees)\b/iu;

const RULE_LIST: readonly Rule[] = [
  {
    indicator: 'temporary-accommodation',
    dims: ['count'],
    words: /\b(?:temporary (?:accommodations?|shelters?|housing)|collective (?:centres?|centers?|shelters?)|evacuation (?:centres?|centers?)|emergency shelters?|reception (?:centres?|centers?)|sheltered|in shelters|hosted in)\b/gi,
  },
  { indicator: 'people-without-shelter', dims: ['count'], words: /\b(?:without (?:shelter|a roof)|homeless)\b/gi },
  { indicator: 'hospitalised', dims: ['count'], words: /\b(?:admitted to hospital|hospitali[sz]ed|hospitali[sz]ations?|in hospital)\b/gi },
  { indicator: 'people-in-need', dims: ['count'], words: /\b(?:in need|(?:need|needed) (?:humanitarian |emergency |urgent )?(?:assistance|aid|help|support|relief)|require (?:humanitarian )?(?:assistance|aid))\b/gi },
  { indicator: 'people-reached', dims: ['count'], words: /\b(?:reached(?!\s+(?:[a-z]+\s+){0,2}\d(?:[\d,.]*\d)?(?!\d)(?:\s+(?:million|thousand))?\s*(?:[.;)]|,\s|$|(?:as\s+(?:of|at)|on|since|according)\s))|assisted|received|supported|served|provided with|benefited|benefitted)\b/gi },
  { indicator: 'deaths', dims: ['count'], words: /\b(?:killed|killing|kills?|dead|died|deaths?|death toll|toll|fatalities|lost their lives|lives (?:were )?lost|loss of|claimed)\b/gi },
  // "340 cholera cases and 12 deaths": cases are cases; the nearest word decides, a word across "and" counts as farther
  { indicator: 'cases', dims: ['count'], words: /\b(?:(?:suspected |confirmed |new )?cases|(?:suspected|confirmed|probable|new) case|infections|infected|tested positive)\b/gi },
  { indicator: 'injured', dims: ['count'], words: /\b(?:injured|injuring|wounded|wounding|hurt|injur(?:y|ies))\b/gi },
  { indicator: 'missing', dims: ['count'], words: /\b(?:missing|unaccounted for)\b/gi },
  { indicator: 'abducted', dims: ['count'], words: /\b(?:abducted|abducting|abductions?|kidnapped|kidnapping|kidnappings?|taken hostage)\b/gi },
  { indicator: 'returnees', dims: ['count'], words: /\b(?:returned|returnees|returning)\b/gi },
  {
    indicator: 'displaced',
    dims: ['count'],
    words: /\b(?:fled|flee|fleeing|displaced|displaces|displacement|exodus|evacuated|relocated|uprooted|forced (?:from|out of)|forc(?:e|es|ed|ing) [\d,.]+(?: (?:million|thousand))? to (?:flee|leave|move|evacuate|relocate)|left their homes|forced to (?:leave their homes|flee)|arrived|arrivals|crossed(?!\s+(?:the\s+)?(?:\d|(?:about|around|over|more than|nearly)\s)))\b/gi,
  },
  // (not a level foreseen: "the number is likely to reach 2.3 million")
  { indicator: 'people-targeted', dims: ['count'], words: /\b(?:(?<!\b(?:likely|expected|projected|forecast|set)\s)to (?:assist|reach|help|support)|targets?|targeted|targeting|aims? to (?:reach|assist|help))\b/gi },
  { indicator: 'households-affected', dims: ['count'], units: ['household', 'family'], words: /\b(?:affected|damaged|destroyed)\b/gi },
  { indicator: 'people-affected', dims: ['count'], units: ['person'], words: /\b(?:affected|affecting)\b/gi },
  // (residents and inhabitants name a population only where no other word of the clause names what befell them: the noun's own indicator, below)
  // (not a population of people in need of some kind: "the total target population", "the refugee population")
  // (not where the sentence names migrants, refugees or the displaced: "Colombia ... is now home to more than 1.4 million" of them;
  // nor the whole a share is of: "1.7 million people (15.2% of the Cuban population) were evacuated")
  {
    indicator: 'population',
    dims: ['count'],
    words: /\b(?:(?<!\b(?:target|targeted|refugee|displaced|IDP|returnee|migrant|affected|camp|insecure)\s)(?<!\bof\s+(?:the\s+|its\s+)?(?:[A-Za-z'’-]+\s+)?)population|home to|living in|live in)\b/gi,
    excludes: GROUP_OF_CONCERN,
  },

  { indicator: 'offensive-duration', dims: ['time'], words: /\b(?:offensive|assault|attack|bombardment|shelling|incursion|military operation)\b/gi },
  { indicator: 'blockade-duration', dims: ['time'], words: /\b(?:blockade|siege)\b/gi },
  { indicator: 'control-duration', dims: ['time'], words: /\b(?:hold|holds|held|holding|controlled|controlling|ruled|governed|administered|occupied)\b/gi },
  {
    indicator: 'time-without-un-access',
    dims: ['time'],
    words: /\b(?:first (?:\w+ ){0,4}(?:visit|mission|access|convoy)|without (?:humanitarian |UN )?access)\b/gi,
    requires: /\b(?:United Nations|UN|U\.N\.)\b/,
  },
  // (not a war's or a conflict's length: "after 10 years of war", "1,000 days of full-scale war" are context, not figures)

  { indicator: 'funding-received', dims: ['money'], words: /\b(?:received|pledged|contributed|disbursed|allocated|donated|raised|released|approved|set aside|earmarked|granted|gave|given|sent|offered|committed|provided|provides|providing|will provide|will give|giving|extended|extends|announced)\b/gi },
  {
    indicator: 'funding-required',
    dims: ['money'],
    words: /\b(?:appeals?|requires?|required|requirements?|needed|seeks?|seeking|calls? for|response plan|budget)\b/gi,
  },
  { indicator: 'case-fatality-rate', dims: ['ratio'], words: /\b(?:CFR|(?:case[- ])?fatality (?:rate|ratio))\b/gi },
  { indicator: 'funding-coverage', dims: ['ratio'], words: /\bfunded\b/gi },
  { indicator: 'aid-delivered', dims: ['mass', 'volume'], words: /\b(?:delivered|dispatched|distributed|transported|shipped|arrived|provided|supplied|trucked|handed out)\b/gi },
  // a distance is a humanitarian figure only as a journey people make (the corpus does not label the length of a road or the depth of a quake)
  { indicator: 'distance', dims: ['length'], words: /\b(?:walk(?:ed|ing)?|travel(?:led|ed|ling)?|trek(?:ked|king)?|journey)\b/gi },
  { indicator: 'houses-destroyed', dims: ['object'], units: ['house'], words: /\b(?:destroyed|razed|flattened|collapsed|washed away)\b/gi },
  { indicator: 'houses-damaged', dims: ['object'], units: ['house'], words: /\b(?:damaged|flooded|affected)\b/gi },
  { indicator: 'health-facilities-damaged', dims: ['object'], units: ['health-facility', 'hospital', 'clinic'], words: /\b(?:damaged|destroyed|closed|affected|non-functional|not functioning|out of service)\b/gi },
  { indicator: 'livestock-lost', dims: ['object'], units: ['livestock'], words: /\b(?:died|dead|deaths?|killed|lost|losses|perished|swept away|drowned)\b/gi },
  { indicator: 'schools-damaged', dims: ['object'], units: ['school', 'classroom'], words: /\b(?:damaged|destroyed|closed|affected|damage)\b/gi },
  { indicator: 'evacuation-centres', dims: ['object'], units: ['evacuation-centre'], words: /\b(?:open|opened|operating|active|in)\b/gi },
  { indicator: 'relief-items-delivered', dims: ['object'], words: /\b(?:delivered|distributed|provided|dispatched|arrived|supplied|provide|supply|sent|send|carrying|carried|airlifted|shipped|handed out|delivering|distributing)\b/gi },
];

/** The rules with each space matching any run of white space (a phrase may wrap across lines). */
const RULES: readonly Rule[] = RULE_LIST.map((r) => ({ ...r, words: new RegExp(r.words.source.replace(/ /g, '\\s+'), r.words.flags) }));

/** Unit nouns that name an indicator when nothing else does. */
const NOUN_INDICATORS: Readonly<Record<string, string>> = lookupTable({
  residents: 'population', resident: 'population', inhabitants: 'population',
  refugees: 'refugees', refugee: 'refugees', returnees: 'returnees', returns: 'returnees', idps: 'displaced', evacuees: 'displaced',
  deaths: 'deaths', fatalities: 'deaths', bodies: 'deaths', drownings: 'deaths', casualties: 'casualties', arrivals: 'displaced', cases: 'cases',
});

export interface IndicatorGuess {
  indicator: string;
  /** the word that suggested it */
  word: string;
  scope: 'clause' | 'sentence' | 'noun';
  distance: number;
}

/** The indicator a noun names on its own ("residents" -> population), if any. */
export function nounIndicator(noun: string | undefined): string | undefined {
  return noun === undefined ? undefined : NOUN_INDICATORS[noun];
}

/** What follows an amount paid to each recipient (bounded: at most four words before 'to each'). */
const PER_RECIPIENT = /^\s*(?:each\b|apiece\b|a head\b|per\s+(?:person|head|household|family|families|child|beneficiary|recipient|month)\b|(?:(?:as|in)\s+(?:[\w-]+\s+){0,4})?(?:to|for)\s+each\b)/i;

/** A conjunction between a word and the figure: the word then belongs to the other conjunct. */
const CONJUNCTION = /\b(?:and|but|while|whereas|with|which|who|whom|where)\b/i;
/** How many characters farther such a word counts as. */
const CONJUNCTION_PENALTY = 40;

/** The best rule match in [span) for a figure at `core`, or undefined. */
/**
 * Whether a rule's required words are in a sentence, remembered for the last sentence each pattern
 * was tested on: every figure of a sentence asks, and a text with no sentence breaks is one long
 * sentence (each figure testing all of it would make a text of n figures n times n characters).
 */
const REQUIRED_LAST = new Map<RegExp, { sentence: string; found: boolean }>();
function requiredIn(pattern: RegExp, sentence: string): boolean {
  const last = REQUIRED_LAST.get(pattern);
  if (last !== undefined && last.sentence === sentence) return last.found;
  const found = pattern.test(sentence);
  REQUIRED_LAST.set(pattern, { sentence, found });
  return found;
}

function bestIn(text: string, span: Span, core: Span, unit: string, sentence: string): IndicatorGuess | undefined {
  const dim = unitDimension(unit);
  const body = text.slice(span.start, span.end);
  let best: IndicatorGuess | undefined;
  for (const rule of RULES) {
    if (!rule.dims.includes(dim)) continue;
    if (rule.units && !rule.units.includes(unit)) continue;
    if (rule.requires && !requiredIn(rule.requires, sentence)) continue;
    if (rule.excludes && requiredIn(rule.excludes, sentence)) continue;
    rule.words.lastIndex = 0;
    for (let m = rule.words.exec(body); m; m = rule.words.exec(body)) {
      const s = span.start + m.index;
      const e = s + m[0].length;
      let distance = e <= core.start ? core.start - e : s >= core.end ? s - core.end : 0;
      // a word no nearer than the best so far cannot win, with or without a penalty: no test for it
      if (best && distance >= best.distance) continue;
      // a word across a conjunction belongs to the other conjunct: "23 died and 4 remain missing" -> missing
      if (distance > 0 && CONJUNCTION.test(e <= core.start ? text.slice(e, core.start) : text.slice(core.end, s))) distance += CONJUNCTION_PENALTY;
      if (!best || distance < best.distance) best = { indicator: rule.indicator, word: m[0], scope: 'clause', distance };
    }
  }
  return best;
}

/** Right after an amount: up to three words that describe it, then "appeal" or "response plan" ("$10.3 billion emergency funding appeal"; not "to the appeal"). */
const AMOUNT_OF_APPEAL_AFTER = /^\s+(?:(?!(?:to|for|towards?|in|into|of|against|from|by|under|within|through|at|during|after|before|on|with|following)\s)[\p{L}-]+\s+){0,3}?(appeals?|response\s+plan)(?![\p{L}])/iu;
/** Right before an amount: an article or a possessive that makes the amount and the appeal after it one noun phrase. */
const ARTICLE_BEFORE_AMOUNT = /(?<![\p{L}])(?:a|an|its|their|the|this|new)\s+$/iu;

/**
 * The indicator of a figure: from its clause, else its sentence, else its unit noun.
 * `onlyAfter` restricts the search to words after the figure (the predicate of "nearly all of").
 */
export function guessIndicator(
  text: string,
  clause: Span,
  sentence: Span,
  otherClauses: readonly Span[],
  core: Span,
  unit: string,
  noun: string | undefined,
): IndicatorGuess | undefined {
  // an amount for each recipient ("USD 500 each", "Rs 10,000 as relief to each household", "per
  // family") is an entitlement, not money a donor gave: no indicator
  if (unitDimension(unit) === 'money' && PER_RECIPIENT.test(text.slice(core.end, core.end + 80))) return undefined;
  // "announced a $10.3 billion emergency funding appeal": the amount an appeal asks for, whatever verb announces it
  // (only an amount an article opens, "a $10.3 billion ... appeal": not a donor's "pledged $5 million at the appeal launch")
  const appeal = unitDimension(unit) === 'money' && ARTICLE_BEFORE_AMOUNT.test(text.slice(Math.max(clause.start, core.start - 12), core.start)) ? AMOUNT_OF_APPEAL_AFTER.exec(text.slice(core.end, Math.min(clause.end, core.end + 60))) : null;
  if (appeal) return { indicator: 'funding-required', word: appeal[1]!, scope: 'clause', distance: appeal[0].length - appeal[1]!.length };
  const sentenceText = text.slice(sentence.start, sentence.end);
  const inClause = bestIn(text, clause, core, unit, sentenceText);
  const byNoun = nounIndicator(noun);
  // a word across a conjunction or a relative pronoun belongs to the other predicate: the figure's own
  // noun names it better ("30,000 people have fled into Chad, which was already hosting 400,000 refugees")
  if (inClause && byNoun && noun && inClause.distance >= CONJUNCTION_PENALTY) return { indicator: byNoun, word: noun, scope: 'noun', distance: 0 };
  if (inClause) return inClause;
  let inSentence: IndicatorGuess | undefined;
  for (const other of otherClauses) {
    const g = bestIn(text, other, core, unit, sentenceText);
    if (g && (!inSentence || g.distance < inSentence.distance)) inSentence = g;
  }
  if (inSentence) return { ...inSentence, scope: 'sentence' };
  if (byNoun && noun) return { indicator: byNoun, word: noun, scope: 'noun', distance: 0 };
  return undefined;
}
