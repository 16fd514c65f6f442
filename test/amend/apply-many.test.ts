import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { Amendment, Change, Redline, Resolution, Segment } from '../../src/model.js';
import { parseResolution } from '../../src/parse/resolution.js';
import { acceptAll, rejectAll } from '../../src/redline/model.js';
import { applyAmendments } from '../../src/amend/apply-many.js';

const base: Resolution = parseResolution(`1. Die Verwaltung legt vierteljährlich einen Bericht vor.
2. Die Stadt prüft die Umsetzung.
3. Der Rat wird beteiligt.`);

const amendment = (id: string | undefined, ...changes: Change[]): Amendment =>
  id === undefined ? { changes } : { id, changes };

function segmentsOf(r: Redline): Segment[] {
  const out: Segment[] = [];
  const stack = [...r.clauses];
  while (stack.length > 0) {
    const c = stack.shift()!;
    out.push(...c.segments);
    stack.push(...c.children);
  }
  return out;
}

describe('applyAmendments', () => {
  it('applies non-conflicting amendments together and attributes every change', () => {
    const { redline, diagnostics } = applyAmendments(base, [
      amendment('SPD', { op: 'replace', clause: '1', old: 'vierteljährlich', new: 'halbjährlich' }),
      amendment('FDP', { op: 'removeClause', clause: '3' }),
      amendment(
        'Grüne',
        { op: 'addClause', new: 'Die Stadt berichtet jährlich.' },
        { op: 'insert', clause: '2', after: 'prüft', new: 'jährlich' },
      ),
    ]);
    expect(diagnostics).toEqual([]);
    expect(acceptAll(redline).clauses.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Die Verwaltung legt halbjährlich einen Bericht vor.',
      '2. Die Stadt prüft jährlich die Umsetzung.',
      // The struck clause 3 no longer counts: the new clause continues the amended sequence.
      '3. Die Stadt berichtet jährlich.',
    ]);
    expect(rejectAll(redline)).toEqual(base);
    expect(
      segmentsOf(redline)
        .filter((s) => s.type !== 'equal')
        .map((s) => [s.type, s.text, s.source]),
    ).toEqual([
      ['delete', 'vierteljährlich', 'SPD'],
      ['insert', 'halbjährlich', 'SPD'],
      ['insert', 'jährlich ', 'Grüne'],
      ['delete', 'Der Rat wird beteiligt.', 'FDP'],
      ['insert', 'Die Stadt berichtet jährlich.', 'Grüne'],
    ]);
  });

  it('reports a conflict naming both amendments and applies the rest', () => {
    const { redline, diagnostics } = applyAmendments(base, [
      amendment('A', { op: 'replace', clause: '1', old: 'vierteljährlich', new: 'halbjährlich' }),
      amendment(
        'B',
        { op: 'delete', clause: '1', old: 'vierteljährlich einen' },
        { op: 'delete', clause: '3', old: 'Der Rat' },
      ),
      amendment('C', { op: 'replace', clause: '2', old: 'prüft', new: 'bewertet' }),
    ]);
    expect(diagnostics.map((d) => [d.code, d.amendment, d.change])).toEqual([['conflict', 'B', 0]]);
    expect(diagnostics[0]!.message).toContain('"B"');
    expect(diagnostics[0]!.message).toContain('"A"');
    // B is left out entirely (atomic), A and C are applied.
    expect(acceptAll(redline).clauses.map((c) => c.text)).toEqual([
      'Die Verwaltung legt halbjährlich einen Bericht vor.',
      'Die Stadt bewertet die Umsetzung.',
      'Der Rat wird beteiligt.',
    ]);
  });

  it('a removed clause conflicts with a later change inside it', () => {
    const { diagnostics } = applyAmendments(base, [
      amendment('A', { op: 'removeClause', clause: 'Ziffer 2' }),
      amendment('B', { op: 'delete', clause: '2', old: 'die Umsetzung' }),
    ]);
    expect(diagnostics.map((d) => `${d.code} ${d.amendment}`)).toEqual(['conflict B']);
  });

  it('checks each amendment against the base and reports its diagnostics with its id', () => {
    const { redline, diagnostics } = applyAmendments(base, [
      amendment('A', { op: 'delete', clause: '7', old: 'x' }),
      amendment('B', { op: 'replace', clause: '3', old: 'Rat', new: 'Rat' }, { op: 'delete', clause: '3', old: 'Der' }),
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.amendment])).toEqual([
      ['clause-not-found', 'error', 'A'],
      ['no-op', 'warning', 'B'],
    ]);
    expect(acceptAll(redline).clauses[2]!.text).toBe('Rat wird beteiligt.');
  });

  it('does not count changes of a left-out amendment as conflicts for later ones', () => {
    const { diagnostics, redline } = applyAmendments(base, [
      amendment('A', { op: 'delete', clause: '1', old: 'vierteljährlich' }),
      amendment(
        'B',
        { op: 'delete', clause: '1', old: 'vierteljährlich einen' },
        { op: 'delete', clause: '2', old: 'die' },
      ),
      amendment('C', { op: 'delete', clause: '2', old: 'die Umsetzung' }),
    ]);
    expect(diagnostics.map((d) => `${d.code} ${d.amendment}`)).toEqual(['conflict B']);
    expect(acceptAll(redline).clauses[1]!.text).toBe('Die Stadt prüft.');
  });

  it('names amendments without id by their position and orders insertions at one place by precedence', () => {
    const { redline } = applyAmendments(base, [
      amendment(undefined, { op: 'insert', clause: '3', after: 'Rat', new: 'frühzeitig' }),
      amendment(undefined, { op: 'insert', clause: '3', after: 'Rat', new: 'umfassend' }),
    ]);
    expect(acceptAll(redline).clauses[2]!.text).toBe('Der Rat frühzeitig umfassend wird beteiligt.');
    expect(
      segmentsOf(redline)
        .filter((s) => s.type === 'insert')
        .map((s) => s.source),
    ).toEqual(['1', '2']);
  });

  it('accepts bare change lists and rejects a non-array', () => {
    const { redline } = applyAmendments(base, [[{ op: 'delete', clause: '3', old: 'Der' }]]);
    expect(acceptAll(redline).clauses[2]!.text).toBe('Rat wird beteiligt.');
    expect(() => applyAmendments(base, 'x' as unknown as Amendment[])).toThrow(RedlineError);
  });
});
