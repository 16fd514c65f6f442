/**
 * The real-amendment corpus (fixtures/real, issue 12 §4): every case run
 * through `redline()`, `checkRedline()` and the CLI's `check`. Pinned per
 * case: applied correctly (the amended resolution a careful clerk wrote) or
 * refused with a clear error that names the sentence and the reason. Nothing
 * is silently wrong. docs/real-world.md reports the same figures per family.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { judge, realCases, statuteCases, type Outcome, type RealCase } from './corpus.js';

/** The cases applied correctly today; every other case is refused with a clear error. */
const CORRECT: ReadonlySet<string> = new Set([
  // "Das Wort „X“ wird durch die Worte „Y“ ersetzt.", "Der Satz „A […] B“ wird gestrichen." under a heading and a lead (no reprint: they share no word with the base)
  'council/01-maintal-wort-und-satzbereich',
  // committee recommendation: "§ 11 Abs.2 Satz 2 der Geschäftsordnung bleibt mit folgender Änderung bestehen:" against a base under a letterhead
  'council/13-rheinbach-bv-empfehlung-go',
  // minutes: „Der Beschluss der Stadtverordnetenversammlung vom 04.03. 2019 wird in Satz 4 dahin modifiziert, dass … nicht X, sondern Y …“ quoted below "Es wird gebeten zu beschließen:" (the date matched with the base's header)
  'council/21-waldacker-satz-dahin-modifiziert',
  // satz-n-neu-gefasst-quoted: "Ziffer 1, Satz 2 der Vorlage wird wie folgt neu gefasst: „…“"
  'council/02-maintal-satz-neu-gefasst',
  // infinitive in minutes: "… beantragt, … die Worte „X“ durch die Worte „Y“ zu ersetzen", "den Antragstext um eine Nr. 8 zu ergänzen: „…“"
  'council/04-talheim-protokollvermerk',
  // rewrite-with-provenance-annotations: a dated title line and a letter around "1. (neu) … 2. ( 1.) …" — the base lead stands
  'council/09-rheinfeld-neunummerierung',
  // "Der Beschlusstext wird wie folgt geändert (siehe Unterstreichungen):" + the whole text reprinted (markup lost)
  'council/05-wellendorf-unterstreichungen-verloren',
  // rewrite-beschlussvorschlag-wird-ersetzt: "Der Beschlussvorschlag wird wie folgt ersetzt:" + paragraphs
  'council/06-wellendorf-ersetzungsantrag',
  // "Der Punkt 2 des Antrages wird wie folgt geändert (Änderungen unterstrichen):" + the new bullet, minutes after it
  'council/07-seeburg-unterstrichen-verloren',
  // "Kaminski (FDP) beantragt, den Punkt 1 des Antrags wie folgt zu ändern:" + quotation in minutes
  'council/10-rheinfeld-punkt-im-protokoll',
  // unquoted new text after "§ 3 Abs. 4 wird wie folgt gefasst:"; "In § 36 wird ein neuer Absatz 1a in folgender Fassung eingefügt:"
  'council/14-hagenfurt-go-begruendung-je-punkt',
  // "Deshalb wird folgende Formulierung vorgeschlagen: „…“" for the "2. Satz" of the prose before; "Der darauffolgende Satz: „…“ ist zu streichen"
  'council/16-altmarkheide-kreis-formulierung-vorgeschlagen',
  // "An den ersten Absatz wird der folgende Satz angefügt:" + a quotation, prose after it in the same list item
  'council/18-nachtleben-satz-angefuegt',
  // value change: "Im § 4 Absatz 3 wird die Ermäßigung … von „X“ auf „Y“ angehoben."
  'council/19-auenbach-von-auf-angehoben',
  // dass/infinitive clause in minutes: "…, die Ziffer 1 wie folgt zu ergänzen: „…“"
  'council/24-elbufer-ziffer-ergaenzen',
  // implicit-replacement: "Der Kreistag beschließt:" + a new list, for the body the base resolves for
  'council/27-heidemoor-kreistag-implizite-neufassung',
  // unquoted replacement after a press summary whose quotations cite the base word for word (no reprint): "Das Gremium X durch den Y ersetzen"
  'council/17-seniorenbeteiligung-gremium-ersetzen',
  // ersetze-einheit-durch-colon: "Ersetze § 6 Abs. 2 GO durch:" + the new Absatz with its own label "(2)"
  'party/01-spd-ersetze-absatz-bisherige',
  // imperative on a line of its own under a heading; "§ 12 Absatz 2 würde dann wie folgt lauten:" shows the result
  'party/06-lpt-ersetze-worte-wuerde-lauten',
  // "Ändern in:" before a new text that cites its own place ("§9 (3) …")
  'party/10-pv-satzung-aendern-in',
  // ersetze-den-bisherigen-einheit-durch-colon: "§ 11 Abs. 2 Landessatzung", the § heading repeated before "(2)" taken off
  'party/05-lpt-ersetze-absatz-mit-ueberschrift',
  // "§ 2 Nr. 1 der Satzung wird wie folgt geändert:" + indented bullets "die Wörter „X“ werden durch „Y“ ersetzt" / "… werden zu „Y“ geändert"; an old text also inside another change's passage is the other occurrence
  'party/15-landesversammlung-bullets-woerter',
  // implicit-replacement with the lead run into the subject line: "Betr.: Abfallwirtschaftskonzept: Der Kreistag möge beschließen:" + the new resolution
  'council/26-oberlahn-kreistag-ersetzung',
  // "… möge beschließen als Punkt 9 der textlichen Festsetzung den nachfolgenden Punkt aufzunehmen:" — the part named as the base's lead names it
  'council/31-bad-lindenau-punkt-9-aufnehmen',
  // "Wir beantragen daher eine Ergänzung der GRDrs 418/2022 um einen neuen Punkt 5 mit dem Inhalt:" — the paper cited by the base's number
  'council/23-neckarbuehl-neuer-punkt-5',
  // Artikelgesetz: "In § 4 Abs. 3 Satz 2 der …verordnung vom … werden nach dem Wort „A“ das Wort „B“ durch ein Komma ersetzt und nach dem Wort „C“ die Wörter „D“ eingefügt"; the article changing another law set aside with a warning
  'party/21-lg-compound-komma-eingefuegt',
  // "1. § 1 Absatz 4 wird wie folgt gefasst:" + a portal's "altneu" line + the quotation; nested "a) Absatz 4 …" after blank lines; Artikel 2 (another law) set aside with a warning
  'party/22-lg-gefasst-altneu',
  // Gesetzesbeschluss "mit folgender Maßgabe": "In Artikel 1 werden in Absatz 1 Satz 1 nach dem Wort "geführt" das Komma und die Wörter … gestrichen" — Absatz 1 is the paragraph labelled „(1) of the article's quoted new wording
  'party/18-bt-gesetzesbeschluss-massgabe',
  // "Dem § 4 Abs. 1 wird folgender Satz 2 angefügt:" (number checked against the base), "die Angabe " , 5 und 6" durch die Angabe "und 5" ersetzt"; Artikel 1 (another law) set aside with a warning
  'party/23-lg-angefuegt-angabe-aufgehoben',
  // "In den neuen Absatz 5 wird in Satz 1 nach dem Wort „X“ eingefügt:" after "Die bisherigen Absätze 4 und 5 erhalten die neuen Nummern 5 und 6."
  'party/04-lpt-absatz-einfuegen-umnummerieren',
  // neufassung-von-einheit-colon: "Neufassung von § 17*, Abs. 3, Punkt 4:" + the new item, "Bisherige Fassung:" echo skipped
  'party/08-lpt-neufassung-punkt-bisherige-fassung',
  // several-units: "Ersetze § 14* Abs. 1 und 2 OrgStatut durch:" + "(1)… (2) …", the adopted block of three
  'party/09-lpt-antragskommission-fassung',
  // printed line numbers: "Ersetze Z. 31 bis Z. 37 von „A“ bis „B“ durch:" against the numbers printed in the base
  'party/11-buko-ersetze-zeilen-von-bis',
  // printed line numbers: "… ist in Zeile 37 hinter „…“ folgender Satz einzufügen:", subheadings numbered like text
  'party/12-kdv-zeile-hinter-satz-einzufuegen',
  // two-level address: "In Artikel 1 Nummer 5 ist § 30b Absatz 2 wie folgt zu ändern:" + "ist zu streichen", "sind … zu ersetzen", "sind nach … einzufügen"
  'party/19-br-empfehlungen-ist-zu',
  // two-level address "In § 3 Nr. 22 wird § 12 Nr. 1 wie folgt geändert:" + verb-less items on decimal sub-items in the run of the text ("Nr. 1.16 aufgehoben.")
  'party/29-lt-bayern-verblose-befehle-zitatstelle',
  // clauses-block: "Die Punkte 1. – 3. des Ursprungsantrages werden ersetzt durch:" + an intro line and run-on items, one block in their place, the lead kept
  'council/22-waldacker-punkte-ersetzt-inline',
  // "Absatz 9 … wird um folgende Regelung ergänzt" (no colon) + the text, "und erhält damit folgende Fassung:" + the wording, checked as an echo
  'party/07-lpt-ergaenzt-erhaelt-fassung',
  // "Der Beschlussverschlag des Bürgermeisters sollte ergänzt werden: „(…) und …“": typo one edit inside, the proposer's genitive, "(…)" continuing the last sentence
  'council/25-wesselhoven-ergaenzung-mit-auslassung',
  // "in der Beschlussvorlage 212/03 "…" die Beschlussanträge Nr. 1, Nr. 2 und Nr. 3 neu zu fassen und wie folgt zu beschließen:" + a heading per clause; "Beschlussanträge Nr. 4 und Nr. 5 entfallen."
  'council/08-remsfeld-beschlussantraege-neu',
  // heading change: "§ 10 wird wie folgt geändert: a) In der Überschrift werden die Wörter „…“ gestrichen.", "Im Satzteil vor Nummer 1 …", "Die Nummern 3 und 4 werden die Nummern 2 und 3."
  'party/28-lg-mehrfach-ersetzt-nummern-werden',
  // item lines "Punkt 7: Vertagung …": "Punkt 7 … “alt” wird in Punkt 7: “neu” geändert:" (heading) + "Streiche:" / "Ersetze durch:" blocks under it
  'party/02-landesversammlung-streiche-ersetze-durch',
  // "Ergänzen in „<title> Beschluss des …“:" + "Block 3" + "[… tail.] new text"; "Ersetzen in „…“:" + "Ab: Block 3 Letzter Satz" „old“ "Durch:" „new“ (the quote authoritative); the title matched word for word
  'party/03-ljt-ergaenzen-ersetzen-block',
]);

