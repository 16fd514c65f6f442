/**
 * Phrasings of amending statutes and laws (Artikelgesetze, Landesgesetze;
 * issue 12): each with a sentence of our own, read by `parseAmendment` and,
 * where the base decides, applied by `redline()`.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/model.js';
import { parseAmendment } from '../../../src/instructions/read.js';
import { checkRedline, redline } from '../../../src/pipeline/run.js';
import { acceptAll } from '../../../src/redline/model.js';
import { AmendmentError, InstructionError } from '../../../src/errors.js';

const changes = (text: string): Change[] => parseAmendment(text).changes;

const MARKT = `Marktordnung

§ 2 Marktzeiten

(1) Der Markt findet dienstags und freitags statt. Händler, Gärtner und Imker bieten ihre Waren an.

(2) An Feiertagen fällt der Markt aus; der Markt wird dann am Folgetag nachgeholt, wenn der Markt nicht schon stattfand.

§ 3 Standplätze

(1) Die Standplätze vergibt die Marktaufsicht.`;

/** The texts of every clause of the amended base, in document order. */
function texts(amendment: string): string[] {
  const out: string[] = [];
  const visit = (clauses: ReturnType<typeof acceptAll>['clauses']): void => {
    for (const c of clauses) {
      if (c.text !== '') out.push(c.text);
      visit(c.children);
    }
  };
  visit(acceptAll(redline(MARKT, amendment)).clauses);
  return out;
}

describe('anchored replacement ("nach dem Wort „A“ das Wort „B“ durch … ersetzt")', () => {
  it('replaces the passage right after the anchor, and only there', () => {
    expect(
      changes('In § 2 Absatz 1 Satz 2 wird nach dem Wort „Gärtner“ das Wort „und“ durch ein Komma ersetzt.'),
    ).toEqual([{ op: 'replace', clause: '§ 2 Absatz 1 Satz 2', old: 'Gärtner und', new: 'Gärtner,' }]);
    expect(changes('In § 2 Absatz 1 wird vor dem Wort „Imker“ das Wort „und“ durch das Wort „oder“ ersetzt.')).toEqual([
      { op: 'replace', clause: '§ 2 Absatz 1', old: 'und Imker', new: 'oder Imker' },
    ]);
  });

  it('is refused where the passage does not stand next to the anchor', () => {
    expect(() =>
      redline(MARKT, 'In § 2 Absatz 1 wird nach dem Wort „Händler“ das Wort „und“ durch ein Komma ersetzt.'),
    ).toThrow(AmendmentError);
  });
});

describe('one sentence, several instructions', () => {
  it('splits a shared verb phrase with two actions, both in the place the sentence names', () => {
    expect(
      changes(
        'In § 2 Absatz 1 Satz 2 werden nach dem Wort „Gärtner“ das Wort „und“ durch ein Komma ersetzt und nach dem Wort „Imker“ die Wörter „und Winzer“ eingefügt.',
      ),
    ).toEqual([
      { op: 'replace', clause: '§ 2 Absatz 1 Satz 2', old: 'Gärtner und', new: 'Gärtner,' },
      { op: 'insert', clause: '§ 2 Absatz 1 Satz 2', new: 'und Winzer', after: 'Imker' },
    ]);
  });

  it('carries the opening place into a later instruction that names none', () => {
    expect(
      changes(
        'In § 3 Absatz 1 wird das Wort „vergibt“ durch das Wort „verteilt“ ersetzt und vor dem Wort „Marktaufsicht“ wird das Wort „städtische“ eingefügt.',
      ),
    ).toEqual([
      { op: 'replace', clause: '§ 3 Absatz 1', old: 'vergibt', new: 'verteilt' },
      { op: 'insert', clause: '§ 3 Absatz 1', new: 'städtische', before: 'Marktaufsicht' },
    ]);
  });

  it('keeps "gestrichen und durch … ersetzt" one replacement', () => {
    expect(
      changes('In § 3 Absatz 1 werden die Wörter „die Marktaufsicht“ gestrichen und durch „das Amt“ ersetzt.'),
    ).toEqual([{ op: 'replace', clause: '§ 3 Absatz 1', old: 'die Marktaufsicht', new: 'das Amt' }]);
  });
});

