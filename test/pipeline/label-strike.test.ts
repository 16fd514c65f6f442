/**
 * A struck Absatz label (src/pipeline/label-strike.ts): "Die
 * Absatzbezeichnung „(1)“ wird gestrichen" after the unit's other Absätze are
 * removed — the Absatz's text becomes the unit's own; refused otherwise.
 */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const STATUTE = `Benutzungsordnung des Stadtarchivs Wellbach

§ 4 Öffnungszeiten

(1) Der Lesesaal ist werktags geöffnet, soweit die Archivleitung nichts anderes bestimmt.

(2) An Brückentagen bleibt der Lesesaal geschlossen.

§ 5 Gebühren

Die Benutzung ist gebührenfrei.`;

describe('"Die Absatzbezeichnung „(1)“ wird gestrichen"', () => {
  it("makes the one Absatz left the unit's own text, with the later changes of the unit applied to it", () => {
    const result = acceptAll(
      redline(
        STATUTE,
        '§ 4 wird wie folgt geändert:\na) Absatz 2 wird aufgehoben.\nb) Die Absatzbezeichnung „(1)“ wird gestrichen.\nc) Die Wörter „, soweit die Archivleitung nichts anderes bestimmt“ werden gestrichen.',
      ),
    );
    const unit = result.clauses.find((c) => c.label === '§ 4')!;
    expect(unit.text).toBe('Der Lesesaal ist werktags geöffnet.');
    expect(unit.children).toEqual([]);
  });

  it('is refused while the unit keeps another Absatz', () => {
    expect(() =>
      redline(STATUTE, '§ 4 wird wie folgt geändert:\na) Die Absatzbezeichnung „(1)“ wird gestrichen.'),
    ).toThrow(/keeps other Absätze/u);
  });

  it('is refused for a unit with text of its own', () => {
    const titled = STATUTE.replace('§ 4 Öffnungszeiten\n', '§ 4 Öffnungszeiten\n\nFür den Lesesaal gilt:\n');
    expect(() =>
      redline(
        titled,
        '§ 4 wird wie folgt geändert:\na) Absatz 2 wird aufgehoben.\nb) Die Absatzbezeichnung „(1)“ wird gestrichen.',
      ),
    ).toThrow(/has text of its own/u);
  });
});

describe('a struck Absatz label beside "am Ende" or "jeweils"', () => {
  const base =
    '§ 16 Inkrafttreten\n\n(1) Es gilt ab sofort.\n\n§ 17 Übergang\n\n(1) Es gilt und endet bald.\n\n(2) Die Frist ist kurz.';

  it('is refused: the folded change would lose "am Ende" (it struck the „und“ in the middle)', () => {
    const amendment = [
      '§ 17 wird wie folgt geändert:',
      'a) Absatz 2 wird aufgehoben.',
      'b) Die Absatzbezeichnung „(1)“ wird gestrichen.',
      'c) Das Wort „und“ am Ende wird durch ein Komma ersetzt.',
    ].join('\n');
    expect(() => redline(base, amendment)).toThrow(/a change of the same text says "jeweils", "am Ende"/u);
  });
});

describe('a struck Absatz label with a long sentence', () => {
  it('moves the Absatz’s text into its unit (the added text is the struck Absatz’s own, no reprint)', () => {
    const base =
      '§ 16 Inkrafttreten\n\n(1) Es gilt ab sofort.\n\n§ 17 Übergang\n\n(1) Die alte Satzung gilt bis zum Ende des laufenden Jahres fort.\n\n(2) Die Frist ist kurz.';
    const amendment = [
      '§ 17 wird wie folgt geändert:',
      'a) Absatz 2 wird aufgehoben.',
      'b) Die Absatzbezeichnung „(1)“ wird gestrichen.',
    ].join('\n');
    const unit = acceptAll(redline(base, amendment)).clauses[1]!;
    expect([unit.text, unit.children]).toEqual(['Die alte Satzung gilt bis zum Ende des laufenden Jahres fort.', []]);
  });
});
