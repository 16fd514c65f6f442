/**
 * Statement headings: "Zu 1.", "Zu Ziffer 2:", "Zu 3 a)", "Zu den Punkten 4
 * und 5", "Zu I. 2.", "Zum Antrag der FDP-Fraktion" — read into the clause
 * references they answer (or the motions they turn to). Clause nouns go
 * through the instruction reader's reference grammar (`readReference`), bare
 * labels through `parseReference`, so a heading's references are exactly what
 * `findClause` resolves.
 *
 * @module
 */
import { stripLineMarkup, foldSpaces } from '../parse/source-lines.js';
import { parseReference } from '../references/find-clause.js';
import { DOCUMENT_WORDS, REFERENCE_NOUNS } from '../references/nouns.js';
import { readReference, type RefRead } from '../references/read.js';
import { formatRef, RefSyntaxError } from '../references/ref.js';
import { instructionTokens, type InstructionToken } from '../references/tokens.js';
import { scanQuotes } from '../text/quotes.js';
import { isDigit, isLetter, isLowerCase } from '../text/chars.js';
import {
  ARTICLES,
  HEADING_WORDS,
  LIST_WORDS,
  MAX_UNKNOWN_HEADING_WORDS,
  MOTION_NOUNS,
  MOTION_STOP_WORDS,
  OTHER_POINT_NOUNS,
} from './vocabulary.js';

/** A recognised heading line: what it answers, its own text, and the text after it on the same line. */
export type Heading = { heading: string; rest: string } & (
  { kind: 'clauses'; references: string[] } | { kind: 'motion'; motions: string[] } | { kind: 'unknown' }
);

/** Characters that open a title or a parenthesis after a motion's name. */
const OPENERS: ReadonlySet<string> = new Set(['„', '"', '»', '‚', '(', '“']);

/** Most words a bare-label heading may take before its text ("Zu 4., 5. und 6. Die …"). */
const MAX_BARE_WORDS = 12;
/** Longest range a heading may span ("Zu den Punkten 4 bis 9"). */
const MAX_RANGE = 50;

/** Reads a line as a statement heading; undefined when it is none. */
export function readHeading(line: string): Heading | undefined {
  const text = withoutLeadingLabel(foldSpaces(stripLineMarkup(line)));
  const space = text.indexOf(' ');
  if (space < 0) return undefined;
  const first = text.slice(0, space);
  if (isLowerCase(first[0]) || !HEADING_WORDS.has(first.toLowerCase())) return undefined;
  const colon = text.indexOf(':');
  const head = (colon < 0 ? text : text.slice(0, colon)).trim();
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  const phrase = head.slice(first.length).trim();
  const words = phrase.split(' ').filter((w) => w !== '');
  let k = 0;
  while (k < words.length - 1 && ARTICLES.has(words[k]!.toLowerCase())) k += 1;
  const noun = (words[k] ?? '').toLowerCase();
  if (MOTION_NOUNS.has(noun)) return { kind: 'motion', heading: head, rest, motions: motionNames(words.slice(k + 1)) };
  // "Zu den Punkten I. 1. und I. 2.": labels the reference grammar does not chain are read as bare labels.
  const read = REFERENCE_NOUNS.has(noun.replace(/\.$/, ''))
    ? (nounReferences(phrase, colon >= 0) ?? bareReferences(words.slice(k + 1), colon >= 0))
    : bareReferences(words, colon >= 0);
  if (read !== undefined) {
    const heading = read.rest === '' ? head : head.slice(0, head.length - read.rest.length).trim();
    return { kind: 'clauses', heading, rest: read.rest === '' ? rest : read.rest, references: read.references };
  }
  if (words.length <= MAX_UNKNOWN_HEADING_WORDS && words.some(namesAPoint))
    return { kind: 'unknown', heading: head, rest };
  return undefined;
}

/** "II. Zum Antrag …": a label before the heading word is dropped. */
function withoutLeadingLabel(text: string): string {
  const space = text.indexOf(' ');
  if (space < 0 || space > 6) return text;
  const label = text.slice(0, space);
  const last = label[label.length - 1];
  if ((last === '.' || last === ')') && isLabelWord(label)) return text.slice(space + 1);
  return text;
}

function namesAPoint(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.:,]$/, '');
  return [...word].some(isDigit) || OTHER_POINT_NOUNS.has(lower) || REFERENCE_NOUNS.has(lower);
}

interface References {
  references: string[];
  /** Text after the reference on the same line (a heading written into its first sentence). */
  rest: string;
}

/** "Ziffer 2", "den Punkten 4 und 5", "Ziffer 2 Buchstabe b", "Punkt 7 des Antrags". */
function nounReferences(phrase: string, hadColon: boolean): References | undefined {
  const tokens = instructionTokens(phrase, 0, phrase.length, scanQuotes(phrase).quotes);
  let i = 0;
  while (i < tokens.length && tokens[i]!.kind === 'word' && ARTICLES.has(lowerOf(tokens[i]!))) i += 1;
  let read: RefRead | undefined;
  try {
    read = readReference(tokens, i);
  } catch (error) {
    if (error instanceof RefSyntaxError) return undefined;
    throw error;
  }
  if (read === undefined || read.kind !== 'refs' || read.refs.length === 0) return undefined;
  let next = read.next;
  let closed = false;
  while (next < tokens.length && (tokens[next]!.text === '.' || tokens[next]!.text === ')')) {
    next += 1;
    closed = true;
  }
  const references = read.refs.map(formatRef).filter((r) => r !== '');
  if (references.length === 0) return undefined;
  const after = tokens[next];
  if (after === undefined) return { references, rest: '' };
  if (after.kind === 'word' && DOCUMENT_WORDS.has(lowerOf(after))) return { references, rest: '' };
  if (closed && !hadColon && startsSentence(after.text)) return { references, rest: phrase.slice(after.start) };
  return undefined;
}

