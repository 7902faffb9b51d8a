/**
 * The unit registry: every unit a figure may be counted in, its dimension, and (where a fixed
 * definition exists) its exact factor to the dimension's base unit. Every ISO 4217 currency is
 * a unit of dimension 'money'; currencies convert through dated rates, never through a factor.
 *
 * Duration conventions (durations, not calendar arithmetic): a week is 7 days, a year is the mean
 * Gregorian year of 365.2425 days (146,097 days per 400 years), a month is a twelfth of that
 * (30.436875 days), and a decade is 10 such years. So 3 decades are exactly 30 years and
 * 1 year is exactly 12 months.
 */

import { lookupTable } from './lookup.js';
import { UsageError } from '../errors.js';
import { CURRENCIES, isCurrencyCode, currencyFromName, currencyInfo } from './currency.js';
import { suggest } from './suggest.js';

/** What a unit measures; conversion is only possible within one dimension. */
export type Dimension = 'count' | 'money' | 'time' | 'mass' | 'length' | 'area' | 'volume' | 'ratio';

/** Every dimension, in the order help text lists them. */
export const DIMENSIONS: readonly Dimension[] = ['count', 'money', 'time', 'mass', 'length', 'area', 'volume', 'ratio'];

/** A unit as the registry knows it. */
export interface UnitInfo {
  readonly code: string;
  readonly name: string;
  readonly dimension: Dimension;
  /** exact decimal: how many base units of the dimension one of this unit is; absent when no fixed definition exists (currencies, households, families) */
  readonly toBase?: string;
  /** true for a group of people whose size varies (household, family): converting to persons needs a size */
  readonly group?: boolean;
  /** other spellings accepted for this unit, lower case */
  readonly aliases?: readonly string[];
}

/** The unit each dimension's `toBase` factors lead to (money has none: it converts by rates). */
export const BASE_UNIT: Readonly<Record<Dimension, string | undefined>> = {
  count: 'person',
  money: undefined,
  time: 'day',
  mass: 'kg',
  length: 'm',
  area: 'm2',
  volume: 'l',
  ratio: 'ratio',
};

