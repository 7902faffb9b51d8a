/**
 * Choosing figures: by filters (list), and the headline figures (summary): the newest total
 * of each indicator, place and unit, in the order of the facts file.
 */
import { NotFoundError, clipInput } from '../errors.js';
import { suggest } from '../domain/suggest.js';
import { isClusterCode, sectorCode } from '../domain/sectors.js';
import { HeadlineTally, type BreakdownOnly } from '../facts/headline-tally.js';
import type { Figure, Place } from '../facts/schema.js';

export type { BreakdownOnly };

export interface FigureFilter {
  indicator?: string | undefined;
  /** a place id, as resolved by resolvePlace */
  place?: string | undefined;
  unit?: string | undefined;
  source?: string | undefined;
  /** breakdown dimension -> value, every one required (values without regard to case) */
  breakdown?: ReadonlyMap<string, string> | undefined;
  /** a place id: figures of this place and of every place under it */
  within?: string | undefined;
}

/**
 * A breakdown value as filters compare it: without regard to case, and a sector by its cluster
 * code, whichever way it is written (`Health`, `HEA`; `WASH`, `WSH`).
 */
function breakdownValueKey(key: string, value: string): string {
  return key === 'sector' ? sectorCode(value) : value.toLowerCase();
}

/**
 * Whether a figure's value of a dimension is the one asked for: as written, without regard to
 * case, where some figure has it so ("NFI" is NFI, not also "Shelter", where a file has both);
 * else a sector by its cluster ("Health" finds HEA rows).
 */
export function breakdownMatcher(key: string, asked: string, values: Iterable<string>): (value: string) => boolean {
  const lower = asked.toLowerCase();
  // (a flow to several clusters, "Child Protection,Protection" from FTS's #sector+list: each of them, by name or cluster)
  const listed = key === 'sector' ? (value: string, one: (part: string) => boolean) => value.includes(',') && value.split(',').some((p) => one(p.trim())) : () => false;
  for (const v of values) if (v.toLowerCase() === lower) return (value) => value.toLowerCase() === lower || listed(value, (p) => p.toLowerCase() === lower);
  const code = breakdownValueKey(key, asked);
  const cluster = key === 'sector' && isClusterCode(code);
  return (value) => breakdownValueKey(key, value) === code || (cluster && listed(value, (p) => sectorCode(p) === code));
}

/**
 * Dimensions that tell one plan from the next rather than a part from its whole: FTS's
 * requirement of each year is of that year's appeal. A named breakdown's series follows them from
 * one to the next, and a figure that has one is still the named breakdown's own figure.
 */
const ALONG_SERIES: ReadonlySet<string> = new Set(['appeal', 'plan']);

/**
 * Dimensions that say how a price was taken (its unit, type and flag), never a part of anything: where
 * every figure a question matches gives one and the same value of such a dimension, it tells none of
 * them apart, and a named item's figures are its own ("Wheat flour" in KG, Retail, aggregate).
 */
const PRICE_CONTEXT: ReadonlySet<string> = new Set(['item-unit', 'price-type', 'price-flag']);

/** The price-context dimensions that every one of these figures gives, each with one and the same value. */
export function constantContext(figures: readonly { breakdown?: Readonly<Record<string, string>> | undefined | null }[]): Set<string> {
  const out = new Set<string>();
  if (figures.length === 0) return out;
  for (const k of PRICE_CONTEXT) {
    const first = figures[0]!.breakdown?.[k];
    if (first !== undefined && figures.every((f) => f.breakdown !== undefined && f.breakdown !== null && Object.hasOwn(f.breakdown, k) && f.breakdown[k] === first)) out.add(k);
  }
  return out;
}

/** Whether a series runs along this dimension (an appeal, a plan) rather than it making a part. */
export function runsAlong(dimension: string): boolean {
  return ALONG_SERIES.has(dimension);
}

/** The dimensions of a breakdown beyond the named ones and those a series runs along: what makes a figure a finer part. */
export function finerDimensions(breakdown: MaybeBreakdown, named: ReadonlyMap<string, string>): string[] {
  if (breakdown === null || breakdown === undefined) return [];
  return Object.keys(breakdown).filter((k) => !named.has(k) && !ALONG_SERIES.has(k));
}

