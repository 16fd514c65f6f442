/**
 * Sentence and paragraph spans of a clause text, for addressing "Satz 2",
 * "letzter Satz" and "Absatz 2".
 *
 * Why hand-written: `Intl.Segmenter` splits after every "z. B.", "Nr." and
 * ordinal ("am 3. Oktober"). This splitter works on the German-aware tokens of
 * `tokenize` (which already keeps "z. B.", "Nr.", "gem.", "31.12.2024" and
 * "1.13.01" whole), so a full stop it sees as a separate token is a candidate
 * sentence end; the rules below decide. One pass, linear time.
 *
 * @module
 */
import { isTextSpace } from './chars.js';
import { tokenize, type Token } from './tokenize.js';
import { MONTHS } from './months.js';
import type { Span } from './span.js';

/**
 * Words after which an ordinal number does not end a sentence ("am 3. Oktober",
 * "im 2. Quartal", "der 2. Spiegelstrich"). Compared in lower case.
 */
const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  ...MONTHS,
  'jahrhundert',
  'jahrtausend',
  'quartal',
  'halbjahr',
  'lebensjahr',
  'klasse',
  'jahrgangsstufe',
  'bauabschnitt',
  'abschnitt',
  'sitzung',
  'lesung',
  'stock',
  'etage',
  'obergeschoss',
  'untergeschoss',
  'platz',
  'stelle',
  'mal',
  'änderung',
  'fassung',
  'satz',
  'spiegelstrich',
  'absatz',
  'ziffer',
  'punkt',
  'buchstabe',
  'tagesordnungspunkt',
  'bericht',
  'zwischenbericht',
  'stufe',
  'phase',
  'runde',
  'woche',
  'monat',
  'jahr',
  'tag',
  'hälfte',
  'wort',
  'vorkommen',
  'auftreten',
  'nennung',
]);

/** Abbreviations (as the tokeniser keeps them, with their dot) that may also end a sentence. */
const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['usw.', 'etc.', 'ff.', 'u. v. m.']);

/** Closing characters that belong to the sentence before them: „…Dächer.“ */
const CLOSERS = new Set([
  '"',
  "'",
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u00BB',
  '\u00AB',
  '\u203A',
  '\u2039',
  ')',
  ']',
]);
/** Characters that may open a sentence besides letters and digits. */
const OPENERS = new Set(['"', "'", '\u201E', '\u201C', '\u00BB', '\u00AB', '\u201A', '\u2018', '(', '[', '§']);

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{Nd}/u;

function isNumberToken(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  for (const ch of token.text) if (!(ch === '.' || ch === ',' || DIGIT.test(ch))) return false;
  return true;
}

/** Whether a whitespace token holds a paragraph break (a blank line). */
function isParagraphBreak(token: Token): boolean {
  const first = token.text.indexOf('\n');
  return first !== -1 && token.text.indexOf('\n', first + 1) !== -1;
}

/**
 * The sentences of `text`, as trimmed spans in order. A sentence ends at `.`,
 * `!` or `?` (with closing quotes/brackets after it) when whitespace and an
 * upper-case letter, a digit or an opening quote/bracket follow — except after
 * an abbreviation ("z. B.", "u. a.", "Nr.", "gem.", "bzw.", "ggf.", "d. h.",
 * "Abs."), after a single letter followed by a number ("S. 12"), and after an
 * ordinal number followed by a number or an ordinal noun ("12.11. 2013",
 * "am 3. Oktober"). A blank line always ends a sentence. Numbers like
 * "1.13.01" never split.
 */
export function splitSentences(text: string): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start !== -1) spans.push({ start, end });
    start = -1;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind === 'space') {
      if (isParagraphBreak(token)) close();
      continue;
    }
    if (start === -1) start = token.start;
    end = token.end;
    if (endsSentence(tokens, i)) {
      // Closing quotes and brackets directly after the terminator stay with it.
      let j = i + 1;
      while (
        j < tokens.length &&
        tokens[j]!.kind === 'punct' &&
        (CLOSERS.has(tokens[j]!.text) || isTerminator(tokens[j]!.text))
      ) {
        end = tokens[j]!.end;
        j += 1;
      }
      if (j >= tokens.length || (tokens[j]!.kind === 'space' && startsSentence(tokens, j + 1))) {
        close();
        i = j - 1;
      }
    }
  }
  close();
  return spans;
}

function isTerminator(text: string): boolean {
  return text === '.' || text === '!' || text === '?';
}

/** Whether token `i` can end a sentence (before looking at what follows). */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.kind === 'word') return SENTENCE_FINAL_ABBREVIATIONS.has(token.text);
  if (token.kind !== 'punct' || !isTerminator(token.text)) return false;
  if (token.text !== '.') return true;
  const prev = tokens[i - 1];
  const following = nextWord(tokens, i + 1);
  if (isNumberToken(prev)) {
    // "12.11. 2013", "am 3. Oktober", "der 2. Spiegelstrich": an ordinal, not an end.
    if (following === undefined) return true;
    if (DIGIT.test(following.text)) return false;
    // "Die Punkte 1. – 3. des Antrags": the end of a range of numbered items.
    if (closesRange(tokens, i - 1)) return false;
    return !ORDINAL_NOUNS.has(following.text.toLowerCase());
  }
  if (
    prev !== undefined &&
    prev.kind === 'word' &&
    [...prev.text].length === 1 &&
    following !== undefined &&
    DIGIT.test(following.text)
  ) {
    return false; // "S. 12", "Anlage A. 3"
  }
  return true;
}

/** Whether the number at `n` closes a range of numbered items: "1. – 3", "1. bis 3". */
function closesRange(tokens: readonly Token[], n: number): boolean {
  let k = n - 1;
  while (k >= 0 && tokens[k]!.kind === 'space') k -= 1;
  const dash = tokens[k];
  if (dash === undefined || !(dash.text === '–' || dash.text === '-' || dash.text === 'bis')) return false;
  k -= 1;
  while (k >= 0 && tokens[k]!.kind === 'space') k -= 1;
  return tokens[k]?.text === '.' && isNumberToken(tokens[k - 1]);
}

/** Whether the sentence after the whitespace before token `j` starts a new sentence. */
function startsSentence(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined) return true;
  const first = token.text;
  if (LOWER.test(first)) return false;
  return UPPER.test(first) || DIGIT.test(first) || OPENERS.has(first.charAt(0));
}

/** The first word token at or after `j`, skipping only whitespace. */
function nextWord(tokens: readonly Token[], j: number): Token | undefined {
  let k = j;
  while (k < tokens.length && tokens[k]!.kind === 'space') k += 1;
  const token = tokens[k];
  return token !== undefined && token.kind === 'word' ? token : undefined;
}

/**
 * The paragraphs of `text` (separated by blank lines), as trimmed spans in
 * order; paragraphs holding only whitespace are skipped.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isTextSpace(text[i])) i += 1;
    if (i >= n) break;
    const start = i;
    let lastNonSpace = i;
    // Scan to the next blank line: a newline, optional spaces, another newline.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        let k = i + 1;
        while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0x0d))
          k += 1;
        if (k >= n || text.charCodeAt(k) === 0x0a) break;
      }
      if (!isTextSpace(text[i])) lastNonSpace = i;
      i += 1;
    }
    spans.push({ start, end: lastNonSpace + 1 });
  }
  return spans;
}
