/**
 * Several clauses replaced together by one text ("Die Ziffern 2 bis 3 des
 * Antrags werden ersetzt durch:" + a text with its own intro line and items):
 * the text takes their place, the base's lead and the other clauses stay.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../src/errors.js';
import { redline } from '../../src/pipeline/run.js';
import { acceptAll } from '../../src/redline/model.js';
import type { Clause } from '../../src/model.js';
import { runOnItemsSplit } from '../../src/pipeline/clause-range.js';

const base = `Der Gemeinderat möge beschließen:

1. Die Gemeinde legt einen Obstgarten an.
2. Die Pflege übernimmt der Bauhof.
3. Die Kosten trägt der Haushalt 2025.
4. Der Ausschuss wird jährlich unterrichtet.`;

/** The clauses in document order, label and text (the diff may nest the new items under their intro or not). */
const lines = (clauses: readonly Clause[]): string[] =>
  clauses.flatMap((c) => [`${c.label} ${c.text}`.trim(), ...lines(c.children)]);

function refusal(amendment: string): string {
  try {
    redline(base, amendment);
  } catch (error) {
    expect(error).toBeInstanceOf(InstructionError);
    return (error as InstructionError).message;
  }
  throw new Error('no refusal');
}

describe('several clauses replaced by one text', () => {
  it('puts the text with its intro line and run-on items in place of the clauses', () => {
    const amended = acceptAll(
      redline(
        base,
        'Die Ziffern 2 bis 3 des Antrags werden ersetzt durch:\nDer Bauhof wird gebeten:\n1. Die Bäume zu schneiden. 2. Die Wiese zu mähen.',
      ),
    );
    expect(amended.lead).toBe('Der Gemeinderat möge beschließen:');
    expect(lines(amended.clauses)).toEqual([
      '1. Die Gemeinde legt einen Obstgarten an.',
      'Der Bauhof wird gebeten:',
      '1. Die Bäume zu schneiden.',
      '2. Die Wiese zu mähen.',
      '4. Der Ausschuss wird jährlich unterrichtet.',
    ]);
  });

  it('replaces Absätze of a § named as a list, a label glued to its text read as a label', () => {
    const statute = `Geschäftsordnung des Vereins\n\n§ 3 Sitzungen\n\n(1) Der Vorstand lädt ein.\n\n(2) Die Frist beträgt zwei Wochen.\n\n(3) Gäste sind willkommen.\n\n§ 4 Wahlen\n\n(1) Gewählt wird geheim.\n\n(2) Es entscheidet die Mehrheit.`;
    const amended = acceptAll(
      redline(
        statute,
        'Ersetze § 3 Abs. 1 und 2 durch:\n(1)Die Vorsitzende lädt ein.\n(2) Die Frist beträgt zehn Tage.',
      ),
    );
    expect(lines(amended.clauses)).toEqual([
      '§ 3',
      '(1) Die Vorsitzende lädt ein.',
      '(2) Die Frist beträgt zehn Tage.',
      '(3) Gäste sind willkommen.',
      '§ 4',
      '(1) Gewählt wird geheim.',
      '(2) Es entscheidet die Mehrheit.',
    ]);
  });

  it('refuses clauses that are not consecutive, and other instructions beside it', () => {
    expect(refusal('Die Ziffern 1 und 3 werden ersetzt durch:\nDie Gemeinde pflanzt Hecken.')).toContain(
      'no consecutive clauses',
    );
    expect(
      refusal('Die Ziffern 1 und 2 werden ersetzt durch:\nDie Gemeinde pflanzt Hecken.\n\nZiffer 4 wird gestrichen.'),
    ).toContain('the one instruction of an amendment');
  });

  it('splits a numbered list run on in one line only at the next numbers after a sentence end', () => {
    expect(runOnItemsSplit('1. Erstens. 2. Zweitens am 3. Mai. 3. Drittens.')).toBe(
      '1. Erstens.\n2. Zweitens am 3. Mai.\n3. Drittens.',
    );
    expect(runOnItemsSplit('Am 1. Mai. 2. Tag.')).toBe('Am 1. Mai. 2. Tag.');
  });
});
