/**
 * The ways a source may write a number, so that a figure's quote can be checked to contain
 * its value as written: 120000 appears as "120,000", "120 000" or "120.000"; 2800000 as
 * "2.8 million" or "2.8m"; 3 as "3" or "three"; 12 as "a dozen". Pure and locale-free.
 */
import { roundShare, roundShareOneDecimal } from '../domain/share.js';

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
];
const TENS: Record<number, string> = { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety', 100: 'a hundred' };
const SCALES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1e12, [' trillion', 'tn', ' tn']],
  // ("£2million": the word glued on, as a slip of the keyboard writes it)
  // (and the French milliard, "3,15 milliards de FCFA", as West and Central African texts write it)
  // (and the Spanish and Portuguese thousand million, million and thousand: "2 mil millones de pesos", "189 millones",
  // "3 milhões", "2 mil viviendas")
  [1e9, [' billion', 'bn', ' bn', 'b', ' b', 'bln', ' bln', 'billion', '-billion', ' milliard', ' milliards', ' mil millones', ' mil milhões']],
  [1e6, [' million', 'm', ' m', 'mn', ' mn', '-million', 'mln', ' mln', ' mio', 'million', ' millions', ' millones', ' millón', ' milhões', ' milhão']],
  [1e3, [' thousand', 'k', '-thousand', ' mil']],
  // South Asian scales: "5 crore" is 50 million, "50 lakh" 5 million
  // (and joined by a hyphen before what it counts, "a Rs 11,500-crore aid package", as "a $5-million grant" is)
  [1e7, [' crore', ' crores', ' cr', '-crore']],
  [1e5, [' lakh', ' lakhs', ' lac', '-lakh']],
];

/** Between "a half" or "a quarter" and its scale: "a half-million", "a quarter million". */
const HALF_OR_QUARTER = [' ', '-'];

const GROUP_SEPARATORS = [',', ' ', '\u00a0', '\u202f', '’', "'", ', ']; // ', ': "231, 432", as a broken layout writes it

