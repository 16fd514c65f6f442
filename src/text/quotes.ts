/**
 * Quotation scanning for instruction text: where a quoted passage („…“, "…",
 * “…”, »…«, «…») begins and ends, with nesting („Der Rat beschließt das
 * Programm „Grüne Dächer“.“) and across line breaks.
 *
 * Hand-written because no library knows German quote conventions: „ opens and
 * “ closes, while in English “ opens; ASCII " does both. Which one a “ or "
 * is comes from its neighbours (see {@link quoteRole}). One left-to-right pass
 * with a depth counter: linear time, no backtracking.
 *
 * @module
 */
import { isTextSpace } from './chars.js';
import type { Span } from './span.js';

/** A quoted passage: the quote characters at `start` and `end - 1`, the content between. */
export interface QuoteSpan extends Span {
  /** Offset of the first content character (`start + 1`). */
  contentStart: number;
  /** Offset after the last content character (`end - 1`). */
  contentEnd: number;
}

/** Double quotes: one family, nested by depth. */
const LOW_OPEN = '\u201E'; // „ always opens
const LEFT_DOUBLE = '\u201C'; // “ closes „…“, opens “…”
const RIGHT_DOUBLE = '\u201D'; // ” always closes
const ASCII_DOUBLE = '"';
/** Guillemets: German »…« or French «…»; the outer one decides. */
const RIGHT_GUILLEMET = '\u00BB'; // »
const LEFT_GUILLEMET = '\u00AB'; // «

/** Characters after which an ambiguous quote opens (besides whitespace and the text start). */
const OPENING_CONTEXT = new Set([
  '(',
  '[',
  '{',
  '/',
  '-',
  '\u2013',
  '\u2014',
  ':',
  LOW_OPEN,
  LEFT_DOUBLE,
  RIGHT_GUILLEMET,
  LEFT_GUILLEMET,
  '\u201A',
  '\u2018',
]);

/** Whether `ch` is a character that can open a quotation at the top level of a text. */
export function isQuoteChar(ch: string | undefined): boolean {
  return (
    ch === LOW_OPEN ||
    ch === LEFT_DOUBLE ||
    ch === RIGHT_DOUBLE ||
    ch === ASCII_DOUBLE ||
    ch === RIGHT_GUILLEMET ||
    ch === LEFT_GUILLEMET
  );
}

/**
 * The role of the double-quote character at `i`: `open`, `close`, or `none` when
 * it is no double quote. „ always opens and ” always closes; “ and " open when
 * they stand at the text start or after whitespace/an opening bracket or quote
 * and are followed by a non-space, otherwise they close.
 */
export function quoteRole(text: string, i: number): 'open' | 'close' | 'none' {
  const ch = text[i];
  if (ch === LOW_OPEN) return 'open';
  if (ch === RIGHT_DOUBLE) return 'close';
  if (ch !== LEFT_DOUBLE && ch !== ASCII_DOUBLE) return 'none';
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const openingContext = prev === undefined || isTextSpace(prev) || OPENING_CONTEXT.has(prev);
  return openingContext && next !== undefined && !isTextSpace(next) ? 'open' : 'close';
}

/**
 * Reads the quotation that opens at `start`. Returns `undefined` when `text[start]`
 * does not open a quotation or the quotation is never closed.
 */
export function readQuote(text: string, start: number): QuoteSpan | undefined {
  const opener = text[start];
  if (opener === RIGHT_GUILLEMET || opener === LEFT_GUILLEMET) {
    const close = opener === RIGHT_GUILLEMET ? LEFT_GUILLEMET : RIGHT_GUILLEMET;
    let depth = 1;
    for (let i = start + 1; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === opener) depth += 1;
      else if (ch === close) {
        depth -= 1;
        if (depth === 0) return span(start, i + 1);
      }
    }
    return undefined;
  }
  if (quoteRole(text, start) !== 'open') return undefined;
  let depth = 1;
  for (let i = start + 1; i < text.length; i += 1) {
    const role = quoteRole(text, i);
    if (role === 'open') depth += 1;
    else if (role === 'close') {
      depth -= 1;
      if (depth === 0) return span(start, i + 1);
    }
  }
  return undefined;
}

function span(start: number, end: number): QuoteSpan {
  return { start, end, contentStart: start + 1, contentEnd: end - 1 };
}

/** The result of {@link scanQuotes}. */
export interface QuoteScan {
  /** The top-level quotations, left to right (nested ones are inside their content). */
  quotes: QuoteSpan[];
  /** Offset of a quotation that opens but never closes, if any (scanning stops there). */
  unclosed?: number;
}

/**
 * Finds the top-level quotations of `text`, left to right. A stray closing quote
 * outside any quotation is ignored; an opening one that never closes ends the
 * scan and is reported as `unclosed`.
 */
export function scanQuotes(text: string): QuoteScan {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (!isQuoteChar(ch)) {
      i += 1;
      continue;
    }
    const guillemet = ch === RIGHT_GUILLEMET || ch === LEFT_GUILLEMET;
    const opens = guillemet ? !isTextSpace(text[i + 1]) && text[i + 1] !== undefined : quoteRole(text, i) === 'open';
    if (!opens) {
      const loose = looseQuote(text, i);
      if (loose !== undefined) quotes.push(loose);
      i = loose?.end ?? i + 1;
      continue;
    }
    const quote = readQuote(text, i);
    if (quote === undefined) return { quotes, unclosed: i };
    quotes.push(quote);
    i = quote.end;
  }
  return { quotes };
}

/** How far a loose quote looks for its closing one. */
const LOOSE_REACH = 120;

/**
 * A quotation whose opening ASCII quote stands between spaces (die Angabe
 * `" , 5 und 6"`, a passage that starts with punctuation): it opens when the
 * next quote character on the same line, within reach, is an ASCII quote that
 * closes (it follows a non-space). Otherwise undefined: a stray quote.
 */
function looseQuote(text: string, i: number): QuoteSpan | undefined {
  if (text[i] !== ASCII_DOUBLE || !isTextSpace(text[i - 1] ?? ' ') || text[i + 1] !== ' ') return undefined;
  for (let j = i + 2; j < text.length && j < i + LOOSE_REACH; j += 1) {
    const ch = text[j];
    if (ch === '\n') return undefined;
    if (!isQuoteChar(ch) && ch !== '\u201A' && ch !== '\u2018') continue;
    return ch === ASCII_DOUBLE && quoteRole(text, j) === 'close' ? span(i, j + 1) : undefined;
  }
  return undefined;
}

/**
 * `text` with the content of every top-level quotation replaced by `fill`
 * characters (quote characters kept), so that offsets stay valid while
 * scanners for sentence ends or keywords skip quoted text.
 */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[], fill = 'x'): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.contentStart) + fill.repeat(q.contentEnd - q.contentStart);
    at = q.contentEnd;
  }
  return out + text.slice(at);
}
