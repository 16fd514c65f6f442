/**
 * Instructions to statutes (issue 11, part 2): "§ 3 wird wie folgt geändert:
 * a) Absatz 2 wird aufgehoben. b) In Absatz 3 …" reads its Absätze relative
 * to the §, "aufgehoben" removes (DECISIONS: no placeholder), and the
 * references resolve against a statute base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  applyAmendment,
  checkAmendment,
  diffResolutions,
  findClause,
  parseAmendment,
  parseResolution,
  toInstructions,
} from '../../src/index.js';

const base = parseResolution(
  readFileSync(new URL('../../fixtures/statutes/01-hauptsatzung-talbrueck.md', import.meta.url), 'utf8'),
);

describe('statute instructions', () => {
  it('reads the Absätze of "§ 3 wird wie folgt geändert:" as Absätze of § 3', () => {
    const amendment = parseAmendment(
      [
        '1. § 3 wird wie folgt geändert:',
        '   a) Absatz 2 wird aufgehoben.',
        '   b) In Absatz 3 Satz 1 wird das Wort „Bürgermeisterin“ durch das Wort „Verwaltung“ ersetzt.',
      ].join('\n'),
    );
    expect(amendment.changes).toEqual([
      { op: 'removeClause', clause: '§ 3 Absatz 2' },
      { op: 'replace', clause: '§ 3 Absatz 3 Satz 1', old: 'Bürgermeisterin', new: 'Verwaltung' },
    ]);
    expect(checkAmendment(base, amendment)).toEqual([]);
    const amended = acceptAll(applyAmendment(base, amendment));
    const before = findClause(base, '§ 3')!.children.length;
    expect(findClause(amended, '§ 3')!.children).toHaveLength(before - 1);
    expect(findClause(amended, '§3.3')!.text).toMatch(/Verwaltung/);
  });

  it('reads "Die bisherigen Absätze 3 und 4 werden Absätze 2 und 3" inside a § as Absätze of that §', () => {
    const amendment = parseAmendment(
      [
        '1. § 3 wird wie folgt geändert:',
        '   a) Absatz 2 wird aufgehoben.',
        '   b) Die bisherigen Absätze 3 und 4 werden Absätze 2 und 3.',
      ].join('\n'),
    );
    expect(amendment.renumber).toEqual([
      { clause: '§ 3 Absatz 3', label: '2' },
      { clause: '§ 3 Absatz 4', label: '3' },
    ]);
    expect(checkAmendment(base, amendment)).toEqual([]);
  });

  it.each([
    ['1. § 3 Absatz 2 wird aufgehoben.', { op: 'removeClause', clause: '§ 3 Absatz 2' }],
    ['1. In § 3 wird Absatz 2 gestrichen.', { op: 'removeClause', clause: '§ 3 Absatz 2' }],
    [
      '1. In § 6 Absatz 1 Nummer 1 wird die Angabe „250 000 Euro“ durch die Angabe „300 000 Euro“ ersetzt.',
      { op: 'replace', clause: '§ 6 Absatz 1 Nr. 1', old: '250 000 Euro', new: '300 000 Euro' },
    ],
    ['1. Nach § 4 wird folgender § 4a eingefügt: „Neu.“', { op: 'addClause', new: 'Neu.', after: '§ 4', label: '4a' }],
  ])('%s', (text, change) => {
    const amendment = parseAmendment(text);
    expect(amendment.changes).toEqual([change]);
    expect(checkAmendment(base, amendment)).toEqual([]);
  });

  it('toInstructions names statute places by citation, and its wording reads back', () => {
    const before = parseResolution(
      '§ 1 Name\n\n(1) Der Verein heißt A.\n\n(2) Er hat Sitz in B.\n\n§ 2 Zweck\n\nEr fördert C.',
    );
    const after = parseResolution(
      '§ 1 Name\n\n(1) Der Verein heißt A.\n\n(2) Er hat Sitz in D.\n\n(3) Neu ist das.\n\n§ 2 Zweck\n\nEr fördert E.',
    );
    const text = toInstructions(diffResolutions(before, after));
    expect(text.trimEnd()).toBe(
      [
        '1. In § 1 Absatz 2 wird das Wort „B“ durch das Wort „D“ ersetzt.',
        '2. In § 1 wird nach Absatz 2 folgender Absatz 3 eingefügt: „Neu ist das.“',
        '3. In § 2 wird das Wort „C“ durch das Wort „E“ ersetzt.',
      ].join('\n'),
    );
    const amended = acceptAll(applyAmendment(before, parseAmendment(text)));
    expect(findClause(amended, '§ 1 Absatz 3')?.text).toBe('Neu ist das.');
    expect(findClause(amended, '§ 2')?.text).toBe('Er fördert E.');
  });
});
