/**
 * Place mentions for the extractor. Countries come from a built-in list of names (with common
 * variants) and get their ISO 3166-1 alpha-3 code as id; other places are learned from the
 * text itself and get a kebab-case id ("Nagorno-Karabakh" -> nagorno-karabakh):
 *
 * - a capitalised name after a word of location or movement: "in|into|inside|within|across|
 *   throughout|at|near|from|to|fleeing|fled|leaving|left|reached|entered Nagorno-Karabakh", or of
 *   a disaster or attack: "hit|struck|battered|flooded|shelled|bombed|besieged Sorrel";
 * - "the" + capitalised words ending in a geographic word: "in the Ostrel Valley", "the Gaza Strip";
 * - a capitalised name followed by a kind of place: "Lower Tavarra province", "Goris city";
 * - a capitalised name in the possessive just before a figure: "Nagorno-Karabakh's approximately
 *   120,000 residents".
 *
 * Once learned, every later capitalised occurrence of the name is a mention. "the region", "the
 * enclave", "the area", "the territory", "the province", ... stand for the latest mentioned place
 * that is not a country, "the country" for the latest country. Pure.
 */
import { countryByIso3, findCountry } from '../domain/countries.js';
import type { Span } from './text.js';

export interface PlaceInfo {
  id: string;
  name: string;
  iso3?: string;
}

/** how the sentence names the place: as a location (in X), an origin (from X), a donor (X has pledged), or otherwise */
export type MentionKind = 'locative' | 'origin' | 'donor' | 'venue' | 'other';

export interface PlaceMention extends Span {
  place: PlaceInfo;
  kind: MentionKind;
  /** "the region", "the enclave": resolved to an earlier mention */
  anaphor: boolean;
}

/** Country names as written in English-language reporting, "|"-separated variants, then the code. */
const COUNTRIES = `
Afghanistan AFG;Albania ALB;Algeria DZA;Andorra AND;Angola AGO;Antigua and Barbuda ATG;Argentina ARG;
Armenia ARM;Australia AUS;Austria AUT;Azerbaijan AZE;Bahamas BHS;Bahrain BHR;Bangladesh BGD;Barbados BRB;
Belarus BLR;Belgium BEL;Belize BLZ;Benin BEN;Bhutan BTN;Bolivia BOL;Bosnia and Herzegovina|Bosnia BIH;
Botswana BWA;Brazil BRA;Brunei BRN;Bulgaria BGR;Burkina Faso BFA;Burundi BDI;Cabo Verde|Cape Verde CPV;
Cambodia KHM;Cameroon CMR;Canada CAN;Central African Republic|CAR CAF;Chad TCD;Chile CHL;China CHN;
Colombia COL;Comoros COM;Republic of the Congo|Congo-Brazzaville|Congo COG;
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa COD;Costa Rica CRI;Côte d'Ivoire|Côte d’Ivoire|Ivory Coast CIV;
Croatia HRV;Cuba CUB;Cyprus CYP;Czechia|Czech Republic CZE;Denmark DNK;Djibouti DJI;Dominica DMA;
Dominican Republic DOM;Ecuador ECU;Egypt EGY;El Salvador SLV;Equatorial Guinea GNQ;Eritrea ERI;
Estonia EST;Eswatini|Swaziland SWZ;Ethiopia ETH;Fiji FJI;Finland FIN;France FRA;Gabon GAB;Gambia GMB;
Georgia GEO;Germany DEU;Ghana GHA;Greece GRC;Grenada GRD;Guatemala GTM;Guinea GIN;Guinea-Bissau GNB;
Guyana GUY;Haiti HTI;Honduras HND;Hungary HUN;Iceland ISL;India IND;Indonesia IDN;Iran IRN;Iraq IRQ;
Ireland IRL;Israel ISR;Italy ITA;Jamaica JAM;Japan JPN;Jordan JOR;Kazakhstan KAZ;Kenya KEN;Kiribati KIR;
North Korea PRK;South Korea KOR;Kosovo XKX;Kuwait KWT;Kyrgyzstan KGZ;Laos|Lao PDR LAO;Latvia LVA;
Lebanon LBN;Lesotho LSO;Liberia LBR;Libya LBY;Liechtenstein LIE;Lithuania LTU;Luxembourg LUX;
Madagascar MDG;Malawi MWI;Malaysia MYS;Maldives MDV;Mali MLI;Malta MLT;Marshall Islands MHL;
Mauritania MRT;Mauritius MUS;Mexico MEX;Micronesia FSM;Moldova MDA;Monaco MCO;Mongolia MNG;
Montenegro MNE;Morocco MAR;Mozambique MOZ;Myanmar|Burma MMR;Namibia NAM;Nauru NRU;Nepal NPL;
Netherlands NLD;New Zealand NZL;Nicaragua NIC;Niger NER;Nigeria NGA;North Macedonia MKD;Norway NOR;
Oman OMN;Pakistan PAK;Palau PLW;Palestine|State of Palestine PSE;
Panama PAN;Papua New Guinea PNG;Paraguay PRY;Peru PER;Philippines PHL;Poland POL;Portugal PRT;Qatar QAT;
Romania ROU;Russia|Russian Federation RUS;Rwanda RWA;Saint Kitts and Nevis KNA;Saint Lucia LCA;
Saint Vincent and the Grenadines VCT;Samoa WSM;San Marino SMR;Sao Tome and Principe|São Tomé and Príncipe STP;
Saudi Arabia SAU;Senegal SEN;Serbia SRB;Seychelles SYC;Sierra Leone SLE;Singapore SGP;Slovakia SVK;
Slovenia SVN;Solomon Islands SLB;Somalia SOM;South Africa ZAF;South Sudan SSD;Spain ESP;Sri Lanka LKA;
Sudan SDN;Suriname SUR;Sweden SWE;Switzerland CHE;Syria|Syrian Arab Republic SYR;Tajikistan TJK;
Tanzania TZA;Thailand THA;Timor-Leste|East Timor TLS;Togo TGO;Tonga TON;Trinidad and Tobago TTO;
Tunisia TUN;Türkiye|Turkiye|Turkey TUR;Turkmenistan TKM;Tuvalu TUV;Uganda UGA;Ukraine UKR;
United Arab Emirates|UAE ARE;United Kingdom|Britain GBR;United States|United States of America USA;
Uruguay URY;Uzbekistan UZB;Vanuatu VUT;Venezuela VEN;Viet Nam|Vietnam VNM;Yemen YEM;Zambia ZMB;Zimbabwe ZWE`;

