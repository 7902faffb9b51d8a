/**
 * humfig's manual page (man/humfig.1), made from the same declarations as help and completion:
 * the table of commands, the shared flags and the exit-code table. scripts/build-man.mjs runs
 * this at build time; nothing at run time imports it.
 */
import { EXIT_TABLE } from '../errors.js';
import { renderManPage, type ManCommand, type ManFlag } from '../output/man-page.js';
import { isGroup, type CommandSpec, type FlagSpec, type LeafCommand } from './command-spec.js';
import { COMMON_FLAGS } from './shared-flags.js';
import { COMMANDS, PROGRAM } from './table.js';

/**
 * The environment variables humfig reads, with what they do. test/unit/commands/manual.test.ts
 * checks that every variable the source reads is here (those it sets for itself aside).
 */
export const ENVIRONMENT: ReadonlyArray<readonly [string, string]> = [
  ['HUMFIG_FACTS', 'The facts file to read when --facts is not given (default: the bundled dataset). Set but empty is a usage error.'],
  ['HUMFIG_RATES', 'The rate table to use when --rates is not given (default: the bundled ECB history). Set but empty is a usage error.'],
  ['HUMFIG_PAGER', 'The pager for long output on a terminal; cat or an empty value turns paging off. Beats PAGER.'],
  ['PAGER', 'The pager when HUMFIG_PAGER is not set (default: less -FRX). LESS and LV are passed to it, defaulting to FRX and -c.'],
  ['NO_COLOR', 'Any non-empty value: no colour in tables (--color always still colours).'],
  ['FORCE_COLOR', 'Colour in tables even when stdout is not a terminal; 0 or false: none.'],
  ['TERM', 'dumb: no colour.'],
  ['COLUMNS', 'The width of tables and help when stdout is not a terminal (a whole number of at least 20). On a terminal its own width is used.'],
  ['HUMFIG_TODAY', 'The date taken as today, YYYY-MM-DD (for reproducible scripts and tests; default: the system clock, in UTC).'],
  ['HUMFIG_THREADS', '1 reads large facts files on one thread; 2 (the default) on two.'],
  ['HUMFIG_DEBUG', 'Any non-empty value: the stack trace of an internal error (exit 70), and notes on how large files are read.'],
];

/** Files humfig reads besides those named on the command line, relative to the package. */
const FILES: ReadonlyArray<readonly [string, string]> = [
  ['data/nagorno-karabakh-2023.json', 'The bundled facts file: figures of the exodus from Nagorno-Karabakh in September and October 2023, each quoting the news article of 1 October 2023 it comes from.'],
  ['dist/rates/YYYY.csv', 'The bundled euro foreign exchange reference rates of the European Central Bank (source: ECB), 1999 onwards, one file a year (made at build time from data/rates/eurofxref-hist.csv, described in data/rates/README.md).'],
  ['man/humfig.1', 'This page.'],
];

const manFlag = (f: FlagSpec): ManFlag => ({ flags: f.flags, description: f.description, choices: f.choices, default: f.default });

function manCommand(spec: LeafCommand, path: string): ManCommand {
  return {
    path,
    summary: spec.summary,
    args: (spec.args ?? []).map((a) => ({ name: a.name, description: a.description, required: a.required })),
    flags: (spec.flags ?? []).map(manFlag),
    common: spec.common !== false,
    examples: spec.examples ?? [],
    notes: spec.notes,
  };
}

export interface ManualOptions {
  version: string;
  /** where the project lives (package.json "homepage") */
  homepage: string;
  /** the commands to document (default: humfig's own table) */
  commands?: readonly CommandSpec[];
}

/** The manual page of humfig, as roff. */
export function manualPage(options: ManualOptions): string {
  const commands = (options.commands ?? COMMANDS)
    .filter((c) => !c.hidden)
    .flatMap((c) => (isGroup(c) ? c.commands.filter((s) => !s.hidden).map((s) => manCommand(s, `${c.name} ${s.name}`)) : [manCommand(c, c.name)]));
  return renderManPage({
    name: PROGRAM.name,
    version: options.version,
    summary: PROGRAM.summary.replace(/^./, (ch) => ch.toLowerCase()),
    description: [
      'humfig reads a facts file of humanitarian figures (people displaced, in need, funding asked) in which every figure carries its unit, qualifier and range, its date, its place and its source with the words it quotes; it lists them, checks them, converts them with dated and sourced currency rates, and derives new figures with their ranges.',
      `With no command, humfig runs ${PROGRAM.default.name}. Tables are for people; scripts use --format plain, csv, tsv, json, ndjson or hxl, whose output is a stable contract. Data goes to stdout; notes, warnings and errors go to stderr, errors as one line naming the file, the field and what is allowed.`,
    ],
    options: [{ flags: '-V, --version', description: 'print the version' }, ...COMMON_FLAGS.map(manFlag), { flags: '-h, --help', description: 'show help (also: humfig help <command>)' }],
    commands,
    exitCodes: EXIT_TABLE,
    environment: ENVIRONMENT,
    files: FILES,
    examples: [...PROGRAM.examples, 'humfig history internally-displaced-stock-conflict --place AFG --chart --facts idmc.json', 'humfig convert 20000000 CHF USD --date 2023-09-29', 'eval "$(humfig completion bash)"'],
    seeAlso: [`humfig <command> --help for one command; README.md in the package and the guides at ${options.homepage}.`],
  });
}
