/**
 * What bin/humfig.js runs: it picks a program before loading any. The frequent calls of shell
 * loops (fast-route.ts) on the bundled data each have a fast bundle, dist/fast-<command>.js: a
 * copy of the program (cli.ts) with only what that call needs, in one file, because loading the
 * two dozen small modules of the full program costs about as much as the rest of the call.
 * Anything else loads the full program, dist/cli.js. A fast bundle that meets a case it left
 * out goes on to the full program itself (cli.ts), so the answer is always the full program's.
 */
import { fastRoute } from './fast-route.js';

/**
 * The calls that have a fast bundle: the summary, and the others but for their tables (which
 * need cli-table3): JSON, `--format <format>`, `get --value`, `get --batch`. With a facts file of the user's (--facts, HUMFIG_FACTS), the bundle that can
 * also accept a valid facts document (fast-<command>-facts.js); one that must be reported, read
 * as a stream or converted with goes on to the full program.
 */
function fastBundle(): string | undefined {
  const env = process.env;
  if (env.HUMFIG_NO_FAST_PATH || env.HUMFIG_RATES) return undefined;
  const route = fastRoute(process.argv.slice(2));
  if (!route) return undefined;
  if (route.command !== 'summary' && !route.json && route.format === undefined && !route.value && route.rest[0] !== '--batch') return undefined;
  if (route.facts === undefined && !env.HUMFIG_FACTS) return `./fast-${route.command}.js`;
  return route.command === 'convert' ? undefined : `./fast-${route.command}-facts.js`;
}

await import(fastBundle() ?? './cli.js');
