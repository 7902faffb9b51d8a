/** `humfig list`: every figure matching the filters. */
import { EXIT, UsageError, type ExitCode } from '../errors.js';
import type { Place } from '../facts/schema.js';
import { toFigureRecord } from '../derive/figure-record.js';
import { filterFigures, resolvePlace, type FigureFilter } from '../derive/select-figures.js';
import { sortRecords, type SortKey } from '../derive/sort-records.js';
import { figureView } from '../output/figure-view.js';
import { renderRecords } from '../output/render.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface ListOptions extends CommonOptions {
  filter: FigureFilter;
  sort?: SortKey | undefined;
  limit?: number | undefined;
}

/** What `list` was asked, as typed: places still to be resolved against the facts file. */
export interface ListFlags {
  indicator?: string;
  place?: string;
  within?: string;
  unit?: string;
  source?: string;
  sex?: string;
  age?: string;
  sector?: string;
  populationGroup?: string;
  where?: string[];
}

/** A place flag resolved against the file's places: an id, ISO3 code, p-code or name. */
function placeFlag(places: readonly Place[], text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // an unknown place matches nothing: list says so and exits 1, as for any empty result
  return resolvePlace(places, text) ?? text;
}

export async function listCommand(options: ListOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const matched = filterFigures(facts.data.figures, options.filter, facts.data.places).map((f) => toFigureRecord(f, facts));
  const sorted = options.sort ? sortRecords(matched, options.sort) : matched;
  const records = options.limit !== undefined && options.limit < sorted.length ? sorted.slice(0, options.limit) : sorted;
  io.out(await renderRecords(records, figureView, options));
  // a part is never shown as the whole
  if (records.length < matched.length) io.err(`humfig: the first ${records.length} of ${matched.length} figures (--limit)\n`);
  if (records.length === 0) {
    io.err('humfig: no figure matches the filters\n');
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** The breakdown a list call asks for: the named flags and each --where KEY=VALUE. */
export function breakdownFilter(flags: ListFlags): Map<string, string> | undefined {
  const wanted = new Map<string, string>();
  if (flags.sex !== undefined) wanted.set('sex', flags.sex);
  if (flags.age !== undefined) wanted.set('age', flags.age);
  if (flags.sector !== undefined) wanted.set('sector', flags.sector);
  if (flags.populationGroup !== undefined) wanted.set('population-group', flags.populationGroup);
  for (const pair of flags.where ?? []) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(.+)$/.exec(pair.trim());
    if (!m) throw new UsageError(`--where '${pair}' is not KEY=VALUE with a kebab-case key`, ['for example --where sector=FSC or --where population-group=idp']);
    wanted.set(m[1]!, m[2]!.trim());
  }
  return wanted.size > 0 ? wanted : undefined;
}

/** Runs `humfig list` as the command line asked. */
export async function run({ flags }: CommandInput<ListFlags & { sort?: SortKey; limit?: number }>, context: CommandContext): Promise<ExitCode> {
  const { indicator, unit, source } = flags;
  const breakdown = breakdownFilter(flags);
  const options = context.common(flags);
  let place: string | undefined;
  let within: string | undefined;
  if (flags.place !== undefined || flags.within !== undefined) {
    const facts = await openFacts(options.facts);
    place = placeFlag(facts.data.places, flags.place);
    within = placeFlag(facts.data.places, flags.within);
  }
  const filter: FigureFilter = {
    ...(indicator !== undefined ? { indicator } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(within !== undefined ? { within } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(breakdown !== undefined ? { breakdown } : {}),
  };
  return listCommand({ ...options, filter, sort: flags.sort, limit: flags.limit }, context.io);
}
