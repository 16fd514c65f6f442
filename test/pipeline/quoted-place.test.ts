/**
 * Two-level addresses (src/instructions/sentence/quoted-place.ts,
 * src/pipeline/quoted-place.ts): a place in a bill and a place inside the
 * text it quotes. Applied only when the inner place is found exactly once
 * inside the outer clause's quotation; refused otherwise, naming the sentence.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { parseAmendment, readAmendmentText } from '../../src/instructions/read.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import type { Clause } from '../../src/model.js';

const BILL = `Entwurf eines Gesetzes zur Änderung des Büchereigesetzes

Artikel 1
Änderung des Büchereigesetzes

Das Büchereigesetz wird wie folgt geändert:

6. In § 2 wird die Angabe „2020“ durch die Angabe „2024“ ersetzt.

7. Nach § 7 wird folgender § 7a eingefügt:

„§ 7a
Fernleihe

(1) Die Büchereien nehmen am Leihverkehr teil.

(2) Die Fernleihe ist insbesondere
1. für Schülerinnen und Schüler gebührenfrei,
2. für Vereine ermäßigt,
3. für alle anderen kostenpflichtig.“

Artikel 2
Inkrafttreten

Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.`;

/** Every clause text of the amended bill, in document order. */
function texts(amendment: string): string[] {
  const out: string[] = [];
  const visit = (clauses: readonly Clause[]): void => {
    for (const c of clauses) {
      out.push(c.text);
      visit(c.children);
    }
  };
  visit(acceptAll(redline(BILL, amendment)).clauses);
  return out;
}

describe('"In <place in the bill> wird <place in its quotation> wie folgt geändert:"', () => {
  it('reads the two places as one address, and the items below it as places inside the quotation', () => {
    const reading = readAmendmentText(
      'In Artikel 1 Nummer 7 wird § 7a Absatz 2 wie folgt geändert:\na) Das Wort „insbesondere“ wird gestrichen.\nb) In Nummer 2 wird das Wort „ermäßigt“ durch das Wort „gebührenfrei“ ersetzt.',
    );
    expect(reading.amendment.changes).toEqual([
      { op: 'delete', clause: 'Art. 1 Nr. 7 (§ 7a Absatz 2)', old: 'insbesondere' },
      { op: 'replace', clause: 'Art. 1 Nr. 7 (§ 7a Absatz 2 Nr. 2)', old: 'ermäßigt', new: 'gebührenfrei' },
    ]);
  });

  it('applies the changes inside the quoted text of the bill', () => {
    const got = texts(
      'In Artikel 1 Nummer 7 ist § 7a Absatz 2 wie folgt zu ändern:\na) Das Wort „insbesondere“ ist zu streichen.\nb) In Nummer 2 sind nach dem Wort „Vereine“ die Wörter „und Verbände“ einzufügen.',
    );
    expect(got).toContain('Die Fernleihe ist');
    expect(got).toContain('für Vereine und Verbände ermäßigt,');
    // Nothing outside the quotation changes: the bill's own Nummer 6 stays.
    expect(got).toContain('In § 2 wird die Angabe „2020“ durch die Angabe „2024“ ersetzt.');
  });

  it('takes a caption that repeats the address as the same address', () => {
    const got = texts(
      '1. Zu Artikel 1 Nummer 7 (§ 7a Absatz 2 BüchG)\nIn Artikel 1 Nummer 7 ist § 7a Absatz 2 wie folgt zu ändern:\na) Das Wort „insbesondere“ ist zu streichen.',
    );
    expect(got).toContain('Die Fernleihe ist');
  });

  it('refuses an inner place not found in the quotation', () => {
    expect(() =>
      redline(
        BILL,
        'In Artikel 1 Nummer 7 wird § 7a Absatz 4 wie folgt geändert:\na) Das Wort „teil“ wird gestrichen.',
      ),
    ).toThrow(/"Absatz 4" is found nowhere in that quotation/u);
  });

  it('refuses an inner place found more than once in the quotation', () => {
    const twice = BILL.replace('(2) Die Fernleihe', '(1) Die Fernleihe');
    expect(() =>
      redline(
        twice,
        'In Artikel 1 Nummer 7 wird § 7a Absatz 1 wie folgt geändert:\na) Das Wort „teil“ wird gestrichen.',
      ),
    ).toThrow(/found 2 times in that quotation; it must be found exactly once/u);
  });

  it('refuses a quotation that cites another unit, and a place in the bill that quotes nothing', () => {
    expect(() =>
      redline(BILL, 'In Artikel 1 Nummer 7 wird § 8 Absatz 2 wie folgt geändert:\na) Das Wort „ist“ wird gestrichen.'),
    ).toThrow(/does not start with „§ 8“/u);
    expect(() =>
      redline(BILL, 'In Artikel 1 Nummer 6 wird § 2 Absatz 2 wie folgt geändert:\na) Das Wort „ist“ wird gestrichen.'),
    ).toThrow(/quotes no text/u);
  });

  it('is refused by parseAmendment, which has no base to find the inner place in', () => {
    expect(() =>
      parseAmendment(
        'In Artikel 1 Nummer 7 wird § 7a Absatz 2 wie folgt geändert:\na) Das Wort „ist“ wird gestrichen.',
      ),
    ).toThrow(InstructionError);
  });
});

