import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstructionError, RedlineError } from '../../src/errors.js';
import type { Change } from '../../src/model.js';
import { parseAmendment } from '../../src/instructions/read.js';
import { expectLinearGrowth } from '../timing.js';

const changes = (text: string): Change[] => parseAmendment(text).changes;

function instructionError(text: string): InstructionError {
  try {
    parseAmendment(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InstructionError);
    return error as InstructionError;
  }
  throw new Error(`no error for ${text}`);
}

describe('parseAmendment: replacements', () => {
  it.each([
    [
      'In Ziffer 3 wird das Wort „vierteljährlich“ durch das Wort „halbjährlich“ ersetzt.',
      'vierteljährlich',
      'halbjährlich',
    ],
    [
      'In Ziffer 3 werden die Wörter „die Presse“ durch die Wörter „das Amtsblatt“ ersetzt.',
      'die Presse',
      'das Amtsblatt',
    ],
    [
      'In Ziffer 3 werden die Worte „die Presse“ durch die Worte „das Amtsblatt“ ersetzt.',
      'die Presse',
      'das Amtsblatt',
    ],
    ['In Ziffer 3 wird die Angabe „2024“ durch die Angabe „2025“ ersetzt.', '2024', '2025'],
    ['In Ziffer 3 werden die Angaben „10 Euro“ durch die Angaben „12 Euro“ ersetzt.', '10 Euro', '12 Euro'],
    [
      'In Ziffer 3 wird die Passage „bis Ende 2024“ durch die Passage „bis Mitte 2025“ ersetzt.',
      'bis Ende 2024',
      'bis Mitte 2025',
    ],
    ['In Ziffer 3 wird „X“ ersetzt durch „Y“.', 'X', 'Y'],
    ['In Ziffer 3 wird das Wort „X“ durch „Y“ ersetzt.', 'X', 'Y'],
    ['Ersetze in Ziffer 3 „X“ durch „Y“.', 'X', 'Y'],
    ['In Ziffer 3 wird anstelle des Wortes „X“ das Wort „Y“ eingesetzt.', 'X', 'Y'],
  ])('%s', (text, old, neu) => {
    expect(changes(text)).toEqual([{ op: 'replace', clause: 'Ziffer 3', old, new: neu }]);
  });

  it('reads two edits in one sentence', () => {
    expect(
      changes('In Ziffer 5 werden die Worte „A“ durch das Wort „B“ und das Wort „C“ durch das Wort „D“ ersetzt.'),
    ).toEqual([
      { op: 'replace', clause: 'Ziffer 5', old: 'A', new: 'B' },
      { op: 'replace', clause: 'Ziffer 5', old: 'C', new: 'D' },
    ]);
  });

  it('reads an occurrence ("das zweite Wort", "das 2. Wort")', () => {
    expect(changes('In Ziffer 1 wird das zweite Wort „die“ durch das Wort „der“ ersetzt.')).toEqual([
      { op: 'replace', clause: 'Ziffer 1', old: 'die', new: 'der', occurrence: 2 },
    ]);
    expect(changes('In Ziffer 1 wird das 3. Wort „die“ gestrichen.')).toEqual([
      { op: 'delete', clause: 'Ziffer 1', old: 'die', occurrence: 3 },
    ]);
  });
});

