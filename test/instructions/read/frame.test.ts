/**
 * Whole amending statutes and Satzung motions (issue 11, issue 12 §2): the
 * document named as the subject with its date, citation and amendment
 * history, the articles around the instructions, and the document names
 * compared with the base (src/references/document-names.ts).
 */
import { describe, expect, it } from 'vitest';
import { acceptAll, parseAmendment, redline } from '../../../src/index.js';
import { InstructionError } from '../../../src/errors.js';
import { documentNamesIn, namesBase } from '../../../src/references/document-names.js';
import { readDocumentSubject } from '../../../src/references/documents.js';
import { instructionTokens } from '../../../src/references/tokens.js';
import { scanQuotes } from '../../../src/text/quotes.js';
import { lineKind } from '../../../src/instructions/read/skip.js';
import { unitsOf } from '../../../src/instructions/read/units.js';
import { QuotedText } from '../../../src/instructions/read/quoted-text.js';

const tokens = (s: string) => instructionTokens(s, 0, s.length, scanQuotes(s).quotes);

const BASE = `# Marktsatzung der Gemeinde Birkenau

## § 1 Wochenmarkt

(1) Der Wochenmarkt findet dienstags statt.

(2) Er beginnt um 7 Uhr.

## § 2 Standplätze

(1) Die Standplätze vergibt die Marktaufsicht.
`;

const STATUTE = `Zweite Satzung zur Änderung der Marktsatzung der Gemeinde Birkenau
vom 3. April 2025

Der Gemeinderat hat am 27. März 2025 folgende Satzung beschlossen:

Artikel 1
Änderung der Marktsatzung

Die Marktsatzung der Gemeinde Birkenau vom 9. Mai 2019 (Amtsblatt S. 77), die zuletzt durch Satzung vom 2. Juni 2022 (Amtsblatt S. 31) geändert worden ist, wird wie folgt geändert:

1. In § 1 Absatz 1 wird das Wort „dienstags“ durch das Wort „donnerstags“ ersetzt.

2. § 2 Absatz 1 wird aufgehoben.

Artikel 2
Inkrafttreten

Diese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.
`;

describe('a document named as the subject', () => {
  it('reads the name up to its date and the verb after its citation and history', () => {
    const s = readDocumentSubject(
      tokens(
        'Das Gesetz über die Musikschulen vom 4. Mai 2001 (GVBl. S. 12), das zuletzt durch Artikel 2 des Gesetzes vom 1. Juli 2010 (BGBl. I S. 900) geändert worden ist, wird wie folgt geändert:',
      ),
    );
    expect(s?.name).toBe('Gesetz über die Musikschulen');
  });

  it('keeps a citation with a gazette of several parts in one sentence ("GV. NRW. S. 666 ff.")', () => {
    const text = STATUTE.replace('(Amtsblatt S. 77)', '(GV. NRW. S. 77 ff.)');
    expect(acceptAll(redline(BASE, text)).clauses[0]!.children[0]!.text).toBe(
      'Der Wochenmarkt findet donnerstags statt.',
    );
  });

  it('is no subject when a quotation or a colon comes before the verb', () => {
    expect(readDocumentSubject(tokens('Die Satzung „Markt“ wird gestrichen.'))).toBeUndefined();
    expect(readDocumentSubject(tokens('Die Ziffer 2 wird gestrichen.'))).toBeUndefined();
  });

  it('applies the instructions of a whole Änderungssatzung: title, Eingangsformel and articles are frame', () => {
    const amended = acceptAll(redline(BASE, STATUTE));
    expect(amended.clauses[0]!.children[0]!.text).toBe('Der Wochenmarkt findet donnerstags statt.');
    expect(amended.clauses[1]!.children).toHaveLength(0);
  });

  it('refuses an Änderungssatzung of another document, naming it and the base', () => {
    const other = STATUTE.replaceAll('Marktsatzung', 'Friedhofssatzung');
    expect(() => redline(BASE, other)).toThrow(InstructionError);
    expect(() => redline(BASE, other)).toThrow(
      /„Friedhofssatzung der Gemeinde Birkenau“.*„Marktsatzung der Gemeinde Birkenau/u,
    );
  });

  it('reads "wie folgt geändert" of a named statute as instructions, never as a new wording of all of it', () => {
    const text = 'Die Satzung wird wie folgt geändert:\n\n1. In § 1 Absatz 1 wird überall das Wort „Uhr“ gestrichen.';
    expect(() => redline(BASE, text)).toThrow(/überall/u);
  });
});

