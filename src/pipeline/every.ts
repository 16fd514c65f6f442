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
import { checkAmendment } from '../amend/check.js';
import type { AmendmentWithRenumbering, Change, Resolution } from '../model.js';

/** More occurrences than this in one place are not counted on (the check then reports the rest as ambiguous). */
const MAX_OCCURRENCES = 100;

/** The amendment with every marked change made one change per occurrence of its passage. */
export function everyOccurrence(
  base: Resolution,
  amendment: AmendmentWithRenumbering,
  every: ReadonlySet<Change>,
): AmendmentWithRenumbering {
  if (!amendment.changes.some((c) => every.has(c))) return amendment;
  return { ...amendment, changes: amendment.changes.flatMap((c) => (every.has(c) ? occurrences(base, c) : [c])) };
}

/** The change once per occurrence of its passage (the change itself when it occurs once or not at all). */
function occurrences(base: Resolution, change: Change): Change[] {
  const found = (occurrence: number): boolean =>
    checkAmendment(base, { changes: [{ ...change, occurrence } as Change] }).every((d) => d.severity !== 'error');
  if (!found(2)) return [change];
  const out: Change[] = [];
  for (let n = 1; n <= MAX_OCCURRENCES && found(n); n += 1) out.push({ ...change, occurrence: n } as Change);
  return out;
}
