/**
 * Several clauses replaced together by one text ("Die Ziffern 2 bis 3 des
 * Antrags werden ersetzt durch:" + a text with its own intro line and items):
 * the text takes their place, the base's lead and the other clauses stay —
 * only when its shape says it is one block (clauses-block.ts).
 */
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/pipeline/run.js';
import { refusalOf } from './refusal.js';
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

const refusal = (amendment: string): string => refusalOf(base, amendment);

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

  it('refuses clauses that are not consecutive, and other instructions beside it', () => {
    const block = 'Der Bauhof wird gebeten:\n1. Die Hecken zu schneiden.\n2. Die Wiese zu mähen.';
    expect(refusal(`Die Ziffern 1 und 3 werden ersetzt durch:\n${block}`)).toContain('no consecutive clauses');
    expect(refusal(`Die Ziffern 1 und 2 werden ersetzt durch:\n${block}\n\nZiffer 4 wird gestrichen.`)).toContain(
      'the one instruction of an amendment',
    );
    expect(refusal(`Ziffer 4 wird gestrichen.\n\nDie Ziffern 1 und 2 werden ersetzt durch:\n${block}`)).toContain(
      'the one instruction of an amendment',
    );
  });

  it('refuses a text whose shape does not say it is one block (no intro line with a colon, no list from its start)', () => {
    for (const text of [
      'Der Bauhof wird gebeten.\n1. Die Hecken zu schneiden.\n2. Die Wiese zu mähen.',
      'Der Bauhof wird gebeten:\n2. Die Hecken zu schneiden.\n3. Die Wiese zu mähen.',
      'Der Bauhof wird gebeten:\nDie Hecken sind zu schneiden.',
      'Der Bauhof schneidet die Hecken und mäht die Wiese.',
    ])
      expect(refusal(`Die Ziffern 2 bis 3 werden ersetzt durch:\n${text}`)).toContain('does not hold them one by one');
  });

  it('still reads one new wording per clause when the text holds exactly their labels', () => {
    const amended = acceptAll(
      redline(
        base,
        'Die Ziffern 2 bis 3 werden ersetzt durch:\n2. Die Pflege übernimmt ein Verein.\n3. Die Kosten trägt der Verein.',
      ),
    );
    expect(lines(amended.clauses)).toEqual([
      '1. Die Gemeinde legt einen Obstgarten an.',
      '2. Die Pflege übernimmt ein Verein.',
      '3. Die Kosten trägt der Verein.',
      '4. Der Ausschuss wird jährlich unterrichtet.',
    ]);
  });

  it('splits a numbered list run on in one line only at the next numbers after a sentence end', () => {
    expect(runOnItemsSplit('1. Erstens. 2. Zweitens am 3. Mai. 3. Drittens.')).toBe(
      '1. Erstens.\n2. Zweitens am 3. Mai.\n3. Drittens.',
    );
    expect(runOnItemsSplit('Am 1. Mai. 2. Tag.')).toBe('Am 1. Mai. 2. Tag.');
  });
});
