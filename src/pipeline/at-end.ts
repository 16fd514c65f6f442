/**
 * "der Punkt am Ende der Nummer 5" against the base: the passage must end
 * the addressed clause's text, and the change takes its last occurrence
 * there; otherwise the amendment is refused naming the sentence
 * (src/instructions/sentence/at-end.ts).
 *
 * @module
 */
import { InstructionError } from '../errors.js';
import type { AmendmentReading } from '../instructions/read.js';
import { excerpt } from '../instructions/read/excerpt.js';
import type { AmendmentWithRenumbering, Change, Resolution } from '../model.js';
import { resolveAddress } from '../references/resolve.js';
import { occurrenceCount } from './occurrences.js';
import { foldSpaces } from '../text/normalize.js';

/**
 * The amendment with each "am Ende" change set to the last occurrence of its passage.
 *
 * @throws {InstructionError} when the addressed text does not end with the passage
 */
export function atEnd(
  base: Resolution,
  amendment: AmendmentWithRenumbering,
  reading: AmendmentReading,
  source: string,
): AmendmentWithRenumbering {
  if (!amendment.changes.some((c) => reading.atEnd.has(c))) return amendment;
  const changes = amendment.changes.map((change) => {
    if (!reading.atEnd.has(change) || (change.op !== 'replace' && change.op !== 'delete')) return change;
    const address = resolveAddress(base, change.clause);
    if (address.kind !== 'clause') return change;
    const text = address.clause.text.slice(address.scope.start, address.scope.end).trimEnd();
    if (!foldSpaces(text).endsWith(foldSpaces(change.old))) {
      const span = reading.sources[reading.amendment.changes.indexOf(change)] ?? { start: 0, end: 0 };
      const quoted = excerpt(source, span.start, span.end);
      throw new InstructionError(
        quoted,
        span.start,
        `Cannot apply the instruction „${quoted}“ (offset ${span.start}): "${change.clause}" does not end with „${change.old}“ („…${text.slice(-40)}“).`,
      );
    }
    // More occurrences than can be counted: the change stays ambiguous and the check refuses it.
    const last = occurrenceCount(base, change);
    return last === undefined || last <= 1 ? change : ({ ...change, occurrence: last } as Change);
  });
  return { ...amendment, changes };
}
