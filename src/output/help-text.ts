/**
 * Help text laid out for a terminal of a given width: prose wrapped at spaces (a word is never
 * cut; one longer than the line stands alone on it), lists of `term  description` that stack
 * the description under its term when the terms leave too little room beside them, and
 * example command lines broken only where a shell reads a space between words, with a ` \`
 * continuation, so that a wrapped example still runs when pasted. Pure: width in, text out.
 */
import { textWidth } from './text-width.js';
import { wrapWords } from './wrap-text.js';

/** Fewer columns than this beside the terms, and each description goes under its term. */
const MIN_DESCRIPTION_COLUMNS = 30;
/** How far a stacked description, or a continued example, is indented under its first line. */
const HANG = 4;

/** `text` wrapped to `width`, every line after `indent` spaces (counted within the width). */
export function indentWrapped(text: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return wrapWords(text, Math.max(1, width - indent)).map((l) => (l === '' ? '' : pad + l));
}

/**
 * One entry of a list (an option, a command, an exit code): the term padded to `termWidth`
 * and the description wrapped beside it; or, when fewer than MIN_DESCRIPTION_COLUMNS columns
 * are left beside the terms, the description wrapped on the lines under the term.
 */
export function formatItem(term: string, termWidth: number, description: string, width: number, indent = 2): string {
  const pad = ' '.repeat(indent);
  if (!description) return indentWrapped(term, width, indent).join('\n');
  const beside = width - indent - termWidth - 2;
  // stacked: a term wider than the line (a command with many arguments) wraps too
  if (beside < MIN_DESCRIPTION_COLUMNS) return [...indentWrapped(term, width, indent), ...indentWrapped(description, width, indent + HANG)].join('\n');
  const lines = wrapWords(description, beside);
  const gap = ' '.repeat(termWidth - textWidth(term) + 2);
  const under = ' '.repeat(indent + termWidth + 2);
  return [pad + term + gap + lines[0]!, ...lines.slice(1).map((l) => under + l)].join('\n');
}

/**
 * The places in a command line where a shell sees a space between words: outside quotes. Inside
 * quotes a line break (and the next line's indent) would become part of the word.
 */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"' && i + 1 < line.length) current += ch + line[++i]!;
      else {
        if (ch === quote) quote = undefined;
        current += ch;
      }
    } else if (ch === ' ') {
      if (current !== '') words.push(current);
      current = '';
    } else if (ch === '\\' && i + 1 < line.length) current += ch + line[++i]!;
    else {
      if (ch === "'" || ch === '"') quote = ch;
      current += ch;
    }
  }
  if (current !== '') words.push(current);
  return words;
}

const OPERATOR = /^(?:\||\|\||&&|;|[0-9]?>>?|<)$/;

/**
 * The shell words of a line in the pieces a line is broken between: a flag kept with its value
 * (`--out my-rates.json`) where it has one, unless the two are too wide for a line together.
 */
function breakableUnits(line: string, room: number): string[] {
  const words = shellWords(line);
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    const pair = next === undefined ? '' : `${words[i]!} ${next}`;
    if (words[i]!.startsWith('-') && next !== undefined && !next.startsWith('-') && !OPERATOR.test(next) && textWidth(pair) <= room) {
      units.push(pair);
      i++;
    } else units.push(words[i]!);
  }
  return units;
}

/**
 * An example command line as `$ humfig ...` lines no wider than `width` where the words allow:
 * broken between shell words, each broken line ending in ` \` and the next indented, so the
 * lines pasted into a shell run the same command.
 */
export function formatCommandLine(line: string, width: number, indent = 2): string[] {
  const first = `${' '.repeat(indent)}$ `;
  if (textWidth(first + line) <= width) return [first + line];
  const next = ' '.repeat(indent + 2 + HANG);
  const out: string[] = [];
  let current = first;
  let used = textWidth(first);
  let empty = true;
  for (const word of breakableUnits(line, width - next.length - 2)) {
    const w = textWidth(word);
    // room for the word, and for the ` \` that ends a line continued after it
    if (!empty && used + 1 + w + 2 > width) {
      out.push(`${current} \\`);
      current = next;
      used = next.length;
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    used += (empty ? 0 : 1) + w;
    empty = false;
  }
  out.push(current);
  return out;
}

/** An `Examples:` section, or '' when there are none. */
export function formatExamples(examples: readonly string[] | undefined, width: number, heading = 'Examples:'): string {
  if (!examples || examples.length === 0) return '';
  return `\n${heading}\n${examples.flatMap((e) => formatCommandLine(e, width)).join('\n')}\n`;
}

/** A paragraph of prose (the notes under a command's help), wrapped; '' when there is none. */
export function formatParagraph(text: string | undefined, width: number): string {
  return text ? `\n${wrapWords(text, width).join('\n')}\n` : '';
}

/** The exit codes as a list: the code right-aligned, its meaning wrapped beside it. */
export function formatExitCodes(table: ReadonlyArray<readonly [number, string]>, width: number): string {
  const termWidth = Math.max(...table.map(([code]) => String(code).length));
  const items = table.map(([code, text]) => formatItem(String(code).padStart(termWidth), termWidth, text, width));
  return `\nExit codes:\n${items.join('\n')}\n`;
}
