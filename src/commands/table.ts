/**
 * The table of humfig's commands, in the order help lists them. Each declaration lives in its
 * own `<command>.spec.ts` (data only, light to import); the module that runs a command is
 * imported only when that command is called. Help, completion scripts and "did you mean" are
 * derived from this table.
 */
import type { CommandSpec, LeafCommand } from './command-spec.js';
import { calcSpec } from './calc.spec.js';
import { checkSpec } from './check.spec.js';
import { citeSpec } from './cite.spec.js';
import { compareSpec } from './compare.spec.js';
import { completeSpec, completionSpec } from './completion.spec.js';
import { convertSpec } from './convert.spec.js';
import { extractSpec } from './extract.spec.js';
import { getSpec } from './get.spec.js';
import { historySpec } from './history.spec.js';
import { importSpec } from './import.spec.js';
import { listSpec } from './list.spec.js';
import { ratesSpec } from './rates.spec.js';
import { schemaSpec } from './schema.spec.js';
import { sourcesSpec } from './sources.spec.js';
import { summarySpec } from './summary.spec.js';
import { validateSpec } from './validate.spec.js';

export const COMMANDS: readonly CommandSpec[] = [
  summarySpec,
  listSpec,
  getSpec,
  sourcesSpec,
  citeSpec,
  validateSpec,
  convertSpec,
  ratesSpec,
  calcSpec,
  historySpec,
  compareSpec,
  checkSpec,
  extractSpec,
  importSpec,
  completionSpec,
  schemaSpec,
  completeSpec,
];

/** The program itself: `humfig` with no command runs `summary`. */
export const PROGRAM = {
  name: 'humfig',
  summary: 'Humanitarian figures with their unit, qualifier, date, place and source.',
  examples: ['humfig', 'humfig get displaced --json | jq .value', 'humfig list --place ARM --format csv'],
  default: summarySpec satisfies LeafCommand,
} as const;
