/**
 * The German-aware tokeniser: splits clause text into words, punctuation and
 * whitespace such that a word diff never cuts through what a reader sees as
 * one word.
 *
 * Why hand-written: jsdiff's `diffWords` splits `Kölner*innen` into
 * `Kölner | * | innen`, breaks `z. B.`, `04.10.2021` and `1.000,50` at every
 * `.`/`,`, and its `intlSegmenter` option is quadratic in time and memory on
 * Node 20 (a 200 KB text runs out of memory). `Intl.Segmenter` itself has no
 * notion of German abbreviations or gender forms either. So this module is a
 * single left-to-right scan (linear time, no backtracking regex) whose tokens
 * are then diffed with jsdiff's `diffArrays`.
 *
 * @module
 */
import { isDigit, isLetter, isLowerCase, isTokenSpace, isWhitespace, isWordChar } from './chars.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'space';

/** One token; tokens are contiguous and cover the text exactly. */
export interface Token {
  /** The exact characters of the token. */
  text: string;
  /** `word` (letters/digits and what belongs to them), `punct` (one symbol) or `space` (a whitespace run). */
  kind: TokenKind;
  /** Offset of the first character in the tokenised text. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/**
 * Abbreviations that end in a dot and stay one token with it. Multi-part ones
 * ("z. B.") match with or without the space (also NBSP/thin space) between the
 * parts; the first letter may be capitalised at a sentence start ("Z. B.").
 * Single letters are only listed as parts of longer abbreviations, so "Ziffer a."
 * is not mistaken for one.
 */
const ABBREVIATIONS: readonly string[] = [
  'z. B.',
  'z. T.',
  'u. a.',
  'u. U.',
  'u. Ä.',
  'o. ä.',
  'o. Ä.',
  'd. h.',
  'i. d. R.',
  'i. V. m.',
  'i. S. d.',
  'v. a.',
  's. o.',
  's. u.',
  'm. E.',
  'u. v. m.',
  'a. D.',
  'i. A.',
  'i. V.',
  'n. F.',
  'a. F.',
  'bzw.',
  'Nr.',
  'Nrn.',
  'gem.',
  'ggf.',
  'vgl.',
  'usw.',
  'etc.',
  'Abs.',
  'Art.',
  'Ziff.',
  'Buchst.',
  'lit.',
  'Dr.',
  'Prof.',
  'ca.',
  'inkl.',
  'evtl.',
  'sog.',
  'bspw.',
  'Mio.',
  'Mrd.',
  'Tsd.',
  'Str.',
  'St.',
  'lfd.',
  'insb.',
  'einschl.',
  'zzgl.',
  'abzgl.',
  'max.',
  'min.',
  'Hrsg.',
  'Tel.',
  'Fa.',
  'Jh.',
  'Std.',
  'Min.',
  'geb.',
  'verh.',
  'zit.',
  'Anl.',
  'Anm.',
  'Bd.',
  'Kap.',
  'Verf.',
  'allg.',
  'bzgl.',
  'ehem.',
  'entspr.',
  'erg.',
  'ff.',
  'Jan.',
  'Feb.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
  'Hr.',
  'Fr.',
];

/** Abbreviations split into their letter parts, grouped by the first part (lower-cased first letter). */
const ABBREVIATION_PARTS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>();
  for (const abbreviation of ABBREVIATIONS) {
    const parts = abbreviation
      .split('.')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const key = firstLower(parts[0]!);
    const list = map.get(key) ?? [];
    list.push(parts);
    map.set(key, list);
  }
  // Longest first, so "i. V. m." wins over "i. V.".
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

function firstLower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The code point at `i` as a string (one or two UTF-16 units); '' past the end. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}

/** Hyphens that join compound parts ("IT-Strategie"); the en dash only joins digits ("2018–2022"). */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Splits `text` into tokens. The tokens are contiguous and cover the text
 * exactly: `tokenize(t).map((x) => x.text).join('') === t`.
 *
 * One `word` token each: gender forms (`Kölner*innen`, `Bürger:innen`,
 * `Schüler_innen`), dates and numbers (`31.12.2024`, `250.000`, `1.000,50`),
 * abbreviations with their dots (`z. B.`, `u. a.`, `Nr.`, `gem.`), section
 * references (`§ 13`, `§§ 13a`), hyphenated compounds (`IT-Strategie`,
 * `2018-2022`), a compound stem with its hyphen before a space (`Landes-` in
 * "Landes- sowie Bundesebene"), addresses (`www.koelnsdpd.de`). Every other
 * symbol is its own `punct` token; whitespace runs (incl. NBSP and line breaks)
 * are one `space` token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = charAt(text, i);
    let end: number;
    let kind: TokenKind;
    if (isWhitespace(ch)) {
      end = i + ch.length;
      while (end < n && isWhitespace(charAt(text, end))) end += charAt(text, end).length;
      kind = 'space';
    } else if (ch === '§') {
      end = scanSection(text, i);
      kind = end > i + 1 || isWordChar(charAt(text, i + 1)) ? 'word' : 'punct';
      if (kind === 'punct') end = i + 1;
    } else if (isWordChar(ch)) {
      end = scanAbbreviation(text, i) ?? scanWord(text, i);
      kind = 'word';
    } else {
      end = i + ch.length;
      kind = 'punct';
    }
    tokens.push({ text: text.slice(i, end), kind, start: i, end });
    i = end;
  }
  return tokens;
}

