/**
 * The words of clause references ("Ziffer 3", "Buchstabe b", "der letzte
 * Satz", "Ziffern 2 bis 4"), as data: the vocabulary that the reference reader,
 * the resolver and the instruction reader share. All entries are lower case;
 * a trailing dot of an abbreviation ("Nr.", "Abs.") is not part of the entry.
 *
 * @module
 */

/** The kind of a clause-reference noun. */
export type NounKind = 'clause' | 'paragraph' | 'sentence' | 'line';

/** A reference noun: its kind and the canonical spelling used in `Change.clause`. */
export interface Noun {
  /** What it addresses. */
  kind: NounKind;
  /** Canonical spelling ("Ziffer", "Buchstabe", "Satz"). */
  canonical: string;
  /** Whether the word is written with a dot ("Nr.", "Abs."). */
  abbreviation?: boolean;
}

/** Nouns that address a clause or a part of one ("Ziffer 3", "Buchstabe b", "Satz 2", "Zeile 12"). */
export const REFERENCE_NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ['ziffer', { kind: 'clause', canonical: 'Ziffer' }],
  ['ziffern', { kind: 'clause', canonical: 'Ziffer' }],
  ['ziff', { kind: 'clause', canonical: 'Ziffer', abbreviation: true }],
  ['punkt', { kind: 'clause', canonical: 'Punkt' }],
  ['punkte', { kind: 'clause', canonical: 'Punkt' }],
  ['punkten', { kind: 'clause', canonical: 'Punkt' }],
  ['punktes', { kind: 'clause', canonical: 'Punkt' }],
  ['nummer', { kind: 'clause', canonical: 'Nr.' }],
  ['nummern', { kind: 'clause', canonical: 'Nr.' }],
  ['nr', { kind: 'clause', canonical: 'Nr.', abbreviation: true }],
  ['nrn', { kind: 'clause', canonical: 'Nr.', abbreviation: true }],
  ['buchstabe', { kind: 'clause', canonical: 'Buchstabe' }],
  ['buchstaben', { kind: 'clause', canonical: 'Buchstabe' }],
  ['buchstabens', { kind: 'clause', canonical: 'Buchstabe' }],
  ['buchst', { kind: 'clause', canonical: 'Buchstabe', abbreviation: true }],
  ['lit', { kind: 'clause', canonical: 'Buchstabe', abbreviation: true }],
  ['spiegelstrich', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['spiegelstriche', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['spiegelstrichen', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['spiegelstrichs', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['anstrich', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['aufzählungspunkt', { kind: 'clause', canonical: 'Spiegelstrich' }],
  ['unterpunkt', { kind: 'clause', canonical: 'Unterpunkt' }],
  ['unterpunkte', { kind: 'clause', canonical: 'Unterpunkt' }],
  ['unterziffer', { kind: 'clause', canonical: 'Unterpunkt' }],
  ['abschnitt', { kind: 'clause', canonical: 'Abschnitt' }],
  ['abschnitte', { kind: 'clause', canonical: 'Abschnitt' }],
  ['abschnitts', { kind: 'clause', canonical: 'Abschnitt' }],
  ['paragraph', { kind: 'clause', canonical: '§' }],
  ['paragraf', { kind: 'clause', canonical: '§' }],
  ['§', { kind: 'clause', canonical: '§' }],
  ['§§', { kind: 'clause', canonical: '§' }],
  ['absatz', { kind: 'paragraph', canonical: 'Absatz' }],
  ['absatzes', { kind: 'paragraph', canonical: 'Absatz' }],
  ['absätze', { kind: 'paragraph', canonical: 'Absatz' }],
  ['abs', { kind: 'paragraph', canonical: 'Absatz', abbreviation: true }],
  ['satz', { kind: 'sentence', canonical: 'Satz' }],
  ['satzes', { kind: 'sentence', canonical: 'Satz' }],
  ['sätze', { kind: 'sentence', canonical: 'Satz' }],
  ['zeile', { kind: 'line', canonical: 'Zeile' }],
  ['zeilen', { kind: 'line', canonical: 'Zeile' }],
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
  'ursprungsantrag',
  'ursprungsantrags',
  'vorlage',
  'verwaltungsvorlage',
  'drucksache',
  'beschlusspunkte',
  'beschlusspunkt',
]);

/** Ordinal adjectives: "das zweite Wort", "der dritte Spiegelstrich". */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const stems: Array<[string, number]> = [
    ['erst', 1],
    ['zweit', 2],
    ['dritt', 3],
    ['viert', 4],
    ['fünft', 5],
    ['sechst', 6],
    ['siebt', 7],
    ['siebent', 7],
    ['acht', 8],
    ['neunt', 9],
    ['zehnt', 10],
    ['elft', 11],
    ['zwölft', 12],
  ];
  const map = new Map<string, number>();
  for (const [stem, n] of stems) for (const ending of ['e', 'en', 'er', 'es', 'em']) map.set(stem + ending, n);
  return map;
})();

/** "letzter Satz", "im letzten Satz". */
export const LAST_WORDS: ReadonlySet<string> = new Set(['letzte', 'letzten', 'letzter', 'letztes', 'letztem']);

/** Words that join two items of a list ("Ziffern 2 und 3", "„A“ durch „B“ und „C“ durch „D“"). */
export const AND_WORDS: ReadonlySet<string> = new Set(['und', 'sowie', 'ferner']);

/** "Ziffern 4 bis 6". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['bis']);
