import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/parse/resolution.js';
import type { Clause, Resolution } from '../../src/model.js';
import { indexClauses, isWholeResolution, resolveAddress } from '../../src/references/resolve.js';

const base = parseResolution(`1. Erster Satz. Zweiter Satz. Dritter Satz.

   Zweiter Absatz. Mit zwei Sätzen.
2. Punkt zwei:
   a) eins,
   b) zwei.`);

function where(ref: string): string {
  const a = resolveAddress(base, ref);
  if (a.kind === 'missing') return `missing: ${a.reason}`;
  if (a.kind === 'whole') return 'whole';
  return `${a.clause.id} ${JSON.stringify(a.clause.text.slice(a.scope.start, a.scope.end))}${a.narrowed ? ' narrowed' : ''}`;
}

describe('resolveAddress', () => {
  it.each([
    ['1', '1 "Erster Satz. Zweiter Satz. Dritter Satz.\\n\\nZweiter Absatz. Mit zwei Sätzen."'],
    ['Ziffer 2 Buchstabe b', '2.b "zwei."'],
    ['Punkt 2 b)', '2.b "zwei."'],
    ['2.a', '2.a "eins,"'],
    ['Ziffer 1 Satz 2', '1 "Zweiter Satz." narrowed'],
    ['Ziffer 1, Satz 2', '1 "Zweiter Satz." narrowed'],
    ['Ziffer 1 letzter Satz', '1 "Mit zwei Sätzen." narrowed'],
    ['Ziffer 1 Absatz 2', '1 "Zweiter Absatz. Mit zwei Sätzen." narrowed'],
    ['Ziffer 1 Absatz 2 Satz 1', '1 "Zweiter Absatz." narrowed'],
    ['Ziffer 1 Abs. 1 letzter Satz', '1 "Dritter Satz." narrowed'],
    ['', 'whole'],
    ['Beschlussvorschlag', 'whole'],
    ['der Beschluss', 'whole'],
  ])('%s', (ref, expected) => {
    expect(where(ref)).toBe(expected);
  });

  it('says what is missing', () => {
    expect(where('Ziffer 5')).toBe('missing: clause "Ziffer 5" does not exist in the base resolution');
    expect(where('Ziffer 1 Satz 9')).toBe('missing: clause "Ziffer 1" has 5 sentences, not 9');
    expect(where('Ziffer 1 Absatz 3')).toBe('missing: clause "Ziffer 1" has 2 paragraphs, not 3');
    expect(where('Satz 2')).toBe('missing: the reference "Satz 2" names no clause');
    expect(where('Ziffer 1 Satz zwei')).toBe('missing: the reference "Ziffer 1 Satz zwei" cannot be read');
  });

  it('knows the names of the whole resolution', () => {
    expect(isWholeResolution('  ')).toBe(true);
    expect(isWholeResolution('im Beschlusstext')).toBe(true);
    expect(isWholeResolution('Ziffer 1')).toBe(false);
  });
});

describe('resolveAddress with the index of a deep tree', () => {
  /** A chain of `depth` clauses labelled 1., 2., 3., … with ids that are not their key paths. */
  function chain(depth: number): Resolution {
    const clauses: Clause[] = [];
    let list = clauses;
    for (let i = 1; i <= depth; i += 1) {
      const clause: Clause = { id: `c${i}`, label: `${i}.`, text: `Ebene ${i}.`, children: [] };
      list.push(clause);
      list = clause.children;
    }
    return { lead: '', clauses };
  }

  // The index keeps key paths up to 8 levels; deeper references walk the tree and must find the same clause.
  it.each([3, 8, 9, 12])('a key path %i levels deep resolves with and without the index', (depth) => {
    const tree = chain(12);
    const ref = Array.from({ length: depth }, (_, i) => `Ziffer ${i + 1}`).join(' ');
    const indexed = resolveAddress(tree, ref, indexClauses(tree.clauses));
    const walked = resolveAddress(tree, ref);
    expect(indexed.kind === 'clause' && indexed.clause.text).toBe(`Ebene ${depth}.`);
    expect(indexed).toEqual(walked);
  });
});
