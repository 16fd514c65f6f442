/** Where a document name after a reference ends before the instruction's infinitive (references/documents.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, redline } from '../../src/index.js';

const BASE = [
  'Geschäftsordnung des Gemeinderats Seehofen',
  '',
  '§ 4 Ausschüsse',
  '',
  '(1) Der Gemeinderat bildet Ausschüsse.',
  '',
  '(2) Die Mitglieder können sich zu einer Gruppe zusammenschließen. Eine Gruppe besteht aus drei Mitgliedern.',
].join('\n');

const NEW = '“Die Mitglieder können sich zu einer Gruppe zusammenschließen. Eine Gruppe besteht aus zwei Mitgliedern.“';

describe('a document named after a reference, before "wie folgt … zu fassen"', () => {
  it('ends before "wie folgt", "neu zu" and "zu ändern", with "der", "seiner" or "ihrer"', () => {
    for (const said of [
      'Der Gemeinderat beschließt, § 4 Abs. 2 seiner Geschäftsordnung vom 12. Mai 2010 wie folgt neu zu fassen:',
      'Es wird beantragt, § 4 Abs. 2 der Geschäftsordnung wie folgt zu ändern:',
      'Die Versammlung beschließt, § 4 Abs. 2 ihrer Geschäftsordnung neu zu fassen:',
    ]) {
      const amended = acceptAll(
        redline(BASE, `Über diesen Punkt wurde unter TO A Beschluss gefasst.\n${said}\n${NEW}`),
      );
      expect(amended.clauses[0]!.children[1]!.text, said).toBe(
        'Die Mitglieder können sich zu einer Gruppe zusammenschließen. Eine Gruppe besteht aus zwei Mitgliedern.',
      );
    }
  });

  it('still names another document, which is refused', () => {
    expect(() =>
      redline(BASE, `Der Gemeinderat beschließt, § 4 Abs. 2 seiner Wahlordnung wie folgt neu zu fassen:\n${NEW}`),
    ).toThrow(/„Wahlordnung“/u);
  });
});
