/**
 * The units of the instruction part: list items ("1.", "2)", "a)", "-") of
 * the first list style found, else blank-line separated paragraphs. Each
 * unit holds one instruction or several sentences of them.
 *
 * @module
 */
import { isIndent } from '../../text/chars.js';
import type { Span } from '../../text/span.js';
import type { QuotedText } from './quoted-text.js';

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
    const end = items[k + 1]?.line ?? to;
    const start = items[k]!.content;
    if (doc.text.slice(start, end).trim() !== '') units.push({ start, end: doc.trimEnd(start, end), item: true });
  }
  return units;
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
    if (j > i && text[j] === ')') style = 'a)';
    else if (j === i && (text[i] === '-' || text[i] === '•' || text[i] === '–' || text[i] === '*')) {
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
