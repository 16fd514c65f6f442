/**
 * The German phrase lists the parser works with, as data in one place:
 * what starts and ends a resolution, document kinds, file-number labels,
 * words of clause references, and the words that keep a line-end hyphen.
 * All comparisons are case-insensitive on text whose Markdown emphasis,
 * heading hashes and surrounding white space were removed.
 *
 * @module
 */

/**
 * Headings that open the resolution section when they stand alone on a line
 * (optionally with a trailing colon, `#` heading markup or bold), or start a
 * line followed by a colon and the first resolution text (`Beschluss: Der Rat …`).
 */
export const RESOLUTION_HEADINGS: readonly string[] = [
  'Beschluss',
  'Beschlussvorschlag',
  'Beschlussvorschläge',
  'Beschlussentwurf',
  'Beschlusstext',
  'Beschlussempfehlung',
  'Beschlussantrag',
  'Beschluss-Vorschlag',
  'Vorschlag zur Beschlussfassung',
  'Entscheidungsvorschlag',
  'Antragstext',
  'Beschlussfassung',
  // The old spelling (before 1996/2006), as older papers print it.
  'Beschluß',
  'Beschlußvorschlag',
  'Beschlußantrag',
  'Beschlußtext',
];

/**
 * Phrases that open the resolution when a paragraph containing one of them
 * ends with a colon ("Der Rat möge beschließen:", "… folgenden Beschluss zu
 * fassen:"); that paragraph becomes the resolution's `lead`.
 */
export const RESOLUTION_PHRASES: readonly string[] = [
  'möge beschließen',
  'möge folgendes beschließen',
  'möge folgenden beschluss fassen',
  'wolle beschließen',
  'beschließt:',
  'beschließt folgendes',
  'beschließt wie folgt',
  'beschließt folgenden',
  'folgenden beschluss zu fassen',
  'folgenden beschluss fassen',
  'fasst folgenden beschluss',
  'empfiehlt dem rat zu beschließen',
  'wird gebeten zu beschließen',
];

/** The markers named in the `no-resolution` error message. */
export const MARKERS_FOR_MESSAGE: readonly string[] = [
  'Beschluss:',
  'Beschlussvorschlag:',
  'Der Rat möge beschließen:',
  'Der Ausschuss möge beschließen:',
  'Die Stadtverordnetenversammlung möge beschließen:',
  'Der Rat der Stadt beschließt:',
  'folgenden Beschluss zu fassen:',
];

/**
 * Phrases that make the first unlabelled paragraph after a resolution heading
 * its lead even without a colon ("Der Beschluss wird wie folgt geändert").
 */
export const LEAD_PHRASES: readonly string[] = [
  'wie folgt',
  'möge beschließen',
  'beschließt:',
  'folgenden beschluss',
  'folgende fassung',
];

/** Headings that end the resolution and start the rationale. */
export const RATIONALE_HEADINGS: readonly string[] = [
  'Begründung',
  'Begründungen',
  'Antragsbegründung',
  'Kurzbegründung',
  'Erläuterung',
  'Erläuterungen',
  'Sachverhalt',
  'Sachdarstellung',
  'Sachbericht',
  'Problembeschreibung',
];

/** Headings that end the resolution without being a rationale. */
export const OTHER_END_HEADINGS: readonly string[] = [
  'Finanzielle Auswirkungen',
  'Anlage',
  'Anlagen',
  'Abstimmungsergebnis',
];

/**
 * Headings of a vote result, which end the resolution even with the result on
 * their own line ("Abstimmungsergebnis: einstimmig angenommen"): minutes print
 * it right under the resolution, and it is never a clause of it.
 */
export const VOTE_RESULT_HEADINGS: readonly string[] = ['Abstimmungsergebnis', 'Ergebnis der Abstimmung'];

/** Line starts that close a document: greeting formulas and signatures. */
export const CLOSINGS: readonly string[] = [
  'mit freundlichen grüßen',
  'mit freundlichem gruß',
  'mit freundlichen grüssen',
  'freundliche grüße',
  'gez.',
  'gez ',
];

/**
 * Document kinds recognised at the start of a header line ("Änderungsantrag zu …").
 * Any other word ending in `-antrag` counts as well; these are the ones that are not.
 */
export const KINDS: readonly string[] = [
  'Antrag',
  'Beschlussvorlage',
  'Vorlage',
  'Verwaltungsvorlage',
  'Dringlichkeitsvorlage',
  'Resolution',
];

/** Words that join two hyphenated words of a compound kind ("Änderungs- bzw. Zusatzantrag"). */
export const KIND_JOINERS: readonly string[] = ['und', 'bzw.', 'oder', 'sowie', '/'];

/** Labels that introduce a file number ("Drucksache Nr.: 07035-17", "Drucksachen-Nr. 4711/2020-2025"). */
export const REFERENCE_LABELS: readonly string[] = [
  'drucksachen-nr.',
  'drucksachen-nr',
  'drucksache nr.',
  'drucksache-nr.',
  'drucksache',
  'drs.',
  'drs.-nr.',
  'ds ',
  'vorlagen-nr.',
  'vorlage-nr.',
  'vorlage nr.',
  'antrags-nr.',
  'antragsnummer',
  'antrag nr.',
  'az.',
  'aktenzeichen',
  'vorgangsnummer',
];

/** Prefix words of a header line that is the subject ("Betreff: …"). */
export const TITLE_LABELS: readonly string[] = ['betreff', 'betr.', 'titel', 'thema', 'gegenstand'];

/** Words that may follow a number and a dot without it being a list label ("3. Quartal 2024", "1. Lesung"). */
export const ORDINAL_NOUNS: readonly string[] = [
  'quartal',
  'halbjahr',
  'lesung',
  'jahrhundert',
  'jahrestag',
  'lebensjahr',
  'lebensjahres',
  'lebensjahrs',
  'kalenderjahr',
  'kalenderjahres',
  'geburtstag',
];

/**
 * Words after a line-end hyphen that show the hyphen is a suspended compound
 * ("Rechts- und Ordnungsdezernat"), so dehyphenation keeps it and the space.
 */
export const HYPHEN_KEEPERS: readonly string[] = [
  'und',
  'oder',
  'bzw.',
  'sowie',
  'als',
  'bis',
  'noch',
  'wie',
  'u.',
  'und/oder',
];

/**
 * Abbreviations written as one letter, a dot and another letter with a dot
 * (`z. B.`, `u. a.`): never a list label. The general rule is "letter, dot,
 * space, letter, dot"; this list documents the common ones.
 */
export const LETTER_ABBREVIATIONS: readonly string[] = [
  'z. B.',
  'u. a.',
  'd. h.',
  'o. g.',
  'o. ä.',
  'i. V.',
  'i. A.',
  's. o.',
  'v. a.',
  'u. U.',
  'i. d. R.',
  'a. D.',
];

/**
 * Page furniture of PDF text: lines that only carry a page number
 * ("- 2 -", "Seite 2 von 5"). They count as page breaks, not text.
 */
export const PAGE_FURNITURE: readonly RegExp[] = [/^[-–]\s?\d{1,4}\s?[-–]$/, /^Seite \d{1,4}(?: von \d{1,4})?$/i];

/** Stems of the German ordinal adjectives ("erst|e", "zweit|en", "dritt|es") and their values. */
export const ORDINAL_WORD_STEMS: ReadonlyArray<readonly [string, number]> = [
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
