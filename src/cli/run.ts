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
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  InstructionError,
  RedlineError,
  checkRedline,
  diffResolutions,
  parseMotion,
  parseResolution,
  redline,
  type Motion,
  type ParseOptions,
} from '../index.js';
import {
  OPTIONS,
  OUTPUT_FORMATS,
  PARSE_FORMATS,
  UsageError,
  expectPositionals,
  lineLengthOf,
  pickFormat,
  redlineOptions,
  type Values,
} from './args.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { htmlMotion, readableText } from './formats.js';
import { emit, readInputs, readRawInputs, type CliIO } from './io.js';
import { describeError, emitRedline, formatDiagnostic, renderMotion } from './output.js';
import { runSynopsis } from './synopsis.js';

export type { CliIO } from './io.js';

const EXIT_OK = 0;
const EXIT_DIAGNOSTICS = 1;
const EXIT_USAGE = 2;

/**
 * Runs the CLI with the given arguments (without `node` and the script).
 *
 * @returns the process exit code
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(`motion-redline: ${describeError(error)}\n`);
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

  if (values.version === true && command === undefined) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (command === undefined || command === 'help') {
    const topic = rest[0];
    io.stdout.write(
      topic !== undefined && topic in COMMAND_HELP ? COMMAND_HELP[topic as keyof typeof COMMAND_HELP] : MAIN_HELP,
    );
    return command === undefined && values.help !== true ? EXIT_USAGE : EXIT_OK;
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (handler === undefined) {
    throw new UsageError(`unknown command '${command}' (commands: redline, check, diff, parse, synopsis; see --help)`);
  }
  if (values.help === true) {
    io.stdout.write(COMMAND_HELP[command as keyof typeof COMMAND_HELP]);
    return EXIT_OK;
  }
  lineLengthOf(values); // checked whenever given, also where the command does not number lines
  return handler(rest, values, io);
}

/** A command: its file arguments and options in, the exit code out. */
type Command = (rest: readonly string[], values: Values, io: CliIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command | undefined>> = {
  async redline(rest, values, io) {
    const [basePath, amendmentPath] = expectPositionals('redline', rest, 2);
    const format = pickFormat(values.format, OUTPUT_FORMATS, 'markdown');
    const [base, amendment] = await readInputs(io, [basePath, amendmentPath]);
    const result = redline(base, amendment, redlineOptions(values));
    await emitRedline(io, values, result, format);
    return EXIT_OK;
  },

  async check(rest, values, io) {
    const [basePath, amendmentPath] = expectPositionals('check', rest, 2);
    const [base, amendment] = await readInputs(io, [basePath, amendmentPath]);
    let diagnostics;
    try {
      diagnostics = checkRedline(base, amendment, redlineOptions(values));
    } catch (error) {
      // An amendment not fully read does not apply cleanly: the sentence and the reason, exit 1.
      if (!(error instanceof InstructionError)) throw error;
      await emit(io, values.output, `amendment\terror ${error.code}\t${error.message.replace(/\s+/gu, ' ')}\n`);
      return EXIT_DIAGNOSTICS;
    }
    // Notes (`info`) do not keep an amendment from applying cleanly: printed, then the verdict.
    const notes = diagnostics
      .filter((d) => d.severity === 'info')
      .map(formatDiagnostic)
      .join('');
    if (diagnostics.every((d) => d.severity === 'info')) {
      await emit(io, values.output, `${notes}The amendment applies cleanly.\n`);
      return EXIT_OK;
    }
    await emit(io, values.output, diagnostics.map(formatDiagnostic).join(''));
    return EXIT_DIAGNOSTICS;
  },

  async diff(rest, values, io) {
    const [oldPath, newPath] = expectPositionals('diff', rest, 2);
    const format = pickFormat(values.format, OUTPUT_FORMATS, 'markdown');
    const [oldSource, newSource] = await readInputs(io, [oldPath, newPath]);
    const parseOptions = { dehyphenate: values.dehyphenate === true };
    const before = readMotion(oldSource, parseOptions).resolution;
    const after = readMotion(newSource, parseOptions).resolution;
    // A new version that gives only the clauses keeps the old lead, as redline() does with a rewrite.
    const result = diffResolutions(before, after.lead === '' ? { ...after, lead: before.lead } : after);
    await emitRedline(io, values, result, format);
    return EXIT_OK;
  },

  async parse(rest, values, io) {
    const [path] = expectPositionals('parse', rest, 1);
    const format = pickFormat(values.format, PARSE_FORMATS, 'json');
    const [raw] = await readRawInputs(io, [path]);
    const source = await readableText(path, raw);
    const parseOptions = { dehyphenate: values.dehyphenate === true };
    // A whole document must have a resolution marker: a Mitteilung is not a
    // motion, and guessing clauses from it would be a silent wrong answer.
    const motion =
      (await htmlMotion(path, raw)) ??
      (values.resolution === true
        ? { resolution: parseResolution(source, parseOptions) }
        : parseMotion(source, parseOptions));
    await emit(io, values.output, renderMotion(motion, format, values, io));
    return EXIT_OK;
  },
  synopsis(rest, values, io) {
    return runSynopsis(rest, values, {
      read: (paths) => readInputs(io, paths),
      emit: (text) => emit(io, values.output, text),
      usage: (message) => new UsageError(message),
    });
  },
};

/** A whole motion, or — when the file has no resolution marker — a bare resolution. */
function readMotion(source: string, options: ParseOptions): Motion {
  try {
    return parseMotion(source, options);
  } catch (error) {
    if (error instanceof RedlineError && error.code === 'no-resolution') {
      return { resolution: parseResolution(source, options) };
    }
    throw error;
  }
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
