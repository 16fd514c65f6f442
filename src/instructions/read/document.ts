/**
 * What an amendment document says about itself: the lines before its first
 * instruction are its header, read by the parser's one header reader
 * (src/parse/metadata.ts `readMetadata`) with the conventions of amendments —
 * its own heading line names it ("Änderungsantrag zu TOP 6.1"), a file number
 * may stand inside a line — so an amendment and a motion read the same header
 * alike.
 *
 * @module
 */
import { decodeMarkdownText, isMarkdownSource } from '../../parse/markdown-text.js';
import { readMetadata, type HeaderConventions, type Metadata } from '../../parse/metadata.js';
import { splitLines } from '../../parse/source-lines.js';
import { HEADING_WORDS } from '../lexicon.js';

/** The header facts of an amendment document. */
export type AmendmentHeader = Metadata;

/** How an amendment's header differs from a motion's: its own heading line names it, and a file number may stand inside a line. */
const AMENDMENT_HEADER: HeaderConventions = {
  namesDocument: (line) => HEADING_WORDS.has(firstWord(line)),
  inlineReference: true,
};

/** The header facts of the text before offset `end`. */
export function readHeader(text: string, end: number): AmendmentHeader {
  const lines = splitLines(text.slice(0, end));
  const header = readMetadata(lines, lines.length, AMENDMENT_HEADER);
  // As parseMotion does: a Markdown document's title has its escapes decoded.
  if (header.title !== undefined && isMarkdownSource(splitLines(text))) {
    return { ...header, title: decodeMarkdownText(header.title) };
  }
  return header;
}

/** The first word of a line, lower case, without a trailing full stop ("Betr." → "betr"). */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && s[i] !== ' ' && s[i] !== ':' && s[i] !== '\t') i += 1;
  return s.slice(0, i).toLowerCase().replace(/\.$/u, '');
}
