/**
 * `humfig extract <file|->`: drafts a facts file from the figures of a plain-text report, with
 * quotes, qualifiers, units, stated equivalents and a confidence for each, for a person to review
 * (then `humfig validate` and `humfig check`). JSON (the default) is the draft; the other formats
 * list the candidates for review.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { EXIT, type ExitCode } from '../errors.js';
import { extractFigures, type Candidate } from '../extract/extract.js';
import { decodeUtf8, readFileBytes } from '../facts/read-text-file.js';
import { writeFileAtomic } from '../fs/write-file-atomic.js';
import type { RecordView } from '../output/formats.js';
import { formatQuantity } from '../output/format-quantity.js';
import { renderJson } from '../output/render-json.js';
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
 * The source text's path as the draft will record it: relative to the folder the draft is written
 * to (--out), else to the working directory; none when that would leave the folder, since a facts
 * file may only name texts inside its own folder.
 */
function sourcePath(file: string, out: string | undefined): string | undefined {
  if (file === '-') return undefined;
  const rel = relative(out ? dirname(resolve(out)) : process.cwd(), resolve(file));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split('\\').join('/');
}

export async function extractCommand(options: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const text = options.file === '-' ? await options.stdin() : decodeUtf8(readFileBytes(options.file, options.file, 'source'), options.file);
  const sourceFile = sourcePath(options.file, options.out);
  const { draft, candidates, notes } = extractFigures(text, {
    ...(options.published ? { published: options.published } : {}),
    ...(options.sourceId ? { sourceId: options.sourceId } : {}),
    ...(sourceFile ? { sourceFile } : {}),
    // without --title the extractor takes the text's headline
    ...(options.title ? { title: options.title } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
  });
  // --out always receives the draft; stdout gets the draft (json) or the candidates (other formats)
  if (options.out) writeFileAtomic(options.out, renderJson(draft));
  if (options.format !== 'json') io.out(await renderRecords(candidates, candidateView, options));
  else if (!options.out) io.out(renderJson(draft));
  const review = notes.length > 0 ? `; to review:\n${notes.map((n) => `  ${sanitizeTerminal(n)}`).join('\n')}` : '';
  io.err(`humfig: ${candidates.length} figure${candidates.length === 1 ? '' : 's'} found${options.out ? `, draft written to ${options.out}` : ''}${review}\n`);
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
