/**
 * Word documents in the CLI: a `.docx` input (by extension or by the ZIP
 * signature) is read with `readDocx`, and `--format docx` writes the redline
 * with `toDocx` (binary, so only to a file given with `-o`).
 *
 * @module
 */
import { readDocx, toDocx } from '../formats/docx/index.js';
import { RedlineError, toMarkdown, type Redline } from '../index.js';
import { writeOutputFile } from './output-file.js';

/** True when a file is a Word document: `.docx`, or ZIP bytes that are not plainly text. */
export function isDocxInput(path: string, bytes: Uint8Array): boolean {
  if (/\.docx$/i.test(path)) return true;
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The text of a Word input: its text, or — when it carries changes and is the
 * amendment — its redline in the redline form, which the one-call `redline`
 * reads (and checks against the base) like any redline-form amendment.
 */
export async function docxInputText(bytes: Uint8Array, path: string, amendment: boolean): Promise<string> {
  const read = await readDocx(bytes);
  if (read.kind === 'text') return read.text;
  if (amendment) return toMarkdown(read.redline);
  throw new RedlineError(
    'invalid-input',
    `'${path}' has tracked changes (or struck/bold text); accept or reject them first, or give it as the amendment.`,
  );
}

/** Writes the redline as a Word document to `output` (required: the format is binary). */
export async function writeDocxOutput(
  result: Redline,
  output: string | undefined,
  options: { title?: string; lineNumbers?: boolean },
): Promise<void> {
  if (output === undefined || output === '-') {
    throw new RedlineError('invalid-option', '--format docx writes a binary file: give it with -o FILE.docx');
  }
  const bytes = await toDocx(result, {
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.lineNumbers === true ? { lineNumbers: true } : {}),
  });
  await writeOutputFile(output, bytes);
}
