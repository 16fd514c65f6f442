import { RedlineError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { findClause, locateClause, parseReference } from '../../src/references/find-clause.js';
import { assignIds } from '../../src/parse/ids.js';
import type { Clause, RedlineClause } from '../../src/model.js';

const c = (label: string, text: string, children: Clause[] = []): Clause => ({ id: '', label, text, children });

const resolution = {
  lead: '',
  clauses: [
    c('1.', 'eins'),
    c('2.', 'zwei', [c('a)', 'zwei a'), c('b)', 'zwei b', [c('aa)', 'zwei b aa')])]),
    c('2a.', 'zwei-a'),
    c('3.', 'drei', [c('-', 'drei erster Strich'), c('-', 'drei zweiter Strich')]),
  ],
};
assignIds(resolution.clauses);

describe('findClause', () => {
  it.each([
    ['1', 'eins'],
    ['2.b', 'zwei b'],
    ['2.b.aa', 'zwei b aa'],
    ['Ziffer 3', 'drei'],
    ['Punkt 3', 'drei'],
    ['Nr. 3', 'drei'],
    ['3.', 'drei'],
    ['Ziffer 2 Buchstabe b', 'zwei b'],
    ['Punkt 2 b)', 'zwei b'],
    ['2 b)', 'zwei b'],
    ['2b', 'zwei b'],
    ['2a', 'zwei-a'],
    ['Ziffer 2a', 'zwei-a'],
    ['Ziffer 2 Buchstabe b Doppelbuchstabe aa', 'zwei b aa'],
    ['Ziffer 2 b) aa)', 'zwei b aa'],
    ['Ziffer 3, 2. Spiegelstrich', 'drei zweiter Strich'],
    ['Ziffer 3 des Beschlusses', 'drei'],
    ['Ziffer 9', undefined],
    ['Ziffer', undefined],
    ['irgendwas', undefined],
    ['', undefined],
  ])('%j → %j', (ref, text) => {
    expect(findClause(resolution, ref)?.text).toBe(text);
  });

  it('finds a key below the top level when it is unique', () => {
    const r = { clauses: [c('I.', 'eins', [c('1.', 'i1')]), c('II.', 'zwei', [c('1.', 'ii1'), c('3.', 'ii3')])] };
    assignIds(r.clauses);
    expect(findClause(r, 'Ziffer 3')?.text).toBe('ii3');
    expect(findClause(r, 'Ziffer 1')).toBeUndefined(); // ambiguous
    expect(findClause(r, 'Ziffer II 1')?.text).toBe('ii1');
    expect(findClause(r, 'II.1')?.text).toBe('ii1');
  });

  it('rejects junk with a RedlineError, never a TypeError', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof RedlineError ? error.code : `not a RedlineError: ${String(error)}`;
      }
      return 'no error';
    };
    expect(code(() => findClause(null as never, '1'))).toBe('invalid-input');
    expect(code(() => findClause(resolution, 42 as never))).toBe('invalid-input');
    expect(code(() => findClause({ clauses: [null] } as never, '1'))).toBe('invalid-input');
    expect(code(() => findClause({ clauses: [{ id: 1 }] } as never, '1'))).toBe('invalid-input');
  });
});

describe('locateClause', () => {
  it('returns path, siblings and index', () => {
    const hit = locateClause(resolution.clauses, 'Ziffer 2 Buchstabe b')!;
    expect(hit.path).toEqual([1, 1]);
    expect(hit.index).toBe(1);
    expect(hit.siblings).toBe(resolution.clauses[1]!.children);
  });

  it('reads base numbering with "(alt)" on redline trees', () => {
    const rc = (id: string, label: string, status: RedlineClause['status'], baseLabel?: string): RedlineClause => ({
      id,
      label,
      ...(baseLabel ? { baseLabel } : {}),
      status,
      segments: [],
      children: [],
    });
    const tree = [
      rc('1', '1.', 'unchanged'),
      rc('2-alt', '2.', 'deleted'),
      rc('2', '2.', 'changed', '3.'),
      rc('3', '3.', 'inserted'),
    ];
    expect(locateClause(tree, 'Ziffer 2')?.clause.id).toBe('2');
    expect(locateClause(tree, 'Ziffer 2 (alt)')?.clause.id).toBe('2-alt');
    expect(locateClause(tree, 'Ziffer 3 (alt)')?.clause.id).toBe('2');
    expect(locateClause(tree, 'bisherige Ziffer 3')?.clause.id).toBe('2');
    expect(locateClause(tree, 'Ziffer 3')?.clause.id).toBe('3');
    expect(locateClause(tree, '2-alt')?.clause.id).toBe('2-alt');
  });

  it('parses references', () => {
    expect(parseReference('Ziffer 2 Buchstabe b')).toEqual({ paths: [['2', 'b']], old: false });
    expect(parseReference('2b')).toEqual({ paths: [['2b'], ['2', 'b']], old: false });
    expect(parseReference('Ziffer 2 (alt)')).toEqual({ paths: [['2']], old: true });
  });

  it('stays fast on deep trees', () => {
    const root = c('1.', 'r');
    let node = root;
    for (let i = 0; i < 5000; i++) {
      const child = c('-', `n${i}`);
      node.children.push(child);
      node = child;
    }
    assignIds([root]);
    expect(locateClause([root], node.id)?.clause).toBe(node);
  });
});
