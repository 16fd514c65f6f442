/**
 * The one vocabulary of clause references ("Ziffer 3", "§ 16 Absatz 6 Nr. 3
 * Buchstabe b", "der letzte Satz", "Halbsatz 1", "Ziffern 2 bis 4", "Ziffer 2
 * (alt)", "… des Beschlusses"), as data: the reference reader (read.ts), the
 * resolver (resolve.ts, find-clause.ts), the writer (write.ts) and the
 * instruction reader all use these lists and no other. All entries are lower
 * case; a trailing dot of an abbreviation ("Nr.", "Abs.") is not part of the
 * entry.
 *
 * @module
 */
import { ORDINAL_WORD_STEMS } from '../parse/markers.js';

/**
 * The kind of a clause-reference noun: a statute `unit` (§, Art.) or a
 * `section` above units (Abschnitt, Teil), a `clause` of a list (Ziffer,
 * Nummer, Buchstabe), a `paragraph` (Absatz: a child `(2)` of a statute unit,
 * else the second paragraph of the text), a `sentence`, a `halfSentence`, or a
 * `line` of the numbered base.
 */
export type NounKind = 'section' | 'unit' | 'clause' | 'paragraph' | 'sentence' | 'halfSentence' | 'line';

/** A reference noun: its kind and the canonical spelling used in `Change.clause`. */
export interface Noun {
  /** What it addresses. */
  kind: NounKind;
  /** Canonical spelling ("Ziffer", "Buchstabe", "Satz", "§"). */
  canonical: string;
  /** Whether the word is written with a dot ("Nr.", "Abs."). */
  abbreviation?: boolean;
  /** Only a noun when its dot follows ("Art. 5", "S. 2"; "Art" and "s" alone are other words). */
  dotted?: boolean;
}

const section = (canonical: string): Noun => ({ kind: 'section', canonical });
const unit = (canonical: string): Noun => ({ kind: 'unit', canonical });
const clause = (canonical: string): Noun => ({ kind: 'clause', canonical });
const abbreviated = (noun: Noun): Noun => ({ ...noun, abbreviation: true });

/** Nouns that address a clause or a part of one ("Ziffer 3", "§ 7", "Buchstabe b", "Satz 2", "Zeile 12"). */
export const REFERENCE_NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ['teil', section('Teil')],
  ['teile', section('Teil')],
  ['teils', section('Teil')],
  ['abschnitt', section('Abschnitt')],
  ['abschnitte', section('Abschnitt')],
  ['abschnitts', section('Abschnitt')],
  ['abschnittes', section('Abschnitt')],
  ['kapitel', section('Kapitel')],
  ['paragraph', unit('§')],
  ['paragraphen', unit('§')],
  ['paragraf', unit('§')],
  ['paragrafen', unit('§')],
  ['§', unit('§')],
  ['§§', unit('§')],
  ['artikel', unit('Art.')],
  ['art', { ...abbreviated(unit('Art.')), dotted: true }],
  ['anlage', unit('Anlage')],
  ['anlagen', unit('Anlage')],
  ['ziffer', clause('Ziffer')],
  ['ziffern', clause('Ziffer')],
  ['ziff', abbreviated(clause('Ziffer'))],
  ['punkt', clause('Punkt')],
  ['punkte', clause('Punkt')],
  ['punkten', clause('Punkt')],
  ['punktes', clause('Punkt')],
  ['pkt', abbreviated(clause('Punkt'))],
  ['nummer', clause('Nr.')],
  ['nummern', clause('Nr.')],
  ['nr', abbreviated(clause('Nr.'))],
  ['nrn', abbreviated(clause('Nr.'))],
  ['buchstabe', clause('Buchstabe')],
  ['buchstaben', clause('Buchstabe')],
  ['buchstabens', clause('Buchstabe')],
  ['buchst', abbreviated(clause('Buchstabe'))],
  ['bst', abbreviated(clause('Buchstabe'))],
  ['lit', abbreviated(clause('Buchstabe'))],
  ['doppelbuchstabe', clause('Doppelbuchstabe')],
  ['doppelbuchstaben', clause('Doppelbuchstabe')],
  ['doppelbuchst', abbreviated(clause('Doppelbuchstabe'))],
  ['unterziffer', clause('Unterziffer')],
  ['unterziffern', clause('Unterziffer')],
  ['unterpunkt', clause('Unterpunkt')],
  ['unterpunkte', clause('Unterpunkt')],
  ['spiegelstrich', clause('Spiegelstrich')],
  ['spiegelstriche', clause('Spiegelstrich')],
  ['spiegelstrichen', clause('Spiegelstrich')],
  ['spiegelstrichs', clause('Spiegelstrich')],
  ['anstrich', clause('Spiegelstrich')],
  ['anstriche', clause('Spiegelstrich')],
  ['bullet', clause('Spiegelstrich')],
  ['aufzählungspunkt', clause('Spiegelstrich')],
  ['absatz', { kind: 'paragraph', canonical: 'Absatz' }],
  ['absatzes', { kind: 'paragraph', canonical: 'Absatz' }],
  ['absätze', { kind: 'paragraph', canonical: 'Absatz' }],
  ['absätzen', { kind: 'paragraph', canonical: 'Absatz' }],
  ['abs', { kind: 'paragraph', canonical: 'Absatz', abbreviation: true }],
  ['satz', { kind: 'sentence', canonical: 'Satz' }],
  ['satzes', { kind: 'sentence', canonical: 'Satz' }],
  ['sätze', { kind: 'sentence', canonical: 'Satz' }],
  ['sätzen', { kind: 'sentence', canonical: 'Satz' }],
  ['s', { kind: 'sentence', canonical: 'Satz', abbreviation: true, dotted: true }],
  ['halbsatz', { kind: 'halfSentence', canonical: 'Halbsatz' }],
  ['halbsatzes', { kind: 'halfSentence', canonical: 'Halbsatz' }],
  ['hs', { kind: 'halfSentence', canonical: 'Halbsatz', abbreviation: true }],
  ['zeile', { kind: 'line', canonical: 'Zeile' }],
  ['zeilen', { kind: 'line', canonical: 'Zeile' }],
  // "Z. 31 bis Z. 37" (party tools); only with its dot ("z. B." is no line: it has no number).
  ['z', { kind: 'line', canonical: 'Zeile', abbreviation: true, dotted: true }],
  // "Block 3" of a convention's resolution (an item line, parse/unit-line.ts).
  ['block', clause('Block')],
  ['blocks', clause('Block')],
]);

