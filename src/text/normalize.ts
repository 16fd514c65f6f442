/**
 * Typographic folding: the differences that are not changes of a text —
 * German vs ASCII quotes, NBSP vs space, NFC vs NFD, soft hyphens, runs of
 * whitespace. Comparisons (diffs, searches) run on the folded text; offsets are
 * mapped back so that results always point into the original characters.
 *
 * @module
 */
import { isWhitespace } from './chars.js';

/** Double quotes folded to `"`: „ “ ” » « ‟ ″ and the fullwidth quote. */
const DOUBLE_QUOTES = new Set(['\u201E', '\u201C', '\u201D', '\u00BB', '\u00AB', '\u201F', '\u2033', '\uFF02']);
/** Single quotes and apostrophes folded to `'`: ‚ ‘ ’ ‹ › ‛ ′ and the fullwidth apostrophe. */
const SINGLE_QUOTES = new Set(['\u201A', '\u2018', '\u2019', '\u2039', '\u203A', '\u201B', '\u2032', '\uFF07']);
/** Invisible characters dropped: soft hyphen, zero-width space, word joiner, BOM/ZWNBSP. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u2060', '\uFEFF']);

const COMBINING = /[\p{M}\u1160-\u11FF]/u;

/** True for a character that composes with what precedes it under NFC (marks, Hangul vowels/finals). */
function isCombining(code: number, ch: string): boolean {
  return code >= 0x300 && COMBINING.test(ch);
}

/**
 * Folds typography: NFC, typographic quotes to ASCII (`„“”»«` → `"`, `‚‘’‹›` → `'`),
 * NBSP and other Unicode spaces (and line breaks) → `' '`, soft hyphen and other
 * invisible characters (U+00AD, U+200B, U+2060, U+FEFF) removed, whitespace runs → one space.
 * Leading/trailing whitespace is folded, not trimmed.
 */
export function foldTypography(text: string): string {
  // Most text needs no folding: checking costs two native scans instead of the per-character walk.
  if (!NEEDS_FOLDING.test(text) && text.normalize('NFC') === text) return text;
  return foldWithMap(text).folded;
}

/** Any character {@link foldTypography} would change, other than by NFC: whitespace other than one space, quotes, invisibles. */
const NEEDS_FOLDING = /[^\S ]| {2}|[\u00AD\u200B\u2060\u2018-\u201F\u2032\u2033\u2039\u203A\u00AB\u00BB\uFF02\uFF07]/u;

/**
 * The same folding as {@link foldTypography}, with a map back into the original:
 * `map` has `folded.length + 1` entries; `map[i]` is the offset in `text` where
 * folded character `i` starts (a character composed by NFC maps to the start of
 * its base character); `map[folded.length] === text.length`. The map is
 * non-decreasing, so a folded range `[a, b)` corresponds to `[map[a], map[b])`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  const n = text.length;
  // Output is collected as slices of the input (runs that need no folding) and the few folded pieces between them.
  const chunks: string[] = [];
  // Allocated once at the text length: folding rarely lengthens a text (only NFC expansions such as
  // U+0344 do, and then the array simply grows).
  const map = new Array<number>(n + 1);
  let m = 0;
  const nfc = new Map<string, string>();
  let copied = 0;
  let inSpace = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: a Latin character that folding leaves alone and that no combining mark (or invisible) follows,
    // or a single space. It is copied as part of the current run; only its map entry is written here.
    if (c < 0x300 && isPlainLatin(c)) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
      if (next < 0x300 ? next !== 0xad : next >= 0x2010 && next <= 0x205f) {
        map[m++] = i;
        inSpace = false;
        i += 1;
        continue;
      }
    } else if (c === 0x20 && !inSpace) {
      map[m++] = i;
      inSpace = true;
      i += 1;
      continue;
    }
    if (i > copied) chunks.push(text.slice(copied, i));
    // Slow path: one invisible character, one whitespace character, or one normalisation unit.
    const code = text.codePointAt(i)!;
    const ch = code > 0xffff ? text.slice(i, i + 2) : text.charAt(i);
    if (INVISIBLE.has(ch)) {
      i += ch.length;
    } else if (isWhitespace(ch)) {
      if (!inSpace) {
        chunks.push(' ');
        map[m++] = i;
        inSpace = true;
      }
      i += ch.length;
    } else {
      inSpace = false;
      const { unit, end } = readUnit(text, i, ch);
      for (const cp of composeUnit(unit, ch, code, nfc)) {
        const folded = DOUBLE_QUOTES.has(cp) ? '"' : SINGLE_QUOTES.has(cp) ? "'" : cp;
        chunks.push(folded);
        for (let k = 0; k < folded.length; k += 1) map[m++] = i;
      }
      i = end;
    }
    copied = i;
  }
  if (n > copied) chunks.push(text.slice(copied, n));
  map[m++] = n;
  map.length = m;
  return { folded: chunks.join(''), map };
}

/**
 * The normalisation unit that starts with `ch` at `start`: the character and
 * the combining characters after it (soft hyphens and other invisible
 * characters inside the unit are dropped), and where it ends. Composition
 * never crosses units.
 */
function readUnit(text: string, start: number, ch: string): { unit: string; end: number } {
  let j = start + ch.length;
  let unit = ch;
  while (j < text.length) {
    const nextCode = text.codePointAt(j)!;
    const next = nextCode > 0xffff ? text.slice(j, j + 2) : text.charAt(j);
    if (INVISIBLE.has(next)) {
      j += next.length;
      continue;
    }
    if (!isCombining(nextCode, next)) break;
    unit += next;
    j += next.length;
  }
  return { unit, end: j };
}

/** A unit in NFC; a lone character (a quote, a dash, an emoji) is normalised once per fold (`nfc`). */
function composeUnit(unit: string, ch: string, code: number, nfc: Map<string, string>): string {
  if (unit.length === 1 && code < 0x300) return unit;
  if (unit !== ch) return unit.normalize('NFC');
  const composed = nfc.get(ch) ?? ch.normalize('NFC');
  nfc.set(ch, composed);
  return composed;
}

/**
 * A character below U+0300 that folding keeps as it is: not whitespace
 * (tab, line breaks, space, NBSP), not the soft hyphen, not a guillemet.
 * (No character below U+0300 changes under NFC on its own.)
 */
function isPlainLatin(c: number): boolean {
  if (c < 0x80) return c > 0x20 || c < 0x09 || (c > 0x0d && c < 0x20);
  return c !== 0xa0 && c !== 0xad && c !== 0xab && c !== 0xbb;
}

/** Runs of whitespace as one space, ends trimmed: texts compared as written, apart from line breaks and spacing. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
