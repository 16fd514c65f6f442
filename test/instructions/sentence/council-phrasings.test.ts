/**
 * The phrasings councils actually use (issue 12 §3): each family with a
 * sentence of our own, read by `parseAmendment`, and where the place matters
 * applied to a small base.
 */
import { describe, expect, it } from 'vitest';
import { InstructionError } from '../../../src/errors.js';
import type { Change } from '../../../src/model.js';
import { parseAmendment } from '../../../src/instructions/read.js';
import { parseResolution } from '../../../src/parse/resolution.js';
import { applyAmendment } from '../../../src/amend/apply.js';
import { acceptAll } from '../../../src/redline/model.js';

const changes = (text: string): Change[] => parseAmendment(text).changes;

function refusal(text: string): string {
  try {
    parseAmendment(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InstructionError);
    return (error as InstructionError).message;
  }
  throw new Error(`no error for ${text}`);
}

/** The amended clause texts of `base` after `amendment`. */
function applied(base: string, amendment: string): string[] {
  return acceptAll(applyAmendment(parseResolution(base), parseAmendment(amendment))).clauses.map((c) => c.text);
}

describe('infinitive clauses inside prose and minutes', () => {
  it('reads "… beantragt, … durch … zu ersetzen"', () => {
    expect(
      changes(
        'Herr Weber beantragt, in der Nr. 2 die Worte „den Parkplatz“ durch die Worte „den Spielplatz“ zu ersetzen.',
      ),
    ).toEqual([{ op: 'replace', clause: 'Nr. 2', old: 'den Parkplatz', new: 'den Spielplatz' }]);
  });

  it('reads "…, die Ziffer 1 wie folgt zu ergänzen: „…“" as an addition at the end of the clause', () => {
    expect(
      changes('Die Fraktion übernimmt den Vorschlag, die Ziffer 1 wie folgt zu ergänzen: „Der Beirat wird beteiligt.“'),
    ).toEqual([{ op: 'insert', clause: 'Ziffer 1', new: 'Der Beirat wird beteiligt.' }]);
  });

  it('reads "den Antragstext um eine Nr. 5 zu ergänzen" as a new clause 5', () => {
    expect(changes('Frau Lang beantragt, den Antragstext um eine Nr. 5 zu ergänzen: „Die Stadt berichtet.“')).toEqual([
      { op: 'addClause', new: 'Die Stadt berichtet.', label: '5' },
    ]);
  });
});

describe('value changes: "von „X“ auf „Y“ angehoben", "zu „Y“ geändert"', () => {
  it('replaces the old value by the new one, whatever the value is called', () => {
    expect(changes('In § 2 Absatz 1 wird der Zuschuss für Vereine von „300 Euro“ auf „450 Euro“ erhöht.')).toEqual([
      { op: 'replace', clause: '§ 2 Absatz 1', old: '300 Euro', new: '450 Euro' },
    ]);
    expect(changes('In Ziffer 2 wird die Frist von „vier Wochen“ auf „sechs Wochen“ verlängert.')).toEqual([
      { op: 'replace', clause: 'Ziffer 2', old: 'vier Wochen', new: 'sechs Wochen' },
    ]);
  });

  it('reads "die Wörter „X“ werden zu „Y“ geändert"', () => {
    expect(changes('In Ziffer 4 werden die Wörter „per Fax“ zu „per E-Mail“ geändert.')).toEqual([
      { op: 'replace', clause: 'Ziffer 4', old: 'per Fax', new: 'per E-Mail' },
    ]);
  });

  it('still refuses a negated value change', () => {
    expect(refusal('In Ziffer 2 wird die Frist nicht von „vier Wochen“ auf „sechs Wochen“ verlängert.')).toMatch(
      /negated/u,
    );
  });
});

describe('a gloss in brackets after a reference', () => {
  it('skips "(zum Radverkehr)" after "Der letzte Satz" and reads the new text after the colon', () => {
    expect(changes('Der letzte Satz (zum Radverkehr) wird wie folgt ersetzt: „Die Stadt baut Radwege.“')).toEqual([
      { op: 'rewrite', clause: 'letzter Satz', new: 'Die Stadt baut Radwege.' },
    ]);
  });

  it('does not skip brackets that hold a number or a verb', () => {
    expect(() => parseAmendment('Der letzte Satz (siehe 3) wird gestrichen.')).toThrow(InstructionError);
  });
});

