/**
 * A manual page in roff (the man macros) from plain data: the program, its options, its
 * commands with their flags and examples, exit codes, environment and files. Every piece of
 * text is escaped, so that a summary holding a backslash, a leading dot or quote, a hyphen or
 * a non-ASCII character prints as written: `-` becomes `\-` (a minus sign, so that flags copy
 * from the page as typed), `\` becomes `\e`, other characters beyond ASCII become `\[uXXXX]`
 * (no dependence on the reader's locale), and a line that would begin with `.` or `'` starts
 * with `\&` (else roff would read it as a request). Pure: data in, text out.
 */

export interface ManFlag {
  /** commander's syntax: `--date <YYYY-MM-DD>`, `-V, --version` */
  flags: string;
  description: string;
  choices?: readonly string[] | undefined;
  default?: string | number | boolean | undefined;
}

export interface ManArgument {
  name: string;
  description: string;
  required?: boolean | undefined;
}

export interface ManCommand {
  /** `get`, or `rates list` for a subcommand */
  path: string;
  summary: string;
  args: readonly ManArgument[];
  flags: readonly ManFlag[];
  /** whether the common options apply to it too */
  common: boolean;
  examples: readonly string[];
  notes?: string | undefined;
}

export interface ManPage {
  name: string;
  version: string;
  summary: string;
  /** paragraphs */
  description: readonly string[];
  options: readonly ManFlag[];
  commands: readonly ManCommand[];
  exitCodes: ReadonlyArray<readonly [number, string]>;
  environment: ReadonlyArray<readonly [string, string]>;
  files: ReadonlyArray<readonly [string, string]>;
  examples: readonly string[];
  seeAlso: readonly string[];
}

/** Text escaped for roff (see the module comment); `"` too, for a text inside a quoted macro argument. */
export function roffText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\e';
    else if (ch === '-') out += '\\-';
    else if (ch === '"') out += '\\(dq';
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else if (code > 0x7e) out += `\\[u${code.toString(16).toUpperCase().padStart(4, '0')}]`;
    else out += ch;
  }
  return out;
}

/** A line of running text: escaped, and guarded when it would begin like a request. */
const textLine = (text: string): string => {
  const escaped = roffText(text);
  return /^[.']/.test(escaped) ? `\\&${escaped}` : escaped;
};

const bold = (text: string) => `\\fB${roffText(text)}\\fR`;
const italic = (text: string) => `\\fI${roffText(text)}\\fR`;

/** `--date <YYYY-MM-DD>` as `\fB\-\-date\fR \fI<YYYY\-MM\-DD>\fR`: flag names bold, values italic. */
function flagTerm(flags: string): string {
  return flags
    .split(' ')
    .map((word) => (word.startsWith('-') ? bold(word.replace(/,$/, '')) + (word.endsWith(',') ? ',' : '') : italic(word)))
    .join(' ');
}

function flagItem(f: ManFlag): string[] {
  const extra = [f.choices ? `One of: ${f.choices.join(', ')}.` : '', f.default !== undefined ? `Default: ${String(f.default)}.` : ''].filter(Boolean).join(' ');
  return ['.TP', flagTerm(f.flags), textLine(extra ? `${f.description.replace(/\.?$/, '.')} ${extra}` : f.description)];
}

/** Example command lines as they are typed: indented, not filled. */
function exampleBlock(lines: readonly string[]): string[] {
  return ['.PP', '.RS 4', '.nf', ...lines.map((l) => textLine(`$ ${l}`)), '.fi', '.RE'];
}

/** The synopsis of a command: `humfig get [options] [id...]`. */
function synopsis(name: string, c: ManCommand): string {
  const options = c.common || c.flags.length > 0 ? ` [${italic('options')}]` : '';
  const args = c.args.map((a) => (a.required ? ` ${italic(a.name)}` : ` [${italic(a.name)}]`)).join('');
  return `${bold(`${name} ${c.path}`)}${options}${args}`;
}

function commandSection(name: string, c: ManCommand): string[] {
  const lines = [`.SS "${roffText(`${name} ${c.path}`)}"`, textLine(`${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`), '.PP', synopsis(name, c)];
  for (const a of c.args) lines.push('.TP', italic(a.name), textLine(a.description));
  for (const f of c.flags) lines.push(...flagItem(f));
  if (c.common) lines.push('.PP', textLine('It also takes the common options (see OPTIONS).'));
  if (c.notes) lines.push('.PP', textLine(c.notes));
  if (c.examples.length > 0) lines.push(...exampleBlock(c.examples));
  return lines;
}

/** The manual page of a program, as roff source for `man`. */
export function renderManPage(page: ManPage): string {
  const upper = page.name.toUpperCase();
  const lines = [
    `.\\" Generated from the declarations of ${page.name}'s commands; do not edit.`,
    `.TH ${upper} 1 "" "${roffText(`${page.name} ${page.version}`)}" "User Commands"`,
    // no hyphenation and a ragged right edge: flags and ids must read as typed
    '.nh',
    '.ad l',
    '.SH NAME',
    `${roffText(page.name)} \\- ${roffText(page.summary.replace(/\.$/, ''))}`,
    '.SH SYNOPSIS',
    `${bold(page.name)} [${italic('options')}] [${italic('command')}] [${italic('arguments')}]`,
    ...page.commands.flatMap((c) => ['.br', synopsis(page.name, c)]),
    '.SH DESCRIPTION',
    ...page.description.flatMap((p, i) => (i === 0 ? [textLine(p)] : ['.PP', textLine(p)])),
    '.SH OPTIONS',
    textLine('These apply to the program and to every command that prints figures:'),
    ...page.options.flatMap(flagItem),
    '.SH COMMANDS',
    ...page.commands.flatMap((c) => commandSection(page.name, c)),
    '.SH "EXIT STATUS"',
    ...page.exitCodes.flatMap(([code, text]) => ['.TP', bold(String(code)), textLine(text)]),
    '.SH ENVIRONMENT',
    ...page.environment.flatMap(([name, text]) => ['.TP', bold(name), textLine(text)]),
    '.SH FILES',
    ...page.files.flatMap(([path, text]) => ['.TP', italic(path), textLine(text)]),
    '.SH EXAMPLES',
    ...exampleBlock(page.examples),
    '.SH "SEE ALSO"',
    ...page.seeAlso.flatMap((p, i) => (i === 0 ? [textLine(p)] : ['.PP', textLine(p)])),
  ];
  return `${lines.join('\n')}\n`;
}
