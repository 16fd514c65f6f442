/**
 * The value change: "Im § 4 Absatz 3 wird die Ermäßigung für Drittkinder von
 * „40 €“ auf „55 €“ angehoben", "… werden die Wörter „per Fax“ zu „per
 * E-Mail“ geändert". A sentence with a verb of VALUE_CHANGE_VERBS and a
 * quotation after "auf"/"zu" replaces its old value by the new one; the
 * words before the first quotation only name the value ("die Ermäßigung für
 * Drittkinder") and are not read.
 *
 * @module
 */
import { VALUE_CHANGE_VERBS } from '../lexicon.js';
import type { InstructionToken } from '../../references/tokens.js';
import { knownWord } from './known-words.js';

/** Prepositions before the new value of a value change ("auf „55 €“", "zu „Y“"). */
const VALUE_TARGET_WORDS: ReadonlySet<string> = new Set(['auf', 'zu']);

/** A value change found in a sentence. */
export interface ValueChange {
  /** Offset of its first quotation: unknown words before it name the value. */
  at: number;
  /** Offsets of the words "auf"/"zu" before a new value. */
  targets: ReadonlySet<number>;
}

/** "auf „55 €“", "zu „Y“": the new value of a value change. */
function isValueTarget(tokens: readonly InstructionToken[], i: number): boolean {
  const tok = tokens[i]!;
  return tok.kind === 'word' && VALUE_TARGET_WORDS.has(tok.lower) && tokens[i + 1]?.kind === 'quote';
}

/** The value change of a sentence, or undefined when it is none. */
export function valueChangeOf(tokens: readonly InstructionToken[]): ValueChange | undefined {
  if (!tokens.some((t) => t.kind === 'word' && VALUE_CHANGE_VERBS.has(t.lower))) return undefined;
  const targets = new Set(tokens.filter((_, i) => isValueTarget(tokens, i)).map((t) => t.start));
  const at = tokens.find((t) => t.kind === 'quote')?.start;
  if (targets.size === 0 || at === undefined) return undefined;
  return { at, targets };
}

/** What a word of a value change is: its verb (a replacement), the cue of a new value, a word naming the value, or other. */
export function valueRole(
  tok: Extract<InstructionToken, { kind: 'word' }>,
  change: ValueChange,
): 'verb' | 'new' | 'naming' | undefined {
  if (VALUE_CHANGE_VERBS.has(tok.lower)) return 'verb';
  if (change.targets.has(tok.start)) return 'new';
  return !knownWord(tok.lower) && tok.start < change.at ? 'naming' : undefined;
}
