/**
 * A sentence that introduces a list ("(2) Der Bedarf wird wie folgt
 * bemessen:" + items "1. …", "2. …"): in the statute the sentence runs on
 * through its items, while the parsed clause holds only its opening words and
 * keeps the items as sub-clauses. Text appended to that sentence, a new
 * wording of it, or its removal would touch the opening words only — a change
 * that looks applied but is not what the amendment says. Such changes are
 * refused; changes of words inside the opening words are not affected.
 *
 * @module
 */
import type { Clause } from '../model.js';
import type { Span } from '../text/span.js';

/** Why a change of the whole sentence `scope` of `clause` is refused, or undefined when the sentence ends before any list. */
export function listIntroProblem(clause: Clause, scope: Span, narrowed: boolean, ref: string): string | undefined {
  if (!narrowed || clause.children.length === 0) return undefined;
  if (clause.text.slice(scope.end).trim() !== '' || !clause.text.slice(0, scope.end).trimEnd().endsWith(':'))
    return undefined;
  return `"${ref}" is a sentence that introduces the list of items below it (it ends with a colon and runs on through them); a change at its end, its new wording or its removal would touch its opening words only — name the words or the item`;
}
