/**
 * Breakdowns in HXL: the columns that split a figure (#sector, #gender, #age+range,
 * #population_group, #event+type, #is_disabled ...) and the attributes of an indicator column
 * that do (+f, +m, +children, +age5_9 ...). Both map to a figure's breakdown, dimension ->
 * value; a value meaning "all" (ALL, a, total, empty) leaves the dimension out, so that the
 * row is a total for it. Pure.
 */
import { sectorOfAttribute } from '../domain/sectors.js';
import type { HxlTag } from './hxl-tags.js';
import { AGE_GROUP } from '../facts/rules.js';
import { isWholePlace } from './hxl-values.js';

/** A column that names a breakdown dimension, and how to read its cells. */
export interface BreakdownColumn {
  index: number;
  /** a second column of the dimension, read where the first is empty (an appeal's name where it has no code) */
  fallback?: number;
  dimension: string;
  /**
   * a text, or a closed dimension (sex, age) that normalises its values; 'status' is a
   * population status (INN, TGT ...) that may name the indicator; 'population-code' a population
   * group that may be a COD sex-and-age code (F_TL, M_00_04)
   */
  read: 'text' | 'sex' | 'age' | 'age-bound' | 'yes-no' | 'status' | 'population-code' | 'projection' | 'keyed' | 'origin' | 'series' | 'category' | 'flags' | 'version';
  /** for 'keyed': the column that names the dimension of each row (WHO's #dimension+type: SEX, RESIDENCEAREATYPE) */
  key?: number;
  /**
   * for 'series' (an operation, an assessment, a market): the places and dates (see seriesKey) for
   * which the file gives several values of the column; only there is the value a breakdown, elsewhere
   * it is the one series the file has for that place and date, context and no part
   */
  varying?: Set<string>;
  /**
   * for an operation or an assessment ('series' by place too): each place's latest ISO date and its
   * value there; `tie` where two values share that date, `unread` where a date of the place is no ISO
   * day (then no value is the place's own)
   */
  latest?: Map<string, { date: string; value: string; tie: boolean; unread: boolean }>;
  /** for such a series: the place-and-date keys whose several series are of two operations, not one's products (two crises) */
  mixedStems?: Set<string>;
  /**
   * codes of the column that the file writes with two or more names in the fallback column (an HNO's
   * PRO for "General Protection" and "Protection (overall)"): where a row's code is one of these, its
   * name says which part it is (the import's first reading fills it)
   */
  namedApart?: Map<string, string[]>;
  /**
   * further columns of the dimension, each with an attribute of its own (Insecurity Insight's
   * #event+type+conflict, +political, +covid19): flags, if their cells prove it (each column one value
   * or a "no"), and then ('flags') the row's value is every flag set; until then read as before
   */
  flagCandidates?: number[];
  /** for 'flags': the columns, in order, and each one's name where its cell is only a "yes" */
  flags?: Array<{ index: number; name: string }>;
}

/** A flag column's cell that says "not this one" (Insecurity Insight's NotApplicable). */
const FLAG_NO = new Set(['', 'no', 'n', '0', 'false', 'notapplicable', 'not applicable', 'n/a', 'na', 'none', '-']);
/** A flag column's cell that says only "this one", so that the column's own name says which. */
const FLAG_YES = new Set(['yes', 'y', '1', 'true', 'x']);

/**
 * A version cell that names the figure itself: anything but a word of a value not yet final (HAPI's
 * rainfall writes final, preliminary, forecast; a version number, "v2.1", is the figure too).
 */
export function isFinalVersion(cell: string): boolean {
  return !/\b(?:prelim\w*|forecasts?|provisional|projected|projections?|draft|estimated?|flash|nowcast|outlook|predictions?|predicted|model(?:l?ed|s)?)\b/i.test(cell);
}

/** Whether a flag column's cell is unset. */
export function isFlagUnset(cell: string): boolean {
  return FLAG_NO.has(cell.trim().toLowerCase());
}

/** Whether a flag column's cell is only a "yes". */
export function isFlagYes(cell: string): boolean {
  return FLAG_YES.has(cell.trim().toLowerCase());
}

/** Cell values that mean "every value of this dimension": the row is a total for it. */
// an HNO's intersectoral figure is its overall one, not the sum of the sectors'
const ALL_VALUES = new Set([
  'all', 'a', 'total', 'tot', 't', 'any', 'both', 'overall', '*', 'intersectoral', 'inter-sectoral',
  // a sex column's whole: "Both sexes", WHO's BTSX, "male and female"
  'both sexes', 'all sexes', 'all genders', 'btsx', 'male and female', 'female and male', 'men and women', 'women and men', 'm+f', 'f+m',
  // (in Spanish and French: "Gran total", "Ambos sexos", "Les deux sexes", "Ensemble")
  'gran total', 'ambos sexos', 'todos', 'todas', 'les deux sexes', 'ensemble', 'tous',
]);