/** The statute amendments (fixtures/statutes/amendments) applied correctly today; the others are refused. */
const STATUTES_CORRECT: ReadonlySet<string> = new Set([
  // "Die Hauptsatzung … (Amtsblatt … S. 41) wird wie folgt geändert:", "In dem neuen Absatz 2 …" after a renumbering, a quoted "§ 4a"
  'statutes/01-hauptsatzung-aufheben-umnummerieren-4a',
  // "Die Geschäftsordnung wird wie folgt geändert:" + numbered instructions, Satz angefügt, Halbsatz
  'statutes/02-go-rat-satz-anfuegen-fassen-halbsatz',
  // "Die Bundessatzung wird wie folgt geändert:" with a nested list (correct after w4-grammar met w4-frame)
  'statutes/05-bundessatzung-parteitagsantrag',
  // a Zusatzantrag to the Bundessatzung
  'statutes/06-bundessatzung-zusatzantrag',
  // "Die Landessatzung wird wie folgt geändert:" against the "Satzung des Landesverbandes …"
  'statutes/08-landessatzung-nummer-buchstabe-satz',
  // "Die Satzung über … (Sporthallensatzung) vom … wird wie folgt geändert:", "§ 7 erhält folgende Fassung: „§ 7. … (1) …“"
  'statutes/12-sporthallen-erhaelt-fassung',
  // "Nach § 8 Absatz 2 Satz 1 wird der folgende Satz eingefügt: „…“" (a sentence inserted after the sentence of a named clause)
  'statutes/14-hauptsatzung-hdr4-stil',
  // "In § 5 werden die Absätze 2 bis 4 durch folgenden Absatz 2 ersetzt: „(2) …“", "Die §§ 3 und 4 werden aufgehoben." (expected.md adapted to the removal convention)
  'statutes/13-jugendbeirat-paragraphen-aufgehoben',
  // "§ 4 der Satzung über … wird wie folgt geändert: 1. Absatz 1 …: a) In Nummer 1 Buchstabe a …", "c) Nummer 2 wird wie folgt gefasst: „2. …“" (its Buchstaben go with it)
  'statutes/04-gebuehrensatzung-tarif-einzelvorschrift',
  // "a) Absatz 1 wird wie folgt geändert: aa) In Nummer 1 … bb) In Nummer 2 Buchstabe a Doppelbuchstabe bb …" (items wrapped over lines), "In Absatz 3 wird der letzte Satz aufgehoben"
  'statutes/10-entschaedigung-doppelbuchstabe-letzter-satz',
  // "In § 8 Abs. 2 GO wird der Punkt am Ende der Nummer 5 durch ein Komma ersetzt und folgende Nummer 6 angefügt:", "§ 10 Abs. 2 GO wird aufgehoben; der bisherige Absatz 3 wird Absatz 2."
  'statutes/11-go-parteitag-go-referenzen',
  // "In Art. 5 Abs. 2 bis 4 wird das Wort „Verbandsräte“ jeweils durch … ersetzt", "das Wort „und“ am Ende durch ein Komma", "der Punkt am Ende durch das Wort „und“"
  'statutes/09-verbandssatzung-art-bereich-jeweils',
  // "§ 16 (6) <current wording>" (reads like "sind … zu behandeln") then "Ändern in:" + the new wording: the reprint of the base is set aside
  'statutes/07-landessatzung-bisherige-fassung-aendern-in',
  // "a) Absatz 2 wird aufgehoben. b) Die Absatzbezeichnung „(1)“ wird gestrichen. c) Die Angabe „…“ wird gestrichen.": the one Absatz left becomes the § text
  'statutes/03-go-rat-buchstabe-absatzbezeichnung',
]);

