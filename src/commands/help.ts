/**
 * What `--help` adds to commander's help, laid out for the terminal (output/help-text.ts): the
 * examples and notes of a command, a command group's subcommands' examples, and the program's
 * examples and exit codes. cli.ts imports this module only when help is asked for, so the
 * commands that run pay nothing for it.
 */
import type { Help, HelpConfiguration } from 'commander';
import { EXIT_TABLE } from '../errors.js';
import { formatExamples, formatExitCodes, formatItem, formatParagraph, indentWrapped } from '../output/help-text.js';
import { wrapWords } from '../output/wrap-text.js';
import type { GroupCommand, LeafCommand } from './command-spec.js';

/** How many examples of each subcommand a group's help shows (the subcommand's help has all). */
const EXAMPLES_PER_SUBCOMMAND = 2;

export interface HelpText {
  /** commander's help, wrapped to the width */
  configure: HelpConfiguration;
  /** after a command's own help: its examples and notes */
  leaf(spec: LeafCommand): string;
  /** after a group's help: examples of its subcommands, and where to read their flags */
  group(spec: GroupCommand): string;
  /** after the program's help */
  program(examples: readonly string[]): string;
}

/** The examples a group's help shows: its own, else the first few of each subcommand. */
export function groupExamples(spec: GroupCommand): string[] {
  return spec.examples ? [...spec.examples] : spec.commands.flatMap((c) => (c.examples ?? []).slice(0, EXAMPLES_PER_SUBCOMMAND));
}

/** The help texts for a terminal `width` columns wide; `plain` is commander's own layout. */
export function helpText(width: number, plain: Help): HelpText {
  const pointer = (text: string) => `\n${wrapWords(text, width).join('\n')}\n`;
  return {
    configure: {
      helpWidth: width,
      minWidthToWrap: 0,
      formatItem: (term, termWidth, description) => formatItem(term, termWidth, description, width),
      boxWrap: (text, boxWidth) => wrapWords(text, boxWidth).join('\n'),
      // commander does not wrap the usage line: wrapped here, under the first word after "Usage:"
      formatHelp: (cmd, helper) => {
        const [usage = '', ...rest] = plain.formatHelp.call(helper, cmd, helper).split('\n');
        return [...indentWrapped(usage.replace(/^Usage: /, ''), width, 7).map((l, i) => (i === 0 ? `Usage: ${l.trimStart()}` : l)), ...rest].join('\n');
      },
    },
    leaf: (spec) => formatExamples(spec.examples, width) + formatParagraph(spec.notes, width),
    group: (spec) =>
      formatExamples(groupExamples(spec), width) + formatParagraph(spec.notes, width) + pointer(`Run 'humfig ${spec.name} <${spec.subject}> --help' for its flags and more examples.`),
    program: (examples) =>
      formatExamples(examples, width) +
      formatExitCodes(EXIT_TABLE, width) +
      pointer("Run 'humfig <command> --help' for a command's flags and examples; the whole manual: 'man humfig' once installed, or 'man ./man/humfig.1' in the package."),
  };
}
