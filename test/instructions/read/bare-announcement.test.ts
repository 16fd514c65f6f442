/** An announcement whose colon is missing: "… wird um folgenden Satz ergänzt" ending its paragraph, the text in the next one. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';

describe('an announcement without its colon', () => {
  it('takes the next paragraph as its text when "folgende" announces it and the paragraph ends without a mark', () => {
    const a = parseAmendment('Ziffer 2 wird um folgenden Satz ergänzt\n\nDie Bücherei öffnet auch sonntags.');
    expect(a.changes).toEqual([{ op: 'insert', clause: 'Ziffer 2', new: 'Die Bücherei öffnet auch sonntags.' }]);
  });

  it('ends the text at a paragraph that reads as an instruction, even after a line without a full stop', () => {
    const a = parseAmendment(
      'Ziffer 2 wird um folgenden Satz ergänzt\n\nDie Bücherei öffnet auch sonntags\n\nZiffer 4 wird gestrichen.',
    );
    expect(a.changes).toEqual([
      { op: 'insert', clause: 'Ziffer 2', new: 'Die Bücherei öffnet auch sonntags' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
  });

  it('is refused with a full stop, without "folgende", or with text after it in its paragraph', () => {
    for (const text of [
      'Ziffer 2 wird um folgenden Satz ergänzt.\n\nDie Bücherei öffnet auch sonntags.',
      'Ziffer 2 wird um einen Satz ergänzt\n\nDie Bücherei öffnet auch sonntags.',
      'Ziffer 2 wird um folgenden Satz ergänzt\nDie Bücherei öffnet auch sonntags.',
    ])
      expect(() => parseAmendment(text), text).toThrow(InstructionError);
  });
});