describe('document names in references', () => {
  it('keeps a name after a reference over its citation and history', () => {
    expect(
      documentNamesIn(
        tokens(
          'In § 4 Abs. 3 der Marktgebührenordnung vom 1. März 2004 (GVOBl. M-V S. 11), die zuletzt durch die Verordnung vom 2. Mai 2019 (GVOBl. M-V S. 20) geändert worden ist, wird das Wort „und“ gestrichen.',
        ),
      ),
    ).toEqual([
      'Marktgebührenordnung vom 1. März 2004 (GVOBl. M-V S. 11), die zuletzt durch die Verordnung vom 2. Mai 2019 (GVOBl. M-V S. 20) geändert worden ist,',
    ]);
    expect(documentNamesIn(tokens('Ersetze § 3 Abs. 1 Landessatzung durch:'))).toEqual(['Landessatzung']);
  });

  it('reads a participle phrase before the document noun ("der vom Parteitag beschlossenen Geschäftsordnung")', () => {
    expect(
      documentNamesIn(
        tokens(
          'In Absatz 4 der von dem dritten Parteitag beschlossenen Geschäftsordnung wird das Wort „zwei“ gestrichen.',
        ),
      ),
    ).toEqual(['von dem dritten Parteitag beschlossenen Geschäftsordnung']);
    expect(
      namesBase('von dem dritten Parteitag beschlossenen Geschäftsordnung', 'Geschäftsordnung des Parteitags'),
    ).toBe(true);
  });

  it('accepts a kind of document when the base is of that kind, or the base names no title', () => {
    expect(namesBase('Satzung', 'Marktsatzung der Gemeinde Birkenau')).toBe(true);
    expect(namesBase('Landessatzung', 'Satzung des Landesverbands Hessen')).toBe(true);
    expect(namesBase('GO', 'Geschäftsordnung des Kreistags')).toBe(true);
    expect(namesBase('Geschäftsordnung', 'Marktsatzung der Gemeinde Birkenau')).toBe(false);
    expect(namesBase('Satzung', undefined)).toBe(true);
    // "Geschäftsordnung" is a kind of its own, not any "-ordnung".
    expect(namesBase('Geschäftsordnung', 'Friedhofsordnung der Stadt Talbrück')).toBe(false);
    expect(namesBase('GO', 'Wahlordnung des Landesverbands')).toBe(false);
    expect(namesBase('Kreisgeschäftsordnung', 'Geschäftsordnung des Kreistags')).toBe(true);
  });

  it('takes a title that names no document (a letterhead, a town, a body) for no title, but not one of another kind', () => {
    expect(namesBase('Geschäftsordnung', 'Gemeinde Lindenhain')).toBe(true);
    expect(namesBase('Satzung', 'Fraktion Grüne Liste im Kreistag Uferland')).toBe(true);
    expect(namesBase('GO', 'Der Bürgermeister Amt 10')).toBe(true);
    // Another kind of document in the title still refuses; so does a document's own name that the title lacks.
    expect(namesBase('Geschäftsordnung', 'Gemeinde Lindenhain Friedhofssatzung')).toBe(false);
    expect(namesBase('Satzung', 'Geschäftsordnung des Gemeinderats Lindenhain')).toBe(false);
    expect(namesBase('Friedhofssatzung', 'Gemeinde Lindenhain')).toBe(false);
  });

  it('applies an instruction naming a kind of document to a base under a letterhead, and refuses it under another kind', () => {
    const clauses = '1. Der Rat tagt monatlich.\n2. Die Sitzungen beginnen um 18 Uhr.';
    const amendment = 'In Ziffer 2 der Geschäftsordnung wird die Zahl „18“ durch die Zahl „19“ ersetzt.';
    const letterhead = `Gemeinde Lindenhain\nDer Bürgermeister\n\n${clauses}`;
    expect(JSON.stringify(acceptAll(redline(letterhead, amendment)))).toContain('um 19 Uhr');
    const other = `Friedhofssatzung der Gemeinde Lindenhain\n\n${clauses}`;
    expect(() => redline(other, amendment)).toThrow(/names the document „Geschäftsordnung“/u);
  });

  it('checks the document of a whole-text addition and a whole-text new wording too', () => {
    const base =
      'Friedhofssatzung der Gemeinde Lindenhain\n\n1. Der Rat tagt monatlich.\n2. Die Sitzungen beginnen um 18 Uhr.';
    for (const amendment of [
      'Die Geschäftsordnung wird wie folgt ergänzt:\n\n3. Die Sitzungen sind öffentlich.',
      'Die Geschäftsordnung erhält folgende Fassung:\n\n1. Der Rat tagt wöchentlich.',
    ])
      expect(() => redline(base, amendment), amendment).toThrow(InstructionError);
  });

  it("accepts the base's own name, its bracketed short name and a short form in capitals", () => {
    expect(namesBase('Marktsatzung der Gemeinde Birkenau', 'Marktsatzung der Gemeinde Birkenau')).toBe(true);
    expect(namesBase('Satzung über die Märkte (Marktsatzung)', 'Marktsatzung')).toBe(true);
    expect(namesBase('OrgStatut', 'Organisationsstatut des Kreisverbands')).toBe(true);
    expect(namesBase('Friedhofssatzung', 'Marktsatzung der Gemeinde Birkenau')).toBe(false);
    expect(namesBase('Friedhofssatzung', undefined)).toBe(false);
  });
});

