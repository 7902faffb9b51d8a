/**
 * The figure filters of `list` and `get` (FIGURE_FILTER_FLAGS) turned into a FigureFilter:
 * the breakdown asked for, and places, indicators and sources checked against the facts file,
 * so that a value that names nothing is an error with "did you mean", not an empty answer.
 */
import { NotFoundError, UsageError, clipInput } from '../errors.js';
import { breakdownMatcher, checkNamed, namedPlaceOrCountry, type BreakdownOnly, type FigureFilter } from '../derive/select-figures.js';
import type { Figure } from '../facts/schema.js';
import type { FigureRecord } from '../derive/figure-record.js';
import type { FactsIndex } from '../facts/facts-index.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { Io } from './context.js';
import type { FigureFilterFlags } from './shared-flags.js';

/** The breakdown asked for: the named flags and each --where KEY=VALUE. */
export function breakdownFilter(flags: FigureFilterFlags): Map<string, string> | undefined {
  const wanted = new Map<string, string>();
  const named = new Map<string, string>();
  const set = (key: string, value: string, flag: string) => {
    wanted.set(key, value);
    named.set(key, flag);
  };
  if (flags.sex !== undefined) set('sex', flags.sex, '--sex');
  if (flags.age !== undefined) set('age', flags.age, '--age');
  if (flags.sector !== undefined) set('sector', flags.sector, '--sector');
  if (flags.populationGroup !== undefined) set('population-group', flags.populationGroup, '--population-group');
  for (const pair of flags.where ?? []) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(.+)$/.exec(pair.trim());
    if (!m) throw new UsageError(`--where '${pair}' is not KEY=VALUE with a kebab-case key`, ['for example --where sector=FSC or --where population-group=idp']);
    set(m[1]!, m[2]!.trim(), `--where ${clipInput(m[1]!)}=...`);
  }
  if (wanted.size === 0) return undefined;
  FLAG_NAMED.set(wanted, named);
  return wanted;
}

/** The flag that named each dimension of a breakdown breakdownFilter made: what an error about its value names. */
const FLAG_NAMED = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

/** Whether any filter flag was given. */
export function hasFigureFilter(flags: FigureFilterFlags): boolean {
  const { indicator, place, within, unit, source } = flags;
  return [indicator, place, within, unit, source].some((v) => v !== undefined) || breakdownFilter(flags) !== undefined;
}

/** The filter the flags ask for, with every place, indicator and source resolved against the facts file. */
export async function figureFilter(flags: FigureFilterFlags, facts: FactsIndex): Promise<FigureFilter> {
  const { places, figures, sources } = facts.data;
  const breakdown = breakdownFilter(flags);
  if (flags.indicator !== undefined) checkNamed(new Set(figures.map((f) => f.indicator)), flags.indicator, '--indicator', 'indicator');
  if (flags.source !== undefined) checkNamed(new Set(sources.map((s) => s.id)), flags.source, '--source', 'source');
  if (breakdown !== undefined) checkBreakdown(breakdown, figures);
  return {
    ...(flags.indicator !== undefined ? { indicator: flags.indicator } : {}),
    ...(flags.place !== undefined ? { place: await namedPlaceOrCountry(places, flags.place, '--place') } : {}),
    ...(flags.within !== undefined ? { within: await namedPlaceOrCountry(places, flags.within, '--within') } : {}),
    ...(flags.unit !== undefined ? { unit: flags.unit } : {}),
    ...(flags.source !== undefined ? { source: flags.source } : {}),
    ...(breakdown !== undefined ? { breakdown } : {}),
  };
}

/**
 * Every breakdown asked for names a dimension and a value some figure has (a sector by its name or
 * its code): otherwise an error that says which, with the values the file has, rather than an
 * answer that matches nothing.
 */
export function checkBreakdown(breakdown: ReadonlyMap<string, string>, figures: readonly Figure[]): void {
  const values = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.breakdown === undefined) continue;
    for (const [k, v] of Object.entries(f.breakdown)) {
      if (!breakdown.has(k)) continue;
      let seen = values.get(k);
      if (seen === undefined) values.set(k, (seen = new Set()));
      seen.add(v);
    }
  }
  for (const [k, v] of breakdown) {
    const seen = values.get(k);
    if (seen === undefined) {
      const keys = new Set<string>();
      for (const f of figures) for (const key in f.breakdown) keys.add(key);
      throw new NotFoundError(
        `no figure in the facts file is broken down by ${clipInput(k)}`,
        [keys.size > 0 ? `breakdowns in the file: ${[...keys].sort().slice(0, 12).join(', ')}${keys.size > 12 ? ', ...' : ''}` : figures.length > 0 ? 'the facts file has no breakdowns: every figure is a total' : 'the facts file has no figures'],
        'UNKNOWN_VALUE',
      );
    }
    const matches = breakdownMatcher(k, v, seen);
    if (![...seen].some(matches)) checkNamed(seen, v, FLAG_NAMED.get(breakdown)?.get(k) ?? `--where ${clipInput(k)}=...`, `${clipInput(k)} value`);
  }
}

/**
 * A line on stderr for each indicator and place that has only breakdowns (at most 20, then a
 * count): where a file gives no total, humfig says so rather than showing a breakdown row.
 */
export function noteBreakdownOnly(groups: readonly BreakdownOnly[], io: Io): void {
  for (const g of groups.slice(0, 20)) {
    const what = g.of === undefined ? 'only breakdowns' : `only finer breakdowns of ${g.of}`;
    const none = g.of === undefined ? 'no total in the file' : `no figure for ${g.of} alone`;
    io.err(sanitizeTerminal(`humfig: ${g.indicator} for ${g.place} (${g.unit}): ${what}, ${g.figures} figure${g.figures === 1 ? '' : 's'} by ${g.dimensions.join(', ')}; ${none} (humfig list --indicator ${g.indicator} --place ${g.place})`) + '\n');
  }
  if (groups.length > 20) io.err(`humfig: ... and ${groups.length - 20} more indicator/place pairs with only breakdowns\n`);
}

/**
 * A line on stderr for each answer that other sources contradict for the same days (at most 20):
 * `get` answers with one of them, chosen by source id alone, and says where to see them all.
 */
export function noteRivalSources(rivals: ReadonlyMap<FigureRecord, readonly FigureRecord[]>, io: Io): void {
  let n = 0;
  for (const [answer, others] of rivals) {
    if (n++ >= 20) {
      io.err(`humfig: ... and ${rivals.size - 20} more figures that other sources give for the same days\n`);
      break;
    }
    const r = others[0]!;
    const where = answer.breakdown ? Object.entries(answer.breakdown).map(([k, v]) => ` --where ${k}=${v}`).join('') : '';
    io.err(sanitizeTerminal(`humfig: ${answer.id} (${answer.source.id}) is one of ${others.length + 1} figures for the same days from different sources; ${r.source.id} gives ${r.value} ${r.unit} (${r.id}): humfig compare ${answer.indicator} --place ${answer.place.id}${where}`) + '\n');
  }
}