describe('unquoted and quoted new text inside a list item with prose after it', () => {
  it('takes the quotation after "… angefügt:" and reads on after it', () => {
    const text = [
      'Im Konzept:',
      '',
      '  • Ziele',
      '  • Kosten.',
      '',
      'Frau Ohm stellt einen Antrag. An den ersten Absatz wird der folgende Satz angefügt:',
      '',
      '„Die Kosten trägt das Land.“',
      '',
      'Sie begründet dies mit dem Haushalt.',
    ].join('\n');
    expect(changes(text)).toEqual([{ op: 'insert', clause: 'Absatz 1', new: 'Die Kosten trägt das Land.' }]);
  });

  it('puts "ein neuer Absatz 1a" after Absatz 1 of the named unit', () => {
    const base = '§ 7 Fristen\n\n(1) Die Frist beträgt eine Woche.\n\n(2) Sie beginnt am Montag.';
    const amendment =
      'In § 7 wird ein neuer Absatz 1a in folgender Fassung eingefügt:\n\nDie Frist kann verlängert werden.';
    expect(changes(amendment)).toEqual([
      { op: 'addClause', new: 'Die Frist kann verlängert werden.', after: '§ 7 Absatz 1', label: '1a' },
    ]);
    expect(
      acceptAll(applyAmendment(parseResolution(base), parseAmendment(amendment))).clauses[0]!.children.map(
        (c) => c.label,
      ),
    ).toEqual(['(1)', '(1a)', '(2)']);
  });
});

describe('references carried over from the sentence before', () => {
  it('"bleibt unverändert" changes nothing and names the place of "Er wird ergänzt um …"', () => {
    expect(changes('Ziffer 3 bleibt unverändert. Er wird ergänzt um den Satz: „Der Rat entscheidet.“')).toEqual([
      { op: 'insert', clause: 'Ziffer 3', new: 'Der Rat entscheidet.' },
    ]);
  });

  it('an item that only says "bleibt unverändert" is no unread instruction', () => {
    expect(changes('1. Ziffer 1 wird gestrichen.\n2. Ziffer 2 bleibt unverändert.')).toEqual([
      { op: 'removeClause', clause: 'Ziffer 1' },
    ]);
  });

  it('a sentence without its clause takes the clause of the instruction before', () => {
    expect(
      changes(
        'In Ziffer 4 wird das Wort „sofort“ gestrichen. Im Satz 2 werden die Wörter „der Rat“ durch „der Ausschuss“ ersetzt.',
      ),
    ).toEqual([
      { op: 'delete', clause: 'Ziffer 4', old: 'sofort' },
      { op: 'replace', clause: 'Ziffer 4 Satz 2', old: 'der Rat', new: 'der Ausschuss' },
    ]);
  });

  it('refuses a pronoun with no place before it', () => {
    expect(refusal('Er wird ergänzt um den Satz: „Der Rat entscheidet.“')).toMatch(/pronoun names no place/u);
  });

  it('"Satz 2" without a clause is the second sentence of a resolution of one text', () => {
    expect(applied('Der Rat tagt. Er berät. Er beschließt.', 'Satz 2 wird gestrichen.')).toEqual([
      'Der Rat tagt. Er beschließt.',
    ]);
  });
});

