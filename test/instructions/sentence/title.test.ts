/**
 * Title phrasings (sentence/title.ts), each with a sentence of its own, and
 * what they must refuse or leave to other readings.
 */
import { describe, expect, it } from 'vitest';
import { parseAmendment } from '../../../src/instructions/read.js';
import { InstructionError } from '../../../src/errors.js';
import { redline } from '../../../src/index.js';

const changes = (text: string): unknown => parseAmendment(text).changes;

describe('changes of the document title', () => {
  it('reads a new wording of the title, quoted or after a colon', () => {
    expect(changes('Der Titel wird wie folgt gefasst: „Satzung über die Museen der Gemeinde Kornbach“.')).toEqual([
      { op: 'rewrite', clause: '', new: 'Satzung über die Museen der Gemeinde Kornbach', part: 'title' },
    ]);
    expect(changes('Die Bezeichnung des Gesetzes erhält folgende Fassung:\n\n„Vorläufiges Museumsgesetz“')).toEqual([
      { op: 'rewrite', clause: '', new: 'Vorläufiges Museumsgesetz', part: 'title' },
    ]);
    expect(changes('Der Titel wird wie folgt gefaßt:\n\n„Museumsordnung“.')).toEqual([
      { op: 'rewrite', clause: '', new: 'Museumsordnung', part: 'title' },
    ]);
  });

  it('reads word changes in the title, also inside a list under another place', () => {
    expect(changes('Im Titel wird das Wort „Benutzung“ durch das Wort „Nutzung“ ersetzt.')).toEqual([
      { op: 'replace', clause: '', old: 'Benutzung', new: 'Nutzung', part: 'title' },
    ]);
    expect(changes('In der Bezeichnung der Satzung werden die Wörter „des Heimatmuseums“ gestrichen.')).toEqual([
      { op: 'delete', clause: '', old: 'des Heimatmuseums', part: 'title' },
    ]);
    expect(
      changes(
        'Die Satzung wird wie folgt geändert:\n1. Im Titel wird das Wort „Satzung“ durch „Ordnung“ ersetzt.\n2. § 2 wird aufgehoben.',
      ),
    ).toEqual([
      { op: 'replace', clause: '', old: 'Satzung', new: 'Ordnung', part: 'title' },
      { op: 'removeClause', clause: '§ 2' },
    ]);
    expect(changes('Der Titel wird gestrichen.')).toEqual([{ op: 'rewrite', clause: '', new: '', part: 'title' }]);
  });

  it('reads the council style "Titel ändern in: …" and refuses instructions announced for the title', () => {
    expect(changes('Titel ändern in: Museumsordnung der Gemeinde Kornbach')).toEqual([
      { op: 'rewrite', clause: '', new: 'Museumsordnung der Gemeinde Kornbach', part: 'title' },
    ]);
    expect(() =>
      parseAmendment('Der Titel wird wie folgt geändert:\na) Das Wort „Satzung“ wird durch „Ordnung“ ersetzt.'),
    ).toThrow(/list of instructions/u);
  });

  it('never takes "Die Überschrift" of no unit for the title: the unit announced before may be meant', () => {
    expect(() =>
      parseAmendment(
        '1. Die Überschrift wird durch die folgende Überschrift ersetzt:\n\n„Entwurf eines Gesetzes über die Museen“.',
      ),
    ).toThrow(InstructionError);
    // An announced unit whose context does not reach the sentence: never the document's title.
    expect(() =>
      redline(
        'Satzung über die Stadtbücherei\n\n§ 2 Gebühren\n\nDie Gebühr beträgt 10 Euro.',
        '§ 2 wird wie folgt geändert:\n\n„10“ wird durch „12“ ersetzt.\n\nDie Überschrift wird wie folgt gefasst: „Entgelte“',
      ),
    ).toThrow(InstructionError);
    // Under a unit it is that unit's heading, as before.
    expect(
      changes(
        '§ 3 wird wie folgt geändert:\na) Die Überschrift wird wie folgt gefasst: „Eintritt“.\nb) Absatz 2 wird aufgehoben.',
      ),
    ).toEqual([
      { op: 'rewrite', clause: '§ 3', new: 'Eintritt', part: 'heading' },
      { op: 'removeClause', clause: '§ 3 Absatz 2' },
    ]);
    expect(changes('Die Überschrift des § 3 wird wie folgt gefasst: „Eintritt“.')).toEqual([
      { op: 'rewrite', clause: '§ 3', new: 'Eintritt', part: 'heading' },
    ]);
  });

  it('reads "der Titel des § 3" as the heading of § 3', () => {
    expect(changes('Der Titel des § 3 wird wie folgt gefasst: „Öffnungszeiten“.')).toEqual([
      { op: 'rewrite', clause: '§ 3', new: 'Öffnungszeiten', part: 'heading' },
    ]);
  });

  it('refuses the title of what is no document, and a title named by its words', () => {
    expect(() =>
      parseAmendment('Die Bezeichnung der Behörde „Amt für Kultur“ wird durch „Kulturamt“ ersetzt.'),
    ).toThrow(/names no document whose title/u);
    expect(() => parseAmendment('Der Titel des Projekts wird wie folgt gefasst: „Lesesommer“.')).toThrow(
      /names no document whose title/u,
    );
    expect(() => parseAmendment('Der Titel „Museumsleiter“ wird durch „Museumsleitung“ ersetzt.')).toThrow(
      /title named by its words/u,
    );
    expect(changes('Der Titel des Gesetzentwurfs wird wie folgt gefasst: „Museumsgesetz“.')).toEqual([
      { op: 'rewrite', clause: '', new: 'Museumsgesetz', part: 'title' },
    ]);
  });

  it('refuses a title joined with another place, and leaves quoted words called a Bezeichnung alone', () => {
    expect(() => parseAmendment('Der Titel und § 2 werden gestrichen.')).toThrow(InstructionError);
    expect(() => parseAmendment('Im Titel und in § 2 wird das Wort „Museum“ durch „Haus“ ersetzt.')).toThrow(
      InstructionError,
    );
    expect(changes('In § 2 wird die Bezeichnung „Leiter“ durch die Bezeichnung „Leitung“ ersetzt.')).toEqual([
      { op: 'replace', clause: '§ 2', old: 'Leiter', new: 'Leitung' },
    ]);
  });
});

describe('a new text whose opening quotation mark was lost', () => {
  it('refuses a new wording that opens with a comma (‚ extracted as „,“)', () => {
    expect(() =>
      parseAmendment(
        "§ 2 wird wie folgt gefaßt:\n\n,§ 2 Gebühren\n\nDie Nutzung ist frei.'\n\nKornbach, den 3. Mai 2024",
      ),
    ).toThrow(/opens with „,“, a quotation mark lost in extraction/u);
    // A well-marked new wording is read as before.
    expect(changes('§ 2 wird wie folgt gefasst:\n\n„Die Nutzung ist frei.“')).toEqual([
      { op: 'rewrite', clause: '§ 2', new: 'Die Nutzung ist frei.' },
    ]);
  });
});