const cases = realCases();
const outcomes = new Map<string, Outcome>(cases.map((c) => [c.name, judge(c)]));
const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();

describe('the real-amendment corpus', () => {
  it('holds the 60 cases of fixtures/real', () => {
    expect(cases).toHaveLength(60);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: correct or refused as pinned, never silently wrong',
    (name, c) => {
      const outcome = outcomes.get(name)!;
      expect(outcome.kind, outcome.detail).not.toBe('wrong');
      expect(outcome.kind, outcome.detail).toBe(CORRECT.has(name) ? 'correct' : 'refused');
      if (outcome.kind === 'refused') expectClearRefusal(c, outcome);
    },
  );

  it('applies no case that no clerk could apply mechanically', () => {
    for (const c of cases.filter((x) => !x.meta.mechanical)) expect(outcomes.get(c.name)!.kind, c.name).toBe('refused');
  });
});

/** A refusal names the sentence (found in the amendment, or the old text quoted) and says why. */
function expectClearRefusal(c: RealCase, outcome: Outcome): void {
  expect(outcome.sentence, outcome.detail).toBeDefined();
  expect(fold(outcome.sentence!).length).toBeGreaterThan(0);
  if (outcome.detail.startsWith('Cannot read the instruction')) {
    // The InstructionError's sentence is a sentence of the document as given.
    expect(fold(c.amendment)).toContain(fold(outcome.sentence!).slice(0, 60));
    expect(outcome.detail).toMatch(/\): \S/u);
  }
}

