/**
 * The CLI's input and output: the streams it runs with, reading files and
 * standard input, writing the result to standard output or `-o FILE`.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from './args.js';
import { docxInputText, isDocxInput } from './docx.js';
import { decodeInput } from './encoding.js';
import { readableText } from './formats.js';
import { writeOutputFile } from './output-file.js';

/** The streams and environment the CLI runs with. */
export interface CliIO {
  /** Read when an input path is `-`. */
  stdin: AsyncIterable<string | Uint8Array>;
  /** Results go here (unless `-o FILE`). */
  stdout: {
    write(chunk: string): unknown;
    isTTY?: boolean;
    /** A terminal's colour support under `env` (`TERM=dumb`, `NO_COLOR`, …): Node's `tty.WriteStream#hasColors`. */
    hasColors?: (env?: Record<string, string | undefined>) => boolean;
  };
  /** One-line errors, notes and `check` summaries go here. */
  stderr: { write(chunk: string): unknown };
  /** Consulted for `NO_COLOR`, `FORCE_COLOR` and by `hasColors`. */
  env: Record<string, string | undefined>;
}

/** The texts of the input files (`-`: standard input), in order; Word and HTML files converted to text the library reads. */
export async function readInputs<const P extends readonly string[]>(
  io: CliIO,
  paths: P,
): Promise<{ [K in keyof P]: string }> {
  const texts = await readRawInputs(io, paths);
  const readable = await Promise.all(texts.map((text, i) => readableText(paths[i]!, text)));
  return readable as { [K in keyof P]: string };
}

/** The input files as text, HTML left as it is (for `parse`, which reads HTML motions itself). */
export async function readRawInputs<const P extends readonly string[]>(
  io: CliIO,
  paths: P,
): Promise<{ [K in keyof P]: string }> {
  // The second input of two is the amendment (of `redline`/`check`): a Word amendment may carry tracked changes.
  const texts = await Promise.all(
    paths.map((path, i) => (path === '-' ? readStdin(io) : readPath(io, path, paths.length === 2 && i === 1))),
  );
  return texts as { [K in keyof P]: string };
}

async function readPath(io: CliIO, path: string, amendment: boolean): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
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
  if (isDocxInput(path, bytes)) return docxInputText(bytes, path, amendment);
  return decodeNoted(io, bytes, `'${path}'`);
}

async function readStdin(io: CliIO): Promise<string> {
  const chunks: Uint8Array[] = [];
  let text = '';
  for await (const chunk of io.stdin) {
    if (typeof chunk === 'string') text += chunk;
    else chunks.push(chunk);
  }
  return text + (chunks.length === 0 ? '' : decodeNoted(io, Buffer.concat(chunks), 'standard input'));
}

/** Input bytes as text; a note on stderr when they were not UTF-8 (see encoding.ts). */
function decodeNoted(io: CliIO, bytes: Uint8Array, what: string): string {
  const { text, encoding } = decodeInput(bytes);
  if (encoding !== undefined) io.stderr.write(`motion-redline: note: ${what} is not UTF-8; read as ${encoding}\n`);
  return text;
}

/** Writes the result to standard output, or to the file `output` names (creating its folder). */
export async function emit(io: CliIO, output: string | undefined, text: string | Uint8Array): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout.write(typeof text === 'string' ? text : new TextDecoder().decode(text));
    return;
  }
  await writeOutputFile(output, text);
}
