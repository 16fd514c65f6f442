/**
 * Finding the instructions in an amendment document: a heading, a preamble
 * ending in "Der Beschlussvorschlag wird wie folgt geändert:", the
 * instructions, then "Begründung" and a signature. The end markers and the
 * header facts are the parser's own (src/parse/section.ts `sectionEndAt`,
 * src/parse/metadata.ts `readMetadata`), so an amendment and a motion read
 * the same header alike.
 *
 * @module
 */
import { readMetadata, type HeaderConventions } from '../../parse/metadata.js';
import { decodeMarkdownText, isMarkdownSource } from '../../parse/markdown-text.js';
import { sectionEndAt } from '../../parse/section.js';
import { splitLines, stripLineMarkup } from '../../parse/source-lines.js';
import { REFERENCE_NOUNS, WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import { splitSentences } from '../../text/sentences.js';
import type { Span } from '../../text/span.js';
import { HEADING_WORDS, INSTRUCTION_SIGNS, INTRO_VERBS } from '../lexicon.js';
import type { QuotedText } from './quoted-text.js';
import { unitsOf, type Unit } from './units.js';

/** The parts of an amendment document. */
export interface AmendmentDocument {
  /** The units of instructions, in order. */
  units: Unit[];
  /** The file number the header names. */
  id?: string;
  /** The subject the header names. */
  title?: string;
}

/** How an amendment's header differs from a motion's: its own heading line names it, and a file number may stand inside a line. */
const AMENDMENT_HEADER: HeaderConventions = {
  namesDocument: (line) => HEADING_WORDS.has(firstWord(line)),
  inlineReference: true,
};

/** Splits an amendment into its header facts and the units of its instructions. */
export function readDocument(doc: QuotedText): AmendmentDocument {
  const end = regionEnd(doc);
  const intro = findIntro(doc, end);
  const units = unitsOf(doc, intro ?? 0, end);
  let first = 0;
  let header: Span | undefined;
  if (intro !== undefined) header = { start: 0, end: intro };
  else {
    // Heading lines before the first instruction ("Änderungsantrag der …", "# …") are the preamble.
    while (first < units.length && isHeading(doc, units[first]!)) first += 1;
    if (first > 0) header = { start: units[0]!.start, end: units[first - 1]!.end };
  }
  const parts: AmendmentDocument = { units: units.slice(first) };
  if (header !== undefined) {
    const lines = splitLines(doc.text.slice(header.start, header.end));
    const meta = readMetadata(lines, lines.length, AMENDMENT_HEADER);
    if (meta.reference !== undefined) parts.id = meta.reference;
    // As parseMotion does: a Markdown document's title has its escapes decoded.
    if (meta.title !== undefined)
      parts.title = isMarkdownSource(splitLines(doc.text)) ? decodeMarkdownText(meta.title) : meta.title;
  }
  return parts;
}

/** Offset where the rationale ("Begründung") or the closing begins, else the text end. */
function regionEnd(doc: QuotedText): number {
  for (const line of doc.lines(0, doc.text.length)) {
    const source = splitLines(doc.text.slice(line.start, line.end))[0]!;
    if (!source.blank && sectionEndAt(source.text, true) !== undefined) return line.start;
  }
  return doc.text.length;
}

/** The offset after the first sentence before `to` announcing the instructions ("… wird wie folgt geändert:"), if any. */
function findIntro(doc: QuotedText, to: number): number | undefined {
  for (const s of splitSentences(doc.masked.slice(0, to))) {
    const sentence = doc.masked.slice(s.start, s.end);
    if (!isIntroSentence(sentence)) continue;
    const colon = sentence.indexOf(':');
    // Only the first announcement before any instruction counts.
    return colon === -1 ? s.end : s.start + colon + 1;
  }
  return undefined;
}

function isIntroSentence(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .split(/[\s,.;:()"„“”»«*#_]+/)
    .filter((w) => w !== '');
  const has = (w: string): boolean => words.includes(w);
  const announces =
    (has('folgt') && words.some((w) => INTRO_VERBS.has(w))) ||
    ((has('folgende') || has('nachstehende')) && (has('änderungen') || has('änderung')));
  if (!announces) return false;
  // "Die Ziffer 1 wird wie folgt geändert:" names a clause: that is an instruction, not the announcement.
  for (let i = 0; i < words.length; i += 1) {
    if (REFERENCE_NOUNS.has(words[i]!) && words[i + 1] !== undefined && /^[0-9ivx]/.test(words[i + 1]!)) return false;
  }
  return words.some((w) => WHOLE_RESOLUTION_NOUNS.has(w)) || has('änderungen') || has('änderung');
}

/** A one-line unit that is a heading ("# …", "Änderungsantrag der …") and no instruction. */
function isHeading(doc: QuotedText, unit: Unit): boolean {
  const raw = doc.text.slice(unit.start, unit.end);
  if (raw.includes('\n')) return false;
  if (raw.trimStart().startsWith('#')) return true;
  const lower = raw.toLowerCase();
  return HEADING_WORDS.has(firstWord(stripLineMarkup(raw))) && !INSTRUCTION_SIGNS.some((v) => lower.includes(v));
}

/** The first word of a line, lower case, without a trailing full stop ("Betr." → "betr"). */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && s[i] !== ' ' && s[i] !== ':' && s[i] !== '\t') i += 1;
  return s.slice(0, i).toLowerCase().replace(/\.$/, '');
}
