/**
 * Nested instruction lists run into one line, as statute databases print
 * them ("2. § 8 wird wie folgt geändert: a) Absatz 1 wird wie folgt geändert:
 * aa) In Satz 1 werden … eingefügt. bb) Satz 3 wird aufgehoben. b) Absatz 3
 * wird wie folgt gefasst: „(3) …“ 3. § 12 …"): each list marker that follows
 * a sentence end, a colon or a closing quotation gets a line of its own, so
 * that the reader sees the list's levels as it sees them in a printed statute.
 *
 * Only a text laid out so is touched: one that runs a list marker on right
 * after "wie folgt geändert:". A marker counts only outside quotations, after
 * ". ", ": " or "“ ", and before a capital letter or "§" that does not start a
 * month ("am 30. 6. Mai" stays). The space before the marker becomes the line
 * break: offsets do not move.
 *
 * @module
 */
import type { QuoteSpan } from '../../text/quotes.js';
import { insideQuote } from './skip.js';
import { MONTHS } from '../../text/months.js';
import { isDigit, isLetter } from '../../text/chars.js';

/**
 * A list marker run into the text: "1.", "12.", "a)", "aa)", with the
 * character before its spaces and the word after it.
 */
const RUN_ON_MARKER = /([.:“"])([ \t]+)(\d{1,2}\.|[a-z]\)|([a-z])\4\))[ \t]+(§|\p{Lu}\p{Ll}*)/gu;

/** "geändert:" with a list marker right after it, on the same line. */
const RUN_ON_START = /\bgeändert:[ \t]+(?:\d{1,2}\.|[a-z]{1,2}\))[ \t]+(?:§|\p{Lu})/u;

/** `text` with run-on list markers on lines of their own (same length; see the module comment). */
export function breakRunOnLists(text: string, quotes: readonly QuoteSpan[]): string {
  if (!RUN_ON_START.test(text)) return text;
  const chars = text.split('');
  let changed = false;
  for (const m of text.matchAll(RUN_ON_MARKER)) {
    const spaces = m.index + m[1]!.length;
    const word = m[5]!;
    if (MONTHS.includes(word.toLowerCase()) || insideQuote(quotes, spaces)) continue;
    // A full stop after a number or an abbreviation ("Nr. 3. Die …") is no sentence end to break after.
    // After a number it does when a lettered item follows ("… die Nummern 2 und 3. c) Absatz 2 …").
    if (m[1] === '.' && !endsSentence(text, m.index) && !(isDigit(text[m.index - 1]) && m[3]!.endsWith(')'))) continue;
    chars[spaces + m[2]!.length - 1] = '\n';
    changed = true;
  }
  return changed ? chars.join('') : text;
}

/** Whether the full stop at `dot` ends a sentence: it follows a word of two or more letters, or a closing quotation. */
function endsSentence(text: string, dot: number): boolean {
  const last = text[dot - 1];
  return last === '“' || last === '"' || last === ')' || (isLetter(last) && isLetter(text[dot - 2]));
}
