/**
 * ISO 4217 currencies: the codes in force, plus the withdrawn ones that still appear in the
 * ECB's historical reference-rate file (its columns go back to 1999). Minor units follow the
 * ISO 4217 list ("List One" for current codes, "List Three" for historic ones); they decide how
 * many decimals a converted amount is rounded to.
 */

import { lookupTable } from './lookup.js';
import { UsageError } from '../errors.js';
import { suggest } from './suggest.js';

/** One currency: its ISO code, ISO name, and the number of decimals of its minor unit. */
export interface CurrencyInfo {
  readonly code: string;
  readonly name: string;
  /** ISO 4217 minor unit; null where ISO gives "N.A." (precious metals, units of account, test codes) */
  readonly minorUnits: number | null;
  /** true for a withdrawn code kept because published historical rates use it */
  readonly historic?: boolean;
}

/**
 * Current ISO 4217 codes as [code, name, minor units]. Source: the ISO 4217 maintenance
 * agency's list (names as ISO spells them); ANG, SLL and ZWL are kept while their successors
 * (XCG, SLE, ZWG) are also listed, because figures dated before the switch still use them.
 */
const CURRENT: ReadonlyArray<readonly [string, string, number | null]> = [
  ['AED', 'UAE Dirham', 2],
  ['AFN', 'Afghani', 2],
  ['ALL', 'Lek', 2],
  ['AMD', 'Armenian Dram', 2],
  ['ANG', 'Netherlands Antillean Guilder', 2],
  ['AOA', 'Kwanza', 2],
  ['ARS', 'Argentine Peso', 2],
  ['AUD', 'Australian Dollar', 2],
  ['AWG', 'Aruban Florin', 2],
  ['AZN', 'Azerbaijan Manat', 2],
  ['BAM', 'Convertible Mark', 2],
  ['BBD', 'Barbados Dollar', 2],
  ['BDT', 'Taka', 2],
  ['BGN', 'Bulgarian Lev', 2],
  ['BHD', 'Bahraini Dinar', 3],
  ['BIF', 'Burundi Franc', 0],
  ['BMD', 'Bermudian Dollar', 2],
  ['BND', 'Brunei Dollar', 2],
  ['BOB', 'Boliviano', 2],
  ['BOV', 'Mvdol', 2],
  ['BRL', 'Brazilian Real', 2],
  ['BSD', 'Bahamian Dollar', 2],
  ['BTN', 'Ngultrum', 2],
  ['BWP', 'Pula', 2],
  ['BYN', 'Belarusian Ruble', 2],
  ['BZD', 'Belize Dollar', 2],
  ['CAD', 'Canadian Dollar', 2],
  ['CDF', 'Congolese Franc', 2],
  ['CHE', 'WIR Euro', 2],
  ['CHF', 'Swiss Franc', 2],
  ['CHW', 'WIR Franc', 2],
  ['CLF', 'Unidad de Fomento', 4],
  ['CLP', 'Chilean Peso', 0],
  ['CNY', 'Yuan Renminbi', 2],
  ['COP', 'Colombian Peso', 2],
  ['COU', 'Unidad de Valor Real', 2],
  ['CRC', 'Costa Rican Colon', 2],
  ['CUC', 'Peso Convertible', 2],
  ['CUP', 'Cuban Peso', 2],
  ['CVE', 'Cabo Verde Escudo', 2],
  ['CZK', 'Czech Koruna', 2],
  ['DJF', 'Djibouti Franc', 0],
  ['DKK', 'Danish Krone', 2],
  ['DOP', 'Dominican Peso', 2],
  ['DZD', 'Algerian Dinar', 2],
  ['EGP', 'Egyptian Pound', 2],
  ['ERN', 'Nakfa', 2],
  ['ETB', 'Ethiopian Birr', 2],
  ['EUR', 'Euro', 2],
  ['FJD', 'Fiji Dollar', 2],
  ['FKP', 'Falkland Islands Pound', 2],
  ['GBP', 'Pound Sterling', 2],
  ['GEL', 'Lari', 2],
  ['GHS', 'Ghana Cedi', 2],
  ['GIP', 'Gibraltar Pound', 2],
  ['GMD', 'Dalasi', 2],
  ['GNF', 'Guinean Franc', 0],
  ['GTQ', 'Quetzal', 2],
  ['GYD', 'Guyana Dollar', 2],
  ['HKD', 'Hong Kong Dollar', 2],
  ['HNL', 'Lempira', 2],
  ['HTG', 'Gourde', 2],
  ['HUF', 'Forint', 2],
  ['IDR', 'Rupiah', 2],
  ['ILS', 'New Israeli Sheqel', 2],
  ['INR', 'Indian Rupee', 2],
  ['IQD', 'Iraqi Dinar', 3],
  ['IRR', 'Iranian Rial', 2],
  ['ISK', 'Iceland Krona', 0],
  ['JMD', 'Jamaican Dollar', 2],
  ['JOD', 'Jordanian Dinar', 3],
  ['JPY', 'Yen', 0],
  ['KES', 'Kenyan Shilling', 2],
  ['KGS', 'Som', 2],
  ['KHR', 'Riel', 2],
  ['KMF', 'Comorian Franc', 0],
  ['KPW', 'North Korean Won', 2],
  ['KRW', 'Won', 0],
  ['KWD', 'Kuwaiti Dinar', 3],
  ['KYD', 'Cayman Islands Dollar', 2],
  ['KZT', 'Tenge', 2],
  ['LAK', 'Lao Kip', 2],
  ['LBP', 'Lebanese Pound', 2],
  ['LKR', 'Sri Lanka Rupee', 2],
  ['LRD', 'Liberian Dollar', 2],
  ['LSL', 'Loti', 2],
  ['LYD', 'Libyan Dinar', 3],
  ['MAD', 'Moroccan Dirham', 2],
  ['MDL', 'Moldovan Leu', 2],
  ['MGA', 'Malagasy Ariary', 2],
  ['MKD', 'Denar', 2],
  ['MMK', 'Kyat', 2],
  ['MNT', 'Tugrik', 2],
  ['MOP', 'Pataca', 2],
  ['MRU', 'Ouguiya', 2],
  ['MUR', 'Mauritius Rupee', 2],
  ['MVR', 'Rufiyaa', 2],
  ['MWK', 'Malawi Kwacha', 2],
  ['MXN', 'Mexican Peso', 2],
  ['MXV', 'Mexican Unidad de Inversion (UDI)', 2],
  ['MYR', 'Malaysian Ringgit', 2],
  ['MZN', 'Mozambique Metical', 2],
  ['NAD', 'Namibia Dollar', 2],
  ['NGN', 'Naira', 2],
  ['NIO', 'Cordoba Oro', 2],
  ['NOK', 'Norwegian Krone', 2],
  ['NPR', 'Nepalese Rupee', 2],
  ['NZD', 'New Zealand Dollar', 2],
  ['OMR', 'Rial Omani', 3],
  ['PAB', 'Balboa', 2],
  ['PEN', 'Sol', 2],
  ['PGK', 'Kina', 2],
  ['PHP', 'Philippine Peso', 2],
  ['PKR', 'Pakistan Rupee', 2],
  ['PLN', 'Zloty', 2],
  ['PYG', 'Guarani', 0],
  ['QAR', 'Qatari Rial', 2],
  ['RON', 'Romanian Leu', 2],
  ['RSD', 'Serbian Dinar', 2],
  ['RUB', 'Russian Ruble', 2],
  ['RWF', 'Rwanda Franc', 0],
  ['SAR', 'Saudi Riyal', 2],
  ['SBD', 'Solomon Islands Dollar', 2],
  ['SCR', 'Seychelles Rupee', 2],
  ['SDG', 'Sudanese Pound', 2],
  ['SEK', 'Swedish Krona', 2],
  ['SGD', 'Singapore Dollar', 2],
  ['SHP', 'Saint Helena Pound', 2],
  ['SLE', 'Leone', 2],
  ['SLL', 'Leone', 2],
  ['SOS', 'Somali Shilling', 2],
  ['SRD', 'Surinam Dollar', 2],
  ['SSP', 'South Sudanese Pound', 2],
  ['STN', 'Dobra', 2],
  ['SVC', 'El Salvador Colon', 2],
  ['SYP', 'Syrian Pound', 2],
  ['SZL', 'Lilangeni', 2],
  ['THB', 'Baht', 2],
  ['TJS', 'Somoni', 2],
  ['TMT', 'Turkmenistan New Manat', 2],
  ['TND', 'Tunisian Dinar', 3],
  ['TOP', 'Pa’anga', 2],
  ['TRY', 'Turkish Lira', 2],
  ['TTD', 'Trinidad and Tobago Dollar', 2],
  ['TWD', 'New Taiwan Dollar', 2],
  ['TZS', 'Tanzanian Shilling', 2],
  ['UAH', 'Hryvnia', 2],
  ['UGX', 'Uganda Shilling', 0],
  ['USD', 'US Dollar', 2],
  ['USN', 'US Dollar (Next day)', 2],
  ['UYI', 'Uruguay Peso en Unidades Indexadas (UI)', 0],
  ['UYU', 'Peso Uruguayo', 2],
  ['UYW', 'Unidad Previsional', 4],
  ['UZS', 'Uzbekistan Sum', 2],
  ['VED', 'Bolívar Soberano', 2],
  ['VES', 'Bolívar Soberano', 2],
  ['VND', 'Dong', 0],
  ['VUV', 'Vatu', 0],
  ['WST', 'Tala', 2],
  ['XAF', 'CFA Franc BEAC', 0],
  ['XAG', 'Silver', null],
  ['XAU', 'Gold', null],
  ['XBA', 'Bond Markets Unit European Composite Unit (EURCO)', null],
  ['XBB', 'Bond Markets Unit European Monetary Unit (E.M.U.-6)', null],
  ['XBC', 'Bond Markets Unit European Unit of Account 9 (E.U.A.-9)', null],
  ['XBD', 'Bond Markets Unit European Unit of Account 17 (E.U.A.-17)', null],
  ['XCD', 'East Caribbean Dollar', 2],
  ['XCG', 'Caribbean Guilder', 2],
  ['XDR', 'SDR (Special Drawing Right)', null],
  ['XOF', 'CFA Franc BCEAO', 0],
  ['XPD', 'Palladium', null],
  ['XPF', 'CFP Franc', 0],
  ['XPT', 'Platinum', null],
  ['XSU', 'Sucre', null],
  ['XTS', 'Codes specifically reserved for testing purposes', null],
  ['XUA', 'ADB Unit of Account', null],
  ['XXX', 'The codes assigned for transactions where no currency is involved', null],
  ['YER', 'Yemeni Rial', 2],
  ['ZAR', 'Rand', 2],
  ['ZMW', 'Zambian Kwacha', 2],
  ['ZWG', 'Zimbabwe Gold', 2],
  ['ZWL', 'Zimbabwe Dollar', 2],
];