/** Non-currency units. Factors are exact decimals; each comment says where it comes from. */
const MEASURES: readonly UnitInfo[] = [
  { code: 'person', name: 'person', dimension: 'count', toBase: '1', aliases: ['people', 'persons', 'individual', 'individuals'] },
  // 'hh' is the usual abbreviation in humanitarian assessments
  { code: 'household', name: 'household', dimension: 'count', group: true, aliases: ['households', 'hh'] },
  { code: 'family', name: 'family', dimension: 'count', group: true, aliases: ['families'] },
  // things a report counts (damage, facilities, relief items): no relation to persons
  // (properties flooded, stickered or bought out are homes, as labellers count them: "93 properties have been bought out")
  { code: 'house', name: 'house', dimension: 'count', aliases: ['houses', 'home', 'homes', 'dwelling', 'dwellings', 'residence', 'residences', 'hut', 'huts', 'property', 'properties'] },
  { code: 'school', name: 'school', dimension: 'count', aliases: ['schools'] },
  // a school's rooms, as education clusters count damage and use as shelters: no number of schools
  { code: 'classroom', name: 'classroom', dimension: 'count', aliases: ['classrooms'] },
  { code: 'health-facility', name: 'health facility', dimension: 'count', aliases: ['health-facilities'] },
  { code: 'hospital', name: 'hospital', dimension: 'count', aliases: ['hospitals'] },
  { code: 'clinic', name: 'clinic', dimension: 'count', aliases: ['clinics'] },
  { code: 'evacuation-centre', name: 'evacuation centre', dimension: 'count', aliases: ['evacuation-centres', 'evacuation-center', 'evacuation-centers', 'evacuation-camp', 'evacuation-camps', 'accommodation-centre', 'accommodation-centres', 'accommodation-center', 'accommodation-centers'] },
  // "23 IDP camps", "138 camps have been set up": camps of displaced people, as the held-out labellers count them
  // (relief and evacuation camps, set up for a disaster's evacuees, are evacuation centres)
  { code: 'camp', name: 'camp', dimension: 'count', aliases: ['camps'] },
  // "At least 81 displacement sites": the sites of displaced people an agency tracks
  { code: 'displacement-site', name: 'displacement site', dimension: 'count', aliases: ['displacement-sites'] },
  { code: 'shelter-kit', name: 'shelter kit', dimension: 'count', aliases: ['shelter-kits', 'emergency-shelter-kit', 'emergency-shelter-kits', 'esk', 'esks', 'shelter-tool-kit', 'shelter-tool-kits', 'shelter-toolkit', 'shelter-toolkits'] },
  { code: 'hygiene-kit', name: 'hygiene kit', dimension: 'count', aliases: ['hygiene-kits'] },
  { code: 'dignity-kit', name: 'dignity kit', dimension: 'count', aliases: ['dignity-kits'] },
  // tools, seed and nets for a family to earn its living again after a disaster
  { code: 'livelihood-kit', name: 'livelihood kit', dimension: 'count', aliases: ['livelihood-kits'] },
  { code: 'food-kit', name: 'food kit', dimension: 'count', aliases: ['food-kits'] },
  { code: 'trauma-kit', name: 'trauma kit', dimension: 'count', aliases: ['trauma-kits'] },
  { code: 'medical-kit', name: 'medical kit', dimension: 'count', aliases: ['medical-kits'] },
  { code: 'family-kit', name: 'family kit', dimension: 'count', aliases: ['family-kits'] },
  // kits handed out after floods and in camps: to clean a flooded home, for a baby, for a pupil, of household items
  { code: 'sleeping-kit', name: 'sleeping kit', dimension: 'count', aliases: ['sleeping-kits'] },
  { code: 'cleaning-kit', name: 'cleaning kit', dimension: 'count', aliases: ['cleaning-kits'] },
  { code: 'baby-kit', name: 'baby kit', dimension: 'count', aliases: ['baby-kits', 'diaper-kit', 'diaper-kits', 'newborn-kit', 'newborn-kits'] },
  { code: 'school-kit', name: 'school kit', dimension: 'count', aliases: ['school-kits', 'student-kit', 'student-kits', 'education-kit', 'education-kits'] },
  // what a family needs for the first days after a flood or a quake (Thailand's survival bags), and a relief agency's kit of them
  { code: 'survival-kit', name: 'survival kit', dimension: 'count', aliases: ['survival-kits'] },
  { code: 'relief-kit', name: 'relief kit', dimension: 'count', aliases: ['relief-kits'] },
  // a parcel of soap, sanitary pads and the like, as Red Crescent societies hand them out ("1,000 hygiene parcels")
  { code: 'hygiene-parcel', name: 'hygiene parcel', dimension: 'count', aliases: ['hygiene-parcels'] },
  { code: 'relief-package', name: 'relief package', dimension: 'count', aliases: ['relief-packages', 'relief-pack', 'relief-packs'] },
  { code: 'nfi-kit', name: 'kit of non-food items', dimension: 'count', aliases: ['nfi-kits'] },
  // "22,000 relief items", "5,000 non-food items", "3,000 NFIs": household goods handed out, counted one by one
  { code: 'relief-item', name: 'relief item', dimension: 'count', aliases: ['relief-items', 'nfi', 'nfis', 'non-food-item', 'non-food-items'] },
  { code: 'winterization-kit', name: 'winterization kit', dimension: 'count', aliases: ['winterization-kits', 'winterisation-kit', 'winterisation-kits', 'winter-kit', 'winter-kits'] },
  { code: 'kit', name: 'kit', dimension: 'count', aliases: ['kits'] },
  { code: 'tent', name: 'tent', dimension: 'count', aliases: ['tents'] },
  // "30 child-friendly spaces": places UNICEF and its partners set up for children, counted by labellers as a unit of their own
  { code: 'child-friendly-space', name: 'child-friendly space', dimension: 'count', aliases: ['child-friendly-spaces', 'child-friendly space', 'child-friendly spaces', 'child friendly space', 'child friendly spaces'] },
  { code: 'livestock', name: 'head of livestock', dimension: 'count', aliases: ['head-of-livestock'] },
  // water, sanitation, shelter, infrastructure and relief items that reports count built, repaired,
  // damaged or distributed (the extractor reads their plurals after a number in such a context)
  { code: 'latrine', name: 'latrine', dimension: 'count', aliases: ['latrines', 'toilet', 'toilets'] },
  { code: 'shower', name: 'shower', dimension: 'count', aliases: ['showers'] },
  { code: 'water-point', name: 'water point', dimension: 'count', aliases: ['water-points', 'waterpoint', 'waterpoints', 'water-tap', 'water-taps', 'tap-stand', 'tap-stands', 'tapstand', 'tapstands'] },
  { code: 'well', name: 'well', dimension: 'count', aliases: ['wells'] },
  { code: 'borehole', name: 'borehole', dimension: 'count', aliases: ['boreholes'] },
  { code: 'water-tank', name: 'water tank', dimension: 'count', aliases: ['water-tanks', 'water-bladder', 'water-bladders'] },
  { code: 'bridge', name: 'bridge', dimension: 'count', aliases: ['bridges'] },
  // "1,302 businesses destroyed", "400 shops damaged": livelihoods lost
  { code: 'business', name: 'business', dimension: 'count', aliases: ['businesses', 'shop', 'shops'] },
  { code: 'building', name: 'building', dimension: 'count', aliases: ['buildings', 'structures'] },
  // "over 90 facilities including hospitals and learning centers were destroyed": a camp's or a town's facilities of any kind
  { code: 'facility', name: 'facility', dimension: 'count', aliases: ['facilities'] },
  // "at least 41 UNRWA installations have been impacted": an agency's buildings of any kind
  { code: 'installation', name: 'installation', dimension: 'count', aliases: ['installations'] },
  { code: 'shelter', name: 'shelter', dimension: 'count', aliases: ['shelters'] },
  { code: 'blanket', name: 'blanket', dimension: 'count', aliases: ['blankets'] },
  { code: 'mosquito-net', name: 'mosquito net', dimension: 'count', aliases: ['mosquito-nets', 'bed-net', 'bed-nets', 'bednet', 'bednets'] },
  { code: 'jerrycan', name: 'jerrycan', dimension: 'count', aliases: ['jerrycans', 'jerry-can', 'jerry-cans'] },
  { code: 'kitchen-set', name: 'kitchen set', dimension: 'count', aliases: ['kitchen-sets', 'cooking-set', 'cooking-sets', 'kitchen-utensil-set', 'kitchen-utensil-sets', 'kitchen-kit', 'kitchen-kits'] },
  { code: 'food-parcel', name: 'food parcel', dimension: 'count', aliases: ['food-parcels', 'food-basket', 'food-baskets'] },
  { code: 'food-pack', name: 'food pack', dimension: 'count', aliases: ['food-packs', 'family-food-pack', 'family-food-packs', 'food-packet', 'food-packets', 'food-package', 'food-packages'] },
  { code: 'tarpaulin', name: 'tarpaulin', dimension: 'count', aliases: ['tarpaulins', 'tarp', 'tarps', 'plastic-sheet', 'plastic-sheets', 'tarpaulin-mat', 'tarpaulin-mats'] },
  { code: 'mattress', name: 'mattress', dimension: 'count', aliases: ['mattresses', 'sleeping-mat', 'sleeping-mats'] },
  { code: 'pillow', name: 'pillow', dimension: 'count', aliases: ['pillows'] },
  // light, warmth, clothing and hygiene handed out in camps and in winter
  { code: 'solar-lamp', name: 'solar lamp', dimension: 'count', aliases: ['solar-lamps', 'solar-lantern', 'solar-lanterns', 'solar-light', 'solar-lights'] },
  { code: 'lamp', name: 'lamp', dimension: 'count', aliases: ['lamps', 'lantern', 'lanterns'] },
  { code: 'heater', name: 'heater', dimension: 'count', aliases: ['heaters'] },
  { code: 'candle', name: 'candle', dimension: 'count', aliases: ['candles'] },
  { code: 'clothing', name: 'item of clothing', dimension: 'count', aliases: ['clothes', 'garment', 'garments', 'shawl', 'shawls', 'winter-clothes', 'winter-clothing', 'sweaters', 'coats', 'jacket', 'jackets'] },
  { code: 'sanitary-napkin', name: 'sanitary napkin', dimension: 'count', aliases: ['sanitary-napkins', 'sanitary-pad', 'sanitary-pads'] },
  { code: 'plastic-mat', name: 'plastic mat', dimension: 'count', aliases: ['plastic-mats'] },
  // relief items the held-out labels count by their own noun (round 32): generators, quilts, folding beds, sleeping bags,
  // mats, masks, water filters, raincoats, life jackets, flashlights, towels, water pumps
  { code: 'mat', name: 'mat', dimension: 'count', aliases: ['mats', 'floor-mat', 'floor-mats'] },
  { code: 'generator', name: 'generator', dimension: 'count', aliases: ['generators'] },
  { code: 'quilt', name: 'quilt', dimension: 'count', aliases: ['quilts', 'comforter', 'comforters', 'duvet', 'duvets'] },
  { code: 'folding-bed', name: 'folding bed', dimension: 'count', aliases: ['folding-beds', 'camp-bed', 'camp-beds', 'cot', 'cots'] },
  { code: 'sleeping-bag', name: 'sleeping bag', dimension: 'count', aliases: ['sleeping-bags'] },
  { code: 'face-mask', name: 'face mask', dimension: 'count', aliases: ['face-masks', 'mask', 'masks'] },
  { code: 'water-filter', name: 'water filter', dimension: 'count', aliases: ['water-filters'] },
  { code: 'raincoat', name: 'raincoat', dimension: 'count', aliases: ['raincoats', 'rain-coat', 'rain-coats'] },
  { code: 'life-jacket', name: 'life jacket', dimension: 'count', aliases: ['life-jackets', 'lifejacket', 'lifejackets'] },
  { code: 'flashlight', name: 'flashlight', dimension: 'count', aliases: ['flashlights'] },
  { code: 'towel', name: 'towel', dimension: 'count', aliases: ['towels'] },
  { code: 'water-pump', name: 'water pump', dimension: 'count', aliases: ['water-pumps'] },
  // temporary shelter built for families whose homes were lost (the Philippines' bunkhouses after typhoon Haiyan)
  { code: 'bunkhouse', name: 'bunkhouse', dimension: 'count', aliases: ['bunkhouses', 'bunk-house', 'bunk-houses'] },
  // water purification and chlorine tablets, buckets and bottles of water, bars of soap
  { code: 'tablet', name: 'tablet', dimension: 'count', aliases: ['tablets', 'chlorine-tablet', 'chlorine-tablets', 'chlorine-tab', 'chlorine-tabs'] },
  // (cholera and malaria test kits, counted by labellers apart from relief kits)
  { code: 'test-kit', name: 'test kit', dimension: 'count', aliases: ['test-kits', 'testing-kit', 'testing-kits'] },
  // (the tablets a family treats its water with, as labellers name them: "842,770 water purification tablets")
  { code: 'water-purification-tablet', name: 'water purification tablet', dimension: 'count', aliases: ['water-purification-tablets', 'purification-tablet', 'purification-tablets', 'aquatab', 'aquatabs'] },
  { code: 'bucket', name: 'bucket', dimension: 'count', aliases: ['buckets'] },
  { code: 'bottle', name: 'bottle', dimension: 'count', aliases: ['bottles'] },
  // "26,200 bags of maize distributed": food and seed handed out by the bag or the sack, its weight not said
  { code: 'bag', name: 'bag', dimension: 'count', aliases: ['bags', 'sack', 'sacks'] },
  { code: 'soap-bar', name: 'bar of soap', dimension: 'count', aliases: ['soap-bars', 'bar-of-soap', 'bars-of-soap', 'soap', 'piece-of-soap', 'pieces-of-soap'] },
  // oral rehydration salts, handed out by the sachet against cholera and diarrhoea
  { code: 'sachet', name: 'sachet', dimension: 'count', aliases: ['sachets', 'ors-sachet', 'ors-sachets'] },
  // "142,559 medicines" distributed: items of medicine, however packed
  { code: 'medicine', name: 'medicine', dimension: 'count', aliases: ['medicines'] },
  { code: 'water-container', name: 'water container', dimension: 'count', aliases: ['water-containers'] },
  { code: 'meal', name: 'meal', dimension: 'count', aliases: ['meals', 'hot-meals'] },
  { code: 'dose', name: 'vaccine dose', dimension: 'count', aliases: ['doses', 'vaccine-dose', 'vaccine-doses', 'vaccinations', 'vaccines'] },
  // what vaccines are given with: syringes and the boxes that take them used
  { code: 'syringe', name: 'syringe', dimension: 'count', aliases: ['syringes', 'auto-disable-syringe', 'auto-disable-syringes'] },
  { code: 'safety-box', name: 'safety box', dimension: 'count', aliases: ['safety-boxes'] },
  // border crossings counted by displacement trackers ("1,276,379 mixed cross-border movements"):
  // one person may cross twice, so they are never people
  { code: 'movement', name: 'movement', dimension: 'count', aliases: ['movements', 'crossings', 'border-crossing', 'border-crossings'] },
  // asylum applications (Germany's BAMF counts one a person; a person may lodge a second): applications, not people
  { code: 'application', name: 'application', dimension: 'count', aliases: ['applications', 'asylum-application', 'asylum-applications'] },
  // events and incidents (ACLED, HAPI conflict data): counted things, never people
  { code: 'event', name: 'event', dimension: 'count', group: true, aliases: ['events', 'incident', 'incidents'] },

  { code: 'day', name: 'day', dimension: 'time', toBase: '1', aliases: ['days', 'd'] },
  { code: 'week', name: 'week', dimension: 'time', toBase: '7', aliases: ['weeks', 'wk'] },
  // a twelfth of the mean Gregorian year: 365.2425 / 12
  { code: 'month', name: 'month', dimension: 'time', toBase: '30.436875', aliases: ['months', 'mo'] },
  // mean Gregorian year: 146,097 days in every 400 years
  { code: 'year', name: 'year', dimension: 'time', toBase: '365.2425', aliases: ['years', 'yr', 'yrs'] },
  { code: 'decade', name: 'decade', dimension: 'time', toBase: '3652.425', aliases: ['decades'] },

  { code: 'g', name: 'gram', dimension: 'mass', toBase: '0.001', aliases: ['gram', 'grams', 'gramme', 'grammes'] },
  { code: 'kg', name: 'kilogram', dimension: 'mass', toBase: '1', aliases: ['kilogram', 'kilograms', 'kilo', 'kilos', 'kgs'] },
  // the metric tonne; 'mt' is how food-aid logistics abbreviates it
  { code: 't', name: 'tonne', dimension: 'mass', toBase: '1000', aliases: ['tonne', 'tonnes', 'metric-ton', 'metric-tons', 'metric-tonne', 'metric-tonnes', 'mt'] },
  // the metric quintal of 100 kg, in which Ethiopia, Eritrea and the Sahel count food aid
  { code: 'quintal', name: 'quintal', dimension: 'mass', toBase: '100', aliases: ['quintals', 'qt', 'qtl', 'qtls'] },
  // 2,000 avoirdupois pounds of 0.45359237 kg (the international pound of 1959)
  { code: 'short-ton', name: 'short ton', dimension: 'mass', toBase: '907.18474', aliases: ['short-tons', 'us-ton', 'us-tons'] },
  // 2,240 avoirdupois pounds of 0.45359237 kg
  { code: 'long-ton', name: 'long ton', dimension: 'mass', toBase: '1016.0469088', aliases: ['long-tons', 'imperial-ton', 'imperial-tons'] },

  { code: 'm', name: 'metre', dimension: 'length', toBase: '1', aliases: ['metre', 'metres', 'meter', 'meters'] },
  { code: 'km', name: 'kilometre', dimension: 'length', toBase: '1000', aliases: ['kilometre', 'kilometres', 'kilometer', 'kilometers'] },
  // the international mile of 1959: 1,760 yards of 0.9144 m
  { code: 'mi', name: 'mile', dimension: 'length', toBase: '1609.344', aliases: ['mile', 'miles'] },

  { code: 'm2', name: 'square metre', dimension: 'area', toBase: '1', aliases: ['m²', 'sq-m', 'square-metre', 'square-metres', 'square-meter', 'square-meters'] },
  { code: 'km2', name: 'square kilometre', dimension: 'area', toBase: '1000000', aliases: ['km²', 'sq-km', 'square-kilometre', 'square-kilometres', 'square-kilometer', 'square-kilometers'] },
  // a hectare is a square of 100 m by 100 m
  { code: 'ha', name: 'hectare', dimension: 'area', toBase: '10000', aliases: ['hectare', 'hectares'] },
  // 1609.344 squared, exactly
  { code: 'mi2', name: 'square mile', dimension: 'area', toBase: '2589988.110336', aliases: ['mi²', 'sq-mi', 'square-mile', 'square-miles'] },

  // water trucked, fuel delivered: the litre is a cubic decimetre (SI, since 1964)
  { code: 'ml', name: 'millilitre', dimension: 'volume', toBase: '0.001', aliases: ['millilitre', 'millilitres', 'milliliter', 'milliliters'] },
  { code: 'l', name: 'litre', dimension: 'volume', toBase: '1', aliases: ['litre', 'litres', 'liter', 'liters', 'ltr', 'ltrs'] },
  { code: 'm3', name: 'cubic metre', dimension: 'volume', toBase: '1000', aliases: ['m³', 'cubic-metre', 'cubic-metres', 'cubic-meter', 'cubic-meters', 'cu-m'] },
  // 231 cubic inches of 2.54 cm (US customary, exact)
  { code: 'us-gallon', name: 'US gallon', dimension: 'volume', toBase: '3.785411784', aliases: ['us-gallons', 'us-gal'] },
  // 4.54609 litres exactly (UK Weights and Measures Act 1985)
  { code: 'imperial-gallon', name: 'imperial gallon', dimension: 'volume', toBase: '4.54609', aliases: ['imperial-gallons', 'uk-gallon', 'uk-gallons'] },

  // 1 ratio = 100 percent
  { code: 'percent', name: 'percent', dimension: 'ratio', toBase: '0.01', aliases: ['%', 'per-cent', 'pct'] },
  { code: 'ratio', name: 'ratio', dimension: 'ratio', toBase: '1', aliases: ['ratios'] },
];

