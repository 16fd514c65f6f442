/**
 * German wording of generated amendment instructions (Handbuch der
 * Rechtsförmlichkeit style): noun phrases for quoted passages with article,
 * case and number ("das Wort", "den Wörtern", "die zweite Angabe"), clause
 * nouns with their gender ("folgende Ziffer", "folgender Buchstabe"), and
 * line references ("In Zeile 12", "In den Zeilen 12 bis 14").
 *
 * Every phrase here is one the instruction reader understands (lexicon.ts).
 *
 * @module
 */
import { scanQuotes } from '../text/quotes.js';
import { isGap } from './gaps.js';

/** What a quoted passage is called. */
type PassageKind = 'wort' | 'woerter' | 'angabe' | 'wortfolge' | 'komma' | 'semikolon';

/** Grammatical case of a noun phrase. */
export type Case = 'nom' | 'dat';

const ORDINAL_STEMS = [
  'erst',
  'zweit',
  'dritt',
  'viert',
  'fünft',
  'sechst',
  'siebt',
  'acht',
  'neunt',
  'zehnt',
  'elft',
  'zwölft',
];

function hasLetter(text: string): boolean {
  for (const ch of text) if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  return false;
}

function hasSpace(text: string): boolean {
  for (const ch of text) if (isGap(ch)) return true;
  return false;
}

/** How a passage is named: one word "Wort", several "Wörter", numbers and signs "Angabe". */
function kindOf(text: string, occurrence: number | undefined, asNew: boolean): PassageKind {
  const t = text.trim();
  if (asNew && t === ',') return 'komma';
  if (asNew && t === ';') return 'semikolon';
  if (!hasLetter(t)) return 'angabe';
  if (!hasSpace(t)) return 'wort';
  return occurrence !== undefined ? 'wortfolge' : 'woerter';
}

/** Quotation styles tried in turn: German „…“, then »…« for a text with a stray quote of its own. */
const STYLES: ReadonlyArray<[string, string]> = [
  ['\u201E', '\u201C'],
  ['\u00BB', '\u00AB'],
];

/** `text` in quotation marks that read back as exactly one quotation, or undefined when no style does. */
export function quoteFor(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  for (const [open, close] of STYLES) {
    const s = `${open}${text}${close}`;
    const scan = scanQuotes(s);
    if (
      scan.unclosed === undefined &&
      scan.quotes.length === 1 &&
      scan.quotes[0]!.start === 0 &&
      scan.quotes[0]!.end === s.length
    )
      return s;
  }
  return undefined;
}

/** „text“ (or »text« when the text holds an unbalanced quote of its own). */
export function quoted(text: string): string {
  return quoteFor(text) ?? `\u201E${text}\u201C`;
}

/** An ordinal adjective: "zweite"/"zweiten", or "13." beyond twelve. */
function ordinal(n: number, ending: 'e' | 'en'): string {
  const stem = ORDINAL_STEMS[n - 1];
  return stem === undefined ? `${n}.` : stem + ending;
}

/** Whether a passage is grammatically plural ("werden die Wörter …"). */
export function isPlural(text: string, occurrence?: number, asNew = false): boolean {
  return kindOf(text, occurrence, asNew) === 'woerter';
}

/**
 * The noun phrase of a quoted passage: "das Wort „X“", "die Wörter „X Y“",
 * "dem zweiten Wort „die“", "der Angabe „2025“", "ein Komma" (new text only).
 */
export function passage(text: string, grammaticalCase: Case, occurrence?: number, asNew = false): string {
  const kind = kindOf(text, occurrence, asNew);
  const q = quoted(text);
  const dat = grammaticalCase === 'dat';
  const ord = occurrence !== undefined ? `${ordinal(occurrence, dat ? 'en' : 'e')} ` : '';
  switch (kind) {
    case 'komma':
      return dat ? 'einem Komma' : 'ein Komma';
    case 'semikolon':
      return dat ? 'einem Semikolon' : 'ein Semikolon';
    case 'wort':
      return `${dat ? 'dem' : 'das'} ${ord}Wort ${q}`;
    case 'woerter':
      return `${dat ? 'den Wörtern' : 'die Wörter'} ${q}`;
    case 'angabe':
      return `${dat ? 'der' : 'die'} ${ord}Angabe ${q}`;
    case 'wortfolge':
      return `${dat ? 'der' : 'die'} ${ord}Wortfolge ${q}`;
  }
}

/** "wird" or "werden" for a subject passage. */
export function verbFor(text: string, occurrence?: number, asNew = false): string {
  return isPlural(text, occurrence, asNew) ? 'werden' : 'wird';
}

/** Clause nouns and their gender. */
const FEMININE = new Set(['Ziffer', 'Nummer']);

/** "folgende Ziffer" / "folgender Buchstabe". */
export function following(noun: string): string {
  return FEMININE.has(noun) ? `folgende ${noun}` : `folgender ${noun}`;
}

/** The subject form of a line reference: "Zeile 12", "Die Zeilen 12 bis 14". */
export function linesSubject(from: number, to: number): string {
  return from === to ? `Zeile ${from}` : `Die Zeilen ${from} bis ${to}`;
}

/** The place form: "In Zeile 12", "In den Zeilen 12 und 13", "In den Zeilen 12 bis 14". */
export function inLines(from: number, to: number): string {
  if (from === to) return `In Zeile ${from}`;
  if (to === from + 1) return `In den Zeilen ${from} und ${to}`;
  return `In den Zeilen ${from} bis ${to}`;
}

/** The line reference a change carries (what the reader writes into `Change.clause`). */
export function lineRef(from: number, to: number): string {
  return from === to ? `Zeile ${from}` : `Zeilen ${from} bis ${to}`;
}
