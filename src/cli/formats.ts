/**
 * The file formats in the CLI: HTML input (detected by extension or content)
 * and PDF output (`--format pdf`, which needs `-o FILE`). HTML goes through
 * `fromHtml` (`motion-redline/html`): a plain motion becomes its text (as
 * `parseMotion` reads it), an HTML redline the Markdown redline form (`toMarkdown`, which
 * `parseRedline` reads back exactly), so the rest of the CLI reads both as it
 * reads any text. The heavy libraries stay optional: a missing one is reported
 * in one line naming the package to install.
 *
 * @module
 */
import { extname } from 'node:path';
import { toMarkdown, type Motion, type Redline } from '../index.js';
import { fromHtml } from '../formats/html/index.js';
import { toPdf } from '../formats/pdf/index.js';

/** File extensions read as HTML. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** True when the input is HTML: by its extension, or by a doctype, an `<html>` tag or block tags in the text. */
export function isHtmlInput(path: string, text: string): boolean {
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return head.startsWith('<') && /<\/(?:p|li|ol|ul|div|del|ins|table)>/u.test(head);
}

/** An input file as the text the CLI reads: HTML converted (see the module comment), anything else as it is. */
export async function readableText(path: string, text: string): Promise<string> {
  if (!isHtmlInput(path, text)) return text;
  const result = await fromHtml(text);
  return result.kind === 'redline' ? toMarkdown(result.redline) : result.text;
}

/** The motion of an HTML file (for `parse`), or undefined when the input is not HTML. */
export async function htmlMotion(path: string, text: string): Promise<Motion | undefined> {
  if (!isHtmlInput(path, text)) return undefined;
  const result = await fromHtml(text, { as: 'motion' });
  return result.kind === 'motion' ? result.motion : undefined;
}

/** What `--format pdf` takes from the command line. */
export interface PdfFlags {
  title?: string | undefined;
  lineNumbers?: boolean | undefined;
  lineLength?: number | undefined;
}

/** The redline as PDF bytes (`motion-redline/pdf`). */
export function redlinePdf(redline: Redline, flags: PdfFlags): Promise<Uint8Array> {
  return toPdf(redline, {
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(flags.lineNumbers === true ? { lineNumbers: true } : {}),
    ...(flags.lineLength !== undefined ? { lineLength: flags.lineLength } : {}),
  });
}