describe('a quoted statute unit', () => {
  it('adds "§ 1a" with its heading and Absätze, labelled like its siblings', () => {
    const r = redline(
      BASE,
      'Nach § 1 wird folgender § 1a eingefügt:\n„§ 1a\nAbendmarkt\n(1) Ein Abendmarkt findet freitags statt.\n(2) Er endet um 22 Uhr.“',
    );
    const added = r.clauses[1]!;
    expect(added.label).toBe('§ 1a');
    expect(added.heading).toBe('Abendmarkt');
    expect(added.children.map((c) => c.label)).toEqual(['(1)', '(2)']);
  });

  it('replaces a whole unit given a new wording with its Absätze', () => {
    const amendment = parseAmendment(
      '§ 2 erhält folgende Fassung:\n„§ 2 Standplätze\n(1) Die Standplätze vergibt der Bürgermeister.\n(2) Die Vergabe gilt ein Jahr.“',
    );
    expect(amendment.changes.map((c) => c.op)).toEqual(['removeClause', 'addClause']);
    const amended = acceptAll(
      redline(
        BASE,
        '§ 2 erhält folgende Fassung:\n„§ 2 Standplätze\n(1) Die Standplätze vergibt der Bürgermeister.\n(2) Die Vergabe gilt ein Jahr.“',
      ),
    );
    expect(amended.clauses[1]!.label).toBe('§ 2');
    expect(amended.clauses[1]!.children.map((c) => c.text)).toEqual([
      'Die Standplätze vergibt der Bürgermeister.',
      'Die Vergabe gilt ein Jahr.',
    ]);
  });
});

