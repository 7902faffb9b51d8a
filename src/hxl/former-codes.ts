/**
 * Codes that older HDX files still use and that name no current country or currency: withdrawn
 * ISO 3166-1 country codes (listed in ISO 3166-3) and withdrawn ISO 4217 currency codes (ISO
 * 4217's list of historic denominations). Facts from those ISO lists as published, e.g.
 * https://en.wikipedia.org/wiki/ISO_3166-3 and https://en.wikipedia.org/wiki/ISO_4217#Historical_codes.
 * The importer reads a renamed country as the country it is now, says so once, and gives a
 * dissolved one a place of its own; it never converts an amount in a withdrawn currency (WFP's
 * "BYR" prices are written in new roubles), it says so once instead. Pure data and lookups.
 */
import { formatNumber } from '../domain/number-text.js';

/** A withdrawn country code: the country it became, or, where it split, no one successor. */
export interface FormerCountry {
  readonly code: string;
  readonly name: string;
  /** the year the code was withdrawn */
  readonly until: number;
  /** the ISO3 code of the same territory now (renamed, or merged into it); undefined where it split */
  readonly now?: string;
}

const FORMER_COUNTRIES: readonly FormerCountry[] = [
  { code: 'BUR', name: 'Burma', until: 1989, now: 'MMR' },
  { code: 'ZAR', name: 'Zaire', until: 1997, now: 'COD' },
  { code: 'TMP', name: 'East Timor', until: 2002, now: 'TLS' },
  { code: 'ROM', name: 'Romania', until: 2002, now: 'ROU' },
  { code: 'DHY', name: 'Dahomey', until: 1977, now: 'BEN' },
  { code: 'HVO', name: 'Upper Volta', until: 1984, now: 'BFA' },
  { code: 'RHO', name: 'Southern Rhodesia', until: 1980, now: 'ZWE' },
  { code: 'NHB', name: 'New Hebrides', until: 1980, now: 'VUT' },
  { code: 'YMD', name: 'South Yemen', until: 1990, now: 'YEM' },
  { code: 'DDR', name: 'German Democratic Republic', until: 1990, now: 'DEU' },
  { code: 'YUG', name: 'Yugoslavia', until: 2003 },
  { code: 'SCG', name: 'Serbia and Montenegro', until: 2006 },
  { code: 'CSK', name: 'Czechoslovakia', until: 1993 },
  { code: 'SUN', name: 'USSR', until: 1992 },
  { code: 'ANT', name: 'Netherlands Antilles', until: 2011 },
];

const FORMER_BY_CODE: ReadonlyMap<string, FormerCountry> = new Map(FORMER_COUNTRIES.map((c) => [c.code, c]));

/** The withdrawn country this ISO3 code was (any case), or undefined. */
export function formerCountry(code: string): FormerCountry | undefined {
  return FORMER_BY_CODE.get(code.trim().toUpperCase());
}

/** A withdrawn currency code: its name, the year it went, and the code that replaced it at what ratio. */
export interface FormerCurrency {
  readonly code: string;
  readonly name: string;
  readonly until: number;
  readonly now: string;
  /** how many of the old units made one of the new */
  readonly perNew: number;
}

const FORMER_CURRENCIES: readonly FormerCurrency[] = [
  { code: 'BYB', name: 'Belarusian rouble', until: 2000, now: 'BYR', perNew: 1000 },
  { code: 'BYR', name: 'Belarusian rouble', until: 2016, now: 'BYN', perNew: 10_000 },
  { code: 'VEB', name: 'Venezuelan bolívar', until: 2008, now: 'VEF', perNew: 1000 },
  { code: 'VEF', name: 'Venezuelan bolívar fuerte', until: 2018, now: 'VES', perNew: 100_000 },
  { code: 'MRO', name: 'Mauritanian ouguiya', until: 2018, now: 'MRU', perNew: 10 },
  { code: 'STD', name: 'São Tomé and Príncipe dobra', until: 2018, now: 'STN', perNew: 1000 },
  { code: 'ZMK', name: 'Zambian kwacha', until: 2013, now: 'ZMW', perNew: 1000 },
  { code: 'GHC', name: 'Ghanaian cedi', until: 2007, now: 'GHS', perNew: 10_000 },
  { code: 'SDD', name: 'Sudanese dinar', until: 2007, now: 'SDG', perNew: 100 },
  { code: 'MZM', name: 'Mozambican metical', until: 2006, now: 'MZN', perNew: 1000 },
  { code: 'TMM', name: 'Turkmenistani manat', until: 2009, now: 'TMT', perNew: 5000 },
  { code: 'AFA', name: 'Afghan afghani', until: 2002, now: 'AFN', perNew: 1000 },
  { code: 'AZM', name: 'Azerbaijani manat', until: 2006, now: 'AZN', perNew: 5000 },
  { code: 'MGF', name: 'Malagasy franc', until: 2005, now: 'MGA', perNew: 5 },
  { code: 'SRG', name: 'Surinamese guilder', until: 2004, now: 'SRD', perNew: 1000 },
];

const CURRENCY_BY_CODE: ReadonlyMap<string, FormerCurrency> = new Map(FORMER_CURRENCIES.map((c) => [c.code, c]));

/** The withdrawn currency this ISO 4217 code was (upper case), or undefined. */
export function formerCurrency(code: string): FormerCurrency | undefined {
  return CURRENCY_BY_CODE.get(code);
}

/** "'BYR' is the Belarusian rouble, withdrawn in 2016 (10,000 BYR became 1 BYN)". */
export function describeFormerCurrency(c: FormerCurrency): string {
  return `'${c.code}' is the ${c.name}, withdrawn in ${c.until} (${formatNumber(c.perNew)} ${c.code} became 1 ${c.now})`;
}
