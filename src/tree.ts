/**
 * Walking clause trees. Every tree walk in the library is iterative, so a
 * deeply nested (or hostile) input cannot overflow the call stack.
 *
 * @module
 */

/** All nodes of a clause-shaped tree in document (pre-)order. */
export function preorder<T extends { children: readonly T[] }>(roots: readonly T[]): T[] {
  const out: T[] = [];
  const stack: T[] = [];
  for (let i = roots.length - 1; i >= 0; i -= 1) stack.push(roots[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return out;
}
