/**
 * `humfig extract <file|->`: drafts a facts file from the figures of a plain-text report, with
 * quotes, qualifiers, units, stated equivalents and a confidence for each, for a person to review
 * (then `humfig validate` and `humfig check`). JSON (the default) is the draft; the other formats
 * list the candidates for review.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { EXIT, FileInvalidError, type ExitCode, type FileIssue } from '../errors.js';
import { extractFigures, type Candidate } from '../extract/extract.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { writeFileAtomicWith } from '../fs/write-file-atomic.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderJsonPieces } from '../output/render-json.js';
import { renderRecords } from '../output/render.js';
import { sanitizeTerminal } from '../output/sanitize.js';
import type { CommonOptions, Io } from './context.js';
import type { CommandInput, CommandContext } from './command-spec.js';

export interface ExtractCommandOptions extends CommonOptions {
  /** a path, or '-' for standard input */
  file: string;
  stdin: () => Promise<string>;
  published?: string | undefined;
  out?: string | undefined;
  sourceId?: string | undefined;
  title?: string | undefined;
  publisher?: string | undefined;
}

const candidateView: RecordView<Candidate> = {
  json: (c) => ({ ...c }),
  fields: ['id', 'value', 'unit', 'qualifier', 'low', 'high', 'quote', 'indicator', 'place', 'asOf', 'confidence', 'stated', 'line', 'reasons'],
  table: [
    { header: 'line', value: (c) => c.line },
    { header: 'value', value: (c) => formatQuantity({ ...c, low: c.value, high: c.value }) },
    { header: 'indicator', value: (c) => c.indicator ?? '(review)' },
    { header: 'place', value: (c) => c.place ?? '(review)' },
    { header: 'as of', value: (c) => c.asOf ?? '(review)' },
    { header: 'sure', value: (c) => `${Math.round(c.confidence * 100)}%` },
    { header: 'quote', value: (c) => c.quote },
  ],
  csv: [
    { header: 'id', value: (c) => c.id, hxl: '#meta+id' },
    { header: 'line', value: (c) => c.line, hxl: '#meta+line+num' },
    { header: 'value', value: (c) => c.value, hxl: '#indicator+value+num' },
    { header: 'unit', value: (c) => c.unit, hxl: '#indicator+unit' },
    { header: 'qualifier', value: (c) => c.qualifier, hxl: '#indicator+qualifier' },
    { header: 'indicator', value: (c) => c.indicator, hxl: '#indicator+code' },
    { header: 'place', value: (c) => c.place, hxl: '#loc+code' },
    { header: 'asOf', value: (c) => c.asOf, hxl: '#date+reported' },
    { header: 'confidence', value: (c) => c.confidence, hxl: '#meta+confidence+num' },
    { header: 'quote', value: (c) => c.quote, hxl: '#meta+quote' },
  ],
};

/**
 * The source text's path as the draft records it, and what to tell the user about it. A facts
 * file names its texts relative to its own folder and never outside it (a rule of the format:
 * validate and check read no file beyond the facts file's folder). So the path is relative to
 * the folder of --out, or, for a draft on stdout, to the working directory, which is where
 * validate looks when the draft is saved there (`> draft.json`). A text outside that folder
 * cannot be named: the draft goes without a path and stderr says why and what to do.
 */
export function sourcePath(file: string, out: string | undefined, cwd: string): { path?: string; note?: string } {
  if (file === '-') return { note: 'source text not recorded: it came from standard input; set sources[0].text to its path, relative to the draft, to have quotes checked' };
  const base = out ? dirname(resolve(cwd, out)) : cwd;
  const rel = relative(base, resolve(cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel)) {
    const where = out ? `the folder of ${out}` : 'the working directory';
    return {
      note: `source text not recorded: ${file} is outside ${where}, and a facts file may only name texts inside its own folder; write the draft in the text's folder or one above it (--out), or copy the text beside the draft and set sources[0].text`,
    };
  }
  const path = rel.split('\\').join('/');
  if (out) return { path };
  return { path, note: `source text recorded as '${path}', relative to the working directory: save the draft here (> draft.json), or use --out to write it elsewhere with the path made relative to it` };
}

/** A report text that cannot be extracted from (exit 65, code TEXT_INVALID). */
class TextInvalidError extends FileInvalidError {
  override readonly code = 'TEXT_INVALID';
  constructor(issues: FileIssue[]) {
    super(issues, 'text');
  }
}

export async function extractCommand(options: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const text = options.file === '-' ? await options.stdin() : decodeUtf8(readFileBytes(options.file, options.file, 'source'), options.file);
  // (an empty text drafts nothing: refused, as import refuses an empty table, so that no --out is replaced by an empty draft)
  if (text.trim() === '') {
    throw new TextInvalidError([{ file: options.file === '-' ? 'standard input' : options.file, path: '', line: 1, column: 1, message: 'the text is empty (or only white space): there is nothing to extract; no draft is written' }]);
  }
  const source = sourcePath(options.file, options.out, process.cwd());
  const { draft, candidates, notes } = extractFigures(text, {
    ...(options.published ? { published: options.published } : {}),
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    ...(source.path ? { sourceFile: source.path } : {}),
    // without --title the extractor takes the text's headline
    ...(options.title ? { title: options.title } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    // the candidates' reasons are shown only where the candidates are (every format but json, whose output is the draft)
    reasons: options.format !== 'json',
  });
  if (source.note) notes.splice(1, 0, source.note);
  // --out always receives the draft; stdout gets the draft (json) or the candidates (other formats)
  // the draft is written in pieces: a large report's draft is never one string or buffer
  if (options.out) {
    writeFileAtomicWith(options.out, (write) => {
      for (const piece of renderJsonPieces(draft, 'figures')) write(Buffer.from(piece, 'utf8'));
    }, { inputs: [options.file] });
  }
  if (options.format !== 'json') io.out(await renderRecords(candidates, candidateView, options));
  else if (!options.out) for (const piece of renderJsonPieces(draft, 'figures')) io.out(piece);
  const review = notes.length > 0 ? `; to review:\n${notes.map((n) => `  ${sanitizeTerminal(n)}`).join('\n')}` : '';
  io.err(`humfig: ${candidates.length} figure${candidates.length === 1 ? '' : 's'} found${options.out ? `, draft written to ${sanitizeTerminal(options.out)}` : ''}${review}\n`);
  return EXIT.ok;
}

/** Runs `humfig extract` as the command line asked. */
export function run({ args, flags: f }: CommandInput<{ published?: string; out?: string; sourceId?: string; title?: string; publisher?: string }>, context: CommandContext): Promise<ExitCode> {
  const options = context.common(f);
  // the draft is the natural output of extract: JSON unless a format is asked for
  const format = f.format === undefined && f.json === undefined ? 'json' : options.format;
  return extractCommand(
    { ...options, format, file: args[0] as string, stdin: context.readStdin, published: f.published, out: f.out, sourceId: f.sourceId, title: f.title, publisher: f.publisher },
    context.io,
  );
}
