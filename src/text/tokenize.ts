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
import { scanAbbreviation } from './abbreviations.js';
import {
  characterAt,
  characterBefore,
  isDigit,
  isLetter,
  isLowerCase,
  isTokenSpace,
  isWhitespace,
  isWordChar,
} from './chars.js';
import type { Span } from './span.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'space';

/** One token; tokens are contiguous and cover the text exactly. */
export interface Token extends Span {
  /** The exact characters of the token. */
  text: string;
  /** `word` (letters/digits and what belongs to them), `punct` (one symbol) or `space` (a whitespace run). */
  kind: TokenKind;
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
    const ch = characterAt(text, i);
    let end: number;
    let kind: TokenKind;
    if (isWhitespace(ch)) {
      end = i + ch.length;
      while (end < n && isWhitespace(characterAt(text, end))) end += characterAt(text, end).length;
      kind = 'space';
    } else if (ch === '§') {
      end = scanSection(text, i);
      if (end === i + 1) {
        // No number after the run: every sign of it is read alike, so the run is read once (linear).
        i = sectionSignsWithoutNumber(text, i, tokens);
        continue;
      }
      kind = 'word';
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

/**
 * The tokens of a run of section signs at `start` that no number follows: each
 * sign is a `punct` token, the last one a `word` when a word character follows
 * it (`§a`). Returns the end of the run.
 */
function sectionSignsWithoutNumber(text: string, start: number, tokens: Token[]): number {
  let end = start;
  while (text[end] === '§') end += 1;
  for (let j = start; j < end; j += 1) {
    const kind: TokenKind = j === end - 1 && isWordChar(characterAt(text, end)) ? 'word' : 'punct';
    tokens.push({ text: '§', kind, start: j, end: j + 1 });
  }
  return end;
}

/** "§ 13", "§§ 13a", "§13": the sign(s), an optional inline space and a word. Returns `start + 1` when no number follows. */
function scanSection(text: string, start: number): number {
  let j = start;
  while (text[j] === '§') j += 1;
  let k = j;
  if (isTokenSpace(text[k] ?? '')) k += 1;
  if (isDigit(characterAt(text, k))) return scanWord(text, k);
  return start + 1;
}

/** A word: word characters plus the joiners that keep German compounds, numbers and gender forms whole. */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let j = start;
  for (;;) {
    while (j < n && isWordChar(characterAt(text, j))) j += characterAt(text, j).length;
    if (j >= n) return j;
    const c = text[j]!;
    const prev = characterBefore(text, start, j);
    const next = characterAt(text, j + 1);
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

/** Whether a token is a word (a convenience for filters). */
export function isWordToken(token: Token): boolean {
  return token.kind === 'word';
}