/** ISO3 for the rows above, named as the ISO 3166 model names them (Kosovo: XKX, as HDX and UN agencies use). */
function countryTable(): Map<string, PlaceInfo> {
  const byName = new Map<string, PlaceInfo>();
  for (const row of COUNTRIES.split(';')) {
    const m = /^\s*(.+?)\s+([A-Z]{3})\s*$/.exec(row);
    if (!m) continue;
    const names = m[1]!.split('|');
    const code = m[2]!;
    // the id and name come from the ISO 3166 model HXL import uses (findCountry), so that a draft
    // and an imported file name the same country the same way; the list above only says which
    // words of a text may name a country
    const country = countryByIso3(code) ?? findCountry(names[0]!);
    const place: PlaceInfo = country ? { id: country.iso3, name: country.name, iso3: country.iso3 } : { id: kebab(names[0]!), name: names[0]! };
    for (const n of names) byName.set(n, place);
  }
  return byName;
}

const COUNTRY_BY_NAME = countryTable();

/** A name of capitalised words (perhaps with "of", "and", "the" between them) and the acronym the text gives it in brackets. */
const ACRONYM_DEFINED = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|de|du|des|la)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,5})\s+\((\p{Lu}{2,5})\)/gu;

/**
 * The country acronyms (CAR, DRC, UAE) a text defines as the name of something else, with that name: "the Cordillera
 * Administrative Region (CAR)" in a Philippine report. Not those it defines as the country ("the Central African
 * Republic (CAR)").
 */
function redefinedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM_DEFINED)) {
    const acronym = m[2]!;
    const country = COUNTRY_BY_NAME.get(acronym);
    if (country === undefined || out.has(acronym)) continue;
    const name = m[1]!;
    // (the name ends with the country's own name, or is one ISO 3166 knows for it: "the Democratic Republic of the Congo (DRC)")
    if (name.endsWith(country.name) || [...COUNTRY_BY_NAME].some(([n, p]) => p === country && n.length > 3 && name.endsWith(n)) || findCountry(name)?.iso3 === country.iso3) continue;
    out.set(acronym, name);
  }
  return out;
}