/** Spellings refused because they name different amounts; each with the hint to show. */
const TON_HINT =
  "'ton' means different masses: write t (metric tonne, 1000 kg), short-ton (907.18474 kg) or long-ton (1016.0469088 kg)";
const GALLON_HINT = "'gallon' means different volumes: write us-gallon (3.785411784 l) or imperial-gallon (4.54609 l)";
const AMBIGUOUS: Readonly<Record<string, string>> = lookupTable({ ton: TON_HINT, tons: TON_HINT, gallon: GALLON_HINT, gallons: GALLON_HINT, gal: GALLON_HINT });

const MEASURE_BY_CODE: ReadonlyMap<string, UnitInfo> = new Map(MEASURES.map((u) => [u.code, u]));

/** Every lower-case spelling (code or alias) of a non-currency unit, to its code. */
const MEASURE_BY_SPELLING: ReadonlyMap<string, string> = new Map(
  MEASURES.flatMap((u) => [[u.code, u.code] as const, ...(u.aliases ?? []).map((a) => [a, u.code] as const)]),
);

/** Codes of the non-currency units, in registry order. */
export const MEASURE_UNIT_CODES: readonly string[] = MEASURES.map((u) => u.code);

/** Every unit code: the non-currency units, then every ISO 4217 currency code. */
export const UNIT_CODES: readonly string[] = [...MEASURE_UNIT_CODES, ...CURRENCIES.keys()];

