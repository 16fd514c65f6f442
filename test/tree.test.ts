import { describe, expect, it } from 'vitest';
import { preorder } from '../src/tree.js';

interface Node {
  name: string;
  children: Node[];
}
const node = (name: string, ...children: Node[]): Node => ({ name, children });

describe('preorder', () => {
  it('lists nodes in document order', () => {
    const tree = [node('1', node('1.a'), node('1.b', node('1.b.-'))), node('2')];
    expect(preorder(tree).map((n) => n.name)).toEqual(['1', '1.a', '1.b', '1.b.-', '2']);
  });

  it('walks a 100,000-deep tree without overflowing the stack', () => {
    let deepest = node('leaf');
    const root = deepest;
    for (let i = 0; i < 100_000; i += 1) {
      const child = node(`n${i}`);
      deepest.children.push(child);
      deepest = child;
    }
    expect(preorder([root])).toHaveLength(100_001);
  });
});