describe('a sentence inserted after the sentence of a named clause', () => {
  it('reads "Nach § 2 Absatz 1 Satz 1 wird der folgende Satz eingefügt: „…“"', () => {
    expect(changes('Nach § 2 Absatz 1 Satz 1 wird der folgende Satz eingefügt: „Bei Frost fällt er aus.“')).toEqual([
      { op: 'insert', clause: '§ 2 Absatz 1 Satz 1', new: 'Bei Frost fällt er aus.' },
    ]);
    expect(texts('Nach § 2 Absatz 1 Satz 1 wird der folgende Satz eingefügt: „Bei Frost fällt er aus.“')[0]).toBe(
      'Der Markt findet dienstags und freitags statt. Bei Frost fällt er aus. Händler, Gärtner und Imker bieten ihre Waren an.',
    );
  });

  it('reads the sentence inside the clause a list item is about', () => {
    expect(
      changes(
        '§ 2 wird wie folgt geändert: a) Nach Absatz 1 Satz 1 wird folgender Satz eingefügt: „Neu.“ b) Absatz 2 wird aufgehoben.',
      ),
    ).toEqual([
      { op: 'insert', clause: '§ 2 Absatz 1 Satz 1', new: 'Neu.' },
      { op: 'removeClause', clause: '§ 2 Absatz 2' },
    ]);
  });
});

