/**
 * The current wording quoted before the new one without a label
 * (src/pipeline/current-wording.ts): set aside only when it reprints the
 * cited place of the base word for word.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';

const STATUTE = `Satzung des Fördervereins Stadtbücherei Kranichfeld

§ 5 MITGLIEDERVERSAMMLUNG

(1) Die Mitgliederversammlung tagt einmal im Jahr.

(2) Anträge zur Tagesordnung sind vom Vorstand zu prüfen und den Mitgliedern eine Woche vorher zuzusenden.`;

const OLD =
  '§ 5 (2) Anträge zur Tagesordnung sind vom Vorstand zu prüfen und den Mitgliedern eine Woche vorher zuzusenden.';
const NEW =
  '§ 5 (2) Anträge zur Tagesordnung sind vom Vorstand zu prüfen und den Mitgliedern zwei Wochen vorher zuzusenden.';

describe('a current wording reprinted before "Ändern in:"', () => {
  it('is a quotation of the base, not an instruction: the new wording applies', () => {
    const result = acceptAll(
      redline(STATUTE, `Die Mitgliederversammlung möge beschließen:\n\n${OLD}\n\nÄndern in:\n\n${NEW}`),
    );
    const texts = result.clauses[0]!.children.map((c) => c.text);
    expect(texts).toEqual([
      'Die Mitgliederversammlung tagt einmal im Jahr.',
      'Anträge zur Tagesordnung sind vom Vorstand zu prüfen und den Mitgliedern zwei Wochen vorher zuzusenden.',
    ]);
  });

  it('is still refused when it differs from the base (it is then no reprint)', () => {
    const changed = OLD.replace('eine Woche', 'drei Tage');
    expect(() =>
      redline(STATUTE, `Die Mitgliederversammlung möge beschließen:\n\n${changed}\n\nÄndern in:\n\n${NEW}`),
    ).toThrow(InstructionError);
  });
});