describe('the statute amendments (fixtures/statutes/amendments)', () => {
  const statutes = statuteCases();

  it.each(statutes.map((c) => [c.name, c] as const))(
    '%s: correct or refused with a clear error, never silently wrong',
    (name, c) => {
      const outcome = judge(c);
      expect(outcome.kind, outcome.detail).not.toBe('wrong');
      expect(outcome.kind, outcome.detail).toBe(STATUTES_CORRECT.has(name) ? 'correct' : 'refused');
      if (outcome.kind === 'refused') expectClearRefusal(c, outcome);
    },
  );
});

describe("the CLI's check on the corpus", () => {
  const root = fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
  const sample = cases.filter((c, i) => i % 6 === 0 || CORRECT.has(c.name));

  it.each(sample.map((c) => [c.name, c] as const))(
    '%s: exit 0 only when applied, else exit 1 with the reason',
    async (name, c) => {
      const dir = join(root, name);
      let stdout = '';
      const args = ['check', join(dir, c.pdf ? 'base.txt' : 'base.md'), join(dir, 'amendment.txt')];
      if (c.pdf) args.push('--dehyphenate');
      const code = await run(args, {
        stdin: Readable.from([]),
        stdout: { write: (s: string) => (stdout += s), isTTY: false },
        stderr: { write: () => true },
        env: {},
      });
      if (CORRECT.has(name)) {
        // Clean, or warnings only (a complete new wording that keeps no clause is worth a look).
        expect(stdout).not.toMatch(/\terror /u);
        expect(code === 0 ? stdout : 'applies cleanly').toContain('applies cleanly');
      } else {
        expect(code).toBe(1);
        expect(stdout).not.toContain('applies cleanly');
        expect(stdout).toMatch(/\terror /u);
      }
    },
  );
});
