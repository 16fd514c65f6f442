/**
 * The lines that carry the structure of a statute (Satzung, Geschäftsordnung,
 * Parteisatzung): a unit line (`§ 7 Sitzungen`, `§ 7 – Sitzungen`, `§ 7.
 * Sitzungen`, `§ 7 (Sitzungen)`, `§ 7a`, `Art. 3 Aufgaben`, `Artikel 3`), a
 * section line above the units (`Erster Abschnitt`, `Abschnitt A: Grundlagen`,
 * `Teil 2 – …`, `I. Allgemeines`) or a `Präambel` line; their normalised
 * labels (`§ 7`, `Art. 3`, `Abschnitt A`) and the id segments of those labels
 * (`§7`, `Art3`, `AbschnittA`, `Abschnitt1`, `I`).
 *
 * Also the numbered items of a party's rules or a convention's resolution
 * that stand like units on lines of their own: `Punkt 7: Vertagung von
 * Anträgen` (a heading after a colon) or `Block 3` (bare), their text on the
 * following lines; their key is their number, as for a list label `7.`.
 *
 * Hand-written character scanning like the rest of the label grammar: one
 * pass over the first few characters of a line, no regular expression.
 *
 * @module
 */
import { isAsciiDigit, isAsciiLower, isIndent, isLetter, isLowerCase } from '../text/chars.js';
import { ORDINAL_WORD_STEMS } from './markers.js';
import { romanValue } from './roman.js';

/** What a structure line opens. */
export type UnitKind = 'unit' | 'section' | 'preamble';

/** A structure line of a statute. */
export interface UnitLine {
  /** A § or Art. (`unit`), a section above them, or the Präambel. */
  kind: UnitKind;
  /** The normalised label: `§ 7`, `§ 7a`, `Art. 3`, `Erster Abschnitt`, `Abschnitt A`, `Teil 1`, `I.`, `Präambel`. */
  label: string;
  /** The heading written on the same line, `""` when none. */
  heading: string;
  /** Nothing follows the number: the heading, if any, is on the next line. */
  bare: boolean;
  /** A roman-numeral line (`I. Allgemeines`): a section only when a unit line follows. */
  tentative: boolean;
  /**
   * A numbered item line (`Punkt 7: Vertagung`, `Block 3`): a unit only where its
   * text follows and no § or Art. unit is in the same text (see the statute builder).
   */
  item?: true;
}

/** Ordinal words of sections ("Erster Abschnitt", "Zweites Kapitel"), by stem. */
const ORDINAL_STEMS: ReadonlyMap<string, number> = new Map(ORDINAL_WORD_STEMS);

/** Nouns of the units above the §§. */
const SECTION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['abschnitt', 'Abschnitt'],
  ['teil', 'Teil'],
  ['kapitel', 'Kapitel'],
  ['unterabschnitt', 'Unterabschnitt'],
]);

/**
 * Nouns of numbered items that stand like units on a line of their own
 * (`Punkt 7: Vertagung von Anträgen`, `Block 3`), written with a capital.
 */
const ITEM_NOUNS: ReadonlySet<string> = new Set(['Punkt', 'Block']);

/** The longest heading of an item line, in characters and in words: a heading names, it does not say. */
const ITEM_HEADING_CHARS = 80;
const ITEM_HEADING_WORDS = 8;

/** Words of a repealed unit that keeps its number (`§ 7 (weggefallen)`). */
export const REPEAL_MARKS: readonly string[] = ['weggefallen', 'aufgehoben', 'entfallen', 'gestrichen'];

/** The first word of `s` from `at` (to the next space), and where it ends. */
function wordAt(s: string, at: number): { word: string; end: number } {
  let e = at;
  while (e < s.length && !isIndent(s[e])) e++;
  return { word: s.slice(at, e), end: e };
}

function skipSpaces(s: string, at: number): number {
  let i = at;
  while (i < s.length && isIndent(s[i])) i++;
  return i;
}

/** A unit number at `at`: `7`, `7a`, `7 a` (a letter alone after a space); its text and end. */
function unitNumber(s: string, at: number): { number: string; end: number } | undefined {
  let i = at;
  while (i < s.length && i - at < 4 && isAsciiDigit(s[i])) i++;
  if (i === at || s[at] === '0' || isAsciiDigit(s[i])) return undefined;
  let number = s.slice(at, i);
  if (isAsciiLower(s[i]) && (i + 1 >= s.length || isIndent(s[i + 1]) || s[i + 1] === '.')) {
    number += s[i];
    i++;
  } else if (isIndent(s[i]) && isAsciiLower(s[i + 1]) && (i + 2 >= s.length || isIndent(s[i + 2]))) {
    // "§ 7 a Heading" (a space before the letter).
    number += s[i + 1];
    i += 2;
  }
  if (i < s.length && !isIndent(s[i]) && s[i] !== '.' && s[i] !== ':') return undefined;
  return { number, end: i };
}