/** Capitalised words that start no place name. */
const NOT_PLACES = new Set(
  `January February March April May June July August September October November December Monday Tuesday
  Wednesday Thursday Friday Saturday Sunday The A An This That These Those He She It They We I You His Her
  Rls Rs Rp Tk Ksh KSh Dhs SFr
  Their Our Its Mr Mrs Ms Dr President Prime Minister Minister Reuters AFP AP UN United Nations OCHA UNHCR
  UNICEF WFP WHO IOM ICRC IFRC MSF NGO NGOs International Federation Red Cross Crescent Committee Agency
  Ministry Government Office Council Organization Organisation Programme Program Fund Church Society
  Societies Authority Authorities Mission Army Forces Police God Christmas Easter Ramadan Eid According
  However Meanwhile In On At As By For From To With After Before During Since Today Yesterday Tomorrow
  Flash Update Appeal Situation Report Key Highlights Emergency Humanitarian Response Plan Middle Ages
  Islamic Apostolic Catholic Orthodox Baptist Security General Secretary Chief Director Head Spokesperson
  Fiscal Financial Year Years Week Month Quarter
  Numbers Brief Focus Summary Pictures Photos Figures Review Detail Depth Context Short
  North South East West Northern Southern Eastern Western Central Upper Cyclone Typhoon Hurricane Storm
  Tropical Tropical-Cyclone Super Aid Relief Help Millions Thousands Hundreds Dozens Billions Parliament
  Congress Senate Cabinet Assembly Commission Department Secretariat
  Wake Support Response Face Light Memory Honour Honor Solidarity Aftermath Need Danger Search
  Requiring Needing Urgent Affected Displaced Arriving Targeted Reached Receiving Facing Living Estimated`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may begin a place name although listed above, when another capitalised word follows. */
const DIRECTION_PREFIX = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/** A kind of administrative area and "of", after "in" or the like, right before a name ("in the province of Taroudant"; not "southwest of the city of Marrakech"). */
/**
 * Kinds of area a name follows with "of" ("the province of Taroudant", "the island of Grenada"), as
 * an expression's alternatives. Not "state" or "department": "the Department of Social Services".
 */
export const AREA_KINDS_OF = String.raw`(?:province|prefecture|district|region|county|governorate|municipality|commune|city|town|village|island)\s+of`;
// (with one word between: "in the Greek island of Rhodes", "in the southern province of Taroudant")
const PLACE_KIND_OF = new RegExp(String.raw`\b(?:in|on|across|throughout|within|into|from|hit|struck|battered|ravaged|devastated)\s+(?:the\s+)?(?:[a-z-]+\s+)?${AREA_KINDS_OF}\s+$`, 'i');
/** After a country's name, the name of its currency ("New Zealand dollars", "Hong Kong dollar"). */
/** After a place's name: the rest of a publisher's name ("Kuwait News Agency", "Jordan Times", "Kenya Broadcasting"). */
const PUBLISHER_AFTER_NAME = /^\s+(?:News(?:\s+Agency)?|Times|Post|Herald|Tribune|Gazette|Observer|Daily|Broadcasting|Television|Radio|Press)(?![\p{L}])/u;
const CURRENCY_AFTER_NAME = /^\s+(?:dollars?|rupees?|shillings?|pesos?)(?![\p{L}])/iu;

/** Before a name: the people of a place ("the population of", "residents of"). */
const PEOPLE_OF = /\b(?:population|people|residents|inhabitants|citizens)\s+of\s+$/i;
/** The word before "(the) province of" and the like: what kind of mention the name after it is. */
const WORD_BEFORE_KIND_OF = new RegExp(String.raw`([\p{L}]+)\s+(?:the\s+)?(?:(?!the\s)[\p{L}-]+\s+)??${AREA_KINDS_OF}\s+$`, 'iu');
/** A storm's name after its kind ("Super Typhoon Yagi", "Tropical Cyclone Freddy", "Hurricane Melissa"). */
const STORM_NAME = /\b(?:[Tt]yphoon|[Cc]yclone|[Hh]urricane|[Tt]ropical\s+[Ss]torm|[Ss]torm|[Tt]ropical\s+[Dd]epression)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** Demonyms and languages ("Armenian", "Azerbaijani", "Syrian", "English"). */
// (and adjectives of nations with other endings: "the French island territory" names no place "French")
const DEMONYM = /(?:ian|ians|ean|eans|ese|ish|ani)$|^(?:French|Dutch|Greek|Thai|Swiss|Czech|Welsh|Catalan)$/;

/** A direction in lower case before a name ("in southern Shan"): the word before it says what kind of mention the name is. */
const LOWER_DIRECTION = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower)$/;
/** Continents, seas and regions a direction often leads ("in southern Africa", "the eastern Mediterranean"): no place of a figure by the direction. */
const REGION_NAME = /^(?:Afric|Asia|Europ|America|Pacific|Atlantic|Mediterranean|Sahel|Caribbean|Oceania|Balkan|Middle\s+East|Horn)/u;
const LOCATIVE = new Set(['in', 'into', 'inside', 'within', 'across', 'throughout', 'at', 'near', 'to']);
/** A verb of people moving before "to" (and "the"), which makes the place after it where they went. */
const MOVED_TO = /(?<![\p{L}])(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing|moved|relocated|evacuated|returned|returning|arrived|arriving|headed|heading|deported)\s+to\s+(?:the\s+)?$/iu;
const ORIGIN = new Set(['from', 'fleeing', 'fled', 'flee', 'leaving', 'left', 'leave', 'reached', 'entered', 'entering', 'reaching']);
/** Verbs of disasters and attacks: a capitalised name after them is a place ("floods hit Sorrel"). */
const STRUCK = new Set(['hit', 'struck', 'battered', 'flooded', 'shelled', 'bombed', 'besieged']);
const PLACE_KINDS =
  /^\s+(?:region|province|district|governorate|state|county|municipality|prefecture|department|oblast|camp|city|town|village|valley|enclave|island|islands|settlement|sub-district|subdistrict|commune|zone)\b/;