describe('the imperative family, one instruction per line', () => {
  it('reads imperatives on lines of their own without full stops', () => {
    const text = [
      'Zu Ziffer 2:',
      'Streiche „sofort“',
      'Füge nach „Stadt“ „Talbrück“ ein',
      'Schiebe nach „Bürger“ die Wörter „und Bürgerinnen“ ein',
      'Ersetze in Absatz 2 die Worte „30 Tage“ durch „20 Tage“',
    ].join('\n');
    expect(changes(text)).toEqual([
      { op: 'delete', clause: 'Ziffer 2', old: 'sofort' },
      { op: 'insert', clause: 'Ziffer 2', new: 'Talbrück', after: 'Stadt' },
      { op: 'insert', clause: 'Ziffer 2', new: 'und Bürgerinnen', after: 'Bürger' },
      { op: 'replace', clause: 'Ziffer 2 Absatz 2', old: '30 Tage', new: '20 Tage' },
    ]);
  });

  it('reads "Ändern in:" before a new text that cites its own place', () => {
    const text = '§ 4 (2) Der Vorstand tagt monatlich.\nÄndern in:\n§ 4 (2) Der Vorstand tagt vierteljährlich.';
    expect(changes(text)).toEqual([
      { op: 'rewrite', clause: '§ 4 Absatz 2', new: 'Der Vorstand tagt vierteljährlich.' },
    ]);
  });

  it('refuses "Ändern in:" before a text that names no place', () => {
    expect(refusal('Ändern in:\nDer Vorstand tagt vierteljährlich.')).toMatch(/names no clause/u);
  });

  it('refuses "Ändern in:" before a text whose first sentence names another place, not its own', () => {
    // „Absatz 3 gilt entsprechend.“ is new text about Absatz 3, not a new wording of Absatz 3.
    expect(refusal('Ändern in:\nAbsatz 3 gilt entsprechend.')).toMatch(/names no clause/u);
  });
});

describe('"würde dann wie folgt lauten:" shows the result', () => {
  it('takes the shown wording for the clause the instructions before it change', () => {
    const text = [
      'Ersetze in § 3 Absatz 1 die Worte „oder der Kassenwart“ durch „der Kassenwart“',
      '§ 3 Absatz 1 würde dann wie folgt lauten:',
      'Der Vorstand, der Kassenwart und die Beisitzer werden gewählt.',
    ].join('\n');
    expect(changes(text)).toEqual([
      { op: 'rewrite', clause: '§ 3 Absatz 1', new: 'Der Vorstand, der Kassenwart und die Beisitzer werden gewählt.' },
    ]);
  });

  it('takes the place of a bare "Absatz 2" under the heading of the same §', () => {
    const text = [
      '§ 12 Kandidaturen',
      'Ersetze in Absatz 2 die Worte „oder von 30“ durch „von 10“',
      '§ 12 Absatz 2 würde dann wie folgt lauten:',
      'Vorschläge kommen von 10 Mitgliedern.',
    ].join('\n');
    expect(changes(text)).toEqual([
      { op: 'rewrite', clause: '§ 12 Absatz 2', new: 'Vorschläge kommen von 10 Mitgliedern.' },
    ]);
  });

  it('refuses to drop a bare "Absatz 2" that may belong to another § the amendment names', () => {
    const text = [
      '§ 5 Wahlen',
      'Ersetze in Absatz 2 das Wort „bald“ durch „später“',
      '§ 12 Kandidaturen',
      'Ersetze in Absatz 2 die Worte „oder von 30“ durch „von 10“',
      '§ 12 Absatz 2 würde dann wie folgt lauten:',
      'Vorschläge kommen von 10 Mitgliedern.',
    ].join('\n');
    expect(refusal(text)).toMatch(
      /take the place of the change to „Absatz 2“.*name the whole place \(§ 12 Absatz 2\)/u,
    );
  });

  it('refuses an echo of a clause no instruction before it changes', () => {
    expect(
      refusal('In Ziffer 1 wird das Wort „bald“ gestrichen.\nZiffer 2 würde dann wie folgt lauten:\nDer Rat tagt.'),
    ).toMatch(/no instruction before it changes Ziffer 2/u);
  });
});

describe('unquoted replacements', () => {
  it('reads "Das Gremium X durch den Y ersetzen" with the articles left out of the passages', () => {
    expect(changes('Das Gremium Kulturausschuss durch den Hauptausschuss ersetzen.')).toEqual([
      { op: 'replace', clause: '', old: 'Kulturausschuss', new: 'Hauptausschuss' },
    ]);
    expect(changes('In Ziffer 2 wird Kreistag durch Stadtrat ersetzt.')).toEqual([
      { op: 'replace', clause: 'Ziffer 2', old: 'Kreistag', new: 'Stadtrat' },
    ]);
  });

  it('does not read lower-case words or long phrases as passages', () => {
    expect(() => parseAmendment('In Ziffer 2 wird bald durch später ersetzt.')).toThrow(InstructionError);
    expect(() => parseAmendment('In Ziffer 2 wird Rat Stadt Kreis Land durch Bund ersetzt.')).toThrow(InstructionError);
  });
});

