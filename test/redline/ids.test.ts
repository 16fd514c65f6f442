import { describe, it, expect } from 'vitest';
import type { RedlineClause } from '../../src/model.js';
import { assignRedlineIds } from '../../src/redline/ids.js';

function clause(
  label: string,
  status: RedlineClause['status'],
  children: RedlineClause[] = [],
  baseLabel?: string,
): RedlineClause {
  const c: RedlineClause = { id: '?', label, status, segments: [], children };
  if (baseLabel !== undefined) c.baseLabel = baseLabel;
  return c;
}

function ids(clauses: RedlineClause[]): string[] {
  const out: string[] = [];
  const walk = (list: RedlineClause[]): void => {
    for (const c of list) {
      out.push(c.id);
      walk(c.children);
    }
  };
  walk(clauses);
  return out;
}

describe('assignRedlineIds', () => {
  it('gives surviving clauses their amended ids and deleted clauses their base ids', () => {
    const clauses = [
      clause('1.', 'unchanged'),
      clause('2.', 'inserted'),
      clause('2.', 'unchanged', [], '2.'),
      clause('3.', 'deleted'),
    ];
    // base: 1, 2, 3 ; amended: 1, 2 (inserted), 2 (duplicate label → 2-2)
    assignRedlineIds(clauses);
    expect(ids(clauses)).toEqual(['1', '2', '2-2', '3']);
  });

  it('renames a deleted clause whose base id is taken, and its children with it', () => {
    const clauses = [
      clause('1.', 'unchanged'),
      clause('2.', 'deleted', [clause('a)', 'deleted'), clause('b)', 'deleted')]),
      clause('2.', 'changed', [clause('a)', 'unchanged', [], 'a)')], '3.'),
    ];
    assignRedlineIds(clauses);
    expect(ids(clauses)).toEqual(['1', '2-alt', '2-alt.a', '2-alt.b', '2', '2.a']);
  });

  it('counts up when -alt is taken too', () => {
    const clauses = [clause('1.', 'deleted'), clause('1.', 'deleted'), clause('1.', 'inserted')];
    // base: 1, 1-2 ; amended: 1
    assignRedlineIds(clauses);
    expect(ids(clauses)).toEqual(['1-alt', '1-2', '1']);
    const twice = [clause('-', 'deleted'), clause('-', 'inserted'), clause('-', 'unchanged', [], '-')];
    // base positions: 1, 2 ; amended positions: 1, 2 → the deleted bullet 1 collides
    assignRedlineIds(twice);
    expect(ids(twice)).toEqual(['1-alt', '1', '2']);
  });

  it('uses positions for bullets and unlabelled clauses', () => {
    const clauses = [
      clause('-', 'unchanged'),
      clause('-', 'deleted'),
      clause('-', 'unchanged'),
      clause('-', 'inserted'),
    ];
    // base: 1, 2, 3 ; amended: 1, 2, 3 → deleted base 2 collides with amended 2
    assignRedlineIds(clauses);
    expect(ids(clauses)).toEqual(['1', '2-alt', '2', '3']);
  });

  it('keeps every id unique on a deep tree', () => {
    const root: RedlineClause[] = [];
    let level = root;
    for (let i = 0; i < 3_000; i += 1) {
      const deleted = clause('1.', 'deleted');
      const kept = clause('1.', 'unchanged');
      level.push(deleted, kept);
      level = kept.children;
    }
    assignRedlineIds(root);
    const seen = new Set<string>();
    let list = root;
    let depth = 0;
    while (list.length > 0) {
      for (const c of list) {
        expect(seen.has(c.id)).toBe(false);
        seen.add(c.id);
      }
      depth += 1;
      list = list[1]!.children;
    }
    expect(depth).toBe(3_000);
    expect(root[0]!.id).toBe('1-alt');
    expect(root[1]!.children[0]!.id).toBe('1-2.1'); // its base id: the base has "1" and "1-2" at the top
  });
});
