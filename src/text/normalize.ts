/**
 * Typographic folding: the differences that are not changes of a text —
 * German vs ASCII quotes, NBSP vs space, NFC vs NFD, soft hyphens, runs of
 * whitespace. Comparisons (diffs, searches) run on the folded text; offsets are
 * mapped back so that results always point into the original characters.
 *
 * @module
 */

/** Double quotes folded to `"`: „ “ ” » « ‟ ″ and the fullwidth quote. */
const DOUBLE_QUOTES = new Set(['\u201E', '\u201C', '\u201D', '\u00BB', '\u00AB', '\u201F', '\u2033', '\uFF02']);
/** Single quotes and apostrophes folded to `'`: ‚ ‘ ’ ‹ › ‛ ′ and the fullwidth apostrophe. */
const SINGLE_QUOTES = new Set(['\u201A', '\u2018', '\u2019', '\u2039', '\u203A', '\u201B', '\u2032', '\uFF07']);
/** Invisible characters dropped: soft hyphen, zero-width space, word joiner, BOM/ZWNBSP. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u2060', '\uFEFF']);

const WHITESPACE = /\s/u;
const COMBINING = /[\p{M}\u1160-\u11FF]/u;

function isWhitespace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return true;
  if (c < 0x80) return c === 0x0b || c === 0x0c;
  return c !== 0xfeff && WHITESPACE.test(ch);
}

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
const NEEDS_FOLDING = /[^\S ]| {2}|[\u00AD\u200B\u2060\uFEFF\u2018-\u201F\u2032\u2033\u2039\u203A\u00AB\u00BB\uFF02\uFF07]/u;

/**
 * The same folding as {@link foldTypography}, with a map back into the original:
 * `map` has `folded.length + 1` entries; `map[i]` is the offset in `text` where
 * folded character `i` starts (a character composed by NFC maps to the start of
 * its base character); `map[folded.length] === text.length`. The map is
 * non-decreasing, so a folded range `[a, b)` corresponds to `[map[a], map[b])`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  const n = text.length;
  let inSpace = false;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    if (INVISIBLE.has(ch)) {
      i += ch.length;
      continue;
    }
    if (isWhitespace(ch)) {
      if (!inSpace) {
        out.push(' ');
        map.push(i);
        inSpace = true;
      }
      i += ch.length;
      continue;
    }
    inSpace = false;
    // A normalisation unit: this character and the combining characters after it
    // (soft hyphens inside the unit are dropped). Composition never crosses units.
    const unitStart = i;
    let j = i + ch.length;
    let unit = ch;
    while (j < n) {
      const nextCode = text.codePointAt(j)!;
      const next = String.fromCodePoint(nextCode);
      if (INVISIBLE.has(next)) {
        j += next.length;
        continue;
      }
      if (!isCombining(nextCode, next)) break;
      unit += next;
      j += next.length;
    }
    const composed = unit.length === 1 && code < 0x300 ? unit : unit.normalize('NFC');
    for (const c of composed) {
      const folded = DOUBLE_QUOTES.has(c) ? '"' : SINGLE_QUOTES.has(c) ? "'" : c;
      for (let k = 0; k < folded.length; k += 1) {
        out.push(folded[k]!);
        map.push(unitStart);
      }
    }
    i = j;
  }
  map.push(n);
  return { folded: out.join(''), map };
}
