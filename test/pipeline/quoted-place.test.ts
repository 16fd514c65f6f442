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
