/**
 * Whether a word belongs to the reader's vocabulary (a verb, preposition,
 * filler, copula, passage noun, reference noun or resolution noun), or is a
 * number. The constructs that take unknown words as text — the unquoted
 * replacement (unquoted.ts), "nicht X, sondern Y" (sondern.ts) and the words
 * naming a value (value-change.ts) — never take a known one.
 *
 * @module
 */
import { ACTION_VERBS, COPULA_WORDS, CUE_WORDS, PASSAGE_NOUNS } from '../lexicon.js';
import { FILLER_WORDS } from '../filler-words.js';
import { REFERENCE_NOUNS, WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';

/** Whether the lower-cased word is one the reader knows, or a number. */
export function knownWord(lower: string): boolean {
  return (
    ACTION_VERBS.has(lower) ||
    CUE_WORDS.has(lower) ||
    FILLER_WORDS.has(lower) ||
    COPULA_WORDS.has(lower) ||
    PASSAGE_NOUNS.has(lower) ||
    REFERENCE_NOUNS.has(lower) ||
    WHOLE_RESOLUTION_NOUNS.has(lower) ||
    /\d/u.test(lower)
  );
}
