/**
 * The error family. Every error a user can cause carries its exit code; cli.ts is the only
 * place that turns one into a message and an exit status. Lower layers throw, never print.
 */

/** The documented exit codes (README "Exit codes"; also printed by `humfig --help`). */
/**
 * Messages quote what the user gave (a key, an id, a line), and what the user gave can be
 * 50 MB long: a message shows at most a short prefix of it and says how long it was.
 */
/** How many characters of an input a message quotes. */
export const QUOTE_CHARS = 80;

/** `text`, or its first `max` characters followed by how long it was. */
export function clipInput(text: string, max = QUOTE_CHARS): string {
  if (text.length <= max) return text;
  // never cut a surrogate pair in two
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${text.length.toLocaleString('en-US')} characters in all)`;
}

/**
 * Names for a message, each clipped: all of them up to 12, else the first 10 and how many in all
 * (a file may have thousands: the message stays short whatever the input).
 */
export function someOf(names: Iterable<string>): string {
  const shown: string[] = [];
  let count = 0;
  for (const name of names) {
    if (shown.length < 12) shown.push(clipInput(name));
    count++;
  }
  if (count === 0) return 'none';
  return count <= 12 ? shown.join(', ') : `${shown.slice(0, 10).join(', ')}, ... (${count.toLocaleString('en-US')} in all)`;
}

/** The longest message and hint humfig prints, and how many hints at most. */
const MAX_MESSAGE_CHARS = 2000;
const MAX_HINTS = 20;

export const EXIT = {
  ok: 0,
  /** nothing found: unknown or ambiguous id, empty result, a check that found problems */
  notFound: 1,
  /** usage: unknown command or flag, malformed argument */
  usage: 2,
  /** a facts or rates file is invalid (sysexits EX_DATAERR) */
  dataInvalid: 65,
  /** a facts or rates file is missing or unreadable (EX_NOINPUT) */
  noInput: 66,
  /** a conversion is unavailable: no rate or factor for it (EX_UNAVAILABLE) */
  unavailable: 69,
  /** internal error: a bug (EX_SOFTWARE) */
  internal: 70,
  /** cannot write the output file (EX_CANTCREAT) */
  cantCreate: 73,
  /** writing standard output failed: a full disk, an I/O error (EX_IOERR) */
  ioError: 74,
  /** interrupted by Ctrl-C (128 + SIGINT) */
  interrupted: 130,
  /** ended by kill (128 + SIGTERM) */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table as printed in help and documented in the README. */
export const EXIT_TABLE: ReadonlyArray<readonly [ExitCode, string]> = [
  [EXIT.ok, 'success'],
  [EXIT.notFound, 'nothing found: unknown or ambiguous id, empty result, or a check found problems'],
  [EXIT.usage, 'usage: unknown command or flag, malformed argument, unknown unit or currency'],
  [EXIT.dataInvalid, 'a facts or rates file is invalid'],
  [EXIT.noInput, 'a facts or rates file is missing or unreadable'],
  [EXIT.unavailable, 'a conversion is unavailable (no rate or factor for it, or a stale rate with --strict)'],
  [EXIT.internal, 'internal error: a bug in humfig, please report it'],
  [EXIT.cantCreate, 'an output file cannot be written'],
  [EXIT.ioError, 'standard output cannot be written (a full disk, an I/O error)'],
  [EXIT.interrupted, 'interrupted (Ctrl-C)'],
  [EXIT.terminated, 'ended by SIGTERM'],
];

/** One problem found in a file, located as precisely as the file allows. */
export interface FileIssue {
  file: string;
  /** JSON path such as `figures[3].value`, or '' for the whole document */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

/** Base of every error a user can cause. `code` is a stable machine-readable name. */
export class HumfigError extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly hints: string[];
  constructor(message: string, exitCode: ExitCode, code: string, hints: string[] = []) {
    // the safety net under every message: an input quoted whole could be megabytes long
    super(clipInput(message, MAX_MESSAGE_CHARS));
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.code = code;
    this.hints = hints.slice(0, MAX_HINTS).map((h) => clipInput(String(h), MAX_MESSAGE_CHARS));
  }
  /** Extra machine-readable fields for the `--json` error object. */
  details(): Record<string, unknown> {
    return {};
  }
}

export class UsageError extends HumfigError {
  constructor(message: string, hints: string[] = []) {
    super(message, EXIT.usage, 'USAGE', hints);
  }
}

export class NotFoundError extends HumfigError {
  constructor(message: string, hints: string[] = [], code = 'NOT_FOUND') {
    super(message, EXIT.notFound, code, hints);
  }
}

/** How many ids an unknown or ambiguous id's error lists at most (JSON `suggestions`). */
const MAX_SUGGESTIONS = 10;

/** An id that matches no figure, or a prefix that matches several. */
export class UnknownFigureError extends NotFoundError {
  readonly id: string;
  readonly suggestions: string[];
  constructor(id: string, suggestions: string[], ambiguous = false) {
    const hint = suggestions.length > 0 ? [`did you mean ${someOf(suggestions)}?`] : [];
    super(
      ambiguous
        ? `figure id '${clipInput(id)}' is ambiguous: it is the start of ${suggestions.length.toLocaleString('en-US')} ids`
        : `no figure with id '${clipInput(id)}'`,
      hint,
      ambiguous ? 'AMBIGUOUS_FIGURE' : 'UNKNOWN_FIGURE',
    );
    this.id = clipInput(id);
    // (the first ones only: a prefix of 20,000 ids made a megabyte of JSON)
    this.suggestions = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => clipInput(s));
  }
  override details(): Record<string, unknown> {
    return { id: this.id, suggestions: this.suggestions };
  }
}

/** A facts or rates file that parsed badly or broke the format's rules; lists every problem. */
export class FileInvalidError extends HumfigError {
  readonly issues: FileIssue[];
  /** `further`: how many more problems the one-line message names after the first (by default, the other issues; 0 where the first already counts them) */
  constructor(issues: FileIssue[], what = 'facts', further = issues.length - 1) {
    const first = issues[0];
    const more = further > 0 ? ` (and ${further} more problem${further > 1 ? 's' : ''})` : '';
    super(
      first ? `${formatIssue(first)}${more}` : `invalid ${what} file`,
      EXIT.dataInvalid,
      what === 'facts' ? 'FACTS_INVALID' : 'RATES_INVALID',
    );
    this.issues = issues.map((i) => (i.message.length > MAX_MESSAGE_CHARS ? { ...i, message: clipInput(i.message, MAX_MESSAGE_CHARS) } : i));
  }
  override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

/** A file that does not exist, is a directory, or cannot be read. */
export class FileUnreadableError extends HumfigError {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string, hints: string[] = []) {
    super(`cannot read ${file}: ${reason}`, EXIT.noInput, 'FILE_UNREADABLE', hints);
    this.file = file;
    this.reason = reason;
  }
  override details(): Record<string, unknown> {
    return { file: this.file };
  }
}

/** An output file that cannot be written; the old file, if any, is untouched. */
export class FileWriteError extends HumfigError {
  constructor(file: string, reason: string) {
    super(`cannot write ${file}: ${reason}`, EXIT.cantCreate, 'FILE_UNWRITABLE');
  }
}

/** No rate or factor for a conversion, or a rate too old under --strict. */
export class ConversionUnavailableError extends HumfigError {
  constructor(message: string, hints: string[] = [], code = 'CONVERSION_UNAVAILABLE') {
    super(message, EXIT.unavailable, code, hints);
  }
}

/** `file:line:column: path: message`, the one-line form of an issue. */
export function formatIssue(issue: FileIssue): string {
  const where = issue.line !== undefined ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  const text = issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
  // one issue, one line: a key or value quoted from the file may hold a line break
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
