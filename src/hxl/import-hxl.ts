/**
 * An HXL CSV file into a humfig-facts/1 document. Two shapes are read:
 *
 * - long: one figure per row, with an indicator column (#indicator+code) and a value column
 *   (#indicator+value+num); humfig's own `--format hxl` export is one.
 * - wide (HDX style): each row is a place and a date (#country+code, #adm1+name, #loc+name,
 *   #date+reported, ...), and each column of an indicator (#affected+idps, #population,
 *   #value+funding+required+usd, ...) gives one figure per row.
 *
 * Every figure made is valid, quote check included: sources have no local `text`, and each
 * quote is built from the cell as written ("#affected+idps: ~120,000"), so it contains the
 * value. A problem in the data never throws: a row or a cell that cannot become a figure is
 * listed in `report.rejected` with its line and the reason, a column that means nothing to
 * humfig in `report.unmapped`. Only a file that is not an HXL CSV at all throws
 * (HxlInvalidError). Pure: text in, document out; `today` is passed in.
 */
import { isIsoDate, isPartialDate, lastDayOf } from '../domain/dates.js';
import { impliedBounds, QUALIFIERS, type Qualifier } from '../domain/qualifier.js';
import { canonicalUnit, describeUnit } from '../domain/unit.js';
import { currencyDecimals, isCurrencyCode } from '../domain/currency.js';
import { UsageError } from '../errors.js';
import { checkEnvelope, type FactsEnvelope, type PathIssue } from '../facts/check-facts.js';
import { isValidEnvelope, isValidFigure } from '../facts/fast-figure.js';
import { quoteHasNumber } from '../facts/number-forms.js';
import { figureSchema, FACTS_FORMAT, type FactsFile, type Figure, type Place, type Source, type Stated } from '../facts/schema.js';
import { HASHTAG_YEAR, PEOPLE_TAGS, displacementSpelling, formatHashtag, indicatorFromHashtag, unknownUnitAttribute, INDIVIDUAL_ATTRIBUTES, isDisplacementFlow, isLanguageAttribute, isNotANumberAttribute, isBetaCountWithoutStatus, matchesPattern, respellHashtags, upgradeBetaHashtags, type HashtagIndicator, type HxlTag } from './hxl-tags.js';
import { dotEvidence, isNationalPlace, isNoData, isWholePlace, isNoPlace, kebab, subtotalOf, withoutFootnoteMarks, parseDate, parseFigureValue, partOfYear, isoWeekDays, qualifierWord, slashOrderOf, type DotReading, type SlashOrder } from './hxl-values.js';
import { openHxl, HxlInvalidError, type CsvRecord, type HxlRows } from './parse-hxl.js';
import {
  attributeBreakdown,
  breakdownDimension,
  breakdownText,
  describeBreakdown,
  isAllValue,
  isFlagUnset,
  isFlagYes,
  isFinalVersion,
  orderedBreakdown,
  readProjection,
  readSeverity,
  readKeyed,
  readAge,
  readSex,
  isSexAttribute,
  sexOfHeader,
  readPopulationCode,
  readYesNo,
  isOriginUnknown,
  statusIndicator,
  groupIndicator,
  readCategory,
  type BreakdownColumn,
} from './hxl-breakdown.js';
import { flashAppealCountry, foldPlaceName, isPlaceholderCell, PLAN_NAMED, PlaceBook, placeColumns, sameName, singleCountry, type LevelColumns, type PlaceResult } from './hxl-places.js';
import { countryByIso3, findCountry } from '../domain/countries.js';
import { figureId } from './figure-id.js';
import { hash52, SeenIds } from './seen-ids.js';
import { AnalysisHistory } from './hxl-analyses.js';
import { describeProjectGroups, projectLabel, projectNote, ProjectRepeats, type ProjectGroup } from './project-repeats.js';
import { NationalRemainders, NOT_LOCATED } from './national-remainders.js';
import { hashCells } from './keyed-slots.js';
import { RepeatedEvents } from './repeated-events.js';
import { ConflictingRows } from './conflicting-rows.js';
import { siteTypeColumns } from './site-types.js';
import { ProviderAreas } from './provider-areas.js';
import { UnknownOrigins } from './unknown-origins.js';
import { ZeroParts, ZeroPartsViews } from './zero-parts.js';
import { DisabilityFlags } from './disability-flags.js';
import { untaggedPlaceColumns } from './untagged-places.js';
import { BaselineAssessments } from './baseline-assessments.js';
import { suggest } from '../domain/suggest.js';
import { MergedPlaces } from './merged-places.js';
import { describeFormerCurrency, formerCountry, formerCurrency, type FormerCurrency } from './former-codes.js';
import { shiftedHeader, splitHeader } from './header-shift.js';
import { PCODE, PLACE_ID } from '../facts/rules.js';
import type { OnProgress } from '../domain/progress.js';

export interface ImportOptions {
  /** YYYY-MM-DD: the import day (the dataset's description; the cap of its `updated`) */
  today: string;
  /** the dataset id; default: the file name, kebab-case */
  datasetId?: string | undefined;
  /** the id of the source that stands for the file; default: the file name, kebab-case */
  sourceId?: string | undefined;
  /** the publisher of every source, over what the file says */
  publisher?: string | undefined;
  /** YYYY-MM-DD: the day every source was published, where the file gives none (#date+published) */
  published?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the date of every figure of a file without a date column */
  asOf?: string | undefined;
  /** the country of a file without a country column whose p-codes (if any) name none: an ISO3 or ISO2 code or an English name */
  country?: string | undefined;
  /**
   * rows that give one figure (indicator, place, breakdown, date) again: 'sum' adds them up (a
   * file of records: events, activities), 'first' keeps the first and reports the rest; default:
   * 'sum' where such rows are at least a tenth of the file's rows (REPEATS_SHARE), else 'first'
   */
  repeats?: 'sum' | 'first' | undefined;
  /** how many figures of a file of records wait to be summed (PENDING_CAP unless given: tests give less) */
  pendingCap?: number | undefined;
  /**
   * called now and then with how far the import has got (a progress line's hook): the file is
   * read twice, so `done` counts rows of both readings, and `total` is twice the rows, unknown
   * (undefined) during the first
   */
  onProgress?: OnProgress | undefined;
}

export interface ImportColumn {
  index: number;
  label: string;
  /** the hashtag as normalised (`#affected+idps`), null for an untagged column */
  tag: string | null;
  /** what the column became (`value`, `place`, `figure displaced (person)`, ...), null when nothing */
  mappedTo: string | null;
}

export interface ImportReport {
  /** long: a figure per row; wide: a figure per indicator column and row */
  shape: 'long' | 'wide';
  columns: ImportColumn[];
  /** each column not used, and why */
  unmapped: Array<{ index: number; label: string; tag: string | null; reason: string }>;
  rejected: Array<{ line: number; column?: string; reason: string }>;
  figures: number;
  /** things said once about the whole file: a column of fractions scaled to percent, a country inferred */
  notes: string[];
  /** figures that are totals (no breakdown) and figures with a breakdown */
  totals: number;
  breakdowns: number;
  /** the data rows after the hashtag row (0: a header kept without its data) */
  rows: number;
}

export interface ImportResult {
  facts: FactsFile;
  report: ImportReport;
}

/** An import whose figures went elsewhere, one at a time: the rest of the document and the report. */
export interface StreamedImport {
  /** the document without its figures: they were each handed to `onFigure`, in order */
  envelope: FactsEnvelope;
  report: ImportReport;
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

/** Hashtag patterns (HXL tag-pattern syntax) of each field, preferred first. */
const CONTEXT_PATTERNS = {
  // the date a figure holds; not +published (the source's) or +updated; a year says more
  // about a plan's figure than the last day of its period
  asOf: ['#date+reported', '#date!', '#date+occurred', '#date+year', '#date+end', '#date+start', '#date-published-updated'],
  published: ['#date+published'],
  // (not a column that says more of what it names: #meta+source+doses+country+name, who gave a country's vaccine doses)
  source: ['#meta+source+code', '#meta+source!', '#meta+source+name!', '#meta+source+org!'],
  // not a funding flow's funder or recipient (+funder, +impl): those are breakdowns
  // (not a count of organisations, #org+count+num: "Number of Organisations" in a key-figures sheet)
  // (not an organisation of a role in the work: IFRC's appeals name each National Society, +national_society, whose
  // appeal the Federation publishes; a 4W's +partner, +prog)
  publisher: ['#org+name-funder-donor-impl-recipient-count-num-national_society-partner-prog', '#org-code-type-id-url-acronym-funder-donor-impl-recipient-count-num-national_society-partner-prog'],
  title: ['#meta+source+title'],
  url: ['#meta+url', '#meta+source+url'],
  currency: ['#currency'],
  // HAPI marks a row its own checks refused ("Duplicate row") in #meta+error
  // (or #error alone, as HAPI's conflict-event export of 2025 writes it)
  rowError: ['#meta+error', '#error'],
  // and a row it imported with a doubt ("Cannot match row": the provider's area matched no admin area) in #meta+warning
  rowWarning: ['#meta+warning', '#warning'],
} as const;

const LONG_PATTERNS = {
  id: ['#meta+id'],
  indicator: ['#indicator+code', '#indicator+name'],
  label: ['#description!', '#indicator+name'],
  value: ['#indicator+value-min-max-low-high', '#indicator+num-min-max-low-high-code-name-unit-qualifier'],
  unit: ['#indicator+unit'],
  qualifier: ['#indicator+qualifier'],
  // (WHO's Global Health Observatory: an estimate's bounds, #indicator+value+low and +high)
  low: ['#indicator+min', '#indicator+low'],
  high: ['#indicator+max', '#indicator+high'],
  quote: ['#meta+quote'],
  stated: ['#meta+stated'],
  notes: ['#meta+notes', '#meta+comment', '#description+notes'],
} as const;

type ContextField = keyof typeof CONTEXT_PATTERNS;
type LongField = keyof typeof LONG_PATTERNS;

/** The mappedTo names: those of the CSV columns where there is one. */
const MAPPED_NAME: Record<ContextField | LongField, string> = {
  asOf: 'asOf',
  published: 'source_published',
  source: 'source',
  publisher: 'source_publisher',
  title: 'source_title',
  url: 'source_url',
  currency: 'unit (currency of #value columns)',
  rowError: 'rows the file marks as errors are not imported',
  rowWarning: 'warnings the file gives its rows, counted in the report',
  id: 'id',
  indicator: 'indicator',
  label: 'label',
  value: 'value',
  unit: 'unit',
  qualifier: 'qualifier',
  low: 'low',
  high: 'high',
  quote: 'quote',
  stated: 'stated',
  notes: 'notes',
};

interface Layout {
  shape: 'long' | 'wide';
  context: Partial<Record<ContextField, number>>;
  long: Partial<Record<LongField, number>>;
  /** #date+start and #date+end: the period a figure covers; a month or week of the year in a column of its own beside #date+year */
  period: { start?: number; end?: number; year?: number; within?: { index: number; kind: 'month' | 'week' } };
  places: LevelColumns[];
  /** long files (humfig's export): the place's id, name, level, p-code, parent, iso3 */
  longPlace: { id?: number; name?: number; level?: number; pcode?: number; parent?: number; iso3?: number };
  breakdowns: BreakdownColumn[];
  /** `valuesFrom`: the untagged column whose cells are the column's published values (its rounding, see roundedTwins) */
  indicators: Array<{ index: number; tag: HxlTag; meaning: HashtagIndicator; breakdown: Record<string, string>; counts?: string; period?: { start?: number; end?: number }; valuesFrom?: number; year?: string }>;
  mappedTo: (string | null)[];
  /** why a column was not used, where there is more to say than "no meaning for humfig" */
  why: (string | null)[];
  /** an IPC or Cadre Harmonisé table: people by phase of food insecurity */
  ipc: boolean;
  /** an IPC table's column of the country's whole population, repeated on every row (not read as figures) */
  ipcCountryPopulation?: number;
  /**
   * a wide file whose rows each name their indicator (a UNICEF situation report: #indicator+code
   * CV-03-04, #indicator+name "Number of children ... admitted for treatment of SAM", then
   * #affected+reached and #affected+targeted): the columns that name it
   */
  rowIndicator?: { code?: number; name?: number };
  /**
   * a wide file's #indicator+unit column beside money columns whose hashtag names no currency
   * (`#value+amount`; a World Bank topline: `people`, `percent`, `USD`): the unit of each row's
   * figures in those columns, before the #currency column
   */
  rowUnit?: number;
}

/** The four nested caseloads a header or a hashtag may name, with the words of a header that name each. */
const CASELOADS: ReadonlyArray<{ indicator: string; words: RegExp; said: string }> = [
  { indicator: 'people-affected', words: /\baffected\b/i, said: 'affected' },
  { indicator: 'people-in-need', words: /\b(?:in\s+need|pin)\b/i, said: 'in need' },
  { indicator: 'people-targeted', words: /\btarget(?:ed|s)?\b/i, said: 'targeted' },
  { indicator: 'people-reached', words: /\breach(?:ed)?\b/i, said: 'reached' },
];

/**
 * Figure columns whose header names one caseload and whose hashtag another (an OCHA drought sheet's
 * "Affected" headers over `#inneed+food`): the hashtag is read, and the report says so once, since
 * only the file's authors know which they meant.
 */
function headerDisagreements(indicators: Layout['indicators'], labels: readonly string[], tags: ReadonlyArray<{ attributes: readonly string[] } | null>): Array<{ index: number; header: string; hashtag: string }> {
  const found: Array<{ index: number; header: string; hashtag: string }> = [];
  for (const col of indicators) {
    // a header that names one sex over a hashtag of the other ("Hombres" over #targeted+f)
    const sex = col.breakdown.sex;
    const headerSex = sex === 'f' || sex === 'm' ? sexOfHeader(labels[col.index] ?? '') : undefined;
    if (headerSex !== undefined && headerSex !== sex) {
      found.push({ index: col.index, header: headerSex === 'f' ? 'women or girls' : 'men or boys', hashtag: `+${sex}` });
      continue;
    }
    // a header that names one harm over a hashtag of another ("Health Workers Kidnapped" over #affected+healthworker+arrested)
    const tagHarms = new Set((tags[col.index]?.attributes ?? []).map((a) => HARM_ATTRIBUTES.get(a)).filter((h) => h !== undefined));
    const headerHarms = new Set([...(labels[col.index] ?? '').toLowerCase().matchAll(HARM_WORDS)].map((m) => HARM_ATTRIBUTES.get(m[1]!)!));
    if (tagHarms.size === 1 && headerHarms.size === 1 && [...tagHarms][0] !== [...headerHarms][0]) {
      found.push({ index: col.index, header: [...headerHarms][0]!, hashtag: `+${(tags[col.index]?.attributes ?? []).find((a) => HARM_ATTRIBUTES.get(a) === [...tagHarms][0])}` });
      continue;
    }
    const indicator = col.meaning.indicator;
    if (indicator === null) continue;
    const tagged = CASELOADS.find((c) => indicator === c.indicator);
    if (tagged === undefined) continue;
    const named = CASELOADS.filter((c) => c.words.test(labels[col.index] ?? ''));
    if (named.length === 1 && named[0] !== tagged) {
      found.push({ index: col.index, header: named[0]!.said, hashtag: tagged.said });
      continue;
    }
    // a header that names a population alone ("Refugees" over the beta #inneed_num, UNHCR's 2012 sheet),
    // where the hashtag names no population: a stock of those people, not a caseload
    const populations = named.length === 0 ? POPULATION_HEADERS.filter((p) => p.words.test(labels[col.index] ?? '')) : [];
    const attributes = tags[col.index]?.attributes ?? [];
    if (populations.length === 1 && !attributes.some((a) => POPULATION_ATTRIBUTES.has(a))) found.push({ index: col.index, header: populations[0]!.said, hashtag: tagged.said });
  }
  return found;
}

/** An indicator's name with a sex after a comma: "Expected Years of Schooling, female (years)", "Labour force participation rate, male (% ages 15 and older)". */
const SEX_IN_INDICATOR_NAME = /^(.+?),\s+(female|male)(?=\s*(?:\(|,|$))(.*)$/i;
/** A file's name that says it counts deaths or recoveries ("time_series_covid19_deaths_global_narrow.csv"). */
const FILE_NAMES_HARM = /(?:^|[_\-. ])(deaths?|dead|fatalities|recovered|recoveries)(?=[_\-. ]|$)/i;
/** Harms done to people, as an attribute or a header's word writes them, and the harm each names (for headerDisagreements). */
const HARM_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['killed', 'killed'], ['dead', 'killed'], ['injured', 'injured'], ['wounded', 'injured'], ['kidnapped', 'kidnapped'], ['abducted', 'kidnapped'],
  ['arrested', 'arrested'], ['detained', 'arrested'], ['missing', 'missing'], ['assaulted', 'assaulted'], ['threatened', 'threatened'],
]);
const HARM_WORDS = /\b(killed|dead|injured|wounded|kidnapped|abducted|arrested|detained|missing|assaulted|threatened)\b/g;

/** A header's name of a population, for headerDisagreements. */
const POPULATION_HEADERS: ReadonlyArray<{ words: RegExp; said: string }> = [
  { words: /\brefugees?\b|\br[ée]fugi[ée]s\b/i, said: 'refugees' },
  { words: /\b(?:IDPs?|internally\s+displaced|PDIs?|d[ée]plac[ée]s\s+internes)\b/i, said: 'internally displaced people' },
  { words: /\breturnees?\b|\bretourn[ée]s\b/i, said: 'returnees' },
  { words: /\basylum[\s-]+seekers?\b/i, said: 'asylum-seekers' },
];
/** A header that counts events, incidents or attacks ("Events Affecting Minors", "Number of incidents", "Attacks on health care"). */
// (the noun ends the header or a word of what the events befell follows; not a noun of people after it, "Attack victims",
// nor a label before a colon, "Reported incidents: people killed")
const EVENTS_HEADER = /^\s*(?:(?:total\s+)?(?:number|no\.?|count|#)\s+of\s+(?:reported\s+)?|(?:n[uú]mero|nombre|cantidad|nb\.?|total)\s+(?:de\s+|d['’]\s*)(?:los\s+|las\s+)?|total\s+(?:reported\s+)?|reported\s+)?(?:events?|incidents?|attacks?|attaques?|incidentes?|incidencias?|ataques?|eventos?|évènements?|événements?|massacres?|masacres?)(?=\s*(?:\(|$)|\s+(?:affecting|involving|against|targeting|impacting|on|in|at|reported|recorded|per|by|de|del|contra|en|sur|contre|par|signal[ée]s|report[ée]s|registrad[oa]s)(?![\p{L}]))/iu;
/** A header of people whose sex is not known: "Gender Unknown", "Sex unknown", "Unknown sex". */
const UNKNOWN_SEX_HEADER = /\b(?:gender|sex)\s+(?:unknown|not\s+known)\b|\bunknown\s+(?:gender|sex)\b/i;
/** A header that ends in a word of events after what they are of ("GBV incidents", "Child protection incidents", "Security events (2023)"). */
const EVENTS_LAST = /(?<![\p{L}])(?:events?|incidents?|attacks?|attaques?|incidentes?|incidencias?|ataques?|eventos?|massacres?|masacres?)\s*(?:\([^()]{0,40}\)\s*)?$/iu;
/**
 * A header's word of people harmed or named by role, in English, French and Spanish ("Killed in attacks", "Survivors of
 * GBV incidents", "School teachers killed", "Muertos en ataques"): such a header counts people whatever events or
 * buildings it also names.
 */
const HARMED_OR_ROLE_WORD = /(?<![\p{L}])(?:killed|injured|wounded|dead|deaths?|died|victims?|survivors?|casualt(?:y|ies)|missing|abducted|kidnapped|detained|arrested|staff|teachers?|students?|pupils?|learners?|girls?|boys?|workers?|patients?|personnel|nurses?|doctors?|midwives|muert[oa]s?|herid[oa]s?|v[íi]ctimas?|fallecid[oa]s?|sobrevivientes?|desaparecid[oa]s?|tu[ée]e?s?|bless[ée]e?s?|morts?|d[ée]c[ée]d[ée]e?s|survivant(?:e|s|es)?|disparu(?:e|s|es)?|[ée]l[èe]ves?|enseignants?|docentes?|alumn[oa]s?)(?![\p{L}])/iu;

/**
 * People a header may name by their role (English, French, Spanish), for a column whose hashtag names
 * no group: such a column counts those people only, never all of a place's.
 */
const ROLE_HEADERS: ReadonlyArray<{ words: RegExp; group: string }> = [
  { words: role(String.raw`educators?|teachers?|teaching\s+staff|school\s+staff|enseignants?|docentes?|maestros?`), group: 'educators' },
  { words: role(String.raw`students?|pupils?|learners?|schoolchildren|[ée]l[èe]ves?|[ée]tudiants?|estudiantes?|alumnos?`), group: 'students' },
  { words: role(String.raw`aid\s+workers?|humanitarian\s+(?:workers?|staff|personnel)|humanitarians|travailleurs\s+humanitaires`), group: 'aid workers' },
  { words: role(String.raw`health(?:\s*care)?\s+(?:workers?|staff|personnel)|medical\s+(?:staff|personnel|workers?)|doctors(?!\s+without)|nurses|personnel\s+de\s+sant[ée]|trabajadores\s+de\s+(?:la\s+)?salud`), group: 'health workers' },
  { words: role(String.raw`journalists?|media\s+workers?|journalistes?|periodistas?`), group: 'journalists' },
];
/**
 * A role's words as the head of a header: at its start, after "Number of" or "Total" and at most one word
 * ("Educators Killed", "Number of health workers killed", "National aid workers injured"); not a role named
 * further on, "People reached by community health workers", "Children of aid workers".
 */
function role(words: string): RegExp {
  return new RegExp(String.raw`^\s*(?:(?:total\s+)?(?:number|no\.?|count|#)\s+of\s+|total\s+)?(?:[\p{L}-]+\s+)?(?:${words})(?![\p{L}])(?!\s+of\b)`, 'iu');
}
/** The attributes of a hashtag that name a population (+refugees, +idps ...): a caseload of those people. */
const POPULATION_ATTRIBUTES: ReadonlySet<string> = new Set(['refugees', 'refugee', 'idps', 'idp', 'returnees', 'asylum_seekers', 'displaced', 'migrants']);

/** A header's word for dwellings or other buildings (English, French, Spanish, Portuguese): "Maisons Détruites", "Damaged houses". */
/** A header word of animals: "Livestock lost", "Cattle killed", "Animals dead", "Bétail". */
const ANIMAL_WORD = /(?<![\p{L}])(?:livestock|cattle|animals?|goats?|sheep|camels?|poultry|cows?|buffalo(?:e?s)?|herds?|b[ée]tail|ganado|chept[ea]l)(?![\p{L}])/iu;
/** An untagged header of a place's or a site's id: "Place id", "Location ID", "Site code", "Settlement no.". */
// (in French and Spanish too: "P-code localité", "Code site", "Código de la localidad")
const PLACE_ID_HEADER = /^\s*(?:(?:place|location|loc|site|settlement|camp|village|community|locality|localit[ée]|lieu|sitio|localidad|comunidad)[\s_-]*(?:id|code|no\.?|number|p-?code|c[óo]digo)|(?:p-?code|code|id|c[óo]digo)[\s_-]*(?:(?:de|du|del)\s+(?:la\s+|le\s+|l['’]\s*)?)?(?:localit[ée]|site|village|lieu|camp|sitio|localidad|comunidad))\s*$/iu;
/** A header of a case classification column: "Case classification", "case_classification", "Classification", "Clasificación". */
const CASE_CLASS_HEADER = /classif|(?<![a-z])cases?[\s_]+(?:status|type|definition)/i;
/** A header that gives a percentage: "% of population affected", "Percentage displaced", "Share of IDPs", "Affected (%)". */
const SHARE_HEADER = /^\s*(?:%|percent(?:age)?\b|per\s+cent\b|share\b|proportion\b|pourcentage\b|porcentaje\b)|(?:\(\s*%\s*\)|%)\s*$/iu;
/**
 * A header whose counted noun is households ("Households affected", "IDP households", "Number of displaced HH",
 * "Ménages sinistrés"): the households word, after at most two words none of which is a preposition, then nothing or
 * a status. Not a header that names where people are ("IDPs living with host families", "Children in female-headed
 * households", "Children separated from families"), which counts people.
 */
const HOUSEHOLD_HEADER = /^\s*(?:(?:total\s+)?(?:number|no\.?|#|nb\.?)\s+(?:of\s+|de\s+|d['’]\s*)?)?(?:(?!(?:in|with|within|from|of|without|by|at|among|en|avec|dans|de|des|con|sin|por|para)\s)[\p{L}-]+\s+){0,2}?(?:households?|hhs?|m[ée]nages?|hogares?|famil(?:y|ies|les?|ias))(?:\s+(?:affected|displaced|targeted|reached|assisted|registered|returned|returnees?|in\s+need|evacuated|sheltered|sinistr[ée]s|d[ée]plac[ée]s|touch[ée]s|afectad[oa]s|desplazad[oa]s|damnificad[oa]s|homeless|(?:without|sans|sin)\s+[\p{L}-]+))?\s*(?:\([^()]{0,40}\))?\s*$/iu;
/** A header that counts persons too ("Individuals (households x 6)", "People in households"): not households alone. */
const PERSONS_HEADER = /(?<![\p{L}])(?:people|persons?|individuals?|individus|personnes?|personas?|members?|ind|inds)(?![\p{L}])/iu;
/** A header's word for schools, health facilities and water points (English, French, Spanish). */
const FACILITY_WORDS = String.raw`(?:schools?|classrooms?|hospitals?|clinics?|health\s+(?:facilities|facility|centres?|centers?|posts?)|water\s+points?|latrines?|boreholes?|[ée]coles?|salles?\s+de\s+classe|h[oô]pita(?:l|ux)|centres?\s+de\s+sant[ée]|points?\s+d['’]eau|escuelas?|aulas?|hospitales?|centros?\s+de\s+salud|puntos?\s+de\s+agua|letrinas?)(?![\p{L}])`;
/** A header that opens with such a word ("Schools damaged", "Number of health facilities attacked", "Escuelas afectadas"); not one that names them later ("Injured in hospitals"). */
const FACILITY_HEADER = new RegExp(String.raw`^\s*(?:(?:total\s+)?(?:number|no\.?|#)\s+of\s+|(?:n[uú]mero|nombre|cantidad|nb\.?)\s+(?:de\s+|d['’]\s*)(?:los\s+|las\s+)?)?(?:(?:damaged|destroyed|affected|functional|functioning|attacked)\s+)?${FACILITY_WORDS}`, 'iu');
const FACILITY_WORD = new RegExp(String.raw`(?<![\p{L}])${FACILITY_WORDS}`, 'iu');
const DWELLING_WORD = /(?<![\p{L}])(?:houses?|homes?|dwellings?|buildings?|maisons?|logements?|habitations?|viviendas?|casas?)(?![\p{L}])/iu;
/** A header's word for people or their households, which makes a header of dwellings one of people ("People in damaged houses", "Ménages sans abri"). */
const PEOPLE_WORD = /(?<![\p{L}])(?:people|persons?|personnes?|personas?|pessoas?|individuals?|individus|households?|hhs?|m[ée]nages?|hogares?|famil(?:y|ies|les?|ias?)|residents?|habitants?|occupants?|inhabitants?|idps?|pdi|refugees?|r[ée]fugi[ée]s|displaced|d[ée]plac[ée]e?s?|desplazad[oa]s?|children|enfants|ni[nñ]os|women|men|femmes|hommes|mujeres|hombres|beneficiaries|b[ée]n[ée]ficiaires|beneficiarios|population|poblaci[oó]n)(?![\p{L}])/iu;

/**
 * Figure columns of people whose header counts dwellings (BNGRC Madagascar's "Maisons Détruites"
 * over `#affected+damaged`): the hashtag is read, as for a caseload, and the report says so, since a
 * count of houses read as people would be wrong by a household's size.
 */
function dwellingHeaders(indicators: Layout['indicators'], labels: readonly string[]): number[] {
  return indicators
    .filter((col) => (col.meaning.unit === 'person' || col.meaning.unit === 'household') && DWELLING_WORD.test(labels[col.index] ?? '') && !PEOPLE_WORD.test(labels[col.index] ?? ''))
    .map((col) => col.index);
}

/** The header a rounding's header names (`new_displacement_rounded`, `Total (rounded)`: `new_displacement`, `total`), trimmed and in lower case; undefined for any other header. */
function roundingBase(header: string): string | undefined {
  const h = header.trim().toLowerCase();
  for (const suffix of ['_rounded', ' rounded', ' (rounded)']) {
    if (h.endsWith(suffix) && h.length > suffix.length) return h.slice(0, -suffix.length);
  }
  return undefined;
}

/**
 * A figure column beside an untagged column of its published rounding (IDMC's GIDD files:
 * `new_displacement` tagged, `new_displacement_rounded` not): the rounded values are the figures
 * the publisher stands by, and where that cell is empty it publishes none (the raw cell is then
 * often 0, which is not "nobody"). The figure column reads its values from the twin (valuesFrom).
 */
function roundedTwins(indicators: Layout['indicators'], tags: readonly (HxlTag | null)[], labels: readonly string[], mappedTo: (string | null)[]): void {
  // the untagged columns by the header they round, in file order: one pass, not one per figure
  // column (a file of 20,000 columns must not take 20,000 x 20,000 steps)
  // (each is the twin of one column at most: `next` is the first not yet taken)
  const roundings = new Map<string, { columns: number[]; next: number }>();
  labels.forEach((l, c) => {
    if (tags[c] !== null || mappedTo[c] !== null) return;
    const base = roundingBase(l);
    if (base === undefined) return;
    const entry = roundings.get(base);
    if (entry) entry.columns.push(c);
    else roundings.set(base, { columns: [c], next: 0 });
  });
  if (roundings.size === 0) return;
  for (const col of indicators) {
    const header = (labels[col.index] ?? '').trim().toLowerCase();
    if (header === '') continue;
    const entry = roundings.get(header);
    const twin = entry?.columns[entry.next];
    if (entry === undefined || twin === undefined) continue;
    entry.next++;
    col.valuesFrom = twin;
    mappedTo[col.index] = `${mappedTo[col.index]}, its values from column ${twin + 1} ("${clip(labels[twin]!.trim(), 60)}", the published rounding; a row with none there gives no figure)`;
    mappedTo[twin] = `the published values of column ${col.index + 1}`;
  }
}

/** A category that names people, whatever households it names too: "People in female-headed households", "Children in host households". */
// (it begins with them and where they are: not "Women-headed households", "Households with children under 5")
const CATEGORY_OF_PEOPLE = /^\s*(?:people|persons|individuals|children|women|men|girls|boys|adults|elderly|members|personnes|enfants|personas|ni[nñ]os)\s+(?:in|of|living|from|de|en|dans|que)(?![\p{L}])/iu;
/** An appeal's name that says it covers several countries: "Regional Refugee Response Plan", "RRP", the GHRP. */
const SEVERAL_COUNTRIES_APPEAL = /(?<![\p{L}])(?:regional|region|RRP|RMRP|global|GHRP|multi-country|sub-regional)(?![\p{L}])/iu;
/** A category that counts households, not people: "Total Households", "Female-Headed HHs", "Ménages". */
// (not its members or their number: "Household members", "Household size")
const HOUSEHOLD_CATEGORY = /(?<![\p{L}])(?:house-?holds?|HHs?|m[ée]nages?|hogares?|agregados\s+familiares)(?![\p{L}])(?!\s+(?:members?|size|heads?)\b)/iu;

/** Attributes of an IPC column that say which analysis and period, not which people (`+num+ipc+current+total`). */
const IPC_NEUTRAL = new Set(['num', ...INDIVIDUAL_ATTRIBUTES, 'total', 'all', 'pct', 'percentage', 'ipc', 'ch', 'current', 'first_projection', 'second_projection', 'firstprojection', 'secondprojection', 'projected', 'first_projected', 'second_projected']);

/**
 * Whether an #affected column of an IPC table counts the people of all phases (`#affected+num`,
 * `#affected+ipc+current+total`): the population analysed. One that names who it counts
 * (`#affected+sam`, `#affected+idps`) is that count, even in an IPC table.
 */
function allPhasesColumn(tag: HxlTag): boolean {
  return tag.attributes.every((a) => IPC_NEUTRAL.has(a) || isLanguageAttribute(a));
}

/** Below this share of a country's people analysed, an IPC analysis of the country covered a part of it. */
const IPC_PARTIAL_SHARE = 0.8;

/** Attributes of a count's hashtag that say nothing of what is counted (`+num`, the tag's own word). */
const COUNT_WORDS = new Set(['num', 'count', 'total', ...INDIVIDUAL_ATTRIBUTES, 'event', 'events', 'incident', 'incidents', 'fatality', 'fatalities']);

/**
 * Hashtags of counts that are not people: events, incidents, attacks (ACLED, INSO, HAPI). Other
 * attributes name the count further, as they do a #value's: `#event+year+previous+num` (the
 * incidents of the previous year) is `events-year-previous`, not the events of the row's date.
 */
function countedThing(t: HxlTag): { indicator: string; unit: string } | undefined {
  const has = (a: string) => t.attributes.includes(a);
  const named = (base: string) => {
    const more = t.attributes.filter((a) => !COUNT_WORDS.has(a) && !isLanguageAttribute(a)).map((a) => a.replace(/_+/g, '-'));
    return more.length === 0 ? base : kebab(`${base}-${more.join('-')}`);
  };
  if (t.tag === '#event' && (has('num') || has('count'))) return { indicator: named('events'), unit: 'event' };
  if (t.tag === '#indicator' && has('event') && (has('num') || has('count'))) return { indicator: named('events'), unit: 'event' };
  if (t.tag === '#incident' && (has('num') || has('count'))) return { indicator: named('incidents'), unit: 'event' };
  if (t.tag === '#fatality' || t.tag === '#fatalities' || (t.tag === '#indicator' && (has('fatalities') || has('fatality')) && has('num'))) return { indicator: named('deaths'), unit: 'person' };
  return undefined;
}

/**
 * A percentage under a hashtag of no count (`#access+visas+pct`, `#activity+cerf+project+insecurity+pct`:
 * the share of visas denied, of projects affected): a figure in percent, named by its hashtag and
 * attributes, or undefined.
 */
function shareColumn(t: HxlTag): HashtagIndicator | undefined {
  if (!t.attributes.some((a) => a === 'pct' || a === 'percentage')) return undefined;
  if (t.tag === '#date' || t.tag === '#meta' || t.tag === '#geo' || t.attributes.some(isNotANumberAttribute)) return undefined;
  const words = [t.tag.slice(1), ...t.attributes.filter((a) => a !== 'pct' && a !== 'percentage' && !COUNT_WORDS.has(a) && !isLanguageAttribute(a))];
  const indicator = kebab(words.join('-').replace(/_+/g, '-'));
  return indicator === '' ? undefined : { indicator, unit: 'percent', unitAssumed: false };
}

/** A column of a vaccination or service coverage: +vaccinated, +coverage, or a header that says so. */
function isCoverageColumn(t: HxlTag, label: string): boolean {
  // (and a site's occupancy, people over its capacity: a camp over capacity is 1.18, 118 %)
  return t.attributes.some((a) => /^(?:vaccinated|immuni[sz]ed|coverage|covered|occupancy)$/.test(a)) || /\b(?:coverage|vaccinat|immuni[sz]|occupancy)/i.test(label);
}

/** A breakdown cell that is prose (long, or with markup) or a date: no category of a breakdown. */
// (an activity's name may be a sentence, ROWCA's 4W: "Train teachers/other educational personnel in life skills and
// psycho-social support"; read as prose, its rows' figures became one activity's, the others rejected as conflicts)
function isProseOrDate(cell: string, longest = 80): boolean {
  return cell.length > longest || /<\/?[a-z]+\s*\/?>/i.test(cell) || /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(cell.trim());
}

/** An attribute of a rate per so many people: +per100000, +per1000, +per_100k, +per10000. */
const RATE_ATTRIBUTE = /^per_?(?:\d+k?|cap|capita|head|person|thousand|million|hundred_?thousand)$/;
/** A header of an amount per person ("Total per capita (USD mn)", "Cash per beneficiary"): no total, whatever its hashtag. */
const PER_PERSON_HEADER = /\bper[\s-]+(?:capita|person|head|inhabitant|beneficiary|household)\b/i;
/** An attribute of a change between dates: +change, +diff, +delta, +variation. */
const CHANGE_ATTRIBUTE = /^(?:change|diff|difference|delta|variation)$/;

/** An #indicator column of an average, a mean or a ratio (UNHCR's +application_average_persons+num): no count, whatever its unit. */
function isAverageColumn(t: HxlTag | null): boolean {
  if (t === null) return false;
  // (and under a hashtag of people: HXL Proxy's count output, #affected+total+average, a mean per district, counts no one)
  if (PEOPLE_TAGS.has(t.tag)) return t.attributes.some((a) => /^(?:average|avg|mean|median)$/.test(a));
  return t.tag === '#indicator' && (t.attributes.includes('num') || t.attributes.includes('value')) && t.attributes.some((a) => /(?:^|_)(?:average|avg|mean|median|ratio|per_case|per_capita)(?:_|$)/.test(a));
}

/** Which column is which: each field takes the first free column matching its first pattern that matches any. */
function layoutOf(tags: readonly (HxlTag | null)[], groups?: readonly string[], labels: readonly string[] = [], textAmong: (columns: readonly number[]) => ReadonlySet<number> = () => new Set()): Layout {
  const mappedTo: (string | null)[] = tags.map(() => null);
  const why: (string | null)[] = tags.map(() => null);
  const claim = (patterns: readonly string[], name: string): number | undefined => {
    for (const p of patterns) {
      const i = tags.findIndex((t, c) => mappedTo[c] === null && matchesPattern(t, p));
      if (i !== -1) {
        mappedTo[i] = name;
        return i;
      }
    }
    return undefined;
  };
  // (an #indicator column that is a breakdown of the row is no long file's indicator: UNHCR's #indicator+procedure_type+code;
  // nor is an average its value: #indicator+application_average_persons+num)
  const find = (patterns: readonly string[]) => patterns.some((p) => tags.some((t) => matchesPattern(t, p) && breakdownDimension(t!) === undefined && !isAverageColumn(t)));
  const shape = find(LONG_PATTERNS.indicator) && find(LONG_PATTERNS.value) ? 'long' : 'wide';
  // a file that counts the people an incident harmed by their employer in the aid system (AWSD: #affected+UN, +INGO, +ICRC,
  // +IFRC, +NGO): three such employers or more
  const employers = new Set<string>();
  for (const t of tags) if (t?.tag === '#affected') for (const a of t.attributes) if (AID_EMPLOYERS.has(a)) employers.add(a);
  const aidWorkerFile = employers.size >= 3;

  const long: Layout['long'] = {};
  const longPlace: Layout['longPlace'] = {};
  if (shape === 'long') {
    for (const field of ['value', 'low', 'high', 'unit', 'qualifier', 'id', 'indicator', 'label', 'quote', 'stated', 'notes'] as const) {
      const i = claim(LONG_PATTERNS[field], MAPPED_NAME[field]);
      if (i !== undefined) long[field] = i;
    }
    // no #indicator+unit, but a column headed "Unit", untagged or tagged as a type or metadata
    // (FAOSTAT's `Unit` #indicator+type: %, I$ per person): the units, by its header
    if (long.unit === undefined) {
      const i = tags.findIndex((t, c) => mappedTo[c] === null && UNIT_HEADER.test(labels[c] ?? '') && (t === null || t.tag === '#meta' || (t.tag === '#indicator' && t.attributes.every((a) => a === 'type' || isLanguageAttribute(a)))));
      if (i !== -1) {
        long.unit = i;
        mappedTo[i] = `unit (by its header "${(labels[i] ?? '').trim()}"${tags[i] ? `, though tagged ${formatHashtag(tags[i]!)}` : ''})`;
      }
    }
  }
  // humfig's export: #loc+code is the place id, the rest its description (another long file,
  // WHO's, names its places by #country columns, read as any file's)
  if (shape === 'long' && tags.some((t) => matchesPattern(t, '#loc+code'))) {
    const placeFields = [
      ['id', ['#loc+code'], 'place'],
      ['name', ['#loc+name'], 'place_name'],
      ['level', ['#adm+level', '#loc+level'], 'place_level'],
      ['pcode', ['#loc+pcode'], 'place_pcode'],
      ['parent', ['#loc+parent+code'], 'place_parent'],
      ['iso3', ['#country+code'], 'place_iso3'],
    ] as const;
    for (const [field, patterns, name] of placeFields) {
      const i = claim(patterns, name);
      if (i !== undefined) longPlace[field] = i;
    }
  }
  const context: Layout['context'] = {};
  // a file of funding flows, one a row with its own id (FTS's flows: #activity+id, #value+funding): each
  // flow holds on its own date (#date), not on the day it was first reported (#date+reported)
  const flows = tags.some((t) => t !== null && t.tag === '#activity' && t.attributes.includes('id')) && tags.some((t) => t !== null && t.tag === '#value' && t.attributes.includes('funding'));
  for (const field of Object.keys(CONTEXT_PATTERNS) as ContextField[]) {
    const patterns = field === 'asOf' && flows ? ['#date!', ...CONTEXT_PATTERNS.asOf.filter((p) => p !== '#date!')] : CONTEXT_PATTERNS[field];
    const i = claim(patterns, MAPPED_NAME[field]);
    if (i !== undefined) context[field] = i;
  }
  const period: Layout['period'] = {};
  for (const [field, pattern] of [['start', '#date+start'], ['end', '#date+end'], ['year', '#date+year']] as const) {
    // a start or end of days before one of years (UCDP: #date+year+start beside #date+start,
    // an event's first day): the days are what the figure covers
    const matching = tags.flatMap((t, c) => (matchesPattern(t, pattern) ? [c] : []));
    const i = field === 'year' ? (matching[0] ?? -1) : (matching.find((c) => !tags[c]!.attributes.includes('year')) ?? matching[0] ?? -1);
    if (i === -1) continue;
    period[field] = i;
    mappedTo[i] ??= `period ${field}`;
  }
  // a month or a week of the year in a column of its own beside the year's (#date+month, #date+week or
  // #date+epiweek next to #date+year: OCHA's monthly tables, WHO's weekly ones): each row's month, or
  // its ISO 8601 week, within its year; never a date "other than the figures'" dropped, which would
  // make a year's twelve months one figure
  // (only where the year is the figures' date: beside a day, IOM DTM's #date+month+reported repeats it)
  const yearDate = context.asOf !== undefined && matchesPattern(tags[context.asOf]!, '#date+year') ? context.asOf : undefined;
  if (yearDate !== undefined && period.start === undefined && period.end === undefined) {
    for (const kind of ['week', 'month'] as const) {
      const words = kind === 'week' ? WEEK_ATTRIBUTES : ['month'];
      const i = tags.findIndex((t, c) => t !== null && t.tag === '#date' && mappedTo[c] === null && !t.attributes.includes('year') && t.attributes.some((a) => words.includes(a)));
      if (i === -1) continue;
      period.within = { index: i, kind };
      mappedTo[i] = `period ${kind} (within the year of column ${yearDate + 1})`;
      break;
    }
  }

  const { levels, used } = shape === 'long' && longPlace.id !== undefined ? { levels: [], used: new Map<number, string>() } : placeColumns(tags, mappedTo);
  for (const [c, name] of used) mappedTo[c] = name;
  tags.forEach((t, c) => {
    if (t && mappedTo[c] === null && (t.tag === '#adm' || t.tag === '#adm_level') && t.attributes.includes('level')) {
      mappedTo[c] = 'admin level (read from the filled place columns)';
    }
  });

  const breakdowns: BreakdownColumn[] = [];
  const seenDimensions = new Map<string, number>();
  // (an activity's name beside its id or code, HPC's projects: each row a record, added up with the others of its
  // key, not an activity apart; a 4W's activity without one is what tells its rows apart)
  const activityIds = tags.some((t) => t !== null && t.tag === '#activity' && (t.attributes.includes('id') || t.attributes.includes('code')));
  tags.forEach((t, c) => {
    if (!t || mappedTo[c] !== null) return;
    // (a case classification, "confirmed" beside "suspected" under #status headed "Case classification": cases of
    // each class, parts never added up; not FTS's status of a flow, paid or pledged, whose header says only status)
    const d = breakdownDimension(t) ?? (t.tag === '#status' && (CASE_CLASS_HEADER.test(labels[c] ?? '') || t.attributes.some((a) => a === 'case' || a === 'classification')) ? { dimension: 'case-classification', read: 'text' as const } : undefined);
    if (!d || (d.dimension === 'activity' && activityIds)) return;
    // (an estimate's variant, #indicator+label, only beside the indicator's own name: alone it may be that name)
    if (d.dimension === 'variant' && !tags.some((x) => x !== null && x.tag === '#indicator' && x.attributes.includes('name'))) return;
    const prior = seenDimensions.get(d.dimension);
    // two columns of one dimension (#sector+code, #sector+name): the name is what people read,
    // except for an appeal, whose code (HAFG20) is how people name it; the other column is read
    // where the preferred one is empty (FTS's "Not specified" row has a name and no code)
    if (prior !== undefined) {
      const priorTag = tags[prior]!;
      const entry = breakdowns.find((b) => b.index === prior)!;
      // each with an attribute of its own (#event+type+conflict, #event+type+political): flags, it may be (see flagCandidates)
      const own = ownAttributes(t);
      if (own !== '' && (entry.flagCandidates ?? [prior]).every((f) => ownAttributes(tags[f]!) !== '' && ownAttributes(tags[f]!) !== own)) {
        entry.flagCandidates ??= [prior];
        entry.flagCandidates.push(c);
      }
      if (preferenceOf(d.dimension, t) > preferenceOf(d.dimension, priorTag)) {
        if (entry.fallback === undefined) {
          entry.fallback = prior;
          mappedTo[prior] = `breakdown ${d.dimension} (where column ${c + 1} is empty)`;
        } else {
          mappedTo[prior] = null;
          why[prior] = `the same ${d.dimension} as column ${c + 1} (${formatHashtag(t)})`;
        }
        entry.index = c;
        seenDimensions.set(d.dimension, c);
        mappedTo[c] = `breakdown ${d.dimension}`;
      } else if (entry.fallback === undefined) {
        entry.fallback = c;
        mappedTo[c] = `breakdown ${d.dimension} (where column ${prior + 1} is empty)`;
      } else {
        why[c] = `the same ${d.dimension} as column ${prior + 1} (${formatHashtag(priorTag)})`;
      }
      return;
    }
    seenDimensions.set(d.dimension, c);
    breakdowns.push({ index: c, ...d });
    mappedTo[c] = `breakdown ${d.dimension}`;
  });
  // a list of events that names each in #description (IDMC's older disaster files, beside the
  // hazard in #crisis+type): each row counts one event, which the breakdown names
  // (only in IDMC's shape, a start day and displacements by disaster: elsewhere #description is a note,
  // ACLED's narrative of an event or a source said on every row, and must not tell rows apart)
  const idmcEvents = tags.some((t) => t !== null && t.tag === '#date' && t.attributes.includes('start')) && tags.some((t) => t !== null && t.tag === '#affected' && (t.attributes.includes('disaster') || t.attributes.includes('newdisp')));
  if (!seenDimensions.has('event') && seenDimensions.has('crisis-type') && idmcEvents) {
    const c = tags.findIndex((t, i) => t !== null && mappedTo[i] === null && t.tag === '#description' && t.attributes.length === 0);
    if (c !== -1) {
      breakdowns.push({ index: c, dimension: 'event', read: 'text' });
      seenDimensions.set('event', c);
      mappedTo[c] = 'breakdown event (each row counts the event it names, beside its crisis type)';
    }
  }
  // an age range says what its min and max say
  if (seenDimensions.has('age')) {
    for (const dim of ['age-min', 'age-max']) {
      const i = breakdowns.findIndex((b) => b.dimension === dim);
      if (i === -1) continue;
      const [b] = breakdowns.splice(i, 1);
      mappedTo[b!.index] = null;
      why[b!.index] = `the ${dim} of the age range (column ${seenDimensions.get('age')! + 1})`;
    }
  }

  let rowIndicator: Layout['rowIndicator'];
  if (shape === 'wide') {
    // (only a plain #indicator+code or +name: UNHCR's #indicator+urban_rural+code is a breakdown of the row, not its indicator)
    const plain = (attribute: string, name: string): number | undefined => {
      const i = tags.findIndex((t, c) => mappedTo[c] === null && t !== null && t.tag === '#indicator' && t.attributes.includes(attribute) && t.attributes.every((a) => a === attribute || isLanguageAttribute(a)));
      if (i === -1) return undefined;
      mappedTo[i] = name;
      return i;
    };
    const code = plain('code', 'indicator of the row (it names the figures of the row\'s columns)');
    const name = plain('name', code === undefined ? 'indicator of the row (it names the figures of the row\'s columns)' : 'label of the row\'s indicator');
    if (code !== undefined || name !== undefined) rowIndicator = { ...(code !== undefined ? { code } : {}), ...(name !== undefined ? { name } : {}) };
  }
  const indicators: Layout['indicators'] = [];
  if (shape === 'wide') {
    const flows = tags.some((t) => t !== null && isDisplacementFlow(t));
    // "+other" beside the same hashtag's "+m" and "+f" (IFRC's 3W: #targeted+m, +f, +other, +total): a sex, "other",
    // never an indicator of its own
    const tagKey = (tag: string, attributes: readonly string[]) => `${tag}\u0000${[...attributes].sort().join('+')}`;
    const written = new Set(tags.flatMap((t) => (t === null ? [] : [tagKey(t.tag, t.attributes)])));
    const otherSex = (t: HxlTag) => t.attributes.includes('other') && ['m', 'f'].every((sex) => written.has(tagKey(t.tag, t.attributes.map((a) => (a === 'other' ? sex : a)))));
    tags.forEach((written, c) => {
      const t = written === null ? null : displacementSpelling(written, flows);
      if (!t || mappedTo[c] !== null) return;
      if (isAverageColumn(t)) {
        why[c] = 'an average or a ratio (per case, per person), not a count of anything';
        return;
      }
      // a rate per so many people (#affected+infected+new+per100000+weekly), or a change between two dates
      // (#affected+infected+new+change+weekly, which may be negative): neither is a count
      if (t.attributes.some((a) => RATE_ATTRIBUTE.test(a))) {
        why[c] = 'a rate per so many people (+per100000, +per1000, +percap), not a count';
        return;
      }
      // (a header that says so, under a hashtag that does not: covid-viz's "Total per capita (USD mn)" as #value+ifi+percap+usd's twin)
      if (PER_PERSON_HEADER.test(labels[c] ?? '')) {
        why[c] = `an amount per person or per household (the header says '${clip(PER_PERSON_HEADER.exec(labels[c]!)![0], 30)}'), not a total`;
        return;
      }
      if (t.attributes.some((a) => CHANGE_ATTRIBUTE.test(a)) && t.tag !== '#date') {
        why[c] = 'a change between two dates (+change), which may be negative: not a count nor a level';
        return;
      }
      // "#indicator+num+overall_risk+unit_index": a unit the hashtag names but humfig does not know is no count of people
      const unknownUnit = unknownUnitAttribute(t);
      if (unknownUnit !== undefined) {
        why[c] = `${unknownUnit === '' ? "the hashtag's +unit_ names no unit" : `the hashtag's unit '${unknownUnit}' (+unit_${unknownUnit}) is not a unit humfig knows`}, and the column is not read as people; write a unit humfig knows (docs/conversion.md lists them: dose, house, tent, tonne ...) or leave the column out`;
        return;
      }
      const counted = countedThing(t);
      if (counted) {
        indicators.push({ index: c, tag: t, meaning: { indicator: counted.indicator, unit: counted.unit, unitAssumed: false }, breakdown: {}, counts: counted.unit });
        mappedTo[c] = `figure ${counted.indicator} (${counted.unit})`;
        return;
      }
      // "#inneed +health" is the people in need in the health sector: a sector breakdown of #inneed
      // (not where a hashtag humfig reads names the sector's word itself: #affected+displaced+shelter is the people in
      // temporary accommodation, not the Shelter cluster's part of the displaced)
      const own = SECTOR_TAGS.has(t.tag) ? indicatorFromHashtag(t) : null;
      const sectorWord = own?.indicator != null && SECTOR_WORD_INDICATORS.some((i) => own.indicator === i || own.indicator!.startsWith(`${i}-`));
      // (AWSD's "Gender Unknown" over #affected+total+i: people whose sex is not known, no attribute of an indicator)
      const attributes = t.attributes.includes('i') && UNKNOWN_SEX_HEADER.test(labels[c] ?? '') ? t.attributes.map((a) => (a === 'i' ? 'sex_unknown' : a)) : otherSex(t) ? t.attributes.map((a) => (a === 'other' ? 'sex_other' : a)) : t.attributes;
      const { breakdown, rest } = attributeBreakdown(attributes, SECTOR_TAGS.has(t.tag) && !sectorWord);
      const meaning = indicatorFromHashtag({ tag: t.tag, attributes: rest }) ?? shareColumn(t);
      if (!meaning) return;
      // a header that counts events over a hashtag of people ("Events Affecting Minors" over #affected+children):
      // events are no people, and which people the file does not say
      // (a header's first 300 characters: no hostile header makes these tests slow)
      const header = (labels[c] ?? '').slice(0, 300);
      // (a header that opens with the events, "Attacks on health workers", "Incidents affecting aid workers", counts events
      // whoever they befell; one that ends with them counts events only where it names no people harmed or by role,
      // "Killed in attacks", "School teachers killed in incidents", "Muertos en ataques")
      if (meaning.unit === 'person' && (EVENTS_HEADER.test(header) || (EVENTS_LAST.test(header) && !PEOPLE_WORD.test(header) && !HARMED_OR_ROLE_WORD.test(header)))) {
        why[c] = `the header counts events or incidents, the hashtag people: not read as people (retag it #event+num to import it as events)`;
        return;
      }
      // ("Number of Attacks on Health Facilities Reporting Destruction" over #indicator+health_facility+destroyed+num: attacks,
      // not facilities; one facility hit three times is three attacks)
      const thing = meaning.unit === null || meaning.unit === 'person' || meaning.unit === 'household' || meaning.unit === 'event' ? undefined : describeUnit(meaning.unit);
      if (thing?.dimension === 'count' && EVENTS_HEADER.test(header)) {
        const things = (thing.aliases?.find((a) => a.endsWith('s')) ?? `${thing.name}s`).replace(/-/g, ' ');
        why[c] = `the header counts attacks, events or incidents, the hashtag ${things}: not read as ${things} (retag it #event+num to import it as events)`;
        return;
      }
      // a header that counts animals over a hashtag of people ("Livestock lost" over #affected+dead: NDMA's 1,164,270
      // head of livestock read as Pakistan's deaths): no people at all, whatever the hashtag says
      if ((meaning.unit === 'person' || meaning.unit === 'household') && ANIMAL_WORD.test(labels[c] ?? '') && !PEOPLE_WORD.test(labels[c] ?? '')) {
        why[c] = `the header counts animals ('${clip(ANIMAL_WORD.exec(labels[c]!)![0], 20)}'), the hashtag people: not read as people (+livestock on the hashtag imports it as head of livestock)`;
        return;
      }
      // a header that gives a percentage over a hashtag of people with no +pct ("% of population affected" over
      // #affected): a share, never 25 people
      if (meaning.unit === 'person' && SHARE_HEADER.test(header)) {
        why[c] = `the header gives a percentage ('${clip(labels[c]!, 40)}'), the hashtag a count of people: not read (+pct on the hashtag reads it as a share)`;
        return;
      }
      // a header that counts households over a hashtag of people with no +hh ("Households affected", "IDP households"
      // over #affected+idps): households, as the header says, never as many people
      if (meaning.unit === 'person' && HOUSEHOLD_HEADER.test(header) && !PERSONS_HEADER.test(header)) {
        const asHouseholds = indicatorFromHashtag({ tag: t.tag, attributes: [...rest, 'hh'] });
        if (asHouseholds?.unit === 'household') {
          indicators.push({ index: c, tag: t, meaning: asHouseholds, breakdown });
          mappedTo[c] = `figure ${asHouseholds.indicator ?? '(indicator from the label)'} (household: the header '${clip(labels[c] ?? '', 40)}' counts households, the hashtag has no +hh)`;
          return;
        }
      }
      // a header that counts schools, health facilities or water points over a hashtag of people ("Schools damaged"
      // over #affected+damaged, "Health facilities attacked"): buildings, never people, whatever the hashtag says
      if ((meaning.unit === 'person' || meaning.unit === 'household') && FACILITY_HEADER.test(header) && !PEOPLE_WORD.test(header) && !HARMED_OR_ROLE_WORD.test(header.replace(FACILITY_HEADER, ''))) {
        why[c] = `the header counts schools or facilities ('${clip(FACILITY_WORD.exec(labels[c]!)![0], 24)}'), the hashtag people: not read as people (+schools, +classrooms, +hospitals, +health_facilities or +water_points on the hashtag imports it as those)`;
        return;
      }
      // a header that names people by their role where the hashtag names no group ("Educators Killed" over
      // #affected+killed, "Students Killed" over #affected+children+killed): those people only, a part of
      // the place's figure and not one of the other
      const roleHeader = meaning.unit === 'person' && breakdown['population-group'] === undefined && !t.attributes.some((a) => POPULATION_ATTRIBUTES.has(a)) ? ROLE_HEADERS.find((r) => r.words.test(labels[c] ?? '')) : undefined;
      if (roleHeader) breakdown['population-group'] = roleHeader.group;
      // (a file of aid workers' security incidents, its people counted by employer, UN, INGO, ICRC ...: every count is of aid
      // workers, whatever else an incident did; AWSD's 3 staff killed in Nurestan were 'deaths' beside 22 civilians left out)
      const aidWorkers = meaning.unit === 'person' && breakdown['population-group'] === undefined && aidWorkerFile && !t.attributes.some((a) => POPULATION_ATTRIBUTES.has(a));
      if (aidWorkers) breakdown['population-group'] = 'aid workers';
      indicators.push({ index: c, tag: t, meaning, breakdown });
      const unit = meaning.unit ?? 'currency from #currency';
      const by = describeBreakdown(orderedBreakdown(breakdown));
      mappedTo[c] = `figure ${meaning.indicator ?? '(indicator from the label)'} (${unit}${meaning.unitAssumed ? ', assumed' : ''})${by ? ` by ${by}` : ''}${roleHeader ? ` (the group from the header '${clip(labels[c] ?? '', 40)}')` : ''}${aidWorkers ? " (the group from the file's columns of aid employers: UN, INGO, ICRC ...)" : ''}`;
    });
  }
  // a column and its "raw" twin (IDMC on HDX: +conflict and +conflict_raw, the value before
  // rounding): the published figure is read, the twin is the same figure again
  // (a hashtag whatever the order of its attributes; with strip, its _raw attributes read without _raw)
  const twinKey = (t: HxlTag, strip = false) => `${t.tag}+${t.attributes.map((x) => (strip ? x.replace(/_raw$/, '') : x)).sort().join('+')}`;
  const published = new Map<string, number>();
  for (const col of indicators) if (!col.tag.attributes.some((x) => x.endsWith('_raw'))) published.set(twinKey(col.tag), col.index);
  for (let i = indicators.length - 1; i >= 0; i--) {
    const col = indicators[i]!;
    if (!col.tag.attributes.some((x) => x.endsWith('_raw'))) continue;
    const twin = published.get(twinKey(col.tag, true));
    if (twin === undefined) continue;
    indicators.splice(i, 1);
    mappedTo[col.index] = null;
    why[col.index] = `the raw twin of column ${twin + 1} (${formatHashtag(tags[twin]!)}): the same figure before rounding; the published one is read`;
  }
  roundedTwins(indicators, tags, labels, mappedTo);
  // two figure columns under one hashtag (a drought table's ESNFI and Agriculture columns, both
  // plain #inneed): the hashtags do not say which is which, nor that either is the total
  const sameTag = new Map<string, number[]>();
  for (const col of indicators) {
    const key = twinKey(col.tag);
    const list = sameTag.get(key);
    if (list) list.push(col.index);
    else sameTag.set(key, [col.index]);
  }
  const unread = new Set<number>();
  const byIndex = new Map(indicators.map((col) => [col.index, col]));
  const sectorNamed = (list: readonly number[]): string[] => {
    const named = groups ? list.map((c) => groups[c] ?? '') : [];
    return named.length > 0 && named.every((g) => g !== '') && new Set(named).size === list.length ? named : [];
  };
  // a column of words under the hashtag of a column of numbers ("estimate", "census" under #affected
  // beside the counts): the words are no figure, so the numbers are the hashtag's one figure
  // (the cells of all such columns read in one pass over the rows)
  const contested: number[] = [];
  for (const list of sameTag.values()) if (list.length > 1 && sectorNamed(list).length === 0) contested.push(...list);
  const text = contested.length > 0 ? textAmong(contested) : new Set<number>();
  for (const list of sameTag.values()) {
    if (list.length < 2) continue;
    // a group header over them that names each one's sector (`ESNFI` over one #inneed, `AGRICULTURE`
    // over the other): each is that sector's figure, a part, and neither is the total
    const named = sectorNamed(list);
    const numbers = list.filter((c) => !text.has(c));
    if (named.length === 0 && numbers.length === 1) {
      for (const c of list) {
        if (c === numbers[0]) continue;
        unread.add(c);
        mappedTo[c] = null;
        why[c] = `text, not numbers, under the hashtag of column ${numbers[0]! + 1}, which holds the numbers: that column is the figure`;
      }
      continue;
    }
    // group headers that are years ("2022" over one #affected+returnees, "2023" over the other): each column is
    // that year's figure; rounds of a survey ("Round 13", "Round 14"): each its round's, a series, never a sector
    if (named.length > 0 && named.every((n) => GROUP_YEAR.test(n))) {
      list.forEach((c, k) => {
        byIndex.get(c)!.year = named[k]!.trim();
        mappedTo[c] = `${mappedTo[c]} in ${named[k]!.trim()} (from the group header above it)`;
      });
      continue;
    }
    if (named.length > 0 && named.every((n) => GROUP_ROUND.test(n))) {
      list.forEach((c, k) => {
        const col = byIndex.get(c)!;
        col.breakdown = { ...col.breakdown, round: /\d+/.exec(named[k]!)![0] };
        mappedTo[c] = `${mappedTo[c]} by round ${named[k]!.trim()} (from the group header above it)`;
      });
      continue;
    }
    if (named.length > 0) {
      list.forEach((c, k) => {
        const col = byIndex.get(c)!;
        const word = named[k]!.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
        const sector = attributeBreakdown([word], true).breakdown.sector ?? breakdownText(named[k]!);
        col.breakdown = { ...col.breakdown, sector };
        mappedTo[c] = `${mappedTo[c]} by sector ${sector} (from the group header '${clip(named[k]!, 40)}' above it)`;
      });
      continue;
    }
    // one of them headed "Total" or "Overall" (an HNO sheet's "Non-Displaced" and "Total" under one #affected): that one is the
    // total, and the others are parts the hashtags do not name
    const totals = numbers.filter((c) => TOTAL_HEADER.test(labels[c] ?? ''));
    if (totals.length === 1) {
      for (const c of list) {
        if (c === totals[0]) continue;
        unread.add(c);
        mappedTo[c] = null;
        why[c] = `the same hashtag as column ${totals[0]! + 1}, whose header '${clip((labels[totals[0]!] ?? '').trim(), 30)}' says it is the total: a part the hashtags do not name`;
      }
      mappedTo[totals[0]!] = `${mappedTo[totals[0]!]} (the total: its header says so, among columns of one hashtag)`;
      continue;
    }
    for (const c of list) {
      unread.add(c);
      mappedTo[c] = null;
      why[c] = `the same hashtag as ${listColumns(list, c)}: which figure each holds the hashtags do not say, so neither is read as the total`;
    }
  }
  // (one pass: a splice for each of 20,000 columns under one hashtag would be 20,000 x 20,000 steps)
  if (unread.size > 0) {
    let kept = 0;
    for (const col of indicators) if (!unread.has(col.index)) indicators[kept++] = col;
    indicators.length = kept;
  }
  let ipc = false;
  let ipcCountryPopulation: number | undefined;
  if (shape === 'wide') {
    columnPeriods(tags, indicators, mappedTo, period, context);
    // IPC and Cadre Harmonisé tables repeat the country's whole population ("Total country
    // population", a plain #population) on every row of an area and a phase: it is neither the
    // area's population nor the people of a phase, so it is not read
    // a table of phases: a #severity+v_ipc column (long form), or #affected columns that are
    // mostly +ipc (wide form); a key-figures sheet with one +ipc column among others is not one
    const classified = (t: HxlTag) => t.attributes.includes('ipc') || t.attributes.includes('ch');
    const affected = indicators.filter((col) => col.tag.tag === '#affected');
    ipc =
      tags.some((t) => t !== null && ((t.tag === '#severity' && (t.attributes.includes('v_ipc') || t.attributes.includes('v_ch'))) || (t.tag === '#phase' && (t.attributes.includes('ipc') || t.attributes.includes('ch'))) || (t.tag === '#meta' && t.attributes.length === 1 && t.attributes[0] === 'phase'))) ||
      (affected.length > 0 &&
        affected.filter((col) => classified(col.tag)).length * 2 >= affected.length &&
        // (and of all its figures: a COVID dashboard's admin 1 sheet with IPC columns among vaccination, IDP and
        // health facility columns is no table of phases, and its populations are each area's own)
        indicators.filter((col) => classified(col.tag)).length * 2 >= indicators.filter((col) => col.tag.tag !== '#population' || col.tag.attributes.length > 0).length);
    if (ipc) {
      for (let i = indicators.length - 1; i >= 0; i--) {
        const col = indicators[i]!;
        if (col.tag.tag !== '#population' || col.tag.attributes.length > 0) continue;
        ipcCountryPopulation = col.index;
        indicators.splice(i, 1);
        mappedTo[col.index] = null;
        why[col.index] = "an IPC table's country population, repeated on the row of every area and phase: not a figure of the row's place";
      }
    }
  }
  // outside a table of phases, a severity class as text (#severity+type "Very High", a country's risk class)
  // describes its place, not a part of its figures: a breakdown only where a place and date has several (as a
  // series is); a plain #severity (humfig's own export) stays the breakdown it was written as
  if (!ipc) {
    for (const b of breakdowns) if (b.dimension === 'severity' && b.read === 'text' && tags[b.index]?.attributes.some((a) => a === 'type' || a === 'class') === true) b.read = 'series';
  }
  let rowUnit: number | undefined;
  if (shape === 'wide' && indicators.some((col) => col.meaning.unit === null)) {
    const i = tags.findIndex((t, c) => mappedTo[c] === null && matchesPattern(t, '#indicator+unit'));
    if (i !== -1) {
      rowUnit = i;
      mappedTo[i] = 'unit of the row\'s figures in the columns of money whose hashtag names no currency';
      for (const col of indicators) if (col.meaning.unit === null) mappedTo[col.index] = mappedTo[col.index]!.replace('(currency from #currency', `(unit from column ${i + 1}, #indicator+unit, else currency from #currency`);
    }
  }
  return { shape, context, long, period, places: levels, longPlace, breakdowns, indicators, mappedTo, why, ipc, ...(ipcCountryPopulation !== undefined ? { ipcCountryPopulation } : {}), ...(rowIndicator ? { rowIndicator } : {}), ...(rowUnit !== undefined ? { rowUnit } : {}) };
}

/**
 * Dates of some columns only: an IPC table's `#date+start+first_projection` and
 * `#date+end+first_projection` are the period of the `+first_projection` columns, not of the
 * row. A column whose attributes include every attribute (but +start/+end) of such a pair takes
 * its period from it.
 */
function columnPeriods(tags: readonly (HxlTag | null)[], indicators: Layout['indicators'], mappedTo: (string | null)[], period: Layout['period'], context: Layout['context']): void {
  const pairs = new Map<string, { start?: number; end?: number; attributes: string[] }>();
  tags.forEach((t, c) => {
    if (!t || t.tag !== '#date') return;
    const side = t.attributes.includes('start') ? 'start' : t.attributes.includes('end') ? 'end' : undefined;
    const own = t.attributes.filter((a) => a !== 'start' && a !== 'end');
    if (side === undefined || own.length === 0) return;
    const key = [...own].sort().join('+');
    const pair = pairs.get(key) ?? { attributes: own };
    pair[side] ??= c;
    pairs.set(key, pair);
  });
  // (one such pair dates its own columns only where other figure columns lack its attributes: a COVID
  // dashboard's #date+ipc+start and +end are the period of its +ipc columns, not of its cases or funding)
  if (pairs.size === 1) {
    const [only] = pairs.values();
    const carries = (col: Layout['indicators'][number]) => only!.attributes.every((a) => col.tag.attributes.includes(a));
    // (the others must be figures of their own, not an IPC table's country population, a plain #population beside +ipc columns)
    const ipcCarriers = indicators.some((col) => carries(col) && col.tag.attributes.some((a) => a === 'ipc' || a === 'ch'));
    if (only!.end === undefined || !indicators.some(carries) || !indicators.some((col) => !carries(col) && !(ipcCarriers && col.tag.tag === '#population' && col.tag.attributes.length === 0))) return;
    for (const side of ['start', 'end'] as const) if (period[side] !== undefined && (period[side] === only!.start || period[side] === only!.end)) delete period[side];
    if (context.asOf !== undefined && (context.asOf === only!.start || context.asOf === only!.end)) delete context.asOf;
  } else if (pairs.size < 2) return;
  for (const col of indicators) {
    for (const pair of pairs.values()) {
      if (pair.end === undefined || !pair.attributes.every((a) => col.tag.attributes.includes(a))) continue;
      col.period = { end: pair.end };
      if (pair.start !== undefined) col.period.start = pair.start;
      for (const c of [pair.start, pair.end]) if (c !== undefined) mappedTo[c] = `period of the columns with +${pair.attributes.join('+')}`;
      break;
    }
  }
}

/**
 * An analysis date column (IPC's `#date+analysis`) in a wide file: the analyses it dates, to
 * tell the latest estimate of a figure from earlier ones (hxl-analyses.ts). Undefined without one.
 */
function analysisColumn(layout: Layout, tags: readonly (HxlTag | null)[]): AnalysisHistory | undefined {
  if (layout.shape !== 'wide') return undefined;
  const column = tags.findIndex((t, c) => layout.mappedTo[c] === null && matchesPattern(t, '#date+analysis'));
  if (column === -1) return undefined;
  const identity: number[] = [];
  for (const lv of layout.places) for (const c of [lv.code, lv.name, lv.altName]) if (c !== undefined) identity.push(c);
  for (const b of layout.breakdowns) for (const c of [b.index, b.fallback, b.key, ...(b.flagCandidates ?? [])]) if (c !== undefined) identity.push(c);
  // the cells of the row's date, as a figure's id has it: the end of a period, not its start (a
  // column with a period of its own, IPC's +first_projection, is dated by that instead)
  const dated = [layout.context.asOf, layout.period.end, layout.period.year, layout.period.within?.index].filter((c) => c !== undefined);
  const rowDate = dated.length > 0 ? dated : layout.period.start !== undefined ? [layout.period.start] : [];
  layout.mappedTo[column] = 'the analysis: where a later one gives the same figure, an earlier one is a breakdown analysis';
  return new AnalysisHistory(column, identity, rowDate, layout.indicators);
}

/** The host of an http(s) link, without "www." ("http://www.dnpgcca.ne/images/a.pdf" -> "dnpgcca.ne"). */
function hostOf(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? url).replace(/^www\./i, '');
}

/**
 * National rows smaller than their areas (national-remainders.ts), in a wide file with places below
 * the country: keyed by the country's cells, the date and period, the breakdowns, the row's
 * indicator and source, for the figure columns of people and households.
 */
function nationalRemaindersOf(layout: Layout, dateColumn: number | undefined): NationalRemainders | undefined {
  if (layout.shape !== 'wide') return undefined;
  const below = placeCells(layout.places.filter((lv) => lv.level > 0));
  if (below.length === 0) return undefined;
  // (people and households: no country counts fewer than one of its areas; a price or an average may be lower)
  const figures = layout.indicators.filter((col) => col.meaning.unit === 'person' || col.meaning.unit === 'household').map((col) => col.index);
  if (figures.length === 0) return undefined;
  const country = placeCells(layout.places.filter((lv) => lv.level === 0));
  // (the same key without its dates: which figures some area gives at any date)
  const dated = new Set([dateColumn, layout.period.start, layout.period.end, layout.period.year, layout.period.within?.index]);
  const undated = figureKeyColumns(layout, undefined, country).filter((c) => !dated.has(c));
  return new NationalRemainders(figures, below, figureKeyColumns(layout, dateColumn, country), cellText, undated);
}

/** The columns of some place levels: each level's code, name and other name. */
function placeCells(levels: Layout['places']): number[] {
  return levels.flatMap((lv) => [lv.code, lv.name, lv.altName].filter((c): c is number => c !== undefined));
}

/**
 * The columns that tell a wide file's figures apart: the place columns given, the date and period,
 * the row's indicator and source, and every breakdown column but those left out.
 */
function figureKeyColumns(layout: Layout, dateColumn: number | undefined, places: number[], leftOut: readonly BreakdownColumn[] = []): number[] {
  const key = [...places];
  // (and the publication date: two editions of one source joined are two sources, never records to add up)
  for (const c of [dateColumn, layout.period.start, layout.period.end, layout.period.year, layout.period.within?.index, layout.rowIndicator?.code, layout.rowIndicator?.name, layout.context.source, layout.context.published]) if (c !== undefined) key.push(c);
  for (const b of layout.breakdowns) if (!leftOut.includes(b)) for (const c of [b.index, b.fallback, b.key, ...(b.flagCandidates ?? [])]) if (c !== undefined) key.push(c);
  return key;
}

/**
 * Parts written 0 where the file has no split (zero-parts.ts), in a wide file with sex or age
 * breakdown columns: keyed by every other cell that tells figures apart.
 */
function zeroPartsOf(layout: Layout, dateColumn: number | undefined): ZeroPartsViews | undefined {
  if (layout.shape !== 'wide') return undefined;
  const parts = layout.breakdowns.filter((b) => b.read === 'sex' || b.read === 'age' || b.read === 'age-bound');
  if (parts.length === 0) return undefined;
  const view = (of: readonly BreakdownColumn[]) =>
    new ZeroParts(
      layout.indicators.map((col) => col.index),
      of.flatMap((b) => [b.index, b.fallback].filter((c): c is number => c !== undefined)),
      figureKeyColumns(layout, dateColumn, placeCells(layout.places), of),
      cellText,
      (cell) => cell.trim() === '' || isAllValue(cell),
    );
  // (and, where the file splits by sex and by age, each one alone: a sex's ages all 0 beside that sex's total)
  const sexes = parts.filter((b) => b.read === 'sex');
  const ages = parts.filter((b) => b.read !== 'sex');
  return new ZeroPartsViews(sexes.length > 0 && ages.length > 0 ? [view(parts), view(sexes), view(ages)] : [view(parts)]);
}

/**
 * An origin written as not known beside known origins of the same key (unknown-origins.ts), in a file with an
 * origin column: keyed by every other cell that tells figures apart.
 */
function unknownOriginsOf(layout: Layout, dateColumn: number | undefined): UnknownOrigins | undefined {
  const origins = layout.breakdowns.filter((b) => b.read === 'origin');
  if (origins.length === 0 || layout.indicators.length === 0) return undefined;
  return new UnknownOrigins(
    origins.map((b) => b.index),
    figureKeyColumns(layout, dateColumn, placeCells(layout.places), origins),
    cellText,
    (cell) => cell.trim() !== '' && !isAllValue(cell) && !isOriginUnknown(cell),
  );
}

/**
 * Another provider area matched to an area's p-code beside that area's own row (provider-areas.ts), in a file that
 * names the provider's areas (+provider) beside the standard names: keyed by every other cell but the provider's names.
 */
function providerAreasOf(layout: Layout, dateColumn: number | undefined, tags: readonly (HxlTag | null)[]): ProviderAreas | undefined {
  if (layout.indicators.length === 0) return undefined;
  const level = [...layout.places].reverse().find((lv) => lv.name !== undefined && lv.altName !== undefined && tags[lv.altName]?.attributes.includes('provider') === true);
  if (level === undefined) return undefined;
  const providerNames = new Set(layout.places.map((lv) => lv.altName).filter((c): c is number => c !== undefined));
  return new ProviderAreas(level.name!, level.altName!, figureKeyColumns(layout, dateColumn, placeCells(layout.places).filter((c) => !providerNames.has(c))), cellText);
}

/**
 * A disability flag on every part of a whole (disability-flags.ts), in a file with a disability column
 * beside sex or age columns: keyed by every other cell that tells figures apart.
 */
function disabilityFlagsOf(layout: Layout, dateColumn: number | undefined): DisabilityFlags | undefined {
  const flag = layout.breakdowns.find((b) => b.read === 'yes-no' && b.dimension === 'disability');
  const parts = layout.breakdowns.filter((b) => b.read === 'sex' || b.read === 'age' || b.read === 'age-bound');
  if (flag === undefined || parts.length === 0 || layout.indicators.length === 0) return undefined;
  const partColumns = parts.flatMap((b) => [b.index, b.fallback].filter((c): c is number => c !== undefined));
  const key = figureKeyColumns(layout, dateColumn, placeCells(layout.places), [...parts, flag]);
  return new DisabilityFlags(
    layout.indicators.map((col) => col.index),
    partColumns,
    flag.index,
    key,
    cellText,
    (cell) => cell.trim() === '' || isAllValue(cell),
    (cell) => readYesNo(cell) === 'yes',
  );
}

/**
 * A baseline assessment beside the other assessments of its place and day (baseline-assessments.ts), in a file with
 * an assessment-type column: keyed by every other cell that tells figures apart.
 */
function baselineAssessmentsOf(layout: Layout, dateColumn: number | undefined): BaselineAssessments | undefined {
  const col = layout.breakdowns.find((b) => b.dimension === 'assessment-type' && b.read === 'series');
  if (col === undefined || layout.indicators.length === 0) return undefined;
  const key = figureKeyColumns(layout, dateColumn, placeCells(layout.places), [col]);
  return new BaselineAssessments(
    layout.indicators.map((c) => c.index),
    col.index,
    key,
    cellText,
    (cell) => BASELINE_ASSESSMENT.test(cell.trim()),
  );
}

/** Attributes that name an employer in the aid system (AWSD's #affected+UN, +INGO, +ICRC, +IFRC, +NGO). */
const AID_EMPLOYERS: ReadonlySet<string> = new Set(['un', 'ingo', 'icrc', 'ifrc', 'nrcs', 'nngo', 'ngo', 'lngo']);

/** The header of a column of dates: "Date", "FECHA DE REPORTE", "Reporting date", "Date de mise à jour". */
const DATE_HEADER = /^\s*(?:(?:reporting|report|update|updated|last\s+updated?)\s+)?(?:date|fecha|data|datum)(?:\s+(?:de|of|du|del)\s+[\p{L}\s'’]{2,30})?\s*$/iu;

/** The minus sign of a negative cell. */
const NEGATIVE = /^\s*[-−‒–—]\s*(?=\d)/;


/** Hashtags of people counted where they are: a row of them is its place's own, never a project's listed per area. */
const PLACED_PEOPLE_TAGS = new Set(['#affected', '#population', '#inneed', '#idps', '#refugees', '#returnees']);
/** Attributes of people a project counts: targeted, reached, assisted. */
const PROJECT_ATTRIBUTES = new Set(['targeted', 'reached', 'assisted', 'beneficiaries', 'served', 'covered']);

/**
 * The rows of a wide file that list one project once per area are found by their figure cells
 * and every other cell the import uses (breakdowns, dates and periods, context, the country),
 * alike on each row, and their place cells below the country, which differ. Only in a file that
 * says who does what (a 3W or 4W: an #org column read as the publisher or a breakdown), where a
 * row is a project's: in a file of areas (an HNO, COD-PS, DTM), a row is its area's own.
 */
function projectRepeatsOf(layout: Layout, tags: readonly (HxlTag | null)[], qualifierColumn: number): ProjectRepeats | undefined {
  if (layout.shape !== 'wide' || !tags.some((t, c) => t?.tag === '#org' && layout.mappedTo[c] !== null)) return undefined;
  // (people counted where they are, displaced in a site, affected, a population, are each place's own, whoever
  // manages the site: an IOM DTM sheet names each camp's agency in #org, and two camps of one commune may hold
  // the same 34 households and 118 people by chance; a project is known by what it targets, reaches or funds)
  // (not people targeted or reached, whatever their tag: #population+targeted, #affected+reached are a project's)
  if (layout.indicators.every((col) => PLACED_PEOPLE_TAGS.has(col.tag.tag) && !col.tag.attributes.some((a) => PROJECT_ATTRIBUTES.has(a)))) return undefined;
  const figures = layout.indicators.map((col) => col.index);
  const levels: number[][] = [];
  for (const lv of layout.places) if (lv.level > 0) levels.push([lv.name, lv.altName, lv.code].filter((c) => c !== undefined));
  if (levels.length === 0) return undefined;
  const other = new Set<number>(figures);
  for (const cols of levels) for (const c of cols) other.add(c);
  const project: number[] = [];
  layout.mappedTo.forEach((m, c) => {
    if (m !== null && !other.has(c)) project.push(c);
  });
  if (qualifierColumn !== -1 && !other.has(qualifierColumn)) project.push(qualifierColumn);
  return new ProjectRepeats(figures, project, levels, cellText);
}

/** Which of two columns of a dimension to read first: an appeal's code, any other dimension's name; a description last. */
/**
 * Flag columns proven by their cells: each of a dimension's candidate columns (#event+type+conflict,
 * +political ...) holds one value at most, besides its "no" cells (NotApplicable, No, 0, empty), and
 * some "no" is written or every value is a "yes", and some row sets some of them and not others (two
 * columns always set together are one value written twice, "Health" and "Santé"). Then the row's value of the dimension is every flag
 * set, and a row with none set is "none stated" (a part, never the whole). Otherwise the columns are
 * read as before: the first, the others its fallback or the same dimension again.
 */
function flagColumns(layout: Layout, tags: readonly (HxlTag | null)[], seen: ReadonlyMap<number, { set: Set<string>; yesOnly: boolean; no: number }>, partialRows: ReadonlyMap<BreakdownColumn, number>, describeColumn: (c: number) => string): void {
  for (const b of layout.breakdowns) {
    const cols = b.flagCandidates;
    if (cols === undefined || (partialRows.get(b) ?? 0) === 0) continue;
    const each = cols.map((c) => seen.get(c)!);
    if (!each.every((x) => x.set.size <= 1) || !(each.some((x) => x.no > 0) || each.every((x) => x.yesOnly))) continue;
    b.read = 'flags';
    b.index = cols[0]!;
    delete b.fallback;
    b.flags = cols.map((c) => ({ index: c, name: breakdownText(ownAttributes(tags[c]!).replace(/[+_]+/g, ' ')) }));
    const listed = cols.map((c) => describeColumn(c)).join('; ');
    for (const c of cols) {
      layout.mappedTo[c] = `breakdown ${b.dimension}, one of ${cols.length} flag columns (${listed}): a row's ${b.dimension} is every one of them set, "none stated" where none is`;
      layout.why[c] = null;
    }
  }
}

/**
 * A breakdown column's attributes beyond those that say how it is written (+type, +code, +name):
 * what tells apart flag columns of one dimension; '' where there are none or where it is a code or
 * a name (two columns of codes and names are one breakdown, not flags).
 */
function ownAttributes(t: HxlTag): string {
  if (t.attributes.some((a) => a === 'code' || a === 'name' || a === 'id' || a === 'description')) return '';
  return t.attributes.filter((a) => !['type', 'label', 'text', 'num', 'main', 'v_hxl'].includes(a)).sort().join('+');
}

function preferenceOf(dimension: string, t: HxlTag): number {
  const has = (a: string) => t.attributes.includes(a);
  if (has('description')) return 0;
  if (dimension === 'appeal') return (has('code') || has('id')) && !has('name') ? 2 : 1;
  return has('name') ? 2 : 1;
}

/** Why a column that nothing claimed is not used: its hashtag's meaning, in a few words. */
/** The filled cells a row needs for a copy of it to be the same record given twice (fewer: a second event, added). */
const COPY_MIN_CELLS = 6;

/** How many cells of a row are not empty. */
function filledCells(row: CsvRecord): number {
  let n = 0;
  for (const cell of row.cells) if (cell.trim() !== '') n++;
  return n;
}

/** How many rows of a file of records are remembered (as hashes, 8 bytes each) to find the rows that copy another. */
const COPIED_ROWS_CAP = 2_000_000;

/** A series of movements, not of a stock: IOM DTM's Emergency Tracking Tool (ETT), flow monitoring, event tracking, new arrivals. */
const FLOW_SERIES = /\b(?:emergency\s+(?:event\s+)?tracking(?:\s+tool)?|ETT|flow\s+monitoring|event\s+tracking|new\s+arrivals?|displacement\s+flows?)\b/i;

/** A series named as the whole of its operation: "Armed Clashes in Sudan (Overview)", "... - Total", "(Consolidated)". */
const OVERVIEW_SERIES = /(?:\(\s*(?:overview|total|consolidated|all|summary)\s*\)|[-–:]\s*(?:overview|total|consolidated|summary))\s*$/i;
/** The warnings a file gives its rows (HAPI's #meta+warning), counted by their text: at most WARNING_KINDS kinds kept, the rest counted together. */
const WARNING_KINDS = 5;
class RowWarnings {
  private readonly kinds = new Map<string, { rows: number; line: number }>();
  private rows = 0;

  add(text: string, line: number): void {
    this.rows++;
    const kind = this.kinds.get(text);
    if (kind !== undefined) kind.rows++;
    else if (this.kinds.size < WARNING_KINDS) this.kinds.set(text, { rows: 1, line });
  }

  note(): string | undefined {
    if (this.rows === 0) return undefined;
    const shown = [...this.kinds].map(([text, k]) => `'${text}' (${k.rows} row${k.rows === 1 ? '' : 's'}, line ${k.line} first)`).join(', ');
    const counted = [...this.kinds.values()].reduce((sum, k) => sum + k.rows, 0);
    const unmatched = [...this.kinds.keys()].some((text) => /cannot\s+match/i.test(text));
    return `${this.rows} row${this.rows === 1 ? ' carries' : 's carry'} the file's own warning (#meta+warning): ${shown}${counted < this.rows ? `, and ${this.rows - counted} of other kinds` : ''}; their figures are imported as the file gives them: check them${unmatched ? " (HAPI's 'Cannot match row' means the provider's area matched no admin area, so it may overlap the areas beside it)" : ''}`;
  }
}

/**
 * A baseline assessment: IOM DTM's `BA` (mobility tracking of every location) beside a site assessment, `SA`, of the
 * same day, which counts only the people in sites: the baseline is the day's whole, the site assessment a part.
 */
const BASELINE_ASSESSMENT = /^(?:BA|baseline(?:\s+assessment)?|mobility\s+tracking(?:\s+matrix)?)$/i;
/** A series' operation without its product in brackets or after a dash: "Armed Clashes in Sudan (Monthly)" -> "armed clashes in sudan". */
function seriesStem(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$|\s+[-–:]\s+[^-–:]*$/, '').trim().toLowerCase();
}
/** Whether a series column's cell is the series of the place's latest date (one value, read as ISO days): the place's own. */
function isLatestSeries(col: BreakdownColumn, placeKey: string, cell: string): boolean {
  const latest = col.latest?.get(placeKey);
  return latest !== undefined && !latest.tie && !latest.unread && latest.value === cell;
}

function unusedReason(t: HxlTag | null): string {
  if (t === null) return 'no hashtag';
  if (isBetaCountWithoutStatus(t)) return "HXL beta's count of people or households involved, without saying whether affected, in need or displaced: HXL 1.x has no such hashtag; retag the column (#affected+idps for people in displacement sites, for example) to import it";
  if (t.tag === '#meta') return 'metadata (#meta) that humfig does not keep';
  if (t.tag === '#org') return 'an organisation: who reported or works there, not a figure';
  if (t.tag === '#activity' || t.tag === '#response' || t.tag === '#beneficiary' || t.tag === '#service') return 'a description of an activity, not a figure';
  // (#loc+count+health: numbers of facilities under a place's hashtag, not a place column)
  if ((t.tag === '#loc' || t.tag === '#geo') && t.attributes.some((a) => a === 'count' || a === 'num')) return 'a count under a place hashtag (+count, +num): of places or facilities, not a figure humfig reads; retag it #indicator+num+<name>+unit_<unit> (such as +unit_facility) to import it';
  if (t.tag === '#loc' || t.tag === '#adm4' || t.tag === '#adm5' || t.tag === '#geo' || t.tag === '#region') return 'a second location column, admin level 4 or 5, a region or coordinates: humfig reads one #loc and #country, #adm0 to #adm3';
  if (['#country', '#adm0', '#adm1', '#adm2', '#adm3', '#loc'].includes(t.tag) && t.attributes.some((a) => ['funder', 'donor', 'src', 'source', 'origin'].includes(a))) {
    return 'a funder\'s or an origin\'s place, not where the figures are';
  }
  if (t.tag === '#date') return 'a date other than the figures\' date';
  if (t.tag === '#currency') return 'a currency, used only by #value columns without one';
  if (t.attributes.some((a) => ['code', 'name', 'id', 'type', 'text', 'url', 'currency'].includes(a))) return 'text or codes, not numbers';
  return 'a hashtag humfig does not map to a figure, a place, a date or a breakdown';
}

// ---------------------------------------------------------------------------------------------
// Building the document
// ---------------------------------------------------------------------------------------------

interface SourceDraft {
  id: string;
  /** the #meta+source text, when it names the source (wide files) */
  name?: string;
  publishers: Set<string>;
  title?: string;
  published?: string;
  /** the cell its publication date was read from, so that a row with the same cell is not parsed again */
  publishedCell?: string;
  url?: string;
}

/** The hashtags of figures, for a misspelt one's "did you mean" ("#afected": #affected). */
const FIGURE_TAGS: readonly string[] = ['#affected', '#inneed', '#targeted', '#reached', '#population', '#value', '#indicator', '#event', '#severity'];

/** " (#afected: did you mean #affected?)" for the hashtags among `tags` that misspell a hashtag of figures (at most three), else "". */
function misspeltTags(tags: readonly HxlTag[]): string {
  const said = new Set<string>();
  for (const t of tags) {
    if (said.size >= 3) break;
    // (#target has its own hint, #targeted)
    if (t.tag === '#target') continue;
    const near = suggest(t.tag, FIGURE_TAGS, 1)[0];
    if (near !== undefined && near !== t.tag) said.add(`${t.tag}: did you mean ${near}?`);
  }
  return said.size > 0 ? ` (${[...said].join('; ')})` : '';
}

/** Hashtags of people and money, whose sector attributes (+health, +wash) are a sector breakdown. */
const SECTOR_TAGS: ReadonlySet<string> = new Set(['#population', '#affected', '#inneed', '#targeted', '#reached', '#value']);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A p-code: an ISO2 or ISO3 country code and digits (AF01, MLI0101). */
const PCODE_LIKE = /^[A-Z]{2,3}\d[A-Z0-9]*$/;
/** A source column with at least this many values, on at least this share of the sampled rows that fill it, holds each row's citation. */
const CITED_SOURCES_MIN = 20;
const CITED_SOURCES_SHARE = 0.2;
const CITED_SOURCES_SHARE_EVENTS = 0.02;
/** A date cell that says the date is not set yet ("TBD", "TBC", "to be determined"). */
const DATE_NOT_SET = /^\s*(?:tbd|tbc|tba|to\s+be\s+(?:determined|confirmed|announced))\s*$/i;
/** How many sampled rows an admin level's code and name columns must fill for their tags to be read swapped. */
const SWAP_MIN_ROWS = 10;

/**
 * A place id as a long file (humfig's export) writes it: a p-code or an ISO3 code in any case (`af01` is AF01; with a
 * section's dash, `HT0111-01`, in capitals), an id
 * humfig made from a code and a name (`iqg05-hamza`, a valid id as written, not a p-code `IQG05-HAMZA`) as written,
 * anything else in kebab case.
 */
function longPlaceId(raw: string): string {
  const upper = raw.toUpperCase();
  // (a p-code with its section's dash, Haiti's "HT0111-01", as humfig exports it: in capitals, so that a kebab id
  // written "som2022-01" stays one)
  if (/^[A-Z]{3}$/.test(raw) || PCODE_LIKE.test(upper) || (raw === upper && PCODE.test(raw))) return upper;
  return KEBAB.test(raw) ? raw : kebab(raw);
}

/** How many distinct places, dates, labels and id parts an import remembers (a file repeats a few thousand). */
const CACHE_LIMIT = 100_000;
/** How many names of one code the first reading keeps (BreakdownColumn.namedApart). */
const NAMES_APART_MAX = 16;
/** A name that says its row is the whole of what its code names: "Protection (overall)", "Total". */
const WHOLE_NAME = /(?<![\p{L}])(?:overall|total|all)(?![\p{L}])/iu;
/** `make`, remembered for each text of a row and column (up to CACHE_LIMIT of them): one string for every figure that has them. */
function byRowAndColumn(make: (text: string, index: number) => string): (text: string, index: number) => string {
  const made = new Map<string, string>();
  return (text, index) => {
    const key = `${text}\u0000${index}`;
    let value = made.get(key);
    if (value === undefined) {
      value = make(text, index);
      if (made.size < CACHE_LIMIT) made.set(key, value);
    }
    return value;
  };
}

/** The year a short second year of a span names ("2015/16": 2016, "1999/00": 2000): the first after the span's first that ends so. */
function yearAfterShort(first: string, short: string): string {
  const year = Number(first.slice(0, 2) + short);
  return String(year > Number(first) ? year : year + 100);
}

/** The attributes of a #date column that holds weeks of the year (#date+week, #date+epiweek). */
const WEEK_ATTRIBUTES = ['week', 'epiweek', 'epi_week', 'isoweek', 'iso_week', 'wk'];

/** A stock of displaced people, counted at the end of a period (IDMC's total displacement, #affected+idps+total). */
const STOCK_AT_YEAR_END = /(?:^|-)stock(?:-|$)/;
/**
 * Indicators of people counted at a date (a stock), and running totals (+cumulative: cases to date):
 * two values for one place and date are never parts to add up.
 */
// (and people in a phase of food insecurity: an IPC analysis counts them at a date)
const STOCK_INDICATOR = /^(?:internally-displaced|displaced|refugees|asylum-seekers|returnees|returned-idps|stateless|people-in-need|people-targeted|people-in-ipc-phase|population)(?:-|$)|(?:^|-)cumulative(?:-|$)/;
/**
 * Series whose change at one place from one date to another starts another series there (IOM DTM's
 * "Armed Clashes in Sudan (Monthly)" then "(Overview)"; a baseline then a site assessment): never
 * joined as one, so each is a breakdown at every date of that place.
 */
const PLACE_SERIES: ReadonlySet<string> = new Set(['operation', 'assessment-type', 'service']);
/** An ISO day, as the first ten characters of a date cell give it ("2024-05-31", from "2024-05-31T00:00:00" too). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The places and dates a series column (an operation, a market) is followed over, at most. */
const SERIES_CAP = 200_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A cell as text: the spreadsheet formula guard of humfig's own exports ('=...) undone, trimmed. */
function cellText(record: CsvRecord, index: number | undefined): string {
  if (index === undefined) return '';
  const raw = record.cells[index] ?? '';
  return (/^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw).trim();
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** The file name without folders: "data/idps.csv" -> "idps.csv". */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function checkOptions(options: ImportOptions): void {
  if (!isIsoDate(options.today)) throw new UsageError(`today must be a real date written YYYY-MM-DD (found '${options.today}')`);
  for (const [name, value] of [['dataset id', options.datasetId], ['source id', options.sourceId]] as const) {
    if (value !== undefined && (!KEBAB.test(value) || value.length > 80)) {
      throw new UsageError(`the ${name} '${value}' must be kebab-case (lower-case letters, digits, single hyphens), at most 80 characters`);
    }
  }
  if (options.publisher !== undefined && options.publisher.trim().length > 200) throw new UsageError('the publisher is at most 200 characters');
  if (options.published !== undefined && !isIsoDate(options.published)) throw new UsageError(`--published '${clip(options.published, 40)}' is not a day; write YYYY-MM-DD`);
  if (options.published !== undefined && options.published > options.today) throw new UsageError(`--published ${options.published} is after today (${options.today}): a source is published on or before the day it is imported`);
  if (options.asOf !== undefined && !isPartialDate(options.asOf)) throw new UsageError(`--as-of '${options.asOf}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`);
  if (options.country !== undefined && findCountry(options.country) === undefined) {
    throw new UsageError(`--country '${clip(options.country, 60)}' is not a country: give its ISO 3166 alpha-3 code (AFG), alpha-2 code or English name`);
  }
}

/** The row's breakdown and the column's, in one object (the column's attributes win), without `drop`. */
function mergeBreakdowns(row: Readonly<Record<string, string>>, column: Readonly<Record<string, string>>, drop?: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k in row) if (k !== drop) out[k] = row[k]!;
  for (const k in column) out[k] = column[k]!;
  return out;
}

/** Whether a cell holds this count. */
function sameCount(cell: string, value: number): boolean {
  const parsed = parseFigureValue(cell);
  return parsed.kind === 'value' && parsed.value === value;
}

/** An untagged column of a 3W's activity status: "Status", "ESTADO", "Statut", "Activity status". */
const ACTIVITY_STATUS_HEADER = /^(?:(?:activity|project|implementation)\s+)?(?:status|estado|statut|état|etat)(?:\s+(?:of\s+(?:the\s+)?)?(?:activity|project|de\s+la\s+actividad|del\s+proyecto|de\s+l['’]activité))?$/i;
/** An activity not under way: planned, proposed, in the pipeline, not started. */
const PLANNED_STATUS = /^\s*(?:planned|planeada|planeado|planificada|planificado|programada|programado|prévue?|prevue?|planifiée?|planifiee?|proposed|pipeline|in\s+pipeline|not\s+(?:yet\s+)?started|no\s+iniciad[ao]|por\s+iniciar|non\s+démarrée?)\s*$/i;

/** How many conflicts the facts file's description names (the report lists every rejected row). */
const CONFLICTS_DESCRIBED = 10;

/** A header that names a fraction, not a percentage: "population_fraction_in_phase", "Proportion of households". */
const FRACTION_HEADER = /(?<![a-z])(?:fraction|proportion)s?(?![a-z])/i;
/** A header that says percent ("Proportion of households (%)"): its values are percentages whatever they are called. */
const PERCENT_HEADER = /%|(?<![a-z])(?:per\s*cent|percent|percentage|pct)(?![a-z])/i;

/** A value of a fraction column: "0.71" -> 71, exactly (the decimal point moved, no float product). */
/**
 * The scale a column's header states for its values: millions or billions of money ("Required (US$m)",
 * "Funding (USD million)", "in millions"), thousands of money or people ("Population ('000)", "(000s)",
 * "in thousands"); undefined for any other header, and for percent columns.
 */
function headerScale(label: string, unit: string | null | undefined): { factor: number; written: string } | undefined {
  if (label.length > 200 || unit === 'percent') return undefined;
  // (a column whose currency a #currency column gives has no unit of its own: null)
  const money = unit === null || (unit !== undefined && isCurrencyCode(unit));
  const people = unit === 'person' || unit === 'household';
  const m = HEADER_SCALE.exec(label);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace(/^['’]/, '');
  const factor = /^(?:m|mn|mln|million|millions)$/.test(word) ? 1e6 : /^(?:bn|b|billion|billions)$/.test(word) ? 1e9 : /^(?:k|000s?|thousands?)$/.test(word) ? 1e3 : undefined;
  // (people in millions too, a GHO sheet's "People in need (million)", "PiN (M)": never billions of people; a bare
  // "(M)" that is male, beside "(F)", is told apart where the columns are read)
  if (factor === undefined || (factor > 1e6 && !money) || (factor >= 1e3 && !money && !people)) return undefined;
  return { factor, written: m[0].trim() };
}
/** A scale in a header: in brackets, perhaps after a currency ("(US$m)", "(USD million)", "('000)"), or "in millions". */
const HEADER_SCALE = /\(\s*(?:(?:US\$|USD|US\s+dollars|\$|EUR|€|£|GBP|CHF)\s*)?(m|mn|mln|million|millions|bn|b|billion|billions|k|['’]?000s?|thousands?)\s*\)|\bin\s+(?:(?:US\$|USD|\$|EUR|€|£)\s*)?(millions|billions|thousands)\b|\b(?:US\$|USD)\s*(m|mn|million|bn|billion)\s*$/i;

/** Currencies written with a bare '$': the dollars and the pesos ("$2,500" on a row in COP is 2,500 pesos). */
const DOLLAR_SIGN_CURRENCIES: ReadonlySet<string> = new Set('USD AUD CAD NZD HKD SGD TWD FJD SBD WST TTD JMD BBD BSD BZD BMD KYD XCD GYD SRD LRD NAD MXN COP ARS CLP UYU DOP CUP'.split(' '));
/** Whether a sign before an amount (parseFigureValue's: '$' for a bare dollar sign) names this currency. */
function signNames(sign: string, currency: string): boolean {
  return sign === '$' ? DOLLAR_SIGN_CURRENCIES.has(currency) : sign === currency;
}

/** A value times a power of ten, the decimal shifted exactly ("1139.9" -> 1139900000); a value a float writes with an exponent (1e-7) is multiplied. */
function scaledBy(value: number, factor: number): number {
  const text = String(value);
  return text.includes('e') ? Number((value * factor).toPrecision(15)) : Number(`${text}e${Math.log10(factor)}`);
}

function fractionToPercent(value: number): number {
  return Number(`${value}e2`);
}

/** What the pre-pass learns of each indicator column: text columns, fraction columns. */
interface ColumnScan {
  numbers: number;
  errors: number;
  example: string;
  allFractions: boolean;
  someBelowOne: boolean;
  /** a value of exactly 1: in a column of nothing but 0 and 1, a whole as a fraction or one percent */
  someOne: boolean;
  /** the largest value (a header's scale is not applied to values written out in full) */
  max: number;
  /** some cell is written with a percent sign */
  percentSign: boolean;
  /** the first cell written without one whose value lies within 0 and 1 ('1 on line 7'): beside signed cells, perhaps a fraction */
  unsignedSmall: string;
  /** the first negative cell, where there is one ('-0.4286 on line 12'): of a percentage, a change, not a share */
  negative: string;
  /** values within 0 to 1.5 (a fraction, or a coverage over 100 % as one), and the first value above 1.5 */
  upToOneAndHalf: number;
  aboveOneAndHalf: string;
  dots: DotScan;
  /** a coverage column's rows whose value is funding received over required on the same row, as a fraction or in percent (coverageColumns) */
  coverage?: { fraction: number; percent: number; example: string };
}

/**
 * Coverage columns whose row also gives the funding required and received, in one currency (a
 * key-figures sheet: `#value+funding+required+usd`, `#value+funding+total+usd`,
 * `#value+funding+pct`): the pair is what tells whether the coverage is written as a fraction, even
 * where an over-funded appeal's 1.31 leaves the range 0 to 1, and even a column of small percentages.
 */
function coverageColumns(indicators: Layout['indicators']): Array<{ index: number; required: number; received: number }> {
  const pair = fundingPairOf(indicators);
  if (pair === undefined) return [];
  return plainColumns(indicators, 'funding-coverage')
    .filter((c) => c.meaning.unit === 'percent')
    .map((c) => ({ index: c.index, ...pair }));
}

/** The columns of an indicator with a unit and no breakdown of their own. */
function plainColumns(indicators: Layout['indicators'], indicator: string): Layout['indicators'] {
  return indicators.filter((c) => c.meaning.indicator === indicator && c.meaning.unit !== null && Object.keys(c.breakdown).length === 0);
}

/** The one column of funding required and the one of funding received, in one currency, where a file has them (FTS, HAPI funding). */
function fundingPairOf(indicators: Layout['indicators']): { required: number; received: number } | undefined {
  const required = plainColumns(indicators, 'funding-required');
  const received = plainColumns(indicators, 'funding-received');
  if (required.length !== 1 || received.length !== 1 || required[0]!.meaning.unit !== received[0]!.meaning.unit) return undefined;
  return { required: required[0]!.index, received: received[0]!.index };
}

/** How a coverage cell stands to funding received over required on its row: as the fraction, in percent, or neither. */
function coverageReading(value: number, requiredCell: string, receivedCell: string): 'fraction' | 'percent' | undefined {
  const required = parseFigureValue(requiredCell);
  const received = parseFigureValue(receivedCell);
  if (required.kind !== 'value' || received.kind !== 'value' || !(required.value > 0) || received.value < 0) return undefined;
  const ratio = received.value / required.value;
  // (a sheet rounds its coverage: to two decimals as a fraction, to a whole or one decimal in percent)
  const fraction = Math.abs(value - ratio) <= Math.max(0.006, ratio * 0.005);
  const percent = Math.abs(value - ratio * 100) <= Math.max(0.6, ratio * 0.5);
  // (nothing funded, 0, or next to nothing reads both ways: no evidence)
  return fraction === percent ? undefined : fraction ? 'fraction' : 'percent';
}

/**
 * What the cells of a column say of its dots (see dotEvidence): the first cell that shows a
 * decimal point, the first that shows dots grouping thousands, and the cells of a dot and three
 * digits ("68.957") that these decide. Two lines and a count: memory does not grow with the file.
 */
interface DotScan {
  decimal?: { line: number; cell: string };
  thousands?: { line: number; cell: string };
  ambiguous: number;
  example: string;
}

const newDotScan = (): DotScan => ({ ambiguous: 0, example: '' });

/** Learns what one cell says of its column's dots; whether it is a dot and three digits. */
function scanDots(scan: DotScan, cell: string, line: number): boolean {
  const said = dotEvidence(cell);
  if (said === undefined) return false;
  if (said === 'ambiguous') {
    if (scan.ambiguous++ === 0) scan.example = cell.trim();
    return true;
  }
  scan[said] ??= { line, cell: cell.trim() };
  return false;
}

/**
 * How a column reads "68.957": as its other cells say, where they all say one thing; undefined
 * (each such cell refused as ambiguous) where they say nothing or both. The note says it once.
 */
function dotReading(scan: DotScan, column: string): { dots?: DotReading; note?: string } {
  const dots: DotReading | undefined = scan.decimal && !scan.thousands ? 'decimal' : scan.thousands && !scan.decimal ? 'thousands' : undefined;
  if (scan.ambiguous === 0) return dots ? { dots } : {};
  const some = `'${scan.example.slice(0, 40)}'${scan.ambiguous > 1 ? ` and ${scan.ambiguous - 1} more` : ''}`;
  const shown = (e: { line: number; cell: string }) => `line ${e.line}: '${e.cell.slice(0, 40)}'`;
  const decimalWhy = (e: { line: number; cell: string }) => (/,/.test(e.cell) ? `groups thousands with commas (${shown(e)})` : `writes decimals with a dot (${shown(e)})`);
  if (dots === 'decimal') return { dots, note: `column ${column}: ${some} read as decimals, because the column ${decimalWhy(scan.decimal!)}` };
  if (dots === 'thousands') return { dots, note: `column ${column}: ${some} read as thousands, because the column groups thousands with dots (${shown(scan.thousands!)})` };
  if (scan.decimal && scan.thousands) return { note: `column ${column}: ${some} not read: the column ${decimalWhy(scan.decimal)} and groups thousands with dots (${shown(scan.thousands)}), so a dot and three digits could be either` };
  return {};
}

/**
 * In a file of event records (IDMC's event data: an #event+name column), several rows of one
 * event, place and date are distinct records (two districts of one storm), not repeats: the
 * record's own id, where a column holds one (#meta+id, #event+id, or an untagged "id" column as
 * IDMC writes it), is a `record` breakdown that tells them apart. Marks the column as used.
 */
function eventRecordColumn(layout: Layout, tags: readonly (HxlTag | null)[], labels: readonly string[]): number | undefined {
  if (layout.shape !== 'wide') return undefined;
  let index = tags.findIndex((t, c) => layout.mappedTo[c] === null && (matchesPattern(t, '#meta+id') || matchesPattern(t, '#event+id')));
  if (index === -1) index = tags.findIndex((t, c) => t === null && layout.mappedTo[c] === null && (labels[c] ?? '').trim().toLowerCase() === 'id');
  if (index === -1) return undefined;
  layout.breakdowns.push({ index, dimension: 'record', read: 'text' });
  layout.mappedTo[index] = 'breakdown record (the event record it comes from)';
  return index;
}

/**
 * The unit an indicator's name states where a long file has no unit column: `percent` for
 * "(%)", "percentage", "proportion of"; `year` for "(years)", "life expectancy" (not its
 * inequality, loss, gap or index); `person` where
 * the name says it counts people ("(number)", "number of", "population", "deaths", "cases"); null
 * where the name says the value is a rate, a ratio, an index or a density (per 1000, per 100 000),
 * which humfig has no unit for; undefined where it says none of these (a bare code such as
 * `WSH_SANITATION_BASIC`, "treatment coverage", "life tables"): not a count of people to assume.
 */
export function unitFromName(name: string): 'percent' | 'year' | 'person' | null | undefined {
  const n = name.toLowerCase();
  if (/\(\s*%\s*\)|%|\bpercent(?:age)?\b|\bproportion of\b|\bshare of\b/.test(n)) return 'percent';
  // (life expectancy in years, but not an inequality, loss, gap or index of it: "Inequality in life expectancy" is a percentage)
  if (/\(\s*years?\s*\)/.test(n) || (/\blife expectancy\b/.test(n) && !/\binequalit|\bloss\b|\bgap\b|\bindex\b|\bdifference\b/.test(n))) return 'year';
  if (/\bper\s+(?:\d[\d\s,]*|one\s+)?(?:hundred|thousand|1000|100|10\s*000|100\s*000|capita|live births?)\b|\brate\b|\bratio\b|\bindex\b|\bdensity\b|\bprevalence\b|\bincidence\b|\bmean\b|\baverage\b|\bmedian\b/.test(n)) return null;
  // a count in thousands or millions is a count of people at a scale the file does not give as a unit
  if (/\bthousands?\b|\bmillions?\b|\b000s\b/.test(n)) return null;
  if (/\(\s*number\s*\)|\bnumber of\b|\bpopulation\b|\bpeople\b|\bpersons?\b|\bdeaths\b|\bcases\b|\bbirths\b|\brefugees\b|\bdisplaced\b/.test(n)) return 'person';
  return undefined;
}

/** A breakdown without one of its dimensions, and perhaps with another in its place; undefined when none is left. */
function breakdownWithout(breakdown: Readonly<Record<string, string>>, drop: string, add?: readonly [string, string]): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const k in breakdown) if (k !== drop) out[k] = breakdown[k]!;
  if (add !== undefined) out[add[0]] = add[1];
  return orderedBreakdown(out);
}

/** Indicators of people displaced or returned within their own country, whose origin may be that country. */
const WITHIN_ORIGIN = /^(?:internally-displaced|returned-idps|returnees)(?:-|$)/;

/**
 * Reads an HXL CSV text into a facts document and a report of what was mapped, skipped and
 * rejected. Throws HxlInvalidError when the text is not an HXL CSV (unclosed quote, no hashtag
 * row) or holds no figure at all (a 3W file), and UsageError for malformed options or a file
 * without a date column when no --as-of is given; never for odd data.
 */
export function importHxl(text: string, fileName: string, options: ImportOptions): ImportResult {
  checkOptions(options);
  return importTable(openHxl(text, fileName), fileName, options);
}

/** importHxl on a table already opened, its figures gathered into the document. */
export function importTable(table: HxlRows, fileName: string, options: ImportOptions): ImportResult {
  const figures: Figure[] = [];
  const { envelope, report } = importRows(table, fileName, options, (f) => figures.push(f));
  return { facts: { ...envelope, figures }, report };
}

/**
 * importHxl for files of any size: each figure is handed to `onFigure` as it is made (checked
 * against the schema first), never gathered, and the rows are read from the text twice rather
 * than held; what is returned is the rest of the document, which lists only the sources and
 * places the figures use, and the report.
 */
export function importRows(table: HxlRows, fileName: string, options: ImportOptions, onFigure: (figure: Figure) => void): StreamedImport {
  checkOptions(options);
  // the hashtags as the file writes them, which a figure's quote gives (never humfig's own reading of them)
  const writtenTags = table.tags;
  // a hashtag row of HXL's beta (#refugee_num, #period_date) is read as the HXL 1.x it stands for
  const beta = upgradeBetaHashtags(table.tags);
  if (beta) table = { ...table, tags: beta.tags };
  // and hashtags spelt otherwise (#admin1, a place's name +en) as HXL 1.x writes them
  const respelt = respellHashtags(table.tags);
  if (respelt) table = { ...table, tags: respelt.tags };
  // and place columns a tagger left untagged beside a tagged admin code ("Zone p-code", "Woreda"): read by what their cells hold
  const untaggedPlaces = untaggedPlaceColumns(table);
  if (untaggedPlaces) table = { ...table, tags: untaggedPlaces.tags };
  // a #loc column of kinds of site ("Health Building", "Road"), each under many areas: a breakdown, not places (site-types.ts)
  const siteTypes = siteTypeColumns(table);
  if (siteTypes) table = { ...table, tags: siteTypes.tags };
  // a header row shifted against the hashtags (WFP's global price files): the labels read where they agree
  // (or one cell wider than the hashtags, a label split by an unquoted comma: "People affected, 2024")
  const shifted = shiftedHeader(table.labels, table.tags) ?? splitHeader(table.labels, table.tags);
  if (shifted) table = { ...table, labels: shifted.labels };
  const layout = layoutOf(table.tags, table.groups, table.labels, (columns) => textColumnsAmong(table, columns));
  // a hashtag row's cell that is no valid hashtag is said to be so, not "no hashtag"
  for (const [c, cell] of table.badTags ?? []) layout.why[c] ??= cell.startsWith('#') ? `'${cell}' is no valid hashtag (a tag and attributes of lower-case letters, digits and _, as #affected+idps+jan_mar): not read` : `'${cell}' looks like the hashtag #${cell} without its '#': not read; add the '#' to import the column`;
  // rows of event records: a record id tells apart two records of one event, place and date
  const eventRecords = layout.breakdowns.some((b) => b.dimension === 'event');
  if (eventRecords) eventRecordColumn(layout, table.tags, table.labels);
  // a keyed breakdown (WHO's #dimension+code) takes its dimension from the #dimension+type column
  for (const col of layout.breakdowns) {
    if (col.read !== 'keyed') continue;
    const key = table.tags.findIndex((t) => matchesPattern(t, '#dimension+type'));
    if (key === -1) col.read = 'text';
    else {
      col.key = key;
      layout.mappedTo[key] = 'the dimension of the breakdown in column ' + (col.index + 1);
    }
  }
  const file = baseName(fileName);
  const stem = kebab(file.replace(/\.[^.]*$/, '')) || 'hxl-import';
  const fileSourceId = options.sourceId ?? stem;
  const publisherOption = options.publisher?.trim() || undefined;
  const rejected: ImportReport['rejected'] = [];
  const notes: string[] = [];
  // a hashtag read without a stray mark after it ("#sector?") is said to be so
  for (const [c, cell] of table.markedTags ?? []) {
    const tag = table.tags[c]!;
    notes.push(`column ${c + 1} '${cell}': read as ${[tag.tag, ...tag.attributes].join('+')} (the mark after the hashtag, a tagger's query or footnote, is not part of it): check that the column is what the hashtag says`);
  }
  // notes said of one column each: the first NAMED_COLUMNS of a kind, then how many more (a file of
  // 20,000 columns of fractions gets 5 notes and a count, not 20,000 lines)
  const columnNotes = new Map<string, number>();
  const noteColumn = (kind: string, note: string): void => {
    const n = (columnNotes.get(kind) ?? 0) + 1;
    columnNotes.set(kind, n);
    if (n <= NAMED_COLUMNS) notes.push(note);
  };
  const noteMoreColumns = (): void => {
    for (const [kind, n] of columnNotes) if (n > NAMED_COLUMNS) notes.push(`and ${n - NAMED_COLUMNS} more column${n - NAMED_COLUMNS === 1 ? '' : 's'} likewise: ${kind}`);
    columnNotes.clear();
  };
  if (shifted) notes.push(shifted.note);
  if (table.schemaNote !== undefined) notes.push(table.schemaNote);
  if (untaggedPlaces) notes.push(untaggedPlaces.note);
  if (siteTypes) notes.push(siteTypes.note);
  if (beta) {
    const shown = beta.upgraded.slice(0, 8).map((u) => `${u.from} as ${u.to}`).join(', ');
    notes.push(`hashtags of HXL's beta (2014) read as HXL 1.x: ${shown}${beta.upgraded.length > 8 ? `, and ${beta.upgraded.length - 8} more` : ''}`);
  }
  if (respelt) {
    const shown = respelt.respelt.slice(0, 4).map((u) => `${u.from} as ${u.to}`).join(', ');
    notes.push(`hashtags spelt otherwise than HXL 1.x read as it writes them: ${shown}${respelt.respelt.length > 4 ? `, and ${respelt.respelt.length - 4} more` : ''}`);
  }
  const columnName = (index: number) => table.labels[index] || (table.tags[index] ? formatHashtag(table.tags[index]!) : `column ${index + 1}`);
  const describeColumn = (index: number) => `${index + 1} ${JSON.stringify(table.labels[index] ?? '')} ${table.tags[index] ? formatHashtag(table.tags[index]!) : '(no hashtag)'}`;

  // FTS flows' status (paid, commitment, pledge): pledges are funding-pledged, not funding received
  const pledgeIndex = layout.shape === 'wide' && layout.indicators.some((col) => col.meaning.indicator === 'funding-received') ? table.tags.findIndex((t, c) => t !== null && t.tag === '#status' && layout.mappedTo[c] === null) : -1;
  const pledgeColumn = pledgeIndex === -1 ? undefined : pledgeIndex;
  let pledges = 0;
  // an appeal column of a file of requirements (FTS, HAPI), and the appeals of several countries the
  // rows of one name (see importWideRow); not a file of flows, each of which goes to its country
  const appealColumn = layout.indicators.some((col) => col.meaning.indicator?.startsWith('funding-required') === true) ? layout.breakdowns.find((b) => b.dimension === 'appeal') : undefined;
  const regionalAppeals = new Map<string, string>();
  const countryNameIn = new Map<string, RegExp>();
  let regionalRows = 0;
  // FTS flows' boundary (#financial+direction: incoming, internal, outgoing): an internal flow moves
  // money already counted within the plan (a pooled fund's allocation to its partners, which FTS
  // leaves out of a plan's funding), an outgoing one leaves it: neither is funding received
  const directionIndex = layout.shape !== 'wide' || !layout.indicators.some((col) => col.meaning.indicator === 'funding-received') ? -1 : table.tags.findIndex((t, c) => t !== null && t.tag === '#financial' && t.attributes.length === 1 && t.attributes[0] === 'direction' && layout.mappedTo[c] === null);
  const directionColumn = directionIndex === -1 ? undefined : directionIndex;
  const directions = new Map<string, number>();
  // a 3W's activity status (tagged #status, or an untagged "Status", "ESTADO"): a planned activity has reached no one yet
  const statusIndex = layout.shape === 'wide' && layout.indicators.some((col) => col.meaning.indicator?.startsWith('people-reached') === true)
    ? table.tags.findIndex((t, c) => c !== pledgeIndex && layout.mappedTo[c] === null && (t === null ? ACTIVITY_STATUS_HEADER.test((table.labels[c] ?? '').trim()) : t.tag === '#status'))
    : -1;
  const statusColumn = statusIndex === -1 ? undefined : statusIndex;
  const planned = { rows: 0, example: '' };
  // UNHCR's population statistics: the row's #indicator+population_type names whose count its #affected columns give
  const groupIsPopulationType = layout.breakdowns.some((b) => b.dimension === 'population-group' && table.tags[b.index]?.tag === '#indicator');
  const disagreeing = headerDisagreements(layout.indicators, table.labels, table.tags);
  // (one note for each thing the headers say and the hashtags contradict: "Hombres" over +f and "Mujeres" over +m are two)
  const byDisagreement = new Map<string, typeof disagreeing>();
  for (const d of disagreeing) {
    const key = `${d.header}\u0000${d.hashtag}`;
    const list = byDisagreement.get(key);
    if (list) list.push(d);
    else byDisagreement.set(key, [d]);
  }
  for (const list of byDisagreement.values()) {
    const first = list[0]!;
    notes.push(
      `column${list.length === 1 ? '' : 's'} ${list.slice(0, 3).map((d) => describeColumn(d.index)).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}: the header says ${first.header}, the hashtag ${first.hashtag}; read as the hashtag says (check which the file means)`,
    );
  }
  // a file named for deaths or recoveries whose column says people infected (HDX's narrow JHU series tag the confirmed,
  // deaths and recovered files alike, #affected+infected+value+num): read as the hashtag says, and said
  const namedFor = FILE_NAMES_HARM.exec(baseName(fileName));
  const infected = namedFor === null ? undefined : layout.indicators.find((col) => col.tag.attributes.includes('infected') && !col.tag.attributes.some((a) => a === 'dead' || a === 'killed' || a === 'deaths' || a === 'recovered'));
  if (namedFor !== null && infected !== undefined) {
    const deaths = /^(?:deaths?|dead|fatalities)$/i.test(namedFor[1]!);
    notes.push(`the file's name says ${deaths ? 'deaths' : 'recoveries'} ('${clip(baseName(fileName), 60)}'), but column ${describeColumn(infected.index)} counts people infected: read as the hashtag says; if it counts ${deaths ? 'deaths' : 'recoveries'}, retag it ${deaths ? '#affected+infected+dead' : '#affected+infected+recovered'}`);
  }
  const dwellings = dwellingHeaders(layout.indicators, table.labels);
  if (dwellings.length > 0) {
    notes.push(
      `column${dwellings.length === 1 ? '' : 's'} ${dwellings.slice(0, 3).map((c) => describeColumn(c)).join(', ')}${dwellings.length > 3 ? ` and ${dwellings.length - 3} more` : ''}: the header names houses or other buildings, the hashtag counts people (or households); read as the hashtag says: check which the file means (+unit_house on the hashtag reads a column as houses)`,
    );
  }
  const dateColumn = layout.context.asOf ?? layout.period.end ?? layout.period.start;
  // a row's place and date as the file writes them: every place cell, the date and the period
  const placeColumns = layout.places.flatMap((lv) => [lv.code, lv.name, lv.altName].filter((c): c is number => c !== undefined));
  const keyColumns: number[] = [...placeColumns];
  for (const c of [dateColumn, layout.period.start, layout.period.end, layout.period.year, layout.period.within?.index]) if (c !== undefined) keyColumns.push(c);
  // (a country written by its code on one row and as its flash appeal's name on another, "UKR" and "Ukraine Flash
  // Appeal" with no code, is one country: two plans of it are two parts, hxl-places.ts reading both as Ukraine)
  const country = layout.places.find((lv) => lv.level === 0);
  const countryCode = country?.code;
  const countryName = country?.name;
  const seriesKey = (row: CsvRecord): string => {
    let key = '';
    // (each cell clipped: a file of huge cells must not make the remembered keys huge too)
    for (const c of keyColumns) {
      let cell = cellText(row, c);
      if (c === countryName && countryCode !== undefined && cellText(row, countryCode) === '' && PLAN_NAMED.test(cell)) cell = '';
      else if (c === countryCode && cell === '' && countryName !== undefined && PLAN_NAMED.test(cellText(row, countryName))) cell = flashAppealCountry(cellText(row, countryName))?.iso3 ?? '';
      else if (c === countryName && countryCode !== undefined && cellText(row, countryCode) !== '') cell = '';
      key += `${cell.slice(0, 120)}\u0000`;
    }
    return key;
  };
  // a row's place alone (its key marked apart from seriesKey's): an operation or an assessment that
  // changes at one place from one date to another is another series there, never the same one continued
  const placeSeriesKey = (row: CsvRecord): string => {
    let key = '\u0001';
    for (const c of placeColumns) key += `${cellText(row, c).slice(0, 120)}\u0000`;
    return key;
  };

  // a row's figure key as the file writes it (its place, date, breakdowns and row indicator): rows
  // that share one are counted in the pre-pass, to tell a file of records from a file of totals
  // (an estimate: the figure's id is made in the main pass, from the same cells)
  const repeatColumns = [...keyColumns];
  for (const b of layout.breakdowns) {
    repeatColumns.push(b.index, ...(b.flagCandidates ?? []));
    if (b.key !== undefined) repeatColumns.push(b.key);
  }
  for (const c of [layout.rowIndicator?.code, layout.rowIndicator?.name, layout.context.publisher]) if (c !== undefined) repeatColumns.push(c);
  // (a long file's id, indicator and unit say its figure; its value, bounds, quote, notes and label do not)
  if (layout.shape === 'long') for (const field of ['id', 'indicator', 'unit'] as const) if (layout.long[field] !== undefined) repeatColumns.push(layout.long[field]!);
  // (a file of figures with ids, humfig's export, whose rows name their source: one id of two sources is
  // two exports joined, the figure given by each, never records to add up; see otherSource)
  if (layout.shape === 'long' && layout.long.id !== undefined && layout.context.source !== undefined) repeatColumns.push(layout.context.source);
  // (and one source's two editions, its rows of two publication dates: two sources, see sourceOf)
  if (layout.context.published !== undefined) repeatColumns.push(layout.context.published);
  for (const c of Object.values(layout.longPlace)) if (c !== undefined) repeatColumns.push(c);
  // (kept as a 52-bit hash, seen-ids' own: the map holds numbers, never the file's text; two keys
  // taken for one by chance only make a file look a little more like a list of records)
  const repeatKeyOf = (row: CsvRecord): number => {
    let key = '';
    for (const c of repeatColumns) key += `${cellText(row, c).slice(0, 120)}\u0000`;
    return hash52(key);
  };
  // rows of one figure key that give other values, which the first row's figure then names (conflicting-rows.ts)
  // (not where the user asked for every repeat to be added up)
  // (not a column of its own period, an IPC projection's: rows of one analysis date are projections of two periods, two figures)
  const figureColumns = layout.shape === 'long' ? (layout.long.value !== undefined ? [layout.long.value] : []) : layout.indicators.filter((i) => i.period === undefined).map((i) => i.index);
  const conflicting = options.repeats === 'sum' || eventRecords || figureColumns.length === 0 ? undefined : new ConflictingRows(figureColumns, repeatKeyOf, cellText);
  // place cells a spreadsheet's merged cells leave blank under the row that gives them (merged-places.ts)
  const placeSet = new Set(placeColumns);
  const otherColumns = repeatColumns.filter((c) => !placeSet.has(c));
  const merged = MergedPlaces.detect((onRow) => table.eachRow(onRow), layout.places, (row) => {
    let key = '';
    for (const c of otherColumns) key += `${cellText(row, c).slice(0, 120)}\u0000`;
    return hash52(key);
  });
  /** key -> 1 (one row so far) or 2 (several): at most SAMPLE_ROWS keys, those of the rows sampled */
  const repeatKeys = new Map<number, 1 | 2>();
  let repeatedRows = 0;
  // a column of record ids (FTS's flow id, #activity+id), unused otherwise: where its value is new on
  // nearly every row sampled, the file lists records (flows), and its rows of one figure's key are
  // separate records, added up however few (kept as 52-bit hashes, as above)
  const recordIdColumns = layout.shape === 'wide' ? table.tags.flatMap((t, c) => (t !== null && layout.mappedTo[c] === null && isRecordIdHashtag(t) ? [c] : [])) : [];
  const recordIdsSeen = recordIdColumns.map(() => ({ values: new Set<number>(), cells: 0 }));

  // a long file's rows: whether any gives a unit, by its unit cell, a percent sign or its indicator's
  // name; none (a model's `litpop` in no unit) is a file with nothing to read, refused as such
  const longUnits = { readable: 0, unitless: 0 };
  const namedUnits = new Map<string, boolean>();
  const learnLongUnit = (row: CsvRecord) => {
    const L = layout.long;
    const parsed = parseFigureValue(cellText(row, L.value));
    if (parsed.kind !== 'value') return;
    if (parsed.percent || cellText(row, L.unit) !== '') {
      longUnits.readable++;
      return;
    }
    const name = cellText(row, L.label) || cellText(row, L.indicator);
    let named = namedUnits.get(name);
    if (named === undefined) {
      named = typeof unitFromName(name) === 'string';
      if (namedUnits.size < CACHE_LIMIT) namedUnits.set(name, named);
    }
    if (named) longUnits.readable++;
    else longUnits.unitless++;
  };
  // a long file's indicators whose name says people (DHS's "Population living in households using an
  // improved water source", 66.4): whether any value has decimals and none is over 100, a share or a
  // rate named by the people it is of, not a count of them (whole numbers)
  const personNamed = new Map<string, { fractional: string; over100: boolean }>();
  const learnPersonNamed = (row: CsvRecord) => {
    const L = layout.long;
    if (cellText(row, L.unit) !== '') return;
    const parsed = parseFigureValue(cellText(row, L.value));
    if (parsed.kind !== 'value' || parsed.percent) return;
    const name = cellText(row, L.label) || cellText(row, L.indicator);
    let seen = personNamed.get(name);
    if (seen === undefined) {
      if (personNamed.size >= CACHE_LIMIT || unitFromName(name) !== 'person') return;
      personNamed.set(name, (seen = { fractional: '', over100: false }));
    }
    if (Math.abs(parsed.value) > 100) seen.over100 = true;
    else if (seen.fractional === '' && !Number.isInteger(parsed.value)) seen.fractional = `${cellText(row, L.value)} on line ${row.line}`;
  };
  // the pre-pass: columns of text, columns of fractions, the country of the whole file
  const scans = new Map<number, ColumnScan>();
  for (const col of layout.indicators) scans.set(col.index, { numbers: 0, errors: 0, example: '', allFractions: true, someBelowOne: false, someOne: false, max: 0, percentSign: false, unsignedSmall: '', negative: '', upToOneAndHalf: 0, aboveOneAndHalf: '', dots: newDotScan() });
  const coverages = coverageColumns(layout.indicators);
  for (const c of coverages) scans.get(c.index)!.coverage = { fraction: 0, percent: 0, example: '' };
  const pcodes = new Set<string>();
  // an admin level's code and name columns tagged the other way round (IOM DTM's Nigeria: #adm2+code over the LGA's
  // name, #adm2+name over its p-code): how many sampled rows give a p-code in each, and the p-codes of the name column
  const swapped = layout.places.filter((lv) => lv.level > 0 && lv.code !== undefined && lv.name !== undefined).map((lv) => ({ lv, rows: 0, codes: 0, names: 0, example: '' }));
  const namePcodes = new Set<string>();
  // admin levels of code and standard name, and each name's code (see the pre-pass); '' where a name has two
  // (only in a file that gives a provider's or a second spelling beside the standard names, HAPI's: where a row may name
  // an area by that spelling alone; a file of standard names and codes pays nothing for it)
  const namedLevels = layout.places.filter((lv) => lv.level >= 1 && lv.level <= 3 && lv.code !== undefined && lv.name !== undefined && lv.altName !== undefined);
  const codeOfName = new Map<string, string>();
  const lastNamed = namedLevels.map(() => ({ code: '', name: '', country: '' }));
  const countryLevel0 = layout.places.find((lv) => lv.level === 0);
  const countryKeyOf = (row: CsvRecord) => (countryLevel0 === undefined ? '' : (cellText(row, countryLevel0.code) || cellText(row, countryLevel0.name)).toLowerCase());
  // (folded once a name: a file repeats a few thousand names over its rows)
  const foldedNames = new Map<string, string>();
  const foldName = (n: string) => {
    let folded = foldedNames.get(n);
    if (folded === undefined) {
      folded = foldPlaceName(n);
      if (foldedNames.size < 20_000) foldedNames.set(n, folded);
    }
    return folded;
  };
  let namedByCode = 0;
  let namedByCodeExample = '';
  /** the source column's cells of the sampled rows: how many rows fill it, and its values (hashed) */
  const sourceCells = { rows: 0, values: new Set<number>() };
  const countryCells = new Set<string>();
  /** the three-letter codes of the country column, in its code or its name cells */
  const countryCodes = new Set<string>();
  // slashed dates: a column's order is decided by its cells, not guessed per cell
  const slashed = new Map<number, { dmy: boolean; mdy: boolean }>();
  for (const index of [dateColumn, layout.context.published, layout.period.start, layout.period.end]) if (index !== undefined) slashed.set(index, { dmy: false, mdy: false });
  // IPC: analyses of different dates may cover one area, phase and period; the latest is the
  // figure, an earlier one is kept as a breakdown by its analysis date (history, not a total)
  const analyses = analysisColumn(layout, table.tags);
  // an organisation column of a wide file (a 3W table's #org) is the publisher when it names one
  // organisation per source; when it names several, the rows are each organisation's part
  const orgColumn = layout.shape === 'wide' ? layout.context.publisher : undefined;
  const orgsBySource = orgColumn === undefined ? undefined : new Map<string, string>();
  let orgColumnVaries = false;
  // (people counted where they are, in a file that names an organisation a place: the site's manager or the place's
  // reporter, no part of its people, unless one place and date has two organisations: the place keys seen, each
  // with its organisation)
  const placedPeopleOnly = layout.indicators.length > 0 && layout.indicators.every((col) => PLACED_PEOPLE_TAGS.has(col.tag.tag) && !col.tag.attributes.some((a) => PROJECT_ATTRIBUTES.has(a)));
  const orgByKey = orgColumn !== undefined && placedPeopleOnly ? new Map<number, string>() : undefined;
  const orgKeyColumns = orgByKey === undefined ? [] : figureKeyColumns(layout, dateColumn, placeCells(layout.places));
  let orgSplitsPlace = false;
  const nationalSocieties = orgColumn !== undefined && table.tags[orgColumn]?.attributes.includes('national_society') === true;
  let rowCount = 0;
  // whether any row gives a unit in the #indicator+unit column of a wide file (see Layout.rowUnit)
  let rowUnitSeen = false;
  /** an IPC table's #population by country and analysis (the row's dates), and whether it varies within one (then it is the areas' own) */
  const ipcPopulations = new Map<string, string>();
  let ipcPopulationVaries = false;
  const countryLevel = layout.places.find((lv) => lv.level === 0);
  const dateColumns = table.tags.flatMap((t, c) => (t !== null && t.tag === '#date' ? [c] : []));
  // a long file's values and bounds are one column of numbers: what their dots say, together
  const longDots = newDotScan();
  const progress = options.onProgress;
  // a column of qualifier words (IDMC's "qualifier", tagged #total: total, approximately, more
  // than) qualifies the figures of its row, where every cell of it is one
  let qualifierColumn = layout.shape === 'wide' ? table.tags.findIndex((t, c) => t !== null && layout.mappedTo[c] === null && (t.attributes.includes('qualifier') || /^qualifier$/i.test((table.labels[c] ?? '').trim()))) : -1;
  const yearDayColumn = dateColumn !== undefined && matchesPattern(table.tags[dateColumn] ?? null, '#date+year');
  let yearDaysAllFirst = true;
  // a date column that ends each row's period (ACLED's and QuickCharts' PERIOD_ENDING over #date+bin,
  // a #date+end with no start): where every day of it is the last of its month, over two months or
  // more, each row's figures are the month's (deaths in November), dated by the month, not its last day
  const periodEndColumn =
    dateColumn !== undefined &&
    layout.period.start === undefined &&
    (table.tags[dateColumn]?.attributes.some((a) => a === 'end' || a === 'bin') === true || PERIOD_END_LABEL.test(table.labels[dateColumn] ?? ''));
  let monthEndsAll = periodEndColumn;
  const monthsSeen = new Set<string>();
  // a series column (an operation, an assessment, a market): the first value seen for each place
  // and date; where another follows, that place and date has several series, each a part
  const seriesColumns = layout.breakdowns.filter((b) => b.read === 'series');
  // breakdown columns of words, whose cells may prove to be prose or dates (a travel advisory under #severity+travel)
  // (not humfig's own export's breakdown columns, #meta+breakdown+activity: what it wrote as a part is one, whatever its
  // words; a 4W's activities are sentences, and a round trip must give them back)
  const proseScans = layout.breakdowns.filter((b) => (b.read === 'text' || b.read === 'series') && !(table.tags[b.index]?.tag === '#meta' && table.tags[b.index]!.attributes.includes('breakdown'))).map((b) => ({ index: b.index, dimension: b.dimension, cells: 0, prose: 0, example: '' }));
  const seriesSeen = seriesColumns.map(() => new Map<string, string>());
  const seriesSeenByPlace = seriesColumns.map(() => new Map<string, string>());
  for (const col of seriesColumns) {
    col.varying = new Set();
    if (PLACE_SERIES.has(col.dimension)) col.latest = new Map();
  }
  // a code column read before its names (#sector+cluster+code before #sector+description): a code
  // that one place, date and breakdown give under two names names two parts (BreakdownColumn.namedApart)
  // (not a code two countries name differently: "Final HNRP Caseload", "Final HRP caseload")
  const coded = layout.breakdowns.filter((b) => b.fallback !== undefined && b.read === 'text');
  // columns that may be flags of one dimension (BreakdownColumn.flagCandidates): the values set in each, and "no" cells
  const flagSeen = new Map<number, { set: Set<string>; yesOnly: boolean; no: number }>();
  for (const b of layout.breakdowns) for (const c of b.flagCandidates ?? []) flagSeen.set(c, { set: new Set(), yesOnly: true, no: 0 });
  // (and for each group, the rows where some of its columns are set and others not: flags tell rows apart
  // that way, two columns of one value in two languages, "Health" and "Santé", never do)
  const flagGroups = layout.breakdowns.filter((b) => b.flagCandidates !== undefined);
  const flagPartialRows = new Map<BreakdownColumn, number>();
  const nameAt = coded.map(() => new Map<string, string>());
  const namesOfCode = coded.map(() => new Map<string, string[]>());
  // which unused columns of a wide file hold numbers all the same (doses, scores, an untagged
  // "Achieved"), so that the report names them: a refusal rather than calling the file a 3W list,
  // a note where other columns were imported. Not ids, codes, statuses, phones or coordinates.
  const numbersUnder = new Map<number, { numbers: number; cells: number }>();
  // (and numbers under #meta, which marks metadata: named only where no column holds figures, as
  // money a file tags #meta+requirement, #meta+funding is left out with the rest)
  const metaNumbers = new Map<number, { numbers: number; cells: number }>();
  // (and untagged columns of periods, "Week 21", "2020-05": rows that repeat a key but differ there are one
  // figure's periods, a series, not records to add up)
  const periodsUnder = new Map<number, { periods: number; cells: number; values: Set<string>; firstOfKey: Map<number, string>; repeats: number; differ: number }>();
  // untagged columns whose header names a place's or a site's id ("Place id", "Location ID", "Site code"): where rows
  // that give one figure differ in them, the conflicts' note names the column (the sites may be two places of one name)
  const idsUnder = new Map<number, { firstOfKey: Map<number, string>; differ: number }>();
  table.tags.forEach((t, c) => {
    if (t === null && PLACE_ID_HEADER.test(table.labels[c] ?? '')) idsUnder.set(c, { firstOfKey: new Map(), differ: 0 });
  });
  if (layout.shape === 'wide') {
    table.tags.forEach((t, c) => {
      if (layout.mappedTo[c] !== null || layout.why[c] !== null) return;
      if (t !== null && t.tag === '#meta' && !isIdentifierHashtag(t)) metaNumbers.set(c, { numbers: 0, cells: 0 });
      if (t === null) periodsUnder.set(c, { periods: 0, cells: 0, values: new Set(), firstOfKey: new Map(), repeats: 0, differ: 0 });
      if (t === null ? isNotAFigureLabel(table.labels[c] ?? '') : t.tag === '#date' || t.tag === '#meta' || t.tag === '#geo' || t.tag === '#contact' || isIdentifierHashtag(t) || isBetaCountWithoutStatus(t)) return;
      numbersUnder.set(c, { numbers: 0, cells: 0 });
    });
  }
  // rows that list one project's figures once per area (a 3W's project per location): read once (project-repeats.ts)
  const projects = projectRepeatsOf(layout, table.tags, qualifierColumn);
  const remainders = nationalRemaindersOf(layout, dateColumn);
  const zeroParts = zeroPartsOf(layout, dateColumn);
  const disabilityFlags = disabilityFlagsOf(layout, dateColumn);
  const baselines = baselineAssessmentsOf(layout, dateColumn);
  const unknownOrigins = unknownOriginsOf(layout, dateColumn);
  // (origins of areas within the country, #adm1+name+origin: people displaced within it, whose main origin a file of areas may give)
  const adminOrigins = layout.breakdowns.some((b) => b.read === 'origin') && layout.breakdowns.every((b) => b.read !== 'origin' || ['#adm1', '#adm2', '#adm3', '#loc'].includes(table.tags[b.index]?.tag ?? ''));
  const otherProviderAreas = providerAreasOf(layout, dateColumn, table.tags);
  // the links of a #meta+url column: where the rows give several (IDMC's event data: a report for each event), each
  // figure's notes name its row's, and the source none (the first row's would be every figure's source document)
  const rowLinks = { first: '', vary: false };
  // (several records of one event, place and date, in a file of event records with no record id: repeated-events.ts)
  const repeatedEvents = eventRecords && !layout.breakdowns.some((b) => b.dimension === 'record') ? new RepeatedEvents(figureKeyColumns(layout, dateColumn, placeCells(layout.places)), cellText) : undefined;
  /** whether some pre-pass learns the numbers of a row's figure columns */
  const learnsValues = remainders !== undefined || zeroParts !== undefined || disabilityFlags !== undefined || baselines !== undefined;
  /** the pre-pass's numbers of the row's figure columns, for the pre-passes that learn them (cleared each row) */
  const rowValues = new Map<number, number>();
  // figure columns read from their published rounding (roundedTwins): the row's cell is replaced by
  // the twin's as each row comes, so that every reading of the column sees the published value
  const twins = layout.indicators.flatMap((col) => (col.valuesFrom === undefined ? [] : [[col.index, col.valuesFrom] as const]));
  let unpublished = 0;
  let unpublishedExample = '';
  const publishedValues = (row: CsvRecord, count: boolean) => {
    for (const [to, from] of twins) {
      const published = row.cells[from] ?? '';
      if (count && published.trim() === '' && (row.cells[to] ?? '').trim() !== '' && unpublished++ === 0) unpublishedExample = `line ${row.line}, column ${to + 1}: '${clip((row.cells[to] ?? '').trim(), 20)}'`;
      if (to < row.cells.length) row.cells[to] = published;
    }
  };
  merged?.restart();
  table.eachRow((row) => {
    if (++rowCount % 10_000 === 0) progress?.(rowCount, undefined);
    if (twins.length > 0) publishedValues(row, true);
    merged?.fill(row);
    // a row the file marks as an error is not imported, so nothing is learned from it either: HAPI's 3,003 "Duplicate
    // row" errors in its global food security table would make it look like a file of records
    if (layout.context.rowError !== undefined && cellText(row, layout.context.rowError) !== '') return;
    // (the first SAMPLE_ROWS rows say whether a file lists records, and which unused columns hold numbers:
    // a large file pays for neither past them)
    const sampled = rowCount <= SAMPLE_ROWS;
    if (sampled) for (let i = 0; i < recordIdColumns.length; i++) {
      const cell = cellText(row, recordIdColumns[i]);
      if (cell === '') continue;
      recordIdsSeen[i]!.cells++;
      recordIdsSeen[i]!.values.add(hash52(cell));
    }
    let key: number | undefined;
    if (sampled && options.repeats !== 'first') {
      key = repeatKeyOf(row);
      const seen = repeatKeys.get(key);
      if (seen !== undefined) {
        repeatedRows++;
        if (seen === 1) repeatKeys.set(key, 2);
      } else repeatKeys.set(key, 1);
    }
    // (a source column's cells, in the sample: a file of events cites a news report on each row, no source of the whole)
    if (sampled && layout.shape === 'wide' && layout.context.source !== undefined) {
      const cell = cellText(row, layout.context.source);
      if (cell !== '') {
        sourceCells.rows++;
        if (sourceCells.values.size < CITED_SOURCES_MIN * 50) sourceCells.values.add(hash52(cell));
      }
    }
    // (past the sample only where it repeats a key, or where the user asked for the first row of each: a large file
    // whose first rows repeat none pays nothing for it)
    if (conflicting !== undefined && (sampled || repeatedRows > 0 || options.repeats === 'first')) conflicting.learn(row, key);
    if (sampled) for (const [c, n] of periodsUnder) {
      const cell = cellText(row, c);
      if (cell === '') continue;
      n.cells++;
      // ("W21", "S21" only under a header of weeks: elsewhere a site's or a ward's code)
      if (PERIOD_CELL.test(cell) || (SHORT_WEEK.test(cell) && WEEK_HEADER.test(table.labels[c] ?? ''))) n.periods++;
      if (n.values.size < 3) n.values.add(cell);
      // whether the rows that repeat a key differ in this column (its periods tell them apart), while it holds periods only
      if (key === undefined || n.periods !== n.cells) continue;
      const first = n.firstOfKey.get(key);
      if (first === undefined) {
        if (n.firstOfKey.size < SAMPLE_ROWS) n.firstOfKey.set(key, cell);
      } else {
        n.repeats++;
        if (first !== cell) n.differ++;
      }
    }
    // (an untagged column of place or site ids, "Place id": whether rows that repeat a key differ in it)
    if (sampled && key !== undefined) for (const [c, n] of idsUnder) {
      const cell = cellText(row, c);
      if (cell === '') continue;
      const first = n.firstOfKey.get(key);
      if (first === undefined) {
        if (n.firstOfKey.size < SAMPLE_ROWS) n.firstOfKey.set(key, cell);
      } else if (first !== cell) n.differ++;
    }
    if (sampled) for (const under of [numbersUnder, metaNumbers]) for (const [c, n] of under) {
      const cell = cellText(row, c);
      if (cell === '') continue;
      // (a cell that says "no data", '-' or 'n/a', is neither: a column of numbers with gaps still holds numbers)
      const read = parseFigureValue(cell).kind;
      if (read === 'skip') continue;
      n.cells++;
      if (read === 'value') n.numbers++;
    }
    // (a breakdown column's cells: prose or dates are no categories)
    if (sampled) {
      for (const p of proseScans) {
        const cell = cellText(row, p.index);
        if (cell === '') continue;
        p.cells++;
        if (isProseOrDate(cell, p.dimension === 'activity' ? 200 : 80)) {
          p.prose++;
          if (p.example === '') p.example = cell;
        }
      }
    }
    for (let i = 0; i < seriesColumns.length; i++) {
      const col = seriesColumns[i]!;
      const value = cellText(row, col.index);
      if (value === '') continue;
      const seen = seriesSeen[i]!;
      // (by place and date)
      const key = seriesKey(row);
      const first = seen.get(key);
      // (a file of more places and dates than the cap: the rest are taken as varying, never as one series)
      if (first === undefined) {
        if (seen.size < SERIES_CAP) seen.set(key, value);
        else col.varying!.add(key);
      } else if (first !== value) {
        col.varying!.add(key);
        // (two operations of two crises on one date, not two products of one: no overview of either is the total)
        if (col.latest !== undefined && seriesStem(first) !== seriesStem(value)) (col.mixedStems ??= new Set()).add(key);
      }
      if (col.latest !== undefined) {
        // (and for an operation or an assessment by place alone, in a map of its own; past its cap a place is
        // taken as one series, the rule by place and date still telling two apart on one date)
        const pkey = placeSeriesKey(row);
        // the series of a place's latest date (ISO dates compared as written; a date in another form leaves the place with none)
        // (parsed where not written as an ISO day: "12/31/2017" is the same day as "2017-12-31")
        const dateCell = dateColumn === undefined ? '' : cellText(row, dateColumn);
        const parsedDay = ISO_DAY.test(dateCell.slice(0, 10)) || dateCell === '' ? undefined : parseDate(dateCell);
        const date = parsedDay?.ok === true && parsedDay.date.length === 10 ? parsedDay.date : dateCell.slice(0, 10);
        const latest = col.latest.get(pkey);
        // (a series of movements, DTM's Emergency Tracking Tool, is never a place's own, and always a part: the latest stock is)
        if (!FLOW_SERIES.test(value)) {
          if (!ISO_DAY.test(date)) col.latest.set(pkey, { date: '', value: '', tie: false, unread: true });
          else if (latest === undefined) {
            if (col.latest.size < SERIES_CAP) col.latest.set(pkey, { date, value, tie: false, unread: false });
          } else if (date > latest.date) Object.assign(latest, { date, value, tie: false });
          // (two series on the latest date: neither is the place's own)
          else if (date === latest.date && value !== latest.value) latest.tie = true;
        }
        const seenAt = seriesSeenByPlace[i]!;
        const firstAt = seenAt.get(pkey);
        if (firstAt === undefined) {
          if (seenAt.size < SERIES_CAP) seenAt.set(pkey, value);
        } else if (firstAt !== value) col.varying!.add(pkey);
      }
    }
    for (const b of flagGroups) {
      let set = 0;
      for (const c of b.flagCandidates!) {
        const seen = flagSeen.get(c)!;
        const cell = cellText(row, c);
        if (isFlagUnset(cell)) {
          if (cell !== '') seen.no++;
          continue;
        }
        set++;
        // (at most two kept: two already say the column is no flag)
        if (seen.set.size < 2) seen.set.add(cell.toLowerCase());
        if (!isFlagYes(cell)) seen.yesOnly = false;
      }
      if (set > 0 && set < b.flagCandidates!.length) flagPartialRows.set(b, (flagPartialRows.get(b) ?? 0) + 1);
    }
    for (let i = 0; i < coded.length; i++) {
      const col = coded[i]!;
      const code = cellText(row, col.index);
      const name = code === '' || isAllValue(code) ? '' : cellText(row, col.fallback);
      if (name === '') continue;
      let key = `${seriesKey(row)}${code.slice(0, 120)}`;
      for (const b of layout.breakdowns) if (b !== col) key += `\u0000${cellText(row, b.index).slice(0, 120)}`;
      const first = nameAt[i]!.get(key);
      if (first === undefined) {
        if (nameAt[i]!.size < CACHE_LIMIT) nameAt[i]!.set(key, name);
        continue;
      }
      if (first === name) continue;
      const names = namesOfCode[i]!.get(code);
      if (names === undefined) {
        if (namesOfCode[i]!.size < CACHE_LIMIT) namesOfCode[i]!.set(code, [first, name]);
      } else if (names.length < NAMES_APART_MAX && !names.includes(name)) names.push(name);
    }
    if (!rowUnitSeen && layout.rowUnit !== undefined && cellText(row, layout.rowUnit) !== '') rowUnitSeen = true;
    // an IPC table's plain #population: one value per country, or it is the areas' own (then no area is compared with it)
    if (layout.ipcCountryPopulation !== undefined && !ipcPopulationVaries) {
      const value = cellText(row, layout.ipcCountryPopulation);
      if (value !== '') {
        // (by country and analysis: a file of two rounds gives the country's population of each)
        let key = countryLevel === undefined ? '' : cellText(row, countryLevel.code ?? countryLevel.name);
        for (const c of dateColumns) key += `\u0000${cellText(row, c)}`;
        const first = ipcPopulations.get(key);
        if (first === undefined) {
          if (ipcPopulations.size < CACHE_LIMIT) ipcPopulations.set(key, value);
        } else if (first !== value) ipcPopulationVaries = true;
      }
    }
    if (qualifierColumn !== -1) {
      const q = cellText(row, qualifierColumn);
      if (q !== '' && qualifierWord(q) === undefined) qualifierColumn = -1;
    }
    if (layout.shape === 'long') {
      for (const c of [layout.long.value, layout.long.low, layout.long.high]) if (c !== undefined) scanDots(longDots, cellText(row, c), row.line);
      if (longUnits.readable === 0) learnLongUnit(row);
      learnPersonNamed(row);
    }
    if (monthEndsAll) {
      const cell = cellText(row, dateColumn).slice(0, 10);
      if (cell !== '') {
        if (!isIsoDate(cell) || lastDayOf(cell.slice(0, 7)) !== cell) monthEndsAll = false;
        else if (monthsSeen.size < 2) monthsSeen.add(cell.slice(0, 7));
      }
    }
    // (a year column's days: read as years only where every one is a 1 January)
    if (yearDayColumn) {
      const cell = cellText(row, dateColumn);
      if (/^\d{4}-\d{2}-\d{2}/.test(cell) && !/^\d{4}-01-01(?:$|T)/.test(cell)) yearDaysAllFirst = false;
    }
    for (const [index, seen] of slashed) {
      // ("13/05/2020", and with hyphens "13-05-2020")
      if (!/[/-]/.test(row.cells[index] ?? '')) continue;
      const order = slashOrderOf([cellText(row, index)]);
      if (order === 'dmy') seen.dmy = true;
      else if (order === 'mdy') seen.mdy = true;
    }
    for (const col of layout.indicators) {
      const scan = scans.get(col.index)!;
      const text = cellText(row, col.index);
      // "68.957": a number either way, which the column's other cells decide (after this pass)
      if (scanDots(scan.dots, text, row.line)) {
        scan.numbers++;
        scan.allFractions = false;
        continue;
      }
      const parsed = parseFigureValue(text);
      if (parsed.kind === 'skip') continue;
      // only words count against a column: a negative or ambiguous number is still a number
      if (parsed.kind === 'error' && !parsed.reason.includes('is not a number')) {
        // (not a negative zero, "-0.0", a rounding's leftover, nor a marker of no data, "-99", "-999")
        if (scan.negative === '' && parsed.reason.includes('is negative') && !/^[-−‒–—]\s*(?:0+(?:[.,]0*)?|9{2,4}(?:[.,]0*)?)$/.test(text.trim())) scan.negative = `'${clip(text, 20)}' on line ${row.line}`;
        continue;
      }
      if (parsed.kind === 'error') {
        scan.errors++;
        if (scan.example === '') scan.example = cellText(row, col.index).slice(0, 40);
        continue;
      }
      scan.numbers++;
      if (learnsValues && !parsed.percent) rowValues.set(col.index, parsed.value);
      if (parsed.value > scan.max) scan.max = parsed.value;
      if (parsed.percent) scan.percentSign = true;
      else {
        if (scan.unsignedSmall === '' && parsed.value > 0 && parsed.value <= 1) scan.unsignedSmall = `'${clip(text, 20)}' on line ${row.line}`;
        if (parsed.value <= 1.5) scan.upToOneAndHalf++;
        else if (scan.aboveOneAndHalf === '') scan.aboveOneAndHalf = `'${clip(text, 20)}' on line ${row.line}`;
      }
      if (parsed.value > 1 || parsed.percent) scan.allFractions = false;
      else if (parsed.value > 0 && parsed.value < 1) scan.someBelowOne = true;
      else if (parsed.value === 1) scan.someOne = true;
    }
    for (const c of coverages) {
      const scan = scans.get(c.index)!;
      const parsed = parseFigureValue(cellText(row, c.index));
      if (parsed.kind !== 'value' || parsed.percent) continue;
      const reading = coverageReading(parsed.value, cellText(row, c.required), cellText(row, c.received));
      if (reading === undefined) continue;
      scan.coverage![reading]++;
      if (reading === 'fraction' && scan.coverage!.example === '' && parsed.value > 1) scan.coverage!.example = `${cellText(row, c.index)} on line ${row.line}: ${cellText(row, c.received)} received of ${cellText(row, c.required)} required`;
    }
    if (analyses) analyses.learn(row);
    projects?.learn(row, sampled);
    unknownOrigins?.learn(row);
    otherProviderAreas?.learn(row);
    if (layout.context.url !== undefined && !rowLinks.vary) {
      const link = cellText(row, layout.context.url);
      if (link !== '') {
        if (rowLinks.first === '') rowLinks.first = link;
        else if (link !== rowLinks.first) rowLinks.vary = true;
      }
    }
    repeatedEvents?.learn(row);
    if (learnsValues) {
      remainders?.learn(row, (c) => rowValues.get(c));
      zeroParts?.learn(row, (c) => rowValues.get(c));
      disabilityFlags?.learn(row, (c) => rowValues.get(c));
      baselines?.learn(row, (c) => rowValues.get(c));
      rowValues.clear();
    }
    if (orgsBySource !== undefined && orgColumn !== undefined) {
      const org = cellText(row, orgColumn);
      // (a National Society by source and country: the IFRC's global appeals name one a country, which varies from one
      // country to the next and names no part of any figure; any other organisation column by source)
      const src = nationalSocieties && countryLevel !== undefined ? `${cellText(row, layout.context.source)}\u0000${cellText(row, countryLevel.code)}\u0000${cellText(row, countryLevel.name)}` : cellText(row, layout.context.source);
      const seen = orgsBySource.get(src);
      if (org === '') {
        // an empty cell names no organisation
      } else if (seen === undefined) orgsBySource.set(src, org);
      else if (seen !== org) orgColumnVaries = true;
      if (org !== '' && orgByKey !== undefined && !orgSplitsPlace) {
        const key = hashCells(row, orgKeyColumns, cellText);
        const before = orgByKey.get(key);
        if (before === undefined) {
          if (orgByKey.size < 100_000) orgByKey.set(key, org);
        } else if (before !== org) orgSplitsPlace = true;
      }
    }
    // (an admin area's code by its name, where a row gives both: a row of the same country that gives the name alone,
    // HAPI's "Cannot match row" with only the provider's spelling, is filed under that code, never a second place)
    if (namedLevels.length > 0) {
      const country = countryKeyOf(row);
      for (let l = 0; l < namedLevels.length; l++) {
        const lv = namedLevels[l]!;
        const code = cellText(row, lv.code);
        if (code === '') continue;
        const name = cellText(row, lv.name);
        // (the same cells as the row before, as most rows of a table sorted by area: nothing new to learn)
        const last = lastNamed[l]!;
        if (last.code === code && last.name === name && last.country === country) continue;
        Object.assign(last, { code, name, country });
        if (!PCODE_LIKE.test(code.toUpperCase())) continue;
        // (by the standard name only: a provider's spelling beside a code may name another area, IPC's municipality
        // Quilengues on a row of the province Huíla, AO09, which a row of Quilengues alone must not join)
        if (name === '') continue;
        const k = `${lv.level}\u0000${country}\u0000${foldName(name)}`;
        const known = codeOfName.get(k);
        if (known === undefined) {
          if (codeOfName.size < 100_000) codeOfName.set(k, code);
        } else if (known !== code) codeOfName.set(k, '');
      }
    }
    if (rowCount <= SAMPLE_ROWS) for (const sw of swapped) {
      const code = cellText(row, sw.lv.code);
      const name = cellText(row, sw.lv.name);
      if (code === '' || name === '') continue;
      sw.rows++;
      if (PCODE_LIKE.test(code.toUpperCase())) sw.codes++;
      if (PCODE_LIKE.test(name.toUpperCase())) {
        if (sw.names++ === 0) sw.example = name;
        if (namePcodes.size < 100_000) namePcodes.add(name);
      }
    }
    for (const lv of layout.places) {
      const code = cellText(row, lv.code);
      // (a country column of three-letter codes, tagged without +code: #country in HXL's beta)
      if (lv.level === 0 && countryCodes.size < 100_000) {
        const written = code || cellText(row, lv.name);
        if (/^[A-Za-z]{3}$/.test(written)) countryCodes.add(written.toUpperCase());
      }
      if (code === '') continue;
      if (lv.level === 0) {
        if (countryCells.size < 100_000) countryCells.add(code);
      }
      else if (pcodes.size < 100_000) pcodes.add(code);
    }
  });
  // (a level whose name column holds p-codes, nearly every one, and whose code column holds nearly none: the two tags
  // are the other way round, and are read so, and said)
  for (const sw of swapped) {
    if (sw.rows < SWAP_MIN_ROWS || sw.names * 10 < sw.rows * 9 || sw.codes * 10 > sw.rows) continue;
    const { code, name } = sw.lv as { code: number; name: number };
    sw.lv.code = name;
    sw.lv.name = code;
    const tag = `#adm${sw.lv.level}`;
    layout.mappedTo[name] = `place (${tag} code)`;
    layout.mappedTo[code] = `place name (${tag})`;
    for (const n of namePcodes) if (pcodes.size < 100_000) pcodes.add(n);
    notes.push(`column ${describeColumn(name)} is tagged as ${tag}'s names but holds p-codes ('${clip(sw.example, 20)}'), and column ${describeColumn(code)} is tagged as its codes but holds names: read the other way round, the p-codes as codes (retag the two columns to say so)`);
  }
  // a source column with another value on most rows (UCDP's and ACLED's events, each citing the report it comes from,
  // "Reuters (1989-10-01): ..."): citations, each in its figures' notes, and the file the one source; never a source a row,
  // which `compare` would read as sources disagreeing about separate events
  // (in a file of events, #event or #date+occurred, a few outlets cited again and again are citations too: ACLED's "Ukrinform")
  const eventFile = table.tags.some((t) => t !== null && (t.tag === '#event' || (t.tag === '#date' && t.attributes.includes('occurred'))));
  const citedSources = sourceCells.values.size >= CITED_SOURCES_MIN && sourceCells.values.size >= sourceCells.rows * (eventFile ? CITED_SOURCES_SHARE_EVENTS : CITED_SOURCES_SHARE);
  if (citedSources) {
    layout.mappedTo[layout.context.source!] = "citation (the report each row cites, in its figures' notes; the file is the source)";
    notes.push(`column ${describeColumn(layout.context.source!)} names the report each row comes from (${sourceCells.values.size}${sourceCells.values.size >= CITED_SOURCES_MIN * 50 ? ' or more' : ''} different ones in the first ${sourceCells.rows} rows that fill it): each row's citation, kept in its figures' notes, not a source of its own; the file is their source`);
  }
  // after the pre-pass, which reads the whole file: a file that is not CSV is said to be so first
  if (layout.shape === 'wide' && layout.indicators.length === 0) {
    // (the first columns, as many as the message has room for, then how many more: a message is
    // one line of at most 2,000 characters, whatever the file's width)
    const listed: string[] = [];
    let listedChars = 0;
    for (const [i, t] of table.tags.entries()) {
      if (listedChars > COLUMN_LIST_CHARS) break;
      // (an organisation read as the source's publisher is, in a file with no figures, who reported or works where: no
      // publisher of anything; a 3W's 267 partners are none)
      const mapped = layout.mappedTo[i] === MAPPED_NAME.publisher && t?.tag === '#org' ? unusedReason(t) : layout.mappedTo[i];
      const said = `${describeColumn(i)}: ${mapped ?? layout.why[i] ?? unusedReason(t)}`;
      listed.push(said);
      listedChars += said.length + 2;
    }
    const list = `${listed.join('; ')}${table.tags.length > listed.length ? `; and ${table.tags.length - listed.length} more column${table.tags.length - listed.length === 1 ? '' : 's'}` : ''}`;
    const numeric = numericColumns(numbersUnder).filter((c) => table.tags[c] !== null);
    const untagged = numericColumns(numbersUnder).filter((c) => table.tags[c] === null);
    const metaNumeric = numericColumns(metaNumbers);
    const betaCounts = table.tags.filter((t): t is HxlTag => t !== null && isBetaCountWithoutStatus(t));
    const what =
      betaCounts.length > 0
        ? `no column can be read as figures: ${betaCounts.slice(0, 4).map((t) => formatHashtag(t)).join(', ')} ${betaCounts.length === 1 ? 'is' : 'are'} HXL beta's count${betaCounts.length === 1 ? '' : 's'} of people or households without a status (affected, in need, displaced): retag ${betaCounts.length === 1 ? 'it' : 'them'} (#affected+idps for people in displacement sites, for example); each column below says why`
        : numeric.length > 0
        ? `no column holds figures humfig knows the meaning of: ${numeric.slice(0, 5).map((c) => `column ${c + 1} (${formatHashtag(table.tags[c]!)})`).join(', ')}${numeric.length > 5 ? ` and ${numeric.length - 5} more` : ''} ${numeric.length === 1 ? 'holds numbers' : 'hold numbers'} under a hashtag that names no count of people, money, percentage or events${misspeltTags(numeric.map((c) => table.tags[c]!))}: retag ${numeric.length === 1 ? 'it' : 'them'} (#indicator+num+<name>+unit_<unit>, such as #indicator+num+vaccine_doses+unit_dose; +pct for a percentage) to import ${numeric.length === 1 ? 'it' : 'them'}${moneyRetag(numeric.map((c) => table.tags[c]!), table.tags)}`
        : metaNumeric.length > 0
          ? `no column holds figures humfig knows the meaning of: ${metaNumeric.slice(0, 5).map((c) => `column ${c + 1} ${JSON.stringify(clip(table.labels[c] ?? '', 40))} (${formatHashtag(table.tags[c]!)})`).join(', ')}${metaNumeric.length > 5 ? ` and ${metaNumeric.length - 5} more` : ''} ${metaNumeric.length === 1 ? 'holds numbers' : 'hold numbers'} under #meta, which marks metadata, not figures: if ${metaNumeric.length === 1 ? 'it is a figure, retag it' : 'they are figures, retag them'} (#value+funding+required+usd for a requirement in US dollars, #affected, #inneed, #indicator+num+<name>+unit_<unit> ...) to import ${metaNumeric.length === 1 ? 'it' : 'them'}`
        : layout.why.some((w) => w !== null)
          ? 'no column can be read as figures: each column below says why'
          : `no column holds figures (counts of people, money, percentages, events): a who-does-what-where (3W) or reference list has none to import${untagged.length > 0 ? `; ${describeUntagged(untagged, table.labels)} ${untagged.length === 1 ? 'holds numbers but has' : 'hold numbers but have'} no hashtag: tag ${untagged.length === 1 ? 'it' : 'them'} (${untaggedAdvice(untagged, table.labels)}) to import ${untagged.length === 1 ? 'it' : 'them'}` : ''}`;
    throw new HxlInvalidError([
      {
        file: fileName,
        path: '',
        line: table.hashtagLine,
        column: 1,
        message: `${what}. Columns: ${list}`,
      },
    ]);
  }

  // columns of numbers that name no figure, in a file that has others: said once, so that a file's main
  // figures (COVAX's doses) are never dropped without a word
  const numericUnused = layout.indicators.length > 0 ? numericColumns(numbersUnder) : [];
  if (numericUnused.length > 0) {
    // (a rate of conversion, FTS's #financial+fx "exchangeRate", is no figure to retag: said apart, without the advice)
    const isRate = (c: number) => table.tags[c] !== null && (table.tags[c]!.attributes.includes('fx') || table.tags[c]!.attributes.includes('exchange_rate') || /exchange\s*_?rate/i.test(table.labels[c] ?? ''));
    const rates = numericUnused.filter(isRate);
    const tagged = numericUnused.filter((c) => table.tags[c] !== null && !isRate(c));
    const untagged = numericUnused.filter((c) => table.tags[c] === null);
    const parts: string[] = [];
    if (rates.length > 0) parts.push(`${rates.length === 1 ? 'a column holds' : `${rates.length} columns hold`} rates of conversion between currencies, not figures, and ${rates.length === 1 ? 'is' : 'are'} not imported: ${rates.slice(0, 3).map((c) => describeColumn(c)).join('; ')}`);
    if (tagged.length > 0) parts.push(`${tagged.length === 1 ? 'a column holds' : `${tagged.length} columns hold`} numbers under a hashtag that names no figure and ${tagged.length === 1 ? 'is' : 'are'} not imported: ${tagged.slice(0, 5).map((c) => describeColumn(c)).join('; ')}${tagged.length > 5 ? `; and ${tagged.length - 5} more` : ''}${misspeltTags(tagged.map((c) => table.tags[c]!))}; retag ${tagged.length === 1 ? 'it' : 'them'} (${tagged.some((c) => table.tags[c]!.tag === '#target') ? '#targeted for people targeted, which #target is not in HXL; ' : ''}#indicator+num+<name>+unit_<unit>; +pct for a percentage) to import ${tagged.length === 1 ? 'it' : 'them'}`);
    // (a hashtag written without its "#" named with the fix)
    const hashless = untagged.filter((c) => table.badTags?.get(c)?.startsWith('#') === false);
    if (untagged.length > 0) parts.push(`${describeUntagged(untagged, table.labels)} ${untagged.length === 1 ? 'holds numbers but has' : 'hold numbers but have'} no hashtag: not imported${hashless.length > 0 ? ` (${hashless.slice(0, 3).map((c) => `column ${c + 1}'s '${table.badTags!.get(c)}' looks like #${table.badTags!.get(c)} without its '#': add it`).join('; ')})` : ''}`);
    notes.push(parts.join('; '));
  }

  // a file of records (UCDP's events, a 3W's activities): rows that give one figure again are its
  // parts, added up, where they are common enough that they cannot be a few slips of a file of totals
  // (not where rows are event records, which a record id or the line tells apart: IDMC counts each)
  const sampledRows = Math.min(rowCount, SAMPLE_ROWS);
  const recordIdAt = recordIdColumns.find((_, i) => recordIdsSeen[i]!.cells >= RECORD_IDS_MIN && recordIdsSeen[i]!.cells >= sampledRows * RECORD_IDS_SHARE && recordIdsSeen[i]!.values.size >= recordIdsSeen[i]!.cells * RECORD_IDS_SHARE);
  recordIdsSeen.length = 0;
  const byRecordIds = options.repeats === undefined && recordIdAt !== undefined && repeatedRows > 0;
  // (a column of periods that most of the repeated rows differ in: "Week 21", "Week 22" of one place)
  const periodColumn = [...periodsUnder].find(([, n]) => n.cells > 0 && n.periods * 5 >= n.cells * 4 && n.values.size > 1 && n.repeats > 0 && n.differ * 2 >= n.repeats)?.[0];
  for (const n of periodsUnder.values()) n.firstOfKey.clear();
  for (const n of idsUnder.values()) n.firstOfKey.clear();
  const idColumn = [...idsUnder].find(([, n]) => n.differ > 0)?.[0];
  // (or any, where the date column is an event's, #date+occurred: Insecurity Insight's incidents, each row an attack)
  const occurred = dateColumn !== undefined && table.tags[dateColumn]?.attributes.includes('occurred') === true;
  const manyRepeats = options.repeats === undefined && repeatedRows > 0 && (occurred || (repeatedRows >= REPEATS_MIN && repeatedRows >= sampledRows * REPEATS_SHARE));
  // (a file whose rows each cite the report they come from lists events, each its own record: UCDP's two events of one day
  // and place are two, added up, never one given twice)
  const summing = !eventRecords && (options.repeats === 'sum' || byRecordIds || (manyRepeats && periodColumn === undefined) || (citedSources && options.repeats !== 'first'));
  if (manyRepeats && !byRecordIds && !eventRecords && periodColumn !== undefined) {
    const shown = [...periodsUnder.get(periodColumn)!.values].slice(0, 2).map((v) => `'${clip(v, 20)}'`).join(', ');
    const label = table.labels[periodColumn] ?? '';
    notes.push(`${repeatedRows} of the ${rowCount} rows repeat a figure's key, but column ${periodColumn + 1}${label ? ` ${JSON.stringify(clip(label, 40))}` : ''}, which has no hashtag, holds periods (${shown}): each is one figure's period, a series, not records to add up; tag it #date+week or #date+month beside the year's #date+year column (or #date, its periods written 2022-W21 or 2022-05) to read each period apart; the first row of each figure is kept, the others are reported below`);
  }
  repeatKeys.clear();
  const projectGroups = projects?.decide();

  // a file none of whose figure columns can be read (text, or money in no currency) is refused for
  // that, naming each column, rather than first asked for the date its figures hold
  const nothingToRead =
    layout.shape === 'wide'
      ? layout.indicators.every((col) => {
          const scan = scans.get(col.index)!;
          return scan.errors > scan.numbers || (col.meaning.unit === null && layout.context.currency === undefined && !rowUnitSeen);
        })
      : longUnits.readable === 0 && longUnits.unitless > 0;
  // (a year in a figure column's hashtag, HXL's way of writing one: #population+y2018 holds for 2018, as a group header's year does)
  for (const col of layout.indicators) {
    const y = col.year === undefined ? col.tag.attributes.find((a) => HASHTAG_YEAR.test(a)) : undefined;
    if (y !== undefined) col.year = y.slice(1);
  }
  // (every figure column dated by a year in its group header needs no date of the rows)
  const yearsOnly = layout.shape === 'wide' && layout.indicators.length > 0 && layout.indicators.every((col) => col.year !== undefined);
  // ("Affected 2017", "In Need 2017" read with --as-of 2024: the headers name another year than the one asked)
  if (options.asOf !== undefined && !yearsOnly && dateColumn === undefined) {
    const asked = options.asOf.slice(0, 4);
    const other = layout.indicators.map((col) => ({ col, year: /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(table.labels[col.index] ?? '')?.[1] })).find((x) => x.year !== undefined && x.year !== asked);
    if (other) notes.push(`column ${other.col.index + 1} ${JSON.stringify(clip(table.labels[other.col.index] ?? '', 40))} names the year ${other.year}, but --as-of is ${options.asOf}: the figures are dated as asked; check which year the file's figures hold for`);
  }
  if (yearsOnly && options.asOf !== undefined) notes.push(`--as-of ${options.asOf} was not used: the group headers or the hashtags (+y2018) date each figure column by its year (${[...new Set(layout.indicators.map((col) => col.year))].slice(0, 4).join(', ')})`);
  // (an untagged column headed as a date, Honduras's 345W "FECHA DE REPORTE": said, with the tag that would date each row by it)
  const untaggedDate = dateColumn === undefined && !yearsOnly ? table.tags.findIndex((t, c) => t === null && DATE_HEADER.test((table.labels[c] ?? '').slice(0, 80))) : -1;
  const untaggedDateAdvice = untaggedDate === -1 ? undefined : `column ${untaggedDate + 1} ${JSON.stringify(clip(table.labels[untaggedDate]!, 40))} has no hashtag, but its header names a date: tag it #date to date each row by it`;
  if (dateColumn === undefined && options.asOf === undefined && !nothingToRead && !yearsOnly) {
    throw new UsageError(`${file} has no date column (#date, #date+reported, #date+year, #date+start/+end): give the date its figures hold with --as-of YYYY, YYYY-MM or YYYY-MM-DD`, [
      ...(untaggedDateAdvice !== undefined ? [untaggedDateAdvice] : []),
      // (a year some hashtags give, +y2018: those columns are dated so; the others need --as-of)
      ...layout.indicators.filter((col) => col.year !== undefined).slice(0, 1).map((col) => `column ${col.index + 1} ${formatHashtag(col.tag)} names its year, ${col.year}, and is dated so; the other figure columns need --as-of (perhaps --as-of ${col.year}, if they hold for it too)`),
      'COD population and HNO files name their year in the dataset title, such as "2024"',
    ]);
  }
  if (untaggedDateAdvice !== undefined && options.asOf !== undefined) notes.push(`every row is dated ${options.asOf}, as --as-of asks; ${untaggedDateAdvice}`);

  // a code written with two or more names: the row's name says which part it is, except the one
  // whose name says it is the whole ("Protection (overall)"), which keeps the code
  flagColumns(layout, table.tags, flagSeen, flagPartialRows, describeColumn);
  coded.forEach((col, i) => {
    const apart = namesOfCode[i]!;
    if (apart.size === 0 || col.read === 'flags') return;
    col.namedApart = apart;
    const shown = [...apart].slice(0, 4).map(([code, names]) => `${clip(code, 24)}: ${names.slice(0, 4).map((n) => `'${clip(n, 40)}'`).join(', ')}`).join('; ');
    noteColumn('codes written with several names', `column ${describeColumn(col.index)}: ${apart.size === 1 ? 'a code is' : `${apart.size} codes are`} written with several names in column ${describeColumn(col.fallback!)} (${shown}${apart.size > 4 ? '; ...' : ''}): each such row's ${col.dimension} is its name, and the code only where the name says it is the whole ('overall', 'total')`);
  });
  noteMoreColumns();
  // a breakdown column most of whose cells are prose or dates names no parts: not used, and said of the column
  for (const p of proseScans) {
    if (p.cells === 0 || p.prose * 2 < p.cells) continue;
    const col = layout.breakdowns.find((b) => b.index === p.index);
    if (col === undefined) continue;
    layout.breakdowns.splice(layout.breakdowns.indexOf(col), 1);
    layout.mappedTo[p.index] = null;
    layout.why[p.index] = `prose or dates (${p.prose} of ${p.cells} cells, such as '${clip(p.example.replace(/\s+/g, ' '), 40)}'), not the categories of a ${p.dimension} breakdown`;
  }
  for (const col of seriesColumns) {
    if (!layout.breakdowns.includes(col)) continue;
    // a service several of which one place has, at one date or at several, is a part on every row (a vaccine's campaign)
    if (col.dimension === 'service' && col.varying!.size > 0) {
      col.read = 'text';
      layout.mappedTo[col.index] = `breakdown service (a place has several)`;
      continue;
    }
    // a severity class several of which one place and date has is a breakdown on every row, not only there
    if (col.dimension === 'severity' && col.varying!.size > 0) {
      col.read = 'text';
      layout.mappedTo[col.index] = `breakdown severity (one place and date has several)`;
      continue;
    }
    if (col.varying!.size > 0) {
      let places = 0;
      for (const key of col.varying!) if (key.startsWith('\u0001')) places++;
      const dates = col.varying!.size - places;
      layout.mappedTo[col.index] =
        `breakdown ${col.dimension} (where a place and date has several: ${dates} of them` +
        (places > 0 ? `; and where a place's ${col.dimension} changes from one date to another, each earlier ${col.dimension} is a series of its own, apart from the one of its latest date: ${places} place${places === 1 ? '' : 's'})` : ')');
      continue;
    }
    // (a price's series code names its market, good, unit and price type, "Minsk City-Minsk City-Minsk-Wheat flour-KG-
    // Retail-BYR" in WFP's QuickCharts cut of one series: a part, never a country's money, however many series the file has)
    const sample = col.dimension === 'series' ? seriesSeen[seriesColumns.indexOf(col)]!.values().next().value : undefined;
    if (sample !== undefined && sample.split('-').length >= 4 && layout.indicators.length > 0 && layout.indicators.every((c) => c.meaning.unit !== null && c.meaning.unit !== undefined && isCurrencyCode(c.meaning.unit))) {
      col.read = 'text';
      layout.mappedTo[col.index] = `breakdown ${col.dimension} (a code of several parts, '${clip(sample, 60)}', that names what each amount is of: a part, never a place's whole)`;
      continue;
    }
    layout.breakdowns.splice(layout.breakdowns.indexOf(col), 1);
    layout.mappedTo[col.index] = null;
    layout.why[col.index] = `one ${col.dimension} for each place and date: what the figures come from, not a part of them`;
  }
  if (orgColumnVaries && orgColumn !== undefined && orgByKey !== undefined && !orgSplitsPlace && orgByKey.size < 100_000) {
    // (IOM DTM's site list: one camp-management agency for 20 of 352 sites; each site's 12,304 people are the site's)
    delete layout.context.publisher;
    layout.mappedTo[orgColumn] = null;
    layout.why[orgColumn] = 'an organisation for each place (who manages or reports it; no place and date has two): people counted where they are are the place\'s own, not an organisation\'s part';
  } else if (orgColumnVaries && orgColumn !== undefined) {
    delete layout.context.publisher;
    layout.breakdowns.push({ index: orgColumn, dimension: 'organisation', read: 'text' });
    layout.mappedTo[orgColumn] = 'breakdown organisation (the file names several for one source: each row is its part, none the publisher)';
  }
  const textColumns = new Set<number>();
  if (qualifierColumn !== -1) layout.mappedTo[qualifierColumn] = 'qualifier (of the figures of its row)';
  if (ipcPopulationVaries) layout.why[layout.ipcCountryPopulation!] = "an IPC table's #population, which varies within a country here (each area's own population, it seems): not a figure of the phases, and no area's people analysed are compared with it";
  // a long file's values (and bounds) are one column of numbers: one decision for all of them
  const longReading = layout.shape === 'long' && layout.long.value !== undefined ? dotReading(longDots, describeColumn(layout.long.value)) : {};
  if (longReading.note) notes.push(longReading.note);
  const longDecimal = longReading.dots ? { dots: longReading.dots } : undefined;
  // a header that states its scale ("Required (US$m)", "Population ('000)"): each value times that scale, said once a column
  const headerScales = new Map<number, number>();
  for (const col of layout.indicators) {
    const scale = headerScale(table.labels[col.index] ?? '', col.meaning.unit);
    if (scale === undefined) continue;
    // (a bare "(M)" over people is male where the hashtag says so or another header says "(F)": "PiN (F)" beside "PiN (M)")
    if (/^\(\s*m\s*\)$/i.test(scale.written) && (col.meaning.unit === 'person' || col.meaning.unit === 'household') && (col.tag.attributes.some(isSexAttribute) || table.labels.some((l) => /\(\s*f\s*\)/i.test(l)))) continue;
    // (values written out in full under such a header, "$1,139,900,000" under "(US$m)": read as written, and said;
    // people in millions are never more than ten thousand of them: "23.7" under "(million)", not "23,700,000")
    const fullAt = scale.factor === 1e6 && (col.meaning.unit === 'person' || col.meaning.unit === 'household') ? 1e4 : 1e11 / scale.factor;
    if (scans.get(col.index)!.max >= fullAt) {
      noteColumn('the header states a scale the values do not follow; read as written', `column ${describeColumn(col.index)}: the header says '${scale.written}', but values such as ${scans.get(col.index)!.max.toLocaleString('en-US')} are written out in full; read as written: check them`);
      continue;
    }
    headerScales.set(col.index, scale.factor);
    // (an example of the column's kind: 23.7 million people, 1139.9 million dollars)
    const example = col.meaning.unit === 'person' || col.meaning.unit === 'household' ? '23.7' : '1139.9';
    noteColumn('the header states a scale, and each value is read times it', `column ${describeColumn(col.index)}: the header says '${scale.written}', so each value is read times ${scale.factor.toLocaleString('en-US')} (${example} -> ${Number(`${example}e${Math.log10(scale.factor)}`).toLocaleString('en-US')})`);
  }
  const fractionColumns = new Set<number>();
  for (const col of layout.indicators) {
    const scan = scans.get(col.index)!;
    if (scan.errors > scan.numbers) {
      textColumns.add(col.index);
      layout.mappedTo[col.index] = null;
      layout.why[col.index] = `text, not numbers (${scan.errors} of ${scan.errors + scan.numbers} cells, such as '${scan.example}')`;
    } else if (col.meaning.unit === null && layout.context.currency === undefined && !rowUnitSeen) {
      // money in no currency and no #currency column to say it (FTS's originalAmount): said once, not on every row
      textColumns.add(col.index);
      layout.mappedTo[col.index] = null;
      layout.why[col.index] = 'an amount of money in no stated currency: add one to the hashtag (+usd) or a #currency column';
    } else if (col.meaning.unit === 'percent' && scan.negative !== '') {
      // a percentage below zero is no share of anything: a change from one period to the next (WHO's
      // #affected+infected+new+pct+weekly, this week's cases over last week's less one), whose falls
      // would each be rejected and whose rises read as shares
      textColumns.add(col.index);
      layout.mappedTo[col.index] = null;
      layout.why[col.index] = `percentages below zero (${scan.negative}): a change from one period to the next, not a share of people or of funds`;
    } else if (scan.coverage !== undefined && scan.coverage.fraction + scan.coverage.percent > 0) {
      // the row's own funding says how its coverage is written, whatever the range of the values
      if (scan.coverage.fraction > 0 && scan.coverage.percent === 0) {
        fractionColumns.add(col.index);
        noteColumn(
          'each value is the funding received over the funding required of its row, read as fractions and scaled to percent',
          `column ${describeColumn(col.index)}: each value is the funding received over the funding required of its row${scan.coverage.example ? ` (${scan.coverage.example})` : ''}, read as fractions and scaled to percent (0.71 -> 71)`,
        );
      } else if (scan.coverage.fraction > 0) {
        noteColumn('some values are fractions, others percent; read as percent as written', `column ${describeColumn(col.index)}: ${scan.coverage.fraction} value(s) are the funding received over required as a fraction and ${scan.coverage.percent} in percent; read as percent as written: check them`);
      }
    } else if (col.meaning.unit === 'percent' && scan.numbers > 0 && scan.allFractions && scan.someBelowOne) {
      fractionColumns.add(col.index);
      noteColumn('every value lies within 0 to 1, read as fractions and scaled to percent', `column ${describeColumn(col.index)}: every value lies within 0 to 1, read as fractions and scaled to percent (0.71 -> 71)`);
    } else if (col.meaning.unit === 'percent' && scan.numbers > 0 && !scan.percentSign && scan.someBelowOne && scan.max > 1 && scan.max <= 1.5 && isCoverageColumn(col.tag, table.labels[col.index] ?? '') && !PERCENT_HEADER.test(table.labels[col.index] ?? '')) {
      // a vaccination coverage written as fractions, some above 1 (more children vaccinated than the target
      // counted: 1.0245 is 102.45 %): scaled, and said
      fractionColumns.add(col.index);
      noteColumn('a coverage whose values lie within 0 to 1.5, read as fractions (over 100 % where more were reached than counted) and scaled to percent', `column ${describeColumn(col.index)}: a coverage whose values lie within 0 to ${scan.max}, read as fractions and scaled to percent (0.8662 -> 86.62; over 100 % where more were reached than the target counted)`);
    } else if (col.meaning.unit === 'percent' && scan.numbers >= 10 && !scan.percentSign && scan.someBelowOne && scan.upToOneAndHalf * 10 >= scan.numbers * 9 && isCoverageColumn(col.tag, table.labels[col.index] ?? '') && !PERCENT_HEADER.test(table.labels[col.index] ?? '')) {
      // a coverage as fractions with a few outliers above 1.5 (the Arab League's HepB1 coverage: 158 cells, all but
      // a few within 0 to 1, Banadir's 1.7966 and Balqa's 12.0872): scaled, the outliers too, and said so
      fractionColumns.add(col.index);
      noteColumn('a coverage whose values lie within 0 to 1.5 but for a few, read as fractions and scaled to percent; check the values above 1.5', `column ${describeColumn(col.index)}: a coverage whose values lie within 0 to 1.5 but for ${scan.numbers - scan.upToOneAndHalf} of ${scan.numbers} (such as ${scan.aboveOneAndHalf}), read as fractions and scaled to percent (0.8662 -> 86.62); check the values above 1.5, which are scaled too`);
    } else if (col.meaning.unit === 'percent' && scan.numbers > 0 && !scan.percentSign && scan.someBelowOne && scan.max > 1 && scan.max <= 1.5 && isCoverageColumn(col.tag, table.labels[col.index] ?? '')) {
      // (the same under a header that says percent, "Funding coverage (%)" over 0.45, 0.62, 1.05: a spreadsheet's
      // percent format exports fractions, but 0.45 % and 1.05 % are coverages too; read as written, and said, so that
      // one value over 1 never turns the column's reading silently)
      noteColumn('a coverage whose header says percent and whose values lie within 0 to 1.5: read as percent as written; check whether they are fractions', `column ${describeColumn(col.index)}: the header says percent and every value lies within 0 to ${scan.max} (such as 0.45); read as percent as written (0.45 %), though a spreadsheet's percent format writes fractions (0.45 for 45 %): check them`);
    } else if (col.meaning.unit === 'percent' && scan.numbers > 0 && scan.allFractions && scan.someOne) {
      // nothing but 0 and 1 (a filtered extract: one area, one phase): 1 is a whole as a fraction, or one percent
      if (FRACTION_HEADER.test(table.labels[col.index] ?? '') && !PERCENT_HEADER.test(table.labels[col.index] ?? '')) {
        fractionColumns.add(col.index);
        noteColumn('every value is 0 or 1 and the header names a fraction, read as fractions and scaled to percent', `column ${describeColumn(col.index)}: every value is 0 or 1 and the header names a fraction, read as fractions and scaled to percent (1 -> 100)`);
      } else {
        noteColumn('every value is 0 or 1, which may be fractions or percent; read as percent as written: check them', `column ${describeColumn(col.index)}: every value is 0 or 1, which may be fractions (1 = 100 percent) or percent; read as percent as written: check them`);
      }
    }
  }
  // a column of values with a percent sign and a few without, within 0 and 1 ("25.00%", "100%", and Chad's "1"):
  // each read as written, and the bare ones said, since a spreadsheet's fraction (1 = 100 %) looks the same
  for (const col of layout.indicators) {
    const scan = scans.get(col.index)!;
    if (col.meaning.unit !== 'percent' || !scan.percentSign || scan.unsignedSmall === '' || fractionColumns.has(col.index)) continue;
    noteColumn('values with a percent sign beside a few without, within 0 and 1: read as percent as written; check whether those are fractions', `column ${describeColumn(col.index)}: its values carry a percent sign but for a few within 0 and 1 (such as ${scan.unsignedSmall}), read as percent as written (1 -> 1 %); check whether those are fractions (1 = 100 %)`);
  }
  noteMoreColumns();
  // a cell of a fraction column is scaled unless it says otherwise: a percent sign, or, in a column the
  // rows' funding proved to be fractions, a value above 1 that its own row's funding does not back
  // (a sheet's 45 with no funding beside it is 45 %, not 4,500 %)
  const coverageOf = new Map(coverages.map((c) => [c.index, c] as const));
  // a share's column beside the count it is a share of (#targeted+percentage beside #targeted): the count's column
  const shareCountOf = new Map<number, number>();
  {
    const withoutShare = (t: HxlTag) => `${t.tag}+${t.attributes.filter((a) => a !== 'pct' && a !== 'percentage' && a !== 'percent').sort().join('+')}`;
    const counts = new Map<string, number>();
    for (const col of layout.indicators) if (col.meaning.unit !== 'percent' && !counts.has(withoutShare(col.tag))) counts.set(withoutShare(col.tag), col.index);
    for (const col of layout.indicators) {
      const count = col.meaning.unit === 'percent' ? counts.get(withoutShare(col.tag)) : undefined;
      if (count !== undefined) shareCountOf.set(col.index, count);
    }
  }
  const fundingPair = fundingPairOf(layout.indicators);
  let keptAsWritten = 0;
  let keptExample = '';
  const asFraction = (index: number, row: CsvRecord, value: number, percent: boolean): boolean => {
    const c = coverageOf.get(index);
    let fraction = !percent;
    if (fraction && c !== undefined && value > 1) fraction = coverageReading(value, cellText(row, c.required), cellText(row, c.received)) === 'fraction';
    if (!fraction && keptAsWritten++ === 0) keptExample = `${cellText(row, index)} on line ${row.line}`;
    return fraction;
  };
  // how each column reads a dot and three digits ("68.957"), where its other cells say
  const dotColumns = new Map<number, { dots: DotReading }>();
  for (const [index, scan] of scans) {
    if (textColumns.has(index)) continue;
    const { dots, note } = dotReading(scan.dots, describeColumn(index));
    // (a file that writes its decimals with a comma, a Spanish or French spreadsheet's "0,75", groups thousands with dots:
    // "93.000" is 93,000 however its column alone reads)
    if (dots === undefined && scan.dots.ambiguous > 0 && scan.dots.decimal === undefined && table.decimalCommas?.seen === true) {
      dotColumns.set(index, { dots: 'thousands' });
      notes.push(`column ${describeColumn(index)}: '${scan.dots.example.slice(0, 40)}'${scan.dots.ambiguous > 1 ? ` and ${scan.dots.ambiguous - 1} more` : ''} read as thousands, because the file writes decimals with a comma (such as '${clip(table.decimalCommas.example ?? '', 20)}')`);
      continue;
    }
    if (dots) dotColumns.set(index, { dots });
    if (note) notes.push(note);
  }
  // figure columns with no value in any row (a sheet's sector left blank): said, so that no one looks for their figures
  const emptyColumns = layout.indicators.filter((col) => scans.get(col.index)!.numbers === 0 && scans.get(col.index)!.errors === 0);
  if (emptyColumns.length > 0) {
    notes.push(`${emptyColumns.length === 1 ? 'a figure column has' : `${emptyColumns.length} figure columns have`} no value in any row: ${emptyColumns.slice(0, 8).map((col) => describeColumn(col.index)).join('; ')}${emptyColumns.length > 8 ? `; and ${emptyColumns.length - 8} more` : ''}`);
  }
  const named = options.country === undefined ? undefined : findCountry(options.country);
  // a country column of another list than ISO 3166 (UNHCR's own codes: AUL is Australia, AUS
  // Austria): where many of its codes are no ISO code, the ISO-looking ones cannot be trusted either
  const notIso: string[] = [];
  for (const code of countryCodes) if (countryByIso3(code) === undefined && formerCountry(code) === undefined) notIso.push(code);
  const untrustedCodes = notIso.length >= NOT_ISO_MIN && notIso.length >= countryCodes.size * NOT_ISO_SHARE;
  if (untrustedCodes) {
    const level0 = layout.places.find((lv) => lv.level === 0);
    const column = level0?.code ?? level0?.name;
    notes.push(
      `${notIso.length} of the ${countryCodes.size} codes in ${column === undefined ? 'the country column' : describeColumn(column)} are no ISO 3166 alpha-3 code (${notIso.slice(0, 5).map((c) => `'${clip(c, 12)}'`).join(', ')}${notIso.length > 5 ? ' ...' : ''}): the column follows another list (UNHCR's own codes, say, where AUS is Austria), so none of its codes is read as an ISO country; each is a place of its own, in no country, its id 'code-' and the code ('code-aus'), so that an ISO3 code never finds it, unless the row names its country in a name column. Give the file a column of ISO3 codes (#country+code) to place its rows in countries`,
    );
  }
  const fromCells = countryCells.size > 0 ? (untrustedCodes ? undefined : singleCountry(countryCells)) : singleCountry(pcodes);
  // --country for a file that names no country: its p-codes, where it has any, must not name another
  if (named !== undefined && countryCells.size === 0 && fromCells !== undefined && fromCells.iso3 !== named.iso3) {
    throw new UsageError(`--country ${named.iso3} disagrees with the file's p-codes, which name ${fromCells.name} (${fromCells.iso3})`);
  }
  const fileCountry = countryCells.size === 0 && named !== undefined ? named : fromCells;
  if (named !== undefined) notes.push(countryCells.size > 0 ? `--country ${named.iso3} is not used: the file names its countries in ${describeColumn(layout.places.find((lv) => lv.level === 0)?.code ?? layout.places.find((lv) => lv.level === 0)?.name ?? 0)}` : `every figure is in ${named.name} (${named.iso3}), as --country says`);
  if (countryCells.size === 0 && fileCountry && named === undefined && layout.places.length > 0) notes.push(`the p-codes name one country, ${fileCountry.name} (${fileCountry.iso3}): rows without an admin code are national figures for it`);
  const book = new PlaceBook(fileCountry, untrustedCodes, layout.places.some((lv) => lv.level === 4 && lv.analysisArea !== true), !layout.ipc);
  // a column with no hashtag whose header says it names countries ("Country ISO3", "Pays")
  // (one that is no country of origin, nationality or a donor's first: the place of the figures)
  const countryHeader = (c: number) => /(?<![\p{L}])(?:country|iso3|iso|pays|pa[ií]s)(?![\p{L}])/iu.test(table.labels[c] ?? '');
  const ofOrigin = (c: number) => /(?<![\p{L}])(?:origin|nationality|citizenship|source|donor|funder|birth|origine|nacionalidad)(?![\p{L}])/iu.test(table.labels[c] ?? '');
  // (with admin columns but no country column, looked for only where --country names the country: a row it says is of
  // another country is not that country's area)
  const untaggedCountry =
    layout.places.length === 0 || (named !== undefined && !layout.places.some((lv) => lv.level === 0))
      ? ([...table.tags.keys()].filter((c) => table.tags[c] === null && countryHeader(c)).sort((a, b) => Number(ofOrigin(a)) - Number(ofOrigin(b)))[0] ?? -1)
      : -1;

  const sources = new Map<string, SourceDraft>();
  /** a source's later editions (one id, another publication date): each a source of its own, named in the notes */
  const editions = new Map<string, string>();
  const orderOf = (index: number | undefined): SlashOrder => {
    const seen = index === undefined ? undefined : slashed.get(index);
    if (seen === undefined) return 'unknown';
    return seen.dmy && seen.mdy ? 'mixed' : seen.dmy ? 'dmy' : seen.mdy ? 'mdy' : 'unknown';
  };
  // (a column whose own days never tell the order takes the file's, where its other date columns agree on one: a plan's
  // start 01/08/2010 beside its end 31/01/2011)
  const fileOrder = ((): SlashOrder => {
    const orders = new Set([dateColumn, layout.context.published, layout.period.start, layout.period.end].map(orderOf).filter((o) => o === 'dmy' || o === 'mdy'));
    return orders.size === 1 ? [...orders][0]! : 'unknown';
  })();
  const orderOrFile = (index: number | undefined): SlashOrder => {
    const own = orderOf(index);
    return own === 'unknown' ? fileOrder : own;
  };
  const asOfOrder = orderOrFile(dateColumn);
  const yearColumn = dateColumn !== undefined && matchesPattern(table.tags[dateColumn] ?? null, '#date+year');
  const publishedOrder = orderOrFile(layout.context.published);
  const startOrder = orderOrFile(layout.period.start);
  const endOrder = orderOrFile(layout.period.end);

  const sourceOf = (row: CsvRecord): string => {
    const raw = citedSources ? '' : cellText(row, layout.context.source);
    let id = (raw && kebab(raw)) || fileSourceId;
    // one source given with two publication dates (two editions of an export joined: the October and the December
    // key figures): each date a source of its own, the first in the file under the id, any other under the id and its date
    const publishedCell = cellText(row, layout.context.published);
    const known = sources.get(id);
    if (publishedCell && known?.published !== undefined && publishedCell !== known.publishedCell) {
      const d = parseDate(publishedCell, publishedOrder);
      if (d.ok && isIsoDate(d.date) && d.date !== known.published) {
        const edition = `${id}-${d.date}`;
        if (!editions.has(edition) && editions.size < 8) editions.set(edition, `'${id}' published ${known.published} on its first rows and ${d.date} on others, which are source '${edition}'`);
        id = edition;
      }
    }
    let s = sources.get(id);
    if (!s) {
      s = { id, publishers: new Set() };
      // in a wide file #meta+source names the source; in a long one it is humfig's source id
      if (raw && id !== fileSourceId && layout.shape === 'wide') s.name = clip(raw, 200);
      sources.set(id, s);
    }
    const publisher = cellText(row, layout.context.publisher);
    if (publisher && s.publishers.size < 2) s.publishers.add(clip(publisher, 200));
    const title = cellText(row, layout.context.title);
    if (title && s.title === undefined) s.title = clip(title, 500);
    if (publishedCell && s.published === undefined) {
      const d = parseDate(publishedCell, publishedOrder);
      if (d.ok && isIsoDate(d.date)) {
        s.published = d.date;
        s.publishedCell = publishedCell;
      }
    }
    const url = cellText(row, layout.context.url);
    if (url && s.url === undefined && isHttpUrl(url) && !rowLinks.vary) s.url = url;
    // (a source cell that is a link, "http://www.dnpgcca.ne/.../Rapport.pdf": the source's url, and its name the link's host)
    if (s.url === undefined && layout.shape === 'wide' && isHttpUrl(raw)) {
      s.url = clip(raw, 2000);
      // (a host of letters and dots only; "http://www./x" names none, and keeps the link as the name)
      const host = hostOf(raw);
      if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(host)) s.name = host;
    }
    return id;
  };

  // long files (humfig's export) name the place by id and describe it in the other columns
  const longPlaces = new Map<string, Place>();
  const placeCache = new Map<string, PlaceResult>();
  /** the country cells of the rows read so far, two at most (a sum row in the country column under one country's rows is that country's) */
  const countriesAbove = new Map<string, { code: string; name: string }>();
  // the names of sum rows read as the whole of the place above them ("'Total' in #adm1"), for the note
  const wholeRows = new Set<string>();
  // the names of subtotal rows read as the whole of the place they name ("'Marib Total' in #adm1"), for the note
  const subtotals = new Set<string>();
  const placeOf = (row: CsvRecord): { ok: true; id: string } | { ok: false; reason: string } => {
    if (layout.shape === 'long' && layout.longPlace.id !== undefined) {
      const L = layout.longPlace;
      const raw = cellText(row, L.id);
      if (!raw) return { ok: false, reason: 'no place given' };
      const id = longPlaceId(raw);
      if (!id) return { ok: false, reason: `'${clip(raw, 40)}' is not a place id` };
      if (!longPlaces.has(id)) {
        const place: Place = { id, name: clip(cellText(row, L.name) || raw, 200) };
        const iso3 = cellText(row, L.iso3).toUpperCase();
        if (/^[A-Z]{3}$/.test(iso3)) place.iso3 = iso3;
        const level = cellText(row, L.level);
        if (/^[0-3]$/.test(level)) place.level = Number(level);
        const pcode = cellText(row, L.pcode).toUpperCase();
        if (pcode) place.pcode = pcode;
        const parent = cellText(row, L.parent);
        if (parent) place.parent = longPlaceId(parent);
        longPlaces.set(id, place);
      }
      return { ok: true, id };
    }
    if (layout.places.length === 0) {
      if (fileCountry === undefined) {
        // (a country column left without a hashtag, "Country ISO3": tagging it is the way, since --country
        // would give every row, of every country the file holds, the one country)
        const cell = untaggedCountry === -1 ? '' : cellText(row, untaggedCountry);
        if (cell !== '' && findCountry(cell) !== undefined) {
          return { ok: false, reason: `the file has no place column (#country, #adm0 ... #adm3, #loc), but column ${untaggedCountry + 1} ${JSON.stringify(clip(table.labels[untaggedCountry] ?? '', 40))}, which has no hashtag, names a country ('${clip(cell, 20)}'): tag the column of the country the figures are in #country+code (or #country+name; a country of origin #country+code+origin); --country imports that one country's rows only` };
        }
        return { ok: false, reason: 'the file has no place column (#country, #adm0 ... #adm3, #loc): give its country with --country, if its figures are of one country (a global or regional plan, such as an FTS appeal of several countries, has none: humfig places every figure in a country or one of its areas)' };
      }
    }
    // --country names the country of the figures; a row that an untagged country column says is of another
    // ("Country ISO3" SDN in a file imported with --country AFG) is not that country's, nor one of its areas: not imported
    if (untaggedCountry !== -1 && fileCountry !== undefined) {
      const cell = cellText(row, untaggedCountry);
      const other = cell === '' ? undefined : findCountry(cell);
      if (other !== undefined && other.iso3 !== fileCountry.iso3) {
        return { ok: false, reason: `column ${untaggedCountry + 1} ${JSON.stringify(clip(table.labels[untaggedCountry] ?? '', 40))}, which has no hashtag, names another country ('${clip(cell, 20)}') than --country ${fileCountry.iso3}: the row is not that country's; tag the column #country+code to import every country's rows` };
      }
    }
    // the countries the rows so far name (two at most): a sum row in the country column under one country's rows is its own
    if (countryLevel !== undefined && countriesAbove.size < 2) {
      const code = cellText(row, countryLevel.code);
      const name = cellText(row, countryLevel.name);
      if ((code !== '' || name !== '') && !isWholePlace(code) && !isWholePlace(name)) countriesAbove.set(`${code}\u0000${name}`, { code, name });
    }
    // a file repeats its places row after row: each combination of cells is looked up once
    let key = '';
    for (const lv of layout.places) key += `${cellText(row, lv.code)}\u0000${cellText(row, lv.name)}\u0000${cellText(row, lv.altName)}\u0000`;
    let found = placeCache.get(key);
    if (found === undefined) {
      // (a provider's placeholder for a missing area, "Administrative unit not available", is no area
      // where a deeper level still names the place (a market under it); as the deepest level named it
      // is kept as written, a place of its own, never emptied into the country's national row;
      // a sub-national "National Average", WFP's national market, is the country, whatever its code)
      // (a name's footnote marks are no part of it: "Donetska*" is Donetska)
      // (and a run of spaces is one: "Los  Santos" is Los Santos, found as the other rows write it)
      const raw = layout.places.map((lv) => ({ level: lv.level, code: cellText(row, lv.code), name: withoutFootnoteMarks(cellText(row, lv.name)).replace(/\s{2,}/g, ' '), alt: withoutFootnoteMarks(cellText(row, lv.altName)).replace(/\s{2,}/g, ' ') }));
      // (a code cell of "n/a" names nothing: "Residence location unknown (in Ukraine)" with n/a is a placeholder's row)
      const named = (r: (typeof raw)[number]) => (r.code !== '' && !isNoPlace(r.code) && !isPlaceholderCell(r.code)) || (r.name !== '' && !isNoPlace(r.name)) || (r.alt !== '' && !isNoPlace(r.alt));
      let deepest = -1;
      for (let i = 0; i < raw.length; i++) if (named(raw[i]!)) deepest = i;
      // a sum row in the country column, "Total" under the countries of a regional table (R4V's): the sum of
      // several countries, which is no country nor a place of its own; not imported. Under the rows of one
      // country only, it is that country's national row.
      let oneCountryTotal = false;
      const countryAt = raw.findIndex((r) => r.level === 0);
      const country = countryAt === -1 ? undefined : raw[countryAt]!;
      if (country !== undefined && deepest === countryAt && (isWholePlace(country.name) || isWholePlace(country.code))) {
        if (countriesAbove.size !== 1) {
          found = { ok: false, reason: `'${clip(country.name || country.code, 20)}' in the country column is a sum row over the file's ${countriesAbove.size === 0 ? 'rows' : `${countriesAbove.size} or more countries`}, no country: not imported (a region's total is not one of its countries' figures)` };
          if (placeCache.size < CACHE_LIMIT) placeCache.set(key, found);
          return found;
        }
        const [only] = countriesAbove.values();
        raw[countryAt] = { ...country, ...only! };
        deepest = countryAt;
        oneCountryTotal = true;
      }
      // a subtotal row of a pivot table ("Marib Total", its code and the levels below it empty): the whole of the place it
      // names, at its column's level, or at the level above where the row names that place there ("Awdal" then "Awdal
      // Total" in the district column) or leaves it empty
      const subtotalAt = deepest;
      const subtotalCell = subtotalAt >= 0 && raw[subtotalAt]!.level > 0 && raw[subtotalAt]!.level <= 3 && raw[subtotalAt]!.code === '' ? raw[subtotalAt]! : undefined;
      const subtotal = subtotalCell === undefined ? undefined : subtotalOf(subtotalCell.name);
      if (subtotal !== undefined) {
        if (subtotals.size < 3) subtotals.add(`'${clip(subtotalCell!.name, 30)}' in #adm${subtotalCell!.level}`);
        const above = subtotalAt > 0 ? raw[subtotalAt - 1]! : undefined;
        if (above !== undefined && above.level > 0 && (sameName(above.name, subtotal) || sameName(above.alt, subtotal))) {
          raw[subtotalAt] = { ...subtotalCell!, name: '', alt: '' };
          deepest = subtotalAt - 1;
        } else if (above !== undefined && above.level > 0 && above.name === '' && above.code === '' && above.alt === '') {
          raw[subtotalAt - 1] = { ...above, name: subtotal };
          raw[subtotalAt] = { ...subtotalCell!, name: '', alt: '' };
          deepest = subtotalAt - 1;
        } else raw[subtotalAt] = { ...subtotalCell!, name: subtotal };
      }
      const cells = raw.map((r, i) => {
        if (r.level > 0 && isNationalPlace(r.name)) return { level: r.level, code: '', name: '' };
        // (a sum row, "Total" or "Grand total" with its code empty or "Total" too: the whole of the place above it)
        if (r.level > 0 && (isWholePlace(r.name) || (r.name === '' && isWholePlace(r.alt))) && (r.code === '' || isWholePlace(r.code) || isNoPlace(r.code))) {
          if (wholeRows.size < 3) wholeRows.add(`'${clip(r.name || r.alt, 20)}' in ${r.level === 4 ? '#loc' : `#adm${r.level}`}`);
          return { level: r.level, code: '', name: '' };
        }
        if (r.level > 0 && r.name === '' && r.alt === '' && isWholePlace(r.code)) {
          if (wholeRows.size < 3) wholeRows.add(`'${clip(r.code, 20)}' in ${r.level === 4 ? '#loc' : `#adm${r.level}`}`);
          return { level: r.level, code: '', name: '' };
        }
        if (i > deepest) return { level: r.level, code: r.code, name: r.code || r.name ? r.name : r.alt };
        const code = r.code !== '' && isNoPlace(r.code) ? '' : r.code;
        const name = r.name !== '' && isNoPlace(r.name) ? '' : r.name;
        const alt = r.alt !== '' && isNoPlace(r.alt) ? '' : r.alt;
        return { level: r.level, code, name: code || name ? name : alt };
      });
      if (codeOfName.size > 0) {
        const country = countryKeyOf(row);
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i]!;
          if (c.level < 1 || c.level > 3 || c.code !== '' || c.name === '') continue;
          const code = codeOfName.get(`${c.level}\u0000${country}\u0000${foldName(c.name)}`);
          if (code === undefined || code === '') continue;
          cells[i] = { ...c, code };
          if (namedByCode++ === 0) namedByCodeExample = `line ${row.line}: '${clip(c.name, 30)}' as ${clip(code, 20)}`;
        }
      }
      found = book.placeOf(cells);
      // (not a sum row read as the one country named so far: a later row may name another)
      if (placeCache.size < CACHE_LIMIT && !oneCountryTotal) placeCache.set(key, found);
    }
    return found;
  };

  // a file repeats its dates: each cell of a date column is read once (the column's order is fixed)
  const dateCaches = new Map<number, Map<string, { ok: true; date: string; period?: { start: string; end: string } } | { ok: false; reason: string; column?: string }>>();
  // refugees who returned, placed at their country of origin instead of the row's country of asylum
  const returnedHome = { rows: 0, example: '' };
  // the rows' country is a country of asylum (#country+asylum+code: UNHCR's tables, HAPI's refugee and returnee tables)
  const asylumRows = layout.places.some((lv) => lv.level === 0 && [lv.code, lv.name].some((c) => c !== undefined && table.tags[c]?.attributes.includes('asylum') === true));
  // figures whose origin is their own country, read as that country's and no part of it (only where the
  // origin column names countries: a region "Djibouti" of Djibouti, #adm1+name+origin, is a part)
  const ownOrigin = { rows: 0, example: '' };
  const countryOrigin = layout.breakdowns.some((b) => b.dimension === 'origin' && (table.tags[b.index]?.tag === '#country' || table.tags[b.index]?.tag === '#adm0'));
  // a date column's first date written with a two-digit year ("1/31/15"), said once per column
  const shortYears = new Map<number, { cell: string; date: string }>();
  const dateOf = (row: CsvRecord, index: number | undefined, order: SlashOrder): { ok: true; date: string; period?: { start: string; end: string } } | { ok: false; reason: string; column?: string } | undefined => {
    if (index === undefined) return undefined;
    const raw = cellText(row, index);
    // ("TBD", "TBC": a date not set yet, as empty as no date)
    if (!raw || DATE_NOT_SET.test(raw)) return undefined;
    let cache = dateCaches.get(index);
    if (cache === undefined) dateCaches.set(index, (cache = new Map()));
    let found = cache.get(raw);
    if (found === undefined) {
      const d = parseDate(raw, order);
      if (d.ok && d.shortYear && !shortYears.has(index)) shortYears.set(index, { cell: raw, date: d.date });
      found = d.ok ? (d.period ? { ok: true, date: d.date, period: d.period } : { ok: true, date: d.date }) : { ok: false, reason: d.reason, column: columnName(index) };
      if (cache.size < CACHE_LIMIT) cache.set(raw, found);
    }
    return found;
  };

  // counts of people or households with a fraction (a model's estimates: an HNO's 170917.438)
  let fractionalCounts = 0;
  let fractionalExample = '';
  // a column of its own period given 0 where that period has no dates (IPC's second projection of an
  // analysis that made none): no analysis, counted per column and said once, never a rejection a line
  const undatedZeros = new Map<number, number>();
  const monthlyPeriods = monthEndsAll && monthsSeen.size > 1;
  if (monthlyPeriods) {
    notes.push(`column ${describeColumn(dateColumn!)} ends each row's period, and every date in it is the last day of a month: each row's figures are that month's (dated by the month, ${[...monthsSeen][0]}, not its last day)`);
  }
  // rows of a file with a date column that --as-of dated (their date cell is empty)
  let datedByOption = 0;
  /** rows the file's own date cell dates, and rows whose date cell is no date (for the note on --as-of) */
  const fileDates = { dated: 0, bad: 0 };
  /** cells of figure columns that say "no data" ('-', '_', 'n/a'), and the rows with nothing else */
  const noData = { cells: 0, rows: 0, examples: [] as string[] };
  const unsplitZeros = { cells: 0, example: 0 };
  /** rows whose every figure cell is empty, and the first */
  const emptyRows = { rows: 0, example: 0 };
  /** rows whose every figure is a population of 0, and the first */
  const zeroPopulations = { rows: 0, example: 0 };
  /** IPC analyses of a country that covered a part of its people (IPC_PARTIAL_SHARE) */
  const partialAnalyses = { rows: 0, example: '' };
  const populationOfPlaces = layout.breakdowns.every((b) => b.read === 'sex' || b.read === 'age' || b.read === 'age-bound');
  // (or by COD-PS's population codes, F_00_04 and T_TL, a sex and an age written as one: such a row is a place's people too)
  const populationCodes = layout.breakdowns.filter((b) => b.read === 'population-code');
  const populationOfPlacesByCode = !populationOfPlaces && populationCodes.length > 0 && layout.breakdowns.every((b) => b.read === 'sex' || b.read === 'age' || b.read === 'age-bound' || b.read === 'population-code');
  /** Whether a row's people are a place's, split at most by sex and age: its population codes, if any, are COD codes. */
  const placePopulationRow = (row: CsvRecord): boolean => populationOfPlaces || (populationOfPlacesByCode && populationCodes.every((b) => readPopulationCode(cellText(row, b.index)) !== undefined));
  const splitGroups = splitGroupsOf(layout, table.tags.length);
  const eventList = layout.breakdowns.some((b) => b.dimension === 'event');
  // IDMC's #accuracy+date+start: Day, Month or Year, how much of the start date is known
  const startAccuracy = table.tags.findIndex((t) => matchesPattern(t, '#accuracy+date+start'));
  const endAccuracy = table.tags.findIndex((t) => matchesPattern(t, '#accuracy+date+end'));
  /** How much of a day an accuracy cell says is known ("Month": the month only), else the whole day. */
  const knownPart = (row: CsvRecord, column: number): 'month' | 'year' | undefined => {
    if (column === -1) return undefined;
    const cell = cellText(row, column);
    return /^month$/i.test(cell) ? 'month' : /^year$/i.test(cell) ? 'year' : undefined;
  };
  /** records whose event days lie outside the year they are filed under (dated by the year), and the first */
  const eventOutsideYear = { count: 0, example: '' };
  /** rows whose days an accuracy column says are known to the month or the year only, and the first */
  const knownOnlyTo = { count: 0, example: '' };
  /** rows whose period ends before it starts, and the first */
  const endBeforeStart = { count: 0, example: '' };
  /** an IPC analysis of a country (its place, date and period) and whether it covered only a part of it, from its row of all phases */
  const partialOf = new Map<string, boolean>();
  /** rows whose period has a start and no end, in a file dated by its periods' ends: dated by their start */
  const startOnly = { count: 0, example: '' };
  /** people still displaced at the end of a record's year (IDMC's total displacement), dated by that year, not the event's days */
  let stocksByYear = 0;
  // a file of incidents, one row each (Insecurity Insight's attacks, #date+occurred or an #event+id per row): its records are
  // added up by year, so that each figure is a year's count of what the incidents did, never one day's, which summary would
  // show as a country's headline ("0 health facilities destroyed" on the last day of the year)
  // (not ACLED's events, #event+code, whose days are kept: their admin areas' days are no country's headline)
  const incidentYears = summing && dateColumn !== undefined && (occurred || (byRecordIds && table.tags[recordIdAt!]?.tag === '#event' && table.tags[recordIdAt!]!.attributes.includes('id')));
  let incidentDays = 0;
  const yearOfIncidents = <W extends { ok: true; date: string; period?: { start: string; end: string } } | { ok: false }>(w: W): W => {
    if (!incidentYears || !w.ok || w.date.length !== 10) return w;
    incidentDays++;
    // (the year, and the days of its incidents: one day here, widened as the year's rows are added up)
    return { ...w, date: w.date.slice(0, 4), period: { start: w.date, end: w.date } } as W;
  };
  /** The date a row's figures hold, and the period they cover where the file gives one. */
  const whenOf = (row: CsvRecord): { ok: true; date: string; period?: { start: string; end: string }; filed?: string } | { ok: false; reason: string; column?: string } => {
    const asOf = dateOf(row, dateColumn, asOfOrder);
    if (asOf && !asOf.ok) {
      // a span of years in a year column (WHO: "1992-1994"): the figure holds for the last year, over the span
      // (and a survey's span written with the second year short, "2015/16", "1999/00": 2016, 2000)
      const span = /^(\d{4})\s*[-–/]\s*(\d{4}|\d{2})$/.exec(cellText(row, dateColumn));
      // (the short form only of the next year: "2015/06" may be a month, "2015/15" is no span)
      const last = span === null ? undefined : span[2]!.length === 4 ? span[2]! : yearAfterShort(span[1]!, span[2]!);
      if (span && span[2]!.length === 2 && Number(last) !== Number(span[1]) + 1) {
        fileDates.bad++;
        return asOf;
      }
      if (span && last !== undefined && span[1]! <= last && yearColumn) return { ok: true, date: last, period: { start: `${span[1]}-01-01`, end: `${last}-12-31` } };
      // a week or a month written in words in the date column ("W21", "Week 21", "March") beside a year column: within that year
      const year = layout.period.year !== undefined && layout.period.year !== dateColumn ? dateOf(row, layout.period.year, 'unknown') : undefined;
      const cell = cellText(row, dateColumn);
      if (year?.ok && year.date.length >= 4 && /\p{L}/u.test(cell)) {
        const kind = partOfYear(cell, 'week') !== undefined ? 'week' : partOfYear(cell, 'month') !== undefined ? 'month' : undefined;
        if (kind !== undefined) {
          fileDates.dated++;
          return withinYear(year.date.slice(0, 4), cell, kind, dateColumn!);
        }
      }
      fileDates.bad++;
      return asOf;
    }
    // an ISO 8601 week as the date ("2022-W21"): its days, held on its last
    if (asOf?.ok && asOf.period !== undefined && layout.period.start === undefined && layout.period.end === undefined) {
      fileDates.dated++;
      return { ok: true, date: asOf.date, period: asOf.period };
    }
    // a year with its month or week in a column of its own (#date+month, #date+epiweek): that month, or that week's days
    const within = layout.period.within;
    if (asOf?.ok && within !== undefined && asOf.date.length >= 4 && cellText(row, within.index) !== '' && (asOf.date.length === 4 || (yearColumn && yearDaysAllFirst))) {
      fileDates.dated++;
      return withinYear(asOf.date.slice(0, 4), cellText(row, within.index), within.kind, within.index);
    }
    if (asOf !== undefined) fileDates.dated++;
    // a row that gives its period's start and leaves its end empty, in a file dated by the end (WHO's immunization campaigns:
    // a campaign planned from 2020-10, no end yet): dated by its start, before any --as-of, which dates rows that give no date
    if (asOf === undefined && dateColumn !== undefined && dateColumn === layout.period.end && layout.period.start !== undefined && (cellText(row, dateColumn) === '' || DATE_NOT_SET.test(cellText(row, dateColumn)))) {
      const started = dateOf(row, layout.period.start, startOrder);
      if (started?.ok) {
        if (startOnly.count++ === 0) startOnly.example = `line ${row.line}: from ${started.period?.start ?? started.date}`;
        fileDates.dated++;
        return { ok: true, date: started.date, ...(started.period !== undefined ? { period: started.period } : {}) };
      }
    }
    let date = asOf?.date ?? options.asOf;
    if (date === undefined) return { ok: false, reason: 'no date given (--as-of DATE dates the rows that give none)', column: columnName(dateColumn!) };
    // the first day of a year in a year column is the year (IFRC's 2022-01-01 under "Year"), where every day of the column is one
    if (asOf !== undefined && yearColumn && yearDaysAllFirst && date.length === 10 && date.endsWith('-01-01')) date = date.slice(0, 4);
    // the last day of a month in a column that ends each row's period, every day of it a month's last: the month
    if (asOf !== undefined && monthlyPeriods && date.length === 10) date = date.slice(0, 7);
    if (asOf === undefined && dateColumn !== undefined) datedByOption++;
    // (a quarter or a week in the start column starts on its first day: "2020-Q2" to "2020-Q2" is April to June)
    const startCell = dateOf(row, layout.period.start, startOrder);
    const start = startCell?.ok && startCell.period !== undefined ? { ...startCell, date: startCell.period.start } : startCell;
    const end = dateOf(row, layout.period.end, endOrder);
    // (a period that ends before it starts, FTS's HUKR1615 of 2016-01-01 to 2015-12-31: no period, said once)
    if (start?.ok && end?.ok && start.date.length === 10 && end.date.length === 10 && start.date > end.date && endBeforeStart.count++ === 0) {
      endBeforeStart.example = `line ${row.line}: ${start.date} to ${end.date}`;
    }
    if (start?.ok && end?.ok && start.date.length === 10 && end.date.length === 10 && start.date <= end.date) {
      // the year a record is filed under, where its event ended in another (IDMC: the displacements of 2019 from a storm
      // of 28 December 2018): the figures are that year's, not the event's days
      if (eventList && yearColumn && date.length === 4 && !end.date.startsWith(`${date}-`)) {
        if (eventOutsideYear.count++ === 0) eventOutsideYear.example = `line ${row.line}: ${start.date === end.date ? start.date : `${start.date} to ${end.date}`} filed under ${date}`;
        return { ok: true, date };
      }
      // a record's own days say more than the year it is filed under (IDMC: a flood of 20 to
      // 22 June 2023 holds on 22 June, not "2023"); a plan's whole year stays that year
      const day = yearColumn && date.length === 4 && !(start.date === `${date}-01-01` && end.date === `${date}-12-31`) ? end.date : date;
      // (days an accuracy column says are known to the month or the year only, IDMC's "2015-04-01, Month": that month)
      const startKnown = knownPart(row, startAccuracy);
      const endKnown = knownPart(row, endAccuracy);
      if (day === end.date && (startKnown !== undefined || endKnown !== undefined)) {
        const from = startKnown === 'year' ? `${start.date.slice(0, 4)}-01-01` : startKnown === 'month' ? `${start.date.slice(0, 7)}-01` : start.date;
        const to = endKnown === 'year' ? `${end.date.slice(0, 4)}-12-31` : endKnown === 'month' ? lastDayOf(end.date.slice(0, 7)) : end.date;
        const held = endKnown === 'year' ? end.date.slice(0, 4) : endKnown === 'month' ? end.date.slice(0, 7) : end.date;
        if (knownOnlyTo.count++ === 0) knownOnlyTo.example = `line ${row.line}: ${start.date} to ${end.date}, known to the ${endKnown ?? startKnown}`;
        return { ok: true, date: held, period: { start: from, end: to }, ...(held !== date ? { filed: date } : {}) };
      }
      return { ok: true, date: day, period: { start: start.date, end: end.date }, ...(day !== date ? { filed: date } : {}) };
    }
    // an event's own start day says more than the year it is filed under (IDMC: a flash flood that
    // began on 29 April 2018 holds from that day, not "2018"), where the file lists events
    // (not a 1 January that stands for a day unknown, nor a day whose accuracy column says it is not one)
    if (
      eventList && yearColumn && date.length === 4 && end === undefined && start?.ok && start.date.length === 10 && start.date.startsWith(`${date}-`) && start.date !== `${date}-01-01` &&
      (startAccuracy === -1 || /^day$/i.test(cellText(row, startAccuracy)))
    ) {
      return { ok: true, date: start.date, filed: date };
    }
    // a row of a file of periods whose own start and end are empty, dated by its year (FTS's
    // funding of no appeal, "Not specified", beside appeals of 1 January to 31 December) covers
    // that year as the other rows do: written as they are, so that `check` reads next year's
    // funding as a plan (a warning) and not as a date after its source
    if (yearColumn && date.length === 4 && layout.period.start !== undefined && layout.period.end !== undefined && start === undefined && end === undefined) {
      return { ok: true, date, period: { start: `${date}-01-01`, end: `${date}-12-31` } };
    }
    // a year or a month as the date already names its days (the facts format: a figure without a
    // period covers the days its asOf names), so no period is written for it
    return { ok: true, date };
  };

  /** A month or an ISO 8601 week of a year, from a cell that gives the one or the other. */
  const withinYear = (year: string, cell: string, kind: 'month' | 'week', column: number): { ok: true; date: string; period?: { start: string; end: string } } | { ok: false; reason: string; column?: string } => {
    // ("1.0", as pandas writes a column of whole numbers with gaps)
    const n = partOfYear(cell.replace(/^(\d{1,2})\.0+$/, '$1'), kind);
    // (a cell that is itself a month or a week, "2023-01", "Jan-2023", "2021-W05": that one)
    if (n === undefined) {
      const own = parseDate(cell.trim().replace(/^(\p{L}+)-(\d{4})$/u, '$1 $2'));
      if (own.ok && own.date.length >= 7) return own.period ? { ok: true, date: own.date, period: own.period } : { ok: true, date: own.date };
    }
    if (kind === 'month') return n === undefined ? { ok: false, reason: `'${clip(cell, 20)}' is not a month (1 to 12, or its name)`, column: columnName(column) } : { ok: true, date: `${year}-${String(n).padStart(2, '0')}` };
    const days = n === undefined ? undefined : isoWeekDays(Number(year), n);
    if (days === undefined) return { ok: false, reason: `'${clip(cell, 20)}' is not a week of ${year} (ISO 8601 weeks, 1 to 52, or 53 in a year that has one)`, column: columnName(column) };
    return { ok: true, date: days.end, period: days };
  };

  /** The date and period of a column that has its own start and end columns. */
  const columnWhen = (row: CsvRecord, cols: { start?: number; end?: number }): { ok: true; date: string; period?: { start: string; end: string } } | { ok: false; reason: string } => {
    const end = dateOf(row, cols.end, orderOf(cols.end));
    if (end === undefined) return { ok: false, reason: `no date in ${columnName(cols.end!)}, the period of this column` };
    if (!end.ok) return end;
    const start = dateOf(row, cols.start, orderOf(cols.start));
    if (start?.ok && start.date.length === 10 && end.date.length === 10 && start.date <= end.date) return { ok: true, date: end.date, period: { start: start.date, end: end.date } };
    return { ok: true, date: end.date };
  };

  /** a file of funding flows: a donor or a recipient organisation is a breakdown, each row one flow */
  const flowsFile = layout.breakdowns.some((b) => (b.dimension === 'funder' || b.dimension === 'recipient') && table.tags[b.index]?.tag === '#org');
  /** The breakdown the breakdown columns of a row give. */
  // (the origin a row gives as the only one of its place and date, set by rowBreakdown for the row's figures' notes)
  const rowOrigin: string[] = [];
  /** the admin level of the row's place, set before its breakdown is read (0 a country) */
  let rowPlaceLevel = 0;
  const rowBreakdown = (row: CsvRecord): Record<string, string> => {
    const b: Record<string, string> = Object.create(null) as Record<string, string>;
    rowOrigin.length = 0;
    let onlyOrigin: boolean | undefined;
    for (const col of layout.breakdowns) {
      if (col.read === 'flags') {
        // every flag set, by its cell ("ConflictEvent") or, where the cell only says yes, by its column's name
        const set: string[] = [];
        for (const flag of col.flags!) {
          const cell = cellText(row, flag.index);
          if (!isFlagUnset(cell)) set.push(isFlagYes(cell) ? flag.name : breakdownText(cell));
        }
        b[col.dimension] = set.length === 0 ? 'none stated' : set.join(' and ');
        continue;
      }
      let cell = cellText(row, col.index) || cellText(row, col.fallback);
      if (col.namedApart?.has(cell)) {
        const name = cellText(row, col.fallback);
        if (name !== '' && !WHOLE_NAME.test(name)) cell = name;
      }
      // a funding flow whose donor or recipient cell is empty: one not named, a part like the others, never all donors
      // (in an organisation column; humfig's own export's #meta+breakdown+funder is empty where there is no breakdown)
      // (and a 4W's row with no activity named: one part among the others, never the place's whole)
      // (nor, in a file of funding flows, any other part left empty: a flow with no cluster or plan named is one flow among
      // the day's, never their whole; FTS's Jordan flows: Germany's 0 USD "Parked" flow hid a flow of 53,317,536 USD as its part)
      if (cell.trim() === '' && (((col.dimension === 'funder' || col.dimension === 'recipient') && table.tags[col.index]?.tag === '#org') || (col.dimension === 'activity' && table.tags[col.index]?.tag === '#activity') || ((flowsFile || incidentYears) && col.read === 'text'))) {
        b[col.dimension] = 'not named';
        continue;
      }
      // (an incident of a list of incidents whose victims' sex is left empty: one incident among the year's, its sex not
      // stated, never the year's whole; Insecurity Insight's Protection in Danger: Marib's 2021 camp damaged twice read as once)
      if (cell.trim() === '' && incidentYears && col.read === 'sex') {
        b['sex-as-written'] = 'not stated';
        continue;
      }
      if (isAllValue(cell)) continue;
      switch (col.read) {
        case 'sex': {
          const v = readSex(cell);
          if (typeof v === 'string') b.sex = v;
          // ("unknown", "not specified": a part of its own, named as written, never "other")
          else if (v !== undefined) b['sex-as-written'] = breakdownText(v.written);
          break;
        }
        case 'age': {
          const v = readAge(cell);
          if (v.age !== undefined) b.age = v.age;
          else if (v.group !== undefined) b['age-group'] = breakdownText(v.group);
          break;
        }
        case 'age-bound':
          if (/^\d{1,3}$/.test(cell)) b[col.dimension] = String(Number(cell));
          break;
        case 'population-code': {
          // a COD code names the sex and age that the #gender and #age columns, where there are any, also give
          const v = readPopulationCode(cell);
          if (v === undefined) b[col.dimension] = breakdownText(cell);
          else {
            if (v.sex !== undefined) b.sex ??= v.sex;
            if (v.age !== undefined) b.age ??= v.age;
          }
          break;
        }
        case 'keyed': {
          const v = readKeyed(cellText(row, col.key), cell);
          if (v !== undefined) b[v.dimension] = breakdownText(v.value);
          break;
        }
        case 'version':
          if (!isFinalVersion(cell)) b[col.dimension] = breakdownText(cell);
          break;
        case 'projection': {
          const v = readProjection(cell);
          if (v !== undefined) b[col.dimension] = breakdownText(v);
          break;
        }
        case 'origin':
          // (the only origin of its place and date, in a file of areas that gives one a place and date: where its people
          // came from, in the figure's notes, not a part of them: unknown-origins.ts)
          // (an area below admin 1 only: a country's or a province's people from one area alone is one origin's part, DTM's
          // national rows by origin, 75,317 of Haiti's 1,258,504 from Artibonite)
          if (adminOrigins && rowPlaceLevel >= 2 && cell.trim() !== '' && !isOriginUnknown(cell) && (onlyOrigin ??= unknownOrigins?.onlyOrigin(row) === true)) {
            rowOrigin.push(clip(cell.trim(), 60));
            break;
          }
          // (a written "Not available" beside known origins of its key is one part of them: unknown-origins.ts)
          if (!isOriginUnknown(cell) || (cell.trim() !== '' && unknownOrigins?.isPart(row) === true)) b[col.dimension] = breakdownText(cell);
          break;
        case 'category': {
          // "Adult - Female": sex f and the age group adults (what a #gender or #age column says first)
          const v = readCategory(cell);
          if (v === undefined) b[col.dimension] = breakdownText(cell);
          else for (const k in v) b[k] ??= v[k]!;
          break;
        }
        case 'series':
          // (a code of series, #meta+code, in a file that gives several at more than one place and date: each row
          // one series, never a place's whole, as a price of one good in one market is none of the country's)
          // (but where a place and date has several, the series of the place's latest date whose name says it is the
          // overview is still the place's own, the total: DTM's "Armed Clashes in Sudan (Overview)" beside that month's
          // "(Monthly)" round on 2023-12-31; two operations of two crises, floods and an earthquake, stay two parts, whatever
          // their names say: the series of one date must be one operation's, by its name without the bracket)
          if (col.dimension === 'series' && col.varying!.size >= 2) b[col.dimension] = breakdownText(cell);
          // (a count of movements, IOM DTM's "Emergency Tracking Tool" beside its baseline: new arrivals, never the stock)
          else if (FLOW_SERIES.test(cell)) b[col.dimension] = breakdownText(cell);
          else if (col.varying!.has(seriesKey(row))) {
            // (a baseline beside a site assessment of its day is that day's whole: DTM's Chad, BA 122,312 and SA 122,312;
            // not where the site assessment is larger, a contradiction: both parts, baseline-assessments.ts)
            if (col.dimension === 'assessment-type' && BASELINE_ASSESSMENT.test(cell.trim()) && baselines?.isWhole(row) !== false) break;
            if (!(OVERVIEW_SERIES.test(cell) && !col.mixedStems?.has(seriesKey(row)) && isLatestSeries(col, placeSeriesKey(row), cell))) b[col.dimension] = breakdownText(cell);
          } else if (col.latest !== undefined) {
            // (the series of the place's latest date is its figures' own; an earlier one is another series, a part)
            const pkey = placeSeriesKey(row);
            if (col.varying!.has(pkey) && !isLatestSeries(col, pkey, cell)) b[col.dimension] = breakdownText(cell);
          }
          break;
        case 'yes-no': {
          const v = readYesNo(cell);
          // (a flag on every part of its whole says nothing of disability: disability-flags.ts)
          if (v === 'yes' && col.dimension === 'disability' && disabilityFlags?.isBlanket(row) === true) break;
          if (v !== undefined) b[col.dimension] = breakdownText(v);
          break;
        }
        default: {
          const v = col.dimension === 'severity' ? readSeverity(cell) : breakdownText(cell);
          if (v) b[col.dimension] = v;
        }
      }
    }
    // an age group from a COD code (M_00_04) says what the #age+min and #age+max beside it say
    if (b.age !== undefined) {
      delete b['age-min'];
      delete b['age-max'];
    }
    return b;
  };

  /** The quote: the cell as written after its hashtag; the number added in brackets when the cell writes it in a form the quote check does not know (1.5e6). */
  // (by the column the value was read from: where a figure column takes its published rounding from an untagged twin,
  // that twin's header, "total_displacement_rounded: 805000", and the hashtag as the file writes it, never respelt)
  // the warnings the file gives its rows (HAPI's #meta+warning), by their text: the first few kinds and how many rows each
  const rowWarnings = new RowWarnings();
  // figure columns of the year before the row's (+year+previous; not +todate, since the start of the previous year to the row's day)
  const previousYear = new Set(layout.indicators.filter((col) => col.tag.attributes.includes('previous') && col.tag.attributes.includes('year') && !col.tag.attributes.includes('todate')).map((col) => col.index));
  let previousYears = 0;
  const twinOf = new Map(layout.indicators.flatMap((col) => (col.valuesFrom === undefined ? [] : [[col.index, col.valuesFrom] as const])));
  const quoteFor = (column: number | undefined, cell: string, value: number): string => {
    const twin = column === undefined ? undefined : twinOf.get(column);
    const written = column === undefined ? undefined : writtenTags[column];
    const key = twin !== undefined && (table.labels[twin] ?? '').trim() !== '' ? table.labels[twin]!.trim() : written ? formatHashtag(written) : 'value';
    const quote = clip(`${key}: ${cell}`, 960);
    return quoteHasNumber(quote, value) ? quote : `${quote} [${value}]`;
  };

  // (`conflictNote`: what later rows of the file give for it, where it is the first of rows that differ: conflicting-rows.ts)
  const addFigure = (draft: Omit<Figure, 'id'> & { id?: string }, line: number, column?: string, figureNotes: string[] = [], conflictNote?: { note: string; label: string }): void => {
    let id: string;
    if (draft.id && kebab(draft.id) === draft.id) id = draft.id;
    else {
      const parts = [draft.indicator, draft.place.toLowerCase()];
      if (draft.breakdown) for (const k in draft.breakdown) parts.push(draft.breakdown[k]!.replace(/\+$/, 'plus'));
      parts.push(draft.asOf);
      id = figureId(parts, kebabPart);
      if (draft.id) figureNotes.push(`Imported with the id '${id}': the file's id '${draft.id}' is not kebab-case.`);
    }
    // two periods with one end (IPC's projections of two analyses, April to August and May to August;
    // a DREF and an appeal of one country ending on one day) are two figures, never a conflict nor
    // one sum: the later one's id says when its period starts (the start of each id's first figure is
    // kept, for at most PERIOD_STARTS_CAP ids: past that, a second period is reported as a repeat, as before)
    // (not in a file read as records: its rows of one end are parts of one sum, whatever day each began)
    const start = draft.id || !filePeriods || deferring ? undefined : draft.period?.start;
    const startKey = start === undefined ? 0 : hash52(id);
    if (start !== undefined) {
      const firstStart = periodStarts.get(startKey);
      if (firstStart !== undefined && firstStart !== start) {
        addFigure({ ...draft, id: figureId([id, 'from', start], kebabPart) }, line, column, figureNotes, conflictNote);
        return;
      }
    }
    // (past PENDING_CAP a new figure is written at once, but a row of a figure already waiting is still added to it)
    // (a price is never added up, whatever its currency: "usdprice" rows of one date are prices of several goods, or one price said again)
    // (a negative adjustment that no sum takes: no figure, a count or an amount cannot be negative)
    // (a record in another unit than the first of its id, an IATI activity in yen beside one in dollars: a sum of its own,
    // its id naming its unit, never added to the other's)
    if (deferring) {
      const waiting = pending.get(id);
      if (waiting !== undefined && waiting.draft.unit !== draft.unit) id = figureId([id, draft.unit.toLowerCase()], kebabPart);
    }
    const summed = deferring && isAdditiveUnit(draft.unit) && !PRICE_WORD.test(draft.label) && !(stocksApart && STOCK_INDICATOR.test(draft.indicator)) && (pending.has(id) || pending.size < pendingCap);
    if (draft.value < 0 && !summed) {
      rejected.push({ line, ...(column !== undefined ? { column } : {}), reason: `'${draft.value}' is negative, and no sum of the file's records takes it; a count or an amount cannot be negative` });
      return;
    }
    if (summed) {
      // a figure of a file of records: added up with the others of its id once every row is read; a
      // part given as a range or with an equivalent adds its value, and the sum says approximately
      const inexact = draft.low !== undefined || draft.high !== undefined || draft.stated !== undefined;
      const qualifier: Qualifier = inexact ? 'approximately' : draft.qualifier;
      const sum = pending.get(id);
      if (sum === undefined) {
        pending.set(id, { draft, line, column, notes: figureNotes, total: draft.value, decimals: decimalsOf(draft.value), rows: 1, lines: [line], qualifier, inexact, ...(draft.value < 0 ? { negatives: 1 } : {}) });
        if (start !== undefined && periodStarts.size < PERIOD_STARTS_CAP) periodStarts.set(startKey, start);
      } else {
        sum.total += draft.value;
        if (draft.value < 0) sum.negatives = (sum.negatives ?? 0) + 1;
        sum.decimals = Math.max(sum.decimals, decimalsOf(Math.abs(draft.value)));
        // (a year of incidents covers the days of its first and last: a new object, a row's draft may be shared)
        if (incidentYears && draft.period !== undefined && sum.draft.period !== undefined && (draft.period.start < sum.draft.period.start || draft.period.end > sum.draft.period.end)) {
          sum.draft = { ...sum.draft, period: { start: minDate(sum.draft.period.start, draft.period.start)!, end: draft.period.end > sum.draft.period.end ? draft.period.end : sum.draft.period.end } };
        }
        sum.rows++;
        sum.inexact ||= inexact;
        // (rows of other sources: the sum is none of theirs alone)
        // (a set: a sum of many rows from many sources costs no search of a list per row)
        if (draft.source !== sum.draft.source) (sum.otherSources ??= new Set()).add(draft.source);
        if (sum.lines.length < LINES_NAMED) sum.lines.push(line);
        if (sum.qualifier !== qualifier) sum.qualifier = sumQualifier(sum.qualifier, qualifier);
      }
      return;
    }
    // the same figure from another source, in a file whose rows name their source (two publishers'
    // files joined, IDMC's and a scraper's copy of it): a figure of its own, its id naming its source,
    // never a repeat of the first source's, so that `compare` sees both
    // (an id the file gives, as humfig's export does, is the same figure only where what it counts is the same:
    // one id for two dates or places is a conflict of ids, rejected below)
    if (sourceOfId !== undefined) {
      const key = hash52(id);
      // (a breakdown value as an id writes it: "PRO-GBV" and "PRO_GBV" are one sector, as their ids say)
      const content = draft.id ? hash52(`${draft.indicator}\u0000${draft.place}\u0000${draft.breakdown ? Object.keys(draft.breakdown).sort().map((k) => `${k}=${kebabPart(draft.breakdown![k]!)}`).join('\u0001') : ''}\u0000${draft.asOf}\u0000${draft.unit}`) : 0;
      const firstSeen = sourceOfId.get(key);
      if (firstSeen === undefined) sourceOfId.set(key, { source: draft.source, content });
      else if (firstSeen.source !== draft.source && firstSeen.content === content) {
        const firstSource = firstSeen.source;
        // ("...-by-<source>": no id a file of humfig's export gives, which a bare "-<source>" might be)
        const ownId = figureId([id, 'by', draft.source], kebabPart);
        // (counted once a figure: a row that repeats the other source's figure is its repeat, said below)
        const ownKey = hash52(ownId);
        if (!otherSource.ids.has(ownKey)) {
          otherSource.ids.add(ownKey);
          if (otherSource.figures++ === 0) otherSource.example = `line ${line}: '${id}' of ${firstSource} and of ${draft.source}`;
        }
        addFigure({ ...draft, id: ownId }, line, column, figureNotes);
        return;
      }
    }
    const first = seenIds.firstOrAdd(id, line, draft.value);
    if (start !== undefined && first === undefined && periodStarts.size < PERIOD_STARTS_CAP) periodStarts.set(startKey, start);
    // a second record of one event, place and date with no record id in the file: a distinct
    // record (IDMC counts each), told apart by its line, never a repeat nor a "-2" id
    if (first !== undefined && eventRecords && draft.breakdown?.record === undefined && draft.breakdown?.event !== undefined) {
      const breakdown = orderedBreakdown({ ...draft.breakdown, record: `line ${line}` })!;
      addFigure({ ...draft, id: undefined, breakdown, label: `${draft.label.replace(/\)$/, '')}, record line ${line})` }, line, column, figureNotes);
      return;
    }
    if (first !== undefined) {
      // two rows for one figure: say what each gives, so that a conflict is never hidden as a repeat
      const reason =
        first.value === undefined
          ? `repeats the figure '${id}' of line ${first.line} (same indicator, place, breakdown and date), with the value ${draft.value}; the first is kept`
          : first.value === draft.value
            ? `repeats the figure '${id}' of line ${first.line} (same indicator, place, breakdown and date)`
            : `gives ${draft.value} for the figure '${id}', which line ${first.line} gives as ${first.value} (same indicator, place, breakdown and date): the first is kept; check which is right`;
      if (first.value !== undefined && first.value !== draft.value) {
        conflicts++;
        // (the rows, each counted once: a row of a wide file gives a value to each of its columns' figures)
        if (line !== lastConflictLine) {
          conflictRows++;
          lastConflictLine = line;
        }
        if (draft.indicator === 'population') populationConflicts++;
        else if (STOCK_INDICATOR.test(draft.indicator)) stockConflicts++;
        else if (PRICE_WORD.test(draft.label)) priceConflicts++;
        else if (isAdditiveUnit(draft.unit)) additiveConflicts++;
        if (conflictExamples.length < CONFLICTS_DESCRIBED && !conflictExamples.some((e) => e.startsWith(`${id} (`))) conflictExamples.push(`${id} (${first.value} kept; line ${line} gives ${draft.value})`);
      }
      const entry: ImportReport['rejected'][number] = { line, reason };
      if (column !== undefined) entry.column = column;
      rejected.push(entry);
      return;
    }
    let allNotes = draft.notes ?? '';
    for (const n of figureNotes) if (n) allNotes = allNotes ? `${allNotes} ${n}` : n;
    // (a figure kept as the first of rows that give it other values says so itself, not only the import's report)
    // (not on a record told apart by its line: the rows of its key are records of their own, none rejected)
    const conflictKept = conflictNote !== undefined && draft.breakdown?.record === undefined ? conflictNote : undefined;
    if (conflictKept !== undefined) allNotes = allNotes ? `${allNotes} ${conflictKept.note}` : conflictKept.note;
    // keys in the schema's order, so that the written document reads like a hand-made one;
    // assigned one by one (object spreads here cost a fifth of a large import)
    const figure = { id, label: conflictKept === undefined ? clip(draft.label, 300) : `${clip(draft.label, 300 - conflictKept.label.length)}${conflictKept.label}`, indicator: draft.indicator, value: draft.value, unit: draft.unit, qualifier: draft.qualifier } as Figure;
    if (draft.low !== undefined) figure.low = draft.low;
    if (draft.high !== undefined) figure.high = draft.high;
    figure.place = draft.place;
    figure.asOf = draft.asOf;
    figure.source = draft.source;
    figure.quote = clip(draft.quote, 1000);
    if (draft.stated) figure.stated = draft.stated;
    if (allNotes) figure.notes = clip(allNotes, 4000);
    if (draft.breakdown) figure.breakdown = draft.breakdown;
    if (draft.period) figure.period = draft.period;
    // checked as it is made, by the schema's fast checks; zod says why one is refused (the rules
    // that need the whole document hold by construction: known units, references, bounds, quotes)
    if (!isValidFigure(figure)) {
      const issue = figureSchema.safeParse(figure).error?.issues[0];
      const entry: ImportReport['rejected'][number] = {
        line,
        reason: `the figure breaks a facts rule at ${issue?.path.join('.') || 'the figure'}: ${issue?.message ?? 'refused by the schema'}`,
      };
      if (column !== undefined) entry.column = column;
      rejected.push(entry);
      return;
    }
    usedSources.add(figure.source);
    usedPlaces.add(figure.place);
    // the first day the figure's asOf names (YYYY, YYYY-MM or a day, padded to a day): a source is published no
    // earlier (as `check` holds it: a figure of the period 2015 to 2022, as of 2022-12-31, needs a source of 2022-12-31 or later)
    // (a year of incidents: its last incident's day, no earlier than which its source can have told of it)
    // (a period still running today, an appeal's amount funded so far dated by the appeal's planned end, says only that the
    // source is no older than the period's start: IFRC's Syria earthquake appeal of 2023-02-06 to 2025-02-28, in a file of 2023-02-28)
    const begins = incidentYears && figure.period !== undefined ? figure.period.end : figure.period !== undefined && figure.period.end > options.today ? figure.period.start : `${figure.asOf}-01-01`.slice(0, 10);
    if (begins > (latestStart.get(figure.source) ?? '')) latestStart.set(figure.source, begins);
    if (options.published !== undefined && begins > options.published && begins < (firstAfterPublished.get(figure.source) ?? '\uffff')) firstAfterPublished.set(figure.source, begins);
    // (a year of incidents holds to its last incident's day, not to the year's last: the dataset is no newer than that)
    if (incidentYears && figure.period !== undefined) {
      if (figure.period.end > updated) updated = figure.period.end;
    } else if (figure.asOf !== lastAsOf) {
      lastAsOf = figure.asOf;
      const end = lastDayOf(lastAsOf);
      if (end > updated) updated = end;
    }
    figureCount++;
    if (figure.breakdown === undefined) totalCount++;
    // (pledges counted as written, not as rejected)
    if (pledgeColumn !== undefined && figure.indicator.startsWith('funding-pledged')) pledges++;
    onFigure(figure);
  };
  const usedSources = new Set<string>();
  /** per source, the latest first day of its figures: the publication date of a source without one */
  const latestStart = new Map<string, string>();
  /** per source, the earliest first day of its figures that is after --published: the first figure check would fail */
  const firstAfterPublished = new Map<string, string>();
  const usedPlaces = new Set<string>();
  const formerCurrencies = new Map<FormerCurrency, number>();
  /** amounts in the row's currency that a column of that fixed currency gives again (WFP's national average in USD): one figure, that column's */
  const sameInFixed = { count: 0, example: '' };
  let updated = '';
  let lastAsOf = '';
  let figureCount = 0;
  let totalCount = 0;
  // each part of an id made kebab-case once: a file repeats its indicators, places, breakdowns and dates
  const kebabParts = new Map<string, string>();
  const kebabPart = (part: string): string => {
    let k = kebabParts.get(part);
    if (k === undefined) {
      k = kebab(part, 100_000);
      if (kebabParts.size < CACHE_LIMIT) kebabParts.set(part, k);
    }
    return k;
  };

  // what each indicator column says of its figures, worked out once, not once a row
  const indicatorNames = new Map<number, string>();
  // (the columns by index, and the units each indicator's columns of numbers have: looked up, not
  // searched for, so that a file of 20,000 figure columns takes 20,000 steps here, not 20,000 x 20,000)
  const indicatorColumns = new Map(layout.indicators.map((col) => [col.index, col]));
  const unitsOfIndicator = new Map<string | null, Set<string | null>>();
  for (const o of layout.indicators) {
    if (textColumns.has(o.index)) continue;
    const units = unitsOfIndicator.get(o.meaning.indicator) ?? new Set<string | null>();
    units.add(o.meaning.unit);
    unitsOfIndicator.set(o.meaning.indicator, units);
  }
  const indicatorOf = (index: number): string => {
    let name = indicatorNames.get(index);
    if (name === undefined) {
      const col = indicatorColumns.get(index)!;
      name = kebab(col.meaning.indicator ?? table.labels[index] ?? '') || 'indicator';
      // a price in the local currency (#value with #currency) and again in USD (#value+usd): two indicators, not a repeat
      // (a column that is not used is no twin: FTS's originalAmount in no stated currency beside amountUSD)
      const units = unitsOfIndicator.get(col.meaning.indicator);
      const twin = units !== undefined && (units.size > 1 || !units.has(col.meaning.unit));
      if (twin && col.meaning.unit !== null && col.meaning.unit !== 'person') name = `${name}-${col.meaning.unit.toLowerCase()}`;
      indicatorNames.set(index, name);
    }
    return name;
  };
  // the indicator and label of a row that names its indicator, by that indicator and column, made once
  const rowIndicatorOf = byRowAndColumn((key, index) => `${key}-${indicatorOf(index)}`);
  const rowLabelOf = byRowAndColumn((name, index) => `${clip(name, 200)}: ${table.labels[index] || formatHashtag(table.tags[index]!)}`);
  // how many columns carry each hashtag: a figure's quote begins with its column's hashtag, so
  // where no other column carries it, the quote already says the column and the note need not
  const hashtagColumns = new Map<string, number>();
  for (const t of table.tags) if (t) hashtagColumns.set(formatHashtag(t), (hashtagColumns.get(formatHashtag(t)) ?? 0) + 1);
  const whereNames = new Map<number, string>();
  /** Where in a row a figure column is, for its note: nothing where its quote's hashtag says it (see above). */
  const whereOf = (index: number): string => {
    let where = whereNames.get(index);
    if (where === undefined) {
      const hashtag = formatHashtag(table.tags[index]!);
      where = hashtagColumns.get(hashtag) === 1 ? '' : `, ${table.labels[index] ? `column '${table.labels[index]}'` : `column ${index + 1}`} (${hashtag})`;
      whereNames.set(index, where);
    }
    return where;
  };

  // a label is made once for each column name and breakdown: the same string for every figure
  // that has it, which the writer then finds at once among those it has written
  const labels = new Map<string, Map<string, string>>();
  function labelOf(base: string, by: string): string {
    let ofBase = labels.get(base);
    if (ofBase === undefined) labels.set(base, (ofBase = new Map()));
    let label = ofBase.get(by);
    if (label === undefined) {
      label = `${base} (${by})`;
      if (ofBase.size < CACHE_LIMIT) ofBase.set(by, label);
    }
    return label;
  }

  // at most one figure a number the pre-pass counted (a row, in a long file): the set of ids is
  // sized for that at once
  let valueCells = 0;
  for (const [index, scan] of scans) if (!textColumns.has(index)) valueCells += scan.numbers;
  const seenIds = new SeenIds(undefined, layout.shape === 'long' ? rowCount : valueCells);
  /** hash52 of a figure id -> the start of its first figure's period (see addFigure) */
  const periodStarts = new Map<number, string>();
  // (only where the file's own columns give periods: --as-of's year gives every figure one period)
  const filePeriods = layout.period.start !== undefined || layout.period.year !== undefined || layout.indicators.some((col) => col.period?.start !== undefined);
  /** figures of rows that share their key with others, in a file of records: their sums, by id */
  const pending = new Map<string, PendingSum>();
  const pendingCap = options.pendingCap ?? PENDING_CAP;
  /** in a file of records, every figure of a count or an amount waits in `pending` (up to PENDING_CAP), to be added to the others of its id */
  let deferring = summing;
  // (a file read as records because many rows repeat, not because it was asked or has record ids:
  // people counted at a date are still never added up, as its repeats are more often levels or
  // series that no column tells apart (a country's row and its areas' rows) than records)
  // (nor in a list of incidents, #date+occurred: the people each displaced are a flow, and a year's count adds them up)
  const stocksApart = summing && options.repeats !== 'sum' && !byRecordIds && !incidentYears;
  let conflicts = 0;
  /** the source of each figure id first given, where rows name their source (a key hashed, as seen-ids' are) */
  const sourceOfId = layout.context.source !== undefined ? new Map<number, { source: string; content: number }>() : undefined;
  /** figures that another source gives again, each kept under an id of its own */
  const otherSource = { figures: 0, example: '', ids: new Set<number>() };
  let additiveConflicts = 0;
  // (of prices, never added up: several goods or markets at one place and date)
  let priceConflicts = 0;
  /** the rows that gave such values (conflicts counts values), and the last one counted */
  let conflictRows = 0;
  let lastConflictLine = 0;
  // (of people counted at a date: displaced, refugees, in need; never records to add up)
  let stockConflicts = 0;
  /** the first conflicts, for the facts file's description: the figure kept and the value a later row gives */
  const conflictExamples: string[] = [];
  /** conflicts in a place's population: a place given twice (a repeated p-code), never records to add up */
  let populationConflicts = 0;
  /** rows that copy an earlier row cell for cell, in a file of records (a hash of each row read, up to COPIED_ROWS_CAP) */
  const copiedRows = { seen: new Set<number>(), count: 0, example: 0 };
  const width = table.tags.length;
  let done = 0;
  merged?.restart();
  table.eachRow((row) => {
    if (++done % 10_000 === 0) progress?.(rowCount + done, 2 * rowCount);
    if (twins.length > 0) publishedValues(row, false);
    merged?.fill(row);
    // a cell beyond the last column is data without a column: the row is misaligned
    if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim() !== '')) {
      rejected.push({ line: row.line, reason: `the row has ${row.cells.length} cells but the table has ${width} columns (an unquoted comma?)` });
      return;
    }
    const rowError = cellText(row, layout.context.rowError);
    if (rowError !== '') {
      rejected.push({ line: row.line, reason: `the file marks the row as an error: ${clip(rowError.replace(/\s+/g, ' '), 120)}` });
      return;
    }
    if (otherProviderAreas?.isOtherArea(row) === true) {
      rejected.push({ line: row.line, reason: otherProviderAreas.reason(row) });
      return;
    }
    const rowWarning = cellText(row, layout.context.rowWarning);
    if (rowWarning !== '') rowWarnings.add(clip(rowWarning.replace(/\s+/g, ' '), 80), row.line);
    // (in a file of records, a row of six filled cells or more that copies an earlier one cell for cell is the same
    // record given twice, an append of a file to itself or two joined exports, never a second record to add: not added
    // again; a short row, a place and a count, may be a second event of one place and day, and is added)
    if (deferring && copiedRows.seen.size < COPIED_ROWS_CAP && filledCells(row) >= COPY_MIN_CELLS) {
      const key = hash52(row.cells.join('\u0001'));
      if (copiedRows.seen.has(key)) {
        if (copiedRows.count++ === 0) copiedRows.example = row.line;
        return;
      }
      copiedRows.seen.add(key);
    }
    if (layout.shape === 'long') importLongRow(row);
    else importWideRow(row);
  });
  deferring = false;
  if (copiedRows.count > 0) {
    notes.push(`${copiedRows.count} row${copiedRows.count === 1 ? ' copies' : 's copy'} an earlier row cell for cell (the first on line ${copiedRows.example}): the same record given twice, not added again`);
  }
  copiedRows.seen.clear();
  const mergedNote = merged?.note();
  if (mergedNote !== undefined) notes.push(mergedNote);
  // the sums of the records, each with the lines it adds up
  // (the parts are cells: a row of a wide file gives a part to each of its columns' figures, so
  // 50 rows of 13 columns are 650 parts; they are rows only in a long file or one of one column)
  let summed = 0;
  let summedParts = 0;
  for (const [id, p] of pending) {
    // (negative adjustments that leave a sum below 0, or stand alone: no figure)
    if (p.total < 0) {
      rejected.push({ line: p.line, ...(p.column !== undefined ? { column: p.column } : {}), reason: `the ${p.rows === 1 ? 'row gives' : `${p.rows} rows of '${id}' add up to`} ${Number(p.total.toFixed(p.decimals))}: a negative adjustment with nothing to net it against; a count or an amount cannot be negative` });
      continue;
    }
    if (p.rows === 1) {
      addFigure({ ...p.draft, id }, p.line, p.column, p.notes);
      continue;
    }
    // (a sum has no bounds and no equivalent of its own: those of its parts are dropped, and said)
    const { low: _low, high: _high, stated: _stated, ...whole } = p.draft;
    // (a sum of money to its currency's minor unit at most: a part written "13031974.120000001" leaves no float noise in the sum)
    const value = Number(p.total.toFixed(isCurrencyCode(p.draft.unit) ? Math.min(p.decimals, currencyDecimals(p.draft.unit)) : p.decimals));
    const more = p.rows - p.lines.length;
    const lines = `line${p.lines.length === 1 ? '' : 's'} ${p.lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    const hashtag = p.draft.quote.slice(0, Math.max(0, p.draft.quote.indexOf(': '))) || 'value';
    // rows that name different sources ("Morning Star News" 2 deaths, "The Nation" 6): the sum is the file's, and its note names them
    const mixed = p.otherSources !== undefined && p.otherSources.size > 0;
    const named = mixed ? [p.draft.source, ...[...p.otherSources!].slice(0, SOURCES_NAMED - 1)].map((sid) => sources.get(sid)?.name ?? sid) : [];
    const sourcesNote = mixed
      ? ` Its rows name ${p.otherSources!.size + 1} sources (${named.join('; ')}${p.otherSources!.size + 1 > SOURCES_NAMED ? '; ...' : ''}): the sum is cited to the file, not to one of them.`
      : '';
    addFigure(
      {
        ...whole,
        ...(mixed ? { source: fileSourceId } : {}),
        id,
        value,
        qualifier: p.qualifier,
        label: clip(`${p.draft.label} (sum of ${p.rows} rows)`, 300),
        quote: `${hashtag}: the sum of ${p.rows} rows [${value}]`,
      },
      p.line,
      p.column,
      [`The sum of ${p.rows} rows that give this indicator, place, breakdown and date (${lines}): the file lists records, each a part of this figure.${p.inexact ? ' Some parts gave a range or an equivalent: their values are added, the bounds and equivalents dropped.' : ''}${p.negatives ? ` ${p.negatives} of them ${p.negatives === 1 ? 'is a negative adjustment' : 'are negative adjustments'}, netted into the sum.` : ''}${sourcesNote}`],
    );
    summed++;
    summedParts += p.rows;
  }
  pending.clear();
  progress?.(2 * rowCount, 2 * rowCount);

  /** Leaves out the sex and age columns of a row that are all 0 beside their indicator's total above 0 (the row gives no split). */
  function dropUnsplitZeros(values: Array<{ col: Layout['indicators'][number]; value: number }>, line: number): void {
    // (the group's state for this row, in arrays made once: a total above 0; a part not 0; how many parts)
    const { groupOf, part, total, nonZero, parts } = splitGroups;
    total.fill(0);
    nonZero.fill(0);
    parts.fill(0);
    for (const v of values) {
      const g = groupOf[v.col.index]!;
      if (g < 0) continue;
      if (part[v.col.index] === 1) {
        parts[g]!++;
        if (v.value !== 0) nonZero[g] = 1;
      } else if (v.value > 0) total[g] = 1;
    }
    // (kept values moved down in one pass: a splice per dropped cell would grow with the square of a row's columns)
    let kept = 0;
    for (let k = 0; k < values.length; k++) {
      const c = values[k]!.col.index;
      const g = groupOf[c]!;
      if (g >= 0 && part[c] === 1 && total[g] === 1 && nonZero[g] === 0 && parts[g]! >= 2) continue;
      values[kept++] = values[k]!;
    }
    const dropped = values.length - kept;
    values.length = kept;
    if (dropped > 0 && unsplitZeros.cells === 0) unsplitZeros.example = line;
    unsplitZeros.cells += dropped;
  }

  function importWideRow(row: CsvRecord): void {
    // a project listed once per area (project-repeats.ts): its figures are read at its first row only
    const project = projects?.groupOf(row);
    if (project !== undefined && project.firstLine !== row.line) return;
    // one small object per cell, written out: an object spread here cost a third of the import
    const values: Array<{ col: Layout['indicators'][number]; cell: string; value: number; qualifier: Qualifier; percent: boolean }> = [];
    let marked = 0;
    const rejectedBefore = rejected.length;
    for (const col of layout.indicators) {
      if (textColumns.has(col.index)) continue;
      const cell = cellText(row, col.index);
      const parsed = parseFigureValue(cell, dotColumns.get(col.index));
      if (parsed.kind === 'skip') {
        if (cell.trim() !== '') marked++;
        continue;
      }
      if (parsed.kind === 'error') {
        // (a negative amount of money in a file of records added up: an adjustment, netted into its sum, as HPC's project
        // requirements net a project's revision; alone, or a sum below 0, it is rejected when the sums are made)
        const net = deferring && NEGATIVE.test(cell) && (col.meaning.unit === null || (col.meaning.unit !== undefined && isCurrencyCode(col.meaning.unit))) ? parseFigureValue(cell.trim().replace(NEGATIVE, ''), dotColumns.get(col.index)) : undefined;
        if (net !== undefined && net.kind === 'value' && !net.percent && net.value > 0) {
          values.push({ col, cell, value: -net.value, qualifier: net.qualifier, percent: false });
          continue;
        }
        rejected.push({ line: row.line, column: columnName(col.index), reason: parsed.reason });
        continue;
      }
      // ("$1,139,900,000" in a column of USD: the sign agrees; in a column of people or of euros it does not)
      if (parsed.sign !== undefined && col.meaning.unit !== null && !signNames(parsed.sign, col.meaning.unit)) {
        rejected.push({ line: row.line, column: columnName(col.index), reason: `'${clip(cell.trim(), 40)}' is written in ${parsed.sign === '$' ? 'dollars' : parsed.sign}, but the column's hashtag says ${col.meaning.unit ?? 'another unit'}; not imported` });
        continue;
      }
      // (and where the row's #currency cell gives the currency: "$1.20" on a row in SYP is no Syrian pound)
      if (parsed.sign !== undefined && col.meaning.unit === null && cellText(row, layout.context.currency).trim() !== '' && !signNames(parsed.sign, cellText(row, layout.context.currency).trim().toUpperCase())) {
        rejected.push({ line: row.line, column: columnName(col.index), reason: `'${clip(cell.trim(), 40)}' is written in ${parsed.sign === '$' ? 'dollars' : parsed.sign}, but the row's currency is '${clip(cellText(row, layout.context.currency), 12)}'; not imported` });
        continue;
      }
      // a requirement of 0 for an appeal that received money (FTS's old appeals: 0 required, USD 2 M
      // received) is no requirement recorded, not an appeal that asked for nothing
      if (fundingPair !== undefined && col.index === fundingPair.required && parsed.value === 0) {
        const received = parseFigureValue(cellText(row, fundingPair.received));
        if (received.kind === 'value' && received.value > 0) {
          rejected.push({ line: row.line, column: columnName(col.index), reason: `a requirement of 0 beside ${clip(cellText(row, fundingPair.received), 40)} received (column ${JSON.stringify(columnName(fundingPair.received))}) is no requirement recorded, not an appeal that asked for nothing; not imported` });
          continue;
        }
        // (nor with nothing received: FTS writes 0 for a plan another replaced, Ukraine's HRP 2022 beside its Flash Appeal)
        rejected.push({ line: row.line, column: columnName(col.index), reason: `a requirement of 0 with nothing received is no requirement recorded (a plan that another replaced, or none made), not an appeal that asked for nothing; not imported` });
        continue;
      }
      // a share of 0 beside its count written as no data (the Sahel's HNO of 2017: Burkina Faso's MAM targeted `_`, % targeted
      // 0): a spreadsheet's formula over a missing count, no share the source gives
      const shareCount = parsed.value === 0 ? shareCountOf.get(col.index) : undefined;
      if (shareCount !== undefined && cellText(row, shareCount).trim() !== '' && parseFigureValue(cellText(row, shareCount)).kind === 'skip') {
        rejected.push({ line: row.line, column: columnName(col.index), reason: `a share of 0 beside its count written as no data ('${clip(cellText(row, shareCount).trim(), 12)}' in column ${JSON.stringify(columnName(shareCount))}): a formula over a missing count, no share the file gives; not imported` });
        continue;
      }
      // a coverage against no requirement (FTS's old appeals: 0 required, USD 2 M received, 0 %) is no share at all
      const cov = coverageOf.get(col.index);
      if (cov !== undefined && sameCount(cellText(row, cov.required), 0)) {
        rejected.push({ line: row.line, column: columnName(col.index), reason: `a coverage of '${clip(cell, 40)}' against a requirement of 0 (column ${JSON.stringify(columnName(cov.required))}) is no share: a coverage needs a requirement; not imported` });
        continue;
      }
      const scale = headerScales.get(col.index);
      const value = fractionColumns.has(col.index) && asFraction(col.index, row, parsed.value, parsed.percent) ? fractionToPercent(parsed.value) : scale !== undefined ? scaledBy(parsed.value, scale) : parsed.value;
      const worded = parsed.qualifier === 'exact' && qualifierColumn !== -1 ? qualifierWord(cellText(row, qualifierColumn)) : undefined;
      values.push({ col, cell, value, qualifier: worded ?? parsed.qualifier, percent: parsed.percent });
    }
    noData.cells += marked;
    // (UNHCR's demographics: a total of 1,200,000 IDPs and every column of a sex or an age 0 on its row: no split, not
    // no women and no children; those zeros are left out, as HAPI's are by rows, zero-parts.ts)
    if (splitGroups.count > 0 && values.length > 2) dropUnsplitZeros(values, row.line);
    // (a place whose population is 0 in every cell, HAPI's DR Congo territories Bunia and Kolwezi: no count of its
    // people, whom the province's total counts elsewhere; read as figures, "population: 0 people, Bunia" a headline)
    // (a place's population, split at most by sex and age: not a group's, HAPI's returnees of a year, where 0 may be so)
    if (values.length > 0 && values.every((v) => v.value === 0 && !v.percent && v.col.tag.tag === '#population' && !v.col.tag.attributes.some((a) => PROJECT_ATTRIBUTES.has(a))) && placePopulationRow(row)) {
      if (zeroPopulations.rows++ === 0) zeroPopulations.example = row.line;
      return;
    }
    if (values.length === 0) {
      // a row whose every figure cell says "no data" ('-', 'n/a'): a place the file names and gives nothing for, said in the report
      if (marked > 0) {
        noData.rows++;
        if (noData.examples.length < 3) {
          // (named by its first cell that says something: a place, a sector)
          const named = row.cells.find((c) => !isNoData(c));
          noData.examples.push(named === undefined ? `line ${row.line}` : `line ${row.line} '${clip(named.trim(), 30)}'`);
        }
      } else if (rejected.length === rejectedBefore && emptyRows.rows++ === 0) {
        // a row whose every figure cell is empty (ACLED's event with no fatalities written): no figure, counted in the report
        emptyRows.example = row.line;
      }
      return;
    }
    let when = yearOfIncidents(whenOf(row));
    // a row whose figures all have periods of their own needs no date of its own (IPC's update of
    // a projection: its current period and figures blank); each figure is dated by its period below
    if (!when.ok && values.every((v) => v.col.period !== undefined || (v.col.year !== undefined && dateColumn === undefined))) when = { ok: true, date: '' };
    const place = project === undefined ? placeOf(row) : projectPlaceOf(row, project);
    if (!when.ok || !place.ok) {
      const problem = !when.ok ? when : (place as { reason: string });
      const entry: ImportReport['rejected'][number] = { line: row.line, reason: `${problem.reason}; ${values.length} figure${values.length === 1 ? '' : 's'} not imported` };
      if (!when.ok && when.column) entry.column = when.column;
      rejected.push(entry);
      return;
    }
    // a row that names its indicator (a situation report's CV-03-04): the figures are of that indicator
    let rowKey: string | undefined;
    let rowName: string | undefined;
    if (layout.rowIndicator) {
      rowName = cellText(row, layout.rowIndicator.name);
      rowKey = kebab(clip(cellText(row, layout.rowIndicator.code) || rowName, 60));
      if (rowKey === '') {
        rejected.push({ line: row.line, reason: `no indicator in the row's ${layout.rowIndicator.code !== undefined ? '#indicator+code' : '#indicator+name'} column, which names the figures of each row; ${values.length} figure${values.length === 1 ? '' : 's'} not imported` });
        return;
      }
    }
    const source = sourceOf(row);
    rowPlaceLevel = adminOrigins ? (book.levelOf(place.id) ?? 4) : 0;
    const warned = layout.context.rowWarning === undefined ? '' : cellText(row, layout.context.rowWarning);
    const rowWarningNote = warned === '' ? undefined : `The file warns of its row: ${clip(warned.replace(/\s+/g, ' '), 200)}.`;
    const byRow = rowBreakdown(row);
    // an IPC analysis of a country that covered a part of it (Afghanistan's of January 2018: 3,926,777 of 31,575,018
    // people, four provinces): its figures are that part's, never the country's (history read coverage as +897 %, -83 %)
    if (layout.ipc && layout.ipcCountryPopulation !== undefined && !ipcPopulationVaries && book.levelOf(place.id) === 0) {
      // (in a long table, a row a phase: the people analysed are on the row of all phases only, whose verdict the
      // analysis's other rows, its phases, share; a phase's own count is no analysis of its own)
      const analysisKey = `${place.id}\u0000${when.date}\u0000${when.period?.start ?? ''}`;
      if (byRow.severity === undefined) {
        const country = parseFigureValue(cellText(row, layout.ipcCountryPopulation));
        let analysed = 0;
        for (const v of values) if (allPhasesColumn(v.col.tag) && !v.percent && v.value > analysed) analysed = v.value;
        const partial = country.kind === 'value' && country.value > 0 && analysed > 0 && analysed < country.value * IPC_PARTIAL_SHARE;
        if (partialOf.size < PERIOD_STARTS_CAP) partialOf.set(analysisKey, partial);
        if (partial) {
          byRow.coverage = 'part of the country';
          if (partialAnalyses.rows++ === 0) partialAnalyses.example = `line ${row.line}: ${analysed.toLocaleString('en-US')} of ${(country as { value: number }).value.toLocaleString('en-US')} people analysed`;
        }
      } else if (partialOf.get(analysisKey) === true) byRow.coverage = 'part of the country';
    }
    // (each of several records of one event, place and date is told apart by its line, the first too)
    if (repeatedEvents !== undefined && byRow.event !== undefined && byRow.record === undefined && repeatedEvents.isRepeated(row)) byRow.record = `line ${row.line}`;
    // an appeal whose code and name do not name the row's country ("CXWAF07", "West Africa 2007" on
    // Cape Verde's rows): an appeal of several countries, whose requirement and funding may be the
    // whole appeal's (not "Not specified": funding outside any appeal)
    if (appealColumn !== undefined && byRow.appeal !== undefined && place.ok && /^[A-Z]{3}$/.test(place.id) && !/^not\s+specified$/i.test(byRow.appeal)) {
      const name = cellText(row, appealColumn.fallback);
      const country = countryByIso3(place.id);
      let named = country === undefined ? undefined : countryNameIn.get(country.iso3);
      if (country !== undefined && named === undefined) {
        // (the whole name, not "Sudan" of "South Sudan"), made once per country
        named = new RegExp(`(?<!(?:South|North|New|Equatorial|Democratic\\s+Republic\\s+of\\s+the)\\s)(?<![\\p{L}])${country.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
        countryNameIn.set(country.iso3, named);
      }
      const namesCountry = named !== undefined && !SEVERAL_COUNTRIES_APPEAL.test(name) && named.test(name);
      // (the IFRC's codes hold the country's ISO2 code after their prefix: MDRBI019 is Burundi's, MGR65002 a region's)
      const ifrcOwn = country !== undefined && new RegExp(`^(?:MDR|MGR|MAA)${country.iso2}\\d`, 'i').test(byRow.appeal);
      if (!byRow.appeal.toUpperCase().includes(place.id) && !namesCountry && !ifrcOwn) {
        byRow['appeal-scope'] = 'several countries';
        if (regionalAppeals.size < 8 && !regionalAppeals.has(byRow.appeal)) regionalAppeals.set(byRow.appeal, `${clip(byRow.appeal, 20)}${name ? ` '${clip(name, 40)}'` : ''} on ${place.id}'s rows`);
        regionalRows++;
      }
    }
    // a category that counts households: the row's columns of people count households (read once a row)
    const householdRow = byRow.category !== undefined && HOUSEHOLD_CATEGORY.test(byRow.category) && !CATEGORY_OF_PEOPLE.test(byRow.category);
    // the row's breakdown and its words, made once for the figures of columns that add none
    const rowOrdered = orderedBreakdown(byRow);
    const rowBy = describeBreakdown(rowOrdered);
    let fixedAmounts: Set<string> | undefined;
    for (const v of values) {
      const { index, tag, meaning } = v.col;
      // a part's 0 beside a total whose every part is 0: no split, not a figure (zero-parts.ts)
      if (zeroParts !== undefined && zeroParts.isPlaceholder(row, index, v.value)) continue;
      const column = columnName(index);
      let unit = meaning.unit;
      const unitText = unit === null ? cellText(row, layout.rowUnit) : '';
      if (unitText !== '') {
        // the row's #indicator+unit says what the amount counts (people, percent, a currency)
        const u = canonicalUnit(unitText);
        if (u === undefined || (/^[A-Z]{3}$/.test(u) && !isCurrencyCode(u))) {
          rejected.push({ line: row.line, column: columnName(layout.rowUnit!), reason: `unknown unit '${clip(unitText, 40)}' for the ${column} column; write one humfig knows (people, households, percent, an ISO 4217 currency code such as USD)` });
          continue;
        }
        unit = u;
      } else if (unit === null) {
        const currency = cellText(row, layout.context.currency).toUpperCase();
        if (!/^[A-Z]{3}$/.test(currency) || !isCurrencyCode(currency)) {
          // a withdrawn currency (WFP's BYR): which currency the amounts are really in is not
          // said (WFP writes new roubles under BYR), so they are not imported, and that is said once
          const former = formerCurrency(currency);
          if (former) formerCurrencies.set(former, (formerCurrencies.get(former) ?? 0) + 1);
          rejected.push({ line: row.line, column, reason: former ? `${describeFormerCurrency(former)}: not imported` : currency ? `'${currency}' is not an ISO 4217 currency code` : 'no currency: add one to the hashtag (+usd) or a #currency column' });
          continue;
        }
        unit = currency;
        // (the same amount under a column of this currency, "#value+usd" beside "#value" in USD: that column's figure only)
        // (the row's amounts in fixed currencies, gathered once a row: a search of the row for each of its amounts would be its width squared)
        fixedAmounts ??= new Set(values.filter((w) => w.col.meaning.unit !== null).map((w) => `${w.col.tag.tag}\n${w.col.meaning.unit}\n${w.value}`));
        if (fixedAmounts.has(`${tag.tag}\n${currency}\n${v.value}`)) {
          if (sameInFixed.count++ === 0) sameInFixed.example = `line ${row.line}: ${clip(v.cell, 40)} ${currency}`;
          continue;
        }
      }
      // a row whose category counts households ("Total Households", "Female-Headed Households" in
      // an HNO's caseload): its column of people counts households there
      if (unit === 'person' && householdRow) unit = 'household';
      if (v.percent && unit !== 'percent') {
        rejected.push({ line: row.line, column, reason: `'${v.cell}' is a percentage, but the column counts ${unit === 'person' ? 'people' : unit}` });
        continue;
      }
      // a #population column whose row names a status (INN, TGT ...) counts that status's people
      // (and one whose row names a UNHCR population type, REF, RET, RDP ..., counts those people: HAPI's refugees and returnees)
      const status = byRow['population-status'];
      const group = byRow['population-group'];
      const byStatus = status !== undefined && meaning.indicator === 'population' ? statusIndicator(status) : undefined;
      // (an #affected count too where the group is the row's population type, #indicator+population_type:
      // UNHCR's demographics give refugees, IDPs and asylum-seekers so; an HNO's #affected IDPs stay people affected)
      const byGroup = byStatus === undefined && group !== undefined && (meaning.indicator === 'population' || (meaning.indicator === 'people-affected' && groupIsPopulationType)) ? groupIndicator(group) : undefined;
      let indicator = byStatus ?? byGroup ?? (rowKey === undefined ? indicatorOf(index) : rowIndicatorOf(rowKey, index));
      // FTS flows: a pledge is not yet funding (FTS counts commitments and paid contributions); its own indicator
      if (pledgeColumn !== undefined && indicator.startsWith('funding-received') && /^pledged?$/i.test(cellText(row, pledgeColumn))) {
        indicator = `funding-pledged${indicator.slice('funding-received'.length)}`;
      }
      const direction = directionColumn !== undefined && indicator.startsWith('funding-') ? cellText(row, directionColumn).toLowerCase() : '';
      if (direction === 'internal' || direction === 'outgoing') {
        indicator = `funding-${direction}${indicator.slice(indicator.startsWith('funding-pledged') ? 'funding-pledged'.length : 'funding-received'.length)}`;
        directions.set(direction, (directions.get(direction) ?? 0) + 1);
      }
      if (statusColumn !== undefined && indicator.startsWith('people-reached') && PLANNED_STATUS.test(cellText(row, statusColumn))) {
        if (planned.rows++ === 0) planned.example = `'${clip(cellText(row, statusColumn), 40)}' on line ${row.line}`;
        rejected.push({ line: row.line, column, reason: `the row's activity is not under way ('${clip(cellText(row, statusColumn), 40)}' in column ${JSON.stringify(columnName(statusColumn))}): it has reached no one yet; not imported` });
        continue;
      }
      const own = v.col.breakdown;
      let ownKeys = false;
      for (const _ in own) ownKeys = true;
      // the row's breakdown as it is, made once a row, unless the column, the status or an earlier analysis changes it
      const earlier = analyses?.earlierThanLatest(row, v.col);
      const shared = !ownKeys && byStatus === undefined && byGroup === undefined && earlier === undefined;
      const merged = shared ? undefined : mergeBreakdowns(byRow, own, byStatus !== undefined ? 'population-status' : byGroup !== undefined ? 'population-group' : undefined);
      if (merged && earlier !== undefined) merged.analysis = earlier;
      const breakdown = shared ? rowOrdered : orderedBreakdown(merged!);
      if (layout.ipc && tag.tag === '#affected' && (allPhasesColumn(tag) || own.severity !== undefined)) {
        if (breakdown?.severity === undefined) {
          // IPC: the people of all phases are the population analysed, not people affected (a
          // country's whole population, often); their share is 100 % by definition, not a figure
          if (unit === 'percent') continue;
          indicator = 'population-analysed';
          // an area "analysed" with the country's whole population (Cadre Harmonisé rows of areas not
          // analysed that period): a placeholder, never an area's headline
          if (layout.ipcCountryPopulation !== undefined && !ipcPopulationVaries && book.levelOf(place.id) !== 0 && sameCount(cellText(row, layout.ipcCountryPopulation), v.value)) {
            rejected.push({
              line: row.line,
              column,
              reason: `the population analysed of an area equals the whole country's population on its row (${clip(v.cell, 40)}, column ${JSON.stringify(columnName(layout.ipcCountryPopulation))}): an area not analysed, or the country's figure, not the area's; not imported`,
            });
            continue;
          }
        } else {
          // and the people of a phase are people in that IPC phase (phase 1 is "none or minimal":
          // no one affected), their count and their share of the population analysed named alike
          indicator = unit === 'percent' ? 'share-in-ipc-phase' : 'people-in-ipc-phase';
        }
      } else if (tag.tag === '#affected' && own.severity !== undefined && (tag.attributes.includes('ipc') || tag.attributes.includes('ch'))) {
        // a key-figures sheet's one IPC column ("Food Insecurity", #affected+food+ipc+p3plus beside "Total Affected"):
        // the people of phases from an IPC analysis of its own, not a part of the sheet's people affected (4,354,545
        // in phase 3+ beside 4,200,000 affected by the drought)
        indicator = unit === 'percent' ? 'share-in-ipc-phase' : 'people-in-ipc-phase';
      }
      // refugees who returned are where they returned to, their country of origin: UNHCR's solutions table
      // gives them on the row of the country of asylum they left (not HAPI's, whose asylum is the origin)
      let figurePlace = place.id;
      let figureBreakdown = breakdown;
      // (only a column of refugees who returned, on rows of a country of asylum: a DTM file's #affected+returnees by origin are where they are)
      const solutionsReturns = asylumRows && tag.tag === '#affected' && tag.attributes.includes('refugees') && tag.attributes.includes('returnees');
      if (solutionsReturns && breakdown?.origin !== undefined && book.levelOf(place.id) === 0) {
        // (an origin that is no country, UNHCR's UKN, "unknown": they left the row's country for a
        // country the file does not know, so they are in no place humfig can name, and not in the one they left)
        if (findCountry(breakdown.origin) === undefined) {
          rejected.push({
            line: row.line,
            column,
            reason: `refugees who returned from ${place.id} to the origin ${JSON.stringify(clip(breakdown.origin, 20))}, which is no ISO 3166 country: the country they returned to is unknown, and they are no longer in ${place.id}; not imported`,
          });
          continue;
        }
        const home = book.placeOf([{ level: 0, code: breakdown.origin, name: '' }]);
        if (home.ok && home.id !== place.id && book.levelOf(home.id) === 0) {
          figureBreakdown = breakdownWithout(breakdown, 'origin', ['returned-from', place.id]);
          figurePlace = home.id;
          if (returnedHome.rows++ === 0) returnedHome.example = `line ${row.line}: ${clip(v.cell, 20)} from ${place.id} to ${home.id}`;
        }
      }
      // an origin that is the figure's own country (UNHCR's IDPs, of AFG in AFG; HAPI's returnees home) is
      // no part of its people: the figure is the country's whole
      // (only for people displaced or returned within it: refugees of AFG in AFG, a placeholder 0, stay a part)
      // (nor for refugees who returned from a country to itself in UNHCR's solutions table: those rows are parts beside the moved ones)
      // (and an area's, whatever its level: DTM's communes of Mali each with "origin Mali")
      if (figureBreakdown?.origin !== undefined && countryOrigin && WITHIN_ORIGIN.test(indicator) && !solutionsReturns && (book.levelOf(figurePlace) === 0 ? findCountry(figureBreakdown.origin)?.iso3 === figurePlace : book.iso3Of(figurePlace) !== undefined && findCountry(figureBreakdown.origin)?.iso3 === book.iso3Of(figurePlace))) {
        if (ownOrigin.rows++ === 0) ownOrigin.example = `line ${row.line}: ${clip(v.cell, 20)} of ${clip(figureBreakdown.origin, 40)} in ${figurePlace}`;
        figureBreakdown = breakdownWithout(figureBreakdown, 'origin');
      }
      // a national row smaller than one of its areas: the people no area holds, a part (national-remainders.ts)
      if (remainders !== undefined && unit !== 'percent' && project === undefined && remainders.isRemainder(row, index, v.value, summing)) {
        figureBreakdown = orderedBreakdown(Object.assign(Object.create(null) as Record<string, string>, figureBreakdown, { area: NOT_LOCATED }));
      }
      // the source names the file; the note says where in it: the line, and the column where the
      // quote's hashtag does not already say it
      const figureNotes = [`Line ${row.line}${whereOf(index)}.`];
      if (rowOrigin.length > 0) figureNotes.push(`Origin as the file gives it, the only one of its place and date: ${rowOrigin.join(', ')}.`);
      if (rowLinks.vary && isHttpUrl(cellText(row, layout.context.url))) figureNotes.push(`Its row's link: ${clip(cellText(row, layout.context.url), 500)}.`);
      if (citedSources && cellText(row, layout.context.source) !== '') figureNotes.push(`Its row cites: ${clip(cellText(row, layout.context.source).replace(/\s+/g, ' '), 300)}.`);
      // (the file's own doubt about the row, HAPI's "Cannot match row", "PCode mismatch", "Rounded value": on the figure, not only in the report)
      if (rowWarningNote !== undefined) figureNotes.push(rowWarningNote);
      if (meaning.unitAssumed) figureNotes.push('The hashtag gives no unit; counted in persons.');
      if (fractionColumns.has(index)) figureNotes.push(`The file writes it as the fraction ${v.cell}.`);
      const base =
        rowKey !== undefined ? rowLabelOf(rowName || rowKey, index)
        : byStatus || byGroup ? `${indicator.replace(/-/g, ' ')} (${table.labels[index] || 'population'} ${byStatus ? status : group})` : indicator === 'population-analysed' ? 'Population analysed (all phases)' : headerLabel(table.labels[index] ?? '', indicator);
      const by = shared && figureBreakdown === breakdown ? rowBy : describeBreakdown(figureBreakdown);
      const draft: Omit<Figure, 'id'> = {
        label: by ? labelOf(base, by) : base,
        indicator,
        value: v.value,
        unit,
        qualifier: v.qualifier,
        place: figurePlace,
        asOf: when.date,
        source,
        quote: quoteFor(index, v.cell, v.value),
      };
      if (figureBreakdown) draft.breakdown = figureBreakdown;
      if (when.period) draft.period = when.period;
      if (when.filed !== undefined && STOCK_AT_YEAR_END.test(indicator)) {
        // a stock filed under a year (IDMC's total displacement: those still displaced at the year's end) holds for that
        // year, not on the day its event began or ended
        draft.asOf = when.filed;
        delete draft.period;
        stocksByYear++;
      }
      if (v.col.year !== undefined && dateColumn === undefined) {
        // a column under a year's group header, in a file whose rows have no date of their own: that year's figure
        draft.asOf = v.col.year;
        delete draft.period;
      }
      if (previousYear.has(index) && /^\d{4}/.test(draft.asOf)) {
        // "Number of incidents reported in previous year" (#event+year+previous+num): the year before the row's
        const year = String(Number(draft.asOf.slice(0, 4)) - 1);
        draft.asOf = year;
        draft.period = { start: `${year}-01-01`, end: `${year}-12-31` };
        previousYears++;
      }
      if (v.col.period) {
        // a projection's own period (IPC): its figure holds on the period's last day
        const own = columnWhen(row, v.col.period);
        if (!own.ok) {
          if (v.value === 0 && cellText(row, v.col.period.end) === '' && cellText(row, v.col.period.start) === '') {
            undatedZeros.set(index, (undatedZeros.get(index) ?? 0) + 1);
            continue;
          }
          rejected.push({ line: row.line, column, reason: own.reason });
          continue;
        }
        draft.asOf = own.date;
        if (own.period) draft.period = own.period;
        else delete draft.period;
      }
      if ((unit === 'person' || unit === 'household') && !Number.isInteger(v.value) && fractionalCounts++ === 0) fractionalExample = `${v.cell} on line ${row.line}`;
      if (project !== undefined) {
        draft.label = projectLabel(draft.label, project);
        if (project.apart) draft.breakdown = orderedBreakdown(Object.assign(Object.create(null) as Record<string, string>, draft.breakdown, { record: `line ${row.line}` }));
        figureNotes.push(projectNote(project));
      }
      addFigure(draft, row.line, column, figureNotes, conflicting?.noteFor(row, v.col.index));
    }
  }

  /** The place a project's areas share: the row's, without the place cells they do not share. */
  function projectPlaceOf(row: CsvRecord, project: ProjectGroup): ReturnType<typeof placeOf> {
    const place = placeOf(projects!.sharedPlaceRow(row, project));
    return place.ok ? place : { ok: false, reason: `its figures, one project's total, are listed alike for ${project.rows} areas, which share no place the file names (${place.reason})` };
  }

  function importLongRow(row: CsvRecord): void {
    const L = layout.long;
    const valueCell = cellText(row, L.value);
    // a row of humfig's export that describes a place above its figures and gives no figure (no
    // id, indicator or value): the place, with its name, level, p-code and parent
    if (layout.longPlace.id !== undefined && valueCell === '' && cellText(row, L.id) === '' && cellText(row, L.indicator) === '' && cellText(row, layout.longPlace.id) !== '') {
      const place = placeOf(row);
      if (!place.ok) rejected.push({ line: row.line, column: columnName(layout.longPlace.id), reason: place.reason });
      return;
    }
    const parsed = parseFigureValue(valueCell, longDecimal);
    if (parsed.kind === 'skip') return;
    const column = columnName(L.value!);
    const reject = (reason: string, at: number | undefined = L.value) => {
      const entry: ImportReport['rejected'][number] = { line: row.line, reason };
      if (at !== undefined) entry.column = columnName(at);
      rejected.push(entry);
    };
    /** why a row with no unit column is refused where its indicator's name says a rate or no unit at all, else undefined */
    const namelessUnit = (name: string, named: ReturnType<typeof unitFromName>): string | undefined =>
      named === null
        ? `no unit given, and the indicator's name ('${clip(name, 60)}') says it is a rate, a ratio or a measure, not a count of people: give the unit in an #indicator+unit column`
        : // a bare code or a name that says no unit is not assumed to count people (WHO's WSH_SANITATION_BASIC is a percentage)
          named === undefined
          ? `no unit given, and the indicator's name ('${clip(name, 60)}') does not say what it counts (people, a percentage, years): give the unit in an #indicator+unit column`
          : undefined;
    if (parsed.kind === 'error') {
      // (a row its unit refuses is said to be so first: writing its number otherwise would not import it)
      const name = cellText(row, L.label) || cellText(row, L.indicator);
      const unitless = cellText(row, L.unit) === '' && name !== '' ? namelessUnit(name, unitFromName(name)) : undefined;
      return unitless !== undefined ? reject(unitless, L.label ?? L.indicator) : reject(parsed.reason);
    }
    const figureNotes: string[] = [];
    if (rowLinks.vary && isHttpUrl(cellText(row, layout.context.url))) figureNotes.push(`Its row's link: ${clip(cellText(row, layout.context.url), 500)}.`);
    const value = parsed.value;

    // ("Expected Years of Schooling, female (years)": the indicator without its sex, of that sex, as HDR's rows beside
    // "Expected Years of Schooling (years)" mean it; the unit is still read from the name as written)
    const indicatorWritten = cellText(row, L.indicator);
    const sexed = SEX_IN_INDICATOR_NAME.exec(indicatorWritten);
    const indicatorText = sexed === null ? indicatorWritten : `${sexed[1]}${sexed[3]}`.trim();
    const indicator = kebab(indicatorText);
    if (!indicator) return reject('no indicator given', L.indicator);

    let unit: string;
    const unitText = cellText(row, L.unit);
    if (unitText) {
      const u = canonicalUnit(unitText);
      if (u === undefined || (/^[A-Z]{3}$/.test(u) && !isCurrencyCode(u))) return reject(`unknown unit '${clip(unitText, 40)}'`, L.unit);
      unit = u;
    } else if (parsed.percent) {
      unit = 'percent';
    } else {
      // no unit column: the indicator's name may say it (WHO's "( %)", "(years)", "per 1000 live births")
      const name = cellText(row, L.label) || indicatorText;
      const named = unitFromName(name);
      const unitless = namelessUnit(name, named);
      if (unitless !== undefined || named == null) return reject(unitless ?? 'no unit given', L.label ?? L.indicator);
      const share = named === 'person' ? personNamed.get(name) : undefined;
      if (share !== undefined && share.fractional !== '' && !share.over100) {
        return reject(`no unit given, and the indicator's name ('${clip(name, 60)}') names people, but its values have decimals and none is over 100 (${share.fractional}): a share or a rate of them, not a count; give the unit in an #indicator+unit column (percent)`, L.label ?? L.indicator);
      }
      unit = named;
      figureNotes.push(`The file gives no unit; the indicator's name says ${named === 'person' ? 'it counts people' : named}.`);
    }
    if (parsed.percent && unit !== 'percent') return reject(`'${valueCell}' is a percentage, but the unit is ${unit}`);

    let qualifier = parsed.qualifier;
    const qualifierText = cellText(row, L.qualifier);
    if (qualifierText) {
      const q = qualifierText.toLowerCase().replace(/[\s_]+/g, '-');
      if (!(QUALIFIERS as readonly string[]).includes(q)) return reject(`unknown qualifier '${clip(qualifierText, 40)}'; qualifiers are ${QUALIFIERS.join(', ')}`, L.qualifier);
      qualifier = q as Qualifier;
    }

    // bounds: kept only where they differ from what the qualifier implies (humfig's export writes both)
    const implied = impliedBounds(value, qualifier);
    const bound = (at: number | undefined): { ok: true; value?: number } | { ok: false } => {
      const b = parseFigureValue(cellText(row, at), longDecimal);
      if (b.kind === 'skip') return { ok: true };
      if (b.kind === 'error') {
        reject(b.reason, at);
        return { ok: false };
      }
      return { ok: true, value: b.value };
    };
    const low = bound(L.low);
    const high = bound(L.high);
    if (!low.ok || !high.ok) return;
    if (low.value !== undefined && low.value > value) return reject(`low (${low.value}) is above the value (${value})`, L.low);
    if (high.value !== undefined && high.value < value) return reject(`high (${high.value}) is below the value (${value})`, L.high);
    if (qualifier === 'range' && (low.value === undefined || high.value === undefined)) {
      return reject("qualifier 'range' needs both a low and a high (#indicator+value+min+num, #indicator+value+max+num)", L.qualifier);
    }

    const when = yearOfIncidents(whenOf(row));
    if (!when.ok) return reject(when.reason, dateColumn);
    const place = placeOf(row);
    if (!place.ok) return reject(place.reason, undefined);
    const source = sourceOf(row);

    const fileQuote = cellText(row, L.quote);
    let quote: string;
    if (fileQuote && fileQuote.length <= 1000 && quoteHasNumber(fileQuote, value)) quote = fileQuote;
    else {
      quote = quoteFor(L.value, valueCell, value);
      if (fileQuote) figureNotes.push(`The file's quote does not contain the value as written: "${clip(fileQuote, 300)}".`);
    }

    const stated: Stated[] = [];
    const statedText = cellText(row, L.stated);
    if (statedText) {
      for (const item of statedText.split(/\s*;\s*/).filter((x) => x !== '')) {
        const m = /^(?:([a-z-]+) )?(\S+) (\S+)$/.exec(item);
        const q = m?.[1] ?? 'exact';
        const n = m ? parseFigureValue(m[2]!) : undefined;
        const u = m ? canonicalUnit(m[3]!) : undefined;
        if (!m || !(QUALIFIERS as readonly string[]).includes(q) || n?.kind !== 'value' || u === undefined) {
          rejected.push({ line: row.line, column: columnName(L.stated!), reason: `the stated equivalent '${clip(item, 60)}' is not '<qualifier> <number> <unit>'; the figure was imported without it` });
          continue;
        }
        stated.push({ value: n.value, unit: u, qualifier: q as Qualifier, quote: quoteHasNumber(quote, n.value) ? quote : clip(item, 500) });
      }
    }

    const label = cellText(row, L.label) || indicatorText;
    rowPlaceLevel = adminOrigins ? (book.levelOf(place.id) ?? 4) : 0;
    const breakdown = orderedBreakdown(sexed === null ? rowBreakdown(row) : Object.assign(rowBreakdown(row), { sex: /^f/i.test(sexed[2]!) ? 'f' : 'm' }));
    // humfig's export writes the period only where the figure has one; a year's figure has its year
    // (and a span of years in a year column has its span, "2015/16", "1992-1994": the last year, over the span, as in a wide file)
    const spansYears = when.period !== undefined && when.period.start.slice(0, 4) !== when.period.end.slice(0, 4);
    const period = (layout.period.start !== undefined && when.period && cellText(row, layout.period.start)) || incidentYears || spansYears ? when.period : undefined;
    const figure: Omit<Figure, 'id'> & { id?: string } = {
      label,
      indicator,
      value,
      unit,
      qualifier,
      place: place.id,
      asOf: when.date,
      source,
      quote,
      ...(breakdown && { breakdown }),
      ...(period && { period }),
    };
    const id = cellText(row, L.id);
    if (id) figure.id = id;
    // bounds the qualifier implies are left out, except a range's, which are the range itself
    const keepBounds = qualifier === 'range';
    if (low.value !== undefined && (keepBounds || low.value !== implied.low)) figure.low = low.value;
    if (high.value !== undefined && (keepBounds || high.value !== implied.high)) figure.high = high.value;
    if (stated.length > 0) figure.stated = stated;
    const fileNotes = cellText(row, L.notes);
    if (fileNotes) figure.notes = fileNotes;
    addFigure(figure, row.line, column, figureNotes, L.value === undefined ? undefined : conflicting?.noteFor(row, L.value));
  }

  const envelope = buildEnvelope();
  // (a source's date the import worked out is said, with how to give the real one)
  if (options.published === undefined) {
    const guessed = envelope.sources.filter((s) => sources.get(s.id)?.published === undefined);
    if (guessed.length > 0) notes.push(`source${guessed.length === 1 ? '' : 's'} ${guessed.slice(0, 3).map((s) => `'${s.id}' published ${s.published}`).join(', ')}${guessed.length > 3 ? ` and ${guessed.length - 3} more` : ''}: worked out from the figures' dates (the first day of the latest, never after today), as the file gives no #date+published; give --published YYYY-MM-DD where the real day is known`);
  } else {
    // (a day given before figures the source holds: check will fail them, so the report says so now)
    const later = [...firstAfterPublished.entries()].filter(([id]) => sources.get(id)?.published === undefined);
    if (later.length > 0) notes.push(`--published ${options.published} is before the figures of ${later.slice(0, 3).map(([id, start]) => `'${id}' (from ${start})`).join(', ')}${later.length > 3 ? ` and ${later.length - 3} more` : ''}: a source cannot report what holds after it was published, and check will fail them (or warn, for a figure whose period ends after that day, which it reads as a plan or a projection)`);
  }
  notes.push(...book.notes());
  if (subtotals.size > 0) notes.push(`rows named ${[...subtotals].join(', ')} are subtotals: each is read as the whole of the place it names (Marib for 'Marib Total'), not as a place of its own`);
  if (wholeRows.size > 0) notes.push(`rows named ${[...wholeRows].join(', ')} are sums: each is read as the whole of the place named above it on its row (its country where no admin area is), not as a place`);
  if (projectGroups !== undefined && projectGroups.size > 0) notes.push(describeProjectGroups(projectGroups));
  if (remainders !== undefined) notes.push(...remainders.notes());
  const zeroPartsNote = zeroParts?.note();
  if (zeroPartsNote !== undefined) notes.push(zeroPartsNote);
  const warningNote = rowWarnings.note();
  if (warningNote !== undefined) notes.push(warningNote);
  if (previousYears > 0) notes.push(`${previousYears} figure${previousYears === 1 ? '' : 's'} of columns of the previous year (+year+previous: ${[...previousYear].slice(0, 3).map((c) => columnName(c)).join(', ')}) dated the year before the row's`);
  const repeatedEventsNote = repeatedEvents?.note();
  if (repeatedEventsNote !== undefined) notes.push(repeatedEventsNote);
  const unknownOriginsNotes = unknownOrigins?.notes() ?? [];
  const providerAreasNote = otherProviderAreas?.note();
  if (rowLinks.vary) notes.push(`the rows give several links (${describeColumn(layout.context.url!)}): each figure's notes name its own row's, and no link is the source's (the first row's would stand for every figure's source document)`);
  if (providerAreasNote !== undefined) notes.push(providerAreasNote);
  notes.push(...unknownOriginsNotes);
  const baselineNote = baselines?.note();
  if (baselineNote !== undefined) notes.push(baselineNote);
  const disabilityNote = disabilityFlags?.note();
  if (disabilityNote !== undefined) notes.push(disabilityNote);
  if (summed > 0) {
    notes.push(
      `${summed} figure${summed === 1 ? ' is the sum' : 's are sums'} of ${layout.shape === 'long' || layout.indicators.length === 1 ? `the ${summedParts} rows that give` : `${summedParts} cells, from rows that give`} ${summed === 1 ? 'its' : 'their'} indicator, place, breakdown and date more than once: the file lists records (events, activities) rather than totals, so such rows are added up${options.repeats === 'sum' ? ' (--repeats sum)' : recordIdAt !== undefined && byRecordIds ? `, as each row has a record id of its own (${describeColumn(recordIdAt)}); --repeats first keeps the first row of each instead` : `, as ${repeatedRows} of its ${rowCount} rows repeat a figure's key; --repeats first keeps the first row of each instead`}${table.tags.some((t) => t === null) ? '; where an untagged column tells such rows apart as parts of another kind (a sector, a sex), the sum counts some people twice: tag that column to read them as breakdowns' : ''}`,
    );
  }
  if (incidentDays > 0) {
    notes.push(`the file lists incidents, one row each (${occurred ? 'its date column is #date+occurred' : 'each row has an #event+id'}): its rows are added up by the year of their day, so each figure is a year's count (as of that year, its period the days of its first and last incident), never one day's; counts by day are not kept`);
  }
  if (otherSource.figures > 0) {
    notes.push(`${otherSource.figures} figure${otherSource.figures === 1 ? ' is' : 's are'} given again by another source (same indicator, place, breakdown and date): each is kept, its id ending in 'by' and its source, so that compare shows the sources side by side (${otherSource.example})`);
  }
  // a provider's own area column the places do not read (HAPI's #adm2+code+provider beside the p-code it was matched to)
  // (the deepest level's: #adm2+code+provider rather than #adm1's)
  let providerAreas: number | undefined;
  if (conflicts > 0) {
    table.tags.forEach((t, c) => {
      if (t === null || !/^#adm[1-3]$/.test(t.tag) || !t.attributes.includes('provider') || !t.attributes.includes('code') || layout.mappedTo[c]) return;
      if (providerAreas === undefined || t.tag > table.tags[providerAreas]!.tag) providerAreas = c;
    });
  }
  if (conflicts > 0 && options.repeats !== 'sum' && (summed === 0 || stockConflicts > 0)) {
    // (--repeats sum adds counts and money only: for percentages and rates it would change nothing)
    notes.push(
      `${conflictRows} row${conflictRows === 1 ? ' gives' : 's give'} another value for ${conflicts === conflictRows ? 'a figure' : `${conflicts} figures`} an earlier row gave (rejected below; the facts file's description names them)${
        populationConflicts > 0
          ? ": the file gives a place two populations (a code repeated, or a row of category 'total' beside the row of no category, as HPC's and HAPI's needs tables write each plan twice): the first row is kept; check which is right"
          : stockConflicts > 0
            ? `: ${additiveConflicts > 0 || stockConflicts < conflicts ? `${stockConflicts} of those values` : 'they'} count people at a date (displaced, refugees, in need) or are running totals (+cumulative), so the two are two sources or two series, not parts to add up (--repeats sum would count people twice); ${idColumn !== undefined ? `column ${idColumn + 1} ${JSON.stringify(clip(table.labels[idColumn] ?? '', 40))}, which has no hashtag, differs between such rows: where it names sites or places (two sites of one name), tag it #loc+code and each row is its own place` : 'a column humfig does not read may tell them apart (an operation, a method, an admin level): tag it as a breakdown'}`
          : additiveConflicts > 0
            ? ': if the file lists records (events, activities) rather than totals, --repeats sum adds them up'
          : priceConflicts > 0
            ? ': they are prices, which are never added up (--repeats sum leaves them as they are): the file may give several goods or markets for one place and date; a column that names them (#item+name, #loc+market+name) tells them apart'
            : ': a column humfig does not read may tell them apart (a period, a method): tag it as a breakdown'
      }${providerAreas !== undefined ? `; column ${describeColumn(providerAreas)} names the provider's own areas, which may tell them apart: two of them matched to one p-code (HAPI's mapping) are two parts of that area` : ''}`,
    );
  }
  if (partialAnalyses.rows > 0) notes.push(`${partialAnalyses.rows} IPC analys${partialAnalyses.rows === 1 ? 'is' : 'es'} of a country covered less than ${Math.round(IPC_PARTIAL_SHARE * 100)} % of its people (${partialAnalyses.example}): ${partialAnalyses.rows === 1 ? 'its' : 'their'} figures are a part, coverage 'part of the country', never the country's`);
  if (zeroPopulations.rows > 0) notes.push(`${zeroPopulations.rows} row${zeroPopulations.rows === 1 ? '' : 's'} give${zeroPopulations.rows === 1 ? 's' : ''} a population of 0 in every figure cell (line ${zeroPopulations.example}${zeroPopulations.rows > 1 ? ' first' : ''}): no place's people number 0, so these are no count, not imported (the file's totals count those people elsewhere, or not at all)`);
  if (emptyRows.rows > 0) notes.push(`${emptyRows.rows} row${emptyRows.rows === 1 ? '' : 's'} ${emptyRows.rows === 1 ? 'has' : 'have'} every figure cell empty (line ${emptyRows.example}${emptyRows.rows > 1 ? ' first' : ''}): no figure, and not 0`);
  if (noData.cells > 0) {
    notes.push(
      `${noData.cells} cell${noData.cells === 1 ? '' : 's'} of figure columns say${noData.cells === 1 ? 's' : ''} "no data" ('-', '_', 'n/a' and the like): no figure, and not 0${noData.rows > 0 ? `; ${noData.rows} row${noData.rows === 1 ? ' gives' : 's give'} nothing else, so ${noData.rows === 1 ? 'its place has' : 'their places have'} no figure at all (${noData.examples.join(', ')}${noData.rows > noData.examples.length ? ', ...' : ''})` : ''}`,
    );
  }
  if (unsplitZeros.cells > 0) {
    notes.push(`${unsplitZeros.cells} cell${unsplitZeros.cells === 1 ? '' : 's'} of columns of a sex or an age ${unsplitZeros.cells === 1 ? 'is' : 'are'} 0 on rows where every such column of the indicator is 0 beside a total above 0 (line ${unsplitZeros.example}): the row gives no split, not "no women, no children"; left out`);
  }
  if (keptAsWritten > 0) notes.push(`${keptAsWritten} cell${keptAsWritten === 1 ? '' : 's'} of a column read as fractions ${keptAsWritten === 1 ? 'is' : 'are'} read as written (${keptExample}): a percent sign, or a value above 1 that no funding on its row shows to be a fraction`);
  if (directions.size > 0) {
    layout.mappedTo[directionColumn!] = "a flow's boundary: an internal flow gives funding-internal, an outgoing one funding-outgoing, not funding-received";
    const said = [...directions].map(([d, n]) => `${n} ${d}`).join(' and ');
    notes.push(`${said} flow${[...directions.values()].reduce((a, b) => a + b, 0) === 1 ? '' : 's'} (column ${describeColumn(directionColumn!)}): imported as ${[...directions.keys()].map((d) => `funding-${d}`).join(' and ')}, apart from the funding received: money moved within the plan (a pooled fund's allocations) or out of it is not funding it received, and FTS leaves it out of the plan's funding`);
  }
  if (regionalRows > 0) {
    notes.push(`${regionalRows} row${regionalRows === 1 ? ' is' : 's are'} of an appeal whose code and name do not name the row's country (${[...regionalAppeals.values()].join('; ')}): an appeal of several countries (regional or global), whose figures may be the whole appeal's rather than the country's share; marked appeal-scope 'several countries', never a country's total`);
  }
  if (pledges > 0) layout.mappedTo[pledgeColumn!] = "a flow's status: a row whose status is 'pledge' gives funding-pledged, not funding-received";
  if (pledges > 0) notes.push(`${pledges} figure${pledges === 1 ? ' is a pledge' : 's are pledges'} (column ${describeColumn(pledgeColumn!)}): imported as funding-pledged, apart from the funding received (commitments and paid contributions)`);
  if (unpublished > 0) notes.push(`${unpublished} cell${unpublished === 1 ? '' : 's'} of a figure column with no published rounding beside ${unpublished === 1 ? 'it' : 'them'} (${unpublishedExample}): the publisher gives no figure there, so none is imported`);
  const periodOf = new Map(layout.indicators.map((col) => [col.index, col.period]));
  for (const [index, rows] of undatedZeros) {
    const period = periodOf.get(index);
    noteColumn('0 where its period has no date: no analysis of that period, not imported', `column ${describeColumn(index)}: ${rows} row${rows === 1 ? ' gives' : 's give'} 0 where ${period?.end !== undefined ? columnName(period.end) : 'its period'} has no date: no analysis of that period, not imported`);
  }
  noteMoreColumns();
  if (ownOrigin.rows > 0) {
    notes.push(`${ownOrigin.rows} figure${ownOrigin.rows === 1 ? ' gives' : 's give'} as origin the country ${ownOrigin.rows === 1 ? 'it is' : 'they are'} in (people displaced or returned within their own country): no part of its people, so the origin is not kept as a breakdown (${ownOrigin.example})`);
  }
  if (returnedHome.rows > 0) {
    notes.push(`${returnedHome.rows} count${returnedHome.rows === 1 ? '' : 's'} of refugees who returned ${returnedHome.rows === 1 ? 'is' : 'are'} placed in the country they returned to, their country of origin, not in the row's country of asylum, which they left: that country is their breakdown returned-from (${returnedHome.example})`);
  }
  for (const [index, first] of shortYears) {
    notes.push(`${columnName(index)}: dates written with a two-digit year are read as spreadsheets read them, 00 to 29 as 2000 to 2029 and 30 to 99 as 1930 to 1999 ('${clip(first.cell, 20)}' is ${first.date})`);
  }
  if (fractionalCounts > 0) {
    notes.push(`${fractionalCounts} count${fractionalCounts === 1 ? '' : 's'} of people or households ${fractionalCounts === 1 ? 'has' : 'have'} a fraction, as a model's estimates do (${fractionalExample}): kept as written, not rounded; round ${fractionalCounts === 1 ? 'it' : 'them'} where you quote ${fractionalCounts === 1 ? 'it' : 'them'}`);
  }
  if (editions.size > 0) {
    const shown = [...editions].slice(0, 3).map(([, what]) => what);
    notes.push(`a source is given with more than one publication date (${shown.join('; ')}${editions.size > 3 ? '; ...' : ''}): each date is a source of its own, so that each figure keeps the date it was published on`);
  }
  if (knownOnlyTo.count > 0) {
    notes.push(`${knownOnlyTo.count} row${knownOnlyTo.count === 1 ? "'s" : "s'"} days are known to the month or the year only, as the file's accuracy columns say (${knownOnlyTo.example}): dated by that month or year, not by a day`);
  }
  if (namedByCode > 0) notes.push(`${namedByCode} row${namedByCode === 1 ? ' names' : 's name'} an admin area without its code that other rows of the country give with one (${namedByCodeExample}): filed under that code, not as a second place of the same name`);
  if (startOnly.count > 0) {
    notes.push(`${startOnly.count} row${startOnly.count === 1 ? ' gives' : 's give'} the start of ${startOnly.count === 1 ? 'its' : 'their'} period and no end (${startOnly.example}): dated by that start, with no period (a plan or a campaign whose end is not set)`);
  }
  if (endBeforeStart.count > 0) {
    notes.push(`${endBeforeStart.count} row${endBeforeStart.count === 1 ? "'s" : "s'"} period ends before it starts (${endBeforeStart.example}): ${endBeforeStart.count === 1 ? 'its figures are' : 'their figures are'} dated by the row's date alone, with no period; check the dates with the publisher`);
  }
  if (eventOutsideYear.count > 0) {
    notes.push(`${eventOutsideYear.count} record${eventOutsideYear.count === 1 ? "'s" : "s'"} event days lie outside the year ${eventOutsideYear.count === 1 ? 'it is' : 'they are'} filed under (${eventOutsideYear.example}): dated by that year, whose figures ${eventOutsideYear.count === 1 ? 'it gives' : 'they give'}, not by the event's days`);
  }
  if (stocksByYear > 0) {
    notes.push(`${stocksByYear} count${stocksByYear === 1 ? '' : 's'} of people still displaced (a stock, such as IDMC's total displacement) ${stocksByYear === 1 ? 'is' : 'are'} dated by the year of ${stocksByYear === 1 ? 'its' : 'their'} record, at whose end ${stocksByYear === 1 ? 'it holds' : 'they hold'}, not by the day ${stocksByYear === 1 ? 'its' : 'their'} event began or ended`);
  }
  if (options.asOf !== undefined && dateColumn !== undefined) {
    // --as-of is for files without dates: where the file has them, say what it did, even nothing
    const where = `column ${dateColumn + 1} (${columnName(dateColumn)})`;
    notes.push(
      datedByOption === 0
        ? `--as-of ${options.asOf} was not used: the file dates every row in ${where}`
        : `--as-of ${options.asOf} dated only the ${datedByOption} row${datedByOption === 1 ? '' : 's'} whose date cell in ${where} is empty; ${
            fileDates.bad === 0
              ? "the others keep the file's dates"
              : `${fileDates.dated === 0 ? 'the' : `${fileDates.dated} ${fileDates.dated === 1 ? 'keeps' : 'keep'} the file's dates, and the`} other ${fileDates.bad} ${fileDates.bad === 1 ? 'was' : 'were'} rejected: ${fileDates.bad === 1 ? 'its date cell is' : 'their date cells are'} no date humfig reads, and --as-of dates no row that gives one (see the rejected rows)`
          }`,
    );
  }
  // a semicolon file's decimal commas ("28432,541"), read with a point: said once, with how many
  if (table.decimalCommas !== undefined && table.decimalCommas.count > 0) {
    notes.push(`${table.decimalCommas.count} cell${table.decimalCommas.count === 1 ? '' : 's'} with a decimal comma (such as '${clip(table.decimalCommas.example ?? '', 20)}') read with a decimal point: the file is separated by semicolons, as a French or Spanish spreadsheet is saved, where the comma is the decimal mark (so '12,345' is 12.345 once a cell such as '12,5' has shown it)`);
  }
  if (planned.rows > 0) {
    layout.mappedTo[statusColumn!] = "an activity's status: a planned activity's people reached are not imported";
    notes.push(`${planned.rows} people-reached figure${planned.rows === 1 ? ' is' : 's are'} of activities not under way (${planned.example}, column ${describeColumn(statusColumn!)}): not imported; a plan has reached no one yet`);
  }
  if (sameInFixed.count > 0) {
    notes.push(`${sameInFixed.count} amount${sameInFixed.count === 1 ? '' : 's'} in the row's own currency ${sameInFixed.count === 1 ? 'is' : 'are'} the same as the row's amount in a column of that fixed currency (${sameInFixed.example}): one figure each, that column's`);
  }
  for (const [c, n] of formerCurrencies) {
    notes.push(`${describeFormerCurrency(c)}: the ${n} amount${n === 1 ? '' : 's'} in ${c.code} ${n === 1 ? 'is' : 'are'} not imported, since the file does not say whether they are written in ${c.code} or in ${c.now}; other columns of their rows (a +usd price) are`);
  }
  const columns: ImportColumn[] = table.tags.map((t, index) => ({
    index,
    label: table.labels[index] ?? '',
    tag: t ? formatHashtag(t) : null,
    mappedTo: layout.mappedTo[index] ?? null,
  }));
  rejected.sort((a, b) => a.line - b.line);
  return {
    envelope,
    report: {
      shape: layout.shape,
      columns,
      unmapped: columns
        .filter((c) => c.mappedTo === null)
        // (a column of record ids that told the rows apart is said to be so, not "not used")
        .map(({ index, label, tag }) => ({ index, label, tag, reason: index === recordIdAt && byRecordIds ? RECORD_ID_USE : (layout.why[index] ?? unusedReason(table.tags[index] ?? null)) })),
      rejected,
      figures: figureCount,
      notes,
      totals: totalCount,
      breakdowns: figureCount - totalCount,
      rows: rowCount,
    },
  };

  /** The document without its figures: the sources and places they use, checked as the schema and the facts rules would. */
  function buildEnvelope(): FactsEnvelope {
    if (usedSources.size === 0) usedSources.add(fileSourceId);
    const sourceList: Source[] = [...usedSources].map((id) => {
      const s = sources.get(id) ?? { id, publishers: new Set<string>() };
      const publisher = publisherOption ?? (s.publishers.size === 1 ? [...s.publishers][0]! : undefined) ?? s.name ?? 'Unknown publisher';
      // (a date the import worked out is said in the title, which cite and sources show beside it: never presented as the source's own)
      const estimated = s.published === undefined && options.published === undefined;
      const title = s.title ?? (s.name ? `${s.name} (${file})` : file);
      return {
        id,
        publisher,
        title: clip(estimated ? `${title} [publication date not in the file: estimated from its figures]` : title, 500),
        // without #date+published, what the figures show: not before the latest of them begins
        // (never the import day, which would make the same file import differently each day)
        // (never after today: a projection's period may end in the future)
        published: s.published ?? options.published ?? minDate(latestStart.get(id), options.today),
        url: s.url ?? null,
      };
    });
    // the places the figures use and every place above them
    const all = layout.shape === 'long' && layout.longPlace.id !== undefined ? [...longPlaces.values()] : book.list();
    const byId = new Map(all.map((p) => [p.id, p]));
    const keep = new Set<string>();
    for (const place of usedPlaces) {
      let id: string | undefined = place;
      // a parent chain is at most a few levels; the Set stops a cycle in a hand-made file
      while (id !== undefined && !keep.has(id)) {
        keep.add(id);
        id = byId.get(id)?.parent;
      }
    }
    const placeList = all.filter((p) => keep.has(p.id));
    // a long file names a parent it may not list (an export lists the places its figures use):
    // a country parent is made from its ISO3 code; an admin parent is kept by its code, one level
    // up, in the child's country (its name is not in the file, so its code stands for it); a parent
    // that is neither is dropped, and the place hangs from its country where the file gives one
    const listed = new Set(placeList.map((p) => p.id));
    // countries made here go in front of the list at the end, not while it is walked: an insert
    // in front shifted the walk by one, and a country already listed shifted it too, so the
    // third place under an unlisted parent was skipped and kept a parent no row lists
    const madeCountries: Place[] = [];
    const addCountry = (iso3: string): boolean => {
      if (listed.has(iso3)) return true;
      const country = countryByIso3(iso3);
      if (!country) return false;
      madeCountries.unshift({ id: country.iso3, name: country.name, iso3: country.iso3, level: 0 });
      listed.add(country.iso3);
      return true;
    };
    for (const p of placeList) {
      if (p.parent === undefined || listed.has(p.parent)) continue;
      if (/^[A-Z]{3}$/.test(p.parent) && addCountry(p.parent)) continue;
      const parentLevel = p.level !== undefined && p.level > 1 ? p.level - 1 : undefined;
      if (parentLevel !== undefined && PCODE_LIKE.test(p.parent)) {
        const stub: Place = { id: p.parent, name: p.parent, level: parentLevel, pcode: p.parent };
        if (p.iso3 !== undefined) stub.iso3 = p.iso3;
        if (p.iso3 !== undefined && addCountry(p.iso3)) stub.parent = p.iso3;
        placeList.push(stub);
        listed.add(stub.id);
        continue;
      }
      // a parent without a p-code (IPC's level-1 name, `som-bay`): kept by its id, which is all
      // the file says of it, in the child's country, so that the chain to the country holds
      if (p.iso3 !== undefined && PLACE_ID.test(p.parent) && p.parent.startsWith(`${p.iso3.toLowerCase()}-`)) {
        const stub: Place = { id: p.parent, name: p.parent, iso3: p.iso3 };
        if (parentLevel !== undefined) stub.level = parentLevel;
        if (addCountry(p.iso3)) stub.parent = p.iso3;
        placeList.push(stub);
        listed.add(stub.id);
        continue;
      }
      delete p.parent;
      if (p.iso3 !== undefined && p.iso3 !== p.id && addCountry(p.iso3)) p.parent = p.iso3;
    }
    placeList.unshift(...madeCountries);
    // updated: the last day the latest figure holds, not after today
    const envelope: FactsEnvelope = {
      format: FACTS_FORMAT,
      dataset: {
        id: options.datasetId ?? stem,
        title: clip(`Figures from ${file}`, 300),
        description: clip(
          `Imported from the HXL file ${file}.${
            conflicts > 0 && options.repeats !== 'sum'
              ? ` ${conflicts} later row${conflicts === 1 ? ' gives' : 's give'} another value for a figure an earlier row gave, and the first value was kept: check ${conflictExamples.length === 1 ? 'it' : 'them'}: ${conflictExamples.join(', ')}${conflicts > conflictExamples.length ? ` (${conflicts} rows in all; the import report lists each)` : ''}.`
              : ''
          }`,
          4000,
        ),
        updated: updated === '' || updated > options.today ? options.today : updated,
      },
      sources: sourceList,
      places: placeList,
    };
    const issues: PathIssue[] = [];
    for (const place of usedPlaces) if (!listed.has(place)) issues.push({ path: ['places'], message: `the place '${place}' of a figure is not listed` });
    if (isValidEnvelope(envelope, 'absent')) checkEnvelope(envelope, new Map(), issues);
    else issues.push({ path: [], message: 'the schema refuses it' });
    // a rule the document breaks is one a file brought out (a long file's places whose parents and
    // levels disagree, or a bug of the import's): one line naming the rule, nothing written, exit
    // 65 as for any file that cannot be imported, never an internal error
    if (issues.length > 0) {
      throw new HxlInvalidError([
        {
          file: fileName,
          path: '',
          message: `cannot import it: the facts file made from it would break a facts rule at ${issues[0]!.path.join('.') || 'the document'} (${issues[0]!.message}); nothing was written: check the file's place columns (a place's parent and level); if they agree, this is a bug in humfig: please report it with the file`,
        },
      ]);
    }
    return envelope;
  }
}

/** How many rows of a file must repeat a figure's key, and what share of its rows, for it to be read as a file of records to add up. */
/** A column label that says its date ends a period: "PERIOD_ENDING", "period end", "Month ending". */
const PERIOD_END_LABEL = /\b(?:period|month|months)[\s_-]*end(?:ing|s)?\b|\bending\b/i;

const REPEATS_MIN = 10;
/** How many figure ids' period starts an import keeps, to tell two periods of one end apart. */
const PERIOD_STARTS_CAP = 200_000;
/** What the report says of a column of record ids by which the import added up rows. */
export const RECORD_ID_USE = 'record ids: each row is one record (an event, a flow, a project), so rows that repeat a figure\'s key are added up';
/** A record-id column: filled on at least this share of the rows sampled (and at least RECORD_IDS_MIN of them), with as large a share of its values new. */
const RECORD_IDS_SHARE = 0.95;
const RECORD_IDS_MIN = 10;
const REPEATS_SHARE = 0.1;
/** How many first rows decide whether a file lists records, and which unused columns hold numbers. */
const SAMPLE_ROWS = 20_000;
/** Indicators whose hashtag holds a sector's word (+shelter) that names what is counted, not a sector. */
const SECTOR_WORD_INDICATORS = ['temporary-accommodation'];
/** How many figures of a file of records wait for the end of the file: past that, a new figure is written at once, and a later row that repeats it is reported as in a file of totals. */
const PENDING_CAP = 200_000;
/** How many lines a sum's note names. */
const LINES_NAMED = 5;

interface PendingSum {
  draft: Omit<Figure, 'id'> & { id?: string };
  line: number;
  column: string | undefined;
  notes: string[];
  total: number;
  decimals: number;
  rows: number;
  lines: number[];
  qualifier: Qualifier;
  /** a part gave a range or an equivalent */
  inexact: boolean;
  /** how many parts were negative adjustments */
  negatives?: number;
  /** the other sources the summed rows name, in order, if any */
  otherSources?: Set<string>;
}
/** How many sources a sum's note names before '...'. */
const SOURCES_NAMED = 5;

/**
 * A cell that names a period: a week ("Week 21", "W21", "S21"), a month ("2020-05", "Mar 2020"), a quarter.
 * (Not a day: an untagged column of days is as often the day a row was updated, "Actualizada", in a 3W of records.)
 */
const PERIOD_CELL = /^(?:(?:week|wk|semaine|semana)\s*\d{1,2}|\d{4}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|q[1-4]\s+\d{4}|\d{4}\s*-?\s*q[1-4])$/i;

/** A week's short form, "W21", "S21", read as a period only under a header of weeks. */
const SHORT_WEEK = /^[WS]\d{1,2}$/;
const WEEK_HEADER = /week|semaine|semana|\bwk\b|epi/i;

/** A figure's label or header that names a price ("usdprice", "Price", "prix"): money that never adds up. */
const PRICE_WORD = /(?:^|usd|[^a-z])(?:price|prix|precio|preço)/i;

/** Counts of people, things, events and money add up; percentages, rates and measures of a whole do not. */
function isAdditiveUnit(unit: string): boolean {
  if (unit === 'percent' || unit === 'ratio') return false;
  const info = describeUnit(unit);
  return info !== undefined && (info.dimension === 'count' || info.dimension === 'money');
}

/** The earlier of two YYYY-MM-DD dates, or the one given. */
function minDate(a: string | undefined, b: string): string {
  return a !== undefined && a < b ? a : b;
}

/** How many decimals a number is written with (at most 12), so that a sum is rounded as its parts are. */
function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 12 : Math.min(12, text.length - dot - 1);
}

/** The qualifier of a sum of parts qualified differently: at least where each part is at least, else approximately. */
function sumQualifier(a: Qualifier, b: Qualifier): Qualifier {
  const atLeast = (q: Qualifier) => q === 'exact' || q === 'at-least' || q === 'more-than';
  return atLeast(a) && atLeast(b) ? 'at-least' : 'approximately';
}

/** How many codes of a country column, and what share of its codes, must be no ISO 3166 code for none of its codes to be trusted as one. */
// (a few codes for the unknown or stateless, UNK, XXA, STA, do not make a column of ISO codes another list)
const NOT_ISO_MIN = 10;
const NOT_ISO_SHARE = 0.25;

/**
 * A figure's label from its column's header, and where the header names no one ("population",
 * "value", "total": HAPI's `population` column of IDPs, tagged #affected+idps) from its indicator,
 * the header after it: "internally displaced (population)", never "population" for IDPs.
 */
function headerLabel(header: string, indicator: string): string {
  const h = header.trim();
  if (h === '') return indicator;
  // (COD-PS's column codes, "T_TL", "F_00_04", "M_80PLUS": the population, its sex and age said by the breakdown)
  if (indicator === 'population' && /^[FMT]_(?:TL|\d{1,2}_\d{1,2}|\d{1,2}_?plus)$/i.test(h)) return 'Population';
  if (!GENERIC_HEADERS.has(h.toLowerCase()) || indicator === 'population' || indicator.startsWith('value') || indicator.replace(/-/g, ' ') === h.toLowerCase()) return header;
  return `${indicator.replace(/-/g, ' ').replace(/\bipc\b/, 'IPC')} (${h})`;
}
/**
 * The figure columns of a wide file that split an indicator's total by sex or age, grouped with that total's column
 * (same indicator, unit and other breakdown): only groups with a total and two parts or more, numbered, each column
 * marked part or total, and the arrays a row's check fills. Worked out once, so that a row's check is a look-up a column.
 */
function splitGroupsOf(layout: Layout, columns: number): { count: number; groupOf: Int32Array; part: Uint8Array; total: Uint8Array; nonZero: Uint8Array; parts: Uint16Array } {
  const groups = new Map<string, { totals: number[]; parts: number[] }>();
  for (const col of layout.indicators) {
    const keys = Object.keys(col.breakdown);
    const rest = keys.filter((k) => !SPLIT_KEYS.has(k)).sort().map((k) => `${k}=${col.breakdown[k]}`);
    const key = `${col.meaning.indicator}\u0000${col.meaning.unit}\u0000${rest.join('\u0000')}`;
    const g = groups.get(key) ?? { totals: [], parts: [] };
    (keys.some((k) => SPLIT_KEYS.has(k)) ? g.parts : g.totals).push(col.index);
    groups.set(key, g);
  }
  const groupOf = new Int32Array(columns).fill(-1);
  const part = new Uint8Array(columns);
  let count = 0;
  for (const g of groups.values()) {
    if (g.totals.length === 0 || g.parts.length < 2) continue;
    for (const c of g.totals) groupOf[c] = count;
    for (const c of g.parts) {
      groupOf[c] = count;
      part[c] = 1;
    }
    count++;
  }
  return { count, groupOf, part, total: new Uint8Array(count), nonZero: new Uint8Array(count), parts: new Uint16Array(count) };
}

/** The breakdown keys of a split by sex and age, whose columns beside a total are its parts. */
const SPLIT_KEYS: ReadonlySet<string> = new Set(['sex', 'age', 'age-group']);
const GENERIC_HEADERS = new Set(['population', 'value', 'values', 'number', 'total', 'count', 'amount', 'figure', 'figures', 'data', 'people', 'persons', 'individuals', 'num', 'n']);

/**
 * The retag of the first column of numbers whose hashtag names a currency but is no #value
 * (the Green Climate Fund's #finance+funded+usd): money is #value+<name>+<currency>. '' where none does.
 */
function moneyRetag(tags: readonly HxlTag[], allTags: readonly (HxlTag | null)[] = []): string {
  // (HXL's extension hashtags write their attributes with x_ before them too: #x_requirement+x_usd)
  const bare = (w: string) => w.replace(/^x_/, '');
  for (const t of tags) {
    const currency = t.tag !== '#value' ? t.attributes.find((a) => bare(a).length === 3 && isCurrencyCode(bare(a).toUpperCase())) : undefined;
    if (currency === undefined) continue;
    const rest = [bare(t.tag.slice(1)), ...t.attributes.filter((a) => a !== currency).map(bare)].map((w) => w.replace(/[^a-z0-9_]/gi, '')).filter((w) => w !== '');
    return `; ${formatHashtag(t)} names a currency: as money, tag it #value+${rest.join('+')}+${bare(currency)}`;
  }
  // an amount beside a column of currencies (IATI's #x_funds_committed and #x_funds_currency): money, its currency a row's
  const currencyColumn = allTags.find((t): t is HxlTag => t !== null && /currency/.test([t.tag, ...t.attributes].join('+')));
  const amount = tags.find((t) => t.tag !== '#value' && MONEY_WORDS.test([t.tag, ...t.attributes].join('+')));
  if (currencyColumn !== undefined && amount !== undefined) {
    const rest = [bare(amount.tag.slice(1)), ...amount.attributes.map(bare)].map((w) => w.replace(/[^a-z0-9_]/gi, '')).filter((w) => w !== '');
    return `; ${formatHashtag(amount)} looks like an amount of money beside a column of currencies (${formatHashtag(currencyColumn)}): as money, tag it #value+${rest.join('+')} and that column #currency`;
  }
  return '';
}
/** Words of a hashtag that name an amount of money: funds, funding, budget, cost, committed, disbursed, spent, amount. */
const MONEY_WORDS = /(?:fund|budget|cost|commit|disburs|spent|expend|amount|requirement)/;

/** The header of a column of units: "Unit", "Units", "Unit of measure". */
/** A group header that is a year ("2022"), or a survey's round or an update ("Round 13", "Update 2"). */
const GROUP_YEAR = /^\s*(?:19|20)\d\d\s*$/;
const GROUP_ROUND = /^\s*(?:round|wave|update|edition|cycle)\s*\d{1,3}\s*$/i;
/** A header that says its column is the whole: "Total", "Overall", "Grand total", "Total PiN". */
const TOTAL_HEADER = /^\s*(?:total|overall|grand\s+total|all|(?:total|overall)\s+(?:pin|people\s+in\s+need|affected|population|figure))\s*$/i;
const UNIT_HEADER = /^\s*(?:units?|unit\s+of\s+measure(?:ment)?|measure(?:ment)?\s+unit)\s*$/i;

/**
 * A column of record ids: #activity+id (FTS's flows), #activity+code (HPC's projects), #event+id (ACLED's events), not the id of a plan, project, dataset or
 * place. (Not #meta+id: a file of totals may number its rows, and a corrected row there is a
 * conflict to report, not a record to add.)
 */
function isRecordIdHashtag(t: HxlTag): boolean {
  // (and an event's own id, #event+id or ACLED's #event+code: one row, one event)
  if (t.tag === '#event' && (t.attributes.includes('id') || t.attributes.includes('code')) && !t.attributes.some((a) => a === 'type' || RECORD_ID_SCOPES.has(a))) return true;
  // (and an activity's code, one row a project: HPC's #activity+code+v_hpc, "RSYR22-BN-194845-1"; a code that repeats, a project's
  // over its flows, is no record id, which the share of new values decides)
  return t.tag === '#activity' && (t.attributes.includes('id') || t.attributes.includes('code')) && !t.attributes.some((a) => RECORD_ID_SCOPES.has(a));
}
const RECORD_ID_SCOPES = new Set(['appeal', 'plan', 'project', 'programme', 'program', 'dataset', 'resource', 'cause', 'region', 'country', 'org', 'sector', 'cluster', 'crisis', 'emergency', 'event', 'funder', 'donor', 'source', 'src', 'indicator', 'operation', 'parent']);

/** A hashtag of an identifier, a code, a status, a phone number or a coordinate: numbers that are no figure. */
function isIdentifierHashtag(t: HxlTag): boolean {
  const words = [...t.tag.slice(1).split('_'), ...t.attributes];
  return words.some((w) => IDENTIFIER_WORDS.has(w.toLowerCase()));
}
const IDENTIFIER_WORDS = new Set(['id', 'code', 'pcode', 'phone', 'tel', 'telephone', 'fax', 'status', 'lat', 'lon', 'long', 'latitude', 'longitude', 'lat_deg', 'lon_deg', 'deg', 'zip', 'postcode', 'year', 'month', 'week', 'rank', 'index', 'score', 'url', 'email']);
/** The header of an untagged column of numbers that are no figure: an id, a code, a year, a coordinate, a row number. */
// ("admin_level", "type_of_violence", "where_prec", "priogrid_gid": levels, types and codes, words split on _ too)
// (a header that is only "No.", "#" or "Number" numbers rows; "Number of people reached" is a figure)
const NOT_A_FIGURE_LABEL = /(?:\b|_)(?:id|ids|code|codes|pcode|p-code|year|month|week|day|date|lat|lon|long|latitude|longitude|phone|tel|fax|zip|postcode|index|rank|score|level|type|types|class|category|flag|prec|precision|gid|version)(?:\b|_)|^\s*(?:no\.?|nr\.?|n°|number|#)\s*$|^\W*$/i;
function isNotAFigureLabel(label: string): boolean {
  const trimmed = label.trim();
  // ("IndicatorId", "ProjectID", "report_id", "ProjectCode": an id in camel or snake case)
  return trimmed === '' || NOT_A_FIGURE_LABEL.test(trimmed) || /(?:[a-z](?:Id|ID|Code|No)|[_ ](?:id|code|no))$/.test(trimmed);
}
/**
 * Which of these columns hold words rather than numbers (more cells that are no number than cells
 * that are one, as the import's own scan decides a text column): one pass over the rows.
 */
function textColumnsAmong(table: HxlRows, columns: readonly number[]): Set<number> {
  const numbers = new Map<number, number>(columns.map((c) => [c, 0]));
  const words = new Map<number, number>(columns.map((c) => [c, 0]));
  table.eachRow((row) => {
    for (const c of columns) {
      const parsed = parseFigureValue(cellText(row, c));
      if (parsed.kind === 'skip') continue;
      if (parsed.kind === 'error') {
        if (parsed.reason.includes('is not a number')) words.set(c, words.get(c)! + 1);
        continue;
      }
      numbers.set(c, numbers.get(c)! + 1);
    }
  });
  return new Set(columns.filter((c) => words.get(c)! > numbers.get(c)!));
}

/** Columns where most non-empty cells are numbers (at least 4 in 5, and at least one). */
function numericColumns(scan: ReadonlyMap<number, { numbers: number; cells: number }>): number[] {
  const out: number[] = [];
  for (const [c, n] of scan) if (n.numbers > 0 && n.numbers * 5 >= n.cells * 4) out.push(c);
  return out;
}
/** "columns 16 "AnnualTarget" and 17 "Achieved"", the first five named. */
/** How many columns a message names before it says how many more there are. */
const NAMED_COLUMNS = 5;
/** How long the list of columns (each with why it is not read) in the error of a file without figure columns grows before it says how many more. */
const COLUMN_LIST_CHARS = 1200;

/**
 * The numbers of some columns (0-based) for a message, `except` (one of them) left out: at most
 * NAMED_COLUMNS, then how many more (`columns 2, 3, 4, 5, 6 and 19994 more`), so that the note on
 * each of 20,000 columns under one hashtag names 5 others, not the other 19,999. It reads only the
 * first few columns: a note for every column of a group costs the group's size, not its square.
 */
function listColumns(columns: readonly number[], except?: number): string {
  const named: number[] = [];
  for (const c of columns) {
    if (named.length === NAMED_COLUMNS) break;
    if (c !== except) named.push(c + 1);
  }
  const total = columns.length - (except === undefined ? 0 : 1);
  const more = total - named.length;
  return `column${total === 1 ? '' : 's'} ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Headers and the hashtag each suggests: "Est. Target Pop" #targeted, "People in need" #inneed ... */
const HEADER_HASHTAGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btarget/i, '#targeted'],
  [/\bin\s*need\b|\bpin\b/i, '#inneed'],
  [/\breach/i, '#reached'],
  [/\baffected\b/i, '#affected'],
  [/\bidps?\b|\bdisplaced\b/i, '#affected+idps'],
  [/\brefugees?\b/i, '#affected+refugees'],
  [/\bpopulation\b|\bpop\b/i, '#population'],
];

/** The hashtags to tag untagged columns of numbers with: by their headers where these say, else the usual ones. */
function untaggedAdvice(columns: readonly number[], labels: readonly string[]): string {
  const advised: string[] = [];
  for (const c of columns.slice(0, 5)) {
    const hit = HEADER_HASHTAGS.find(([header]) => header.test(labels[c] ?? ''));
    if (hit !== undefined) advised.push(`${JSON.stringify(clip(labels[c] ?? '', 40))} as ${hit[1]}`);
  }
  return advised.length > 0 ? `${advised.join(', ')}; else #indicator+num+<name>+unit_<unit>` : '#affected+reached, #inneed, #indicator+num+<name>+unit_<unit> ...';
}

function describeUntagged(columns: readonly number[], labels: readonly string[]): string {
  const named = columns.slice(0, 5).map((c) => `${c + 1} ${JSON.stringify(clip(labels[c] ?? '', 40))}`);
  const more = columns.length > 5 ? ` and ${columns.length - 5} more` : '';
  return `${columns.length === 1 ? 'column' : 'columns'} ${named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]}${more}`;
}
