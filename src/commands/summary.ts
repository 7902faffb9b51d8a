/** `humfig` and `humfig summary`: the headline figures of the facts file. */
import { EXIT, type ExitCode } from '../errors.js';
import { toFigureRecord, type FigureRecord } from '../derive/figure-record.js';
import { lastDayOf } from '../domain/dates.js';
import type { Place } from '../facts/schema.js';
import { headlinesAndBreakdownOnly } from '../derive/select-figures.js';
import { figureView } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { noteBreakdownOnly } from './figure-filter.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export type SummaryOptions = CommonOptions;

export async function summaryCommand(options: SummaryOptions, io: Io): Promise<ExitCode> {
  // a large file is read as a stream keeping only its headline figures (see openFacts)
  const facts = await openFacts(options.facts, 'headline');
  const tally = headlinesAndBreakdownOnly(facts.data.figures);
  const records = tally.headlines.map((f) => toFigureRecord(f, facts));
  if (options.format === 'table' && records.length > 0) {
    io.out(`${sanitizeTerminal(facts.data.dataset.title)} (updated ${facts.data.dataset.updated})\n`);
  }
  io.out(await renderRecords(records, figureView, options));
  // a breakdown row is never a headline: where a file gives no total, say so (on stderr, so
  // that stdout stays the headline records)
  const only = facts.whole.breakdownOnly ?? tally.breakdownOnly;
  noteBreakdownOnly(only, io);
  noteOlderThanAreas(records, facts.places, io);
  if (records.length === 0) {
    io.err(only.length > 0 ? 'humfig: no totals to show: every figure of the file is a breakdown (humfig list shows them)\n' : 'humfig: the facts file has no figures\n');
    // (an empty result, as everywhere: exit 1, so that a script does not read [] as a file's totals)
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** How many places up a headline's date is carried: admin levels are at most four deep (country, admin 1 to 3, a location). */
const MAX_ANCESTORS = 8;

/**
 * A line on stderr for each headline older than its own areas' (at most 20): OCHA's Lake Chad snapshot gives Extreme
 * Nord's 137,100 IDPs of 2016-05-12, then only its districts' until 2017-01-11, so the region's headline is eight
 * months behind them. One pass over the headlines, each walking up at most MAX_ANCESTORS parents.
 */
function noteOlderThanAreas(records: readonly FigureRecord[], places: ReadonlyMap<string, Place>, io: Io): void {
  const latestBelow = new Map<string, { date: string; id: string }>();
  for (const r of records) {
    const day = lastDayOf(r.asOf);
    let parent = places.get(r.place.id)?.parent;
    for (let up = 0; parent !== undefined && up < MAX_ANCESTORS; up++) {
      const key = `${r.indicator}\u0000${r.unit}\u0000${parent}`;
      const seen = latestBelow.get(key);
      if (seen === undefined || day > seen.date) latestBelow.set(key, { date: day, id: r.id });
      parent = places.get(parent)?.parent;
    }
  }
  let n = 0;
  for (const r of records) {
    const below = latestBelow.get(`${r.indicator}\u0000${r.unit}\u0000${r.place.id}`);
    if (below === undefined || below.date <= lastDayOf(r.asOf)) continue;
    if (n++ >= 20) continue;
    io.err(sanitizeTerminal(`humfig: note: ${r.id} (${r.place.name}, as of ${r.asOf}) is older than figures of its own areas, up to ${below.date} (${below.id}): the file gives later figures for its parts only (humfig list --indicator ${r.indicator} --within ${r.place.id})`) + '\n');
  }
  if (n > 20) io.err(`humfig: note: ... and ${n - 20} more headlines older than their areas' figures\n`);
}

/** Runs `humfig summary` (and `humfig` alone) as the command line asked. */
export function run({ flags }: CommandInput, context: CommandContext): Promise<ExitCode> {
  return summaryCommand(context.common(flags), context.io);
}
