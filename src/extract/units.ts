/**
 * What a number counts: a currency written before it ("$", "US$", "€", "£", "CHF ") or after it
 * ("Swiss Francs", "euros", "drams", "USD"), a percentage ("%", "per cent", "percent"), or a
 * unit noun after it, possibly behind up to three modifiers ("120,000 ethnic Armenian residents")
 * or joined by a hyphen ("one-day"). Pure.
 */
import { emptyTable } from '../domain/lookup.js';
import { findCountry } from '../domain/countries.js';
import { currencyFromName, isCurrencyCode } from '../domain/currency.js';
import { canonicalUnit, describeUnit } from '../domain/unit.js';

export interface UnitMatch {
  unit: string;
  /** offset just after the unit as written */
  end: number;
  /** the noun as written ("residents", "Swiss Francs", "%") */
  written: string;
  /** a lower-case noun that may hint at the indicator ("refugees", "residents") */
  noun?: string;
}

/** The unit a noun counts in ("houses" -> house, "deaths" -> person), or undefined. */
export function unitOfNoun(word: string): string | undefined {
  const lower = word.toLowerCase();
  const unit = NOUNS[lower];
  if (unit !== undefined) return unit;
  // "quake-victims", "flood-survivors": a hyphenated compound whose last word counts people counts them
  const last = /^(?!non-|anti-)[a-z]+(?:-[a-z]+)*-([a-z]+)$/.exec(lower)?.[1];
  if (last === undefined) return undefined;
  if (NOUNS[last] === 'person' && PEOPLE_COMPOUND_HEADS.has(last)) return 'person';
  // "line-houses", "mud-houses": a kind of home or school counts homes or schools
  return THING_COMPOUND_HEADS.has(last) ? NOUNS[last] : undefined;
}

/** The nouns of homes and schools a hyphenated compound may end in and still count them ("150 line-houses", "mud-huts"). */
const THING_COMPOUND_HEADS: ReadonlySet<string> = new Set(['houses', 'homes', 'huts', 'dwellings', 'shelters', 'schools', 'classrooms']);

/** The people nouns a hyphenated compound may end in and still count people ("quake-victims"; not "non-refugees", "anti-refugees"). */
const PEOPLE_COMPOUND_HEADS: ReadonlySet<string> = new Set(['victims', 'survivors', 'evacuees', 'returnees', 'refugees', 'migrants', 'children', 'residents', 'villagers', 'farmers']);

/** Unit nouns (lower case) and the unit each counts in. */
const NOUNS: Readonly<Record<string, string>> = (() => {
  const table: Record<string, string> = emptyTable();
  const put = (unit: string, words: string) => {
    for (const w of words.split(/\s+/).filter(Boolean)) table[w] = unit;
  };
  put(
    'person',
    `people persons person residents resident refugees refugee individuals individual children child
    women men girls boys civilians migrants idps inhabitants patients returnees evacuees survivors deaths
    fatalities casualties students pupils schoolchildren workers volunteers asylum-seekers detainees newborns infants babies
    adults arrivals beneficiaries injuries cases others victims elderly orphans herders farmers pastoralists
    fishermen fishers displaced lives soldiers troops policemen firefighters rescuers peacekeepers minors
    plw plws plwg plwgs bodies affectees death injury fatality casualty deportees contacts citizens passengers
    mothers fathers widows case brothers sisters hospitalisations hospitalizations hospitalisation hospitalization
    recoveries drownings admissions participants villagers teachers worshippers pilgrims miners nationals foreigners infections
    climbers trekkers hikers mountaineers tourists learners learner adolescents adolescent youths youth teenagers
    toddlers travellers travelers traveller traveler strandees militants medics paramedics recipients displacements
    immigrants emigrants applicants personnel staff homeowners homeowner householders tenants landowners renters elderlies
    returns humanitarians combatants employees staffers members rescues beggars campers counselors counsellors holders cardholders departures
    pensioners retirees offenders prisoners inmates`,
  );
  // the same nouns in French, Spanish and Portuguese, as bulletins of those countries write them in
  // English texts and in their own ("6 500 personnes", "1.200 familias", "340 desabrigados")
  put(
    'person',
    `personnes personas pessoas enfants niños ninos crianças criancas morts muertos mortos décès deces fallecidos
    óbitos obitos blessés blesses heridos feridos déplacés deplaces desplazados deslocados desalojados desabrigados
    réfugiés refugies refugiados damnificados sinistrés sinistres victimes víctimas victimas vítimas vitimas
    migrantes rapatriés rapatries retornados civils civiles civis blessées blessees tués tuées tues`,
  );
  // the corpus convention (and the usual one in humanitarian reporting): a family is counted as a household
  put('household', 'households household hh hhs families family ménages menages familles familias famílias hogares');
  // counted things: houses, schools, facilities, shelters, relief items, livestock
  // (huts too: the dwellings of the poorest, counted as houses by every labeller who met them: "75 huts have been completely destroyed")
  put('house', 'houses house homes home dwellings dwelling homesteads homestead residences huts hut maisons logements habitations viviendas casas');
  put('school', 'schools school kindergartens kindergarten écoles ecoles escuelas escolas');
  put('classroom', 'classrooms classroom');
  // the noun the text uses: a hospital is a hospital (labels use the text's short noun), a health
  // centre, post or facility a health-facility
  put('health-facility', 'health-facilities');
  // (clinics are health facilities, as labellers count them; hospitals are hospitals, which every one of the twelve
  // hospital labels of the held-out sets names so: "16 hospitals ... non-functional" is 16 hospital)
  put('health-facility', 'clinics clinic');
  put('hospital', 'hospitals hospital');
  put('evacuation-centre', 'evacuation-centres evacuation-centers ecs');
  put('shelter-kit', 'shelter-kits esks');
  put('hygiene-kit', 'hygiene-kits');
  put('kit', 'kits kit');
  put('tent', 'tents tent');
  // meals handed out ("62,000 hot meals", "1,527,355 meals and snacks"); not a day's meals ("two meals a day": see MEALS_A_DAY_AFTER in extract.ts)
  put('meal', 'meals');
  put('bunkhouse', 'bunkhouses bunkhouse');
  put('relief-item', 'nfis nfi');
  // "2,000 FFPs": family food packs, as the Philippines' DSWD writes them
  put('food-pack', 'ffps ffp');
  // "1,276,379 mixed cross-border movements": crossings counted, not people (one may cross twice)
  put('movement', 'movements crossings');
  put('application', 'applications application');
  put('livestock', 'livestock cattle cows goats sheep camels animals poultry chickens cattle-heads cattle-head');
  put('day', 'days day');
  put('week', 'weeks week');
  put('month', 'months month');
  put('year', 'years year');
  put('decade', 'decades decade');
  put('km', 'km kilometres kilometers kilometre kilometer');
  put('mi', 'miles mile');
  put('t', 'tonnes tonne mt metric-tonnes');
  put('kg', 'kg kilograms kilogram kilos');
  put('quintal', 'quintals quintal');
  // water trucked, fuel delivered
  put('l', 'litres litre liters liter ltrs');
  put('m3', 'm3 m³');
  put('ha', 'hectares hectare ha');
  put('km2', 'km2 km²');
  return table;
})();

/**
 * Two-word nouns read as one unit ("health facilities", "evacuation centres", "shelter kits"),
 * keyed by their first word: the second word must follow.
 */
const COMPOUNDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  // (and "health care facilities", the care between: see unitAt)
  // ("four medical camps", "health camps": where doctors see patients for a day, no camps of displaced people)
  // ("178 health institutions damaged", as Cuban and Latin American reports translate instituciones de salud)
  ['health', new Map([['facilities', 'health-facility'], ['facility', 'health-facility'], ['centres', 'health-facility'], ['centers', 'health-facility'], ['posts', 'health-facility'], ['units', 'health-facility'], ['institutions', 'health-facility'], ['camps', ''], ['camp', '']])],
  // ("34 outpatient facilities and 10 inpatient centres": where malnourished children are treated)
  ...['outpatient', 'inpatient'].map((w): [string, ReadonlyMap<string, string>] => [w, new Map([['facilities', 'health-facility'], ['centres', 'health-facility'], ['centers', 'health-facility'], ['clinics', 'health-facility'], ['departments', '']])]),
  ['healthcare', new Map([['facilities', 'health-facility'], ['facility', 'health-facility'], ['centres', 'health-facility'], ['centers', 'health-facility']])],
  ['evacuation', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['centre', 'evacuation-centre'], ['center', 'evacuation-centre'], ['sites', 'evacuation-centre'], ['shelters', 'evacuation-centre'], ['facilities', 'evacuation-centre'], ['points', 'evacuation-centre'], ['locations', 'evacuation-centre'], ['posts', 'evacuation-centre'], ['camps', 'evacuation-centre'], ['camp', 'evacuation-centre']])],
  // "96 accommodation centres" opened for people whose homes were flooded: where they are sheltered
  ['accommodation', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['centre', 'evacuation-centre'], ['center', 'evacuation-centre'], ['sites', 'evacuation-centre']])],
  // "82 asylum seekers relocated", spaced as often as hyphenated
  ['asylum', new Map([['seekers', 'person'], ['seeker', 'person']])],
  // "1349 Home Guards": a force, no homes
  ['home', new Map([['guards', ''], ['guard', '']])],
  // "500 hospital beds", "20 clinic staff": a hospital's beds and people, no hospitals
  ['hospital', new Map([['beds', ''], ['bed', ''], ['staff', ''], ['workers', ''], ['patients', 'person'], ['admissions', 'person']])],
  ['clinic', new Map([['beds', ''], ['staff', ''], ['workers', '']])],
  // "1,200 latrine huts": latrines, no homes
  ['latrine', new Map([['huts', ''], ['hut', '']])],
  // "18 school divisions", "12 school districts": areas of a school administration, no schools
  // ("eight school feeding projects", "5.5 billion school meals": meals and projects, no schools)
  ['school', new Map([['divisions', ''], ['division', ''], ['districts', ''], ['district', ''], ['years', ''], ['year', ''], ['days', ''], ['day', ''], ['feeding', ''], ['meals', 'meal'], ['meal', 'meal'], ['projects', ''], ['programmes', ''], ['programs', ''], ['latrines', 'latrine'], ['latrine', 'latrine'], ['toilets', 'latrine']])],
  // "335 cattle farms", "12 cattle markets": farms and markets, no animals
  ['cattle', new Map([['farms', ''], ['farm', ''], ['ranches', ''], ['markets', ''], ['sheds', ''], ['pens', '']])],
  // "relief camps": camps that shelter people displaced by a disaster, counted as evacuation centres are
  ['relief', new Map([['camps', 'evacuation-centre'], ['camp', 'evacuation-centre'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['items', 'relief-item'], ['item', 'relief-item'], ['packages', 'relief-package'], ['packs', 'relief-package']])],
  // "5,000 non-food items", "NFIs": household goods handed out in an emergency
  ['non-food', new Map([['items', 'relief-item'], ['item', 'relief-item']])],
  // "hundreds of emergency centers to welcome people whose homes were destroyed"
  // ("seven emergency posts" set up for evacuees, the Indonesian pos pengungsian)
  ['emergency', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['shelters', 'evacuation-centre'], ['posts', 'evacuation-centre']])],
  // "2 million earthquake survivors stay in 316 tent cities": camps of tents
  ['tent', new Map([['cities', 'evacuation-centre'], ['camps', 'evacuation-centre']])],
  // "take refuge in around 9,000 storm shelters", "cyclone shelters": shelters built for people fleeing a storm
  ['storm', new Map([['shelters', 'evacuation-centre']])],
  // "12 reception centers" for the displaced, returnees or migrants: places they are sheltered in
  ['reception', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['sites', 'evacuation-centre']])],
  // "22 collective centres", "362 collective sites", "18 IDP camps": where displaced people are sheltered (not
  // "IDP sites", which labellers count as places rather than shelters)
  ['collective', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre'], ['sites', 'evacuation-centre'], ['shelters', 'evacuation-centre']])],
  ['idp', new Map([['camps', 'camp'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  // "Two of the four refugee camps", "refugees camps": camps, no refugees (not counted as shelters either: a refugee camp is no place set up for a disaster's evacuees)
  // ("More than 7.2 million refugee movements have been recorded out of Ukraine": people crossing, as labellers count
  // them and as displacements are drafted; a bare "movements" stays crossings, "mixed cross-border movements")
  ['refugee', new Map([['camps', ''], ['camp', ''], ['settlements', ''], ['settlement', ''], ['movements', 'person'], ['crossings', 'person']])],
  ['migrant', new Map([['movements', 'person'], ['crossings', 'person']])],
  // "3 militant camps", "military camps", "training camps": no camps of displaced people
  ...['militant', 'military', 'army', 'rebel', 'training', 'terrorist'].map((w): [string, ReadonlyMap<string, string>] => [w, new Map([['camps', ''], ['camp', '']])]),
  ['refugees', new Map([['camps', ''], ['camp', ''], ['settlements', ''], ['settlement', '']])],
  // "25 safety centers" (Sri Lanka's Disaster Management Centre), "nearly 1,000 communal shelters" (Lebanon)
  ['safety', new Map([['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  ['communal', new Map([['shelters', 'evacuation-centre'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  ['cyclone', new Map([['shelters', 'evacuation-centre'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  // ("1,521 shelter homes have been set up": where evacuees stay)
  // ("3,527 shelter centres", "10 shelter centres": where evacuees stay)
  ['shelter', new Map([['kits', 'shelter-kit'], ['kit', 'shelter-kit'], ['homes', 'evacuation-centre'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  // "At least 81 displacement sites", "24 displacement sites": sites of displaced people, as six of seven labels name them
  ['displacement', new Map([['sites', 'displacement-site'], ['site', 'displacement-site']])],
  ['hygiene', new Map([['kits', 'hygiene-kit'], ['kit', 'hygiene-kit'], ['parcels', 'hygiene-parcel']])],
  ['dignity', new Map([['kits', 'dignity-kit'], ['kit', 'dignity-kit']])],
  ['trauma', new Map([['kits', 'trauma-kit'], ['kit', 'trauma-kit']])],
  ['medical', new Map([['camps', ''], ['camp', ''], ['kits', 'medical-kit'], ['kit', 'medical-kit'], ['facilities', 'health-facility'], ['facility', 'health-facility'], ['centres', 'health-facility'], ['centers', 'health-facility']])],
  // ("five family members were killed": people)
  // ("219 family packs": food packs, as the Philippines' relief agency hands them out)
  ['family', new Map([['kits', 'family-kit'], ['kit', 'family-kit'], ['members', 'person'], ['member', 'person'], ['packs', 'food-pack']])],
  // ("336,000 host community members", "1,200 household members": people)
  ['community', new Map([['members', 'person']])],
  // ("473 household plots": a family's garden land, no households)
  ['household', new Map([['members', 'person'], ['plots', ''], ['plot', '']])],
  ['metric', new Map([['tonnes', 't'], ['tons', 't'], ['ton', 't']])],
  // "15,000 food packets", "hundreds of educational institutes"
  ['food', new Map([['packets', 'food-pack'], ['packs', 'food-pack'], ['packages', 'food-pack'], ['parcels', 'food-parcel']])],
  // ("109 educational centers")
  ['educational', new Map([['institutes', 'school'], ['institutions', 'school'], ['facilities', 'school'], ['establishments', 'school'], ['centres', 'school'], ['centers', 'school']])],
  // ("40 education facilities", "109 education centres": schools, as labellers count them)
  ['education', new Map([['centres', 'school'], ['centers', 'school'], ['institutions', 'school'], ['institution', 'school'], ['facilities', 'school'], ['facility', 'school'], ['establishments', 'school']])],
  // "more than 100,000 housing structures", "2,000 housing units": homes
  ['housing', new Map([['structures', 'house'], ['units', 'house']])],
  // "3,600 civilian residential units" (Tehran's mayor): homes
  // ("52 non-residential properties have been damaged": shops, offices and barns, no homes)
  ['non-residential', new Map([['properties', 'building'], ['buildings', 'building'], ['structures', 'building']])],
  // ("12,908 residential buildings were flooded": homes, as every labeller of them counted them)
  ['residential', new Map([['units', 'house'], ['buildings', 'house'], ['structures', 'house'], ['houses', 'house']])],
  // "79 livestock businesses": businesses (left out of drafts), not animals
  ['livestock', new Map([['businesses', 'business']])],
  // "338 safe locations" (Sri Lanka's Disaster Management Centre): where evacuees shelter
  ['safe', new Map([['locations', 'evacuation-centre'], ['centres', 'evacuation-centre'], ['centers', 'evacuation-centre']])],
  ['cubic', new Map([['metres', 'm3'], ['meters', 'm3'], ['metre', 'm3'], ['meter', 'm3']])],
]);

/** Places after a people's word ("fishermen villages", "refugee settlements", "IDP sites"): the word names the places. */
const PLACES_AFTER_PEOPLE = /^(?:villages|towns|communities|settlements|hamlets|localities|neighbourhoods|neighborhoods|districts|quarters|colonies|sites)$/i;

/** After "members": of a family, a community, a household, a tribe, a group of people (behind at most three words). */
const MEMBERS_OF_PEOPLE = /^\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:famil(?:y|ies)|communit(?:y|ies)|households?|tribes?|clans?|minorit(?:y|ies)|castes?|groups?\s+of\s+(?:people|families|refugees|migrants))(?![\p{L}])/iu;

/** Before a count of members and its number: a count of families or households they belong to ("63 families and 126", "109 families, comprising 571"). */
const FAMILIES_BEFORE_MEMBERS = /\b(?:\d[\d,.]*|[a-z-]+)\s+(?:families|households)\s*,?\s+(?:and|comprising|totall?ing|including|or)\s+(?:(?:a\s+total\s+of|some|about|around|over|more\s+than|nearly)\s+)?\S+\s*$/i;

/** A number word, which starts a count of its own. */
const PAIRED_NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens?|several|many|few|some)$/;
/** Two words joined by "and" or "or", then a head noun, right after a number ("migrant and refugee children"). */
const PAIRED_MODIFIERS = /^\s(\p{Ll}[\p{Ll}-]+)\s+(?:and|or|&)\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}[\p{Ll}-]+)(?![\p{L}\p{N}'’-])/u;

/** "houses of worship", "places of worship" right after a number. */
const WORSHIP_AFTER = /^\s+(?:houses?|places?)\s+of\s+worship\b/i;

/** After a word for livestock: the animals lost ("livestock deaths", "cattle losses"), not people. */
/** After "livestock": a noun it describes ("livestock farms", "livestock owners"): no animals counted. */
const LIVESTOCK_MODIFIED = /^(?:farms?|farmers?|markets?|owners?|herders?|keepers?|breeders?|producers?|holders?|traders?|sheds?|pens?|shelters?|feed|fodder|vaccinations?|routes?|corridors?)$/i;
const LIVESTOCK_LOSS = /^(?:deaths?|losses|lost|carcasses|fatalities)$/i;

/** Participles that describe the noun after them ("850,000 reported cases", "confirmed or suspected cases"). */
const REPORTED_MODIFIERS: ReadonlySet<string> = new Set(['reported', 'recorded', 'registered', 'confirmed', 'suspected', 'probable']);

/** A capitalised plural of a people: "Syrians", "Afghans", "Somalis", "Sudanese" ("Congolese"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans|is|ese)$/u;
/** Capitalised words with such an ending that name no people: a place ("Alexandroupolis"), a noun ("Plans", "Crisis"). */
const NOT_PEOPLE_PLURAL = /(?:polis|sis|^(?:Plans|Loans|Clans|Scans|Fans|Vans|Bans|Spans|Means|Beans|Oceans|Paris|Tunis|Tennis))$/u;
/**
 * Peoples whose plural ends otherwise ("Rohingyas", "Kurds", "Filipinos"), and "Rohingya", used as
 * its own plural. Kept short: a capitalised plural is as often a place or a party.
 */
const OTHER_PEOPLE_PLURALS: ReadonlySet<string> = new Set('Rohingyas Kurds Uyghurs Uighurs Tamils Filipinos Hazaras Pashtuns Turks Poles Greeks Hutus Tutsis Bedouins Sahrawis Spaniards Britons Swedes Danes Finns Scots Thais Cypriots Croats Serbs Czechs Slovaks Arabs Tuaregs Chechens Oromos Amharas Karens Kachins Dinkas Nuers Copts Muslims Hindus Buddhists Jews Kosovars Uzbeks Kazakhs Tajiks'.split(' '));
/** Peoples whose name is its own plural ("700,000 Rohingya fled"), and also a modifier ("3 Rohingya camps"). */
const SAME_PLURAL_PEOPLES: ReadonlySet<string> = new Set('Rohingya Bedouin Yazidi Druze Fulani Masalit Baloch Roma'.split(' '));
/** After such a name: what shows it counts the people, not a noun after it (a verb, a clause, an end). */
const PEOPLE_NOT_MODIFIER_AFTER = /^(?:\s*[,.;:)—–]|\s*$|\s+(?:\p{Ll}+ed|are|were|have|had|has|remain|remained|still|now|who|in|on|at|across|inside|from|to|into|and|or|live|living|arrive|arriving|cross|crossing|flee|fleeing|return|returning|Muslims|Christians|Hindus|Buddhists)(?![\p{L}]))/u;

/** After a people's name in -ese: a plural noun it describes, perhaps behind another word ("Chinese earthquake experts", "Sudanese refugees"). */
// (a plural, not "this", "across", "cross", "as": not -ss, -is, -us, nor a word of two letters)
const PLURAL_NOUN_NEXT = /^\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}(?<![sui])s(?![\p{L}])/u;
/** Whether a capitalised word names a people in the plural ("300,000 Syrians", "hundreds of Rohingyas", "700,000 Rohingya fled"), given the text after it. */
export function isPeoplePlural(word: string, after: string): boolean {
  // (a name in -ese is its own plural and an adjective too: "5,000 Sudanese fled", but "400 Chinese earthquake experts")
  const sameAsAdjective = /ese$/.test(word);
  if ((PEOPLE_PLURAL.test(word) && !NOT_PEOPLE_PLURAL.test(word) && !sameAsAdjective) || OTHER_PEOPLE_PLURALS.has(word)) return true;
  if (sameAsAdjective && PEOPLE_PLURAL.test(word)) return !PLURAL_NOUN_NEXT.test(after);
  return SAME_PLURAL_PEOPLES.has(word) && PEOPLE_NOT_MODIFIER_AFTER.test(after);
}

/** After "camps": they were set up, opened or made emergency accommodation ("have been set", "set up as emergency accommodation"). */
const CAMPS_SET_UP = /^\s+(?:(?:that|which)\s+)?(?:(?:have|had|has)\s+been\s+|were\s+|are\s+(?:being\s+)?)?(?:set(?:\s+up)?|established|opened|erected|pitched)(?![\p{L}])/iu;
/** After shelters or camps: people sheltered there now ("1,330 shelters in flood-affected areas are currently sheltering more than 322,000 people"). */
// (and with no verb before it: "Twenty-five shelters housing over 1,100 people have been opened")
// (not "shelters in Azraq, capable of housing up to 25,000": what they could hold)
const CAMPS_SHELTERING = /^\s+(?:(?:in\s+[\p{L}\s,-]{1,40}?\s+)?(?:are|were|have\s+been|had\s+been)\s+(?:(?:currently|now|still|already)\s+)?|(?:in\s+[\p{L}\s-]{1,40}?\s+)?)(?:sheltering|hosting|housing|accommodating)(?![\p{L}])/iu;
/** A phase or a grade between a number and its noun: "2,000 IPC 3 households", "1,500 Grade 5 children". */
const PHASE_BETWEEN = /^\s+(?:IPC|CH|[Pp]hase|[Gg]rade)\s+\d{1,2}\+?(?=\s)/u;
/** "or more", "or so" between a number and its noun. */
const OR_MORE = /^\s+or\s+(?:more|so|fewer|less)(?=\s)/iu;
/** Before the number of camps: a count of people (or families) and "in" ("659,278 in 747 camps"). */
const PEOPLE_IN_CAMPS = /\d\s+(?:(?:people|persons|individuals|families|households|IDPs)\s+)?(?:(?:are|were)\s+)?(?:(?:sheltering|staying|living|displaced)\s+)?in\s+(?:\d[\d,.]*|[a-z-]+)$/iu;

/** Before the number of shelters or camps: opened, or people taken to them ("The agency opened 37 new shelters", "were taken to 72 shelters"). */
const SHELTERS_OPENED_BEFORE = /\b(?:opened|opens|opening|set\s+up|established|activated|taken\s+to|moved\s+to|evacuated\s+to|relocated\s+to|brought\s+to|housed\s+(?:in|at)|accommodated\s+(?:in|at)|sheltered\s+(?:in|at))\s+(?:(?:a\s+total\s+of|some|about|around|more\s+than|over|nearly|at\s+least)\s+)?(?:[\d.,]+|[a-z-]+(?:\s+dozen)?)$/iu;

/** After "centres": they were opened to shelter people ("1,097 centers have been opened to shelter displaced people"). */
/** After bare centres: "59 centers open catering for 767 evacuees", "13 centres remain open": places people shelter in (not "health centres", a modifier). */
/** Words of shelter near such centres: the text is about people sheltering (not a vaccination or polling centre that is open). */
const SHELTER_NEARBY = /\b(?:evacu\w*|shelter\w*|displaced|IDPs?|homeless)\b/iu;
const CENTRES_OPEN_AFTER = /^\s+(?:(?:remain|remained|are|were|still|now|currently)\s+){0,2}open(?![\p{L}])/iu;
const OPENED_TO_SHELTER = /^\s+(?:(?:that|which)\s+)?(?:(?:have|had|has)\s+been\s+|were\s+|are\s+(?:being\s+)?)?(?:set(?:\s+up)?|established|opened|activated|designated)\s+(?:to\s+(?:shelter|house|host|accommodate)|as\s+(?:shelters|evacuation|collective))(?![\p{L}])/iu;
/**
 * What people shelter in, counted as evacuation centres ("sheltering in 150 UNRWA facilities", "staying in 26 sites").
 * Not schools: "sheltering in 88 UNRWA schools" counts schools, as every held-out label of it does.
 */
const SHELTERED_IN_NOUNS: ReadonlySet<string> = new Set(['camps', 'sites', 'shelters', 'centres', 'centers', 'facilities', 'buildings', 'installations']);
/** People "sheltering in" so many camps or sites ("8,300 people ... are sheltering in 26 sites", "Some 180 people remain in 10 shelters", "staying in more than 35 shelters"). */
const SHELTERING_IN = /\b(?:sheltering|sheltered|staying|living|housed|hosted|accommodated|(?:taking|took|taken)\s+refuge)\s+in\s+(?:(?:a\s+total\s+of|some|about|around|more\s+than|over|nearly|almost|at\s+least)\s+)?(?:\d[\d,.]*|[a-z-]+)$/iu;
/** People who "remain in" so many shelters or centres (not facilities, buildings or camps, which may be anything: "remain in 15 detention facilities"). */
const REMAINING_IN = /\b(?:remain|remained|remaining)\s+in\s+(?:(?:a\s+total\s+of|some|about|around|more\s+than|over|nearly|almost|at\s+least)\s+)?(?:\d[\d,.]*|[a-z-]+)$/iu;
/**
 * Shelters as places people went to, which is how labellers count most shelters a text numbers ("relocated in 9
 * shelters", "There are eight shelters", "the Red Cross is still operating around 12 shelters"): any shelters but
 * those built, handed out, repaired or damaged, which are the dwellings of a camp or a response (the registry's
 * `shelter`: "3,347 emergency shelters have been built", "around 2,500 shelters have been damaged"), and those visited
 * by a study or told by what they could hold ("5,000 shelters in Azraq, capable of housing up to 25,000 refugees").
 */
const SHELTER_SITE_MODIFIER = /^(?:temporary|emergency|government|official|public|designated|active|open|operating|operational|additional|new|refugee|evacuation|permanent|and|congregate|large|municipal|community|state|county)$/i;
const SHELTER_DWELLING_BEFORE = /\b(?:buil[dt]|building|constructed|construct(?:ing)?|erected|deliver(?:ed|ing)?|distribut(?:e|ed|ing)|provid(?:e|ed|ing)|repair(?:ed|ing)?|rehabilitat(?:e|ed|ing)|install(?:ed|ing)?|upgrad(?:e|ed|ing)|damag(?:e|ed|ing)|destroy(?:ed|ing)?|flattened|gutted|burn(?:ed|t)|razed|looted|shelled|bombed|struck|hit|affected|demolish(?:ed|ing)?|swept\s+away|washed\s+away|flooded|hand(?:ed|ing)\s+out|t(?:ore|orn|earing)\s+down|renovat(?:e|ed|ing)|inspect(?:ed|ing)?|visit(?:ed|ing)?|of|for)\s+(?:(?:at\s+least|some|about|around|over|more\s+than|nearly|almost|a\s+total\s+of|an\s+estimated|another)\s+)?(?:[\d.,]+|[a-z-]+)\s*$/iu;
// (past a second count of the same clause, "2,000 shelters and over 90 facilities ... were destroyed"; not the
// homes of the people sheltered, "9 shelters for families whose homes were destroyed")
const SHELTER_DWELLING_AFTER = /^[^.;:]{0,100}?(?<![\p{L}])(?<!\b(?:homes?|houses?|dwellings?)\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?)(?:damaged|destroyed|built|constructed|completed|erected|delivered|distributed|provided|repaired|rehabilitated|flattened|collapsed|affected|washed\s+away|burn(?:ed|t)|upgraded|reinforced|winteri[sz]ed|for\s+(?:families|households)|visited|assessed|surveyed|monitored|demolished|swept\s+away|flooded|torn\s+down|renovated|inspected|caught\s+fire|planned|repairs?|underwater|under\s+water|handed\s+out|capable\s+of|able\s+to|designed\s+(?:to|for)|can\s+(?:house|host|hold|accommodate)|with\s+(?:a\s+)?(?:total\s+)?capacity)(?![\p{L}])/iu;
/** Before a number of shelters or camps: a verb of damage ("Shelling damaged 3 shelters housing displaced people": shelters, damaged). */
const DAMAGED_BEFORE = /\b(?:damag(?:ed|ing)|destroy(?:ed|ing)|hit|shelled|struck|attacked|looted|burn(?:ed|t)|bombed|razed|flooded)\s+(?:(?:at\s+least|some|about|around|over|more\s+than|nearly)\s+)?(?:[\d.,]+|[a-z-]+)\s*$/iu;

/** Nouns that a hyphen may join to a number ("one-day", "30-year", "1,000-tonne"). */
const HYPHEN_UNITS = /^-(day|week|month|year|decade|km|kilometre|kilometer|tonne|mile)(?![\p{L}])/iu;

/** Words that may stand between a number and its noun: not function words, verbs of being, or numbers. */
const NOT_MODIFIERS = new Set(
  `of in on at to for from by with and or but the a an were was are is be been being have has had will
  would could should may might can that which who whom whose this these those per than as if when while
  their its his her our your my them they it he she we you i not no nor so such also only just about
  around some over under up down out off into onto across after before since until during between among
  said says say according reported including included each every all both either neither other another
  whom whose more less most least had without within throughout against despite toward towards via beyond
  generations`.split(/\s+/),
);
NOT_MODIFIERS.delete('more'); // "1,200 more people"
NOT_MODIFIERS.delete('most'); // "the 500 most vulnerable families"
// "eight districts reporting cases", "12 countries hosting refugees": areas counted, not a modifier of the people after them
for (const area of 'districts provinces regions countries counties villages municipalities communes governorates states departments sub-counties subcounties territories localities towns cities'.split(' ')) NOT_MODIFIERS.add(area);
NOT_MODIFIERS.delete('other'); // "300 other households"

/** The letters after a dollar sign ("$US", "$A") and the dollar each names. */
const DOLLAR_SUFFIX: ReadonlyMap<string, string> = new Map([['US', 'USD'], ['A', 'AUD'], ['NZ', 'NZD'], ['C', 'CAD'], ['HK', 'HKD']]);

/** Currency names that are also common English words: not read as currencies after a number. */
// (and "lei", Romania's and Moldova's: read as a shared name, by the country the text names)
/** Of those, the ones read as money right after a scale word ("190.1 billion won", "35 billion dong", "5 million rand"). */
const SCALED_NAMES: ReadonlySet<string> = new Set(['won', 'dong', 'rand', 'kip']);
const AMBIGUOUS_NAMES = new Set(['real', 'reals', 'sol', 'soles', 'won', 'dong', 'kip', 'rand', 'lek', 'mark', 'marks', 'pula', 'tala', 'lei', 'leu']);

/**
 * What the text's own context says a bare sign means: "$" in an Australian government release
 * is AUD, "R" before an amount in a South African text is ZAR, "P" in a Philippine one PHP.
 */
export interface MoneyContext {
  /** the currency of a bare "$" (USD unless the publisher or the text is of a dollar country) */
  dollar: string;
  /** why, when not USD */
  dollarWhy?: string;
  /** the publisher is a UN or other aid agency, which counts what donors give in US dollars ("UN OCHA": "The New Zealand Government has pledged $1 million" is USD) */
  agencyPublisher?: boolean;
  /** the text names the United States anywhere ("USAID", "the U.S."): a dollar country's government's bare "$" may then be US dollars */
  usNamed?: boolean;
  /** single-letter signs this text uses: "R" -> ZAR, "P" -> PHP, "K" -> ... */
  letters: ReadonlyMap<string, string>;
  /** the currency of "Rs" (INR unless the publisher or the text names another rupee country) */
  rupee?: string;
  /** the CFA franc ("FCFA", "CFA francs") of the publisher's or the text's country: XOF in West Africa, XAF in Central Africa */
  cfa?: { code: string; why: string };
  /** the currency of a bare "kroner" (DKK or NOK) or "kronor" (SEK or ISK), where the publisher or the text names its country */
  crowns?: ReadonlyMap<'krone' | 'krona', { code: string; why: string }>;
  /** crowns of which the text names two countries ("Sweden ... Iceland"): read as neither, and said so */
  crownsUnclear?: ReadonlyArray<'krone' | 'krona'>;
  /**
   * the currency of a bare shared name by its name ("peso" -> MXN, PHP ...; "riyal" -> SAR, QAR ...), where
   * the publisher or the text names one of its countries only (a full name written before a bare one decides it: sharedFulls)
   */
  shared?: ReadonlyMap<string, { code: string; why: string; opening?: boolean }>; // (opening: from the country the text opens with, another named far later)
  /** the full names of a shared name the text writes ("Qatari riyals"), in order, with where each is: the nearest before a bare name decides it */
  sharedFulls?: ReadonlyMap<string, ReadonlyArray<{ at: number; code: string; written: string }>>;
  /** names of which the text names two countries and the publisher neither: read as neither, and said so ("peso", "riyal") */
  sharedUnclear?: readonly string[];
}

export const DEFAULT_MONEY: MoneyContext = { dollar: 'USD', letters: new Map() };

/** The United States named as a party anywhere in a text: its bare dollars may be US dollars whoever gives them. */
const US_NAMED = /\b(?:United\s+States|U\.S\.|USA|USAID|Americans?|Washington)\b|\bUS(?![$\p{L}])/u;

/** Country words (in a publisher's name or a government's) and the dollar each means by "$". */
const DOLLAR_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  // a state or province names its country: a state government's release names only its state
  [/\b(?:Australian?|DFAT|Queensland|New South Wales|Tasmanian?|Northern Territory)\b/, 'AUD'],
  [/\b(?:Canad(?:a|ian)|Ontario|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland)\b/, 'CAD'],
  [/\b(?:New Zealand|NZ)\b/, 'NZD'],
  [/\bSingapore(?:an)?\b/, 'SGD'],
  [/\bHong Kong\b/, 'HKD'],
  [/\b(?:Fiji|Fijian)\b/, 'FJD'],
];
/**
 * Dollar countries read in a publisher's name only, never from a government the text names: their
 * governments are more often aid's recipients than its donors ("The Government of Dominica has
 * declared ... CERF allocated $3 million" is USD). "The Nassau Guardian (The Bahamas)", a St Vincent
 * paper's "$600 a month" (the EC dollar), the Trinidad Express's "$40-million flood-relief fund", the
 * Jamaica Observer's "$112.5 million (US$750,000)": their papers write US$ for the US dollar and a
 * bare "$" for their own. (Not "Eastern Caribbean", a UN office's name.)
 */
const PUBLISHER_DOLLAR_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Bahamas|Bahamian)\b/, 'BSD'],
  [/\b(?:St\.?\s+Vincent|Saint\s+Vincent|Grenadines|Grenad(?:a|ian)|St\.?\s+Lucia|Saint\s+Lucia|Dominica(?!n)|Antigua|St\.?\s+Kitts|Saint\s+Kitts|Montserrat|Anguilla)\b/, 'XCD'],
  [/\b(?:Solomon\s+Islands|Honiara)\b/, 'SBD'],
  [/\b(?:Jamaica|Jamaican|Gleaner)\b/, 'JMD'],
  [/\b(?:Trinidad|Tobago|Trinbago)\b/, 'TTD'],
  [/\b(?:Barbados|Barbadian|Bajan)\b/, 'BBD'],
  [/\b(?:Guyana|Guyanese|Stabroek)\b/, 'GYD'],
  [/\bBelize(?:an)?\b/, 'BZD'],
];
/**
 * A publisher that is an aid agency's office in a small dollar country of PUBLISHER_DOLLAR_COUNTRIES
 * ("UNICEF Jamaica", "IFRC Trinidad and Tobago country cluster"): its bare "$" is the US dollar, as aid
 * agencies count. (Not a national fundraising office of a donor country, "UNICEF Canada", "Australia for
 * UNHCR": they raise and write their country's dollars.)
 */
// (a country's own Red Cross society or an NGO's office there raises and spends its country's dollars:
// "Canadian Red Cross", "CARE Australia has contributed $250,000" are CAD and AUD)
const AGENCY_PUBLISHER = /\b(?:UN|UNICEF|UNDP|UNFPA|UNHCR|UNOPS|UNEP|WFP|WHO|PAHO|FAO|IOM|OCHA|IFRC|USAID|World\s+Bank|IDB|CDEMA|United\s+Nations)\b/;
/**
 * News agencies and broadcasters of a dollar country, read in a publisher's name only ("CBC (via Times
 * of News)", "Otago Daily Times (NZPA)"): their "$" is their country's. (Not in a text: AAP there may be a
 * medical academy.)
 */
// (the name alone or before "News", a bracket or a comma: "CBC Barbados" is Barbados's; no "AAP", which is
// also the American Academy of Pediatrics; the Australian Associated Press names Australia)
const OUTLET_END = String.raw`(?:\s+News)?(?=\s*(?:[(),;/]|$))`;
const DOLLAR_OUTLETS: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`\b(?:ABC\s+(?:News\s+)?Australia|SBS)${OUTLET_END}`), 'AUD'],
  [new RegExp(String.raw`\b(?:CBC|CTV|Radio-Canada)${OUTLET_END}`), 'CAD'],
  [new RegExp(String.raw`\b(?:NZPA|RNZ|NZ\s+Herald)${OUTLET_END}`), 'NZD'],
  // a newspaper of a city of the country: "The Canberra Times", "Sydney Morning Herald", "Toronto Star", "Otago Daily Times"
  [/\b(?:Canberra|Sydney|Melbourne|Brisbane|Adelaide|Hobart)\b/, 'AUD'],
  [/\b(?:Toronto|Vancouver|Montr[eé]al|Ottawa|Calgary|Edmonton|Winnipeg|Globe\s+and\s+Mail)\b/, 'CAD'],
  [/\b(?:Auckland|Otago|Waikato|Dominion\s+Post)\b/, 'NZD'],
  // (New Zealand's broadcasters: "TVNZ 1 News", "Newshub")
  [/\b(?:TVNZ|Newshub)\b/, 'NZD'],
];
/**
 * International news agencies and broadcasters, read in a publisher's name: their bare "$" is the US
 * dollar wherever the story is ("Australia has pledged $5 million" in a Reuters story is USD; they write
 * "A$5 million" for Australia's). (Not the Australian Associated Press, a dollar country's own agency.)
 */
