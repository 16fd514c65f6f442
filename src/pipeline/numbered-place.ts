/**
 * A numbered place ("Ziffer 1", "Nr. 3") never means an unnumbered
 * paragraph when the base numbers an item so (a letterhead, title or heading
 * paragraph before the numbered list: "Stadt Talbrück", "**Titel**", "Unser
 * Vorschlag:" + "1. …"). The resolver refuses such a reference itself
 * (src/references/positional.ts); here the refusal names the sentence of the
 * amendment that holds it, before anything is applied.
 *
 * @module
 */
import type { Change, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { indexClauses, resolveAddress } from '../references/resolve.js';

/** The clause references a change names. */
function placesOf(change: Change): string[] {
  const out = [
    'clause' in change ? change.clause : undefined,
    'after' in change ? change.after : undefined,
    'before' in change ? change.before : undefined,
    'parent' in change ? change.parent : undefined,
  ];
  return out.filter((p): p is string => p !== undefined && p !== '');
}

/**
 * Refuses an instruction whose numbered place would find an unnumbered
 * paragraph by its position while the base numbers an item so.
 *
 * @throws {InstructionError} naming the sentence
 */
export function checkNumberedPlaces(base: Resolution, reading: AmendmentReading, source: string): void {
  const index = indexClauses(base.clauses);
  reading.amendment.changes.forEach((change, k) => {
    for (const place of placesOf(change)) {
      const address = resolveAddress(base, place, index);
      if (address.kind === 'missing' && address.positional === true)
        throw sentenceError(source, reading.sources[k] ?? { start: 0, end: 0 }, address.reason);
    }
  });
}
