/**
 * A sentence that introduces a list ("(2) Der Bedarf wird wie folgt
 * bemessen:" + items "1. …", "2. …"): in the statute the sentence runs on
 * through its items, while the parsed clause holds only its opening words and
 * keeps the items as sub-clauses. Text appended to that sentence, a new
 * wording of it, or its removal would touch the opening words only — a change
 * that looks applied but is not what the amendment says. Such changes are
 * refused; changes of words inside the opening words are not affected.
 *
 * A new sentence inserted after it, or appended to the whole clause, belongs
 * after the list: where the punctuation shows where the list ends
 * (`listEnd`), it goes there, into the last item's text, where the parsed
 * base keeps the sentences after a list.
 *
 * @module
 */
import type { Clause } from '../model.js';
import { listEnd } from '../references/after-list.js';
import { isLetter, isLowerCase, isWhitespace } from '../text/chars.js';
import type { Span } from '../text/span.js';

/** Whether the clause's text up to `end` ends with the colon that opens its list of sub-clauses. */
function opensList(clause: Clause, end: number): boolean {
  return clause.children.length > 0 && clause.text.slice(0, end).trimEnd().endsWith(':');
}

/** Why a change of the whole sentence `scope` of `clause` is refused, or undefined when the sentence ends before any list. */
export function listIntroProblem(clause: Clause, scope: Span, narrowed: boolean, ref: string): string | undefined {
  if (!narrowed || clause.text.slice(scope.end).trim() !== '' || !opensList(clause, scope.end)) return undefined;
  return `"${ref}" is a sentence that introduces the list of items below it (it ends with a colon and runs on through them); a change at its end, its new wording or its removal would touch its opening words only — name the words or the item`;
}

const QUOTES = '\u201E\u201C\u201D"\'»«()';

/** Whether `text` is one or more whole sentences: a capital letter first, a sentence mark last (quotes aside). */
function isSentence(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && (isWhitespace(text[start]) || QUOTES.includes(text[start]!))) start += 1;
  while (end > start && (isWhitespace(text[end - 1]) || QUOTES.includes(text[end - 1]!))) end -= 1;
  const first = text.charAt(start);
  return isLetter(first) && !isLowerCase(first) && '.!?'.includes(text.charAt(end - 1) || '-');
}

/**
 * Where a new sentence `text` appended at the end of `scope` of `clause`
 * goes when that end is the colon before a list: after the list (at the end
 * of the enumeration's sentence when only that sentence was named, else after
 * every sentence after the list), in the last item's text. Undefined when the
 * scope does not end before a list (the end of the scope is the place) —
 * or when `text` is no sentence or the list's end is not recognisable, with
 * the reason the insertion is refused.
 */
export function afterListPlace(
  clause: Clause,
  scope: Span,
  narrowed: boolean,
  text: string,
  ref: string,
): { clause: Clause; point: number } | { problem: string } | undefined {
  if (clause.text.slice(scope.end).trim() !== '' || !opensList(clause, scope.end)) return undefined;
  const list = isSentence(text) ? listEnd(clause) : undefined;
  if (list === undefined)
    return {
      problem: narrowed
        ? listIntroProblem(clause, scope, narrowed, ref)!
        : `"${ref}" ends with a colon that opens its list of items; where after the list the appended text belongs is not recognisable — name the item or the sentence`,
    };
  return { clause: list.item, point: narrowed ? list.end : list.item.text.length };
}
