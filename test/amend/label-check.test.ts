/** Numbers a list ends up with: renumberings that clash are warned about, new clauses that would not get their number refused (src/amend/label-check.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, applyAmendment, checkAmendment, checkRedline, parseResolution, redline } from '../../src/index.js';

const base = parseResolution('Der Rat beschließt:\n\n1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.');
const labels = (amendment: string): string[] =>
  acceptAll(redline('Der Rat beschließt:\n\n1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.', amendment)).clauses.map(
    (c) => c.label,
  );

describe('a numbered new clause', () => {
  it('is refused when its list keeps that number before it', () => {
    expect(() =>
      redline('1. Eins.\n2. Zwei.\n3. Drei.', 'Ziffer 2 wird gestrichen. Folgende Ziffer 3 wird angefügt: „Vier.“'),
    ).toThrow(/the new clause is numbered "3", but its list keeps that number before it, so it would be "4\."/u);
  });

  it('is applied as said when it is placed and numbered out of order', () => {
    expect(labels('Nach Ziffer 2 wird folgende Ziffer 1a eingefügt: „Eins a.“')).toEqual([
      '1.',
      '2.',
      '1a.',
      '3.',
      '4.',
    ]);
  });

  it('keeps its number and numbers the following clauses on', () => {
    expect(labels('Nach Ziffer 2 wird folgende Ziffer 3 eingefügt: „Drei neu.“')).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
    ]);
    expect(labels('Folgende Ziffer 5 wird angefügt: „Fünf.“')).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });
});

describe('a renumbering among its siblings', () => {
  it('is applied as said when it swaps two labels, with a warning that it moves no clause', () => {
    const amendment = {
      changes: [],
      renumber: [
        { clause: 'Ziffer 2', label: '3' },
        { clause: 'Ziffer 3', label: '2' },
      ],
    };
    const diagnostics = checkAmendment(base, amendment);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-change', severity: 'warning', clause: 'Ziffer 3' });
    expect(diagnostics[0]!.message).toMatch(
      /applied as said.*out of order \(2 after 3\).*strike the clause and insert it/u,
    );
    expect(acceptAll(applyAmendment(base, amendment)).clauses.map((c) => c.label)).toEqual(['1.', '3.', '2.', '4.']);
  });

  it('warns when it gives a number a kept clause has (two Ziffern 4)', () => {
    const diagnostics = checkRedline('1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.', 'Die bisherige Ziffer 2 wird Ziffer 4.');
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'invalid-change']]);
    expect(diagnostics[0]!.message).toMatch(
      /^Change 1 is applied as said, but the numbers of its list then run out of order \(3 after 4\)/u,
    );
  });

  it('numbers the following clauses on when it takes the place of a new clause', () => {
    expect(labels('Ziffer 2 (neu): „Zwei neu.“ Ziffer 2 (alt) wird Ziffer 3.')).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(
      checkRedline('1. Eins.\n2. Zwei.\n3. Drei.', 'Ziffer 2 (neu): „Zwei neu.“ Ziffer 2 (alt) wird Ziffer 3.'),
    ).toEqual([]);
  });

  it('is applied without a word when it closes the gap of a struck clause', () => {
    const source = 'Der Rat beschließt:\n\n1. Eins.\n2. Zwei.\n3. Drei.\n4. Vier.';
    const amendment = 'Ziffer 2 wird gestrichen. Die bisherigen Ziffern 3 und 4 werden Ziffern 2 und 3.';
    expect(labels(amendment)).toEqual(['1.', '2.', '3.']);
    expect(checkRedline(source, amendment)).toEqual([]);
  });
});
