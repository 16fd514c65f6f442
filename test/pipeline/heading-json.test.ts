/** A JSON amendment with a heading change (`part: 'heading'`) through `redline()`, and its validation. */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const base = '§ 1 Name und Sitz\n\nDer Chor heißt Auenklang.\n\n§ 2 Beiträge\n\nDie Mitglieder zahlen Beiträge.';

describe('a JSON amendment that changes a heading', () => {
  it('is applied to the heading', () => {
    const json = JSON.stringify({ changes: [{ op: 'delete', clause: '§ 1', old: 'und Sitz', part: 'heading' }] });
    expect(acceptAll(redline(base, json)).clauses[0]).toMatchObject({
      heading: 'Name',
      text: 'Der Chor heißt Auenklang.',
    });
  });

  it('names the field when "part" is not "heading" or "title", and a title change of a clause', () => {
    const json = JSON.stringify({ changes: [{ op: 'delete', clause: '§ 1', old: 'und Sitz', part: 'titel' }] });
    expect(() => redline(base, json)).toThrow(/"part" must be "heading" or "title"/u);
    const ofClause = JSON.stringify({ changes: [{ op: 'delete', clause: '§ 1', old: 'und Sitz', part: 'title' }] });
    expect(() => redline(base, ofClause)).toThrow(
      /"part": "title" changes the document's title, so its "clause" must be ""/u,
    );
  });

  it('changes the title with part: "title" and clause ""', () => {
    const titled = `Satzung des Chores Auenklang\n\n${base}`;
    const json = JSON.stringify({
      changes: [{ op: 'replace', clause: '', old: 'Chores', new: 'Vereins', part: 'title' }],
    });
    const r = redline(titled, json);
    expect(r.title).toBe('Satzung des Vereins Auenklang');
    expect(acceptAll(r).clauses[0]).toMatchObject({ heading: 'Name und Sitz' });
  });
});

describe('a heading change in instructions through redline()', () => {
  it('gives a unit with Absätze a new heading, its Absätze untouched', () => {
    const statute =
      '§ 1 Name\n\n(1) Der Chor heißt Auenklang.\n\n(2) Er hat seinen Sitz in Lohberg.\n\n§ 2 Beiträge\n\nDie Mitglieder zahlen.';
    const amended = acceptAll(
      redline(statute, 'Die Satzung wird wie folgt geändert:\n1. § 1 erhält folgende Überschrift: „Name und Sitz“.'),
    );
    expect(amended.clauses[0]).toMatchObject({ heading: 'Name und Sitz' });
    expect(amended.clauses[0]!.children.map((c) => c.text)).toEqual([
      'Der Chor heißt Auenklang.',
      'Er hat seinen Sitz in Lohberg.',
    ]);
  });
});