describe('a sentence that introduces a list', () => {
  const LIST =
    '§ 12 Personal\n\n(1) Die Träger beschäftigen Fachkräfte.\n\n(2) Der Bedarf wird wie folgt bemessen:\n1. eine Fachkraft je 60 Besucher,\n2. eine Leitung je fünf Fachkräfte.';

  const AFTER = `${LIST}\nAbweichungen bedürfen der Zustimmung.`;
  const item = (base: string, amendment: string): string =>
    acceptAll(redline(base, amendment)).clauses[0]!.children[1]!.children[1]!.text;

  it('counts the sentence after its list as Satz 2 (the parsed base keeps it in the last item)', () => {
    expect(item(AFTER, 'In § 12 Absatz 2 Satz 2 wird das Wort „der“ durch das Wort „keiner“ ersetzt.')).toBe(
      'eine Leitung je fünf Fachkräfte. Abweichungen bedürfen keiner Zustimmung.',
    );
    expect(item(AFTER, '§ 12 Absatz 2 Satz 2 wird aufgehoben.')).toBe('eine Leitung je fünf Fachkräfte.');
  });

  it('inserts a sentence after Satz 1 behind the list, before the sentence after it', () => {
    const amendment = 'Nach § 12 Absatz 2 Satz 1 wird folgender Satz eingefügt: „Ehrenamtliche zählen mit.“';
    expect(item(AFTER, amendment)).toBe(
      'eine Leitung je fünf Fachkräfte. Ehrenamtliche zählen mit. Abweichungen bedürfen der Zustimmung.',
    );
    expect(item(LIST, amendment)).toBe('eine Leitung je fünf Fachkräfte. Ehrenamtliche zählen mit.');
    expect(item(AFTER, 'Dem § 12 Absatz 2 wird folgender Satz angefügt: „Ehrenamtliche zählen mit.“')).toBe(
      'eine Leitung je fünf Fachkräfte. Abweichungen bedürfen der Zustimmung. Ehrenamtliche zählen mit.',
    );
  });

  it('counts the sentence after the list for a numbered appended sentence ("folgender Satz 3")', () => {
    expect(item(AFTER, 'Dem § 12 Absatz 2 wird folgender Satz 3 angefügt: „Ehrenamtliche zählen mit.“')).toBe(
      'eine Leitung je fünf Fachkräfte. Abweichungen bedürfen der Zustimmung. Ehrenamtliche zählen mit.',
    );
    expect(() =>
      redline(AFTER, 'Dem § 12 Absatz 2 wird folgender Satz 2 angefügt: „Ehrenamtliche zählen mit.“'),
    ).toThrow(/holds 2 sentences/u);
  });

  it('refuses a sentence after Satz 1 where the items do not show where the list ends', () => {
    // Items that are sentences of their own: what follows the last one may be its own second sentence.
    const own =
      '§ 12 Personal\n\n(1) Die Träger beschäftigen Fachkräfte.\n\n(2) Es gilt:\n1. Die Fachkraft betreut 60 Besucher.\n2. Die Leitung betreut fünf Fachkräfte.\nAbweichungen bedürfen der Zustimmung.';
    for (const amendment of [
      'Nach § 12 Absatz 2 Satz 1 wird folgender Satz eingefügt: „Ehrenamtliche zählen mit.“',
      'Dem § 12 Absatz 2 wird folgender Satz angefügt: „Ehrenamtliche zählen mit.“',
    ])
      expect(() => redline(own, amendment), amendment).toThrow(/list of items/u);
    expect(() => redline(own, 'In § 12 Absatz 2 Satz 2 wird das Wort „der“ gestrichen.')).toThrow(
      /has 1 sentence, not 2/u,
    );
  });

  it('refuses words appended to it, its new wording and its removal (they would touch its opening words only)', () => {
    for (const amendment of [
      'Dem § 12 Absatz 2 Satz 1 werden die Wörter „je Woche“ angefügt.',
      '§ 12 Absatz 2 Satz 1 wird wie folgt gefasst: „Der Bedarf beträgt eine Fachkraft.“',
      '§ 12 Absatz 2 Satz 1 wird aufgehoben.',
    ])
      expect(() => redline(LIST, amendment), amendment).toThrow(/introduces the list of items/u);
  });

  it('still changes words inside it', () => {
    expect(
      acceptAll(
        redline(LIST, 'In § 12 Absatz 2 Satz 1 wird das Wort „Bedarf“ durch das Wort „Personalbedarf“ ersetzt.'),
      ).clauses[0]!.children[1]!.text,
    ).toBe('Der Personalbedarf wird wie folgt bemessen:');
  });
});

describe('a passage "am Ende" of a clause', () => {
  const LIST =
    '§ 5 Rechte\n\n(1) Anträge zur Geschäftsordnung sind:\n\n1. Antrag auf Vertagung,\n2. Antrag auf Schluss der Debatte.';

  it('replaces the full stop at the end of a Nummer and appends a Nummer in one sentence', () => {
    const amended = acceptAll(
      redline(
        LIST,
        'In § 5 Abs. 1 wird der Punkt am Ende der Nummer 2 durch ein Komma ersetzt und folgende Nummer 3 angefügt: „3. Antrag auf Unterbrechung.“',
      ),
    );
    expect(amended.clauses[0]!.children[0]!.children.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Antrag auf Vertagung,',
      '2. Antrag auf Schluss der Debatte,',
      '3. Antrag auf Unterbrechung.',
    ]);
  });

  it('refuses a passage the clause does not end with, naming the sentence', () => {
    expect(() =>
      redline(LIST, 'In § 5 Abs. 1 Nummer 1 wird das Wort „Antrag“ am Ende durch das Wort „Wunsch“ ersetzt.'),
    ).toThrow(/does not end with „Antrag“/u);
  });
});