describe('whole-document shapes around the instructions', () => {
  it('adds the text of "Der Beschlusstext wird wie folgt ergänzt:" at the end, keeping every clause', () => {
    const base =
      'Der Rat möge beschließen:\n\n1. Die Gemeinde saniert das Freibad.\n\n2. Die Gemeinde prüft Fördermittel.\n';
    const amended = acceptAll(
      redline(base, 'Der Beschlusstext wird wie folgt ergänzt:\n\nDer Kämmerer berichtet im Herbst.'),
    );
    expect(amended.clauses.map((c) => c.text)).toEqual([
      'Die Gemeinde saniert das Freibad.',
      'Die Gemeinde prüft Fördermittel.',
      'Der Kämmerer berichtet im Herbst.',
    ]);
  });

  it('adds the text of "Der Beschlusstext wird wie folgt ergänzt:" after other instructions as a new last clause', () => {
    const base =
      'Der Rat möge beschließen:\n\n1. Die Stadt baut einen Radweg.\n2. Die Verwaltung berichtet jährlich.\n';
    const amended = acceptAll(
      redline(
        base,
        'Das Wort „Radweg“ wird durch „Fußweg“ ersetzt.\n\nDer Beschlusstext wird wie folgt ergänzt:\n\n3. Der Fußweg wird beleuchtet.',
      ),
    );
    expect(amended.clauses.map((c) => `${c.label} ${c.text}`)).toEqual([
      '1. Die Stadt baut einen Fußweg.',
      '2. Die Verwaltung berichtet jährlich.',
      '3. Der Fußweg wird beleuchtet.',
    ]);
  });

  it('decides addition or new wording by the verbs of the announcement, and refuses when they say both', () => {
    const base =
      'Der Rat möge beschließen:\n\n1. Die Stadt baut einen Radweg.\n2. Die Verwaltung berichtet jährlich.\n';
    const text =
      '1. Die Stadt baut einen breiten Radweg.\n2. Die Verwaltung berichtet jährlich.\n3. Der Radweg wird beleuchtet.';
    // A new wording that also adds, or an addition of three clauses? Appending would repeat clauses 1 and 2.
    for (const announcement of [
      'Der Beschlusstext wird wie folgt geändert und ergänzt:',
      'Der Beschlusstext wird wie folgt neu gefasst und ergänzt:',
      'Der Beschlussvorschlag wird wie folgt ergänzt und ersetzt:',
    ]) {
      const amendment = `${announcement}\n\n${text}`;
      expect(() => redline(base, amendment), announcement).toThrow(/says both .*form: 'rewrite'/u);
      // The caller decides: as a new wording, the announcement is no lead of the resolution.
      const chosen = redline(base, amendment, { form: 'rewrite' });
      expect(chosen.lead).toBe('Der Rat möge beschließen:');
      expect(acceptAll(chosen).clauses.map((c) => c.text)).toEqual([
        'Die Stadt baut einen breiten Radweg.',
        'Die Verwaltung berichtet jährlich.',
        'Der Radweg wird beleuchtet.',
      ]);
    }
    // One verb decides.
    expect(acceptAll(redline(base, `Der Beschlusstext wird wie folgt geändert:\n\n${text}`)).clauses).toHaveLength(3);
    expect(
      acceptAll(redline(base, 'Der Beschlusstext wird wie folgt ergänzt:\n\n3. Der Radweg wird beleuchtet.')).clauses,
    ).toHaveLength(3);
  });

  it('reads "Die Punkte 1. – 3. des Antrags" as a range of labels written with their dots', () => {
    expect(() => parseAmendment('Die Punkte 1. – 3. des Antrags werden gestrichen.')).not.toThrow();
    expect(parseAmendment('Die Punkte 1. – 3. des Antrags werden gestrichen.').changes).toHaveLength(3);
  });

  it('takes off a repeated unit heading before a new Absatz, and refuses another heading', () => {
    const amended = acceptAll(
      redline(BASE, 'Ersetze § 1 Abs. 2 durch:\n\n§ 1 Wochenmarkt\n\n(2) Er beginnt um 8 Uhr.'),
    );
    expect(amended.clauses[0]!.children[1]!.text).toBe('Er beginnt um 8 Uhr.');
    expect(() => redline(BASE, 'Ersetze § 1 Abs. 2 durch:\n\n§ 1 Bauernmarkt\n\n(2) Er beginnt um 8 Uhr.')).toThrow(
      /heading other than/u,
    );
  });
});

