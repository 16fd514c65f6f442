/**
 * Instruction sentences that are a reprint of base text: a base that is
 * itself an amending text quotes instructions, and the amendment reprinting
 * them changes nothing.
 *
 * @module
 */
import type { AmendmentWithRenumbering, Change, Clause, Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { foldSpaces } from '../text/normalize.js';

/** The reading without changes whose sentence is a reprint of base text (a base that is itself an amending text). */
export function withoutReprints(base: Resolution, reading: AmendmentReading, text: string): AmendmentWithRenumbering {
  const texts: string[] = [];
  const collect = (clauses: readonly Clause[]): void => {
    for (const c of clauses) {
      texts.push(foldSpaces(c.text));
      collect(c.children);
    }
  };
  collect(base.clauses);
  const source = reading.amendment;
  const keep: Change[] = [];
  source.changes.forEach((change, i) => {
    const span = reading.sources[i];
    const sentence = span === undefined ? '' : foldSpaces(text.slice(span.start, span.end));
    if (sentence.length < 20 || !texts.some((t) => t.includes(sentence))) keep.push(change);
  });
  return keep.length === source.changes.length ? source : { ...source, changes: keep };
}
