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
import { walk, type Visit } from '../tree.js';

/**
 * The id each clause of a redline has in the amended version (every clause but
 * the deleted ones) and in the base (every clause but the inserted ones).
 * {@link assignRedlineIds} computes them from the labels unless the caller
 * knows them (a diff of two parsed resolutions, whose ids are the parser's).
 */
export interface VersionIds {
  /** Ids in the amended version. */
  amended: ReadonlyMap<RedlineClause, string>;
  /** Ids in the base (read for the deleted clauses only). */
  base: ReadonlyMap<RedlineClause, string>;
}

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
export function assignRedlineIds(
  clauses: RedlineClause[],
  { amended: amendedIds, base: baseIds }: VersionIds = {
    amended: idsOf(clauses, 'accept'),
    base: idsOf(clauses, 'reject'),
  },
): void {
  const used = new Set<string>(amendedIds.values());
  // In document order, each clause carrying the rename (from → to) of the nearest renamed deleted ancestor.
  const renames = new Map<Visit<RedlineClause>, [string, string] | undefined>();
  walk(clauses, (visit) => {
    const clause = visit.node;
    const rename = visit.up === undefined ? undefined : renames.get(visit.up);
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
    renames.set(visit, childRename);
  });
}

/** The ids each clause has in one version (accept: all but deleted; reject: all but inserted). */
function idsOf(clauses: readonly RedlineClause[], side: 'accept' | 'reject'): Map<RedlineClause, string> {
  const skip: RedlineClause['status'] = side === 'accept' ? 'deleted' : 'inserted';
  const roots: Mirror[] = [];
  const all = new Map<Visit<RedlineClause>, Mirror>();
  walk(clauses, (visit) => {
    const clause = visit.node;
    if (clause.status === skip) return 'skip';
    const label = side === 'accept' ? clause.label : (clause.baseLabel ?? clause.label);
    const mirror: Mirror = { id: '', label, children: [], of: clause };
    (visit.up === undefined ? roots : all.get(visit.up)!.children).push(mirror);
    all.set(visit, mirror);
    return undefined;
  });
  assignIds(roots);
  const ids = new Map<RedlineClause, string>();
  for (const mirror of all.values()) ids.set(mirror.of, mirror.id);
  return ids;
}
