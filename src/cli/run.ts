/**
 * The CLI's commands, as a function of arguments and streams, so tests can
 * run it in-process as well as through the built bin.
 *
 * Exit codes: 0 success (or `check` found nothing), 1 `check` found
 * diagnostics, 2 usage or input error. Errors are one line on stderr, never a
 * stack trace.
 *
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  RedlineError,
  checkRedline,
  diffResolutions,
  parseMotion,
  parseResolution,
  redline,
  toHtml,
  toMarkdown,
  toSynopsis,
  toText,
  toInstructions,
  type Diagnostic,
  type Motion,
  type Redline,
  type Resolution,
} from '../index.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { htmlMotion, readableText, redlinePdf } from './formats.js';

/** The streams and environment the CLI runs with. */
export interface CliIO {
  /** Read when an input path is `-`. */
  stdin: AsyncIterable<string | Uint8Array>;
  /** Results go here (unless `-o FILE`). */
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  /** One-line errors and `check` summaries go here. */
  stderr: { write(chunk: string): unknown };
  /** Consulted for `NO_COLOR`. */
  env: Record<string, string | undefined>;
}

const EXIT_OK = 0;
const EXIT_DIAGNOSTICS = 1;
const EXIT_USAGE = 2;

/** A usage or input problem: reported in one line with exit code 2. */
class UsageError extends Error {}

const OUTPUT_FORMATS = ['markdown', 'html', 'text', 'json', 'synopsis', 'instructions', 'pdf'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const PARSE_FORMATS = ['json', 'markdown', 'html', 'text'] as const;
const FORMS = ['auto', 'redline', 'instructions', 'rewrite', 'json'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  form: { type: 'string' },
  title: { type: 'string' },
  dehyphenate: { type: 'boolean' },
  resolution: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'line-numbers': { type: 'boolean' },
  'line-length': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

type Values = {
  format?: string | undefined;
  output?: string | undefined;
  form?: string | undefined;
  title?: string | undefined;
  dehyphenate?: boolean | undefined;
  resolution?: boolean | undefined;
  color?: boolean | undefined;
  'no-color'?: boolean | undefined;
  'line-numbers'?: boolean | undefined;
  'line-length'?: string | undefined;
  help?: boolean | undefined;
  version?: boolean | undefined;
};

/**
 * Runs the CLI with the given arguments (without `node` and the script).
 *
 * @returns the process exit code
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(`motion-redline: ${describe(error)}\n`);
    return EXIT_USAGE;
  }
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see 'motion-redline --help')`);
  }
  const values = parsed.values as Values;
  const [command, ...rest] = parsed.positionals;

  if (values.version && command === undefined) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (command === undefined || command === 'help') {
    const topic = rest[0];
    io.stdout.write(
      topic !== undefined && topic in COMMAND_HELP ? COMMAND_HELP[topic as keyof typeof COMMAND_HELP] : MAIN_HELP,
    );
    return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
  }
  if (!(command in COMMAND_HELP)) {
    throw new UsageError(`unknown command '${command}' (commands: redline, check, diff, parse; see --help)`);
  }
  if (values.help) {
    io.stdout.write(COMMAND_HELP[command as keyof typeof COMMAND_HELP]);
    return EXIT_OK;
  }

  switch (command) {
    case 'redline': {
      const [basePath, amendmentPath] = expectPositionals(command, rest, 2);
      const format = pickFormat(values.format, OUTPUT_FORMATS, 'markdown');
      const [base, amendment] = await readInputs(io, [basePath, amendmentPath]);
      const result = redline(base, amendment, redlineOptions(values));
      await output(io, values, result, format);
      return EXIT_OK;
    }
    case 'check': {
      const [basePath, amendmentPath] = expectPositionals(command, rest, 2);
      const [base, amendment] = await readInputs(io, [basePath, amendmentPath]);
      const diagnostics = checkRedline(base, amendment, redlineOptions(values));
      if (diagnostics.length === 0) {
        await emit(io, values, 'The amendment applies cleanly.\n');
        return EXIT_OK;
      }
      await emit(io, values, diagnostics.map(formatDiagnostic).join(''));
      return EXIT_DIAGNOSTICS;
    }
    case 'diff': {
      const [oldPath, newPath] = expectPositionals(command, rest, 2);
      const format = pickFormat(values.format, OUTPUT_FORMATS, 'markdown');
      const [oldSource, newSource] = await readInputs(io, [oldPath, newPath]);
      const parseOptions = { dehyphenate: values.dehyphenate === true };
      const result = diffResolutions(readResolution(oldSource, parseOptions), readResolution(newSource, parseOptions));
      await output(io, values, result, format);
      return EXIT_OK;
    }
    case 'parse': {
      const [path] = expectPositionals(command, rest, 1);
      const format = pickFormat(values.format, PARSE_FORMATS, 'json');
      const [rawSource] = await readRaw(io, [path]);
      const source = await readableText(path, rawSource);
      const parseOptions = { dehyphenate: values.dehyphenate === true };
      // A whole document must have a resolution marker: a Mitteilung is not a
      // motion, and guessing clauses from it would be a silent wrong answer.
      const motion =
        (await htmlMotion(path, rawSource)) ??
        (values.resolution ? { resolution: parseResolution(source, parseOptions) } : parseMotion(source, parseOptions));
      await emit(io, values, renderMotion(motion, format, values, io));
      return EXIT_OK;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

function expectPositionals(command: string, rest: readonly string[], count: 1): [string];
function expectPositionals(command: string, rest: readonly string[], count: 2): [string, string];
function expectPositionals(command: string, rest: readonly string[], count: number): string[] {
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

function pickFormat<const F extends readonly string[]>(
  value: string | undefined,
  allowed: F,
  fallback: F[number],
): F[number] {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F[number];
  throw new UsageError(`unknown format '${value}' (one of: ${allowed.join(', ')})`);
}

function redlineOptions(values: Values) {
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

/** `--line-length N`: a whole number (the library checks the range). */
function lineLengthOf(values: Values): number | undefined {
  const raw = values['line-length'];
  if (raw === undefined) return undefined;
  if (!/^\d{1,6}$/u.test(raw)) throw new UsageError(`--line-length needs a whole number, got '${raw}'`);
  return Number(raw);
}

async function readRaw<const P extends readonly string[]>(io: CliIO, paths: P): Promise<{ [K in keyof P]: string }> {
  const texts = await Promise.all(paths.map((path) => (path === '-' ? readStdin(io) : readPath(path))));
  return texts as { [K in keyof P]: string };
}

/** The inputs as text; HTML files converted (src/cli/formats.ts). */
async function readInputs<const P extends readonly string[]>(io: CliIO, paths: P): Promise<{ [K in keyof P]: string }> {
  const texts = await readRaw(io, paths);
  const readable = await Promise.all(texts.map((text, i) => readableText(paths[i]!, text)));
  return readable as { [K in keyof P]: string };
}

/** Writes a redline in the chosen format; PDF (binary) only to a file. */
async function output(io: CliIO, values: Values, result: Redline, format: OutputFormat): Promise<void> {
  if (format !== 'pdf') {
    await emit(io, values, renderRedline(result, format, values, io));
    return;
  }
  if (values.output === undefined || values.output === '-') {
    throw new UsageError('--format pdf writes a binary file: give it with -o FILE');
  }
  const lineLength = lineLengthOf(values);
  await emit(
    io,
    values,
    await redlinePdf(result, { title: values.title, lineNumbers: values['line-numbers'], lineLength }),
  );
}

async function readPath(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UsageError(`cannot read '${path}': ${reason}`);
  }
}

async function readStdin(io: CliIO): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of io.stdin) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** A whole motion, or — when the file has no resolution marker — a bare resolution. */
function readMotion(source: string, options: { dehyphenate: boolean }): Motion {
  try {
    return parseMotion(source, options);
  } catch (error) {
    if (error instanceof RedlineError && error.code === 'no-resolution') {
      return { resolution: parseResolution(source, options) };
    }
    throw error;
  }
}