describe('parseAmendment: deletions', () => {
  it.each([
    ['In Ziffer 2 wird das Wort „zunächst“ gestrichen.', [{ op: 'delete', clause: 'Ziffer 2', old: 'zunächst' }]],
    [
      'In Ziffer 2 werden die Wörter „A“ und „B“ gestrichen.',
      [
        { op: 'delete', clause: 'Ziffer 2', old: 'A' },
        { op: 'delete', clause: 'Ziffer 2', old: 'B' },
      ],
    ],
    ['Ziffer 6 wird (ersatzlos) gestrichen.', [{ op: 'removeClause', clause: 'Ziffer 6' }]],
    ['Ziffer 6 wird ersatzlos gestrichen.', [{ op: 'removeClause', clause: 'Ziffer 6' }]],
    ['Ziffer 1 der Vorlage wird gestrichen.', [{ op: 'removeClause', clause: 'Ziffer 1' }]],
    ['Punkt 4 entfällt.', [{ op: 'removeClause', clause: 'Punkt 4' }]],
    ['Punkt 4 fällt weg.', [{ op: 'removeClause', clause: 'Punkt 4' }]],
    [
      'Die Ziffern 4 und 5 werden gestrichen.',
      [
        { op: 'removeClause', clause: 'Ziffer 4' },
        { op: 'removeClause', clause: 'Ziffer 5' },
      ],
    ],
    [
      'Die Ziffern 4 bis 6 werden gestrichen.',
      ['4', '5', '6'].map((n) => ({ op: 'removeClause', clause: `Ziffer ${n}` })),
    ],
    ['Punkt 2 b) entfällt.', [{ op: 'removeClause', clause: 'Punkt 2 Buchstabe b' }]],
    ['In Ziffer 3 wird der letzte Satz gestrichen.', [{ op: 'removeClause', clause: 'Ziffer 3 letzter Satz' }]],
    [
      'In Ziffer 3 werden die Sätze 2 und 3 gestrichen.',
      [
        { op: 'removeClause', clause: 'Ziffer 3 Satz 2' },
        { op: 'removeClause', clause: 'Ziffer 3 Satz 3' },
      ],
    ],
    ['Streiche in Ziffer 2: „zunächst“', [{ op: 'delete', clause: 'Ziffer 2', old: 'zunächst' }]],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });
});

describe('parseAmendment: insertions', () => {
  it.each([
    [
      'In Ziffer 1 werden nach dem Wort „X“ die Wörter „Y Z“ eingefügt.',
      { op: 'insert', clause: 'Ziffer 1', after: 'X', new: 'Y Z' },
    ],
    [
      'In Ziffer 1 werden hinter den Worten „X“ die Worte „Y“ ergänzt.',
      { op: 'insert', clause: 'Ziffer 1', after: 'X', new: 'Y' },
    ],
    [
      'In Ziffer 1 wird vor dem Wort „X“ das Wort „Y“ eingefügt.',
      { op: 'insert', clause: 'Ziffer 1', before: 'X', new: 'Y' },
    ],
    [
      'In Ziffer 1 wird nach der Angabe „2024“ die Angabe „, spätestens 2025“ eingefügt.',
      { op: 'insert', clause: 'Ziffer 1', after: '2024', new: ', spätestens 2025' },
    ],
    [
      'In Ziffer 3 wird ergänzt: „Der Rat wird beteiligt.“',
      { op: 'insert', clause: 'Ziffer 3', new: 'Der Rat wird beteiligt.' },
    ],
    [
      'Der Ziffer 1 wird folgender Satz angefügt: „Der Rat wird beteiligt.“',
      { op: 'insert', clause: 'Ziffer 1', new: 'Der Rat wird beteiligt.' },
    ],
    [
      'In Ziffer 3 wird nach Satz 2 folgender Satz eingefügt: „Neu.“',
      { op: 'insert', clause: 'Ziffer 3 Satz 2', new: 'Neu.' },
    ],
    [
      'Der Ziffer 2 wird folgender Absatz angefügt: „Neuer Absatz.“',
      { op: 'insert', clause: 'Ziffer 2', new: '\n\nNeuer Absatz.' },
    ],
    ['Füge nach „Köln“ ein: „und Umgebung“', { op: 'insert', clause: '', after: 'Köln', new: 'und Umgebung' }],
    [
      'In Ziffer 3 wird nach dem zweiten Wort „die“ das Wort „neue“ eingefügt.',
      { op: 'insert', clause: 'Ziffer 3', after: 'die', new: 'neue', occurrence: 2 },
    ],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual([expected]);
  });

  it('reads two insertions in one sentence', () => {
    expect(
      changes('In Ziffer 1 wird nach dem Wort „A“ das Wort „B“ und nach dem Wort „C“ das Wort „D“ eingefügt.'),
    ).toEqual([
      { op: 'insert', clause: 'Ziffer 1', after: 'A', new: 'B' },
      { op: 'insert', clause: 'Ziffer 1', after: 'C', new: 'D' },
    ]);
  });

  it('turns "vor Satz n" into an insertion after sentence n − 1', () => {
    expect(changes('In Ziffer 3 wird vor Satz 3 folgender Satz eingefügt: „Neu.“')).toEqual([
      { op: 'insert', clause: 'Ziffer 3 Satz 2', new: 'Neu.' },
    ]);
  });
});