/** Nouns that name the whole resolution ("Im Beschlusstext wird …", "Ziffer 1 der Vorlage"). */
export const WHOLE_RESOLUTION_NOUNS: ReadonlySet<string> = new Set([
  'beschluss',
  'beschlusses',
  'beschlusstext',
  'beschlusstextes',
  'beschlussvorschlag',
  'beschlussvorschlags',
  'beschlussvorschlages',
  'beschlussentwurf',
  'beschlussentwurfs',
  'beschlussvorlage',
  'antrag',
  'antrags',
  'antrages',
  'antragstext',
  'antragstextes',
  'hauptantrag',
  'hauptantrags',
  'hauptantrages',
  'ursprungsantrag',
  'ursprungsantrags',
  'ursprungsantrages',
  'leitantrag',
  'leitantrags',
  'leitantrages',
  'vorlage',
  'verwaltungsvorlage',
  'drucksache',
  'beschlusspunkte',
  'beschlusspunkt',
]);

/** Ordinal adjectives: "das zweite Wort", "der dritte Spiegelstrich". */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [stem, n] of ORDINAL_WORD_STEMS)
    for (const ending of ['e', 'en', 'er', 'es', 'em']) map.set(stem + ending, n);
  return map;
})();

/** "letzter Satz", "im letzten Satz". */
export const LAST_WORDS: ReadonlySet<string> = new Set(['letzte', 'letzten', 'letzter', 'letztes', 'letztem']);

/** Words that join two items of a list ("Ziffern 2 und 3", "„A“ durch „B“ und „C“ durch „D“"). */
export const AND_WORDS: ReadonlySet<string> = new Set(['und', 'sowie', 'ferner']);

/** "Ziffern 4 bis 6". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['bis']);

/** Words that ask for the base numbering of a redline ("Ziffer 2 (alt)", "bisherige Ziffer 2"). */
export const OLD_WORDS: ReadonlySet<string> = new Set([
  'alt',
  'alte',
  'alten',
  'alter',
  'bisherige',
  'bisherigen',
  'bisheriger',
  'bisheriges',
]);

/** Words that ask for the amended numbering (the default). */
export const NEW_WORDS: ReadonlySet<string> = new Set(['neu', 'neue', 'neuen', 'neuer', 'neues']);

/** Words after which a reference names the document, not a clause ("Ziffer 3 des Beschlusses", "§ 7 der Bundessatzung"). */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'des',
  'der',
  'dieser',
  'dieses',
  'im',
  'aus',
  'seiner',
  'ihrer',
  'unserer',
]);