const ORDINANCE = `Entwurf einer Verordnung zur Änderung der Parkgebührenordnung

§ 1
Änderung der Parkgebührenordnung

Die Parkgebührenordnung wird wie folgt geändert:

4. § 3 wird aufgehoben.

5. § 5 wird wie folgt gefasst:

„§ 5
Gebührenfreie Zonen

Gebührenfrei parken dürfen:
1. Fahrzeuge im Einsatz:
1.1. Rettungswagen, 1.2. Feuerwehr, 1.3. Polizei;
2. Lieferverkehr:
2.1. Paketdienste.“

§ 2
Inkrafttreten`;

describe('verb-less items and decimal sub-items written in the run of a quoted list', () => {
  it('reads "Nr. 1.2" under "§ 5 Nr. 1" as an item inside the quotation', () => {
    expect(
      readAmendmentText('In § 1 Nr. 5 wird § 5 Nr. 1 wie folgt geändert:\n1. Nr. 1.3 aufgehoben.').amendment.changes,
    ).toEqual([{ op: 'removeClause', clause: '§ 1 Nr. 5 (§ 5 Nr. 1 Nr. 1.3)' }]);
  });

  it('removes an item and changes the punctuation at the end of another', () => {
    const result = acceptAll(
      redline(
        ORDINANCE,
        'In § 1 Nr. 5 wird § 5 Nr. 1 wie folgt geändert:\n1. In Nr. 1.2 die Angabe „ ,“ am Ende durch die Angabe „ ;“ ersetzt.\n2. Nr. 1.3 aufgehoben.',
      ),
    );
    const texts: string[] = [];
    const visit = (clauses: readonly Clause[]): void => {
      for (const c of clauses) {
        texts.push(c.text);
        visit(c.children);
      }
    };
    visit(result.clauses);
    expect(texts).toContain('Fahrzeuge im Einsatz: 1.1. Rettungswagen, 1.2. Feuerwehr;');
    expect(texts).toContain('Lieferverkehr: 2.1. Paketdienste.“');
  });

  it('refuses an item not found once, a passage not at its end, and a place outside the quotation', () => {
    const frame = 'In § 1 Nr. 5 wird § 5 Nr. 1 wie folgt geändert:\n';
    expect(() => redline(ORDINANCE, `${frame}1. Nr. 1.4 aufgehoben.`)).toThrow(/„1.4.“ is found nowhere/u);
    expect(() =>
      redline(ORDINANCE, `${frame}1. In Nr. 1.1 die Angabe „;“ am Ende durch die Angabe „.“ ersetzt.`),
    ).toThrow(/does not end with „;“/u);
    expect(() => readAmendmentText(`${frame}1. Nr. 2 aufgehoben.`)).toThrow(
      /instructions after „wie folgt geändert:“ cannot be read/u,
    );
  });
});