/** The dimensions of a breakdown that a series runs along (appeal, plan), beyond the named ones. */
export function alongDimensions(breakdown: MaybeBreakdown, named: ReadonlyMap<string, string>): string[] {
  if (breakdown === null || breakdown === undefined) return [];
  return Object.keys(breakdown).filter((k) => !named.has(k) && ALONG_SERIES.has(k));
}

type MaybeBreakdown = Readonly<Record<string, string>> | null | undefined;

/** Every value the figures give a dimension. */
function* valuesOf(figures: readonly { breakdown?: MaybeBreakdown }[], key: string): Generator<string> {
  for (const f of figures) if (f.breakdown !== undefined && f.breakdown !== null && Object.hasOwn(f.breakdown, key)) yield f.breakdown[key]!;
}

/**
 * Whether a breakdown has every value of the named one, each matched as breakdownMatcher matches
 * it against the values these figures give (filters, get, history and compare alike).
 */
export function breakdownPredicate(figures: readonly { breakdown?: MaybeBreakdown }[], named: ReadonlyMap<string, string>): (breakdown: MaybeBreakdown) => boolean {
  const wanted = [...named].map(([k, v]) => [k, breakdownMatcher(k, v, valuesOf(figures, k))] as const);
  return (b) => b !== undefined && b !== null && wanted.every(([k, matches]) => Object.hasOwn(b, k) && matches(b[k]!));
}

/**
 * breakdownPredicate for the figures of several sources, each source's figures (each appeal's or
 * plan's, where they name one) matched against their own spellings: "FSC" finds one source's FSC
 * and another's "Food Security", while one source's "NFI" and "Shelter" stay apart (a merged file,
 * or an HNO and HAPI's copy of it).
 */
export function breakdownPredicateBySource<F extends { breakdown?: MaybeBreakdown }>(figures: readonly F[], named: ReadonlyMap<string, string>, sourceOf: (f: F) => string): (f: F) => boolean {
  // (and within a source, each appeal's or plan's own: FTS's global file writes one plan's cluster "WASH" and
  // another's "Water, Sanitation and Hygiene", and --sector WASH is both)
  const scopeOf = (f: F) => `${sourceOf(f)}\u0000${f.breakdown?.appeal ?? f.breakdown?.plan ?? ''}`;
  const byScope = new Map<string, F[]>();
  for (const f of figures) {
    const own = byScope.get(scopeOf(f));
    if (own === undefined) byScope.set(scopeOf(f), [f]);
    else own.push(f);
  }
  const predicates = new Map([...byScope].map(([id, own]) => [id, breakdownPredicate(own, named)] as const));
  return (f) => predicates.get(scopeOf(f))?.(f.breakdown) ?? false;
}

/** A named breakdown as the flags that ask for it: "--where sector=FSC --where sex=f". */
function whereFlags(named: ReadonlyMap<string, string>): string {
  return [...named].map(([k, v]) => whereFlag(k, v)).join(' ');
}

/** One --where flag as a shell takes it: quoted where the value has a space or another special character ("--where 'appeal=Not specified'"). */
export function whereFlag(key: string, value: string): string {
  const pair = `${key}=${clipInput(value)}`;
  return `--where ${/^[\w.,:/@%+=-]+$/.test(pair) ? pair : `'${pair.replace(/'/g, `'\\''`)}'`}`;
}

/**
 * The hint where an indicator has only breakdowns for a place (get, history, compare): the flag
 * that picks one, of the breakdown given as the example, and how to see them all.
 */
export function nameBreakdownHint(example: Readonly<Record<string, string>>, indicator: string, where: string | null | undefined): string {
  const [key, value] = Object.entries(example)[0]!;
  return `name a breakdown, e.g. ${whereFlag(key, value)}; or see them all: humfig list --indicator ${clipInput(indicator)}${where === undefined || where === null ? '' : ` --place ${where}`}`;
}

/** Figures matching every given filter; place and unit match without regard to case. */
export function filterFigures(figures: readonly Figure[], filter: FigureFilter, places: readonly Place[] = []): Figure[] {
  const eq = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
  const under = filter.within === undefined ? undefined : placesWithin(places, filter.within);
  const has = filter.breakdown === undefined ? undefined : breakdownPredicateBySource(figures, filter.breakdown, (f) => f.source);
  return figures.filter(
    (f) =>
      eq(f.indicator, filter.indicator) &&
      eq(f.place, filter.place) &&
      eq(f.unit, filter.unit) &&
      eq(f.source, filter.source) &&
      (under === undefined || under.has(f.place)) &&
      (has === undefined || has(f)),
  );
}

