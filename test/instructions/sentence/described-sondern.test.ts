/** "nicht X, sondern Y" described in a dass-clause without quotes (sentence/described-sondern.ts). */
import { describe, expect, it } from 'vitest';
import { acceptAll, parseAmendment, redline } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';

const BASE = [
  'Beschluss:',
  '',
  'Die Fähre verkehrt ab Mai stündlich. Der Bauhof wird beauftragt, die Anleger monatlich zu prüfen. Der Probebetrieb wird bis Ende 2025 verlängert.',
].join('\n');

const DESCRIPTIVE = /descriptive wish/u;

describe('"nicht X, sondern Y" in a dass-clause', () => {
  it('replaces X by Y, the verb chain after Y ending in an auxiliary', () => {
    expect(
      parseAmendment(
        'Satz 3 wird dahin modifiziert, dass der Probebetrieb nicht bis Ende 2025, sondern bis Mitte 2026 verlängert werden soll.',
      ).changes,
    ).toEqual([{ op: 'replace', clause: 'Satz 3', old: 'bis Ende 2025', new: 'bis Mitte 2026' }]);
  });

  it('takes as many words for Y as X has when only verbs follow', () => {
    expect(
      parseAmendment(
        'Satz 2 wird dahingehend geändert, dass der Bauhof die Anleger nicht monatlich, sondern wöchentlich prüft.',
      ).changes,
    ).toEqual([{ op: 'replace', clause: 'Satz 2', old: 'monatlich', new: 'wöchentlich' }]);
  });

  it('is applied by redline() where X stands once in the place', () => {
    const amended = acceptAll(
      redline(
        BASE,
        'Der Beschluss wird in Satz 3 dahin geändert, dass der Probebetrieb nicht bis Ende 2025, sondern bis Ende 2026 verlängert wird.',
      ),
    );
    expect(amended.clauses[0]!.text).toContain('Der Probebetrieb wird bis Ende 2026 verlängert.');
    expect(amended.clauses[0]!.text).toContain('Die Fähre verkehrt ab Mai stündlich.');
  });

  it('is refused by redline() when X is not in the place', () => {
    expect(() =>
      redline(
        BASE,
        'Satz 1 wird dahin geändert, dass der Probebetrieb nicht bis Ende 2025, sondern bis Ende 2026 verlängert wird.',
      ),
    ).toThrow(/bis Ende 2025/u);
  });

  it('stays a descriptive wish where Y is not read from the words', () => {
    for (const sentence of [
      // Y would run on into the object: "der Ausschuss die Zahlen".
      'Satz 2 wird dahingehend geändert, dass nicht der Bauhof, sondern der Fachdienst die Anleger prüfen soll.',
      // Y one word longer than X: "Mitglieder" is X's neighbour in the base, and would be doubled.
      'Satz 2 wird dahingehend geändert, dass der Bauhof nicht zwei, sondern drei Anleger prüfen soll.',
      // "nicht nur …, sondern auch …" adds, it replaces nothing.
      'Satz 2 wird dahingehend geändert, dass der Bauhof die Anleger nicht nur monatlich, sondern auch nach Sturm prüft.',
      // A capital after Y without an auxiliary: the words after Y are no verbs.
      'Satz 2 wird dahingehend geändert, dass der Bauhof nicht monatlich, sondern wöchentlich die Anleger prüft.',
      // No "sondern": a wish.
      'Satz 2 wird dahingehend geändert, dass die Anleger nicht mehr geprüft werden.',
    ])
      expect(() => parseAmendment(sentence), sentence).toThrow(DESCRIPTIVE);
  });

  it('keeps ", sondern" inside one instruction (no split at the comma)', () => {
    expect(() =>
      parseAmendment(
        'Satz 3 wird dahin geändert, dass der Probebetrieb nicht bis 2025, sondern bis 2026 verlängert wird.',
      ),
    ).not.toThrow(InstructionError);
  });
});
