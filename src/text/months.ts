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

/** The first three letters of each month, in order ("jän" is January in Austria). */
const MONTH_STARTS: readonly (readonly string[])[] = [
  ['jan', 'jän'],
  ['feb'],
  ['mär'],
  ['apr'],
  ['mai'],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep'],
  ['okt'],
  ['nov'],
  ['dez'],
];

/** The number (1–12) of a month named in {@link MONTHS} (lower case: "märz" → 3, "sept." → 9); undefined for any other word. */
export function monthNumber(word: string): number | undefined {
  if (!MONTH_SET.has(word)) return undefined;
  const start = word.slice(0, 3);
  const k = MONTH_STARTS.findIndex((starts) => starts.includes(start));
  return k < 0 ? undefined : k + 1;
}
