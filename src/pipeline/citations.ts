/**
 * Quotations that cite the base word for word: a press summary or a letter
 * around an instruction quotes the motion („Die Stadtverwaltung erarbeitet …
 * mitwirken können“, verlangen SPD, Linke und Grüne). Such a quotation
 * changes nothing, so it is no evidence that the text is a new wording of the
 * resolution: the form detector leaves it out of the reprint reading, as it
 * leaves out the instruction sentences (detect-form.ts).
 *
 * @module
 */
import type { Resolution } from '../model.js';
import { scanQuotes } from '../text/quotes.js';
import { searcherFor } from '../text/search.js';
import type { Span } from '../text/span.js';
import { preorder } from '../tree.js';

/** Fewest words of a quotation that cites the base (a word or two is a term, not a citation). */
const MIN_WORDS = 6;

/**
 * The quotations of `text` outside the `instructions` sentences that are a
 * passage of one base clause word for word, at least {@link MIN_WORDS} words
 * long — none when any other quotation of that length there differs from the
 * base (a reprint quoted in pieces, some of them changed, stays evidence).
 */
export function baseCitations(base: Resolution, text: string, instructions: readonly Span[]): Span[] {
  const clauses = preorder(base.clauses).filter((c) => c.text !== '');
  const out: Span[] = [];
  for (const q of scanQuotes(text).quotes) {
    if (instructions.some((s) => q.start < s.end && s.start < q.end)) continue;
    const content = text.slice(q.contentStart, q.contentEnd).trim();
    if (content.split(/\s+/u).length < MIN_WORDS) continue;
    if (!clauses.some((c) => searcherFor(c.text).findAll(content).length > 0)) return [];
    out.push(q);
  }
  return out;
}
