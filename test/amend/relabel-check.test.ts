/** Renumberings that would give a number twice or out of order are refused (src/amend/relabel-check.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, applyAmendment, checkAmendment, parseResolution, redline } from '../../src/index.js';

const base = parseResolution('Der Rat beschließt:\n\n1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.');
const labels = (amendment: string): string[] =>
  acceptAll(redline('Der Rat beschließt:\n\n1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.', amendment)).clauses.map(
    (c) => c.label,
  );

describe('a renumbering among its siblings', () => {
  it('is refused when it swaps two labels without moving the clauses', () => {
    const diagnostics = checkAmendment(base, {
      changes: [],
      renumber: [
        { clause: 'Ziffer 2', label: '3' },
        { clause: 'Ziffer 3', label: '2' },
      ],
    } as Parameters<typeof checkAmendment>[1]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-change', severity: 'error', clause: 'Ziffer 3' });
    expect(diagnostics[0]!.message).toMatch(/out of order \(2 after 3\).*strike it and insert it/u);
  });

  it('is refused when it gives a number a kept clause has (two Ziffern 4)', () => {
    expect(() => redline('1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.', 'Die bisherige Ziffer 2 wird Ziffer 4.')).toThrow(
      /Change 1 is invalid: the renumbering leaves the numbers of its list out of order \(3 after 4\)/u,
    );
  });

  it('numbers the following clauses on when it takes the place of a new clause', () => {
    expect(labels('Ziffer 2 (neu): „Zwei neu.“ Ziffer 2 (alt) wird Ziffer 3.')).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('is applied when it closes the gap of a struck clause', () => {
    expect(labels('Ziffer 2 wird gestrichen. Die bisherigen Ziffern 3 und 4 werden Ziffern 2 und 3.')).toEqual([
      '1.',
      '2.',
      '3.',
    ]);
    const r = applyAmendment(base, { changes: [{ op: 'removeClause', clause: 'Ziffer 4' }] });
    expect(acceptAll(r).clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.']);
  });
});
