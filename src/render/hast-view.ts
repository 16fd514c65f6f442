/**
 * A hast node (HTML syntax tree) seen as a clause-shaped tree, so the
 * iterative walkers of src/tree.ts walk HTML too: a deeply nested page cannot
 * overflow the call stack. Leaves (text, comments) have no children.
 *
 * @module
 */
import type { Nodes } from 'hast';

/** A hast node with `children` for src/tree.ts (made on first access, then kept). */
export class HastView {
  #children: HastView[] | undefined;
  /** @param node - the hast node */
  constructor(readonly node: Nodes) {}
  /** The views of the node's children (`[]` for a leaf). */
  get children(): HastView[] {
    this.#children ??= 'children' in this.node ? this.node.children.map((child) => new HastView(child)) : [];
    return this.#children;
  }
}
