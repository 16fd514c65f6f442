/**
 * The sentences after a list. In a statute, a sentence that introduces a list
 * ("(2) Der Bedarf wird wie folgt bemessen:") runs on through its items
 * ("1. …,", "2. …,", "3. … ."): intro and items are one sentence, Satz 1.
 * A sentence after the list ("Abweichungen … bedürfen der Zustimmung.") is
 * Satz 2 of the Absatz. The parsed clause has no place for text after its
 * children, so that sentence stands at the end of the last item's text.
 *
 * It is counted as a sentence of the Absatz only where the punctuation shows
 * that the list ended before it (the model keeps no line breaks, and a line
 * break after a full stop does not end an item in hard-wrapped PDF text):
 * the clause's text ends with a colon; it has two or more labelled items, each
 * but the last ending the way an enumeration goes on (",", ";", "… und",
 * "… oder"); the last item has no sub-items, and its first sentence ends with
 * a full stop and is followed by at most one sentence, which starts with a
 * capital letter. Anything else (items that are sentences of their own, a list that
 * ends with a colon or no mark) is not read as ended: the references keep
 * counting the clause's own text only.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { isLetter, isLowerCase } from '../text/chars.js';
import { splitSentences } from '../text/sentences.js';
import type { Span } from '../text/span.js';

/** Where the list below a clause ends, in its last item's text. */
export interface ListEnd {
  /** The last item, whose text holds the end of the list (and any sentences after it). */
  item: Clause;
  /** The end of the enumeration's sentence in `item.text` (after its full stop). */
  end: number;
  /** The sentences after the list, as spans of `item.text` (none when the list ends the clause). */
  after: Span[];
}

/** How an item of an enumeration that goes on ends: "…,", "…;", "…, und", "… oder". */
const GOES_ON = /(?:[,;]|\s(?:und|oder|sowie))$/u;

/**
 * Where the run-on list below `clause` ends, when its punctuation shows it;
 * undefined when `clause` does not introduce a list or the list's end is not
 * recognisable.
 */
export function listEnd(clause: Clause): ListEnd | undefined {
  const items = clause.children;
  const item = items[items.length - 1];
  if (item === undefined || items.length < 2 || item.children.length > 0) return undefined;
  if (!clause.text.trimEnd().endsWith(':')) return undefined;
  if (items.some((c) => c.label.trim() === '')) return undefined;
  if (!items.slice(0, -1).every((c) => GOES_ON.test(c.text.trimEnd()))) return undefined;
  const sentences = splitSentences(item.text);
  const first = sentences[0];
  if (first === undefined || !item.text.slice(first.start, first.end).endsWith('.')) return undefined;
  const after = sentences.slice(1);
  // Two sentences after the item's own: one may be the item's second sentence, the other the Absatz's — not said.
  if (after.length > 1 || !after.every((s) => startsCapitalised(item.text, s))) return undefined;
  return { item, end: first.end, after };
}

function startsCapitalised(text: string, s: Span): boolean {
  const ch = text.charAt(s.start);
  return isLetter(ch) && !isLowerCase(ch);
}
