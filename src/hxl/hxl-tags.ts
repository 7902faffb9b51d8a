/**
 * humfig figures and HXL, the Humanitarian Exchange Language (https://hxlstandard.org/): the
 * hashtag syntax, the long-format export of figures (one row per figure, a column per field),
 * and the wide-format hashtags of indicators (HDX style: a column per indicator) that the
 * importer reads back. Pure: strings in, strings out.
 *
 * HXL in one paragraph: a CSV file gets one extra row, under its header row, whose cells are
 * hashtags such as `#affected+idps+f`: a hashtag from the dictionary (#affected: people
 * affected) refined by attributes (+idps: internally displaced; +f: female). Hashtags and
 * attributes are case-insensitive, attribute order does not matter, and anyone may add custom
 * attributes. A column without a hashtag is ignored by HXL tools.
 */
import { isCurrencyCode } from '../domain/currency.js';
import { canonicalUnit } from '../domain/unit.js';

// ---------------------------------------------------------------------------------------------
// Hashtag syntax
// ---------------------------------------------------------------------------------------------

/** A parsed hashtag specification: `#affected +idps +F` is {tag: '#affected', attributes: ['idps', 'f']}. */
export interface HxlTag {
  /** the hashtag, lower case, with its '#' */
  tag: string;
  /** the attributes, lower case, without '+', in the order written, each once */
  attributes: string[];
}

/**
 * The HXL tagging conventions: a hashtag is '#' and a letter followed by letters, digits or
 * underscores; each attribute is '+' and the same kind of token; white space may surround the
 * whole and precede each '+' (`#affected +f +children`). Case does not matter.
 */
const TOKEN = '[A-Za-z][A-Za-z0-9_]*';
// (and a space after a '+', as a hand-typed row has it: \`#inneed +f + adults\`)
const HASHTAG = new RegExp(`^\\s*#(${TOKEN})((?:\\s*\\+\\s?${TOKEN})*)\\s*$`);