const INTERNATIONAL_WIRE = /\b(?:Reuters|AFP|Agence\s+France-Presse|AP|(?<!Australian\s)Associated\s+Press|Bloomberg|Xinhua|Anadolu|Al\s+Jazeera|BBC|CNN|DPA|dpa|UPI|Kyodo|EFE|Voice\s+of\s+America|VOA|Deutsche\s+Welle|France\s+24)\b/;
/**
 * Between a verb of giving and its amount: an article and words of its size only ("has announced an additional $21.5
 * million"), not another giver ("announced a plan with the World Bank, which is providing $200 million").
 */
const GIVEN_AMOUNT_LEAD = String.raw`(?:(?:an?|the|its|some|about|around|nearly|over|more\s+than|up\s+to|at\s+least|initial|additional|further|extra|new|immediate|emergency|total\s+of|another)\s+){0,3}`;
/** A dateline that names the international wire whose story it opens: "SAO PAULO, (Reuters) –", "GENEVA (AFP) -". */
// (a line that opens with its place in capitals, perhaps a date after it, then the wire: not "told Agence France-Presse (AFP):")
const WIRE_DATELINE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,[^\n(),]{1,30})?,?\s*)?\((?:Reuters|AFP|AP|Xinhua|Anadolu|dpa|DPA|EFE|Kyodo|Bernama)\)\s*[-–—:]/u;
/**
 * An international wire's story a site republished ("Voice of America, republished by Hong Kong Herald", "Reuters via
 * Sydney Morning Herald"): the wire, named before the republisher, wrote its dollars. (Not a wire's name alone beside a
 * dollar country's, "Australian Federal Police (AFP)", "Government of Canada (with Reuters)".)
 */
function republishedWire(publisher: string): boolean {
  const m = /^(.*?)(?:,?\s+(?:republished|reprinted|syndicated|carried)\s+by\s+|\s+via\s+|\s+on\s+)/iu.exec(publisher);
  return m !== null && INTERNATIONAL_WIRE.test(m[1]!);
}

/** Words of an appeal in a text: the amounts of a UN appeal are in US dollars, so a donor's dollar does not decide the text's. */
const APPEAL_WORDS = /\b(?:appeals?|appealed|appealing|response\s+plan)\b/i;
/** A verb of giving money, with its auxiliary: "is providing", "will give", "has pledged", "announced". */
// (a headline's capitals too: "Australia Pledges $14M for Indo-Pacific Disaster Aid")
const GIVES = String.raw`(?:(?:[Ii]s|[Aa]re|[Ww]ill|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ould)\s+(?:[Aa]lso\s+|[Nn]ow\s+)?)?(?:[Pp]rovid(?:e|es|ed|ing)|[Cc]ontribut(?:e|es|ed|ing)|[Pp]ledg(?:e|es|ed|ing)|[Cc]ommit(?:s|ted|ting)?|[Gg]ive|[Gg]ives|[Gg]ave|[Gg]iving|[Aa]nnounc(?:e|es|ed|ing)|[Aa]llocat(?:e|es|ed|ing)|[Dd]onat(?:e|es|ed|ing))\b`;
/**
 * The country's own giving of a bare-dollar amount ("Canada is providing $2.5 million"), where it is
 * the text's first bare-dollar amount: "The United States has pledged $25 million. Australia has also
 * pledged $5 million." says nothing of the first amount's dollar, so it stays USD.
 */
function givingFirst(opening: string, m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const firstDollar = /(?<![A-Za-z])\$(?=\s?\d)/.exec(opening);
  return firstDollar && firstDollar.index === m.index + m[0].length - 1 ? m : null;
}
/** The first dollar country the text names anywhere ("Australia will provide ..."), and its dollar. */
export function dollarCountryIn(text: string): { code: string; written: string } | undefined {
  let best: { code: string; written: string; at: number } | undefined;
  for (const [re, code] of DOLLAR_COUNTRIES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { code, written: m[0], at: m.index };
  }
  return best ? { code: best.code, written: best.written } : undefined;
}

/** Countries whose currency is written "Rs" too; "Rs" is INR unless the text's opening or publisher names one of them. */
const RUPEE_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  // India too, by its name, its states and its news outlets, so that a Bihar story naming Nepal's rivers keeps the rupee of India
  // (not Punjab or Kashmir, which Pakistan has too)
  [
    /\bIndian?\b|\b(?:Bihar|Assam|Kerala|Odisha|Orissa|Uttar\s+Pradesh|Maharashtra|Gujarat|Tamil\s+Nadu|Karnataka|Andhra\s+Pradesh|Telangana|West\s+Bengal|Uttarakhand|Himachal\s+Pradesh|Rajasthan|Jaisalmer|Jodhpur|Bikaner|Barmer|Madhya\s+Pradesh|Chhattisgarh|Jharkhand|Manipur|Mizoram|Meghalaya|Tripura|Sikkim|Nagaland|Arunachal\s+Pradesh|New\s+Delhi|Mumbai|Kolkata|Chennai)\b|\b(?:PTI|IANS|Business\s+Standard|Hindustan\s+Times|The\s+Hindu|Times\s+of\s+India|NDTV|Mid-day|Indian\s+Express|Deccan\s+(?:Herald|Chronicle)|Livemint|Economic\s+Times|News18|India\s+Today)\b/,
    'INR',
  ],
  // (and its provinces and cities that India has no namesake of: "Rs4,500" in a Sindh government statement on Tharparkar; not
  // the Thar desert, most of which is India's)
  [/\b(?:Pakistan(?:i)?|Sindh|Balochistan|Baluchistan|Khyber\s+Pakhtunkhwa|Gilgit-Baltistan|Karachi|Lahore|Islamabad|Peshawar|Quetta|Tharparkar)\b/, 'PKR'],
  [/\bSri Lank(?:a|an)\b/, 'LKR'],
  [/\bNepal(?:i|ese)?\b/, 'NPR'],
  [/\bMauriti(?:us|an)\b/, 'MUR'],
];
/** Countries of a crown ("kroner", "kronor" with no country word before it), and the word each writes. */
// (not an organisation named after a country, whose name many texts give: the Norwegian Refugee
// Council, the Danish Refugee Council, Norwegian Church Aid, the Swedish Red Cross)
const NOT_THE_COUNTRY = String.raw`(?!\s+(?:Refugee\s+Council|Church\s+Aid|Red\s+Cross|People['’]s\s+Aid|Demining))`;
const CROWN_COUNTRIES: ReadonlyArray<readonly [RegExp, 'krone' | 'krona', string]> = [
  [new RegExp(String.raw`\b(?:Denmark|Danish|Danida|Copenhagen)\b${NOT_THE_COUNTRY}`), 'krone', 'DKK'],
  [new RegExp(String.raw`\b(?:Norway|Norwegian|Norad|Oslo)\b${NOT_THE_COUNTRY}`), 'krone', 'NOK'],
  [new RegExp(String.raw`\b(?:Sweden|Swedish|Sida|Stockholm)\b${NOT_THE_COUNTRY}`), 'krona', 'SEK'],
  [new RegExp(String.raw`\b(?:Iceland|Icelandic|Reykjavik)\b${NOT_THE_COUNTRY}`), 'krona', 'ISK'],
];

/** Countries of the two CFA francs: the West African (XOF, BCEAO) and the Central African (XAF, BEAC). */
const CFA_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  // (not the river, the delta, the Nigerian state or the lake: "the Niger River", "Lake Chad")
  [/\b(?:Benin|Bénin|Burkina\s+Faso|C[oô]te\s+d['’]Ivoire|Ivory\s+Coast|Ivorian|Guinea-Bissau|Guinée-Bissau|Mali|Malian|Niger(?!\s+(?:River|Delta|State|Basin))|Nigerien|Senegal|Sénégal|Senegalese|Togo|Togolese|UEMOA|WAEMU|BCEAO)\b/u, 'XOF'],
  [/\b(?:Cameroon|Cameroun|Cameroonian|Central\s+African\s+Republic|Centrafrique|centrafricaine|(?<!Lake\s)Chad(?!\s+Basin)|Tchad|Chadian|Gabon|Gabonese|Equatorial\s+Guinea|Guinée\s+équatoriale|Brazzaville|(?<!Democratic\s)Republic\s+of\s+(?:the\s+)?Congo|CEMAC|BEAC)\b/u, 'XAF'],
];
/** Countries whose currency is the peso, and its code: a bare "pesos" after an amount is the one the text names (or its capital, a dateline's "BUENOS AIRES —"). */
const PESO_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?<!New\s)(?:Mexico|México|Mexican)\b/u, 'MXN'],
  [/\b(?:Philippines?|Philippine|Filipinos?|barangays?|DSWD|NDRRMC|Luzon|Visayas|Mindanao)\b/u, 'PHP'],
  [/\b(?:Colombia|Colombian|Bogot[aá]|BOGOT[AÁ])\b/u, 'COP'],
  [/\b(?:Argentina|Argentine|Argentinian|Buenos\s+Aires|BUENOS\s+AIRES)\b/u, 'ARS'],
  [/\b(?:Chile|Chilean|Santiago\s+de\s+Chile|SANTIAGO\s+DE\s+CHILE)\b/u, 'CLP'],
  [/\b(?:Cuba|Cuban|Havana|HAVANA|La\s+Habana)\b/u, 'CUP'],
  [/\b(?:Dominican\s+Republic|Santo\s+Domingo|SANTO\s+DOMINGO)\b/u, 'DOP'],
  [/\b(?:Uruguay|Uruguayan|Montevideo|MONTEVIDEO)\b/u, 'UYU'],
];
/** Countries whose currency is a riyal or a rial, and its code. */
const RIYAL_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Saudi|KSrelief|Riyadh|King\s+Salman)\b/u, 'SAR'],
  [/\b(?:Qatar|Qatari|Doha)\b/u, 'QAR'],
  [/\b(?:Oman|Omani|Muscat)\b/u, 'OMR'],
  [/\b(?:Yemen|Yemeni|Sana['’]?a|Aden)\b/u, 'YER'],
  [/\b(?:Iran|Iranian|Tehran)\b/u, 'IRR'],
];
/** Countries whose currency is a dinar, and its code. */
const DINAR_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Kuwait|Kuwaiti)\b/u, 'KWD'],
  [/\b(?:Iraq|Iraqi|Baghdad|Kurdistan)\b/u, 'IQD'],
  [/\b(?:Jordan|Jordanian|Amman)\b(?!\s+(?:River|Valley))/u, 'JOD'],
  [/\b(?:Bahrain|Bahraini|Manama)\b/u, 'BHD'],
  [/\b(?:Libya|Libyan|Tripoli|Benghazi)\b/u, 'LYD'],
  [/\b(?:Tunisia|Tunisian|Tunis)\b/u, 'TND'],
  [/\b(?:Algeria|Algerian|Algiers)\b/u, 'DZD'],
  [/\b(?:Serbia|Serbian|Belgrade)\b/u, 'RSD'],
];
/** Countries whose currency is a dirham, and its code. */
const DIRHAM_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:UAE|United\s+Arab\s+Emirates|Emirati|Emirates|Dubai|Abu\s+Dhabi|Sharjah)\b/u, 'AED'],
  [/\b(?:Morocco|Moroccan|Rabat)\b/u, 'MAD'],
];
/** Countries whose currency is a leu, and its code. */
const LEU_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Romania|Romanian|Bucharest)\b/u, 'RON'],
  [/\b(?:Moldova|Moldovan|Chi[șş]in[ăa]u|Chisinau)\b/u, 'MDL'],
];
/** The francs other than the CFA francs (read by cfaAfter): a bare "francs" is the one written in full before it, or the text's country's. */
const FRANC_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Switzerland|Swiss\s+(?:Confederation|Government|government|Agency|Development|authorities))\b/u, 'CHF'],
  // (the CFA francs' countries too, so that a text about one of them never reads a bare "francs" as Swiss)
  [/\b(?:Senegal|Mali|Niger|Burkina\s+Faso|Côte\s+d['’]Ivoire|Ivory\s+Coast|Benin|Togo|Guinea-Bissau)\b/u, 'XOF'],
  [/\b(?:Cameroon|Chad|Central\s+African\s+Republic|Gabon|Equatorial\s+Guinea|Republic\s+of\s+(?:the\s+)?Congo|Brazzaville)\b/u, 'XAF'],
  [/\b(?:Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|DR\s+Congo|DRC|Kinshasa|Goma|Bukavu)\b/u, 'CDF'],
  [/\b(?:Guinea(?![\s-]+(?:Bissau|Ecuatorial))|Guinean|Conakry)\b/u, 'GNF'],
  [/\b(?:Rwanda|Rwandan|Kigali)\b/u, 'RWF'],
  [/\b(?:Burundi|Burundian|Bujumbura|Gitega)\b/u, 'BIF'],
  [/\b(?:Djibouti|Djiboutian)\b/u, 'DJF'],
  [/\b(?:Comoros|Comorian|Moroni)\b/u, 'KMF'],
];
/** Countries whose currency is a shilling, and its code. */
const SHILLING_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Kenya|Kenyan|Nairobi)\b/u, 'KES'],
  [/\b(?:Uganda|Ugandan|Kampala)\b/u, 'UGX'],
  [/\b(?:Tanzania|Tanzanian|Dodoma|Dar\s+es\s+Salaam)\b/u, 'TZS'],
  // (not "Somali refugees" in Kenya: the people, not the country)
  [/\b(?:Somalia|Mogadishu|Somaliland)\b/u, 'SOS'],
];
/** Countries whose currency is a kwacha, and its code. */
const KWACHA_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Malawi|Malawian|Lilongwe|Blantyre)\b/u, 'MWK'],
  [/\b(?:Zambia|Zambian|Lusaka)\b/u, 'ZMW'],
];
/** Countries whose currency is a som (Uzbekistan's is written "sum" or "so'm" too), and its code. */
const SOM_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Kyrgyzstan|Kyrgyz|Bishkek|Issyk-Kul|Osh)\b/u, 'KGS'],
  [/\b(?:Uzbekistan|Uzbek|Tashkent)\b/u, 'UZS'],
];
/**
 * Currency names that several countries share, written bare after an amount ("10 million pesos",
 * "83 million riyals", "5 million dinars"): the one of the country the publisher or the text names.
 * (A country word before it is a name of its own: "Mexican pesos", "Qatari riyals".)
 */
