/** The statute shapes of issue 11, part 1, one by one (the fixtures in fixtures/statutes/ combine them). */
import { describe, expect, it } from 'vitest';
import { parseResolution } from '../../src/index.js';
import type { Clause } from '../../src/model.js';

type Shape = [id: string, label: string, heading: string | undefined, text: string, children: Shape[]];
const shape = (clauses: readonly Clause[]): Shape[] =>
  clauses.map((c) => [c.id, c.label, c.heading, c.text, shape(c.children)]);

describe('statute shapes', () => {
  it.each([
    ['§ 7 Sitzungen', '§ 7', 'Sitzungen'],
    ['§ 7 – Sitzungen', '§ 7', 'Sitzungen'],
    ['§ 7a Sitzungen', '§ 7a', 'Sitzungen'],
    ['Art. 3 Aufgaben', 'Art. 3', 'Aufgaben'],
    ['Artikel 3 Aufgaben', 'Art. 3', 'Aufgaben'],
  ])('%j is a unit with its heading', (line, label, heading) => {
    const r = parseResolution(`${line}\n\n(1) Erster Absatz.\n\n(1a) Eingefügter Absatz.\n\n§ 9 Schluss\n\nEnde.`);
    const unit = r.clauses[0]!;
    expect([unit.label, unit.heading, unit.text]).toEqual([label, heading, '']);
    expect(unit.children.map((c) => [c.id, c.label, c.text])).toEqual([
      [`${unit.id}.1`, '(1)', 'Erster Absatz.'],
      [`${unit.id}.1a`, '(1a)', 'Eingefügter Absatz.'],
    ]);
  });

  it('holds items in Absätze, sections above units, and citation ids', () => {
    const r = parseResolution(
      [
        'Erster Abschnitt',
        'Allgemeines',
        '',
        '§ 1 Name',
        '',
        '(1) Mitglied kann werden:',
        '1. wer volljährig ist,',
        '   a) mit Wohnsitz im Land,',
        '2. wer zustimmt.',
        '',
        'Zweiter Abschnitt',
        'Organe',
        '',
        '§ 2 Vorstand',
        '',
        'Der Vorstand leitet.',
      ].join('\n'),
    );
    expect(shape(r.clauses)).toEqual([
      [
        'Abschnitt1',
        'Erster Abschnitt',
        'Allgemeines',
        '',
        [
          [
            '§1',
            '§ 1',
            'Name',
            '',
            [
              [
                '§1.1',
                '(1)',
                undefined,
                'Mitglied kann werden:',
                [
                  [
                    '§1.1.1',
                    '1.',
                    undefined,
                    'wer volljährig ist,',
                    [['§1.1.1.a', 'a)', undefined, 'mit Wohnsitz im Land,', []]],
                  ],
                  ['§1.1.2', '2.', undefined, 'wer zustimmt.', []],
                ],
              ],
            ],
          ],
        ],
      ],
      ['Abschnitt2', 'Zweiter Abschnitt', 'Organe', '', [['§2', '§ 2', 'Vorstand', 'Der Vorstand leitet.', []]]],
    ]);
  });

  it('starts a new unit at a § line right after an Absatz, and joins a hyphenated heading', () => {
    const r = parseResolution(
      ['§ 1 Ehrenamtliche Tätig-', 'keit', '', '(1) Erster Absatz.', '§ 2 Zweck', '(1) Zweiter.'].join('\n'),
      { dehyphenate: true },
    );
    expect(r.clauses.map((c) => [c.id, c.heading, c.children.map((k) => k.text)])).toEqual([
      ['§1', 'Ehrenamtliche Tätigkeit', ['Erster Absatz.']],
      ['§2', 'Zweck', ['Zweiter.']],
    ]);
  });
});
