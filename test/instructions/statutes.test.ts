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
  findClause,
  parseAmendment,
  parseResolution,
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
});
