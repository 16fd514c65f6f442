/**
 * Walking a redline beside a resolution it accepts or rejects to: the
 * clauses `rejectAll` keeps (all but the inserted) or `acceptAll` keeps (all
 * but the deleted) stand in the same order in that resolution, so the k-th
 * kept child of a redline clause is the k-th child of its counterpart.
 *
 * @module
 */
import type { RedlineClause } from '../../model.js';
import { walk, type TreeNode, type Visit } from '../../tree.js';

/** A redline clause that a resolution tree kept, beside its counterpart there. */
export interface KeptPair<C> {
  rc: RedlineClause;
  /** The clause at the same place of the resolution tree; undefined where that tree has too few clauses. */
  counterpart: C | undefined;
  /** Its index among the kept siblings (the counterpart's index). */
  rank: number;
  /** The pair of its parent. */
  parent: KeptPair<C> | undefined;
}

/**
 * Walks the redline clauses that `keeps` accepts beside the clauses of the
 * resolution tree `roots` they became — `rejectAll` keeps all but the
 * inserted, `acceptAll` all but the deleted, in order — in document order.
 * A clause not kept is left out with its sub-clauses; the visitor sees a
 * kept one without a counterpart (`counterpart` undefined) but not its
 * sub-clauses, nor those of one for which it returns `'skip'`.
 */
export function walkKept<C extends TreeNode<C>>(
  clauses: readonly RedlineClause[],
  roots: readonly C[],
  keeps: (rc: RedlineClause) => boolean,
  visitor: (pair: KeptPair<C>) => 'skip' | undefined,
): void {
  // Per visit, not per clause (a hostile tree may share one): the pair, and how many kept children it has had.
  const pairs = new Map<Visit<RedlineClause>, KeptPair<C>>();
  const ranks = new Map<Visit<RedlineClause> | undefined, number>();
  walk(clauses, (visit) => {
    if (!keeps(visit.node)) return 'skip';
    const parent = visit.up === undefined ? undefined : pairs.get(visit.up)!;
    const rank = ranks.get(visit.up) ?? 0;
    ranks.set(visit.up, rank + 1);
    const list = parent === undefined ? roots : parent.counterpart!.children;
    const pair: KeptPair<C> = { rc: visit.node, counterpart: list[rank], rank, parent };
    if (visitor(pair) === 'skip' || pair.counterpart === undefined) return 'skip';
    pairs.set(visit, pair);
    return undefined;
  });
}
