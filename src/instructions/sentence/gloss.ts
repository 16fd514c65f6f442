/**
 * A gloss in brackets: words that describe a place the reference before them
 * already names ("Der letzte Satz (zur Barrierefreiheit) wird …"), or a note
 * on the text after the final colon ("wird wie folgt geändert (Änderungen
 * unterstrichen):"). Only words — no quotation, number, verb or reference noun
 * — so a gloss never hides an instruction; it is skipped.
 *
 * @module
 */
import { ACTION_VERBS } from '../lexicon.js';
import { REFERENCE_NOUNS } from '../../references/nouns.js';
import type { InstructionToken } from '../../references/tokens.js';

/** Longest gloss that is skipped. */
const MAX_GLOSS_WORDS = 6;

function isColon(tok: InstructionToken | undefined): boolean {
  return tok?.kind === 'punct' && tok.text === ':';
}

/** The index of the ")" of a gloss opening at `i` (after a reference when `afterRef`), or undefined. */
export function glossEnd(tokens: readonly InstructionToken[], i: number, afterRef: boolean): number | undefined {
  const open = tokens[i]!;
  if (open.kind !== 'punct' || open.text !== '(') return undefined;
  for (let j = i + 1; j < tokens.length && j <= i + MAX_GLOSS_WORDS + 1; j += 1) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      const beforeColon = isColon(tokens[j + 1]) && j + 2 === tokens.length;
      return t.text === ')' && j > i + 1 && (afterRef || beforeColon) ? j : undefined;
    }
    if (t.kind !== 'word' || /\d/u.test(t.lower) || ACTION_VERBS.has(t.lower) || REFERENCE_NOUNS.has(t.lower))
      return undefined;
  }
  return undefined;
}
