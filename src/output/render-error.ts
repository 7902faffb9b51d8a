/**
 * An error as the user sees it: `humfig: <message>` then indented hint lines, or with --json
 * one JSON object `{"error": {...}}`. Anything that is not a HumfigError is a bug: exit 70.
 */
import { EXIT, HumfigError, type ExitCode } from '../errors.js';
import { renderJsonLine } from './render-json.js';
import { sanitizeTerminal } from './sanitize.js';

export interface RenderedError {
  text: string;
  exitCode: ExitCode;
}

/** The stderr text and exit code for an error; `debug` adds the stack of an internal error. */
export function renderError(err: unknown, json: boolean, debug = false): RenderedError {
  if (err instanceof HumfigError) {
    if (json) {
      const body = { error: { code: err.code, exitCode: err.exitCode, message: err.message, hints: err.hints, ...err.details() } };
      return { text: renderJsonLine(body), exitCode: err.exitCode };
    }
    const hints = err.hints.map((h) => `  ${sanitizeTerminal(h)}\n`).join('');
    return { text: `humfig: ${sanitizeTerminal(err.message)}\n${hints}`, exitCode: err.exitCode };
  }
  const detail = err instanceof Error ? (debug && err.stack ? err.stack : err.message) : String(err);
  const message = `internal error: ${detail}`;
  const text = json
    ? renderJsonLine({ error: { code: 'INTERNAL', exitCode: EXIT.internal, message, hints: ['this is a bug in humfig; please report it with the command you ran'] } })
    : `humfig: ${message}\nhumfig: this is a bug in humfig; please report it with the command you ran\n`;
  return { text, exitCode: EXIT.internal };
}
