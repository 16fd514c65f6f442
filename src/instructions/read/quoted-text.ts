/**
 * The text of an amendment with its quotations known: every structural
 * question (where lines, sentences and colons are) is asked of the text with
 * the quotations masked, so a quotation can hold any line break, full stop or
 * colon without cutting the instruction around it.
 *
 * @module
 */
import { maskQuotes, isQuoteChar, quoteRole, type QuoteSpan } from '../../text/quotes.js';
import { splitSentences } from '../../text/sentences.js';
import type { Span } from '../../text/span.js';
import { isGap } from '../gaps.js';
import { IMPERATIVE_VERBS } from '../lexicon.js';
import { isLetter } from '../../text/chars.js';

/** An amendment text, its top-level quotations (disjoint, in order) and the text with them masked. */
export class QuotedText {
  /** The text with every quotation's content masked (same length, same offsets). */
  readonly masked: string;

  constructor(
    readonly text: string,
    readonly quotes: readonly QuoteSpan[],
  ) {
    this.masked = maskQuotes(text, quotes);
  }

  /** Whether `at` lies inside a quotation (after its opening mark). */
  insideQuote(at: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid]!;
      if (at < q.start) hi = mid - 1;
      else if (at >= q.end) lo = mid + 1;
      else return at > q.start;
    }
    return false;
  }

  /** Lines of `[from, to)` that do not start inside a quotation. */
  *lines(from: number, to: number): Generator<Span> {
    let i = from;
    while (i < to) {
      let e = this.text.indexOf('\n', i);
      if (e === -1 || e > to) e = to;
      if (!this.insideQuote(i)) yield { start: i, end: e };
      i = e + 1;
    }
  }

  /** Sentence spans of `[from, to)`; a quotation that ends a sentence without a full stop still ends it. */
  sentences(from: number, to: number): Span[] {
    // „…“ followed by a capitalised word or a "§": the quotation closed the sentence ("Ziffer 2 (neu): „…“ Ziffer 2 (alt) wird …"),
    // so its closing quote is read as a full stop. Only the quotations ending in the range are visited, and the
    // string is built from slices, so a unit costs its own length, not the length of the whole text.
    const pieces: string[] = [];
    let copied = from;
    for (let q = this.firstQuoteEndingAfter(from); q < this.quotes.length; q += 1) {
      const quote = this.quotes[q]!;
      if (quote.end > to) break;
      let k = quote.end;
      while (k < to && isGap(this.text[k])) k += 1;
      if (k > quote.end && k < to && (isUpper(this.text[k]!) || this.text[k] === '§')) {
        pieces.push(this.masked.slice(copied, quote.end - 1), '.');
        copied = quote.end;
      }
    }
    pieces.push(this.masked.slice(copied, to));
    const spans = splitSentences(pieces.join('')).map((s) => ({ start: from + s.start, end: from + s.end }));
    return spans.flatMap((s) => this.atImperativeLines(s));
  }

  /**
   * A sentence cut where a line starts with a capitalised imperative ("…ein\nErsetze …"): the party
   * convention writes one imperative instruction per line without a full stop.
   */
  private atImperativeLines(span: Span): Span[] {
    const out: Span[] = [];
    let start = span.start;
    for (
      let nl = this.masked.indexOf('\n', start);
      nl !== -1 && nl < span.end;
      nl = this.masked.indexOf('\n', nl + 1)
    ) {
      const at = this.skipGaps(nl + 1, span.end);
      if (at >= span.end || this.text.slice(start, nl).trim() === '' || !startsImperative(this.masked, at)) continue;
      out.push({ start, end: this.trimEnd(start, nl) });
      start = at;
    }
    out.push({ start, end: span.end });
    return out;
  }

  /** Index of the first quotation ending after `at` (top-level quotations are disjoint and sorted, so their ends are too). */
  private firstQuoteEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The colon after which an unquoted payload or a further sentence follows
   * ("… ergänzt: Die Verwaltung …", "Zu Ziffer 3: Streiche …"), if any.
   */
  payloadColon(start: number, end: number): number | undefined {
    for (let i = start; i < end; i += 1) {
      if (this.masked[i] !== ':' || this.insideQuote(i)) continue;
      let k = i + 1;
      while (k < end && isGap(this.text[k])) k += 1;
      if (k >= end) return undefined;
      const ch = this.text[k]!;
      const opensQuote = isQuoteChar(ch) && (ch === '\u00BB' || ch === '\u00AB' || quoteRole(this.text, k) === 'open');
      return opensQuote ? undefined : i;
    }
    return undefined;
  }

  /** Whether `[start, end)` ends with a colon (quotations masked). */
  endsWithColon(start: number, end: number): boolean {
    return this.masked.slice(start, end).trimEnd().endsWith(':');
  }

  /** The end of `[start, end)` without the gaps at its end. */
  trimEnd(start: number, end: number): number {
    let e = end;
    while (e > start && isGap(this.text[e - 1])) e -= 1;
    return e;
  }

  /** `at` moved past the gaps after it (not beyond `end`). */
  skipGaps(at: number, end: number): number {
    let i = at;
    while (i < end && isGap(this.text[i])) i += 1;
    return i;
  }
}

/** Whether a capitalised imperative of the party convention ("Ersetze", "Streiche", "Füge") starts at `at`. */
function startsImperative(masked: string, at: number): boolean {
  if (!isUpper(masked[at] ?? '')) return false;
  let end = at;
  while (end < masked.length && end - at < MAX_VERB_LENGTH && isLetter(masked[end])) end += 1;
  return IMPERATIVE_VERBS.has(masked.slice(at, end).toLowerCase());
}

/** Longer than any imperative verb. */
const MAX_VERB_LENGTH = 16;

/**
 * An upper-case letter by case mapping (a letter whose lower case differs):
 * caseless scripts and title-case letters are not, unlike "letter and not
 * `isLowerCase`" of src/text/chars.ts.
 */
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
