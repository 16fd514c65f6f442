/** A new wording announced by a noun: "Neufassung von § 5, Abs. 2, Punkt 3:" + the new text. */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';

describe('"Neufassung von <place>:"', () => {
  it('is a new wording of the place, the footnote star of the § and the commas between the parts read past', () => {
    const a = parseAmendment(
      'Neufassung von § 5*, Abs. 2, Punkt 3:\n3. die Leiterin des Hafenamts\nBisherige Fassung:\n3. der Leiter des Hafenamts',
    );
    expect(a.changes).toEqual([
      { op: 'rewrite', clause: '§ 5 Absatz 2 Punkt 3', new: '3. die Leiterin des Hafenamts' },
    ]);
  });

  it('takes a quoted text too', () => {
    const a = parseAmendment('Neufassung des § 8 Abs. 1: „(1) Der Hafen ist ganzjährig geöffnet.“');
    expect(a.changes).toEqual([
      { op: 'rewrite', clause: '§ 8 Absatz 1', new: '(1) Der Hafen ist ganzjährig geöffnet.' },
    ]);
  });

  it('is not read in prose or without a place', () => {
    expect(() => parseAmendment('Die Neufassung von § 5 wurde im Ausschuss beraten.')).toThrow();
    expect(() => parseAmendment('Neufassung:\nDer Hafen ist geöffnet.')).toThrow();
  });
});

describe('the footnote star of a statute edition', () => {
  it('belongs to no reference: "§ 14* Abs. 2" is § 14 Absatz 2', () => {
    const a = parseAmendment('In § 14* Abs. 2 wird das Wort „fünf“ durch das Wort „sieben“ ersetzt.');
    expect(a.changes[0]).toMatchObject({ clause: '§ 14 Absatz 2' });
  });
});