/** The dimension a column's hashtag names, or undefined. The second value is how its cells read. */
export function breakdownDimension(t: HxlTag): { dimension: string; read: BreakdownColumn['read'] } | undefined {
  const has = (a: string) => t.attributes.includes(a);
  switch (t.tag) {
    case '#sector':
    case '#cluster':
      // +description ("Refugee Response") is read only where the code and name are empty
      return has('id') || has('url') ? undefined : { dimension: 'sector', read: 'text' };
    case '#subsector':
      return { dimension: 'subsector', read: 'text' };
    // HAPI's rainfall: the window a value is aggregated over (dekad, 1-month, 3-month), three figures of one place and day
    case '#aggregation':
      return has('id') || has('code') && !has('period') ? undefined : { dimension: 'aggregation', read: 'text' };
    case '#gender':
    case '#sex':
      return { dimension: 'sex', read: 'sex' };
    case '#age_group':
    case '#agegroup':
      return { dimension: 'age', read: 'age' };
    case '#item':
      // WFP and HAPI food prices: the commodity, its unit, retail or wholesale, actual or forecast
      if (has('price') && has('type')) return { dimension: 'price-type', read: 'text' };
      if (has('price') && has('flag')) return { dimension: 'price-flag', read: 'text' };
      if (has('unit')) return { dimension: 'item-unit', read: 'text' };
      if (has('type') || has('id')) return undefined;
      return { dimension: 'item', read: 'text' };
    case '#age':
      if (has('min')) return { dimension: 'age-min', read: 'age-bound' };
      if (has('max')) return { dimension: 'age-max', read: 'age-bound' };
      return { dimension: 'age', read: 'age' };
    case '#population_group':
    case '#population_type':
      return { dimension: 'population-group', read: 'text' };
    case '#population_status':
      return { dimension: 'population-status', read: 'status' };
    case '#population':
      // HAPI: #population+status (INN, TGT, AFF, REA), COD-PS: #population+group (F_TL, T_00_04)
      if (has('status')) return { dimension: 'population-status', read: 'status' };
      // a 3W table's #population+sex column: Hombres, Mujeres
      if (has('sex') || has('gender')) return { dimension: 'sex', read: 'sex' };
      if (has('group') || has('type')) return { dimension: 'population-group', read: 'population-code' };
      return undefined;
    case '#affected':
      // "#affected+type" beside "#affected+displaced" (Lake Chad's DTM sheets: IDP, refugee): whose count the row gives
      return has('type') && !has('num') ? { dimension: 'population-group', read: 'population-code' } : undefined;
    case '#category':
      // HNO/HAPI needs: "Children", "Adult - Female", "People with Disabilities"; "total" is all
      return has('code') || has('id') ? undefined : { dimension: 'category', read: 'category' };
    case '#activity':
      // FTS and HAPI funding: the appeal or plan (HAFG20, "Afghanistan 2020"); not its type or FTS's internal number
      if (has('appeal')) return !has('type') && !has('fts_internal') && !has('internal') ? { dimension: 'appeal', read: 'text' } : undefined;
      // a 4W's or 5W's activity ("Hygiene promotion", "Water trucking"): the people one partner reached by one
      // activity in one place, a part of what the place's rows give, never two values of one figure
      // (not its id or code, a record's number, nor its type)
      // (its name: #activity+name, +description or the bare tag; #activity+cerf_project+insecurity+pct is a figure)
      return (has('name') || has('description') || t.attributes.length === 0) && !has('id') && !has('code') && !has('type') ? { dimension: 'activity', read: 'text' } : undefined;
    case '#org': {
      // a funding flow's funder and recipient (FTS): parts of a total, never the publisher
      if (has('type') || has('code') || has('id') || has('acronym') || has('list')) return undefined;
      if (has('funder') || has('donor')) return { dimension: 'funder', read: 'text' };
      if (has('impl') || has('recipient')) return { dimension: 'recipient', read: 'text' };
      return undefined;
    }
    case '#is_disabled':
    case '#disabled':
    case '#disability':
      return { dimension: 'disability', read: 'yes-no' };
    case '#event':
      if (has('type')) return { dimension: 'event-type', read: 'text' };
      // IDMC's event data: one row per event, named ("India: Flood - Kerala - 07/11/2023")
      if (has('displacement_type')) return { dimension: 'displacement-type', read: 'text' };
      if (has('name') && !has('code') && !has('id')) return { dimension: 'event', read: 'text' };
      return undefined;
    case '#indicator':
      // UNHCR's population statistics: #indicator+population_type (REF, IDP, ASY ...) names whose count
      // the row gives, and #indicator+urban_rural+code, #indicator+accomodation_type+code describe it
      if (has('population_type') || has('population_group')) return { dimension: 'population-group', read: 'population-code' };
      if (has('urban_rural')) return { dimension: 'urban-rural', read: 'text' };
      if (has('accomodation_type') || has('accommodation_type')) return { dimension: 'accommodation-type', read: 'text' };
      // DHS's ByVariableLabel (#indicator+label): the estimate's variant, "Three years preceding the survey" beside "Five
      // years ...": a part where one place and date has several, as a series is
      if (has('label') && t.attributes.length === 1) return { dimension: 'variant', read: 'series' };
      // UNHCR's asylum tables: #indicator+procedure_type+code (G, U, J), +decision_type (FI, AR), +application_data_type
      // (P persons, C cases) describe the row's counts, each a breakdown named as its attribute is
      {
        const kind = t.attributes.find((a) => /^[a-z]+(?:_[a-z]+)*_type$/.test(a));
        if (kind !== undefined && !has('num') && !has('value')) return { dimension: kind.replace(/_/g, '-'), read: 'text' };
      }
      return undefined;
    case '#dimension':
      // WHO's Global Health Observatory: #dimension+type names the dimension of the row (SEX,
      // RESIDENCEAREATYPE), #dimension+code its value (SEX_FMLE, RESIDENCEAREATYPE_RUR)
      return has('code') ? { dimension: 'dimension', read: 'keyed' } : undefined;
    case '#country':
    case '#adm0':
    case '#adm1':
    case '#adm2':
    case '#adm3':
    case '#loc':
      // where displaced people come from (IOM DTM's #adm1+name+origin, UNHCR's #country+code+origin):
      // a part of the people of the row's place, never their place
      if (has('origin') && !has('level')) return { dimension: 'origin', read: 'origin' };
      // WFP food prices: the market of a price, in the row's admin area
      if (t.tag === '#loc' && has('market') && !has('code') && !has('id')) return { dimension: 'market', read: 'series' };
      return undefined;
    case '#operation':
      // IOM DTM: the operation a count comes from ("Haiti Earthquake", "Hurricane Matthew")
      return has('code') || has('id') || has('status') || has('type') ? undefined : { dimension: 'operation', read: 'series' };
    case '#plan':
      // a response plan's type or name (Humanitarian response plan, Flash appeal): a part only where one
      // place and date has several plans, else the context of the one figure it has
      return has('code') || has('id') ? undefined : { dimension: 'plan', read: 'series' };
    case '#service':
      // a service given, WHO's immunization campaigns' vaccine (#service+name "Measles", "MR"): where a place has several
      // (at any dates), each campaign a part, its own people, never the country's whole (campaigns of two vaccines target
      // people who overlap, and no row adds them up); where each place has one, what its figures are of, no part
      return has('code') || has('id') ? undefined : { dimension: 'service', read: 'series' };
    case '#assessment':
      // IOM DTM: a baseline (BA) or site (SA) assessment of the same place and date
      return has('type') ? { dimension: 'assessment-type', read: 'series' } : undefined;
    case '#cause':
      // IOM DTM: the reason people were displaced (Conflict, Natural disaster), a part of the IDPs
      return has('type') ? { dimension: 'cause', read: 'text' } : undefined;
    case '#crisis':
      return has('type') ? { dimension: 'crisis-type', read: 'text' } : undefined;
    // the kind of a row's data (WFP's HungerMap: PREDICTION, a model's, or SURVEY): as a version, a model's figure a part
    case '#data':
      return has('type') ? { dimension: 'version', read: 'version' } : undefined;
    case '#meta': {
      // an appeal's code as the IFRC tags it (#meta+appeal+id, "MDRMR014"): two appeals of one country that overlap
      // (a flood's DREF beside a hunger crisis's) are two parts, never one series whose value changed
      if (!has('breakdown') && has('appeal') && (has('id') || has('code')) && !has('type')) return { dimension: 'appeal', read: 'text' };
      // a code that names each row's series, where the file gives several at one place and date (WFP's
      // QuickCharts prices, "Managua-...-Rice-46 KG-Wholesale-NIO"): a part there, context elsewhere
      if (!has('breakdown') && has('code') && !has('source') && !has('id')) return { dimension: 'series', read: 'series' };
      // a row's version of its figures (HAPI's rainfall: final, preliminary, forecast): the final is the
      // figure, any other a part of its own, never the newest value of the series
      if (!has('breakdown') && has('version')) return { dimension: 'version', read: 'version' };
      // the IPC scraper's first long tables (2023): #meta+phase (all, P3+, P1 ... P5) and #meta+projection (current,
      // first projection): the severity and the validity period, as #severity+v_ipc and #period+v_ipc are now
      if (!has('breakdown') && has('phase') && t.attributes.length === 1) return { dimension: 'severity', read: 'text' };
      if (!has('breakdown') && has('projection') && t.attributes.length === 1) return { dimension: 'projection', read: 'projection' };
      // humfig's export of a dimension without an HDX hashtag: #meta+breakdown+<dimension>
      if (!has('breakdown')) return undefined;
      const name = t.attributes.find((x) => x !== 'breakdown');
      return name ? { dimension: name.replace(/_+/g, '-').replace(/^-+|-+$/g, ''), read: 'text' } : undefined;
    }
    case '#period':
      // IPC and Cadre Harmonisé: the analysis's current figures and its first and second
      // projections (#period+v_ipc); a projection is a forecast, never the current total
      return has('v_ipc') || has('v_ch') || has('type') || has('validity') ? { dimension: 'projection', read: 'projection' } : undefined;
    case '#severity':
      return has('num') || has('value') ? undefined : { dimension: 'severity', read: 'text' };
    // the IPC phase as the IPC scraper tagged it in 2023 (#phase+ipc: all, 3+, 1 ... 5): the severity
    case '#phase':
      return has('num') || has('value') || has('pct') ? undefined : { dimension: 'severity', read: 'text' };
    default:
      // a publisher's own hashtag for a kind or a direction (IATI's #x_transaction_type: commitments, spending;
      // #x_transaction_direction): what tells its rows' money apart, never to be added across
      if (/^#x_[a-z0-9_]*?_(?:type|direction)$/.test(t.tag) && !has('num') && !has('code') && !has('id')) return { dimension: t.tag.slice(3).replace(/_+/g, '-').replace(/^-+|-+$/g, ''), read: 'text' };
      // and a kind under any other hashtag humfig has no meaning for (a pooled fund's #cashflow+type: Budget, Direct Cost,
      // Support Cost): what tells the rows of one place apart, never measures to add up
      if (has('type') && t.attributes.length <= 2 && !has('num') && !has('value') && !has('code') && !has('id') && /^#[a-z][a-z0-9_]*$/.test(t.tag)) return { dimension: `${t.tag.slice(1).replace(/_+/g, '-')}-type`, read: 'text' };
      return undefined;
  }
}

/** An IPC validity period: "current" is the analysis's own figure (no breakdown); a projection is named as written. */
export function readProjection(cell: string): string | undefined {
  // (HAPI's enum spelling: IPCType.FIRST_PROJECTION, IPCType.CURRENT)
  const v = cell.trim().toLowerCase().replace(/^ipctype\./, '');
  return isAllValue(v) || v === 'current' || v === 'cur' ? undefined : v.replace(/[\s_]+/g, ' ');
}

/** An IPC phase as HAPI's enum writes it (IPCPhase.PHASE_2 -> 2, IPCPhase.PHASE_3_PLUS -> 3+); other text as it is. */
export function readSeverity(cell: string): string {
  // (IPCPhase.ALL: all phases, the total, no breakdown)
  if (/^ipcphase\.all$/i.test(cell.trim())) return '';
  // (and the IPC scraper's first spelling, "P3+", "P1", "Phase 3")
  const m = /^(?:ipcphase\.(?:phase_?)?|p|phase\s*)([1-5])(_?plus|\+)?$/i.exec(cell.trim());
  return m ? `${m[1]}${m[2] ? '+' : ''}` : breakdownText(cell);
}

/** A WHO GHO dimension and value: SEX + SEX_FMLE -> sex f, SEX_BTSX -> a total; RESIDENCEAREATYPE + RESIDENCEAREATYPE_RUR -> residenceareatype RUR. */
export function readKeyed(type: string, code: string): { dimension: string; value: string } | undefined {
  const t = type.trim().toUpperCase();
  const c = code.trim().toUpperCase();
  if (!t || !c) return undefined;
  const value = c.startsWith(`${t}_`) ? c.slice(t.length + 1) : c;
  if (t === 'SEX') {
    if (value === 'BTSX' || isAllValue(value)) return undefined;
    return { dimension: 'sex', value: value === 'FMLE' || value === 'F' ? 'f' : value === 'MLE' || value === 'M' ? 'm' : 'other' };
  }
  if (isAllValue(value)) return undefined;
  // (WHO's area of residence, RESIDENCEAREATYPE_URB and _RUR: the urban-rural dimension UNHCR's files name, in its words)
  if (t === 'RESIDENCEAREATYPE') {
    if (value === 'TOTL') return undefined;
    return { dimension: 'urban-rural', value: value === 'URB' ? 'urban' : value === 'RUR' ? 'rural' : value.toLowerCase() };
  }
  return { dimension: t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dimension', value };
}

/** An origin that is not given ("Not available", DTM's national rows): the row is not split by origin. */
export function isOriginUnknown(cell: string): boolean {
  return /^(?:not (?:available|applicable|specified|reported|known)|unknown|n\/?a|nan|none|null|<null>|-|_)$/i.test(cell.trim());
}

/** Whether a cell means "all values" (the row is a total for this dimension). */
export function isAllValue(cell: string): boolean {
  // (HAPI's enum spelling too: "Gender.ALL", "PopulationGroup.ALL")
  // (and a sum row's name, as a spreadsheet's pivot table writes it in any column: "Grand total", Spanish Excel's "Total general")
  return cell === '' || ALL_VALUES.has(cell.toLowerCase()) || isWholePlace(cell) || (cell.includes('.') && /^(?:gender|sex|population_?(?:group|status)|age_?range)\.all$/i.test(cell.trim()));
}

const FEMALE = new Set(['f', 'female', 'females', 'woman', 'women', 'girl', 'girls', 'fem', 'femme', 'femmes', 'mujer', 'mujeres', 'femenino']);
const MALE = new Set(['m', 'male', 'males', 'man', 'men', 'boy', 'boys', 'homme', 'hommes', 'hombre', 'hombres', 'masculino', 'h']);

/**
 * A cell as a lower-case word, HAPI's enum spelling undone ("Gender.MALE" -> "male",
 * "PopulationStatus.INNEED" -> "inneed", "PopulationGroup.ASYLUM_SEEKERS" -> "asylum seekers");
 * a cell with neither a dot nor an underscore is only trimmed and lower-cased (no expression run).
 */
function enumWord(cell: string): string {
  const lower = cell.trim().toLowerCase();
  return lower.includes('.') || lower.includes('_') ? lower.replace(/^(?:gender|sex|populationstatus|populationgroup)\./, '').replace(/_/g, ' ') : lower;
}

/**
 * The one sex a header's words name ("Hombres", "Women 18-59", "Filles"), or undefined where they
 * name none or both ("Men and women"); single letters are left out, being too often something else.
 */
export function sexOfHeader(header: string): 'f' | 'm' | undefined {
  let female = false;
  let male = false;
  for (const word of header.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length < 2) continue;
    if (FEMALE.has(word)) female = true;
    else if (MALE.has(word)) male = true;
  }
  return female === male ? undefined : female ? 'f' : 'm';
}

const OTHER_SEX = new Set(['other', 'others', 'o', 'x', 'non-binary', 'nonbinary', 'third gender', 'intersex', 'autre', 'otro']);

/**
 * "Female" -> f, "M" -> m, "other" -> other, "ALL" -> undefined (a total); HAPI's enum spelling
 * ("Gender.MALE", "Gender.ALL") as the word after the dot. Any other value ("unknown", "not
 * specified") is no sex the schema has: `{ written }`, kept as the row's own breakdown by the caller,
 * never passed off as "other".
 */
export function readSex(cell: string): string | { written: string } | undefined {
  const v = enumWord(cell);
  if (isAllValue(v)) return undefined;
  if (FEMALE.has(v)) return 'f';
  if (MALE.has(v)) return 'm';
  if (OTHER_SEX.has(v)) return 'other';
  return { written: cell.trim() };
}

/**
 * An age group as the schema writes it: "0-17", "60+", "5"; "0_4", "0 to 4", "<5" (0-4),
 * "80plus", "18 - 59" read too. A group the pattern cannot hold ("adults") is undefined with
 * the text kept by the caller as age-group.
 */
export function readAge(cell: string): { age?: string; group?: string } {
  const v = cell.trim().toLowerCase().replace(/\s*(?:years?|yrs?|ans|años)\s*$/, '');
  if (isAllValue(v)) return {};
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,3})\s*(?:-|_|–|to|a|à)\s*(\d{1,3})$/.exec(v)) && Number(m[1]) <= Number(m[2])) return { age: `${Number(m[1])}-${Number(m[2])}` };
  if ((m = /^(\d{1,3})\s*(?:\+|plus|and over|or more|and above)$/.exec(v)) || (m = /^(?:>=|≥)\s*(\d{1,3})$/.exec(v))) return { age: `${Number(m[1])}+` };
  if ((m = /^(?:<|under|below)\s*(\d{1,3})$/.exec(v)) && Number(m[1]) >= 1) return { age: `0-${Number(m[1]) - 1}` };
  if (AGE_GROUP.test(v)) return { age: v };
  return { group: cell.trim() };
}

