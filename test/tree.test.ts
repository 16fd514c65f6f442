import { describe, expect, it } from 'vitest';
import { indexPathOf, mapTree, pathOf, preorder, walk, walkPairs, walkPostorder } from '../src/tree.js';

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

describe('walk', () => {
  const tree = [node('1', node('1.a'), node('1.b', node('1.b.-'))), node('2')];

  it('gives parent, depth, index and a shared path', () => {
    const seen: string[] = [];
    walk(tree, (v) => {
      seen.push(
        `${v.node.name}@${v.depth}/${v.index} ^${v.parent?.name ?? '-'} ${pathOf(v)
          .map((n) => n.name)
          .join('>')} ${indexPathOf(v).join('.')}`,
      );
    });
    expect(seen).toEqual([
      '1@0/0 ^- 1 0',
      '1.a@1/0 ^1 1>1.a 0.0',
      '1.b@1/1 ^1 1>1.b 0.1',
      '1.b.-@2/0 ^1.b 1>1.b>1.b.- 0.1.0',
      '2@0/1 ^- 2 1',
    ]);
  });

  it('skips children when asked', () => {
    const seen: string[] = [];
    walk(tree, (v) => {
      seen.push(v.node.name);
      return v.node.name === '1.b' ? 'skip' : undefined;
    });
    expect(seen).toEqual(['1', '1.a', '1.b', '2']);
  });

  it('visits children before their parent in post-order', () => {
    const seen: string[] = [];
    walkPostorder(tree, (v) => seen.push(v.node.name));
    expect(seen).toEqual(['1.a', '1.b.-', '1.b', '1', '2']);
  });

  it('rebuilds a tree bottom-up', () => {
    const names = mapTree(tree, (n, children: string[]) =>
      children.length ? `${n.name}(${children.join(',')})` : n.name,
    );
    expect(names).toEqual(['1(1.a,1.b(1.b.-))', '2']);
  });

  it('pairs two trees by position', () => {
    const other = [node('A', node('A.a')), node('B'), node('C')];
    const pairs: string[] = [];
    walkPairs(tree, other, (p) => {
      pairs.push(`${p.a?.name ?? '_'}=${p.b?.name ?? '_'}@${p.depth}`);
    });
    expect(pairs).toEqual(['1=A@0', '1.a=A.a@1', '1.b=_@1', '1.b.-=_@2', '2=B@0', '_=C@0']);
  });

  it('walks and rebuilds a 100,000-deep tree', () => {
    let deepest = node('leaf');
    const root = deepest;
    for (let i = 0; i < 100_000; i += 1) {
      const child = node(`n${i}`);
      deepest.children.push(child);
      deepest = child;
    }
    let depth = 0;
    walk([root], (v) => {
      depth = Math.max(depth, v.depth);
    });
    expect(depth).toBe(100_000);
    expect(mapTree([root], (_n, children: number[]) => 1 + (children[0] ?? 0))).toEqual([100_001]);
  });
});
