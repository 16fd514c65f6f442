/**
 * The units of the instruction part: list items ("1.", "2)", "a)", "aa)", "-") of
 * the first list style found, else blank-line separated paragraphs. Each
 * unit holds one instruction or several sentences of them.
 *
 * @module
 */
import { isIndent } from '../../text/chars.js';
import type { Span } from '../../text/span.js';
import type { QuotedText } from './quoted-text.js';
import { instructionTokens, type InstructionToken } from '../../references/tokens.js';

/** One unit of instructions. */
export interface Unit extends Span {
  /** A list item: the clause context of a heading does not carry over to the next item. */
  item: boolean;
}

/** Units of `[from, to)`: list items of the first list style found, else paragraphs. */
export function unitsOf(doc: QuotedText, from: number, to: number): Unit[] {
  const markers: Array<{ line: number; content: number; style: string }> = [];
  for (const line of doc.lines(from, to)) {
    if (doc.insideQuote(line.start)) continue;
    const m = listMarker(doc.text, line.start, line.end);
    if (m !== undefined) markers.push({ line: line.start, content: m.content, style: m.style });
  }
  const style = markers[0]?.style;
  const items = markers.filter((m) => m.style === style);
  const units: Unit[] = [];
  const firstItem = items[0];
  units.push(...paragraphs(doc, from, firstItem?.line ?? to));
  for (let k = 0; k < items.length; k += 1) {
    const next = items[k + 1]?.line ?? to;
    const start = items[k]!.content;
    const end = outdentedAfter(doc, items[k]!.line, start, next);
    if (doc.text.slice(start, end).trim() !== '') units.push({ start, end: doc.trimEnd(start, end), item: true });
    if (end < next) units.push(...paragraphs(doc, end, next));
  }
  return units;
}

/**
 * Where an indented list item ends before the next one: at a paragraph after a
 * blank line that starts left of the item's marker ("  • die Wörter … ersetzt"
 * then "§ 3 Nr. 1 … wird wie folgt geändert:" at the margin), as in Markdown;
 * `next` when there is none. An item at the margin runs on to the next item.
 */
function outdentedAfter(doc: QuotedText, line: number, content: number, next: number): number {
  let indent = 0;
  while (isIndent(doc.text[line + indent])) indent += 1;
  if (indent === 0) return next;
  let blank = false;
  for (const l of doc.lines(content, next)) {
    let i = l.start;
    while (i < l.end && (isIndent(doc.text[i]) || doc.text[i] === '\r')) i += 1;
    if (i === l.end) blank = l.start > content;
    else if (blank && i - l.start < indent) return l.start;
    else blank = false;
  }
  return next;
}

/** Blank-line separated paragraphs of `[from, to)` (blank lines inside quotations do not count). */
function paragraphs(doc: QuotedText, from: number, to: number): Unit[] {
  const units: Unit[] = [];
  const masked = doc.masked;
  let start = from;
  let i = from;
  while (i < to) {
    const nl = masked.indexOf('\n', i);
    if (nl === -1 || nl >= to) break;
    let k = nl + 1;
    while (k < to && (isIndent(masked[k]) || masked[k] === '\r')) k += 1;
    // "§ 12 Kandidaturen für die Landesliste" on a line of its own: a heading, its own unit even without a blank line.
    const lineStart = masked.lastIndexOf('\n', nl - 1) + 1;
    if (!doc.insideQuote(nl) && isUnitHeadingLine(masked.slice(Math.max(lineStart, start), nl))) {
      pushParagraph(doc, units, start, nl);
      start = nl + 1;
      i = nl + 1;
      continue;
    }
    if (k < to && masked[k] === '\n' && !doc.insideQuote(nl)) {
      pushParagraph(doc, units, start, nl);
      start = k + 1;
      i = k + 1;
      continue;
    }
    i = nl + 1;
  }
  pushParagraph(doc, units, start, to);
  return units;
}

