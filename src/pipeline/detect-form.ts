/**
 * Which of the three real amendment forms (or Amendment JSON) a text is.
 * `redline()` uses it unless the caller names the form.
 *
 * @module
 */

import { InstructionError, RedlineError } from '../errors.js';
import { parseAmendment } from '../instructions/read.js';

/** The forms `redline()` reads. */
export type AmendmentForm = 'redline' | 'instructions' | 'rewrite' | 'json';

/**
 * Verbs that make a sentence an amendment instruction (Änderungsbefehl) when
 * it also names a place (see {@link INSTRUCTION_PLACES}). Compared in lower case.
 */
export const INSTRUCTION_VERBS: ReadonlySet<string> = new Set([
  'ersetzt',
  'gestrichen',
  'eingefügt',
  'angefügt',
  'ergänzt',
  'entfällt',
  'entfallen',
  'gefasst',
  'fassung',
  'geändert',
  'streiche',
  'ersetze',
  'füge',
  'ergänze',
  'einfügen',
  'streichen',
  'ersetzen',
]);

/**
 * Any of the verbs, in any case, anywhere: the quick rejection of texts that
 * contain none (most long texts are rewrites). Case-insensitive without the
 * `u` flag, it matches every spelling the word pass lower-cases to a verb
 * (ASCII letters in either case, Ä/ä, Ü/ü) and runs as one native scan.
 */
const ANY_VERB = anyOf([...INSTRUCTION_VERBS, 'erhält', 'erhalten']);

/** A case-insensitive pattern for any of the (plain) words, leaving out words that contain another one. */
function anyOf(words: readonly string[]): RegExp {
  const needed = words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
  return new RegExp(needed.join('|'), 'i'); // regex-safe: an alternation of plain words
}

/** Nouns that address a place in the base: "Ziffer 3", "das Wort", "Satz 2", "Zeile 12". */
export const INSTRUCTION_PLACES: ReadonlySet<string> = new Set([
  'ziffer',
  'ziffern',
  'punkt',
  'punkte',
  'nr',
  'nummer',
  'buchstabe',
  'satz',
  'sätze',
  'absatz',
  'zeile',
  'zeilen',
  'wort',
  'wörter',
  'worte',
  'angabe',
  'angaben',
  'passage',
  'beschlussvorschlag',
  'beschlusstext',
  'streiche',
  'ersetze',
  'füge',
  'ergänze',
]);

/**
 * Guesses the form of an amendment text:
 * 1. `json` — a text starting with `{`, or a JSON array (of changes);
 * 2. `redline` — struck text (`~~…~~`) anywhere;
 * 3. `instructions` — a sentence with an instruction verb ("ersetzt",
 *    "gestrichen", "erhält folgende Fassung", "Streiche:") that names a place
 *    ("Ziffer", "Satz", "das Wort", "Zeile");
 * 4. `redline` — bold text inside a line or around a labelled line (insertions
 *    only); bold that fills a whole unlabelled line is taken as formatting;
 * 5. otherwise `rewrite` — the complete new wording.
 *
 * `redline()` double-checks a `rewrite` that names places ("Ziffer 2 (neu): „…“"):
 * when the instruction reader understands the whole text, it is instructions.
 */
export function detectForm(source: string): AmendmentForm {
  if (looksLikeJson(source)) return 'json';
  if (occursTwice(source, '~~')) return 'redline';
  if (hasInstructionSentence(source)) return 'instructions';
  if (hasInlineBold(source)) return 'redline';
  return 'rewrite';
}

/**
 * {@link detectForm}, with a second opinion for texts it takes for a rewrite:
 * instructions without a verb ("Ziffer 2 (neu): „…“") are instructions when
 * the (strict) instruction reader understands every sentence of them.
 */
export function guessForm(source: string): AmendmentForm {
  const form = detectForm(source);
  if (form !== 'rewrite' || !mayBeInstructions(source)) return form;
  try {
    parseAmendment(source);
    return 'instructions';
  } catch (error) {
    if (error instanceof InstructionError || error instanceof RedlineError) return 'rewrite';
    throw error;
  }
}

function looksLikeJson(source: string): boolean {
  const trimmed = source.trim();
  // No motion starts with "{": such a text is meant as JSON, and reading it as
  // a rewrite would replace the whole resolution. The JSON reader says what is wrong.
  if (trimmed.startsWith('{')) return true;
  if (!trimmed.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value)) return true;
    return typeof value === 'object' && value !== null && Array.isArray((value as { changes?: unknown }).changes);
  } catch {
    return false;
  }
}

