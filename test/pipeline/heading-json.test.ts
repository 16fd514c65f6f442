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

  it('names the field when "part" is not "heading"', () => {
    const json = JSON.stringify({ changes: [{ op: 'delete', clause: '§ 1', old: 'und Sitz', part: 'title' }] });
    expect(() => redline(base, json)).toThrow(/"part" must be "heading"/u);
  });
});
