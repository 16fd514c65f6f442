import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignIds, siblingSegments } from '../../src/parse/ids.js';
import type { Clause } from '../../src/model.js';

const c = (label: string, children: Clause[] = []): Clause => ({ id: '', label, text: 'x', children });

function allIds(clauses: Clause[]): string[] {
  const out: string[] = [];
  const stack = [...clauses];
  for (let x = stack.pop(); x; x = stack.pop()) {
    out.push(x.id);
    stack.push(...x.children);
  }
  return out;
}

describe('assignIds', () => {
  it('uses label keys and parent ids', () => {
    const tree = [c('1.'), c('2.', [c('a)'), c('b)', [c('aa)')])]), c('II.'), c('4a.'), c('(3)')];
    assignIds(tree);
    expect(allIds(tree).sort()).toEqual(['1', '2', '2.a', '2.b', '2.b.aa', '3', '4a', 'II'].sort());
  });
  it('numbers bullets and unlabelled clauses by position among all siblings', () => {
    const tree = [c(''), c('-'), c('-', [c('•'), c('•')]), c('-')];
    assignIds(tree);
    expect(tree.map((x) => x.id)).toEqual(['1', '2', '3', '4']);
    expect(tree[2]!.children.map((x) => x.id)).toEqual(['3.1', '3.2']);
  });
  it('takes a parent id', () => {
    const tree = [c('a)'), c('b)')];
    assignIds(tree, '2');
    expect(tree.map((x) => x.id)).toEqual(['2.a', '2.b']);
  });
  it('disambiguates repeated labels deterministically, labelled clauses first', () => {
    expect(siblingSegments(['1.', '2.', '1.', '2.', '1.'])).toEqual(['1', '2', '1-2', '2-2', '1-3']);
    // the unlabelled paragraph in position 1 yields to the clause labelled "1."
    expect(siblingSegments(['', '1.', '2.'])).toEqual(['1-2', '1', '2']);
    expect(siblingSegments(['1.', '', '1.'])).toEqual(['1', '2', '1-2']);
    expect(siblingSegments(['1.', '', '', '2.'])).toEqual(['1', '2-2', '3', '2']);
  });
  it('gives unique ids for any tree (property)', () => {
    const label = fc.constantFrom('1.', '2.', '2)', 'a)', 'b)', '-', '', 'II.', '4a.', '(1)');
    const listOf = (depth: number): fc.Arbitrary<Clause[]> =>
      fc.array(
        fc.record({
          id: fc.constant(''),
          label,
          text: fc.constant('t'),
          children: depth > 0 ? listOf(depth - 1) : fc.constant([] as Clause[]),
        }),
        { maxLength: 4 },
      );
    const tree = listOf(3);
    fc.assert(
      fc.property(tree, (clauses) => {
        assignIds(clauses);
        const ids = allIds(clauses);
        return new Set(ids).size === ids.length;
      }),
    );
  });
  it('handles 5,000 nested levels without recursion', () => {
    const root = c('1.');
    let node = root;
    for (let i = 0; i < 5000; i++) {
      const child = c('-');
      node.children.push(child);
      node = child;
    }
    assignIds([root]);
    expect(node.id.split('.').length).toBe(5001);
  });
});