/**
 * The heading after a unit number (`rest` starts after the number): `""`
 * for nothing, the text after a dash, colon or dot, the inside of
 * parentheses, else the rest itself; undefined when the rest is running
 * text (a reference such as `§ 16 (5) müssen …`, `§ 2 Absatz 1 Satz 1 …`).
 */
function headingAfter(rest: string): string | undefined {
  let r = rest.trim();
  if (r === '') return '';
  if (r === '.') return '';
  if (r.startsWith('. ') || r.startsWith(': ')) r = r.slice(2).trim();
  else if ((r[0] === '–' || r[0] === '-' || r[0] === '—') && isIndent(r[1])) r = r.slice(2).trim();
  if (r.startsWith('(') && r.endsWith(')') && r.indexOf(')') === r.length - 1) {
    const inner = r.slice(1, -1).trim();
    if (REPEAL_MARKS.includes(inner.toLowerCase())) return `(${inner})`;
    r = inner;
  }
  return isHeadingText(r) ? r : undefined;
}

/**
 * Text that can be a heading: starts with a capital letter, does not end in
 * sentence punctuation, and is no reference ("Absatz 1 …": a word followed
 * by a number).
 */
function isHeadingText(text: string): boolean {
  if (text === '' || text.length > 160) return false;
  const first = text[0]!;
  if (!isLetter(first) || isLowerCase(first)) return false;
  const last = text[text.length - 1]!;
  if ('.,;:'.includes(last)) return false;
  const { end } = wordAt(text, 0);
  const next = text[skipSpaces(text, end)];
  return !(isAsciiDigit(next) || next === '(');
}

/** `§ 7 …`, `§7 …`, `Art. 3 …`, `Artikel 3 …`. */
function scanUnit(s: string): UnitLine | undefined {
  let at: number;
  let prefix: string;
  if (s.startsWith('§') && s[1] !== '§') {
    at = skipSpaces(s, 1);
    prefix = '§ ';
  } else if (s.startsWith('Art. ')) {
    at = skipSpaces(s, 5);
    prefix = 'Art. ';
  } else if (s.startsWith('Artikel ')) {
    at = skipSpaces(s, 8);
    prefix = 'Art. ';
  } else return undefined;
  const n = unitNumber(s, at);
  if (n === undefined) return undefined;
  const heading = headingAfter(s.slice(n.end));
  if (heading === undefined) return undefined;
  return { kind: 'unit', label: prefix + n.number, heading, bare: heading === '', tentative: false };
}

/**
 * `Punkt 7: Vertagung von Anträgen`, `Punkt 7:`, `Block 3`: an item noun, a
 * number, and either nothing or a colon and a short heading (no sentence:
 * no closing punctuation, at most eight words). The label keeps the colon
 * as written (`Punkt 7:`), so the line reads back as it stood.
 */
function scanItem(s: string): UnitLine | undefined {
  const noun = wordAt(s, 0);
  if (!ITEM_NOUNS.has(noun.word)) return undefined;
  const at = skipSpaces(s, noun.end);
  if (at === noun.end) return undefined;
  const n = unitNumber(s, at);
  if (n === undefined) return undefined;
  const label = `${noun.word} ${n.number}`;
  const rest = s.slice(n.end).trim();
  if (rest === '') return { kind: 'unit', label, heading: '', bare: true, tentative: false, item: true };
  if (rest === ':') return { kind: 'unit', label: `${label}:`, heading: '', bare: true, tentative: false, item: true };
  if (s[n.end] !== ':') return undefined;
  const heading = rest.slice(1).trim();
  const words = heading.split(' ').filter((w) => w !== '').length;
  if (heading.length > ITEM_HEADING_CHARS || words > ITEM_HEADING_WORDS || !isHeadingText(heading)) return undefined;
  if ('!?'.includes(heading[heading.length - 1]!)) return undefined;
  return { kind: 'unit', label: `${label}:`, heading, bare: false, tentative: false, item: true };
}

/** The noun of an item label (`Punkt 7:` → `Punkt`, `Block 3` → `Block`), undefined for any other label. */
export function itemNoun(label: string): string | undefined {
  return itemKey(label) === '' ? undefined : label.slice(0, label.indexOf(' '));
}

/** The key of an item label (`Punkt 7:` → `7`, `Block 3` → `3`); `""` for any other label. */
function itemKey(label: string): string {
  const line = scanItem(label);
  if (line === undefined || !line.bare || line.label !== label) return '';
  const digits = label.slice(label.indexOf(' ') + 1);
  return digits.endsWith(':') ? digits.slice(0, -1) : digits;
}

/** A section key after a section noun: `1`, `II`, `A`. */
function sectionNumber(word: string): string | undefined {
  const w = word.endsWith('.') || word.endsWith(':') ? word.slice(0, -1) : word;
  if (w.length === 0 || w.length > 6) return undefined;
  if ([...w].every((c) => isAsciiDigit(c)) && w[0] !== '0') return w;
  if (w.length === 1 && w >= 'A' && w <= 'Z') return w;
  if (w === w.toUpperCase() && romanValue(w) > 0) return w;
  return undefined;
}

