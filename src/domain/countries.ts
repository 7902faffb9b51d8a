// Countries by ISO 3166-1 alpha-3, with English names, from the i18n-iso-countries package
// (kept up to date with ISO changes: Türkiye, Eswatini, North Macedonia). Only its code table and
// its English names are imported (and, for the country columns of tables, its Spanish, French and
// Portuguese ones), not its 75 other languages. Callers that are on the start-up
// path of frequent commands import this module dynamically; the index is built on first use.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import spanish from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import french from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import portuguese from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };

/** A country as humfig names it: ISO 3166-1 alpha-3 (the place id), alpha-2, English name. */
export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
}

// Names in humanitarian use that the package does not list. Each maps to one alpha-3 code;
// where a name is shared (plain "Congo") the package lists it for two countries and it is left
// ambiguous on purpose.
const EXTRA_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['Syria', 'SYR'],
  // the UN's own names (M49, as OCHA's and WHO's tables write them) where the package has others
  ['Republic of Moldova', 'MDA'],
  ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
  ['Libyan Arab Jamahiriya', 'LBY'],
  ['China, Hong Kong Special Administrative Region', 'HKG'],
  ['China, Macao Special Administrative Region', 'MAC'],
  ['China, Hong Kong SAR', 'HKG'],
  ['China, Macao SAR', 'MAC'],
  // as OCHA's and the clusters' tables often write them
  ['Congo DR', 'COD'],
  ['Congo, DR', 'COD'],
  ['DR of Congo', 'COD'],
  ['Korea DPR', 'PRK'],
  ['DPR Korea', 'PRK'],
  // as the World Bank's tables (and the HDX files made from them) write them
  ['Democratic Republic of Congo', 'COD'],
  ['Republic of Congo', 'COG'],
  ['Congo, Dem. Rep.', 'COD'],
  ['Congo, Rep.', 'COG'],
  ['Kyrgyz Republic', 'KGZ'],
  ['Egypt, Arab Rep.', 'EGY'],
  ['Yemen, Rep.', 'YEM'],
  ['Iran, Islamic Rep.', 'IRN'],
  ['Gambia, The', 'GMB'],
  ['Bahamas, The', 'BHS'],
  ['Micronesia, Fed. Sts.', 'FSM'],
  ["Korea, Dem. People's Rep.", 'PRK'],
  ['Korea, Rep.', 'KOR'],
  ['Slovak Republic', 'SVK'],
  ['Venezuela, RB', 'VEN'],
  ['West Bank and Gaza', 'PSE'],
  ['Hong Kong SAR, China', 'HKG'],
  ['Macao SAR, China', 'MAC'],
  ['Macedonia, FYR', 'MKD'],
  // (the country's name before 2019, which older HDX tables still write: "Macedonia" in a country cell is the country)
  ['Macedonia', 'MKD'],
  ['FYROM', 'MKD'],
  ['The former Yugoslav Republic of Macedonia', 'MKD'],
  ['East Timor', 'TLS'],
  ['Brunei', 'BRN'],
  ['Palestinian Territories', 'PSE'],
  ['Tanzania, United Republic of', 'TZA'],
  ['DR Congo', 'COD'],
  ['DRC', 'COD'],
  ['Congo, The Democratic Republic of the', 'COD'],
  ['Congo, Democratic Republic of the', 'COD'],
  ['Congo-Kinshasa', 'COD'],
  ['Congo-Brazzaville', 'COG'],
  ['Congo, Republic of the', 'COG'],
  ['Laos', 'LAO'],
  ['Lao PDR', 'LAO'],
  ['oPt', 'PSE'],
  ['occupied Palestinian territory', 'PSE'],
  ['Occupied Palestinian Territories', 'PSE'],
  ['Palestine, State of', 'PSE'],
  ['Moldova', 'MDA'],
  ['Micronesia', 'FSM'],
  ['Cabo Verde', 'CPV'],
  ['Swaziland', 'SWZ'],
  ['Burma', 'MMR'],
  ['Viet Nam', 'VNM'],
  ['Venezuela (Bolivarian Republic of)', 'VEN'],
  ['Bolivia (Plurinational State of)', 'BOL'],
  ['Iran (Islamic Republic of)', 'IRN'],
  ['Turkey', 'TUR'],
  ['Republic of Türkiye', 'TUR'],
  ['DPRK', 'PRK'],
  ["Democratic People's Republic of Korea", 'PRK'],
  ['Tanzania', 'TZA'],
  ['CAR', 'CAF'],
  ['Vatican', 'VAT'],
  ['Holy See', 'VAT'],
  ['Kosovo', 'XKX'],
];