describe('dass-clauses and prose around an instruction', () => {
  it('reads "…, den Antrag dahingehend zu ändern, dass „X“ durch „Y“ ersetzt wird"', () => {
    expect(
      changes(
        'Herr Kurz schlägt vor, den Antrag dahingehend zu ändern, dass „mindestens“ durch „möglichst“ ersetzt wird.',
      ),
    ).toEqual([{ op: 'replace', clause: '', old: 'mindestens', new: 'möglichst' }]);
    expect(changes('Ziffer 2 wird dahin geändert, dass das Wort „sofort“ gestrichen wird.')).toEqual([
      { op: 'delete', clause: 'Ziffer 2', old: 'sofort' },
    ]);
  });

  it('refuses a descriptive wish and says so', () => {
    expect(
      refusal('Die Ziffer 2 wird dahingehend ergänzt, dass die Verwaltung prüfen soll, ob ein Zuschuss möglich ist.'),
    ).toMatch(/descriptive wish.*no clerk can apply it mechanically/u);
  });

  it('reads the instruction after an adverbial phrase in front ("Auf Anregung von …")', () => {
    expect(changes('Auf Anregung von Frau Meier wird das Wort „umgehend“ gestrichen.')).toEqual([
      { op: 'delete', clause: '', old: 'umgehend' },
    ]);
  });

  it('skips prose that names no place and quotes nothing', () => {
    expect(changes('Frau Meier begrüßt den Antrag.\n\nIn Ziffer 1 wird das Wort „bald“ gestrichen.')).toEqual([
      { op: 'delete', clause: 'Ziffer 1', old: 'bald' },
    ]);
  });
});

describe('"nicht X, sondern Y"', () => {
  it('replaces a quoted X by Y', () => {
    expect(changes('In Ziffer 2 soll es nicht „jährlich“, sondern „halbjährlich“ heißen.')).toEqual([
      { op: 'replace', clause: 'Ziffer 2', old: 'jährlich', new: 'halbjährlich' },
    ]);
  });

  it('replaces a few unquoted words, which must then be found once in the clause', () => {
    expect(changes('Zu Ziffer 3: nicht Sozialausschuss, sondern Stadtrat.')).toEqual([
      { op: 'replace', clause: 'Ziffer 3', old: 'Sozialausschuss', new: 'Stadtrat' },
    ]);
    const base = '1. Der Sozialausschuss berät.\n2. Der Sozialausschuss entscheidet.';
    expect(() =>
      applyAmendment(parseResolution(base), parseAmendment('nicht Sozialausschuss, sondern Stadtrat.')),
    ).toThrow(/Sozialausschuss/u);
  });

  it('refuses an unclear "nicht …, sondern …"', () => {
    expect(
      refusal('In Ziffer 2 soll nicht die gesamte Gebühr der Familien erhoben werden, sondern ein Teil davon.'),
    ).toMatch(/nicht X, sondern Y/u);
  });
});

describe('a quoted passage with an elision', () => {
  it('"Der Satz „A […] B“ wird gestrichen" strikes from A to B', () => {
    const base =
      'Die Stadt baut. Der Bauhof wird gebeten, die Wege (etwa am Markt oder am Bahnhof) zu prüfen. Er berichtet.';
    expect(applied(base, 'Der Satz „Der Bauhof wird gebeten […] am Bahnhof) zu prüfen.“ wird gestrichen.')).toEqual([
      'Die Stadt baut. Er berichtet.',
    ]);
  });

  it('is not found when the tail does not follow the head', () => {
    expect(() =>
      applyAmendment(parseResolution('Er berichtet. Die Stadt baut.'), [
        { op: 'delete', clause: '', old: 'Die Stadt (...) Er berichtet.' },
      ]),
    ).toThrow(/was not found/u);
  });
});