/**
 * Withdrawn codes that have columns in the ECB historical file, with the year each was replaced
 * (all by the euro except ROL -> RON in 2005 and TRL -> TRY in 2005). TRL had no minor unit in
 * use (ISO lists 0); the others had 2.
 */
const HISTORIC: ReadonlyArray<readonly [string, string, number]> = [
  ['CYP', 'Cyprus Pound', 2], // euro from 2008
  ['EEK', 'Kroon', 2], // euro from 2011
  ['HRK', 'Kuna', 2], // euro from 2023
  ['LTL', 'Lithuanian Litas', 2], // euro from 2015
  ['LVL', 'Latvian Lats', 2], // euro from 2014
  ['MTL', 'Maltese Lira', 2], // euro from 2008
  ['ROL', 'Romanian Old Leu', 2], // redenominated to RON in 2005
  ['SIT', 'Tolar', 2], // euro from 2007
  ['SKK', 'Slovak Koruna', 2], // euro from 2009
  ['TRL', 'Old Turkish Lira', 0], // redenominated to TRY in 2005
];

/** Every known currency by upper-case code, current and historic, in code order. */
export const CURRENCIES: ReadonlyMap<string, CurrencyInfo> = new Map(
  [
    ...CURRENT.map(([code, name, minorUnits]): CurrencyInfo => ({ code, name, minorUnits })),
    ...HISTORIC.map(([code, name, minorUnits]): CurrencyInfo => ({ code, name, minorUnits, historic: true })),
  ]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((info) => [info.code, info] as const),
);