/** Whether `needle` occurs at least twice (without overlap); stops at the second. */
function occursTwice(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + needle.length) !== -1;
}

/**
 * Words and sentence ends, for {@link hasInstructionSentence}. One pass of a
 * linear pattern (letters, or one sentence-ending mark): the full tokeniser is
 * not needed to spot verbs, and detection runs on every amendment text, which
 * can be a whole rewritten resolution of megabytes.
 */
const WORD_OR_STOP = /[\p{L}\p{M}]+|[.!?;]/gu;

/** A sentence with both an instruction verb and a place; no pattern can backtrack. */
function hasInstructionSentence(source: string): boolean {
  // Most long texts are rewrites without any instruction verb: one native
  // scan spares them the word-by-word pass.
  if (!ANY_VERB.test(source)) return false;
  let verb = false;
  let place = false;
  let previous = '';
  let previousEnd = -1;
  for (const match of source.matchAll(WORD_OR_STOP)) {
    const word = match[0];
    if (word.length === 1 && '.!?;'.includes(word)) {
      // "Nr. 3", "z. B.", "Ziffer 3." do not end the sentence: a full stop
      // ends it only right after a word of more than three letters.
      const ends = word !== '.' || (previousEnd === match.index && previous.length > 3);
      if (ends) {
        verb = false;
        place = false;
      }
      continue;
    }
    previous = word;
    previousEnd = match.index + word.length;
    // Every listed word has 2–12 letters; most words of a long text do not need a look-up.
    if (word.length < 2 || word.length > 12) continue;
    const first = word.charCodeAt(0);
    const lower = first >= 0x61 && first <= 0x7a ? word : word.toLowerCase();
    if (INSTRUCTION_VERBS.has(lower) || lower === 'erhält' || lower === 'erhalten') verb = true;
    if (INSTRUCTION_PLACES.has(lower)) place = true;
    if (verb && place) return true;
  }
  return false;
}

function hasInlineBold(source: string): boolean {
  // Only lines with a "**" matter: jump from one to the next instead of splitting the text.
  for (let at = source.indexOf('**'); at !== -1;) {
    const start = source.lastIndexOf('\n', at) + 1;
    const newline = source.indexOf('\n', at);
    const end = newline === -1 ? source.length : newline;
    if (hasInlineBoldLine(source.slice(start, end), at - start)) return true;
    at = newline === -1 ? -1 : source.indexOf('**', newline);
  }
  return false;
}

/** Whether the bold at `at` (the line's first "**") marks an insertion rather than formatting. */
function hasInlineBoldLine(line: string, at: number): boolean {
  const before = line.slice(0, at).trim();
  // Text before the marker on the same line: an insertion inside a clause.
  if (before !== '' && !/^[-*+•–]$|^\d+[.)]$/.test(before)) return true;
  // "**5. Neuer Text**": a whole inserted clause.
  if (/^\*\*\s*(?:\d+[a-z]?[.)]|[a-z]{1,2}\)|\(\d+\)|[IVX]+\.)\s/.test(line.slice(at))) return true;
  const close = line.indexOf('**', at + 2);
  // Bold that closes before the line ends, with text after it.
  return close !== -1 && line.slice(close + 2).trim() !== '';
}

/**
 * Whether a text guessed to be a rewrite may still be instructions without an
 * instruction verb ("Ziffer 2 (neu): „…“ Ziffer 2 (alt) wird Ziffer 3."): it
 * names a place and quotes text or says "(neu)"/"(alt)". Cheap; the caller
 * then lets the instruction reader decide.
 */
export function mayBeInstructions(source: string): boolean {
  // The cheap tests first. "(neu)"/"(alt)" in any case: without the `u` flag, `i` folds only ASCII here.
  if (!/[„“"»«]/u.test(source) && !/\((?:neu|alt)\)/i.test(source)) return false;
  return PLACE_WORD.test(source);
}

/**
 * A place noun as a whole word in any case, as `\b(?:ziffer|…)\b` finds it in
 * the lower-cased text, without lower-casing (a copy of the whole text): the
 * only characters outside ASCII that lower-case to ASCII word characters are
 * the Kelvin sign (→ "k") and "İ" (→ "i" and a combining dot, which ends the
 * word), so they count as word characters at the edges, and the Kelvin sign
 * as the "k" of "Punkt".
 */
const PLACE_WORD =
  /(?<![\w\u212A])(?:ziffern?|pun[k\u212A]te?|nummer|buchstabe|satz|absatz|zeilen?)(?![\w\u212A\u0130])/i;
