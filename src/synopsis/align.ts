/**
 * Lines up a redline with the base clauses it was made from: every clause of
 * a redline that is not inserted stands for one base clause, in document
 * order (that is what `rejectAll` reads back), and every inserted clause
 * follows the base clause before it.
 *
 * @module
 */
import { RedlineError } from '../errors.js';
import type { Clause, Redline, RedlineClause } from '../model.js';
import { walk } from '../tree.js';
import type { SynopsisAddedClause, SynopsisVersion } from './model.js';

/** A redline lined up with the base: one redline clause per base clause, and the clauses it adds. */
export interface Alignment {
  /** `paired[i]` is the redline clause of the i-th base clause in document order. */
  paired: RedlineClause[];
  /** The inserted clauses (each with its subtree), in document order. */
  added: SynopsisAddedClause[];
}

/**
 * Aligns `redline` with `baseClauses` (the base's clauses in document order).
 * @throws {RedlineError} `invalid-input` when the redline does not hold the base's clauses
 */
export function alignToBase(baseClauses: readonly Clause[], redline: Redline, what: string): Alignment {
  const paired: RedlineClause[] = [];
  const added: SynopsisAddedClause[] = [];
  walk(redline.clauses, ({ node, depth }) => {
    if (node.status === 'inserted') {
      const before = baseClauses[paired.length - 1];
      added.push(before === undefined ? { clause: node, depth } : { clause: node, depth, after: before.id });
      return 'skip';
    }
    paired.push(node);
    return undefined;
  });
  if (paired.length !== baseClauses.length) {
    throw new RedlineError(
      'invalid-input',
      `The redline of ${what} keeps ${paired.length} of the base's clauses, but the base has ${baseClauses.length}: it was not made from this base.`,
    );
  }
  return { paired, added };
}

/** Each base clause's version under one amendment (see {@link SynopsisVersion}). */
export function versionsOf(baseClauses: readonly Clause[], alignment: Alignment): SynopsisVersion[] {
  const index = new Map<string, number>(baseClauses.map((c, i) => [c.id, i]));
  const versions = alignment.paired.map((clause): SynopsisVersion => {
    const renumbered = clause.baseLabel !== undefined && clause.baseLabel !== clause.label;
    // A new heading leaves the clause's status (which speaks of its text) unchanged, but it is a change.
    const retitled = clause.baseHeading !== undefined && clause.baseHeading !== (clause.heading ?? '');
    const status =
      clause.status === 'deleted'
        ? 'deleted'
        : clause.status === 'changed' || renumbered || retitled
          ? 'changed'
          : 'unchanged';
    return { status, clause: { ...clause, children: [] }, inserted: [] };
  });
  for (const added of alignment.added) {
    const at = added.after === undefined ? 0 : index.get(added.after);
    if (at !== undefined) versions[at]?.inserted.push(added);
  }
  return versions;
}