/** A statute unit's heading line: "§ 12 Kandidaturen für die Landesliste", "Art. 3 Wahlen" — a label and words, no sentence. */
const UNIT_HEADING_LINE = /^[ \t]*(?:§|Art\.)[ \t]*\d{1,4}[a-z]?\.?[ \t]+\p{Lu}[^.:;!?„“"»«]{0,120}$/u;

function isUnitHeadingLine(line: string): boolean {
  if (!UNIT_HEADING_LINE.test(line)) return false;
  const words = line.toLowerCase().split(/\s+/u);
  return !words.some((w) => UNIT_HEADING_STOPS.has(w));
}

/** Words that make a line starting with "§ 12" a sentence rather than a heading ("§ 12 Absatz 2 wird …"). */
const UNIT_HEADING_STOPS: ReadonlySet<string> = new Set([
  'wird',
  'werden',
  'erhält',
  'lautet',
  'würde',
  'ist',
  'sind',
  'entfällt',
  'absatz',
  'abs',
  'satz',
  'nummer',
  'nr',
]);

function pushParagraph(doc: QuotedText, units: Unit[], start: number, end: number): void {
  const s = doc.skipGaps(start, end);
  const e = doc.trimEnd(s, end);
  if (e > s) units.push({ start: s, end: e, item: false });
}

/** A list marker at the start of a line: "1.", "2)", "a)", "aa)", "-", "•". */
function listMarker(text: string, start: number, end: number): { content: number; style: string } | undefined {
  let i = start;
  while (i < end && isIndent(text[i])) i += 1;
  let j = i;
  while (j < end && j - i < 3 && text[j]! >= '0' && text[j]! <= '9') j += 1;
  let style: string | undefined;
  if (j > i && (text[j] === '.' || text[j] === ')')) style = `1${text[j]}`;
  else if (j === i) {
    while (j < end && j - i < 2 && text[j]! >= 'a' && text[j]! <= 'z') j += 1;
    // "aa)", "bb)": the level below "a)", "b)" in statute amendments.
    if (j > i && text[j] === ')') style = j - i === 2 && text[i] === text[i + 1] ? 'aa)' : 'a)';
    else if (j === i && (text[i] === '-' || text[i] === '•' || text[i] === '–' || text[i] === '*')) {
      // "- Mecklenburg-Vorpommern -": a title between dashes, no bullet.
      if (/\s[-–]$/u.test(text.slice(i + 1, end).trimEnd())) return undefined;
      j = i;
      style = '-';
    }
  }
  if (style === undefined) return undefined;
  const after = j + 1;
  // "2." alone on its line (the item's text on the next line), as numbered minutes print it.
  if (after >= end && style !== '-' && end < text.length) return { content: end + 1, style };
  if (after >= end || !isIndent(text[after])) return undefined;
  let content = after;
  while (content < end && isIndent(text[content])) content += 1;
  return { content, style };
}

/** Skips a list marker ("2. ", "b) ") at the start of a sentence. */
export function skipListMarker(text: string, start: number, end: number): number {
  const m = listMarker(text, start, end);
  if (m === undefined || m.style === '-') return start;
  return m.content;
}

/**
 * The first sentence of a unit as the reader reads it: from after its list
 * marker through a payload colon, its tokens, and whether text follows after
 * a colon (`colonEnds`: also when the sentence ends with one).
 */
export function firstSentence(
  doc: QuotedText,
  unit: Span,
  colonEnds: boolean,
): { start: number; tokens: InstructionToken[]; external: boolean } | undefined {
  const s = doc.sentences(unit.start, unit.end)[0];
  if (s === undefined) return undefined;
  const start = skipListMarker(doc.text, s.start, s.end);
  const colon = doc.payloadColon(start, s.end);
  const tokens = instructionTokens(doc.text, start, colon === undefined ? s.end : colon + 1, doc.quotes);
  const external = colon !== undefined || (colonEnds && doc.masked.slice(start, s.end).trimEnd().endsWith(':'));
  return { start, tokens, external };
}

/** A list marker alone ("a)", "aa)", "2.", "-"): what may stand before a nested list's first item on its line. */
const LIST_MARKER_ONLY = /^(?:\d{1,3}[.)]|[a-z]{1,2}\)|[-•–*])$/u;

/** Where a nested list starts: at its first item's marker ("a) …") when one stands before `start` on its line, so that its items are read with their own markers. */
export function listStart(text: string, start: number): number {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return LIST_MARKER_ONLY.test(text.slice(line, start).trim()) ? line : start;
}
