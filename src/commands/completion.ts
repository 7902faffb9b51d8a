/**
 * `humfig completion <shell>`: a completion script for bash, zsh or fish, derived from the
 * table of commands (so a new flag completes without touching the scripts).
 */
import { EXIT, type ExitCode } from '../errors.js';
import { completionScript, type CommandSpec as CompletedCommand, type OptionSpec, type Shell } from '../output/completion-script.js';
import { isGroup, type CommandContext, type CommandInput, type CommandSpec, type FlagSpec, type LeafCommand } from './command-spec.js';
import { COMMON_FLAGS } from './shared-flags.js';

/** The long flag of a declaration: `--as-of` of `--as-of <date>`. */
const longFlag = (f: FlagSpec): string => f.flags.split(/[ ,]+/).find((w) => w.startsWith('--'))!;

function describeFlag(f: FlagSpec): OptionSpec {
  const takesValue = /[<[]/.test(f.flags);
  const kind = f.choices ? 'choice' : (f.value ?? (takesValue ? 'other' : 'none'));
  return { flag: longFlag(f), takesValue, kind, description: f.description, ...(f.choices ? { choices: f.choices } : {}) };
}

function describeLeaf(spec: LeafCommand, path: string, group?: CommandSpec): CompletedCommand {
  const flags = [...(spec.common === false ? [] : COMMON_FLAGS), ...(spec.flags ?? [])];
  return {
    path,
    summary: spec.summary,
    ...(group ? { groupSummary: group.summary } : {}),
    options: flags.map(describeFlag),
    args: spec.args?.find((a) => a.value !== undefined)?.value ?? 'none',
  };
}

/** What the completion scripts need to know of each visible command, read off the table. */
export function describeCommands(commands: readonly CommandSpec[]): CompletedCommand[] {
  return commands
    .filter((c) => !c.hidden)
    .flatMap((c) => (isGroup(c) ? c.commands.map((s) => describeLeaf(s, `${c.name} ${s.name}`, c)) : [describeLeaf(c, c.name)]));
}

/** Runs `humfig completion <shell>`. */
export async function run({ args }: CommandInput, context: CommandContext): Promise<ExitCode> {
  context.io.out(completionScript(args[0] as Shell, describeCommands(context.commands)));
  return EXIT.ok;
}
