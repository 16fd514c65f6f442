/** Statute headings travel through redlines (issue 11; DECISIONS "Clause headings"). */
import { describe, expect, it } from 'vitest';
import { acceptAll, applyAmendment, diffResolutions, parseResolution, rejectAll } from '../../src/index.js';
import type { Clause } from '../../src/model.js';

const statute = (heading1: string, sitz: string): string =>
  `§ 1 ${heading1}\n\n(1) Der Verein heißt A.\n\n(2) Er hat Sitz in ${sitz}.\n\n§ 2 Zweck\n\nDer Verein fördert C.`;

const headings = (clauses: readonly Clause[]): (string | undefined)[] => clauses.map((c) => c.heading);

describe('headings in redlines', () => {
  it('diffResolutions keeps both headings; acceptAll and rejectAll give each side its own', () => {
    const base = parseResolution(statute('Name', 'B'));
    const amended = parseResolution(statute('Name und Sitz', 'D'));
    const redline = diffResolutions(base, amended);
    expect(redline.clauses[0]).toMatchObject({ heading: 'Name und Sitz', baseHeading: 'Name' });
    expect(redline.clauses[1]!.heading).toBe('Zweck');
    expect(redline.clauses[1]!.baseHeading).toBeUndefined();
    expect(headings(acceptAll(redline).clauses)).toEqual(['Name und Sitz', 'Zweck']);
    expect(headings(rejectAll(redline).clauses)).toEqual(['Name', 'Zweck']);
  });

  it('a heading only one side has', () => {
    const two = (h: string): string => `§ 1${h}\n\n(1) Text eins.\n\n§ 2 Zweck\n\n(1) Text zwei.`;
    const redline = diffResolutions(parseResolution(two('')), parseResolution(two(' Neu')));
    expect(redline.clauses[0]).toMatchObject({ heading: 'Neu', baseHeading: '' });
    // No heading is an empty one, as the parser reads a bare `§ 1` line: the clause stays a unit with a heading line.
    expect(rejectAll(redline).clauses[0]!.heading).toBe('');
    expect(rejectAll(redline).clauses[0]!.heading).toBe(parseResolution(two('')).clauses[0]!.heading);
  });

  it('applyAmendment keeps the headings of kept and struck units', () => {
    const base = parseResolution(statute('Name', 'B'));
    const redline = applyAmendment(base, [{ op: 'removeClause', clause: '§ 2' }]);
    expect(redline.clauses.map((c) => [c.heading, c.status])).toEqual([
      ['Name', 'unchanged'],
      ['Zweck', 'deleted'],
    ]);
    expect(headings(acceptAll(redline).clauses)).toEqual(['Name']);
    expect(headings(rejectAll(redline).clauses)).toEqual(['Name', 'Zweck']);
  });
});
