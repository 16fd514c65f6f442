/**
 * "Im Satzteil vor Nummer 1 werden die Wörter „…“ gestrichen": the reader
 * takes the phrase out and addresses the Absatz's own text, which in a parsed
 * statute is exactly the words before its items. That holds only where the
 * Absatz has those items as sub-clauses, the first labelled as named; an
 * Absatz whose items run in its text, or one without items, would have the
 * change found anywhere in it. Such a sentence is refused, naming it.
 *
 * @module
 */
import type { Resolution } from '../model.js';
import type { AmendmentReading } from '../instructions/read.js';
import { sentenceError } from '../instructions/read/excerpt.js';
import { listLeadLabel } from '../instructions/sentence/list-lead.js';
import { labelKey } from '../parse/labels.js';
import { instructionTokens } from '../references/tokens.js';
import { resolveAddress } from '../references/resolve.js';

/**
 * Checks every change read from a "Satzteil vor Nummer 1" sentence against the base.
 *
 * @throws {InstructionError} naming the sentence when the Absatz has no such first item
 */
export function checkListLeads(base: Resolution, reading: AmendmentReading, source: string): void {
  reading.amendment.changes.forEach((change, i) => {
    const span = reading.sources[i];
    if (span === undefined || !('clause' in change)) return;
    // Only sentences that name the phrase at all are looked at (a cheap test before the tokens).
    if (!/satzteil|teilsatz/iu.test(source.slice(span.start, span.end))) return;
    const label = listLeadLabel(instructionTokens(source, span.start, span.end, []));
    if (label === undefined) return;
    const address = resolveAddress(base, change.clause);
    const first = address.kind === 'clause' ? address.clause.children[0] : undefined;
    if (first !== undefined && labelKey(first.label).toLowerCase() === label.toLowerCase()) return;
    throw sentenceError(
      source,
      span,
      `"im Satzteil vor ${label}" names the words before the first item of "${change.clause}", but in the base "${change.clause}" has no item ${label} of its own (its items, if any, run in its text)`,
    );
  });
}