/**
 * The figures `get <indicator>` answers from: those of the indicator that match the filter, and
 * of those only the totals unless the filter names a breakdown, with the places that have only
 * breakdowns (to be said, not shown). A NotFoundError when none match, and one that says so when
 * only breakdowns do: a breakdown row is never the headline.
 */
export function indicatorFigures(figures: readonly Figure[], indicator: string, filter: FigureFilter, places: readonly Place[] = []): { figures: Figure[]; breakdownOnly: BreakdownOnly[] } {
  const matched = filterFigures(
    figures.filter((f) => f.indicator === indicator),
    filter,
    places,
  );
  const where = filter.place ?? filter.within;
  const about = `indicator '${clipInput(indicator)}'${where === undefined ? '' : ` for place '${where}'`}`;
  if (matched.length === 0) throw new NotFoundError(`no figure of ${about} matches the filters`, [placeHint(figures, indicator, filter, places) ?? `humfig list --indicator ${clipInput(indicator)} shows its figures`]);
  if (filter.breakdown !== undefined) return namedBreakdownFigures(matched, filter.breakdown, about, indicator, where);
  const totals = matched.filter((f) => f.breakdown === undefined);
  if (totals.length > 0) return { figures: totals, breakdownOnly: breakdownOnlyGroups(matched) };
  const dims = new Set<string>();
  for (const f of matched) for (const k in f.breakdown) dims.add(k);
  throw new NotFoundError(
    `${about} has only breakdowns (${matched.length} figure${matched.length === 1 ? '' : 's'} by ${[...dims].sort().join(', ')}), no total`,
    [nameBreakdownHint(matched[0]!.breakdown!, indicator, where)],
    'ONLY_BREAKDOWNS',
  );
}

/**
 * Where a place has no figure of the indicator but the places within it do (a file by province,
 * asked for its country): how many, and how to ask for them. A place's figures are never summed
 * into one it does not give.
 */
function placeHint(figures: readonly Figure[], indicator: string, filter: FigureFilter, places: readonly Place[]): string | undefined {
  if (filter.place === undefined || filter.within !== undefined) return undefined;
  const under = placesWithin(places, filter.place);
  under.delete(filter.place);
  if (under.size === 0) return undefined;
  const matched = filterFigures(
    figures.filter((f) => f.indicator === indicator && under.has(f.place)),
    { ...filter, place: undefined },
    places,
  );
  // (what get would answer with: the totals, or the named breakdown's own figures)
  const named = filter.breakdown;
  const inside = matched.filter((f) => (named === undefined ? f.breakdown === undefined : finerDimensions(f.breakdown, named).length === 0));
  if (inside.length === 0) return undefined;
  const areas = new Set(inside.map((f) => f.place)).size;
  const flags = named === undefined ? '' : ` ${whereFlags(named)}`;
  return `${inside.length} figure${inside.length === 1 ? '' : 's'} of ${areas} place${areas === 1 ? '' : 's'} within ${filter.place}, none for ${filter.place} itself: humfig get ${clipInput(indicator)} --within ${filter.place}${flags}`;
}

/**
 * Of the figures that match a named breakdown, those broken down by the named dimensions and no
 * others ("--sector FSC": the sector's figure, not its women's and girls' within it, which would be
 * counted twice if added up), with each place and unit that has only finer ones (to be said, not
 * shown). A NotFoundError, as for totals, when only finer ones match.
 */