describe('a new sentence named with its number ("folgender Satz 2")', () => {
  it('appends it when the text holds one sentence fewer', () => {
    expect(texts('Dem § 3 Absatz 1 wird folgender Satz 2 angefügt: „Sie hört die Händler an.“')[2]).toBe(
      'Die Standplätze vergibt die Marktaufsicht. Sie hört die Händler an.',
    );
  });

  it('refuses a number that does not follow the text, naming the sentence', () => {
    expect(() => redline(MARKT, 'Dem § 3 Absatz 1 wird folgender Satz 3 angefügt: „Sie hört die Händler an.“')).toThrow(
      /„Dem § 3 Absatz 1 wird folgender Satz 3 angefügt.*appends Satz 3, but "§ 3 Absatz 1" holds 1 sentence/u,
    );
    expect(() => parseAmendment('In § 2 Absatz 1 wird nach Satz 1 folgender Satz 3 eingefügt: „Neu.“')).toThrow(
      /after Satz 1 is Satz 2, not Satz 3/u,
    );
  });

  it('is refused by parseAmendment, which has no base to check the number against', () => {
    expect(() => parseAmendment('Dem § 3 Absatz 1 wird folgender Satz 2 angefügt: „Neu.“')).toThrow(
      /checked against the base/u,
    );
  });
});

describe('a passage quoted with a space after its opening quote', () => {
  it('reads die Angabe " , 5 und 6" as the passage „, 5 und 6“', () => {
    expect(
      changes('In § 2 Absatz 1 wird die Angabe " , Gärtner und Imker" durch die Angabe "und Gärtner" ersetzt.'),
    ).toEqual([{ op: 'replace', clause: '§ 2 Absatz 1', old: ', Gärtner und Imker', new: 'und Gärtner' }]);
  });
});

describe('several clauses replaced by one', () => {
  it('reads "die Absätze 2 bis 4 durch folgenden Absatz 2 ersetzt" as a new Absatz 2 and the others removed', () => {
    expect(
      changes('In § 7 werden die Absätze 2 bis 4 durch folgenden Absatz 2 ersetzt: „(2) Es gilt die Marktsatzung.“'),
    ).toEqual([
      { op: 'rewrite', clause: '§ 7 Absatz 2', new: '(2) Es gilt die Marktsatzung.' },
      { op: 'removeClause', clause: '§ 7 Absatz 3' },
      { op: 'removeClause', clause: '§ 7 Absatz 4' },
    ]);
  });

  it('refuses a new clause with another label than the first of the range', () => {
    expect(() =>
      parseAmendment('In § 7 werden die Absätze 2 und 3 durch folgenden Absatz 3 ersetzt: „(3) Neu.“'),
    ).toThrow(/names 2 clauses/u);
  });
});

describe('places inside the clause a list item is about', () => {
  const NESTED = `§ 3 wird wie folgt geändert:
   a) Absatz 1 wird wie folgt geändert:
      aa) In Nummer 1 wird die Angabe „40 Euro“ durch die Angabe „50 Euro“
          ersetzt.
      bb) In Nummer 2 Buchstabe a wird die Angabe „55 Euro“
          durch die Angabe „60 Euro“ ersetzt.
   b) In Absatz 3 wird der letzte Satz aufgehoben.`;

  it('reads a Nummer under an Absatz, items wrapped over lines, and a sentence of an Absatz', () => {
    expect(changes(NESTED)).toEqual([
      { op: 'replace', clause: '§ 3 Absatz 1 Nr. 1', old: '40 Euro', new: '50 Euro' },
      { op: 'replace', clause: '§ 3 Absatz 1 Nr. 2 Buchstabe a', old: '55 Euro', new: '60 Euro' },
      { op: 'removeClause', clause: '§ 3 Absatz 3 letzter Satz' },
    ]);
  });

  it('reads "der bisherige Absatz 3" after "§ 10 Abs. 2 wird aufgehoben;" as an Absatz of § 10', () => {
    expect(parseAmendment('§ 10 Abs. 2 wird aufgehoben; der bisherige Absatz 3 wird Absatz 2.').renumber).toEqual([
      { clause: '§ 10 Absatz 3', label: '2' },
    ]);
  });

  it('gives a Nummer with its own label a new wording together with its Buchstaben', () => {
    const base =
      '§ 4 Gebühren\n\n(1) Die Gebühren betragen:\n\n1. Ausweis 5 Euro\n2. Versäumnis\n    a) erste Woche 1 Euro\n    b) danach 2 Euro\n3. Fernleihe 2 Euro';
    const amended = acceptAll(
      redline(base, 'In § 4 Absatz 1 wird Nummer 2 wie folgt gefasst: „2. Versäumnis je Woche 2 Euro“'),
    );
    const absatz = amended.clauses[0]!.children[0]!;
    expect(absatz.children.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Ausweis 5 Euro',
      '2. Versäumnis je Woche 2 Euro',
      '3. Fernleihe 2 Euro',
    ]);
    expect(absatz.children[1]!.children).toEqual([]);
  });
});

