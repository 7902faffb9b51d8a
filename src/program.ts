/**
 * The command line as commander declares it: commands, flags, help texts with examples; argv to
 * typed options and one call per command. Commands are imported lazily, inside their actions, so
 * that each call loads only what it uses; cli.ts loads this module only when its fast path does
 * not apply.
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, EXIT_TABLE, UsageError, type ExitCode } from './errors.js';
import type { CommonOptions } from './commands/context.js';
import { DEFAULT_MAX_AGE_DAYS, VERSION, commonOptions, factsLocation, io, largeFileOptions, ratesLocation, readStdin, today, type RawCommon } from './cli-context.js';
import { explainBadDate, isIsoDate, isPartialDate } from './domain/dates.js';
import { COLOR_MODES } from './output/color.js';
import type { CommandSpec, OptionSpec, ValueKind } from './output/completion-script.js';
import { FORMATS, type Format } from './output/formats.js';


/** A --date value: a real YYYY-MM-DD date. */
function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(explainBadDate(value, false) ?? 'write YYYY-MM-DD');
  return value;
}

/** A date that may be partial: YYYY, YYYY-MM or YYYY-MM-DD. */
function parseDay(value: string): string {
  if (!isPartialDate(value)) throw new InvalidArgumentError(explainBadDate(value, true) ?? 'write YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** A file name given to a flag: not empty. */
function parsePath(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give a file name');
  return value;
}

/** A --max-age value: a whole number of days. */
function parseDays(value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new InvalidArgumentError('give a whole number of days, such as 7');
  return Number(value);
}

/** Turns the flags every command shares into typed options; decides colour once. */
function common(cmd: Command): CommonOptions {
  return commonOptions(cmd.optsWithGlobals<RawCommon>());
}

function addCommon(cmd: Command): Command {
  return cmd
    .option('--facts <file>', 'facts file to read (default: $HUMFIG_FACTS, else the bundled dataset)', parsePath)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .option('--json [fields]', 'JSON output (shorthand for --format json); with a list, only those fields: --json id,value,unit')
    .option('--fields <fields>', 'only these fields or columns, comma-separated (all formats)')
    .addOption(new Option('--color <when>', 'colour in tables').choices(COLOR_MODES))
    .option('--no-color', 'no colour (also: NO_COLOR=1)');
}

interface RawConversion {
  date?: string;
  rate?: string;
  rates?: string;
  maxAge: number;
  strict?: boolean;
  householdSize?: string;
}

/** Flags shared by every command that converts: the rate date, rate sources and staleness. */
function addConversion(cmd: Command): Command {
  return cmd
    .option('--date <YYYY-MM-DD>', 'the rate date: the latest rate on or before it is used', parseDate)
    .option('--rate <decimal>', 'your own rate (units of the target per 1 of the source); beats every other rate')
    .option('--rates <file>', 'rate table to use (default: $HUMFIG_RATES, else the bundled ECB history)', parsePath)
    .option('--max-age <days>', 'warn when the rate is older than this many days before the date', parseDays, DEFAULT_MAX_AGE_DAYS)
    .option('--strict', 'a rate older than --max-age is an error (exit 69), not a warning')
    .option('--household-size <persons>', 'persons per household (or family), for person <-> household');
}

/** What the completion scripts need to know of each command, read off the declarations. */
function describeCommands(program: Command): CommandSpec[] {
  const FILE_FLAGS = new Set(['--facts', '--rates', '--out']);
  const UNIT_FLAGS = new Set(['--to']);
  const ARGS: Record<string, ValueKind> = { get: 'figure', cite: 'figure', convert: 'unit', validate: 'file', extract: 'file', 'rates import': 'file', 'import hxl': 'file' };
  const specs: CommandSpec[] = [];
  const visit = (cmd: Command, prefix: string) => {
    for (const sub of cmd.commands) {
      const name = sub.name();
      if (name.startsWith('__') || name === 'help') continue;
      const path = prefix ? `${prefix} ${name}` : name;
      if (sub.commands.length > 0) {
        visit(sub, path);
        continue;
      }
      const options: OptionSpec[] = sub.options
        .filter((o) => o.long && !o.hidden)
        .map((o) => {
          const takesValue = o.required || o.optional;
          const choices = o.argChoices;
          const kind: ValueKind = choices ? 'choice' : FILE_FLAGS.has(o.long!) ? 'file' : UNIT_FLAGS.has(o.long!) ? 'unit' : takesValue ? 'other' : 'none';
          return { flag: o.long!, takesValue, kind, ...(choices ? { choices } : {}) };
        });
      specs.push({ path, options, args: ARGS[path] ?? 'none' });
    }
  };
  visit(program, '');
  return specs;
}

const EXIT_HELP = `\nExit codes:\n${EXIT_TABLE.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n')}\n`;

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

let exitCode: ExitCode = EXIT.ok;

/**
 * The command named on the command line, when it can be told before parsing: the first word
 * that is not an option or the value of one. Declaring only that command (and not the dozen
 * others, with their options and help texts) is measurably faster at start-up. `help`,
 * `completion` and anything unrecognised declare every command.
 */
function requestedCommand(argv: readonly string[]): string | undefined {
  const VALUED = new Set(['--facts', '--format', '--color', '--fields']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

const COMMAND_NAMES = ['summary', 'list', 'get', 'sources', 'cite', 'validate', 'convert', 'rates', 'calc', 'history', 'compare', 'check', 'extract', 'import', 'completion', '__complete', 'schema'];

function build(argv: readonly string[]): Command {
  const named = requestedCommand(argv);
  const only = named !== undefined && COMMAND_NAMES.includes(named) && named !== 'completion' ? named : undefined;
  const wanted = (name: string) => only === undefined || only === name;
  const program = new Command('humfig')
    .description('Humanitarian figures with their unit, qualifier, date, place and source.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);

  addCommon(program)
    .addHelpText('after', examples(['humfig', 'humfig get displaced --json | jq .value', 'humfig list --place ARM --format csv']) + EXIT_HELP)
    .action(async (_opts, cmd: Command) => {
      if (cmd.args.length > 0) {
        const { suggest } = await import('./domain/suggest.js');
        const names = program.commands.map((c) => c.name());
        const near = suggest(cmd.args[0]!, names);
        throw new UsageError(`unknown command '${cmd.args[0]}'`, [near.length ? `did you mean ${near.join(', ')}?` : 'see humfig --help']);
      }
      const { summaryCommand } = await import('./commands/summary.js');
      exitCode = await summaryCommand(common(cmd), io);
    });

  if (wanted('summary')) {
    addCommon(program.command('summary'))
      .description('the headline figures: the newest figure of each indicator and place')
      .addHelpText('after', examples(['humfig summary', 'humfig summary --json']))
      .action(async (_opts, cmd: Command) => {
        const { summaryCommand } = await import('./commands/summary.js');
        exitCode = await summaryCommand(common(cmd), io);
      });
  }
  if (wanted('list')) {
    addCommon(program.command('list'))
      .description('all figures, or those matching every filter given')
      .option('--indicator <indicator>', 'only this indicator (e.g. displaced, population)')
      .option('--place <place>', 'only this place id (e.g. ARM)')
      .option('--unit <unit>', 'only this unit (e.g. person, CHF)')
      .option('--source <source>', 'only figures from this source id')
      .addHelpText('after', examples(['humfig list', 'humfig list --indicator population --json', 'humfig list --place ARM --format csv > armenia.csv']))
      .action(async (opts: { indicator?: string; place?: string; unit?: string; source?: string }, cmd: Command) => {
        const { listCommand } = await import('./commands/list.js');
        exitCode = await listCommand({ ...common(cmd), filter: opts }, io);
      });
  }
  if (wanted('get')) {
    addCommon(program.command('get'))
      .description('one or more figures by id (a unique prefix of an id is enough)')
      .argument('[id...]', 'figure ids or unique prefixes')
      .option('--value', 'print only the number, one per line')
      .option('--batch', 'read ids from standard input, one per line (or NDJSON {"id": ...}); one result per line, in order')
      .option('--fail-fast', 'with --batch: stop at the first line that fails')
      .option('--to <units>', 'also give the figure in these currencies or units, comma-separated (e.g. USD,EUR)')
      .option('--as-of <date>', 'the latest figure of the same series (or of an indicator) on or before this date', parseDay);
    addConversion(program.commands.at(-1)!)
      .addHelpText(
        'after',
        examples([
          'humfig get residents',
          'humfig get displaced --json | jq .value',
          'n=$(humfig get residents --value)',
          'humfig get appeal-amount --to USD',
          'humfig get appeal-amount --to USD,EUR,GBP --json',
          "printf 'residents\\nappeal\\n' | humfig get --batch --json",
        ]),
      )
      .action(async (ids: string[], opts: RawConversion & { value?: boolean; to?: string; asOf?: string; batch?: boolean; failFast?: boolean }, cmd: Command) => {
        const { getCommand } = await import('./commands/get.js');
        const to = opts.to ? opts.to.split(',').map((t) => t.trim()).filter(Boolean) : [];
        exitCode = await getCommand(
          {
            ...common(cmd),
            ids,
            valueOnly: opts.value === true,
            batch: opts.batch === true,
            failFast: opts.failFast === true,
            asOf: opts.asOf,
            to,
            convert: { date: opts.date, rate: opts.rate, householdSize: opts.householdSize, rates: ratesLocation(opts.rates), maxAge: opts.maxAge, strict: opts.strict === true },
          },
          io,
        );
      });
  }
  if (wanted('sources')) {
    addCommon(program.command('sources'))
      .description('the sources the figures come from')
      .addHelpText('after', examples(['humfig sources', 'humfig sources --json']))
      .action(async (_opts, cmd: Command) => {
        const { sourcesCommand } = await import('./commands/sources.js');
        exitCode = await sourcesCommand(common(cmd), io);
      });
  }
  if (wanted('cite')) {
    addCommon(program.command('cite'))
      .description("a figure's quote and source, ready to paste into a report")
      .argument('<id...>', 'figure ids or unique prefixes')
      .addHelpText('after', examples(['humfig cite temporary-housing', 'humfig cite appeal --json']))
      .action(async (ids: string[], _opts, cmd: Command) => {
        const { citeCommand } = await import('./commands/cite.js');
        exitCode = await citeCommand({ ...common(cmd), ids }, io);
      });
  }
  if (wanted('validate')) {
    addCommon(program.command('validate'))
      .description('check facts files completely and list every problem with its line and column')
      .argument('[file...]', 'facts files (default: the facts file in use)')
      .addHelpText('after', examples(['humfig validate', 'humfig validate my-facts.json other.json', 'humfig validate draft.json --json']))
      .action(async (files: string[], _opts, cmd: Command) => {
        const options = common(cmd);
        const locations = files.length > 0 ? files.map((f) => ({ path: f, display: f, ...largeFileOptions() })) : [{ ...options.facts, trustedText: undefined }];
        const { validateCommand } = await import('./commands/validate.js');
        exitCode = await validateCommand({ ...options, files: locations }, io);
      });
  }
  if (wanted('convert')) {
    addConversion(addCommon(program.command('convert')))
      .description('convert an amount between currencies (dated, sourced rates) or units')
      .argument('[amount]', "the amount: 20000000, 20_000_000, 2.8e6, '2.8 million', 35k")
      .argument('[from]', 'currency (ISO 4217 code such as CHF) or unit (person, household, decade, km, ...)')
      .argument('[to]', 'currency or unit to convert to')
      .option('--batch', 'read requests from standard input, one per line: AMOUNT FROM TO [YYYY-MM-DD], or NDJSON')
      .option('--fail-fast', 'with --batch: stop at the first line that fails')
      .addHelpText(
        'after',
        examples([
          'humfig convert 20000000 CHF USD --date 2023-09-29',
          'humfig convert 20000000 CHF USD --date 2023-09-30 --json',
          'humfig convert 1000 USD AMD --rate 386.5',
          "humfig convert '2.8 million' person household --household-size 3.6",
          'humfig convert 3 decade year',
          "printf '20000000 CHF USD 2023-09-29\\n1 USD JPY 2023-09-29\\n' | humfig convert --batch --json",
        ]) + '\nWithout --date the rate is that of today, with a warning when the newest rate is older than --max-age days.\n',
      )
      .action(async (amount: string | undefined, from: string | undefined, to: string | undefined, opts: RawConversion & { batch?: boolean; failFast?: boolean }, cmd: Command) => {
        const options = common(cmd);
        const { convertCommand } = await import('./commands/convert.js');
        exitCode = await convertCommand(
          {
            ...options,
            amount,
            from,
            to,
            date: opts.date,
            today: today(),
            rate: opts.rate,
            householdSize: opts.householdSize,
            rates: ratesLocation(opts.rates),
            maxAge: opts.maxAge,
            strict: opts.strict === true,
            useFacts: Boolean(cmd.optsWithGlobals<RawCommon>().facts ?? process.env.HUMFIG_FACTS),
            batch: opts.batch === true,
            failFast: opts.failFast === true,
          },
          io,
        );
      });
  }
  if (wanted('rates')) {
    const rates = program
      .command('rates')
      .description('the currency rates in use: list them, import ECB files')
      .action(() => {
        throw new UsageError("'humfig rates' needs a command: list or import", ['see humfig rates --help']);
      });
    addCommon(rates.command('list'))
      .description('rates per 1 EUR from the rate table in use, oldest first')
      .option('--currency <codes>', 'currencies, comma-separated (default: all)')
      .option('--from <YYYY-MM-DD>', 'first date (default: only the latest rate on or before --to)', parseDate)
      .option('--to <YYYY-MM-DD>', 'last date (default: the newest in the table)', parseDate)
      .option('--rates <file>', 'rate table to use (default: $HUMFIG_RATES, else the bundled ECB history)', parsePath)
      .addHelpText('after', examples(['humfig rates list --currency CHF --from 2023-09-25 --to 2023-10-03', 'humfig rates list --currency USD,GBP --json']))
      .action(async (opts: { currency?: string; from?: string; to?: string; rates?: string }, cmd: Command) => {
        const { ratesListCommand } = await import('./commands/rates.js');
        const currencies = opts.currency ? opts.currency.split(',').map((c) => c.trim()).filter(Boolean) : [];
        exitCode = await ratesListCommand({ ...common(cmd), rates: ratesLocation(opts.rates), currencies, from: opts.from, to: opts.to }, io);
      });
    addCommon(rates.command('import'))
      .description('read a file of rates (the ECB\'s, zipped or not, its Data Portal CSV, or a dated table in any base) into a humfig rates file')
      .argument('<file>', 'eurofxref-hist.zip or .csv, eurofxref.csv, eurofxref-*.xml, a Data Portal CSV, or a table date,currency,rate / date,USD,...')
      .option('--out <file>', 'write (or merge into) this rates file, atomically; default: print it', parsePath)
      .option('--retrieved <YYYY-MM-DD>', 'the day you downloaded the file, recorded with the source', parseDate)
      .option('--base <CUR>', 'a plain table: the currency its rates are per (a table of AMD per USD: --base USD)')
      .option('--per <N>', 'a plain table: its rates are per N units of the base (1, 10, 100, 1000...)')
      .option('--source <name>', 'who published the rates, recorded with every rate (needed for a plain table)')
      .option('--publisher <name>', 'the publishing organisation, recorded with the source')
      .addHelpText(
        'after',
        examples([
          'humfig rates import eurofxref-hist.zip --out my-rates.json',
          "humfig rates import amd-per-usd.csv --base USD --source 'Central Bank of Armenia' --out my-rates.json",
          'humfig convert 1000000 AMD CHF --date 2023-09-29 --rates my-rates.json',
        ]),
      )
      .action(async (file: string, opts: { out?: string; retrieved?: string; base?: string; per?: string; source?: string; publisher?: string }, cmd: Command) => {
        const { ratesImportCommand } = await import('./commands/rates.js');
        exitCode = await ratesImportCommand(
          { ...common(cmd), file, out: opts.out, retrieved: opts.retrieved, base: opts.base, per: opts.per, source: opts.source, publisher: opts.publisher },
          io,
        );
      });
  }
  if (wanted('calc')) {
    addCommon(program.command('calc'))
      .description('a derived figure: arithmetic over figure ids and numbers, with its range, units and sources')
      .argument('<expression>', 'e.g. "displaced-population / armenia-population"; + - * / and parentheses')
      .addOption(new Option('--as <form>', 'show a ratio as a percent or a plain ratio').choices(['percent', 'ratio']))
      .option('--to <unit>', 'express the result in this currency or unit (money at the latest input date)')
      .option('--date <YYYY-MM-DD>', 'the date of every rate, instead of each figure\'s own', parseDate)
      .option('--rates <file>', 'rate table to use (default: $HUMFIG_RATES, else the bundled ECB history)', parsePath)
      .addHelpText(
        'after',
        examples([
          'humfig calc "displaced-population / armenia-population" --as percent',
          'humfig calc "appeal-amount / displaced-population" --to USD --json',
          'humfig calc "residents - temporary-housing"',
        ]),
      )
      .action(async (expression: string, opts: { as?: 'percent' | 'ratio'; to?: string; date?: string; rates?: string }, cmd: Command) => {
        const { calcCommand } = await import('./commands/trust.js');
        exitCode = await calcCommand({ ...common(cmd), expression, as: opts.as, to: opts.to, date: opts.date, rates: ratesLocation(opts.rates) }, io);
      });
  }

  if (wanted('history')) {
    addCommon(program.command('history'))
      .description('every observation of one indicator over time, in date order, with the change between them')
      .argument('<indicator>', 'an indicator such as displaced (a figure id selects its indicator)')
      .option('--place <place>', 'only this place id')
      .option('--from <date>', 'first date (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
      .option('--to <date>', 'last date', parseDay)
      .addHelpText('after', examples(['humfig history displaced --place ARM', 'humfig history population --format csv > population.csv']))
      .action(async (indicator: string, opts: { place?: string; from?: string; to?: string }, cmd: Command) => {
        const { historyCommand } = await import('./commands/trust.js');
        exitCode = await historyCommand({ ...common(cmd), indicator, place: opts.place, from: opts.from, to: opts.to }, io);
      });
  }

  if (wanted('compare')) {
    addCommon(program.command('compare'))
      .description('the same indicator from different sources side by side, with the spread')
      .argument('<indicator>', 'an indicator such as displaced')
      .option('--place <place>', 'only this place id')
      .option('--as-of <date>', "each source's latest observation on or before this date", parseDay)
      .addHelpText('after', examples(['humfig compare displaced --place ARM', 'humfig compare population --as-of 2023-09 --json']))
      .action(async (indicator: string, opts: { place?: string; asOf?: string }, cmd: Command) => {
        const { compareCommand } = await import('./commands/trust.js');
        exitCode = await compareCommand({ ...common(cmd), indicator, place: opts.place, asOf: opts.asOf }, io);
      });
  }

  if (wanted('check')) {
    addCommon(program.command('check'))
      .description('claim checks: quotes, stated equivalents against dated rates, parts and wholes, dates (exit 1 when one fails)')
      .option('--rates <file>', 'rate table to use (default: $HUMFIG_RATES, else the bundled ECB history)', parsePath)
      .addHelpText('after', examples(['humfig check', 'humfig check --facts my-facts.json --json']))
      .action(async (opts: { rates?: string }, cmd: Command) => {
        const { checkCommand } = await import('./commands/trust.js');
        exitCode = await checkCommand({ ...common(cmd), today: today(), rates: ratesLocation(opts.rates) }, io);
      });
  }

  if (wanted('extract')) {
    addCommon(program.command('extract'))
      .description('draft a facts file from the figures of a plain-text report, for review')
      .argument('<file>', "the report, UTF-8 text; '-' for standard input")
      .option('--published <YYYY-MM-DD>', 'publication date: the year of undated dates, what "on Sunday" means', parseDate)
      .option('--out <file>', 'write the draft here, atomically (the source text path is recorded relative to it)', parsePath)
      .option('--source-id <id>', "the draft's source id (default: source)")
      .option('--title <title>', "the source's title (default: the file name)")
      .option('--publisher <name>', "the source's publisher")
      .addHelpText(
        'after',
        examples([
          'humfig extract data/sources/nagorno-karabakh-2023-10-01.txt --published 2023-10-01 > draft.json',
          'humfig validate draft.json',
          'humfig extract report.txt --format table',
          'cat report.txt | humfig extract - --json',
        ]) + '\nThe default output is the draft (JSON); --format table, plain, csv, tsv or ndjson lists the candidates for review.\n',
      )
      .action(async (file: string, opts: { published?: string; out?: string; sourceId?: string; title?: string; publisher?: string }, cmd: Command) => {
        const raw = cmd.optsWithGlobals<RawCommon>();
        const options = common(cmd);
        // the draft is the natural output of extract: JSON unless a format is asked for
        const format = raw.format === undefined && raw.json === undefined ? 'json' : options.format;
        const { extractCommand } = await import('./commands/extract.js');
        exitCode = await extractCommand({ ...options, format, file, stdin: readStdin, ...opts }, io);
      });
  }

  if (wanted('import')) {
    const imports = program
      .command('import')
      .description('bring data from other formats into a facts file')
      .action(() => {
        throw new UsageError("'humfig import' needs a format: hxl", ['see humfig import --help']);
      });
    addCommon(imports.command('hxl'))
      .description('read an HXL-tagged CSV (long, as humfig exports it, or HDX-style wide) into a humfig-facts/1 file')
      .argument('<file>', 'the HXL CSV file')
      .option('--out <file>', 'write the facts file here, atomically; default: print it', parsePath)
      .option('--dataset-id <id>', 'the dataset id (default: from the file name)')
      .option('--source-id <id>', 'the source id when the file has no #meta+source column (default: the file name)')
      .option('--publisher <name>', 'the publisher of the source')
      .addHelpText('after', examples(['humfig import hxl some-hdx-export.csv --out facts.json', 'humfig list --format hxl > mine.hxl.csv && humfig import hxl mine.hxl.csv --out copy.json']))
      .action(async (file: string, opts: { out?: string; datasetId?: string; sourceId?: string; publisher?: string }, cmd: Command) => {
        const { importHxlCommand } = await import('./commands/import-hxl.js');
        exitCode = await importHxlCommand({ ...common(cmd), file, out: opts.out, today: today(), datasetId: opts.datasetId, sourceId: opts.sourceId, publisher: opts.publisher }, io);
      });
  }

  if (wanted('completion')) {
    program
      .command('completion')
      .description('print a completion script for bash, zsh or fish (commands, flags, figure ids, currencies)')
      .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
      .addHelpText('after', examples(['eval "$(humfig completion bash)"', 'eval "$(humfig completion zsh)"', 'humfig completion fish | source']))
      .action(async (shell: 'bash' | 'zsh' | 'fish') => {
        const { completionScript } = await import('./output/completion-script.js');
        io.out(completionScript(shell, describeCommands(program)));
      });
  }
  if (wanted('__complete')) {
    // used by the completion scripts: candidates for a kind of value, one per line
    program
      .command('__complete', { hidden: true })
      .argument('<kind>')
      .action(async (kind: string, _opts, cmd: Command) => {
        const { completeCommand } = await import('./commands/complete.js');
        exitCode = await completeCommand({ kind, facts: factsLocation(cmd.optsWithGlobals<RawCommon>().facts) }, io);
      });
  }
  if (wanted('schema')) {
    program
      .command('schema')
      .description('print the JSON Schema of the facts format (humfig-facts/1)')
      .addHelpText('after', examples(['humfig schema > humfig-facts.schema.json']))
      .action(async () => {
        const { schemaCommand } = await import('./commands/schema.js');
        exitCode = await schemaCommand(io);
      });
  }

  // only the program itself takes stray words (to say "unknown command"); set after the
  // subcommands were created, so that they do not inherit it and reject extra arguments
  program.allowExcessArguments(true);
  return program;
}

/**
 * Parses the command line with commander and runs the command; returns its exit code. Commander's
 * own errors become UsageErrors (exit 2); asking for help or the version is a success.
 */
export async function runProgram(argv: readonly string[]): Promise<ExitCode> {
  try {
    await build(argv.slice(2)).parseAsync(argv as string[]);
    return exitCode;
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    // help asked for: exit 0; help shown because a command group was given no command: usage
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const [first = err.message, ...rest] = err.message.split('\n');
    throw new UsageError(first.replace(/^error: /, ''), [...rest.filter(Boolean).map((l) => l.replace(/^\((.*)\)$/, '$1')), 'see humfig --help']);
  }
}
