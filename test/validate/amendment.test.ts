import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RedlineError } from '../../src/errors.js';
import type { AmendmentLike } from '../../src/model.js';
import {
  amendmentParts,
  CHANGE_OPS,
  changeProblem,
  HEADER_FIELDS,
  isChangeOp,
  renumberingProblem,
} from '../../src/validate/amendment.js';

describe('CHANGE_OPS', () => {
  it('lists the operations of the contract once each', () => {
    expect(CHANGE_OPS).toEqual(['replace', 'delete', 'insert', 'rewrite', 'removeClause', 'addClause']);
    expect(isChangeOp('move')).toBe(false);
    expect(isChangeOp('addClause')).toBe(true);
  });
});

describe('amendmentParts', () => {
  it('splits an amendment and takes a bare list of changes', () => {
    const changes = [{ op: 'removeClause', clause: '1' }] as const;
    expect(amendmentParts([...changes])).toEqual({ changes, renumber: [] });
    expect(amendmentParts({ id: 'Ä1', changes: [...changes], renumber: [{ from: '2' }] })).toEqual({
      id: 'Ä1',
      changes,
      renumber: [{ from: '2' }],
    });
  });

  it.each([null, 5, 'x', {}, { changes: 'x' }, { changes: [], renumber: 3 }])('refuses %j', (bad) => {
    expect(() => amendmentParts(bad as unknown as AmendmentLike)).toThrow(RedlineError);
  });

  it('takes the header facts as strings', () => {
    const amendment = {
      changes: [],
      reference: 'Ä3',
      kind: 'Antrag',
      amends: 'A12',
      movers: 'Kreis 04',
      date: '1.2.2024',
    };
    expect(amendmentParts(amendment)).toEqual({ changes: [], renumber: [] });
  });

  it.each(HEADER_FIELDS.flatMap((field) => [null, 5, ['x'], {}].map((value) => [field, value] as const)))(
    'refuses a header fact %s that is %j, naming it',
    (field, value) => {
      let error: unknown;
      try {
        amendmentParts({ changes: [], [field]: value } as unknown as AmendmentLike);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RedlineError);
      expect((error as RedlineError).code).toBe('invalid-input');
      expect((error as RedlineError).message).toContain(`"${field}"`);
    },
  );
});

describe('changeProblem', () => {
  it('finds nothing wrong with well-formed changes', () => {
    expect(changeProblem({ op: 'replace', clause: '1', old: 'a', new: 'b', occurrence: 2 })).toBeUndefined();
    expect(changeProblem({ op: 'addClause', new: 'x', after: '2', label: '3.' })).toBeUndefined();
    expect(changeProblem({ op: 'delete', clause: '§ 2', old: 'a', part: 'heading' })).toBeUndefined();
    expect(changeProblem({ op: 'rewrite', clause: '§ 2', new: 'Neu', part: 'heading' })).toBeUndefined();
    expect(changeProblem({ op: 'rewrite', clause: '', new: 'Neu', part: 'title' })).toBeUndefined();
    expect(changeProblem({ op: 'insert', clause: '', new: 'neu', after: 'Satzung', part: 'title' })).toBeUndefined();
  });

  it.each([
    [null, { why: 'it is not an object' }],
    [[], { why: 'it is not an object' }],
    [
      { clause: '1' },
      { why: '"op" must be one of replace, delete, insert, rewrite, removeClause, addClause, got nothing' },
    ],
    [{ op: 7 }, { why: '"op" must be one of replace, delete, insert, rewrite, removeClause, addClause, got 7' }],
    [{ op: 'delete', clause: null, old: 'a' }, { why: '"delete" needs a string "clause"' }],
    [
      { op: 'insert', clause: '1', new: 'x', after: 3 },
      { why: '"after" must be a string', clause: '1' },
    ],
    [
      { op: 'delete', clause: '1', old: 'a', occurrence: 1.5 },
      { why: '"occurrence" must be a whole number from 1, got 1.5', clause: '1' },
    ],
    [
      { op: 'replace', clause: '§ 1', old: 'a', new: 'b', part: 'title' },
      {
        why: '"part": "title" changes the document\'s title, so its "clause" must be "" (the document), got "§ 1"',
        clause: '§ 1',
      },
    ],
    [
      { op: 'replace', clause: '§ 1', old: 'a', new: 'b', part: 'titel' },
      {
        why: '"part" must be "heading" or "title" (or left out for the clause\'s text), got "titel"',
        clause: '§ 1',
      },
    ],
    [
      { op: 'removeClause', clause: '§ 1', part: 'heading' },
      {
        why: '"part" belongs to the text changes (replace, delete, insert, rewrite), not to "removeClause"',
        clause: '§ 1',
      },
    ],
  ])('%j: %j', (change, problem) => {
    expect(changeProblem(change)).toEqual(problem);
  });

  it('describes any JSON value without throwing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (value, field) => {
        expect(() => changeProblem(value)).not.toThrow();
        expect(() =>
          changeProblem({ op: 'replace', clause: field, old: field, new: field, occurrence: field }),
        ).not.toThrow();
        expect(() => renumberingProblem(value)).not.toThrow();
      }),
    );
  });
});

describe('renumberingProblem', () => {
  it.each([
    [{ from: '2' }, undefined],
    [{ clause: '2', label: '3.' }, undefined],
    [{ clause: '2', label: ' ' }, 'a renumbering entry needs "clause" and "label" strings (or "from")'],
    [{ clause: '2' }, 'a renumbering entry needs "clause" and "label" strings (or "from")'],
    [null, 'a renumbering entry must be an object'],
  ])('%j', (entry, problem) => {
    expect(renumberingProblem(entry)).toBe(problem);
  });
});
