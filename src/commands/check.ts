/** `humfig check`: claim checks over the facts file: quotes, stated equivalents, parts and wholes, dates (src/trust/check.ts). */
import { EXIT, NotFoundError, type ExitCode } from '../errors.js';
import { filterFigures, type FigureFilter } from '../derive/select-figures.js';
import type { Figure, Place } from '../facts/schema.js';
import { sourceTextReader } from '../facts/load-facts.js';
import type { SourceText } from '../facts/check-facts.js';
import type { RecordView } from '../output/formats.js';
import { renderRecords } from '../output/render.js';
import { checkClaims, type Finding } from '../trust/check.js';
import { openFacts, type CommonOptions, type Io } from './context.js';
import { factsConverter } from './figure-inputs.js';
import { openRates, type RatesLocation } from './rates-context.js';
import type { CommandInput, CommandContext } from './command-spec.js';
import { figureFilter, hasFigureFilter } from './figure-filter.js';
import type { FigureFilterFlags } from './shared-flags.js';

export interface CheckOptions extends CommonOptions {
  today: string;
  rates: RatesLocation;
  /** only the claims of these figures (as typed: places resolved against the facts file) */
  filter?: FigureFilterFlags | undefined;
  /** only findings of this level or worse (default: all) */
  level?: 'fail' | 'warn' | 'pass' | undefined;
}

/** How bad each level is, for --level. */
const SEVERITY: Readonly<Record<Finding['level'], number>> = { skip: 0, pass: 0, warn: 1, fail: 2 };

const findingView: RecordView<Finding> = {
  json: (f) => ({ check: f.check, figure: f.figure, path: f.path, ok: f.ok, level: f.level, expected: f.expected, found: f.found, deviation: f.deviation ?? null, message: f.message }),
  fields: ['check', 'figure', 'path', 'ok', 'level', 'expected', 'found', 'deviation', 'message'],
  table: [
    { header: 'result', value: (f) => f.level },
    { header: 'check', value: (f) => f.check },
    { header: 'figure', value: (f) => f.figure ?? f.path },
    { header: 'finding', value: (f) => f.message },
  ],
  csv: [
    { header: 'level', value: (f) => f.level, hxl: '#status' },
    { header: 'check', value: (f) => f.check, hxl: '#meta+check' },
    { header: 'figure', value: (f) => f.figure, hxl: '#meta+id' },
    { header: 'path', value: (f) => f.path, hxl: '#meta+path' },
    { header: 'expected', value: (f) => f.expected, hxl: '#meta+expected' },
    { header: 'found', value: (f) => f.found, hxl: '#meta+found' },
    { header: 'deviation', value: (f) => f.deviation ?? null, hxl: '#meta+deviation' },
    { header: 'message', value: (f) => f.message, hxl: '#description' },
  ],
};

/**
 * Identical findings (same level, check, figure and message) once each, "(×N)" after the message; and the
 * warnings that a source has no local text to find its quotes in, one for each figure of an import, once a source
 * ("... and 275 more figures"), so that a table of thousands of them still shows the few that matter.
 */
export function collapseRepeats(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, { finding: Finding; count: number; figures: number }>();
  for (const f of findings) {
    const bySource = f.check === 'quote' && f.level === 'warn' && NO_LOCAL_TEXT.test(f.message);
    const key = JSON.stringify(bySource ? [f.level, f.check, f.message] : [f.level, f.check, f.figure ?? f.path, f.message]);
    const entry = seen.get(key);
    if (entry) {
      entry.count++;
      if (bySource) entry.figures++;
    } else seen.set(key, { finding: f, count: 1, figures: bySource ? 1 : 0 });
  }
  return [...seen.values()].map(({ finding, count, figures }) =>
    figures > 1
      ? { ...finding, figure: `${finding.figure ?? finding.path} and ${figures - 1} more figure${figures === 2 ? '' : 's'}`, message: `${finding.message} (the same for each)` }
      : count === 1 ? finding : { ...finding, message: `${finding.message} (×${count})` },
  );
}
const NO_LOCAL_TEXT = /has no local text to find it in$/;

export async function checkCommand(options: CheckOptions, io: Io): Promise<ExitCode> {
  const facts = await openFacts(options.facts);
  const table = await openRates(options.rates);
  const read = sourceTextReader(options.facts.path);
  const texts = new Map<string, SourceText>();
  for (const s of facts.data.sources) if (s.text !== undefined) texts.set(s.id, read(s.text));
  const all = checkClaims(facts.data, { today: options.today, texts, convert: factsConverter(facts, table) });
  const findings = options.filter && hasFigureFilter(options.filter) ? claimsOf(all, facts.data.figures, await figureFilter(options.filter, facts), facts.data.places) : all;
  // people read one row per distinct finding; JSON and the flat formats keep every finding
  const forPeople = (options.format === 'table' || options.format === 'plain') && !options.fields;
  const least = SEVERITY[options.level ?? 'pass'];
  const shown = least === 0 ? findings : findings.filter((f) => SEVERITY[f.level] >= least);
  io.out(await renderRecords(forPeople ? collapseRepeats(shown) : shown, findingView, options));
  if (shown.length < findings.length) io.err(`humfig: ${findings.length - shown.length} finding${findings.length - shown.length === 1 ? '' : 's'} below --level ${options.level} not shown\n`);
  const failed = findings.filter((f) => !f.ok).length;
  if (failed > 0) {
    io.err(`humfig: ${failed} of ${findings.length} check${findings.length === 1 ? '' : 's'} failed\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/**
 * The findings about the figures a filter picks: totals only, unless the filter names a
 * breakdown (a check of "Mali" is about Mali's total, not its sector rows). Findings about
 * sources, rates and the dataset are about no figure and are left out.
 */
function claimsOf(findings: readonly Finding[], figures: readonly Figure[], filter: FigureFilter, places: readonly Place[]): Finding[] {
  const picked = filterFigures(figures, filter, places).filter((f) => filter.breakdown !== undefined || f.breakdown === undefined);
  const ids = new Set(picked.map((f) => f.id));
  if (ids.size === 0) throw new NotFoundError('no figure matches the filters: nothing to check', ['humfig list with the same filters shows what there is']);
  return findings.filter((f) => f.figure !== null && ids.has(f.figure));
}

/** Runs `humfig check` as the command line asked. */
export function run({ flags: f }: CommandInput<{ rates?: string; level?: 'fail' | 'warn' | 'pass' } & FigureFilterFlags>, context: CommandContext): Promise<ExitCode> {
  return checkCommand({ ...context.common(f), today: context.today(), rates: context.ratesLocation(f.rates), filter: f, level: f.level }, context.io);
}
