/**
 * "Absatz 2" of a clause whose text carries its Absätze as labelled
 * paragraphs — a bill's article that gives a unit a new wording in quotes
 * ("Artikel 1 … wird wie folgt gefasst: „(1) … ⏎⏎ (2) …“"): the paragraph
 * labelled "(2)", not the second paragraph of the text.
 *
 * @module
 */
import type { Span } from '../text/span.js';

/** "(2)", also right after an opening quotation mark: the Absatz label a paragraph starts with. */
const ABSATZ_LABEL = /^[„"“»]?\((\d{1,3}[a-z]?)\)\s/u;

/**
 * The paragraph labelled `(number)` when the text labels its paragraphs so
 * (`null` when it labels them but none so); undefined when no paragraph has
 * such a label (then "Absatz n" is the n-th paragraph).
 */
export function labelledParagraph(text: string, paragraphs: readonly Span[], number: number): Span | null | undefined {
  let labelled = false;
  for (const p of paragraphs) {
    const label = ABSATZ_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 12)))?.[1];
    if (label === undefined) continue;
    labelled = true;
    if (label === String(number)) return p;
  }
  return labelled ? null : undefined;
}