/** The currency with this code (any case), or undefined. */
export function currencyInfo(code: string): CurrencyInfo | undefined {
  return CURRENCIES.get(code.trim().toUpperCase());
}

/** True when the text is a known ISO 4217 code (any case). */
export function isCurrencyCode(code: string): boolean {
  return currencyInfo(code) !== undefined;
}

/**
 * Decimals an amount in this currency is rounded to: its ISO minor unit, or 2 where ISO gives
 * none (XDR, metals, units of account), matching how such amounts are usually printed.
 */
export function currencyDecimals(code: string): number {
  return currencyInfo(code)?.minorUnits ?? 2;
}

/**
 * Names and symbols people write instead of codes, all lower case, singular. A name shared by
 * several currencies ("dollar", "franc", "rupee", "dinar", "peso", "shilling", "krona", "kwacha")
 * is listed only with its country adjective, except where one reading dominates in the figures we
 * handle: "$" and "dollar" mean USD, "pound" GBP, "yen" JPY, "manat" AZN (Turkmenistan's is "new
 * manat"), "lira" TRY.
 */
const NAMES: Readonly<Record<string, string>> = lookupTable({
  // symbols
  '$': 'USD', 'us$': 'USD', 'u.s.$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB',
  '₴': 'UAH', '₺': 'TRY', '₦': 'NGN', '₩': 'KRW', '₪': 'ILS', '₫': 'VND', '฿': 'THB', '₱': 'PHP', '৳': 'BDT',
  '₸': 'KZT', '₾': 'GEL', '֏': 'AMD', '₼': 'AZN', '₵': 'GHS', '₡': 'CRC', '₲': 'PYG', '₭': 'LAK',
  '₮': 'MNT', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'nz$': 'NZD', 'hk$': 'HKD',
  's$': 'SGD', 'r$': 'BRL', 'cn¥': 'CNY', 'rmb': 'CNY', 'ksh': 'KES', 'ush': 'UGX', 'tsh': 'TZS',
  // dollars of the Caribbean, the Pacific and Namibia as their papers write them ("TT$15,000", "J$2 billion", "EC$600", "N$")
  // ("NT$14 million": the New Taiwan dollar)
  'nt$': 'TWD', 'tt$': 'TTD', 'j$': 'JMD', 'ec$': 'XCD', 'bds$': 'BBD', 'bd$': 'BBD', 'g$': 'GYD', 'bz$': 'BZD', 'fj$': 'FJD', 'si$': 'SBD', 'ws$': 'WST', 'n$': 'NAD',
  // pesos of Latin America as the English press writes them ("Cl$1.84m", "Mex$500 million", "COL$2 billion", "RD$3 million")
  'cl$': 'CLP', 'ch$': 'CLP', 'clp$': 'CLP', 'mx$': 'MXN', 'mex$': 'MXN', 'col$': 'COP', 'cop$': 'COP', 'ar$': 'ARS', 'rd$': 'DOP', 'uy$': 'UYU', 'u$s': 'USD',
  'sdr': 'XDR',
  // names
  'dollar': 'USD', 'us dollar': 'USD', 'u.s. dollar': 'USD', 'american dollar': 'USD',
  // (Spanish: the US dollar, as Latin American papers and agencies write it; their own pesos are pesos)
  'dólar': 'USD', 'dólares': 'USD', 'dolares': 'USD', 'dólares estadounidenses': 'USD', 'dólares americanos': 'USD',
  'dólares canadienses': 'CAD', 'dólares australianos': 'AUD', 'dólares neozelandeses': 'NZD',
  'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', 'dollars australiens': 'AUD', 'dollar australien': 'AUD', 'dollars néo-zélandais': 'NZD',
  'euro': 'EUR', 'pound': 'GBP', 'pound sterling': 'GBP', 'sterling': 'GBP', 'british pound': 'GBP',
  'yen': 'JPY', 'japanese yen': 'JPY', 'yuan': 'CNY', 'renminbi': 'CNY', 'chinese yuan': 'CNY',
  'swiss franc': 'CHF', 'canadian dollar': 'CAD', 'australian dollar': 'AUD', 'new zealand dollar': 'NZD', 'nz dollar': 'NZD', 'hk dollar': 'HKD',
  'hong kong dollar': 'HKD', 'singapore dollar': 'SGD', 'liberian dollar': 'LRD', 'zimbabwe dollar': 'ZWL',
  'east caribbean dollar': 'XCD', 'jamaican dollar': 'JMD', 'fiji dollar': 'FJD', 'fijian dollar': 'FJD',
  'dram': 'AMD', 'armenian dram': 'AMD', 'manat': 'AZN', 'azerbaijani manat': 'AZN',
  'new manat': 'TMT', 'turkmen manat': 'TMT', 'lari': 'GEL', 'georgian lari': 'GEL',
  'afghani': 'AFN', 'hryvnia': 'UAH', 'hryvnya': 'UAH', 'hryvna': 'UAH', 'hrivna': 'UAH', 'ruble': 'RUB', 'rouble': 'RUB',
  'russian ruble': 'RUB', 'russian rouble': 'RUB', 'belarusian ruble': 'BYN', 'belarusian rouble': 'BYN',
  'lira': 'TRY', 'turkish lira': 'TRY', 'tl': 'TRY', 'vnđ': 'VND', 'lek': 'ALL', 'leu': 'RON', 'romanian leu': 'RON',
  'moldovan leu': 'MDL', 'lev': 'BGN', 'bulgarian lev': 'BGN', 'zloty': 'PLN', 'złoty': 'PLN',
  'forint': 'HUF', 'czech koruna': 'CZK', 'swedish krona': 'SEK', 'icelandic krona': 'ISK',
  'danish krone': 'DKK', 'norwegian krone': 'NOK', 'denar': 'MKD', 'serbian dinar': 'RSD',
  'convertible mark': 'BAM', 'tenge': 'KZT', 'somoni': 'TJS', 'kyrgyz som': 'KGS', 'uzbek sum': 'UZS',
  'tugrik': 'MNT', 'naira': 'NGN', 'birr': 'ETB', 'ethiopian birr': 'ETB', 'rand': 'ZAR',
  'cedi': 'GHS', 'ghana cedi': 'GHS', 'kenyan shilling': 'KES', 'kenya shilling': 'KES', 'tanzania shilling': 'TZS', 'ugandan shilling': 'UGX',
  'uganda shilling': 'UGX', 'tanzanian shilling': 'TZS', 'somali shilling': 'SOS',
  'zambian kwacha': 'ZMW', 'malawian kwacha': 'MWK', 'malawi kwacha': 'MWK', 'kwanza': 'AOA',
  'metical': 'MZN', 'ariary': 'MGA', 'dalasi': 'GMD', 'nakfa': 'ERN', 'ouguiya': 'MRU', 'pula': 'BWP',
  'loti': 'LSL', 'lilangeni': 'SZL', 'leone': 'SLE', 'guinean franc': 'GNF', 'congolese franc': 'CDF',
  'burundi franc': 'BIF', 'burundian franc': 'BIF', 'rwandan franc': 'RWF', 'rwanda franc': 'RWF',
  'djibouti franc': 'DJF', 'djiboutian franc': 'DJF', 'comorian franc': 'KMF',
  'west african cfa franc': 'XOF', 'cfa franc bceao': 'XOF', 'central african cfa franc': 'XAF',
  'cfa franc beac': 'XAF', 'cfp franc': 'XPF', 'egyptian pound': 'EGP', 'sudanese pound': 'SDG',
  'south sudanese pound': 'SSP', 'syrian pound': 'SYP', 'lebanese pound': 'LBP',
  'libyan dinar': 'LYD', 'tunisian dinar': 'TND', 'algerian dinar': 'DZD', 'iraqi dinar': 'IQD',
  'jordanian dinar': 'JOD', 'kuwaiti dinar': 'KWD', 'bahraini dinar': 'BHD', 'moroccan dirham': 'MAD',
  'uae dirham': 'AED', 'emirati dirham': 'AED', 'saudi riyal': 'SAR', 'qatari riyal': 'QAR',
  'omani rial': 'OMR', 'rial omani': 'OMR', 'iranian rial': 'IRR', 'yemeni rial': 'YER',
  'shekel': 'ILS', 'sheqel': 'ILS', 'new shekel': 'ILS', 'new israeli shekel': 'ILS',
  'indian rupee': 'INR', 'pakistani rupee': 'PKR', 'pakistan rupee': 'PKR', 'nepalese rupee': 'NPR',
  'sri lankan rupee': 'LKR', 'sri lanka rupee': 'LKR', 'mauritian rupee': 'MUR', 'taka': 'BDT',
  'kyat': 'MMK', 'riel': 'KHR', 'kip': 'LAK', 'rupiah': 'IDR', 'baht': 'THB', 'dong': 'VND',
  'won': 'KRW', 'south korean won': 'KRW', 'vietnamese dong': 'VND', 'viet nam dong': 'VND', 'north korean won': 'KPW', 'ringgit': 'MYR',
  'philippine peso': 'PHP', 'kina': 'PGK', 'vatu': 'VUV', 'tala': 'WST', 'real': 'BRL', "pa'anga": 'TOP', 'pa’anga': 'TOP', 'paanga': 'TOP',
  'brazilian real': 'BRL', 'mexican peso': 'MXN', 'colombian peso': 'COP', 'argentine peso': 'ARS',
  'chilean peso': 'CLP', 'cuban peso': 'CUP', 'dominican peso': 'DOP', 'gourde': 'HTG',
  'bolivar': 'VES', 'bolívar': 'VES', 'boliviano': 'BOB', 'quetzal': 'GTQ', 'lempira': 'HNL',
  'escudo': 'CVE', 'cape verdean escudo': 'CVE', 'cabo verdean escudo': 'CVE', 'dobra': 'STN', 'rufiyaa': 'MVR', 'ngultrum': 'BTN',
  'cordoba': 'NIO', 'córdoba': 'NIO', 'balboa': 'PAB', 'sol': 'PEN', 'guarani': 'PYG', 'guaraní': 'PYG',
});