function lowerOf(token: InstructionToken): string {
  return token.text.toLowerCase();
}

function startsSentence(word: string): boolean {
  return isLetter(word[0]) && !isLowerCase(word[0]);
}

/** "1.", "I. 2.", "3 a)", "4 und 5", "4. bis 6." — the longest run of labels that reads as references. */
function bareReferences(words: readonly string[], hadColon: boolean): References | undefined {
  for (let k = Math.min(words.length, MAX_BARE_WORDS); k >= 1; k -= 1) {
    if (k < words.length) {
      const last = words[k - 1]!;
      const closed = last.endsWith('.') || last.endsWith(')');
      if (hadColon || !closed || !startsSentence(words[k]!)) continue;
    }
    const references = labelList(words.slice(0, k));
    if (references !== undefined) return { references, rest: words.slice(k).join(' ') };
  }
  return undefined;
}

/** Splits labels at "und", "sowie", "," and expands "bis" ranges; undefined when a part is no label path. */
function labelList(words: readonly string[]): string[] | undefined {
  const parts: string[][] = [[]];
  const ranges: number[] = [];
  for (const raw of words) {
    const lower = raw.toLowerCase();
    if (LIST_WORDS.has(lower) || lower === 'bis') {
      if (lower === 'bis') ranges.push(parts.length - 1);
      parts.push([]);
      continue;
    }
    const word = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    parts[parts.length - 1]!.push(word);
    if (word !== raw) parts.push([]);
  }
  const paths = parts.filter((p) => p.length > 0).map((p) => p.join(' '));
  if (paths.length === 0 || paths.length !== parts.filter((p) => p.length > 0).length) return undefined;
  if (!paths.every((p) => p.split(' ').every(isLabelWord) && parseReference(p) !== undefined)) return undefined;
  return expandRanges(parts, ranges);
}

/** Joins the parts, expanding "4 bis 6" into 4, 5, 6 (numbers only). */
function expandRanges(parts: readonly string[][], ranges: readonly number[]): string[] | undefined {
  const out: string[] = [];
  parts.forEach((part, index) => {
    if (part.length === 0) return;
    const path = part.join(' ');
    if (ranges.includes(index - 1) && out.length > 0) {
      const from = Number.parseInt(out[out.length - 1]!, 10);
      const to = Number.parseInt(path, 10);
      const suffix = path.replace(/^\d+/, '');
      if (Number.isFinite(from) && Number.isFinite(to) && to > from && to - from <= MAX_RANGE) {
        for (let n = from + 1; n < to; n += 1) out.push(`${n}${suffix}`);
      }
    }
    out.push(path);
  });
  return out.length > 0 ? out : undefined;
}

/** A label as a heading writes it: "1.", "3", "3a", "a)", "(2)", "I.", "aa)". */
function isLabelWord(word: string): boolean {
  let core = word;
  let punct = false;
  if (core.startsWith('(') && core.endsWith(')')) {
    core = core.slice(1, -1);
    punct = true;
  }
  while (core.endsWith('.') || core.endsWith(')')) {
    core = core.slice(0, -1);
    punct = true;
  }
  if (core === '' || core.length > 5) return false;
  let digits = 0;
  while (digits < core.length && isDigit(core[digits])) digits += 1;
  const letters = core.slice(digits);
  if (![...letters].every((c) => /[a-z]/i.test(c))) return false;
  if (digits > 0) return digits <= 3 && letters.length <= 2;
  // Letters alone ("a)", "I.") need their punctuation: "Zu Ende" is no heading.
  return punct && letters.length <= 4;
}

/** The motions of a phrase: "der SPD-Fraktion sowie der FDP-Fraktion betreffend …" → SPD-Fraktion, FDP-Fraktion. */
export function motionNames(words: readonly string[]): string[] {
  const names: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) names.push(current.join(' '));
    current = [];
  };
  for (const raw of words) {
    const lower = raw.toLowerCase();
    // "… der SPD-Fraktion „Sichere Radwege“ (AN/0412/2024)": a title or file number ends the names.
    if (MOTION_STOP_WORDS.has(lower) || OPENERS.has(raw[0]!)) break;
    if (LIST_WORDS.has(lower)) {
      flush();
      continue;
    }
    if (current.length === 0 && ARTICLES.has(lower)) continue;
    const end = raw[raw.length - 1];
    const word = end === ',' || end === '.' || end === ':' || end === ';' ? raw.slice(0, -1) : raw;
    if (word !== '') current.push(word);
    if (end === ',') flush();
    else if (word !== raw) break;
  }
  flush();
  return names;
}
