/** `humfig schema`: the JSON Schema of humfig-facts/1, generated from the zod schema. */
import * as z from '../facts/zod.js';
import { EXIT, UsageError, clipInput, type ExitCode } from '../errors.js';
import { FACTS_FORMAT, factsFileSchema } from '../facts/schema.js';
import { renderJson } from '../output/render-json.js';
import type { Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

/** The JSON Schema document (draft 2020-12) of the facts format. */
export function factsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(factsFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    title: `humfig facts file (${FACTS_FORMAT})`,
    description:
      'Humanitarian figures with unit, qualifier, date, place and source quote. Rules that span fields (unique ids, references, quotes found in the source text) are checked by `humfig validate`, not by this schema.',
  };
}

export async function schemaCommand(io: Io): Promise<ExitCode> {
  io.out(renderJson(factsJsonSchema()));
  return EXIT.ok;
}

/** Runs `humfig schema`: the schema is a JSON document, and nothing else is asked of it silently. */
export function run(input: CommandInput, context: CommandContext): Promise<ExitCode> {
  const format = input.flags.format;
  if (typeof format === 'string' && format !== 'json') {
    throw new UsageError(`schema prints the JSON Schema only, not ${clipInput(format)}`, ['leave out --format (or give --format json)']);
  }
  if (input.flags.fields !== undefined) throw new UsageError('schema prints the whole JSON Schema: it takes no --fields', ['leave out --fields']);
  if (typeof input.flags.json === 'string' && input.flags.json !== '') throw new UsageError('schema prints the whole JSON Schema: it takes no --json <fields>', ['give --json alone, or leave it out']);
  return schemaCommand(context.io);
}