/** Plurals that are not the singular plus "s"; each maps to its singular in NAMES. */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = lookupTable({
  reais: 'real', lire: 'lira', leva: 'lev', lei: 'leu', lekë: 'lek', maloti: 'loti',
  emalangeni: 'lilangeni', meticais: 'metical', złote: 'złoty', zlote: 'zloty', zlotys: 'zloty',
  kroner: 'krone', kronor: 'krona', kronur: 'krona', korun: 'koruna', soles: 'sol',
  bolivares: 'bolivar', bolívares: 'bolívar', cordobas: 'cordoba', quetzales: 'quetzal',
  sheqalim: 'sheqel', shekalim: 'shekel',
});

/** Singular forms a plural word may stand for (an irregular one, or the word less its "s"). */
function singularsOf(word: string): string[] {
  const forms: string[] = [];
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) forms.push(irregular);
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * Looks one lower-case phrase up as written, then with one of its words made singular
 * ("swiss francs", "pounds sterling", "swedish kronor").
 */
function lookUpName(phrase: string): string | undefined {
  const direct = NAMES[phrase];
  if (direct) return direct;
  const words = phrase.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    for (const singular of singularsOf(words[i]!)) {
      const code = NAMES[[...words.slice(0, i), singular, ...words.slice(i + 1)].join(' ')];
      if (code) return code;
    }
  }
  return undefined;
}

/**
 * The ISO code a currency name, symbol or code stands for ("swiss francs" -> CHF, "$" -> USD,
 * "usd" -> USD), case-insensitive and singular or plural; undefined when unknown or ambiguous.
 */
export function currencyFromName(text: string): string | undefined {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (phrase === '') return undefined;
  if (/^[a-z]{3}$/.test(phrase) && CURRENCIES.has(phrase.toUpperCase())) return phrase.toUpperCase();
  return lookUpName(phrase);
}

/**
 * The ISO code for a code, name or symbol; a UsageError naming the closest codes otherwise.
 * Used wherever a user types a currency.
 */
export function resolveCurrency(text: string): string {
  const code = currencyFromName(text);
  if (code) return code;
  const guesses = suggest(text.trim(), CURRENCIES.keys());
  const hints = guesses.length > 0 ? [`did you mean ${guesses.join(', ')}?`] : [];
  hints.push('currencies are ISO 4217 codes such as USD, EUR, CHF');
  return usageFail(`unknown currency '${text}'`, hints);
}

/** Throws a UsageError; a function so that expressions can end in it. */
function usageFail(message: string, hints: string[]): never {
  throw new UsageError(message, hints);
}
