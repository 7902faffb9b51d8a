/**
 * What `humfig convert` is asked, read from words as people type them, the way units(1) and
 * qalc read them: `100 USD EUR`, `100 USD to EUR`, `100 USD in EUR`, a rate date at the end
 * (`100 USD EUR 2023-09-29`, `100 USD to EUR on 2023-09-29`), and an amount glued to an upper-case
 * currency code (`100USD EUR`, `USD100 to EUR`). The same reading serves the arguments and the
 * lines of `--batch`, so that a line says what a command line says.
 */
import { parseQuantity } from '../convert/decimal.js';
import { isCurrencyCode } from '../domain/currency.js';
import { UsageError, clipInput } from '../errors.js';

/** One conversion request, from the arguments or from a batch line. */
export interface ConvertRequest {
  amount: string;
  from: string;
  to: string;
  date?: string | undefined;
  rate?: string | undefined;
}

/** The forms a request may take, for error messages. */
export const CONVERT_FORMS = 'AMOUNT FROM [to|in] TO [[on] YYYY-MM-DD]';
/** A last word that is a date in another form: 29/09/2023, 09-29-2023, 29.09.2023. */
const OTHER_DATE_SHAPE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{4}[/.]\d{1,2}[/.]\d{1,2}$/;

/**
 * Words between the units and before the date. Neither is a unit or a scale word, so they
 * cannot be misread: there is no unit `in` (inch is not in the registry) and no unit `to`.
 */
const CONNECTIVES = new Set(['to', 'in']);
const DATE_WORD = 'on';

/** The words of a request besides amounts, units and dates, for completion. */
export const CONVERT_WORDS: readonly string[] = [...CONNECTIVES, DATE_WORD];

/** Shaped like a date (the digits are checked where the date is used, with a clear message). */
const DATE_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** An amount glued to a currency code after it (`100USD`, `2.8mUSD`, `'2.8 million USD'`) or before it (`USD100`). */
const CODE_AFTER = /^([-+.\d].*[\d.a-z])\s*([A-Z]{3})$/;
const CODE_BEFORE = /^([A-Z]{3})\s*([-+]?[\d.].*)$/;

/**
 * An amount and a currency written as one word, or undefined. Only an upper-case ISO 4217
 * code splits off: scale words are not currency codes ("2.8MIO" stays 2.8 million), and a glued
 * measure would be ambiguous ("20m" is 20 million, not 20 metres).
 */
function splitGlued(word: string): { amount: string; from: string } | undefined {
  const after = CODE_AFTER.exec(word);
  if (after && isCurrencyCode(after[2]!)) return { amount: after[1]!, from: after[2]! };
  const before = CODE_BEFORE.exec(word);
  if (before && isCurrencyCode(before[1]!)) return { amount: before[2]!, from: before[1]! };
  return undefined;
}

const isWord = (word: string | undefined, set: ReadonlySet<string> | string): boolean =>
  word !== undefined && (typeof set === 'string' ? word.toLowerCase() === set : set.has(word.toLowerCase()));

/**
 * Reads a request from its words, read from the end: an optional date (with `on` before it),
 * the target unit, an optional `to` or `in`, the source unit, and the amount (every word left,
 * so that `2.8 million person household` reads 2.8 million). A UsageError names the forms.
 */
export function readConvertWords(input: readonly string[]): ConvertRequest {
  const words = [...input];
  const shown = () => JSON.stringify(input.join(' '));
  let date: string | undefined;
  if (words.length > 0 && DATE_SHAPE.test(words.at(-1)!)) {
    date = words.pop();
    if (isWord(words.at(-1), DATE_WORD)) words.pop();
  } else if (words.length > 3 && OTHER_DATE_SHAPE.test(words.at(-1)!)) {
    // "100 USD EUR 29/09/2023": a date written another way, said as such (not as a bad amount)
    throw new UsageError(`'${words.at(-1)}' is not a date humfig reads; write YYYY-MM-DD, such as 2023-09-29`, [`the forms: ${CONVERT_FORMS}`]);
  }
  const to = words.pop();
  if (words.length >= 2 && isWord(words.at(-1), CONNECTIVES)) words.pop();
  if (to !== undefined && words.length === 1) {
    const glued = splitGlued(words[0]!);
    if (glued) return { ...glued, to, date };
  }
  // '100 USD to' names no target: 'to' is no unit, and saying 'unknown unit to' would mislead
  if (to === undefined || words.length < 2 || isWord(to, CONNECTIVES)) throw new UsageError(`expected ${CONVERT_FORMS}, found ${shown()}`);
  const from = words.pop()!;
  const amount = words.join(' ');
  // more than a number and a scale word ('2.8 million') is a word too many, not a bad amount
  if (words.length > 1 && !isQuantity(amount)) {
    throw new UsageError(`expected ${CONVERT_FORMS}, found ${shown()}`, ["the amount is one number, with an optional scale: 20000000, '2.8 million'"]);
  }
  return { amount, from, to, date };
}

function isQuantity(text: string): boolean {
  try {
    parseQuantity(text);
    return true;
  } catch {
    return false;
  }
}

/** The fields of a JSON request line. */
const REQUEST_FIELDS: readonly string[] = ['amount', 'from', 'to', 'date', 'rate'];

/** A batch line: its words as on a command line, or a JSON object. */
export function parseConvertLine(line: string): ConvertRequest {
  const text = line.trim();
  if (text.startsWith('{')) {
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new UsageError('the line starts with { but is not a JSON object');
    }
    // as strict as a file: every field known, none given twice, each a string or a number
    for (const key of Object.keys(o)) {
      if (!REQUEST_FIELDS.includes(key)) throw new UsageError(`unknown field '${clipInput(key)}' in a JSON request; allowed: ${REQUEST_FIELDS.join(', ')}`);
      if ((text.match(new RegExp(`"${key}"\\s*:`, 'g')) ?? []).length > 1) throw new UsageError(`"${key}" is given twice in the JSON request`);
    }
    const str = (k: string) => {
      const v = Object.hasOwn(o, k) ? o[k] : undefined;
      if (typeof v === 'number' && !Number.isFinite(v)) throw new UsageError(`"${k}" is a number too large for JSON to hold; write it as a string, such as "1e400"`);
      if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') throw new UsageError(`"${k}" must be a string or a number, such as "2023-09-29" or "1.0594"`);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    const amount = str('amount');
    const from = str('from');
    const to = str('to');
    if (!amount || !from || !to) throw new UsageError('a JSON request needs "amount", "from" and "to"');
    return { amount, from, to, date: str('date'), rate: str('rate') };
  }
  return readConvertWords(text.split(/\s+/));
}