describe('parseAmendment: rewrites', () => {
  it.each([
    ['Ziffer 2 erhält folgende Fassung: „Neu.“', 'Ziffer 2', 'Neu.'],
    ['Ziffer 2 erhält die folgende neue Fassung: „Neu.“', 'Ziffer 2', 'Neu.'],
    ['Ziffer 8, Satz 1 wird wie folgt neu gefasst: „Neu.“', 'Ziffer 8 Satz 1', 'Neu.'],
    ['Ziffer 2 wird wie folgt gefasst: „Neu.“', 'Ziffer 2', 'Neu.'],
    ['Ziffer 2 lautet künftig: „Neu.“', 'Ziffer 2', 'Neu.'],
    ['Ziffer 2 wird durch folgenden Text ersetzt: „Neu.“', 'Ziffer 2', 'Neu.'],
    ['Die Ziffer 1 wird wie folgt geändert: Die Stadt baut. Sie plant.', 'Ziffer 1', 'Die Stadt baut. Sie plant.'],
    ['Die Ziffer 1 wird wie folgt geändert:\n\nDie Stadt\nbaut.', 'Ziffer 1', 'Die Stadt baut.'],
    ['Im letzten Satz der Ziffer 3 wird der Text wie folgt neu gefasst: „Neu.“', 'Ziffer 3 letzter Satz', 'Neu.'],
    ['§ 4 Abs. 6 Satz 1 erhält folgende Fassung: „Neu.“', '§ 4 Absatz 6 Satz 1', 'Neu.'],
  ])('%s', (text, clause, neu) => {
    expect(changes(text)).toEqual([{ op: 'rewrite', clause, new: neu }]);
  });

  it('keeps nested quotations in the new wording', () => {
    expect(changes('Ziffer 2 erhält folgende Fassung: „Der Rat beschließt das Programm „Grüne Dächer“.“')).toEqual([
      { op: 'rewrite', clause: 'Ziffer 2', new: 'Der Rat beschließt das Programm „Grüne Dächer“.' },
    ]);
  });

  it('reads a quotation that spans lines and paragraphs', () => {
    expect(changes('Ziffer 2 erhält folgende Fassung: „Die Stadt\nbaut.\n\nZweiter Absatz.“')).toEqual([
      { op: 'rewrite', clause: 'Ziffer 2', new: 'Die Stadt baut.\n\nZweiter Absatz.' },
    ]);
  });

  it('reads "wie folgt geändert:" followed by a list of instructions for that clause', () => {
    expect(
      changes(
        'Die Ziffer 1 wird wie folgt geändert:\na) Das Wort „X“ wird gestrichen.\nb) Nach dem Wort „Y“ wird das Wort „Z“ eingefügt.',
      ),
    ).toEqual([
      { op: 'delete', clause: 'Ziffer 1', old: 'X' },
      { op: 'insert', clause: 'Ziffer 1', after: 'Y', new: 'Z' },
    ]);
    expect(
      changes(
        '1. Ziffer 3 wird wie folgt geändert: Das Wort „X“ wird gestrichen. Satz 2 wird gestrichen.\n2. Ziffer 4 wird gestrichen.',
      ),
    ).toEqual([
      { op: 'delete', clause: 'Ziffer 3', old: 'X' },
      { op: 'removeClause', clause: 'Ziffer 3 Satz 2' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
  });
});

describe('parseAmendment: new clauses and renumbering', () => {
  it.each([
    [
      'Nach Ziffer 3 wird folgende Ziffer 3a eingefügt: „Neu.“',
      { op: 'addClause', after: 'Ziffer 3', label: '3a', new: 'Neu.' },
    ],
    [
      'Vor Ziffer 3 wird folgende Ziffer 2a eingefügt: „Neu.“',
      { op: 'addClause', before: 'Ziffer 3', label: '2a', new: 'Neu.' },
    ],
    ['Folgende Ziffer 5 wird angefügt: „Neu.“', { op: 'addClause', label: '5', new: 'Neu.' }],
    [
      'Es wird folgender neuer Punkt 7 ergänzt: Die Stadt prüft. Sie berichtet.',
      { op: 'addClause', label: '7', new: 'Die Stadt prüft. Sie berichtet.' },
    ],
    ['Als neue Ziffer 4 wird eingefügt: „Neu.“', { op: 'addClause', after: 'Ziffer 3', label: '4', new: 'Neu.' }],
    ['Als neue Ziffer 1 wird eingefügt: „Neu.“', { op: 'addClause', before: 'Ziffer 1', label: '1', new: 'Neu.' }],
    ['Folgende Ziffer wird angefügt: „Neu.“', { op: 'addClause', new: 'Neu.' }],
    [
      'In Ziffer 2 wird nach Buchstabe b folgender Buchstabe c eingefügt: „Neu.“',
      { op: 'addClause', after: 'Ziffer 2 Buchstabe b', label: 'c', new: 'Neu.' },
    ],
    [
      'Der Ziffer 2 wird folgender Buchstabe d angefügt: „Neu.“',
      { op: 'addClause', parent: 'Ziffer 2', label: 'd', new: 'Neu.' },
    ],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual([expected]);
  });

  it('reads "Ziffer 2 (neu): „…“ Ziffer 2 (alt) wird Ziffer 3."', () => {
    expect(parseAmendment('Ziffer 2 (neu): „Neu.“ Ziffer 2 (alt) wird Ziffer 3.')).toEqual({
      changes: [{ op: 'addClause', after: 'Ziffer 1', label: '2', new: 'Neu.' }],
      renumber: [{ clause: 'Ziffer 2', label: '3' }],
    });
  });

  it('reads explicit and follow-on renumbering', () => {
    expect(
      parseAmendment('Ziffer 5 wird gestrichen. Die bisherigen Ziffern 6 und 7 werden Ziffern 5 und 6.').renumber,
    ).toEqual([
      { clause: 'Ziffer 6', label: '5' },
      { clause: 'Ziffer 7', label: '6' },
    ]);
    expect(parseAmendment('Die bisherige Ziffer 4 wird zu Ziffer 5.').renumber).toEqual([
      { clause: 'Ziffer 4', label: '5' },
    ]);
    expect(
      parseAmendment('Ziffer 3 wird gestrichen. Die nachfolgenden Ziffern werden entsprechend neu nummeriert.')
        .renumber,
    ).toEqual([{ from: 'Ziffer 3' }]);
    expect(parseAmendment('Ziffer 3 entfällt. Die folgenden Ziffern verschieben sich entsprechend.').renumber).toEqual([
      { from: 'Ziffer 3' },
    ]);
  });
});

describe('parseAmendment: further phrasings', () => {
  it('splits a sentence that joins two instructions', () => {
    expect(parseAmendment('Ziffer 2 wird ersatzlos gestrichen, die bisherige Ziffer 3 wird Ziffer 2.')).toEqual({
      changes: [{ op: 'removeClause', clause: 'Ziffer 2' }],
      renumber: [{ clause: 'Ziffer 3', label: '2' }],
    });
    expect(changes('In Ziffer 2 wird das Wort „A“ gestrichen und die Ziffern 3 und 4 werden gestrichen.')).toEqual([
      { op: 'delete', clause: 'Ziffer 2', old: 'A' },
      { op: 'removeClause', clause: 'Ziffer 3' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
    expect(
      parseAmendment('Ziffer 2 wird gestrichen; die nachfolgenden Ziffern werden entsprechend neu nummeriert.')
        .renumber,
    ).toEqual([{ from: 'Ziffer 2' }]);
  });

  it.each([
    ['Ziffer 1 wird um folgenden Satz ergänzt: „Neu.“', { op: 'insert', clause: 'Ziffer 1', new: 'Neu.' }],
    ['Der Beschlussvorschlag wird um folgende Ziffer 7 ergänzt: „Neu.“', { op: 'addClause', label: '7', new: 'Neu.' }],
    [
      'Im Beschlussvorschlag wird unter Ziffer 2 das Wort „X“ gestrichen.',
      { op: 'delete', clause: 'Ziffer 2', old: 'X' },
    ],
    [
      'In Ziffer 3 wird hinter dem Wort „Stadt“ ein Komma eingefügt.',
      { op: 'insert', clause: 'Ziffer 3', after: 'Stadt', new: ',' },
    ],
    ['Der erste Satz der Ziffer 2 wird gestrichen.', { op: 'removeClause', clause: 'Ziffer 2 Satz 1' }],
    ['Der Text der Ziffer 2 wird ersetzt durch: „Neu.“', { op: 'rewrite', clause: 'Ziffer 2', new: 'Neu.' }],
    ['Die Wörter „A“ in Ziffer 3 werden gestrichen.', { op: 'delete', clause: 'Ziffer 3', old: 'A' }],
    [
      'Hinter Ziffer 3 wird eine neue Ziffer 4 eingefügt: „Neu.“',
      { op: 'addClause', after: 'Ziffer 3', label: '4', new: 'Neu.' },
    ],
  ])('%s', (text, expected) => {
    expect(changes(text)).toEqual([expected]);
  });
});

describe('parseAmendment: imperative party convention', () => {
  it('reads "Streiche: „…“ Ersetze durch: „…“" under a heading', () => {
    expect(changes('Zu Ziffer 2:\nStreiche: „alt“\nErsetze durch: „neu“')).toEqual([
      { op: 'replace', clause: 'Ziffer 2', old: 'alt', new: 'neu' },
    ]);
    expect(changes('Streiche: „alt“ Ersetze durch: „neu“')).toEqual([
      { op: 'replace', clause: '', old: 'alt', new: 'neu' },
    ]);
  });

  it('keeps a paragraph heading for a following list, and an item heading for its item only', () => {
    expect(changes('Zu Ziffer 3:\n\n- Streiche: „X“\n- Füge nach „Y“ ein: „Z“')).toEqual([
      { op: 'delete', clause: 'Ziffer 3', old: 'X' },
      { op: 'insert', clause: 'Ziffer 3', after: 'Y', new: 'Z' },
    ]);
    expect(changes('1. Zu Ziffer 3: Streiche: „X“\n2. Streiche: „Y“')).toEqual([
      { op: 'delete', clause: 'Ziffer 3', old: 'X' },
      { op: 'delete', clause: '', old: 'Y' },
    ]);
  });

  it('reads "Füge nach „…“ ein: „…“" and a heading for the whole clause', () => {
    expect(changes('Ziffer 4:\nFüge nach „Rat“ ein: „frühzeitig“')).toEqual([
      { op: 'insert', clause: 'Ziffer 4', after: 'Rat', new: 'frühzeitig' },
    ]);
    expect(changes('Zu Ziffer 4: Ersetze durch: „Neu.“')).toEqual([{ op: 'rewrite', clause: 'Ziffer 4', new: 'Neu.' }]);
  });
});

describe('parseAmendment: documents', () => {
  const document = `# Änderungsantrag der Fraktion Beispiel

AN/0815/2024

Sehr geehrte Damen und Herren,

der Beschlussvorschlag wird wie folgt geändert:

1. In Ziffer 2 wird das Wort „A“ gestrichen.
2. Ziffer 4 wird gestrichen.

Begründung:

Das Wort „A“ wird nicht gebraucht. Ziffer 4 wird gestrichen, weil sie erledigt ist.

Mit freundlichen Grüßen`;

  it('reads the instructions between the announcement and the rationale, with title and file number', () => {
    expect(parseAmendment(document)).toEqual({
      id: 'AN/0815/2024',
      title: 'Änderungsantrag der Fraktion Beispiel',
      reference: 'AN/0815/2024',
      kind: 'Änderungsantrag',
      movers: 'Fraktion Beispiel',
      changes: [
        { op: 'delete', clause: 'Ziffer 2', old: 'A' },
        { op: 'removeClause', clause: 'Ziffer 4' },
      ],
    });
  });

  it('reads numbered instructions on one line and on separate lines', () => {
    const expected = [
      { op: 'delete', clause: 'Ziffer 2', old: 'A' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ];
    expect(changes('1. In Ziffer 2 wird das Wort „A“ gestrichen.  2. Ziffer 4 wird gestrichen.')).toEqual(expected);
    expect(changes('1) In Ziffer 2 wird das Wort „A“ gestrichen.\n2) Ziffer 4 wird gestrichen.')).toEqual(expected);
    expect(changes('- In Ziffer 2 wird das Wort „A“ gestrichen.\n- Ziffer 4 wird gestrichen.')).toEqual(expected);
  });

  it('reads a quotation whose text looks like a numbered list', () => {
    expect(
      changes('1. Ziffer 2 erhält folgende Fassung: „Die Stadt:\n1. baut,\n2. plant.“\n2. Ziffer 4 wird gestrichen.'),
    ).toEqual([
      { op: 'rewrite', clause: 'Ziffer 2', new: 'Die Stadt: 1. baut, 2. plant.' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
  });

  it('reads Windows line ends', () => {
    expect(
      changes(
        'Der Beschlussvorschlag wird wie folgt geändert:\r\n\r\n1. In Ziffer 2 wird das Wort „A“ gestrichen.\r\n2. Ziffer 4 wird gestrichen.\r\n',
      ),
    ).toEqual([
      { op: 'delete', clause: 'Ziffer 2', old: 'A' },
      { op: 'removeClause', clause: 'Ziffer 4' },
    ]);
  });

  it('reads a heading line without an announcement', () => {
    expect(parseAmendment('Änderungsantrag zu TOP 6.1\n\nZiffer 4 wird gestrichen.')).toEqual({
      title: 'Änderungsantrag zu TOP 6.1',
      kind: 'Änderungsantrag',
      amends: 'TOP 6.1',
      changes: [{ op: 'removeClause', clause: 'Ziffer 4' }],
    });
  });

  it('reads „“, "", “” and »« quotes alike', () => {
    const expected = [{ op: 'replace', clause: 'Ziffer 3', old: 'X', new: 'Y' }];
    for (const [o, c] of [
      ['„', '“'],
      ['"', '"'],
      ['“', '”'],
      ['»', '«'],
    ]) {
      expect(changes(`In Ziffer 3 wird das Wort ${o}X${c} durch das Wort ${o}Y${c} ersetzt.`)).toEqual(expected);
    }
  });
});

describe('parseAmendment: references', () => {
  it.each([
    ['In Ziffer 2 Buchstabe b', 'Ziffer 2 Buchstabe b'],
    ['In Punkt 2 b)', 'Punkt 2 Buchstabe b'],
    ['In Nr. 3', 'Nr. 3'],
    ['In Ziffer 3a', 'Ziffer 3a'],
    ['In Ziffer II', 'Ziffer II'],
    ['In Ziffer 3 Absatz 2', 'Ziffer 3 Absatz 2'],
    ['In Ziffer 3 Absatz 2 Satz 1', 'Ziffer 3 Absatz 2 Satz 1'],
    ['In § 4 Abs. 6 Satz 1', '§ 4 Absatz 6 Satz 1'],
    ['In Satz 2 der Ziffer 3', 'Ziffer 3 Satz 2'],
    ['Im zweiten Satz von Ziffer 3', 'Ziffer 3 Satz 2'],
    ['In Ziffer 3, letzter Satz,', 'Ziffer 3 letzter Satz'],
    ['Im Beschlusstext', ''],
    ['Im Beschlussvorschlag', ''],
    ['In der Ziffer 2 (alt)', 'Ziffer 2'],
    ['Im 2. Spiegelstrich der Ziffer 4', 'Ziffer 4 Spiegelstrich 2'],
  ])('%s …', (reference, clause) => {
    expect(changes(`${reference} wird das Wort „X“ gestrichen.`)).toEqual([{ op: 'delete', clause, old: 'X' }]);
  });
});

describe('parseAmendment: what it refuses', () => {
  it('names the sentence and its offset for an unknown word', () => {
    const text = 'In Ziffer 2 wird das Wort „A“ gestrichen. In Ziffer 3 wird das Wort „B“ vielleicht gestrichen.';
    const error = instructionError(text);
    expect(error.code).toBe('instruction-not-understood');
    expect(error.offset).toBe(42);
    expect(error.sentence).toBe('In Ziffer 3 wird das Wort „B“ vielleicht gestrichen.');
    expect(error.message).toContain('„In Ziffer 3 wird das Wort „B“ vielleicht gestrichen.“');
    expect(error.message).toContain('vielleicht');
  });

  it.each([
    ['In Ziffer 3 wird das Wort „X“ nicht gestrichen.', 'nicht'],
    ['Ziffer 3 wird jeweils gestrichen.', 'jeweils'],
    ['In Ziffer 3 wird das Wort X gestrichen.', 'X'],
    ['In Ziffer 3 wird das Wort „X“ durch die Wörter „Y“ und „Z“ ersetzt.', 'as many new passages'],
    ['Der Beschlussvorschlag erhält folgende Fassung: „Alles neu.“', 'rewrite form'],
    ['In Ziffer 3 wird das letzte Wort „X“ gestrichen.', 'letzte'],
    ['Ziffer wird gestrichen.', 'needs a number'],
    ['Ersetze durch: „Y“', 'Streiche'],
    ['Ziffer 3 wird geändert.', 'new wording'],
    ['Sehr geehrte Damen und Herren,\n\nZiffer 3 wird irgendwie gestrichen.', 'irgendwie'],
    ['In Ziffer 3 wird „X', 'never closed'],
  ])('%s', (text, reason) => {
    expect(instructionError(text).message.toLowerCase()).toContain(reason.toLowerCase());
  });

  it('never drops an unreadable item of a list', () => {
    const error = instructionError(
      '1. Ziffer 2 wird gestrichen.\n2. Ziffer 3 wird verschoben.\n3. Ziffer 4 wird gestrichen.',
    );
    expect(error.sentence).toBe('Ziffer 3 wird verschoben.');
    expect(error.offset).toBe(32);
  });

  it('says so when there is no instruction at all', () => {
    expect(instructionError('   ').message).toContain('no instruction');
  });

  it('throws RedlineError invalid-input for a non-string', () => {
    expect(() => parseAmendment(42 as unknown as string)).toThrow(RedlineError);
    expect(() => parseAmendment(null as unknown as string)).toThrow(/must be a string/);
  });
});

/** Writes a change as the German instruction a clerk would write (the test's own writer). */
function write(change: Change): string {
  const q = (s: string): string => `„${s}“`;
  switch (change.op) {
    case 'replace':
      return `In ${change.clause} werden die Wörter ${q(change.old)} durch die Wörter ${q(change.new)} ersetzt.`;
    case 'delete':
      return `In ${change.clause} wird die Passage ${q(change.old)} gestrichen.`;
    case 'insert':
      return change.after !== undefined
        ? `In ${change.clause} wird nach dem Wort ${q(change.after)} die Angabe ${q(change.new)} eingefügt.`
        : `In ${change.clause} wird ergänzt: ${q(change.new)}`;
    case 'rewrite':
      return `${change.clause} erhält folgende Fassung: ${q(change.new)}`;
    case 'removeClause':
      return `${change.clause} wird gestrichen.`;
    case 'addClause':
      return `Nach ${change.after} wird folgende Ziffer ${change.label} eingefügt: ${q(change.new)}`;
  }
}

describe('parseAmendment reads back what a clerk writes (property)', () => {
  const text = fc
    .array(
      fc.constantFrom(
        'Die',
        'Stadt',
        'prüft,',
        'ob',
        'z. B.',
        '2024',
        'Nr. 3',
        'gestrichen',
        'Ziffer 4',
        'ersetzt:',
        'Satz.',
        '(neu)',
        '„Grüne Dächer“',
        'Bürger*innen',
        'wird',
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((w) => w.join(' '));
  const clause = fc.constantFrom(
    'Ziffer 1',
    'Ziffer 12',
    'Punkt 3',
    'Ziffer 2 Buchstabe b',
    'Ziffer 4 Satz 2',
    'Ziffer 5 letzter Satz',
    'Nr. 7',
  );
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ op: fc.constant('replace' as const), clause, old: text, new: text }),
    fc.record({ op: fc.constant('delete' as const), clause, old: text }),
    fc.record({ op: fc.constant('insert' as const), clause, after: text, new: text }),
    fc.record({ op: fc.constant('insert' as const), clause, new: text }),
    fc.record({ op: fc.constant('rewrite' as const), clause, new: text }),
    fc.record({
      op: fc.constant('removeClause' as const),
      clause: fc.constantFrom('Ziffer 1', 'Punkt 3', 'Ziffer 2 Buchstabe b'),
    }),
    fc.record({
      op: fc.constant('addClause' as const),
      after: fc.constantFrom('Ziffer 1', 'Ziffer 12'),
      label: fc.constantFrom('1a', '13', '2b'),
      new: text,
    }),
  );

  it('as a numbered list', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 5 }), (list) => {
        const source = list.map((c, i) => `${i + 1}. ${write(c)}`).join('\n');
        expect(parseAmendment(source).changes).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('as running sentences inside a document', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 5 }), (list) => {
        const source = `Änderungsantrag\n\nDer Beschlussvorschlag wird wie folgt geändert:\n\n${list.map(write).join(' ')}\n\nBegründung: Ziffer 9 wird gestrichen.`;
        expect(parseAmendment(source).changes).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseAmendment: hostile input stays linear', () => {
  const run = (make: (n: number) => string): void => {
    const call = (source: string) => () => {
      try {
        parseAmendment(source);
      } catch (error) {
        if (!(error instanceof RedlineError)) throw error;
      }
    };
    // A linear reader takes ~10× for 10× the input.
    expectLinearGrowth('parseAmendment', call(make(500)), call(make(5000)), 10);
  };

  it('many instructions', () => run((n) => 'In Ziffer 3 wird das Wort „X“ durch das Wort „Y“ ersetzt. '.repeat(n)));
  it('deeply nested quotations', () =>
    run((n) => `Ziffer 2 erhält folgende Fassung: ${'„a '.repeat(n)}${'“'.repeat(n)}`));
  it('an unclosed quotation after much text', () => run((n) => `${'Ziffer 2 wird gestrichen. '.repeat(n)}„offen`));
  it('an endless list of references', () =>
    run((n) => `Die Ziffern ${Array.from({ length: n }, (_, i) => i + 1).join(', ')} werden gestrichen.`));
  it('many colons and headings', () => run((n) => 'Zu Ziffer 3: '.repeat(n) + 'Streiche: „X“'));
});

describe('parseAmendment on thousands of instructions', () => {
  /** The mixed instructions of the hostile suite: deletions, new clauses with a quoted text, insertions after a word. */
  const mixed = (n: number): string =>
    Array.from({ length: n }, (_, i) =>
      i % 3 === 0
        ? `Ziffer ${i + 1} wird gestrichen.`
        : i % 3 === 1
          ? `Nach Ziffer ${i} wird folgende Ziffer ${i}a eingefügt: „Neu ${i}.“`
          : `In Ziffer ${i} wird nach dem Wort „die“ das Wort „neue“ eingefügt.`,
    ).join('\n');

  it('reads every instruction', () => {
    const result = parseAmendment(mixed(300));
    expect(result.changes).toHaveLength(300);
    expect(result.changes[1]).toEqual({ op: 'addClause', after: 'Ziffer 1', label: '1a', new: 'Neu 1.' });
    expect(result.changes[299]).toEqual({ op: 'insert', clause: 'Ziffer 299', after: 'die', new: 'neue' });
  });

  it('takes about linear time: 3,000 instructions cost well under 16× of 750', () => {
    // Before the fix every unit walked every quotation of the document (750: 35 ms, 3,000: 522 ms, ≈ 15×).
    const small = mixed(750);
    const large = mixed(3000);
    expectLinearGrowth(
      'parseAmendment of mixed instructions',
      () => parseAmendment(small),
      () => parseAmendment(large),
      4,
    );
  });
});
