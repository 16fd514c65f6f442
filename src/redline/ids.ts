/**
 * Ids of a redline tree. A redline shows two resolutions at once, so its ids
 * come from both: a clause that survives is addressed as in the amended
 * resolution; a deleted clause as in the base. Where that would give two
 * clauses one id (clause 2 deleted, clause 3 renumbered to 2), the deleted one
 * gives way: "2" becomes "2-alt" (then "2-alt2", …), and its children follow
 * ("2-alt.a"). See docs/redlines.md.
 *
 * @module
 */
import type { RedlineClause } from '../model.js';
import { assignIds } from '../parse/ids.js';

/** A stand-in clause for `assignIds`, pointing back to its redline clause. */
interface Mirror {
  id: string;
  label: string;
  children: Mirror[];
  of: RedlineClause;
}

/**
 * Sets the `id` of every clause of a redline tree, in place: non-deleted clauses
 * get their id in the amended resolution (as `acceptAll` would assign it),
 * deleted clauses their id in the base (as `rejectAll` would assign it). A
 * deleted clause whose base id is taken by another clause of the redline gets
 * the suffix `-alt` (`-alt2`, `-alt3`, … if that is taken too); its descendants'
 * ids use the renamed prefix. Iterative: deep trees do not overflow the stack.
 */
export function assignRedlineIds(clauses: RedlineClause[]): void {
  const amendedIds = idsOf(clauses, 'accept');
  const baseIds = idsOf(clauses, 'reject');
  const used = new Set<string>(amendedIds.values());
  // Pre-order walk carrying the rename (from → to) of the nearest renamed deleted ancestor.
  const stack: Array<{ clause: RedlineClause; rename: [string, string] | undefined }> = [];
  for (let i = clauses.length - 1; i >= 0; i -= 1) stack.push({ clause: clauses[i]!, rename: undefined });
  while (stack.length > 0) {
    const { clause, rename } = stack.pop()!;
    let childRename = rename;
    const amended = amendedIds.get(clause);
    if (amended !== undefined) {
      clause.id = amended;
    } else {
      const base = baseIds.get(clause) ?? clause.id;
      let candidate = base;
      if (rename !== undefined && (candidate === rename[0] || candidate.startsWith(rename[0] + '.'))) {
        candidate = rename[1] + candidate.slice(rename[0].length);
      }
      if (used.has(candidate)) {
        let n = 1;
        let next = `${candidate}-alt`;
        while (used.has(next)) {
          n += 1;
          next = `${candidate}-alt${n}`;
        }
        candidate = next;
      }
      used.add(candidate);
      if (candidate !== base) childRename = [base, candidate];
      clause.id = candidate;
    }
    for (let i = clause.children.length - 1; i >= 0; i -= 1) {
      stack.push({ clause: clause.children[i]!, rename: childRename });
    }
  }
}

/** The ids each clause has in one version (accept: all but deleted; reject: all but inserted). */
function idsOf(clauses: readonly RedlineClause[], side: 'accept' | 'reject'): Map<RedlineClause, string> {
  const skip: RedlineClause['status'] = side === 'accept' ? 'deleted' : 'inserted';
  const roots: Mirror[] = [];
  const all: Mirror[] = [];
  const stack: Array<{ from: readonly RedlineClause[]; to: Mirror[] }> = [{ from: clauses, to: roots }];
  while (stack.length > 0) {
    const { from, to } = stack.pop()!;
    for (const clause of from) {
      if (clause.status === skip) continue;
      const label = side === 'accept' ? clause.label : (clause.baseLabel ?? clause.label);
      const mirror: Mirror = { id: '', label, children: [], of: clause };
      to.push(mirror);
      all.push(mirror);
      if (clause.children.length > 0) stack.push({ from: clause.children, to: mirror.children });
    }
  }
  assignIds(roots);
  const ids = new Map<RedlineClause, string>();
  for (const mirror of all) ids.set(mirror.of, mirror.id);
  return ids;
}