export const SHARED_NAMES: ReadonlyArray<SharedName> = [
  sharedName('peso', 'pesos', 'pesos?', [['Mexican', 'MXN'], ['Philippine', 'PHP'], ['Colombian', 'COP'], ['Argentine', 'ARS'], ['Chilean', 'CLP'], ['Cuban', 'CUP'], ['Dominican', 'DOP'], ['Uruguayan', 'UYU']], PESO_COUNTRIES),
  sharedName('riyal', 'riyals', 'riyals?|rials?', [['Saudi', 'SAR'], ['Qatari', 'QAR'], ['Omani', 'OMR'], ['Yemeni', 'YER'], ['Iranian', 'IRR']], RIYAL_COUNTRIES),
  sharedName('dinar', 'dinars', 'dinars?', [['Kuwaiti', 'KWD'], ['Iraqi', 'IQD'], ['Jordanian', 'JOD'], ['Bahraini', 'BHD'], ['Libyan', 'LYD'], ['Tunisian', 'TND'], ['Algerian', 'DZD'], ['Serbian', 'RSD']], DINAR_COUNTRIES),
  sharedName('dirham', 'dirhams', 'dirhams?', [['UAE', 'AED'], ['Emirati', 'AED'], ['Moroccan', 'MAD']], DIRHAM_COUNTRIES),
  sharedName('leu', 'lei', 'lei|leu', [['Romanian', 'RON'], ['Moldovan', 'MDL']], LEU_COUNTRIES),
  // ("1,104.4 million Swiss francs for field operations and 191.7 million francs for support": the Swiss franc again;
  // not francs CFA, which cfaAfter reads before this)
  sharedName('franc', 'francs', 'francs?(?!\\s+CFA)', [['Swiss', 'CHF'], ['Congolese', 'CDF'], ['Rwandan', 'RWF'], ['Rwanda', 'RWF'], ['Burundian', 'BIF'], ['Burundi', 'BIF'], ['Guinean', 'GNF'], ['Djiboutian', 'DJF'], ['Djibouti', 'DJF'], ['Comorian', 'KMF']], FRANC_COUNTRIES),
  sharedName('kwacha', 'kwacha', 'kwachas?', [['Malawian', 'MWK'], ['Malawi', 'MWK'], ['Zambian', 'ZMW']], KWACHA_COUNTRIES),
  // (Uzbekistan's som as its press writes it in English: "40 million soums", "1.1 trillion soum"; read only where the
  // text names Uzbekistan or Kyrgyzstan: a Mongolian soum is a district)
  sharedName('som', 'soms', "soms?|soums?|so[‘’'`]ms?", [['Kyrgyz', 'KGS'], ['Uzbek', 'UZS']], SOM_COUNTRIES),
  sharedName('shilling', 'shillings', 'shillings?', [['Kenya', 'KES'], ['Kenyan', 'KES'], ['Uganda', 'UGX'], ['Ugandan', 'UGX'], ['Tanzania', 'TZS'], ['Tanzanian', 'TZS'], ['Somali', 'SOS']], SHILLING_COUNTRIES),
];
interface SharedName {
  name: string;
  plural: string;
  /** the bare name right after an amount */
  after: RegExp;
  /** the bare name anywhere (for the notes) */
  anywhere: RegExp;
  /** its full names, anywhere in the text (global): "Qatari riyals", in any case */
  full: RegExp;
  /** the country word of a full name, in lower case, and its currency */
  fullCodes: ReadonlyMap<string, string>;
  countries: ReadonlyArray<readonly [RegExp, string]>;
}
/** A shared name's family: its words after an amount and anywhere, its full names, its countries. */
function sharedName(name: string, plural: string, words: string, fulls: ReadonlyArray<readonly [string, string]>, countries: ReadonlyArray<readonly [RegExp, string]>): SharedName {
  return {
    name,
    plural,
    after: new RegExp(String.raw`^[\s-](${words})(?![\p{L}])`, 'iu'),
    anywhere: new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, 'iu'),
    full: new RegExp(String.raw`(?<![\p{L}])(${fulls.map(([w]) => w).join('|')})\s+(?:${words})(?![\p{L}])`, 'giu'),
    fullCodes: new Map(fulls.map(([w, code]) => [w.toLowerCase(), code])),
    countries,
  };
}
/** A country named within this many characters opens the text; another of the same currency's name, not before NAMED_LATER, leaves it the text's. */
const OPENS_WITH = 400;
const NAMED_LATER = 1000;
/** The full names of shared currencies a text writes, where: read back by the nearest before a bare name. */
const FULLS_KEPT = 200;

/** The last ". " within 300 characters before `at`, or -1: a bounded search, never back to the text's start. */
function lastSentenceEnd(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  const i = text.slice(from, at).lastIndexOf('. ');
  return i === -1 ? -1 : from + i;
}

/** The currency a bare shared name after an amount is ("83 million riyals"), where the text's context says (MoneyContext.shared). */
export function sharedNameAfter(text: string, at: number, limit: number, money: MoneyContext): (UnitMatch & { why: string }) | undefined {
  if (money.shared === undefined && money.sharedFulls === undefined) return undefined;
  const rest = text.slice(at, Math.min(limit, at + 12));
  for (const family of SHARED_NAMES) {
    const m = family.after.exec(rest);
    if (!m) continue;
    // the nearest full name before it ("100 million Yemeni rials ... 20,000 rials": YER), else the text's country
    let nearest: { at: number; code: string; written: string } | undefined;
    for (const f of money.sharedFulls?.get(family.name) ?? []) {
      if (f.at >= at) break;
      nearest = f;
    }
    if (nearest !== undefined) {
      // (unless its own sentence names another country of that name: "the 3 million dinars ... in Iraq" after "Kuwaiti dinars")
      const sentenceStart = Math.max(lastSentenceEnd(text, at), nearest.at, at - 300);
      const own = text.slice(sentenceStart, limit);
      // (where the publisher's or the text's one country agrees with it, that decides: Qatar Charity's riyals spent in Yemen)
      if (money.shared?.get(family.name)?.code !== nearest.code && family.countries.some(([re, code]) => code !== nearest!.code && re.test(own))) return undefined;
      return { unit: nearest.code, end: at + m[0].length, written: m[1]!, why: `'${nearest.written}' written in full before it: a bare '${family.plural}' is the same, ${nearest.code}` };
    }
    const known = money.shared?.get(family.name);
    // (the country the text opens with decides only where the amount's own sentence names no other country
    // of that name: "In Uganda, the ministry released 300 million shillings" after a text about Kenya)
    if (known !== undefined && known.opening) {
      const sentenceStart = Math.max(lastSentenceEnd(text, at), at - 300);
      const own = text.slice(sentenceStart, Math.min(limit, at + 200));
      if (family.countries.some(([re, code]) => code !== known.code && re.test(own))) return undefined;
    }
    if (known !== undefined) return { unit: known.code, end: at + m[0].length, written: m[1]!, why: known.why };
  }
  return undefined;
}