/** "§ 13", "§§ 13a", "§13": the sign(s), an optional inline space and a word. Returns `start + 1` when no number follows. */
function scanSection(text: string, start: number): number {
  let j = start;
  while (text[j] === '§') j += 1;
  let k = j;
  if (isTokenSpace(text[k] ?? '')) k += 1;
  if (isDigit(charAt(text, k))) return scanWord(text, k);
  return start + 1;
}

/** An abbreviation from {@link ABBREVIATIONS} starting at `start`, or undefined. */
function scanAbbreviation(text: string, start: number): number | undefined {
  // The first letter run decides which abbreviations can match.
  let j = start;
  while (j < text.length && isLetter(charAt(text, j))) j += charAt(text, j).length;
  if (j === start || text[j] !== '.') return undefined;
  const candidates = ABBREVIATION_PARTS.get(firstLower(text.slice(start, j)));
  if (candidates === undefined) return undefined;
  for (const parts of candidates) {
    const end = matchParts(text, start, parts);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** Matches "part. part. …" with at most one inline space after each inner dot; the end must not run into a letter. */
function matchParts(text: string, start: number, parts: readonly string[]): number | undefined {
  let j = start;
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p]!;
    if (p > 0 && isTokenSpace(text[j] ?? '')) j += 1;
    const actual = text.slice(j, j + part.length);
    const ok = p === 0 ? firstLower(actual) === firstLower(part) : actual === part;
    if (!ok) return undefined;
    j += part.length;
    if (text[j] !== '.') return undefined;
    j += 1;
  }
  return isLetter(charAt(text, j)) ? undefined : j;
}

/** A word: word characters plus the joiners that keep German compounds, numbers and gender forms whole. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let j = start;
  for (;;) {
    while (j < n && isWordChar(charAt(text, j))) j += charAt(text, j).length;
    if (j >= n) return j;
    const c = text[j]!;
    const prev = lastChar(text, start, j);
    const next = charAt(text, j + 1);
    if (HYPHENS.has(c)) {
      if (isWordChar(next)) {
        j += 1;
        continue;
      }
      // "Landes- sowie Bundesebene": the stem keeps its hyphen when a space or comma follows.
      if (isLetter(prev) && (next === '' || isWhitespace(next) || next === ',' || next === ')')) return j + 1;
      return j;
    }
    if (c === '\u2013' && isDigit(prev) && isDigit(next)) {
      j += 1;
      continue;
    }
    if ((c === '*' || c === '_') && isLetter(prev) && isLetter(next)) {
      j += 1;
      continue;
    }
    if (c === ':' && isLetter(prev) && isLowerCase(next)) {
      j += 1;
      continue;
    }
    if ((c === '.' || c === ',') && isDigit(prev) && isDigit(next)) {
      j += 1;
      continue;
    }
    // Addresses: "koelnsdpd.de", "fraktion@koelnsdpd.de" (not "Ende.Neuer", where a space was lost).
    if (c === '.' && isWordChar(prev) && (isLowerCase(next) || isDigit(next)) && !isDigit(prev)) {
      j += 1;
      continue;
    }
    if (c === '@' && isWordChar(prev) && isWordChar(next)) {
      j += 1;
      continue;
    }
    if ((c === "'" || c === '\u2019') && isLetter(prev) && isLetter(next)) {
      j += 1;
      continue;
    }
    return j;
  }
}

/** The code point ending at `end` (not before `start`). */
function lastChar(text: string, start: number, end: number): string {
  if (end <= start) return '';
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= start) return text.slice(end - 2, end);
  return text[end - 1]!;
}

/** Whether a token is a word (a convenience for filters). */
export function isWordToken(token: Token): boolean {
  return token.kind === 'word';
}