describe('"jeweils": every occurrence in the named place', () => {
  it('replaces every occurrence in the place, and none outside it', () => {
    const out = texts('In § 2 Absatz 2 wird das Wort „Markt“ jeweils durch das Wort „Wochenmarkt“ ersetzt.');
    expect(out[0]).toContain('Der Markt findet');
    expect(out[1]).toBe(
      'An Feiertagen fällt der Wochenmarkt aus; der Wochenmarkt wird dann am Folgetag nachgeholt, wenn der Wochenmarkt nicht schon stattfand.',
    );
  });

  it('inserts after every occurrence of the anchor', () => {
    const out = texts('In § 2 Absatz 2 werden jeweils nach dem Wort „Markt“ die Wörter „am Rathaus“ eingefügt.');
    expect(out[1]!.match(/Markt am Rathaus/gu)).toHaveLength(3);
  });

  it('applies to the one occurrence when there is one', () => {
    expect(texts('In § 3 Absatz 1 wird jeweils das Wort „Standplätze“ durch das Wort „Stände“ ersetzt.')[2]).toBe(
      'Die Stände vergibt die Marktaufsicht.',
    );
  });

  it('without the base (parseAmendment) stays one plain change, refused as ambiguous where the passage occurs more often', () => {
    expect(changes('In § 2 Absatz 2 wird das Wort „Markt“ jeweils durch das Wort „Wochenmarkt“ ersetzt.')).toEqual([
      { op: 'replace', clause: '§ 2 Absatz 2', old: 'Markt', new: 'Wochenmarkt' },
    ]);
  });

  it('applies in each clause of a range ("In § 2 Absatz 1 bis 2 … jeweils")', () => {
    const out = texts('In § 2 Absätze 1 und 2 wird das Wort „Markt“ jeweils durch das Wort „Wochenmarkt“ ersetzt.');
    expect(out[0]).toContain('Der Wochenmarkt findet');
    expect(out[1]!.match(/Wochenmarkt/gu)).toHaveLength(3);
  });

  it('is refused for a clause removed "jeweils"', () => {
    expect(() => parseAmendment('§ 2 Absatz 2 wird jeweils aufgehoben.')).toThrow(/jeweils/u);
  });
});

