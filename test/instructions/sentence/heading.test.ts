/**
 * Heading phrasings (sentence/heading.ts) and the words before a list's first
 * item (sentence/list-lead.ts), each with a sentence of its own, and what
 * they must refuse.
 */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/instructions/read.js';
import { InstructionError } from '../../../src/errors.js';

const changes = (text: string): unknown => parseAmendment(text).changes;

describe('changes of a heading', () => {
  it('reads "In der Überschrift des § 4 …" and, in a list under a unit, "In der Überschrift …"', () => {
    expect(changes('In der Überschrift des § 4 wird das Wort „Gebühren“ durch das Wort „Entgelte“ ersetzt.')).toEqual([
      { op: 'replace', clause: '§ 4', old: 'Gebühren', new: 'Entgelte', part: 'heading' },
    ]);
    expect(
      changes(
        '§ 6 wird wie folgt geändert:\na) In der Überschrift werden die Wörter „und Pflichten“ gestrichen.\nb) Absatz 3 wird aufgehoben.',
      ),
    ).toEqual([
      { op: 'delete', clause: '§ 6', old: 'und Pflichten', part: 'heading' },
      { op: 'removeClause', clause: '§ 6 Absatz 3' },
    ]);
    expect(
      changes('In § 2 werden in der Überschrift nach dem Wort „Rechte“ die Wörter „und Pflichten“ eingefügt.'),
    ).toEqual([{ op: 'insert', clause: '§ 2', after: 'Rechte', new: 'und Pflichten', part: 'heading' }]);
  });

  it('reads a new heading and a struck one', () => {
    expect(changes('§ 9 erhält folgende Überschrift: „Ehrenamtliche Tätigkeit“.')).toEqual([
      { op: 'rewrite', clause: '§ 9', new: 'Ehrenamtliche Tätigkeit', part: 'heading' },
    ]);
    expect(changes('Die Überschrift von Artikel 3 wird wie folgt gefasst: „Übergangsregeln“.')).toEqual([
      { op: 'rewrite', clause: 'Art. 3', new: 'Übergangsregeln', part: 'heading' },
    ]);
    expect(
      changes('§ 7 wird wie folgt geändert:\na) Die Überschrift wird gestrichen.\nb) Satz 2 wird aufgehoben.'),
    ).toEqual([
      { op: 'rewrite', clause: '§ 7', new: '', part: 'heading' },
      { op: 'removeClause', clause: '§ 7 Satz 2' },
    ]);
  });

  it('refuses a heading named by its words, a place next to a heading, and a clause added to one', () => {
    for (const text of [
      'Die Überschrift „Dritter Teil“ wird gestrichen.',
      'Nach der Überschrift des § 5 wird folgender Satz eingefügt: „Es gilt Folgendes.“',
      'Die Überschriften der §§ 3 und 4 werden gestrichen.',
      'Die Überschrift und § 4 werden aufgehoben.',
      'In der Überschrift des § 2 und in § 3 wird das Wort „Rat“ gestrichen.',
      'In der Überschrift des § 2 wird das Wort „Rat“ jeweils durch das Wort „Beirat“ ersetzt.',
    ])
      expect(() => parseAmendment(text), text).toThrow(InstructionError);
  });
});

describe('the words before the first item of a list', () => {
  it('reads "im Satzteil vor Nummer 1" as the Absatz\'s own text', () => {
    expect(changes('In § 3 Absatz 2 wird im Satzteil vor Nummer 1 das Wort „jährlich“ gestrichen.')).toEqual([
      { op: 'delete', clause: '§ 3 Absatz 2', old: 'jährlich' },
    ]);
  });

  it('refuses the part after an item or before a later one', () => {
    for (const text of [
      'In § 3 Absatz 2 wird im Satzteil nach Nummer 4 das Wort „jährlich“ gestrichen.',
      'In § 3 Absatz 2 wird im Satzteil vor Nummer 3 das Wort „jährlich“ gestrichen.',
    ])
      expect(() => parseAmendment(text), text).toThrow(/among the items/u);
  });
});

describe('references inside "wie folgt geändert:" lists', () => {
  it('reads a second sentence of one Absatz and renumbered Nummern of an Absatz in the unit of the list', () => {
    const read = parseAmendment(
      '§ 5 wird wie folgt geändert:\na) Absatz 1 wird wie folgt geändert:\naa) Nummer 1 wird aufgehoben.\nbb) Die Nummern 2 und 3 werden die Nummern 1 und 2.\nb) Absatz 4 Satz 1 und 2 wird aufgehoben.',
    );
    expect(read.changes).toEqual([
      { op: 'removeClause', clause: '§ 5 Absatz 1 Nr. 1' },
      { op: 'removeClause', clause: '§ 5 Absatz 4 Satz 1' },
      { op: 'removeClause', clause: '§ 5 Absatz 4 Satz 2' },
    ]);
    expect(read.renumber).toEqual([
      { clause: '§ 5 Absatz 1 Nr. 2', label: '1' },
      { clause: '§ 5 Absatz 1 Nr. 3', label: '2' },
    ]);
  });

  it('reads a run-on list whose item ends in a number before a lettered item', () => {
    const read = parseAmendment(
      'Die Satzung wird wie folgt geändert: 1. § 5 wird wie folgt geändert: a) Die Nummern 2 und 3 werden die Nummern 1 und 2. b) Absatz 4 wird aufgehoben.',
    );
    expect(read.changes).toEqual([{ op: 'removeClause', clause: '§ 5 Absatz 4' }]);
    expect(read.renumber).toEqual([
      { clause: '§ 5 Nr. 2', label: '1' },
      { clause: '§ 5 Nr. 3', label: '2' },
    ]);
  });

  it('reads the items after a first item longer than a line peek', () => {
    const pairs = Array.from(
      { length: 6 },
      (_, i) => `die Wörter „alte Wendung ${i} ${'lang '.repeat(8).trim()}“ durch die Wörter „neue Wendung ${i}“`,
    );
    const read = parseAmendment(
      `§ 8 wird wie folgt geändert:\na) Absatz 2 wird wie folgt geändert:\naa) In Satz 2 werden ${pairs.join(', ')} ersetzt.\nbb) Folgender Satz wird angefügt: „Das Weitere regelt die Kommission.“`,
    );
    expect(read.changes.at(-1)).toEqual({
      op: 'insert',
      clause: '§ 8 Absatz 2',
      new: 'Das Weitere regelt die Kommission.',
    });
  });
});

describe('a new title of the document', () => {
  it('is a title change (part: "title", wave 8; sentence/title.ts), not a heading', () => {
    expect(changes('Der Titel wird wie folgt gefasst: „Gesetz über die Musikschulen“.')).toEqual([
      { op: 'rewrite', clause: '', new: 'Gesetz über die Musikschulen', part: 'title' },
    ]);
    expect(changes('Die Bezeichnung der Satzung erhält folgende Fassung: „Marktsatzung“.')).toEqual([
      { op: 'rewrite', clause: '', new: 'Marktsatzung', part: 'title' },
    ]);
  });

  it('leaves a quoted word called a Bezeichnung to the replacement it is', () => {
    expect(changes('In § 4 wird die Bezeichnung „Ortsvorsteher“ durch die Bezeichnung „Ortsbeirat“ ersetzt.')).toEqual([
      { op: 'replace', clause: '§ 4', old: 'Ortsvorsteher', new: 'Ortsbeirat' },
    ]);
  });
});