describe('replacing a deleted sentence, and places that stay with a change', () => {
  it('"Satz 1 und Satz 3 … werden gestrichen. Für Satz 1 wird eingesetzt: „…“" gives Satz 1 a new wording', () => {
    expect(
      changes(
        '§ 4 Abs. 2 Satz 1 und Satz 3 werden gestrichen. Für Satz 1 wird eingesetzt: „Neu.“ Im Satz 2 wird „sofort“ gestrichen.',
      ),
    ).toEqual([
      { op: 'removeClause', clause: '§ 4 Absatz 2 Satz 3' },
      { op: 'rewrite', clause: '§ 4 Absatz 2 Satz 1', new: 'Neu.' },
      { op: 'delete', clause: '§ 4 Absatz 2 Satz 2', old: 'sofort' },
    ]);
  });

  it('"Ziffer 1 bleibt mit folgender Änderung bestehen:" names the place of what follows in its paragraph', () => {
    expect(
      changes(
        'Ziffer 1 bleibt mit folgender Änderung bestehen: Das Wort „bald“ wird gestrichen.\n\nDas Wort „sofort“ wird gestrichen.',
      ),
    ).toEqual([
      { op: 'delete', clause: 'Ziffer 1', old: 'bald' },
      { op: 'delete', clause: '', old: 'sofort' },
    ]);
  });
});

describe('notes and minutes around a new text', () => {
  it('skips a note in brackets before the colon ("(Änderungen unterstrichen)")', () => {
    expect(
      changes('Der Punkt 2 wird wie folgt geändert (Änderungen unterstrichen):\n- Die Stadt baut Radwege.'),
    ).toEqual([{ op: 'rewrite', clause: 'Punkt 2', new: 'Die Stadt baut Radwege.' }]);
  });

  it("ends unquoted new text where a speaker's line of the minutes starts", () => {
    const text = 'Ziffer 2 erhält folgende Fassung:\nDie Stadt baut Radwege.\nHerr Brandt teilt mit, dass er zustimmt.';
    expect(changes(text)).toEqual([{ op: 'rewrite', clause: 'Ziffer 2', new: 'Die Stadt baut Radwege.' }]);
  });

  it('reads a list marker alone on its line ("2.\\n…") as an item', () => {
    expect(changes('1.\nZiffer 1 wird gestrichen.\n2.\nZiffer 2 wird gestrichen.')).toEqual([
      { op: 'removeClause', clause: 'Ziffer 1' },
      { op: 'removeClause', clause: 'Ziffer 2' },
    ]);
  });
});

describe('PDF text of a base', () => {
  it('continues a sentence across a blank line before "(07.02.00) sollen …"', () => {
    const base = parseResolution(
      '- Die Vorhaben am Markt (04.11.00) und am Hafen\n\n(07.02.00) sollen umgestellt werden.\n\n- Die Stadt berichtet.',
    );
    expect(base.clauses.map((c) => c.text)).toEqual([
      'Die Vorhaben am Markt (04.11.00) und am Hafen (07.02.00) sollen umgestellt werden.',
      'Die Stadt berichtet.',
    ]);
  });
});

describe('a deletion next to an anchor word', () => {
  it('"nach dem Wort „X“ das Komma und die Wörter „Y“ gestrichen" strikes ", Y" after X only', () => {
    expect(
      changes('In Ziffer 1 werden nach dem Wort „erhoben“ das Komma und die Wörter „soweit möglich“ gestrichen.'),
    ).toEqual([{ op: 'replace', clause: 'Ziffer 1', old: 'erhoben, soweit möglich', new: 'erhoben' }]);
    expect(
      applied(
        '1. Die Gebühr wird erhoben, soweit möglich.',
        'In Ziffer 1 werden nach dem Wort „erhoben“ das Komma und die Wörter „soweit möglich“ gestrichen.',
      ),
    ).toEqual(['Die Gebühr wird erhoben.']);
  });
});

