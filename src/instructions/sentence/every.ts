/**
 * "jeweils" — every occurrence in the named place: "In § 4 Satz 2 werden
 * jeweils nach dem Wort „Einrichtung“ die Wörter „der offenen Arbeit“
 * eingefügt", "In Absatz 2 wird das Wort „Rat“ jeweils durch das Wort
 * „Gemeinderat“ ersetzt". The sentence is read without the word, and its
 * text changes are marked: `redline()`, which knows the base, makes one
 * change per occurrence in the addressed place (src/pipeline/every.ts).
 * Without the base (`parseAmendment`) a marked change stays a plain one,
 * which applies where the passage occurs once and is refused as ambiguous
 * where it occurs more often — never applied to one occurrence of several.
 *
 * @module
 */
import type { Change } from '../../model.js';
import type { InstructionToken } from '../../references/tokens.js';
import { SentenceError, type SentenceResult } from './result.js';
import { formatRef } from '../../references/ref.js';
import { singleClause, type Target } from './roles.js';

/** The word that marks every occurrence. */
const EVERY_WORDS: ReadonlySet<string> = new Set(['jeweils']);

/** The tokens without "jeweils", and whether it was there. */
export function withoutEvery(tokens: readonly InstructionToken[]): { tokens: InstructionToken[]; every: boolean } {
  const kept = tokens.filter((t) => t.kind !== 'word' || !EVERY_WORDS.has(t.lower));
  return { tokens: kept, every: kept.length !== tokens.length };
}

/** The clauses a "jeweils" sentence names ("In Art. 5 Abs. 2 bis 4 …"): each of them, or the one it names. */
export function everyClause(target: Target, start: number): string[] {
  return target.kind === 'refs' && target.refs.length > 1 ? target.refs.map(formatRef) : [singleClause(target, start)];
}

/** Text changes that apply to every occurrence of their passage ("jeweils"). */
const EVERY_OPS: ReadonlySet<string> = new Set(['replace', 'delete', 'insert']);

/**
 * Marks the changes of a "jeweils" sentence; refuses one whose instruction is
 * not a text change with a passage to find (a clause removed or rewritten "jeweils").
 *
 * @throws {SentenceError} naming why
 */
export function markEvery(results: readonly SentenceResult[], start: number): SentenceResult[] {
  return results.map((r) => {
    if (r.kind !== 'changes' || r.changes.some((c) => !EVERY_OPS.has(c.op) || !hasPassage(c)))
      throw new SentenceError(
        '"jeweils" (every occurrence) is read only with a passage to find ("das Wort „…“ jeweils durch …", "jeweils nach dem Wort „…“")',
        start,
      );
    return { ...r, every: true };
  });
}

/** Whether the change finds a passage ("old", or an anchor of an insertion) and names no occurrence of its own. */
function hasPassage(change: Change): boolean {
  if ('occurrence' in change && change.occurrence !== undefined) return false;
  if (change.op === 'insert') return change.after !== undefined || change.before !== undefined;
  return change.op === 'replace' || change.op === 'delete';
}
