/**
 * The deletion construct: "In Ziffer 2 wird das Wort „X“ gestrichen",
 * "Ziffer 6 wird (ersatzlos) gestrichen", "Punkt 4 entfällt", "Streiche: „…“".
 *
 * @module
 */
import { formatRef } from '../../references/ref.js';
import { changesResult, payloadResult, SentenceError, type SentenceResult } from './result.js';
import { singleClause, withOccurrence, type ActionRoles } from './roles.js';

/** The changes of a deletion sentence. */
export function del(roles: ActionRoles): SentenceResult {
  const { quotes, target, start, imperative } = roles;
  const bad = quotes.find((q) => q.cue !== 'plain' && q.cue !== 'colon');
  if (bad !== undefined)
    throw new SentenceError(`a deletion cannot have „${bad.text}“ as new text or anchor`, bad.start);
  if (quotes.length > 0) {
    const clause = singleClause(target, start);
    return changesResult(
      quotes.map((q) => withOccurrence({ op: 'delete', clause, old: q.text }, q)),
      imperative,
    );
  }
  if (roles.targetGroups.length > 0 && target.kind === 'refs')
    return changesResult(target.refs.map((r) => ({ op: 'removeClause', clause: formatRef(r) })));
  if (roles.endsWithColon && imperative) {
    const clause = target.kind === 'refs' ? singleClause(target, start) : '';
    return payloadResult((text) => ({ op: 'delete', clause, old: text }), true);
  }
  throw new SentenceError('a deletion needs the passage in quotes or the clause ("Ziffer 6 wird gestrichen")', start);
}