function namedBreakdownFigures(matched: readonly Figure[], named: ReadonlyMap<string, string>, about: string, indicator: string, where: string | undefined): { figures: Figure[]; breakdownOnly: BreakdownOnly[] } {
  const asked = [...named].map(([k, v]) => `${k}=${clipInput(v)}`).join(', ');
  // (its own figure: no dimension beyond the named ones but an appeal or a plan, which a series runs along,
  // or a price's unit, type or flag that all of them give alike)
  const fixed = constantContext(matched);
  const exact = (f: Figure) => finerDimensions(f.breakdown, named).every((k) => fixed.has(k));
  const groups = new Map<string, { indicator: string; place: string; unit: string; figures: number; dimensions: Set<string>; exact: boolean }>();
  for (const f of matched) {
    const key = `${f.indicator}\u0000${f.place}\u0000${f.unit}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { indicator: f.indicator, place: f.place, unit: f.unit, figures: 0, dimensions: new Set(), exact: false }));
    g.figures++;
    if (exact(f)) g.exact = true;
    else for (const k of finerDimensions(f.breakdown, named)) g.dimensions.add(k);
  }
  const finerOnly: BreakdownOnly[] = [];
  for (const g of groups.values()) if (!g.exact) finerOnly.push({ indicator: g.indicator, place: g.place, unit: g.unit, figures: g.figures, dimensions: [...g.dimensions].sort(), of: asked });
  const figures = matched.filter(exact);
  if (figures.length > 0) return { figures, breakdownOnly: finerOnly };
  const dims = new Set(finerOnly.flatMap((g) => g.dimensions));
  const first = matched.find((f) => !exact(f))!;
  const key = finerDimensions(first.breakdown, named)[0]!;
  const value = first.breakdown![key]!;
  throw new NotFoundError(
    `${about} with ${asked} has only finer breakdowns (${matched.length} figure${matched.length === 1 ? '' : 's'} by ${[...dims].sort().join(', ')}), no figure for ${asked} alone`,
    [`name one more, e.g. ${whereFlag(key, value)}; or see them all: humfig list --indicator ${clipInput(indicator)}${where === undefined ? '' : ` --place ${where}`} ${whereFlags(named)}`],
    'ONLY_BREAKDOWNS',
  );
}

/** A NotFoundError when a figure named by id does not match the filters given with it. */
export function checkFigureMatches(figure: Figure, filter: FigureFilter, places: readonly Place[] = []): void {
  if (filterFigures([figure], filter, places).length > 0) return;
  const breakdown = figure.breakdown === undefined ? 'a total' : `breakdown ${Object.entries(figure.breakdown).map(([k, v]) => `${k}=${v}`).join(', ')}`;
  throw new NotFoundError(`figure '${figure.id}' does not match the filters`, [`it is ${figure.indicator} for place '${figure.place}', ${breakdown}, in ${figure.unit}, from source '${figure.source}'`]);
}

/**
 * The ids of a place and of every place under it: by the parent chain, and for a country by the
 * iso3 its admin areas carry. Linear: one pass builds the children of each place.
 */
export function placesWithin(places: readonly Place[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const p of places) {
    if (p.parent === undefined) continue;
    const list = children.get(p.parent);
    if (list) list.push(p.id);
    else children.set(p.parent, [p.id]);
  }
  const out = new Set<string>([id]);
  const root = places.find((p) => p.id === id);
  if (root?.level === 0 && root.iso3 !== undefined) for (const p of places) if (p.iso3 === root.iso3) out.add(p.id);
  // a queue, not recursion: the depth of a hand-made file is not ours to trust
  const queue = [...out];
  for (let i = 0; i < queue.length; i++) {
    for (const child of children.get(queue[i]!) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/**
 * The place a user means: an id (any case), an ISO3 code, a p-code, or a name (without regard
 * to case and accents). Undefined when none, or when a name is shared by several places.
 */
export function resolvePlace(places: readonly Place[], text: string): string | undefined {
  const t = text.trim();
  const upper = t.toUpperCase();
  const byId = places.find((p) => p.id === t);
  if (byId) return byId.id;
  const byName = places.filter((p) => foldPlaceName(p.name) === foldPlaceName(t));
  const exact = places.find((p) => p.id.toUpperCase() === upper || p.iso3 === upper && p.level === 0 || p.pcode === upper);
  // (an id made from a name matched whatever its case only where no two places bear that name: "Alkufra" is the
  // mantika `alkufra` and the baladiya of that name, one of them the user's, never the first found)
  if (exact && !(byName.length > 1 && exact.id.toUpperCase() === upper && exact.iso3 !== upper && exact.pcode !== upper)) return exact.id;
  return byName.length === 1 ? byName[0]!.id : undefined;
}

/** A place name without regard to case and accents, as --place matches names. */
function foldPlaceName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * The place a flag names (namedPlace), where a country may also be named as people name it rather
 * than as the file does: `Syria` or `SY` for the file's `Syrian Arab Republic` (SYR), `DR Congo`,
 * `oPt`. The country names (src/domain/countries.ts) are loaded only when the file's own ids, codes
 * and names find nothing, so a command that names its place as the file does never loads them.
 */
export async function namedPlaceOrCountry(places: readonly Place[], text: string, flag: string): Promise<string> {
  // (not where the file's names find several places: "Guatemala" the country, department and city stays ambiguous)
  if (resolvePlace(places, text) === undefined && !places.some((p) => foldPlaceName(p.name) === foldPlaceName(text))) {
    const { findCountry } = await import('../domain/countries.js');
    const country = findCountry(text);
    const place = country === undefined ? undefined : (places.find((p) => p.level === 0 && p.iso3 === country.iso3) ?? places.find((p) => p.id === country.iso3));
    if (place !== undefined) return place.id;
  }
  return namedPlace(places, text, flag);
}

/**
 * The place a flag names (resolvePlace), or a NotFoundError saying so, with the places whose
 * id, code or name is close to what was typed ("did you mean Armenia (ARM)?").
 */
export function namedPlace(places: readonly Place[], text: string, flag: string): string {
  const id = resolvePlace(places, text);
  if (id !== undefined) return id;
  const t = text.trim();
  const shared = places.filter((p) => p.name.toLowerCase() === t.toLowerCase());
  if (shared.length > 1) {
    throw new NotFoundError(`${flag} '${clipInput(t)}' is the name of ${shared.length} places`, [`give one of their ids: ${shared.slice(0, 10).map((p) => p.id).join(', ')}`], 'AMBIGUOUS_PLACE');
  }
  // every way to name a place is a candidate; each suggestion is shown as "name (id)"
  const byWord = new Map<string, Place>();
  for (const p of places) for (const w of [p.id, p.name, p.iso3, p.pcode]) if (w !== undefined && !byWord.has(w)) byWord.set(w, p);
  const chosen = [...new Set(suggest(t, byWord.keys(), 6).map((w) => byWord.get(w)!))].slice(0, 3);
  const hints = chosen.length > 0 ? [`did you mean ${chosen.map((p) => (p.name === p.id ? p.id : `${p.name} (${p.id})`)).join(', ')}?`] : [];
  throw new NotFoundError(`no place '${clipInput(t)}' for ${flag}: not an id, ISO3 code, p-code or name of the file's ${places.length} places`, hints, 'UNKNOWN_PLACE');
}

/**
 * Checks that a flag's value (an indicator, a source id) names something the figures have,
 * without regard to case as the filters match; a NotFoundError with "did you mean" if not.
 */
export function checkNamed(known: ReadonlySet<string>, text: string, flag: string, what: string): void {
  const lower = text.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return;
  const guesses = suggest(text, known);
  throw new NotFoundError(
    `no ${what} '${clipInput(text)}' for ${flag} in the facts file`,
    guesses.length > 0 ? [`did you mean ${guesses.join(', ')}?`] : [`${what}s: ${[...known].sort().slice(0, 12).join(', ')}${known.size > 12 ? ', ...' : ''}`],
    'UNKNOWN_VALUE',
  );
}

/**
 * Indicator/place/unit groups that have breakdown figures but no total: what summary reports
 * instead of presenting one breakdown row as the headline. Each with its figure count and the
 * dimensions its figures are broken down by.
 */
export function breakdownOnlyGroups(figures: readonly Figure[]): BreakdownOnly[] {
  return tallyOf(figures).breakdownOnly();
}

/**
 * The headline figures: per indicator, place and unit, the total (a figure without a
 * breakdown) with the latest asOf. A breakdown row is never a headline: groups with only
 * breakdowns are breakdownOnlyGroups'.
 */
export function headlineFigures(figures: readonly Figure[]): Figure[] {
  return tallyOf(figures).headlines();
}

/** Both at once, from one pass over the figures: what `summary` shows. */
export function headlinesAndBreakdownOnly(figures: readonly Figure[]): { headlines: Figure[]; breakdownOnly: BreakdownOnly[] } {
  const tally = tallyOf(figures);
  return { headlines: tally.headlines(), breakdownOnly: tally.breakdownOnly() };
}

function tallyOf(figures: readonly Figure[]): HeadlineTally {
  const tally = new HeadlineTally();
  for (let i = 0; i < figures.length; i++) tally.add(figures[i]!, i);
  return tally;
}
