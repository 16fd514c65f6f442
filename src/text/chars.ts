/**
 * Named character classes, one per meaning, shared by every scanner (after
 * micromark's `character/` helpers). A scanner asks "is this a space that
 * separates words on one line?" by name instead of spelling out its own list,
 * so two scanners never disagree on what a space is.
 *
 * Each class takes one character (a code point, one or two UTF-16 units)
 * as a string, or `undefined` or `''` past either end of the text, which is
 * never of any class, and answers from a fast ASCII path before any Unicode
 * property test. {@link characterAt} and {@link characterBefore} read such a
 * character from a text.
 *
 * @module
 */

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u200D]/u;
const WHITESPACE = /\s/u;
const DIGIT = /\p{Nd}/u;
const LOWER = /\p{Ll}/u;

/**
 * A space that separates words on one line as council documents type it:
 * space, tab, no-break space (U+00A0), narrow no-break space (U+202F), thin
 * space (U+2009) and figure space (U+2007). Not a line break.
 */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0' || ch === '\u202F' || ch === '\u2009' || ch === '\u2007';
}

/**
 * A space that may stand inside one token of the tokeniser ("z.\u00A0B.",
 * "§ 13"): an {@link isInlineSpace} character other than the tab.
 */
export function isTokenSpace(ch: string | undefined): boolean {
  return ch !== '\t' && isInlineSpace(ch);
}

/** A line break: line feed or carriage return. */
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

/** A space between words, on one line or across lines: {@link isInlineSpace} or {@link isLineBreak}. */
export function isTextSpace(ch: string | undefined): boolean {
  return isLineBreak(ch) || isInlineSpace(ch);
}

/** An indentation character at a line start in a label scanner: space or tab. */
export function isIndent(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Any Unicode white space (what `\s` matches with the `u` flag). */
export function isWhitespace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return true;
  if (c < 0x80) return c === 0x0b || c === 0x0c;
  return WHITESPACE.test(ch);
}

/** A letter of any script (`\p{L}`). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  return LETTER.test(ch);
}

/** A lower-case letter (`\p{Ll}`). */
export function isLowerCase(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0x80) return false;
  return LOWER.test(ch);
}

/** A decimal digit of any script (`\p{Nd}`). */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  if (c < 0x80) return false;
  return DIGIT.test(ch);
}

/**
 * A character that belongs to a word: letters, digits, combining marks, the
 * soft hyphen (U+00AD) and the zero-width joiner (U+200D).
 */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c < 0x80) return false;
  return WORD_CHAR.test(ch);
}

/** An ASCII digit `0`–`9` (label numbers, which are never written in other scripts). */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

/** A run of 1 to `max` ASCII digits, nothing else ("2024" for `max` 4; numbers of labels, pages and dates). */
export function isDigitRun(s: string, max: number): boolean {
  if (s.length === 0 || s.length > max) return false;
  for (const c of s) if (!isAsciiDigit(c)) return false;
  return true;
}

/** An ASCII lower-case letter `a`–`z` (label letters and roman numerals). */
export function isAsciiLower(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= 'a' && ch <= 'z';
}

/** An ASCII upper-case letter `A`–`Z` (label letters and roman numerals). */
export function isAsciiUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= 'A' && ch <= 'Z';
}

/** The code point at offset `i` of `text` as a string (one or two UTF-16 units); `''` past the end. */
export function characterAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** The code point that ends at offset `end` of `text`, not reaching before `start`; `''` when `end <= start`. */
export function characterBefore(text: string, start: number, end: number): string {
  if (end <= start) return '';
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= start) return text.slice(end - 2, end);
  return text[end - 1]!;
}
