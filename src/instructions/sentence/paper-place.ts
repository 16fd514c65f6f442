/**
 * The resolution named as a paper by its number, as the place of the change:
 * "in der Beschlussvorlage 212/03 „Alkoholkonsumverbot in der Innenstadt“
 * die Beschlussanträge Nr. 1 … neu zu fassen". The words name the whole
 * resolution — a place the references after them narrow — so they are left
 * out of the reading; the paper stays a document name of the sentence, which
 * `redline()` compares with the base's own number (the reader notes it from
 * the sentence as written). A quotation right after the number is the
 * paper's title only when an article or a clause reference follows it (an
 * old text is followed by "durch", "gestrichen", …): else nothing is left out.
 *
 * @module
 */
import { paperNumberAt } from '../../references/documents.js';
import { WHOLE_RESOLUTION_NOUNS } from '../../references/nouns.js';
import { nounAt } from '../../references/read.js';
import type { InstructionToken } from '../../references/tokens.js';

/** "in", "im" and the articles after them. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'im']);
const ARTICLES: ReadonlySet<string> = new Set(['der', 'dem', 'die', 'den', 'das']);

const lower = (t: InstructionToken | undefined): string => (t?.kind === 'word' ? t.lower : '');

/** Where the paper's place that starts at `i` ends, if one starts there. */
function placeEnd(tokens: readonly InstructionToken[], i: number): number | undefined {
  if (!PLACE_WORDS.has(lower(tokens[i]))) return undefined;
  const m = ARTICLES.has(lower(tokens[i + 1])) ? i + 2 : i + 1;
  if (!WHOLE_RESOLUTION_NOUNS.has(lower(tokens[m]))) return undefined;
  const paper = paperNumberAt(tokens, m);
  if (paper === undefined) return undefined;
  const title = tokens[paper.next];
  if (title?.kind !== 'quote') return paper.next;
  const after = paper.next + 1;
  return ARTICLES.has(lower(tokens[after])) || nounAt(tokens, after) !== undefined ? after : undefined;
}

/** The tokens without "in der Beschlussvorlage 212/03 „…“" (unchanged when they hold no such place). */
export function withoutPaperPlace(tokens: readonly InstructionToken[]): readonly InstructionToken[] {
  for (let i = 0; i < tokens.length; i += 1) {
    const end = placeEnd(tokens, i);
    if (end !== undefined) return [...tokens.slice(0, i), ...tokens.slice(end)];
  }
  return tokens;
}