// Kosovo has no ISO 3166-1 code; UN agencies and HDX use the user-assigned XKX / XK (the
// package says XKK), so this entry replaces the package's.
const EXTRA_COUNTRIES: readonly Country[] = [{ iso3: 'XKX', iso2: 'XK', name: 'Kosovo' }];

interface CountryIndex {
  readonly byIso3: Map<string, Country>;
  readonly byIso2: Map<string, Country>;
  /** folded name -> country, or null where the name belongs to more than one country */
  readonly byName: Map<string, Country | null>;
}

let index: CountryIndex | undefined;

/** Lower case, no diacritics, punctuation and runs of spaces folded: "Côte d’Ivoire" -> "cote d ivoire". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function addName(byName: Map<string, Country | null>, name: string, country: Country): void {
  const key = foldName(name);
  if (key === '') return;
  const known = byName.get(key);
  if (known === undefined) byName.set(key, country);
  else if (known !== null && known.iso3 !== country.iso3) byName.set(key, null);
}

function buildIndex(): CountryIndex {
  const names = english.countries as Record<string, string | string[]>;
  const byIso3 = new Map<string, Country>();
  const byIso2 = new Map<string, Country>();
  const byName = new Map<string, Country | null>();
  const all: Country[] = [];
  for (const row of codes as string[][]) {
    const [iso2, iso3] = row;
    if (iso2 === undefined || iso3 === undefined || EXTRA_COUNTRIES.some((c) => c.iso2 === iso2)) continue;
    const listed = Object.hasOwn(names, iso2) ? names[iso2] : undefined;
    if (listed === undefined) continue;
    const variants = Array.isArray(listed) ? listed : [listed];
    // the name as written in the country's own spelling where the package also lists one
    // without its accents ("Cote d'Ivoire", then "Côte d'Ivoire")
    const first = variants[0] ?? iso3;
    const accented = variants.find((v) => v !== first && foldName(v) === foldName(first));
    const country: Country = { iso3, iso2, name: accented ?? first };
    all.push(country);
    byIso3.set(iso3, country);
    byIso2.set(iso2, country);
    for (const variant of variants) addName(byName, variant, country);
  }
  for (const country of EXTRA_COUNTRIES) {
    all.push(country);
    byIso3.set(country.iso3, country);
    byIso2.set(country.iso2, country);
    addName(byName, country.name, country);
  }
  for (const [alias, iso3] of EXTRA_ALIASES) {
    const country = byIso3.get(iso3);
    if (country !== undefined) addName(byName, alias, country);
  }
  // A name's form with "the" dropped ("The Gambia" / "Gambia") finds the same country.
  for (const [key, country] of [...byName]) {
    if (country !== null && key.startsWith('the ')) addName(byName, key.slice(4), country);
  }
  return { byIso3, byIso2, byName };
}

function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

/**
 * The country a text names: an ISO3 code, an ISO2 code, an English name or a common alias, in
 * any case and with or without diacritics. A name shared by two countries ("Congo") and a
 * two-letter text that is also a name ("US" is both) resolve only where unambiguous.
 */
export function findCountry(text: string): Country | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200) return undefined;
  const { byIso3, byIso2, byName } = countryIndex();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    const country = byIso3.get(upper);
    if (country !== undefined) return country;
  }
  const folded = foldName(trimmed);
  // ("St. Lucia", "St Kitts and Nevis": the World Bank's abbreviation of Saint)
  const named = byName.get(folded) ?? (folded.startsWith('st ') ? byName.get(`saint ${folded.slice(3)}`) : undefined);
  if (named !== undefined) return named ?? undefined;
  if (/^[A-Z]{2}$/.test(upper)) return byIso2.get(upper);
  return undefined;
}

let otherNames: Map<string, Country | null> | undefined;