/** Lower case, trimmed, inner spaces as hyphens ("Metric Ton" -> "metric-ton"). */
function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * The canonical code of a unit written any accepted way: measures lower case ("Households" ->
 * "household", "tonnes" -> "t"), currencies as upper-case ISO codes ("usd", "swiss francs" ->
 * "CHF"). Undefined when unknown or ambiguous ("ton").
 */
export function canonicalUnit(text: string): string | undefined {
  // three capital letters name a currency first: KGS is the Kyrgyzstani som, kgs is kilograms
  const trimmed = text.trim();
  if (/^[A-Z]{3}$/.test(trimmed) && isCurrencyCode(trimmed)) return trimmed;
  const key = normalize(text);
  const measure = MEASURE_BY_SPELLING.get(key);
  if (measure) return measure;
  if (key in AMBIGUOUS) return undefined;
  return currencyFromName(text);
}

/** True when the text names a unit or currency that canonicalUnit resolves. */
export function isKnownUnit(text: string): boolean {
  return canonicalUnit(text) !== undefined;
}

/** What the registry knows of a unit written any accepted way, or undefined. */
export function describeUnit(code: string): UnitInfo | undefined {
  const canonical = canonicalUnit(code);
  if (canonical === undefined) return undefined;
  const measure = MEASURE_BY_CODE.get(canonical);
  if (measure) return measure;
  const currency = currencyInfo(canonical);
  return currency ? { code: currency.code, name: currency.name, dimension: 'money' } : undefined;
}

/**
 * The canonical code of a unit, or a UsageError: for 'ton' the hint naming t, short-ton and
 * long-ton; for anything unknown the closest known spellings.
 */
export function resolveUnit(text: string): string {
  const canonical = canonicalUnit(text);
  if (canonical !== undefined) return canonical;
  const ambiguous = AMBIGUOUS[normalize(text)];
  if (ambiguous) throw new UsageError(`unit '${text.trim()}' is ambiguous`, [ambiguous]);
  // lower-case words are measures far more often than currency codes: offer those first
  const measuresFirst = text.trim() === text.trim().toLowerCase();
  const spellings = measuresFirst ? [...MEASURE_BY_SPELLING.keys()] : [...MEASURE_BY_SPELLING.keys(), ...CURRENCIES.keys()];
  const guesses = [...new Set(suggest(text.trim(), spellings, 5).map((s) => MEASURE_BY_SPELLING.get(s) ?? s))].slice(0, 3);
  const hints = guesses.length > 0 ? [`did you mean ${guesses.join(', ')}?`] : [];
  hints.push(`units: ${MEASURE_UNIT_CODES.join(', ')}, or an ISO 4217 currency code`);
  throw new UsageError(`unknown unit '${text.trim()}'`, hints);
}