/** Population statuses of HNO and HAPI tables and the indicator each names. */
const STATUS_INDICATOR: ReadonlyMap<string, string> = new Map([
  ['inn', 'people-in-need'], ['in need', 'people-in-need'], ['pin', 'people-in-need'],
  ['tgt', 'people-targeted'], ['targeted', 'people-targeted'],
  ['aff', 'people-affected'], ['affected', 'people-affected'],
  ['rea', 'people-reached'], ['reached', 'people-reached'],
  ['pop', 'population'], ['population', 'population'],
  ['inneed', 'people-in-need'],
]);

/**
 * The indicator a population status names (INN -> people-in-need, TGT -> people-targeted,
 * AFF -> people-affected, REA -> people-reached, POP -> population), or undefined for another
 * status, which stays a breakdown.
 */
export function statusIndicator(status: string): string | undefined {
  // (HAPI's enum spelling too: "PopulationStatus.INNEED")
  return STATUS_INDICATOR.get(enumWord(status));
}

/**
 * UNHCR's population types, as HAPI's refugee and returnee tables code them in a
 * #population_group column beside a #population count: the people the count is of.
 */
const GROUP_INDICATOR: ReadonlyMap<string, string> = new Map([
  ['ref', 'refugees'], ['roc', 'people-in-refugee-like-situations'], ['asy', 'asylum-seekers'],
  ['oip', 'other-people-in-need-of-international-protection'], ['idp', 'internally-displaced'],
  ['sta', 'stateless'], ['ooc', 'others-of-concern'], ['ret', 'returnees'], ['rdp', 'returned-idps'],
  // HAPI's enum spelling of them ("PopulationGroup.ASYLUM_SEEKERS")
  ['refugees', 'refugees'], ['asylum seekers', 'asylum-seekers'], ['idps', 'internally-displaced'], ['stateless', 'stateless'],
  ['others of concern', 'others-of-concern'], ['returned refugees', 'returnees'], ['returned idps', 'returned-idps'],
]);

