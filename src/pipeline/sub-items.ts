/**
 * "Ziffer 2 erhält folgende Fassung: „…“" for a clause with sub-items: the
 * German does not say whether the new wording replaces the sub-items too
 * (as „2. …“, repeating the clause's label, says) or only the clause's own
 * text. A `rewrite` change means the latter (docs/amendments.md), so reading
 * the sentence as one would keep sub-items a clerk may strike: with the
 * base at hand it is refused, naming the sentence — except where a list's
 * intro gets a new intro (both end with a colon), which plainly keeps them.
 *
 * @module
 */
import type { AmendmentReading } from '../instructions/read.js';
import { applyError } from '../instructions/read/excerpt.js';
import type { Clause, Resolution } from '../model.js';
import { resolveAddress } from '../references/resolve.js';

/** Whether a new wording of all of `clause`'s text leaves open what becomes of its sub-items. */
function leavesSubItemsOpen(clause: Clause, wording: string): boolean {
  if (clause.children.length === 0) return false;
  const label = clause.label.trim();
  // „2. Die Verwaltung …“: the whole clause, its sub-items with it (src/amend/plan-text.ts).
  if (label !== '' && (wording === label || wording.startsWith(`${label} `) || wording.startsWith(`${label}\n`)))
    return false;
  return !(clause.text.trimEnd().endsWith(':') && wording.endsWith(':'));
}

/**
 * Checks every new wording of `reading` that addresses a whole clause with sub-items.
 *
 * @throws {InstructionError} naming the sentence when the new wording leaves the sub-items open
 */
export function checkSubItems(base: Resolution, reading: AmendmentReading, source: string): void {
  reading.amendment.changes.forEach((change, i) => {
    if (change.op !== 'rewrite' || change.part === 'heading') return;
    const address = resolveAddress(base, change.clause);
    if (address.kind !== 'clause' || address.narrowed) return;
    const { clause, scope } = address;
    if (scope.start !== 0 || scope.end !== clause.text.length || !leavesSubItemsOpen(clause, change.new.trim())) return;
    const items = clause.children.map((c) => c.label.trim() || '–').join(', ');
    throw applyError(
      source,
      reading.sources[i],
      `"${change.clause}" has sub-items (${items}), and its new wording does not say whether it replaces them too (then repeat the clause's label: „${clause.label.trim() || '…'} …“) or only the clause's own text (then name its sentence or words)`,
    );
  });
}