const ANAPHOR = /(?<![\p{L}])the\s+(region|enclave|area|territory|province|district|governorate|country|city|town|camp|island|valley|zone|municipality)(?![\p{L}])/gu;

/** A capitalised word, hyphenated parts and Arabic-style particles ("al-Balah") included. */
const WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*/uy;
const CAP_START = /(?<![\p{L}\p{N}\p{M}'’-])\p{Lu}/gu;
/**
 * The starts of capitalised words in `text`, asked for in increasing order of position: the
 * first at or after `at`, or -1. A search that ran past the end of a paragraph without a capital
 * is not run again for the next paragraph: each stretch of text is scanned once, so a text of
 * many short lines without capitals costs linear time, not a scan to the end per line.
 */
function capitalStarts(text: string): (at: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1; // the first capital at or after searchedFrom, -1 for none
  return (at) => {
    if (at >= searchedFrom && (found === -1 || found >= at)) return found;
    CAP_START.lastIndex = at;
    const m = CAP_START.exec(text);
    searchedFrom = at;
    found = m ? m.index : -1;
    return found;
  };
}

const PARTICLE_WORD = /(?:al|el|ad|ash|as|at|ar|an|az|de|du|da|di|la|le)-\p{Lu}[\p{L}\p{M}'’]*/uy;

/** kebab-case id of a name: "Nagorno-Karabakh" -> "nagorno-karabakh", "Deir al-Balah" -> "deir-al-balah". */
export function kebab(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The word before `at` (lower case), or ''. */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (m && LOWER_DIRECTION.test(m[1]!) && !REGION_NAME.test(text.slice(at, at + 14))) {
    // "51,500 in southern Shan", "800 in eastern Bago": a part of the place, where the figure is; the word before the direction says
    const d = /([\p{L}]+)\s+[\p{Ll}-]+\s+$/u.exec(text.slice(Math.max(0, at - 50), at));
    return d ? d[1]!.toLowerCase() : '';
  }
  return m ? m[1]!.toLowerCase().replace(/^.*-/, '') : '';
}

/** The sequence of capitalised words (at most 4) starting at `at`, as [name, end]; a possessive 's is dropped. */
function capitalisedRun(text: string, at: number, limit: number): [string, number] | undefined {
  const words: string[] = [];
  let pos = at;
  while (words.length < 4 && pos < limit) {
    WORD.lastIndex = pos;
    PARTICLE_WORD.lastIndex = pos;
    const w = WORD.exec(text)?.[0] ?? (words.length > 0 ? PARTICLE_WORD.exec(text)?.[0] : undefined);
    if (!w) break;
    const possessive = /['’]s$/.test(w);
    const bare = possessive ? w.slice(0, -2) : w.replace(/['’]$/, '');
    if (NOT_PLACES.has(bare) && !(words.length === 0 && DIRECTION_PREFIX.has(bare))) break;
    if (/^[\p{Lu}\d-]+$/u.test(bare) && !COUNTRY_BY_NAME.has(bare)) break; // acronyms
    words.push(bare);
    if (possessive || bare.length < w.length) break;
    pos += w.length;
    if (text[pos] !== ' ') break;
    pos++;
  }
  while (words.length > 0 && DIRECTION_PREFIX.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  if (DEMONYM.test(words[words.length - 1]!) && !COUNTRY_BY_NAME.has(name)) return undefined;
  return [name, at + name.length];
}

/** A digit, currency sign, qualifier or number word starting a figure right after a possessive. */
const FIGURE_AFTER_POSSESSIVE =
  /^['’]s\s+(?:(?:approximately|about|around|some|roughly|nearly|almost|more than|over|at least|up to|fewer than|less than|under|an estimated|estimated)\s+)?(?:[$€£]|US\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen)\b)/i;

export interface PlaceIndex {
  places: PlaceInfo[];
  mentions: PlaceMention[];
}

/**
 * Learns the places of the prose spans and lists every mention, in text order. `spans` are the
 * prose paragraphs (captions are left out: a photo's place is not the article's).
 */
export function indexPlaces(text: string, spans: readonly Span[]): PlaceIndex {
  const learned = new Map<string, PlaceInfo>(); // name -> place
  const learn = (name: string) => {
    if (COUNTRY_BY_NAME.has(name) || learned.has(name)) return;
    // a country the list above does not spell ("Timor Leste", "Republic of Korea"): by ISO 3166
    const country = name.length > 3 ? findCountry(name) : undefined;
    if (country) {
      learned.set(name, { id: country.iso3, name: country.name, iso3: country.iso3 });
      return;
    }
    const id = kebab(name);
    if (id === '' || id === 'unknown' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return;
    learned.set(name, { id, name });
  };

  // the names of storms ("Typhoon Yagi", "Cyclone Freddy"): never places ("attributed the deaths to Yagi")
  const storms = new Set<string>();
  for (const m of text.matchAll(STORM_NAME)) storms.add(m[1]!);

  // pass 1: learn names from the three patterns
  let capital = capitalStarts(text);
  for (const span of spans) {
    for (let at = capital(span.start); at !== -1 && at < span.end; ) {
      const m = { index: at };
      const run = capitalisedRun(text, m.index, span.end);
      at = capital(m.index + 1);
      if (!run) continue;
      const [name, end] = run;
      const before = wordBefore(text, m.index);
      const after = text.slice(end, Math.min(span.end, end + 60));
      const lastWord = name.split(' ').pop()!;
      const theHead = before === 'the' && name.includes(' ') && GEOGRAPHIC_HEAD.test(lastWord); // "in the Ostrel Valley"
      // "in the province of Taroudant", "the prefecture of Agadir"
      const kindOf = before === 'of' && PLACE_KIND_OF.test(text.slice(Math.max(0, m.index - 40), m.index));
      // "the population of Kessa", "residents of Marl": the people of a place
      const peopleOf = before === 'of' && PEOPLE_OF.test(text.slice(Math.max(0, m.index - 30), m.index));
      if (LOCATIVE.has(before) || ORIGIN.has(before) || STRUCK.has(before) || PLACE_KINDS.test(after) || FIGURE_AFTER_POSSESSIVE.test(after) || theHead || kindOf || peopleOf) {
        if (before === 'to' && /according\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        // ("... Launch a Response Plan to Assist 3.6 Million People": in a headline in title case, "to" leads a verb, no place)
        // (unless nothing follows the name on the line but its end: "Who Fled to Kessa" is a destination)
        if (before === 'to' && /^[ \t]+(?:\d|\p{Lu})/u.test(after) && titleCaseLine(text, m.index)) continue;
        if (storms.has(name)) continue;
        learn(name);
      }
      at = capital(Math.max(end, m.index + 1));
    }
  }

  // "Ituri Province" and "Ituri" in one text are one place: the name with its kind takes the bare name's id
  for (const [name, place] of learned) {
    const m = AREA_KIND_SUFFIX.exec(name);
    const bare = m ? learned.get(m[1]!) : undefined;
    if (bare !== undefined && bare !== place) learned.set(name, bare);
  }

  // pass 2: mentions of countries and learned names, and anaphors
  const byFirstWord = new Map<string, Array<[string, PlaceInfo]>>();
  const add = (name: string, place: PlaceInfo) => {
    const first = name.split(' ')[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push([name, place]);
    list.sort((a, b) => b[0].length - a[0].length);
    byFirstWord.set(first, list);
  };
  capital = capitalStarts(text); // pass 2 scans from the start again
  // ("the Cordillera Administrative Region (CAR)": a country's acronym the text gives to a place of its own names that place)
  const redefined = redefinedAcronyms(text);
  for (const [name, place] of COUNTRY_BY_NAME) if (!redefined.has(name)) add(name, place);
  for (const [name, place] of learned) add(name, place);
  for (const [acronym, name] of redefined) {
    // (the place the text learned whose name ends the bracketed one: "... III and the Cordillera Administrative Region (CAR)")
    const words = name.split(/\s+/);
    let place: PlaceInfo | undefined;
    for (let i = 0; i < words.length && place === undefined; i++) place = learned.get(words.slice(i).join(' '));
    add(acronym, place ?? { id: kebab(name), name });
  }

  const mentions: PlaceMention[] = [];
  const used = new Map<string, PlaceInfo>();
  let lastCountry: PlaceInfo | undefined;
  let lastRegion: PlaceInfo | undefined;
  for (const span of spans) {
    const local: PlaceMention[] = [];
    // a heading in capitals that names a country ("PHILIPPINES", "TIMOR LESTE") places what follows it
    const heading = span.end - span.start <= 60 ? text.slice(span.start, span.end) : '';
    let headed = /^[\p{Lu} '’-]+$/u.test(heading) ? findCountry(heading) : undefined;
    let headEnd = span.end;
    // a paragraph led by a country in capitals and a colon ("EL SALVADOR: The storms affected ...")
    const lead = headed ? null : /^([\p{Lu}][\p{Lu} '’-]{2,40}):\s/u.exec(text.slice(span.start, Math.min(span.end, span.start + 48)));
    if (lead) {
      headed = findCountry(lead[1]!.trim());
      headEnd = span.start + lead[1]!.length;
    }
    if (headed) {
      local.push({ start: span.start, end: headEnd, place: { id: headed.iso3, name: headed.name, iso3: headed.iso3 }, kind: 'locative', anaphor: false });
    }
    for (let at = capital(headed ? headEnd : span.start); at !== -1 && at < span.end; ) {
      const m = { index: at };
      at = capital(m.index + 1);
      WORD.lastIndex = m.index;
      const word = WORD.exec(text)?.[0] ?? '';
      const first = word.replace(/['’]s$/, '').split(' ')[0]!;
      const options = byFirstWord.get(first) ?? byFirstWord.get(word) ?? [];
      for (const [name, place] of options) {
        if (!text.startsWith(name, m.index)) continue;
        const next = text[m.index + name.length] ?? ' ';
        if (/[\p{L}\p{N}$]/u.test(next)) continue;
        if (next === '-' && /[\p{L}]/u.test(text[m.index + name.length + 1] ?? '')) continue;
        // "11.5 million New Zealand dollars": a currency's name, no place; "Kuwait News Agency", "the Jordan Times": a publisher's
        if (CURRENCY_AFTER_NAME.test(text.slice(m.index + name.length, m.index + name.length + 12)) || PUBLISHER_AFTER_NAME.test(text.slice(m.index + name.length, m.index + name.length + 16))) {
          at = capital(m.index + name.length);
          break;
        }
        local.push({ start: m.index, end: m.index + name.length, place, kind: kindOf(text, m.index, m.index + name.length), anaphor: false });
        at = capital(m.index + name.length);
        break;
      }
    }
    // searched within the paragraph only: a search from its start to the end of the text, repeated for each paragraph, would be quadratic
    const body = text.slice(span.start, span.end);
    ANAPHOR.lastIndex = 0;
    for (let a = ANAPHOR.exec(body); a; a = ANAPHOR.exec(body)) {
      // "the province of Taroudant" names its place: no anaphor
      if (/^\s+of\s+\p{Lu}/u.test(body.slice(a.index + a[0].length, a.index + a[0].length + 6))) continue;
      const start = span.start + a.index;
      local.push({ start, end: start + a[0].length, place: { id: '', name: a[1]! }, kind: kindOf(text, start, start + a[0].length), anaphor: true });
    }
    local.sort((x, y) => x.start - y.start);
    for (const mention of local) {
      if (mention.anaphor) {
        const target = mention.place.name === 'country' ? lastCountry : lastRegion;
        if (!target) continue;
        mention.place = target;
      }
      if (mention.kind !== 'donor' && mention.kind !== 'venue') {
        if (mention.place.iso3 !== undefined) lastCountry = mention.place;
        else lastRegion = mention.place;
      }
      used.set(mention.place.id, mention.place);
      mentions.push(mention);
    }
  }
  return { places: [...used.values()], mentions };
}

const DONOR = /^(?:['’]s\s+(?:total\s+)?(?:assistance|aid|contribution|support|funding|pledge|response)\b|\s+will\s+(?:also\s+)?(?:provide|give|send|contribute|donate|extend|allocate|offer|commit|pledge)\b|\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:(?:also\s+)?decided\s+to\s+(?:provide|extend|give)|pledged|pledges|contributed|contributes|donated|donates|given|gives|gave|sent|sends|is\s+sending|offered|offers|committed|commits|allocated|allocates|extends|extended|provides|provided|is\s+providing|announced)\b(?!\s+by\b))/;
/** A name and the kind of administrative area it is ("Ituri Province", "Khartoum State"): the name before the kind. */
const AREA_KIND_SUFFIX = /^(.+?)\s+(?:Province|Region|District|Governorate|State|County|Prefecture|Department|Territory|Oblast)$/u;
const GEOGRAPHIC_HEAD = /^(?:Valley|Province|Region|District|Governorate|Strip|Bank|Corridor|Islands|Mountains|Highlands|Delta|Basin|Plain|Plains|Coast|Peninsula|Lake|Lakes|Desert|Horn|Sahel)$/;

/**
 * Where something was said, not where its figures are: "told reporters in Geneva", "a briefing in
 * New York", "speaking to journalists in Nairobi".
 */
const VENUE_LEAD =
  /(?:\b(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:[\p{L}]+\s+){0,3}|\b(?:reporters|journalists|correspondents|the\s+press|the\s+media|(?:a|the)\s+(?:news\s+|press\s+|virtual\s+)?(?:conference|briefing))\s+)in\s+$/iu;

function kindOf(text: string, at: number, end: number): MentionKind {
  if (DONOR.test(text.slice(end, end + 40))) return 'donor';
  let w = wordBefore(text, at);
  if (w === 'in' && VENUE_LEAD.test(text.slice(Math.max(0, at - 60), at))) return 'venue';
  if (w === 'the') {
    const m = /([\p{L}]+)\s+the\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
    w = m ? m[1]!.toLowerCase() : '';
  } else if (w === 'of') {
    // "in the province of Taroudant": the word before "the province of"
    const m = WORD_BEFORE_KIND_OF.exec(text.slice(Math.max(0, at - 60), at));
    if (m) w = m[1]!.toLowerCase();
  }
  // "refugees have fled to Chad", "crossed into Chad": where people went is where they are counted (not "$1 million to
  // Fiji", nor "the road to Pell", whose "to" names no place of the figure)
  if (w === 'to' && MOVED_TO.test(text.slice(Math.max(0, at - 50), at))) return 'locative';
  if (LOCATIVE.has(w) && w !== 'to') return 'locative';
  if (ORIGIN.has(w)) return 'origin';
  return 'other';
}

/** Whether the line around `at` is a headline in title case: four or more words of four letters or more, nearly all capitalised (a line of at most 300 characters is read). */
function titleCaseLine(text: string, at: number): boolean {
  // (the line's ends are looked for within 300 characters only: a long line is no headline, and a
  // search to the text's ends for every "to" of a long line would make the extractor quadratic)
  const from = Math.max(0, at - 300);
  const back = text.slice(from, at).lastIndexOf('\n');
  if (back === -1 && from > 0) return false;
  const start = back === -1 ? 0 : from + back + 1;
  const ahead = text.slice(at, Math.min(text.length, start + 301)).indexOf('\n');
  const end = ahead === -1 ? Math.min(text.length, start + 301) : at + ahead;
  if (end - start > 300) return false;
  const words = text.slice(start, end).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  let capitalised = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) capitalised++;
  return capitalised >= words.length * 0.8;
}

/** Index of the last mention starting before `offset` (binary search), or -1. */
export function lastMentionBefore(mentions: readonly PlaceMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
