/**
 * The words of statement headings ("Zu 1.", "Zum Antrag der FDP-Fraktion",
 * "Zu den Punkten 4 und 5"), as data. All entries are lower case.
 *
 * @module
 */

/** Words that open a section heading: "Zu 1.", "Zum Punkt 3", "Zur Ziffer 2". */
export const HEADING_WORDS: ReadonlySet<string> = new Set(['zu', 'zum', 'zur']);

/** Articles between the heading word and its noun ("Zu den Punkten 4 und 5"). */
export const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** Nouns that name a motion, not a clause: "Zum Antrag der FDP-Fraktion", "Zu den Anträgen …". */
export const MOTION_NOUNS: ReadonlySet<string> = new Set([
  'antrag',
  'anträgen',
  'anträge',
  'antrags',
  'änderungsantrag',
  'änderungsanträgen',
  'änderungsanträge',
  'zusatzantrag',
  'zusatzanträgen',
  'ergänzungsantrag',
  'ersetzungsantrag',
  'dringlichkeitsantrag',
  'ratsantrag',
  'fraktionsantrag',
]);

/** Words that join the motions of one phrase ("der SPD-Fraktion sowie der FDP-Fraktion"). */
export const LIST_WORDS: ReadonlySet<string> = new Set(['und', 'sowie', 'bzw.', 'bzw', 'oder', ',', '&']);

/** Words after which a motion phrase names something else ("… betreffend den TOP 6.1"). */
export const MOTION_STOP_WORDS: ReadonlySet<string> = new Set([
  'betreffend',
  'betr.',
  'betreffs',
  'hinsichtlich',
  'vom',
  'von',
  'zu',
  'zum',
  'zur',
  'in',
  'im',
  'für',
  'mit',
  'nimmt',
  'teilt',
  'wird',
]);

/** Nouns of numbered questions or points a heading may name that are not clause nouns ("Zu Frage 3"). */
export const OTHER_POINT_NOUNS: ReadonlySet<string> = new Set([
  'frage',
  'fragen',
  'anregung',
  'forderung',
  'antragspunkt',
]);

/** Most words a heading without a readable reference may have and still count as one. */
export const MAX_UNKNOWN_HEADING_WORDS = 6;
