/**
 * A typing error in a noun that names the whole resolution ("Der
 * Beschlussverschlag … wird ergänzt" for "Beschlussvorschlag"): a word one
 * edit away from such a noun is read as it — only where it cannot misread:
 * the noun is long (at least {@link MIN_LENGTH} letters, so no short word of
 * the language is one edit from it), the word is no noun of the set itself,
 * and the edit lies inside the word, at least two letters from either end —
 * so an inflection ("Beschlussvorlagen", "Antragstexte", "Beschlussentwürfe")
 * is never taken for a typing error. A word one edit from two nouns is left
 * as it is.
 *
 * @module
 */
import { WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The shortest noun a typing error is read for. */
const MIN_LENGTH = 12;

/** How many letters at either end must match (an edit there could be an inflection). */
const KEPT_ENDS = 2;

/** The long nouns of the set. */
const LONG_NOUNS: readonly string[] = [...WHOLE_RESOLUTION_NOUNS].filter((n) => n.length >= MIN_LENGTH);

/**
 * Whether `word` is one substitution, insertion or deletion away from `noun`,
 * inside the word (see the module comment). Hand-written: a linear check of
 * one edit, where a general edit distance would be quadratic.
 */
export function oneEditInside(word: string, noun: string): boolean {
  const a = [...word];
  const b = [...noun];
  if (Math.abs(a.length - b.length) > 1 || word === noun) return false;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  if (prefix < KEPT_ENDS || suffix < KEPT_ENDS) return false;
  // Same length: one letter differs; else the longer has one letter more.
  return prefix + suffix === Math.max(a.length, b.length) - 1;
}

/** The tokens with a typing error in a whole-resolution noun read as the noun (see the module comment). */
export function withNounTypos(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  let out: InstructionToken[] | undefined;
  tokens.forEach((tok, i) => {
    if (tok.kind !== 'word' || tok.lower.length < MIN_LENGTH - 1 || WHOLE_RESOLUTION_NOUNS.has(tok.lower)) return;
    const nouns = LONG_NOUNS.filter((n) => oneEditInside(tok.lower, n));
    if (nouns.length !== 1) return;
    out ??= [...tokens];
    out[i] = { ...tok, lower: nouns[0]! };
  });
  return out ?? tokens;
}
