/**
 * Reading the cells of an imported spreadsheet: numbers as people write them ("~120,000",
 * "2.8 million", ">35,000"), dates in the usual shapes, and identifiers made kebab-case. Pure
 * and locale-free; nothing here throws on odd text, every function says what it found.
 */
import { lookupTable } from '../domain/lookup.js';
import { isPartialDate, lastDayOf } from '../domain/dates.js';
import { hash52 } from './seen-ids.js';
import type { Qualifier } from '../domain/qualifier.js';

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/** Latin letters that have no decomposition to strip accents from (ı is the dotless i of Şırnak). */
const FOLD: Readonly<Record<string, string>> = lookupTable({ ı: 'i', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' });

/** "Syunik Marz (Goris)" -> "syunik-marz-goris": ASCII letters and digits, single hyphens, at most `max` characters. */
export function kebab(text: string, max = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // (modifier letters that write an apostrophe or a glottal stop, Tongan's and Hawaiian's ʻokina in "ʻEua", "Haʻapai":
    // Latin spelling, the same name as "'Eua", not letters of another script)
    .replace(/[\u02b9-\u02bf\u02c8]/g, '')
    .replace(/[ıøđłßæœþðħ]/g, (c) => FOLD[c]!)
    // Cyrillic in Latin letters ("Черкаська" -> "cherkaska"), as Ukraine's and Russia's place names are written in English
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  let ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // letters of another script (Arabic "عدن", "أبين") would leave nothing, or one id for two names: a short hash of
  // them keeps each name its own id, the same each time
  // (letters only: a soft hyphen or another invisible mark, a copy's leftovers, is no name)
  const other = folded.match(/(?:(?![a-z])\p{L})+/gu);
  if (other !== null) ascii = `${ascii}${ascii === '' ? '' : '-'}${hash52(other.join(' ')).toString(36)}`;
  return ascii.length <= max ? ascii : ascii.slice(0, max).replace(/-+$/, '');
}

/** Cyrillic letters (Ukrainian, Russian, Belarusian) in Latin, as the national transliterations write them. */
const CYRILLIC: Readonly<Record<string, string>> = lookupTable({
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
  ю: 'iu', я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: '', ў: 'u',
});

/** `base`, or `base-2`, `base-3`, ... : the first not in `used` (which it joins), at most `max` characters. */
export function uniqueId(base: string, used: Set<string>, max = 80): string {
  let id = base.slice(0, max).replace(/-+$/, '');
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  used.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

export type ParsedValue =
  /** (sign: the currency a sign before the number names, "€12,000" EUR, or '$' for a bare dollar sign, any dollar or peso; for the caller to check against its column) */
  | { kind: 'value'; value: number; qualifier: Qualifier; percent: boolean; sign?: string }
  /** an empty cell or a "no data" mark: no figure, and no error */
  | { kind: 'skip' }
  | { kind: 'error'; reason: string };

/**
 * Cells that say "no data": n/a, -, ..., and their spellings, with the placeholders that data
 * tools write for a missing value (pandas' `nan`, ArcGIS's `<Null>`).
 */
const NO_DATA = /^(?:n\/?a|n\.a\.|na|nan|nd|n\/d|no data|none|null|<null>|nil|-|_|–|—|\.\.\.?|…|\?)$/i;

/** Whether a cell says "no value" (empty, n/a, -, nan, <Null> ...): no figure, no place, no error. */
export function isNoData(cell: string): boolean {
  const text = cell.trim();
  return text === '' || NO_DATA.test(text);
}

/**
 * A place cell that names no place: the placeholders providers write for a missing area (HAPI's
 * "Administrative unit not available", "Not specified", "Unknown").
 */
// (no two runs of spaces side by side: "admin 1 not available" matches in one pass, a cell of spaces does not backtrack)
const NO_PLACE = /^(?:(?:administrative\s+(?:unit|area|division)|admin(?:istrative)?(?:\s*\d)?|area|location|district|region|province)\s+)?(?:not\s+(?:available|known|specified|applicable|reported|provided)|unknown|unspecified|no\s+information|no\s+info)$/i;
/** A provider's code for a missing area under a known one: HAPI's `AB01-XXX` (an admin 2 not given in AB01), `XXX`. */
const NO_PLACE_CODE = /^(?:[A-Z]{2,3}\d*[-_]?)?X{3,}$/i;
/** The longest placeholder a place cell holds ("Administrative unit not available" is 34 characters). */
const NO_PLACE_MAX = 60;

/** A sub-national column's name for the whole country: "National", WFP's market "National Average". */
// (and a 3W's national coverage: "Cobertura Nacional", "Nationwide", "National coverage", "Countrywide")
const NATIONAL = /^(?:national(?:\s+(?:average|level|total|coverage))?|cobertura\s+nacional|nivel\s+nacional|nationwide|countrywide|couverture\s+nationale)$/i;

/** Whether a sub-national place's name is the whole country's (its row is the country's, whatever its code). */
export function isNationalPlace(cell: string): boolean {
  return NATIONAL.test(cell.trim());
}

/**
 * A sum row's name in a place column: "Total", "Grand total", "Sub-total", "Overall", "All
 * districts", "Total général". Its row is the whole of the place named above it on the row (its
 * country, for an admin 1 column), never a place called "Total".
 */
const WHOLE = /^(?:(?:grand|sub|overall|country|national)[\s-]*total|totals?|total\s+(?:g[ée]n[ée]ral|geral|country|national)|overall|sum|all(?:\s+(?:areas|regions|provinces|districts|states|governorates|locations|counties|departments|municipalities|lgas|sites|camps))?)$/i;

/** Whether a place cell is a sum row's name (see WHOLE). */
export function isWholePlace(cell: string): boolean {
  const text = cell.trim();
  return text.length <= 40 && WHOLE.test(text);
}

/**
 * The place a spreadsheet's subtotal row names ("Marib Total", "Taiz - Total", "Total Marib", an Excel pivot
 * table's rows): "Marib"; undefined for any other cell, and for a whole, "Grand Total" (isWholePlace).
 */
export function subtotalOf(cell: string): string | undefined {
  const text = cell.trim();
  if (text.length > 80 || isWholePlace(text)) return undefined;
  const m = /^(\p{L}[\p{L}\p{M}'’.\s-]{0,60}?)\s*[-–:]?\s+(?:sub-?)?total$/iu.exec(text) ?? /^(?:sub-?)?total\s*[-–:]?\s+(\p{L}[\p{L}\p{M}'’.\s-]{0,60})$/iu.exec(text);
  const name = m?.[1]?.trim();
  return name === undefined || name === '' || isWholePlace(name) || /^(?:grand|overall|country|national|the)$/i.test(name) ? undefined : name;
}

/** Whether a place cell names no place: empty or a provider's placeholder (the "no data" marks are PlaceBook's to read: `NA` is Namibia). */
export function isNoPlace(cell: string): boolean {
  const text = cell.trim();
  return text === '' || (text.length <= NO_PLACE_MAX && (NO_PLACE.test(text) || NO_PLACE_CODE.test(text) || NO_PLACE_PHRASE.test(text)));
}

/** A caption row's words for an area not known: "Residence location unknown (in Ukraine)**", "Location not specified". */
const NO_PLACE_PHRASE = /^(?:[\p{L}]+\s+){0,2}(?:location|residence|area|place|district|oblast|province|region|governorate|state)\s+(?:is\s+)?(?:unknown|not\s+known|unspecified|not\s+specified|undetermined)(?:\s*\([^()]{0,40}\))?\s*[*†‡]*$/iu;

/** A place name with a footnote's marks after it ("Donetska*", "Luhanska**"): the name without them. */
export function withoutFootnoteMarks(name: string): string {
  // (trimmed by hand: a replace of /\s*[*]+$/ backtracks over every run of spaces in a long cell)
  let end = name.length;
  while (end > 0 && '*†‡'.includes(name[end - 1]!)) end--;
  return end === name.length ? name : name.slice(0, end).trimEnd();
}

/** Words and signs before a number, longest first so that '>=' is not read as '>'. */
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = (
  [
    ['approximately', 'approximately'],
    ['approx.', 'approximately'],
    ['approx', 'approximately'],
    ['about', 'approximately'],
    ['around', 'approximately'],
    ['roughly', 'approximately'],
    ['circa', 'approximately'],
    ['ca.', 'approximately'],
    ['c.', 'approximately'],
    ['some', 'approximately'],
    ['an estimated', 'approximately'],
    ['estimated', 'approximately'],
    ['est.', 'approximately'],
    ['~', 'approximately'],
    ['∼', 'approximately'],
    ['≈', 'approximately'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just under', 'nearly'],
    ['≲', 'nearly'],
    ['more than', 'more-than'],
    ['greater than', 'more-than'],
    ['in excess of', 'more-than'],
    ['over', 'more-than'],
    ['above', 'more-than'],
    ['>', 'more-than'],
    ['at least', 'at-least'],
    ['no fewer than', 'at-least'],
    ['no less than', 'at-least'],
    ['minimum', 'at-least'],
    ['min.', 'at-least'],
    ['>=', 'at-least'],
    ['≥', 'at-least'],
    ['fewer than', 'fewer-than'],
    ['less than', 'fewer-than'],
    ['under', 'fewer-than'],
    ['below', 'fewer-than'],
    ['<', 'fewer-than'],
    ['up to', 'up-to'],
    ['at most', 'up-to'],
    ['no more than', 'up-to'],
    ['maximum', 'up-to'],
    ['max.', 'up-to'],
    ['<=', 'up-to'],
    ['≤', 'up-to'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Scale words and suffixes (short scale, as in number-forms.ts): "2.8 million", "20m", "35k". */
const SCALES: Readonly<Record<string, number>> = lookupTable({
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
});

// 120000 | 120,000 | 120 000 (space, no-break space, narrow no-break space); then decimals
const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?$/;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const SCALED = /^(\d+(?:\.\d+)?)[ \u00a0\u202f]?(thousand|million|billion|trillion|mn|bn|tn|k|m|b)$/i;
// "120.000": European grouping or three decimals; "1,5": a decimal comma
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$|^\d+,\d{4,}$/;

/**
 * Whether a cell's point can only be a decimal point ("3205.7378", "0.5", "12.25"): a column with
 * one such cell writes "1.004" as one and four thousandths, not 1004.
 */
export function hasDecimalPoint(cell: string): boolean {
  return /^\d+\.(?:\d{1,2}|\d{4,})$/.test(cell.trim()) || /^0\.\d+$/.test(cell.trim());
}

/** How a column reads a dot followed by exactly three digits ("68.957"): a decimal point, or thousands. */
export type DotReading = 'decimal' | 'thousands';

/**
 * What a cell says of its column's dots: `decimal` where a dot can only be a decimal point
 * ("5.6", "62.51", "0.125", "3205.7378") or commas group thousands ("1,234", "12,500.5");
 * `thousands` where dots plainly group thousands ("1.234.567", "1.234,5"); `ambiguous` for a
 * dot and three digits ("68.957"), which the others decide; undefined where it says nothing.
 * A qualifier or sign around the number ("~5.6", "62.5%") does not hide it.
 */
export function dotEvidence(cell: string): DotReading | 'ambiguous' | undefined {
  if (!cell.includes('.') && !cell.includes(',')) return undefined;
  const text = cell.trim().replace(/^[~≈<>≤≥]+\s*/, '').replace(/\s*[%+]$/, '');
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(text)) return 'ambiguous';
  if (hasDecimalPoint(text) || /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return 'decimal';
  if (/^[1-9]\d{0,2}(?:\.\d{3}){2,}$/.test(text) || /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/.test(text)) return 'thousands';
  return undefined;
}

/** A currency sign or code right before an amount, and the currency each names. */
const CURRENCY_SIGN = /^(US\$|USD|\$|€|EUR|£|GBP|CHF)\s?(?=\d)/i;
// (a bare '$' is '$': a dollar or a peso, which the caller matches against the column's or row's currency)
const SIGN_CODES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { US$: 'USD', USD: 'USD', $: '$', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', CHF: 'CHF' });

/**
 * A figure's value as a cell writes it, with the qualifier its words give: "~120,000" is
 * approximately 120000; ">35,000" more than 35000; "35,000+" at least 35000; "2.8 million"
 * 2800000. Empty cells and "n/a", "-", "..." are skipped. Anything else, a negative number
 * included, is an error with the reason. "1.004" and "1.004.500" are ambiguous unless `dots` says
 * how the cell's column reads them (see dotEvidence): a decimal, or thousands (1004, 1004500).
 */
export function parseFigureValue(cell: string, options: { dots?: DotReading } = {}): ParsedValue {
  // most cells of a large file are a plain count ("120000"): read at once, as the rules below would
  if (isPlainCount(cell)) return { kind: 'value', value: Number(cell), qualifier: 'exact', percent: false };
  let text = cell.trim().replace(/\s+/g, ' ');
  if (text === '' || NO_DATA.test(text)) return { kind: 'skip' };
  let qualifier: Qualifier = 'exact';
  const lower = text.toLowerCase();
  for (const [prefix, q] of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = text.slice(prefix.length);
    // a word prefix needs a space after it ("over 5", not "overall"); a sign does not
    if (/[a-z.]$/i.test(prefix) && !/^ /.test(rest) && !prefix.endsWith('.')) continue;
    qualifier = q;
    text = rest.trim();
    break;
  }
  if (qualifier === 'exact' && /^\d.*\+$/.test(text)) {
    qualifier = 'at-least'; // "35,000+": 35,000 or more
    text = text.slice(0, -1).trim();
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  // "$1,139,900,000", "US$ 60.3 million", "€12,000": a currency sign before an amount (which the caller checks against its column)
  let sign: string | undefined;
  const signed = CURRENCY_SIGN.exec(text);
  if (signed && !percent) {
    sign = SIGN_CODES[signed[1]!.toUpperCase().replace(/\s/g, '')];
    text = text.slice(signed[0].length);
  }
  if (/^[-−‒–—]\s*\d/.test(text)) return { kind: 'error', reason: `'${cell.trim()}' is negative; a count or an amount cannot be negative` };
  if (DOT_GROUPED.test(text) && options.dots === 'thousands') text = text.replace(/\./g, '');
  else if (DOT_GROUPED.test(text) && options.dots !== 'decimal') {
    return { kind: 'error', reason: `'${cell.trim()}' is ambiguous: thousands grouped with dots, or three decimals? Write ${text.replace(/\./g, '')} or ${text.replace(/0+$/, '').replace(/\.$/, '')}` };
  }
  // ("96'557", "1’250’000": thousands grouped with apostrophes, as Swiss-locale spreadsheets write them)
  if (/^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/['’]/g, '');
  if (DECIMAL_COMMA.test(text)) return { kind: 'error', reason: `'${cell.trim()}' has a decimal comma or a misplaced thousands comma; write decimals with a point` };

  let value: number;
  if (PLAIN.test(text)) value = Number(text.replace(/[, \u00a0\u202f]/g, ''));
  else if (EXPONENT.test(text)) value = Number(text);
  else {
    const m = SCALED.exec(text);
    if (!m) return { kind: 'error', reason: `'${truncate(cell.trim(), 60)}' is not a number (such as 120,000, ~120,000, >35,000 or 2.8 million)` };
    // "2.8" and 6 -> Number("2.8e6"): the decimal is scaled exactly, with no float multiplication
    value = Number(`${m[1]}e${SCALES[m[2]!.toLowerCase()]}`);
  }
  if (!Number.isFinite(value)) return { kind: 'error', reason: `'${truncate(cell.trim(), 60)}' is too large` };
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return { kind: 'error', reason: `'${truncate(cell.trim(), 60)}' is too large to be held exactly (above 9007199254740991)` };
  }
  return sign === undefined ? { kind: 'value', value, qualifier, percent } : { kind: 'value', value, qualifier, percent, sign };
}

/** Digits only, 1 to 15 of them (a safe integer whatever they are). */
function isPlainCount(cell: string): boolean {
  const n = cell.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** Day-first (31/12/2023) or month-first (12/31/2023) for slashed dates; 'unknown' until a cell decides. */
export type SlashOrder = 'dmy' | 'mdy' | 'unknown' | 'mixed';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * French, Spanish and Portuguese month names and their usual abbreviations, month by month, as
 * written without accents (a cell's accents are stripped before the lookup: "décembre", "março").
 * Only these spellings, not any of their prefixes: "jui" could be juin or juillet. Left out are
 * the abbreviations that are everyday English words, "set" (setembro), "out" (outubro) and "ago"
 * (agosto), so that "Out 2020" stays a non-date; the full names are read.
 */
const OTHER_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['janvier', 'janv', 'enero', 'ene', 'janeiro'],
  ['fevrier', 'fevr', 'fev', 'febrero', 'fevereiro'],
  ['mars', 'marzo', 'marco'],
  ['avril', 'avr', 'abril', 'abr'],
  ['mai', 'mayo', 'maio'],
  ['juin', 'junio', 'junho'],
  ['juillet', 'juil', 'julio', 'julho'],
  ['aout', 'agosto'],
  ['septembre', 'septiembre', 'setiembre', 'setembro'],
  ['octobre', 'octubre', 'outubro'],
  ['novembre', 'noviembre', 'novembro'],
  ['decembre', 'diciembre', 'dic', 'dezembro', 'dez'],
];

/**
 * Month names by their lower-cased, accent-stripped spelling: English names and any prefix of
 * three letters or more ("sep", "septem"), "sept", and the names above.
 */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const months = new Map<string, number>();
  MONTH_NAMES.forEach((name, i) => {
    for (let n = 3; n <= name.length; n++) months.set(name.slice(0, n), i + 1);
  });
  months.set('sept', 9);
  OTHER_MONTH_NAMES.forEach((names, i) => {
    for (const name of names) months.set(name, i + 1);
  });
  return months;
})();
// ("1/31/15": a spreadsheet's short year, read as spreadsheets read it, 00 to 29 as 2000 to 2029, 30 to 99 as 1930 to 1999)
// (and with hyphens and a year of four digits, as Haiti's MSPP and many French-speaking offices write them: "13-05-2020")
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$|^(\d{1,2})-(\d{1,2})-(\d{4})$/;
/** A slashed, dotted or year-first date, then a time of day ("28/07/2014 00:00", "7/28/2014 12:00:00 AM"). */
const TIMED_DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}\/\d{1,2}\/\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$/;
/** The full year of a slashed date's year as written: "15" -> 2015, "98" -> 1998. */
const fullYear = (written: string): number => (written.length === 4 ? Number(written) : Number(written) < 30 ? 2000 + Number(written) : 1900 + Number(written));

/** The order a column's slashed dates follow: a day above 12 in either place decides it. */
export function slashOrderOf(cells: Iterable<string>): SlashOrder {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const trimmed = cell.trim();
    const m = SLASHED.exec(TIMED_DATE.exec(trimmed)?.[1] ?? trimmed);
    if (!m) continue;
    const a = Number(m[1] ?? m[4]);
    const b = Number(m[2] ?? m[5]);
    if (a > 12 && b <= 12) dmy = true;
    if (b > 12 && a <= 12) mdy = true;
  }
  if (dmy && mdy) return 'mixed';
  return dmy ? 'dmy' : mdy ? 'mdy' : 'unknown';
}

const pad = (n: number) => String(n).padStart(2, '0');

export type ParsedDate = { ok: true; date: string; shortYear?: true; period?: { start: string; end: string } } | { ok: false; reason: string };

/**
 * A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, from YYYY-MM-DD, YYYY-MM, YYYY, a quarter (its last day, the quarter
 * its period), an ISO date-time
 * (its date part, as written), YYYY/MM/DD, DD.MM.YYYY, "28 September 2023", "Sep 2023",
 * "September 28, 2023", the same in French, Spanish and Portuguese ("Septembre 2012",
 * "3 de marzo de 2021", "março 2020"), "25-Mar-2020", and DD/MM/YYYY or MM/DD/YYYY (DD-MM-YYYY too) when
 * the day, or the column's order, tells which.
 */
export function parseDate(cell: string, order: SlashOrder = 'unknown'): ParsedDate {
  const text = cell.trim();
  const bad = (why: string): ParsedDate => ({ ok: false, reason: `date '${truncate(text, 40)}' ${why}` });
  const full = (y: number, m: number, d: number): ParsedDate => {
    const date = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
    return isPartialDate(date) ? { ok: true, date } : bad('is not a real calendar date');
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text))) {
    return isPartialDate(text) ? { ok: true, date: text } : bad('is not a real calendar date');
  }
  // ISO 8601's basic form, "20220430": a real day of 1900 to 2099 only
  if ((m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(text)) && isPartialDate(`${m[1]}-${m[2]}-${m[3]}`)) return { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` };
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text))) return parseDate(m[1]!);
  // a slashed or dotted date with its time of day, as spreadsheets export a date cell ("28/07/2014 00:00", "7/28/2014 12:00:00 AM"): its date
  if ((m = TIMED_DATE.exec(text))) return parseDate(m[1]!, order);
  // an ISO 8601 week, "2022-W21" (WHO's and ECDC's epidemiological weeks): its days, Monday to Sunday, held on the Sunday
  if ((m = /^(\d{4})-?W(\d{1,2})$/i.exec(text))) {
    const days = isoWeekDays(Number(m[1]), Number(m[2]));
    return days ? { ok: true, date: days.end, period: days } : bad(`is not a week of ${m[1]} (ISO 8601 weeks 1 to 52, or 53 in a year that has one)`);
  }
  // a quarter, "2020-Q2", "2020Q2", "Q2 2020" (WHO's immunization campaigns, planned by quarter): its days, held on the last
  if ((m = /^(?:(\d{4})\s*-?\s*Q([1-4])|Q([1-4])[\s-]*(\d{4}))$/i.exec(text))) {
    const year = m[1] ?? m[4]!;
    const q = Number(m[2] ?? m[3]);
    const start = `${year}-${pad(3 * q - 2)}-01`;
    const end = lastDayOf(`${year}-${pad(3 * q)}`);
    return { ok: true, date: end, period: { start, end } };
  }
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text))) return full(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) return full(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = SLASHED.exec(text))) {
    const year = m[3] ?? m[6]!;
    const d = slashedDate(Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), fullYear(year), order, bad, full);
    return d.ok && year.length === 2 ? { ...d, shortYear: true } : d;
  }
  // "25-Mar-2020" (a spreadsheet's d-mmm-yyyy), "25-mars-2020", "25-Mar-20": a day, a month's name and a year
  if ((m = /^(\d{1,2})-(\p{L}+)\.?-(\d{4}|\d{2})$/u.exec(text)) && monthOf(m[2]!) !== undefined) {
    const d = full(fullYear(m[3]!), monthOf(m[2]!)!, Number(m[1]));
    return d.ok && m[3]!.length === 2 ? { ...d, shortYear: true } : d;
  }
  // 28 September 2023, 28 Sep 2023, September 28, 2023, Sep 2023, September 2023; in French,
  // Spanish and Portuguese 1er janvier 2020, 3 de marzo de 2021, março de 2020 (spaces collapsed)
  const words = text.replace(/\s+/g, ' ');
  if ((m = /^(\d{1,2})(?:er|º|°)? (?:de )?(\p{L}+)\.? (?:de |del )?(\d{4})$/iu.exec(words))) {
    const month = monthOf(m[2]!);
    return month ? full(Number(m[3]), month, Number(m[1])) : bad('is not a date');
  }
  if ((m = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/iu.exec(words))) {
    const month = monthOf(m[1]!);
    return month ? full(Number(m[3]), month, Number(m[2])) : bad('is not a date');
  }
  if ((m = /^(\p{L}+)\.?,? (?:de |del )?(\d{4})$/iu.exec(words))) {
    const month = monthOf(m[1]!);
    return month ? { ok: true, date: `${m[2]}-${pad(month)}` } : bad('is not a date');
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return bad('is a number, not a date (a spreadsheet serial date?); write YYYY-MM-DD');
  // "04-Aug", "4 August": a day and a month, and no year to place them in; "Mar-24" (a spreadsheet's mmm-yy) is a
  // month and a day, or a month and a year: said so, never guessed
  if ((m = /^(?:(\d{1,2})[-/ .](\p{L}+)|(\p{L}+)[-/ .](\d{1,2}))$/u.exec(words)) && monthOf(m[2] ?? m[3]!) !== undefined) {
    return m[3] !== undefined ? bad(`is a month and a day, or a month and a two-digit year (a spreadsheet's 'mmm-yy'): write YYYY-MM or YYYY-MM-DD`) : bad('has a day and a month but no year: write YYYY-MM-DD');
  }
  return bad('is not a date; write YYYY-MM-DD, YYYY-MM or YYYY');
}

/** A slashed date's two numbers read in the order the day, or the column's order, tells. */
function slashedDate(a: number, b: number, y: number, order: SlashOrder, bad: (why: string) => ParsedDate, full: (y: number, m: number, d: number) => ParsedDate): ParsedDate {
  if (a > 12 || (a === b && a <= 12)) return a > 12 && b > 12 ? bad('is not a real calendar date') : full(y, b, a);
  if (b > 12) return full(y, a, b);
  if (order === 'dmy') return full(y, b, a);
  if (order === 'mdy') return full(y, a, b);
  return bad(`is ambiguous: day/month or month/day? Write it as ${y}-${pad(b)}-${pad(a)} or ${y}-${pad(a)}-${pad(b)}`);
}

/**
 * The days of ISO 8601 week `week` of `year` (weeks begin on Monday; week 1 holds the year's first
 * Thursday), or undefined where the year has no such week.
 */
export function isoWeekDays(year: number, week: number): { start: string; end: string } | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53 || year < 1 || year > 9999) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  // (a year has 53 weeks where its 28 December, always in its last week, falls in week 53)
  const dec28 = Date.UTC(year, 11, 28);
  if (week === 53 && Math.floor((dec28 - monday1) / (7 * DAY_MS)) + 1 !== 53) return undefined;
  const start = monday1 + (week - 1) * 7 * DAY_MS;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(start), end: iso(start + 6 * DAY_MS) };
}

const DAY_MS = 86_400_000;

/**
 * A part of a year as a cell of its own gives it, beside a year column: a month (`3`, `03`, `Mar`,
 * `March`, `mars`) or an ISO 8601 week (`21`, `W21`, `Week 21`, `wk 21`), for `within`'s kind; or
 * undefined where the cell is neither.
 */
export function partOfYear(cell: string, within: 'month' | 'week'): number | undefined {
  const text = cell.trim();
  if (within === 'month') {
    if (/^\d{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : undefined;
    return /^\p{L}+\.?$/u.test(text) ? monthOf(text.replace(/\.$/, '')) : undefined;
  }
  const m = /^(?:(?:w|wk|week|epi\s*week|semaine|semana|s)\.?\s*)?(\d{1,2})$/i.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= 53 ? Number(m[1]) : undefined;
}

/** The month a name gives (1 to 12), in any case and with or without its accents, or undefined. */
function monthOf(word: string): number | undefined {
  return MONTHS.get(word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
}

const QUALIFIER_WORDS: ReadonlyMap<string, 'exact' | 'approximately' | 'nearly' | 'more-than' | 'at-least' | 'fewer-than' | 'up-to'> = new Map([
  ['total', 'exact'], ['exact', 'exact'], ['exactly', 'exact'],
  ['approximately', 'approximately'], ['approx', 'approximately'], ['about', 'approximately'], ['around', 'approximately'], ['estimated', 'approximately'],
  ['nearly', 'nearly'], ['almost', 'nearly'],
  ['more than', 'more-than'], ['more-than', 'more-than'], ['over', 'more-than'],
  ['at least', 'at-least'], ['at-least', 'at-least'], ['minimum', 'at-least'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['fewer-than', 'fewer-than'], ['under', 'fewer-than'],
  ['up to', 'up-to'], ['up-to', 'up-to'], ['maximum', 'up-to'],
]);

/** A qualifier column's cell (IDMC's "qualifier": total, approximately, more than) as humfig's qualifier, or undefined. */
export function qualifierWord(cell: string): 'exact' | 'approximately' | 'nearly' | 'more-than' | 'at-least' | 'fewer-than' | 'up-to' | undefined {
  return QUALIFIER_WORDS.get(cell.trim().toLowerCase().replace(/[\s_]+/g, ' '));
}
