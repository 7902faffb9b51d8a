/**
 * Rules that need the whole document: unique ids, references that resolve, bounds around the
 * value, source text paths that stay inside the facts file's folder, and quotes that occur
 * verbatim in the source text and contain the number as written. Pure: texts are passed in.
 */
import { someOf } from '../errors.js';
import type { JsonPath } from './json-scan.js';
import type { FactsFile, Figure } from './schema.js';
import { quoteHasNumber } from './number-forms.js';
import { QuoteTable } from './quote-table.js';
import { QuoteSearch } from './text-search.js';
import { ISO_ALPHA3 } from './rules.js';
import { isCurrencyCode } from '../domain/currency.js';
import { MEASURE_UNIT_CODES, canonicalUnit, isKnownUnit } from '../domain/unit.js';
import { suggest } from '../domain/suggest.js';

export interface PathIssue {
  path: JsonPath;
  message: string;
  /** point at the key rather than the value (unknown fields) */
  atKey?: boolean;
}

/** What a source's local text holds: its content, or why it could not be read. */
export type SourceText = { ok: true; text: string } | { ok: false; reason: string };

/** Whitespace folded, so that a quote may span a wrapped line of the source text. */
export function normaliseForQuote(text: string): string {
  // most quotes have single spaces only: skip the regex replace for them
  if (!/\s\s|[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text)) return text.trim();
  return text.replace(/\s+/g, ' ').trim();
}

/** The local texts of the sources that declare one inside the facts file's folder, by source id (the first of a repeated id). */
export function readSourceTexts(sources: ReadonlyArray<{ id: string; text?: string | undefined }>, readText: (relative: string) => SourceText): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  for (const s of sources) {
    if (s.text !== undefined && isContainedPath(s.text) && !texts.has(s.id)) texts.set(s.id, readText(s.text));
  }
  return texts;
}

/** Whether a `text` path stays inside the facts file's folder (no absolute path, no '..'). */
export function isContainedPath(path: string): boolean {
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path) || path.includes('\0')) return false;
  const parts = path.split(/[\\/]+/);
  return !parts.includes('..') && parts.some((p) => p !== '' && p !== '.');
}


export function duplicates<T extends { id: string }>(items: readonly T[], what: string, prefix: string, issues: PathIssue[]): Map<string, T> {
  const seen = new Map<string, T>();
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      issues.push({ path: [prefix, i, 'id'], message: `duplicate ${what} id '${item.id}' (first used at ${prefix}[${firstIndex.get(item.id)}])` });
    } else {
      seen.set(item.id, item);
      firstIndex.set(item.id, i);
    }
  });
  return seen;
}

function checkUnit(unit: string, path: JsonPath, issues: PathIssue[]): void {
  if (ISO_ALPHA3.test(unit)) {
    if (!isCurrencyCode(unit)) issues.push({ path, message: `'${unit}' is not an ISO 4217 currency code` });
  } else if (!isKnownUnit(unit)) {
    const hint = suggest(unit, MEASURE_UNIT_CODES);
    issues.push({ path, message: `unknown unit '${unit}'${hint.length ? `; did you mean ${hint.join(', ')}?` : ''} (units: ${MEASURE_UNIT_CODES.join(', ')}, or an ISO 4217 code)` });
  } else if (canonicalUnit(unit) !== unit) {
    issues.push({ path, message: `write the unit as '${canonicalUnit(unit)}', its canonical code, not '${unit}'` });
  }
}

/**
 * Places form a tree: a parent exists, lies at a lower level than its child where both levels
 * are given (a country is level 0 and has no parent), and no chain of parents comes back to
 * where it started. Linear: each place is walked once.
 */
function checkPlaceHierarchy(list: FactsFile['places'], places: ReadonlyMap<string, FactsFile['places'][number]>, issues: PathIssue[]): void {
  list.forEach((p, i) => {
    if (p.parent === undefined) return;
    const parent = places.get(p.parent);
    if (parent === undefined) {
      issues.push({ path: ['places', i, 'parent'], message: `unknown parent place '${p.parent}'` });
    } else if (p.level === 0) {
      issues.push({ path: ['places', i, 'parent'], message: `a country (level 0) has no parent, found '${p.parent}'` });
    } else if (p.level !== undefined && parent.level !== undefined && parent.level >= p.level) {
      issues.push({ path: ['places', i, 'level'], message: `level ${p.level} lies under its parent '${parent.id}' of level ${parent.level}; a child's level is higher than its parent's` });
    }
  });
  // 0 unvisited, 1 on the current chain, 2 done
  const state = new Map<string, number>();
  list.forEach((p, i) => {
    const chain: string[] = [];
    let cur: typeof p | undefined = p;
    while (cur !== undefined && (state.get(cur.id) ?? 0) === 0) {
      state.set(cur.id, 1);
      chain.push(cur.id);
      cur = cur.parent === undefined ? undefined : places.get(cur.parent);
    }
    if (cur !== undefined && state.get(cur.id) === 1) {
      issues.push({ path: ['places', i, 'parent'], message: `the parents of '${p.id}' come back to '${cur.id}'; places form a tree` });
    }
    for (const id of chain) state.set(id, 2);
  });
}

