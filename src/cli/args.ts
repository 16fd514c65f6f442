/**
 * The CLI's arguments: the options `node:util` `parseArgs` reads, and the
 * checks of their values (formats, amendment form, line length) with one-line
 * usage errors.
 *
 * @module
 */
import type { ParseArgsConfig } from 'node:util';
import { numberLines, RedlineError, type RedlineOptions } from '../index.js';
import { COMMAND_HELP } from './help.js';

/** A usage or input problem: reported in one line with exit code 2. */
export class UsageError extends Error {}

/** The output formats of `redline` and `diff`. */
export const OUTPUT_FORMATS = ['markdown', 'html', 'text', 'json', 'synopsis', 'instructions', 'docx', 'pdf'] as const;
/** An output format of `redline` and `diff`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** The output formats of `parse`. */
export const PARSE_FORMATS = ['json', 'markdown', 'html', 'text'] as const;
/** An output format of `parse`. */
export type ParseFormat = (typeof PARSE_FORMATS)[number];
const FORMS = ['auto', 'redline', 'instructions', 'rewrite', 'json'] as const;

/** The options of every command, for `parseArgs`. */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  form: { type: 'string' },
  title: { type: 'string' },
  statement: { type: 'string' },
  dehyphenate: { type: 'boolean' },
  resolution: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'line-numbers': { type: 'boolean' },
  'line-length': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** The option values `parseArgs` gives for {@link OPTIONS}. */
export type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** The command's file arguments, exactly `count` of them, standard input (`-`) at most once. */
export function expectPositionals(command: string, rest: readonly string[], count: 1): [string];
export function expectPositionals(command: string, rest: readonly string[], count: 2): [string, string];
export function expectPositionals(command: string, rest: readonly string[], count: number): string[] {
  if (rest.length !== count) {
    const usage = COMMAND_HELP[command as keyof typeof COMMAND_HELP].split('\n')[0] ?? command;
    throw new UsageError(
      `'${command}' takes ${count} file argument${count === 1 ? '' : 's'}, got ${rest.length} (${usage.trim()})`,
    );
  }
  if (rest.filter((p) => p === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once');
  }
  return [...rest];
}

/** `--format`: one of `allowed`, `fallback` when not given. */
export function pickFormat<const F extends readonly string[]>(
  value: string | undefined,
  allowed: F,
  fallback: F[number],
): F[number] {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F[number];
  throw new UsageError(`unknown format '${value}' (one of: ${allowed.join(', ')})`);
}

/** The options of `redline()` and `checkRedline()` the arguments give. */
export function redlineOptions(values: Values): RedlineOptions {
  const form = values.form ?? 'auto';
  if (!(FORMS as readonly string[]).includes(form)) {
    throw new UsageError(`unknown amendment form '${form}' (one of: ${FORMS.join(', ')})`);
  }
  const lineLength = lineLengthOf(values);
  return {
    form: form as (typeof FORMS)[number],
    dehyphenate: values.dehyphenate === true,
    ...(lineLength !== undefined ? { lineLength } : {}),
  };
}

/**
 * `--line-length N`: a whole number in the library's range, checked whenever
 * it is given — not only when a command ends up numbering lines. The range is
 * the library's own: an empty resolution is numbered with it.
 */
export function lineLengthOf(values: Values): number | undefined {
  const raw = values['line-length'];
  if (raw === undefined) return undefined;
  if (!/^\d{1,6}$/u.test(raw)) throw new UsageError(`--line-length needs a whole number, got '${raw}'`);
  const lineLength = Number(raw);
  try {
    numberLines({ lead: '', clauses: [] }, { lineLength });
  } catch (error) {
    if (!(error instanceof RedlineError)) throw error;
    const reason = error.message.slice(Math.max(0, error.message.indexOf('must ')));
    throw new UsageError(`--line-length ${reason}`);
  }
  return lineLength;
}
