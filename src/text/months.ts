/**
 * German month names and their abbreviations, in lower case: one list for the
 * sentence splitter ("am 3. Oktober" ends no sentence) and the clause parser
 * ("4. Oktober 2021" at a line start is a date, not a label).
 *
 * @module
 */

/** German month names and abbreviations, lower case. */
export const MONTHS: readonly string[] = [
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jan.',
  'feb.',
  'febr.',
  'mär.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dez.',
];

/** {@link MONTHS} as a set. */
export const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
