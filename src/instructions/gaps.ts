/**
 * The white space the instruction reader and writer step over between words
 * (and that makes a quoted passage "Wörter" rather than one "Wort"): space,
 * tab, line feed, carriage return and no-break space.
 *
 * Not `isTextSpace` of src/text/chars.ts, which also counts the narrow
 * no-break, thin and figure spaces (U+202F, U+2009, U+2007): the reader and
 * writer have always kept those inside a word ("10\u202F000"), and this
 * refactor keeps that (whether they should separate words is open).
 *
 * @module
 */
import { isIndent, isLineBreak } from '../text/chars.js';

/** A gap between words: {@link isIndent} (space, tab), {@link isLineBreak}, or a no-break space. */
export function isGap(ch: string | undefined): boolean {
  return isIndent(ch) || isLineBreak(ch) || ch === '\u00A0';
}