/** The indicator a population group's UNHCR code names (REF -> refugees, RET -> returnees, RDP -> returned-idps ...), or undefined. */
export function groupIndicator(group: string): string | undefined {
  return GROUP_INDICATOR.get(enumWord(group));
}

/**
 * A COD-PS population code: `F_TL` (female, all ages), `T_00_04` (both sexes, 0-4),
 * `M_80plus`; the sex and age it names (T: both, TL: all ages), or undefined for other text.
 */
export function readPopulationCode(cell: string): { sex?: string; age?: string } | undefined {
  const m = /^([fmt])_(?:(tl)|(\d{1,2})_(\d{1,2})|(\d{1,2})_?plus)$/i.exec(cell.trim());
  if (!m) return undefined;
  const out: { sex?: string; age?: string } = {};
  const sex = m[1]!.toLowerCase();
  if (sex !== 't') out.sex = sex;
  if (m[3] !== undefined && Number(m[3]) <= Number(m[4])) out.age = `${Number(m[3])}-${Number(m[4])}`;
  else if (m[5] !== undefined) out.age = `${Number(m[5])}+`;
  else if (m[2] === undefined) return undefined;
  return out;
}

/** "y" / "yes" / "true" -> yes, "n" / "no" / "false" -> no, "a" / "all" -> a total. */
export function readYesNo(cell: string): string | undefined {
  const v = cell.trim().toLowerCase();
  if (isAllValue(v)) return undefined;
  if (['y', 'yes', 'true', '1'].includes(v)) return 'yes';
  if (['n', 'no', 'false', '0'].includes(v)) return 'no';
  return cell.trim();
}

