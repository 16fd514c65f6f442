/**
 * A numbered reference never finds an unnumbered paragraph by its position
 * when the base numbers an item so. An unlabelled clause's key is its
 * position among its siblings (its id segment), so that "Ziffer 2" finds the
 * second paragraph of a base of unlabelled paragraphs — the documented
 * positional reading — and "§ 4 Absatz 3 Nummer 3" the unlabelled paragraph
 * after items 1 and 2. In a base whose letterhead, title or heading
 * paragraphs come before a numbered list ("Stadt Talbrück", "Unser
 * Vorschlag:" + "1. …"), the same fallback would take "Ziffer 1" for the
 * letterhead while the reference, read by labels only, finds item 1: which of
 * the two is meant is not said, so the reference is refused (never a guess).
 * An id ("1", "2.b") is not such a reference: ids are positional by contract.
 *
 * @module
 */
import { labelledMatch, type KeyedLocation } from './find-clause.js';

interface Node<T> {
  id: string;
  label: string;
  children: T[];
}

/**
 * Why the clause `found` for a reference `ref` (at its index path from the top
 * of `clauses`, by its key path: the last `keys.length` steps) is no answer:
 * a step took an unlabelled clause's position for a key while the keys, read
 * by labels only, find a clause too — or for the key of a unit noun ("§ 3" is
 * found by its citation or its label, never by position). `labelled`, when
 * given, holds every label key of the tree: a key it lacks cannot be found by
 * labels, and the tree is not walked. Undefined when the answer is sound.
 */
export function positionalClash<T extends Node<T>>(
  clauses: readonly T[],
  found: KeyedLocation<T>,
  labelled: ReadonlySet<string> | undefined,
  ref: string,
): string | undefined {
  const { location, keys = [], units } = found;
  const path = location.path;
  let list = clauses;
  let positional = false;
  const first = path.length - keys.length;
  for (let depth = 0; depth < path.length; depth += 1) {
    const clause = list[path[depth]!];
    if (clause === undefined) return undefined;
    const key = keys[depth - first];
    if (key !== undefined && clause.label.trim() === '') {
      if (units?.has(key) === true)
        return `"${ref}" would find an unnumbered paragraph by its position; a unit it names is found by its citation or label only`;
      if (labelled?.has(key) ?? true) positional = true;
    }
    list = clause.children;
  }
  return positional && labelledMatch(clauses, keys)
    ? `"${ref}" would find an unnumbered paragraph by its position, while the base numbers an item so; which one is meant is not said`
    : undefined;
}