/** Digits of a non-negative number without exponent notation, e.g. 2800000 -> "2800000". */
function plainDigits(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

/** Groups the integer part in threes with `sep`: ("120000", ",") -> "120,000". */
export function groupThousands(digits: string, sep: string): string {
  const point = digits.indexOf('.');
  const int = point === -1 ? digits : digits.slice(0, point);
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += sep + int.slice(i, i + 3);
  return point === -1 ? grouped : grouped + digits.slice(point);
}

/** Groups the integer part the South Asian way, the last three digits then twos: "400000" -> "4,00,000". */
export function groupIndian(digits: string): string {
  const point = digits.indexOf('.');
  const int = point === -1 ? digits : digits.slice(0, point);
  let head = int.slice(0, -3);
  let grouped = int.slice(-3);
  while (head.length > 0) {
    grouped = `${head.slice(-2)},${grouped}`;
    head = head.slice(0, -2);
  }
  return point === -1 ? grouped : grouped + digits.slice(point);
}

/** The tens of a number from 20 to 99 as a word: 47 -> "forty". */
const tensWord = (n: number): string => (n < 30 ? 'twenty' : TENS[n - (n % 10)]!);

/** The ways words write a whole number from 1 to 999: 25 -> "twenty-five", 250 -> "two hundred and fifty". */
function wordForms(n: number): string[] {
  if (n <= 20) return [SMALL[n]!];
  if (n < 100) return n % 10 === 0 ? [tensWord(n)] : [`${tensWord(n)}-${SMALL[n % 10]}`, `${tensWord(n)} ${SMALL[n % 10]}`];
  const h = Math.floor(n / 100);
  // (and hyphenated, as some texts write them: "One-hundred four", "Seven-hundred")
  const heads = h === 1 ? ['one hundred', 'a hundred', 'one-hundred'] : [`${SMALL[h]} hundred`, `${SMALL[h]}-hundred`];
  if (n % 100 === 0) return heads;
  const out: string[] = [];
  for (const head of heads) for (const rest of wordForms(n % 100)) out.push(`${head} and ${rest}`, `${head} ${rest}`);
  return out;
}

/** Every form in which `value` may be written in prose, lower-case. */
export function numberForms(value: number): string[] {
  const forms = new Set<string>();
  eachForm(value, (form) => {
    forms.add(form);
    return false;
  });
  return [...forms];
}

/**
 * Gives `visit` each form of `value`, the most frequent first (a form may come twice), until it
 * returns true; returns whether it did. Checking a quote stops at the form it finds, without
 * making the others: a large file checks thousands of distinct quotes.
 */
function eachForm(value: number, visit: (form: string) => boolean): boolean {
  const digits = plainDigits(value);
  if (visit(digits)) return true;
  // below 1,000 every grouping is the digits again
  const int = digits.indexOf('.') === -1 ? digits.length : digits.indexOf('.');
  if (int > 3) {
    for (const sep of GROUP_SEPARATORS) if (visit(groupThousands(digits, sep))) return true;
    if (!digits.includes('.') && visit(groupThousands(digits, '.'))) return true; // European grouping
    if (int > 5 && visit(groupIndian(digits))) return true; // "4,00,000": lakhs and crores
  }
  // an amount written with its cents: "165,446.00", "2,500.50"
  const cents = Number.isInteger(value) ? '.00' : /\.\d$/.test(digits) ? '0' : '';
  if (cents !== '') {
    if (visit(`${digits}${cents}`)) return true;
    if (int > 3) for (const sep of [',', ' ', '\u00a0']) if (visit(`${groupThousands(digits, sep)}${cents}`)) return true;
    // "CHF 31.182.840,00": European grouping with a decimal comma before the cents
    if (int > 3 && Number.isInteger(value) && visit(`${groupThousands(digits, '.')},00`)) return true;
  }
  // "a case fatality rate of 10.0%": a whole number written with one decimal zero
  if (Number.isInteger(value)) {
    if (visit(`${digits}.0`)) return true;
    if (int > 3 && visit(`${groupThousands(digits, ',')}.0`)) return true;
  }
  // "3,6 tons", "1.234,5": a European decimal comma, grouped with dots above a thousand (never three
  // decimals: "1,234" is one thousand two hundred and thirty-four, not 1.234)
  if (digits.includes('.') && !/\.\d{3}$/.test(digits)) {
    if (visit(digits.replace('.', ','))) return true;
    if (int > 3) {
      const [whole, frac] = digits.split('.') as [string, string];
      if (visit(`${groupThousands(whole, '.')},${frac}`)) return true;
    }
  }
  if (Number.isInteger(value) && value <= 20 && visit(SMALL[value]!)) return true;
  if (TENS[value] && visit(TENS[value])) return true;
  if (value === 100 && visit('hundred')) return true; // "over hundred deaths": "a" left out after a hedge
  if (value === 1e3 && visit('a thousand')) return true; // "more than a thousand injured"
  if (value === 1e5 && visit('hundred thousand')) return true; // "over hundred thousand people"
  if (value === 12 && (visit('a dozen') || visit('another dozen'))) return true;
  if (value === 6 && (visit('half a dozen') || visit('half-a-dozen'))) return true;
  if ((value === 1e6 || value === 1e9) && visit(value === 1e6 ? 'a million' : 'a billion')) return true;
  if ((value === 5e5 || value === 5e8) && visit(value === 5e5 ? 'half a million' : 'half a billion')) return true;
  if ((value === 2.5e5 || value === 2.5e8) && visit(value === 2.5e5 ? 'quarter of a million' : 'quarter of a billion')) return true;
  // "half-a-million", "a quarter-of-a-million", "three-quarters-of-a-million": the same with hyphens
  if ((value === 5e5 || value === 5e8) && visit(value === 5e5 ? 'half-a-million' : 'half-a-billion')) return true;
  // "nearly half million": the article left out
  if ((value === 5e5 || value === 5e8) && visit(value === 5e5 ? 'half million' : 'half billion')) return true;
  if ((value === 2.5e5 || value === 2.5e8) && visit(value === 2.5e5 ? 'quarter-of-a-million' : 'quarter-of-a-billion')) return true;
  if ((value === 7.5e5 || value === 7.5e8) && visit(value === 7.5e5 ? 'three-quarters-of-a-million' : 'three-quarters-of-a-billion')) return true;
  // "a half-million", "a quarter million"
  if ((value === 5e5 || value === 5e8) && HALF_OR_QUARTER.some((sep) => visit(`a half${sep}${value === 5e5 ? 'million' : 'billion'}`))) return true;
  if ((value === 2.5e5 || value === 2.5e8) && HALF_OR_QUARTER.some((sep) => visit(`a quarter${sep}${value === 2.5e5 ? 'million' : 'billion'}`))) return true;
  if ((value === 7.5e5 || value === 7.5e8) && (visit(value === 7.5e5 ? 'three quarters of a million' : 'three quarters of a billion') || visit(value === 7.5e5 ? 'three-quarters of a million' : 'three-quarters of a billion'))) return true;
  // "three dozen"
  if (value % 12 === 0 && value >= 24 && value <= 120 && visit(`${SMALL[value / 12]} dozen`)) return true;
  // "7½", "2¼": a vulgar fraction after the digits of a whole number
  if (/\.(?:5|25|75)$/.test(digits) && visit(digits.replace(/\.(?:5|25|75)$/, (f) => (f === '.5' ? '½' : f === '.25' ? '¼' : '¾')))) return true;
  // "twenty-five", "two hundred and fifty"
  if (Number.isInteger(value) && value > 20 && value < 1000) for (const w of wordForms(value)) if (visit(w)) return true;
  for (const [scale, suffixes] of SCALES) {
    // down to a thousandth of the scale: "0.6 million"
    if (value >= scale / 1000) {
      // 2800000 / 1e6 = 2.8; scaled decimals come from the digit string, never from float division
      const scaled = scaleDown(digits, Math.log10(scale));
      if (scaled === undefined) continue;
      for (const s of suffixes) if (visit(`${scaled}${s}`)) return true;
      // "1,492 crore", "14,958 million": thousands grouped before a scale word
      const [int0] = scaled.split('.') as [string];
      if (int0.length > 3) for (const s of suffixes) if (visit(`${groupThousands(scaled, ',')}${s}`)) return true;
      // "$ 273.000 millones": thousands grouped with points before a scale word, as European and Latin American texts write them
      if (int0.length > 3 && !scaled.includes('.')) for (const s of suffixes) if (visit(`${groupThousands(scaled, '.')}${s}`)) return true;
      // "23,8 million": a European decimal comma before a scale word
      if (scaled.includes('.')) for (const s of suffixes) if (visit(`${scaled.replace('.', ',')}${s}`)) return true;
      // "11.30 million": a scaled decimal written with trailing zeros
      const [int, frac] = scaled.split('.') as [string, string | undefined];
      for (const places of [1, 2, 3]) {
        if ((frac?.length ?? 0) >= places) continue;
        const padded = `${int}.${(frac ?? '').padEnd(places, '0')}`;
        // ("People in need: 134.0 M": any of the scale's forms)
        for (const s of suffixes) if (visit(`${padded}${s}`)) return true;
        // "5,858.60 crore"
        if (int.length > 3 && visit(`${groupThousands(padded, ',')} ${suffixes[0]!.trim()}`)) return true;
      }
      // "six million", "twenty billion": a number word with a scale word
      const whole = Number(scaled);
      if (Number.isInteger(whole) && whole > 0 && whole < 1000) for (const w of wordForms(whole)) if (visit(`${w}${suffixes[0]}`)) return true;
      // "one and a half million", "two-and-a-half billion", "six and half million", "7½ million"
      if (int !== '0' && (frac === '5' || frac === '25' || frac === '75') && Number(int) <= 1000) {
        if (visit(`${int}${frac === '5' ? '½' : frac === '25' ? '¼' : '¾'}${suffixes[0]}`)) return true;
        const n = Number(int);
        if (frac !== '75' && n <= 20) for (const and of [' and a ', '-and-a-', ' and ']) if (visit(`${SMALL[n]}${and}${frac === '5' ? 'half' : 'quarter'}${suffixes[0]}`)) return true;
      }
    }
  }
  // South Asian style in parts: "8 lakh 87 thousand 629", "3 crore 52 lakh", "20 thousand 150"
  if (Number.isInteger(value) && value >= 1000) {
    const parts = inParts(value);
    if (parts !== undefined && visit(parts)) return true;
    // "16 million and 515 thousand", "one billion and 164 million and 856 thousand", "9 thousand and 548"
    for (const form of westernParts(value)) if (visit(form)) return true;
    // "59 mil 519 familias": the Spanish thousands and the rest, each in digits
    if (value % 1000 > 0 && value < 1e6 && visit(`${Math.floor(value / 1000)} mil ${value % 1000}`)) return true;
    // "3 mil 500 millones de pesos": thousands of millions and the rest of the millions, as Mexico writes amounts
    const millions = value / 1e6;
    if (Number.isInteger(millions) && millions % 1000 > 0 && millions > 1000 && millions < 1e6) {
      for (const word of [' millones', ' milhões']) if (visit(`${Math.floor(millions / 1000)} mil ${millions % 1000}${word}`)) return true;
    }
    // "Six thousand 739 families": the thousands in words, the rest in digits
    const thousands = Math.floor(value / 1000);
    const rest = value % 1000;
    if (rest > 0 && thousands < 1000) {
      for (const w of thousands <= 20 ? [SMALL[thousands]!] : wordForms(thousands)) if (visit(`${w} thousand ${rest}`)) return true;
    }
  }
  // vague amounts, read as the smallest value the words can mean ("tens of thousands" = 10,000)
  const vague = VAGUE.get(value);
  if (vague) for (const form of vague) if (visit(form)) return true;
  // a share written as a fraction ("one in three" = 33.3, "half" = 50), rounded to one decimal
  const fraction = FRACTIONS.get(value);
  if (fraction) for (const form of fraction) if (visit(form)) return true;
  return false;
}

/**
 * A whole number written in crores, lakhs, thousands and the rest, each part in digits: 887629 ->
 * "8 lakh 87 thousand 629". Undefined when it has one part only (its other forms cover it).
 */
function inParts(value: number): string | undefined {
  const parts: string[] = [];
  let rest = value;
  for (const [size, word] of [[1e7, 'crore'], [1e5, 'lakh'], [1e3, 'thousand']] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${word}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(String(rest));
  return parts.length >= 2 ? parts.join(' ') : undefined;
}

/**
 * A whole number written in billions, millions, thousands and the rest, joined by "and" or a
 * space, the first part in digits or in words, the others in digits: 1164856000 -> "1 billion and
 * 164 million and 856 thousand", "one billion and 164 million and 856 thousand" ... Nothing when
 * it has one part only.
 */
function westernParts(value: number): string[] {
  const parts: Array<[number, string]> = [];
  let rest = value;
  for (const [size, word] of [[1e9, ' billion'], [1e6, ' million'], [1e3, ' thousand']] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push([n, word]);
    rest -= n * size;
  }
  if (rest > 0) parts.push([rest, '']);
  if (parts.length < 2 || parts[0]![0] >= 1000) return [];
  const [first, ...others] = parts as [[number, string], ...Array<[number, string]>];
  const heads = [String(first[0]), ...(first[0] <= 20 ? [SMALL[first[0]]!] : wordForms(first[0]))];
  const out: string[] = [];
  for (const join of [' and ', ' ']) {
    const tail = others.map(([n, word]) => `${join}${n}${word}`).join('');
    for (const head of heads) out.push(`${head}${first[1]}${tail}`);
  }
  return out;
}

/** Vague amounts: the value each stands for is the smallest the words can mean. */
const VAGUE: ReadonlyMap<number, readonly string[]> = new Map([
  // (dozens: 12, a dozen, as "hundreds" is 100; 24, two dozen, as drafts before round 25 wrote it, and 10 as drafts before humfig 0.1 wrote it, stay readable)
  [10, ['dozens', 'tens']],
  [12, ['dozens']],
  [24, ['dozens']],
  // (scores: 40, two score, as drafts write it; 20, a score, as some labellers do)
  [20, ['scores']],
  [40, ['scores']],
  [100, ['hundreds', 'scores', 'several hundred', 'a few hundred']],
  [1000, ['thousands', 'several thousand', 'a few thousand']],
  [10000, ['tens of thousands', 'tens-of-thousands', 'tens thousands', 'dozens of thousands']],
  [100000, ['hundreds of thousands', 'hundreds-of-thousands', 'several hundred thousand', 'a few hundred thousand', 'lakhs']],
  [1000000, ['millions']],
  [10000000, ['tens of millions', 'tens-of-millions']],
  [100000000, ['hundreds of millions', 'hundreds-of-millions']],
  [1000000000, ['billions']],
]);

const VAGUE_PLURALS = new Set(['thousands', 'millions', 'billions', 'hundreds']);

const ORDINALS = ['', '', 'half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Shares written as fractions, by the percentage they stand for (roundShare, and for a facts
 * file drafted before small shares had two decimals, one decimal too): "one in three", "a third",
 * "two thirds", "3 out of 4", "9 in 10", "one child in every five", "One in 73" (1.37, or 1.4).
 */
const FRACTIONS: ReadonlyMap<number, readonly string[]> = (() => {
  const table = new Map<number, string[]>();
  const putAt = (key: number, form: string) => {
    const forms = table.get(key);
    if (forms === undefined) table.set(key, [form]);
    else if (!forms.includes(form)) forms.push(form);
  };
  const put = (percent: number, form: string) => {
    putAt(roundShare(percent), form);
    putAt(roundShareOneDecimal(percent), form);
  };
  for (let n = 2; n <= 10; n++) {
    for (let k = 1; k < n; k++) put((100 * k) / n, `${k} out of ${n}`); // "3 out of 4"
    put(100 / n, `one in ${SMALL[n]}`);
    put(100 / n, `one out of ${SMALL[n]}`);
    put(100 / n, `one in every ${SMALL[n]}`); // "one in every three of them"
    put(100 / n, `one out of every ${SMALL[n]}`);
    put(100 / n, `a ${ORDINALS[n]}`);
    put(100 / n, `one ${ORDINALS[n]}`);
    put(100 / n, `one-${ORDINALS[n]}`); // "one-third", as "two-thirds" is written
    for (let k = 2; k < n; k++) {
      put((100 * k) / n, `${SMALL[k]} in ${SMALL[n]}`);
      put((100 * k) / n, `${SMALL[k]} out of ${SMALL[n]}`);
      put((100 * k) / n, `${SMALL[k]}-${n === 2 ? 'halves' : n === 4 ? 'quarters' : `${ORDINALS[n]}s`}`);
      put((100 * k) / n, `${SMALL[k]} ${n === 2 ? 'halves' : n === 4 ? 'quarters' : `${ORDINALS[n]}s`}`);
      // "two-third of the population": the plural's s left off
      if (n > 2) put((100 * k) / n, `${SMALL[k]}-${ORDINALS[n]}`);
      put((100 * k) / n, `${SMALL[k]} in every ${SMALL[n]}`);
      put((100 * k) / n, `${SMALL[k]} out of every ${SMALL[n]}`); // "three out of every five children"
    }
  }
  for (let k = 1; k < 10; k++) put(10 * k, `${k} in 10`); // "9 in 10"
  for (let n = 2; n < 10; n++) for (let k = 1; k < n; k++) put((100 * k) / n, `${k} in ${n}`); // "1 in 5 children"
  for (let n = 2; n < 10; n++) for (let k = 1; k < n; k++) put((100 * k) / n, `${k} in every ${n}`); // "1 in every 4 children"
  // a part in words of a whole in digits, as a sentence opens: "Nine in 10", "Three out of 4"
  for (let k = 1; k < 10; k++) put(10 * k, `${SMALL[k]} in 10`);
  for (let n = 2; n <= 10; n++) for (let k = 1; k < n; k++) put((100 * k) / n, `${SMALL[k]} out of ${n}`);
  // a part of one person, household ... named between the numbers: "one child in every five", "two women in three"
  for (const noun of ['child', 'person', 'woman', 'man', 'girl', 'boy', 'adult', 'household', 'family', 'refugee', 'resident']) {
    for (let n = 2; n <= 10; n++) {
      for (let k = 1; k < n; k++) {
        for (const whole of [SMALL[n], ...(n < 10 ? [] : ['10'])]) {
          for (const link of ['in', 'in every', 'out of', 'out of every']) put((100 * k) / n, `${SMALL[k]} ${noun} ${link} ${whole}`);
        }
      }
    }
  }
  // one of a whole in two or three digits: "One in 73 people", "1 in every 200 children"
  for (let n = 10; n < 1000; n++) for (const form of [`1 in ${n}`, `one in ${n}`, `1 in every ${n}`, `one in every ${n}`]) put(100 / n, form);
  put(50, 'half');
  return table;
})();

/** "2800000" scaled down by 6 places -> "2.8"; undefined when more than 3 decimals would remain. */
function scaleDown(digits: string, places: number): string | undefined {
  if (digits.includes('.')) return undefined;
  const int = digits.slice(0, digits.length - places) || '0';
  const frac = digits.slice(digits.length - places).padStart(places, '0').replace(/0+$/, '');
  if (frac.length > 4) return undefined; // ("1.5402 million": four decimals at most)
  return frac ? `${int}.${frac}` : int;
}

const LETTER = /\p{L}/u;
/** A form that ends in a scale a number written in parts may go on after. */
const PART_SCALE_END = /(?:thousand|lakhs?|lac|crores?|mil)$/;
const DIGIT = /\d/;

/** True when `quote` contains `value` in one of its written forms, not as part of a longer number or word. */
export function quoteHasNumber(quote: string, value: number): boolean {
  const text = quote.toLowerCase();
  if (textHasNumber(text, value)) return true;
  // "2,430, 445 people": a comma group and a spaced one in one number, as a slip of the keyboard
  // writes it ("231, 432" alone is one of the forms already)
  // (and before a lakh's groups: "5, 71,128 houses" is 5,71,128)
  // (and a point before comma groups: "$4.300,000,000" is 4,300,000,000, every mark a group's)
  const closed = text
    .replace(/(\d), (\d{3})(?!\d)/g, '$1,$2')
    .replace(/(\d), (\d{2}(?:,\d{2})*,\d{3})(?!\d)/g, '$1,$2')
    .replace(/(?<![\d.,])(\d{1,3})\.(\d{3}(?:,\d{3})+)(?![\d.,]?\d)/g, '$1,$2');
  return closed !== text && textHasNumber(closed, value);
}

/** quoteHasNumber on a quote already in lower case. */
function textHasNumber(text: string, value: number): boolean {
  const found = (form: string): boolean => {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      if (standsAlone(text, at, form)) return true;
    }
    return false;
  };
  return likelyForms(value, found) || eachForm(value, found);
}

/**
 * The forms reports write most ("12,000", "97 million", "2.5m"), tried before eachForm makes
 * all of them. Each is one that eachForm gives for the same value under the same conditions,
 * so the answer is the same; an amount in millions is then found without making its thirty
 * other forms first.
 */
export function likelyForms(value: number, visit: (form: string) => boolean): boolean {
  const digits = plainDigits(value);
  if (visit(digits) || visit(groupThousands(digits, ','))) return true;
  for (const scale of [6, 9]) {
    // eachForm gives a scale's forms from a thousandth of it up
    if (value < 10 ** (scale - 3)) continue;
    const scaled = scaleDown(digits, scale);
    if (scaled !== undefined && (visit(`${scaled}${scale === 6 ? ' million' : ' billion'}`) || visit(`${scaled}${scale === 6 ? 'm' : 'bn'}`))) return true;
  }
  return false;
}

/** Whether `form` found at `at` is a whole number or word, not part of "1120,000" or "someone". */
function standsAlone(text: string, at: number, form: string): boolean {
  // (the dozen of "half a dozen" is no dozen: that is 6)
  if (form === 'a dozen' && /half[\s-]$/.test(text.slice(Math.max(0, at - 5), at))) return false;
  const before = text[at - 1] ?? ' ';
  const before2 = text[at - 2] ?? ' ';
  const end = at + form.length;
  const after = text[end] ?? ' ';
  const after2 = text[end + 1] ?? ' ';
  const startsWithLetter = LETTER.test(form[0]!);
  const endsWithLetter = LETTER.test(form[form.length - 1]!);
  if (startsWithLetter ? LETTER.test(before) : DIGIT.test(before) || (/[.,]/.test(before) && DIGIT.test(before2))) return false;
  // "thousands" inside "tens of thousands" (or "tens-of-thousands", or "tens thousands" as a hurried text writes it) is not 1,000
  if (VAGUE_PLURALS.has(form) && /(?:(?:tens|hundreds|dozens)[\s-]+of|tens)[\s-]+$/.test(text.slice(Math.max(0, at - 12), at))) return false;
  // "8 lakh 87 thousand" inside "8 lakh 87 thousand 629": a part of a number written in parts
  if (endsWithLetter && PART_SCALE_END.test(form) && after === ' ' && DIGIT.test(after2)) return false;
  // "2 mil" inside "2 mil millones" (two thousand million): a part of a larger scale
  if (form.endsWith(' mil') && /^\s+(?:mill[oó]n|milh)/.test(text.slice(end, end + 12))) return false;
  if (endsWithLetter) return !LETTER.test(after);
  return !DIGIT.test(after) && !(/[.,]/.test(after) && DIGIT.test(after2));
}