/** One line of text for a breakdown value: control characters and runs of spaces folded, at most 200 characters. */
export function breakdownText(cell: string): string {
  // (trimmed after the cut too: a value cut at a space would end in one, and lose it on a round trip)
  return cell.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200).trimEnd();
}

/**
 * Attributes that name people by their role (Insecurity Insight's #affected+healthworker+killed): a
 * population group, as a header naming them is (import-hxl's ROLE_HEADERS), so that health workers
 * killed are the deaths of that group whichever way a file says it.
 */
const ROLE_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['healthworker', 'health workers'],
  ['healthworkers', 'health workers'],
  ['health_worker', 'health workers'],
  ['health_workers', 'health workers'],
  // ("Aid Health Workers Killed", #affected+aid_healthworker+killed: health workers of the aid system, a group of their own)
  ['aid_healthworker', 'aid health workers'],
  ['aid_healthworkers', 'aid health workers'],
  ['aid_health_worker', 'aid health workers'],
  ['aid_health_workers', 'aid health workers'],
  ['aidworker', 'aid workers'],
  ['aidworkers', 'aid workers'],
  ['aid_worker', 'aid workers'],
  ['aid_workers', 'aid workers'],
  ['educator', 'educators'],
  ['educators', 'educators'],
  ['teacher', 'educators'],
  ['teachers', 'educators'],
  ['student', 'students'],
  ['students', 'students'],
  ['journalist', 'journalists'],
  ['journalists', 'journalists'],
]);

