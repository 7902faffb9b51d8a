/** `humfig schema`: the JSON Schema of humfig-facts/1, generated from the zod schema. */
import * as z from '../facts/zod.js';
import { EXIT, type ExitCode } from '../errors.js';
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

/** Runs `humfig schema`. */
export function run(_input: CommandInput, context: CommandContext): Promise<ExitCode> {
  return schemaCommand(context.io);
}
