/**
 * One sentence that joins two instructions ("Ziffer 2 wird gestrichen, die
 * bisherige Ziffer 3 wird Ziffer 2.") is read as two.
 *
 * @module
 */
import { ACTION_VERBS, COPULA_WORDS } from '../lexicon.js';
import { AND_WORDS } from '../../references/nouns.js';
import type { InstructionToken } from '../../references/tokens.js';

/** Words after a separator that continue the instruction before it. */
const CONTINUING: ReadonlySet<string> = new Set(['dass', 'daß', 'sondern']);

/**
 * Splits a sentence that joins two instructions into one token list per
 * instruction: each further "wird"/"werden" starts a new instruction after
 * the first separator (",", ";", "und", "sowie") that follows a complete one
 * (one that ends with its verb or a clause number). Without such a separator
 * the sentence stays whole.
 */
export function splitClauses(tokens: readonly InstructionToken[]): InstructionToken[][] {
  const copulas: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && COPULA_WORDS.has(t.lower)) copulas.push(i);
  });
  if (copulas.length < 2) return [[...tokens]];
  const parts: InstructionToken[][] = [];
  let from = 0;
  for (let c = 1; c < copulas.length; c += 1) {
    const previous = copulas[c - 1]!;
    for (let s = Math.max(previous + 1, from); s < copulas[c]!; s += 1) {
      const t = tokens[s]!;
      const separator =
        (t.kind === 'punct' && (t.text === ',' || t.text === ';')) || (t.kind === 'word' && AND_WORDS.has(t.lower));
      // "…, dass …" and "nicht …, sondern …" continue the instruction (dahingehend.ts, sondern.ts), they do not start one.
      const after = tokens[s + 1];
      if (!separator || s === from || (after?.kind === 'word' && CONTINUING.has(after.lower))) continue;
      const last = tokens[s - 1]!;
      const complete =
        (last.kind === 'word' && (ACTION_VERBS.has(last.lower) || /^\d/.test(last.lower))) ||
        (last.kind === 'punct' && last.text === ')');
      if (!complete) continue;
      parts.push(tokens.slice(from, s));
      from = s + 1;
      break;
    }
  }
  parts.push(tokens.slice(from));
  return parts.filter((p) => p.length > 0);
}