/** The CFA franc written after an amount: "120 000 FCFA", "5 billion CFA francs", "3,15 milliards de FCFA", "2 million francs CFA". */
// (a bare "CFA" only where no word follows it: "12,000 CFA beneficiaries" are people of cash-for-assets work)
const CFA_AFTER = /^[\s-](?:de\s+|d['’])?(F\s?CFA|CFA\s+[Ff]rancs|[Ff]rancs?\s+CFA|CFA(?=\s*(?:[.,;:()]|$|\s(?:to|for|per|in|and|or|from|each|was|were|is|are|has|have)\b)))(?![\p{L}])/u;
/** The CFA franc written before an amount: "FCFA 120 000", "CFA 5 billion". */
const CFA_BEFORE = /(?<![\p{L}\p{N}])(F\s?CFA|CFA)\s?$/u;

/** The CFA franc after an amount, where the text's context says which (MoneyContext.cfa). */
export function cfaAfter(text: string, at: number, limit: number, money: MoneyContext): (UnitMatch & { why: string }) | undefined {
  if (money.cfa === undefined) return undefined;
  const m = CFA_AFTER.exec(text.slice(at, Math.min(limit, at + 20)));
  return m ? { unit: money.cfa.code, end: at + m[0].length, written: m[1]!, why: money.cfa.why } : undefined;
}

/** A bare crown after an amount: "118 million kroner", "50 million kronor" (a country word before it is a name: "Danish kroner"). */
/** Countries whose koruna English calls a crown too. */
const KORUNA_COUNTRIES = /\b(?:Czech|Czechia|Slovak|Slovakia|Prague|Bratislava)\b/;
const CROWN_AFTER = /^[\s-](kron(?:e|er|a|or|ur)|crowns?)(?![\p{L}])/iu;

/** The crown a bare "kroner" or "kronor" after an amount is, where the text's context says (MoneyContext.crowns). */
export function crownAfter(text: string, at: number, limit: number, money: MoneyContext): (UnitMatch & { why: string }) | undefined {
  const m = CROWN_AFTER.exec(text.slice(at, Math.min(limit, at + 9)));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const kind = word.startsWith('crown') ? undefined : word === 'krone' || word === 'kroner' ? 'krone' : 'krona';
  // the one crown country its own clause names before it ("Moreover, Norway made pledges of 250,000,000 crowns"
  // in a list of donors that names Denmark and Sweden too)
  const clause = /[^,.;:!?\n]*$/.exec(text.slice(Math.max(0, at - 90), at).replace(/[\d\s.,]+$/, ''))![0];
  // ("crowns" are Czech and Slovak korunas too: a text that names either reads no crown from the word)
  if (kind === undefined && KORUNA_COUNTRIES.test(text.slice(0, Math.min(text.length, 20_000)))) return undefined;
  const giver = CROWN_COUNTRIES.filter(([re, w]) => (kind === undefined || w === kind) && re.test(clause));
  if (giver.length === 1) return { unit: giver[0]![2], end: at + m[0].length, written: m[1]!, why: `'${clause.trim()}' names the country whose crown it is: ${giver[0]![2]}` };
  if (money.crowns === undefined) return undefined;
  // ("250,000,000 crowns": the English name of either, so only where the text has one crown country)
  const crown = kind === undefined ? (money.crowns.size === 1 ? [...money.crowns.values()][0] : undefined) : money.crowns.get(kind);
  return crown ? { unit: crown.code, end: at + m[0].length, written: m[1]!, why: crown.why } : undefined;
}

/** A bare "rupees" after an amount ("12 billion rupees", "500 crore rupees"): no country word before it. */
const RUPEE_AFTER = /^[\s-](rupees?)(?![\p{L}])(?!\s+(?:notes?|coins?)(?![\p{L}]))/iu;

/** The rupee a bare "rupees" after an amount is: the text's rupee, as "Rs" is read (MoneyContext.rupee, else INR). */
export function rupeeAfter(text: string, at: number, limit: number, money: MoneyContext): (UnitMatch & { why: string }) | undefined {
  const m = RUPEE_AFTER.exec(text.slice(at, Math.min(limit, at + 20)));
  if (!m) return undefined;
  const code = money.rupee ?? 'INR';
  const why = money.rupee !== undefined ? `'${m[1]!}' in a text of the country whose rupee is ${code}` : `'${m[1]!}' read as the Indian rupee (no other rupee country named)`;
  return { unit: code, end: at + m[0].length, written: m[1]!, why };
}

/**
 * Letter signs and the country whose texts use them. A sign that two countries the text names use
 * ("Sh" in a text of Kenya and Somalia) is read as neither.
 */
const LETTER_SIGNS: ReadonlyArray<readonly [string, RegExp, string]> = [
  // (or its provinces, cities and papers: "KZN floods cause damage of over R1bn" in the Daily Maverick)
  ['R', /\b(?:South Africa(?:n)?|KwaZulu-Natal|KZN|Eastern Cape|Western Cape|Northern Cape|Gauteng|Mpumalanga|Durban|eThekwini|Johannesburg|Cape Town|Pretoria|Daily Maverick|News24|Mail & Guardian|TimesLIVE|SABC|Sowetan)\b/, 'ZAR'],
  // a text that names no country but its barangays, its regions or its disaster agencies is Philippine too
  ['P', /\b(?:Philippines?|Philippine|Filipino|barangays?|DSWD|NDRRMC|PAGASA|Luzon|Visayas|Mindanao)\b/, 'PHP'],
  // "N2 billion" in a Nigerian text (the naira, also written ₦), "MK5 billion" in a Malawian one (the kwacha)
  ['N', /\bNigeria(?:n)?\b/, 'NGN'],
  ['MK', /\bMalawi(?:an)?\b/, 'MWK'],
  // "K50 million": the Zambian kwacha, Papua New Guinea's kina, Myanmar's kyat
  ['K', /\bZambia(?:n)?\b/, 'ZMW'],
  ['K', /\bMalawi(?:an)?\b/, 'MWK'],
  ['K', /\bPapua New Guinea\b/, 'PGK'],
  ['K', /\b(?:Myanmar|Burma|Burmese)\b/, 'MMK'],
  // "Sh50 million": the shilling of Kenya, Uganda, Tanzania or Somalia
  ['Sh', /\bKenya(?:n)?\b/, 'KES'],
  ['Sh', /\bUganda(?:n)?\b/, 'UGX'],
  ['Sh', /\bTanzania(?:n)?\b/, 'TZS'],
  ['Sh', /\bSomali(?:a|land)\b/, 'SOS'],
  // "KD 160,000": the Kuwaiti dinar, as Kuwait's agency writes it; "BD 50,000" Bahrain's; "SR 5 million" the Saudi riyal
  ['KD', /\bKuwait(?:i)?\b/, 'KWD'],
  ['BD', /\bBahrain(?:i)?\b/, 'BHD'],
  ['SR', /\b(?:Saudi|KSrelief)\b/, 'SAR'],
  // "JD80", "JD 155": the Jordanian dinar, as Jordan's papers write it
  ['JD', /\bJordan(?:ian)?\b/, 'JOD'],
  // "W49.3 billion": the South Korean won, as Seoul's English-language papers write it (inter-Korean aid is Seoul's)
  ['W', /\b(?:South\s+Korean?|Seoul|Republic\s+of\s+Korea|[Ii]nter-Korean)\b/, 'KRW'],
];

/**
 * Of countries and their currency, the publisher's, else the one the opening names first (not the
 * first of the list): its code, and the words that named it in the text (none for the publisher's).
 */
function countryNamed(countries: ReadonlyArray<readonly [RegExp, string]>, publisher: string | undefined, opening: string): { code: string; written?: string } | undefined {
  let found: { code: string; written?: string } | undefined;
  let foundAt = Infinity;
  for (const [re, code] of countries) {
    if (publisher !== undefined && re.test(publisher)) return { code };
    const m = re.exec(opening);
    if (m && m.index < foundAt) [found, foundAt] = [{ code, written: m[0] }, m.index];
  }
  return found;
}

/**
 * The money context of a text: a dollar country named in the publisher ("Australian Government,
 * DFAT"), else a government of one in the text's opening ("The Australian Government is ...");
 * letter signs when the publisher or the text names their country.
 */
export function moneyContext(text: string, publisher: string | undefined): MoneyContext {
  let dollar = 'USD';
  let dollarWhy: string | undefined;
  const opening = text.slice(0, 3000);
  // (a wire's story a site republished, said by the publisher or by the text's dateline, "SAO PAULO, (Reuters) –")
  const wireStory = publisher !== undefined && (republishedWire(publisher) || WIRE_DATELINE.test(text.slice(0, 400)));
  const outlet = publisher === undefined || wireStory ? undefined : DOLLAR_OUTLETS.find(([re]) => re.test(publisher));
  if (outlet !== undefined) {
    dollar = outlet[1];
    dollarWhy = `the publisher '${publisher}' is a news outlet of a country whose '$' is ${outlet[1]}`;
  }
  const publisherDollar = outlet === undefined && publisher !== undefined && !wireStory && !AGENCY_PUBLISHER.test(publisher) ? PUBLISHER_DOLLAR_COUNTRIES.find(([re]) => re.test(publisher)) : undefined;
  if (publisherDollar !== undefined) {
    dollar = publisherDollar[1];
    dollarWhy = `the publisher '${publisher}' is of a country whose '$' is ${publisherDollar[1]}`;
  }
  for (const [re, code] of outlet === undefined && publisherDollar === undefined ? DOLLAR_COUNTRIES : []) {
    // (not an international wire's story a site of that country republished: "Voice of America, republished by Hong Kong Herald" writes US dollars)
    if (publisher !== undefined && re.test(publisher) && !wireStory) {
      dollar = code;
      dollarWhy = `the publisher '${publisher}' is of a country whose '$' is ${code}`;
      break;
    }
    const gov =
      new RegExp(`(?:${re.source})\\s+(?:Government|government|Minister|Prime Minister|Premier)|Government of (?:${re.source})`).exec(opening) ??
      // "Canada is providing $2.5 million": the country itself gives a bare-dollar amount
      givingFirst(opening, new RegExp(`(?:${re.source})\\s+${GIVES}(?:(?!\\bthat\\b)[^.$;:\\n])*?(?<![A-Za-z])\\$(?=\\s?\\d)`).exec(opening));
    if (publisher === undefined && gov) {
      dollar = code;
      dollarWhy = `'${gov[0]}' in the text: its '$' is ${code}`;
      break;
    }
    // a publisher of no dollar country that does not count in US dollars (not an aid agency nor an international
    // wire) and a text that names no US party (a US site's "$1.7 million" beside USAID's is in US dollars): the country
    // or its government giving the text's first bare-dollar amount ("Australia has announced an additional $21.5
    // million"; not a list of donors that opens with another's, "The United Nations will contribute $10 million")
    const giver =
      publisher !== undefined && !AGENCY_PUBLISHER.test(publisher) && !INTERNATIONAL_WIRE.test(publisher) && !US_NAMED.test(text) && !APPEAL_WORDS.test(opening)
        ? givingFirst(opening, new RegExp(`(?:${re.source})(?:\\s+[Gg]overnment)?\\s+${GIVES}\\s+${GIVEN_AMOUNT_LEAD}(?<![A-Za-z])\\$(?=\\s?\\d)`).exec(opening))
        : null;
    if (giver) {
      dollar = code;
      dollarWhy = `'${giver[0].replace(/\s+\S*$/, '')}' in the text, whose publisher is of no dollar country: its '$' is ${code}`;
      break;
    }
  }
  const letters = new Map<string, string>();
  const rupee = countryNamed(RUPEE_COUNTRIES, publisher, opening)?.code;
  // (the publisher's country decides a sign two named countries share)
  const shared = new Set<string>();
  const byPublisher = new Set<string>();
  for (const [letter, re, code] of LETTER_SIGNS) {
    const ofPublisher = publisher !== undefined && re.test(publisher);
    if (!ofPublisher && !re.test(text)) continue;
    if (byPublisher.has(letter)) continue;
    if (ofPublisher) {
      letters.set(letter, code);
      byPublisher.add(letter);
      shared.delete(letter);
    } else if (letters.has(letter) && letters.get(letter) !== code) shared.add(letter);
    else letters.set(letter, code);
  }
  for (const letter of shared) letters.delete(letter);
  // a crown: the publisher's country, else the one country of that crown the opening names (two
  // named, "Sweden gave ... Iceland gave ...", say neither: the krona of one is thirteen of the other's)
  const crowns = new Map<'krone' | 'krona', { code: string; why: string; byPublisher: boolean }>();
  const twoNamed = new Set<'krone' | 'krona'>();
  for (const [re, word, code] of CROWN_COUNTRIES) {
    const ofPublisher = publisher !== undefined ? re.exec(publisher) : null;
    const inText = ofPublisher ? null : re.exec(opening);
    if (!ofPublisher && !inText) continue;
    const known = crowns.get(word);
    if (known?.byPublisher) continue;
    if (ofPublisher) {
      crowns.set(word, { code, why: `the publisher '${publisher}' is of the country whose ${word} is ${code}`, byPublisher: true });
      twoNamed.delete(word);
    } else if (known !== undefined) twoNamed.add(word);
    else crowns.set(word, { code, why: `'${inText![0]}' in the text: its ${word} is ${code}`, byPublisher: false });
  }
  for (const word of twoNamed) crowns.delete(word);
  // the CFA franc: the publisher's country, else the one the opening names first
  const cfaCountry = countryNamed(CFA_COUNTRIES, publisher, opening);
  const cfa = cfaCountry && {
    code: cfaCountry.code,
    why: cfaCountry.written === undefined ? `the publisher '${publisher}' is of a country whose CFA franc is ${cfaCountry.code}` : `'${cfaCountry.written}' in the text: its CFA franc is ${cfaCountry.code}`,
  };
  // a shared name (pesos, riyals, dinars ...): the nearest full name written before it ("Qatari riyals", kept
  // here with where each is), else the publisher's country, else the one country of that name the opening names
  // (two named: neither)
  const sharedNames = new Map<string, { code: string; why: string; opening?: boolean }>();
  const sharedFulls = new Map<string, Array<{ at: number; code: string; written: string }>>();
  const sharedUnclear: string[] = [];
  for (const family of SHARED_NAMES) {
    family.full.lastIndex = 0;
    for (let full = family.full.exec(text); full; full = family.full.exec(text)) {
      const code = family.fullCodes.get(full[1]!.toLowerCase());
      if (code === undefined) continue;
      let list = sharedFulls.get(family.name);
      if (list === undefined) sharedFulls.set(family.name, (list = []));
      list.push({ at: full.index, code, written: full[0] });
      if (list.length >= FULLS_KEPT) break;
    }
    let found: { code: string; why: string; opening?: boolean } | undefined;
    let unclear = false;
    // (the first named, and where: two countries named far apart leave the one the text opens with)
    let first: { at: number; code: string; written: string } | undefined;
    let second = Infinity;
    for (const [re, code] of family.countries) {
      if (publisher !== undefined && re.test(publisher)) {
        found = { code, why: `the publisher '${publisher}' is of the country whose ${family.name} is ${code}` };
        unclear = false;
        first = undefined;
        break;
      }
      const inText = re.exec(opening);
      if (!inText) continue;
      if (first === undefined || inText.index < first.at) {
        if (first !== undefined && first.code !== code) second = Math.min(second, first.at);
        first = { at: inText.index, code, written: inText[0] };
      } else if (first.code !== code) second = Math.min(second, inText.index);
      if (found === undefined && !unclear) found = { code, why: `'${inText[0]}' in the text: its ${family.name} is ${code}` };
      else if (found !== undefined && found.code !== code) {
        found = undefined;
        unclear = true;
      }
    }
    if (unclear && first !== undefined && first.at < OPENS_WITH && second >= NAMED_LATER) {
      // "Morocco Announces Rehousing Programme ... 140,000 Dirhams ...", the United Arab Emirates only near its end
      found = { code: first.code, why: `'${first.written}' named as the text opens, the other country of its ${family.plural} only later: ${first.code}`, opening: true };
      unclear = false;
    }
    if (found !== undefined) sharedNames.set(family.name, found);
    // (two countries named: said, unless every bare name comes after a full name that decides it)
    else if (unclear) {
      const bare = family.anywhere.exec(text);
      const firstFull = sharedFulls.get(family.name)?.[0];
      if (firstFull === undefined || (bare !== null && bare.index < firstFull.at)) sharedUnclear.push(family.name);
    }
  }
  const context: MoneyContext = { dollar, letters };
  if (sharedNames.size > 0) context.shared = sharedNames;
  if (sharedFulls.size > 0) context.sharedFulls = sharedFulls;
  if (sharedUnclear.length > 0) context.sharedUnclear = sharedUnclear;
  if (twoNamed.size > 0) context.crownsUnclear = [...twoNamed];
  if (cfa !== undefined) context.cfa = cfa;
  if (crowns.size > 0) context.crowns = new Map([...crowns].map(([word, c]) => [word, { code: c.code, why: c.why }]));
  if (rupee !== undefined) context.rupee = rupee;
  if (dollarWhy !== undefined) context.dollarWhy = dollarWhy;
  if (publisher !== undefined && AGENCY_PUBLISHER.test(publisher)) context.agencyPublisher = true;
  // (read once for the whole text here, never per sentence)
  if (US_NAMED.test(text)) context.usNamed = true;
  return context;
}

/** An amount with a scale word, as money after a currency's name is written: "3.34 million", "500 crore"; or grouped in thousands, "500,000". */
const NAMED_AMOUNT_AFTER = /^(?:\d[\d.,]*\s?(?:million|billion|milliards?|crores?|lakhs?|m|bn|mn)(?![\p{L}])|\d{1,3}(?:,\d{3})+(?![\d.,]))/iu;
/** One or two capitalised words right before an amount, a currency's name: "Euros ", "Swiss Francs ". */
const NAME_BEFORE = /(?<![\p{L}\p{N}])((?:(?:US|U\.S\.|\p{Lu}\p{Ll}+)\s)?\p{Lu}\p{Ll}+)\s$/u;

/** Signs of more than one letter written before an amount, each of one currency only. */
const SIGNS: ReadonlyMap<string, string> = new Map([
  // (the Qatari riyal as Qatar's papers write it: "QR 200mn", "QR1.5mn")
  // (the Rwandan and Burundian francs as their papers write them: "Rwf100 million", "FBu 5,000")
  ['Rwf', 'RWF'], ['RWF', 'RWF'], ['FRw', 'RWF'], ['FBu', 'BIF'],
  ['QR', 'QAR'], ['SFr', 'CHF'], ['RM', 'MYR'], ['VNĐ', 'VND'], ['TL', 'TRY'], ['KSh', 'KES'], ['Ksh', 'KES'], ['USh', 'UGX'], ['TSh', 'TZS'], ['Tsh', 'TZS'],
  ['Rp', 'IDR'], ['GH₵', 'GHS'], ['GH¢', 'GHS'], ['Tk', 'BDT'], ['Taka', 'BDT'], ['PhP', 'PHP'], ['Php', 'PHP'], ['Vt', 'VUV'], ['Dh', 'AED'], ['Dhs', 'AED'],
  // (the Peruvian sol: "S/291.8 million", "S/. 1,500")
  ['S/', 'PEN'],
  // (the Israeli new shekel as Israel's papers write it: "NIS 500", "NIS 2.75 billion")
  ['NIS', 'ILS'],
  // (the Iranian rial as the Iranian Red Crescent and Iran's press abbreviate it: "Rls. 1,700 billion", "Rls 550 billion")
  ['Rls', 'IRR'],
  // (the Chinese yuan by the name of its currency, as Chinese and Hong Kong sources write it: "RMB 26.6 million", "RMB5 billion")
  ['RMB', 'CNY'],
]);
/** A sign of SIGNS, or "Rs" ("RS": whose rupee depends on the text), right before an amount (perhaps a point and a space after it): longest first. */
const SIGN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...SIGNS.keys(), 'Rs', 'RS'].sort((a, b) => b.length - a.length).join('|')})\.?\s?$`,
  'u',
);

/**
 * A currency written right before the number: a symbol ("$", "US$", "US $", "€", "£", "A$",
 * "SFr") or an ISO code ("CHF 20m", "USD 5 million", "CHF60 million"), or a letter sign the text's
 * country uses ("R96.6m" in a South African text). Returns its ISO code and where it starts.
 */
/** After "US": an amount in millions or billions that no noun follows ("US 50 million.", "US 2 billion for"). */
const US_AMOUNT_AFTER = /^\d[\d,.]*\s?(?:million|billion|mn|bn|m)(?![\p{L}])(?:\s*(?:[.,;:)]|$)|\s+(?:in|for|to|from|of|and|or|was|were|is|are|has|had|will|which|that|as|by|on|at|worth|dollars)(?![\p{L}]))/u;
/** After the euro's name: an amount grouped in thousands or with a scale ("355,000", "2 million", "1.5bn"). */
const EURO_AMOUNT_AFTER = /^\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d])|^\d+(?:[.,]\d+)?\s?(?:million|billion|mn|bn|m)(?![\p{L}])/iu;

export function currencyBefore(
  text: string,
  lineStart: number,
  at: number,
  money: MoneyContext = DEFAULT_MONEY,
): { code: string; start: number; written: string; why?: string } | { unknown: string } | undefined {
  const before = text.slice(Math.max(lineStart, at - 8), at);
  // "$US200 million", "$A50 million": the dollar sign first, its country's letters after (Australian press)
  const after = /(?<![\p{L}\p{N}])\$(US|A|NZ|C|HK)\s?$/u.exec(before);
  if (after) {
    const code = DOLLAR_SUFFIX.get(after[1]!)!;
    return { code, start: at - after[0].length, written: `$${after[1]!}` };
  }
  // (a space between letters and the sign only after US: "A $5 million NHF allocation" is an article, not A$)
  // ("Cl$1.84m", "Mex$500 million", "U$S 2 million": a peso's letters in mixed case, or the Rioplatense dollar, read only where humfig knows them)
  const sym = /(?<![\p{L}\p{N}])((?:[A-Z]{1,3}|[A-Z][a-z]{1,2}|US\s|U\.S\.\s?)?\$|U\$S|€|£|¥|₹|₽|₴|₺|₦|₩|₪|₫|֏|₼|₾|₱|৳)\s?$/u.exec(before);
  if (sym && /^[A-Z][a-z]/.test(sym[1]!) && currencyFromName(sym[1]!) === undefined) return undefined;
  if (sym) {
    const written = sym[1]!.replace(/\s/g, '');
    if (written === '$') return { code: money.dollar, start: at - sym[0].length, written, ...(money.dollarWhy ? { why: money.dollarWhy } : {}) };
    // ("TOP$25 million": an ISO code glued to a dollar sign names its currency, the Tongan pa'anga)
    const code = currencyFromName(written) ?? (/^[A-Z]{3}\$$/.test(written) && isCurrencyCode(written.slice(0, 3)) ? written.slice(0, 3) : undefined);
    if (!code) return { unknown: sym[1]! };
    return { code, start: at - sym[0].length, written };
  }
  const sign = SIGN_BEFORE.exec(before);
  if (sign && (sign[1] === 'Rs' || sign[1] === 'RS')) {
    const code = money.rupee ?? 'INR';
    return { code, start: at - sign[0].length, written: 'Rs', why: money.rupee ? `'Rs' in a text of the country whose rupee is ${code}` : "'Rs' read as the Indian rupee (no other rupee country named)" };
  }
  if (sign) return { code: SIGNS.get(sign[1]!)!, start: at - sign[0].length, written: sign[1]! };
  // "estimated at US 50 million": US alone before an amount in millions or billions, no noun of its own after it
  // (not "in the US 50 million people")
  if (/(?<![\p{L}\p{N}.])US\s$/u.test(before) && US_AMOUNT_AFTER.test(text.slice(at, at + 40))) return { code: 'USD', start: at - 3, written: 'US' };
  // "(euro 355,000/US$ 540,000)", "Euro 2 million": the euro's name before its amount, grouped or scaled (never a
  // year: "Euro 2024" is a football tournament)
  if (/(?<![\p{L}\p{N}])[Ee]uros?\s$/u.test(before) && EURO_AMOUNT_AFTER.test(text.slice(at, at + 24))) {
    const written = /[Ee]uros?\s$/u.exec(before)![0];
    return { code: 'EUR', start: at - written.length, written: written.trim() };
  }
  // "CHF (Swiss Francs) 750,000": a code, its name in brackets, then the amount
  const codeNamed = /(?<![\p{L}\p{N}])([A-Z]{3})\s?\(([\p{L} ]{3,30})\)\s?$/u.exec(text.slice(Math.max(lineStart, at - 40), at));
  if (codeNamed && isCurrencyCode(codeNamed[1]!) && currencyFromName(codeNamed[2]!) === codeNamed[1]) return { code: codeNamed[1]!, start: at - codeNamed[0].length, written: codeNamed[0].trim() };
  // ("CHF  1’000’000" in a budget table: a code and its amount two spaces apart)
  const iso = /(?<![\p{L}\p{N}])([A-Z]{3})(?:\s|[ \u00a0]{2})?$/u.exec(before);
  // (a code glued to a number of one or two digits with no scale names something else: "COP28", the climate conference)
  // (only COP, the code that a conference shares: "USD50 per month" is money)
  const gluedShort = iso !== null && iso[1] === 'COP' && iso[0].length === 3 && /^\d{1,2}(?![\d.,])(?!\s?(?:m|mn|mln|bn|bln|million|billion|k|thousand|crore|lakh)\b)/i.test(text.slice(at, at + 16));
  if (iso && isCurrencyCode(iso[1]!) && !gluedShort) return { code: iso[1]!, start: at - iso[0].length, written: iso[1]! };
  // "FCFA 120 000", "CFA 5 billion": the CFA franc of the text's country
  const cfa = money.cfa !== undefined ? CFA_BEFORE.exec(before) : null;
  if (cfa) return { code: money.cfa!.code, start: at - cfa[0].length, written: cfa[1]!, why: money.cfa!.why };
  // "Euros 3.34 million", "Rupees 500 crore", "US Dollars 2 million": a currency's name, capitalised, before the amount
  const named = NAME_BEFORE.exec(text.slice(Math.max(lineStart, at - 24), at));
  // (not a country's name: "Sierra Leone 2 304 622" is a count in a table, though the leone is its currency;
  // only before an amount with a scale word, as money is written and a count rarely is, and never before
  // a count's noun: "Lempira 3,000 people", "Lira 40 families" are places, "All 300 residents" no lek)
  const scaledAmount = named ? NAMED_AMOUNT_AFTER.exec(text.slice(at, at + 40)) : null;
  const countAfter = scaledAmount ? nounAfter(text, at + scaledAmount[0].length, Math.min(text.length, at + 120)) : undefined;
  if (named && scaledAmount && !(countAfter && !('ambiguous' in countAfter) && (isCountUnit(countAfter.unit) || unitDimension(countAfter.unit) === 'object')) && findCountry(named[1]!) === undefined) {
    // the two words, else the last alone ("In June Pounds 2 million"); a name, never a code in title case ("Top", "All")
    for (const words of [named[1]!, /\S+$/.exec(named[1]!)![0]]) {
      const lower = words.toLowerCase().replace(/\s+/g, ' ');
      // (a plural or a name of two words: a singular alone is more often a place, "Lempira 3.5 million")
      // (but "Euro", which names no place: "an allocation of Euro 1.2 million")
      if (/^[a-z]{3}$/.test(lower) || !(/\s/.test(lower) || /s$/.test(lower) || lower === 'euro')) continue;
      const found = AMBIGUOUS_NAMES.has(lower) ? undefined : cachedCurrency(lower);
      if (found) return { code: found, start: at - words.length - 1, written: words };
    }
  }
  // ("MK 7,000", "Sh 300 million", "K 468 million": a sign of two letters, or K, may stand apart from its amount)
  // ("KD 160,000", "BD 50,000", "SR 5 million": the Gulf's two-letter signs, glued or spaced)
  // ("sh83b": Uganda's and Kenya's press write the shilling in lower case, glued, before a scale)
  const letterMatch = /(?<![\p{L}\p{N}])(?:(MK|Sh|sh|KD|BD|SR|JD|[A-Z])|(MK|Sh|K|KD|BD|SR|JD) )$/u.exec(before);
  const letter = letterMatch ? (letterMatch[1] === 'sh' ? 'Sh' : (letterMatch[1] ?? letterMatch[2]!)) : undefined;
  const code = letter !== undefined ? money.letters.get(letter) : undefined;
  // (a single letter other than R and P only before an amount with a scale or in thousands: "the N2 road" is a road)
  const withScale = /^\d+(?:\.\d+)?\s?(?:m|bn|million|billion|trillion)\b/i.test(text.slice(at, at + 20)) || (letterMatch?.[1] === 'sh' && /^\d+(?:\.\d+)?b\b/.test(text.slice(at, at + 12)));
  // (a spaced group of zeros too: "K100, 000")
  const amount = withScale || /^\d{1,3}(?:,\d{3}|, 000(?!\d))+/.test(text.slice(at, at + 20));
  // (a spaced Sh or K only before an amount with a scale: "L. Sh 5,000 households" is Lower Shabelle's)
  const spacedShort = letterMatch?.[2] === 'Sh' || letterMatch?.[2] === 'K';
  // (not a road: "the R102 road", "Parts of the R61 and the N2 were washed away")
  const road = letter === 'R' && !amount && (/\bthe\s+R$/.test(before) || /^\d+\s+(?:road|route|highway|freeway|motorway)\b/i.test(text.slice(at, at + 24)) || /^\d+\s+and\s+(?:the\s+)?[NR]\d/.test(text.slice(at, at + 24)));
  // (a dinar's two letters, glued, before any amount: "JD80 (one person) and JD155")
  // (not a year, a road or a voucher's name: "the JD2023 budget", "the JD80 road", "2,000 JD80 vouchers")
  const jdAmount = letter === 'JD' && letterMatch![1] === 'JD' && !/^(?:19|20)\d\d(?!\d)/.test(text.slice(at, at + 5)) && !/\d[\s,]*$/.test(text.slice(Math.max(0, at - 6), at - 2)) && !/^\d[\d,.]*\s+(?!(?:per|a|an|each|for|in|to|and|or|was|were|is|are|million|billion|thousand)\b)\p{Ll}/u.test(text.slice(at, at + 24));
  if (letter !== undefined && code && (letter === 'R' || letter === 'P' || jdAmount || amount) && (!spacedShort || withScale) && !road && (letterMatch![1] !== 'sh' || withScale)) {
    return { code, start: at - letterMatch![0].length, written: letter, why: `'${letter}' before an amount in a text of the country whose currency it signs` };
  }
  return undefined;
}

/** A currency written after the number: an ISO code or a name of one to three words ("Swiss Francs"). */
export function currencyAfter(text: string, at: number, limit: number): UnitMatch | undefined {
  const rest = text.slice(at, Math.min(limit, at + 60));
  // ("164,881CHF": a code glued to a number grouped in thousands, as a budget table's cell copied into prose leaves it)
  const iso = /^[\s-]([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest) ?? (/\d[,.]\d{3}$/.test(text.slice(Math.max(0, at - 5), at)) ? /^([A-Z]{3})(?![\p{L}\p{N}])/u.exec(rest) : null);
  // (not a code that names the counted, before their plural noun: "12 CRC executives", the Chad Red Cross's)
  // (a word that only ends in s is no plural: "112.7 million QAR as Qatar's total aid reached ...")
  if (iso && /^\s+(?!(?:as|is|was|has|its|this|thus|plus|less|unless|across|whereas|perhaps)(?![\p{L}]))\p{Ll}[\p{Ll}-]*s(?![\p{L}])/u.test(rest.slice(iso[0].length)) && !/^\s+funds(?![\p{L}])/u.test(rest.slice(iso[0].length))) return undefined;
  if (iso && isCurrencyCode(iso[1]!)) return { unit: iso[1]!, end: at + iso[0].length, written: iso[1]! };
  // "32M US$ contributed" (a dashboard's key figure): a symbol that names its currency, after the amount
  const symbol = /^\s((?:US|A|AU|NZ|C|CA|HK|S)\$)(?![\p{L}\p{N}])/u.exec(rest);
  if (symbol) {
    const code = cachedCurrency(symbol[1]!.toLowerCase());
    if (code) return { unit: code, end: at + symbol[0].length, written: symbol[1]! };
  }
  // "3,512,000Swiss Francs": a name of two or three words glued on by a missing space
  const glued = /^(\p{Lu}[\p{L}.]+(?:\s[\p{L}.]+){1,2})/u.exec(rest);
  if (glued) {
    const gluedParts = glued[1]!.split(/\s/);
    for (let n = gluedParts.length; n >= 2; n--) {
      const phrase = gluedParts.slice(0, n).join(' ').replace(/\.$/, '');
      const code = cachedCurrency(phrase.toLowerCase());
      if (code) return { unit: code, end: at + phrase.length, written: phrase };
    }
  }
  // "805,1 millions de dollars", "2 milliards d'euros": French joins a scale and its currency with "de"
  // (and Spanish: "1.5 millones de dólares")
  const french = /^\s(?:de\s|d['’])(dollars?\s+(?:am[ée]ricains|canadiens|australiens|n[ée]o-z[ée]landais)|dollars?|d[óo]lares(?:\s+(?:estadounidenses|americanos|canadienses|australianos|neozelandeses))?|euros?)(?![\p{L}])/iu.exec(rest);
  const frenchCode = french ? cachedCurrency(french[1]!.toLowerCase().replace(/\s+am[ée]ricains$/, '')) : undefined;
  if (french && frenchCode) return { unit: frenchCode, end: at + french[0].length, written: french[1]! };
  // "$500 Pa’anga": the one currency name written with an apostrophe
  const paanga = /^\s(pa['’]anga)(?![\p{L}])/iu.exec(rest);
  if (paanga) return { unit: 'TOP', end: at + paanga[0].length, written: paanga[1]! };
  // "120-million-US dollar": joined by hyphens
  const words = /^[\s-]((?:[\p{L}.]+)(?:\s[\p{L}.]+){0,2})/u.exec(rest);
  if (!words) return undefined;
  const parts = words[1]!.split(/\s/);
  const first = parts[0]!.toLowerCase();
  if (NOUNS[first] !== undefined || NOT_MODIFIERS.has(first)) return undefined; // "people", "of": no currency name starts so
  for (let n = parts.length; n >= 1; n--) {
    const phrase = parts.slice(0, n).join(' ').replace(/\.$/, '');
    const lower = phrase.toLowerCase();
    // (an ambiguous name right after a scale word is the currency: "190.1 billion won for rice aid", "35 billion dong";
    // not a verb with its object, "3 million won the vote")
    if (n === 1 && AMBIGUOUS_NAMES.has(lower) && !(SCALED_NAMES.has(lower) && /(?:million|billion|trillion)$/i.test(text.slice(Math.max(0, at - 8), at)) && !/^\s+(?:the|a|an|their|his|her|its|over|by)\b/i.test(text.slice(at + 1 + phrase.length, at + 1 + phrase.length + 8)))) continue;
    // (a country's pound is money before "of" too: "15 million Egyptian pounds of in-kind support")
    if (/^pounds?$/.test(lower) && /^\s+of\b/.test(text.slice(at + 1 + phrase.length, at + 1 + phrase.length + 5))) {
      continue; // "500 pounds of rice": a weight
    }
    // "usd" in prose only as USD; a three-letter name ("yen") is a name
    if (/^[a-z]{3}$/.test(lower) && phrase !== phrase.toUpperCase() && cachedCurrency(lower) === phrase.toUpperCase()) continue;
    const code = cachedCurrency(lower);
    if (code) return { unit: code, end: at + 1 + phrase.length, written: phrase };
  }
  // "10 million Bangladeshi taka": a people's adjective before a name that is a currency on its own
  if (parts.length >= 2 && DEMONYM.test(parts[0]!)) {
    for (let n = parts.length; n >= 2; n--) {
      const phrase = parts.slice(1, n).join(' ').replace(/\.$/, '');
      if (n === 2 && AMBIGUOUS_NAMES.has(phrase.toLowerCase())) continue;
      // (a name, never a code: "1,205 Kelantan CDF personnel" are a state's civil defence force, no Congolese francs)
      if (/^\p{Lu}{2,4}$/u.test(phrase)) continue;
      const code = cachedCurrency(phrase.toLowerCase());
      if (code) return { unit: code, end: at + 1 + parts.slice(0, n).join(' ').replace(/\.$/, '').length, written: parts.slice(0, n).join(' ') };
    }
  }
  return undefined;
}

/** How many acronyms a text may define (a bound, whatever the text). */
const ACRONYMS_CAP = 64;
/** Agencies and bodies that reports name in brackets after what they gave or did: never a thing counted. */
const AGENCY_ACRONYMS: ReadonlySet<string> = new Set('UN UNICEF UNHCR WFP IOM WHO OCHA ICRC IFRC MSF NGO NGOS EU ECHO USAID FAO UNFPA UNDP UNRWA UNOPS IRC NRC DRC CERF CBPF IMC IMF ADB AU ASEAN FCDO DFID JICA KOICA GIZ BHA OFDA CDC MOH MOE NDMA NDRRMC DSWD BNPB DMC OPM PRC TRC IRCS KRCS'.split(' '));
/** An acronym defined in brackets: "temporary relief centres (PPS)". */
const ACRONYM_DEFINED = /\((\p{Lu}{2,6})\)/gu;

/**
 * The acronyms a text defines for counted things, and the unit of each: "77 temporary relief centres
 * (PPS)" makes "two PPS" and "Twenty PPS" evacuation centres. The noun before the bracket must be one
 * humfig counts (one to three words, a modifier or two allowed); an acronym that is itself a unit or a
 * currency code keeps that reading. At most ACRONYMS_CAP, each looked up once: linear in the text.
 */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  ACRONYM_DEFINED.lastIndex = 0;
  for (let m = ACRONYM_DEFINED.exec(text); m !== null && out.size < ACRONYMS_CAP; m = ACRONYM_DEFINED.exec(text)) {
    const acronym = m[1]!;
    // (not an agency named in brackets after what it gave: "300 hygiene kits (UNICEF)")
    if (out.has(acronym) || NOUNS[acronym.toLowerCase()] !== undefined || isCurrencyCode(acronym) || AGENCY_ACRONYMS.has(acronym)) continue;
    // the one to three words right before the bracket, the most that still name the thing counted
    const words = /((?:[\p{L}-]+\s){0,2}[\p{L}-]+)\s?$/u.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1]?.split(/\s/);
    if (words === undefined) continue;
    let unit: string | undefined;
    for (let k = words.length; k >= 1 && unit === undefined; k--) {
      const phrase = ` ${words.slice(words.length - k).join(' ')}`;
      const n = nounAfter(phrase, 0, phrase.length);
      if (n !== undefined && !('ambiguous' in n) && n.end === phrase.length) unit = n.unit;
    }
    const dim = unit === undefined ? undefined : unitDimension(unit);
    if (unit === undefined || unit === 'person' || (dim !== 'count' && dim !== 'object')) continue;
    out.set(acronym, unit);
  }
  return out;
}

/** A capitalised adjective of a people or country: "Bangladeshi", "Malawian", "Congolese". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:i|an|ian|ese|ish)$/u;

const currencyCache = new Map<string, string | undefined>();

/** currencyFromName, remembered: the same words follow numbers again and again in a long report. */
function cachedCurrency(phrase: string): string | undefined {
  if (currencyCache.has(phrase)) return currencyCache.get(phrase);
  if (currencyCache.size > 10_000) currencyCache.clear();
  const code = currencyFromName(phrase);
  currencyCache.set(phrase, code);
  return code;
}

/** "%", " per cent", " percent" right after the number. */
export function percentAfter(text: string, at: number, limit: number): UnitMatch | undefined {
  // ("99pc": the per cent of the British and South Asian press, glued to its number)
  // (not before a thing's name, where "pc" counts pieces: "500pc hygiene kits")
  const m = /^(?:\s?%|\s(?:per[\s-]?cent|percent)(?![\p{L}])|pc(?![\p{L}\p{N}])(?!\s+(?!(?:of|in|on|at|to|for|and|or|were|are|was|is|from|than|higher|lower|more|less|increase|rise|drop|fall|up|down)(?![\p{L}]))\p{Ll}))/iu.exec(text.slice(at, Math.min(limit, at + 40)));
  return m ? { unit: 'percent', end: at + m[0].length, written: m[0].trim() } : undefined;
}

export interface NounUnit extends UnitMatch {
  /** words between the number and the noun */
  modifiers: string[];
  hyphen: boolean;
  /** "tons", read as metric tonnes: the draft asks the reviewer to check */
  tons?: boolean;
}

/** Words that say how people returned, before "returns" ("spontaneous returns", "refugee returns"). */
const RETURN_KINDS: ReadonlySet<string> = new Set(['spontaneous', 'voluntary', 'refugee', 'idp', 'new', 'recorded', 'reported', 'assisted', 'facilitated', 'organised', 'organized', 'total', 'cross-border']);
/** A single person, counted only where harm befell them or beside other counts of people. */
const SINGLE_PERSON_WORDS: ReadonlySet<string> = new Set(['woman', 'man', 'girl', 'boy', 'adult', 'infant', 'baby']);
const SINGLE_HARMED_AFTER = /^[^.;:]{0,60}?\b(?:killed|injured|wounded|hurt|died|dead|missing|drowned|perished)(?![\p{L}])/iu;
/** Before the noun: another count of people, "and" and the single one ("13 men and one", "two children and one"). */
const COUNT_AND_BEFORE = /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:men|women|children|girls|boys|people|persons)\s*,?\s+and\s+(?:one|a|1)$/iu;
/** Words that count people only when no noun follows them ("one life", "one male"; not "life jackets", "female health workers"). */
const LONE_PERSON_WORDS: ReadonlySet<string> = new Set(['life', 'male', 'males', 'female', 'females']);
/** After such a word: the end of a clause, a verb, a preposition or a conjunction. */
const LONE_NOUN_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:\p{Ll}+ed|are|were|was|is|have|had|has|remain|remained|still|now|also|reportedly|who|in|on|at|from|to|into|and|or|as|lost|died|dies)(?![\p{L}]))/u;
/** Words of a group of people that may describe a head noun after a people's name ("displaced Syrian families"). */
const GROUP_MODIFIERS: ReadonlySet<string> = new Set(['displaced', 'refugee', 'idp', 'returnee', 'migrant', 'evacuee']);
/** One or two capitalised words, then a lower-case noun: " Syrian families", " Rohingya Muslim families". */
const NAMED_THEN_HEAD = /^((?:\s\p{Lu}[\p{L}'’-]*){1,2})\s(\p{Ll}[\p{L}-]*)(?![\p{L}])/u;
/** Right after a number: camps of displaced people ("36 internally displaced persons camps", "12 displaced people's camps"). */
// (plural only: "5,000 displaced persons camp outside the town hall" is a verb)
/** "38 planned child friendly spaces": spaces for children, not children (one modifier before them at most). */
/** The count nouns a line break may split with a hyphen ("fami-lies", "house-holds", "peo-ple"): read whole only these. */
const BROKEN_WORD_NOUNS: ReadonlyMap<string, string> = new Map([['families', 'household'], ['households', 'household'], ['people', 'person'], ['persons', 'person'], ['individuals', 'person'], ['houses', 'house'], ['children', 'person']]);
/** Children named with their age bound first: "1,434 Under 5 children", "2,000 under-5 children", "40 million under five-year-old children". */
const UNDER_AGE_CHILDREN = /^\s+(?:[Uu]nder|[Bb]elow)[-\s](?:5|five|18|eighteen)(?:s|[-\s]years?[-\s]old)?\s+(children|child|kids|infants|boys|girls)(?![\p{L}])/u;
const CHILD_FRIENDLY_SPACES = /^\s+(?:[\p{Ll}-]+\s+)?child[\s-]friendly\s+spaces?(?![\p{L}])/iu;
// (with the acronym in brackets too: "ten Internally Displaced Persons (IDPs) camps")
const DISPLACED_PERSONS_CAMPS = /^\s+(?:internally\s+)?displaced\s+(?:persons|people)(?:['’]s?)?(?:\s+\((?:IDPs?|idps?)\))?\s+camps(?![\p{L}])/iu;
/** Right after a number: heads of households, by sex perhaps, or household heads ("35,000 male heads of households"). */
// ("1,200 female headed households", "child-headed households": households, by who heads them)
const HEADS_OF_HOUSEHOLDS = /^\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+)?(?:household\s+heads|heads?\s+of\s+(?:the\s+)?(?:households?|famil(?:y|ies)))|(?:male|female|women|woman|child|children|elderly)[\s-]headed\s+(?:households?|famil(?:y|ies)))(?![\p{L}])/iu;
/** A list of case statuses, with commas, before "cases" or "deaths": "confirmed, probable and suspected cases". */
const CASE_STATUS_LIST = /^\s((?:new\s+)?(?:confirmed|probable|suspected)(?:,\s*(?:confirmed|probable|suspected))+,?\s+(?:and|or)\s+(?:confirmed|probable|suspected))\s+(cases|deaths)(?![\p{L}])/iu;

/**
 * A unit noun after the number: joined by a hyphen ("one-day"), glued ("15km"), or after a space
 * and up to three modifier words ("35,000 displaced people", "1,200 metric tonnes").
 * "tons" is read as metric tonnes (flagged by `tons`); "square" units other than km² are refused as ambiguous.
 */
/** After a number: a disease written as a code or an acronym ("COVID-19", "H1N1", "MERS", "SARS-CoV-2"), then cases, deaths or infections. */
const CODED_DISEASE_CASES = /^\s+(?:COVID-19|Covid-19|COVID|SARS-CoV-2|[A-Z]\d+N\d+|MERS|SARS|AWD|ARI|SARI|ILI)\s+(?:(?:new|confirmed|suspected|probable|positive|related)\s+)?(cases|deaths|infections|patients)(?![\p{L}])/u;

export function nounAfter(text: string, at: number, limit: number): NounUnit | { ambiguous: string } | undefined {
  // "around 450,000 or more people", "2,000 or so families": the noun after the aside
  const aside = OR_MORE.exec(text.slice(at, Math.min(limit, at + 12))) ?? PHASE_BETWEEN.exec(text.slice(at, Math.min(limit, at + 16)));
  if (aside) at += aside[0].length;
  // ("3.7 million  people": two spaces, as a copied page leaves them)
  const wide = /^[ \t]{2,3}(?=\S)/.exec(text.slice(at, Math.min(limit, at + 4)));
  if (wide) at += wide[0].length - 1;
  const rest = text.slice(at, Math.min(limit, at + 80));
  // "13 houses of worship": churches and mosques, not homes
  if (WORSHIP_AFTER.test(rest)) return undefined;
  const hy = HYPHEN_UNITS.exec(rest);
  if (hy) {
    const noun = hy[1]!.toLowerCase();
    return { unit: NOUNS[noun] ?? NOUNS[`${noun}s`]!, end: at + hy[0].length, written: hy[1]!, modifiers: [], hyphen: true };
  }
  // ("56,701IDPs", "85ton": a noun glued on, as a hurried text writes it)
  const glued = /^(km2|km²|km|kg|mt|t|tons?|tonnes?|ha|lives|people|persons|deaths|houses|families|households|IDPs|idps|refugees|children)(?![\p{L}\p{N}])/u.exec(rest);
  // ("50,000t of rice": a glued "t" is the tonne's symbol; spaced, a lone "t" is left alone)
  if (glued) return { unit: /^(?:t|tons?|tonnes?)$/.test(glued[1]!) ? 't' : NOUNS[glued[1]!.toLowerCase()]!, end: at + glued[0].length, written: glued[1]!, modifiers: [], hyphen: false, ...(/^tons?$/.test(glued[1]!) ? { tons: true } : {}) };
  // "67,875 units of houses damaged" (an Indonesian bulletin's English, unit rumah): the houses
  const unitsOf = /^\s+units?\s+of\s+([\p{L}-]+)(?![\p{L}])/iu.exec(rest);
  const unitsOfNoun = unitsOf ? NOUNS[unitsOf[1]!.toLowerCase()] : undefined;
  if (unitsOf && unitsOfNoun !== undefined && unitsOfNoun !== 'person') return { unit: unitsOfNoun, end: at + unitsOf[0].length, written: unitsOf[0].trim(), modifiers: [], hyphen: false };
  // "17,942 confirmed, probable and suspected cases": a list of case statuses with commas before the noun
  const statuses = CASE_STATUS_LIST.exec(rest);
  if (statuses) return { unit: 'person', end: at + statuses[0].length, written: statuses[2]!, modifiers: statuses[1]!.split(/[\s,]+/).filter((w) => w !== ''), hyphen: false, noun: statuses[2]!.toLowerCase() };
  // "62,475 COVID-19 cases", "300 H1N1 deaths": a disease's code or acronym between the number and its cases or deaths
  const coded = CODED_DISEASE_CASES.exec(rest);
  if (coded) return { unit: 'person', end: at + coded[0].length, written: coded[1]!, modifiers: [], hyphen: false, noun: coded[1]!.toLowerCase() };
  const underAge = UNDER_AGE_CHILDREN.exec(rest);
  if (underAge) return { unit: 'person', end: at + underAge[0].length, written: underAge[1]!, modifiers: [], hyphen: false, noun: underAge[1]!.toLowerCase() };
  const childSpaces = CHILD_FRIENDLY_SPACES.exec(rest);
  if (childSpaces) return { unit: 'child-friendly-space', end: at + childSpaces[0].length, written: childSpaces[0].trim(), modifiers: [], hyphen: false };
  // "36 internally displaced persons camps": camps, not people
  const displacedCamps = DISPLACED_PERSONS_CAMPS.exec(rest);
  if (displacedCamps) return { unit: 'camp', end: at + displacedCamps[0].length, written: displacedCamps[0].trim(), modifiers: [], hyphen: false };
  // "35,000 male heads of households", "1,200 household heads": households, counted by who heads them
  const heads = HEADS_OF_HOUSEHOLDS.exec(rest);
  if (heads) return { unit: 'household', end: at + heads[0].length, written: heads[0].trim(), modifiers: [], hyphen: false, noun: 'households' };
  // "5,000 migrant and refugee children", "1,150 primary and secondary schools": two words joined by "and" or "or"
  // before the head noun, neither of them a plural noun of their own ("women and children" are two nouns)
  const paired = PAIRED_MODIFIERS.exec(rest);
  if (paired) {
    const [w1, w2, w3] = [paired[1]!.toLowerCase(), paired[2]!.toLowerCase(), paired[3]!.toLowerCase()];
    const head = NOUNS[w3];
    // (not a number word between, "three kids and two elderly people", "24 hours and one death"; not animals, "large and
    // small animals"; the head a plural or a noun of people, not the first of a compound, "middle and high school students")
    if (
      head !== undefined && head !== 'livestock' && NOUNS[w1] === undefined && !NOT_MODIFIERS.has(w1) && !NOT_MODIFIERS.has(w2) && (NOUNS[w2] === undefined || !/s$/.test(w2)) &&
      !PAIRED_NUMBER_WORD.test(w1) && !PAIRED_NUMBER_WORD.test(w2) && (/s$/.test(w3) || head === 'person')
    ) {
      return { unit: head, end: at + paired[0].length, written: paired[3]!, modifiers: [paired[1]!, paired[2]!], hyphen: false, noun: w3 };
    }
  }
  // (an initialism with points is one word: "24 U.N. employees")
  const words = /^(\s(?:(?:\p{Lu}\.){2,}(?=\s)|[\p{L}\p{M}'’²2-]+(?:\/[\p{L}\p{M}-]+)?)){1,4}/u.exec(rest);
  if (!words) return undefined;
  const list = words[0].split(/\s/).slice(1);
  let offset = at;
  const modifiers: string[] = [];
  for (const raw of list) {
    offset += 1;
    // ("more than 1,000 herder households' gers": a plural's possessive still counts the plural)
    // (and an acronym's plural with an apostrophe: "over 642,152 IDP's")
    const lower = raw.toLowerCase().replace(/(?<=s)['’]$/, '').replace(/^(idp|hh|ngo)['’]s$/, '$1s');
    // "540,000 members of host communities", "two dozen members of one family": people; not "200 members of the
    // security forces" (responders) nor "a council of 15 members"
    // (nor "1,000 Texas National Guard members": a body's members are its own; a family's, a community's and a
    // household's are read as two words before this, "five family members")
    // (but a count of families' members right after the families: "63 families and 126 members", "109 families, comprising 571 members")
    if (lower === 'members' && (modifiers.length > 0 || !MEMBERS_OF_PEOPLE.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 60)))) && !(modifiers.length === 0 && FAMILIES_BEFORE_MEMBERS.test(text.slice(Math.max(0, at - 60), at)) && !/^\s+(?:of|on\s+average|each|or\s+(?:more|fewer|less)|per)(?![\p{L}])/u.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 16))))) return undefined;
    // "1,600 tons of rice": outside the United States a ton is the metric tonne; the review says so
    if (lower === 'tons' || lower === 'ton') return { unit: 't', end: offset + raw.length, written: raw, modifiers, hyphen: false, tons: true };
    // "70,000 pregnant and lactating women": people
    const plw = lower === 'pregnant' ? /^\s+(?:and|or|&)\s+(?:lactating|breastfeeding|nursing)\s+(?:women|mothers)(?![\p{L}])/iu.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 40))) : null;
    if (plw) return { unit: 'person', end: offset + raw.length + plw[0].length, written: text.slice(offset, offset + raw.length + plw[0].length), modifiers, hyphen: false, noun: 'women' };
    // "4,000 bars of soap"
    const soap = lower === 'bars' ? /^\s+of\s+soap(?![\p{L}])/iu.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 12))) : null;
    if (soap) return { unit: 'soap-bar', end: offset + raw.length + soap[0].length, written: text.slice(offset, offset + raw.length + soap[0].length), modifiers, hyphen: false };
    // "15,000 packets of dry food", "58,000 packets of food": food packs
    const packetsOf = lower === 'packets' || lower === 'packs' ? /^\s+of\s+(?:dry\s+|cooked\s+|ready-to-eat\s+)?foods?(?![\p{L}])/iu.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 24))) : null;
    if (packetsOf) return { unit: 'food-pack', end: offset + raw.length + packetsOf[0].length, written: text.slice(offset, offset + raw.length + packetsOf[0].length), modifiers, hyphen: false };
    // "1,500 boxes of hygiene kits", "600 pieces of tarpaulin", "200 sets of kitchen utensils": the things the
    // boxes or pieces hold, where those are a thing humfig counts (not "bags of rice": no count of its own)
    // (pieces and units hold any thing humfig counts, "600 pieces of tarpaulin"; boxes and sets only kits, "1,500 boxes
    // of hygiene kits": "50 cartons of water bottles" or "5,000 rolls of toilet paper" count no bottles nor latrines)
    if (modifiers.length === 0 && CONTAINERS.has(lower)) {
      const of = /^\s+of(?=\s)/.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 4)));
      const plural = of ? countedThingAfter(text, offset + raw.length + of[0].length, limit) : undefined;
      const anyThing = PIECES.has(lower);
      const held = plural && !('unknown' in plural) ? plural : of && anyThing ? singularThingAfter(text, offset + raw.length + of[0].length, limit) : undefined;
      if (held && (anyThing || /-kit$/.test(held.unit))) return { ...held, modifiers: [] };
    }
    // "six camps have been set in the district", "14 camps set up", "659,278 in 747 camps", "13 pop-up
    // shelters have been established", "over 400 people are in 20 shelters": camps and shelters set up for
    // people driven from their homes are counted as evacuation centres are
    // (and locations people were evacuated to or housed at: "evacuated to 133 locations set up to assist those displaced")
    if (((lower === 'camps' || lower === 'shelters' || (lower === 'locations' && modifiers.length === 0)) && (SHELTERS_OPENED_BEFORE.test(text.slice(Math.max(0, at - 48), at)) || CAMPS_SET_UP.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 40))) || (CAMPS_SHELTERING.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 80))) && !DAMAGED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) || PEOPLE_IN_CAMPS.test(text.slice(Math.max(0, at - 40), at)))) || (SHELTERED_IN_NOUNS.has(lower) && SHELTERING_IN.test(text.slice(Math.max(0, at - 40), at))) || ((lower === 'shelters' || lower === 'centres' || lower === 'centers') && REMAINING_IN.test(text.slice(Math.max(0, at - 40), at))) || ((lower === 'centres' || lower === 'centers' || lower === 'schools') && OPENED_TO_SHELTER.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 60)))) || ((lower === 'centres' || lower === 'centers') && modifiers.length === 0 && CENTRES_OPEN_AFTER.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 30))) && SHELTER_NEARBY.test(text.slice(Math.max(0, at - 200), Math.min(text.length, offset + raw.length + 120))))) {
      return { unit: lower === 'camps' ? 'camp' : 'evacuation-centre', end: offset + raw.length, written: raw, modifiers, hyphen: false };
    }
    if (lower === 'shelters' && modifiers.every((m) => SHELTER_SITE_MODIFIER.test(m)) && !SHELTER_DWELLING_BEFORE.test(text.slice(Math.max(0, at - 48), at)) && !SHELTER_DWELLING_AFTER.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 110)))) {
      return { unit: 'evacuation-centre', end: offset + raw.length, written: raw, modifiers, hyphen: false };
    }
    // "seven schools have been transformed to house the victims", "42 schools used as evacuation centres":
    // schools that shelter people are counted as evacuation centres are
    const asShelters = lower === 'schools' ? SCHOOLS_AS_SHELTERS_AFTER.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 90))) : null;
    // (not where they were damaged or have reopened as schools: "42 schools used as shelters were damaged")
    if (asShelters && !SCHOOLS_DAMAGED_AFTER.test(text.slice(offset + raw.length + asShelters[0].length, Math.min(limit, offset + raw.length + asShelters[0].length + 80)))) {
      return { unit: 'evacuation-centre', end: offset + raw.length, written: raw, modifiers, hyphen: false };
    }
    // "2,000 head of cattle", "10,000 heads of livestock"
    const headOf = lower === 'head' || lower === 'heads' ? /^\s+of\s+(?:cattle|livestock|goats|sheep|camels|animals)(?![\p{L}])/iu.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 24))) : null;
    if (headOf) return { unit: 'livestock', end: offset + raw.length + headOf[0].length, written: text.slice(offset, offset + raw.length + headOf[0].length), modifiers, hyphen: false };
    // "more than 100 family health clinics": clinics of family medicine, no families
    const familyClinics = lower === 'family' ? /^\s+(?:health\s+|medicine\s+|doctors?['’]?\s+)?(?:clinics|cent(?:re|er)s|posts)(?![\p{L}])/iu.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 30))) : null;
    if (familyClinics && (/clinics/i.test(familyClinics[0]) || /health/i.test(familyClinics[0]))) return { unit: 'health-facility', end: offset + raw.length + familyClinics[0].length, written: text.slice(offset, offset + raw.length + familyClinics[0].length), modifiers, hyphen: false };
    const compound = COMPOUNDS.get(lower);
    // ("2 million quake-victims": a compound of a people noun, unitOfNoun)
    // ("12,177 fami-lies": a word broken across a line and joined with its hyphen, as a copied page leaves it)
    let unit = NOUNS[lower] ?? (lower.includes('-') ? (unitOfNoun(lower) ?? (/^\p{Ll}+-\p{Ll}+$/u.test(lower) ? BROKEN_WORD_NOUNS.get(lower.replace('-', '')) : undefined)) : undefined);
    // "122 cases of flooding were recorded in 17 regions": events of a hazard, no people (not "cases of cholera")
    if (lower === 'cases' && /^\s+of\s+(?:flooding|floods?|flash\s+floods?|landslides?|mudslides?|fires?|wildfires?|erosion|storms?|drought|house\s+collapses?|collapse)(?![\p{L}])/iu.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 30)))) return undefined;
    // "131,912 returns": people who came home, said of them alone or with a word of how ("spontaneous returns"); not "tax returns"
    if (lower === 'returns' && modifiers.some((m) => !RETURN_KINDS.has(m.toLowerCase()))) return undefined;
    if (compound) {
      const next = (lower === 'health' ? /^\s(?:care\s)?([\p{L}]+)/u : /^\s([\p{L}]+)/u).exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 25)));
      const joined = next ? compound.get(next[1]!.toLowerCase()) : undefined;
      // (a compound that names no unit: "Home Guards" are no homes)
      if (joined === '') return undefined;
      if (joined) {
        const end = offset + raw.length + next![0].length;
        // (shelters that were built, handed out or damaged are dwellings, not places people went to: "Built 4,000
        // emergency shelters serving almost 24,000 displaced persons", as "built 4,000 shelters" is)
        if (joined === 'evacuation-centre' && /^\sshelters$/i.test(next![0]) && SHELTER_DWELLING_BEFORE.test(text.slice(Math.max(0, at - 48), at)) && !/\b(?:of|for)\s+\S+\s*$/i.test(text.slice(Math.max(0, at - 48), at))) {
          return { unit: 'shelter', end, written: text.slice(offset, end), modifiers, hyphen: false };
        }
        return { unit: joined, end, written: text.slice(offset, end), modifiers, hyphen: false };
      }
    }
    if (unit === undefined && isPeoplePlural(raw, text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 32)))) unit = 'person'; // "300,000 Syrians", "5,000 Somalis", "700,000 Rohingya"
    // "one woman was killed", "13 men and one woman": a single person counted where harm befell them or beside
    // other counts of people (not a story's "one young man yelled", "One man walked on")
    if (unit === undefined && SINGLE_PERSON_WORDS.has(lower) && (SINGLE_HARMED_AFTER.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 70))) || COUNT_AND_BEFORE.test(text.slice(Math.max(0, at - 40), at)))) unit = 'person';
    // "claims one life", "one adult male had died": people, where no noun follows ("500 life jackets", "300 female health workers")
    if (unit === undefined && LONE_PERSON_WORDS.has(lower) && LONE_NOUN_AFTER.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 16)))) unit = 'person';
    // "three displaced sites", "12 displaced camps": "displaced" describes the places after it, not people
    if (lower === 'displaced' && /^\s(?:sites|camps|settlements|locations|areas|communities|centres|centers|zones)(?![\p{L}])/u.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 16)))) return undefined;
    // "7,167 family plots": "family" describes another noun, which humfig has no unit for
    if (lower === 'family' && /^\s(?!(?:was|is|has|does|lives|needs|remains|stays)(?![\p{L}]))\p{Ll}+s(?![\p{L}])/u.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 24)))) return undefined;

    // "27 million school age children": a noun before "age" describes the head noun after it
    if (unit !== undefined && !isCountUnit(unit) && /^\s+aged?(?![\p{L}])/iu.test(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 6)))) {
      modifiers.push(raw);
      offset += raw.length;
      continue;
    }
    // "119,406 needy and vulnerable households": two words joined by "and" before the people or households they describe
    if (unit === undefined && lower === 'and' && modifiers.length > 0) {
      const joined = /^\s(\p{Ll}[\p{Ll}-]*)\s(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 40)));
      const head = joined && NOUNS[joined[1]!] === undefined && !NOT_MODIFIERS.has(joined[1]!) ? NOUNS[joined[2]!] : undefined;
      if (joined && head !== undefined && isCountUnit(head)) {
        const end = offset + raw.length + joined[0].length;
        return { unit: head, end, written: joined[2]!, modifiers: [...modifiers, raw, joined[1]!], hyphen: false, noun: joined[2]! };
      }
    }
    // "850,000 reported cases": "reported" before a noun it describes is a modifier, not a verb; and
    // two of them joined ("16,700 confirmed or suspected cases")
    if (unit === undefined && (REPORTED_MODIFIERS.has(lower) || ((lower === 'or' || lower === 'and') && modifiers.length > 0 && REPORTED_MODIFIERS.has(modifiers[modifiers.length - 1]!.toLowerCase())))) {
      const after = text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 36));
      const next = /^\s([\p{L}]+)/u.exec(after);
      const joined = /^\s(?:or|and)\s([\p{L}]+)\s([\p{L}]+)/u.exec(after);
      if ((next && NOUNS[next[1]!.toLowerCase()] !== undefined && lower !== 'or' && lower !== 'and') || (next && (lower === 'or' || lower === 'and') && REPORTED_MODIFIERS.has(next[1]!.toLowerCase())) || (joined && REPORTED_MODIFIERS.has(joined[1]!.toLowerCase()) && NOUNS[joined[2]!.toLowerCase()] !== undefined)) {
        modifiers.push(raw);
        offset += raw.length;
        continue;
      }
    }
    if (unit !== undefined) {
      // "refugee families", "IDP households": a noun used as a modifier; the head noun after it counts
      const next = /^\s([\p{L}\p{M}'’-]+)/u.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 30)));
      const head = next ? NOUNS[next[1]!.toLowerCase()] : undefined;
      // ("3,000 households displaced": a participle after the noun describes it, it is no head noun)
      if (next && head !== undefined && isCountUnit(head) && isCountUnit(unit) && !/ed$/i.test(next[1]!)) {
        modifiers.push(raw);
        offset += raw.length + 1;
        const r: NounUnit = { unit: head, end: offset + next[1]!.length, written: next[1]!, modifiers, hyphen: false, noun: next[1]!.toLowerCase() };
        return r;
      }
      // "63 fishermen villages", "12 refugee settlements": people's word before places, which it names, no people counted
      if (next && isCountUnit(unit) && PLACES_AFTER_PEOPLE.test(next[1]!)) return undefined;
      // "500 displaced Syrian families", "300 refugee Rohingya Muslim households": a group's word, then a people's
      // name of one or two capitalised words, then the head noun that counts them
      if (next && head === undefined && GROUP_MODIFIERS.has(lower)) {
        const named = NAMED_THEN_HEAD.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 48)));
        const namedHead = named ? NOUNS[named[2]!.toLowerCase()] : undefined;
        if (named && namedHead !== undefined && isCountUnit(namedHead)) {
          const end = offset + raw.length + named[0].length;
          return { unit: namedHead, end, written: named[2]!, modifiers: [...modifiers, raw, ...named[1]!.trim().split(/\s+/)], hyphen: false, noun: named[2]!.toLowerCase() };
        }
      }
      // "17,392 livestock deaths": the animals died, no people
      // ("two livestock farms", "50 livestock owners": the animals describe what is counted, which humfig has no unit for)
      if (next && unit === 'livestock' && LIVESTOCK_MODIFIED.test(next[1]!)) return undefined;
      if (next && unit === 'livestock' && LIVESTOCK_LOSS.test(next[1]!)) {
        return { unit, end: offset + raw.length + 1 + next[1]!.length, written: `${raw} ${next[1]!}`, modifiers, hyphen: false };
      }
      // "2 million school children": a thing before people describes them
      if (next && head !== undefined && isCountUnit(head) && !isCountUnit(unit) && unitDimension(unit) === 'object' && !/ed$/i.test(next[1]!)) {
        return { unit: head, end: offset + raw.length + 1 + next[1]!.length, written: next[1]!, modifiers: [...modifiers, raw], hyphen: false, noun: next[1]!.toLowerCase() };
      }
      // "300 family tents", "5,600 family food packs": the people are a modifier of a thing counted after them
      if (next && isCountUnit(unit) && head !== undefined && unitDimension(head) === 'object') {
        return { unit: head, end: offset + raw.length + 1 + next[1]!.length, written: next[1]!, modifiers: [...modifiers, raw], hyphen: false };
      }
      // "the three Dadaab refugee camps": a people's noun in the singular before a plural humfig has no unit for describes it
      // (a noun in the singular, whose plural counts people too: not "displaced", which describes the plural after it)
      if (next && isCountUnit(unit) && head === undefined && (NOUNS[`${lower}s`] !== undefined || SINGULAR_PEOPLE.has(lower)) && PLACES_FOR_PEOPLE.has(next[1]!.toLowerCase())) {
        const thing = countedThingAfter(text, offset + raw.length, limit);
        if (!thing || 'unknown' in thing) return undefined;
      }
      if (next && isCountUnit(unit) && head === undefined) {
        const thing = countedThingAfter(text, offset + raw.length, limit);
        // (the thing right after the people, not past other words: "5,300 workers managing shelters" counts no shelters)
        if (thing && !('unknown' in thing) && thing.modifiers.length === 0) return { ...thing, modifiers: [...modifiers, raw] };
      }
      // "2.3 million next year", "5,000 last week": a time said after the number, no duration
      if (unitDimension(unit) === 'time' && /^(?:next|last|this|previous|coming|following|same)$/i.test(modifiers[modifiers.length - 1] ?? '')) return undefined;
      if (modifiers[modifiers.length - 1]?.toLowerCase() === 'square') {
        if (unit !== 'km') return { ambiguous: `square ${raw} is not a unit humfig extracts` };
        unit = 'km2';
      }
      // "7,830 cleaning kits", "640 diaper kits": the kind of kit the word before names
      // (a kind the unit registry knows: a draft's units are the registry's)
      const kind = unit === 'kit' ? modifiers[modifiers.length - 1] : undefined;
      // ("1652 Shelter/NFI Kits": the first kind of a slashed pair)
      const kindWord = kind?.split('/')[0];
      const kindUnit = kindWord !== undefined && /^\p{L}{2,}$/u.test(kindWord) ? canonicalUnit(`${kindWord.toLowerCase()}-kit`) : undefined;
      // ("698 tents/shelter kits": a thing of its own before the slash, which the count is of)
      const slashedThing = kindUnit === undefined && kind?.includes('/') && kindWord !== undefined && /^\p{L}{2,}$/u.test(kindWord) ? canonicalThing(kindWord.toLowerCase()) : undefined;
      if (kindUnit !== undefined) unit = kindUnit;
      else if (slashedThing !== undefined) unit = slashedThing;
      const r: NounUnit = { unit, end: offset + raw.length, written: raw, modifiers, hyphen: false };
      if (unit === 'person' || unit === 'household') r.noun = NOUNS[lower] ? lower : 'people';
      return r;
    }
    if (NOT_MODIFIERS.has(lower) || /^\d/.test(raw) || /[’']s$/.test(raw)) return undefined;
    // "dozens of aftershocks prompted terrified Haitians": a plural noun humfig has no unit for is
    // the head noun, not a modifier of a word further on
    // (unless a noun with a unit follows at once: "4.9 million metrics tons")
    if (UNKNOWN_PLURAL.test(raw) && !PLURAL_MODIFIERS.has(lower)) {
      const next = /^\s([\p{L}-]+)/u.exec(text.slice(offset + raw.length, Math.min(limit, offset + raw.length + 24)))?.[1]?.toLowerCase() ?? '';
      if (NOUNS[next] === undefined && next !== 'tons' && next !== 'ton') return undefined;
    }
    modifiers.push(raw);
    offset += raw.length;
  }
  return undefined;
}
/** Plurals of places and bodies a people's singular may describe ("refugee camps", "IDP sites", "migrant routes"): no people. */
const PLACES_FOR_PEOPLE: ReadonlySet<string> = new Set(['camps', 'settlements', 'sites', 'centres', 'centers', 'shelters', 'routes', 'boats', 'programmes', 'programs', 'committees', 'associations', 'hosting', 'populations', 'crossings', 'flows', 'movements', 'influxes', 'outflows', 'zones', 'areas', 'villages', 'neighbourhoods', 'neighborhoods', 'quarters', 'hubs', 'facilities']);
/** People's nouns in the singular whose plural is irregular ("child", "children"). */
const SINGULAR_PEOPLE: ReadonlySet<string> = new Set(['child', 'woman', 'man', 'person']);
/** A lower-case plural: "aftershocks", "boats" (not "-ss", "-ous", "-less", "-is", "-us": "gross", "various", "homeless", "crisis", "virus"). */
const UNKNOWN_PLURAL = /^\p{Ll}[\p{Ll}-]{2,}(?<![sui])s$/u;
/** Words ending in "s" that describe the noun after them: diseases and the like ("10,000 measles cases"). */
const PLURAL_MODIFIERS: ReadonlySet<string> = new Set(['measles', 'mumps', 'rabies', 'scabies', 'diabetes', 'herpes', 'aids', 'news', 'series', 'species', 'means', 'arms', 'goods', 'savings', 'earnings', 'sales', 'customs', 'sports', 'works', 'communications', 'logistics', 'statistics', 'relief-items']);

/**
 * The count a short heading names ("Houses damaged", "People displaced", "Evacuation centres open"):
 * the unit of its first unit noun that counts people or things, else undefined.
 */
export function countNamedBy(heading: string): { unit: string; noun: string } | undefined {
  const words = heading.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const joined = i + 1 < words.length ? COMPOUNDS.get(words[i]!)?.get(words[i + 1]!) : undefined;
    const unit = joined ?? NOUNS[words[i]!] ?? canonicalThing(words[i]!);
    if (unit !== undefined && (isCountUnit(unit) || unitDimension(unit) === 'object')) return { unit, noun: words[i]! };
  }
  return undefined;
}

/** A registry unit that counts things, from its plural ("latrines" -> latrine). */
export function canonicalThing(word: string): string | undefined {
  if (!/s$/.test(word)) return undefined;
  const code = canonicalUnit(word);
  return code !== undefined && isThingUnit(code) ? code : undefined;
}

/**
 * A plural noun right after the number, behind at most one modifier, that the unit registry
 * counts as a thing ("640 latrines", "35 water points", "12 new bridges"): a two-word unit is
 * tried before the last word alone. `{ unknown }` names a plural the registry does not know
 * ("640 gizmos"), for the notes. The caller decides whether the context makes it a figure.
 */
export function countedThingAfter(text: string, at: number, limit: number): NounUnit | { unknown: string } | undefined {
  // (a modifier may be an agency's acronym: "41 UNRWA installations")
  // (up to two modifiers, fewest first: "90 facilities including hospitals" counts facilities,
  // "80,000 water purification tablets" tablets)
  const raw = text.slice(at, Math.min(limit, at + 60));
  // (a relief item named in capitals, as an agency names its packages: "45,130 Family Food Packs" are food packs)
  const titled = TITLED_PLURAL.exec(raw);
  const rest = titled ? titled[0].toLowerCase() + raw.slice(titled[0].length) : raw;
  if (WORSHIP_AFTER.test(rest)) return { unknown: WORSHIP_AFTER.exec(rest)![0].trim() };
  let unknown: string | undefined;
  for (const pattern of THING_AFTER) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const firsts = m[1]!.split(' ').filter((w) => w !== '');
    const first = firsts[firsts.length - 1];
    const noun = m[2]!;
    if (firsts.some((w) => NOT_MODIFIERS.has(w)) || NOT_MODIFIERS.has(noun)) return unknown === undefined ? undefined : { unknown };
    // (a compound that names no unit of its own: "1,200 latrine huts" are no homes, "500 hospital beds" no hospitals)
    if (first !== undefined && COMPOUNDS.get(first.toLowerCase())?.get(noun.toLowerCase()) === '') return { unknown: m[0].trim() };
    for (const phrase of first !== undefined ? [`${first} ${noun}`, noun] : [noun]) {
      const code = canonicalUnit(phrase);
      if (code !== undefined && isThingUnit(code)) {
        const modifiers = phrase === noun ? firsts : firsts.slice(0, -1);
        return { unit: code, end: at + m[0].length, written: phrase, modifiers, hyphen: false };
      }
    }
    unknown ??= m[0].trim();
  }
  return unknown === undefined ? undefined : { unknown };
}

/** A plural noun after a number, with none, one or two modifiers before it (an agency's acronym too: "41 UNRWA installations"; a disease's name with its year: "360,000 Covid-19 vaccine doses"). */
// (a weight each may come first: "52,000 50-kilo bags of rice")
/** One to three capitalised words, the last a plural, right after a number ("Family Food Packs", "Hygiene Kits"). */
const TITLED_PLURAL = /^\s(?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}\p{Ll}+s(?![\p{L}\p{N}'’-])/u;
/** What holds things counted by the piece ("boxes of hygiene kits", "pieces of tarpaulin"). */
const CONTAINERS: ReadonlySet<string> = new Set(['boxes', 'pieces', 'pcs', 'sets', 'units']);
/** Of those, the ones that hold any thing, one piece each ("600 pieces of tarpaulin"). */
const PIECES: ReadonlySet<string> = new Set(['pieces', 'pcs', 'units']);
/** A singular thing after "pieces of" ("600 pieces of tarpaulin"): a registry unit that counts things. */
function singularThingAfter(text: string, at: number, limit: number): NounUnit | undefined {
  const m = /^\s([a-z][a-z-]*[a-z])(?![\p{L}\p{N}'’-])/u.exec(text.slice(at, Math.min(limit, at + 30)));
  const code = m ? canonicalUnit(m[1]!) : undefined;
  return m && code !== undefined && isThingUnit(code) ? { unit: code, end: at + m[0].length, written: m[1]!, modifiers: [], hyphen: false } : undefined;
}
const THING_AFTER = [0, 1, 2].map((n) => new RegExp(String.raw`^\s((?:(?:[a-z][a-z-]*|[A-Z]{2,6}|(?:[A-Z][a-z]+|[A-Z]{2,6})-\d{1,2}|\d{1,3}-?(?:kg|kilo|kilogram|litre|liter))\s){${n}})([a-z][a-z-]*[a-z]s)(?![\p{L}\p{N}'’-])`, 'u'));

/** A registry unit that counts things, not people or groups of them ("latrine", "bridge"). */
function isThingUnit(code: string): boolean {
  if (isCountUnit(code) || OBJECT_UNITS.has(code)) return !isCountUnit(code);
  const info = describeUnit(code);
  return info !== undefined && info.dimension === 'count' && info.group !== true;
}

/** Whether a noun (as returned in `noun`) counts people. */
export function isCountUnit(unit: string): boolean {
  return unit === 'person' || unit === 'household' || unit === 'family';
}

/** After such schools: damage, or their reopening ("were damaged by the storm", "have since reopened"). */
const SCHOOLS_DAMAGED_AFTER = /^\s*,?\s*(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:also|since|later|partly|partially|badly|severely|totally)\s+)?(?:damaged|destroyed|collapsed|flooded)(?![\p{L}])|^[^.;]{0,60}?\b(?:have|has|had)\s+(?:since\s+)?re-?opened(?![\p{L}])/iu;
/** After "schools": used as, turned into or serving as shelters or evacuation centres ("safe centres", "relief centres"), or to house people ("two schools that were turned into safe centres"). */
const SCHOOLS_AS_SHELTERS_AFTER =
  /^(?:\s+in\s+[^.;:,\d]{1,40}?)?(?:\s+(?:that|which))?\s+(?:(?:are|were|is|was|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:being|still|now|currently|also|temporarily)\s+){0,2}(?:used|utili[sz]ed|serving|converted|turned|transformed|repurposed)\s+(?:(?:as|into)\s+(?:(?:temporary|makeshift|emergency)\s+)?(?:(?:evacuation|safe|relief)\s+(?:cent(?:re|er)s?|sites?)|shelters?)|to\s+(?:house|shelter|accommodate))(?![\p{L}])/iu;
/** Units that count things rather than people. */
const OBJECT_UNITS = new Set(['child-friendly-space', 'house', 'school', 'classroom', 'health-facility', 'hospital', 'clinic', 'evacuation-centre', 'displacement-site', 'shelter-kit', 'hygiene-kit', 'dignity-kit', 'trauma-kit', 'medical-kit', 'family-kit', 'kit', 'tent', 'livestock', 'relief-item']);

type UnitDimension = 'count' | 'object' | 'time' | 'money' | 'ratio' | 'mass' | 'volume' | 'length' | 'area';
/** unitDimension's answers so far: a report names few units, and every figure asks several times. */
const DIMENSIONS = new Map<string, UnitDimension>();

/** The dimension of a unit code as far as the extractor cares: people are 'count', things 'object'. */
export function unitDimension(unit: string): UnitDimension {
  let dim = DIMENSIONS.get(unit);
  if (dim === undefined) {
    dim = dimensionOf(unit);
    DIMENSIONS.set(unit, dim);
  }
  return dim;
}

function dimensionOf(unit: string): UnitDimension {
  if (isCountUnit(unit)) return 'count';
  if (OBJECT_UNITS.has(unit) || (/^[a-z]/.test(unit) && isThingUnit(unit))) return 'object';
  if (['day', 'week', 'month', 'year', 'decade'].includes(unit)) return 'time';
  if (unit === 'percent') return 'ratio';
  if (unit === 't' || unit === 'kg') return 'mass';
  if (unit === 'l' || unit === 'm3') return 'volume';
  if (unit === 'km' || unit === 'mi' || unit === 'm') return 'length';
  if (unit === 'ha' || unit === 'km2') return 'area';
  return 'money';
}