const SEX_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['f', 'f'], ['female', 'f'], ['women', 'f'], ['girls', 'f'],
  ['m', 'm'], ['male', 'm'], ['men', 'm'], ['boys', 'm'],
]);
/** Whether an attribute names a sex (+f, +male, +girls ...), as a breakdown reads it. */
export function isSexAttribute(attribute: string): boolean {
  return SEX_ATTRIBUTES.has(attribute);
}
/** Age-group words of the HXL dictionary; an exact +ageN_M, where given, says more. */
const AGE_WORDS = new Set(['infants', 'children', 'adolescents', 'youth', 'adults', 'elderly']);
/** An age group and the broader one it lies within. */
const AGE_WITHIN: ReadonlyMap<string, string> = new Map([
  ['elderly', 'adults'],
  ['infants', 'children'],
  ['adolescents', 'children'],
]);

/** A category's words of age, singular or plural, and the age group each names. */
const CATEGORY_AGES: ReadonlyMap<string, string> = new Map([
  ['infant', 'infants'], ['infants', 'infants'], ['child', 'children'], ['children', 'children'], ['adolescent', 'adolescents'], ['adolescents', 'adolescents'],
  ['youth', 'youth'], ['adult', 'adults'], ['adults', 'adults'], ['elderly', 'elderly'], ['older', 'elderly'],
  ['enfants', 'children'], ['enfant', 'children'], ['adultes', 'adults'], ['adulte', 'adults'], ['agees', 'elderly'], ['agee', 'elderly'],
]);
/** Words of a category that say nothing by themselves ("People with Disabilities", "Older persons", "Personnes en situation de handicap"). */
// ("IDP - Total": all IDPs; "Host Community": the host group)
const CATEGORY_FILLER = new Set(['and', 'with', 'people', 'persons', 'person', 'et', 'personnes', 'en', 'situation', 'de', 'avec', 'total']);
/** A French HNO category's words of sex, accents taken off ("Filles", "Garçons", "Femmes", "Hommes"). */
const CATEGORY_SEXES: ReadonlyMap<string, string> = new Map([
  ['filles', 'f'], ['fille', 'f'], ['femmes', 'f'], ['femme', 'f'], ['feminin', 'f'],
  ['garcons', 'm'], ['garcon', 'm'], ['hommes', 'm'], ['homme', 'm'], ['masculin', 'm'],
]);
/** A category's word of a population group, kept as the HNO writes its groups ("Adult - female - pdi"). */
const CATEGORY_GROUPS: ReadonlyMap<string, string> = new Map([
  ['pdi', 'IDP'], ['idp', 'IDP'], ['idps', 'IDP'], ['refugies', 'REF'], ['refugees', 'REF'], ['rapatries', 'rapatries'], ['retournes', 'retournes'], ['returnees', 'RET'], ['autres', 'autres'], ['host', 'host'], ['hotes', 'host'], ['hostcommunity', 'host'], ['hostcommunities', 'host'],
]);

