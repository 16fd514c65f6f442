/**
 * toInstructions writes a changed title as a sentence the reader reads back:
 * applying the written instructions to the base gives the redline's amended
 * resolution, title included; toMarkdown/parseRedline keep it too.
 */
import { describe, expect, it } from 'vitest';
import { expectReadsBack } from './reads-back.js';
import { applyAmendment } from '../../../src/amend/apply.js';
import type { Change } from '../../../src/model.js';
import { parseResolution } from '../../../src/parse/resolution.js';
import { toInstructions } from '../../../src/render/instructions.js';
import { diffResolutions } from '../../../src/diff/resolutions.js';

const base = parseResolution(`Ordnung für die Nutzung der Sporthalle Wiesengrund

§ 1 Geltung

Die Ordnung gilt für alle Nutzer.

§ 2 Zeiten

Die Halle ist werktags geöffnet.`);

const cases: Array<[string, Change[]]> = [
  ['words of the title replaced', [{ op: 'replace', clause: '', old: 'Nutzung', new: 'Benutzung', part: 'title' }]],
  ['a new title', [{ op: 'rewrite', clause: '', new: 'Hallenordnung Wiesengrund', part: 'title' }]],
  ['a struck title', [{ op: 'rewrite', clause: '', new: '', part: 'title' }]],
  [
    'the title and a text',
    [
      { op: 'insert', clause: '', new: '(Hallenordnung)', part: 'title' },
      { op: 'replace', clause: '§ 2', old: 'werktags', new: 'täglich' },
    ],
  ],
];

describe('title changes in the written instructions and the redline form', () => {
  it.each(cases)('%s reads back and applies to the same resolution', (_, changes) => {
    expectReadsBack(base, changes);
  });

  it('writes the title sentences', () => {
    expect(toInstructions(applyAmendment(base, cases[1]![1]))).toBe(
      '1. Der Titel wird wie folgt gefasst: „Hallenordnung Wiesengrund“',
    );
    expect(toInstructions(applyAmendment(base, cases[2]![1]))).toBe('1. Der Titel wird gestrichen.');
  });

  it('refuses a title the base does not have', () => {
    const { title: _title, ...untitled } = base;
    expect(() => toInstructions(diffResolutions(untitled, base))).toThrow(/a title .* its base does not have/u);
  });
});
