/**
 * Walking clause trees. Every tree walk in the library goes through this
 * module and is iterative, so a deeply nested (or hostile) input cannot
 * overflow the call stack; rooms do not write their own explicit-stack loops.
 *
 * @module
 */

/** Anything shaped like a clause tree node. */
export interface TreeNode<T> {
  children: readonly T[];
}

/** Where the walk stands: the node, its parent, its depth and its place. */
export interface Visit<T> {
  /** The node. */
  node: T;
  /** Its parent, `undefined` at the top level. */
  parent: T | undefined;
  /** 0 at the top level. */
  depth: number;
  /** Its index among its siblings. */
  index: number;
  /** The visit of its parent (`undefined` at the top level): a linked path that shares its prefix with the siblings' paths. */
  up: Visit<T> | undefined;
}

/** All nodes of a clause-shaped tree in document (pre-)order. */
export function preorder<T extends TreeNode<T>>(roots: readonly T[]): T[] {
  const out: T[] = [];
  walk(roots, (visit) => {
    out.push(visit.node);
  });
  return out;
}

/**
 * Calls `visitor` for every node in document (pre-)order with its parent,
 * depth and index (a visitor that returns `'skip'` leaves out the node's children); the visit's `up` links give the path to the root without
 * copying it per node (depth² memory on a deep tree otherwise).
 */
export function walk<T extends TreeNode<T>>(roots: readonly T[], visitor: (visit: Visit<T>) => unknown): void {
  const stack: Visit<T>[] = [];
  pushChildren(stack, roots, undefined, 0);
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visitor(visit) === 'skip') continue;
    pushChildren(stack, visit.node.children, visit, visit.depth + 1);
  }
}

function pushChildren<T>(stack: Visit<T>[], children: readonly T[], up: Visit<T> | undefined, depth: number): void {
  for (let i = children.length - 1; i >= 0; i -= 1) {
    stack.push({ node: children[i]!, parent: up?.node, depth, index: i, up });
  }
}

/** The nodes from the root down to the visited node (inclusive). */
export function pathOf<T>(visit: Visit<T>): T[] {
  const path: T[] = [];
  for (let v: Visit<T> | undefined = visit; v !== undefined; v = v.up) path.push(v.node);
  return path.reverse();
}

/** The sibling indices from the root down to the visited node (inclusive). */
export function indexPathOf<T>(visit: Visit<T>): number[] {
  const path: number[] = [];
  for (let v: Visit<T> | undefined = visit; v !== undefined; v = v.up) path.push(v.index);
  return path.reverse();
}

/**
 * Calls `visitor` after all of a node's children were visited (post-order),
 * for building results bottom-up (a clause from its finished children).
 */
export function walkPostorder<T extends TreeNode<T>>(roots: readonly T[], visitor: (visit: Visit<T>) => void): void {
  const stack: Array<{ visit: Visit<T>; expanded: boolean }> = [];
  const push = (children: readonly T[], up: Visit<T> | undefined, depth: number): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ visit: { node: children[i]!, parent: up?.node, depth, index: i, up }, expanded: false });
    }
  };
  push(roots, undefined, 0);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.expanded) {
      stack.pop();
      visitor(top.visit);
      continue;
    }
    top.expanded = true;
    push(top.visit.node.children, top.visit, top.visit.depth + 1);
  }
}

/** A pair of nodes at the same place in two trees; one side is `undefined` where that tree has no node there. */
export interface PairVisit<A, B> {
  /** The node of the first tree. */
  a: A | undefined;
  /** The node of the second tree. */
  b: B | undefined;
  /** 0 at the top level. */
  depth: number;
  /** The index among the siblings in both trees. */
  index: number;
}

/**
 * Walks two trees side by side, pairing nodes by position (the i-th child of
 * paired parents), in pre-order; where one tree has more children the other
 * side is `undefined` and its subtree continues alone. For trees of the same
 * shape (a redline and the resolutions it accepts or rejects to). A visitor
 * that returns `'skip'` leaves out the pair's children.
 */
export function walkPairs<A extends TreeNode<A>, B extends TreeNode<B>>(
  a: readonly A[],
  b: readonly B[],
  visitor: (pair: PairVisit<A, B>) => unknown,
): void {
  const stack: PairVisit<A, B>[] = [];
  const push = (as: readonly A[], bs: readonly B[], depth: number): void => {
    for (let i = Math.max(as.length, bs.length) - 1; i >= 0; i -= 1)
      stack.push({ a: as[i], b: bs[i], depth, index: i });
  };
  push(a, b, 0);
  while (stack.length > 0) {
    const pair = stack.pop()!;
    if (visitor(pair) === 'skip') continue;
    push(pair.a?.children ?? [], pair.b?.children ?? [], pair.depth + 1);
  }
}

/**
 * Rebuilds a tree bottom-up without recursion: `build` receives a node and
 * the already-built results of its children, in order.
 */
export function mapTree<T extends TreeNode<T>, R>(roots: readonly T[], build: (node: T, children: R[]) => R): R[] {
  const built = new Map<T, R[]>();
  const top: R[] = [];
  walkPostorder(roots, (visit) => {
    const result = build(visit.node, built.get(visit.node) ?? []);
    built.delete(visit.node);
    const siblings = visit.up === undefined ? top : (built.get(visit.up.node) ?? []);
    siblings[visit.index] = result;
    if (visit.up !== undefined) built.set(visit.up.node, siblings);
  });
  return top;
}