/**
 * A HNO or HAPI category made only of sex, age and disability words ("Adult - Female", "Children -
 * Male", "Elderly - Female", "People with Disabilities"): the breakdown they name; undefined for
 * any other category ("IDPs in sites"), which the caller keeps as written.
 */
export function readCategory(cell: string): Record<string, string> | undefined {
  const whole = readCategoryWords(cell);
  if (whole !== undefined) return whole;
  // a category of dash-separated parts some of which are sex, age and group words and some another
  // part of the row ("Adult - Female - Iran (District of Return)", HAPI's needs): those words read,
  // the rest kept as the category, so that --sex f finds it (not a hyphenated word: "Non-displaced")
  const parts = cell.split(/\s+[-–]\s+/);
  if (parts.length < 2) return undefined;
  // ("Total - Iran (District of Return)": the whole of that group, as "IDP - Total" is all IDPs, so that it is the
  // total of "Adult - Female - Iran (District of Return)" and the rest of its parts)
  const named = parts.filter((p) => !/^total$/i.test(p.trim()));
  const totalled = named.length < parts.length;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const rest: string[] = [];
  for (const part of named) {
    const read = readCategoryWords(part);
    if (read === undefined || Object.keys(read).some((k) => out[k] !== undefined && out[k] !== read[k])) rest.push(part.trim());
    else Object.assign(out, read);
  }
  if (rest.length === 0 || (rest.length === named.length && !totalled)) return undefined;
  out.category = rest.join(' - ');
  return out;
}

/** A category made only of sex, age, disability and population-group words, read; undefined where any word is another. */
function readCategoryWords(cell: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let any = false;
  let text = cell.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // an age bound in words or signs ("Filles < 5 ans", "children under 5 years", "60 ans et plus")
  const under = /(?:<|moins\s+de|under|less\s+than)\s*(\d{1,2})\s*(?:ans|years?|yrs?)?/.exec(text);
  const over = /(>=|>|plus\s+de|over)\s*(\d{1,2})\s*(?:ans|years?|yrs?)?|(\d{1,2})\s*(?:ans|years?)?\s*(?:et\s+plus|and\s+(?:over|above|older)|\+)/.exec(text);
  if (under && Number(under[1]) >= 1) {
    out.age = `0-${Number(under[1]) - 1}`;
    text = text.replace(under[0], ' ');
    any = true;
  } else if (over) {
    // ("> 5", "over 5", "plus de 5": above five, 6 and over; "5 ans et plus", ">= 5": 5 and over)
    out.age = over[2] !== undefined ? `${Number(over[2]) + (over[1] === '>=' ? 0 : 1)}+` : `${Number(over[3])}+`;
    text = text.replace(over[0], ' ');
    any = true;
  }
  // ("Host Community - Female": the host group; "Community" alone names none)
  text = text.replace(/\bhost[\s-]+communit(?:y|ies)\b/g, 'host');
  for (const w of text.split(/[\s,\-–/&+]+/)) {
    if (w === '' || CATEGORY_FILLER.has(w)) continue;
    const sex = SEX_ATTRIBUTES.get(w) ?? CATEGORY_SEXES.get(w);
    const age = CATEGORY_AGES.get(w);
    const group = CATEGORY_GROUPS.get(w);
    if (sex !== undefined && (out.sex === undefined || out.sex === sex)) {
      out.sex = sex;
      // ("filles", "garcons": girls and boys, children; not beside women or men: "Femmes et filles" is all women and girls)
      if ((w === 'filles' || w === 'garcons') && out.age === undefined && !/\b(?:femmes?|hommes?|women|men)\b/.test(text)) out['age-group'] ??= 'children';
    } else if (age !== undefined && (out['age-group'] === undefined || out['age-group'] === age)) out['age-group'] = age;
    else if (group !== undefined && out['population-group'] === undefined) out['population-group'] = group;
    else if (w === 'disabilities' || w === 'disability' || w === 'disabled' || w === 'handicap') out.disability = 'yes';
    else return undefined;
    any = true;
  }
  return any ? out : undefined;
}

/**
 * The breakdown an indicator column's attributes give (+f -> sex f; +age5_9 -> age 5-9;
 * +age80plus -> 80+; +children alone -> age-group children), and the attributes left over,
 * which say what is counted. +girls and +boys are also children, +women and +men adults (as
 * HDX uses them) where no exact age is given. With `sectors`, a sector attribute (+health, +wash)
 * is a sector breakdown too (for columns of people and money, where HDX writes them).
 */