/** `Erster Abschnitt …`, `Abschnitt A: …`, `Teil 1 – …`, `I. Abschnitt …`, `I. Allgemeines`. */
function scanSection(s: string): UnitLine | undefined {
  const first = wordAt(s, 0);
  const lower = first.word.toLowerCase();
  const second = wordAt(s, skipSpaces(s, first.end));
  const noun = SECTION_NOUNS.get(second.word.toLowerCase().replace(/[.:]$/, ''));
  const stem = lower.endsWith('er') || lower.endsWith('es') ? lower.slice(0, -2) : '';
  if (noun !== undefined && ORDINAL_STEMS.has(stem)) {
    const heading = headingAfter(s.slice(second.end));
    if (heading === undefined) return undefined;
    const label = `${first.word[0]!.toUpperCase()}${first.word.slice(1).toLowerCase()} ${noun}`;
    return { kind: 'section', label, heading, bare: heading === '', tentative: false };
  }
  const sectionNoun = SECTION_NOUNS.get(lower);
  if (sectionNoun !== undefined) {
    const number = sectionNumber(second.word);
    if (number === undefined) return undefined;
    const cut = second.word.endsWith(':') || second.word.endsWith('.') ? second.end - 1 : second.end;
    const heading = headingAfter(s.slice(cut));
    if (heading === undefined) return undefined;
    return { kind: 'section', label: `${sectionNoun} ${number}`, heading, bare: heading === '', tentative: false };
  }
  if (first.word.endsWith('.') && sectionNumber(first.word) !== undefined && romanValue(first.word.slice(0, -1)) > 0) {
    // "I. Allgemeines", "I. Abschnitt Organe" (only a section when a unit follows: see the statute builder).
    let label = first.word;
    let rest = s.slice(first.end);
    if (second.word.toLowerCase() === 'abschnitt') {
      label = `${first.word} Abschnitt`;
      rest = s.slice(second.end);
    }
    const heading = headingAfter(rest);
    if (heading === undefined || (heading === '' && label === first.word)) return undefined;
    return { kind: 'section', label, heading, bare: heading === '', tentative: true };
  }
  return undefined;
}

/**
 * The structure line `text` is, if any (text without leading white space;
 * Markdown heading hashes and emphasis around the whole line already
 * removed). Says nothing about context: whether the line stands where a unit
 * can start is the statute builder's judgement.
 */
export function scanUnitLine(text: string): UnitLine | undefined {
  const s = text.trim();
  if (s.length === 0 || s.length > 200) return undefined;
  if (s.startsWith('§') || s.startsWith('Art')) return scanUnit(s);
  const bare = s.endsWith(':') ? s.slice(0, -1) : s;
  if (bare.toLowerCase() === 'präambel') {
    return { kind: 'preamble', label: 'Präambel', heading: '', bare: false, tentative: false };
  }
  return scanSection(s) ?? scanItem(s);
}

/**
 * The id segment of a statute label: `§ 7a` → `§7a`, `Art. 3` → `Art3`,
 * `Abschnitt A` → `AbschnittA`, `Teil 2` → `Teil2`, `Erster Abschnitt` →
 * `Abschnitt1`, `I.`/`I. Abschnitt` → `I`, `Präambel` → `Präambel`, an item's
 * label its number (`Punkt 7:` → `7`); `""` when the label is no statute label.
 */
export function unitKey(label: string): string {
  const s = label.trim();
  if (s === 'Präambel') return s;
  if (s.startsWith('§ ') || s.startsWith('§')) {
    const n = unitNumber(s, skipSpaces(s, 1));
    return n === undefined || n.end !== s.length ? '' : `§${n.number}`;
  }
  if (s.startsWith('Art. ')) {
    const n = unitNumber(s, skipSpaces(s, 5));
    return n === undefined || n.end !== s.length ? '' : `Art${n.number}`;
  }
  const line = scanSection(s);
  if (line === undefined) return itemKey(s);
  if (line.heading !== '' || line.label !== s) return '';
  const [a, b] = s.split(' ') as [string, string | undefined];
  if (b === undefined) return a.replace(/\.$/, '');
  if (SECTION_NOUNS.has(a.toLowerCase())) return `${a}${b}`;
  if (a.endsWith('.')) return a.slice(0, -1);
  const value = ORDINAL_STEMS.get(a.toLowerCase().slice(0, -2));
  return value === undefined ? '' : `${b}${value}`;
}

/** Whether `label` is the label of a § or Art. unit, whose id is its citation. */
export function isCitationLabel(label: string): boolean {
  const key = unitKey(label);
  return key.startsWith('§') || key.startsWith('Art');
}
