/**
 * What the CLI prints: a redline or a motion in the chosen format, a
 * diagnostic as one line, an error as one line.
 *
 * @module
 */
import {
  RedlineError,
  toHtml,
  toInstructions,
  toMarkdown,
  toSynopsis,
  toText,
  type Diagnostic,
  type Motion,
  type Redline,
} from '../index.js';
import { lineLengthOf, UsageError, type OutputFormat, type ParseFormat, type Values } from './args.js';
import { writeDocxOutput } from './docx.js';
import { redlinePdf } from './formats.js';
import { emit, type CliIO } from './io.js';

/**
 * ANSI colours for `--format text`: `--color`/`--no-color` decide (`--color`
 * also with `-o FILE`: asked for explicitly, so written into the file); else
 * never into a file; else `FORCE_COLOR` (`0`/`false`: off, any other value:
 * on, also into a pipe), `NO_COLOR` (set and not empty: off); else only on a
 * terminal that has colours (`hasColors`: not with `TERM=dumb`).
 */
export function useColor(values: Values, io: CliIO): boolean {
  if (values['no-color'] === true) return false;
  if (values.color === true) return true;
  if (values.output !== undefined && values.output !== '-') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (io.stdout.isTTY !== true) return false;
  return io.stdout.hasColors === undefined ? io.env['TERM'] !== 'dumb' : io.stdout.hasColors(io.env);
}

/** Writes a redline in the chosen format: text formats to standard output or `-o`, binary ones to `-o` only. */
export async function emitRedline(io: CliIO, values: Values, result: Redline, format: OutputFormat): Promise<void> {
  if (format === 'pdf') {
    if (values.output === undefined || values.output === '-') {
      throw new UsageError('--format pdf writes a binary file: give it with -o FILE');
    }
    const lineLength = lineLengthOf(values);
    const pdf = await redlinePdf(result, { title: values.title, lineNumbers: values['line-numbers'], lineLength });
    return emit(io, values.output, pdf);
  }
  if (format !== 'docx') return emit(io, values.output, renderRedline(result, format, values, io));
  await writeDocxOutput(result, values.output, {
    ...(values.title !== undefined ? { title: values.title } : {}),
    lineNumbers: values['line-numbers'] === true,
  });
}

/** A redline in one of the text output formats. */
export function renderRedline(
  result: Redline,
  format: Exclude<OutputFormat, 'docx' | 'pdf'>,
  values: Values,
  io: CliIO,
): string {
  const lineLength = lineLengthOf(values);
  const lines =
    values['line-numbers'] === true ? { lineNumbers: true, ...(lineLength !== undefined ? { lineLength } : {}) } : {};
  switch (format) {
    case 'markdown':
      return ensureNewline(toMarkdown(result, lines));
    case 'html':
      return ensureNewline(
        toHtml(result, { document: true, ...lines, ...(values.title !== undefined ? { title: values.title } : {}) }),
      );
    case 'text':
      return ensureNewline(toText(result, { color: useColor(values, io), ...lines }));
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'synopsis':
      return ensureNewline(toSynopsis(result, { format: 'markdown' }));
    case 'instructions': {
      return ensureNewline(
        toInstructions(result, {
          lines: values['line-numbers'] === true,
          ...(lineLength !== undefined ? { lineLength } : {}),
        }),
      );
    }
  }
}

/** A parsed motion in one of the formats of `parse`. */
export function renderMotion(motion: Motion, format: ParseFormat, values: Values, io: CliIO): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(motion, null, 2)}\n`;
    case 'markdown':
      return ensureNewline(toMarkdown(motion.resolution));
    case 'html':
      return ensureNewline(
        toHtml(motion.resolution, {
          document: true,
          ...(motion.title !== undefined || values.title !== undefined
            ? { title: values.title ?? motion.title ?? '' }
            : {}),
        }),
      );
    case 'text':
      return ensureNewline(toText(motion.resolution, { color: useColor(values, io) }));
  }
}

/** One line per diagnostic: clause, code, message. */
export function formatDiagnostic(d: Diagnostic): string {
  // change -1: a diagnostic about the amendment as a whole (an article set aside, a rewrite that keeps nothing).
  const where = d.clause !== undefined ? d.clause : d.change < 0 ? 'amendment' : `change ${d.change + 1}`;
  const amendment = d.amendment !== undefined ? ` [${d.amendment}]` : '';
  const suggestion = d.suggestion !== undefined ? ` (closest: „${d.suggestion}“)` : '';
  return `${where}\t${d.severity} ${d.code}${amendment}\t${oneLine(d.message)}${suggestion}\n`;
}

/** An error as one line: the usage problem, the library's message with its code, or an internal error. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof RedlineError) return `${oneLine(error.message)} [${error.code}]`;
  if (error instanceof Error) return `internal error: ${oneLine(error.message)}`;
  return `internal error: ${String(error)}`;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