describe('letterheads, dates and title lines', () => {
  it('skips a date, a dated title and a title line without a sentence end', () => {
    expect(lineKind('11.12.2023')).toBe('noise');
    expect(lineKind('3. März 2025')).toBe('noise');
    expect(lineKind('März 2025')).toBe('noise');
    expect(lineKind('Stand: 04.03.2025')).toBe('noise');
    expect(lineKind('02.05.2025 Änderungsantrag zu: Schwimmbad erhalten')).toBe('heading');
    expect(lineKind('Antrag der Fraktion Unabhängige Liste')).toBe('heading');
    expect(lineKind('Gemeinsamer Antrag mit der Wählergruppe Zukunft')).toBe('heading');
    expect(lineKind('Artikel 2')).toBe('heading');
  });

  it('keeps a line that starts like a title but holds an instruction or a sentence', () => {
    expect(lineKind('Antrag: Ziffer 2 wird gestrichen.')).toBe('text');
    expect(lineKind('Antrag der Fraktion zu Ziffer 3 ersetzt den Text')).toBe('text');
  });

  it('reads a dated letter around instructions', () => {
    const base = 'Der Rat möge beschließen:\n\n1. Die Gemeinde saniert das Freibad.\n';
    const text = [
      '7. Mai 2025',
      'Antrag der Fraktion Unabhängige Liste',
      '',
      'Sehr geehrte Frau Bürgermeisterin,',
      '',
      'In Ziffer 1 wird das Wort „Freibad“ durch das Wort „Hallenbad“ ersetzt.',
    ].join('\n');
    expect(acceptAll(redline(base, text)).clauses[0]!.text).toBe('Die Gemeinde saniert das Hallenbad.');
  });
});

describe('a statute unit heading on a line of its own', () => {
  it('is a unit of its own even without a blank line after it', () => {
    const base =
      '# Marktordnung\n\n## § 3 Gebühren\n\n(1) Die Gebühr beträgt 10 Euro.\n\n(2) Sie ist im Voraus zu zahlen.\n';
    const text = '§ 3 Gebühren\nIn Absatz 1 wird die Angabe „10 Euro“ durch die Angabe „12 Euro“ ersetzt.';
    expect(acceptAll(redline(base, text)).clauses[0]!.children[0]!.text).toBe('Die Gebühr beträgt 12 Euro.');
  });
});

describe('extracted amending statutes', () => {
  it('reads an article heading run into the sentence that names the document', () => {
    const text = STATUTE.replace(
      'Artikel 1\nÄnderung der Marktsatzung\n\nDie Marktsatzung',
      'Artikel 1 Die Marktsatzung',
    );
    expect(acceptAll(redline(BASE, text)).clauses[0]!.children[0]!.text).toBe(
      'Der Wochenmarkt findet donnerstags statt.',
    );
  });

  it('refuses a new wording that runs a list into the clause text', () => {
    expect(() =>
      redline(
        BASE,
        '§ 2 Absatz 1 wird wie folgt gefasst: „(1) Die Standplätze vergibt, 1. wer zuerst kommt, 2. wer bezahlt.“',
      ),
    ).toThrow(/runs a list of items/u);
  });
});

describe('the list levels of statute amendments', () => {
  it('keeps "aa)", "bb)" inside "a)": the units of a lettered list are its "a)" items', () => {
    const text =
      'a) Absatz 1 wird wie folgt geändert:\n   aa) In Satz 1 wird „x“ gestrichen.\n   bb) In Satz 2 wird „y“ gestrichen.\nb) Absatz 2 wird aufgehoben.';
    const units = unitsOf(new QuotedText(text, scanQuotes(text).quotes), 0, text.length);
    expect(units.map((u) => text.slice(u.start, u.end).split('\n')[0])).toEqual([
      'Absatz 1 wird wie folgt geändert:',
      'Absatz 2 wird aufgehoben.',
    ]);
  });
});
