/**
 * Clause ids, exactly per the contract: a labelled clause's segment is its
 * label key (`"2)"` → `2`), a bullet or unlabelled clause's segment is its
 * 1-based position among its siblings, a child's id is `parentId.segment`.
 *
 * The one exception: a statute unit (`§ 7`, `Art. 3`) is addressed by its
 * citation, so its id is its segment alone (`§7`, not `I.§7`) even under a
 * section; a repeated citation anywhere in the tree gets `-2`, `-3`, ….
 *
 * Repeated segments among siblings are disambiguated deterministically:
 * labelled clauses claim their keys first (so "Ziffer 1" finds the clause
 * labelled `1.` rather than an unlabelled paragraph in position 1); then, in
 * document order, the first clause with a segment keeps it and every later
 * one gets the smallest free suffix `-2`, `-3`, … (`1`, `1-2`). Segments never
 * contain `.`, so unique sibling segments make every id in the tree unique.
 *
 * @module
 */
import { walk } from '../tree.js';
import { labelKey } from './label-readings.js';
import { isCitationLabel } from './unit-line.js';

interface IdNode<T> {
  id: string;
  label: string;
  children: T[];
}

/** The segments of one sibling list, disambiguated (see the module comment). */
export function siblingSegments(labels: readonly string[]): string[] {
  const base = labels.map((label, i) => {
    const key = labelKey(label);
    return { key: key !== '' ? key : String(i + 1), labelled: key !== '' };
  });
  // Keys never contain "-", so a suffixed segment can only collide with another suffixed
  // segment of the same key; a counter per key keeps this linear.
  const uses = new Map<string, number>();
  const out: string[] = new Array<string>(labels.length);
  // Labelled clauses first, in document order, then positional ones.
  for (const pass of [true, false]) {
    for (let i = 0; i < base.length; i++) {
      const b = base[i]!;
      if (b.labelled !== pass) continue;
      const n = (uses.get(b.key) ?? 0) + 1;
      uses.set(b.key, n);
      out[i] = n === 1 ? b.key : `${b.key}-${n}`;
    }
  }
  return out;
}

/**
 * (Re)computes the ids of a clause tree in place from labels and sibling
 * positions. Iterative (the tree walker), so arbitrarily deep trees cannot
 * overflow the stack.
 *
 * @param clauses - the sibling list to number (top-level clauses or a subtree)
 * @param parentId - id of the clauses' parent; omitted for top-level clauses
 */
export function assignIds<T extends IdNode<T>>(clauses: T[], parentId?: string): void {
  const citations = new Map<string, number>();
  numberSiblings(clauses, parentId ? `${parentId}.` : '', citations);
  // In pre-order a clause has its id before its children are numbered.
  walk(clauses, ({ node }) => {
    if (node.children.length > 0) numberSiblings(node.children, `${node.id}.`, citations);
  });
}

function numberSiblings<T extends IdNode<T>>(list: T[], prefix: string, citations: Map<string, number>): void {
  const segments = siblingSegments(list.map((c) => c.label));
  for (let i = 0; i < list.length; i++) {
    const clause = list[i]!;
    if (isCitationLabel(clause.label)) {
      // A citation is unique in the whole tree, not only among siblings.
      const key = labelKey(clause.label);
      const n = (citations.get(key) ?? 0) + 1;
      citations.set(key, n);
      clause.id = n === 1 ? key : `${key}-${n}`;
    } else clause.id = prefix + segments[i]!;
  }
}