/** The document without its figures: what the streamed form's header line holds. */
export type FactsEnvelope = Omit<FactsFile, 'figures'>;

/** Checks of figures and relations against an envelope already checked by checkEnvelope. */
export interface FigureChecker {
  /** the cross-field problems of figure `i` (its references, unit, bounds and quotes) */
  figure(f: Figure, i: number, issues: PathIssue[]): void;
  /** the relations of the envelope, given the set of figure ids */
  relations(hasFigure: (id: string) => boolean, issues: PathIssue[]): void;
}

/**
 * The cross-field problems of everything but the figures (duplicate ids of sources and places,
 * source texts, rates, factors), and a checker for the figures, one at a time, so that a large
 * file can be checked as it is read. `texts` maps a source id to its local text, for the
 * sources that declare one.
 */
export function checkEnvelope(facts: FactsEnvelope, texts: ReadonlyMap<string, SourceText>, issues: PathIssue[]): FigureChecker {
  const sources = duplicates(facts.sources, 'source', 'sources', issues);
  const places = duplicates(facts.places, 'place', 'places', issues);
  checkPlaceHierarchy(facts.places, places, issues);
  const normalised = new Map<string, QuoteSearch>();

  facts.sources.forEach((s, i) => {
    if (s.text === undefined) return;
    if (!isContainedPath(s.text)) {
      issues.push({ path: ['sources', i, 'text'], message: `'${s.text}' leaves the facts file's folder; give a path relative to it, without '..'` });
      return;
    }
    const t = texts.get(s.id);
    if (t && !t.ok) issues.push({ path: ['sources', i, 'text'], message: `cannot read the source text '${s.text}': ${t.reason}` });
    else if (t && t.ok) normalised.set(s.id, new QuoteSearch(normaliseForQuote(t.text)));
  });

  // large files repeat quotes (one sentence, several figures): each check is done once
  const quotes = new QuoteTable();
  const sourceNumbers = new Map<string, number>();
  for (const id of sources.keys()) sourceNumbers.set(id, sourceNumbers.size);
  // where a figure's quote is (`stated` < 0) or a stated equivalent's: made only for an issue
  const quotePath = (i: number, stated: number): JsonPath => (stated < 0 ? ['figures', i, 'quote'] : ['figures', i, 'stated', stated, 'quote']);
  // `high`: a range's upper end, which may be the number written in full ("between one and two thousand")
  const checkQuote = (quote: string, value: number, sourceId: string, source: number, i: number, stated: number, issues: PathIssue[], high?: number) => {
    const known = quotes.find(source, quote);
    let inText: boolean | undefined;
    let written: boolean | undefined;
    if (known < 0) {
      const body = normalised.get(sourceId);
      inText = body === undefined ? undefined : body.includes(normaliseForQuote(quote));
      written = quoteHasNumber(quote, value);
      quotes.add(source, quote, { inText, value, written });
    } else {
      inText = quotes.inText(known);
      written = quotes.writes(known, value);
      if (written === undefined) quotes.noteWrites(known, value, (written = quoteHasNumber(quote, value)));
    }
    if (inText === false) issues.push({ path: quotePath(i, stated), message: `the quote does not occur verbatim in the text of source '${sourceId}'` });
    if (!written && high !== undefined) written = quoteHasNumber(quote, high);
    if (!written) {
      issues.push({ path: quotePath(i, stated), message: `the quote does not contain the value ${value} as written (such as "120,000", "2.8 million" or "three")` });
    }
  };
  // the valid units of a large file are few: each is checked once
  const goodUnits = new Set<string>();
  const checkNewUnit = (unit: string, path: JsonPath, issues: PathIssue[]) => {
    const before = issues.length;
    checkUnit(unit, path, issues);
    if (issues.length === before) goodUnits.add(unit);
  };

  facts.rates?.forEach((r, i) => {
    for (const side of ['base', 'quote'] as const) {
      if (!isCurrencyCode(r[side])) issues.push({ path: ['rates', i, side], message: `'${r[side]}' is not an ISO 4217 currency code` });
    }
    if (r.base === r.quote) issues.push({ path: ['rates', i], message: `a rate needs two different currencies (both are ${r.base})` });
    if (!sources.has(r.source)) issues.push({ path: ['rates', i, 'source'], message: `unknown source '${r.source}'` });
    const body = normalised.get(r.source);
    if (r.quote_text !== undefined && body !== undefined && !body.includes(normaliseForQuote(r.quote_text))) {
      issues.push({ path: ['rates', i, 'quote_text'], message: `the quote does not occur verbatim in the text of source '${r.source}'` });
    }
  });

  facts.factors?.forEach((f, i) => {
    checkUnit(f.from, ['factors', i, 'from'], issues);
    checkUnit(f.to, ['factors', i, 'to'], issues);
    if (!sources.has(f.source)) issues.push({ path: ['factors', i, 'source'], message: `unknown source '${f.source}'` });
    if (f.place !== undefined && !places.has(f.place)) issues.push({ path: ['factors', i, 'place'], message: `unknown place '${f.place}'` });
  });

  return {
    // called a million times for a large file: no path is made unless there is an issue
    figure(f, i, issues) {
      const source = sourceNumbers.get(f.source);
      if (source === undefined) {
        issues.push({ path: ['figures', i, 'source'], message: `unknown source '${f.source}'; sources are: ${someOf(sources.keys())}` });
      }
      if (!places.has(f.place)) {
        const hint = suggest(f.place, places.keys());
        issues.push({ path: ['figures', i, 'place'], message: `unknown place '${f.place}'${hint.length ? `; did you mean ${hint.join(', ')}?` : `; places are: ${someOf(places.keys())}`}` });
      }
      if (!goodUnits.has(f.unit)) checkNewUnit(f.unit, ['figures', i, 'unit'], issues);
      if (f.low !== undefined && f.low > f.value) issues.push({ path: ['figures', i, 'low'], message: `low (${f.low}) is above the value (${f.value})` });
      if (f.high !== undefined && f.high < f.value) issues.push({ path: ['figures', i, 'high'], message: `high (${f.high}) is below the value (${f.value})` });
      if (f.qualifier === 'range' && (f.low === undefined || f.high === undefined)) {
        const missing = f.low === undefined && f.high === undefined ? 'low and high are' : f.low === undefined ? 'low is' : 'high is';
        issues.push({ path: ['figures', i, 'qualifier'], message: `qualifier 'range' needs both low and high, and ${missing} missing ("between 10,000 and 20,000": value 10000, low 10000, high 20000)` });
      }
      if (source !== undefined) checkQuote(f.quote, f.value, f.source, source, i, -1, issues, f.qualifier === 'range' ? f.high : undefined);
      const stated = f.stated;
      if (stated) {
        for (let j = 0; j < stated.length; j++) {
          const st = stated[j]!;
          if (!goodUnits.has(st.unit)) checkNewUnit(st.unit, ['figures', i, 'stated', j, 'unit'], issues);
          if (source !== undefined) checkQuote(st.quote, st.value, f.source, source, i, j, issues);
        }
      }
    },
    relations(hasFigure, issues) {
      facts.relations?.forEach((r, i) => {
        for (const side of ['part', 'whole'] as const) {
          if (!hasFigure(r[side])) issues.push({ path: ['relations', i, side], message: `unknown figure '${r[side]}'` });
        }
        if (r.part === r.whole) issues.push({ path: ['relations', i], message: `a figure cannot be a part of itself ('${r.part}')` });
      });
    },
  };
}

/**
 * Every cross-field problem of a structurally valid facts file. `texts` maps a source id to
 * its local text, for the sources that declare one.
 */
export function checkFacts(facts: FactsFile, texts: ReadonlyMap<string, SourceText>): PathIssue[] {
  const issues: PathIssue[] = [];
  const checker = checkEnvelope(facts, texts, issues);
  const figures = duplicates(facts.figures, 'figure', 'figures', issues);
  facts.figures.forEach((f, i) => checker.figure(f, i, issues));
  checker.relations((id) => figures.has(id), issues);
  return issues;
}