/**
 * The country a table's country column names, in English (findCountry) or else in Spanish, French
 * or Portuguese ("Brasil", "República Dominicana", "Tchad", "Moçambique"), as the tables of OCHA's
 * Latin American and West and Central African offices write them. A name that is another
 * country's in English stays that country's, and one that two countries share in these languages
 * names neither. Not for prose: "Maurice" is a first name in English text.
 */
export function findCountryInTable(text: string): Country | undefined {
  const found = findCountry(text);
  if (found !== undefined || text.trim().length > 200) return found;
  if (otherNames === undefined) {
    const { byIso2, byName } = countryIndex();
    otherNames = new Map();
    for (const lang of [spanish, french, portuguese]) {
      for (const [iso2, listed] of Object.entries(lang.countries as Record<string, string | string[]>)) {
        const country = byIso2.get(iso2);
        if (country === undefined) continue;
        for (const name of Array.isArray(listed) ? listed : [listed]) {
          const key = foldName(name);
          if (key === '' || byName.has(key)) continue;
          const known = otherNames.get(key);
          if (known === undefined) otherNames.set(key, country);
          else if (known !== null && known.iso3 !== country.iso3) otherNames.set(key, null);
        }
      }
    }
  }
  return otherNames.get(foldName(text)) ?? undefined;
}

/** The country with this ISO 3166-1 alpha-3 code (exact, upper case). */
export function countryByIso3(iso3: string): Country | undefined {
  return countryIndex().byIso3.get(iso3);
}

/**
 * The country a p-code belongs to: OCHA p-codes start with the country's ISO2 (AF01, AF0101) or
 * ISO3 (MLI01) code followed by digits. Alpha-3 is tried first, so that "MLI01" is Mali and not
 * a hypothetical "ML" + "I01".
 */
export function countryOfPcode(pcode: string): Country | undefined {
  // (and one written with a dash after the letters, "NG-001")
  const match = /^([A-Za-z]{2,3})(?:-?(\d[\dA-Za-z]*))?$/.exec(pcode.trim());
  if (match === null || match[1] === undefined) return undefined;
  const letters = match[1].toUpperCase();
  const { byIso3, byIso2 } = countryIndex();
  if (letters.length === 3) return byIso3.get(letters);
  return byIso2.get(letters);
}

/**
 * The state each dependent territory of ISO 3166-1 belongs to (the territories the UN's M49 lists
 * apart from their state): files such as JHU's COVID series write Hong Kong's code HKG beside the
 * country name China, one row of a territory, not two countries. Alpha-3 codes both sides.
 */
const TERRITORY_OF: ReadonlyMap<string, string> = new Map([
  ...['HKG', 'MAC'].map((t) => [t, 'CHN'] as const),
  ...['REU', 'GLP', 'MTQ', 'GUF', 'MYT', 'NCL', 'PYF', 'SPM', 'WLF', 'BLM', 'MAF', 'ATF'].map((t) => [t, 'FRA'] as const),
  ...['GIB', 'BMU', 'CYM', 'VGB', 'AIA', 'MSR', 'TCA', 'FLK', 'IMN', 'JEY', 'GGY', 'SHN', 'PCN', 'IOT', 'SGS'].map((t) => [t, 'GBR'] as const),
  ...['GRL', 'FRO'].map((t) => [t, 'DNK'] as const),
  ...['ABW', 'CUW', 'SXM', 'BES'].map((t) => [t, 'NLD'] as const),
  ...['PRI', 'GUM', 'VIR', 'ASM', 'MNP', 'UMI'].map((t) => [t, 'USA'] as const),
  ...['COK', 'NIU', 'TKL'].map((t) => [t, 'NZL'] as const),
  ...['CXR', 'CCK', 'NFK', 'HMD'].map((t) => [t, 'AUS'] as const),
  ...['SJM', 'BVT'].map((t) => [t, 'NOR'] as const),
  ['ALA', 'FIN'],
]);

/** Whether `territory` (alpha-3) is a dependent territory of `state` (alpha-3): HKG of CHN, REU of FRA. */
export function isTerritoryOf(territory: string, state: string): boolean {
  return TERRITORY_OF.get(territory) === state;
}