export function attributeBreakdown(attributes: readonly string[], sectors = false): { breakdown: Record<string, string>; rest: string[] } {
  const breakdown: Record<string, string> = Object.create(null) as Record<string, string>;
  const rest: string[] = [];
  let ageWord: string | undefined;
  // IPC and Cadre Harmonisé wide tables: +ipc +current +phase3, +ipc +first_projection +p3plus
  const ipc = attributes.includes('ipc') || attributes.includes('ch');
  for (const a of attributes) {
    if (ipc) {
      const phase = /^(?:phase|p)([1-5])(plus)?$/.exec(a);
      if (phase) {
        breakdown.severity = phase[2] ? `${phase[1]}+` : phase[1]!;
        continue;
      }
      // (+first_projection, or the older spelling of IPC's tables: +projected, +second_projected)
      const projection = /^(first|second)?_?project(?:ion|ed)$/.exec(a);
      if (projection) {
        breakdown.projection = `${projection[1] ?? 'first'} projection`;
        continue;
      }
      // the classification's name, the analysis's current figures, all phases: no part
      // (nor +food: the phases are of food insecurity, no cluster's: "#affected+food+ipc+p3plus+num" is no sector FSC)
      if (a === 'ipc' || a === 'ch' || a === 'current' || a === 'total' || a === 'food') continue;
    }
    const sector = sectors ? sectorOfAttribute(a) : undefined;
    if (sector !== undefined) {
      // an area of responsibility names its sector more closely than protection does (+protection+gbv: PRO_GBV)
      if (breakdown.sector === undefined || (breakdown.sector === 'PRO' && sector.startsWith('PRO_'))) breakdown.sector = sector;
      continue;
    }
    // +protection+child: child protection, not protection of children as an age group
    if (sectors && a === 'child' && attributes.includes('protection')) {
      breakdown.sector = 'PRO_CPM';
      continue;
    }
    const sex = SEX_ATTRIBUTES.get(a);
    if (sex !== undefined) {
      breakdown.sex = sex;
      if (a === 'girls' || a === 'boys') ageWord ??= 'children';
      continue;
    }
    let m: RegExpExecArray | null;
    // (UNHCR writes an underscore after "age": +age_0_4, and +age_60_ for 60 and over)
    if ((m = /^age_?(\d{1,3})_(\d{1,3})$/.exec(a)) && Number(m[1]) <= Number(m[2])) {
      breakdown.age = `${Number(m[1])}-${Number(m[2])}`;
      continue;
    }
    if ((m = /^age_?(\d{1,3})_?(?:plus|over|_)$/.exec(a))) {
      breakdown.age = `${Number(m[1])}+`;
      continue;
    }
    // (and without it, beside +elderly or from 60: UNHCR's current #affected+f+elderly+age_60, the band of 60 and over)
    if ((m = /^age_?(\d{1,3})$/.exec(a)) && (attributes.includes('elderly') || attributes.includes('older') || Number(m[1]) >= 60)) {
      breakdown.age = `${Number(m[1])}+`;
      continue;
    }
    if ((m = /^age_?(?:under|lt)_?(\d{1,3})$/.exec(a)) && Number(m[1]) >= 1) {
      breakdown.age = `0-${Number(m[1]) - 1}`;
      continue;
    }
    if (a === 'unknown_age' || a === 'age_unknown') {
      breakdown['age-group'] = 'unknown';
      continue;
    }
    // (people of unknown sex: no sex the schema has, kept as written, as a sex column's "unknown" is)
    if (a === 'unknown_sex' || a === 'sex_unknown') {
      breakdown['sex-as-written'] = 'unknown';
      continue;
    }
    // (and of another sex, "+other" beside "+m" and "+f": import-hxl.ts names it so)
    if (a === 'sex_other') {
      breakdown['sex-as-written'] = 'other';
      continue;
    }
    if (AGE_WORDS.has(a)) {
      // (a narrower group never replaces the broader one it lies within: "Men (incl. elderly)", +m +adults +elderly, are adults)
      if (ageWord === undefined || AGE_WITHIN.get(a) !== ageWord) ageWord = a;
      continue;
    }
    const role = ROLE_ATTRIBUTES.get(a);
    if (role !== undefined) {
      breakdown['population-group'] = role;
      continue;
    }
    if (a === 'disabled' || a === 'disability' || a === 'pwd') {
      breakdown.disability = 'yes';
      continue;
    }
    rest.push(a);
  }
  if (breakdown.age === undefined && ageWord !== undefined) breakdown['age-group'] = ageWord;
  return { breakdown, rest };
}

/** "sex f, age 0-4, sector FSC": a breakdown for labels and reports. */
export function describeBreakdown(b: Readonly<Record<string, string>> | undefined): string {
  if (b === undefined) return '';
  return Object.keys(b)
    .map((k) => `${k} ${b[k]}`)
    .join(', ');
}

/** Dimensions in the order ids and labels name them: the documented ones first, then the rest by name. */
const ORDER = ['appeal', 'plan', 'organisation', 'sector', 'subsector', 'aggregation', 'population-group', 'population-status', 'origin', 'urban-rural', 'accommodation-type', 'category', 'sex', 'age', 'age-min', 'age-max', 'age-group', 'disability', 'displacement-type', 'event-type', 'event', 'record', 'crisis-type', 'item', 'item-unit', 'price-type', 'price-flag', 'funder', 'recipient'];
const ORDER_RANK: ReadonlyMap<string, number> = new Map(ORDER.map((d, i) => [d, i]));

/** The breakdown with its keys in a stable order (a plain object, own keys only); undefined when empty. */
export function orderedBreakdown(b: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const keys = Object.keys(b);
  if (keys.length === 0) return undefined;
  keys.sort((x, y) => (ORDER_RANK.get(x) ?? 99) - (ORDER_RANK.get(y) ?? 99) || (x < y ? -1 : x > y ? 1 : 0));
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = b[k]!;
  return out;
}
