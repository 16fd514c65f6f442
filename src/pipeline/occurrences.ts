/**
 * How often a change's passage occurs in its place, for the readings that
 * need the base to say which occurrence they mean ("jeweils", "am Ende").
 * Counted by asking the check for occurrence 1, 2, … — the check's own
 * search (typography folded, words whole), so the count is what the change
 * would find.
 *
 * @module
 */
import { checkAmendment } from '../amend/check.js';
import type { Change, Resolution } from '../model.js';

/** More occurrences than this in one place are not counted: such a change stays ambiguous and the check refuses it. */
const MAX_OCCURRENCES = 100;

/** The occurrences of the change's passage in its place (0 when none), or undefined when there are more than {@link MAX_OCCURRENCES}. */
export function occurrenceCount(base: Resolution, change: Change): number | undefined {
  const found = (occurrence: number): boolean =>
    checkAmendment(base, { changes: [{ ...change, occurrence } as Change] }).every((d) => d.severity !== 'error');
  let count = 0;
  while (count <= MAX_OCCURRENCES && found(count + 1)) count += 1;
  return count > MAX_OCCURRENCES ? undefined : count;
}
