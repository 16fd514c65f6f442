/**
 * toInstructions writes a changed heading as a sentence the reader reads
 * back: applying the written instructions to the base gives the redline's
 * amended resolution, headings included; toMarkdown/parseRedline keep it too.
 */
import { describe, expect, it } from 'vitest';
import { expectReadsBack } from './reads-back.js';
import { applyAmendment } from '../../../src/amend/apply.js';
import type { Change } from '../../../src/model.js';
import { parseResolution } from '../../../src/parse/resolution.js';
import { toInstructions } from '../../../src/render/instructions.js';

const base = parseResolution(`§ 1 Name und Sitz

Der Verein heißt Chorgemeinschaft Auetal.

§ 2 Mitgliedschaft

Mitglied kann jede Person werden.

§ 3 Beiträge und Umlagen

Die Mitglieder zahlen Beiträge.`);

const cases: Array<[string, Change[]]> = [
  ['a new heading', [{ op: 'replace', clause: '§ 1', old: 'und Sitz', new: ', Sitz und Zweck', part: 'heading' }]],
  ['a struck heading', [{ op: 'rewrite', clause: '§ 3', new: '', part: 'heading' }]],
  [
    'a heading and the text of the same unit',
    [
      { op: 'rewrite', clause: '§ 2', new: 'Erwerb der Mitgliedschaft', part: 'heading' },
      { op: 'replace', clause: '§ 2', old: 'jede Person', new: 'jede natürliche Person' },
    ],
  ],
];

describe('heading changes in the written instructions and the redline form', () => {
  it.each(cases)('%s reads back and applies to the same resolution', (_, changes) => {
    expectReadsBack(base, changes);
  });

  it('writes the heading sentences', () => {
    expect(toInstructions(applyAmendment(base, cases[0]![1]))).toBe(
      '1. § 1 erhält folgende Überschrift: „Name, Sitz und Zweck“',
    );
    expect(toInstructions(applyAmendment(base, cases[1]![1]))).toBe('1. Die Überschrift von § 3 wird gestrichen.');
  });
});
