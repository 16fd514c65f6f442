/**
 * References in the numbering the earlier instructions of the same amendment
 * made ("In dem neuen Absatz 2 …", "Im neuen Satz 3 …"): translated back to
 * the base, or refused when the earlier instructions do not explain them.
 */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';

describe('references in the new numbering', () => {
  it('follows a renumbering of Absätze', () => {
    const a = parseAmendment(
      [
        '§ 5 wird wie folgt geändert:',
        'a) Absatz 1 wird aufgehoben.',
        'b) Die bisherigen Absätze 2 und 3 werden Absätze 1 und 2.',
        'c) In dem neuen Absatz 1 wird das Wort „Montag“ durch das Wort „Dienstag“ ersetzt.',
        'd) Dem neuen Absatz 2 wird folgender Satz angefügt: „Ausnahmen regelt die Verwaltung.“',
      ].join('\n'),
    );
    expect(a.changes.map((c) => ('clause' in c ? c.clause : ''))).toEqual([
      '§ 5 Absatz 1',
      '§ 5 Absatz 2',
      '§ 5 Absatz 3',
    ]);
  });

  it('reads "In den neuen Absatz 3" (accusative) without its unit, through the one renumbering that made it', () => {
    const a = parseAmendment(
      [
        'In § 4 der Hafenordnung wird nach Absatz 1 der folgende neue Absatz eingefügt:',
        '(2) Kleine Boote dürfen am Steg festmachen.',
        'Die bisherigen Absätze 2 und 3 erhalten die neuen Nummern 3 und 4.',
        'In den neuen Absatz 3 wird in Satz 1 nach dem Wort „Gebühr“ eingefügt:',
        ', soweit nichts anderes bestimmt ist,',
      ].join('\n'),
    );
    expect(a.changes.map((c) => ('clause' in c ? c.clause : ''))).toEqual(['', '§ 4 Absatz 2 Satz 1']);
  });

  it('does not take "um den neuen Absatz 3" for a place in the new numbering', () => {
    const a = parseAmendment('§ 4 wird um den neuen Absatz 3 ergänzt: „(3) Der Steg bleibt offen.“');
    expect(a.changes[0]!.op).toBe('addClause');
  });

  it('counts the sentences struck and inserted before it', () => {
    const a = parseAmendment(
      [
        '§ 2 Absatz 1 wird wie folgt geändert:',
        'a) Satz 2 wird aufgehoben.',
        'b) In dem neuen Satz 2 wird das Wort „Rat“ durch das Wort „Ausschuss“ ersetzt.',
        'c) Nach Satz 3 wird folgender Satz eingefügt: „Er tagt öffentlich.“',
        'd) Im neuen Satz 4 wird das Wort „jährlich“ gestrichen.',
      ].join('\n'),
    );
    expect(a.changes.map((c) => ('clause' in c ? c.clause : ''))).toEqual([
      '§ 2 Absatz 1 Satz 2',
      '§ 2 Absatz 1 Satz 3',
      '§ 2 Absatz 1 Satz 3',
      '§ 2 Absatz 1 Satz 4',
    ]);
  });

  it('refuses a new sentence the amendment inserts itself', () => {
    const text = [
      '§ 2 Absatz 1 wird wie folgt geändert:',
      'a) Nach Satz 1 wird folgender Satz eingefügt: „Er tagt öffentlich.“',
      'b) Im neuen Satz 2 wird das Wort „öffentlich“ gestrichen.',
    ].join('\n');
    expect(() => parseAmendment(text)).toThrow(InstructionError);
    expect(() => parseAmendment(text)).toThrow(/inserts/u);
  });

  it('refuses a reference the earlier instructions do not explain', () => {
    expect(() => parseAmendment('In dem neuen Absatz 2 des § 3 wird das Wort „Rat“ gestrichen.')).toThrow(
      /do not say which clause/u,
    );
  });

  it('leaves a new clause being added alone ("folgender neuer § 4a")', () => {
    const a = parseAmendment('Nach § 4 wird folgender neuer § 4a eingefügt: „§ 4a Ruhezeiten (1) Sonntags ist Ruhe.“');
    expect(a.changes[0]).toMatchObject({ op: 'addClause', after: '§ 4' });
  });
});
