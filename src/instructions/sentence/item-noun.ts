/**
 * A clause named with the noun of the resolution's items before its number:
 * "Beschlussantrag Nr. 1", "die Beschlussanträge Nr. 4 und Nr. 5" — a
 * resolution whose items are its "Beschlussanträge" names them so. The noun
 * stands before a clause reference of its own ("Nr. 1") and only says what
 * kind of item that is, so it is left out: "Nr. 1", "Nr. 4 und Nr. 5". Alone
 * ("Im Beschlussantrag wird …") it is left as it is.
 *
 * @module
 */
import { nounAt } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';

/** The nouns of a resolution's items (old spelling with "ß" too). */
const ITEM_NOUNS: ReadonlySet<string> = new Set([
  'beschlussantrag',
  'beschlussantrags',
  'beschlussantrages',
  'beschlussanträge',
  'beschlussanträgen',
  'beschlußantrag',
  'beschlußanträge',
]);

/** Whether the token at `i` is an item noun right before a clause reference noun ("Beschlussantrag Nr."). */
function itemNounAt(tokens: readonly InstructionToken[], i: number): boolean {
  const tok = tokens[i];
  return tok?.kind === 'word' && ITEM_NOUNS.has(tok.lower) && nounAt(tokens, i + 1)?.kind === 'clause';
}

/** The tokens without an item noun before a clause reference (unchanged when there is none). */
export function withoutItemNoun(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  if (!tokens.some((_, i) => itemNounAt(tokens, i))) return tokens;
  return tokens.filter((_, i) => !itemNounAt(tokens, i));
}
