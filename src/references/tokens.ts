/**
 * Tokens of one instruction sentence: words (lower-cased for lookup),
 * punctuation, and whole quotations (their content normalised). A single
 * linear scan; quoted text is never looked into, so a quotation can hold any
 * words, colons or full stops.
 *
 * @module
 */
import { isTextSpace, isWordChar } from '../text/chars.js';
import type { QuoteSpan } from '../text/quotes.js';

/** A token of an instruction sentence, with offsets into the whole instruction text. */
export type InstructionToken =
  | { kind: 'word'; text: string; lower: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number }
  | { kind: 'quote'; text: string; start: number; end: number };

/** Whether `t` is the word `words` (lower case), or one of the set `words`: the one test the sentence readers share. */
export function isWordOf(t: InstructionToken | undefined, words: string | ReadonlySet<string>): boolean {
  return t?.kind === 'word' && (typeof words === 'string' ? t.lower === words : words.has(t.lower));
}

/**
 * The tokens of `text[from, to)`. `quotes` are the top-level quotations of the
 * whole text (only those inside the range are used): each becomes one `quote`
 * token. Words are runs of letters and digits (with inner hyphens: "IT-Strategie");
 * "§" and "§§" are words; every other non-space character is punctuation.
 */
export function instructionTokens(
  text: string,
  from: number,
  to: number,
  quotes: readonly QuoteSpan[],
): InstructionToken[] {
  const tokens: InstructionToken[] = [];
  // The first quotation ending after `from` (the spans are disjoint and sorted): a binary search, since a
  // document of thousands of instructions calls this once per sentence.
  let q = 0;
  let hi = quotes.length;
  while (q < hi) {
    const mid = (q + hi) >> 1;
    if (quotes[mid]!.end <= from) q = mid + 1;
    else hi = mid;
  }
  let i = from;
  while (i < to) {
    const quote = quotes[q];
    if (quote !== undefined && quote.start === i) {
      tokens.push({
        kind: 'quote',
        text: normaliseQuoted(text.slice(quote.contentStart, quote.contentEnd)),
        start: quote.start,
        end: quote.end,
      });
      i = quote.end;
      q += 1;
      continue;
    }
    const ch = text[i]!;
    if (isTextSpace(ch)) {
      i += 1;
      continue;
    }
    if (ch === '§') {
      let j = i;
      while (j < to && text[j] === '§') j += 1;
      const word = text.slice(i, j);
      tokens.push({ kind: 'word', text: word, lower: word, start: i, end: j });
      i = j;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      for (;;) {
        while (j < to && isWordChar(text[j]!)) j += 1;
        if (j + 1 < to && text[j] === '-' && isWordChar(text[j + 1]!)) {
          j += 1;
          continue;
        }
        break;
      }
      const word = text.slice(i, j);
      tokens.push({ kind: 'word', text: word, lower: word.split('\u00AD').join('').toLowerCase(), start: i, end: j });
      i = j;
      continue;
    }
    if (ch === '*' && isFootnoteStar(tokens, i)) {
      i += 1;
      continue;
    }
    // A surrogate pair stays one punctuation token.
    const width = ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff && i + 1 < to ? 2 : 1;
    tokens.push({ kind: 'punct', text: text.slice(i, i + width), start: i, end: i + width });
    i += width;
  }
  return tokens;
}

/** "§ 17*": the footnote star of a statute edition, right after a § number; it belongs to no reference. */
function isFootnoteStar(tokens: readonly InstructionToken[], at: number): boolean {
  const label = tokens[tokens.length - 1];
  return (
    label?.kind === 'word' && label.end === at && /^\d/u.test(label.text) && tokens[tokens.length - 2]?.text === '§'
  );
}

/**
 * The content of a quotation as clause text: hard line wraps become one space,
 * blank lines separate paragraphs ("\n\n"), runs of spaces become one, and the
 * ends are trimmed — the conventions of `Clause.text`.
 */
export function normaliseQuoted(content: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let pendingSpace = false;
  let newlines = 0;
  const flush = (): void => {
    if (current !== '') paragraphs.push(current);
    current = '';
    pendingSpace = false;
  };
  for (let i = 0; i < content.length; i += 1) {
    const ch = content[i]!;
    if (ch === '\n') {
      newlines += 1;
      pendingSpace = current !== '';
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      pendingSpace = current !== '';
      continue;
    }
    if (newlines >= 2) flush();
    newlines = 0;
    if (pendingSpace) current += ' ';
    pendingSpace = false;
    current += ch;
  }
  flush();
  return paragraphs.join('\n\n');
}
