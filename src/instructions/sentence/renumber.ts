/**
 * The renumbering constructs: "Ziffer 2 (alt) wird Ziffer 3", "Die bisherigen
 * Ziffern 2 und 3 werden Ziffern 3 und 4", "Die nachfolgenden Ziffern werden
 * entsprechend neu nummeriert".
 *
 * @module
 */
import type { Renumbering } from '../../model.js';
import { formatRef, type Ref } from '../../references/ref.js';
import type { RefsElem } from './elements.js';
import { SentenceError, type SentenceResult } from './result.js';
import { isItemOfUnit, isRelativeParagraph, type Roles } from './roles.js';

/**
 * "Ziffer 2 (alt) wird Ziffer 3": each old clause gets the new label. Inside
 * "§ 3 wird wie folgt geändert:" (`context`), "Die bisherigen Absätze 3 und 4"
 * are Absätze of § 3; inside "Absatz 1 wird wie folgt geändert:", "Die Nummern
 * 3 und 4" are Nummern of that Absatz.
 */
export function renumbering(from: RefsElem, to: RefsElem, context?: Ref): SentenceResult {
  if (from.refs.length !== to.refs.length) {
    throw new SentenceError(
      `renumbering needs as many new numbers as old ones (${from.refs.length} old, ${to.refs.length} new)`,
      to.start,
    );
  }
  const renumber: Renumbering[] = [];
  for (let k = 0; k < from.refs.length; k += 1) {
    const old = from.refs[k]!;
    const neu = to.refs[k]!;
    const label = neu.parts[neu.parts.length - 1]?.label;
    if (old.parts.length === 0 || label === undefined || old.sentence !== undefined || neu.sentence !== undefined) {
      throw new SentenceError('only clauses can be renumbered', from.start);
    }
    const parts =
      context !== undefined && (isRelativeParagraph(old, context) || isItemOfUnit(old, context))
        ? [...context.parts, ...old.parts]
        : old.parts;
    renumber.push({ clause: formatRef({ parts }), label });
  }
  return { kind: 'renumber', renumber };
}

/** "Die nachfolgenden Ziffern werden … neu nummeriert": from the named clause, else the clause of the instruction before. */
export function followingRenumbering(roles: Roles): SentenceResult {
  const first = roles.groups[0]?.refs[0];
  if (first !== undefined && first.parts.length > 0)
    return { kind: 'renumber', renumber: [{ from: formatRef({ parts: first.parts }) }] };
  const previous = roles.ctx.previousClause;
  if (previous !== undefined && previous !== '') return { kind: 'renumber', renumber: [{ from: previous }] };
  throw new SentenceError('renumbering "the following clauses" needs a clause named before it', roles.start);
}
