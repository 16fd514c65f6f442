/**
 * Abbreviations that end in a dot and stay one token with it (`z. B.`,
 * `u. a.`, `Nr.`, `gem.`): the list, as data, and matching one at a place in
 * a text for the tokeniser.
 *
 * @module
 */
import { characterAt, isLetter, isTokenSpace } from './chars.js';

/**
 * Abbreviations that end in a dot and stay one token with it. Multi-part ones
 * ("z. B.") match with or without the space (also NBSP/thin space) between the
 * parts; the first letter may be capitalised at a sentence start ("Z. B.").
 * Single letters are only listed as parts of longer abbreviations, so "Ziffer a."
 * is not mistaken for one.
 */
const ABBREVIATIONS: readonly string[] = [
  'z. B.',
  'z. T.',
  'u. a.',
  'u. U.',
  'u. Ä.',
  'o. ä.',
  'o. Ä.',
  'd. h.',
  'i. d. R.',
  'i. V. m.',
  'i. S. d.',
  'v. a.',
  's. o.',
  's. u.',
  'm. E.',
  'u. v. m.',
  'a. D.',
  'i. A.',
  'i. V.',
  'n. F.',
  'a. F.',
  'bzw.',
  'Nr.',
  'Nrn.',
  'gem.',
  'ggf.',
  'vgl.',
  'usw.',
  'etc.',
  'Abs.',
  'Art.',
  'Ziff.',
  'Buchst.',
  'lit.',
  'Dr.',
  'Prof.',
  'ca.',
  'inkl.',
  'evtl.',
  'sog.',
  'bspw.',
  'Mio.',
  'Mrd.',
  'Tsd.',
  'Str.',
  'St.',
  'lfd.',
  'insb.',
  'einschl.',
  'zzgl.',
  'abzgl.',
  'max.',
  'min.',
  'Hrsg.',
  'Tel.',
  'Fa.',
  'Jh.',
  'Std.',
  'Min.',
  'geb.',
  'verh.',
  'zit.',
  'Anl.',
  'Anm.',
  'Bd.',
  'Kap.',
  'Verf.',
  'allg.',
  'bzgl.',
  'ehem.',
  'entspr.',
  'erg.',
  'ff.',
  'Jan.',
  'Feb.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
  'Hr.',
  'Fr.',
  // Official gazettes in statute citations ("(BGBl. I S. 1857)", "(GVOBl. M-V S. 207)").
  'BGBl.',
  'GV. NRW.',
  'GVBl.',
  'GVOBl.',
  'SächsGVBl.',
  'GBl.',
  'ABl.',
  'MBl.',
];

/** Abbreviations split into their letter parts, grouped by the first part (lower-cased first letter). */
const ABBREVIATION_PARTS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>();
  for (const abbreviation of ABBREVIATIONS) {
    const parts = abbreviation
      .split('.')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const key = firstLower(parts[0]!);
    const list = map.get(key) ?? [];
    list.push(parts);
    map.set(key, list);
  }
  // Longest first, so "i. V. m." wins over "i. V.".
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

function firstLower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** An abbreviation from {@link ABBREVIATIONS} starting at `start`, or undefined. */
export function scanAbbreviation(text: string, start: number): number | undefined {
  // The first letter run decides which abbreviations can match.
  let j = start;
  while (j < text.length && isLetter(characterAt(text, j))) j += characterAt(text, j).length;
  if (j === start || text[j] !== '.') return undefined;
  const candidates = ABBREVIATION_PARTS.get(firstLower(text.slice(start, j)));
  if (candidates === undefined) return undefined;
  for (const parts of candidates) {
    const end = matchParts(text, start, parts);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** Matches "part. part. …" with at most one inline space after each inner dot; the end must not run into a letter. */
function matchParts(text: string, start: number, parts: readonly string[]): number | undefined {
  let j = start;
  for (let p = 0; p < parts.length; p += 1) {
    const part = parts[p]!;
    if (p > 0 && isTokenSpace(text[j] ?? '')) j += 1;
    const actual = text.slice(j, j + part.length);
    const ok = p === 0 ? firstLower(actual) === firstLower(part) : actual === part;
    if (!ok) return undefined;
    j += part.length;
    if (text[j] !== '.') return undefined;
    j += 1;
  }
  return isLetter(characterAt(text, j)) ? undefined : j;
}