describe('an Artikelgesetz that changes several documents', () => {
  const LAW = `Gesetz zur Änderung der Marktordnung und der Friedhofsordnung

Artikel 1
Änderung der Marktordnung

In § 3 Absatz 1 der Marktordnung vom 2. März 2020 (Amtsblatt S. 4) wird das Wort „vergibt“ durch das Wort „verteilt“ ersetzt.

Artikel 2
Änderung der Friedhofsordnung

In § 3 Absatz 1 der Friedhofsordnung vom 5. Mai 2019 (Amtsblatt S. 9) wird das Wort „Marktaufsicht“ durch das Wort „Friedhofsverwaltung“ ersetzt.

Artikel 3
Inkrafttreten

Dieses Gesetz tritt am Tag nach seiner Verkündung in Kraft.`;

  it("applies the base's article and sets the other aside with a warning that names it", () => {
    expect(texts(LAW)[2]).toBe('Die Standplätze verteilt die Marktaufsicht.');
    const warnings = checkRedline(MARKT, LAW);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toMatch(/^Artikel 2 .*„Friedhofsordnung vom 5\. Mai 2019.*not applied/u);
  });

  it('is refused when no article names the base', () => {
    const other = LAW.replace('der Marktordnung vom', 'der Hafenordnung vom');
    expect(() => redline(MARKT, other)).toThrow(InstructionError);
  });

  it('reads the document an article names in its title only ("Änderung der Friedhofsordnung")', () => {
    const untold = LAW.replace(' der Friedhofsordnung vom 5. Mai 2019 (Amtsblatt S. 9)', '');
    expect(texts(untold)[2]).toBe('Die Standplätze verteilt die Marktaufsicht.');
    expect(checkRedline(MARKT, untold)[0]!.message).toMatch(/^Artikel 2 .*„Friedhofsordnung“.*not applied/u);
  });

  it('is refused when an article of a statute that changes several documents names none', () => {
    const untold = LAW.replace(' der Friedhofsordnung vom 5. Mai 2019 (Amtsblatt S. 9)', '').replace(
      'Änderung der Friedhofsordnung',
      'Weitere Regelungen',
    );
    const several = untold.replace(
      'Artikel 3\nInkrafttreten',
      'Artikel 3\nÄnderung der Hafenordnung\n\nIn § 1 der Hafenordnung wird das Wort „Kai“ gestrichen.\n\nArtikel 4\nInkrafttreten',
    );
    expect(() => redline(MARKT, several)).toThrow(/Hafenordnung/u);
  });
});

describe('layouts of statute databases', () => {
  it('reads nested instructions run into one line', () => {
    const text =
      'Die Marktordnung wird wie folgt geändert: 1. § 2 wird wie folgt geändert: a) Absatz 1 wird wie folgt geändert: aa) In Satz 1 wird das Wort „dienstags“ durch das Wort „montags“ ersetzt. bb) Satz 2 wird aufgehoben. b) Absatz 2 wird aufgehoben. 2. § 3 Absatz 1 wird wie folgt gefasst: „(1) Die Stände vergibt das Amt.“';
    expect(changes(text)).toEqual([
      { op: 'replace', clause: '§ 2 Absatz 1 Satz 1', old: 'dienstags', new: 'montags' },
      { op: 'removeClause', clause: '§ 2 Absatz 1 Satz 2' },
      { op: 'removeClause', clause: '§ 2 Absatz 2' },
      { op: 'rewrite', clause: '§ 3 Absatz 1', new: '(1) Die Stände vergibt das Amt.' },
    ]);
  });

  it('reads a quotation after a blank line and a portal button line, and a title between dashes is no bullet', () => {
    const text =
      'Gesetz zur Änderung der Marktordnung\n- Freistadt -\n\nDie Marktordnung wird wie folgt geändert:\n\n1. § 3 wird wie folgt geändert:\n\na) Absatz 1 wird wie folgt gefasst:\n\naltneu\n"(1) Die Stände vergibt das Amt."\n\nb) Absatz 2 wird aufgehoben.';
    expect(changes(text)).toEqual([
      { op: 'rewrite', clause: '§ 3 Absatz 1', new: '(1) Die Stände vergibt das Amt.' },
      { op: 'removeClause', clause: '§ 3 Absatz 2' },
    ]);
  });

  it('does not break a date or a citation ("vom 30. 6. Mai" stays)', () => {
    const text =
      'Die Marktordnung vom 3. Mai 2020 wird wie folgt geändert: 1. In § 3 Absatz 1 wird das Wort „vergibt“ durch das Wort „verteilt“ ersetzt. 2. § 2 Absatz 2 wird aufgehoben.';
    expect(changes(text)).toHaveLength(2);
  });
});
