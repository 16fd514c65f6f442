/**
 * The lines of an amendment document that are not instructions, as data:
 * vote results and minutes formulas, the user-interface text of council
 * information systems and web pages, echo blocks that reprint the old
 * wording, and the titles that open a speaker's line in minutes. The reader
 * (read/skip.ts) blanks these lines out before it reads sentences; all
 * entries are lower case and compared with a line whose Markdown was stripped.
 *
 * @module
 */

/**
 * Line starts of vote results ("Abstimmungsergebnis: einstimmig", "Abst.-Erg.:
 * 21 dafür", "dafür: 29 (…)", "Beschluss des Stadtrates: mit 12 gegen 35
 * Stimmen abgelehnt"): the whole line is a result, whatever follows.
 */
export const VOTE_LINE_STARTS: readonly string[] = [
  'abstimmungsergebnis',
  'abst.-erg',
  'abst. erg',
  'abstimmung:',
  'beschluss des ',
  'dafür:',
  'dafür ',
  'dagegen:',
  'dagegen ',
  'enth.',
  'enthaltung',
  'enthaltungen',
  'zustimmung:',
  'ablehnung:',
  'stimmenthaltung',
  'ja:',
];

/**
 * Words a line may consist of alone to be a vote result ("abgelehnt",
 * "Einstimmig zugestimmt.", "Beschluss: mehrheitlich angenommen", "X").
 */
export const VOTE_WORDS: ReadonlySet<string> = new Set([
  'angenommen',
  'abgelehnt',
  'beschlossen',
  'zugestimmt',
  'einstimmig',
  'mehrheitlich',
  'erledigt',
  'geändert',
  'ungeändert',
  'mit',
  'ohne',
  'änderung',
  'änderungen',
  'zurückgestellt',
  'vertagt',
  'zurückgezogen',
  'verwiesen',
  'zur',
  'kenntnis',
  'genommen',
  'so',
  'x',
  'zugesetzt',
  'stimmenmehrheit',
  'bei',
  'gegenstimmen',
  'gegenstimme',
  'enthaltungen',
  'enthaltung',
  'stimmen',
]);

/** Headings whose text, when it is only {@link VOTE_WORDS}, is a vote result ("Beschluss: abgelehnt", "Zusatz: zugesetzt"). */
export const VOTE_HEADINGS: readonly string[] = ['beschluss', 'beschlüsse', 'zusatz', 'ergebnis', 'status'];

/**
 * Whole lines (or line starts ending in ":" or "|") that a council
 * information system, a portal or a web page prints around a document:
 * collapse buttons, navigation, print hints, table headings, login notes.
 */
export const NOISE_LINES: readonly string[] = [
  'reduzieren',
  'erweitern',
  'loading...',
  'beratungsfolge',
  'vorherige seite',
  'eine seite weiter',
  'vorschau / übersicht',
  'druck- und lokalversion',
  'für einen individuellen ausdruck',
  'regelwerk',
  'änderungstext',
  'kommentar verfassen',
  'artikel kommentieren',
  'verwandte artikel',
  'weitere antragsteller',
  'fehler:',
  'wortprotokoll',
  'bezeichnunginhalt',
  'tagesordnungspunkt',
  'pdf herunterladen',
  'anlagen',
  'protokollvermerk:',
  'beschlüsse:',
  'beschluss:',
  'beschluss',
  // the "alt"/"neu" version buttons of a statute portal, run together by text extraction
  'altneu',
];

/** Line starts of web-page link rows (">> Antrag als PDF"). */
export const NOISE_LINE_STARTS: readonly string[] = ['>>', '|'];

/**
 * Headings of a block that reprints the old wording as a check ("bisherige
 * Formulierung:", "Bisherige Fassung:"): the block is no instruction.
 */
export const ECHO_HEADINGS: readonly string[] = [
  'bisherige formulierung',
  'bisherige fassung',
  'bisheriger text',
  'bisheriger wortlaut',
  'alte fassung',
  'alter text',
];

/**
 * Headings after which an adopted text of the instructions follows, later
 * ones winning ("Fassung der Antragskommission:", "Text des Beschlusses:"):
 * a document that has one is read from the last of them only.
 */
export const ADOPTED_BLOCK_HEADINGS: readonly string[] = ['text des beschlusses', 'fassung der antragskommission'];

/**
 * Titles and abbreviations that open a speaker's line in minutes ("Herr
 * Olberg kündigt an …", "Rh. Kaminski (FDP) beantragt, …"): such a sentence is
 * prose about the motion, and it ends a new text given without quotes.
 */
export const SPEAKER_WORDS: ReadonlySet<string> = new Set([
  'herr',
  'frau',
  'rh',
  'rf',
  'stv',
  'str',
  'strin',
  'stadtrat',
  'stadträtin',
  'bürgermeister',
  'bürgermeisterin',
  'oberbürgermeister',
  'oberbürgermeisterin',
  'bezirksbürgermeister',
  'bezirksbürgermeisterin',
  'fraktionsvorsitzender',
  'fraktionsvorsitzende',
  'stadtverordnetenvorsteher',
  'stadtverordnetenvorsteherin',
  'ratsmitglied',
  'ratsfrau',
  'ratsherr',
  'dr',
]);