/** The parsed hashtag, or null when the text is not a valid HXL hashtag specification. */
export function parseHashtag(text: string): HxlTag | null {
  // a stray mark after a hashtag (`#sector?`, `#affected*`: a tagger's query or footnote) is not part of it
  const m = HASHTAG.exec(text) ?? HASHTAG.exec(text.replace(/^(\s*#[A-Za-z][A-Za-z0-9_+\s]*?)[?*!.:;]+\s*$/, '$1'));
  if (!m) return null;
  const attributes: string[] = [];
  for (const a of m[2]!.split('+').slice(1)) {
    const attr = a.trim().toLowerCase();
    if (!attributes.includes(attr)) attributes.push(attr);
  }
  return { tag: `#${m[1]!.toLowerCase()}`, attributes };
}

/**
 * Hashtags of HXL's beta (2014, before HXL 1.0), as the beta dictionary defines them, and the
 * HXL 1.x hashtag that says the same: the beta wrote a column's type as a suffix (`_num`, `_id`,
 * `_date`, `_deg`) where 1.x writes attributes. Only tags whose meaning carries over are here:
 * the beta's `#people_num`, `#households_num`, `#females_num` and `#males_num` counted people
 * "involved, without specifying status" (neither affected, in need nor displaced), so they have
 * no 1.x counterpart and are left unread.
 */
const BETA_HASHTAGS: ReadonlyMap<string, string> = new Map([
  ['#report_date', '#date+reported'],
  ['#from_date', '#date+start'],
  ['#to_date', '#date+end'],
  ['#period_date', '#date'],
  ['#country_id', '#country+code'],
  ['#adm1_id', '#adm1+code'],
  ['#adm2_id', '#adm2+code'],
  ['#adm3_id', '#adm3+code'],
  ['#loc_id', '#loc+code'],
  ['#origin', '#country+origin'],
  ['#origin_id', '#country+code+origin'],
  ['#sector_id', '#sector+code'],
  ['#subsector_id', '#subsector+code'],
  ['#org_id', '#org+code'],

  ['#lat_deg', '#geo+lat'],
  ['#lon_deg', '#geo+lon'],
  ['#aff_num', '#affected'],
  ['#inneed_num', '#inneed'],
  ['#targeted_num', '#targeted'],
  ['#reached_num', '#reached'],
  ['#injured_num', '#affected+injured'],
  ['#idp_num', '#affected+idps'],
  ['#refugee_num', '#affected+refugees'],
  // (the plural, as UNHCR's HDX table of 1975 to 2012 wrote it beside the beta's #reached_num)
  ['#refugees_num', '#affected+refugees'],
  ['#idps_num', '#affected+idps'],
]);

/** HXL beta's counts of people "involved" without a status, which HXL 1.x has no hashtag for. */
const BETA_WITHOUT_STATUS: ReadonlySet<string> = new Set(['#people_num', '#households_num', '#females_num', '#males_num']);

/** Whether a hashtag is one of HXL beta's counts without a status (#people_num), which no 1.x hashtag stands for. */
export function isBetaCountWithoutStatus(t: HxlTag): boolean {
  return t.attributes.length === 0 && BETA_WITHOUT_STATUS.has(t.tag);
}

/**
 * The HXL 1.x hashtags of a hashtag row written in HXL's beta, and which columns were read so;
 * undefined when the row has no beta hashtag (a 1.x row is read as it is). A beta tag with
 * attributes is left alone: the beta had none.
 */
export function upgradeBetaHashtags(tags: readonly (HxlTag | null)[]): { tags: (HxlTag | null)[]; upgraded: Array<{ index: number; from: string; to: string }> } | undefined {
  const upgraded: Array<{ index: number; from: string; to: string }> = [];
  const out = tags.map((t, index) => {
    if (t === null || t.attributes.length > 0) return t;
    const to = BETA_HASHTAGS.get(t.tag);
    if (to === undefined) return t;
    upgraded.push({ index, from: t.tag, to });
    return parseHashtag(to);
  });
  return upgraded.length > 0 ? { tags: out, upgraded } : undefined;
}

/** Admin hashtags spelt out (`#admin1`, OCHA Ukraine's workbooks), and the HXL 1.x hashtag each stands for. */
const SPELT_OUT_ADMIN: ReadonlyMap<string, string> = new Map([
  ['#admin0', '#adm0'],
  ['#admin1', '#adm1'],
  ['#admin2', '#adm2'],
  ['#admin3', '#adm3'],
]);
/** A country's code written as one hashtag (`#country_ISO`, Insecurity Insight's workbooks): `#country +code`. */
const JOINED_COUNTRY_CODES: ReadonlySet<string> = new Set(['#country_iso', '#country_iso3', '#countryiso', '#countryiso3', '#country_code', '#iso3']);
/** Place hashtags, whose names a language attribute written bare (`+en`, `+uk`) says the language of. */
const PLACE_TAGS: ReadonlySet<string> = new Set(['#country', '#adm0', '#adm1', '#adm2', '#adm3', '#loc', '#adm4', '#village', '#site', '#settlement']);
const BARE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr', 'es', 'ar', 'ru', 'uk', 'pt', 'zh']);
/** Extension attributes of a place that say it is where a flow ends: the place itself. */
const FLOW_END_ATTRIBUTES: ReadonlySet<string> = new Set(['x_destination', 'x_dest']);

/**
 * A hashtag row's hashtags as HXL 1.x writes them, where a file spells them otherwise: `#admin1 +name
 * +en` is `#adm1 +name +i_en` (a place's names in English); undefined where nothing is respelt.
 */
export function respellHashtags(tags: readonly (HxlTag | null)[]): { tags: (HxlTag | null)[]; respelt: Array<{ index: number; from: string; to: string }> } | undefined {
  const respelt: Array<{ index: number; from: string; to: string }> = [];
  const out = tags.map((t, index) => {
    if (t === null) return t;
    const joined = JOINED_COUNTRY_CODES.has(t.tag);
    const tag = joined ? '#country' : (SPELT_OUT_ADMIN.get(t.tag) ?? t.tag);
    const own = joined && !t.attributes.includes('code') ? ['code', ...t.attributes] : t.attributes;
    // (and the extension attributes of a flow's two ends, OCHA Afghanistan's displacement events: `+x_origin` is where
    // people fled from, `+origin`; `+x_destination` where they are displaced, the row's place)
    const attributes = PLACE_TAGS.has(tag) ? own.filter((a) => !FLOW_END_ATTRIBUTES.has(a)).map((a) => (BARE_LANGUAGES.has(a) ? `i_${a}` : a === 'x_origin' ? 'origin' : a)) : own;
    if (tag === t.tag && attributes.every((a, i) => a === t.attributes[i])) return t;
    const next = { tag, attributes };
    respelt.push({ index, from: formatHashtag(t), to: formatHashtag(next) });
    return next;
  });
  return respelt.length > 0 ? { tags: out, respelt } : undefined;
}

/** `#affected+idps+f`: the hashtag written without spaces, attributes in their order. */
export function formatHashtag(t: HxlTag): string {
  return t.tag + t.attributes.map((a) => `+${a}`).join('');
}

/** Language attributes (+i_en, +i_fr) say what language a text is in, not what it means. */
export function isLanguageAttribute(attribute: string): boolean {
  return /^i_[a-z]{2,3}$/.test(attribute);
}

/**
 * Whether a hashtag matches an HXL tag pattern (the syntax of the HXL tools): `#date+reported`
 * needs +reported; `#org-code` forbids +code; a trailing `!` (`#description!`) allows no other
 * attribute, language attributes aside.
 */
export function matchesPattern(t: HxlTag | null, pattern: string): boolean {
  if (!t) return false;
  const absolute = pattern.endsWith('!');
  const m = /^#([a-z0-9_]+)((?:[+-][a-z0-9_]+)*)$/.exec(absolute ? pattern.slice(0, -1) : pattern);
  if (!m) throw new Error(`malformed tag pattern '${pattern}'`);
  if (t.tag !== `#${m[1]}`) return false;
  const include: string[] = [];
  for (const [, sign, attr] of m[2]!.matchAll(/([+-])([a-z0-9_]+)/g)) {
    if (sign === '+') {
      if (!t.attributes.includes(attr!)) return false;
      include.push(attr!);
    } else if (t.attributes.includes(attr!)) {
      return false;
    }
  }
  return !absolute || t.attributes.every((a) => include.includes(a) || isLanguageAttribute(a));
}

// ---------------------------------------------------------------------------------------------
// Wide format: one column per indicator (HDX style)
// ---------------------------------------------------------------------------------------------

/** What the numbers of an indicator hashtag are: counts of people, amounts of money, shares. */
export type IndicatorKind = 'people' | 'money' | 'percent';

export interface IndicatorHashtag {
  indicator: string;
  /** the hashtag without its unit attribute */
  hashtag: string;
  kind: IndicatorKind;
  /** a unit the entry is for, when the same hashtag means another indicator in another unit */
  unit?: string;
  /** false for spellings only read, never written (#value+funding+received) */
  export?: boolean;
}

/**
 * humfig's common indicators and their conventional hashtags on HDX. The unit is added as an
 * attribute: none for persons (+ind is also read), +hh for households, the ISO 4217 code in
 * lower case for money (+chf, +usd, as HDX's FTS data writes them), +pct for percentages.
 */
export const INDICATOR_HASHTAGS: readonly IndicatorHashtag[] = [
  // #population: the dictionary's general population of an area
  { indicator: 'population', hashtag: '#population', kind: 'people' },
  // +displaced: all displaced people, "use +idps or +refugees to be more specific"; humfig's
  // `displaced` does not say whether they crossed a border
  // (OCHA's COVID dashboards tag their people in need #affected+inneed: people in need, not people affected; first, so
  // that Ukraine's #affected+inneed+idps is people in need among IDPs, not IDPs "in need")
  { indicator: 'people-in-need', hashtag: '#affected+inneed', kind: 'people', export: false },
  { indicator: 'displaced', hashtag: '#affected+displaced', kind: 'people' },
  { indicator: 'internally-displaced', hashtag: '#affected+idps', kind: 'people' },
  { indicator: 'refugees', hashtag: '#affected+refugees', kind: 'people' },
  { indicator: 'returnees', hashtag: '#affected+returnees', kind: 'people' },
  // UNHCR's own spellings of the populations HAPI names by code (RET, RDP, ASY, STA): one indicator whichever file
  { indicator: 'returnees', hashtag: '#affected+refugees+returnees', kind: 'people', export: false },
  { indicator: 'returned-idps', hashtag: '#affected+idps+returnees', kind: 'people', export: false },
  // (IOM DTM's returnees within the country, former IDPs, and from abroad: #affected+ret+internal, #affected+ret+abroad)
  { indicator: 'returned-idps', hashtag: '#affected+returnees+internal', kind: 'people', export: false },
  { indicator: 'returnees', hashtag: '#affected+returnees+abroad', kind: 'people', export: false },
  { indicator: 'asylum-seekers', hashtag: '#affected+asylum_seekers', kind: 'people', export: false },
  { indicator: 'stateless', hashtag: '#affected+stateless', kind: 'people', export: false },
  // (and those HAPI codes OOC and OIP, as UNHCR's population tables tag them: no people affected by a disaster)
  { indicator: 'others-of-concern', hashtag: '#affected+others', kind: 'people', export: false },
  { indicator: 'other-people-in-need-of-international-protection', hashtag: '#affected+oip', kind: 'people', export: false },
  // (UNHCR's solutions: refugees resettled in a third country, and naturalised in their country of asylum)
  { indicator: 'resettled-refugees', hashtag: '#affected+resettled', kind: 'people', export: false },
  { indicator: 'naturalised-refugees', hashtag: '#affected+naturalized', kind: 'people', export: false },
  { indicator: 'naturalised-refugees', hashtag: '#affected+naturalised', kind: 'people', export: false },
  // (UNHCR's asylum tables tag applications and decisions #inneed+asylum_seekers+applications, +recognized: asylum-seekers' counts, not people in need)
  { indicator: 'asylum-seekers', hashtag: '#inneed+asylum_seekers', kind: 'people', export: false },
  // displaced people in temporary accommodation; +shelter (custom) names the caseload of the
  // Shelter cluster, so the column stays under #affected +displaced for HXL tools
  { indicator: 'temporary-accommodation', hashtag: '#affected+displaced+shelter', kind: 'people' },
  // #inneed, #targeted, #reached: the dictionary's nested caseloads (in need ⊇ targeted ⊇ reached)
  { indicator: 'people-in-need', hashtag: '#inneed', kind: 'people' },
  { indicator: 'people-targeted', hashtag: '#targeted', kind: 'people' },
  { indicator: 'people-reached', hashtag: '#reached', kind: 'people' },
  // #affected alone: people (or, with +hh, households) affected by the emergency
  { indicator: 'people-affected', hashtag: '#affected', kind: 'people', unit: 'person' },
  { indicator: 'households-affected', hashtag: '#affected', kind: 'people', unit: 'household' },
  // +killed, +injured, +missing: casualties among the affected, as HDX crisis data tags them
  { indicator: 'deaths', hashtag: '#affected+killed', kind: 'people' },
  // (OCHA's COVID-19 sheets: #affected+infected+dead beside +confirmed and +recovered; and +deaths)
  { indicator: 'deaths', hashtag: '#affected+dead', kind: 'people', export: false },
  { indicator: 'deaths', hashtag: '#affected+infected+dead', kind: 'people', export: false },
  { indicator: 'deaths', hashtag: '#affected+deaths', kind: 'people', export: false },
  { indicator: 'injured', hashtag: '#affected+injured', kind: 'people' },
  { indicator: 'missing', hashtag: '#affected+missing', kind: 'people' },
  // #value: a monetary value; +funding +required and +funding +total are how OCHA's Financial
  // Tracking Service data on HDX tags requirements and funding received
  { indicator: 'funding-required', hashtag: '#value+funding+required', kind: 'money' },
  { indicator: 'funding-received', hashtag: '#value+funding+total', kind: 'money' },
  { indicator: 'funding-received', hashtag: '#value+funding+received', kind: 'money', export: false },
  { indicator: 'funding-coverage', hashtag: '#value+funding', kind: 'percent' },
];

/** A year as an HXL attribute: "+y2018" (an attribute cannot begin with a digit), when a column's figures hold. */
export const HASHTAG_YEAR = /^y(?:19|20)\d\d$/;

/** Attributes that two HDX pipelines spell differently for one meaning: IDMC's new displacements are +newdisp in one, +internaldisp in another. */
// (and the singular some files write, "#affected+idp" under "IDPs": the same people as +idps)
const ATTRIBUTE_SPELLINGS: ReadonlyMap<string, string> = new Map([['internaldisp', 'newdisp'], ['idp', 'idps'], ['refugee', 'refugees'], ['returnee', 'returnees'], ['deaths', 'dead'], ['recoveries', 'recovered']]);

/**
 * IDMC's third spelling, in its GIDD files: `#affected+idps+new+conflict` beside
 * `#affected+idps+total+conflict`, the new displacements of a year and the people displaced at its
 * end. Read as its other pipelines write them (+newdisp, +stock), so that the same quantity has one
 * indicator whichever file it came from: +new on an IDP column always, +total only where the file
 * also has a column of new displacements (`flowsInFile`), which is what makes it the stock.
 */
export function displacementSpelling(t: HxlTag, flowsInFile: boolean): HxlTag {
  // (IDMC's columns say the displacement's cause, +conflict or +disaster; a DTM file's +new arrivals do not, and keep their name)
  if (t.tag !== '#affected' || !t.attributes.includes('idps') || !t.attributes.some((a) => a === 'conflict' || a === 'disaster')) return t;
  const flow = t.attributes.includes('new');
  const stock = flowsInFile && t.attributes.includes('total') && !t.attributes.some((a) => a === 'stock' || a === 'newdisp' || a === 'internaldisp' || a === 'new');
  if (!flow && !stock) return t;
  return { tag: t.tag, attributes: t.attributes.map((a) => (a === 'new' ? 'newdisp' : stock && a === 'total' ? 'stock' : a)) };
}

/** Whether a column counts new displacements of IDPs, in any of IDMC's spellings (+newdisp, +internaldisp, +new). */
export function isDisplacementFlow(t: HxlTag): boolean {
  return t.tag === '#affected' && t.attributes.includes('idps') && t.attributes.some((a) => a === 'newdisp' || a === 'internaldisp' || a === 'new');
}

/**
 * Spellings of HXL's +ind, individual people as against +hh households (the core schema has +ind
 * only; files spell it out: Madagascar's BNGRC writes `#affected+idps+individuals` beside
 * `#affected+idps+households`). Persons, the default unit: they say nothing about what is counted.
 */
export const INDIVIDUAL_ATTRIBUTES: ReadonlySet<string> = new Set(['ind', 'individuals', 'individual', 'persons']);

/** Attributes that say nothing about what is counted: totals, numeric type, units, language. */
const NEUTRAL_ATTRIBUTES: ReadonlySet<string> = new Set(['total', 'num', ...INDIVIDUAL_ATTRIBUTES]);
/**
 * Attributes a file writes for households where HXL's is +hh: families are households
 * (`#affected+displaced+families`, OCHA Afghanistan's DISP_FAM, beside `#affected+displaced` for
 * the individuals), on a hashtag of people.
 */
const HOUSEHOLD_ATTRIBUTES: ReadonlySet<string> = new Set(['households', 'household', 'hhs', 'families', 'family', 'fam']);

/** Hashtags whose numbers are counts of people (or households). */
export const PEOPLE_TAGS: ReadonlySet<string> = new Set(['#population', '#affected', '#inneed', '#targeted', '#reached']);

/**
 * Attributes that name the things a hashtag of people counts instead (#affected+livestock+killed,
 * #affected+houses+damaged): the unit of those things. (A hashtag with a +unit_ of its own keeps that.)
 */
const THINGS_OF_PEOPLE_TAGS: ReadonlyMap<string, string> = new Map([
  ...['livestock', 'cattle', 'animals', 'goats', 'sheep', 'camels', 'poultry', 'herds', 'animal'].map((a) => [a, 'livestock'] as const),
  // (plurals only: humfig's own #affected+displaced+shelter is people in shelter, and +housing a sector)
  ...['houses', 'homes', 'dwellings'].map((a) => [a, 'house'] as const),
  ...['shelters'].map((a) => [a, 'shelter'] as const),
  ...['buildings', 'structures'].map((a) => [a, 'building'] as const),
  ...['schools'].map((a) => [a, 'school'] as const),
  ...['classrooms'].map((a) => [a, 'classroom'] as const),
  ...['hospitals'].map((a) => [a, 'hospital'] as const),
  ...['health_facilities', 'clinics'].map((a) => [a, a === 'clinics' ? 'clinic' : 'health-facility'] as const),
  ...['water_points', 'waterpoints'].map((a) => [a, 'water-point'] as const),
]);

/** Attributes that make a column hold text, codes or dates, not the numbers of an indicator. */
const NOT_A_NUMBER = new Set(['code', 'name', 'text', 'type', 'id', 'url', 'date', 'unit', 'qualifier', 'min', 'max', 'currency']);

/** Whether an attribute makes a column hold text, codes or dates (+code, +name, +date ...), not numbers. */
export function isNotANumberAttribute(attribute: string): boolean {
  return NOT_A_NUMBER.has(attribute);
}

/** Attributes that mean something to the reader: an indicator named so is written with x_ before it. */
function isReservedAttribute(attribute: string): boolean {
  return (
    NEUTRAL_ATTRIBUTES.has(attribute) ||
    NOT_A_NUMBER.has(attribute) ||
    ['hh', 'pct', 'percentage', 'value'].includes(attribute) ||
    HOUSEHOLD_ATTRIBUTES.has(attribute) ||
    attribute.startsWith('unit_') ||
    attribute.startsWith('x_') ||
    isLanguageAttribute(attribute) ||
    (attribute.length === 3 && isCurrencyCode(attribute))
  );
}

/** The unit a hashtag names with +unit_<unit> that humfig does not know ("index" in +unit_index), if any. */
export function unknownUnitAttribute(t: HxlTag): string | undefined {
  const a = t.attributes.find((x) => x.startsWith('unit_') && canonicalUnit(fromAttribute(x.slice(5))) === undefined && peopleUnit(x.slice(5)) === undefined);
  return a === undefined ? undefined : a.slice(5);
}

/** HAPI's poverty-rate attributes that are percentages of people. */
const POVERTY_SHARES: ReadonlySet<string> = new Set(['headcount_ratio', 'in_severe_poverty', 'vulnerable_to_poverty']);

/** A +unit_ word that names people or households ("ind", "refugees", "personnes"; "hh", "families"): their unit. */
const PEOPLE_UNIT_WORDS = /^(?:ind|inds|individuals?|pers|persons?|people|pop|beneficiar(?:y|ies)|idps?|refugees?|returnees?|migrants?|child|children|cases?|patients?|deaths?|personnes?|personas?|pessoas?)$/;
const HOUSEHOLD_UNIT_WORDS = /^(?:hh|hhs|households?|families|family|menages?|hogares?)$/;
function peopleUnit(word: string): 'person' | 'household' | undefined {
  return PEOPLE_UNIT_WORDS.test(word) ? 'person' : HOUSEHOLD_UNIT_WORDS.test(word) ? 'household' : undefined;
}

/**
 * "offensive-duration" -> "offensive_duration". An attribute starts with a letter, and one that
 * the reader would take for a unit or a type (+usd, +total, +code) is escaped: "x_3w", "x_usd".
 */
function toAttribute(kebab: string): string {
  const snake = kebab.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(snake) && !isReservedAttribute(snake) ? snake : `x_${snake}`;
}

/** "offensive_duration" -> "offensive-duration", "x_usd" -> "usd"; undoes toAttribute. */
function fromAttribute(attribute: string): string {
  return attribute.replace(/^x_/, '').replace(/_+/g, '-').replace(/^-+|-+$/g, '');
}

/** The unit's attribute: none for persons, hh, a currency code, pct, or unit_<code>. */
function unitAttribute(unit: string): string | undefined {
  if (unit === 'person') return undefined;
  if (unit === 'household') return 'hh';
  if (unit === 'percent') return 'pct';
  if (/^[A-Z]{3}$/.test(unit)) return unit.toLowerCase();
  return `unit_${toAttribute(unit)}`;
}

function kindOfUnit(unit: string): IndicatorKind | 'other' {
  if (unit === 'person' || unit === 'household') return 'people';
  if (unit === 'percent') return 'percent';
  if (/^[A-Z]{3}$/.test(unit) && isCurrencyCode(unit)) return 'money';
  return 'other';
}

/**
 * The wide-format hashtag of a humfig indicator in a unit: ('displaced', 'person') ->
 * '#affected+displaced'; ('funding-required', 'CHF') -> '#value+funding+required+chf';
 * ('people-in-need', 'household') -> '#inneed+hh'. An indicator without a conventional hashtag
 * becomes '#value+<indicator>+<currency>' for money and '#indicator+num+<indicator>' otherwise
 * ('#indicator+num+offensive_duration+unit_day'). indicatorFromHashtag reads them back.
 */
export function indicatorHashtag(indicator: string, unit: string): string {
  const code = canonicalUnit(unit) ?? unit;
  const kind = kindOfUnit(code);
  const unitAttr = unitAttribute(code);
  const suffix = unitAttr ? `+${unitAttr}` : '';
  const entry = INDICATOR_HASHTAGS.find(
    (e) =>
      e.indicator === indicator &&
      e.export !== false &&
      (e.unit === undefined || e.unit === code) &&
      (e.kind === kind || (e.kind === 'people' && kind === 'percent')),
  );
  if (entry) return entry.hashtag + suffix;
  if (kind === 'money') return `#value+${toAttribute(indicator)}${suffix}`;
  // (a count of people named for money or things, "funding", "sites": +ind says they are people, as indicatorFromHashtag reads it)
  const named = toAttribute(indicator);
  const ind = code === 'person' && suffix === '' && named.split('_').some((w) => MONEY_WORDS.has(w) || namesThing(w)) ? '+ind' : '';
  return `#indicator+num+${named}${suffix}${ind}`;
}

/** What a wide-format column counts, read from its hashtag. */
export interface HashtagIndicator {
  /** the humfig indicator; null when the hashtag names none (a bare #indicator+num) */
  indicator: string | null;
  /** the unit; null for money whose currency the hashtag does not give (see #currency) */
  unit: string | null;
  /** true when no attribute gave the unit and a person count was assumed */
  unitAssumed: boolean;
}

/**
 * The indicator and unit of a wide-format column, or null when the column does not hold the
 * numbers of an indicator. The reverse of indicatorHashtag: the most specific entry of
 * INDICATOR_HASHTAGS whose attributes the hashtag has wins, and attributes beyond it refine the
 * indicator's name (`#affected+idps+f` -> 'internally-displaced-f'), so that a breakdown never
 * passes for a total.
 */
export function indicatorFromHashtag(t: HxlTag): HashtagIndicator | null {
  const isIndicator = t.tag === '#indicator';
  // HAPI's poverty rates, OPHI's (#indicator+headcount_ratio 46.9358, +in_severe_poverty, +vulnerable_to_poverty):
  // percentages of people, read as if tagged +num+pct (not +mpi, an index, nor +intensity_of_deprivation, a share of deprivations)
  if (isIndicator && t.attributes.length === 1 && POVERTY_SHARES.has(t.attributes[0]!)) return indicatorFromHashtag({ tag: t.tag, attributes: [t.attributes[0]!, 'num', 'pct'] });
  if (!PEOPLE_TAGS.has(t.tag) && t.tag !== '#value' && !isIndicator) return null;
  if (t.attributes.some((a) => NOT_A_NUMBER.has(a))) return null;
  if (isIndicator && !t.attributes.includes('num') && !t.attributes.includes('value')) return null;

  let unit: string | null = null;
  const rest: string[] = [];
  for (const a of t.attributes) {
    if (isLanguageAttribute(a) || (isIndicator && a === 'value')) continue;
    // (not beside +ind, which says individuals, nor +host+families, people living with host families)
    if (a === 'hh' || ((PEOPLE_TAGS.has(t.tag) || isIndicator) && HOUSEHOLD_ATTRIBUTES.has(a) && !t.attributes.some((x) => INDIVIDUAL_ATTRIBUTES.has(x)) && !t.attributes.includes('host'))) unit = 'household';
    else if (a === 'pct' || a === 'percentage') unit = 'percent';
    else if (a.startsWith('unit_') && canonicalUnit(fromAttribute(a.slice(5))) !== undefined) unit = canonicalUnit(fromAttribute(a.slice(5)))!;
    // (a unit that names people or households counts them, "+unit_ind", "+unit_refugees", "+unit_hh"; one humfig does not
    // know counts nothing it can say: "+unit_index" is no person)
    else if (a.startsWith('unit_') && peopleUnit(a.slice(5)) !== undefined) unit = peopleUnit(a.slice(5))!;
    else if (a.startsWith('unit_')) return null;
    // a thing the attribute names under a hashtag of people ("#affected+livestock+killed", NDMA's 1,164,270 animals;
    // "#affected+houses+damaged", DROMIC's houses): that thing, never people (its word stays in the indicator's name)
    else if (PEOPLE_TAGS.has(t.tag) && THINGS_OF_PEOPLE_TAGS.has(a) && !t.attributes.some((x) => x.startsWith('unit_'))) {
      unit = THINGS_OF_PEOPLE_TAGS.get(a)!;
      rest.push(ATTRIBUTE_SPELLINGS.get(a) ?? a);
    }
    // a currency only where money can be: HXL attributes such as +all or +top are ISO codes too
    else if (!PEOPLE_TAGS.has(t.tag) && /^[a-z]{3}$/.test(a) && isCurrencyCode(a)) unit = a.toUpperCase();
    // (a year, +y2018: when the figures hold, which the import reads as the column's date, no part of the indicator)
    else if (HASHTAG_YEAR.test(a)) continue;
    // (IOM DTM's Burundi writes returnees +ret under a hashtag of people: #affected+ret+internal, +ret+abroad)
    else if (a === 'ret' && PEOPLE_TAGS.has(t.tag)) rest.push('returnees');
    else rest.push(ATTRIBUTE_SPELLINGS.get(a) ?? a);
  }
  // an #indicator with no unit whose attribute names a thing humfig counts (#indicator+num+tents, +water_points,
  // +blankets, a shelter cluster's items): that thing, never people
  // (not beside a word of people: #indicator+idps+camp+num counts IDPs in camps)
  if (unit === null && isIndicator && !rest.some((a) => a.split('_').some((w) => PEOPLE_WORDS.has(w)))) {
    for (const a of rest) {
      const thing = canonicalUnit(fromAttribute(a));
      if (thing !== undefined && THING_UNITS.has(thing)) {
        unit = thing;
        break;
      }
    }
  }
  const kind: IndicatorKind | 'other' = unit === null ? (t.tag === '#value' ? 'money' : 'people') : kindOfUnit(unit);
  const effectiveUnit = unit ?? (t.tag === '#value' ? null : 'person');

  let best: IndicatorHashtag | undefined;
  let bestAttrs: string[] = [];
  for (const e of INDICATOR_HASHTAGS) {
    const parsed = parseHashtag(e.hashtag)!;
    if (parsed.tag !== t.tag || !parsed.attributes.every((a) => rest.includes(a))) continue;
    if (e.unit !== undefined && e.unit !== effectiveUnit) continue;
    if (!(e.kind === kind || (e.kind === 'people' && kind === 'percent'))) continue;
    if (!best || parsed.attributes.length > bestAttrs.length) {
      best = e;
      bestAttrs = parsed.attributes;
    }
  }
  // +total, +num, +ind say nothing about what is counted once no entry needs them (+funding +total does)
  // (+all beside +total says nothing more: UNHCR's #affected+all+total, all people of the row; alone it names a column apart)
  // (nor beside a population it narrows: IOM DTM's Iraq #affected+displaced+all, all the displaced people of the row)
  const allTotal = rest.includes('total') || (best !== undefined && best.indicator !== 'population' && bestAttrs.length > 0);
  // (+value on a count of people says nothing more either: the HXL Proxy's #affected+infected+value+num is #affected+infected)
  const valueOfPeople = kind === 'people' && t.tag !== '#value' && t.tag !== '#indicator';
  const extra = rest.filter((a) => !bestAttrs.includes(a) && !NEUTRAL_ATTRIBUTES.has(a) && !(allTotal && a === 'all') && !(valueOfPeople && a === 'value')).map(fromAttribute).filter((a) => a !== '');
  let indicator: string | null;
  // FTS's #value+funding+covid+pct is the COVID-19 share of the funding, not the coverage of a
  // COVID part: a percentage of funding that an attribute narrows is a share of the funding
  if (best?.indicator === 'funding-coverage' && extra.length > 0) indicator = ['funding-share', ...extra].join('-');
  else if (best) indicator = [best.indicator, ...extra].join('-');
  else if (extra.length > 0) indicator = extra.join('-');
  else indicator = isIndicator ? null : t.tag.slice(1);
  const unitAssumed = unit === null && effectiveUnit === 'person' && isIndicator;
  // a count of people is assumed only where the name says nothing of money: "#indicator+gap+num" beside
  // commitments and spending is an amount in no stated currency, no count of people
  // (words split at "_": +funding_gap, +budget_usd; not where people are named: +cash+beneficiaries)
  const words = rest.flatMap((a) => a.split('_'));
  if (unitAssumed && words.some((w) => MONEY_WORDS.has(w) || namesThing(w)) && !words.some((w) => PEOPLE_WORDS.has(w))) return null;
  return { indicator, unit: effectiveUnit, unitAssumed };
}

/** Units of things an #indicator's attribute may name (+tents, +water_points): never people, events or money. */
const THING_UNITS: ReadonlySet<string> = new Set(
  (
    'house school classroom health-facility hospital clinic evacuation-centre camp displacement-site shelter-kit hygiene-kit dignity-kit ' +
    'livelihood-kit food-kit trauma-kit medical-kit family-kit sleeping-kit cleaning-kit baby-kit school-kit survival-kit relief-kit ' +
    'hygiene-parcel relief-package nfi-kit relief-item winterization-kit kit tent child-friendly-space livestock latrine shower water-point ' +
    'well borehole water-tank bridge building shelter blanket mosquito-net jerrycan kitchen-set food-parcel food-pack tarpaulin mattress ' +
    'solar-lamp lamp heater sanitary-napkin plastic-mat bucket soap-bar water-container dose syringe'
  ).split(' '),
);

/** Attribute words of people, which keep an #indicator+num of cash or funding a count of people ("+cash+beneficiaries"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['beneficiaries', 'people', 'persons', 'individuals', 'recipients', 'households', 'families', 'children', 'women', 'men', 'ind', 'hh', 'idps', 'refugees', 'displaced', 'returnees', 'migrants', 'population', 'pop', 'owners', 'holders', 'workers', 'operators', 'farmers', 'traders', 'students', 'teachers', 'patients', 'staff']);
/**
 * Attribute words of things a file counts, which make an #indicator+num without a unit no count of
 * people either: IFRC's `#indicator+appeal+num` ("Number of Appeals", 1) is one appeal, not one person.
 */
const THING_WORDS: ReadonlySet<string> = new Set(
  (
    'appeal appeals project projects activity activities site sites school schools facility facilities organisation organisations ' +
    'organization organizations org orgs partner partners agency agencies incident incidents attack attacks event events operation ' +
    'operations plan plans camp camps centre centres center centers distribution distributions vehicle vehicles truck trucks kit kits ' +
    'well wells latrine latrines house houses dwelling dwellings building buildings hospital hospitals clinic clinics market markets ' +
    'country countries district districts province provinces village villages location locations settlement settlements assessment ' +
    'assessments survey surveys report reports transport transports transportation ambulance ambulances supplies supply equipment ' +
    'medicine medicines stock stocks asset assets property properties ec ecs evacuation shelters livestock animals cattle ' +
    // (ships and cargo: the Black Sea Grain Initiative's voyages and tonnes of commodities; a shelter cluster's items)
    'voyages voyage vessels vessel ships ship boats boat trips trip commodities commodity cargo grain wheat maize tonnes tons mt ' +
    'esk esks lamps lanterns boreholes items nfi nfis ' +
    // (a health facility's beds and wards: the Ebola treatment centres' "Capacity (N)", 84 beds, no people)
    'bed beds ward wards'
  ).split(' '),
);
/**
 * Whether an attribute's word names a thing: one of THING_WORDS, or a word glued onto one of the longer
 * of them (Insecurity Insight's +educationfacility, +healthfacility).
 */
function namesThing(word: string): boolean {
  if (THING_WORDS.has(word)) return true;
  // (not "building": +capacitybuilding, +peacebuilding are activities, which may count people)
  for (const thing of ['facility', 'facilities', 'transport', 'supplies', 'vehicle', 'vehicles', 'ambulance', 'ambulances']) {
    if (word.length > thing.length && word.endsWith(thing)) return true;
  }
  return false;
}
/** Attribute words of an amount of money, which make an #indicator+num without a unit no count of people. */
const MONEY_WORDS: ReadonlySet<string> = new Set(['requested', 'requirement', 'requirements', 'gap', 'shortfall', 'balance', 'deficit', 'surplus', 'budget', 'cost', 'costs', 'spending', 'spent', 'expenditure', 'commitment', 'commitments', 'committed', 'disbursement', 'disbursements', 'disbursed', 'funding', 'funds', 'amount', 'price', 'prices', 'money', 'cash']);