function readResolution(source: string, options: { dehyphenate: boolean }): Resolution {
  return readMotion(source, options).resolution;
}

function useColor(values: Values, io: CliIO): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

function renderRedline(result: Redline, format: Exclude<OutputFormat, 'pdf'>, values: Values, io: CliIO): string {
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
      return ensureNewline(toText(result, { color: values.output === undefined && useColor(values, io), ...lines }));
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

function renderMotion(motion: Motion, format: (typeof PARSE_FORMATS)[number], values: Values, io: CliIO): string {
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
      return ensureNewline(toText(motion.resolution, { color: values.output === undefined && useColor(values, io) }));
  }
}

async function emit(io: CliIO, values: Values, text: string | Uint8Array): Promise<void> {
  if (values.output === undefined || values.output === '-') {
    io.stdout.write(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return;
  }
  try {
    await mkdir(dirname(values.output), { recursive: true });
    await writeFile(values.output, text);
  } catch (error) {
    throw new UsageError(`cannot write '${values.output}': ${(error as Error).message}`);
  }
}

/** One line per diagnostic: clause, code, message. */
function formatDiagnostic(d: Diagnostic): string {
  const where = d.clause !== undefined ? d.clause : `change ${d.change + 1}`;
  const amendment = d.amendment !== undefined ? ` [${d.amendment}]` : '';
  const suggestion = d.suggestion !== undefined ? ` (closest: „${d.suggestion}“)` : '';
  return `${where}\t${d.severity} ${d.code}${amendment}\t${oneLine(d.message)}${suggestion}\n`;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describe(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof RedlineError) return `${oneLine(error.message)} [${error.code}]`;
  if (error instanceof Error) return `internal error: ${oneLine(error.message)}`;
  return `internal error: ${String(error)}`;
}

function packageVersion(): string {
  // Walk up rather than hard-code a depth: the bundler may place this code in
  // dist/cli/ or in a shared chunk in dist/, and tests run it from src/cli/.
  const require = createRequire(import.meta.url);
  let dir = new URL('.', import.meta.url);
  for (let depth = 0; depth < 5; depth += 1) {
    try {
      const manifest = require(fileURLToPath(new URL('package.json', dir))) as { name?: string; version?: string };
      if (manifest.name === 'motion-redline' && manifest.version !== undefined) return manifest.version;
    } catch {
      // not here; look one level up
    }
    dir = new URL('..', dir);
  }
  return 'unknown';
}
