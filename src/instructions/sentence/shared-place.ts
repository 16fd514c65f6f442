/**
 * The parts of one sentence that joins several instructions share what the
 * sentence says once:
 *
 * - one verb phrase with two actions — "In § 4 Satz 2 werden nach dem Wort
 *   „A“ das Wort „B“ durch ein Komma ersetzt und nach dem Wort „C“ die Wörter
 *   „D“ eingefügt" — is two instructions that share the place and "werden";
 * - a later instruction that names no place of its own ("… ersetzt und nach
 *   dem Wort „C“ werden die Wörter „D“ eingefügt") is about the place the
 *   sentence opened with ("In § 4 Satz 2"), not the whole resolution.
 *
 * @module
 */
import { ACTION_VERBS, COPULA_WORDS } from '../lexicon.js';
import { AND_WORDS, REFERENCE_NOUNS } from '../../references/nouns.js';
import type { InstructionToken } from '../../references/tokens.js';

/** Words that open the second action of a shared verb phrase: an anchor ("nach dem Wort") or a new object ("die Wörter"). */
const SECOND_ACTION_OPENERS: ReadonlySet<string> = new Set([
  'nach',
  'vor',
  'das',
  'die',
  'der',
  'den',
  'dem',
  'folgende',
  'folgender',
]);

/** Words that open a place at the start of a sentence ("In § 4 Satz 2 werden …", "Im Absatz 3 wird …"). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['in', 'im']);

/** The parts with shared verb phrases split and the sentence's opening place carried into parts without one. */
export function sharePlace(parts: readonly InstructionToken[][]): InstructionToken[][] {
  const split = parts.flatMap(splitSharedVerb);
  const place = openingPlace(split[0] ?? []);
  if (place === undefined) return split;
  return split.map((part, i) => (i === 0 || namesPlace(part) ? part : [...place, ...withoutAnd(part)]));
}

/** "… werden X ersetzt und Y eingefügt" (one copula, an action verb, "und", an anchor or object, a last action verb): two parts. */
function splitSharedVerb(tokens: InstructionToken[]): InstructionToken[][] {
  const copulas = tokens.filter(isCopula);
  if (copulas.length !== 1) return [tokens];
  const copula = tokens.indexOf(copulas[0]!);
  const last = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.kind === 'word');
  if (!isAction(tokens[last])) return [tokens];
  for (let i = copula + 2; i < last - 1; i += 1) {
    const and = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!isAction(tokens[i - 1]) || and.kind !== 'word' || !AND_WORDS.has(and.lower)) continue;
    if (next.kind !== 'word' || !SECOND_ACTION_OPENERS.has(next.lower)) continue;
    return [tokens.slice(0, i), [...tokens.slice(0, copula + 1), ...tokens.slice(i + 1)]];
  }
  return [tokens];
}

/** "In § 4 Satz 2" before the first copula, when the sentence opens with one. */
function openingPlace(tokens: readonly InstructionToken[]): InstructionToken[] | undefined {
  const first = tokens[0];
  if (first?.kind !== 'word' || !PLACE_OPENERS.has(first.lower)) return undefined;
  const copula = tokens.findIndex(isCopula);
  if (copula < 2) return undefined;
  const place = tokens.slice(0, copula);
  return namesPlace(place) ? place : undefined;
}

/** Whether the tokens before the part's copula name a clause ("§", "Satz", "Nummer" …). */
function namesPlace(tokens: readonly InstructionToken[]): boolean {
  const copula = tokens.findIndex(isCopula);
  const head = copula === -1 ? tokens : tokens.slice(0, copula);
  return head.some((t) => t.kind !== 'quote' && REFERENCE_NOUNS.has(t.text.toLowerCase().replace(/\.$/u, '')));
}

function withoutAnd(part: readonly InstructionToken[]): InstructionToken[] {
  const first = part[0];
  return first?.kind === 'word' && AND_WORDS.has(first.lower) ? part.slice(1) : [...part];
}

function isCopula(t: InstructionToken | undefined): boolean {
  return t?.kind === 'word' && COPULA_WORDS.has(t.lower);
}

function isAction(t: InstructionToken | undefined): boolean {
  return t?.kind === 'word' && ACTION_VERBS.has(t.lower);
}
