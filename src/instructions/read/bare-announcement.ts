/**
 * An announcement whose colon is missing: "Absatz 9 wird um folgende
 * Regelung ergänzt" ending its paragraph without any final mark, and the
 * announced text in the next paragraph. "folgende" says the text
 * follows, and a paragraph that ends without a full stop is no sentence that
 * ends there: the sentence reads as one that ends with a colon. Anything
 * else — a full stop, text after it in the same paragraph, no "folgende" —
 * stays as it is (an insertion without quotes is then refused).
 *
 * @module
 */
import { isLineBreak, isWordChar } from '../../text/chars.js';
import { isGap } from '../gaps.js';
import { NEW_MARKERS } from '../lexicon.js';
import type { QuotedText } from './quoted-text.js';
import type { Unit } from './units.js';

/** The words that announce a text to follow ("folgende", "nachstehenden", …; not "neue" or "als"). */
const ANNOUNCING: ReadonlySet<string> = new Set(
  [...NEW_MARKERS].filter((w) => w.startsWith('folgend') || w.startsWith('nachstehend')),
);

/** Whether a blank line follows the line break at or after `at` (past inline gaps), and text after it before `to`. */
function endsParagraph(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && isGap(text[i]) && !isLineBreak(text[i])) i += 1;
  if (!isLineBreak(text[i])) return false;
  let breaks = 0;
  while (i < to && isGap(text[i])) {
    if (text[i] === '\n') breaks += 1;
    i += 1;
  }
  return breaks >= 2 && i < to;
}

/**
 * Whether the sentence `[start, end)` of unit `u` announces the text of the
 * next paragraph without its colon (see the module comment).
 */
function announcesNextUnit(doc: QuotedText, units: readonly Unit[], u: number, start: number, end: number): boolean {
  const last = doc.trimEnd(start, end);
  const to = units[u + 1]?.end ?? units[u]!.end;
  if (!isWordChar(doc.text[last - 1]) || !endsParagraph(doc.text, last, to)) return false;
  if (doc.quotes.some((q) => q.start >= start && q.start < last)) return false;
  const words = doc.masked
    .slice(start, last)
    .toLowerCase()
    .split(/\P{L}+/u);
  return words.some((w) => ANNOUNCING.has(w));
}

/** Whether the text the sentence `[start, end)` of unit `u` announces follows it: after its final colon, or as above. */
export function textFollows(doc: QuotedText, units: readonly Unit[], u: number, start: number, end: number): boolean {
  return doc.endsWithColon(start, end) || announcesNextUnit(doc, units, u, start, end);
}
