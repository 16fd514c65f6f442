/**
 * "jeweils" against the base: a change marked as meaning every occurrence
 * of its passage in its place (src/instructions/sentence/every.ts) becomes one
 * change per occurrence — `occurrence` 1, 2, … as long as the check finds
 * that occurrence in the addressed place. A passage that occurs once stays
 * one change; one that does not occur at all is left to the check, which
 * reports it.
 *
 * @module
 */
import type { AmendmentWithRenumbering, Change, Resolution } from '../model.js';
import { occurrenceCount } from './occurrences.js';

/** The amendment with every marked change made one change per occurrence of its passage. */
export function everyOccurrence(
  base: Resolution,
  amendment: AmendmentWithRenumbering,
  every: ReadonlySet<Change>,
): AmendmentWithRenumbering {
  if (!amendment.changes.some((c) => every.has(c))) return amendment;
  return { ...amendment, changes: amendment.changes.flatMap((c) => (every.has(c) ? occurrences(base, c) : [c])) };
}

/**
 * The change once per occurrence of its passage; the change itself when it occurs once or not at all,
 * or more often than can be counted (the check then refuses it as ambiguous, never a part of them).
 */
function occurrences(base: Resolution, change: Change): Change[] {
  const count = occurrenceCount(base, change);
  if (count === undefined || count <= 1) return [change];
  return Array.from({ length: count }, (_, k) => ({ ...change, occurrence: k + 1 }) as Change);
}
