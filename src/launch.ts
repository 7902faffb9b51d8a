/**
 * What bin/humfig.js runs: it picks a program before loading any. The frequent calls of shell
 * loops (fast-route.ts) each have a fast bundle, dist/fast-<command>.js and its variants: a
 * copy of the program (cli.ts) with only what that call needs, in one file, because loading the
 * two dozen small modules of the full program costs about as much as the rest of the call.
 * Anything else loads the full program, dist/cli.js. A fast bundle that meets a case it left
 * out goes on to the full program itself (cli.ts), so the answer is always the full program's.
 */
import { fastRoute } from './fast-route.js';

/**
 * The fast bundle of a call, if it has one: dist/fast-<command>.js, or a variant built with what
 * the call needs besides: `-facts` for a facts file of the user's (--facts, HUMFIG_FACTS), which
 * can accept a valid document; `-table` for a table (cli-table3). A file that must be reported
 * or read as a stream goes on from there to the full program; so does convert with a facts file.
 */
function fastBundle(): string | undefined {
  const env = process.env;
  if (env.HUMFIG_NO_FAST_PATH || env.HUMFIG_RATES) return undefined;
  const route = fastRoute(process.argv.slice(2));
  if (!route) return undefined;
  const facts = route.facts !== undefined || Boolean(env.HUMFIG_FACTS);
  const table = route.command !== 'summary' && !route.json && route.format === undefined && !route.value && route.rest[0] !== '--batch';
  if (route.command === 'convert' && facts) return undefined;
  return `./fast-${route.command}${facts ? '-facts' : ''}${table ? '-table' : ''}.js`;
}

await import(fastBundle() ?? './cli.js');