describe('line references of other tools', () => {
  it('reads "Z. 31 bis Z. 37 von „A“ bis „B“ durch:" as the passage from A to B in those lines', () => {
    expect(changes('Ersetze Z. 31 bis Z. 37 von „Beschlüsse“ bis „ausgelagert“ durch:\n„Neue Sätze.“')).toEqual([
      { op: 'replace', clause: 'Zeilen 31 bis 37', old: 'Beschlüsse […] ausgelagert', new: 'Neue Sätze.' },
    ]);
    expect(changes('In Z. 12 wird „A“ durch „B“ ersetzt.')).toEqual([
      { op: 'replace', clause: 'Zeile 12', old: 'A', new: 'B' },
    ]);
  });

  it('skips the quoted title after the document ("Im Leitantrag „…“ ist in Zeile 7 …")', () => {
    expect(
      changes('Im Leitantrag „Mobil in der Stadt“ ist in Zeile 7 hinter „kann.“ folgender Satz einzufügen: „Neu.“'),
    ).toEqual([{ op: 'insert', clause: 'Zeile 7', new: 'Neu.', after: 'kann.' }]);
  });

  it('refuses line references to a base that prints its own line numbers', () => {
    const base = parseResolution(
      'Der Parteitag möge beschließen:\n\n1 Wir wollen mehr Busse. Die Takte\n2 werden dichter. Die Preise\n3 sinken. Die Wege\n4 werden kürzer. Die Stadt\n5 wird leiser. Alle\n6 gewinnen.',
    );
    expect(() => applyAmendment(base, parseAmendment('In Zeile 3 wird „sinken“ durch „fallen“ ersetzt.'))).toThrow(
      /line numbers printed in the base/u,
    );
  });
});

describe('a new Absatz after an Absatz, and the Absätze after it', () => {
  it('adds the Absatz and renumbers the ones after it; the new text ends at the next instruction', () => {
    const text = [
      'In § 9 wird nach Absatz 3 der folgende neue Absatz eingefügt:',
      '(4) Der Vorstand kann einen Vorschlag machen.',
      'Die bisherigen Absätze 4 und 5 erhalten die neuen Nummern 5 und 6.',
    ].join('\n');
    expect(parseAmendment(text)).toMatchObject({
      changes: [{ op: 'addClause', new: '(4) Der Vorstand kann einen Vorschlag machen.', after: '§ 9 Absatz 3' }],
      renumber: [
        { clause: '§ 9 Absatz 4', label: '5' },
        { clause: '§ 9 Absatz 5', label: '6' },
      ],
    });
  });
});

describe('indented bullets under headers at the margin', () => {
  it('ends a bullet at the next header after a blank line, so each header holds its own bullets', () => {
    const text = [
      '§ 5 Nr. 1 der Satzung wird wie folgt geändert:',
      '',
      '  • die Wörter „zwei Wochen“ werden durch " zehn Tage" ersetzt',
      '  • die Wörter „schriftlich geladen“ werden zu „in Textform geladen“ geändert',
    ];
    // Five headers: were each header read inside the bullet before it, they would nest five levels deep.
    for (const n of [6, 7, 8, 9])
      text.push(
        '',
        `§ ${n} Nr. 2 der Satzung wird wie folgt geändert:`,
        '',
        '  • das Wort „Vorstand“ wird durch „Präsidium“ ersetzt',
      );
    expect(changes(text.join('\n'))).toEqual([
      { op: 'replace', clause: '§ 5 Nr. 1', old: 'zwei Wochen', new: 'zehn Tage' },
      { op: 'replace', clause: '§ 5 Nr. 1', old: 'schriftlich geladen', new: 'in Textform geladen' },
      ...[6, 7, 8, 9].map((n) => ({ op: 'replace', clause: `§ ${n} Nr. 2`, old: 'Vorstand', new: 'Präsidium' })),
    ]);
  });
});

describe('an addition said as a noun', () => {
  it('reads "eine Ergänzung … um einen neuen Punkt 4 mit dem Inhalt:" as the infinitive it stands for', () => {
    const text =
      'Wir beantragen deshalb eine Ergänzung des Antrags um einen neuen Punkt 4 mit dem Inhalt:\nDie Bücherei öffnet sonntags.';
    expect(changes(text)).toEqual([{ op: 'addClause', new: 'Die Bücherei öffnet sonntags.', label: '4' }]);
    const paper =
      'Wir beantragen eine Ergänzung der Vorlage 77/2024 um einen neuen Punkt 4 mit folgendem Wortlaut:\nDie Bücherei öffnet sonntags.';
    expect(changes(paper)).toEqual([{ op: 'addClause', new: 'Die Bücherei öffnet sonntags.', label: '4' }]);
  });
});
